"""Stamps: what a briefing page, an entity page or an entity's feed is made from, in a few
short strings, so that a re-run fingerprints those pages without building their models.

After one edit nearly every page is unchanged, and building a page's model only to hash it
cost more than anything else in the re-run. A page is a pure function of:

- the entities it names or links to (each one's name, kind, slug, aliases, broader...: its
  ``Entity``, or that it has no page), and the page URLs' style (``use_directory_urls``);
- for a briefing page, its analysis' key (a hash of the seed's name and bytes, so of everything
  the analysis holds), slug, archive date and source page, and its related briefings as it
  links them (not their scores, which no page shows);
- for an entity page or feed, what it lists: the newest briefings, roles and quotes as their
  links show them (address, title, date) with the first mention's sentence, every such briefing's
  date (the chart), the feed's entries (title, dates, author, summary, topics), who is quoted
  where it names a topic, and what link computed (co-occurrence).

So equal stamps mean equal pages, as equal models do (``render.fingerprint``), and a new entity
or an edited briefing changes the stamps of the pages that show it, not every page's. The
template's source is part of the fingerprint too; the code and the registry are the cache's
context, and a change to either starts without last build's fingerprints.

An entity's stamp reads every briefing that names it, and most entities are named by no edited
briefing: each is kept from the last build (``previous``, the last build's ``memo``) beside its
*inputs*, a short digest of what its stamp is made from (the entity, the stamps of the briefings
that name it, quote it or give it a role, in the site's order, its companions and the entities it
names): equal inputs, equal stamp, so it is not made again.

Even checking every entity's inputs, and making every briefing's stamp, cost a re-run more than
the few pages it changes: so a briefing's stamp is kept from the last build (``previous_briefings``)
beside its *own* inputs (its analysis' key, slug, archive date, source and related briefings:
everything but the names of the entities it names, which its analysis fixes) and those keys; equal
own inputs and none of those entities shown otherwise than last build (``renamed``), it is not made
again. And an entity's inputs are made again only *near* a change (``near``): for the entities a
briefing whose stamp changed names now or named before (or a briefing gone), and those whose own
part (companions, the entities its page names, each as shown) changed; any other entity lists the
same briefings with the same stamps as last build, so its inputs and stamp are last build's.

The JSON exports (``data/briefings.json``, ``data/entities.json``) list every briefing and every
entity, one line each, so an edit changes a few of their lines, never most: each line is stamped
(a briefing's by its page's stamp, which covers everything its entry shows; an entity's by its
inputs, which cover its roles, quotes and the briefings that mention it), an export by its lines'
stamps in order, and the lines' stamps are kept for the next build (``lines``), which copies the
lines whose stamps it knows from the file the last build wrote and makes only the others.

The section indexes and the A–Z index show the entities and how many briefings mention each,
nothing else; the home page adds the newest briefings and those of the latest month (whose
mentions its chart counts). Stamped from those, they are not built after an edit that changes
neither.
"""
from __future__ import annotations

import dataclasses
import hashlib
import marshal
from collections import defaultdict
from datetime import date
from itertools import repeat
from operator import attrgetter
from typing import Callable

from .model import Article, Briefing, Entity, EntityRef, Quote
from .link import relating
from .pages import ENTITY_LIST_MAX, HOME_LATEST, EntityPages


# An entity as its fields' values, in a tuple: its repr is made in C, a dataclass's in Python (a
# re-run stamps every entity).
_ENTITY = attrgetter(*(f.name for f in dataclasses.fields(Entity)))
_ARTICLE = tuple(f.name for f in dataclasses.fields(Article))
_ARTICLE_VALUES = attrgetter(*_ARTICLE)
_UNSHOWN = frozenset({"paragraphs", "word_count", "reading_time"})  # read by its own page and cards only
_REF = attrgetter(*(f.name for f in dataclasses.fields(EntityRef)))
_QUOTE = attrgetter(*(f.name for f in dataclasses.fields(Quote)))


# A briefing page shows its related briefings (each one's link and the names it shares, in the list's
# order), never their scores: so no stamp reads a score. A seed added or removed changes every score (an
# entity is weighed by how many briefings name it, out of how many there are) and seldom a list: with
# the scores in the stamps, one seed removed at 10,000 made all 9,999 briefing pages again (each read
# back whole from the cache and rendered: ~20 s of CPU) to write ~55 of them.


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


