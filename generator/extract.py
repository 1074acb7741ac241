"""Extract: who and what an article mentions, how it describes them, what they said.

General rules over the registry: registered names and aliases first, then
people found by attribution, titles, appositive roles and capitalised names
with enough evidence, organizations by their patterns, topics by keywords.
No model downloads; every decision can be explained by a rule.
"""
from __future__ import annotations

import dataclasses
import itertools
import re
import string
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from .kinds import MENTIONED_KINDS
from .model import PASSING, Article, Candidate, EntityRef, Event, Extraction, Mention, Quote
from .parse import MONTHS, OTHER_SMALL_WORDS, OUTLET_WORDS, _MONTH, english_share
from .registry import Registry
from .slug import slugify
from .text import (CLOCK, GIVEN_NAME_ABBREVIATION, PICTOGRAPH, HONORIFIC_WORDS, LABEL_OPENERS, LEGAL_FORM, NAME_PARTICLE, NAME_PARTICLES, in_names, loose,
                   name_case, plain_letters, sentence_spans, split_names)

# Letters of names in Latin script: Latin-1, Extended-A and -B (Romanian "Țoiu", Vietnamese "Lương", Azerbaijani
# "Əliyeva") and Additional ("Trần", "Phạm"); inside a name also combining accents and modifier letters
# (Yoruba "Ọlábọ̀dé", transliterated Arabic "Saʿīd").
# ... and Cyrillic ("Эрмек Сатыбалдиев", Kyrgyz "Өмүрбек", Ukrainian "Ярослава"): its capitals, its small letters, and
# its extended letters; inside a name, the blocks that mix both cases are taken whole
def _capitals(*blocks: tuple[int, int]) -> str:
    """A character set's ranges for the capitals (and titlecase letters, "ǅ") of Unicode blocks that mix both cases:
    not "ș", "ł", "đ" or "ѣ", which open Romanian, Polish, Vietnamese and Cyrillic words in lower case ("România și")."""
    codes = [c for lo, hi in blocks for c in range(lo, hi + 1) if chr(c).isupper() or chr(c).istitle()]
    runs: list[list[int]] = []
    for c in codes:
        if runs and c == runs[-1][1] + 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


_UP = "A-ZÀ-ÖØ-Þ" + _capitals((0x100, 0x24F), (0x1E00, 0x1EFF), (0x460, 0x4FF)) + "\u0400-\u042f"
_LOW = "a-zß-öø-ÿā-ž\u0180-\u024f\u0250-\u02ff\u0300-\u036f\u1e00-\u1eff\u0430-\u045f\u0460-\u04ff"
# (... and a Surinamese or Indonesian Chinese surname's one letter between hyphens: "Tjon-A-Loi", "Kwie-A-Sen")
_TOKEN = (rf"(?:[{_UP}][{_LOW}]+(?:[-'’](?!s\b)(?:(?:[DNO]['’]|Mc|Mac)?[{_UP}]?[{_LOW}]+|[{_UP}](?=-[{_UP}])))*"
          rf"|(?:Mc|Mac|Di|De|Le|La|[DNO]['’])[{_UP}][{_LOW}]+"
          rf"(?:[-'’](?!s\b)(?:[DNO]['’]|Mc|Mac)?[{_UP}]?[{_LOW}]+)*|[{_UP}]\.(?:[{_UP}]\.)?)")  # ... "MacAulay-Osei", "Bérard-N'Diaye", "Brar-MacPhee"
# "Mr. AKAZAWA Ryosei", "Director: KUBOTA Masaaki": the family name in capitals before the given name, as Japanese
# (and some Korean and Chinese) official texts print names; an honorific, a title or a label before it says it is one.
_CAPS_FAMILY_FIRST = re.compile(r"([A-Z](?<![\w.'’-].)[A-Z]+(?:-[A-Z]{2,})?)\s+([A-Z][a-z]+(?:-[a-z]+)?)(?![\w'’-])")
# ... or last, as Japanese ministries print it after a title: "Minister of Economy, Trade and Industry Ryosei AKAZAWA"
_CAPS_FAMILY_LAST = re.compile(r"([A-Z](?<![\w.'’-].)[a-z]+(?:-[a-z]+)?)\s+([A-Z][A-Z]+(?:-[A-Z]{2,})?)(?![\w'’-])")
_HONORIFIC_OR_LABEL_BEFORE = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|H\.E)\.?|[:：])\s*$")
# "K Shanmugam", "H D Kumaraswamy": initials printed without full stops (Indian and Singaporean papers)
_BARE_INITIALS = r"(?:(?![AI]\b)[A-Z]\s+){1,2}(?=[A-Z][a-z])"
# ... "Economist Ma. Cristina Buenaventura": a given name's abbreviation inside the run of capitalised words, too.
_NAME_SEQ = re.compile(rf"(?<![\w.'’-])(?:(?:{GIVEN_NAME_ABBREVIATION}\s+)?{_TOKEN}(?:\s+(?:{NAME_PARTICLE}\s+){{0,2}}"
                       rf"(?:{GIVEN_NAME_ABBREVIATION}\s+)?{_TOKEN}){{1,11}}(?:\s+(?:Jr\.|Sr\.|III|II|IV)(?=[\s,;:)]|$))?"
                       rf"|{_BARE_INITIALS}{_TOKEN}(?:\s+(?:{NAME_PARTICLE}\s+){{0,2}}{_TOKEN}){{0,6}})(?![\w-]|['’](?!s\b)|\.\w)")
_NAME_LIST = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN})*(?:(?:,\s*|,?\s+and\s+){_TOKEN}(?:\s+{_TOKEN})*)*")
_QUOTE = re.compile(r"[\"“](?P<text>[^\"“”]{2,}?)(?:[\"”]|(?=\n)|$)")
_ONLY_NAME = re.compile(r"\b(?:gave|gives|giving|give|asked to be identified by|identified (?:only )?by)\s+(?:only\s+)?"
                        r"(?:(?:his|her|their)\s+)?(?:sur|first |given |family |last )?name(?:\s+only)?,?\s+(?:as\s+)?"
                        rf"([{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?)(?=[,.;]|\s+(?:said|says|told))")
_MONONYM = re.compile(rf"(?:^|(?<=[.!?”\"] ))([{_UP}][{_LOW}]{{3,}}), (?:(?:a|an|the) )?(?!which\b)([a-z][\w' -]{{2,80}}?),? (?:said|says|told)\b")
_DATE_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                                  "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})
_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_MONTH_NAMES = {m.capitalize() for m in MONTHS if len(m) > 4} | {"May", "June", "July"}
_PRONOUNS = {"he", "she", "they"}
# ... and a Romance language's, in lower case only ("», dit-elle", "e ele explica:"; a sentence's "Il a ajouté" may be a name's)
_ROMANCE_PRONOUNS = {"il", "elle", "ele", "ela", "él", "ella"}


def _pronoun(word: str) -> bool:
    return word.lower() in _PRONOUNS or word in _ROMANCE_PRONOUNS
_CLAUSE_WORDS = {"as", "when", "while", "if", "after", "before", "since", "because", "although", "though", "with",
                 "without", "for", "to", "from", "by", "of", "in", "on", "at", "said", "says", "the", "a", "an", "and",
                 "but", "or", "that", "which", "who", "told", "met", "called"}
_EVENT_DATE = re.compile(rf"\b(?:on|On|since|Since|by|By)?\s*(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:,\s*(?P<year>(?:19|20)\d\d))?|the\s+(?P<nth>\d{{1,2}})(?:st|nd|rd|th))\b")


# The lexicon: registry names compiled once per registry


def _ends_with_suffix(lex: "Lexicon", text: str, end: int | None = None) -> bool:
    """``text[:end]`` ends with an organization suffix ("Group", "Chamber of Commerce"); only the tail
    is searched."""
    end = len(text) if end is None else end
    return lex.org_suffix.search(text, max(0, end - 24), end) is not None


# a name, then one more word ("Heparinas del Plata SA": a particle between its words)
_NAME_BEFORE_WORD = re.compile(r"([A-Z](?<!\w.)[\w'’-]+(?: (?:(?:de|del|da|do|dos|das|di|du|la|le|van|von|der) )?[A-Z][\w'’-]+){1,3})"
                               r" (?:& )?([A-Z][\w.&-]+)")

MAX_TOPICS = 8


def _passing_topics(hits: list["_Found"], in_title: set[str], paragraphs: int) -> set[str]:
    """The topics an article only passes by. An article is about a topic its headline names,
    that its lead (first paragraph) takes up and the text comes back to, or that runs
    through a good share of its paragraphs; at most ``MAX_TOPICS`` of them, the most salient."""
    count: Counter = Counter()
    spread: dict[str, set[int]] = defaultdict(set)
    lead: Counter = Counter()
    for f in hits:
        count[f.key] += 1
        spread[f.key].add(f.part)
        if f.part == 0:
            lead[f.key] += 1
    paragraphs = max(paragraphs, 1)

    def salience(key: str) -> float:
        return 3 * (key in in_title) + 1.5 * min(lead[key], 2) + 4 * len(spread[key]) / paragraphs + min(count[key], 8) / 4

    about = [k for k in count if k in in_title or (lead[k] and count[k] >= 2 and len(spread[k]) >= 2)
             or len(spread[k]) / paragraphs >= 0.25 and count[k] >= 3]
    about = sorted(about, key=lambda k: (-salience(k), k))[:MAX_TOPICS]
    return set(count) - set(about)


# How far from a name a title or an appositive can reach, in characters.
_ROLE_REACH = 400


def _title_at_end(lex: "Lexicon", text: str) -> re.Match[str] | None:
    """A title ending the text. The pattern is anchored at the end, so only the tail is searched."""
    if lex.titles is None:
        return None
    return lex.titles.search(text, max(0, len(text) - lex.title_length))


@dataclass(frozen=True)
class Lexicon:
    names: dict[str, str]  # surface form -> entity key
    # The registered names' pattern, as text: compiled (``name_pattern``) only for a part that needs it
    # (``_Reading.registered_in``; most are scanned with ``_name_starts``'): ~16 ms an edit's re-run saves.
    name_source: str | None
    cjk_pattern: re.Pattern[str] | None
    keywords: dict[str, str]  # lowercase keyword -> topic key
    keyword_pattern: re.Pattern[str] | None
    not_people: frozenset[str]
    titles: re.Pattern[str] | None
    speech: str  # regex alternation of speech verbs
    role_words: re.Pattern[str]
    org_suffix: re.Pattern[str]
    org_heads: frozenset[str]
    media: frozenset[str]
    # "Universidad Mayor de | San Andrés": a body's kind, its words, and "de" right before a name that is the body's
    org_head_of: re.Pattern[str] | None = None
    # "the Ministry of Economy and | Sustainable Development": a body's kind, "of" its words, and "and" the rest of them
    org_of_and: re.Pattern[str] | None = None
    family_names: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    surname_titles: frozenset[str] = frozenset()  # titles that are surnames too: "Madeleine King"
    town_region_after: re.Pattern[str] | None = None  # ", Texas" after a town's name
    english_lower: frozenset[str] = frozenset()
    body_before: re.Pattern[str] | None = None  # "the nonprofit " just before a name: the body's name
    portfolio: frozenset[str] = frozenset()  # lower-case words an office's name ends with, and bodies' last words
    offices: frozenset[str] = frozenset()  # ... the first of them only: "Affairs", "Energy" (not "Power": Samantha Power)
    title_length: int = 0
    name_heads: frozenset[str] = frozenset()  # first words of registered names
    name_words: int = 1  # words in the longest registered name
    attributed_before: re.Pattern[str] | None = None  # "said " / "according to " just before a name
    attributed_after: re.Pattern[str] | None = None  # " said" / ", a role, said" just after a name
    roles: str = "(?!)"  # regex alternation of role words: "the president said" names its speaker by role
    weekdays: str = "(?!)"  # regex alternation of weekday names in lower case (the registry's, for "afirmó el jueves la ...")
    descriptions: tuple[tuple[str, str], ...] = ()  # person key -> lower-case registry description
    term_after: re.Pattern[str] | None = None  # a quotation followed by "provisions", "rules": a name
    place_or_body_before: re.Pattern[str] | None = None  # "in ", "research firm ": what comes before no person
    said_by: re.Pattern[str] | None = None  # 'Kessler's line that "': a quotation owned by a possessive
    according_to_them: re.Pattern[str] | None = None  # "According to her,": the words of the one the sentence before names
    body_apposition: re.Pattern[str] | None = None  # ", a Rosario company," after a name: a body's, not a person's
    name_opener: re.Pattern[str] | None = None  # "I Gede Darmayasa": the registry's opener, then the name's own words

    @cached_property
    def name_pattern(self) -> re.Pattern[str] | None:
        """Whole registered names (not CJK): ``name_source`` compiled when first asked for."""
        return re.compile(self.name_source) if self.name_source is not None else None


def _alternation(words) -> str:
    """A regex matching any of the words, longest first. Built as a trie: Python's regex engine
    tries alternatives one by one, so a flat list of a thousand names is slow, a trie is not."""
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) if trie else "(?!)"


def _trie_regex(node: dict) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends_here else "(?:" + "|".join(branches) + ")"
    if len(branches) == 1 and not ends_here:
        return body
    return body + "?" if ends_here else body


_NAME_END = r"(?![\w]|-[A-Za-z]|['’](?!s\b)[A-Za-z])"  # a registered name ends a word: not "Xi" in "Xi'an"


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@lru_cache(maxsize=8)
def _lexicon(registry: Registry) -> Lexicon:
    rules = registry.rules
    names = {n: k for n, k in registry.names().items() if not k.startswith("topic/")}
    latin = [n for n in names if not _is_cjk(n)]
    cjk = [n for n in names if _is_cjk(n)]
    keywords: dict[str, str] = {}
    for key, words in registry.keywords.items():
        entity = registry.entities[key]
        for word in (entity.name, *entity.aliases, *words):
            keywords.setdefault(word.lower(), key)
    # (each as written and, a title of several words, in sentence case: "Chief technology officer Rok Bizjak set out ...")
    titles = sorted({form for t in rules.titles for form in (t, t[:1].upper() + t[1:].lower()) if " " in t or form == t},
                    key=len, reverse=True)
    return Lexicon(
        names=names,
        # Whole names only: not "Xi" in "Xi'an", but "Trump" in "Trump's".
        name_source=rf"(?<![\w-])(?:{_alternation(latin)}){_NAME_END}" if latin else None,
        cjk_pattern=re.compile(_alternation(cjk)) if cjk else None,
        keywords=keywords,
        keyword_pattern=re.compile(rf"(?<![\w-])(?:{_alternation(keywords)})(?![\w-])", re.I) if keywords else None,
        not_people=frozenset(registry.not_people) | frozenset(rules.titles),
        # Listed titles, and "Secretary of Energy", "Minister for Trade and Industry" for any office.
        titles=re.compile(rf"(?:{_alternation(titles)}|{_OFFICE_TITLE})$") if titles else None,
        # (... and when, between the verb and its speaker: "a déclaré mardi Babacar Ndiour", "dijo el martes A")
        # (... or two: "a reconnu lundi soir A", "dijo ayer martes A")
        speech=(rf"(?:{_alternation(rules.speech_verbs) or 'said'})"
                rf"(?:\s+(?:on\s+|el\s+|le\s+|ce\s+|este\s+)?(?:{_alternation(rules.speech_times)})(?![\w'’-])){{0,2}}"
                if rules.speech_times else _alternation(rules.speech_verbs) or "said"),
        role_words=re.compile(rf"\b(?:{_alternation(w.lower() for w in (*rules.role_words, *rules.family_roles))})s?\b", re.I),
        org_suffix=re.compile(rf"(?:{_alternation(rules.organization_suffixes)})$"),
        org_heads=frozenset(rules.organization_heads),
        org_head_of=re.compile(rf"\b(?:{_alternation(rules.organization_heads)})(?:\s+[A-Z][\w'’.-]*){{0,4}}\s+"
                               r"(?:de|del|de la|de los|de las|des|du|di|da|do|dos|das|della|degli|dei)\s+$")
        if rules.organization_heads else None,
        org_of_and=re.compile(rf"\b(?:{_alternation(rules.organization_suffixes)})\s+(?:of|for)\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:and|&)\s+$")
        if rules.organization_suffixes else None,
        media=registry.media_names(),
        family_names=frozenset(rules.family_name_first),
        given_names=frozenset(rules.given_names),
        surname_titles=frozenset(t for t in rules.titles if " " not in t) - frozenset(registry.not_people),
        town_region_after=re.compile(rf",\s+(?:{_alternation(rules.town_regions)})(?![\w-])(?!\s+[A-Z][a-z])")
        if rules.town_regions else None,
        title_length=max(max((len(t) for t in titles), default=0) + 1, 64),  # "Secretary for Export Enforcement"
        name_heads=frozenset(n.split()[0] for n in names if n.split()),
        name_words=max((len(n.split(" ")) for n in names), default=1),
        attributed_before=re.compile(rf"(?:\b(?:{_alternation(rules.speech_verbs) or 'said'})"
                                     rf"|[Aa]ccording to(?:\s+[a-z][\w'’-]*){{0,3}}"  # "according to vice-president Fang Zhiyuan"
                                     # ('“, kaže za Neretvanski vrtlar Anđelko Raspudić': the outlet told, then the speaker)
                                     rf"|\b(?:{_alternation(rules.speech_verbs) or 'said'})\s+{_TOLD_OUTLET}"
                                     rf"|\b[Cc]ontacts?\s*:"  # "Media Contact: Karen Whitfield, (202) ..."
                                     # "said the alliance's chairman, Lim Chee Keong"
                                     rf"|\b(?:{_alternation(rules.speech_verbs) or 'said'})\s+(?:the\s+[\w'’-]+(?:\s+[\w'’-]+){{0,2}}['’]s|its|his|her|their)"
                                     rf"\s+[a-z][\w -]{{1,30}}?,"
                                     # "said Beagle Gulf managing director Bronwyn Tjakamarra-Ellis": a body, then a role
                                     # in lower case, right before the name
                                     rf"|\b(?:{_alternation(rules.speech_verbs) or 'said'})\s+(?:[A-Z][\w&.'’-]*\s+){{0,4}}"
                                     rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{_alternation(w.lower() for w in rules.role_words)})"
                                     # "said the director-general of the Ministry, A", "disse na quarta-feira o diretor-geral
                                     # da Prestação de Serviços de Saúde, A": the office and the body it is of, then the name
                                     rf"|\b(?:{_alternation(rules.speech_verbs) or 'said'})(?:\s+(?:on|el|le|o|na|no)\s+[\w-]+)?"
                                     rf"\s+(?:the|{_ROMANCE_DETERMINERS})\s+(?:[\w-]+\s+){{0,2}}?(?:{_alternation(w.lower() for w in rules.role_words)})"
                                     rf"[\w-]*(?:\s+(?:of|for|de|del|da|do|du|des|de la)\s+[^,\"“”]{{2,90}})?,)\s+$"),
        attributed_after=re.compile(rf",?\s+(?:{_alternation(rules.speech_verbs) or 'said'})\b"
                                    rf"|(?:,|\s+(?:from|of|at|with))\s+(?:a|an|the)?[^,]{{0,120}},\s+"
                                    rf"(?:{_alternation(rules.speech_verbs) or 'said'})\b"
                                    # "Junko Sasaki of Kanto Mobility Research says"
                                    rf"|\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){{1,6}}"
                                    rf"(?:{_alternation(rules.speech_verbs) or 'said'})\b"
                                    # "Ragnhild Ødegård, who runs infrastructure there, called the situation "a pause, not
                                    # a crisis"": a verb that names a thing in someone's words, then the words
                                    # (words, not a word: 'Bessent called the first session "constructive"' is his label)
                                    r"|(?:,[^,\"“”]{0,120},)?\s+(?:called|described|dubbed|branded|termed)\s+[^\"“”.;]{1,60}?"
                                    r"[\"“][^\"“”\s]+\s[^\"“”]+[\"”]"),
        english_lower=frozenset(w.lower() for w in registry.not_people if " " not in w),
        portfolio=frozenset(w.lower() for w in (*rules.portfolio_words, *rules.organization_suffixes)),
        offices=frozenset(w.lower() for w in rules.portfolio_words),
        roles=_alternation(w.lower() for w in rules.role_words),
        weekdays=_alternation(w.lower() for w in rules.weekday_names) or "(?!)",
        body_before=re.compile(rf"\b[Tt]he\s+(?:{_alternation(rules.body_nouns)})\s+$") if rules.body_nouns else None,
        # (not "Lê Quốc Bảo, an economist at a Hanoi-based think tank,": the body the person works at)
        body_apposition=re.compile(rf",\s+(?:a|an|the)\s+(?:(?!(?:at|of|for|with|in|from|on|to|by)\s)[\w'’-]+\s+){{0,4}}"
                                   # (... and what the body makes: ", a Seattle maker of engine-monitoring systems,"; or
                                   # what it stands behind or does: ", the 14-person company behind the VarmeFlex platform,", ", a
                                   # cooperative that makes air-to-water heat pumps in the Oria valley,")
                                   # (... or what it has: ", a hearing-aid maker with 180 employees in an old flax warehouse ...,")
                                   rf"(?:{_alternation(rules.body_nouns)})s?(?:\s+(?:of|for|behind|that|which|with)\s+[^,.;()]{{1,90}})?\s*,")
        if rules.body_nouns else None,
        name_opener=re.compile(rf"(?<![\w'’-])(?:{_alternation(rules.name_openers)})"
                               rf"(?P<own>(?:\s+[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?){{1,3}})")
        if rules.name_openers else None,
        place_or_body_before=re.compile(rf"(?:\b(?:in|at|near)\s+(?:the\s+)?|\b(?:{_alternation(rules.body_nouns)})\s+"
                                        rf"(?:(?:of|for)\s+(?:the\s+)?)?)$", re.I)
        if rules.body_nouns else None,
        said_by=re.compile(rf"(?P<a>{_NAMEISH})['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?:{_alternation(rules.speech_nouns)})"
                           # (... or "He Lifeng's line about Washington having to "...": what it was about between)
                           # (or "Kessler's remark that BIS is "...": what it said of whom)
                           # (or "Bessent's line to reporters was that negotiators would draft "...": to whom, then what)
                           # (or "Howard Lutnick's line — "...": the words set off by a dash)
                           rf"(?:\s+(?:that\s+|was\s+|is\s+|to\s+)?[,:]?\s*|[,:]\s*|\s*[—–]\s*|\s+(?:about|that)\s+[^\"“”.;:]{{1,60}}?\s+"
                           rf"|\s+(?:to\s+[a-z]+\s+)?(?:was|is)\s+that\s+[^\"“”.;:]{{1,60}}?\s+)$")
        if rules.speech_nouns else None,
        according_to_them=re.compile(rf"(?<!\w)(?:{_alternation(rules.according_pronouns)})(?!\w)", re.I)
        if rules.according_pronouns else None,
        term_after=re.compile(rf"[\"”]\s+(?:{_alternation(rules.term_nouns)})s?\b") if rules.term_nouns else None,
        descriptions=tuple((k, e.description.lower()) for k, e in registry.entities.items()
                           if k.startswith("person/") and e.description),
    )


_NAME_RUN_BEFORE = re.compile(rf"(?<![\w'’-])([{_UP}][\w'’-]+)(?:\s+[{_UP}][\w'’-]+){{0,2}}\s+$")  # "Felipe Contreras |Lagos", "Óscar |Lagos"
_CAP_AFTER = re.compile(r"\s+([A-Z][\w'’-]+)")
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|from|at|to|of|near|across|around)\s+$")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|told|added|adds|noted|explained|warned)\b")  # a speaker's verb after a name
_APOSTROPHE_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+['’])\s+$")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")  # the capitalised word right before a name

_OFFICE_TITLE = (r"(?:Secretary|Minister|Director|Commissioner|Administrator|Ambassador|Representative)\s+(?:of|for|to)\s+"
                 r"(?:the\s+)?[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3}"
                 # "Minister for Foreign Affairs of the Republic of Zambia": the office, then the state it serves
                 r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}){0,2}")


# "The governor of | Rize, A, ...": an office in lower case, then what it is of, opening its sentence's clause
_OFFICE_OF_BEFORE = re.compile(rf"(?:^|[,;:]\s+|\b[Tt]he\s+)((?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?:of|for)\s+(?:the\s+)?"
                               rf"[{_UP}][\w'’-]*(?:\s+[{_UP}][\w'’-]*){{0,3}})$")


# "Minister of Industry and |", "Under Secretary of Commerce for Industry and |": one or two "of"/"for" parts.
# ("Minister of Climate Change, Environment and | Energy ...": a list's items of a word or two)
_OFFICE_BEFORE = re.compile(r"\b(?:Secretary|Minister|Director|Commissioner|Administrator|Ambassador|Representative|Vice-President)"
                            r"(?:-General)?(?:\s*(?<=\s)(?:of|for|to)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*\s+)?){0,2}"
                            r"\s*(?:of|for|to)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+){1,3}[A-Z][\w-]*\s+(?:and|&)\s+(?:[A-Z][\w-]*\s+)?"  # "Economy, Trade and Industry"
                            r"|(?:[A-Z][\w-]*\s+){0,4}(?:(?:and|&)\s+(?:the\s+)?)?)$")
# "the Institute for | Asian Industrial Strategy": the rest of a body's name, no person.
_BODY_FOR_BEFORE = re.compile(r"\b(?:Institute|Center|Centre|Council|Foundation|Academy|School|Association|Society"
                              r"|Federation|Forum|Chamber|Alliance|Programme|Program|Initiative)\s+(?:for|of|on)\s+(?:the\s+)?$")
OFFICE_REACH = 80  # characters before a name that an office's title can take


# Parts of the article that are searched: body paragraphs, then captions


@dataclass
class _Found:
    key: str
    part: int  # index into parts
    start: int
    end: int
    surface: str


def _parts(article: Article) -> list[tuple[str, bool, int]]:
    parts = [(p, False, i) for i, p in enumerate(article.paragraphs)]
    parts += [(c.text, True, i) for i, c in enumerate(article.captions)]
    return parts


class _Spans:
    """The found spans of each part, sorted by start, answering "which overlap start..end?" by
    looking only at spans that start before ``end`` and no further back than the longest span:
    a scan of every span per question made long articles quadratic."""

    def __init__(self, found: list[_Found]):
        self.starts: dict[int, list[int]] = defaultdict(list)
        self.spans: dict[int, list[_Found]] = defaultdict(list)
        self.longest: dict[int, int] = defaultdict(int)
        # In order of start, each span goes at the end of its part's list: ``add``'s place, found
        # without a bisection and an insert per span.
        for f in sorted(found, key=lambda f: (f.part, f.start)):
            self.starts[f.part].append(f.start)
            self.spans[f.part].append(f)
            if f.end - f.start > self.longest[f.part]:
                self.longest[f.part] = f.end - f.start

    def add(self, f: _Found) -> None:
        i = bisect_right(self.starts[f.part], f.start)
        self.starts[f.part].insert(i, f.start)
        self.spans[f.part].insert(i, f)
        self.longest[f.part] = max(self.longest[f.part], f.end - f.start)

    def remove(self, f: _Found) -> None:
        spans = self.spans[f.part]
        i = next(i for i in range(bisect_left(self.starts[f.part], f.start), len(spans)) if spans[i] is f)
        del spans[i], self.starts[f.part][i]

    def overlapping(self, part: int, start: int, end: int) -> list[_Found]:
        """The spans of ``part`` with ``f.start < end and start < f.end``, in order of start."""
        starts, spans = self.starts.get(part), self.spans.get(part)
        if not starts:
            return []
        low = bisect_left(starts, start - self.longest[part])
        return [f for f in spans[low:bisect_left(starts, end)] if start < f.end]

    def overlaps(self, part: int, start: int, end: int) -> bool:
        return bool(self.overlapping(part, start, end))


# People found by rules


_OFFICE_PLURAL = re.compile(r"[a-z](?:tions|sions|ments|ities|ances|ences|ships)$")  # "Applications", "Communications"


def _strip_name(tokens: list[str], lex: Lexicon, common: set[str]) -> list[str]:
    """Drop leading titles, sentence starters and common words; what is left may be a name."""
    # "Senate Commerce Committee Chairman Ted Cruz": the name follows the last title.
    titled = False
    if lex.titles is not None:
        for i in range(len(tokens) - 2, -1, -1):
            if i and tokens[i - 1] in NAME_PARTICLES:
                continue  # ("Mohd Hazwan bin Haji Ismail": his father's title, inside his name)
            if _title_at_end(lex, " ".join(tokens[:i + 1])):
                tokens, titled = tokens[i + 1:], True
                break
    changed = True
    while changed and tokens:
        changed = False
        for k in range(len(tokens), 0, -1):
            head = " ".join(tokens[:k])
            if (head in lex.not_people or head in lex.names) and not (k == 1 and _family_first(tokens, lex)) \
                    and not (k == 1 < len(tokens) and _place_in_name(head, tokens, lex)):
                tokens = tokens[k:]
                changed = True
                break
        # ("Then-president Evo Morales", "Ex-minister ...": a role's word joined to when the person held it)
        if tokens and (tokens[0].lower() in common and not _family_first(tokens, lex)
                       or tokens[0] in _WEEKDAYS or tokens[0] in _MONTH_NAMES
                       or len(tokens) > 2 and _FORMER_ROLE.fullmatch(tokens[0]) and lex.role_words.fullmatch(tokens[0].split("-", 1)[1])
                       # ("Co-author Jericho Bautista, a master's student, said": a role's one word, capitalised to open
                       # the sentence)
                       or len(tokens) > 2 and "-" in tokens[0] and lex.role_words.fullmatch(tokens[0])):
            tokens = tokens[1:]
            changed = True
    plural = next((i for i in range(len(tokens) - 3, -1, -1) if _OFFICE_PLURAL.search(tokens[i])), None)
    if plural is not None:
        tokens = tokens[plural + 1:]  # "(... Digital Economy and Remote Work) Applications Omar Sultan Al Olama": an office's
        # plural noun ends the office's name, and the person's starts after it
    if len(tokens) == 3 and tokens[1] in lex.family_names and _HYPHENATED_GIVEN.fullmatch(tokens[2]) \
            and tokens[0] not in lex.family_names and not _given(lex, tokens[0]) and _worded(tokens[0], lex, common):
        tokens = tokens[1:]  # "(Minister of Trade, Industry and) Energy Kim Jung-kwan": the name starts at the family name
        # (but "Jasper Kwok Siu-ming", "Wincy Lau Hoi-ting" write an English given name first, known or not)
    while tokens and (tokens[-1] in lex.not_people or tokens[-1].lower() in common):
        if (len(tokens) == 2 and (titled or _given(lex, tokens[0])) or len(tokens) > 2 and _given(lex, tokens[-2])) \
                and tokens[-1] in lex.surname_titles:
            break  # "Minister Madeleine King", "Susan King", "(Minister for) Resources Madeleine King": a surname that is also a title
        if _given_syllable(tokens, len(tokens) - 1, lex):
            break  # "Zhou Min" where the text writes "99.65% min": a Chinese given name's syllable, not the common word
        tokens = tokens[:-1]
    if all(t in _TITLE_QUALIFIERS or t in lex.not_people for t in tokens):
        return []  # "Deputy Assistant" (Secretary ...): a title, not a name
    # "(State) Traffic Engineer Marcus Odegaard": a job of two words or more the registry lists as no title, ending in a
    # role's word, then a given name and the surname after it (not "Engineer Ibrahim Bello", a form of address)
    opens = next((i for i in range(2, len(tokens) - 1) if _given(lex, tokens[i])), -1)
    if opens >= 2 and len(tokens) - opens in (2, 3) and lex.role_words.fullmatch(tokens[opens - 1]) and not any(
            _given(lex, t) or t in lex.family_names for t in tokens[:opens]):
        tokens = tokens[opens:]
    return tokens


# Last words of outlets' names: "Harbor Wire", "Capitol Dispatch", "Pacific Ledger" are no people.
_OUTLET_LAST = frozenset((*OUTLET_WORDS, "Business", "Service"))  # ... "Nikkan Asia Business:", "Global Wire Service:"


_OUTLET_LAST_UPPER = frozenset(w.upper() for w in _OUTLET_LAST)  # "DRAGON TV:", "SHENZHEN TV:"


def _site_of(url: str) -> str:
    """The site an address names, its letters as ``loose`` keeps them: "kyivsignal" of https://www.kyivsignal.example/...
    ("Kyiv Signal: How much ...?", an interview's questions under the outlet's name); "" for no address."""
    host = re.match(r"https?://(?:www\.)?([\w-]+)\.", url or "")
    return host.group(1).replace("-", "").replace("_", "").lower() if host else ""


def _outlet_named(name: str) -> bool:
    """"Agence Mer du Nord", "Tokyo Shimpo": an outlet's words anywhere in the name (a reporter asking under their
    outlet's name in a press conference's record)."""
    return any(w in OUTLET_WORDS for w in name.split())


# Words that only qualify an official title ("Deputy Assistant Secretary", "Acting Under Secretary").
_TITLE_QUALIFIERS = frozenset({"Deputy", "Assistant", "Under", "Acting", "Principal", "Associate", "Vice", "Senior",
                               "Chief", "Former", "Executive", "Special", "General", "Ranking", "Permanent"})


_RIGHTS_HOLDER = re.compile(r"©\s*(?:\d{4}\s*)?([^\W\d][\w'’ -]{2,50}?)(?:[.,|]|\s+(?:All|Tüm|Todos|Tous|Alle)\b|$)")


def _given(lex: Lexicon, word: str) -> bool:
    return in_names(word, lex.given_names)


