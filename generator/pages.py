"""Pages: the linked ``Site`` becomes one model per output page, holding everything the page
shows (links, display dates, counts, orders, panels, its type), decided before rendering.

``render`` only picks a page's template and lays its model out; a page's fingerprint is a
hash of its model (and template), so a page whose model is unchanged is not rendered again.
Seed text stays raw here: escaping is the template's (render's ``md`` and ``h`` filters).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial
from typing import Any, Callable, Iterator

from . import charts, urls
from .dates import MONTH_NAMES, display_date, display_month, iso_date
from .kinds import BY_NAME, KINDS, MENTIONED_KINDS
from .link import Site
from .charts import plural
from .model import PASSING, Article, Briefing, Caption, Diagnostic, Entity, Mention

HOME_LATEST, HOME_TOP = 6, 8
# An entity page lists at most this many briefings, roles and quotes (the newest);
# data/entities.json has them all. Without a cap a common topic's page grows with the archive.
CHIPS_MAX = 5  # topic chips above a briefing's text: more fill a phone's first screen
ENTITY_LIST_MAX = 50
# Charts (charts.py draws them): months a bar chart shows at most (the newest), neighbours on an
# entity's relation map, entities in the home page's "most active" chart and on the network.
CHART_MONTHS, MAP_NEIGHBOURS, ACTIVE_TOP, NETWORK_SIZE, NETWORK_EDGES = 36, 8, 8, 30, 200
# Entries in an entity's feed: the newest, as many as WordPress's feeds carry. A reader polls a
# feed for what is new, hourly to daily, and even the busiest topic gets fewer briefings than
# that between two polls; every entity's feed fills to this cap as the archive grows, so the cap
# is most of what the feeds weigh at 10,000 briefings (bench/results.md; issue 15).
FEED_MAX = 10
# The templates of the pages a re-run fingerprints from their stamps (``stamps.py``), not their models.
BRIEFING_TEMPLATE, ENTITY_TEMPLATE, FEED_TEMPLATE = "briefing.md.j2", "entity.md.j2", "feed.xml.j2"
SECTION_INDEX_TEMPLATE, A_TO_Z_TEMPLATE, HOME_TEMPLATE = "section_index.md.j2", "a_to_z.md.j2", "home.md.j2"
BRIEFINGS_INDEX_TEMPLATE, CONNECTIONS_TEMPLATE = "briefings_index.md.j2", "connections.md.j2"


# Models: what a template is given


@dataclass(frozen=True)
class Link:
    """A link to a generated page as a page shows it: its name, and the relative href."""
    name: str
    href: str


@dataclass(frozen=True)
class BriefingLink:
    title: str
    href: str
    date: str  # as displayed


@dataclass(frozen=True)
class Block:
    """A body paragraph (its text, with the spans that link to entities), a subheading, or a caption."""
    text: str = ""
    links: tuple[tuple[int, int, str], ...] = ()
    caption: Caption | None = None
    heading: bool = False


@dataclass(frozen=True)
class Page:
    path: str  # under docs/
    template: str


@dataclass(frozen=True)
class BriefingPage(Page):
    meta: dict[str, Any]  # the front matter
    article: Article
    date: str  # as displayed
    blocks: tuple[Block, ...]
    groups: tuple[tuple[str, tuple[tuple[Link, str], ...]], ...]  # (kind title, (entity, role))
    topics: tuple[Link, ...]  # the topic chips
    related: tuple[tuple[BriefingLink, tuple[str, ...]], ...]  # (briefing, names it shares)
    source_href: str  # its source's page, as a final URL (the header is raw HTML); "" without a source


@dataclass(frozen=True)
class EntityPage(Page):
    meta: dict[str, Any]
    entity: Entity
    broader: tuple[Link, ...]
    narrower: tuple[Link, ...]
    roles: tuple[tuple[str, BriefingLink], ...]
    more_roles: int
    quotes: tuple[tuple[str, BriefingLink], ...]
    more_quotes: int
    quoted_on_topic: tuple[tuple[Link, int], ...]
    briefings: tuple[tuple[BriefingLink, str], ...]  # (briefing, the sentence of its first mention)
    more_briefings: int
    # (kind title, (entity, shared briefings)): by kind, most shared first; the count is 0 when
    # it is just one (what every companion shares).
    together: tuple[tuple[str, tuple[tuple[Link, int], ...]], ...]
    data_href: str
    feed_href: str  # the Follow link
    twin: Link | None = None  # a source's organization page of the same name, or an organization's source page
    activity: charts.BarChart | None = None  # briefings per month
    relations: charts.RelationMap | None = None  # the entities it appears with most


@dataclass(frozen=True)
class FeedEntry:
    """A briefing in a feed. ``published`` is the article's own date ("" when it has none);
    ``updated`` is that date, or the day the briefing entered the archive (``archived``)."""
    title: str
    id: str  # an absolute IRI: feeds are written without the site's address (only MkDocs knows it)
    href: str  # relative to the feed
    published: str
    updated: str
    archived: bool  # dated by when it entered the archive, not by the article
    author: str
    summary: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class FeedPage(Page):
    """An entity's Atom feed (``people/wang-yi.xml``): its briefings, newest first."""
    title: str
    id: str
    self_href: str
    page_href: str
    updated: str
    entries: tuple[FeedEntry, ...]


