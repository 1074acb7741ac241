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
- mentions: the first of each entity (an entity page shows its sentence), every topic
  mention (a briefing's topics are ordered by how often it names them, and a topic's
  page reads the paragraphs that name it: ``link`` keeps the first in each), every body
  mention in a paragraph with an event (the timeline names the entities of the event's
  sentence); in their order. Only the first mention of an entity and those in a
  paragraph with an event keep their sentence and place in the text: a sentence is
  most of a mention;
- entities, quotes and events whole; no name candidates (only ``briefings entities``
  reads them, from a fresh analysis).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from functools import partial
from operator import itemgetter
from sys import intern
import typing
from typing import Any, Callable

from .codec import TAG, Codec, CodecError
from .model import Article, Diagnostic, EntityRef, Event, Extraction, Mention, Quote


def summarise(outcome: tuple[Article, Extraction] | Diagnostic) -> tuple[Article, Extraction] | Diagnostic:
    """The summary of an analysis (a seed's error is its own summary)."""
    if isinstance(outcome, Diagnostic):
        return outcome
    article, extraction = outcome
    events = {e.paragraph for e in extraction.events}
    named: set[str] = set()
    kept = []
    for m in extraction.mentions:
        timeline = not m.caption and m.paragraph in events
        if m.key not in named or m.key.startswith("topic/") or timeline:
            if m.key in named and not timeline:
                # Where in the paragraph, and its sentence: only the first mention's is shown.
                m = Mention(m.key, m.paragraph, 0, 0, "", m.caption)
            named.add(m.key)
            kept.append(m)
    return (dataclasses.replace(article, paragraphs=("",) * len(article.paragraphs)),
            dataclasses.replace(extraction, mentions=tuple(kept), candidates=()))


# On disk: a summary's entities, mentions and quotes as rows, equal ones made once
#
# A summary is mostly its entity references and mentions (~150 a briefing), and the codec's tagged
# objects (``{"@": "Mention", "key": ..., ...}``) cost a re-run more to decode than anything else it
# did. Here each (and each quote) is a *row*: the JSON array of its fields' values in their order,
# written as one string, so that parsing the file makes one string per row, and equal rows (the same
# entity named in many briefings, a mention without its sentence in the same paragraph of many) are
# parsed and made once, into one shared object: they are frozen, so sharing them changes nothing but
# the time and memory. The article and events (one, or a few, a briefing) and a seed's error stay
# the codec's.


def _row_types(cls: type) -> tuple[str, ...]:
    """A class's field names, each of one plain type (str, int or bool): a row's items."""
    hints = typing.get_type_hints(cls)
    names = tuple(f.name for f in dataclasses.fields(cls))
    if not all(hints[n] in (str, int, bool) for n in names):
        raise TypeError(f"{cls.__name__}: a field of another type than str, int or bool cannot be a row")
    return names


_ROWS = {cls: _row_types(cls) for cls in (EntityRef, Mention, Quote)}
_KINDS = {cls: tuple(typing.get_type_hints(cls)[n] for n in names) for cls, names in _ROWS.items()}
_EXTRACTION = tuple(f.name for f in dataclasses.fields(Extraction))
_ARTICLE = tuple(f.name for f in dataclasses.fields(Article))
_PARAGRAPHS = _ARTICLE.index("paragraphs")


# The article as a row too: its fields' values in their order (each as the codec writes it), not a
# tagged object, and its paragraphs, which a summary empties, by their number. Every re-run parses
# every briefing's article: without the field names, and the empty text of every paragraph, that is
# a third less JSON to parse.


def _article_row(article: Article) -> list:
    values = [getattr(article, n) for n in _ARTICLE]
    paragraphs = values[_PARAGRAPHS]
    if not any(paragraphs):
        values[_PARAGRAPHS] = len(paragraphs)
    return values


# One encoder for every row: json.dumps with these options makes a new one for each call, and a cold build at 10,000
# briefings writes ~860,000 rows (1.6 s of it, 1.0 s so; the same text)
_ROW_ENCODER = json.JSONEncoder(separators=(",", ":"), check_circular=False)


