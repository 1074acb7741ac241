"""Accessibility as auditors judge it: axe-core (WCAG 2.1 A and AA, plus axe's best practices) in
Debian's Chromium on every page type, at a phone and a desktop viewport, in the light and the dark
palette; and every control reachable and operable from the keyboard with a visible focus ring.

Every violation found (any impact) is written to test-artifacts/axe.json; serious and critical
ones fail the test.
"""
from __future__ import annotations

import json
import re

import pytest

from .audit import DESKTOP, PHONE, npm_tool
from .audit import chromium as browser, served as host  # noqa: F401 (fixtures)
from .conftest import ROOT

pytestmark = [pytest.mark.audit, pytest.mark.browser]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = ("serious", "critical")
SCHEMES = {"light": (0, "default"), "dark": (1, "slate")}
REPORT = ROOT / "test-artifacts" / "axe.json"


# Fixtures


@pytest.fixture(scope="module")
def axe_report():
    """Every violation by viewport, palette and page, saved when the module ends."""
    report: dict[str, dict] = {}
    yield report
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def new_page(browser, viewport: dict, scheme: str = "light"):
    """A fresh page whose reader chose ``scheme`` with Material's palette toggle (kept in localStorage)."""
    index, name = SCHEMES[scheme]
    context = browser.new_context(viewport=viewport, is_mobile=viewport == PHONE, has_touch=viewport == PHONE)
    choice = json.dumps({"index": index, "color": {"media": "", "scheme": name, "primary": "indigo",
                                                   "accent": "indigo"}})
    # Material keys its storage by the site root's path; the site is served at the root.
    context.add_init_script(f"localStorage.setItem('/.__palette', {json.dumps(choice)})")
    return context.new_page()


def visit(page, url: str) -> None:
    page.goto(url, wait_until="networkidle")


