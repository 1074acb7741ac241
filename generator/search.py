"""Search: the search page and the Pagefind index of the built site.

Pagefind reads the built HTML and writes a chunked static index to ``site/pagefind/``: a query
downloads the index chunks for its words and the fragments of the results it shows, never the
whole archive. What it indexes, and how, is written by the theme (``overrides/main.html`` and
``overrides/partials/search-fields.html``): only pages marked ``data-pagefind-body`` (index lists
carry ``search: exclude: true`` and are left out), filters and weights on each page.

It writes two bundles, because the index chunk of a common word holds its every position on
every page and so grows with the archive (the two chunks of "export controls" are 86 KB at 2,000
briefings): ``pagefind/``, the engine with the index of the entity pages only (their names,
aliases and descriptions: 34 KB at 1,000 briefings, growing with the entity pages, not the
briefings), and ``pagefind/text/``, the index of every other page (briefings and hand-written
pages). The search page (``docs/javascripts/search.js``) fetches the names index as it opens and
asks it first, so the first result of a name or a topic waits for one excerpt, then merges the
full text in (Pagefind's ``mergeIndex``: the same engine and WebAssembly, only the text bundle's
table of contents and chunks are fetched). A page is in one bundle only, so merged results hold
no page twice.

The full text is itself split by age, because its chunks still grow with the archive (the whole
first query for "export controls" was 245 KiB at 2,000 briefings, about 470 KiB at 10,000):
``pagefind/text/`` holds every page but the briefings, and the newest ``TEXT_BRIEFINGS``
briefings; ``pagefind/text-1/``, ``pagefind/text-2/``, ... the next ones, older and older, undated
briefings last. The search page merges ``text/`` for a first query, so what it fetches stays the
same as the archive grows, and merges the older bundles one at a time when the reader asks for
more results than the merged ones hold. ``pagefind/text/older.json`` lists the older bundles,
newest first.

Filters do not merge every bundle: ``pagefind/text/filters.json`` holds the filter lists with
their counts over every page (the search page's lists, which Pagefind would count only after
merging every bundle) and, for each full-text bundle, the values its pages have. A filtered query
merges ``text/`` and, when no merged bundle has the chosen values, the newest one that has; older
ones follow when the reader asks for more, skipping those without the values (a year lives in one
or two bundles). So a filtered query fetches about what an unfiltered one does.
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from .kinds import KINDS

# The search page's address (``search/``) and the folder of Pagefind's bundle in the site.
SEARCH_PAGE = "search.md"
BUNDLE = "pagefind"
# The full text of the pages that are not entity pages, merged in by the search page.
TEXT_BUNDLE = BUNDLE + "/text"
# Briefings per full-text bundle: the first query fetches the chunks of the newest this many (and
# the other pages), whatever the archive's size. 500 keeps a common phrase's first query near
# 200 KiB (it was 217 KiB at 1,000 briefings in one bundle) and makes 20 Pagefind runs at 10,000.
TEXT_BRIEFINGS = 500
# The folder of the briefings, whose pages are named by their date (``2025-03-01-slug``) or not
# (``undated-slug``: the oldest, as far as the reader can tell).
BRIEFINGS = "briefings"
_DATED = re.compile(r"\d{4}-\d{2}-\d{2}")
# The list of the older bundles, in the newest one: search.js merges them in this order.
OLDER = "older.json"
# The filter lists and each full-text bundle's filter values, in the newest one (search.js).
FILTERS = "filters.json"
# A filter as overrides/partials/search-fields.html writes it (a value is escaped text).
_FILTER = re.compile(rb'<span data-pagefind-filter="([a-z]+)">([^<]*)</span>')
# Pagefind indexes only the pages marked so (overrides/main.html) when any page is.
_INDEXED = b"data-pagefind-body"
# The folders of the entity pages: the names bundle's pages.
NAME_SECTIONS = tuple(k.section for k in KINDS)
# Material's whole-archive index, which the Pagefind search replaces.
LUNR_INDEX = Path("search") / "search_index.json"
# Pagefind's own ready-made interfaces, which it always writes: our search page (search.js) loads
# only the engine (pagefind.js, its worker and WebAssembly) and the index.
UNUSED = ("pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*", "pagefind-highlight.js")
# The text bundle's own engine: a merged index is searched by the names bundle's engine.
UNUSED_IN_TEXT = ("pagefind.js", "pagefind-worker.js", "wasm.*")

_PAGE = """\
---
title: Search
description: Search the briefings, people, organizations, places and topics.
template: search.html
search:
  exclude: true
