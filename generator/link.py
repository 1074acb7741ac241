"""Link: all briefings together become a ``Site``: slugs, entity pages, backlinks,
co-occurrence, related briefings and the timeline.

The only stage that sees every briefing at once. Everything here is sorted by a
total order, so the same seeds always give the same site.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import math
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import partial
from datetime import date
from operator import itemgetter
from typing import Any, Callable, Iterator

from .codec import CodecError
from .model import Article, Briefing, Diagnostic, Entity, EntityRef, Event, Extraction, Mention, Quote, Related
from .registry import Registry
from .slug import slugify
from .summary import Lazy, rows

RELATED_COUNT = 5


@dataclass(frozen=True)
class Site:
    briefings: tuple[Briefing, ...]  # newest first
    entities: dict[str, Entity]  # every entity with a page, by key
    # key -> (briefing id, a mention): a topic's first mention in each paragraph, any other entity's
    # first mention in the briefing (see ``link``)
    mentions: "Listed"
    roles: "Listed"  # key -> (briefing id, role)
    quotes: "Listed"  # speaker key -> (briefing id, quote)
    related: "Mapping[str, tuple[Related, ...]]"  # briefing id -> related (a dict, or ``RelatedMemo``)
    # key -> (other key, briefings together); for a source, the entities named in its briefings
    cooccurrence: dict[str, tuple[tuple[str, int], ...]]
    events: tuple[tuple[str, Event], ...]  # newest first
    diagnostics: tuple[Diagnostic, ...] = ()
    by_id: dict[str, Briefing] = field(default_factory=dict)
    source_of: dict[str, str] = field(default_factory=dict)  # briefing id -> its source's entity key
    memo: "LinkMemo | None" = None  # what the next build's link needs to be incremental
    linked: "Linked | None" = None  # what each briefing added to each entity, for the next build
    # Briefing ids whose related briefings are the last build's memo's, not made again (``_relations``)
    related_kept: frozenset = frozenset()
    # Entity keys whose companions are the very ones of the link memo this build read (not counted again)
    cooccurrence_kept: frozenset = frozenset()


@dataclass(frozen=True)
class LinkMemo:
    """Related briefings and co-occurrence, with the inputs they were computed from."""
    keys_of: dict[str, frozenset]  # briefing id -> its entity keys
    sort_of: dict[str, tuple]  # briefing id -> its place in the site's order (newest first)
    names: dict[str, str]  # entity key -> name (a tie-break)
    related: dict[str, tuple[Related, ...]]
    cooccurrence: dict[str, tuple[tuple[str, int], ...]]
    # Each source's companions (``_source_cooccurrence``), and a digest of the briefings' sources they
    # were counted with (``_sources_digest``)
    told: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    sources: str = ""


@dataclass
class Linked:
    """What the briefings add to each entity: its names (counted), its kind, and its mentions,
    roles and quotes, in the site's order, each an entry ``(briefing id, its place in the
    briefing's extraction)``: mentions among its mentions, roles among its entity references,
    quotes among its quotes; a mention's and a quote's with its paragraph (and a mention, 1 if in a
    caption): pages ask where every quote and every mention of a topic stands, but read the text
    of few. Kept for the next build with the analysis key each briefing's extraction came
    from, so that it reads only the extractions that changed; an entity's entries stay packed in one
    string (``packed``) until an edit changes them.

    Mentions: a topic's first in each paragraph, any other entity's first in the briefing (pages
    show no other)."""
    versions: dict[str, str]  # briefing id -> the analysis key its extraction came from
    names: dict[str, dict[str, int]]  # key -> name -> how many references name it so
    kinds: dict[str, str]  # key -> the kind of its first reference
    mentions: dict[str, "list | str"]
    roles: dict[str, "list | str"]
    quotes: dict[str, "list | str"]
    consistent: bool = True  # every reference to a key of one kind: else patching could not tell the first's
    kept: frozenset = frozenset()  # briefing ids whose part was last build's
    # Briefing id -> the slug its article asks for (``slug_base``), for the next build: a briefing whose
    # analysis is unchanged (its version) asks for the same one, not made again (``assign_slugs``).
    bases: dict[str, str] = field(default_factory=dict)
    # Briefing id -> its slug, for each briefing whose slug is not the one its article asks for (a collision's
    # later seeds: ``assign_slugs``); None if not known. The next build assigns slugs again only in the
    # groups of articles asking for a slug that a briefing came to, left or changed (``_patched_slugs``).
    slugs: "dict[str, str] | None" = None
    # The seal of the link memo saved beside it (``cache.Cache.save_linked``); ``paired`` when read beside
    # that very memo: then the memo's places and keys of the briefings whose analysis is unchanged are theirs.
    memo: str = ""
    paired: bool = False
    # The seal of the file its entity lists (names, kinds, mentions, roles, quotes) were read from or saved to
    # (``cache.Cache.save_linked``), and whether link left them as read: then that file is not written again.
    lists_seal: str = ""
    lists_kept: bool = False


def packed(entries: "list | str") -> str:
    """Entries as one string: ``id:place`` (a quote's ``id:place:paragraph``, a mention's
    ``id:place:paragraph:caption``), space-separated."""
    return entries if type(entries) is str else " ".join(":".join(map(str, entry)) for entry in entries)


def unpacked(entries: "list | str") -> list:
    if type(entries) is not str:
        return entries
    columns = _columns(entries)
    if columns is not None:
        return list(zip(columns[0], *map(partial(map, int), columns[1:])))
    return [(bid, *map(int, rest)) for bid, *rest in (token.split(":") for token in entries.split(" "))]


def _columns(entries: str) -> "list[list[str]] | None":
    """A packed list's columns as text (the ids, then each number), split in C: None unless every
    entry has as many fields as the first and every id is 12 characters (``briefing_id``'s), as
    ``packed`` writes them (then the caller splits entry by entry, failing where that fails)."""
    count = entries.count(" ") + 1
    width = entries.count(":", 0, entries.find(" ") if count > 1 else len(entries)) + 1
    flat = entries.replace(" ", ":").split(":")
    if len(flat) != count * width:
        return None
    columns = [flat[i::width] for i in range(width)]
    return columns if set(map(len, columns[0])) == {12} else None


def _unpacking(entries: str) -> Iterator[tuple]:
    """``unpacked(entries)``'s entries one at a time, each unpacked when asked for."""
    return ((bid, *map(int, rest)) for bid, *rest in (token.split(":") for token in entries.split(" ")))


def _adds(bid: str, x: Extraction) -> tuple[dict, dict, dict]:
    """A briefing's mentions, roles and quotes by entity key, as ``Linked`` entries."""
    mentions: dict[str, list] = {}
    places: set = set()
    for i, m in enumerate(x.mentions):
        place = (m.key, m.paragraph, m.caption) if m.key.startswith("topic/") else m.key
        if place not in places:
            places.add(place)
            mentions.setdefault(m.key, []).append((bid, i, m.paragraph, int(m.caption)))
    roles: dict[str, list] = {}
    for i, ref in enumerate(x.entities):
        if ref.role:
            roles.setdefault(ref.key, []).append((bid, i))
    quotes: dict[str, list] = {}
    for i, q in enumerate(x.quotes):
        quotes.setdefault(q.speaker, []).append((bid, i, q.paragraph))
    return mentions, roles, quotes


def _add(linked: Linked, bid: str, x: Extraction, sort_of: dict[str, tuple] | None) -> None:
    """Count a briefing in: at the end (``sort_of`` None: briefings come in the site's order), or
    at its place in the order."""
    names, kinds = linked.names, linked.kinds
    for ref in x.entities:
        counted = names.get(ref.key)
        if counted is None:
            counted = names[ref.key] = {}
        counted[ref.name] = counted.get(ref.name, 0) + 1
        if kinds.setdefault(ref.key, ref.kind) != ref.kind:
            linked.consistent = False
    for lists, adds in zip((linked.mentions, linked.roles, linked.quotes), _adds(bid, x)):
        for key, entries in adds.items():
            listed = lists.get(key)
            if listed is None:
                lists[key] = entries
            elif sort_of is None:
                listed.extend(entries)
            elif type(listed) is str:
                # Packed (last build's list): patched as text, each entry's id its first 12 characters
                # (``briefing_id``'s), so a topic's tens of thousands of entries are not unpacked.
                tokens = listed.split(" ")
                at = bisect_left(tokens, sort_of[bid], key=lambda token: sort_of[token[:12]])
                tokens[at:at] = packed(entries).split(" ")
                lists[key] = " ".join(tokens)
            else:
                at = bisect_left(listed, sort_of[bid], key=lambda entry: sort_of[entry[0]])
                listed[at:at] = entries


def _remove(linked: Linked, bid: str, x: Extraction) -> None:
    """Count a briefing out (``x``: the extraction it was counted in with). KeyError if it was not."""
    names, kinds = linked.names, linked.kinds
    for ref in x.entities:
        counted = names[ref.key]
        counted[ref.name] -= 1
        if not counted[ref.name]:
            del counted[ref.name]
            if not counted:
                del names[ref.key], kinds[ref.key]
    for lists, adds in zip((linked.mentions, linked.roles, linked.quotes), _adds(bid, x)):
        for key in adds:
            listed = lists[key]
            if type(listed) is str:  # packed: kept packed (``_add``), an entry's id its first 12 characters
                left = " ".join([token for token in listed.split(" ") if token[:12] != bid])
            else:
                left = [entry for entry in listed if entry[0] != bid]
            if left:
                lists[key] = left
            else:
                del lists[key]


def _collected(briefings: list[Briefing], sort_of: dict[str, tuple], versions: dict[str, str] | None,
               state: Linked | None, earlier: Callable[[str], Extraction | None] | None) -> Linked:
    """What the briefings add to each entity: last build's ``state`` patched with the briefings
    whose analysis changed, came or went (their extractions then and now), else counted afresh."""
    now = {b.id: (versions or {}).get(b.article.seed, "") for b in briefings}
    if state is not None and earlier is not None and all(now.values()):
        try:
            patched = _patched(briefings, sort_of, now, state, earlier)
        except (KeyError, ValueError, TypeError):  # a state that does not match its analyses
            patched = None
        if patched is not None:
            return patched
    linked = Linked(now, {}, {}, {}, {}, {})
    for b in briefings:
        _add(linked, b.id, b.extraction, None)
    return linked


def _patched(briefings: list[Briefing], sort_of: dict[str, tuple], now: dict[str, str], state: Linked,
             earlier: Callable[[str], Extraction | None]) -> Linked | None:
    gone = []
    for bid, version in state.versions.items():
        if now.get(bid) != version:
            x = earlier(version)
            if x is None:  # last build's extraction is not known: count afresh
                return None
            gone.append((bid, x))
    came = [b for b in briefings if state.versions.get(b.id) != now[b.id]]
    if came and list(state.versions) == list(now):
        # A briefing edited where it stands, adding what it added (a sentence that names no one): its
        # entries, names and kinds are last build's, neither taken out nor put back.
        edited = {b.id: b.extraction for b in came}
        unmoved = {bid for bid, x in gone if bid in edited and _same_adds(bid, x, edited[bid])}
        gone = [(bid, x) for bid, x in gone if bid not in unmoved]
        came = [b for b in came if b.id not in unmoved]
    for bid, x in gone:
        _remove(state, bid, x)
    for b in came:
        _add(state, b.id, b.extraction, sort_of)
    if not state.consistent:
        return None
    state.lists_kept = not gone and not came
    state.versions = now
    state.kept = frozenset(now.keys() - {b.id for b in came})
    return state


def _same_adds(bid: str, before: Extraction, after: Extraction) -> bool:
    """Whether a briefing adds the same to every entity (``_add``) with either extraction."""
    return [(r.key, r.name, r.kind) for r in before.entities] == [(r.key, r.name, r.kind) for r in after.entities] \
        and _adds(bid, before) == _adds(bid, after)


class Listed(Mapping):
    """Entity key -> its (briefing id, item) pairs in the site's order, from ``Linked`` entries:
    each item is made from its briefing's extraction (``field``; from its row, for a summary not
    yet decoded) when its entity's list is first read, so a re-run makes only those of the
    entities whose pages it makes. ``ids`` and ``column`` read no item. ``ready``: lists of pairs;
    ``pending``: a key -> what makes its list of pairs, when first read."""

    def __init__(self, lists: dict[str, "list | str"], field: str, by_id: dict[str, Briefing],
                 ready: dict[str, list] | None = None, pending: dict[str, Callable[[], list]] | None = None):
        self.lists = lists
        self.field = field  # "mentions", "entities" (an item is a reference's role) or "quotes"
        self.by_id = by_id
        self.made: dict[str, tuple] = {key: tuple(pairs) for key, pairs in (ready or {}).items()}
        self.pending = dict(pending or {})
        self.keys_ = {**dict.fromkeys(lists), **self.made, **dict.fromkeys(self.pending)}
        self.rows: dict[str, Any] = {}  # row -> its item, shared by every list

    def _ready(self, key: str) -> None:
        """A pending list made (once)."""
        make = self.pending.pop(key, None)
        if make is not None:
            self.made[key] = tuple(make())

    def __getitem__(self, key: str) -> tuple:
        if self.pending:
            self._ready(key)
        made = self.made.get(key)
        if made is None:
            entries = self.entries(key)
            items = self._items(entries)
            made = self.made[key] = tuple(zip((entry[0] for entry in entries), items)) if items is not None \
                else tuple(_rebuilt(self.field, self.by_id, key, [entry[0] for entry in entries]))
        return made

    def firsts(self, key: str, limit: int) -> list[tuple]:
        """The first pair of each briefing, of the first ``limit`` briefings of ``key``'s list:
        only their items are made (an entity page shows the newest briefings' first mentions)."""
        self._ready(key)
        if key in self.made or key not in self.lists:
            return list(_firsts(self.get(key, ()), limit).values())
        listed = self.lists[key]
        # A packed list is unpacked only as far as its first ``limit`` briefings (a topic's runs to
        # tens of thousands of entries).
        chosen = _firsts(_unpacking(listed) if type(listed) is str else listed, limit)
        items = self._items(list(chosen.values()))
        return list(zip(chosen, items)) if items is not None else list(_firsts(self[key], limit).values())

    def _items(self, entries: list) -> list | None:
        """The items of these entries, None if they do not match their extractions."""
        field, cls = self.field, {"mentions": Mention, "entities": EntityRef, "quotes": Quote}[self.field]
        extractions = [self.by_id[entry[0]].extraction for entry in entries]
        try:
            try:
                items = rows(cls, [x.row(field, entry[1]) if isinstance(x, Lazy) else getattr(x, field)[entry[1]]
                                   for x, entry in zip(extractions, entries)], self.rows)
            except CodecError:  # a damaged row: its summary's stand-in (``Lazy``) has it
                items = [getattr(x, field)[entry[1]] for x, entry in zip(extractions, entries)]
            if any(type(item) is not cls for item in items):
                raise TypeError(f"not a {cls.__name__}")
        except (IndexError, TypeError):  # entries that do not match their extractions: made afresh
            return None
        return [item.role for item in items] if field == "entities" else items

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys_)

    def __contains__(self, key: object) -> bool:  # without making the list
        return key in self.keys_

    def __len__(self) -> int:
        return len(self.keys_)

    def entries(self, key: str) -> list:
        return unpacked(self.lists[key])

    def ids(self, key: str) -> list[str]:
        """The briefing id of each pair of ``key``'s list ([] without one)."""
        self._ready(key)
        if key in self.made:
            return [bid for bid, _ in self.made[key]]
        listed = self.lists.get(key, ())
        if type(listed) is not str:
            return [entry[0] for entry in listed]
        columns = _columns(listed)
        return columns[0] if columns is not None else [token.partition(":")[0] for token in listed.split(" ")]

    def briefings(self, key: str) -> int:
        """How many briefings ``key``'s list names: ``len(set(self.ids(key)))``, counted in C for a
        packed list (an entry's id is its first 12 characters: ``briefing_id``'s, checked when read)."""
        self._ready(key)
        listed = self.lists.get(key, ()) if key not in self.made else None
        if type(listed) is str:
            return len(set(map(_BRIEFING_ID, listed.split(" "))))
        return len(set(self.ids(key)))

    def columns(self, key: str, *at: int) -> list[tuple]:
        """``zip(self.ids(key), *(self.column(key, i) for i in at))``, each packed entry split once
        (a topic's list holds an entry for each paragraph that names it: tens of thousands)."""
        self._ready(key)
        listed = self.lists.get(key) if key not in self.made else None
        if type(listed) is not str:
            return list(zip(self.ids(key), *(self.column(key, i) for i in at)))
        columns = _columns(listed)
        if columns is not None and all(i < len(columns) for i in at):
            return list(zip(columns[0], *(map(int, columns[i]) for i in at)))
        return [(parts[0], *(int(parts[i]) for i in at))
                for parts in (token.split(":") for token in listed.split(" "))]

    def column(self, key: str, at: int) -> list:
        """An entry's value at ``at`` (a quote's or mention's paragraph: 2; a mention's caption: 3)
        of each pair of ``key``'s list; [] for a key of ``ready`` (no entries)."""
        return [entry[at] for entry in self.entries(key)] if key in self.lists else []


