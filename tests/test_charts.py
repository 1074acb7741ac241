"""Charts: static inline SVG drawn at build time (generator/charts.py), and the pages that carry them."""
from __future__ import annotations

import re
from datetime import date

import pytest
from bs4 import BeautifulSoup

from generator import charts
from generator.charts import Bar, BarChart, Network, Node, RelationMap
from generator.pages import month_bars
from generator.urls import page_href

from .linkcheck import broken_links

LIMIT = 30_000
HOSTILE = '<script>alert("x")</script> & "Q" \x07'


def months(n: int) -> BarChart:
    return BarChart("c", f"Briefings mentioning {HOSTILE}", "Bars by month.", "briefing", "Month",
                    tuple(Bar(f"M{i}", i % 5) for i in range(n)), note="1 undated briefing is not shown.")


def ranked() -> BarChart:
    return BarChart("a", "Most mentioned", "Top names.", "briefing", "Name",
                    (Bar(HOSTILE, 4), Bar("Wang Yi", 2)), horizontal=True)


def relations(n: int = 8) -> RelationMap:
    return RelationMap("r", "With", "Neighbours.", Node(HOSTILE, "", "person"),
                       tuple(Node(f"{HOSTILE} {i}", f"../../people/p{i}/", "person", i + 1) for i in range(n)))


def net(n: int = 30) -> Network:
    nodes = tuple(Node(f"Entity with a rather long name {i} {HOSTILE}", f"../people/p{i}/", "topic", i)
                  for i in range(n))
    edges = tuple((a, b, 1 + (a * b) % 7) for a in range(n) for b in range(a + 1, n))[:200]
    return Network("n", "Network", "All of them.", nodes, edges)


ALL = {"bars": lambda: charts.bar_chart(months(36)), "hbars": lambda: charts.bar_chart(ranked()),
       "map": lambda: charts.relation_map(relations()), "network": lambda: charts.network(net())}


@pytest.mark.parametrize("name", ALL)
def test_a_chart_is_the_same_bytes_every_time_and_under_30_kb(name):
    first, second = ALL[name](), ALL[name]()
    assert first == second and first
    assert len(first.encode("utf-8")) < LIMIT
    assert "\n\n" not in first  # one raw HTML block for Markdown


@pytest.mark.parametrize("name", ALL)
def test_labels_are_escaped_and_nothing_runs(name):
    svg = ALL[name]()
    soup = BeautifulSoup(svg, "html.parser")
    assert soup.find("script") is None and "<script>" not in svg and "\x07" not in svg
    assert not any(attr.startswith("on") for tag in soup.find_all(True) for attr in tag.attrs)


@pytest.mark.parametrize("name", ALL)
def test_a_chart_is_named_described_and_scales_to_its_column(name):
    svg = BeautifulSoup(ALL[name](), "html.parser").find("svg")
    assert svg["role"] in ("img", "group") and svg["width"] == "100%" and svg["viewbox"].startswith("0 0 ")
    title, desc = svg.find("title"), svg.find("desc")
    assert title.get_text() and desc.get_text()
    assert svg["aria-labelledby"].split() == [title["id"], desc["id"]]


def test_a_chart_with_links_is_a_group_whose_links_have_names():
    svg = BeautifulSoup(charts.relation_map(relations()), "html.parser").find("svg")
    # An image's children are presentational: links inside role="img" would be hidden from assistive tech.
    assert svg["role"] == "group"
    links = svg.find_all("a")
    assert [a["xlink:href"] for a in links] == [f"../../people/p{i}/" for i in range(8)]
    assert all(a["aria-label"].endswith(("shared briefing", "shared briefings")) for a in links)


def test_the_hidden_table_holds_the_same_numbers_as_the_bars():
    chart = months(12)
    soup = BeautifulSoup(charts.bar_chart(chart), "html.parser")
    table = soup.find("table")
    assert "visually-hidden" in table.parent["class"]
    rows = [(tr.th.get_text(), int(tr.td.get_text())) for tr in table.tbody.find_all("tr")]
    assert rows == [(b.label, b.value) for b in chart.bars]
    assert len(soup.find_all("rect", class_="chart-bar")) == sum(1 for b in chart.bars if b.value)
    assert soup.find("figcaption").get_text() == "1 undated briefing is not shown."