def row(item: Any) -> str:
    """An entity reference, mention or quote as its row: the JSON array of its fields' values."""
    return _ROW_ENCODER.encode([getattr(item, n) for n in _ROWS[type(item)]])


# Where each of an extraction's fields is in a summary's JSON. The article and events come first:
# every re-run reads them of every briefing (link orders the briefings and the timeline), and a
# reader (``Decoder.line``) parses them alone, leaving the rows after them as text until read.
_AT = {"events": 1, "entities": 2, "mentions": 3, "quotes": 4, "phrases": 5}


def encode(summary: tuple[Article, Extraction] | Diagnostic, codec: Codec) -> bytes:
    """A summary as JSON: ``[article, events, entity rows, mention rows, quote rows, phrases]``, or a
    seed's error as the codec writes it. TypeError for what cannot be restored exactly."""
    if isinstance(summary, Diagnostic):
        return codec.dumps(summary)
    article, x = summary
    if x.candidates or _EXTRACTION != ("entities", "mentions", "quotes", "phrases", "events", "candidates"):
        raise TypeError("a summary holds no name candidates, and an extraction these fields")
    return codec.dumps([_article_row(article), x.events, [*map(row, x.entities)], [*map(row, x.mentions)],
                        [*map(row, x.quotes)], x.phrases])


