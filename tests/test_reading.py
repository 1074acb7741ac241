"""Reading floors on the blind development set: each field's score may rise, never fall.

First run (before the header zone and transcript rules): headline 0.03, date 0.63 (9 later than
the truth), author 0.34, quotes attributed 0.62 / precision 0.95, people F1 0.90, topics P 0.62 R 0.70.
"""
from __future__ import annotations

import pytest
import yaml
from bs4 import BeautifulSoup

from .conftest import FIXTURES
from .scoring import score



def test_blind1_reading_floors():
    report = score(FIXTURES / "blind1")
    print("\n".join(report.lines()))
    assert report.headline.rate >= 0.95
    assert report.date.rate >= 0.95 and report.future == 0
    assert report.author.rate >= 1.0
    assert report.quotes_recall >= 0.88 and report.quotes_precision >= 0.96
    assert report.people_f1 >= 0.95
    # Topics are what an article is about, not every keyword it passes: precision rose from 0.62
    # to 0.73 as passing mentions left the tags (recall 0.68 -> 0.59).
    assert report.topics_precision >= 0.70 and report.topics_recall >= 0.55


def test_the_real_seed_is_tagged_with_what_it_is_about(built_site):
    page = next(p for p in built_site.briefing_pages() if "trump-administration" in p.name)
    meta = yaml.safe_load(page.read_text(encoding="utf-8").split("\n---\n", 1)[0].removeprefix("---\n"))
    assert len(meta["topics"]) <= 8
    assert {"Export controls", "Rare earths"} <= set(meta["topics"])
    assert {"Semiconductors", "AI chips"} & set(meta["topics"])
    assert not {"Fentanyl", "Batteries and electric vehicles"} & set(meta["topics"])
    html = (built_site.site / "briefings" / page.stem / "index.html").read_text(encoding="utf-8")
    chips = BeautifulSoup(html, "html.parser").select("nav.topic-chips a")
    assert 1 <= len(chips) <= 5
    assert "Also mentions" in html  # passing topics are still linked, apart



# Shows' hosts: from the forty-first round a show's host or presenters, named in its notes ("Host: A", "Hosted by A"),
# write it, as the gold of the sets from blind101 on and the citation styles have it. The sets written before give a show
# no writer: their author floors drop by their shows.


def holds(folder: str, *, headline: float, date: float, future: int, author: float,
          quotes: tuple[float, float], people: float, topics: tuple[float, float]) -> None:
    """Score a blind set, print its figures, and hold every field at its floor."""
    report = score(FIXTURES / folder)
    print("\n".join(report.lines()))
    assert report.headline.rate >= headline
    assert report.date.rate >= date and report.future <= future
    assert report.author.rate >= author
    assert report.quotes_recall >= quotes[0] and report.quotes_precision >= quotes[1]
    assert report.people_f1 >= people
    assert report.topics_precision >= topics[0] and report.topics_recall >= topics[1]


def test_blind2_the_final_blind_set_reads_at_least_as_well_as_its_first_run():
    """tests/fixtures/blind2: 20 seeds written blind at the end of the work, after every rule
    above was written. Its first run is the figure that says whether the rules generalise:
    headline 0.75, date 0.94 (2 later than the truth), author 0.75, quotes attributed 0.80 /
    precision 0.95, people F1 0.96, topics P 0.83 R 0.51. After three general rules it then
    suggested (numeric date lines, no date after the build day, reading instructions such as
    "View this email in your browser" as furniture) it is no longer blind: headline 0.85, date 1.00.
    Then header classes (a headline's dek, letterheads, a speech's speaker line, "This week:" titles,
    bylines without "By", with places and staff credits): headline 1.00, author 1.00; a newsletter's
    "Our take:" label is no speaker: quotes precision 0.98, people F1 0.97."""
    holds("blind2", headline=1.0, date=1.0, future=1, author=1.0, quotes=(0.88, 0.96), people=0.97, topics=(0.78, 0.50))


def test_blind3_the_last_blind_set_reads_at_least_as_well_as_its_first_run():
    """tests/fixtures/blind3: 16 seeds written blind after the second round of reading rules
    (tuned on blind1 and blind2). Its first run is the honest figure for those rules: headline
    0.62, date 0.80 (1 later than the truth), author 0.81, quotes attributed 0.72 / precision
    0.84, people F1 0.91, topics P 0.71 R 0.43. The fourth round of rules was written on its misses
    and blind4's (the headline above the byline, deks, e-mail headers, job titles after names,
    hearing records, reported speech, role-credited quotes): headline 1.00, date 1.00, author 1.00,
    quotes 0.91 / 0.95, people F1 0.98."""
    holds("blind3", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.89, 0.93), people=0.96, topics=(0.7, 0.42))


def test_blind4_reads_at_least_as_well_as_after_the_fourth_round():
    """tests/fixtures/blind4: 24 seeds written blind by two helpers after the third round. First
    run (the honest figure): headline 0.87, date 0.91 (1 later than the truth), author 0.88, quotes
    attributed 0.71 / precision 0.86, people F1 0.82, topics P 0.84 R 0.39. After the fourth round,
    written on its misses: headline 1.00, date 0.96 (none later), author 0.96, quotes 0.93 / 0.95,
    people F1 0.93. Left: a European 04/11/2025 with no locale to read it by, a LinkedIn author
    line, people named once with nothing to say they are people. Topic recall 0.38 -> 0.37 in the
    eleventh round: a newsletter's closing author bio (and its institute's name, "Supply Chains") is
    no longer read as the article."""
    holds("blind4", headline=1.0, date=0.95, future=0, author=0.95, quotes=(0.91, 0.93), people=0.92, topics=(0.8, 0.37))


def test_blind5_the_hardest_shapes_read_at_least_as_well_as_after_the_fifth_round():
    """tests/fixtures/blind5: 12 seeds of the hardest shapes (a transcript inside a story, a reposted
    press release, a Chinese headline above the English one, an X thread, a byline at the end),
    written blind after the fourth round. First run: headline 0.73, date 0.73 (1 later than the
    truth), author 0.50, quotes 0.81 / 0.97, people F1 0.88. The fifth round was written on its
    misses: headline 0.91, date 1.00, author 1.00, quotes 0.81 / 1.00, people F1 0.90."""
    holds("blind5", headline=0.9, date=1.0, future=0, author=1.0, quotes=(0.85, 0.97), people=0.9, topics=(0.8, 0.38))


def test_blind6_the_last_blind_set_reads_at_least_as_well_as_its_first_run():
    """tests/fixtures/blind6: 12 seeds, a week's realistic mix, written blind after the fifth round.
    Its first run is the honest figure for all the rules: headline 0.82, date 1.00 (none later than
    the truth), author 0.75, quotes attributed 0.91 / precision 0.98, people F1 0.92, topics P 0.86
    R 0.45. Four header rules came from its misses afterwards (an organisation above the nav is no
    author, 'Written by A | Edited by B', an e-mail's title printed twice, a post's author above
    its @handle): headline 1.00, author 1.00."""
    holds("blind6", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.92, 0.97), people=0.92, topics=(0.84, 0.44))


def test_blind7_the_last_blind_set_reads_at_least_as_well_as_its_first_run():
    """tests/fixtures/blind7: 12 seeds written blind after every rule above (a week's mix). First
    run, the honest figure: headline 0.82, date 1.00 (but 2 dated where the truth gives no day),
    author 0.58, quotes attributed 0.94 / precision 0.96, people F1 0.92, topics P 0.85 R 0.33.
    After the rules its misses suggested (initials in bylines, one author a line under "AUTHORS",
    "with B", a post's author, menus copied with their spacing, a text date only where something
    happened): headline 1.00, date 1.00 (none dated wrongly), author 1.00."""
    holds("blind7", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.92, 0.95), people=0.9, topics=(0.8, 0.3))


def test_blind8_reads_at_least_as_well_as_after_its_round():
    """tests/fixtures/blind8: 16 seeds written blind after the seventh round (a hearing record from
    the printing office, a report cover, an interview, newsletters, live blogs, a LinkedIn post, a
    Federal Register rule). First run, the honest figure: headline 0.73, date 0.79 (4 later than
    the truth: two undated pieces dated from the text, a live blog's update, a hearing), author
    0.75, quotes attributed 0.82 / precision 0.96, people F1 0.90, topics P 0.85 R 0.33. After the
    rules its misses suggested (indented-paragraph records and 'Mr. Kessler.' turns, a title
    centred over two lines, 'Source: X | date', 'First published', a month-only cover date, the
    year of the last full date, a question as headline, a show's label, job titles between
    authors, an author's closing bio, sentence subjects for 'he said', 'quoted X as saying'):
    headline 0.87, date 1.00, author 1.00, quotes 0.97 / 0.99, people 0.94. Topic precision then fell
    from 0.83 to 0.75 (thirteenth round) when the Federal Register rule's document details ("Dates:",
    "Effective Date:") left its first paragraph: the rule's own text then reaches the topic count, and
    it tags defence and security topics the annotator did not."""
    holds("blind8", headline=0.86, date=1.0, future=0, author=1.0, quotes=(0.96, 0.98), people=0.93, topics=(0.75, 0.33))


def test_blind9_the_last_blind_set_reads_at_least_as_well_as_its_first_run():
    """tests/fixtures/blind9: 12 seeds (a realistic week) written blind at the end of the eighth
    round. First run, the honest figure for all the rules: headline 0.58, date 1.00 (none later
    than the truth), author 1.00, quotes attributed 0.88 / precision 0.85, people F1 0.98, topics
    P 0.78 R 0.36. The headlines it missed (a font-size widget, a newsletter's tagline, an archive
    notice, a show's tagline over its episode, a hearing's witness line) gave the last rules:
    headline 1.00, quotes 0.92 / 0.92 (a host named above the transcript asks)."""
    # (author 1.00 until the forty-first round: see "Shows' hosts" above)
    holds("blind9", headline=1.0, date=1.0, future=0, author=0.91, quotes=(0.9, 0.9), people=0.97, topics=(0.75, 0.35))


def test_blind10_reads_at_least_as_well_as_after_its_round():
    """tests/fixtures/blind10: 16 seeds (a realistic week and the harder shapes) written blind at the
    start of the ninth round. First run, the honest figure for all the rules before it: headline
    0.88, date 1.00 (none later than the truth), author 0.81, quotes attributed 0.95 / precision
    1.00, people F1 0.96, topics P 0.81 R 0.47. Its misses (a reporter's lower-case job, a live
    blog's '(now)' shift, a report cover's title in capitals, 'she added' after a pronoun
    paragraph, a possessive's 'line that') gave: headline 1.00, author 1.00, quotes 0.99 / 1.00,
    people 0.99."""
    holds("blind10", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.98, 0.98), people=0.98, topics=(0.75, 0.4))


def test_blind11_the_last_blind_set_reads_at_least_as_well_as_after_its_round():
    """tests/fixtures/blind11: 12 seeds (a month's realistic mix) written blind during the ninth
    round and scored once at its end. First run, the honest figure for all the rules: headline
    0.83, date 1.00 (none later than the truth), author 0.92, quotes attributed 0.95 / precision
    0.92, people F1 0.96, topics P 0.90 R 0.38. Its misses (a Federal Register site's notice, a
    hearing's title in capitals over its members list, an edition after a pipe, a host who
    introduces the show, a question's quotations) gave: headline 1.00, author 1.00, quotes 0.95 / 1.00."""
    holds("blind11", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.94, 0.98), people=0.95, topics=(0.8, 0.35))


def test_blind12_reads_at_least_as_well_as_after_its_round():
    """tests/fixtures/blind12: 14 seeds (a realistic fortnight from several countries) written blind
    at the start of the eleventh round. First run, the honest figure: headline 0.79, date 0.92 (none
    later than the truth), author 0.86, quotes attributed 0.94 / precision 0.94, people F1 0.93,
    topics P 0.79 R 0.45. Its misses (a transcript notice above a hearing's quoted title, a dek taken
    for the headline under a staff writer's line, a report's two-word cover title, a date line in
    "(GMT+8)", "Dr" before an author, a chair's turns, a question's quotation, an office's two-part
    title before a name) gave: headline 1.00, date 1.00, author 1.00, quotes 1.00 / 1.00, people 0.98."""
    holds("blind12", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.98, 0.98), people=0.97, topics=(0.75, 0.42))


def test_blind13_the_last_blind_set_of_the_round_reads_at_least_as_well_as_after_it():
    """tests/fixtures/blind13: 12 seeds (a month's realistic mix) written blind at the start of the
    eleventh round and kept unread until its end. First run, the honest figure for all the round's
    rules: headline 0.92, date 1.00 (none later than the truth), author 0.92, quotes attributed 0.90
    / precision 1.00, people F1 0.94, topics P 0.82 R 0.30. Its misses (a transcript notice worded
    otherwise, a reporter credited mid-text, a photographer/outlet credit, 'Representatives A and B',
    an outline's 'A.', a credit line) gave: headline 1.00, author 1.00, people 0.98. In the twelfth round
    ('described ... as a "..."', 'put it') quotes rose to 0.96; a wire's '(Reporting by ...)' credit line no
    longer counted as a paragraph moved one passing topic over the line (precision 0.78 -> 0.77)."""
    holds("blind13", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.94, 0.98), people=0.96, topics=(0.77, 0.28))