hide:
  - navigation
  - toc
---

# Search
"""


def search_page(config) -> File:
    """The search page, made in memory: its markup is the theme's ``search.html`` template."""
    page = File.generated(config, SEARCH_PAGE, content=_PAGE)
    page.inclusion = InclusionLevel.NOT_IN_NAV
    return page


def pagefind_executable() -> Path:
    try:
        from pagefind_bin import get_executable
    except ImportError as error:
        raise PluginError("briefings: the search index needs Pagefind, which is not installed "
                          "(fix: pip install 'pagefind[bin]', or set the plugin's `pagefind: false`)") from error
    return get_executable()


def text_glob(site_dir: Path) -> str:
    """The pages of the text bundle: every top-level file and folder of the site but the entity
    sections (and the bundle itself). Pagefind's globs cannot exclude, so the rest is listed."""
    parts = []
    for path in sorted(site_dir.iterdir()):
        if path.is_dir() and path.name not in (*NAME_SECTIONS, BUNDLE):
            parts.append(f"{path.name}/**/*.html")
        elif path.is_file() and path.suffix == ".html":
            parts.append(path.name)
    return "{" + ",".join(parts) + "}"


def briefings_by_age(site_dir: Path) -> list[str]:
    """The briefings' folders, newest first and undated ones last: the order in which the search
    page merges their full text."""
    folder = site_dir / BRIEFINGS
    names = [p.name for p in folder.iterdir() if (p / "index.html").is_file()] if folder.is_dir() else []
    dated = sorted((n for n in names if _DATED.match(n)), reverse=True)
    return dated + sorted(n for n in names if not _DATED.match(n))


def _older_groups(site_dir: Path, per_bundle: int | None = None) -> list[list[str]]:
    """The briefings' folder names of each older full-text bundle, newest first."""
    per_bundle = per_bundle or TEXT_BRIEFINGS
    briefings = briefings_by_age(site_dir)
    return [briefings[i:i + per_bundle] for i in range(per_bundle, len(briefings), per_bundle)]


def text_globs(site_dir: Path, per_bundle: int | None = None) -> list[str]:
    """The globs of the full-text bundles, newest first: the first one is ``text_glob`` with only
    the newest ``per_bundle`` briefings, each next one the next ``per_bundle``. A site with fewer
    briefings has one bundle, ``text_glob`` itself."""
    per_bundle = per_bundle or TEXT_BRIEFINGS
    briefings = briefings_by_age(site_dir)
    if len(briefings) <= per_bundle:
        return [text_glob(site_dir)]
    groups = [briefings[i:i + per_bundle] for i in range(0, len(briefings), per_bundle)]
    pages = [f"{BRIEFINGS}/{name}/index.html" for name in groups[0]]
    globs = ["{" + ",".join([p for p in text_glob(site_dir)[1:-1].split(",") if not p.startswith(BRIEFINGS + "/")]
                            + pages) + "}"]
    globs += ["{" + ",".join(f"{BRIEFINGS}/{name}/index.html" for name in group) + "}" for group in groups[1:]]
    return globs


