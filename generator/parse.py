"""Parse: a ``Seed`` becomes an ``Article``: headline, byline, dateline, body,
captions, rights, original URL, boilerplate, date and summary.

Every block of the seed ends up in exactly one place, so no text is lost. The
phrases that recognise each part come from ``rules.yml``; the shapes (where a
byline sits, what a dateline looks like) are general rules here.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

from .model import Article, Block, Caption, Diagnostic, Seed, Turn
from .registry import Registry, Rules
from .text import sentence_spans, sentences, squash, word_count

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

# Where a byline sits: "【By Outlet, Author】" glued to the lead, "[By ...]".
_BRACKET_BYLINE = re.compile(r"^\s*[【\[]\s*(?:By|Written by|Author[:：]?|By:)\s*([^】\]\n]{2,120})[】\]]\s*", re.I)
# A block that is only a byline: "By Jane Doe", "By Jane Doe, Reuters", "By Jane Doe and John Roe".
_BYLINE_LINE = re.compile(r"^(?:By|Written by|Words by)[:\s]+([^\n.!?]{2,100})$", re.I)
# "Reuters | Jane Doe"
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_PIPE_BYLINE = re.compile(r"^([^|\n]{2,60})\s+\|\s+([^|\n]{2,60})$")
# "WASHINGTON, July 14 (Reuters) -", "BEIJING, July 16 —", "Geneva, 5 May 2025 (AFP) –"
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Za-z.'\- ]{{1,40}}?|[A-Z][A-Z.'\- ]{{1,40}}?)(?:,\s*[A-Z][A-Za-z.\- ]{{1,30}})?,\s*"
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?:\((?P<outlet>[^)]{{2,40}})\)\s*)?(?:-{{1,2}}|—|–)\s*")
_URL = re.compile(r"https?://[^\s<>\"'】）)]+", re.I)
_TERMINAL = re.compile(r"[.!?。！？:;…]$")
_ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_TEXT_DATE = re.compile(
    rf"\b(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})(?:,?\s+(?P<year2>(?:19|20)\d\d))?)\b")
_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_LONG_ID = re.compile(r"(?<!\d)(\d{18,20})(?!\d)")
_OUTLET_WORDS = re.compile(r"\b(News|Times|Post|Daily|Agency|Press|Media|Network|Journal|Herald|Tribune|Observer|"
                           r"Guardian|Wire|Review|Reuters|Bloomberg|Xinhua|Insider|Telegraph|Weekly|Magazine|Radio|TV)\b")
# Hosts whose article IDs carry Unix seconds in their top 32 bits.
TIMESTAMP_ID_HOSTS = ("toutiao.com", "toutiaocdn.com", "snssdk.com", "ixigua.com")


# Blocks


def blocks(text: str, first_line: int = 1) -> list[Block]:
    """Paragraphs separated by blank lines; a text with no blank lines is one paragraph a line."""
    lines = text.split("\n")
    has_blank = any(not line.strip() for line in lines[1:-1])
    result: list[Block] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines):
        if not line.strip() or (not has_blank and current):
            if current:
                result.append(Block(squash(" ".join(current)), first_line + start))
                current = []
            if not line.strip():
                continue
        if not current:
            start = number
        current.append(line)
    if current:
        result.append(Block(squash(" ".join(current)), first_line + start))
    return [b for b in result if b.text]


# Recognisers


def _ci_startswith(text: str, prefixes: tuple[str, ...]) -> str | None:
    lower = text.lower()
    for prefix in sorted(prefixes, key=len, reverse=True):
        if lower.startswith(prefix.lower()):
            return prefix
    return None


def split_credit(text: str, rules: Rules) -> tuple[str, str] | None:
    """A caption's text and credit, when the block is a short paragraph ending in a picture credit."""
    if word_count(text) > rules.caption_max_words or not text:
        return None
    stripped = text.rstrip(" .")
    # "(Photo: Xinhua)", "[Photo/VCG]" at the end.
    match = re.search(r"[(\[（]\s*([^()\[\]（）]{2,60})\s*[)\]）]$", stripped)
    if match and _is_credit(match.group(1), rules):
        body = stripped[:match.start()].rstrip()
        return (body, _clean_credit(match.group(1), rules)) if body else None
    spans = sentence_spans(stripped, rules.abbreviations)
    if len(spans) >= 2:
        start = spans[-1][0]
        last = stripped[start:]
        if _is_credit(last, rules):
            return stripped[:start].rstrip(), _clean_credit(last, rules)
    # "... speaks to reporters. Photo: Visual China" split by a marker or slash inside one sentence.
    for marker in rules.credit_markers:
        index = stripped.lower().rfind(" " + marker.lower())
        if index > 0 and _is_credit(stripped[index + 1:], rules):
            return stripped[:index].rstrip(" .,;-—") + ".", _clean_credit(stripped[index + 1:], rules)
    return None


