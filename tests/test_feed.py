"""The Atom feed: one entry per dated briefing, newest first, with absolute links from
site_url, the date from the front matter and the summary."""
from __future__ import annotations

import datetime as dt

import feedparser
import yaml

SITE_URL = "http://127.0.0.1:8000/"


def dated_briefings(project) -> list[dict]:
    items = []
    for path in project.briefing_pages():
        fm = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])
        fm["url"] = f"{SITE_URL}briefings/{path.stem}/"
        if fm["date"] != "undated":
            items.append(fm)
    return sorted(items, key=lambda fm: (fm["date"], fm["title"]), reverse=True)


def parse(project):
    feed = feedparser.parse((project.site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def test_feed_is_well_formed_atom_about_the_site(built_site):
    feed = parse(built_site)
    assert feed.version == "atom10"
    assert feed.feed.title == "Briefings"
    assert feed.feed.id == SITE_URL
    assert any(link.rel == "self" and link.href == SITE_URL + "feed.xml" for link in feed.feed.links)


def test_feed_has_one_entry_per_dated_briefing_newest_first(built_site):
    feed = parse(built_site)
    expected = dated_briefings(built_site)
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


def test_feed_links_follow_site_url(project, real_seed):
    project.add_seed(real_seed.name, real_seed.read_bytes())
    result = project.mkdocs_build(env={"SITE_URL": "https://example.org/briefings/"})
    assert result.returncode == 0, result.stderr
    feed = parse(project)
    assert feed.entries and all(e.link.startswith("https://example.org/briefings/briefings/") for e in feed.entries)
