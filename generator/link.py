"""Link: all briefings together become a ``Site``: slugs, entity pages, backlinks,
co-occurrence, related briefings and the timeline.

The only stage that sees every briefing at once. Everything here is sorted by a
total order, so the same seeds always give the same site.
"""
from __future__ import annotations

import hashlib
import heapq
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from .model import Article, Briefing, Diagnostic, Entity, EntityRef, Event, Extraction, Mention, Quote, Related
from .registry import Registry
from .slug import slugify

RELATED_COUNT = 5


@dataclass(frozen=True)
class Site:
    briefings: tuple[Briefing, ...]  # newest first
    entities: dict[str, Entity]  # every entity with a page, by key
    mentions: dict[str, tuple[tuple[str, Mention], ...]]  # key -> (briefing id, mention)
    roles: dict[str, tuple[tuple[str, str], ...]]  # key -> (briefing id, role)
    quotes: dict[str, tuple[tuple[str, Quote], ...]]  # speaker key -> (briefing id, quote)
    related: dict[str, tuple[Related, ...]]  # briefing id -> related
    cooccurrence: dict[str, tuple[tuple[str, int], ...]]  # key -> (other key, briefings together)
    events: tuple[tuple[str, Event], ...]  # newest first
    diagnostics: tuple[Diagnostic, ...] = ()
    by_id: dict[str, Briefing] = field(default_factory=dict)


def briefing_id(seed_name: str) -> str:
    """Stable across edits: derived from the seed's file name."""
    return hashlib.sha256(seed_name.encode("utf-8")).hexdigest()[:12]


def date_key(article: Article) -> date:
    return article.date or date.min


def assign_slugs(articles: list[Article]) -> dict[str, str]:
    """Seed name -> slug. A collision gives the later seeds (by file name) a suffix of
    their own id, so adding a seed never renames another seed's page."""
    wanted: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        override = article.meta.get("slug")
        base = slugify(str(override)) if override else \
            f"{article.date.isoformat() if article.date else 'undated'}-{slugify(article.title, 60)}"
        wanted[base].append(article)
    slugs: dict[str, str] = {}
    for base, group in wanted.items():
        group.sort(key=lambda a: a.seed)
        for number, article in enumerate(group):
            slugs[article.seed] = base if number == 0 else f"{base}-{briefing_id(article.seed)[:6]}"
    return slugs


def link(analysed: list[tuple[Article, Extraction]], registry: Registry) -> Site:
    diagnostics: list[Diagnostic] = []
    slugs = assign_slugs([a for a, _ in analysed])
    briefings = [Briefing(id=briefing_id(a.seed), slug=slugs[a.seed], article=a, extraction=x) for a, x in analysed]
    briefings.sort(key=lambda b: (-date_key(b.article).toordinal(), b.article.title, b.id))
    by_id = {b.id: b for b in briefings}

    # Duplicates: the same headline and date twice is probably the same article twice.
    seen: dict[tuple, str] = {}
    for b in sorted(briefings, key=lambda b: b.article.seed):
        signature = (b.article.title.lower(), b.article.date)
        if signature in seen:
            diagnostics.append(Diagnostic("warning", b.article.seed, f"has the same headline and date as {seen[signature]}",
                                          fix="delete one of the two seeds if they are the same article; both are built"))
        else:
            seen[signature] = b.article.seed

    # Entities: registered ones as the registry has them; others by their most used name.
    names: dict[str, Counter] = defaultdict(Counter)
    refs: dict[str, EntityRef] = {}
    for b in briefings:
        for ref in b.extraction.entities:
            names[ref.key][ref.name] += 1
            refs.setdefault(ref.key, ref)
    entities: dict[str, Entity] = {}
    for key in sorted(names):
        if key in registry.entities:
            entities[key] = registry.entities[key]
        else:
            name = sorted(names[key].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            kind = refs[key].kind
            entities[key] = Entity(key=key, kind=kind, slug=key.split("/", 1)[1], name=name,
                                   aliases=tuple(sorted(n for n in names[key] if n != name)), registered=False)

    mentions: dict[str, list] = defaultdict(list)
    roles: dict[str, list] = defaultdict(list)
    quotes: dict[str, list] = defaultdict(list)
    for b in briefings:
        for m in b.extraction.mentions:
            mentions[m.key].append((b.id, m))
        for ref in b.extraction.entities:
            if ref.role:
                roles[ref.key].append((b.id, ref.role))
        for q in b.extraction.quotes:
            quotes[q.speaker].append((b.id, q))

    # Related briefings: shared entities weighted by rarity (inverse document frequency).
    keys_of = {b.id: {r.key for r in b.extraction.entities} for b in briefings}
    frequency = Counter(k for keys in keys_of.values() for k in keys)
    total = max(len(briefings), 1)
    weight = {k: math.log((1 + total) / (1 + n)) + 0.05 for k, n in frequency.items()}
    holders: dict[str, list[str]] = defaultdict(list)
    for b in briefings:
        for k in keys_of[b.id]:
            holders[k].append(b.id)
    related: dict[str, tuple[Related, ...]] = {}
    order = {b.id: i for i, b in enumerate(briefings)}
    # The inner loop runs once per pair of briefings sharing a rare entity: keep it lean,
    # and work out the shared entities only for the few briefings kept.
    rare = {k: holders[k] for k in holders if len(holders[k]) <= 200}  # more are too common to tell apart
    for b in briefings:
        scores: dict[str, float] = {}
        get = scores.get
        mine = [k for k in keys_of[b.id] if k in rare]
        for k in mine:
            w = weight[k]
            for other in rare[k]:
                scores[other] = get(other, 0.0) + w
        scores.pop(b.id, None)
        best = heapq.nsmallest(RELATED_COUNT, scores, key=lambda o: (-round(scores[o], 9), order[o]))
        related[b.id] = tuple(
            Related(briefing=o, score=round(scores[o], 4),
                    shared=tuple(sorted((k for k in mine if k in keys_of[o]), key=lambda k: (-weight[k], entities[k].name))))
            for o in best)

    # Co-occurrence: how many briefings mention both.
    together: dict[str, Counter] = defaultdict(Counter)
    for keys in keys_of.values():
        if len(keys) > 400:
            continue
        for k in keys:
            together[k].update(keys)  # counted in C; the entity itself is removed below
    for k, c in together.items():
        del c[k]
    cooccurrence = {k: tuple(sorted(c.items(), key=lambda kv: (-kv[1], entities[kv[0]].name))[:12])
                    for k, c in together.items() if c}

    events = sorted(((b.id, e) for b in briefings for e in b.extraction.events),
                    key=lambda item: (-item[1].date.toordinal(), order[item[0]], item[1].paragraph, item[1].text))

    return Site(
        briefings=tuple(briefings), entities=entities,
        mentions={k: tuple(v) for k, v in mentions.items()},
        roles={k: tuple(v) for k, v in roles.items()},
        quotes={k: tuple(v) for k, v in quotes.items()},
        related=related, cooccurrence=cooccurrence, events=tuple(events),
        diagnostics=tuple(diagnostics), by_id=by_id,
    )