def _clean_credit(credit: str, rules: Rules) -> str:
    credit = credit.strip().strip("()[]（）").strip()
    marker = _ci_startswith(credit, rules.credit_markers)
    if marker:
        credit = credit[len(marker):].strip(" :/")
    return credit


def _is_credit(candidate: str, rules: Rules) -> bool:
    candidate = _clean_credit(candidate, rules).rstrip(".")
    if not candidate or len(candidate.split()) > 8:
        return False
    credits = {c.lower() for c in rules.photo_credits}
    if candidate.lower() in credits:
        return True
    # "John Doe/AFP", "Xinhua/Li Xin", "Reuters/Jane Doe": one side is a known credit.
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s+via\s+", candidate) if p.strip()]
    return len(parts) >= 2 and any(p.lower() in credits for p in parts)


def _is_rights(text: str, rules: Rules) -> bool:
    lower = text.lower()
    return word_count(text) <= 80 and any(p.lower() in lower for p in rules.rights_phrases)


def _is_boilerplate(text: str, rules: Rules) -> bool:
    if _ci_startswith(text, rules.boilerplate_prefixes):
        return True
    lower = text.lower()
    return word_count(text) <= 80 and any(p.lower() in lower for p in rules.boilerplate_phrases)


def _split_byline(content: str, registry: Registry) -> tuple[str, str]:
    """(source, author) from "Outlet, Author", "Author, Outlet" or "Author"."""
    parts = [p.strip() for p in re.split(r"\s*[,，|/]\s*", content.strip()) if p.strip()]
    if not parts:
        return "", ""
    if len(parts) == 1:
        return ("", parts[0]) if not _looks_like_outlet(parts[0], registry) else (parts[0], "")
    first, rest = parts[0], ", ".join(parts[1:])
    if _looks_like_outlet(first, registry) and not _looks_like_outlet(rest, registry):
        return first, rest
    return rest, first


# Lower-case words a byline's names may hold: name particles and staff words ("By Reuters staff").
_BYLINE_LOWER = frozenset("de da di do dos du del della der den van von la le al bin bint ibn y e and in "
                          "staff reporter reporters correspondent correspondents writer writers desk team".split())
_BYLINE_SEPARATORS = re.compile(r"\s*(?:[,，|/;&]|\band\b)\s*")


def _byline_line(text: str, registry: Registry) -> re.Match | None:
    """A block that is only a byline: "By" followed by names or outlets, nothing else.
    "By the numbers: ..." and "By contrast, ..." open sentences, not bylines."""
    match = _BYLINE_LINE.match(text)
    if not match or ":" in match.group(1):
        return None
    for part in _BYLINE_SEPARATORS.split(match.group(1).strip()):
        words = part.split()
        if not words or _looks_like_outlet(part, registry):
            continue
        if len(words) > 5 or not all(w[0].isupper() or w.lower() in _BYLINE_LOWER or _CJK_CHAR.search(w)
                                     for w in words):
            return None
    return match


def _looks_like_outlet(text: str, registry: Registry) -> bool:
    return text in registry.media_names() or bool(_OUTLET_WORDS.search(text))


# Dates


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(name: str | None) -> int | None:
    return MONTHS.get(name.rstrip(".").lower()) if name else None