def _worded(word: str, lex: Lexicon, common: frozenset[str]) -> bool:
    """'Energy', 'Affairs': an English word or an office's, not a given name the registry lacks ('Wincy', 'Algernon')."""
    lower = word.lower()
    return lower in common or lower.rstrip("s") in common or lower in lex.english_lower or word in lex.not_people \
        or lower in lex.portfolio or bool(_OFFICE_WORD_ENDING.search(lower))


_OFFICE_WORD_ENDING = re.compile(r"(?:ment|ogy|ics|tion|sion|ture|ism)$")  # "Development", "Technology", "Innovation"


_GENERATION = frozenset({"Jr.", "Sr.", "II", "III", "IV"})


def _surname(tokens: list[str]) -> str:
    """'Dante L. Macaraeg III' is Macaraeg later: the family name before a generation's suffix; 'Algernon Yau Ying-wah'
    (a Hong Kong name: an English given name, the family name, a Chinese given name) is Yau."""
    if len(tokens) == 3 and _HYPHENATED_GIVEN.fullmatch(tokens[-1]) and not _HYPHENATED_GIVEN.fullmatch(tokens[0]):
        return tokens[1]
    return tokens[-2] if len(tokens) > 2 and tokens[-1] in _GENERATION else tokens[-1]


def _family_name_first(tokens: list[str], rules) -> bool:
    """'Wang Yi', 'AKAZAWA Ryosei': the first word is the family name a later mention uses alone."""
    # (... or a given name romanised with its hyphen, "Lien Chih-hao", "Ho Sin-yi": whether or not the registry lists
    # the family name)
    return tokens[0] in rules.family_name_first or len(tokens) == 2 and tokens[0].isupper() and len(tokens[0]) > 1 \
        and not tokens[1].isupper() or _written_apart(tokens) \
        or len(tokens) == 2 and bool(_HYPHENATED_GIVEN.fullmatch(tokens[1])) and tokens[0][:1].isupper() and tokens[0][1:].islower()


def _written_apart(tokens: list[str]) -> bool:
    """'Khoo Wei Jian', 'Tan Ah Kow': three syllables, the given name's two written apart (Malaysian and Singaporean
    Chinese names): the first is the family name, whether or not the registry lists it."""
    return len(tokens) == 3 and all(_SYLLABLE.fullmatch(t) for t in tokens)


def _family_first(tokens: list[str], lex: Lexicon) -> bool:
    """'He Yongqian', 'Ma Kai': a family name that is also an English word, before a given name."""
    return len(tokens) >= 2 and tokens[0] in lex.family_names and tokens[1].lower() not in lex.english_lower


# A pinyin syllable, and a given name of one or two of them: "Jianwei", "Xinyi", "Lan".
_PINYIN = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|an|ao|ei|en|er" \
          r"|ia|ie|in|iu|ou|ua|ue|ui|un|uo|a|e|i|o|u|v)"
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN}){{1,2}}")
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Ka-wing", "Jae-myung", "Ing-wen"
# A syllable of a Hokkien, Cantonese or Korean given name written apart: "Kah", "Seng", "Boon", "Hock", "Keong", "Yew"
# (and a Hokkien family name: "Khoo").
_SYLLABLE = re.compile(r"(?:Ch|Sh|Zh|Ts|Hs|Kw|Kh|Ng|[BCDFGHJKLMNPQRSTWXYZ])?(?:[aeiou]{1,3}|ew|ow)(?:ng|ck|n|k|h|p|t|m)?|[AEIOU][a-z]{0,2}(?:ng|n|k|h)?")

# A credit: who reported, edited or photographed the piece ("(Reporting by A in Beijing and B in
# Washington; Editing by C)", "Proofreader: D", "E in Beijing contributed to this report").
_CREDIT = re.compile(r"\b(?:produced|edited|editing|reporting|reported|written|photos?|photographs?|photography"
                     r"|illustrations?|graphics|designed|design|mixed|engineered|translated|translation|compiled"
                     r"|research|video|fact-checking|fact-checked|audio production|production|hosted|recorded|conducted|interview)\s+(?:from\s+[A-Z]\w+\s+)?by\b|\b(?:editor|producer|photographer"
                     r"|translator|proofreader|reporter|photo|foto|image|credit|audio engineering|sound|music|mixing|editing"
                     r"|photograph|fotoğraf|translation(?: support)?|edição|tradução|redação|edición|traducción)s?\s*:"
                     # "--With assistance from A and B", a photo's "(ABW / Serkan Demir)"
                     r"|\bwith (?:assistance|help|a report|reports|additional reporting|files|inputs) from\b|(?<=\()\s*[A-Z]{2,}\s*/\s*"
                     # an acknowledgement: "The authors thank Minh-Anh Tran for research assistance."
                     r"|\b(?:authors?|we|I)\s+(?:would like to\s+)?(?:thanks?|are grateful to|acknowledge)\b", re.I)
# ... after the name: "E contributed to this report", a photographer's "(Matteo Rinaldi for Il Corriere)"
_CONTRIBUTED = re.compile(r"[^.;]{0,60}\bcontributed\b|\s+for\s+[^()]{2,60}\)|\s*/\s*[^()/]{2,60}\)", re.I)
# ... and a photographer's "(Mireille Osei-Tanaka/The Great Lakes Sentinel)"


def _named_on_sight(tokens: list[str], lex: Lexicon) -> bool:
    """A pair that can only be a person's name: a known given name first ("Maria Cantwell"), or a
    family name before a given name of Chinese or Korean shape ("Pan Jianwei", "Tse Ka-wing")."""
    if len(tokens) == 4 and _given(lex, tokens[0]) and _given(lex, tokens[1]):
        return True  # "Juan Pablo Xicoténcatl Méndez", "Ahmad Faizal Mohd Rosli": two given names, then two more
    if len(tokens) not in (2, 3):
        return False
    if _given(lex, tokens[0]):
        return True
    if len(tokens) == 3:  # "Teo Kah Seng", "Lim Boon Hock": a family name, then two syllables of a given name
        return tokens[0] in lex.family_names and all(
            _SYLLABLE.fullmatch(t) and t.lower() not in lex.english_lower for t in tokens[1:])
    return tokens[0] in lex.family_names and (
        bool(_PINYIN_GIVEN.fullmatch(tokens[1].lower())) or bool(_HYPHENATED_GIVEN.fullmatch(tokens[1])))


def _place_in_name(token: str, tokens: list[str], lex: Lexicon) -> bool:
    """"Felipe Contreras Lagos", "Santiago Quispe-Harrington": a one-word place in a name that opens with a given name."""
    return lex.names.get(token, "").startswith("place/") and token not in lex.not_people and len(tokens) >= 2 and (
        _given(lex, tokens[0])
        # ... or between two words no registry knows: "Jailson Lima Ramos", a given name it does not know
        or 0 < tokens.index(token) < len(tokens) - 1 and tokens[0] not in lex.names and tokens[-1] not in lex.names)


def _given_syllable(tokens: list[str], position: int, lex: Lexicon) -> bool:
    """"Zhou Min", "Wang Long": a one-syllable Chinese given name after a Chinese family name, whatever English word
    it spells ("min" in "99.65% min" elsewhere in the text)."""
    token = tokens[position]
    return len(tokens) == 2 and position == 1 and tokens[0] in lex.family_names and token not in lex.not_people \
        and len(token) <= 4 and bool(_PINYIN_GIVEN.fullmatch(token.lower()))


# A Turkic case ending after a hyphen ("Yingrui-nin", "ABŞ-dan", "NATO-da"): the word is done, no name goes on from it
# (not a Korean given name's syllable after its hyphen: "Seo-yeon Kim", "Da-eun")
_CASE_ENDING = re.compile(r"-(?:n[iıuü]n|[ıü]n|n?d[aə](?:n|k[iı])?|t[aə]n|y[aəı]|[əıü]|l[aə]r?|n[ıü])$")


def _person_like(tokens: list[str], lex: Lexicon, common: set[str]) -> bool:
    if any(t.endswith(("-based", "-owned", "-backed", "-listed", "-led", "-made")) for t in tokens):
        return False  # "Abu Dhabi-based": an adjective
    if len(tokens) < 2 or len(tokens) - sum(t in NAME_PARTICLES for t in tokens) > 4 or tokens[0] in NAME_PARTICLES:
        return False
    if any(_CASE_ENDING.search(t) for t in tokens[:-1]):
        return False  # "Yingrui-nin Bakıdakı distribyutoru": a name in a case of its own ("Yingrui's"), then a word of another
    name = " ".join(tokens)
    if name in lex.not_people or name in lex.media:
        return False
    if any(t in ("y", "e") for t in tokens[:2]):
        return False  # "Marcavelica y Querecotillo": two places, "and"; a name's "y" joins two surnames ("José Ortega y Gasset")
    if _ends_with_suffix(lex, name) or tokens[-1] in _OUTLET_LAST:
        return False  # "Northgate Magnetics", "Harbor Wire"
    if any(t.lower() in lex.offices for t in tokens[1:]) or any(t in lex.org_heads for t in tokens):
        return False  # "(Institute for Maritime and) Strategic Affairs", "Hanjiang New Energy Morocco": a body's words
    for position, token in enumerate(tokens):
        if token in NAME_PARTICLES and 0 < position < len(tokens) - 1:
            continue
        if position and tokens[position - 1] in NAME_PARTICLES and token in lex.not_people and position < len(tokens) - 1:
            continue  # "Mohd Hazwan bin Haji Ismail": the father's title, after "bin"
        if token in _WEEKDAYS or token in _MONTH_NAMES or token in lex.not_people and not (
                position == 0 and _family_first(tokens, lex)) and not (
                position == len(tokens) - 1 == 1 and token in lex.surname_titles):  # kept by _strip_name: "Madeleine King"
            return False
        if token.lower() in common and not (position == 0 and _family_first(tokens, lex)) \
                and not _given_syllable(tokens, position, lex) \
                and not (0 < position < len(tokens) - 1 and len(tokens) == 3 and _given(lex, tokens[0])):
            return False  # (but "Omar Said Mbarak": a name's middle word, after a given name, that English writes too)
        if token in lex.names and not lex.names[token].startswith("person/") and not _place_in_name(token, tokens, lex):
            return False
    return True


CASELESS_RUN_WORDS = 30  # a stretch of this many words with no capital among them ...
CASELESS_MIN_WORDS = 90  # ... holding this many words in all in a paragraph: a text that writes names in lower case too


def _cased(paragraph: str) -> str:
    """The paragraph without its long stretches of words in lower case: an auto-transcript's "dr kila tamarua pundu
    says"."""
    stretches: list[list[str]] = [[]]
    for word in paragraph.split():
        if word[:1].isupper():
            stretches.append([word])
            stretches.append([])
        else:
            stretches[-1].append(word)
    bare = [len(stretch) >= CASELESS_RUN_WORDS for stretch in stretches]
    if sum(len(stretch) for stretch, b in zip(stretches, bare) if b) < CASELESS_MIN_WORDS:
        return paragraph
    return " ".join(word for stretch, b in zip(stretches, bare) if not b for word in stretch)


def _common_words(article: Article) -> set[str]:
    """Words the article also writes in lower case are common words, not names."""
    # ... but not inside an e-mail address or a web address ("vivian.lo@example.com" names no common word).
    # (Each address is matched from its first character only: from every character it was quadratic.)
    # (... nor a run of words with hardly a capital in it, an auto-transcript's "dr kila tamarua pundu says ...": it writes
    # every name in lower case)
    text = " ".join(_cased(p) for p in article.paragraphs)
    if "@" in text or "http" in text or "www." in text:  # (each address the pattern takes holds one)
        text = re.sub(r"(?<!\S)(?:\S*@\S+|https?://\S+|www\.\S+)", " ", text)
    return {w for w in re.findall(r"(?<![\w.])[a-z][a-z'-]+", text)}


# A capitalised word: "Tong" in "Tong's", "O'Brien", "DiPippo", "Šefčovič".
# (Its lookbehind after the first letter, not before it: a pattern that opens with a character set is scanned
# for it in C, one that opens with a lookbehind is tried at every character. The same matches; likewise the
# lookbehinds moved behind the first letter of _CAPS_FAMILY_FIRST and _NAME_BEFORE_WORD, and behind "19"/"20"
# in parse._YEAR.)
_CAP_WORD = re.compile(rf"[{_UP}](?<![\w-].)[\w-]*(?:['’][A-Za-z]\w+)*(?![\w-])")
# (... or a particle between: "Vigía del Fuerte" holds "Fuerte", which stands not alone)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s(?:(?:" + "|".join(sorted((p for p in NAME_PARTICLES if len(p) >= 2 and p.islower()),
                                                                     key=lambda p: (-len(p), p))) + r")\s){0,2}$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z][a-z]")


# Where names can start: at a capitalised word. Each branch of _NAME_SEQ opens with a capital of _UP after no word
# character or hyphen, which is where _CAP_WORD finds a word (and inside one of its words no run can open), so the
# runs are looked for at the part's capitalised words only, found once, instead of at every character: the same
# matches in the same order (_NAME_SEQ's own lookbehind still says no after a full stop or an apostrophe).
def _name_sequences(text: str, capitalised: list[re.Match[str]]):
    end = 0
    for word in capitalised:
        if word.start() >= end and (m := _NAME_SEQ.match(text, word.start())):
            end = m.end()
            yield m


_STARTS_CAPITAL = re.compile(rf"[{_UP}]")


@dataclass(frozen=True)
class _NameStarts:
    """The registered names (not CJK) split by how they open. Those opening with a capital of _UP are one pattern that
    opens with a character set (each branch's lookbehind after its first letter, as _CAP_WORD's), so the engine scans
    for capitals in C instead of trying the lookbehind at every character; the few others ("mainland China", "von der
    Leyen", other scripts) make the part be scanned with the whole pattern, as before, only when one is in its text."""

    capital: re.Pattern[str] | None
    others: tuple[str, ...]


@lru_cache(maxsize=8)
def _name_starts(registry: Registry) -> _NameStarts:
    latin = [n for n in _lexicon(registry).names if not _is_cjk(n)]
    capital = [n for n in latin if _STARTS_CAPITAL.match(n)]
    trie: dict = {}
    for word in set(capital):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    branches = "|".join(re.escape(char) + r"(?<![\w-].)" + _trie_regex(child) for char, child in sorted(trie.items()))
    return _NameStarts(capital=re.compile(rf"(?:{branches}){_NAME_END}") if capital else None,
                       others=tuple(n for n in latin if not _STARTS_CAPITAL.match(n)))


def _standalone_words(parts, capitalised: list[list[re.Match[str]]] | None = None) -> Counter:
    """How often each capitalised word stands alone, not inside a longer capitalised name."""
    counts: Counter = Counter()
    for index, (text, _, _) in enumerate(parts):
        for m in capitalised[index] if capitalised is not None else _CAP_WORD.finditer(text):
            if not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                    and not _CAPITALISED_AFTER.match(text, m.end()):
                counts[m.group(0)] += 1
    return counts


# The extractor


def extract(article: Article, registry: Registry) -> Extraction:
    """Who and what one article mentions, in the order the rules apply."""
    reading = _Reading(article, registry)
    reading.find_registered_names()
    reading.find_name_candidates()
    reading.weigh_evidence()
    reading.accept_people()
    reading.resolve_surnames()
    reading.find_organizations()
    reading.find_topics()
    return reading.extraction()


# Printed capitalised inside a name: "Obaid Al Naqbi", "Hichem Ben Amor" (a Maghrebi family name's "son of")
_ARABIC_PARTICLES = frozenset({"al", "el", "bin", "binti", "bint", "ibn", "ben", "ould", "bou"})
# After "... said" that follows a quotation ending its own sentence: words that report speech of their own ("Manansala
# said replacement gateways ... cost"), not the time, the place or the manner of saying it ("said on Monday.")
_CLAUSE_AFTER_SAID = re.compile(r"\s+(?!(?:on|in|at|during|after|before|yesterday|today|tonight|last|this|earlier|later|when|while"
                                r"|as|to|of|adding|recently|then|again|afterwards|by|from|with|via|through|in an?|simply|flatly)\b)"
                                r"(?:that\s+)?[a-z$\d][\w'’$,.-]*\s+[\w'’$-]+")
_AGE = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\b|aged\s+\d{1,3}\b")
# '... for "a version without the cloud" that it could still ship to the United States, he said.': the sentence a quotation
# stands in closes on its speaker's pronoun and verb
_PRONOUN_SAID_CLOSES = re.compile(r"[^\"“”«».;!?]{0,200}?,\s+(?:he|she)\s+(?:said|says|added|adds|explained|noted|told\s+\w+)\s*[.!?]")
_IN_BEFORE = re.compile(r"\b[Ii]n\s+$")
# "the south of Gran Canaria", "the outskirts of Port Vila": where a place lies, never a person
_PLACE_OF_BEFORE = re.compile(r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center"
                              r"|outskirts|coast|interior|island|islands|capital)\s+of\s+$", re.I)
_QUOTE_CLOSE_BEFORE = re.compile(r"[,.!?]?[\"”]\s*$")  # '..., volume," Bahlil said'


