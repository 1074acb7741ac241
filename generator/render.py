"""Render: the ``Site`` becomes Markdown pages and JSON exports, as text.

Templates live in ``templates/``. Every piece of seed text passes through
``md`` (Markdown-escaped text) or ``h`` (HTML-escaped text) on its way into a
page: seed text is data, never markup.
"""
from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .link import Site
from .model import Briefing, Diagnostic, Entity, Mention

SECTIONS = {"person": "people", "organization": "organizations", "place": "places", "topic": "topics"}
SECTION_TITLES = {"people": "People", "organizations": "Organizations", "places": "Places", "topics": "Topics"}
GENERATED_DIRS = ("briefings", "people", "organizations", "places", "topics", "timeline", "a-z", "data", "build-report",
                  "includes")
# Generated Markdown fragments that hand-written pages pull in with pymdownx.snippets
# (mkdocs.yml excludes the folder from the site, so they are never pages themselves).
HOME_INCLUDE = "includes/home.md"
HOME_LATEST, HOME_TOP = 6, 8

# Escaping

_MD_ESCAPE = re.compile(r"([\\`*_{}\[\]])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;", ":": "&#58;"}
_ENTITY_CHARS = re.compile("[&<>|~^=:]")
# Block syntax at the start of a line: headings, quotes, lists, and Material's
# admonitions ("!!!") and details ("???"), which a backslash does not escape.
_LINE_START = re.compile(r"^(\s*)([#+\-*>]|\d+(?=[.)])|[!?])")
_LINE_START_ENTITIES = {"!": "&#33;", "?": "&#63;"}
# Control characters are never text (Python-Markdown also uses STX/ETX internally).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def plain(text: object) -> str:
    """Text on one line: white space collapsed, control characters removed."""
    return " ".join(_CONTROL.sub("", str(text)).split())


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


def page_link(entity_or_section: str, slug: str) -> str:
    """Relative link between generated pages, which all sit one folder deep."""
    return f"../{entity_or_section}/{slug}.md"


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
    return "---\n" + yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000) + "---\n"


def json_lines(items: list) -> str:
    """A JSON array with one item per line: readable, diffable, and encoded by the C encoder
    (``indent`` would switch to the pure-Python one, the slowest part of a large build)."""
    return "[\n" + ",\n".join(json.dumps(item, ensure_ascii=False, sort_keys=True) for item in items) + "\n]\n"


# Pages


