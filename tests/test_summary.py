"""Summaries and their own encoding: what every page but a briefing's own reads, back exactly."""
from __future__ import annotations

import dataclasses
import json

import pytest

from generator.cache import CODEC
from generator.codec import CodecError
from generator.model import Candidate, Diagnostic
from generator.pipeline import analyse
from generator.registry import load_registry
from generator.summary import Decoder, encode, summarise

from .conftest import ROOT, fixture_seeds


def summaries() -> list:
    registry, _ = load_registry(ROOT / "registry")
    found = []
    for path in [*sorted((ROOT / "seeds").iterdir())[:3], *fixture_seeds()]:
        try:
            found.append(summarise(analyse(path, registry)))
        except Exception:  # a fixture that cannot be read is not this test's business
            continue
    return found


def decoded(values: list) -> list:
    decode = Decoder(CODEC)
    decode.learn(values)
    return [decode(v) for v in values]


def test_summaries_come_back_equal_and_equal_rows_share_one_object():
    found = summaries()
    assert len(found) > 3 and any(x.mentions and x.quotes for _, x in found)
    values = [json.loads(encode(s, CODEC)) for s in found]
    back = decoded(values)
    assert back == found
    assert type(back[0][1].mentions) is tuple
    # The same entity in two briefings: one object (they are frozen).
    refs = {}
    for _, x in back:
        for ref in x.entities:
            assert refs.setdefault((ref.key, ref.kind, ref.name, ref.role, ref.registered, ref.evidence), ref) is ref
    assert len(refs) < sum(len(x.entities) for _, x in back)


def test_a_seed_error_is_its_own_summary():
    error = Diagnostic("error", "a.txt", "cannot be read", fix="f")
    assert decoded([json.loads(encode(error, CODEC))]) == [error]


@pytest.mark.parametrize("damage", [
    lambda v: v[3].__setitem__(0, '["topic/x",1,0,0,""]'),  # a field missing
    lambda v: v[3].__setitem__(0, '["topic/x","1",0,0,"",false]'),  # a field of the wrong type
    lambda v: v[2].__setitem__(0, ["organization/x", "organization", "X", "", True, ""]),  # not a row's text
    lambda v: v[4].append('{"@": "Quote"}'),
    lambda v: v[2].append("not json"),
    lambda v: v.pop(),
])
def test_a_damaged_summary_is_refused_and_the_others_still_decode(damage):
    found = [s for s in summaries() if s[1].entities and s[1].mentions and s[1].quotes][:2]
    assert len(found) == 2
    values = [json.loads(encode(s, CODEC)) for s in found]
    damage(values[0])
    decode = Decoder(CODEC)
    decode.learn(values)
    with pytest.raises(CodecError):
        decode(values[0])
    assert decode(values[1]) == found[1]


def test_a_lazy_summary_decodes_a_field_when_read_and_a_damaged_row_falls_back_to_the_analysis():
    """A re-run decodes a summary's extraction a field at a time (``Lazy``); it equals the eager
    decoding, and a row found damaged then gives the whole extraction from the fallback."""
    found = [s for s in summaries() if s[1].entities and s[1].mentions and s[1].quotes][:2]
    values = [json.loads(encode(s, CODEC)) for s in found]
    values[1][3][0] = "not json"
    decode = Decoder(CODEC)
    calls: list = []
    lazy = [decode.lazily(v, lambda s=s: calls.append(s) or s[1]) for v, s in zip(values, found)]
    assert lazy[0][0] == found[0][0] and "mentions" not in lazy[0][1].__dict__
    assert lazy[0][1].row("quotes", 0) == values[0][4][0]  # as its row, until the field is read
    assert lazy[0][1].quotes == found[0][1].quotes and "mentions" not in lazy[0][1].__dict__
    assert (lazy[0][1].entities, lazy[0][1].mentions, lazy[0][1].events) == \
        (found[0][1].entities, found[0][1].mentions, found[0][1].events)
    assert lazy[1][1].entities == found[1][1].entities and not calls
    assert lazy[1][1].mentions == found[1][1].mentions and calls == [found[1]]


def test_a_summary_read_from_its_text_parses_only_its_article_and_events_until_a_field_is_read():
    """The summaries' file is not parsed whole on a re-run: of each summary, the article and events
    (which every re-run reads of every briefing), and the rows when a field is first read."""
    found = [s for s in summaries() if s[1].entities and s[1].mentions and s[1].quotes][:2]
    texts = [encode(s, CODEC).decode("ascii") for s in found]
    decode = Decoder(CODEC)
    calls: list = []
    lazy = [decode.line(t, lambda s=s: calls.append(s) or s[1]) for t, s in zip(texts, found)]
    assert lazy[0][0] == found[0][0] and lazy[0][1].events == found[0][1].events
    assert lazy[0][1].__dict__["_lazy"][1].parsed is None  # the rows are text still
    assert lazy[0][1].row("quotes", 0) == json.loads(texts[0])[4][0]
    assert (lazy[0][1].entities, lazy[0][1].mentions, lazy[0][1].quotes, lazy[0][1].phrases) == \
        (found[0][1].entities, found[0][1].mentions, found[0][1].quotes, found[0][1].phrases) and not calls
    # Rows that are not JSON: the extraction is the fallback's; a summary of another shape is refused.
    damaged = decode.line(texts[1][:-3] + "x]", lambda: calls.append(found[1]) or found[1][1])
    assert damaged[0] == found[1][0] and damaged[1].mentions == found[1][1].mentions and calls == [found[1]]
    for bad in ("", "[]", texts[1][:40], '{"@": "Article"}'):
        with pytest.raises(CodecError):
            decode.line(bad, lambda: found[1][1])
    error = Diagnostic("error", "a.txt", "cannot be read", fix="f")
    assert decode.line(encode(error, CODEC).decode("ascii"), lambda: found[1][1]) == error


