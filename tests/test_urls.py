"""Paths, links and URLs of generated pages (generator/urls.py), and display dates (generator/dates.py)."""
from __future__ import annotations

from datetime import date

from generator.dates import display_date, display_month, iso_date
from generator.urls import briefing_path, entity_path, index_path, page_url, relative


def test_pages_are_named_by_their_path_under_docs():
    assert briefing_path("2025-07-18-x") == "briefings/2025-07-18-x.md"
    assert entity_path("person", "wang-yi") == "people/wang-yi.md"
    assert index_path("topics") == "topics/index.md"


def test_links_between_pages_are_relative_markdown_links():
    assert relative("people/wang-yi.md", "briefings/x.md") == "../people/wang-yi.md"
    assert relative("people/wang-yi.md", "people/xi-jinping.md") == "../people/wang-yi.md"
    assert relative("people/wang-yi.md", "people/index.md") == "wang-yi.md"
    assert relative("briefings/x.md", "index.md") == "briefings/x.md"
    assert relative("data/entities.json", "topics/tariffs.md") == "../data/entities.json"


def test_page_urls_follow_use_directory_urls():
    assert page_url("briefings/x.md") == "briefings/x/"
    assert page_url("briefings/x.md", use_directory_urls=False) == "briefings/x.html"
    assert page_url("people/index.md") == page_url("people/index.md", use_directory_urls=False) == "people/"


def test_one_date_format_in_english_whatever_the_locale():
    assert display_date(date(2025, 7, 8)) == "July 8, 2025" and display_date(None) == "Undated"
    assert display_month(date(2025, 1, 31)) == "January 2025" and display_month(None) == "Undated"
    assert iso_date(date(2025, 7, 8)) == "2025-07-08" and iso_date(None) == "undated"
