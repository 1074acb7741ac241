"""Scores the reading of a blind set (a folder of seeds and its ``gold.yml``) per field.

Run it to print the figures: ``python -m tests.scoring tests/fixtures/blind1``.
``tests/test_reading.py`` holds them as floors. The rules of comparison are lenient only
where the annotation is: case, spacing and quote marks do not count; names are compared
through the registry's aliases.
"""
from __future__ import annotations

import calendar
import os
import re
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import yaml

from generator.model import PASSING, SeedError
from generator.pipeline import analyse
from generator.registry import Registry, load_registry

ROOT = Path(__file__).resolve().parents[1]
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&|\|)\s*")


def norm(text: str | None) -> str:
    return " ".join((text or "").translate(_QUOTES).casefold().split()).rstrip(".")


def outlet(name: str | None) -> str:
    """An outlet's name as a reader would say it: "The Taipei Chronicle" is the Taipei Chronicle, "Harlan Whitcombe LLP"
    is Harlan Whitcombe (the helpers' gold writes the article and the legal form as the masthead does, and mastheads
    differ on them from their own footers and metadata)."""
    return re.sub(r",?\s+(?:llp|llc|ltd|inc|plc|gmbh|pte ltd|s\.?a|ag)\.?$", "", re.sub(r"^the\s+", "", norm(name)))


@dataclass
class Score:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(what)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Report:
    headline: Score = field(default_factory=Score)
    date: Score = field(default_factory=Score)
    future: int = 0  # dates after the article's real date, or invented where it has none
    author: Score = field(default_factory=Score)
    quotes_found: int = 0
    quotes_expected: int = 0
    quotes_right: int = 0
    people_tp: int = 0
    people_fp: int = 0
    people_fn: int = 0
    topics_tp: int = 0
    topics_fp: int = 0
    topics_fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def quotes_recall(self) -> float:
        return self.quotes_right / self.quotes_expected if self.quotes_expected else 1.0

    @property
    def quotes_precision(self) -> float:
        return self.quotes_right / self.quotes_found if self.quotes_found else 1.0

    @property
    def people_f1(self) -> float:
        return _f1(self.people_tp, self.people_fp, self.people_fn)

    @property
    def topics_precision(self) -> float:
        return self.topics_tp / (self.topics_tp + self.topics_fp) if self.topics_tp + self.topics_fp else 1.0

    @property
    def topics_recall(self) -> float:
        return self.topics_tp / (self.topics_tp + self.topics_fn) if self.topics_tp + self.topics_fn else 1.0

    def lines(self) -> list[str]:
        return [
            f"headline {self.headline.rate:.2f} ({self.headline.right}/{self.headline.total})",
            f"date     {self.date.rate:.2f} ({self.date.right}/{self.date.total}), {self.future} later than the truth",
            f"author   {self.author.rate:.2f} ({self.author.right}/{self.author.total})",
            f"quotes   attributed {self.quotes_recall:.2f}, precision {self.quotes_precision:.2f} "
            f"({self.quotes_right} right of {self.quotes_expected} expected, {self.quotes_found} found)",
            f"people   F1 {self.people_f1:.2f}",
            f"topics   P {self.topics_precision:.2f} R {self.topics_recall:.2f}",
        ]


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def _canonical(registry: Registry, name: str) -> str:
    key = registry.names().get(name)
    return norm(registry.entities[key].name if key else name)


def _authors(text: str) -> set[str]:
    return {norm(a) for a in _AUTHOR_SPLIT.split(text or "") if a.strip()}


@contextmanager
def built_after(gold_set: dict):
    """A set written as news from days this machine's clock has not reached is read as on the day after its newest
    article (SOURCE_DATE_EPOCH), as an analyst would build it: a page's own date is never "in the future"."""
    days = [date.fromisoformat(str(g["date"])) for g in gold_set.values() if g.get("date")]
    day = max(days) + timedelta(days=1) if days else None
    before = os.environ.get("SOURCE_DATE_EPOCH")
    if day and day > date.today() and before is None:
        os.environ["SOURCE_DATE_EPOCH"] = str(calendar.timegm(day.timetuple()))
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)


def score(folder: Path, registry: Registry | None = None) -> Report:
    gold_set = yaml.safe_load((folder / "gold.yml").read_text(encoding="utf-8"))
    with built_after(gold_set):
        return _score(folder, gold_set, registry)