class Renderer:
    def __init__(self, site: Site):
        self.site = site
        self.env = Environment(loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
                               undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True,
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters.update(md=md, h=h, url=safe_url)
        self.env.globals.update(entity_link=self.entity_link, briefing_link=self.briefing_link,
                                section_of=lambda e: SECTIONS[e.kind], format_date=format_date)

    def entity_link(self, key: str) -> str:
        entity = self.site.entities[key]
        return page_link(SECTIONS[entity.kind], entity.slug)

    def briefing_link(self, briefing_id: str) -> str:
        return page_link("briefings", self.site.by_id[briefing_id].slug)

    def render_all(self, diagnostics: list[Diagnostic], counts: dict) -> dict[str, str]:
        pages: dict[str, str] = {}
        for briefing in self.site.briefings:
            pages[f"briefings/{briefing.slug}.md"] = self.briefing(briefing)
        for entity in self.site.entities.values():
            pages[f"{SECTIONS[entity.kind]}/{entity.slug}.md"] = self.entity(entity)
        pages["briefings/index.md"] = self.briefings_index()
        for section, title in SECTION_TITLES.items():
            pages[f"{section}/index.md"] = self.section_index(section, title)
        pages["a-z/index.md"] = self.a_to_z()
        pages["timeline/index.md"] = self.timeline()
        pages["build-report/index.md"] = self.report(diagnostics, counts)
        pages["data/briefings.json"] = self.briefings_json()
        pages["data/entities.json"] = self.entities_json()
        pages[HOME_INCLUDE] = self.home()
        return pages

    # Briefings

    def briefing_meta(self, b: Briefing) -> dict:
        a, x = b.article, b.extraction
        by_kind: dict[str, list[str]] = defaultdict(list)
        for ref in x.entities:
            by_kind[ref.kind].append(self.site.entities[ref.key].name)
        return {
            "title": a.title,
            "date": a.date.isoformat() if a.date else "undated",
            "source": a.source,
            "author": a.author,
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
                spans.append((m.start, m.end, self.entity_link(m.key)))
                linked_keys.add(m.key)
                taken_until = m.end
            blocks.append({"caption": None, "text": linked(paragraph, spans)})
            for c in captions.get(index, []):
                blocks.append({"caption": c, "text": ""})
        return blocks

    def briefing(self, b: Briefing) -> str:
        meta = self.briefing_meta(b)
        groups = []
        for kind, label in (("person", "People"), ("organization", "Organizations"), ("place", "Places"), ("topic", "Topics")):
            refs = sorted((r for r in b.extraction.entities if r.kind == kind), key=lambda r: self.site.entities[r.key].name)
            if refs:
                groups.append((label, refs))
        return front_matter(meta) + self.env.get_template("briefing.md.j2").render(
            b=b, a=b.article, meta=meta, blocks=self.body(b), groups=groups,
            entities=self.site.entities, related=[(self.site.by_id[r.briefing], r) for r in self.site.related[b.id]])

    def briefings_index(self) -> str:
        months: dict[str, list[Briefing]] = defaultdict(list)
        for b in self.site.briefings:
            months[b.article.date.strftime("%B %Y") if b.article.date else "Undated"].append(b)
        return self.env.get_template("briefings_index.md.j2").render(months=months.items(), count=len(self.site.briefings))

    # Entities

    def entity(self, e: Entity) -> str:
        site = self.site
        mentions = site.mentions.get(e.key, ())
        first: dict[str, Mention] = {}
        for bid, m in mentions:
            first.setdefault(bid, m)
        briefings = [(site.by_id[bid], m) for bid, m in first.items()]
        briefings.sort(key=lambda item: (-(item[0].article.date or date.min).toordinal(), item[0].article.title))
        roles = [(site.by_id[bid], role) for bid, role in site.roles.get(e.key, ())]
        quotes = [(site.by_id[bid], q) for bid, q in site.quotes.get(e.key, ())]
        quoted_on_topic = []
        if e.kind == "topic":
            # Quoted on the topic: the quote stands in a paragraph that mentions the topic.
            paragraphs = {(bid, m.paragraph) for bid, m in mentions if not m.caption}
            speakers: dict[str, int] = defaultdict(int)
            for key, items in site.quotes.items():
                for bid, q in items:
                    if (bid, q.paragraph) in paragraphs and key in site.entities:
                        speakers[key] += 1
            quoted_on_topic = sorted(speakers.items(), key=lambda kv: (-kv[1], site.entities[kv[0]].name))
        narrower = [x for x in site.entities.values() if e.key in x.broader]
        meta = {
            "title": e.name,
            "description": e.description or f"{e.name}: every briefing that mentions {e.name}.",
            "kind": e.kind,
            "aliases": list(e.aliases),
            "search": {"boost": 4},
            "mentions": len(briefings),
        }
        return front_matter(meta) + self.env.get_template("entity.md.j2").render(
            e=e, briefings=briefings, roles=roles, quotes=quotes, entities=site.entities,
            together=site.cooccurrence.get(e.key, ()), quoted_on_topic=quoted_on_topic,
            broader=[site.entities[k] for k in e.broader if k in site.entities], narrower=narrower)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for key, items in self.site.mentions.items():
            counts[key] = len({bid for bid, _ in items})
        return counts

    def section_index(self, section: str, title: str) -> str:
        counts = self.counts()
        members = sorted((e for e in self.site.entities.values() if SECTIONS[e.kind] == section),
                         key=lambda e: (e.name.lower(), e.key))
        return self.env.get_template("section_index.md.j2").render(
            title=title, letters=by_letter(members).items(), counts=counts, section=section, total=len(members))

    def a_to_z(self) -> str:
        counts = self.counts()
        members = sorted(self.site.entities.values(), key=lambda e: (e.name.lower(), e.key))
        return self.env.get_template("a_to_z.md.j2").render(letters=by_letter(members).items(), counts=counts,
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
            months[event.date.strftime("%B %Y")].append((b, event, keys))
        archive: dict[str, int] = defaultdict(int)
        for b in self.site.briefings:
            archive[b.article.date.strftime("%B %Y") if b.article.date else "Undated"] += 1
        return self.env.get_template("timeline.md.j2").render(months=months.items(), archive=archive.items(),
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
            latest=self.site.briefings[:HOME_LATEST], total=len(self.site.briefings),
            people=top("person"), topics=top("topic"))

    # Report and exports

    def report(self, diagnostics: list[Diagnostic], counts: dict) -> str:
        return self.env.get_template("report.md.j2").render(diagnostics=diagnostics, counts=counts)

    def briefings_json(self) -> str:
        items = [{**self.briefing_meta(b), "slug": b.slug, "url": f"briefings/{b.slug}/"} for b in self.site.briefings]
        return json_lines(items)

    def entities_json(self) -> str:
        items = []
        for e in sorted(self.site.entities.values(), key=lambda e: e.key):
            items.append({
                "key": e.key, "kind": e.kind, "name": e.name, "aliases": list(e.aliases), "subkind": e.subkind,
                "description": e.description, "registered": e.registered,
                "url": f"{SECTIONS[e.kind]}/{e.slug}/",
                "roles": [{"briefing": bid, "role": r} for bid, r in self.site.roles.get(e.key, ())],
                "quotes": [{"briefing": bid, "text": q.text} for bid, q in self.site.quotes.get(e.key, ())],
                "mentions": [{"briefing": bid, "sentence": m.sentence} for bid, m in self.site.mentions.get(e.key, ())],
            })
        return json_lines(items)


def by_letter(entities) -> dict[str, list[Entity]]:
    letters: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        first = e.name[:1].upper()
        letters[first if first.isascii() and first.isalpha() else "#"].append(e)
    return dict(sorted(letters.items(), key=lambda kv: (kv[0] == "#", kv[0])))


def format_date(value: date | None) -> str:
    return f"{value:%B} {value.day}, {value.year}" if value else "Undated"


def render(site: Site, diagnostics: list[Diagnostic], counts: dict) -> dict[str, str]:
    return Renderer(site).render_all(diagnostics, counts)
