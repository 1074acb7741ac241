"""The search as a reader on a phone gets it: bytes downloaded and time to the first result.

The built site is served as a real host serves it (gzip, tests/static_host.py) and Debian's
Chromium is slowed to a phone on slow 4G through the DevTools protocol: 4× CPU slowdown,
400 kbit/s down and up, 400 ms latency, no cache. For each query, a fresh browser context opens
the search page and waits until it has loaded (the page fetches the search engine meanwhile);
then the query goes in two ways, each in its own fresh context:

- typed, as a reader types it: one keystroke every ``KEYSTROKE`` seconds (a name in a script
  without spaces arrives at once, as an input method commits it), and submitted one keystroke
  later. The page may fetch index chunks while the reader types; they count in ``bytes``.
- pasted: the whole query in one input event, submitted at once (nothing fetched before).

For each it measures:

- ``bytes``/``pasted_bytes``: everything the page downloaded for search (``pagefind/``: engine,
  WebAssembly, index chunks, filter data and the fragments of the results shown), on the wire;
- ``query_bytes``/``pasted_query_bytes``: the part fetched after the query was submitted;
- ``first_bytes``/``pasted_first_bytes``/``cold_first_bytes``: the part that had arrived when the
  first result showed (the search page shows the best names from a small index first and
  fetches the full text after: ``bytes`` counts both);
- ``seconds``/``pasted_seconds``: from submitting the query to the first result on screen (the
  first result the search page puts on the list after the submit);
- ``cold_seconds``: opening ``search/?q=...`` directly, from navigation to the first result, and
  ``cold_bytes``: what the search fetched until its results had all shown.
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
# A phone typist's pace: about five characters a second.
KEYSTROKE = 0.2

FIRST_RESULT = """() => new Promise(resolve => {
    const list = document.querySelector('.briefings-search-results');
    const done = () => resolve([performance.now(), performance.timeOrigin + performance.now()]);
    if (list.children.length) return done();
    new MutationObserver((_, observer) => { observer.disconnect(); done(); }).observe(list, {childList: true});
})"""

# Submits the form and resolves with the seconds until a result is next added to the list, and
# the wall-clock time (ms) then.
SUBMIT_TO_RESULT = """() => new Promise(resolve => {
    const list = document.querySelector('.briefings-search-results');
    const observer = new MutationObserver(records => {
        if (records.some(r => r.addedNodes.length)) {
            observer.disconnect();
            resolve([(performance.now() - start) / 1000, performance.timeOrigin + performance.now()]);
        }
    });
    observer.observe(list, {childList: true});
    const start = performance.now();
    document.querySelector('form[data-briefings-search]').requestSubmit();
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
        # In the order they were sent: a request sent before the submit counts before it.
        self.loaded: list = []
        self.finished: set = set()
        self.page.on("request", lambda request: self.loaded.append(request))
        self.page.on("requestfinished", lambda request: self.finished.add(request))

    def search_bytes(self, since: int = 0, until: float | None = None) -> int:
        """Bytes on the wire (compressed body and headers) of the search's requests; with
        ``until`` (wall-clock ms), of those whose response had ended by then."""
        total = 0
        for request in self.loaded[since:]:
            if "/pagefind/" in request.url and request in self.finished:
                if until is not None:
                    timing = request.timing
                    if timing["startTime"] + timing["responseEnd"] > until:
                        continue
                sizes = request.sizes()
                total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        return total

    def close(self):
        self.context.close()


def _submit(browser, origin: str, query: str, typed: bool) -> dict:
    """One query on a search page that has loaded, typed or pasted, then submitted."""
    warm = Throttled(browser)
    page = warm.page
    page.goto(f"{origin}/search/", wait_until="networkidle", timeout=120_000)
    # The page has fetched the engine (search.js marks the form when Pagefind is ready).
    page.wait_for_selector("form[data-briefings-search][data-ready]", state="attached", timeout=120_000)
    page.wait_for_load_state("networkidle")
    box = page.locator("#briefings-search-query")
    if not typed:
        before = len(warm.loaded)
        box.fill(query)
    elif query.isascii():
        box.press_sequentially(query, delay=KEYSTROKE * 1000)
    else:  # an input method commits the whole name at once
        box.focus()
        page.keyboard.insert_text(query)
    if typed:
        page.wait_for_timeout(KEYSTROKE * 1000)
        before = len(warm.loaded)
    seconds, at = page.evaluate(SUBMIT_TO_RESULT)
    page.wait_for_function("document.querySelector('#briefings-search-status').textContent", timeout=120_000)
    page.wait_for_load_state("networkidle")
    row = {"seconds": seconds, "bytes": warm.search_bytes(), "query_bytes": warm.search_bytes(before),
           "first_bytes": warm.search_bytes(until=at), "results": page.locator(".briefings-search-result").count()}
    warm.close()
    return row


def measure_query(browser, origin: str, query: str) -> dict:
    row = {"query": query, **_submit(browser, origin, query, typed=True)}
    pasted = _submit(browser, origin, query, typed=False)
    row.update({"pasted_" + key: value for key, value in pasted.items() if key != "results"})

    cold = Throttled(browser)
    cold.page.goto(f"{origin}/search/?q={quote_plus(query)}", wait_until="domcontentloaded", timeout=120_000)
    end, at = cold.page.evaluate(FIRST_RESULT)
    row["cold_seconds"] = end / 1000  # performance.now() counts from the navigation's start
    cold.page.wait_for_function("document.querySelector('#briefings-search-status').textContent", timeout=120_000)
    cold.page.wait_for_load_state("networkidle")
    row["cold_first_bytes"], row["cold_bytes"] = cold.search_bytes(until=at), cold.search_bytes()
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