_BRIEFING_ID = itemgetter(slice(0, 12))


def _told(key: str, ids: list[str], by_id: dict[str, Briefing]) -> list[tuple]:
    """A source's list of pairs: each of its briefings, as the summary that tells it."""
    return [(bid, Mention(key, -1, 0, 0, by_id[bid].article.summary, caption=True)) for bid in ids]


def _firsts(entries, limit: int) -> dict[str, tuple]:
    """Briefing id -> its first entry (or pair), of the first ``limit`` briefings."""
    chosen: dict[str, tuple] = {}
    for entry in entries:
        if entry[0] not in chosen:
            if len(chosen) == limit:
                break
            chosen[entry[0]] = entry
    return chosen


def _rebuilt(field: str, by_id: dict[str, Briefing], key: str, ids: list[str]) -> list:
    """``key``'s (briefing id, item) pairs made again from its briefings' extractions."""
    at = ("mentions", "entities", "quotes").index(field)
    pairs = []
    for bid in dict.fromkeys(ids):
        x = by_id[bid].extraction
        for entry in _adds(bid, x)[at].get(key, ()):
            item = getattr(x, field)[entry[1]]
            pairs.append((bid, item.role if field == "entities" else item))
    return pairs


class _MemoRows(Mapping):
    """A sealed link memo's lines by briefing id (``self.rows``): its keys and their order are the memo's, whatever a
    subclass makes of each line when it is first read."""

    rows: dict[str, str]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __contains__(self, bid: object) -> bool:
        return bid in self.rows

    __hash__ = None


