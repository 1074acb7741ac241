"""The cache codec: the model's dataclasses as JSON and back, exactly; anything else is refused."""
from __future__ import annotations

import datetime as dt
import pickle

import pytest

from generator.codec import Codec, CodecError, model_classes
from generator.model import Article, Caption, Diagnostic, Event, Extraction, Mention
from generator.pipeline import Outcome, analyse
from generator.registry import load_registry

from .conftest import ROOT, fixture_seeds

CODEC = Codec(model_classes())


def article(**changes) -> Article:
    fields = dict(seed="a.md", title="T", title_inferred=False, date=dt.date(2025, 7, 18), date_source="dateline",
                  source="S", author="A", original_url="", rights="", boilerplate=("b",), dateline="",
                  paragraphs=("one", "two"), captions=(Caption("c", "Xinhua", 0),), summary="s", word_count=2,
                  reading_time=1, meta={}, diagnostics=(Diagnostic("warning", "a.md", "m", line=3, fix="f"),))
    fields.update(changes)
    return Article(**fields)


def test_real_analyses_come_back_equal_with_tuples_and_dates():
    registry, _ = load_registry(ROOT / "registry")
    for path in [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()]:
        try:
            outcome = analyse(path, registry)
        except Exception:  # a fixture that cannot be read is not this test's business
            continue
        back = CODEC.loads(CODEC.dumps(outcome), Outcome)
        assert back == outcome
        assert type(back) is tuple and type(back[0].paragraphs) is tuple


def test_front_matter_values_round_trip_with_their_types():
    meta = {"title": "x", "n": 3, "f": 1.5, "yes": True, "none": None, "day": dt.date(2025, 1, 2),
            "at": dt.datetime(2025, 1, 2, 3, 4, 5), "list": ["a", 1, [dt.date(2024, 1, 1)]],
            "nested": {"@": "date", "v": "2025-01-01"}, "@at": {"k": ("a", "b")}}
    back = CODEC.loads(CODEC.dumps(article(meta=meta)), Article)
    assert back.meta == meta
    assert type(back.meta["nested"]) is dict and type(back.meta["@at"]["k"]) is tuple
    assert type(back.meta["at"]) is dt.datetime and type(back.meta["day"]) is dt.date


def test_values_it_cannot_restore_exactly_are_refused_when_writing():
    with pytest.raises(TypeError):
        CODEC.dumps(article(meta={1: "an int key would come back as text"}))
    with pytest.raises(TypeError):
        CODEC.dumps(article(meta={"x": object()}))
    with pytest.raises(TypeError):
        CODEC.dumps(object())


@pytest.mark.parametrize("data", [
    b"", b"not json", b"\x80\x04\x95 a pickle", pickle.dumps(Diagnostic("error", "x", "y")),
    b'{"@": "Diagnostic", "level": "error", "file": "x", "message": "y", "line": null}',  # a field missing
    b'{"@": "Diagnostic", "level": "error", "file": "x", "message": "y", "line": null, "fix": "", "more": 1}',
    b'{"@": "Diagnostic", "level": 1, "file": "x", "message": "y", "line": null, "fix": ""}',
    b'{"@": "Diagnostic", "level": "error", "file": "x", "message": "y", "line": "3", "fix": ""}',
    b'{"@": "Popen", "args": ["sh"]}', b'{"@": "os.system", "v": "true"}', b'[1, 2]', b'"text"',
    b'[' * 100000,
])
def test_anything_else_is_a_codec_error(data):
    with pytest.raises(CodecError):
        CODEC.loads(data, Outcome)


def test_only_the_annotated_type_is_accepted():
    event = Event(dt.date(2025, 7, 1), "met", 2)
    assert CODEC.loads(CODEC.dumps(event), Event) == event
    with pytest.raises(CodecError):
        CODEC.loads(CODEC.dumps(event), Mention)
    with pytest.raises(CodecError):
        CODEC.loads(CODEC.dumps(Extraction((), (), (), ("x",), (event,))).replace(b'"2025-07-01"', b'"July"'),
                    Extraction)
