"""What feed readers and GitHub read: the Atom feed through feedparser (what most readers use) —
one entry per dated briefing, newest first, with absolute links from site_url, the date from the
front matter and the summary — and the Pages workflow against GitHub's workflow schema (bundled
with check-jsonschema: offline)."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

from .conftest import ROOT
from .helpers import front_matter

SITE_URL = "http://127.0.0.1:8000/"


def dated_briefings(project) -> list[dict]:
    """The dated briefing pages' front matter, newest first, each with its absolute URL."""
    items = []
    for path in project.briefing_pages():
        fm = front_matter(path.read_text(encoding="utf-8"))
        fm["url"] = f"{SITE_URL}briefings/{path.stem}/"
        if fm["date"] != "undated":
            items.append(fm)
    return sorted(items, key=lambda fm: (fm["date"], fm["title"]), reverse=True)


def parse(project):
    feed = feedparser.parse((project.site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


@pytest.fixture(scope="module")
def feed(built_site):
    return parse(built_site)


def test_feed_is_well_formed_atom_about_the_site(feed):
    assert feed.version == "atom10"
    assert feed.feed.title == "Briefings"
    assert feed.feed.id == SITE_URL
    assert feed.feed.link.startswith(SITE_URL)
    assert any(link.rel == "self" and link.href == SITE_URL + "feed.xml" for link in feed.feed.links)


def test_feed_has_one_entry_per_dated_briefing_newest_first(feed, built_site):
    """The newest 50 dated briefings (overrides/feed.xml): a reader polls for what is new."""
    expected = dated_briefings(built_site)[:50]
    assert expected, "the built site has dated briefings"
    assert [e.link for e in feed.entries] == [fm["url"] for fm in expected]
    for entry, fm in zip(feed.entries, expected):
        assert entry.title == fm["title"]
        assert entry.id == fm["url"]
        assert dt.date(*entry.published_parsed[:3]).isoformat() == fm["date"]
        assert entry.summary == fm["summary"]
        assert {t.term for t in entry.get("tags", [])} == set(fm["topics"])
    newest = dt.date(*feed.feed.updated_parsed[:3]).isoformat()
    assert newest == expected[0]["date"]


def test_feed_entries_are_the_dated_briefings_the_site_lists(feed, built_site):
    """The feed agrees with data/briefings.json (what the home page and search read), not only
    with the pages' front matter."""
    listed = json.loads((built_site.docs / "data" / "briefings.json").read_text("utf-8"))
    dated = {SITE_URL + b["url"]: b for b in listed if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(b.get("date") or ""))}
    assert dated, "the built site lists dated briefings"
    assert set(e.link for e in feed.entries) <= set(dated) and len(feed.entries) == min(50, len(dated))
    for entry in feed.entries:
        assert entry.title == dated[entry.link]["title"]
        assert " ".join(entry.summary.split()) == " ".join(dated[entry.link]["summary"].split())


def test_feed_links_follow_site_url(project, real_seed):
    project.add_seed(real_seed.name, real_seed.read_bytes())
    result = project.mkdocs_build(env={"SITE_URL": "https://example.org/briefings/"})
    assert result.returncode == 0, result.stderr
    feed = parse(project)
    assert feed.entries and all(e.link.startswith("https://example.org/briefings/briefings/") for e in feed.entries)


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