def date_from_url(url: str) -> date | None:
    """A dated path (/2025/07/18/, 20250718) or a time-bearing article ID."""
    if not url:
        return None
    parts = urlsplit(url)
    match = _URL_DATE.search(parts.path)
    if match:
        found = _make_date(*map(int, match.groups()))
        if found:
            return found
    host = parts.hostname or ""
    if any(host == h or host.endswith("." + h) for h in TIMESTAMP_ID_HOSTS):
        for match in _LONG_ID.finditer(parts.path + "?" + parts.query):
            seconds = int(match.group(1)) >> 32
            if 946684800 <= seconds <= 4102444800:  # 2000..2100
                return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    return None


def text_dates(text: str, year: int | None) -> list[date]:
    """Dates the text gives; a date without a year takes ``year``."""
    found: list[date] = []
    for match in _ISO_DATE.finditer(text):
        d = _make_date(*map(int, match.groups()))
        if d:
            found.append(d)
    for match in _TEXT_DATE.finditer(text):
        month = _month(match.group("month") or match.group("month2"))
        day = int(match.group("day") or match.group("day2"))
        y = match.group("year") or match.group("year2")
        y = int(y) if y else year
        if month and y:
            d = _make_date(y, month, day)
            if d:
                found.append(d)
    return found


def text_year(text: str) -> int | None:
    """The latest year the text names, as the year of undated "July 17"s."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


# Headline and summary


_PHRASE_OPENERS = {"and", "or", "but", "of", "to", "in", "on", "for", "with", "as", "by", "at", "that", "which",
                   "including", "citing", "after", "while", "amid", "from", "over", "into", "because", "since",
                   "who", "where", "when", "sparking", "saying", "according"}
_WEEKDAY_PHRASE = re.compile(r"\s+(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                             r"(?:\s+(?:morning|afternoon|evening|night))?\b")


def headline_from_lead(lead: str, rules: Rules) -> str:
    """A real headline from the first sentence: no opener, no trailing clause, no '...'."""
    first = sentences(lead, rules.abbreviations)
    sentence = first[0] if first else lead
    sentence = sentence.strip().rstrip(".!?。")
    for _ in range(3):
        opener = _ci_startswith(sentence, rules.lead_openers)
        if opener and re.match(r"^[,\s]", sentence[len(opener):] or " "):
            sentence = sentence[len(opener):].lstrip(" ,")
        else:
            sentence = re.sub(rf"^(?:On|In|Since|By)\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|(?:19|20)\d\d)(?:,\s*(?:19|20)\d\d)?,\s*", "", sentence)
    sentence = re.sub(r"^(?:The|A|An)\s+(?=[A-Z])", "", sentence[:1].upper() + sentence[1:])
    sentence = _WEEKDAY_PHRASE.sub("", sentence)  # "on Wednesday" dates a story, not a headline
    max_chars = rules.headline_max_chars
    if len(sentence) > max_chars:
        # Cut at the last clause boundary that leaves a full clause.
        clauses = [m.start() for m in re.finditer(r",\s|\s[—–-]\s|;\s|:\s|\s\(", sentence)]
        fits = [i for i in clauses if 20 <= i <= max_chars]
        if fits:
            sentence = sentence[:fits[0] if len(sentence[:fits[0]].split()) >= 5 else fits[-1]]
        else:
            # No clause boundary fits: end before a word that opens a new phrase, never mid-phrase.
            words = sentence.split()
            cuts = [i for i in range(4, len(words)) if words[i].lower() in _PHRASE_OPENERS
                    and len(" ".join(words[:i])) <= max_chars]
            if cuts:
                words = words[:cuts[-1]]
            else:
                words = sentence[:max_chars + 1].split()[:-1]
            while words and words[-1].lower() in _PHRASE_OPENERS | {"the", "a", "an"}:
                words.pop()
            sentence = " ".join(words)
    sentence = sentence.strip(" ,;:—–-\"“”'")
    return (sentence[:1].upper() + sentence[1:]) if sentence else ""


def summarise(paragraphs: tuple[str, ...], count: int, rules: Rules) -> str:
    """An extractive summary: the lead plus the sentences richest in the article's own words."""
    candidates: list[tuple[int, int, str]] = []
    for p_index, paragraph in enumerate(paragraphs[:12]):
        for s_index, sentence in enumerate(sentences(paragraph, rules.abbreviations)):
            if 8 <= len(sentence.split()) <= 60 and not sentence.lstrip().startswith(("\"", "“")):
                candidates.append((p_index, s_index, sentence))
    if not candidates:
        return squash(paragraphs[0])[:400] if paragraphs else ""
    words = re.findall(r"[A-Za-z][a-z]{3,}", " ".join(paragraphs).lower())
    frequency: dict[str, int] = {}
    for word in words:
        frequency[word] = frequency.get(word, 0) + 1

    def score(item: tuple[int, int, str]) -> float:
        p, s, sentence = item
        terms = set(re.findall(r"[A-Za-z][a-z]{3,}", sentence.lower()))
        richness = sum(min(frequency.get(t, 0), 6) for t in terms) / (len(terms) + 4)
        return richness + 3.0 / (1 + p) + (1.0 if s == 0 else 0.0)

    lead = candidates[0]
    rest = sorted(candidates[1:], key=lambda c: (-score(c), c[0], c[1]))
    chosen = [lead]
    for item in rest:
        if len(chosen) >= count:
            break
        if sum(len(c[2]) for c in chosen) + len(item[2]) > 600:
            continue
        chosen.append(item)
    chosen.sort(key=lambda c: (c[0], c[1]))
    return " ".join(c[2] for c in chosen)