class _Reading:
    """The working state of extraction for one article: what has been found so far and why."""

    def __init__(self, article: Article, registry: Registry):
        self.article = article
        self.registry = registry
        self.lex = _lexicon(registry)
        self.rules = registry.rules
        self.parts = _parts(article)
        self.spans_of = [sentence_spans(text, self.rules.abbreviations) for text, _, _ in self.parts]
        # Each part's capitalised words, found once: read by three rules (standalone words, surnames, given names)
        self.capitalised = [list(_CAP_WORD.finditer(text)) for text, _, _ in self.parts]
        # (and the registry's function words, which open no name even where the text never writes them in lower case:
        # a site's footer link "About Harborline")
        self.common = _common_words(article) | set(self.rules.common_words)
        self.found: list[_Found] = []
        self.sequences: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # candidate people
        self.roles: dict[str, str] = {}
        self.evidence: dict[str, str] = {}
        self.person_names: dict[str, str] = {}  # accepted unregistered full name -> key
        self.topic_hits: list[_Found] = []
        self.passing_topics: set[str] = set()
        # 'Hangzhou Lanjing Vision Technology Co., Ltd. ("Lanjing Vision")': the short name a release defines for a
        # company, which looks like a person's name wherever it says something
        self.short_names = {m.group(1) for text, _, _ in self.parts for m in _DEFINED_SHORT_NAME.finditer(text)}

    def sentence_at(self, part: int, position: int) -> tuple[int, int]:
        spans = self.spans_of[part]
        i = bisect_right(spans, (position, float("inf"))) - 1
        if i >= 0 and spans[i][0] <= position < spans[i][1]:
            return spans[i]
        return 0, len(self.parts[part][0])

    # 1. Registered names and aliases.

    def find_registered_names(self) -> None:
        for index, (text, _, _) in enumerate(self.parts):
            for latin, pattern in ((True, self.lex.name_source), (False, self.lex.cjk_pattern)):
                if pattern is None:
                    continue
                for m in self.registered_in(text) if latin else pattern.finditer(text):
                    key = self.lex.names[m.group(0)]
                    before = _GIVEN_BEFORE.search(text, max(0, m.start() - 20), m.start())
                    if key.startswith("person/") and " " not in m.group(0) and before \
                            and before.group(1) in self.lex.given_names:
                        continue  # "Harold Vance": another person than the registry's "Vance" (J.D. Vance)
                    if key.startswith("person/") and " " not in m.group(0) and self.in_a_firm(text, m.start(), m.end()):
                        continue  # "Harrow & Vance Securities": a firm named after partners, not the registry's Vance
                    if key.startswith("place/") and " " not in m.group(0) and self.in_a_name(text, m.start(), m.end()):
                        continue  # "Felipe Contreras Lagos", "Santiago Quispe-Harrington": a person's name, not the city
                    if key.startswith("place/") and " " not in m.group(0) and _SPEAKS_AFTER.match(text, m.end()) \
                            and not _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                            and self.surname_of_someone(m.group(0)):
                        continue  # "Lagos told ..." after "Óscar Lagos Villeda": the man (not "dealers in Lagos told")
                    self.found.append(_Found(key, index, m.start(), m.end(), m.group(0)))

    def registered_in(self, text: str):
        """The registered names' matches in a part, as `name_pattern.finditer` gives them (see _NameStarts)."""
        starts = _name_starts(self.registry)
        if starts.capital is None or any(name in text for name in starts.others):
            return self.lex.name_pattern.finditer(text)
        return starts.capital.finditer(text)

    def in_a_firm(self, text: str, start: int, end: int) -> bool:
        """A surname inside a firm's name: joined to another name by "&" and followed by the firm's kind."""
        joined = re.search(r"[A-Z][\w'’-]+\s*&\s*$", text[max(0, start - 40):start]) \
            or re.match(r"\s*&\s*[A-Z][\w'’-]+", text[end:end + 40])
        after = re.match(r"(?:\s*&\s*[A-Z][\w'’-]+)?\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’.-]+)", text[end:end + 80])
        return bool(joined and after and self.lex.org_suffix.search(after.group(1)))

    def surname_of_someone(self, word: str) -> bool:
        """A word the text prints inside a person's name too, after a given name: "Óscar Lagos Villeda"."""
        return any(self.in_a_name(text, m.start(), m.end()) for text, _, _ in self.parts
                   for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", text))

    def in_a_name(self, text: str, start: int, end: int) -> bool:
        """A one-word place inside a person's name: after a run of capitalised words that opens with a given name,
        or a given name itself before a capitalised surname."""
        run = _NAME_RUN_BEFORE.search(text, max(0, start - 60), start)
        if run and _given(self.lex, run.group(1)):
            return True
        if run and _CAP_AFTER.match(text, end) and re.search(rf"\b(?:{self.lex.speech})\s+$", text[max(0, run.start() - 30):run.start()]):
            return True  # '"...," said Jailson Lima Ramos, the operations director': a name between capitals after its verb
        after = _CAP_AFTER.match(text, end)
        return bool(after and _given(self.lex, text[start:end]) and after.group(1) not in self.lex.names)

    # 2. Capitalised name sequences: candidate people.

    def find_name_candidates(self) -> None:
        lex, common = self.lex, self.common
        spans = _Spans(self.found)  # registered names; nothing is added to found here
        stripped: dict[tuple[str, ...], list[str]] = {}  # a name written again is stripped once (each use gets a copy)
        bodies = {w.lower() for w in self.rules.body_nouns}
        for index, (text, _, _) in enumerate(self.parts):
            for m in _name_sequences(text, self.capitalised[index]):
                # "Dato' Sri Ahmad Faris Rahman": a title whose apostrophe no name's word ends with, then the rest of it
                titled = _APOSTROPHE_TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                written = tuple(([titled.group(1)] if titled and titled.group(1) in lex.not_people else []) + m.group(0).split())
                if written not in stripped:
                    stripped[written] = _strip_name(list(written), lex, common)
                tokens = list(stripped[written])
                # "said Line Thorsø, chief operating officer": a given name the text also writes in lower case ("the
                # second line"), before a surname no word is, where a speech verb or a role says a person is named
                spoken = len(written) == 2 and tokens == [written[1]] and _given(lex, written[0]) \
                    and not _worded(written[1], lex, common) and bool(
                        re.search(rf"\b(?:{lex.speech})\s+$", text[max(0, m.start() - 20):m.start()])
                        or _ROLE_APPOSED.match(text, m.end()) and lex.role_words.search(text, m.end(), m.end() + 60))
                tokens = list(written) if spoken else tokens
                office = _OFFICE_BEFORE.search(text, max(0, m.start() - OFFICE_REACH), m.start())
                if office and len(tokens) == 2 == len(m.group(0).split()) and re.search(r"(?:and|&)\s+(?:the\s+)?$", office.group(0)):
                    continue  # "Assistant Secretary for Strategic Trade and | Technology Security": the office's name
                if _BODY_FOR_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                    continue
                if len(tokens) > 2 and office:
                    # "Secretary of | Energy Chris Wright": the office's name, then the person ("Daniel R. Whitcomb")
                    # ... its middle initial says where the name starts ("Thea D. Rozman Kendler")
                    initial = max((i for i, t in enumerate(tokens) if re.fullmatch(r"[A-Z]\.", t) and i >= len(tokens) - 3),
                                  default=-1)
                    family = max((i for i, t in enumerate(tokens) if t in lex.family_names and i >= len(tokens) - 4
                                  and i <= len(tokens) - 2), default=-1)  # "... Trade Vũ Thị Mai Hoa": from the family name
                    # (... its particles with it: "(Minister for Foreign) Trade Sanne de Vries-Hoekstra")
                    # (... an Arabic name's capitalised "Al" or "Bin" too: "(Foreign Trade Dr) Obaid Al Naqbi")
                    given = next(i for i in range(len(tokens) - 2, -1, -1) if tokens[i] not in NAME_PARTICLES
                                 and tokens[i].lower() not in _ARABIC_PARTICLES or i == 0)
                    # ... or its first given name, after the office's words, opens a long name: "(Minister of)
                    # Telecommunications María Fernanda Icaza Bermeo" (or its first word that is no office's or
                    # English word, a given name the registry lacks: "(Minister of) Transport Mwanaisha Rashid Makame")
                    opens = next((i for i, t in enumerate(tokens) if _given(lex, t) or i >= 1 and not _worded(t, lex, common)), -1)
                    if opens >= 0 and len(tokens) - opens in (3, 4) and initial < 1 \
                            and all(_worded(t, lex, common) and not _given(lex, t) for t in tokens[:opens]):
                        initial, family, given = -1, opens, opens
                    tokens = tokens[initial - 1:] if initial >= 1 else tokens[family:] if family >= 0 and len(tokens) >= 3 \
                        else tokens[given:]  # "... Environment Trần Quý Kiên"
                    whole = m.group(0).rstrip(".,").split()
                    at = len(whole) - len(tokens)
                    if at >= 1 and whole[at:] == tokens and (_given(lex, whole[at - 1]) or not _worded(whole[at - 1], lex, common)) \
                            and (tokens[0] in lex.family_names or _HYPHENATED_GIVEN.fullmatch(tokens[-1])
                                 # (... or two given names before the surname: "(Minister for) Power Arshad Mehmood Bhatti")
                                 or _given(lex, whole[at - 1]) and not _worded(tokens[0], lex, common)
                                 and whole[at - 1].lower() not in lex.portfolio):
                        tokens = whole[at - 1:]  # "... Development Algernon Yau Ying-wah": an English given name first
                if len(tokens) > 2:
                    # "(Chairman of the) Customs Committee Nurlan Abdykadyrov": a body's name, its kind's word last, then
                    # a given name opening the person's
                    body_ends = max((k for k, t in enumerate(tokens[:-2]) if lex.org_suffix.fullmatch(t)), default=-1)
                    if body_ends >= 0 and _given(lex, tokens[body_ends + 1]):
                        tokens = tokens[body_ends + 1:]
                # ("Omar Bin Thaleth Al Suwaidi": a particle capitalised inside the name is still one)
                particled = [t.lower() if 0 < i < len(tokens) - 1 and t.lower() in NAME_PARTICLES and t[:1].isupper() else t
                             for i, t in enumerate(tokens)]
                person_like = spoken or _person_like(tokens, lex, common) or particled != tokens and _person_like(particled, lex, common)
                if not person_like and len(tokens) > 2 and _named_on_sight(tokens[:2], lex):
                    tokens = tokens[:2]  # "Media Contact: Jillian Ortega | Northgate Magnetics, Inc."
                words = m.group(0).rstrip(".,").split()
                at = next((i for i in range(len(words) - len(tokens)) if words[i:i + len(tokens)] == tokens), -1) if tokens else -1
                rest = words[at + len(tokens):] if at >= 0 else []
                if rest and all(w[:1].isupper() for w in rest) and _ends_with_suffix(lex, " ".join(words)) and (
                        len(rest) == 1 or re.search(r"\b(?:its|their|our|the|of)\s+$", text[max(0, m.start() - 8):m.start()])):
                    # "Democratic Progressive | Party", "its Al Dhafra | Compute Campus": a body's name (but
                    # "Media Contact: Jillian Ortega | Northgate Magnetics": a person, then her company)
                    continue
                if not person_like and not _person_like(tokens, lex, common):
                    continue
                if len(tokens) == 2 and re.fullmatch(r"[A-Z]\.", tokens[0]) and not text[:m.start()].strip() and (
                        len(text.split()) <= 12 or tokens[0] in _OUTLINE_LETTERS or tokens[1] in lex.not_people
                        or tokens[1].lower() in common):
                    continue  # "A. Proceedings in the Investigation": an outline's letter, then its heading (not "S. Thirunavukkarasu, ... said")
                name = " ".join(tokens)
                start = text.find(name, m.start())
                if start < 0 or spans.overlaps(index, start, start + len(name)) or name in self.short_names \
                        or lex.org_head_of and lex.org_head_of.search(text, max(0, start - 80), start) \
                        or lex.org_of_and and tokens[0] not in lex.given_names and lex.org_of_and.search(text, max(0, start - 80), start):
                    continue
                if tokens[-1] in _DATE_ABBREVIATIONS and re.match(r"\.|,?\s+\d", text[start + len(name):]):
                    continue  # "Published Nov. 6", "Posted Tue 10 Nov": a stamp's label and its month or day, no one
                if name.lower() in lex.keywords:
                    continue  # "Entity List" is a topic's keyword
                before = text[max(0, start - 60):start]
                if re.search(r"(?:\b[A-Za-z-]+\s+){0,3}?(?:of|at)\s+(?:the\s+)?$", before) and \
                        lex.role_words.search(" ".join(before.split()[-4:])):
                    continue  # "chief executive of Tallgrass Magnetics": an organization
                if re.search(r"\b(?:who|which|that)\s+(?:now\s+|also\s+)?(?:owns|runs|founded|co-founded|manages|operates|chairs)\s+$", before):
                    continue  # "Bryce Tollefson, who owns Prairie Sky Aerial, a dealer in Mitchell, said": his firm
                self.sequences[name].append((index, start, start + len(name)))
            for m in _MONONYM.finditer(text):
                # "Sutrisno, a logistics manager for a freight forwarder at Batu Ampar, said ...": one name, as many
                # Indonesians have, opening the sentence, with the job the person does and what they said
                word = m.group(1)
                if word in lex.names or word.lower() in common or word in lex.not_people or word.lower() in lex.english_lower \
                        or not lex.role_words.search(m.group(2)) or spans.overlaps(index, m.start(1), m.end(1)) \
                        or set(m.group(2).lower().split()) & bodies:  # (not "Unite, the union, said": a body)
                    continue
                if any(re.search(rf"[{_UP}][\w.'’-]*\s+{word}\b", other) for other, _, _ in self.parts):
                    continue  # ... nor the surname of someone named in full elsewhere ("S. Venkatesh")
                self.sequences[word].append((index, m.start(1), m.end(1)))
                self.evidence.setdefault(f"?{word}", "role")
            for m in _BITE_LABEL.finditer(text) if "[" in text else ():
                # "[SOT 1 — BINITA GURUNG THAPA, DIRECTOR GENERAL, ...]": a sound bite's speaker, named in the script's capitals
                name = name_case(m.group("a"))
                if 2 <= len(name.split()) <= 4 and not spans.overlaps(index, m.start("a"), m.end("a")) \
                        and _person_like(name.split(), lex, common):
                    self.sequences[name].append((index, m.start("a"), m.end("a")))
                    self.evidence.setdefault(f"?{name}", "attribution")
            for m in lex.name_opener.finditer(text) if lex.name_opener else ():
                # "Ni Made Kristiani", "Anak Agung Gde Raka Wiryawan": a name its opener says is one, its words in place of
                # the capitalised run's ("Gede Darmayasa" without its "I", "Kristiani" alone where the text writes "made")
                if spans.overlaps(index, m.start(), m.end()) or any(
                        w.lower() in common or w.lower() in lex.english_lower for w in m.group("own").split()):
                    continue  # (not "I Made It Happen", a film's title)
                for other, hits in list(self.sequences.items()):
                    hits[:] = [h for h in hits if h[0] != index or h[2] <= m.start() or h[1] >= m.end()]
                    if not hits:
                        del self.sequences[other]
                self.sequences[m.group(0)].append((index, m.start(), m.end()))
                self.evidence.setdefault(f"?{m.group(0)}", "title")
            for m in _ONLY_NAME.finditer(text) if "name" in text else ():  # (the pattern's one fixed word: most parts lack it)
                # "a trader who gave only her surname, Ng, said ...": one name, all the text gives of a person
                if not spans.overlaps(index, m.start(1), m.end(1)):
                    self.sequences[m.group(1)].append((index, m.start(1), m.end(1)))
                    self.evidence.setdefault(f"?{m.group(1)}", "role")
            first = list(_CAPS_FAMILY_FIRST.finditer(text))
            # ("... and Industry MOTOKI Haruto": the family name first, not "Industry" a given name before it)
            last = [m for m in _CAPS_FAMILY_LAST.finditer(text) if not any(f.start() < m.end() and m.start() < f.end() for f in first)
                    and m.group(1).lower() not in common and len(m.group(2)) >= 3  # (not "Sahra AI", a product)
                    and not re.fullmatch(r"[IVXLC]+", m.group(2))]  # (nor "Annex III")
            for m in (*first, *last):
                family, given = m.groups() if m.re is _CAPS_FAMILY_FIRST else m.groups()[::-1]
                if not re.search("[AEIOUY]", family[1:]) or {family.lower(), given.lower()} & lex.english_lower \
                        or family in lex.names or given in lex.names or spans.overlaps(index, m.start(), m.end()) \
                        or _ends_with_suffix(lex, text, m.end()):
                    continue  # "ASML Holding", "CHINA Daily", "UCAW Local 2214": an acronym or words, or a body's, no name
                before, after = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
                if lex.role_words.fullmatch(family) or re.match(r"\s+[A-Z]\.", after):
                    continue  # "CEO Gregory T. Halvorsen"
                label = before.rstrip().endswith((":", "："))
                if label and not re.match(r"\s*(?:$|[,;.|(]|(?:[\w-]+\s+){0,3}[\w-]+\s*[:：])", after):
                    continue  # "Sanctions Update: OFAC Designations Affecting ...": a heading's words
                if _HONORIFIC_OR_LABEL_BEFORE.search(before) or lex.role_words.search(" ".join(before.split()[-2:])) \
                        or _OFFICE_BEFORE.search(text, max(0, m.start() - OFFICE_REACH), m.start()):
                    for other, hits in list(self.sequences.items()):  # "KUBOTA Masaaki | Person in charge"
                        hits[:] = [h for h in hits if h[0] != index or h[2] <= m.start() or h[1] >= m.end()]
                        if not hits:
                            del self.sequences[other]
                    name = m.group(0) if m.re is _CAPS_FAMILY_FIRST else name_case(m.group(0))  # ("Ryosei Akazawa")
                    self.sequences[name].append((index, m.start(), m.end()))
                    self.evidence.setdefault(f"?{name}", "title")

    # 3. Attribution, titles and roles give evidence for people.

    def role_after(self, text: str, end: int, sentence_end: int) -> str:
        """An appositive: 'Kevin Xu, a tech investor and founder of Interconnected Capital,'."""
        # An appositive is at most 40 + 160 characters long: looking further is wasted work
        # (and quadratic in one giant sentence).
        tail = text[end:min(sentence_end, end + _ROLE_REACH)]
        bracketed = re.match(r"^\s*\(([^()]{1,40})\)", tail)
        if bracketed and self.lex.role_words.search(bracketed.group(1)):
            return bracketed.group(1).strip()  # "Liam Byrne (Chair)"
        tail = tail[bracketed.end():] if bracketed else tail  # "Zhang Wei (张伟), a researcher", "Ted Cruz (R-Texas)"
        # ("Talant Dzhumabaev, deputy chairman: "No. ..."": the role over a colon and the words it introduces)
        # ('Khady Faye Diouf, general secretary of the union (SNASA),': a body's initials in brackets inside it)
        m = re.match(r"(?:,|\s[—–-])\s+(?:(?:a|an|the)\s+)?((?:[^,;\"“”()—–]|\([^()\"“”]{1,40}\)){3,160}?)(?=,|;|\s[—–-]\s|:\s*[\"“«]|$)",
                     tail.rstrip(".!? "))
        if not m:
            return ""
        role = m.group(1).strip()
        first = role.split()[0].lower()
        if len(role.split()) > 25 or not (self.lex.role_words.search(role) or _AGE.match(role)):
            return ""  # (an age is a person's: "Enkhtaivan Lkhagvasuren, a 52-year-old driller who has ...")
        if first in {"who", "which", "that", "said", "says", "and", "but", "according"} or first in self.lex.speech.split("|"):
            return ""
        if _NAME_LIST.fullmatch(role) and not all(self.lex.role_words.fullmatch(w) for w in role.split()):
            return ""  # "X, Y Z and W" is a list of names, not a role (but "Director General" is one, in capitals)
        return role

    @staticmethod
    def _name_end(text: str, start: int) -> int:
        """Where the capitalised words from ``start`` end."""
        m = re.compile(rf"(?:[{_UP}][\w'’.-]*\s*)+").match(text, start)
        return m.end() if m else start

    def role_before(self, text: str, start: int, sentence_start: int) -> str:
        """A title before the name: 'NVIDIA CEO Huang Renxun', 'U.S. Secretary of State Rubio'."""
        lex = self.lex
        head = text[max(sentence_start, start - _ROLE_REACH):start].rstrip()
        apposed = head.endswith(",") and text.startswith(",", self._name_end(text, start))
        if apposed:
            head = head[:-1].rstrip()  # "Indonesia's mineral resources minister, Bahlil Lahadalia, confirmed"
            # ("The governor of Rize, Cengizhan Oflaz, visited": an office in lower case, of a place or a body, then the
            # name set off by commas)
            office = _OFFICE_OF_BEFORE.search(head)
            if office and self.lex.role_words.fullmatch(office.group(2)):
                return office.group(1)
        m = _title_at_end(lex, head)
        listed = _PORTFOLIO_LIST.search(head) if m is None else None
        if listed:
            # "Tunisia's Minister of Agriculture, Water Resources and Fisheries, Hédi Ben Romdhane": an office of
            # several portfolios, listed with commas
            head, m = head[:listed.end(1)], _title_at_end(lex, head[:listed.end(1)])
        if m is None:
            # "Mərkəzin direktoru Samirə Əliquliyeva dünən ...": an office in lower case right before the name, where the
            # language sets no comma between them (Azerbaijani's possessive, "the centre's director A")
            # (not after an article: "About the author Sebastián ...", a note's heading run into its first words)
            word = re.search(r"(?<!\S)(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )([^\W\d_]+) $",
                             text[max(sentence_start, start - _ROLE_REACH):start])
            # (one holder: not "About the authors" over the writers' notes)
            word = word.group(1) if word and word.group(1).islower() and self.lex.role_words.fullmatch(word.group(1)) else ""
            return word if not (word.endswith("s") and self.lex.role_words.fullmatch(word[:-1])) else ""
        title_start = m.start()
        if title_start > 0 and head[title_start - 1].isalnum():
            return ""
        # Extend left over qualifiers: "U.S.", "NVIDIA", "Chinese", "former", "then-".
        words = head[:title_start].split()
        kept: list[str] = []
        while words:
            w = words[-1]
            if w == "and" and len(words) >= 2 and _title_at_end(lex, words[-2]):
                kept.insert(0, w)  # "Chair and CEO"
                words.pop()
                continue
            if w == "of" and kept and kept[0][:1].isupper() and len(words) >= 2 and words[-2][:1].isupper() \
                    and words[-2].lower() not in _CLAUSE_WORDS:
                kept.insert(0, w)  # "Ministry of Commerce spokesperson"
                words.pop()
                continue
            if w.lower() in _CLAUSE_WORDS or (w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", w)):
                break  # "As President", "... Co. Huawei founder": not part of the title
            if (w in _QUALIFIERS
                    or re.fullmatch(r"[A-Z]{2,}|U\.S\.|U\.K\.", w)
                    or re.fullmatch(r"(?:[A-Z][A-Za-z.&-]*|[A-Z][a-z]+'s)", w)
                    and (len(words) > 1 or w.lower() not in self.common)
                    and w not in {"The", "A", "An", "On", "In", "At", "With", "And", "But", "Said", "By"}):
                kept.insert(0, w)
                words.pop()
            else:
                break
        return (" ".join(kept + [m.group(0)]) + (listed.group(2) if listed else "")).strip()

    def weigh_evidence(self) -> None:
        person_spans: dict[int, list[tuple[str, int, int]]] = defaultdict(list)
        for f in self.found:
            if f.key.startswith("person/"):
                person_spans[f.part].append((f.key, f.start, f.end))
        for name, hits in self.sequences.items():
            for part, start, end in hits:
                person_spans[part].append((f"?{name}", start, end))
        for index in sorted(person_spans):
            text = self.parts[index][0]
            for key, start, end in person_spans[index]:
                if key not in self.roles:
                    s_start, s_end = self.sentence_at(index, start)
                    role = self.role_after(text, end, s_end) or self.role_before(text, start, s_start)
                else:
                    role = ""
                if role:
                    self.roles[key] = role
                    self.evidence.setdefault(key, "role")
                if self.lex.attributed_before.search(text, max(0, start - ATTRIBUTED_BEFORE_REACH), start) \
                        or self.lex.attributed_after.match(text[end:end + ATTRIBUTION_REACH]):
                    self.evidence.setdefault(key, "attribution")
                elif any(t.paragraph == index and end <= t.start and "?" not in text[t.start:] for t in self.article.turns):
                    self.evidence.setdefault(key, "attribution")  # a transcript's speaker label
                elif key.startswith("?") and _WHO_CLAUSE.match(text, end):
                    self.evidence.setdefault(key, "who")  # "Baltazar Tzuc Tamayo, who chairs the ...": someone, not something
        # "[CLIP 2 - ASANOVA - in Kyrgyz, English voice-over]": a script's cue names a speaker by family name, in capitals
        cued = {w for text, _, _ in self.parts if "[" in text or "(" in text
                for m in _SOUNDBITE_CUE.finditer(text) for w in re.findall(r"[\w'’-]+", plain_letters(m.group("who")).upper())}
        for name in self.sequences if cued else ():
            if len(name.split()) >= 2 and plain_letters(name.split()[-1]).upper() in cued:
                self.evidence.setdefault(f"?{name}", "attribution")

    # 4. Unregistered people with enough evidence become entities.

    def accept_people(self) -> None:
        standalone = _standalone_words(self.parts, self.capitalised)
        # "Dr. Saeed Al Marri ... Al Marri said", "Şeyma Yıldırım Barbosa ... Yıldırım Barbosa said": a surname
        # of two words (with a particle, or two family names) is the person named in full, when only one is.
        tails: dict[str, set[str]] = defaultdict(set)
        for n in self.sequences:
            if len(n.split()) >= 3:
                tails[" ".join(n.split()[-2:])].add(n)
        for short, names in tails.items():
            full = next(iter(names))
            if short in self.sequences and len(names) == 1 and (
                    short.split()[0].lower() in NAME_PARTICLES | _ARABIC_PARTICLES or not _given(self.lex, short.split()[0])
                    and short.split()[0] not in self.lex.family_names  # "Researcher Zhou Lihua" is Zhou Lihua,
                    and not _HYPHENATED_GIVEN.fullmatch(short.split()[1])  # "Energy Yoo Han-byeol" Yoo Han-byeol
                    # (... and "Bartomeu Oliver Pons ... Oliver Pons added": a given name first, then two family names,
                    # the second of them a given name too)
                    or len(full.split()) == 3 and _given(self.lex, full.split()[0]) and full.split()[0] not in self.lex.family_names
                    and not _given(self.lex, short.split()[1])):
                self.merge_sequence(short, full)
        # "Tengku Zafrul Abdul Aziz ... Tengku Zafrul said", "Ahmad Faizal Mohd Rosli ... Ahmad Faizal": a long Malay,
        # Indonesian or Arabic name is shortened to its first two words, not to a surname.
        heads: dict[str, set[str]] = defaultdict(set)
        for n in self.sequences:
            # (and "Nur Syafiqah Rahmat ... Ms Nur Syafiqah added": three words, two given names first)
            if len(n.split()) >= 4 or len(n.split()) == 3 and n.split()[0] not in self.lex.family_names \
                    and n not in self.article.authors:  # (not "Email Mei Ling at ...", under a writer's own bio)
                heads[" ".join(n.split()[:2])].add(n)
        for short, names in heads.items():
            if short in self.sequences and len(names) == 1:
                self.merge_sequence(short, next(iter(names)))
        # "Engr. Ibrahim Danjuma Bello ... Engineer Ibrahim Bello": the person named in full, a middle name left out
        ends: dict[str, set[str]] = defaultdict(set)
        for n in self.sequences:
            if len(words := n.split()) == 3 and _given(self.lex, words[0]) and words[0] not in self.lex.family_names:
                ends[f"{words[0]} {words[2]}"].add(n)
            # ("Salim bin Nasser Al Kindi ... Salim Al Kindi": an Arabic name without its father's name)
            elif len(words) >= 4 and words[1].lower() in _PATRONYMIC and _given(self.lex, words[0]):
                ends[" ".join([words[0], *words[3:]])].add(n)
        for short, names in ends.items():
            if short in self.sequences and len(names) == 1:
                self.merge_sequence(short, next(iter(names)))
        # The outlet's own name (its source, the holder of its © notice, its masthead) is no person's.
        outlets = {loose(self.article.source)} | {loose(m.group(1)) for text in (
            self.article.rights, *self.article.furniture) for m in _RIGHTS_HOLDER.finditer(text or "")}
        # ("© 2026 Khaleej Standard Media": the paper "Khaleej Standard" without its company's word; and the masthead,
        # the page's first line of furniture: "Tariff Tides")
        outlets |= {o[:m.start()] for o in outlets if (m := re.search(r"(?:media|group|holdings|publishing|limited|ltd|inc|llc|pte|"
                                                                       r"company)$", o)) and m.start() >= 6}
        outlets |= {loose(line) for line in self.article.furniture[:1] if len(line.split()) <= 4}
        # (... and the site a tab's title names after the headline, kept with a note's properties: "US bars ... | Goubet Éco
        # English")
        title = self.article.title
        sites = [tab.group(1) for line in (f.lstrip("# ") for f in self.article.furniture[:MASTHEAD_REACH])
                 if title and line.startswith(title) and (tab := _TAB_SITE.fullmatch(line[len(title):]))]
        sites += [line for line in self.article.furniture[:1] if len(line.split()) <= 4]
        outlets |= {site for site in [_site_of(self.article.original_url)] if site}  # (... and the site its address names)
        # ("Goubet Éco English": the site without its edition)
        outlets |= {loose(name) for site in sites for name in (site, *(
            [site.rsplit(" ", 1)[0]] if len(site.split()) >= 2 and site.split()[-1].lower() in _EDITIONS else []))}
        # ("Al Waha Express": the paper without its kind of paper, "Al-Suwailem told Al Waha Express" read as "Al Waha";
        # "Goubet Éco English": the paper without its edition, "told Goubet Éco")
        outlets |= {loose(o.rsplit(" ", 1)[0]) for o in (self.article.source, *self.article.furniture[:MASTHEAD_REACH])
                    if 3 <= len(o.split()) <= 5 and o.split()[-1] in OUTLET_WORDS}
        # ... or a masthead in capitals under the app's own buttons ("‹ Volver" / "LA VOZ DEL CARIBE")
        outlets |= {loose(line) for line in self.article.furniture[:MASTHEAD_REACH] if line.isupper() and 2 <= len(line.split()) <= 5
                    and not any(loose(line) == loose(a) for a in self.article.authors)}
        # "Suzhou Jinhai Optoelectronics ... Suzhou Jinhai said": a company's name without its last word.
        # (... or without more of them: "Zhoushan Haiyun Subsea Engineering Co. ... Zhoushan Haiyun said")
        # (... or its last words without its first: "Zambia Medical Stores Limited ... through Medical Stores")
        companies = {" ".join(words[i:k]) for text, _, _ in self.parts
                     for m in _NAME_BEFORE_WORD.finditer(text) if _ends_with_suffix(self.lex, m.group(2).rstrip(".,;:"))
                     and not _given(self.lex, m.group(1).split()[0])  # (but "the Tony Blair Institute" is his)
                     for words in [m.group(1).split()] for i in range(len(words) - 1) for k in range(i + 2, len(words) + 1)
                     if i == 0 or k == len(words) and not _given(self.lex, words[i])}
        # "..., dijo el martes a Surco Norte Deysi Ipanaqué": the outlet told, then the one who told it (the name after it)
        for name in [n for n in self.sequences if len(n.split()) >= 4]:
            words = name.split()
            told = next((k for k in range(len(words) - 2, 0, -1) if loose(" ".join(words[:k])) in outlets), None)
            if told is None:
                continue
            rest = " ".join(words[told:])
            hits = [(part, at, end) for part, start, end in self.sequences.pop(name)
                    if (at := self.parts[part][0].find(rest, start, end)) >= 0]
            self.sequences[rest] = sorted(self.sequences.get(rest, []) + hits)
            if f"?{name}" in self.evidence:
                self.evidence.setdefault(f"?{rest}", self.evidence.pop(f"?{name}"))
        # "Акушерка амбулаторії в Черняхові Галина Кушнірук пояснила": a Slavic language's place after its preposition "in"
        # (in its own case, no comma after it), then the person
        for name in [n for n in self.sequences if len(n.split()) >= 3]:
            if not all(_SLAVIC_IN.search(self.parts[part][0], max(0, start - 4), start) for part, start, _ in self.sequences[name]):
                continue
            rest = name.split(maxsplit=1)[1]
            hits = [(part, at, end) for part, start, end in self.sequences.pop(name)
                    if (at := self.parts[part][0].find(rest, start, end)) >= 0]
            self.sequences[rest] = sorted(self.sequences.get(rest, []) + hits)
            if f"?{name}" in self.evidence:
                self.evidence.setdefault(f"?{rest}", self.evidence.pop(f"?{name}"))
        for name, hits in self.sequences.items():
            key = f"?{name}"
            if loose(name) in outlets or (plain_letters(loose(name)) or "-") in outlets or name in companies:
                # (a name in another script has no plain letters: "Эрмек Сатыбалдиев" is no outlet with no name)
                continue  # (the site its address names spells it without accents: "equinoccioeconomico")
            if any(re.search(r"\b(?:[Ww]elcome (?:back )?to|[Tt]his is|[Ll]istening to)\s+(?:the\s+)?$", self.parts[part][0][max(0, start - 30):start])
                   for part, start, _ in hits) and not _named_on_sight(name.split(), self.lex):
                continue  # "Welcome to Deep Seams, I'm Fiona MacAllister": a show's name, no person
            if _outlet_named(name) and all(
                    start == 0 and self.parts[part][0][end:end + 2].lstrip().startswith((":", "：")) and "?" in self.parts[part][0]
                    for part, start, end in hits):
                continue  # "Agence Mer du Nord: ... Has China restricted these exports again?": an outlet asks
            if name in self.article.authors and all(_SIGNED_OFF.search(self.parts[part][0], max(0, start - 16), start)
                                                    for part, start, _ in hits):
                continue  # "... in April. — Brent Lindqvist, Washington": a live blog's writer signing an entry; "The author, X, is"
            if name in self.article.authors and all(self.in_credit(part, start, end)
                                                    or _STAFF_BEFORE.search(self.parts[part][0], max(0, start - 40), start)
                                                    for part, start, end in hits):
                continue  # "The interview was conducted by Friederike von Steinberg and ...": the writer's credit, no subject
                # (... or the writer at work in the text: "Lanxang Biz reporter Souksavanh Inthavong talked to him")
            if len(name.split()) >= 2 and any(author.endswith(" " + name) and len(given := author[:-len(name)].split()) == 1
                                              and not self.lex.role_words.fullmatch(given[0]) and not _HONORIFIC_WORD.fullmatch(given[0])
                                              for author in self.article.authors):
                continue  # "Ben Salem, Y. (2030, 3 mars)": the writer Yasmine Ben Salem by her family name, in a citation
            tokens = name.split()
            if _OFFICE_PLURAL.search(tokens[-1]):
                continue  # "(... Digital Economy and Remote) Work Applications": an office's plural noun ends no one's name
            if self.geographic(tokens) or all(self.street_before(part, start) for part, start, _ in hits) \
                    or all(self.place_kind_after(part, end) for part, _, end in hits):
                continue  # "the Corn Belt", "Constitution Ave", "Mount Kestrel's managing director": a place
                # (... or "Av. Fernão de Magalhães": a street named for someone, its kind abbreviated before it)
                # (... or "Gautam Buddha International Airport", "Jomo Kenyatta Avenue": a place named after someone)
            surnames = {_surname(tokens)} | ({tokens[0]} if _family_name_first(tokens, self.rules) else set())
            alone = sum(standalone[surname] for surname in surnames)
            if not (key in self.evidence or len(hits) >= 2 or alone >= 1 or self.on_sight(tokens, hits)
                    or standalone[tokens[0]] and self.given_name_speaks(tokens[0])
                    and any(_PERSONAL_PRONOUN.search(self.parts[part][0], end, end + 200) for part, _, end in hits)
                    # ... or a name that opens its sentence, whose quote a pronoun then says: 'Ugyen Tshering has fitted
                    # meters for twelve years. "When a meter cuts a house ...," he told me.'
                    or len(hits) == 1 and 2 <= len(tokens) <= 3 and any(
                        (start == 0 or re.search(r"[.!?][\"”’]?\s+$", self.parts[part][0][max(0, start - 3):start]))
                        and (re.match(r"\s+(?:has|had|is|was|have|runs|ran|works|worked|[a-z]+ed|teaches|leads|heads|owns|manages|lives|sells|grows"
                                      r"|drives|trades|studies|chairs|directs|coaches|serves|keeps|makes|builds|fishes|farms)\b",
                                      self.parts[part][0][end:end + 16])
                             # (... or who the sentence says she is first: "Risikat Alagbe, who sells pepper and tomatoes, has
                             # watched ...", "Iago Pazos, who stacks shelves in Teis, spent ...")
                             or _WHO_DOES.match(self.parts[part][0], end))
                        and self.pronoun_quote_follows(part, end) for part, start, end in hits)):
                continue  # (... "Anucha said": a Thai, Malay or Indonesian name's given name alone, speaking, and "he"
                # after the name in full: not a company's first word, "Helion said it ...")
            if not _named_on_sight(tokens, self.lex) and self.lex.place_or_body_before and all(
                    self.lex.place_or_body_before.search(self.parts[part][0], max(0, start - 40), start)
                    for part, start, _ in hits):
                continue  # "a cooperative in Butler County", "research firm Sakura Insight": no person
            if all((_IN_BEFORE.search(self.parts[part][0], max(0, start - 4), start)
                    and not self.parts[part][0].startswith(("'s", "’s"), end))
                    or (self.lex.town_region_after and self.lex.town_region_after.match(self.parts[part][0], end))
                    or (_AN_BEFORE.search(self.parts[part][0], max(0, start - 4), start)
                        and _LOWER_NOUN_AFTER.match(self.parts[part][0], end) and not _named_on_sight(tokens, self.lex))
                    for part, start, end in hits):
                continue  # "a research firm in Ann Arbor", "its Port Lavaca, Texas, campus": a town, whatever its first word
                # (... or "In Kota Belud, A said" and "a Kota Belud village head": never anyone's name)
            dateline = re.split(r"\s+[—–-]+\s*$|,", self.article.dateline.strip())[0] if self.article.dateline else ""
            if not _named_on_sight(tokens, self.lex) and (
                    re.search(rf"\b{re.escape(name.upper())}\b", dateline.upper()) and dateline.isupper()
                    or any(_PLACE_OF_BEFORE.search(self.parts[part][0], max(0, start - 24), start) for part, start, _ in hits)):
                continue  # "LAS PALMAS DE GRAN CANARIA — Gran Canaria's hotel owners", "the south of Gran Canaria": a place
            if not any(_given(self.lex, t) for t in tokens) and all(_worded(t, self.lex, self.common) for t in tokens) \
                    or any(a == b for a, b in zip(tokens, tokens[1:])):
                continue  # "Export Control Control List": words the text writes in lower case too, or a word twice
            if key not in self.evidence and all(
                    _AN_BEFORE.search(self.parts[part][0], max(0, start - 4), start)
                    and _LOWER_NOUN_AFTER.match(self.parts[part][0], end) for part, start, end in hits):
                continue  # "an Ann Arbor consulting firm": a name that qualifies a noun names no one
            if key not in self.evidence and not _named_on_sight(tokens, self.lex) and all(
                    _THE_BEFORE.search(self.parts[part][0], max(0, start - 8), start) for part, start, _ in hits):
                continue  # "the Great Hall", "The Lantern Brief": a place or a title, never a person
            if key not in self.evidence and not _named_on_sight(tokens, self.lex) and self.lex.body_before and any(
                    self.lex.body_before.search(self.parts[part][0], max(0, start - 40), start) for part, start, _ in hits):
                continue  # "a report from the nonprofit Compute Sentinel ... Added comment from Compute Sentinel."
            if self.lex.org_heads and not _named_on_sight(tokens, self.lex) and all(re.search(
                    rf"\b(?:{'|'.join(map(re.escape, self.lex.org_heads))})\s+(?:[^\W\d_A-Z]+\s+){{1,2}}$",
                    self.parts[part][0][max(0, start - 60):start]) for part, start, _ in hits):
                continue  # "Centrul pentru Politici de Sănătate": the rest of a body's name after its kind and a small word
            if self.lex.org_heads and not _named_on_sight(tokens, self.lex) and all(re.search(
                    rf"\b(?:{'|'.join(map(re.escape, self.lex.org_heads))})\s+(?:[A-Z][\w'’-]*\s+){{1,2}}$",
                    self.parts[part][0][max(0, start - 40):start]) for part, start, _ in hits):
                continue  # "PT Sulawesi Karbon Anoda": the rest of a company's name after its legal form and a place
            if not _named_on_sight(tokens, self.lex) and not any(_given(self.lex, t) for t in tokens) \
                    and all(_ROLE_OF.search(self.parts[part][0][max(0, start - 40):start]) and re.search(
                        rf"\b(?i:{self.lex.roles})\s+\S+\s+$", self.parts[part][0][max(0, start - 40):start]) for part, start, _ in hits):
                continue  # "La directora de Sanidad Vegetal del Senasa, Maritza Querevalú": what an office is of, a body
            if self.lex.body_apposition and not _named_on_sight(tokens, self.lex) and not any(_given(self.lex, t) for t in tokens) \
                    and any(self.lex.body_apposition.match(self.parts[part][0], end) for part, _, end in hits):
                continue  # "Heparinas del Plata, a Rosario company, says": what the apposition calls it is a body
            if not _named_on_sight(tokens, self.lex) and not any(_given(self.lex, t) for t in tokens) and any(
                    _WHICH_AFTER.match(self.parts[part][0], end) for part, _, end in hits):
                continue  # "Stevedore Sirius Stevedoring, which operates terminals in Sydney, said": a firm, not a "who"
            if not _named_on_sight(tokens, self.lex) and not any(_given(self.lex, t) for t in tokens) and any(
                    re.match(rf"\s+(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{self.lex.roles})\s+[A-Z]", self.parts[part][0][end:end + 80])
                    for part, _, end in hits):
                continue  # "says Caribe Contenedores president Juan Pablo Arango": the body a role is of, then the person
            if all(_NUMBERED_AFTER.match(self.parts[part][0], end) for part, _, end in hits):
                continue  # "CESAPS Policy Brief No. 11", "Trade Monitor Vol. 3": a numbered publication's title
            if any(_LEGAL_FORM_WORD.fullmatch(t) for t in tokens[1:]):
                continue  # "Lanyang Optics Corp.", "Spice Isle Radio Ltd": a company, by its legal form
            if key not in self.evidence and all(self.parts[part][0][start - 1:start] in "«„“\"" and start
                                                and self.parts[part][0][end:end + 1] in ("»", "“", "”", "\"") for part, start, end in hits):
                continue  # 'компании «Учкун Агросервис»': a name in quotation marks, a firm's or a title's, no one's
            real = f"person/{slugify(name)}"
            if real in self.registry.entities and self.registry.entities[real].name != name:
                real = f"person/{slugify(name)}-person"
            self.evidence.setdefault(key, f"{len(hits) + alone} mentions" if len(hits) + alone > 1 else "given name")
            self.person_names[name] = real
            if key in self.roles:
                self.roles[real] = self.roles.pop(key)
            self.evidence[real] = self.evidence.pop(key)
            for part, start, end in hits:
                self.found.append(_Found(real, part, start, end, name))

    def pronoun_quote_follows(self, part: int, end: int) -> bool:
        """A quotation a pronoun says within reach after ``end``: in the name's paragraph, or opening the next ('A teaches
        at a school in Gampola. He came with two colleagues. ¶ "Last year the app updated itself ...," he said.')."""
        text = self.parts[part][0]
        if _PRONOUN_SAYS.search(text, end, end + PRONOUN_QUOTE_REACH):
            return True
        left = PRONOUN_QUOTE_REACH - (len(text) - end)
        return left > 0 and not self.parts[part][1] and part + 1 < len(self.article.paragraphs) \
            and bool(_PRONOUN_SAYS.search(self.parts[part + 1][0], 0, left))

    def given_name_speaks(self, given: str) -> bool:
        """The word stands alone as a speech verb's subject somewhere: '"...," Anucha said', "Anucha said he had asked"."""
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(given)}(?![\w'’-])")
        return any(self.lex.attributed_after.match(text, m.end()) and not _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                   for text, _, _ in self.parts for m in pattern.finditer(text))

    def geographic(self, tokens: list[str]) -> bool:
        """A capitalised run that names a place by its kind, first or last, with no given name opening it (or a street's,
        whatever opens it: "Laxmi Road", "Jomo Kenyatta Avenue": no one's surname is a street's kind)."""
        if len(tokens) >= 2 and tokens[-1].rstrip(".") in _STREET_KINDS:
            return True
        if len(tokens) < 2 or _given(self.lex, tokens[0]):
            return False
        words = dict(self.rules.geography_words)
        return tokens[-1].rstrip(".") in words.get("last", ()) or tokens[0].rstrip(".") in words.get("first", ())

    def place_kind_after(self, part: int, end: int) -> bool:
        """The name goes on to a place's or a body's kind: "Gautam Buddha | International Airport", "Hardap Irrigation |
        Growers' Co-operative"."""
        after = re.match(r"(?:\s+[A-Z][\w'’.-]*){1,3}", self.parts[part][0][end:end + 60])
        words = after.group(0).split() if after else []
        places = dict(self.rules.geography_words).get("last", ())
        # (a body's kind right after the name, or after the plural its members go by: not "Jenna Albright | Northfield
        # Rare Earths Inc.", a contact's name over her company's on the next line)
        return any(w in places for w in words) or bool(words) and (
            bool(self.lex.org_suffix.fullmatch(words[0]))
            or len(words) > 1 and words[0].endswith(("s'", "s’")) and bool(self.lex.org_suffix.fullmatch(words[1])))

    def street_before(self, part: int, start: int) -> bool:
        before = re.search(r"(\w+)\.\s+$", self.parts[part][0][max(0, start - 12):start])
        return bool(before) and before.group(1) in dict(self.rules.geography_words).get("first", ())

    def merge_sequence(self, short: str, name: str) -> None:
        """The mentions of a short form are the person named in full, with the evidence found for it."""
        self.sequences[name] = sorted(self.sequences[name] + self.sequences.pop(short))
        if f"?{short}" in self.evidence:
            self.evidence.setdefault(f"?{name}", self.evidence.pop(f"?{short}"))

    def on_sight(self, tokens: list[str], hits: list[tuple[int, int, int]]) -> bool:
        """Named once and with no role: a person still, when the name can only be one's, outside the
        credits and the author's own bio."""
        if not _named_on_sight(tokens, self.lex) or " ".join(tokens) in self.article.authors:
            return False
        return any(not self.in_credit(part, start, end) for part, start, end in hits)

    def in_credit(self, part: int, start: int, end: int) -> bool:
        text = self.parts[part][0]
        clause = max(self.sentence_at(part, start)[0], text.rfind(";", 0, start) + 1, text.rfind("(", 0, start) + 1)
        return bool(_CREDIT.search(text, clause, start) or _CONTRIBUTED.match(text, end))

    # 5. A later surname resolves to the full name introduced in this briefing.

    def resolve_surnames(self) -> None:
        found = self.found
        self.introduce_listed(found)
        introduced: dict[str, set[str]] = defaultdict(set)
        for f in found:
            if f.key.startswith("person/") and " " in f.surface:
                tokens = f.surface.split()
                introduced[_surname(tokens)].add(f.key)
                if _family_name_first(tokens, self.rules):
                    introduced[tokens[0]].add(f.key)
                if len(tokens) in (3, 4) and tokens[1] in self.lex.family_names and tokens[0] not in self.lex.family_names \
                        and (_HYPHENATED_GIVEN.fullmatch(tokens[2]) or len(tokens) == 4):
                    introduced[tokens[1]].add(f.key)  # "Rebecca Chan Wing-sze ... Chan said": an English given name first
                elif len(tokens) in (3, 4) and not _family_name_first(tokens, self.rules) and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}", tokens[-2]) \
                        and not _given(self.lex, tokens[-2]) and tokens[-2] not in self.lex.family_names \
                        and tokens[-2] not in self.lex.not_people and tokens[-3] not in NAME_PARTICLES \
                        and re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}", tokens[-1]):
                    introduced[tokens[-2]].add(f.key)  # "Juan Pablo Arango Restrepo ... Arango says": a father's surname first
        # "Harold Vance ... Vance said": where the article names someone in full whose surname the
        # registry gives to another person it never names here, the bare surname is the article's.
        named_in_full = {f.key for f in found if " " in f.surface}
        for surname, keys in introduced.items():
            other = self.lex.names.get(surname, "")
            if other.startswith("person/") and other not in keys and other not in named_in_full and len(keys) == 1:
                for f in found:
                    if f.key == other and f.surface == surname:
                        f.key = next(iter(keys))
        surnames = {s: keys for s, keys in introduced.items() if s not in self.lex.names}
        if not surnames:
            return
        # Where two people share a surname, a bare surname means the one named most recently.
        full_mentions = sorted((f.part, f.start, f.key) for f in found if f.key.startswith("person/") and " " in f.surface)
        spans = _Spans(found)
        for index, (text, _, _) in enumerate(self.parts):
            for m in self.capitalised[index]:
                if m.group(0) not in surnames or spans.overlaps(index, m.start(), m.end()):
                    continue
                keys = surnames[m.group(0)]
                if m.group(0) == "He" and _SENTENCE_OPENS_AT.search(text, max(0, m.start() - 3), m.start()) \
                        and re.match(r"[,\s]+(?:however,\s+)?[a-z]", text[m.end():m.end() + 12]):
                    # "Gao Feng ... ¶ He noted, however, that ...": a sentence's "He" before a verb is the pronoun,
                    # unless the one last named in full is the He the text names ("He Lifeng ... He said"), and no one
                    # named since by surname ("He Yongqian said ... Kaczmarek has moved two lines. He says ...")
                    earlier = [k for p, st, k in full_mentions if (p, st) < (index, m.start())]
                    named = max(((f.part, f.start, f.key) for f in found if f.key.startswith("person/")
                                 and (f.part, f.start) < (index, m.start())), default=None)
                    if earlier and earlier[-1] not in keys or named and named[2] not in keys:
                        continue
                if len(keys) > 1:
                    earlier = [k for p, st, k in full_mentions if (p, st) < (index, m.start()) and k in keys]
                    key = earlier[-1] if earlier else None
                else:
                    key = next(iter(keys))
                if key:
                    found.append(_Found(key, index, m.start(), m.end(), m.group(0)))
                    spans.add(found[-1])
        self.resolve_given_names(spans)

    def introduce_listed(self, found: list[_Found]) -> None:
        """A podcast's guest list over the episode's notes ("Guests: Dr. Keisha Samuel-Benjamin, nephrologist"), then
        "Dr. Samuel-Benjamin runs a dialysis unit ...": the list introduces her in full, and the titled surname in the
        text is her (the list itself is the page's furniture, read for names but never linked)."""
        surnames = {_surname(f.surface.split()) for f in found if f.key.startswith("person/")}
        listed = {}
        listing = False
        for line in self.article.furniture:
            label = _LIST_LABEL.match(line)
            match = _LISTED_PERSON.match(line, label.end() if label else 0) if label or listing else None
            listing = bool(label and label.end() == len(line) or match)
            if match and (name := match.group("name")).split()[-1] not in surnames and not _ends_with_suffix(self.lex, name) \
                    and not any(w in self.lex.not_people for w in name.split()):
                listed.setdefault(name.split()[-1], name)
        for surname, name in listed.items():
            titled = re.compile(rf"\b(?:{HONORIFIC_WORDS})\.?\s+({re.escape(surname)})\b")
            hit = next(((index, m) for index, (text, _, _) in enumerate(self.parts) if (m := titled.search(text))), None)
            if hit:
                index, m = hit
                found.append(_Found(f"person/{slugify(name)}", index, m.start(1), m.end(1), name))

    def resolve_given_names(self, spans: "_Spans") -> None:
        """'"This is about value," Bahlil said': a given name alone, as the speaker of a quote, is the
        one person introduced in full with it (many Indonesian and some other names are used so)."""
        given: dict[str, set[str]] = defaultdict(set)
        surnames = set()
        for f in self.found:
            if f.key.startswith("person/") and " " in f.surface:
                tokens = f.surface.split()
                given[tokens[0]].add(f.key)
                surnames.update(tokens[1:])
        given = {g: keys for g, keys in given.items() if len(keys) == 1 and g not in surnames and g not in self.lex.names
                 and g not in self.lex.not_people}
        if not given:
            return
        speech = self.lex.attributed_after
        said_after_quote = re.compile(rf"[,.!?][\"”]\s*(?:{self.lex.speech})\s+$")
        for index, (text, _, _) in enumerate(self.parts):
            for m in self.capitalised[index]:
                if m.group(0) in given and not spans.overlaps(index, m.start(), m.end()) \
                        and (_QUOTE_CLOSE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and speech.match(text, m.end())
                             # ... or after an honorific, as Malaysian and Indian names are used: "Dr Kavitha said"
                             or _HONORIFIC_BEFORE.search(text, max(0, m.start() - 12), m.start())
                             # ... or opening a sentence as its speaker: "Hasnah said the ministry would ..."
                             or _SENTENCE_OPENS_AT.search(text, max(0, m.start() - 3), m.start()) and speech.match(text, m.end())
                             # ... or after the quote and its verb, ending the attribution: '..., nickel products also
                             # falls," said Adinda.'
                             or said_after_quote.search(text, max(0, m.start() - 30), m.start())
                             and re.match(r"\s*(?:[.,;:]|$)", text[m.end():])):
                    self.found.append(_Found(next(iter(given[m.group(0)])), index, m.start(), m.end(), m.group(0)))
                    spans.add(self.found[-1])

    # 6. Organizations by pattern: "at Eurasia Group", "founder of Interconnected Capital",
    #    "the Larchmont Center for Strategic Studies" (a suffix word, then "of"/"for" names).

    def find_organizations(self) -> None:
        lex, registry = self.lex, self.registry
        spans = _Spans(self.found)
        removed: set[int] = set()
        suffix_word = _suffix_word_ends(lex.org_suffix, self.rules.organization_suffixes)
        for index, (text, _, _) in enumerate(self.parts):
            for m in _ORG_RUN.finditer(text):
                if suffix_word is not None and not suffix_word.search(m.group(0)) and not lex.org_heads & set(m.group(0).split()):
                    continue  # no word of the run ends in a suffix: _organization_name finds no name in it
                name = _organization_name(m.group(0).split(), lex, self.common)
                if not name:
                    continue
                start = text.find(name, m.start())
                end = start + len(name)
                of = _ROMANCE_OF.match(text, end) if name.split()[0] in lex.org_heads else None
                if of:  # "Universidad Mayor de San Andrés": the rest of the body's name, after its "de"
                    name = text[start:of.end()].rstrip(".")
                    end = start + len(name)
                if name in lex.not_people or name in lex.names:
                    continue
                inner = spans.overlapping(index, start, end)
                if any(f.key.startswith("person/") or f.start < start or f.end > end for f in inner):
                    continue
                if inner and re.search(r"\s(?:and|&)\s", name):
                    continue  # "Applied Materials and Lam Research" is two organizations
                if text.startswith((" at ", " of "), end):
                    continue  # a unit inside an organization named next: "the China Center at RAND"
                key = f"organization/{slugify(name)}"
                if key in registry.entities:
                    continue
                # The longer name wins over registered names inside it ("European Union Chamber of Commerce").
                for f in inner:
                    spans.remove(f)
                    removed.add(id(f))
                self.found.append(_Found(key, index, start, end, name))
                spans.add(self.found[-1])
                if _LEGAL_FORM.search(name) or _ORG_CONTEXT.search(text[max(0, start - 48):start]):
                    self.evidence.setdefault(key, "role")
        if removed:
            self.found[:] = [f for f in self.found if id(f) not in removed]

    # 7. Topics by keyword: two hits, or one in the headline; a passing word is not a subject.

    def find_topics(self) -> None:
        pattern = self.lex.keyword_pattern
        if pattern is None:
            return
        hits = [_Found(self.lex.keywords[found.lower()], index, start, end, found)
                for index, (text, _, _) in enumerate(self.parts) for start, end, found in _matches_ignoring_case(pattern, text)]
        counts = Counter(f.key for f in hits)
        in_title = {self.lex.keywords[found.lower()] for _, _, found in _matches_ignoring_case(pattern, self.article.title)}
        self.topic_hits = [f for f in hits if counts[f.key] >= 2 or f.key in in_title]
        self.passing_topics = _passing_topics(self.topic_hits, in_title, len(self.article.paragraphs))

    # The result

    def without_writers_cards(self, found: list[_Found]) -> list[_Found]:
        """The article's own writer named only where the page introduces them (their card's name line, their bio, the
        wire's "(Reporting by A in Jakarta ...)") is its author, not someone it mentions."""
        writers = set(split_names(self.article.author)) if self.article.author else set()
        if not writers:
            return found

        def card(text: str, name: str) -> bool:
            # (a bio is a sentence or two about the writer: no one's words in it, no one said anything)
            # (... or the second of the writers' bios in one paragraph: "A is technologieredacteur. B is correspondent in ...")
            bio = re.search(rf"(?:^|[.!?]\s+){re.escape(name)}\s+(?:is|was|covers|writes|reports|has|joined)\b", text) \
                and len(text.split()) <= BIO_MAX_WORDS and not re.search(r"[\"“”]|\bsaid\b", text)
            return text.strip() == name or bool(bio or _CREDIT_LINE.match(text))

        def scripted(hit: _Found) -> bool:
            # a broadcast script's reporter: in its cue ("[TRACK 1 — PRATIKSHYA RAI]") or its sign-off ("Pratikshya Rai
            # reporting from Hetauda.")
            # (... or a broadcast reporter's turn in the transcript of their own story, their label and their sign-off in
            # it: "TANVIR AHMED CHOWDHURY (STANDUP): For Business Tonight, Tanvir Ahmed Chowdhury, DeltaLine TV, Kaliakoir.")
            text = self.parts[hit.part][0]
            opened, closed = text.rfind("[", 0, hit.start), text.rfind("]", 0, hit.start)
            return opened > closed and "]" in text[hit.end:hit.end + 80] \
                or bool(re.match(r"\s+report(?:s|ing)\s+(?:from|for)\b", text[hit.end:])) \
                or bool(_REPORTER_LABEL.match(text)) and any(text.casefold().startswith(name.casefold()) for name in writers)

        by_key: dict[str, list[_Found]] = defaultdict(list)
        for f in found:
            if f.key.startswith("person/") and not f.key in self.registry.entities:
                by_key[f.key].append(f)
        cards = {key for key, hits in by_key.items() for name in writers
                 if any(h.surface.lower() == name.lower() for h in hits)
                 and all(card(self.parts[h.part][0], name) or scripted(h) for h in hits)}
        return [f for f in found if f.key not in cards]

    def extraction(self) -> Extraction:
        registry, parts = self.registry, self.parts
        # Unregistered organizations need a pattern hit plus a role context or two mentions.
        org_counts = Counter(f.key for f in self.found
                             if f.key not in registry.entities and f.key.startswith("organization/"))
        found = [f for f in self.found if f.key in registry.entities or f.key.startswith("person/")
                 or org_counts[f.key] >= 2 or self.evidence.get(f.key)]
        found = self.without_writers_cards(found)

        mentions: list[Mention] = []
        sentences: dict[tuple[int, int, int], str] = {}  # one string per sentence, however many mentions it holds
        for f in sorted(found + self.topic_hits, key=lambda f: (f.part, f.start, -f.end)):
            text, caption, number = parts[f.part]
            s_start, s_end = self.sentence_at(f.part, f.start)
            sentence = sentences.get((f.part, s_start, s_end))
            if sentence is None:
                sentence = sentences[(f.part, s_start, s_end)] = text[s_start:s_end]
            mentions.append(Mention(key=f.key, paragraph=number, start=f.start, end=f.end,
                                    sentence=sentence, caption=caption))

        quotes, phrases = _quotes(_double_quoted(self.article), self.lex, found, self.rules.abbreviations)
        marked, speaking = _turn_quotes(self.article, found) if self.article.turns else ([], {})
        if marked:  # a web page's turns, from its bold speaker labels, each opening with a person's name
            # (inside a turn, its speaker's quotation marks are the turn's: what a host reads out, or a guest says again)
            quotes = sorted(marked + [q for q in quotes if speaking.get(q.paragraph) != q.speaker], key=lambda q: q.paragraph)
        else:  # ... or labels the text rules read ("Mr. KESSLER:", "Q:"), in text or on a page
            turns, speakers = _transcript_turns(self.article, found, self.rules, self.lex)
            # (and a broadcast's clips, each under a cue naming its speaker: the clip is the quote, marks or none)
            bites = [q for q in _soundbites(self.article, found) if q.paragraph not in {t.paragraph for t in turns}]
            if bites:
                clipped = {q.paragraph for q in bites}
                quotes = sorted([q for q in quotes if q.paragraph not in clipped] + bites, key=lambda q: q.paragraph)
            if turns:
                turn_paragraphs = {q.paragraph for q in turns} | speakers.pop("", set())
                # A question quotes the one it names as saying it: 'Nippon Wire: Prime Minister Sanae Takaichi said
                # yesterday that Japan will "never again depend on a single country" ... What's your comment?'
                speakers.pop("?", set())
                # Inside a turn, only quotes of someone else (a speaker cited by the official) stay.
                turn_speaker = {q.paragraph: q.speaker for q in turns}
                quotes = [q for q in quotes if q.speaker != turn_speaker.get(q.paragraph)
                          and (q.paragraph not in turn_paragraphs or q.speaker not in turn_speaker.values())] + turns
                quotes.sort(key=lambda q: q.paragraph)
                answered = {q.speaker for q in turns}
                writers = {w.casefold() for w in split_names(self.article.author)} if self.article.author else set()
                for key, (name, paragraph, start, end) in speakers.items():
                    if key not in answered and name.casefold() in writers and _REPORTER_LABEL.match(
                            self.article.paragraphs[paragraph], start):
                        continue  # "TANVIR AHMED CHOWDHURY, REPORTER (V/O):": the story's own reporter, its byline's
                    if key not in answered and key.startswith("person/") and (
                            _outlet_named(name) or loose(name) == _site_of(self.article.original_url)):
                        key = f"organization/{key.split('/', 1)[1]}"  # "Tokyo Shimpo: ...?": an outlet asks, no person
                    if not any(f.key == key for f in found):
                        # A speaker named only in the turn labels (or an interview's subject, in its
                        # introduction): the label is the mention.
                        found.append(_Found(key, paragraph, start, end, name))
                        text = self.article.paragraphs[paragraph]
                        s_start, s_end = self.sentence_at(paragraph, start)
                        mentions.append(Mention(key=key, paragraph=paragraph, start=start, end=end,
                                                sentence=text[s_start:s_end]))

        quotes = _without_pull_quotes(quotes, self.article.paragraphs)
        quotes = _without_translated_twins(quotes, self.article.paragraphs)
        # Entities, with this briefing's role for each.
        names_by_key: dict[str, str] = {}
        for f in found:
            if f.key in registry.entities:
                names_by_key[f.key] = registry.entities[f.key].name
            elif f.key not in names_by_key or len(f.surface) > len(names_by_key[f.key]):
                names_by_key[f.key] = f.surface
        for f in self.topic_hits:
            names_by_key[f.key] = registry.entities[f.key].name
        refs = []
        for key in sorted(names_by_key):
            kind = registry.entities[key].kind if key in registry.entities else key.split("/")[0]
            evidence = PASSING if key in self.passing_topics else self.evidence.get(key, "registry")
            refs.append(EntityRef(key=key, kind=kind, name=names_by_key[key], role=self.roles.get(key, ""),
                                  registered=key in registry.entities, evidence=evidence))

        candidates = []
        for name, hits in self.sequences.items():
            if name not in self.person_names:
                text = parts[hits[0][0]][0]
                candidates.append(Candidate(name=name, kind="person?", count=len(hits), evidence="capitalised name",
                                            context=text[max(0, hits[0][1] - 60):hits[0][2] + 60]))
        for ref in refs:
            if not ref.registered:
                own = [x for x in mentions if x.key == ref.key]
                candidates.append(Candidate(name=ref.name, kind=ref.kind, count=len(own),
                                            evidence=ref.evidence, context=own[0].sentence))

        refs = _with_person(refs, self.article.speaker, "speaker", registry)
        writers = {loose(n) for n in split_names(self.article.author)} if self.article.author else set()
        for name in _contacts((*self.article.furniture, *self.article.boilerplate, *self.article.paragraphs[-3:],
                               self.article.rights), self.lex):
            if loose(name) not in writers:  # (the release's own writer, its contact too: its author, not in it)
                refs = _with_person(refs, name, "media contact", registry)
        refs = _apply_overrides(refs, self.article.meta, registry)
        return Extraction(entities=tuple(refs), mentions=tuple(mentions), quotes=tuple(quotes),
                          phrases=tuple(phrases), events=tuple(_events(self.article, self.rules)),
                          candidates=tuple(candidates))


_QUALIFIERS = {"former", "Former", "then", "acting", "Acting", "deputy", "Deputy", "vice", "Vice", "senior", "Senior"}
_ORG_CONNECTORS = {"of", "and", "for", "&"}
# (The run's first character matched before its lookbehind, then what follows it: a pattern that opens with a
# character set is scanned for it in C. The same runs as "(?<![\w])(?:[A-Z][\w&.'’-]*|of|and|for|&)(?:...)*".)
BIO_MAX_WORDS = 60
# A wire's credit under the text: "(Reporting by A in Jakarta and B in Washington; Editing by C)"
_CREDIT_LINE = re.compile(r"\(?(?:Reporting|Writing|Additional reporting|Editing|Compiled) by\b")
_ORG_RUN = re.compile(r"[A-Zoaf&](?<!\w.)(?:(?<=[A-Z])[\w&.'’-]*|(?<=o)f|(?<=a)nd|(?<=f)or|(?<=&))"
                      r"(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|&))*")
_DIGIT = re.compile(r"\d")
_LEGAL_FORM = re.compile(rf"\b(?:Co\.|Corporation|Company|{LEGAL_FORM})$")
_ORG_CONTEXT = re.compile(r"(?:\bat|\bof|\bfrom|\bwith|\bjoined|\bby|\bfor|\bfirm|\bcompany|\blender|\bmaker"
                          r"|\bstartup|\bgroup|\bconsultancy|\bagency)\s+(?:the\s+)?(?:[\w.'’-]+-based\s+)?$")


_BASED = re.compile(r"-[a-z]+$")
_DOTTED_IN_NAME = re.compile(r"(?:[A-Z]\.)+|Co\.|Corp\.|Inc\.|Ltd\.|St\.")


def _matches_ignoring_case(pattern: re.Pattern[str], text: str):
    """(start, end, matched text) of each match of a case-insensitive ``pattern`` in ``text``, as
    ``finditer`` gives them. ASCII text is searched lower-cased by the pattern made case-sensitive
    (``_case_sensitive``), the same matches at the same places, in a third less time."""
    lowered = _case_sensitive(pattern) if text.isascii() else None
    if lowered is None:
        return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
    return [(m.start(), m.end(), text[m.start():m.end()]) for m in lowered.finditer(text.lower())]


def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern written in lower case, as a case-sensitive one that matches lower-cased
    ASCII text where the pattern matches the text; None where that would not hold: other flags, a
    capital in the pattern (a letter, or an escape such as ``\\W``), or a character outside ASCII that
    matches an ASCII letter when case is ignored (the long s, the Kelvin sign, a dotless i)."""
    # Kept by the pattern's identity: a compiled pattern's hash reads all its code, every time.
    made = _CASE_SENSITIVE.get(id(pattern))
    if made is not None and made[0] is pattern:
        return made[1]
    source = pattern.pattern
    if pattern.flags != re.IGNORECASE | re.UNICODE or source != source.lower() or any(
            not c.isascii() and any(re.fullmatch(re.escape(c), a, re.IGNORECASE) for a in string.ascii_letters)
            for c in set(source)):
        lowered = None
    else:
        lowered = re.compile(source)
    if len(_CASE_SENSITIVE) >= 8:
        _CASE_SENSITIVE.clear()
    _CASE_SENSITIVE[id(pattern)] = (pattern, lowered)
    return lowered


_CASE_SENSITIVE: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


@lru_cache(maxsize=8)
def _suffix_word_ends(org_suffix: re.Pattern[str], suffixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """A quick test a run of capitalised words must pass for ``_organization_name`` to find a name in it:
    a name ends where a word of the run ends in an organization suffix (``org_suffix``, ending at a word's
    end), so some word (its full stops aside) ends in a suffix's last word. None (no test) when
    ``org_suffix`` is not the plain alternation of ``suffixes`` this reads."""
    if org_suffix.pattern != rf"(?:{_alternation(suffixes)})$" or org_suffix.flags & re.IGNORECASE:
        return None
    return re.compile(rf"(?:{_alternation({s.split(' ')[-1] for s in suffixes})})\.*(?:\s|\Z)")


def _organization_name(words: list[str], lex: Lexicon, common: set[str]) -> str:
    """The organization name inside a run of capitalised words, or "" when there is none."""
    if len(words) < 2:
        return ""  # words are only ever dropped below, and a name has two ("of", "The" and "Reuters" are runs too)
    # "the Communist Party's Central Foreign Affairs Commission": the name starts after a possessive.
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))]
    first = owners[-1] + 1 if owners else 0
    # Leading words that cannot open a name go; a registered name (at most name_words long) stays.
    while first < len(words) and not (words[first] in lex.name_heads and any(
            " ".join(words[first:first + k]) in lex.names for k in range(1, lex.name_words + 1))) \
            and (words[first] in _ORG_CONNECTORS or words[first] in lex.not_people or words[first].lower() in common
                 or words[first] in {"The", "A", "An", "At", "In", "On", "By", "From", "With"}
                 or _BASED.search(words[first])):  # "Beijing-based"
        first += 1
    words = words[first:]
    for i, w in enumerate(words[:-1]):
        if w.endswith(".") and not _DOTTED_IN_NAME.fullmatch(w):
            words = words[:i + 1]  # "... Strategic Technology. The views": the sentence ended
            break
    if words and words[-1].endswith(".") and not lex.org_suffix.search(words[-1]):
        words[-1] = words[-1].rstrip(".")  # the sentence's full stop, not "Co."
    # Which prefixes of the run end with a suffix: each is tested on the joined run up to its end,
    # so the run is joined once, not once per word.
    joined = " ".join(words)
    ends = list(itertools.accumulate(len(w) + 1 for w in words))
    suffix_at = [i for i, end in enumerate(ends) if _ends_with_suffix(lex, joined, end - 1)]
    if not suffix_at and words and words[0] in lex.org_heads:
        suffix_at = [len(words) - 1]  # "Universiti Teknologi Perdana": its kind first, the run its name
    if not suffix_at:
        return ""
    cut = suffix_at[-1] + 1
    if cut < len(words) and words[cut] in ("of", "for"):
        cut = len(words)  # "Bureau of Industry and Information Technology"
    words = words[:cut]
    while words and words[-1] in _ORG_CONNECTORS:
        words.pop()
    if len(words) < 2 or words[0] in _ORG_CONNECTORS:
        return ""
    return " ".join(words)


def _with_person(refs: list[EntityRef], name: str, role: str, registry: Registry) -> list[EntityRef]:
    """A speech's speaker, a release's media contact: people of the briefing even when the text
    never names them."""
    if not name:
        return refs
    surname = name.split()[-1].lower()
    if any(r.kind == "person" and (r.name == name or r.name.split()[-1].lower() == surname) for r in refs):
        return refs
    key = registry.names().get(name) or f"person/{slugify(name)}"
    entity = registry.entities.get(key)
    return refs + [EntityRef(key=key, kind="person", name=entity.name if entity else name, role=role,
                             registered=entity is not None, evidence=role)]


# "Media Contact: Karen Whitfield, (202) 482-2721": a contact line of the page's furniture.
_CONTACT = re.compile(r"\b(?:[Cc]ontacts?|[Rr]elations|[Ii]nquiries|[Ee]nquiries|CONTACTS?|[Cc]lient [Ss]ervices)\s*[:：]\s*(?P<name>[^,;(|]+)")


def _contacts(furniture: tuple[str, ...], lex: Lexicon) -> list[str]:
    names = []
    for index, line in enumerate(furniture):
        m = _CONTACT.search(line)
        if not m and index and re.search(r"[:：]\s*$", furniture[index - 1]) and _CONTACT.search(furniture[index - 1] + " x"):
            m = re.match(r"(?P<name>[^,;(|]+)", line)  # "Media Contact:" on its own line, the name under it
        # "Media Contact: Office of Public Affairs, Katherine Ellery, (202) ...": the name may follow its office.
        for segment in re.split(r"[,;(|]", line[m.start("name"):])[:3] if m else []:
            tokens = segment.split()
            # "Media Contact: Layla Haddad Head of Communications": the name, then its job on the next line
            tokens = next((tokens[:n] for n in (3, 2) if len(tokens) >= n and _person_like(tokens[:n], lex, set())
                           and "of" not in tokens[:n] and all(t[:1].isalpha() and t[:1].isupper() for t in tokens[:n])
                           and (len(tokens) == n or tokens[n][:1].isupper() and not lex.org_suffix.fullmatch(tokens[n]))), [])
            if tokens and "@" not in segment:
                names.append(" ".join(tokens))
                break
    return names


# Front-matter overrides


def _apply_overrides(refs: list[EntityRef], meta: dict, registry: Registry) -> list[EntityRef]:
    """A seed's ``people:``/``topics:``... lists replace what the rules found for that kind."""
    if not any(k.section in meta for k in MENTIONED_KINDS):
        return refs
    names = registry.names()
    for field_name, kind in ((k.section, k.name) for k in MENTIONED_KINDS):
        if field_name not in meta:
            continue
        kept = {r.key: r for r in refs if r.kind == kind}
        chosen: list[EntityRef] = []
        for name in meta[field_name]:
            key = names.get(name) or next((r.key for r in kept.values() if r.name == name), None) \
                or f"{kind}/{slugify(name)}"
            if not key.startswith(kind + "/"):
                continue
            if key in kept:
                chosen.append(kept[key])
            else:
                entity = registry.entities.get(key)
                chosen.append(EntityRef(key=key, kind=kind, name=entity.name if entity else name,
                                        registered=entity is not None, evidence="front matter"))
        refs = [r for r in refs if r.kind != kind] + chosen
    return sorted({r.key: r for r in refs}.values(), key=lambda r: r.key)


# Quotes


@dataclass(frozen=True)
class _QuotePatterns:
    """Attribution shapes around a quotation. Names are matched loosely here and checked against
    the people this briefing mentions, so the patterns compile once, not once per article."""

    after: re.Pattern[str]  # '," said Kevin Xu' / '," Tong said'
    before: re.Pattern[str]  # 'Kevin Xu said: "' / 'according to Tong, "'
    in_sentence: re.Pattern[str]  # 'Bessent told reporters that export controls were "not on the table"'
    according_after: re.Pattern[str]  # 'a "preliminary consensus", according to Li Chenggang'
    said: re.Pattern[str]  # 'Cutler said the truce was fragile.'


# A Romance language's object pronoun before the verb: "A, de su centro de control, lo explicó así:", "B l'a dit", "C le
# résume ainsi"; or the writer it was said to: "A, director del SNIG, me dijo el jueves que ...", "B m'a expliqué"
_CLITIC = r"(?:(?:lo|la|le|les|se|nos|lhe|lhes|gli|me|mi|te|ti|ci|vi|nous|vous|lui|leur)\s+|[lmt]['’])?"
_AUXILIARY = r"(?:(?:would|will|has|had|once|later|then|also)\s+)?" + _CLITIC  # "he would say", "she later told"
_NAMEISH = rf"[{_UP}][\w'’.-]*(?:\s+(?:(?:de|van|von|der|den|da|di|du|del|le|la|bin|al)\s+){{0,2}}[{_UP}][\w'’.-]*){{0,4}}"  # ("Joost van der Linde")
# ... its words taken whole where a space, a comma or a bracket follows each (the speaker pattern `said`): giving back
# a word's last letters cannot help such a match, so the engine need not try every shorter word at every capital.
_NAMEISH_WHOLE_WORDS = _NAMEISH.replace(r"[\w'’.-]*", r"[\w'’.-]*+")
# "Rep. John Moolenaar (R-Mich.), chairman of ..., said": a lawmaker's party and state after the name.
_PARTY_TAG = r"(?:\s+\([A-Z][\w.]*(?:-|/|,\s*)[A-Z][\w.]*\))?"  # (... or a European group: "Annika Rothkegel (Greens/EFA)")
# A name after its official title: "said Assistant Secretary for Export Administration Thea D. Rozman Kendler".
# (a retired officer's rank in brackets among them: "Col. (retd) Vikram Sehgal")
_TITLED_NAMEISH = (rf"[{_UP}][\w'’.-]*(?:\s+\((?:[Rr]et|[Rr]etd)\.?\))?(?:\s+(?:(?:of|for|and|the|on|in|de|van|von|der|den|da|du|del|la|bin)\s+){{0,2}}"
                   rf"[{_UP}][\w'’.-]*){{0,10}}")
# ("which the industry calls "phone home"": a term someone else uses; "what she calls "two of everything"": her words)
_MODIFIER = re.compile(r"(?:\b(?:a|an|the|so-called|called|(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwe )(?<!\bI )calls?|known as|dubbed|dubs|termed|its|his|her|their|our)|[’']s)\s*$", re.I)
# '... described the outcome as a "basic framework consensus"': after "described ... as a" the quoted
# words are the speaker's characterisation, not a modifier.
_DESCRIBED_AS = re.compile(r"\b(?:described|describing|characteri[sz]ed|framed|portrayed|depicted)\b[^\"“”.;]{0,80}?"
                           r"\bas\s+(?:an?\s+|the\s+)?$")


# ", chief operating officer": a role in lower case after a name
_ROLE_APPOSED = re.compile(r",\s+(?:the\s+|a\s+|an\s+|its\s+)?[a-z]")
# ", the Hon. " between an office and the name after it
# The articles and possessives before a role in French, Spanish, Portuguese and Italian ("son directeur général", "la
# gerente general")
# The outlet a South Slavic or Polish speaker told it to, between the verb and the name: "kaže za Neretvanski vrtlar A",
# "powiedział dla Gazety Rolnej B"
_TOLD_OUTLET = rf"(?:za|dla)\s+[{_UP}][\w'’-]*(?:\s+[\w'’-]+){{0,3}}?"
_ROMANCE_DETERMINERS = "el|la|los|las|le|les|lo|il|o|a|os|as|son|sa|ses|leur|su|sus|seu|sua|suo"  # (Portuguese "o", "a")
_APPOSED_NAME = re.compile(rf"(?:\s*\([{_UP}]{{2,6}}\))?,\s+(?:the\s+)?(?:(?:Rt\.?\s+)?Hon(?:ourable|orable|\.)?\s+|(?:{HONORIFIC_WORDS})\.?\s+)?")


_PARTICIPLES = r"(?:writing|saying|adding|noting|arguing|warning|describing|calling|terming|branding|labell?ing)"  # "..., writing that '...'": speech after a clause
# (... or "struck a similar note in an interview, describing the suspension as "a pause, not a repeal."")
# ... after a first clause whose verb is irregular: "He Lifeng made much the same point this month, saying ..."
_INITIAL_DOT = r"(?<=\b[A-Z])\."  # the full stops of "the U.S. view", no sentence's end
# ... and of a month's or a title's short form: "declined to comment on Jan. 21, saying only that ..."
ATTRIBUTION_BEFORE_REACH = 240  # characters before a quotation searched for its speaker (a long who-clause between)
# ... and of its sentence, searched for who frames it ("according to A, ..."): a scan from the sentence's start for
# every quotation would be quadratic in one endless sentence
SENTENCE_LOOK_BACK = 300
_SHORT_FORM_DOT = "(?:" + "|".join(rf"(?<=\b{w})" for w in ("Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
                                                            "Mr", "Ms", "Mrs", "Dr", "Sen", "Rep", "Gov", "St", "No")) + r")\."


_OPENING_PREPOSITION = r"(?:In|At|On|From|For|With|After|Before|During|Under|Since|Across|Inside|Outside|Throughout|Meanwhile)"
_IRREGULAR_PAST = r"(?:made|gave|took|struck|kept|held|put|set|sent|wrote|spoke|went|came|met|led|left|got|saw|drew|threw|hit|did|was)"  # ("did not confirm the plan but said", "was more measured ..., saying")


# The small word between an office and the body it is of: "directora de Sanidad Vegetal", "Mwenyekiti wa Mngeta AMCOS"
_ROLE_OF = re.compile(r"\s(?:of|for|de|del|de la|da|do|du|des|di|wa|ya|za|dari)\s+$")
# A clause on who a name is, right after it: "A, who chairs the council, ..." (a body is "which")
_STREET_KINDS = frozenset({"Road", "Rd", "Street", "Avenue", "Ave", "Boulevard", "Blvd", "Lane", "Highway", "Marg", "Straße",
                           "Strasse", "Calle", "Rua", "Avenida", "Ulica"})
_WHO_DOES = re.compile(r",\s+who\s+(?:also\s+)?[a-z]+(?:s|ed)\s+[a-z]")  # "A, who sells pepper", "B, who stacks shelves"
_WHO_CLAUSE = re.compile(r",\s+who\s+(?:chairs|heads|leads|runs|directs|manages|founded|co-founded|owns|represents|designed|built|"
                         r"trains|trained|started|created|"
                         r"teaches|studies|researches|works|worked|has\s+(?:led|run|headed|worked|studied|covered)|"
                         r"was\s+(?:appointed|named|elected))\b")


@lru_cache(maxsize=8)
def _quote_patterns(speech: str, roles: str = "(?!)", weekdays: str = "(?!)") -> _QuotePatterns:
    # "the president said": a speaker named by role, found among the people named before
    # ... "the vice-premier", "the EU's trade commissioner" (but "The business secretary, Peter Kyle, said": the name speaks)
    # (... nor "said the lead author Hannah Kerslake": the role, then the name that speaks)
    role = rf"[Tt]he\s+(?:[\w'’]+[\s-]){{0,2}}?(?:{roles})\b(?!,\s*[{_UP}])(?!\s+(?:Dr\.?\s+)?[{_UP}][\w'’-]+\s+[{_UP}][\w'’-]+)"
    return _QuotePatterns(
        # ('„Eine allgemeine Lizenz ist besser als keine" – a general licence is better than none – she told': the words
        # translated between dashes before the attribution)
        after=re.compile(rf"[,.!?]?(?:[\"”]|\s?[»›])?(?:\s+[–—]\s[^–—\"“”]{{2,100}}?\s[–—](?=\s+[\w.]+\s+(?:[\w.]+\s+)?(?:{speech})\b))?"
                         # ('», dit-elle.', '», explique-t-il': French sets the pronoun after the verb, joined by a hyphen)
                         rf"\s*[,—–-]?\s*(?:(?:{speech}|according to)(?:\s+|(?:-t)?-(?=(?:il|elle)\b))"
                         # ('», a écrit son directeur général, Sénam Kpodar,', '”, afirmó el jueves la gerente general de la EPQ,
                         # Marta Lucía Orantes,': a Romance language's order, the day after the verb, the role's article or
                         # possessive before the role)
                         # (... and where: '», afirmó el martes en La Paz el presidente de la Empresa Nacional de Electricidad
                         # (ENDE), Gualberto Zambrana Rocha,': the role's body, its initials in brackets, before the name)
                         rf"(?:(?:el|le|o|na|no)\s+(?:{weekdays})\s+(?:(?:en|à|em|a)\s+[{_UP}][\w'’-]*(?:\s+[{_UP}][\w'’-]*){{0,2}}\s+)?"
                         rf"(?=(?:{_ROMANCE_DETERMINERS})\s|(?:a|à)\s+[{_UP}])(?:(?:a|à)\s+)?)?"
                         # (... or the outlet it was told to, then the speaker: '”, dijo el martes a Surco Norte Deysi Ipanaqué,')
                         # '," said the alliance's chairman, Lim Chee Keong.': a role with its body, then the name
                         # ('," said the executive, Takumi Hosokawa, who ...': a role in lower case, then the name)
                         # ('," said Kade's chief technology officer, Joris Wenting.': the body by its own name)
                         rf"(?:(?:the\s+[\w'’-]+(?:\s+[\w'’-]+){{0,3}}['’]s|[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’-]+){{0,3}}['’]s|its|his|her|their|our|the"
                         rf"|{_ROMANCE_DETERMINERS})\s+[a-zà-ÿ][\w -]{{1,30}}?,\s+(?=[{_UP}])"
                         rf"|(?:{_ROMANCE_DETERMINERS})\s+[a-zà-ÿ][\w-]{{2,20}}\s+(?:de|del|de la|da|do|du|de l['’]|des)\s+[{_UP}][\w '’().-]{{2,70}}?,\s+(?=[{_UP}])"
                         # ('," said the Commissioner for Port Services, Miriam Cauchi Galea.': an office by its title)
                         # (... printed bare where a language has no article, its office capitalised: '," alisema Mwenyekiti wa
                         # Rufiji Farmers Union, Halima Msangi', '," kata Ketua Koperasi Tani Makmur, Budi Hartanto')
                         rf"|(?:the\s+(?:[{_UP}][\w'’-]*\s+){{0,2}}(?i:{roles})|(?=[{_UP}])(?i:{roles})(?=\s+(?:[a-z]{{1,3}}\s+)?[{_UP}]))"
                         rf"(?:\s+(?:of|for|and|on|the|[a-z]{{1,3}}(?=\s+[{_UP}])|[{_UP}][\w'’&-]*)){{0,6}},\s+(?=[{_UP}]))?"
                         # 'said Fremont City Council member Teresa Huang': a body, a role in lower case, the name
                         # ... '," said lawyer Rajesh Thevarajah-Ong': a role in lower case before the name
                         # ('," says chief executive Hans-Jürgen Vollmer': a role's word in lower case before it too)
                         # ('», a reconnu le Dr Allamine Doungous': a Romance article before the speaker's title)
                         rf"(?:(?:{_ROMANCE_DETERMINERS})\s+(?=(?:{HONORIFIC_WORDS}|Pr|Dre|Me)\.?\s+[{_UP}]))?"
                         # ('“, kaže za Neretvanski vrtlar Anđelko Raspudić': the outlet told, a few words, before the name)
                         rf"(?:{_TOLD_OUTLET}\s+(?=[{_UP}]))?"
                         rf"(?P<a>{role}|{_TITLED_NAMEISH}\s+(?:[a-z][\w-]+\s+)?(?:{roles})\s+{_NAMEISH}|(?:(?:[a-z][\w-]+\s+){{0,3}}?(?:{roles})\s+)?{_TITLED_NAMEISH}|he|she|(?<=-)(?:il|elle)\b)"
                         # '," ministry spokesperson He Yadong told': lower-case role words before the name;
                         # '," Rep. Jordan Ames of Ohio, who sits on ..., said': a place after the name
                         # ('," Under Secretary of Commerce for Industry and Security Jeffrey Kessler said': a long title;
                         # but '" and called him a tough negotiator, while Xi said': another clause's speaker)
                         # ('," Chinese Nationalist Party (KMT) Legislator Yu Mei-hua said': a party's initials in brackets)
                         rf"|(?:(?!(?:while|whereas|but|although|though|because|when|after|before)\b)(?:[\w'’-]+|\([{_UP}]{{2,6}}\)),?\s+){{0,8}}?(?P<b>{role}|{_NAMEISH}|[Hh]e|[Ss]he)(?:\s+of\s+[{_UP}][\w.]*(?:\s+[{_UP}][\w.]*)?)?"
                         # ... or a party and state in brackets: '," Sen. Elizabeth Warren (D-Mass.) said', '," Legislator A (KMT) said'
                         # (or as a newspaper writes it: '," Sen. A (D., Mich.) said')
                         rf"(?:\s*\((?:[DRI](?:-|\.,\s*)[{_UP}][\w.]*(?:\s[{_UP}][\w.]*)?|[{_UP}]{{2,6}})\))?"
                         # (a long apposition: ', Maarten de Vries, chief financial officer of X, a Dutch supplier of ... for
                         # lithography tools, said')
                         # ('," the company's general manager, Álvaro Benavides, said': the apposition's comma only)
                         rf"(?:,[^\"“”]{{0,160}}?,|,)?\s+{_AUXILIARY}(?:{speech})\b)"),
        # 'Liang Hao, told me across a conference table in Beijing, "...': the verb's own words may follow it
        # ('A, de su centro de control, lo explicó así en un foro el miércoles: "..."': an apposition in lower case before
        # the verb; not 'the prime minister, Pedro Sánchez, China's president, Xi Jinping, said', a second name's)
        # (... or a pronoun of a Romance language: 'ele explica a diferença sem rodeios: «...»', 'elle résume: « ... »')
        before=re.compile(rf"(?:(?P<a>{role}|{_NAMEISH}|\b[Hh]e|\b[Ss]he|\b(?:ele|ela|él|ella|il|elle)(?=\s))(?:,\s+[a-z][^\"“”,]{{0,160}}?,)?,?\s+{_AUXILIARY}(?:{speech})\b(?:\s+(?:that|in an interview|on \w+)"
                          rf"|[^\"“”.;]{{0,60}}?[,:])?"
                          # (not "told Kayamb Info.": whom a speaker told is no speaker)
                          rf"|(?!(?:told|tells|telling)\b)(?:{speech})\s+(?P<b>{_NAMEISH})|[Aa]ccording to (?P<c>{_NAMEISH})"
                          # 'Commerce Secretary Howard Lutnick on TV this morning: "..."': where, then a colon
                          # ('[Soundbite] Kim Tae-hoon (Director, Korea Battery Industry Association): "..."': a
                          # broadcast's soundbite, the speaker's job in brackets)
                          rf"|(?P<d>{_NAMEISH})(?:\s*\([^()\"“”]{{3,120}}\))?(?:\s+(?:on|in|at|to|via)\s+[^\"“”.;:]{{1,40}})?:"
                          # 'Felipe Contreras Lagos, who has traded copper for twenty years, summed it up over lunch: "..."'
                          # (a verb of speech before the colon is read by the patterns above)
                          rf"|(?P<e>{_NAMEISH})(?![^\"“”]*\b(?:{speech})\b){_PARTY_TAG}(?:,[^\"“”]{{0,160}}?,|,)?\s+[a-z][\w-]*\b(?:[^\"“”.;:]|{_INITIAL_DOT}){{0,120}}:"
                          # 'Bernd Lange, chair of the European Parliament's trade committee: "..."': a reaction in a list
                          rf"|(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))(?P<f>{_NAMEISH}),\s+[a-z][^\"“”.;:]{{2,140}}:)"
                          rf"\s*[,:]?\s*$"),
        # "Sun Yiming of the School of Integrated Circuits at Tsinghua University said that ...": an affiliation
        # (... or "of our own center": the writer's own body)
        # ("(Meanwhile, in) Canberra, opposition spokeswoman Susan McDonald called ...": a place's phrase speaks not)
        in_sentence=re.compile(rf"(?:\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+{_NAMEISH},\s+(?=[{_UP}]))?(?P<a>\b{role}|(?!{_OPENING_PREPOSITION}\b)(?<!\bin\s)(?<!\bat\s)(?<!\bnear\s){_NAMEISH}(?:\s+(?:of|at|from|on)\s+(?:the\s+)?{_TITLED_NAMEISH}){{0,2}}"
                               rf"(?:\s+(?:of|at|from)\s+(?:our|their)\s+(?:own\s+)?[a-z]+)?|\b[Hh]e|\b[Ss]he)"
                               # ("Secretary Bessent, who has met ... and who co-chaired ... with Ambassador Greer, said")
                               rf"{_PARTY_TAG}(?:,[^\"“”]{{0,160}}?,|,\s+who\b[^\"“”.;]{{0,320}}?,|,\s+who)?,?\s+"
                               # "Susan McDonald welcomed the contract but said ...": a first clause, then the verb
                               # ... or a first clause, then a participle: "Lai praised the team on Facebook, writing that ..."
                               rf"(?:(?:(?:has|had|have)\s+)?(?:[a-z]+ed|{_IRREGULAR_PAST})\b(?:[^\"“”.;:]{{0,60}}?\s+(?:and|but)\s+"
                               rf"|(?:[^\"“”.;:]|{_INITIAL_DOT}|{_SHORT_FORM_DOT}){{0,140}}?,\s+(?={_PARTICIPLES}\b))"  # ("urged the government to ..., saying")
                               rf"|[a-z]+ed\s+by\s+)?"
                               # ("Embassy spokesperson Xu Fei had earlier described US tariffs as "...")
                               rf"(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+|later\s+|also\s+|then\s+|earlier\s+|already\s+|once\s+)?"
                               rf"{_CLITIC}(?:{speech}|described|called|told|framed|characteri[sz]ed|calling|describing"
                               # "Ebrard has defended the tariffs as a measure to "strengthen the North American region""
                               rf"|defended|hailed|dismissed|branded|touted|welcomed|praised|criticised|criticized|condemned"
                               rf"|{_PARTICIPLES})\b"),
        # ('... be "built by a government that we cannot audit" — those were Assistant Secretary A's words')
        according_after=re.compile(rf"[^\"“”.]{{0,120}}?(?:,?\s+according to|\s+(?:those|these)\s+(?:were|are)"
                                   rf"(?=[^\"“”.]{{0,80}}['’]s\s+(?:own\s+)?words))\s+(?P<a>{_NAMEISH})"),
        said=re.compile(rf"(?:(?P<a>{_NAMEISH_WHOLE_WORDS}){_PARTY_TAG}(?:,[^\"“”]{{0,160}}?,)?\s+{_AUXILIARY}(?:{speech})\b|\b(?:{speech})\s+(?P<b>{_NAMEISH_WHOLE_WORDS}))"),
    )


# "Kung Ming-hsin (龔明鑫) said": a name's own spelling in brackets after it.
_NATIVE_NAME = re.compile(r" [(（][\u3400-\u9fff\uac00-\ud7af·・ ]{1,12}[)）]([,;:]?)")


# '"...," one adviser to a bidder told us', '"...," said a parent': an unnamed speaker after the quote.
_UNNAMED_AFTER = re.compile(r"[,\s]*(?:(?:one|an?|another|two|three|several|some|many)\s+"
                            r"(?!(?:phrase|term|word|line|formula|slogan|remark|comment|message|description|view)s?\b)"
                            r"(?:[\w'’-]+,?\s+){0,9}?"  # ("a senior Economy, Trade and Industry Ministry official said")
                            r"(?:said|says|told|tells|added|adds|noted|explained|argued|warned|insisted)\b"
                            r"|(?:said|says|added|adds)\s+(?:one|an?|another)\s+[a-z]"  # '"...," said a parent from Hefei'
                            # '"...," said the procurement director of a European automaker': a job at a body no one named
                            r"|(?:said|says|added|adds)\s+the\s+(?:[\w'’-]+\s+){1,3}(?:of|at|from|for)\s+(?:a|an|one)\s+[\w-])")


def _without_native_names(paragraph: str) -> str:
    """The paragraph with a name's native spelling blanked out, offsets kept, so that the speech
    verb or the appositive's comma follows the name as it would in plain English."""
    return _NATIVE_NAME.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), paragraph)


