"""Kinds of entity and the folders the generator writes: one table that everything reads.

The registry's file names, the site's section folders and their titles, the labels on
pages and in the theme (through each page's front matter) all come from ``KINDS``; the
folders a build owns from ``GENERATED_DIRS``. Nothing else spells them out.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str  # the kind, as in entity keys ("person/wang-yi") and front matter
    section: str  # the site's folder, the registry's file stem and the front-matter list ("people")
    title: str  # the section's title ("People")
    singular: str  # one of them, as a label ("Person")
    # Named in an article's text: found by extraction, with a registry file and a front-matter list.
    # A source is not: it is the outlet a briefing comes from (its ``source``), linked by ``link``.
    mentioned: bool = True


KINDS: tuple[Kind, ...] = (
    Kind("person", "people", "People", "Person"),
    Kind("organization", "organizations", "Organizations", "Organization"),
    Kind("place", "places", "Places", "Place"),
    Kind("topic", "topics", "Topics", "Topic"),
    Kind("source", "sources", "Sources", "Source", mentioned=False),
)
MENTIONED_KINDS: tuple[Kind, ...] = tuple(k for k in KINDS if k.mentioned)
BY_NAME: dict[str, Kind] = {k.name: k for k in KINDS}
BY_SECTION: dict[str, Kind] = {k.section: k for k in KINDS}


def section_of(kind: str) -> str:
    """The section folder of a kind: ``person`` -> ``people``."""
    return BY_NAME[kind].section


# Folders of docs/ that the build writes and owns (never hand-written pages).
BRIEFINGS_DIR = "briefings"
TIMELINE_DIR = "timeline"
A_TO_Z_DIR = "a-z"
DATA_DIR = "data"
REPORT_DIR = "build-report"
CONNECTIONS_DIR = "connections"  # the network of the most-connected entities (charts.py draws it)
# Generated Markdown fragments that hand-written pages pull in with pymdownx.snippets
# (mkdocs.yml excludes the folder from the site, so they are never pages themselves).
INCLUDES_DIR = "includes"
GENERATED_DIRS: tuple[str, ...] = (BRIEFINGS_DIR, *(k.section for k in KINDS), TIMELINE_DIR, A_TO_Z_DIR, DATA_DIR,
                                   REPORT_DIR, INCLUDES_DIR, CONNECTIONS_DIR)
