"""The built HTML as validators and search engines read it: the Nu HTML Checker over every page,
and the tags a search engine or a share card reads from each page's head."""
from __future__ import annotations

import json
import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.text import join_names

from .audit import java, npm_tool

BASELINE = Path(__file__).resolve().parent / "vnu-baseline.yml"


def pages(site: Path) -> dict[str, BeautifulSoup]:
    return {str(p.relative_to(site)): BeautifulSoup(p.read_text("utf-8"), "html.parser")
            for p in sorted(site.rglob("*.html"))}


def meta(soup: BeautifulSoup, **attrs) -> str | None:
    tag = soup.find("meta", attrs=attrs)
    return tag.get("content") if tag else None


def briefings(site: Path) -> list[dict]:
    return json.loads((site / "data" / "briefings.json").read_text("utf-8"))


# Nu HTML Checker


def normalised(message: dict) -> tuple[str, str]:
    """(message, highlighted markup) with file, line and whitespace taken out: stable across builds."""
    start, length = message.get("hiliteStart", 0), message.get("hiliteLength", 0)
    markup = (message.get("extract") or "")[start:start + length]
    return " ".join(message["message"].split()), " ".join(markup.split())


@pytest.mark.audit
def test_nu_html_checker_finds_no_error_beyond_materials_own(built_site):
    vnu = npm_tool("vnu-jar/build/dist/vnu.jar")
    result = subprocess.run([java(), "-jar", str(vnu), "--format", "json", "--skip-non-html", str(built_site.site)],
                            capture_output=True, text=True, timeout=300)
    report = json.loads(result.stderr or result.stdout)
    problems = [m for m in report["messages"]
                if m["type"] in ("error", "non-document-error") or m.get("subType") == "warning"]
    baseline = {(" ".join(e["message"].split()), " ".join(e["markup"].split()))
                for e in yaml.safe_load(BASELINE.read_text("utf-8"))}
    found = Counter(normalised(m) for m in problems)
    new = [f"{m['url'].split('/site/', 1)[-1]}:{m.get('lastLine')}: {m['message']} {normalised(m)[1]}"
           for m in problems if normalised(m) not in baseline]
    assert new == [], "HTML errors that Material's stock markup does not explain"
    assert baseline - set(found) == set(), f"{BASELINE.name} lists errors that no longer occur: delete them"
    pages_checked = len(list(built_site.site.rglob("*.html")))
    assert pages_checked > 20


# Search engines and share cards


def test_every_page_has_a_unique_title_and_a_description(built_site):
    site = pages(built_site.site)
    titles = Counter(soup.title.get_text(strip=True) for soup in site.values())
    assert [t for t, n in titles.items() if n > 1] == []
    for name, soup in site.items():
        assert soup.find("html").get("lang") == "en", name
        assert (meta(soup, name="description") or "").strip(), name
        assert meta(soup, name="viewport"), name


def test_every_indexable_page_has_a_canonical_url_and_open_graph_tags(built_site):
    for name, soup in pages(built_site.site).items():
        if meta(soup, name="robots") == "noindex":
            continue
        canonical = soup.find("link", rel="canonical")
        assert canonical and canonical["href"].startswith("http"), name
        expected = name.removesuffix("index.html")
        assert canonical["href"].endswith("/" + expected) or canonical["href"].endswith(expected), name
        assert meta(soup, property="og:url") == canonical["href"], name
        for prop in ("og:title", "og:description", "og:type", "og:site_name"):
            assert meta(soup, property=prop), (name, prop)
        assert meta(soup, name="twitter:card"), name


def test_the_404_page_is_kept_out_of_search_engines(built_site):
    soup = pages(built_site.site)["404.html"]
    assert meta(soup, name="robots") == "noindex"
    assert "not found" in soup.title.get_text().lower()


def test_briefings_describe_themselves_from_their_summary_and_as_news_articles(built_site):
    site = pages(built_site.site)
    listed = briefings(built_site.site)
    assert listed
    for briefing in listed:
        soup = site[briefing["url"] + "index.html"]
        summary = " ".join(briefing["summary"].split())
        description = meta(soup, name="description")
        assert description and summary.startswith(description.rstrip("…").rstrip()), briefing["url"]
        assert meta(soup, property="og:description") == description
        assert meta(soup, property="og:type") == "article"
        assert soup.title.get_text(strip=True).startswith(briefing["title"])
        (script,) = soup.find_all("script", type="application/ld+json")
        article = json.loads(script.string)
        assert article["@context"] == "https://schema.org" and article["@type"] == "NewsArticle"
        assert article["headline"] == briefing["title"]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(briefing["date"] or "")):
            assert article["datePublished"] == briefing["date"]
            assert meta(soup, property="article:published_time") == briefing["date"]
        if briefing["author"]:
            authors = article["author"] if isinstance(article["author"], list) else [article["author"]]
            assert [a["@type"] for a in authors] == ["Person"] * len(authors)
            assert join_names([a["name"] for a in authors]) == briefing["author"]
        assert article["publisher"]["name"]
        if briefing["original_url"]:
            assert article["isBasedOn"] == briefing["original_url"]
        # The page's address once (the canonical link and og:url carry it too); the description is the meta tag's.
        assert article["mainEntityOfPage"] == soup.find("link", rel="canonical")["href"]
        assert "url" not in article and "description" not in article


def test_only_briefings_claim_to_be_articles(built_site):
    urls = {b["url"] + "index.html" for b in briefings(built_site.site)}
    for name, soup in pages(built_site.site).items():
        if name not in urls:
            assert not soup.find("script", type="application/ld+json"), name
            assert meta(soup, property="og:type") in (None, "website"), name