class Decoder:
    """Summaries back from ``encode``'s JSON (already parsed), checked as the codec checks: anything
    of another shape raises ``CodecError``. One decoder for a file: ``learn`` its summaries' rows
    first (parsed all at once), then decode each; equal rows share one object."""

    def __init__(self, codec: Codec):
        self.tagged = codec.decoder(Article)
        self.plan = _article_plan(codec)
        self.error = codec.decoder(Diagnostic)
        self.phrases = codec.decoder(tuple[str, ...])
        self.events = codec.decoder(tuple[Event, ...])
        self.made: dict[type, dict[str, Any]] = {cls: {} for cls in _ROWS}

    def article(self, value: Any) -> Article:
        """An article from its row (``_article_row``), checked as the codec checks its tagged object."""
        if type(value) is not list or len(value) != len(_ARTICLE):
            raise CodecError("expected an article")
        if self.plan is not None:
            made = _article(value, self.plan)
            if made is not None:
                return made
        fields = dict(zip(_ARTICLE, value))
        paragraphs = fields["paragraphs"]
        if type(paragraphs) is int:
            if paragraphs < 0:
                raise CodecError("Article.paragraphs: a negative number")
            fields["paragraphs"] = [""] * paragraphs
        fields[TAG] = "Article"
        return self.tagged(fields)

    def learn(self, values: list) -> None:
        """Make the objects of every row of these summaries not seen before, with one JSON parse."""
        for cls, name in zip(_ROWS, ("entities", "mentions", "quotes")):
            at, new = _AT[name], set()
            for value in values:
                if type(value) is list and len(value) == 6 and type(value[at]) is list:
                    try:
                        new.update(value[at])
                    except TypeError:  # not a row: that summary fails in __call__
                        continue
            _learn(cls, new, self.made[cls])

    def __call__(self, value: Any) -> tuple[Article, Extraction] | Diagnostic:
        if type(value) is dict:
            return self.error(value)
        if type(value) is not list or len(value) != 6:
            raise CodecError("expected a summary")
        article, events, entities, mentions, quotes, phrases = value
        return self.article(article), Extraction(self._rows(EntityRef, entities), self._rows(Mention, mentions),
                                                 self._rows(Quote, quotes), self.phrases(phrases), self.events(events))

    def _rows(self, cls: type, rows: Any) -> tuple:
        if type(rows) is not list:
            raise CodecError(f"expected {cls.__name__} rows")
        made = self.made[cls]
        try:
            return tuple(map(made.__getitem__, rows))  # ``learn`` made them all: in C
        except (KeyError, TypeError):
            pass
        for row in rows:
            if type(row) is not str:
                raise CodecError(f"expected a {cls.__name__} row")
            if row not in made:
                item = made[row] = _made(cls, _parsed(row))
                if item is None:
                    del made[row]
                    raise CodecError(f"{cls.__name__}: a row of the wrong shape")
        return tuple(map(made.__getitem__, rows))

    def lazily(self, value: Any, fallback: Callable[[], Extraction]) -> tuple[Article, Extraction] | Diagnostic:
        """A summary whose article is decoded now and whose extraction is decoded a field at a time,
        when first read (``Lazy``): a re-run reads few briefings' extractions. CodecError if it is
        not of a summary's shape; ``fallback`` gives the extraction if a row turns out damaged."""
        if type(value) is dict:
            return self.error(value)
        if type(value) is not list or len(value) != 6 or not all(type(v) is list for v in value[1:]):
            raise CodecError("expected a summary")
        return self.article(value[0]), Lazy(self, value, fallback)

    def line(self, text: str, fallback: Callable[[], Extraction],
             source: Callable[[int, int], str] | None = None) -> tuple[Article, Extraction] | Diagnostic:
        """``lazily`` from a summary's JSON text (``encode``'s): only its article and events are
        parsed now (``raw_decode`` stops at each one's end); the rows after them stay text, parsed
        when a field of the extraction is first read (``Line``). A re-run reads every briefing's
        article and events but few briefings' rows, which are most of the file.

        With a ``source`` (``source(start, length)``: the text at that place of ``text``, read again
        from where ``text`` came from), the rows are not even held as text: only where they are, read
        when first used. They are most of a summary, and a re-run holds every briefing's."""
        if text[:1] == "{":
            return self.error(_parsed(text))
        article, events, at = _article_and_events(text)
        if type(events) is not list or text[at:at + 1] != "," or text[-1:] != "]":
            raise CodecError("expected a summary")
        rest = text[at + 1:-1] if source is None else partial(source, at + 1, len(text) - at - 2)
        return self.article(article), Lazy(self, Line(events, rest), fallback)

    def head(self, text: str, rest: Callable[[], str],
             fallback: Callable[[], Extraction]) -> tuple[Article, Extraction] | Diagnostic:
        """``line`` of a summary kept in two parts (``split``): its head (``[article, events]``, or a
        seed's error) parsed now, its rows read by ``rest`` and parsed when a field is first read."""
        if text[:1] == "{":
            return self.error(_parsed(text))
        article, events, at = _article_and_events(text)
        if type(events) is not list or at != len(text) - 1 or text[at] != "]":
            raise CodecError("expected a summary")
        return self.article(article), Lazy(self, Line(events, rest), fallback)


def _article_and_events(text: str) -> tuple[object, object, int]:
    """A summary's JSON text opened: its article and events parsed (``raw_decode`` stops at each one's end), and
    where the text goes on after them. CodecError if it does not open so."""
    try:
        if text[:1] != "[":
            raise ValueError
        article, at = _SCAN(text, 1)
        if text[at] != ",":
            raise ValueError
        events, at = _SCAN(text, at + 1)
    except (ValueError, IndexError, RecursionError):
        raise CodecError("expected a summary") from None
    return article, events, at


def split(encoded: bytes) -> tuple[bytes, bytes]:
    """``encode``'s JSON as its head, ``[article, events]`` (every re-run reads it), and its rows
    (the entity, mention and quote rows and phrases, comma-separated: few re-runs read them), which
    ``Decoder.head`` takes back; a seed's error is all head."""
    if encoded[:1] != b"[":
        return encoded, b""
    text = encoded.decode("ascii")
    _, at = _SCAN(text, 1)
    _, at = _SCAN(text, at + 1)
    return encoded[:at] + b"]", encoded[at + 1:-1]


_SCAN = json.JSONDecoder().raw_decode


# An article's row decoded without the codec's walk, in the shapes nearly every row has: each field
# checked as the codec checks it, and the same object made (equal fields, texts interned, in the
# same order). Every re-run decodes every briefing's article; through the codec, a call for each
# field that is not of one plain type cost an edit's re-run at 10,000 ~0.1 s more. A row in another
# shape (front-matter overrides, a field of a kind not planned here) is left to the codec (None).

