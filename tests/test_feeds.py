"""What feed readers and GitHub read: the Atom feed through feedparser (what most readers use),
and the Pages workflow against GitHub's workflow schema (bundled with check-jsonschema: offline)."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

from .conftest import ROOT


def dated_briefings(site: Path) -> list[dict]:
    listed = json.loads((site / "data" / "briefings.json").read_text("utf-8"))
    return [b for b in listed if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(b.get("date") or ""))]


@pytest.fixture(scope="module")
def feed(built_site):
    return feedparser.parse((built_site.site / "feed.xml").read_bytes())


def test_feed_parses_without_a_bozo_flag(feed):
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title and feed.feed.link


def test_feed_has_one_entry_per_dated_briefing_with_title_link_date_and_summary(feed, built_site):
    expected = {b["url"]: b for b in dated_briefings(built_site.site)}
    assert expected, "the test site has dated briefings"
    base = feed.feed.link
    entries = {e.link.removeprefix(base): e for e in feed.entries}
    assert sorted(entries) == sorted(expected)
    for url, entry in entries.items():
        briefing = expected[url]
        assert entry.title == briefing["title"]
        assert entry.published.startswith(briefing["date"])
        assert " ".join(entry.summary.split()) == " ".join(briefing["summary"].split())
        assert entry.id == entry.link


def test_feed_is_newest_first(feed):
    dates = [entry.published_parsed for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_pages_are_announced_to_feed_readers(built_site):
    home = (built_site.site / "index.html").read_text("utf-8")
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]*href="feed.xml"', home)


def test_github_workflows_match_githubs_schema():
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.y*ml"))
    assert workflows, "the Pages workflow is missing"
    tool = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent)) or "check-jsonschema"
    result = subprocess.run([tool, "--builtin-schema", "vendor.github-workflows", *map(str, workflows)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
