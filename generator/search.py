"""Search: the search page and the Pagefind index of the built site.

Pagefind reads the built HTML and writes a chunked static index to ``site/pagefind/``: a query
downloads the index chunks for its words and the fragments of the results it shows, never the
whole archive. What it indexes, and how, is written by the theme (``overrides/main.html`` and
``overrides/partials/search-fields.html``): only pages marked ``data-pagefind-body`` (index lists
carry ``search: exclude: true`` and are left out), filters and weights on each page.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

# The search page's address (``search/``) and the folder of Pagefind's bundle in the site.
SEARCH_PAGE = "search.md"
BUNDLE = "pagefind"
# Material's whole-archive index, which the Pagefind search replaces.
LUNR_INDEX = Path("search") / "search_index.json"
# Pagefind's own ready-made interfaces, which it always writes: our search page (search.js) loads
# only the engine (pagefind.js, its worker and WebAssembly) and the index.
UNUSED = ("pagefind-ui.*", "pagefind-modular-ui.*", "pagefind-component-ui.*", "pagefind-highlight.js")

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


def index_site(site_dir: Path, background: bool = False) -> str:
    """Run Pagefind over the built site; returns its summary. Raises PluginError on failure.

    ``background``: at a low priority (``nice``), so that under ``mkdocs serve`` the next edit's
    rebuild is not slowed by the index of the last one."""
    command = [str(pagefind_executable()), "--site", str(site_dir), "--output-subdir", BUNDLE, "--quiet"]
    if background and shutil.which("nice"):
        command = ["nice", "-n", "10", *command]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise PluginError(f"briefings: Pagefind could not index {site_dir}:\n{result.stderr or result.stdout}")
    # A build into a folder that held an earlier Material build must not ship its old index.
    (site_dir / LUNR_INDEX).unlink(missing_ok=True)
    for pattern in UNUSED:
        for path in (site_dir / BUNDLE).glob(pattern):
            path.unlink()
    return (result.stdout + result.stderr).strip()
