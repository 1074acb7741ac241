"""The theme, read from the built HTML: share cards, canonical URLs, the briefing header,
the home page, and no asset from anywhere but the site itself."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from bs4 import BeautifulSoup

from .conftest import ROOT

SITE_URL = "http://127.0.0.1:8000/"  # mkdocs.yml's default when SITE_URL is not set


def soup(project, relative: str) -> BeautifulSoup:
    return BeautifulSoup((project.site / relative).read_text(encoding="utf-8"), "html.parser")


def html_pages(project):
    return sorted(p for p in project.site.rglob("*.html"))


def front_matter(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---\n", 2)[1])


def briefings(project):
    """(front matter, built page) for every generated briefing."""
    for path in project.briefing_pages():
        yield front_matter(path), f"briefings/{path.stem}/index.html"


def meta(page: BeautifulSoup, key: str) -> str | None:
    tag = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


# Share cards and canonical URLs


def test_every_briefing_has_opengraph_and_twitter_cards_from_its_front_matter(built_site):
    checked = 0
    for fm, relative in briefings(built_site):
        page = soup(built_site, relative)
        assert meta(page, "og:type") == "article"
        assert meta(page, "og:title") == fm["title"]
        assert meta(page, "og:url") == SITE_URL + relative.removesuffix("index.html")
        # The description is the summary, whole or cut at a word, quotes and all.
        assert fm["summary"].startswith(meta(page, "og:description").removesuffix("…"))
        assert meta(page, "description") == meta(page, "og:description")
        # X/Twitter reads the title and description from the OpenGraph tags: no copies of its own.
        assert meta(page, "twitter:card") == "summary"
        assert meta(page, "twitter:title") is None and meta(page, "twitter:description") is None
        if fm["date"] != "undated":
            assert meta(page, "article:published_time") == fm["date"]
        else:
            assert meta(page, "article:published_time") is None
        checked += 1
    assert checked >= 1


def test_briefings_carry_news_article_structured_data(built_site):
    fm, relative = next(briefings(built_site))
    data = json.loads(soup(built_site, relative).find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle" and data["headline"] == fm["title"]
    assert data.get("isBasedOn", "") == (fm["original_url"] or "")


def test_every_page_has_one_canonical_url_on_the_site(built_site):
    for path in html_pages(built_site):
        if path.name == "404.html":
            continue
        links = soup(built_site, path.relative_to(built_site.site).as_posix()).find_all("link", rel="canonical")
        assert len(links) == 1, path
        assert links[0]["href"].startswith(SITE_URL), path


def test_other_pages_are_websites_with_their_own_description(built_site):
    page = soup(built_site, "people/jensen-huang/index.html")
    assert meta(page, "og:type") == "website"
    assert meta(page, "og:title") == "Jensen Huang"
    assert "NVIDIA" in meta(page, "og:description")


def test_the_feed_is_advertised_on_every_page(built_site):
    for relative in ("index.html", "people/jensen-huang/index.html"):
        link = soup(built_site, relative).find("link", type="application/atom+xml")
        assert link and link["href"].endswith("feed.xml")


# No third-party assets


ASSET_ATTRIBUTES = (("script", "src"), ("link", "href"), ("img", "src"), ("source", "src"), ("iframe", "src"),
                    ("video", "src"), ("audio", "src"), ("embed", "src"), ("object", "data"))


def test_no_page_loads_anything_from_another_host(built_site):
    offenders = []
    for path in html_pages(built_site):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag, attribute in ASSET_ATTRIBUTES:
            for element in page.find_all(tag):
                if tag == "link" and not {"stylesheet", "preload", "preconnect", "icon", "modulepreload",
                                          "dns-prefetch", "manifest"} & set(element.get("rel", [])):
                    continue  # canonical and alternate links are addresses, not downloads
                url = element.get(attribute, "")
                if re.match(r"(?i)^(https?:)?//", url) and not url.startswith(SITE_URL):
                    offenders.append((path.name, tag, url))
        for style in page.find_all("style"):
            offenders += [(path.name, "style", u) for u in re.findall(r"url\(['\"]?((?:https?:)?//[^)'\"]+)", style.text)]
    for css in built_site.site.rglob("*.css"):
        if "assets" in css.parts:
            continue  # Material's own bundle is checked in the browser, by the requests it makes
        offenders += [(css.name, "css", u) for u in re.findall(r"(?:url\(|@import\s+)['\"]?((?:https?:)?//[^)'\"\s]+)",
                                                               css.read_text(encoding="utf-8"))]
    assert offenders == []


# Briefing pages


def test_briefing_header_replaces_the_plain_markdown_header(built_site):
    fm, relative = next(briefings(built_site))
    page = soup(built_site, relative)
    article = page.select_one("article")
    assert [h.get_text(strip=True) for h in article.find_all("h1")] == [fm["title"]]
    header = article.select_one("header.briefing-header")
    assert header.h1 is not None
    assert article.select_one("p.briefing-meta") is None, "the plain meta line is for other Markdown engines"
    assert "<!-- end of plain header -->" not in str(article)
    assert f"{fm['reading_time']} min read" in header.get_text()
    # The skip link lands on the headline.
    skip = page.select_one("a.md-skip")
    assert skip is None or skip["href"] == "#" + header.h1["id"]


def test_briefing_header_links_the_original_and_the_topics(built_site):
    pages = [(fm, soup(built_site, relative)) for fm, relative in briefings(built_site)]
    fm, page = next((fm, p) for fm, p in pages if fm["original_url"] and fm["topics"])
    original = page.select_one("header.briefing-header .briefing-original a")
    assert original["href"] == fm["original_url"] and "nofollow" in original["rel"]
    chips = page.select("nav.topic-chips a")
    assert sorted(a.get_text(strip=True) for a in chips) == sorted(fm["topics"])
    assert all(a["href"].startswith("../../topics/") for a in chips)


def test_plain_markdown_keeps_a_readable_header_for_other_engines(built_site):
    path = built_site.briefing_pages()[0]
    fm = front_matter(path)
    body = path.read_text(encoding="utf-8").split("---\n", 2)[2]
    assert body.splitlines()[0].startswith("# ")
    assert '<p class="briefing-meta">' in body
    assert "<!-- end of plain header -->" in body


# Home page


def test_home_page_shows_latest_briefings_and_most_mentioned(built_site):
    page = soup(built_site, "index.html")
    cards = page.select(".briefing-cards article.briefing-card")
    titles = [front_matter(p)["title"] for p in built_site.briefing_pages()]
    assert 1 <= len(cards) <= 6 and len(cards) == min(6, len(titles))
    for card in cards:
        assert card.h3.a.get_text(strip=True) in titles
        assert card.h3.a["href"].startswith("briefings/")
        assert card.select_one(".briefing-card-meta")
    chips = page.select(".chip-list a")
    assert any(a["href"].startswith("people/") for a in chips)
    assert any(a["href"].startswith("topics/") for a in chips)
    form = page.select_one("form.home-search")
    assert form["action"] == "search/" and form.find("input", attrs={"name": "q"})


def test_home_page_stays_hand_written(built_site):
    assert (built_site.docs / "index.md").read_text("utf-8") == (ROOT / "docs" / "index.md").read_text("utf-8")
    assert '--8<-- "home.md"' in (ROOT / "docs" / "index.md").read_text("utf-8")
    assert not (built_site.site / "includes").exists(), "generated includes are not pages"


def test_home_include_says_so_when_there_are_no_briefings(project):
    result = project.generate()
    assert result.returncode == 0, result.stderr
    assert "No briefings yet." in (project.docs / "includes" / "home.md").read_text("utf-8")
    assert project.mkdocs_build().returncode == 0


# Publishing


def test_sitemap_and_not_found_page_are_built(built_site):
    sitemap = (built_site.site / "sitemap.xml").read_text("utf-8")
    assert SITE_URL + "people/jensen-huang/" in sitemap
    not_found = soup(built_site, "404.html")
    assert "404" in not_found.select_one("article").get_text()
    # The error page is served from any depth, so its links are absolute paths.
    assert not_found.find("link", rel="stylesheet")["href"].startswith("/")


def test_pages_workflow_builds_with_site_url_and_deploys_with_pages_actions():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    steps = [s for job in workflow["jobs"].values() for s in job.get("steps", [])]
    uses = [s.get("uses", "") for s in steps]
    assert any(u.startswith("actions/upload-pages-artifact@") for u in uses)
    assert any(u.startswith("actions/deploy-pages@") for u in uses)
    build = next(s for s in steps if "mkdocs build" in s.get("run", ""))
    assert "--strict" in build["run"]
    env = {**workflow.get("env", {}), **next(j for j in workflow["jobs"].values() if build in j["steps"]).get("env", {}),
           **build.get("env", {})}
    assert "SITE_URL" in env
    assert workflow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the `on:` key as True


def test_entity_pages_name_their_section_above_the_headline(built_site):
    for relative, section in (("people/jensen-huang/index.html", "People"), ("topics/export-controls/index.html", "Topics")):
        kicker = soup(built_site, relative).select_one("article p.briefing-kicker a")
        assert kicker.get_text() == section and kicker["href"] == "../"


# The chrome's icons, drawn once by the shared stylesheet


def icon_drawings() -> dict[str, str]:
    """Each `.i-NAME` rule's drawing in docs/stylesheets/extra.css, by NAME (the mask's SVG, decoded)."""
    css = (ROOT / "docs" / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    found = re.findall(r'\.i-([a-z0-9-]+) \{ --i: url\("data:image/svg\+xml,(.*?)"\); \}', css)
    return {name: svg.replace("%3C", "<").replace("%3E", ">").replace("'", '"') for name, svg in found}


def test_every_page_draws_the_themes_icons_from_the_stylesheet(built_site):
    """The chrome's icons are empty 24x24 <svg class="i i-NAME"> painted by the stylesheet: each one a
    page uses has a rule there, with the theme's own drawing of that icon (a theme upgrade that redraws
    an icon fails here), and no page carries an icon's drawing inline any more."""
    from material import templates

    theme_icons = Path(templates.__file__).parent / ".icons" / "material"
    drawings = icon_drawings()
    used = set()
    for path in html_pages(built_site):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for chrome in page.select("header.md-header, nav.md-nav--primary, button.md-top"):
            for svg in chrome.find_all("svg"):
                assert "i" in svg["class"] and not svg.contents, (path, str(svg)[:80])
                used.update(c[2:] for c in svg["class"] if c.startswith("i-"))
    assert {"library", "menu", "weather-night", "weather-sunny", "magnify", "arrow-up"} <= used
    for name in used:
        assert drawings.get(name) == (theme_icons / f"{name}.svg").read_text(encoding="utf-8").strip(), name


def test_toggles_and_buttons_with_icons_keep_their_names(built_site):
    """An icon drawn by the stylesheet has no text: the control around it carries the name."""
    page = soup(built_site, "about/index.html")
    assert page.select_one("a.md-logo")["aria-label"] == "Briefings"
    assert [i["aria-label"] for i in page.select("input.md-option")] == ["Switch to dark mode", "Switch to light mode"]
    assert [label["title"] for label in page.select("form[data-md-component=palette] label")] == \
        ["Switch to dark mode", "Switch to light mode"]
    assert page.select_one("button.briefings-header-search__button")["aria-label"] == "Search"
    assert "Back to top" in page.select_one("button.md-top").get_text()
