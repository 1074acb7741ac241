"""A realistic synthetic corpus of seeds, the same every time.

Seed files look like the ones editors paste: varied outlets and bylines,
datelines, a headline or none, photo captions ending in a credit, a rights
notice, an ``Original:`` link and platform boilerplate, quotes with attribution.
People, organizations, places and topics come from ``registry/*.yml`` plus
invented names the registry does not know. Every article is drawn from its own
random generator (fixed seed + its number), so the first 100 seeds of a corpus
of 10,000 are the corpus of 100.

    python bench/corpus.py --size 1000 --out /tmp/seeds
"""
from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.registry import load_registry  # noqa: E402

SEED = 20250718

# Vocabulary

OUTLETS = ["Reuters", "Bloomberg", "Observer News", "Global Times", "South China Morning Post", "Caixin",
           "Nikkei Asia", "The Diplomat", "Xinhua", "Associated Press", "Financial Times", "Politico",
           "The Paper", "China Daily", "Harbor Ledger", "Pacific Wire Weekly", "Lianhe Zaobao"]
CREDITS = ["Visual China", "Xinhua", "Reuters", "AFP", "VCG", "AP Photo", "Getty Images", "IC Photo",
           "China News Service", "AFP via Getty Images", "EPA"]
FIRST = ["Liu", "Chen", "Anna", "Mark", "Sofia", "David", "Mei", "James", "Priya", "Tom", "Elena", "Wei",
         "Hannah", "Omar", "Grace", "Lucas", "Yuki", "Daniel", "Fatima", "Peter", "Claire", "Ravi"]
LAST = ["Bai", "Whitfield", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Castillo", "Brennan", "Hollis",
        "Varga", "Delacroix", "Ashworth", "Nakamura", "Rasmussen", "Kowalski", "Fairbanks", "Quinlan",
        "Abernathy", "Sorensen", "Pellegrini", "Haldane", "Marchetti"]
INVENTED_ORGS = ["Harborview Capital", "Meridian Policy Institute", "Blue Ridge Research", "Lakeshore Advisory Group",
                 "Northgate Semiconductor", "Crescent Strategy Partners", "Atlas Trade Council", "Summit Bay Holdings",
                 "Redwood Economic Forum", "Kestrel Technologies", "Granite Peak Securities", "Orchid Supply Association"]
ROLES = ["a senior fellow", "a trade analyst", "the chief economist", "a former official", "a partner",
         "the director of research", "a professor of economics", "a policy adviser", "the head of Asia strategy",
         "a visiting scholar"]
