"""Where generated pages live, and how they link to each other: the one place that builds
paths, relative Markdown links and the public URLs the JSON exports give.

A page is named by its path under docs/ (``people/wang-yi.md``). Links between generated
pages are relative Markdown links, which MkDocs checks and resolves for any URL style.
"""
from __future__ import annotations

import posixpath

from .kinds import A_TO_Z_DIR, BRIEFINGS_DIR, CONNECTIONS_DIR, DATA_DIR, INCLUDES_DIR, REPORT_DIR, TIMELINE_DIR, section_of

INDEX = "index.md"
# The hand-written home page, which includes the generated ``HOME_INCLUDE``: links in the
# include are relative to it, because the text is inlined into index.md before Markdown runs.
HOME_PAGE = INDEX
HOME_INCLUDE = f"{INCLUDES_DIR}/home.md"
BRIEFINGS_JSON = f"{DATA_DIR}/briefings.json"
ENTITIES_JSON = f"{DATA_DIR}/entities.json"


def briefing_path(slug: str) -> str:
    return f"{BRIEFINGS_DIR}/{slug}.md"


def entity_path(kind: str, slug: str) -> str:
    return f"{section_of(kind)}/{slug}.md"


def feed_path(kind: str, slug: str) -> str:
    """An entity's Atom feed, next to its page: a static file MkDocs copies as it is, at the
    same address whatever ``use_directory_urls`` says."""
    return f"{section_of(kind)}/{slug}.xml"


def index_path(folder: str) -> str:
    return f"{folder}/{INDEX}"


BRIEFINGS_INDEX = index_path(BRIEFINGS_DIR)
TIMELINE_INDEX = index_path(TIMELINE_DIR)
A_TO_Z_INDEX = index_path(A_TO_Z_DIR)
REPORT_PAGE = index_path(REPORT_DIR)
CONNECTIONS_INDEX = index_path(CONNECTIONS_DIR)


def relative(target: str, page: str) -> str:
    """A Markdown link from ``page`` to ``target`` (both paths under docs/): up to the docs
    root and down again (``../people/wang-yi.md``), except that an index page lists its own
    folder's pages by name (``wang-yi.md``)."""
    # (Called for every link of every page: plain string splits, not posixpath's general cases.)
    folder, _, name = page.rpartition("/")
    if folder and name == INDEX:
        target_folder, _, target_name = target.rpartition("/")
        if target_folder == folder:
            return target_name
    return "../" * page.count("/") + target


def page_url(path: str, use_directory_urls: bool = True) -> str:
    """The public URL of a page, relative to the site's root, as MkDocs makes it."""
    stem = path[:-len(".md")]
    if posixpath.basename(stem) == "index":
        return stem[:-len("index")]
    return f"{stem}/" if use_directory_urls else f"{stem}.html"


def page_href(target: str, here: str, use_directory_urls: bool = True) -> str:
    """The URL of page ``target`` relative to the page ``here`` (both paths under docs/): links in
    raw HTML (the charts' SVG), which MkDocs does not rewrite, so they are final URLs."""
    return "../" * page_url(here, use_directory_urls).count("/") + page_url(target, use_directory_urls) or "./"


def url_from(target: str, here: str, use_directory_urls: bool = True) -> str:
    """The URL of page ``target`` relative to the static file ``here`` (both paths under docs/):
    a feed's links, which MkDocs does not rewrite, so they are final URLs, not Markdown links."""
    url = page_url(target, use_directory_urls) if target.endswith(".md") else target
    return "../" * here.count("/") + url if url else "../" * here.count("/") or "./"


def href_from(target: str, here: str, use_directory_urls: bool = True) -> str:
    """The URL of page ``target`` relative to page ``here`` (both paths under docs/), for links in
    a page's raw HTML, which MkDocs does not rewrite: final URLs, not Markdown links."""
    return "../" * page_url(here, use_directory_urls).count("/") + page_url(target, use_directory_urls)