@dataclass(frozen=True)
class IndexPage(Page):
    """A section index or the A–Z index: entries by letter, with their kind and briefing counts,
    and each alias as an entry of its own that points to its entity ("Huang Renxun → Jensen Huang")."""
    title: str
    total: int
    # letter, its heading's anchor (the letter bar's target), (entity, kind label, count, alias or "")
    letters: tuple[tuple[str, str, tuple[tuple[Link, str, int, str], ...]], ...]


@dataclass(frozen=True)
class ArchiveEntry:
    """A briefing in the archive (the Briefings index), with what its filters match it by."""
    link: BriefingLink
    source: str
    summary: str  # one line
    topics: tuple[str, ...]  # slugs of the topics it is about
    source_slug: str  # its source page's slug, "" without one
    year: str  # "2025", or "undated"


@dataclass(frozen=True)
class BriefingsIndexPage(Page):
    count: int
    months: tuple[tuple[str, tuple[ArchiveEntry, ...]], ...]
    # The archive's filters (docs/javascripts/archive-filter.js): (value, label, briefings) each.
    topics: tuple[tuple[str, str, int], ...]
    sources: tuple[tuple[str, str, int], ...]
    years: tuple[tuple[str, str, int], ...]


@dataclass(frozen=True)
class TimelinePage(Page):
    months: tuple[tuple[str, tuple[tuple[str, str, Link, tuple[Link, ...]], ...]], ...]  # date, text, briefing, names
    archive: tuple[tuple[str, str, int], ...]  # month, href, briefings
    activity: charts.BarChart | None = None  # events per month


@dataclass(frozen=True)
class Card:
    title: str
    href: str
    datetime: str  # ISO date, or "" when undated
    date: str
    source: str
    reading_time: int
    summary: str


@dataclass(frozen=True)
class HomePage(Page):
    latest: tuple[Card, ...]
    total: int
    all_href: str
    panels: tuple[tuple[str, tuple[tuple[Link, int], ...]], ...]  # heading, (entity, briefings)
    active: charts.BarChart | None = None  # the most-mentioned entities of the latest month


@dataclass(frozen=True)
class ConnectionsPage(Page):
    """The network of the most-connected entities, and the same as a table."""
    network: charts.Network
    rows: tuple[tuple[Link, str, int, tuple[tuple[Link, int], ...]], ...]  # entity, kind, shared, (ties)


@dataclass(frozen=True)
class ReportPage(Page):
    counts: dict[str, int]
    diagnostics: tuple[Diagnostic, ...]
    pages: tuple[tuple[str, int, int, int, int], ...]  # saved web pages: seed, paragraphs, captions, left out


@dataclass(frozen=True)
class JsonPage(Page):
    items: tuple[dict[str, Any], ...] = field(default=())


# Building the models


