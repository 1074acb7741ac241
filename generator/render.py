"""Render: each page's model (``pages.py``) becomes Markdown or JSON text.

Render only picks a page's template and lays its model out; everything a page shows is
decided in ``pages``. Templates live in ``templates/``. Every piece of seed text passes through
``md`` (Markdown-escaped text) or ``h`` (HTML-escaped text) on its way into a
page: seed text is data, never markup.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from . import charts
from .link import Site
from .model import Diagnostic
from .pages import JsonPage, Page, Pages
from .text import clean, clean_data, escape

TEMPLATES = Path(__file__).parent / "templates"

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
    # The same names, titles and labels are escaped on page after page: each string once.
    return _md(text) if type(text) is str else _md(str(text))


@lru_cache(maxsize=4096)  # the names and labels in use: few; a page's own sentences are seen once
def _md(text: str) -> str:
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
    return escape(plain(text))


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
    (``indent`` would switch to the pure-Python one, the slowest part of a large build). No
    space after "," and ":": a twentieth of the exports, which every build publishes (issue 15)."""
    return json_joined(map(json_line, items))


def json_line(item: dict) -> str:
    """One item of a ``json_lines`` array, as its line shows it (without the "," between lines)."""
    return json.dumps(clean_data(item), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def json_joined(lines: Iterable[str]) -> str:
    """``json_lines``' text from its items' lines."""
    return "[\n" + ",\n".join(lines) + "\n]\n"


def json_joined_bytes(lines: Iterable[bytes]) -> bytes:
    """``json_joined``'s text, UTF-8 encoded, from its lines' bytes."""
    return b"".join((b"[\n", b",\n".join(lines), b"\n]\n"))


def json_split(text: "str | bytes") -> "list[str] | list[bytes] | None":
    """The lines of ``json_joined``'s text (or of its UTF-8 bytes), or None for text of another
    shape. A line holds no line break (the encoder escapes them), so ",\\n" is only ever between
    two lines (nor is any byte of a UTF-8 character below 0x80 but the character's own)."""
    start, between, end = ("[\n", ",\n", "\n]\n") if type(text) is str else (b"[\n", b",\n", b"\n]\n")
    if not (text.startswith(start) and text.endswith(end)):
        return None
    body = text[2:-3]
    return body.split(between) if body else []


# Pages


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined, autoescape=False,
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(md=md, h=h, url=safe_url, linked=linked)
    # Charts: our own SVG markup (every label in it escaped by charts.py), included as it is.
    env.filters.update(bar_chart=charts.bar_chart, relation_map=charts.relation_map, network=charts.network)
    return env


@lru_cache(maxsize=None)
def template_digest(name: str) -> str:
    """The template's source: part of every fingerprint of a page it lays out."""
    return hashlib.sha256((TEMPLATES / name).read_bytes()).hexdigest() if name != "json" else "json"


def fingerprint(page: Page, *inputs) -> str:
    """A page's fingerprint: its model and its template's source (and, for a page fingerprinted
    from an outline of its model, the inputs that stand for the rest). Equal fingerprints, equal bytes."""
    extra = f"\0{inputs!r}" if inputs else ""
    return hashlib.sha256(f"{template_digest(page.template)}\0{page!r}{extra}".encode("utf-8", "surrogateescape")).hexdigest()


def stamped(template: str, stamp: str) -> str:
    """A page's fingerprint from its stamp (``stamps.py``: what its model is made from) instead of
    its model, which a page left as it was need not build."""
    return hashlib.sha256(f"{template_digest(template)}\0stamp\0{stamp}".encode()).hexdigest()


class Renderer:
    """Lays out page models with their templates."""

    def __init__(self):
        self.env = environment()
        # Each template loaded once a build: Jinja's own cache checks the file's time on every page.
        self.templates: dict = {}

    def render(self, page: Page) -> str:
        if isinstance(page, JsonPage):
            return json_lines(list(page.items))
        template = self.templates.get(page.template)
        if template is None:
            template = self.templates[page.template] = self.env.get_template(page.template)
        text = template.render(page=page)
        meta = getattr(page, "meta", None)
        return front_matter(meta) + text if meta is not None else text

    def plan(self, pages: Iterable[Page]) -> Iterator[tuple[str, str, Callable[[], str]]]:
        """Every page as (path, fingerprint, render): a page whose fingerprint is the same as
        last time renders to the same bytes, so it need not be rendered."""
        for page in pages:
            yield page.path, fingerprint(page), lambda p=page: self.render(p)


def render(site: Site, diagnostics: list[Diagnostic], counts: dict, use_directory_urls: bool = True) -> dict[str, str]:
    """Every page at once (small sites and tests); ``Renderer.plan`` renders one page at a time."""
    renderer = Renderer()
    return {page.path: renderer.render(page) for page in Pages(site, use_directory_urls).all(diagnostics, counts)}