# The parser


def parse(seed: Seed, registry: Registry) -> Article:
    """Split a seed into the parts of an article. Pure: same seed, same article."""
    rules = registry.rules
    diagnostics: list[Diagnostic] = []
    # A structured reader (HTML) has already found the blocks; text is split at blank lines.
    found = list(seed.blocks) if seed.blocks else blocks(seed.text, seed.body_line)
    meta = seed.meta
    page = seed.page

    title = ""
    source = author = original_url = rights = dateline = ""
    boilerplate: list[str] = []
    body: list[Block] = []
    captions: list[Caption] = []
    turns: list[Turn] = []
    dateline_date: tuple[int, int, int | None] | None = None

    # A headline: the first block, one short line with no terminal punctuation (unless the page gave one).
    if len(found) > 1 and found[0].kind == "text" and not (page and page.title):
        first = found[0]
        if ("\n" not in first.text and len(first.text) <= 2 * rules.headline_max_chars
                and len(first.text.split()) <= 20 and not _TERMINAL.search(first.text)
                and not _BRACKET_BYLINE.match(first.text) and not _byline_line(first.text, registry)
                and not (_PIPE_BYLINE.match(first.text) and len(first.text.split()) <= 6)
                and not split_credit(first.text, rules)):
            title = first.text
            found = found[1:]

    for index, block in enumerate(found):
        text = block.text
        # What a structured reader marked stays what it is: a caption, or a speaker's turn.
        if block.kind == "caption":
            credit = split_credit(text, rules)
            captions.append(Caption(text=credit[0] if credit else text, credit=credit[1] if credit else "",
                                    after=len(body) - 1))
            continue
        if block.kind == "turn":
            turns.append(Turn(paragraph=len(body), speaker=block.speaker, start=_speech_start(text, block.speaker)))
            body.append(block)
            continue
        # A byline in brackets glued to the lead, or a byline on its own line.
        match = _BRACKET_BYLINE.match(text)
        if match and not (source or author):
            source, author = _split_byline(match.group(1), registry)
            text = text[match.end():].strip()
            if not text:
                continue
        elif not body and not (source or author):
            match = _byline_line(text, registry)
            pipe = _PIPE_BYLINE.match(text)
            if match:
                source, author = _split_byline(match.group(1), registry)
                continue
            if pipe and len(text.split()) <= 10:
                source, author = _split_byline(f"{pipe.group(1)}, {pipe.group(2)}", registry)
                continue
        # A dateline opens the first body paragraph.
        if not body and not dateline:
            match = _DATELINE.match(text)
            if match and match.end() < len(text):
                dateline = text[:match.end()].strip()
                month = _month(match.group("month") or match.group("month2"))
                day = int(match.group("day") or match.group("day2"))
                dateline_date = (month, day, int(match.group("year")) if match.group("year") else None)
                if match.group("outlet") and not source:
                    source = match.group("outlet").strip()
                text = text[match.end():].strip()
        prefix = _ci_startswith(text, rules.original_prefixes)
        if prefix:
            url = _URL.search(text)
            if url and not original_url:
                original_url = url.group(0).rstrip(".,;")
                rest = squash(text[len(prefix):].replace(url.group(0), " ")).strip(" .")
                if rest:
                    boilerplate.append(text)
                continue
        if _is_rights(text, rules):
            rights = f"{rights} {text}".strip()
            continue
        if _is_boilerplate(text, rules):
            boilerplate.append(text)
            continue
        credit = split_credit(text, rules)
        if credit:
            captions.append(Caption(text=credit[0], credit=credit[1], after=len(body) - 1))
            continue
        if re.fullmatch(r"https?://\S+", text):
            # A bare URL line after the body is the original link.
            if not original_url and index >= len(found) - 3:
                original_url = text.rstrip(".,;")
                continue
        body.append(Block(text, block.line))

    if not body:
        diagnostics.append(Diagnostic("warning", seed.name, "has no article text once its byline, captions and "
                                      "boilerplate are removed", line=seed.body_line,
                                      fix="check the seed is an article; its parts are still shown on the page"))
    paragraphs = tuple(b.text for b in body)

    if not source and rights:
        match = re.search(r"\bby\s+([A-Z][\w&.' -]{1,50}?)(?:[.,]|$)", rights)
        if match:
            source = match.group(1).strip()

    # The date: front matter > dateline > URL > the text.
    all_text = " ".join([title, dateline, *paragraphs, *(c.text for c in captions)])
    override = meta.get("original_url")
    url_date = date_from_url(override if isinstance(override, str) and override.strip() else original_url)
    year = text_year(all_text)
    published: date | None = None
    date_source = "none"
    if dateline_date:
        month, day, y = dateline_date
        y = y or (url_date.year if url_date else None) or year
        published = _make_date(y, month, day) if y else None
        date_source = "dateline" if published else "none"
    if not published and url_date:
        published, date_source = url_date, "url"
    if not published:
        dates = text_dates(all_text, year)
        if dates:
            published, date_source = max(dates), "text"

    if not title and paragraphs:
        title = headline_from_lead(paragraphs[0], rules)
        title_inferred = True
    else:
        title_inferred = False
    if not title:
        title = headline_from_lead(captions[0].text, rules) if captions else seed.name.rsplit(".", 1)[0]
        title_inferred = True

    authors = (author,) if author else ()
    summary = summarise(paragraphs, rules.summary_sentences, rules)
    fetched = ""
    left_out = None
    if page:
        # What the page says about itself beats what the text rules inferred.
        if page.title:
            title, title_inferred = page.title, False
        if page.authors:
            authors = page.authors
            author = join_names(page.authors)
        if page.date:
            published, date_source = page.date, "page"
        source = page.site_name or source
        original_url = page.original_url or page.url or original_url
        summary = page.summary or summary
        fetched = page.fetched
        left_out = (page.left_out_blocks, page.left_out_words)

    words = sum(word_count(p) for p in paragraphs)
    return Article(
        seed=seed.name, title=title, title_inferred=title_inferred, date=published, date_source=date_source,
        source=source, author=author, original_url=original_url, rights=rights,
        boilerplate=tuple(boilerplate), dateline=dateline, paragraphs=paragraphs, captions=tuple(captions),
        summary=summary, word_count=words,
        reading_time=max(1, math.ceil(words / rules.words_per_minute)) if words else 0,
        meta=dict(meta), diagnostics=tuple(diagnostics),
        authors=authors, turns=tuple(turns), fetched=fetched, left_out=left_out,
    )


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """Several names as one line: "A", "A and B", "A, B and C"."""
    names = list(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}" if names else ""


def _speech_start(text: str, speaker: str) -> int:
    """Where a turn's speech starts: after the speaker's label and its colon."""
    match = re.match(rf"\s*{re.escape(speaker)}\s*[:：]?\s*", text)
    return match.end() if match else 0
