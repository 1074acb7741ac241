"""The site as a reader on a phone gets it: Debian's Chromium, driven by Playwright, over the
built site served from 127.0.0.1 under a sub-path (/repo/), as GitHub Pages serves a project site.

Screenshots land in test-artifacts/screenshots/.
"""
from __future__ import annotations

import functools
import json
import shutil
import threading
from http.server import ThreadingHTTPServer
from urllib.parse import quote_plus, unquote_plus, urlsplit

import pytest

from generator import search

from .audit import chromium  # noqa: F401 (chromium is a fixture)
from .conftest import ROOT, copy_project, fixture_seeds
from .helpers import PHONE, PagesHandler, free_port

pytestmark = pytest.mark.browser

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
SECTIONS = ("Briefings", "People", "Organizations", "Places", "Topics", "Sources", "Timeline")
PERSON = "people/jensen-huang/"
REAL_SEED = "000_4c66626bd7c7efee.txt"  # has a byline, photo captions, an original URL and Jensen Huang


# Serving


class Served:
    def __init__(self, project, base: str):
        self.project = project
        self.base = base  # http://127.0.0.1:PORT/repo/
        self.origin = base[:base.index("/", len("http://"))]

    def url(self, path: str = "") -> str:
        return self.base + path

    def briefing(self) -> str:
        briefings = json.loads((self.project.docs / "data" / "briefings.json").read_text("utf-8"))
        return next(b["url"] for b in briefings if b["seed"] == REAL_SEED)

    def first_page(self, section: str) -> str:
        page = sorted(p for p in (self.project.site / section).iterdir() if p.is_dir())[0]
        return f"{section}/{page.name}/"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The real seed and fixture seeds, built for http://127.0.0.1:PORT/repo/ and served from a
    folder whose repo/ holds the site."""
    port = free_port()
    base = f"http://127.0.0.1:{port}/repo/"
    root = tmp_path_factory.mktemp("pages")
    project = copy_project(root / "project", [ROOT / "seeds" / REAL_SEED, *fixture_seeds()])
    project.site = root / "www" / "repo"
    result = project.mkdocs_build(env={"SITE_URL": base})
    assert result.returncode == 0, result.stderr
    handler = type("Handler", (PagesHandler,), {"not_found": project.site / "404.html"})
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(root / "www")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Served(project, base)
    server.shutdown()
    server.server_close()


# Browser


@pytest.fixture(scope="module")
def browser(chromium):
    """Debian's Chromium, launched once per module by the audit helpers' fixture."""
    return chromium


class Watched:
    """A page with everything it asked for and every error it logged."""

    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        # The console says only "Failed to load resource": name what failed.
        page.on("response", lambda r: self.errors.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None)

    def off_site(self, origin: str) -> list[str]:
        return [u for u in self.requests if not u.startswith(origin + "/") and not u.startswith("data:")]


@pytest.fixture
def phone(browser, served):
    context = browser.new_context(**PHONE)
    watched = Watched(context.new_page())
    yield watched
    context.close()
    assert watched.off_site(served.origin) == [], "requests left 127.0.0.1"
    assert watched.errors == [], "console errors"


def open_page(phone: Watched, url: str):
    response = phone.page.goto(url, wait_until="networkidle")
    assert response is not None and response.status == 200, url
    return response


def sideways_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def smallest_body_text(page) -> float:
    """The smallest computed font size of the article's own paragraphs and list items (section
    labels above a headline are small capitals by design, not reading text)."""
    return page.evaluate("""() => {
        const nodes = document.querySelectorAll(
            'article.md-content__inner > p:not(.briefing-kicker), article.md-content__inner > ul > li, '
            + 'article .admonition p');
        const sizes = [...nodes].filter(n => n.textContent.trim())
            .map(n => parseFloat(getComputedStyle(n).fontSize));
        return sizes.length ? Math.min(...sizes) : 0;
    }""")


# Tests


def test_every_page_type_fits_a_phone_with_readable_text(served, phone):
    pages = {"home": "", "briefing": served.briefing(), "person": PERSON, "topic": served.first_page("topics"),
             "organization": served.first_page("organizations"), "place": served.first_page("places"),
             "briefings": "briefings/", "people": "people/", "timeline": "timeline/", "a-z": "a-z/"}
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, path in pages.items():
        open_page(phone, served.url(path))
        assert sideways_overflow(phone.page) <= 0, f"{name} scrolls sideways"
        assert smallest_body_text(phone.page) >= 16, f"{name} has body text under 16px"
        if name in ("home", "briefing", "person", "topic"):
            phone.page.screenshot(path=str(SCREENSHOTS / f"phone-{name}.png"), full_page=True)


def test_briefing_header_shows_date_source_reading_time_topics_and_original(served, phone):
    open_page(phone, served.url(served.briefing()))
    header = phone.page.locator("header.briefing-header")
    assert header.locator("h1").count() == 1
    assert phone.page.locator("article h1").count() == 1, "the plain Markdown heading must be replaced, not repeated"
    assert header.locator("time[datetime]").count() == 1
    assert "min read" in header.inner_text()
    original = header.locator(".briefing-original a")
    assert original.get_attribute("href").startswith("http")
    chip = phone.page.locator("nav.topic-chips a").first
    chip.click()
    phone.page.wait_for_load_state("networkidle")
    assert "/repo/topics/" in phone.page.url


def test_navigation_drawer_reaches_every_section(served, phone):
    open_page(phone, served.url())
    for section in SECTIONS:
        phone.page.locator("label.md-header__button[for='__drawer']").click()
        link = phone.page.locator("nav.md-nav--primary > ul > li > a.md-nav__link").filter(has_text=section)
        assert link.count() == 1, section
        link.wait_for(state="visible")
        link.click()
        phone.page.wait_for_function("() => !document.getElementById('__drawer').checked")
        phone.page.wait_for_load_state("networkidle")
        heading = phone.page.locator("article h1").first.inner_text()
        assert section.lower() in heading.lower(), (section, heading)


def search_results(phone: Watched) -> list[str]:
    """The result links the search page shows, once it has shown them."""
    phone.page.wait_for_function("document.querySelector('#briefings-search-status').textContent !== ''",
                                 timeout=15000)
    links = phone.page.locator(".briefings-search-result__title a")
    return [links.nth(i).get_attribute("href") for i in range(links.count())]


@pytest.mark.parametrize("query", ["黄仁勋", "Huang Renxun", "Jensen Huang"])
def test_search_finds_a_person_first_by_any_alias_under_the_sub_path(served, phone, query):
    open_page(phone, served.url("search/"))
    phone.page.locator("#briefings-search-query").press_sequentially(query, delay=30)
    hrefs = search_results(phone)
    # His own page ranks above passing mentions, and every link stays under /repo/.
    assert hrefs and urlsplit(hrefs[0]).path == "/repo/" + PERSON, hrefs
    assert all(urlsplit(h).path.startswith("/repo/") for h in hrefs), hrefs
    if query != "黄仁勋":  # the briefings name him in Latin letters
        assert any("/repo/briefings/" in h for h in hrefs), hrefs
    assert f"q={query}" in unquote_plus(phone.page.url)
    # The first query fetched only Pagefind's chunks, from the site itself.
    fetched = [u for u in phone.requests if "/pagefind/" in u]
    assert fetched and all(u.startswith(served.url("pagefind/")) for u in fetched)
    phone.page.locator(".briefings-search-result__title a").first.click()
    phone.page.wait_for_load_state("networkidle")
    assert urlsplit(phone.page.url).path == "/repo/" + PERSON


def test_a_first_query_shows_the_names_before_the_full_text_arrives(served, phone):
    # The full text (pagefind/text/) is held back: his page comes first from the small names index
    # alone; once the full text arrives, the briefings follow it and his page keeps its place.
    held, released = [], []
    phone.page.route("**/pagefind/text/**", lambda route: route.continue_() if released else held.append(route))
    open_page(phone, served.url("search/"))
    phone.page.locator("#briefings-search-query").fill("Jensen Huang")
    phone.page.locator("form[data-briefings-search] button[type=submit]").click()
    phone.page.wait_for_selector(".briefings-search-result")
    for _ in range(100):  # the merge asks for the text bundle once the names are on screen
        if held:
            break
        phone.page.wait_for_timeout(50)
    links = phone.page.locator(".briefings-search-result__title a")
    assert [urlsplit(links.nth(i).get_attribute("href")).path for i in range(links.count())] == ["/repo/" + PERSON]
    assert phone.page.locator("#briefings-search-status").text_content() == ""
    assert held and all("/pagefind/text/" in route.request.url for route in held)
    released.append(True)
    for route in held:
        route.continue_()
    hrefs = search_results(phone)
    assert urlsplit(hrefs[0]).path == "/repo/" + PERSON and any("/repo/briefings/" in h for h in hrefs[1:]), hrefs


def test_without_the_full_text_the_names_still_answer(served, browser):
    # As on a site without a text bundle (a new project without entity pages has one bundle of
    # everything): the failed merge would fail every search, so the page makes its engine again.
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.route("**/pagefind/text/**", lambda route: route.fulfill(status=404, body="Not found"))
    page.goto(served.url("search/?q=Jensen+Huang"), wait_until="networkidle")
    page.wait_for_function("document.querySelector('#briefings-search-status').textContent !== ''", timeout=15000)
    assert page.locator("#briefings-search-status").text_content() == "1 result for “Jensen Huang”."
    page.locator("#briefings-search-query").fill("Huang Renxun")
    page.locator("form[data-briefings-search] button[type=submit]").click()
    page.wait_for_function("document.querySelector('#briefings-search-status').textContent.includes('Renxun')")
    links = page.locator(".briefings-search-result__title a")
    assert urlsplit(links.first.get_attribute("href")).path == "/repo/" + PERSON
    context.close()


def split_site(served) -> str:
    """The same site with its full text split into bundles of two briefings (an archive of
    thousands makes bundles of TEXT_BRIEFINGS), served beside it: its address."""
    split = served.project.site.parent / "split"
    if not split.exists():
        shutil.copytree(served.project.site, split)
        search.index_site(split, per_bundle=2)
    return served.origin + "/split/"


def every_result(phone: Watched) -> list[str]:
    """The results, after "Show more results" until it is gone (older bundles merged on the way)."""
    while phone.page.locator(".briefings-search-more-row").is_visible():
        count = phone.page.locator(".briefings-search-result").count()
        phone.page.locator(".briefings-search-more").click()
        phone.page.wait_for_function("n => document.querySelectorAll('.briefings-search-result').length > n"
                                     " || document.querySelector('.briefings-search-more-row').hidden"
                                     " && !document.querySelector('.briefings-search-more').disabled", arg=count)
        phone.page.wait_for_load_state("networkidle")
    return search_results(phone)


def test_older_briefings_are_searched_when_the_reader_asks_for_more(served, phone):
    # The same site with its full text split into bundles of two briefings (an archive of
    # thousands makes bundles of TEXT_BRIEFINGS): a query merges the newest alone, "Show more
    # results" merges older ones until it has a page more, and in the end the reader has every
    # result the unsplit index gives, none twice, the ones listed first never moved. (A bundle
    # without "Huang" answers with its longest prefix that it has: "Huawei" through "hua". Those
    # pages are left out.)
    split_site(served)
    open_page(phone, served.url("search/?q=Huang"))
    whole = {urlsplit(h).path.removeprefix("/repo/") for h in search_results(phone)}
    while phone.page.locator(".briefings-search-more-row").is_visible():
        phone.page.locator(".briefings-search-more").click()
        phone.page.wait_for_load_state("networkidle")
        whole |= {urlsplit(h).path.removeprefix("/repo/") for h in search_results(phone)}
    open_page(phone, served.origin + "/split/search/?q=Huang")
    first = search_results(phone)
    status = phone.page.locator("#briefings-search-status")
    assert "older briefings are searched when you ask for more" in status.text_content()
    assert not [u for u in phone.requests if "/pagefind/text-" in u]
    more = phone.page.locator(".briefings-search-more")
    while phone.page.locator(".briefings-search-more-row").is_visible():
        listed = search_results(phone)
        more.click()
        phone.page.wait_for_function("([n, s]) => document.querySelectorAll('.briefings-search-result').length > n"
                                     " || document.querySelector('.briefings-search-more-row').hidden"
                                     " && !document.querySelector('.briefings-search-more').disabled",
                                     arg=[len(listed), status.text_content()])
        phone.page.wait_for_load_state("networkidle")
        assert search_results(phone)[:len(listed)] == listed
    found = search_results(phone)
    assert found[:len(first)] == first and len(found) == len(set(found))
    assert {urlsplit(h).path.removeprefix("/split/") for h in found} == whole
    assert "older" not in status.text_content() and [u for u in phone.requests if "/pagefind/text-1/" in u]


def test_filters_merge_only_the_bundles_that_hold_their_values(served, phone, browser):
    # The filter lists come from filters.json, with Pagefind's own counts over every bundle, and
    # open without merging an older bundle; a filter whose value only an older bundle holds merges
    # that bundle and skips the others, and "Show more results" reaches every result the unsplit
    # index gives.
    split = split_site(served)
    info = json.loads((served.project.site.parent / "split" / "pagefind" / "text" / "filters.json").read_text("utf-8"))
    older = [name for name in info["bundles"] if name != "text/"]
    open_page(phone, split + "search/?q=Huang")
    search_results(phone)
    phone.page.locator("details.briefings-search-filters summary").click()
    phone.page.wait_for_function("document.querySelector('#briefings-search-source').options.length > 2")
    assert not [u for u in phone.requests if "/pagefind/text-" in u]
    shown = phone.page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('select[data-filter]')]
        .map(s => [s.name, Object.fromEntries([...s.options].filter(o => o.value)
            .map(o => [o.value, +o.textContent.match(/\\((\\d+)\\)$/)[1]])) ]))""")
    context = browser.new_context()
    page = context.new_page()
    page.goto(split + "404.html")
    counted = page.evaluate("""async (older) => {
        const pf = await import(new URL('pagefind/pagefind.js', location.href).href);
        await pf.mergeIndex(new URL('pagefind/text/', location.href).pathname);
        for (const name of older) await pf.mergeIndex(new URL('pagefind/' + name, location.href).pathname);
        return pf.filters();
    }""", older)
    context.close()
    assert shown == counted == info["counts"]
    # A source only text-2/ holds: text-2/ alone is merged, and nothing is left to ask for.
    source, holders = next((value, [b for b in older if value in info["bundles"][b].get("source", [])])
                           for value in info["counts"]["source"] if value not in info["bundles"]["text/"]["source"])
    open_page(phone, served.url("search/?source=" + quote_plus(source)))
    whole = {urlsplit(h).path.removeprefix("/repo/") for h in every_result(phone)}
    phone.requests.clear()
    open_page(phone, split + "search/?source=" + quote_plus(source))
    first = search_results(phone)
    merged = {b for b in older if f"/pagefind/{b}" in " ".join(phone.requests)}
    assert first and merged == {holders[0]}, (merged, holders)
    assert {urlsplit(h).path.removeprefix("/split/") for h in every_result(phone)} == whole
    assert {b for b in older if f"/pagefind/{b}" in " ".join(phone.requests)} == set(holders)