class Links:
    """The linked site as pages see it: links to its pages, and aggregates several pages
    share (briefing counts, narrower topics, quotes by paragraph), computed once."""

    def __init__(self, site: Site, use_directory_urls: bool = True, archived: dict[str, date] | None = None):
        self.site = site
        self.use_directory_urls = use_directory_urls
        self.archived = archived or {}  # seed -> the day its commit added it (``archive.py``)
        self._topic_order: dict[str, list[str]] = {}  # briefing id -> topic_order: every feed entry asks

    # Dates

    def archived_on(self, b: Briefing) -> date | None:
        return self.archived.get(b.article.seed)

    def feed_date(self, b: Briefing) -> date | None:
        """The date a feed files a briefing under: its own, else when it entered the archive."""
        return b.article.date or self.archived_on(b)

    # Links

    def entity_path(self, key: str) -> str:
        return self.entity_paths[key]

    @cached_property
    def entity_paths(self) -> dict[str, str]:
        """Entity key -> its page's path: asked for every link to it, on every page."""
        return {key: urls.entity_path(e.kind, e.slug) for key, e in self.site.entities.items()}

    def entity_link(self, key: str, here: str) -> Link:
        return Link(self.site.entities[key].name, urls.relative(self.entity_path(key), here))

    def briefing_link(self, b: Briefing, here: str) -> BriefingLink:
        return BriefingLink(b.article.title, urls.relative(urls.briefing_path(b.slug), here), display_date(b.article.date))

    # Aggregates

    def topic_order(self, b: Briefing) -> list[str]:
        """Topics by how much the briefing says about them: the first chips are its subject."""
        known = self._topic_order.get(b.id)
        if known is None:
            x = b.extraction
            counts = Counter(m.key for m in x.mentions)
            known = self._topic_order[b.id] = sorted(
                {r.key for r in x.entities if r.kind == "topic" and r.evidence != PASSING},
                key=lambda k: (-counts[k], self.site.entities[k].name))
        return list(known)

    def know_topic_order(self, bid: str, keys: list[str]) -> None:
        """A briefing's topic order as the last build made it, from the same analysis and entities
        (``Stamps``): the briefings index lists every briefing's topics, and ordering them again
        would read every briefing's mentions after any edit that changes the index."""
        self._topic_order.setdefault(bid, keys)


    @cached_property
    def counts(self) -> dict[str, int]:
        """Entity key -> how many briefings mention it."""
        counts: dict[str, int] = defaultdict(int)
        for key in self.site.mentions:
            counts[key] = self.site.mentions.briefings(key)
        return counts

    @cached_property
    def narrower(self) -> dict[str, list[Entity]]:
        narrower: dict[str, list[Entity]] = defaultdict(list)
        for x in self.site.entities.values():
            for key in dict.fromkeys(x.broader):
                narrower[key].append(x)
        return narrower

    @cached_property
    def twins(self) -> dict[str, str]:
        """A source and the organization of the same name (by name or alias), each to the other:
        "Xinhua News Agency" publishes briefings and is mentioned in others, on two pages."""
        organizations: dict[str, str] = {}
        for key, e in sorted(self.site.entities.items()):
            if e.kind == "organization":
                for name in (e.name, *e.aliases):
                    organizations.setdefault(name.casefold(), key)
        twins: dict[str, str] = {}
        for key, e in sorted(self.site.entities.items()):
            if e.kind == "source":
                # Its own name first: an alias is a weaker claim than the name both pages carry.
                found = next((organizations[n.casefold()] for n in (e.name, *e.aliases) if n.casefold() in organizations),
                             None)
                if found and found not in twins:
                    twins[key], twins[found] = found, key
        return twins

    @cached_property
    def quotes_at(self) -> dict[tuple[str, int], list[str]]:
        """(briefing id, paragraph) -> the speakers of the quotes in it, one per quote."""
        at: dict[tuple[str, int], list[str]] = defaultdict(list)
        quotes = self.site.quotes
        for key in quotes:
            if key in self.site.entities:
                # Which paragraph each quote stands in, without making the quotes (``link.Listed``).
                for place in quotes.columns(key, 2):
                    at[place].append(key)
        return at


