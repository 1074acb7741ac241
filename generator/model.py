"""Plain data passed between the pipeline stages.

Every stage takes and returns these frozen dataclasses, so a stage can be
tested alone and cached by its inputs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


# Diagnostics


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in an input file, with where it is and how to fix it."""

    level: str  # "error" | "warning"
    file: str
    message: str
    line: int | None = None
    fix: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.level}: {self.message}"
        return f"{text} (fix: {self.fix})" if self.fix else text


class SeedError(Exception):
    """A seed that cannot be read at all; carries the diagnostic."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


# Read


@dataclass(frozen=True)
class Block:
    """One paragraph-sized piece of a seed, as its reader found it."""

    text: str
    line: int
    kind: str = "text"  # "text" | "caption" (a figure caption) | "turn" (a transcript speaker's turn) | "heading"
    speaker: str = ""  # a turn's speaker label, as printed ("Mao Ning")
    credit: str = ""  # a caption's credit, where the markup sets it apart ("<span class='credit'>Keystone</span>")


@dataclass(frozen=True)
class PageInfo:
    """What a saved web page says about itself: it beats the text rules, front matter beats it."""

    title: str = ""
    authors: tuple[str, ...] = ()
    date: date | None = None
    site_name: str = ""
    url: str = ""  # the page's canonical address (http(s) only)
    original_url: str = ""  # where ``briefings add`` fetched it from
    fetched: str = ""  # when ``briefings add`` fetched it (ISO 8601, UTC)
    summary: str = ""  # the standfirst, when the page gives one
    kicker: str = ""  # the section label above the headline ("Feature · Diplomacy"), not article text
    credits: tuple[str, ...] = ()  # text after the article that is about it: author bio or tagline, "###"
    byline: str = ""  # the page's byline box as printed ("Yanditswe na A na B", "Hakerek-na'in: A"): the text rules read
    # it with the registry's words for "by" in the site's language, where the reader found no names or other ones
    stamp: str = ""  # the page's own time stamp as printed, where its date is only when it was modified and the reader
    # could not read the stamp's month ("20 червня 2030, 18:25"): the text rules read it with the registry's months
    left_out_blocks: int = 0  # blocks of page furniture not taken into the article
    left_out_words: int = 0


@dataclass(frozen=True)
class Seed:
    """One seed file as read from disk: decoded text and its front matter.

    Readers of structured formats (HTML) also hand over the blocks they found and
    what the page says about itself; text readers leave both empty."""

    name: str  # file name relative to the seeds directory
    text: str  # body text, front matter removed, newlines normalised
    meta: dict[str, Any] = field(default_factory=dict)
    body_line: int = 1  # line number of the body's first line in the file
    digest: str = ""  # content hash of the raw bytes
    encoding: str = "utf-8"
    blocks: tuple[Block, ...] = ()  # empty: split ``text`` at blank lines
    page: PageInfo | None = None


# Parse


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str
    after: int  # index of the body paragraph the caption follows (-1: before all)


@dataclass(frozen=True)
class Turn:
    """A transcript speaker's turn: ``paragraph`` starts with the speaker's label, the speech at ``start``."""

    paragraph: int
    speaker: str
    start: int


@dataclass(frozen=True)
class Article:
    """A seed split into its parts: what the article says, and what is about it."""

    seed: str
    title: str
    title_inferred: bool
    date: date | None
    date_source: str  # "front matter" | "dateline" | "url" | "text" | "none"
    source: str
    author: str
    original_url: str
    rights: str
    boilerplate: tuple[str, ...]
    dateline: str
    paragraphs: tuple[str, ...]
    captions: tuple[Caption, ...]
    summary: str
    word_count: int
    reading_time: int
    meta: dict[str, Any] = field(default_factory=dict)  # front-matter overrides
    diagnostics: tuple[Diagnostic, ...] = ()
    authors: tuple[str, ...] = ()  # every author, in byline order; ``author`` is them as one line
    turns: tuple[Turn, ...] = ()
    fetched: str = ""  # when ``briefings add`` fetched the page (ISO 8601, UTC)
    left_out: tuple[int, int] | None = None  # (blocks, words) of a web page's furniture left out
    furniture: tuple[str, ...] = ()  # page furniture around the headline (site names, share widgets, ...)
    standfirst: str = ""  # the dek between headline and byline
    speaker: str = ""  # who gave a speech ("Remarks by Ambassador X", "Speaker: X")
    headings: tuple[int, ...] = ()  # paragraphs a web page marks as subheadings (a live blog's entry titles)


# Extract


# Slots: a build holds every analysis, with over a hundred mentions and dozens of entity
# references each; without a dict per object they take a third of the memory.
@dataclass(frozen=True, slots=True)
class Mention:
    """Where a briefing's body names an entity."""

    key: str  # entity key, "<kind>/<slug>"
    paragraph: int  # index into the body paragraphs, or the captions if ``caption``
    start: int
    end: int
    sentence: str
    caption: bool = False


@dataclass(frozen=True)
class Quote:
    speaker: str  # entity key of the speaker
    text: str
    paragraph: int


# ``EntityRef.evidence`` of a topic an article mentions without being about it: linked and
# listed apart ("Also mentions"), never a chip or a front-matter topic.
PASSING = "passing mention"


@dataclass(frozen=True, slots=True)
class EntityRef:
    """An entity as one article presents it."""

    key: str
    kind: str  # "person" | "organization" | "place" | "topic"
    name: str
    role: str = ""
    registered: bool = True
    evidence: str = ""  # why an unregistered entity counts ("role", "attribution", "2 mentions")


@dataclass(frozen=True)
class Extraction:
    entities: tuple[EntityRef, ...]
    mentions: tuple[Mention, ...]
    quotes: tuple[Quote, ...]
    phrases: tuple[str, ...]  # scare quotes
    events: tuple["Event", ...]
    candidates: tuple["Candidate", ...] = ()


@dataclass(frozen=True)
class Event:
    """A dated happening the article reports ("On July 11, Wang Yi met ...")."""

    date: date
    text: str
    paragraph: int


@dataclass(frozen=True)
class Candidate:
    """A name the rules found but the registry does not know."""

    name: str
    kind: str
    count: int
    evidence: str
    context: str


# Link


@dataclass(frozen=True)
class Briefing:
    id: str
    slug: str
    article: Article
    extraction: Extraction


@dataclass(frozen=True)
class Entity:
    key: str
    kind: str
    slug: str
    name: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    subkind: str = ""
    broader: tuple[str, ...] = ()
    registered: bool = True


@dataclass(frozen=True)
class Related:
    briefing: str  # briefing id
    score: float
    shared: tuple[str, ...]  # entity keys
