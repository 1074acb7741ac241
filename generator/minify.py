"""Minify: the published site's repeated weight, trimmed without changing what a reader sees.

GitHub Pages publishes at most 1 GB per site, and every page repeats Material's chrome (header,
tabs, navigation drawer, footer), laid out by templates that indent for their own readability:
about a tenth of every page is indentation and blank lines (``bench/size.py`` measures it).

- ``html``: every run of white space that holds a line break becomes one line break. In HTML
  text any run of white space renders as one space, so the page looks and reads the same; the
  content of ``pre``, ``textarea``, ``script`` and ``style`` is left exactly as it is.
- ``unused_theme_files``: Material's whole-archive search (its worker and the lunr language
  files) when Pagefind searches instead, and the theme's source maps (for debugging the theme's
  own sources, which the site does not ship).
"""
from __future__ import annotations

import re
from pathlib import Path

# White space to keep as it is: preformatted text, form fields, scripts and styles.
_KEEP = re.compile(r"<(pre|textarea|script|style)\b.*?</\1\s*>", re.S | re.I)
_BREAK = re.compile(r"[ \t\r\f\v]*\n\s*")


def html(text: str) -> str:
    """The page with each run of white space that holds a line break cut to one line break."""
    pieces = []
    position = 0
    for kept in _KEEP.finditer(text):
        pieces.append(_BREAK.sub("\n", text[position:kept.start()]))
        pieces.append(kept.group(0))
        position = kept.end()
    pieces.append(_BREAK.sub("\n", text[position:]))
    # (White space before the doctype is not part of the document.)
    return "".join(pieces).lstrip()


# Theme files the site never loads, relative to the site folder.
SOURCE_MAPS = "assets/**/*.map"
LUNR = ("assets/javascripts/lunr", "assets/javascripts/workers")


def unused_theme_files(site: Path, pagefind: bool) -> list[Path]:
    """Files of Material's that no page of this site loads (see the module's docstring)."""
    found = sorted(site.glob(SOURCE_MAPS))
    if pagefind:
        for folder in LUNR:
            found += sorted(p for p in (site / folder).rglob("*") if p.is_file() and p not in found)
    return found
