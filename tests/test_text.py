"""Text helpers that several stages share: how a name printed in capitals is written."""

import html

import pytest

from generator.slug import slugify
from generator.text import escape, name_case, plain_letters, sentences, without_honorific


@pytest.mark.parametrize("printed, name", [
    ("Oliver GRANT", "Oliver Grant"),  # a surname in capitals
    ("LI MING", "Li Ming"),  # a byline in capitals
    ("SPOKESPERSON MAO NING", "Spokesperson Mao Ning"),  # a transcript's label
    ("LEE JAE-MYUNG", "Lee Jae-myung"),
    ("LACHLAN O'ROURKE", "Lachlan O'Rourke"),
    ("J.D. VANCE", "J.D. Vance"),  # initials stay
    ("Marieke de Vries", "Marieke de Vries"),  # already in normal case
    ("van der Berg", "van der Berg"),
])
def test_a_name_in_capitals_is_written_in_normal_case(printed, name):
    assert name_case(printed) == name


def test_a_courtesy_title_is_not_part_of_the_name():
    assert without_honorific("Dr Farah Iskandar") == "Farah Iskandar"
    assert without_honorific("Professor Ian Lo") == "Ian Lo"


@pytest.mark.parametrize("text, expected", [
    # A given name written short opens a name; it ends no sentence ...
    ("Reporter Ma. Lourdes Villanueva said so. Ma. Teresita Daza disagreed.",
     ["Reporter Ma. Lourdes Villanueva said so.", "Ma. Teresita Daza disagreed."]),
    ("The plan came from Md. Rafiqul Islam, the adviser.", ["The plan came from Md. Rafiqul Islam, the adviser."]),
    # ... but a surname that happens to be spelt the same does, at a sentence's end.
    ("The deal was praised by founder Jack Ma. He spoke on Monday.",
     ["The deal was praised by founder Jack Ma.", "He spoke on Monday."]),
])
def test_a_given_name_written_short_does_not_end_a_sentence(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", ["", "plain", "Tom & Jerry's \"<b>\" > 'x' &amp; &#39;", "<<&&>>\"\"''", "中文 &nbsp; ünï"])
def test_escape_is_htmls_escape_with_quotes(text):
    assert escape(text) == html.escape(text, quote=True)


def test_a_double_surname_in_capitals_keeps_both_capitals_but_a_korean_or_chinese_given_name_one():
    assert name_case("MIKI SATAKE-LOWE") == "Miki Satake-Lowe"
    assert name_case("LEE JAE-MYUNG") == "Lee Jae-myung"
    assert name_case("LAI CHING-TE") == "Lai Ching-te"
    assert name_case("JEAN-PAUL DUMAS") == "Jean-Paul Dumas"


def test_a_box_s_label_is_told_from_a_speaker_s():
    from generator.text import box_label
    assert box_label("Key Takeaway") and box_label("The Bottom Line") and box_label("Why it matters")
    assert not box_label("THE PRESIDENT") and not box_label("Mao Ning")


@pytest.mark.parametrize("name, plain, slug", [
    ("Orxan Səfərli", "Orxan Seferli", "orxan-seferli"),
    ("Søren Ødegård", "Soren Odegard", "soren-odegard"),
    ("Łukasz Wałęsa", "Lukasz Walesa", "lukasz-walesa"),
])
def test_letters_no_accent_makes_have_a_plain_form_so_a_name_s_address_keeps_them(name, plain, slug):
    assert plain_letters(name) == plain
    assert slugify(name) == slug
