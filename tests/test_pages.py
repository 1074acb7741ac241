"""The pages a reader opens: entity pages, section indexes, the A–Z index and the JSON export."""
from __future__ import annotations

import json
import subprocess
import sys

from bs4 import BeautifulSoup

from .conftest import ROOT


def soup(site, relative: str) -> BeautifulSoup:
    return BeautifulSoup((site.site / relative).read_text(encoding="utf-8"), "html.parser")


def article_text(site, relative: str) -> str:
    return " ".join(soup(site, relative).select_one("article").get_text(" ").split())


def test_person_page_has_roles_quotes_briefings_and_companions(built_site):
    text = article_text(built_site, "people/jensen-huang/index.html")
    assert "Also known as" in text and "Huang Renxun" in text
    assert "NVIDIA CEO" in text and "chief executive of NVIDIA" in text  # each briefing's own description
    assert "The export control was a failure" in text
    assert "NVIDIA CEO Huang Renxun speaks to reporters" in text  # the sentence of the mention
    assert "Often mentioned with" in text and "NVIDIA" in text


def test_person_page_lists_briefings_newest_first(built_site):
    page = soup(built_site, "people/donald-trump/index.html")
    heading = page.find(id="briefings")
    dates = [li.get_text(" ").split(" · ")[1].split("\n")[0].strip() for li in heading.find_next("ul").find_all("li")]
    from datetime import datetime
    parsed = [datetime.strptime(d.strip(), "%B %d, %Y") for d in dates if d.strip() != "Undated"]
    assert len(parsed) >= 2 and parsed == sorted(parsed, reverse=True)


def test_unregistered_people_with_evidence_get_pages(built_site):
    text = article_text(built_site, "people/marlowe-fenwick/index.html")
    assert "export-control lawyer at Harbor Pike Partners" in text


def test_topic_page_lists_who_is_quoted_on_it(built_site):
    text = article_text(built_site, "topics/rare-earths/index.html")
    assert "Who is quoted on this topic" in text and "Liang Qiwen" in text


def test_section_indexes_are_a_to_z_with_counts(built_site):
    page = soup(built_site, "people/index.html")
    letters = [h.get_text(strip=True) for h in page.select("article h2")]
    assert letters == sorted(letters, key=lambda letter: (letter == "#", letter))  # "#" (other scripts) last
    entries = [li.get_text(" ", strip=True) for li in page.select("article li")]
    assert any(e.startswith("Donald Trump") and e.endswith("3") for e in entries)


def test_combined_a_to_z_index_lists_every_kind(built_site):
    text = article_text(built_site, "a-z/index.html")
    for name in ("Jensen Huang", "NVIDIA", "Kuala Lumpur", "Export controls"):
        assert name in text


def test_json_export_describes_briefings_and_entities(built_site):
    briefings = json.loads((built_site.site / "data" / "briefings.json").read_text(encoding="utf-8"))
    entities = json.loads((built_site.site / "data" / "entities.json").read_text(encoding="utf-8"))
    real = next(b for b in briefings if b["seed"] == "000_4c66626bd7c7efee.txt")
    assert real["source"] == "Observer News" and real["date"].startswith("2025-07")
    assert "Jensen Huang" in real["people"] and (built_site.site / real["url"] / "index.html").exists()
    huang = next(e for e in entities if e["name"] == "Jensen Huang")
    assert "Huang Renxun" in huang["aliases"] and huang["kind"] == "person"
    assert {r["role"] for r in huang["roles"]} >= {"NVIDIA CEO"} and huang["mentions"]