def filter_values(site_dir: Path, older: list[list[str]]) -> dict:
    """The filter lists and their counts over every indexed page (``counts``), and the values of
    each full-text bundle's pages (``bundles``: ``text/`` and the older ones, named as in
    ``older.json``): what the search page needs to show its filter lists and to merge only the
    bundles that can answer a filtered query, without merging every bundle to ask Pagefind.
    ``older``: the briefings' folder names of each older bundle, newest first."""
    bundle_of = {name: f"{TEXT_BUNDLE.removeprefix(BUNDLE + '/')}-{number}/"
                 for number, group in enumerate(older, start=1) for name in group}
    counts: dict[str, dict[str, int]] = {}
    bundles: dict[str, dict[str, set]] = {"text/": {}, **{name: {} for name in dict.fromkeys(bundle_of.values())}}
    for path in sorted(site_dir.rglob("*.html")):
        parts = path.relative_to(site_dir).parts
        if parts[0] == BUNDLE:
            continue
        data = path.read_bytes()
        if _INDEXED not in data:
            continue
        found = {(name.decode(), html.unescape(value.decode("utf-8", "replace")))
                 for name, value in _FILTER.findall(data)}
        names = parts[0] in NAME_SECTIONS
        where = None if names else bundle_of.get(parts[1] if parts[0] == BRIEFINGS and len(parts) > 2 else "", "text/")
        for name, value in found:
            counts.setdefault(name, {}).setdefault(value, 0)
            counts[name][value] += 1
            if where:
                bundles[where].setdefault(name, set()).add(value)
    return {"counts": {name: dict(sorted(values.items())) for name, values in sorted(counts.items())},
            "bundles": {where: {name: sorted(values) for name, values in sorted(held.items())}
                        for where, held in bundles.items()}}


def _pagefind(site_dir: Path, subdir: str, glob: str, background: bool = False) -> str:
    command = [str(pagefind_executable()), "--site", str(site_dir), "--output-subdir", subdir,
               "--glob", glob, "--quiet"]
    if background and shutil.which("nice"):
        command = ["nice", "-n", "10", *command]  # under `mkdocs serve`: the next edit's rebuild first
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"briefings: Pagefind could not index {site_dir}:\n{result.stderr or result.stdout}")
    return (result.stdout + result.stderr).strip()


def index_site(site_dir: Path, background: bool = False, per_bundle: int | None = None) -> str:
    """Run Pagefind over the built site: the names bundle, then the text bundle inside it (a
    Pagefind run leaves files it did not write alone). A site without entity pages (a new
    project) gets one bundle of every page, as search.js expects when there is no text bundle.
    Returns Pagefind's summary. Raises PluginError on failure.

    ``background``: at a low priority (``nice``), so that under ``mkdocs serve`` the next edit's
    rebuild is not slowed by the index of the last one. ``per_bundle``: briefings per full-text
    bundle (``TEXT_BRIEFINGS``; tests make it small)."""
    bundle = site_dir / BUNDLE
    for old in bundle.glob("text-*"):  # an earlier run's, under `mkdocs serve`
        shutil.rmtree(old)
    older = []
    try:
        summaries = [_pagefind(site_dir, BUNDLE, "{" + ",".join(f"{s}/**/*.html" for s in NAME_SECTIONS) + "}",
                               background)]
    except PluginError:  # no entity page to index
        shutil.rmtree(site_dir / TEXT_BUNDLE, ignore_errors=True)  # an earlier run's, under `mkdocs serve`
        summaries = [_pagefind(site_dir, BUNDLE, "**/*.html", background)]
    else:
        globs = text_globs(site_dir, per_bundle)
        summaries.append(_pagefind(site_dir, TEXT_BUNDLE, globs[0], background))
        for number, glob in enumerate(globs[1:], start=1):
            older.append(f"{TEXT_BUNDLE}-{number}")
            summaries.append(_pagefind(site_dir, older[-1], glob, background))
        (site_dir / TEXT_BUNDLE / OLDER).write_text(
            json.dumps([name.removeprefix(BUNDLE + "/") + "/" for name in older]) + "\n", encoding="utf-8")
        groups = _older_groups(site_dir, per_bundle)
        (site_dir / TEXT_BUNDLE / FILTERS).write_text(
            json.dumps(filter_values(site_dir, groups), ensure_ascii=False, separators=(",", ":")) + "\n",
            encoding="utf-8")
    # A build into a folder that held an earlier Material build must not ship its old index.
    (site_dir / LUNR_INDEX).unlink(missing_ok=True)
    text_bundles = [site_dir / name for name in (TEXT_BUNDLE, *older)]
    for folder, patterns in ((bundle, UNUSED), *((folder, UNUSED + UNUSED_IN_TEXT) for folder in text_bundles)):
        for pattern in patterns:
            for path in folder.glob(pattern):
                path.unlink()
    return "\n".join(summary for summary in summaries if summary)