class KeysMemo(_MemoRows):
    """Briefing id -> its entity keys, as a sealed link memo holds them (a line of space-separated keys
    for each briefing, ``cache._memo_as_written``): each briefing's frozenset is made when first read (an
    edit that names no one reads the edited briefing's). Its keys, their order and its values are those
    of the dict the memo's lines make."""

    def __init__(self, ids: list[str], lines: list[str]):
        if len(ids) != len(lines):
            raise ValueError("a line of keys for each briefing")
        self.rows = dict(zip(ids, lines))
        self.made: dict[str, frozenset] = {}

    def __getitem__(self, bid: str) -> frozenset:
        made = self.made.get(bid)
        if made is None:
            line = self.rows[bid]
            made = self.made[bid] = frozenset(line.split(" ")) if line else frozenset()
        return made


class RelatedMemo(_MemoRows):
    """Briefing id -> its related briefings, as a sealed link memo holds them (a line of ``[id, score,
    shared]`` lists in JSON for each briefing, ``cache._memo_as_written``): each briefing's tuple of
    ``Related`` is made when first read (a re-run reads a few of 10,000), or set by ``_relations`` for a
    briefing whose list it made again. Its keys, their order and its values are those of the dict the
    memo's lines make."""

    def __init__(self, ids: list[str], text: str, made: dict[str, tuple] | None = None,
                 rows: dict[str, str] | None = None):
        self.ids, self.text = ids, text  # the lines joined, as the memo holds them
        if rows is None:
            lines = text.split("\n") if ids else []
            if len(ids) != len(lines):
                raise ValueError("a line of related briefings for each briefing")
            rows = dict(zip(ids, lines))
        self.rows = rows
        self.made: dict[str, tuple] = {} if made is None else made

    def __getitem__(self, bid: str) -> tuple[Related, ...]:
        made = self.made.get(bid)
        if made is None:
            made = self.made[bid] = tuple([Related(other, score, tuple(shared))
                                           for other, score, shared in json.loads(self.rows[bid])])
        return made

    def __setitem__(self, bid: str, value: tuple[Related, ...]) -> None:
        if bid not in self.rows:  # a new key would change the order: never asked (``_relations``)
            raise KeyError(bid)
        self.made[bid] = value

    def copy(self) -> "RelatedMemo":
        """The same lists, set apart from this one's (the memo read stays as read)."""
        return RelatedMemo(self.ids, self.text, dict(self.made), self.rows)

    def line(self, bid: str) -> str:
        """A briefing's line as the memo holds it (JSON), or as written if set or made."""
        made = self.made.get(bid)
        return self.rows[bid] if made is None else _related_line(made)

    def relating_to(self, ids) -> Iterator[str]:
        """The briefings one of whose related briefings is in ``ids``, in order (none made): each id
        found in the memo's text (quoted, as only a related briefing's id is), its line counted."""
        text, made = self.text, self.made
        at = []
        for other in ids:
            needle = f'"{other}"'
            found = text.find(needle)
            while found >= 0:
                at.append(found)
                found = text.find(needle, found + len(needle))
        hits: set[str] = set()
        line = last = 0
        for found in sorted(at):
            line += text.count("\n", last, found)
            last = found
            hits.add(self.ids[line])
        for bid, items in made.items():  # set or made: as they are now
            if any(r.briefing in ids for r in items):
                hits.add(bid)
            else:
                hits.discard(bid)
        return (bid for bid in self.rows if bid in hits)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RelatedMemo) and other.rows is self.rows:
            # The same lists: only those made or set on either side can differ.
            return all(self[bid] == other[bid] for bid in self.made.keys() | other.made.keys())
        return Mapping.__eq__(self, other)

    __hash__ = None


