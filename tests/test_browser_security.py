"""Seed text never runs in a reader's browser: not on its page, not in search results, not in
the home page's cards. Any script a seed smuggled in would open a dialog; none may."""
from __future__ import annotations

import functools
import threading
from http.server import ThreadingHTTPServer

import pytest

from .conftest import FIXTURES, copy_project
from .audit import CHROMIUM, CHROMIUM_ARGS
from .helpers import PHONE, PagesHandler, free_port

pytestmark = pytest.mark.browser

ATTACKS = sorted((FIXTURES / "shapes" / "attacks").glob("*.*"))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project", ATTACKS)
    result = project.mkdocs_build(env={"SITE_URL": base}, strict=False)
    assert result.returncode == 0, result.stderr
    handler = type("Handler", (PagesHandler,), {"not_found": project.site / "404.html"})
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(project.site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield project, base
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def page(hostile_site):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(**PHONE)
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        yield page
        browser.close()


def test_no_seed_script_runs_on_any_generated_page(hostile_site, page):
    project, base = hostile_site
    pages = sorted(p.relative_to(project.site).parent.as_posix()
                   for p in project.site.glob("*/*/index.html")) + ["", "briefings/", "timeline/"]
    assert len(pages) > 5
    for relative in pages:
        page.goto(base + relative.strip(".") + ("/" if relative and not relative.endswith("/") else ""),
                  wait_until="load")
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('article script, article iframe, article [onerror]').length") == 0


def search(page, base: str, query: str):
    """The search page's results for ``query``, once shown."""
    page.goto(base + "search/", wait_until="networkidle")
    page.locator("#briefings-search-query").press_sequentially(query, delay=30)
    page.locator(".briefings-search-result a").first.wait_for(state="visible", timeout=15000)
    return page.locator(".briefings-search-results")


@pytest.mark.parametrize("query", ["Chip talks", "Raw HTML block", "onerror"])
def test_search_results_show_seed_markup_as_text(hostile_site, page, query):
    _, base = hostile_site
    results = search(page, base, query)
    assert results.locator(".briefings-search-result").count() >= 1
    # Only the page's own elements: links and Pagefind's highlights, never markup from a seed.
    assert page.evaluate("""[...document.querySelectorAll('.briefings-search-results *')]
        .filter(e => !['LI', 'P', 'A', 'MARK'].includes(e.tagName)).length""") == 0
    assert page.dialogs == []


def test_search_results_quote_the_seed_markup_literally(hostile_site, page):
    _, base = hostile_site
    results = search(page, base, "Chip talks")
    # Names come first; the briefings' results follow once the full text is merged in (a submit).
    page.locator("#briefings-search-query").press("Enter")
    page.wait_for_function("""() => /<img|<script>/.test(
        document.querySelector('.briefings-search-results').innerText)""", timeout=15000)
    text = results.inner_text()
    assert "<img" in text or "<script>" in text  # shown as text, which is what it is
    assert page.dialogs == []