def test_blind14_the_last_blind_set_reads_at_least_as_well_as_after_its_round():
    """tests/fixtures/blind14: 14 seeds (a realistic fortnight, many named people) written blind
    during the eleventh round and scored once at its end, after every other rule of the round. First
    run, the last honest figure: headline 0.86, date 0.93 (none later than the truth), author 0.79,
    quotes attributed 0.94 / precision 0.92, people F1 0.98, topics P 0.86 R 0.36. Its misses (a
    hearing's title in capitals, a newsletter whose title is only on its Subject line, 'From A in X'
    on a live blog, names set apart by wide spaces, a source line with its stamp, a call's
    participants, 'Operator:') gave: headline 1.00, date 1.00, author 1.00, quotes 0.94 / 0.98."""
    holds("blind14", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.92, 0.96), people=0.96, topics=(0.82, 0.33))


def test_blind15_reads_at_least_as_well_as_after_the_fixes_it_suggested():
    """tests/fixtures/blind15: 14 seeds (a fortnight from outlets rarely read in US coverage: Europe,
    Australia, Mexico, Hong Kong, Korea, Canada; a committee's oral evidence, a customs notice, a law
    firm's alert, a broker's note) written blind at the start of the twelfth round and tuned on at
    once. First run, the honest figure: headline 0.86, date 0.86 (none later than the truth), author
    0.71, quotes attributed 0.91 / precision 1.00, people F1 0.88, topics P 0.88 R 0.30. Its misses
    ('By A in X and B in Y', '[Exclusive]', '2025.09.01 17:32', '10/12/2025' on a Mexican site, 'Live
    coverage by', 'Analysts: A | phone', O'Rourke, 'Minister Madeleine King', Dame/Honourable/Judges,
    contacts in e-mail addresses, 'minister, X, confirmed', 'X of Org says', 'Bahlil said', 'welcomed
    ... but said') gave: headline 1.00, date 1.00, author 1.00, quotes 1.00 / 1.00, people 0.99."""
    holds("blind15", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.98, 0.98), people=0.97, topics=(0.85, 0.28))


def test_blind16_the_set_kept_unread_reads_at_least_as_well_as_after_its_round():
    """tests/fixtures/blind16: 12 seeds (a month's realistic mix) written blind at the start of the
    twelfth round and kept unread until its end. First run, after every other rule of the round:
    headline 0.83, date 1.00 (none later than the truth), author 1.00, quotes attributed 0.91 /
    precision 0.86, people F1 0.93, topics P 0.85 R 0.47. Its misses (a Federal Register title of 27
    words, 'NOT FOR QUOTATION' above a hearing, 'MEMBERS PRESENT:' read as a speaker (a rule of this
    round's own), 'Honorable', a speech's salutation) gave: headline 1.00, quotes 0.96 / 0.95, people
    0.97. Left: 'Gina M. Raimondo' is the registry's 'Gina Raimondo' (the scorer wants the file's
    fuller form), 'Foreign Direct Product' read as a name once."""
    holds("blind16", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.94, 0.93), people=0.95, topics=(0.82, 0.42))


def test_blind17_the_last_blind_set_reads_at_least_as_well_as_after_its_round():
    """tests/fixtures/blind17: 14 seeds (a fortnight from eight countries, many named people)
    written blind during the twelfth round and scored once at its end, after every other rule. First
    run, the last honest figure: headline 0.93, date 1.00 (none later than the truth), author 0.93,
    quotes attributed 0.92 / precision 0.95, people F1 0.98, topics P 0.92 R 0.47: every field at or
    above the issue's bar. Its misses (a Federal Register page's document details and browser-tab
    title, names before a desk credit, 'Economy, Trade and Industry Minister X told', a named speaker
    after a quote's full stop whose own sentence holds a quote) gave: headline 1.00, author 1.00,
    quotes 0.95 / 0.97."""
    holds("blind17", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.93, 0.95), people=0.96, topics=(0.9, 0.42))


def test_blind18_reads_at_least_as_well_as_after_the_thirteenth_round():
    """tests/fixtures/blind18: 14 seeds from seven countries (Japan, India, Germany, Taiwan, Brazil,
    the Gulf, the UK) written blind at the start of the thirteenth round and tuned on at once. First
    run, the honest figure: headline 0.50, date 0.86 (none later than the truth), author 0.50,
    quotes 0.92 / 1.00, people F1 0.93. After the rules its misses gave (bylines in German and
    Portuguese, a name then its job, a wire's tagline over its time stamp, a release's bullet points,
    a Federal Register page copied whole, '(By A and B)' after the text, native spellings in brackets,
    'Party', contacts): every field 1.00 but people 0.99."""
    # (author 1.00 until the forty-first round: see "Shows' hosts" above)
    holds("blind18", headline=1.0, date=1.0, future=0, author=0.92, quotes=(1.0, 1.0), people=0.99, topics=(0.8, 0.27))


def test_blind19_kept_unread_reads_at_least_as_well_as_after_the_thirteenth_round():
    """tests/fixtures/blind19: 14 seeds written blind at the start of the thirteenth round and kept
    unread until every rule blind18 gave was in. First run: headline 0.86, date 1.00 (none later),
    author 0.93, quotes 0.88 / 0.95, people F1 0.92 (an earnings call with each speaker's name over
    their words read as one author). After (a call's participants and turns, '(LEAD)', a newsletter's
    title under its byline, 'Speech by X' under a title, unnamed speakers): headline 1.00, author
    1.00, quotes 0.97 / 0.98, people 0.97."""
    holds("blind19", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.97), people=0.97, topics=(0.88, 0.38))


def test_blind20_the_last_set_reads_at_least_as_well_as_after_the_thirteenth_round():
    """tests/fixtures/blind20: 14 seeds from eight countries (Vietnam, the Philippines, Turkey,
    Poland, Israel, Nigeria, Chile, Italy, Sweden), written during the thirteenth round and scored once
    after every other rule: the last honest figure. First run: headline 0.71, date 0.93 (none later),
    author 0.57, quotes 0.73 / 0.82, people F1 0.77 (labels in Turkish, Vietnamese and Turkish
    letters, honorifics and '(ret.)' in bylines, a hearing's notice, an investors' warning). After
    the rules it gave: headline 1.00, author 0.79, quotes 0.91 / 0.93, people 0.85."""
    # (author 1.00 until the forty-first round: see "Shows' hosts" above)
    holds("blind20", headline=1.0, date=1.0, future=0, author=0.92, quotes=(0.94, 0.95), people=0.91, topics=(0.74, 0.3))


def test_blind21_reads_at_least_as_well_as_after_the_fourteenth_round():
    """tests/fixtures/blind21: 14 English editions of sites in other languages (Korea, Indonesia, Spain,
    France, Mexico, Egypt, Poland, Turkey, Vietnam, Czechia, Romania, Thailand, Germany, China), written
    blind at the start of the fourteenth round and tuned on at once. First run, the honest figure:
    headline 0.79, date 0.50 (none later), author 0.43, quotes 0.78 / 0.88, people F1 0.83. After the
    rules its misses gave (month and weekday names of other languages, bilingual bylines, 'Question.'
    and 'Answer.' turns, given names without accents, Romanian letters, a © holder is no person):
    headline and date 1.00, author 0.93, quotes 0.96 / 0.97, people 0.90."""
    holds("blind21", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.98), people=0.93, topics=(0.7, 0.17))


def test_blind22_kept_unread_reads_at_least_as_well_as_after_the_fourteenth_round():
    """tests/fixtures/blind22: 14 seeds (half US, UK, Australian and Canadian, half English editions of
    Japanese, Taiwanese, Korean, German, Brazilian, Turkish and Vietnamese sites) kept unread until
    blind21's rules were in. First run: headline 0.57, date 0.79 (none later), author 0.64, quotes
    0.84 / 0.95, people F1 0.95. After (bylines without 'By', dotted dates day first, '[Photo]'
    captions, a newsletter writer's greeting, senators' labels at a hearing): headline 0.93, date 1.00,
    author 0.93, quotes 0.89 / 0.96, people 0.96."""
    holds("blind22", headline=0.92, date=1.0, future=0, author=1.0, quotes=(0.92, 0.97), people=0.97, topics=(0.84, 0.29))


def test_blind23_the_last_set_reads_at_least_as_well_as_its_first_run():
    """tests/fixtures/blind23: 14 seeds from Africa, Latin America, South and Southeast Asia, the
    Middle East and Central Europe, written blind at the start of the fourteenth round and scored once,
    after every other rule: the last honest figure. First run: headline 0.86, date 0.86 (one later
    than the truth), author 0.71, quotes 0.75 / 0.89, people F1 0.83. After the rules its misses gave
    (all of Latin script's letters in names, a parliament's verbatim report, a date line ending in its
    place, a letterhead's address): headline and date 0.93 (none later), quotes 0.96 / 0.94, people 0.90."""
    # (author 1.00 until the forty-first round: see "Shows' hosts" above)
    holds("blind23", headline=0.92, date=0.92, future=0, author=0.92, quotes=(0.98, 0.96), people=0.92, topics=(0.93, 0.34))


# The fifteenth round: how analysts collect text (reader views, read-later apps, newsletters, PDF copies,
# auto-transcripts), then two ordinary weeks' mixes scored once after every other rule.


def test_blind24_reads_at_least_as_well_as_after_the_fifteenth_round():
    """tests/fixtures/blind24: 14 seeds as analysts collect them (a browser's reader view, a read-later
    app, a portal's syndicated copy, newsletters from e-mail, PDF copies wrapped at a fixed width, a
    LinkedIn post, an auto-transcribed podcast, a law firm's ruling summary, UK, Hong Kong, Japanese and
    Singapore news pages), written blind at the start of the fifteenth round and tuned on at once. First
    run, the honest figure: headline 0.57, date 0.79 (one later than the truth), author 0.64, quotes
    0.66 / 0.83, people F1 0.84. After (text wrapped at a width, a table of contents, time stamps over
    speakers' names, initials without full stops, 2,393 more given names, companies named without their
    last word, a council paper's meeting date ...): headline, date and author 1.00, quotes 0.93 / 0.95,
    people 0.96."""
    # (author 1.00 until the forty-first round: see "Shows' hosts" above)
    holds("blind24", headline=1.0, date=1.0, future=0, author=0.92, quotes=(0.92, 0.94), people=0.95, topics=(0.45, 0.17))