def _related_line(items: tuple[Related, ...]) -> str:
    return json.dumps([[r.briefing, r.score, list(r.shared)] for r in items], separators=(",", ":"))


def relating(related: Mapping, ids) -> Iterator[str]:
    """The briefings one of whose related briefings is in ``ids``, in ``related``'s order."""
    if isinstance(related, RelatedMemo):
        return related.relating_to(ids)
    return (bid for bid, items in related.items() if any(r.briefing in ids for r in items))


def _kept_related(previous: LinkMemo, keys_of: dict[str, frozenset]) -> "dict | RelatedMemo":
    """The memo's related briefings of the briefings still linked, in its order: a copy of the memo's
    ``RelatedMemo`` (nothing made) when it holds exactly those briefings."""
    related = previous.related
    if isinstance(related, RelatedMemo) and (keys_of is previous.keys_of or related.rows.keys() == keys_of.keys()):
        return related.copy()
    return {bid: r for bid, r in related.items() if bid in keys_of}


def briefing_id(seed_name: str) -> str:
    """Stable across edits: derived from the seed's file name."""
    return hashlib.sha256(seed_name.encode("utf-8")).hexdigest()[:12]


def date_key(article: Article) -> date:
    return article.date or date.min


def slug_base(article: Article) -> str:
    """The slug an article asks for: its front matter's, else its date's and title's."""
    override = article.meta.get("slug")
    return slugify(str(override)) if override else \
        f"{article.date.isoformat() if article.date else 'undated'}-{slugify(article.title, 60)}"