def test_entities_command_ranks_unregistered_names_with_context(project, real_seed):
    project.add_seed("a.txt", "Odile Marchetti, an economist at Lodestar Bank, said rates would fall.\n")
    project.add_seed("b.txt", "\"Rates will fall,\" said Odile Marchetti. The Lodestar Bank agreed.\n")
    result = subprocess.run([sys.executable, "-m", "generator", "entities", "--seeds", str(project.seeds),
                             "--registry", str(project.registry)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "Odile Marchetti" in first and "2 briefings" in first
    assert "Lodestar Bank" in result.stdout


def test_every_generated_page_says_what_it_is_in_its_front_matter(built_site):
    """The theme reads a page's type (and an entity's section) from the front matter, never from its text."""
    from generator.kinds import BY_NAME, GENERATED_DIRS, INCLUDES_DIR, KINDS

    from .helpers import front_matter

    types = {}
    for folder in set(GENERATED_DIRS) - {INCLUDES_DIR}:  # includes are fragments of a page, not pages
        for path in (built_site.docs / folder).glob("*.md"):
            meta = front_matter(path.read_text(encoding="utf-8"))
            types.setdefault(meta["type"], []).append(meta)
    assert set(types) == {"briefing", "briefings", "entity", "section", "timeline", "a-z", "report", "connections"}
    assert len(types["section"]) == len(KINDS) and all(m["display_date"] for m in types["briefing"])
    for meta in types["entity"]:
        kind = BY_NAME[meta["kind"]]
        assert (meta["section"], meta["section_title"], meta["kind_title"]) == (kind.section, kind.title, kind.singular)


# Sources: the outlets briefings come from have pages and feeds of their own


def test_each_source_has_a_page_and_a_feed_under_the_registry_name(built_site):
    # "Xinhua" (a registry alias of a media organization) is the registry's "Xinhua News Agency".
    text = article_text(built_site, "sources/xinhua-news-agency/index.html")
    assert "Xinhua News Agency" in text and "Also known as" in text and "Xinhua" in text
    assert "rare earth" in text  # its briefing, with a one-line summary
    assert (built_site.site / "sources/xinhua-news-agency.xml").is_file()
    assert (built_site.site / "sources/reuters/index.html").is_file()
    assert not (built_site.site / "sources/xinhua").exists()


def test_a_briefing_links_its_source_in_the_header_and_the_attribution(built_site):
    (path,) = (built_site.site / "briefings").glob("*huawei-founder*/index.html")
    page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for selector in (".briefing-byline .briefing-source a", ".attribution dd a[href*='sources/']"):
        link = page.select_one(selector)
        assert link is not None and link.get_text() == "Observer News", selector
        assert (path.parent / link["href"] / "index.html").resolve().is_file()


def test_sources_are_a_section_and_in_the_a_to_z(built_site):
    page = soup(built_site, "sources/index.html")
    names = [a.get_text() for a in page.select("article li a")]
    assert "Observer News" in names and "Reuters" in names
    assert "Xinhua News Agency" in article_text(built_site, "a-z/index.html")


def companions(page: BeautifulSoup) -> dict[str, str]:
    """An entity page's "Often mentioned with": kind title -> the text of its line."""
    groups = {}
    for p in page.find(id="often-mentioned-with").find_all_next("p"):
        label = p.find("strong")
        if label:
            groups[label.get_text(strip=True).rstrip(":")] = p.get_text(" ", strip=True)
    return groups


def test_often_mentioned_with_is_grouped_by_kind_and_ranked_by_shared_briefings(built_site):
    page = soup(built_site, "people/donald-trump/index.html")
    section = page.find(id="often-mentioned-with")
    groups = companions(page)
    assert list(groups) == ["People", "Organizations", "Places", "Topics"]
    assert "Xi Jinping (2 shared briefings)" in groups["People"]  # he shares the most, so he comes first
    assert groups["People"].index("Xi Jinping") < groups["People"].index("Joe Biden")
    # One shared briefing is what every companion has: it is not spelled out.
    assert "1 shared briefing" not in section.parent.get_text() and "· 1 briefing" not in section.parent.get_text()


def test_indexes_have_a_letter_bar_that_jumps_to_each_letter(built_site):
    for relative in ("a-z/index.html", "people/index.html", "sources/index.html"):
        page = soup(built_site, relative)
        bar = page.select_one("article nav.letter-bar")
        headings = page.select("article h2")
        assert [a["href"] for a in bar.select("a")] == [f"#{h['id']}" for h in headings], relative
        assert [a.get_text() for a in bar.select("a")] == [h.get_text(strip=True) for h in headings]


def test_indexes_list_aliases_pointing_to_the_canonical_page(built_site):
    for relative in ("a-z/index.html", "people/index.html"):
        page = soup(built_site, relative)
        (entry,) = [li for li in page.select("article li") if li.get_text(" ", strip=True).startswith("Huang Renxun")]
        assert entry.get_text(" ", strip=True) == "Huang Renxun → Jensen Huang"
        assert entry.a["href"].rstrip("/").endswith("jensen-huang")


def test_the_archive_lists_every_briefing_without_javascript_with_its_filters_data(built_site):
    page = soup(built_site, "briefings/index.html")
    items = page.select("article ul.briefing-archive > li")
    briefings = json.loads((built_site.docs / "data" / "briefings.json").read_text(encoding="utf-8"))
    assert len(items) == len(briefings)
    form = page.select_one("article form.archive-filter")
    assert form.has_attr("hidden"), "the filters show only when their script runs"
    assert {s["name"] for s in form.select("select")} == {"topic", "source", "year"}
    assert "observer-news" in [o["value"] for o in form.select("select[name=source] option")]
    (huawei,) = [li for li in items if "Huawei founder" in li.get_text()]
    assert huawei["data-source"] == "observer-news" and huawei["data-year"] == "2025"
    assert "ai-chips" in huawei["data-topics"].split()
    summary = huawei.select_one(".archive-summary").get_text()
    assert summary.startswith("Huawei founder Ren Zhengfei") and len(summary) <= 161
    script = [s["src"] for s in page.select("script[src]") if "archive-filter" in s["src"]]
    assert script and (built_site.site / "javascripts" / "archive-filter.js").is_file()


def test_a_source_page_lists_what_its_briefings_name_by_kind_most_often_first(built_site):
    # Observer News published two briefings of the fixture set; both name NVIDIA, China and AI chips.
    page = soup(built_site, "sources/observer-news/index.html")
    groups = companions(page)
    assert list(groups) == ["People", "Organizations", "Places", "Topics"]
    assert groups["Organizations"].startswith("Organizations: NVIDIA (2 briefings) ·")
    assert "China (2 briefings)" in groups["Places"] and "AI chips (2 briefings)" in groups["Topics"]
    assert "Jensen Huang" in groups["People"] and "(1 briefing" not in " ".join(groups.values())
    for link in page.find(id="often-mentioned-with").find_all_next("a", href=lambda h: h and "people/" in h):
        assert (built_site.site / "sources/observer-news" / link["href"] / "index.html").resolve().is_file()
    # Its relation map draws the same companions, each a link.
    assert page.select_one("figure.briefings-chart--map svg a.chart-link")


def test_a_source_and_the_organization_of_the_same_name_link_to_each_other(built_site):
    source, organization = "sources/xinhua-news-agency/", "organizations/xinhua-news-agency/"
    for here, there, label in ((source, organization, "As an organization:"), (organization, source, "As a source:")):
        page = soup(built_site, here + "index.html")
        line = next(p for p in page.select("article p") if p.get_text(" ", strip=True).startswith(label))
        link = line.find("a")
        assert link.get_text() == "Xinhua News Agency"
        assert (built_site.site / here / link["href"]).resolve() == (built_site.site / there).resolve()
    # An outlet no briefing mentions as an organization has no such line, and no page links to a missing one.
    assert "As an organization" not in article_text(built_site, "sources/observer-news/index.html")


def test_sources_stay_off_the_connections_network(built_site):
    page = soup(built_site, "connections/index.html")
    assert page.select("article a[href*='people/']")
    assert not page.select("article a[href*='sources/']")