class BriefingPages(Links):
    """Briefing pages, their entries in data/briefings.json, and the briefings index."""

    def briefing_meta(self, b: Briefing) -> dict:
        """A briefing's data: its page's front matter, and its entry in data/briefings.json."""
        a, x = b.article, b.extraction
        by_kind: dict[str, list[str]] = defaultdict(list)
        for ref in x.entities:
            by_kind[ref.kind].append(self.site.entities[ref.key].name)
        return {
            "title": a.title, "date": iso_date(a.date), "source": a.source, "author": a.author,
            "authors": list(a.authors), "original_url": a.original_url, "rights": a.rights,
            "boilerplate": list(a.boilerplate), "summary": a.summary, "description": a.summary[:300],
            "word_count": a.word_count, "reading_time": a.reading_time,
            **{k.section: sorted(by_kind[k.name]) for k in MENTIONED_KINDS if k.name != "topic"},
            "topics": [self.site.entities[k].name for k in self.topic_order(b)],
            "quotes": [{"speaker": self.site.entities[q.speaker].name, "text": q.text} for q in x.quotes],
            "seed": a.seed, "id": b.id,
            # When the seed was committed: what dates an undated briefing in the feeds.
            **({"archived": iso_date(self.archived_on(b))} if self.archived_on(b) else {}),
        }

    def briefing_export(self, b: Briefing) -> dict:
        path = urls.briefing_path(b.slug)
        # Without `description`, the summary's first 300 characters, which `summary` holds whole,
        # and without `quotes`: data/entities.json has each under its speaker, with this id.
        meta = {k: v for k, v in self.briefing_meta(b).items() if k not in ("description", "quotes")}
        return {**meta, "slug": b.slug, "url": urls.page_url(path, self.use_directory_urls)}

    def briefing(self, b: Briefing) -> BriefingPage:
        here = urls.briefing_path(b.slug)
        # The date as the theme shows it (the theme never formats a date), and what the page is.
        meta = {**self.briefing_meta(b), "display_date": display_date(b.article.date), "type": "briefing"}
        source = self.site.source_of.get(b.id)
        # Its source's page, from the site's root ("" without a source): the theme's header links to it.
        meta["source_url"] = urls.page_url(self.entity_path(source), self.use_directory_urls) if source else ""
        # Its source page's name ("Xinhua" -> "Xinhua News Agency"): search files it under that source.
        meta["source_name"] = self.site.entities[source].name if source else ""
        groups = []
        for title, wanted in [*((kind.title, kind.name) for kind in MENTIONED_KINDS), ("Also mentions", PASSING)]:
            # Topics the briefing only passes by are linked apart, after what it is about.
            refs = sorted((r for r in b.extraction.entities
                           if (r.kind == "topic" and r.evidence == PASSING if wanted == PASSING
                               else r.kind == wanted and r.evidence != PASSING)),
                          key=lambda r: self.site.entities[r.key].name)
            if refs:
                groups.append((title, tuple((self.entity_link(r.key, here), r.role) for r in refs)))
        # The chips above the text: the (at most five) topics the briefing is most about.
        topics = tuple(self.entity_link(k, here) for k in self.topic_order(b)[:CHIPS_MAX])
        related = tuple((self.briefing_link(self.site.by_id[r.briefing], here),
                         tuple(self.site.entities[k].name for k in r.shared[:4])) for r in self.site.related[b.id])
        return BriefingPage(here, BRIEFING_TEMPLATE, meta, b.article, display_date(b.article.date),
                            self.body(b, here), tuple(groups), topics, related,
                            urls.href_from(self.entity_path(source), here, self.use_directory_urls) if source else "")

    def body(self, b: Briefing, here: str) -> tuple[Block, ...]:
        """Paragraphs with the first body mention of each entity linked, and captions in place."""
        linked_keys: set[str] = set()
        by_paragraph: dict[int, list[Mention]] = defaultdict(list)
        for m in b.extraction.mentions:
            if not m.caption:
                by_paragraph[m.paragraph].append(m)
        captions: dict[int, list[Caption]] = defaultdict(list)
        for c in b.article.captions:
            captions[c.after].append(c)
        blocks = [Block(caption=c) for c in captions.get(-1, [])]
        for index, paragraph in enumerate(b.article.paragraphs):
            spans: list[tuple[int, int, str]] = []
            taken_until = -1
            for m in sorted(by_paragraph[index], key=lambda m: (m.start, -(m.end - m.start))):
                if m.start < taken_until or m.key in linked_keys or m.key not in self.site.entities:
                    taken_until = max(taken_until, m.end) if m.start < taken_until else taken_until
                    continue
                spans.append((m.start, m.end, urls.relative(self.entity_path(m.key), here)))
                linked_keys.add(m.key)
                taken_until = m.end
            blocks.append(Block(text=paragraph, links=tuple(spans), heading=index in b.article.headings))
            blocks.extend(Block(caption=c) for c in captions.get(index, []))
        return tuple(blocks)

    def briefings_index(self) -> BriefingsIndexPage:
        """Every briefing by month, newest first, each with a one-line summary and what the
        archive's filters (topic, source, year) match it by; the filters' choices with counts."""
        here = urls.BRIEFINGS_INDEX
        months: dict[str, list] = defaultdict(list)
        topics: Counter = Counter()
        sources: Counter = Counter()
        years: Counter = Counter()
        for b in self.site.briefings:
            a = b.article
            topic_slugs = tuple(self.site.entities[k].slug for k in self.topic_order(b))
            source = self.site.source_of.get(b.id, "")
            year = str(a.date.year) if a.date else "undated"
            topics.update(self.topic_order(b))
            sources.update([source] if source else [])
            years[year] += 1
            months[display_month(a.date)].append(ArchiveEntry(
                self.briefing_link(b, here), a.source, one_line(a.summary), topic_slugs,
                self.site.entities[source].slug if source else "", year))

        def choices(counts: Counter) -> tuple[tuple[str, str, int], ...]:
            return tuple(sorted(((self.site.entities[k].slug, self.site.entities[k].name, n) for k, n in counts.items()),
                                key=lambda c: (c[1].lower(), c[0])))

        return BriefingsIndexPage(here, BRIEFINGS_INDEX_TEMPLATE, len(self.site.briefings),
                                  tuple((month, tuple(items)) for month, items in months.items()),
                                  choices(topics), choices(sources),
                                  tuple((y, y.capitalize(), n) for y, n in sorted(years.items(), reverse=True)))