def assign_slugs(articles: list[Article], bases: list[str | None] | None = None) -> dict[str, str]:
    """Seed name -> slug. A collision gives the later seeds (by file name) a suffix of
    their own id, so adding a seed never renames another seed's page. ``bases``: each article's
    ``slug_base`` where already known (else None: made here)."""
    wanted: dict[str, list[Article]] = defaultdict(list)
    for article, base in zip(articles, bases or [None] * len(articles)):
        wanted[base or slug_base(article)].append(article)
    slugs: dict[str, str] = {}
    for base, group in wanted.items():
        group.sort(key=lambda a: a.seed)
        for number, article in enumerate(group):
            slugs[article.seed] = base if number == 0 else f"{base}-{briefing_id(article.seed)[:6]}"
    return slugs


def _patched_slugs(analysed: list[tuple[Article, Extraction]], ids: list[str], bases: list[str], same: list[bool],
                   state: Linked) -> list[str] | None:
    """Each article's slug (``assign_slugs``'s), from last build's (``Linked.bases``, ``Linked.slugs``): a
    group of articles asking for the same slug is assigned again only if an article came to it, left it
    or changed (its slugs depend on who is in it, by file name). None if last build's are not known."""
    old, kept = state.bases, state.slugs
    if kept is None or old.keys() != state.versions.keys():
        return None
    affected = {old[bid] for bid in old.keys() - set(ids)}
    for bid, base, unchanged in zip(ids, bases, same):
        if not unchanged and old.get(bid) != base:
            affected.add(base)
            if bid in old:
                affected.add(old[bid])
    slugs = [kept.get(bid, base) for bid, base in zip(ids, bases)]
    if affected:
        groups: dict[str, list[int]] = defaultdict(list)
        for i, base in enumerate(bases):
            if base in affected:
                groups[base].append(i)
        for base, group in groups.items():
            group.sort(key=lambda i: analysed[i][0].seed)
            for number, i in enumerate(group):
                slugs[i] = base if number == 0 else f"{base}-{briefing_id(analysed[i][0].seed)[:6]}"
    return slugs


def _patched_order(made: dict[str, Briefing], same: list[bool], previous: "LinkMemo") -> dict[str, tuple] | None:
    """Briefing id -> its place in the site's order, in that order: the memo's (saved beside the state
    ``same`` is told by), the briefings whose analysis changed or came put at their places, those gone
    taken out. None if the memo does not hold exactly last build's briefings."""
    old = previous.sort_of
    places = {bid: (-date_key(b.article).toordinal(), b.article.title, bid)
              for (bid, b), unchanged in zip(made.items(), same) if not unchanged}
    kept = len(made) - len(places)
    gone = old.keys() - made.keys()
    if len(old) - len(gone) != kept + sum(1 for bid in places if bid in old):
        return None
    if not gone and all(old.get(bid) == place for bid, place in places.items()):
        return old  # the same places: the same order
    order = [bid for bid in old if bid not in places and bid not in gone]
    place_of = lambda bid: places.get(bid) or old[bid]  # noqa: E731
    for bid, place in sorted(places.items(), key=itemgetter(1)):
        order.insert(bisect_left(order, place, key=place_of), bid)
    return {bid: place_of(bid) for bid in order}


