"""The extraction's cheaper scans find exactly what the whole-text patterns they stand for find."""
from __future__ import annotations

import re

import pytest

from generator import extract as X
from generator.parse import parse
from generator.read import read_seed

from .conftest import FIXTURES, ROOT
from .helpers import REGISTRY

SHAPES = [
    "Ursula von der Leyen met Xi Jinping in Xi'an; Trump's envoy and O'Brien said mainland China would wait.",
    "Economist Ma. Cristina Buenaventura and K Shanmugam spoke. D'Souza-Whitfield, MacAulay-Osei and Ó Cearbhaill too.",
    "\"We will see,\" said Commerce Secretary Howard Lutnick. Rep. John Moolenaar (R-Mich.), chairman of the panel, said so.",
    "He said it. Sen. Elizabeth Warren (D-Mass.) said no, and the Caribbean's sub-Saharan Africa desk (one-north) agreed.",
    "Liang Hao, who has traded copper for twenty years in Lagos and Santiago, told me; Tim Cook On Monday said nothing.",
    "the U.S. view: iPhone maker Apple. Šefčovič, Țoiu, Trần and Əliyeva said; A.B. Cdef-Ghij's McDonald said.",
]


def texts() -> list[str]:
    found = list(SHAPES)
    for path in sorted((ROOT / "seeds").iterdir()) + sorted((FIXTURES / "seeds").iterdir()):
        if path.suffix in (".txt", ".md", ".html"):
            found += [text for text, _, _ in X._parts(parse(read_seed(path), REGISTRY))]
    return found


@pytest.fixture(scope="module")
def parts() -> list[str]:
    return texts()


def test_name_runs_looked_for_at_capitalised_words_are_the_whole_scan_s(parts):
    for text in parts:
        capitalised = list(X._CAP_WORD.finditer(text))
        assert [m.span() for m in X._name_sequences(text, capitalised)] == [m.span() for m in X._NAME_SEQ.finditer(text)]


def test_registered_names_by_their_opening_are_the_whole_pattern_s(parts):
    article = parse(read_seed(sorted((ROOT / "seeds").iterdir())[0]), REGISTRY)
    reading = X._Reading(article, REGISTRY)
    pattern = X._lexicon(REGISTRY).name_pattern
    for text in parts:
        assert [m.span() for m in reading.registered_in(text)] == [m.span() for m in pattern.finditer(text)]


def test_the_speaker_pattern_taking_words_whole_matches_as_it_did(parts):
    lex = X._lexicon(REGISTRY)
    said = X._quote_patterns(lex.speech, lex.roles).said
    plain = re.compile(said.pattern.replace(X._NAMEISH_WHOLE_WORDS, X._NAMEISH))
    assert plain.pattern != said.pattern
    for text in parts:
        assert [(m.span(), m.group("a"), m.group("b")) for m in said.finditer(text)] \
            == [(m.span(), m.group("a"), m.group("b")) for m in plain.finditer(text)]