_HONORIFIC_WORD = re.compile(rf"(?:{HONORIFIC_WORDS})\.?|The|Hon\.?|Honourable|Honorable|Sir|Dame|Lord|Lady", re.I)
_CLOSES_UNOPENED = re.compile(r"([^\"“”]{2,}?[.!?,])[\"”](?=\s|$)")
# A quotation signed under it, as the European Commission prints one: '"..." Maroš Šefčovič, Commissioner for Trade'
_SIGNED = re.compile(rf"\s+(?:[—–]\s*(?:(?:Dr|Mr|Ms|Mrs|Prof|Rep|Sen)\.?\s+)?)?"  # ... '" — Dr. Naveen Ramaswamy-Cole, Senior Fellow'
                     rf"(?P<a>[{_UP}][\w'’.-]*(?:\s+[{_UP}][\w'’.-]*){{1,3}}),\s+(?P<role>[^\"“”]{{3,160}})$")
# "His assessment was brutal: " before a quotation: the words of the one the sentence before was about.
_POSSESSIVE_LEAD = re.compile(r"(?:His|Her)\s+[a-z][^\"“”.;:]{2,60}:\s*")


# A quote signed after a dash, whatever follows the name: '"..." — Rep. A (D-Texas), on a conference call ...'
_THAT_WAS = re.compile(rf"(?:That|Those)\s+(?:was|were)\s+(?:the\s+words\s+of\s+)?(?P<a>{_NAMEISH})(?=,|\s+(?:who|speaking|talking|at|on|in)\b)")
_WHOLE_QUOTE = re.compile(r"\s*[\"“][^\"“”]{10,}[\"”]\s*")  # a paragraph that is one quotation, nothing else
SIGNED_REACH = 3  # whole quotations over the one line that signs them
_DASH_SIGNED = re.compile(rf"\s*[—–]\s*(?:(?:Dr|Mr|Ms|Mrs|Prof|Rep|Sen)\.?\s+)?(?P<a>[{_UP}][\w'’.-]*(?:\s+[{_UP}][\w'’.-]*){{1,3}})"
                          rf"{_PARTY_TAG}(?:,\s+[^\"“”]{{0,200}})?\.?$")
