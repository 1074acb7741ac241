"""Following the site: undated briefings in the main feed (dated by when their seed was
committed), and a feed per person, organization, place and topic, announced on its page with a
typed Follow link, all working under a sub-path (/repo/)."""
from __future__ import annotations

import json
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
from bs4 import BeautifulSoup

from generator.pages import FEED_MAX

from .conftest import ROOT, copy_project, fixture_seeds
from .helpers import front_matter, git
from .linkcheck import broken_links
from .static_host import StaticHost

BASE = "http://127.0.0.1:8000/repo/"
ARCHIVED = "2025-09-01"
ATOM = "{http://www.w3.org/2005/Atom}"
UNDATED = ("102_xinhua_rare_earths.txt", "105_ap_tiktok.txt", "106_ft_tong.txt")  # no date anywhere in them
HOSTILE_TITLE = 'Trump & Xi <script>alert("x")</script> ]]> \'talks\' \x01 &amp; end'
HOSTILE = (HOSTILE_TITLE + "\n\nWASHINGTON, July 20 (Reuters) - Donald Trump met Xi Jinping in Busan on Sunday "
           "to talk about tariffs & <b>chips</b>, officials said.\n")
FRESH = "Officials meet again in Geneva\n\nDonald Trump and Xi Jinping's envoys met again in Geneva.\n"