# axe-core


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_serious_axe_violations_on_any_page_type(host, browser, axe_report, viewport, scheme):
    axe = npm_tool("axe-core/axe.min.js")
    page = new_page(browser, viewport, scheme)
    blocking = []
    for kind, path in host.pages.items():
        visit(page, f"{host.origin}/{path}")
        if kind == "search":
            page.locator(".briefings-search-result").first.wait_for(timeout=15000)
            page.wait_for_function("document.querySelector('#briefings-search-year').options.length > 1")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == SCHEMES[scheme][1], kind
        page.add_script_tag(path=str(axe))
        result = page.evaluate("""tags => axe.run(document, {
            runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""", AXE_TAGS)
        found = {v["id"]: {"impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
                 for v in result["violations"]}
        axe_report[f"{'phone' if viewport == PHONE else 'desktop'} {scheme} {kind}"] = found
        blocking += [f"{kind}: {rule} ({v['impact']}) at {v['nodes'][:3]}"
                     for rule, v in found.items() if v["impact"] in BLOCKING]
    page.context.close()
    assert blocking == []


# Keyboard

RING = """() => {
    // The element that shows focus: hidden toggles (drawer checkbox, palette radio) ring their label.
    const focused = document.activeElement;
    let ring = focused;
    if (focused.id === '__drawer') ring = document.querySelector('.md-header label[for="__drawer"]');
    else if (focused.classList.contains('md-option')) ring = focused.nextElementSibling;
    const style = getComputedStyle(ring);
    const box = ring.getBoundingClientRect();
    return {
        tag: focused.tagName.toLowerCase(), id: focused.id, cls: focused.className,
        text: (focused.textContent || '').trim().slice(0, 40), href: focused.getAttribute('href') || '',
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
        shadow: style.boxShadow !== 'none',
        shown: box.width > 0 && box.height > 0 && style.visibility !== 'hidden',
    };
}"""


def tab_through(page, presses: int) -> list[dict]:
    stops = []
    for _ in range(presses):
        page.keyboard.press("Tab")
        stops.append(page.evaluate(RING))
    return stops


def tab_to(page, predicate, limit: int = 60) -> dict:
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = page.evaluate(RING)
        if predicate(stop):
            return stop
    raise AssertionError("never reached by Tab")


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_every_control_is_reached_by_tab_with_a_visible_focus_ring(host, browser, viewport):
    page = new_page(browser, viewport)
    visit(page, f"{host.origin}/{host.pages['briefing']}")
    stops = tab_through(page, 40)
    page.context.close()
    unseen = [s for s in stops if not (s["outline"] or s["shadow"]) or not s["shown"]]
    assert unseen == [], "focus must always be visible"
    classes = " ".join(s["cls"] for s in stops)
    for control in ("md-skip", "md-option", "briefings-header-search__button"):
        assert control in classes, f"{control} is not reached by Tab"
    assert any("/topics/" in s["href"] for s in stops), "topic chips are not reached by Tab"
    if viewport == PHONE:
        assert stops[0]["id"] == "__drawer", "the navigation drawer is not reached by Tab"
    else:
        assert "md-tabs__link" in classes, "navigation tabs are not reached by Tab"


def test_navigation_drawer_opens_with_the_keyboard_and_leads_to_a_section(host, browser):
    page = new_page(browser, PHONE)
    visit(page, f"{host.origin}/")
    assert tab_to(page, lambda s: True)["id"] == "__drawer"
    page.keyboard.press("Space")
    assert page.evaluate("document.getElementById('__drawer').checked")
    stop = tab_to(page, lambda s: "md-nav__link" in s["cls"] and s["text"] == "People")
    assert stop["shown"] and stop["outline"]
    page.keyboard.press("Enter")
    page.wait_for_url("**/people/")
    page.context.close()


def test_closed_drawer_keeps_its_links_out_of_the_tab_order(host, browser):
    page = new_page(browser, PHONE)
    visit(page, f"{host.origin}/{host.pages['briefing']}")
    stops = tab_through(page, 12)
    page.context.close()
    assert not [s for s in stops if "md-nav__link" in s["cls"]]


def test_palette_toggles_with_the_keyboard(host, browser):
    page = new_page(browser, DESKTOP)
    visit(page, f"{host.origin}/")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    tab_to(page, lambda s: "md-option" in s["cls"])
    page.keyboard.press("Enter")
    assert page.evaluate(scheme) == "slate"
    tab_to(page, lambda s: "md-option" in s["cls"])
    page.keyboard.press("Enter")
    assert page.evaluate(scheme) == "default"
    page.context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_search_works_from_the_keyboard(host, browser, viewport):
    page = new_page(browser, viewport)
    visit(page, f"{host.origin}/")
    if viewport == PHONE:
        # The header's button opens the search page, which puts the cursor in its box.
        tab_to(page, lambda s: "briefings-header-search__button" in s["cls"])
        page.keyboard.press("Enter")
        page.wait_for_url("**/search/?q=")
        assert page.evaluate(RING)["id"] == "briefings-search-query"
    else:
        tab_to(page, lambda s: "briefings-header-search__input" in s["cls"])
    page.keyboard.type("Huang Renxun")
    page.keyboard.press("Enter")
    page.locator(".briefings-search-result a").first.wait_for(state="visible", timeout=15000)
    # The live region is written just after the results show: wait for it rather than race it.
    page.wait_for_function("document.querySelector('[role=status]').innerText.trim().length > 0", timeout=15000)
    status = page.locator("[role=status]").inner_text()
    assert status.startswith(tuple("123456789")) and "Huang Renxun" in status, status
    # The filters, then the first result, are the next stops.
    stop = tab_to(page, lambda s: s["tag"] == "summary")
    assert stop["outline"] and stop["shown"]
    page.keyboard.press("Enter")
    stop = tab_to(page, lambda s: s["tag"] == "select")
    assert stop["id"] == "briefings-search-section" and stop["outline"]
    stop = tab_to(page, lambda s: "/people/" in s["href"])
    assert stop["outline"] and stop["shown"]
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/people/jensen-huang/$"))
    page.context.close()


def test_entity_links_work_from_the_keyboard(host, browser):
    page = new_page(browser, PHONE)
    visit(page, f"{host.origin}/{host.pages['briefing']}")
    tab_to(page, lambda s: "/topics/" in s["href"])
    page.keyboard.press("Enter")
    page.wait_for_url("**/topics/*/")
    # A briefing the topic lists (not the Briefings section link).
    tab_to(page, lambda s: "briefings/" in s["href"] and not s["href"].endswith("briefings/"))
    page.keyboard.press("Enter")
    page.wait_for_url("**/briefings/*/")
    page.context.close()


# Charts (generator/charts.py): visible, no sideways scroll, nothing serious for axe in them

CHART_PAGES = ("person", "organization", "place", "topic", "timeline", "home", "connections")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_charts_are_visible_fit_the_screen_and_pass_axe(host, browser, viewport, scheme):
    axe = npm_tool("axe-core/axe.min.js")
    page = new_page(browser, viewport, scheme)
    problems = []
    for kind in CHART_PAGES:
        visit(page, f"{host.origin}/{host.pages[kind]}")
        charts = page.locator("figure.briefings-chart svg")
        if kind in ("timeline", "home", "connections"):
            assert charts.count() >= 1, kind
        for i in range(charts.count()):
            svg = charts.nth(i)
            svg.scroll_into_view_if_needed()
            assert svg.is_visible(), kind
            box = svg.bounding_box()
            assert box["width"] > 200 and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], kind
        assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], kind
        if charts.count():
            page.add_script_tag(path=str(axe))
            result = page.evaluate("""tags => axe.run({include: [['figure.briefings-chart']]}, {
                runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})""", AXE_TAGS)
            problems += [f"{kind}: {v['id']} ({v['impact']}) {[n['target'] for n in v['nodes']][:2]}" for v in result["violations"] if v["impact"] in BLOCKING]
    page.context.close()
    assert problems == []
