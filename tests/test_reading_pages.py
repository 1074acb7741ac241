"""Saved web pages nobody tuned on (tests/fixtures/blind-html, written blind by a helper who
never read generator/): the figures per field, held as floors.

First blind run (the honest figure, before any fix): headline 0.80, date 0.90, site name 0.70,
authors 0.80, body starts right 0.70, ends right 0.70, captions 0.90, no furniture 0.80,
quotes attributed 0.39 (transcript turns in bold labels were mostly missed).

After fixing each miss's class with a general rule in generator/read_html.py (trafilatura's
recall pass when it finds no article, <br><br> paragraphs; the article's <h1> over a shorter SEO
title; the site name from the title's last part, application-name, JSON-LD publisher or the
header logo before the host; bios and labels are not author names, a leading "By" line names
them; kicker, deck, "###", closing bio and empty headings kept out of the text; speaker labels in
capitals in the name's case): every field 1.00 (10/10), quotes attributed 0.61 (28/46). The
quotes still missed are the extraction stage's (titles before a name, "X told a briefing"), not
the reading's. This set is now the development set: a fresh blind set re-measures."""
from __future__ import annotations

import pytest

from .conftest import FIXTURES
from .scoring import score_pages

FLOORS = {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
          "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}
QUOTES_FLOOR = 0.7  # 0.72 (33/46) after the fourth round of quote rules


def holds(folder: str, floors: dict[str, float], quotes: float) -> None:
    """Score a page set, print its figures, and hold each field (and quote attribution) at a floor."""
    report = score_pages(FIXTURES / folder)
    print("\n".join(report.lines()))
    for name, floor in floors.items():
        assert report.fields[name].rate >= floor, (name, report.fields[name].misses)
    assert report.quotes_right >= quotes * report.quotes_expected, (report.quotes_right, report.quotes_expected)


def test_saved_pages_of_the_blind_set_read_at_least_as_well_as_after_the_fixes():
    holds("blind-html", FLOORS, QUOTES_FLOOR)


def test_the_final_blind_pages_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html2: 8 pages written blind after every rule above, by a helper who
    never read generator/ or the other sets. Their first run is the honest figure: headline 0.88,
    date 1.00, site name 0.75, authors 0.75, body starts right 0.50, ends right 0.75, captions 0.50,
    no furniture 0.75, quotes attributed 0.82.

    After fixing each miss's class with a general rule in generator/read_html.py (a converted PDF's
    line <div>s joined into paragraphs, running headers, page numbers and end notes out, "Figure N."
    lines as captions; captions in caption-classed elements, a lead photo above the text's container
    and a credited line under a bare figure; the deck by its class (standfirst, dek, summary);
    "Lastname, Firstname" citation authors and rel=author links; the site's name cut off the
    headline, the logo by brand/wordmark marks, the markup's full name over the title's short one;
    a closing call to action out; a dateline block opens the next paragraph): every field 1.00 (8/8)
    but the body's start 0.88 (7/8: a transcript's "Participants:" roster stays first, as its names
    resolve the speakers' later turns), quotes attributed 0.84 (41/49; the rest are the extraction
    stage's: "X, a ..., said", "in the words of X"). This set is now a development set too."""
    holds("blind-html2", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.875,
              "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.86)


def test_the_third_blind_pages_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html3: 8 pages written blind after the second round of web-page
    rules. First run (the honest figure): headline 1.00, date 1.00, site name 0.88, authors
    0.88, body starts right 0.75, ends right 0.62, captions 0.88, no furniture 0.75, quotes
    attributed 0.71. After the fourth round (fixed by class on blind-html4's and this set's
    misses: layout tables, centred picture captions, closing taglines and "(Reporter: X)", a
    widget's count, an agency as "author", the site's fuller name): every field 1.00, quotes 0.88."""
    holds("blind-html3", FLOORS, 0.85)


def test_the_fourth_blind_pages_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html4: 10 pages written blind after the third round. First run (the
    honest figure): headline 0.90, date 0.90, site name 0.80, authors 0.90, body starts right
    0.80, ends right 0.90, captions 1.00, no furniture 0.80, quotes attributed 0.83. After the
    fourth round: headline, date, site name, authors and captions 1.00; body starts 0.80 (a live
    blog's entry title, a transcript's first speaker label), ends 0.90 (a disclaimer), no
    furniture 0.90, quotes 0.90."""
    holds("blind-html4", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.8,
                          "last sentence": 0.9, "captions": 1.0, "no furniture": 0.9}, 0.88)


def test_the_fifth_blind_pages_read_at_least_as_well_as_after_their_round():
    """tests/fixtures/blind-html5: 8 pages of unusual shapes (a fact sheet, a newsletter archive,
    an AMP page, a paywalled page whose text is only in JSON-LD, a report landing page), written
    blind after the fourth round. First run: headline 0.62, date 0.88, site 0.88, authors 0.75,
    body starts 0.50 / ends 0.62, captions 1.00, no furniture 0.75, quotes 0.73. After the fifth
    round: headline 1.00, authors 1.00, body 0.75 / 0.75. Left: the paywalled page's JSON-LD text,
    an 'At a glance' box and a report's abstract and key findings before the text."""
    holds("blind-html5", {"headline": 1.0, "date": 0.875, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                          "last sentence": 0.875, "captions": 1.0, "no furniture": 0.875}, 0.85)