def test_blind25_the_last_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind25: 14 seeds, an ordinary week's mix (US and UK papers and wires, Chinese
    state media, Hong Kong, Japanese and Korean English editions, Taiwan's agency, a think tank, a
    Commerce release, a ministry's press conference, a House committee's statement, a German paper's
    English edition, a trade newsletter), written blind at the start of the fifteenth round and
    scored once after every other rule: the last honest figure. First run: headline 0.79, date 0.86
    (none later), author 0.86, quotes 0.87 / 0.83, people F1 0.86. After the rules blind26 and it
    gave (a .gov banner, a newsletter's issue line, a related list at the end, a year run into its time,
    the page's address copied with its header): headline 0.86, date 1.00, author 0.93, quotes 0.92 / 0.92,
    people 0.92."""
    holds("blind25", headline=0.85, date=1.0, future=0, author=0.92, quotes=(0.91, 0.91), people=0.91, topics=(0.35, 0.19))


def test_blind26_the_second_last_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind26: 14 seeds, an ordinary fortnight's mix (a US business paper, a UK paper, a
    wire on a portal, China's commerce ministry and a state paper, Indian, Australian and Malaysian
    outlets, European and US think tanks, USTR, a senator's release, a trade newsletter, an interview
    transcript), written blind during the fifteenth round and scored once after every other rule.
    First run: headline 0.57, date 0.93 (none later), author 0.50, quotes 0.91 / 0.96, people F1 0.92.
    After (bylines with a job after 'By', follow buttons, 'with', a run-on date line, a series label;
    a newsletter's issue line, breadcrumbs with slashes): headline 0.93, author 0.86."""
    holds("blind26", headline=0.92, date=0.92, future=0, author=0.85, quotes=(0.9, 0.95), people=0.93, topics=(0.5, 0.3))


# The sixteenth round: blind27 (shapes that trip readers) and blind28 (an ordinary week) written at its
# start and tuned on at once, after their first runs were recorded; blind29 (an ordinary fortnight) written
# at its start and scored once after every other rule of the round.

def test_blind27_the_shapes_that_trip_readers_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind27: 14 seeds (menus run into the headline, headlines only in a tab title,
    bylines at the bottom, in bio boxes, with jobs and affiliations, 'Story by', agency + reporter, dates
    as '3 hours ago', 2026年3月4日, Input / Modified, names from Malaysia, Singapore, Hong Kong, Korea,
    Vietnam, Indonesia, India, the Gulf, Latin America and West Africa; a live blog, a ministry Q&A, a
    Hansard, a podcast auto-transcript, a law firm's alert, a LinkedIn article, an e-mail newsletter).
    First run: headline 0.71, date 0.79 (2 later than the truth), author 0.43, quotes 0.71 / 0.95,
    people F1 0.87. After the round: headline 0.93, date 1.00 (none later), author 0.93,
    quotes 0.94 / 0.99, people 0.95."""
    holds("blind27", headline=0.92, date=1.0, future=0, author=0.92, quotes=(0.93, 0.98), people=0.94, topics=(0.5, 0.18))


def test_blind28_an_ordinary_week_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind28: 14 seeds, an ordinary week copied the way people copy (a browser, reader
    view, a PDF, an e-mail alert): US, UK, wire, Chinese state media, the MFA's press conference,
    Japanese, Korean and Taiwanese English editions, a German paper, a think tank's PDF, BIS by e-mail,
    trade press, a Pakistani paper. First run: headline 0.69, date 0.86 (none later), author 0.64,
    quotes 0.98 / 1.00, people F1 0.95. After: headline 1.00, date 1.00, author 0.93, quotes 1.00 / 1.00,
    people 0.98."""
    holds("blind28", headline=0.99, date=1.0, future=0, author=0.92, quotes=(0.99, 0.99), people=0.97, topics=(0.5, 0.28))


def test_blind29_the_last_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind29: 14 seeds, an ordinary fortnight's mix (a US paper and wire, a UK business
    paper, the MFA, a Chinese state paper, Hong Kong, Singapore, Indian, Australian and Canadian outlets,
    a European think tank's PDF, a House committee, a newsletter from Gmail, a TV transcript), written
    blind at the start of the sixteenth round and scored once after every other rule. First run (the
    honest figure): headline 0.79, date 0.86 (none later), author 0.64, quotes 0.97 / 1.00, people F1
    0.96. After the rules its misses gave (a place after each name without 'By', a writer a line with
    their city, a city run on after the name, a date line run on after the byline, a newsletter copied
    from a mail reader): headline 0.93, date 1.00, author 0.86."""
    holds("blind29", headline=0.92, date=1.0, future=0, author=0.85, quotes=(0.96, 0.99), people=0.95, topics=(0.2, 0.12))


def test_blind30_the_shapes_that_trip_readers_read_at_least_as_well_as_after_the_seventeenth_round():
    """tests/fixtures/blind30: 14 seeds in the shapes that trip readers (Gmail and Outlook newsletters, a
    TV interview, a podcast with stamped labels, a GPO hearing record, a Polish think tank's and a
    consultancy's PDFs, bylines without 'By', Japanese, Philippine, Turkish, Brazilian, African
    outlets, a trade association, a Chinese embassy's Q&A), written blind at the start of the
    seventeenth round and tuned on after its first run: headline 0.64, date 0.71 (2 later than the
    truth), author 0.57, quotes 0.74 / 0.91, people 0.91. After: headline, date and author 1.00,
    quotes 0.96 / 0.96, people 0.96."""
    # (author 1.00 until the forty-first round: see "Shows' hosts" above)
    holds("blind30", headline=1.0, date=1.0, future=0, author=0.92, quotes=(0.95, 0.95), people=0.95, topics=(0.9, 0.3))


def test_blind31_an_ordinary_week_reads_at_least_as_well_as_after_the_seventeenth_round():
    """tests/fixtures/blind31: 14 seeds, an ordinary week copied the way people copy (a paywalled US
    paper, a financial wire, a political newsletter from Gmail, UK and Irish papers, Chinese state
    media, MOFCOM, Taiwanese, Japanese, Vietnamese and Gulf outlets, a think tank's PDF, OFAC, trade
    press), tuned on after its first run: headline 0.86, date 1.00 (none later), author 0.64, quotes
    0.92 / 0.95, people 0.87. After: headline, date and author 1.00, quotes 0.96 / 0.99, people 0.99."""
    holds("blind31", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.95, 0.98), people=0.98, topics=(0.8, 0.4))


def test_blind33_the_news_sites_read_most_read_at_least_as_well_as_after_the_seventeenth_round():
    """tests/fixtures/blind33: 14 seeds from the news sites analysts read most, each copied another way
    (Chrome, Safari and Firefox reader views, a phone app, a print view, AMP, an archive's copy): a
    tabloid's forty-word headline, quotes in single marks, a senator's party, ads between paragraphs.
    Written blind mid-round; first run: headline 0.93, date 0.86 (none later), author 0.93, quotes
    0.88 / 0.98, people 0.97. After: headline and date 1.00, author 0.93, quotes 0.98 / 0.99, people 0.99."""
    holds("blind33", headline=1.0, date=1.0, future=0, author=0.92, quotes=(0.97, 0.98), people=0.98, topics=(0.85, 0.4))


def test_blind34_official_and_expert_sources_read_at_least_as_well_as_after_the_seventeenth_round():
    """tests/fixtures/blind34: 14 official and expert sources (a White House fact sheet, USTR, the Federal
    Register, a House letter, MOFCOM and MFA, METI, the European Commission, GOV.UK, a think tank's PDF,
    a law firm, a bank's note, an earnings call, a university Q&A). Written blind mid-round; first run:
    headline 0.79, date 0.86 (none later), author 0.86, quotes 0.53 / 0.91, people 0.83. After the
    seventeenth round: headline 0.86, date 0.86, author 0.86, quotes 0.93 / 1.00, people 0.84; after the
    eighteenth (METI's family names in capitals, a bank note's analysts, a paper's numbered affiliations,
    the Federal Register's "A Rule by ... on" line): headline, date and author 1.00, quotes 0.95 / 1.00,
    people 0.89."""
    # (topics 0.80 / 0.44 until the fortieth round: a page's footer, copied a cell a line under the text, is no longer
    # counted as the article's mentions of its topics)
    # (topics' recall 0.42 -> 0.37 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    holds("blind34", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.94, 0.97), people=0.88, topics=(0.76, 0.37))


def test_blind32_the_last_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind32: 14 seeds, an ordinary fortnight's mix (a US paper, wire and tech-policy outlet,
    a UK business paper, the MFA's press conference, Chinese state media, Hong Kong, Korean, Indian,
    Australian and German outlets, a think tank's PDF, a Commerce release, a newsletter from a mail
    reader), written blind at the start of the seventeenth round and scored once after every other
    rule. First run (the honest figure): headline 0.79, date 0.93 (none later), author 0.93, quotes
    0.89 / 0.91, people F1 0.95. After the rules its misses gave ('[Herald Interview]', 'By A and
    business reporter B', a headline over a two-line dek, an interview's subject over a minister its
    answers name): headline 1.00, author 1.00, quotes 0.96 / 0.98."""
    # (topics' recall 0.5 -> 0.49 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    holds("blind32", headline=1.0, date=0.92, future=0, author=1.0, quotes=(0.95, 0.97), people=0.94, topics=(0.9, 0.49))


def test_blind35_the_shapes_that_still_trip_readers_read_at_least_as_well_as_after_the_eighteenth_round():
    """tests/fixtures/blind35: 14 seeds of the shapes that still tripped readers (a Q-and-A interview whose
    subject only the introduction names, a series kicker, jobs between bylined names, METI's capitals, a
    bank's note, a think tank's PDF, a live blog, an op-ed signed at the end, Taiwanese, Singaporean, Irish
    and Welsh names, a translated commentary, a podcast, a wire). Written blind at the start of the
    eighteenth round and tuned on after its first run: headline 0.64, date 0.86 (2 later), author 0.64,
    quotes 0.83 / 0.97, people 0.86. After: headline, date and author 1.00, quotes 0.99 / 1.00, people 0.99."""
    holds("blind35", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.98, 0.99), people=0.98, topics=(0.85, 0.28))


def test_blind37_outlets_not_usually_covered_read_at_least_as_well_as_after_the_eighteenth_round():
    """tests/fixtures/blind37: 14 seeds from outlets earlier sets lacked (Indonesia, Vietnam, Malaysia, the
    Philippines, an Indian wire, Pakistan, a Gulf paper's e-mail, Israel, Turkey, Russia, Czechia, Mexico,
    South Africa, New Zealand), written blind mid-round; first run: headline 0.71, date 0.64 (1 later),
    author 0.64, quotes 0.86 / 0.92, people 0.86. After: headline 0.93, date and author 1.00, quotes
    0.92 / 0.99, people 0.92."""
    holds("blind37", headline=0.92, date=1.0, future=0, author=1.0, quotes=(0.91, 0.98), people=0.91, topics=(0.6, 0.3))


def test_blind36_the_last_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind36: 14 seeds, an ordinary fortnight's mix (a US business paper, a network's Sunday
    show transcript, a political outlet, a UK public broadcaster, a French paper's English edition, a
    Japanese business daily, a Taiwanese paper on a phone, a Singapore paper in reader view, MOFCOM, a
    state agency, a newsletter from e-mail, a trade PDF, a House committee, a Canadian e-edition), written
    blind at the start of the eighteenth round and scored once after every other rule. First run (the
    honest figure): headline 0.93, date 0.93 (none later), author 0.64, quotes 0.89 / 0.98, people 0.97.
    After the rules its misses gave (bylines with place and job in brackets, a desk after the names, an
    unknown agency's writers, a city in capitals after a name, a senator on a Sunday show, 'said lawyer
    X', a PDF's running header with the issue's date, "Transcript:" kept in a title): headline, date and author
    1.00, quotes 0.93 / 0.98, people 0.98."""
    holds("blind36", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.92, 0.97), people=0.97, topics=(0.7, 0.35))


def test_blind38_read_at_least_as_well_as_after_the_nineteenth_round():
    """tests/fixtures/blind38: 14 seeds, an ordinary fortnight's mix (a US national paper, a US wire, a tech outlet, a
    UK paper, a European business paper, an MFA press conference, a Chinese state paper, a Hong Kong outlet, a
    Japanese and a Korean outlet, an Indian outlet, a think tank, an agency's release by e-mail, a trade newsletter),
    written blind at the end of the eighteenth round, kept unread and scored first in the nineteenth: headline 0.93,
    date 1.00 (none later), author 0.79, quotes 0.86 / 0.91, people 0.88. After: headline, date and author 1.00,
    quotes 0.95 / 0.96, people 0.97."""
    holds("blind38", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.94, 0.95), people=0.96, topics=(0.8, 0.33))


def test_blind39_bylines_and_quotes_in_hard_shapes_read_at_least_as_well_as_after_the_nineteenth_round():
    """tests/fixtures/blind39: 14 seeds written blind at the start of the nineteenth round about the shapes readers
    miss most (bylines in every place, with particles, family names first, initials; quotes in other languages'
    marks, across paragraphs, by role first, in Q and A). First run: headline 0.71, date 0.86 (none later), author
    0.43, quotes 0.43 / 0.76, people 0.83. After: headline 0.93, date and author 1.00, quotes 0.85 / 0.98, people
    0.95; in the twentieth round a forwarded issue's subject line (its label, its full stop, Gmail's "Inbox") became
    its headline: 1.00."""
    holds("blind39", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.84, 0.97), people=0.95, topics=(0.9, 0.3))


def test_blind40_the_last_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind40: 14 seeds, an ordinary fortnight's mix (a US national paper, a US wire, a business and a
    political outlet, a UK, an Australian and a Canadian paper, an MFA transcript, a Chinese state outlet, a
    Taiwanese agency, a Singapore paper, a German paper's English site, a House committee's release, a think
    tank's PDF), written blind at the start of the nineteenth round, kept unread and scored once after every other
    rule. First run (the honest figure): headline 1.00, date 0.93 (none later), author 0.86, quotes 0.90 / 0.97,
    people 0.94. After the rules its misses gave (a dek over a player, a share bar and a credited picture; a caption
    with its credit glued on; 'A reported from X'; a stamp's month as no name; quotes signed '— Name, Title'; an
    agency's dateline without a dash; a wire's byline run into the rights notice; a photographer for the outlet closing
    a caption; a party tag before a colon): date and author 1.00, quotes 0.93 / 0.97, people 0.98."""
    holds("blind40", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.92, 0.96), people=0.97, topics=(0.85, 0.5))


def test_blind41_the_nineteenth_rounds_unread_set_reads_at_least_as_well_as_after_the_twentieth_round():
    """tests/fixtures/blind41: 14 seeds, an ordinary fortnight's mix (a US national paper, a US wire, a tech and a
    business outlet, a UK and an Irish paper, a commerce ministry statement, a Chinese state outlet, Hong Kong,
    Japanese, Korean and Indian outlets, a US agency's release, a think tank), written blind at the end of the
    nineteenth round, kept unread and scored once before any rule of the twentieth. First run (the honest figure):
    headline 0.79, date 0.86 (one later), author 0.86, quotes 0.88 / 1.00, people 0.95. After the rules its misses
    gave (an e-paper's narrow column unwrapped under its running head, a forwarder's note, a correction's 'published
    on', a stamp after a section's label, a caption with its credit run on): headline, date and author 1.00, quotes
    0.94 / 1.00, people 0.98."""
    holds("blind41", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.93, 0.99), people=0.97, topics=(0.8, 0.45))


def test_blind42_header_shapes_read_at_least_as_well_as_after_the_twentieth_round():
    """tests/fixtures/blind42: 14 seeds written blind at the start of the twentieth round about what sits around a
    headline when people copy (a forward with the sender's note, an e-paper page, an agency's ticker, reader view,
    a phone's share sheet, an aggregator, LinkedIn and Substack reposts, a newsletter with several items, a press
    release, a journal's page). First run: headline 0.71, date 0.50 (four later), author 0.57, quotes 0.84 / 0.94,
    people 0.94. After: headline, date and author 1.00, quotes 0.92 / 0.99, people 0.97."""
    holds("blind42", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.91, 0.98), people=0.96, topics=(0.85, 0.3))


def test_blind43_the_last_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind43: 14 seeds, an ordinary fortnight's mix (a US national paper in reader view, a US wire,
    a tech site, a political newsletter from Gmail, a UK paper, a Dutch paper's English site, an MFA transcript, a
    Chinese state outlet, Hong Kong, Taiwanese and Korean outlets, a Malaysian paper, a House committee's release, a
    think tank's PDF), written blind at the start of the twentieth round, kept unread and scored once after every
    other rule. First run (the honest figure): headline 0.93, date 0.93 (none later), author 0.93, quotes
    0.94 / 0.94, people 0.97: every bar of issue 12 met. After the rules its misses gave (a byline with its date line
    glued on, Congress's leaders' titles, 'Ranking' under a signature, a newsletter's name before its subject):
    headline, date and author 1.00, quotes 0.98 / 0.98, people 0.99."""
    holds("blind43", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.97, 0.97), people=0.98, topics=(0.8, 0.45))


def test_blind44_last_round_s_unread_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind44: 14 seeds, an ordinary fortnight's mix (a US national paper, a US wire, a business and a
    defence outlet, UK, Australian and Canadian outlets, a Chinese ministry and a state outlet, a Singapore paper, a
    Japanese paper, a German paper's English site, a US agency's e-mail, a think tank's PDF), written blind in the
    twentieth round and kept unread. Its first run, before any rule of the twenty-first round: headline 0.71, date 0.86
    (none later), author 0.79, quotes 0.97 / 0.98, people 0.93. After the rules its misses gave (a browser tab's site
    after the title, a byline 'on' its date, cells of a name, outlet and relative update, a handle glued to a name,
    a credit alone beside its caption, a think tank's name in capitals, 'Teo Kah Seng', 'Ms Nur Syafiqah'): headline,
    date and author 1.00, quotes 1.00 / 1.00 (an interview's two answers under their questions), people 0.99 (places
    named by their kind, a firm named after partners)."""
    holds("blind44", headline=1.0, date=1.0, future=0, author=1.0, quotes=(1.0, 1.0), people=0.98, topics=(0.85, 0.3))


def test_blind45_kept_unread_for_a_round_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind45: 14 seeds, written blind in the twenty-first round and kept unread (its helper reported only
    the folder and its check) until the twenty-second round scored it first, before any rule: headline 0.86, date 1.00
    (none later), author 1.00, quotes 0.94 / 0.98, people 0.98. After the rules its misses gave (a line that prints the
    headline again after a label, an app's "Read this story on X: <headline> <link>"; a cover's title over two lines under
    its main title in capitals; a quote signed after a dash; "His assessment was brutal: ..."; the job of someone at a
    body no one named): headline 1.00, quotes 0.96 / 0.99."""
    holds("blind45", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.95, 0.98), people=0.97, topics=(0.8, 0.35))


def test_blind46_kept_unread_for_a_round_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind46: 14 seeds, written blind in the twenty-first round, kept unread and scored first in the
    twenty-second, before any rule: headline 0.86, date 1.00 (none later), author 0.86, quotes 0.94 / 0.97, people 0.96.
    After the rules its misses gave (a consent platform's banner over a copied page; a newsletter's subject line with
    its name before the headline; a Korean paper's byline with the writer's address printed at the end; a person named
    after "according to" and a job in lower case; "A summed up the U.S. view: ..."): headline and author 1.00, quotes
    0.97 / 0.99, people 0.97."""
    holds("blind46", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.98), people=0.96, topics=(0.9, 0.4))


def test_blind47_hard_text_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind47: 14 seeds written blind in the twenty-second round where text readers fail (headlines under
    kickers, share sheets and PDF covers; bylines at the end, glued to a date or a city, in a caption or a contributors
    box; dates relative, day first, in a dateline only; quotes by pronoun or role, in transcripts). First run: headline
    0.79, date 0.93 (none later), author 0.43, quotes 0.79 / 0.97, people 0.88. After the rules its misses gave (a
    Korean site's "Reporter A Input ... Modified ...", "A/Monterrey", a name with its city glued on over dd-mm-yyyy,
    Spanish credits and reading times, a bio with a disclaimer, "A and B, X staff writers", a sign-off under a dash,
    "Story: A" beside the photographer, "Mrs" without its stop, a participants list under an event's title, a verb's
    -ing form opening a quote, a cover title over five lines, "defended ... as"): headline 1.00, date 1.00, author 0.93,
    quotes 0.87 / 0.99, people 0.91."""
    holds("blind47", headline=1.0, date=1.0, future=0, author=0.92, quotes=(0.86, 0.98), people=0.9, topics=(0.8, 0.3))


def test_blind48_kept_unread_for_a_round_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind48: 14 seeds of an ordinary fortnight, written blind in the twenty-second round and kept unread
    (its helper reported only the folder and its check) until the twenty-third scored it first, before any rule:
    headline 0.86, date 0.93 (none later), author 1.00, quotes 0.93 / 0.99, people 0.97. After the rules its misses gave
    (a paper's masthead over the day's date read as the headline; an outlet's photo desk credit "(Beacon Photo/A, File)"
    not read as a caption's; "Date: 2026/11/13 21:05 Views: 3412"; "says chief executive A"; a Chinese family name the
    registry lacked, "Xiang"): headline, date and author 1.00, quotes 0.96 / 0.99."""
    holds("blind48", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.95, 0.98), people=0.96, topics=(0.75, 0.35))


