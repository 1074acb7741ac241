"""Render: the ``Site`` becomes Markdown pages and JSON exports, as text.

Templates live in ``templates/``. Every piece of seed text passes through
``md`` (Markdown-escaped text) or ``h`` (HTML-escaped text) on its way into a
page: seed text is data, never markup.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
from collections import defaultdict
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context

from . import urls
from .dates import display_date, display_month, iso_date
from .kinds import BY_NAME, KINDS, section_of
from .link import Site
from .model import Briefing, Diagnostic, Entity, Mention
from .text import clean, clean_data

HOME_INCLUDE = urls.HOME_INCLUDE
HOME_LATEST, HOME_TOP = 6, 8
# An entity page lists at most this many briefings, roles and quotes (the newest);
# data/entities.json has them all. Without a cap a common topic's page grows with the archive.
ENTITY_LIST_MAX = 50

# Escaping

_MD_ESCAPE = re.compile(r"([\\`*_{}\[\]])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;", ":": "&#58;"}
_ENTITY_CHARS = re.compile("[&<>|~^=:]")
# Block syntax at the start of a line: headings, quotes, lists, and Material's
# admonitions ("!!!") and details ("???"), which a backslash does not escape.
_LINE_START = re.compile(r"^(\s*)([#+\-*>]|\d+(?=[.)])|[!?])")
_LINE_START_ENTITIES = {"!": "&#33;", "?": "&#63;"}


def plain(text: object) -> str:
    """Text on one line: white space collapsed, control characters removed."""
    # (Python-Markdown also uses STX/ETX internally: they must never come from a seed.)
    return " ".join(clean(str(text)).split())


def md(text: object) -> str:
    """Seed text as literal Markdown text: no emphasis, links, HTML, code or blocks."""
    text = _MD_ESCAPE.sub(r"\\\1", plain(text))
    text = _ENTITY_CHARS.sub(lambda m: _ENTITIES[m.group(0)], text)
    # Block syntax only matters at the start of a line.
    match = _LINE_START.match(text)
    if match:
        token = match.group(2)
        if token in _LINE_START_ENTITIES:
            escaped = _LINE_START_ENTITIES[token]
        else:
            escaped = token + "\\" if token[0].isdigit() else "\\" + token
        text = text[:match.start(2)] + escaped + text[match.end(2):]
    return text


def h(text: object) -> str:
    """Seed text as literal HTML text, safe in element content and quoted attributes."""
    return html.escape(plain(text), quote=True)


def safe_url(url: str) -> str:
    """Only http(s) URLs leave the site; anything else is dropped."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return url.strip()


