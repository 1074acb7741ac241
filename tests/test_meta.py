"""Front-matter overrides: an editor's values beat the parser's; values of the
wrong type are reported and never reach the site."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.meta import KNOWN, apply_meta
from generator.model import Seed
from generator.parse import parse
from generator.registry import load_registry

from .conftest import ROOT

REGISTRY, _ = load_registry(ROOT / "registry")
TEXT = ("Chip talks resume\n\nBy Jane Doe, Reuters\n\nWASHINGTON, July 14 (Reuters) - Officials from both sides met "
        "to discuss export controls on chips.\n\nThey agreed to meet again in August.\n\n"
        "Original: https://www.example.com/2025/07/14/talks.html")


def run(**meta):
    return apply_meta(parse(Seed(name="s.md", text=TEXT, meta=meta), REGISTRY))


def messages(article) -> list[str]:
    return [d.message for d in article.diagnostics]


def test_without_front_matter_the_inferred_values_stay():
    article = run()
    assert (article.title, article.source, article.author) == ("Chip talks resume", "Reuters", "Jane Doe")
    assert article.date == dt.date(2025, 7, 14) and article.diagnostics == ()


def test_every_text_field_can_be_overridden():
    article = run(title="Editors' title", source="Caixin", author="Li Na", rights="CC BY 4.0",
                  original_url="https://caixin.com/x", summary="Short. Summary.")
    assert (article.title, article.source, article.author, article.rights, article.original_url, article.summary) == \
        ("Editors' title", "Caixin", "Li Na", "CC BY 4.0", "https://caixin.com/x", "Short. Summary.")
    assert not article.title_inferred and article.diagnostics == ()


@pytest.mark.parametrize("value, expected", [
    (dt.date(2025, 1, 2), dt.date(2025, 1, 2)),
    (dt.datetime(2025, 1, 2, 10, 30), dt.date(2025, 1, 2)),
    ("2025-01-02", dt.date(2025, 1, 2)),
    ("2025-01-02T10:30:00Z", dt.date(2025, 1, 2)),
])
def test_date_override(value, expected):
    article = run(date=value)
    assert (article.date, article.date_source) == (expected, "front matter")


@pytest.mark.parametrize("value", ["yesterday", "2025-13-45", 20250102, ["2025-01-02"], True])
def test_date_that_is_not_a_date_is_reported_and_ignored(value):
    article = run(date=value)
    assert (article.date, article.date_source) == (dt.date(2025, 7, 14), "dateline")
    (d,) = article.diagnostics
    assert d.level == "warning" and d.file == "s.md" and "is not a date" in d.message and "YYYY-MM-DD" in d.fix


@pytest.mark.parametrize("key", ["title", "source", "author"])
@pytest.mark.parametrize("value", [["a", "b"], {"a": 1}, None, True, ""])
def test_text_field_of_wrong_type_is_reported_and_ignored(key, value):
    article = run(**{key: value})
    assert getattr(article, key) == run().__getattribute__(key)
    (d,) = article.diagnostics
    assert d.level == "warning" and f"{key!r} must be text" in d.message


def test_list_given_as_a_string_is_split_and_reported():
    article = run(topics="Export controls, Rare earths")
    assert article.meta["topics"] == ["Export controls", "Rare earths"]
    (d,) = article.diagnostics
    assert "is a string" in d.message and "[Export controls, Rare earths]" in d.fix


def test_list_of_the_wrong_shape_is_reported_and_dropped():
    article = run(people=[{"name": "Wang Yi"}])
    assert "people" not in article.meta
    assert "must be a list of names" in messages(article)[0]


def test_boilerplate_in_front_matter_is_added():
    article = run(boilerplate=["Editor: Zhang San"])
    assert article.boilerplate[-1] == "Editor: Zhang San"


def test_unknown_key_is_reported():
    article = run(layout="wide")
    assert "'layout' is not used" in messages(article)[0]
    assert "layout" not in article.meta


def test_white_space_in_text_values_is_collapsed():
    assert run(title="  Two\n lines  ").title == "Two lines"


@pytest.mark.parametrize("value", ["javascript:alert(1)", "data:text/html,x", "www.example.com/a", "https://", 42,
                                   "https://example.com/a b"])
def test_original_url_must_be_a_web_address(value):
    article = run(original_url=value)
    assert article.original_url == "https://www.example.com/2025/07/14/talks.html"
    assert "is not a web address" in messages(article)[0]


YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30)
    | st.dates() | st.datetimes(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(sorted(KNOWN | {"other"})), YAML_VALUES, max_size=6))
def test_any_front_matter_values_are_checked_never_crash(meta):
    article = run(**meta)
    assert isinstance(article.title, str) and article.title
    assert article.date is None or isinstance(article.date, dt.date)
    for key in ("source", "author", "original_url", "rights", "summary"):
        assert isinstance(getattr(article, key), str)