def test_the_relation_map_lists_its_numbers_and_widens_the_strongest_edge():
    soup = BeautifulSoup(charts.relation_map(relations(3)), "html.parser")
    assert [li.get_text() for li in soup.find("ul", class_="visually-hidden").find_all("li")] == [
        f'{charts.esc(HOSTILE).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", chr(34))} {i}: '
        f'{i + 1} shared briefing{"s" if i else ""}' for i in range(3)]
    widths = [float(line["stroke-width"]) for line in soup.find_all("line", class_="chart-edge")]
    assert widths == sorted(widths) and widths[-1] == 8


def test_nothing_to_draw_draws_nothing():
    assert charts.relation_map(RelationMap("r", "t", "d", Node("x", ""), ())) == ""
    assert charts.network(Network("n", "t", "d", (), ())) == ""
    assert charts.bar_chart(BarChart("b", "t", "d", "briefing", "Month", ())) == ""
    # Every briefing undated: no bars, and the page says why.
    only_note = charts.bar_chart(BarChart("b", "t", "d", "briefing", "Month", (), note="2 undated briefings are not shown."))
    assert "<svg" not in only_note and "2 undated briefings are not shown." in only_note


def test_month_bars_fill_empty_months_and_keep_the_newest():
    bars, earlier = month_bars([date(2024, 11, 3), date(2025, 1, 9), date(2025, 1, 20)])
    assert [(b.label, b.value) for b in bars] == [("Nov 2024", 1), ("Dec 2024", 0), ("Jan 2025", 2)] and earlier == 0
    bars, earlier = month_bars([date(2020, 1, 1), date(2025, 1, 1)], limit=12)
    assert len(bars) == 12 and bars[-1].label == "Jan 2025" and earlier == 1


def test_links_in_raw_html_are_final_urls():
    assert page_href("people/wang-yi.md", "places/china.md") == "../../people/wang-yi/"
    assert page_href("people/wang-yi.md", "connections/index.md") == "../people/wang-yi/"
    assert page_href("people/wang-yi.md", "index.md") == "people/wang-yi/"
    assert page_href("people/wang-yi.md", "places/china.md", False) == "../people/wang-yi.html"


# The built site


def svgs(site, relative: str) -> list:
    return BeautifulSoup((site / relative).read_text(encoding="utf-8"), "html.parser").select("figure.briefings-chart svg")


def test_built_pages_carry_their_charts_and_every_chart_link_resolves(built_site):
    site = built_site.site
    person = next(p for p in sorted((site / "people").glob("*/index.html")) if len(svgs(site, p.relative_to(site))) == 2)
    found = {"person": svgs(site, person.relative_to(site)), "timeline": svgs(site, "timeline/index.html"),
             "home": svgs(site, "index.html"), "connections": svgs(site, "connections/index.html")}
    for section in ("organizations", "places", "topics"):
        first = sorted((site / section).glob("*/index.html"))[0]
        found[section] = svgs(site, first.relative_to(site))
    for page, pictures in found.items():
        assert pictures, page
        for svg in pictures:
            assert len(str(svg).encode("utf-8")) < LIMIT, page
            assert svg.find("title").get_text() and svg.find("desc").get_text(), page
    assert found["connections"][0].find_all("a") and found["person"][1].find_all("a")
    problems = [p for p in broken_links(site) if "chart" in p or "connections" in p]
    assert broken_links(site) == [] and problems == []


def test_every_page_a_chart_links_is_also_a_plain_html_link_on_its_page(built_site):
    # Crawlers follow only <a href> (Lighthouse's crawlable-anchors): the SVG's links are role="link"
    # over xlink:href, and each must be reachable from the page's own HTML as well.
    site = built_site.site
    for relative in ("people/donald-trump/index.html", "sources/observer-news/index.html", "connections/index.html"):
        page = BeautifulSoup((site / relative).read_text(encoding="utf-8"), "html.parser")
        drawn = page.select("figure.briefings-chart svg a")
        assert drawn and all(a["role"] == "link" and not a.has_attr("href") for a in drawn), relative
        plain = {a["href"] for a in page.select("article a[href]")}
        # Charts are raw HTML, so their links are final URLs; Markdown links are rewritten to the same.
        assert {a["xlink:href"] for a in drawn} <= plain, relative


def test_an_entity_page_says_how_many_undated_briefings_its_chart_leaves_out(built_site):
    # 106_ft_tong.txt has no date: Anson Tong's only briefing is left out of the chart, and said so.
    soup = BeautifulSoup((built_site.site / "people" / "anson-tong" / "index.html").read_text("utf-8"), "html.parser")
    captions = [f.get_text() for f in soup.select("figure.briefings-chart figcaption")]
    assert any("undated briefing" in c and "not shown" in c for c in captions)
