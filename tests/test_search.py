"""Search (generator/search.py and the theme's search markup), read from the built site: Pagefind's
chunked index replaces Material's whole-archive index; what is indexed, with which weights and
filters. The search itself, in Chromium, is in tests/test_browser.py."""
from __future__ import annotations

import json
import shutil

from bs4 import BeautifulSoup

from generator import search

from .conftest import ROOT, copy_project


def soup(site, relative: str) -> BeautifulSoup:
    return BeautifulSoup((site / relative).read_text(encoding="utf-8"), "html.parser")


def indexed(site, relative: str):
    """The element Pagefind indexes on a page, or None when the page is left out."""
    return soup(site, relative).select_one("article[data-pagefind-body]")


def pages_in(bundle) -> int:
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    return sum(language["page_count"] for language in entry["languages"].values())


def briefing_with(site, predicate) -> tuple[dict, str]:
    briefings = json.loads((site / "data" / "briefings.json").read_text(encoding="utf-8"))
    b = next(b for b in briefings if predicate(b))
    return b, b["url"] + "index.html"


# The index


def test_the_pagefind_index_is_written_and_the_whole_archive_index_is_not(built_site):
    site = built_site.site
    assert not (site / "search" / "search_index.json").exists()
    for bundle in ("pagefind", "pagefind/text"):
        assert pages_in(site / bundle) > 5, bundle
        assert list((site / bundle / "index").iterdir()) and list((site / bundle / "fragment").iterdir()), bundle
    # The engine is the names bundle's; the text bundle is merged into it and ships none of its own.
    assert (site / "pagefind" / "pagefind.js").is_file() and list((site / "pagefind").glob("wasm.*"))
    assert not [p.name for p in (site / "pagefind" / "text").iterdir() if p.name.endswith((".js", ".pagefind"))]
    # Material's search is off: no dialog in the header, which leads to the search page instead.
    home = soup(site, "index.html")
    assert not home.select(".md-search, [data-md-component=search]")
    form = home.select_one("header form.briefings-header-search")
    assert form["action"] == "search/" and form.find("input", attrs={"name": "q"})


def test_the_search_page_is_built_and_not_indexed(built_site):
    page = soup(built_site.site, "search/index.html")
    assert page.select_one("form[data-briefings-search] input[name=q]")
    assert {s["name"] for s in page.select("form[data-briefings-search] select")} == {"section", "topic", "source",
                                                                                   "year"}
    assert page.find("script", src="../javascripts/search.js", type="module")
    assert page.find(attrs={"role": "status"})
    assert indexed(built_site.site, "search/index.html") is None
    assert "search/" not in [a.get("href") for a in page.select("nav.md-tabs a")]


def test_lists_and_the_build_report_stay_out_of_the_index(built_site):
    site = built_site.site
    for relative in ("briefings/index.html", "people/index.html", "organizations/index.html", "places/index.html",
                     "topics/index.html", "a-z/index.html", "timeline/index.html", "build-report/index.html",
                     "404.html"):
        assert indexed(site, relative) is None, relative
    for relative in ("index.html", "about/index.html", "people/jensen-huang/index.html"):
        assert indexed(site, relative) is not None, relative


def test_attribution_and_related_briefings_stay_out_of_the_index(built_site):
    b, relative = briefing_with(built_site.site, lambda b: b["rights"])
    article = indexed(built_site.site, relative)
    assert article.select_one("aside.attribution").has_attr("data-pagefind-ignore")
    related = article.select_one(".related-briefings")
    assert related.has_attr("data-pagefind-ignore") and "Related briefings" in related.h2.get_text()


def test_an_entity_pages_lists_of_other_pages_stay_out_of_the_index(built_site):
    # Its briefings' titles and sentences, its companions' names and its roles and quotes (each
    # with the briefing it comes from) are searched in the briefings; what is left is what names
    # the page: its name, description and aliases, the small names index a first query reads.
    article = indexed(built_site.site, "people/jensen-huang/index.html")
    for klass, heading in (("entity-briefings", "Briefings"), ("entity-companions", "Often mentioned with"),
                           ("entity-record", "Roles")):
        section = article.select_one(f"div.{klass}")
        assert section.has_attr("data-pagefind-ignore") and section.h2.get_text(strip=True) == heading, klass
        assert section.select("a[href]"), klass
    assert article.select_one("#quotes").find_parent("div", class_="entity-record")
    kept = [e for e in article.find_all(["h1", "p"], recursive=False) if not e.has_attr("data-pagefind-ignore")]
    assert "Jensen Huang" in kept[0].get_text() and any("Also known as" in e.get_text() for e in kept)