class EntityPages(Links):
    """Entity pages, section indexes and the A–Z index."""

    def entity(self, e: Entity) -> EntityPage:
        """Everything an entity page shows (lists capped at ``ENTITY_LIST_MAX``, newest first)."""
        site, here = self.site, urls.entity_path(e.kind, e.slug)
        briefings = self.mentioned_in(e)
        roles = site.roles.get(e.key, ())
        quotes = site.quotes.get(e.key, ())
        kind = BY_NAME[e.kind]
        meta = {
            "title": e.name, "description": e.description or (f"{e.name}: every briefing from {e.name}." if e.kind == "source"
                                             else f"{e.name}: every briefing that mentions {e.name}."),
            "kind": e.kind,
            # The kind's names as the theme shows them (generator/kinds.py is the one table).
            "kind_title": kind.singular, "section": kind.section, "section_title": kind.title,
            # A source may share its name with an organization's page: the window title tells them apart.
            **({"html_title": f"{e.name} ({kind.singular.lower()})"} if not kind.mentioned else {}),
            "aliases": list(e.aliases), "search": {"boost": 4}, "mentions": len(briefings), "type": "entity",
            # Its Atom feed, from the site's root: the theme announces it in the page's head.
            "feed": urls.feed_path(e.kind, e.slug),
        }
        return EntityPage(
            here, ENTITY_TEMPLATE, meta, e,
            broader=tuple(self.entity_link(k, here) for k in e.broader if k in site.entities),
            narrower=tuple(self.entity_link(x.key, here) for x in self.narrower.get(e.key, [])),
            roles=tuple((role, self.briefing_link(site.by_id[bid], here)) for bid, role in roles[:ENTITY_LIST_MAX]),
            more_roles=max(0, len(roles) - ENTITY_LIST_MAX),
            quotes=tuple((q.text, self.briefing_link(site.by_id[bid], here)) for bid, q in quotes[:ENTITY_LIST_MAX]),
            more_quotes=max(0, len(quotes) - ENTITY_LIST_MAX),
            quoted_on_topic=tuple((self.entity_link(k, here), n) for k, n in self.quoted_on_topic(e)),
            briefings=tuple((self.briefing_link(b, here), m.sentence) for b, m in briefings[:ENTITY_LIST_MAX]),
            more_briefings=max(0, len(briefings) - ENTITY_LIST_MAX),
            together=self.together(e, here),
            data_href=urls.relative(urls.ENTITIES_JSON, here),
            feed_href=urls.relative(urls.feed_path(e.kind, e.slug), here),
            activity=self.entity_activity(e, [b for b, _ in briefings]),
            relations=self.relation_map(e, here),
            twin=self.entity_link(self.twins[e.key], here) if e.key in self.twins else None)

    def mentioned_in(self, e: Entity) -> list[tuple[Briefing, Mention]]:
        """The briefings that mention an entity, each with its first mention, newest first."""
        first: dict[str, Mention] = {}
        for bid, m in self.site.mentions.get(e.key, ()):
            first.setdefault(bid, m)
        # Mentions are in the site's briefing order (newest first, by date, title and id), and so are
        # the roles and quotes: each list is already in the order the page shows.
        return [(self.site.by_id[bid], m) for bid, m in first.items()]

    # Charts: their data, decided here; charts.py draws them.

    def href(self, key: str, here: str) -> str:
        """A final URL to an entity's page, for links in raw HTML (MkDocs does not rewrite them)."""
        return urls.page_href(self.entity_path(key), here, self.use_directory_urls)

    def entity_activity(self, e: Entity, briefings: list[Briefing]) -> charts.BarChart:
        dated = [b.article.date for b in briefings if b.article.date]
        undated = len(briefings) - len(dated)
        bars, earlier = month_bars(dated)
        notes = []
        if undated:
            notes.append(f"{plural(undated, 'undated briefing')} {'is' if undated == 1 else 'are'} not shown.")
        if earlier:
            notes.append(f"{plural(earlier, 'briefing')} before {bars[0].label} {'is' if earlier == 1 else 'are'} not shown.")
        return charts.BarChart(
            "chart-activity", f"Briefings mentioning {e.name}, by month",
            describe_months(f"Bar chart of the briefings that mention {e.name}, by the month of their date", bars),
            "briefing", "Month", bars, note=" ".join(notes))

    def relation_map(self, e: Entity, here: str) -> charts.RelationMap | None:
        ties = [(k, n) for k, n in self.site.cooccurrence.get(e.key, ()) if k in self.site.entities][:MAP_NEIGHBOURS]
        if not ties:
            return None
        names = "; ".join(f"{self.site.entities[k].name} ({plural(n, 'briefing')})" for k, n in ties)
        return charts.RelationMap(
            "chart-relations", f"Entities most often mentioned with {e.name}",
            f"{e.name} in the middle, linked to the {plural(len(ties), 'entity')} it shares most briefings with; "
            f"a wider line means more shared briefings: {names}.",
            charts.Node(e.name, "", e.kind),
            tuple(charts.Node(self.site.entities[k].name, self.href(k, here), self.site.entities[k].kind, n)
                  for k, n in ties))

    def feed(self, e: Entity) -> FeedPage:
        """An entity's feed: every briefing that mentions it and has a date (its own or its
        archive date), newest first, at most ``FEED_MAX``. Links are relative to the feed."""
        here = urls.feed_path(e.kind, e.slug)
        dated = self.feed_items(e)
        entries = tuple(self.feed_entry(b, day, here) for day, b in dated)
        newest = dated[0][0] if dated else max(filter(None, map(self.feed_date, self.site.briefings)),
                                              default=date(1970, 1, 1))
        return FeedPage(here, FEED_TEMPLATE, e.name, f"urn:briefings:{e.key}",
                        urls.url_from(here, here), urls.url_from(urls.entity_path(e.kind, e.slug), here,
                                                                 self.use_directory_urls),
                        atom_time(newest), entries)

    def feed_items(self, e: Entity) -> list[tuple[date, Briefing]]:
        """A feed's briefings with the day it files each under, newest first, at most ``FEED_MAX``."""
        briefings = [self.site.by_id[bid] for bid in dict.fromkeys(self.site.mentions.ids(e.key))]
        return sorted(((self.feed_date(b), b) for b in briefings if self.feed_date(b)),
                      key=lambda item: (-item[0].toordinal(), item[1].article.title, item[1].id))[:FEED_MAX]

    def feed_entry(self, b: Briefing, day: date, here: str) -> FeedEntry:
        a = b.article
        return FeedEntry(a.title, f"urn:briefings:briefing/{b.id}",
                         urls.url_from(urls.briefing_path(b.slug), here, self.use_directory_urls),
                         atom_time(a.date) if a.date else "", atom_time(day), not a.date, a.author or a.source,
                         a.summary, tuple(self.site.entities[k].name for k in self.topic_order(b)))

    def together(self, e: Entity, here: str) -> tuple[tuple[str, tuple[tuple[Link, int], ...]], ...]:
        """Who and what is most often in the same briefings, kind by kind, most shared first. A count
        is shown only where it says something: "1 shared briefing" is what every companion has."""
        by_kind: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for k, n in self.site.cooccurrence.get(e.key, ()):
            by_kind[k.split("/", 1)[0]].append((k, n))
        return tuple((kind.title, tuple((self.entity_link(k, here), n if n > 1 else 0) for k, n in by_kind[kind.name]))
                     for kind in KINDS if by_kind.get(kind.name))

    def quoted_on_topic(self, e: Entity) -> list[tuple[str, int]]:
        """Who is quoted on a topic: quotes that stand in a paragraph mentioning it, by speaker."""
        if e.kind != "topic":
            return []
        speakers: dict[str, int] = defaultdict(int)
        for place in self.paragraphs(e):
            for key in self.quotes_at.get(place, ()):
                speakers[key] += 1
        return sorted(speakers.items(), key=lambda kv: (-kv[1], self.site.entities[kv[0]].name))

    def paragraphs(self, e: Entity) -> set[tuple[str, int]]:
        """(briefing id, paragraph) of each body paragraph that mentions an entity (a topic: the
        first mention in each is kept), read without making the mentions (``link.Listed``)."""
        mentions = self.site.mentions
        return {(bid, paragraph) for bid, paragraph, caption in mentions.columns(e.key, 2, 3) if not caption}

    def index(self, here: str, template: str, title: str, members: list[Entity]) -> IndexPage:
        # Every entity under its name, and again under each alias that is not just its name recased.
        entries = [(e.name, e, "") for e in members]
        entries += [(alias, e, alias) for e in members for alias in dict.fromkeys(e.aliases)
                    if alias.strip() and alias.casefold() != e.name.casefold()]
        entries.sort(key=lambda item: (item[0].lower(), item[1].key, item[2]))
        letters = tuple((letter, letter_anchor(letter),
                         tuple((self.entity_link(e.key, here), BY_NAME[e.kind].singular.lower(), self.counts[e.key], alias)
                               for _, e, alias in group))
                        for letter, group in by_letter(entries).items())
        return IndexPage(here, template, title, len(members), letters)

    def section_index(self, kind: str) -> IndexPage:
        k = BY_NAME[kind]
        return self.index(urls.index_path(k.section), SECTION_INDEX_TEMPLATE, k.title,
                          [e for e in self.site.entities.values() if e.kind == kind])

    def a_to_z(self) -> IndexPage:
        return self.index(urls.A_TO_Z_INDEX, A_TO_Z_TEMPLATE, "A–Z index", list(self.site.entities.values()))

    def index_pages(self) -> list[tuple[str, str, Callable[[], IndexPage]]]:
        """The section indexes and the A–Z index as (path, template, its model): each shows the
        entities (names, aliases, kinds, links) and how many briefings mention each, nothing else."""
        return [*((urls.index_path(k.section), SECTION_INDEX_TEMPLATE, partial(self.section_index, k.name))
                  for k in KINDS), (urls.A_TO_Z_INDEX, A_TO_Z_TEMPLATE, self.a_to_z)]


