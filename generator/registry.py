"""The editorial registry: who and what the site knows by name.

Editors keep people, organizations, places, topics, exclusions and the
seed-reading rules in YAML under ``registry/``. Loading validates everything up
front, so a mistake stops the build with the file, the line and the fix.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from .files import read_regular_file, yaml_too_big
from .kinds import BY_NAME, MENTIONED_KINDS
from .model import Diagnostic, Entity, SeedError
from .slug import slugify
from .text import clean, shown

SUBKINDS = {
    "organization": {
        "company", "government", "legislature", "party", "military", "think-tank",
        "university", "international", "media", "industry-group", "other",
    },
    "place": {"country", "region", "city", "province", "territory", "body-of-water", "other"},
}
ALLOWED_KEYS = {
    "person": {"name", "aliases", "description"},
    "organization": {"name", "kind", "aliases", "description"},
    "place": {"name", "kind", "aliases", "description"},
    "topic": {"name", "aliases", "keywords", "broader", "description"},
}


class RegistryError(Exception):
    """The registry cannot be used; every problem found is listed."""

    def __init__(self, diagnostics: list[Diagnostic]):
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


@dataclass(frozen=True)
class Rules:
    """Seed-reading phrases from ``rules.yml``."""

    photo_credits: tuple[str, ...] = ()
    credit_markers: tuple[str, ...] = ()
    caption_max_words: int = 40
    rights_phrases: tuple[str, ...] = ()
    original_prefixes: tuple[str, ...] = ()
    boilerplate_prefixes: tuple[str, ...] = ()
    boilerplate_phrases: tuple[str, ...] = ()
    lead_openers: tuple[str, ...] = ()
    headline_max_chars: int = 90
    abbreviations: tuple[str, ...] = ()
    words_per_minute: int = 230
    summary_sentences: int = 3
    titles: tuple[str, ...] = ()
    role_words: tuple[str, ...] = ()
    family_roles: tuple[str, ...] = ()  # "a father of two": who a person is in an apposition, never a writer's job
    speech_verbs: tuple[str, ...] = ()
    speech_times: tuple[str, ...] = ()  # "a déclaré mardi Babacar Ndiour": when, between a verb of speech and its speaker
    organization_suffixes: tuple[str, ...] = ()
    organization_heads: tuple[str, ...] = ()  # "Universiti Teknologi Malaysia": a body whose name opens with its kind
    family_name_first: tuple[str, ...] = ()
    name_openers: tuple[str, ...] = ()  # "I Gede", "Ni Made": the capitalised words after them are a person's name
    vietnamese_middle_names: tuple[str, ...] = ()  # "Văn", "Thị": a lone "Nguyen Van Hung" is a byline, not a phrase
    common_words: tuple[str, ...] = ()
    furniture_prefixes: tuple[str, ...] = ()  # (with the skip links: each is furniture too)
    skip_links: tuple[str, ...] = ()  # "Skip to content": a page copied whole starts at it, the lines over it another's
    furniture_words: tuple[str, ...] = ()
    kickers: tuple[str, ...] = ()
    genre_words: tuple[str, ...] = ()  # "POLICY BRIEF", "TALKBACK HOUR": a line of capitals naming a genre or a show, no masthead
    headline_kinds: tuple[str, ...] = ()  # "Exclusive: ...", "Interview: ...": a kicker with its colon the headline keeps
    version_tags: tuple[str, ...] = ()  # "(LEAD)", "(2nd LD)": a wire's version of a story, a kicker a page's headline keeps
    brief_labels: tuple[str, ...] = ()  # "IN BRIEF": a page's short items over its story, which the briefing reads past
    contents_labels: tuple[str, ...] = ()  # "In this issue": a newsletter's numbered list of its stories follows
    repost_marks: tuple[str, ...] = ()  # "A reposted this": a post someone shared; the original's header follows their note
    provider_labels: tuple[str, ...] = ()  # "News provided by": a newswire's line over the issuer's name, in its language
    forward_marks: tuple[str, ...] = ()  # "---------- Forwarded message ---------", in the mail reader's language
    paste_marks: tuple[str, ...] = ()  # "––––– copied text –––––": a note (a chat's, a mail's) over the article pasted under it
    byline_places: tuple[str, ...] = ()  # "in", "no": a byline's place after its names ("Por A e B, no Lobito")
    box_labels: tuple[str, ...] = ()  # "Discover more from": a box over the article, its lines (to a blank line) the page's
    list_labels: tuple[str, ...] = ()  # "Most viewed", "Top stories": a list of the site's headlines follows, not the article
    date_labels: tuple[str, ...] = ()
    # "Mei": "May", "října": "October": month names of the languages sites' English editions date
    # their pages in, one row per English month (a table: ``Month: [names]`` in rules.yml)
    month_names: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), metadata={"table": True})
    # Nepal's Bikram Sambat: each month's names under the Gregorian day ("12-16") it begins on, within a day or two
    sambat_months: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), metadata={"table": True})
    # Ethiopia's calendar: each of its thirteen months' names under its number ("10": Sene), for "ሰኔ 28 ቀን 2022 ዓ.ም."
    ethiopian_months: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), metadata={"table": True})
    weekday_names: tuple[str, ...] = ()  # "Selasa", "miércoles": a date line's weekday, no more
    date_words: tuple[str, ...] = ()  # "il", "alle": "Pubblicato il 09/12/2025 alle 06:30", a date line's "on" and "at"
    author_titles: tuple[str, ...] = ()
    body_nouns: tuple[str, ...] = ()  # "research firm Sakura Insight": a name after these is no person's
    portfolio_words: tuple[str, ...] = ()  # "Minister of Trade, Industry and Energy": words that end an office's name
    town_regions: tuple[str, ...] = ()  # "Port Lavaca, Texas": a name before ", <one of these>" is a town's
    # "Corn Belt", "Constitution Ave" (last), "Mount Kestrel" (first): a place's kind in its name
    geography_words: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), metadata={"table": True})
    speech_nouns: tuple[str, ...] = ()  # "Kessler's line that "..."": what someone said, after the name
    according_pronouns: tuple[str, ...] = ()  # "According to her", "По его словам": the words of the one named before
    term_nouns: tuple[str, ...] = ()  # 'the "foreign entity of concern" provisions': a quoted name, not speech
    byline_by: tuple[str, ...] = ()  # "Von", "Por", "Skrifys gans": "By" in the languages sites print bylines in
    byline_and: tuple[str, ...] = ()  # "und", "e", "et": "and" in a byline of those languages
    byline_from: tuple[str, ...] = ()  # "de", "aus": "Por A, de Cuiabá": where a reporter files from
    byline_labels: tuple[str, ...] = ()  # "Reportagem", "Texto": "Reporter:" in the languages sites print credits in
    given_names: tuple[str, ...] = ()  # from given_names.yml: a long list, kept in its own file

    @cached_property
    def given_set(self) -> frozenset[str]:
        """The given names as a set: looked up for every capitalised pair of every seed."""
        return frozenset(self.given_names)


# Rule files: rules.yml holds the phrases; long word lists have a file each.
RULE_FILES = ("rules.yml", "given_names.yml")


@dataclass(frozen=True, eq=False)
class Registry:
    entities: dict[str, Entity] = field(default_factory=dict)  # key -> Entity
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)  # topic key -> keywords
    not_people: frozenset[str] = frozenset()
    merge: dict[str, str] = field(default_factory=dict)  # variant -> entity key
    rules: Rules = Rules()
    digest: str = ""  # hash of every registry file, for caches

    def names(self) -> dict[str, str]:
        """Every name and alias (and merged variant) -> entity key. One table, made once and shared (do not
        change it): the rules ask it of many lines of every seed, and making it took a millisecond each time."""
        return self._names

    @cached_property
    def _names(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for key, entity in self.entities.items():
            for name in (entity.name, *entity.aliases):
                table[name] = key
        table.update(self.merge)
        return table

    @cached_property
    def place_names(self) -> frozenset[str]:
        """Every name and alias of a place: a byline's city after a name ("Shreya Nandakumar New Delhi")."""
        return frozenset(name for name, key in self.names().items() if key.startswith("place/"))

    def outlets(self) -> dict[str, Entity]:
        """Every name and alias of a media organization -> the organization: a briefing's source
        that matches one is that outlet, under the registry's name."""
        return {name: entity for entity in self.entities.values() if entity.subkind == "media"
                for name in (entity.name, *entity.aliases)}

    def media_names(self) -> frozenset[str]:
        return self._media_names

    @cached_property
    def _media_names(self) -> frozenset[str]:
        """Made once: asked for every line that might name an outlet."""
        names = set(self.rules.photo_credits)
        for entity in self.entities.values():
            if entity.subkind == "media":
                names.update((entity.name, *entity.aliases))
        return frozenset(names)