def test_a_filter_narrows_the_results(served, phone):
    open_page(phone, served.url("search/?q=Huang"))
    everything = search_results(phone)
    phone.page.locator("details.briefings-search-filters summary").click()
    section = phone.page.locator("#briefings-search-section")
    phone.page.wait_for_function("document.querySelector('#briefings-search-section').options.length > 2")
    phone.page.evaluate("document.querySelector('#briefings-search-status').textContent = ''")
    section.select_option("Briefings")
    narrowed = search_results(phone)
    assert narrowed and len(narrowed) < len(everything), (narrowed, everything)
    assert all("/repo/briefings/" in h for h in narrowed), narrowed
    assert "section=Briefings" in phone.page.url
    # The filtered search is an address: reloading it shows the same results.
    open_page(phone, phone.page.url)
    assert search_results(phone) == narrowed


def test_home_search_box_opens_the_search_page_with_the_query(served, phone):
    open_page(phone, served.url())
    phone.page.locator("#home-search-query").fill("Huang Renxun")
    phone.page.locator("form.home-search button").click()
    phone.page.wait_for_url("**/repo/search/?q=Huang+Renxun")
    assert urlsplit(search_results(phone)[0]).path == "/repo/" + PERSON
    assert phone.page.locator("#briefings-search-query").input_value() == "Huang Renxun"