def test_the_last_blind_pages_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html6: 8 pages, a realistic mix, written blind after the fifth round.
    First run (the honest figure): headline 1.00, date 1.00, site 0.50, authors 0.88, body starts
    1.00 / ends 0.88, captions 1.00, no furniture 0.88, quotes 0.91. After: site 0.75 (the fuller
    name from the publisher, <title> or logo), authors 1.00, body 1.00 / 1.00, no furniture 1.00."""
    holds("blind-html6", FLOORS, 0.9)


def test_the_seventh_blind_pages_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html7: 8 pages written blind after every rule above, the site's name
    given in a different place on each. First run, the honest figure: headline 1.00, date 1.00,
    site 0.62, authors 0.75, body starts 0.88 / ends 1.00, captions 1.00, no furniture 0.88,
    quotes 0.81. After: site 0.88 (a tagline after the name, a footer's copyright holder), authors
    0.88 (a byline under the <h1>), body
    1.00 / 1.00 (a 'Key takeaways' box), no furniture 1.00."""
    holds("blind-html7", {"headline": 1.0, "date": 1.0, "source": 0.875, "authors": 0.875, "first sentence": 1.0,
                          "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.8)


def test_the_eighth_blind_pages_read_at_least_as_well_as_after_their_round():
    """tests/fixtures/blind-html8: 12 pages written blind after the seventh round (a site named only
    in its logo and footer, a newsletter's hover card, two linked authors and an additional
    reporting line, a government release, a state-media page with no metadata, a European numeric
    date, a Next.js page, AMP, a think tank's footnotes, a live blog, a transcript, an
    Organization author). First run, the honest figure: headline 0.92, date 1.00, site 1.00,
    authors 0.92, body starts 0.92 / ends 0.83, captions 1.00, no furniture 0.83, quotes 0.91.
    After: every field 1.00 (an <h1> marked as the item's name, a job after the author's name,
    a live blog's entries as parts of one article, 'With additional reporting by', disclaimers
    and advertisement labels, 'Ms' without a full stop)."""
    holds("blind-html8", FLOORS, 1.0)


def test_the_ninth_blind_pages_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html9: 8 pages (a realistic mix) written blind at the end of the eighth
    round. First run, the honest figure: headline 1.00, date 0.88, site 0.62, authors 0.88, body
    starts 0.75 / ends 1.00, captions 1.00, no furniture 0.75, quotes 0.97. After: site 0.75 (a
    logo's parent body and a social handle's spelling are no site names; 'Meridian News Agency'
    for a gold 'Meridian' is still counted a miss), authors 1.00 ('Author:' labels), date 1.00 (a
    printed 'Published' line), body 1.00 / 1.00 (a summary list, a 'subheading' deck, a dateline
    read apart), no furniture 1.00 (a box led by 'Sponsored')."""
    holds("blind-html9", {"headline": 1.0, "date": 1.0, "source": 0.75, "authors": 1.0, "first sentence": 1.0,
                          "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.95)


def test_the_tenth_blind_pages_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html10: 8 pages (metadata rich and poor) written blind at the start of the
    ninth round. First run, the honest figure: headline 1.00, date 0.88, site 0.88, authors 0.88,
    body starts 0.88 / ends 1.00, captions 1.00, no furniture 0.88, quotes 0.94. After: all 1.00 (a
    printed 'Source | Editor | date' line, a logo's subtext, author cards, an editing note, a
    transcript's first turn read without its label, two quote shapes)."""
    holds("blind-html10", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_the_eleventh_blind_pages_read_at_least_as_well_as_after_their_round():
    """tests/fixtures/blind-html11: 8 pages (a realistic mix) written blind during the ninth round
    and scored once at its end. First run, the honest figure: headline 1.00, date 1.00, site 1.00,
    authors 0.88, body starts 0.62 / ends 0.75, captions 1.00, no furniture 0.75, quotes 0.94.
    After: authors 1.00 (a press office's contact line), body 0.88 / 1.00 (a key-points list, a
    place-only dateline, 'join us' and 'Photos' boxes; a live blog's first entry heading is still
    read as its first line), no furniture 1.00."""
    holds("blind-html11", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.9)


def test_the_twelfth_blind_pages_read_at_least_as_well_as_after_their_round():
    """tests/fixtures/blind-html12: 8 pages (a realistic mix) written blind at the start of the
    eleventh round. First run, the honest figure: headline 1.00, date 1.00, site 1.00 less one
    (0.88), authors 1.00, body starts 0.88 / ends 1.00, captions 1.00, no furniture 0.88, quotes
    0.91. After: site 1.00 (a ministry's banner), body starts 1.00 (a live blog's entry titles are
    subheadings), no furniture 1.00 (a newsletter prompt between paragraphs), quotes 0.97 (an
    office's two-part title before a name). Left: 'He said' of a spokesperson surnamed He."""
    holds("blind-html12", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.95)


def test_the_thirteenth_blind_pages_read_at_least_as_well_as_after_their_round():
    """tests/fixtures/blind-html13: 8 pages written blind at the start of the eleventh round and
    kept unread until its end. First run, the honest figure: headline, date, authors, body starts,
    captions 1.00, site 0.88, body ends 0.75, no furniture 0.88, quotes 0.90. After: body ends 0.88
    ("Previous:"/"Next:" links), no furniture 1.00, quotes 0.93 (a name after "Institute of").
    Left: a live blog whose markup lost two <div> openings (trafilatura stops at the break; the
    rest is counted as left out), a ministry's name without its country."""
    holds("blind-html13", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 0.85, "captions": 1.0, "no furniture": 1.0}, 0.9)


def test_the_fourteenth_blind_pages_read_at_least_as_well_as_after_their_round():
    """tests/fixtures/blind-html14: 8 pages written blind during the eleventh round and scored once
    at its end: the last honest figure. First run: headline, date, body starts and ends 1.00; site,
    authors, captions and no furniture 0.88; quotes 0.83. After: captions 1.00 (a <p class="pic-desc">),
    no furniture 1.00 (a morning e-mail's sign-up between entries). Left: a ministry named by its
    initials (now spelled out from its footer, without "of the People's Republic of China"), a
    newsletter's author only in its profile link, split quotes by role. Quotes 0.92 after a surname
    the registry gives to another person ("Harold Vance ... Vance said", not J.D. Vance) is read as
    the article's."""
    holds("blind-html14", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 0.85, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.9)


def test_saved_pages_of_blind_html15_read_at_least_as_well_as_after_the_fixes_it_suggested():
    """tests/fixtures/blind-html15: 8 pages written blind at the start of the twelfth round and tuned
    on at once. First run, the honest figure: headline, captions and quotes 1.00, date 0.88, site 0.50,
    authors 0.75, body starts 0.88 and ends 0.75, no furniture 0.62. After (a printed time stamp beats a
    style sheet's version, a headline is no site name, a handle and an edition spelled out, a
    photographer's credit run into the byline, newsletter boxes, a wire's bracketed credits, a
    dateline naming two places): every field 1.00 but the site (0.88: a ministry's logo text; 1.00
    in the thirteenth round, from the footer's "Sponsored by:" name)."""
    holds("blind-html15", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html16_kept_unread_read_at_least_as_well_as_after_the_round():
    """tests/fixtures/blind-html16: 8 pages written blind at the start of the twelfth round and kept
    unread until its end. First run, after every other rule of the round: headline, date, authors,
    body starts, captions and quotes 1.00; site 0.75 (a bureau's logo with its department's name, a
    ministry's logo text), body ends and no furniture 0.88 (an editor's update note after the text, now
    a credit: 1.00). The thirteenth round's site rules (a logo's sub-line, the footer's spelling of
    the logo's name) made the site 1.00."""
    holds("blind-html16", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html17_the_last_set_read_at_least_as_well_as_after_the_round():
    """tests/fixtures/blind-html17: 8 pages written blind during the twelfth round and scored once at
    its end: the last honest figure. First run: date, authors, captions and quotes 1.00; headline,
    site, body starts and ends 0.88; no furniture 0.75. After (the <h1> over an og:title with the
    same words reordered, a "What to know" box, readers' comments, "ⓒ"): every field 1.00 but the
    site (0.88: an English edition's name, "Hanul Daily English")."""
    holds("blind-html17", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html18_read_at_least_as_well_as_after_the_thirteenth_round():
    """tests/fixtures/blind-html18: 8 pages written blind at the start of the thirteenth round and
    tuned on at once. First run: body starts, captions and quotes 1.00; headline, date and authors
    0.88; body ends and no furniture 0.75; site 0.62. After (a JSON-LD headline that is the <h1>, a
    JSON-LD datePublished over a modified time, 'Government.nl', a logo's tagline, a ministry in
    Dutch, a translator's note, a newsletter's plea): every field 1.00 but the site (0.88: a think
    tank's full name where the annotator took the short one)."""
    holds("blind-html18", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html19_kept_unread_read_at_least_as_well_as_after_the_thirteenth_round():
    """tests/fixtures/blind-html19: 8 pages written blind at the start of the thirteenth round and
    kept unread until blind-html18's rules were in. First run: date, body starts and captions 1.00;
    headline and authors 0.88; site and no furniture 0.75; body ends 0.62; quotes 0.96. After (a
    section's <title> over a logo <h1>, a Commission sub-site, a directorate as author, a metadata
    list, production credits and a feedback prompt after the text): every field 1.00, quotes 0.96."""
    holds("blind-html19", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.96)


def test_saved_pages_of_blind_html20_the_last_set_read_at_least_as_well_as_after_the_thirteenth_round():
    """tests/fixtures/blind-html20: 8 pages written blind during the thirteenth round and scored once
    after every other rule: the last honest figure. First run: authors and captions 1.00; headline,
    date, body starts and ends 0.88; site and no furniture 0.75; quotes 0.90. After (an <h1> marked
    as the headline, a year alone is no date, a paywall's 'Sign in', a Senate page's '03.12.26'):
    headline, date and body ends 1.00; an Australian joint release's ministers' lines still open its
    text."""
    holds("blind-html20", {"headline": 1.0, "date": 1.0, "source": 0.75, "authors": 1.0, "first sentence": 0.85,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 0.85}, 0.9)


def test_saved_pages_of_blind_html21_read_at_least_as_well_as_after_the_fourteenth_round():
    """tests/fixtures/blind-html21: 8 pages of English editions of sites in other languages (Korea,
    Mexico, France, Japan, Indonesia, Germany, the Gulf, India), written blind at the start of the
    fourteenth round and tuned on at once. First run: date 1.00; headline, authors, body ends,
    captions and no furniture 0.88; body starts 0.75; site 0.38; quotes 0.76. After (an og:site_name
    in the home language, a logo's initials, a site title's English span, an og:title's '[Exclusive]',
    a lone date line and 'Press contact' around the text, text lost after a table in a layout cell):
    every field 1.00 but site and captions 0.88, quotes 0.97."""
    holds("blind-html21", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 0.85, "no furniture": 1.0}, 0.96)


def test_saved_pages_of_blind_html22_kept_unread_read_at_least_as_well_as_after_the_fourteenth_round():
    """tests/fixtures/blind-html22: 8 pages (a UK broadsheet, US trade press, Hong Kong, Singapore,
    Brazil, the EU, a hearing, a Ghost newsletter) kept unread until blind-html21's rules were in. First
    run: date, body ends, captions and no furniture 1.00; headline and site 0.88; authors 0.75; body
    starts 0.62; quotes 0.63. After (a hearing page's 'Mr. KESSLER:' labels read by the transcript
    rules, a section's generic <title>, desks as authors, a site name printed twice): headline, site and
    authors 1.00, quotes 0.83."""
    holds("blind-html22", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.6,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.8)


def test_saved_pages_of_blind_html23_the_last_set_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html23: 8 pages from Italy, Vietnam, Mexico, Nigeria, Israel, Sweden, China
    and Australia, written blind at the start of the fourteenth round and scored once, after every
    other rule: the last honest figure. First run: headline, date, body ends and captions 1.00; body
    starts and no furniture 0.88; site and authors 0.62; quotes 0.97."""
    holds("blind-html23", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.85,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 0.85}, 0.96)


def test_saved_pages_of_blind_html24_read_at_least_as_well_as_after_the_fifteenth_round():
    """tests/fixtures/blind-html24: 8 pages as browsers and tools save them (Save as Complete, SingleFile,
    a Wayback capture, AMP, a print view, Ghost, Medium, an Arc XP page), written blind at the start of
    the fifteenth round and tuned on at once. First run: headline, authors, body starts and captions
    1.00; site, body ends and furniture 0.75; date 0.62 (stamps in UTC a day off the page's own date);
    quotes 0.90. After (the local date the page prints, closing notes of portals and print views, the
    publisher's company): every field 1.00 but site 0.88, quotes 0.95."""
    holds("blind-html24", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.94)


def test_saved_pages_of_blind_html25_the_last_set_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html25: 8 pages, an ordinary week's (a US paper on Arc XP, a wire, Chinese
    state media, a Commerce release, a think tank, a Korean and a German paper's English editions,
    Taiwan's agency), written blind at the start of the fifteenth round and scored once after every
    other rule: the last honest figure. First run: headline 1.00; date 0.88; authors and captions 0.75;
    site and body starts 0.50; body ends 0.38; no furniture 0.12 (closing notes nobody had taught it);
    quotes 0.90. After: body ends and furniture 1.00, site and body starts 0.88."""
    holds("blind-html25", {"headline": 1.0, "date": 0.85, "source": 0.85, "authors": 0.75, "first sentence": 0.85,
                           "last sentence": 1.0, "captions": 0.75, "no furniture": 1.0}, 0.9)


def test_saved_pages_of_blind_html26_the_second_last_set_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html26: 8 pages of an ordinary fortnight (a UK broadsheet, a US wire, China's
    foreign ministry, a Korean English edition, an Indian business paper, the Commission's press
    corner, a US think tank, trade press), written blind during the fifteenth round and scored once
    after every other rule. First run: quotes 1.00; date, site, authors and captions 0.88; headline,
    body starts and ends and furniture 0.75. After: body starts and ends, captions and furniture 1.00."""
    holds("blind-html26", {"headline": 0.85, "date": 0.85, "source": 0.85, "authors": 0.85, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html27_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html27: 8 pages in current CMS markup (a WordPress site with a Yoast graph, an
    Arc XP paper, a Next.js page with JSON-LD only, a Drupal release, a think tank with three authors and
    Dublin Core, a Korean CMS with the byline in the body, a Substack post, a SvelteKit live blog), tuned
    on in the sixteenth round after its first run: authors 1.00, headline, date, body starts and ends
    0.88, site, captions and furniture 0.75, quotes 0.95. After: every field 1.00 but captions and furniture
    0.88 (a live blog's post run together with its caption); quotes 0.95."""
    holds("blind-html27", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 0.85, "no furniture": 0.85}, 0.94)


def test_saved_pages_of_blind_html28_the_last_set_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html28: 8 pages of an ordinary fortnight (a big US paper, a UK business paper,
    a wire, Chinese state media, a Singapore AMP page, USTR, a Paris think tank, trade press), written
    blind at the start of the sixteenth round and scored once after every other rule. First run (the
    honest figure): headline, date, captions and quotes 1.00; site, authors and body ends 0.88; furniture
    0.75; body starts 0.62 (an editor's newsletter box, a release's lead paragraph, a think tank's
    summary above the text). After the rules its misses gave: site and authors 1.00, body starts and
    furniture 0.88."""
    holds("blind-html28", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html29_read_at_least_as_well_as_after_the_seventeenth_round():
    """tests/fixtures/blind-html29: 8 pages in markup earlier sets lacked (Ghost, a Brightspot TV page, Medium,
    a WordPress think tank with three authors, a USWDS release, a Korean edition with its own meta tags,
    trade press on Drupal, AMP), tuned on after its first run: headline 0.62, date 0.88, site 0.50,
    authors 0.88, body starts 0.62, ends 0.88, captions 1.00, furniture 0.62, quotes 0.95. After: every
    field 1.00 but the site (0.75: a TV station's logo name, a Medium publication); quotes 1.00."""
    holds("blind-html29", {"headline": 1.0, "date": 1.0, "source": 0.75, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html31_read_at_least_as_well_as_after_the_seventeenth_round():
    """tests/fixtures/blind-html31: 8 pages (WordPress with Jetpack only, a Nuxt page, microdata, a live blog,
    GOV.UK, AMP, a Chinese outlet's English page, a think tank's event transcript). Written blind mid-round;
    first run: headline 1.00, date 0.75, site 0.50, authors 0.75, body starts 0.88, ends 0.75, captions 1.00,
    furniture 0.75, quotes 0.91. After the seventeenth round: authors 1.00, site 0.62, quotes 0.96, the rest
    unchanged; after the eighteenth (a release's <time>, closing blocks, a live blog's bare labels, later turns
    under the surname in capitals): date, body ends and furniture 0.88, body starts and quotes 1.00."""
    holds("blind-html31", {"headline": 1.0, "date": 0.85, "source": 0.75, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html30_the_last_set_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html30: 8 pages of an ordinary fortnight (a big US paper, a financial site, a wire,
    Chinese state media, a Singapore daily, a Commerce release, a think tank, a Ghost newsletter), written
    blind at the start of the seventeenth round and scored once after every other rule. First run (the
    honest figure): headline, date and captions 1.00; body starts and ends 0.88; site and authors 0.75;
    furniture 0.62; quotes 0.97. After: authors 0.88 (an author card's name class with a prefix)."""
    holds("blind-html30", {"headline": 1.0, "date": 1.0, "source": 0.75, "authors": 0.85, "first sentence": 0.85,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 0.85}, 0.95)


def test_saved_pages_of_blind_html32_read_at_least_as_well_as_after_the_eighteenth_round():
    """tests/fixtures/blind-html32: 8 pages in current CMS markup (Arc XP, Ghost, Substack, Medium, Drupal, a
    state outlet's own meta names, a paywall teaser, a wire's story on a portal). Written blind at the start
    of the eighteenth round and tuned on after its first run: headline, date and captions 1.00, site,
    authors and body ends 0.88, body starts and furniture 0.75, quotes 0.98. After: every field 1.00."""
    holds("blind-html32", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html34_read_at_least_as_well_as_after_the_eighteenth_round():
    """tests/fixtures/blind-html34: 8 pages of outlets earlier sets lacked (an Indian site, a Singapore paper,
    an Australian broadcaster, a Korean wire, Taiwan's trade bureau, a Brazilian and a German outlet's English
    pages, a press release on a newswire). Written blind mid-round; first run: headline and date 0.88, site,
    authors and body starts 0.75, ends 0.25, captions 1.00, furniture 0.50, quotes 1.00. After: body starts
    1.00, ends and furniture 0.88, headline, date and authors 1.00 (an article's accessible name, a field
    table's date row, a field row no byline)."""
    holds("blind-html34", {"headline": 1.0, "date": 1.0, "source": 0.75, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 0.85, "captions": 1.0, "no furniture": 0.85}, 1.0)


def test_saved_pages_of_blind_html33_the_last_set_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html33: 8 pages of an ordinary fortnight (a US national paper, a wire's own site, a
    UK paper, a tech-policy site, a Hong Kong paper, a Korean paper's English site, a Commerce release, a
    think tank), written blind at the start of the eighteenth round and scored once after every other rule.
    First run (the honest figure): headline and captions 1.00; date, site, authors, body starts and ends
    0.75; furniture 0.62; quotes 0.92. After the rules its misses gave (an old page's first paragraph loose
    after its picture or an advertisement, a closing byline with its e-mail in brackets, a bulleted amendment
    note, a trust box, a release's <time> over og:updated_time, a stamp beside "Last modified", the outlet over
    its publisher's company and over its home-script name, "entry-author" cards): every field 1.00."""
    holds("blind-html33", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html35_read_at_least_as_well_as_after_the_nineteenth_round():
    """tests/fixtures/blind-html35: 8 pages of an ordinary fortnight, written blind at the end of the eighteenth round,
    kept unread and scored first in the nineteenth: headline, date, body starts and captions 1.00, site, body ends
    and furniture 0.88, authors 0.75, quotes 0.97. After: site and authors 0.88 (a Chinese name only in Chinese, a
    trade office's full name), every other field 1.00."""
    holds("blind-html35", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 0.85, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html36_read_at_least_as_well_as_after_the_nineteenth_round():
    """tests/fixtures/blind-html36: 8 pages written blind at the start of the nineteenth round about where page readers
    fail (authors only in JSON-LD or rel=author links, a CMS user name in meta author, site names only in a logo or
    a title suffix, articles ending in corrections, credits, sign-offs and press contacts). First run: headline,
    body starts and captions 1.00, date 0.88, site 0.75, authors 0.62, body ends and furniture 0.50, quotes 0.93.
    After: every field 1.00."""
    holds("blind-html36", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html37_the_last_set_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html37: 8 pages of an ordinary fortnight (a US national paper, a tech site, a European
    broadcaster, a financial site, a Singapore paper, a Japanese paper's English site, a Commerce release, a think
    tank), written blind at the start of the nineteenth round, kept unread and scored once after every other rule.
    First run (the honest figure): headline, body starts, captions and quotes 1.00; date, site, authors, body ends
    and furniture 0.88. After: site, authors and body ends 1.00 (an author card's name field, og:site_name and the
    title over the publisher company, a call for tips); date and furniture 0.88 (a JST page stamped in UTC; an
    event's promotion inside the text); in the twentieth round the JST page's date, from the same moment its markup
    gives with its zone: 1.00."""
    holds("blind-html37", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html38_the_nineteenth_rounds_unread_set_read_at_least_as_well_as_after_the_twentieth_round():
    """tests/fixtures/blind-html38: 8 pages of an ordinary fortnight (a US national paper, a wire's site, a UK
    broadcaster, a business site, a Korean outlet, a Chinese state outlet, USTR, a think tank's report), written blind
    at the end of the nineteenth round, kept unread and scored once before any rule of the twentieth. First run (the
    honest figure): date, captions and quotes 1.00; headline and authors 0.88; site and body starts 0.75; body ends
    0.62; furniture 0.50. After: every field 1.00 (USTR's full name from its header's site name, late in the round)."""
    holds("blind-html38", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html39_read_at_least_as_well_as_after_the_twentieth_round():
    """tests/fixtures/blind-html39: 8 pages written blind at the start of the twentieth round about site names (a
    media group's brand, a government agency's long name), where articles start (key points, a wire's note to
    editors, a release's label and dateline) and end (calls to readers, feedback widgets, disclosures), and report
    pages' short titles. First run: captions and quotes 1.00, headline and authors 0.88, date 0.75, site, body
    starts and ends 0.62, furniture 0.38. After: headline, date, authors, captions, quotes 1.00; site, body starts
    and ends, furniture 0.88."""
    holds("blind-html39", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.85,
                           "last sentence": 0.85, "captions": 1.0, "no furniture": 0.85}, 1.0)


def test_saved_pages_of_blind_html40_the_last_set_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html40: 8 pages of an ordinary fortnight (a US national paper on Arc XP, a wire's site, a
    tech site, a UK broadcaster on Next.js, a business site, a Korean paper's English site, Treasury, a think tank on
    Drupal), written blind at the start of the twentieth round, kept unread and scored once after every other rule.
    First run (the honest figure): headline, date, body starts and ends, captions and quotes 1.00; site, authors and
    furniture 0.88. After (dcterms.creator in catalogue order, a brand its publisher agrees on, a deck marked by a
    test hook): every field 1.00."""
    holds("blind-html40", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html42_read_at_least_as_well_as_after_the_twentieth_round():
    """tests/fixtures/blind-html42: 8 pages written blind late in the twentieth round about site names (an agency's
    long legal name, a wire's legal name, a group's regional paper, a site named only by its SVG logo), authors (a
    contributors block, names glued to jobs or handles, three names, an editorial board, an interviewer) and
    furniture inside the text (related lists, sign-ups, pull quotes, polls, promotions, a plea for gifts). First
    run: date, body starts and captions 1.00; headline and body ends 0.88; site and furniture 0.62; authors 0.38;
    quotes 0.81. After: every field 1.00 but the headline 0.88 (the gold keeps an interview's "[Interview]" kicker)."""
    holds("blind-html42", {"headline": 0.85, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html41_the_rounds_second_unread_set_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html41: 8 pages of an ordinary fortnight (a US national paper, a political site, a wire's
    site, a UK paper, a financial site, a Singapore paper, a Chinese state outlet, BIS), written blind at the start of
    the twentieth round for a later one, kept unread and scored once late in this round, after every other rule
    (the honest figure): headline, date, site, authors, body starts and ends, captions 1.00 on every page; furniture
    0.88 (a 'Read more MarketDesk tech news' label over a list of links); quotes 0.95. After: furniture 1.00."""
    holds("blind-html41", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.94)


def test_saved_pages_of_blind_html43_read_at_least_as_well_as_their_first_run():
    """tests/fixtures/blind-html43: 8 pages of an ordinary fortnight (a US national paper, a business site, a wire's
    site, a German broadcaster's English site, a Korean daily's old PHP page, a Taiwanese paper's print archive, a House
    committee, a think tank's Q&A), written blind at the start of the twentieth round for a later one and scored once
    at the round's very end, after every rule (the last honest figure for pages): date and captions 1.00, headline,
    body ends 0.88, authors and body starts 0.75, site and furniture 0.62, quotes 0.98. No rule was written from
    it in that round; the twenty-first round started from these misses (an old Korean page's logo in an <h1> and its
    tagline over the headline, a print archive's 'By A / Staff reporter', a second writer only the visible byline
    names, a deck marked by its id, a contributor's credit, the masthead's name over the metadata's, and 'The' in a
    site's name, which the scorer no longer counts, a video player's clip title inside the text). After: every field
    1.00, quotes 0.98."""
    holds("blind-html43", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html44_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html44: 8 pages of an ordinary fortnight (a US national paper, a tech site, a wire, a UK
    outlet, an Indian business paper, a Chinese business site's English edition, USTR, a think tank), written blind in
    the twentieth round and kept unread. Its first run, before any rule of the twenty-first round: headline, date,
    authors and captions 1.00, site 0.75, body starts and ends 0.88, furniture 0.75, quotes 1.00. After: every field
    1.00."""
    holds("blind-html44", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html45_the_hard_shapes_read_at_least_as_well_as_after_the_round():
    """tests/fixtures/blind-html45: 8 pages written blind at the start of the twenty-first round about where page
    readers fail (site names against mastheads, an old PHP page split by <br />, a print archive, AMP, bylines over two
    elements, contact and contributor lines, decks, paywall boxes). First run: headline 0.88, date 1.00, site 0.38,
    authors 0.62, body starts and ends 0.62, captions 0.88, furniture 0.50, quotes 1.00. After: every field 1.00 but
    the site 0.88 (a House committee the metadata calls 'The Committee on ...')."""
    holds("blind-html45", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html49_hard_dates_authors_and_sites_read_at_least_as_well_as_after_the_round():
    """tests/fixtures/blind-html49: 8 pages written blind in the twenty-first round about hard dates, authors and site
    names (a relative date, late modified stamps, UTC on the day before, European and Hijri dates, authors only in
    microdata, rel=author links or an About box, a guest writer, a section as og:site_name). First run: headline,
    captions and quotes 1.00, date 0.75, site 0.88, authors 0.50, body starts and ends 0.75, furniture 0.50. After
    (a printed stamp in readers' time, a printed date before the only modified stamp, an About box's writer, a
    byline with jobs, 'More' and 'Guest Contributor' as no writer, a 'lede' that is no sentence, a media contact, a
    paywall's offer, a law firm's disclaimer): every field 1.00."""
    holds("blind-html49", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html48_rare_shapes_read_at_least_as_well_as_after_the_round():
    """tests/fixtures/blind-html48: 8 pages written blind in the twenty-first round about shapes readers rarely meet (a live
    blog as a list of entries, a transcript with bold labels, a press-release wire, Substack, LinkedIn, WeChat, a paywall
    with the story in JSON-LD, a multi-page article). First run: headline and date 1.00, site 0.75, authors 0.50, body
    starts 0.88 and ends 0.62, captions 0.75, furniture 0.50, quotes 0.84. After: every field 1.00, quotes 0.93 (the
    Vice-Premier He quoted as 'He was quoted as saying', a spokesperson's second quote)."""
    holds("blind-html48", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.92)


def test_saved_pages_of_blind_html50_quotes_and_body_shapes_read_at_least_as_well_as_after_the_round():
    """tests/fixtures/blind-html50: 8 pages written blind in the twenty-first round about quotes and body shapes on pages
    (blockquotes under a colon, quotes over paragraphs in guillemets, Q&A labels in bold and in <dl>, pull quotes,
    footnotes, an embedded post, a table, a key-facts box, an editor's note, an italic bio, an update line). First run:
    headline, date, authors, last sentences and captions 1.00, site 0.88, first sentences and furniture 0.75, quotes
    0.92. After (a correction's and a series' note over the text, a call to subscribe inside it, 'Q&A:' titles an
    interview, hyphenated given names, a quotation reopened over paragraphs closed by 'he says', number words): every
    field 1.00 but the site 0.88 (a think tank's blog named for itself), quotes 0.96."""
    holds("blind-html50", {"headline": 1.0, "date": 1.0, "source": 0.85, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.95)


def test_saved_pages_of_blind_html46_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html46: 8 pages of an ordinary fortnight (a US national paper, a tech site, a wire, a UK or
    Australian outlet, an Indian business daily, a Chinese state outlet, a government page, a think tank), written blind
    at the start of the twenty-first round, kept unread (its helper reported only the folder and its check) and scored
    once after every other rule of the round: **the honest figure for pages**. First run: headline, site, authors,
    captions and quotes 1.00 on every page; date 0.88, furniture 0.88, body starts and ends 0.75 (a TechCrunch-style
    'speakable-summary' lead taken for a deck by a rule of this round, 'A reported from X, and B from Y' over the lead,
    a writer's bio after the text, a hidden 'Cite this' dialog, a top bar's clock read as the date). After the rules
    its misses gave: every field 1.00."""
    holds("blind-html46", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html51_the_round_s_second_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html51: 8 pages of an ordinary fortnight (a US national paper, a wire or business site, a
    European and an Asian outlet's English site, a Chinese state page, a government page, a law firm's alert, a
    newsletter platform's page), written blind late in the twenty-first round, kept unread (its helper reported only the
    folder and its check) and scored once after every other rule, blind-html46's included: **the round's last honest
    figure for pages**. First run: headline, date, authors, first sentences, captions, furniture and quotes 1.00 on
    every page; site and last sentences 0.88 (a law firm's 'LLP' from its publisher over its brand, a syndication notice
    after the text). After: every field 1.00."""
    holds("blind-html51", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html47_kept_unread_for_a_round_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html47: 8 pages of an ordinary fortnight, written blind in the twenty-first round and kept
    unread (its helper reported only the folder and its check) until the twenty-second round scored it first, before any
    rule. First run: headline, date, authors, first sentences, captions and quotes 1.00; site, last sentences and
    furniture 0.75 (a French paper's English edition named "L'Horizon.fr" and closing on its translation notice, a law
    firm's name cut short by og:site_name and its contacts, disclaimer and "Attorney Advertising" after the text).
    After: every field 1.00."""
    holds("blind-html47", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html52_kept_unread_for_a_round_read_at_least_as_well_as_after_their_first_run():
    """tests/fixtures/blind-html52: 8 pages of an ordinary fortnight, written blind in the twenty-first round, kept
    unread and scored first in the twenty-second, before any rule. First run: headline, date, first sentences, captions
    and quotes 1.00; authors, last sentences and furniture 0.88, site 0.75 (a second writer linked in a byline without
    "By" past job titles, a French paper's ".fr" and translation notice, a Drupal header's office name beside its
    slogan). After: every field 1.00."""
    holds("blind-html52", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html53_the_edges_of_the_article_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html53: 8 pages written blind in the twenty-second round where readers fail at the edges of
    the article (a site name with a domain, an edition, a sub-brand or part of a firm's name; several writers in varied
    markups; notes after the last paragraph). First run: headline, date, captions and quotes 1.00; authors, first and
    last sentences and furniture 0.88; site 0.75. After the rules its misses gave (a Korean paper's "Reporter A · Reporter
    B" writer line, "Reading Time : 6 min", a firm's name with a comma, a premium offer and a paper's disclaimer after the
    text): every field 1.00 but the site 0.88 (a wire's story on a finance portal: the helper's gold names the portal,
    the page's own metadata names the wire, which this reader keeps)."""
    holds("blind-html53", {"headline": 1.0, "date": 1.0, "source": 0.87, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html57_asian_and_chinese_sources_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html57: 8 pages written blind in the twenty-second round, Asian and Chinese sources in English
    (a state agency and paper, a ministry's Q&A, Hong Kong, Taiwanese, Japanese, Korean and Malaysian outlets). First run:
    captions 1.00; headline, date and first sentences 0.88; authors and last sentences 0.75; site and furniture 0.62;
    quotes 0.85. After the rules its misses gave ("He said" after a quotation's comma, a Hong Kong name's family name,
    a wire's note to editors, an op-ed page's call for writing, a print edition's line, a section in the title, a brand
    in capitals, one writer in two orders, a wire's byline and its reporters' credit, a printed US-style stamp with a
    twelve-hour clock): every field 1.00 but the headline ("(LEAD)" kept by the gold) and the site (an agency's full
    name against the gold's brand) at 0.88; quotes 0.97. In the twenty-third round a wire's version tag stays in a page's
    headline (blind-html64's gold keeps it too): headline 1.00."""
    holds("blind-html57", {"headline": 1.0, "date": 1.0, "source": 0.87, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html56_rare_shapes_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html56: 8 rare shapes of saved pages, written blind in the twenty-second round (AMP, a Wayback
    Machine capture, a reader view, a print view, a page of <div>s with its state in JSON, a Telegram channel's preview,
    an aggregator's frame, a PDF converted by pdftohtml). First run: quotes 1.00; headline, date and captions 0.75;
    authors 0.62; first and last sentences 0.50; furniture 0.38; site 0.25 (the converted PDF was not read at all).
    After the rules its misses gave (positioned <span> lines and a running footer with its page number, a converter's
    file name as title, a memo's subject line, a lead or description that is no sentence, a line of meta cells, two
    writers' bios in one paragraph, a free-articles counter, a company's legal forms and initials, a channel's web
    preview read as its one post, a caption marked by its test hook): headline, authors, last sentences, captions and
    furniture 1.00, date, site and first sentences 0.88 (a reader view's copyright line after the text); left: a
    converted PDF's printed date, issuing office and numbered paragraphs."""
    holds("blind-html56", {"headline": 1.0, "date": 0.87, "source": 0.87, "authors": 1.0, "first sentence": 0.87,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html54_the_round_s_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html54: 8 pages of an ordinary fortnight (a US paper, a policy outlet, a wire, a European and
    an Asian outlet's English site, a Chinese ministry's press conference, a government page, a newsletter platform's
    post), written blind at the start of the twenty-second round, kept unread (its helper reported only the folder and
    its check) and scored once after every other rule of the round: **the round's honest figure for pages**. First run:
    headline, site, first and last sentences, captions and furniture 1.00 on every page; date and authors 0.88 (a
    Substack post's UTC stamp after midnight under the evening it prints, two writers joined by a middle dot); quotes
    0.97. After: every field 1.00."""
    holds("blind-html54", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html58_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html58: 8 pages of an ordinary fortnight, written blind late in the twenty-second round, kept
    unread (its helper reported only the folder and its check) and scored once after every other rule of the round,
    blind-html54's included: **the round's last honest figure for pages**. First run: headline, date, authors, captions
    and quotes 1.00; site, first and last sentences 0.75; furniture 0.50 (a vertical's og:site_name, a wire's legal name
    over its own short one, a deck only the page's JSON state names, a component's "__intro" deck and a translation note,
    a wire's currency note, a writer card's "Other articles by this reporter", a newsletter form's box). After: every
    field 1.00."""
    holds("blind-html58", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html55_last_round_s_unread_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html55: 8 pages written blind in the twenty-second round and kept unread for this one (its
    helper reported only the folder and its check); scored first in the twenty-third round, before any rule. First run:
    headline, date, site and authors 1.00; first sentence and captions 0.88, last sentence and furniture 0.75 (a wire's
    gallery counter "Item 1 of 2" over its summary points, promotion boxes marked only by a test hook, a consultancy's
    chart caption in italics after its picture with a "Source:" line, a research credit run into a disclaimer, "About the
    authors" cards); quotes 0.98. After: every field and quotes 1.00 (a quotation after a colon: "Its founder, A, is
    realistic about the scale: ...")."""
    holds("blind-html55", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html59_last_round_s_second_unread_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html59: 8 pages of an ordinary fortnight written blind in the twenty-second round and kept
    unread for this one; scored first in the twenty-third round, before any rule. First run: headline and first sentence
    1.00; date, authors and captions 0.88; site and last sentence 0.75; furniture 0.62 (a top bar's clock classed
    "date_now", an edition's name where the publisher and logo give the paper's, a firm's "& Co." its logo leaves out, an
    "Authors" label read as a writer, "The White House is expected to ..." read as a writer's bio, a Ghost sign-up callout,
    a custom element's newsletter form, a note on the German original); quotes 1.00. After: every field 1.00."""
    holds("blind-html59", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html62_the_start_and_end_of_the_article_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html62: 8 pages written blind in the twenty-third round to be hard at the start and the end of
    the article (kickers, decks in varied markup, drop caps, datelines, fact boxes, embedded posts, corrections, bios,
    "first published by" notes) and tuned on after its first run: headline, date, site, last sentence and captions 0.88;
    authors, first sentence and furniture 0.75 (an "Exclusive" label inside the <h1>, "01/12/2026" read day-first over
    "Jan. 12", a translator the JSON-LD lists as a writer, a meta author in Han over the Latin byline, a drop cap hidden
    from screen readers, a "Synopsis" box); quotes 1.00. After: every field 1.00."""
    holds("blind-html62", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html60_the_round_s_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html60: 8 pages of an ordinary fortnight (a US paper, a policy outlet, a wire, a German
    paper's English site, a Korean outlet, a Singapore paper, a US agency, a consultancy), written blind at the start of
    the twenty-third round, kept unread (its helper reported only the folder and its check) and scored once after
    blind-html55/59/62's and blind48's rules: **the round's honest figure for pages**. First run: headline, authors and
    quotes 1.00; date, site and captions 0.88; last sentence 0.75; first sentence 0.62; furniture 0.50 (a translated
    edition's JSON-LD for its German original and its note over the text, a separator left of an emptied byline, a
    comments box, key points in a labelled field, a title's shorter headline in other words, a caption with its enlarge
    button run on, the authors' thanks). After: every field 1.00."""
    holds("blind-html60", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html64_the_facts_about_the_article_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html64: 8 pages written blind in the twenty-third round to be hard on the facts about the
    article (site names that og:site_name, the title, the publisher, the logo and the footer give differently; writers
    in varied markup, an editor or a translator among them; UTC stamps, "Updated" before "Published", "3 hours ago",
    day-first numbers, a date only in the URL), tuned on after its first run: headline, date, authors, first and last
    sentences, captions and furniture 0.88; site 0.75; quotes 0.96 (a wire's "(LEAD)" kept by the gold, a figure's own
    paragraph as its caption, "(END)", an editor the JSON-LD lists as the author, a city portal's logo "Hefei, China", a
    job of two words between a company and the name). After: every field 1.00 but the date (an agency's UTC stamp at
    23:20 under a Brussels dateline of the next day, which the gold itself calls debatable) and the site (a trade
    publication's section against its parent paper's og:site_name and logo) at 0.88; quotes 1.00."""
    holds("blind-html64", {"headline": 1.0, "date": 0.87, "source": 0.87, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html63_the_round_s_second_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html63: 8 pages of an ordinary fortnight (a US magazine, a policy outlet, a wire, a Korean
    paper, a Chinese ministry's press conference, GOV.UK, a Japanese outlet, a law firm), written blind in the
    twenty-third round, kept unread (its helper reported only the folder and its check) and scored once after blind-html60,
    62 and 64's rules: **the round's second honest figure for pages**. First run: headline, site, authors, captions and
    quotes 1.00; date and last sentence 0.88; first sentence and furniture 0.62 (an "Updated" date moving an evening UTC
    stamp, a "view_sub_tit" subtitle, a stamp with its "Font Size: A+ A A-" widget, GOV.UK's bullets over a release).
    After: every field 1.00 but the last sentence (the gold reads a release's "Notes to editors" as text, earlier sets'
    gold did not) at 0.88."""
    holds("blind-html63", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 0.87, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html65_rare_shapes_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html65: 8 rare shapes written blind in the twenty-third round (a live blog, a Medium post, a
    press-release wire, a podcast episode with its transcript, an aggregator framing a paper's story, a committee's written
    evidence, a newsletter's web archive, a SingleFile save with the article in an iframe's srcdoc), tuned on after its
    first run: headline, date and captions 0.88; site and authors 0.75; first sentence 0.62; last sentence 0.38;
    furniture 0.25; quotes 0.71. After the rules its misses gave (a release's "About X" and "Forward-Looking Statements"
    run into their first lines, "If you found this useful, follow ...", "Read the original article on X", an aggregator's
    JSON-LD provider, a byline of names alone, a frame's srcdoc, a transcript's timed labels under "Transcript"): every
    field 0.88 but captions 1.00, quotes 1.00; left: a committee's written evidence (the page's headline, date and
    author are in the document's own lines), a newsletter issue's lead item, a podcast network's name in the title."""
    holds("blind-html65", {"headline": 0.87, "date": 0.87, "source": 0.87, "authors": 0.87, "first sentence": 0.87,
                           "last sentence": 0.87, "captions": 1.0, "no furniture": 0.87}, 1.0)


def test_saved_pages_of_blind_html66_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html66: 8 pages of an ordinary fortnight, written blind late in the twenty-third round, kept
    unread (its helper reported only the folder and its check) and scored once after every other rule of the round:
    **the round's last honest figure for pages**. First run: headline, authors and captions 1.00; date, site, first and
    last sentences and furniture 0.88; quotes 0.96 (a site header's clock classed "bp-header__date", a ministry's
    name the © line cuts at its comma, GOV.UK's bullets under the lead picture and its "Updates to this page"). After:
    every field 1.00; quotes 0.98 (a block quotation under "spokesperson A gave the standard answer:")."""
    holds("blind-html66", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html61_the_last_round_s_unread_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html61: 8 pages of an ordinary fortnight, written blind in the twenty-third round and kept
    unread for the next, scored first in the twenty-fourth before any of its rules: every field 1.00 but the site 0.88
    (a consultancy's <title> "| Halden Advisory Insights", a section, over the logo's "Halden Advisory"); quotes 0.94 (a
    vice premier's partial quotations, "Xinhua quoted He as saying", read as the pronoun). After: every field and quotes
    1.00."""
    holds("blind-html61", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html67_the_last_round_s_unread_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html67: 8 pages of an ordinary fortnight, written blind in the twenty-third round and kept
    unread for the next, scored first in the twenty-fourth before any of its rules: headline, first sentence and
    captions 1.00; date and authors 0.88; site 0.75; last sentence and furniture 0.62; quotes 0.93. Its misses: a Drupal
    release's dcterms.date (the node's creation) over its printed release date, a .gov logo's two lines run together,
    dcterms.creator "bis_webteam", a firm's JSON-LD legal name over its logo, an "Update, December 10, 9:20 a.m. PT:"
    note, a translator's line, writers' cards as name and bio, "Comments are for subscribers only", a firm's "insight-cta"
    box; quotes after a long title and across "who represents Mr Lau". After: every field and quotes 1.00."""
    holds("blind-html67", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html68_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html68: 8 pages of an ordinary fortnight (January 2027), written blind in the twenty-fourth
    round, kept unread (its helper reported only the folder and its check) and scored once after blind-html61/67's
    rules: headline, first sentence, captions and quotes 1.00; date, site, authors, last sentence and furniture 0.88
    (the date's miss: the page is dated after this machine's clock, which htmldate took as the latest possible date; with
    the build day given, 1.00). Its misses: a broadcaster's "PPB News" in og:site_name, <title> and a CSS module's logo
    text under its publisher's "Pacific Public Broadcasting"; "By A in X and B in Y | Huaxia Daily | Updated ..." under a
    meta author naming A alone; a newsletter's "P.S." after its sign-off. After: every field 1.00."""
    holds("blind-html68", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html71_the_end_of_the_article_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html71: 8 pages written blind in the twenty-fourth round on what sits after an article's last
    sentence (sign-offs, update and correction notes, translators' credits, comment calls, bios, firms' calls to action,
    funding and republishing notes, releases' boilerplate), tuned on after its first run: headline and site 1.00; authors
    and captions 0.88; first sentence 0.75; last sentence 0.62; furniture 0.50; quotes 0.93; date 0.12 (seven pages
    dated after this machine's clock, read as today by htmldate; 0.88 with the build day given). After: every field 1.00
    but the date 0.88 (an old CMS's only printed date, "Updated: ...", against its publishdate meta: left, the gold itself
    calls it arguable); quotes 1.00 ("Asked whether ..., He said", a block quotation under "A described the year as")."""
    holds("blind-html71", {"headline": 1.0, "date": 0.87, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html72_a_page_s_facts_given_several_ways_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html72: 8 pages written blind in the twenty-fourth round on who published, wrote and dated a
    page when its metadata says it several ways (an agency inside a department, a firm's "Insights", a bank's research
    arm, a paper's vertical, CMS accounts as authors, signing, release and review dates), tuned on after its first run:
    headline, date and quotes 1.00; captions 0.88; authors, first sentence 0.75; site, last sentence 0.50; furniture 0.38.
    After: every field and quotes 1.00."""
    holds("blind-html72", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html69_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html69: 8 pages of an ordinary fortnight (January 2027), written blind in the twenty-fourth
    round, kept unread (its helper reported only the folder and its check) and scored once after blind-html61, 67, 68,
    71 and 72's rules: headline, date, site, first sentence and captions 1.00; furniture 0.88; authors and last
    sentence 0.75; quotes 0.92 (a Drupal byline's job and desk, "By A, Senior Editor, Minor Metals", its node
    "promoted"; a research assistant the authors thank, listed in citation_author; "Found a mistake in this article?";
    the European Commission's "Quote(s)" box, signed in a footer trafilatura drops). After: every field 1.00 but the
    last sentence and furniture 0.88 (the Commission's signed quotations, now read as the signers', end the text and
    carry their roles, which the gold sets apart); quotes 1.00 ("Zhou Min" where the text writes "99.65% min")."""
    holds("blind-html69", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 0.87, "captions": 1.0, "no furniture": 0.87}, 1.0)


def test_saved_pages_of_blind_html73_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html73: 8 pages of an ordinary fortnight (October 2026), written blind late in the
    twenty-fourth round, kept unread (its helper reported only the folder and its check) and scored once after every
    other rule of the round: **the round's last honest figure for pages**. First run: headline, date, authors, first and
    last sentences and captions 1.00; site and furniture 0.88; quotes 0.94 (a <title>'s web address,
    "Chinahorizon.com.cn", under a social handle; a subscribers' note inside the text). After: every field 1.00 but
    furniture 0.88; quotes 0.94."""
    holds("blind-html73", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 0.87}, 0.94)


def test_saved_pages_of_blind_html74_the_start_of_the_article_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html74: 8 pages written blind in the twenty-fourth round on what sits between the headline
    and the first sentence (kickers, decks, players, key points, editors' and version notes, series notes, sponsors,
    bylines in brackets, AI summaries, a ministry's fields), tuned on after its first run: date, captions and quotes
    1.00; headline 0.88; site and authors 0.75; last sentence 0.38; first sentence and furniture 0.12. After: every
    field 1.00 but the first sentence 0.88 and the last sentence and furniture 0.75 (left: a newsletter's greeting and
    goodbye, which an earlier gold reads as text; a prices teaser after the text)."""
    holds("blind-html74", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.87,
                           "last sentence": 0.75, "captions": 1.0, "no furniture": 0.75}, 1.0)


def test_saved_pages_of_blind_html75_quotations_in_many_shapes_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html75: 8 pages written blind in the twenty-fourth round on who said what (role labels,
    surnames that are English words, given names after honorifics, Q&A, signed block quotations, posts on X), tuned on
    after its first run: every field 1.00 but site and authors 0.88; quotes 0.74. After: quotes 0.86 (a ministry's
    "Spokesperson:" turns read as the spokesperson the text names; its logo's "MOFCOM" as the name it prints in full);
    left: Q&A answers under bold labels, "wrote in a post on X", "was quoted as saying"."""
    holds("blind-html75", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 0.87, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.85)


def test_saved_pages_of_blind_html70_kept_unread_for_a_round_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html70: 8 pages of an ordinary fortnight (February 2027), written blind in the twenty-fourth
    round and kept unread until the twenty-fifth scored it first, before any rule: headline, site, authors and captions
    1.00; first sentence and furniture 0.88; date and last sentence 0.75; quotes 0.97 (a ministry's printed "Time:" under
    a later posting meta; a firm's "02.11.2027" read day first where its related list prints "01.14.2027", under a
    date-only meta a day earlier; "Cite this" and its citation after the text; a ministry's "(This is an unofficial
    translation. ...)" under it; "the ministry's Strategic Trade Controller", a title no role word held). After: every
    field and quotes 1.00."""
    holds("blind-html70", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html76_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html76: 8 pages of an ordinary fortnight (May 2026), written blind in the twenty-fifth round,
    kept unread (its helper reported only the folder and its check) and scored once after blind-html70's and blind50's
    rules: date and captions 1.00; headline 0.88; site and authors 0.75; first and last sentence 0.62; furniture 0.50;
    quotes 0.91 (og:site_name "KV Tribune" for the logo's "The Klang Valley Tribune"; a logo's SVG title and text run
    together; a JSON-LD author list with a key contact more than the page's "Authors" box; a firm's offer after its alert;
    a print headline in og:title and JSON-LD with the <h1> as its "alternativeHeadline"; "Photographs by A" under the
    byline and A in the JSON-LD's authors; "This article appears in the ... print edition"; a wire's "(Corrects ... in 5th
    paragraph ...)"; a callout's "Editor's note:" label apart from its note; "See you next week, Hal and Mina"; a
    forwarding line after a sentence; a Malay given name opening "Hasnah said"; "At the end of the meeting, he ...";
    "the ministry's secretary-general, A,"). After: every field and quotes 1.00."""
    holds("blind-html76", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html77_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html77: 8 pages of an ordinary fortnight (July 2026), written blind in the twenty-fifth round,
    kept unread (its helper reported only the folder and its check) and scored once after blind-html70's, 76's and
    blind50's rules: headline, date, site and captions 1.00; authors and first sentence 0.75; last sentence and furniture
    0.50; quotes 0.86 (a firm's "team regularly advises clients" and "please contact"; "How we report: ..."; "This
    article was translated from the Japanese original ..."; a radio network's transcript warning; a "Page contents"
    label; "Commentary by" over the writers under dcterms.creator's institute; "Audio produced by A" and A in the JSON-LD;
    "DANA WHITLOCK, HOST:" once, then "WHITLOCK:" asking; a Thai name's given name speaking; "in A's words,"; "has
    rejected that view, saying"; a quotation left open after a long appositive). After: every field and quotes 1.00."""
    holds("blind-html77", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html78_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html78: 8 pages of an ordinary fortnight (November 2026), written blind in the twenty-fifth
    round, kept unread (its helper reported only the folder and its check) and scored once after every other rule of the
    round: **the round's last honest figure for pages**. First run: headline, site and captions 1.00; date and authors
    0.88; first sentence 0.75; last sentence and furniture 0.62; quotes 0.97 (a wire's UTC stamp and its "Updated 11:48 PM
    EST" a day earlier; a sidebar's "Authors" over "Related Services"; a lead its CMS copied into the description;
    "Contact the writer" under a follow line; "Source: AsiaNow/ak(ws)"; a paywall's "Unlock exclusive stories";
    "(Catch all the Business News ...)"; a "Read a summary of this article on FAST" box). After: every field 1.00 but the
    first sentence and furniture 0.88 (the summary box, read in the twenty-sixth round by its label's word "summary" over
    the list and its offer link); quotes 1.00 ("He noted" after another man named in full is the pronoun, not He Yongqian)."""
    holds("blind-html78", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html79_kept_unread_for_a_round_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html79: 8 pages of an ordinary fortnight (March 2026), written blind in the twenty-fifth round
    and kept unread until the twenty-sixth scored it first, before any rule: headline and date 1.00; first and last
    sentence and captions 0.88; source 0.75; furniture 0.62; authors 0.50; quotes 0.97. After the rules its misses gave (a
    note on the piece's making at either edge, read by its shape; a box of one picture and a line under it; an edition's
    og:site_name; a byline where the markup's author is the outlet; an "Authors" label in a box like its names'; an
    editor in the byline; a signed quote's author; a related box's label in capitals): every field 1.00 but source 0.88
    (a think tank's logo short of the name its footer prints in full, which an earlier gold takes in full)."""
    holds("blind-html79", {"headline": 1.0, "date": 1.0, "source": 0.87, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html80_kept_unread_for_a_round_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html80: 8 pages of an ordinary fortnight (August 2026), written blind in the twenty-fifth round
    and kept unread until the twenty-sixth scored it first, before any rule: headline, site and captions 1.00; date 0.88;
    first sentence 0.75; authors and last sentence 0.62; furniture 0.50; quotes 0.88 (an editor's note over the text,
    production credits and a translation note under it, a footnote list; a translated edition dated by the original's
    day; a header box's deck; a translator in the JSON-LD; a Malaysian Chinese name's family name; a block quotation under
    "defended the approach before the Committee:"). After: every field and quotes 1.00."""
    holds("blind-html80", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html81_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html81: 8 pages of an ordinary fortnight (September 2026), written blind in the twenty-sixth
    round, kept unread and scored once after blind-html79's and 80's rules: headline, date, first sentence and captions
    1.00; site, authors and last sentence 0.88; furniture 0.75; quotes 0.97 (4 of 8 pages with a field wrong: a broadcast
    transcript's note on itself; a member upsell in a callout; og:site_name's "X News" under the <title> and masthead's
    "X"; "Commentary by" linked experts in a "commentary" box). After: every field 1.00, quotes 0.97."""
    holds("blind-html81", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html82_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html82: 8 pages of an ordinary fortnight (October 2026), written blind in the twenty-sixth
    round, kept unread and scored once after blind-html79's, 80's and 81's rules: every field 1.00 but authors 0.75 and
    last sentence and furniture 0.88; quotes 1.00 (3 of 8 pages with a field wrong: jobs trafilatura put before the next
    name; a desk's address in the byline; a moderator's tagline under a Sunday show's transcript). After: every field and
    quotes 1.00 (and the moderator asks, quoted for nothing)."""
    holds("blind-html82", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html83_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html83: 8 pages of an ordinary fortnight (October 2026), written blind in the twenty-sixth
    round, kept unread and scored once after blind-html79's to 82's and the text sets' rules: **the round's last honest
    figure for pages**. First run: headline, date, captions and quotes 1.00; site, authors and last sentence 0.88; first
    sentence and furniture 0.75 (4 of 8 pages with a field wrong: an AMP page's logo in an <amp-img>; "Posted , updated"
    left when the stamp's times are read apart; cards' names run into their jobs inside the link; a newsletter's sponsor
    box, "In this issue:" in bold and an "Enjoying X?" box; a gold's quoted last sentence without its marks). After:
    every field and quotes 1.00."""
    holds("blind-html83", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html84_and_85_kept_unread_for_a_round_read_at_least_as_well_as_after_their_first_runs():
    """tests/fixtures/blind-html84 (first half of November 2026) and blind-html85 (second half): 8 pages each, written
    blind in the twenty-sixth round and kept unread until the twenty-seventh scored them first, before any rule.
    blind-html84: every field 1.00 but date, site, authors, first sentence and furniture 0.88; quotes 0.97 (2 of 8 pages
    with a field wrong: a think tank's short name against its © line's legal name, a WebPage's datePublished under a
    modified time, expert cards; a correction's label with its day). blind-html85: headline, site, first and last sentence
    and furniture 0.88, authors 0.75, quotes 0.86 (5 of 8: a short print headline the JSON-LD gives as the alternative; a
    wire's "News Service"; card jobs trafilatura splits at "and"; an authors box whose last office is split off; a
    parenthesised note on the reporting). After: every field and quotes 1.00 (a block quotation signed by the dashed line
    after it; a ministry spokeswoman "He" after a paragraph naming no one; a quotation signed with the job first; what
    someone "calls" a thing)."""
    fields = {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
              "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}
    holds("blind-html84", fields, 1.0)
    holds("blind-html85", fields, 1.0)


def test_saved_pages_of_blind_html87_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html87: 8 pages of an ordinary fortnight (December 2026), written blind in the twenty-seventh
    round and scored once after blind-html84's and 85's rules: headline, date, authors and captions 1.00, site 0.62,
    first and last sentence 0.88, furniture 0.75, quotes 1.00 (5 of 8 pages with a field wrong: a ministry's logo that is
    a picture of its emblem; og:site_name with its tagline; a broadcaster's owner as the JSON-LD publisher; a newsletter's
    italic callout over a guest post; a writer's card whose name the reader drops). After: every field and quotes 1.00."""
    holds("blind-html87", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html86_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html86: 8 pages of an ordinary fortnight (August 2026), written blind in the twenty-seventh round,
    kept unread and scored once after every other rule of the round: **the round's last honest figure for pages**. First
    run: headline, date, site, captions and quotes 1.00; first sentence 0.88; authors, last sentence and furniture 0.75 (4
    of 8 pages with a field wrong: a "Reporter:" line linking the writer and "(NT/Name)" under the text; trafilatura's
    authors read from a firm's admission note; a transcript's "Speaker:" field; "(Originally published on ...)" under the
    text). After: every field and quotes 1.00."""
    holds("blind-html86", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html89_written_and_scored_last_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html89: 8 pages of an ordinary fortnight (September 2026), written blind late in the
    twenty-seventh round and scored once after every other rule of the round, blind-html86's and blind57's included:
    headline and captions 1.00, date, site 0.88, authors, first and last sentence 0.75, furniture 0.62, quotes 0.95 (6 of 8
    pages with a field wrong: a law firm's printed day against a UTC moment near midnight; a think tank's title and masthead
    against its og:site_name in full; "Reporter A" in a line of facts; a desk as the JSON-LD's author; an update's label
    with its time and a disclosure; a guest post's signed italic note; a ministry's schedule under the transcript). After:
    every field 1.00 but last sentence and furniture 0.88 (left: "Regular press conferences are held every Thursday")."""
    holds("blind-html89", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 0.87, "captions": 1.0, "no furniture": 0.87}, 0.94)


def test_saved_pages_of_blind_html88_and_90_kept_unread_for_a_round_read_at_least_as_well_as_after_their_first_runs():
    """tests/fixtures/blind-html88 (November 2026) and blind-html90 (September 2026): 8 pages each of an ordinary
    fortnight, written blind in the twenty-seventh round, kept unread and scored first in the twenty-eighth. First runs:
    blind-html88 headline, date and captions 1.00, site, authors, first sentence and furniture 0.88, last sentence 0.75,
    quotes 0.98 (5 of 8 pages with a field wrong: a think tank's program as the author tag; a Drupal "intro" field over the
    byline; which language binds, in parentheses; a section's "More from" box and an app's invitation; a radio station
    known by its initials); blind-html90 every field 1.00 but authors, first sentence and furniture 0.88 (2 of 8: a
    scholarly tag's name cut short; a deck opening with a bold label). After: every field 1.00 but blind-html88's site
    (left: "CPR", which og:site_name, the <title> and the logo give, where the publisher and the © line spell it out; a
    think tank's page with the same signals has its full name in its gold)."""
    holds("blind-html88", {"headline": 1.0, "date": 1.0, "source": 0.87, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)
    holds("blind-html90", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html91_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html91: 8 pages of an ordinary fortnight (December 2026), written blind in the twenty-eighth
    round and scored once after blind-html88's and 90's and the text sets' rules: every field 1.00 but site and authors
    0.88, quotes 0.91 (2 of 8 pages with a field wrong: og:site_name's long name that the © line gives too, under a
    title and masthead's short one; a guest post whose metadata names the newsletter's owner). After: every field 1.00,
    quotes 0.97."""
    holds("blind-html91", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.96)


def test_saved_pages_of_blind_html92_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html92: 8 pages of an ordinary fortnight (December 2026), written blind in the twenty-eighth
    round and scored once after blind-html91's and blind59's rules: every field and quotes 1.00 but authors, first
    sentence and furniture 0.75 (2 of 8 pages with a field wrong: "Authors: A, B and C" with a callout's bold "Key
    Takeaway:" and an update's stamp with its reason; a broadcast's host listed as an author in the JSON-LD, and the
    transcript's note on itself). After: every field and quotes 1.00."""
    holds("blind-html92", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html93_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html93: 8 pages of an ordinary fortnight (October 2026), written blind in the twenty-eighth
    round and scored once after every other rule of the round: **the round's last honest figure for pages**. First run:
    every field 1.00 but date and first sentence 0.88, furniture 0.75, quotes 0.97 (3 of 8 pages with a field wrong: a
    placeholder midnight in the JSON-LD three days before the printed day; "The Issue" box over the text; a video's
    description inside the text). After: every field and quotes 1.00."""
    holds("blind-html93", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html94_last_round_s_unread_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html94: 8 pages (January 2027) written blind in the twenty-eighth round, kept unread and scored
    first in the twenty-ninth, before any rule: every field 1.00 but site, authors, last sentence and furniture 0.88 (2 of
    8 pages with a field wrong: a CMS account as the JSON-LD's author; a closing pointer to the outlet's series). After:
    every field 1.00 but site 0.88 (a think tank's short name in the gold where og:site_name and © give the long one;
    blind-html91 and 96 have the long one for the same signals: the golds disagree)."""
    holds("blind-html94", {"headline": 1.0, "date": 1.0, "source": 0.875, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html95_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html95: 8 pages (late January 2027) written blind, scored once after blind-html94's and
    blind62's rules: site 0.75, authors, first sentence and furniture 0.88, quotes 0.92 (5 of 8 pages with a field wrong:
    an edition's brand in og:site_name; a ministry's logo in capitals; a Drupal authors field; a dateline with its wire's
    code; an ad's "Loading..."). After: every field 1.00, quotes 0.97 (a quotation split by "she said" counted once, and
    an embedded post counted as a quotation: other golds count the split twice and an embed as furniture)."""
    holds("blind-html95", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.97)


def test_saved_pages_of_blind_html96_an_honest_fortnight_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html96: 8 pages (early February 2027) written blind, scored once after batch one's rules:
    site 0.75, captions and furniture 0.88 (4 of 8 pages with a field wrong: initials the outlet brands itself by; the last
    photo under the text; a think tank's long name; a signed quotation's signature). After: every field 1.00 but site and
    furniture 0.88 (the golds disagree on both)."""
    holds("blind-html96", {"headline": 1.0, "date": 1.0, "source": 0.875, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 0.875}, 1.0)


def test_saved_pages_of_blind_html97_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html97: 8 pages (late February 2027) written blind, scored once after every other rule of the
    round: **the round's last honest figure for pages**: every field 1.00 but last sentence and furniture 0.88 (1 of 8
    pages: a transcript's translation note). After: every field and quotes 1.00."""
    holds("blind-html97", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html99_a_fourth_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html99: 8 pages (late March 2027) written blind, scored once after the round's first three
    batches of rules: site 0.88, authors, last sentence and furniture 0.75, quotes 0.97 (4 of 8 pages with a field wrong: a
    translation note "from above"; an authors box of person cards; initials in og:site_name and a byline's separator with
    its own class; a quotation's signature under "Quotes:"). After: every field and quotes 1.00."""
    holds("blind-html99", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                           "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html100_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html100: 8 pages (early April 2027) written blind, scored once after every other rule of the
    round: **the round's last honest figure for pages**: date, first sentence and furniture 0.88, site 0.75, authors
    0.62, quotes 0.96 (5 of 8 pages with a field wrong: a paper's name over its edition's; a ministry's banner in capitals;
    a transcript's question read as a credits cell; a related card's date; a correction in a callout over the text).
    After: every field and quotes 1.00 ("Mayor" a title in the registry)."""
    holds("blind-html100", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                            "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 1.0)


def test_saved_pages_of_blind_html101_the_round_s_last_honest_set_read_at_least_as_well_as_after_its_first_run():
    """tests/fixtures/blind-html101: 8 pages (late April 2027) written blind, scored once after every other rule of the
    round: **the round's last honest figure for pages**: date and authors 0.88, last sentence and furniture 0.75 (4 of 8
    pages with a field wrong: a newsletter's sign-off; a note on translated quotations; a day near midnight; names in a
    CSS module's hashed spans). After: last sentence and furniture 0.88 (the sign-off: golds disagree), date and authors
    0.88."""
    holds("blind-html101", {"headline": 1.0, "date": 0.875, "source": 1.0, "authors": 0.875, "first sentence": 1.0,
                            "last sentence": 0.875, "captions": 1.0, "no furniture": 0.875}, 1.0)


# The thirtieth round: blind-html98 (written in the twenty-ninth round, kept unread, scored first), then seven page sets
# written blind and scored once each, in seven batches after every rule made before them (their first runs in the
# README: 1, 1, 2, 4, 2, 5 and 4 of 8 pages with a field wrong). After the round, each holds here.
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html98", {}, 0.9),
    ("blind-html102", {}, 1.0),
    ("blind-html103", {}, 1.0),
    ("blind-html104", {}, 1.0),
    ("blind-html105", {}, 1.0),
    ("blind-html106", {}, 1.0),
    # a think tank's name short or long for the same signals: the golds disagree (blind-html91/96/107 long, 94 short)
    ("blind-html107", {"source": 0.875}, 0.95),
    ("blind-html108", {}, 0.97),
    ("blind-html109", {}, 0.94),
    # a MOFCOM page's banner in capitals with no "of the" written anywhere; a newsletter's sign-off (golds disagree)
    ("blind-html110", {"source": 0.875, "last sentence": 0.875, "no furniture": 0.875}, 0.96),
    ("blind-html112", {}, 0.93),
])
def test_the_thirtieth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-first round: blind-html111 (written in the thirtieth round, kept unread, scored first: 3 of 8 pages with a
# field wrong), blind-html113 (written blind, scored before any of its rules: 4 of 8), then blind-html114 (kept unread
# while batches 11-13 were made, scored first after them: 4 of 8). After the round, each holds here.
@pytest.mark.parametrize("folder, floors, quotes", [
    # a newsletter's "That's it for this week — thanks for reading, and ... reply to this email": golds split 4 to 4
    ("blind-html111", {"last sentence": 0.875, "no furniture": 0.875}, 1.0),
    ("blind-html113", {}, 1.0),
    ("blind-html114", {}, 0.94),
    # blind-html116 (written blind and scored once after batches 11-17: 3 of 8 pages with a field wrong)
    ("blind-html116", {}, 0.97),
    # blind-html117 (written blind and scored once after batches 11-20: 4 of 8 pages with a field wrong)
    ("blind-html117", {}, 0.97),
])
def test_the_thirty_first_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-second round: blind-html115 (written in the thirty-first round, kept unread, scored first: 4 of 8 pages with
# a field wrong), blind-html118 (written blind, scored before any of its rules: 5 of 8), then blind-html119 (kept unread
# while batches 1-5 were made, scored first after them: 6 of 8), blind-html120 (after batches 1-8: 5 of 8) and
# blind-html121 ("an ordinary fortnight", after batches 1-9: 2 of 8). After the round, each holds here.
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html115", {}, 1.0),
    # an episode's notes over its transcript: this gold starts the text with them, earlier sets' golds do not
    ("blind-html118", {"first sentence": 0.875}, 1.0),
    ("blind-html119", {}, 1.0),
    # an earnings call's analysts' questions counted as their quotes (a question quotes nobody here)
    ("blind-html120", {}, 0.9),
    ("blind-html121", {}, 0.96),
    # blind-html123 (a second "ordinary fortnight" of pages, scored once after batch 11: 2 of 8 pages with a field wrong)
    ("blind-html123", {}, 1.0),
])
def test_the_thirty_second_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-third round: blind-html122 (written in the thirty-second round, kept unread, scored first: 5 of 8 pages with
# a field wrong), then blind-html124 (written blind, scored after batches 1-2, before any of its rules: 2 of 8) and
# blind-html125 ("an ordinary fortnight" of pages, scored after batches 1-2: 6 of 8). After the round, each holds here.
@pytest.mark.parametrize("folder, floors, quotes", [
    # a think tank's event page: its event date for a transcript posted later, its moderator's questions counted as
    # quotes, its description paragraph as furniture (earlier golds disagree on all three): left
    ("blind-html122", {"date": 0.875, "first sentence": 0.875, "no furniture": 0.875}, 0.86),
    ("blind-html124", {}, 1.0),
    # a Drupal broadcaster's lead field, a deck here (the meta description repeats its first sentence): left
    ("blind-html125", {"first sentence": 0.875, "no furniture": 0.875}, 1.0),
    # blind-html127 (a fourth "ordinary fortnight" of pages, scored once after every batch: 4 of 8 pages with a field
    # wrong)
    ("blind-html127", {}, 0.93),
])
def test_the_thirty_third_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-fourth round: blind-html126 (written in the thirty-third round, kept unread, scored first: 5 of 8 pages with a
# field wrong). After the round:
@pytest.mark.parametrize("folder, floors, quotes", [
    # a university's news site: its og:site_name "Calder State News" for the gold's "Calder State University": left
    ("blind-html126", {"source": 0.875}, 0.91),
    # blind-html128 (a fifth "ordinary fortnight" of pages, written this round, scored once after the round's earlier rules: 4 of 8
    # pages with a field wrong); a one-word Indonesian name ("Sutrisno, a logistics manager ...") and "The Port of Long
    # Beach said" read as a person: left
    ("blind-html128", {}, 0.97),
    # blind-html129 (a sixth "ordinary fortnight" of pages, written this round, scored once after every other rule: 4
    # of 8 pages with a field wrong); a wire's "Camille ROUSSEL with Wang LIN", a photographer credited "Picture: JONE
    # RAVUVU" whom the JSON-LD lists as an author (a rule for it dropped writers who took their own pictures on six
    # older sets), a wire's own name beside its site's: left
    ("blind-html129", {"source": 0.875, "authors": 0.75}, 0.9),
])
def test_the_thirty_fourth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-fifth round: blind-html130 (written in the thirty-fourth round, kept unread, scored first: 5 of 8 pages with a
# field wrong: a translator and a photojournalist the JSON-LD lists, a "By" inside a box's name field, a tweet card's
# author, a second writer linked only by profile, a translated edition's JSON-LD dated by its original). After the round:
@pytest.mark.parametrize("folder, floors, quotes", [
    # a syndicated copy's provider ("Port Dispatch") where the gold names the portal (blind-html128's gold named the
    # provider), a TV station's "WTGA" for its logo's "WTGA 9": left
    ("blind-html130", {"source": 0.75}, 0.9),
    # blind-html131 (an eighth "ordinary fortnight" of pages, written this round and scored once after batch 2: 5 of 8 pages
    # with a field wrong); a Mailchimp issue's web page (its e-mail footer, its JSON-LD's scheduling day), "with inputs from" a second
    # writer (an earlier set's gold calls such a helper no writer): left
    ("blind-html131", {"date": 0.875, "authors": 0.875,
                       "last sentence": 0.875, "no furniture": 0.875}, 0.95),
])
def test_the_thirty_fifth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-sixth round: blind-html132 (written in the thirty-fifth round, kept unread, scored first: 4 of 8 pages with a
# field wrong: a UTC stamp a day before the Vietnamese page's own, a writer signing off before the agency, a desk's
# account, a photographer the meta author lists and the copying notice under the text). After the round:
@pytest.mark.parametrize("folder, floors, quotes", [
    # a WordPress draft's day in all the markup two days before the printed one (the gold's "hardest call"), the
    # broadcaster's legal name (JSON-LD publisher) for og:site_name's "NRT.lt", a partial after "she saw": left
    ("blind-html132", {"date": 0.875, "source": 0.875}, 0.95),
])
def test_the_thirty_sixth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-seventh round: blind-html133 (written this round, scored before any rule of it: 3 of 4 pages with a field
# wrong: a headline broken by <br>, a photographer the JSON-LD lists, the outlet's account as the markup's author, a
# paywall's pitch). After the round every field is right on every page; an interview's answers under bold labels count
# as its subject's quotes here (the gold counts none and asks for leniency): the quote figure is the matched share.
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html133", {}, 1.0),
])
def test_the_thirty_seventh_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-eighth round: blind-html134 (written this round, scored before any rule: every field right on all 4 pages,
# the first set to be so on its first run; quotes 28 of 29, a company name "Van Houten Marine Diesel" read as the speaker
# of its managing director's third quote).
# blind-html135 (scored after the round's text rules and before any of its own: one page with furniture in the body, a
# German "Anzeige" ad label, and the gold's pull quote whose words are the body's own quote, which the body keeps).
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html134", {}, 0.96),
    ("blind-html135", {"no furniture": 0.75}, 1.0),
    # blind-html136 (scored after every rule above: one page wrong, its Elementor byline's "Autor: " label kept in the
    # author's name; fixed)
    ("blind-html136", {}, 1.0),
    # blind-html137 (scored after every rule above: 2 of 4 pages wrong: Joomla's "Super User" as the writer, an update's
    # printed day as the piece's; both fixed. Left: the JSON-LD publisher "EBC" where the gold takes "EBC News", and the
    # quotes of the Italian and French pages, whose speech verbs ("ha detto", "a déclaré") the English rules do not read)
    ("blind-html137", {"source": 0.75}, 0.42),
])
def test_the_thirty_eighth_round_s_page_sets_read_at_least_as_well_as_their_first_run(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The thirty-ninth round: blind-html138 (written this round, scored before any rule: 2 of 4 pages wrong, both on their
# writers: "By A and B The Courier" read as "B The Courier", an Indonesian portal's editor taken from its JSON-LD for the
# writer its page labels "Penulis"; both fixed) and blind-html139 (scored before any rule: 2 of 4 pages wrong: a Wix
# page's stale JSON-LD (an older article's date and one writer of two) and its header left in the text, and a Hugo
# commentary's og:title as its headline, which cut its first three paragraphs as lines "above" it; all fixed but the
# Wix page's header lines in its text).
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html138", {}, 0.9),
    ("blind-html139", {"first sentence": 0.75, "last sentence": 0.75, "no furniture": 0.75}, 1.0),
])
def test_the_thirty_ninth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fortieth round: blind-html140 (written this round, scored before any rule: 2 of 4 pages wrong, both on their
# writers: a Vietnamese daily's writers only in "<p class='author-bottom'>" under the text, a Philippine daily's desk
# account "Ledger Online" over the byline its text opens with; and a donation box and a pull quote's attribution, classed
# in CamelCase, in a public-radio story's text; all fixed) and blind-html141 (written this round, delivered after the
# rules above: scored both at the round's start and at its end, every field of every page right and quotes 22/22 on
# both: the first page set read whole on its first run).
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html140", {}, 1.0),
    ("blind-html141", {}, 1.0),
])
def test_the_fortieth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-first round: blind-html142 (written this round, scored before any rule: 3 of 4 pages wrong: a Next.js site's
# JSON-LD spelling its writers another way than its byline, an ASP.NET page's top-bar today over its own date, a
# portal's editorial office as a writer and its publisher's company as its outlet) and blind-html143 (1 of 4 wrong: a
# Ghost page's og:title written for shares over the <h1> its <title> and JSON-LD agree with). All fixed.
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html142", {}, 1.0),
    ("blind-html143", {}, 1.0),
])
def test_the_forty_first_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-second round: blind-html144 (written this round, scored before any rule: 3 of 4 pages wrong: a Blogger post
# whose only <h1> is the blog's name and whose "Posted by" account is the desk, not the writer in bold over the text; a
# government press release's outlet with its country added; a Medium story's "Originally published at" line kept as its
# last sentence), and blind-html146 (2 of 4 wrong: a beehiiv newsletter's lead photo, sponsor block and sign-off in its
# body, its date a UTC day after Washington's; a Drupal page's two writers run together) and blind-html145 (2 of 4 wrong:
# a publisher's or a maker's company as the outlet; a writer's initials "(ska)" left on the last sentence). They came in
# too late in the round for rules of their own: their floors were their first runs. After the forty-third round's rules
# (a publisher's European legal form, a Drupal byline field of a link each, a writer's "(ska)", a logo's office and its
# country, a blog's <h1> naming the blog, Medium's "Originally published at", a newsletter's UTC stamp, sponsor block and
# sign-off box) every page of the three reads right.
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html144", {}, 1.0),
    ("blind-html146", {}, 1.0),
    ("blind-html145", {}, 1.0),
])
def test_the_forty_second_round_s_page_sets_read_right_after_the_forty_third(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-third round: four page sets written blind this round, each scored before any rule of it. blind-html147 (a
# week of traffic-signal news: 1 of 4 pages wrong, a state release's media contact over its text), blind-html148 (airport
# e-gates: 2 of 4 wrong, a Django CMS paywall whose free paragraphs trafilatura left out, a wiki's "Sources"),
# blind-html150 (e-bike batteries: 2 of 4 wrong, DotNetNuke's clock, deck and byline with its date; an Estonian stamp and
# legal form) and blind-html149 (marine engines: 3 of 4 wrong, a Liferay deck in Portuguese and a bio, Plone's description
# and created date, a Tilda picture's caption in its ImageObject's name). After the round:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html147", {}, 1.0),
    # (quotes: a consultant's "put it bluntly when we spoke on Thursday:")
    ("blind-html148", {}, 0.94),
    # (quotes: a Chinese spokeswoman named in the paragraph before, a director quoted after a sentence about his agency)
    ("blind-html149", {}, 0.9),
    ("blind-html150", {}, 1.0),
])
def test_the_forty_third_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-fourth round: page sets written blind this round, each scored before any rule of it. blind-html151 (a week
# of infusion-pump news: 2 of 4 pages wrong, an embedded Fediverse post in a blog's text, a Mailchimp issue's byline
# with the writer's credential and office) and blind-html153 (electric buses: 2 of 4 wrong, a SharePoint byline's job
# read as a second writer, a Hashnode post's UTC stamp, a Concrete CMS article in three boxes around a pull quote and an
# offer, of which only the first was read). After the round:
@pytest.mark.parametrize("folder, floors, quotes", [
    # (source: a union's newsletter, its own name in the <title> where the gold takes the union that sends it)
    ("blind-html151", {"source": 0.75}, 1.0),
    ("blind-html153", {}, 1.0),
])
def test_the_forty_fourth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-fifth round: page sets written blind this round, each scored before any rule of it. blind-html155 (a week of
# cable-repair news: 1 of 4 pages wrong on date, site, writer, first sentence and captions, a Tilda blog with no metadata
# at all) and blind-html156 (port software: 2 of 4 wrong on where the text starts and ends and on furniture, an update
# note over the text, a Plone view's link read as a writer). After the round:
@pytest.mark.parametrize("folder, floors, quotes", [
    # (quotes: a colleague in a parenthesis, a captain's saying)
    ("blind-html155", {}, 0.85),
    ("blind-html156", {}, 1.0),
])
def test_the_forty_fifth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-sixth round: blind-html158 (farm drones), written blind and scored before any rule of the round: date 0.75,
# authors 0.50, first sentence 0.75, no furniture 0.75, the rest 1.00, quotes 0.94. After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    # (date: a Bitrix page's meta date, its draft's, against the visible day; authors: a press release signed by no one;
    # first sentence: a co-operative's standfirst in the first sentence's block)
    ("blind-html158", {"date": 0.75, "authors": 0.75, "first sentence": 0.75, "no furniture": 0.75}, 0.9),
])
def test_the_forty_sixth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-seventh round: blind-html157 (traffic cameras, written in the forty-sixth round and scored then before any
# rule: source 0.75, authors 0.75, last sentence 0.75, no furniture 0.50, quotes 0.94, the rest 1.00) and blind-html159
# (smart meters' chips, written blind in this round and scored before any rule: authors 0.50, last sentence 0.50, no
# furniture 0.75, quotes 0.88, the rest 1.00). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    # (authors: a press release signed by no person, whose gold names the issuing organisation where ours names no one)
    ("blind-html157", {"authors": 0.75}, 1.0),
    ("blind-html159", {"authors": 0.75}, 1.0),
    # (blind-html160, written at the round's end, first run: site 0.75, authors 0.75, body starts / ends 0.75 / 0.50, no
    # furniture 0.25, quotes 0.69; one rule after it: a closing invitation to write to an address)
    ("blind-html160", {"source": 0.75, "authors": 0.75, "first sentence": 0.75, "no furniture": 0.75}, 0.65),
])
def test_the_forty_seventh_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-eighth round: blind-html161 (subsea cable repair ships, written blind in this round and scored before any
# rule: authors 0.75, last sentence 0.75, no furniture 0.75, quotes 0.82, the rest 1.00) and blind-html160 (written in
# the forty-seventh round). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    # (quotes: an analyst's colon-quote, a quote named by role)
    ("blind-html161", {}, 0.85),
    # (blind-html160, first run in the forty-seventh round: site 0.75, authors 0.75, body starts / ends 0.75 / 0.50, no
    # furniture 0.25, quotes 0.69)
    ("blind-html160", {}, 0.95),
    # (blind-html162, written blind at the round's end and scored before any rule: body starts / ends 0.75 / 0.75, no
    # furniture 0.75, quotes 0.81, the rest 1.00; after three rules: a dated update note, a writer's dash sign-off with
    # her job, "says our director, A")
    ("blind-html162", {}, 0.9),
])
def test_the_forty_eighth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The forty-ninth round: blind-html163 (port cranes' remote diagnostics: Wix in Malta, Sitecore in Romania, Next.js and
# Contentful in Panama, TYPO3 in Finland; written blind in this round and scored before any rule: authors 0.75, quotes
# 0.87, the rest 1.00). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html163", {}, 0.97),
    # (blind-html164, written blind in this round and scored before any rule: date 0.50, authors 0.75, body starts 0.75,
    # no furniture 0.75, the rest 1.00; everything 1.00 since the fiftieth round: a Bitrix page's top bar's day in
    # "topbar__date" is the site's clock, a Slovak ministry's bold "perex" its standfirst)
    ("blind-html164", {}, 0.97),
])
def test_the_forty_ninth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fiftieth round: blind-html165 (rare-earth magnet recycling: Tilda in Estonia, Liferay in Finland, WordPress with
# Divi in Portugal, Framer in Slovenia; written blind in this round and scored before any rule: headline 0.75, date 0.50,
# site 0.75, authors 0.25, body starts 0.50 and ends 0.75, captions 0.75, no furniture 0.50, quotes 1.00). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html165", {}, 0.97),
    # (blind-html166, electrolyser stacks: Contao in Austria, beehiiv in Denmark, Odoo in Portugal, Concrete CMS in
    # Namibia; written blind in this round after its first rules and scored on main at 9d70478 before any rule for it:
    # headline 0.75, date 0.75, authors 0.75, body starts 0.50 and ends 0.75, no furniture 0.25, the rest 1.00; left: an
    # NGO's "lead" block over the text, which its page classes as another page's first paragraph would be)
    ("blind-html166", {"first sentence": 0.75, "no furniture": 0.75}, 0.97),
])
def test_the_fiftieth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-first round: blind-html167 (hospital scanners: Magnolia in Slovenia, Optimizely in Portugal, Duda in Costa
# Rica, Zoho Sites in Greece; written blind in this round and scored on 2356c2d before any rule: site 0.75, authors 0.75,
# body ends 0.50, no furniture 0.50, the rest 1.00). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html167", {}, 0.97),
    # (blind-html168, lift controllers: Statamic in Slovenia, Silverstripe in Iceland, Shopify in Cyprus, Kirby in Portugal;
    # written blind in this round after its first rules and scored on main at 0ba5642 before any rule for it: date 0.50,
    # site 0.75, body ends 0.75, no furniture 0.75, the rest 1.00; left: an association's acronym, "AGEP", as its site's
    # name where its gold spells it out)
    # (its site raised to 1.00 in the fifty-second round: an acronym spelled out where the page's description does)
    ("blind-html168", {}, 0.97),
    # (blind-html169, cargo scanners: ExpressionEngine in Namibia, Movable Type in Georgia, a Notion page on super.so in
    # Poland, Jimdo in the Philippines; written blind at the end of this round and scored on main at 0b98c44: site 0.50,
    # authors 0.75, body ends 0.75, no furniture 0.75, the rest 1.00; left: "Lumora Newsroom", the <title>'s name for a
    # company its gold names in full)
    # (its site raised to 1.00 in the fifty-third round: a company's newsroom is the company its "About" box names)
    ("blind-html169", {}, 0.97),
])
def test_the_fifty_first_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-second round: blind-html170 (smart meters: ProcessWire in Latvia, Discourse in Cyprus, TERMINALFOUR in
# Portugal, Hashnode in Belgium; written blind in this round and scored on main at 5d02eaf before any rule: body starts
# 0.75 and ends 0.75, no furniture 0.50, the rest 1.00). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html170", {}, 0.97),
    # (blind-html171, grid batteries: Grav in Spain, a Quarto brief in Bulgaria, an Outlook letter read in the browser in
    # Colombia, Typepad in Sweden; written blind in this round after its first rules and scored on main at 7cee57d before
    # any rule for it: headline 0.75, site 0.75, authors 0.50, body starts 0.50 and ends 0.75, no furniture 0.50, the
    # rest 1.00; left: the Outlook letter's own lines around its lead story, its masthead as the site's name)
    ("blind-html171", {"source": 0.75, "first sentence": 0.75, "last sentence": 0.75, "no furniture": 0.75}, 0.97),
])
def test_the_fifty_second_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-third round: blind-html172 (electric-bus update servers: Eleventy in Puerto Rico, SPIP in Burkina Faso, a
# Sphinx briefing note on Read the Docs in Greenland, a Docusaurus blog in the Isle of Man; written blind in this round
# and scored on main at fd818e9 before any rule: headline 0.75, date 0.75, site 0.50, authors 0.50, body starts 0.75 and
# ends 0.75, no furniture 0.50, captions and quotes 1.00). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html172", {}, 1.0),
    # (blind-html173, traffic-signal controllers: Google Sites in Zanzibar, Textpattern in Guernsey, GitBook in Gibraltar,
    # Dreamwidth in Jersey; written blind in this round after its first rules and scored on main at 086548e before any
    # rule for it: headline 1.00, date 0.25, site 0.25, authors 0.75, body starts 0.50 and ends 0.25, captions 0.75, no
    # furniture 0.25, quotes 0.69; left: a help centre's callouts and its company's name, a journal's writer in its
    # profile box, a quote after "He was very calm about it:")
    # (raised in the fifty-fourth round: a help centre's company, a journal keeper's profile bio, a "Published ..." line
    # with other facts, a closing "Text:" credit, a caption's first paragraph, an unknown given name after an office,
    # "Deputy" a title, a pronoun before a colon)
    ("blind-html173", {"first sentence": 0.75, "last sentence": 0.75, "no furniture": 0.5}, 0.87),
])
def test_the_fifty_third_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-fourth round: blind-html174 (elevator gateways: a Strapi-fed React newsroom in South Sudan, a GoDaddy site's
# editorial in Libya, a Dotclear company blog in Martinique, a Publii site in Guinea-Bissau; written blind in this round
# and scored on main at 5ba4c51 before any rule: headline 1.00, date 1.00, site 0.75, authors 0.50, body starts 0.75 and
# ends 0.25, captions 1.00, no furniture 0.25, quotes 0.94; left: the editorial's dek read as its lead and its address
# and notes under the text). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    # (raised in the fifty-fifth round: the description under the header's short lines a dek; a paper's address and its
    # letters' box under the text)
    ("blind-html174", {}, 1.0),
])
def test_the_fifty_fourth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-fifth round: blind-html175 (heat-pump controllers: a Bludit news site in Macao, a Microsoft Sway bulletin of
# St Helena's grant programme, a Tumblr student blog in Svalbard, a phpBB forum thread in Saint-Barthélemy; written blind
# in this round and scored on main at a39f348 before any rule: headline 0.75, date 0.75, site 0.75, authors 0.50, body
# starts 0.50 and ends 0.75, captions 1.00, no furniture 0.50, quotes 0.81). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html175", {}, 1.0),
])
def test_the_fifty_fifth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-sixth round: blind-html177 (wind-turbine controllers: a Pico CMS member update of a Faroese wind co-operative,
# a WriteFreely blog in Ethiopia, a Canva website of a Dominican energy bulletin in Spanish, a vBulletin article page of a
# Montenegrin energy forum; written blind in this round and scored on main at b7c6b05 before any rule: headline 0.75, date
# 0.50, site 0.50, authors 0.50, body starts 0.50 and ends 0.75, captions 1.00, no furniture 0.50, quotes 0.81; left: the
# site names its gold reads from a page's own words rather than its metadata, Spanish quotes). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html177", {"date": 0.75, "source": 0.5}, 0.8),
    # blind-html176 (solar inverters: Mobirise, Moodle, Carrd, Telegraph; written blind at the end of the fifty-fifth round
    # and scored on main at 428b28f: last sentence 0.00; left: the shapes named in its README row)
    ("blind-html176", {"headline": 0.75, "date": 0.75, "source": 0.5, "authors": 0.25, "first sentence": 0.75,
                       "last sentence": 0.25, "no furniture": 0.25}, 0.75),
])
def test_the_fifty_sixth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-seventh round: blind-html178 (metro train control and remote diagnostics: a Bangladeshi daily's Microsoft
# FrontPage table layout, a Tunisian union's Google Doc published to the web, a Croatian consultancy's Material for MkDocs
# blog, an Ecuadorian Serendipity blog in Spanish; written blind at the start of this round and scored on main at 25f810f
# before any rule: headline 0.25, date 0.25, site 0.00, authors 0.25, body starts 0.50 and ends 0.25, captions 0.50, no
# furniture 0.50, quotes 0.75; left: the FrontPage page, the document's header and footer lines, the blog's company as
# its og:site_name). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html178", {"headline": 0.75, "date": 0.5, "source": 0.25, "authors": 0.75, "first sentence": 0.5,
                       "last sentence": 0.5, "captions": 0.5, "no furniture": 0.5}, 0.75),
])
def test_the_fifty_seventh_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-eighth round: blind-html179 (airport scanners' update links: a Luxembourg newsletter's Zola site, a Salvadoran
# magazine's Webnode blog, a Senegalese editorial on Strikingly, a Guyanese forum's XenForo article thread; written blind
# at the start of this round and scored on main at ae893a5 before any rule: headline 1.00, date 0.75, site 0.50, authors
# 0.75, body starts 0.75 and ends 0.50, captions 0.75, no furniture 0.50, quotes 0.56; left: a French stamp beside a
# JSON-LD day one earlier, a site builder's caption and credit boxes, a Spanish update note). After it:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html179", {"headline": 1.0, "date": 0.75, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 0.75, "captions": 0.75, "no furniture": 0.75}, 0.68),
])
def test_the_fifty_eighth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The fifty-ninth round: blind-html180 (water plants' controllers: a Kuwaiti community's Forem page, an Algerian
# editorial on a Typecho blog, a Tobago newsletter hand-made on Neocities, a Paraguayan cooperative's Friendica post;
# written blind at the start of this round and scored on main at 9ba8d60 before any rule: headline 0.75, date 0.50, site
# 0.50, authors 0.50, body starts 1.00 and ends 0.25, captions 0.75, no furniture 0.25, quotes 0.69; left: a
# cooperative's name over its short masthead, a second author the JSON-LD leaves out, a byline only in the footer).
# After it, with blind-html179's, blind-html178's and blind-html137's quotes raised by verbs of speech in Spanish,
# Portuguese and French:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html180", {"headline": 1.0, "date": 1.0, "source": 0.75, "authors": 0.5, "first sentence": 1.0,
                       "last sentence": 0.5, "captions": 1.0, "no furniture": 0.5}, 0.87),
    ("blind-html179", {"headline": 1.0, "date": 0.75, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 0.75, "captions": 0.75, "no furniture": 0.75}, 0.87),
    ("blind-html178", {"headline": 0.75, "date": 0.5, "source": 0.25, "authors": 0.75, "first sentence": 0.5,
                       "last sentence": 0.5, "captions": 0.5, "no furniture": 0.5}, 0.81),
    ("blind-html137", {"source": 0.75}, 0.73),
])
def test_the_fifty_ninth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixtieth round: blind-html181 (port cranes: an Angolan newsroom on Pimcore, a Papua New Guinea blog on Bear Blog, a
# Guatemalan MyBB forum's news thread, a Togolese editorial exported from Nicepage; written blind at the start of this
# round and scored on main at c14b358 before any rule: headline 0.50, date 0.50, site 0.75, authors 0.50, body starts
# 1.00 and ends 0.00, captions 1.00, no furniture 0.00, quotes 0.76; left: a related post's line inside the text, a
# Portuguese split quote's speaker after "disse ao <paper>", a French role before an unknown name). After it, with
# blind-html179's Spanish and Portuguese notes under the text read and blind-html74's pointer to another post:
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html181", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 0.75}, 0.82),
    ("blind-html179", {"headline": 1.0, "date": 0.75, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 0.75, "no furniture": 1.0}, 0.87),
    ("blind-html74", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.87,
                      "last sentence": 0.87, "captions": 1.0, "no furniture": 0.87}, 1.0),
])
def test_the_sixtieth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixty-first round: blind-html182 (grid batteries: a Nepali engineers' Confluence blog post, a Bolivian iWeb export, a
# Malagasy letter in its Mailman archive, a Bosnian editorial on Neos; written blind at the start of this round and scored
# on main at a574cef before any rule: headline 0.50, date 0.75, site 0.50, authors 0.00, body starts 0.25 and ends 0.25,
# captions 0.75, no furniture 0.00, quotes 0.62; left: the plain-text letter's dek under its numbered heading, the iWeb
# page's readers' letters and archive under its text):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html182", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.75,
                       "last sentence": 0.75, "captions": 1.0, "no furniture": 0.5}, 1.0),
])
def test_the_sixty_first_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixty-second round: blind-html183 (hospital scanners' remote service: a Kigali Q&A on eZ Publish, a Baku report on
# uCoz, a Dushanbe report on DataLife Engine, a Nouakchott editorial on XOOPS; written blind at the start of this round
# and scored on main at d8b2b40 before any rule: headline 0.75, date 0.75, site 0.25, authors 0.50, body starts 0.25 and
# ends 0.50, captions 0.75, no furniture 0.00, quotes 0.20; left: speech in Azerbaijani, Tajik and Arabic, the Tajik site's
# name in its own letters, the Q&A's answers, which this set's writer counts for no one, comments and notes in the text):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html183", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.73),  # (raised in the sixty-fifth round)
])
def test_the_sixty_second_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixty-third round: blind-html184 (crop-spraying drones: a CMS Made Simple news item in Swahili, a b2evolution Q&A in
# Spanish, a PHP-Fusion report in Russian with Kyrgyz furniture, an ImpressPages unsigned editorial from Malawi; written
# blind at the start of this round and scored on main at 8723d38 before any rule: headline 0.50, date 0.75, site 0.75,
# authors 0.25, body starts 0.00 and ends 0.50, captions 0.75, no furniture 0.00, quotes 0.36; left: PHP-Fusion's
# writer only in a sign-off, the interviewer's "Entrevista:" line, a Swahili role before its speaker, a caption in a
# plain paragraph):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html184", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.92),  # (raised in the sixty-fifth round)
])
def test_the_sixty_third_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixty-fourth round: blind-html185 (portable ultrasound scanners: a Geeklog story in Haitian Creole, a Microweber report
# in Ukrainian, a Squiz Matrix Q&A in Portuguese with Tetum furniture, an Octopress unsigned editorial from Laos; written
# blind at the start of this round and scored on main at 08f80a9 before any rule: headline 1.00, date 0.50, site 0.75,
# authors 0.00, body starts 1.00 and ends 0.50, captions 1.00, no furniture 0.50, quotes 0.38; left: a partial after
# Haitian Creole's "di", the Ukrainian regulator's words in his letter's reply):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html185", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.87),
])
def test_the_sixty_fourth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixty-fifth round: blind-html186 (flood gauges' and sirens' telemetry: a Mezzanine story in Khmer, a Jupyter notebook
# exported with nbconvert in Spanish from Honduras, a Tiki Wiki unsigned editorial from Côte d'Ivoire, an XWiki Q&A from
# Bhutan; written blind at the start of this round and scored on main at 04eab1a before any rule: headline 0.50, date 0.25,
# site 0.50, authors 0.25, body starts 0.50 and ends 0.50, captions 0.75, no furniture 0.50, quotes 0.60; left: Khmer
# names and speech (no capitals for the name rules to read), the Khmer text's last paragraphs, the Q&A's answers, which this
# set's writer counts for no one):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html186", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 0.75, "first sentence": 1.0,
                       "last sentence": 0.75, "captions": 1.0, "no furniture": 1.0}, 0.73),
])
def test_the_sixty_fifth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixty-sixth round: blind-html187 (card-payment terminals' management servers: a BlogEngine.NET report from Liberia,
# a Franklin.jl data story in French from Cameroon, a Frappe blog column in Arabic from Djibouti, a Zenphoto photo essay
# in Portuguese from São Tomé and Príncipe; written blind at the start of this round and scored on main at 789542c before
# any rule: headline 1.00, date 1.00, site 0.50, authors 0.50, body starts 0.75 and ends 0.50, captions 0.75, no furniture
# 0.50, quotes 0.39; left: Arabic names and speech, a Portuguese "disse." with no subject, "Selon A, ..." before a partial):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html187", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.55),
])
def test_the_sixty_sixth_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# ... and blind-html188 (livestock ear-tag readers: an Anchor CMS report from Chad in French, a HostCMS Q&A from North
# Macedonia in Cyrillic, an Org mode column from Uruguay in Spanish, a FlatPress unsigned editorial from Lesotho; written
# blind in this round and scored on main at 677d6fa before any rule: headline 0.75, date 0.50, site 0.75, authors 0.50,
# body starts 0.75 and ends 0.75, captions 1.00, no furniture 0.50, quotes 0.56; left: a date on the other side of midnight
# in UTC under a local stamp, the Macedonian answers and Spanish partials for their speakers):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html188", {"headline": 1.0, "date": 0.75, "source": 1.0, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.85),  # (quotes 0.89 after the 67th round)
])
def test_the_sixty_sixth_round_s_second_page_set_reads_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# The sixty-seventh round: blind-html189 (greenhouse climate controllers: a Bolt CMS report from Moldova in Romanian, a
# Datenstrom Yellow interview from Herzegovina in Croatian, a Batflat column from Jordan, an Adobe Portfolio photo essay
# from Zambia; written blind at the start of this round and scored on main at cfd5e72 before any rule: headline 1.00,
# date 1.00, site 1.00, authors 0.25, body starts 0.50 and ends 0.00, captions 1.00, no furniture 0.00, quotes 0.64;
# left: an interview's italic intro of two sentences, which blind page writers count as a deck or as the lead):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html189", {"headline": 1.0, "date": 1.0, "source": 1.0, "authors": 1.0, "first sentence": 0.75,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 0.75}, 1.0),
])
def test_the_sixty_seventh_round_s_page_sets_read_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)


# ... and blind-html190 (cold-chain temperature loggers: a Winter CMS report from Vietnam in Vietnamese, a PyroCMS
# interview from Czechia in Czech, a Jigsaw column from the Philippines, a Composr live blog from New Zealand; written
# blind in this round and scored on main at b801082 before any rule: headline 0.75, date 0.75, site 0.75, authors 1.00,
# body starts 0.50 and ends 0.75, captions 1.00, no furniture 0.50, quotes 0.54; left: a column's site named only by its
# header's <h1> under an older og:title, a Vietnamese partial "theo ông, ..."):
@pytest.mark.parametrize("folder, floors, quotes", [
    ("blind-html190", {"headline": 1.0, "date": 1.0, "source": 0.75, "authors": 1.0, "first sentence": 1.0,
                       "last sentence": 1.0, "captions": 1.0, "no furniture": 1.0}, 0.9),
])
def test_the_sixty_seventh_round_s_second_page_set_reads_at_least_as_well_as_after_it(folder, floors, quotes):
    holds(folder, {**FLOORS, **floors}, quotes)