def link(analysed: list[tuple[Article, Extraction]], registry: Registry, previous: "LinkMemo | None" = None,
         versions: dict[str, str] | None = None, state: "Linked | None" = None,
         earlier: Callable[[str], Extraction | None] | None = None) -> Site:
    """All briefings together. ``previous``: the last build's ``Site.memo``, so that related
    briefings and co-occurrence are recomputed only where an edit can change them.

    ``versions``: seed -> the key of the analysis its extraction comes from (a build with a cache);
    ``state``: the last build's ``Site.linked``; ``earlier``: an analysis key -> last build's
    extraction of it (its summary), or None. With all three, what each briefing adds to each
    entity is last build's where its analysis is unchanged, patched with what the changed ones
    took away and add: only their extractions are read, not every briefing's."""
    diagnostics: list[Diagnostic] = []
    seeds = [a.seed for a, _ in analysed]
    now = [versions.get(seed, "") for seed in seeds] if versions else [""] * len(seeds)
    # A seed whose analysis is one last build linked (``Linked.versions``) is that briefing: its id, the
    # slug its article asks for and its place in the order are functions of its analysis, last build's.
    last = state.versions if state is not None and versions else {}
    last_id = {version: bid for bid, version in last.items() if version}
    ids = [last_id.get(version) or briefing_id(seed) for version, seed in zip(now, seeds)]
    same = [version in last_id for version in now]
    known = state.bases if last else {}
    bases = [(known.get(bid) if kept else None) or slug_base(a) for bid, kept, (a, _) in zip(ids, same, analysed)]
    slugs = _patched_slugs(analysed, ids, bases, same, state) if last else None
    if slugs is None:
        by_seed = assign_slugs([a for a, _ in analysed], bases)
        slugs = [by_seed[seed] for seed in seeds]
    made = {bid: Briefing(id=bid, slug=slug, article=a, extraction=x)
            for bid, slug, (a, x) in zip(ids, slugs, analysed)}

    # The site's order (newest first): last link's (its memo's), patched with the briefings whose analysis
    # changed, came or went, when that memo was saved beside ``state``; else sorted.
    paired = bool(last) and state.paired and previous is not None
    sort_of = _patched_order(made, same, previous) if paired else None
    if sort_of is None:
        briefings = sorted(made.values(), key=lambda b: (-date_key(b.article).toordinal(), b.article.title, b.id))
        sort_of = {b.id: (-date_key(b.article).toordinal(), b.article.title, b.id) for b in briefings}
    else:
        briefings = [made[bid] for bid in sort_of]
    by_id = {b.id: b for b in briefings}

    # Duplicates: the same headline and date twice is probably the same article twice (each later seed,
    # by file name, is told the first's).
    signatures = [(b.article.title.lower(), b.article.date) for b in briefings]
    twice = {signature for signature, count in Counter(signatures).items() if count > 1}
    alike: dict[tuple, list[str]] = defaultdict(list)
    for b, signature in zip(briefings, signatures) if twice else ():
        if signature in twice:
            alike[signature].append(b.article.seed)
    twins = [(seed, group[0]) for group in map(sorted, alike.values()) for seed in group[1:]]
    for seed, first in sorted(twins):
        diagnostics.append(Diagnostic("warning", seed, f"has the same headline and date as {first}",
                                      fix="delete one of the two seeds if they are the same article; both are built"))

    # What each briefing adds to each entity: its names, mentions, roles and quotes (``Linked``),
    # from last build's where a briefing's analysis is unchanged, else from its extraction.
    linked = _collected(briefings, sort_of, versions, state, earlier)
    linked.bases = dict(zip(ids, bases))
    linked.slugs = {bid: slug for bid, slug, base in zip(ids, slugs, bases) if slug != base}

    # Entities: registered ones as the registry has them; others by their most used name.
    entities: dict[str, Entity] = {}
    for key in sorted(linked.names):
        if key in registry.entities:
            entities[key] = registry.entities[key]
        else:
            counted = linked.names[key]
            name = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            entities[key] = Entity(key=key, kind=linked.kinds[key], slug=key.split("/", 1)[1], name=name,
                                   aliases=tuple(sorted(n for n in counted if n != name)), registered=False)

    source_of = sources(briefings, registry, entities)
    # A source names no one in the text: its "mention" is the briefing itself, told by its summary (made
    # when its list is first read: a re-run makes the pages of few sources).
    told: dict[str, list] = defaultdict(list)
    for bid, key in source_of.items():  # in the site's order
        told[key].append(bid)
    mentions = Listed(linked.mentions, "mentions", by_id,
                      pending={key: partial(_told, key, ids, by_id) for key, ids in told.items()})
    roles = Listed(linked.roles, "entities", by_id)
    quotes = Listed(linked.quotes, "quotes", by_id)

    # An unchanged briefing names the same keys as last build (its analysis fixes them): the memo's, if it
    # was saved beside the state that tells which are unchanged (``paired``; else of another build, maybe).
    kept = previous.keys_of if paired and linked.kept else {}
    if kept and sort_of is previous.sort_of:
        # The memo's, in its order: only the changed briefings' keys are made (the memo's all, if the same).
        fresh = {b.id: frozenset(r.key for r in b.extraction.entities) for b in briefings if b.id not in linked.kept}
        keys_of = kept if all(kept.get(bid) == keys for bid, keys in fresh.items()) else \
            {bid: fresh[bid] if bid in fresh else kept[bid] for bid in sort_of}
    else:
        keys_of = {b.id: kept[b.id] if b.id in linked.kept and b.id in kept
                   else frozenset(r.key for r in b.extraction.entities) for b in briefings}
    names_now = {k: e.name for k, e in entities.items()}
    # Every key a briefing names is one ``linked`` counts the names of.
    related, cooccurrence, related_kept = _relations(keys_of, sort_of, names_now, previous, linked.names.keys())
    # A source names no one, so its companions are counted apart (and never count for the others):
    # the memo's if every briefing names the entities it named (no related list made again: the same
    # keys and places), by the same names, and comes from the same source.
    sources_now = _sources_digest(source_of)
    if previous is not None and keys_of and len(related_kept) == len(keys_of) and previous.names == names_now \
            and previous.sources == sources_now:
        told_with = previous.told
    else:
        told_with = _source_cooccurrence(source_of, keys_of, names_now)
    memo = LinkMemo(keys_of, sort_of, names_now, related, cooccurrence, told_with, sources_now)
    # The companions that are the memo's own (kept, not counted again), but for a source's (counted apart).
    kept_companions = frozenset(k for k, v in cooccurrence.items() if previous is not None and k not in told_with
                                and not k.startswith("source/") and previous.cooccurrence.get(k) is v)
    cooccurrence = {**cooccurrence, **told_with}
    order = {b.id: i for i, b in enumerate(briefings)}

    events = sorted(((b.id, e) for b in briefings for e in b.extraction.events),
                    key=lambda item: (-item[1].date.toordinal(), order[item[0]], item[1].paragraph, item[1].text))

    return Site(
        briefings=tuple(briefings), entities=entities,
        mentions=mentions, roles=roles, quotes=quotes,
        related=related, cooccurrence=cooccurrence, events=tuple(events),
        diagnostics=tuple(diagnostics), by_id=by_id, source_of=source_of, memo=memo,
        linked=linked if linked.consistent else None, related_kept=related_kept, cooccurrence_kept=kept_companions,
    )