def test_entity_pages_make_the_names_bundle_and_the_rest_the_text_bundle(tmp_path):
    def page(relative: str, text: str) -> None:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<html lang='en'><body><article data-pagefind-body><h1>{text}</h1></article></body></html>",
                        encoding="utf-8")

    page("people/wang-yi/index.html", "Wang Yi")
    page("topics/export-controls/index.html", "Export controls")
    page("briefings/2025-01-01-talks/index.html", "Wang Yi on export controls")
    page("about/index.html", "About")
    page("index.html", "Home")
    assert search.text_glob(tmp_path) == "{about/**/*.html,briefings/**/*.html,index.html}"
    search.index_site(tmp_path)
    assert pages_in(tmp_path / "pagefind") == 2 and pages_in(tmp_path / "pagefind" / "text") == 3
    # A site without entity pages (a new project) gets one bundle of everything: search.js merges
    # no text bundle when there is none.
    for section in ("people", "topics"):
        shutil.rmtree(tmp_path / section)
    search.index_site(tmp_path)
    assert pages_in(tmp_path / "pagefind") == 3 and not (tmp_path / "pagefind" / "text").exists()


def test_the_full_text_is_split_by_age_newest_first(tmp_path):
    """A first query merges only pagefind/text/ (the other pages and the newest briefings), so what
    it fetches does not grow with the archive; older briefings come in bundles listed newest first."""
    def page(relative: str, text: str) -> None:
        path = tmp_path / relative / "index.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        year = relative.split("/")[-1][:4]
        fields = f'<span data-pagefind-filter="year">{year}</span>' if year.isdigit() else ""
        path.write_text(f"<html lang='en'><body><article data-pagefind-body><h1>{text}</h1>"
                        f"<div hidden>{fields}<span data-pagefind-filter=\"source\">A &amp; B</span></div>"
                        "</article></body></html>", encoding="utf-8")

    page("people/wang-yi", "Wang Yi")
    page("about", "About")
    for name in ("2024-05-01-a", "2025-02-01-b", "undated-c", "2025-01-01-d", "2023-12-31-e"):
        page(f"briefings/{name}", f"Export controls {name}")
    (tmp_path / "briefings" / "index.html").write_text("<html lang='en'><body>list</body></html>", encoding="utf-8")
    assert search.briefings_by_age(tmp_path) == ["2025-02-01-b", "2025-01-01-d", "2024-05-01-a", "2023-12-31-e",
                                                 "undated-c"]
    assert search.text_globs(tmp_path, 5) == [search.text_glob(tmp_path)]
    search.index_site(tmp_path, per_bundle=2)
    bundle = tmp_path / "pagefind"
    assert json.loads((bundle / "text" / "older.json").read_text(encoding="utf-8")) == ["text-1/", "text-2/"]
    assert [pages_in(bundle / name) for name in ("text", "text-1", "text-2")] == [3, 2, 1]
    assert "2025-02-01-b" in search.text_globs(tmp_path, 2)[0] and "undated-c" in search.text_globs(tmp_path, 2)[2]
    # The filter lists over every page, and which values each full-text bundle holds: a filtered
    # query merges only those that hold its values, and the lists merge none.
    filters = json.loads((bundle / "text" / "filters.json").read_text(encoding="utf-8"))
    assert filters["counts"] == {"source": {"A & B": 7}, "year": {"2023": 1, "2024": 1, "2025": 2}}
    assert {name: held.get("year") for name, held in filters["bundles"].items()} == {
        "text/": ["2025"], "text-1/": ["2023", "2024"], "text-2/": None}
    for name in ("text", "text-1", "text-2"):  # merged into the names bundle's engine: none of their own
        assert not [p.name for p in (bundle / name).iterdir() if p.name.endswith((".js", ".pagefind"))], name
    # Fewer briefings later (under `mkdocs serve`): the older bundles of the earlier run go.
    search.index_site(tmp_path, per_bundle=3)
    assert not (bundle / "text-2").exists()
    assert json.loads((bundle / "text" / "older.json").read_text(encoding="utf-8")) == ["text-1/"]