def _score(folder: Path, gold_set: dict, registry: Registry | None = None) -> Report:
    registry = registry or load_registry(ROOT / "registry")[0]
    report = Report()
    for name, gold in sorted(gold_set.items()):
        article, extraction = analyse(folder / name, registry)
        if gold.get("headline"):
            report.headline.add(norm(article.title) == norm(gold["headline"]),
                                f"{name}: headline {article.title!r}, not {gold['headline']!r}")
        truth = date.fromisoformat(str(gold["date"])) if gold.get("date") else None
        if truth:
            report.date.add(article.date == truth, f"{name}: date {article.date}, not {truth}")
        if article.date and (truth is None or article.date > truth):
            report.future += 1
            report.misses.append(f"{name}: date {article.date} is later than the truth ({truth})")
        expected_authors = {norm(a) for a in gold.get("authors") or ()}
        report.author.add(_authors(article.author) == expected_authors,
                          f"{name}: author {article.author!r}, not {sorted(expected_authors)}")
        names = {e.key: e.name for e in extraction.entities}
        said = Counter(_canonical(registry, names.get(q.speaker, q.speaker)) for q in extraction.quotes)
        expected = Counter({_canonical(registry, k): v for k, v in (gold.get("quotes") or {}).items()})
        report.quotes_found += sum(said.values())
        report.quotes_expected += sum(expected.values())
        report.quotes_right += sum((said & expected).values())
        if said != expected:
            report.misses.append(f"{name}: quotes {dict(said)}, not {dict(expected)}")
        found = {_canonical(registry, e.name) for e in extraction.entities if e.kind == "person"}
        people = {_canonical(registry, p) for p in gold.get("people") or ()}
        report.people_tp += len(found & people)
        report.people_fp += len(found - people)
        report.people_fn += len(people - found)
        if found != people:
            report.misses.append(f"{name}: people +{sorted(found - people)} -{sorted(people - found)}")
        topics = {norm(t) for t in _main_topics(article, extraction)}
        wanted = [_topic_names(registry, t) for t in gold.get("topics") or ()]
        report.topics_tp += sum(1 for names in wanted if names & topics)
        report.topics_fn += sum(1 for names in wanted if not names & topics)
        report.topics_fp += len(topics - set().union(*wanted))
    for s in (report.headline, report.date, report.author):
        report.misses.extend(s.misses)
    return report


def _topic_names(registry: Registry, topic: str) -> set[str]:
    """The registry's topics an annotator's free-text topic means: its own name, a topic it is an
    alias of, and every topic whose keywords it contains ('US-China trade truce' is Trade
    negotiations; 'Chip export controls' is Export controls and Semiconductors). A topic the
    registry has no words for still counts, and is missed."""
    names = {norm(topic)}
    text = f" {norm(topic).replace('-', ' ')} "
    for key, entity in registry.entities.items():
        if entity.kind != "topic":
            continue
        if norm(topic) in {norm(a) for a in entity.aliases} or any(
                f" {k.replace('-', ' ')} " in text for k in registry.keywords.get(key, ())):
            names.add(norm(entity.name))
    return names


def _main_topics(article, extraction) -> list[str]:
    """The topics a briefing is tagged with (its chips)."""
    return [e.name for e in extraction.entities if e.kind == "topic" and e.evidence != PASSING]


# Saved web pages: headline, date, site name, authors, where the body starts and ends,
# captions kept apart, furniture left out, quotes.


@dataclass
class PageReport:
    fields: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in (
        "headline", "date", "source", "authors", "first sentence", "last sentence", "captions", "no furniture")})
    quotes_expected: int = 0
    quotes_right: int = 0
    quote_misses: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return [f"{name:<15}{s.rate:.2f} ({s.right}/{s.total})" for name, s in self.fields.items()] + [
            f"quotes         attributed {self.quotes_right / self.quotes_expected if self.quotes_expected else 1:.2f}"
            f" ({self.quotes_right}/{self.quotes_expected})"]

    @property
    def misses(self) -> list[str]:
        return [m for s in self.fields.values() for m in s.misses] + self.quote_misses


_LABEL = re.compile(r"^[^:.!?\"“]{1,40}:\s+")  # "cctv: ", "secretary bessent: "


def score_pages(folder: Path, registry: Registry | None = None) -> PageReport:
    gold_set = yaml.safe_load((folder / "gold.yml").read_text(encoding="utf-8"))
    with built_after(gold_set):
        return _score_pages(folder, gold_set, registry)