def test_header_search_leads_to_the_search_page_from_any_page(served, phone, browser):
    # On a phone the header shows the button; the search page takes the cursor.
    open_page(phone, served.url(served.briefing()))
    phone.page.locator("form.briefings-header-search button").click()
    phone.page.wait_for_url("**/repo/search/?q=")
    assert phone.page.evaluate("document.activeElement.id") == "briefings-search-query"
    # On a wide screen the header has a search field.
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    desktop = Watched(context.new_page())
    open_page(desktop, served.url("people/"))
    desktop.page.locator("input.briefings-header-search__input").fill("黄仁勋")
    desktop.page.keyboard.press("Enter")
    desktop.page.wait_for_url("**/repo/search/?q=*")
    assert urlsplit(search_results(desktop)[0]).path == "/repo/" + PERSON
    context.close()
    assert desktop.off_site(served.origin) == [] and desktop.errors == []


def test_palette_toggle_switches_to_dark_and_back(served, phone):
    open_page(phone, served.url())
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    first = phone.page.evaluate(scheme)
    phone.page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert phone.page.evaluate(scheme) != first
    phone.page.locator("form[data-md-component='palette'] label:visible").first.click()
    assert phone.page.evaluate(scheme) == first


def test_print_shows_the_briefing_alone_with_the_original_address(served, phone):
    open_page(phone, served.url(served.briefing()))
    phone.page.emulate_media(media="print")
    hidden = phone.page.evaluate("""() => ['.md-header', '.md-sidebar--primary', '.md-footer', '.md-search']
        .map(s => document.querySelector(s)).filter(Boolean).map(e => getComputedStyle(e).display)""")
    assert hidden and set(hidden) == {"none"}
    after = phone.page.evaluate("""() => getComputedStyle(
        document.querySelector('.attribution a[href^="http"]'), '::after').content""")
    href = phone.page.locator(".attribution a[href^='http']").first.get_attribute("href")
    assert href in after


