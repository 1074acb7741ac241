"""Parse: a ``Seed`` becomes an ``Article``: headline, byline, dateline, body,
captions, rights, original URL, boilerplate, date and summary.

Every block of the seed ends up in exactly one place, so no text is lost. The
phrases that recognise each part come from ``rules.yml``; the shapes (where a
byline sits, what a dateline looks like) are general rules here.
"""
from __future__ import annotations

import base64
import csv
import io
import math
import quopri
import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache, partial
from urllib.parse import urlsplit

from .dates import MONTH_FIRST_PLACE, MONTH_NAMES, build_day
from .edges import (BROADCAST_CUE, COMMENT_WORDS, CONTACT_LINE, HASHTAGS, LICENSING_LINK, ORIGINALLY_PUBLISHED, REPLY_ACTIONS,
                    REPLY_WORDS, STAMP_DAY, about_the_piece)
from .markup import (asciidoc_as_text, fenced_block_as_text, gift_as_text, glossed_as_text, rcs_as_text, rec_as_text, textgrid_as_text, conllu_as_text, sqlite_lines_as_text, gopher_menu_as_text, http_exchange_as_text, postscript_as_text, paged_rfc_as_text, tei_as_text, xml_leaf_as_text, chat_log_as_text, framed_lines_as_text, heredoc_as_text, unified_diff_as_text, outline_as_text, assistant_conversation, caret_notation_as_text, expanded_record_as_text, feed_item_as_text, file_sections, form_fields, generator_marks, markup_as_text,
                     record_as_text, rtf_as_text, session_output, table_as_text, tagged_text_as_text, tiddler_as_text,
                     scraped_item_as_text, r_console_as_text, smtp_session_as_text, sla_as_text, json_page_as_text, docbook_as_text, ci_log_as_text, python_session_as_text, rst_as_text)
from .model import Article, Block, Caption, Diagnostic, Seed, Turn
from .registry import Registry, Rules
from .text import (CLOCK, EMAIL_ADDRESS, PICTOGRAPH, GIVEN_NAME_ABBREVIATION, GIVEN_NAME_ABBREVIATIONS, NAME_PARTICLE, NAME_PARTICLES, NAMES_APART, in_names, join_names, loose,
                   name_case, sentence_spans, sentences, split_names, squash, without_honorific, without_honorifics,
                   word_count)

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

# Where a byline sits: "【By Outlet, Author】" glued to the lead, "[By ...]".
# (... or, in lenticular brackets, the outlet and its writer with no "By": "【Hinode Shimbun, Saki Moriyama】TOKYO -- ...")
# The capitals of the Latin alphabets datelines and bylines are written in ("ASUNCIÓN", "TIMIȘOARA", "ŁÓDŹ"): one owner
_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-ŽȘȚ"
_BYLINE_AFTER_DATELINE = re.compile(rf"By\s+((?:[{_CAPITALS}][\w'’.-]*\s+(?:and\s+)?){{1,4}}[{_CAPITALS}][\w'’-]*)\s+[—–-]\s+(?=[\"“A-Z])")
# ... or the name alone, run into the lead's dateline as an e-paper's text mode sets it: "Mehdi Ben Salah SOUSSE — In ..."
_NAME_INTO_DATELINE = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*[a-z])(?=\s+[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*[—–]\s)")
_BYLINE_INTO_DATELINE = re.compile(r"By\s+((?:[A-Z][\w'’.-]*\s+(?:and\s+)?){1,5}[A-Z][a-z][\w'’-]*?[a-z])"
                                   rf"(?:(?=\s?[{_CAPITALS}]{{3,}}(?:[\s/]+[{_CAPITALS}]{{3,}}){{0,3}}\s*[:,—–-]\s)"  # ("... MoldovanTIMIȘOARA, Jan 8",
                                   # "... GhimireNEW DELHI/KATHMANDU, Jan 23:": two places a slash apart)
                                   # (... or into the lead's first word, after the place she filed from: "By A from GazipurThe
                                   # afternoon shift ...")
                                   r"|\s+(?:from|in)\s+[A-Z][a-z]+?(?=(?:The|A|An|In|On|At|As|After|When|For|Since|With)\s)"
                                   # (... or straight into it: "By Aminath Shiuna LatheefThe Atoll Power Corporation has ...")
                                   r"|(?=(?:The|In|On|At|As|After|When|For|Since|With)\s+[A-Za-z]))")
_BRACKET_BYLINE = re.compile(r"^\s*(?:[【\[]\s*(?:By|Written by|Author[:：]?|By:)\s*|【(?=[^】\n,，、]{2,60}[,，、]\s*"
                             r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}|[\u4e00-\u9fff]{2,4})\s*】))([^】\]\n]{2,120})[】\]]\s*", re.I)
# A block that is only a byline: "By Jane Doe", "By Jane Doe, Reuters", "By Jane Doe and John Roe".
# "By Ma. Lourdes Villanueva": a given name written short keeps its full stop.
_SHORT_GIVEN_STOP = "|".join(rf"(?<=\b{a})\." for a in GIVEN_NAME_ABBREVIATIONS)
# An editor's review of the text ("Reviewed by A, Legal Affairs", "Checked by B"): a credit, never a byline.
_REVIEW_WORDS = r"(?:Reviewed|Fact-checked|Checked|Approved|Proofread)"
_BYLINE_LINE = re.compile(r"^(?:[—–-]+\s*)?(?:By|(?:Written|Words|Text|Story|Interview|Interviewed|Reported|Compiled|Curated|Posted|Prepared|Hosted|Summary|Summari[sz]ed|(?:Live\s+)?coverage|Live blog) by|Words\s*:)[:\s]+"
                          r"((?:[^\n.!?]|(?<=\b[A-Z])\.|" + _SHORT_GIVEN_STOP + r"){2,100}?)(?:\s*\((?:earlier|updated|now)\))?(?:,?\s*[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?)?(?P<credit>(?:\s*[|·•]\s*|,?\s+(?:with\s+)?(?=(?:additional\s+)?reporting\s+by\b))"
                          r"(?:Edited|Editing|Photos?|Photographs|Illustrations?|Graphics|Additional reporting|Reporting by|Compiled"
                          rf"|With inputs|{_REVIEW_WORDS}|Translated|Translation)\b.*)?$", re.I)  # ("Summary by A | Reviewed by B")  # "By A, with additional reporting by B"
# "Reuters | Jane Doe"
_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_PIPE_BYLINE = re.compile(r"^([^|\n]{2,60})\s+\|\s+([^|\n]{2,60})$")
# A weekday as copies print it: "Mon", "Tues.", "Thursday"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
# "WASHINGTON, July 14 (Reuters) -", "BEIJING, July 16 —", "Geneva, 5 May 2025 (AFP) –"
_DATELINE = re.compile(  # (a weekday is no place: "Sunday, 9 August 2026 - 11:30 AM" is a date line)
    rf"^(?!{_WEEKDAY},)(?![^,]{{0,30}}\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)(?P<place>[{_CAPITALS}][A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț.'\- ]{{1,40}}?|[{_CAPITALS}][{_CAPITALS}.'/\- ]{{1,40}}?)(?:,\s*[A-Z][A-Za-z.\- ]{{1,30}})?,\s*"
    rf"(?:(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}))(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<day3>[0-3]?\d)\.(?P<month3>[01]?\d)\.(?P<year3>(?:19|20)\d\d))\s*(?:\((?P<outlet>[^)]{{2,40}})\)\s*|/(?P<wire>[A-Z][^/]{{1,40}})/\s*)?(?:-{{1,2}}|—|–|(?<=\))(?=\s*[A-Z])|:(?=\s+[A-Z]))\s*")  # ("Taipei, Nov. 3 (FNN) Taiwan's ...")
# (... or a colon, as South Asian papers set it: "KATHMANDU, Dec 25: China on Tuesday said ...")
# (... and a release wire's, its name between slashes: "TAIPEI, Oct. 10, 2029 /Formosa Business Wire/ -- ")
# "WASHINGTON, D.C. — ", "BEIJING -- ": a dateline that gives only the place, in capitals (perhaps with its wire's code).
_PLACE_DATELINE = re.compile(rf"^(?!U\.S\.|U\.K\.)(?=[{_CAPITALS}.'’ ]{{4}})[{_CAPITALS}][{_CAPITALS}.'’]+(?:\s[{_CAPITALS}][{_CAPITALS}.'’]+){{0,2}}"
                             r"(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s?[A-Z][a-z.]{1,12})?)?"
                             r"(?:\s*(?:—|–|--)|\s*\([A-Z][\w .&'’-]{0,30}\)\s*(?:—|–|-{1,2}))\s*(?=[A-Z])")  # ("WASHINGTON (LP) — ")


# "WASHINGTON, D.C. – Today, the U.S. Department of Commerce's Bureau of Industry and Security" (a release's first line,
# cut by a hard wrap): a place's dateline and this many words is the story's lead, not a line over it.
PLACE_DATELINE_MIN_WORDS = 10


def _place_lead(text: str) -> bool:
    """A place's dateline, then words as a story's lead runs on (not "THE LONG TABLE — Episode 148: ...", a show's title,
    nor "PRIVILEGED AND CONFIDENTIAL — PREPARED FOR ...")."""
    place = _PLACE_DATELINE.match(text)
    rest = text[place.end():] if place else ""
    return bool(place) and len(rest.split()) >= PLACE_DATELINE_MIN_WORDS and ":" not in rest and not rest.isupper() \
        and bool(re.search(r"\b[a-z]{3,}\b", rest))


def opens_with_dateline(text: str) -> bool:
    """"WASHINGTON – The Office of ...", "BEIJING, March 3 (Xinhua) --": a story's lead, never its deck."""
    return bool(_DATELINE.match(text) or _PLACE_DATELINE.match(text))


_BARE_URL = re.compile(r"https?://\S+")  # a line that is only an address: the page's own, copied with it
_URL = re.compile(r"https?://[^\s<>\"'】）)]+", re.I)
_TERMINAL = re.compile(r"[.!?。！？:;…]$")
# (a transcript's turn, "[00:00:11] Speaker 2: ...", "Gao Ruixin: ...": its lines are read as turns, not cut here)
_TURN_LINE = re.compile(r"(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*|\d{1,2}:\d\d(?::\d\d)?\s+)?[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*:\s")
_TERMINAL_QUOTED = re.compile(r"[.!?。！？:;…][\"”’')\]]*$")  # (a sentence's end, its quotation closed after it)
_TERMINAL_BUT_COLON = re.compile(r"[.!?。！？;…]$")  # (a title's first part ends with a colon and goes on)
_ISO_DATE = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])")
_TEXT_DATE = re.compile(
    rf"\b(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?<![:.]\d)(?<![:.])(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH})(?:,?\s+(?P<year2>(?:19|20)\d\d))?)\b")
# A report's "Suggested citation: A and B (2029). Title. Place: Publisher, 23 August 2029." (to the blank line after it)
_CITATION = re.compile(r"(?:Suggested\s+citation|Recommended\s+citation|Cite\s+as|How\s+to\s+cite(?:\s+this\s+\w+)?)\s*[:：]"
                       r"((?:.|\n(?!\s*\n)){10,600})", re.I)
# A video network's account line over its post, the month and day last: "Bagmati Khabar | बागमती खबर ✓ · 3-10"
_ACCOUNT_MARK = r"\s*[✓✔☑]?\s*·\s*"  # (the account's verified mark, if any, and the dot before its day)
_ACCOUNT_DAY = re.compile(rf"^\S.{{1,60}}?\s{_ACCOUNT_MARK}(\d{{1,2}})-(\d{{1,2}})$")
# ... or a thread's post opening with its handle, its mark and its day: "nistrubiz ✓ · 07.03.2030 Full story by A"
_POST_STAMP = re.compile(rf"^@?[\w.]{{2,30}}{_ACCOUNT_MARK}\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\s+")
# An author-date citation: "Ben Salem, Y. (2030, 3 mars).", "Kola, E., & Muça, G. (2030, February 25)."
_AUTHOR_DATE_CITATION = re.compile(r"[A-Z][\w'’ -]{1,40},\s+(?:[A-Z]\.\s*){1,3}(?:,?\s*(?:&|and)\s+[^()\n]{2,80}?)?"
                                   r"\((?P<year>(?:19|20)\d\d),\s*(?P<day>[^()\n\d]{3,12}\s\d{1,2}|\d{1,2}\s[^()\n\d]{3,12})\)\.")
_FIRST_PUBLISHED_IN = re.compile(r"\b(?:First\s+)?published\s+(?:on\s+|in\s+)?(\d{1,2}\s+\w+\.?\s+(?:19|20)\d\d|\w+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)", re.I)
_PUBLISHED_ON = re.compile(rf"Published\s+(?:on\s*:?\s*|:\s*)?{STAMP_DAY}", re.I)
DATED_LINE_MAX_WORDS = 14  # a short line over the text that holds a date among other words: a date line, not a sentence
PUBLISHED_STAMP_REACH_DAYS = 31
PAGE_DAY_LINE_REACH = 4  # lines a saved page prints over its headline (its tagline, its clock) where its day may stand
PLACE_DAY_MAX_WORDS = 6  # "Niamey, 6 October 2029", "Addis Ababa, 3 March 2029": where and when a report was signed off
READ_LATER_DAYS = 3  # how long after an article's own day a reader's app or site may print its today over it
PUBLISHED_STAMP_REACH_LINES = 6  # how far from the end of the text the stamp's line may sit
_ABOUT_THIS_ARTICLE = re.compile(r"\b(?:this (?:story|article|report|piece|post)|an earlier version)\b", re.I)
# (... in the languages of sites' English editions: "Publicado el 24/06/2029", "Veröffentlicht am", "Objavljeno:")
_FIRST_PUBLISHED = re.compile(r"^(?:First\s+)?(?:published|posted|created|filed|publicad[oa]|publi[ée]e?|ver[öo]ffentlicht|pubblicato"
                              r"|gepubliceerd|opublikowano|objavljeno|publicerad|publiceret|publisert|julkaistu|publicat|публикувано|опубликовано"
                              r"|опубліковано|avaldatud|publicēts|paskelbta|birt|útgivið|հրապարակված|жарыяланды|жарияланды|نُ?شر|تاريخ\s+النشر"
                              # (Urdu, Hindi, Lao, Thai, Khmer, Vietnamese, Hebrew, Persian, Greek, Slovak, Georgian, Swahili)
                              r"|شائع|प्रकाशित|ເຜີຍແຜ່|เผยแพร่|ចុះផ្សាយ|ផ្សាយ|xuất\s+bản|ngày\s+đăng|פורסם|تاریخ\s+انتشار|منتشر\s+شده"
                              r"|δημοσιεύθηκε|publikované|გამოქვეყნდა|imechapishwa"
                              r"|publikuar|publizéiert|verëffentlecht|putum\s+long|la\s+daabacay)(?!\w)", re.I)  # (Albanian, Luxembourgish, Bislama, Somali)
_MONTH_YEAR = re.compile(rf"({_MONTH})\s+((?:19|20)\d\d)")
_YEAR = re.compile(r"((?:19|20)(?<![\d-]..)\d\d)(?![\d-])")  # (the lookbehind after "19"/"20": scanned for in C)
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?!\d)")
_LONG_ID = re.compile(r"(?<!\d)(\d{18,20})(?!\d)")
# Words of outlets' names: "Harbor Wire", "Capitol Dispatch", "Pacific Ledger", "the Courier Newsdesk".
OUTLET_WORDS = ("News", "Newswire", "Times", "Post", "Daily", "Agency", "Press", "Media", "Network", "Journal", "Herald", "Tribune",
                "Observer", "Guardian", "Wire", "Review", "Reuters", "Bloomberg", "Xinhua", "Insider", "Telegraph",
                "Weekly", "Magazine", "Radio", "TV", "Courier", "Gazette", "Chronicle", "Newsdesk", "Desk", "Bulletin",
                "Monitor", "Dispatch", "Inquirer", "Ledger", "Syndicate", "Features",  # ("Pemberton Features Syndicate")
                "Express",
                "Agence", "Agencia", "Agenzia", "Agentur", "Presse", "Prensa", "Stampa", "Imprensa", "Nachrichten", "Noticias",
                "Shimbun", "Shimpo", "Nippo", "Ilbo", "Sinmun", "Zeitung", "Gazeta")
_OUTLET_WORDS = re.compile(r"\b(" + "|".join(OUTLET_WORDS) + r")\b")
# Hosts whose article IDs carry Unix seconds in their top 32 bits.
TIMESTAMP_ID_HOSTS = ("toutiao.com", "toutiaocdn.com", "snssdk.com", "ixigua.com")


# Blocks


def _indented(line: str) -> bool:
    return line[:1] in (" ", "\t", "\u3000") and bool(line.strip())


def _indent(line: str) -> int:
    """How far a line is indented (0 for a blank line)."""
    return len(line) - len(line.lstrip()) if line.strip() else 0


_DASHED_CREDIT = re.compile(r"[—–]\s*(?:Photo|Picture|Image|Photograph)s?\s*(?:by|:)\s*[A-Z][\w.' /-]{2,60}$")  # a caption's end
# "- 2 -", "Page 1 of 2", or a released file's stamp, its number padded with zeros ("000188": a Bates number)
_PAGE_MARK = re.compile(r"^(?:-\s*\d{1,3}\s*-|\d{1,3}|0\d{3,7}|Page \d{1,3}(?: of \d{1,3})?)$", re.I)
# A PDF's running header or footer: its cells, a date among them, and the page's number before or after them
# ("Halvorsen Brandt LLP | Client Alert | 11 January 2027    2", "8    WaferLine Weekly · November 20, 2026")
_RUNNING_LINE = re.compile(r"(?:\d{1,3}\s+(?P<after>\S.*?)|(?P<before>\S.*?)\s+\d{1,3})")
RUNNING_LINE_MAX_WORDS = 14
SUMMARY_POINT_MAX_WORDS = 14  # a summary box's point over a wire's dateline
SUMMARY_MAX_POINTS = 8  # ... and how many a box holds (its label and a gallery's captions above it too)
CREDIT_CELL_MAX_WORDS = 16  # the writers' cell of a closing credits line: names, places, no sentence  # a summary box's point over a wire's dateline
_COMMENTS_LABEL = re.compile(rf"(?:(?:{COMMENT_WORDS}|Reader comments|Responses?)(?:\s*\(\d+\)|\s+[\d.,]+)?|\d+\s+(?:{COMMENT_WORDS}|Responses?)"
                             # (... or a chat's replies under a post: "2 replies from Mihai and Andreea")
                             rf"|\d+\s+{REPLY_WORDS}(?:\s+(?:from|de la|de|von|da|van|od|fra|från|от|від)\s+\S.{{0,60}})?)"
                             # (... with the video site's "Sort by" under it: "التعليقات 37" / "ترتيب حسب")
                             r"(?:\s+(?:Sort by|ترتيب حسب|Ordenar por|Trier par|Sortieren nach|Ordina per|Сортировать)\b.*)?", re.I)
_POST_COUNTS = re.compile(rf"(?:[^\w\s]{{0,8}}\s*[\d.,]+\s*[KkMm]?\s+)?[\d.,]+\s*[KkMm]?\s+{COMMENT_WORDS}\s+(?:[·•|]\s+)?[\d.,]+\s*[KkMm]?\s+"
                          r"(?:shares?|reposts?|retweets?|compartid\w*|partages?|deljenja|dijeljenja|podijeljeno|udostępni\w*"
                          r"|sdílení|megosztás|paylaşım|condivisioni)\b", re.I)
# (... its time in words before the figure: "Réactions (2) Anis_Sfax · il y a 5 h", "hace 3 h", "vor 2 Std.")
_COUNTED_COMMENTS = re.compile(rf"{COMMENT_WORDS}\s*\(\d+\)\s+\S{{2,40}}\s+[|·•]\s+\D{{0,12}}?\d", re.I)
_COMMENT_HEADER = re.compile(rf"[\w.'’ -]{{2,40}}?\s+(?:says|wrote)\s*:\s*(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.]"
                             rf"(?:19|20)?\d\d|\d{{1,2}}\s+{_MONTH}\s+(?:19|20)\d\d)")
_COMMENT_ACTION = re.compile(rf"Reply|{REPLY_ACTIONS}|(?:Leave|Add|Write|Post) a (?:comment|reply)|Log in to (?:comment|reply)"
                             r"|Report(?: comment)?|Like", re.I)
LINE_PARAGRAPH_MIN_WORDS = 15  # a line this long in a copy not wrapped by width is a paragraph's
SENTENCE_LINE_MIN_WORDS = 6  # a turn's line this long under its speaker's label ...
TURN_LINES_MIN = 4  # ... and this many of them, speakers taking turns: a paragraph each, however the copy spaced them
_TURN_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s+[A-Z\"“]")  # "Gao Ruixin: Tajikistan is ..."


def page_lines(lines: list[str]) -> frozenset[int]:
    """Which lines a PDF's copy prints for its pages, not its text: a page's number, and a running header or footer
    (its cells and the page's number, with a date or printed again on another page)."""
    # Each kind of line is short or opens in a set way: a paragraph's line is passed over without a pattern tried on it.
    texts = [squash(line) for line in lines]
    found: set[int] = set()
    rests: dict[str, list[int]] = {}
    # (a browser's print margins: "https://site.example/en/...   1/3" at the foot, "18/01/2030 08:12   Title – Site" at
    # the head of each page, the same stamp and title on every page; a document's title, the same on every page, with the
    # page's number by its word: "Nota van Inlichtingen nr. 2 – VVRP/2030/014 – Pagina 5 van 6", "Annual Report 2030 ·
    # Page 3 of 12")
    stamped: dict[str, list[int]] = {}
    titled: dict[str, list[int]] = {}
    marks: list[int] = []  # (the bare numbers: "000188", "- 2 -")
    for index, text in enumerate(texts):
        if not text:
            continue
        if len(text) <= PAGE_MARK_MAX_CHARS and _PAGE_MARK.fullmatch(text) and (
                not text.isdigit() or text.startswith("0") and len(text) >= 4 or not (texts[index - 1] if index else "")
                and not (texts[index + 1] if index + 1 < len(texts) else "")):
            found.add(index)  # (a bare number only set apart by blank lines: not a ranked list's "1" / "Sumo: ...")
            marks.append(index)
        elif len(text.split(maxsplit=RUNNING_LINE_MAX_WORDS + 1)) <= RUNNING_LINE_MAX_WORDS + 1 \
                and (running := _RUNNING_LINE.fullmatch(text)) and (rest := running.group("after") or running.group("before")) \
                and len(rest.split()) <= RUNNING_LINE_MAX_WORDS and len(_SEPARATOR.split(rest)) >= 2:
            rests.setdefault(rest, []).append(index)
        if text.startswith(("http://", "https://", "www.")) and _PRINT_FOOTER.fullmatch(text):
            found.add(index)
        elif text[0].isdigit() and _PRINT_HEADER.fullmatch(text):
            stamped.setdefault(text, []).append(index)
        if len(text) <= PAGE_OF_MAX_CHARS and (numbered := _PAGE_OF.fullmatch(text)) and numbered.group("title"):
            titled.setdefault(numbered.group("title"), []).append(index)
    for rest, at in rests.items():
        if len(at) >= 2 or _YEAR.search(rest):
            found.update(at)
    found.update(i for at in stamped.values() if len(at) >= 2 for i in at)
    found.update(i for at in titled.values() if len(at) >= 2 for i in at)
    # (a stamp printed the same on every page beside its number: "Released under the Access to Information Act / Divulgué
    # en vertu de la Loi ..." over "000188")
    near = {i for mark in marks for i in range(mark - PAGE_STAMP_REACH, mark + PAGE_STAMP_REACH + 1)}
    repeated: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        if index not in found and text and len(text.split()) <= RUNNING_STAMP_MAX_WORDS and near:
            repeated.setdefault(text, []).append(index)
    found.update(i for at in repeated.values() if (by := sum(i in near for i in at)) >= 2 and by * 2 >= len(at) for i in at)
    return frozenset(found)


PAGE_STAMP_REACH = 2  # lines between a page's number and a stamp printed beside it on every page
RUNNING_STAMP_MAX_WORDS = 25
PAGE_MARK_MAX_CHARS = 15  # "Page 100 of 120": the longest a page's number line can be (_PAGE_MARK)
PAGE_OF_MAX_CHARS = 150  # a title of 121 characters and "Stránka 12 z 14": the longest a titled page line can be (_PAGE_OF)


_PAGE_OF = re.compile(r"(?P<title>\S.{0,120}?)\s*[–—|·•-]?\s*(?:Page|Pagina|Página|Seite|Strona|Sivu|Sida|Side|Oldal|Stránka"
                      r"|Strana|Pag\.|Pág\.|S\.)\s*\d{1,3}\s*(?:of|van|de|von|di|z|ze|/|sur|av|af|iz|из|из)\s*\d{1,3}", re.I)


_PRINT_FOOTER = re.compile(r"(?:https?://|www\.)\S+\s+\d{1,3}\s*/\s*\d{1,3}")
_PRINT_HEADER = re.compile(r"\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d,?\s+\d{1,2}:\d\d(?:\s*[APap]\.?[Mm]\.?)?\s+\S.{3,200}")


# A hearing record's turn: "The CHAIR. The committee will come to order.", "Ms. ALBUQUERQUE SATO. Thank you."
_AD_LABEL = re.compile(r"(?i:advertisement|skip advertisement|story continues below(?: this)? advertisement"
                       r"|article continues below(?: this)? (?:advertisement|ad)|sponsored|ad)")
_RECORD_TURN = re.compile(r"^(?:The|Mr|Ms|Mrs|Dr|Chairman|Chairwoman|Senator|Representative)\.?\s+"
                          r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?\.\s+[A-Z]")
_QA_LINE = re.compile(r"^(?:Q|A|Question|Answer)\s*[:.]\s+\S")  # "Q: ..." / "A: ...": an interview's turns, a line each
# A picture's place in a copy, its caption after it: "[Foto] Heat pumps behind ...", "[Image: ...]"
_PICTURE_MARK = re.compile(r"\[(?:Foto|Photo|Image|Imagen|Imagem|Immagine|Bild|Billede|Bilde|Kuva|Irudia|Imatge|Picture)\b")
_NEW_PARAGRAPH = re.compile(rf"^(?:[-•*·▪–]\s|\(?[a-z]\)\s|\d{{1,2}}\.\s+[A-Z]|{_PICTURE_MARK.pattern})")  # a list item, "(a) ", "2. Hong Kong ..."


WRAP_MAX_WIDTH = 125  # a PDF's page copied at a small type size runs to ~120 characters a line; a web copy's lines are paragraphs


def wrap_width(lines: list[str]) -> int:
    """The width a plain-text e-mail, a PDF or a newspaper's e-paper column was wrapped at, or 0 when its
    lines are paragraphs (a web page's copy: each paragraph one long line)."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 6:
        return 0
    width = lengths[int(len(lengths) * 0.9)]
    if 26 <= width <= WRAP_MAX_WIDTH and _filled(lines, width, 5):
        return width
    # An e-paper's narrow column under a page's long lines (its toolbar, headline, standfirst, captions): the width most
    # of the lines fill, where more than a tenth are longer
    for column in sorted(set(lengths)):
        if not 26 <= column <= COLUMN_MAX_WIDTH:
            continue
        if _filled(lines, column, COLUMN_MIN_LINES, of=len(lengths)):
            return column
    return 0


def _filled(lines: list[str], width: int, at_least: int, of: int = 0) -> bool:
    """Whether enough lines fill ``width`` (and half of ``of`` lines, when given), most of them stopping
    where no sentence does and a third at least mid-phrase (on "and", "the", a comma) or going on in lower
    case on the next line: a sentence broken mid-way does, a web page's rail of headlines, bylines and times
    copied a line each never does."""
    at = [n for n, line in enumerate(lines) if 0.75 * width <= len(line.rstrip()) <= width]
    open_ended = sum(1 for n in at if not _TERMINAL.search(lines[n].rstrip()))
    going_on = sum(1 for n in at if n + 1 < len(lines) and (
        _GOES_ON.match(lines[n + 1].strip()) or _DANGLING.search(lines[n].rstrip())))
    return len(at) >= at_least and len(at) * 2 >= of and open_ended * 2 >= len(at) and going_on * 3 >= len(at)


_GOES_ON = re.compile(r"[(\"“‘']?[a-z]")


COLUMN_MAX_WIDTH = 45  # characters a newspaper column's line holds, copied from an e-paper
COLUMN_MIN_LINES = 12  # ... and how many of its lines fill it (a short seed's short lines are no column)


# A line that stops where no sentence or title stops, over a line that goes on: "... the Commerce Department's Bureau of
# Industry and" / "Security ("BIS") released an interim final rule" / "that, ...": a paragraph's, whatever the case.
_DANGLING = re.compile(r"(?:\b(?:and|or|of|the|a|an|to|for|in|on|with|by|at|from|that|as|told|its|their|between|into|than)|,)$")


_FOOTNOTED_END = re.compile(r"[.!?][\"”’']?\d{1,2}$")


_CELL_GAP = re.compile(r"\S\s{3,}\S")  # a page's cells set apart by wide spaces ("ay, February 22, 2030     THE VANUA POST     5")


BROKEN_WORD_MAX_CHARS = 80  # the first half of a word broken at a line's end is at most this long


def _lower_words(text: str) -> int:
    return sum(bool(re.match(r"[a-z]", w)) for w in text.split())


def unwrapped(lines: list[str], header: bool = False) -> list[str]:
    """A hard-wrapped paragraph's lines joined into its first line, the others left blank so that line
    numbers stay the seed's; a word broken at a line's end ("semi-" / "conductor") joined whole. Above
    the text, where a title follows a letterhead, a line goes on only in lower case ("the" / "outline")."""
    width = wrap_width(lines)
    if not width:
        return lines
    original, lines = lines, list(lines)
    pages = page_lines(original)
    head = 0
    words_of: tuple[str, set[str]] | None = None  # the text in lower case, and its words: asked only at a broken word
    # (the words in lower case of the paragraph joined so far, counted as each line joins it: a recount of the whole
    # paragraph at every line would be quadratic in one endless paragraph)
    head_lower = _lower_words(lines[0])
    for i in range(1, len(lines)):
        above, line = original[i - 1].rstrip(), original[i].strip()
        words = above.split()
        lower = sum(bool(re.match(r"[(\"“‘']?[a-z]", w)) for w in words)
        # Not "From: A <a@b.c>"; a newspaper column's line may hold five words, and a name goes on in lower case.
        prose = len(words) >= (6 if width >= 60 else 4) and (lower >= 2 or line[:1].islower())
        # (a column three words wide: "Kenyan pharmaceutical manu-" / "facturers want ...", "China's Commerce Ministry on" /
        # "Monday said ...": a word broken at the line's end, or one no sentence ends on)
        prose = prose or width <= COLUMN_MAX_WIDTH and len(words) >= 3 and (
            bool(re.search(r"[a-z]-$", above)) and line[:1].islower() or bool(_DANGLING.search(above)) and lower >= 1
            # (or a full line of the text's column that no sentence ends: "United States, Germany and South" / "Korea since")
            or not header and lower >= 1 and len(above) >= 0.85 * width and not _TERMINAL.search(above) and not above.endswith(":"))
        # (a title wrapped narrower than the text, over three lines: "Open door, screened room: what the EU's new" /
        # "investment screening rules mean for Chinese" / "battery plants": it goes on in lower case, whatever its width)
        # (three words wide in a newspaper's column: "Coraopolis coating firm" / "watches Singapore for relief")
        narrow_title = header and (len(words) >= 3 or head < i - 1 and len(lines[head].split()) >= 4) and len(line.split()) >= 2 and line[:1].islower() and not _TERMINAL.search(above)
        # (a paragraph already running over two full lines goes on at a capital too: "... expanding the Outbound" /
        # "Investment Security Program (the ...")
        running = header and head < i - 1 and len(line) >= 0.75 * width and not _TERMINAL.search(above) \
            and head_lower >= 8
        if not line or not lines[head].strip() or len(above) < 0.75 * width and not narrow_title or not (prose or narrow_title and width < 60) \
                or _CELL_GAP.search(above.strip()) or _CELL_GAP.search(line) \
                or _NEW_PARAGRAPH.match(line) or _PAGE_MARK.match(line) or i in pages or i - 1 in pages or above.endswith(":") or _DASHED_CREDIT.search(above) \
                or _indent(original[i]) > _indent(original[i - 1]) \
                or header and not running and not re.match(r"[(\"“‘']?[a-z0-9]", line) \
                and not (_DANGLING.search(above) and not _TERMINAL.search(line)) \
                or (_TERMINAL.search(above) or _FOOTNOTED_END.search(above)) and not re.match(r"[(\"“‘']?[a-z]", line):
            # (a sentence ends, perhaps with its footnote's number: '... against America."2'; a line starts anew)
            head, head_lower = i, _lower_words(lines[i])
            continue
        head_lower += _lower_words(line)
        joined = lines[head].rstrip()
        broken = re.search(r"([A-Za-z]+)-$", joined[-BROKEN_WORD_MAX_CHARS:])  # (the line's end only: it grows as lines join)
        if broken and line[:1].islower():
            rest = re.match(r"[\w'’]*", line).group(0)
            whole = broken.group(1) + rest
            # "semi-" / "conductor", "Chi-" / "nese": one word broken at the line's end, unless the text prints it
            # hyphenated elsewhere or both halves are words of its own ("export-" / "control")
            if words_of is None:
                text = "\n".join(original).lower()  # (its words counted where no line breaks them)
                words_of = (text, set(re.findall(r"[\w'’]+", re.sub(r"[\w'’]+-[ \t]*\n\s*[\w'’]+", " ", text))))
            glue = "" if whole.lower() in words_of[0] or f"{whole.lower()[:len(broken.group(1))]}-{rest.lower()}" not in words_of[0] \
                and not {broken.group(1).lower(), rest.lower()} <= words_of[1] else "-"
            lines[head] = joined[:-1] + glue + line
        else:
            lines[head] = f"{joined} {line}"
        lines[i] = ""
    return lines


_SPEAKER_KEY = re.compile(r"\bSpeaker\s+(\d{1,2})\s*[–—=-]\s*([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){1,3})")
_KEYED_TURN = re.compile(r"\s*(?:\[\d{1,2}:\d\d(?::\d\d)?\]\s*|\d{1,2}:\d\d(?::\d\d)?\s+)?Speaker\s+(\d{1,2})\s*:\s*\S")


def _keyed_turns(lines: list[str], start: int, key: dict[str, str]) -> list[tuple[list[str], int]]:
    """A paragraph of "[00:06:29] Speaker 3: ..." lines whose speakers a key names: a paragraph a turn (a line that
    goes on from the one above stays with it)."""
    if sum(1 for line in lines if (m := _KEYED_TURN.match(line)) and m.group(1) in key) < 2:
        return [(lines, start)]
    parts: list[tuple[list[str], int]] = []
    for n, line in enumerate(lines):
        if not parts or _KEYED_TURN.match(line):
            parts.append(([line], start + n))
        else:
            parts[-1][0].append(line)
    return [(p, at) if len(p) == 1 else ([" ".join(x.strip() for x in p)], at) for p, at in parts]


_PICTURE_NUMBER = re.compile(r"\d{1,2}\s*/\s*\d{1,2}")  # "3 / 7": a gallery's place


def _picture_lines(lines: list[str], start: int) -> list[tuple[list[str], int]]:
    """A gallery's picture as a copy gives it, its number over its caption and its credit under it, a line each: the
    number, the caption and the credit apart (a caption that is prose ends a sentence over its credit)."""
    if len(lines) < 2:
        return [(lines, start)]
    parts: list[tuple[list[str], int]] = []
    if _PICTURE_NUMBER.fullmatch(lines[0].strip()):
        parts.append((lines[:1], start))
        lines, start = lines[1:], start + 1
    if len(lines) >= 2 and _CREDIT_LINE.match(lines[-1].strip()) and re.search(r"[.!?…][\"”’')\]]*$", lines[-2].rstrip()) \
            and len(lines[-1].split()) <= 12:
        return [*parts, (lines[:-1], start), (lines[-1:], start + len(lines) - 1)]
    return [*parts, (lines, start)] if parts else [(lines, start)]


# A line a post marks with a pictograph before its words: its section's heading, a question, an answer ("📌 What Beijing
# said", "❓ Will ...?", "💬 "Very little ...""; not its counts, "♡ 214  💬 12")
_MARKED_LINE = re.compile(rf"(?:{PICTOGRAPH.pattern}\s*)+[\"“«]?[^\W\d_]")
MARKED_HEADING_MAX_WORDS = 10


_BULLET_LINE = re.compile(r"\s*[*•]\s+\S")  # a list's item, wrapped or not: "* Public Works opens bids for ..."


# In a copy wrapped at a width, a short field's line ("Yazan: A · Çeviri: B") over another ("Yayınlanma: 29.06.2030"): a
# line each, as the page printed them (no wrapped paragraph has a short line but its last)
SHORT_LINE_SHARE = 0.75  # (as a wrapped line fills its width: unwrapped joins lines this full)
_SHORT_FIELD = re.compile(r"[^\W\d_][\w'’.-]*(?:\s[\w'’.-]+){0,3}\s*:\s+\S")  # a label of a word or few, its colon, its value


def blocks(text: str, first_line: int = 1) -> list[Block]:
    """Paragraphs separated by blank lines; a text with no blank lines is one paragraph a line.
    In text wrapped with indented first lines (records, plain-text reports), an indented line
    after an unindented one starts a paragraph too."""
    lines = text.split("\n")
    # (blank lines around the text do not space it: a copy's lines blanked above and under the article it holds)
    filled = [n for n, line in enumerate(lines) if line.strip()]
    has_blank = bool(filled) and any(not line.strip() for line in lines[filled[0] + 1:filled[-1]])
    # A web page's copy whose paragraphs are a line each, with no blank line between them (its header and its end may
    # have some): a paragraph a line, as in a copy with no blank line at all
    long = [n for n, line in enumerate(lines) if len(line.split()) >= LINE_PARAGRAPH_MIN_WORDS]
    unwrapped_copy = not wrap_width(lines)
    if has_blank and len(long) >= 3 and all(lines[n].strip() for n in range(long[0], long[-1])) and unwrapped_copy:
        has_blank = False
    # "Sino-Asia Review: Could you ...?" / "Gao Ruixin: Tajikistan is ...": a press conference's turns a line each, some
    # spaced and some not; speakers take turns and one comes back
    # (the one who comes back named as a person is, "Gao Ruixin" or "JHUGROO-DOOKHY", not a field: "Transcript: ...")
    labelled = {n: label.group(1) for n, line in enumerate(lines) if (label := _TURN_LABEL.match(line.strip()))
                and len(line.split()) >= SENTENCE_LINE_MIN_WORDS}
    back = {label for label, count in Counter(labelled.values()).items() if count >= 2
            and (2 <= len(label.split()) <= 4 or label.isupper() and len(label) > 2)}
    turns_at = sorted(n for n, label in labelled.items() if label in back)
    # ... each with the question over it: "Sino-Asia Review: Could you ...?"
    asked = [m for n in turns_at if (m := next((k for k in range(n - 1, -1, -1) if lines[k].strip()), -1)) in labelled]
    turn_lines = frozenset([*turns_at, *asked]) \
        if unwrapped_copy and len(turns_at) >= TURN_LINES_MIN // 2 and len(labelled) >= TURN_LINES_MIN else frozenset()
    width, as_copied = (0 if unwrapped_copy else wrap_width(lines)), lines
    lines = unwrapped(lines)
    # The style shows in lines wrapped back to the margin under an indented first line.
    indent_style = sum(1 for above, line in zip(lines, lines[1:])
                       if line.strip() and not _indented(line) and _indent(above) in range(2, 9)) >= 3
    result: list[Block] = []
    current: list[str] = []
    start = 0

    def paragraph(current: list[str], start: int) -> None:
        if len(current) > 1 and _ENTRY_STAMP.fullmatch(current[0].strip()):
            # "16:10 HKT" over a live blog's entry: the entry's time is its heading, not its first words,
            # and so is a short title under it with no full stop ("Trump on Air Force One: 'a twelve'").
            result.append(Block(squash(current[0]), first_line + start, kind="heading"))
            current, start = current[1:], start + 1
            if len(current) == 1 and len(current[0].split()) <= ENTRY_TITLE_MAX_WORDS \
                    and not re.search(r"[.!?…][\"”’')]*$", current[0].strip()):
                result.append(Block(squash(current[0]), first_line + start, kind="heading"))
                return
        result.append(Block(squash(" ".join(current)), first_line + start))

    pages = page_lines(lines)
    groups: list[tuple[list[str], int]] = []
    for number, line in enumerate(lines):
        new_paragraph = indent_style and current and _indent(line) in range(2, 9) \
            or current and _BULLET_LINE.match(line) \
            or current and _PICTURE_MARK.match(line.strip()) \
            or current and (number in pages or number - 1 in pages) \
            or width and current and len(as_copied[number - 1].rstrip()) < SHORT_LINE_SHARE * width \
            and _SHORT_FIELD.match(as_copied[number - 1].strip()) and _SHORT_FIELD.match(line.strip()) \
            or current and _RECORD_TURN.match(line.strip()) \
            or current and _QA_LINE.match(line.strip()) and _QA_LINE.match(current[0].strip()) \
            or current and _DATELINE.match(line.strip()) and len(line.split()) >= 12 \
            or unwrapped_copy and len(current) == 1 and current[0].rstrip().endswith("?") and line.strip()[:1].isupper() \
            or unwrapped_copy and current and bool(_TERMINAL_QUOTED.search(current[-1].rstrip())) \
            and (len(current[-1].split()) >= LINE_PARAGRAPH_MIN_WORDS and len(line.split()) >= LINE_PARAGRAPH_MIN_WORDS
                 and not line.strip()[:1].islower() and not _TURN_LINE.match(line.strip())
                 and not (_BIO_OPENING.match(line.strip()) and _BIO_OPENING.match(current[-1].strip()))  # (bios run on)
                 or bool(_CLOSING_BYLINE.match(line.strip()))) \
            or current and (number in turn_lines or number - 1 in turn_lines and not re.search(r":\s", line)) \
            or unwrapped_copy and current and (bool(_MARKED_LINE.match(line.strip())) or len(current) == 1
                                               and bool(_MARKED_LINE.match(current[0].strip()))
                                               and len(current[0].split()) <= MARKED_HEADING_MAX_WORDS
                                               and not _TERMINAL.search(current[0].rstrip())) \
            or current and (_AD_LABEL.fullmatch(line.strip()) and len(current[-1].split()) >= 20
                            or _AD_LABEL.fullmatch(current[-1].strip()) and len(current) >= 2 and len(current[-2].split()) >= 20)
        # (a line a post opens with a pictograph, "📌 What Beijing said", "❓ Will ...?", "💬 A: ...": a paragraph or a
        # heading of its own, in a copy not wrapped by width)
        # ("The CHAIR. ..." / "Mr. KHAN. ...": a turn a line; "Advertisement" between two paragraphs: a line of its own;
        # an interview's question on its line over the answer, in a copy whose lines are not wrapped: a paragraph each;
        # in such a copy, a long line that ends its sentence over another (or over the writer's credit, "Interview by A."):
        # the paragraph ends with it;
        # a turn under its speaker's label, where the copy takes turns so: a paragraph (its line), however the copy
        # spaced the others;
        # "WASHINGTON, Sept 15 (Halyard) - ..." under a summary's points with no blank line: the story starts)
        # (a line a paragraph, unless one plainly goes on in the next: '"We are in the middle of two elephants, and' /
        # 'when elephants fight the grass is what gets hurt"', a pull quote wrapped in its box)
        goes_on = current and _DANGLING.search(current[-1].rstrip()) and _GOES_ON.match(line.strip())
        if not line.strip() or (not has_blank and current and not goes_on) or new_paragraph:
            if current:
                groups.append((current, start))
                current = []
            if not line.strip():
                continue
        if not current:
            start = number
        current.append(line)
    if current:
        groups.append((current, start))
    # A paragraph a page break cuts ("... at our December webinar, "the" / the page's footer and number / "compliance
    # burden now sits ..."): one paragraph, the page's lines after it
    for n in range(len(groups) - 2, 0, -1):
        marks = list(itertools.takewhile(lambda m: m < len(groups) - 1 and len(groups[m][0]) == 1 and groups[m][1] in pages,
                                         range(n, n + 3)))
        if not marks or n - 1 < 0 or marks[-1] + 1 >= len(groups) or len(groups[n - 1][0]) == 1 and groups[n - 1][1] in pages:
            continue  # (not from the page's own lines over them: the footer over the next page's header)
        (before, at), (after, _) = groups[n - 1], groups[marks[-1] + 1]
        ended = _TERMINAL.search(before[-1].rstrip()) or _FOOTNOTED_END.search(before[-1].rstrip())
        if not ended and re.match(r"[(\"“‘']?[a-z]", after[0].strip()) and not _NEW_PARAGRAPH.match(after[0].strip()):
            groups[n - 1:marks[-1] + 2] = [([*before, *after], at), *(groups[m] for m in marks)]
    # "By Park Ji-hoon and Kim Seo-yeon (jhpark@...)" over "Yoon Da-eun in Washington contributed to this report.":
    # a byline line over its credits is a paragraph of its own, read as a byline.
    groups = [part for lines_, start in groups for part in (
        [([lines_[0]], start), (lines_[1:], start + 1)]
        if len(lines_) > 1 and len(lines_[0].split()) <= 12 and _BYLINE_LINE.match(lines_[0].strip())
        and lines_[1].strip()[:1].isupper() else [(lines_, start)])]
    # "Speakers: Speaker 1 – Nino Beridze-Lomidze (host) · Speaker 2 – ..." over an auto-transcript's "[00:06:29] Speaker 3:
    # ..." lines: each line the turn of the person the key names
    key = dict(reversed(_SPEAKER_KEY.findall(text))) if "Speaker" in text else {}  # (the first naming of each)
    if key:
        groups = [part for lines_, start in groups for part in _keyed_turns(lines_, start, key)]
    # "1 / 7" / a photo essay's caption paragraph / "Photo: Khamla Phommachanh / Sengdao", with no blank line between:
    # the picture's number and its credit are lines of their own (read as the page's), the caption the text
    groups = [part for lines_, start in groups for part in _picture_lines(lines_, start)]
    # "... a guide: rockislandsherald.example/news/x" / "— Maireng Olkeriil, Herald newsdesk": the writer's sign-off
    # under the text's last line with no blank line between, a paragraph of its own (read as a sign-off)
    if groups and len(groups[-1][0]) > 1 and _DASH_SIGN_OFF.match(groups[-1][0][-1].strip()):
        last, at = groups.pop()
        groups += [(last[:-1], at), (last[-1:], at + len(last) - 1)]
    # "Farida Nasseri-Lowe  00:00:24" over her words, a line each with no blank lines between: a name line and
    # the line under it are one turn, when the text takes turns so again and again.
    stamped = _stamped_speaker
    if not has_blank and sum(1 for lines_, _ in groups if stamped(lines_[0])) >= 3:
        paired: list[tuple[list[str], int]] = []
        for lines_, start in groups:
            if paired and len(paired[-1][0]) == 1 and stamped(paired[-1][0][0]) and not stamped(lines_[0]):
                paired[-1] = ([*paired[-1][0], *lines_], paired[-1][1])
            else:
                paired.append((lines_, start))
        groups = paired
    # "Marit Sandvik" / "Thank you, operator, and good afternoon ...": a call transcript copied with no blank line at all,
    # each speaker's name a line over their words a line, again and again: a name and the words under it are one turn.
    alone = [n for n, (lines_, _) in enumerate(groups[:-1]) if len(lines_) == 1 and _speaker_name_line(lines_[0])
             and len(groups[n + 1][0]) == 1 and len(groups[n + 1][0][0].split()) >= CALL_TURN_MIN_WORDS
             and not _speaker_name_line(groups[n + 1][0][0])]
    speakers = [_speaker_of(groups[n][0][0]) for n in alone]
    # (speakers taking turns, some of them again: not the names a page's cards and bylines put over its paragraphs)
    if not has_blank and len(alone) >= 4 and len(set(speakers)) >= 2 and len(set(speakers)) < len(speakers):
        for n in reversed(alone):
            groups[n:n + 2] = [([*groups[n][0], *groups[n + 1][0]], groups[n][1])]
    # "00:00:09 Ananya Krishnamurthy" over her words: an auto-transcript's stamp and speaker on one line, read as two.
    groups = [([*stamp_name, *lines_[1:]], start) if len(lines_) > 1 and (stamp_name := stamped(lines_[0]))
              else (lines_, start) for lines_, start in groups]
    # A call transcript prints each speaker's name on a line of its own over their words
    # ("Helena Voss" / "Thanks, Priya. Revenue was ..."): when names do so again and again, those
    # paragraphs are the speakers' turns.
    # "00:00:41" / "Vikram Sethuraman" / his words: an auto-transcript's time stamp over each speaker's name.
    stamps = {start: lines_[0].strip() for lines_, start in groups
              if len(lines_) > 2 and _CLOCK_STAMP.fullmatch(lines_[0].strip()) and _speaker_name_line(lines_[1])}
    groups = [(lines_[1:], start) if start in stamps else (lines_, start) for lines_, start in groups]
    # (nor a PDF's running header, "Calder Hollis" / "Asia Pacific Equity Research" on every page: a name over the same line)
    unders: dict[str, set[str]] = {}
    for lines_, _ in groups:
        if len(lines_) > 1 and _speaker_name_line(lines_[0]):
            unders.setdefault(_speaker_of(lines_[0]), set()).add(squash(lines_[1]))
    running = {name for name, under in unders.items() if len(under) == 1
               and sum(1 for lines_, _ in groups if len(lines_) > 1 and _speaker_of(lines_[0]) == name) >= 2}
    named = [_speaker_of(g[0][0]) for g in groups if len(g[0]) > 1 and _speaker_name_line(g[0][0])
             and not g[0][1].strip().startswith("@")  # (a post's author over their handle is no turn)
             and _speaker_of(g[0][0]) not in running]
    # Speakers take turns; one name again and again is a thread's posts, not a conversation.
    changes = sum(a != b for a, b in zip(named, named[1:]))
    turns = len(named) >= 3 and 2 <= len(set(named)) < len(named) and changes * 2 >= len(named) - 1
    for current, start in groups:
        keyed = _KEYED_TURN.match(current[0]) if key and len(current) == 1 else None
        if keyed and keyed.group(1) in key:
            result.append(Block(squash(current[0]), first_line + start, kind="turn", speaker=key[keyed.group(1)]))
            continue
        if turns and len(current) > 1 and _speaker_name_line(current[0]) and not current[1].strip().startswith("@") \
                and _speaker_of(current[0]) not in running:
            label, speaker = current[0].strip(), _speaker_of(current[0])
            stamp = f" ({stamps[start]})" if start in stamps else ""  # the turn's time, kept with its label
            result.append(Block(f"{label}{stamp}: " + squash(" ".join(current[1:])), first_line + start, kind="turn",
                                speaker=speaker))
        else:
            paragraph([stamps[start], *current] if start in stamps else current, start)
    return [b for b in result if b.text]


POST_TAGS_REACH = 6  # paragraphs from the text's end a post's line of tags may close it at
CALL_TURN_MIN_WORDS = 8  # the words under a speaker's name in a call transcript: a sentence at least

_CLOCK_STAMP = re.compile(r"[\[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?")
_STAMPED_NAME = re.compile(rf"({_CLOCK_STAMP.pattern})\s+(\S.*)")
def _stamped_speaker(line: str) -> tuple[str, str] | None:
    """("00:00:24", "Farida Nasseri-Lowe") from "Farida Nasseri-Lowe  00:00:24" or "00:00:24 Farida Nasseri-Lowe"."""
    match = _STAMPED_NAME.fullmatch(line.strip()) or _NAME_STAMPED.fullmatch(line.strip())
    if not match:
        return None
    stamp, name = (match.group(1), match.group(2)) if match.re is _STAMPED_NAME else (match.group(2), match.group(1))
    if re.match(r"[AaPp]\.?[Mm]\.?(?:\s|$)", name):
        return None  # "7:05 AM MYT": a clock and its zone under the date, no one's name
    return (stamp, name) if _speaker_name_line(name) else None


_NAME_STAMPED = re.compile(rf"(\S.*?)\s+({_CLOCK_STAMP.pattern})")  # "Farida Nasseri-Lowe  00:00:24"


_CLIP_LABEL = re.compile(r"(?:(?:Audio|Video|Archive)\s+)?(?:Clip|Sound\s?bite|SOT|Excerpt)\s*[—–:-]+\s*", re.I)


def _speaker_of(line: str) -> str:
    """The name of a call's speaker line: "Lindiwe Castellanos-Moyo -- Chief Executive Officer",
    "Benedikt Schaller -- Arnhold Crane & Co. -- Analyst" name the speaker first, then who they are."""
    # (... or a recording's clip, the one heard named after its label: "Clip — Wen Shaohua, MOFCOM spokesperson (via
    # interpreter)")
    clip = _CLIP_LABEL.match(line.strip())
    heard = re.split(r"\s*[,(]\s*|\s+[-—–]+\s+", line.strip()[clip.end():], maxsplit=1)[0].strip() if clip else ""
    if heard and 2 <= len(heard.split()) <= 4 and _NAME.fullmatch(heard):
        return heard
    # (... or a single dash, as a news site sets the excerpts it prints: "Wambui Njoroge - Chief Executive Officer")
    for dash in (" -- ", " — ", " – ", " - "):
        name, dashes, _ = line.strip().partition(dash)
        if dashes:
            break
    return name.strip() if dashes and _NAME.fullmatch(name.strip()) and len(line.split()) <= 16 else line.strip()


def _speaker_name_line(line: str) -> bool:
    """A line that is only a speaker's name ("Helena Voss") or a call's role ("Operator"), perhaps
    with who they are after a dash."""
    line = _speaker_of(line)
    return line.lower() in _CALL_ROLES or (len(line.split()) <= 4 and bool(_NAME.fullmatch(line)))


# Recognisers


def _ci_startswith(text: str, prefixes: tuple[str, ...]) -> str | None:
    lower = text.lower()
    if " :" in lower or "\u00a0:" in lower or "\u202f:" in lower:
        lower = _SPACED_COLON.sub(r"\1:", lower)  # (French typography's space before a label's colon: "Mots-clés :")
    ordered, lowered = _longest_first(tuple(prefixes))
    if not lower.startswith(lowered):  # most lines start with none of them: one test, not one per prefix
        return None
    for prefix, low in ordered:
        if lower.startswith(low):
            return prefix
    return None


_SPACED_COLON = re.compile(r"^(\S{1,30}(?: \S{1,30}){0,2})[ \u00a0\u202f]+:")


# The registry's word lists, lowered (and sorted) once, not on every line asked about.


@lru_cache(maxsize=64)
def _longest_first(prefixes: tuple[str, ...]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    ordered = tuple((p, p.lower()) for p in sorted(prefixes, key=len, reverse=True))
    return ordered, tuple(low for _, low in ordered)


@lru_cache(maxsize=64)
def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


@lru_cache(maxsize=64)
def _lowered_set(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def split_credit(text: str, rules: Rules) -> tuple[str, str] | None:
    """A caption's text and credit, when the block is a short paragraph ending in a picture credit."""
    if word_count(text) > rules.caption_max_words or not text:
        return None
    stripped = text.rstrip(" .")
    # "(Photo: Xinhua)", "[Photo/VCG]" at the end.
    match = re.search(r"[(\[（]\s*([^()\[\]（）]{2,60})\s*[)\]）]$", stripped)
    if match and (_is_credit(match.group(1), rules) or _PHOTOGRAPHER_SLASH_OUTLET.fullmatch(match.group(1).strip())
                  or _marked_names(match.group(1).strip(), rules)):
        body = stripped[:match.start()].rstrip()
        return (body, _clean_credit(match.group(1), rules)) if body else None
    # "... could add weeks to some shipments. — Filepic", "... on Monday. – Reuters": the credit after a dash
    dashed = re.search(r"[.!?]\s*[—–]\s*([^—–.]{2,40})$", stripped)
    if dashed and _is_credit(dashed.group(1).strip(), rules):
        return stripped[:dashed.start() + 1], _clean_credit(dashed.group(1).strip(), rules)
    # "The headquarters of China's Ministry of Commerce in Beijing, June 8, 2028. /OGTV": a state broadcaster's credit
    slashed = re.search(r"[.!?]\s+/\s?([A-Z][\w&.-]{1,20}(?:\s+[A-Z][\w&.-]*){0,2})$", stripped)
    if slashed and len(stripped[:slashed.start()].split()) >= 4:
        return stripped[:slashed.start() + 1], slashed.group(1)
    spans = sentence_spans(stripped, rules.abbreviations)
    if len(spans) >= 2:
        start = spans[-1][0]
        last = stripped[start:]
        if _is_credit(last, rules) or _FOR_OUTLET.fullmatch(last) or _OUTLET_SLASH_PHOTOGRAPHER.fullmatch(last) \
                or _PHOTOGRAPHER_SLASH_OUTLET.fullmatch(last):  # ("... Victor Besa / The Emirates Ledger")
            # ... "Graham Oduya for Tickerline", "Harborline/Annika Sørbø-Lund"
            return stripped[:start].rstrip(), _clean_credit(last, rules)
    # "... speaks to reporters. Photo: Visual China" split by a marker or slash inside one sentence.
    # (... its space perhaps lost with the markup: "... Душанбе.Акс: «Тиб ва Ҷомеа»")
    glued = next((at for marker in rules.credit_markers if (at := stripped.lower().rfind("." + marker.lower())) > 0), -1)
    stripped = f"{stripped[:glued + 1]} {stripped[glued + 1:]}" if glued > 0 else stripped
    for marker in rules.credit_markers:
        index = stripped.lower().rfind(" " + marker.lower())
        named = _clean_credit(stripped[index + 1:], rules).rstrip(".") if index > 0 and marker.endswith(":") \
            and len(re.findall(r"[^\W\d_]{2,}", stripped[:index])) >= 4 and stripped[:index].rstrip().endswith(".") \
            else ""  # (after a caption's sentence, not a stamp or a byline's cell)
        # ... whoever it names, after a marker with its colon: "Fotó: Pénzpiac / Kovács Ádám"
        if index > 0 and (_is_credit(stripped[index + 1:], rules) or named and len(named.split()) <= 6 and (all(
                w[:1].isupper() or w in "/|&-–" for w in named.split()) or _QUOTED_NAME.fullmatch(named))):
            return stripped[:index].rstrip(" .,;-—") + ".", _clean_credit(stripped[index + 1:], rules)
    return None


_QUOTED_NAME = re.compile(r"[«“„\"][^«»“”„\"]{2,60}[»”“\"]")  # an outlet's name in quotation marks: "«Тиб ва Ҷомеа»"


def _marked_names(text: str, rules: Rules) -> bool:
    """"Fotó: Pest Observer / Tamás Vereckei": a credit's marker with its colon, then only names (an outlet, a
    photographer), whoever they are."""
    marker = _ci_startswith(text, rules.credit_markers)
    named = text[len(marker):].strip().split() if marker and marker.endswith(":") else []
    return 1 <= len(named) <= 6 and all(w[:1].isupper() or w in "/|&-–" for w in named)


# "... Fort Worth, Texas. Graham Oduya for Tickerline": a photographer working for the outlet, closing a caption.
_FOR_OUTLET = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s+for\s+(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}")
# "(Lena Ortiz/Capitol Dispatch)" closing a caption: a photographer and the outlet, whoever they are.
_PHOTOGRAPHER_SLASH_OUTLET = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]+){1,2}\s*/\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")


# "... February 16, 2027. Harborline/Annika Sørbø-Lund": the wire, then its photographer, closing a caption.
_OUTLET_SLASH_PHOTOGRAPHER = re.compile(r"[A-Z][\w&.'’-]*\s*/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}")


def _unbracketed(text: str) -> str:
    """"(Photo: Xinhua)", "[Photo/VCG", "Reuters)": brackets around a credit or left over from one go; a credit's own
    pair stays ("Source: buyer survey (n=46)")."""
    for opening, closing in ("()", "[]", "（）"):
        if text.startswith(opening) and (text.endswith(closing) and text.count(opening) == 1 or text.count(opening) > text.count(closing)):
            text = text[1:].strip()
        if text.endswith(closing) and text.count(closing) > text.count(opening):
            text = text[:-1].strip()
    return text


def _clean_credit(credit: str, rules: Rules) -> str:
    credit = _unbracketed(credit.strip())
    marker = _ci_startswith(credit, rules.credit_markers)
    if marker:
        credit = credit[len(marker):].strip(" :/")
    return credit


def _is_credit(candidate: str, rules: Rules) -> bool:
    candidate = _clean_credit(candidate, rules).rstrip(".")
    if not candidate or len(candidate.split()) > 8:
        return False
    credits = _lowered_set(rules.photo_credits)
    if candidate.lower() in credits:
        return True
    if _OUTLET_PHOTO.fullmatch(candidate):
        return True  # "Beacon Photo/Liu Mengqi, File": whoever the outlet, a photo desk's credit and its photographer
    # "John Doe/AFP", "Xinhua/Li Xin", "Reuters/Jane Doe": one side is a known credit.
    parts = [p.strip() for p in re.split(r"\s*/\s*|\s+via\s+", candidate) if p.strip()]
    return len(parts) >= 2 and any(p.lower() in credits for p in parts)


_OUTLET_PHOTO = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+Photos?\s*/\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
                           r"(?:,\s*File)?")


def _is_rights(text: str, rules: Rules) -> bool:
    lower = text.lower()
    return word_count(text) <= 80 and any(p in lower for p in _lowered(rules.rights_phrases))


# A press office's contact block: an e-mail address and a telephone number, few words.
_CONTACT = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+.*\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}|\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}.*[\w.-]+@[\w-]+\.\w")


_PRESS_OFFICE = re.compile(r"(?:Office|Bureau|Department|Ministry|Press|Media|Public|Communications|Embassy)\b(?!.*\b[Cc]ontact)")


def _is_boilerplate(text: str, rules: Rules) -> bool:
    if _ci_startswith(text.lstrip("(（[ "), rules.boilerplate_prefixes):  # "(Reporting by A; Editing by B)" too
        return True
    if word_count(text) <= 30 and CONTACT_LINE.match(text):
        return True  # "Contact reporter Sun Haoran (haoransun@lanting.cn) and editor Hannah Pellegrini (...)"

    if word_count(text) <= 25 and "@" in text and _CONTACT.search(text) and _PRESS_OFFICE.match(text):
        return True  # "Office of Public Affairs OCPA@bis.doc.gov | (202) 482-2721"
    lower = text.lower()
    if word_count(text) > 80 or not any(p in lower for p in _lowered(rules.boilerplate_phrases)):
        return False
    if word_count(text) > 30 and (spans := sentence_spans(text, rules.abbreviations)) and len(spans) >= 2 \
            and word_count(text[spans[-1][0]:]) <= 8 and word_count(text[:spans[-1][0]]) >= 25 \
            and not any(p in lower[:spans[-1][0]] for p in _lowered(rules.boilerplate_phrases)):
        # "This week I put five questions to A, a partner at ... . Lightly edited for length.": an introduction that
        # ends with a short editor's note is the article's; the note alone, or a paragraph of notes, is boilerplate
        return False
    return True


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
_BYLINE_LOWER = NAME_PARTICLES | frozenset("and in with staff reporter reporters correspondent correspondents writer writers "
                                           "desk team".split())
# "economics editor", "senior technology reporter": a writer's job after their name.
_JOB_IN_BYLINE = re.compile(r"(?:[A-Za-z-]+\s+){0,3}(?:correspondents?|editors?|reporters?|writers?|analysts?|columnists?|journalists?"
                            r"|producers?|contributors?|(?:bureau\s+)?chief)", re.I)
_BYLINE_SEPARATORS = re.compile(r"\s*(?:[,，|/;&]|(?i:\band\b)|\bwith\b)\s*")


def english_byline(text: str, rules: Rules) -> str:
    """"Von A, Frankfurt, und B, Wolfsburg", "Por A, de Cuiabá, e B, de Brasília": a byline in
    another language read as "By A, Frankfurt, and B in Brasília"; any other line as it is."""
    # (... "Skrifys gans A", "Escrito por A": a language's "by" in two words, "written by")
    phrase = next((p for p in rules.byline_by if " " in p and text.startswith(p + " ") and text[len(p) + 1:][:1].isupper()), None)
    text = "By " + text[len(phrase) + 1:] if phrase else text
    first = text.split(maxsplit=1)
    if first and first[0] in rules.byline_by and "／" in text:
        text = re.sub(r"\s*／\s*", " / ", text)  # ("記者 A／譯者 B": a Chinese page's full-width slash between its credits)
        first = text.split(maxsplit=1)
    bilingual = re.match(r"^(\w+)\s*/\s*(By\s.*)$", text)
    if bilingual and bilingual.group(1).capitalize() in rules.byline_by:
        text = bilingual.group(1) + " " + bilingual.group(2)[3:]  # "Por / By A, de B, e C": the byline in both languages
        first = text.split(maxsplit=1)
    # (... and "By A en B": an English "By" over a translated edition's own "and"; "Por: A", its label's colon)
    if len(first) >= 2 and first[0].endswith(":") and first[0][:-1].capitalize() in rules.byline_by:
        first = [first[0][:-1], first[1]]
    if len(first) < 2 or first[0].capitalize() not in (*rules.byline_by, "By") or not first[1][:1].isupper():
        return text
    if (first[0] == "Per" or first[0] in rules.given_set) and len(re.split(r"\s*[|·,]\s*", first[1])[0].split()) < 2:
        return text  # (Catalan's "Per A B", Malay's "Oleh A B", not a writer's given name over a one-word rest: "Per Olsen";
        # "Per" stays out of given_names.yml, where "Per Bloomberg" would become a person)
    words = "|".join(map(re.escape, rules.byline_and)) or "(?!)"
    places = "|".join(map(re.escape, rules.byline_from)) or "(?!)"
    text = re.sub(rf",\s*(?:{places})\s+(?=[A-ZÀ-Þ])", " in ", "By " + first[1])
    return re.sub(rf",?\s+(?:{words})\s+(?=[A-ZÀ-Þ])", ", and ", text)


# "By business reporter A and B": the writers' job between "By" and their names; "Critical Questions by A
# and B": a series' label before it; "By A and B Published: Oct 15, 2026": the date line run on;
# "A Follow and B Follow": a page's follow buttons copied with the names.
_JOB_AFTER_BY = re.compile(r"^(By)\s+(?:[a-z]+\s+){0,3}(?:reporters?|correspondents?|editors?|writers?|analysts?)\s+(?=[A-Z])")
_JOB_AFTER_AND = re.compile(r"(\s(?:and|&)|,)\s+(?:[a-z]+\s+){0,3}(?:reporters?|correspondents?|editors?|writers?|analysts?)\s+(?=[A-Z])")
_LABEL_BY = re.compile(r"^(?!(?:Presented|Sponsored|Brought to you|Powered|Supported|Funded|Underwritten|Made possible|"
                       r"Manufactured|Designed|Developed|Hosted|Maintained|Operated|Built)\s)"  # (nor a site's maker)
                       r"(?!Originally\s+Posted\s)"  # (nor a forum's quotation: "Originally Posted by torque_ripple")
                       r"(?:[A-Z][\w'’-]*\s+){1,3}(?=by\s+(?:[a-z]+\s+){0,3}[A-Z])")  # (but "Presented by Calloway Logistics": a sponsor)
# ("Analysis by business reporter Callum Hartigan": the label, then the writer's job before the name)
# The labels of credits that sit beside a byline: who took the pictures, edited, translated, added reporting.
_CREDIT_WORDS = (r"(?:Photos?|Photographs?|Pictures?|Images?|Illustrations?|Graphics?|Video|Edit(?:ed|ing|or)|"
                 r"Translated|Translation|Additional reporting|Reporting|Producers?|Produced by|Production|Camera|Sound"
                 r"|(?:Slide\s+|Graphic\s+)?Design(?:ed)?|Layout"  # ("Slide design: Noy Keophila" under a deck's presenter)
                 rf"|{_REVIEW_WORDS}"
                 # ... in the languages whose sites print an English edition's credits in their own words
                 r"|Fotos?|Traduc?ci[oó]n|Tradu[cç][aã]o|Traduction|Traduzione|Übersetzung|Edici[oó]n|(?:Info)?[Gg]rafika"
                 r"|Editad[oa]|[ÉE]dit[ée]e?|Redigiert|Bearbeitet|Redatto|Redactado"  # ("Por A | Editado por: B")
                 # (... and the Nordic, Basque, Catalan and Galician ones: "Af A · Oversat af B", "Itzulpena: B", "Traducció: B",
                 # "Por A · Tradución: B")
                 r"|Oversat|Oversatt|Översatt|Oversættelse|Oversettelse|Översättning|Käännös|Suomentanut|Itzulpena"
                 r"|Itzulia|Traducci[oó]|Tradu[iï]t|Tradotto|Redigeret|Redigert|Redigerad|Edició|Edita|Argazkiak?"
                 r"|Troet"  # (Breton: "Gant A | Troet eus ar galleg gant B", "translated from French by")
                 r"|Fordította|Fotó"  # (Hungarian: "Írta: A · Fordította: B", "translated by"; "Fotó: C")
                 r"|Μετάφραση|Φωτογραφί(?:α|ες)|Επιμέλεια"  # (Greek: "Της A · Μετάφραση: B", "Φωτογραφία: C")
                 r"|Tulkuojums|Jorgaleaddji|Awdarmash[ıi]|Traduzion|Mfonini|S[úu]wret|Hoto|Govva"  # (Latgalian, Sámi, Karakalpak,
                 # Friulian translators; Twi, Karakalpak, Hausa, Sámi photos: "Čálli: A · Jorgaleaddji: B")
                 r"|অনুবাদ|ফটো|ትርጉም|ፎቶ|បកប្រែ|រូបថត|Орчуулсан|Гэрэл зураг|Revirada|Fòto|Mufananidzo"  # (Assamese, Amharic,
                 # Khmer, Mongolian, Occitan, Shona translators and photos: "লিখিছে: A · অনুবাদ: B", "ጸሐፊ፦ A · ትርጉም፦ B")
                 r"|Перевод|Переклад|Превод|Фото|Редактор"  # (Cyrillic: "Автор: A · Перевод: B", translation; photo; editor)
                 r"|譯者|译者|攝影|摄影|編輯|编辑)")  # (Chinese: "記者 A／譯者 B", translator; photographer; editor)
# A label's colon in the scripts sites print their labels in: Latin's, the full-width (CJK), the Armenian comma
# ("Հեղինակ՝ A"), the Ethiopic preface colon ("ጸሐፊ፦ A") and the Khmer sign ("បកប្រែ៖ B")
LABEL_COLONS = ":：՝፦៖"
# ... or a spaced dash where a site sets its labels so: "ရေးသားသူ - Thiri Nandar Kyaw" (Burmese)
LABEL_SEPARATOR = rf"(?:\s*[{LABEL_COLONS}]|\s+[-–—])\s*"
_CREDIT_LABEL = re.compile(rf"^{_CREDIT_WORDS}(?!\w)", re.I)
_REVIEWED_BY = re.compile(rf"{_REVIEW_WORDS}\s+by\s+[A-Z]")  # an editor's credit line
_NAME_AND_OFFICE = re.compile(r"([^,|]{3,60}?),\s*([^,|]{3,60})")  # "Stefan Wurzinger, Head of Raw Materials Policy"
# "This article was originally written in Korean and translated by ...": how the article came to be in English
TRANSLATION_NOTE_MAX_WORDS = 25
_TRANSLATION_NOTE = re.compile(r"\b(?:translated|edited)\s+(?:from\s+\w+\s+)?by\b|\boriginally\s+(?:written|published)\s+in\s+[A-Z]", re.I)
_PLACE_AND_JOB = re.compile(r"\s*\((?![^()]*@)(?!ret)[^()]{2,60}\b(?:correspondent|reporter|editor|writer|bureau)s?\)", re.I)
_BARE_DATE_AFTER = re.compile(r"\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d\b)")
_RUN_ON_DATE = re.compile(r"\s+(?:Published|Updated|Posted|Input|Modified|Registered)\s*:?\s+(?=\S*\d|[A-Z][a-z]{2})")
# A job before the name, where no "By" is: "Reporter Kang Min-seo" (a Korean site's byline)
_JOB_FIRST = re.compile(r"^(?:(?:Senior|Staff|Chief)\s+)?(?:Reporter|Correspondent|Staff Writer)\s+(?=[A-Z][a-z])")
_FOLLOW = re.compile(r"\s+Follow\b")
_FOLLOW_BUTTON = re.compile(r"\+?\s*Follow", re.I)  # a follow button on its own line, under the name it follows


# A wire's note to editors over a new version of a story: "(ATTN: ADDS comments from industry ministry in paras 5-6)"
_WIRE_NOTE = re.compile(r"\((?:ATTN|ATTENTION|EDS|EDITORS?|NOTE TO EDITORS)\s*:[^()]{2,200}\)", re.I)
_HANDLE_AFTER = re.compile(r"\s*(?:[/|·•]\s*)?\(?@\w{2,30}\)?\s*$")
_EMAIL_AFTER = re.compile(rf"\s*[\[(<]\s*{EMAIL_ADDRESS}\s*[\])>]\s*$")


_JOB_WORDS = ("reporter", "correspondent", "editor", "writer", "analyst")  # one of them is in every _JOB_AFTER_AND


def _plain_byline(text: str) -> str:
    # (each pattern below needs a character or a word most lines lack: that is looked for first, in C, not by a scan)
    text = text if "|" in text else _RUN_ON_DATE.split(text, 1)[0]  # ("A | Outlet | Updated: ..." is read by its cells)
    # (... but "By A   August 12, 2027 | 07:30 pm GMT+7": the date run on in the first cell ends the byline there)
    first_cell = text.split("|", 1)[0]
    cut = _RUN_ON_DATE.split(first_cell, 1) if "|" in text else [text]
    cut = _BARE_DATE_AFTER.split(first_cell, 1) if "|" in text and len(cut) == 1 else cut
    text = cut[0] if len(cut) > 1 else text
    text = re.sub(r"^[‧•·▪●◦]\s*(?=By\b)", "", text, flags=re.I) if text[:1] in "‧•·▪●◦" else text  # "‧ By A / Staff reporter"
    text = _FOLLOW.sub("", text) if "Follow" in text else text
    text = _PLACE_AND_JOB.sub("", text) if "(" in text else text  # "By A (Beijing, correspondent) and B (Brussels, Europe correspondent)"
    text = _EMAIL_AFTER.sub("", text) if "@" in text else text  # "By A, B [a@paper.co.kr]": the writer's address after the names
    text = _HANDLE_AFTER.sub("", text) if "@" in text else text  # "By: A - Reporter / @AReyesLedger": the writer's handle
    text = _JOB_AFTER_BY.sub(r"\1 ", _JOB_FIRST.sub("By ", text))
    text = _JOB_AFTER_AND.sub(r"\1 ", text) if any(word in text for word in _JOB_WORDS) else text  # "By A and business reporter B"
    label = _LABEL_BY.match(text)
    if label and not _CREDIT_LABEL.match(text):
        text = _JOB_AFTER_BY.sub(r"\1 ", "B" + text[label.end() + 1:])  # "Critical Questions by A" -> "By A"
    return text


_THREAD_START = re.compile(r"(?<!\d)1\s*/\s*$")  # "... I'll thread the China bits here 🧵 1/": a thread's first post
_NUMBERED_POST = re.compile(r"1\s*/\s*\d{1,2}\s+(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\s*)*(?=[A-Z])")  # "1/8 🧵 ": a thread's first post
_FIRST_POST = re.compile(r"1\s*/\s*(?:\d{1,2}\s+)?(?:(?:THREAD|Thread|HILO|Hilo|FIO|Fio)\s*[:：]\s*)?"
                         r"(\S.{10,200}?)[\s\U0001F300-\U0001FAFF\u2600-\u27BF]*$")  # "1/ What the ... says 🧵", "1/7 THREAD: ..."
_PRINTED_URL = re.compile(r"(?m)^[ \t]*(https?://\S+)[ \t]+\d{1,3}/\d{1,3}[ \t]*$")
_LATE_WEST = re.compile(r"\b(?:(?:9|10|11):\d\d\s*[Pp]\.?\s?[Mm]\.?|2[1-3]:\d\d)\s*(?:EST|EDT|ET|CST|CDT|CT|PST|PDT|PT)\b")
def _dateline_day(match: re.Match) -> tuple[int, int, int | None]:
    """(month, day, year or None) a dateline's match gives: "WASHINGTON, Dec 16 (Tidewater) -"."""
    if match.group("day3"):
        return int(match.group("month3")), int(match.group("day3")), int(match.group("year3"))
    return (_month(match.group("month") or match.group("month2")), int(match.group("day") or match.group("day2")),
            int(match.group("year")) if match.group("year") else None)


_WHERE_IN_BRACKETS = re.compile(r"\s*\((?:in|from|reporting from)\s+[A-Z][^()]{1,40}\)")


_DASHED_PLACE = re.compile(r"\s+[—–]\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:\s*\((?P<code>[A-Z]{2,3})\))?\s*$")


BYLINE_JOB_MAX_WORDS = 8


def _byline_line(text: str, registry: Registry) -> re.Match | None:
    """A block that is only a byline: "By" followed by names or outlets, nothing else.
    "By the numbers: ..." and "By contrast, ..." open sentences, not bylines."""
    # "By Dr. Eleanor Vance and Marcus Liang": an honorific's full stop does not end the names.
    # ("By A and B (in Brussels)": where the second wrote from, in brackets)
    text = _WHERE_IN_BRACKETS.sub("", text)
    # ("Hosi / By: Nélia Fernandes", "Por / By A": the label in the paper's language, then in English)
    text = re.sub(r"^[^\W\d_]{2,12}\s*/\s*(?=By\b)", "", text)
    # "by A, B · Tonle Business Review — Tech & Telecoms · 3h": a feed reader's line, the feed and its age after the names
    cells = re.split(r"\s+[·|]\s+", text)
    # (... or a credit after them: "Por A · Traducción: B", "Por A | Tradução: B")
    if len(cells) > 1 and all(_looks_like_outlet(re.split(r"\s+[—–]\s+", c)[0], registry) or re.fullmatch(
            rf"\d{{1,2}}\s?[smhdw]|{_HOW_LONG_AGO}", c.strip(), re.I) or _CREDIT_CELL.match(c.strip())
            or _ci_startswith(c.strip(), registry.rules.credit_markers)  # (the registry's: "Fassara: B", "תרגום: B")
            or _READ_TIME.fullmatch(c.strip()) or _PLACE_AND_DAY_CELL.fullmatch(c.strip()) for c in cells[1:]):
        # (or how long it takes to read: "by A · 11 min read"; or where and when in the country's own calendar, its era
        # named: "By A and B · Addis Ababa, Miyazya 17, 2022 E.C.")
        text = cells[0]
    place = _DASHED_PLACE.search(text) if "—" in text or "–" in text else None
    if place and (place.group("code") or place.group("place") in registry.place_names):
        text = text[:place.start()]  # "By Luiza Carvalho Teixeira — Minaçu (GO)": where she filed from, its state's code
    match = _BYLINE_LINE.match(without_honorifics(english_byline(_plain_byline(text), registry.rules)))
    if not match or ":" in match.group(1):
        return None
    if re.match(r"the\s", match.group(1), re.I) and not _looks_like_outlet(match.group(1), registry):
        return None  # "BY THE NUMBERS": a newsletter's section, not a byline
    roles = _lowered_set(registry.rules.role_words)
    named = False
    for part in _BYLINE_SEPARATORS.split(match.group(1).strip()):
        words = re.sub(r"\s+in\s+[A-Z].*$", "", part).split()  # "Nurul Aisyah Rahman in Kuala Lumpur": a place
        if not words or _looks_like_outlet(part, registry) or re.fullmatch(r"(?:from|in)\s+[A-Z][^,;]{1,40}", part.strip()):
            # ("By Mariana Coutinho, from Goiânia": where she writes from)
            continue
        if _JOB_IN_BYLINE.fullmatch(" ".join(words)):
            continue
        if named and (_UNIT_IN_BYLINE.fullmatch(part.strip()) or _DESK_IN_BYLINE.fullmatch(part.strip())):
            continue  # "Story by A, Office of Communications", "By A, Sapporo news desk": the writer's office or desk
        office = [k for k, w in enumerate(words) if w.lower() in roles]
        if named and len(words) <= BYLINE_JOB_MAX_WORDS and words[0][:1].isupper() and office \
                and (office[-1] == len(words) - 1 or words[office[-1] + 1].islower()):
            continue  # "By Theresa Nguyen-Price, RN, Vice President for Health and Safety": the writer's office after her name
            # (not "... and Ambassador Jamieson Greer Following U.S.-China Talks": a title before a name)
        named = True
        if len(words) > 5 or not all(w[0].isupper() or w.lower() in _BYLINE_LOWER or _CJK_CHAR.search(w)
                                     for w in words):
            return None
    return match


_PLACE_AND_DAY_CELL = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s*)?(?:[A-Z][a-z]{2,10}\.?\s+\d{1,2},?|\d{1,2}\.?\s+"
                                 r"[A-Z][a-z]{2,10}\.?)\s+\d{4}\s*(?:E\.C\.|EC|BS|B\.S\.|AH|A\.H\.|SH|BE|B\.E\.)")
_UNIT_IN_BYLINE = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’-]+\s+)?(?:Office|Department|Division|Bureau|Directorate|Unit|Desk|Section|Team)"
                             r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:and\s+)?[A-Z][\w'’&-]*){0,4}")
# (... "Sapporo news desk", "Hokkaido bureau": the desk a writer files for, its place before it)
_DESK_IN_BYLINE = re.compile(r"(?:[A-Z][\w'’-]+\s+){0,3}(?i:bureau|newsroom|(?:(?:news|foreign|business|city|metro)\s+)?desk)")
_THE_AUTHOR = re.compile(r"\bThe (?:author|writer), ([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:\s*[(（][^()（）]{1,20}[)）])?,"
                         r"\s+(?:is|was)\b")
_BIO_OPENING = re.compile(r"((?:\S+\s+){1,3}?\S+) (?:is (?:(?:a|an|the|currently)\s+)?|(?:chairs|leads|directs|heads|teaches|"
                          r"serves as|works as) (?:(?:a|an|the)\s+)?)([^.]{3,120})")
# A browser's or a tool's banner over a page it translated: "This page has been translated from Albanian into English"
_MACHINE_TRANSLATED = re.compile(r"\b(?:(?:has been|was|were)\s+(?:automatically\s+|machine[- ])?translated\s+from|machine[- ]translat"
                                 r"|(?:Translated|Translation) (?:by|with) (?:Google|DeepL|Bing|Microsoft|Yandex|Papago))", re.I)
TRANSLATION_BANNER_LINES = 6
_ABOUT_AUTHORS = re.compile(r"\bAbout the authors?\b", re.I)
_CREDIT_CELL = re.compile(rf"^{_CREDIT_WORDS}(?!\w)(?:\s+by)?\s*[:：]?\s*\S", re.I)


REPORTER_CELL_LOWER_MAX = 3  # lower-case words a "Reporter:" cell holds besides names' particles ("in", "and", "staff")


def _said_in_cell(cell: str) -> bool:
    """A transcript's "REPORTER: In Minsk, the analyst Volha Sakalova-Drozd sees an opening.": a turn the reporter says,
    not a byline: the cell runs on in lower-case words, as a sentence does and names never do."""
    words = re.findall(r"[^\W\d_][\w'’-]*", re.sub(r"\S+@\S+|\S+\.\w{2,}/\S*", " ", cell))  # (not an e-mail's: "a.b@firm.sg")
    lower = [w for w in words if w.islower() and w not in _BYLINE_LOWER]
    return len(lower) > REPORTER_CELL_LOWER_MAX


def _reporter_line(text: str) -> re.Match | None:
    match = _REPORTER.match(text)
    return match if match and not _said_in_cell(match.group(1)) else None


_HOST_CELL = re.compile(r"(?:Host(?:ed by)?|Presenter|Presented by)\s*[:：]?\s*([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})")


def _labelled_byline(text: str) -> re.Match | None:
    """"Text: A | Photo: B": the writer's cell, then only credits' cells (or "Texte : A · Photo : B")."""
    cells = [PICTOGRAPH.sub("", c).strip() for c in re.split(r"\s+[·•]\s+|\|", text)]  # (or "✍️ Text: A · 📷 Photo: B")
    # (or a show's "Host: A · Producer: B": its host is its writer where no one else is credited with the words)
    match = _REPORTER.match(cells[0]) or _HOST_CELL.fullmatch(cells[0])
    if len(cells) >= 2 and match and _NAME.match(match.group(1)) and all(_CREDIT_CELL.match(c) for c in cells[1:]):
        return match
    return None


def _reporter_cell(text: str) -> str:
    """"Anchor: Sabrina Haque | Reporter: Tanvir Ahmed Chowdhury | Producer: Mahfuz Alam": a broadcast's credits, a
    labelled name a cell; its reporter wrote the story. The reporter's name, or ""."""
    cells = [c.strip() for c in text.split("|")]
    if len(cells) == 1 and (capped := [m.group(0).strip() for m in _CAPS_CELL.finditer(text)]) and len(capped) >= 2 \
            and sum(map(len, capped)) + len(capped) - 1 >= len(text.strip()):
        cells = capped  # (or a script's slug block, its labels in capitals and no bars: "WRITER: A   READ BY: B   PRODUCER: C")
    # (or a show's: "Hosted by Josefa Naivalu | Summary by Salote Vakacegu", who wrote its summary up writing it)
    if len(cells) < 2 or not all(re.fullmatch(r"[A-Z][\w /&-]{1,25}\s*[:：]\s*[A-Z][^:：]{1,60}|[A-Z][\w-]+(?:\s+[\w-]+)?\s+by\s+[A-Z][^:：]{1,60}", c)
                                 for c in cells):
        return ""
    # (where the reporter filed from, in brackets: "Reporter: Sujan Shrestha (Pyeongtaek)")
    cells = [re.sub(r"\s*\([A-Z][^()]{1,40}\)$", "", c) for c in cells]
    return next((m.group(1).strip() for c in cells if (m := _REPORTER.match(c) or _WRITTEN_UP_BY.fullmatch(c))
                 and _NAME.fullmatch(m.group(1).strip())), "")


_CAPS_CELL = re.compile(r"[A-Z]{2,}(?:\s[A-Z]{2,})?\s*:\s*.+?(?=\s+[A-Z]{2,}(?:\s[A-Z]{2,})?\s*:|$)")  # "READ BY: Nazira Sultanbekova"
_WRITTEN_UP_BY = re.compile(r"(?:Summary|Summarised|Summarized|Recap|Write-up|Written up|Words|Story|Report|Reported)\s+by\s+(.{3,60})")


def _names_then_credits(text: str, registry: Registry) -> str:
    """"Dilnoza Yusupova, Jasur Ergashev | Grafika: Malika Tojiboyeva": the writers' names, then only credits' cells.
    The writers, or ""."""
    cells = [c.strip() for c in text.split("|")]
    names = [n.strip() for n in re.split(r",\s*|\s+(?:and|&)\s+", cells[0])]
    if len(cells) >= 2 and all(re.match(rf"{_CREDIT_WORDS}\s*(?:by\b|[{LABEL_COLONS}])", c, re.I) for c in cells[1:]) and 1 <= len(names) <= 4 and all(
            _NAME.fullmatch(n) and 2 <= len(n.split()) <= 4 and not _looks_like_outlet(n, registry) for n in names):
        return cells[0]
    return ""


def _labelled_writer(text: str, registry: Registry) -> re.Match | None:
    """"Autor: Ioana Munteanu", "Müəllif: Aytən Hüseynova": the writer under the label in the site's language (and
    "Tekst: A | Foto: B": the photographer's cell apart)."""
    rules = registry.rules
    labelled = re.fullmatch(rf"(?:{'|'.join(map(re.escape, rules.byline_labels))}){LABEL_SEPARATOR}(.{{3,60}})",
                            _without_photo_cell(text, rules)) if rules.byline_labels else None
    return labelled if labelled and _NAME.fullmatch(labelled.group(1)) and not _looks_like_outlet(labelled.group(1), registry) \
        else None


def _labelled_writers(text: str, registry: Registry) -> tuple[str, ...]:
    """"Müəlliflər: Nərmin Qasımova, Rəşad Əsgərli": the writers under the label in the site's language, one or several."""
    rules = registry.rules
    labelled = re.fullmatch(rf"(?:{'|'.join(map(re.escape, rules.byline_labels))}){LABEL_SEPARATOR}(.{{3,160}})", text.strip()) \
        if rules.byline_labels else None
    named = tuple(split_names(_names_list(labelled.group(1), registry)[1])) if labelled else ()
    return named if named and all(_name_shaped(n) and not _looks_like_outlet(n, registry) for n in named) else ()


# A writer's sign-off under the text with where it was written: "Айдана Токтосунова, Кант — Бишкек", "A B, Kant – Bishkek"
_SIGNED_WHERE = re.compile(r"([^,\d]{3,60}),\s+[^\W\d_][\w'’.-]*(?:\s+[—–-]\s+[^\W\d_][\w'’.-]*){1,3}")


def _name_shaped(text: str) -> bool:
    """A person's name in any script: two to four words, each capitalised ("Ірина Лозинська", "Rosária Soares"), or
    each of a script that has no capitals ("عبد الصمد عمر حمد", "ឈិន ស្រីនាង")."""
    return bool(_NAME.fullmatch(text)) or 2 <= len(text.split()) <= 4 and (all(
        w[:1].isupper() and re.sub(r"[-'’]", "", w[1:]).isalpha() for w in text.split()) or all(map(_caseless_word, text.split())))


def _caseless_word(word: str) -> bool:
    """Letters (and their marks) of a script without capitals: Arabic, Khmer, Devanagari, Thai ..."""
    return word[:1].isalpha() and all((ch.isalpha() or unicodedata.category(ch).startswith("M")) and ch.lower() == ch.upper()
                                      for ch in word)


def _looks_like_outlet(text: str, registry: Registry) -> bool:
    return text in registry.media_names() or bool(_OUTLET_WORDS.search(text))


# Dates


# "TOP STORY" over the one article an e-mail newsletter carries in full, under its wrapper and greeting.
_FIELD_LINE = re.compile(r"[A-Z][\w-]*(?:\s+[\w-]+){0,3}(?:\s+\([\w: -]{2,30}\))?\s*:\s+\S")  # "Author (dc:creator): A"
FIELD_RUN_MIN = 3
_HEADLINE_LABEL = re.compile(r"(?:(?:WEB|Web|ONLINE|Online)\s+)?(?:HEADLINE|Headline|TITLE|Title|Titre|Titel|Título|Titolo)\s*:\s*(?=\S.{10})")
_STORY_LABEL = re.compile(r"(?:(?:top|lead|main|featured|today['’]s)\s+story|(?:today['’]s|this week['’]s|the)\s+lead)\s*:?", re.I)  # ("TODAY'S LEAD")
_RULE_LINE = re.compile(r"[_=*~─━═-]{3,}|(?:[_=*~-]\s){2,}[_=*~-]")  # "________", "* * *", "─────": a line between items


def _story_label(line: str) -> bool:
    """"TOP STORY", or the label in two languages: "HADITHI KUU / TOP STORY"; or a photo service's package, its pictures
    over its text: "MATN / STORY  (EN, 612 words)"."""
    halves = _PACKAGE_COUNT.sub("", line.strip()).split(" / ")
    return len(halves) <= 2 and any(_STORY_LABEL.fullmatch(half) or half.isupper() and _PACKAGE_TEXT.fullmatch(half)
                                    for half in halves) \
        and all(len(half.split()) <= 4 for half in halves)


_PACKAGE_TEXT = re.compile(r"STORY|TEXT|TEXTO|TEXTE")  # (in capitals only: "Story" alone is a site's menu)
_PACKAGE_COUNT = re.compile(r"\s*\((?:[A-Z]{2},\s*)?[\d.,\s]+(?:words?|mots|palabras|Wörter|слов)\)$", re.I)


STORY_LABEL_REACH = 40  # lines below the header where a newsletter's story label may sit
ITEMS_REACH_LINES = 200  # lines under a newsletter's contents within which its items are printed


_ISSUE_MARK = re.compile(r"(?:N[°º]|No\.|Nr\.|Issue|#)\s*\d{1,4}\b", re.I)  # "N° 7 — samedi 23 février 2030 — Jour 2"


def _top_story(header: Header, lines: list[str], registry: Registry, first_line: int) -> Header:
    """An e-mail newsletter whose one story has a header of its own (headline, byline, date) under a
    "TOP STORY" label, or under a rule line after the issue's greeting: the story's header is the
    briefing's; the wrapper's lines above it are furniture."""
    mailed = any(_EMAIL_HEADER.match(line) for line in header.furniture)
    label = next((i for i in range(header.end, min(len(lines), header.end + STORY_LABEL_REACH))
                  if _story_label(lines[i]) or mailed and _RULE_LINE.fullmatch(lines[i].strip())), None)
    if label is None:
        return _kept_item(header, lines, registry, first_line)
    story = read_header(lines[label + 1:], registry, first_line + label + 1)
    ruled = not _story_label(lines[label])
    if not story.end or not story.title or ruled and not story.author:
        # (under a bare rule, only a story with its byline; under "TOP STORY", its headline is enough: "Text: Franziska
        # Oberthür, Leipzig" may sign it at its end); else the item of its contents the issue prints whole
        return _kept_item(header, lines, registry, first_line)
    # (a story with no byline of its own under "THE LEAD" is by the issue's writer: "Written by A · Edited by B" over it)
    under = _story_under(header, story, lines, label + 1, inherits_author=not ruled)
    # "Sent: Thursday, February 7, 2030 7:02 AM" over the issue's masthead and its "Friday 8 February 2030": the day the
    # issue prints as its own, a line of its own over the story, before the day the mail was sent (in the reader's zone)
    dated = partial(_header_date, rules=registry.rules)
    # (... or its issue line: "N° 7 — samedi 23 février 2030 — Jour 2 / Day 2")
    # (an issue line first: "N° 7 — samedi 23 février 2030" under the show's "22–24 février 2030")
    above = sorted(lines[:label], key=lambda line: not _ISSUE_MARK.match(line.strip()))
    issued = [d for line in above if not _EMAIL_HEADER.match(line.strip()) and not _MAIL_DATE.match(line.strip())
              and not re.search(r"\d\s*[–-]\s*\d{1,2}\s+[^\W\d_]", line)  # (nor a span of days: "20–22 février")
              and (d := dated(line.strip()) or (
        _issue_line(line.strip(), dated) or _ISSUE_MARK.match(line.strip())) and next(
        (x for part in re.split(r"\s+[—–|·/]\s+", line.strip()) if (x := dated(part))), None)) and d[0] and d[2]]
    return replace(under, dates=(*story.dates, *issued, *header.dates)) if issued and not story.dates else under


def _story_under(header: Header, story: Header, lines: list[str], start: int, *, inherits_author: bool = False,
                 wrapper_dates: bool = True) -> Header:
    """The header of a story read at ``start`` (under a newsletter's wrapper, a sharer's post) as the briefing's:
    the wrapper's own header and its lines above the story are furniture, nothing of them lost."""
    author = story.author or (header.author if inherits_author else "")
    wrapper = [squash(line) for line in lines[header.end:start] if line.strip()]
    return replace(story, author=author,
                   furniture=(*header.furniture, *([header.title] if header.title else []),
                              *([header.author] if header.author and header.author != author else []), *wrapper,
                              *story.furniture),
                   dates=(*story.dates, *header.dates) if wrapper_dates else story.dates, end=start + story.end,
                   passed=(*header.passed, *story.passed), captions=(*header.captions, *story.captions))


def _kept_item(header: Header, lines: list[str], registry: Registry, first_line: int) -> Header:
    """A newsletter's issue an analyst kept one story of: its contents ("IN TODAY'S ISSUE" / "1. Rare earths:
    Beijing buys itself 90 days — ...") under the greeting; the first item's headline, printed again further
    down, starts the story, and the issue's lines above it are furniture."""
    label, items = _contents(lines, range(header.end, min(len(lines), header.end + STORY_LABEL_REACH)), registry)
    if not items:
        return header
    starts = sorted({start for item in items if (start := _item_start(item, lines, label + len(items) + 1)) is not None})
    if not starts:
        return header
    stories = []
    for start, stop in zip(starts, [*starts[1:], len(lines)]):  # (each item's header read down to the next item)
        numbered = _ITEM_NUMBER.match(lines[start].strip())  # (printed again with its number or without)
        rows = [lines[start].strip()[numbered.end():] if numbered else lines[start], *lines[start + 1:stop]]
        stories.append((start, read_header(rows, registry, first_line + start)))
    # (the one item printed whole with its own byline, the issue's others briefs: "2. Carmakers count the cost ..." /
    # "By Ilirjana Dervishi and Matthias Oberländer"; else the first, the one the analyst kept)
    start, story = next((s for s in stories if s[1].author), stories[0])
    if not story.end or not story.title:
        return header
    # (the story ends where the next item is printed: "2 | TECHNICAL" under "— Marija Stojanovska-Dimeska, ...")
    stop = next((s for s in starts if s > start), 0)
    return replace(_story_under(header, story, lines, start, inherits_author=True), stop=stop)


def _contents(lines: list[str], reach: range, registry: Registry) -> tuple[int, list[str]]:
    """A newsletter's contents: where its label sits ("In this issue") within `reach`, and its numbered items under it
    ("1. Rare earths: ...", "2. ..."), none when no label has them."""
    labels = _lowered_set(registry.rules.contents_labels)
    label = next((i for i in reach if lines[i].strip().rstrip(" :").lower() in labels), None)
    if label is None:
        return -1, []
    return label, [line.strip() for line in itertools.takewhile(lambda line: _ITEM_NUMBER.match(line.strip()), lines[label + 1:])]


SECTION_LABEL_MAX_WORDS = 5


def _section_label(lines: list[str], i: int) -> bool:
    """A digest's section label set between rules: "=====" / "THE LEAD" / "=====" (or a rule under it alone)."""
    text = lines[i].strip()
    return bool(text) and len(text.split()) <= SECTION_LABEL_MAX_WORDS and not _TERMINAL.search(text) \
        and i + 1 < len(lines) and bool(_RULE_LINE.fullmatch(lines[i + 1].strip())) \
        and (text.isupper() or i > 0 and bool(_RULE_LINE.fullmatch(lines[i - 1].strip())))


def _to_next_section(header: Header, lines: list[str]) -> Header:
    """A digest in sections, each label between rules ("THE LEAD", "ALSO THIS WEEK", "BY THE NUMBERS"): the story under
    the first label ends where the next label's rules begin; the sections after it are the issue's."""
    above = [i for i in range(max(0, header.end - CHROME_REACH_LINES), header.end) if _section_label(lines, i)]
    if not above:
        return header
    stop = next((i for i in range(header.end, len(lines)) if _section_label(lines, i)), None)
    if stop is None:
        return header
    return replace(header, stop=stop - 1 if stop and _RULE_LINE.fullmatch(lines[stop - 1].strip()) else stop)


def _to_next_item(header: Header, lines: list[str], registry: Registry) -> Header:
    """A newsletter's issue whose header ran through its contents ("In this issue" / "1. Regulatory watch: ..." / "2. AEK
    opens consultation ...") to its first item's headline: the story ends where the issue prints its next item."""
    _, items = _contents(lines[:header.end], range(header.end), registry)
    if len(items) < 2:
        return header
    stop = min((start for item in items[1:] if (start := _item_start(item, lines, header.end)) is not None), default=0)
    return replace(header, stop=stop)


def _item_start(item_line: str, lines: list[str], after: int) -> int | None:
    """Where a contents item's headline is printed again under the contents (or, under a headline of its own, its
    number: "1. Graphite: US duties ..." listed, "1. Caught between Washington and Beijing: ..." or "1 | REGULATORY
    WATCH" printed)."""
    item = re.sub(r"^[\w'’ &-]{2,30}:\s+", "", _ITEM_NUMBER.sub("", item_line.strip()))  # ("Rare earths: ...")
    wanted = {w for w in re.findall(r"\w+", item.lower()) if len(w) > 2}
    reach = range(after, min(len(lines), after + ITEMS_REACH_LINES))
    worded = next((start for start in reach if len(wanted) >= 4 and len(words := {
        w for w in re.findall(r"\w+", lines[start].lower()) if len(w) > 2}) <= 2 * len(wanted) and len(words & wanted) >= 0.7 * len(wanted)), None)
    number = re.match(r"\d{1,2}", item_line.strip()).group(0)
    return worded if worded is not None else next((start for start in reach if re.match(
        rf"{number}\s*(?:\.|\||:|\))\s+[A-Z\"“‘']", lines[start].strip())), None)


def _past_briefs(header: Header, lines: list[str], registry: Registry, first_line: int) -> Header:
    """An e-paper page's "IN BRIEF" item over the page's story, which has no byline of its own: the first story under it
    with a byline is the briefing's; the brief (its headline and paragraph) is the page's furniture, nothing of it lost."""
    if header.author:
        return header
    labels = {label.casefold() for label in registry.rules.brief_labels}
    label = next((i for i in range(min(len(lines), header.end + 1)) if squash(lines[i]).rstrip(" :").casefold() in labels), None)
    if label is None:
        return header
    for start in range(label + 3, min(len(lines), label + STORY_LABEL_REACH)):
        if not lines[start].strip():
            continue
        story = read_header(lines[start:], registry, first_line + start)
        if story.end and story.title and story.author:
            return _story_under(header, story, lines, start)
    return header


_PROGRAMME_LABEL = re.compile(r"(?:Programme|Program|Show|Series)\s*:\s*\S", re.I)
_SEGMENT_TITLE = re.compile(r"(?:Segment|Item|Story)\s+\d{1,2}(?:\s+(?:of|/)\s+\d{1,2})?\s*[:–—-]\s*(\S.{10,200})$", re.I)
# (and in the feed's other languages: "…mai mult", "…voir plus", "…ver más", "…mehr anzeigen", "…więcej")
_FEED_CUT = re.compile(r"(?:…|\.\.\.)\s*(?:(?:(?:see|show|read)\s+)?more|mai\s+mult|voir\s+plus|ver\s+m[áa]i?s|mehr(?:\s+anzeigen)?"
                       r"|(?:mostra\s+)?altro|meer(?:\s+weergeven)?|daha\s+fazla|więcej|zobrazit\s+více|näytä\s+lisää|se\s+mer|vis\s+mer)$", re.I)


_POINTS_DOWN = re.compile(r"(?:👇|⬇️?|↓)[\s\U0001F3FB-\U0001F3FF]*(?:#\w+\s*)*$")


_LIVE_BAR = re.compile(r"(?:[▶►⏵🔴●]\s*)?(?:LISTEN|WATCH)\s+LIVE\b", re.I)


def _reposted(header: Header, lines: list[str], registry: Registry, first_line: int) -> Header:
    """A shared post ("Maarten Bosschaert reposted this", the sharer's note, their post's counts) over the
    original's own header: the original's header is the briefing's; the sharer's lines are furniture."""
    marks = tuple(m.lower() for m in registry.rules.repost_marks)
    top = [squash(line).lower() for line in lines[:header.end]]
    # ... or a post that shares an article under the sharer's note, cut by the feed: "... your problem this week is not
    # Washington. …see more"; the shared article's header follows the note
    # (... or a note that points down at it: "... Notre article en anglais 👇 #Cameroun")
    cut = next((i for i in range(min(len(lines), header.end + STORY_LABEL_REACH))
                if _FEED_CUT.search(lines[i].strip()) or _POINTS_DOWN.search(lines[i].strip())), None)
    if cut is not None:
        for start in range(cut + 1, min(len(lines), cut + STORY_LABEL_REACH)):
            story = read_header(lines[start:], registry, first_line + start)
            if story.end and story.title and story.author and story.dates:
                return _story_under(header, story, lines, start, wrapper_dates=False)
    if not any(line.endswith(marks) and 2 <= len(line.split()) <= 12 for line in top):
        return header
    for start in range(header.end, min(len(lines), header.end + STORY_LABEL_REACH)):
        if not lines[start].strip() or lines[start - 1].strip():
            continue  # (the original's header starts after a blank line)
        story = read_header(lines[start:], registry, first_line + start)
        if story.end and story.title and (story.author or story.dates):
            return _story_under(header, story, lines, start, wrapper_dates=False)  # (when it was shared dates nothing)
    return header


def _rights_year(rights: str) -> int | None:
    """"© 2026 RIN": the year of a page whose date line gives none ("13 NOV, 12:37"); not a range's first ("© 2019-2026")."""
    match = re.search(r"(?:©|\(c\)|copyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b", rights, re.I)
    return int(match.group(1)) if match else None


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


# A sentence that names a date it looks forward to: "From March 1, duties will apply".
_FUTURE = re.compile(r"\b(?:will|would|shall|is set to|are set to|set for|scheduled|due to|due on|expected to|"
                     r"from|starting|effective|until|by|next|upcoming|deadline|takes? effect|comes? into force|"
                     r"ends|expires|lapses?|begins|starts|runs through|out from|plan for|ahead of|before)\b", re.I)


_PAST = re.compile(r"\b(?:was|were|had|did|said|says|told|met|held|took|went|began|came|made|won|lost|"
                   r"\w{2,}ed)\b", re.I)


def past_dates(text: str, rules: Rules) -> list[date]:
    """Dates the text gives as past events: a date in a sentence that looks forward is not a publication date.
    A date without a year takes the year of the last full date before it ("introduced on April 4, 2025 ...
    announced on October 9"); with none before it, the one year the text gives for what happened, or
    no date at all (a year guessed is a date made up)."""
    found: list[date] = []
    # Each sentence is read once for whether it tells of the past (the two patterns run on every
    # sentence of the article), and that answer is used twice.
    # A sentence without a digit gives no date and no year (each date and year pattern has one), so
    # it changes nothing below: only the sentences with a digit are read.
    told = [(s, not _FUTURE.search(s) and bool(_PAST.search(s))) for s in sentences(text, rules.abbreviations)
            if _ANY_DIGIT.search(s)]
    years = {int(y) for s, past in told if past for y in _YEAR.findall(s)}
    # Before any full date, the one year the text gives for things that happened ("in 2024 had been").
    year: int | None = next(iter(years)) if len(years) == 1 else None
    for sentence, past in told:
        if past:
            found.extend(text_dates(sentence, year))
        # "finding out on November 9": a date with nothing said to have happened on it is skipped,
        # but its year still dates what follows.
        years = [m.group("year") or m.group("year2") for m in _TEXT_DATE.finditer(sentence)]
        years += [m.group(1) for m in _ISO_DATE.finditer(sentence)]
        year = int(next((y for y in reversed(years) if y), year or 0)) or None
    return found


def text_year(text: str, today: date | None = None) -> int | None:
    """The latest year the text names, as the year of undated "July 17"s; never a year after
    the build day's (a target year such as "by 2028" is not when the article was written)."""
    today = today or build_day()
    years = [int(y) for y in _YEAR.findall(text)]
    past = [y for y in years if y <= today.year]
    return max(past or years) if years else None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_year(text: str, month: int | None, day: int, named: str) -> int | None:
    """The year in which a date printed with its weekday and no year ("Tue, Sep 8, 7:02 AM") falls
    on that weekday, of the years the text names; none if no such year, or several."""
    weekday = _printed_weekday(text, month, day)
    if weekday is None:
        return None
    fits = {y for y in map(int, _YEAR.findall(named)) if (d := _make_date(y, month, day)) and d.weekday() == weekday}
    return fits.pop() if len(fits) == 1 else None


WEEKDAY_YEAR_REACH = 6  # years back from the build day a copy naming no year at all may be


def _latest_weekday_year(text: str, month: int | None, day: int) -> int | None:
    """For a copy that names no year anywhere (a phone's texts: "Mon, Oct 8 · 11:41 PM"), the latest year up to the
    build day in which the date falls on the weekday printed with it."""
    weekday = _printed_weekday(text, month, day)
    today = build_day()
    return next((y for y in range(today.year, today.year - WEEKDAY_YEAR_REACH - 1, -1)
                 if (d := _make_date(y, month, day)) and d <= today and d.weekday() == weekday), None) \
        if weekday is not None else None


def _printed_weekday(text: str, month: int | None, day: int) -> int | None:
    """The weekday printed with a date that has no year ("Tue, Sep 8"), 0 for Monday; none if not printed."""
    if not month or not day:
        return None
    for match in re.finditer(rf"\b({_WEEKDAY})[,\s]+(?:(\w+)\.?\s+(\d{{1,2}})|(\d{{1,2}})\s+(\w+))\b", text[:3000]):
        m, d = (_month(match.group(2)), match.group(3)) if match.group(2) else (_month(match.group(5)), match.group(4))
        if m == month and int(d) == day:
            return _WEEKDAYS.index(match.group(1)[:3].lower())
    return None


def _original_citation(text: str, rules: Rules) -> date | None:
    """The day of the original a translation or a reprint cites with no address, its paper and its day:
    "Original: Al-Bayyina Al-Iqtisadiya (Algiers), Thursday 11 October 2029, page 7"."""
    prefix = _ci_startswith(text, rules.original_prefixes)
    if not prefix or _URL.search(text) or len(text.split()) > ORIGINAL_CITATION_MAX_WORDS:
        return None
    cited = _TEXT_DATE.search(text[len(prefix):])
    d = _header_date(cited.group(0), rules) if cited else None
    return _make_date(*d) if d and d[0] and d[2] else None


ORIGINAL_CITATION_MAX_WORDS = 20


def not_after(day: date | None, today: date | None = None) -> date | None:
    """A publication date is never after the build day: a later one is a misread future event."""
    return day if day is None or day <= (today or build_day()) else None


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


_SUMMARY_WORD = re.compile(r"[A-Za-z][a-z]{3,}")  # compiled once: asked of every candidate sentence


def summarise(paragraphs: tuple[str, ...], count: int, rules: Rules) -> str:
    """An extractive summary: the lead plus the sentences richest in the article's own words."""
    candidates: list[tuple[int, int, str]] = []
    for p_index, paragraph in enumerate(paragraphs[:12]):
        for s_index, sentence in enumerate(sentences(paragraph, rules.abbreviations)):
            if 8 <= len(sentence.split()) <= 60 and not sentence.lstrip().startswith(("\"", "“")):
                candidates.append((p_index, s_index, sentence))
    if not candidates:
        return squash(paragraphs[0])[:400] if paragraphs else ""
    frequency = Counter(_SUMMARY_WORD.findall(" ".join(paragraphs).lower()))  # (counted in C, not a loop of lookups)

    def score(item: tuple[int, int, str]) -> float:
        p, s, sentence = item
        terms = set(_SUMMARY_WORD.findall(sentence.lower()))
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


# The header zone: the lines above the first body paragraph, read one by one.


@dataclass(frozen=True)
class Header:
    """What the lines above the body say: each line in exactly one of these places."""

    title: str = ""
    furniture: tuple[str, ...] = ()
    source: str = ""
    author: str = ""
    standfirst: tuple[str, ...] = ()
    dates: tuple[tuple[int | None, int, int], ...] = ()  # (year or None, month, day), publication first
    passed: tuple[Block, ...] = ()  # lines the body rules read (original link, rights, notices)
    captions: tuple[Caption, ...] = ()
    end: int = 0  # index of the first body line in the seed's lines
    stop: int = 0  # index of the first line after the body (a newsletter's next item), 0 for the seed's end
    speaker: str = ""  # a speech's speaker line


_SEPARATOR = re.compile(r"\s+(?:\||›|»|>|/|·|•)\s+")
_CLOCK = (r"(?:\d{1,2}:\d\d(?::\d\d(?:\.\d{1,6})?)?\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.m\.|\d{1,2}\s*[ap]m\b|\d{1,2}h\d\d\b"
          r"|\d{1,2}\.\d\d(?:\s*[ap]\.?m\b\.?|(?=\s*[A-Z]{2,4}\b))"  # "14.22 BST", "6.48pm"
          r"|(?<=kl\. )\d{1,2}\.\d\d|(?<=kl )\d{1,2}\.\d\d|(?<=klo )\d{1,2}\.\d\d"  # "kl. 09.30": the Nordic clock's word
          r"|(?<=dii\. )\d{1,2}\.\d\d"  # (... and the Sámi: "lávvordaga 8.6.2030 dii. 10.30")
          r"|(?<=\d\d\d\d, )\d{1,2}\.\d\d(?![\d.])"  # (... or after a year and its comma: "sreda, 3. julij 2030, 6.40")
          r"|(?<=[^\W\d_]\. )\d{1,2}\.\d\d(?![\d.,])"  # (... or after its half of the day, abbreviated: "පෙ.ව. 6.30", Sinhala's a.m.)
          r"|(?<=เวลา )\d{1,2}\.\d\d|\d{1,2}\.\d\d(?=\s*น\.))")  # ... and the Thai: "เวลา 08.30 น."
_ZONE = r"(?-i:[A-Z]{2,5}(?:[+-]\d{1,2})?|UTC[+-]?\d*|GMT[+-]?\d*|[+-]\d\d:?\d\d|Z)"  # in capitals: not "Updated"
_OFFSET_ZONE = re.compile(r"\b(?:GMT|UTC)\s*[+-]\s*\d|\d[+-]\d\d:\d\d\b")  # "GMT+8", "2026-03-04T09:15+08:00"
_GALLERY_ITEM = re.compile(r"\bItem \d+ of \d+\b|\[\d+/\d+\]")  # each picture of a gallery, its caption after
# An author's affiliation mark: "Ingrid Solberg-Achebe1, Wei-Ting Hsu2 and Rafael Quispe Mamani1", "Ana Ruiz¹ ²".
_AFFILIATION = re.compile(r"(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹*†‡])\s*[A-Z]")  # ... and the affiliation's line: "1 Meridian Institute"
_AFFILIATION_MARK = re.compile(r"(?<=[a-zß-ÿ])(?:\d{1,2}(?:,\d{1,2})*|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+(?:\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*)(?=\s*(?:,|\band\b|&|$))")
_DOCUMENT_BY_ON = re.compile(r"^An?\s+(?:[A-Z][\w-]*\s+){1,3}by\s+(?:the\s+)?[A-Z][^.:;]{2,100}?\s+on\s+(\S.{5,30})$")
_PLACE_BEFORE_DATE = re.compile(r"^([A-Z][^\d●•|·]{1,40}?)\s*[●•·]\s")
# The labels of a page's fields, each over or beside its value: a row "Source | Export Control Division" over the
# text, a metadata list "Publication date" / "22 April 2026" after it (read_html reads the same labels).
FIELD_LABEL = re.compile(r"(?:Publication date|Published|Date|Authors?|Source|Language|Department|Directorate|Unit|Publisher"
                         r"|Topics?|Tags?|Category|Policy areas?|Keywords|Document type|Type|Reference|Views|Hits)", re.I)
_ISO_STAMP = re.compile(rf"\b(?:19|20)\d\d[-/]\d{{1,2}}[-/]\d{{1,2}}(?:[T\s]+{_CLOCK}(?:{_ZONE})?)?")
ENTRY_TITLE_MAX_WORDS = 14
# A live blog entry's time on a line of its own: "16:10 HKT", "5.48pm", "09:21 ET".
_ENTRY_STAMP = re.compile(rf"{_CLOCK}\s*{_ZONE}?", re.I)
_STAMP_ANY = re.compile(rf"(?:{_ISO_STAMP.pattern}|\b{_CLOCK}\s*{_ZONE}?)", re.I)
# Time zones that say which way a numeric date reads: the US writes the month first, most others the day.
_MONTH_FIRST_ZONE = re.compile(r"\b(?:ET|EST|EDT|PT|PST|PDT|MT|MST|MDT|CDT)\b")
# ... after a time: "PT | EN | ES" is a language switcher, "10:05 a.m. PT" a US clock.
_TIMED_US_ZONE = re.compile(r"(?:\d|[AaPp]\.?[Mm]\.?)\s*(?:ET|EST|EDT|PT|PST|PDT|MT|MST|MDT|CDT)\b")
_WITNESS_LABEL = re.compile(r"(?:Panel\s+\w+\s*[:–-]\s*)?Witness(?:es)?\s*:?|Witness list|(?:Hearing\s+)?Participants\s*:?", re.I)
_CREDIT_AFTER = re.compile(rf"\s+(?={_CREDIT_WORDS}(?!\w)[^:]{{0,20}}?(?:\bby\b|[{LABEL_COLONS}]))")
_MEETING_LABEL = re.compile(r"^For (?:discussion|information|consideration|decision)\b", re.I)  # a council paper's meeting
_UPDATE_LABEL = re.compile(r"^(?:Last\s+)?(?:Updated|Modified|Uploaded|Revised|Amended)\b", re.I)
_EVENT_DATE_LABEL = re.compile(r"^(?:Effective|Comments? due|Deadline|Expir\w*|Compliance)\b[^:：]{0,20}[:：]", re.I)
# A header that says the document is American: its numeric dates put the month first.
_DAY_FIRST_ZONE = re.compile(r"\b(?:CET|CEST|BST|GMT|WET|WEST|EET|EEST|HKT|SGT|JST|KST|IST|AEST|AEDT|MSK|WIB)\b"
                             r"|\b(?:GMT|UTC)\s*[+-]\s*\d")
_SLASH_DATE = re.compile(r"\b((?:19|20)\d\d)[/.](\d{1,2})[/.](\d{1,2})\b")
# 14/11/2025 or 11/14/2025: the order is known only when one number is over 12.
_SHORT_YEAR_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d\d)")
# "10/12/2025", "06.10.2026", "12. 11. 2026" (Czech, Slovak), "12.11.26, 18:20" (a two-digit year after full stops only)
# "All times are GMT -5. The time now is 11:12 AM.": a forum's footer, its clock behind Greenwich as the Americas' are
FURNITURE_LABEL_MAX_WORDS = 6
_CREDIT_LINE = re.compile(r"(?:Photo(?:graph)?|Image|Picture|Foto|Credit)s?\s*(?:by\b|:)", re.I)
CREDIT_LINE_MAX_WORDS = 12
_ORIGINAL_STAMPED = re.compile(r"(?:Original|原创)\s+(?P<who>.+?)\s+(?P<stamp>(?:19|20)\d\d(?:-\d\d-\d\d|年\d\d?月\d\d?日)(?:\s+\d{1,2}:\d\d)?)"
                               # (... or in Chinese: "原创 林婉清 Lin Wanqing 链桥周报 Chain Bridge Weekly 2030年01月06日 09:12 匈牙利")
                               r"(?:\s+Published in\s+[A-Z][\w ]{1,30}|\s+[\u4e00-\u9fff]{2,8})?")
_AMERICAN_CLOCK = re.compile(r"\bAll times are (?:GMT|UTC)\s*[-−]\s*(?:[3-9]|10)\b", re.I)
FORUM_FOOTER_LINES = 12
_DASHED_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)\b")  # "30-10-2026", "14-09-2026": day, month, year
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})(?:[/.]|\.\s)(\d{1,2})(?:[/.]|\.\s)((?:19|20)\d\d|(?<=\.)\d\d(?![\d:.]))\b")
_DAY_FIELD = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Date|Time)\s*:\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")  # "Filing Date: 01/08/2029"
# The site's weather or market ticker beside its clock: "Manila 31°C", "ZSE All Share 18,204.6 ▲0.4%"
# A record's kind where a page prints its title: "Official Report (Hansard)", "Verbatim Report of Proceedings"
_RECORD_KIND = re.compile(r"(?:Official|Verbatim)\s+Report(?:\s+of\s+Proceedings)?(?:\s*\(Hansard\))?|Hansard|Parliamentary\s+Debates"
                          r"(?:\s*\(Hansard\))?|(?:Uncorrected\s+)?Transcript\s+of\s+(?:Proceedings|Evidence)|Minutes\s+of\s+Evidence", re.I)
# A speaker's label opening a turn: "The CHAIRMAN (Mrs A):", "Mr DELROY FAIRCLOUGH:", "Senator Dr ANNEKA WHYTE-MORRISON:"
_SPEAKER_LABEL_OPENS = re.compile(r"(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][A-Z'’-]+(?:\s*\([^()]{3,80}\))?\s*:\s")
# A record's field where a page prints its title: "Category: Material Information", "Status: Final"
_RECORD_FIELD = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+)?\s*:\s*\S+(?:\s\S+){0,2}")
# A letter's subject line: "Subject: Expected impact of new US and Chinese measures on robots ...", "Re: ..."
_FIELD_TITLE = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+)?\s*:\s+\S")  # "Asked by: Hon. A", "To: The Minister": a record's field
_LETTER_SUBJECT = re.compile(r"(?:Subject|Re|Sub)\s*:\s*(\S+(?:\s+\S+){3,60})", re.I)
LETTER_SUBJECT_REACH = 12  # blocks into a filing's text within which its letter's subject line sits
RECORD_SUBJECT_REACH = 12  # blocks into a record's text within which its first subject heading sits
_EMBARGOED = re.compile(r"\b(?:embargoed|under\s+embargo|embargo)\s+(?:until|till|to)\s*:?\s*(?:\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
                        r"(?:\s+[A-Z]{2,4})?\s*,?\s*)?(?:on\s+)?(.{6,60})$", re.I)
_WEATHER = re.compile(r"[-−+]?\d{1,3}\s*°\s*(?:[CF]\b|(?![\w°]))|[▲▼△▽]\s*[+-]?\d[\d.,]*\s*%")  # ("Toshkent −4°")
# "首頁 Home  即時 Breaking  財經 Business": a bilingual site's menu, each label in both languages.
_CJK_WORD = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
_LATIN_LABEL = r"[A-Z][\w'’&-]*(?:\s[A-Z][\w'’&-]*)?"
_BILINGUAL_MENU = re.compile(rf"(?:{_CJK_WORD}\s+{_LATIN_LABEL}\s+){{2,}}{_CJK_WORD}\s+{_LATIN_LABEL}"
                             rf"|(?:{_LATIN_LABEL}\s+{_CJK_WORD}\s+){{2,}}{_LATIN_LABEL}\s+{_CJK_WORD}")
_AGO = re.compile(r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b", re.I)
# "5h ago", "2 hours ago", "1 week ago": how long ago a page says it was posted or updated, as it prints it
_HOW_LONG_AGO = r"\d{1,2}\s*(?:s|m|h|d|w|mins?|minutes?|hrs?|hours?|days?|weeks?)\s*ago"
# "O'Rourke", "McDonald", "DeSantis": a capital inside a name after a short prefix.
# (Latin Extended-A too: "Yıldırım", "Łódź", "Šefčovič", "ÖZTÜRK".)
# A mail's sender as a webmail shows it over the message: "GCL Customer Service West Africa <advisory.wa@gcl.example>"
_SENDER_LINE = re.compile(r"[^<>@]{2,80}<[^<>@\s]+@[^<>\s]+>")
# ... and the message's greeting: "Dear Valued Customer,", "Dear clients,", "Chers clients,", "Estimados clientes:"
_MAIL_GREETING = re.compile(r"(?:Dear|Chers?|Chères?|Estimad[oa]s?|Querid[oa]s?|Liebe|Sehr geehrte)\s[^,:.!?]{2,40}[,:]", re.I)
MAIL_TITLE_MIN_WORDS = 5
# A letter's salutation on a line of its own: "Sir,", "Dear Editor,", "Madam,"
_LETTER_SALUTATION = re.compile(r"(?:Dear\s+)?(?:Sir|Madam|Sir\s+or\s+Madam|(?:the\s+)?Editor|Sirs)\s*[,:]?", re.I)
_FILE_NAME_LINE = re.compile(r"[\w.-]+\.(?:pdf|docx?|odt|rtf|pptx?|xlsx?)(?:\s*[—–|·-]\s*\d+\s+pages?)?", re.I)
_DOCKET_LINE = re.compile(r"Case\s+(?:No\.\s*)?\d{1,2}:\d{2}-[a-z]{2,3}-\d{3,6}\S*(?:\s+Document\s+\d+)?"
                          r"|(?:Civil|Criminal)\s+(?:Action|Case)\s+No\.\s*\S+(?:\s+\([A-Z]{2,4}\))?$")
# (... and its editor's credit after a bar: "✍️ Nang Hseng Mai | Edited by Ko Zaw Min Htet")
# (or a memo's, "📝 Sunita Karki  🎥 Bibek Shrestha": the writer, then the camera's credit)
_WRITING_HAND = re.compile(r"(?:✍\ufe0f?|📝)\s*(?:(?:Автор|Author|Text|Текст)\s*:\s*)?([^,|·]{3,60}?)\s*(?:,\s*[^,|·]{2,40})?"
                           r"(?:\s*[|·]\s*.*|\s+(?:🎥|📷|📸|🎬)\s*.*)?$")
WRITING_HAND_REACH = 12  # last lines of a post where its writer signs with the writing hand
TAGLINE_MIN_CELLS = 4
# ... or a publication saying what it is: "... · A weekly letter from the Tanganyika Digital Rights Initiative, Bujumbura"
_PUBLICATION_BLURB = re.compile(r"[·|•—–]\s*(?:A|An|Your|The)\s+(?:(?:free|independent|short|twice-)\s*)?"
                                r"(?:daily|weekly|fortnightly|monthly|quarterly|weekday|morning|evening)\s+(?:[\w-]+\s+){0,2}"
                                r"(?:letter|newsletter|briefing|digest|bulletin|round-?up|dispatch|e-?mail|review|guide)\s+"
                                r"(?:from|on|about|for|of|by)\b"
                                # ... or how often it comes: "Translations of the region's business press, every weekday"
                                r"|,\s+(?:every|each)\s+(?:day|weekday|week|morning|evening|month)$"
                                # ... or how long it has: "Your community weekly since 1998 — Pohnpei, Kosrae, Chuuk and Yap"
                                r"|^(?:Your|The|A|An)\s+(?:[\w-]+\s+){0,3}(?:weekly|daily|newspaper|paper|magazine|newsletter)"
                                r"\s+since\s+\d{4}\b", re.I)
_CLOSING_BIO = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}) (?:is|was) (?:a|an) (?:[\w-]+\s+){0,3}?(?:economist|writer|"
                          r"journalist|columnist|analyst|researcher|professor|lecturer|consultant|fellow|editor|correspondent|"
                          r"reporter|adviser|advisor|lawyer|historian|scientist|engineer|commentator)\b")
CLOSING_BIO_REACH = 6  # paragraphs from the text's end where its writer's bio sits
# A notice's or a circular's closing over its signature: "Yours faithfully,", "Kind regards,", "Issued by:", "Cordialement,"
# (not a letter's "Sincerely,", which its office publishes, its signers no writers of the release)
_VALEDICTION = re.compile(r"(?:Yours\s+(?:faithfully|sincerely|truly)|(?:With\s+)?(?:Kind|Best|Warm)(?:est)?\s+regards|Regards"
                          r"|Issued\s+by|Signed(?:\s+by)?|For\s+and\s+on\s+behalf\s+of\s+.{3,80}"
                          r"|Cordialement|Bien\s+cordialement|Atentamente|Saludos\s+cordiales|Mit\s+freundlichen\s+Grüßen)\s*[,:]?", re.I)
# ... and the marks between it and the name: "(signed)", "Sd/-", "[stamp: ...]", "/s/", "[signature]"
_SIGNATURE_MARK = re.compile(r"\((?:signed|sgd\.?)\)|Sd/-|/s/|\[(?:stamp|seal|signature|signed)\b[^\]]*\]", re.I)
SIGNATURE_REACH = 5  # blocks from the text's end within which a notice is signed
LETTER_SIGNATURE_MAX_WORDS = 16  # a letter's signature: the writer's name, what they do, where they live
LETTER_SIGNATURE_REACH = 4  # blocks from the text's end where a letter's signature sits (the site's lines under it)
_NAME_WORD = (r"(?:[A-ZÀ-ÞŁŚŻŹĆŃŠŽČŘĚŐŰİĞŞĐƠƯƏȘȚỌẸṢĀĒĪŌŪ](?:[a-z]{0,2}['’]?[A-ZÀ-Þ])?[a-zß-ÿĀ-ž\u0180-\u02ff\u0300-\u036fạ-ỹ'’]+"
              r"(?:-[A-Za-zÀ-ÿĀ-ž](?:[a-z]{0,2}['’]?[A-Z])?[a-zß-ÿĀ-ž\u0180-\u02ff\u0300-\u036fạ-ỹ'’]+)?"  # ("Vasseur-N'Diaye", "Whyte-McFarlane")
              rf"|[A-Z]\.|{GIVEN_NAME_ABBREVIATION}|[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĚŐŰİĞŞĐƠƯ\u1ea0-\u1ef9]{{2,}}(?:-[A-ZÀ-ÖØ-Þ]{{2,}})?)")  # "ĐẶNG QUỐC VIỆT"
_NAME = re.compile(rf"^{_NAME_WORD}(?:\s+(?:(?:d['’])?{_NAME_WORD}|{NAME_PARTICLE}))"  # (and "Nelma d'Alva": "de" elided)
                   rf"{{1,3}}$")
# ... also after the same label in the site's own language: "Muhabir / Reporter: Elif Kaya Yıldırım"; a live blog's
# "Reporting from Busan and Beijing: A, B and C".
_REPORTER = re.compile(r"^[(（]?\s*(?:[^\W\d_]+\s*/\s*)?(?:(?:This|Our)\s+(?:newspaper|paper)(?:['’]s)?\s+)?(?:Reporters?|Correspondents?|Authors?|Written by|Writers?|Text|Texte|Texto|Story(?=\s*[:：])|Reporting(?=\s*[:：])|Interview(?:ed)?(?:\s+by)?(?=\s*[:：])|Analysts?"
                       r"|Reporting from\s+[A-Z][\w ,.'-]{2,60}?(?=\s*:))\s*[:：]?\s*"
                       r"((?:[^()（）:]|\((?:ret|retd)\.?\)){2,100}?)"
                       r"(?:\s*[/／]\s*[A-Z][\w .'’-]{1,30}?\s+report)?"  # ("Reporter Huang Yi-ting / Taipei report": where from)
                       # (... and the script's other credits after it: "| Bulletin editor: A | Newsreader: B")
                       r"(?:\s*[|·]\s*[A-Z][\w ]{1,30}?\s*[:：]\s*[^|:]{2,60}?)*"
                       r"\s*[)）]?$", re.I)  # "Amb. (ret.) Oren Shalev"
_STAFF_BYLINE = re.compile(r"^(?P<outlet>.{2,60}?)\s+(?:staff\s+)?(?:reporters?|correspondents?|writers?)\s+"
                           r"(?P<names>.+)$", re.I)
# (the credit may hold a rank's abbreviation: "(U.S. Army photo by Sgt. Lucía Ferreira-Quist)")
_MARKED_CREDIT = re.compile(r"(?:[(\[]\s*)?\b(?:Photo|Image|Picture|Credit|Photograph)s?\s*(?:by|:)\s*"
                            r"(?P<credit>(?:[^.()\[\]]|(?:(?<=\b(?:Sgt|Cpl|Pvt|Spc|Maj|Col|Gen|Adm))|(?<=\b(?:Capt|Cmdr))|(?<=\b(?:Lt|Dr|St)))\.)"
                            r"{2,60}?)\s*[)\]]?\s*\.?$", re.I)
_AGENCY_CREDIT = re.compile(r"\s(?P<credit>[A-Z]{2,}/[A-Z][\w.' -]{2,40})\.?$")
_GREETING_BYLINE = re.compile(r"\b(?:this is|I'm|I am)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?:\s+in\s+[A-Z][\w-]+)?,?"
                              r"\s+with\s+(?:today's|this week's|your|this morning's|the latest)\b"
                              # ... or says who wrote it: "Today's brief is written by A and B, with C. Edited by D."
                              # (... or "This is the Tuesday edition of Fordonsbrevet, written by A and B in Gothenburg.")
                              r"|\b(?:issue|brief|briefing|newsletter|edition|digest)(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?"
                              r"(?:\s+(?:is|was)|,)\s+(?:written|compiled|put together)"
                              r"\s+by\s+([A-Z][^.;:()]{2,120}?)(?:,?\s+with\s+[A-Z][^.;]*|\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?[.;]")
# "[Photo] Equipment on display at a trade fair in Tokyo. (Chuo Shimbun)": a caption, marked so, and its credit.
# "Kanto Shimpo file photo", "Reuters photo": a picture's credit alone on a line, its caption beside it.
_CREDIT_ONLY = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:[Ff]ile\s+)?(?:[Pp]hoto(?:graph)?|[Pp]icture)s?")
# (... in the languages sites mark their pictures in: "[Şəkil]", "[图片]", "[사진]", "[Фото]")
_PHOTO_MARK = re.compile(r"^[\[(【]\s*(?:Photo|Foto|Fotó|Image|Imagen|Imagem|Picture|Graphic|Bild|Şəkil|Фото|图片|圖片|照片|사진|写真)s?\s*[\])】]\s*"
                         # "Photo: Mixed rare earth concentrate at a plant. (SCPB News: A)": a label, a caption, its credit
                         r"|^(?:Photo|Image|Picture)\s*:\s+(?=(?:\S+\s+){4}.*[.!?]\s*\([^()]{3,60}\)$)"
                         # "Photo/Illutration A rare-earth separation line at ... (Takuya Hoshino)": a Japanese paper's label
                         r"|^(?:Photo|Image)\s*/\s*Ill\w*\s+(?=(?:\S+\s+){4}.*\([^()]{3,60}\)$)"
                         # "Item 1 of 2 U.S. Treasury Secretary ... Harborline/A", "[1/2]U.S. Treasury ...": a gallery's
                         rf"|^(?:{_GALLERY_ITEM.pattern})\s*(?=\S)", re.I)
_BRACKETED_CREDIT = re.compile(r"\s*\((?P<credit>[A-Z][\w&.'’ -]{1,40}(?:[:/]\s*[A-Z][\w&.'’ -]{1,40})?)\)\s*$")  # (and "(SCPB News: A)",
# "(Huaxin/Zhang Hao)")
# "Hanul Memory's fab in Wuxi, Jiangsu Province, China. (Hanbit Herald DB)": a sentence, then who took the picture.
_SENTENCE_THEN_CREDIT = re.compile(r"[.!?]\s*\((?P<credit>[A-Z][\w&'’ -]{1,40}(?:/[A-Z][\w&'’ -]{1,40})?)\)$")  # ("(Huaxin/Zhang Hao)")
_SPEAKER_TURN = re.compile(r"^[A-Z][\w.'’ -]{0,40}[:：]\s+\S")
_LINE_HEADING = re.compile(r"^#{1,3}\s+")
_WRITERS_PLACES = re.compile(r"(?:in|from)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?(?:(?:,|,?\s+and)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?){0,3}")
REPORTED_FROM = re.compile(r"^(?:[A-Z][^.]{2,60}?\s+)?(?:reported|[Rr]eporting)\s+from\s+[A-Z][^.:]{2,120}\.?$")
_CREDIT_GLUED_ON = re.compile(r"[a-z][.!?](?:[A-Z][\w'’-]+\s){1,3}for\s+(?:The\s+)?[A-Z]")  # a caption, its credit run on
_GLUED_CREDIT = re.compile(r"[.!?]\s*(?:Credit|Photo)\s*(?:\.\.\.|…|:)\s*[A-Z]")  # "...on Friday.Credit...Ong Jia Hui"
_REPORTS_LEAD = re.compile(r"^(?:[\[【]([^\]】]{2,40})[\]】]\s*)?(?:Reporters?|Correspondents?)\s+([A-Z][^:：]{2,80}?)\s+reports?\s*[:：]\s*")
_GLUED_REPORTER = re.compile(r"[(（]\s*(?:Reporters?|Correspondents?)\s*[:：]?\s+([^()（）]{2,60}?)\s*[)）]")
# "2025-03-04 14:10  Source: Daily  Author: Zhang Hui": labelled fields on one line.
_FIELD = re.compile(r"\s*(?:\|\s*)?\b(Source|Authors?|Reporters?|Writer|Editor|By)\s*[:：]\s*", re.I)
_HOST_NAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12}", re.I)  # a site by its host: "istmoeconomico.example"
_GLUED_HANDLE = re.compile(r"(.{3,60}?[a-zà-ÿ])(@[A-Za-z0-9_]{2,30})")
_HANDLE = re.compile(r"@[A-Za-z0-9_.]{2,30}")
_DEGREE = r"[•·]\s*(?:1st|2nd|3rd\+?|Author|Following|Follow)"  # how far a post's author is from the reader: "• 2nd"
_SOCIAL_AUTHOR = re.compile(rf"^(.{{3,60}}?)\s*{_DEGREE}$")
def _salutation(text: str, following: list[str], kinds: list[tuple[int, str, str]]) -> bool:
    """A line of a speech's salutation: it ends with a comma, like the line after it or before it."""
    return text.endswith(",") and len(text.split()) <= 8 and (
        bool(following) and following[0].endswith(",") and len(following[0].split()) <= 8
        or bool(kinds) and kinds[-1][1] == "pass" and kinds[-1][2].endswith(","))


_DOCUMENT_BY = re.compile(r"^An?\s+(?:Notice|Rule|Proposed Rule|Presidential Document|Executive Order)\s+by\b", re.I)
_PRESENT = re.compile(r"^(?:(?:Members|Committee members|Senators|Representatives|Also)\s+)?present\s*[:：]\s*\S", re.I)
_CONTACT_CELL = re.compile(r"\+?[\d\s().-]{7,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|Tel[.:]?\s*\+?[\d\s().-]{7,}", re.I)
_AUTHORS_LABEL = re.compile(r"(?:Authors?|Written by|By|(?:Research\s+)?Analysts?)\s*:?", re.I)
# "Carmen Lozano-Tsang, CFA (Lead)": a name with its credentials and its part in the work.
_CREDENTIALS = re.compile(r"\s*\((?:ret|retd)\.?\)|,\s*(?:CFA|CPA|CAIA|FRM|PhD|Ph\.D\.|MBA)\b|\s+\((?:Lead|Co-lead|Lead analyst)\)",
                          re.I)
# "Written by A in Brussels. Edited by B", and a wire's "(By A and B)" after its last paragraph.
_CLOSING_BYLINE = re.compile(r"^(?:[^\W\d_][\w.]{1,15}\s*/\s*)?"  # ("Összeáll./Compiled by A": the label in two languages)
                             r"(?:(?:Full\s+|The\s+full\s+)?(?:Written|Reported|Words|Text|Story|Compiled|Interview(?:ed)?|Propos recueillis|Entrevista realizada|"
                             r"Intervista raccolta|Interview conducted) (?:by|par|por|da)\s+([^.;]{2,160}?)\s*(?:[.;]|$|(?=\s+(?:Translated|Edited|Photos?)\s+(?:from|by)\b)"
                             # ("Full story by Cristina Rusu 🔗 nistrubiz.example/...": the link to the story after the name)
                             rf"|(?=\s*(?:{PICTOGRAPH.pattern}|https?://)))"
                             # "This article was written by A and B of the Economic News Department, with additional
                             # reporting by C.", "The interview was conducted by A and B in Hanau."
                             r"|(?:This|The)\s+(?:article|story|report|interview|piece)\s+was\s+(?:written|reported|conducted)"
                             r"\s+by\s+((?:(?!\s+of\s+the\b)[^.;,])+?)\s*(?:\s+of\s+the\b|[.;,]|$)"
                             r"|[(（]By\s+([^.;()（）]{2,160}?)\s*[)）](?:\s+\S{1,20})?\s*$)", re.I)  # "(By A and B) Enditem/ASG"
_STORY_CREDIT = re.compile(r"\b(?:Story|Text|Words|Report)\s*[:：]\s*((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)")
# A newsletter's writer signing off under a dash, with a job or a credit after: "— Lin Yu-ting Editor, Pacific Silicon
# Letter Additional reporting: B", "— Martín Ycaza Loor, with reporting by B in Quito"
_WHOLLY_QUOTED = re.compile(r"\s*[“\"«„][^“”\"«»]{8,600}[”\"»][.!?]?\s*")  # a paragraph that is only a quotation
# (... or a plain-text mail's "-- " before the name: "-- Voahangy Rasoanaivo")
_DASH_SIGN_OFF = re.compile(r"(?:[—–]|--?(?=\s))\s*((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)(?=\s+(?:[A-Z][a-z]+,|Editor|Publisher|Founder|"
                            r"Author|Additional|Reporting)|,\s+(?:with|and)\s+(?:additional\s+)?reporting\b|\s*$"
                            # (... or their job and desk after a comma: "— Marija Stojanovska-Dimeska, Policy and Regulatory
                            # Affairs, ABO-MK Secretariat", "— Layla Haddad-Qureshi, Business Desk")
                            r"|,\s+[A-Za-z][^.!?:;\"“”]{2,100}$)()()")  # ("— Sanne Bakker, precision farming advisor")
_WITH_WRITER = re.compile(r",\s+with\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}?)(?:\s+in\s+[A-Z][\w'’. -]{1,30})?\.?\s*$")
# "By A, B [a@paper.co.kr]" over the rights line, run into it: a paper's byline printed at the end, with an address.
_SIGNED_WITH_ADDRESS = re.compile(rf"By\s+([^.;\[\]()]{{2,120}}?)\s*\[\s*{EMAIL_ADDRESS}\s*\]()()")
# "Reporter: A Editor: B COPYRIGHT ...": an agency's closing credits, its lines run together.
# A wire's closing lines: "To contact the reporters on this story:", then each one "A in City at a@wire.net;"
_CONTACT_REPORTERS = re.compile(r"\bcontact the (?:reporters?|writers?|authors?) on this story\s*:", re.I)
_CONTACT_NAME = re.compile(rf"(?:^|;\s*|\s)([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,3}})\s+(?:in\s+[A-Z][\w .'-]{{1,30}}?\s+)?at\s+{EMAIL_ADDRESS}")
_CLOSING_REPORTER = re.compile(r"(?:^|\s)Reporters?\s*[:：]\s*((?:[A-Z][\w'’.-]*\s*){2,4}?)"
                               r"(?=\s*(?:$|[A-Z][\w]*\s*[:：]|COPYRIGHT|Copyright|©|\|))")
# A widget's count on a line of its own: "1.4K", "23 comments", "12 claps", "--" before it loads (read_html drops it
# above an article too).
COUNTER = re.compile(r"\d[\d.,]*\s*[KkMm]?(?:\s+(?:claps?|likes?|comments?|responses?|shares?|views?))?|[-–—]{1,2}", re.I)
_READ_TIME = re.compile(r"\d{1,3}\s*(?:-|\s)?(?:minutes?|mins?)\s+read|\d{1,3}\s*[–-]\s*\d{1,3}\s+minutes?"  # "3 minute read",
                        r"|(?:Lectura|Tiempo de lectura|Leitura|Lesezeit|Leestijd)\s*:?\s*\d{1,3}\s*min(?:utos|uten)?\.?"  # "Lectura: 6 min"
                        r"|Read(?:ing)? time\s*:?\s*\d{1,3}\s*(?:minutes?|mins?)\.?", re.I)  # a reader view's "8–10 minutes", "Reading Time : 6 min"
_PRINTED_TWICE = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+\1\b")
_WRITTEN_BY = re.compile(r"^(?:The\s+)?[A-Z][\w&'’ -]{1,40}?\s+is\s+written(?:\s+and\s+edited)?\s+by\s+"
                         r"(.{3,80}?)(?:,?\s+and\s+(?:edited|produced|designed)\s+by\b|[.;(]|$)")
_WRITES_NEWSLETTER = re.compile(r"^([A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’.-]+){1,3})\s+(?:writes|edits|publishes|curates)"
                                r"\s+(?:The\s+)?[A-Z][^.]{2,60}?(?:\s+from\s+[A-Z][\w -]{2,30})?\.")
# "Reported by A, Edited by B", "Written by A | Edited by B": a byline that credits its editor after the writer
_REPORTED_BY_LINE = re.compile(r"(?:Reported|Written|Reporting)\s+by\s+([^,|;]{2,80}?(?:\s+and\s+[^,|;]{2,60}?)?)\s*"
                               r"(?:[,|;]\s*(?:Edited|Editing|Produced|Curated)\s+by\s+[^,|;]{2,80}?)?\.?")
_WRITING_BY = re.compile(r"\bWriting by\s+([^;()]{2,120}?)\s*(?:[;)]|$)", re.I)
# (... or a factbox's "(Compiled by A in Freetown and B in Lagos; Editing by C)", opening its line or its brackets: not
# "data compiled by Bloomberg")
_CREDIT_PLACE = r"(?:\s+in\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})?"
_CREDITS_SIGN_OFF = re.compile(rf"(?:Thread|Story|Reporting|Report|Text|Words)\s*:\s*(?P<a>[^,.;]{{3,60}}?){_CREDIT_PLACE}"
                               rf"(?:,?\s+(?:with|and)\s+(?P<b>[^,.;]{{3,60}}?){_CREDIT_PLACE})?\."
                               rf"(?:\s+(?:Edited|Editing|Produced|Photos?|Graphics?)\s+by\s+[^.]{{3,60}}\.)*\s*(?:/\s*end|/?\s*\d+/\d+)?")
_REPORTING_BY = re.compile(r"(?:\bReporting|(?:^|\()\s*Compiled)\s+by\s+([^;()]{2,120}?)\s*(?:[;)]|$)", re.I)


_DOUBLE_BARRELLED = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")  # "Zahra-Qureshi": a surname, never a menu's label
_BY_WORD = re.compile(r"^By\s*:?\s+", re.I)


_FOLLOW_ON = re.compile(r"^(?:Follow|Join)\s+(?:\S+\s+){0,4}?on\s+(Google News|\S+)$")


def _names_apart(text: str, registry: Registry) -> list[str]:
    """"Szabó Réka – Tóth Bence", "Minh Anh - Thu Trang": two or more names set apart by dashes or "&", each with a
    given name the registry knows (first or last: family names come first in some languages). [] for any other line."""
    if not re.search(r"\s[-–—&]\s", text):
        return []
    names = [n.strip() for n in NAMES_APART.split(text) if n.strip()]
    rules = registry.rules
    # (two names joined by "&", two or three words each, are writers whatever their given names: "A B & C D")
    paired = len(names) == 2 and re.search(r"\s&\s", text) and all(
        2 <= len(n.split()) <= 3 and not any(w.lower() in _lowered_set(rules.common_words)
                                             or w.lower() in _lowered_set(rules.organization_suffixes)
                                             or w.lower() in _lowered_set(rules.portfolio_words) for w in n.split())
        for n in names)
    if 2 <= len(names) <= 4 and all(_NAME.fullmatch(n) and 2 <= len(n.split()) <= 4 and (paired or any(
            _given_name(w, rules) for w in (n.split()[0], n.split()[-1]))) and not _looks_like_outlet(n, registry)
            and not _is_letterhead(n, registry) and n not in registry.names() for n in names):
        return names
    return []


_TEXT_DATE_ANY_CASE = re.compile(_TEXT_DATE.pattern, re.I)  # "FRIDAY, OCTOBER 9, 2026"
_LABEL_BEFORE_CLOCK = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){1,3}(?=\d{1,2}[:.]\d\d\b)")  # "All News 15:41 ..."
_RUNNING_HEAD = re.compile(r"^\d{1,3}\s+(?:[|•·]\s+)?(?:THE\s+)?[A-Z][A-Z&'’.-]+(?:\s+[A-Z][A-Z&'’.-]+)+\b"  # a page's number, the paper's name
                           # (... or the page's number last, by its word: "Nr. 10/2030 · Mëttwoch, 6. Mäerz 2030   Säit 3")
                           r"|.*\s(?:Page|Säit|Seite|Pagina|Página|Strona|Sivu|Sida|Side|Oldal|Stránka|Strana)\s+\d{1,3}$")


# A journal's marks on its authors' names: ORCID iDs, the corresponding author's envelope, affiliation numbers apart.
_PAPER_MARKS = re.compile(r"\s*ORCID(?:\s*iD)?:?\s*(?:https?://)?orcid\.org/\d{4}-\d{4}-\d{4}-\d{3}[\dX]|\s*[✉†‡]"
                          r"|\s+\d{1,2}(?:,\d{1,2})*(?=\s*(?:[,&✉†‡]|\band\b|$))")


def _paper_authors(text: str) -> list[str]:
    return [n.strip() for n in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text) if n.strip()]


# A wire's note to editors over the story: "(ATTN: ADDS industry ministry comment in paras 6-7)", "(EDS: UPDATES ...)"
_ADVISORY = re.compile(r"\((?:ATTN|EDS|EDITORS?|NOTE TO EDITORS)\s*:[^()]{3,200}\)|\((?:UPDATES|ADDS|RECASTS|CORRECTS|REFILES)\b[^()]{3,200}\)")


def _dated_place(text: str, rules: Rules) -> bool:
    """"June 3, 2026 — Thunder Bay, Ontario": a release's date and where it was issued, on a line of their own."""
    parts = re.split(r"\s+[—–-]\s+", text.strip())
    return len(parts) == 2 and len(text.split()) <= 10 and any(
        (d := _header_date(p, rules)) and d[0] and not _header_date(q, rules) and not _TERMINAL.search(q)
        for p, q in (parts, parts[::-1]))


_DAY_RANGE = re.compile(rf"({_MONTH})\s+(\d{{1,2}})\s*[–—-]\s*(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+)?\d{{1,2}},?\s+((?:19|20)\d\d)",
                        re.I)


def _outlet_dated(text: str, registry: Registry, header_date) -> tuple[str, tuple[int | None, int, int]] | None:
    """(outlet, date) of a line that is an outlet's name, then its date: "Associated Press November 19, 2026, 9:02 AM"."""
    dated = _TEXT_DATE.search(text)
    outlet = text[:dated.start()].strip(" |·•,-–—") if dated else ""
    # (an outlet's name, ending as one does: not "Department Press Briefing – April 22, 2025", a briefing's title)
    if not outlet or len(outlet.split()) > OUTLET_DATED_MAX_WORDS or not (
            outlet in registry.media_names() or outlet.split()[-1] in OUTLET_WORDS):
        return None
    day = header_date(text[dated.start():])
    return (outlet, day) if day else None


OUTLET_DATED_MAX_WORDS = 5
BREADCRUMB_MAX_WORDS = 8  # a page's trail of sections run into the headline it leads to


_OTHER_CALENDAR_DAY = re.compile(r"\(\s*[^()]{3,30}?\b(?:BS|B\.S\.|VS|AH|A\.H\.|SH|HS|BE|B\.E\.)\s*\)")


def _column_date(raw: str, header_date) -> tuple[int | None, int, int] | None:
    """The whole day in a line's last column, its columns set apart by runs of spaces (a PDF's running head: the event's
    days on the left, "Sreda, 23. januar 2030" on the right); None for a line of one column."""
    cells = [c for c in re.split(r"\s{3,}", raw.strip()) if c]
    if len(cells) < 2 or _PRINT_HEADER.fullmatch(squash(raw)):
        return None  # (not a browser's print header, "31.12.2029, 09:12     Title | Site": the day it was printed)
    # (... or a cell's last segment: "Nr. 10/2030 · Mëttwoch, 6. Mäerz 2030     Säit 3", the issue's number before its day)
    return next((d for cell in reversed(cells) for part in (cell, *reversed(_SEPARATOR.split(cell)))
                 if (d := header_date(part)) and d[0] and d[2]), None)


def _running_head_date(text: str, header_date) -> tuple[int | None, int, int] | None:
    """The edition's date in a newspaper page's running head ("14 THE COROMANDEL HERALD CHENNAI, FRIDAY, OCTOBER 9,
    2026 BUSINESS"), or a stamp's after a section's label ("All News 15:41 November 26, 2026"); None for any other line."""
    label = _LABEL_BEFORE_CLOCK.match(text)
    if label and len(text.split()) <= 10:
        return header_date(text[label.end():])
    # (... or the page's number last: "THE COASTAL STANDARD   Tuesday, March 20, 2029   BUSINESS   17")
    # (... or its cells set apart by wide spaces, the day first, cut short by a photo's edge: "ay, February 22, 2030
    # THE VANUA POST        5")
    cells = re.split(r"\s{3,}", text.strip())
    if 3 <= len(cells) <= 5 and any(re.fullmatch(r"\d{1,3}", c) for c in cells) \
            and any(c.isupper() and len(c.split()) >= 2 for c in cells):
        return next((d for c in cells if (d := header_date(c)) and d[0] and d[2]), None)
    if not _RUNNING_HEAD.match(text) and not (_RUNNING_HEAD.match("0 " + text) and re.search(r"\s\d{1,3}$", text)):
        return None
    # (a weekly's edition runs over a week: "Sunday, April 15 – Saturday, April 21, 2029" is dated its first day)
    week = _DAY_RANGE.search(text)
    if week and (day := header_date(f"{week.group(1)} {week.group(2)}, {week.group(3)}")):
        return day
    return next((d for m in _TEXT_DATE_ANY_CASE.finditer(text) if (m.group("year") or m.group("year2"))
                 and (d := header_date(m.group(0)))), None)


def _spaced_menu(line: str) -> bool:
    """A menu or a viewer's buttons copied on one line with their spacing: short items three spaces apart (or two,
    four items or more); one longer item among five or more ("Try Premium for €0")."""
    for gap, least in ((r"\s{3,}|\t", 3), (r"\s{2,}", 4)):
        cells = [c for c in re.split(gap, line.strip()) if c]
        if len(cells) >= least and (all(len(c.split()) <= 3 for c in cells) or len(cells) >= 5 and sum(
                len(c.split()) > 3 for c in cells) == 1 and all(len(c.split()) <= 5 for c in cells)):
            return True
    return False


def _menu_item(nonblank: list[int], position: int, lines: list[str]) -> bool:
    """One of four or more short lines in a row, most of them a word each: a site's menu copied an item a line
    (not an author list: names have two words or more)."""
    def short(p: int) -> bool:
        words = lines[nonblank[p]].split()
        return 1 <= len(words) <= 2 and words[0][:1].isupper() and not any(c.isdigit() for c in lines[nonblank[p]]) \
            and not _TERMINAL.search(lines[nonblank[p]].strip())
    if not short(position):
        return False
    first = last = position
    while first > 0 and short(first - 1):
        first -= 1
    while last + 1 < len(nonblank) and short(last + 1):
        last += 1
    run = range(first, last + 1)
    return len(run) >= 4 and sum(len(lines[nonblank[p]].split()) == 1 for p in run) >= 3


def _credited_sentence(text: str, rules: Rules) -> bool:
    """A photo's caption in the header: one or two sentences and its credit in brackets, "(Hanbit Herald DB)"
    (not "(Reporter Liang Xiaoyu)", a byline, nor a lead paragraph ending "(Reuters)")."""
    match = _SENTENCE_THEN_CREDIT.search(text)
    if not match or not 6 <= len(text.split()) <= min(rules.caption_max_words, 30):
        return False
    credit = match.group("credit").split()
    return len(credit) <= 6 and credit[0].lower().rstrip("s") not in rules.author_titles


_RELATIVE_UPDATE = re.compile(rf"(?:Last\s+)?(?:Updated|Modified|Edited)\s*:?\s*{_HOW_LONG_AGO}", re.I)


def _name_cells(text: str, rules: Rules, header_date) -> list[str]:
    """"Ayşe Demir and Mehmet Can Yıldız | 06.10.2026 - 14:32", "HIROKO NAKAMURA and DAISUKE OKADA / Staff
    Writers": the cells of a byline without "By": names, then dates or the reporters' job. [] for any other line."""
    cells = [c.strip() for c in re.split(r"\s*[|/]\s*|\s+[·•]\s+", text) if c.strip()]
    if len(cells) < 2:
        return []
    cells[0] = _BY_WORD.sub("", cells[0])  # "By HARUKA TSUJIMOTO/ Staff Writer"
    names = [n.strip() for n in re.split(r",|\s+and\s+|\s+&\s+", cells[0]) if n.strip()]
    jobs = {*rules.author_titles, "staff", "senior", "chief", "writer", "editor"}
    job = [c for c in cells[1:] if all(w.lower().rstrip("s") in jobs or w.lower() in jobs for w in c.split())
           or c is not cells[-1] and re.fullmatch(r"[A-Z]{2,5}", c)]  # "A & B / TDM / Nov 12, 2026": the outlet's initials
    if not names or not all(_NAME.fullmatch(n) and len(n.split()) <= 4 and (job or any(
            _given_name(w.title() if w.isupper() else w, rules) for w in n.split())) for n in names):
        return []  # (names without a job after them: a given name of the list says they are names)
    dated = [c for c in cells[1:] if header_date(c) or header_date(re.sub(r"^[^:：]*[:：]\s*", "", c))]
    # (and "A · MPB News · Posted: Nov 25, 2026 | Last Updated: 2 hours ago": the outlet and a relative update beside a date)
    if not all(c in job or c in dated or dated and (_OUTLET_WORDS.search(c) and len(c.split()) <= 4 or _RELATIVE_UPDATE.fullmatch(c))
               for c in cells[1:]):
        return []
    return cells


def _name_only(text: str) -> bool:
    """A line that is two to four capitalised words and nothing else: a name, a writer's or a site's."""
    return bool(_NAME.fullmatch(text.strip())) and 2 <= len(text.split()) <= 4


def _names_over_date(text: str, registry: Registry) -> list[str]:
    """"Khurram Shahzad Awan | Zubaida Baloch", "Zeynep Su Karakaya - ANKARA": writers' names set apart by bars, or a
    name and the city it was filed from, on a line over the date line. [] for any other line."""
    head, _, desk = text.rpartition(",")
    credited = bool(head and _STAFF_CREDIT.match(desk.strip()))
    if credited:
        text = re.sub(r"\s+and\s+|\s*&\s*", " | ", head)  # "A and B, MBD staff writers"
    cells = [c.strip() for c in re.split(r"\s+[|–—-]\s+", text) if c.strip()]
    if len(cells) >= 2 and re.search(r"\s[–—-]\s", text) and (cells[-1].isupper() or cells[-1] in registry.place_names) \
            or len(cells) == 2 and "|" in text and (cells[-1] in registry.place_names or re.fullmatch(r"[A-Z][a-z]{3,}", cells[-1])
                                                      and not _given_name(cells[-1], registry.rules)):
        cells = cells[:-1]  # the city it was filed from ("Sabina Adhikari | Bharatpur")
    elif len(cells) < 2 or "|" not in text:
        return []
    rules = registry.rules
    # (the desk's credit says they are its writers, whatever their given names: "SHUN OKABAYASHI and MIREI TSUCHIDA, Staff
    # writers")
    if all(_NAME.fullmatch(c) and len(c.split()) <= 4 and not _looks_like_outlet(c, registry)
           and (credited or _given_name(c.split()[0].title() if c.isupper() else c.split()[0], rules)) for c in cells):
        return cells
    return []


_PUBLISHED_VERBS = r"(?:published|posted|publiziert|ver[öo]ffentlicht|publicad[oa]|publi[ée]e?|pubblicato|gepubliceerd)"


def _dated_byline(text: str, registry: Registry, header_date) -> tuple[tuple[int | None, int, int], str] | None:
    """"June 3rd, 2026 - By: A", "By A · 12 May 2026": a date and a byline on one line, either way round."""
    text = name_case(text) if text.isupper() else text  # "APRIL 10TH, 2028 - BY LUCINDA FAIRHAVEN": a trade site's capitals
    parts = [p.strip() for p in re.split(r"\s+[-–—|·•]\s+", text)]
    if len(parts) == 1 and re.match(r"By\b", text, re.I) and len(slashed := [p.strip() for p in text.split(" / ")]) == 2:
        parts = slashed  # "By: Tradewind / 05:40 PM November 28, 2028": a client site's wire byline and its time stamp
    head = _BARE_DATE_AFTER.split(parts[0], 1)
    if len(head) == 2 and (len(parts) > 1 or header_date(head[1])) and re.match(r"By\s", head[0], re.I) \
            and not head[0].endswith(" on"):
        # "By A   August 12, 2027 | 07:30 pm GMT+7": the date run on after the name (or alone after it: "By Chaim
        # Gartenberg@cgartenberg Nov 19, 2026, 7:53pm EST")
        parts = [head[0], head[1], *parts[1:]]
    by = "|".join(map(re.escape, ("By", *registry.rules.byline_by)))
    on = re.match(rf"^((?:{by})\s.+?)\s+(?:{_PUBLISHED_VERBS}\s+)?(?:on|am|el|le|il|op)\s+(?=\S)(.*)$", text)
    if len(parts) == 1 and on:
        # "By A on November 16, 2026 at 2:37 PM", "Von A publiziert am 25. September 2026"
        parts = [on.group(1), english_date(on.group(2), registry.rules)]
    if len(parts) > 2 and all(header_date(p) or _CLOCK_CELL.fullmatch(p) or p in registry.place_names for p in parts[1:]):
        # "Meenakshi SundaramBengaluru | 30-10-2026 | 22:40 IST": a name (its place glued on), the date, the time
        day = next((d for p in parts[1:] if (d := header_date(p)) and d[1]), None)
        name = re.sub(r"(?<=[a-z])([A-Z][a-z]{3,})$", lambda m: f", {m.group(1)}" if m.group(1) in registry.place_names
                      else m.group(1), parts[0])
        if day and not _byline_line(name, registry) and _NAME.fullmatch(name) and 2 <= len(name.split()) <= 4 \
                and not _looks_like_outlet(name, registry) and any(_CLOCK_CELL.fullmatch(p) for p in parts[2:]):
            return day, name  # "Hong Raksmey | Publication date 12 February 2029 | 20:14 ICT": a name, the date, the time
        if day and (_byline_line(name, registry) or (placed := _author_line(name, registry))):
            return day, placed.group("names").split(",")[0].strip() if not _byline_line(name, registry) else name
        return None
    if len(parts) > 2 and (day := header_date(parts[1])) and day[1] and _NAME.fullmatch(parts[0]) \
            and (named := _author_line(parts[0], registry)) and named.group(0) == parts[0]:
        return day, parts[0]  # "Tom Alvarado | November 23, 2026 | Equipment, Policy, Lithography": the name, the date, the tags
    if len(parts) != 2:
        return None
    for date_part, byline in (parts, parts[::-1]):
        day = header_date(date_part)
        if day and day[1] and _byline_line(byline, registry):
            return day, byline
    # "26 Nov 2026 | Fergus Whitlam-Nakamura": the date, then the writer's name alone
    day = header_date(parts[0])
    named = _author_line(parts[1], registry)
    if day and day[1] and named and named.group(0) == parts[1] and _NAME.fullmatch(parts[1]):
        return day, parts[1]
    return None


_CLOCK_CELL = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?")  # "22:40 IST", "07:30 pm GMT+7"


CLOSING_BYLINE_LABELS = ("Author", "Authors", "Reporting", "Reporter", "Reporters", "Written by")
CLOSING_LINES = 20  # the seed's last lines, where a closing credit may sit under the text, its tags and "Read also"


def _other_calendar(line: str) -> bool:
    """"Magh 24, 2085": a date in another calendar (Nepal's Bikram Sambat, Thailand's Buddhist era), its year decades
    ahead of any the page can be from."""
    match = re.fullmatch(r"[A-Z][a-z]{2,9}\.?\s+\d{1,2},?\s+(\d{4})", line.strip())
    return bool(match) and int(match.group(1)) > build_day().year + OTHER_CALENDAR_YEARS_AHEAD


OTHER_CALENDAR_YEARS_AHEAD = 30
SAMBAT_AHEAD = 57  # years Bikram Sambat counts ahead of the Gregorian year its new year (mid-April) falls in
SAMBAT_REACH = 20  # lines from a copy's top a Sambat day under the masthead or headline may sit on


def sambat_day(text: str, rules: Rules) -> date | None:
    """The Gregorian day, within a day or two, of the first Bikram Sambat date in ``text`` ("पुस १०, २०८६",
    "Poush 10, 2086"): close enough to give a day and month printed without a year their year, no closer."""
    starts = {name.casefold(): begins for begins, names in rules.sambat_months for name in names}
    if not starts:
        return None
    names = "|".join(map(re.escape, sorted(starts, key=len, reverse=True)))
    text = text.translate(NATIVE_DIGITS)
    found = re.search(rf"(?<!\w)(?:(?P<a>{names})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<b>{names}))"
                      rf"(?!\w),?\s+(?P<year>2\d\d\d)(?!\d)", text, re.I)
    if not found:
        return None
    month, first = map(int, starts[(found.group("a") or found.group("b")).casefold()].split("-"))
    year = int(found.group("year")) - SAMBAT_AHEAD + (0 if month >= 4 else 1)
    begun = _make_date(year, month, first)
    return begun + timedelta(days=int(found.group("day") or found.group("day2")) - 1) if begun else None


def year_near(month: int, day: int, near: date) -> int | None:
    """The year that puts a day and month printed without one ("Dec 25") nearest to ``near``."""
    options = [(abs((d - near).days), y) for y in (near.year - 1, near.year, near.year + 1) if (d := _make_date(y, month, day))]
    return min(options)[1] if options else None


def _given_name(word: str, rules: Rules) -> bool:
    """"Łukasz", "Hélène", "Nguyen": a given name of the registry's list (or a family name printed first)."""
    return in_names(word, rules.given_set) or word in rules.family_name_first


def _name_then_job(text: str, rules: Rules) -> str:
    """"Dan Whitcombe Technology editor": a byline without "By", the reporter's job after the name
    with no comma between (a two-word name, unless the job is one word). "" for any other line."""
    words = text.split()
    if not 3 <= len(words) <= 7 or words[-1].lower() not in rules.author_titles \
            or words[-1][:1].isupper() and len(words) > 3:
        return ""
    cut = 2 if len(words) >= 4 and words[2][:1].isupper() else len(words) - 1
    name = " ".join(words[:cut])
    if _JOB_RANK.fullmatch(words[0]):
        return ""  # "Senior Business Reporter": a job alone under the name, not a name
    return name if _NAME.match(name) and all(w[:1].isupper() for w in words[cut:-1]) else ""


_JOB_RANK = re.compile(r"(?i:senior|chief|staff|deputy|associate|assistant|managing|executive|principal|special|contributing|acting|"
                       r"lead|head|junior|freelance)")


def _firm_named(name: str, lines: list[str], rules: Rules) -> bool:
    """Is the name the start of a firm's the text names ("Kellerman Tan" of "Kellerman Tan Securities (Hong Kong)
    Limited")?"""
    suffixes = _lowered_set(rules.organization_suffixes)
    for line in lines:
        line = line.strip()
        if not line.startswith(name + " "):
            continue
        # (the name going on to the line's end, not "| Bureau Chief", nor a job after it: "Dan Whitcombe Technology editor")
        rest = line[len(name):].rstrip(" ,;|").split()
        if 1 <= len(rest) <= 6 and all(w[:1].isupper() or w[:1] == "(" for w in rest) \
                and any(w.strip("().,;").lower() in suffixes for w in rest):
            return True
    return False


def _job_after_pipe(text: str, registry: Registry) -> bool:
    """"Murat Öztürkoğlu | Ankara Bureau Chief": a name, a pipe, and a newsroom job (or a comma: "Nadia Al Suwaidi,
    Business Editor")."""
    name, bar, job = text.partition("|")
    if not bar and text.count(",") == 1:
        name, bar, job = text.partition(",")
    if job.isupper() or name.split()[-1:] and name.split()[-1].capitalize() in registry.rules.organization_suffixes:
        return False  # "HANSEATIC MERIDIAN BANK | GLOBAL RESEARCH": a firm and its department
    name, job = name.strip(), job.strip().lower()
    return bool(bar) and 1 <= len(job.split()) <= 5 and "|" not in job and bool(_NAME.fullmatch(name)) \
        and not _looks_like_outlet(name, registry) and name not in registry.names() \
        and any(re.search(rf"\b{re.escape(w)}s?\b", job) for w in (*registry.rules.author_titles, "editor", "bureau chief"))


def _pipe_byline(text: str, registry: Registry) -> bool:
    """"Reuters | Jane Doe": an outlet on one side of the pipe and a person's name on the other."""
    match = _PIPE_BYLINE.match(text)
    if not match or len(text.split()) > PIPE_BYLINE_MAX_WORDS:  # ("Núria Casals Ferrer | The Andorra Courier")
        return False
    a, b = match.group(1).strip(), match.group(2).strip()
    return any(_looks_like_outlet(x, registry) and _NAME.match(y) and not _looks_like_outlet(y, registry)
               and not _EDITION.search(y) for x, y in ((a, b), (b, a)))


PIPE_BYLINE_MAX_WORDS = 8  # a name of three words, the pipe, an outlet of four

# "Shanghai Securities Observer | English Edition": the site's edition, not its author.
_EDITION = re.compile(r"\b(?:Edition|Version|Online|Digital|English|Chinese|International|Global|Mobile|Beta)\b")


_STAFF_CREDIT = re.compile(r"^(?:(?P<outlet>.{1,60}?)\s+)?(?:staff|(?:staff\s+)?(?:reporters?|correspondents?|writers?)"
                           r"|desk|team)$", re.I)


def _names_list(text: str, registry: Registry) -> tuple[str, str]:
    """(source, authors) from the names of a byline: "A, B and C", "Outlet reporter A and B"."""
    text = _FOLLOW.sub("", text.strip().strip("()（）[]【】 "))
    # "Dr. Yael Ben-Ami and Amb. (ret.) Oren Shalev, CFA": honorifics and credentials are no names.
    text = without_honorifics(_CREDENTIALS.sub("", text))
    # "Lin Yu-ting 林于婷", "Kim Min-ji (김민지)": a writer's name in their own script after the Latin one is the same name.
    text = re.sub(rf"(?<=[A-Za-z.])\s*[(（]?{_CJK_WORD}[)）]?(?=\s*(?:[,/|;&，]|\band\b|$))", "", text)
    # "LIN PEI-HUA / STAFF REPORTER, WITH TNA": the wire the staff writer drew on is no writer
    text = re.sub(r",?\s+(?i:with)\s+[A-Z]{2,6}(?:\s*(?:,|(?i:and))\s*[A-Z]{2,6})*$", "", text)
    desk = re.match(r"^(.+?)\s*/\s*([^/]{2,60})$", text)
    source = ""
    if desk and _STAFF_CREDIT.match(desk.group(2).strip()):
        text = desk.group(1)  # "A and B / Tokai Shimpo Staff Writers": the names, then the desk they write for
    elif desk and _looks_like_outlet(desk.group(2).strip(), registry) and not _looks_like_outlet(desk.group(1), registry):
        source, text = desk.group(2).strip(), desk.group(1)  # "A, B / Bishkek Business Wire": the names, then their outlet
    staff = _STAFF_BYLINE.match(text)
    if staff and _looks_like_outlet(staff.group("outlet"), registry):
        source, text = staff.group("outlet").strip(), staff.group("names")
    elif staff and "," not in staff.group("outlet") and len(staff.group("outlet").split()) <= 4 and all(
            _NAME.fullmatch(p.strip()) for p in re.split(r",|\s+and\s+|\s*&\s*", staff.group("names"))):
        text = staff.group("names")  # "ZNA writers Fang Lu, Qiao Wenjun": an agency the registry does not know, then names
    if re.search(r"[,|]|\s[-–—]\s", text) and _STAFF_CREDIT.match(text):
        # "Hannah Ruiz, Technology Policy Reporter", "Ravi Menon | Markets reporter", "A - Reporter": a name, then its job.
        kept = [p for p in re.split(r"[,|]|\s[-–—]\s", text) if not _STAFF_CREDIT.match(p.strip())]
        # ("KENJI MORI and AYAKA SATO, Asia Nikkan staff writers": names, then the desk they write for)
        text = ",".join(kept) if kept and _NAME.match(re.split(r"\s+and\s+|\s*&\s*", kept[0].strip())[0]) else text
    if _STAFF_CREDIT.match(text):
        # "GT staff reporters", "Staff reporter": a credit to a desk, not a person.
        outlet = _STAFF_CREDIT.match(text).group("outlet") or ""
        return (outlet if _looks_like_outlet(outlet, registry) else ""), ""
    # "A in Beijing and B in Baotou, Inner Mongolia": the place after "in" runs to the next name.
    # "A in Busan, B in Seoul and C in Hong Kong": a comma before another "Name in" ends the place too.
    # "A in Busan, Muhammad Hafiz Rahmat and B in Singapore": a comma before a given name ends the place as well.
    if " in " in text:
        text = re.sub(r",\s*(?=([A-Z][\w'’-]+)\s+[A-Z])",
                      lambda m: "; " if _given_name(m.group(1), registry.rules) else m.group(0), text)
    text = re.sub(r"\s+in\s+[A-Z][^;&|]*?(?=,?\s*(?:;|&|\||\band\b|\bwith\b|$)|,\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+in\s)",
                  "", text)
    pieces = re.split(r"\s*(,?\s*(?i:\band\b)|,|，|;|&|\bwith\b|\|)\s*", text)  # "A AND B" in capitals too
    # Which parts follow a ", and": "A, Trade Editor, and B" names B after A's job (but in
    # "A, Senior Fellow, Technology and Trade Program" the job goes on).
    # (... and "A, KRW Washington correspondent, with B in Conakry": B after A's job, writing with A)
    after_and = {p.strip(" .") for sep, p in zip(pieces[1::2], pieces[2::2]) if re.fullmatch(r",\s*and|with", sep.strip(), re.I)}
    parts = [p.strip(" .") for p in pieces[::2] if p.strip(" .")]
    roles = {w.lower() for w in (*registry.rules.role_words, *registry.rules.author_titles)}
    family = set(registry.rules.family_name_first)
    split_parts: list[str] = []
    for p in parts:
        tokens = p.split()
        if len(tokens) == 4 and tokens[0] in family and tokens[2] in family:
            split_parts += [" ".join(tokens[:2]), " ".join(tokens[2:])]  # "Xu Tingting Zhou Yifan": two reporters
        else:
            split_parts.append(p)
    parts = split_parts
    names: list[str] = []
    others: list[str] = []
    for p in parts:
        # "Maren Solberg, Senior Fellow, Technology and Trade Program": names end where a job begins.
        if _NAME.match(p) and not _looks_like_outlet(p, registry) and not re.search(rf"\s{_DESK_WORDS}$", p) and not (
                names and others and p not in after_and) and not any(w.lower().rstrip("s") in roles for w in p.split()):
            names.append(p)
        else:
            others.append(p)
    if not names:
        return _split_byline(text, registry)
    if not source and others and _looks_like_outlet(others[0], registry):
        source = others[0]
    # "Robyn Kovalenko SASKATOON": the city a writer filed from, in capitals after the name
    names = [_without_city_in_capitals(n) for n in names]
    names = [_without_place(name_case(n), registry.place_names) for n in names]
    author = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return source, author


def _without_city_in_capitals(name: str) -> str:
    """"Robyn Kovalenko SASKATOON": the city a writer filed from, in capitals after the name (but "Anna KOVACS",
    "Anouk DE VRIES", "Mei Ling TAN" write the family name in capitals, the given name before it)."""
    if re.fullmatch(r"(?:[A-ZÀ-Þ][\w'’-]*[a-zß-ÿ][\w'’-]*\s+){2,3}[A-Z]{4,}", name):
        return name.rsplit(None, 1)[0]
    return name


def _without_city(line: str, registry: Registry) -> str:
    """"Noa Ben-Ami, Washington": a writer's name on a line of its own, then their city."""
    name, _, place = line.rpartition(",")
    return name.strip() if name and place.strip() in registry.place_names else line


def _without_place(name: str, places: frozenset[str]) -> str:
    """"Shreya Nandakumar New Delhi": a byline's name, then the city it was filed from."""
    words = name.split()
    for k in (2, 1):
        if len(words) - k >= 2 and " ".join(words[-k:]) in places:
            return " ".join(words[:-k])
    return name


# What follows a headline in a page's header.
_AFTER_HEADLINE = ("byline", "date", "standfirst", "body", "author-block", "source")


# _header_date's patterns, compiled once: it is asked of every short line of every seed's header.
_OWN_LABEL = re.compile(r"^(?:[A-Za-z][A-Za-z ]{0,24}|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{1,8})[:：]\s*")  # ... "發布時間："
_ZONE_SPELT = re.compile(r"\b(?:GMT|UTC)\s*[+−]\s*(?:\d{1,2}(?::?\d\d)?\b)?|[+−]\s*\d{1,2}(?::?\d\d)?\b|\b(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|local) time\b")
_DAY_AND_ZONE_WORDS = re.compile(rf"\b{_WEEKDAY}\b|\b(?:at|on|ET|EST|EDT|BST|CET|GMT|UTC|JST|KST|HKT|SGT|IST)\b|(?:19|20)\d\d", re.I)
_LAST_COUNTED_CELL = re.compile(r"\s+[·|•]\s*\d{1,2}\s+([^\W\d_]+)\.?(?:\s+[^\W\d_]+\.?)?\s*$")
_PUNCTUATION_RUN = re.compile(r"[\s,:|/.\-–—()·•●՝፦፣៖،：／｜（）、]+")  # (... and the Armenian comma a label ends with: "Հրապարակված է՝
# 11.11.2029"; the Arabic comma after a year: "نُشر في: 14 ديسمبر 2029، 08:10"; the full-width colon, slash and bar
# of a CJK page's stamp: "公開：2030年5月7日 18:30 ／ 更新：2030年5月8日")


@lru_cache(maxsize=8)
def _date_label_patterns(labels: tuple[str, ...]) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """The date labels' (and date words') patterns, longest label first, and one pattern matching wherever any of them
    does (a line without a label, the most of them, is searched once, not once per label)."""
    each = tuple(re.compile(rf"(?<!\w){re.escape(label)}(?!\w)", re.I) for label in sorted(labels, key=len, reverse=True))
    return (re.compile("|".join(p.pattern for p in each), re.I) if each else None), each


# "2026年4月14日", "2026년 4월 14일": a date in Chinese, Japanese or Korean characters.
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?")
# ... and in the words of scripts that set the year first and name its parts: Mongolian "2030 оны 6-р сарын 16" ("of the year
# 2030, of the 6th month, 16"), Khmer "ទី១១ ខែមិថុនា ឆ្នាំ២០៣០" ("the 11th, the month of June, the year 2030")
_WORDED_YEAR_FIRST = re.compile(r"((?:19|20)\d\d)\s+оны\s+(\d{1,2})(?:-р|-ын)?\s+сарын\s+(\d{1,2})")
_KHMER_DATE = re.compile(r"ទី\s*(\d{1,2})\s+ខែ\s*(\S+?)\s+ឆ្នាំ\s*((?:19|20)\d\d)")


@lru_cache(maxsize=4)
def _foreign_date_words(months: tuple[tuple[str, tuple[str, ...]], ...],
                        weekdays: tuple[str, ...]) -> tuple[re.Pattern, dict[str, str], re.Pattern] | None:
    english = {name.lower().rstrip("."): month for month, names in months for name in names}
    if not english:
        return None
    names = "|".join(map(re.escape, sorted(english, key=len, reverse=True)))
    # Only next to a number: "12 Mei 2026", "27. října", "julio de 2026", Breton's "22 a viz Ebrel 2030" ("of the month
    # of"), Papiamento's "27 di april 2030", Hausa's "7 ga Yuni, 2030", Friulian's "9 di Jugn dal 2030"; "3 hours ago" keeps
    # its "ago".
    # (... and Karakalpak's and Uzbek's day joined to its month: "4-iyun, 2030")
    pattern = re.compile(rf"(?P<day>\b\d{{1,2}})(?:\.?\s+|-)(?:(?:de|di|ga|a\s+viz)\s+)?(?P<a>{names})\.?(?:\s+d[ae]l?\b)?(?!\w)"
                         rf"|(?<!\w)(?P<b>{names})\.?(?:\s+del?)?(?=\s+\d)", re.I)
    days = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, weekdays or ("(?!)",))) + r")(?!\w)\s*,?", re.I)
    return pattern, english, days


def english_date(line: str, rules: Rules) -> str:
    """A date line in another language written with English month names and no weekday:
    "Selasa, 12 Mei 2026" -> "12 May 2026", "miércoles 1 de julio de 2026" -> "1 July 2026"."""
    line = line.translate(NATIVE_DIGITS)  # "٢٠ ديسمبر ٢٠٢٩", "१९ डिसेम्बर २०२९": a year the patterns read in ASCII digits
    original = line
    line = _gregorian_days(line, rules.ethiopian_months)  # "ሰኔ 28 ቀን 2022 ዓ.ም.": Ethiopia's calendar
    line = re.sub(r"(?<=\d)ی(?=\s)", "", line) if "ی" in line else line  # Sorani's "of" after the day: "١٤ی تەممووزی ٢٠٣٠"
    line = _CJK_DATE.sub(lambda m: f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", line)
    line = _WORDED_YEAR_FIRST.sub(lambda m: f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", line) if "оны" in line else line
    line = _KHMER_DATE.sub(r"\1 \2 \3", line) if "ខែ" in line else line
    words = _foreign_date_words(rules.month_names, rules.weekday_names)
    if not words:
        return line
    pattern, english, days = words

    def month(m: re.Match) -> str:
        if m.group("a"):
            return f"{m.group('day')} {english[m.group('a').lower()]}"
        return english[m.group("b").lower()]

    translated = pattern.sub(month, line)
    # "enero 27 de 2029": Colombia's month first, "de" before the year
    translated = _MONTH_DAY_DE_YEAR.sub(lambda m: f"{m.group(1)}, {m.group(2)}" if _month(m.group(1).split()[0]) else m.group(0),
                                        translated)
    # "2026. február 11., szerda 14:37": the year first, then the month and the day, as Hungarian writes them
    translated = _YEAR_FIRST.sub(lambda m: f"{m.group(3)} {m.group(4)}, {m.group(1)}" if _month(m.group(3)) else m.group(0),
                                 translated)
    if translated != original and _THAI.search(original):  # "05 เม.ย. 2572": the Buddhist era's year
        translated = re.sub(r"(?<!\d)(2[45]\d\d)(?!\d)", lambda m: str(int(m.group(1)) - BUDDHIST_ERA_AHEAD), translated)
    if translated == original and (numeric := _NUMERIC_DAY.search(line)):
        # "Эфир: жума, 18.01.2030, 08:00": a weekday opening a label's value, before a day in figures (not the short
        # forms: "do", "Mo"; nor a weekday alone in a cell of a terminal's status line, its clock)
        opening = re.match(r"\s*[^\W\d_][\w ]{0,30}:\s*", line)
        weekday = days.match(line, opening.end()) if opening else None
        if weekday and len(weekday.group(0).strip(" ,")) >= 3 and not line[weekday.end():numeric.start()].strip():
            return (line[:weekday.start()] + " " + line[weekday.end():]).strip()
    if translated == original:
        # "Tihchhuah ni: Nilaini, June 19, 2030": the site's weekday before a day in English words (a site in English
        # whose furniture is in its language)
        return days.sub(lambda m: " " if len(m.group(0).strip(" ,")) >= 3 and _ENGLISH_DAY_NEXT.match(line, m.end())
                        else m.group(0), line).strip() if days.search(line) else line
    return days.sub(" ", translated).strip()


ETHIOPIC_EPOCH = 2796  # Meskerem 1 of the Ethiopian calendar's year 1, as a day of the proleptic Gregorian calendar


@lru_cache(maxsize=4)
def _ethiopian_day_pattern(months: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern[str], dict[str, int]] | None:
    number = {name.casefold(): int(month) for month, names in months for name in names}
    if not number:
        return None
    names = "|".join(map(re.escape, sorted(number, key=len, reverse=True)))
    # (the era after the year: "ዓ.ም." (the "year of mercy"), "E.C."; "ቀን" is "day")
    return re.compile(rf"(?<!\w)(?P<month>{names})\s+(?P<day>\d{{1,2}})(?:\s*ቀን)?,?\s+(?P<year>\d{{4}})\s*"
                      rf"(?:ዓ\s?[./]?\s?ም\.?|E\.\s?C\.?|EC\b)", re.I), number


def _gregorian_days(line: str, months: tuple[tuple[str, tuple[str, ...]], ...]) -> str:
    """A day of Ethiopia's calendar written as the Gregorian day it is: "ሰኔ 28 ቀን 2022 ዓ.ም." -> "5 July 2030"."""
    found = _ethiopian_day_pattern(months)
    if found is None or not found[0].search(line):
        return line

    def gregorian(m: re.Match) -> str:
        year, month, day = int(m.group("year")), found[1][m.group("month").casefold()], int(m.group("day"))
        if not 1 <= day <= 30:
            return m.group(0)
        when = date.fromordinal(ETHIOPIC_EPOCH - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day)
        return f"{when.day} {MONTH_NAMES[when.month - 1]} {when.year}"

    return found[0].sub(gregorian, line)


# A day in English words: "June 19, 2030", "19 June 2030", "Jun 17, 2030"
_ENGLISH_DAY_NEXT = re.compile(r"\s*(?:\d{1,2}\s+)?(?:" + "|".join(m[:3] for m in MONTH_NAMES) + r")[a-z]*\.?,?\s+\d")


_NUMERIC_DAY = re.compile(r"(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d(?!\d)")


_THAI = re.compile(r"[\u0e00-\u0e7f]")
# The decimal digits of the scripts analysts' sources date their pages in: Arabic-Indic and its Persian/Urdu form,
# Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer and
# Mongolian
NATIVE_DIGITS = {zero + n: str(n) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
                                               0x0D66, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810) for n in range(10)}
BUDDHIST_ERA_AHEAD = 543  # years the Buddhist era (Thailand's calendar) counts ahead of the Gregorian
_MONTH_DAY_DE_YEAR = re.compile(r"\b([A-Z][a-z]+ \d{1,2}) de ((?:19|20)\d\d)\b")
# (... or "2030 ජූලි 4, ...": Sinhala's order, without the full stops)
_YEAR_FIRST = re.compile(r"(?<![\d/.-])\b((?:19|20)\d\d)(\.)?\s+([A-Z][a-z]+)\s+(\d{1,2})(?(2)\.,?|\b(?![.:]\d))")
_FUSED_CLOCK = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")
_ANY_DIGIT = re.compile(r"\d")  # the same digits (any script's) as the date patterns' \d


_CORRECTED = re.compile(r"\b(?:an earlier version|(?:has|have) been (?:corrected|updated|amended|clarified)|we have "
                        r"(?:corrected|updated|amended)|(?:misstated|incorrectly (?:said|stated|reported)))\b", re.I)
_BRACKETED_NOTE = re.compile(r"\[(?:(?:Translator|Translation|Editor|Transcriber|Archivist)['’]?s?\s+)?[Nn]ote\s*:[^\]]{2,800}\]", re.I)
_NOTE_ON_TOP = re.compile(r"(?:Correction|Clarification|Editor['’]s [Nn]ote|Update)\b(?:[^:]|:\d\d){0,40}:\s+\S")
_POSTED_BY = re.compile(r"(?:[A-Z][\w ]{1,30}\s*[·•|]\s*)?((?:Posted|Published|Updated)\s+(?:on\s+)?\S.{4,40}?)\s+by\s+\S.{1,60}")
_SAVED_LABEL = re.compile(r"(?:clipped|saved|captured|archived|retrieved|accessed)\s*(?:on|at)?\s*:", re.I)  # a clipper's "clipped: ..."
_SITE_CLOCK = re.compile(r"(?:[A-Z][\w]*\s+){0,3}(?:Standard|Daylight|Local)\s+Time\s*:", re.I)  # "Philippine Standard Time: Friday, ..."


KICKER_CELL_MAX_WORDS = 4
KICKER_CELLS_MIN = 3  # (the site, its section and the day; not "Politics | 06 May 2029", a label beside a day)


_CJK_WEEKDAY = re.compile(r"(?<=[日일])\s*[（(](?:[月火水木金土日]曜?日?|[월화수목금토일](?:요일)?|(?:周|星期|週)[一二三四五六日天])[)）]\s*")
DATE_LINE_MAX_WORDS = 40  # the longest date line of the fixtures has 24 words (a stamp among a post's counts and labels)


_WHOLE_LINE_EMPHASIS = re.compile(r"(\*{1,2}|_{1,2})(?=\S)([^*_]+?)(?<=\S)\1")


_BRACKETED_DAY = re.compile(r"\((\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\)")  # "(15/06/2030)": a whole day, day first


def _header_date(line: str, rules: Rules, month_first: bool | None = None) -> tuple[int | None, int, int] | None:
    """The date a date line gives, or None if the line is more than a date (or has none). A numeric
    date either way round ("10/12/2025") reads as ``month_first`` says, and is no date if it says nothing."""
    if not _ANY_DIGIT.search(line):
        # Every date, stamp and "3 hours ago" the rules below read has a digit (and neither the
        # translation of month names nor a change of case adds one): a line without one is no date.
        return None
    if len(line.split(maxsplit=DATE_LINE_MAX_WORDS)) > DATE_LINE_MAX_WORDS:
        return None  # a paragraph, not a date line with its labels and cells (each of the rules below a pass over it)
    # "Yakabudiswa: China, 13 Chikumi 2030": under its label, a word and a comma before the day, the day's name in the site's
    # language (Shona's Thursday, which the registry cannot list: it is a country's name in English)
    line = line.replace("၊", ",")  # (Burmese's comma: "သောကြာနေ့၊ ၁၉ ဇူလိုင် ၂၀၃၀၊ နံနက် ၈:၀၅")
    labelled = _date_label_patterns(rules.date_labels)[0]
    opened = labelled.match(line.strip()) if labelled is not None else None
    # (... its label perhaps set off by a dash: "ထုတ်ဝေသည့်ရက် - သောကြာနေ့, ၁၉ ဇူလိုင် ၂၀၃၀", a weekday of letters and marks)
    if opened and (weekday := re.match(rf"(?:\s*[{LABEL_COLONS}]|\s+[-–—])?\s*([^\s\d,]+),\s*(?=\d)", line.strip()[opened.end():])):
        line = line.strip()[:opened.end()] + ": " + line.strip()[opened.end() + weekday.end():]
    # "የታተመው፦ ቅዳሜ፣ ሰኔ 8 ቀን 2022 ዓ.ም. (15/06/2030) ከጠዋቱ 4:30": under its label, the day in our calendar in brackets beside
    # the day in the site's own (whose year is no year of ours), whatever else the line says
    bracketed = _BRACKETED_DAY.search(line) if "(" in line else None
    if bracketed and opened \
            and int(bracketed.group(1)) > 12 and int(bracketed.group(2)) <= 12:
        return int(bracketed.group(3)), int(bracketed.group(2)), int(bracketed.group(1))
    if (slanted := _WHOLE_LINE_EMPHASIS.fullmatch(line.strip())):
        line = slanted.group(2)  # "*Gepubliceerd zondag 19 mei 2030, 06:00 AST*": a document's date line in italics
    line = re.sub(r"\b(\d{1,2})\.([^\W\d_]{3,9})\.((?:19|20)\d\d)\b", r"\1 \2 \3", line)  # "18.nov.2027 às 17h42" (Folha's)
    line = re.sub(r"\b(\d{1,2})\s+d['’](?=[^\W\d_]{3,9}\b)", r"\1 de ", line)  # "10 d'abril de 2030" (Catalan's "of" before a vowel)
    # "2030年5月7日（火）18:30", "2030년 5월 11일(토)", "2030年5月7日（周二）": a CJK day's weekday in brackets after it
    line = _CJK_WEEKDAY.sub(" ", line) if "(" in line or "（" in line else line
    # "Thursday, 24 January 2030 (Magh 10, 2086 BS)": the same day in another calendar, in brackets after it
    line = _OTHER_CALENDAR_DAY.sub(" ", line) if "(" in line else line
    # "Published (pubDate): Mon, 14 Jan 2030 11:20:00 +0000": a feed reader's label, the feed's own field name in brackets
    line = re.sub(r"^(\s*[^\W\d_][\w ]{1,30}?)\s*\((?:[a-z]+:)?[a-z][A-Za-z]{2,20}\)\s*:", r"\1:", line) if "(" in line else line
    if _SITE_CLOCK.match(line.strip()) or _SAVED_LABEL.match(line.strip()):
        return None  # the site's clock, ticking when the page was copied (or a clipper's save day): no day of the article's
    # "WASHINGTON, 1 October 2029 (KRW) —" on a line of its own, over the byline: the story's dateline, a whole day
    alone = _DATELINE.match(line.strip())
    if alone and alone.end() >= len(line.strip()) and (day := _dateline_day(alone))[2]:
        return day[2], day[0], day[1]
    # "News item · Posted 02.05.2029 by SSGM Secretariat": a stamp between the item's kind and who posted it
    posted = _POSTED_BY.fullmatch(line.strip())
    if posted:
        return _header_date(posted.group(1), rules, month_first)
    # "Sunday 06 May 2029 | 20 Dhu al-Hijjah 1450": the date beside the same day in another calendar (its year no year of
    # ours), in a cell of its own
    cells = line.split(" | ")
    if len(cells) == 2 and all(_ANY_DIGIT.search(c) for c in cells):
        ours = [c for c in cells if _YEAR.search(c)]
        if len(ours) == 1 and (day := _header_date(ours[0], rules, month_first)):
            return day
    line = re.sub(r"\b([^\W\d_]{3,9})\.(\d{1,2})\.((?:19|20)\d\d)\b", r"\1 \2, \3", line)  # "Nov.30.2028 4:30PM" (its English edition's)
    # "10. feb. 2029 kl. 09.30": a Danish site's English month, in lower case after the day's full stop
    line = re.sub(r"\b(\d{1,2})\.\s+([a-z]{3,9})\.?\s+((?:19|20)\d\d)\b",
                  lambda m: f"{m.group(1)} {m.group(2).title()} {m.group(3)}" if _month(m.group(2)) else m.group(0), line)
    line = re.sub(r"(?<=, )the\s+(?=\d{1,2}(?:st|nd|rd|th)\s+[A-Z])", "", line)  # "New Delhi, the 18th October, 2028": a notification's
    line = _FUSED_CLOCK.sub(r"\1 \2", english_date(line, rules))  # "January 20, 202611:48 PM": a page's spans run together
    line = re.sub(r"(?<=[A-Z]{2})(?=(?:Updated|Published|Modified)\b)", " ", line)  # "6:48 AM EDTUpdated 3 hours ago"
    line = re.sub(r"\s+@\s*(?=\d{1,2}[:.]\d\d)", " ", line)  # "December 4, 2026 @ 9:12pm": the time after an at sign
    line = re.sub(r"(\d{1,2}[:.]\d\d)\s*(?:h|hs|hrs?)\.?$", r"\1", line)  # "07 dic 2027 - 19:40 h", "18:22 hs.": the hours' sign
    line = re.sub(r"(?<=\d)\s*([ap])\.\s+m\.", r" \1.m.", line)  # "11:20 a. m.": Spanish sets the letters apart
    line = re.sub(r"\s*[·|•]?\s*\d{1,3}[ -]?min(?:ute)?s?\.?\s+read\s*$", "", line, flags=re.I)  # "... GMT+8 3 min read"
    # "... | 7 րոպե ընթերցանություն", "· 5 Min. Lesezeit": a reading time in the site's language, a cell of its own at the end
    timed = _LAST_COUNTED_CELL.search(line)
    if timed and not _month(timed.group(1)) and _ANY_DIGIT.search(line[:timed.start()]):
        line = line[:timed.start()]
    line = re.sub(r"\s*[·|•]\s*\d{1,4}\s+(?:posts|tweets|replies)\b", "", line, flags=re.I)  # "Feb 25, 2028 • 13 posts": a thread's
    # "11:32 a. m. · 14 jul. 2029 · 48,2 mil Visualizaciones", "9:14 AM · Oct 31, 2025 · 12K Views": a post's count of views
    line = re.sub(r"\s*[·|•]\s*[\d.,]+\s*(?:K|M|mil|Mio\.?)?\s+(?:views|visualizaciones|visualizações|aufrufe|vues|visualizzazioni)\s*$",
                  "", line, flags=re.I)
    # "Posted On: 24 NOV 2026 6:42PM by PIB Delhi": the office that issued a release, after its time
    line = re.sub(r"(\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?)\s+by\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}$", r"\1", line)
    # "Broadcast: Friday, 16 November 2029, 07:10 (CAT) on Kalahari FM 98.4": the station that aired it, after its time
    line = re.sub(r"(\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?)\s+on\s+[A-Z][\w&.'’-]*(?:\s+[\w&.'’-]+){0,4}$",
                  r"\1", line)
    if line.isupper() and not _TEXT_DATE.search(line) and _TEXT_DATE.search(line.title()):
        line = line.title()  # "JUNE 25, 2025" on a cover page
    elif not _TEXT_DATE.search(line):
        # "Zaragoza - SEP 03, 2026 - 05:30 CEST": a month in capitals, with its day, in a line that is not
        cased = re.sub(r"\b[A-Z]{3,9}\b", lambda m: m.group(0).title() if _month(m.group(0)) else m.group(0), line)
        line = cased if _TEXT_DATE.search(cased) else line
    if _EVENT_DATE_LABEL.match(line):
        return None  # "Effective Date: 09/12/2025": when a rule applies, not when the page was published
    # (... or a live blog's "Started 12 September 2029, 08:30 CEST · Last updated 13/09/2029 00:12": when it began)
    published = re.match(r"^(?:First\s+)?(?:Published|Released|Issued|Started)\s+(?:on\s+)?", line, re.I)
    stated = _TEXT_DATE.match(line, published.end()) if published else None
    if stated and (stated.group("year") or stated.group("year2")):
        # "Published on 25 June 2026 by authority of the House of Commons": the date, then who published it.
        return (int(stated.group("year") or stated.group("year2")), _month(stated.group("month") or stated.group("month2")),
                int(stated.group("day") or stated.group("day2")))
    short = _SHORT_YEAR_DATE.fullmatch(line.strip())
    if short:
        # "05.14.26" alone on a line: a statement's date, the year in two digits; read as a four-digit one is
        first, second = int(short.group(1)), int(short.group(2))
        order = (first, second) if second > 12 >= first else (second, first) if first > 12 >= second \
            else None if month_first is None else (first, second) if month_first else (second, first)
        return (2000 + int(short.group(3)), *order) if order and 1 <= order[0] <= 12 and 1 <= order[1] <= 31 else None
    month_only = _MONTH_YEAR.fullmatch(line.strip())
    if month_only:
        return int(month_only.group(2)), _month(month_only.group(1)), 0  # "September 2025": a report's cover
    rest = _OWN_LABEL.sub(" ", line)  # "Release time: …": a label of its own
    found: tuple[int | None, int, int] | None = None
    for match in _SLASH_DATE.finditer(line):
        found = found or (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    rest = _SLASH_DATE.sub(" ", rest)  # "2025.09.01 17:32": read, and no leftover
    if not found:
        match = _ISO_DATE.search(line)
        if match:
            found = tuple(map(int, match.groups()))
    if not found:
        match = _NUMERIC_DATE.search(line) or _DASHED_DATE.search(line)
        if match:
            first, second, year = map(int, match.groups())
            year += 2000 if year < 100 else 0
            spelled = _TEXT_DATE.search(line)  # ("06/12/2028 June 12, 2028": the page's month in words says which is which)
            spelled = (_month(spelled.group("month") or spelled.group("month2")),
                       int(spelled.group("day") or spelled.group("day2"))) if spelled else None
            if first > 12 >= second:
                found = (year, second, first)
            elif second > 12 >= first:
                found = (year, first, second)
            elif spelled in ((first, second), (second, first)):
                found = (year, *spelled)
            elif _DAY_FIRST_ZONE.search(line) or "." in match.group(0) or "-" in match.group(0) and not month_first:
                # "04/03/2026 – 06:45 CET", "06.10.2026", "14-09-2026": outside the US the day comes first
                found = (year, second, first)
            elif _MONTH_FIRST_ZONE.search(line):
                found = (year, first, second)  # "03/04/2026 6:45 a.m. ET"
            elif month_first is not None:
                found = (year, first, second) if month_first else (year, second, first)
        rest = _DASHED_DATE.sub(" ", _NUMERIC_DATE.sub(" ", rest))
    text_match = _TEXT_DATE.search(line)
    if not found and text_match:
        month = _month(text_match.group("month") or text_match.group("month2"))
        day = int(text_match.group("day") or text_match.group("day2"))
        year = text_match.group("year") or text_match.group("year2")
        found = (int(year) if year else None, month, day)
    rest = _STAMP_ANY.sub(" ", rest)
    # "ABU DHABI, 22nd April, 2026 (WNA)": the agency; "18.01.2030, 08:00 (Бишкек)": where the clock is, in any script
    rest = re.sub(r"\(\s*([^\W\d_][\w&.\- ]{1,30})\)\s*$", lambda m: " " if m.group(1)[0].isupper() else m.group(0), rest)
    rest = re.sub(r"\b(?:page|p\.)\s*[A-Z]?\d{1,3}\b", " ", rest, flags=re.I)  # "Thu, Jun 18, 2026 page 1": a print edition's page
    # "Issue of Saturday, October 27, 2029 — Vol. 31, No. 43": a weekly's issue, its volume and number
    rest = re.sub(r"^\s*Issue\s+of\b|\bVol(?:ume)?\.?\s*\d{1,4}(?:,?\s*(?:No|Nr|Issue)\.?\s*\d{1,5})?", " ", rest)
    # "Date: 2026/11/13 21:05    Views: 3412": the page's counter beside its date
    rest = re.sub(r"\b(?:Views|Hits|Clicks|Visits|Reads|Page ?views)\s*[:|]?\s*[\d,.]+\s*[KkMm]?(?!\w)", " ", rest, flags=re.I)
    # "(GMT+8)", "(UTC+08:00)", "(Beijing time)": the zone the stamp is in, or what is left of it.
    rest = _ZONE_SPELT.sub(" ", rest)
    rest = _TEXT_DATE.sub(" ", rest)
    rest = _AGO.sub(" ", rest)
    rest = _DAY_AND_ZONE_WORDS.sub(" ", rest)
    rest = re.sub(r"\s#\d{1,6}\s*$", " ", rest) if "#" in rest else rest  # "01-09-2028, 08:17 PM #1": a thread's post number
    any_label, labels = _date_label_patterns(rules.date_labels + rules.date_words)
    if any_label is not None and any_label.search(rest):  # no label in the line: none to take out
        for label in labels:
            rest = label.sub(" ", rest)
    leftover = _PUNCTUATION_RUN.sub(" ", rest).strip()
    place = _PLACE_BEFORE_DATE.match(line)
    if leftover and place and set(leftover.split()) <= set(re.split(r"[\s/]+", place.group(1))):
        leftover = ""  # "Jakarta/Morowali  ●  Mon, November 9, 2026": where the story was filed, then its date
    cells = _SEPARATOR.split(line.strip())
    dated = [c for c in cells if _ANY_DIGIT.search(c)]
    if leftover and len(cells) >= KICKER_CELLS_MIN and len(dated) == 1 and _TEXT_DATE.search(dated[0]) and all(
            1 <= len(c.split()) <= KICKER_CELL_MAX_WORDS and c[:1].isupper() and not _TERMINAL.search(c) for c in cells if c not in dated) \
            and _header_date(dated[0], rules, month_first):
        leftover = ""  # "La Brisa English · Economía · domingo 14 de octubre de 2029": the site and its section, then the day
    if leftover and not (len(leftover.split()) <= 4 and (
            line.startswith(leftover + ",") or len(leftover.split()) <= 2 and (
                # "ROME 11 September 2028 17:22": the place in capitals the agency filed from, then the date
                leftover.isupper() and re.match(re.escape(leftover) + r"\s+\d", line) or
                re.match(re.escape(leftover) + r"\s[-–—]\s", line) or re.search(r"\s[-–—]\s" + re.escape(leftover) + "$", line)) or (line.rstrip().endswith(leftover) and _OUTLET_WORDS.search(leftover))
            # "December 12, 2027 08:06 Beijing": where the post was sent from, after its time (WeChat's)
            or len(leftover.split()) <= 2 and leftover[:1].isupper() and re.search(r"\d[:.]\d\d\s+" + re.escape(leftover) + r"$", line))):
        return None  # a sentence with a date in it, not a date line
    if leftover and not found:
        return None
    if not found and not (_STAMP_ANY.search(line) or _AGO.search(line)):
        return None
    return found or (None, 0, 0)


_ADDRESS = re.compile(r"^(?:(?:Level|Floor|Suite|Unit)\s+\d{1,3},\s*)?\d{1,5}\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+"
                      r"(?:Avenue|Ave\.?|Street|St\.?|Road|Rd\.?|Boulevard|Blvd\.?|Place|Square|Drive|Lane|Way|Terrace|Parade|Crescent)\b"
                      r".*(?:\b\d{5}\b|www\.|Suite|Floor|\b[A-Z]{2,3}\s+\d{4}$)")  # (... "Perth WA 6000": a state and its postcode)
# "ABN 41 623 118 904", "CIN: 0012 3456 78": a company's registration number under its name
_REGISTRATION = re.compile(r"[A-Z]{2,5}\.?\s*:?\s*(?:No\.?\s*)?\d[\d\s-]{6,}\d")
# "PICKS AND SHOVELS: AMERICAN CHIPMAKING TOOLS AND CHINA'S BUILDOUT": a title and its subtitle in
# capitals; a label has no subtitle.
_SENDER = re.compile(r"[^<>@]{2,60}<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>(?:\s+Unsubscribe)?")
_CAPS_TITLE = re.compile(r"^[A-Z][A-Z'’-]*(?:\s+[A-Z'’-]+)*:\s+[A-Z'’-]+(?:\s+[A-Z'’-]+){2,}$")


# "HEARING ON EXPORT CONTROL ENFORCEMENT ...": a hearing's title in capitals, not a label.
_PLAYER = re.compile(r"[▶►⏵⏯▷⤓⬇🎧🔊]")
_CAPS_FIELD = re.compile(r"^[A-Z]{3,}(?:\s[A-Z]{2,})?\s*:\s+\S")  # "VENUE: Small Committee Room": a form's field in capitals
_CAPS_HEARING = re.compile(r"^(?:A\s+)?HEARING\s+(?:ON|TO|ENTITLED|REGARDING|BEFORE)\b")


_RELATIVE_STAMP = re.compile(rf"(?i:posted|published|updated|first published)\s+(?:{_HOW_LONG_AGO}\s*)+"
                             rf"(?:,?\s*(?i:updated|last updated|modified)\s+(?:{_HOW_LONG_AGO}\s*)+)?")


# "Park Ji-won, HBN News.", "Lin Yu, CTV News, Taipei.": a reporter's sign-off, a name then the channel (and the place)
_SIGN_OFF_LINE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+([A-Z][\w&'’-]*(?:\s+[A-Z0-9][\w&'’-]*){0,3}"
                            r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)\.?")
_CHANNEL = re.compile(r"\b(?:News|TV|Television|Radio|Broadcasting|World)\b")
# "▶ Watch: HBN News 9, March 11", "► Video: ...": a link to a player or another page, marked by its arrow
_WATCH_LINK = re.compile(r"[▶►▷➤]\s*(?:Watch|Video|Listen|Play|Read|See|More|Related)\b")
WATCH_LINK_MAX_WORDS = 15


_CODES_CELL = re.compile(r"[^\W\d][\w ]{0,20}:\s*(?:[A-Z0-9]{2,6}|<[\w.=^-]+>)(?:\s+(?:[A-Z0-9]{2,6}|<[\w.=^-]+>))+")
_LISTED_FIELD = re.compile(r"[A-Z][a-z]+(?: [a-z]+)?\s*:\s*[^;:]{2,60}(?:;\s*[^;:]{2,60}){2,}")
MENU_MIN_CELLS = 6  # a line of this many short cells between separators is a menu, whatever its length


# "Photo - https://...", "Logo: https://...", "Video – https://...": a newswire's links to a release's media, one or more
MEDIA_LINK_LINE = re.compile(r"(?:(?:Photos?|Logo|Video|Image|Infographic|Multimedia|Audio)\s*[-–—:]\s*https?://\S+\s*)+")


def _is_furniture(line: str, rules: Rules) -> bool:
    lower = line.lower()
    if re.fullmatch(r"[#*=_\-–—•·.\s]{1,}", line) or re.fullmatch(r"\d{1,6}", line):
        return True
    if _ci_startswith(line, rules.furniture_prefixes) or re.match(r"^\d+\s+comments?\b|^comments?\s*[:(]?\s*\d+\)?$", lower):
        return True
    if _PICTURE_NUMBER.fullmatch(line.strip()):
        return True  # "3 / 7": a gallery's place, over its picture's caption
    if (listed := re.match(r"([^:]{2,60}):\s+\S", line)) and any(
            label.strip().lower() in _lowered_set(rules.contents_labels) for label in listed.group(1).split(" / ")):
        return True  # "In deze editie / In this edition: Water rules explained (p. 1) · Island Council budget (p. 3)"
    if MEDIA_LINK_LINE.fullmatch(line.strip()):
        return True  # "Photo - https://mma.wire.example/.../full.jpg": a wire release's link to its picture, the picture not copied
    if re.match(r"page\s+\d+\s*(?:/|of)\s*\d+\b", lower):
        return True  # "Page 1/1   <PAGE FWD> for more headlines", "Page 2 of 3": a pager's place
    cells = re.split(r"\s*[·•,]\s*|\s+[—–]\s+", line.strip())
    if len(cells) >= TAGLINE_MIN_CELLS and "·" in line and all(
            1 <= len(c.split()) <= 3 and all(w[:1].isupper() or w in ("&", "and", "of") for w in c.split()) for c in cells):
        return True  # "Grenada · Carriacou · Petite Martinique — Ideas, Business, Culture": a magazine's tagline, places and beats
    if _PUBLICATION_BLURB.search(line) and not _TERMINAL_BUT_COLON.search(line.rstrip()):
        return True
    if _FILE_NAME_LINE.fullmatch(line.strip()) or _DOCKET_LINE.match(line.strip()):
        # "harborline_tro_order_ecf19.pdf — 14 pages": a document viewer's bar over the copy; "Case 1:29-cv-02417-CMA
        # Document 19 Filed 09/07/29 Page 4 of 14", "Civil Action No. 29-cv-02417 (CMA)": a court filing's running head
        # and its docket number
        return True
    if re.fullmatch(r"\d[\d,]*\s+of\s+\d[\d,]*|to me", lower) or _SENDER.fullmatch(line) and not _EMAIL_HEADER.match(line):
        return True  # a mail reader's "1 of 3,104", and its sender line: "The Fab Ledger <ngozi@fabledger.news> Unsubscribe"
    if re.match(r"^[【\[].{1,12}[】\]](?:\s*[【\[].{1,12}[】\]])*$", line) or re.fullmatch(r"[\[【][^\[\]【】]{1,80}[\]】]", line):
        return True  # 【Print】 【Close】, "[House Hearing, 119 Congress]", "[EXCERPT]"
    words = _lowered_set(rules.furniture_words)
    tokens = [t for t in re.split(r"[\s|,/·•]+|\s-\s", line) if t]
    if tokens and all(t.lower() in words or t.lower().rstrip(":") in words or COUNTER.fullmatch(t) for t in tokens) \
            and not all(COUNTER.fullmatch(t) for t in tokens):
        return True  # (a share bar's buttons, perhaps with its count: "258 Shares Buffer Share Pin Tweet Share Email")
    if lower in _lowered_set(_kickers(rules)):
        return True
    posted = [t for t in re.split(r"[\s•·]+", line) if t and t.isascii()]
    if posted and all(re.fullmatch(r"\d{1,2}(?:s|m|h|d|w|mo|y)|Edited|\+|Follow|Following", t) for t in posted):
        return True  # "3d • Edited • 🌐": when a post went up, relative to when it was copied
    if _RELATIVE_STAMP.fullmatch(line):
        return True  # "Posted 5h ago5 hours ago, updated 1h ago1 hour ago": how long ago, relative to the copy
    if _CAST_LINE.match(line) and not re.search(r"[.!?](?:\s|$)", line):
        return True  # "Host: Theo Marchetti", "Guest: X, former adviser": who speaks, not the title
    letters = [c for c in line if c.isalpha() and c.isascii()] if len(line.split()) <= 10 else []  # (long: never)
    if len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.75 * len(letters) and len(line.split()) <= 10 \
            and not _CAPS_TITLE.match(_ITEM_NUMBER.sub("", line)) and not _CAPS_HEARING.match(line) \
            and not _names_in_capitals(line, rules):
        return True  # letterheads, site names and section labels in capitals (not "TITLE: ITS SUBTITLE")
    trail = re.split(r"\s*[›»]\s*", line)
    if len(trail) >= 3 and all(1 <= len(s.split()) <= 3 for s in trail[:-1]):
        return True  # "Business News›News›Economy›Policy›Rare earth crunch: ...": a trail, the page's own headline at its end
    segments = _SEPARATOR.split(line)
    if len(segments) >= 2 and all(1 <= len(s.split()) <= 5 for s in segments) and sum(len(s.split()) for s in segments) <= 16:
        return True  # breadcrumbs, "Site | Section", "Series | Report No. 7"
    if all(_CODES_CELL.fullmatch(cell.strip()) for cell in line.split(" | ")):
        return True  # a wire terminal's codes: "Códigos: ENR SOLR TRD USA CHN ARG | Tickers: <MSWK.O> <CLRV.N>"
    if _LISTED_FIELD.fullmatch(line):
        return True  # a record's field listing people or terms: "Responder: Brandt-Okonkwo, Felix; Oyelaran-Quist, Harriet; ..."
    if len(segments) >= MENU_MIN_CELLS and all(1 <= len(s.split()) <= 3 for s in segments):
        return True  # a menu however long: "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | ..."
    if _REGISTRATION.fullmatch(line):
        return True
    if len(line.split()) <= 24 and _ADDRESS.search(line) and not _TERMINAL.search(line):
        return True  # a letterhead's address: "1150 Connecticut Avenue NW, Suite 900 | Washington, DC 20036 | www.example.org"
    return False


def _names_in_capitals(line: str, rules: Rules) -> bool:
    """"HARUKA MINEGISHI, DAISUKE ORITO and YU XINRAN": a byline in capitals, names of two or three words each (one a
    given or family name the registry knows), not a letterhead."""
    parts = [p for p in re.split(r"\s*(?:,|&|\band\b|\bAND\b)\s*", line) if p]
    return len(parts) >= 2 and all(2 <= len(p.split()) <= 3 and p.replace("-", "").replace(" ", "").isalpha() for p in parts) \
        and all(any(_given_name(w.title(), rules) for w in p.split()) for p in parts)


def _kickers(rules: Rules) -> tuple[str, ...]:
    """The labels printed before a headline: the registry's kickers and a wire's version tags."""
    return (*rules.kickers, *rules.version_tags)


_OUTLET_TAG = re.compile(rf"(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){{0,3}}{_OUTLET_WORDS.pattern}")  # "The Hanseong Daily"


def _bracketed_kicker(line: str, rules: Rules) -> re.Match | None:
    """"[Exclusive] Samsung ...", "【Breaking】", "(LEAD)": a kicker in brackets before the headline."""
    bracketed = re.match(r"^[\[【(]([^\]】)]{2,30})[\]】)]\s*", line)
    if not bracketed:
        return None
    label = bracketed.group(1).strip().lower()
    if bracketed.group(0).startswith("[") and _OUTLET_TAG.fullmatch(bracketed.group(1).strip()) \
            and len(line[bracketed.end():].split()) >= 4:
        return bracketed  # "[The Hanseong Daily] Korean chipmakers' ...": an app's share text tags the headline with its paper
    kickers = {k.lower() for k in _kickers(rules)}
    # ... or a paper's series in brackets that ends with one: "[Herald Interview]", "[Weekend Exclusive]"
    return bracketed if label in kickers or (len(label.split()) <= 3 and label.split()[-1] in kickers
                                            and len(line[bracketed.end():].split()) >= 4) else None


_CRUMBS = re.compile(r"^(?:[A-Z][\w&'’]*(?: [A-Z&][\w&'’]*){0,2}\s*/\s*){2,}")  # a breadcrumb's sections before the headline
_ITEM_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=[A-Z\"“‘'])")


def _under_contents(index: int, kinds: list[tuple[int, str, str]], rules: Rules) -> bool:
    """Is this numbered line an item of a table of contents ("IN THIS ISSUE" over "1. ...", "2. ...",
    no blank line between)?"""
    for line, kind, text in reversed(kinds):
        if line != index - 1:
            return False
        if kind == "furniture" and _ITEM_NUMBER.match(text):
            index = line
            continue
        return kind == "furniture" and text.rstrip(" :").lower() in _lowered_set(rules.contents_labels)
    return False


_PAGED_ITEM = re.compile(r"[A-Z].{1,80}?\s\d{1,3}")  # a contents line: a section, then its page


def _paged_contents(kinds: list[tuple[int, str, str]], rules: Rules) -> bool:
    """Is this line under a contents label, after nothing but other paged lines?"""
    for _, kind, text in reversed(kinds):
        if text.rstrip(" :").lower() in _lowered_set(rules.contents_labels):
            return True
        if not _PAGED_ITEM.fullmatch(text):
            return False
    return False


WRAPPED_TITLE_LINE_MAX_WORDS = 12  # a title's first line where it wraps over two
_WIRE_SLUG = re.compile(r"(?:(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS|COLUMN)"
                        r"(?:\s+\d{1,2})?\s*-\s*)+(?=[A-Z0-9\"“‘'])")


def _strip_headline(line: str, rules: Rules) -> tuple[str, list[str]]:
    """A headline line without the furniture printed on it: site names, section labels, kickers, timestamps."""
    removed: list[str] = []
    line = _LINE_HEADING.sub("", line).strip()
    stamp = re.search(rf"\s+{_ISO_STAMP.pattern}\s*$", line)
    if stamp and len(line[:stamp.start()].split()) >= 4:
        removed.append(stamp.group(0).strip())
        line = line[:stamp.start()].strip()
    subject = re.match(r"^Subject\s*:\s*(?:(?:Re|Fwd?)\s*:\s*)*\[[^\]]{2,40}\]\s*", line, re.I) \
        or re.match(r"^\[[^\]]{2,40}#\s*\d+\]\s*", line)  # "[Chokepoint Dispatch #88] ...": the issue's name and number
    if subject and len(line[subject.end():].split()) >= 4 and (not _TERMINAL.search(line) or "#" in subject.group(0)):
        removed.append(subject.group(0).strip())  # "Subject: [Vistula Trade Brief] Tariff truce extended, ...": the issue's title
        line = line[subject.end():]
    site = _SITE_TAIL.search(line)
    if site and len(line[:site.start()].split()) >= 5:
        removed.append(site.group(1))  # "... as price floor fight heats up - SCPB News": a browser tab's title
        line = line[:site.start()]
    tab = _TAB_TAIL.search(line)
    if tab and len(line[:tab.start()].split()) >= 5 and len(tab.group(1).split()) <= TAB_TAIL_MAX_WORDS:
        removed.append(tab.group(1))  # "... pile up | Ekonomický deník English", "... | The Week in Trade": a tab's site or show
        line = line[:tab.start()]
    issue = _ISSUE_HEAD.match(line)
    if issue and len(line[issue.end():].split()) >= 4:
        removed.append(issue.group(0).strip(" -–—:|·•"))
        line = line[issue.end():]
    issue = _ISSUE_TAIL.search(line)
    if issue and len(line[:issue.start()].split()) >= 4:
        removed.append(issue.group(0).strip(" |·•"))  # "... and the cobalt squeeze | Brief #87": the issue's number
        line = line[:issue.start()]
    slug = _WIRE_SLUG.match(line)
    if slug and len(line[slug.end():].split()) >= 4:
        removed.append(slug.group(0))  # "UPDATE 2-US, China open Stockholm talks ...": a wire's version and kind, run on
        line = line[slug.end():]
    crumbs = _CRUMBS.match(line)
    if crumbs and len(line[crumbs.end():].split()) >= 5:
        removed.append(crumbs.group(0).strip())  # "Business News/ Industry / Automobile/ Rare earth relief for ..."
        line = line[crumbs.end():]
    number = _ITEM_NUMBER.match(line)
    if number and len(line[number.end():].split()) >= 3:
        removed.append(number.group(0).strip())  # "1. AFTER BUSAN: ...", "14. Question Time ...": an item's number
        line = line[number.end():]
    for _ in range(3):
        bracketed = _bracketed_kicker(line, rules)
        if bracketed:
            removed.append(bracketed.group(0).strip())
            line = line[bracketed.end():]
            continue
        # (... or a play mark after it: "NEW ▶ US blacklists 14 Chinese ...", a thread's first post)
        kicker = _ci_startswith(line, tuple(f"{k}{sep}" for k in _kickers(rules) for sep in (":", " -", " ▶", " ►")))
        if kicker and kicker.endswith(":") and kicker[:-1].casefold() in {k.casefold() for k in rules.headline_kinds}:
            break  # "Interview: "The crane war is an opportunity ...," says port expert": the headline's own first word
        if kicker:
            removed.append(line[:len(kicker)])
            line = line[len(kicker):].strip()
            # 'HEARING: "Guarding the Lab Door"': the label's title in quotes is the title.
            quoted = re.fullmatch(r"[\"“]([^\"“”]+)[\"”]", line)
            line = quoted.group(1) if quoted else line
            continue
        # "NewsWire - US confirms ...": a short name, a dash, then the headline.
        match = re.match(r"^((?:[A-Z][\w.&']*\s?){1,4})\s+(?:[-–—|»]|::)\s+(?=\S)", line)
        if match and len(line[match.end():].split()) >= 5:
            removed.append(match.group(1).strip())
            line = line[match.end():]
            continue
        # "Site Name SECTION LABEL Headline": a run of capitals after a short name or alone as a kicker.
        match = re.match(r"^((?:[A-Z][\w.&']*\s+){0,4}?)((?:[A-Z]{3,}\s+)+)(?=[A-Z])", line)
        run = match.group(2).split() if match else []
        if match and not line.isupper() and not re.match(r"^[A-Z][A-Z\s'’&-]+:", line) and len(line[match.end():].split()) >= 5 and not any(w in rules.titles for w in run) and (
                any(match.group(2).strip().lower() == k.lower() for k in _kickers(rules)) or len(run) >= 2):
            removed.append(line[:match.end()].strip())
            line = line[match.end():]
            continue
        break
    return line.strip(), removed


_ORG_HEAD = re.compile(r"^(?:The\s+)?(?:[\w.'’]+\s+){0,3}?(?:Ministry|Department|Embassy|Consulate|Office|Bureau|Mission|"
                       r"Permanent Mission|Delegation|Committee|Subcommittee|Commission|Panel|Council|Board)\s+(?:of|on)\b"
                       # ... and a think tank's: "HALVORSEN CENTER FOR ECONOMIC STATECRAFT", "Institute for Security Studies"
                       r"|^(?:The\s+)?(?:[\w.'’]+\s+){0,3}?(?:Center|Centre|Institute|Foundation|Endowment|Academy)\s+(?:for|of|on)\b", re.I)
_FUNCTION_WORDS = frozenset("of the and for on in at to 's & de du".split())


def _headline_case(caps: str) -> str:
    """"LEVERAGE ON LOAN" as a headline writes it: "Leverage on Loan"."""
    return " ".join(w.lower() if n and w.lower() in _SMALL_WORDS else w.capitalize() for n, w in enumerate(caps.split()))


_SMALL_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "and", "or", "for", "to", "at", "by", "with", "as", "vs"})


def _titled_sentences(line: str) -> bool:
    """"The Parts Rule Is Smart Policy. Its Allies Problem Is Not New.": an opinion's headline, its sentences in a
    headline's capitals, which neither a dek nor the text has."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", line) if w.lower() not in _FUNCTION_WORDS
             and w.lower() not in ("a", "an", "with", "as", "by")]
    return len(line.split()) <= TITLED_SENTENCES_MAX_WORDS and line.endswith(".") and ":" not in line \
        and not line.isupper() and len(words) >= 4 and all(w[0].isupper() for w in words)  # (not "A: Welcome back to ...")


def _title_cased(line: str) -> bool:
    """"Govt Resists U.S. Call to Match China Chip-Tool Servicing Curbs": a headline's capitals, which captions lack."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", line) if w.lower() not in _FUNCTION_WORDS and w.lower() not in ("a", "an", "with", "as", "by")]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= len(words) - len(words) // 8


_ELIDED_NAME_WORD = re.compile(r"[dl][’'][A-ZÀ-Þ]")  # "d'Analyse", "l'Économie": a French name's word after its elided article


_DOCUMENT_KIND_ON = re.compile(r"(?:Briefing|Hearing|Report|Statement|Remarks|Submission|Debate|Consultation|Testimony|"
                               r"Evidence|Roundtable|Webinar|Discussion|Seminar|Workshop|Symposium)\s+(?:on|about|into|regarding)\s")


def _is_letterhead(line: str, registry: Registry) -> bool:
    """An organisation's name alone on a line, as letterheads print it: "Ministry of Commerce of the
    People's Republic of China", "Office of the United States Trade Representative". No verb: every word
    is a capitalised name word or a function word."""
    words = line.replace("’", "'").split()
    if not 2 <= len(words) <= 16 or _TERMINAL.search(line) or ":" in line or "," in line and not _ORG_HEAD.match(line):
        return False  # (but "Senate Committee on Banking, Housing, and Urban Affairs" lists its fields)
    if _DOCUMENT_KIND_ON.match(line):
        return False  # "Briefing on the United States Sequencer Rule and Fiji's ... Laboratory": a meeting's title
    if words[0] in registry.rules.organization_heads and all(
            w[0].isupper() or len(w) <= 3 and w.islower() or _ELIDED_NAME_WORD.match(w) for w in words):
        return True  # a body whose name opens with its kind: "Centre Sahélien d'Analyse des Politiques de Santé"
    if not all(w[0].isupper() or w.lower() in _FUNCTION_WORDS or w.lower().startswith("'") for w in words):
        return False
    if _ORG_HEAD.match(line):
        return True
    names = registry.names()
    if line in names and registry.entities.get(names[line]) and registry.entities[names[line]].kind == "organization":
        return True
    if len(words) >= 6 and re.search(r"\bto\s+[A-Z][a-z]", line):
        return False  # "China to Demand On-Site Checks of US Buyers of Heavy Rare Earths": a headline in title case, a verb
    last = words[-1].rstrip(",")
    return any(last.lower() == suffix.lower().rstrip(".") for suffix in registry.rules.organization_suffixes
               if " " not in suffix)


def _speaker_line(line: str, rules: Rules) -> bool:
    """"Jane Doe, Assistant Secretary for Economic Affairs": a name, then an official title."""
    name, _, role = line.partition(",")
    role = role.strip()
    return bool(_NAME.match(name.strip()) and role and len(line.split()) <= 16 and not _TERMINAL.search(line)
                and _title_opens(rules.titles).match(role))


@lru_cache(maxsize=8)
def _title_opens(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A role that opens with one of the titles (capitalised), after any "Deputy", "Assistant" ...: one
    pattern for them all, which matches where any of the patterns made for each title one by one would
    (and is compiled once, not looked up in re's cache once per title and line)."""
    opening = "|".join(re.escape(t) for t in titles if t[:1].isupper())
    return re.compile(rf"(?:(?:Deputy|Assistant|Under|Acting|Principal|Senior|Vice|Chief)\s+)*(?:{opening})\b"
                      if opening else "(?!)")


_AUTHOR_LINE = re.compile(rf"^(?P<names>{_NAME_WORD}(?:[ ,]+(?:(?:and|with|&)\s+)?{_NAME_WORD}|\s+(?:{NAME_PARTICLE})"
                          # ... "A in London and B in Washington": a place after each name
                          rf"|\s+in\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+)?(?=\s+and\s|,)){{1,11}})"
                          r"(?:\s+in\s+[A-Z][\w.' -]{1,40}(?:,\s*[A-Z][\w.' -]{1,30})?)?$")


_DESK_WORDS = r"(?:Bureau|(?:News\s+)?Desk|Newsroom|Secretariat)"  # the desk an outlet's writers file for: "Bharat Ledger Bureau"
# (... or the office a body's writer works in: "By Liza Manalastas | MBCBG Secretariat")
# (... or "Tokai Keizai staff writers": the paper's staff, its job in lower case)
_DESK_TAIL = re.compile(rf",\s*(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,4}}\s+(?:{_DESK_WORDS}|Staff|News Service"
                        rf"|(?i:staff\s+(?:writers?|reporters?|correspondents?)))$")
_LIVE_SHIFT = re.compile(r"\s*\((?:earlier|now|updated)\)(?=\s|,|$)", re.I)


def _and_joined(line: str, rules: Rules) -> str:
    """"Marloes van der Heijden en Bram Oosterhuis": "and" in the page's language between two names, in English."""
    joiners = [w for w in rules.byline_and if w not in ("avec", "with")]
    return re.sub(rf"(?<=\w)\s+(?:{'|'.join(map(re.escape, joiners))})\s+(?=[A-ZÀ-Þ])", " and ", line) if joiners else line


def _author_line(line: str, registry: Registry) -> re.Match | None:
    """A line that is only authors under a title, without "By": "Yifan Lou in Beijing",
    "Priya Raman, Thomas Beckett, and Ana Lucía Ferrer". One name needs its place, a list needs two names."""
    line = _LIVE_SHIFT.sub("", line)  # a live blog's "A (now) and B (earlier)"
    line = _and_joined(line, registry.rules)
    slash = re.fullmatch(r"(.+?)\s*/\s*([A-Z][\w .'-]+)", line)
    filed_from = bool(slash) and slash.group(2).strip() in registry.place_names  # "Alejandra Ruiz Tapia/Monterrey"
    line = slash.group(1) if filed_from else line
    line = _DESK_TAIL.sub("", line)  # "A & B, Bharat Ledger Bureau": the outlet's desk they write for
    match = _AUTHOR_LINE.match(line)
    if not match or len(line.split()) > 14:
        return None
    names = [re.sub(r"\s+in\s+[A-Z].*$", "", p) for p in re.split(r"\s*(?:,|&|\band\b|\bwith\b)\s*", match.group("names")) if p]
    placed = len(names) == 2 and names[1] in registry.place_names and "," in line or filed_from  # "Shiori Nakagawa, Tokyo"
    names = names[:1] if placed else names
    if re.search(r"\bwith\b", match.group("names")) and not all(_given_name(n.split()[0], registry.rules) for n in names):
        return None  # "Xavier Delorme-Aziz with Song Yutong", not a show's name with its host ("Market Sunday with A")
    titles = _title_words(registry.rules)  # ("Tan Sri": "Tan" is a name)
    suffixes = _lowered_set(registry.rules.organization_suffixes)  # ("Natural Resources and Fuel Department": an office)
    if not all(_NAME.match(n) and not _looks_like_outlet(n, registry) and n not in registry.names()
               and not any(w.lower() in titles for w in n.split()) and n.split()[-1].lower() not in suffixes for n in names):
        return None
    if len(names) < 2 and " in " not in line and not placed and not (
            len(names[0].split()) in (2, 3, 4)
            and re.sub(rf"^{GIVEN_NAME_ABBREVIATION}\s+", "", names[0]).split()[0] in registry.rules.given_set) \
            and not _FAMILY_THEN_GIVEN.fullmatch(names[0]) and not _vietnamese_name(names[0], registry) \
            or len(names) < 2 and _FAMILY_THEN_GIVEN.fullmatch(names[0]) \
            and names[0].split()[0] not in registry.rules.family_name_first:
        # one name alone is a byline only when it can only be a person's ("Margaret Ellery-Quinn"; "Song Ji-hoon", a
        # family name and a given name of two syllables joined)
        return None
    return match


_FAMILY_THEN_GIVEN = re.compile(r"[A-Z][a-z]{1,6} [A-Z][a-z]{1,6}-[a-z]{1,6}")  # "Song Ji-hoon", "Tseng Pei-chun"
def _vietnamese_name(name: str, registry: Registry) -> bool:
    """"Nguyễn Thu Hằng" alone under the date: a family name that comes first, then two syllables of a given name (with
    Vietnamese marks, or a middle name only Vietnamese names have), can only be a person's."""
    words = name.split()
    return len(words) in (3, 4) and words[0] in registry.rules.family_name_first and all(
        re.fullmatch(r"[A-ZÀ-ỸĐ][a-zà-ỹđ]{1,6}", w) and w not in registry.not_people for w in words) and (
        any(not w.isascii() for w in words) or words[1] in registry.rules.vietnamese_middle_names)


def _title_words(rules: Rules) -> frozenset[str]:
    """The words of titles, jobs and roles, in lower case: "Ranking Member" under a signature is a job, no name."""
    return frozenset(w.lower() for t in (*rules.titles, *rules.author_titles, *rules.role_words) for w in t.split()) \
        - frozenset(f.lower() for f in rules.family_name_first)


_NAME_THEN_REPORTER = re.compile(r"(.{4,40}?)\s+(?:senior\s+|staff\s+|chief\s+)?(?:reporter|correspondent|journalist)")
_END_SQUARE = re.compile(r"(?<=[.!?\"”’)])\s*[■□◼◾]\s*$")  # a magazine's end mark after the last sentence
_CAPS_BYLINE_AT_END = re.compile(r"\bBY\s+((?:[A-Z][A-Z'’-]+\s+){1,3}[A-Z][A-Z'’-]+(?:,\s*(?:[A-Z][A-Z'’-]+\s+){1,3}[A-Z][A-Z'’-]+)*)"
                                 r"\s*\[[\w.+-]+@")
_NAME_OVER_TAGS = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+(?=(?:Tags|Topics|Keywords)\s*:"
                             r"|Related\s+(?:news|articles|stories|posts)\b)")
SUBJECT_PREFIX_MIN_WORDS = 5  # a subject line's headline cut short still names it
CARD_LINE_MAX_WORDS = 14  # "A, Senior Fellow, Geoeconomics Programme": a name and a job, no sentence
_WIRE_SOURCE_LINE = re.compile(r"SOURCE\s+[A-Z][\w&.,'’ -]{1,80}")  # (in capitals: the wire's mark, no sentence's word)
WIRE_SOURCE_REACH = 12  # the wire's promotion under it is a few lines
_CONTACT_LABEL = re.compile(r"\b(?:contacts?|inquiries|enquiries)\s*[:：]$", re.I)  # "Media Contact:" alone
CONTACT_MAX_WORDS = 12
CONTACT_REACH = 10  # a contacts' label this near the end, its cards under it
_ANCHORS = ("byline", "date", "author-block")
_BULLET = re.compile(r"^[-•*·▪–]\s")
_BELOW_TITLE = ("furniture", "date", "byline", "author-block", "caption", "standfirst", "source")
# "Priya Raman - Vice President, Investor Relations", "Brian Cho, Ridgeway Partners": a participant's name, then who they are.
_PARTICIPANT_SPLIT = re.compile(r",|\s+[-–—]\s+")
# Who keeps a call going: a speaker label that names no one.
_CALL_ROLES = frozenset({"operator", "moderator", "host", "presenter", "coordinator"})
_PARTICIPANTS_LABEL = re.compile(r"(?:[A-Z][a-z]+\s+){0,3}(?:Participants|Speakers|Guests?|Panel+ists|Attendees|Featuring|Moderated by|Moderators?)\s*:?", re.I)
PARTICIPANT_JOB_MAX_WORDS = 25
_JOB_LINE = re.compile(r"^(?:(?:Senior|Managing|Chief|Executive|Deputy|Vice|Associate|Assistant|General|Lead|Principal|Head)\s+"
                       r"|Registered\s+(?:Foreign\s+)?)?([A-Z][a-z]+)\b")  # (... "Registered Foreign Lawyer": a firm's job)
_BYLINE_LABEL = re.compile(r"^(?:By|Authors?|Written by|Reporter)\b\s*[:：]?", re.I)
_EMAIL_HEADER = re.compile(r"^(?:From|To|Cc|Bcc|Subject|Reply-To|Sender)\s*:", re.I)


def _masthead(line: tuple[int, str, str], kinds: list[tuple[int, str, str]]) -> bool:
    """"THE TARIFF DESK" in capitals, the name the e-mail comes from ("From: The Tariff Desk <...>"):
    a newsletter's masthead, under which comes its tagline, not a headline."""
    _, kind, text = line
    if kind != "furniture" or not text.isupper() or not 2 <= len(text.split()) <= 6:
        return False
    # ... or as a mail reader prints its sender, unlabelled: "Fab & Freight <editors@fabandfreight.news>" (and its link
    # "Unsubscribe")
    return any((re.match(r"(?:From|Sender)\s*:", other, re.I) or re.search(r"<[^<>\s]+@[^<>\s]+>(?:\s+Unsubscribe)?\s*$", other))
               and text.lower() in other.lower() for _, _, other in kinds)


_CAST_LINE = re.compile(r"^(?:Hosts?|Guests?|Moderators?|Panelists?|Presenters?|Spokes(?:person|man|woman))\s*[:：]\s*[A-Z]")
_ISSUE_NUMBER = r"(?:Episode|Ep\.?|Issue|No\.|Vol\.|N[°º]|#)\s*(?:No\.?\s*|#)?\d+"  # "Issue #87", "Episode 212", "No. 19", "N° 212"
_NUMBERED_ISSUE = re.compile(rf"^{_ISSUE_NUMBER}\s+[|·•/]", re.I)  # "Episode 212 · 18 Sep 2026"
_ISSUE_SEGMENT = re.compile(_ISSUE_NUMBER, re.I)


_SITE_TAIL = re.compile(r"\s+[-–—|]\s+((?:The\s+)?(?:[A-Z][\w.&'’]*\s+){0,3}(?:" + "|".join(OUTLET_WORDS) + r"))$")
# A browser tab's title names the site or the show after a bar; no headline ends on one (none of the blind sets' golds).
_TAB_TAIL = re.compile(r"\s+\|\s+((?:The\s+)?[A-Z0-9][^|]*?)\s*$")
TAB_TAIL_MAX_WORDS = 5
_MAIL_DATE = re.compile(r"(?:Date|Sent)\s*:\s*\S", re.I)  # a mail's header: the day it was sent
# A note to those the copy is sent to, over it: "Syndication partners: please run ...", "Note to desks: ..."
_RECIPIENTS_NOTE = re.compile(r"(?:(?:Syndication|Wire|Media|Content|News)\s+)?(?:partners|clients|subscribers|desks|editors)\s*:\s*"
                              r"(?:please|kindly|note|do not|this (?:copy|text|story))\b|Note\s+to\s+(?:partners|clients|subscribers|desks)\s*:",
                              re.I)
# A word processor's or a reader's window title over the document copied from it: its file's name, the mode, the app
_DOCUMENT_WINDOW = re.compile(r"\S+\.(?:docx?|odt|rtf|pdf|pages|pptx?|xlsx?)(?:\s+\[[^\]]{2,40}\])?"
                              r"(?:\s+[-–—]\s+(?:Microsoft\s+)?(?:Word|LibreOffice\s+Writer|Pages|Google\s+Docs|Adobe\s+Acrobat[\w ]*|Preview))?",
                              re.I)
_COUNTED = re.compile(r"[\d.,]+\s*(?:[KkMB]|ألف|مليون|mil|k)?\s+(?:views|likes|subscribers|comments|shares|reads|plays|listens|reposts"
                      # (... in the video site's language: "18,432 مشاهدة", "48 mil visualizaciones", "12 k vues")
                      r"|مشاهدة|مشاهدات|مشترك|مشتركين|visualizaciones|visualizações|vues|aufrufe|visualizzazioni|weergaven|wyświetle\w*"
                      r"|просмотр\w*|görüntüleme|lượt xem|次观看|次觀看|회)(?!\w)", re.I)
_COUNTED_ON = re.compile(_COUNTED.pattern + r"[\s•·]+(?:(?:Premiered|Streamed live(?: on)?|Published(?: on)?|Uploaded(?: on)?"
                         r"|تم البث مباشرةً? في|تم العرض لأول مرة في|تاريخ البث|Emitido en directo el|Estrenado el|"
                         r"Diffusé en direct le|Première le|Live übertragen am|Premiere am|Transmitido ao vivo em|Estreou em)\s+)?"
                         r"(\w+\.? \d{1,2},? \d{4}|\d{1,2}\.? \w+\.? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:\s+#\w+)*\s*$", re.I)
_NAME_AND_OUTLET = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*\(((?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})\)")


def _loose_name(name: str) -> str:
    # (Turkish "İ" folds to "i" and a combining dot: "GALATA EKONOMİ" is "Galata Ekonomi")
    return re.sub(r"^the\s+", "", name.casefold().replace("\u0307", ""))


_POSTER_CLOCK = re.compile(r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+\d{1,2}:\d\d\s?[AaPp]\.?[Mm]\.?")
_TIMED_ITEM = re.compile(r"\d{1,2}:\d\d\s+\S+\s+\S+\s+\S+")  # a clock, then a headline of some words
TIMED_LIST_MIN_ITEMS = 3
_ISSUE_TAIL = re.compile(r"\s+[|·•]\s+(?:[A-Z][\w'’]*\s+){0,3}(?:#\s*|No\.\s*|Issue\s+)\d+$")
# ... or at its head, alone: "N° 212 - Batteries d'Ambohimanambola : ...", "No. 37 — US lift controller rule ..."
_ISSUE_HEAD = re.compile(r"^(?:N[°º]|No\.|Nr\.|Núm\.|Issue|#)\s*\d{1,5}\s*[-–—:|·•]\s+")


ISSUE_TAGLINE_MAX_WORDS = 10  # the newsletter's tagline in the issue line's first cell


# An issue line's cells: set apart as a title's are, or by dashes ("N° 212 -- vendredi 31 mai 2030", a plain-text letter's)
_ISSUE_CELLS = re.compile(r"\s+(?:\||›|»|>|/|·|•|—|–|--)\s+")


def _issue_day(text: str, header_date) -> tuple[int | None, int, int] | None:
    """The day an issue line gives ("Issue 88 · Thursday 31 January 2030"), if it is one."""
    return next((d for p in _ISSUE_CELLS.split(text) if (d := header_date(p))), None) if _issue_line(text, header_date) else None


def _issue_line(text: str, header_date) -> bool:
    """"Episode 212 · 18 Sep 2026 · 23 min", "West Africa's metals & trade newsletter · Issue #87 · 10.09.2026": an
    issue's number and its date among a few short cells (the first, the newsletter's tagline, may be longer: "Telecoms,
    cables and connectivity across the Pacific | Issue 88 · Thursday 31 January 2030")."""
    segments = _ISSUE_CELLS.split(text)
    return len(segments) >= 2 and (bool(_NUMBERED_ISSUE.match(text)) or any(_ISSUE_SEGMENT.fullmatch(p) for p in segments)) \
        and all(len(p.split()) <= (4 if _NUMBERED_ISSUE.match(text) else ISSUE_TAGLINE_MAX_WORDS if n == 0 else 6)
                for n, p in enumerate(segments)) \
        and sum(bool((header_date(p) or (0,))[0]) for p in segments) == 1


def _names_with_places(text: str, registry: Registry) -> list[str]:
    """"Irene Kuo, Taipei; Rhys Pemberton-Lau, TechFab Asia": writers, each with where or for whom they file, set apart by
    semicolons. Their names, or [] for any other line."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2 and text.count(",") == 2:
        parts = [p.strip() for p in re.split(r"\s+(?:&|and)\s+", text)]  # "A, Lagos & B, Abuja"
    pairs = [p.split(",", 1) for p in parts]
    if len(parts) < 2 or not all(len(pair) == 2 for pair in pairs):
        return []
    names = [name.strip() for name, _ in pairs]
    rules = registry.rules
    if all(_NAME.fullmatch(n) and 2 <= len(n.split()) <= 4 and (
            _given_name(n.split()[0], rules)  # ... or a family name first, then a given name of two syllables joined
            or n.split()[0] in rules.family_name_first and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", n.split()[-1]))
           and not _looks_like_outlet(n, registry) and 1 <= len(rest.split()) <= 4 for n, (_, rest) in zip(names, pairs)):
        return names
    return []


def _name_then_outlet(text: str, registry: Registry) -> bool:
    """"Kervin Joseph-Alcide, PTV News": a writer whose given name the registry knows, a comma, then the outlet."""
    name, comma, outlet = text.partition(", ")
    return bool(comma) and _NAME.fullmatch(name) is not None and 2 <= len(name.split()) <= 4 \
        and _given_name(name.split()[0], registry.rules) and 1 <= len(outlet.split()) <= 4 \
        and _looks_like_outlet(outlet.strip(), registry) and not _looks_like_outlet(name, registry)


CARD_REACH = 8  # blocks from the top of the text an analyst's card may sit in
AUTHORS_LIST_REACH = 40  # blocks from the end an "Authors" list may start: related links and disclaimers may follow it


def _analyst_card(rows: list[str], registry: Registry) -> str:
    """The name on an analyst's card: a name (its credentials after it), a job, and the firm, telephone or e-mail under
    them, a line each (up to the next blank line); "" for any other rows."""
    rows = [r.strip() for r in itertools.takewhile(str.strip, rows)]
    if not 3 <= len(rows) <= 6:
        return ""
    name, rules = _CREDENTIALS.sub("", rows[0]).strip(), registry.rules
    job = _JOB_LINE.match(rows[1])
    return name if _NAME.fullmatch(name) and 2 <= len(name.split()) <= 4 and not _looks_like_outlet(name, registry) \
        and job and job.group(1).lower() in {*rules.author_titles, *rules.role_words} and len(rows[1].split()) <= 4 \
        and any(_CONTACT_CELL.search(r) for r in rows[2:]) else ""


def _authors_listed(rows: list[str], registry: Registry) -> tuple[list[str], int]:
    """The names under an "Authors" label, a line each, each over its own lines of office, telephone or e-mail (up to
    the next blank line, or the first line that is none of these), and the rows they take: ([], 0) for any other rows."""
    rows = [r.strip() for r in itertools.takewhile(str.strip, rows)]
    if len(rows) < 3 or not re.fullmatch(r"Authors?\s*:?", rows[0], re.I):
        return [], 0
    names: list[str] = []
    n = 1
    # (the list ends where the page goes on without a blank line: "Related Capabilities" / "International Trade")
    while n < len(rows) and _NAME.fullmatch(rows[n]) and 2 <= len(rows[n].split()) <= 4 \
            and not _looks_like_outlet(rows[n], registry):
        contact = next((m for m in range(n + 1, min(n + 4, len(rows))) if _CONTACT_CELL.search(rows[m])), None)
        if contact is None:
            break
        names.append(rows[n])
        n = next((m for m in range(contact, len(rows)) if not _CONTACT_CELL.search(rows[m])), len(rows))
    return (names, n) if names and (n == len(rows) or not _NAME.fullmatch(rows[n]) or len(names) >= 2) else ([], 0)


def _issue_byline(text: str, registry: Registry) -> tuple[str, str] | None:
    """"Issue #118 · By Odile Marchetti-Rao": an issue's number and its writer on one line. (The byline, the rest.)"""
    cells = _SEPARATOR.split(text)
    byline = [c for c in cells if _byline_line(c, registry)]
    rest = [c for c in cells if c not in byline]
    if len(byline) == 1 and rest and any(_ISSUE_SEGMENT.fullmatch(c) for c in rest) and all(len(c.split()) <= 4 for c in rest):
        return byline[0], " · ".join(rest)
    return None


_SUBJECT_LIKE = re.compile(r"[^:]{2,40}#\s*\d+\s*[:|–—-]\s+\S")  # "Chokepoint #112: ...": a newsletter's issue and its title
def _without_photo_cell(text: str, rules: Rules) -> str:
    photo = _photo_cell(text, rules)
    return re.sub(r"\s+[|/·•]\s+$", "", text[:len(text) - len(photo)]) if photo else text


def _photo_cell(text: str, rules: Rules) -> str:
    """A picture's credit in the byline's last cell ("Tekst: Sigrid Haugland | Foto: Eirik Moen", "Testua: A · Argazkiak:
    B"), or another's ("Írta: A · Fordította: B", the translator's), or ''."""
    cells = re.split(r"\s+[|/·•]\s+", text)
    return cells[-1] if len(cells) >= 2 and (_ci_startswith(cells[-1], rules.credit_markers)
                                             or _CREDIT_CELL.match(cells[-1].strip())) else ""


_EPISODE = re.compile(r"^(?:Episode|Ep\.|Part|Chapter)\s*\d+\s*[:.–—-]")  # "Episode 47: ...", an episode's own title


def _show_label(line: str) -> bool:
    """"Podcast: Signal & Noise", "Series: Chip Wars": what a programme is called, above its episode's title."""
    return len(line.split()) <= 5 and bool(re.match(r"^[A-Z][a-z]+\s*:\s", line))


# How a speech opens: "Yang Berbahagia Dato' Seri A, ...,", "Your Excellency ...,", "Distinguished guests,"
_SALUTATION = re.compile(r"(?:Yang (?:Amat )?(?:Berbahagia|Berhormat|Mulia)|Your (?:Excellency|Excellencies|Royal Highness|Highness|Majesty)"
                         r"|Excellenc(?:y|ies)|(?:The )?Hono(?:u)?rable|Distinguished (?:guests|delegates|colleagues)"
                         r"|Ladies and gentlemen|Dear (?:colleagues|friends|guests))\b")
_AIRTIME = re.compile(
    r"(?:Weekdays|Weeknights|Weekends|Daily|Nightly|Every\s+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days"
    r"|Mon(?:day)?s?\s*[-–]\s*(?:Thu|Fri)(?:r?s?day)?s?)\b.{0,40}?\b\d{1,2}(?:[:.]\d\d)?\s*"
    r"(?:[-–]\s*\d{1,2}(?:[:.]\d\d)?\s*)?(?:a\.m\.|p\.m\.|am\b|pm\b)", re.I)


def _airtime(line: str) -> bool:
    """"Weekdays 6–9 a.m. on 91.7 FM and online": when a programme is on the air, printed under its name, not a title."""
    return len(line.split()) <= 14 and bool(_AIRTIME.match(line))


def _cover_statement(line: str) -> bool:
    """A report cover's statement of how it came out, not its title: "Ordered by the House of Commons
    to be printed 23 June 2026", "Presented to Parliament by ... March 2025"."""
    return bool(re.match(r"^[A-Z][a-z]+ed\s+(?:by|to|before)\b", line) and _YEAR.search(line))


_ALERT_BANNER = re.compile(r"(?:[A-Z][\w-]*\s+){0,2}(?:Alert|Advisory|Warning)s?\s*:", re.I)


_PREPARED_STAMP = re.compile(r"(?:Prepared|Printed|Exported|Generated|Downloaded|Retrieved|Accessed)(?:\s+on)?\s*[:：]", re.I)
_ORIGINAL_NOTE = re.compile(r"Original\b[\w ]{0,20}:\s*\S")  # "Original headline: ...", "Original: Al-Bayyina (Algiers), ..."


_SECTION_OPENED = re.compile(r"[A-Z][A-Z&'’ -]{2,30}\s*[·|•—–]\s+\S")  # "NEWS · ...", "BUSINESS | ..."
SECTION_LINE_MAX_WORDS = 8


def _title_above_byline(kinds: list[tuple[int, str, str]], registry: Registry,
                        printed_again: frozenset[str] = frozenset()) -> tuple[tuple[float, int, str, list[str]], str] | None:
    """Pages print the headline, then perhaps a dek, right above the byline or date line: what sits
    there is the headline, whatever labels come before it. Returns (headline candidate, dek).
    `printed_again`: the cells of the lines below the header (a report's running header repeats its title)."""
    rules = registry.rules

    def title(n: int) -> tuple[float, int, str, list[str]] | None:
        headline, removed = _strip_headline(kinds[n][2], rules)
        last = headline.split()[-1] if headline.split() else ""
        if not 3 <= len(headline.split()) <= HEADLINE_MAX_WORDS or _is_letterhead(kinds[n][2], registry) \
                or "@" in headline or _URL.search(headline) or _EMAIL_HEADER.match(headline) \
                or any(last == suffix for suffix in rules.organization_suffixes) or _cover_statement(headline) \
                or len(headline.split()) <= 4 and _looks_like_outlet(headline, registry):
            return None  # too short or long, an organisation's or outlet's name, an e-mail header, a cover's statement
        if len(headline.split()) > 30 and re.search(r"[.!?](?:\s|$)", headline):
            return None  # past thirty words only a headline that is no sentence: a tabloid's, not a standfirst
        if about_the_piece(headline):
            return None  # a note on the page itself: "Bulletin scripts are published after broadcast ... As broadcast; may
            # differ slightly from the audio."
        return (0.0, n, headline, removed)

    for n in range(len(kinds) - 1):
        # "US Blacklists 23 Chinese Chip Toolmakers; ..." on two lines running: a headline the page prints twice
        # (its tab's title and its own), over bullet points that are no headline
        if kinds[n][1] == kinds[n + 1][1] == "candidate" and kinds[n][2] == kinds[n + 1][2] \
                and len(kinds[n][2].split()) >= 5 and title(n) and any(k in _ANCHORS for _, k, _ in kinds[n + 2:]):
            return title(n), ""
    for n in range(len(kinds) - 2):
        # "MOFCOM list of US firms ... - are you on it?" over the thread, then again over its first post, under the post's
        # date: a thread's title
        again = next((m for m in range(n + 2, len(kinds)) if kinds[m][2] == kinds[n][2]), None)
        if again and kinds[n][1] == kinds[again][1] == "candidate" and len(kinds[n][2].split()) >= 5 and title(n) \
                and any(kinds[m][1] in _ANCHORS for m in range(n + 1, again)):
            return title(n), ""
    # (not a newspaper page's running head, "8 | THE MEKONG OBSERVER | Friday, July 20, 2029": it heads its page, the
    # headline under it; what sits over it is the viewer's or the page before's)
    # (nor the site's clock over the masthead, "جمعرات، 6 دسمبر 2029 | اسلام آباد": a day later than the date line under
    # the headline, the day the page was copied)
    days = {n: day for n, (_, k, text) in enumerate(kinds) if k == "date" and (
        day := _header_date(text, rules) or _header_date(_SEPARATOR.split(text)[0], rules)) and day[0]}
    clocks = {n for n in days if any(m > n and days[m] < days[n] for m in days)}
    # (nor a document's own stamp, "Prepared: 19 March 2030" on a briefing pack's cover: when it was made, not the article)
    for anchor in (n for n, (_, k, text) in enumerate(kinds) if k in _ANCHORS and not _RUNNING_HEAD.match(text) and n not in clocks
                   and not _PREPARED_STAMP.match(text)):
        # A headline over three or more points of its summary, a line each, then the byline: the headline
        # is the first line, the points are furniture ("Prices of some ... have fallen by up to £6,000").
        points = list(itertools.takewhile(lambda n: kinds[n][1] == "candidate", range(anchor - 1, max(-1, anchor - 8), -1)))[::-1]
        # (the first line long enough to be the headline with three points or more under it; else the longest)
        head = next((n for n in points if len(kinds[n][2].split()) >= 12 and len([m for m in points if m > n]) >= 3
                     and all(6 <= len(kinds[m][2].split()) <= 25 for m in points if m > n)), None)
        head = max(points, key=lambda n: len(kinds[n][2].split()), default=None) if head is None else head
        after = [n for n in points if head is not None and n > head]
        if len(after) >= 3 and len(kinds[head][2].split()) >= 12 and title(head) \
                and all(6 <= len(kinds[n][2].split()) <= 25 for n in after):
            return title(head), ""
        run: list[int] = []
        pictured = labelled = False
        for n in range(anchor - 1, -1, -1):
            if kinds[n][1] == "caption" and not run and not pictured:
                pictured = True  # the lead picture's caption between the headline and its byline: the line above it
                continue
            if kinds[n][1] in ("pass", "furniture") and not run and _ORIGINAL_NOTE.match(kinds[n][2]):
                continue  # a translation's notes of its original's headline and paper, between its headline and byline
            if kinds[n][1] == "furniture" and len(run) == 1 and not labelled and len(kinds[n][2].split()) <= 2 \
                    and n > 0 and kinds[n - 1][1] == "candidate" and kinds[n - 1][0] == kinds[n][0] - 1:
                labelled = True  # a paywall's label between the headline and its dek: "Premium"
                continue
            if kinds[n][1] == "furniture" and len(run) == 1 and kinds[run[0]][1] == "standfirst" and not labelled and n > 0 \
                    and kinds[n - 1][1] == "candidate" and len(kinds[n][2].split()) <= SECTION_LINE_MAX_WORDS \
                    and not _TERMINAL.search(kinds[n][2]) and _SECTION_OPENED.match(kinds[n][2]):
                labelled = True  # ... or the section's label and the paper's tagline: "NEWS · Watawieh — Norfolk Island's weekly"
                continue
            if kinds[n][1] not in ("candidate", "standfirst") or len(run) == 2:
                break
            run.insert(0, n)
        if not run:
            continue
        last, first = kinds[run[-1]][2], kinds[run[0]][2]
        # (... or whatever its length at the page's very top, under the site's name: "FabLine Insider" / "Semiconductor
        # supply chain news for procurement and policy professionals" / "Monday, February 15, 2027")
        # (... or any tagline at the page's top, under its masthead, where the site's menu follows the stamp: "OSSOBÓ
        # DIGITAL" / "Notícias de São Tomé e Príncipe · English edition" / "Sexta-feira, 22 de março de 2030" / "Início |
        # Política | Economia | ...")
        strip = all(kinds[m][1] in ("furniture", "forwarder", "pass") for m in range(run[0])) \
            and not any(_TERMINAL.search(kinds[r][2]) for r in run) and any(
                kinds[m][1] == "furniture" and len(_MENU_ITEMS.split(kinds[m][2])) >= MENU_MIN_ITEMS for m in range(anchor + 1, len(kinds)))
        if kinds[anchor][1] == "date" and (all(len(kinds[r][2].split()) <= 5 for r in run) or strip or run == [0, 1] and (
                len(kinds[0][2].split()) <= 4 and not _TERMINAL.search(kinds[0][2]))) and any(
               kinds[n][1] == "candidate" and title(n) and len(title(n)[2].split()) >= 6 and not kinds[n][2].startswith("(")
               and (all(k in _BELOW_TITLE or k == "candidate" and m == n + 1 for m, (_, k, _) in enumerate(kinds[n + 1:], n + 1))
                    # (or right over its byline, or its standfirst: "Two days of negotiations in Singapore produced ...")
                    # (... perhaps with its dek and the lead picture's caption between: "Licenses now take 70 days ..." /
                    # "A worker inspects ... (Photo by ...)" / "RYO HASEGAWA and ...")
                    or _over_byline(kinds, n))
               for n in range(anchor + 1, len(kinds))):
            continue  # a site's tagline over the time stamp of its top strip; the headline (and its dek) comes later
        elsewhere = {part.strip() for n, (_, _, t) in enumerate(kinds) if n not in run
                     for part in [_EMAIL_HEADER.sub("", t), *_SEPARATOR.split(_EMAIL_HEADER.sub("", t))]}
        elsewhere |= {t.rsplit(": ", 1)[-1].strip() for n, (_, _, t) in enumerate(kinds) if n not in run}
        if len(run) == 2 and last in elsewhere and first not in elsewhere and title(run[-1]):
            return title(run[-1]), ""  # the line the page prints twice (an e-mail's subject, then its title)
        if len(run) == 2 and re.fullmatch(r"(?:Synopsis|Summary|In brief|Highlights|Key points|Overview)\s*:?", first, re.I):
            # "Synopsis" over the dek: a label, then the dek; the headline is the line above them
            if run[0] >= 1 and kinds[run[0] - 1][1] == "candidate" and title(run[0] - 1):
                return title(run[0] - 1), last
            continue
        if len(run) == 2 and first in elsewhere and last not in elsewhere and title(run[0]) and _SUBJECT_LIKE.match(first):
            return title(run[0]), last  # "Chokepoint #112: Geneva, again", the mail's subject too, over its dek
        subjects = {t.rsplit(": ", 1)[-1].strip().casefold() for n, (_, _, t) in enumerate(kinds) if n not in run and ": " in t}
        if len(run) == 2 and first.casefold() in subjects and last.casefold() not in subjects and title(run[0]):
            # "Subject: Chokepoint #212: the engineer is the export" over "The engineer is the export" and its dek
            return title(run[0]), last
        if len(run) == 2 and run[0] > 0 and _masthead(kinds[run[0] - 1], kinds) and title(run[-1]):
            return title(run[-1]), ""  # a newsletter's tagline under its masthead, then the title
        if len(run) == 1 and run[0] > 0 and _masthead(kinds[run[0] - 1], kinds):
            # Only a tagline under the masthead: the issue's title is the one its Subject line gives
            # after the newsletter's name ("Subject: The Supply Line | Rare earth magnets, ...").
            masthead = kinds[run[0] - 1][2].lower()
            for n, (_, _, other) in enumerate(kinds):
                subject = re.match(r"Subject\s*:\s*(.+)$", other, re.I)
                parts = [p.strip() for p in _SEPARATOR.split(subject.group(1))] if subject else []
                if len(parts) == 2 and parts[0].lower() == masthead and 3 <= len(parts[1].split()) <= 30:
                    return (0.0, n, parts[1], [parts[0]]), last
                # ... or the subject a mail reader prints over the message, unlabelled:
                # "Fab & Freight #212: Gallium licences thaw, but the paperwork doesn't"
                named = re.match(rf"({re.escape(masthead)}(?:\s*#\s*\d+)?)\s*[:|·–—]\s+(.+)$", other, re.I) if n == 0 else None
                if named and 3 <= len(named.group(2).split()) <= 30:
                    # (... whole where the issue prints it again over its text: "Chokepoint Weekly #118: Parts, ...")
                    again = next((m for m in range(n + 1, len(kinds)) if kinds[m][1] == "candidate" and kinds[m][2] == other), None)
                    return ((0.0, again, other, []) if again is not None else (0.0, n, named.group(2), [named.group(1)])), last
            if any(kinds[n][1] == "candidate" and title(n) and len(title(n)[2].split()) >= 5
                   and all(k in _BELOW_TITLE for _, k, _ in kinds[n + 1:]) for n in range(anchor + 1, len(kinds))):
                continue  # the issue's own title comes after its date and byline, over the text
            for n, (_, _, other) in enumerate(kinds):
                # ... or the forwarded mail's own subject, whole: "Subject: Magnet licences: who's in, who's out"
                subject = re.match(r"Subject\s*:\s*(?:(?:Re|Fwd?|AW|WG)\s*:\s*)*(.+)$", other, re.I)
                # (not one led by the newsletter's name, "SemiPolicy Weekly: The 2028 cliff, ...", whose issue titles its text)
                if subject and 3 <= len(subject.group(1).split()) <= 30 \
                        and not subject.group(1).lower().startswith((first.lower(), masthead)):
                    return (0.0, n, subject.group(1), []), last
        above = run[0] - 1
        if len(run) == 2 and above >= 1 and kinds[above][1] == "candidate" \
                and (kinds[above - 1][1] == "furniture" or len(kinds[above - 1][2].split()) <= 3) \
                and len(kinds[above][2].split()) >= 9 and len(first.split()) >= 6 and len(last.split()) >= 6 and title(above) \
                and not _TERMINAL.search(kinds[above][2]):
            return title(above), f"{first} {last}"  # a headline under its section label ("Business/Economy"), then a dek of two lines
        if len(run) == 2 and first in printed_again and last not in printed_again and title(run[0]) \
                and not re.search(r"\b(?:No\.|Number|Vol\.|Volume|Issue)\s*\d", first):  # (not "Policy Report No. 14")
            return title(run[0]), last  # "Between Two Tariff Walls" over its subtitle, the title each page's header repeats
        if len(run) == 2 and _EPISODE.match(last) and title(run[-1]) and not first.endswith("?"):
            return title(run[-1]), ""  # "Episode 47: ...": an episode's title under its show's tagline
        if len(run) == 2 and _ALERT_BANNER.match(first) and title(run[-1]):
            return title(run[-1]), ""  # "Weather Alert: Dense Fog Advisory until 10 AM": a site's banner over the headline
        if len(run) == 2 and run[0] >= 1 and (kinds[run[0]][1] == "standfirst" or len(kinds[run[0] - 1][2].split()) >= 5
                              and not _looks_like_outlet(last, registry) and last not in registry.names()) \
                and 2 <= len(last.split()) <= 4 and _NAME.fullmatch(last) \
                and run[0] >= 1 and kinds[run[0] - 1][1] == "candidate" and title(run[0] - 1):
            # the headline, its dek, then a writer's name the header did not know as one ("Faridah Hamzah") over the date
            return title(run[0] - 1), first
        if len(run) == 2 and re.search(r"[.!?]\s+[A-Z].*[.!?]$", first) and not re.search(r"[\"“”‘’']", first) \
                and not _TERMINAL.search(last.rstrip("”\"’'")) and sum(w.islower() for w in last.split()) >= 3 and title(run[-1]):
            # "... has it behind the paywall so here is the text. Mods remove if not allowed." over "Ministry orders review
            # of ...": a poster's note of two sentences over the headline it pastes, no headline itself (not a headline
            # quoting a sentence or two, "South Dakota says, 'Meth. We're On It,' and ...", over its writers)
            return title(run[-1]), ""
        # Two title lines: a headline and its dek, unless the first is a short label ("Technology Program").
        if len(run) == 2 and title(run[0]) and not _show_label(first) and (len(first.split()) >= 6 or (
                len(last.split()) > len(first.split()) and _TERMINAL.search(last.rstrip("”\"’'"))
                and not _titled_sentences(last))):  # (but "Technology & Trade Program" / "The Parts Rule Is Smart Policy. ...")
            return title(run[0]), last  # a headline, then its dek
        above = kinds[run[0] - 1] if run[0] > 0 else None
        if len(run) == 1 and above and above[1] == "furniture" and above[0] == kinds[run[0]][0] - 1 \
                and above[2].isupper() and 2 <= len(above[2].split()) <= 8 and not _is_letterhead(above[2], registry) \
                and not any(above[2].lower() == k.lower() for k in (*_kickers(rules), *rules.furniture_prefixes)) \
                and not any(above[2].lower() in t.lower() for i, _, t in kinds if i < above[0]) \
                and (kinds[anchor][1] == "author-block" or re.match(r"Authors?\s*[:：]", kinds[anchor][2])) and title(run[0]):
            # A report's cover: a short title in capitals, its subtitle on the next line, then "Authors:" (but not
            # a section's label that the site's menu above lists: "ECONOMY & POLICY").
            return (0.0, run[0] - 1, above[2], []), last
        if title(run[-1]):
            return title(run[-1]), ""
    return None


_MENU_ITEMS = re.compile(r"\s+[|·•]\s+")  # a site's menu copied as a line: "Início | Política | Economia | ..."
MENU_MIN_ITEMS = 4


def _over_byline(kinds: list[tuple[int, str, str]], n: int) -> bool:
    """The line at n sits over the byline, a dek line and the lead picture's caption perhaps between."""
    m = n + 1
    m += m < len(kinds) and kinds[m][1] == "candidate"
    m += m < len(kinds) and kinds[m][1] == "caption"
    return m < len(kinds) and kinds[m][1] in ("byline", "author-block", "standfirst")


# "Hamish Calloway and Mei-Lin Adeyemi": two or more names and nothing else, a report's authors under its title
_NAMES_LINE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:(?:,|,?\s+and|\s+&)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})+")


# A headline's label that no speaker's name opens: "After Kuala Lumpur:", "Inside the licensing desk:"
_TOPIC_LABEL = re.compile(r"(?:After|Before|Beyond|Inside|Behind|Amid|Despite|Against|Between|Under|Over|Into|From|Why|How|What|"
                          r"When|Where|Who)\s[^:：]{2,40}[:：]\s")
_AUTHORS_LINE = re.compile(r"Authors?\s*[:：]\s*[A-Z]")  # "Authors: A, B and" over the next writer's line
_DATE_ALONE = re.compile(r"[A-Z][a-z]{2,8}\.? \d{1,2}, (?:19|20)\d\d|\d{1,2} [A-Z][a-z]{2,8} (?:19|20)\d\d")


_DANGLING_CAPS = re.compile(r"[A-Z][A-Z'’ -]*[A-Z]\s+(?:THE|OF|TO|AND|FOR|ON|IN|WITH|AT|BY|FROM|AN?)\s*")


def _capitals_wrap_joined(lines: list[str]) -> list[str]:
    """A filing's title in capitals wrapped at a small word ("ADDITION OF TWO SUBSIDIARIES TO THE" / "UNITED STATES ENTITY
    LIST"): one line, the line it went on to blank, so line numbers stay the seed's."""
    if not any(_DANGLING_CAPS.fullmatch(line.strip()) for line in lines[:HEADER_MAX_LINES]):
        return lines
    lines = list(lines)
    for i in range(min(len(lines), HEADER_MAX_LINES) - 1):
        here, after = lines[i].strip(), lines[i + 1].strip()
        if len(here.split()) >= 3 and _DANGLING_CAPS.fullmatch(here) and after and after.isupper() and not _TERMINAL.search(after):
            lines[i], lines[i + 1] = f"{here} {after}", ""
    return lines


def _dash_wrap_joined(lines: list[str]) -> list[str]:
    """A title broken after its dash ("Dhaka assemblers eye US robot-vacuum orders —" / "if they can find non-Chinese
    lidar"): one line, the line it went on to blank, so line numbers stay the seed's."""
    lines = list(lines)
    for i in range(min(len(lines), HEADER_MAX_LINES) - 1):
        here, after = lines[i].strip(), lines[i + 1].strip()
        if len(here.split()) >= 3 and re.search(r"\s[—–]$", here) and after[:1].islower() and not _TERMINAL.search(after) \
                and len(after.split()) <= ENTRY_TITLE_MAX_WORDS:
            lines[i], lines[i + 1] = f"{here} {after}", ""
    return lines


def _title_case_wrap_joined(lines: list[str]) -> list[str]:
    """A PDF's title in Title Case wrapped over three or more lines (narrower than its text or not), at least one of them left
    dangling ("BIS Extends Export Controls to the" / "Servicing of ..." / ... / "Know Before November 14"), over its
    byline: one line. And a byline wrapped at a given name ("By A, B and Elena" / "Sokolova"): one line. Joined lines
    become blank, so line numbers stay the seed's."""
    width = wrap_width(lines)
    if not width:
        return lines
    lines = list(lines)

    def title_case(line: str) -> bool:
        words = [w for w in line.split() if w.lower() not in _SMALL_WORDS]
        return len(line.split()) >= 2 and bool(words) and not line.isupper() and len(line.rstrip()) <= width \
            and not _TERMINAL_BUT_COLON.search(line.rstrip()) and all(w[:1].isupper() or w[:1].isdigit() for w in words) \
            and not _BYLINE_LINE.match(line.strip()) and not _AUTHORS_LINE.match(line.strip()) \
            and not (re.search(r"\b(?:19|20)\d\d\b", line) and len(line.split()) <= 5)

    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and title_case(lines[j]):
            j += 1
        if j - i >= 2 and j + 1 < len(lines) and re.fullmatch(r"[A-Z][\w'’-]+", lines[j].strip()) \
                and _BYLINE_LINE.match(lines[j + 1].strip()):
            j += 1  # (its last word alone on the last line: "Semiconductor Manufacturing" / "Equipment" / "By A, B and C")
        if j - i >= 4 and _NAMES_LINE.fullmatch(lines[j - 1].strip()) and not (j < len(lines) and _BYLINE_LINE.match(lines[j].strip())):
            j -= 1  # (the names line is in Title Case too)
        # (... or over its date and then the byline: "October 20, 2026" / "Authors: A, B, C")
        bylined = lambda n: n < len(lines) and (_BYLINE_LINE.match(lines[n].strip()) or _NAMES_LINE.fullmatch(lines[n].strip())
                                                or _AUTHORS_LINE.match(lines[n].strip()))
        # (... or over a blank line and then the byline; a line going on in lower case shows the wrap too: "... Quantum
        # Sensing" / "and AI Model Developers")
        if j - i >= 3 and j < len(lines) and (bylined(j) or _DATE_ALONE.fullmatch(lines[j].strip()) and bylined(j + 1)
                                              or not lines[j].strip() and bylined(j + 1)) \
                and any(_DANGLING.search(lines[n].rstrip()) or re.match(r"(?:and|or|of|to|for|the|in|on|with)\s", lines[n + 1])
                        or lines[n].rstrip().endswith(":")  # ("The Spare Parts Gambit:" / "What Washington's New Rule" / ...)
                        for n in range(i, j - 1)):
            lines[j - 1] = " ".join(line.strip() for line in lines[i:j])
            lines[i:j - 1] = [""] * (j - 1 - i)
        # (... or under its label: "Authors: A, B and" / "Soo-ah Whitfield-Kang")
        if j < len(lines) - 1 and (_BYLINE_LINE.match(lines[j].strip()) or _AUTHORS_LINE.match(lines[j].strip())) \
                and re.search(r"(?:,|\band)(?:\s+[A-Z][\w'’.-]*)?$", lines[j].rstrip()) \
                and re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", lines[j + 1].strip()):
            lines[j + 1] = f"{lines[j].rstrip()} {lines[j + 1].strip()}"  # "... and Elena" / "Sokolova", "... and" / "Mei-Ling Castellanos"
            lines[j] = ""
        i = max(j, i + 1)
    return lines


def _centred_lines_joined(lines: list[str]) -> list[str]:
    """A title centred over two lines of a cover page is one line; the second becomes blank, so
    line numbers stay those of the seed."""
    lines = list(lines)
    for i in range(len(lines) - 1):
        if _indent(lines[i]) >= 8 and _indent(lines[i + 1]) >= 8 and not _TERMINAL.search(lines[i].rstrip()) \
                and lines[i].strip().isupper() == lines[i + 1].strip().isupper():
            lines[i + 1] = " " * 8 + lines[i].strip() + " " + lines[i + 1].strip()
            lines[i] = ""
    return lines


# Gmail's, Outlook's and Apple Mail's line over a forwarded message, and how long a note above it may be.
_GLUED_DATE_LABEL = re.compile(r"([a-z])((?:Published|Updated|Posted|Last updated)\s*:)")
_GLUED_DATES = re.compile(rf"((?:19|20)\d\d)({_MONTH}\s+\d)")  # "06/12/2028June 12, 2028": a page's two stamps, run together
_INBOX_TAIL = re.compile(r"(?:\s+Inbox)+$")  # Gmail's label beside the subject it shows
_DASH_RUN = r"[-–—―─]{2,}"  # a mail reader's or a person's rule of dashes, in whatever dash the keyboard made


@lru_cache(maxsize=4)
def _forward_mark(marks: tuple[str, ...]) -> re.Pattern[str]:
    """The registry's forward marks between dashes, or Apple Mail's "Begin forwarded message:"."""
    labels = "|".join(map(re.escape, marks)) or "(?!)"
    # (... perhaps with where and when after the label: "---------- Copié depuis motumatin.example le 02/04/2030 ----------")
    return re.compile(rf"{_DASH_RUN}\s*(?:{labels})(?:\s+.{{1,100}}?)?\s*{_DASH_RUN}|Begin forwarded (?:message|article|story):", re.I)



# (... or a label that says where the text under it was pasted from: "Article (pasted from theprovopacket.example, Apr 8
# — paywall, so full text here)")
_PASTED_BELOW = re.compile(r"\b(?:pasted|copied)\s+(?:in\s+full\s+|as\s+is\s+|here\s+)?below\b"
                           # (or at the note's end, the article under it: "Press cutting, Aral Dawisi, 04.06, pasted in full.")
                           r"|\b(?:pasted|copied)\s+(?:in\s+full|as\s+is|whole|verbatim|unedited)\s*[.:]?\s*$"
                           r"|^[^\W\d_][\w ]{0,30}\((?:pasted|copied)\s+from\s+[\w.-]+\.[a-z]{2,}\b[^()]*\)\s*:?$", re.I)
SIGN_OFF_MAX_WORDS = 3
_PASTED_UNDER = re.compile(r"(?:From|Via)\s+[^:]{3,80}?,\s+(?:reproduced|reprinted|republished)\s+(?:here\s+)?with\s+"
                           r"(?:kind\s+)?permission\s*:"
                           r"|(?:Please\s+)?(?:Paste|Copy)\s+(?:in\s+)?(?:the|your)\s+(?:full\s+|whole\s+|complete\s+)?"
                           r"(?:text|article|story)\b[^.!?]{0,80}?[:*]?", re.I)
HANDOVER_MIN_WORDS = 5  # a first line ending in a colon, this long, over a blank line: someone's note handing over to the copy
HANDOVER_SHARE = 10  # ... when the copy under it is this many times longer
PASTED_LABEL_MAX_LINES = 60  # nonblank lines from the top within which such a line hands over to the article under it


def _note_end(lines: list[str], at: int) -> int:
    """The last line of the note whose line at `at` says the article is pasted below it: its paragraph (a list of points
    perhaps run on under it), and the sender's name signing it alone under a blank line ("Andre")."""
    end = at
    while end + 1 < len(lines) and lines[end + 1].strip():
        end += 1
    after = next((i for i in range(end + 1, len(lines)) if lines[i].strip()), None)
    if after is not None and len(lines[after].split()) <= SIGN_OFF_MAX_WORDS and not _TERMINAL.search(lines[after].strip()) \
            and (after + 1 >= len(lines) or not lines[after + 1].strip()):
        end = after
    return end


TAIL_ORIGINAL_REACH = 40  # lines from a copy's end an "Original: https://..." line among the page's end matter sits within
FORWARD_NOTE_MAX_LINES = 6
FORWARD_MAX_LINES = 24  # ... and how far down the mark may sit under the forwarder's headers and signature

# How far down a header may run: a Federal Register page copied whole has ~25 lines of document
# details and agency lines above its title, a newspaper's site copied whole ~40 lines of menus.
HEADER_MAX_LINES = 60
PARTICIPANTS_REACH = 8  # lines of a "Participants" list under its label
# A tabloid's headline runs to forty words; a line longer than this is text, not a title.
HEADLINE_MAX_WORDS = 50
CAPS_HEADLINE_MIN_WORDS = 4  # words of a line in capitals right over a dateline, for it to be a headline
TITLED_SENTENCES_MAX_WORDS = 16


def read_header(lines: list[str], registry: Registry, first_line: int = 1) -> Header:
    """Classify the lines above the body: furniture, byline, date line, caption, headline, standfirst."""
    rules = registry.rules
    kinds: list[tuple[int, str, str]] = []  # (line index, kind, text)
    furniture: list[str] = []
    source = author = speech_by = ""
    dates: list[tuple[int | None, int, int]] = []
    published_lines = 0  # dates labelled as first published, kept first
    updates: list[tuple[int | None, int, int]] = []  # dates labelled as updates, kept last
    sent_days: list[tuple[int | None, int, int]] = []  # a mail's "Date:" over the issue line it carries: kept after all
    # a day in the page's furniture ("Federal Register / Vol. 90, No. 19 / Thursday, January 30, 2025"; a digest's "Staff
    # news digest · Tuesday 4 June 2030" over the page it pasted): after the date lines', which say whose day they give
    furniture_days: list[tuple[int | None, int, int]] = []
    last_byline: int | None = None  # the place in kinds of the last byline read
    passed: list[Block] = []
    captions: list[Caption] = []
    standfirst: list[str] = []
    centred = _centred_lines_joined(_dash_wrap_joined(lines))
    capitals = _capitals_wrap_joined(centred)
    wrapped_caps = {i for i, (was, now) in enumerate(zip(centred, capitals)) if was is not now and was != now and now.strip()}
    lines = unwrapped(_title_case_wrap_joined(capitals), header=True)
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:HEADER_MAX_LINES]
    # "10/12/2025" on a Mexican site is 10 December; a US document says where it is from at its top.
    top = "\n".join(lines[i] for i in nonblank[:8])
    month_first = bool(_TIMED_US_ZONE.search(top) or MONTH_FIRST_PLACE.search(top)
                       or any(_AMERICAN_CLOCK.search(line) for line in lines[-FORUM_FOOTER_LINES:]))

    printed_lines: list[Counter] = []  # how often the page prints each line: counted when first asked

    def printed_twice(text: str) -> bool:
        if not printed_lines:
            printed_lines.append(Counter(squash(line) for line in lines if line.strip()))
        return printed_lines[0].get(text, 0) >= 2
    date_of_line: dict[str, tuple[int | None, int, int] | None] = {}  # a line is asked about again as the next lines look back

    def header_date(line: str) -> tuple[int | None, int, int] | None:
        if line not in date_of_line:
            date_of_line[line] = _header_date(line, rules, month_first)
        return date_of_line[line]

    def body_like(text: str) -> bool:
        words = len(text.split())
        if _SALUTATION.match(text) and text.rstrip().endswith((",", ":", "!")):
            return True  # "Yang Berbahagia Dato' Seri A, Chairman of ...,": a speech's opening salutation, its first words
        if _titled_sentences(text):
            return False
        if words <= 30 and text.endswith(("?", "!")) and not re.search(r"[.!?;]\s", text) and printed_twice(text):
            return False  # a thread's title, asked, printed again over its first post
        if words <= 16 and text.endswith("?") and not re.search(r"[.!?;]\s", text) \
                and (not re.match(r"^\S+(?:\s+\S+){0,2}\s*[:：]\s", text) or _EPISODE.match(text)  # not "Q:", "Lin Jian:"
                     or _TOPIC_LABEL.match(text)):  # ... but "After Kuala Lumpur: Is the 120 days a window or a trap?"
            return False  # a headline that asks: "Selling the H200 to China: Smart Bargain or Strategic Mistake?"
        glued = _BYLINE_INTO_DATELINE.match(text)  # ("By Prabin GhimireNEW DELHI/KATHMANDU, Jan 23: A group of Indian")
        return ((words >= 8 and bool(_TERMINAL.search(text.rstrip("”\"’'")))) or words >= 25 or bool(_DATELINE.match(text)) or bool(_BRACKET_BYLINE.match(text))
                or bool(glued and _DATELINE.match(text[glued.end():].strip()))
                or (bool(_SPEAKER_TURN.match(text)) and bool(_TERMINAL.search(text.rstrip("”\"’'"))) and not _ci_startswith(text, rules.furniture_prefixes)
                    and not _ci_startswith(text, tuple(f"{k}:" for k in _kickers(rules)))))

    end = 0
    position = 0
    boxed = -2  # the last line of a box the page prints over the article
    # A forwarded e-mail: what the sender wrote above "---------- Forwarded message ---------" is their note.
    # (... or, in Outlook's forward, the forwarded mail's own "From:" under the forwarder's "Subject: FW: ..." and note)
    # (or someone's "––––– copied text –––––" over what they pasted under their note, in a chat's lines: the last such mark)
    # (or a note that says so: "FYI: today's Ossobó Digital piece, pasted in full below (their site keeps timing out)")
    pasted = next((nonblank[n] for n in reversed(range(len(nonblank[:FORWARD_MAX_LINES + 1])))
                   if n and _forward_mark(registry.rules.paste_marks).fullmatch(squash(lines[nonblank[n]]))
                   or _PASTED_BELOW.search(lines[nonblank[n]])), -1)
    if pasted >= 0 and _PASTED_BELOW.search(lines[pasted]):
        pasted = _note_end(lines, pasted)
    if pasted < 0:
        # (or a line that hands over to it, the article on the next line: "From THE CAVE HILL COURIER, reproduced with
        # permission:", a form's question "Paste the full text (headline, byline and body; page clutter is fine) *",
        # further down a page or a form, over most of the copy's words)
        pasted = next((i for i in nonblank[1:PASTED_LABEL_MAX_LINES] if _PASTED_UNDER.fullmatch(lines[i].strip())
                       and _words_in(lines[i + 1:]) > 2 * _words_in(lines[:i])), -1)
    if pasted < 0 and nonblank and len(nonblank) > 1 and nonblank[1] > nonblank[0] + 1 \
            and lines[nonblank[0]].rstrip().endswith(":") and len(lines[nonblank[0]].split()) >= HANDOVER_MIN_WORDS \
            and not _TEXT_DATE.search(lines[nonblank[0]]) \
            and _words_in(lines[nonblank[1]:]) > HANDOVER_SHARE * len(lines[nonblank[0]].split()):
        # (or the copy's first line alone, a sentence that hands over to what follows it: "Here is the Gojjam Lisan piece,
        # whole page, their site will not open on the office network:")
        pasted = nonblank[0]
    marks = [n for n, i in enumerate(nonblank[:FORWARD_MAX_LINES + 1]) if _forward_mark(registry.rules.forward_marks).fullmatch(squash(lines[i])) or n and re.match(
        r"From\s*:", lines[i].strip()) and any(re.match(r"Subject\s*:\s*(?:Fwd?|Wg|Tr|Rv)\s*:", lines[j].strip(), re.I) for j in nonblank[:n])
             # (or a phone's "Sent from my iPhone" under the sharer's headers and note: the shared article starts under it)
             or n and re.match(r"Sent from my\b", lines[i].strip()) and any(re.match(r"From\s*:", lines[j].strip()) for j in nonblank[:n])
             # (or Outlook's rule of underscores between the sharer's note and the forwarded mail's "From:")
             or n and re.fullmatch(r"_{10,}", lines[i].strip()) and n + 1 < len(nonblank)
             and re.match(r"From\s*:", lines[nonblank[n + 1]].strip())]
    # (further down only under the forwarder's own headers: "From: A" / "Sent: ..." / "Subject: FW: ...", note, signature)
    # (... and of a forward inside a forward, "---------- Forwarded message ----------" then the note and "Begin forwarded
    # article:", the last mark: the article starts under it)
    # (... or under Gmail's subject line, "Fwd: ...", with the forwarder's name, clock and recipients under it)
    # (... perhaps under the mail reader's own lines: "Gmail" / "Buscar en el correo" / "Fwd: ...")
    forwarded = [n for n, i in enumerate(nonblank[:FORWARD_NOTE_MAX_LINES]) if re.match(r"(?:Fwd?|Wg|Tr|Rv)\s*:\s*\S", lines[i].strip(), re.I)]
    forward = next((nonblank[n] for n in reversed(marks) if 0 <= n <= FORWARD_NOTE_MAX_LINES or n > 0 and (
        forwarded and forwarded[0] < n or any(re.match(r"^Subject\s*:\s*(?:Fwd?|Wg|Tr|Rv)\s*:", lines[i], re.I) for i in nonblank[:n]))), -1)
    forward = max(forward, pasted)
    # (... but not the mail reader's own line of the subject over it: "Subject of the e-mail   Inbox")
    subjects = {squash(_EMAIL_HEADER.sub("", lines[i])) for i in nonblank[:FORWARD_NOTE_MAX_LINES + 8]
                if lines[i].lstrip().lower().startswith("subject")}
    while position < len(nonblank):
        index = nonblank[position]
        text = _GLUED_DATE_LABEL.sub(r"\1 \2", squash(lines[index]))  # "By A and BPublished: Nov 13, 2026": a page's spans
        text = _GLUED_DATES.sub(r"\1 \2", text) if "20" in text else text
        text = re.sub(r"(?<=[\w.])\|(?=[A-Z0-9])", " | ", text) if "://" not in text else text  # "26 Nov 2026|Fergus Whitlam-Nakamura"
        following = [squash(lines[i]) for i in nonblank[position + 1:position + 4]]
        kind = ""
        if re.fullmatch(r"[A-Z][A-Z .'’-]{1,40}:", text) and following and body_like(following[0]) \
                and sum(line.strip().startswith(text) for line in lines[index + 1:]) >= 2:
            end = index  # "TREASURER:" over the opening statement, the label the transcript's turns go on with
            break
        if index <= forward and _INBOX_TAIL.sub("", text) not in subjects:
            kinds.append((index, "forwarder", text))  # furniture that dates nothing: when it was forwarded
            position += 1
            continue
        if _BRACKETED_NOTE.fullmatch(text):
            kinds.append((index, "furniture", text))  # "[Translator's note: Working translation from the Spanish by A, ...]":
            position += 1  # a note on the copy, over the page it was made from; the header goes on under it
            continue
        if _NOTE_ON_TOP.match(text) and _CORRECTED.search(text):
            kinds.append((index, "furniture", text))  # "Correction, 1 May 2029, 09:40 CET: An earlier version of this article said ...":
            position += 1  # a note over the piece, kept with its furniture; the header goes on under it
            continue
        if (dateline := _DATELINE.match(text)) and dateline.end() >= len(text) and following \
                and _byline_line(following[0], registry):
            kinds.append((index, "date", text))  # "WASHINGTON, 1 October 2029 (KRW) —" alone over the byline: the story's
            position += 1  # day, the header going on under it
            continue
        if dateline or _BRACKET_BYLINE.match(text) \
                or _place_lead(text) and not _ci_startswith(text, rules.furniture_prefixes) \
                or (_CLOCK_STAMP.fullmatch(text) and following and _speaker_name_line(following[0])
                    # (another stamp soon after: a transcript's; a phone's clock "9:41" over a copied page is not)
                    and any(_CLOCK_STAMP.match(squash(lines[i])) for i in nonblank[position + 2:position + 16])) \
                or _stamped_speaker(text):
            end = index  # ... or a transcript's first time stamp over its first speaker's name, or beside it
            break
        if any(k == "speaker" for _, k, _ in kinds) and (text.lower() in _CALL_ROLES or text in {
                _PARTICIPANT_SPLIT.split(t)[0].strip() for _, k, t in kinds if k == "speaker"}):
            end = index  # "Operator", or a participant's name alone over their words: the call begins
            break
        if _ci_startswith(text, rules.box_labels) or index == boxed + 1:
            boxed = index  # "Discover more from Chokepoint Notes" over the newsletter's tagline and buttons, a line each
            kinds.append((index, "furniture", text))
            position += 1
            continue
        provider = _ci_startswith(text, rules.provider_labels)
        if provider:  # "News provided by" over the issuer's name (or beside it): neither is the headline
            kinds.append((index, "furniture", text))
            position += 1
            if not text[len(provider):].strip(" :") and position < len(nonblank):
                kinds.append((nonblank[position], "furniture", squash(lines[nonblank[position]])))
                position += 1
            continue
        cells = [c.strip() for c in text.split("|")]
        if _ITEM_NUMBER.match(text) and _under_contents(index, kinds, rules):
            kind = "furniture"  # a newsletter's table of contents, not its first story
        elif HASHTAGS.fullmatch(text):
            kind = "furniture"  # "⚡️ #აშშ #ჩინეთი #დრონები #ბიზნესი": a channel post's tags over its title
        elif (hand := re.match(r"✍\ufe0f?\s*", text)) and _byline_line(
                signed := "By " + re.sub(r"\s*\([A-Z][^()]{1,40}\)", "", text[hand.end():]), registry):
            kind, text = "byline", signed  # "✍️ Tamar Kvaratskhelia (Tbilisi), Ana Gelashvili (Telavi)": the writing hand marks
            # a channel post's writers (and where each filed from) under its title
        elif _PAGED_ITEM.fullmatch(text) and _paged_contents(kinds, rules):
            kind = "furniture"  # "TABLE OF CONTENTS" / "Summary 1" / ... / "Analyst Contacts 4": a report's contents, paged
        elif len(cells) >= 2 and kinds and _NAME.fullmatch(cells[0]) \
                and _AUTHORS_LABEL.fullmatch(next((t for _, k, t in reversed(kinds) if k not in ("author-block", "author-job")), "")) \
                and all(_CONTACT_CELL.fullmatch(c) or c.split(",")[0].strip().lower() in {*rules.author_titles, *rules.role_words}
                        for c in cells[1:]):
            kind, text = "author-block", cells[0]  # "Helena Sørby-Pratt | Partner, Washington, DC | h@x.com" under "Authors"
            furniture.append(" | ".join(cells[1:]))  # (her job and address stay with the page's furniture)
        elif re.match(r"(?:Translated|Translation)\b", text) and _TRANSLATION_NOTE.search(text) \
                and len(text.split()) <= TRANSLATION_NOTE_MAX_WORDS:
            kind = "furniture"  # "Translated from Montenegrin by Jelena Radonjić. Translator's notes appear as footnotes."
        elif _ci_startswith(text, rules.original_prefixes) and (_URL.search(text) or _original_citation(text, rules)) \
                or _is_rights(text, rules) \
                or _BARE_URL.fullmatch(text) \
                or (_is_boilerplate(text, rules) and not _ci_startswith(text, rules.furniture_prefixes)) \
                or _PRESENT.match(text) or _salutation(text, following, kinds):
            # ... and "Members present: A (Chair); B": who sat, part of a hearing's record; and a speech's
            # salutation ("Chairman Robert Ellery, / President Susan Albright, / Ladies and Gentlemen,")
            kind = "pass"
        elif kinds and _CONTACT_LABEL.search(kinds[-1][2]) and len(text.split()) <= CONTACT_MAX_WORDS:
            kind = "furniture"  # the name and telephone under "Media Contact:"
        elif split_credit(text, rules) or (len(text.split()) <= rules.caption_max_words
                                           and (_MARKED_CREDIT.search(text) or _AGENCY_CREDIT.search(text))
                                           and len(text.split()) >= 6 and not _byline_line(text, registry)
                                           and not _labelled_byline(text)) \
                or _PHOTO_MARK.match(text) or _credited_sentence(text, rules) \
                or (_GLUED_CREDIT.search(text) or _CREDIT_GLUED_ON.search(text)) and len(text.split()) <= rules.caption_max_words:
            kind = "caption"  # ... but "By A | Photographs by B" is a byline with its credit; "[Photo] A ..." is one
        elif _CREDIT_ONLY.fullmatch(text) and not _is_furniture(text, rules) \
                or _CREDIT_LINE.match(text) and len(text.split()) <= CREDIT_LINE_MAX_WORDS and not _TERMINAL.search(text) \
                and kinds and kinds[-1][1] == "candidate" and not _title_cased(kinds[-1][2]) and len(kinds[-1][2].split()) >= 6:
            kind = "photo-credit"  # "Kanto Shimpo file photo", "Image: A/ANP/picture alliance": a picture's credit, a line
            # of its own beside its caption
        elif (glued := _GLUED_HANDLE.fullmatch(text)) and _NAME.fullmatch(glued.group(1)) \
                and _given_name(glued.group(1).split()[0], rules) and not _looks_like_outlet(glued.group(1), registry):
            kind = "byline"  # "Priya Venkataraman-Holt@PVHoltMarkets": a writer's name and handle, copied as one
        elif _byline_line(text, registry) or _labelled_byline(text) or _reporter_line(text) and _NAME.match(
                without_honorifics(re.split(r",|\s+and\s+|[&|·]", _REPORTER.match(text).group(1))[0].strip())):
            kind = "byline"
        elif writers := _names_then_credits(text, registry):
            furniture.append(text)  # (the whole line kept with the furniture: its other credits are the page's)
            kind, text = "byline", f"By {writers}"  # the writers' names, then the graphics' or photos' credit
        elif reporter := _reporter_cell(text):
            furniture.append(text)
            kind, text = "byline", f"By {reporter}"  # a broadcast's credits line: its reporter
        elif labelled := _labelled_writer(text, registry):
            # "Autor: Ioana Munteanu": the label in the site's language (and "Tekst: A | Foto: B": the photographer's cell apart)
            if (photo := _photo_cell(text, rules)):
                furniture.append(photo)
            kind, text = "byline", f"By {labelled.group(1)}"
        elif text.count("|") == 1 and (cells := [c.strip() for c in text.split("|")]) and any(
                _loose_name(c) in {_loose_name(t) for _, _, t in kinds[:3]} for c in cells) and (
                named := [c for c in cells if _NAME.fullmatch(c) and 2 <= len(c.split()) <= 4 and not _looks_like_outlet(c, registry)
                          and _loose_name(c) not in {_loose_name(t) for _, _, t in kinds[:3]}]):
            kind, text = "byline", f"By {named[0]}"  # "Fatima Al-Kuwari | The Doha Meridian": the writer, the masthead's paper
        elif (slashed := re.fullmatch(r"([^/|]{3,60}?)\s*/\s*([^/|]{3,50})", text)) and _JOB_IN_BYLINE.fullmatch(slashed.group(2).strip()) \
                and _NAME.fullmatch(slashed.group(1)) and 2 <= len(slashed.group(1).split()) <= 4 \
                and not _looks_like_outlet(slashed.group(1), registry) and not _is_letterhead(slashed.group(1), registry):
            kind, text = "byline", f"By {slashed.group(1)}"  # "Andre Whyte-McFarlane/Senior Staff Reporter": the name, its job
            furniture.append(slashed.group(2).strip())
        elif _pipe_byline(text, registry) or _names_with_places(text, registry) or _name_then_outlet(text, registry):
            kind = "byline"  # "Reuters | Jane Doe", "Irene Kuo, Taipei; Rhys Pemberton-Lau, TechFab Asia", "A, PTV News"
        elif _menu_item(nonblank, position, lines) and not (following and _HANDLE.fullmatch(following[0])) and not (
                kinds and kinds[-1][1] in ("author-block", "author-job", "furniture")
                and _AUTHORS_LABEL.fullmatch(next((t for _, k, t in reversed(kinds) if k not in ("author-block", "author-job")), ""))):
            # (not the writers under "Authors", a line each for name, job and office, however short)
            kind = "furniture"  # "National" / "Politics" / "Business" / "Real estate": a menu, an item a line
        elif _dated_byline(text, registry, header_date):
            kind = "byline"  # "June 3rd, 2026 - By: Sebastián Ortega-Lindqvist"
        elif _name_cells(text, rules, header_date):
            kind = "byline"  # "A and B | 06.10.2026 - 14:32", "A and B / Staff Writers"
        elif following and (header_date(following[0]) or header_date(_SEPARATOR.split(following[0])[0])) \
                and _names_over_date(text, registry):
            kind = "byline"  # "Khurram Shahzad Awan | Zubaida Baloch", "Zeynep Su Karakaya - ANKARA" over the date
        elif _other_calendar(text):
            kind = "furniture"  # "Magh 24, 2085": the day in the country's own calendar, beside the Gregorian one
        elif _READ_TIME.fullmatch(text) and any(k == "candidate" for _, k, _ in kinds):
            kind = "furniture"  # a reader view's "6–7 minutes" under the title and byline
        elif len(following) > 1 and (following[0] in registry.place_names or _looks_like_outlet(following[0], registry)
                                     and len(following[0].split()) <= 4 and not text.startswith("The ")) and (header_date(following[1])
                                     # (... or the date in the country's own calendar first: "Magh 24, 2085", then "Published at")
                                     or _other_calendar(following[1]) and len(following) > 2 and header_date(following[2])) \
                and any(k == "candidate" for _, k, _ in kinds) and 2 <= len(text.split()) <= 4 and _NAME.fullmatch(text) \
                and not _looks_like_outlet(text, registry) and not _is_letterhead(text, registry) \
                and text not in registry.place_names and not _is_furniture(text, rules):
            kind = "author-block"  # "Farah Al Mansoori" / "Abu Dhabi" / "Oct 25, 2026": the writer, where she filed, when
        elif (dated := [f for f in following if not _READ_TIME.fullmatch(f)]) and (
                header_date(dated[0]) or following[:1] and _READ_TIME.fullmatch(following[0])) and (
                _name_then_job(text, rules) or (
                any(k == "candidate" for _, k, _ in kinds) and 2 <= len(text.split()) <= 4 and _NAME.fullmatch(text)
                and (_given_name(text.split()[0], rules) or bool(_DOUBLE_BARRELLED.fullmatch(text.split()[-1]))
                     or kinds[-1][1] == "standfirst" and kinds[-1][0] == index - 1  # (right under the dek: "Faridah Hamzah")
                     # (... or under a headline and its dek read as two candidates: "Tandin Norbu Lhendup")
                     or len(kinds) >= 2 and kinds[-1][1] == kinds[-2][1] == "candidate" and kinds[-1][0] == index - 1
                     and all(len(k[2].split()) >= 5 for k in kinds[-2:])
                     or text.split()[0] in rules.family_name_first and len(text.split()) == 3  # "Chua Hui Ling"
                     or text.split()[0] in rules.family_name_first and bool(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", text.split()[-1])))  # "Shin Da-bin"
                and not _looks_like_outlet(text, registry) and not _is_letterhead(text, registry)
                and not _is_furniture(text, rules) and not any(w.lower().rstrip("s") in rules.author_titles
                                                               for w in text.split()))):
            kind = "author-block"  # "Dan Whitcombe Technology editor" (or the name alone) over "Published: Thu 17 Sep 2026"
        elif (original := re.match(r"(?:Original|原创)\s+(.+)$", text)) and following and following[0].strip() \
                and original.group(1).endswith(" " + following[0].strip()) \
                and _NAME.fullmatch(name := original.group(1)[:-len(following[0].strip())].strip()):
            kind, text = "byline", f"By {name}"  # WeChat's "Original Ma Yunfei Chip Outpost" over the account's name: its writer
        elif (original := _ORIGINAL_STAMPED.fullmatch(text)) and len(latin := [w for w in original.group("who").split()
                                                                                 if not _CJK_CHAR.search(w)]) >= 3 \
                and _NAME.fullmatch(name := " ".join(latin[:2])) \
                and (name.split()[0] in rules.family_name_first or _given_name(name.split()[0], rules)):
            # "Original Zhou Mingxuan Rare Earth Observer 2028-04-07 19:30 Published in Beijing": the writer, the account,
            # when and where it was sent from, on one line
            kinds.append((index, "date", original.group("stamp")))
            kind, text = "byline", f"By {name}"
        elif any(k == "candidate" for _, k, _ in kinds) and _names_apart(text, registry):
            kind = "byline"  # "Szabó Réka – Tóth Bence" under the title (and the photo): writers' names alone, set apart
        elif following and _HANDLE.fullmatch(following[0]) and _NAME.match(text):
            kind = "byline"  # a post's author: "Kevin Liang" above "@kliang_trade"
        elif following and _FOLLOW_BUTTON.fullmatch(following[0].strip()) and _NAME.fullmatch(text) \
                and 2 <= len(text.split()) <= 4 and any(k == "candidate" for _, k, _ in kinds) \
                and not _looks_like_outlet(text, registry) and text not in registry.names() \
                and not (text.split()[0] in registry.place_names and not _given_name(text.split()[0], rules)):
            kind = "byline"  # "Ophelia Ng" over her "+ FOLLOW" button, under the headline: a writer
            # (not "Jakarta Mercury" over its "Follow": a news app's source, named by its city)
        elif (bracketed := _NAME_AND_OUTLET.fullmatch(text)) and _NAME.fullmatch(bracketed.group(1)) \
                and _given_name(bracketed.group(1).split()[0], rules) and (_looks_like_outlet(bracketed.group(2), registry) or any(
                    _loose_name(bracketed.group(2)) in _loose_name(t) for _, _, t in kinds)):
            kind, text = "byline", bracketed.group(1)  # "Dian Pratiwi (The Jakarta Mercury)": a writer, then her paper
        elif _SOCIAL_AUTHOR.match(text) and _NAME.match(_SOCIAL_AUTHOR.match(text).group(1)):
            kind = "byline"  # "Daniela Rocha-Whitfield • 2nd": a post's author and how far they are from you
        elif following and re.fullmatch(_DEGREE, following[0]) and _NAME.fullmatch(text) and not _looks_like_outlet(text, registry):
            kind = "byline"  # ... its degree on a line of its own under the name: "Dominika Wróbel-Hayes" / "• 2nd"
        elif kinds and kinds[-1][1] == "byline" and re.fullmatch(_DEGREE, text):
            kind = "furniture"
        elif kinds and (kinds[-1][1] == "byline" and _SOCIAL_AUTHOR.match(kinds[-1][2])
                        or len(kinds) > 1 and kinds[-2][1] == "byline" and re.fullmatch(_DEGREE, kinds[-1][2])) \
                and not body_like(text):
            kind = "furniture"  # the job line a post's author shows under their name
        elif _AUTHORS_LABEL.fullmatch(text) or _PARTICIPANTS_LABEL.fullmatch(text):
            kind = "furniture"  # "AUTHORS" above one name a line; "Corporate Participants" above a call's
        elif kinds and _PARTICIPANTS_LABEL.fullmatch(next((t for _, k, t in reversed(kinds) if k not in ("speaker", "participant-job")), "")) \
                and _NAME.match(_PARTICIPANT_SPLIT.split(text)[0].strip()):
            kind = "speaker"  # "Brian Cho, Ridgeway Partners, Analyst" under "Conference Call Participants"
        elif kinds and kinds[-1][1] == "speaker" and _PARTICIPANTS_LABEL.fullmatch(next(
                (t for _, k, t in reversed(kinds) if k not in ("speaker", "participant-job")), "")) \
                and len(text.split()) <= PARTICIPANT_JOB_MAX_WORDS and not _TERMINAL.search(text):
            kind = "participant-job"  # "Garrett Hollingsworth" / "Former Assistant Secretary ...": a panelist's job
        elif (unmarked := _PAPER_MARKS.sub("", text)) != text and len(text.split()) <= 40 \
                and all(_NAME.fullmatch(n) for n in _paper_authors(unmarked)):
            kind = "paper-authors"  # "A ORCID: orcid.org/0000-0002-4471-8830 1 ✉, B 2 & C 3": a journal's authors, marked
        elif _AFFILIATION_MARK.search(text) and len(names := re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*",
                                                                   _AFFILIATION_MARK.sub("", text))) >= 1 \
                and all(_NAME.fullmatch(n.strip()) for n in names) and len(text.split()) <= 24:
            kind = "author-block"  # a paper's authors, each marked with their affiliation's number: "A1, B2 and C1"
        elif kinds and (kinds[-1][1] == "author-block" and _AFFILIATION_MARK.search(kinds[-1][2]) or kinds[-1][1] == "paper-authors"
                        or kinds[-1][1] == "author-job" and _AFFILIATION.match(kinds[-1][2])) \
                and _AFFILIATION.match(text) and len(text.split()) <= 20:
            kind = "author-job"  # ... and the affiliations under them: "1 Meridian Institute for Economic Statecraft, Washington"
        elif kinds and kinds[-1][1] == "author-job" and len(text.split()) <= 4 \
                and text.split(",")[0].strip() in registry.place_names:
            kind = "author-job"  # "Margaret A" / "Partner" / "Washington, D.C.": the office under a writer's job
        elif kinds and _AUTHORS_LABEL.fullmatch(next((t for _, k, t in reversed(kinds) if k not in ("author-block", "author-job")), "")) \
                and _NAME.fullmatch(_CREDENTIALS.sub("", text)) and not _is_furniture(text, rules) and not (
                    kinds[-1][1] == "author-job" and not _given_name(text.split()[0], rules) and not (
                        following and _JOB_LINE.match(following[0]) and len(following[0].split()) <= 4
                        and _JOB_LINE.match(following[0]).group(1).lower() in {*rules.author_titles, *rules.role_words})) \
                and not (kinds[-1][1] == "author-block" and (job := _JOB_LINE.match(text)) and len(text.split()) <= 4
                         and job.group(1).lower() in {*rules.author_titles, *rules.role_words}):
            # (after the last writer's job and office, "Related Capabilities": the page's next label, no one's name;
            # nor a button's "Download PDF"; nor the job under a name, "Registered Foreign Lawyer")
            kind = "author-block"  # one of the names under "AUTHORS"
        elif kinds and kinds[-1][1] in ("author-block", "author-job") and len(text.split()) <= 10 \
                and _AUTHORS_LABEL.fullmatch(next((t for _, k, t in reversed(kinds) if k not in ("author-block", "author-job")), "")) \
                and (all(_CONTACT_CELL.fullmatch(c.strip()) for c in text.split("|"))
                     or _is_letterhead(re.sub(r"[()]|\.$", "", text), registry)):
            kind = "author-job"  # ... and each one's phone, e-mail and firm ("Kestrel Securities (Hong Kong) Limited")
        elif kinds and kinds[-1][1] in ("byline", "furniture") and len(text.split()) <= 20 and not body_like(text) \
                and any(k == "byline" for _, k, _ in kinds[-2:]) and _JOB_LINE.match(text) \
                and _JOB_LINE.match(text).group(1).lower() in {*rules.author_titles, *rules.role_words}:
            kind = "author-job"  # a post's author's job under their name: "Managing Director, Andes Trade Advisory | ..."
        elif kinds and kinds[-1][1] == "author-block" and len(text.split()) <= 8 \
                and _AUTHORS_LABEL.fullmatch(next((t for _, k, t in reversed(kinds) if k not in ("author-block", "author-job")), "")) \
                and (re.split(r"[\s,]+", text)[0].lower() in {*rules.author_titles, *rules.role_words}
                     or (job := _JOB_LINE.match(text)) and job.group(1).lower() in {*rules.author_titles, *rules.role_words}):
            kind = "author-job"  # ... and the job and office under each name ("Partner, Dubai", "Registered Foreign Lawyer")
        elif kinds and kinds[-1][1] in ("byline", "author-block") and "|" in text \
                and _NAME.fullmatch((cells := [c.strip() for c in text.split("|")])[0]) \
                and all(_CONTACT_CELL.fullmatch(c) for c in cells[1:]):
            kind = "author-block"  # an analyst's name and contacts under "Analysts: A | phone | e-mail"
        elif kinds and kinds[-1][1] == "byline" and re.match(r"^(?:with|and)\s+", text) \
                and _NAME.fullmatch(re.sub(r"^(?:with|and)\s+", "", text)):
            kind = "author-block"  # "By A" then "with B" on the next line
        elif text.lower().startswith("by ") and "|" in text:
            kind = "byline"  # "By NAME | Outlet | Updated: ..."
        elif re.match(r"^source\s*[:：]", text, re.I) and len(text.split()) <= 12:
            kind = "source"
        elif _spaced_menu(lines[index]):
            kind = "furniture"  # "Home   My Network   Jobs   Messaging", "National  Business  Tech  Opinion": a menu copied with its spacing
        elif kinds and kinds[-1][1] == "byline" and (REPORTED_FROM.match(text) or _WRITERS_PLACES.fullmatch(text)):
            kind = "furniture"  # "Rebecca Lindqvist reported from Singapore, and Marcus Oyelaran from Washington."
            # ... "in Beijing and Washington": where the byline's writers are, on a line of its own
        elif _TIMED_ITEM.match(text) and sum(1 for i in nonblank[max(0, position - 2):position + 3]
                                             if _TIMED_ITEM.match(lines[i].strip())) >= TIMED_LIST_MIN_ITEMS:
            kind = "furniture"  # "03:31  *CHINA TO REQUIRE ..." / "03:52  China to Demand ...": a terminal's timed headlines
        elif _BILINGUAL_MENU.fullmatch(text):
            kind = "furniture"
        elif len(cells := re.split(r"\s{6,}", lines[index].strip())) == 2 and all(len(c.split()) <= 6 for c in cells):
            kind = "furniture"  # "ALDOUS BRENNAN LLP        Trade Remedies Bulletin": a page's running header
        elif kinds and _MEETING_LABEL.match(kinds[-1][2]) and header_date(text):
            kind = "meeting"  # "For discussion" / "on 14 July 2026": the meeting's date, not the paper's
        elif _job_after_pipe(text, registry) and not _firm_named(text.partition("|")[0].strip(), lines, rules):
            # (not "Kellerman Tan | Asia Pacific Equity Research" over "Kellerman Tan Securities (Hong Kong) Limited": a firm)
            kind = "author-block"  # "Elif Karaağaçlı Demir | Economy Editor": a writer, then their job
        elif following and _CREDIT_LABEL.match(following[0]) and (card := _NAME_AND_OFFICE.fullmatch(text)) \
                and _NAME.fullmatch(card.group(1)) and not _looks_like_outlet(card.group(1), registry) \
                and set(card.group(2).lower().split()) & set(_lowered_set(rules.role_words)):
            kind = "author-block"  # "Stefan Wurzinger, Head of Raw Materials Policy" over "Reviewed by A, Legal Affairs"
        elif (by_on := _DOCUMENT_BY_ON.match(text)) and header_date(by_on.group(1)):
            kind = "date"  # "A Rule by the Industry and Security Bureau on 09/17/2026": the Federal Register's line
        elif (poster := _POSTER_CLOCK.fullmatch(text)) and _NAME.fullmatch(poster.group(1)) \
                and _given_name(poster.group(1).split()[0], rules) and not any(k == "byline" for _, k, _ in kinds):
            kind, text = "byline", poster.group(1)  # "Priya Raghavan-Cole  9:41 AM": a chat message's poster and its clock
        elif (counted := _COUNTED_ON.match(text)) and header_date(counted.group(1)):
            kind = "date"  # "21,487 views  Premiered Jun 10, 2028  #USChina": a video's counts and the day it went up
        elif _LIVE_BAR.match(text):
            kind = "furniture"  # "▶ LISTEN LIVE  Reef Coast Radio 95.3 FM — Belize City": a station's player bar
        elif _RECIPIENTS_NOTE.match(text):
            kind = "furniture"  # "Syndication partners: please run the text with all changes accepted.": to those who run it
        elif _DOCUMENT_WINDOW.fullmatch(text):
            kind = "furniture"  # "VT_EN_syndication_2030-01-30_kopakona_v3.docx  [Compatibility Mode]": the editor's window
        elif _WEATHER.search(text) and sum(1 for w in text.split() if re.search(r"\w", w)) <= 12:
            kind = "furniture"  # "Thursday, March 5, 2026 | Manila 31°C": the site's clock and weather (or a market's
            # ticker), not the article's date
        elif header_date(text) or header_date(_FIELD.split(text)[0]) or (header_date(_SEPARATOR.split(text)[0]) or (0,))[0] \
                or _issue_line(text, header_date) \
                or _running_head_date(text, header_date) or _column_date(lines[index], header_date):
            # ... and a newspaper page's running head: "14  THE COROMANDEL HERALD  CHENNAI, FRIDAY, OCTOBER 9, 2026  BUSINESS"
            # (... or a show daily's, its columns set apart by spaces: "Hall 3 · 22–24. januar 2030     Sreda, 23. januar 2030")
            kind = "date"  # "Release time: 14/11/2025 08:05 Source: Daily", "Sunday, 9 August 2026 | الأحد 9 أغسطس 2026"
        elif following and len(following[0].split()) >= 4 and text.endswith(" " + following[0]) \
                and len(text.split()) - len(following[0].split()) <= BREADCRUMB_MAX_WORDS:
            kind = "furniture"  # "Home News Business News Ascom announces ..." over "Ascom announces ...": the trail to it
        elif (shouted := next((f for f in following if f.isupper() and len(f.split()) >= 4
                               and text.casefold().endswith(" " + f.casefold())), "")) \
                and len(text.split()) - len(shouted.split()) <= BREADCRUMB_MAX_WORDS:
            kind, text = "candidate", text[-len(shouted):]  # "Home Holidays Homemade Spiced Honey Pear Jam" over the
            # headline set in capitals: the trail's end is the headline, as the page writes it
        elif _outlet_dated(text, registry, header_date):
            kind = "date"  # "Associated Press November 19, 2026, 9:02 AM": the wire's name, then when it filed
        elif _DAY_FIELD.match(text):
            kind = "furniture"  # "Disclosure Date: 01/08/2029   Time: 13:42": a record's field, its day one no rule reads
            # for sure (the 1st of August or the 8th of January); never its title
        elif len(text.split()) <= 6 and _STAFF_CREDIT.match(text) and re.search(r"(?:staff|writers?|reporters?|correspondents?)$", text, re.I) \
                and not re.search(r",|\band\b|&", text) and not _given_name(text.split()[0], rules):
            kind = "byline"  # "JEJ Staff Writers": a desk's credit where the byline goes (the names may sign off at the end)
        elif (follow := _FOLLOW_ON.match(text)) and follow.group(1) in {*rules.furniture_words, "Google News"}:
            kind = "furniture"  # "Follow SET on Google News", "Follow us on WhatsApp"
        elif _airtime(text):
            kind = "furniture"  # "Weekdays 6–9 a.m. on 91.7 FM and online": the programme's airtime under its name
        elif text.isupper() and 2 <= len(text.split()) <= 4 and following and len(following[0].split()) <= 5 \
                and _NAME.fullmatch(name_case(text)) and any(k == "candidate" for _, k, _ in kinds) \
                and (any(w.lower().rstrip("s") in rules.author_titles for w in following[0].split()) or re.search(
                    r"\bdesk\b", following[0], re.I) or header_date(following[0]) and not _ci_startswith(text, rules.furniture_prefixes)
                    and _given_name(name_case(text).split()[0], rules)) \
                and not _is_letterhead(text, registry) and not _looks_like_outlet(name_case(text), registry):
            kind = "author-block"  # "KENTARO ISHIBASHI" / "Staff writer" (or "July 21, 2028 01:47"): a writer's name in
            # capitals over their job or the date
        elif (named := _NAME_THEN_REPORTER.fullmatch(text)) and _NAME.fullmatch(named.group(1)) \
                and any(k == "candidate" for _, k, _ in kinds) and not _looks_like_outlet(named.group(1), registry):
            kind, text = "byline", named.group(1)  # "Shin Ji-hoon reporter": a Korean paper's writer, the job after the name
        elif _issue_byline(text, registry):
            kind = "byline"
        elif index in wrapped_caps and text == lines[index].strip():
            kind = "candidate"  # a title in capitals wrapped at a small word, joined: a title, not a label in capitals
        elif text.isupper() and len(text.split()) >= CAPS_HEADLINE_MIN_WORDS and following and _DATELINE.match(following[0]) \
                and not any(k == "candidate" for _, k, _ in kinds) and not _SEPARATOR.search(text):
            kind = "candidate"  # "NEPAL CURBS ANTIBIOTIC EXPORTS, CAPS PRICES" right over "KATHMANDU, Feb 24 - ...": an alert's
            # headline in capitals, the only line over its dateline
        elif _is_furniture(text, rules):
            kind = "furniture"
        elif _speaker_line(text, rules) or re.match(r"^Speaker\s*[:：]\s*\S", text) or (
                kinds and kinds[-1][1] == "candidate" and len(kinds[-1][2].split()) >= 6
                and not _is_letterhead(kinds[-1][2], registry) and speech_speaker(text, rules)):
            kind = "speaker"  # a speech's speaker under its title: who spoke, not what it is called
            # ("Speech by Nienke Verhoef-Bakker, Executive Director ..., at the ... Forum" under the title)
        elif _NAME.match(text.split(",")[0].strip()) and not _is_letterhead(text.split(",")[0].strip(), registry) \
                and not _looks_like_outlet(text.split(",")[0].strip(), registry) and not any(
                w in text.split(",")[0].lower() for w in rules.author_titles) and (
                any(w in text.lower() or w in " ".join(following[:1]).lower() for w in rules.author_titles)
                and not (following and _BYLINE_LABEL.match(following[0]))  # a title over "Author: X"
                and (len(text.split(",")) == 2 or not following or len(following[0].split()) <= 8)):
            kind = "author-block" if len(text.split()) <= 10 else ""
        if not kind and (any(k in ("candidate", "standfirst") for _, k, _ in kinds) or following[:1] == [text]) \
                and _author_line(_CREDENTIALS.sub("", text), registry):
            # "Yifan Lou in Beijing", "A, B, and C" under a title; a name printed twice (avatar, name); "Wendy Cheung, CFA"
            kind, text = "byline", _CREDENTIALS.sub("", text)
        elif not kind and following[:1] == [text] and 2 <= len(text.split()) <= 4 and _NAME.fullmatch(text) \
                and not _looks_like_outlet(text, registry) and not _is_letterhead(text, registry) \
                and text not in registry.names():
            kind = "byline"  # ... whatever the given name: a page prints a person's name twice, a section's once
        elif not kind and kinds and kinds[-1][1] == "byline" and kinds[-1][2] == text:
            kind = "furniture"  # ... and its second printing
        elif not kind and following and 2 <= len(text.split()) <= 4 and _NAME.fullmatch(text) \
                and (reporter := _REPORTER.match(following[0])) and text in reporter.group(1):
            kind = "furniture"  # "Yoon Da-hye" over "Reporter Yoon Da-hye yoondh@...": the avatar's name over the byline
        if not kind and (_INBOX_TAIL.sub("", text) in subjects or text.lower().startswith("subject")
                         and _EMAIL_HEADER.match(text)):
            kind = "candidate"  # an e-mail's subject, full stop and all, is a title, not the text
            if text != (text := _INBOX_TAIL.sub("", text)):
                furniture.append("Inbox")
        ahead = [squash(lines[i]) for i in nonblank[position + 1:position + 7]]
        if not kind and len(text.split()) >= 25 and not re.search(r"[.!?](?:\s|$)", text) and following \
                and (header_date(following[0]) or _DOCUMENT_BY.match(following[0])
                     or any(_byline_line(f, registry) for f in ahead)):
            kind = "candidate"  # a Federal Register document's long title over "A Notice by ... on 12/27/2024",
            # a tabloid's forty-word headline over its bullet points and "By ..."
        if not kind and body_like(text):
            # A standfirst sits between the headline and a byline or date line; the body does not.
            ahead = [f for f in following[:2]]
            # ... or further down, past a player's, a share bar's and a picture's lines: "Listen to this article · 8:41
            # min" / "Share full article" / "142" / "<caption>.Credit...Ong Jia Hui for The Times" / "By A and B"
            further = [squash(lines[i]) for i in nonblank[position + 1:position + 8]]
            far: list[str] = []
            pictured = False  # (a caption and its credit's line skipped: a writer's name alone may come next)
            for n, line in enumerate(further[:-1]):
                # (a caption over its credit's line: "Technicians at work ..." / "Image: A/ANP/picture alliance")
                over_credit = len(line.split()) <= rules.caption_max_words and not _TERMINAL.search(line) and bool(
                    _CREDIT_ONLY.fullmatch(further[n + 1]) or _ci_startswith(further[n + 1], rules.credit_markers))
                pictured = pictured or over_credit
                if not (len(line.split()) <= 10 or _GLUED_CREDIT.search(line) or split_credit(line, rules)
                        or _CREDIT_GLUED_ON.search(line)  # ("...stockpiling again.Mariana Okoye-Reyes for The Record")
                        or over_credit):
                    break
                if n >= 1:
                    far.append(further[n + 1])
            dated = any(k == "date" for _, k, _ in kinds)  # then a time stamp ahead opens a live blog's next entry
            # (a writer's name alone, then within two lines the date: "Veera Kettunen" / "Helsinki Herald" / "Tuesday 16
            # January 2029", under a caption; or the button to follow them: "Mwansa Chileshe-Banda" / "Follow")
            near = [*ahead, *far]
            signed = not dated and any(_NAME.fullmatch(f) and 2 <= len(f.split()) <= 4 and not _looks_like_outlet(f, registry)
                                       and not f.startswith("The ")  # (not "The Editorial Board")
                                       and any(header_date(g) or _FOLLOW_BUTTON.fullmatch(g) for g in near[k + 1:k + 3])
                                       for k, f in enumerate(near))
            if len(text.split()) <= 60 and not any(k == "byline" for _, k, _ in kinds) and (any(
                    _byline_line(f, registry) or _reporter_line(f)
                    or ((header_date(f) or header_date(_SEPARATOR.split(f)[0]))
                        and (not dated or _FIRST_PUBLISHED.match(f)))  # "Published on: A | Last updated: B"
                    or _author_line(f, registry) or _dated_byline(f, registry, header_date) or _labelled_writer(f, registry)
                    or _name_then_job(f, rules) for f in ahead)  # ("Bridget Nakamura-Walsh Resources reporter")
                    or any(_byline_line(f, registry) or pictured and _author_line(f, registry) for f in far) or signed) \
                    and not _DATELINE.match(text) and not _BRACKET_BYLINE.match(text) and not _THREAD_START.search(text):
                kind = "standfirst"  # (not a thread's first post: "... so mute me now 🧵 1/")
            else:
                end = index
                break
        kinds.append((index, kind or "candidate", text))
        position += 1
    else:
        return Header()  # no body paragraph near the top: the blocks are read as before

    # "Kanto Shimpo file photo": the picture's caption is the line beside its credit (of two, the one in sentence
    # case: the headline in title case may sit right above the picture).
    credited: dict[int, str] = {}
    for n, (index, kind, text) in enumerate(kinds):
        beside = [m for m in (n - 1, n + 1) if kind == "photo-credit" and 0 <= m < len(kinds) and kinds[m][1] == "candidate"
                  and len(kinds[m][2].split()) <= rules.caption_max_words and not _TERMINAL.search(kinds[m][2].rstrip(".")[-1:] or "")]
        if len(beside) == 2:
            plain = [m for m in beside if not _title_cased(kinds[m][2])]
            beside = plain if len(plain) == 1 else beside[:1]
        if beside:
            credited[n] = credited[beside[0]] = text
            kinds[beside[0]] = (kinds[beside[0]][0], "credited-caption", kinds[beside[0]][2])

    # Two writers' names a line each under the date, the second read as a byline ("Suhasini Venkataraghavan" / "Rohit
    # Malhotra-Iyer"): one byline
    for n in range(len(kinds) - 1, 1, -1):
        (index, kind, text), (above_index, before, above) = kinds[n], kinds[n - 1]
        if kind == "byline" and before == "candidate" and index == above_index + 1 and kinds[n - 2][1] in ("date", "byline") \
                and _NAME.fullmatch(text) and _NAME.fullmatch(above) and 2 <= len(above.split()) <= 3 \
                and not _looks_like_outlet(above, registry) and not _is_letterhead(above, registry) and above not in registry.names():
            kinds[n - 1:n + 1] = [(above_index, "byline", f"{above} and {text}")]

    # A cover's title set over two lines ("China's Rare Earth Licensing After" / "the Shenzhen Truce"), perhaps under its
    # main title in capitals ("LEVERAGE ON LOAN"): one title, "Leverage on Loan: China's ... Truce"
    for n in range(len(kinds) - 1, 0, -1):
        if n >= len(kinds):
            continue  # (three lines made one just below: the list is shorter now)
        (index, kind, text), (above_index, before, above) = kinds[n], kinds[n - 1]
        # (the next line going on in lower case, or a line ending where no headline ends: "Magnets," / "Licences and")
        goes_on = re.match(r"(?:the|of|and|in|for|to|on|a|an|with|after|over)\s", text) \
            or re.search(r"(?:[,:]|\b(?:and|the|of|a|an|between|against|into|amid|across|towards?"
                         r"|its|their|his|her|our|your|to|for|with|from|by|as))$", above)  # ("Haneul Membrane licenses its")
        if kind == before == "candidate" and index == above_index + 1 and "://" not in above and goes_on \
                and not _TERMINAL.search(above.rstrip(":")) and len(f"{above} {text}".split()) <= HEADLINE_MAX_WORDS:
            joined = f"{above} {text}"
            main = kinds[n - 2] if n >= 2 else None
            if main and main[1] == "furniture" and main[2].isupper() and 2 <= len(main[2].split()) <= 6 \
                    and not re.search(r"\s[/|>]\s", main[2]) and not _is_letterhead(main[2], registry) \
                    and main[2].casefold() not in {k.casefold() for k in _kickers(rules)}:  # (not "CLIENT ALERT", a label,
                # nor "ENTREPRISES / COMPANIES", a section named in two languages)
                kinds[n - 2:n + 1] = [(main[0], "candidate", f"{_headline_case(main[2])}: {joined}")]
            else:
                kinds[n - 1:n + 1] = [(kinds[n - 1][0], "candidate", joined)]

    # A title in capitals wrapped over two lines, the second a short line of capitals read as a label ("STOPPING THE LEAK:
    # ENFORCING EXPORT CONTROLS" / "ON ADVANCED CHIPS"): one title, going on at a preposition
    for n in range(len(kinds) - 1, 0, -1):
        (index, kind, text), (above_index, before, above) = kinds[n], kinds[n - 1]
        if before == "candidate" and kind == "furniture" and index == above_index + 1 and above.isupper() and text.isupper() \
                and re.match(r"(?:ON|OF|IN|FOR|TO|WITH|AT|FROM|AND|THE|AGAINST|OVER|AFTER)\s", text) \
                and not _TERMINAL.search(above) and len(f"{above} {text}".split()) <= HEADLINE_MAX_WORDS:
            kinds[n - 1:n + 1] = [(above_index, "candidate", f"{above} {text}")]

    # "Feed URL: https://..." / "GUID: ..." / "Author (dc:creator): A" / "Categories: ...": a feed reader's or an app's
    # fields over the item, three or more lines in a row, each "Label: value"; none is the headline (a date among them
    # still dates it; a mail's "Subject:" and a labelled headline are read as they are)
    run: list[int] = []
    for n, (index, kind, text) in enumerate([*kinds, (-9, "", "")]):
        if run and index == kinds[run[-1]][0] + 1 and _FIELD_LINE.match(text):
            run.append(n)
            continue
        if len(run) >= FIELD_RUN_MIN and any(re.search(r":\s+https?://", kinds[m][2]) for m in run) \
                and not any(_EMAIL_HEADER.match(kinds[m][2]) for m in run):  # (a feed's or an app's, with its links; not a mail's)
            kinds = [(i, "furniture", t) if m in run and kind_ == "candidate" and not _HEADLINE_LABEL.match(t)
                     and not re.match(r"(?:Subject|Betreff|Asunto|Objet|Oggetto|Assunto|Onderwerp)\s*:", t, re.I) else (i, kind_, t)
                     for m, (i, kind_, t) in enumerate(kinds)]
        run = [n] if _FIELD_LINE.match(text) else []
    # "Client: Trishul Energy Storage Pvt. Ltd.          Clip ID: SMM-2030-0124-0387": a form's fields set out in columns (a
    # clipping service's sheet, a script's slug block), "Label: value" in each; no headline
    kinds = [(i, "furniture", t) if kind_ == "candidate" and len(cells := [c for c in re.split(r"\s{3,}", lines[i].strip()) if c]) >= 2
             and all(_FIELD_LINE.match(c) for c in cells) and not _HEADLINE_LABEL.match(t) else (i, kind_, t)
             for i, kind_, t in kinds]
    # "Distribution: Shipping lines and agents, ..." / "SUBJECT: United States scanning rule – ...": a notice's, a
    # circular's or a memo's fields over its text (no mail's: no "From:" over it), the one labelled its subject the
    # headline; the other lines that could have been are furniture
    subjects_at = [n for n, (_, kind, text) in enumerate(kinds) if kind == "candidate" and _LETTER_SUBJECT.match(text)]
    if len(subjects_at) == 1 and not any(re.match(r"(?:From|Sender|Reply-To|Cc|Bcc)\s*:", t, re.I) for _, _, t in kinds) \
            and not any(_HEADLINE_LABEL.match(t) for _, _, t in kinds):
        kinds = [(i, "furniture", t) if kind == "candidate" and n != subjects_at[0] else (i, kind, t)
                 for n, (i, kind, t) in enumerate(kinds)]
    # A mail opened in a webmail's window: its subject, then the sender's line ("GCL Customer Service <advisory@...>"), then
    # the message, a document with its own title right over its salutation ("US scanning rule: what changes for ..." /
    # "Dear Valued Customer,"; not a field's line, "Trades: WAFNA ..."): the message's title is the headline, the mail's
    # subject and the window's lines furniture
    sender = next((n for n, (_, _, t) in enumerate(kinds) if _SENDER_LINE.fullmatch(t)), None)
    greeting = next((n for n, (_, _, t) in enumerate(kinds) if sender is not None and n > sender + 1 and _MAIL_GREETING.fullmatch(t)), None)
    if greeting is not None and kinds[greeting - 1][1] == "candidate" and not re.match(r"[\w-]+\s*:\s", kinds[greeting - 1][2]) \
            and not _TERMINAL.search(kinds[greeting - 1][2]) and len(kinds[greeting - 1][2].split()) >= MAIL_TITLE_MIN_WORDS:
        kinds = [(i, "furniture", t) if kind == "candidate" and n != greeting - 1 else (i, kind, t)
                 for n, (i, kind, t) in enumerate(kinds)]
    # "WEB HEADLINE: Customs at Torugart seize ..." in a script's slug block: the one line the copy labels its headline is
    # it; the other lines that could have been are furniture
    labelled = [n for n, (_, kind, text) in enumerate(kinds) if kind in ("candidate", "furniture") and _HEADLINE_LABEL.match(text)]
    if len(labelled) == 1:
        (index, _, text), chosen_at = kinds[labelled[0]], labelled[0]
        kinds = [(index, "candidate", text[_HEADLINE_LABEL.match(text).end():].strip()) if n == chosen_at else
                 (i, "furniture", t) if kind == "candidate" else (i, kind, t) for n, (i, kind, t) in enumerate(kinds)]
    # Headline: the best candidate line; the rest of the candidates are furniture.
    candidates: list[tuple[float, int, str, list[str]]] = []
    texts = [t for _, _, t in kinds]
    headlines: dict[str, str] = {}  # each line's headline without its furniture: asked of every line for each candidate

    def stripped(text: str) -> str:
        if text not in headlines:
            headlines[text] = _strip_headline(text, rules)[0]
        return headlines[text]

    for n, (index, kind, text) in enumerate(kinds):
        if kind != "candidate":
            continue
        headline, removed = _strip_headline(text, rules)
        headlines[text] = headline
        words = len(headline.split())
        subject = re.match(r"^Subject\s*:\s*", headline, re.I)
        if subject and headline[subject.end():] in texts:
            continue  # "Subject: X" over the body's "X": the e-mail's subject is the title it prints
        if not subject and _EMAIL_HEADER.match(headline):
            continue  # "From: Bureau of Industry and Security <bis@...>": who sent it, not a title
        if _PLAYER.match(text):
            continue  # "▶ Play episode  ⤓ Download MP3 (28.7 MB)", "▶ LIVE NOW: Drive Time": a player's buttons
        if _CAPS_FIELD.match(text) and any(0 <= m < len(kinds) and abs(kinds[m][0] - index) == 1 and _CAPS_FIELD.match(kinds[m][2])
                                           for m in (n - 1, n + 1)):
            continue  # "SUBMITTEE: Ministry of Health" / "VENUE: Small Committee Room, Suva": a record's fields, a line each
        if words < 3 or _TERMINAL.search(headline) and not headline.endswith(("?", "!")) and not subject \
                and not _titled_sentences(headline) \
                and _INBOX_TAIL.sub("", text) not in subjects or _BULLET.match(headline) \
                or _cover_statement(headline):
            continue  # ... and "- Phase Two adds 400 megawatts": a press release's points under its headline
        nxt = next((k for _, k, _ in kinds[n + 1:] if k != "furniture"), "body")
        score = min(words, 12) + (4 if nxt in _AFTER_HEADLINE else 0)
        score += 6 if sum(1 for t in texts if stripped(t) == headline) > 1 else 0
        # a menu's or a label's words, all capitalised (but "China's Toolmakers Close In On Etch And Deposition": a
        # headline in title case has more words than a label)
        score -= 3 if not re.search(r"\b[a-z]{3,}\b", headline) and not _CAPS_TITLE.match(headline) and words < 6 else 0
        score -= 8 if _is_letterhead(text, registry) else 0  # an organisation's name, not a title
        score -= 8 if re.match(r"^(?:Dr|Mr|Mrs|Ms|Hon|Prof)\.?\s+[A-Z]", text) else 0  # a witness, not a title
        # ... nor a hearing's roll ("Witnesses: Hon. A, ...; Ms. B,") or an editor's note in brackets ("[Excerpt: ...]")
        score -= 8 if re.match(r"(?:Present|Witnesses|Also present|Members present)\s*:", text) or re.fullmatch(r"\[.+\]", text) else 0
        parts = text.split(",")
        score -= 8 if len(parts) >= 4 and all(len(p.split()) <= 5 for p in parts) else 0  # a list: "A, Ohio, Chair B, ..."
        score -= 8 if sum(bool(re.search(r"\d", w)) for w in headline.split()) * 2 >= words else 0  # "15 CFR Parts 734, 740"
        score -= 8 if _COUNTED.match(headline) else 0  # "21,487 views  Premiered Jun 10, 2028  #USChina": a video's counts
        # "Headline | Business Sentinel" (a shared link's tab title) where the page prints "Headline" itself
        score -= 6 if any(len(t.split()) >= 4 and t != text and re.match(rf"{re.escape(t)}\s+[|–—-]\s+\S", text)
                          for _, k, t in kinds if k == "candidate") else 0
        candidates.append((score, n, headline, removed))
    chosen = max(candidates, key=lambda c: (c[0], -c[1])) if candidates else None
    dek = ""
    # A speech's speaker line (not a call's participants, listed under their label) has its title above it.
    # (... nor one of a list under "Participants", whatever lines of the list read as speakers' or not)
    listed = {n for n, (_, k, _) in enumerate(kinds) if k == "speaker" and (_PARTICIPANTS_LABEL.fullmatch(
        next((t for _, k2, t in reversed(kinds[:n]) if k2 != "speaker"), "")) or any(
        _PARTICIPANTS_LABEL.fullmatch(t) for _, _, t in kinds[max(0, n - PARTICIPANTS_REACH):n]))}
    speaker = next((n for n, (_, k, _) in enumerate(kinds) if k == "speaker" and n not in listed), None)
    above = [c for c in candidates if speaker is not None and c[1] < speaker
             and all(k in ("furniture", "date") for _, k, _ in kinds[c[1] + 1:speaker])]
    if not any(k == "date" for _, k, _ in kinds):
        # "WaferLine Weekly · Issue 47 · November 20, 2026     7": a PDF's running header, furniture for printing on
        # every page, still gives the issue's date when no other line does.
        for _, kind, text in kinds:
            issue = re.sub(r"\s+\d{1,4}$", "", text)
            if kind == "furniture" and (dated := _issue_day(issue, header_date)) and dated[0]:
                dates.append(dated)
                break
    printed_again = frozenset(cell.strip() for line in lines[end:] if "|" in line or "·" in line
                              for cell in _SEPARATOR.split(line.strip()))
    stacked = _title_above_byline(kinds, registry, printed_again)
    # "Chokepoint: The lame duck's last shot ..." (a newsletter's subject line), "Read this story on the X app: <headline>
    # https://...": a line that ends by printing a candidate again, after a label, names that candidate the headline
    # (... or its start: "Subject: ChipPolicy Insider | BIS eyes Malaysian units of Chinese design houses" over the
    # newsletter's "BIS eyes Malaysian units of Chinese design houses as subsystem rule draws fire")
    echoed = [c for c in candidates if len(c[2].split()) >= 4 and not _is_letterhead(c[2], registry) and any(
        # (... or a dash: "Subject: LBOMA Members' Bulletin No. 37 — US lift controller rule: what it means for ...")
        k == "candidate" and t != kinds[c[1]][2] and (re.search(rf"(?:[:：]|\s[—–])\s*{re.escape(c[2])}(?:\s+https?://\S+)?\s*$", t)
                                                      # (not a field's: "From: Innovation, Science and ... Canada", who issued it)
                                                      and not re.match(r"(?:From|To|By|Source|Publisher|Issued by)\s*[:：]", t, re.I) or (
            len(cut := re.split(r"\s*[:：|]\s*", t)[-1].split()) >= SUBJECT_PREFIX_MIN_WORDS and re.match(r"Subject\s*:", t, re.I)
            and c[2].startswith(" ".join(cut) + " ")))
        for _, k, t in kinds)]
    if above:
        # A speech: its title sits right above the speaker's line; venue and event lines follow.
        chosen = above[-1]
    elif len({c[2] for c in echoed}) == 1 and not (stacked and stacked[0][2] == echoed[0][2]):
        chosen = echoed[-1]
    elif stacked:
        chosen, dek = stacked
        # "Aduanas retiene 120 tambores ..." over "Customs holds 120 drums ...": a bilingual edition's title in the
        # site's language, then in English; the English one is the briefing's, the other its deck
        if dek and 0.6 <= len(dek.split()) / max(1, len(chosen[2].split())) <= 1.6 \
                and english_share(dek) >= 0.12 and english_share(chosen[2]) < 0.06 and english_share(chosen[2], OTHER_SMALL_WORDS) >= 0.1 \
                and set(re.findall(r"\d+", dek)) == set(re.findall(r"\d+", chosen[2])):
            twin = next((c for c in candidates if c[2] == dek), None)
            if twin is not None:
                chosen, dek = twin, chosen[2]
        at = chosen[1]
        # "Etched in Yttrium" / "Rare Earths, Chamber Parts and ..." over the authors, which the report's suggested
        # citation prints as one title, "Etched in Yttrium: Rare Earths, ...": its title and subtitle
        main = kinds[at - 1] if at >= 1 and kinds[at - 1][1] == "candidate" and kinds[at - 1][0] < kinds[at][0] else None
        if main and not dek and 2 <= len(main[2].split()) <= 5 and not _TERMINAL.search(main[2]) \
                and not _looks_like_outlet(main[2], registry) and not _is_letterhead(main[2], registry) \
                and f"{main[2]}: {chosen[2]}" in " ".join(" ".join(lines).split()):
            chosen = (chosen[0], at - 1, f"{main[2]}: {chosen[2]}", chosen[3])
        # "US Adds Chinese Chip-Tool Units to Blacklist, ..." / "Rule bars servicing of ..." / "Commerce also names ...": a
        # headline in capitals over its summary's points in sentence case, the last of them right above the picture
        run = list(itertools.takewhile(lambda n: n >= 0 and kinds[n][1] == "candidate" and kinds[n][0] == kinds[n + 1][0] - 1,
                                       range(at - 1, max(-1, at - 4), -1)))
        capped = next((n for n in reversed(run) if _title_cased(kinds[n][2]) and len(kinds[n][2].split()) >= 8), None)
        sentence_case = sum(1 for w in chosen[2].split() if w[:1].islower() and w.lower() not in _FUNCTION_WORDS) >= 2
        if capped is not None and sentence_case and not _title_cased(chosen[2]) \
                and not any(_title_cased(kinds[n][2]) for n in run if n > capped):
            chosen, dek = next((c for c in candidates if c[1] == capped), chosen), kinds[capped + 1][2]
        if dek and at + 1 < len(kinds) and kinds[at + 1][2] == dek and kinds[at + 1][0] == kinds[at][0] + 1 \
                and _title_cased(f"{chosen[2]} {dek}") and not _TERMINAL.search(chosen[2]) and not _TERMINAL.search(dek) \
                and not chosen[2].isupper() and not dek.isupper() \
                and len(dek.split()) <= 8 and all(w[:1].isupper() or w.lower() in _FUNCTION_WORDS for w in dek.split()) \
                and len(chosen[2].split()) <= WRAPPED_TITLE_LINE_MAX_WORDS and re.sub(r"^The\s+", "", dek) not in registry.names() \
                and not _looks_like_outlet(dek, registry) and not _is_letterhead(dek, registry) \
                and not re.fullmatch(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+", dek) \
                and not re.search(r"\b(?:Hearing|Markup|Briefing|Roundtable|Webinar|Fact Sheet)$", dek):  # ("Full Committee Hearing")
            # (not the issuer's name under the title: "... into the United States" / "The White House")
            # '"Made Where?" Southeast Asia and the New US' / 'Rules of Origin for Chips and Servers': one title in capitals
            # wrapped over two lines (a dek is a sentence in lower case; a cover's "CHOKEPOINTS IN MOTION" is set apart)
            # (not one word with a capital inside it: a blog's name under its post's title, "LinkNaija")
            chosen, dek = (chosen[0], chosen[1], f"{chosen[2]} {dek}", chosen[3]), ""
    elif chosen and sum(1 for t in texts if stripped(t) == chosen[2]) == 1:
        # A headline and its dek, two title-like lines in a row: the first is the headline.
        # (not the last item of the site's menu over it: "Science & Tech" / "Policy & Public Interest")
        menu = lambda n: n >= 0 and kinds[n][1] in ("candidate", "furniture") and len(kinds[n][2].split()) <= 4 \
            and bool(re.fullmatch(r"[A-Z][\w'’-]*(?:\s+(?:&|and|[A-Z][\w'’-]*))*", kinds[n][2]))
        # (not the channel's or writer's name printed again over the post: "Rare Earth Market Express" / "📌【Heavy】...")
        before = next((c for c in candidates if c[1] == chosen[1] - 1 and len(re.findall(r"\w+", c[2])) >= 4
                       and not any(k == "byline" and t == c[2] for _, k, t in kinds[:c[1]])
                       and not (menu(c[1]) and menu(c[1] - 1) and menu(c[1] - 2))
                       and not _is_letterhead(kinds[c[1]][2], registry) and not _show_label(c[2])
                       and not _EPISODE.match(chosen[2])), None)
        if before:
            chosen, dek = before, chosen[2]
    title = chosen[2] if chosen else ""
    # "Economic security and export controls" (the inquiry's name, over its page) and "Oral evidence: Economic security and
    # export controls" further down: the page's own heading, its kind in sentence case before the same words
    fuller = next((t for _, k, t in kinds if title and k in ("furniture", "candidate") and t.endswith(": " + title)
                   and re.fullmatch(r"[A-Z][a-z]+(?:\s+[a-z]+){1,2}", t[:-len(title) - 2])),
                  None)
    title = fuller or title
    # "Programme: The Morning Tide with A" over "Segment 3 of 7: Cork's ingredient plants ...": a transcript service's
    # programme, then the item the transcript is of, whose title is the briefing's (the programme's line kept as furniture)
    segment = next((m.group(1) for _, _, t in kinds if (m := _SEGMENT_TITLE.match(t))), None) \
        if _PROGRAMME_LABEL.match(title) else None
    if segment:
        furniture.append(title)
        title = segment
    # "📌【Heavy】MOFCOM launches ...": a channel's pin and its label in lenticular brackets over the post's own title
    label = re.match(r"[^\w\s【\[\"“]{0,3}\s*【[^】]{1,12}】\s*", title)
    title = title[label.end():] if label and len(title[label.end():].split()) >= 4 else title
    # "...; Interview With Former Commerce Official A. Aired 4-5p ET": a broadcast transcript's slot after its title
    title = re.sub(r"\.?\s+Aired\s+\d{1,2}(?::\d\d)?\s*(?:[ap]m?)?(?:\s*-\s*\d{1,2}(?::\d\d)?\s*[ap]m?)?\s*(?:ET|EST|EDT|PT|PST|PDT|GMT)?\.?$",
                   "", title) if re.search(r"\bAired\s+\d", title) else title
    subject = re.match(r"^Subject\s*:\s*(?:(?:Re|Fwd?)\s*:\s*)*", title, re.I)
    if subject and len(title[subject.end():].split()) >= 4:
        title = title[subject.end():]  # an e-mail's subject line, when no line of the message prints its title
        # (... or prints it after the series' label and number the subject leads with: "Subject: LBOMA Members' Bulletin
        # No. 37 — US lift controller rule: what it means ..." over the bulletin's own "US lift controller rule: ...")
        printed = {line.strip() for line in lines}
        title = next((title[m.end():] for m in re.finditer(r"\s+[—–|]\s+|:\s+", title)
                      if len(title[m.end():].split()) >= 4 and title[m.end():] in printed), title)
    named = re.match(r"^([^:]{2,40}):\s+(?=\S)", title)
    # (a name, each word capitalised: not a page's kind, "Oral evidence: Economic security ...", a tab's word too)
    if named and len(title[named.end():].split()) >= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in named.group(1).split()) and any(
            k == "furniture" and t.casefold() == named.group(1).casefold() for _, k, t in kinds):
        furniture.append(named.group(1))  # "Gavel AM: The China chip fight ...", under a masthead "GAVEL AM": the issue's name
        title = title[named.end():]

    over_title: list[tuple[int | None, int, int]] = []  # the dates of date lines over the headline
    right_over_title: tuple[int | None, int, int] | None = None  # ... the one on the line right over it
    for n, (index, kind, text) in enumerate(kinds):
        if kind == "candidate" or (kind in ("standfirst", "furniture") and chosen and n == chosen[1]):
            headline, removed = _strip_headline(text, rules)
            if chosen and (headline == title or n == chosen[1]):
                furniture.extend(removed)
                dates.extend(d for d in map(header_date, removed) if d)
                continue
            kind = "standfirst" if dek and headline == dek else "furniture"
        if kind == "byline" and chosen and n < chosen[1] and _name_only(text) \
                and any(k == "byline" and _name_only(t) for _, k, t in kinds[chosen[1] + 1:chosen[1] + 3]):
            # "Chikondi Connect" over the site's greeting and menu, "Thokozani Mwale" under the headline: a name alone over
            # the headline is the site's (its masthead), the one under it the writer's
            furniture.append(text)
            continue
        if kind == "photo-credit":
            if not credited.get(n):
                furniture.append(text)  # a credit whose caption is not beside it: kept with the furniture
            continue
        if kind == "credited-caption":
            captions.append(Caption(text=text, credit=credited[n], after=-1))
            continue
        if kind == "speaker":
            speech_by = speech_by or speech_speaker(text, rules) \
                or speech_speaker("Remarks by " + re.sub(r"^Speaker\s*[:：]\s*", "", text), rules)
            kind = "furniture"
        if kind == "pass":
            passed.append(Block(text, first_line + index))
        elif kind == "caption":
            text = _PHOTO_MARK.sub("", text)
            if licensing := LICENSING_LINK.search(text):
                furniture.append(licensing.group(0).strip())
                text = (text[:licensing.start()] + text[licensing.end():]).strip()
            glued = _GLUED_CREDIT.search(text)
            split = split_credit(text, rules) or (glued and (text[:glued.start() + 1], re.sub(
                r"^(?:Credit|Photo)\s*(?:\.\.\.|…|:)\s*", "", text[glued.start() + 1:].strip())))
            if not split:
                match = _MARKED_CREDIT.search(text) or _AGENCY_CREDIT.search(text) or _BRACKETED_CREDIT.search(text)
                split = (text[:match.start()].strip(), _clean_credit(match.group("credit"), rules)) if match else (text, "")
                opened = split[0].rfind("(")
                if match and opened > split[0].rfind(")") and len(split[0][opened + 1:].split()) <= 4:
                    # "... in September 2026. (U.S. Army photo by Sgt. A)": the whole bracket is the credit
                    split = (split[0][:opened].strip(), _clean_credit(text[opened + 1:].strip().rstrip(".)").strip(), rules))
            if split[0] not in {c.text for c in captions}:  # (a gallery prints each caption twice: "Item 1 of 2", "[1/2]")
                captions.append(Caption(text=split[0], credit=split[1], after=-1))
        elif kind == "byline" and (cells := _name_cells(text, rules, header_date)):
            author = author or _names_list(cells[0], registry)[1]
            dates.extend(next(([d] for c in cells[1:] if (d := header_date(c))), []))  # the first date: when it was published
        elif kind == "byline":
            if issued := _issue_byline(text, registry):
                text, number = issued
                furniture.append(number)
            dated = _dated_byline(text, registry, header_date)
            if dated:
                dates.append(dated[0])
                text = dated[1]
            run_on = _RUN_ON_DATE.search(text) if "|" not in text else None
            if run_on and (d := header_date(text[run_on.start():].strip())):
                dates.append(d)  # "By A and B Published: Nov 06, 2026 10:42 PM": the date line run on
            content = text
            match = _byline_line(text, registry) or _REPORTER.match(text) or _labelled_byline(text)
            if match:
                content = match.group(1)
                # "Author: Chen Weiguo  Fang Xue": names the page set apart by wide spaces only.
                cells = re.split(r"\s{2,}|\t", re.sub(r"^.*?[:：]\s*", "", lines[index].strip()))
                if len(cells) >= 2 and all(_NAME.fullmatch(c.strip()) for c in cells) and " ".join(cells) == content.strip():
                    content = ", ".join(c.strip() for c in cells)
            elif names_over := _names_over_date(text, registry) or _names_with_places(text, registry):
                content = ", ".join(names_over)
            elif names_apart := _names_apart(text, registry):
                content = ", ".join(names_apart)
            elif glued := _GLUED_HANDLE.fullmatch(text):
                content = glued.group(1)
                furniture.append(glued.group(2))
            elif _SOCIAL_AUTHOR.match(text):
                content = _SOCIAL_AUTHOR.match(text).group(1)
            elif _NAME.match(text) and not _byline_line(text, registry):
                content = text  # a post's author above its handle
            elif _author_line(text, registry):
                # "A in London and B in Singapore": the names list reads the places
                content = _and_joined(_LIVE_SHIFT.sub("", text), rules)
            elif _pipe_byline(text, registry):
                content = text.replace("|", ",")
            elif "|" in text:
                parts = [p.strip() for p in text[3:].split("|")]
                content = parts[0]
                for part in parts[1:]:
                    d = header_date(part)
                    reporters = _REPORTER.match(part)
                    if d:
                        dates.append(d)
                    elif reporters and _looks_like_outlet(re.sub(r"^the\s+", "", content, flags=re.I), registry):
                        # "By the Courier Newsdesk | Reporters: A in Beijing, B in Manila": the desk
                        # is the outlet's, the reporters are the authors
                        content, source = _LIVE_SHIFT.sub("", reporters.group(1)), source or content
                    elif not source:
                        source = part
            content = re.sub(r"^From\s+(?=[A-Z])", "", content)  # "From A in Geneva and B in Hong Kong": a live blog's
            s, a = _names_list(content, registry)
            if a and re.fullmatch(r"[A-Z][\w&'’.-]+", a) and not _given_name(a, rules):
                s, a = s or a, ""  # "By Lattice": a wire's name alone, no writer's (a person is named by two words at least)
            if match and (match.re is _BYLINE_LINE and match.group("credit") or match.re is _REPORTER and "|" in text):
                furniture.append(text)  # "Written by A | Edited by B", "Analysts: A | phone": kept with the line
            if not author:
                author = a
            elif a and a != author and last_byline is not None and (n - last_byline <= 2 or all(
                    # (each analyst's card: name, telephone, e-mail, firm: "Kestrel Harbour Securities (Hong Kong) Limited")
                    k == "author-job" or _CONTACT_CELL.fullmatch(t.strip()) or _is_letterhead(re.sub(r"[()]|\.$", "", t), registry)
                    for _, k, t in kinds[last_byline + 1:n])
                    or n - last_byline <= 4 and all(  # "A" / "Follow" / "and" / "B" / "Follow": each with its button
                        k == "furniture" or t.lower() in ("and", "&", "with") for _, k, t in kinds[last_byline + 1:n])) and (
                    _NAME.fullmatch(text) or _NAME.fullmatch(_without_city(text, registry))):
                author = f"{author}, {a}"  # "A" / "Ottawa" / "B" / "Saskatoon": each writer a line, with their city
            elif a and a != author:
                furniture.append(text)  # a second byline: kept with the page's furniture, not lost
            last_byline = n
            # ("Bharat Ledger Bureau", "Courier News Desk": the outlet, by the desk its writers file for)
            source = source or re.sub(rf"\s+{_DESK_WORDS}$", "", s)
        elif kind == "paper-authors":
            author = join_names([*split_names(author), *_paper_authors(_PAPER_MARKS.sub("", text))])
            furniture.append(text)
        elif kind == "author-block":
            text = _AFFILIATION_MARK.sub("", text)
            name = _name_then_job(text, rules) or re.sub(r"^(?:with|and)\s+", "", re.split(r"[,|]", text)[0].strip())
            name = _without_city_in_capitals(name)
            name = name_case(name) if name.isupper() else name  # ("HIROKI TAKAMURA, KKJ staff writer")
            # "Park Ji-hoon, Lee Seo-yeon 기자 Reporters": names, then their job in two languages
            jobs = "|".join(map(re.escape, rules.author_titles))
            listed = [c.strip() for c in re.split(r",|\s+and\s+", re.sub(
                rf"(?:\s+(?:[^\x00-\u024f\u1e00-\u1eff\s]+|(?:{jobs})s?))+$", "", text, flags=re.I))]
            if len(listed) >= 2 and all(_NAME.fullmatch(c) for c in listed) \
                    and _given_name(listed[-1].split()[0], rules):  # not "A, Quebec Business Reporter": a job's words
                name = ", ".join(listed)
            author = f"{author}, {name}" if author else name
            last_byline = n  # ("By" / "A" / "Follow" / "and" / "B" / "Follow": the next writer's line joins her)
            if "," in text or "|" in text:
                furniture.append(text)
        elif kind == "source":
            value = re.sub(r"^source\s*[:：]\s*", "", text, flags=re.I)
            outlet, *rest = [p.strip() for p in value.split("|")]
            dated = [d for p in rest if (d := header_date(p))]
            stamp = re.search(rf"\s+{_ISO_STAMP.pattern}\s*$", outlet)
            if not dated and stamp and header_date(stamp.group(0).strip()):
                dated, outlet = [header_date(stamp.group(0).strip())], outlet[:stamp.start()]  # "Source: X   2026-03-09 08:20"
            if dated:  # "Source: China Innovation Daily | 2025-09-18 08:46"
                dates.append(dated[0])
                value = outlet
            label = re.search(r"\b(?:" + "|".join(re.escape(l) for l in rules.date_labels) + r")\b", value, re.I)
            if label:
                d = header_date(value[label.start():])
                if d:
                    dates.append(d)
                value = value[:label.start()]
            source = source or value.strip(" ,|")
        elif kind == "date":
            if (alone := _DATELINE.match(text)) and alone.end() >= len(text):
                passed.append(Block(text, first_line + index))  # (a dateline alone over the byline: the body's dateline)
            text, *fields = _FIELD.split(text)
            for label, value in zip(fields[::2], fields[1::2]):
                label, value = label.lower(), value.strip(" ,|")
                if label == "source":
                    source = source or value
                elif label != "editor" and not author:
                    author = _names_list(value, registry)[1]
                elif value:
                    furniture.append(f"{label.capitalize()}: {value}")  # an editor is a credit, kept
            by_on = _DOCUMENT_BY_ON.match(text) or _COUNTED_ON.match(text)
            d = header_date(by_on.group(1)) if by_on else None
            # "Received: 03 March 2026 / Revised: ... / Published online: 02 September 2026": the publication's of the dates
            published = next((p for p in _SEPARATOR.split(text)[1:] if _FIRST_PUBLISHED.match(p) and header_date(p)), "")
            if published and not d:
                text = published
            d = d or header_date(text) or header_date(_SEPARATOR.split(text)[0]) or _issue_day(text, header_date) \
                or _running_head_date(text, header_date) \
                or _column_date(lines[index], header_date)
            wire = _outlet_dated(text, registry, header_date) if not d else None
            if wire:
                outlet_name, d = wire
                source = source or outlet_name
            # ("Date: Wed, 30 Jan 2030 18:02:41 +0000" over a newsletter's "Issue 88 · Thursday 31 January 2030", "Sent:
            # Thursday, February 7, 2030 7:02 AM" over "Friday 8 February 2030": the day the mail was sent, in another
            # time zone, gives way to the day the newsletter prints as its own)
            sent = bool(d) and bool(_MAIL_DATE.match(kinds[n][2])) and not dates and not published_lines \
                and any(_EMAIL_HEADER.match(t) for _, _, t in kinds[max(0, n - 4):n + 4]) \
                and any(k == "date" and not _MAIL_DATE.match(t) and (day := header_date(t) or header_date(_SEPARATOR.split(t)[0])
                                                                      or _issue_day(t, header_date)) and day[0] and day[2]
                        for _, k, t in kinds[n + 1:])
            if d and _FIRST_PUBLISHED.match(text):
                dates.insert(published_lines, d)  # "First published on ...": beats the last update printed above it
                published_lines += 1
            elif sent:
                sent_days.append(d)
            elif d and _UPDATE_LABEL.match(text):
                updates.append(d)  # "Uploaded: 07/07/2026", "Updated ...": after what the page dates, used only alone
            elif d:
                dates.append(d)
                if chosen and n < chosen[1]:
                    over_title.append(d)
                    if n == chosen[1] - 1:
                        right_over_title = d
            # "Maritime Bulletin, October 10, 2025": the outlet before the date.
            outlet = re.match(r"^([A-Z][\w.&' ]{2,40}?),\s", text) if not wire else None
            if outlet and not outlet.group(1).isupper() and not header_date(outlet.group(1)) and not re.match(_WEEKDAY, outlet.group(1)) \
                    and not _month(outlet.group(1).split()[0]) and _looks_like_outlet(outlet.group(1), registry):
                # (but "Berlin, 22. Oktober 2026", "Selasa, 12 Mei 2026": a place or a weekday before the date)
                source = source or outlet.group(1)
        elif kind == "standfirst":
            standfirst.append(text)
        elif kind in ("meeting", "author-job", "forwarder", "participant-job"):
            furniture.append(text)
        elif kind == "furniture":
            furniture.append(text)
            # "Federal Register / Vol. 90, No. 19 / Thursday, January 30, 2025 / Rules and Regulations"
            for part in () if _WEATHER.search(text) else _SEPARATOR.split(text):
                d = header_date(part)
                if d and d[0] and d[2] and _FIRST_PUBLISHED.match(part):
                    dates.insert(published_lines, d)  # "Research Article | Open access | Published: 02 September 2026"
                    published_lines += 1
                    break
                if d and d[0]:
                    furniture_days.append(d)
                    break
    under = [d for d in (*dates, *furniture_days) if d not in over_title and d[0]]
    if under and over_title and all(o[0] and o > max(under) for o in over_title):
        # "Monday, 23 Nov 2026" over the masthead (the site's clock on the day it was copied), "Saturday, 21 Nov 2026"
        # under the headline: the article's is the one under its headline
        dates = [*under, *(d for d in dates if d not in under)]
    elif not under and over_title and (stamped := [d for d in updates if d[0]]) and all(o[0] and o > max(stamped) for o in over_title):
        # "Saturday, 13 February 2027" at the masthead (the site's clock), "Updated: 08 Feb 2027" under the headline: the
        # only day the article itself gives
        dates = [*stamped, *dates]
    elif right_over_title and right_over_title[0] and len(over_title) >= 2 \
            and all(o[0] and o > right_over_title for o in over_title if o != right_over_title):
        # "Sat, Feb 27, 2027" at the masthead (the day it was copied), then the menu, then "Wed, Feb 24, 2027 page1" right
        # over the headline: the article's is the one beside its headline
        dates = [right_over_title, *(d for d in dates if d != right_over_title)]
    # Several author lines become "A, B and C".
    if author.count(",") >= 1 and " and " not in author:
        names = [a.strip() for a in author.split(",")]
        author = ", ".join(names[:-1]) + " and " + names[-1]
    dates = [d for d in (*dates, *furniture_days, *updates, *sent_days) if d[1]]
    if not dates and title:
        # "Department Press Briefing – April 22, 2025": a dated document title.
        match = _TEXT_DATE.search(title)
        if match and (match.group("year") or match.group("year2")):
            dates.append((int(match.group("year") or match.group("year2")),
                          _month(match.group("month") or match.group("month2")), int(match.group("day") or match.group("day2"))))
    return Header(title=title, furniture=tuple(furniture), source=source, author=author,
                  standfirst=tuple(standfirst), dates=tuple(dates), passed=tuple(passed),
                  captions=tuple(captions), end=end, speaker=speech_by)


# The parser


MASTHEAD_REACH_LINES = 10  # nonblank lines over the headline where a masthead in capitals may stand
MASTHEAD_MAX_WORDS = 5


BYLINE_DEK_MAX_WORDS = 16  # a page's dek this short that reads as a byline ("Na A na B, Ifakara") is its byline


def parse(seed: Seed, registry: Registry) -> Article:
    """Split a seed into the parts of an article. Pure: same seed, same article."""
    rules = registry.rules
    diagnostics: list[Diagnostic] = []
    quoting: tuple[str, ...] = ()  # the lines around an article a post or a mail quotes whole
    console: tuple[str, ...] = ()  # (its prompt's "> " is no mail's quoting)
    if not seed.page and not seed.blocks and (printed := python_session_as_text(seed.text))[0] != seed.text:
        seed = replace(seed, text=printed[0])  # a Python session, what one of its commands printed
    if not seed.page and not seed.blocks and (logged := ci_log_as_text(seed.text))[0] != seed.text:
        seed = replace(seed, text=logged[0])  # a CI job's raw log, the output of the step that printed the page
    if not seed.page and not seed.blocks and (sent := smtp_session_as_text(seed.text))[0] != seed.text:
        seed = replace(seed, text=sent[0])  # a mail tool's SMTP session, the message it sent (its lines kept as a mail's)
    if not seed.page and not seed.blocks and (read := r_console_as_text(seed.text))[0] != seed.text:
        seed, console = replace(seed, text=read[0]), read[1]  # a page read in an R console, its texts printed as vectors
    if not seed.page and not seed.blocks and (unquoted := _unquoted(seed.text))[0] != seed.text:
        seed = replace(seed, text=unquoted[0])  # a mail quoting the newsletter it answers or forwards, "> " on every line
        quoting = unquoted[1]
    wrapper: tuple[str, ...] = console  # a mail's raw source around its text part: its headers and other parts
    if not seed.page and not seed.blocks and (mime := _mime_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=mime[0]), console + mime[1]
    if not seed.page and not seed.blocks and not wrapper and (noted := _note_export(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=noted[0]), noted[1]  # a notes app's raw export, its properties under the note
    if not seed.page and not seed.blocks and not wrapper and (numbered := _numbered_lines(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=numbered[0]), numbered[1]  # an editor's screen or "cat -n", its lines numbered
    if not seed.page and not seed.blocks and not wrapper and (outlined := _outline_page(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=outlined[0]), outlined[1]  # an outliner's journal, the clip a block's children
    if not seed.page and not seed.blocks and not wrapper and (diffed := _diff_added(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=diffed[0]), diffed[1]  # a clipping committed to a repository, shown with its diff
    if not seed.page and not seed.blocks and (uncommented := _leading_comments(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=uncommented[0]), wrapper + uncommented[1]  # a copyist's "# ..." notes over it
    if not seed.page and not seed.blocks and (plain := _without_link_numbers(seed.text)) != seed.text:
        seed = replace(seed, text=plain)  # a text browser's dump of the page, its links numbered ("By [17]Jalisa Creque")
    if not seed.page and not seed.blocks and (anchored := _without_comment_anchors(seed.text)) != seed.text:
        seed = replace(seed, text=anchored)  # a shared document's reviewers' comments, each anchored by "[a]" in the text
    if not seed.page and not seed.blocks and (noted := _enex_as_text(seed.text)) != seed.text:
        seed = replace(seed, text=noted)  # an Evernote export, its note's fields and the page it clipped
    if not seed.page and not seed.blocks and (cut := _between_scissors(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=cut[0]), wrapper + cut[1]  # a piece pasted between scissor lines ("---8<---")
    if not seed.page and not seed.blocks and (document := rtf_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=document[0]), wrapper + document[1]  # a word processor's RTF opened as text
    if not seed.page and not seed.blocks and (sent := http_exchange_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=sent[0]), wrapper + sent[1]  # a recorded HTTP exchange, the text the server sent
    if not seed.page and not seed.blocks and (paged := paged_rfc_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=paged[0]), wrapper + paged[1]  # an RFC's printed pages, one text
    if not seed.page and not seed.blocks and (menu := gopher_menu_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=menu[0]), wrapper + menu[1]  # a Gopher menu, its info lines the page's
    if not seed.page and not seed.blocks and (queried := sqlite_lines_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=queried[0]), wrapper + queried[1]  # sqlite3's line mode, one value the page
    if not seed.page and not seed.blocks and (parsed := conllu_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=parsed[0]), wrapper + parsed[1]  # a treebank, its sentences the page's
    if not seed.page and not seed.blocks and (recorded := rec_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=recorded[0]), wrapper + recorded[1]  # a recutils database, one field the page
    if not seed.page and not seed.blocks and (annotated := textgrid_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=annotated[0]), wrapper + annotated[1]  # a TextGrid, its tier that holds the page
    if not seed.page and not seed.blocks and (revised := rcs_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=revised[0]), wrapper + revised[1]  # an RCS file, its head revision's text
    if not seed.page and not seed.blocks and (glossed := glossed_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=glossed[0]), wrapper + glossed[1]  # a translation glossed line by line
    if not seed.page and not seed.blocks and (quizzed := gift_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=quizzed[0]), wrapper + quizzed[1]  # a quiz bank (GIFT), a reading in one item
    if not seed.page and not seed.blocks and (printed := postscript_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=printed[0]), wrapper + printed[1]  # a print job in PostScript, the page it prints
    if not seed.page and not seed.blocks and (asked := assistant_conversation(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=asked[0]), wrapper + asked[1]  # a chat with an AI assistant, the page pasted in
    if not seed.page and not seed.blocks and (form := form_fields(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=form[0]), wrapper + form[1]  # a PDF form's fields dumped, the article in one
    if not seed.page and not seed.blocks and (table := table_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=table[0]), wrapper + table[1]  # a table's export, the article one row's cells
    if not seed.page and not seed.blocks and (fed := feed_item_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=fed[0]), wrapper + fed[1]  # a feed printed as text, the article one entry
    if not seed.page and not seed.blocks and (session := session_output(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=session[0]), wrapper + session[1]  # a terminal's session, its commands over it
    if not seed.page and not seed.blocks and (newer := unified_diff_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=newer[0]), wrapper + newer[1]  # a diff of two copies of a page, read as the newer
    if not seed.page and not seed.blocks and (held := heredoc_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=held[0]), wrapper + held[1]  # a script holding the page in a here-document
    if not seed.page and not seed.blocks and (held := fenced_block_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=held[0]), wrapper + held[1]  # a document quoting the page in a fenced block
    if not seed.page and not seed.blocks and (shown := caret_notation_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=shown[0]), wrapper + shown[1]  # a file "cat -v" printed, a wire item's frame
    if not seed.page and not seed.blocks and (printed := file_sections(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=printed[0]), wrapper + printed[1]  # several files printed under their names
    if not seed.page and not seed.blocks and (rendered := rst_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=rendered[0]), wrapper + rendered[1]  # a reStructuredText page, as it renders
    if not seed.page and not seed.blocks and (rendered := asciidoc_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=rendered[0]), wrapper + rendered[1]  # an AsciiDoc document, read as it renders
    if not seed.page and not seed.blocks and (scraped := scraped_item_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=scraped[0]), wrapper + scraped[1]  # a scraper's item, printed on a line of its own
    if not seed.page and not seed.blocks and (logged := chat_log_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=logged[0]), wrapper + logged[1]  # a chat channel's log, a page pasted into it
    if not seed.page and not seed.blocks and (outlined := outline_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=outlined[0]), wrapper + outlined[1]  # an outliner's export, a page under one node
    if not seed.page and not seed.blocks and (rendered := tiddler_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=rendered[0]), wrapper + rendered[1]  # a TiddlyWiki tiddler's file, as it renders
    if not seed.page and not seed.blocks and (kept := json_page_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=kept[0]), wrapper + kept[1]  # a tool's JSON export, a page deep in one string
    if not seed.page and not seed.blocks and (record := record_as_text(seed.text, rules.byline_labels))[0] != seed.text:
        seed, wrapper = replace(seed, text=record[0]), wrapper + record[1]  # an article's record as an API printed it
    if not seed.page and not seed.blocks and (row := expanded_record_as_text(seed.text, rules.byline_labels))[0] != seed.text:
        seed, wrapper = replace(seed, text=row[0]), wrapper + row[1]  # a database's row, as psql's expanded display prints it
    if not seed.page and not seed.blocks and (unframed := framed_lines_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=unframed[0]), wrapper + unframed[1]  # a page's lines, each in a tool's frame
    if not seed.page and not seed.blocks and (indented := _indented_paragraphs(seed.text)) != seed.text:
        seed = replace(seed, text=indented)  # a wire's paragraphs, each opening with an indented line, none apart
    if not seed.page and not seed.blocks and (unmarked := generator_marks(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=unmarked[0]), wrapper + unmarked[1]  # a site generator's shortcodes in its file
    if not seed.page and not seed.blocks and (typeset := tagged_text_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=typeset[0]), wrapper + typeset[1]  # a layout program's tagged text of a page
    if not seed.page and not seed.blocks and (encoded := tei_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=encoded[0]), wrapper + encoded[1]  # a TEI transcription, the page its <text>
    if not seed.page and not seed.blocks and (rendered := docbook_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=rendered[0]), wrapper + rendered[1]  # a DocBook document, as it renders
    if not seed.page and not seed.blocks and (laid := sla_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=laid[0]), wrapper + laid[1]  # a layout program's document, its longest story
    if not seed.page and not seed.blocks and (held := xml_leaf_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=held[0]), wrapper + held[1]  # an XML file, the page one element's text
    if not seed.page and not seed.blocks and (shown := markup_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=shown[0]), wrapper + shown[1]  # a page's or an item's markup copied as text
    if not seed.page and not seed.blocks and (accepted := _changes_accepted(seed.text)) != seed.text:
        seed = replace(seed, text=accepted)  # a document copied with its tracked changes marked
    if not seed.page and not seed.blocks and (converted := _pandoc_as_text(seed.text))[0] != seed.text:
        seed, wrapper = replace(seed, text=converted[0]), wrapper + converted[1]  # a document Pandoc converted to Markdown
    if not seed.page and not seed.blocks and (shown := _markdown_as_text(seed.text)) != seed.text:
        seed = replace(seed, text=shown)  # a page a clipper or a notes app exported as Markdown
    if not seed.page and not seed.blocks and (heard := _screen_reader_as_text(seed.text)) != seed.text:
        seed = replace(seed, text=heard)  # a screen reader's log of a page, each line with its element's role
    if not seed.page and not seed.blocks and (turns := _bubbles_as_turns(seed.text)) != seed.text:
        seed = replace(seed, text=turns)  # a chat interview, each message under its sender's name and minute
    if not seed.page and not seed.blocks and (spoken := _subtitles_joined(seed.text)) != seed.text:
        seed = replace(seed, text=spoken)  # a video's subtitles pasted under its page, a cue every few seconds
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

    # The header zone of a text seed, line by line; without one (or for a web page, whose
    # markup says what its headline is), the first block may still be the headline.
    lines = seed.text.split("\n")
    # A chat copied with its stamps: the article is the message that shares it, the chat's other lines its furniture
    chat_lines: tuple[str, ...] = quoting
    chat_stamp = ""
    if not page and not seed.blocks:
        if not chat_lines:
            lines, chat_lines = dictation(lines)  # (a story dictated to a phone, its punctuation spoken, the app's lines over it)
        if not chat_lines:
            lines, chat_lines = chat_message(lines, registry)
            chat_stamp = chat_lines[-1] if chat_lines else ""  # (the shared message's own stamp: "Mon, Oct 8 · 11:41 PM")
        if not chat_lines:  # (or a post that shares it, its buttons under the sharer's note)
            lines, chat_lines = shared_post(lines)
        if not chat_lines:  # (or a photo network's post, its caption under the account's handle and pictures)
            lines, chat_lines = post_caption(lines)
        if not chat_lines:  # (or a web archive's capture of the page, its toolbar over it)
            lines, chat_lines = archive_toolbar(lines)
        if not chat_lines:  # (or a paste site's copy of it, the site's chrome and the paste's actions over it)
            lines, chat_lines = paste_toolbar(lines)
        if not chat_lines:  # (or a ticket's description it was pasted into, the ticket's fields and comments around it)
            lines, chat_lines = ticket_description(lines)
        if not chat_lines:  # (or a reference manager's record, the page pasted into its abstract)
            lines, chat_lines = reference_record(lines)
        if not chat_lines:  # (or a table's row it was pasted into, the row's other cells and field names around it)
            lines, chat_lines = table_record(lines)
        if not chat_lines:  # (or an e-reader's export of its highlights, each under its label)
            lines, chat_lines = highlights(lines)
        if not chat_lines:  # (or a notebook's code that holds it in a string)
            lines, chat_lines = string_in_code(lines)
        if not chat_lines:  # (or a report that reproduces it between "BEGIN TEXT" and "END TEXT")
            lines, chat_lines = quoted_between_marks(lines)
        if not chat_lines:  # (or a legislature's record that prints it at a member's request)
            lines, chat_lines = record_insertion(lines)
        if not chat_lines:  # (or a document that reproduces it in an annex)
            lines, chat_lines = annexed_article(lines)
        if not chat_lines:  # (or a post that pastes it between rules, the poster's note over it)
            lines, chat_lines = pasted_article(lines, registry)
        if not chat_lines:  # (or an e-book of the day's news a reader's downloader made, the book's menus around it)
            lines, chat_lines = downloaded_news_article(lines)
        if not chat_lines:  # (or a page that pastes it whole between rules, page and all, under someone's note)
            lines, chat_lines = between_rules(lines, registry)
        if not chat_lines:  # (or a newsletter's numbered section, its other sections after it)
            lines, chat_lines = newsletter_section(lines)
        if not chat_lines:  # (or a forum's post that quotes it, the thread's other posts around it)
            lines, chat_lines = forum_quote(lines, registry)
        if not chat_lines:  # (or a thread's post it was pasted into, the thread's other posts around it)
            lines, chat_lines = thread_post(lines, registry)
        if not chat_lines:  # (or a paper's briefs column, its other items around it)
            lines, chat_lines = briefs_column(lines, registry)
        if not chat_lines:  # (or a clipping, the reader's header and notes over it)
            lines, chat_lines = clipping(lines)
        if not chat_lines:  # (or a fax, its cover sheet over it and the machine's line over each page)
            lines, chat_lines = fax_pages(lines)
        if not chat_lines:  # (or a court's exhibit, the court's stamp over each page and the exhibit's cover)
            lines, chat_lines = filed_exhibit(lines)
        if not chat_lines:  # (or a wire's story under its advisory to editors)
            lines, chat_lines = after_advisory(lines)
        if not chat_lines:  # (or teletext pages, their header, section and fastext rows around it)
            lines, chat_lines = teletext_pages(lines, registry)
        if not chat_lines:  # (or a message forwarded into a chat or a channel, their other posts over it)
            lines, chat_lines = forwarded_post(lines)
        if not chat_lines:  # (or a live blog's pinned entry, the day's other entries around it)
            lines, chat_lines = pinned_entry(lines)
        if not chat_lines:  # (or a channel's feed copied whole, its posts under day separators)
            lines, chat_lines = channel_post(lines)
        if not chat_lines:  # (or an alert service's story in numbered parts among its other messages)
            lines, chat_lines = alert_parts(lines)
        # (or a page copied whole, from its skip link, under someone's note: inside what a reader above took too, the
        # message between a thread's rules that pastes it)
        lines, skipped = above_skip_link(lines, rules)
        chat_lines = (*chat_lines, *skipped)
        lines, markers = part_numbers(lines)
        chat_lines += markers
        if chat_lines:
            found = blocks("\n".join(lines), seed.body_line)
    header = read_header(lines, registry, seed.body_line) if not page else Header()
    # A select-all copy's menus over its headline, when the header found no headline under them or took one of
    # their lines for it ("Skip to main content"): the page's, read as blank lines and kept with its furniture.
    chrome = page_chrome(lines) if not page and not seed.blocks else 0
    # "*Paraguay's hydro-powered AI dream ...*" over a dateline, under a channel's earlier posts: a messaging app's bold
    # title, where the story starts; the app's chrome and the other posts over it are the page's
    posted = _chat_title(lines) if not page and not seed.blocks else None
    if posted is not None and posted > chrome:
        chrome, lines = posted, [*lines[:posted], lines[posted].strip().strip("*"), *lines[posted + 1:]]
        found = blocks("\n".join(lines), seed.body_line)
        header = read_header([""] * chrome + lines[chrome:], registry, seed.body_line)
    chrome_lines = tuple(line.strip() for line in lines[:chrome] if line.strip())
    if chrome and (not header.end or squash(header.title)[:40] in squash(" ".join(chrome_lines))) \
            and (_is_furniture(header.title, rules) or not _titled_in_place(lines[:chrome], header.title)):
        lines = [""] * chrome + lines[chrome:]
        found = blocks("\n".join(lines), seed.body_line)
        header = read_header(lines, registry, seed.body_line)
    else:
        chrome_lines = ()
    header = _top_story(header, lines, registry, seed.body_line) if header.end else header
    header = _reposted(header, lines, registry, seed.body_line) if header.end else header
    header = _past_briefs(header, lines, registry, seed.body_line) if header.end else header
    header = _to_next_item(header, lines, registry) if header.end and not header.stop else header
    header = _to_next_section(header, lines) if header.end and not header.stop else header
    # A hearing page's "Witnesses" list before the record ("The Honorable A, Under Secretary ..."): who
    # sat, kept with the page's furniture, not the record's first words.
    listed = 0
    if page and found and _WITNESS_LABEL.fullmatch(found[0].text.strip()):
        listed = 1 + next((n for n, b in enumerate(found[1:]) if _TERMINAL.search(b.text.strip())
                           or len(b.text.split()) > 20 or not _NAME.match(without_honorifics(
                               re.sub(r"^The Honorable\s+", "", b.text.split(",")[0].strip())))), len(found) - 1)
    witnesses = [b.text for b in found[:listed]]
    found = found[listed:]
    # (a newsletter's items after the one kept: the issue's, kept with the furniture)
    later_items = tuple(line.strip() for line in lines[header.stop:] if line.strip()) if header.stop else ()
    if header.end:
        rest = "\n".join(lines[header.end:header.stop or len(lines)])
        found = [*header.passed, *blocks(rest, seed.body_line + header.end)]
        title, source, author = header.title, header.source, header.author
        # (not "Calder Hollis", over "Asia Pacific Equity Research", when the note names "Calder Hollis Securities ... Limited")
        rows = seed.text.split("\n")
        author = join_names([n for n in split_names(author) if not _firm_named(n, rows, rules)]) \
            if any(_firm_named(n, rows, rules) for n in split_names(author)) else author
        captions.extend(header.captions)
        if _RECORD_KIND.fullmatch(title):
            # "Official Report (Hansard)" over the sitting's subject heading, "SECURITY OF IMPORTED HOME AND OFFICE ROUTERS:
            # IMPLICATIONS OF THE UNITED STATES BAN", right over its first speaker's turn: the record's kind is its
            # furniture, the subject its headline
            subject = next((b.text for b, after in zip(found[:RECORD_SUBJECT_REACH], found[1:]) if b.text.isupper()
                            and len(b.text.split()) >= 4 and "\n" not in b.text and not _TERMINAL_BUT_COLON.search(b.text)
                            and _SPEAKER_LABEL_OPENS.match(after.text)), "")
            if subject:
                header = replace(header, furniture=(*header.furniture, title))
                title = subject
        elif _RECORD_FIELD.fullmatch(title) and (letter := next((n for n, b in enumerate(found[:LETTER_SUBJECT_REACH])
                                                                 if _LETTER_SUBJECT.fullmatch(b.text)), None)) is not None:
            # "Category: Material Information" (a filing's field on the exchange's page) over the company's letter and
            # its "Subject: Expected impact of new US and Chinese measures on ...": the letter's subject is its headline
            header = replace(header, furniture=(*header.furniture, title, found[letter].text))
            title = _LETTER_SUBJECT.fullmatch(found[letter].text).group(1)
            found = found[:letter] + found[letter + 1:]
        elif _FIELD_TITLE.match(title) and (subject := next((f for f in header.furniture if _LETTER_SUBJECT.fullmatch(f)), "")):
            # "Asked by: Hon. A" over "To: The Minister for ..." under the record's "Subject: Electric vehicle chargers —
            # ...": fields over the text, the subject its headline (and a field no dek)
            fields = tuple(f for f in header.standfirst if _FIELD_TITLE.match(f))
            header = replace(header, furniture=(*header.furniture, title, *fields),
                             standfirst=tuple(f for f in header.standfirst if f not in fields))
            title = _LETTER_SUBJECT.fullmatch(subject).group(1)
    elif len(found) > 1 and found[0].kind == "text" and not (page and page.title):
        first = found[0]
        if ("\n" not in first.text and len(first.text) <= 2 * rules.headline_max_chars
                and len(first.text.split()) <= 20 and not _TERMINAL.search(first.text)
                and not _BRACKET_BYLINE.match(first.text) and not _byline_line(first.text, registry)
                and not (_PIPE_BYLINE.match(first.text) and len(first.text.split()) <= 6)
                and not split_credit(first.text, rules)):
            title = first.text
            found = found[1:]

    lead_furniture: list[str] = []
    byline_day: tuple[int | None, int, int] | None = None  # the day a page's byline line over its text gives
    first = next((i for i, b in enumerate(found) if b.kind != "caption"), len(found))
    # (... or the headline set again as the text's first heading, and the dek under it the page gives as its summary)
    def dek(block: Block) -> bool:
        return bool(page.summary) and loose(block.text) == loose(page.summary)

    while page and page.title and len(found) > first + 1 and (
            found[first].kind == "text" or found[first].kind == "heading" and _repeats_title(found[first].text, page.title)) \
            and (len(found[first].text.split()) <= 24 or dek(found[first])) \
            and ((_header_date(found[first].text, rules) or (None,))[0]
                                                            or dek(found[first])
                                                            or _repeats_title(found[first].text, page.title)
                                                            or _ADVISORY.fullmatch(found[first].text.strip())
                                                            or _dated_place(found[first].text, rules)
                                                            or len(found[first].text.split()) <= 3
                                                            and _is_furniture(found[first].text.strip(), rules)):
        # "Paris, 14 October 2026" or "Economy  <the headline again>" above a page's first paragraph: the page's
        if dek(found[first]):
            found.pop(first)  # (kept as the standfirst)
        else:
            lead_furniture.append(found.pop(first).text)

    contacts = -1  # the block a boilerplate label's contact lines would go on at
    carded = False  # the writers' lines under the dek, a name and its job each
    pages = page_lines([b.text if b.kind == "text" else "" for b in found])  # (a PDF's page numbers and running lines)
    for index, block in enumerate(found):
        text = block.text
        # What a structured reader marked stays what it is: a caption, or a speaker's turn.
        if block.kind == "caption":
            credit = (text, _clean_credit(block.credit, rules)) if block.credit else split_credit(text, rules)
            captions.append(Caption(text=credit[0] if credit else text, credit=credit[1] if credit else "",
                                    after=len(body) - 1))
            continue
        if block.kind == "turn" and not _labelled_writers(text, registry):  # ("<b>Müəlliflər:</b> A, B": a byline, no turn)
            turns.append(Turn(paragraph=len(body), speaker=block.speaker, start=_speech_start(text, block.speaker)))
            body.append(block)
            continue
        if block.kind == "heading":
            body.append(block)
            continue
        # A wire's gallery copied with its picture: "Item 1 of 2 <caption>. Reuters/A/File Photo Purchase Licensing
        # Rights, opens new tab" (and "[1/2]<the caption again>"): the caption, its marks kept with the furniture.
        if "Purchase Licensing Rights" in text and LICENSING_LINK.search(text):  # (the words first: a quick test)
            pieces = [LICENSING_LINK.sub(" ", p).strip() for p in _GALLERY_ITEM.split(text)]
            credits = [split_credit(p, rules) for p in pieces if p]
            if credits and all(credits) and all(len(p.split()) <= rules.caption_max_words for p, _ in credits):
                lead_furniture.extend(m.group(0).strip() for m in re.finditer(
                    rf"{_GALLERY_ITEM.pattern}|{LICENSING_LINK.pattern}", text))
                for caption, credit in credits:
                    if caption not in {c.text for c in captions}:
                        captions.append(Caption(text=caption, credit=credit, after=len(body) - 1))
                continue
        # "Nguyễn Thị Minh Hằng" alone between the dek and the picture or the dateline: the writer's name, unmarked
        after = found[index + 1] if index + 1 < len(found) else None
        if not author and len(body) <= 1 and 2 <= len(text.split()) <= 5 and after is not None and _NAME.fullmatch(text) \
                and (after.kind == "caption" or opens_with_dateline(after.text) or split_credit(after.text, rules)) \
                and not _looks_like_outlet(text, registry) and not _is_letterhead(text, registry) \
                and text not in registry.place_names and not _is_furniture(text, rules):
            author = text
            continue
        # "Par A et B · mardi 9 juillet 2030" opening a page's text: its writers, and the day they give (not the site's clock)
        dated = _dated_byline(text, registry, lambda line: _header_date(line, rules)) \
            if page and not author and not page.authors and len(body) <= 1 else None
        named = _byline_line(english_byline(dated[1], rules), registry) if dated else None
        if page and page.authors and len(body) <= 1 and english_byline(text, rules).startswith("By ") \
                and any(a in text for a in page.authors) and len(text.split()) <= BYLINE_DEK_MAX_WORDS:
            lead_furniture.append(text)  # "Por A · Columna del viernes": the byline the page's metadata names, over the text
            continue
        if named:
            author = join_names(split_names(_names_list(named.group(1), registry)[1]))
            byline_day = dated[0]
            lead_furniture.append(text)
            continue
        # "HIROKI NAKAGAWA and SATOMI ARAKI, Tokai Keizai staff writers" under the lead paragraph: its writers and their desk
        desk = _DESK_TAIL.search(text) if not author and len(body) <= 2 else None
        named = _author_line(text, registry) if desk else None
        if named and named.end() >= desk.start() - 1:
            author = join_names([name_case(n) if n.isupper() else n for n in split_names(_names_list(named.group("names"), registry)[1])])
            lead_furniture.append(text)
            continue
        # "Müəlliflər: Nərmin Qasımova, Rəşad Əsgərli" over a page's lead: its writers under the label in the site's language
        named = _labelled_writers(text, registry) if not author and len(body) <= 2 else ()
        if named:
            author = join_names(named)
            lead_furniture.append(text)
            continue
        # "Reported by Aditi Raghavan, Edited by Karan Mehta-Sood" under the dek: the reporter wrote it, the editor did not
        reported = _REPORTED_BY_LINE.fullmatch(text) if not author and len(body) <= 2 else None
        named = split_names(_names_list(reported.group(1), registry)[1]) if reported else ()
        if named and all(_NAME.fullmatch(n) for n in named):
            author = join_names(named)
            lead_furniture.append(text)
            continue
        # "Elżbieta Kowalczyk-Berger, Senior Fellow, Geoeconomics Programme" / "Jonas Verhaegen, Research Assistant" under
        # a commentary's dek: its writers, a line each with their jobs
        head = text.split(",")[0].strip()
        if len(body) <= 1 and (not author or carded) and "," in text and len(text.split()) <= CARD_LINE_MAX_WORDS \
                and _NAME.fullmatch(head) and not _TERMINAL.search(text) and any(
                    w in text[len(head):].lower() for w in rules.author_titles) \
                and not _looks_like_outlet(head, registry) and not _is_letterhead(head, registry):
            author = join_names([*split_names(author), head])
            carded = True
            lead_furniture.append(text)
            continue
        # A byline in brackets glued to the lead, or a byline on its own line.
        match = _BRACKET_BYLINE.match(text)
        glued = _BYLINE_INTO_DATELINE.match(text) or (_NAME_INTO_DATELINE.match(text) if len(body) <= 1 else None) \
            if not author and not match else None
        if glued and glued.re is _NAME_INTO_DATELINE and (_looks_like_outlet(glued.group(1), registry)
                                                          or not _given_name(glued.group(1).split()[0], rules)):
            glued = None  # (a name whose first word the registry knows as a given name: not "The Commerce Department")
        if match and not author:
            found_source, author = _names_list(match.group(1), registry)
            source = source or found_source
            text = text[match.end():].strip()
            if not text:
                continue
        elif glued and all(_NAME.fullmatch(n) for n in split_names(_names_list(glued.group(1), registry)[1]) or ["-"]):
            # "By Saima Rafiq AwanKARACHI: China on Wednesday ...": the byline run into the dateline in capitals
            found_source, author = _names_list(glued.group(1), registry)
            source = source or found_source
            lead_furniture.append(text[:glued.end()].strip())  # (the byline as printed, its place with it)
            text = text[glued.end():].strip()
        elif not author and (_byline_line(text, registry) or not body and not source):
            # A line that is only a byline is one wherever it sits: after the lead, or at the end.
            match = _byline_line(text, registry)
            pipe = _PIPE_BYLINE.match(text)
            if match:
                found_source, author = _names_list(match.group(1), registry)
                source = source or found_source
                continue
            if pipe and not body and FIELD_LABEL.fullmatch(pipe.group(1).strip()):
                lead_furniture.append(text)  # "Source | Export Control Division": a page's field over the text
                continue
            if pipe and len(text.split()) <= 10 and not re.search(r"@|\d{3}|[$€£]\s?\d|\b(?:subscribe|log\s?in|sign\s?in)\b", text, re.I) \
                    and not FIELD_LABEL.fullmatch(pipe.group(1).strip()):  # not "Press Office | (202) 482-2721", "Source | X"
                # (nor "Subscribe from $1.99 | Log in", the site's buttons)
                source, author = _split_byline(f"{pipe.group(1)}, {pipe.group(2)}", registry)
                continue
        # "(Reporter Zhao Minghui)" glued to the dateline or to the end of the lead.
        # "(Reporter: Guo Ming) Analysts noted ...": a reporter credited where their part of the text starts.
        reporter = _GLUED_REPORTER.search(text) if index < 4 and not author else _GLUED_REPORTER.match(text)
        named = split_names(_names_list(reporter.group(1), registry)[1]) if reporter else ()
        if named and all(_NAME.fullmatch(n) for n in named):
            author = join_names([*split_names(author), *(n for n in named if n not in split_names(author))])
            text = squash(text[:reporter.start()] + " " + text[reporter.end():])
        # "[Harbour Finance] Reporter Wong Ka-lok reports: Hong Kong's traders ...": the outlet and its reporter open the lead.
        reports = _REPORTS_LEAD.match(text) if index < 4 and not author else None
        named = split_names(_names_list(reports.group(2), registry)[1]) if reports else ()
        if named and all(_NAME.fullmatch(n) for n in named):
            author, source = join_names(named), source or (reports.group(1) or "").strip()
            lead_furniture.append(text[:reports.end()].strip())
            text = text[reports.end():].strip()
        # A dateline opens the first body paragraph (or the first after a summary box or a caption)...
        # (under a summary box or a caption, too: "Summary" / its points a line each)
        if (len(body) <= 2 or len(body) <= SUMMARY_MAX_POINTS + 2
                and all(len(b.text.split()) <= SUMMARY_POINT_MAX_WORDS for b in body)) and not dateline:
            match = _DATELINE.match(text)
            if match and match.end() >= len(text) and index < len(header.passed):
                dateline, dateline_date = text.strip(), _dateline_day(match)  # (read in the header, alone over its byline)
                source = source or (match.group("outlet") or "").strip()
                continue
            if match and match.end() < len(text):
                dateline = text[:match.end()].strip()
                dateline_date = _dateline_day(match)
                if match.group("outlet") and not source:
                    source = match.group("outlet").strip()
                text = text[match.end():].strip()
                # "ASUNCIÓN, Jan 1 (Tapé) — By Rocío Benítez Ayala — Paraguay's largest ...": the byline between the
                # dateline and the lead
                if not author and (signed := _BYLINE_AFTER_DATELINE.match(text)) \
                        and all(_NAME.fullmatch(n) for n in split_names(_names_list(signed.group(1), registry)[1]) or ["-"]):
                    author = _names_list(signed.group(1), registry)[1]
                    lead_furniture.append(text[:signed.end()].strip(" —–-"))
                    text = text[signed.end():].strip()
            elif (numeric := _NUMERIC_DATELINE.match(text)) and numeric.end() < len(text) \
                    and (day := _header_date(numeric.group("day"), rules)) and day[0] and day[2]:
                dateline = text[:numeric.end()].strip()  # "Kotor, 6. 2. 2030. – For Jelena ...": the day in figures
                dateline_date = (day[1], day[2], day[0])
                text = text[numeric.end():].strip()
            elif (place := _PLACE_DATELINE.match(text)) and place.end() < len(text):
                dateline = text[:place.end()].strip()  # "WASHINGTON, D.C. — The Department ...": a place, no date
                text = text[place.end():].strip()
            elif text.startswith(">") and (quoted := _DATELINE.match(text.lstrip("> "))):
                # "> WASHINGTON, Dec 16 (Tidewater) - ...": a wire's story a post quotes, its day the post's (the text as
                # the post gives it)
                dateline_date = _dateline_day(quoted)
        prefix = _ci_startswith(text, rules.original_prefixes)
        if prefix and _original_citation(text, rules):
            boilerplate.append(text)  # "Original: Al-Bayyina (Algiers), Thursday 11 October 2029, page 7": a translation's source
            continue
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
            # the contacts a label ends with a colon over, or a contact's own line ("Contact Person: A") over their telephone
            contacts = index + 1 if text.endswith(":") or re.match(r"Contact persons?\s*[:：]", text, re.I) else -1
            continue
        if contacts == index and word_count(text) <= CONTACT_MAX_WORDS and (_CONTACT_CELL.search(text) or _NAME.fullmatch(text)):
            boilerplate.append(text)  # "To contact the editors responsible for this story:" / "A at a@wire.net" / "B"
            contacts = index + 1
            continue
        if COUNTER.fullmatch(text) or _READ_TIME.fullmatch(text) or _AD_LABEL.fullmatch(text) or _WIRE_NOTE.fullmatch(text) \
                or index in pages or _PICTURE_NUMBER.fullmatch(text) \
                or _CREDIT_LINE.match(text) and word_count(text) <= CREDIT_LINE_MAX_WORDS and not _TERMINAL.search(text) \
                or not body and _REVIEWED_BY.match(text) and word_count(text) <= CREDIT_LINE_MAX_WORDS and not _TERMINAL.search(text):
            # "1.4K", "14": a page's count of claps, likes or comments; a gallery's "3 / 7" and a picture's credit line
            # under a caption the text tells ("Photo: Khamla Phommachanh / Sengdao"); an editor's "Reviewed by A" over the text
            lead_furniture.append(text)
            continue
        if body and word_count(text) <= FURNITURE_LABEL_MAX_WORDS and _ci_startswith(text, rules.list_labels) \
                and not _TERMINAL.search(text) and index + 1 < len(found) and found[index + 1].kind == "text" \
                and word_count(found[index + 1].text) >= 12 and _TERMINAL.search(found[index + 1].text.rstrip("”\"’'")):
            lead_furniture.append(text)  # "More information" between paragraphs, its box's links left out: the page's
            continue
        if BROADCAST_CUE.fullmatch(text) or _WATCH_LINK.match(text) and word_count(text) <= WATCH_LINK_MAX_WORDS:
            lead_furniture.append(text)  # a broadcast script's "[Anchor Lead]", "[Pkg]"; "▶ Watch: News 9, March 11"
            continue
        # (... or a short label over the text: a live blog's "Live feed")
        if (body or word_count(text) <= FURNITURE_LABEL_MAX_WORDS) and _ci_startswith(text, rules.furniture_prefixes) \
                and word_count(text) <= 40 \
                and not _TERMINAL.search(text.rstrip("”\"’'")) and not re.match(r"\S*\s*contacts?\b", text, re.I):
            lead_furniture.append(text)  # "Read more: <a headline>" between paragraphs: the page's, not the article's
            continue
        credit = split_credit(text, rules)
        if credit:
            captions.append(Caption(text=credit[0], credit=credit[1], after=len(body) - 1))
            continue
        if _BARE_URL.fullmatch(text):
            # A bare URL line after the body, or copied with the page's header, is the original link.
            if not original_url and (index >= len(found) - 3 or index < len(header.passed)):
                original_url = text.rstrip(".,;")
                continue
        body.append(Block(text, block.line))

    if not body:
        diagnostics.append(Diagnostic("warning", seed.name, "has no article text once its byline, captions and "
                                      "boilerplate are removed", line=seed.body_line,
                                      fix="check the seed is an article; its parts are still shown on the page"))
    # Page furniture after the article ("Related", "Tags: ...", "Newsletter: ..."): kept, not the article.
    tail: list[str] = []

    def furniture_at_end() -> None:
        # (and a heading left with nothing under it, "Earlier bulletins" over the links a page's box held: a label)
        while len(body) > 1 and (_tail_furniture(body[-1].text, rules) or body[-1].kind == "heading"):
            tail.insert(0, body.pop().text)

    furniture_at_end()
    # "Park Ji-won, HBN News.": a broadcast reporter signing off after the script, the writer named with the channel
    signed = _SIGN_OFF_LINE.fullmatch(body[-1].text.strip()) if len(body) > 1 else None
    writers = {loose(n) for n in (*split_names(author), *(page.authors if page else ()))}
    if signed and _NAME.fullmatch(signed.group(1)) and (loose(signed.group(1)) in writers or _CHANNEL.search(signed.group(2))):
        tail.insert(0, body.pop().text)
        author = author or signed.group(1)
        furniture_at_end()
    # "— Dorcas Pokawin" over a short note in the blog's fine print ("I used to maintain cranes at the basin, so read
    # this with that in mind."): the writer signing off, and the note under the sign-off the page's
    dashed = _DASH_SIGN_OFF.fullmatch(body[-2].text.strip()) if len(body) > 3 else None
    if dashed and _NAME.fullmatch(dashed.group(1)) and not _WHOLLY_QUOTED.fullmatch(body[-3].text.strip()) \
            and word_count(body[-1].text) <= NOTE_UNDER_SIGN_OFF_MAX_WORDS and not re.search(r"[\"“”]", body[-1].text):
        tail[:0] = [body.pop(-2).text, body.pop().text]
        furniture_at_end()
    # "— Sanne Bakker, precision farming advisor" under a post by her: its writer signing off
    dashed = _DASH_SIGN_OFF.match(body[-1].text.strip()) if len(body) > 1 else None
    # (... or a plain-text mail's signature, "-- Voahangy Rasoanaivo" alone: its writer, whoever the header names)
    if dashed and (loose(dashed.group(1)) in writers or body[-1].text.startswith("-- ") and _NAME.fullmatch(dashed.group(1))
                   and _DASH_SIGN_OFF.fullmatch(body[-1].text.strip()) and dashed.end() == len(body[-1].text.strip())):
        tail.insert(0, body.pop().text)
        furniture_at_end()
    # "✍️ Ана Стојановска / Ana Stojanovska 🔗 Повеќе на: https://..." under a channel's post: its writer's mark, and the
    # link to the site, the post's (the writer is read from the mark)
    if len(body) > 1 and re.match(r"✍\ufe0f?\s*\S", body[-1].text.strip()) and len(body[-1].text.split()) <= WRITING_HAND_MAX_WORDS:
        signed = body.pop().text
        tail.insert(0, signed)
        if not original_url and (link := _URL.search(signed)):
            original_url = link.group(0).rstrip(".,;")  # ("Source: https://...": the original's address, in the block)
        furniture_at_end()
    # "— Walt" under a post by Walt Pruszynski: its writer signing off by his given name
    given = re.fullmatch(r"[—–-]+\s*([A-Z][\w'’-]{1,20})\.?", body[-1].text.strip()) if len(body) > 1 else None
    if given and any(n.split()[0] == given.group(1) for n in (*split_names(author), *(page.authors if page else ())) if n.split()):
        tail.insert(0, body.pop().text)
        furniture_at_end()
    # "Like · Comment · Share" under the article pasted into a post, its reactions and colleagues' comments under them
    # ("👍 Tomás Valadares and 1 other" / "Inês Patrício 23 Mar 2030 at 09:12 Careful: ..."); or a blog's "3 thoughts on
    # “<headline>”" over its readers' comments; or a text browser's "References" over the page's numbered links: the
    # platform's, to the end
    def buttons_at_end() -> bool:
        bar = next((i for i in range(len(body) - 1, len(body) // 2, -1)
                    if _ACTION_BAR.fullmatch(" ".join(re.sub(r"[^\w\s|·•]", " ", body[i].text).split()))
                    or _COMMENTS_HEADER.match(body[i].text) or _REFERENCES_LINE.fullmatch(body[i].text)), None)
        listed = bar is not None and _REFERENCES_LINE.fullmatch(body[bar].text)  # (the page's own addresses: no words of its)
        if bar is None or not listed and sum(word_count(b.text) for b in body[bar:]) * BUTTONS_TAIL_SHARE \
                > sum(word_count(b.text) for b in body[:bar]):
            return False
        tail[:0] = [b.text for b in body[bar:]]
        del body[bar:]
        furniture_at_end()
        return True

    while buttons_at_end():
        pass
    # "Related News" / "Latest" over a list of linked headlines a line each, to the end: the page's, not the article's.
    # (each of them: "MORE IN BUSINESS" and its headlines over "Most Read" and its own)
    def lists_at_end() -> None:
        while (label := next((i for i in range(len(body) - 1, max(0, len(body) - 16), -1)
                              # (... or in two languages: "Kapcsolódó cikkek / Related")
                              if all(len(half.split()) <= 3 for half in body[i].text.split(" / ", 1))
                              and _tail_furniture(body[i].text, rules)), None)) \
                and label > 1 and all(len(b.text.split()) <= 16 and not _TERMINAL.search(b.text) for b in body[label + 1:]):
            tail[:0] = [b.text for b in body[label:]]
            del body[label:]
            furniture_at_end()  # (only then: otherwise the last block is the one just found not to be furniture)

    lists_at_end()
    # ... or with no label at all: a select-all copy's rail of other headlines under the article, and the page's footer
    # under it ("Who will make the Rock Hall in 2020?" / "Fans really want ..." / "Ad Choices")
    rail = headline_rail([b.text for b in body]) if not page else None  # (a web page's reader knows its own rails)
    if rail is not None:
        tail[:0] = [b.text for b in body[rail:]]
        del body[rail:]
        furniture_at_end()
    # A thread copied from its platform: each post under its writer's name and handle, its time and counts under it, and
    # other people's replies under the last one; the posts are the article, the rest the platform's
    chrome, replies = thread_chrome([b.text for b in body])
    if replies is not None:
        tail[:0] = [b.text for b in body[replies:]]
        del body[replies:]
    if chrome:
        lead_furniture.extend(b.text for i, b in enumerate(body) if i in chrome)
        body = [b for i, b in enumerate(body) if i not in chrome]
    if chrome or replies is not None:
        furniture_at_end()
    # "Comments (3)" over the readers' comments (a name, a time, the comment, "Reply"), to the end: theirs, not the article's
    comments = next((i for i in range(len(body) - 1, 1, -1) if _COMMENTS_LABEL.fullmatch(body[i].text.strip()) and (
        any(_COMMENT_ACTION.fullmatch(b.text.strip()) for b in body[i + 1:]) or re.search(r"\d", body[i].text))
        # (... or its lines run into one block, the first comment's writer and time after the count: "Comentarii (3)
        # ion_b | 26.12.2029, 18:02 Bine că ...")
        or _COUNTED_COMMENTS.match(body[i].text)), None)
    # ... or under a social post's counts: "👍❤️😮 1.2K   318 comments   204 shares" / "Like   Comment   Share" / the comments
    counted = next((i for i in range(len(body) - 1, 1, -1) if _POST_COUNTS.match(body[i].text.strip())), None)
    comments = comments if comments is not None else counted
    # ... or with no label: a blog's comments, each under "joetoronto says: November 19, 2019 at 6:44 am", again and again
    headers = [i for i in range(2, len(body)) if _COMMENT_HEADER.match(body[i].text.strip())]
    if comments is None and len(headers) >= 2:
        comments = headers[0]
    if comments is not None:
        tail[:0] = [b.text for b in body[comments:]]
        del body[comments:]
        furniture_at_end()
        lists_at_end()  # ("MORE OPINION" and its headlines over the comments: found once the comments are cut)
    # "[a]Noémie Faber: Headline for the brief? ..." under the text: a shared document's reviewers' comments
    noted = next((i for i in range(2, len(body)) if _DOC_COMMENT.match(body[i].text.strip())
                  and all(_DOC_COMMENT.match(b.text.strip()) for b in body[i:])), None)
    if noted is not None:
        tail[:0] = [b.text for b in body[noted:]]
        del body[noted:]
        furniture_at_end()
    # "Arad suppliers' park adds 1,200 jobs (19.12.2029)": headlines dated in brackets, a line each, to the end (their
    # label perhaps taken already): the site's links to its other stories
    dated = len(body)
    while dated > 2 and (m := _DATED_TEASER.fullmatch(body[dated - 1].text.strip())) and not _TERMINAL.search(m.group(1)) \
            and _header_date(m.group(2), rules):
        dated -= 1
    if len(body) - dated >= 2:
        tail[:0] = [b.text for b in body[dated:]]
        del body[dated:]
        furniture_at_end()
    # "#datacenters #optics #exportcontrols #Norway": a post's tags close its text; the writer's card, the reactions and
    # the comments under them are the platform's
    tags = next((i for i in range(max(2, len(body) - POST_TAGS_REACH), len(body)) if HASHTAGS.fullmatch(body[i].text.strip())
                 and len(body[i].text.split()) >= 2), None)
    if tags is not None:
        tail[:0] = [b.text for b in body[tags:]]
        del body[tags:]
        furniture_at_end()
    # "SOURCE Corvane Instruments, Inc.": a newswire release's last line, the wire's own promotion under it
    wire_end = next((i for i in range(len(body) - 1, max(0, len(body) - WIRE_SOURCE_REACH) - 1, -1)
                     if _WIRE_SOURCE_LINE.fullmatch(body[i].text.strip())), None)
    if wire_end and wire_end > 1:
        tail[:0] = [b.text for b in body[wire_end:]]
        del body[wire_end:]
        furniture_at_end()
    # "Press contact" over the office's e-mail and telephone, however its lines read: the page's, not the article's.
    # (each of them: "Investor Contact:" / A / a@x.com / phone over "Media Contact:" / B / b@x.com)
    while (contact := next((i for i in range(len(body) - 1, max(0, len(body) - 5), -1)
                            if _CONTACT_LABEL.search(body[i].text.rstrip().rstrip(":：") + ":") and len(body[i].text.split()) <= 4), None)) \
            and all(len(b.text.split()) <= CONTACT_MAX_WORDS * 2 for b in body[contact + 1:]):
        tail[:0] = [b.text for b in body[contact:]]
        del body[contact:]
    # ... or over the firm's cards, "Thomas R. Ingersoll, Counsel, Washington, D.C.", with the alert's notes under them
    # (those stay the text's)
    contact = next((i for i in range(len(body) - 2, max(0, len(body) - CONTACT_REACH), -1)
                    if _CONTACT_LABEL.search(body[i].text.rstrip().rstrip(":：") + ":") and len(body[i].text.split()) <= 3), None)
    if contact:
        cards = list(itertools.takewhile(lambda b: len(b.text.split()) <= CONTACT_MAX_WORDS and (
            _CONTACT_CELL.search(b.text) or _NAME.fullmatch(b.text.split(",")[0].strip()) and "," in b.text
            and not _TERMINAL.search(b.text.rstrip(".").rstrip())), body[contact + 1:]))
        if cards:
            tail[:0] = [b.text for b in body[contact:contact + 1 + len(cards)]]
            del body[contact:contact + 1 + len(cards)]
    closing = body[-1].text.strip() if len(body) > 2 else ""
    if not author and 2 <= len(closing.split()) <= 4 and _NAME.fullmatch(closing) and (
            _given_name(closing.split()[0], rules) or closing.split()[0] in rules.family_name_first) \
            and not set(w.lower() for w in closing.split()[1:]) & _title_words(rules) and not _looks_like_outlet(closing, registry) \
            and not _is_letterhead(closing, registry) and closing not in registry.names() and not _is_furniture(closing, rules) \
            and closing not in registry.place_names:
        author = closing  # "Thanh Lam" alone under the last paragraph: the writer's name printed at the end
        tail.insert(0, body.pop().text)
    # A letter to the editor ("Sir," over it) signed under its last paragraph, the writer's name a line, then what they do
    # and where they live: "Retšelisitsoe Mokhehle-Thamae" / "Retired lift engineer" / "Ha Thetsane, Maseru"
    # (the site's lines under it, "Letters may be edited for length ..." / "0 comments", go with it)
    letter = not author and len(body) > 2 and not page \
        and any(_LETTER_SALUTATION.fullmatch(line.strip()) for line in lines[:max(0, body[0].line - seed.body_line) + 1])
    for at in range(len(body) - 1, max(1, len(body) - LETTER_SIGNATURE_REACH) - 1, -1) if letter else ():
        first = body[at].line - seed.body_line
        signed = lines[first].strip() if 0 <= first < len(lines) else ""
        if signed and signed != body[at].text and 2 <= len(signed.split()) <= 4 and _NAME.fullmatch(signed) \
                and not _TERMINAL.search(body[at].text) and len(body[at].text.split()) <= LETTER_SIGNATURE_MAX_WORDS \
                and not _looks_like_outlet(signed, registry) and signed not in registry.names():
            author = signed
            tail[:0] = [b.text for b in body[at:]]
            del body[at:]
            break
    # "Kind regards," / "Afi Mensah-Lawson" / "Head of Customer Service, West Africa Region": a notice, an advisory or a
    # circular signed under its text (its stamp and "Sd/-" or "(signed)" between); the signatory wrote it
    signing = _signatory(body, lines, seed.body_line) if not author and not page else None
    if signing:
        at, author = signing
        tail[:0] = [b.text for b in body[at:]]
        del body[at:]
    # "Desmond Noel-Bartholomew is an economist in St George's and a former adviser to ...": a column's writer, named
    # only in the bio under it (no one the text itself quotes or names)
    bio = next(((i, m) for i in range(max(2, len(body) - CLOSING_BIO_REACH), len(body))
                if (m := _CLOSING_BIO.match(body[i].text))), None) if not author and not page else None
    if bio and not any(bio[1].group(1) in b.text for b in body[:bio[0]]):
        # (each writer's, in one paragraph: "A is a senior research fellow at ... B is an economist and ...")
        author = join_names([m.group(1) for sentence in sentences(body[bio[0]].text, rules.abbreviations)
                             if (m := _CLOSING_BIO.match(sentence.strip()))] or [bio[1].group(1)])
    paragraphs = tuple(b.text for b in body)
    if not author:
        # "(Reporting by A and B; Editing by C)": the reporters are the authors when there is no byline (a page's reader
        # may have set the line apart with its credits).
        # (... or run into the page's footer under it, read as its rights line: "(Reporting by ...) Read Next")
        for text in [*boilerplate, *paragraphs[-3:], *(page.credits if page else ()), rights]:
            match = _REPORTING_BY.search(text)
            if match and not re.search(r"\badditional reporting by\s*$", text[:match.end(1)][:match.start()], re.I) \
                    and not re.search(r"(?:additional|with)\s+$", text[:match.start()], re.I):  # a credit
                author = _names_list(match.group(1), registry)[1]
                # "...; Writing by B in Beirut; Editing by C": who wrote the story from the reporting writes it too
                if written := _WRITING_BY.search(text):
                    author = join_names([*split_names(author), *(n for n in split_names(_names_list(written.group(1), registry)[1])
                                                                  if n not in split_names(author))])
                break
    elif len(split_names(author)) == 1:
        # "By A" over the story, "(Reporting by A in Odesa and B in Kyiv; Editing by C)" under it: the wire's byline names
        # its first reporter, the credit every one of them
        for text in [*boilerplate, *paragraphs[-3:], *(page.credits if page else ()), rights]:
            match = _REPORTING_BY.search(text)
            if match and not re.search(r"(?:additional|with)\s+$", text[:match.start()], re.I):
                reporters = split_names(_names_list(match.group(1), registry)[1])
                if len(reporters) > 1 and author in reporters:
                    author = join_names(reporters)
                break
    if not author and len(body) > 2 and (signed := _CREDITS_SIGN_OFF.fullmatch(body[-1].text.strip())) \
            and all(_NAME.fullmatch(n) for n in signed.group("a", "b") if n):
        # "Thread: A in Washington, with B in Prague. Edited by C. /end": its writers' credits closing the text
        author = join_names([n for n in signed.group("a", "b") if n])
        tail.insert(0, body.pop().text)
        paragraphs = tuple(b.text for b in body)
    if not author:
        # "✍️ Timur Saidov-Nazarov, Dushanbe" under a channel's post: the writing hand marks its writer (and where from)
        # (... "✍️ Ана Стојановска / Ana Stojanovska": the name in the site's script and in Latin letters, the Latin one read)
        # (... or under a video's description, over its transcript: "📝 Sunita Karki  🎥 Bibek Shrestha")
        marked = [line for line in lines if line.strip()]
        author = next((named for line in [*reversed(marked[-WRITING_HAND_REACH:]), *marked[:CHROME_REACH_LINES]]
                       if (m := _WRITING_HAND.match(line.strip())) for named in (_latin_of(m.group(1)),) if _NAME.fullmatch(named)), "")
    if not author:
        # "Texte : Camille Notari · Photo : Riviera Consumer / Julien Grinda" under the text: its writer's and its
        # photographer's cells
        author = next((labelled.group(1).strip() for text in [*paragraphs[-3:], *tail[:4]]
                       if (labelled := _labelled_byline(text.strip()))), "")
    if not author:
        for text in [rights, *boilerplate, *paragraphs[-3:]]:
            match = _CLOSING_REPORTER.search(text)
            if match and _NAME.fullmatch(match.group(1).strip()):
                author = match.group(1).strip()
                break
    if not author:
        # "... reviewed and refined by our newsroom. BY PARK JI-WOO, LEE DA-IN [park.jiwoo@...]" (a Korean paper's byline
        # under the text, its lines run together with the page's), or "Thanh Lam Tags: transshipment, ..." (the writer's
        # name over the tags): a byline printed at the end
        for text in [*paragraphs[-2:], *tail[:2], rights, *boilerplate[-2:]]:  # (a rights notice run on with them)
            capitals = _CAPS_BYLINE_AT_END.search(text)
            named = split_names(_names_list(capitals.group(1), registry)[1]) if capitals else ()
            tagged = _NAME_OVER_TAGS.match(text)
            if named and all(_NAME.fullmatch(n) for n in named):
                author = join_names(named)
                break
            if tagged and _NAME.fullmatch(tagged.group(1)) and _given_name(tagged.group(1).split()[0], rules) \
                    and not set(w.lower() for w in tagged.group(1).split()) & _title_words(rules):
                author = tagged.group(1)
                break
    if not author:
        # "To contact the reporters on this story: A in Kuala Lumpur at a@wire.net; B in Washington at b@wire.net"
        for n, text in enumerate(boilerplate):
            label = _CONTACT_REPORTERS.search(text)
            if label:
                rest = text[label.end():].strip() or " ".join(itertools.takewhile(
                    lambda line: not line.endswith(":"), boilerplate[n + 1:n + 5]))  # (not the editors' label's)
                rest = re.split(r"\s+(?=[A-Z][\w ]{3,60}:)", rest)[0]  # (up to the editors' label run on)
                names = [m.group(1) for m in _CONTACT_NAME.finditer(rest)]
                if names and all(_NAME.fullmatch(m) for m in names):
                    author = join_names(names)
                    break
    if not author and rules.byline_labels:
        # "Reportagem: A (Brasília) e B (Catalão, GO) | Tradução: C | Edição: D": the writers' cell of the closing credits
        # (... or in English: "Author: Aigerim Seitkali" over the photo's credit and tags, "Reporting: A, Basel")
        labels = "|".join(map(re.escape, (*rules.byline_labels, *CLOSING_BYLINE_LABELS)))
        # (... or a line of the seed's last ones: "Autor: Tereza Nováková" over "Spolupracoval: ..." with no blank line)
        # (... or a page's line the page reader set apart under the text: "<p class='potpis'>Разговараше: A</p>")
        for text in [*paragraphs[-6:], *tail, *(line.strip() for line in seed.text.split("\n")[-CLOSING_LINES:]),
                     *(page.credits[-CLOSING_LINES:] if page else ())]:
            match = re.match(rf"^(?:{labels})\s*[:：]\s*([^|]{{2,200}}?)\s*(?:\||$)", text)
            if match and len(match.group(1).split()) <= CREDIT_CELL_MAX_WORDS and not _TERMINAL.search(match.group(1)):
                # (not a transcript's "Reporter: Some Japanese and European companies say ...?")
                cell = _and_joined(re.sub(r"\s*\([^()]{1,40}\)", "", match.group(1)), rules)
                names = split_names(_names_list(cell, registry)[1])
                if names and all(_NAME.fullmatch(n) or _name_shaped(n) for n in names):  # (in any script: "Билјана Ракитовска")
                    author = join_names(names)
                    break
    if not author and paragraphs:
        # A newsletter's writer greets its readers: "Good morning, this is Agnieszka Wrona in Warsaw with today's edition."
        for text in (*paragraphs[:2], *header.furniture):  # (or the issue's greeting over the story it kept)
            match = _GREETING_BYLINE.search(text)
            names = split_names(_names_list(match.group(2), registry)[1]) if match and match.group(2) else ()
            if match and match.group(1) and _NAME.fullmatch(match.group(1)):
                author = match.group(1)
                break
            if names and all(_NAME.fullmatch(n) for n in names):
                author = join_names(names)
                break
    if not author:
        # "The Fab Ledger is written by Ngozi Eze-Kaplan and edited by Michał Zieliński.": a newsletter's colophon
        for text in [*paragraphs[-3:], *tail, rights, *boilerplate]:
            match = _WRITTEN_BY.search(text)
            if match and all(_NAME.fullmatch(n) for n in split_names(_names_list(match.group(1), registry)[1]) or ["-"]):
                author = _names_list(match.group(1), registry)[1]
                break
    if not author:
        # "(Photo: Esther Wanjiku | Story: Brian Otieno Odhiambo)": the writer credited beside the photographer
        author = next((m.group(1) for c in captions for t in (c.credit, c.text)
                       if (m := _STORY_CREDIT.search(t or "")) and _NAME.fullmatch(m.group(1))), "")
    if not author and paragraphs:
        # A byline at the end: "Written by Sophie Hartmann in Brussels and Luca Bernardi in Milan. Edited by ..."
        # (a wire's "(By A and B)" may sit above a list of related stories)
        closing = [*paragraphs[-8:], *tail[:4], rights]  # (a wire's "(By A and B)" over "Enditem/AW" and its related
        # news, run into the rights notice when no blank line sets them apart)
        for at, text in enumerate(closing):
            match = _CLOSING_BYLINE.match(_POST_STAMP.sub("", text)) or (re.match(r"^[(（]By\s+([^.;()（）]{2,160}?)\s*[)）]()()", text)
                                                    or _SIGNED_WITH_ADDRESS.match(text) if text is rights else None) \
                or _DASH_SIGN_OFF.match(text)
            if match and match.re is _DASH_SIGN_OFF and not _NAME.fullmatch(match.group(1)):
                continue
            over = paragraphs[paragraphs.index(text) - 1] if text in paragraphs[1:] else closing[at - 1] if at else ""
            if match and match.re is _DASH_SIGN_OFF and _WHOLLY_QUOTED.fullmatch(over):
                continue  # ("“Lo que sí vamos a preguntar ...”." / "— Yolanda Batista Ureña, Seguros ...": a pull quote's speaker)
            if match:
                author = _names_list(match.group(1) or match.group(2) or match.group(3), registry)[1]
                # ("— Cristina Rusu, with Andrei Lupașcu in Budapest": the one who wrote it with her, where from)
                if match.re is _DASH_SIGN_OFF and (other := _WITH_WRITER.search(text)) and _NAME.fullmatch(other.group(1)):
                    author = join_names([*split_names(author), other.group(1)])
                break
    if not author and page and not page.authors and page.byline:
        # "<p class='author'>Yanditswe na Divine Umutesi na Fidèle Nsengimana</p>": the page's byline in its language
        named = _byline_line(page.byline, registry)
        author = _names_list(named.group(1), registry)[1] if named else join_names(_labelled_writers(page.byline, registry))
    # "<p><strong>Na Mwanaidi Kisamo na Godlisten Nnunduma, Ifakara</strong></p>" over the text, which the page reader took
    # for its dek (a line in bold): the byline in the page's language, no summary
    byline_dek = bool(not author and page and not page.authors and page.summary and (
        named := _byline_line(page.summary, registry)) and len(page.summary.split()) <= BYLINE_DEK_MAX_WORDS)
    if byline_dek:
        author = _names_list(named.group(1), registry)[1]
    if not author and page and not page.authors:
        # "<p style='text-align: right'><strong>Phạm Thu Hà</strong></p>" under a page's text (a Vietnamese paper's
        # signature), set apart with its credits: the writer, a name whose first word the registry knows as a name's
        # (... or a letter's signer: "Dr. Eleni Karamanli" over "Medical Director, Thermaikos Diagnostics")
        author = next((name for text in page.credits[:2] if _NAME.fullmatch(name := without_honorific(text.strip()))
                       and 2 <= len(name.split()) <= 4
                       and not name.isupper() and (name.split()[0] in rules.family_name_first or _given_name(name.split()[0], rules))
                       and not _looks_like_outlet(name, registry) and not _is_letterhead(name, registry)), "")
        # ... or with the places it was written in after it: "Айдана Токтосунова, Кант — Бишкек" (in any script)
        author = author or next((m.group(1) for text in page.credits[:2] if (m := _SIGNED_WHERE.fullmatch(text.strip()))
                                 and _name_shaped(m.group(1)) and not m.group(1).isupper()
                                 and not _looks_like_outlet(m.group(1), registry)), "")
    if author:
        # "(This article was written by Keiko Morishita and Ryota Ishiguro, a senior staff writer.)": the note at the end
        # names every writer, the byline over the text only the first
        for text in [*paragraphs[-12:], *tail[:12]]:  # (perhaps over the page's list of other headlines)
            match = _CLOSING_BYLINE.match(text.lstrip("(（"))
            names = split_names(_names_list(next(g for g in match.groups() if g), registry)[1]) if match else ()
            if len(names) > len(split_names(author)) and set(split_names(author)) <= set(names) \
                    and all(_NAME.fullmatch(n) for n in names):
                author = join_names(names)
                break
    # "Minh Anh - Thu Trang", "Thu Hà" alone after the last paragraph: the byline printed at the end
    # ... perhaps with its credits on the next lines: "Nguyen Thu Ha" / "Translated by: Hoang Anh", or its
    # e-mail and the translator's note under it: "Lee Ji-yoon, Park Seo-jun" / "jylee@..." / "... edited by C."
    def signed_names(i: int) -> list[str]:
        last = _CREDIT_AFTER.split(body[i].text.strip(), 1)[0]
        last = re.sub(r"^/s/\s*", "", last)  # "/s/ Harriet L. Ostrowski": a filing's electronic signature
        # "Élodie de la Rochefoucauld-Diallo, Geneva, and Lukas Brunner-Okafor, Bern": each with the city filed from
        last = re.sub(r",\s*([A-Z][\w-]+)(?=,|$)", lambda m: "" if m.group(1) in registry.place_names else m.group(0), last)
        last = re.sub(r",?\s+and\s+", ", ", last)
        names = NAMES_APART.split(last)
        # (not a committee's members under its hearing's record: "Senator Harlow Brandt, Chairman" / "Senator A")
        if (len(last.split()) <= 6 or len(names) >= 2 and len(last.split()) <= 10) and not _TERMINAL.search(last) and all(
                _NAME.fullmatch(n) and not set(w.lower() for w in n.split()) & _title_words(rules)
                and (len(names) >= 2 or _given_name(n.split()[0], rules)
                                        or n.split()[0] in rules.family_name_first and len(n.split()) >= 3) for n in names) \
                and not any(_looks_like_outlet(n, registry) or _is_letterhead(n, registry) or n in registry.place_names
                            for n in names):  # (nor "New York, New York": where it was signed)
            return names
        return []

    if not author and not seed.blocks:
        # "Authors" / "Eleanor Vasquez-Thorne" / "Partner, Washington, D.C." / "+1 202 555 0143" / "e@firm.com": a firm's
        # writers listed at the end of its alert, a line each for name, office, telephone and e-mail
        rows = seed.text.split("\n")
        for block in reversed(body[-AUTHORS_LIST_REACH:]):
            listed, taken = _authors_listed(rows[block.line - seed.body_line:], registry)
            if listed:
                author = join_names(listed)
                covered = [b for b in body if block.line <= b.line < block.line + taken]
                tail[:0] = [b.text for b in covered]
                body = [b for b in body if b not in covered]
                paragraphs = tuple(b.text for b in body)
                break
    if not seed.blocks:
        # "Wendy Cheung, CFA" / "Analyst" / "Calder Hollis Securities (Hong Kong) Limited" / "+852 ..." / "w@...": a research
        # note's analysts, a card each, under its key points (the first perhaps read with the header)
        cards = [(block, name) for block in body[:CARD_REACH]
                 if (name := _analyst_card(seed.text.split("\n")[block.line - seed.body_line:], registry))]
        if cards:
            author = join_names([*split_names(author), *(name for _, name in cards if name not in split_names(author))])
            lead_furniture.extend(block.text for block, _ in cards)
            body = [b for b in body if all(b is not block for block, _ in cards)]
            paragraphs = tuple(b.text for b in body)
    if not author and len(body) > 3:
        for i in range(len(body) - 1, max(2, len(body) - 12), -1):
            # (under it: its e-mail, a translator's note, or the page's list of other headlines, a line each)
            if i < len(body) - 1 and not all(_CONTACT_CELL.fullmatch(b.text.strip())
                                             or _TRANSLATION_NOTE.search(b.text) and word_count(b.text) <= 60
                                             or word_count(b.text) <= 16 and not _TERMINAL.search(b.text.rstrip("”\"’'"))
                                             for b in body[i + 1:]):
                break
            if names := signed_names(i):
                author = join_names(names)
                tail[:0] = [b.text for b in body[i:]]
                del body[i:]
                paragraphs = tuple(b.text for b in body)
                break
    if not author:
        # "Park Ji-hoon, Senior Reporter  jhpark@example.co.kr": a reporter's name, job and e-mail signing off,
        # perhaps below a list of related stories
        jobs = "|".join(map(re.escape, rules.author_titles)) or "(?!)"
        for text in [*paragraphs[-3:], *tail, rights, *boilerplate]:
            match = re.search(rf"(?:^|\s)((?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’-]+),\s*(?:[A-Z][a-z]+\s+){{0,2}}(?i:{jobs})s?"
                              rf"\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
            if match and _NAME.fullmatch(match.group(1)):
                author = match.group(1)
                break
            # "Yoon Seo-jin / yoon.seojin@paper.example": the writer's name over an address made of it
            signed = re.fullmatch(rf"((?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’-]+)\s*[/|·,]?\s*({EMAIL_ADDRESS})", text.strip())
            if signed and _NAME.fullmatch(signed.group(1)) and not _looks_like_outlet(signed.group(1), registry) and any(
                    len(w) >= 3 and w in signed.group(2).split("@")[0].lower()
                    for w in re.split(r"[\s'’.-]+", signed.group(1).lower())):
                author = signed.group(1)
                break
            # "Yuki Hasegawa and Sota Ishikawa, Kansai Keizai staff writers": the writers and their jobs, a line at the end
            staff = re.fullmatch(rf"((?:[A-Z][\w'’.-]+\s+){{1,3}}[A-Z][\w'’-]+(?:(?:,\s+|\s+and\s+)(?:[A-Z][\w'’.-]+\s+){{1,3}}"
                                 rf"[A-Z][\w'’-]+)*),\s*(?:[A-Z][\w'’-]+\s+){{0,3}}(?i:staff\s+)?(?i:{jobs})s?\.?"
                                 rf"(?:\s+(?:Published|Updated|Posted)\b.{{0,60}})?", text.strip())  # (its date line run on)
            if staff and all(_NAME.fullmatch(n) and not _looks_like_outlet(n, registry) for n in split_names(staff.group(1))):
                author = staff.group(1)
                break
    if not author:
        # "Translator's note: The author, Qiao Mingyuan (乔明远), is deputy director of ...": a note on the writer.
        author = next((m.group(1) for text in paragraphs[:2] if (m := _THE_AUTHOR.search(text)) and _NAME.fullmatch(m.group(1))), "")
    if not author and paragraphs:
        # An op-ed's author bio at the end: "Jane Doe is a senior fellow at ..."; or its authors' bios under
        # "About the authors" among the page's closing lines, one sentence each.
        def bio_names(text: str, whole: bool) -> list[str]:
            text = text.strip("*_ ")  # ("*Dr. A is a clinical geneticist ... The views expressed are her own.*": in italics)
            text = _PRINTED_TWICE.sub(r"\1", without_honorific(_SIGNATURE.sub("", text)))  # a bio box's name, then its bio
            starts = [0] if whole else [0, *(m.end() for m in re.finditer(rf"[.:]\s+|{_ABOUT_AUTHORS.pattern}\s+", text, re.I))]
            if whole:  # (a closing paragraph of bios only, a sentence each: "A is a senior fellow at X. B is an economist.")
                bios = [m.end() for m in re.finditer(r"(?<=[a-z)]{2}\.)\s+(?=[A-Z])", text)]
                starts = [0, *bios] if bios and all(_BIO_OPENING.match(text, b) for b in bios) else starts
            names = []
            for start in starts:
                match = _BIO_OPENING.match(text, start)
                # (not "The White House is expected to ...": a name opens with no article)
                # (not news: "Vice Premier He Lifeng is expected to lead the delegation")
                if match and re.match(r"\s*is\s+(?:expected|set|due|scheduled|likely|going|not)\b", text[match.end(1):]):
                    continue
                if match and _NAME.match(match.group(1)) and not re.match(r"(?:The|A|An)\s", match.group(1)) \
                        and not _looks_like_outlet(match.group(1), registry) and any(
                        re.search(rf"\b{re.escape(w)}", match.group(2).lower()) for w in (*rules.author_titles, *rules.role_words)):
                    names.append(match.group(1))
            return names
        spoken = {t.paragraph for t in turns}  # (a transcript's last turns are its speakers' words, no bio)
        for text, whole in [*((t, not _ABOUT_AUTHORS.search(t)) for n, t in enumerate(paragraphs) if n >= len(paragraphs) - 2
                              and n not in spoken),
                            *((t, False) for t in (*tail, rights, *boilerplate) if _ABOUT_AUTHORS.search(t)),
                            # (a bio with the paper's disclaimer after it, "The views expressed are his own.", is boilerplate)
                            *((t, True) for t in boilerplate[-3:] if _BIO_OPENING.match(t) and not _ABOUT_AUTHORS.search(t))]:
            names = bio_names(text, whole) if (not whole or word_count(text) <= 80) else []
            if names:
                author = join_names(names)
                break

    if not author and paragraphs:
        # "Anneliese van der Walt writes The Chokepoint Dispatch from Pretoria.": a newsletter's writer, in its footer
        for text in [*paragraphs[-6:], *tail]:
            match = _WRITES_NEWSLETTER.match(text)
            if match and _NAME.fullmatch(match.group(1)) and not _looks_like_outlet(match.group(1), registry):
                author = match.group(1)
                break
    if not author:
        # A filing's signatory under its closing: "By order of the Board" / "Huda Jassim Al-Sayegh" / "Company Secretary"
        rows = [squash(line) for line in seed.text.split("\n")[-SIGNATORY_REACH_LINES:] if line.strip()]
        author = next((name for closing, name in zip(rows, rows[1:]) if _SIGNATORY_CLOSING.fullmatch(closing)
                       and _NAME.fullmatch(name) and 2 <= len(name.split()) <= 5 and not _looks_like_outlet(name, registry)
                       and name.split()[-1] not in rules.organization_suffixes), "")  # (not "Lǚshān ... Holdings Limited")
    if not author:
        # A show's host or presenter, named in its notes or over its transcript ("Host: Marisol Echeverría Pinto",
        # "Hosted by Julian Arkwright.", "Speakers: Aoife Ní Bhriain (presenter); ..."): who writes the show, its byline
        head = seed.text.split("\n")[:SHOW_NOTES_REACH]
        if turns or any(_SHOW_WORDS.search(line) for line in head):
            author = _show_hosts(head, registry)
    elif any(_SHOW_WORDS.search(line) for line in seed.text.split("\n")[:SHOW_NOTES_REACH]) \
            and (hosts := split_names(_show_hosts(seed.text.split("\n")[:SHOW_NOTES_REACH], registry))) \
            and not set(hosts) & set(split_names(author)):
        # "Presenter: Matilda Siune-Kapi" / "Reporter: Lorraine Kaupa-Waim": a report's presenter writes it with its reporter
        author = join_names([*hosts, *split_names(author)])
    if author and len(split_names(author)) == 1 and len(author.split()) == 2 \
            and _MACHINE_TRANSLATED.search("\n".join(seed.text.split("\n")[:TRANSLATION_BANNER_LINES])):
        # "By Hope Hoxha" in a page the browser translated, "About the author: Shpresa Hoxha covers ..." under it: the
        # translator turned her given name into a word; the name as the page wrote it is in its author's box
        given, family = author.split()
        own = next((m.group(1) for text in (*paragraphs[-2:], *tail, *boilerplate)
                    if (m := re.search(rf"\b([A-Z][\w'’-]+)\s+{re.escape(family)}\b", text)) and m.group(1) != given
                    and _given_name(m.group(1), rules)), "")
        author = f"{own} {family}" if own else author
    # The author's own bio at the end is about the article, not in it: kept with the furniture.
    # A short closing note after it ("Views expressed are the author's own.") goes with it.
    if re.search(r"(?:^|,\s*|\band\s+)[A-Z]\.\s", author):
        # "M. Al-Suwaidi, A. bin Khalid Al-Harthy and D. Okonkwo-Ferreira" over "Dr. Mariam Al-Suwaidi is Director of ...":
        # initials the page spells out where it names the writers in full
        def spelled(name: str) -> str:
            initial = re.match(r"([A-Z])\.\s+(.+)$", name)
            full = initial and re.search(rf"\b({initial.group(1)}[a-z][\w'’-]+)\s+{re.escape(initial.group(2))}\b", seed.text)
            return f"{full.group(1)} {initial.group(2)}" if full else name
        author = join_names([spelled(n) for n in split_names(author)])
    if re.match(r"the\s", author):
        author = ""  # "Reported by the Hansard Unit.", "By the Editorial Board": a body of the house's, no one's name
    names = tuple(without_honorific(n) for n in split_names(author))
    if page and page.authors:
        names = tuple(dict.fromkeys((*names, *page.authors)))  # (a page's writers, whose bios may close its text)
    while len(body) > 1 and (bio := next((i for i in range(len(body) - 1, max(0, len(body) - 4), -1)
                                          if _author_bio(body[i].text, names)
                                          and all(word_count(b.text) <= BIO_NOTE_MAX_WORDS for b in body[i + 1:])), None)):
        tail[:0] = [b.text for b in body[bio:]]
        del body[bio:]
        if len(body) > 1 and _ABOUT_AUTHORS.fullmatch(body[-1].text.strip().rstrip(":")):
            tail.insert(0, body.pop().text)  # (and "About the author" over the bio)
    while len(body) > 1 and word_count(body[-1].text) <= CONTACT_MAX_WORDS and CONTRIBUTION.fullmatch(body[-1].text.strip()):
        tail.insert(0, body.pop().text)  # "Ana Ruiz contributed research.": a credit, before the writers' bios or alone
    # ... and the writers' box: "Katharina Vogel-Ristić" / "Korrespondentin Industrie" / "Joost van der Heijden" / ...,
    # a name a line among the page's last short lines.
    box = next((i for i in range(max(1, len(body) - 12), len(body)) if body[i].text.strip() in names
                and all(word_count(b.text) <= CONTACT_MAX_WORDS for b in body[i + 1:])), None)
    if box:
        tail[:0] = [b.text for b in body[box:]]
        del body[box:]
        furniture_at_end()  # (and the label over them: "Related Professionals")
    # "About Adriatic University" over what the body is (a line, then "Adriatic University (...) is a private university
    # ..."), among a release's last blocks: its boilerplate, and what follows it (the "###", the page's links)
    if not page and not seed.blocks:
        rows = seed.text.split("\n")
        about = next((i for i in range(max(1, len(body) - ABOUT_BLOCK_REACH), len(body))
                      if len(lines_of := _rows_of(rows, body[i], seed.body_line)) >= 2
                      and _ABOUT_BODY.fullmatch(lines_of[0].strip()) and not _ABOUT_AUTHORS.search(lines_of[0])
                      and re.search(r"\b(?:is|was|are|were)\b", lines_of[1])), None)
        if about is not None:
            tail[:0] = [b.text for b in body[about:]]
            del body[about:]
            furniture_at_end()  # (and the media contact over it: "Media contact: A, +382 ..., a@x.example")
    # A page's rail or footer copied with it, a cell a line, run into one paragraph: "--" / "312" / "6" / "A" /
    # "Written by A" / "1.4K Followers · Writer for B" / ... / "More from A and B" (a blog platform's, under its last
    # paragraph)
    if not page and not seed.blocks:
        rows = seed.text.split("\n")
        while len(body) > 1 and body[-1].kind == "text" and _rail(_rows_of(rows, body[-1], seed.body_line)):
            tail.insert(0, body.pop().text)
    # A note on the piece itself closing it ("(This article is translated from Chinese. In case of discrepancy, ...)",
    # "Correction: An earlier version ...", "Edited by A"): read by its shape, as the page reader reads it, and kept with
    # the furniture
    while len(body) > 1 and body[-1].kind == "text" and about_the_piece(body[-1].text):
        tail.insert(0, body.pop().text)
    if body and body[-1].kind == "text" and (square := _END_SQUARE.search(body[-1].text)):
        # "... with a Mexican address".■": a weekly's end mark after its last sentence, the page's (kept with the tail)
        body[-1] = Block(body[-1].text[:square.start()], body[-1].line, body[-1].kind)
        tail.insert(0, square.group(0).strip())
    paragraphs = tuple(b.text for b in body)
    paragraphs = paragraphs if seed.page else _introduced_quotations(paragraphs)
    headings = tuple(i for i, b in enumerate(body) if b.kind == "heading")
    opener = next((m for p in paragraphs[:4] if (m := _FIRST_POST.match(p))), None)
    if opener and re.fullmatch(r"(?:A\s+)?[Tt]hread\s+by\s+@?[\w.]+", title or ""):
        # "Thread by @tvance_trade" (an unroll site's title) over "1/ What the "Singapore statement" actually says ... 🧵":
        # the thread's first post is its headline
        title = opener.group(1).strip()
    elif title and (first_post := _FIRST_POST.match(title)):
        title = first_post.group(1).strip()  # ... or read as the title already: without its number and its thread mark
    # "istmoeconomico.example" / "Beijing's security review of US teleport firm reaches Panamá Pacífico" under a post
    # whose first words were read as the title: the card of the article the post shares, its site and its headline
    card = next((i for i in range(min(len(paragraphs), SHARED_CARD_REACH) - 1) if _HOST_NAME.fullmatch(paragraphs[i])
                 and 4 <= len(paragraphs[i + 1].split()) <= 25 and not _TERMINAL.search(paragraphs[i + 1])), None) \
        if not page and (not title or any(squash(title) in squash(p) for p in paragraphs[:2])) else None
    if card is not None:
        title = paragraphs[card + 1]

    if not source and rights:
        match = re.search(r"\bby\s+([A-Z][\w&.' -]{1,50}?)(?:[.,]|$)", rights)
        if match:
            source = match.group(1).strip()
    # "Переслано от: Silk Route Supply Monitor" over a post forwarded into a channel: the channel it comes from
    forwarded = next((m.group(1).strip() for line in chat_lines[-1:] if (m := _FORWARDED_FROM.match(line))), "")
    source = source or forwarded
    # "TALFER KURIER" over the headline (a masthead in capitals) where the text names the paper in its own case ("...,
    # she told Talfer Kurier"): the masthead is the source, as the text spells it
    if not source and not page and title:
        at = next((i for i, line in enumerate(lines) if squash(title)[:30] in squash(line)
                   and not _EMAIL_HEADER.match(line.strip())), 0)  # (not the mail's subject, over the masthead)
        # (... or the mail's sender, a newsletter sent under its name: "From: Courrier de l'Énergie <redaction at ...>")
        senders = [m.group(1) for line in lines[:at] if (m := re.match(r"\s*From\s*:\s*\"?([^<>\"@]{3,60}?)\"?\s*<", line))]
        # (... or its picture's credit, "Foto: A / Latgolys Zinis", or its rights notice, "© 2030 SIA «Latgolys Zinis»")
        prose = " ".join([*paragraphs, *senders, *(c.credit or "" for c in captions), rights])
        for line in (line.strip() for line in lines[:at][:MASTHEAD_REACH_LINES * 4] if line.strip()):
            # ("NIDAA AL-LOGONE · نداء اللوغون": the name, then the same in the site's own script after a dot or a bar)
            line = re.split(r"\s+[·|]\s+", line)[0] if not re.search(r"[A-Za-z]", re.split(r"\s+[·|]\s+", line, maxsplit=1)[-1]) else line
            if line.isupper() and 2 <= len(line.split()) <= MASTHEAD_MAX_WORDS and re.fullmatch(r"[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*)*", line):
                spelled = re.search(r"\b" + r"\s+".join(map(re.escape, line.split())) + r"\b", prose, re.I)
                # (its words capitalised in the text, not a section's label at a sentence's start: "What we know"; nor a
                # genre's or a section's label, "POLICY BRIEF", "CLIENT ALERT", "SUPPLY CHAIN", nor a show's name)
                # (its particles in lower case: "Courrier de l'Énergie")
                if spelled and not spelled.group(0).isupper() and spelled.group(0).split()[0][:1].isupper() \
                        and all(w[:1].isupper() or w in NAME_PARTICLES or re.fullmatch(r"[dl]['’][^\W\d_].*", w) and w[2:3].isupper()
                                or re.fullmatch(r"(?:al|el|an|ar|as|ad|at|ash)-[^\W\d_].*", w) and w.split("-", 1)[1][:1].isupper()  # ("Nidaa al-Logone")
                                for w in spelled.group(0).split()) \
                        and not {w.upper() for w in rules.genre_words} & set(re.findall(r"[^\W\d_]+", line)) \
                        and not _ci_startswith(line, _kickers(rules)) \
                        and not any(key.startswith(("topic/", "place/", "person/")) for name, key in registry.names().items()
                                    if name.lower() == spelled.group(0).lower()):
                    source = spelled.group(0)
                    break

    # The date: front matter > dateline > URL > the text.
    all_text = " ".join([title, dateline, *paragraphs, *(c.text for c in captions)])
    override = meta.get("original_url")
    if not original_url and (printed := _PRINTED_URL.search(seed.text)):
        # "https://www.dominionstandard.example/politics/2028/03/16/... 1/3": a browser's footer on each printed page, the
        # page's address
        original_url = printed.group(1).rstrip(".,;")
    if not original_url and (noted := next((u for line in chat_lines if _NOTE_ADDRESS.fullmatch(line) and (u := _URL.search(line))),
                                           None)):
        original_url = noted.group(0).rstrip(".,;")  # (a note's "URL: https://...": the page it clipped)
    if not original_url and (labelled := next((u for line in seed.text.splitlines()[-TAIL_ORIGINAL_REACH:]
                                                if _ci_startswith(line.strip(), rules.original_prefixes) and (u := _URL.search(line))),
                                               None)):
        original_url = labelled.group(0).rstrip(".,;")  # ("Original: https://..." among the page's end lines, run together)
    url_date = date_from_url(override if isinstance(override, str) and override.strip() else original_url)
    year = text_year(all_text)
    published: date | None = None
    date_source = "none"
    month_only = None  # a cover's "September 2025": no day is given, and none is guessed from the text
    if header.dates:
        y, month, day = header.dates[0]
        # "May 2027" (an archive's breadcrumb) over "May 28, 2027": the day a later line gives in the same month
        fuller = next((d for d in header.dates[1:] if d[2] and d[1] == month and d[0] in (y, None)), None) if not day else None
        y, day = (y or fuller[0], fuller[2]) if fuller else (y, day)
        # "Tuesday, June 26" (a news app's or a site's today, without its year) over "Jun 25, 2029 at 8:41 PM" under the
        # byline: the article's own day, given whole, a day or so before the day it was read
        whole = next((d for d in header.dates[1:] if d[0] and d[2]), None) if not y and day else None
        today, own_day = (_make_date(whole[0], month, day), _make_date(*whole)) if whole else (None, None)
        if today and own_day and 0 < (today - own_day).days <= READ_LATER_DAYS:
            y, month, day = whole
        # "Sent: Wednesday, 28 July 2026 08:04" (a forwarded newsletter's mail, in the reader's zone) over the post's own
        # "Jul 27" under its byline: the day the post went out, a day before
        own = next((d for d in header.dates[1:] if d[0] is None and d[1] and d[2]), None) if y and day else None
        sent = _make_date(y, month, day) if own else None
        posted = _make_date(y, own[1], own[2]) if sent else None
        if posted and 0 < (sent - posted).days <= 2 and re.match(r"(?:Sent|Date)\s*:", next(
                (line.strip() for line in seed.text.split("\n")[:header.end] if line.strip()
                 and _header_date(line.strip(), rules) == header.dates[0]), "")):
            month, day = own[1], own[2]
        # "Fri, Nov 13, 6:02 AM (3 days ago)": a mail reader's date without its year; the issue line gives it
        y = y or next((d[0] for d in header.dates[1:] if d[0] and (d[1], d[2]) == (month, day)), None)
        # ... or the weekday it prints: "Tue, Sep 8" is 2026's, of the years the page names ("© 2026", "since 2023")
        y = y or _weekday_year(seed.text, month, day, " ".join([all_text, rights, *boilerplate]))
        y = y or (url_date.year if url_date else None) or _rights_year(rights) or year
        published = _make_date(y, month, day) if y else None
        if published and dateline_date and dateline_date[:2] == (published.day, published.month) and published.day != published.month:
            # "11/03/2026 07:27 PM" over "Taipei, Nov. 3 (FNN)": a numeric date read the other way round, as the dateline says
            published = _make_date(published.year, published.day, published.month) or published
        date_source = "header" if published else "none"
        month_only = (y, month) if not day else None
    # "September 16, 2026 2:10 AM GMT+8" over "WASHINGTON, Sept 15 (Halyard) -": the page's clock is the reader's zone; the
    # dateline's day, a day earlier, is the day where the story happened. (And "Thu, February 10, 2028 at 10:52 PM EST" over
    # "BEIJING, Feb 11 (Lodestar) -": a portal's clock late in an American evening, the next morning where it was filed.)
    head_lines = seed.text.split("\n")[:header.end]
    zoned = any(_OFFSET_ZONE.search(line) for line in head_lines)
    late_west = any(_LATE_WEST.search(line) for line in head_lines)
    if dateline_date and published and date_source == "header" and (zoned or late_west):
        month, day, y = dateline_date
        local = _make_date(y or published.year, month, day)
        if local and (published - local).days == (1 if zoned else -1):
            published, date_source = local, "dateline"
    # "Issued: Thursday 26 July 2029, 18:00 ET — EMBARGOED until 00:01 ET, Friday 27 July 2029": a release is published
    # when its embargo lifts
    embargo = next((d for line in head_lines if (m := _EMBARGOED.search(line))
                    and (d := _header_date(m.group(1).strip(" .,"), rules)) and d[0] and d[2]), None)
    if embargo and not_after(lifted := _make_date(*embargo)):
        published, date_source = lifted, "header"
    # "Posted on 29/07/2026 by MSSC Secretariat" over "KUALA LUMPUR, 28 July 2026 –": the site posted the statement a day or
    # two after the day it was issued, which its dateline gives
    posted_by = bool(header.dates) and any(_POSTED_BY.fullmatch(line.strip()) and _header_date(line.strip(), rules) == header.dates[0]
                                           for line in head_lines)
    if dateline_date and published and date_source == "header" and posted_by:
        month, day, y = dateline_date
        issued = _make_date(y or published.year, month, day)
        if issued and 0 < (published - issued).days <= 2:
            published, date_source = issued, "dateline"
    if published and date_source == "header":
        # "Last Updated: Jun 12, 2026" over the text, "Originally published on Jun 11, 2026, 07:58 PM IST" under it: the
        # page's own stamp of when it was first published, a few days before its update
        # (... or, under a header dated by its update alone, "Published On Dec 9, 2026 at 09:48 PM IST")
        updated = any(_UPDATE_LABEL.match(line.strip()) for line in seed.text.split("\n")[:header.end])
        for text in (*paragraphs[-PUBLISHED_STAMP_REACH_LINES:], *tail[:PUBLISHED_STAMP_REACH_LINES], *boilerplate):
            # (the stamp opening its line: "Originally published on ...")
            stamp = ORIGINALLY_PUBLISHED.match(text.strip()) or (_PUBLISHED_ON.match(text.strip()) if updated else None)
            d = _header_date(stamp.group(1), rules) if stamp else None
            # (... or a translation's source, the paper it first ran in: "Original: Al-Bayyina (Algiers), 11 October 2029")
            first = _make_date(*d) if d and d[0] and d[2] else _original_citation(text.strip(), rules)
            if first and 0 < (published - first).days <= PUBLISHED_STAMP_REACH_DAYS:
                published = first
                break
    # "16 сентября" over "Переслано от: ..." (a channel's day separator over the post it forwarded), or over the post a
    # channel's feed was copied for: no date in the post itself
    first_kept = next((i for i, line in enumerate(lines) if line.strip()), 0)
    over = [line.strip() for line in seed.text.split("\n")[:first_kept] if _DAY_SEPARATOR.fullmatch(line.strip())]
    posted = next((d for line in [*reversed(chat_lines[-3:-1]), *over[-1:]] if (d := _header_date(line, rules)) and d[1] and d[2]),
                  None) if (forwarded or over) and chat_lines and not published and not dateline_date else None
    if not posted and chat_stamp and not published and not dateline_date and (d := _header_date(chat_stamp, rules)) and d[1] and d[2]:
        posted = d  # (or the stamp of the message that shares it, in a chat copied with its stamps)
    if posted and (y := posted[0] or (url_date.year if url_date else None) or year
                   or (_latest_weekday_year(chat_stamp, posted[1], posted[2]) if chat_stamp else None)):
        published, date_source = _make_date(y, posted[1], posted[2]), "header"
    if dateline_date and not published:
        month, day, y = dateline_date
        # (... or the Sambat day a Nepali page prints beside it: "प्रकाशित: पुस १०, २०८६" over "KATHMANDU, Dec 25:")
        sambat = sambat_day("\n".join(seed.text.splitlines()[:SAMBAT_REACH]), rules) if not y and not url_date else None
        # (... or, the text naming no year but a target ("from 2033"), the year the copy names: an alert service's "renews
        # on 01/03/2030", a recorder's "19 февр. 2030 г.")
        y = y or (url_date.year if url_date else None) or (year_near(month, day, sambat) if sambat else None) \
            or (year if year and year <= build_day().year else None) or text_year(seed.text) or year
        published = _make_date(y, month, day) if y else None
        date_source = "dateline" if published else "none"
    if not published and page and not page.date and byline_day and byline_day[0]:
        published, date_source = _make_date(*byline_day), "header"
    if not published and page and not page.date:
        # (a saved page whose markup gives no day: a line of its own over its headline, "jueves, 30 de mayo de 2030", read
        # with its kicker or its lines over the text)
        day = next((d for text in [*page.kicker.split(" · "), *page.credits][:PAGE_DAY_LINE_REACH]
                    if len(text.split()) <= PLACE_DAY_MAX_WORDS
                    and (d := _header_date(text, rules)) and d[0] and d[2]), None)
        if day:
            published, date_source = _make_date(*day), "header"
    if not published and url_date:
        published, date_source = url_date, "url"
    if not published and month_only:
        # A report's cover gives "June 2026"; its rights notice the day: "First published 12 June 2026."
        for text in (rights, *boilerplate, *paragraphs[:8]):  # (or an imprint page among the first paragraphs)
            stated = _FIRST_PUBLISHED_IN.search(text)
            d = _header_date(stated.group(1), rules) if stated else None
            if d and d[0] and d[2] and (d[0], d[1]) == month_only:
                published, date_source = _make_date(*d), "header"
                break
        # ... or a place and its day on a line of their own over the text: "Niamey, 6 October 2029"
        for text in paragraphs[:8] if not published else ():
            d = _header_date(text, rules) if len(text.split()) <= PLACE_DAY_MAX_WORDS else None
            if d and d[0] and d[2] and (d[0], d[1]) == month_only:
                published, date_source = _make_date(*d), "header"
                break
        # ... or its suggested citation: "Lilongwe: Mulanje Institute for Health Policy and Economics, 23 August 2029."
        for cited in _CITATION.finditer(seed.text):
            days = [d for d in text_dates(english_date(squash(cited.group(1)), rules), None)
                    if (d.year, d.month) == month_only and not_after(d)]
            if not published and days:
                published, date_source = days[-1], "header"
    if published and not not_after(published):
        published, date_source = None, "none"
    if not published and not month_only:
        # A correction's or an update's note says when the article was first published.
        for text in (*paragraphs[-4:], *tail[:4], *boilerplate, rights):  # (the note may be kept with the furniture)
            stated = (_FIRST_PUBLISHED_IN.search(text) or ORIGINALLY_PUBLISHED.search(text)) if _ABOUT_THIS_ARTICLE.search(text) else None
            d = _header_date(stated.group(1), rules) if stated else None
            if d and d[0] and d[2] and not_after(found := _make_date(*d)):
                published, date_source = found, "text"
                break
    if not published and not month_only:
        # A thread's or live blog's posts each carry a stamp ("9:14 AM · Oct 31, 2025"): the first is when it began.
        stamps = [_make_date(*d) for line in seed.text.splitlines() if len(line.split()) <= 12
                  and (d := _header_date(squash(line), rules)) and d[0] and d[1]]
        stamps = [d for d in stamps if d and not_after(d)]
        if stamps:
            published, date_source = min(stamps), "text"
    if not published and not month_only:
        # A video network's post, its account's line ending in the month and day it went up: "Bagmati Khabar ✓ · 3-10",
        # the year from the Sambat day the post prints ("आइतबार, फागुन २६, २०८६") or from the copy
        head = seed.text.splitlines()[:CHROME_REACH_LINES]
        posted = next((m for line in head if (m := _ACCOUNT_DAY.search(line.strip()))), None)
        if posted and 1 <= (month := int(posted.group(1))) <= 12:
            sambat = sambat_day("\n".join(head), rules)
            y = year_near(month, int(posted.group(2)), sambat) if sambat else text_year(seed.text)
            if y and (found := _make_date(y, month, int(posted.group(2)))) and not_after(found):
                published, date_source = found, "header"
    if not published and not month_only:
        # A reference manager's or an e-reader's citation of the article over its text, author and date first: "Citation
        # (APA) : Ben Salem, Y. (2030, 3 mars). At Radès, ... La Marsa Review."
        for cited in _AUTHOR_DATE_CITATION.finditer("\n".join(seed.text.splitlines()[:CHROME_REACH_LINES])):
            days = [d for d in text_dates(english_date(f"{cited.group('day')} {cited.group('year')}", rules), None) if not_after(d)]
            if days:
                published, date_source = days[0], "header"
                break
    if not published and not month_only:
        # A date among other words on a short line over the text ("МК в регионах 13 января 2020", "By Associated Press
        # Jun 24, 2020, 3:53pm CDT", "PTI | July 9, 2020 | Updated 08:24 IST", "(2020-01-21 11:12)"): the first whole day
        # there (a web page's copy, its date line run together with its neighbours)
        # (the site's clock beside its weather or ticker last: "Tue, 31 Jul 2029 | ZSE All Share 18,204.6 ▲0.4%" over
        # "Business Live: Monday 30 July 2029 — ...", the day's page)
        for line in sorted([*(squash(line) for line in head_lines), *paragraphs[:2]], key=lambda line: bool(_WEATHER.search(line))):
            if line and len(line.split()) <= DATED_LINE_MAX_WORDS and not _TERMINAL_BUT_COLON.search(line):
                days = [d for d in text_dates(english_date(line, rules), None) if not_after(d)]
                if days:
                    published, date_source = days[0], "text"
                    break
    if not published and not month_only:
        dates = [d for d in past_dates(all_text, rules) if not_after(d)]
        if dates:
            published, date_source = max(dates), "text"

    if not title and paragraphs and (numbered := _NUMBERED_POST.match(paragraphs[0])) \
            and 4 <= len((opening := sentences(paragraphs[0][numbered.end():], rules.abbreviations)[0]).split()) <= HEADLINE_MAX_WORDS:
        # "1/8 🧵 Washington bars federal hospitals from buying ... links. What was announced ...": a thread's first post
        # opens with its headline, written as one; the whole sentence, not cut to a lead's length
        title = opening.strip().rstrip(".")
        title_inferred = True
    elif not title and paragraphs:
        title = headline_from_lead(paragraphs[0], rules)
        title_inferred = True
    else:
        title_inferred = False
    if not title:
        title = headline_from_lead(captions[0].text, rules) if captions else seed.name.rsplit(".", 1)[0]
        title_inferred = True

    authors = tuple(without_honorific(name) for name in split_names(author))
    author = join_names(authors) if authors != split_names(author) else author
    summary = summarise(tuple(p for i, p in enumerate(paragraphs) if i not in headings), rules.summary_sentences, rules)
    fetched = ""
    left_out = None
    furniture = wrapper + chat_lines + chrome_lines + header.furniture + tuple(witnesses) + tuple(lead_furniture) + tuple(tail) + later_items
    if page:
        # A web page's kicker and its closing bio or "###" are about the article, not in it: kept.
        furniture += tuple(text for text in (page.kicker, *page.credits) if text)
        # What the page says about itself beats what the text rules inferred.
        if page.title:
            title, title_inferred = page.title, False
            kicker = _bracketed_kicker(title, rules)
            # (but a wire's version tag, "(LEAD)", "(2nd LD)", is part of the headline the page shows)
            if kicker and kicker.group(1).strip().lower() not in {t.lower() for t in rules.version_tags}:
                # an og:title's "[Exclusive] ...": kept with the furniture
                title, furniture = title[kicker.end():], furniture + (kicker.group(0).strip(),)
        if page.authors:
            authors = _page_authors(page.authors, rules)
            # (but the byline the page prints, in its language, over the metadata's writer: "Hakerek-na'in: A" shown, the
            # Dublin Core creator the web editor who put it online)
            # (a byline in the site's own words only: an English "By" box the page reader had read, and passed over)
            foreign = english_byline(page.byline, rules) if page.byline else ""
            shown = split_names(_names_list(named.group(1), registry)[1]) if foreign != page.byline and (
                named := _byline_line(foreign, registry)) else _labelled_writers(page.byline, registry) if page.byline else ()
            if shown and not {loose(n) for n in shown} & {loose(n) for n in authors}:
                authors = tuple(shown)
            elif page.byline and (more := _byline_box_writers(page.byline, authors, rules)):
                authors = more  # "De Liuba Gârbu și Radu Mocanu" over JSON-LD's first writer only: all of them
            author = join_names(authors)
        if page.date:
            published, date_source = page.date, "page"
            # (the page's date only when it was modified, its printed stamp in the site's words some days before:
            # "20 червня 2030, 18:25" under og:updated_time 2030-06-21)
            stamped = _stamp_day(page.stamp, rules) if page.stamp else None
            if stamped and stamped[0] and 0 < abs((page.date - (day := date(*stamped))).days) <= MODIFIED_REACH_DAYS:
                published = day  # (... or a day the page reader only guessed, the site's clock's: its stamp's day before or after)
            # (... or the day its byline line over the text prints: "Par A et B · mardi 9 juillet 2030")
            elif byline_day and byline_day[0] and 0 < abs((page.date - (day := date(*byline_day))).days) <= MODIFIED_REACH_DAYS:
                published = day
        elif page.stamp and (stamped := _stamp_day(page.stamp, rules)) and stamped[0]:
            published, date_source = date(*stamped), "page"  # (no date the page reader could read: its printed line's)
        # A page that names itself only by its host ("HXD.com.cn") is named better by its own byline line.
        source = source if source and _HOST_NAME.fullmatch(page.site_name or "") else (page.site_name or source)
        original_url = page.original_url or page.url or original_url
        summary = summary if byline_dek else page.summary or summary
        fetched = page.fetched
        left_out = (page.left_out_blocks, page.left_out_words)

    # "📡 Temburong villages' ...": a social post's pictographs before its headline, decoration (kept with the furniture)
    decoration = _LEADING_PICTOGRAPHS.match(title or "")
    if decoration and decoration.end() < len(title):
        title, furniture = title[decoration.end():], furniture + (decoration.group(0).strip(),)
    # (... or after it: "... keep, re-flash or swap 🔌⚡")
    decoration = _TRAILING_PICTOGRAPHS.search(title or "")
    if decoration and decoration.start() > 0:
        title, furniture = title[:decoration.start()], furniture + (decoration.group(0).strip(),)
    words = sum(word_count(p) for p in paragraphs)
    return Article(
        seed=seed.name, title=title, title_inferred=title_inferred, date=published, date_source=date_source,
        source=source, author=author, original_url=original_url, rights=rights,
        boilerplate=tuple(boilerplate), dateline=dateline, paragraphs=paragraphs,
        # A caption placed after a paragraph that later went to the furniture sits after the last one.
        captions=tuple(replace(c, after=min(c.after, len(paragraphs) - 1)) for c in captions),
        summary=summary, word_count=words,
        reading_time=max(1, math.ceil(words / rules.words_per_minute)) if words else 0,
        meta=dict(meta), diagnostics=tuple(diagnostics),
        authors=authors, turns=tuple(t for t in turns if t.paragraph < len(paragraphs)), fetched=fetched, left_out=left_out,
        furniture=furniture, standfirst=" ".join(header.standfirst),
        speaker=header.speaker or speech_speaker(title, rules), headings=headings,
    )


def _stamp_day(stamp: str, rules: Rules) -> tuple[int | None, int, int] | None:
    """The day a page's printed stamp gives, perhaps after the place it was written in and a colon in the site's script
    ("ភ្នំពេញ ៖ ថ្ងៃពុធ ទី២៦ ខែមិថុនា ឆ្នាំ២០៣០")."""
    placed = re.match(rf"[^\W\d_][^\d{LABEL_COLONS},]{{0,40}}?\s*[{LABEL_COLONS}]\s*(?=\S)", stamp.strip())
    return _header_date(stamp, rules) or (_header_date(stamp.strip()[placed.end():], rules) if placed else None)


MODIFIED_REACH_DAYS = 31  # a page's printed stamp this far before its only modified time is when it was published


def _byline_box_writers(byline: str, authors: tuple[str, ...], rules: Rules) -> tuple[str, ...]:
    """The writers a page's byline box names in its language ("De A și B", "Od A i B"), where they are the metadata's
    writers and more: its by-word (one short word) off, its names apart at the registry's "and" words."""
    words = byline.split()
    if len(words) < 3 or len(words[0]) > 4 or not words[0][:1].isalpha() or "," in byline:
        return ()  # (not "By A, Senior Trade Reporter": a job after a comma is no second writer)
    ands = "|".join(map(re.escape, rules.byline_and)) or "and"
    names = tuple(n.strip() for n in re.split(rf"\s+(?:{ands}|and|&)\s+", " ".join(words[1:])) if n.strip())
    return names if all(_name_shaped(n) for n in names) and {loose(a) for a in authors} < {loose(n) for n in names} else ()


def _page_authors(names: tuple[str, ...], rules: Rules) -> tuple[str, ...]:
    """A page's writers as its byline gave them, read with the registry: a byline in the site's language read as its
    names ("Por A e B" is A and B), and the place after them, split off at its comma ("No Lobito"), no writer."""
    places = {word.lower() for word in rules.byline_places}
    # (its label in the site's language, its colon perhaps lost with the markup: "Текст Ірина Лозинська")
    label = re.compile(rf"(?:{'|'.join(map(re.escape, rules.byline_labels))})\s*[{LABEL_COLONS}]?\s+(?=\w)") if rules.byline_labels else None
    found: list[str] = []
    for name in names:
        unlabelled = label.sub("", name, count=1) if label and label.match(name) else name
        name = unlabelled if unlabelled != name and _name_shaped(unlabelled) else name
        english = english_byline(name, rules)
        if english != name and english.startswith("By "):
            found += split_names(re.sub(r",\s+and\s+", " and ", english[3:]))
        elif not (found and len(name.split()) <= 3 and " ".join(name.split()[:-1]).lower() in places):
            found.append(name)
    return tuple(dict.fromkeys(found)) or names


_SPEECH_TITLE = re.compile(r"^(?:(?:Opening|Closing|Prepared|Keynote)\s+)?(?:Remarks|Speech|Address|Keynote|Statement|"
                           r"Testimony|Lecture)\b.{0,60}?\bby\s+(?P<who>.+)$"
                           # "Secretary Gina Raimondo Delivers Remarks at the ... Summit"
                           r"|^(?P<who2>.{3,80}?)\s+(?:Delivers|Gives|Makes)\s+(?:(?:Opening|Closing|Keynote)\s+)?"
                           r"(?:Remarks|Speech|Address|Keynote|Statement|Testimony)\b", re.I)


# A filing's closing over its signatory's name
# (a filing's: a letter's "Sincerely" names its signers, whom the letter's readers do not take for its writers)
_SIGNATORY_CLOSING = re.compile(r"(?:By\s+order\s+of\s+the\s+Board(?:\s+of\s+Directors)?|For\s+and\s+on\s+behalf\s+of\s+the\s+Board"
                                r"(?:\s+of\s+Directors)?)\s*[,.:]?", re.I)
SIGNATORY_REACH_LINES = 30  # lines from the end of a seed where a letter's closing and signatory sit
# A show's host in its notes: "Host: A", "Presenters: A and B", "Hosted by A.", "Host A is joined by ..."
_HOST_LINE = re.compile(r"(?:Hosts?|Presenters?|Anchors?)\s*[:：]\s*(?P<listed>[^:：]{3,120}?)\.?"
                        r"|(?:.*?\b)?(?:Hosted|Presented)\s+by\s+(?P<by>(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\b.*"
                        r"|Host\s+(?P<opening>(?:[A-Z][\w'’-]+\s+){1,3}?[A-Z][\w'’-]+)\s+(?:is|and|talks|speaks|asks)\b.*")
# ... or a transcript's list of speakers, each with their part: "Aoife Ní Bhriain (presenter); Dónal Crowley-Farrell
# (business correspondent); ..."
_SPEAKER_PART = re.compile(r"([A-ZÀ-Þ][^;,()]{2,60}?)\s*\((?:[\w ]*\s)?(?:presenter|host|anchor|correspondent|reporter)\)", re.I)
_WITH_REPORTER = re.compile(r",?\s+with\s+((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s+reporting\b")
# (... or a video's page: its chapters, "Streamed live on ...")
_SHOW_WORDS = re.compile(r"\b(?:podcast|episode|transcript|programme|program|broadcast|show notes|chapters|streamed live|premiered)\b",
                         re.I)
SHOW_NOTES_REACH = 60  # lines from the top where a show's notes name its host


def _show_hosts(lines: list[str], registry: Registry) -> str:
    """The host or presenters a show's notes name, as one byline; "" when they name none."""
    for line in (squash(line) for line in lines):
        if listed := re.match(r"Speakers?\s*[:：]", line, re.I):
            names = [m.group(1).strip() for m in _SPEAKER_PART.finditer(line, listed.end())]
        elif match := _HOST_LINE.fullmatch(line):
            names = split_names(re.sub(r"\s*(?:&|,?\s+and\s+)\s*", ", ", match.group("listed"))) \
                if match.group("listed") else [match.group("by") or match.group("opening")]
            # ("Presented by A, with B reporting from Muscat.": the report's reporter writes it with its presenter)
            names = [*names, *([m.group(1) for m in [_WITH_REPORTER.match(line, match.end("by"))] if m] if match.group("by") else [])]
        else:
            continue
        names = [n for n in names if _NAME.fullmatch(n) and not _looks_like_outlet(n, registry)]
        if names:
            return join_names(names)
    return ""


def speech_speaker(title: str, rules: Rules) -> str:
    """"Remarks by Ambassador David Perdue at the ... Dinner": the speaker's name, without titles."""
    match = _SPEECH_TITLE.match(title or "")
    if not match:
        return ""
    said_by = match.group("who") or match.group("who2")
    # "Speech by the Minister of Mineral Resources and Energy, Albertina Nhantumbo Sitoe, at the opening of ...": the office,
    # then the name beside it
    office = re.match(r"the\s+[^,]{3,80},\s*([^,]{3,60}?)\s*(?:,|$)", said_by, re.I)
    if office and _NAME.fullmatch(office.group(1)):
        return office.group(1)
    who = re.split(r"\s+(?:at|to|on|before|during|in|for)\s+|\s*[,:;(—–]\s*|\s+-\s+", said_by)[0]
    words = [w for w in who.split() if w not in ("H.E.", "HE", "His", "Her", "Excellency")]
    titles = sorted((t for t in rules.titles if t[:1].isupper()), key=len, reverse=True)
    changed = True
    while changed and words:
        changed = False
        for t in titles:
            n = len(t.split())
            if " ".join(words[:n]) == t and len(words) > n:
                words, changed = words[n:], True
                break
        if words and words[0] in ("U.S.", "US", "Chinese", "Deputy", "Under", "Assistant", "Acting", "Vice", "Former"):
            words, changed = words[1:], True
    name = " ".join(words)
    return name if _NAME.match(name) else ""


# "— Dr. Nadia Okwuosa-Brandt is associate dean for ...": a signature's dash before the name (its title goes too).
_SIGNATURE = re.compile(r"^[—–-]+\s*")


BIO_NOTE_MAX_WORDS = 40  # a disclaimer or series note after an author's bio, not a paragraph of the article


# "Ana Ruiz contributed research.", "Additional reporting by A", "With files from B": who helped, after the text.
CONTRIBUTION = re.compile(r"[A-Z][^.]{0,120}\bcontributed(?:\s+(?:reporting|research|to this (?:report|article|story)))?"
                         r"[^.]{0,40}\.?$|(?:With\s+)?(?i:additional|further)\s+reporting\s+by\b[^.]{0,200}\.?$"
                         # "— With files from Northern Press Agency", "(With inputs from agencies)"
                         # (... "— With a report from Paolo Santiago": a colleague's report, drawn on)
                         r"|[(—–-]?\s*(?i:with (?:files|inputs|a report|reports) from)\b[^.()]{2,80}\)?\.?$"
                         # "Contributing: Ana Ruiz, Lakeshore Network Ohio", a chain paper's credit to its sister papers
                         r"|(?:Contributing|Contributors?)\s*:\s+[A-Z][^.!?]{2,160}\.?$")


def _author_bio(text: str, authors: tuple[str, ...]) -> bool:
    """"Catherine Liao is a former deputy trade representative ...", "— Dr. Nadia Okwuosa-Brandt is
    associate dean ...": a paragraph that opens with an author's name and says who they are."""
    text = without_honorific(_SIGNATURE.sub("", text).lstrip("•·▪* "))  # ("• Ong Wei Ming is a senior fellow at ...")
    # (A paragraph that does not start with the name is never matched: no pattern is compiled for it.)
    return len(text.split()) <= 120 and any(
        text.startswith(name)
        and re.match(rf"{re.escape(name)}\s+(?:is|was|has|served|leads|directs|covers|writes|heads|spent|worked|works|joined|teaches)\b", text)
        for name in authors if name)


def _repeats_title(text: str, title: str) -> bool:
    """"Economy US approves ...": the headline again, after a section's label of a word or three."""
    return bool(loose(title)) and loose(text).endswith(loose(title)) and len(text.split()) - len(title.split()) <= 3


RAIL_MIN_LINKS = 3  # headlines in a row, a line each, that make a rail
_DATED_TEASER = re.compile(r"(\S.{6,160}?)\s*[(\[]([^()\[\]]{6,32})[)\]]")  # "Headline (05.01.2030)": a link to a story
RAIL_LINK_MAX_WORDS = 16
RAIL_PROSE_MIN_WORDS = 20  # a block this long that ends a sentence is prose
RAIL_MAX_PROSE_SHARE = 0.2  # ... and the prose under a rail, against the article's over it
_SIGNED = re.compile(rf"{_REPORTING_BY.pattern}|{_CLOSING_BYLINE.pattern}|{_BYLINE_LINE.pattern}|^\(?(?:By|Editing by)\b", re.I)


_RAIL_LABEL = re.compile(r"^\w[\w %.,]{0,24}[:：]\s*")  # "Reporting: Lukas Imboden", "Topics:", "90 days: the deferral"


def _signature_line(text: str) -> bool:
    """A line of a signature under a text: "/s/ Harriet L. Ostrowski", "Harriet L. Ostrowski, Judge",
    "Dated: August 11, 2028", "New York, New York"."""
    text = re.sub(r"^/s/\s*", "", text.strip())
    return bool(_NAME.fullmatch(text.split(",")[0].strip()) or re.match(r"(?i:dated|signed)\b", text)
                or _TEXT_DATE.search(text) and len(text.split()) <= 6)


_SIGN_UP_OPENS = re.compile(r"Discover more from\s+\S", re.I)
_SIGN_UP_ENDS = re.compile(r"Already have an account\?", re.I)
CHROME_MIN_CELLS = 4  # short lines in a row: a menu copied with the page, an item a line
CHROME_REACH_LINES = 25  # how far above the lead a menu may end and still be the chrome over the headline
CHROME_LEADS = 3  # runs of prose tried as the lead under a copy's menus (the first may be a cookie banner's)
CHROME_OVER_STAMP = 2  # lines between a headline and the byline or date under it (a caption may sit between)
CHROME_PROSE_MIN_WORDS = 18  # a line of the article's prose in a select-all copy: a paragraph copied on one line


# A chat app's message copied with its stamp: "[09/06/2029, 07:12] Mere Tabua: Morning all ..." (WhatsApp's copy),
# "[9/6/29 7:12 PM] Mere Tabua: ...", "Mere Tabua, [09.06.2029 07:12]" (Telegram's)
# ... or Teams' and Slack's, the sender and the time on a line over the message: "Rafael Monteiro-Kiala   Yesterday 16:42"
# (Slack's gives the time alone, its day on a divider over the message: "Ines Marchetti-Loy  9:12 AM")
_TEAMS_STAMP = (r"|[A-ZÀ-Þ][^\s:|][^:|\n]{1,38}?\s{2,}(?:(?:Yesterday|Today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)\s*,?\s*)?\d{1,2}:\d\d(?:\s?[APap][Mm])?\s*$")
# ... or a phone's messages app, a thread of texts from one sender under their day and time: "Mon, Oct 8 · 11:41 PM", "Today 7:05 AM"
_SMS_STAMP = (rf"|(?:Today|Yesterday|{_WEEKDAY},?\s+(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{1,2}}\s+[A-Z][a-z]{{2,8}}\.?))"
              r"\s*[·•,]?\s*\d{1,2}:\d\d(?:\s?[APap][Mm])?\s*$")
_BRACKET_STAMP = r"\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[APap]\.?[Mm]\.?)?\]"  # "[22.01.2030 08:47]"
# A chat export's stamp line, its sender alone after it: "[22.01.2030 08:47] NistruBot#4410" (Discord's exporters)
_EXPORT_STAMP = re.compile(rf"{_BRACKET_STAMP}\s+[^\s:]{{1,40}}(?:#\d{{4}})?")
# ... or a chat app's plain-text export, a message a line opened by its day, time and sender: "29/04/2030, 17:41:08 -
# Wannes Coppieters (@wcoppieters:matrix.example): ..." (Element's), "12/01/2030, 08:47 - Mere Tabua: ..." (WhatsApp's)
_EXPORT_LINE = re.compile(r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s?[APap]\.?[Mm]\.?)?\s+[-–]\s+"
                          r"([^:(\n]{1,60}?)(?:\s+\(@[^)\s]{1,80}\))?:\s?")
_CHAT_STAMP = re.compile(rf"{_BRACKET_STAMP}\s+[^:\n]{{1,40}}:\s?|{_EXPORT_STAMP.pattern}\s*$|{_EXPORT_LINE.pattern}"
                         r"|[^,\n]{1,40},\s+\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d\d(?::\d\d)?\]\s*$"
                         + _TEAMS_STAMP + _SMS_STAMP)
# A chat export's marks of what a message carried: "{Embed}" (a link's card), "{Reactions}" (the emoji counts under it)
_EXPORT_BLOCK = re.compile(r"\{(?:Embed|Reactions|Attachments?|Stickers?|Components)\}")


def _sender(stamp_line: str) -> str:
    """Who sent a chat's message, from its stamp line: "[22.01.2030 08:47] NistruBot#4410" -> "NistruBot#4410"."""
    exported = _EXPORT_LINE.match(stamp_line.strip())
    return exported.group(1).strip() if exported else re.sub(r"^\[[^\]]*\]\s*", "", stamp_line.strip()).split(":")[0].strip()


_WINDOW_STAMP = re.compile(_TEAMS_STAMP[1:] + _SMS_STAMP)  # a chat app's window copied whole: its own lines over the stamps
# Slack's divider of a day's messages: "Wednesday, October 10th", "Today"
_DAY_DIVIDER = re.compile(rf"(?:Today|Yesterday|{_WEEKDAY}(?:,\s+[A-Z][a-z]{{2,8}}\s+\d{{1,2}}(?:st|nd|rd|th)?)?)")
CHAT_MIN_MESSAGES = 2  # ... or one under its day's divider (a channel's one message, the article pasted into it)
CHAT_HEADER_MAX_LINES = 6  # a chat app's own lines over its first message ("Microsoft Teams", its search box, tabs)
CHAT_HEADER_LINE_MAX_WORDS = 12  # ... each a few words ("Chat | Teams | Activity | Calendar | Files", a channel's topic)
CHAT_EXPORT_FIELDS = 4  # more lines an export's header may have: its room's name, id, alias, topic, who exported it, when


def _messages(stamps: list[int], total: int) -> list[tuple[int, int]]:
    """Each stamp of a chat, a thread or a recording with the line its message ends before: the next stamp, or the copy's
    end (the one walk every stamped shape shares)."""
    return [*zip(stamps, [*stamps[1:], total])]


def chat_message(lines: list[str], registry: Registry | None = None) -> tuple[list[str], tuple[str, ...]]:
    """A chat copied with its messages' stamps, the article shared as one of them: that message's lines, the
    others blank (their lines and the stamps are the chat's, returned to be kept with the furniture). The
    article is the longest message; the lines stay where they were, so line numbers still hold. The sender's
    note over the article they pasted ("FYI, pasting in full.") is the chat's too."""
    stamps = [i for i, line in enumerate(lines) if _CHAT_STAMP.match(line.strip())]
    above = [line for line in lines[:stamps[0]] if line.strip()] if stamps else []
    if len(stamps) < CHAT_MIN_MESSAGES and not (stamps and above and _DAY_DIVIDER.fullmatch(above[-1].strip())
                                                and re.match(_TEAMS_STAMP[1:], lines[stamps[0]].strip())):
        return lines, ()
    bounds = _messages(stamps, len(lines))
    lined = bool(_EXPORT_LINE.match(lines[stamps[0]].strip()))  # (a plain-text export: its room's fields over it)
    exported = _EXPORT_STAMP.fullmatch(lines[stamps[0]].strip()) or lined
    if above and not (_WINDOW_STAMP.match(lines[stamps[0]].strip()) and len(above) <= CHAT_HEADER_MAX_LINES
                      and all(len(line.split()) <= CHAT_HEADER_LINE_MAX_WORDS for line in above)) \
            and not (exported and len(above) <= CHAT_HEADER_MAX_LINES + CHAT_EXPORT_FIELDS * lined
                     and all(_RULE_LINE.fullmatch(line.strip()) or _FIELD_LINE.match(line.strip())
                             or lined and len(line.split()) <= CHAT_HEADER_LINE_MAX_WORDS for line in above)):
        return lines, ()  # (a chat's stamps open the copy: otherwise they are lines quoted in an article; but a chat
        # app's window copied whole has its name, search box and tabs over them, an export its guild's and channel's)
    words = [sum(len(line.split()) for line in lines[a:b]) for a, b in bounds]
    longest = words.index(max(words))
    # (the messages its sender posted around it, one after another: an article a bot posts in parts, "(1/3)" ...)
    senders = [_sender(lines[a]) for a, _ in bounds]
    first = last = longest
    while exported and first > 0 and senders[first - 1] == senders[longest]:
        first -= 1
    while exported and last + 1 < len(bounds) and senders[last + 1] == senders[longest]:
        last += 1
    start, stop = bounds[first][0], bounds[last][1]
    chat: list[str] = []
    kept = [""] * len(lines)
    inner = {a for a, _ in bounds[first + 1:last + 1]}
    for i, line in enumerate(lines):
        if start <= i < stop and i not in inner and not _EXPORT_BLOCK.fullmatch(line.strip()) \
                and not (i and lines[i - 1].strip() == "{Reactions}"):  # (nor the counts under it: "🔋 (14) 👀 (6)")
            kept[i] = line
        elif line.strip():
            chat.append(line.strip())
    stamp = _CHAT_STAMP.match(kept[start].strip())
    chat.append(stamp.group(0).strip())
    kept[start] = kept[start].strip()[stamp.end():]
    note = _senders_note(kept[start:stop], registry) if registry is not None else 0
    if len(stamps) < CHAT_MIN_MESSAGES and not note:
        return lines, ()  # (a channel's one message with no article pasted into it: the sender's own post, signed by them)
    chat[-1:-1] = [line.strip() for line in kept[start:start + note] if line.strip()]
    kept[start:start + note] = [""] * note
    return kept, tuple(chat)


SENDERS_NOTE_MAX_LINES = 2


def _senders_note(message: list[str], registry: Registry) -> int:
    """How many of a message's lines are its sender's note over the article pasted under it: a line or two, a blank
    line, then the article's header (its byline or date within its first lines) and far more text; else 0."""
    nonblank = [i for i, line in enumerate(message) if line.strip()]
    if not nonblank:
        return 0
    gap = next((i for i in range(nonblank[0], len(message)) if not message[i].strip()), None)
    if gap is None or gap - nonblank[0] > SENDERS_NOTE_MAX_LINES:
        return 0
    under = [i for i in nonblank if i > gap][:PASTED_HEAD_LINES + 1]
    if len(under) < 3 or _words_in(message[gap:]) < 5 * _words_in(message[:gap]) or not any(
            _byline_line(message[i].strip(), registry) or (d := _header_date(message[i].strip(), registry.rules)) and d[0]
            for i in under[1:]):
        return 0
    return gap


# A message sent in numbered parts, each with its number: "HERALD ALERTS [1/6] BREAKING", "[2/6] WASHINGTON — ..."
_PART_NUMBER = re.compile(r"[\[(](\d{1,2})/(\d{1,2})[\])]\s*")
PART_NUMBERS_MIN = 3
PART_LABEL_MAX_CHARS = 40  # (after a sender's label in capitals, at most)


# "... More: bagmatipost.example/a/24022030 -Rojina Maharjan/BP": an alert's writer and service signing its last part
_PART_SIGN_OFF = re.compile(r"\s+[-—–]\s?([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*/\s*[A-Z][\w]{1,15}\s*$")


def alert_parts(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A text-alert service's messages copied from a phone, the story sent in numbered parts among the day's other alerts,
    each message over its time ("(2/4) ... We buy 6-APA from China at double" / "11:24" / "(3/4) last month's price ..."):
    the parts are the story, run together as it was written (a part may end mid-sentence), its headline the first part's
    words before the bar ("NEPAL CURBS ANTIBIOTIC EXPORTS, CAPS PRICES | KATHMANDU, Feb 24 - ..."); the other messages,
    the times and the numbers, blank here, are returned to be kept with the furniture."""
    found = [(i, m) for i, line in enumerate(lines) if (m := _PART_NUMBER.match(line.strip()))]
    numbers = [int(m.group(1)) for _, m in found]
    clocks = sum(1 for line in lines if CLOCK.fullmatch(line.strip()))
    if len(found) < PART_NUMBERS_MIN or numbers != list(range(1, len(found) + 1)) or numbers[-1] != int(found[0][1].group(2)) \
            or clocks < len(found) or len(found) * 2 > len([line for line in lines if line.strip()]):
        return lines, ()
    parts = [lines[i].strip()[m.end():].strip() for i, m in found]
    first = found[0][0]
    slot = next((i for i in range(first + 1, len(lines)) if CLOCK.fullmatch(lines[i].strip())), None)
    if slot is None:
        return lines, ()
    headline, bar, rest = parts[0].partition(" | ")
    if not (bar and headline.isupper() and len(headline.split()) <= HEADLINE_MAX_WORDS):
        headline, rest = "", parts[0]
    story = " ".join([rest, *parts[1:]])
    signed = _PART_SIGN_OFF.search(story)
    kept = [""] * len(lines)
    kept[first] = headline
    kept[slot] = story[:signed.start()].strip() if signed else story
    if signed:  # (the sign-off on a line of its own, after the text: "— Rojina Maharjan")
        after = next((i for i in range(slot + 1, len(lines)) if i not in {j for j, _ in found}), None)
        if after is not None:
            kept[after] = f"— {signed.group(1)}"
    used = {first, slot} | {i for i, _ in found}
    return kept, tuple(line.strip() for i, line in enumerate(lines) if line.strip() and i not in used) + tuple(
        m.group(0).strip() for _, m in found)


def part_numbers(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A text sent in parts numbered in order, each part opening its line: the lines without the numbers, and the
    numbers, returned to be kept with the furniture."""
    found = [(i, m) for i, line in enumerate(lines) if (m := _PART_NUMBER.search(line.strip()))
             and (m.start() == 0 or m.start() <= PART_LABEL_MAX_CHARS and line.strip()[:m.start()].isupper())]
    numbers = [int(m.group(1)) for _, m in found]
    if len(found) < PART_NUMBERS_MIN or len({m.group(2) for _, m in found}) != 1 or numbers != sorted(set(numbers)) \
            or numbers[-1] > int(found[0][1].group(2)):
        return lines, ()
    kept = list(lines)
    for i, m in found:
        line = lines[i].strip()
        kept[i] = " ".join(part for part in (line[:m.start()].strip(), line[m.end():].strip()) if part)
    return kept, (" ".join(m.group(0).strip() for _, m in found),)


# A social network's buttons under a post: "Like | Comment | Repost | Send", "Like Comment Share"
_ACTION_BAR = re.compile(r"(?:(?:Like|Comment|Repost|Send|Share|Reply|Retweet|Quote|Save|Flip)(?:\s*[|·•]\s*|\s+|$)){3,}", re.I)
_COMMENTS_HEADER = re.compile(r"\d{1,4}\s+(?:thoughts?|comments?|responses?|replies)\s+(?:on|to)\s+[\"“«‘']", re.I)
BUTTONS_TAIL_SHARE = 3  # times the words under a post's buttons the article over them has, at least
SHARED_POST_REACH = 20  # nonblank lines from the top within which a sharer's post ends over the article it shares
SHARED_PROSE_MIN_WORDS = 15


def shared_post(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A post that shares an article, copied with it: the sharer's name, note, reactions and buttons ("Like | Comment |
    Repost | Send") over the article's card. Down to the buttons, the lines are the network's and the sharer's, blank
    here and returned to be kept with the furniture; the article is what follows them."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:SHARED_POST_REACH]
    bar = next((n for n, i in enumerate(nonblank) if _ACTION_BAR.fullmatch(lines[i].strip())), None)
    if bar is None or not any(len(lines[i].split()) >= SHARED_PROSE_MIN_WORDS for i in nonblank[:bar]) \
            or not any(len(line.split()) >= SHARED_PROSE_MIN_WORDS for line in lines[nonblank[bar] + 1:]):
        return lines, ()
    cut = nonblank[bar] + 1
    return [""] * cut + lines[cut:], tuple(line.strip() for line in lines[:cut] if line.strip())


# A post's account as a photo network's page prints it over the post, a handle alone on its line: "alatootrade.en"
_ACCOUNT_LINE = re.compile(r"@?(?=[a-z0-9._]*[a-z])[a-z0-9][a-z0-9._]{2,29}")
CAPTION_MIN_WORDS = 5


def post_caption(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A photo network's post opened on the web and copied whole: the network's menu, the account's handle, its follow
    button, its place and the pictures' descriptions ("[Photo 1 of 6] Photo by ...") over the caption, which opens with
    the handle again ("alatootrade.en 🔴 Beijing hits back at ..."): the caption is the article, its first line the
    headline. What is over it, and the handle, are returned to be kept with the furniture; what follows it (the
    comments) is read as any copy's end is."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:CHROME_REACH_LINES]
    for n, i in enumerate(nonblank):
        handle = lines[i].strip()
        if not _ACCOUNT_LINE.fullmatch(handle) or "." not in handle and "_" not in handle:
            continue
        at = next((k for k in nonblank[n + 1:n + 1 + SHARED_POST_REACH] if lines[k].strip().startswith(handle + " ")), None)
        if at is None:
            continue
        caption = lines[at].strip()[len(handle):].strip()  # (its pictographs, "🔴", are the headline's decoration)
        if len(caption.split()) < CAPTION_MIN_WORDS:
            return lines, ()
        kept = [""] * at + [caption] + lines[at + 1:]
        return kept, (*(line.strip() for line in lines[:at] if line.strip()), handle)
    return lines, ()


# An e-reader's export of a reader's highlights, each under its label: "Highlight (yellow) | Location 22", "Surlignement
# (jaune) | Emplacement 7", "Note | Page 3 | Location 44" (a note: the reader's own words)
_HIGHLIGHT_LABEL = re.compile(r"(?P<kind>Highlight|Surlignement|Markierung|Subrayado|Evidenziazione|Destaque|Note|Notiz|Nota|Bookmark|Signet)"
                              r"(?:\s*\([^()]{1,20}\))?(?:\s*[|·-]\s*(?:Page|Seite|Página|Pagina)\s+[\dxivlc]+)?"
                              r"\s*[|·-]\s*(?:Location|Emplacement|Position|Posición|Posizione|Posição)\s+[\d-]+", re.I)
_READERS_NOTE = frozenset({"note", "notiz", "nota"})
HIGHLIGHTS_MIN = 3


def highlights(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """An e-reader's export of the highlights a reader made in an article, each under its label: each highlight is a
    paragraph (the labels set them apart, whatever blank lines the export has); the labels, and the reader's notes
    under theirs, are returned to be kept with the furniture. The export's header (the title, the writer, the
    citation) stays to be read as a header is."""
    labels = [i for i, line in enumerate(lines) if _HIGHLIGHT_LABEL.fullmatch(line.strip())]
    if len(labels) < HIGHLIGHTS_MIN:
        return lines, ()
    kept = list(lines)
    notes: list[str] = []
    for i, end in _messages(labels, len(lines)):
        kept[i] = ""
        if _HIGHLIGHT_LABEL.fullmatch(lines[i].strip()).group("kind").lower() in _READERS_NOTE:
            notes.extend(line.strip() for line in lines[i + 1:end] if line.strip())
            kept[i + 1:end] = [""] * (end - i - 1)
    return kept, (*(lines[i].strip() for i in labels), *notes)


# An issue tracker's ticket copied whole: its fields ("Status: IN PROGRESS", "Assignee: A"), then its description's label,
# the page pasted under it, and the ticket's attachments, activity and comments after it
_DESCRIPTION_LABEL = re.compile(r"Description|Descripción|Descrição|Descrizione|Beschreibung|Beschrijving|Описание|Opis|Popis"
                                r"|Leírás|Kuvaus|Beskrivning|Beskrivelse|Açıklama", re.I)
_TICKET_END = re.compile(r"(?:Attachments|Archivos adjuntos|Anexos|Allegati|Anhänge|Pièces jointes|Activity|Actividad|Atividade"
                         r"|Attività|Aktivität|Activité)\s*:?(?:\s.*)?", re.I)
TICKET_MIN_FIELDS = 2


def ticket_description(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A ticket in an issue tracker or a service desk, an article pasted into its description: the pasted lines are
    the article (the reporter's note over them, a line or two, is the ticket's); the ticket's fields over the label and
    its attachments, activity and comments under the article, blank here, are returned to be kept with the furniture."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    # (the label perhaps with its button beside it: "Description          Edit")
    at = next((i for i in nonblank[:CHROME_REACH_LINES]
               if _DESCRIPTION_LABEL.fullmatch(re.split(r"\s{3,}", lines[i].strip())[0].rstrip(":"))), None)
    # (its fields "Status: IN PROGRESS", or a card's set out in columns: "Labels   Fiji   Storage", "Dates   Mar 18, 2030")
    cells = [c for i in nonblank if at is not None and i < at for c in re.split(r"\s{3,}", lines[i].strip())]
    columned = [i for i in nonblank if at is not None and i < at
                and re.fullmatch(r"[A-Z][a-z]+(?:\s[a-z]+)?\s{3,}\S.*", lines[i].strip())]
    if at is None or sum(1 for c in cells if _FIELD_LINE.match(c)) + len(columned) < TICKET_MIN_FIELDS:
        return lines, ()
    start = at + 1
    # (the reporter's note over the page they pasted: a line or two of prose, a blank line, the page far longer under it)
    first = next((i for i in nonblank if i >= start), start)
    gap = next((i for i in range(first, len(lines)) if not lines[i].strip()), None)
    if gap is not None and gap - first <= SENDERS_NOTE_MAX_LINES and _words_in(lines[gap:]) >= 5 * _words_in(lines[first:gap]) \
            and (_TERMINAL_QUOTED.search(lines[gap - 1].rstrip()) or re.search(r"[—–-]\s*[A-Z]{1,3}$", lines[gap - 1].rstrip())):
        start = gap  # ("... Does this affect our 2027 batch? — LB", signed with the reporter's initials)
    stop = next((i for i in nonblank if i > start and _TICKET_END.fullmatch(lines[i].strip())), len(lines))
    if _words_in(lines[start:stop]) < _words_in(lines[:start]) + _words_in(lines[stop:]):
        return lines, ()  # (the description is the ticket's own few words, not a page pasted into it)
    return _only_lines(lines, start, stop)


TABLE_MIN_FIELDS = 4
TABLE_FIELD_MAX_WORDS = 4
RECORD_TEXT_MIN_WORDS = 100


def table_record(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A spreadsheet's or a database's row copied with its field names (tab-separated, as Airtable and the like copy it):
    the cell far longest, a page pasted into a "Full text" field over many lines in quotes, is the article, on the lines
    it spans; the field names, the row's other cells and the lines around the table, blank here, are returned to be kept
    with the furniture ("Published: 21/03/2030")."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    at = next((i for i in nonblank[:CHROME_REACH_LINES] if len(names := lines[i].strip().split("\t")) >= TABLE_MIN_FIELDS
               and all(0 < len(n.split()) <= TABLE_FIELD_MAX_WORDS for n in names)), None)
    if at is None:
        return lines, ()
    names = lines[at].strip().split("\t")
    rows = csv.reader(io.StringIO("\n".join(lines[at + 1:])), delimiter="\t", quotechar='"')
    try:
        row = next(rows)
        end = at + rows.line_num  # (the last line the row spans)
    except (csv.Error, StopIteration):
        return lines, ()
    longest = max(range(len(row)), key=lambda c: len(row[c].split()), default=None)
    if longest is None or len(row[longest].split()) < RECORD_TEXT_MIN_WORDS or "\n" not in row[longest]:
        return lines, ()
    cell = row[longest].split("\n")
    first = end - len(cell) + 1  # (the cell's lines are the row's last ones, the cells after it on its last line)
    kept = [""] * len(lines)
    kept[first:end + 1] = cell
    fields = tuple(f"{name}: {value}" for name, value in zip(names, row) if value.strip() and value is not row[longest])
    around = tuple(line.strip() for i, line in enumerate(lines) if line.strip() and not at < i <= end)
    return kept, around[:1] + fields + around[1:]


# A reference manager's record of the page (Zotero's, Mendeley's): its fields a line each, the page pasted into its abstract
_ABSTRACT_LABEL = re.compile(r"(?:Abstract|Resumen|Resumo|Résumé|Riassunto|Zusammenfassung|Samenvatting|Sammendrag|Sammanfattning"
                             r"|Streszczenie|Аннотация|Анотація|摘要)\s*:\s*", re.I)
_CITATION_FIELD = re.compile(r"[^\W\d_][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*:(?:\s+\S.*)?")  # "Lugar: San José", "Páginas:"
RECORD_FIELDS_MIN = 5


def reference_record(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A reference manager's record of an article, the page pasted into its abstract ("Resumen: TIQUICIA NEGOCIOS ..."):
    the abstract is the article, from its label to the record's run of fields after it ("Publicación:", "Lugar:", ...
    "Modificado:"), the label's line without its label; the record's title (a tab's, "... | Site"), its other fields,
    notes and tags, blank here, are returned to be kept with the furniture."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    at = next((i for i in nonblank[:CHROME_REACH_LINES] if (label := _ABSTRACT_LABEL.match(lines[i].strip()))
               and len(lines[i].strip()) > label.end()), None)
    if at is None or sum(1 for i in nonblank if i < at and _CITATION_FIELD.fullmatch(lines[i].strip())) < FIELD_RUN_MIN - 1:
        return lines, ()
    stop = None
    i = at + 1
    while i < len(lines) and lines[i].strip():
        run = i
        while run < len(lines) and lines[run].strip() and _CITATION_FIELD.fullmatch(lines[run].strip()):
            run += 1
        if run - i >= RECORD_FIELDS_MIN and (run >= len(lines) or not lines[run].strip()):
            stop = i  # (the record's fields run to its end, a blank line under them)
            break
        i = max(run, i + 1)
    if stop is None or _words_in(lines[at:stop]) < _words_in(lines[:at]) + _words_in(lines[stop:]):
        return lines, ()
    kept, around = _only_lines(lines, at, stop)
    kept[at] = lines[at].strip()[_ABSTRACT_LABEL.match(lines[at].strip()).end():]
    return kept, around


# A web archive's toolbar over the page it captured: "38 captures", "13 Mar 2030 - 02 Apr 2030", "◄ FEB MAR APR ►", "About
# this capture", "COLLECTED BY ...", "TIMESTAMPS: ... this page was captured on 15 March 2030 ..."
_CAPTURES = re.compile(r"[\d,.]+\s+captures?(?:\s.*)?", re.I)
_ARCHIVE_BAR = re.compile(r".*\b(?:captures?|captured|COLLECTED BY|TIMESTAMPS?|Wayback)\b.*|[◄◀<].*[►▶>]", re.I)
ARCHIVE_BAR_MAX_LINES = 16


def archive_toolbar(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A page copied from a web archive with the archive's toolbar over it (its count of captures, its calendar, the
    capture's stamp): the toolbar's lines, blank here, are returned to be kept with the furniture; the page under them is
    read as any copy is (the capture's day is the archive's, not the article's)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:ARCHIVE_BAR_MAX_LINES]
    if not any(_CAPTURES.fullmatch(lines[i].strip()) for i in nonblank):
        return lines, ()
    end = max(i for i in nonblank if _ARCHIVE_BAR.fullmatch(lines[i].strip()))
    return _only_lines(lines, end + 1, len(lines))


# A paste site's row of actions over the paste it shows ("raw download clone embed print report"): its raw copy first
_PASTE_ACTIONS = re.compile(r"(?=.*\braw\b)(?:(?:raw|download|clone|embed|print|report|copy|fork|edit|share)\b\s*[|·•]?\s*){4,}",
                            re.I)


def paste_toolbar(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A page copied from a paste site with the site's chrome over it (its menu, its sign-up line, the paste's title, its
    poster, day, views and size, and its row of actions): the lines down to the actions, blank here, are returned to be
    kept with the furniture; the paste under them is read as any copy is (the paste's day is the poster's, not the
    article's)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:ARCHIVE_BAR_MAX_LINES]
    end = next((i for i in nonblank if _PASTE_ACTIONS.fullmatch(lines[i].strip())), None)
    if end is None or _words_in(lines[end + 1:]) <= _words_in(lines[:end + 1]):
        return lines, ()
    return _only_lines(lines, end + 1, len(lines))


# A channel's feed copied from a messenger: its count of followers over the posts, each under a day's separator
_FOLLOWERS = re.compile(r".{0,40}\b\d[\d.,]*\s?[KkMmК]?\s+(?:followers|subscribers|members|подписчик\w*|участник\w*|учасник\w*|членови|членове"
                        r"|seguidores|abonnés|Abonnenten|miembros|membres|Mitglieder|membri|leden|członków|üye)\b.*",
                        re.I)
_DAY_SEPARATOR = re.compile(r"(?:TODAY|YESTERDAY|Today|Yesterday|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+[^\W\d_]{3,9}"
                            r"|[^\W\d_]{3,9}\s+\d{1,2}"
                            # (or the whole day, as Viber prints it: "Петок, 11 јануари 2030")
                            r"|[^\W\d_]{3,12},\s+\d{1,2}\.?\s+[^\W\d_]{3,9}\s+(?:19|20)\d\d)")
# ... and the line that ends each post: its views and the time it went up ("3,1K 👁 11:04", "4:37 pm")
_POST_END = re.compile(rf".*👁.*|{_CLOCK_CELL.pattern}")
CHANNEL_POST_SHARE = 0.5  # of the feed's words the longest post holds, to be the article the copy was made for


def channel_post(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A messenger channel's feed copied whole ("Shwe Pyi Business News ✔" / "Channel · 48.2K followers" / "26/09/2029" /
    a post / "YESTERDAY" / the article's post): the longest post, down to the next day's separator, is the article; the
    channel's header and its other posts, blank here, are returned to be kept with the furniture."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not any(_FOLLOWERS.fullmatch(lines[i].strip()) for i in nonblank[:CLIPPING_HEADER_MIN_LINES + 4]):
        return lines, ()
    days = [i for i in nonblank if _DAY_SEPARATOR.fullmatch(lines[i].strip())]
    if not days:
        return lines, ()
    # (each post between a day's separator, or the last post's end, and its own end)
    marks = sorted({*days, *(i for i in nonblank if i > days[0] and _POST_END.fullmatch(lines[i].strip()))})
    posts = [(a + 1, b) for a, b in _messages(marks, len(lines)) if b > a + 1]
    start, stop = max(posts, key=lambda p: _words_in(lines[p[0]:p[1]]))
    if _words_in(lines[start:stop]) < CHANNEL_POST_SHARE * _words_in(lines):
        return lines, ()
    kept = [m.group(2) if start <= i < stop and (m := _MESSENGER_EMPHASIS.fullmatch(line.strip())) else
            line if start <= i < stop else "" for i, line in enumerate(lines)]
    return kept, tuple(line.strip() for i, line in enumerate(lines) if line.strip() and not start <= i < stop)


def _only_lines(lines: list[str], start: int, stop: int) -> tuple[list[str], tuple[str, ...]]:
    """A copy with only its lines start..stop-1 kept, the article a wrapper holds (a ticket, a record, a cable, a
    notebook's string, a thread's post, the page under a toolbar or an advisory), the rest blank so that every line keeps its number; and the rest's lines, to be
    kept with the furniture."""
    kept = [line if start <= i < stop else "" for i, line in enumerate(lines)]
    return kept, tuple(line.strip() for i, line in enumerate(lines) if line.strip() and not start <= i < stop)


def _words_in(rows: list[str]) -> int:
    """How long a run of a copy's lines is, in words: which part of it is the article."""
    return sum(len(line.split()) for line in rows)


PASTED_HEAD_LINES = 4  # nonblank lines under the rule within which a pasted article's byline or date follows its headline


_STRING_OPENS = re.compile(r"\s*[A-Za-z_]\w*\s*=\s*[rRuU]?(\"\"\"|\'\'\')\s*")  # page = (three quotation marks)


def string_in_code(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A notebook or a script that holds the article pasted into a string ('page = \"\"\"' ... '\"\"\"', in a code cell): the
    string's lines are the article when they hold most of the words; the notebook's own cells, notes and outputs, blank
    here, are returned to be kept with the furniture."""
    begin = next((i for i, line in enumerate(lines) if _STRING_OPENS.fullmatch(line)), None)
    if begin is None:
        return lines, ()
    quote = _STRING_OPENS.fullmatch(lines[begin]).group(1)
    end = next((i for i in range(begin + 1, len(lines)) if lines[i].strip().startswith(quote)), None)
    if end is None or _words_in(lines[begin + 1:end]) <= _words_in(lines[:begin + 1]) + _words_in(lines[end:]):
        return lines, ()
    return _only_lines(lines, begin + 1, end)


# (... or an org-mode note's block: "#+BEGIN_QUOTE" / "#+END_QUOTE", in either case; or a LaTeX document's environment,
# "\begin{quote}\small" / "\end{quote}")
_BEGIN_TEXT = re.compile(r".*\bBEGIN\s+(?:TEXT|QUOTE)\b.*|\s*#\+(?i:begin_(?:quote|example|verse))\b.*"
                         r"|\s*\\begin\{(?:quote|quotation|verbatim)\}.*"
                         # (... or a wiki's box that folds it away on a talk page: "{{collapse top|title=Pasted article text}}")
                         r"|\s*\{\{\s*(?i:collapse top|cot|hidden begin|collapse)\s*(?:\|.*)?\}\}.*"
                         # (... or a shared pad's arrows around each clip: ">>> LAGOON TRIBUNE (Kavaratti) — pasted [pk]" /
                         # "<<< end Tribune")
                         r"|\s*>{3}\s+\S.*")
_END_TEXT_MARK = re.compile(r"\s*(?:\d+\.\s*)?(?:\([A-Z/]{1,6}\)\s*)?END\s+(?:TEXT|QUOTE)\b.*|\s*#\+(?i:end_(?:quote|example|verse))\b.*"
                            r"|\s*\\end\{(?:quote|quotation|verbatim)\}.*|\s*<{3}(?:\s.*)?"
                            r"|\s*\{\{\s*(?i:collapse bottom|cob|hidden end)\s*\}\}.*")


def quoted_between_marks(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A report that reproduces an article between "BEGIN TEXT" and "END TEXT" (a diplomatic cable's way, "3. (U)
    BEGIN TEXT (AS COPIED FROM THE SITE, PAGE ELEMENTS INCLUDED):"; an org-mode note's "#+BEGIN_QUOTE"; a LaTeX
    note's "\\begin{quote}"): the article is what lies between the marks, when it
    holds most of the words; the report's own lines around it, blank here, are returned to be kept with the furniture."""
    begin = next((i for i, line in enumerate(lines) if _BEGIN_TEXT.fullmatch(line.strip())), None)
    end = next((i for i in range(begin + 1, len(lines)) if _END_TEXT_MARK.fullmatch(lines[i])), None) if begin is not None else None
    if end is None or _words_in(lines[begin + 1:end]) <= _words_in(lines[:begin + 1]) + _words_in(lines[end:]):
        return lines, ()
    if lines[begin].lstrip().startswith("\\begin{"):
        # (a LaTeX environment's text keeps the escapes its copyist made: "3,000 \euro{}", "R\&D", "10~May")
        lines = [*lines[:begin + 1], *(_LATEX_ESCAPE.sub(lambda m: _LATEX_CHARS[m.group(0)], line) for line in lines[begin + 1:end]),
                 *lines[end:]]
    return _only_lines(lines, begin + 1, end)


_LATEX_CHARS = {"\\euro{}": "€", "\\EUR{}": "€", "\\&": "&", "\\%": "%", "\\$": "$", "\\#": "#", "\\_": "_", "~": "\u00a0"}
_LATEX_ESCAPE = re.compile("|".join(map(re.escape, _LATEX_CHARS)))


def pasted_article(lines: list[str], registry: Registry) -> tuple[list[str], tuple[str, ...]]:
    """An article pasted into a post, a forum thread or a mail between rules ("---"), the poster's title and note
    over it and their comments, the votes and the replies under it: the article is what lies between the rules,
    its headline first with its byline or date under it; the rest, blank here, is returned to be kept with the
    furniture. Only where the note over it is prose and has no byline of its own (a newsletter's items between
    rules are each an article, not one pasted into another's page)."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    rules_at = [i for i in nonblank if _RULE_LINE.fullmatch(lines[i].strip())]
    if not rules_at or rules_at[0] not in nonblank[:SHARED_POST_REACH]:
        return lines, ()
    start = rules_at[0]
    above = [lines[i] for i in nonblank if i < start]
    under = [i for i in nonblank if i > start][:PASTED_HEAD_LINES]
    if not any(len(line.split()) >= SHARED_PROSE_MIN_WORDS for line in above) or len(under) < 3 \
            or any(_byline_line(line.strip(), registry) or (d := _header_date(line.strip(), registry.rules)) and d[0]
                   or _issue_line(line.strip(), partial(_header_date, rules=registry.rules)) for line in above):
        # (a byline or a whole day over the rule: the page's own article, or a newsletter's first item; "Telecoms ... |
        # Issue 88 · Thursday 31 January 2030": an issue's)
        return lines, ()
    headline = lines[under[0]].strip()
    if _TERMINAL.search(headline) or len(headline.split()) > 30 or not any(
            _byline_line(lines[i].strip(), registry) or _header_date(lines[i].strip(), registry.rules)
            for i in under[1:]):
        return lines, ()
    stop = next((i for i in rules_at if i > under[0]), len(lines))
    if _words_in(lines[start:stop]) < _words_in(lines[stop:]):
        stop = len(lines)  # (a rule inside the article, its longer part under it: the article runs to the end)
    if _words_in(lines[start:stop]) < 2 * _words_in(above):
        return lines, ()  # (the article is the longest part of the copy, not an item under a longer one)
    kept = [line if start < i < stop else "" for i, line in enumerate(lines)]
    return kept, tuple(line.strip() for i, line in enumerate(lines)
                       if line.strip() and not start < i < stop and not _RULE_LINE.fullmatch(line.strip()))


# An e-book of a site's news made by a reader's downloader (calibre's "Fetch news"): its menus between the articles
# ("| Next | Section Menu | Main Menu | Previous |") and the line closing each article with the page it came from
_BOOK_MENU = re.compile(r"\|(?:\s*(?:Next|Previous|Main Menu|Section Menu|Next Section|Previous Section|Up)\s*\|)+")
_DOWNLOADED_FROM = re.compile(r"This article was downloaded by \w+ from\s+(\S+)", re.I)


def downloaded_news_article(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A site's news as an e-reader's downloader packs it (the book's title and date, its sections' menus and lists of
    headlines, each article between the book's menus, closed by "This article was downloaded by calibre from <URL>"):
    the article is the one the copy holds whole (the most words between a menu and its closing line); the book's lines
    around it, blank here, are returned to be kept with the furniture; the closing line stays, for the address."""
    ends = [i for i, line in enumerate(lines) if _DOWNLOADED_FROM.match(line.strip())]
    menus = [i for i, line in enumerate(lines) if _BOOK_MENU.fullmatch(line.strip())]
    spans = [(max((m for m in menus if m < end), default=-1) + 1, end + 1) for end in ends]
    spans = [(start, stop) for start, stop in spans if start > 0]
    if not spans:
        return lines, ()
    start, stop = max(spans, key=lambda span: _words_in(lines[span[0]:span[1]]))
    return _only_lines(lines, start, stop)


PASTED_PAGE_MIN_LINES = 10  # nonblank lines between two rules that can hold a page pasted whole


def between_rules(lines: list[str], registry: Registry) -> tuple[list[str], tuple[str, ...]]:
    """A page that pastes an article's page whole between two rules ("---"), under a note of its own ("Read the article
    pasted below ... In about 300 words: ...", a course's assignment, a wiki's or an intranet's page): the article is
    what lies between the rules, when it holds twice the words of the rest; the page's own lines, blank here, are
    returned to be kept with the furniture (the pasted page's chrome is read as any copy's)."""
    rules_at = [i for i, line in enumerate(lines) if _RULE_LINE.fullmatch(line.strip())
                or (banner := _BANNER.fullmatch(line.strip())) and not _ENDING_BANNER.match(banner.group("label"))]
    # (... or a banner's label between rules, "=== Attachment 2: ... (text copied from the PDF viewer) ===", over the
    # copy's last part, or over the part its closing banner ends: "──── END OF CAPTURED TEXT ────")
    ends = [i for i, line in enumerate(lines) if (banner := _BANNER.fullmatch(line.strip()))
            and _ENDING_BANNER.match(banner.group("label"))]
    bounds = sorted({*rules_at, *ends, len(lines)})
    pairs = [(a, b) for a in rules_at for b in bounds[bounds.index(a) + 1:][:1]
             if (b < len(lines) or _BANNER.fullmatch(lines[a].strip()))
             and sum(1 for line in lines[a + 1:b] if line.strip()) >= PASTED_PAGE_MIN_LINES]
    if not pairs:
        return lines, ()
    start, stop = max(pairs, key=lambda pair: _words_in(lines[pair[0]:pair[1]]))
    above = [line.strip() for line in lines[:start] if line.strip()]
    head = list(itertools.takewhile(lambda line: len(line.split()) < CLIP_BODY_WORDS,
                                    [line.strip() for line in lines[start + 1:stop] if line.strip()][:CLIP_HEAD_LINES]))
    dated = any(_byline_line(line, registry) or (d := _header_date(line, registry.rules)) and d[0] for line in head)
    # (a page its banners open and close, "----- Pasted text of the article -----" to "----- End of pasted text -----", with
    # its own byline or day: the article where it holds more words than the form or the log around it)
    share = 1 if dated and stop in ends else 2
    if _words_in(lines[start:stop]) < share * (_words_in(lines[:start]) + _words_in(lines[stop:])) \
            or not any(len(line.split()) >= SHARED_PROSE_MIN_WORDS and not _is_rights(line, registry.rules) for line in above) \
            or not dated and any(_byline_line(line, registry) or (d := _header_date(line, registry.rules)) and d[0] for line in above):
        # (a rule inside an article, its headline, byline or day over it, "Authors: A, B and C" / "March 2026"; or no
        # one's note over the page; but a log's or a case's fields over a page with a byline or a day of its own are theirs)
        return lines, ()
    return _only_lines(lines, start + 1, stop)


# A newsletter's section heading between rules: "-----" / "1. BATTERIES D'AMBOHIMANAMBOLA : COUPER LE LIEN" / "-----"
_SECTION_HEADING = re.compile(r"\d{1,2}[.)]\s+\S.{0,150}")


def newsletter_section(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A newsletter sent as plain text in numbered sections, each heading set between rules: the section with the most
    words, twice the words of the other sections, is the issue's article; the sections around it (its briefs, its
    agenda) and the footer under the last are the newsletter's, blank here and returned to be kept with the furniture.
    What stands over the first section (the mail's header, the masthead, the contents) is read as any copy's header."""
    heads = [i for i in range(1, len(lines) - 1) if _SECTION_HEADING.fullmatch(lines[i].strip())
             and _RULE_LINE.fullmatch(lines[i - 1].strip()) and _RULE_LINE.fullmatch(lines[i + 1].strip())]
    if len(heads) < 2:
        return lines, ()
    sections = [(head, ends - 1 if ends < len(lines) else ends) for head, ends in zip(heads, [*heads[1:], len(lines)])]
    words = [_words_in(lines[a + 2:b]) for a, b in sections]
    best = max(range(len(sections)), key=words.__getitem__)
    start, stop = sections[best]
    if sum(1 for line in lines[start + 2:stop] if line.strip()) < PASTED_PAGE_MIN_LINES \
            or words[best] < 2 * (sum(words) - words[best]):
        return lines, ()
    kept = [line if i < heads[0] - 1 or start - 1 <= i < stop else "" for i, line in enumerate(lines)]
    return kept, tuple(line.strip() for i, line in enumerate(lines) if line.strip() and not kept[i])


# A banner: a label between runs of rule characters, "=== Attachment 2: ... ===", "──────── CAPTURED TEXT ────────"
# (its opening run may be of two: "── Pasted text ──────────", an asset register's)
_BANNER = re.compile(r"[_=*~─━═#-]{2,}\s*(?P<label>[^\s_=*~─━═#-](?:.*?[^\s_=*~─━═#-])?)\s*[_=*~─━═#-]{3,}")
_ENDING_BANNER = re.compile(r"(?i:end\b|fin\b|ende\b)")
CLIP_HEAD_LINES = 16  # nonblank lines at the top of a page pasted between rules within which its byline or day stands
CLIP_BODY_WORDS = 30  # ... over its text's first paragraph (the rest of an article copied under a rule has its day under it)


# A thread's post, its poster's handle and age over it: "u/deltaspray_ok · OP · 9 hr. ago", "Posted by u/a · 9 hr. ago"
_THREAD_STAMP = re.compile(r"(?:Posted\s+by\s+)?u/[\w-]{2,30}(?:\s+·\s+[^·\n]{1,30}){0,4}")
THREAD_MIN_POSTS = 3


def thread_post(lines: list[str], registry: Registry) -> tuple[list[str], tuple[str, ...]]:
    """A discussion thread copied whole, the article pasted into one of the posts under its first ("Here's the text for
    those who can't get past the paywall:" over it): that post, most of the copy, is the article; the thread's header,
    the poster's note and the other posts, blank here, are returned to be kept with the furniture."""
    stamps = [i for i, line in enumerate(lines) if _THREAD_STAMP.fullmatch(line.strip())]
    if len(stamps) < THREAD_MIN_POSTS:
        return lines, ()
    posts = [(a + 1, b) for a, b in _messages(stamps, len(lines))]
    start, stop = max(posts, key=lambda post: _words_in(lines[post[0]:post[1]]))
    if 2 * _words_in(lines[start:stop]) < _words_in(lines) or (start, stop) == posts[0]:
        return lines, ()  # (the thread's own post, its title over it, is read as the page it is)
    message = lines[start:stop]
    note = _senders_note(message, registry)
    first = next((i for i, line in enumerate(message) if line.strip()), 0)
    if not note and message[first].rstrip().endswith(":") and first + 1 < len(message) and not message[first + 1].strip():
        note = first + 1  # ("Here's the text for those who can't get past the paywall:" over a blank line)
    start += note
    return _only_lines(lines, start, stop)


# A forum's quotation over the text a post quotes: "Quote:", "Zitat:", "Originally Posted by surfdad_sjds"
_QUOTE_LABEL = re.compile(r"(?:Quote|Quoting|Zitat|Cita|Citation|Citação|Citazione)\s*:?|(?:Originally\s+)?Posted\s+by\s+\S{2,40}"
                          r"|\S{2,40}\s+(?:said|wrote)\s*:", re.I)
# ... and a thread's next post, its number on a line of its own: "#2", "Post #2"
_POST_NUMBER = re.compile(r"(?:Post\s+)?#\d{1,5}", re.I)


def forum_quote(lines: list[str], registry: Registry) -> tuple[list[str], tuple[str, ...]]:
    """An article a forum's post quotes whole, under the forum's "Quote:" and over the thread's next post: the quoted
    lines, their headline with a byline or date under it, are the article when they are most of the copy; the forum's
    header, the poster's note and the other posts, blank here, are returned to be kept with the furniture."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    at = next((i for i in nonblank[:CHROME_REACH_LINES] if _QUOTE_LABEL.fullmatch(lines[i].strip())), None)
    if at is None:
        return lines, ()
    start = at + 1
    stop = next((i for i in nonblank if i > at and _POST_NUMBER.fullmatch(lines[i].strip())), len(lines))
    under = [i for i in nonblank if start <= i < stop][:PASTED_HEAD_LINES + 1]
    if len(under) < 3 or _words_in(lines[start:stop]) <= _words_in(lines) - _words_in(lines[start:stop]) or not any(
            _byline_line(lines[i].strip(), registry) or (d := _header_date(lines[i].strip(), registry.rules)) and d[0]
            for i in under):
        return lines, ()
    return _only_lines(lines, start, stop)


BRIEFS_MIN_ITEMS = 3
BRIEF_ITEM_SHARE = 2  # times the words of the next longest item the article has, among a column's briefs


def _brief_label(line: str, registry: Registry) -> bool:
    """"In brief", "News in brief", "ISLAND BRIEFS", "Business briefs": a column of short items."""
    label = squash(line).rstrip(" :").casefold()
    return label in {b.casefold() for b in registry.rules.brief_labels} or len(label.split()) <= 3 and label.endswith(" briefs")


def briefs_column(lines: list[str], registry: Registry) -> tuple[list[str], tuple[str, ...]]:
    """A paper's briefs column copied whole ("ISLAND BRIEFS" / "Compiled by A" / items, each a heading over its paragraph):
    the item far longer than the others is the article the copy was made for. The column's head stays over it; the
    other items and what follows them, blank here, are returned to be kept with the furniture."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    at = next((i for i in nonblank[:CHROME_REACH_LINES] if _brief_label(lines[i], registry)), None)
    if at is None:
        return lines, ()
    groups: list[list[int]] = []
    for i in (i for i in nonblank if i > at):
        if groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    head = groups[0] if groups and all(_byline_line(lines[i].strip(), registry) or _REPORTER.match(lines[i].strip())
                                       for i in groups[0][:1]) and len(groups[0]) == 1 else []
    items = [g for g in groups if g is not head and len(g) >= 2 and len(lines[g[0]].split()) <= HEADLINE_MAX_WORDS
             and not _TERMINAL.search(lines[g[0]].rstrip())]
    if len(items) < BRIEFS_MIN_ITEMS:
        return lines, ()
    sizes = sorted((_words_in([lines[i] for i in g]) for g in items), reverse=True)
    if sizes[0] < BRIEF_ITEM_SHARE * sizes[1]:
        return lines, ()
    chosen = next(g for g in items if _words_in([lines[i] for i in g]) == sizes[0])
    keep = set(range(at + 1)) | set(head) | set(chosen)
    kept = [line if i in keep else "" for i, line in enumerate(lines)]
    return kept, tuple(line.strip() for i, line in enumerate(lines) if line.strip() and i not in keep)


# A clipper's line under its own page's header: "📎 Clipped from Ñandutí Económico with Web Clipper", "Saved from
# www.paper.example", "Clipped with Evernote"
# (not "by": "Saved by the bell: ..." may be a headline)
_CLIPPED_FROM = re.compile(r"\W{0,3}(?:Clipped|Saved|Captured|Text\s+copied|Scanned)\s+(?:from|with|using)\s+\S.{0,120}", re.I)
# (... or a phone's "Text copied from photo IMG_5521.HEIC": the words it read off a photo of a page, under the note's own)
CLIPPING_HEADER_MIN_LINES = 3
# A note's properties, a line each over the page it clipped: "Created: January 29, 2030 7:52 AM", "Tags: ...", "Type: Web
# clip", "URL: https://...", "Status: To read" (Notion's, Obsidian's, a read-later app's): the app's keys, the page's address
_NOTE_PROPERTY = re.compile(r"(?:Created(?:\s+(?:time|at|on))?|Date\s+(?:created|added|saved|clipped)|Last\s+edited(?:\s+time)?|"
                            r"Added|Clipped|Saved|Tags|Type|Status|Category|Author|Property|Highlights?)\s*:\s*\S.*", re.I)
_NOTE_ADDRESS = re.compile(r"(?:URL|Source|Link|Original(?:\s+URL)?)\s*:\s*[\"']?(?:https?://|www\.)\S*", re.I)  # (YAML's quotes)
NOTE_PROPERTIES_MIN = 3


SKIP_NOTE_MAX_LINES = 8  # lines over a page's skip link, whatever their words, for them to be someone's note over a page copied whole


SKIP_WRAPPER_MAX_SHARE = 2  # a wrapper over a page's skip link holds fewer than twice the page's words (an RFC's appendix)


def above_skip_link(lines: list[str], rules: Rules) -> tuple[list[str], tuple[str, ...]]:
    """A page copied whole opens with its skip link ("Skip to content", "Saltar al contenido"): the few lines over it
    (a copyist's note on why it is kept, an app's lines) are not the page's; nor are more of them, a document's that
    attaches the page ("Flag 'A'", "Annexure 2", a console's session), where they hold fewer words than the page under
    them. Blank here, returned to be kept with the furniture; the page is read from its skip link down."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    links = {squash(link).casefold() for link in rules.skip_links}
    at = next((i for i in nonblank[1:] if squash(lines[i]).rstrip(" .:›»>→").casefold() in links), None)
    if at is not None and at > nonblank[min(SKIP_NOTE_MAX_LINES, len(nonblank) - 1)] \
            and sum(len(line.split()) for line in lines[:at]) >= SKIP_WRAPPER_MAX_SHARE * sum(len(line.split()) for line in lines[at:]):
        at = None  # (a skip link down a document far longer than what follows it: a page it quotes, not the one it is)
    if at is None:
        return lines, ()
    # (... and the page's rights line, under a longer wrapper, closes it: the wrapper's own sections go on under it, a
    # reinsurance slip's "SECURITY DETAILS" after the page it quotes)
    end = next((i + 1 for i in range(at + 1, len(lines) - 1) if not lines[i + 1].strip() and _is_rights(lines[i], rules)
                and any(line.strip() for line in lines[i + 1:])), len(lines)) \
        if at > nonblank[min(SKIP_NOTE_MAX_LINES, len(nonblank) - 1)] else len(lines)
    return _only_lines(lines, at, end)


def clipping(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A note-taking app's clipping: its page's own header (the note's title, its properties, the reader's notes
    and highlights) down to the clipper's "Clipped from ..." line, over the article it saved, or down to the last of the
    note's properties (the page's address among them), over the page. Those lines are the reader's, blank here and
    returned to be kept with the furniture."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:CHROME_REACH_LINES]
    at = next((n for n, i in enumerate(nonblank) if _CLIPPED_FROM.fullmatch(lines[i].strip())), None)
    if at is None or at < CLIPPING_HEADER_MIN_LINES:
        at = _note_properties([lines[i].strip() for i in nonblank])
    if at is None:
        at = _front_matter_end([lines[i].strip() for i in nonblank])
    if at is None:
        return lines, ()
    cut = nonblank[at] + 1
    # ... and the note's own sections under the article it saved: "## Highlights", "## My notes", "## Backlinks"
    end = next((i for i in range(cut, len(lines)) if _NOTE_SECTION.fullmatch(lines[i].strip().lstrip("# "))
                and any(line.strip() for line in lines[cut:i])), len(lines))
    return _only_lines(lines, cut, end)


# A notes app's sections of the reader's own under the page a note saved
_NOTE_SECTION = re.compile(r"(?:My\s+|Personal\s+|Reader['’]s\s+)?(?:Highlights|Notes|Annotations|Backlinks|(?:Linked|Unlinked)\s+"
                           r"mentions(?:\s+\(\d+\))?)", re.I)
FRONT_MATTER_MIN_KEYS = 3


def _front_matter_end(rows: list[str]) -> int | None:
    """The closing "---" of a note's properties written as YAML at its top ("---" / "title: ..." / "source: https://..." /
    "tags:" / "  - clippings" / "---"), with the page's address among them; None for any other copy."""
    if not rows or rows[0] != "---":
        return None
    end = next((n for n in range(1, len(rows)) if rows[n] == "---"), None)
    if end is None:
        return None
    keys = [r for r in rows[1:end] if re.match(r"[A-Za-z_][\w -]{0,30}:(?:\s|$)", r)]
    if len(keys) < FRONT_MATTER_MIN_KEYS or not any(re.search(r"https?://", r) for r in keys) \
            or not all(re.match(r"[A-Za-z_][\w -]{0,30}:(?:\s|$)|-\s", r) for r in rows[1:end]):
        return None
    return end


def _note_properties(rows: list[str]) -> int | None:
    """The last of a note's properties, in a run from its first or second line (the note's title over them): the
    app's keys, one of them the clipped page's address, and no day the page was published."""
    for start in (0, 1):
        end = start
        while end < len(rows) and (_NOTE_PROPERTY.fullmatch(rows[end]) or _NOTE_ADDRESS.fullmatch(rows[end])):
            end += 1
        run = rows[start:end]
        if len(run) >= NOTE_PROPERTIES_MIN and any(_NOTE_ADDRESS.fullmatch(r) for r in run) \
                and sum(1 for r in run if _NOTE_PROPERTY.fullmatch(r)) >= NOTE_PROPERTIES_MIN - 1:
            return end - 1
    return None


# The line a fax machine prints over each page it sends: its day and time, its number, its name, the page of how many
# ("04/02/2030 09:50   +670 3300 0000   ARAFURA DILI   P.02/03")
_FAX_LINE = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+\d{1,2}:\d\d\b.*?\b(?:P(?:AGE|G|\.)?|S\.|PÁG\.?)\s*0?\d{1,3}\s*/\s*0?\d{1,3}", re.I)
_FAX_LABEL = re.compile(r"\W{0,3}(?:FAX|FAKS|TELEFAX|TÉLÉCOPIE|FACSIMILE|FAX\s+COVER(?:\s+SHEET)?)(?:\s*/\s*\w+)*\W{0,3}", re.I)


def fax_pages(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A fax scanned and read as text: its cover sheet ("FAX" / "To: ..." / "From: ..." / "Subject: ...") on the first
    page, the article on the pages after it, the machine's line over each page. The cover and those lines are the
    fax's, blank here and returned to be kept with the furniture."""
    headers = [i for i, line in enumerate(lines) if _FAX_LINE.fullmatch(line.strip())]
    if len(headers) < 2 or not any(_FAX_LABEL.fullmatch(lines[i].strip()) for i in range(headers[1])):
        return lines, ()
    cut = headers[1] + 1
    kept = ["" if i < cut or i in headers else line for i, line in enumerate(lines)]
    return kept, tuple(line.strip() for i, line in enumerate(lines) if line.strip() and (i < cut or i in headers))


# A document's annex that reproduces an article ("Bijlage 2 – Artikel Punda Business, meegestuurd bij vraag 14", "Annex B:
# press article") and the mark that ends it ("[einde bijlage 2]", "[End of Annex B]")
_ANNEX_WORDS = r"(?:Annex|Annexe|Appendix|Attachment|Enclosure|Bijlage|Anexo|Anhang|Anlage|Beilage|Allegato|Bilaga|Vedlegg|Bilag|Liite|Załącznik)"
# ("Annex 2 – ...", or a letter's one enclosure with no number: "Beilage – Artikel Economia Grischun (kopiert am ...)")
_ANNEX_HEAD = re.compile(rf"{_ANNEX_WORDS}(?:\s+[\w.]{{1,4}})?\s*[–—-]\s*\S.*|{_ANNEX_WORDS}\s+[\w.]{{1,4}}\s*:\s*\S.*", re.I)
_ANNEX_END = re.compile(rf"[\[(]?\s*(?:end\s+(?:of\s+)?|einde\s+|fin\s+(?:de\s+(?:l['’])?)?|ende\s+(?:der\s+)?){_ANNEX_WORDS}\b.*", re.I)


def annexed_article(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A document (a tender's clarification note, a submission, a report) that reproduces an article in an annex under
    its own heading: the annex, down to its end mark or the document's end, is the article when it holds most of the
    words; the document's own lines around it, blank here, are returned to be kept with the furniture."""
    begin = next((i for i, line in enumerate(lines) if _ANNEX_HEAD.fullmatch(line.strip())), None)
    if begin is None:
        return lines, ()
    end = next((i for i in range(begin + 1, len(lines)) if _ANNEX_END.fullmatch(lines[i].strip())), len(lines))
    if _words_in(lines[begin + 1:end]) <= _words_in(lines[:begin + 1]) + _words_in(lines[end:]):
        return lines, ()
    kept, around = _only_lines(lines, begin + 1, end)
    pages = page_lines(lines)  # (the document's running head or foot, printed on the annex's pages too)
    return ["" if i in pages else line for i, line in enumerate(kept)], around + tuple(
        lines[i].strip() for i in sorted(pages) if begin < i < end)


# A legislature's record that prints an article a member asked to insert: "[From the Marianas Breeze, Apr. 1, 2030]" over
# it, the member's words resuming under it ("Madam Speaker, the article speaks for itself.") or the record's rule
_RECORD_FROM = re.compile(r"\s*\[From (?:the )?(?P<outlet>[^,\]]{3,80}),\s*(?P<day>[^\]]{4,40})\]\s*")
_RECORD_RESUMES = re.compile(r"\s*(?:(?:Madam|Mr\.|Madame)\s+(?:Speaker|President|Chair(?:man|woman)?)\b.*|_{5,})\s*")
_RECORD_PAGE = re.compile(r"\s*\[\[Page [A-Z]?\d+\]\]\s*")


def record_insertion(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """An article a member of a legislature had printed in its record: from the record's line that says whose it is and
    of when (kept as the article's masthead and day, without its brackets) to where the member's words resume; the
    record's page, the member's remarks around it and its page marks are returned to be kept with the furniture."""
    start = next((i for i, line in enumerate(lines) if _RECORD_FROM.fullmatch(line)), None)
    if start is None:
        return lines, ()
    stop = next((i for i in range(start + 1, len(lines)) if _RECORD_RESUMES.fullmatch(lines[i])), len(lines))
    if _words_in(lines[start:stop]) <= _words_in(lines[:start]) + _words_in(lines[stop:]):
        return lines, ()
    kept, around = _only_lines(lines, start, stop)
    marks = {i for i in range(start, stop) if _RECORD_PAGE.fullmatch(lines[i])}
    source = _RECORD_FROM.fullmatch(lines[start])
    kept[start] = f"{source.group('outlet')} | {source.group('day')}"
    # ("(By Kaila Cepeda Tenorio)": the article's byline, in the record's brackets)
    kept = [re.sub(r"^(\s*)\((By\s[^()]{3,80})\)\s*$", r"\1\2", line) if start < i < stop else line for i, line in enumerate(kept)]
    return ["" if i in marks else line for i, line in enumerate(kept)], around + tuple(lines[i].strip() for i in sorted(marks))


# A court's filing stamp over each page of a document on its docket ("Case 1:30-cv-01188-AHS  Document 22-9  Filed
# 04/15/30  Page 2 of 4"), the production number under each page ("CHENGYUN-DDC-000215"), and an exhibit's cover
_FILING_STAMP = re.compile(r"Case\s+\d[\w:.-]*\s+Document\s+\d[\w-]*\s+Filed\s+\d[\d/.-]*\s+Page\s+\d+\s+of\s+\d+"
                           r"(?:\s+Page\s?ID\s*#?:?\s*\d+)?", re.I)
_PRODUCTION_NUMBER = re.compile(r"[A-Z][A-Z0-9]*(?:[-_][A-Z0-9]+)*[-_ ]\d{4,10}")
_EXHIBIT_LABEL = re.compile(r"EXHIBIT\s+[\w.-]{1,6}", re.I)
EXHIBIT_COVER_MAX_WORDS = 80


def filed_exhibit(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """An article filed with a court as an exhibit, copied from the docket's PDF: the court's stamp over each page and
    the production number under it, and the exhibit's cover page ("EXHIBIT 9" / "to the Declaration of ..."), blank
    here, are returned to be kept with the furniture; the pages under them are read as any copy is."""
    stamps = [i for i, line in enumerate(lines) if _FILING_STAMP.fullmatch(line.strip())]
    if len(stamps) < 2:
        return lines, ()
    cover = any(_EXHIBIT_LABEL.fullmatch(line.strip()) for line in lines[:stamps[1]]) \
        and _words_in(lines[:stamps[1]]) <= EXHIBIT_COVER_MAX_WORDS
    dropped = {i for i, line in enumerate(lines) if i in stamps or (cover and i < stamps[1])
               or _PRODUCTION_NUMBER.fullmatch(line.strip())}
    return ["" if i in dropped else line for i, line in enumerate(lines)], \
        tuple(line.strip() for i, line in enumerate(lines) if line.strip() and i in dropped)


# A dateline with its day in figures, the day first: "Kotor, 6. 2. 2030. – ", "Lima, 10/02/2030 — "
_NUMERIC_DATELINE = re.compile(r"(?P<place>[A-ZÀ-ÞА-ЯЁІЇЄҐЎ][\w'’.-]+(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐЎ][\w'’.-]+){0,2}),\s+"
                               r"(?P<day>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\.?|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
                               # (... or in the site's words, which the registry's months read: "DÍLI, 21 de junho de 2030 –")
                               r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?\s+(?:de\s+)?(?:19|20)\d\d)\s*[–—-]\s+")
# Teletext as a web viewer shows it, a page at a time: each page's header row ("P191 ALFÖLD TXT 191  K 19 feb 07:12:58"),
# its section row ("NEWS IN ENGLISH   1/2"), its fastext row ("Hírek 101  Sport 201  Tőzsde 500"), and an index page's
# headlines with their page numbers ("China licenses antibiotic inputs...191")
_TELETEXT_HEADER = re.compile(r"P\d{3}\s+.{2,30}?\b\d{3}\b.*\b\d{1,2}:\d\d(?::\d\d)?")
_FASTEXT = re.compile(r"(?:[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*)?\s+[1-8]\d\d\s*){3,}")
_INDEX_ENTRY = re.compile(r".{4,38}?\.{2,}\s*[1-8]\d\d")
_CONTINUED = re.compile(r".{0,40}\b(?:cont['’]d|continued|folytatás|fortsetzung|suite)\b.{0,40}", re.I)
TELETEXT_MIN_PAGES = 2


def teletext_pages(lines: list[str], registry: Registry) -> tuple[list[str], tuple[str, ...]]:
    """Teletext pages copied from a web viewer: the pages that carry the story (not an index of headlines and page
    numbers), without each page's header, section and fastext rows, its "cont'd" line, an advert's row with its page
    ("TAVASZI AKCIÓ! Balaton wellness ...888") and the service's stamp ("Frissítve: 2030.02.18. 21:40"), are the article;
    the viewer's lines and the index, blank here, are returned to be kept with the furniture."""
    headers = [i for i, line in enumerate(lines) if _TELETEXT_HEADER.fullmatch(line.strip())]
    if len(headers) < TELETEXT_MIN_PAGES:
        return lines, ()
    keep = set()
    for n, at in enumerate(headers):
        end = headers[n + 1] if n + 1 < len(headers) else len(lines)
        rows = [i for i in range(at + 1, end) if lines[i].strip()]
        fastext = next((i for i in rows if _FASTEXT.fullmatch(lines[i].strip())), end)
        body = [i for i in rows if i < fastext][1:]  # (the section row under the header)
        if sum(1 for i in body if _INDEX_ENTRY.fullmatch(lines[i].strip())) * 2 >= len(body):
            continue  # an index page: the service's headlines, a line each with its page
        keep.update(i for i in body if not _CONTINUED.fullmatch(lines[i].strip()) and not _INDEX_ENTRY.fullmatch(lines[i].strip())
                    and not (len(lines[i].split()) <= 4 and (_header_date(lines[i].strip(), registry.rules) or (None,))[0]))
    if not keep:
        return lines, ()
    kept = [line if i in keep or not line.strip() and headers[0] < i else "" for i, line in enumerate(lines)]
    return kept, tuple(line.strip() for i, line in enumerate(lines) if line.strip() and i not in keep)


# The line that closes a wire's advisory to editors over the story it announces: "END ADVISORY", "END OF ADVISORY"
_ADVISORY_END = re.compile(r"\W{0,3}END\s+(?:OF\s+)?(?:(?:EDITORS['’]?\s+)?ADVISORY|NOTE\s+TO\s+EDITORS|EDITORS['’]?\s+NOTE)\W{0,3}", re.I)
ADVISORY_REACH_LINES = 60


def after_advisory(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A wire's page copied with its advisory to editors over the story ("EDITORS' ADVISORY" / "Prychal expects to move
    a story ..." / "Working headline: ..." / "END ADVISORY"): the story is what follows; the page's header and the
    advisory, blank here, are returned to be kept with the furniture."""
    end = next((i for i, line in enumerate(lines[:ADVISORY_REACH_LINES]) if _ADVISORY_END.fullmatch(line.strip())), None)
    if end is None or not any(line.strip() for line in lines[end + 1:]):
        return lines, ()
    return _only_lines(lines, end + 1, len(lines))


# A messenger's mark over a message forwarded into a chat or a channel: "Forwarded from Bishkek Business Wire" (Telegram),
# "Forwarded many times", "Forwarded" (WhatsApp)
# (... in the app's language: "Переслано от: Silk Route Supply Monitor", "Reenviado de", "Weitergeleitet von")
_FORWARD_VERB = r"(?:Forwarded|Переслано|Reenviado|Transféré|Weitergeleitet|Encaminhado|Inoltrato)"
_FORWARD_FROM = r"(?:from|от|из|de|von|aus|da)"
_FORWARDED = re.compile(rf"\W{{0,3}}(?:{_FORWARD_VERB}|Пересланное\s+сообщение)"
                        rf"(?:\s+{_FORWARD_FROM}\s*:?\s*\S.{{0,80}}|\s+many\s+times)?", re.I)
_FORWARDED_FROM = re.compile(rf"\W{{0,3}}{_FORWARD_VERB}\s+{_FORWARD_FROM}\s*:?\s*(\S.{{0,80}})", re.I)  # ... and its channel
# A messenger's emphasis around a whole line: "*Router dealers brace for ...*", "_By Brenda Nakato and Moses Ssekandi_"
_MESSENGER_EMPHASIS = re.compile(r"([*_~])(?=\S)([^*_~]+?)(?<=\S)\1")


def forwarded_post(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A message forwarded into a chat or a channel, copied with the posts over it: the channel's header, its pinned
    and earlier posts, the chat's members and the forwarder's note down to the messenger's "Forwarded from ..." mark
    are theirs, blank here and returned to be kept with the furniture. The message's own lines lose the emphasis
    the messenger prints as marks around them ("*headline*")."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()][:CHROME_REACH_LINES]
    at = next((n for n, i in enumerate(nonblank) if _FORWARDED.fullmatch(lines[i].strip())), None)
    if at is None or at < CLIPPING_HEADER_MIN_LINES:
        return lines, ()
    cut = nonblank[at] + 1
    kept = [""] * cut + [m.group(2) if (m := _MESSENGER_EMPHASIS.fullmatch(line.strip())) else line for line in lines[cut:]]
    return kept, tuple(line.strip() for line in lines[:cut] if line.strip())


# A live blog's mark over the entry its editors keep on top, then the entry's clock: "Pinned" / "11:05 GST"
_PINNED = re.compile(r"\W{0,3}(?:Pinned(?:\s+(?:post|update|entry))?|Fixado|Fijado|Épinglé|Angeheftet|Fissato)", re.I)
PINNED_MIN_SHARE = 0.5  # of the words of a live blog's entries its pinned entry holds when it is the day's one story


def pinned_entry(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A live blog copied whole, one entry of it pinned ("Pinned" / "11:30 CAT" / its headline / its text / "— A, Business
    Desk"): that entry is the story, down to the next entry's clock; the page's header and the day's other entries,
    blank here, are returned to be kept with the furniture."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    at = next((n for n, i in enumerate(nonblank) if _PINNED.fullmatch(lines[i].strip())), None)
    if at is None or at + 2 >= len(nonblank) or not _CLOCK_CELL.fullmatch(lines[nonblank[at + 1]].strip()):
        return lines, ()
    headline = lines[nonblank[at + 2]].strip()
    if not 4 <= len(headline.split()) <= HEADLINE_MAX_WORDS or _TERMINAL.search(headline):
        return lines, ()
    start = nonblank[at + 2]
    stop = next((i for i in nonblank if i > start and _CLOCK_CELL.fullmatch(lines[i].strip())), len(lines))
    first = next(i for i in nonblank if _CLOCK_CELL.fullmatch(lines[i].strip()))
    if _words_in(lines[start:stop]) < PINNED_MIN_SHARE * _words_in(lines[first:]):
        return lines, ()  # (a short update pinned over a blog on one story: "Beijing's readout is out", the blog the story)
    return _only_lines(lines, start, stop)


# Emoji and symbols before a post's headline ("📡 ", "🔴🔴 "), each perhaps with its variation selector
_LEADING_PICTOGRAPHS = re.compile(rf"(?:{PICTOGRAPH.pattern}\s*)+")
_TRAILING_PICTOGRAPHS = re.compile(rf"(?:\s*{PICTOGRAPH.pattern})+$")
SHARED_CARD_REACH = 6  # paragraphs from the top within which a shared article's card sits
RAIL_MIN_CELLS = 5
RAIL_CELL_MAX_WORDS = 8
RAIL_SHARE = 0.7  # of a block's lines short cells: a page's rail or footer, not a list of the article's


_ABOUT_BODY = re.compile(r"About\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[\w&'’().-]+){0,5}")  # "About Adriatic University", a line
ABOUT_BLOCK_REACH = 3  # blocks from a release's end where its "About ..." boilerplate may start


def _rows_of(rows: list[str], block: Block, first_line: int) -> list[str]:
    """A block's lines as the copy has them, from its first down to the line that ends its text; none if no run of
    lines from its first is its text."""
    start = block.line - first_line
    if start < 0:
        return []
    for end in range(start + 1, min(len(rows), start + 200) + 1):
        joined = squash(" ".join(rows[start:end]))
        if joined == block.text:
            return rows[start:end]
        if not block.text.startswith(joined):
            break
    return []


def _rail(rows: list[str]) -> bool:
    """Lines of a page's rail or footer copied a cell a line: many of them, most short, with no full stop."""
    cells = [row.strip() for row in rows if row.strip()]
    short = [c for c in cells if len(c.split()) <= RAIL_CELL_MAX_WORDS and not _TERMINAL.search(c)]
    prose = [c for c in cells if len(c.split()) > 2 * RAIL_CELL_MAX_WORDS]
    # (at most one line of prose, a writer's bio: not a thread's posts, each under its poster's name and counts; and
    # no telephone or address: a release's contacts, whose people are named)
    # (nor a video's transcript panel, a time on a line and the words said from then on the next: "0:04" / "good
    # evening and welcome to majan": what was said, the text of a page that has no other)
    timed = sum(1 for c in cells if _PANEL_TIME.fullmatch(c))
    return len(cells) >= RAIL_MIN_CELLS and len(short) >= RAIL_SHARE * len(cells) and len(prose) <= 1 \
        and not any(_CONTACT_CELL.search(c) for c in cells) and not (timed >= RAIL_MIN_CELLS and timed * 3 >= len(cells))


_PANEL_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")


def _signatory(body: list[Block], lines: list[str], body_line: int) -> tuple[int, str] | None:
    """The block a notice's closing opens ("Yours faithfully," / "Issued by:") and the name signed under it, its marks
    ("Sd/-", "(signed)", a stamp) skipped, what they do under the name; None where no such closing ends the text."""
    for at in range(len(body) - 1, max(0, len(body) - SIGNATURE_REACH) - 1, -1):
        first = body[at].line - body_line
        if at < 2 or not 0 <= first < len(lines) or not _VALEDICTION.fullmatch(lines[first].strip()):
            continue
        under = [line.strip() for line in lines[first + 1:first + 1 + 2 * SIGNATURE_REACH] if line.strip()
                 and not _SIGNATURE_MARK.fullmatch(line.strip())]
        if len(under) >= 2 and 2 <= len(under[0].split()) <= 4 and _NAME.fullmatch(under[0]) \
                and not _TERMINAL.search(under[1]) and len(under[1].split()) <= LETTER_SIGNATURE_MAX_WORDS \
                and not (len(under) >= 4 and 2 <= len(under[2].split()) <= 4 and _NAME.fullmatch(under[2])
                         and not _TERMINAL.search(under[3]) and len(under[3].split()) <= 6):
            # (not a letter its chairman and ranking member both sign, quoted whole in their committee's release)
            return at, under[0]
    return None


def _titled_in_place(lines: list[str], title: str) -> bool:
    """A headline of its own line over the menu-like lines, which are not the page's but the article's:
    "Beyond the Choke Point" over its subtitle, then "AUTHORS" / "Rebecca Anand" / "Tomasz Wierzbicki" / ..."""
    rows = [squash(line) for line in lines if line.strip()]
    return any(row == squash(title) and len(row.split()) >= 4 and k + 1 < len(rows) and len(rows[k + 1].split()) > 3
               for k, row in enumerate(rows))


CHAT_TITLE_REACH = 80  # lines from a messaging app's copy's top its story's bold title may sit at, under other posts
_CHAT_BOLD = re.compile(r"\*(?!\*)([^*\n]{20,240}?)\*")  # WhatsApp's and Telegram's bold: one asterisk each side


WRITING_HAND_MAX_WORDS = 30  # a post's closing block under the writing hand: names, places, a link; not a paragraph


_POST_HANDLE = re.compile(rf"{_HANDLE.pattern}(?:@[\w.-]{{3,60}})?")  # "@xalvarenga_dc", "@en@obvod.social.example"
POST_CHROME_MAX_WORDS = 10  # a post's name line, time, counts and buttons: never a sentence this long


def thread_chrome(texts: list[str]) -> tuple[set[int], int | None]:
    """A thread's blocks that are its platform's, not its posts: the writer's name and handle over each post (their
    handle on a line of its own, three times or more) and the short lines of times, counts and buttons around them; and
    where other people's replies start, under the writer's last post (None if nobody replied)."""
    handles = [(i, text.strip()) for i, text in enumerate(texts) if _POST_HANDLE.fullmatch(text.strip())]
    counted = Counter(handle for _, handle in handles)
    if not counted or counted.most_common(1)[0][1] < 3:
        return set(), None
    writer = counted.most_common(1)[0][0]
    own = [i for i, handle in handles if handle == writer]

    def short(i: int) -> bool:  # (not a sentence: "14 ago.", a date, is the post's)
        text = texts[i].strip()
        words = len(text.split())
        return words <= POST_CHROME_MAX_WORDS and not (words >= 4 and _TERMINAL.search(text.rstrip("”\"’')")))

    # (the first reply under the writer's first post: the writer's answers to replies are among them)
    replies = next((i - 1 if i and short(i - 1) else i for i, handle in handles if handle != writer and i > own[0]), None)
    own = [i for i in own if replies is None or i < replies]
    chrome: set[int] = set()
    end = replies if replies is not None else len(texts)
    for i in own:
        chrome.add(i)
        j = i - 1  # the writer's name over the handle, and the last post's time and counts over that
        while j >= 0 and j not in chrome and short(j):
            chrome.add(j)
            j -= 1
        j = i + 1  # "·", "14 ago.", the post's time, counts and buttons under it
        while j < end and short(j) and not _POST_HANDLE.fullmatch(texts[j].strip()):
            chrome.add(j)
            j += 1
    j = end - 1  # the last post's time and counts, over the first reply
    while j > own[-1] and short(j) and j not in chrome:
        chrome.add(j)
        j -= 1
    return chrome, replies


_REPLY_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+")
QUOTED_MAIL_SHARE = 0.5  # of a copy's lines marked "> ", to be a mail that quotes the text it forwards or answers
QUOTED_MAIL_MIN_LINES = 10


# The end of a paragraph that introduces someone's words set apart under it: "Carvalhal said:", "Pyo added:", "She told
# the committee:" (a verb of speech and at most a few words after it before the colon)
_INTRODUCES = re.compile(r"\b(?:said|says|added|adds|told|tells|wrote|writes|stated|states|explained|warned|argued|noted"
                         r"|recalled|insisted|continued|put it)\b[^.!?:\"“”]{0,60}:$")
_ANY_QUOTATION_MARK = re.compile(r"[\"“”«»„‟‘]|^'")  # (a single quotation mark opens, an apostrophe never does)
INTRODUCED_MIN_WORDS = 8  # words of a paragraph under "A said:", for it to be a quotation (not a label's value)


def _introduced_quotations(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """A copy's block quote: the paragraph right under one that ends "A said:", with no quotation mark of its own, is
    marked as the quotation it is (as a page's <blockquote> under such a paragraph is), so the text rules read whose."""
    marked = list(paragraphs)
    for n in range(1, len(marked)):
        lead, words = paragraphs[n - 1].rstrip(), paragraphs[n].strip()
        if lead.endswith(":") and _INTRODUCES.search(lead[-120:]) and not _ANY_QUOTATION_MARK.search(words) \
                and len(words.split()) >= INTRODUCED_MIN_WORDS and not _NEW_PARAGRAPH.match(words):
            marked[n] = f"“{words}”"
    return tuple(marked)


def _unquoted(text: str) -> tuple[str, tuple[str, ...]]:
    """A mail's text without the reply marks ("> ") its client put before every line of the mail it quotes, where
    most of its lines are quoted: the quoted mail is the article. The marks only; every word stays on its line. Where the
    quoted lines run unbroken and hold most of the words (an issue's or a post's article quoted whole, the poster's note
    over it and the thread's comments under it), the lines around them, blank here, are returned to be kept with the
    furniture."""
    rows = text.split("\n")
    marked = [i for i, row in enumerate(rows) if row.lstrip().startswith(">")]
    single = sum(1 for row in rows if re.match(r"\s*>(?!>)", row))  # (not a transcript's ">>" at each change of voice)
    if len(marked) < QUOTED_MAIL_MIN_LINES or len(marked) < QUOTED_MAIL_SHARE * sum(1 for row in rows if row.strip()) \
            or single * 2 < len(marked):
        return text, ()
    unmarked = [_REPLY_MARK.sub("", row) for row in rows]
    first, last = marked[0], marked[-1]
    inside = all(rows[i].lstrip().startswith(">") or not rows[i].strip() for i in range(first, last + 1))
    kept, outside = _only_lines(unmarked, first, last + 1)
    if inside and outside and _words_in(unmarked[first:last + 1]) > _words_in(list(outside)):
        return "\n".join(kept), outside
    return "\n".join(unmarked), ()


# An outliner's page (Logseq, Roam, Workflowy) as text: its blocks a bulleted line each, a child's indented under its
# parent, a block's properties under it ("clipped:: [[Apr 6th, 2030]]")
_OUTLINE_BLOCK = re.compile(r"(?P<indent>[\t ]*)[-*•] (?P<text>.*)")
_BLOCK_PROPERTY = re.compile(r"[\t ]*[\w-]+:: .*")
OUTLINE_MIN_BLOCKS = 10


def _outline_page(text: str) -> tuple[str, tuple[str, ...]]:
    """An article clipped into an outliner, a block each of its lines under the block that holds it ("[[Ilhéu
    Económico]] — Lajes gateways #clip"): those children, their bullets and indents off, are the text where they hold
    most of the words; the journal's other blocks and the clip's properties are returned to be kept with the furniture."""
    rows = text.split("\n")
    blocks_at = [(i, m) for i, row in enumerate(rows) if (m := _OUTLINE_BLOCK.fullmatch(row))]
    nonblank = [i for i, row in enumerate(rows) if row.strip()]
    properties = {i for i in nonblank if _BLOCK_PROPERTY.fullmatch(rows[i])}
    if len(blocks_at) < OUTLINE_MIN_BLOCKS or 5 * (len(blocks_at) + len(properties)) < 4 * len(nonblank):
        return text, ()
    width = {i: len(m.group("indent").expandtabs(2)) for i, m in blocks_at}
    best: list[int] = []
    for n, (i, _) in enumerate(blocks_at):
        children = list(itertools.takewhile(lambda pair: width[pair[0]] > width[i], blocks_at[n + 1:]))
        if sum(len(m.group("text").split()) for _, m in children) > sum(len(m.group("text").split()) for j, m in blocks_at
                                                                         if j in best):
            best = [j for j, _ in children]
    words = sum(len(rows[j].split()) for j in best)
    if 2 * words < sum(len(rows[i].split()) for i in nonblank):
        return text, ()
    chosen = set(best)
    kept = [_OUTLINE_BLOCK.fullmatch(row).group("text") if i in chosen else "" for i, row in enumerate(rows)]
    return "\n".join(kept), tuple(rows[i].strip() for i in nonblank if i not in chosen)


# A line of scissors, where a copyist marks the piece they pasted ("---8<---", "-- >8 --", "------ 8< ------ cut here",
# "✂ - - - -"): what lies between two is the piece, what lies outside the note that carries it
_SCISSORS = re.compile(r"\s*[-–—=_. ]*(?:8<|>8|✂|✄)[-–—=_. ]*(?:(?:cut|snip|schnipp|tallar|couper|recortar)[\w -]*)?\s*", re.I)


def _between_scissors(text: str) -> tuple[str, tuple[str, ...]]:
    """A note or a message carrying a pasted piece between two scissor lines: the longest stretch between two is the
    piece, when it holds more words than the rest; the rest (the sender's greeting and notes, a list's footer) and the
    scissors are returned as the wrapper's furniture, each line blank where it stood."""
    rows = text.split("\n")
    cuts = [n for n, row in enumerate(rows) if row.strip() and _SCISSORS.fullmatch(row)]
    if len(cuts) < 2:
        return text, ()
    words = [len(row.split()) for row in rows]
    start, end = max(zip(cuts, cuts[1:]), key=lambda pair: sum(words[pair[0] + 1:pair[1]]))
    inside = sum(words[start + 1:end])
    if inside <= sum(words) - inside:
        return text, ()
    out = [row if start < n < end else "" for n, row in enumerate(rows)]
    return "\n".join(out), tuple(row.strip() for n, row in enumerate(rows) if row.strip() and not start < n < end)


# A diff's hunk ("@@ -0,0 +1,71 @@") and its lines: added ("+"), kept (" "), removed ("-")
_HUNK = re.compile(r"@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@.*")
DIFF_MIN_LINES = 10


def _diff_added(text: str) -> tuple[str, tuple[str, ...]]:
    """A commit shown with its diff (a clipping committed to a repository, "git show"): the text is the lines the
    hunks add or keep, their marks off, on the lines where they stand; the log, the commit's message, the diff's headers,
    the lines it removes and the terminal's lines around it are returned to be kept with the furniture."""
    rows = text.split("\n")
    hunks = [i for i, row in enumerate(rows) if _HUNK.fullmatch(row)]
    if not hunks:
        return text, ()
    inside: set[int] = set()
    for at in hunks:
        i = at + 1
        while i < len(rows) and rows[i][:1] in ("+", " ", "-", "\\") and not rows[i].startswith(("+++ ", "--- ")) \
                and not _HUNK.fullmatch(rows[i]):
            inside.add(i)
            i += 1
    added = [i for i in inside if rows[i].startswith("+")]
    if len(added) < DIFF_MIN_LINES:
        return text, ()
    kept = [rows[i][1:] if i in inside and rows[i][:1] in ("+", " ") else "" for i in range(len(rows))]
    return "\n".join(kept), tuple(rows[i].strip() for i in range(len(rows)) if rows[i].strip()
                                  and not (i in inside and rows[i][:1] in ("+", " ")))


# A mail's raw source ("Show original", "View source"): its MIME parts a boundary apart, the text one to read
_MIME_BOUNDARY = re.compile(r"""Content-Type:\s*multipart/[\w.-]+;(?:\s*[\w-]+="?[^";]*"?;)*\s*boundary="?([^";\s]+)"?""", re.I)
_PART_HEADER = re.compile(r"(Content-[\w-]+)\s*:\s*(.*)", re.I)


def _mime_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A mail's raw source: its plain-text part, decoded, is the text, on the lines where it stands; the mail's headers,
    its other parts (an HTML copy in base64) and the viewer's lines over them are returned to be kept with the
    furniture."""
    boundary = _MIME_BOUNDARY.search(text) if "MIME-Version" in text or "mime-version" in text else None
    if boundary is None:
        return text, ()
    rows = text.split("\n")
    marks = [i for i, row in enumerate(rows) if row.strip() in (f"--{boundary.group(1)}", f"--{boundary.group(1)}--")]
    for start, stop in zip(marks, marks[1:]):
        blank = next((i for i in range(start + 1, stop) if not rows[i].strip()), stop)
        fields = {m.group(1).lower(): m.group(2).strip() for row in rows[start + 1:blank] if (m := _PART_HEADER.match(row))}
        if not fields.get("content-type", "text/plain").lower().startswith("text/plain"):
            continue
        body = "\n".join(rows[blank + 1:stop])
        encoding = fields.get("content-transfer-encoding", "").lower()
        declared = re.search(r"charset=\"?([\w.-]+)", fields.get("content-type", ""), re.I)
        charset = declared.group(1) if declared else "utf-8"
        try:
            if encoding == "quoted-printable":
                body = quopri.decodestring(body.encode("utf-8")).decode(charset, "replace")
            elif encoding == "base64":
                body = base64.b64decode("".join(body.split())).decode(charset, "replace")
        except (ValueError, LookupError):
            return text, ()
        decoded = body.replace("\r\n", "\n").split("\n")
        kept = [""] * (blank + 1) + decoded + [""] * max(0, stop - blank - 1 - len(decoded))
        around = tuple(row.strip() for i, row in enumerate(rows) if row.strip() and not blank < i < stop)
        return "\n".join(kept + [""] * (len(rows) - stop)), around
    return text, ()


_LINK_NUMBER = re.compile(r"#?\[\d{1,4}\]")
_REFERENCES_LINE = re.compile(r"\s*(?:References|Visible links|Hidden links)\s*:?\s*")
_REFERENCE = re.compile(r"\s*\d{1,4}\.\s+(?:https?|mailto|javascript|file|ftp):\S*\s*")
LINK_NUMBERS_MIN = 5


def _without_link_numbers(text: str) -> str:
    """A page dumped by a text browser (lynx, w3m), each link's number before its words ("By [17]Jalisa Creque") and the
    numbered addresses listed under "References" at the end: the text without the numbers, which are the browser's, not
    the page's words (the list of addresses stays, at the end, where it is read as the page's)."""
    rows = text.split("\n")
    listed = [i for i, row in enumerate(rows) if _REFERENCE.fullmatch(row)]
    if len(_LINK_NUMBER.findall(text)) < LINK_NUMBERS_MIN or len(listed) < LINK_NUMBERS_MIN \
            or not any(_REFERENCES_LINE.fullmatch(row) for row in rows[:listed[0]]):
        return text
    return "\n".join(row if i >= listed[0] else _LINK_NUMBER.sub("", row) for i, row in enumerate(rows))


_DOC_COMMENT = re.compile(r"\[([a-z]{1,2})\](?=\S)")  # "[a]Noémie Faber: Headline for the brief?": a document's comment


def _without_comment_anchors(text: str) -> str:
    """A document exported with its reviewers' comments ("Washington's battery tariff ... electrodes[a]" in the text,
    "[a]Noémie Faber: Headline for the brief? ..." under it): the anchors the export glued to the commented words
    are its marks, not the text's; the comments stay, at the end, where they are read as the document's."""
    rows = text.split("\n")
    noted = {m.group(1) for row in rows if (m := _DOC_COMMENT.match(row.strip()))}
    if not noted:
        return text
    glued = re.compile(r"(?<=[\w.,;:!?\"”’')])\[(" + "|".join(sorted(noted)) + r")\]")
    return "\n".join(row if _DOC_COMMENT.match(row.strip()) else glued.sub("", row) for row in rows)


_CUE_TIMING = re.compile(r"\d{1,2}:\d\d:\d\d[,.]\d{1,3}\s*-->\s*\d{1,2}:\d\d:\d\d[,.]\d{1,3}(?:\s.*)?")
SUBTITLE_CUES_MIN = 5


# A notes app's raw export (Joplin's): the note's title on its first line, its Markdown, then its properties a line each
# ("id: 9b41c7e2...", "parent_id: ...", "created_time: 2030-04-12T06:48:31.204Z", ..., "type_: 1")
_EXPORT_PROPERTY = re.compile(r"[a-z][a-z_]*_?:(?: .*)?")
EXPORT_PROPERTIES_MIN = 8
NOTE_HEADING_REACH = 40  # lines of the note within which the page it clipped prints its own headline


def _note_export(text: str) -> tuple[str, tuple[str, ...]]:
    """A note exported raw by its app, the properties the app keeps under it (its id, parent's id, times, "source_url:",
    "type_:"): the properties are the app's (returned as the wrapper's furniture) but for the address it was clipped
    from, kept as the copy's original; the note's title on the first line is the clipped page's tab title, the app's,
    where the page's own headline is a Markdown heading under it."""
    rows = text.split("\n")
    end = len(rows)
    while end and not rows[end - 1].strip():
        end -= 1
    start = end
    while start and _EXPORT_PROPERTY.fullmatch(rows[start - 1].rstrip()):
        start -= 1
    block = rows[start:end]
    if end - start < EXPORT_PROPERTIES_MIN or not any(re.fullmatch(r"id: [0-9a-f]{32}", r.strip()) for r in block) \
            or not any(re.fullmatch(r"type_: \d+", r.strip()) for r in block):
        return text, ()
    out = list(rows)
    furniture = []
    for i in range(start, end):
        key, _, value = rows[i].partition(":")
        if key == "source_url" and value.strip():
            out[i] = f"Source: {value.strip()}"  # (the address the note was clipped from, read as the copy's own)
        else:
            out[i] = ""
            furniture.append(rows[i].strip())
    first = next((i for i, row in enumerate(rows) if row.strip()), None)
    if first is not None and any(_MD_HEADING.match(row) for row in rows[first + 1:first + NOTE_HEADING_REACH]):
        furniture.insert(0, rows[first].strip())
        out[first] = ""
        # ... and the keeper's own remark quoted under the title, over the page they clipped ("> **Oharra (M.G.,
        # 12/04):** ... Hurrengo astean Andoainera deitu.")
        remark = next((i for i in range(first + 1, end) if rows[i].strip()), None)
        while remark is not None and remark < end and rows[remark].startswith(">"):
            furniture.insert(1, rows[remark].strip())
            out[remark] = ""
            remark += 1
    return "\n".join(out), tuple(furniture)


COMMENT_LINES_MIN = 2


def _leading_comments(text: str) -> tuple[str, tuple[str, ...]]:
    """A file that opens with its keeper's comment lines, two or more "# ..." in a row ("# Simmer Dim 14/4 - heat pumps
    explainer. Paywalled; copied Mon 15/4 ..." / "# TODO check ..."), then a blank line and the copy: the comments are
    the file's, not the article's (a Markdown heading stands alone); returned as the wrapper's furniture."""
    rows = text.split("\n")
    first = next((i for i, row in enumerate(rows) if row.strip()), None)
    if first is None:
        return text, ()
    run = list(itertools.takewhile(lambda i: rows[i].startswith("# "), range(first, len(rows))))
    after = first + len(run)
    if len(run) < COMMENT_LINES_MIN or after >= len(rows) or rows[after].strip() or not any(row.strip() for row in rows[after:]):
        return text, ()
    return "\n".join([""] * after + rows[after:]), tuple(rows[i].strip() for i in run)


# A line of an editor's screen with its number in a column before it (Vim's ":set number", "cat -n", nano's "-l"), and
# the screen's filler under the file's end ("~") and its message line ('"notes.txt" 57L, 4966B   1,1   All')
_NUMBERED_LINE = re.compile(r"( *)(\d{1,6})(?:[ \t](.*))?")
_EDITOR_FILLER = re.compile(r"~|\"[^\"]+\"\s+(?:\[[^\]]*\]\s+)?\d+L,\s*\d+[BC].*|-- (?:INSERT|VISUAL|REPLACE) --.*")
NUMBERED_LINES_MIN = 10


# A wire's or a typewriter's paragraphs: the first line of each indented, the lines it wraps onto flush left, no blank
# line between ("   (ALN) - BARI, MAY 13 - The United States on Monday barred" / "Chinese-made programmable ...")
_INDENTED_OPENING = re.compile(r"[ ]{2,8}(?=\S)|\t(?=\S)")
INDENTED_PARAGRAPHS_MIN = 3  # indented first lines with a flush line under them, for a copy to set paragraphs so


def _indented_paragraphs(text: str) -> str:
    """A copy whose paragraphs open with an indented line and run on flush left, with no blank line between them, read
    with a blank line before each: its paragraphs as the rules read paragraphs. A block indented whole (a quotation
    set apart) stays as it is."""
    rows = text.split("\n")
    openings = [n for n in range(1, len(rows) - 1) if _INDENTED_OPENING.match(rows[n]) and rows[n - 1].strip()
                and rows[n + 1].strip() and not _INDENTED_OPENING.match(rows[n + 1])]
    if len(openings) < INDENTED_PARAGRAPHS_MIN:
        return text
    # (... and the first, after a blank line: "   (ALN) - BARI, MAY 13 - ..." under the headline's lines)
    firsts = [n for n in range(1, len(rows) - 1) if _INDENTED_OPENING.match(rows[n]) and not rows[n - 1].strip()
              and rows[n + 1].strip() and not _INDENTED_OPENING.match(rows[n + 1])]
    opening, first = set(openings), set(firsts)
    return "\n".join(f"\n{row.strip()}" if n in opening else row.strip() if n in first else row for n, row in enumerate(rows))


def _numbered_lines(text: str) -> tuple[str, tuple[str, ...]]:
    """A file copied from an editor's screen with its lines numbered: each number is the editor's, not the text's; a
    long line the screen wrapped goes on, indented past the numbers, on the screen's next lines and is one line again
    (on the line of its number, the screen's other lines blank so every line keeps its place); the filler under the
    file's end and the editor's message line are returned as the wrapper's furniture."""
    rows = text.split("\n")
    numbered = [(i, m) for i, row in enumerate(rows) if (m := _NUMBERED_LINE.fullmatch(row.rstrip()))]
    if len(numbered) < NUMBERED_LINES_MIN or any(int(b.group(2)) != int(a.group(2)) + 1 for (_, a), (_, b) in zip(numbered, numbered[1:])):
        return text, ()
    column = max(len(m.group(1)) + len(m.group(2)) for _, m in numbered) + 1
    at = {i for i, _ in numbered}
    out, furniture, last = list(rows), [], None
    for i, row in enumerate(rows):
        if i in at:
            match = dict(numbered)[i]
            out[i], last = (match.group(3) or "").strip(), i
        elif not row.strip():
            continue
        elif last is not None and row.startswith(" " * column) and i > last:
            out[last] += " " + row.strip()  # (the screen's wrap of the line over it)
            out[i] = ""
        elif _EDITOR_FILLER.fullmatch(row.strip()) and i > numbered[-1][0]:
            furniture.append(row.strip())
            out[i] = ""
        else:
            return text, ()  # (a line the editor did not number: not a numbered screen)
    return "\n".join(out), tuple(f for f in furniture if f != "~")


def _subtitles_joined(text: str) -> str:
    """A subtitle file's cues (SRT, WebVTT: a number, "00:00:24,900 --> 00:00:30,700", a line or two of words) as the
    turns they carry: a cue opening with its speaker in brackets ("[Bikash Adhikari] We coat it ...") starts a turn,
    the cues under it go on with it, each turn a paragraph on the line of its first words. The cues' numbers and times
    are the file's timing, not its text; every word stays, each line count unchanged."""
    rows = text.split("\n")
    timings = [i for i, row in enumerate(rows) if _CUE_TIMING.fullmatch(row.strip())]
    if len(timings) < SUBTITLE_CUES_MIN:
        return text
    out = list(rows)
    turn_at: int | None = None
    for n, at in enumerate(timings):
        if at and re.fullmatch(r"\d{1,5}", rows[at - 1].strip()):
            out[at - 1] = ""
        out[at] = ""
        stop = timings[n + 1] - 1 if n + 1 < len(timings) else len(rows)
        words = []
        for i in range(at + 1, stop):
            if not rows[i].strip():
                break  # (the cue ends at a blank line: the page's own lines may follow the last)
            words.append(rows[i].strip())
            out[i] = ""
        if not words:
            continue
        if turn_at is None or words[0].startswith("["):
            turn_at = at + 1
            out[turn_at] = " ".join(words)
        else:
            out[turn_at] += " " + " ".join(words)
    return "\n".join(out)


# An Evernote export (ENEX) pasted as text: the note's fields, a line each, then the page it clipped in its own markup
_ENEX_FIELD = re.compile(r"<([a-z][a-z-]*)>(.*?)</\1>")
_ENEX_FIELD_LABELS = {"created": "Created", "updated": "Last edited", "tag": "Tags", "author": "Author", "source-url": "URL"}
_ITALIC_BLOCK = re.compile(r"<(i|em)\b[^>]*>[^<]*</\1>", re.I)
_MARKUP_BLOCK = re.compile(r"</?(?:div|p|br|li|h[1-6]|tr|blockquote|en-note)\b[^>]*>", re.I)


def _enex_as_text(text: str) -> str:
    """An Evernote export pasted as text, read as the note it holds: its title, its fields as a note's properties ("Created:
    ...", "Tags: ...", "Author: ..." (who clipped it), "URL: ..."), then the clipped page's text, a paragraph for each of
    its blocks. The export's own markup (the XML around the note, the page's tags, a picture's media element) is not
    text."""
    if "<en-export" not in text[:2000]:
        return text
    import html  # (only for an export: a build of plain text seeds loads nothing of the web's)
    out: list[str] = []
    for row in text.split("\n"):
        field = _ENEX_FIELD.fullmatch(row.strip())
        if field and field.group(1) not in ("div", "p", "span", "b", "i", "li", "h1", "h2", "h3"):
            value = html.unescape(field.group(2)).strip()
            label = _ENEX_FIELD_LABELS.get(field.group(1))
            # (the export's other fields, "<source>web.clip7</source>", "<latitude>", are the app's, no words of the page)
            out.append(value if field.group(1) == "title" else f"{label}: {value}" if label else "")
            continue
        # (a block wholly in italics keeps them as marks, as a copied caption or a reader's note does: "*Nota: ...*")
        pieces = [f"*{text}*" if text and _ITALIC_BLOCK.fullmatch(piece.strip()) else text
                  for piece in _MARKUP_BLOCK.split(row) for text in [html.unescape(re.sub(r"<[^>]*>", "", piece)).strip()]]
        words = [piece for piece in pieces if piece and not piece.startswith(("<?xml", "<!DOCTYPE", "<![CDATA[", "]]>"))]
        out.extend(line for piece in words for line in (piece, ""))
        if not words:
            out.append("")
    return "\n".join(out)


# Markdown's marks, in a page a clipper or a notes app exported as Markdown ("[Accueil](https://...)", "![logo](...)",
# "# Headline", "Par **A** et **B**"): the page's markup, around the words it shows.
# (a web address only, "https://...": a link to "javascript:..." or a "data:" picture is no page's, and stays as written)
# (a picture at a web address, or in a notes app's own store: Joplin's "![Oria Bero assembly line](:/6d1e0a4f...)")
# (its words at most 500 characters: an "![" never closed, as in a feed's "<![CDATA[", is not scanned to the line's end
# from every one of them)
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\((?:<?https?://[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*>?|:/[0-9a-f]{32})(?:\s+\"[^\"\n]*\")?\)")
_MD_LINK = re.compile(r"(?<!!)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(<?https?://[^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*>?"
                      r"(?:\s+\"[^\"\n]*\")?\)")
_MD_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?=\S)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
MARKDOWN_MIN_LINES = 3  # lines with Markdown's links or pictures to web addresses, for a copy to be written in it
# A notes app's links between notes and its embedded files (Obsidian's, Logseq's, Roam's): "[[Fenghe Agritech]]",
# "[[6067 Zambia fact-check|the Zambian check]]", "![[chitwan-drones-grounded.jpg]]"; and its highlights: "==We lost ...=="
_WIKI_LINK = re.compile(r"(?<!!)\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]")
_WIKI_EMBED = re.compile(r"!\[\[[^\[\]\n]{1,200}\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)([^=\n]+?)(?<=\S)==")


def _markdown_as_text(text: str, written: bool = False) -> str:
    """A page exported as Markdown, read as the page it shows: a link is its words, a heading and a bold or slanted
    phrase their words (a whole line in italics keeps its marks, as a copied caption does), a picture alone on its line (the image, no words the page shows; its caption is the line under
    it) a blank line. Only a copy written in Markdown (three lines with its links or pictures to web addresses): a plain
    copy's "#", "*" and "_", and a link to anything but a web address, are its own, shown as written. Each line stays on
    its line."""
    rows = text.split("\n")
    marked = sum(1 for row in rows if _MD_LINK.search(row) or _MD_IMAGE.search(row) or _WIKI_LINK.search(row)
                 or _WIKI_EMBED.search(row))
    if marked < MARKDOWN_MIN_LINES and not written:
        return text
    out = []
    for row in rows:
        row = _HIGHLIGHT.sub(r"\1", _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), row))
        pictured = _MD_IMAGE.sub("", _WIKI_EMBED.sub("", row))
        if pictured != row and not _MD_LINK.sub("", pictured).strip(" \t|·•-"):
            out.append("")  # (a picture, or a linked picture: "[![Goubet Éco](logo.svg)](https://...)")
            continue
        row = _MD_LINK.sub(lambda m: m.group(1), pictured)
        row = _MD_HEADING.sub("", row).rstrip("# \t") if _MD_HEADING.match(row) else row
        row = _MD_STRONG.sub(lambda m: m.group(2), row)
        if not _MD_EMPHASIS.fullmatch(row.strip()):  # (a line in italics keeps its marks: a caption, a note, as printed)
            row = _MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), row)
        out.append(_MD_ESCAPE.sub(r"\1", row))
    return "\n".join(out)


# Pandoc's Markdown, a word processor's document converted ("pandoc -f docx -t markdown"): its bookmarks and styled
# spans ("[]{#_Hlk170334512 .anchor}", "[words]{.underline}"), a picture in the document's media folder with its size
# ("![](media/image3.jpeg){width="6.5in"}"), its footnotes' marks ("[^1]", "[^1]: ...") and its dashes written "---"
_PANDOC_SPAN = re.compile(r"\[([^\[\]\n]*)\]\{[#.][^{}\n]*\}")
_PANDOC_PICTURE = re.compile(r"!\[[^\]\n]{0,500}\]\([^()\s]+\)(?:\{[^{}\n]*\})?")
_PANDOC_NOTE = re.compile(r"\[\^([\w-]+)\]:?")
PANDOC_MIN_MARKS = 2  # lines with a span's or a picture's attributes, for a copy to be Pandoc's Markdown


def _pandoc_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A document Pandoc converted to Markdown, read as the page it renders: its spans' words, its pictures blank lines,
    its notes' marks "[1]", its dashes dashes, and then as any page in Markdown. Its metadata block ("---", "title: GRS editie 412 FINAL",
    "author: GRS Layout", "---") is the file's properties, not the article's, where the document has a heading of its
    own (the article's "# Water, wires and the Golden Rock ..."): it is returned as the wrapper's furniture, with the
    pictures' lines. Only a copy with two lines of Pandoc's attributes: a plain copy's "{...}" stays."""
    rows = text.split("\n")
    if sum(1 for row in rows if _PANDOC_SPAN.search(row) or _PANDOC_PICTURE.search(row) and "){" in row) < PANDOC_MIN_MARKS:
        return text, ()
    furniture: list[str] = []
    opening = next((n for n, row in enumerate(rows) if row.strip()), None)
    if opening is not None and rows[opening].rstrip() == "---":
        end = next((n for n in range(opening + 1, len(rows)) if rows[n].rstrip() in ("---", "...")), None)
        if end is not None and any(re.match(r"#\s+\S", row) for row in rows[end + 1:]):
            furniture.extend(row.strip() for row in rows[opening:end + 1] if row.strip())
            rows[opening:end + 1] = [""] * (end + 1 - opening)
    for n, row in enumerate(rows):
        if _PANDOC_PICTURE.search(row) and not _PANDOC_PICTURE.sub("", row).strip():
            furniture.append(row.strip())
            rows[n] = ""
            continue
        row = _PANDOC_NOTE.sub(r"[\1]", _PANDOC_SPAN.sub(r"\1", row))  # (a note's mark and its text: "[1]", "[1] STUCO's ...")
        rows[n] = re.sub(r"(?<=\S) --- (?=\S)", " — ", row)
    return _markdown_as_text("\n".join(rows), written=True), tuple(furniture)


# A screen reader's log of a page (NVDA's speech viewer, JAWS, VoiceOver), each line announced with its element's role:
# "heading level 1 US to cut ...", "link Inicio", "graphic A drone over ... Foto: ...", "banner landmark", "list with 7 items"
_SR_ROLE = (r"(?:visited\s+|same\s+page\s+)?link|clickable|graphic|image|button|toggle\s+button|menu\s+button|edit(?:\s+text)?"
            r"|combo\s+box|check\s+box|radio\s+button|heading(?:\s+level)?\s+\d")
_SR_PREFIX = re.compile(rf"(?:{_SR_ROLE})[,:]?\s+(?=\S)", re.I)
# (a line the reader says of the page's structure, no words of the page's own)
_SR_STRUCTURE = re.compile(r"(?:(?:banner|navigation|main|contentinfo|complementary|search|form|region)\s+landmark"
                           r"|(?:out\s+of\s+)?(?:document|list|table|landmark|frame|region|dialog)|separator|clickable"
                           r"|list\s+with\s+\d+\s+items?|table\s+with\s+\d+\s+rows?\s+and\s+\d+\s+columns?)", re.I)
# "Por link Valeria Mosquera Intriago": a link inside a line, its role announced before its words
_SR_INLINE = re.compile(r"(?<=\w)\s+(?:visited\s+)?link\s+(?=[A-ZÀ-Þ])")
SCREEN_READER_MIN_LINES = 6  # lines announced with a role, for a copy to be a screen reader's log


def _screen_reader_as_text(text: str) -> str:
    """A screen reader's log of a page, read as the page it reads out: each line's words without the role announced
    before them, and the lines that only say the page's structure ("main landmark", "out of list") left out (the reader's
    words, none of the page's: the log's elements stay a line each, as a copy with no blank line reads). Only a log
    with a heading announced and six lines with their roles: a plain copy's "Button" or "Link" starting a line stays."""
    rows = text.split("\n")
    announced = sum(1 for row in rows if _SR_PREFIX.match(row.strip()) or _SR_STRUCTURE.fullmatch(row.strip()))
    if announced < SCREEN_READER_MIN_LINES or not any(re.match(r"heading\s+(?:level\s+)?\d\s", row.strip(), re.I)
                                                      for row in rows):
        return text
    out = []
    for row in rows:
        line = row.strip()
        if _SR_STRUCTURE.fullmatch(line):
            continue
        while (role := _SR_PREFIX.match(line)):  # ("link graphic COSTA AGRO": a linked picture, both announced)
            line = line[role.end():]
        out.append(_SR_INLINE.sub(" ", line))
    return "\n".join(out)


# A chat interview as the page prints it: each message under its sender's name and the minute it was sent,
# "Keo Phommachanh  09:04" / "Very. Two containers ...", "Souksavanh · Lanxang Biz  09:05" / "Why ...?"
_BUBBLE_STAMP = re.compile(r"(?P<sender>[^\W\d_][^\d:|]{1,64}?)\s*(?:\s·\s[^\d:|]{2,40}?)?(?:\s{2,}|\t|\s+·\s+)"
                           r"(?:\d{1,2}:\d\d(?:\s?[AaPp]\.?[Mm]\.?)?)")
CHAT_INTERVIEW_MIN_MESSAGES = 4
CHAT_TURN_MAX_SHARE = 0.4  # of an interview's words, at most, in one message


def _bubbles_as_turns(text: str) -> str:
    """A chat interview's messages, read as a transcript's turns: "Keo Phommachanh: Very. Two containers ...", one turn
    for the messages a sender sends one after another (an answer sent in two), the stamps' minutes left out (the chat's
    clock). Only where four messages of two senders or more stand each under its stamp; each line stays on its line."""
    rows = text.split("\n")
    stamps = [i for i, row in enumerate(rows) if _BUBBLE_STAMP.fullmatch(row.strip())
              and i + 1 < len(rows) and rows[i + 1].strip() and not _BUBBLE_STAMP.fullmatch(rows[i + 1].strip())]
    senders = Counter(_BUBBLE_STAMP.fullmatch(rows[i].strip()).group("sender").strip() for i in stamps)
    if len(stamps) < CHAT_INTERVIEW_MIN_MESSAGES or len(senders) < 2 or max(senders.values()) < 2:
        return text
    # (a message ends at its first blank line, or at the next stamp)
    ends = [next((k for k in range(i + 1, b) if not rows[k].strip()), b) for i, b in _messages(stamps, len(rows))]
    sizes = [_words_in(rows[i + 1:end]) for i, end in zip(stamps, ends)]
    if max(sizes) > CHAT_TURN_MAX_SHARE * sum(sizes):
        return text  # (a chat with an article pasted into one message: the chat's, read as such, not an interview)
    out = list(rows)
    turn = -1  # the line the sender's turn is written on
    last = ""
    for n, i in enumerate(stamps):
        label = _BUBBLE_STAMP.fullmatch(rows[i].strip()).group("sender").strip()
        sender = _speaker_of(label)
        end = ends[n]
        message = " ".join(rows[k].strip() for k in range(i + 1, end))
        # (a clip's label names who is heard, and how: "Clip — Wen Shaohua, MOFCOM spokesperson (via interpreter)", kept
        # on its line over the turn)
        out[i] = label if sender != label else ""
        for k in range(i + 1, end):
            out[k] = ""
        if sender == last and all(not out[k].strip() for k in range(turn + 1, i)):
            out[turn] = f"{out[turn]} {message}"  # (the same sender again, nothing between: the same answer)
        else:
            turn, last = i + 1, sender
            out[turn] = f"{sender}: {message}"
    return "\n".join(out)


# A story dictated to a phone, its punctuation and layout spoken as words: "Open quote We have maybe 40 days ... close
# quote comma said A", "He added colon", "New paragraph.", "Headline colon ...", "Start text." ... "End of text."
_DICTATED = re.compile(r"\b(?:new paragraph|new line|open quotes?|close quotes?|end quote|unquote|start (?:of )?text|end of text"
                       r"|headline colon)\b", re.I)
DICTATION_MIN_COMMANDS = 5
_RECORDER_STAMP = re.compile(r"(?P<who>[^\W\d_]+\s?\d{0,2})\s{2,}\d{1,2}:\d\d(?::\d\d)?")  # "Спикер 1  00:24", "Speaker 2  02:58"
_SPOKEN = [(re.compile(r"\bopen quotes?\s+", re.I), "“"), (re.compile(r"\s+close quotes?\b|\s+end quote\b", re.I), "”"),
           (re.compile(r"\bquote\s+(?!unquote\b)(.+?)\s+unquote\b", re.I), r"“\1”"),
           (re.compile(r"\s+comma\b", re.I), ","), (re.compile(r"\s+colon\b", re.I), ":"), (re.compile(r"\s+full stop\b", re.I), "."),
           (re.compile(r":(?=“)"), ": ")]
_START_TEXT = re.compile(r"\bstart (?:of )?text\b\.?\s*", re.I)
_END_TEXT = re.compile(r"\bend of text\b\.?", re.I)


def dictation(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    """A dictated story's transcript, read as the story: the dictating voice's words between "Start text" and "End of
    text", its spoken punctuation written ("Open quote" as “, "comma" as ","), a paragraph at each "New paragraph"; its
    headline, byline and dateline from the commands over it ("Headline colon ...", "Byline A", "Dateline Bishkek, February
    19"), and what it says after the text (a note to the desk) under it, each a paragraph. The app's lines, the
    recorder's stamps and the turns of other voices (and the dictating voice's asides) are returned to be kept with the
    furniture. (The story's lines are new ones: a line number in it is the story's, not the transcript's.)"""
    text = "\n".join(lines)
    if len(_DICTATED.findall(text)) < DICTATION_MIN_COMMANDS or not _START_TEXT.search(text):
        return lines, ()
    stamps = [i for i, row in enumerate(lines) if _RECORDER_STAMP.fullmatch(row.strip())]
    turns = [(lines[i].strip(), _RECORDER_STAMP.fullmatch(lines[i].strip()).group("who"),
              " ".join(row.strip() for row in lines[i + 1:b] if row.strip())) for i, b in _messages(stamps, len(lines))]
    voice = next((who for _, who, said in turns if _START_TEXT.search(said)), None)

    def dictated(who: str, said: str) -> bool:  # (the dictating voice's commands and text, not its short asides)
        return who == voice and bool(_DICTATED.search(said) or len(said.split()) >= 12)

    spoken = " ".join(said for _, who, said in turns if dictated(who, said))
    if not _START_TEXT.search(spoken):
        return lines, ()
    head, rest = _START_TEXT.split(spoken, maxsplit=1)
    end = _END_TEXT.search(rest)
    body, after = (_written(rest[:end.start()]), _written(rest[end.end():])) if end else (_written(rest), "")
    paragraphs = [p.strip() for p in re.split(r"\s*\bnew paragraph\b\.?\s*", body, flags=re.I) if p.strip()]
    headline = re.search(r"\bheadline colon\s+(.+?)\.\s+(?:new line\.\s*)?(?=byline|dateline|$)", head, re.I)
    byline = re.search(r"\bbyline\s+(.+?)\.(?:\s|$)", head, re.I)
    dateline = re.search(r"\bdateline\s+(.+?)\.(?:\s|$)", head, re.I)
    if not headline or not paragraphs:
        return lines, ()
    if dateline:
        paragraphs[0] = f"{dateline.group(1).strip()} – {paragraphs[0]}"
    chrome = [row for row in lines[:stamps[0]] if row.strip()]
    others = [line for stamp, who, said in turns if not dictated(who, said) for line in (stamp, said) if line]
    story = [headline.group(1).strip(), *([f"By {byline.group(1).strip()}"] if byline else []), *paragraphs,
             *([after.strip()] if after.strip() else [])]
    # (a paragraph each, set apart: its layout was spoken, not typed)
    return "\n\n".join(story).split("\n"), tuple(line.strip() for line in [*chrome, *others] if line.strip())


def _written(spoken: str) -> str:
    """Dictated words with their spoken punctuation written: "open quote" as “, "comma" as ","."""
    for pattern, mark in _SPOKEN:
        spoken = pattern.sub(mark, spoken)
    return spoken


# A document's tracked changes, copied as text with their marks: "[Deleted: only][Inserted: largest]" (Word's, a CMS's
# revision view's; "Eliminado:", "Insertado:", "Supprimé :", "Inséré :", "Gelöscht:", "Eingefügt:")
_TRACKED = re.compile(r"\[(?P<kind>Deleted|Inserted|Added|Removed|Eliminado|Insertado|Supprimé|Inséré|Gelöscht|Eingefügt)\s*:\s*"
                      r"(?P<words>[^\[\]]*)\]", re.I)
_TRACKED_INSERT = frozenset({"inserted", "added", "insertado", "inséré", "eingefügt"})
TRACKED_CHANGES_MIN = 2


def _changes_accepted(text: str) -> str:
    """A document copied with its tracked changes marked: the text with every change accepted, as the syndication copy's
    own note asks ("please run the text with all changes accepted"): an insertion's words stay, a deletion's go, and a
    line that held nothing but a deletion is blank."""
    if len(_TRACKED.findall(text)) < TRACKED_CHANGES_MIN:
        return text
    rows = []
    for row in text.split("\n"):
        accepted = _TRACKED.sub(lambda m: m.group("words") if m.group("kind").lower() in _TRACKED_INSERT else "", row)
        rows.append("" if row.strip() and not accepted.strip() else re.sub(r"  +", " ", accepted) if accepted != row else row)
    return "\n".join(rows)


_ENGLISH_FUNCTION_WORDS = frozenset("the and of to in is that for with on at by from as its are was be this an we it not have "
                                    "our they will there what but if".split())


# ... and the small words of the languages bilingual sites pair with it ("de", "la", "und", "và")
OTHER_SMALL_WORDS = frozenset("de la el en los las y del les des der die das und il di da na que para por con sur une un "
                               "et le dans im mit von zu ist em no do dos das uma um và của là và ve bir ile için".split())


def english_share(text: str, small_words: frozenset[str] = _ENGLISH_FUNCTION_WORDS) -> float:
    """How much of a line is English by its small words ("of", "the", "in" ...): a title's language, near enough
    (or, given another language's small words, how much is in it)."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return sum(w in small_words for w in words) / len(words) if words else 0.0


def _latin_of(name: str) -> str:
    """"Ана Стојановска / Ana Stojanovska" -> "Ana Stojanovska": a name printed in two scripts, in the Latin one; any other
    text as it is."""
    halves = [half.strip() for half in name.split(" / ")]
    latin = [half for half in halves if half.isascii() or all(c.isascii() or unicodedata.name(c, "").startswith("LATIN")
                                                           for c in half if c.isalpha())]
    return latin[0] if len(halves) == 2 and len(latin) == 1 else name


def _chat_title(lines: list[str]) -> int | None:
    """The line of a messaging app's copy that is its story's title in the app's bold ("*Paraguay's hydro-powered AI
    dream runs into Washington's optics blacklist*"), a dateline opening the text within the next few lines; none when
    the copy has no such line."""
    for index, line in enumerate(lines[:CHAT_TITLE_REACH]):
        bold = _CHAT_BOLD.fullmatch(line.strip())
        if not bold or len(bold.group(1).split()) < 4 or _TERMINAL.search(bold.group(1)) \
                or re.search(r"[.!?]\s+\S", bold.group(1)) \
                or re.search(r"\b(?:19|20)\d\d\b.*\b\d{1,2}[:.h]\d\d\b", bold.group(1)):
            # (a caption in italics, its credit after its sentence; a document's stamp in italics, its day and its time:
            # "*Gepubliceerd zondag 19 mei 2030, 06:00 AST*")
            continue
        following = [squash(l) for l in lines[index + 1:index + 8] if l.strip()][:3]
        if any(_DATELINE.match(f) or _PLACE_DATELINE.match(f) for f in following):
            return index
    return None


def page_chrome(lines: list[str]) -> int:
    """How many lines at the top of a select-all copy are the page's chrome over the headline: the site's
    menus, copied an item a line, down to the first run of them that a headline follows ("Skip to main
    content" / "Home" / "News" / ... / "Trump's Made-for-TV Trade War Keeps World Guessing" / "By Ana
    Swanson" / lead), within reach of the lead; 0 when the copy opens with its article. Not past the
    header's byline or date line: a share bar under them is over the photo's caption, not the headline."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    # A newsletter platform's sign-up box over the post: "Discover more from Cell & Socket" / its tagline / "Over 9,000
    # subscribers" / ... / "Already have an account? Sign in"
    discover = next((n for n, i in enumerate(nonblank[:CHROME_REACH_LINES]) if _SIGN_UP_OPENS.match(lines[i].strip())), None)
    if discover is not None:
        signed = next((nonblank[n] for n in range(discover + 1, min(len(nonblank), discover + CHROME_REACH_LINES))
                       if _SIGN_UP_ENDS.match(lines[nonblank[n]].strip())), None)
        if signed is not None:
            return signed + 1

    def prose(p: int) -> bool:
        text = lines[nonblank[p]].strip().rstrip("”\"’')")
        return len(text.split()) >= CHROME_PROSE_MIN_WORDS and bool(_TERMINAL.search(text))

    def cell(p: int) -> bool:  # "Home", "Energy & Environment", "Sunday Talk Shows" (not "12 June 2029")
        text = lines[nonblank[p]].strip()
        return 1 <= len(text.split()) <= 3 and not re.search(r"[.!?]$|[\d,]", text)

    def headline(p: int) -> bool:  # (not "By Ana Swanson", nor "November 19, 2019")
        text = lines[nonblank[p]].strip()
        return 3 <= len(text.split()) <= 25 and not text.endswith(".") and not re.match(r"(?i:by)\s", text) \
            and not _TEXT_DATE.search(text)

    # The lead: two lines of prose close together. A cookie banner's paragraphs are two such lines too, with no
    # menu and headline over them: the next run of prose is tried, within a few.
    leads = [p for p in range(len(nonblank) - 1) if prose(p) and any(prose(q) for q in range(p + 1, min(p + 4, len(nonblank))))
             and not (p and prose(p - 1))][:CHROME_LEADS]
    for lead in leads:
        # the byline or date line over the lead (not a sentence: "By choosing I Accept, you consent to ..." is the banner's)
        stamped = next((p for p in range(lead) if not prose(p) and not re.search(r"[a-z]{2}\.$", lines[nonblank[p]].strip())
                        and (re.match(r"(?i:by)\s", lines[nonblank[p]].strip()) or _TEXT_DATE.search(lines[nonblank[p]]))), lead)
        runs, p = [], 0
        while p < stamped:
            q = p
            while q < stamped and cell(q):
                q += 1
            if q - p >= CHROME_MIN_CELLS:
                runs.append((p, q))  # cells p .. q - 1
            p = q + 1 if q == p else q
        for _, after in runs:  # the first a headline follows, near the lead or right over the byline or date
            if headline(after) and (lead - after <= CHROME_REACH_LINES or 0 < stamped - after <= CHROME_OVER_STAMP):
                return nonblank[after]
    return 0


def headline_rail(texts: list[str]) -> int | None:
    """Where a rail of linked headlines starts under the article, with no label over it: three short
    lines in a row that end no sentence and sign nothing (a label ending "..." or ":" may head them),
    under which hardly any prose follows, and no byline or credit (those stay where the byline rules
    read them)."""
    def link(text: str) -> bool:
        words = text.split()
        return 3 <= len(words) <= RAIL_LINK_MAX_WORDS and not re.search(r"[.:;…,]$", text.rstrip("”\"’')")) \
            and not _NEW_PARAGRAPH.match(text) and not _signature_line(text) and bool(re.search(r"\b[a-z]{3,}\b", text)) \
            and not _RAIL_LABEL.match(text) and sum(any(c.isdigit() for c in w) for w in words) * 3 < len(words)

    def prose(text: str) -> int:
        return len(text.split()) if len(text.split()) >= RAIL_PROSE_MIN_WORDS and _TERMINAL.search(text.rstrip("”\"’')")) else 0

    article = 0
    for k, text in enumerate(texts):
        if k >= 2 and article >= 2 * RAIL_PROSE_MIN_WORDS:
            start = k + 1 if len(text.split()) <= 6 and re.search(r"(?:\.\.\.|…|:)$", text) else k
            if all(link(t) for t in texts[start:start + RAIL_MIN_LINKS]) and len(texts[start:]) >= RAIL_MIN_LINKS \
                    and sum(map(prose, texts[k:])) <= RAIL_MAX_PROSE_SHARE * article \
                    and not any(_SIGNED.search(t) or _REPORTER.search(t) or _CREDIT_CELL.search(t) or "@" in t
                                or _RAIL_LABEL.match(t) and _NAME.match(t[_RAIL_LABEL.match(t).end():].strip()) for t in texts[k:]):
                return k
        article += prose(text)
    return None


# A closing line that asks the reader to write, ending on the address: the page's contact, not the article's last sentence
_INVITE_TO_WRITE = re.compile(rf"\b(?:write to|e-?mail (?:me|us)|contact (?:me|us|their|our|your|the)|reach (?:me|us)|inbox is open"
                              rf"|get in touch|drop (?:me|us) a line"
                              # (... in Spanish, French and Portuguese: "Escríbanos a barlovento@...", "Écrivez-nous à ...")
                              rf"|escr[ií]b(?:anos|enos|ame|eme)|[ée]crivez-(?:nous|moi)|escreva-(?:nos|me))\b"
                              rf"[^.!?]{{0,80}}?\b{EMAIL_ADDRESS}\.?\s*$", re.I)
INVITE_MAX_WORDS = 40
# An editors' note of a later day under the text, its label and day before a colon: "UPDATE Thursday 18 April: ...",
# "Updated 19 April 2030: ...", "Upd. 20 апреля: ...", "Actualización (17/04): ...", "Actualização, 21.05.2030, 16:40: ..."
_UPDATE_NOTE = re.compile(r"(?:(?:UPDATED?|Updated?|Actualizaci[oó]n|Actualizado|Ac?tualiza[cç][aã]o|Mise à jour"
                          r"|Aktualisierung|Aggiornamento|Обновлено|Обновление)\b|Upd\.)(?:[^:.!?\n]|[.:](?=\d)){0,40}:\s+\S")
UPDATE_NOTE_MAX_WORDS = 60
NOTE_UNDER_SIGN_OFF_MAX_WORDS = 60  # a note under the writer's sign-off ("— A"), the page's fine print, not the text
# "Questions about your heat pump, your app or your grant? Call the Energy Smart team on 22470 or e-mail ...": the page's
# box that says whom to ask, under the text
_CONTACT_BOX = re.compile(r"(?:Questions|Have (?:a |any )?questions?|Any questions|Got a question|Need help|Need advice)\b[^?.!]{0,100}\?"
                          r"\s+(?:Call|Phone|Ring|E-?mail|Write to|Contact|Visit|Talk to|Speak to)\b", re.I)
CONTACT_BOX_MAX_WORDS = 60


LIST_BLOCK_MAX_WORDS = 60  # a list's label and its headlines run into one block


def _tail_furniture(text: str, rules: Rules) -> bool:
    """A block after the article that is the page's: a furniture line, or a label ("Related",
    "Most read") heading a list of linked headlines, with no sentence of its own."""
    if _is_furniture(text, rules) or _ci_startswith(text, rules.furniture_prefixes):
        return True
    if _ci_startswith(text, rules.credit_markers) and len(text.split()) <= CREDIT_LINE_MAX_WORDS and not _TERMINAL.search(text):
        return True  # "Foto: Cortesía Caribe Contenedores": a picture's credit left under the text, its picture not copied
    if text.split() and all(re.fullmatch(EMAIL_ADDRESS, w.strip(",;()")) for w in text.split()):
        return True  # "jhseo@hanbitherald.com dekwon@hanbitherald.com": the writers' addresses under the text
    if _ACTION_BAR.fullmatch(" ".join(re.sub(r"[^\w\s|·•]", " ", text).split())):
        return True  # "♡ Like   💬 Comment   ⟳ Flip   ↗ Share": a post's buttons under it, their signs between them
    if word_count(text) <= INVITE_MAX_WORDS and _INVITE_TO_WRITE.search(text) and not re.search(r"[\"“”]", text):
        return True  # "Customers with questions ... can write to network@line.example.", "my inbox is open: a@b.example."
    if word_count(text) <= CONTACT_BOX_MAX_WORDS and _CONTACT_BOX.match(text) and not re.search(r"[\"“”]", text):
        return True  # "Questions about your grant? Call the team on 22470 or e-mail ... Our office ... is open on weekdays ..."
    if word_count(text) <= UPDATE_NOTE_MAX_WORDS and _UPDATE_NOTE.match(text):
        return True  # "UPDATE Thursday 18 April: ... has confirmed ...": the editors' note on a later day, under the text
    label = _ci_startswith(text, rules.list_labels)  # "Most Viewed", "Most Read in Nation & World" (not "Most readers")
    if label and not text[len(label):len(label) + 1].isalpha() and len(text.split()) <= 8 and not _TERMINAL.search(text):
        return True
    # ... or with its headlines run into its block, a line each with no sentence's end: "More in Business / Grace Bay
    # water-taxi licences renewed (Mar 30) / Airport departure tax changes take effect May 1 (Mar 30)"
    if label and not text[len(label):len(label) + 1].isalpha() and len(text.split()) <= LIST_BLOCK_MAX_WORDS \
            and not _TERMINAL.search(text) and not re.search(r"[.!?。！？][\"”’)]?\s+\S", text):
        return True
    # ... in two languages too: "Tin liên quan / Related news: - ..."
    firsts = {part.split()[0].rstrip(":").lower() for part in text.split(" / ", 2)[:2] if part.split()}
    words = _lowered_set(rules.furniture_words)
    return bool(firsts & words) and not _TERMINAL.search(text.rstrip("”\"’'")) and len(text.split()) <= 60


def _speech_start(text: str, speaker: str) -> int:
    """Where a turn's speech starts: after the speaker's label and its colon (or, a transcript's keyed speaker, after
    "[00:06:29] Speaker 3:")."""
    keyed = _KEYED_TURN.match(text)
    if keyed:
        return keyed.end() - 1
    match = re.match(rf"\s*{re.escape(speaker)}(?:\s*\({_CLOCK_STAMP.pattern}\))?(?:\s+(?:--|—)[^:：]*)?\s*[:：]?\s*", text)
    return match.end() if match else 0
