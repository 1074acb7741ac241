"""The search as a reader on a phone gets it: bytes downloaded and time to the first result.

The built site is served as a real host serves it (gzip, tests/static_host.py) and Debian's
Chromium is slowed to a phone on slow 4G through the DevTools protocol: 4× CPU slowdown,
400 kbit/s down and up, 400 ms latency, no cache. For each query, a fresh browser context opens
the search page, waits until it has loaded (the page fetches the search engine meanwhile), then
submits the query and measures:

- ``bytes``: everything the page downloaded for search (``pagefind/``: engine, WebAssembly,
  index chunks, filter data and the fragments of the results shown), on the wire;
- ``query_bytes``: the part fetched after the query was submitted (index chunks and fragments);
- ``seconds``: from submitting the query to the first result on screen;
- ``cold_seconds``: opening ``search/?q=...`` directly, from navigation to the first result.
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.static_host import StaticHost  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
PHONE = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=3)
SLOW_4G = {"offline": False, "latency": 400, "downloadThroughput": 400 * 1000 / 8, "uploadThroughput": 400 * 1000 / 8}
CPU_SLOWDOWN = 4
QUERIES = ("黄仁勋", "export controls")

FIRST_RESULT = """() => new Promise(resolve => {
    const list = document.querySelector('.briefings-search-results');
    const done = () => resolve(performance.now());
    if (list.children.length) return done();
    new MutationObserver((_, observer) => { observer.disconnect(); done(); }).observe(list, {childList: true});
})"""


class Throttled:
    """A fresh phone context on slow 4G with a 4× slower CPU, counting bytes per request."""

    def __init__(self, browser):
        self.context = browser.new_context(**PHONE)
        self.page = self.context.new_page()
        cdp = self.context.new_cdp_session(self.page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Network.emulateNetworkConditions", SLOW_4G)
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        # Playwright sees the requests of Pagefind's web worker too (the page's CDP session does not).
        self.loaded: list = []
        self.page.on("requestfinished", lambda request: self.loaded.append(request))

    def search_bytes(self, since: int = 0) -> int:
        """Bytes on the wire (compressed body and headers) of the search's requests."""
        total = 0
        for request in self.loaded[since:]:
            if "/pagefind/" in request.url:
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        return total

    def close(self):
        self.context.close()


def measure_query(browser, origin: str, query: str) -> dict:
    warm = Throttled(browser)
    page = warm.page
    page.goto(f"{origin}/search/", wait_until="networkidle", timeout=120_000)
    # The page has fetched the engine (search.js marks the form when Pagefind is ready).
    page.wait_for_selector("form[data-briefings-search][data-ready]", state="attached", timeout=120_000)
    page.wait_for_load_state("networkidle")
    before = len(warm.loaded)
    page.fill("#briefings-search-query", query)
    start = page.evaluate("""() => { const t = performance.now();
        document.querySelector('form[data-briefings-search]').requestSubmit(); return t; }""")
    end = page.evaluate(FIRST_RESULT)
    page.wait_for_function("document.querySelector('#briefings-search-status').textContent", timeout=120_000)
    page.wait_for_load_state("networkidle")
    row = {"query": query, "seconds": (end - start) / 1000, "bytes": warm.search_bytes(),
           "query_bytes": warm.search_bytes(before), "results": page.locator(".briefings-search-result").count()}
    warm.close()

    cold = Throttled(browser)
    cold.page.goto(f"{origin}/search/?q={quote_plus(query)}", wait_until="domcontentloaded", timeout=120_000)
    end = cold.page.evaluate(FIRST_RESULT)
    row["cold_seconds"] = end / 1000  # performance.now() counts from the navigation's start
    cold.close()
    return row


def measure_search(site: Path, queries=QUERIES) -> list[dict]:
    from playwright.sync_api import sync_playwright

    with StaticHost(site, site / "404.html") as host, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            return [measure_query(browser, host.origin, q) for q in queries]
        finally:
            browser.close()


def index_size(site: Path) -> tuple[int, int]:
    """Pagefind's bundle on disk: (files, bytes)."""
    files = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files)


if __name__ == "__main__":
    for row in measure_search(Path(sys.argv[1])):
        print(row)