def test_not_found_page_works_under_the_sub_path(served, phone):
    response = phone.page.goto(served.url("no/such/page/"), wait_until="networkidle")
    assert response.status == 404
    # Chromium logs the document's own 404 status; nothing else may fail.
    own = {"Failed to load resource: the server responded with a status of 404 (Not Found)",
           f"HTTP 404: {served.url('no/such/page/')}"}
    assert own <= set(phone.errors), phone.errors
    phone.errors[:] = [e for e in phone.errors if e not in own]
    assert "404" in phone.page.locator("article").inner_text()
    # Its stylesheet, scripts and links resolve under /repo/, not the server root.
    assert all("/repo/" in u for u in phone.requests if u.startswith(served.origin)), phone.requests
    assert phone.page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    home = phone.page.locator("a.md-header__button.md-logo").get_attribute("href")
    assert urlsplit(served.url()).path == urlsplit(home).path or home in ("/repo/", "/repo")


def test_feed_and_sitemap_are_served_with_absolute_links_under_the_sub_path(served, phone):
    for path in ("feed.xml", "sitemap.xml"):
        response = phone.page.request.get(served.url(path))
        assert response.status == 200, path
        assert served.url(served.briefing()) in response.text(), path


def test_briefing_page_weight_is_small(served, browser):
    """Bytes on the wire and requests for a cold load of a briefing; written to test-artifacts."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    urls: dict[str, str] = {}
    loaded: list[tuple[str, float]] = []
    cdp.on("Network.requestWillBeSent", lambda event: urls.__setitem__(event["requestId"], event["request"]["url"]))
    cdp.on("Network.loadingFinished", lambda event: loaded.append((event["requestId"], event["encodedDataLength"])))
    page.goto(served.url(served.briefing()), wait_until="networkidle")
    context.close()
    # data: URLs (the stylesheet's icons) are decoded in place, not fetched: no request on the wire.
    wire = [size for request, size in loaded if not urls.get(request, "").startswith("data:")]
    weight = {"bytes": int(sum(wire)), "requests": len(wire)}
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "page-weight.json").write_text(json.dumps(weight, indent=1) + "\n")
    assert weight["requests"] <= 12, weight
    assert weight["bytes"] <= 600_000, weight


def test_the_archive_filters_by_topic_source_and_year_on_a_phone(served, phone):
    open_page(phone, served.url("briefings/"))
    page = phone.page
    items = page.locator("ul.briefing-archive > li")
    total = items.count()
    form = page.locator("form.archive-filter")
    assert form.is_visible() and total >= 5
    assert sideways_overflow(page) <= 0, "the filters scroll sideways"
    page.select_option("form.archive-filter select[name=source]", "observer-news")
    visible = page.locator("ul.briefing-archive > li:visible")
    assert visible.count() == 2
    assert all("Observer News" in text for text in visible.all_inner_texts())
    assert f"2 of {total} briefings match" in form.inner_text()
    assert "source=observer-news" in page.url
    assert page.locator("article h2:visible").count() < page.locator("article h2").count()  # empty months go
    page.select_option("form.archive-filter select[name=year]", "2025")
    page.select_option("form.archive-filter select[name=topic]", "ai-chips")
    assert page.locator("ul.briefing-archive > li:visible").count() == 1
    page.locator("form.archive-filter button[type=reset]").click()
    page.wait_for_function(f"() => document.querySelectorAll('ul.briefing-archive > li:not([hidden])').length === {total}")
    assert "source=" not in page.url
    # The choice is in the address: a shared link opens the archive filtered.
    open_page(phone, served.url("briefings/?year=undated"))
    assert page.locator("form.archive-filter select[name=year]").input_value() == "undated"
    assert page.locator("ul.briefing-archive > li:visible").count() == 3
    page.screenshot(path=str(SCREENSHOTS / "phone-archive-filtered.png"), full_page=True)


def test_a_wrapping_byline_never_starts_a_line_with_a_separator(served, browser):
    context = browser.new_context(**{**PHONE, "viewport": {"width": 320, "height": 700}})
    page = context.new_page()
    briefings = json.loads((served.project.docs / "data" / "briefings.json").read_text("utf-8"))
    longest = max(briefings, key=lambda b: len(b["source"] + b["author"]))
    page.goto(served.url(longest["url"]), wait_until="networkidle")
    items = page.evaluate("""() => [...document.querySelectorAll('.briefing-byline > *')].map(el => ({
        top: Math.round(el.getBoundingClientRect().top),
        before: getComputedStyle(el, '::before').content, after: getComputedStyle(el, '::after').content}))""")
    context.close()
    assert len({item["top"] for item in items}) > 1, "the byline should wrap at 320px for this test to mean anything"
    # Every separator ends an item (so it ends a line when the next item wraps); none starts one.
    assert all(item["before"] in ("none", "normal") for item in items)
    assert [item["after"] for item in items[:-1]] == ['"·"'] * (len(items) - 1)


# Words that Pagefind matches by stem ('policy' finds 'policies'), and a word it answers only with
# its longest prefix in the index ('Huang' with 'Hua'), on pages of Pagefind's own index.
STEMMED = ("Policies of generalizations about hopping rabbits were tied to what they used. "
           "Generally, the policy ties the hops of the controlling agency to its controls.")
ESCAPED = "An editor's <b>Raw HTML block</b> with onclick=\"alert('block')\" and <img src=x onerror=alert(1)>."


def test_the_prefix_fallback_check_keeps_stem_matches_and_drops_fallbacks(tmp_path, browser):
    # search.js leaves out a result whose highlighted words share less than the query word's stem
    # with it (Pagefind's longest-prefix fallback): every result Pagefind finds by a word the
    # index has is kept, inflected or escaped as it may be; a page found through "Hua" for
    # "Huang" is dropped (the check as search.js has it, run on Pagefind's own excerpts).
    for name, text in (("a", STEMMED), ("b", ESCAPED), ("c", "Hua Chunying spoke; Huawei did not.")):
        page = tmp_path / name / "index.html"
        page.parent.mkdir()
        body = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        page.write_text(f"<html lang='en'><body><main data-pagefind-body><p>{body}</p></main></body></html>",
                        encoding="utf-8")
    search.index_site(tmp_path)
    source = (ROOT / "docs" / "javascripts" / "search.js").read_text(encoding="utf-8")
    check = source[source.index("const INFLECTIONS"):source.index("async function showMore")]
    port = free_port()
    handler = type("Handler", (PagesHandler,), {"not_found": tmp_path / "404.html"})
    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{port}/a/")
        verdicts = page.evaluate("""async ([check, queries]) => {
            const { highlightsTheQuery } = new Function(check + '; return { highlightsTheQuery };')();
            const pf = await import('/pagefind/pagefind.js');
            const verdicts = {};
            for (const query of queries) {
                const found = await pf.search(query);
                verdicts[query] = [];
                for (const result of found.results) {
                    const data = await result.data();
                    const p = document.createElement('p');
                    p.innerHTML = data.excerpt;  // test pages only: Pagefind's escaped text and <mark>
                    const marks = [...p.querySelectorAll('mark')].map(m => m.textContent);
                    verdicts[query].push([new URL(data.url, location.href).pathname, highlightsTheQuery(marks, query)]);
                }
            }
            return verdicts;
        }""", [check, ["policy", "policies", "generalizations", "generally", "hopping", "hops", "ties", "tied",
                       "used", "using", "controlling", "controls", "Raw HTML block", "onerror", "block", "Huang"]])
    finally:
        context.close()
        server.shutdown()
        server.server_close()
    fallbacks = verdicts.pop("Huang")
    assert fallbacks and all(not kept for _, kept in fallbacks), fallbacks  # Pagefind found "Hua": dropped
    assert all(found and all(kept for _, kept in found) for found in verdicts.values()), verdicts