VERBS = ["said", "told reporters", "noted", "added", "warned", "argued"]
CITIES = ["WASHINGTON", "BEIJING", "SHANGHAI", "HONG KONG", "TOKYO", "BRUSSELS", "GENEVA", "LONDON", "SEOUL", "SINGAPORE"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CLAIMS = [
    "the new measures could reshape supply chains across the region within two years",
    "companies were still waiting for detailed guidance before changing their plans",
    "the talks had produced more goodwill than concrete commitments so far",
    "markets had already priced in a partial rollback of the restrictions",
    "smaller suppliers would bear most of the cost of the new compliance rules",
    "both governments wanted to avoid an escalation before the end of the year",
    "the decision reflected a broader shift in how officials weigh economic security",
    "investors remained cautious because the rules could change again at short notice",
]
FILLER = [
    "Officials on both sides have described the current period as one of cautious stabilisation.",
    "The measures were announced after several weeks of consultations with industry groups.",
    "Analysts expect further adjustments once the implementing rules are published.",
    "Trade volumes between the two economies fell in the first half of the year before recovering slightly.",
    "Several companies said they would review their investment plans in light of the announcement.",
    "The debate in Washington has focused on whether the restrictions achieve their stated goals.",
    "Exporters have been asked to provide more information about their end users and shipments.",
    "Economists caution that the long-term effects are difficult to measure with the data available.",
    "The announcement came shortly before a scheduled round of talks between senior officials.",
    "Industry associations have called for clearer rules and longer transition periods.",
    "Government statistics released this month showed a modest increase in manufacturing output.",
    "Some lawmakers argued that the policy did not go far enough, while others called it counterproductive.",
    "The ministry said it would continue to monitor the situation and respond as necessary.",
    "Diplomats described the meeting as candid, constructive and focused on practical issues.",
    "Shipping costs on major routes have risen since the spring, adding pressure on importers.",
    "The report also examined how the policy might affect research collaboration and student exchanges.",
]
WORDS_MIN, WORDS_MAX = 600, 1500


@dataclass(frozen=True)
class Names:
    people: list[str]
    organizations: list[str]
    places: list[str]
    keywords: list[str]
    # An article's own cast (``_cast``): its sentences name only these people and organizations.
    cast: bool = False


def registry_names(registry_dir: Path) -> Names:
    registry, _ = load_registry(registry_dir)
    by_kind: dict[str, list[str]] = {"person": [], "organization": [], "place": [], "topic": []}
    for key in sorted(registry.entities):
        entity = registry.entities[key]
        if entity.subkind == "media":
            continue
        if all(ord(ch) < 0x3000 for ch in entity.name):
            by_kind[entity.kind].append(entity.name)
    keywords = sorted({w for words in registry.keywords.values() for w in words})
    return Names(by_kind["person"], by_kind["organization"], by_kind["place"], keywords)


# One article


def _person(rng: random.Random, names: Names) -> str:
    if names.cast:
        return rng.choice(names.people)
    if rng.random() < 0.7 and names.people:
        return rng.choice(names.people)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _org(rng: random.Random, names: Names) -> str:
    if names.cast:
        return rng.choice(names.organizations)
    if rng.random() < 0.75 and names.organizations:
        return rng.choice(names.organizations)
    return rng.choice(INVENTED_ORGS)


def _cast(rng: random.Random, names: Names) -> Names:
    """The few people, organizations and places one article is about. Real articles name about 15
    entities (the seeds in seeds/ and tests/fixtures/blind*/ through the generator: 3.6 people,
    3.3 organizations, 5.6 places and 2 topics on average, 32 at most); drawing every sentence's
    names from the whole registry named ~74 in each, inflating every page, list and index built
    from them (bench/results.md, "Published size")."""
    people = sorted({_person(rng, names) for _ in range(rng.randint(2, 5))})
    organizations = sorted({_org(rng, names) for _ in range(rng.randint(2, 5))})
    places = rng.sample(names.places, rng.randint(3, 7))
    return Names(people, organizations, places, names.keywords, cast=True)


def _sentence(rng: random.Random, names: Names, topic_words: list[str]) -> str:
    shape = rng.randrange(7)
    place, other = rng.choice(names.places), rng.choice(names.places)
    word = rng.choice(topic_words)
    if shape == 0:
        return f"{_person(rng, names)} met counterparts from {place} to discuss {word} and {rng.choice(topic_words)}."
    if shape == 1:
        return f"{_org(rng, names)} said the rules on {word} would apply to firms in {place} and {other}."
    if shape == 2:
        return f"According to {_org(rng, names)}, {rng.choice(CLAIMS)}."
    if shape == 3:
        return f"The debate over {word} has intensified in {place} since the spring, officials said."
    if shape == 4:
        return f"Exports from {place} to {other} rose as the dispute over {word} continued."
    return rng.choice(FILLER)


def _quote(rng: random.Random, names: Names) -> str:
    name = _person(rng, names)
    claim = rng.choice(CLAIMS)
    text = claim[0].upper() + claim[1:]
    if rng.random() < 0.6:
        return f"\"{text},\" {rng.choice(VERBS)} {name}, {rng.choice(ROLES)} at {_org(rng, names)}."
    return f"{name}, {rng.choice(ROLES)} at {_org(rng, names)}, said: \"{text}.\""


def _caption(rng: random.Random, names: Names, day: date) -> str:
    who = _person(rng, names)
    return f"{rng.choice(names.places)}, {MONTHS[day.month - 1]} {day.day}, {who} speaks to reporters. {rng.choice(CREDITS)}"


def article(number: int, names: Names, wide: bool = False) -> tuple[str, str]:
    """(file name, text) of seed ``number``. ``wide``: the corpus before its articles had a cast,
    every name drawn from the whole registry (byte for byte the old corpus, to compare with)."""
    rng = random.Random(f"{SEED}-{number}")
    day = date(2024, 1, 1) + timedelta(days=rng.randrange(600))
    outlet = rng.choice(OUTLETS)
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    topic_words = rng.sample(names.keywords, 3)
    if not wide:
        names = _cast(rng, names)
    target = rng.randint(WORDS_MIN, WORDS_MAX)

    paragraphs: list[str] = []
    words = 0
    while words < target:
        if paragraphs and rng.random() < 0.3:
            paragraph = _quote(rng, names)
        else:
            paragraph = " ".join(_sentence(rng, names, topic_words) for _ in range(rng.randint(3, 6)))
        paragraphs.append(paragraph)
        words += len(paragraph.split())

    lead = paragraphs[0]
    style = rng.randrange(4)
    if rng.random() < 0.5:
        city = rng.choice(CITIES)
        agency = f" ({outlet})" if rng.random() < 0.5 else ""
        lead = f"{city}, {MONTHS[day.month - 1]} {day.day}{agency} - {lead}"
    if style == 0:
        lead = f"【By {outlet}, {author}】 {lead}"
    paragraphs[0] = lead

    blocks: list[str] = []
    if rng.random() < 0.7:
        blocks.append(f"{rng.choice(names.places)} and {rng.choice(names.places)} weigh new steps on {topic_words[0]}")
    if style == 1:
        blocks.append(f"By {author}, {outlet}")
    elif style == 2:
        blocks.append(f"{outlet} | {author}")
    for index, paragraph in enumerate(paragraphs):
        blocks.append(paragraph)
        if index in (1, 4) and rng.random() < 0.6:
            blocks.append(_caption(rng, names, day))
    if rng.random() < 0.5:
        blocks.append(f"This article is an exclusive piece by {outlet}. Reproduction without permission is prohibited.")
    if rng.random() < 0.6:
        blocks.append(f"Original: https://news.example.com/{day:%Y/%m/%d}/article-{number}.html")
    if rng.random() < 0.4:
        blocks.append("Statement: This article represents the views of the author only. Please click the buttons "
                      "below to share it.")
    return f"{number:05d}_{rng.getrandbits(48):012x}.txt", "\n\n".join(blocks) + "\n"


def write_corpus(size: int, out: Path, registry_dir: Path = ROOT / "registry", wide: bool = False) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    names = registry_names(registry_dir)
    paths = []
    for number in range(size):
        name, text = article(number, names, wide)
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--registry", type=Path, default=ROOT / "registry")
    parser.add_argument("--wide", action="store_true",
                        help="the old corpus: every sentence names anyone in the registry (~74 entities an article)")
    args = parser.parse_args()
    paths = write_corpus(args.size, args.out, args.registry, args.wide)
    print(f"{len(paths)} seeds in {args.out}")


if __name__ == "__main__":
    main()