# ... or after a dash with the job first: '"..." — Secretary of Commerce Howard Lutnick'
_DASH_TITLED = re.compile(rf"\s*[—–]\s*(?P<role>[{_UP}][^\"“”,.;:]{{2,80}}?)\s+(?P<a>[{_UP}][\w'’-]+(?:\s+[{_UP}][\w'’.-]*){{1,2}})\.?$")
_HE_OR_SHE_OPENS = re.compile(r"(?:[A-Z]\w*,?\s+){0,2}(?:he|she|He|She)\s+[a-z]")
_HE_OR_SHE_EARLY = re.compile(r"(?:[\w'’-]+,?\s+){0,8}?(?:he|she)\s+[a-z]")  # ... after a phrase of time or place
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(—–]))['‘](?=[A-Za-z0-9])")
_SINGLE_AFTER_COLON = re.compile(r":\s+['‘][A-Z][^\n]{15,}?[.!?]['’](?=\s|$)")
_SINGLE_AFTER_SAID = re.compile(r"\b(?:said|says|told|added|warned|argued)\b(?:[^.'‘’\"“”\n]|(?<=\w)['’](?=\w)){0,80}?\s['‘][a-z]"
                                r"[^'‘’\n]{5,}?['’](?=[\s,.;])")
_SINGLE_SAID = re.compile(r"[,.?!]['’]\s+(?:(?:he|she|they|[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3}\s+(?:said|added|says|told|warned|explained)\b"
                          r"|(?:said|says|added|told)\s+[A-Z])")  # ... "'...,' said Dagmar Lindqvist-Obi"


_BODY_SUBJECT = re.compile(r"\b(?:[Ee]mbassy|[Mm]inistry|[Dd]epartment|[Gg]overnment|[Cc]ommission|[Bb]ureau|[Aa]gency|[Cc]ouncil"
                           r"|[Cc]hamber|[Aa]ssociation|White House|Kremlin|Pentagon|[Cc]onsulate)"
                           r"(?:\s+(?:in|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:(?:has|have|had)\s+)?"  # ("has urged")
                           r"(?:[a-z]+ed|said|says|called|described)\b")
_ACCORDING_BEFORE = re.compile(rf"\b(?:[Aa]ccording to|[Ii]n the words of)\s+(?:[a-z][\w-]*\s+|[A-Z]{{2,}}\s+|White House\s+){{0,4}}(?P<a>{_NAMEISH}),")


def _double_quoted(article: Article) -> Article:
    """An article that quotes in single marks, the British papers' way ('People are walking in,' he said), as
    if it quoted in double ones, mark for mark, so that offsets stay. Only when it has no double marks at all
    and attributes at least two quotations so: an apostrophe ("don't", "three years' time") is no quote."""
    text = "\n".join(article.paragraphs)
    if _OTHER_MARKS.search(text):
        article = dataclasses.replace(article, paragraphs=tuple(map(_marks_doubled, article.paragraphs)))
        text = "\n".join(article.paragraphs)
    if _DASHED_ATTRIBUTION.search(text):
        article = dataclasses.replace(article, paragraphs=tuple(_DASHED_ATTRIBUTION.sub(_attribution_outside, p) for p in article.paragraphs))
        text = "\n".join(article.paragraphs)
    if " as saying" in text:
        # "the state news agency quoted him as saying that China would "meet the US side halfway"": the one quoted is the
        # subject of "as saying", read as "he" (letter for letter, so that offsets stay)
        article = dataclasses.replace(article, paragraphs=tuple(_QUOTED_AS.sub(_as_subject, p) for p in article.paragraphs))
        text = "\n".join(article.paragraphs)
    # (double marks only around a word or three: "next week" quoted inside a single-quoted quotation, the British way)
    # (... or "... made the point sharply: 'We're building three lifeboats ...'", "said that it would 'prioritise partners'")
    # (a longer double-quoted span first: most articles have one, and it answers before three patterns scan the text)
    if any(len(m.group(1).split()) > 3 for m in _DOUBLE_SPAN.finditer(text)):
        return article
    signals = len(_SINGLE_SAID.findall(text)) + len(_SINGLE_AFTER_COLON.findall(text)) + len(_SINGLE_AFTER_SAID.findall(text))
    if signals < 2:
        return article
    return dataclasses.replace(article, paragraphs=tuple(_singles_doubled(p) for p in article.paragraphs))


_QUOTED_AS = re.compile(r"\b(quoted\s+)(him|her)(?=\s+as\s+saying\b)")
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|headed)\s*[:,]?\s*$", re.I)