# Loading


# The registry is bigger than any seed's front matter, but no honest registry needs aliases.
MAX_REGISTRY_NODES = 1_000_000


class _LineLoader(yaml.SafeLoader):
    """Records the line of every mapping so errors can point at an entry."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# The registry is lists of words, and "No", "On" and "Yes" are words: only true and false are
# booleans, as in YAML 1.2 (YAML 1.1 read "- No" in a list of abbreviations as False).
_LineLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_LineLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


# libyaml's parser, with the same constructors and resolvers (Python's, called from it): the registry
# is read ten times faster, into the same values. A file it cannot parse is read again by PyYAML's
# own parser, so its errors (and anything the two parsers disagree on) are PyYAML's as before.
_CLineLoader = None
if getattr(yaml, "CSafeLoader", None) is not None:
    class _CLineLoader(yaml.CSafeLoader):
        """``_LineLoader`` with libyaml's parser."""

    _CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _CLineLoader.yaml_implicit_resolvers = dict(_LineLoader.yaml_implicit_resolvers)


def _composed(loader, path: Path, problems: list[Diagnostic]) -> Any:
    # Composed once: the node tree is checked for size, then made into values (as yaml.load does).
    try:
        node = loader.get_single_node()
        if yaml_too_big(node, limit=MAX_REGISTRY_NODES):
            problems.append(Diagnostic("error", str(path), "expands to too many values (YAML aliases '&'/'*')",
                                       fix="write each entry out in full, without YAML anchors and aliases"))
            return None
        return loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def _load_yaml(path: Path, problems: list[Diagnostic]) -> Any:
    try:
        text = read_regular_file(path, what="registry file").decode("utf-8")
        # Only plain text goes to libyaml: the parsers disagree on a tab ("name:\tX" is an error to
        # PyYAML, a value to libyaml), and a registry that holds tabs, control or format characters
        # or unusual spaces is read exactly as before.
        if _CLineLoader is not None and text.replace("\n", "").isprintable():
            try:
                return _composed(_CLineLoader(text), path, problems)
            except yaml.YAMLError:
                pass  # read again by PyYAML's parser below: its error (at its line) is the one reported
        return _composed(_LineLoader(text), path, problems)
    except SeedError as exc:
        problems.append(dataclasses.replace(exc.diagnostic, file=str(path)))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problems.append(Diagnostic(
            "error", str(path), f"invalid YAML: {getattr(exc, 'problem', exc)}",
            line=mark.line + 1 if mark else None,
            fix="correct the YAML syntax (indentation, quoting, colons) at that line",
        ))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Diagnostic("error", str(path), f"cannot read: {exc}", fix="save it as UTF-8 text"))
    return None


