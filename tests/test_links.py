"""Cross-links: first mentions link to entity pages, and no link in the built site is broken."""
from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from generator.link import link
from generator.pages import Pages
from generator.render import linked
from generator.urls import briefing_path

from .conftest import ROOT, copy_project, fixture_seeds
from .linkcheck import broken_links
from .helpers import REGISTRY
from .helpers import extract_text as run

ALL_SEEDS = [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()]


def html(site, relative: str) -> BeautifulSoup:
    return BeautifulSoup((site / relative).read_text(encoding="utf-8"), "html.parser")


# The whole site


def test_no_broken_links_in_the_built_site(built_site):
    assert broken_links(built_site.site) == []


@pytest.mark.parametrize("directory_urls", [True, False])
def test_no_broken_links_with_directory_urls_on_or_off(tmp_path, directory_urls):
    project = copy_project(tmp_path / "p", ALL_SEEDS)
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text().replace("use_directory_urls: true", f"use_directory_urls: {str(directory_urls).lower()}"))
    result = project.mkdocs_build()
    assert result.returncode == 0, result.stderr
    assert broken_links(project.site) == []
    # The JSON exports' page URLs follow the same URL style, and lead to built pages.
    for export in ("briefings.json", "entities.json"):
        for item in json.loads((project.docs / "data" / export).read_text(encoding="utf-8")):
            url = item["url"]
            assert url.endswith("/") == directory_urls, url
            assert (project.site / (url + "index.html" if directory_urls else url)).is_file(), url


def test_no_link_points_at_the_site_root_when_served_under_a_sub_path(tmp_path):
    project = copy_project(tmp_path / "p", ALL_SEEDS)
    result = project.mkdocs_build(env={"SITE_URL": "https://analyst.github.io/repo/"})
    assert result.returncode == 0, result.stderr
    assert broken_links(project.site, base_path="/repo/") == []


def test_every_entity_page_is_reachable_from_its_section_index(built_site):
    from generator.kinds import KINDS

    for section in (k.section for k in KINDS):
        index = html(built_site.site, f"{section}/index.html")
        linked_pages = {a["href"].strip("/").split("/")[0] for a in index.select("article a[href]")
                        if not a["href"].startswith(("#", "http", ".."))}
        pages = {p.parent.name for p in (built_site.site / section).glob("*/index.html")}
        assert pages and pages <= linked_pages, pages - linked_pages


# Linking rules


def _site(*texts: str):
    analysed = [run(text, name=f"{i:03}.md", date=f"2025-07-{10 + i}") for i, text in enumerate(texts)]
    return link(analysed, REGISTRY)


def _body(text: str) -> str:
    site = _site(text)
    b = site.briefings[0]
    blocks = Pages(site).body(b, briefing_path(b.slug))
    return "\n".join(linked(block.text, block.links) for block in blocks if block.text)


def test_only_the_first_mention_of_an_entity_links():
    body = _body("Trump spoke first. Then Trump spoke again.\n\nTrump left.")
    assert body.count("](../people/donald-trump.md)") == 1
    assert body.startswith("[Trump](../people/donald-trump.md) spoke first")


def test_aliases_link_to_the_canonical_page():
    body = _body("NVIDIA CEO Huang Renxun met reporters in Taipei.")
    assert "[Huang Renxun](../people/jensen-huang.md)" in body


def test_links_are_whole_words_only():
    # ("Tonga" is a place of its own since the registry holds every sovereign state: "Tongan" is no one's name)
    body = _body("Kurt Tong, a managing partner at The Asia Group, spoke.\n\nTongan officials signed. Tong agreed.")
    assert "Tongan officials signed" in body and "[Tong" not in body.split("spoke.")[1].split("Tong agreed")[0]


def test_overlapping_names_never_nest_links():
    body = _body("Kurt Tong works at U.S. Asia Group in the United States.")
    assert body.count("[") == body.count("]")
    assert "[[" not in body and "[U.S. Asia Group](../organizations/" in body


def test_link_text_is_escaped_markdown():
    assert linked("a *b* [c]", [(2, 5, "../x/y.md")]) == "a [\\*b\\*](../x/y.md) \\[c\\]"


def test_headings_never_link(built_site):
    site = built_site.site
    headings = [heading for page in sorted((site / "briefings").glob("*/index.html"))
                for heading in html(site, str(page.relative_to(site))).select("article h1, article h2")]
    assert headings
    for heading in headings:
        assert heading.find("a", href=lambda h: h and ("people/" in h or "topics/" in h)) is None


# Related briefings, panels and the timeline


def test_related_briefings_are_scored_by_rare_shared_entities_and_deterministic():
    texts = ["Paul Triolo, a partner at DGA-Albright Stonebridge Group, said SMIC and Huawei gained. China agreed.",
             "Huawei and SMIC expanded output. China agreed.",
             "China agreed on soybeans. Trump agreed."]
    site = _site(*texts)
    by_title = {b.article.title[:10]: b for b in site.briefings}
    first = by_title[texts[0][:10]]
    related = site.related[first.id]
    assert site.by_id[related[0].briefing].article.title.startswith("Huawei and SMIC")
    assert {"organization/huawei", "organization/smic"} <= set(related[0].shared)
    assert related == _site(*texts).related[first.id]


def test_briefing_page_has_in_this_briefing_and_related_panels(built_site):
    page = next(p for p in built_site.briefing_pages() if "us-weighs" in p.name)
    text = page.read_text(encoding="utf-8")
    assert "## In this briefing" in text and "## Related briefings" in text
    assert "[Paul Triolo](../people/paul-triolo.md) (partner at DGA-Albright Stonebridge Group)" in text
    related = text.split("## Related briefings", 1)[1]
    assert "Huawei" in related and ", 2025" in related


def test_timeline_lists_dated_events_newest_first_with_links(built_site):
    soup = html(built_site.site, "timeline/index.html")
    items = [li.get_text(" ", strip=True) for li in soup.select("article li") if li.find("strong")]
    assert any("July 11, 2025" in item and "Wang Yi" in item for item in items)
    dates = [item.split(" · ")[0] for item in items]
    from datetime import datetime
    parsed = [datetime.strptime(d, "%B %d, %Y") for d in dates]
    assert parsed == sorted(parsed, reverse=True)