def source_key(name: str, outlets: dict[str, Entity]) -> str:
    """The key of the source page a briefing's ``source`` line belongs to ("" when it has none):
    a registered media organization's (by its name or any alias), else the name's own."""
    name = " ".join(name.split())
    if not name:
        return ""
    outlet = outlets.get(name)
    return f"source/{slugify((outlet or Entity('', '', '', name)).name)}"


def sources(briefings: list[Briefing], registry: Registry, entities: dict[str, Entity]) -> dict[str, str]:
    """Add a source entity for every outlet the briefings come from; briefing id -> its source key.
    A registered outlet is named as the registry names it ("Xinhua" -> "Xinhua News Agency"),
    with the registry's aliases and description; any other by its most used spelling."""
    outlets = registry.outlets()
    names: dict[str, Counter] = defaultdict(Counter)
    # Each source line once: thousands of briefings name a few outlets.
    lines = Counter(b.article.source for b in briefings)
    keys = {line: source_key(line, outlets) for line in lines}
    source_of = {b.id: key for b in briefings for key in (keys[b.article.source],) if key}
    for line, count in lines.items():
        if keys[line]:
            names[keys[line]][" ".join(line.split())] += count
    registered = {source_key(o.name, outlets): o for o in outlets.values()}
    for key in sorted(names):
        outlet = registered.get(key)
        if outlet:
            seen = set(names[key]) | set(outlet.aliases)
            entities[key] = Entity(key=key, kind="source", slug=key.split("/", 1)[1], name=outlet.name,
                                   aliases=tuple(sorted(seen - {outlet.name})), description=outlet.description,
                                   subkind=outlet.subkind)
        else:
            name = sorted(names[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            entities[key] = Entity(key=key, kind="source", slug=key.split("/", 1)[1], name=name,
                                   aliases=tuple(sorted(n for n in names[key] if n != name)), registered=False)
    return source_of


# Related briefings and co-occurrence: in full, or only where an edit changes them

RARE = 200  # an entity in more briefings is too common to tell related briefings apart
CROWDED = 400  # a briefing naming more entities says little about which go together
COOCCURRENCE_COUNT = 8  # companions kept per kind: an entity page lists them kind by kind


def _relations(keys_of: dict[str, frozenset], sort_of: dict[str, tuple], names: dict[str, str],
               previous: LinkMemo | None, held: "Collection[str] | None" = None) -> tuple[dict, dict, frozenset]:
    """Related briefings and co-occurrence, and the briefings whose related briefings are the
    ``previous`` memo's (not made again). ``held``: every key a briefing names, if known."""
    full = previous is None or (keys_of is not previous.keys_of and previous.keys_of.keys() != keys_of.keys())
    # Entities named otherwise than in the memo (or named first, or no more): a name is only a tie-break,
    # among the keys a briefing shares with another (``_related``'s ``shared``) and among an entity's
    # companions (``_best_per_kind``), so only what reads a renamed key's name is made again (below).
    renamed = [] if full else [k for k in previous.names.keys() | names.keys() if previous.names.get(k) != names.get(k)]
    if not full and not renamed and ((keys_of is previous.keys_of and sort_of is previous.sort_of) or all(
            previous.keys_of[bid] == keys and previous.sort_of[bid] == sort_of[bid] for bid, keys in keys_of.items())):
        # No briefing names other entities or stands elsewhere in the order than in the memo: every
        # related list and every count is the memo's (what the full path below gives when nothing
        # changed), without listing each entity's briefings. The same filters as below, the same order.
        if held is None:
            held = frozenset().union(*keys_of.values())
        related = _kept_related(previous, keys_of)
        return (related, {k: v for k, v in previous.cooccurrence.items() if k in held}, frozenset(related))
    total = max(len(keys_of), 1)
    holders: dict[str, list[str]] = defaultdict(list)
    for bid in sorted(keys_of, key=sort_of.__getitem__):
        for k in keys_of[bid]:
            holders[k].append(bid)
    weight = {k: math.log((1 + total) / (1 + len(ids))) + 0.05 for k, ids in holders.items()}

    if full:
        related_ids, key_changed = list(keys_of), None
    else:
        # Weights depend on the number of briefings: here it is the same, so an edit changes only
        # the weights (and rarity) of the keys it adds or drops, the scores of the briefings that
        # hold those keys, and, if the briefing moved in the order, tie-breaks of those sharing a key.
        changed = [bid for bid in keys_of if previous.keys_of[bid] != keys_of[bid]
                   or previous.sort_of[bid] != sort_of[bid]]
        key_changed = [bid for bid in changed if previous.keys_of[bid] != keys_of[bid]]
        delta: Counter = Counter()
        for bid in key_changed:
            delta.update(keys_of[bid] - previous.keys_of[bid])
            delta.subtract(previous.keys_of[bid] - keys_of[bid])
        affected = set(changed)
        # Every key one of them gained or dropped (even if another did the opposite), rare before or after.
        for k, d in delta.items():
            now = len(holders.get(k, ()))
            if min(now, now - d) <= RARE:
                affected.update(holders.get(k, ()))
        for bid in changed:
            if previous.sort_of[bid] != sort_of[bid]:
                for k in previous.keys_of[bid] | keys_of[bid]:
                    if len(holders.get(k, ())) <= RARE + len(changed):
                        affected.update(holders.get(k, ()))
        # A renamed key orders the shared keys of the briefings that hold it, if rare (else none shares it:
        # a key whose rarity changed is one of ``delta``'s, above).
        for k in renamed:
            if len(holders.get(k, ())) <= RARE:
                affected.update(holders.get(k, ()))
        related_ids = [bid for bid in affected if bid in keys_of]

    related = {} if full else _kept_related(previous, keys_of)
    kept = frozenset() if full else frozenset(related) - frozenset(related_ids)
    rare = {k: ids for k, ids in holders.items() if len(ids) <= RARE}
    for bid in related_ids:
        related[bid] = _related(bid, keys_of, sort_of, names, rare, weight)

    if full:
        cooccurrence = _cooccurrence(keys_of, holders, names, set(holders))
    else:
        touched = set()
        for bid in key_changed:
            touched |= previous.keys_of[bid] | keys_of[bid]
        # A renamed key orders the companions of every key beside it in a briefing (its briefings that
        # no longer hold it are ``key_changed``'s).
        for k in renamed:
            for bid in holders.get(k, ()):
                touched |= keys_of[bid]
        cooccurrence = {k: v for k, v in previous.cooccurrence.items() if k in holders and k not in touched}
        if touched:
            cooccurrence.update(_cooccurrence(keys_of, holders, names, touched & set(holders)))
            # In the full path's order (by key), whatever was counted again.
            cooccurrence = {k: cooccurrence[k] for k in sorted(cooccurrence)}
    return related, cooccurrence, kept


def _related(bid: str, keys_of: dict[str, frozenset], sort_of: dict[str, tuple], names: dict[str, str],
             rare: dict[str, list[str]], weight: dict[str, float]) -> tuple[Related, ...]:
    """The briefings sharing the rarest entities with this one: shared entities weighted by rarity."""
    scores: dict[str, float] = {}
    get = scores.get
    # Sorted, so that the sums are the same whatever the set order.
    mine = sorted(k for k in keys_of[bid] if k in rare)
    for k in mine:
        w = weight[k]
        for other in rare[k]:
            scores[other] = get(other, 0.0) + w
    scores.pop(bid, None)
    best = heapq.nsmallest(RELATED_COUNT, ((-round(score, 9), sort_of[o], o) for o, score in scores.items()))
    return tuple(
        Related(briefing=o, score=round(-negative, 4),
                shared=tuple(sorted((k for k in mine if k in keys_of[o]), key=lambda k: (-weight[k], names[k]))))
        for negative, _, o in best)


def _cooccurrence(keys_of: dict[str, frozenset], holders: dict[str, list[str]], names: dict[str, str],
                  wanted: set[str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each wanted key, the entities of each kind most often in the same briefings (how many briefings)."""
    # Counted over each wanted key's own briefings (each names a few dozen entities), not by
    # comparing it with every other entity: the same counts, in time with the briefings' entities
    # rather than with the square of the entities. The counts are listed in ``holders``' order,
    # as ``_best_per_kind`` breaks its ties by it.
    order = {k: i for i, k in enumerate(holders)}
    result = {}
    for k in sorted(wanted):
        counter: Counter = Counter()
        for bid in holders[k]:
            keys = keys_of[bid]
            if len(keys) <= CROWDED:
                counter.update(keys)
        counter.pop(k, None)
        if counter:
            result[k] = _best_per_kind(sorted(counter.items(), key=lambda kv: order[kv[0]]), names)
    return result


def _source_cooccurrence(source_of: dict[str, str], keys_of: dict[str, frozenset],
                         names: dict[str, str]) -> dict[str, tuple[tuple[str, int], ...]]:
    """For each source, the entities most often named in its briefings (how many briefings).
    Cheap enough to count in full every build: one pass over each briefing's entities."""
    # Each source's briefings' keys in one list, counted once: the same counts, each key first met
    # where a count per briefing would first meet it (``_best_per_kind`` breaks ties by that order).
    named: dict[str, list[str]] = defaultdict(list)
    for bid, source in source_of.items():
        keys = keys_of.get(bid, ())
        if len(keys) <= CROWDED:
            named[source].extend(keys)
    counts = {source: Counter(keys) for source, keys in named.items()}
    return {source: _best_per_kind(list(c.items()), names) for source, c in sorted(counts.items()) if c}


def _sources_digest(source_of: dict[str, str]) -> str:
    """Which briefing comes from which source, digested (in ``source_of``'s order: the site's)."""
    return hashlib.sha256("\n".join(map(" ".join, source_of.items())).encode("utf-8", "surrogateescape")).hexdigest()


def _best_per_kind(counts: list[tuple[str, int]], names: dict[str, str]) -> tuple[tuple[str, int], ...]:
    """The most shared briefings first, at most COOCCURRENCE_COUNT of each kind."""
    kept: Counter = Counter()
    best = []
    for other, n in sorted(counts, key=lambda kv: (-kv[1], names[kv[0]])):
        kind = other.split("/", 1)[0]
        if kept[kind] < COOCCURRENCE_COUNT:
            kept[kind] += 1
            best.append((other, n))
    return tuple(best)