def _last_sentence_start(text: str) -> int:
    """Where a paragraph's last sentence begins, loosely ("... since Monday. A, its director, said:"): the one its
    closing colon introduces words with."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[^\W\d_])", text.rstrip())]
    return ends[-1] if ends else 0


_SLAVIC_IN = re.compile(r"(?<!\w)(?:в|у|во|ві|w|we|v|ve)\s+$")  # "in" before a place, in the place's own case
_FULL_STOP = re.compile(r"[.!?](?=\s|$)")
# A clause that names someone other than the speaker: '"...," said the report, which cited lawyer A', '... filed by A'
_CLAUSE_OF_ANOTHER = re.compile(r",\s*(?:which|that|who|whom|whose|котор\w*|який|яка|які)\b|\b(?:by|for|to|with)\b")
# A quotation its attribution interrupts between dashes, inside its marks, the Russian and Ukrainian way: '“We will keep
# the drones, — said the deputy minister A. — But the data must stay here”'
_DASHED_ATTRIBUTION = re.compile(r"(?<=[^\s“”]),(\s[—–]\s)(?=[^\W\d_])([^“”—–\n]{3,240}?[.,])\s[—–]\s(?=[^“”\n]*”)")


def _attribution_outside(match: re.Match[str]) -> str:
    """The quotation closed before its attribution and opened again after it, mark for mark ('..., — said A. — But'
    as '...” — said A.  “But'), where the attribution opens in lower case, as a verb does; so offsets stay."""
    if not match.group(2)[:1].islower() or not _inside_quotation(match.string, match.start()):
        return match.group(0)
    return f"”{match.group(1)}{match.group(2)}  “"


def _inside_quotation(text: str, at: int) -> bool:
    return text.count("“", 0, at) > text.count("”", 0, at)


def _as_subject(match: re.Match[str]) -> str:
    return match.group(1) + (" he" if match.group(2) == "him" else "she")


_DOUBLE_SPAN = re.compile(r"[\"“]([^\"“”\n]*)[\"”]?")


# Quotation marks of other languages, kept by translations and English editions: « », » «, „ “, „ ”, 「 」 (and
# 『 』 inside them).
_OTHER_MARKS = re.compile(r"[«»„「」『』]")


def _marks_doubled(paragraph: str) -> str:
    """A paragraph's «...», »...«, „...“ and 「...」 as “...”, mark for mark, so that offsets stay; 『...』 (a quotation
    inside one) as ‘...’."""
    if not _OTHER_MARKS.search(paragraph):
        return paragraph
    french = paragraph.find("«")
    german = paragraph.find("»")
    if german >= 0 and (french < 0 or german < french):
        paragraph = paragraph.replace("»", "“").replace("«", "”")  # »Zitat«
    else:
        paragraph = paragraph.replace("«", "“").replace("»", "”")  # « citation »
    paragraph = re.sub(r"„([^„“”\"]*)“", r"“\1”", paragraph)  # „Zitat“: its closing mark opens in English
    paragraph = re.sub(r"„([^„“”\"]*)\"", r"“\1”", paragraph)  # „Zitat" (a typewriter's closing mark)
    return paragraph.translate(_MARKS_TABLE)


_MARKS_TABLE = str.maketrans({"„": "“", "「": "“", "」": "”", "『": "‘", "』": "’"})


def _singles_doubled(paragraph: str) -> str:
    chars = list(paragraph)
    open_at = -1
    for i, c in enumerate(chars):
        if c not in "'‘’":
            continue
        if open_at < 0 and _SINGLE_OPEN.match(paragraph, i):
            open_at = i
        elif open_at >= 0 and i > open_at + 1 and not paragraph[i - 1].isspace() \
                and (i + 1 == len(paragraph) or not paragraph[i + 1].isalnum()) \
                and (paragraph[i - 1] in ",.?!;:" or i + 1 == len(paragraph) or paragraph[i + 1] in " ,.;:?!)—–"):
            chars[open_at], chars[i] = "“", "”"
            for k in range(open_at + 1, i):  # ... and the double marks inside it single: 'They told us "next week"'
                if chars[k] in "\"“”":
                    chars[k] = "’" if chars[k] == "”" or chars[k] == "\"" and not chars[k - 1].isspace() else "‘"
            open_at = -1
    return "".join(chars)


NAME_IN_QUOTES_MAX_WORDS = 4  # a quotation this short, each word capitalised, is a name (a firm's, a title), no speech


def _quotes(article: Article, lex: Lexicon, found: list[_Found],
            abbreviations: tuple[str, ...] = ()) -> tuple[list[Quote], list[str]]:
    """Attributed direct quotations, and short unattributed scare quotes."""
    patterns = _quote_patterns(lex.speech, lex.roles, lex.weekdays)
    role_named = re.compile(rf"[Tt]he\s+(?:[\w'’]+[\s-]){{0,2}}?((?i:{lex.roles}))$")  # ("The Director-General": capitalised)
    descriptions = dict(lex.descriptions)
    people_in: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    for f in found:
        if f.key.startswith("person/"):
            people_in[f.part].append((f.start, f.end, f.key))
    for spans in people_in.values():
        spans.sort()
    # Positions, so that "who is named here" and "who was named last" are bisections, not scans.
    starts_in = {index: [s for s, _, _ in spans] for index, spans in people_in.items()}
    everyone = sorted((f.part, f.start, f.key) for f in found if f.key.startswith("person/"))
    first_named: dict[str, tuple[int, int]] = {}  # where the text first names each person (a title may come before it)
    for part, start, key in everyone:
        first_named.setdefault(key, (part, start))
    named_he = {key for _, _, key in everyone if key.startswith("person/he-")}  # the people "He" may name (once, not per hit)
    he_named_at = [(part, start, key) for part, start, key in everyone if key in named_he]  # ... where, in order

    def person(index: int, match: re.Match[str], group: str, offset: int, fallback: str) -> str:
        """The person a loosely matched name is: the mention inside it nearest the speech verb."""
        text = match.group(group)
        at = offset + match.start(group)
        if text == "He" and index < len(article.paragraphs) and _HE_AS_NAME_BEFORE.search(article.paragraphs[index], max(0, at - 40), at):
            # '"...," He said': after the quotation's comma a pronoun is "he"; "He" is the surname of the one He named
            # ... and so after a word in lower case or a comma: "Xinhua quoted He as saying", "Asked whether ..., He said"
            if len(named_he) == 1:
                return next(iter(named_he))
            # (of several, the last one named before it: "MOFCOM spokesperson He Yongqian said ..." over '"...," He said',
            # with Vice Premier He Lifeng named further down)
            before = bisect_left(he_named_at, (index, at))
            if before:
                return he_named_at[before - 1][2]
        if _pronoun(text):
            return fallback
        by_role = role_named.match(text)
        capitalised = not by_role and index < len(article.paragraphs) \
            and bool(re.search(r"\b[Tt]he\s+$", article.paragraphs[index][max(0, at - 5):at]))
        if capitalised:
            # ('"...," the Minister said', its "Minister" read as a name's word: only one named before with the title)
            by_role = role_named.match(f"the {text}")
        if by_role:
            found = _by_role(by_role.group(1).lower(), (index, offset + match.start(group)), ahead=not capitalised)
            paragraph = article.paragraphs[index] if index < len(article.paragraphs) else ""
            named = {key for part, start, key in everyone[bisect_left(everyone, (index, 0, "")):bisect_left(everyone, (index, at, ""))]} \
                if not found and re.match(r"\s+of\s+[A-Z]", paragraph[offset + match.end(group):]) else set()
            if len(named) == 1:
                # '"Half of these go to China," says the director of Meulendijks Precisie': the one the paragraph named
                found = next(iter(named))
            return found
        start, end = offset + match.start(group), offset + match.end(group)
        spans = people_in.get(index, ())
        inside = []
        for i in range(bisect_left(starts_in.get(index, ()), start), len(spans)):
            s, e, key = spans[i]
            if s > end:
                break
            if e <= end:
                inside.append(key)
        if not inside:
            return ""
        verb_first = match.start(group) > match.start()  # "said Priya Raman. Later ..."
        return inside[0] if verb_first else inside[-1]

    def _since(part: int, start: int) -> int:
        """Where a name's title may begin: within an office's reach before it, after the name before it in its
        paragraph ("Secretary Bessent, who has met with Vice Premier He": "Secretary" is not He's)."""
        n = bisect_left(everyone, (part, start, ""))
        before = everyone[n - 1] if n and everyone[n - 1][0] == part else None
        return max(0, start - OFFICE_REACH, before[1] + 1 if before else 0)

    def _by_role(role: str, at: tuple[int, int], ahead: bool = True) -> str:
        """'the president said': the last person named before, in this paragraph or the three before
        it, whom the text or the registry gives that role ('President Donald Trump', 'Lin Jian, a
        spokesman for ...'); nobody if none."""
        word = re.compile(rf"\b{re.escape(role)}s?\b", re.I)
        for part, start, key in reversed(everyone[max(0, bisect_left(everyone, at) - 40):bisect_left(everyone, at)]):
            if part < at[0] - 3:
                break
            text = article.paragraphs[part] if part < len(article.paragraphs) else ""
            # ... in the mention's own sentence ("Analyst Mei Chen watched. ..., the president said" is not hers)
            until = next((e for s, e in sentence_spans(text, abbreviations) if s <= start < e), start + 90)
            # (not the very title being asked about, in the same sentence: "Dr A, finally, the Minister told us ...")
            stop = min(start + 90, until, at[1] if part == at[0] else len(text))
            if word.search(descriptions.get(key, "")) or word.search(text, _since(part, start), stop):
                return key
        # ... or whom the text gave that role where it first named them ("met Trade Minister Yeo Han-koo ... Yeo said ...
        # The minister added"): the nearest named in those paragraphs who was so introduced
        nearby = [key for part, _, key in reversed(everyone[max(0, bisect_left(everyone, at) - 40):bisect_left(everyone, at)])
                  if part >= at[0] - 3]
        for key in dict.fromkeys(nearby):
            part, start = first_named.get(key, (-1, 0))
            text = article.paragraphs[part] if 0 <= part < len(article.paragraphs) else ""
            if part >= 0 and word.search(text, _since(part, start), start):
                return key
        # ... or, when nobody named before has it, the one the next paragraphs name first, someone new whom no other
        # role introduces: "'This is not a dispute about one company,' the EU's trade commissioner told reporters." /
        # "Maroš Šefčovič, who spoke after a video call with ..., said ..."
        if not ahead:
            return ""
        before = {key for _, _, key in everyone[:bisect_left(everyone, at)]}
        for part, start, key in everyone[bisect_left(everyone, at):]:
            if part > at[0] + 1:
                break
            if key in before or part == at[0]:
                continue
            text = article.paragraphs[part] if part < len(article.paragraphs) else ""
            if text[:start].strip():
                return ""  # (only a name that opens its paragraph, the subject it goes on about)
            other = lex.roles and re.search(rf"\b(?:{lex.roles})\b", text[start:start + 60], re.I)
            return key if not other or word.search(descriptions.get(key, "")) or word.search(text, start, start + 60) else ""
        return ""

    quotes: list[Quote] = []
    phrases: list[str] = []
    own_speech = re.compile(rf"\b(?:{lex.speech})\b")
    verb_next = re.compile(rf"\s*(?:[,—–-]\s*){{0,2}}(?:{lex.speech})\b")  # ('», – пояснив ...': a comma and a dash)

    def left_by(index: int, paragraph: str, person_positions: list[tuple[int, str]],
                spans_here: list[tuple[int, int]]) -> str | None:
        """The speaker a paragraph without an attributed quote leaves to the next; None: the one before goes on."""
        # "Cutler said the truce was fragile." then a paragraph that is all quote: Cutler speaks.
        for said in patterns.said.finditer(paragraph):
            group = "a" if said.group("a") else "b"
            if said.group(group) in ("He", "She") and (said.start(group) == 0 or re.search(r"[.!?][\"”’]?\s+$",
                                                                                      paragraph[:said.start(group)])):
                # "He said ...": the person named last (a pronoun opening its sentence, not "He" Yongqian's family name)
                before = bisect_left(everyone, (index, said.start(group)))
                speaker = everyone[before - 1][2] if before else ""
            else:
                speaker = person(index, said, group, 0, "")
            if speaker:
                return speaker
        named = {key for _, key in person_positions}
        if len(named) == 1 and not _QUOTE.search(paragraph):
            # "Dr. Thomas Albrecht ... He spoke slowly." then a paragraph that is all quote.
            return next(iter(named))
        elif named and not _QUOTE.search(paragraph):
            # "Lin's adviser, Daniel Ferreira, has run his lab ..." then '"...," he said': the
            # subject of the last sentence that names people.
            return _sentence_subjects(person_positions, spans_here, paragraph, strict=True)[-1][1]
        elif not named and (_HE_OR_SHE_OPENS.match(paragraph) or _HE_OR_SHE_EARLY.match(paragraph)
                            and not _SOMEONE_OPENS.match(paragraph)):
            # "But he warned buyers ...", "At the end of the meeting, he walked to the window": the one who spoke goes on,
            # named by no one else
            return None
        elif not named and paragraph.rstrip().endswith("?") and len(spans_here) == 1 and not _QUOTE.search(paragraph) \
                and len(paragraph.split()) <= INTERVIEW_QUESTION_MAX_WORDS:
            # "❓ And cargo that goes on to the United States?" between two answers: the interviewer's question, the one
            # who answered goes on
            return None
        return ""

    # The last speaker, as the paragraphs so far leave it: worked out only when a later paragraph asks (most never do:
    # the speaker pattern run over every paragraph without a quote was the extraction's largest single scan).
    last_speaker = ""
    pending: list[tuple] = []  # the paragraphs after it that may change it, not read yet

    def closing_subject(index: int) -> str:
        """The person the paragraph before's last sentence opens with, when it quotes no one and says no one declined:
        'Kaczmarek has that sentence printed out ...' / '"I believe they mean it," he says.'"""
        if index < 1 or not people_in.get(index - 1):
            return ""
        before = article.paragraphs[index - 1]
        spans = sentence_spans(before, abbreviations)
        if not spans:
            return ""
        start, end = spans[-1]
        if _QUOTE.search(before, start, end) or re.search(r"\b(?:declined|refused|did not respond|could not be reached)\b",
                                                          before[start:end]):
            return ""
        opening = next((key for at, _, key in people_in[index - 1] if start <= at < end), "")
        first_at = next((at for at, _, key in people_in[index - 1] if start <= at < end), -1)
        return opening if first_at >= 0 and not before[start:first_at].strip() else ""

    def newly_named(index: int) -> str:
        """The one person the paragraph before names, when no one has spoken yet in the text who is that person: 'The
        co-operative's chief pilot, Yurii Motruk, has flown them since ... Farmers call the app the "digital leash".' /
        '"...," he said.'"""
        named = {key for _, _, key in people_in.get(index - 1, ())} if index >= 1 else set()
        return next(iter(named)) if len(named) == 1 and not any(q.speaker in named for q in quotes) else ""

    def said_last() -> str:
        nonlocal last_speaker
        while pending:
            speaker = left_by(*pending.pop())
            if speaker is not None:
                last_speaker = speaker
                pending.clear()
        return last_speaker

    still_open = -1  # the quote (index into quotes) left open at the end of the paragraph before
    unnamed_open: Quote | None = None  # ... or a quotation left open with no one named before its close
    supered = ""  # the person a video's super has just named, whose words the next caption is
    headings = set(article.headings)
    for index, paragraph in enumerate(article.paragraphs):
        continued, still_open = still_open, -1
        if index in headings:
            continue  # a subheading's quoted words are a title's, nobody's speech
        paragraph = _without_native_names(paragraph)
        # "[On screen: Prakash Adhikari, Deputy Managing Director, ...]" / "0:21" / "we will not decide in a hurry ...": a
        # video's captions, the super naming who says the next caption (its clock between them)
        if supered and not CLOCK.fullmatch(paragraph.strip()):
            speaker, supered = supered, ""
            if len(paragraph) >= BITE_MIN_CHARS and not re.search(r"[\"“”\[]", paragraph):
                quotes.append(Quote(speaker=speaker, text=paragraph.strip(), paragraph=index))
                continue
        named_super = _SUPER.fullmatch(paragraph.strip()) if paragraph.startswith("[") else None
        if named_super:
            supered = person(index, named_super, "a", 0, "") or ""
        # (where the paragraph's words start, after the pictographs a post marks its lines with: "💬 "Very little ...")
        opens = len(paragraph) - len(re.sub(rf"^(?:{PICTOGRAPH.pattern}|\s)+", "", paragraph)) if PICTOGRAPH.match(paragraph) else 0
        person_positions = [(s, key) for s, _, key in people_in.get(index, ())]
        person_starts = [s for s, _ in person_positions]
        spans_here = sentence_spans(paragraph, abbreviations)
        # A pronoun means the person the last sentence naming people opened with, not whoever that
        # sentence named last ('Bessent, who met He Lifeng, was measured. "...," he said').
        nearest = _Nearest(_sentence_subjects(person_positions, spans_here, paragraph))
        # People this paragraph makes the subject of a speech verb ("Karoline Leavitt, said Trump ..."):
        # a later "she said" means the one who spoke, not whoever was named last.
        subjects = _Nearest([(s, key) for s, e, key in people_in.get(index, ())
                             if lex.attributed_after.match(paragraph, e, e + 160)
                             and not _PRINCIPAL_BEFORE.search(paragraph, max(0, s - 30), s)
                             # ("A, who represents Mr Lau, said": Lau is the clause's object, A the one who said)
                             and not _RELATIVE_BEFORE.search(paragraph, max(0, s - 60), s)])
        def subject(hit: re.Match[str], index: int = index, paragraph: str = paragraph) -> str:
            """The speaker of 'X, China's president, Xi Jinping, said': a name closing an appositive
            that is a role is the one who speaks; otherwise the name the sentence opens with."""
            spans = people_in.get(index, ())
            for s, e, key in reversed(spans):
                if hit.end("a") < s and e <= hit.end():
                    before = paragraph[hit.end("a"):s].rstrip()
                    role = before.rstrip(",")[before.rstrip(",").rfind(",") + 1:]
                    if before.endswith(",") and paragraph[e:hit.end()].lstrip().startswith(",") \
                            and (len(role.split()) <= 6 and lex.role_words.search(role)
                                 # ("Tunisia's Minister of Agriculture, Water Resources and Fisheries, Hédi Ben Romdhane,")
                                 or _PORTFOLIO_LIST.search(paragraph, hit.start("a"), len(before.rstrip(",")) + hit.end("a"))) \
                            and not _PRINCIPAL_BEFORE.search(paragraph, max(0, s - 30), s):
                        return key  # (but in "A, a spokesperson for Gov. B, said" A speaks for B)
                    break
            speaker = person(index, hit, "a", 0, "")
            if not speaker:
                # 'On Monday, Lin Jian, a spokesman for ..., said': the sentence opens with no one, so
                # the name right after its opening words' comma speaks.
                for s, e, key in spans:
                    if hit.end("a") < s < hit.end() and _TITLED_AFTER_COMMA.fullmatch(paragraph, hit.end("a"), s):
                        return key
            return speaker

        in_sentence = _InSentence(paragraph, patterns.in_sentence, spans_here,
                                  subject, lambda at, fallback: subjects(at, "") or nearest(at, fallback),
                                  lambda at: next((k for s, _, k in people_in.get(index, ()) if s == at and k in named_he), ""))
        quotes_before = len(quotes)
        previous_quote_speaker = ""
        resume = 0
        # "[SOT — Malika Abdurakhmanova-Hayitova, CEO, Chirchiq Farm]: We have stock until November ...": a broadcast
        # script's sound bite, its words unquoted after the label that names who speaks
        # (... each of a transcript's lines, run into one paragraph: the words run to the next label)
        for bite in _BITE_LABEL.finditer(paragraph) if "[" in paragraph else ():
            said = paragraph[bite.end():_next_label(paragraph, bite.end())].strip()
            if len(said) >= BITE_MIN_CHARS and not re.search(r"[\"“”]", said) and (bitten := person(index, bite, "a", 0, "")):
                quotes.append(Quote(speaker=bitten, text=said, paragraph=index))
        opened, unnamed_open = unnamed_open if continued < 0 else None, None
        if opened is not None:
            quotes.append(opened)  # (taken back below if its close names no one)
            continued = len(quotes) - 1
        close = _CLOSES_UNOPENED.match(paragraph) if continued >= 0 else None
        # (a quotation over paragraphs whose next paragraph opens with a mark again: its close may name the speaker)
        if opened is not None and not close and not _REOPENS.match(paragraph):
            quotes.pop()
            continued = -1
        if close:
            # A quotation over paragraphs whose next paragraph opens with no mark and closes it: 'At the same
            # time, we remain open to dialogue ... stable." Maroš Šefčovič, Commissioner for Trade'
            earlier, resume = quotes[continued], close.end()
            am = patterns.after.match(paragraph, resume, resume + 160)
            signed = _SIGNED.match(paragraph, resume)
            named = person(index, am, "a" if am.group("a") else "b", 0, "") if am and (am.group("a") or am.group("b")) \
                and not _pronoun(am.group("a") or am.group("b")) else ""
            named = named or (person(index, signed, "a", 0, "") if signed and lex.role_words.search(signed.group("role")) else "")
            quotes[continued] = Quote(speaker=named or earlier.speaker, text=f"{earlier.text} {close.group(1).strip()}",
                                      paragraph=earlier.paragraph)
            if not quotes[continued].speaker:
                quotes.pop(continued)
            continued = -1
        elif continued < 0 and paragraph[:1].islower() and (cut := _CLOSES_UNOPENED.match(paragraph)) \
                and (said := patterns.after.match(paragraph, cut.end(), cut.end() + 160)) and (said.group("a") or said.group("b")) \
                and not _pronoun(said.group("a") or said.group("b")) \
                and (named := person(index, said, "a" if said.group("a") else "b", 0, "")):
            # 'cheaper to scan twice than to argue once," said Ines Jaziri, who runs ...': an excerpt (a reader's highlight,
            # a clipping) that starts inside a quotation, its close and its speaker under it
            quotes.append(Quote(speaker=named, text=cut.group(1).strip(), paragraph=index))
            resume = cut.end()
        for m in _QUOTE.finditer(paragraph, resume):
            text = m.group("text").strip()
            words = len(text.split())
            closed = m.group(0)[-1:] in "\"”"
            if words <= 5 and _NAMED_WORK.search(paragraph, max(0, m.start() - 40), m.start()) \
                    and all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in text.rstrip(".").split()):
                continue  # "in an interview on WBC News’ “Capitol Sunday.”": a programme's name, nobody's words
            if words <= 12 and _WORK_NOUN.search(paragraph, max(0, m.start() - 30), m.start()) \
                    and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in text.rstrip(".,").split()):
                continue  # "an industry report, “GaN Power Supply Chain Outlook 2030”, which found": a work's title
            if _TITLED.search(paragraph, max(0, m.start() - 16), m.start()):
                continue  # 'the circular, titled "Declaration of data storage ..."': its title, however long, nobody's words
            if m.start() > 0 and paragraph[m.start() - 1] == "(" and paragraph[m.end():m.end() + 1] == ")" \
                    and re.search(r"[\"”]\s*$", paragraph[max(0, m.start() - 4):m.start() - 1]):
                continue  # '« ne pas négocier sous la menace » ("not negotiate under threat")': the quotation's gloss
            if continued >= 0 and m.start() == opens:
                # A quotation over several paragraphs: each opens with a mark, only the last closes.
                earlier = quotes[continued]
                # ... and its attribution may come only where it closes: '"... 18 months," said Emeka Nnadozie.'
                am = patterns.after.match(paragraph, m.end(), m.end() + 160) if closed else None
                named = person(index, am, "a" if am.group("a") else "b", 0, "") if am and (am.group("a") or am.group("b")) \
                    and not _pronoun(am.group("a") or am.group("b")) else ""
                if am and _pronoun(am.group("a") or am.group("b") or "") and not earlier.speaker:
                    # '« When Beijing announced ... / « Then ... stopped calling, » he says': the one named last before the
                    # quotation opened ("Its director, Jean-Baptiste Larrouy, does not hide his frustration.")
                    named = next((key for part, _, key in reversed(everyone) if part < earlier.paragraph), "")
                signed = _SIGNED.match(paragraph, m.end()) if closed and not named else None
                named = named or (person(index, signed, "a", 0, "") if signed and lex.role_words.search(signed.group("role")) else "")
                quotes[continued] = Quote(speaker=named or earlier.speaker, text=f"{earlier.text} {text}",
                                          paragraph=earlier.paragraph)
                still_open = continued if not closed else -1
                if closed and not quotes[continued].speaker:
                    quotes.pop(continued)  # (closed with no one named: nobody's words)
                continued = -1 if closed else continued
                continue
            # (far enough back for a name and its who-clause: 'Senator A, who has a bill pending that would write the
            # servicing rule into statute, emailed a one-liner on Friday: "..."')
            before_start = max(0, m.start() - ATTRIBUTION_BEFORE_REACH)
            speaker = ""
            am = patterns.after.match(paragraph, m.end(), m.end() + 160)
            if am and am.group("b") and text.rstrip().endswith((".", "!", "?")) \
                    and paragraph[m.end():am.start("b")].strip() \
                    and re.sub(r"^\d{1,2}\s+", "", paragraph[m.end():].lstrip())[:1].isupper():  # (after its footnote's number)
                am = None  # '..." CATL chairman Zeng Yuqun has said': a new sentence, not this quote's attribution
            if am and am.group("b") and not _pronoun(am.group("b")) \
                    and re.match(r"\s*[.!?]\s+[A-Z]", paragraph[m.end():am.start("b")]):
                am = None  # (... its full stop after the mark: 'on "the scope and the transition period". Dutch ... Minister A told')
            if am and am.group("b") and not _pronoun(am.group("b")) and text.rstrip().endswith((".", "!", "?")) \
                    and paragraph[m.end():].lstrip()[:1].isupper() \
                    and _QUOTE.search(paragraph[am.end():_sentence_end(spans_here, am.end())]):
                am = None  # '..." Trump, seated across the table, said he expected "big deals"': the next quote's
            if am and am.group("b") and any(w.group(1) not in abbreviations for w in _WORD_ENDS_SENTENCE.finditer(
                    paragraph, m.end(), am.start("b") + len(am.group("b")))):
                am = None  # ('alleging "abuse of market position" by Keelson. Arango says ...': the next sentence's speaker)
            if am and am.group("b") and not _pronoun(am.group("b")) and text.rstrip().endswith(".") \
                    and am.end() < len(paragraph) and _CLAUSE_AFTER_SAID.match(paragraph, am.end()):
                am = None  # ('call the boxes "phone-home modems." Manansala said replacement gateways cost ...': a sentence of
                # its own, its speaker's words reported after "said", not this quotation's attribution; "He said ..."
                # after a quote still its speaker's, the one the sentence before named)
            bm = patterns.before.search(paragraph[before_start:m.start()])
            if am:
                group = "a" if am.group("a") else "b"
                # With no one named before it in the paragraph, "she" is the last speaker when the quote
                # opens the paragraph or the paragraph opens with the pronoun ('She also said ... "...," she added').
                # ... or when the words before it name no one but the pronoun ('Asked whether ..., he paused. "...," he said').
                pronoun_fallback = subjects(m.start(), "") or nearest(
                    m.start(), "" if _NON_SPACE.search(paragraph, 0, m.start()) and not _OPENS_WITH_PRONOUN.match(paragraph)
                    and not (not any(s < m.start() for s in person_starts)
                             and _HE_OR_SHE.search(paragraph, max(0, m.start() - SENTENCE_LOOK_BACK), m.start())
                             and not _SOMEONE_OPENS.match(paragraph))  # ("A graduate student ... she said": someone unnamed)
                    # ... or the paragraph's first sentence names no one, nor anyone unnamed, before the quotation:
                    # ('Chiang said ... ¶ Taiwan's talks ... were "proceeding on their own track," she added.')
                    and not (_sentence_start(spans_here, m.start()) == 0 and not any(s < m.start() for s in person_starts)
                             and not _SOMEONE_OPENS.match(paragraph)
                             and not lex.role_words.search(paragraph, max(0, m.start() - SENTENCE_LOOK_BACK), m.start()))
                    else m.start() == opens and (closing_subject(index) or newly_named(index)) or said_last())
                # '," the Minister of Agriculture and Food Security, the Hon. A, said': the office read as a name (or
                # as the role of whoever held it before), then the person in the apposition after it
                apposed = next((key for s, e, key in people_in.get(index, ()) if am.end("b") < s and e <= am.end()
                                and _APPOSED_NAME.fullmatch(paragraph, am.end("b"), s)
                                and paragraph[e:am.end()].lstrip().startswith(",")), "") \
                    if group == "b" and lex.role_words.search(paragraph, m.end(), am.end("b")) else ""
                speaker = apposed or person(index, am, group, 0, pronoun_fallback)
            while not speaker and bm:
                group = next(g for g in "abcdef" if bm.group(g))
                # ('On grey-market demand, he was equally clear: "..."', no one named before it in the paragraph: the
                # last speaker, when no one else was named since)
                named_last = everyone[before - 1][2] if (before := bisect_left(everyone, (index, 0, ""))) else ""
                fallback = last_speaker if index and named_last == last_speaker and not any(s < m.start() for s in person_starts) \
                    and not _SOMEONE_OPENS.match(paragraph) else ""
                pronoun = re.fullmatch(r"(?:.*[.!?]\s+)?(He|She)", bm.group(group)) if group == "e" else None
                if pronoun:
                    # ('... Luis Barrientos, the public works director in Carver Bluff. He was very calm about it: "..."':
                    # the one the paragraph named last before the pronoun opening its sentence)
                    here = bisect_left(everyone, (index, before_start + bm.start(group) + pronoun.start(1), ""))
                    speaker = everyone[here - 1][2] if here and everyone[here - 1][0] == index else fallback
                else:
                    speaker = person(index, bm, group, before_start, fallback)
                # 'MOFCOM spokesperson He Yongqian put the principle well in April: "..."': not the body, its spokesperson
                if not speaker:
                    bm = patterns.before.search(paragraph[before_start:m.start()], bm.end(group)) if group in "ef" else None
            signed = _SIGNED.match(paragraph, m.end()) if closed and not speaker else None
            if signed and lex.role_words.search(signed.group("role")):
                speaker = person(index, signed, "a", 0, "")  # '"...stable." Maroš Šefčovič, Commissioner for Trade'
            dashed = _DASH_SIGNED.match(paragraph, m.end()) if closed and not speaker else None
            titled = _DASH_TITLED.match(paragraph, m.end()) if closed and not speaker and not dashed else None
            dashed = titled if titled and lex.role_words.search(titled.group("role")) else dashed
            at = index
            if not dashed and not speaker and closed and m.start() == opens and not paragraph[m.end():].strip() \
                    and index + 1 < len(article.paragraphs):
                # ... or on the line under it: '"We will not take over ..."' / '— Katrin Vosskuhl, Rheintal Vakuum'
                # (... or the next paragraph says whose it was: 'That was Eli Brandt, who ran export enforcement ...')
                # (... or under the next whole quotation too, signed once for both: a government release's "Quotes")
                ahead = next((n for n in range(index + 1, min(len(article.paragraphs), index + SIGNED_REACH + 1))
                              if not _WHOLE_QUOTE.fullmatch(article.paragraphs[n])), index + 1)
                dashed, at = _DASH_SIGNED.match(article.paragraphs[ahead]) or _THAT_WAS.match(article.paragraphs[ahead]), ahead
            if dashed:
                speaker = person(at, dashed, "a", 0, "")  # '"..." — Rep. Marisol Quintanilla-Reyes (D-Texas), on a call'
                if any(q.speaker == speaker and (loose(text) in loose(q.text) or _echoes(text, q.text)) for q in quotes):
                    continue  # a pull quote, signed, repeating the speaker's words in the text (trimmed: "What we will not do is")
            if not speaker and _UNNAMED_AFTER.match(paragraph, m.end()):
                continue  # '"...," one adviser to a prospective investor told us.': someone unnamed said it
            if not speaker and closed and (verb := verb_next.match(paragraph, m.end())):
                # '“...” — заявил в четверг на брифинге в Бишкеке заместитель министра ... Эрмек Сатыбалдиев.': the verb
                # first, then when and where, then the office, then the one person the clause names
                end = min(_sentence_end(spans_here, verb.end()), verb.end() + ATTRIBUTION_REACH)  # (an endless sentence: bounded)
                stop = _FULL_STOP.search(paragraph, verb.end(), end)  # (the clause's own full stop)
                end = stop.end() if stop else end
                spans, named = people_in.get(index, ()), []
                for i in range(bisect_left(starts_in.get(index, ()), verb.end()), len(spans)):
                    if spans[i][0] > end:
                        break
                    named += [(spans[i][0], spans[i][2])] if spans[i][1] <= end else []
                if len({key for _, key in named}) == 1 and lex.role_words.search(paragraph, verb.end(), named[0][0]) \
                        and not _QUOTE.search(paragraph, verb.end(), named[0][0]) \
                        and not _CLAUSE_OF_ANOTHER.search(paragraph, verb.end(), named[0][0]):
                    speaker = named[0][1]
            if speaker:
                pass
            elif (bite := _SOUND_BITE.match(paragraph)) and bite.end() == m.start() \
                    and (bitten := person(index, bite, "a", 0, "")):
                speaker = bitten  # '[Sound bite: Choi Min-seok - Vice President, ... (Korean)] "Our lines ..."': a radio script's
            elif previous_quote_speaker and _after_full_stop(paragraph, m.start()):
                # '"A," said X. "B."': the quote goes on after the attribution.
                speaker = previous_quote_speaker
            elif words >= 4 and _after_full_stop(paragraph, m.start()) and subjects(m.start(), ""):
                # 'Xiang noted that ... . "Every time ..."': a sentence-long quote after the paragraph's speaker.
                speaker = subjects(m.start(), "")
            elif words >= 4 and _after_full_stop(paragraph, m.start()) and m.start() > 0 \
                    and (opener := _previous_subject(paragraph, spans_here, person_positions, m.start())) \
                    and not own_speech.search(paragraph, m.end(), _sentence_end(spans_here, m.end())):
                # 'Feldstein was blunter. "If the question was ..."': the sentence before opens with its speaker.
                speaker = opener
            elif words >= 4 and _POSSESSIVE_LEAD.fullmatch(paragraph, opening := _sentence_start(spans_here, m.start()), m.start()) \
                    and (opener := _previous_subject(paragraph, spans_here, person_positions, opening)):
                # 'A, purchasing director at ..., said ... . His assessment was brutal: "..."': the sentence before's subject
                speaker = opener
            elif m.start() == opens and index and article.paragraphs[index - 1].rstrip().endswith(":") \
                    and (intro := patterns.said.search(article.paragraphs[index - 1], _last_sentence_start(article.paragraphs[index - 1]))) \
                    and (introduced := person(index - 1, intro, "a" if intro.group("a") else "b", 0, "")):
                # "Trade commissioner Maroš Šefčovič posted on X:" over the quotation: the one that paragraph names speaking
                speaker = introduced
            elif m.start() == opens and said_last() and index > 0 and words >= 4 and not (
                    person_positions and person_positions[0][0] < m.start()):
                # A paragraph that is a quote, after a paragraph whose quote was attributed.
                speaker = said_last()
            elif words >= 4 and _after_full_stop(paragraph, m.start()) and said_last() and index > 0 \
                    and _OPENS_WITH_PRONOUN.match(paragraph) and not (person_positions and person_positions[0][0] < m.start()) \
                    and (re.match(rf"(?:He|She)\s+(?:also\s+)?(?:{lex.speech})\b", paragraph) or _PRONOUN_MOOD.match(paragraph)):
                # 'She added that customers were asking for guarantees. "Shippers want certainty ..."': the last speaker,
                # whom the paragraph's pronoun and verb of speech go on with (... or 'He was blunter about what comes
                # next. "..."', as 'Feldstein was blunter.' names its speaker)
                speaker = said_last()
            elif lex.according_to_them and (told := lex.according_to_them.search(
                    paragraph, max(_sentence_start(spans_here, m.start()), m.start() - SENTENCE_LOOK_BACK), m.start())) \
                    and not _QUOTE.search(paragraph, told.end(), m.start()) \
                    and (named := _one_named_before(person_positions, spans_here, _sentence_start(spans_here, m.start()))):
                # 'Samirə Əliquliyeva told reporters ... . Onun sözlərinə görə, hər bir aparat «...»' ("according to her"):
                # the one person the sentence before names
                speaker = named
            elif words >= 2:
                # A quoted fragment in a sentence whose speaker is named before it, or after it by
                # "according to". A quoted term used as a modifier ('a "small yard" strategy') is not speech.
                late = patterns.according_after.match(paragraph, m.end())
                owner = lex.said_by.search(paragraph, before_start, m.start()) if lex.said_by else None
                # "The aim, according to White House AI adviser David Sacks, is for partners to build on "...""
                early = _ACCORDING_BEFORE.search(paragraph, max(_sentence_start(spans_here, m.start()), m.start() - SENTENCE_LOOK_BACK),
                                                 m.start())
                closed_by_pronoun = _PRONOUN_SAID_CLOSES.match(paragraph, m.end()) if not late else None
                if late:
                    fragment_speaker = person(index, late, "a", 0, "")
                elif closed_by_pronoun and (closer := nearest(m.start(), said_last())):
                    # 'The plant would ask Tinglan for "a version without the cloud" that it could still ship, he said.':
                    # the one the sentences before are about, who says the whole sentence
                    fragment_speaker = closer
                elif early and person(index, early, "a", 0, ""):
                    fragment_speaker = person(index, early, "a", 0, "")
                elif owner and person(index, owner, "a", 0, ""):
                    fragment_speaker = person(index, owner, "a", 0, "")  # 'Kessler's line that "..."'
                elif words >= 5 or not _modifies(paragraph, m.start(), m.end()) \
                        or _DESCRIBED_AS.search(paragraph, max(0, m.start() - 120), m.start()):  # 'China's "door to the world will ..."' is speech
                    fragment_speaker = in_sentence.speaker(m.start(), said_last())
                    opening = max(_sentence_start(spans_here, m.start()), m.start() - SENTENCE_LOOK_BACK)
                    # ... but "The spokesperson added that" is the one who spoke before.
                    named_here = bisect_left(person_starts, m.start()) > bisect_left(person_starts, opening)
                    someone_else_said = (own_speech.search(paragraph, opening, m.start())
                                         # ... or a body does the talking: "the Chinese embassy in Washington called the rule"
                                         or _BODY_SUBJECT.search(paragraph, opening, m.start())) and not named_here \
                        and not lex.role_words.search(paragraph, opening, m.start()) \
                        or not named_here and bool(_DOCUMENT_SAYING.search(paragraph, opening, m.start()))
                    # (... or a paper does: "The registry's administrators sent owners a circular saying that inspections
                    # would "not assess ..."": the circular's words, no one's)
                    # ... even after someone named earlier in the sentence: 'Guo Jiakun said ... "...," and the Commerce
                    # Ministry promised "necessary measures."'
                    last_named = person_starts[bisect_left(person_starts, m.start()) - 1] if named_here else opening
                    body = _BODY_SUBJECT.search(paragraph, last_named, m.start()) if named_here else None
                    if body and re.fullmatch(rf"(?:{lex.speech})", body.group(0).split()[-1]) \
                            and not (own_speech.search(paragraph, last_named, body.start())
                                     and not _CLAUSE_JOIN.search(paragraph, last_named, body.start() + 1)):  # (a verb of speech)
                        # (but 'A told Parliament that the government had asked Washington for "..."': the body is in
                        # what A reports, the words A's)
                        fragment_speaker, someone_else_said = "", True
                    # ... nor does a quoted name: 'guidance on "foreign entity of concern" provisions'.
                    a_name = lex.term_after is not None and lex.term_after.match(paragraph, m.end() - 1)
                    frame = _VIEWPOINT.match(paragraph, _sentence_start(spans_here, m.start()))
                    if not fragment_speaker and frame and not someone_else_said:
                        # 'For Rhiannon Llewelyn-Pryce, chief executive of ..., the past weeks were "the most
                        # expensive lesson ..."': the words of the person the sentence speaks for.
                        comma = paragraph.find(",", frame.end())
                        fragment_speaker = next((key for at, key in person_positions
                                                 if frame.end() <= at < min(comma if comma >= 0 else m.start(), m.start())), "")
                    if not fragment_speaker and not someone_else_said \
                            and re.match(r"\s*For\s+(?:her|him),", paragraph[_sentence_start(spans_here, m.start()):]):
                        # 'Ms Berrada also points out that ... . For her, this is "the real thermometer"': the one the
                        # sentences before are about
                        named_before = [(at, key) for at, key in person_positions if at < m.start()]
                        fragment_speaker = _sentence_subjects(named_before, spans_here, paragraph)[-1][1] if named_before \
                            else said_last()
                    if not fragment_speaker and in_sentence.unnamed_speaker(m.start()):
                        # ('On Tuesday Beijing answered with export licences ..., calling the US rule "an abuse of
                        # national security"': a capital, a ministry, a firm speaks in the sentence, no person)
                        someone_else_said = True
                    if not fragment_speaker and words >= 3 and not someone_else_said and not a_name:
                        # 'X said China "firmly opposes ...". Such moves "seriously violate ..."': reported
                        # speech goes on in the paragraph's next sentence (unless that sentence has its
                        # own speaker: 'The readout said the sides agreed to "give full play" ...').
                        fragment_speaker = previous_quote_speaker
                elif _closes_sentence(paragraph, m.end(), text) and own_speech.search(
                        paragraph, max(_sentence_start(spans_here, m.start()), m.start() - SAID_REACH), m.start()):
                    # 'X said the result was a "diplomatic failure".': no noun follows, so the words are X's.
                    fragment_speaker = in_sentence.speaker(m.start(), "")
                else:
                    fragment_speaker = ""
                opening = _sentence_start(spans_here, m.start())
                if fragment_speaker and not late and _SOMEONE_OPENS.match(paragraph, opening) \
                        and lex.role_words.search(paragraph, opening, min(m.start(), opening + 40)) \
                        and not _HE_OR_SHE.search(paragraph, opening, m.start()) \
                        and bisect_left(person_starts, m.start()) == bisect_left(person_starts, opening):
                    fragment_speaker = ""  # "A spokesperson for China's Ministry of Commerce warned that ... "...": someone unnamed
                if fragment_speaker:
                    quotes.append(Quote(speaker=fragment_speaker, text=text.strip(" ,"), paragraph=index))
                    previous_quote_speaker = last_speaker = fragment_speaker
                    pending.clear()
                    # (left open at the paragraph's end, it goes on in the next: 'A, role, said: "... ¶ "..."')
                    still_open = len(quotes) - 1 if not closed and m.end() == len(paragraph) and words >= 8 else still_open
                    continue
            if not speaker and m.start() == opens and said_last() and index and article.paragraphs[index - 1].rstrip().endswith(":") \
                    and patterns.said.search(article.paragraphs[index - 1]):
                speaker = said_last()  # "Business and Trade Secretary Peter Kyle said:" over the quotation
            is_sentence = words >= 4 or text.rstrip().endswith((".", "!", "?", ","))
            # (not a name in quotation marks, each word capitalised: 'кооператива «Ак-Суу Дыйкан» Бакыт Абылкасымов сказал')
            named_thing = words <= NAME_IN_QUOTES_MAX_WORDS and all(w[:1].isupper() for w in text.split()) \
                and not text.rstrip().endswith((".", "!", "?", ","))
            if speaker and words >= 2 and (is_sentence or am or bm) and not named_thing:
                quotes.append(Quote(speaker=speaker, text=text.rstrip(","), paragraph=index))
                still_open = len(quotes) - 1 if not closed and m.end() == len(paragraph) else -1
                previous_quote_speaker = speaker
                last_speaker = speaker
                pending.clear()
            elif not closed and m.end() == len(paragraph) and words >= 8:
                unnamed_open = Quote(speaker="", text=text, paragraph=index)  # its close may name its speaker
            else:
                phrases.append(text.strip(" ,.;:"))
        if len(quotes) == quotes_before:
            pending.append((index, paragraph, person_positions, spans_here))
    # The same words printed again (a read-later app's highlights, a pull quote in the text): one quote.
    # (... or printed first, as a pull quote over the text: '“... the carrot.”' / '— Dr Kurt Azzopardi', then '"... the
    # carrot," Dr Azzopardi said. "The question ..."': the words again, whatever mark ends them, or a part of them)
    seen: set[tuple[str, str]] = set()
    unique: list[Quote] = []
    for quote in quotes:
        said = (quote.speaker, " ".join(quote.text.lower().split()).rstrip(".,;:!?…"))
        if said in seen or quote.speaker and any(
                q.speaker == quote.speaker and q.paragraph != quote.paragraph and len(min(q.text, quote.text, key=len).split()) >= 6
                and (loose(quote.text) in loose(q.text) or loose(q.text) in loose(quote.text)) for q in unique):
            continue
        seen.add(said)
        unique.append(quote)
    return unique, phrases


# A broadcast reporter's label in the transcript of their own story: "TANVIR AHMED CHOWDHURY, REPORTER (V/O):", "... (STANDUP):"
_REPORTER_LABEL = re.compile(r"[^:：]{2,60}?(?:,\s*(?:reporter|correspondent)\b|\((?:V/?O|STAND-?UP)\))", re.I)
# Who presents the story in a broadcast's transcript, after their name in its label: "LEILA HASSAN, HOST:", "DUSTIN KROLL,
# BYLINE:", "TANVIR AHMED CHOWDHURY, REPORTER (V/O):". They ask and report; they are quoted for nothing.
_PRESENTER_ROLE = re.compile(r",\s*(?:host|anchor|moderator|interviewer|byline|reporter|correspondent)\b", re.I)


PULL_QUOTE_MIN_WORDS = 5  # a quotation this long, alone in its paragraph and said again elsewhere, is a pull quote
PULL_QUOTE_SIGNATURE_CHARS = 60  # ... with no more than its speaker's name beside it ("— Rasmus Øland Friis")


def _without_pull_quotes(quotes: list[Quote], paragraphs: tuple[str, ...]) -> list[Quote]:
    """"»The tracing bill lands on the installer, one way or another.« — Rasmus Øland Friis" over an episode's notes,
    his words again in his turn: a pull quote, printed twice and said once. (A partial in a sentence that repeats words
    of a turn stays: the sentence quotes them.)"""
    def words(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.casefold()))
    def alone(quote: Quote) -> bool:
        said = words(quote.text)
        paragraph = words(paragraphs[quote.paragraph]) if quote.paragraph < len(paragraphs) else ""
        return len(said.split()) >= PULL_QUOTE_MIN_WORDS and paragraph.startswith(said) \
            and len(paragraph) <= len(said) + PULL_QUOTE_SIGNATURE_CHARS
    # (whoever it is put to: a pull quote alone in its paragraph names no one, so the one named last before it would
    # be read as saying it, "... said Carmen Lozano" / "»We would rather ...«" from Rogelio Batista's words)
    pulled = {n for n, quote in enumerate(quotes) if alone(quote) and any(
        m != n and (other.speaker == quote.speaker or m < n and not _signed_alone(paragraphs, quote))
        and other.paragraph != quote.paragraph
        and words(quote.text) in words(other.text) and (not alone(other) or m < n) for m, other in enumerate(quotes))}
    # (or printed again in a paragraph that is no quote of its own: a speech's text, its turn going on under its label)
    texts = [words(p) for p in paragraphs]
    quoted = {quote.paragraph for quote in quotes}
    pulled |= {n for n, quote in enumerate(quotes) if alone(quote) and len(words(quote.text).split()) >= PULL_QUOTE_MIN_WORDS
               and any(k != quote.paragraph and k not in quoted and words(quote.text) in text
                       and len(text) > len(words(quote.text)) + PULL_QUOTE_SIGNATURE_CHARS  # (a paragraph of text, not the copy)
                       for k, text in enumerate(texts))}
    return [quote for n, quote in enumerate(quotes) if n not in pulled]


ATTRIBUTED_BEFORE_REACH = 160  # characters before a name within which its speech verb may come (an office and its body between)
ATTRIBUTION_REACH = 240  # characters after a name within which its speech verb may come (a long appositive between)
TWIN_MIN_WORDS = 6  # a quotation long enough that having none of English's small words says it is in another language
TWIN_PARTIAL_MIN_WORDS = 4  # ... or a few words, in a paragraph in that language too
TWIN_PARAGRAPHS = 2  # how near a quote's translation is printed: the next paragraph or the one after (a line between)