class Stamps:
    """Stamps of the briefing pages, entity pages and feeds of one linked site.

    ``key_of``: a briefing's analysis key, "" when it has none (a build without a cache):
    then no page has a stamp and each is fingerprinted from its model."""

    def __init__(self, links: EntityPages, key_of: Callable[[Briefing], str],
                 previous: dict[str, tuple[str, str]] | None = None,
                 previous_lines: dict[str, tuple[str, ...]] | None = None,
                 previous_briefings: dict[str, tuple[str, ...]] | None = None,
                 previous_entities: dict[str, tuple[str, str]] | None = None,
                 previous_idents: dict[str, str] | None = None,
                 previous_counts: dict[str, int] | None = None):
        site = self.site = links.site
        self.links = links
        self.key_of = key_of
        self.keyed = all(map(key_of, site.briefings))
        self.style = repr(links.use_directory_urls)
        # Short: a briefing page names a hundred entities.
        self.entity_stamps = {key: _digest(repr(_ENTITY(e)))[:16] for key, e in site.entities.items()} \
            if self.keyed else {}
        self._entries: dict[str, str] = {}  # briefing id -> its feed entry's stamp
        self._briefings: dict[str, str] = {}  # briefing id -> its page's stamp
        self._links: dict[str, tuple] = {}  # briefing id -> its link as ``_own`` reads it
        self._views: dict[str, str] = {}  # briefing id -> its stamp as entity pages read it (``view``)
        self.previous = previous or {}
        self.memo: dict[str, tuple[str, str]] = {}  # entity key -> (its inputs, its stamp), for the next build
        self.previous_lines = previous_lines or {}
        self._indexes: str | None = None
        self.lines: dict[str, tuple[str, ...]] = {}  # export path -> its lines' stamps, for the next build
        # A feed with no dated briefing is dated by the newest briefing of the whole site.
        self.newest = repr(max(filter(None, map(links.feed_date, site.briefings)), default=None))
        # Briefing id -> (its own inputs, its page's stamp, the keys it names, its entry in the briefings
        # index: ``briefings_index``, in a feed if one was made: ``entry``, as entity pages read it: ``view``,
        # and its topics in order: ``_TOPICS``), for the next build; and
        # the last build's, so that a briefing whose inputs and named entities are unchanged keeps its
        # stamp, and only the entities near a changed briefing have their inputs made again.
        self.briefings_memo: dict[str, tuple[str, ...]] = {}
        self.previous_briefings = previous_briefings or {}
        self.previous_entities = previous_entities or {}
        shown = {k: v[0] for k, v in self.previous_entities.items() if k}
        # Entities shown otherwise than last build (or new, or gone).
        self.renamed = frozenset(k for k in self.entity_stamps.keys() | shown.keys()
                                 if self.entity_stamps.get(k) != shown.get(k))
        self.overall = ("", repr((self.style, self.newest)))  # what every entity's inputs read
        self.own: dict[str, str] = {}  # entity key -> its companions and the keys it names, digested
        self._near: set[str] | None = None  # entity keys whose inputs may have changed
        # Briefing id -> its link as its own inputs read it (``stale``), for the next build; and the
        # last build's, if made with the link memo this build's link read (else empty).
        self.idents: dict[str, str] = {}
        self.previous_idents = previous_idents or {}
        self._stale: tuple | None = None  # (``stale``'s answer,) once asked
        # Entity key -> how many briefings mention it (``EntityPages.counts``), for the next build;
        # and the last build's, made with the briefing stamps above (the same file): ``counts``.
        self.counts: dict[str, int] = {}
        self.previous_counts = previous_counts or {}

    def named(self, keys) -> str:
        """The entities of these keys as a page names and links them ("-" for a key without a page)."""
        return " ".join(self.entity_stamps.get(k, "-") for k in keys)

    def briefing(self, b: Briefing) -> str | None:
        """A briefing page: its analysis, slug, archive date and source page, its related briefings
        as it links them, and every entity it names."""
        if not self.keyed:
            return None
        known = self._briefings.get(b.id)
        if known is None:
            known = self._briefings[b.id] = self._briefing(b)
        return known

    def _briefing(self, b: Briefing) -> str:
        # What the page is made from but the entities it names: the analysis (by its key: the keys
        # it names are a function of it), slug, archive date, source and related briefings. Equal,
        # and none of the entities it names shown otherwise, its stamp is last build's.
        site = self.site
        source = site.source_of.get(b.id)
        kept = self.previous_briefings.get(b.id)
        # Its own inputs are last build's, not made again, if its link and its related briefings'
        # links are (``idents``) and its related briefings are the memo's those were made with.
        stale = self.stale()
        own = kept[0] if kept and stale is not None and b.id not in stale else self._own(b, source)
        if kept and kept[0] == own and (not self.renamed or self.renamed.isdisjoint(kept[2].split(" "))):
            self.briefings_memo[b.id] = kept
            if len(kept) > _TOPICS and kept[_TOPICS]:  # (its topics in order too: pages listing it need not read it)
                self.links.know_topic_order(b.id, kept[_TOPICS][1:].split(" ") if len(kept[_TOPICS]) > 1 else [])
            return kept[1]
        # Each related briefing as the page links it, in its order, without its score (see above ``_digest``).
        related = tuple((r.briefing, r.shared, other.slug, other.article.title, other.article.date)
                        for r in site.related.get(b.id, ()) for other in (site.by_id[r.briefing],))
        x = b.extraction
        keys = sorted({*(r.key for r in x.entities), *(m.key for m in x.mentions), *(q.speaker for q in x.quotes),
                       *(k for r in site.related.get(b.id, ()) for k in r.shared), *((source,) if source else ())})
        stamp = _digest(repr(("briefing", self.style, self.key_of(b), b.slug, self.links.archived_on(b), source,
                              related, keys, self.named(keys))))
        self.briefings_memo[b.id] = (own, stamp, " ".join(keys))
        return stamp

    def stale(self) -> set[str] | None:
        """The briefings whose own inputs may differ from last build's (None: any may): those whose
        link (``idents``) differs, those whose related briefings were made again (not the link
        memo's that last build's stamps were made with), and those related to one whose link differs.
        Every briefing's link is made here, for the next build."""
        if self._stale is None:
            site, style, key_of, archived_on = self.site, self.style, self.key_of, self.links.archived_on
            source_of = site.source_of
            # A briefing's link as its own inputs, or another's that relates to it, read it: the style,
            # its analysis' key (which fixes its title, date and source line), slug, archive date and
            # source page; digested, short (one for every briefing).
            self.idents = {b.id: _digest("\0".join((style, key_of(b), b.slug, repr(archived_on(b)),
                                                    source_of.get(b.id, ""))))[:16] for b in site.briefings}
            previous = self.previous_idents
            if not previous:
                self._stale = (None,)
            else:
                moved = {bid for bid, ident in self.idents.items() if previous.get(bid) != ident}
                stale = moved | (site.by_id.keys() - site.related_kept)
                if moved:
                    stale.update(relating(site.related, moved))
                self._stale = (stale,)
        return self._stale[0]

    def _own(self, b: Briefing, source: str | None) -> str:
        """A briefing's own inputs (its analysis' key, slug, archive date, source and related briefings,
        each as its link shows it), digested from their ``marshal`` encoding: every briefing's is made
        on every re-run, and ``repr`` of them (dates, scores) cost an edit's re-run at 10,000 more than
        the digests. Version 2 writes no references nor interned marks, so equal values give equal
        bytes; the values are only strings, numbers, None and tuples of them, each in its place, and
        the Python version is part of the cache's context."""
        related, links, by_id = [], self._links, self.site.by_id
        for r in self.site.related.get(b.id, ()):
            link = links.get(r.briefing)
            if link is None:
                other = by_id[r.briefing]
                link = links[r.briefing] = (other.slug, other.article.title, _day(other.article.date))
            related.append((r.briefing, r.shared, link))  # not its score (see above ``_digest``)
        return hashlib.sha256(marshal.dumps(("briefing", self.style, self.key_of(b), b.slug,
                                             _day(self.links.archived_on(b)), source, related), 2)).hexdigest()

    def entity(self, e: Entity) -> str | None:
        """An entity page and its feed (one stamp serves both: each template is hashed beside it):
        the briefings, roles and quotes the page lists (each briefing as its link shows it, with
        the first mention's sentence), every briefing's date (its chart), the feed's entries, who
        is quoted where it names a topic, its companions, and the entities it names."""
        if not self.keyed:
            return None
        kept = self.previous.get(e.key)
        if kept and e.key not in self.near():
            self.memo[e.key] = kept
            return kept[1]
        inputs = self._inputs(e)
        stamp = kept[1] if kept and kept[0] == inputs else self._entity(e)
        self.memo[e.key] = (inputs, stamp)
        return stamp

    def near(self) -> set[str]:
        """The entities whose inputs may differ from last build's: those a briefing whose stamp
        changed names, or named before (a briefing gone, or edited), and those whose own part
        (the entity, its companions, the entities it names, the site's newest date) changed.
        Every other entity lists the same briefings, with the same stamps, as last build: its inputs
        are unchanged. Asked once the briefing stamps are all made (the build makes them first)."""
        if self._near is None:
            near: set[str] = set()
            previous = self.previous_briefings
            for b in self.site.briefings:
                stamp = self.briefing(b)
                kept = previous.get(b.id)
                if kept is None or kept[1] != stamp:
                    near.update(self.briefings_memo[b.id][2].split(" "))
                    if kept is not None:
                        near.update(kept[2].split(" "))
            for bid in previous.keys() - self.site.by_id.keys():
                near.update(previous[bid][2].split(" "))
            # Its own part: the entity, its companions and the entities it names (each as shown).
            everything = self.previous_entities.get("") != self.overall
            # With every entity shown as last build, in its order (so the same broader, narrower and twin
            # entities), an entity whose companions are the very ones of the link memo that last build's
            # stamps were made with (``idents`` are kept only then) has last build's own part.
            kept_own = self.site.cooccurrence_kept if not everything and self.previous_idents and not self.renamed \
                and list(self.previous_entities) == ["", *self.entity_stamps] else frozenset()
            for key, e in self.site.entities.items():
                kept = self.previous_entities.get(key)
                if kept is not None and key in kept_own:
                    self.own[key] = kept[1]
                    continue
                companions, others = self._others(e)
                own = self.own[key] = _digest(repr((companions, others)))[:16]
                kept = self.previous_entities.get(key)
                if everything or kept is None or kept[1] != own or not self.renamed.isdisjoint(others):
                    near.add(key)
            self._near = near
        return self._near

    def entities_memo(self) -> dict[str, tuple[str, str]]:
        """Entity key -> (its stamp as pages name it, its own part), and "" -> what every entity's
        inputs read: for the next build's ``previous_entities``."""
        if not self.keyed:
            return {}
        self.near()
        return {"": self.overall, **{k: (v, self.own[k]) for k, v in self.entity_stamps.items()}}

    def export(self, path: str, stamps: list[str]) -> str | None:
        """An export whose lines have these stamps, in order: its stamp (None without a cache)."""
        if not self.keyed:
            return None
        self.lines[path] = tuple(stamps)
        return _digest(repr(("export", self.style, self.lines[path])))

    def indexes(self) -> str | None:
        """The section indexes and the A–Z index: every entity, and how many briefings mention it."""
        if not self.keyed:
            return None
        if self._indexes is None:
            self._indexes = _digest(repr(("indexes", self.style, tuple(self.entity_stamps.items()),
                                          sorted(self.counted().items()))))
        return self._indexes

    def connections(self) -> str | None:
        """The Connections page: every entity as pages name it, and each one's companions (its own part,
        ``near``'s, which covers all of them: kept from the last build where they are the link memo's),
        nothing else; so an edit that changes no entity's companions nor how it is shown does not make
        the network of 10,000 briefings' entities again to find it unchanged."""
        if not self.keyed:
            return None
        self.near()
        return _digest(repr(("connections", self.style, tuple(self.entity_stamps.items()), tuple(self.own.items()))))

    def counted(self) -> dict[str, int]:
        """``EntityPages.counts`` as the indexes' stamp reads it, without counting every entity's
        mentions (a topic's list holds an entry for each paragraph that names it): an entity not
        ``near`` a change is mentioned by the same briefings as last build (its inputs list them),
        so its count is last build's; the others' are counted. Kept for the next build, and given to
        the pages (``EntityPages.counts``, the same counts) if they have not counted yet: the home
        page and the indexes, made after an edit to one of the newest briefings, count no entity again."""
        if not self.counts:
            mentions, previous = self.site.mentions, self.previous_counts
            near = self.near() if previous else ()
            self.counts = {key: previous[key] if key not in near and key in previous else mentions.briefings(key)
                           for key in mentions}
            vars(self.links).setdefault("counts", defaultdict(int, self.counts))
        return self.counts

    def home(self) -> str | None:
        """The home page: the newest briefings (its cards), how many there are, the entities and
        their counts (its panels, as the indexes), and the briefings of the latest month that has
        dated ones (its chart counts their mentions)."""
        if not self.keyed:
            return None
        briefings = self.site.briefings
        latest = max((b.article.date for b in briefings if b.article.date), default=None)
        month = [self.briefing(b) for b in briefings if latest and b.article.date and
                 (b.article.date.year, b.article.date.month) == (latest.year, latest.month)]
        return _digest(repr(("home", self.indexes(), len(briefings), [*map(self.briefing, briefings[:HOME_LATEST])],
                             latest and (latest.year, latest.month), month)))

    def briefings_index(self) -> str | None:
        """The briefings index: each briefing's entry (its link, source, summary, topics and source
        page, the topics' and source's names and slugs), in the site's order; the months, counts and
        filters are made from those. An entry is kept from the last build with its briefing's stamp,
        which covers all it shows; so only an edited briefing's topics are ordered again."""
        if not self.keyed:
            return None
        entries = []
        for b in self.site.briefings:
            stamp, memo = self.briefing(b), self.briefings_memo[b.id]
            kept = self.previous_briefings.get(b.id)
            entry = kept[3] if kept and len(kept) > 3 and kept[1] == stamp else self._index_entry(b)
            self.briefings_memo[b.id] = (*memo[:3], entry, *memo[4:])
            entries.append(entry)
            # Its topics in order, kept with its stamp (``_briefing``, which covers its analysis and the
            # entities' names): if the index is made again, only the edited briefings' are ordered again.
            if len(memo) <= _TOPICS or not memo[_TOPICS]:
                self._remember(b.id, _TOPICS, "+" + " ".join(self.links.topic_order(b)))
        return _digest(repr(("briefings index", self.style, entries)))

    def _index_entry(self, b: Briefing) -> str:
        a, source, topics = b.article, self.site.source_of.get(b.id, ""), self.links.topic_order(b)
        return _digest(repr((b.slug, a.title, a.date, a.source, a.summary, source, topics,
                             self.named([*topics, source]))))[:16]

    def briefing_line(self, b: Briefing) -> str:
        """A briefing's line in data/briefings.json: its page's stamp covers all its entry shows."""
        return self.briefing(b)

    def entity_line(self, e: Entity) -> str:
        """An entity's line in data/entities.json: its inputs (the entity, the briefings that name,
        quote or give it a role, by their stamps, in order) cover all its entry shows."""
        known = self.memo.get(e.key)
        return known[0] if known else self._inputs(e)

    def _inputs(self, e: Entity) -> str:
        """What an entity's stamp is made from: every briefing it reads (by its page's stamp, which
        covers the analysis, slug, archive date and source, and the entities it names), in the order
        link lists them, the entity and those it names, and the newest date of the site."""
        site, links = self.site, self.links
        mentioned, roles, quotes = site.mentions.ids(e.key), site.roles.ids(e.key), site.quotes.ids(e.key)
        ids = dict.fromkeys(mentioned)
        for listed in (roles, quotes):
            ids.update(dict.fromkeys(listed))
        by_id, view, views = site.by_id, self.view, self._views
        companions, others = self._others(e)
        # A briefing's view is made (or taken from the last build) once: the others are looked up here,
        # not asked of ``view`` (a topic's page reads thousands of briefings).
        return _digest(repr((self.style, " ".join(ids),
                             " ".join([views[bid] if bid in views else view(by_id[bid]) for bid in ids]),
                             len(mentioned), len(roles), len(quotes), companions, others, self.named(others),
                             self.newest)))

    def _entity(self, e: Entity) -> str:
        site, links, by_id = self.site, self.links, self.site.by_id
        # The newest briefings' first mentions (their sentences), and every briefing's date: only
        # the mentions shown are made (``link.Listed``).
        shown = tuple((_link(by_id[bid]), m.sentence) for bid, m in site.mentions.firsts(e.key, ENTITY_LIST_MAX))
        days = tuple(b.article.date.toordinal() if b.article.date else 0
                     for b in map(by_id.__getitem__, dict.fromkeys(site.mentions.ids(e.key))))
        roles, quotes = site.roles.get(e.key, ()), site.quotes.get(e.key, ())
        listed = (len(roles), tuple((role, _link(by_id[bid])) for bid, role in roles[:ENTITY_LIST_MAX]),
                  len(quotes), tuple((q.text, _link(by_id[bid])) for bid, q in quotes[:ENTITY_LIST_MAX]))
        feed = tuple((day, self.entry(b)) for day, b in links.feed_items(e))
        quoted = ()
        if e.kind == "topic":
            # Each paragraph that names it, and who is quoted there: most, no one (a topic of a
            # thousand briefings names itself in tens of thousands of paragraphs).
            at, named = links.quotes_at, self.named
            quoted = tuple((speakers, named(speakers) if speakers else "")
                           for speakers in map(at.get, sorted(links.paragraphs(e)), repeat(())))
        companions, others = self._others(e)
        return _digest(repr(("entity", self.style, shown, days, listed, feed, quoted, companions,
                             others, self.named(others), "" if feed else self.newest)))

    def _others(self, e: Entity) -> tuple[tuple, tuple[str, ...]]:
        """An entity's companions (what link counted), and the keys of the entities its page names."""
        links = self.links
        companions = self.site.cooccurrence.get(e.key, ())
        return companions, (e.key, *e.broader, *(x.key for x in links.narrower.get(e.key, ())),
                            links.twins.get(e.key, ""), *(k for k, _ in companions))

    def entry(self, b: Briefing) -> str:
        """A briefing as a feed entry shows it (the day it is filed under aside): kept from the last
        build with its briefing's stamp, which covers all it shows (so its topics are not ordered
        again, nor its mentions read); kept in ``briefings_memo`` for the next."""
        known = self._entries.get(b.id)
        if known is None:
            stamp, kept = self.briefing(b), self.previous_briefings.get(b.id)
            if kept and len(kept) > 4 and kept[1] == stamp and kept[4]:
                known = kept[4]
            else:
                a = b.article
                known = _digest(repr((b.id, _link(b), a.author, a.source, a.summary,
                                      self.named(self.links.topic_order(b)))))
            self._entries[b.id] = known
            self._remember(b.id, 4, known)
        return known

    def view(self, b: Briefing) -> str:
        """A briefing as entity pages, their feeds and data/entities.json read it (``_view``): kept
        from the last build with its briefing's page stamp, which covers all of it (its analysis, slug,
        archive date, source and the entities it names); kept in ``briefings_memo`` for the next."""
        known = self._views.get(b.id)
        if known is None:
            stamp, kept = self.briefing(b), self.previous_briefings.get(b.id)
            if kept and len(kept) > 5 and kept[1] == stamp and kept[5]:
                known = kept[5]
            else:
                known = self._view(b)
            self._views[b.id] = known
            self._remember(b.id, 5, known)
        return known

    def _view(self, b: Briefing) -> str:
        """What an entity page, its feed or its line in data/entities.json reads of a briefing that
        names it: its slug, archive date and source page, its summary's article but for what only its
        own page, the home page's cards and data/briefings.json show (how many paragraphs, words and
        minutes: ``_UNSHOWN``), its entity references (roles, topics' evidence), its mentions but for
        where in the paragraph each stands (a first mention's sentence, each one's paragraph), its quotes
        (text, speaker, paragraph), and the entities it names as pages name them. Not its events nor
        phrases (the timeline and its own page read those). An edit that changes none of it (a sentence
        that names no one) leaves every entity page, feed and entry the same: their stamps are kept."""
        a, x = b.article, b.extraction
        article = tuple(value for name, value in zip(_ARTICLE, _ARTICLE_VALUES(a)) if name not in _UNSHOWN)
        mentions = tuple((m.key, m.paragraph, m.sentence, m.caption) for m in x.mentions)
        keys = self.briefings_memo[b.id][2]
        return _digest(repr(("view", self.style, b.id, b.slug, self.links.archived_on(b),
                             self.site.source_of.get(b.id), article, tuple(map(_REF, x.entities)), mentions,
                             tuple(map(_QUOTE, x.quotes)), keys, self.named(keys.split(" ") if keys else ()))))[:32]

    def _remember(self, bid: str, at: int, value: str) -> None:
        """Put ``value`` at ``at`` in a briefing's memo (``briefings_memo``), the places before it "" if unset."""
        memo = self.briefings_memo[bid]
        memo = (*memo, *("",) * (at + 1 - len(memo))) if len(memo) <= at else memo
        self.briefings_memo[bid] = (*memo[:at], value, *memo[at + 1:])


# Where a briefing's memo (``briefings_memo``) holds its topics in order: "+" and their keys, space-separated
_TOPICS = 6


def _day(day: date | None) -> "int | str":
    """A date as ``marshal`` can write it: its day number (anything else, its repr)."""
    return day.toordinal() if type(day) is date else repr(day)


def _link(b: Briefing) -> tuple:
    """A briefing as a link to it shows it: its address, title and date."""
    return b.slug, b.article.title, b.article.date