def linked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Escape text, turning the given (start, end, target) spans into links."""
    pieces = []
    position = 0
    for start, end, target in spans:
        pieces.append((text[position:start], False, ""))
        pieces.append((text[start:end], True, target))
        position = end
    pieces.append((text[position:], False, ""))
    result = []
    for piece, is_link, target in pieces:
        if not piece:
            continue
        escaped = md(piece)
        if is_link:
            escaped = f"[{escaped}]({target})"
        lead = " " if piece[:1].isspace() and result else ""
        tail = " " if piece[-1:].isspace() else ""
        result.append(lead + escaped + tail)
    return "".join(result).strip()


# libyaml's dumper is ten times faster than PyYAML's own, and escapes line separators.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def front_matter(data: dict) -> str:
    return "---\n" + yaml.dump(clean_data(data), Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n"


def json_lines(items: list) -> str:
    """A JSON array with one item per line: readable, diffable, and encoded by the C encoder
    (``indent`` would switch to the pure-Python one, the slowest part of a large build)."""
    return "[\n" + ",\n".join(json.dumps(clean_data(item), ensure_ascii=False, sort_keys=True) for item in items) + "\n]\n"


# Pages

# Pages that templates link to by name.
PATHS = {"briefings_index": urls.BRIEFINGS_INDEX, "entities_json": urls.ENTITIES_JSON}


class Renderer:
    """Renders pages. ``versions`` (seed name -> a key that changes whenever the seed's
    analysis does) lets ``plan`` give each page a fingerprint of everything it shows."""

    def __init__(self, site: Site, versions: dict[str, str] | None = None, use_directory_urls: bool = True):
        self.site = site
        self.use_directory_urls = use_directory_urls
        self.versions = versions or {}
        self.env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
                               undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters.update(md=md, h=h, url=safe_url)
        self.env.globals.update(entity_link=self.entity_link, briefing_link=self.briefing_link, link=self.link,
                                paths=PATHS, kinds=BY_NAME, display_date=display_date)

    # Links: relative to the page being rendered (the template's ``here``).

    def entity_path(self, key: str) -> str:
        entity = self.site.entities[key]
        return urls.entity_path(entity.kind, entity.slug)

    def briefing_path(self, briefing_id: str) -> str:
        return urls.briefing_path(self.site.by_id[briefing_id].slug)

    @pass_context
    def entity_link(self, context, key: str) -> str:
        return urls.relative(self.entity_path(key), context["here"])

    @pass_context
    def briefing_link(self, context, briefing_id: str) -> str:
        return urls.relative(self.briefing_path(briefing_id), context["here"])

    @pass_context
    def link(self, context, path: str) -> str:
        return urls.relative(path, context["here"])

    def render_all(self, diagnostics: list[Diagnostic], counts: dict) -> dict[str, str]:
        return {relative: make() for relative, _, make in self.plan(diagnostics, counts)}

    def plan(self, diagnostics: list[Diagnostic], counts: dict) -> Iterator[tuple[str, str | None, Callable[[], str]]]:
        """Every page as (path, fingerprint, render): a page whose fingerprint is the same as
        last time renders to the same bytes, so it need not be rendered. None: no fingerprint."""
        for briefing in self.site.briefings:
            yield (urls.briefing_path(briefing.slug), self.briefing_fingerprint(briefing),
                   lambda b=briefing: self.briefing(b))
        for entity in self.site.entities.values():
            context = self.entity_context(entity)
            yield (urls.entity_path(entity.kind, entity.slug), entity_fingerprint(context),
                   lambda e=entity, c=context: self.entity(e, c))
        yield urls.BRIEFINGS_INDEX, None, self.briefings_index
        for kind in KINDS:
            yield urls.index_path(kind.section), None, lambda s=kind.section, t=kind.title: self.section_index(s, t)
        yield urls.A_TO_Z_INDEX, None, self.a_to_z
        yield urls.TIMELINE_INDEX, None, self.timeline
        yield urls.REPORT_PAGE, None, lambda: self.report(diagnostics, counts)
        yield urls.BRIEFINGS_JSON, None, self.briefings_json
        yield urls.ENTITIES_JSON, None, self.entities_json
        yield HOME_INCLUDE, None, self.home

    def entity_summary(self, key: str) -> tuple:
        """What a link to an entity shows: its name and where its page is."""
        e = self.site.entities.get(key)
        return (key, e.name, e.kind, e.slug) if e else (key,)

    def briefing_fingerprint(self, b: Briefing) -> str | None:
        """The briefing page's inputs: its analysis, slug, the entities it links and its related briefings."""
        version = self.versions.get(b.article.seed)
        if version is None:
            return None
        x = b.extraction
        keys = {r.key for r in x.entities} | {m.key for m in x.mentions} | {q.speaker for q in x.quotes}
        related = []
        for r in self.site.related[b.id]:
            other = self.site.by_id[r.briefing]
            related.append((other.id, other.slug, other.article.title, other.article.date,
                            [self.entity_summary(k) for k in r.shared[:4]]))
        return _hash((version, b.id, b.slug, [self.entity_summary(k) for k in sorted(keys)], related))

    # Briefings

    def briefing_meta(self, b: Briefing) -> dict:
        a, x = b.article, b.extraction
        by_kind: dict[str, list[str]] = defaultdict(list)
        for ref in x.entities:
            by_kind[ref.kind].append(self.site.entities[ref.key].name)
        return {
            "title": a.title,
            "date": iso_date(a.date),
            "source": a.source,
            "author": a.author,
            "authors": list(a.authors),
            "original_url": a.original_url,
            "rights": a.rights,
            "boilerplate": list(a.boilerplate),
            "summary": a.summary,
            "description": a.summary[:300],
            "word_count": a.word_count,
            "reading_time": a.reading_time,
            "people": sorted(by_kind["person"]),
            "organizations": sorted(by_kind["organization"]),
            "places": sorted(by_kind["place"]),
            # Topics by how much the briefing says about them: the first chips are its subject.
            "topics": [self.site.entities[k].name for k in sorted(
                {r.key for r in x.entities if r.kind == "topic"},
                key=lambda k: (-sum(1 for m in x.mentions if m.key == k), self.site.entities[k].name))],
            "quotes": [{"speaker": self.site.entities[q.speaker].name, "text": q.text} for q in x.quotes],
            "seed": a.seed,
            "id": b.id,
        }

    def body(self, b: Briefing) -> list[dict]:
        """Paragraphs with the first body mention of each entity linked, and captions in place."""
        linked_keys: set[str] = set()
        by_paragraph: dict[int, list[Mention]] = defaultdict(list)
        for m in b.extraction.mentions:
            if not m.caption:
                by_paragraph[m.paragraph].append(m)
        blocks: list[dict] = []
        captions = defaultdict(list)
        for c in b.article.captions:
            captions[c.after].append(c)
        for c in captions.get(-1, []):
            blocks.append({"caption": c, "text": ""})
        for index, paragraph in enumerate(b.article.paragraphs):
            spans: list[tuple[int, int, str]] = []
            taken_until = -1
            for m in sorted(by_paragraph[index], key=lambda m: (m.start, -(m.end - m.start))):
                if m.start < taken_until or m.key in linked_keys or m.key not in self.site.entities:
                    taken_until = max(taken_until, m.end) if m.start < taken_until else taken_until
                    continue
                spans.append((m.start, m.end, urls.relative(self.entity_path(m.key), urls.briefing_path(b.slug))))
                linked_keys.add(m.key)
                taken_until = m.end
            blocks.append({"caption": None, "text": linked(paragraph, spans)})
            for c in captions.get(index, []):
                blocks.append({"caption": c, "text": ""})
        return blocks

    def briefing(self, b: Briefing) -> str:
        # The date as the theme shows it: the theme never formats a date itself.
        meta = {**self.briefing_meta(b), "display_date": display_date(b.article.date), "type": "briefing"}
        groups = []
        for kind in KINDS:
            refs = sorted((r for r in b.extraction.entities if r.kind == kind.name),
                          key=lambda r: self.site.entities[r.key].name)
            if refs:
                groups.append((kind.title, refs))
        return front_matter(meta) + self.env.get_template("briefing.md.j2").render(
            here=urls.briefing_path(b.slug), b=b, a=b.article, meta=meta, blocks=self.body(b), groups=groups,
            entities=self.site.entities, related=[(self.site.by_id[r.briefing], r) for r in self.site.related[b.id]])

    def briefings_index(self) -> str:
        months: dict[str, list[Briefing]] = defaultdict(list)
        for b in self.site.briefings:
            months[display_month(b.article.date)].append(b)
        return self.env.get_template("briefings_index.md.j2").render(here=urls.BRIEFINGS_INDEX, months=months.items(), count=len(self.site.briefings))

    # Entities

    @cached_property
    def _narrower(self) -> dict[str, list[Entity]]:
        narrower: dict[str, list[Entity]] = defaultdict(list)
        for x in self.site.entities.values():
            for key in dict.fromkeys(x.broader):
                narrower[key].append(x)
        return narrower

    @cached_property
    def _quotes_at(self) -> dict[tuple[str, int], list[str]]:
        """(briefing id, paragraph) -> the speakers of the quotes in it, one per quote."""
        at: dict[tuple[str, int], list[str]] = defaultdict(list)
        for key, items in self.site.quotes.items():
            if key in self.site.entities:
                for bid, q in items:
                    at[(bid, q.paragraph)].append(key)
        return at

    def entity_context(self, e: Entity) -> dict:
        """Everything an entity page shows (lists capped at ``ENTITY_LIST_MAX``, newest first)."""
        site = self.site
        mentions = site.mentions.get(e.key, ())
        first: dict[str, Mention] = {}
        for bid, m in mentions:
            first.setdefault(bid, m)
        briefings = [(site.by_id[bid], m) for bid, m in first.items()]
        briefings.sort(key=lambda item: (-(item[0].article.date or date.min).toordinal(), item[0].article.title))
        # Both lists are in the site's briefing order: newest first.
        roles = site.roles.get(e.key, ())
        quotes = site.quotes.get(e.key, ())
        quoted_on_topic = []
        if e.kind == "topic":
            # Quoted on the topic: the quote stands in a paragraph that mentions the topic.
            speakers: dict[str, int] = defaultdict(int)
            for place in {(bid, m.paragraph) for bid, m in mentions if not m.caption}:
                for key in self._quotes_at.get(place, ()):
                    speakers[key] += 1
            quoted_on_topic = sorted(speakers.items(), key=lambda kv: (-kv[1], site.entities[kv[0]].name))
        return {
            "e": e, "total": len(briefings), "briefings": briefings[:ENTITY_LIST_MAX],
            "roles": [(site.by_id[bid], role) for bid, role in roles[:ENTITY_LIST_MAX]],
            "more_roles": max(0, len(roles) - ENTITY_LIST_MAX),
            "quotes": [(site.by_id[bid], q) for bid, q in quotes[:ENTITY_LIST_MAX]],
            "more_quotes": max(0, len(quotes) - ENTITY_LIST_MAX),
            "together": site.cooccurrence.get(e.key, ()), "quoted_on_topic": quoted_on_topic,
            "broader": [site.entities[k] for k in e.broader if k in site.entities],
            "narrower": self._narrower.get(e.key, []),
            # Every name the page links, and where to.
            "links": [self.entity_summary(k) for k in (
                *(k for k, _ in site.cooccurrence.get(e.key, ())), *(k for k, _ in quoted_on_topic))],
        }

    def entity(self, e: Entity, context: dict | None = None) -> str:
        c = context or self.entity_context(e)
        meta = {
            "title": e.name,
            "description": e.description or f"{e.name}: every briefing that mentions {e.name}.",
            "kind": e.kind,
            # The kind's names as the theme shows them (generator/kinds.py is the one table).
            "kind_title": BY_NAME[e.kind].singular,
            "section": section_of(e.kind),
            "section_title": BY_NAME[e.kind].title,
            "aliases": list(e.aliases),
            "search": {"boost": 4},
            "mentions": c["total"],
            "type": "entity",
        }
        return front_matter(meta) + self.env.get_template("entity.md.j2").render(
            here=urls.entity_path(e.kind, e.slug), entities=self.site.entities, more_briefings=max(0, c["total"] - ENTITY_LIST_MAX), **c)

    @cached_property
    def _counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for key, items in self.site.mentions.items():
            counts[key] = len({bid for bid, _ in items})
        return counts

    def counts(self) -> dict[str, int]:
        return self._counts

    def section_index(self, section: str, title: str) -> str:
        counts = self.counts()
        members = sorted((e for e in self.site.entities.values() if section_of(e.kind) == section),
                         key=lambda e: (e.name.lower(), e.key))
        return self.env.get_template("section_index.md.j2").render(
            here=urls.index_path(section), title=title, letters=by_letter(members).items(), counts=counts, section=section, total=len(members))

    def a_to_z(self) -> str:
        counts = self.counts()
        members = sorted(self.site.entities.values(), key=lambda e: (e.name.lower(), e.key))
        return self.env.get_template("a_to_z.md.j2").render(here=urls.A_TO_Z_INDEX, letters=by_letter(members).items(), counts=counts,
                                                           total=len(members))

    def timeline(self) -> str:
        months: dict[str, list] = defaultdict(list)
        for bid, event in self.site.events:
            b = self.site.by_id[bid]
            keys = []
            for m in b.extraction.mentions:
                if not m.caption and m.paragraph == event.paragraph and m.sentence == event.text and m.key not in keys \
                        and not m.key.startswith("topic/"):
                    keys.append(m.key)
            months[display_month(event.date)].append((b, event, keys))
        archive: dict[str, int] = defaultdict(int)
        for b in self.site.briefings:
            archive[display_month(b.article.date)] += 1
        return self.env.get_template("timeline.md.j2").render(here=urls.TIMELINE_INDEX, months=months.items(), archive=archive.items(),
                                                             entities=self.site.entities)

    # Home

    def home(self) -> str:
        """The home page's generated part: latest briefings and the most-mentioned people and topics.

        docs/index.md stays hand-written and includes this file; its links are relative to
        the docs root because the text is inlined into index.md before Markdown runs.
        """
        counts = self.counts()

        def top(kind: str) -> list[tuple[Entity, int]]:
            members = [e for e in self.site.entities.values() if e.kind == kind and counts[e.key]]
            members.sort(key=lambda e: (-counts[e.key], e.name.lower()))
            return [(e, counts[e.key]) for e in members[:HOME_TOP]]

        return self.env.get_template("home.md.j2").render(
            here=urls.HOME_PAGE, latest=self.site.briefings[:HOME_LATEST], total=len(self.site.briefings),
            people=top("person"), topics=top("topic"))

    # Report and exports

    def report(self, diagnostics: list[Diagnostic], counts: dict) -> str:
        pages = [(b.article.seed, len(b.article.paragraphs), len(b.article.captions), *b.article.left_out)
                 for b in sorted(self.site.briefings, key=lambda b: b.article.seed) if b.article.left_out is not None]
        return self.env.get_template("report.md.j2").render(here=urls.REPORT_PAGE, diagnostics=diagnostics, counts=counts, pages=pages)

    def briefings_json(self) -> str:
        items = [{**self.briefing_meta(b), "slug": b.slug, "url": urls.page_url(urls.briefing_path(b.slug), self.use_directory_urls)} for b in self.site.briefings]
        return json_lines(items)

    def entities_json(self) -> str:
        items = []
        for e in sorted(self.site.entities.values(), key=lambda e: e.key):
            items.append({
                "key": e.key, "kind": e.kind, "name": e.name, "aliases": list(e.aliases), "subkind": e.subkind,
                "description": e.description, "registered": e.registered,
                "url": urls.page_url(urls.entity_path(e.kind, e.slug), self.use_directory_urls),
                "roles": [{"briefing": bid, "role": r} for bid, r in self.site.roles.get(e.key, ())],
                "quotes": [{"briefing": bid, "text": q.text} for bid, q in self.site.quotes.get(e.key, ())],
                # One mention per briefing (its first): every mention's sentence would make the
                # export grow with how often a name recurs, not with the archive.
                "mentions": [{"briefing": bid, "sentence": m.sentence} for bid, m in first_mentions(
                    self.site.mentions.get(e.key, ()))],
            })
        return json_lines(items)