def _without_translated_twins(quotes: list[Quote], paragraphs: tuple[str, ...]) -> list[Quote]:
    """A bilingual article prints each paragraph in the site's language and again in English («El papel decía tinta ...»,
    then "The paper said ink ..."): one quotation, said once, in two languages; the English one is kept. A partial of a
    few words («el primero de este tipo», "the first of its kind") is a twin only where the words around it are in that
    language too: "what she called "a real de minimis threshold"" is English's own Latin."""
    def translated(quote: Quote) -> bool:
        around = paragraphs[quote.paragraph] if quote.paragraph < len(paragraphs) else ""
        return len(quote.text.split()) >= TWIN_MIN_WORDS or english_share(around.replace(quote.text, " ")) < 0.05
    twins = {n for n, quote in enumerate(quotes) if english_share(quote.text) < 0.05 and len(quote.text.split()) >= TWIN_PARTIAL_MIN_WORDS
             and english_share(quote.text, OTHER_SMALL_WORDS) >= 0.1  # (its own small words: "un", "en", "con", "las")
             and any(m != n and other.speaker == quote.speaker and 0 < abs(other.paragraph - quote.paragraph) <= TWIN_PARAGRAPHS
                     and english_share(other.text) >= 0.2 and translated(quote)
                     and 0.5 <= len(other.text) / max(1, len(quote.text)) <= 2 for m, other in enumerate(quotes))}
    return [quote for n, quote in enumerate(quotes) if n not in twins]


def _signed_alone(paragraphs: tuple[str, ...], quote: Quote) -> bool:
    """A paragraph of a quotation alone that names its speaker after it ("»...« — Rasmus Øland Friis")."""
    text = paragraphs[quote.paragraph] if quote.paragraph < len(paragraphs) else ""
    return bool(re.search(r"[\"”»«“]\s*[—–-]\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+\s*$", text))


def _turn_quotes(article: Article, found: list[_Found]) -> tuple[list[Quote], dict[int, str]]:
    """A transcript's turns: what a person says after their label is their quote. Someone whose
    turns are mostly questions asks (a reporter, a host) and is quoted for nothing. Also each turn's
    speaker, by paragraph."""
    turns: list[tuple[str, str, int]] = []
    # "ACHTERBERG:" after "Helen Achterberg:": a later turn's label is the surname in capitals
    surnames: dict[str, set[str]] = defaultdict(set)
    # ... or their initials: "C. D.:" after "Claire Dauvergne:", an interview's later answers
    by_initials: dict[str, set[str]] = defaultdict(set)
    # ... or the first word of their name: "QIN:" after "QIN LANFANG:", a family name written first
    firsts: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.key.startswith("person/") and " " in f.surface:
            words = f.surface.split()
            surnames[_surname(words).lower()].add(f.key)
            by_initials[words[0][:1] + words[-1][:1]].add(f.key)
            firsts[words[0].lower()].add(f.key)
    # "Spokesperson:" under "Ministry of Commerce spokesperson He Yadong presided over ...": a label that is the role the
    # text gave one person just before their name
    by_role: dict[str, set[str]] = defaultdict(set)
    for f in found:
        if f.key.startswith("person/") and f.part < len(article.paragraphs):
            role = re.search(r"\b([a-z]{4,})\s+$", article.paragraphs[f.part][max(0, f.start - 30):f.start])
            if role:
                by_role[role.group(1)].add(f.key)
    by_name = {f.surface: f.key for f in found if f.key.startswith("person/") and " " in f.surface}
    presenters: set[str] = set()
    for turn in article.turns:
        speakers = [f for f in found if f.part == turn.paragraph and f.start < turn.start and f.key.startswith("person/")]
        label = article.paragraphs[turn.paragraph][:turn.start].strip(" :：").split()
        if label and label[0].lower() in LABEL_OPENERS:
            continue  # "<strong>Key Takeaway:</strong> ...", "The bottom line:": a box's label, no one's turn
        if not speakers and label and len(surnames.get(label[-1].lower(), ())) == 1:
            speakers = [_Found(next(iter(surnames[label[-1].lower()])), turn.paragraph, 0, 0, label[-1])]
        if not speakers and len(label) == 1 and label[0].lower() not in surnames and len(firsts.get(label[0].lower(), ())) == 1:
            speakers = [_Found(next(iter(firsts[label[0].lower()])), turn.paragraph, 0, 0, label[0])]
        initials = "".join(label).replace(".", "") if label and all(re.fullmatch(r"[A-Z]\.?", w) for w in label) else ""
        if not speakers and initials and len(by_initials.get(initials, ())) == 1:
            speakers = [_Found(next(iter(by_initials[initials])), turn.paragraph, 0, 0, " ".join(label))]
        if not speakers and len(label) == 1 and len(by_role.get(label[0].lower(), ())) == 1:
            speakers = [_Found(next(iter(by_role[label[0].lower()])), turn.paragraph, 0, 0, label[0])]
        if not speakers and turn.speaker in by_name:
            # "[00:06:29] Speaker 3:", the transcript's key naming Speaker 3 "Tamar Gelashvili", named in the text
            speakers = [_Found(by_name[turn.speaker], turn.paragraph, 0, 0, turn.speaker)]
        speech = article.paragraphs[turn.paragraph][turn.start:].strip()
        if speakers and (len(speech.split()) >= 2 or re.fullmatch(r"[A-Z][\w'’-]+[.!]", speech)):  # ("Exactly.")
            turns.append((speakers[0].key, speech, turn.paragraph))
            if _PRESENTER_ROLE.search(" ".join(label)):
                presenters.add(speakers[0].key)  # "LEILA HASSAN, HOST:", "DUSTIN KROLL, BYLINE:": who presents the story
    asked = Counter(key for key, speech, _ in turns if "?" in speech)
    spoke = Counter(key for key, _, _ in turns)
    # "hi everyone and welcome back to the supply line I'm Ananya Krishnamurthy": the host's first turn; a host
    # asks (an auto-transcript prints no question marks), and is quoted for nothing.
    hosts = {key for key, speech, _ in turns[:1] if _SHOW_OPENING.search(speech)}
    # ... and whoever the page says is its host or moderator ("Kristen Alvarez is the moderator of “Capitol Sunday.”")
    context = "\n".join([*article.furniture, article.title, *article.paragraphs])
    names = {f.key: f.surface for f in found if f.key.startswith("person/") and " " in f.surface}
    hosts |= {key for key in spoke if _shown_as_host(names.get(key, ""), context)}
    hosts |= presenters
    return [Quote(speaker=key, text=speech, paragraph=paragraph) for key, speech, paragraph in turns
            if asked[key] * 2 <= spoke[key] and key not in hosts], {paragraph: key for key, _, paragraph in turns}


# A title after its owner or where it airs: "on WBC News’ “Capitol Sunday”", "the ministry's “Made in China 2025”"
_NAMED_WORK = re.compile(r"(?:[A-Za-z]['’]s?|\bon)\s*$")
# ... or after what it names: "an industry report, “GaN Power Supply Chain Outlook 2030”", "a study titled “...”"
_WORK_NOUN = re.compile(r"\b(?:report|study|paper|survey|review|book|strategy|roadmap|plan|guidance|white paper|outlook|"
                        r"briefing|bulletin|newsletter|series|documentary|podcast|programme|program|column|essay|titled|"
                        r"entitled)\s*[,:]?\s*$", re.I)
_TITLE_SMALL_WORDS = frozenset("of the and a an in on for to at with".split())


def _shown_as_host(name: str, context: str) -> bool:
    """"Host: Theo Marchetti" over a transcript, "Kristen Alvarez is the moderator of ..." under it: who asks the questions."""
    shown = re.escape(name) if name else ""
    return bool(shown) and bool(re.search(rf"\b(?:(?:anchor|host|moderator|interviewer|presenter)s?\s*:?|(?:hosted|moderated|presented) by)\s+{shown}",
                                          context, re.I) or re.search(
        rf"\b{shown},?\s+(?:is|was)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:anchor|host|moderator|interviewer|presenter)\b", context))


_NON_SPACE = re.compile(r"\S")
_THE_BEFORE = re.compile(r"\b(?:the|The|THE)\s+$")
_REOPENS = re.compile(r"\s*[\"“«„]")
_OPENS_WITH_PRONOUN = re.compile(r"(?:He|She)\s")
_PRONOUN_MOOD = re.compile(r"(?:He|She)\s+(?:was|is|sounded|seemed)\s+(?:(?:much|even|far)\s+)?(?:more|less|(?!(?:n?ever|under|over|after|rather|later|either|neither)\b)\w+er)\b[^.!?\"“]{0,80}[.:]\s")
_HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
def _bracket_label(words: str, colon: str = ":") -> str:
    """A broadcast script's bracketed label naming who is heard or shown, a name and perhaps a job after its word:
    "[SOT: A, minister]", "[On screen: A, ...]"."""
    return rf"\[\s*(?i:{words})\s*{colon}\s*(?P<a>{_NAMEISH})\s*(?:[,(|][^\]]*)?\]"


# (... or numbered, with its in and out words and its length, the words on the line under it: "[SOT 1 — UJJWAL MAHARJAN,
# FOUNDER, HIMAL CELL RECOVERY | IN: "We paid…" | OUT: "…ninety days." | 0'11"]")
_BITE_LABEL = re.compile(_bracket_label(r"sot|sound\s*-?\s*bite|clip|sync", r"(?:\d{1,2}\s*)?[:—–-]")
                         + rf"(?:\s*:\s*|\s+(?=[{_UP}]))")
BITE_MIN_CHARS = 12
_SCRIPT_LABEL = re.compile(r"\[[^\]]{1,120}\]\s*:")


def _next_label(paragraph: str, start: int) -> int:
    """Where a broadcast script's next bracketed label ("[REPORTER]:", "[ANCHOR]:") opens, or the paragraph's end."""
    label = _SCRIPT_LABEL.search(paragraph, start)
    return label.start() if label else len(paragraph)


_SUPER = re.compile(_bracket_label(r"on[- ]screen|super|lower third|name super"))
_SOUND_BITE = re.compile(rf"\[\s*(?i:sound\s*-?\s*bite)\s*:?\s*(?P<a>{_NAMEISH})\s*(?:[-–—,(][^\]]*)?\]\s*")
_SOMEONE_OPENS = re.compile(r"(?:A|An|One|Another|Some|Two|Three|Several)\s")


INTERVIEW_QUESTION_MAX_WORDS = 30


def _after_full_stop(paragraph: str, at: int) -> bool:
    """Only white space, after a full stop or the paragraph's start, comes before ``at``:
    '"A," said X. "B."' goes on after the attribution. Looks back over the white space only."""
    k = at - 1
    while k >= 0 and paragraph[k].isspace():
        k -= 1
    return k < 0 or paragraph[k] == "."


SAID_REACH = 80  # characters from a speech verb to a quoted phrase it introduces: 'said the result was a "'


def _closes_sentence(paragraph: str, end: int, text: str) -> bool:
    """The quotation ends its sentence: nothing but a full stop (inside or after the marks) follows."""
    rest = paragraph[end:end + 3].lstrip()
    return text.rstrip().endswith((".", "!", "?")) or not rest or rest[0] in ".!?;"


def _modifies(paragraph: str, at: int, end: int | None = None) -> bool:
    """A quoted term used as a modifier: 'a "small yard" strategy'. The words of _MODIFIER are
    short, so only the few characters before the white space before ``at`` are searched. A quoted
    phrase the sentence goes on from with a preposition is a noun's words, not a modifier's:
    'reached a "basic consensus" on a series of issues' reports what was said."""
    if end is not None and _TERM_NOUN.match(paragraph, end):
        return True  # 'the US "verified data centre" status': a rule's term, before the kind of thing it names
    k = at
    while k > 0 and paragraph[k - 1].isspace():
        k -= 1
    if _MODIFIER.search(paragraph, max(0, k - 12), at) is None:
        return False
    return end is None or not _GOES_ON.match(paragraph, end)


_TERM_NOUN = re.compile(r"[\"”]?\s+(?:status|designation|label|category|tier|regime|scheme|programme|program|provision|clause"
                        r"|exemption|exception|waiver|mechanism|framework|list)\b")


# After a quoted phrase, a preposition or a conjunction: the phrase was a noun, not a modifier.
_GOES_ON = re.compile(r"\s+(?:on|in|of|with|for|to|over|about|between|from|and|but|that|which|as|at|by)\b")


def _sentence_end(spans: list[tuple[int, int]], at: int) -> int:
    i = bisect_right(spans, (at, float("inf"))) - 1
    return spans[i][1] if i >= 0 and spans[i][1] > at else min(at + 200, spans[-1][1] if spans else at + 200)


_TITLE_WORDS = re.compile(r"(?:(?:[A-Z][\w.-]*|of|for)\s+){0,4}")  # "Commerce Secretary ", "Rep. "
_TITLED_AFTER_COMMA = re.compile(r"\s*,\s*" + _TITLE_WORDS.pattern)  # ", Rep. " before a name
# "Asked about the approvals at a briefing, commerce ministry spokesperson He Yadong did not confirm ... . His answer was
# one sentence: "..."": the one asked, after the clause that says so and a role in lower case.
_ASKED_CLAUSE = r"(?:Asked|Pressed|Questioned|Speaking)\b[^.;:\"“”]{0,160}?,\s+"
_ASKED_OPENING = re.compile(_ASKED_CLAUSE + r"(?:[\w'’.-]+\s+){0,5}")
_ASKED_HE = re.compile(_ASKED_CLAUSE + r"(?:he|she)\b")  # ('Asked whether ..., he paused.')
# "According to Rodrigo Tavares, head of mining research at ..., magnet makers ... . "Every tonne ..."": his words go on.
_ACCORDING_OPENING = re.compile(r"[Aa]ccording to\s+" + _TITLE_WORDS.pattern)
# "I asked Gareth Lomond, who ran the desk, whether ... . His answer: "..."": the one asked answers.
_ASKED = re.compile(r"(?:(?:When|So|And)\s+)?(?:I|[Ww]e)\s+(?:also\s+|then\s+)?(?:asked|put (?:it|this|that|the question) to)\s+"
                    + _TITLE_WORDS.pattern)


def _previous_subject(paragraph: str, spans: list[tuple[int, int]], positions: list[tuple[int, str]], at: int) -> str:
    """The person the sentence right before a quotation (at `at`) opens with, when that sentence quotes no one."""
    i = bisect_right(spans, (at, float("inf"))) - 1
    while i >= 0 and spans[i][0] >= at:
        i -= 1
    if i < 0:
        return ""
    start, end = spans[i]
    if _QUOTE.search(paragraph, start, end):
        return ""
    for at, key in positions:
        if start <= at < end:
            return key if _TITLE_WORDS.fullmatch(paragraph, start, at) or _ASKED.fullmatch(paragraph, start, at) \
                or _ASKED_OPENING.fullmatch(paragraph, start, at) or _ACCORDING_OPENING.fullmatch(paragraph, start, at) else ""
    if _ASKED_HE.match(paragraph, start) and i > 0:
        # 'But Kwok was less optimistic. Asked whether ..., he paused. "Some will."': the one the sentence before opens with
        return _previous_subject(paragraph, spans, positions, start)
    return ""


def _one_named_before(positions: list[tuple[int, str]], spans: list[tuple[int, int]], opening: int) -> str:
    """The one person the sentence before the one opening at `opening` names (several: no one)."""
    before = max(_sentence_start(spans, opening - 1), opening - SENTENCE_LOOK_BACK) if opening else opening
    named: set[str] = set()
    for i in range(bisect_left(positions, (before, "")), len(positions)):  # (the sentence's only: an endless paragraph)
        if positions[i][0] >= opening:
            break
        named.add(positions[i][1])
    return named.pop() if len(named) == 1 else ""


def _sentence_start(spans: list[tuple[int, int]], at: int) -> int:
    i = bisect_right(spans, (at, float("inf"))) - 1
    return spans[i][0] if i >= 0 else 0


def _sentence_subjects(positions: list[tuple[int, str]], spans: list[tuple[int, int]],
                       text: str, strict: bool = False) -> list[tuple[int, str]]:
    """Each mention, standing for its sentence's subject: the first person named within the opening
    words of the sentence (after a title: "Treasury Secretary Scott Bessent, who ..."; not a
    possessive: in "Lin's adviser, Daniel Ferreira, has ..." the adviser is), if any."""
    result = []
    sentence, subject, settled = None, "", False
    for start, key in positions:  # in order of position
        i = bisect_right(spans, (start, float("inf"))) - 1
        opening = spans[i][0] if i >= 0 else 0
        if i != sentence:
            sentence, subject, settled = i, "", False
        if not settled and start - opening > 60 and not _OPENING_CLAUSE.fullmatch(text, opening, start):
            settled = True
        elif not settled and not _POSSESSIVE.match(text, start):
            subject, settled = key, True
        result.append((start, subject or ("" if strict else key)))
    return result


# "Speaking to reporters before boarding Air Force One, President Donald Trump ...": a clause before the
# subject, closed by a comma, and the subject's title.
_PORTFOLIO_LIST = re.compile(r"\b(of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
                             r"((?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})+,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")
_STAFF_BEFORE = re.compile(r"\b(?:reporter|correspondent|journalist|staff writer|writer|columnist)\s+$", re.I)
_SIGNED_OFF = re.compile(r"(?:[—–]|\bThe (?:author|writer),)\s*$")
_OUTLINE_LETTERS = frozenset({"A.", "B.", "C.", "D.", "E.", "F.", "Q."})  # an outline's first letters, an interview's labels
_VIEWPOINT = re.compile(r"\s*(?:For|To)\s+(?=[A-Z])")  # "For Rhiannon Llewelyn-Pryce, ..."
_OPENING_CLAUSE = re.compile(rf"[^,\"“”;:]{{0,160}},\s*(?:[{_UP}][\w.'’-]*\s+){{0,5}}")
_POSSESSIVE = re.compile(rf"[{_UP}][\w.'’-]*(?:\s+[{_UP}][\w.'’-]*){{0,4}}?['’]s\b")


class _Nearest:
    """The person mentioned last before a position in one paragraph, else a fallback."""

    def __init__(self, positions: list[tuple[int, str]]):
        self.starts = [s for s, _ in positions]
        self.keys = [key for _, key in positions]

    def __call__(self, at: int, fallback: str) -> str:
        i = bisect_left(self.starts, at)
        return self.keys[i - 1] if i else fallback


class _InSentence:
    """Who speaks a quoted fragment: the last speaker named earlier in its sentence
    ('Bessent told reporters that export controls were "not on the table"').

    The pattern cannot match across a quotation mark, so its hits before a quote are the
    sentence's hits that end before it: each sentence is matched once, not once per quote. A
    hit's person does not change between quotes, except a pronoun's with no one named before
    it, which is the last speaker; the last usable hit is then two bisections away."""

    def __init__(self, paragraph: str, pattern: re.Pattern[str], spans: list[tuple[int, int]], person, nearest, he_named):
        self.paragraph, self.pattern, self.spans = paragraph, pattern, spans
        self.person, self.nearest, self.he_named = person, nearest, he_named
        self.sentences: dict[tuple[int, int], tuple] = {}

    def speaker(self, at: int, last_speaker: str) -> str:
        (_, values, last_named, last_pronoun, surname), u = self._before(at)
        if u < 0:
            return ""
        j = max(last_named[u], last_pronoun[u] if last_speaker else -1)
        if j < 0 and last_pronoun[u] >= 0:
            return surname[last_pronoun[u]]
        return "" if j < 0 else values[j] or last_speaker

    def unnamed_speaker(self, at: int) -> bool:
        """The sentence has its speaker before ``at``, and it is no person (nor a pronoun): "Beijing answered ..., calling"."""
        (_, _, last_named, last_pronoun, _), u = self._before(at)
        return u >= 0 and last_named[u] < 0 and last_pronoun[u] < 0

    def _before(self, at: int) -> tuple[tuple, int]:
        """The hits of the sentence ``at`` is in, and the index of the last of them to end before it (-1 if none)."""
        i = bisect_right(self.spans, (at, float("inf"))) - 1
        start, end = self.spans[i] if i >= 0 and self.spans[i][0] <= at < self.spans[i][1] else (0, len(self.paragraph))
        if (start, end) not in self.sentences:
            self.sentences[start, end] = self._hits(start, end)
        hits = self.sentences[start, end]
        return hits, bisect_right(hits[0], at) - 1

    def _hits(self, start: int, end: int) -> tuple:
        ends: list[int] = []
        surname: list[str] = []  # the He a pronoun's "He" may be
        values: list[str] = []  # the person of each hit ("" for a pronoun with no one named before it)
        last_named: list[int] = []  # the last hit up to here whose person is known
        last_pronoun: list[int] = []  # the last pronoun hit up to here
        for n, hit in enumerate(self.pattern.finditer(self.paragraph, start, end)):
            pronoun = _pronoun(hit.group("a")) and not _mid_sentence_he(self.paragraph, hit)
            value = self.nearest(hit.start(), "") if pronoun else self.person(hit)
            # "MOFCOM spokeswoman He Yongqian said ... ¶ (a paragraph naming no one) ¶ He said the new requirements
            # "...": with no one else to be, the "He" the mentions read as her (never over a last speaker)
            surname.append(self.he_named(hit.start("a")) if pronoun and hit.group("a") == "He" else "")
            ends.append(hit.end())
            values.append(value)
            last_named.append(n if value else (last_named[-1] if last_named else -1))
            last_pronoun.append(n if pronoun else (last_pronoun[-1] if last_pronoun else -1))
        return ends, values, last_named, last_pronoun, surname


# What comes before "He" where it is the family name, mid-sentence: a quotation's comma, a word in lower case, a comma.
_HE_AS_NAME_BEFORE = re.compile(r"(?:,\s*[\"”’]|\b[a-z][\w'’-]*|,)\s*$")


def _echoes(pulled: str, said: str) -> bool:
    """A pull quote cut from a longer quotation: all but a word or two of its words are the quotation's."""
    words = re.findall(r"\w+", pulled.lower())
    spoken = set(re.findall(r"\w+", said.lower()))
    return len(words) >= 6 and sum(w not in spoken for w in words) <= 2


def _mid_sentence_he(paragraph: str, hit: re.Match[str]) -> bool:
    """"Xinhua quoted He as saying", "Asked whether ..., He said": "He" mid-sentence is a family name, never the pronoun."""
    return hit.group("a") == "He" and bool(_HE_AS_NAME_BEFORE.search(paragraph, max(0, hit.start("a") - 40), hit.start("a")))


# Events


def _events(article: Article, rules) -> list[Event]:
    """Sentences that report something on a given day, with the year resolved."""
    if article.date is None:
        return []
    events: list[Event] = []
    for index, paragraph in enumerate(article.paragraphs):
        for start, end in sentence_spans(paragraph, rules.abbreviations):
            sentence = paragraph[start:end]
            if sentence.lstrip().startswith(("\"", "“")):
                continue
            m = _EVENT_DATE.search(sentence) if _DIGIT.search(sentence) else None  # (each date has a digit)
            if not m:
                continue
            if m.group("nth"):
                month, day, year = article.date.month, int(m.group("nth")), article.date.year
            else:
                month = MONTHS.get(m.group("month").rstrip(".").lower())
                day = int(m.group("day"))
                year = int(m.group("year")) if m.group("year") else article.date.year
                if not m.group("year") and month and month > article.date.month + 1:
                    year -= 1  # "December 20" in a briefing dated in July happened last year
            try:
                when = date(year, month, day)
            except (TypeError, ValueError):
                continue
            events.append(Event(date=when, text=sentence, paragraph=index))
    return events


# Transcripts: "QUESTION: ..." / "MR HOERL: ...", "Q:" / "A:" after the spokesperson is named.

# An office's holder named in brackets after it: "The Deputy Minister for ... (Mr Kofi Adomako-Mensah):", "The MINISTER OF
# SCIENCE, ENERGY, TELECOMMUNICATIONS AND TRANSPORT (Hon. Trevor Lindo-Blake):" (an office's name may hold commas)
_HOLDER = r"(?:Mr|Ms|Mrs|Dr|Hon|Prof)\.?\s+"

_TURN = re.compile(r"^(?:[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?\s+)?"  # "[00:01:24] LIN MEIHUA: ..."
                   # "Elena Vasquez, Chief Executive Officer: ...": a name, then its role or firm
                   # ... "Question (VnExpress): ...", "Mr. Đoàn Quốc Việt, Deputy Director of the Import-Export Department: ..."
                   # (not a hearing record's turn whose words have a colon: "Ms. VENKATARAMAN-LOWE. If I may add, Senator: ...")
                   r"(?:(?!(?:[A-Z][a-z]{1,12}\.?\s+){0,2}[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?\.\s+[A-Z][a-z])"
                   rf"(?P<label>[{_UP}][\w.'’ -]{{0,40}}?|[{_UP}][\w.,'’ -]{{0,100}}?(?=\s*\({_HOLDER}))(?P<outlet>\s*\([^()]{{1,40}}\))?(?:,\s*[A-Z][\w.&'’ -]{{1,80}}?)?(?P<cue>\s*\((?:SOT|V/?O|STAND-?UP|O/?C|SOUNDBITE|SYNC|PTC|BITE)\b[^()]{{0,60}}\))?\s*[:：]\s+"
                   # A video's subtitles: "[Bikash Adhikari] We coat it ...", "[Yoon Ha-eun, spokesperson, Hanul - in Korean]",
                   # "[NARRATION - Sujan Shrestha]": the speaker in brackets, perhaps their job and language after the name
                   rf"|\[(?:(?:NARRATION|NARRATOR|Narration|Narrator|VOICE-?OVER|V/?O)\s*[-–—:]\s*)?(?P<subtitled>[{_UP}][\w'’.-]*(?:\s+[{_UP}][\w'’.-]*){{0,3}})"
                   r"(?:,\s*[^\[\]]{1,80}?)?(?:\s+[-–—]\s+in\s+[A-Z][a-z]+)?\]\s+"
                   # A Westminster-style Hansard's: "HON. CHAIRPERSON.- Honourable Members, ...", "DR. L. NAIVALU-KOROI.- "
                   r"|(?P<hansard>(?:[A-Z][A-Za-z]{1,12}\.\s+){0,2}(?:[A-Z]\.\s+){0,3}[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+){0,2})"
                   r"\.\s?[-–—]\s+"
                   # A hearing record: "Mr. HUANG. It is better ...", "Chairman MOOLENAAR. Thank you."
                   r"|(?P<record>(?:[A-Z][a-z]{1,12}\.?\s+){0,2}[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?)\.\s+"
                   # ... or in the record's own case: "Mr. Kessler. Mr. Chairman, we have ..."
                   r"|(?P<honorific>(?:Mr|Ms|Mrs|Dr|Chairman|Chairwoman|Chair|Senator|Representative)\.?"
                   r"\s+[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\.\s+"
                   # ... and an interview's "Question. ..." / "Answer. ..." ("Q." / "A.", "P." / "R.")
                   r"|(?P<asked>Q|A|P|R|Question|Answer|Pregunta|Respuesta|Frage|Antwort)\.\s+"
                   # ... and a parliament's verbatim report: "Maroš Šefčovič, Member of the Commission. – ",
                   # "Radosław Śmiałek (ECR). – "
                   rf"|(?P<verbatim>[{_UP}][^\W\d_]*(?:[ '’-][{_UP}][^\W\d_]*){{1,4}})(?:\s*\([\w/&-]{{2,12}}\)|,\s*[^.–—()]{{3,60}})"
                   r"\.\s*[–—]\s+)"
                   r"(?P<text>\S.*)$", re.S)


_PRONOUN_LABEL = re.compile(r"(?:He|She)\s+(?:also\s+|further\s+)?(?:added|said|stressed|noted|continued|emphasi[sz]ed|pointed out)")
_MEMBERS_PRESENT = re.compile(r"\b(?:Members\s+present|Present)\s*[:：]\s*([^\n.;]+)")
_PRINCIPAL_BEFORE = re.compile(rf"\b(?:for|of|to|at|with|under)\s+(?:(?:[{_UP}][\w.'’-]*\.?|[a-z]+['’]s)\s+){{0,3}}$")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Dr|Datuk|Dato['’]?|Datin|Puan|Encik|Mr|Ms|Mrs|Madam)\.?\s+$")
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b")
# ... saying the quote just closed: '"...," he told me' (who opened the sentence before is its speaker)
_PRONOUN_SAYS = re.compile(r"[,.!?…][\"”’]\s+(?:he|she)\s+(?:said|says|told|tells|added|adds|explained|recalled)\b")
PRONOUN_QUOTE_REACH = 400  # characters from a name opening its sentence to the quote a pronoun then says
_SENTENCE_OPENS_AT = re.compile(r"(?:^|[.!?][\"”’]?\s+)$")  # where a sentence opens, before a word
_RELATIVE_BEFORE = re.compile(r",\s+(?:who|whom|whose|which)\s+[^,.;:]{0,50}$")
_WORD_ENDS_SENTENCE = re.compile(r"\b([A-Za-z]*[a-z]{2})\.\s+(?=[A-Z])")  # "by Keelson. Arango": a full stop, not "Sen."
MASTHEAD_REACH = 4  # lines of furniture over the article where a site's name in capitals may sit
_TAB_SITE = re.compile(r"\s*[|–—-]\s*(\S+(?:\s+\S+){0,4})\s*")  # " | Goubet Éco English": the site a tab's title names
_DOCUMENT_SAYING = re.compile(r"\b(?:circular|notice|letter|memo|memorandum|statement|bulletin|advisory|guidance|note|filing)s?"
                              r"\s+(?:[\w'’-]+\s+){0,4}?(?:saying|stating|which said|that said|which says|that says)\b")
_CLAUSE_JOIN = re.compile(r",[\"”’']?\s+(?:and|but|while|whereas)\b|;|[.!?][\"”’'\d¹²³⁴⁵⁶⁷⁸⁹⁰]*\s+(?:[*•·–—-]\s+)?[A-Z]")  # a next clause or sentence
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti", "ben", "bte"})  # "son of", "daughter of", in a name
_EDITIONS = frozenset({"english", "edition", "international", "online", "digital"})  # a site's edition, after its name
# A list of the people on a show: "Guests: Dr. Keisha Samuel-Benjamin, nephrologist, ...", or the label alone over a line each
_LIST_LABEL = re.compile(r"(?:Guests?|Hosts?|Panel(?:ists)?|Speakers?|With|Featuring)\s*:\s*")
_LISTED_PERSON = re.compile(rf"(?:(?:{HONORIFIC_WORDS})\.?\s+)?(?P<name>[A-Z][a-zà-ÿ'’]+(?:\s+[A-Z][\w'’-]+){{1,2}})(?:,|\s+[—–(]|$)")
_NUMBERED_AFTER = re.compile(r"\s+(?:No|Nr|Vol|Issue|Edition)\.?\s*\d|\s*#\d")
_FORMER_ROLE = re.compile(r"(?:Then|Former|Ex|Now|Acting|Interim|Late|Outgoing|Incoming)-[a-z][\w-]*")
_ROMANCE_OF = re.compile(r"\s+(?:de|del|de la|de los|de las|des|du|di|da|do|dos|das|della|degli|dei)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")
_DEFINED_SHORT_NAME = re.compile(rf"(?:{LEGAL_FORM}|Corporation|Company|Group|Holdings)\s*\(\s*(?:the\s+)?[\"“]([{_UP}][^\"“”()]{{1,40}})[\"”]\s*\)")
_LEGAL_FORM_WORD = re.compile(LEGAL_FORM)  # "Corp.", "Ltd", "GmbH": a word only a company's name holds
_WHICH_AFTER = re.compile(r",\s+which\s")  # a name a clause of "which" follows is a thing's, not a person's
_AN_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_LOWER_NOUN_AFTER = re.compile(r"(?:-based)?\s+[a-z][a-z-]+\b(?!\s+(?:said|says|told|added|noted))")
_STAMP_IN_BRACKETS = re.compile(r"\(\d{1,2}:\d\d(?::\d\d)?\)")  # "Folake Adesina-Brooks (00:01:05): ...": when, not who for
# "ZHUK (translated): ...", "MS. ARAYA (through an interpreter): ...": how the words reached the page, not who for
_INTERPRETED_IN_BRACKETS = re.compile(r"\((?:translated|translation|interpreted|voice[- ]over|(?:through|via) (?:an? )?(?:interpreter|translator)|"
                                      # ... or by what line: "PENDA HAUFIKU-NANGOLO (on the phone):"
                                      r"on the (?:phone|line|telephone)|by (?:phone|telephone|video(?: ?link)?)|via (?:phone|video(?: ?link)?|Zoom)|"
                                      r"in [A-Z][a-z]+(?:, (?:translated|subtitled))?|"
                                      # ... or a TV script's cue, how the words come on air: "NAFISA KARIM (SOT):", "(SOT,
                                      # WASHINGTON — POOL)", "REPORTER (V/O):", "(STANDUP)"
                                      r"(?:SOT|V/?O|STAND-?UP|O/?C|SOUNDBITE|SYNC|PTC|BITE)\b[^()]{0,60})\)", re.I)
_DATE_LABEL = re.compile(rf"{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?", re.I)


def _label(match: re.Match) -> str:
    named = _NAMED_IN_BRACKETS.fullmatch((match.group("outlet") or "").strip())
    if named:
        return named.group(1)  # "The Deputy Minister for Lands and Natural Resources (Mr Kofi Adomako-Mensah):"
    return match.group("label") or match.group("record") or match.group("honorific") or match.group("asked") \
        or match.group("verbatim") or match.group("hansard") or match.group("subtitled")

_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "h.e.", "madam", "honorable", "hon.", "sen.", "rep.", "deputy", "under", "assistant",
               "foreign", "ministry", "commerce", "treasury", "press", "trade", "u.s.", "us", "chinese"}