def _score_pages(folder: Path, gold_set: dict, registry: Registry | None = None) -> PageReport:
    registry = registry or load_registry(ROOT / "registry")[0]
    report = PageReport()
    f = report.fields
    for name, gold in sorted(gold_set.items()):
        try:
            article, extraction = analyse(folder / name, registry)
        except SeedError as error:
            for s in f.values():
                s.add(False, f"{name}: {error.diagnostic.message}")
            report.quotes_expected += sum((gold.get("quotes") or {}).values())
            continue
        # A subheading is no sentence: the body's first sentence is its first paragraph's.
        body = [norm(p) for i, p in enumerate(article.paragraphs) if i not in article.headings]
        f["headline"].add(norm(article.title) == norm(gold["headline"]), f"{name}: headline {article.title!r}")
        f["date"].add(str(article.date) == str(gold["date"]), f"{name}: date {article.date}, not {gold['date']}")
        f["source"].add(outlet(article.source) == outlet(gold["source"]), f"{name}: source {article.source!r}")
        authors = {norm(a) for a in (article.authors or _AUTHOR_SPLIT.split(article.author or "")) if a.strip()}
        f["authors"].add(authors == {norm(a) for a in gold.get("authors") or ()},
                         f"{name}: authors {sorted(authors)}, not {gold.get('authors')}")
        # The dateline ("WASHINGTON, Dec 2 (Meridian) -") is read apart from the text: a gold first
        # sentence may carry it or not.
        # A transcript's first turn opens with its speaker's label ("CCTV: ..."); a gold sentence may leave it out.
        # (... run on to the text as the page prints it: "KURASHIKI, Okayama Prefecture--In a warehouse ...")
        starts = [body[0], norm(f"{article.dateline} {body[0]}"), norm(f"{article.dateline}{body[0]}"),
                  _LABEL.sub("", body[0])] if body else []
        f["first sentence"].add(any(s.startswith(norm(gold["first_sentence"])[:60]) for s in starts),
                                f"{name}: body starts {body[0][:70] if body else ''!r}")
        # (a gold may give a quoted last sentence without its quotation marks: '... in their crates.' for '... crates."')
        f["last sentence"].add(bool(body) and body[-1].rstrip("\"'").rstrip(".").endswith(
                                   norm(gold["last_sentence"]).rstrip("\"'").rstrip(".")[-60:]),
                               f"{name}: body ends {body[-1][-70:] if body else ''!r}")
        captions = {norm(c.text) for c in article.captions}
        f["captions"].add(all(any(norm(g)[:40] in c or c[:40] in norm(g) for c in captions)
                              for g in gold.get("captions") or ()) and
                          # (the whole caption: a caption's first words may name someone the text names the same way)
                          not any(norm(g) in " ".join(body) for g in gold.get("captions") or ()),
                          f"{name}: captions {sorted(captions)}")
        text = " ".join(body)
        # (a label of a word or three, "CRITICAL MINERALS", leaks only as a paragraph or a paragraph's start: its words may
        # be the text's own, "a critical minerals agreement")
        leaked = [snippet for snippet in gold.get("furniture") or () if norm(snippet) in text and (
            len(snippet.split()) > 3 or any(p == norm(snippet) or p.startswith(norm(snippet) + " ") for p in body))]
        f["no furniture"].add(not leaked, f"{name}: furniture in the body {leaked}")
        names = {e.key: e.name for e in extraction.entities}
        said = Counter(_canonical(registry, names.get(q.speaker, q.speaker)) for q in extraction.quotes)
        expected = Counter({_canonical(registry, k): v for k, v in (gold.get("quotes") or {}).items()})
        report.quotes_expected += sum(expected.values())
        report.quotes_right += sum((said & expected).values())
        if said != expected:
            report.quote_misses.append(f"{name}: quotes {dict(said)}, not {dict(expected)}")
    return report


def main(arguments: list[str]) -> None:
    for argument in [a for a in arguments if a != "-v"]:
        folder = Path(argument)
        pages = any(folder.glob("*.htm*"))
        result = score_pages(folder) if pages else score(folder)
        print(f"== {argument}")
        print("\n".join(result.lines()))
        if "-v" in arguments:
            print("\n".join("  " + m for m in result.misses))


if __name__ == "__main__":
    main(sys.argv[1:])
