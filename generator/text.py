"""Small text helpers shared by the stages: sentences, words, quotes."""
from __future__ import annotations

import re
import unicodedata
import reprlib
from functools import lru_cache

# Characters that are never text and that XML (the feed, the sitemap) cannot hold: C0 and C1
# controls but tab and newline, lone surrogates, and the noncharacters U+FDD0-U+FDEF, U+FFFE, U+FFFF.
NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
# A sentence's end: its mark, then closing quotes and brackets and the space before a capital (group 1), or a
# CJK full stop alone. The mark is matched, not looked behind for: a pattern that opens with a character set
# is scanned for it in C; one that opens with a lookbehind is tried at every character (six times slower).
# Callers read group 1 and the match's end only, which are the same as with the lookbehind.
_BOUNDARY = re.compile(r"""[.!?。！？](?:(?:["'”’»)\]]*)(\s+)(?=["'“‘«(\[]?[A-Z0-9\u4e00-\u9fff])|(?<=[。！？]))""")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# A pictograph a post marks its lines with ("📌", "❓", "💬", "✍️"), its variation selector with it: a mark, not a word
# A time of day on a line of its own: a message's ("11:24", "9.05 pm") or a video caption's clock ("0:21", "1:02:15")
CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?")
PICTOGRAPH = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\uFE0F?")
_WORD = re.compile(r"[A-Za-z0-9À-ɏ'’-]+")



def escape(text: str) -> str:
    """``html.escape(text, quote=True)``: the same five replacements, without importing ``html``, whose entity
    table (2,231 names, ~9 ms) only the HTML reader needs."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#x27;"))


_CLOSERS = "\"'”’)]"  # after a full stop, before the space: '."', '.)'
_NON_SPACE = re.compile(r"\S")


# Given names written short ("Ma. Lourdes Villanueva", "Md. Rafiqul Islam", "Mohd. Azmi"): a name's first
# word, never a sentence's end when no capitalised word comes before it ("Alibaba's founder, Jack Ma.").
GIVEN_NAME_ABBREVIATIONS = ("Ma", "Md", "Mohd", "Muhd")
GIVEN_NAME_ABBREVIATION = "(?:" + "|".join(GIVEN_NAME_ABBREVIATIONS) + r")\."
# Lower-case words inside a name, in every language the archive reads: "Marieke de Vries", "Ursula von der Leyen",
# "Luana Ribeiro dos Santos", "Nur Aisyah binti Ahmad", "Cerys ap Dafydd", "Tadhg Ó Cearbhaill",
# "Muthukumar a/l Selvaraj" (Malaysian: son of), "José Ortega y Gasset", "Eça e Silva".
NAME_PARTICLES = frozenset("de del della der den di da du dos das do la le van von ter ten bin binti binte bint ibn al el ap "
                           "a/l a/p s/o d/o y e Ó anak".split())  # ("Jimbai anak Ringgit": an Iban name, "child of")
NAME_PARTICLE = "(?:" + "|".join(map(re.escape, sorted(NAME_PARTICLES, key=lambda p: (-len(p), p)))) + ")"
_GIVEN_SHORT_ENDINGS = tuple(f"{a}." for a in GIVEN_NAME_ABBREVIATIONS)
_GIVEN_SHORT_END = re.compile(rf"(?:^|(?<=\s))(\S*)\s+{GIVEN_NAME_ABBREVIATION}$|^{GIVEN_NAME_ABBREVIATION}$")


@lru_cache(maxsize=64)
def _abbreviation_pattern(abbreviations: tuple[str, ...]) -> tuple[re.Pattern[str], int]:
    """The pattern of a sentence ending in an abbreviation or an initial, and its longest match."""
    alternatives = "|".join(re.escape(a) for a in sorted(abbreviations, key=len, reverse=True))
    pattern = re.compile(rf"(?:\b(?:{alternatives})|\b[A-Z])\.$") if alternatives else re.compile(r"\b[A-Z]\.$")
    return pattern, max((len(a) for a in abbreviations), default=1) + 1


_NAME_AFTER = re.compile(r"\s+(?!(?:The|He|She|It|They|We|In|On|At|But|And|This|That|An?)\b)[A-Z][a-z]+\s+[A-Z][a-z]")


def _given_name_short(text: str, start: int, stop: int) -> bool:
    """Does the sentence so far end in a given name written short: no capitalised word before it, or a
    title before it and a name after it ("Secretary Ma. Theresa Lazaro", but "founder Jack Ma. He ...")?"""
    if not text.endswith(_GIVEN_SHORT_ENDINGS, start, stop):
        return False  # (the pattern below ends in one of these: most sentences end in none)
    match = _GIVEN_SHORT_END.search(text[max(start, stop - 40):stop])
    if not match:
        return False
    return not (match.group(1) or "")[:1].isupper() or bool(_NAME_AFTER.match(text, stop))


def sentence_spans(text: str, abbreviations: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """Start and end offsets of each sentence; abbreviations and initials don't end one."""
    # A seed's paragraphs are split again and again (parse's captions and summary, extraction's
    # reading, quotes and events): each text is split once, and each caller gets its own list.
    return list(_sentence_spans(text, abbreviations))