def first_mentions(mentions) -> list:
    """(briefing id, mention) pairs: the first mention in each briefing, in order."""
    seen: set[str] = set()
    first = []
    for bid, m in mentions:
        if bid not in seen:
            seen.add(bid)
            first.append((bid, m))
    return first


def _hash(value: object) -> str:
    return hashlib.sha256(repr(value).encode("utf-8", "surrogateescape")).hexdigest()


def entity_fingerprint(c: dict) -> str:
    """An entity page's inputs, from its context: what it lists of each briefing, and the entities it links."""
    def brief(b: Briefing) -> tuple:
        return b.id, b.slug, b.article.title, b.article.date

    return _hash((
        repr(c["e"]), c["total"], c["more_roles"], c["more_quotes"],
        [(*brief(b), m.sentence) for b, m in c["briefings"]],
        [(*brief(b), role) for b, role in c["roles"]],
        [(*brief(b), q.text) for b, q in c["quotes"]],
        c["together"], c["quoted_on_topic"], c["links"],
        [repr(x) for x in c["broader"]], [repr(x) for x in c["narrower"]],
    ))


def by_letter(entities) -> dict[str, list[Entity]]:
    letters: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        first = e.name[:1].upper()
        letters[first if first.isascii() and first.isalpha() else "#"].append(e)
    return dict(sorted(letters.items(), key=lambda kv: (kv[0] == "#", kv[0])))


def render(site: Site, diagnostics: list[Diagnostic], counts: dict, use_directory_urls: bool = True) -> dict[str, str]:
    """Every page at once (small sites and tests); ``Renderer.plan`` renders one page at a time."""
    return Renderer(site, use_directory_urls=use_directory_urls).render_all(diagnostics, counts)