def _strings(value: Any, path: Path, line: int, what: str, problems: list[Diagnostic]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        problems.append(Diagnostic("error", str(path), f"{what} must be a list of strings", line=line,
                                   fix=f"write {what} as a YAML list: [a, b]"))
        return ()
    return tuple(clean(str(v)).strip() for v in value if clean(str(v)).strip())


def _strip_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def load_rules(paths: list[Path], problems: list[Diagnostic]) -> Rules:
    values: dict[str, Any] = {}
    for path in paths:
        data = _load_yaml(path, problems) if path.exists() else {}
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(Diagnostic("error", str(path), "rules must be a mapping of rule names to values",
                                       line=1, fix=f"see the comments at the top of {path.name}"))
            continue
        data = _strip_lines(data)
        for name, default in Rules.__dataclass_fields__.items():
            if name not in data:
                continue
            value = data[name]
            if isinstance(default.default, int):
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    problems.append(Diagnostic("error", str(path), f"{name} must be a positive whole number",
                                               fix=f"set {name}: {default.default}"))
                    continue
                values[name] = value
            elif default.metadata.get("table"):
                if not isinstance(value, dict):
                    problems.append(Diagnostic("error", str(path), f"{name} must be a mapping of names to lists",
                                               fix=f"write {name} as 'Name: [a, b]' lines"))
                    continue
                values[name] = tuple((clean(str(k)).strip(), _strings(v, path, 1, f"{name}: {k}", problems))
                                     for k, v in value.items())
            else:
                values[name] = _strings(value, path, 1, name, problems)
        unknown = sorted(set(data) - set(Rules.__dataclass_fields__))
        for name in unknown:
            problems.append(Diagnostic("warning", str(path), f"unknown rule {name!r} is ignored",
                                       fix="check the spelling against the documented rule names"))
    values["furniture_prefixes"] = (*values.get("furniture_prefixes", ()), *values.get("skip_links", ()))
    return Rules(**values)


def load_registry(directory: Path) -> tuple[Registry, list[Diagnostic]]:
    """Load and validate the registry; raise RegistryError on any error."""
    problems: list[Diagnostic] = []
    entities: dict[str, Entity] = {}
    keywords: dict[str, tuple[str, ...]] = {}
    claimed: dict[str, tuple[str, str, int]] = {}  # name -> (entity key, file, line)
    raw_broader: dict[str, tuple[tuple[str, ...], Path, int]] = {}
    declared: list[tuple[str, str, str, str, int]] = []  # (alias, entity key, entity name, file, line)
    digest = hashlib.sha256()

    for path in sorted(directory.glob("*.yml")) if directory.is_dir() else []:
        try:
            digest.update(path.name.encode() + b"\0" + read_regular_file(path, what="registry file") + b"\0")
        except SeedError:
            pass  # _load_yaml reports it

    for kind in (k.name for k in MENTIONED_KINDS):
        path = directory / f"{BY_NAME[kind].section}.yml"
        if not path.exists():
            continue
        data = _load_yaml(path, problems)
        if data is None:
            continue
        if not isinstance(data, list):
            problems.append(Diagnostic("error", str(path), "expected a list of entries", line=1,
                                       fix="start each entry with '- name: ...'"))
            continue
        for item in data:
            if not isinstance(item, dict):
                problems.append(Diagnostic("error", str(path), f"entry {item!r} is not a mapping",
                                           fix="write each entry as '- name: ...' with its keys below"))
                continue
            line = item.get("__line__", 0)
            unknown = set(item) - ALLOWED_KEYS[kind] - {"__line__"}
            if unknown:
                problems.append(Diagnostic("error", str(path), f"unknown key(s) {', '.join(sorted(unknown))}",
                                           line=line, fix=f"allowed keys: {', '.join(sorted(ALLOWED_KEYS[kind]))}"))
            name = item.get("name")
            if not isinstance(name, str) or not name.strip():
                problems.append(Diagnostic("error", str(path), "entry has no name", line=line,
                                           fix="add 'name: Canonical Name'"))
                continue
            name = clean(name).strip()
            subkind = item.get("kind", "")
            if kind in SUBKINDS:
                if subkind not in SUBKINDS[kind]:
                    problems.append(Diagnostic(
                        "error", str(path), f"{name}: unknown kind {subkind!r}", line=line,
                        fix=f"use one of: {', '.join(sorted(SUBKINDS[kind]))}"))
                    continue
            slug = slugify(name)
            key = f"{kind}/{slug}"
            aliases = _strings(item.get("aliases"), path, line, "aliases", problems)
            declared.extend((alias, key, name, str(path), line) for alias in aliases if alias != name)
            for alias in (name, *aliases):
                if alias in claimed and claimed[alias][0] != key:
                    other_key, other_file, other_line = claimed[alias]
                    problems.append(Diagnostic(
                        "error", str(path), f"{alias!r} is claimed by {name!r} and by "
                        f"{other_key} ({other_file}:{other_line})", line=line,
                        fix="keep the name on one entry only, or merge the two entries"))
                claimed.setdefault(alias, (key, str(path), line))
            if key in entities:
                problems.append(Diagnostic("error", str(path), f"duplicate entry {name!r}", line=line,
                                           fix="merge the two entries into one"))
                continue
            description = item.get("description") or ""
            if not isinstance(description, str):
                problems.append(Diagnostic("error", str(path), f"{name}: description must be text", line=line,
                                           fix="quote the description"))
                description = ""
            entities[key] = Entity(key=key, kind=kind, slug=slug, name=name,
                                   aliases=tuple(a for a in aliases if a != name),
                                   description=clean(description).strip(), subkind=subkind or "")
            if kind == "topic":
                keywords[key] = tuple(k.lower() for k in _strings(item.get("keywords"), path, line, "keywords", problems))
                raw_broader[key] = (_strings(item.get("broader"), path, line, "broader", problems), path, line)

    by_name = {e.name: k for k, e in entities.items()}
    for key, (broader, path, line) in raw_broader.items():
        resolved = []
        for name in broader:
            if by_name.get(name, "").startswith("topic/"):
                resolved.append(by_name[name])
            else:
                problems.append(Diagnostic("error", str(path), f"broader topic {name!r} is not a topic", line=line,
                                           fix="name a topic defined in topics.yml"))
        entities[key] = Entity(**{**entities[key].__dict__, "broader": tuple(resolved)})

    not_people: set[str] = set()
    merge: dict[str, str] = {}
    exclude_path = directory / "exclude.yml"
    if exclude_path.exists():
        data = _load_yaml(exclude_path, problems)
        if data is not None and not isinstance(data, dict):
            problems.append(Diagnostic("error", str(exclude_path), "expected keys not_people and merge", line=1,
                                       fix="write 'not_people: [...]' and 'merge: {variant: Canonical Name}'"))
        elif data:
            not_people.update(_strings(data.get("not_people"), exclude_path, 1, "not_people", problems))
            raw_merge = data.get("merge") or {}
            if not isinstance(raw_merge, dict):
                problems.append(Diagnostic("error", str(exclude_path), "merge must map variant: Canonical Name",
                                           line=data.get("__line__"), fix="write merge: {variant: Canonical Name}"))
                raw_merge = {}
            for variant, target in raw_merge.items():
                if variant == "__line__":
                    continue
                if target not in by_name:
                    problems.append(Diagnostic("error", str(exclude_path), f"merge target {target!r} is not in the registry",
                                               line=raw_merge.get("__line__"), fix="name an entity's canonical name"))
                elif variant in claimed:
                    problems.append(Diagnostic("error", str(exclude_path), f"merge variant {variant!r} is already a name of "
                                               f"{claimed[variant][0]}", line=raw_merge.get("__line__"),
                                               fix="remove it from merge or from the entity's aliases"))
                else:
                    merge[str(variant)] = by_name[target]

    rules = load_rules([directory / name for name in RULE_FILES], problems)
    problems.extend(_ambiguous_aliases(declared, entities, rules))
    errors = [p for p in problems if p.level == "error"]
    if errors:
        raise RegistryError(errors)
    registry = Registry(entities=entities, keywords=keywords, not_people=frozenset(not_people),
                        merge=merge, rules=rules, digest=digest.hexdigest())
    return registry, [p for p in problems if p.level != "error"]


def _ambiguous_aliases(declared: list[tuple[str, str, str, str, int]], entities: dict[str, Entity],
                       rules: Rules) -> list[Diagnostic]:
    """Aliases that would link words of every article to one entity: a letter, a common word
    (as written or capitalised at a sentence's start), or another entity's name."""
    names: dict[str, str] = {}
    for key, entity in entities.items():
        names.setdefault(entity.name.casefold(), key)
    common = {form for word in rules.common_words for form in (word, word.capitalize())}
    problems = []
    for alias, key, name, path, line in declared:
        if len(alias.replace(".", "").strip()) <= 1:
            reason = "a single letter"
        elif alias in common:
            reason = "a common word (rules.yml common_words)"
        elif names.get(alias.casefold(), key) != key:
            reason = f"also the name of {names[alias.casefold()]}"
        else:
            continue
        problems.append(Diagnostic("warning", path, f"alias {shown(alias)} of {shown(name)} is {reason}; every "
                                   f"article using that word would mention {shown(name)}", line=line,
                                   fix="remove the alias, or make it a longer, unambiguous name"))
    return problems