def test_blind49_kept_unread_for_a_round_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind49: 14 seeds of an ordinary fortnight, written blind in the twenty-third round and kept unread
    (its helper reported only the folder and its check) until the twenty-fourth scored it first, before any rule:
    headline 0.93, date 0.93 (one later), author 1.00, quotes 0.96 / 0.96, people 0.97. After the rules its misses gave
    (a release's first line under a hard wrap, "WASHINGTON, D.C. – Today, ...", read as a line over its headline; a
    site's clock over its masthead taken for the date; "Dr Kavitha said", a given name after an honorific; a long clause
    before the colon that introduces a quotation): headline, date and author 1.00, quotes 0.99 / 0.97."""
    holds("blind49", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.98, 0.96), people=0.96, topics=(0.7, 0.4))


def test_blind50_kept_unread_for_a_round_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind50: 14 seeds of an ordinary fortnight (February 2027), written blind in the twenty-fourth round
    and kept unread until the twenty-fifth scored it first, before any rule: headline 0.79, date 0.93 (one later), author
    0.79, quotes 0.96 / 1.00, people 0.89. After the rules its misses gave (a firm's "Authors: A | B | C" and a lead whose
    first line breaks after "and"; a mail system's external-mail banner over a forwarded newsletter; a masthead's clock
    over the date right above the headline; "A & B, Bharat Ledger Bureau"; "I asked A ... His answer:"; "(KMT)" in a
    title; "she added" in a paragraph that names no one; the Commission's "(For more information: ...)" contacts;
    broadcasters asking at a briefing; "Minister for Foreign Affairs of the Republic of Zambia A"): headline 0.93 (left: a
    Commission "Daily News" page of several items, whose gold takes the page's title), date and author 1.00, quotes 1.00 /
    1.00, people 0.95."""
    # (topics' recall 0.35 -> 0.33 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    holds("blind50", headline=0.92, date=1.0, future=0, author=1.0, quotes=(0.99, 0.99), people=0.94, topics=(0.8, 0.33))


def test_blind51_and_blind52_kept_unread_for_a_round_read_at_least_as_well_as_after_their_first_runs():
    """tests/fixtures/blind51 (September 2026) and blind52 (June 2026): 14 seeds each, written blind in the twenty-fifth round
    and kept unread until the twenty-sixth scored them first, before any rule: blind51 headline 0.79, date 1.00, author
    0.71, quotes 0.85 / 1.00, people 0.93; blind52 headline 0.93, date 0.93, author 0.93, quotes 0.94 / 0.96, people 0.94.
    After the rules their misses gave (a breadcrumb trail with the headline run on; "ETH Bureau"; a job alone under the
    name; a byline in capitals; writers under "Authors" with job and office; a title wrapped narrower than the text; an
    Outlook forward's note; a headline in capitals over its summary's points; "Originally published on ..." under the
    text beating "Last Updated:" over it; "(D., Mich.)"; "The minister added" about the minister named paragraphs
    before): headlines, dates and authors 1.00, blind51's quotes 0.88. Left: a Senate hearing whose gold counts the members' turns, which earlier golds (blind10, blind-html22) do not."""
    holds("blind51", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.87, 0.99), people=0.92, topics=(0.8, 0.45))
    holds("blind52", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.93, 0.95), people=0.93, topics=(0.9, 0.4))


def test_blind53_an_honest_fortnight_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind53: 14 seeds of an ordinary fortnight (September 2026), written blind in the twenty-sixth round,
    kept unread and scored once after blind51's and 52's rules: headline 0.86, date 1.00, author 0.86, quotes 0.97 / 0.99,
    people 0.97. After (a title in capitals wrapped over two lines; a wire's "UPDATE 2-" slug; "By A en B"; writers under
    "Authors" in lines short as a menu's): headline and author 1.00."""
    holds("blind53", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.98), people=0.96, topics=(0.8, 0.3))


def test_blind54_kept_unread_for_a_round_and_blind55_an_honest_fortnight_read_at_least_as_well_as_after_their_first_runs():
    """tests/fixtures/blind54 (October 2026): 14 seeds written blind in the twenty-sixth round and kept unread until the
    twenty-seventh scored it first: headline 0.93, date 1.00, author 0.93, quotes 0.99 / 0.99, people 0.90.
    tests/fixtures/blind55 (October 2026): written blind in the twenty-seventh round and scored once after blind54's and
    the pages' rules: headline 0.79, date 0.93 (one later), author 0.86, quotes 0.96 / 0.97, people 0.94. After (a
    company's registration number and address; "Download PDF" under the authors; "Universiti ..." a body; a footer's
    "About X"; a title in Title Case wrapped narrow over a wrapped byline; the subject line's title in its own case;
    "Reporter A / Taipei report"; "First published on: 22-10-2026"): headlines, dates and authors 1.00."""
    holds("blind54", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.99, 0.99), people=0.92, topics=(0.8, 0.3))
    holds("blind55", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.98), people=0.93, topics=(0.8, 0.25))


def test_blind57_the_round_s_last_honest_text_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind57: 14 seeds of an ordinary fortnight (November 2026), written blind in the twenty-seventh round,
    kept unread and scored once after every other rule of the round: **the round's last honest figure for text**: headline
    0.93, date 0.93 (0 later), author 0.79, quotes 1.00 / 1.00, people 1.00. After (a writer and her job after a comma over
    the date; a desk's credit for names in capitals; a byline wrapped after "and"): headline and author 1.00. Left: a
    wire's dateline with no year ("Nov 5 ... said on Thursday"), whose year a rule read from the weekday and dated the
    suite's undated seeds with too: withdrawn."""
    holds("blind57", headline=1.0, date=0.92, future=0, author=1.0, quotes=(1.0, 1.0), people=0.98, topics=(0.9, 0.4))


def test_blind56_and_blind58_kept_unread_for_a_round_read_at_least_as_well_as_after_their_first_runs():
    """tests/fixtures/blind56 (November 2026) and blind58 (December 2026): 14 seeds each, written blind in the
    twenty-seventh round, kept unread and scored first in the twenty-eighth. First runs: blind56 headline 0.86, date 0.93
    (one later), author 1.00, quotes 0.85 / 0.97, people 0.91; blind58 headline 0.93, date 0.93 (one later), author 1.00,
    quotes 0.94 / 0.94, people 0.93. After (a masthead over today's date above the headline, its dek, the picture's
    caption and the byline; a menu's last item over the headline; "CLIENT ALERT" over a wrapped title; a paragraph's
    first lines read as the header's; "Published On" under a page dated by its update; "Dato' Sri", "Datuk Wira" and
    "Sheikh" before a name; a minister's surname in capitals answering "A:"; "did not ... but said", "urged", "describing
    ... as", "A's line that"): headlines, dates and authors 1.00."""
    # (author 1.00 -> 0.92 in the fiftieth round: "By A" over a wire's story, "(Reporting by A and B in Beijing; ...)" under
    # it names B a writer too, as the golds of twenty other wire copies and blind136's have it; blind56's keeps A alone)
    holds("blind56", headline=1.0, date=1.0, future=0, author=0.92, quotes=(0.95, 0.99), people=0.96, topics=(0.9, 0.4))
    holds("blind58", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.97, 0.94), people=0.96, topics=(0.75, 0.3))


def test_blind59_an_honest_fortnight_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind59: 14 seeds of an ordinary fortnight (December 2026), written blind in the twenty-eighth round
    and scored once after blind56's and 58's and the pages' rules: headline 1.00, date 0.93 (one later), author 0.79,
    quotes 0.92 / 0.97, people 0.97. After (a byline's time after "@"; writers under "Authors:" wrapped after "and";
    two writers a line each under the date; "Omar Bin Thaleth Al Suwaidi"; "A's line about ... having to"): headline,
    date and author 1.00."""
    holds("blind59", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.99), people=0.98, topics=(0.85, 0.4))


def test_blind60_an_honest_fortnight_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind60: 14 seeds of an ordinary fortnight (November 2026), written blind in the twenty-eighth round
    and scored once after blind-html91's and blind59's rules: headline 0.86, date 0.71 (two later), author 0.71, quotes
    0.92 / 0.98, people 0.88. After (a reading time and an issuing office after a date; an article forwarded inside a
    forwarded mail; "26 Nov 2026|Name" and "Name | date | tags"; writers with job and e-mail under "Authors"; a footnote's
    number ending a wrapped sentence; single quotation marks after "said that" and a long clause's colon): headline,
    date and author 1.00."""
    holds("blind60", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.99), people=0.93, topics=(0.85, 0.3))