class Pages(BriefingPages, EntityPages):
    """Every page's model, built from the linked site."""

    def all(self, diagnostics: list[Diagnostic], counts: dict, briefings: bool = True,
            entities: bool = True, stamped: bool = False) -> Iterator[Page]:
        """Every page, one at a time (a large site never holds them all); without the briefing
        pages, or the entity pages and feeds, if ``briefings`` or ``entities`` is False, and without
        the JSON exports, the indexes (the briefings index too), the Connections page and the home page
        if ``stamped`` (the build makes those apart, fingerprinted from their stamps: ``stamps.py``)."""
        for b in self.site.briefings if briefings else ():
            yield self.briefing(b)
        for e in self.site.entities.values() if entities else ():
            yield self.entity(e)
            yield self.feed(e)
        if not stamped:
            yield self.briefings_index()
        for _, _, make in () if stamped else self.index_pages():
            yield make()
        yield self.timeline()
        if not stamped:
            yield self.connections()
        yield self.report(diagnostics, counts)
        if not stamped:
            yield JsonPage(urls.BRIEFINGS_JSON, "json", tuple(self.briefing_export(b) for b in self.site.briefings))
            yield JsonPage(urls.ENTITIES_JSON, "json", self.entities_export())
            yield self.home()

    def timeline(self) -> TimelinePage:
        here = urls.TIMELINE_INDEX
        months: dict[str, list] = defaultdict(list)
        for bid, event in self.site.events:
            b = self.site.by_id[bid]
            # The entities named in the event's own sentence (topics are not actors).
            keys: list[str] = []
            for m in b.extraction.mentions:
                if not m.caption and m.paragraph == event.paragraph and m.sentence == event.text and m.key not in keys \
                        and not m.key.startswith("topic/"):
                    keys.append(m.key)
            months[display_month(event.date)].append((
                display_date(event.date), event.text, Link(b.article.title, urls.relative(urls.briefing_path(b.slug), here)),
                tuple(self.entity_link(k, here) for k in keys)))
        archive: dict[str, int] = defaultdict(int)
        for b in self.site.briefings:
            archive[display_month(b.article.date)] += 1
        index = urls.relative(urls.BRIEFINGS_INDEX, here)
        bars, _ = month_bars([event.date for _, event in self.site.events if event.date], limit=0)
        activity = charts.BarChart("chart-events", "Reported events by month",
                                   describe_months("Bar chart of the dated events the briefings report, by month", bars),
                                   "event", "Month", bars)
        return TimelinePage(here, "timeline.md.j2", tuple((m, tuple(items)) for m, items in months.items()),
                            tuple((m, f"{index}#{m.lower().replace(' ', '-')}", n) for m, n in archive.items()),
                            activity)

    def home(self) -> HomePage:
        """The home page's generated part: latest briefings and the most-mentioned people and topics.

        docs/index.md stays hand-written and includes this file; its links are relative to
        the docs root because the text is inlined into index.md before Markdown runs.
        """
        here = urls.HOME_PAGE

        def top(kind: str) -> tuple[tuple[Link, int], ...]:
            members = [e for e in self.site.entities.values() if e.kind == kind and self.counts[e.key]]
            members.sort(key=lambda e: (-self.counts[e.key], e.name.lower()))
            return tuple((self.entity_link(e.key, here), self.counts[e.key]) for e in members[:HOME_TOP])

        cards = tuple(Card(b.article.title, urls.relative(urls.briefing_path(b.slug), here),
                           b.article.date.isoformat() if b.article.date else "", display_date(b.article.date),
                           b.article.source, b.article.reading_time, b.article.summary)
                      for b in self.site.briefings[:HOME_LATEST])
        return HomePage(urls.HOME_INCLUDE, HOME_TEMPLATE, cards, len(self.site.briefings),
                        urls.relative(urls.BRIEFINGS_INDEX, here),
                        (("Most-mentioned people", top("person")), ("Most-mentioned topics", top("topic"))),
                        self.most_active(here))

    def most_active(self, here: str) -> charts.BarChart | None:
        """The entities in the most briefings of the latest month that has dated briefings."""
        latest = max((b.article.date for b in self.site.briefings if b.article.date), default=None)
        if latest is None:
            return None
        ids = {b.id for b in self.site.briefings if b.article.date and
               (b.article.date.year, b.article.date.month) == (latest.year, latest.month)}
        counts = [(key, len({bid for bid in self.site.mentions.ids(key) if bid in ids})) for key in self.site.mentions
                  if key in self.site.entities]
        counts = sorted(((k, n) for k, n in counts if n), key=lambda kv: (-kv[1], self.site.entities[kv[0]].name.lower(),
                                                                          kv[0]))[:ACTIVE_TOP]
        if not counts:
            return None
        month = display_month(latest)
        bars = tuple(charts.Bar(self.site.entities[k].name, n, self.href(k, here)) for k, n in counts)
        return charts.BarChart(
            "chart-active", f"Most mentioned in {month}", f"Bar chart of the {plural(len(bars), 'entity')} mentioned in "
            f"the most briefings dated {month}: " + "; ".join(f"{b.label} ({plural(b.value, 'briefing')})" for b in bars)
            + ".", "briefing", "Name", bars, horizontal=True,
            note=f"Out of the {plural(len(ids), 'briefing')} dated {month}.")

    def connections(self) -> ConnectionsPage:
        """The most-connected entities (by briefings shared with others), on a circle by kind."""
        here = urls.CONNECTIONS_INDEX
        site = self.site
        # Entities named in the text: a source's ties are its own briefings' names, not connections.
        ties = {k: [(o, n) for o, n in v if o in site.entities] for k, v in site.cooccurrence.items()
                if k in site.entities and BY_NAME[site.entities[k].kind].mentioned}
        strength = {k: sum(n for _, n in v) for k, v in ties.items() if v}
        chosen = sorted(strength, key=lambda k: (-strength[k], site.entities[k].name.lower(), k))[:NETWORK_SIZE]
        order = {kind.name: i for i, kind in enumerate(KINDS)}
        chosen.sort(key=lambda k: (order.get(site.entities[k].kind, len(order)), site.entities[k].name.lower(), k))
        index = {k: i for i, k in enumerate(chosen)}
        weights: dict[tuple[int, int], int] = {}
        for k in chosen:
            for o, n in ties[k]:
                if o in index and o != k:
                    pair = tuple(sorted((index[k], index[o])))
                    weights[pair] = max(weights.get(pair, 0), n)
        # The strongest ties only: every pair of a dense archive would be a grey disc (and too big).
        strongest = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:NETWORK_EDGES]
        edges = tuple((a, b, n) for (a, b), n in sorted(strongest))
        nodes = tuple(charts.Node(site.entities[k].name, self.href(k, here), site.entities[k].kind, strength[k])
                      for k in chosen)
        network = charts.Network(
            "chart-network", "Connections between the most-connected entities",
            f"{plural(len(nodes), 'entity')} on a circle, grouped by kind (people, organizations, places, topics), "
            f"with a line between two that appear in the same briefings ({plural(len(edges), 'line')}); a wider line "
            f"means more shared briefings. The table below lists the same connections.", nodes, edges)
        rows = tuple((self.entity_link(k, here), BY_NAME[site.entities[k].kind].singular, strength[k],
                      tuple((self.entity_link(o, here), n) for o, n in ties[k] if o in index))
                     for k in chosen)
        return ConnectionsPage(here, CONNECTIONS_TEMPLATE, network, rows)

    def report(self, diagnostics: list[Diagnostic], counts: dict) -> ReportPage:
        pages = tuple((b.article.seed, len(b.article.paragraphs), len(b.article.captions), *b.article.left_out)
                      for b in sorted(self.site.briefings, key=lambda b: b.article.seed) if b.article.left_out is not None)
        return ReportPage(urls.REPORT_PAGE, "report.md.j2", dict(counts), tuple(diagnostics), pages)

    def entities_export(self) -> tuple[dict, ...]:
        return tuple(map(self.entity_export, self.exported_entities()))

    def exported_entities(self) -> list[Entity]:
        """The entities of data/entities.json, in its order (by key)."""
        return sorted(self.site.entities.values(), key=lambda e: e.key)

    def entity_export(self, e: Entity) -> dict:
        """An entity's entry in data/entities.json."""
        return {
            "key": e.key, "kind": e.kind, "name": e.name, "aliases": list(e.aliases), "subkind": e.subkind,
            "description": e.description, "registered": e.registered,
            "url": urls.page_url(urls.entity_path(e.kind, e.slug), self.use_directory_urls),
            "roles": [{"briefing": bid, "role": r} for bid, r in self.site.roles.get(e.key, ())],
            "quotes": [{"briefing": bid, "text": q.text} for bid, q in self.site.quotes.get(e.key, ())],
            # The id of each briefing that mentions it. Without the sentence: that is the
            # briefing's own text (on its page, and on this entity's page for the newest), and
            # at 10,000 briefings the sentences alone would be a quarter of the published site.
            "mentions": list(dict.fromkeys(self.site.mentions.ids(e.key))),
        }