_PLAIN = {str: "text", int: "int", bool: "bool", dt.date | None: "date?", tuple[str, ...]: "texts",
          tuple[int, ...]: "ints", tuple[int, int] | None: "pair?", dict[str, Any]: "mapping"}


def _article_plan(codec: Codec) -> tuple | None:
    """How to decode an article's row here: the places of its fields of one plain type and those
    types, of its text fields (interned), and each other field's place and kind (``_PLAIN``'s, or
    the decoder of a tuple's cached class); None if a field is of another kind (only the codec
    decodes articles then)."""
    plain, texts, other = [], [], []
    for i, (name, hint) in enumerate(typing.get_type_hints(Article).items()):
        if hint in (str, int, bool):
            plain.append((i, hint))
            if hint is str:
                texts.append(i)
            continue
        kind = _PLAIN.get(hint)
        if kind is None:
            args = typing.get_args(hint)
            if typing.get_origin(hint) is tuple and len(args) == 2 and args[1] is Ellipsis \
                    and dataclasses.is_dataclass(args[0]):
                kind = codec.decoder(args[0])
            else:
                return None
        other.append((i, kind))
    if [f.name for f in dataclasses.fields(Article)] != list(_ARTICLE) or hasattr(Article, "__post_init__") \
            or "__slots__" in vars(Article) or len(plain) < 2 or len(texts) < 2:
        return None
    return (itemgetter(*(i for i, _ in plain)), tuple(t for _, t in plain), texts, itemgetter(*texts),
            tuple(other))


def _article(value: list, plan: tuple) -> Article | None:
    """``Decoder.article``'s article made here (CodecError where the codec raises), or None: left
    to the codec. Cached objects inside it (captions ...) are decoded last, once nothing is left to it."""
    plain, types, texts, text_values, other = plan
    if tuple(map(type, plain(value))) != types:
        return None
    values = list(value)
    for i, v in zip(texts, map(intern, text_values(value))):
        values[i] = v
    nested = None
    for i, kind in other:
        v = values[i]
        if type(v) is list:
            if not v:
                if type(kind) is str and kind != "texts" and kind != "ints":
                    return None  # not a tuple of items: the codec refuses it
                values[i] = ()
            elif kind == "texts":
                if not all(type(x) is str for x in v):
                    return None
                values[i] = tuple(v)
            elif kind == "ints":
                if not all(type(x) is int for x in v):
                    return None
                values[i] = tuple(v)
            elif kind == "pair?":
                if len(v) != 2 or type(v[0]) is not int or type(v[1]) is not int:
                    return None
                values[i] = tuple(v)
            elif type(kind) is str:
                return None
            else:
                nested = (nested or []) + [(i, kind)]
        elif v is None:
            if kind != "date?" and kind != "pair?":
                return None
        elif kind == "date?":
            if type(v) is not dict or len(v) != 2 or v.get(TAG) != "date" or type(v.get("v")) is not str:
                return None
            try:
                values[i] = dt.date.fromisoformat(v["v"])
            except ValueError:
                return None
        elif kind == "mapping":
            if type(v) is not dict or v:
                return None
            values[i] = {}
        elif kind == "texts" and type(v) is int and i == _PARAGRAPHS and v >= 0:
            values[i] = ("",) * v
        else:
            return None
    for i, decode in nested or ():
        values[i] = tuple(map(decode, value[i]))
    article = object.__new__(Article)
    article.__dict__.update(zip(_ARTICLE, values))
    return article