def test_blind61_the_round_s_last_honest_text_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind61: 14 seeds of an ordinary fortnight (October 2026), written blind in the twenty-eighth round
    and scored once after every other rule of the round: **the round's last honest figure for text**: headline 0.86,
    date 0.93 (0 later), author 0.86, quotes 0.97 / 0.99, people 0.96. After (a title in Title Case wrapped over three
    lines over its date and authors; a reader view's byline and reading time; a writer over her place over the date;
    "Manufactured by Huaxia Net" no author; a wire's date run into its clock and its update label): headline, date and
    author 1.00. (Topics' precision 0.85 → 0.80 in the thirtieth round: a wire's "Related:" list, whose "Commentary:
    Abusing export controls ..." had given a story its topic, is now the page's furniture, as the gold says.)"""
    holds("blind61", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.98), people=0.95, topics=(0.80, 0.3))


def test_blind62_last_round_s_unread_text_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind62: 14 seeds (January 2027) written blind in the twenty-eighth round, kept unread and scored
    first in the twenty-ninth: headline 0.86, date 1.00, author 0.86, quotes 0.98 / 1.00, people 0.99. After (a headline
    under a menu and an ad label; an opinion's title of sentences in Title Case; a writer and beat without a comma; "Issue
    #N · By A"; a PDF's page breaks): headline, date, author, quotes and people 1.00."""
    holds("blind62", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.98, 0.98), people=0.98, topics=(0.65, 0.33))


def test_blind63_an_honest_fortnight_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind63: 14 seeds (late January 2027) written blind, scored once after the first rules of the round:
    headline 0.86, date 0.93, author 0.79, quotes 0.94 / 0.97, people 0.97. After (a Japanese paper's photo label and a
    closing note naming every writer; "with TNA"; "Senior Editor"; Dutch weekdays; running footers; six attributions):
    headline, date and author 1.00."""
    holds("blind63", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.96, 0.98), people=0.97, topics=(0.8, 0.32))


def test_blind64_an_honest_fortnight_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind64: 14 seeds (early February 2027) written blind, scored once after batch one's rules: headline
    0.71, date 0.86 (two later), author 0.86, quotes 0.93 / 0.94, people 0.92. After (a site's tagline over its clock; an
    update's day under the headline; a web copy of a paragraph a line; a firm's authors listed at the end; a hearing's
    title in capitals; readers' comments): headline, date and author 1.00, quotes 1.00 / 0.97."""
    holds("blind64", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.98, 0.95), people=0.94, topics=(0.88, 0.52))