def one_line(text: str, limit: int = 160) -> str:
    """A summary cut to one line: whole words, at most ``limit`` characters, "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def atom_time(day: date) -> str:
    """A day as Atom's date-time: midnight UTC."""
    return f"{day.isoformat()}T00:00:00Z"


def month_bars(days: list[date], limit: int = CHART_MONTHS) -> tuple[tuple[charts.Bar, ...], int]:
    """Counts by month from the first month to the last, empty months included, as bars labelled
    "Jul 2025"; at most ``limit`` months (the newest; 0: all), and how many were left before them."""
    if not days:
        return (), 0
    counts: dict[int, int] = defaultdict(int)
    for day in days:
        counts[day.year * 12 + day.month - 1] += 1
    first, last = min(counts), max(counts)
    if limit and last - first + 1 > limit:
        first = last - limit + 1
    earlier = sum(n for m, n in counts.items() if m < first)
    return tuple(charts.Bar(f"{MONTH_NAMES[m % 12][:3]} {m // 12}", counts.get(m, 0))
                 for m in range(first, last + 1)), earlier


def describe_months(lead: str, bars: tuple[charts.Bar, ...]) -> str:
    """A bar chart's description: what it counts, its span, its total and its busiest month."""
    if not bars:
        return lead + ": none."
    peak = max(bars, key=lambda b: b.value)
    span = bars[0].label if len(bars) == 1 else f"{bars[0].label} to {bars[-1].label}"
    return (f"{lead}, {span}: {sum(b.value for b in bars)} in all, the most ({peak.value}) in {peak.label}.")


def by_letter(entries: list[tuple]) -> dict[str, list[tuple]]:
    """Index entries (each led by the name it is listed under) by first letter; "#" for the rest, last."""
    letters: dict[str, list[tuple]] = defaultdict(list)
    for entry in entries:
        first = entry[0][:1].upper()
        letters[first if first.isascii() and first.isalpha() else "#"].append(entry)
    return dict(sorted(letters.items(), key=lambda kv: (kv[0] == "#", kv[0])))


def letter_anchor(letter: str) -> str:
    """The id of a letter's heading on an index page: ``letter-a``; ``letter-other`` for "#"."""
    return f"letter-{letter.lower() if letter != '#' else 'other'}"
