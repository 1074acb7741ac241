"""What the audit tests share: the page types of a built site, the npm tools and Debian's Chromium."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from .conftest import ROOT
from .static_host import StaticHost

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
NODE_MODULES = ROOT / "node_modules"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def served(built_site):
    """The session's built site on a gzip host at the root of 127.0.0.1:PORT; ``.pages`` by type."""
    with StaticHost(built_site.site, built_site.site / "404.html") as host:
        host.pages = page_types(built_site.site)
        yield host


@pytest.fixture(scope="module")
def chromium():
    """Debian's Chromium through Playwright, which never downloads a browser of its own."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def npm_tool(relative: str) -> Path:
    """A file of an npm audit tool; a clear failure when `make node` has not installed it."""
    path = NODE_MODULES / relative
    if not path.exists():
        pytest.fail(f"{path} is missing: run `make node` (scripts/install-node.sh) to install the audit tools")
    return path


def java() -> str:
    found = shutil.which("java")
    if not found:
        pytest.fail("java is missing: run `make system` (scripts/install-system.sh) to install a Java runtime")
    return found


def page_types(site: Path) -> dict[str, str]:
    """One page of every type, as a path below the site root; the 404 page is any missing path."""
    def first(section: str) -> str:
        return f"{section}/{sorted(p.name for p in (site / section).iterdir() if p.is_dir())[0]}/"

    briefings = json.loads((site / "data" / "briefings.json").read_text("utf-8"))
    return {"home": "", "briefing": briefings[0]["url"], "person": first("people"),
            "organization": first("organizations"), "place": first("places"), "topic": first("topics"),
            "timeline": "timeline/", "connections": "connections/", "a-z": "a-z/", "404": "no/such/page/",
            # The search page with results and its filters open (a filter in the address opens them).
            "search": "search/?q=Huang&year=2025"}