def test_blind65_the_round_s_last_honest_text_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind65: 14 seeds (late February 2027) written blind, scored once after every other rule of the
    round: **the round's last honest figure for text**: headline 0.86, date 0.93 (one later), author 0.86, quotes 0.89 /
    0.97, people 0.91. After (writers with places after semicolons; a gallery and summary box over a wire's dateline; a
    tab title over the printed headline; a firm's related professionals): headline, date and author 1.00."""
    holds("blind65", headline=1.0, date=1.0, future=0, author=1.0, quotes=(0.87, 0.97), people=0.94, topics=(0.85, 0.28))


def test_blind67_a_fourth_honest_fortnight_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind67: 14 seeds (late March 2027) written blind, scored once after the round's first three batches
    of rules: headline 0.86, date 1.00, author 0.79, quotes 0.88 / 0.98, people 0.97. After (an alert's practice area no
    byline and its title wrapped over three lines; writers joined by "en"; an avatar's name over the reporter line; a job
    pointing back at the one named): headline and date 1.00, author 0.93."""
    holds("blind67", headline=1.0, date=1.0, future=0, author=0.92, quotes=(0.89, 0.97), people=0.96, topics=(0.85, 0.15))


def test_blind68_the_round_s_last_honest_text_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind68: 14 seeds (early April 2027) written blind, scored once after every other rule of the round:
    **the round's last honest figure for text**: headline 0.93, date 0.93 (0 later), author 0.93, quotes 0.98 / 1.00,
    people 0.99. After (a title's last word alone over its byline; news of a vice premier no bio): headline and author 1.00,
    date 0.93 (a dotted numeric date the American way)."""
    holds("blind68", headline=1.0, date=0.92, future=0, author=1.0, quotes=(0.96, 0.98), people=0.98, topics=(0.88, 0.3))


def test_blind69_the_round_s_last_honest_text_set_reads_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind69: 14 seeds (late April 2027) written blind, scored once after every other rule of the round:
    **the round's last honest figure for text**: headline 0.93, date 0.86 (one later), author 1.00, quotes 1.00 / 1.00,
    people 0.98. After ("Summary" between the headline and its dek; "First Published:" with its colon): headline 1.00,
    date 0.93."""
    holds("blind69", headline=1.0, date=0.92, future=0, author=1.0, quotes=(0.98, 0.98), people=0.96, topics=(0.9, 0.3))


# The thirtieth round: blind66 (written in the twenty-ninth round, kept unread, scored first), then seven text sets
# written blind and scored once each, in seven batches after every rule made before them (their first runs in the README).
@pytest.mark.parametrize("folder, headline, author, quotes, people, topics", [
    ("blind66", 1.0, 1.0, (0.98, 0.98), 0.97, (0.9, 0.22)),
    ("blind70", 1.0, 1.0, (1.0, 0.98), 0.97, (0.85, 0.38)),
    ("blind71", 1.0, 1.0, (1.0, 0.98), 0.98, (0.94, 0.46)),
    ("blind72", 0.92, 1.0, (0.97, 0.99), 0.93, (0.93, 0.38)),  # a press release's title wrapped with its subtitle: left
    ("blind73", 1.0, 0.92, (0.85, 0.98), 0.92, (0.92, 0.33)),  # a PDF's authors on its last page; a hearing's members
    # (topics' recall 0.38 -> 0.37 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    ("blind74", 1.0, 1.0, (0.9, 0.99), 0.96, (0.9, 0.37)),
    ("blind75", 0.92, 1.0, (0.97, 0.99), 0.95, (0.76, 0.23)),  # "[Exclusive]" kept by its gold: the convention strips it
    ("blind76", 1.0, 0.85, (0.98, 0.99), 0.96, (0.79, 0.31)),
    ("blind77", 0.92, 0.92, (0.85, 0.96), 0.92, (0.94, 0.42)),  # a METI transcript's minister named in its title alone
    ("blind78", 1.0, 1.0, (0.97, 0.94), 0.98, (0.88, 0.34)),
    # a PDF's title in Title Case over three lines; a newsletter's name before its issue's title, kept by the gold
    ("blind80", 0.85, 1.0, (1.0, 0.97), 0.99, (0.97, 0.26)),
])
def test_the_thirtieth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, author, quotes, people, topics):
    holds(folder, headline=headline, date=1.0, future=0, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-first round: blind79 (written in the thirtieth round, kept unread, scored first: headline 0.93, author
# 0.93), blind82 (written blind and scored before any of its rules: 0.71 / 0.79 / 0.64), then blind81 (kept unread
# while batches 11-13 were made, scored first after them: headline 0.79, date 0.86, author 0.93). After the round:
@pytest.mark.parametrize("folder, headline, date, author, quotes, people, topics", [
    ("blind79", 1.0, 1.0, 1.0, (0.97, 0.95), 0.99, (0.95, 0.5)),
    # a Telegram channel's pinned post over the one saved; an interview's title in its quotation marks, which the gold drops
    # (topics' recall 0.27 -> 0.26 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    ("blind81", 0.85, 0.92, 1.0, (0.97, 0.99), 0.93, (0.6, 0.26)),
    # a Reddit post's writer, a user name (u/etch_and_sketch): left
    ("blind82", 1.0, 1.0, 0.92, (0.98, 0.98), 0.93, (0.7, 0.21)),  # (topics' recall 0.22 until a page's footer stopped counting)
    # blind84 (written blind and scored once after batches 11-18: headline 0.86, date 0.86, author 0.86, quotes 0.83);
    # a broadcast's anchors as its writers (the gold's call): left
    ("blind84", 1.0, 1.0, 0.92, (0.93, 0.95), 0.94, (0.7, 0.3)),
    # blind85 (written blind and scored once after batches 11-20: headline 0.93, date 0.93, author 0.86)
    # (topics' recall 0.37 -> 0.32 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    ("blind85", 1.0, 1.0, 1.0, (0.94, 0.99), 0.95, (0.85, 0.32)),
])
def test_the_thirty_first_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, author, quotes, people,
                                                                               topics):
    holds(folder, headline=headline, date=date, future=0, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-second round: blind83 (written in the thirty-first round, kept unread, scored first: headline 0.71, date
# 0.93, author 0.79), blind86 (written blind and scored before any of its rules: 0.86 / 0.86 / 0.64), then blind87 (kept
# unread while batches 1-4 were made, scored first after them: 0.71 / 0.79 / 0.79), blind88 (after batches 1-6: 0.86 /
# 0.79 / 0.93) and blind89 ("an ordinary fortnight", after batches 1-9: 0.79 / 0.86 / 0.71). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # a forum thread's starter, a user name (torque_ripple): left, as the Reddit user of blind82
    ("blind83", 1.0, 1.0, 0, 0.92, (0.98, 0.98), 0.91, (0.75, 0.33)),
    # a LinkedIn post dated only "2d"; a Reddit user as writer: left
    # (topics 0.29 -> 0.28 in the forty-ninth round: a LinkedIn post's comments under its counts are no longer read as
    # its text, and a topic only they named went with them)
    ("blind86", 1.0, 0.92, 0, 0.92, (0.96, 0.98), 0.84, (0.95, 0.28)),
    # a WeChat column's "Interpretation |" and a podcast's "Ep. 147:" before the title (golds of other sets drop such
    # labels); a LinkedIn post's date from its event card; a podcast's host as its writer: left
    ("blind87", 0.85, 0.92, 0, 0.92, (0.92, 0.98), 0.89, (0.9, 0.34)),  # (topics' recall 0.36 until a page's footer stopped counting)
    # a thread's first post as its headline, longer than a headline; dates only relative, or a Bluesky stamp in the
    # copier's time zone (a day later than Washington's): left
    # (topics' recall 0.35 -> 0.34 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    ("blind88", 0.92, 0.78, 1, 1.0, (0.9, 0.93), 0.87, (0.8, 0.34)),
    # a wire's "Exclusive:" kept in the gold's headline (the majority drops it): left
    # (topics' recall 0.5 -> 0.49 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    ("blind89", 0.92, 1.0, 0, 1.0, (0.98, 0.98), 0.96, (0.85, 0.49)),
    # blind91 (a second "ordinary fortnight", scored once after batch 10: headline 0.93, date 1.00, author 0.93)
    # (its topic recall floor 0.36 -> 0.35 in the fifty-third round: a list's items are a paragraph each now, which
    # changes how often a topic's words stand in a paragraph; the split is right for the text)
    ("blind91", 1.0, 1.0, 0, 1.0, (0.97, 0.98), 0.89, (0.85, 0.35)),
])
def test_the_thirty_second_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                                quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-third round: blind90 (written in the thirty-second round, kept unread, scored first: headline 0.71, date
# 1.00, author 0.64), then blind92 (written blind and scored after batch 1, before any of its rules: 0.86 / 0.86 / 0.71)
# and blind93 ("an ordinary fortnight", scored after batches 1-3: 0.93 / 0.93 / 0.86). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # a speech's and a video's speaker or host as the writer (golds of other sets leave them out); "And Kessler in the BIS
    # release: "..."": left
    ("blind90", 1.0, 1.0, 0, 0.85, (0.97, 0.95), 0.82, (0.9, 0.36)),
    # a Hansard page's peers ("Lord Fenwick of Allendale (Con)" over each contribution), a trade court's opinion (its
    # case name in capitals over five lines, the declarations it quotes; its "/s/" signature is read), a machine translation's quotes, a rating
    # agency's analysts under "Analyst Contacts" past its disclaimers, a LinkedIn post dated "1d": left
    # (its topic recall floor 0.33 -> 0.32 in the fifty-third round, as blind91's: a list's items a paragraph each)
    ("blind92", 0.92, 0.92, 0, 0.85, (0.65, 0.97), 0.72, (0.85, 0.32)),
    # "... he said. (AIS)." run into the rights line under it (split once and undone: it broke older sets); a one-word
    # Indonesian name ("Priyambodo"): left
    ("blind93", 1.0, 1.0, 0, 1.0, (0.93, 0.95), 0.91, (0.5, 0.18)),
])
def test_the_thirty_third_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                               quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-fourth round: blind94 (written in the thirty-third round, kept unread, scored first: headline 0.57, date
# 0.93, author 0.71) and blind95 (a fifth "ordinary fortnight", written blind this round and scored after batches 1-2,
# before any of its rules: 0.86 / 0.93 / 0.86). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # a gazette's title inside its rules ("These rules may be called ..."), an "[Exclusive]" tag kept by the gold, a
    # radio host and a speech's speaker as writers (golds of four earlier sets leave hosts out), "He keeps "about 11
    # weeks"" (a partial with no verb of saying): left
    ("blind94", 0.85, 1.0, 0, 0.85, (0.96, 0.99), 0.91, (0.74, 0.33)),
    # a forwarded newsletter's writer, signed "Name, Americas Editor, Houston" under its top story: left
    ("blind95", 1.0, 1.0, 0, 0.92, (0.99, 0.99), 0.96, (0.56, 0.18)),
    # blind96 (a sixth "ordinary fortnight", written this round and scored once after every other rule: 0.79 / 1.00 /
    # 0.57); a "What you need to know:" box over a Kenyan daily's byline, a writer printed in capitals on a clean
    # selection: left
    ("blind96", 1.0, 1.0, 0, 0.85, (0.9, 0.96), 0.93, (0.85, 0.16)),
])
def test_the_thirty_fourth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                                quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-fifth round: blind97 (a seventh "ordinary fortnight", written in the thirty-fourth round, kept unread, scored
# first: headline 0.93, date 0.93, author 0.79; quotes 0.83 / 0.89). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # a one-word partial ("comfortable"), a term "she called "automation by stealth"": left
    ("blind97", 1.0, 1.0, 0, 1.0, (0.97, 0.99), 0.99, (0.9, 0.05)),
    # blind98 (an eighth "ordinary fortnight", written this round and scored once after batch 1: 0.71 / 0.86 / 0.50): a
    # partial of two words the gold leaves out, "vitamins B1, B12 and C. Exporters must ..." read as a name: left
    ("blind98", 1.0, 1.0, 0, 1.0, (0.99, 0.98), 0.98, (0.2, 0.02)),
])
def test_the_thirty_fifth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                               quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-sixth round: blind99 (a ninth "ordinary fortnight", written in the thirty-fifth round, kept unread, scored
# first: headline 0.93, date 1.00, author 0.79; quotes 0.95 / 0.99, people 0.95). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # "with additional reporting by" in a Taiwanese byline, a writer by this gold, a helper by blind35's: left
    ("blind99", 1.0, 1.0, 0, 0.92, (1.0, 1.0), 1.0, (0.65, 0.25)),
])
def test_the_thirty_sixth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                               quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-seventh round: blind101 (a week of drug-ingredient news, written this round, scored before any rule of it:
# headline 0.43, date 0.86, author 0.29; quotes 0.85 / 0.93, people 0.89) and blind100 (a week of undersea-cable news,
# written this round, scored after the blind101 rules and before any of its own: headline 0.86, date 0.86, author 0.57;
# quotes 0.89 / 0.94, people 0.88). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # a live page's pinned entry, "Additional reporting by" (a writer by this gold, a helper by blind35's) and a
    # programme's presenter as an author: left
    ("blind101", 0.85, 1.0, 0, 0.57, (0.97, 0.93), 0.9, (0.5, 0.08)),
    # "Said bin Nasser Al Kindi" (a given name that is also a speech verb), a ministry's written reply as its minister's,
    # a minister's second quote over a paragraph break: left
    ("blind100", 1.0, 1.0, 0, 1.0, (0.92, 0.94), 0.87, (0.85, 0.15)),
])
def test_the_thirty_seventh_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                                 quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-eighth round: blind102 (a week of connected-vehicle news, written this round, scored before any rule of it:
# headline 1.00, date 0.86, author 0.86; quotes 0.92 / 0.90, people 0.86) and blind103 (a week of antimony and tungsten
# news, written this round, scored before any rule: headline 0.43, date 0.57 (one later than the truth), author 0.71;
# quotes 0.88 / 0.98, people 0.79); then blind105 (genomics data, scored after the rules of those two and before any of
# its own: headline 0.71, date 0.57, author 0.43; quotes 0.93 / 0.93, people 0.79) and blind104 (solar wafers, scored
# after blind105's rules and before any of its own: headline 0.86, date 0.57 (one later), author 0.57; quotes 0.87 /
# 0.95, people 0.79); last blind106 (lidar and home robots, scored after every rule above and before any of its own:
# headline 0.86, date 0.71 (one later), author 0.71; quotes 0.98 / 0.98, people 0.79) and blind107 (syringes and glass
# tubing, scored after blind106's rules: headline 0.43, date 1.00, author 0.71; quotes 0.96 / 0.90, people 0.81). After
# the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # "Ben-Ami Rosenthal:" answering under "Yael Ben-Ami Rosenthal is general manager of ...", a company's statement as
    # its quote, a pull quote counted once more: left
    ("blind102", 1.0, 1.0, 0, 1.0, (0.92, 0.89), 0.87, (0.75, 0.1)),
    # a Telegram channel's feed over the post it shares and its year-less dates, a hearing's senators' questions (turns the
    # gold counts as quotes), a name broken across a PDF's lines: left
    ("blind103", 0.85, 0.85, 0, 0.71, (0.87, 0.97), 0.84, (0.8, 0.4)),
    # a podcast's host as its author and its transcript's initials ("ROF:") as its guests, "additional reporting" as a
    # writer, a quote in the article appended under "UP NEXT": left
    ("blind104", 1.0, 1.0, 0, 0.71, (0.86, 0.94), 0.8, (0.7, 0.25)),
    # a forum poster's own title over the article they paste, a Saudi article's pipe byline of two writers: left
    ("blind105", 0.85, 1.0, 0, 0.85, (0.92, 0.92), 0.81, (0.95, 0.0)),
    # an interview's "Interview by A" run together with its translator's credit and the page's rights: left
    ("blind106", 1.0, 1.0, 0, 0.85, (0.97, 0.97), 0.8, (0.5, 0.02)),
    # a news aggregator's cards over the article, a ministry's transcript titled under its letterhead, a digest's second
    # item, a Facebook page's name over its statement (four headlines), a Finnish byline in a card: left for the next round
    ("blind107", 0.42, 1.0, 0, 0.85, (0.97, 0.91), 0.84, (0.95, 0.05)),
])
def test_the_thirty_eighth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                                quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The thirty-ninth round: blind108 (a week of subsea-cable news, written this round, scored before any rule of it:
# headline 0.43, date 1.00, author 0.43; quotes 0.89 / 0.80, people 0.66) and blind109 (a week of battery-graphite news,
# scored before any rule: headline 0.57, date 0.71 (one later than the truth), author 0.43; quotes 0.81 / 0.87, people
# 0.84). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # a live blog whose article is its key entry, a byline at the end with "with reporting by", a LinkedIn thread's
    # comments under the article, topics the registry does not know (subsea cables, fibre preforms): left
    # (the fortieth round's rules: the writer's whole name before "with reporting by", a long name after an office)
    ("blind108", 0.85, 1.0, 0, 0.71, (0.95, 0.9), 0.78, (0.2, 0.02)),
    # an article in French and its English translation under it (the gold's headline and quotes are the English's), a
    # ministry speech's speaker as its author, "Additional reporting by" as a writer (the earlier convention stands): left
    # (a bulletin's lead item's heading as its headline: read from the forty-first round)
    # (topics 0.92 / 0.34 until the forty-first round: a members' bulletin's later items, now furniture under the one
    # it prints whole, no longer count as the article's mentions; its headline and people rose with it)
    # (topics' recall 0.31 -> 0.28 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    ("blind109", 0.85, 1.0, 0, 0.57, (0.8, 0.86), 0.91, (0.9, 0.28)),
])
def test_the_thirty_ninth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                               quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fortieth round: blind110 (a week of drug-ingredient news, written this round, scored before any rule of it:
# headline 0.71, date 0.71 (two later than the truth), author 0.71; quotes 0.87 / 0.94, people 0.87) and blind111 (a week
# of satellite-internet news, scored before any rule: headline 0.57, date 0.57 (one later), author 0.71; quotes 0.71 /
# 0.71, people 0.73). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (topics: the registry has no drug-ingredient topics)
    ("blind110", 1.0, 1.0, 0, 1.0, (0.98, 0.98), 0.91, (0.6, 0.05)),
    # a radio bulletin's second item as the article (its headline, date and reporters), a thread's writer named inside
    # its first post, a Facebook post with no year anywhere: left
    ("blind111", 0.85, 0.71, 1, 0.71, (0.86, 0.8), 0.84, (0.9, 0.05)),
])
def test_the_fortieth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                          quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-first round: blind112 (a week of home-router news, written this round, scored before any rule of it:
# headline 0.29, date 0.71 (none later than the truth), author 0.14; quotes 0.87 / 0.95, people 0.81) and blind113 (a
# week of industrial-robot news, scored before any rule: headline 0.43, date 0.57 (one later), author 0.14; quotes 0.95 /
# 0.93, people 0.80). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (author: "Additional reporting by B" counted as a writer; quotes: a committee's members' turns, which this gold
    # counts and earlier hearings' gold does not)
    ("blind112", 1.0, 1.0, 0, 0.85, (0.89, 0.95), 0.84, (0.9, 0.04)),
    # (headline: "Ep. 212 — " kept, as earlier podcasts' gold keeps it; date: a disclosure posted the day after its
    # letter; author: "With local reporting by C" counted as a writer)
    ("blind113", 0.85, 0.85, 0, 0.85, (0.97, 0.97), 0.83, (0.6, 0.1)),
])
def test_the_forty_first_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-second round: blind114 (a week of smart-meter news, written this round, scored before any rule of it:
# headline 0.71, date 1.00 (none later than the truth), author 0.29; quotes 0.66 / 0.88, people 0.74), blind115 (a
# week of medical-imaging news, scored before any rule: headline 0.57, date 0.86 (none later), author 0.71; quotes 0.80 /
# 1.00, people 0.86) and blind116 (a week of EV-charger news, scored before any rule: headline 0.43, date 0.86 (none
# later), author 0.29; quotes 0.90 / 1.00, people 0.77). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (author: "Additional reporting by B" counted as a writer, and a speech's speaker as its writer, where the earlier
    # sets' gold counts neither)
    ("blind114", 1.0, 1.0, 0, 0.7, (0.96, 0.96), 0.9, (0.6, 0.05)),
    # (date: a written question dated by the day it was answered, not tabled; author: "With files from B" a writer, a
    # tabloid's byline run into its lead in capitals, a memo's "From:", a consultation's foreword signatory)
    ("blind116", 0.85, 0.85, 0, 0.42, (0.89, 0.99), 0.77, (0.9, 0.25)),
    # (quotes: a TV report's clip its narration names only by the speaker's office)
    ("blind115", 1.0, 1.0, 0, 1.0, (0.97, 0.99), 0.97, (0.9, 0.04)),
])
def test_the_forty_second_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-third round: four text sets written blind this round, each scored before any rule of it: blind117 (a week
# of elevator-controller news: headline 0.71, date 1.00 (none later than the truth), author 0.43; quotes 0.78 / 1.00,
# people 0.95), blind118 (robot vacuums: headline 0.57, date 0.57 (2 later), author 0.57; quotes 1.00 / 0.88, people
# 0.72), blind119 (wind-turbine controllers: headline 0.29, date 1.00 (none later), author 0.57; quotes 0.86 / 0.67,
# people 0.71) and blind120 (smart locks: headline 0.57, date 0.71 (1 later), author 0.43; quotes 0.75 / 0.75, people
# 0.72). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (author: a court order's judge signing "/s/", a bulletin's signatory under "With best regards,")
    ("blind117", 1.0, 1.0, 0, 0.7, (0.83, 0.99), 0.94, (0.9, 0.02)),
    # (headline: a live blog's "Live:" kept, a half-year report's cover title under its tagline; date: a transcript
    # dated by its event, where blind4's gold dates the same shape by its posting)
    ("blind118", 0.7, 0.85, 1, 1.0, (0.99, 0.87), 0.72, (0.9, 0.02)),
    # (headline: a radio bulletin's third item, a tender's subject, a stock-exchange disclosure's press release)
    ("blind119", 0.56, 1.0, 0, 0.7, (0.88, 0.77), 0.77, (0.9, 0.05)),
    # (author: a TV story's two reporters, a Google Alerts digest's pasted article)
    # (people 0.81 -> 0.79 in the fifty-first round: the Google Alert's pasted page is read a paragraph a line; its last line
    # runs into the page's share, related and rights lines, read as its rights notice, and Rose-Marie Désir's second mention
    # with it)
    ("blind120", 1.0, 0.85, 1, 0.7, (0.84, 0.84), 0.79, (0.6, 0.09)),
])
def test_the_forty_third_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-fourth round: text sets written blind this round, each scored before any rule of it: blind121 (a week of
# infusion-pump news: headline 0.71, date 0.71 (1 later than the truth), author 0.71; quotes 0.90 / 1.00, people 0.88),
# blind122 (baby monitors and home cameras: headline 0.29, date 0.43 (2 later), author 0.57; quotes 0.72 / 0.87, people
# 0.85) and blind124 (farm drones and tractor telematics: headline 0.71, date 0.86 (1 later), author 0.86; quotes
# 0.68 / 0.82, people 0.81). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (quotes: a podcast guest named in full only in the show's guest list, a question in a parliament's record)
    ("blind121", 1.0, 1.0, 0, 1.0, (0.89, 0.99), 0.89, (0.9, 0.0)),
    # (quotes: an earnings call's analysts asking their questions)
    ("blind122", 1.0, 1.0, 0, 1.0, (0.95, 0.99), 0.94, (0.7, 0.06)),
    # (date: a briefs column's site bar a day after its issue; quotes: a TV transcript's "ZHUK (translated):" and
    # "[CLIP — ...]:" turns, a judge quoted in a summary, an OCR's misspelt spokesman)
    ("blind124", 1.0, 0.85, 1, 1.0, (0.75, 0.95), 0.85, (0.3, 0.02)),
])
def test_the_forty_fourth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-fifth round: text sets written blind this round, each scored before any rule of it: blind125 (a week of lidar,
# HD-map and gallium news: headline 0.86, date 0.57 (1 later than the truth), author 0.71; quotes 0.80 / 0.97, people
# 0.92) and blind126 (gene sequencers and their reagents: headline 0.43, date 0.71, author 0.86; quotes 0.65 / 0.97,
# people 0.78). After the round:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (author: a wire's "(Reporting by A in X and B in Y)" under a byline of A alone, where earlier golds take the byline;
    # quotes: a brief quoting an official in passing, an OCR'd turn of a minister's)
    ("blind125", 1.0, 1.0, 0, 0.85, (0.94, 0.99), 0.99, (0.9, 0.08)),
    # (date: a Telegram post under "15 ноября", a day with no year anywhere in the copy; quotes: a committee's chair and
    # members asking, by our convention no one's words)
    ("blind126", 1.0, 0.85, 0, 1.0, (0.87, 0.97), 0.95, (0.9, 0.02)),
])
def test_the_forty_fifth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-sixth round: blind128 (a week of antimony and tungsten news), written blind and scored before any rule of
# the round: headline 0.86, date 0.57 (0 later than the truth), author 0.43; quotes 0.82 / 0.80, people 0.80. After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (author: a byline only as a bare name at the end, a member alert's writer with his office, a radio script's
    # reporters; quotes: its gold counts a split quote once, our convention counts each part's sentence)
    # (raised in the forty-seventh round: date 0.86 by the site's clock over the masthead, author 0.57 by a member
    # alert's writer and office over its reviewer's credit)
    ("blind128", 1.0, 0.85, 0, 0.57, (0.8, 0.78), 0.82, (0.9, 0.3)),
])
def test_the_forty_sixth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-seventh round: blind127 (satellite ground stations, written in the forty-sixth round and scored then before
# any rule: headline 1.00, date 0.71, author 0.86, quotes 0.90 / 0.85, people 0.82) and blind129 (black mass and recycling
# equipment, written blind in this round and scored before any rule: headline 0.71, date 0.57 (0 later than the truth),
# author 0.86, quotes 0.61 / 0.96, people 0.81). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (quotes: its gold counts a split quote once, our convention each part; a quote inside an editor's note; people: a
    # village named "Ban ...", a satellite named after a person, a comment's place)
    # (topics' recall 0.1 -> 0.09 in the fifty-first round: a copy's long lines are read as the
    # paragraphs they are, its lead one of them, not the whole copy run together)
    ("blind127", 1.0, 1.0, 0, 1.0, (0.88, 0.83), 0.86, (0.6, 0.09)),
    # (quotes: a host reading a spokesman's words aloud, a chairman's split quote over a PDF's hyphenation; people: a
    # script's editor in its approval line, a recycler's name, a translator's credit)
    ("blind129", 1.0, 1.0, 0, 1.0, (0.9, 0.95), 0.88, (0.55, 0.15)),
])
def test_the_forty_seventh_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                                quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-eighth round: blind130 (drone flight controllers, written in the forty-seventh round and scored then before
# any rule: headline 0.86, date 0.57, author 0.57, quotes 0.82 / 0.97, people 0.88) and blind131 (optical transceivers,
# written blind in this round and scored before any rule: headline 0.57, date 0.57 (0 later than the truth), author 0.14,
# quotes 0.67 / 0.88, people 0.81). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (quotes: an investor call's analysts, whose questions its gold counts and our convention does not; a judge's
    # words after "the judge found"; topics: its gold's names match none of the registry's)
    ("blind130", 1.0, 1.0, 0, 1.0, (0.9, 0.97), 0.97, (0.0, 0.0)),
    # (quotes: a hearing's chair and members asking, whose questions its gold counts and our convention does not; people:
    # a TV anchor, named as a questioner by our convention)
    ("blind131", 1.0, 1.0, 0, 1.0, (0.88, 0.93), 0.97, (0.0, 0.0)),
    # (blind132, written blind at the round's end and scored before any rule: headline 0.57, date 0.57 (1 later than the
    # truth), author 0.29, quotes 1.00 / 0.86, people 0.76; two rules reached it, a byline run into an accented dateline
    # and a thread's "NEW ▶": the rest, a Mastodon thread's sign-off, a Teams paste, a Viber post, a phone-in summary and
    # a read-later export, is the next round's work)
    ("blind132", 0.85, 0.57, 1, 0.42, (1.0, 0.85), 0.77, (0.4, 0.1)),
])
def test_the_forty_eighth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                               quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The forty-ninth round: blind132 (gallium-nitride power chips, written blind at the end of the forty-eighth round and
# scored then before any rule: headline 0.57, date 0.57 (1 later than the truth), author 0.29, quotes 1.00 / 0.86, people
# 0.76) and blind133 (photoresists: an RSS reader's item, a browser-translated page, a video's subtitle file, a print-to-PDF
# copy, a radio bulletin script, a bilingual article, a forwarded newsletter quoted line by line; written blind in this
# round and scored before any rule: headline 0.43, date 0.57 (2 later than the truth), author 0.43, quotes 0.65 / 0.80,
# people 0.71), and blind134 (battery separator film: a Google Docs copy with reviewers' comments, a Discord export, a
# show daily's PDF, a clipping service's sheet, a Q&A explainer, a forum thread, a LINE TODAY copy). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (date: a keynote dated by its day of delivery, the day after the site's; quotes: a partial quote of a rule's words
    # before the trade representative's statement, which its gold gives no one)
    ("blind132", 1.0, 1.0, 0, 1.0, (1.0, 0.9), 0.93, (0.5, 0.15)),
    # (people: a reporter and a presenter named in a video's turns, "Funcionarios de Aduanas" read as a name)
    ("blind133", 1.0, 1.0, 0, 1.0, (1.0, 0.95), 0.84, (0.3, 0.05)),
    # (blind134, written blind in this round and scored before any rule: headline 0.43, date 0.57, author 0.71, quotes
    # 0.91 / 0.91, people 0.85; quotes: '"A," said B, who runs C. "D."', which its gold counts once and our convention
    # twice, and a two-word partial; people: a moderator who wrote the piece, a company's slogan)
    # (people 0.93 -> 0.96 in the fiftieth round: a French site's "Réactions (2)" over its comments, "Luyuan Advanced Film")
    ("blind134", 1.0, 1.0, 0, 1.0, (0.96, 0.96), 0.96, (0.75, 0.2)),
])
def test_the_forty_ninth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fiftieth round: blind135 (subsea-cable repair ships: a Notion page exported as Markdown, a video page with its
# transcript panel, a Word document with its tracked changes, a Mailchimp digest, a university's release, a Slack thread,
# a fax with an OCR'd page; written blind in this round and scored before any rule: headline 0.43, date 0.43 (2 later
# than the truth), author 0.43, quotes 0.74 / 0.89, people 0.79). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (date: a digest dated by the mail that sent it, in another time zone, not the issue's own day; quotes: a video's
    # lower-case auto-transcript, whose turns name nobody, and a partial after a block quote by "He")
    ("blind135", 1.0, 1.0, 0, 1.0, (0.85, 0.97), 0.95, (0.9, 0.02)),
    # (blind136, ship satellite terminals: a wire's advisory over its story, an Apple News copy, a Facebook page's post,
    # a reader-mode copy, an e-mailed edition printed from Outlook, a podcast's show notes, an Evernote export; written
    # blind in this round after its first rules and scored on main at 9d70478 before any rule for it: headline 0.71, date
    # 0.57 (1 later), author 0.57, quotes 0.98 / 0.98, people 0.89; left: an e-mailed edition dated by the day it was
    # sent in the reader's zone, and a partial after "She said ... ask both sides for"; date 0.86 -> 1.00 in the fifty-first
    # round: the edition's own day, a line of its own over its "TOP STORY", before the day the mail was sent)
    ("blind136", 1.0, 1.0, 0, 1.0, (0.95, 0.97), 0.97, (0.9, 0.02)),
])
def test_the_fiftieth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                          quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-first round: blind137 (farm drones: a screen reader's log of a page, a photo agency's package of pictures and
# its story, a chat interview, a Reddit thread with the article pasted into a comment, a fact-check with its correction,
# an Obsidian note clipped from a page, an op-ed signed by its bio; written blind in this round and scored on 2356c2d
# before any rule: headline 0.43, date 0.86 (0 later), author 0.29, quotes 0.76 / 0.78, people 0.84). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind137", 1.0, 1.0, 0, 1.0, (0.97, 0.97), 0.97, (0.45, 0.02)),
    # (blind138, antibiotic ingredients: teletext pages, a dictated voice memo, a pharmacy journal's members' page, a
    # hospital intranet, a phone's text of a photographed clipping, a trade show's exhibitor newsletter, an SMS alert
    # stream; written blind in this round after its first rules and scored on main at 0ba5642 before any rule for it:
    # headline 0.43, date 0.43 (2 later), author 0.43, quotes 0.85 / 0.95, people 0.90; left: a partial quote in
    # French guillemets after a split quote, a quote counted once more under "X said:")
    ("blind138", 1.0, 1.0, 0, 1.0, (0.95, 0.95), 0.95, (0.9, 0.0)),
    # (blind139, cargo scanners: a CMS's editing screen, an Instagram post, a port's notice to its users, a broker's OCR'd
    # circular, a council's slides with their notes, a shipping line's advisory read in Gmail, a Kindle's highlights;
    # written blind at the end of this round and scored on main at 0b98c44; no rule made for it yet: these floors are its
    # first run, for the next round to raise)
    # (raised in the fifty-second round from its first run, 0.42, 0.71, 0, 0.28, (0.75, 0.87), 0.83; left: an OCR'd
    # surname misspelt once)
    ("blind139", 1.0, 1.0, 0, 1.0, (0.94, 0.94), 0.95, (0.0, 0.0)),
])
def test_the_fifty_first_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-second round: blind140 (smart meters: a site pasted into a service-desk ticket, a podcast's Otter-style
# transcript, a two-column PDF copied with its columns interleaved, a Threads thread, a utility's PDF release, a Medium
# story, a TikTok description and captions; written blind in this round and scored on main at 5d02eaf before any rule:
# headline 0.71, date 0.57 (0 later), author 0.57, quotes 0.69 / 0.93, people 0.82; left: the interleaved columns'
# quotes). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind140", 1.0, 1.0, 0, 1.0, (0.83, 0.97), 0.94, (0.0, 0.0)),
    # (blind141, grid batteries: an aggregator app's card and story, a print preview, a web archive's snapshot, a
    # Confluence page, a press database's record, a Trello card, a Word briefing pack; written blind in this round after
    # its first rules and scored on main at 7cee57d before any rule for it: headline 0.43, date 0.71 (1 later), author
    # 0.43, quotes 1.00 / 1.00, people 0.81)
    ("blind141", 1.0, 1.0, 0, 1.0, (0.97, 0.97), 0.97, (0.39, 0.11)),
])
def test_the_fifty_second_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-third round: blind142 (electric-bus telematics and update servers: a reference manager's record with the page
# in its abstract, a subscriber's alert cut at "Continue reading" with the rest pasted under it, a OneNote page, a
# table's row copied with its field names, a CRM's post, a meeting invitation with a read-ahead, an issue dumped from the
# command line quoting the article; written blind in this round and scored on main at fd818e9 before any rule: headline
# 0.14, date 0.57 (2 later), author 0.43, quotes 0.91 / 0.89, people 0.72; left: "Nei", a Gilbertese honorific, kept
# with a name; the CRM post's colleagues and "Zhixing Link" taken for people; topics its gold names the registry lacks).
# After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind142", 1.0, 1.0, 0, 1.0, (0.92, 0.94), 0.88, (0.0, 0.0)),
    # (blind143, traffic-signal controllers: a text browser's dump, an embassy's cable reproducing the article, a research
    # notebook holding it in a string, a tender's clarification note with the article as an annex, a clipboard
    # manager's history, a court exhibit with its page stamps, a paste site's page; written blind in this round after its
    # first rules and scored on main at a561b72 before any rule for it: headline 0.00, date 0.57 (1 later), author 0.29,
    # quotes 0.98 / 0.98, people 0.74; left: the tender note's, the court exhibit's and the paste page's headlines)
    # (raised in the fifty-fourth round: a paste site's actions, a court exhibit's stamps and cover, a document's annex
    # and its running foot, Papiamentu labels, "told Kayamb Info" no speaker)
    ("blind143", 1.0, 1.0, 0, 1.0, (0.99, 0.99), 0.91, (0.5, 0.02)),
])
def test_the_fifty_third_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-fourth round: blind144 (elevator remote-monitoring gateways: a Congressional Record item printing the article
# at a member's request, a mail's raw source with the article in its plain-text part, an org-mode capture, a clippings
# commit shown with its diff, a Logseq journal, a Microsoft Loop page, a Google Keep note; written blind in this round and
# scored on main at 97678e1 before any rule: headline 0.29, date 0.29 (1 later), author 0.29, quotes 0.88 / 0.98, people
# 0.78; left: a workspace's members taken for people). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    # (raised in the fifty-fifth round: readers' comments over "Add a comment", a section's headlines run into one
    # block, Portuguese comments and share lines, a dateline's place no person)
    ("blind144", 1.0, 1.0, 0, 1.0, (0.99, 0.97), 0.99, (0.5, 0.02)),
])
def test_the_fifty_fourth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-fifth round: blind145 (heat-pump controllers and their clouds: a mailing list's archive page with the article
# pasted under a Danish copy mark, a LaTeX note quoting it, a course's assignment with the page pasted between rules, a
# notes app's raw export, a wiki talk page's collapsed box, an e-reader's downloaded news book, an editor's numbered
# screen; written blind in this round and scored on main at 68df100 before any rule: headline 0.00, date 0.00 (4 later),
# author 0.43, quotes 0.82 / 1.00, people 0.73; left: the text sets' topics its gold names the registry lacks). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind145", 1.0, 1.0, 0, 1.0, (0.99, 0.99), 0.99, (0.75, 0.1)),
])
def test_the_fifty_fifth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-sixth round: blind146 (solar inverters' remote access: a WordPress API's record and body printed by curl and
# jq in a terminal, an NITF syndication item, a ChatGPT conversation with the page pasted in, a Word mail-merge letter
# enclosing it, a TextEdit RTF file read as text, a Hugo file's TOML front matter on a Gitea page, a text-to-speech
# script in SSML; written blind at the end of the fifty-fifth round and scored on main at e165477 before any rule:
# headline 0.00, date 0.14 (4 later), author 0.00, quotes 0.62 / 1.00, people 0.74; left: a Romansh byline ("Da A"), a
# spoken "By A. Published ..." sentence, a copyist's note in capitals over an RTF page). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind146", 0.85, 0.71, 0, 0.57, (0.99, 0.99), 0.9, (0.75, 0.15)),
    # blind147 (wind-turbine controllers: a licensed reprint PDF read as text, an XLIFF translation file, a media-monitoring
    # CSV export, an ODT unpacked in a terminal, a mysqldump of a CMS row, a PDF form's field dump, an EPUB unpacked in a
    # terminal; written blind in this round and scored on main at 6884023 before any rule: headline 0.14, date 0.00 (3
    # later), author 0.14, quotes 0.82 / 0.85, people 0.78; left: the SQL dump, a reprint licence's dates)
    ("blind147", 0.85, 0.71, 2, 0.85, (0.87, 0.91), 0.91, (0.75, 0.02)),
])
def test_the_fifty_sixth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-seventh round: blind148 (metro train control and remote diagnostics: a Matrix room's plain-text export with the
# page pasted into a message, a brat annotation batch printed in a terminal, InDesign tagged text converted in a terminal,
# a Gemini capsule fetched with a command-line client, a newsroom archive's YAML record, a PGP-signed list post in mutt
# with the page between scissor lines, a Usenet follow-up; written blind at the start of this round and scored on main at
# 25f810f before any rule: headline 0.43, date 0.57 (3 later), author 0.14, quotes 0.73 / 0.95, people 0.78; left: quotes
# of a Q&A box's speaker and of a block quote under a colon, text topics). After it:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind148", 1.0, 1.0, 0, 1.0, (0.79, 0.99), 0.92, (0.75, 0.02)),
])
def test_the_fifty_seventh_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                               quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-eighth round: blind149 (airport baggage and cargo X-ray scanners and their makers' update links: a Common Crawl
# WET record pulled out with warcio, trafilatura's XML output in a terminal, a WordPress RSS feed fetched with curl, an
# AsciiDoc clip file in a Git repository, an access-to-information release read with pdftotext, an HWP press-monitoring
# report converted with hwp5txt, a groff-rendered text edition justified at 72 columns; written blind at the start of
# this round and scored on main at 9ae2108 before any rule: headline 0.57, date 0.57 (3 later), author 0.71, quotes 0.67 /
# 0.97, people 0.78; left: the AsciiDoc clip's header, a speaker whose given name is a registered place, text topics). After it, with
# blind148's quotes and people raised by this round's block quotes and "who" clauses:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind149", 0.85, 0.85, 1, 0.85, (0.95, 0.97), 0.90, (0.75, 0.02)),
    ("blind148", 1.0, 1.0, 0, 1.0, (0.93, 0.99), 0.94, (0.75, 0.02)),
])
def test_the_fifty_eighth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The fifty-ninth round: blind150 (water-treatment and desalination plant controllers and their makers' remote links: a
# wire item in IPTC 7901 printed with cat -v, an R console scraping the page with rvest, a feed reader's row in psql's
# expanded display, Apache Tika's metadata and text, a MISP event report, an Etherpad timeslider, a DOCX converted with
# pandoc to Markdown; written blind at the start of this round and scored on main at 9eba5b6 before any rule: headline
# 0.14, date 0.00 (4 later), author 0.14, quotes 0.87 / 0.95, people 0.88; left: the wire item's header block, the R
# console's vectors, the MISP event's page around its report, text topics). After it, with blind149's AsciiDoc clip and
# Greek stamp read:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind150", 0.57, 0.57, 2, 0.57, (0.90, 0.95), 0.92, (0.75, 0.0)),
    ("blind149", 1.0, 1.0, 0, 1.0, (0.95, 0.97), 0.91, (0.75, 0.02)),
])
def test_the_fifty_ninth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixtieth round: blind151 (ship-to-shore and yard cranes and their makers' remote links: a Scrapy crawl's log with
# the page scraped onto one line as a Python dict, a comment on a federal docket with the article's PDF pasted under an
# attachment banner, a bank's adverse-media screening case, a TiddlyWiki .tid file, a petition page reproducing the
# article, a port security desk's shift-handover log, a Google Forms response; written blind at the start of this round
# and scored on main at c14b358 before any rule: headline 0.00, date 0.43 (3 later), author 0.14, quotes 0.91 / 0.88,
# people 0.73; left: a Portuguese split quote's speaker after "disse ao <paper>", text topics). After it, with blind120's
# page under a log's rules read and blind150's R console and Chinese reporter's label:
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind151", 1.0, 1.0, 0, 1.0, (0.97, 0.95), 0.87, (0.0, 0.0)),
    ("blind120", 1.0, 1.0, 0, 0.85, (0.92, 0.92), 0.90, (0.79, 0.09)),
    ("blind150", 0.71, 0.71, 1, 0.71, (0.95, 0.95), 0.92, (0.75, 0.0)),
])
def test_the_sixtieth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                          quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixty-first round: blind152 (grid batteries and their makers' remote links: an irssi channel log with the page pasted
# line by line, a webmail print of a bounced mail, an OT asset register's record with the page under a banner, a union
# local's minutes with the article as an appendix, an OPML outliner export, a press-complaint form with the article pasted
# between banners, a fire service's pre-fire plan with the explainer as an attachment; written blind at the start of this
# round and scored on main at bf59c8f before any rule: headline 0.57, date 0.29 (2 later), author 0.14, quotes 0.75 /
# 0.92, people 0.79; Balinese names read whole in the sixty-second round; left: text topics):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind152", 1.0, 1.0, 0, 1.0, (1.0, 1.0), 0.97, (0.29, 0.08)),
])
def test_the_sixty_first_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixty-second round: blind153 (hospital CT and MRI scanners and their makers' remote service: an HL7 message stuck in
# an interface engine's error queue, IBM i 5250 screens of an insurer's notes, a dcmdump of a DICOM report, a diff of two
# saved copies, a Kafka console consumer's dump, a shell script's here-document, an Enscript PostScript print job; written
# blind at the start of this round and scored on main at 6cb1891 before any rule: headline 0.14, date 0.00 (5 later),
# author 0.00, quotes 0.72 / 1.00, people 0.82; left: a note over the page in the 5250 and DICOM copies read as the
# headline, PostScript's strings, the HL7 digest's own day over the article's):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind153", 1.0, 1.0, 0, 1.0, (1.0, 1.0), 0.97, (0.0, 0.0)),  # (raised in the sixty-third round)
])
def test_the_sixty_second_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixty-third round: blind154 (crop-spraying drones' flight logs: FidoNet echomail in GoldED+, a KML placemark's
# description, a tea broker's report annex, an ODK form submission's XML, a Typst bulletin's raw block, an XMPP console's
# stanzas, an automation tool's run history; written blind at the start of this round and scored on main at 01002a4
# before any rule: headline 0.43, date 0.29 (4 later), author 0.14, quotes 0.82 / 0.98, people 0.85; left: a Mongolian
# tag line run into the share line read as a name):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind154", 1.0, 1.0, 0, 1.0, (1.0, 1.0), 0.98, (0.0, 0.0)),
])
def test_the_sixty_third_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixty-fourth round: blind155 (portable ultrasound scanners' cloud archives: a Wireshark TCP stream of a text-only
# edition, a government file's noting with its Flag 'A', a distributor's field safety notice annex, a radiology journal
# club's handout, a Notepad .LOG typed in a console, a patient-safety incident report, a DHIS2 message thread; written blind
# at the start of this round and scored on main at 777bece before any rule: headline 0.29, date 0.29 (3 later), author
# 0.14, quotes 0.93 / 0.96, people 0.88; left: a maker's words "what they call" read as the official's, a partial after
# "she wants"):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind155", 1.0, 1.0, 0, 1.0, (0.97, 0.97), 1.0, (0.0, 0.0)),
])
def test_the_sixty_fourth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                              quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixty-fifth round: blind156 (flood gauges' and sirens' telemetry: a Moodle GIFT quiz bank's reading, a Fountain
# screenplay's boneyard, a TEI transcription, a CAP exercise alert, a reinsurance slip's information section, an IETF
# Internet-Draft's appendix, a similarity report on a student's assignment; written blind at the start of this round and
# scored on main at 04eab1a before any rule: headline 0.43, date 0.57 (1 later), author 0.57, quotes 0.91 / 0.93, people
# 0.73; left: a village head's partial quote given to the place before his name, a town "Vigía del Fuerte" read as a name):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind156", 1.0, 1.0, 0, 1.0, (0.95, 1.0), 0.95, (0.0, 0.0)),
])
def test_the_sixty_fifth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixty-sixth round: blind157 (hearing aids' apps and firmware: a certified translation of a Khmer page glossed line by
# line, a Gherkin feature file's doc string, an RCS file's revisions, a Praat TextGrid of the page read aloud, a GNU recutils
# clippings database, a BagIt bag printed with tail, a Twine story's passage; written blind at the start of this round and
# scored on main at 789542c before any rule: headline 0.43, date 0.14, author 0.00, quotes 0.81 / 0.92, people 0.73;
# left: a partial after a long "declined to say whether ..., saying only that"):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind157", 1.0, 1.0, 0, 1.0, (0.97, 0.97), 0.97, (0.0, 0.0)),
])
def test_the_sixty_sixth_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                             quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# ... and blind158 (public defibrillators' monitoring: finger's .plan, a GNU shar archive, a CoNLL-U treebank, sqlite3's
# line mode, a Gopher menu, an e-discovery production read with more, pr's pages; written blind in this round and scored on
# main at 5930f11 before any rule: headline 0.14, date 0.00 (5 later), author 0.00, quotes 0.67 / 0.94, people 0.77; left:
# a Gopher copy's wrapped dek read over its headline):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind158", 0.85, 1.0, 0, 1.0, (0.97, 0.97), 0.94, (0.0, 0.0)),
])
def test_the_sixty_sixth_round_s_second_text_set_reads_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                                   quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# The sixty-seventh round: blind159 (electronic shelf labels' pricing clouds: a swaks SMTP session that sends the page,
# a clipboard app's plist export, a Terraform file's heredoc, a Scribus newsletter, a Postman collection's saved response,
# a script(1) terminal recording, DocBook XML; written blind at the start of this round and scored on main at de10174
# before any rule: headline 0.00, date 0.14 (1 later), author 0.14, quotes 0.65 / 0.93, people 0.80; left: "Ko" before a
# Burmese name, a translator's credit under the text, a chain "Dujam Market" and a street "Laxmi Road" read as people):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind159", 1.0, 1.0, 0, 1.0, (0.97, 0.99), 0.93, (0.0, 0.0)),
])
def test_the_sixty_seventh_round_s_text_sets_read_at_least_as_well_as_after_it(folder, headline, date, future, author,
                                                                               quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)


# ... and blind160 (school-bus GPS trackers' fleet cloud: a ServiceNow ticket's XML, an IPython session, a WordPress WXR
# export, cat -A of a file with a byte-order mark and CRLF line ends, a GitHub Actions job log, an Excel 2003 XML
# spreadsheet, reStructuredText; chrome in Scottish Gaelic, Guarani, Sardinian, Cebuano, Inuktitut, Wolof and Odia;
# written blind in this round and scored on main at b1698a9 before any rule: headline 0.14, date 0.00 (3 later), author
# 0.00, quotes 0.93 / 1.00, people 0.81; left: a log's and a press review's own names read as people):
@pytest.mark.parametrize("folder, headline, date, future, author, quotes, people, topics", [
    ("blind160", 1.0, 1.0, 0, 1.0, (0.97, 0.97), 0.93, (0.0, 0.0)),
])
def test_the_sixty_seventh_round_s_second_text_set_reads_at_least_as_well_as_after_it(folder, headline, date, future,
                                                                                      author, quotes, people, topics):
    holds(folder, headline=headline, date=date, future=future, author=author, quotes=quotes, people=people, topics=topics)