def build_followed(root: Path, *args: str):
    """The fixture seeds and a hostile one, committed on ARCHIVED, plus one seed not yet
    committed; built for BASE into root/www/repo/."""
    project = copy_project(root / "project", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("107_hostile.txt", HOSTILE)
    git(project.root, "init", "-q")
    git(project.root, "add", "seeds")
    git(project.root, "commit", "-q", "-m", "seeds")
    project.add_seed("108_fresh.txt", FRESH)  # undated, and not committed
    project.site = root / "www" / "repo"
    result = project.mkdocs_build(*args, env={"SITE_URL": BASE})
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def followed(tmp_path_factory):
    return build_followed(tmp_path_factory.mktemp("follow"))


def briefing_meta(project, seed: str) -> dict:
    for path in project.briefing_pages():
        fm = front_matter(path.read_text("utf-8"))
        if fm["seed"] == seed:
            return fm
    raise AssertionError(f"no briefing from {seed}")


def parse(path: Path, location: str | None = None):
    data = path.read_bytes()
    ET.fromstring(data)  # well-formed XML
    headers = {"content-location": location, "content-type": "application/atom+xml"} if location else None
    feed = feedparser.parse(data, response_headers=headers)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def entity_feeds(project) -> list[Path]:
    from generator.kinds import KINDS

    return sorted(p for section in (k.section for k in KINDS)
                  for p in (project.site / section).glob("*.xml"))


# The main feed


def test_an_undated_committed_briefing_is_in_the_main_feed_dated_by_its_commit(followed):
    feed = parse(followed.site / "feed.xml")
    by_title = {e.title: e for e in feed.entries}
    for seed in UNDATED:
        fm = briefing_meta(followed, seed)
        assert fm["date"] == "undated" and str(fm["archived"]) == ARCHIVED
        entry = by_title[fm["title"]]
        assert entry.updated.startswith(ARCHIVED)
        assert "published" not in entry  # the article gives no date of its own: none is invented
        assert "undated" in {t.term for t in entry.tags}


def test_a_seed_not_yet_committed_waits_outside_the_feeds(followed):
    fm = briefing_meta(followed, "108_fresh.txt")
    assert fm["date"] == "undated" and "archived" not in fm
    for path in [followed.site / "feed.xml", *entity_feeds(followed)]:
        assert fm["title"] not in {e.title for e in parse(path).entries}


def test_dated_briefings_keep_their_own_date_as_published(followed):
    feed = parse(followed.site / "feed.xml")
    fm = briefing_meta(followed, "101_reuters_chips.txt")
    assert fm["date"] != "undated" and str(fm["archived"]) == ARCHIVED
    entry = next(e for e in feed.entries if e.title == fm["title"])
    assert entry.published.startswith(str(fm["date"])) and entry.updated.startswith(str(fm["date"]))
    days = [e.updated for e in feed.entries]
    assert days == sorted(days, reverse=True)


# Entity feeds


def expected_entries(project, key: str) -> list[str]:
    """The URLs of the briefings that mention the entity, newest first (own date, else archived)."""
    entities = {e["key"]: e for e in json.loads((project.site / "data" / "entities.json").read_text("utf-8"))}
    briefings = {b["id"]: b for b in json.loads((project.site / "data" / "briefings.json").read_text("utf-8"))}
    items = []
    for bid in dict.fromkeys(entities[key]["mentions"]):
        b = briefings[bid]
        day = b["date"] if b["date"] != "undated" else b.get("archived")
        if day:
            items.append((str(day), b["title"], BASE + b["url"]))
    items.sort(key=lambda item: item[1])
    items.sort(key=lambda item: item[0], reverse=True)
    return [url for _, _, url in items[:FEED_MAX]]


def test_every_entity_feed_lists_exactly_its_briefings_newest_first(followed):
    entities = json.loads((followed.site / "data" / "entities.json").read_text("utf-8"))
    assert len(entity_feeds(followed)) == len(entities)
    for e in entities:
        feed_url = BASE + e["url"].rstrip("/") + ".xml"
        path = followed.site / urlsplit(feed_url).path.removeprefix("/repo/")
        feed = parse(path, location=feed_url)
        # Relative links resolve against the feed's own address, under the sub-path.
        assert [entry.link for entry in feed.entries] == expected_entries(followed, e["key"]), e["key"]
        assert feed.feed.link == BASE + e["url"]
        assert len({entry.id for entry in feed.entries}) == len(feed.entries)
        days = [entry.updated for entry in feed.entries]
        assert days == sorted(days, reverse=True)


def test_hostile_titles_stay_valid_xml_and_read_back_as_text(followed):
    fm = briefing_meta(followed, "107_hostile.txt")
    assert "<script>" in fm["title"]
    trump = parse(followed.site / "people" / "donald-trump.xml")
    assert fm["title"] in {e.title for e in trump.entries}
    assert fm["title"] in {e.title for e in parse(followed.site / "feed.xml").entries}


def test_entity_pages_have_a_typed_follow_link_to_their_feed(followed):
    page = followed.site / "people" / "donald-trump" / "index.html"
    soup = BeautifulSoup(page.read_text("utf-8"), "html.parser")
    follow = soup.select_one("a.briefings-follow")
    assert follow and "Follow" in follow.get_text() and follow["type"] == "application/atom+xml"
    here = BASE + "people/donald-trump/"
    assert urljoin(here, follow["href"]) == BASE + "people/donald-trump.xml"
    # The site's feed is announced in the head; an entity's is not (Material would fetch a
    # sitemap.xml beside it for every <link rel="alternate">: a 404 on each entity page).
    alternates = [urljoin(here, link["href"]) for link in soup.find_all("link", rel="alternate")]
    assert alternates == [BASE + "feed.xml"]


def test_feeds_are_served_under_the_sub_path(followed):
    assert broken_links(followed.site, "/repo/") == []
    with StaticHost(followed.site.parent) as host:
        page = f"{host.origin}/repo/places/busan/"
        soup = BeautifulSoup(urllib.request.urlopen(page).read(), "html.parser")
        for href in (soup.select_one("a.briefings-follow")["href"],):
            with urllib.request.urlopen(urljoin(page, href)) as response:
                assert response.status == 200
                headers = {"content-location": urljoin(page, href), "content-type": response.headers["content-type"]}
                feed = feedparser.parse(response.read(), response_headers=headers)
            assert not feed.bozo and feed.entries
            for entry in feed.entries:
                assert urlsplit(entry.link).path.startswith("/repo/briefings/")
                with urllib.request.urlopen(entry.link.replace(BASE, f"{host.origin}/repo/")) as response:
                    assert response.status == 200


def test_entity_feeds_link_to_pages_without_directory_urls(tmp_path):
    project = build_followed(tmp_path, "--no-directory-urls")
    feed_url = BASE + "people/donald-trump.xml"
    feed = parse(project.site / "people" / "donald-trump.xml", location=feed_url)
    assert feed.feed.link == BASE + "people/donald-trump.html"
    assert feed.entries
    for entry in feed.entries:
        assert entry.link.endswith(".html")
        assert (project.site / entry.link.removeprefix(BASE)).is_file()
    assert broken_links(project.site, "/repo/") == []


def test_an_entity_feed_keeps_only_its_newest_briefings(project):
    """A feed reader polls for what is new: an entity's feed carries its FEED_MAX newest
    briefings, not every one (at 10,000 briefings the feeds would weigh tens of megabytes)."""
    for day in range(1, FEED_MAX + 3):
        project.add_seed(f"{day:02}.md", f"---\ntitle: Wang Yi meets envoys, round {day}\ndate: 2025-03-{day:02}\n---\n\n"
                         f"Wang Yi met envoys in Beijing on March {day} to discuss trade, officials said.\n")
    assert project.generate("--quiet").returncode in (0, 1)
    feed = parse(project.docs / "people" / "wang-yi.xml")
    assert [e.title for e in feed.entries] == [f"Wang Yi meets envoys, round {day}"
                                               for day in range(FEED_MAX + 2, 2, -1)]
