"""Summaries: an analysis as every page but its own briefing page reads it.

Linking, entity pages, feeds, indexes, the timeline and the JSON exports read a
briefing's metadata, entities, quotes, events and some of its mentions; only the
briefing's own page reads its paragraphs and every mention in them. A summary is
the analysis with the rest left out, so a re-run after an edit reads one file of
summaries (``Cache.summaries``) instead of every full analysis, and a build holds
summaries rather than whole articles while it makes the pages.

What a summary keeps, and who reads it:

- the article with each paragraph's text emptied (their number stays: the build
  report counts them); everything else (captions, metadata, summary) as it is;
- mentions: the first of each entity in each paragraph (``link`` keeps these for the
  entity pages), every topic mention (a briefing's topics are ordered by how often
  it names them), every body mention in a paragraph with an event (the timeline names
  the entities of the event's sentence); in their order. Only the first mention of
  an entity (an entity page shows its sentence) and those in a paragraph with an
  event keep their sentence and place in the text: a sentence is most of a mention;
- entities, quotes and events whole; no name candidates (only ``briefings entities``
  reads them, from a fresh analysis).
"""
from __future__ import annotations

import dataclasses

from .model import Article, Diagnostic, Extraction, Mention


def summarise(outcome: tuple[Article, Extraction] | Diagnostic) -> tuple[Article, Extraction] | Diagnostic:
    """The summary of an analysis (a seed's error is its own summary)."""
    if isinstance(outcome, Diagnostic):
        return outcome
    article, extraction = outcome
    events = {e.paragraph for e in extraction.events}
    seen: set[tuple[str, int, bool]] = set()
    named: set[str] = set()
    kept = []
    for m in extraction.mentions:
        place = (m.key, m.paragraph, m.caption)
        if place not in seen or m.key.startswith("topic/") or (not m.caption and m.paragraph in events):
            seen.add(place)
            if m.key in named and not (not m.caption and m.paragraph in events):
                # Where in the paragraph, and its sentence: only the first mention's is shown.
                m = Mention(m.key, m.paragraph, 0, 0, "", m.caption)
            named.add(m.key)
            kept.append(m)
    return (dataclasses.replace(article, paragraphs=("",) * len(article.paragraphs)),
            dataclasses.replace(extraction, mentions=tuple(kept), candidates=()))