@lru_cache(maxsize=1024)
def _sentence_spans(text: str, abbreviations: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    abbreviation, longest = _abbreviation_pattern(abbreviations)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start(1) if match.group(1) is not None else match.end()
        # Does the sentence so far end in an abbreviation? Only its tail can say: a sentence that
        # goes on past many "Inc." and "U.S." is never copied or searched again (linear, not quadratic).
        stop = end
        while stop > start and text[stop - 1] in _CLOSERS:
            stop -= 1
        if abbreviation.search(text, max(start, stop - longest), stop) or _given_name_short(text, start, stop):
            continue
        if _NON_SPACE.search(text, start, end):
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return tuple((s + (len(text[s:e]) - len(text[s:e].lstrip())), e) for s, e in spans)


def sentences(text: str, abbreviations: tuple[str, ...] = ()) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, abbreviations)]


# Latin letters that no accent makes (Unicode gives them no plain form): "Səfərli", "Søren", "Łukasz", "Straße"
_OWN_LETTERS = str.maketrans({"ə": "e", "Ə": "E", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                              "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D"})


@lru_cache(maxsize=4096)  # asked several times per block while a seed is parsed
def plain_letters(text: str) -> str:
    """"Hélène" as "Helene", "Səfərli" as "Seferli": a name's letters without their accents, to look it up in an
    English list (and to spell a page's address)."""
    return text if text.isascii() else unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS)).encode(
        "ascii", "ignore").decode("ascii")


def in_names(word: str, names) -> bool:
    """A word of a list of names as the list spells it ("Maroš") or without its accents ("Hélène": "Helene"), or two
    of them joined by a hyphen ("Jean-Baptiste", "Marie-Claire")."""
    if word in names or plain_letters(word) in names:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and (p in names or plain_letters(p) in names) for p in parts)


def loose(text: str) -> str:
    """Letters and digits only, lower case: names and titles compared across quote marks, dashes and spaces."""
    return "".join(re.findall(r"\w+", text.lower()))