def test_a_summary_with_name_candidates_is_not_encoded():
    article, x = summaries()[0]
    with pytest.raises(TypeError):
        encode((article, dataclasses.replace(x, candidates=(Candidate("X", "person", 2, "e", "c"),))), CODEC)


def test_a_summary_keeps_an_entitys_first_mention_every_topic_mention_and_what_the_timeline_reads():
    """Of an entity other than a topic, a page reads only the first mention in a briefing (its
    sentence) and the timeline those in a paragraph with an event: the rest is left out. A topic's
    mentions are all kept (a briefing's topics are ordered by how often it names them)."""
    from collections import Counter

    registry, _ = load_registry(ROOT / "registry")
    dropped = 0
    for path in [*sorted((ROOT / "seeds").iterdir())[:3], *fixture_seeds()]:
        try:
            whole = analyse(path, registry)
        except Exception:  # a fixture that cannot be read is not this test's business
            continue
        if isinstance(whole, Diagnostic):
            continue
        _, x = whole
        _, summary = summarise(whole)
        events = {e.paragraph for e in x.events}
        for key in {m.key for m in x.mentions if not m.key.startswith("topic/")}:
            kept = [m for m in summary.mentions if m.key == key]
            assert kept[0] == next(m for m in x.mentions if m.key == key)
            assert all(not m.caption and m.paragraph in events and m.sentence for m in kept[1:]), key
        topics = Counter(m.key for m in x.mentions if m.key.startswith("topic/"))
        assert Counter(m.key for m in summary.mentions if m.key.startswith("topic/")) == topics
        dropped += len(x.mentions) - len(summary.mentions)
    assert dropped > 0


def test_an_article_row_is_decoded_as_the_codec_decodes_it_whatever_its_fields_hold():
    """``Decoder.article`` makes most rows without the codec's walk: the same article (equal fields in
    the same order, of the same types, texts interned), and where a field holds what the codec
    refuses, a CodecError as the codec raises; a row in a shape it does not plan for is the codec's."""
    import copy
    import datetime as dt

    from generator import summary as summary_module
    from generator.summary import _article_row

    rows = [json.loads(json.dumps(_article_row(s[0]), default=CODEC._default)) for s in summaries()
            if not isinstance(s, Diagnostic)]
    fast, slow = Decoder(CODEC), Decoder(CODEC)
    slow.plan = None
    assert fast.plan is not None

    def both(row):
        made = []
        for decoder in (fast, slow):
            try:
                made.append(decoder.article(copy.deepcopy(row)))
            except CodecError:
                made.append(CodecError)
        return made

    def same(a, b):
        return a is b is CodecError or (a == b and list(a.__dict__) == list(b.__dict__)
                                         and [type(v) for v in a.__dict__.values()]
                                         == [type(v) for v in b.__dict__.values()])

    made_here = [summary_module._article(copy.deepcopy(r), fast.plan) is not None for r in rows]
    assert rows and sum(made_here) >= len(rows) / 2
    for row in rows:
        a, b = both(row)
        assert a is not CodecError and same(a, b)
        assert all(v is sys_intern(v) for v in a.__dict__.values() if type(v) is str)
    odd = [[], {}, None, 0, -1, 3, True, "", "x", [1], ["x"], [1, 2], ["x", 1], [None], {"k": 1},
           {"@": "date", "v": "2025-07-14"}, {"@": "date", "v": "July"}, {"@": "date"},
           [{"@": "Caption", "text": "t", "credit": "c", "after": 1}], [{"@": "Caption"}], 1.5]
    row = rows[made_here.index(True)]
    for at in range(len(row)):
        for value in odd:
            changed = copy.deepcopy(row)
            changed[at] = value
            a, b = both(changed)
            assert same(a, b), (summary_module._ARTICLE[at], value)
    assert dt.date  # dates come back as dates either way (``same`` compares their types)
    # A row with every kind of field filled: captions and diagnostics (decoded by the codec's own
    # decoders here), authors, furniture, headings, a date and what a web page left out.
    full = copy.deepcopy(row)
    names = summary_module._ARTICLE
    full[names.index("captions")] = [{"@": "Caption", "text": "t", "credit": "c", "after": 1}]
    full[names.index("diagnostics")] = [{"@": "Diagnostic", "level": "warning", "file": "a.txt", "message": "m",
                                         "fix": "f", "line": None}]
    full[names.index("authors")] = ["A", "B"]
    full[names.index("furniture")] = ["Share"]
    full[names.index("headings")] = [1, 3]
    full[names.index("left_out")] = [2, 40]
    full[names.index("date")] = {"@": "date", "v": "2025-07-14"}
    assert summary_module._article(copy.deepcopy(full), fast.plan) is not None
    a, b = both(full)
    assert a is not CodecError and same(a, b)


def sys_intern(value: str) -> str:
    import sys

    return sys.intern(value)


def test_a_row_is_the_same_text_json_dumps_writes():
    import json
    from generator.model import Quote
    from generator.summary import _ROWS, row
    quote = Quote(speaker="person/lin-jian", text="“Firmly opposes” — \u2028 and \"quotes\"", paragraph=3)
    fields = [getattr(quote, n) for n in _ROWS[Quote]]
    assert row(quote) == json.dumps(fields, separators=(",", ":"), check_circular=False)
