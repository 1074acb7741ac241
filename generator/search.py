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
"""
from __future__ import annotations

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


def _pagefind(site_dir: Path, subdir: str, glob: str, background: bool = False) -> str:
    command = [str(pagefind_executable()), "--site", str(site_dir), "--output-subdir", subdir,
               "--glob", glob, "--quiet"]
    if background and shutil.which("nice"):
        command = ["nice", "-n", "10", *command]  # under `mkdocs serve`: the next edit's rebuild first
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"briefings: Pagefind could not index {site_dir}:\n{result.stderr or result.stdout}")
    return (result.stdout + result.stderr).strip()


def index_site(site_dir: Path, background: bool = False) -> str:
    """Run Pagefind over the built site: the names bundle, then the text bundle inside it (a
    Pagefind run leaves files it did not write alone). A site without entity pages (a new
    project) gets one bundle of every page, as search.js expects when there is no text bundle.
    Returns Pagefind's summary. Raises PluginError on failure.

    ``background``: at a low priority (``nice``), so that under ``mkdocs serve`` the next edit's
    rebuild is not slowed by the index of the last one."""
    bundle = site_dir / BUNDLE
    try:
        summaries = [_pagefind(site_dir, BUNDLE, "{" + ",".join(f"{s}/**/*.html" for s in NAME_SECTIONS) + "}",
                               background)]
    except PluginError:  # no entity page to index
        shutil.rmtree(site_dir / TEXT_BUNDLE, ignore_errors=True)  # an earlier run's, under `mkdocs serve`
        summaries = [_pagefind(site_dir, BUNDLE, "**/*.html", background)]
    else:
        summaries.append(_pagefind(site_dir, TEXT_BUNDLE, text_glob(site_dir), background))
    # A build into a folder that held an earlier Material build must not ship its old index.
    (site_dir / LUNR_INDEX).unlink(missing_ok=True)
    for folder, patterns in ((bundle, UNUSED), (site_dir / TEXT_BUNDLE, UNUSED + UNUSED_IN_TEXT)):
        for pattern in patterns:
            for path in folder.glob(pattern):
                path.unlink()
    return "\n".join(summary for summary in summaries if summary)