@lru_cache(maxsize=4096)  # a seed's blocks are counted again and again (boilerplate, rights, credit, length)
def word_count(text: str) -> int:
    """Latin words plus one per CJK character, as readers count them."""
    if text.isascii():  # no CJK character to set apart or count
        return len(_WORD.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + len(_CJK.findall(text))


def squash(text: str) -> str:
    """Collapse runs of white space to one space."""
    return " ".join(text.split())


def clean(text: str) -> str:
    """Text without the characters that are never text (``NOT_TEXT``)."""
    # Every one of them is unprintable (a control, surrogate or unassigned character): printable text
    # (most of a page's strings) holds none, and is returned without a scan and a copy.
    return text if text.isprintable() else NOT_TEXT.sub("", text)


def clean_data(value):
    """``clean`` applied to every string in a value of plain data (front matter, JSON)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(clean_data(v) for v in value)
    return value


_SHOWN = reprlib.Repr()
_SHOWN.maxlevel, _SHOWN.maxstring, _SHOWN.maxother = 2, 60, 60
_SHOWN.maxlist = _SHOWN.maxtuple = _SHOWN.maxdict = _SHOWN.maxset = 4


def shown(value, limit: int = 80) -> str:
    """A value for a message: its repr, bounded in depth and length, whatever its size."""
    text = _SHOWN.repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


def split_names(line: str) -> tuple[str, ...]:
    """The names of one line, the inverse of ``join_names``: "A, B and C" -> (A, B, C)."""
    return tuple(n for n in (part.strip() for part in re.split(r",\s*|\s+and\s+|\s*&\s*", line)) if n)


# A company's legal form after its name, in the forms publishers and firms use worldwide: "Pan-Pacific News Agency Ltd",
# "The Peninsula Herald Sdn Bhd", "Landesspiegel Medien AG", "Delta Pers B.V.", "Kajaja Meedia AS".
LEGAL_FORMS = frozenset({"Ltd", "Ltd.", "Inc", "Inc.", "LLC", "LLP", "LP", "plc", "PLC", "GmbH", "Limited", "Corp", "Corp.",
                         "Sdn", "Bhd", "Bhd.", "Berhad", "Pte", "K.K.",
                         "AG", "A/S", "ApS", "AB", "ASA", "Oy", "Oyj", "SA", "S.A.", "SE", "NV", "N.V.", "BV", "B.V.", "KG",
                         "SAS", "SARL", "SRL", "S.r.l.", "Lda", "Ltda", "Pty", "s.r.o.", "a.s.", "d.o.o.", "Kft.", "Zrt.",
                         "AS", "OÜ", "UAB", "SIA"})
# ... as a pattern, longest first, with the two-word forms ("Pte Ltd", "Co., Ltd") and Italy's "S.p.A."
LEGAL_FORM = "|".join([r"Pte\.? Ltd\.?", r"Co\.,? Ltd\.?", r"S\.?p\.?A\.?", r"K\.?K\.?", r"B\.V|N\.V",
                       *(re.escape(f) for f in sorted(LEGAL_FORMS, key=lambda f: (-len(f), f)))])


# Courtesy and academic titles a byline may put before a name ("Author: Dr Farah Iskandar").
HONORIFIC_WORDS = r"Dr|Dra|Prof|Professor|Mr|Mrs|Ms|Mx|Shri|Smt|Shrimati|Khun|Ing|Lic|Arq|Mtro|Mtra"  # (Spanish: "Por Ing. A", "Lic. B")
_HONORIFIC = re.compile(rf"^(?:{HONORIFIC_WORDS})\.?\s+(?=[A-Z])")
# In a line of several names (a byline), with their full stops: "By Dr. A and Amb. B".
_HONORIFICS_DOTTED = re.compile(rf"\b(?:{HONORIFIC_WORDS}|Amb|Hon|Rev)\.\s+(?=[A-Z])")


# One syllable of a romanised Korean or Chinese given name ("jae", "myung", "hoon", "ching", "hsiao"): a hyphen joins two
# such into one name, written with one capital (extract's `_SYLLABLE` reads a capitalised syllable in running text,
# without the Korean glides a name in capitals needs here)
_SYLLABLE = re.compile(r"(?:kk|tt|pp|ss|jj|ch|hs|ts|sh|zh|kh|[bcdfghjklmnpqrstwxyz])?"
                       r"(?:a|ae|ai|ao|e|ei|eo|eu|i|ia|iao|ie|io|iu|o|oe|oo|ou|u|ua|uai|ue|ui|uo|wa|wae|we|wi|wo|ya|yae|yeo|ye|yo|"
                       r"yu|yi|ee)(?:ng|n|m|k|l|p|t|h|r)?")


# The first words of a box's or a newsletter's run-in label, never of a name: "Our take:", "The bottom line:", "Key
# Takeaway:", "Why it matters:"
LABEL_OPENERS = frozenset({"our", "my", "the", "this", "that", "what", "why", "how", "bottom", "big", "key", "editor's"})


def box_label(label: str) -> bool:
    """"Key Takeaway", "The Bottom Line", "Why it matters": a box's label (but "The President", a speaker's)."""
    words = label.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    return bool(words) and len(words) <= 3 and words[0] in LABEL_OPENERS - {"the", "my", "this", "that"}


def name_case(name: str) -> str:
    """"Oliver GRANT", "LI MING", "SPOKESPERSON MAO NING": bylines and labels print names in capitals,
    people are named in normal case ("Oliver Grant", "Li Ming", "Spokesperson Mao Ning", "Lee Jae-myung",
    "O'Rourke"). Initials ("J.D.", "U.S.") and single letters stay as they are."""
    words = name.split()
    mixed = any(w[:1].isupper() and w[1:].islower() for w in words)
    if not mixed and not all(w.isupper() or not any(c.isalpha() for c in w) for w in words):
        return name  # "van der Berg", "McDONALD": a form we should not guess at

    def word(w: str) -> str:
        if "." in w or len(w) == 1 or not w.isupper() or (mixed and len(w) <= 2):
            return w
        # "JAE-MYUNG" as Korean names write it ("Jae-myung"), "CHING-TE"; but "SATAKE-LOWE", a double surname,
        # "Satake-Lowe"; "O'ROURKE" with its capital after the apostrophe
        parts = w.split("-")
        if len(parts) > 1 and not all(_SYLLABLE.fullmatch(p.lower()) for p in parts):
            return "-".join(word(p) for p in parts)
        return "’".join("'".join(p.capitalize() for p in q.split("'")) for q in w.split("’"))

    return " ".join(word(w) for w in words)


def without_honorific(name: str) -> str:
    """"Dr Farah Iskandar" -> "Farah Iskandar": the person, as other articles name them."""
    return _HONORIFIC.sub("", name)


def without_honorifics(line: str) -> str:
    """"By Dr. Eleanor Vance and Amb. Oren Shalev" -> "By Eleanor Vance and Oren Shalev": an
    honorific's full stop does not end a byline's names."""
    return _HONORIFICS_DOTTED.sub("", line)


# Names a byline signed at the end sets apart: "Minh Anh - Thu Trang", "A & B", "A, B".
# An e-mail address, as bylines, contact lines and sign-offs print it: one owner for the pattern
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
NAMES_APART = re.compile(r"\s+[-–—&]\s+|,\s*")


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """Several names as one line: "A", "A and B", "A, B and C"."""
    names = list(names)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}" if names else ""