_NAMED_IN_BRACKETS = re.compile(rf"\(({_HOLDER}[A-Z][^()]{{2,40}})\)")  # a role, then who holds it
_ASKER_LABELS = {"question", "q", "reporter", "journalist", "correspondent"}
_ANSWER_LABELS = {"a", "answer", "r", "respuesta", "antwort"}
_ROLE_LABELS = {"operator", "moderator", "host", "interviewer", "questioner", "audience member", "participant",
                "unidentified speaker", "unidentified analyst", "unknown speaker",
                # lists of who was there: "MEMBERS PRESENT: Chairman A, Ranking Member B"
                "members present", "present", "also present", "witnesses", "participants", "attendees", "panelists"}


# A host's opening ("Welcome back to the show. I'm Jonah Ferris. My guest today is ..."), not an
# official's ("Welcome to today's regular press conference").
_SHOW_WELCOME = r"[Ww]elcome back to|[Mm]y guests? (?:today|this week|is|are)"
_SHOW_OPENING = re.compile(rf"\b(?:{_SHOW_WELCOME})\b")  # (a call's "joining me" is its company's officer: quoted)
_HOST_OPENING = re.compile(rf"\b(?:{_SHOW_WELCOME}|[Jj]oining me|I'm [A-Z][a-z]+ [A-Z][a-z]+)\b")


_CHAIR_LABEL = re.compile(r"(?:co-?|vice[- ])?chair(?:man|woman|person)?\b|ranking member\b"
                          r"|(?:sen|senator|rep|representative|congress(?:man|woman))\b", re.I)  # ... and the members
# (a hearing's record, not a Sunday show whose senator sits on "the Senate Banking Committee")
_HEARING = re.compile(r"\b(?:hearing|subcommittee|witness(?:es)?|committee will come to order|(?:the )?committee on)\b", re.I)


# An interview's subject: "Begoña Larrañaga: "Europe discovered ..."" as its headline, or the name
# its introduction opens with ("Begoña Larrañaga (Bilbao, 1979) has spent ...").
_SUBJECT_NAME = r"(?!(?:The|For|To|In|At|As|With|But|And|When|After)\s)[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}"
_TITLE_SUBJECT = re.compile(rf"^({_SUBJECT_NAME})\s*:\s")
_INTRO_SUBJECT = re.compile(rf"^(?:For\s+)?({_SUBJECT_NAME})(?=\s*\(|,|\s+(?:has|is|was|spent|joined|runs|heads|leads)\b)")


_QUESTIONS_FOR = re.compile(rf"\b(?:[Qq]uestions?\s+(?:for|to)|Q\s*&\s*A\s+with|[Ii]nterview\s+with)\s+({_SUBJECT_NAME})(?=\s*[,(:—–-]|\s*$)")
QUESTIONS_BOX_REACH = 2  # paragraphs over an interview box's first question where its label may name the one asked
_TITLED_SPOKESPERSON = re.compile(r"\bSpokes(?:person|man|woman)\s+((?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+?)(?:['’]s\b|\s*[:,]|\s+(?:on|at|says|said)\b)")


def _title_holder(label: str, opening: str, people: dict[str, str], lex: Lexicon) -> tuple[str, str] | None:
    """(key, name) of who a transcript's label of a title alone ("TREASURER:", "Minister:") is: the one person the page's
    head names with that title, before or under the name ("Treasurer Jim Chalmers", "The Hon Jim Chalmers MP" /
    "Treasurer"), whether or not the text names them again."""
    title = " ".join(w for w in label.split() if w.lower() not in _HONORIFICS)  # ("HON. CHAIRPERSON.-": the chairperson)
    names = {m.group(1) for m in re.finditer(
        rf"(?:^|\n)[ \t]*(?:The\s+(?:Rt\.?\s+)?Hon\.?\s+)?((?-i:(?:[A-Z][a-z][\w'’-]*[ \t]+){{1,2}}[A-Z][a-z][\w'’-]*))"
        rf"(?:[ \t]+(?:MP|MLA|MHR|QC|KC))?"
        rf"[ \t]*\n[ \t]*(?:the\s+)?{re.escape(title)}[ \t]*(?:\n|$)", opening, re.I)
             if not m.group(1).isupper() and (_given(lex, m.group(1).split()[0]) or m.group(1) in people.values())}
    # ... or the title in brackets after the name, as a committee's record lists its members: "Hon. Ratu Semi Vakaloloma
    # (Chairperson)" over "HON. CHAIRPERSON.-" (a style before the name is no part of it: "Ratu")
    for m in re.finditer(rf"(?:^|\n)[ \t]*(?:(?:{HONORIFIC_WORDS}|Hon)\.?[ \t]+)?((?-i:(?:[A-Z][a-z][\w'’-]*[ \t]+){{1,3}}"
                         rf"[A-Z][a-z][\w'’-]*))[ \t]*\((?:the[ \t]+)?{re.escape(title)}\)[ \t]*(?:\n|$)", opening, re.I):
        words = m.group(1).split()
        while len(words) > 2 and lex.titles and lex.titles.fullmatch(words[0]):
            words = words[1:]
        names.add(" ".join(words))
    # ("Treasury Ministers" / "Treasurer", a menu's items: no one's name)
    names |= {surface for surface in people.values() if re.search(rf"\b{re.escape(title)}\s+{re.escape(surface)}\b", opening, re.I)}
    if len(names) != 1:
        return None
    name = next(iter(names))
    return next((k for k, surface in people.items() if surface == name), f"person/{slugify(name)}"), name


_TRANSCRIPT_BY = re.compile(r"\b(?:Press Conference|Remarks|Interview|Briefing|Statement)\s+by\s+(?:the\s+)?[A-Z][^()]{0,80}?"
                            r"\b([A-Z]{2,}\s+[A-Z][a-z]+(?:-[a-z]+)?|[A-Z][a-z]+(?:-[a-z]+)?\s+[A-Z]{2,})\b(?!\s+[A-Z])")


def _titled_spokesperson(article: Article, first_answer: int, people: dict[str, str], speakers: dict,
                         lex: Lexicon) -> str:
    """Who answers the "A:" turns of "Embassy Spokesperson Liu Pengyu's Remarks on ...": the spokesperson
    the title names, when the text names them nowhere else; the first answer is their mention. (Not
    "Spokesperson Answers Reporter's Question": a name has a given or a family name.)"""
    match = _TITLED_SPOKESPERSON.search(article.title)
    name = match.group(1) if match else ""
    # ... or the minister a ministry's transcript is by, the family name in capitals: "Press Conference by Minister of
    # Economy, Trade and Industry OKUDA Shinya (Excerpt)"
    by = _TRANSCRIPT_BY.search(article.title) if not match else None
    name = name_case(by.group(1)) if by else name
    words = name.split()
    if not words or not by and not (_given(lex, words[0]) or words[0] in lex.family_names or words[-1] in lex.family_names):
        return ""
    key = next((k for k, surface in people.items() if surface == name), f"person/{slugify(name)}")
    if key not in people:
        speakers[key] = (name, first_answer, 0, 0)
    return key


def _unlabelled_interview(article: Article, found: list) -> tuple[list[Quote], dict]:
    """An interview printed as questions, each a paragraph of one question, and the answers under them
    with no labels ("Is this the end of the trade war?" / "No. It's a ceasefire ..."): each answer is one
    quote of the person its introduction is about, when there are three such pairs or more."""
    paragraphs = article.paragraphs
    # (a question may open with one sentence of its own: "The licences run out this year. What should Seoul ask for?")
    asked = [i for i, p in enumerate(paragraphs[:-1]) if p.rstrip().endswith("?") and len(p.split()) <= 35
             and not re.search(r"[\"“”]", p) and len(re.findall(r"[.!?]\s", p.rstrip()[:-1])) <= 1
             and not paragraphs[i + 1].rstrip().endswith("?")]
    # ... or two or more under "Nagamine answered further questions from the Hinode Shimbun:", each question marked
    # ("--Will the talks slow demand?") and its answer quoted whole, with no one named
    intro = next((m for i in range(asked[0]) if (m := _ANSWERED_INTRO.match(paragraphs[i]))), None) if asked else None
    marked = intro is not None and len(asked) >= 2 and all(_QUESTION_MARK.match(paragraphs[i]) for i in asked)
    if len(asked) < 3 and not marked:
        return [], {}
    if marked:
        surname = intro.group(1).split()[-1]
        named = [(f.part, f.start, f.key) for f in found if f.key.startswith("person/") and f.surface.split()[-1] == surname]
        if not named:
            return [], {}
        key = min(named)[2]
        quotes, speakers = [], {"": set(), "?": set(asked)}
        for q in asked:
            answer = paragraphs[q + 1].strip()
            if _WHOLLY_QUOTED.fullmatch(answer):
                quotes.append(Quote(speaker=key, text=answer.strip("\"“”"), paragraph=q + 1))
                speakers[""].add(q + 1)
        return quotes, speakers
    people = {}
    for f in found:
        if f.key.startswith("person/"):
            people.setdefault(f.key, f.surface)
    speakers: dict = {"": set()}
    key = _interviewee(article, asked[0], people, speakers, found)
    if not key:
        return [], {}
    quotes = []
    for q, nxt in zip(asked, [*asked[1:], len(paragraphs)]):
        answer = [i for i in range(q + 1, nxt) if not _QUOTE.search(paragraphs[i])][:1]  # the answer's first paragraph
        for i in answer:
            quotes.append(Quote(speaker=key, text=paragraphs[i].strip(), paragraph=i))
            speakers[""].add(i)
    speakers["?"] = set(asked)
    return quotes, speakers


_ANSWERED_INTRO = re.compile(r"^((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+(?:answered|took)\s+(?:further\s+|more\s+|some\s+|our\s+)?"
                             r"questions\b[^.]*:$")
_QUESTION_MARK = re.compile(r"^(?:--|—|–|Q\s*[:.])\s*\S")
_WHOLLY_QUOTED = re.compile(r"[\"“][^\"“”]+[\"”]")
_BROADCAST_TURN = re.compile(r">>\s*")  # a caption transcript's change of speaker, the speaker named nowhere
BROADCAST_MIN_TURNS = 4


def _broadcast_turns(article: Article, found: list) -> tuple[list[Quote], dict] | None:
    """A broadcast's caption transcript marks each change of speaker with ">>" and names none. Its one guest (the
    person its headline or dek names, whom the talk names too) answers; the anchors ask. A turn is the anchors' when it
    opens the talk, asks (ends asking, or opens so), names the guest, or follows the guest's own turn (">>"
    is a new speaker each time, and there is one guest); every other turn is one quote of the guest."""
    paragraphs = article.paragraphs
    marked = [i for i, p in enumerate(paragraphs) if _BROADCAST_TURN.match(p)]
    if len(marked) < BROADCAST_MIN_TURNS:
        return None
    head = f"{article.title} {article.standfirst}"
    people: dict[str, str] = {}
    for f in found:
        if f.key.startswith("person/") and len(f.surface.split()) >= 2:
            people.setdefault(f.key, f.surface)
    guests = [k for k, surface in people.items() if re.search(rf"\b{re.escape(surface.split()[-1])}\b", head)
              and any(surface in paragraphs[i] for i in marked)]
    if len(guests) != 1:
        return None
    key = guests[0]
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, people[key].split()))})\b")
    quotes: list[Quote] = []
    speakers: dict = {"": set(), "?": set()}
    guest_before = False
    for n, i in enumerate(marked):
        text = paragraphs[i][_BROADCAST_TURN.match(paragraphs[i]).end():].strip()
        asks = text.endswith("?") or re.match(r"[^.!?]*\?", text) is not None  # (it ends asking, or opens so)
        if n == 0 or guest_before or asks or named.search(text):
            guest_before = False
            speakers["?"].add(i)
            continue
        quotes.append(Quote(speaker=key, text=text, paragraph=i))
        speakers[""].add(i)
        guest_before = True
    return (quotes, speakers) if quotes else None


CLIP_MARKS_MIN = 3  # ">>" this many times in one paragraph: a news report's auto-transcript, clips between its narration
CLIP_NARRATION_WORDS = 30  # how far back from a clip the narration names its speaker
_CLIP_CUE = r"(?:\s+\w+){0,2}?\s+(?:says|said|told|tells|puts?|adds|added|explains|explained|warns|warned)\b"


# A broadcast transcript's recorded clip, its speaker named in the cue: "[CLIP — US AGRICULTURE SECRETARY MARJORIE
# ELLENSWORTH, 22 OCTOBER]: What we are buying ...", "(SOUNDBITE) (English) U.S. TRADE REPRESENTATIVE JANE DOE, SAYING: ..."
_SOUNDBITE = re.compile(r"^(?:[\[(]\s*(?:(?:VIDEO|AUDIO|SOUND)\s+)?(?:CLIP|SOUNDBITE|SOT|BITE)\b\s*[-—–:]?\s*(?P<who>[^\[\]()]{3,120})[\])]"
                        r"|\(SOUNDBITE\)\s*(?:\([^()]{2,30}\)\s*)?(?P<saying>[^:]{3,120}?),?\s+SAYING)\s*:\s*(?P<text>\S.*)$", re.S)


def _soundbites(article: Article, found: list) -> list[Quote]:
    """Each clip is one quote of the person its cue names, in capitals as cues are (the text names them elsewhere)."""
    people: dict[str, str] = {}
    for f in found:
        if f.key.startswith("person/") and len(f.surface.split()) >= 2:
            people.setdefault(f.key, f.surface)
    quotes = []
    paragraphs = article.paragraphs
    for i, paragraph in enumerate(paragraphs):
        match = _SOUNDBITE.match(paragraph)
        said, at = (match.group("text"), i) if match else ("", i)
        alone = _SOUNDBITE_CUE.fullmatch(paragraph.strip()) if not match else None
        if alone:
            # "[CLIP 1 - ABDYKADYROV - in Russian, English voice-over]" on its own, its in and out words under it, then
            # "VOICE-OVER: "Every document was in order ..."": the words the clip says, in the language of the bulletin
            later = [j for j in range(i + 1, min(len(paragraphs), i + 3)) if not _CLIP_TIMING.match(paragraphs[j])][:1]
            spoken = _VOICED.match(paragraphs[later[0]]) if later else None
            said, at = (spoken.group(1), later[0]) if spoken else ("", i)
        if not said:
            continue
        cue = " {} ".format(" ".join(re.findall(r"[\w'’-]+", plain_letters((match or alone).group("who") or match.group("saying")).upper())))
        named = [key for key, surface in people.items() if f" {plain_letters(surface).upper()} " in cue]
        # (or the speaker's family name alone, as a script's cue gives it: "ABDYKADYROV")
        named = named or [key for key, surface in people.items() if f" {plain_letters(surface.split()[-1]).upper()} " in cue]
        if len(named) == 1:
            quotes.append(Quote(speaker=named[0], text=said.strip().strip('"“”'), paragraph=at))
    return quotes


_SOUNDBITE_CUE = re.compile(r"[\[(]\s*(?:(?:VIDEO|AUDIO|SOUND)\s+)?(?:CLIP|SOUNDBITE|SOT|BITE|SYNC)\b\s*(?:\d{1,2}\s*)?[-—–:]?\s*"
                            r"(?P<who>[^\[\]()]{3,120})[\])]")
_CLIP_TIMING = re.compile(r"(?:IN|OUT|DUR|TRT|RUNS)\s*:")  # "IN: "Все документы..."   OUT: "...не краска."   DUR: 0'17""
_VOICED = re.compile(r"(?:VOICE-?OVER|V/?O|TRANSLATION|Translation|Voice-over)\s*:\s*(\S.{10,})$", re.S)


def _clip_quotes(article: Article, found: list) -> tuple[list[Quote], dict] | None:
    """A news report's auto-transcript, run together in lower case, marks each change of voice with ">>": where the
    narration names someone saying ("biomedical engineer jethro waninara says the bigger risk ..."), the clip after it
    is theirs, one quote each (the text names them properly elsewhere: its description, its guests)."""
    if not any(paragraph.count(">>") >= CLIP_MARKS_MIN for paragraph in article.paragraphs):
        return None  # (no transcript here: its patterns, one per person, cost more than the reading)
    people: dict[str, str] = {}
    for f in found:
        if f.key.startswith("person/") and len(f.surface.split()) >= 2:
            people.setdefault(f.key, f.surface)
    spoken = {key: re.compile(rf"\b{re.escape(re.sub(r'[-‐]', ' ', surface.lower()))}{_CLIP_CUE}") for key, surface in people.items()}
    quotes: list[Quote] = []
    for i, paragraph in enumerate(article.paragraphs):
        if paragraph.count(">>") < CLIP_MARKS_MIN:
            continue
        segments = [re.sub(r"\s+", " ", re.sub(r"\b\d{1,2}:\d\d(?::\d\d)?\b", " ", part)).strip() for part in paragraph.split(">>")]
        for narration, clip in zip(segments, segments[1:]):
            tail = " ".join(narration.split()[-CLIP_NARRATION_WORDS:])
            named = [(m.start(), key) for key, pattern in spoken.items() if (m := pattern.search(tail))]
            if named and clip and not any(pattern.search(clip) for pattern in spoken.values()):
                quotes.append(Quote(speaker=max(named)[1], text=clip, paragraph=i))
    return (quotes, {"": set(), "?": set()}) if quotes else None


def _interviewee(article: Article, first_turn: int, people: dict[str, str], speakers: dict, found=()) -> str:
    """Who answers an interview's "A." turns when no spokesperson is named: the one person its headline
    or its introduction is about. Found by the rules or not, they become a person of the briefing."""
    named = [(f.part, f.start, f.key) for f in found if f.key.startswith("person/") and f.part < first_turn
             and f.surface not in article.authors]
    # "Three questions for Siriporn Thammasat, battery analyst at ...", "Q&A with A": the box over the turns names them
    for index in range(first_turn - 1, max(-1, first_turn - QUESTIONS_BOX_REACH - 1), -1):
        asked = _QUESTIONS_FOR.search(article.paragraphs[index])
        if asked:
            name = asked.group(1)
            key = next((k for k, surface in people.items() if surface == name), f"person/{slugify(name)}")
            if key not in people:
                start = asked.start(1)
                speakers[key] = (name, index, start, start + len(name))
            return key
    title = _TITLE_SUBJECT.match(article.title)
    for index in range(first_turn):
        paragraph = article.paragraphs[index]
        subject = _INTRO_SUBJECT.match(paragraph)
        name = title.group(1) if title and title.group(1) in paragraph else subject.group(1) if subject else ""
        first = name.split()[0] if name else ""
        if not name or any(f.part == index and not f.key.startswith("person/") and f.surface in name for f in found) \
                or len(first) <= 3 and len(re.findall(rf"\b{re.escape(first.lower())}\b", " ".join(article.paragraphs))) >= 2:
            # (not "En Piura, el programa ...": a place after the language's "in", a short word its text writes in lower case)
            continue
        key = next((k for k, surface in people.items() if surface == name), f"person/{slugify(name)}")
        if key not in people:
            start = paragraph.index(name)
            speakers[key] = (name, index, start, start + len(name))
        return key
    # "... Its managing director, Anjali Varadarajan, trained in Chennai. We spoke at the company's Perth office.":
    # the person an interview's introduction names last (not its writer), when it says it is an interview.
    intro = " ".join(article.paragraphs[:first_turn])
    # (... but "Tangier Post spoke with Karim Bennani-Smires, a former terminal director": the one the words name, though
    # the next paragraph names another)
    spoken = [(part, start, key) for part, start, key in sorted(named) for m in _INTERVIEW_INTRO.finditer(article.paragraphs[part])
              if 0 <= start - m.end() <= INTERVIEWEE_REACH]
    if spoken:
        return spoken[0][2]
    if named and (_INTERVIEW_INTRO.search(intro) or _INTERVIEW_TITLE.match(article.title)):  # (or "Q&A: How a ...")
        return max(named)[2]
    return ""


INTERVIEWEE_REACH = 12  # characters from "spoke with" to the name it introduces ("spoke with Dr. A")
_INTERVIEW_TITLE = re.compile(r"(?:Q\s*&\s*A|Interview|INTERVIEW|In conversation)\s*[:|–—-]", re.I)
_INTERVIEW_INTRO = re.compile(r"\b(?:interview(?:ed)?|we spoke|we asked|spoke (?:to|with)|talked (?:to|with)|sat down with"
                              r"|edited for (?:length|clarity)|in conversation)\b", re.I)


def _asks(turn: str, abbreviations: tuple[str, ...]) -> bool:
    """A turn that asks: a question in it, unless it is a long answer with a question or two in it."""
    turn = turn.strip()
    said = [turn[s:e] for s, e in sentence_spans(turn, abbreviations) if turn[s:e].strip()]
    asked = sum(1 for s in said if "?" in s)
    return asked > 0 and (len(said) < ANSWER_MIN_SENTENCES or asked * 3 >= len(said))


ANSWER_MIN_SENTENCES = 4  # a turn of this many sentences, few of them questions, answers (however it ends)


def _transcript_turns(article: Article, found: list, rules, lex: Lexicon) -> tuple[list[Quote], dict]:
    """Each answer turn of a named speaker is one quote of that speaker; questions are nobody's quotes."""
    headings = set(article.headings)  # "Trump on Air Force One: 'a twelve'": an entry's title, not a turn
    turns = [(i, m) for i, p in enumerate(article.paragraphs) if (m := _TURN.match(p))
             and len(_label(m).split()) <= 5 and i not in headings
             and not _DATE_LABEL.fullmatch(_label(m))  # "Sept. 24: Taiwan shares fall ...": a related list's date
             and not re.search(r"\d", _label(m))  # "Scenario 1: Deepening. ...": a numbered item's label, no speaker
             # "ICP Registration Number: 05004055", "Tel: 86-10-53771520": a field's value, no one's words
             and re.search(r"[^\W\d_]", m.group("text"))
             # ... "Camera: Benny Lahari", a credit's: a name alone
             and not re.fullmatch(r"(?:[A-Z][\w'’.-]*\s*){1,4}", m.group("text").strip())
             # "United Arab Emirates: 3 entities": a list's place or body, no speaker
             and not lex.names.get(_label(m).strip(), "").startswith(("place/", "organization/"))
             # "Question (VnExpress):" asks; "Northern Ore Separation (Gillette, Wyoming): $325 million" is a list
             and not (m.group("outlet") and _label(m).strip().lower() not in _ASKER_LABELS
                      and not _NAMED_IN_BRACKETS.fullmatch(m.group("outlet").strip())
                      and not _STAMP_IN_BRACKETS.fullmatch(m.group("outlet").strip())
                      and not _INTERPRETED_IN_BRACKETS.fullmatch(m.group("outlet").strip())
                      # ("HON. YVONNE UMUTONI GASANA (Minister of ICT and Innovation):": the speaker's office in brackets)
                      and not lex.role_words.search(m.group("outlet")))
]
    # ("Rail Baltica: tender for Riga Central Station signalling delayed to January": a newsletter item's title, once, going
    # on in lower case; a speaker's words open as a sentence does, or come back under the same label)
    labels = Counter(_label(m).strip() for _, m in turns)
    turns = [(i, m) for i, m in turns if not (m.group("text")[:1].islower() and labels[_label(m).strip()] == 1)]
    # (an interview's excerpts: "— How important is ...?" then "Moriwaki: ...", two answers each under its question)
    asked = len(turns) == 2 and all(i > 0 and article.paragraphs[i - 1].rstrip().endswith("?") for i, _ in turns)
    if len(turns) < 3 and not asked:
        return _broadcast_turns(article, found) or _clip_quotes(article, found) or _unlabelled_interview(article, found)
    titles = {t.lower() for t in rules.titles} | _HONORIFICS
    context = "\n".join([*article.furniture, article.title, *article.paragraphs])  # (a name never runs across lines)
    people = {}
    for f in found:
        if f.key.startswith("person/"):
            people.setdefault(f.key, f.surface)
    quotes: list[Quote] = []
    speakers: dict = {"": set()}
    by_label: dict[str, list[tuple[int, str]]] = defaultdict(list)
    askers: set[str] = set()  # the people some label of theirs shows asking
    for index, match in turns:
        by_label[_label(match).strip()].append((index, match.group("text")))
    present = _MEMBERS_PRESENT.search(context)
    spokesperson = ""
    # ... named so before the first turn (the official answering), not one the answers talk about
    opening = "\n".join([*article.furniture, article.title, *article.paragraphs[:turns[0][0]]])
    for key, surface in people.items():
        if re.search(rf"(?:spokes\w+|minister|secretary)\s+{re.escape(surface)}", opening, re.I):
            spokesperson = spokesperson or key
    for label, said in by_label.items():
        speakers[""].update(i for i, _ in said)
        # A questioner (reporters, anchors, moderators, members asking) is named, but quotes nobody.
        # (counted over every label of the same surname: "DR ELIZMA GOAGOSES-VAN WYK:" once, then "GOAGOSES-VAN WYK:",
        # her first answer ending on the question every lab manager asked her; not a question of hers)
        kin = [t for other, turns in by_label.items() if other.split()[-1:] == label.split()[-1:] for _, t in turns]
        asking = sum(1 for t in kin if "?" in t) * 2 > len(kin)
        # "Welcome back to The Straits Desk. I'm Jonah Ferris. My guest today is ...": the host.
        asking = asking or bool(_HOST_OPENING.search(said[0][1]))
        # "CHAIRMAN MOOLENAAR:", "SEN. WARREN:" at a hearing question the witnesses and keep order: only they answer.
        asking = asking or bool(_CHAIR_LABEL.match(label) and _HEARING.search(context))
        # ... and so do the members the record lists as present ("Present: Representatives Moolenaar, Oyelaran").
        asking = asking or bool(present and label.split() and re.search(
            rf"\b{re.escape(label.split()[-1].title())}\b", present.group(1)) and _HEARING.search(context))
        # (... nor an initial: "DR. L. NAIVALU-KOROI.-" is the Litia Naivalu-Koroi the record lists)
        words = [w for w in label.split() if w.lower() not in titles and not re.fullmatch(r"[A-Z]\.", w)]
        key = ""
        if label.lower() in _ROLE_LABELS:
            continue  # "Operator:", "Moderator:": a role that keeps the call going, no one's name
        if label.lower() in _ANSWER_LABELS:
            # "Spokesperson Liu Wenjun answered ..." then "A:" turns: each answer is one quote of the
            # official named as the answerer, as a turn under their own name would be. An unnamed
            # answerer ("a MOFCOM spokesperson") gives nobody's quotes.
            key = spokesperson or _interviewee(article, turns[0][0], people, speakers, found) \
                or _titled_spokesperson(article, said[0][0], people, speakers, lex)
        elif not words and (holder := _title_holder(label, opening, people, lex)):
            # "TREASURER:" under "The Hon Jim Chalmers MP" / "Treasurer": the one the page's head names so
            key, name = holder
            if key not in people:
                speakers[key] = (name, said[0][0], 0, 0)
        elif words:
            # "QIN:" after "QIN LANFANG:" (a family name printed first), "TQB:" after "Trần Quốc Bảo:" (the initials)
            fuller = [other for other in by_label if len(other.split()) >= 2 and (other.split()[0] == words[0] or (
                words[0].isupper() and "".join(plain_letters(w)[:1] for w in other.split()).upper() == words[0]))]
            if len(words) == 1 and len(fuller) == 1:
                words = fuller[0].split()
            tail, whole = words[-1].lower(), " ".join(words).lower()
            # The whole name first, then the surname, then a family name printed first ("HE YONGQIAN").
            for matches in (lambda n: n == whole, lambda n: n.split()[-1] == tail,
                            lambda n: n.split()[0] == words[0].lower(),  # "SPOKESPERSON CHEN": Chen Binhua
                            # "FERREYRA:": Catalina Ferreyra de la Vega, the first of her surnames
                            lambda n: len(words) == 1 and tail in n.split()[1:-1] and n.split()[n.split().index(tail) + 1] in NAME_PARTICLES):
                keys = [k for k, surface in people.items() if matches(surface.lower())]
                key = keys[0] if len(keys) == 1 or len(words) > 1 and keys else ""
                if key:
                    break
            if not key:
                # The given name the text prints before the surname, in its case or in capitals
                # ("JOHN MOOLENAAR, Michigan, Chairman" in a hearing's list of members); not a title.
                surname = words[-1].title()
                # (or the surname in capitals after a given name in its case, as Japanese ministries print it: "Minister
                # of Economy, Trade and Industry Ryosei AKAZAWA" over "Minister Akazawa:")
                given = next((g for pattern in (rf"\b((?:[A-Z][a-z]+[ \t]+){{1,2}}(?:[A-Z]\.[ \t]+)?){re.escape(surname)}\b",
                                                rf"\b([A-Z]{{2,}}[ \t]+){re.escape(surname.upper())}\b",
                                                *([rf"\b([A-Z][a-z]+[ \t]+){re.escape(surname.upper())}\b"]
                                                  if len(surname) >= 3 and not re.fullmatch(r"[IVXLC]+", surname.upper()) else []))
                              for m in re.finditer(pattern, context)
                              if (g := [w for w in m.group(1).split() if w.lower() not in titles])), None)
                # (... or printed first in capitals, the given name after it: "... and Industry TSUCHIYA Kazunori" over
                # "Minister TSUCHIYA:", not "Industry Tsuchiya")
                family_first = re.search(rf"\b{re.escape(surname.upper())}[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z][a-z])", context) \
                    if len(words) == 1 and len(surname) >= 3 else None
                if family_first and (family_first.group(1).lower() in titles or family_first.group(1).lower() in lex.english_lower):
                    family_first = None
                name = f"{surname} {family_first.group(1)}" if family_first else \
                    " ".join([*(w.title() if w.isupper() else w for w in given), surname]) \
                    if given and len(words) == 1 else " ".join(w.title() if w.isupper() else w for w in words)
                name = " ".join(w for w in name.split() if w.lower() not in titles)
                host = re.search(rf"\b(?:anchor|host|moderator|interviewer|reporter|correspondent)\s+{re.escape(name)}",
                                 context, re.I)
                name_words = name.split() or [""]
                if any(w[:1].islower() for w in name_words) or name_words[0].lower() in LABEL_OPENERS:
                    continue  # "Our take:", "The bottom line:": a newsletter's label, not a person
                if any(w in lex.not_people for w in name.split()) or name in lex.media or _ends_with_suffix(lex, name) \
                        or name.split()[-1].upper() in _OUTLET_LAST_UPPER or loose(name) in {loose(line) for line in (
                            article.source, *article.furniture[:MASTHEAD_REACH]) if line and len(line.split()) <= 5}:
                    # ("Accra Beacon: Should Ghanaian patients be worried?" under its masthead "ACCRA BEACON": the paper asks)
                    if asking:  # "Phoenix TV: X said it was "a big mistake". Any comment?": quotes nobody's
                        speakers.setdefault("?", set()).update(i for i, _ in said)
                    continue  # "China Daily:", "Federal Register Dates:": an outlet or a document, not a person
                # "MEI-LING HO:" is the "Mei-ling Ho" the text names, not "Mei-Ling Ho".
                name = name_case(next((m.group(0) for m in re.finditer(re.escape(name), context, re.I)
                                       if not m.group(0).isupper() and m.group(0)[:1].isupper()), name)) \
                    if len(name.split()) >= 2 else name
                if label.isupper() and len(name.split()) >= 2 and not _given(lex, name.split()[0]) and not any(
                        not m.group(0).isupper() and all(w[:1].isupper() for w in m.group(0).split())
                        for m in re.finditer(re.escape(name), context, re.I)):
                    continue  # "REPORT CARD:", "SMUGGLING BILL:": a newsletter's run-in label, a name written nowhere
                # "Chairman MOOLENAAR.", "Ms. STEVENS.": a hearing record names its members by title and surname
                recorded = len(name.split()) == 1 and len(words) < len(label.split()) and (
                    match.group("record") or match.group("honorific") or match.group("hansard")) and _HEARING.search(context)
                if (len(name.split()) >= 2 or recorded) and name.lower() in context.lower():
                    key = f"person/{slugify(name)}"
                    first = article.paragraphs[said[0][0]]
                    speakers[key] = (name, said[0][0], 0, len(label) if first.startswith(label) else 0)
                    asking = asking or bool(host)
                    if not spokesperson and not asking and re.match(r"(?:spokes\w+|minister|secretary)\b", label, re.I):
                        spokesperson = key  # "Minister Akazawa:" opens, then "Q:" / "A:": the minister answers
        if key and _shown_as_host(people.get(key, speakers.get(key, ('',))[0]), context):
            asking = True  # "Host: Theo Marchetti" above the transcript: the host asks, and quotes nobody
        # "DANA WHITLOCK, HOST:" once, then "WHITLOCK:" for her questions: whoever one label shows asking asks under all
        asking = asking or bool(key and key in askers) or any(
            _PRESENTER_ROLE.search(m.group(0)[:80]) for i, m in turns
            if _label(m).strip() == label)
        if asking:
            speakers.setdefault("?", set()).update(i for i, _ in said)
            if key:
                askers.add(key)
                quotes = [q for q in quotes if q.speaker != key]
        if not key or asking:
            continue
        for index, text in said:
            if not (text.rstrip().endswith("?") and _asks(text, rules.abbreviations)):
                quotes.append(Quote(speaker=key, text=text.strip(), paragraph=index))
    # "She added: "China never seeks ..."" between the turns: the answering official goes on
    for index, match in turns:
        if _PRONOUN_LABEL.fullmatch(_label(match).strip()):
            before = [q for q in quotes if q.paragraph < index]
            if before and before[-1].paragraph >= max((i for i, _ in turns if i < index), default=-1):
                quotes.append(Quote(speaker=before[-1].speaker, text=match.group("text").strip().strip("\"“”"), paragraph=index))
    quotes.sort(key=lambda q: q.paragraph)
    return quotes, speakers