def test_entity_pages_carry_every_name_at_the_highest_weight(built_site):
    article = indexed(built_site.site, "people/jensen-huang/index.html")
    weighted = article.select_one("[data-pagefind-weight='10']")
    assert weighted.has_attr("hidden")
    for name in ("Jensen Huang", "Huang Renxun", "黄仁勋", "Jen-Hsun Huang"):
        assert name in weighted.get_text(), name
    fields = {e["data-pagefind-meta"]: e.get_text() for e in article.select("[data-pagefind-meta]")}
    assert fields == {"title": "Jensen Huang", "kind": "Person"}
    assert [e.get_text() for e in article.select("[data-pagefind-filter=section]")] == ["People"]


def test_briefings_are_filtered_by_section_topic_source_and_year(built_site):
    b, relative = briefing_with(built_site.site, lambda b: b["source"] and b["topics"] and b["date"] != "undated")
    article = indexed(built_site.site, relative)
    assert filters_of(article) == {"section": ["Briefings"], "year": [b["date"][:4]], "source": [b["source"]],
                       "topic": b["topics"]}
    meta = {e["data-pagefind-meta"]: e.get_text() for e in article.select("[data-pagefind-meta]")}
    assert meta["title"] == b["title"] and meta["kind"] == "Briefing" and meta["source"] == b["source"]
    # Filters and result fields are read by Pagefind, never shown nor indexed as text.
    holder = article.select_one("[data-pagefind-filter]").parent
    assert holder.has_attr("hidden") and holder.has_attr("data-pagefind-ignore")


def filters_of(article) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for element in article.select("[data-pagefind-filter]"):
        found.setdefault(element["data-pagefind-filter"], []).append(element.get_text())
    return found


def test_a_source_is_labelled_as_a_source_and_found_by_its_own_filter(built_site):
    article = indexed(built_site.site, "sources/xinhua-news-agency/index.html")
    meta = {e["data-pagefind-meta"]: e.get_text() for e in article.select("[data-pagefind-meta]")}
    assert meta == {"title": "Xinhua News Agency", "kind": "Source"}
    assert filters_of(article) == {"section": ["Sources"], "source": ["Xinhua News Agency"]}
    # The organization of the same name is told apart by its label, and is not a source.
    twin = indexed(built_site.site, "organizations/xinhua-news-agency/index.html")
    assert twin.select_one("[data-pagefind-meta=kind]").get_text() == "Organization"
    assert filters_of(twin) == {"section": ["Organizations"]}


def test_briefings_are_filed_under_their_source_page_name_whatever_the_seed_spelled(built_site):
    # The seeds say "Xinhua" and "AP"; their source pages (and the filter) say the registry's names.
    for spelled, named in (("Xinhua", "Xinhua News Agency"), ("AP", "Associated Press")):
        b, relative = briefing_with(built_site.site, lambda b: b["source"] == spelled)
        article = indexed(built_site.site, relative)
        assert filters_of(article)["source"] == [named]
        assert article.select_one("[data-pagefind-meta=source]").get_text() == named


def test_with_pagefind_off_material_search_and_its_index_come_back(tmp_path):
    project = copy_project(tmp_path / "project", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt"])
    result = project.mkdocs_build(env={"BRIEFINGS_PAGEFIND": "false"})
    assert result.returncode == 0, result.stderr
    index = json.loads((project.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    person = [d for d in index["docs"] if d["location"].startswith("people/jensen-huang/")]
    assert person and person[0].get("boost") == 4
    assert not (project.site / "pagefind").exists()
    home = soup(project.site, "index.html")
    assert home.select_one("[data-md-component=search]") and not home.select("[data-pagefind-body]")
    # The home page's box still leads somewhere: the search page opens Material's search (?q=).
    assert "Type in the search box" in soup(project.site, "search/index.html").get_text()