class Line:
    """A summary's value as ``lazily`` takes it (``value[_AT[field]]``), from its text: the events
    parsed, the rows (``rest``: the entity, mention and quote rows and phrases, comma-separated)
    parsed on first use, or a function that reads them then (``Decoder.line``'s ``source``).
    CodecError if they are not four lists."""

    __slots__ = ("events", "rest", "parsed")

    def __init__(self, events: list, rest: "str | Callable[[], str]"):
        self.events, self.rest, self.parsed = events, rest, None

    def __getitem__(self, at: int) -> Any:
        if at == _AT["events"]:
            return self.events
        if self.parsed is None:
            rest = self.rest if type(self.rest) is str else self.rest()
            parsed = _parsed("[" + rest + "]")
            if type(parsed) is not list or len(parsed) != 4 or not all(type(v) is list for v in parsed):
                raise CodecError("expected a summary's rows")
            self.parsed = parsed
        return self.parsed[at - 2]


def _learn(cls: type, new: set, made: dict[str, Any]) -> None:
    """Make the object of each of these rows not in ``made`` (parsed together), into ``made``."""
    rows = [r for r in new.difference(made) if type(r) is str]
    if not rows:
        return
    try:
        parsed = json.loads("[" + ",".join(rows) + "]")
    except (ValueError, RecursionError):
        parsed = None
    if parsed is None or len(parsed) != len(rows):  # a damaged row: each on its own
        parsed = [_parsed(row) for row in rows]
    for row, values in zip(rows, parsed):
        item = _made(cls, values)
        if item is not None:
            made[row] = item


def rows(cls: type, items: list, made: dict[str, Any]) -> list:
    """Objects of ``cls`` from a list of them and of their rows: each row made once (parsed with
    the others not in ``made``) and kept in ``made``. CodecError for a row that is not one."""
    _learn(cls, {r for r in items if type(r) is str}, made)
    try:
        return [item if type(item) is cls else made[item] for item in items]
    except (KeyError, TypeError):
        raise CodecError(f"{cls.__name__}: a row of the wrong shape") from None


class Lazy(Extraction):
    """A summary's extraction, each field decoded from its row when first read. Where a row turns
    out damaged, the whole extraction is the ``fallback``'s (the analysis, summarised again)."""

    def __init__(self, decoder: Decoder, value: list, fallback: Callable[[], Extraction]):
        self.__dict__["_lazy"] = (decoder, value, fallback)

    def _field(self, name: str) -> Any:
        known = self.__dict__
        if name not in known:
            decoder, value, fallback = known["_lazy"]
            try:
                if name in ("entities", "mentions", "quotes"):
                    cls = (EntityRef, Mention, Quote)[("entities", "mentions", "quotes").index(name)]
                    field = tuple(rows(cls, value[_AT[name]], decoder.made[cls]))
                elif name == "phrases":
                    field = decoder.phrases(value[_AT[name]])
                elif name == "events":
                    field = decoder.events(value[_AT[name]])
                else:
                    field = ()
                known[name] = field
            except (CodecError, RecursionError):
                whole = fallback()
                for n in _EXTRACTION:
                    known[n] = getattr(whole, n)
        return known[name]

    def row(self, name: str, index: int) -> Any:
        """Field ``name``'s item at ``index``: as its row if the field is not decoded yet."""
        known = self.__dict__
        return known[name][index] if name in known else known["_lazy"][1][_AT[name]][index]

    entities = property(partial(_field, name="entities"))  # type: ignore[assignment]
    mentions = property(partial(_field, name="mentions"))  # type: ignore[assignment]
    quotes = property(partial(_field, name="quotes"))  # type: ignore[assignment]
    phrases = property(partial(_field, name="phrases"))  # type: ignore[assignment]
    events = property(partial(_field, name="events"))  # type: ignore[assignment]
    candidates = property(partial(_field, name="candidates"))  # type: ignore[assignment]


def _parsed(row: str) -> Any:
    try:
        return json.loads(row)
    except (ValueError, RecursionError):
        return None


def _made(cls: type, values: Any) -> Any:
    """The object of a row's values, or None if they are not its fields' types."""
    if type(values) is not list or tuple(map(type, values)) != _KINDS[cls]:
        return None
    if type(values[0]) is str:
        values[0] = intern(values[0])  # the entity's key: looked up everywhere, shared
    return cls(*values)
