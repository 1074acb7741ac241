"""Parse: each seed shape becomes the right parts of an article, by general rules
with the phrases in registry/rules.yml. One small fixture per shape, in
tests/fixtures/shapes/, plus the real seed."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from generator.extract import extract
from generator.meta import apply_meta
from generator.model import Article, Seed
from generator.parse import (_byline_line, blocks, _header_date, _is_furniture, _rail, _reporter_line, date_from_url, english_byline,
                              page_chrome, parse)
from generator.read import read_seed
from generator.registry import load_registry
from generator.text import sentences, split_names

from .conftest import FIXTURES, ROOT

REGISTRY, _ = load_registry(ROOT / "registry")
SHAPES = FIXTURES / "shapes"
REAL = ROOT / "seeds" / "000_4c66626bd7c7efee.txt"


def shape(name: str) -> Article:
    return apply_meta(parse(read_seed(SHAPES / name), REGISTRY))


def text(body: str, name: str = "t.txt") -> Article:
    return apply_meta(parse(Seed(name=name, text=body), REGISTRY))


def body(article: Article) -> str:
    return "\n".join(article.paragraphs)


# The real seed


@pytest.fixture(scope="module")
def real() -> Article:
    return apply_meta(parse(read_seed(REAL), REGISTRY))


def test_real_seed_parts(real):
    assert real.title == "Trump administration relaxed export controls on chips to China"
    assert real.date == dt.date(2025, 7, 18)  # from the Toutiao ID; the text says July 16 and 17
    assert (real.source, real.author) == ("Observer News", "Liu Bai")
    assert real.original_url == "https://www.toutiao.com/article/7528222659663970868/"
    assert real.rights == "This article is an exclusive piece by Observer News. Reproduction without permission is prohibited."
    assert len(real.boilerplate) == 1 and real.boilerplate[0].startswith("Statement:")
    assert [c.credit for c in real.captions] == ["Visual China", "Visual China"]
    assert real.captions[0].text == "Beijing, July 16, NVIDIA CEO Huang Renxun speaks to reporters."
    assert real.captions[1].text.startswith("2025 China (Shanghai) International Winding Machine")


def test_real_seed_body_has_every_article_paragraph_and_nothing_else(real):
    # Issue 2 asks for "25+" body paragraphs, but the seed has exactly 23 article
    # paragraphs (plus 2 captions, the rights notice, Original: and Statement:).
    assert len(real.paragraphs) == 23
    assert real.paragraphs[0].startswith("Recently, the Trump administration relaxed export controls")
    assert real.paragraphs[-1].startswith("Both sides agreed that the meeting was positive")
    for leftover in ("Visual China", "Statement:", "Original:", "toutiao.com", "【", "By Observer News",
                     "Reproduction without permission"):
        assert leftover not in body(real)


def test_real_seed_captions_sit_after_their_paragraphs(real):
    assert [c.after for c in real.captions] == [3, 12]


def test_real_seed_summary_and_counts(real):
    assert 2 <= len(sentences(real.summary, REGISTRY.rules.abbreviations)) <= 3
    assert real.summary.startswith("Recently, the Trump administration")
    assert 1100 < real.word_count < 1250
    assert real.reading_time == -(-real.word_count // REGISTRY.rules.words_per_minute)


# Bylines and datelines


@pytest.mark.parametrize("name, source, author", [
    ("bracket_byline.txt", "Global Times", "Zhang Wei"),
    ("by_author.txt", "", "Jane Doe"),
    ("by_author_outlet.txt", "Bloomberg", "John Roe"),
    ("pipe_byline.txt", "Reuters", "Maria Silva"),
])
def test_bylines(name, source, author):
    article = shape(name)
    assert (article.source, article.author) == (source, author)
    assert author not in body(article) and "By " not in body(article)
    assert "|" not in body(article) and "【" not in body(article)
    assert author not in article.title


def test_bracket_byline_glued_to_the_lead_leaves_the_lead():
    article = shape("bracket_byline.txt")
    assert article.paragraphs[0].startswith("Recently, China's Ministry of Commerce announced")


def test_dateline_with_wire_service():
    article = shape("dateline_reuters.txt")
    assert article.dateline == "WASHINGTON, July 14 (Reuters) -"
    assert (article.date, article.date_source) == (dt.date(2025, 7, 14), "dateline")  # year from the text
    assert article.source == "Reuters"
    assert article.paragraphs[0].startswith("The U.S. Commerce Department added")


def test_dateline_with_dash():
    article = shape("dateline_dash.txt")
    assert article.dateline == "BEIJING, July 16 —"
    assert (article.date, article.date_source) == (dt.date(2025, 7, 16), "dateline")
    assert article.paragraphs[0].startswith("China's exports rose 5.8 percent")


def test_dateline_with_year_and_day_first():
    article = text("GENEVA, 5 May 2024 (AFP) – Negotiators met for a third day of talks on tariffs and market access.\n\n"
                   "No agreement was reached.")
    assert (article.date, article.source) == (dt.date(2024, 5, 5), "AFP")


# Headlines


def test_headline_as_first_line():
    article = shape("by_author.txt")
    assert article.title == "Senate panel backs chip subsidy extension" and not article.title_inferred
    assert article.title not in body(article)


def test_headline_inferred_from_the_lead():
    article = shape("headline_inferred.txt")
    assert article.title_inferred
    assert article.title.startswith("Netherlands tightened export rules")
    assert len(article.title) < 90
    assert "..." not in article.title and "…" not in article.title
    assert not article.title.lower().startswith("recently")
    assert article.title != "headline_inferred"


@pytest.mark.parametrize("name", ["bracket_byline.txt", "date_toutiao.txt", "date_url_path.txt", "dateline_dash.txt"])
def test_inferred_headlines_are_real_headlines(name):
    article = shape(name)
    assert article.title_inferred
    assert 15 <= len(article.title) < 90
    assert not re.search(r"(?i)^(recently|by |【)|\.\.\.|…|[,;:]$", article.title)
    assert article.title != name.rsplit(".", 1)[0]
    assert "Zhang Wei" not in article.title and "Global Times" not in article.title
    assert article.title[0].isupper()


def test_a_sentence_is_not_a_headline():
    article = text("Officials met on Monday.\n\nThey agreed to meet again.")
    assert article.title_inferred and len(article.paragraphs) == 2


# Captions


CREDITS = ["Visual China", "Xinhua", "VCG", "IC Photo", "Reuters", "AP Photo", "Getty Images", "AFP", "Xinhua",
           "Wang Lei/AFP"]


def test_captions_with_each_credit_form():
    article = shape("captions.txt")
    assert [c.credit for c in article.captions] == CREDITS
    assert article.captions[0].text == "Containers are stacked at Yangshan port in Shanghai."
    assert article.captions[8].text == "Delegates arrive for talks in Geneva."  # "Photo: Xinhua"
    assert article.captions[9].text == "A worker checks solar panels in Hefei."  # "(Photo by Wang Lei/AFP)"
    assert len(article.paragraphs) == 2
    for credit in CREDITS:
        assert credit not in body(article)


def test_a_sentence_ending_with_an_agency_name_is_body_text():
    article = text("Talks resume\n\nThe talks ended without agreement, according to Reuters.\n\n"
                   "Officials will meet again, Xinhua reported.")
    assert article.captions == () and len(article.paragraphs) == 2


def test_long_paragraph_ending_with_a_credit_is_body_text():
    long = " ".join(["The delegation visited several factories and ports during the week."] * 6) + " Reuters"
    assert text(f"Visit\n\n{long}\n\nMore text follows here.").captions == ()


# Rights, Original and boilerplate


def test_rights_original_and_statement_leave_the_body():
    article = shape("boilerplate.txt")
    assert article.rights.startswith("This article is an exclusive piece by Observer News")
    assert article.original_url == "https://www.example.com/news/2025/07/20/rare-earths.html"
    assert article.boilerplate == ("Statement: The article represents the views of the author and reader's opinions "
                                   "are welcome to be expressed through the buttons below.",)
    assert article.source == "Observer News"  # named by the rights notice
    assert len(article.paragraphs) == 2
    for leftover in ("exclusive piece", "Original:", "Statement:", "example.com"):
        assert leftover not in body(article)


def test_original_line_with_extra_text_keeps_the_text_as_boilerplate():
    article = text("Talks resume\n\nOfficials met again.\n\nOriginal: https://example.com/a (in Chinese)")
    assert article.original_url == "https://example.com/a"
    assert article.boilerplate == ("Original: https://example.com/a (in Chinese)",)


def test_second_original_line_is_kept():
    article = text("Talks resume\n\nOfficials met again.\n\nOriginal: https://example.com/a\n\nOriginal: https://example.com/b")
    assert article.original_url == "https://example.com/a"
    assert "https://example.com/b" in " ".join((*article.paragraphs, *article.boilerplate))


def test_nothing_left_once_boilerplate_is_removed_is_a_warning():
    article = text("This article is an exclusive piece by Observer News. Reproduction without permission is prohibited.\n\n"
                   "Statement: The article represents the views of the author.", name="empty-ish.txt")
    assert article.paragraphs == ()
    (d,) = article.diagnostics
    assert (d.level, d.file, d.line) == ("warning", "empty-ish.txt", 1)
    assert "no article text" in d.message and d.fix
    assert article.rights and article.boilerplate  # still kept


# Dates


def test_date_precedence_front_matter_over_dateline_and_url():
    article = shape("front_matter.md")
    assert (article.date, article.date_source) == (dt.date(2025, 6, 30), "front matter")


def test_date_precedence_dateline_over_url():
    article = text("BEIJING, July 16 — Officials met to discuss trade and technology.\n\n"
                   "Original: https://www.example.com/2024/01/02/story.html")
    assert (article.date, article.date_source) == (dt.date(2024, 7, 16), "dateline")  # year from the URL


def test_date_from_dated_url_path():
    article = shape("date_url_path.txt")
    assert (article.date, article.date_source) == (dt.date(2024, 11, 5), "url")


def test_date_from_toutiao_id():
    article = shape("date_toutiao.txt")
    assert (article.date, article.date_source) == (dt.date(2025, 7, 18), "url")
    assert 7528222659663970868 >> 32 == 1752800927  # 2025-07-18T01:08:47Z


@pytest.mark.parametrize("url, expected", [
    ("https://www.example.com/2025/07/18/story.html", dt.date(2025, 7, 18)),
    ("https://www.example.com/news/20240105/story", dt.date(2024, 1, 5)),
    ("https://www.example.com/2025-03-09-story", dt.date(2025, 3, 9)),
    ("https://m.toutiao.com/i7528222659663970868/", dt.date(2025, 7, 18)),
    ("https://www.example.com/article/7528222659663970868/", None),  # only hosts known to embed time
    ("https://www.example.com/2025/13/45/story", None),
    ("not a url", None),
    ("", None),
])
def test_date_from_url(url, expected):
    assert date_from_url(url) == expected


def test_date_from_text_is_the_latest_with_the_year_from_the_text():
    article = shape("date_text.txt")
    assert (article.date, article.date_source) == (dt.date(2024, 3, 5), "text")


def test_undated_seed_has_no_date():
    article = shape("undated.txt")
    assert (article.date, article.date_source) == (None, "none")


def test_undated_seed_is_never_given_the_file_time_or_today(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_bytes((SHAPES / "undated.txt").read_bytes())
    article = apply_meta(parse(read_seed(path), REGISTRY))
    assert article.date is None


# Front matter overrides


def test_md_front_matter_overrides_inferred_fields():
    article = shape("front_matter.md")
    assert article.title == "Editors' headline for the export story" and not article.title_inferred
    assert (article.source, article.author) == ("Caixin", "Li Na")  # not Reuters from the dateline
    assert article.original_url == "https://www.caixinglobal.com/2025-06-01/export-story.html"
    assert article.summary == "An editor-written summary. It replaces the extracted one."
    assert article.meta["topics"] == ["Export controls", "Rare earths"]
    assert article.paragraphs[0].startswith("Regulators in Washington published")


# Summary and counts


@pytest.mark.parametrize("name", sorted(p.name for p in SHAPES.glob("*.txt")))
def test_summary_is_two_or_three_sentences_of_the_article(name):
    article = shape(name)
    summary = sentences(article.summary, REGISTRY.rules.abbreviations)
    available = sum(len(sentences(p, REGISTRY.rules.abbreviations)) for p in article.paragraphs)
    assert min(2, available) <= len(summary) <= 3
    for sentence in summary:
        assert sentence in body(article)


def test_word_count_and_reading_time():
    article = text("Title here\n\n" + " ".join(["word"] * 461))
    assert (article.word_count, article.reading_time) == (461, 3)  # 230 words a minute, rounded up


def test_cjk_characters_count_as_words():
    assert text("中美贸易谈判。\n\nTalks resume.").word_count == 6 + 2


# Purity


def test_parse_is_deterministic():
    seed = read_seed(REAL)
    assert parse(seed, REGISTRY) == parse(seed, REGISTRY)


# The header zone, line by line


def test_header_furniture_kicker_and_site_line_leave_the_headline():
    article = text("Harbour Gazette\nWorld | Europe | Explainer\nANALYSIS\nPort workers strike over automation plans at three terminals\n"
                   "By Lena Fischer and Omar Haddad\nUpdated: 4 March 2025\nListen to this article 3 min\n\n"
                   "Dock workers in three ports walked out on Monday, saying new cranes would cost jobs.")
    assert article.title == "Port workers strike over automation plans at three terminals"
    assert article.author == "Lena Fischer and Omar Haddad"
    assert article.date == dt.date(2025, 3, 4)
    assert "World | Europe | Explainer" in article.furniture and "ANALYSIS" in article.furniture
    assert not any("Listen" in p for p in article.paragraphs)


def test_header_strips_site_prefix_breaking_and_a_trailing_timestamp():
    article = text("Grain Wire - Wheat prices jump as frost hits the northern plains 2025-02-03T08:00:00+01:00\n\n"
                   "Wheat futures rose sharply on Monday after a late frost damaged crops across the region.")
    assert article.title == "Wheat prices jump as frost hits the northern plains"
    assert article.date == dt.date(2025, 2, 3)
    breaking = text("Metro Ledger\nBREAKING: City council approves new budget after long debate\n\n"
                    "The city council approved the budget late on Tuesday after a seven-hour session.")
    assert breaking.title == "City council approves new budget after long debate"


def test_a_future_date_in_the_text_is_never_the_publication_date():
    article = text("Duties rise on imported steel\n\nThe ministry said on March 3, 2025 that it had finished its review. "
                   "From June 1, 2025, new duties will apply to imported steel.")
    assert article.date == dt.date(2025, 3, 3)


def test_report_cover_author_block_and_reporter_line():
    cover = text("INSTITUTE FOR OCEAN POLICY\nCoastal Series | Brief No. 3\n\nWhy fisheries quotas keep failing\n\n"
                 "Maria Lopez\nSenior Fellow, Ocean Program\n\nJohn Park\nResearch Associate, Ocean Program\n\n5 May 2024\n\n"
                 "Quotas have been cut three times in ten years, yet stocks keep falling across the region.")
    assert cover.title == "Why fisheries quotas keep failing"
    assert cover.author == "Maria Lopez and John Park"
    reporter = text("Rail link opens between two inland cities\nReporter: Sun Li\n2024-06-02 10:15\n\n"
                    "A new rail link opened on Sunday, cutting the journey between the two cities to an hour.")
    assert reporter.author == "Sun Li" and reporter.date == dt.date(2024, 6, 2)


def test_a_cover_title_of_two_words_a_hearing_s_quoted_title_and_a_staff_writer_s_line():
    cover = text("BRUSSELS CENTRE FOR ECONOMIC SECURITY\n\nPolicy Report No. 7/2026\n\nDUAL EXPOSURE\n"
                 "The European Union between US Chip Controls and Chinese Mineral Leverage\n\n"
                 "Authors: Sophie Van Daele and Giulia Ferrante\n\nMarch 2026\n\n"
                 "Europe's technology industries are exposed to two sets of coercive instruments at once.")
    assert cover.title == "DUAL EXPOSURE"
    hearing = text("PRELIMINARY TRANSCRIPT - SUBJECT TO REVISION\nThis is an unedited excerpt prepared by a contract "
                   "transcription service. It may contain errors and should not be cited as the official record.\n\n"
                   'HEARING: "Guarding the Lab Door: Research Security and Student Visas"\n\nThursday, September 19, '
                   "2024\n\nCHAIRMAN SMITH: Thank you. The committee will come to order for this hearing today.")
    assert hearing.title == "Guarding the Lab Door: Research Security and Student Visas"
    markets = text("MARKETS\n\nTokyo chip-tool shares slide as US widens curbs on China\n\nTokyo Electron and "
                   "Advantest fall as Washington targets memory; yen firms\n\nKAZUKI MORITA, Nikko staff writer\n"
                   "December 3, 2024 18:20 JST\n\nTOKYO -- Shares of Japanese equipment makers fell on Tuesday.")
    assert markets.title == "Tokyo chip-tool shares slide as US widens curbs on China"
    assert markets.authors == ("Kazuki Morita",) or markets.author.lower() == "kazuki morita"


@pytest.mark.parametrize("line", ["Last updated: 2025-08-07 16:40 (GMT+8)", "2025-08-07 16:40 (UTC+08:00)",
                                  "August 7, 2025 (Beijing time)"])
def test_a_date_line_may_name_its_time_zone(line):
    article = text(f"Taiwan weighs 20% US tariff as chip exemption details emerge\n\n{line}\n\n"
                   "Good morning. The new US tariff rate for Taiwan is now in force.")
    assert article.date == dt.date(2025, 8, 7)


# Dates a header gives in numbers, and dates that cannot be a publication's


def test_a_numeric_date_line_is_read_when_the_order_is_unambiguous():
    text = ("Markets\nGrain buyers return to US soybeans\nPublished on 14/11/2025 at 09:15 AM GMT+8\n\n"
            "Chinese buyers booked cargoes this week, traders said, and prices rose on the news.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).date == dt.date(2025, 11, 14)


def test_a_publication_date_is_never_after_the_build_day():
    text = ("Target set\n\nOfficials met on October 30 and agreed purchases for 2026, 2027 and 2098, "
            "officials said afterwards.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert article.date is None or article.date <= dt.date.today()


@pytest.mark.parametrize("line", ["View this email in your browser", "Download the full report (PDF, 4.2 MB)",
                                  "Unofficial translation for internal reading", "Issue No. 212"])
def test_reading_instructions_above_a_headline_are_furniture(line):
    text = (f"{line}\nGrain buyers return to US soybeans\nBy Ann Lee\n\n"
            "Chinese buyers booked cargoes this week, traders said, and prices rose on the news.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert article.title == "Grain buyers return to US soybeans" and line in article.furniture


# Headlines and their deks, letterheads, speeches, newsletters; bylines in their other shapes


def test_a_headline_then_its_dek_gives_the_first_as_headline_and_the_second_as_standfirst():
    article = text("HARBOUR POST\nMarkets | Asia\nShipping shares climb as port fees are put on hold\n"
                   "Steelmakers lag on fears that tariffs on coil will stay in place\nBy Ann Lee and Tom Hart\n"
                   "Mar 3, 2025 10:00 HKT\n\nShipping shares rose on Tuesday after officials paused new port fees for a year.")
    assert article.title == "Shipping shares climb as port fees are put on hold"
    assert article.standfirst == "Steelmakers lag on fears that tariffs on coil will stay in place"


@pytest.mark.parametrize("letterhead", ["Ministry of Agriculture of the Republic of Freedonia",
                                        "Office of the Harbour Trade Representative",
                                        "Embassy of the Republic of Freedonia in the Kingdom of Sylvania"])
def test_a_letterhead_above_a_document_title_is_not_the_headline(letterhead):
    article = text(f"{letterhead}\nSpokesperson Answers Questions on New Fishing Quota Rules\n2025-04-02 10:00\n\n"
                   "On April 2, the ministry announced new quota rules for coastal fleets and answered questions.")
    assert article.title == "Spokesperson Answers Questions on New Fishing Quota Rules"


def test_a_speech_title_sits_above_its_speaker_line_and_venue_lines_are_furniture():
    article = text("Harbour Department\nBuilding Ports That Last in an Age of Storms\nREMARKS\n"
                   "Jane Doe, Deputy Assistant Secretary for Ports and Waterways\nCoastal Forum on Shipping and Trade\n"
                   "Portland, Maine\nMay 4, 2025\nAs Prepared for Delivery\n\n"
                   "Thank you all for coming, and thank you to the forum for bringing us together today.")
    assert article.title == "Building Ports That Last in an Age of Storms"
    assert "Jane Doe, Deputy Assistant Secretary for Ports and Waterways" in article.furniture
    assert "As Prepared for Delivery" in article.furniture and not article.author


def test_a_newsletter_this_week_line_is_the_headline_not_its_greeting():
    article = text("HARBOUR NOTES\nThis week: a new port fee, a quiet fight over quotas and a tanker stand-off\n"
                   "Written by Ann Lee\n\nHello from Lisbon and Oslo. Three stories stood out this week, none on tariffs.")
    assert article.title.startswith("This week: a new port fee")
    assert article.author == "Ann Lee"


@pytest.mark.parametrize("line, author", [
    ("By ANN LEE in Lisbon and TOM HART in Porto, Northern Portugal", "Ann Lee and Tom Hart"),
    ("By Ann LEE with Tom HART in Porto", "Ann Lee and Tom Hart"),
    ("By Harbour Post staff reporters", ""),
    ("By Staff reporter", ""),
])
def test_byline_places_and_staff_credits(line, author):
    article = text(f"Shipping shares climb as port fees are put on hold\n{line}\n\n"
                   "Shipping shares rose on Tuesday after officials paused new port fees for a year.")
    assert article.author == author


def test_author_lines_without_by_under_a_title():
    cover = text("INSTITUTE FOR PORTS\nResearch Report\nSlow Water: Port Fees and the Trade Question\n"
                 "Ann Lee, Tom Hart, and José Núñez\nMarch 2026\n\nPorts have raised fees three times in ten years, "
                 "yet traffic keeps growing across the region.")
    assert cover.title == "Slow Water: Port Fees and the Trade Question"
    assert cover.author == "Ann Lee, Tom Hart and José Núñez"
    placed = text("Harbour Post\nShipping shares climb as port fees are put on hold\nAnn Lee in Lisbon\n"
                  "Published: 8:30pm, 12 Aug 2025\n\nShipping shares rose on Tuesday after officials paused new fees.")
    assert placed.author == "Ann Lee"
    titled = text("Slow Water: Port Fees and the Trade Question\nAnn Lee, Senior Research Fellow\n\n"
                  "Ports have raised fees three times in ten years, yet traffic keeps growing across the region.")
    assert titled.author == "Ann Lee"


def test_a_byline_after_the_lead_or_at_the_end_is_the_author():
    after = text("Shipping shares climb as port fees are put on hold\n\n"
                 "Shipping shares rose on Tuesday after officials paused new port fees for a year.\n\n"
                 "By Ann Lee and Tom Hart\n\nTraders said the pause would help carriers plan routes.")
    assert after.author == "Ann Lee and Tom Hart"
    assert not any(p.startswith("By Ann") for p in after.paragraphs)
    contrast = text("Ports\n\nShipping shares rose on Tuesday after officials paused new port fees.\n\n"
                    "By contrast, steel fell.")
    assert not contrast.author


def test_an_agencys_closing_credits_name_the_reporter_and_read_also_lines_are_furniture():
    article = text("Jakarta seeks carve-out for nickel from smelters\n\nJakarta (KN) - Indonesia asked Washington on "
                   "Monday to treat nickel from its smelters as eligible for credits.\n\nOfficials said talks would "
                   "go on.\n\nBaca juga: Govt targets battery exports\n\nKN/Rizky Pratama\nReporter: Rizky Pratama\n"
                   "Editor: Dewi Ratna\nCOPYRIGHT © KN 2026")
    assert article.author == "Rizky Pratama"
    assert not any("Baca juga" in p for p in article.paragraphs)
    assert any("Baca juga" in f for f in article.furniture)


# The fourth to seventh rounds (blind4–blind7): the title above the byline, and bylines in their
# other shapes


def test_the_title_is_the_line_above_the_byline_not_a_label_above_it():
    article = text("Harrow Institute\nResearch | Experts | Events\nTechnology and Security Program\n"
                   "The December Package Shows the Limits of Export Controls\nBy Rachel Okafor\nDecember 5, 2024\n\n"
                   "On Monday the Commerce Department released its third major package of chip export controls.")
    assert article.title == "The December Package Shows the Limits of Export Controls"
    assert article.author == "Rachel Okafor"


def test_a_headline_ending_with_a_full_stop_above_its_dek_and_byline():
    article = text("The Harbor Post\nGift this article\nThe TikTok law is the easy part. Enforcing it will be harder.\n"
                   "Congress has given ByteDance nine months to sell. Washington needs a plan for what happens next.\n"
                   "By Kendra Wallace\nApril 26, 2024 at 6:00 a.m. EDT\n\n"
                   "On Wednesday, the president signed into law a measure that gives ByteDance nine months to sell.")
    assert article.title == "The TikTok law is the easy part. Enforcing it will be harder."
    assert article.standfirst.startswith("Congress has given ByteDance")


def test_e_mail_headers_are_never_the_title_and_the_subject_printed_again_is():
    article = text("From: The Supply Line <news@supply.example>\nTo: desk@example.org\n"
                   "Subject: The Supply Line | Ninety days to the truce cliff\nDate: Fri, 14 Aug 2026 06:02:17 -0400\n\n"
                   "THE SUPPLY LINE\nYour Friday briefing on trade, tariffs and the economy\n\n"
                   "Ninety days to the truce cliff\n\nBy Marcus Feld, Senior Trade Correspondent\nwith Olivia Brandt\n\n"
                   "Good morning. The calendar is now doing the talking, and the truce expires in ninety days.")
    assert article.title == "Ninety days to the truce cliff"
    assert article.author == "Marcus Feld and Olivia Brandt"


@pytest.mark.parametrize("lines, author", [
    ("By Hannah Ruiz, Technology Policy Reporter", "Hannah Ruiz"),
    ("By Ravi Menon | Markets reporter", "Ravi Menon"),
    ("By Harold J. Vance", "Harold J. Vance"),
    ("Interview by Tom Becker", "Tom Becker"),
    ("Oliver GRANT in London and Mei Ling TAN in Singapore", "Oliver Grant and Mei Ling Tan"),
    ("Jenna Cole in Washington and Marcus Oyelowo in London (earlier)", "Jenna Cole and Marcus Oyelowo"),
    ("Written by Tessa Varga | Edited by Omar Lindqvist", "Tessa Varga"),
    ("Par Salma Benjelloun, avec Agence Atlas Presse", "Salma Benjelloun"),  # a reporter "with" an agency in French
    ("Harriet Osei-Whitlock in London and Fergus McAllister in Washington",
     "Harriet Osei-Whitlock and Fergus McAllister"),  # without "By", a place after each name
    ("Gabrielle Thibodeau-Ahmadi\nOttawa\nChinyere Okafor-Lindgren\nSaskatoon",
     "Gabrielle Thibodeau-Ahmadi and Chinyere Okafor-Lindgren"),  # a writer a line, each with their city under
    ("Shreya Nandakumar New Delhi", "Shreya Nandakumar"),  # the city the byline was filed from, run on
    ("By Goh Mei Ling in Busan, Muhammad Hafiz Rahmat and Priya Ramasamy in Singapore",
     "Goh Mei Ling, Muhammad Hafiz Rahmat and Priya Ramasamy"),  # a place, then a name after a comma
    ("AUTHORS\nRebecca Anand\nTomasz Wierzbicki", "Rebecca Anand and Tomasz Wierzbicki"),
    ("Authors\nLayla Haddad\nPartner, Dubai\nOmar Al-Farsi\nCounsel, Abu Dhabi\nDaniel K. Whitcombe\nPartner, Washington, D.C.",
     "Layla Haddad, Omar Al-Farsi and Daniel K. Whitcombe"),  # a law firm's authors, each over their job and office
    ("2026-04-22 08:47   Source: Tech Daily   Reporter: Xu Tingting Zhou Yifan", "Xu Tingting and Zhou Yifan"),
])
def test_bylines_in_their_other_shapes(lines, author):
    article = text(f"Shipping shares climb as port fees are put on hold\n{lines}\n\n"
                   "Shipping shares rose on Tuesday after officials paused new port fees for a year.")
    assert article.author == author


def test_a_post_s_author_is_the_name_above_its_handle_or_beside_its_degree():
    thread = text("Post\n\nKevin Liang\n@kliang_trade\n1/ Quick read on what came out of Busan yesterday: a truce, "
                  "not a deal.\n9:14 AM · Oct 31, 2025\n\n2/ Tariffs on Chinese goods drop from 20% to 10%.\n")
    assert thread.author == "Kevin Liang" and thread.date == dt.date(2025, 10, 31)
    post = text("LinkedIn\nHome   My Network   Jobs   Messaging\n\nDaniela Rocha • 2nd\nHead of Trade Compliance | Ex-BIS\n"
                "3d • Edited •\n\nThree months out from the deadline and every client asks the same question about the rule.")
    assert post.author == "Daniela Rocha" and not post.title.startswith(("Home", "Head of", "3d"))


@pytest.mark.parametrize("line, day", [
    ("04/03/2026 – 06:45 CET", dt.date(2026, 3, 4)),
    ("03/04/2026 6:45 a.m. ET", dt.date(2026, 3, 4)),
    ("Published: Fri 11 Apr 2025 14.22 BST", dt.date(2025, 4, 11)),
    ("Published Sept. 8, 2025, 5 a.m. ET", dt.date(2025, 9, 8)),
    ("Thu 16 Oct 2025 17.30 BST\nLast modified on Fri 17 Oct 2025 09.12 BST", dt.date(2025, 10, 16)),
    ("Input 2025.09.02 16:41  |  Modified 2025.09.03 08:05", dt.date(2025, 9, 2)),  # a Korean site's labels
    ("Uploaded: 07/07/2026 | Download PDF (412 KB)\nTuesday, 23rd June, 2026", dt.date(2026, 6, 23)),  # the sitting's
    ("Posted: 12/08/2025 10:20  |  Views: 2,318\nThe tariff on goods shipped through Vietnam to the United States",
     dt.date(2025, 8, 12)),  # a page about the United States is not dated the US way
    ("發布時間：2026/01/16 21:05\n更新時間：2026/01/17 08:20\n字級：小 中 大\n分享：Facebook LINE X 複製連結",
     dt.date(2026, 1, 16)),  # a label in Chinese; the page's text size and share bar are furniture
])
def test_date_lines_read_by_their_clock_and_time_zone(line, day):
    article = text(f"Shipping shares climb as port fees are put on hold\nBy Ann Lee\n{line}\n\n"
                   "Shipping shares rose on Tuesday after officials paused new port fees for a year.")
    assert article.date == day and article.title == "Shipping shares climb as port fees are put on hold"


def test_a_deadline_in_the_text_is_never_the_date_of_an_undated_article():
    article = text("Three months out from the deadline\n\nThat suspension ends on November 10, 2025. What we can't "
                   "handle is finding out on November 9, 2025. The rule was published on September 29, 2025.")
    assert article.date == dt.date(2025, 9, 29)


def test_furniture_after_the_article_is_kept_apart_and_a_closing_byline_names_the_authors():
    article = text("Dutch toolmakers brace for a US push on servicing\n\nThe United States is pressing allies to curb "
                   "servicing of chip machines in China.\n\nWritten by Sophie Hartmann in Brussels and Luca Bernardi in "
                   "Milan. Edited by Pieter de Vries.\n\nRelated\nNexperia: how a chip dispute stalled car plants\n\n"
                   "Tags: ASML · export controls · China")
    assert article.author == "Sophie Hartmann and Luca Bernardi"
    assert not any(p.startswith(("Related", "Tags:")) for p in article.paragraphs)
    assert any(f.startswith("Tags:") for f in article.furniture)


def test_a_closing_byline_with_an_e_mail_over_its_credit_line_names_the_authors():
    article = text("Chipmakers weigh a one-year licence for China fabs\n\nSamsung and SK hynix received one-year "
                   "licences on Tuesday, officials said.\n\nBy Park Ji-hoon and Kim Seo-yeon (jhpark@example.co.kr)\n"
                   "Yoon Da-eun in Washington contributed to this report.\n")
    assert article.authors == ("Park Ji-hoon", "Kim Seo-yeon")
    assert not any(p.startswith("By ") for p in article.paragraphs)


@pytest.mark.parametrize("ending, authors", [
    # a reporter's signature with their e-mail, under a related list and over the rights notice
    ("관련기사\nEquipment exports to China fall for fifth straight month\nPark Ji-hoon, Senior Reporter  "
     "jhpark@example.co.kr\nTranslated by Choi Seo-yeon\n저작권자 © 더세미콘헤럴드 무단전재 및 재배포 금지", ("Park Ji-hoon",)),
    # a byline after a dash, over the page's date and tags
    ("— By Nur Syafiqah Azman and Tan Kok Leong\nLast updated: 16/10/2026 11:03 AM\nTags / Kata Kunci: semiconductor, "
     "Penang", ("Nur Syafiqah Azman", "Tan Kok Leong")),
    # the authors' bios among the page's closing lines
    ("Also Read | Component PLI: first approvals expected by March\nAbout the authors\nArjun Mehrotra is a senior "
     "fellow at the Centre for Technology and Trade, New Delhi.\nKavya Nair is an associate professor of operations "
     "management at the Kochi School of Management.\n© 2026 Circuit & Capital Media Pvt Ltd. All rights reserved.",
     ("Arjun Mehrotra", "Kavya Nair")),
])
def test_the_authors_named_in_a_page_s_closing_lines(ending, authors):
    article = text("Washington's VEU reversal puts Korean fabs on a clock\n\nHanul and Daesung must now seek licences to "
                   "ship US tools to their plants in China, officials said.\n\nIndustry officials said both chipmakers "
                   f"were expected to apply for annual site licences.\n\n{ending}\n")
    assert article.authors == authors


def test_every_author_of_a_byline_is_listed_apart():
    article = parse(Seed(name="t.txt", text="Chip Rules Tighten Again\n\nBy Rachel Ostrander, Kenji Watanabe and "
                                             "Farah Siddiqui\n\nWashington tightened its rules on Monday.\n"), REGISTRY)
    assert article.authors == ("Rachel Ostrander", "Kenji Watanabe", "Farah Siddiqui")


def test_an_author_s_title_is_not_part_of_the_name_and_a_bio_with_a_closing_note_is_furniture():
    article = parse(Seed(name="t.txt", text="Southeast Asia's Transshipment Dilemma\n\nAuthor: Dr Farah Iskandar\n"
                                             "12 August 2025\n\nWashington's new penalty tariff puts exporters in a "
                                             "bind.\n\nThe burden of proof is shifting.\n\nDr Farah Iskandar is a "
                                             "Senior Fellow at the Straits Policy Institute.\n\nThis commentary is part "
                                             "of SPI's series on economic statecraft.\n"), REGISTRY)
    assert article.authors == ("Farah Iskandar",) and article.author == "Farah Iskandar"
    assert article.paragraphs[-1] == "The burden of proof is shifting."
    assert "This commentary is part of SPI's series on economic statecraft." in article.furniture


def _read(text: str) -> Article:
    return parse(Seed(name="t.txt", text=text), REGISTRY)


@pytest.mark.parametrize("text, headline", [
    # A hearing record's cover: the title centred over two lines; the committee is a letterhead.
    ("[House Hearing, 119 Congress]\n\n\n          STOPPING THE FLOW: AI CHIP DIVERSION\n"
     "         AND THE ENFORCEMENT OF EXPORT CONTROLS\n\n                 HEARING\n\n"
     "     SELECT COMMITTEE ON THE STRATEGIC COMPETITION BETWEEN THE UNITED STATES\n\n"
     "              JUNE 25, 2025\n\n"
     "    Chairman Moolenaar. Thank you. How many agents does the bureau have to cover the globe today?\n",
     "STOPPING THE FLOW: AI CHIP DIVERSION AND THE ENFORCEMENT OF EXPORT CONTROLS"),
    # A question as the title, under a show's label.
    ("Aldgate Policy Forum\nPodcast: Signal & Noise\nSelling the H200 to China: Smart Bargain or Strategic "
     "Mistake?\nEpisode 87 | December 12, 2025 | 41 min\n\nHOST: Welcome to the show. Today we talk about chips and "
     "about what the new licences mean for the industry.\n",
     "Selling the H200 to China: Smart Bargain or Strategic Mistake?"),
    # A newsletter's tagline under its masthead, the name it is sent from.
    ("From: The Tariff Desk <briefing@example.com>\nDate: Fri, 31 Oct 2025 06:45:12 -0400\n\nTHE TARIFF DESK\n"
     "Your morning read on trade, tariffs and the US–China relationship\n\nAfter Busan, the fine print: what the "
     "truce does and doesn't cover\nBy Marisa Okonjo\n\nGood morning. Yesterday's meeting lasted about an hour and "
     "forty minutes, and both sides were selling it as a win.\n",
     "After Busan, the fine print: what the truce does and doesn't cover"),
    # An episode's title under its show's tagline.
    ("The Compute Question\nA podcast about chips, AI and power | Ridgeline Media\n\nEpisode 47: DeepSeek and the "
     "Limits of Chip Controls\nFebruary 3, 2025 · 52 min\n\nHost: Theo Marchetti\n\nTHEO MARCHETTI: Welcome back. "
     "Today we look at what DeepSeek means for the controls that were written last year.\n",
     "Episode 47: DeepSeek and the Limits of Chip Controls"),
    # An episode's title over its number and date line, under the show's name (printed twice).
    ("MBBR Marina Bay Business Radio\nPodcasts › The Closing Bell SG\nThe Closing Bell SG\nChip tariffs, AI servers and "
     "Singapore's narrow middle path\nEpisode 212 · 18 Sep 2026 · 23 min\n\nGood evening, you're listening to The "
     "Closing Bell. Washington's tariffs took effect at the start of the month, and we ask what they mean here.\n",
     "Chip tariffs, AI servers and Singapore's narrow middle path"),
    # A post's title in two sentences, over its author's name printed twice (avatar and name).
    ("LinkedIn\nJoin now Sign in\nThe rare-earth truce expires in 15 weeks. The market has already priced it in — "
     "wrongly.\nNadia Lim Wei Ling\nNadia Lim Wei Ling\nPublished Aug 11, 2026\n\nI've had the same conversation "
     "with procurement heads in Singapore and Penang about a dozen times this summer, so I'm writing it down.\n",
     "The rare-earth truce expires in 15 weeks. The market has already priced it in — wrongly."),
    # A newsletter's issue line ("Issue #212 · October 19, 2026") under its tagline: the Subject line names the issue.
    ("From: The Landed Cost <briefing@example.news>\nSubject: The Landed Cost | Truce countdown: three weeks to the "
     "cliff\n\nTHE LANDED COST\nTariffs, trade compliance and supply chains — every Monday\n\nIssue #212 · October 19, "
     "2026\n\nGood morning. Three weeks from tomorrow, the US-China truce runs out, and here is where things stand.\n",
     "Truce countdown: three weeks to the cliff"),
    # A .gov site's banner above the release.
    ("An official website of the United States government\nHere's how you know\nOfficial websites use .gov\n"
     "Secure .gov websites use HTTPS\nHome › News › Press Releases\nCommerce Adds 23 Entities to Entity List\n"
     "FOR IMMEDIATE RELEASE\nTuesday, June 2, 2026\n\nWASHINGTON — The Department of Commerce today added 23 entities "
     "to the Entity List for diverting advanced chips.\n",
     "Commerce Adds 23 Entities to Entity List"),
])
def test_headlines_of_covers_shows_and_newsletters(text, headline):
    assert _read(text).title == headline


@pytest.mark.parametrize("text, date", [
    ("Experts: chip curbs spur substitution\nSource: China Innovation Daily | 2025-09-18 08:46\n\nDomestic "
     "equipment makers have reported strong growth in orders in the first eight months of this year.\n",
     dt.date(2025, 9, 18)),
    ("Trump-Xi meeting: as it happened\nThu 30 Oct 2025 09.40 GMT\nFirst published on Wed 29 Oct 2025 23.55 GMT\n\n"
     "The two leaders met for about 100 minutes at the air base and agreed to extend the truce by a year.\n",
     dt.date(2025, 10, 29)),
    # A cover's month and year give no day, and none is guessed from the text.
    ("Securing the Midstream: Rare Earth Processing\nSeptember 2025\n\nAuthors: Helena Marchetti and Tobias Ngata\n\n"
     "Export licensing for seven rare earths, introduced on April 4, 2025, halted production at several plants. "
     "The broader package announced on October 9 was suspended for one year.\n", None),
    # A page's spans run together when copied: the year and the time.
    ("US widens chip-tool licence net\nBy Caroline Ashdown-Pryce\nJanuary 20, 202611:48 PM GMT+8Updated 2 hours ago\n\n"
     "WASHINGTON, Jan 20 (Meridian) - The Commerce Department widened its rules on Tuesday, officials said.\n",
     dt.date(2026, 1, 20)),
    # The page's address copied with its header says when it was published.
    ("Business\nhttps://www.example.com/2026/03/11/business/china-rare-earth-magnets-shortage.html\n"
     "Despite a Trade Truce, a Magnet Shortage Is Back\n\nFactories in Ohio and Michigan are again short of magnets, "
     "managers say, months after the truce was agreed.\n", dt.date(2026, 3, 11)),
])
def test_dates_of_source_lines_live_blogs_and_covers(text, date):
    assert _read(text).date == date


@pytest.mark.parametrize("byline, authors", [
    ("By Marisa Okonjo, Trade Editor, and Ben Adeyemi-Clarke", ("Marisa Okonjo", "Ben Adeyemi-Clarke")),
    ("By Priya Raman in Busan, Thomas Eckhardt in Seoul and Wen Jiayi in Hong Kong",
     ("Priya Raman", "Thomas Eckhardt", "Wen Jiayi")),
    ("Authors: Helena Marchetti and Tobias Ngata", ("Helena Marchetti", "Tobias Ngata")),
    ("Margaret Ellery-Quinn", ("Margaret Ellery-Quinn",)),
    # The writer's cell, then credits' cells; a byline in capitals, in any Latin letters, joined by "AND".
    ("Text: Adaeze Okafor-Bello | Photo: Tunde Bakare", ("Adaeze Okafor-Bello",)),
    ("BY NGUYỄN THỊ THU HẰNG AND ĐẶNG QUỐC VIỆT", ("Nguyễn Thị Thu Hằng", "Đặng Quốc Việt")),
    ("By Ma. Lourdes Villanueva and Erdenebat Gantögs", ("Ma. Lourdes Villanueva", "Erdenebat Gantögs")),
    ("By Kenta Morimoto and Aya Shinohara / Tokai Shimpo Staff Writers", ("Kenta Morimoto", "Aya Shinohara")),
    ("Geneviève Tremblay-Nakamura, Quebec Business Reporter", ("Geneviève Tremblay-Nakamura",)),
    ("By business reporter Kristina Papadopoulos and Dang Minh Khoa", ("Kristina Papadopoulos", "Dang Minh Khoa")),
    ("Gabriel Okonjo-Reyes Follow and Priya Venkataraman Follow", ("Gabriel Okonjo-Reyes", "Priya Venkataraman")),
    ("Xavier Delorme-Aziz with Song Yutong in Beijing", ("Xavier Delorme-Aziz", "Song Yutong")),
    ("By Qiao Xinyue and Tang Mingzhe Published: Oct 15, 2026 10:48 PM", ("Qiao Xinyue", "Tang Mingzhe")),
    ("Critical Questions by Marcus Delacroix-Huang and Adaeze Nwosu-Kessler",
     ("Marcus Delacroix-Huang", "Adaeze Nwosu-Kessler")),
])
def test_bylines_with_jobs_places_labels_or_a_bare_name(byline, authors):
    article = _read(f"Chip Rules Tighten Again After a Year of Leaks\n{byline}\n\nWashington tightened its rules "
                    "on Monday, officials said, after a year of leaks and false starts.\n")
    assert article.authors == authors


def test_an_op_ed_signed_with_a_bio_names_its_author_and_keeps_the_bio_as_furniture():
    article = _read("Revoking student visas will cost us talent\n\nThe policy treats a chemistry student like a spy, "
                    "and our labs will pay for it in the years to come.\n\n— Dr. Nadia Okwuosa-Brandt is associate "
                    "dean for graduate education at Great Lakes State University.\n")
    assert article.author == "Nadia Okwuosa-Brandt"
    assert not any("associate dean" in p for p in article.paragraphs)
    assert any("associate dean" in f for f in article.furniture)


def test_an_op_ed_signed_by_two_bios_in_one_closing_paragraph_names_both_authors():
    article = _read("Miners can serve both powers, on their own terms\n\nProducers are courted as never before and "
                    "should use the moment to demand refining at home, which the last boom never brought.\n\n"
                    "Wanjiku Otieno-Mbeki is a senior research fellow at the Lakeside Centre for Resource Governance. "
                    "Farai Chidzambwa is an economist and a former adviser to Zimbabwe's mines ministry.\n")
    assert article.authors == ("Wanjiku Otieno-Mbeki", "Farai Chidzambwa")
    assert not any("senior research fellow" in p for p in article.paragraphs)


@pytest.mark.parametrize("header, headline, authors", [
    # a reporter's job in lower case after the name, under the headline and its dek
    ("Yuan slips as traders bet on a longer tariff truce\nChicago grain prices hit a four-month high on reports "
     "Beijing will buy more\nJulian Fairbrother, markets correspondent\nPublished: Fri 20 Mar 2026 09.12 GMT",
     "Yuan slips as traders bet on a longer tariff truce", ("Julian Fairbrother",)),
    # a live blog's shifts, under a dek
    ("Trump in Beijing: Xi and Trump hold talks as chip deals take shape – live\nThe president's first visit since "
     "2017 opens with a welcome ceremony; officials say a framework could be signed\n"
     "Eleanor Voss (now) and Kenji Maruyama (earlier)\nUpdated 12m ago",
     "Trump in Beijing: Xi and Trump hold talks as chip deals take shape – live", ("Eleanor Voss", "Kenji Maruyama")),
    # surnames in capitals, with letters beyond A-Z
    ("ANALYSIS\nTikTok's joint venture still runs on a Chinese algorithm\nBy Elena MARCHETTI and Tobias KRÜGER\n"
     "21/03/2026", "TikTok's joint venture still runs on a Chinese algorithm", ("Elena Marchetti", "Tobias Krüger")),
    # a report's cover: a short title in capitals over its subtitle, then "Authors:"
    ("REPORT\n\nCHOKEPOINTS IN MOTION\nReassessing US and Allied Controls on Chip Equipment\n\n"
     "Authors: Miriam Castellanos and Arjun Mehta\n\nSeptember 2025", "CHOKEPOINTS IN MOTION",
     ("Miriam Castellanos", "Arjun Mehta")),
])
def test_headlines_over_jobs_shifts_capitals_and_covers(header, headline, authors):
    article = _read(f"{header}\n\nWashington tightened its rules on Monday, officials said, after a year of leaks "
                    "and false starts in the chip trade.\n")
    assert (article.title, article.authors) == (headline, authors)


def test_a_section_label_in_capitals_over_a_bylined_headline_is_still_a_label():
    article = _read("US-CHINA TRADE WAR\nChip rules tighten again after a year of leaks\nBy Jane Porter\n\n"
                    "Washington tightened its rules on Monday, officials said.\n")
    assert article.title == "Chip rules tighten again after a year of leaks"


def test_a_hearing_s_title_in_capitals_beats_its_committee_and_members_lines():
    article = _read("[House Hearing, 119 Congress]\n\nPICKS AND SHOVELS: AMERICAN CHIPMAKING TOOLS AND CHINA'S "
                    "SEMICONDUCTOR BUILDOUT\n\nHEARING\nBEFORE THE\nSelect Committee on the Strategic Competition "
                    "Between the United States and the Chinese Communist Party\n\nJUNE 11, 2025\n\n"
                    "JOHN MOOLENAAR, Michigan, Chairman RAJA KRISHNAMOORTHI, Illinois, Ranking Member\n\n"
                    "Chairman Moolenaar. Thank you. I now recognize myself for five minutes to ask the witnesses.\n")
    assert article.title == "PICKS AND SHOVELS: AMERICAN CHIPMAKING TOOLS AND CHINA'S SEMICONDUCTOR BUILDOUT"


def test_an_edition_is_no_author_and_a_place_alone_is_a_dateline():
    article = _read("Shanghai Securities Observer | English Edition\nLithium battery export controls take effect "
                    "Nov. 8 as enterprises apply\n2025-10-21 08:35\nReporter: Chen Siyu\n\nWASHINGTON, D.C. — The "
                    "ministry issued the announcement on Thursday, officials said.\n")
    assert article.authors == ("Chen Siyu",)
    assert article.dateline == "WASHINGTON, D.C. —"
    assert article.paragraphs[0].startswith("The ministry issued")


def test_a_press_office_s_contact_line_is_boilerplate_but_a_named_contact_stays_a_person():
    article = _read("Commerce Adds 14 Entities to the Entity List\n\nOffice of Congressional and Public Affairs "
                    "OCPA@bis.doc.gov | (202) 482-2721\n\nThe bureau added 14 entities on Monday, officials said, "
                    "after a year of diversion.\n")
    assert article.authors == () and not article.paragraphs[0].startswith("Office")
    assert any("OCPA@bis.doc.gov" in b for b in article.boilerplate)


def test_a_reporter_credited_mid_text_is_an_author_and_a_caption_s_photographer_slash_outlet_is_a_credit():
    article = text("China's chip output hits a record\n\n【By Zhang Lin】China's chip output reached a record in the "
                   "first half of the year, data showed on Monday.\n\nPresident Trump arrives in Beijing on Tuesday. "
                   "(Lena Ortiz/Capitol Dispatch)\n\n(Reporter: Guo Ming) Analysts noted that imports still exceeded "
                   "180 billion dollars in the first half.\n")
    assert article.authors == ("Zhang Lin", "Guo Ming")
    assert article.paragraphs[-1].startswith("Analysts noted")
    assert [(c.text, c.credit) for c in article.captions] == [("President Trump arrives in Beijing on Tuesday.",
                                                               "Lena Ortiz/Capitol Dispatch")]


@pytest.mark.parametrize("seed, title, authors, day", [
    # A hearing's title in capitals under the committee's name.
    ("COMMITTEE ON BANKING, HOUSING, AND URBAN AFFAIRS\nUNITED STATES SENATE\n\nHEARING ON EXPORT CONTROL "
     "ENFORCEMENT AND CHIP SMUGGLING TO CHINA\n\nWednesday, March 12, 2025\n\nCHAIRMAN SCOTT: The committee will "
     "come to order. We meet today on the enforcement of export controls.",
     "HEARING ON EXPORT CONTROL ENFORCEMENT AND CHIP SMUGGLING TO CHINA", (), dt.date(2025, 3, 12)),
    # Names set apart by wide spaces; a source line with its time stamp.
    ("Domestic lithography breakthrough? Experts say the road is long\nSource: Jiangnan Economic Herald   "
     "2026-03-09 08:20:15\nAuthor: Chen Weiguo  Fang Xue\n\nRecently, a Shanghai enterprise announced that its "
     "machine has completed customer verification.",
     "Domestic lithography breakthrough? Experts say the road is long", ("Chen Weiguo", "Fang Xue"),
     dt.date(2026, 3, 9)),
    # A live blog's "From A in X and B in Y".
    ("US-China trade talks in Geneva: live updates\nSun 11 May 2025 16.48 BST\nFrom Tomás Reyes in Geneva and "
     "Yuki Ando in Hong Kong\n\nBoth sides met for a second day in Geneva on Sunday, officials said.",
     "US-China trade talks in Geneva: live updates", ("Tomás Reyes", "Yuki Ando"), dt.date(2025, 5, 11)),
    # A newsletter whose only title is its Subject line's, after the newsletter's name.
    ("From: The Supply Line <briefing@supplyline.example>\nSubject: The Supply Line | Rare earth magnets, port fees, "
     "and a countdown\nDate: Thu, 23 Oct 2025 06:05:12 -0400\n\nTHE SUPPLY LINE\nYour Thursday briefing on US-China "
     "trade\nWritten by Amara Quinn\n\nGood morning. Three things matter this week, and all of them are about minerals.",
     "Rare earth magnets, port fees, and a countdown", ("Amara Quinn",), dt.date(2025, 10, 23)),
    # An earnings call's participants are speakers, not authors.
    ("Q3 2025 Halvorsen Magnetics Inc Earnings Call\nEvent date: 2025-11-06 17:00 ET\n\nCorporate Participants\n"
     "Gregory Halvorsen, Chief Executive Officer\nConference Call Participants\nBrian Cho, Ridgeway Partners, Analyst"
     "\n\nOperator: Good afternoon, and welcome to the third quarter call.",
     "Q3 2025 Halvorsen Magnetics Inc Earnings Call", (), dt.date(2025, 11, 6)),
])
def test_headers_of_hearings_translations_live_blogs_newsletters_and_calls(seed, title, authors, day):
    article = text(seed)
    assert (article.title, article.authors, article.date) == (title, authors, day)


# Headers of the twelfth round (blind15)


def test_a_numeric_date_either_way_round_reads_as_where_the_header_is_from():
    body = "\n\nThe Senate approved the reform late on Tuesday, one day after the lower house did the same.\n"
    mexican = "DIARIO DEL NORESTE | English Edition\nES | EN\n10/12/2025\n\nSenate approves tariffs on cars" + body
    assert parse(Seed(name="t.txt", text=mexican), REGISTRY).date == dt.date(2025, 12, 10)
    american = ("FEDERAL REGISTER\nThe Daily Journal of the United States Government\nPublication Date: 11/07/2025\n"
                "Effective Date: 11/10/2025\n\nSuspension of Actions" + body)
    assert parse(Seed(name="t.txt", text=american), REGISTRY).date == dt.date(2025, 11, 7)


def test_a_bracketed_kicker_a_dotted_date_a_comment_count_and_bylines_with_places():
    text = ("KOREA INDUSTRY TIMES\nHome > Industry > Semiconductors\n"
            "[Exclusive] Samsung China fabs lose US status\nReporter Park Ji-hoon\n"
            "Published 2025.09.01 17:32 | Updated 2025.09.02 08:10\nComments 0\n\n"
            "Samsung will need licences to bring American tools into its factories in China, it was confirmed.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.date) == ("Samsung China fabs lose US status", dt.date(2025, 9, 1))
    assert "Comments 0" in article.furniture
    text = ("Malaysia data-centre stocks slip as KL imposes permit rule\n\n"
            "Trade ministry says shipments of American chips will need 30 days' notice\n\n"
            "By Nurul Aisyah Rahman in Kuala Lumpur and Benedict Sim in Singapore\n\n"
            "KUALA LUMPUR — Shares in Malaysian data-centre builders fell on Monday after the rule was issued.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert article.title.startswith("Malaysia data-centre stocks")
    assert article.authors == ("Nurul Aisyah Rahman", "Benedict Sim")


def test_analysts_with_contacts_live_coverage_and_names_with_inner_capitals_are_authors():
    text = ("MERIDIAN STRAITS SECURITIES\n3 December 2024\n\nChina equipment: December rules bite\n\n"
            "Analysts: Tan Wei Jie, CFA | +65 6555 0142 | weijie.tan@example.sg\n"
            "Shreya Menon | +852 3555 0188 | shreya.menon@example.hk\n\n"
            "On 2 December the Bureau of Industry and Security published its third package of controls.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert article.authors == ("Tan Wei Jie", "Shreya Menon")
    assert any("+65 6555 0142" in line for line in article.furniture)  # the contacts are kept
    text = ("As it happened: Hang Seng plunges 13% as tariff panic sweeps Asia\n"
            "Live coverage by Winnie Chau and Lachlan O'Rourke\n7 April 2025\n\n16:48 HKT\n"
            "That's all from us today. The index closed down 13.2% at its steepest fall since 1997.\n\n16:10 HKT\n"
            "Chief Executive John Lee has just spoken to reporters at Government House, calling for calm.\n\n15:25 HKT\n"
            "Shares of exporters fell again in the afternoon as traders sold what they could.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert article.authors == ("Winnie Chau", "Lachlan O'Rourke")
    assert any("John Lee" in p for p in article.paragraphs) and not article.standfirst


def test_a_live_blog_s_entry_times_and_titles_are_headings_and_their_quotes_nobody_s():
    text = ("Trump-Xi meeting live: leaders wrap talks in Busan\nBy Priya Raman\nOctober 30, 2025\n\n"
            "Welcome to our live coverage of the leaders' meeting, which began an hour ago in Busan.\n\n"
            "2:47 a.m. ET\nTrump on Air Force One: \"a twelve\"\n\n"
            "Speaking to reporters after wheels-up, President Donald Trump graded the meeting. \"It was a twelve,\" "
            "he said.\n\n1:55 a.m. ET\nHong Kong's Hang Seng index slipped 0.2% into the close, giving back an early "
            "rally, and traders said they were selling the news.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    headings = [article.paragraphs[i] for i in article.headings]
    assert headings == ["2:47 a.m. ET", 'Trump on Air Force One: "a twelve"', "1:55 a.m. ET"]
    assert article.paragraphs[-1].startswith("Hong Kong's Hang Seng")
    assert [q.text for q in extract(article, REGISTRY).quotes] == ["It was a twelve"]


# Headers of the twelfth round's last sets (blind16, blind17)


def test_a_federal_register_title_a_transcript_notice_and_a_speech_s_salutation():
    text = ("FEDERAL REGISTER\nThe Daily Journal of the United States Government\n\nNotice\n"
            "Initiation of Section 301 Investigation; Hearing; and Request for Public Comments: China's Acts, Policies, "
            "and Practices Related to Targeting of the Semiconductor Industry for Dominance\n\n"
            "A Notice by the Trade Representative, Office of United States on 12/27/2024\n\n"
            "Document Citation: 89 FR 105615\nPage: 105615-105618 (4 pages)\n\n"
            "SUMMARY: The United States Trade Representative is initiating an investigation under section 302(b).\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).title.startswith("Initiation of Section 301 Investigation")
    text = ("PRELIMINARY TRANSCRIPT -- UNEDITED -- NOT FOR QUOTATION WITHOUT VERIFICATION AGAINST THE OFFICIAL RECORD\n\n"
            'HEARING: "Open Labs, Open Doors? Research Security and Student Visas"\n\nWednesday, June 4, 2025\n\n'
            "CHAIRMAN MOOLENAAR: Thank you. Mr. Delaney, how many visas have been revoked since the announcement?\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).title == "Open Labs, Open Doors? Research Security and Student Visas"
    text = ("Remarks by H.E. Ambassador Xie Feng at the Annual Dinner of the Business Forum\n\n2025/06/12\n\n"
            "Chairman Robert Ellery,\nPresident Susan Albright,\nLadies and Gentlemen,\n\n"
            "Good evening! It is a great pleasure to join you again at this dinner of old friends.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert any("Robert Ellery" in p for p in article.paragraphs)


def test_names_before_a_desk_credit_are_the_authors():
    text = ("Japan trading houses race to lock in rare earths\n\nBy KENJI MORI and AYAKA SATO, Asia Nikkan staff writers\n"
            "Published Nov. 21, 2025 05:00 JST\n\nTOKYO -- Japanese trading houses are racing to sign supply deals.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == ("Kenji Mori", "Ayaka Sato")


def test_bylines_in_other_languages_a_job_without_a_comma_and_a_portuguese_time_stamp():
    body = "\n\nSuppliers from Bavaria to Lower Saxony were left without basic chips within weeks, executives said.\n"
    german = ("Rheinland Zeitung — International Edition\nAutomotive\n\nChip crunch returns for German suppliers\n\n"
              "Von Tobias Brenn, Frankfurt, und Lea Schwarz, Wolfsburg\n08.07.2026 – 06:15 Uhr" + body)
    article = parse(Seed(name="t.txt", text=german), REGISTRY)
    assert (article.title, article.authors) == ("Chip crunch returns for German suppliers", ("Tobias Brenn", "Lea Schwarz"))
    brazilian = ("Jornal do Campo | English\n\n16/06/2026 - 08h12 • Atualizado 16/06/2026 - 11h40\n\n"
                 "Soy farmers fear losing China edge\n\nPor Rafael Mendes, de Cuiabá, e Fernanda Toledo, de Brasília" + body)
    article = parse(Seed(name="t.txt", text=brazilian), REGISTRY)
    assert (article.title, article.date) == ("Soy farmers fear losing China edge", dt.date(2026, 6, 16))
    assert article.authors == ("Rafael Mendes", "Fernanda Toledo")
    british = ("The London Courier\nAnalysis\nTikTok's US spin-off raises questions for Britain's regulator\n\n"
               "Dan Whitcombe Technology editor\nPublished: Thu 17 Sep 2026 07.45 BST" + body)
    assert parse(Seed(name="t.txt", text=british), REGISTRY).authors == ("Dan Whitcombe",)
    # "Por primera vez, ..." opens a sentence in Spanish: no byline.
    assert english_byline("Por primera vez, China", REGISTRY.rules) == "Por primera vez, China"


def test_an_italian_byline_with_its_photographer_and_a_date_line_with_on_and_at_in_italian():
    text = ("IL CORRIERE DELL'ATENEO — International\n\nThe students caught between two superpowers\n\n"
            "Chinese graduate students once saw American labs as the summit of a career. Now they land in Milan.\n\n"
            "di Giulia Ferrante | Photographs by Matteo Rinaldi\n"
            "Pubblicato il 09/12/2025 alle 06:30 | Aggiornato il 10/12/2025 alle 11:12\n\n"
            "Wang Ruoxi had her bags packed in May when the email arrived from the consulate in Shanghai.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.authors, article.date) == (
        "The students caught between two superpowers", ("Giulia Ferrante",), dt.date(2025, 12, 9))


@pytest.mark.parametrize("line, day", [
    ("Selasa, 12 Mei 2026 | 14:20 WIB", dt.date(2026, 5, 12)),
    ("Madrid - 21 jun 2026 - 07:45 CEST", dt.date(2026, 6, 21)),
    ("Publié le 3 septembre 2026 à 18h42 · Mis à jour le 4 septembre 2026 à 08h10", dt.date(2026, 9, 3)),
    ("Ciudad de México, miércoles 1 de julio de 2026", dt.date(2026, 7, 1)),
    ("27. října 2026 · 06:00", dt.date(2026, 10, 27)),
    ("입력 2026.04.14 16:32 | 수정 2026.04.15 09:05", dt.date(2026, 4, 14)),
    ("Sunday, 9 August 2026 - 11:30 AM | الأحد 9 أغسطس 2026", dt.date(2026, 8, 9)),
    ("Wednesday, 16 September 2026 - Strasbourg", dt.date(2026, 9, 16)),
])
def test_a_date_line_in_the_language_of_the_site_s_home_edition_dates_the_article(line, day):
    text = (f"Chipmakers brace for the end of US waivers for China fabs\n\n{line}\n\n"
            "Korean chipmakers are preparing for the end of annual US waivers that let them run plants in China.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).date == day


@pytest.mark.parametrize("byline, authors", [
    ("Por / By Lucía Gómez Herrero", ("Lucía Gómez Herrero",)),
    ("Par Camille Moreau et Thomas Nguyễn Văn Long", ("Camille Moreau", "Thomas Nguyễn Văn Long")),
    ("Park Ji-hoon, Lee Seo-yeon 기자 Reporters", ("Park Ji-hoon", "Lee Seo-yeon")),
    ("Łukasz Kędzierski", ("Łukasz Kędzierski",)),
])
def test_bylines_of_english_editions_name_their_authors(byline, authors):
    text = (f"Chipmakers brace for the end of US waivers for China fabs\n\n{byline}\n12.10.2026, 14:05\n\n"
            "Korean chipmakers are preparing for the end of annual US waivers that let them run plants in China.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == authors


@pytest.mark.parametrize("lines, authors, day", [
    ("Ayşe Demir and Mehmet Can Yıldız |06.10.2026 - 14:32 | Last update: 06.10.2026 - 15:10",
     ("Ayşe Demir", "Mehmet Can Yıldız"), dt.date(2026, 10, 6)),  # names, then the dates: a dotted date is day first
    ("2025/03/27 18:45 JST\nHIROKO NAKAMURA and DAISUKE OKADA / Staff Writers",
     ("Hiroko Nakamura", "Daisuke Okada"), dt.date(2025, 3, 27)),
    ("Por/By Mariana Teixeira, de Brasília, e Rodrigo Albuquerque Neto, de Sorriso (MT)\n"
     "Publicado em 15/05/2025 - 10:22 | Atualizado em 15/05/2025 - 14:05",
     ("Mariana Teixeira", "Rodrigo Albuquerque Neto"), dt.date(2025, 5, 15)),
    ("By Park Ji-won\nPosted : 2025-12-09 16:42 Updated : 2025-12-09 18:05", ("Park Ji-won",), dt.date(2025, 12, 9)),
    ("June 3rd, 2026 - By: Sebastián Ortega-Lindqvist", ("Sebastián Ortega-Lindqvist",), dt.date(2026, 6, 3)),
    ("By Xu Jingwen and Ma Ruoxi Published: Nov 06, 2026 10:42 PM", ("Xu Jingwen", "Ma Ruoxi"), dt.date(2026, 11, 6)),
    ("By HARUKA TSUJIMOTO/ Staff Writer\nJanuary 8, 2026 at 18:30 JST\nShare\nTweet\nBookmark",
     ("Haruka Tsujimoto",), dt.date(2026, 1, 8)),
    # a name alone over the date line: a given name the list lacks, but a double-barrelled surname
    ("Mehreen Zahra-Qureshi\nPublished October 9, 2025\nShare Facebook X KakaoTalk Link",
     ("Mehreen Zahra-Qureshi",), dt.date(2025, 10, 9)),
    # each writer a line with their city after a comma
    ("Shiori Nakagawa, Tokyo\nNoa Ben-Ami, Washington\n2026/02/18 05:00 JST", ("Shiori Nakagawa", "Noa Ben-Ami"),
     dt.date(2026, 2, 18)),
    # a writer, a pipe and their job, a line each; a given name written short
    ("Elif Karaağaçlı Demir | Economy Editor\nMurat Öztürkoğlu | Ankara Bureau Chief\n22.07.2025 - 11:40",
     ("Elif Karaağaçlı Demir", "Murat Öztürkoğlu"), dt.date(2025, 7, 22)),
    ("Ma. Kristina Bautista-Lim\nMarch 4, 2026", ("Ma. Kristina Bautista-Lim",), dt.date(2026, 3, 4)),
    # names with job and e-mail under each: one byline
    ("Yael Ben-David\nPartner, Washington DC\nyben-david@example.com\n\nHamza Siddiqui\nDirector, Singapore\n"
     "hsiddiqui@example.com\n\n5 November 2026", ("Yael Ben-David", "Hamza Siddiqui"), dt.date(2026, 11, 5)),
])
def test_bylines_without_by_and_date_lines_of_english_editions(lines, authors, day):
    text = (f"Türkiye and the US sign a rare earth processing deal\n\n{lines}\n\n[Photo] Equipment on display at a "
            "trade fair in Tokyo in December. (Chuo Shimbun)\n\nANKARA -- Türkiye and the United States signed a deal "
            "on Monday to process rare earths from the Beylikova deposit, officials said.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.authors, article.date) == (
        "Türkiye and the US sign a rare earth processing deal", authors, day)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Equipment on display at a trade fair in Tokyo in December.", "Chuo Shimbun")]


def test_a_post_s_author_printed_twice_and_their_job_under_it_are_no_headline():
    article = text("Home\nMy Network\nJobs\nCopper, lithium and the new tariff map: field notes from Antofagasta\n"
                   "Valentina Aguirre Sepúlveda\nValentina Aguirre Sepúlveda\nManaging Director, Andes Trade Advisory | "
                   "Critical minerals, trade policy & China–Latin America\nPublished Jun 9, 2026\n+ Follow\n\n"
                   "Last week I drove the coast road from Antofagasta to Mejillones to see the new plants for myself.\n")
    assert (article.title, article.author) == (
        "Copper, lithium and the new tariff map: field notes from Antofagasta", "Valentina Aguirre Sepúlveda")


def test_a_headline_in_title_case_beats_a_site_s_tagline_and_its_menu():
    text = ("SemiSignal\nDeep coverage of chip design, manufacturing & supply chain\nHome\nDesign\nEquipment & Materials\n"
            "Policy\nChina's Toolmakers Close In On Etch And Deposition\nDomestic suppliers now win more than a third "
            "of new tool orders at Chinese fabs.\nJune 3rd, 2026 - By: Sebastián Ortega-Lindqvist\n\nThree years of "
            "export restrictions have not stopped China from building fabs. They have changed who equips them.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.authors, article.date) == (
        "China's Toolmakers Close In On Etch And Deposition", ("Sebastián Ortega-Lindqvist",), dt.date(2026, 6, 3))
    assert article.paragraphs[0].startswith("Three years")


def test_a_letterhead_s_address_is_no_headline():
    text = ("American Semiconductor Tools Council\n1150 Connecticut Avenue NW, Suite 900 | Washington, DC 20036 | "
            "www.example.org\n\nFOR IMMEDIATE RELEASE\nFebruary 3, 2026\n\nASTC Statement on the Interim Final Rule "
            "Expanding Controls on Equipment Servicing\n\nWASHINGTON -- The council said today that the rule would cost "
            "American toolmakers their service contracts in China.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).title == (
        "ASTC Statement on the Interim Final Rule Expanding Controls on Equipment Servicing")


def test_a_newsletter_s_writer_greeting_its_readers_is_its_author():
    text = ("From: Vistula Trade Brief <briefing@example.pl>\nSubject: Tariff truce extended\n\n"
            "Good morning, this is Agnieszka Wrona in Warsaw with today's edition.\n\n"
            "President Donald Trump signed an order extending the pause on higher tariffs by another 90 days.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == ("Agnieszka Wrona",)
    # ... or says who wrote the issue, and who helped
    text = ("Rue Belliard Trade Brief\nTuesday 17 November 2026 · Issue No. 412\n\nGood morning from Brussels. Today's "
            "brief is written by Saoirse Ní Dhuibhir and Matteo Ferrante, with Jonas Lindqvist-Bakr. Edited by "
            "Hélène Dufresne-Mbaye.\n\nBeijing rolled the suspension over for 90 days, three officials said.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == ("Saoirse Ní Dhuibhir", "Matteo Ferrante")


def test_an_e_mail_s_subject_over_the_title_the_body_prints_is_not_the_headline():
    text = ("From: Bursa Digitala <briefing@example.ro>\nSubject: Tech Brief: Bucharest moves on Chinese inverters\n"
            "Date: Thu, 19 Nov 2026 07:30:12 +0200\n\nTech Brief: Bucharest moves on Chinese inverters\n\n"
            "Romania's energy regulator has asked grid operators to list every Chinese inverter they connect.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).title == "Tech Brief: Bucharest moves on Chinese inverters"


@pytest.mark.parametrize("text", [
    # an agency's alert: the mail's chrome, the letterhead, then the release's own title
    "From: Bureau of Industry and Security <bis@public.govdelivery.com>\nSent: Tuesday, June 16, 2026 4:52 PM\n"
    "Subject: Commerce Adds 19 Entities to Entity List\n\nHaving trouble viewing this email? View it as a Web page.\n\n"
    "U.S. Department of Commerce\nFOR IMMEDIATE RELEASE\nJune 16, 2026\n\nCommerce Adds 19 Entities to Entity List\n\n"
    "WASHINGTON, D.C. – Today, the Department of Commerce added 19 entities to the Entity List.\n",
    # ... and a message whose only title is its subject
    "From: Harbor Desk <desk@example.com>\nSubject: Commerce Adds 19 Entities to Entity List\n\n"
    "WASHINGTON, D.C. – Today, the Department of Commerce added 19 entities to the Entity List.\n",
])
def test_an_e_mail_s_subject_is_its_title_without_the_label(text):
    assert parse(Seed(name="t.txt", text=text), REGISTRY).title == "Commerce Adds 19 Entities to Entity List"


def test_a_newsletter_s_issue_line_dates_it_and_its_byline_keeps_its_credits_apart():
    text = ("From: Coastline Commodities Brief <hello@example.africa>\nTo: Research Desk\nSubject: Simandou's second "
            "season, Washington's bauxite bet, and the cobalt squeeze | Brief #87\n\nView this email in your browser\n\n"
            "COASTLINE COMMODITIES BRIEF\nWest Africa's metals & trade newsletter · Issue #87 · 10.09.2026\n\nWords by "
            "Aminata Diallo-Sow · Additional reporting from Conakry by Mamadou Saliou Bah · Edited by Yaw Boakye-Darko\n\n"
            "Good morning from Dakar. Three stories this week, all with the same subtext.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.authors, article.date) == (
        "Simandou's second season, Washington's bauxite bet, and the cobalt squeeze", ("Aminata Diallo-Sow",),
        dt.date(2026, 9, 10))


def test_a_newsletter_copied_from_a_mail_reader_is_titled_by_its_subject_and_dated_by_its_issue_line():
    text = ("Fab & Freight #212: Gallium licences thaw, but the paperwork doesn't\nInbox\n\nFab & Freight "
            "<editors@example.news>\nUnsubscribe\nFri, Nov 13, 6:02 AM (3 days ago)\nto me\n\nView in browser\n"
            "FAB & FREIGHT\nThe weekly briefing on semiconductor supply chains, materials and trade controls\n"
            "Issue #212 · Friday, November 13, 2026\nWritten by Priyanka Raghunathan · Edited by Tomasz Wiśniewski-Baird\n\n"
            "Good morning. Beijing approved a batch of gallium export licences this week, traders said.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.date, article.authors) == (
        "Gallium licences thaw, but the paperwork doesn't", dt.date(2026, 11, 13), ("Priyanka Raghunathan",))


def test_a_desk_s_byline_names_its_reporters_as_the_authors():
    text = ("Trump in Beijing: Xi, Trump hold talks on trade\n\nBy the Manila Courier Newsdesk | Reporters: "
            "Ramon Dela Cruz in Beijing, Katrina Mae Santos in Manila\nApril 1, 2026\n\n"
            "Xi Jinping and Donald Trump met at the Great Hall of the People on Wednesday morning for talks.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == ("Ramon Dela Cruz", "Katrina Mae Santos")


def test_a_wire_s_tagline_over_its_top_strip_s_time_stamp_is_not_the_headline():
    text = ("Formosa News Agency\nFNA English News | Politics | Business\nTaiwan's national news agency\n\n"
            "2026/08/21 16:48\nBusiness\n\nTaiwan tightens rules on chip tech exports to China\n\n"
            "Taipei, Aug. 21 (FNA) Taiwan's Cabinet on Thursday approved amendments to its rules on plants in China.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).title == "Taiwan tightens rules on chip tech exports to China"


def test_a_release_s_bullet_points_an_episode_s_title_and_a_whole_federal_register_page():
    body = "\n\nABU DHABI, UAE, October 5, 2026 -- Sahra AI today announced that it has received a licence.\n"
    release = ("Press Release\nPublished: 5 October 2026 | 09:00 GST\n\n"
               "Sahra AI Receives U.S. Export Authorization for Advanced Accelerators\n\n"
               "- Authorization covers shipment of next-generation accelerators\n"
               "- Phase Two adds 400 megawatts of capacity, bringing the campus to 1 gigawatt" + body)
    assert parse(Seed(name="t.txt", text=release), REGISTRY).title == \
        "Sahra AI Receives U.S. Export Authorization for Advanced Accelerators"
    show = ("THE SILICON CURTAIN — a podcast about tech, trade and power\nEpisodes | About | RSS\n\n"
            "Episode 87: Chips in suitcases — can export controls actually be enforced?\n\n"
            "Released September 3, 2026 · 48 min\n\nJORDAN ACHEBE: Welcome back to The Silicon Curtain. I'm Jordan.\n")
    assert parse(Seed(name="t.txt", text=show), REGISTRY).title == \
        "Episode 87: Chips in suitcases — can export controls actually be enforced?"
    rule = ("Federal Register :: Revisions to License Requirements\nfederalregister.gov\n\nDocument Details\n"
            "Publication Date: 07/30/2026\nAgencies: Department of Commerce, Bureau of Industry and Security\n"
            "Dates: Effective date: This rule is effective July 30, 2026. Comments must be received by September 28.\n"
            "Effective Date: 07/30/2026\nDocument Type: Rule\nDocument Citation: 91 FR 48213\nPage: 48213-48229\n"
            "CFR: 15 CFR 734\nAgency/Docket Number: Docket No. 260724-0189\nRIN: 0694-AJ92\n"
            "Document Number: 2026-15874\n\nFederal Register / Vol. 91, No. 144 / Thursday, July 30, 2026 / Rules\n\n"
            "DEPARTMENT OF COMMERCE\n\nBureau of Industry and Security\n\n15 CFR Parts 734, 740 and 744\n\n"
            "[Docket No. 260724-0189]\n\nRIN 0694-AJ92\n\nRevisions to License Requirements\n\n"
            "AGENCY: Bureau of Industry and Security, Commerce.\n\nACTION: Interim final rule.\n\n"
            "SUMMARY: In this interim final rule, the Bureau amends the Export Administration Regulations.\n")
    article = parse(Seed(name="t.txt", text=rule), REGISTRY)
    assert (article.title, article.date) == ("Revisions to License Requirements", dt.date(2026, 7, 30))
    assert article.paragraphs[0].startswith("SUMMARY:")


@pytest.mark.parametrize("byline, authors", [
    ("Posted by Ritika Sharan | Compiled with inputs from agencies", ("Ritika Sharan",)),
    ("By Dr. Eleanor Vance and Marcus Liang", ("Eleanor Vance", "Marcus Liang")),
    ("Prepared by: Wei-Lun Hoffmann, Chief Asia Strategist, and Priyanka Desai, Semiconductor Analyst",
     ("Wei-Lun Hoffmann", "Priyanka Desai")),
])
def test_posted_and_prepared_by_and_an_honorific_in_a_byline(byline, authors):
    text = f"Truce talks race the clock in Kuala Lumpur\n{byline}\n\nNegotiators met for a third day on Friday, officials said.\n"
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == authors


def test_a_wire_s_byline_in_brackets_after_its_last_paragraph_names_its_authors():
    text = ("Taiwan tightens rules on chip exports\n\nTaipei, Aug. 21 (FNA) Taiwan's Cabinet approved amendments on Thursday.\n\n"
            "Officials said they hoped for passage before December.\n\n(By Chang Hsiu-chih and Ko Lin)\nEnditem/ASG\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == ("Chang Hsiu-chih", "Ko Lin")


def test_a_committee_report_s_cover_gives_its_publication_date_not_its_printing_order():
    text = ("House of Commons\nBusiness and Trade Committee\n\nCritical Dependencies: Critical Minerals and Economic Security\n\n"
            "Fourth Report of Session 2026–27\n\nOrdered by the House of Commons to be printed 23 June 2026\n\n"
            "HC 412\nPublished on 25 June 2026 by authority of the House of Commons\n\nSummary\n\n"
            "China's decision to extend export controls to rare earth technologies exposed the UK's dependence.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.date) == ("Critical Dependencies: Critical Minerals and Economic Security", dt.date(2026, 6, 25))


def test_an_earnings_call_s_participants_and_names_over_their_words_are_its_turns():
    text = ("Verant Lithography Systems (VRLS) Q3 2025 Earnings Call Transcript\nOct. 23, 2025 7:48 PM ET\n"
            "Company Participants\nPriya Raman - Vice President, Investor Relations\nHelena Voss - Chief Executive Officer\n"
            "Conference Call Participants\nTom Keller - Ridgeline Securities\nOperator\n"
            "Good afternoon, and welcome to the third quarter call. I would now like to turn the call over to Priya Raman.\n\n"
            "Priya Raman\nThank you, operator. Joining me today is Helena Voss, our CEO.\n\n"
            "Helena Voss\nThanks, Priya. Revenue for the quarter was $1.41 billion, up 9% year over year.\n\n"
            "Tom Keller\nThanks. Helena, how much of the $180 million is recoverable?\n\n"
            "Helena Voss\nTom, it's too early to give a number. Some customers will qualify for licenses.\n")
    article = parse(Seed(name="t.txt", text=text), REGISTRY)
    assert (article.title, article.authors) == ("Verant Lithography Systems (VRLS) Q3 2025 Earnings Call Transcript", ())
    assert [t.speaker for t in article.turns] == ["Operator", "Priya Raman", "Helena Voss", "Tom Keller", "Helena Voss"]
    # One author's posts, each under the same name, are no conversation.
    thread = "Thread\n\n" + "".join(f"Kevin Liang\nPost {n}: tariffs fall to 10% on Monday, Trump said.\n\n" for n in range(4))
    assert not parse(Seed(name="t.txt", text=thread), REGISTRY).turns


def test_a_wire_s_version_tag_a_newsletter_s_title_under_its_byline_and_a_speech_by_line():
    text = ("(LEAD) Korean chipmakers brace for possible U.S. curbs on HBM sales\n\n"
            "SEOUL, June 18 (Hanbit) -- South Korean chipmakers are bracing for curbs, officials said.\n")
    assert parse(Seed(name="t.txt", text=text), REGISTRY).title == "Korean chipmakers brace for possible U.S. curbs on HBM sales"
    letter = ("From: The Beltway Byte <newsletter@beltwaybyte.example>\nSubject: [Beltway Byte] TikTok: the order is signed\n"
              "View in browser\nTHE BELTWAY BYTE\nTech policy, before your first coffee\nFriday, September 26, 2025\n"
              "By Jordan Feld and Anika Rao\nTikTok's U.S. framework: what the executive order says\n\n"
              "Good morning. The president signed the order on Thursday, and the deal still is not done.\n")
    assert parse(Seed(name="t.txt", text=letter), REGISTRY).title == "TikTok's U.S. framework: what the executive order says"
    speech = ("De Nederlandsche Bank\nSpeech\nPublished: 08 October 2026\n"
              "Geopolitics on the balance sheet: what fragmentation means for a small open economy\n"
              "Speech by Nienke Verhoef-Bakker, Executive Director of Financial Stability, at the Economics Forum\n\n"
              "Fragmentation is no longer a forecast. It is the environment in which our banks now work.\n")
    article = parse(Seed(name="t.txt", text=speech), REGISTRY)
    assert (article.title, article.speaker) == (
        "Geopolitics on the balance sheet: what fragmentation means for a small open economy", "Nienke Verhoef-Bakker")


@pytest.mark.parametrize("byline, authors", [
    ("Authors: Dr. Yael Ben-Ami and Amb. (ret.) Oren Shalev", ("Yael Ben-Ami", "Oren Shalev")),
    ("Analysts: Henrik Lindqvist, CFA; Sofia Åberg", ("Henrik Lindqvist", "Sofia Åberg")),
    ("Muhabir / Reporter: Elif Kaya Yıldırım", ("Elif Kaya Yıldırım",)),
])
def test_honorifics_credentials_and_a_label_in_two_languages_in_a_byline(byline, authors):
    text = f"European chip-tool makers: China mix peaks\n{byline}\nEditör: Burak ÖZTÜRK\n\nThe share of China in sales fell in the second quarter, the companies said.\n"
    assert parse(Seed(name="t.txt", text=text), REGISTRY).authors == authors


def test_a_newsletter_titled_by_its_subject_line_a_transcript_s_notice_and_an_investor_warning():
    letter = ("From: Vistula Trade Brief <briefing@vistulatrade.example>\n"
              "Subject: [Vistula Trade Brief] Tariff truce extended, Łódź battery plant on hold\n"
              "Date: Wed, 13 Aug 2025 06:02:11 +0200\n\nVIEW THIS EMAIL IN YOUR BROWSER\n\n"
              "Good morning. Washington and Beijing extended their tariff truce by 90 days late on Monday.\n")
    assert parse(Seed(name="t.txt", text=letter), REGISTRY).title == "Tariff truce extended, Łódź battery plant on hold"
    hearing = ("UNOFFICIAL TRANSCRIPT -- SUBJECT TO REVISION\nPrepared from the committee video feed. Not for citation "
               "until the official record is printed.\n\nHEARING: \"Chokepoint Leakage: Stopping the Smuggling of AI Chips\"\n"
               "Wednesday, April 9, 2025\n\nCHAIRMAN MOOLENAAR: The committee will come to order. Today we examine smuggling.\n")
    assert parse(Seed(name="t.txt", text=hearing), REGISTRY).title == "Chokepoint Leakage: Stopping the Smuggling of AI Chips"
    note = ("NORDVIK FONDKOMMISSION — EQUITY RESEARCH\n8 July 2025\n\nFor professional investors only. Please see "
            "important disclosures at the end of this report.\n\nEuropean chip-tool makers: China mix peaks\n\n"
            "Analysts: Henrik Lindqvist\n\nWe cut our rating on the sector as China's share of orders falls.\n")
    assert parse(Seed(name="t.txt", text=note), REGISTRY).title == "European chip-tool makers: China mix peaks"


# The fifteenth round (blind24): text wrapped at a fixed width, and newsletters' tables of contents


WRAPPED = (
    "Beyond the Stockpile: Japan's Gallium Exposure\n"
    "By Haruka Fujisawa\n"
    "When the Ministry of Commerce suspended its ban on exports of gallium, germanium and anti-\n"
    "mony to the United States in November 2025, Japanese buyers were, on paper, unaffected by\n"
    "it. In practice, the episode showed how thin the line between a bilateral measure and a\n"
    "global one has become.\n"
    "Matsuda Kenji, president of a wafer maker in Toyama, described the situation plainly to us:\n"
    "\"We have two suppliers outside China and both of them buy crude gallium from China,\" he\n"
    "said. \"Diversification on the invoice is not diversification in the ground, and antimony is\n"
    "the same story for us and for every other maker of these wafers in the whole of Japan.\"\n"
    "- 2 -\n"
    "A second interviewee, a procurement manager who asked not to be named, said stock levels\n"
    "had risen from around two months to four over the past year, at considerable cost to them.\n"
)


def test_a_text_wrapped_at_a_fixed_width_reads_as_its_paragraphs():
    article = text(WRAPPED)
    assert article.title == "Beyond the Stockpile: Japan's Gallium Exposure"
    assert article.author == "Haruka Fujisawa"
    # a word broken at a line's end is whole again ("antimony" is written whole elsewhere)
    assert article.paragraphs[0].startswith("When the Ministry of Commerce suspended its ban on exports of gallium, "
                                            "germanium and antimony to the United States")
    assert article.paragraphs[0].endswith("has become.")
    assert any(p.startswith("\"We have two suppliers") and p.endswith("the whole of Japan.\"") for p in article.paragraphs)
    assert "- 2 -" not in " ".join(p for p in article.paragraphs if len(p) > 10)


EPAPER = "\n".join([
    "7 THE HARBOUR LEDGER PERTH | TUESDAY, 3 MARCH 2026",
    "RESOURCES",
    "Miners press Canberra on lithium floor",
    "Talks with Washington stall on offtake terms",
    "Nadia Okafor & Tom Whitlock",
    "Perth/Canberra, 2 March",
    "Western Australian lithium producers have",
    "urged the federal government to set a floor",
    "price for spodumene concentrate, as Chinese",
    "buyers have cut their bids again this month.",
    "Resources Minister Madeleine King",
    "said the government was \"looking closely",
    "at every option\" and would report back to",
    "the industry before the budget in May.",
    "Executives said stockpiles at two mines",
    "would be full by the end of the quarter.",
]) + "\n"


def test_a_newspapers_e_paper_column_reads_as_paragraphs_under_its_page_header():
    article = text(EPAPER)
    assert article.title == "Miners press Canberra on lithium floor"
    assert article.authors == ("Nadia Okafor", "Tom Whitlock")
    assert article.date == dt.date(2026, 3, 3)
    assert article.paragraphs[0] == ("Western Australian lithium producers have urged the federal government to set a floor "
                                     "price for spodumene concentrate, as Chinese buyers have cut their bids again this month.")
    # a five-word line with a name goes on when the next line starts in lower case
    assert any(p.startswith("Resources Minister Madeleine King said the government") for p in article.paragraphs)
    # ... and a caption's credit ends its line: the column's next line starts a paragraph, not a name
    captioned = text(EPAPER.replace("Executives said stockpiles at two mines\n",
                                    "Trucks at a mine near Greenbushes. — Photo: R. Anand Pillai\n"
                                    "Executives said stockpiles at two mines\n"))
    assert any(p.startswith("Executives said stockpiles") for p in captioned.paragraphs)


def test_a_column_three_words_wide_under_a_page_s_long_lines_reads_as_paragraphs():
    """An e-paper's column (~30 characters) under its toolbar, headline, standfirst and pull quote, which are longer than
    a tenth of its lines: the column's width is the one most lines fill, and its lines of three words go on where a
    word breaks at the line's end or no sentence ends ("... Ministry on" / "Monday said")."""
    column = ("Kenyan pharmaceutical manu-\nfacturers want the Treasury to\nwaive import duty and fees on\nactive "
              "ingredients and to give\nlocal firms priority in public\ntenders, after China said it\nwould license "
              "exports of key\nraw materials for common dia-\nbetes and blood pressure drugs.\nChina's Commerce Ministry on\n"
              "Monday said exporters of three\nstarting chemicals used to make\nmetformin, losartan and atorvas-\ntatin "
              "would need licences from\nMay 1, days after the United\nStates proposed a 35 per cent\ntariff on Chinese "
              "drug ingredi-\nents.\n")
    article = text("The Nairobi Ledger ePaper | Page 17 of 48 | ◀ Previous | Next ▶ | Zoom + − | Print\n"
                   "Downloaded by subscriber #448172 on 28/03/2029 07:14\n17 | THE NAIROBI LEDGER | Tuesday, March 27, 2029\n"
                   "BUSINESS & HEALTH\nKenyan drug makers seek Treasury help as China tightens ingredient exports\n"
                   "Local firms say new licences on raw materials for diabetes and blood pressure pills expose 'dangerous' "
                   "dependence\nBy Wanjiku Muthoni-Kariuki\n" + column)
    assert article.title == "Kenyan drug makers seek Treasury help as China tightens ingredient exports"
    assert article.paragraphs[:2] == (
        "Kenyan pharmaceutical manufacturers want the Treasury to waive import duty and fees on active ingredients and to "
        "give local firms priority in public tenders, after China said it would license exports of key raw materials for "
        "common diabetes and blood pressure drugs.",
        "China's Commerce Ministry on Monday said exporters of three starting chemicals used to make metformin, losartan and "
        "atorvastatin would need licences from May 1, days after the United States proposed a 35 per cent tariff on Chinese "
        "drug ingredients.")


def test_an_e_paper_viewers_buttons_are_furniture_and_its_running_head_dates_the_page():
    lines = ["ePaper | Kochi City | Page 9 | Business",
             "◀ Prev Page   Next Page ▶   Zoom +  Zoom −   Clip & Share",
             "",
             "9  THE MALABAR STANDARD  KOCHI, TUESDAY, MARCH 3, 2026                                BUSINESS",
             "",
             "Spice exporters brace for port delays as carriers reroute",
             "Thiruvalla Anoop & Gowrinandan Pillai",
             "KOCHI",
             "Spice exporters in Kerala said on Monday that container bookings had slipped by two weeks.",
             ""]
    article = text("\n".join(lines))
    assert article.title == "Spice exporters brace for port delays as carriers reroute"
    assert article.date == dt.date(2026, 3, 3)
    # two names joined by "&" are the writers, whatever their given names
    assert article.authors == ("Thiruvalla Anoop", "Gowrinandan Pillai")
    assert "◀ Prev Page Next Page ▶ Zoom + Zoom − Clip & Share" in article.furniture


def test_a_dek_over_a_share_bar_and_a_caption_with_its_credit_run_on_stays_over_the_byline():
    article = text("Skip to content\nThe Harbour Record\nSubscribe for $1/week\nLog in\nThursday, November 12, 2026\nPolitics | Trade\n"
                   "U.S. Lets Chip Truce Lapse as Beijing Hints at Retaliation\n"
                   "A one-year pause on two of the most contentious measures expired this week. Neither side has said what next.\n"
                   "Share full article\nListen · 6:48 min\n142\n"
                   "A container ship at the Port of Long Beach last month. Importers have begun stockpiling again."
                   "Mariana Okoye-Reyes for The Harbour Record\n"
                   "By Naomi Feldstein-Arroyo and Li Yuhang\nNov. 12, 2026\n\n"
                   "WASHINGTON — A truce that paused two of the sharpest measures in the technology fight expired on Tuesday.\n")
    assert article.title == "U.S. Lets Chip Truce Lapse as Beijing Hints at Retaliation"
    assert article.authors == ("Naomi Feldstein-Arroyo", "Li Yuhang")


def test_a_byline_with_its_date_line_glued_on_names_the_writers_and_dates_the_page():
    article = text("CHINA HERALD\nECONOMY / COMPANIES\nChina rolls out a green channel for rare earth export licenses\n"
                   "By Chen Meilin and Lu HaotianPublished: Nov 13, 2026 09:12 PM\n\n"
                   "China's Ministry of Commerce on Thursday announced a green channel for export license approvals.\n")
    assert article.authors == ("Chen Meilin", "Lu Haotian")
    assert article.date == dt.date(2026, 11, 13)


def test_a_newsletters_name_before_its_subject_is_not_part_of_the_headline():
    article = text("Docket AM: The chip fight moves to the defense bill\nInbox\n\nDocket Briefing <am@docket.example>\n"
                   "Thu, Nov 19, 6:03 AM (3 hours ago)\nto me\n\nDOCKET AM\nThursday, November 19, 2026\n"
                   "By Marcus Tillerson-Oyama\n\nGood Thursday morning. The defense bill is the last train out of the station.\n")
    assert article.title == "The chip fight moves to the defense bill"
    assert "Docket AM" in article.furniture


def test_a_forwarders_note_is_furniture_and_the_newsletters_story_under_a_rule_is_the_briefing():
    article = text("see the part on Ohio, useful for Monday\n\n---------- Forwarded message ---------\n"
                   "From: Lakeshore Trade Desk <desk@lakeshore.example>\nDate: Tue, Nov 3, 2026 at 6:10 AM\n"
                   "Subject: Chip math: the levy nobody priced\nTo: <inbox@firm.example>\n\nView in browser\n\n"
                   "Good morning. Today: the old-chip levy, port delays, and a chart worth saving.\n\n"
                   "Sponsored by Keel Freight — know where your boxes are\n\n________________________________\n\n"
                   "Who pays for the old-chip levy? Suppliers start running the numbers\n\nBy Marisa Quenneville\n\n"
                   "When the trade office set the duty at zero for a year, it left suppliers with a deadline but no rate.\n")
    assert "see the part on Ohio, useful for Monday" in article.furniture
    assert article.title == "Who pays for the old-chip levy? Suppliers start running the numbers"
    assert article.author == "Marisa Quenneville"
    assert article.paragraphs[0].startswith("When the trade office set the duty")
    # the issue's greeting is kept with the furniture, not lost
    assert any(f.startswith("Good morning. Today:") for f in article.furniture)


def test_an_outlook_forwards_headers_note_and_signature_date_nothing_and_name_no_one():
    article = text("From: Priya Oduya <p.oduya@firm.example>\nSent: Wednesday, October 28, 2026 7:41 AM\n"
                   "To: Trade Desk <desk@firm.example>\nSubject: FW: Manila tightens permit checks on chip re-exports\n\n"
                   "fyi - see the fourth paragraph, it ties in with the client's question last week.\n\nP.\n\n"
                   "Priya Oduya | Associate Director, Trade\nM +65 9000 0000\n\n-----Original Message-----\n"
                   "From: The Bayside Times <evening@bayside.example>\nSent: Tuesday, October 27, 2026 6:02 PM\n"
                   "Subject: Manila tightens permit checks on chip re-exports\n\n"
                   "Manila tightens permit checks on chip re-exports\n\nBy Corazon Villaluz-Tan\nOct 27, 2026\n\n"
                   "MANILA - The Philippines will require exporters of servers to file end-user declarations, officials said.\n")
    assert article.title == "Manila tightens permit checks on chip re-exports"
    assert article.date == dt.date(2026, 10, 27)  # not the day it was forwarded
    assert article.author == "Corazon Villaluz-Tan"
    assert any(f.startswith("fyi - see the fourth paragraph") for f in article.furniture)


def test_a_mail_readers_subject_line_with_a_full_stop_is_the_title_of_a_forwarded_issue():
    article = text("[Harbour Notes #41] The pause holds. Your checks should not.   Inbox\n\n"
                   "---------- Forwarded message ---------\nFrom: Ines Aldana <ines@harbournotes.example>\n"
                   "Date: Tue, Nov 3, 2026 at 6:58 AM\n"
                   "Subject: [Harbour Notes #41] The pause holds. Your checks should not.\nTo: <desk@firm.example>\n\n"
                   "Last Thursday's joint statement did what most readers expected, and this issue explains why it matters.\n")
    assert article.title == "The pause holds. Your checks should not."


def test_a_shared_posts_sharer_and_note_are_furniture_and_the_originals_header_is_the_briefings():
    article = text("LinkedIn\n\nPieter Aalbers reposted this\nPieter Aalbers • 2nd\nTrade counsel | Rotterdam\n3d • 🌐\n"
                   "Worth reading: the clearest note yet on what the new servicing rule means for tools already installed.\n"
                   "#exportcontrols\n\nBaltic Chip Notes\nNotes on export controls\n\n"
                   "What the servicing rule changes for lithography tools on 1 March\nSanne de Groot-Lim\n"
                   "Published Nov 2, 2026\n\n"
                   "The Netherlands has spent three years tightening controls on chipmaking tools sold to China, and now on their upkeep.\n")
    assert article.title == "What the servicing rule changes for lithography tools on 1 March"
    assert article.author == "Sanne de Groot-Lim"
    assert article.date == dt.date(2026, 11, 2)
    assert any(f.startswith("Worth reading: the clearest note") for f in article.furniture)


def test_a_post_sharing_an_article_under_a_note_the_feed_cut_short_reads_the_article_s_header():
    """No "reposted this": a feed post shares a newsletter's article under its writer's note, which the feed cuts with
    "…see more"; the article's header (its publisher, "Published", title and writers with their jobs) follows."""
    article = text("Skip to main content\nFeed post\nTomasz Wierzbicki-Lis • 2nd\nSupply-chain adviser to pharma "
                   "manufacturers | ex-QA director\n2d • Edited • 🌐\nWorth reading from the Vistula Forum team. The point "
                   "about OTBN is the one nobody in Brussels is talking about yet. …see more\nVistula Forum for Economic "
                   "Security\n4,812 followers\nSupply Lines #14 | Newsletter\nPublished Mar 28, 2029\nEurope is the "
                   "bystander in the US–China pill war. Poland should not be\nMarta Kozłowska-Radecka\nSenior Fellow, "
                   "Health Security Programme\nJakub Nowicki-Sroka\nAnalyst\nIn one week, the world's two largest "
                   "pharmaceutical markets have turned the cheapest pills on the shelf into a trade weapon, officials said.\n")
    assert article.title == "Europe is the bystander in the US–China pill war. Poland should not be"
    assert article.authors == ("Marta Kozłowska-Radecka", "Jakub Nowicki-Sroka")
    assert any(f.startswith("Worth reading from the Vistula Forum team") for f in article.furniture)


def test_a_newsletter_issue_kept_for_one_story_reads_that_story_under_its_contents():
    article = text("Rue Belliard Trade Brief\nTuesday 17 November 2026 · Issue No. 412\n\n"
                   "Good morning from Brussels. Today's brief is written by Saoirse Ní Dhuibhir and Matteo Ferrante.\n\n"
                   "IN TODAY'S ISSUE\n1. Rare earths: Beijing buys itself 90 days — the Commission still has no plan B\n"
                   "2. Steel safeguard: committee votes Thursday\n\n— PRESENTED BY NORDKAP SHIPPING —\n\nRARE EARTHS\n"
                   "Beijing buys itself 90 days, and the Commission still has no plan B\n\n"
                   "THE DEADLINE: The one-year suspension of the export controls was due to lapse on 10 November.\n")
    assert article.title == "Beijing buys itself 90 days, and the Commission still has no plan B"
    assert article.authors == ("Saoirse Ní Dhuibhir", "Matteo Ferrante")
    assert article.paragraphs[0].startswith("THE DEADLINE:")
    assert "2. Steel safeguard: committee votes Thursday" in article.furniture


def test_a_newsletters_table_of_contents_is_furniture_and_its_first_story_is_the_title():
    article = text("From: Chancery Lane Institute <digest@example.org>\nSubject: Digest | After Busan: a truce\n\n"
                   "IN THIS ISSUE\n1. After Busan: a truce with an expiry date\n2. Research note: gallium?\n\n"
                   "1. AFTER BUSAN: A TRUCE WITH AN EXPIRY DATE\nBy Dr Eleri Pritchard-Osei, Senior Research Fellow\n\n"
                   "Three weeks after the leaders met at Busan, the outline of what they agreed is clear enough.\n")
    assert article.title.casefold() == "after busan: a truce with an expiry date"
    assert article.author == "Eleri Pritchard-Osei"
    assert "2. Research note: gallium?" in article.furniture


def test_a_pdf_bulletins_running_header_is_furniture_and_its_wrapped_first_paragraph_stays_whole():
    lines = ["ALDOUS BRENNAN LLP                                    Trade Remedies Bulletin",
             "September 29, 2026",
             "CITT Finds Injury from Chinese Rare Earth Magnets, Excludes Motor Assemblies",
             "By Rebecca Singh-Lachance and Olivier Nguyen-Baptiste",
             "On September 4, 2026, the Canadian International Trade Tribunal (the \"Tri-",
             "bunal\") found that the dumping and subsidizing of certain sintered rare",
             "earth permanent magnets from the People's Republic of China caused injury",
             "to the domestic industry. The Tribunal issued its statement of reasons on",
             "September 21, 2026, and the duties will therefore continue to apply to the",
             "subject goods imported into Canada, for an initial period of five years.",
             "The decision is the first Canadian trade remedy finding on rare earth",
             "magnets and comes as Ottawa, Washington and Brussels are all weighing how",
             "to protect nascent magnet production without raising costs for makers."]
    article = text("\n".join(lines) + "\n")
    assert article.title == "CITT Finds Injury from Chinese Rare Earth Magnets, Excludes Motor Assemblies"
    assert article.paragraphs[0].startswith("On September 4, 2026, the Canadian International Trade Tribunal "
                                            "(the \"Tribunal\") found that")
    assert "ALDOUS BRENNAN LLP Trade Remedies Bulletin" in article.furniture


def test_a_standfirst_over_a_labelled_publication_line_is_not_the_text_under_a_sites_clock():
    article = text("THE LAKESIDE DISPATCH\nThursday, November 05, 2026\nNEWS   BUSINESS   OPINION   SPORTS\n\n"
                   "Miners can serve Washington and Beijing, but only on their own terms\n\n"
                   "Copper and cobalt producers are being courted as never before. They should use the moment.\n\n"
                   "Published on: 03 Nov 2026 - 06:00 | Last updated: 03 Nov 2026 - 11:20 | 5 min read\n\n"
                   "For most of the past two decades, the story of the region's minerals was told in one direction.\n")
    assert article.date == dt.date(2026, 11, 3)  # not the day the page was viewed
    assert article.paragraphs[0].startswith("For most of the past two decades")


def test_a_journal_articles_marked_authors_and_its_publication_among_its_dates():
    article = text("Journal of Maritime Trade Studies\nVolume 8, Issue 4 · December 2026\n"
                   "Research Article  |  Open access  |  Published: 02 September 2026\n\n"
                   "Rerouting or relocating? Evidence on transshipment through Penang after the tariffs\n\n"
                   "Mai Anh Trần ORCID: orcid.org/0000-0002-4471-8830 1 ✉, Kittipong Saelim 2 & Ingrid Holm-Adeyemi 3\n\n"
                   "1 Institute for Regional Economic Studies, Hanoi, Vietnam\n2 Faculty of Economics, Bangkok, Thailand\n\n"
                   "Received: 03 March 2026 / Revised: 09 June 2026 / Published online: 02 September 2026\n\n"
                   "The tariffs imposed since 2018 created a strong incentive to route goods through third countries.\n")
    assert article.authors == ("Mai Anh Trần", "Kittipong Saelim", "Ingrid Holm-Adeyemi")
    assert article.date == dt.date(2026, 9, 2)  # not the issue's month, not when it was received
    assert article.title.startswith("Rerouting or relocating?")
    # ... and when only the dates' line says it: the publication of its dates
    lines = text("Rerouting or relocating? Evidence on transshipment through Penang\n\n"
                 "Received: 03 March 2026 / Revised: 09 June 2026 / Published online: 02 September 2026\n\n"
                 "The tariffs imposed since 2018 created a strong incentive to route goods through third countries.\n")
    assert lines.date == dt.date(2026, 9, 2)


def test_a_stamp_after_a_sections_label_dates_the_page_and_a_clock_is_no_day():
    article = text("HALLA NEWS AGENCY\nNATIONAL | POLITICS | ECONOMY | WORLD\nEconomy\n"
                   "(LEAD) S. Korea asks U.S. to renew equipment licences for chip fabs in China\n"
                   "All News 15:41 November 26, 2026\n\n"
                   "SEOUL, Nov. 26 (Halla) -- South Korea has formally asked the United States to renew the licences.\n")
    assert article.title == "S. Korea asks U.S. to renew equipment licences for chip fabs in China"
    assert article.date == dt.date(2026, 11, 26)
    assert _header_date("15:41 November 26, 2026", REGISTRY.rules) == (2026, 11, 26)  # not "41 November"


def test_a_correction_note_says_when_an_undated_article_was_first_published():
    article = text("Smelters hunt for partners as the minerals pact bites\nRatna Wulandari\n8–10 minutes\n\n"
                   "MOROWALI — The managers of the smelters here have a new favourite word: dilution, officials said.\n\n"
                   "Six restructuring deals are under review, with the first decisions due before the end of the year.\n\n"
                   "Correction (Sept. 4, 2026): An earlier version of this article, published on Sept. 3, 2026, misstated "
                   "the capacity of the largest plant.\n")
    assert article.date == dt.date(2026, 9, 3)
    # ... but a report the article cites, published on a date, dates nothing
    cited = text("Smelters hunt for partners\nRatna Wulandari\n\nMOROWALI — A study published on Sept. 3, 2026 found "
                 "that the parks had grown, officials said on Sept. 5, 2026.\n")
    assert cited.date == dt.date(2026, 9, 5)
    syndicated = text("Recyclers win supply deals\nStory by Akane Morishita\n • 4 min read\n\nRecyclers signed deals with "
                      "US buyers, the company said.\n\nThis story originally appeared in The Setouchi Review on Nov. 20, "
                      "2026. © 2026 The Setouchi Review. Distributed by NewsPoint.\n")
    assert syndicated.date == dt.date(2026, 11, 20)


def test_a_report_covers_month_takes_its_day_from_the_rights_notice():
    article = text("Beyond the Stockpile: Japan's Gallium Exposure\nFUJISAWA Haruka, Senior Fellow\nJune 2026\n\n"
                   "© 2026 Kasumigaseki Institute. First published 12 June 2026. All rights reserved.\n\n"
                   "When the ministry suspended its ban on exports of gallium, Japanese buyers were unaffected on paper.\n")
    assert article.date == dt.date(2026, 6, 12)


def test_a_council_papers_meeting_date_is_not_when_it_was_issued():
    article = text("LC Paper No. CB(1)1187/2026(04)\nFor discussion\non 14 July 2026\n"
                   "Legislative Council Panel on Commerce and Industry\nStrategic Trade Controls and Hong Kong\nPURPOSE\n"
                   "This paper briefs Members on the operation of Hong Kong's strategic trade controls system.\n"
                   "2. Hong Kong maintains a comprehensive and effective strategic trade controls system.\n"
                   "Commerce and Economic Development Bureau\n7 July 2026\n")
    assert article.title == "Strategic Trade Controls and Hong Kong"
    assert article.date == dt.date(2026, 7, 7)


def test_names_alone_after_the_last_paragraph_are_the_byline_and_a_bilingual_related_list_is_furniture():
    article = text("Vietnam tightens origin checks on electronics\n\nHANOI, Nov 5 - The ministry tightened its checks on "
                   "Monday, officials said.\n\nExporters must file new forms.\n\nThe rules apply from December.\n\n"
                   "The ministry will hold a dialogue with exporters on November 20.\n\nMinh Anh - Thu Trang\n\n"
                   "Tin liên quan / Related news:\n- Xuất khẩu điện tử 10 tháng tăng 18%\n")
    assert article.authors == ("Minh Anh", "Thu Trang")
    assert article.paragraphs[-1].startswith("The ministry will hold a dialogue")
    credited = text("Vietnam tightens origin checks on electronics\n\nHANOI, Nov 5 - The ministry tightened its checks "
                    "on Monday, officials said.\n\nExporters must file new forms.\n\nThe rules apply from December.\n\n"
                    "The ministry will hold a dialogue with exporters on November 20.\n\nNguyen Thu Ha\n"
                    "Translated by: Hoang Anh\n")
    assert credited.authors == ("Nguyen Thu Ha",)


def test_breadcrumbs_with_slashes_and_a_related_list_at_the_end_are_furniture():
    article = text("Home / About Us / Policy Offices / Press Office / Press Releases / 2026 / October\n"
                   "USTR Issues Findings in Section 301 Investigation\nOctober 14, 2026\n\n"
                   "WASHINGTON - The Office of the U.S. Trade Representative today issued its findings.\n\n"
                   "The findings follow a year of review.\n\nComments are due in November.\n\n"
                   "(By Huang Yi-ching and Kelvin Aldana)\nEnditem/ls\n\nRelated News\n\n"
                   "Sept. 24: Taiwan shares fall as U.S. chip tariff details released\n\n"
                   "Sept. 23: U.S. announces Section 232 tariffs on semiconductors\n\nLatest\n\n"
                   "Typhoon warning lifted for eastern Taiwan\n")
    assert article.title == "USTR Issues Findings in Section 301 Investigation"
    assert article.authors == ("Huang Yi-ching", "Kelvin Aldana")
    assert not any("Sept. 24" in p for p in article.paragraphs)
    crumbed = text("Business News/ Industry / Automobile/ Rare earth relief for Indian EV makers may prove short-lived\n"
                   "By Anil Kumar\n\nNEW DELHI - Component suppliers warned on Monday that the relief may not last long.\n")
    assert crumbed.title == "Rare earth relief for Indian EV makers may prove short-lived"


def test_a_site_s_clock_and_weather_and_a_language_switcher_do_not_date_a_page():
    article = text("Thursday, March 5, 2026 | Manila 31°C\nMANILA MORNING POST\n\nLaguna chip assemblers brace for tariffs\n"
                   "Posted: 1 day ago\n\nLAGUNA - Assemblers are tracing Chinese inputs, executives said on Tuesday.\n\n"
                   "They fear the new duties.\n\nPosted on March 4, 2026 at 07:10 PM\n")
    assert article.date == dt.date(2026, 3, 4)
    switcher = text("Diário Econômico | English\nPT | EN | ES\n\nBrazil's rare earth clays draw rival money\n"
                    "09/06/2026 07:32 — atualizado às 13:05\n\nBRASÍLIA — A mining company weighs two offers.\n")
    assert switcher.date == dt.date(2026, 6, 9)  # "PT" is Portuguese, not Pacific Time: the day comes first
    short = text("STATEMENT\n05.14.26\nAssociations Warn Chip Tariffs Will Raise Costs\n\n"
                 "WASHINGTON — Two associations today issued a joint statement on tariffs.\n")
    assert short.date == dt.date(2026, 5, 14)


def test_closing_credits_in_the_site_s_language_name_the_writers():
    article = text("Brazil's rare earth clays draw rival money\n\nBRASÍLIA — A mining company weighs two offers.\n\n"
                   "The government wants processing onshore.\n\nA decision is due in June.\n\nOfficials are watching.\n\n"
                   "Reportagem: Gustavo Tanaka Ferreira (Brasília) e Luana Ribeiro dos Santos (Catalão, GO) | "
                   "Tradução: Pedro Okabe | Edição: Juliana Mendes\n")
    assert article.authors == ("Gustavo Tanaka Ferreira", "Luana Ribeiro dos Santos")


def test_a_distribution_notice_a_question_over_an_episode_line_and_a_one_word_caps_kicker_are_read_as_such():
    note = text("MERIDIAN ASHFORD ADVISORY\nPRIVILEGED AND CONFIDENTIAL — PREPARED FOR CLIENTS OF MERIDIAN ASHFORD "
                "ADVISORY LLC. NOT FOR REDISTRIBUTION.\n\nThe November 10 Cliff: What Expires and What Survives\n\n"
                "5 November 2026\n\nThree sets of measures are scheduled to come back to life on 10 November.\n")
    assert note.title == "The November 10 Cliff: What Expires and What Survives"
    podcast = text("The Chokepoint\nPodcast\nWho is actually buying the H200s?\nEpisode 31: Folake Adesina-Brooks and "
                   "Bilal Chaudhry on licences and customs\nNattapong Chaiyasit\nApr 21, 2026\n\n"
                   "Hi all — this week's episode is a conversation I've wanted to have since December.\n")
    assert podcast.title == "Who is actually buying the H200s?"
    hearing = text("[House Hearing, 119 Congress]\n\n CHOKEPOINTS: RARE EARTH MAGNETS AND THE DEFENSE INDUSTRIAL BASE\n\n"
                   "HEARING\n\nJUNE 17, 2026\n\n    The committee met, pursuant to notice, at 10:02 a.m.\n")
    assert hearing.title == "CHOKEPOINTS: RARE EARTH MAGNETS AND THE DEFENSE INDUSTRIAL BASE"


def test_a_hearing_record_s_turns_a_line_each_are_paragraphs():
    article = text("Hearing on magnets\n\nJune 17, 2026\n\n    The committee met, pursuant to notice, at 10:02 a.m., in "
                   "Room 390, Cannon House Office Building, Hon. John Moolenaar presiding.\n"
                   "    Present: Representatives Moolenaar and Oyelaran.\n\n"
                   "    The CHAIR. The committee will come to order. Last year, China showed us that it can stop a "
                   "production line without firing a shot.\n"
                   "    Mr. KHAN. Mr. Chairman, our plant can make 1,500 tons of magnets a year. We are running at 40 percent.\n"
                   "    Ms. ALBUQUERQUE SATO. Thank you. We had eleven days of inventory for one of our guidance programs.\n")
    assert [p.split(".")[0] for p in article.paragraphs] == ["The committee met, pursuant to notice, at 10:02 a", "The CHAIR",
                                                             "Mr", "Ms"]


def test_a_web_mail_reader_s_page_is_titled_by_its_subject_dated_by_its_weekday_and_signed_by_its_colophon():
    article = text("Skip to content\nUsing Gmail with screen readers\nConversations\n1 of 3,104\n\n"
                   "The November cliff is closer than it looks\nInbox\n\nThe Fab Ledger <ngozi@fabledger.news> Unsubscribe\n"
                   "Tue, Sep 8, 7:02 AM (1 day ago)\nto me\n\nChips, controls and the trade war, every Tuesday · Issue No. 147\n\n"
                   "Good morning from Washington. Gallium exports are at their highest since 2023.\n\n"
                   "That's it for this week.\n\nThe Fab Ledger is written by Ngozi Eze-Kaplan and edited by Michał Zieliński.\n\n"
                   "© 2026 Fab Ledger Media LLC\n")
    assert (article.title, article.date, article.authors) == (
        "The November cliff is closer than it looks", dt.date(2026, 9, 8), ("Ngozi Eze-Kaplan",))
    produced = text("The Straits Desk, Episode 87: Why chipmakers hedge\n14/01/2026\n\nJONAH: Welcome back.\n\n"
                    "The Straits Desk is produced by Annelies de Vries.\n")
    assert produced.authors == ()  # a producer is a credit


def test_a_headline_printed_twice_over_bullets_a_weekday_date_line_and_authors_under_a_sentence_title():
    wire = text("MERIDIAN\nTechnology\nUS Blacklists 23 Chinese Chip Toolmakers; Equipment Stocks Slide\n"
                "US Blacklists 23 Chinese Chip Toolmakers; Equipment Stocks Slide\n"
                "Commerce says the firms helped supply China's military chip push\n"
                "Coldwater Instruments falls most in eight months on China exposure\nBy Priya Raghunathan\n"
                "January 22, 2026 at 2:47 PM EST\n\nThe US added 23 Chinese companies to a trade blacklist on Thursday.\n")
    assert wire.title == "US Blacklists 23 Chinese Chip Toolmakers; Equipment Stocks Slide"
    assert "Coldwater Instruments falls most in eight months on China exposure" in wire.furniture
    paper = text("Taipei Ledger\nHome\nBusiness\nThu, Jun 04, 2026 - page 10\n"
                 "Packaging firms face US scrutiny over China-bound chips\nBy Chao Wen-hsuan / Staff reporter\n"
                 "Taiwanese packaging companies are being asked by US authorities to document where chips end up.\n")
    assert (paper.title, paper.date, paper.authors) == (
        "Packaging firms face US scrutiny over China-bound chips", dt.date(2026, 6, 4), ("Chao Wen-hsuan",))
    commentary = text("COMMENTARY\nThe Busan Truce Is Buying Time. Washington Should Spend It on Magnets.\n"
                      "Lorenzo Achterberg-Nakamura and Folasade Ighodaro-Vance\nDecember 3, 2025\n"
                      "When the two leaders met in Busan on October 30, they did not resolve the competition.\n")
    assert commentary.authors == ("Lorenzo Achterberg-Nakamura", "Folasade Ighodaro-Vance")


def test_closing_names_a_bio_box_and_what_a_share_sheet_or_an_in_body_link_adds_are_read_as_such():
    ending = ("Vietnam tightens origin checks\n\nHANOI - The ministry tightened its checks on Monday.\n\n"
              "Exporters must file new forms.\n\nRead more: Vietnam's rice exports to Philippines rebound\n"
              "Read more: Hanoi metro line 3 to open next year\n\nThe rules apply from December.\n\n"
              "Officials will meet exporters on November 20.\n\n")
    vietnamese = text(ending + "Phạm Minh Châu\n\nTags: transshipment, tariff\n\nShared via Saigon Daily app\n")
    assert vietnamese.authors == ("Phạm Minh Châu",)
    assert not any(p.startswith("Read more") for p in vietnamese.paragraphs)
    boxed = text(ending + "About the author\nRohan Mehta-Lindqvist\nRohan Mehta-Lindqvist is senior editor for packaging "
                 "at SemiLedger.\nEdited by Sabine Okoro-Hartmann\n0 Comments\n")
    assert boxed.authors == ("Rohan Mehta-Lindqvist",)


def test_a_count_alone_and_a_tip_line_are_no_part_of_the_text():
    article = text("Why the truce will hold\n\n1.4K\n\nThe first thing you learn negotiating with Beijing is that nothing "
                   "is agreed until the readouts match.\n\nI spent six years at the trade office.\n\n"
                   "Have a story idea or news tip? Email us at tips@example.com.\n")
    assert article.paragraphs == ("The first thing you learn negotiating with Beijing is that nothing is agreed until the "
                                  "readouts match.", "I spent six years at the trade office.")


def test_a_tabloid_s_long_headline_over_its_points_and_a_month_in_capitals():
    article = text("Money\nMarkets\nLogin\nChinese electric cars set to get even CHEAPER in Britain as Beijing's carmakers "
                   "redirect cars shut out of America by Trump's tariffs - but industry bosses warn of a 'race to the bottom'\n"
                   "Prices of some Chinese electric cars have fallen by up to £6,000 since March\n"
                   "Britain has no extra tariffs on Chinese EVs, unlike the US and the EU\n"
                   "Dealers say buyers are flocking to showrooms but warn of weak resale values\n"
                   "By Richard Okonjo-Hart, Motoring Editor\nPublished: 08:14 BST, 22 July 2026\n"
                   "Chinese car makers are slashing prices in Britain as they redirect vehicles.\n")
    assert article.title.startswith("Chinese electric cars set to get even CHEAPER") and article.date == dt.date(2026, 7, 22)
    spanish = text("Spain's biggest Chinese factory bet meets Washington's red lines\nIgnacio Larrañaga Etxeberria\n"
                   "Zaragoza - SEP 03, 2026 - 05:30 CEST\n\nOn the plains west of Zaragoza, three grey halls stand.\n")
    assert spanish.date == dt.date(2026, 9, 3)
    cover = text("SPECIAL REPORT\n\nBeyond the Choke Point\nGallium and the Limits of Substitution\n\nAUTHORS\nRebecca Anand\n\n"
                 "With research assistance from Maya Goldfarb\n\nJUNE 2026\n\nEXECUTIVE SUMMARY\n\n"
                 "China's controls on gallium have changed the market in ways the West did not expect.\n")
    assert cover.title == "Beyond the Choke Point"  # a month and year in capitals is a cover's date line, no anchor


def test_an_advertisement_label_between_two_paragraphs_parts_them():
    article = text("Chips and clouds\n\nThe bigger question is whether Chinese companies will buy, and regulators in "
                   "Beijing have summoned executives from the largest cloud providers.\nAdvertisement\nPriya Venkataraman, who "
                   "follows the industry, said operators had been rationing older inventory for more than a year.\n")
    assert len(article.paragraphs) == 2 and not any("Advertisement" in p for p in article.paragraphs)


def test_a_cookie_banner_over_the_page_and_a_call_s_speaker_lines_with_their_jobs():
    article = text("Cookies on GOV.UK\nWe use some essential cookies to make this website work.\nAccept additional cookies\n"
                   "Skip to main content\nGOV.UK\nPress release\nUK backs British magnet makers with £45 million\n"
                   "New funding will help UK firms recycle and manufacture rare earth magnets at home, reducing exposure to "
                   "export restrictions and trade disputes between the world's largest economies.\nFrom:\n"
                   "Department for Business and Trade\nPublished\n26 March 2026\n\n"
                   "British manufacturers will get more secure supplies of magnets.\n")
    assert (article.title, article.date) == ("UK backs British magnet makers with £45 million", dt.date(2026, 3, 26))
    call = text("Tessaract Q4 2025 Earnings Call Transcript\nDate: Thursday, January 29, 2026 at 5:00 p.m. ET\n\n"
                "Prepared Remarks:\nOperator\nGood afternoon, and welcome to the Tessaract fourth quarter earnings conference "
                "call. At this time, all participants are in a listen-only mode.\n\n"
                "Elif Arslan-Doyle -- Vice President, Investor Relations\nThank you, operator.\n\n"
                "Lindiwe Castellanos-Moyo -- Chief Executive Officer\nThanks. 2025 was a year in which we grew revenue.\n\n"
                "Benedikt Schaller -- Arnhold Crane & Co. -- Analyst\nHow much of your China backlog would be affected?\n\n"
                "Lindiwe Castellanos-Moyo -- Chief Executive Officer\nBetween 8% and 10% of the backlog.\n")
    assert [t.speaker for t in call.turns][-3:] == ["Lindiwe Castellanos-Moyo", "Benedikt Schaller", "Lindiwe Castellanos-Moyo"]


def test_a_job_between_two_bylined_names_a_series_kicker_in_brackets_and_a_headline_over_a_two_line_dek():
    article = text("Business\nUS price floor lures WA rare earths refinery, but China still sets the market\n"
                   "By Bronwyn Tait-Nguyen and business reporter Liam O'Halloran\nPosted Sat 21 Nov 2026 at 5:00am\n\n"
                   "A Kalgoorlie refinery has signed a 10-year supply deal with the US Defense Department.\n")
    assert article.authors == ("Bronwyn Tait-Nguyen", "Liam O'Halloran")
    interview = text("[Herald Interview] 'Korean fabs in China are now on a one-year leash,' says chip policy expert\n"
                     "By Choi Min-seo\nPosted : 2026-11-20 16:42\n\nKorea's chipmakers run their China plants on annual licences.\n")
    assert interview.title == "'Korean fabs in China are now on a one-year leash,' says chip policy expert"
    dek = text("Menu\nSubscribe\nHong Kong / Economy\nHong Kong firms scramble after US blacklists six local traders over AI "
               "chip diversion\nSix Hong Kong-registered companies are among 27 entities added to the Entity List this week\n"
               "Government strongly opposes unilateral sanctions, as logistics sector warns of rising costs\n"
               "Vivian Tsang Wing-sze and Leung Ka-chun\nPublished: 9:15pm, 19 Nov 2026\n\n"
               "Six Hong Kong trading companies were added to the US blacklist on Tuesday.\n")
    assert dek.title == "Hong Kong firms scramble after US blacklists six local traders over AI chip diversion"


def test_a_bilingual_menu_a_writer_s_name_in_two_scripts_and_reporting_added_by_another():
    article = text("FORMOSA DAILY 福爾摩沙日報\n首頁 Home  即時 Breaking  財經 Business  科技 Tech  國際 World\n"
                   "Chip tariff carve-out hinges on Arizona milestones, ministry says\n"
                   "By Lin Yu-ting 林于婷 / Staff reporter, with additional reporting by Huang Pei-shan\n2026/03/19 18:05\n\n"
                   "Taiwanese chipmakers will keep their exemption from US tariffs only if they hit agreed milestones.\n")
    assert article.title == "Chip tariff carve-out hinges on Arizona milestones, ministry says"
    assert article.authors == ("Lin Yu-ting",)


def test_writers_with_their_jobs_and_cities_between_them_and_a_section_label_the_menu_lists():
    article = text("Business\nRare earths\nWelsh magnet makers breathe again, but the pause has a sting in the tail\n"
                   "By Helena Marchetti, Asia correspondent in Hong Kong, and Rohan Deshpande, economics editor\n"
                   "Fri 7 Nov 2025 06.00 GMT\n\nMagnet makers in south Wales said the pause bought them time.\n")
    assert article.authors == ("Helena Marchetti", "Rohan Deshpande")
    label = text("Companies & Markets   Economy & Policy   Property   Wealth\nECONOMY & POLICY\n"
                 "Singapore to require end-user checks on high-end AI server exports from October\nOng Hui Min\n"
                 "Correspondent\nPublished Tue, Jul 21, 2026 · 05:50 AM\n\n"
                 "Companies that export servers with advanced AI chips from Singapore will have to verify the final user.\n")
    assert label.title == "Singapore to require end-user checks on high-end AI server exports from October"


def test_a_research_note_s_analysts_with_contacts_and_firms_and_a_paper_s_title_its_running_header_repeats():
    note = text("Harrowgate Securities\nAsia Pacific Equity Research\n22 January 2026\n\n"
                "Localisation 2.0: export controls are now a tailwind, not a headwind\n\nAnalysts\n"
                "Carmen Lozano-Tsang, CFA (Lead)\n+852 3958 4410 | carmen.lozano@hksec.example\n"
                "Harrowgate Securities (Hong Kong) Limited\nWu Haoran\n+852 3958 4427 | haoran.wu@hksec.example\n"
                "Harrowgate Securities (Singapore) Pte. Ltd.\n\n"
                "US controls have not stopped China's fab build-out; they have redirected it to domestic toolmakers.\n")
    assert note.title == "Localisation 2.0: export controls are now a tailwind, not a headwind"
    assert note.authors == ("Carmen Lozano-Tsang", "Wu Haoran")
    paper = text("CECSE\nWorking Paper Series | No. 19\n\nBetween Two Tariff Walls\nMexico, Chinese Inputs and the 2026 "
                 "USMCA Review\n\nXimena Olvera Cuauhtémoc\nRodrigo Balam Canché\n\n"
                 "Mexico has spent two years trying to be two things at once, and that balancing act is ending.\n\n"
                 "CECSE Working Paper No. 19 | Between Two Tariff Walls\n3\n\n"
                 "Manufacturers we interviewed describe themselves as squeezed between two walls.\n")
    assert paper.title == "Between Two Tariff Walls"


def test_a_live_blog_s_start_and_its_reporters_listed_after_the_places_they_report_from():
    blog = text("LIVE\nTrump and Xi meet in South Korea: live updates on tariffs and rare earths\n"
                "Started Oct. 29, 2025, 8:05 p.m. ET\nLast updated Oct. 30, 2025, 1:12 a.m. ET\n"
                "Reporting from Busan and Beijing: Marisol Etxeberria, Fang Qiuyue and Brent Lindqvist\n\n"
                "The two leaders met for about an hour and forty minutes at an air base near Busan.\n")
    assert blog.date == dt.date(2025, 10, 29)
    assert blog.authors == ("Marisol Etxeberria", "Fang Qiuyue", "Brent Lindqvist")


def test_a_page_clock_in_another_zone_gives_way_to_the_dateline_s_day_under_a_summary_box():
    wire = text("US blacklists 14 Chinese firms over servicing of chipmaking tools\nBy Alexei Moroz\n"
                "September 16, 2026 2:10 AM GMT+8\n\nSummary\nCompanies accused of maintaining restricted tools\n"
                "China vows \"necessary measures\" in response\nWASHINGTON, Sept 15 (Halyard) - The U.S. Commerce Department "
                "on Monday added 14 Chinese companies to its trade blacklist over the servicing of tools.\n\n"
                "The companies were placed on the entity list.\n")
    assert wire.date == dt.date(2026, 9, 15)
    assert wire.dateline.startswith("WASHINGTON, Sept 15")
    local = text("Xi meets Trump in Busan\n2025-10-31 08:12 People's Daily Online\n\n(Reporter Zhao Minghui) BUSAN, "
                 "Oct. 30 -- Chinese President Xi Jinping met U.S. President Donald Trump in Busan on Thursday.\n")
    assert local.date == dt.date(2025, 10, 31)  # no zone: the page's own day


def test_a_translator_s_note_names_the_author():
    article = text("TRANSLATION\nExport controls should be a scalpel, not a hammer\nTranslated by Eleanor Whitfield-Zhou\n"
                   "May 20, 2026\n\nTranslator's note: The author, Qiao Mingyuan (乔明远), is deputy director of the East China "
                   "Institute of Trade Studies in Shanghai.\n\nOver the past year, China has used its export control system "
                   "more actively than at any time before.\n")
    assert article.authors == ("Qiao Mingyuan",)


def test_a_wire_s_picture_gallery_copied_with_the_page_is_its_captions():
    wire = text("US blacklists 14 Chinese firms over servicing of chipmaking tools\nBy Alexei Moroz\nSeptember 15, 2026\n\n"
                "Item 1 of 2 A technician works on lithography equipment in Hefei, China, March 4, 2026. Halyard/Wen Xiaolu/File "
                "Photo Purchase Licensing Rights, opens new tab\n[1/2]A technician works on lithography equipment in Hefei, "
                "China, March 4, 2026. Halyard/Wen Xiaolu/File Photo Purchase Licensing Rights, opens new tab\n\n"
                "The U.S. Commerce Department on Monday added 14 Chinese companies to its trade blacklist.\n")
    assert [(c.text, c.credit) for c in wire.captions] == [
        ("A technician works on lithography equipment in Hefei, China, March 4, 2026.", "Halyard/Wen Xiaolu/File Photo")]
    assert wire.paragraphs[0].startswith("The U.S. Commerce Department")
    assert "Purchase Licensing Rights, opens new tab" in wire.furniture


def test_a_report_s_authors_marked_with_their_affiliations_and_its_day_on_the_imprint_page():
    report = text("MERIDIAN INSTITUTE FOR ECONOMIC STATECRAFT\nPOLICY REPORT NO. 41\nChokepoints in Reverse\n"
                  "How China's mineral export licensing reshaped the US technology control agenda, 2025–2026\n"
                  "Ingrid Solberg-Achebe1, Wei-Ting Hsu2 and Rafael Quispe Mamani1\n"
                  "1 Meridian Institute for Economic Statecraft, Washington, DC\n"
                  "2 Centre for Indo-Pacific Trade Studies, Lingnan Bay University, Hong Kong\nNOVEMBER 2026\n"
                  "About the Meridian Institute\nThe Meridian Institute is an independent research organization.\n"
                  "First published 17 November 2026.\n\nExecutive summary\n\nFor three decades, the United States treated "
                  "export controls as a tool it applied to others.\n\nChokepoints in Reverse | Meridian Institute 3\n\n"
                  "Between 2023 and 2025, China built a licensing system that turned the logic around.\n")
    assert report.authors == ("Ingrid Solberg-Achebe", "Wei-Ting Hsu", "Rafael Quispe Mamani")
    assert report.title == "Chokepoints in Reverse"
    assert report.date == dt.date(2026, 11, 17)


def test_the_federal_register_s_line_naming_the_document_its_agency_and_its_day_dates_it():
    rule = text("FederalRegister.gov\nRule\nAdditions to the Entity List; Revisions to License Review Policy\n"
                "A Rule by the Industry and Security Bureau on 09/17/2026\n\nThis rule adds 14 entities to the Entity List.\n\n"
                "Dated: September 11, 2026.\n")
    assert rule.date == dt.date(2026, 9, 17)


def test_a_newsletter_s_sponsor_and_its_section_labels_are_no_bylines_and_a_headline_under_a_short_section_label():
    letter = text("THE TARIFF DESK\nCustoms and supply chain news for importers\nTuesday, October 27, 2026 | Issue No. 214\n"
                  "Presented by Calloway Bonded Logistics\n\nGood morning. Two weeks to go until November 10.\n\n"
                  "BY THE NUMBERS\n\n31% of importers said they had no plan.\n\nWritten by Oluwaseun Adeyemi-Park.\n")
    assert letter.authors == ("Oluwaseun Adeyemi-Park",)
    page = text("News\nBusiness/Economy\nHong Kong trade firms rush to vet customers as US targets chip 'diversion' hubs\n"
                "Washington's latest blacklist names 11 Hong Kong-registered companies, most of them small traders\n"
                "Commerce minister says city 'will not be anyone's scapegoat', as banks step up checks\n"
                "Ng Wai-man and Oliver Brankovic\nPublished: 8:30pm, 13 Aug 2026\n\n"
                "Hong Kong trading firms are scrambling to vet their customers.\n")
    assert page.title == "Hong Kong trade firms rush to vet customers as US targets chip 'diversion' hubs"


@pytest.mark.parametrize("line, day", [
    ("Published: 12.11.26, 18:20 | Updated: 13.11.26, 07:55", dt.date(2026, 11, 12)),  # a two-digit year after full stops
    ("12. 11. 2026 9:40 | Aktualizováno 12. 11. 2026 13:15", dt.date(2026, 11, 12)),  # Czech: spaces after the stops
    ("Jakarta/Morowali   ●   Mon, November 9, 2026", dt.date(2026, 11, 9)),  # where it was filed, then when
])
def test_date_lines_of_other_countries(line, day):
    article = text(f"Nickel smelters brace for the truce's end\n{line}\n\nIndonesia's nickel smelters are preparing for the end "
                   "of the truce.\n")
    assert article.date == day


def test_a_menu_over_a_year_less_stamp_then_the_headline_and_its_dek_and_the_year_from_the_copyright():
    article = text("RIN\nRussian Politics & Diplomacy\nWorld\nSports\nBusiness & Economy\n13 NOV, 12:37\n"
                   "Russia open to rare earth projects with US companies, Dmitriev says\n"
                   "According to the envoy, Russian deposits could help reduce the dependence on China\n\n"
                   "MOSCOW, November 13. Russia is ready to develop rare earth deposits with US companies.\n\n"
                   "Busan in 2025 was the first step.\n\n© 2026 RIN - Russian Information Network. All rights reserved.\n")
    assert article.title == "Russia open to rare earth projects with US companies, Dmitriev says"
    assert article.date == dt.date(2026, 11, 13)


@pytest.mark.parametrize("byline, authors", [
    ("Khurram Shahzad Awan | Zubaida Baloch", ("Khurram Shahzad Awan", "Zubaida Baloch")),
    ("Zeynep Su Karakaya - ANKARA", ("Zeynep Su Karakaya",)),
])
def test_names_set_apart_by_bars_or_a_name_and_its_city_over_the_date_line_are_the_writers(byline, authors):
    article = text(f"Minerals push puts Islamabad between Washington's money and Beijing's patience\n{byline}\n"
                   "Published November 8, 2026 | Updated about 20 hours ago\n\nPakistan is courting American investors for its copper "
                   "and gold mines in Balochistan.\n")
    assert article.authors == authors


def test_a_phone_s_clock_over_a_copied_page_is_no_transcript_s_stamp():
    article = text("9:41\nManila Courier\nBUSINESS\nChip assemblers ride 'China-plus-one' wave, but US origin checks loom\n"
                   "By Richelle Anne D. Salvador\nNov 11, 2026 5:30 AM PHT\n\n"
                   "Philippine semiconductor assemblers are booking their strongest orders in four years.\n")
    assert article.title == "Chip assemblers ride 'China-plus-one' wave, but US origin checks loom"
    assert article.date == dt.date(2026, 11, 11)


def test_an_e_mail_newsletter_s_top_story_has_the_briefing_s_header_and_a_closing_label_in_another_language():
    mail = text("From: Khaleej Standard Business <newsletters@khaleejstandard.example>\nSent: Friday, November 13, 2026 6:02 AM\n"
                "Subject: Business Brief | Abu Dhabi compute park clears US licence hurdle; gold steadies\n\n"
                "KHALEEJ STANDARD\nBUSINESS BRIEF\nFriday, November 13, 2026\n\nGood morning. Our top story today: the second "
                "phase of a flagship AI compute park gets its first batch of US chip licences.\n\nTOP STORY\n\n"
                "US licences for Abu Dhabi AI park come with 'no Chinese hardware' conditions\n\n"
                "Reem Al Suwaidi, Senior Business Correspondent\nPublished: Thu 12 Nov 2026, 9:40 PM\n\n"
                "The operator of a major artificial intelligence compute park in Abu Dhabi has received US export licences.\n")
    assert mail.title == "US licences for Abu Dhabi AI park come with 'no Chinese hardware' conditions"
    assert mail.date == dt.date(2026, 11, 12)
    assert mail.authors == ("Reem Al Suwaidi",)
    assert any(f.startswith("Good morning.") for f in mail.furniture)  # the wrapper is kept
    czech = text("Czech car-parts makers stockpile magnets despite truce\n12. 11. 2026 9:40\n\n"
                 "Suppliers in Moravia and Bohemia say Chinese licences are arriving faster, but they are paying for warehouses.\n\n"
                 "The stockpile costs money.\n\nAutor: Tereza Nováková\nSpolupracoval: Ondřej Kratochvíl\nDiskuse (12)\n")
    assert czech.authors == ("Tereza Nováková",)


@pytest.mark.parametrize("byline, authors", [
    ("By Camille Vasseur-N'Diaye (Beijing, correspondent) and Grégoire Lemaistre (Brussels, Europe correspondent)",
     ("Camille Vasseur-N'Diaye", "Grégoire Lemaistre")),
    ("Haruto Kinoshita and Aiko Brandt-Morimoto, MBD staff writers", ("Haruto Kinoshita", "Aiko Brandt-Morimoto")),
    ("by ZNA writers Fang Lu, Qiao Wenjun", ("Fang Lu", "Qiao Wenjun")),
    ("Hélène Tremblay-Singh OTTAWA\nRobyn Kovalenko SASKATOON", ("Hélène Tremblay-Singh", "Robyn Kovalenko")),
    ("By Anna KOVACS", ("Anna Kovacs",)),
])
def test_bylines_with_places_and_jobs_in_brackets_a_desk_after_the_names_an_unknown_agency_and_a_city_in_capitals(byline, authors):
    article = text(f"Japan's chip materials makers stockpile as Beijing weighs response to US memory rule\n{byline}\n"
                   "November 19, 2026 17:05 JST\n\nJapanese suppliers of photoresists and specialty gases are building "
                   "stockpiles as Beijing weighs its response.\n")
    assert article.authors == authors


def test_a_bare_name_family_first_over_a_reader_view_s_reading_time_and_the_date():
    article = text("merlionpost.com.sg\nServer diversion case puts Singapore's trade hub role under the spotlight again\n"
                   "Chua Hui Ling\n8–10 minutes\nPublished Nov 23, 2026, 05:00 AM\n\nSingapore's role as a trading hub is "
                   "under the spotlight again after a server diversion case.\n")
    assert article.authors == ("Chua Hui Ling",)


def test_a_pdf_s_running_header_with_the_issue_s_date_and_its_page_number_dates_it():
    """A trade weekly's PDF copied with its hard line breaks: the running header is the only date line."""
    article = text(PDF_WEEKLY)
    assert article.date == dt.date(2026, 11, 20)


PDF_WEEKLY = (
    'WaferLine Weekly · Issue 47 · November 20, 2026                     7\nEQUIPMENT\nToolmakers count the'
    ' cost as China service window narrows\nExport rules now reach the installed base; Chinese fabs lean\no'
    'n local engineers and spare parts\nBy Siobhan Achterberg-Lee, Senior Editor\nSINGAPORE — At the FabTec'
    'h Asia Summit here this week,\nthe talk in the corridors was less about new tools than\nabout old ones'
    ". With Washington's Nov. 13 rule adding\nlicence requirements for high-bandwidth memory and AI\nserver"
    ' boards, equipment vendors spent two days trying\nto work out how much of their China service busines'
    's\nsurvives into 2027.\nThe answer, for several of them, is less than they had\ntold investors. The lat'
    'est rule does not directly target\ndeposition or etch tools, but it adds 23 Chinese entities\nto the E'
    'ntity List, including two memory fabs that have\nbeen among the most reliable buyers of spare parts a'
    'nd\nfield-service contracts since the 2022 controls.\n"We are writing off service revenue we booked as'
    ' cer-\ntain," said Rolf Eichhorn-Nakamura, chief financial officer\nof Caldera Process Systems, on a p'
    'anel on Tuesday. "The\ninstalled base in China was supposed to be the annuity\nthat paid for the next '
    'generation of R&D."\nCaldera generated 31% of its revenue in China last\n\n8                     WaferL'
    'ine Weekly · November 20, 2026\nEQUIPMENT\nChinese fabs say they are ready. Liang Shuqing, deputy\ngene'
    'ral manager of Wuxi-based Jinghu Microelectronics,\ntold a packed session on Wednesday that his compa'
    'ny\nhad qualified local replacements for more than 60% of'
)


def test_a_transcript_s_title_keeps_its_transcript_label():
    article = text("Capitol Sunday\nTranscript: Treasury Secretary Scott Bessent on \"Capitol Sunday,\" Nov. 15, 2026\n"
                   "November 15, 2026\n\nThe following is the transcript of an interview with Treasury Secretary Scott "
                   "Bessent that aired on Sunday.\n")
    assert article.title == 'Transcript: Treasury Secretary Scott Bessent on "Capitol Sunday," Nov. 15, 2026'


def test_names_signing_off_over_an_e_mail_and_a_translator_s_note_are_the_byline_and_a_most_viewed_list_is_furniture():
    article = text("Chipmakers win one more year for China fabs\n\nSEOUL - Two chipmakers secured US approval on Monday, "
                   "the industry said.\n\nThe licences cover existing lines.\n\nShares rose on the Kospi.\n\n"
                   "Analysts expect the renewal to hold.\n\nLee Ji-yoon, Park Seo-jun\n\njylee@example.com\n\n"
                   "This article was originally written in Korean and translated by a bilingual reporter. It was then "
                   "edited by Nam Hye-rin.\n\nMost Viewed\n\n1. Seoul apartment prices rise for 40th straight week\n\n"
                   "2. Korea's exports hit record in October\n")
    assert article.authors == ("Lee Ji-yoon", "Park Seo-jun")
    assert article.paragraphs[-1] == "Analysts expect the renewal to hold."


def test_a_caption_credited_in_brackets_under_a_headline_and_its_dek_is_no_dek():
    article = text("Business > Industry\n입력 2026.11.16 15:02 수정 2026.11.16 18:40\n"
                   "Chipmakers win one more year for China fabs, but upgrade ban stays\n"
                   "Daehan Semiconductor's Xi'an plant and Hanul Memory's Wuxi fab receive annual US licenses for 2027\n"
                   "Hanul Memory's memory chip fab in Wuxi, Jiangsu Province, China. (Hanbit Herald DB)\n"
                   "Korea's two largest memory chipmakers have secured US approval to keep shipping American equipment "
                   "to their factories in China for another year.\n")
    assert article.title == "Chipmakers win one more year for China fabs, but upgrade ban stays"
    assert article.captions[0].credit == "Hanbit Herald DB"


def test_a_menu_copied_with_two_spaces_between_its_items_is_furniture():
    article = text("HANBIT HERALD\nNational  Business  Finance  Tech  Politics  North Korea  Culture  Opinion\n"
                   "Business > Industry\n입력 2026.11.16 15:02 수정 2026.11.16 18:40\n"
                   "Chipmakers win one more year for China fabs, but upgrade ban stays\n"
                   "Daehan Semiconductor's Xi'an plant and Hanul Memory's Wuxi fab receive annual US licenses for 2027\n"
                   "Hanul Memory's memory chip fab in Wuxi, Jiangsu Province, China. (Photo: Hanbit Herald DB)\n"
                   "Korea's two largest memory chipmakers have secured US approval to keep shipping American equipment "
                   "to their factories in China for another year.\n")
    assert article.title == "Chipmakers win one more year for China fabs, but upgrade ban stays"


def test_two_writers_each_with_a_follow_button_and_an_and_between_them_are_both_authors():
    article = text("Hong Kong electronics traders feel chill as US tightens scrutiny of chip re-exports via city\n"
                   "Washington's latest smuggling case has named Hong Kong as a transit point, and small traders say "
                   "banks are asking more questions\nKelly Ho Wing-sze\nFollow\nand\nRaymond Cheung Ka-lok\nFollow\n"
                   "Published: 8:30pm, 13 Nov 2026\n\nSmall electronics traders in Sham Shui Po say their banks have "
                   "started asking for end-user certificates.\n")
    assert article.authors == ("Kelly Ho Wing-sze", "Raymond Cheung Ka-lok")


def test_writers_then_the_outlet_s_initials_then_the_date_on_one_line():
    article = text("China clears first heavy rare earth magnet licences for Indian auto parts firms\n"
                   "Shreya Bhattacharjee & Imran Qureshi / TDM / Nov 12, 2026, 04:12 IST\n\n"
                   "NEW DELHI: Chinese authorities have cleared a fresh batch of export licences for heavy rare earth "
                   "magnets to at least four Indian auto component makers.\n")
    assert article.authors == ("Shreya Bhattacharjee", "Imran Qureshi")
    assert article.date == dt.date(2026, 11, 12)


def test_a_wire_s_contact_lines_are_its_closing_boilerplate_and_its_reporters_are_the_authors():
    article = text("US and China extend truce\n\nKUALA LUMPUR, Nov 7 - The two sides agreed on Friday to extend the truce, "
                   "officials said.\n\nMarkets rose.\n\nThe talks continue.\n\nTo contact the reporters on this story:\n"
                   "Marisol Quintanilla in Kuala Lumpur at mq@fpwire.net;\nDevraj Nair-Okonjo in Washington at dn@fpwire.net"
                   "\nTo contact the editors responsible for this story:\nAnnika Solberg-Reyes at as@fpwire.net\n"
                   "Kwabena Mensah-Leclerc\n")
    assert article.authors == ("Marisol Quintanilla", "Devraj Nair-Okonjo")
    assert article.paragraphs[-1] == "The talks continue."
    assert any("Kwabena Mensah-Leclerc" in b for b in article.boilerplate)
    apart = text("US and China extend truce\n\nKUALA LUMPUR, Nov 7 - The two sides agreed on Friday to extend the truce, "
                 "officials said.\n\nMarkets rose.\n\nThe talks continue.\n\nTo contact the reporters on this story:\n\n"
                 "Marisol Quintanilla in Kuala Lumpur at mq@fpwire.net\n\nTo contact the editors responsible for this story:"
                 "\n\nAnnika Solberg-Reyes at as@fpwire.net\n\nKwabena Mensah-Leclerc\n")
    assert apart.authors == ("Marisol Quintanilla",) and apart.paragraphs[-1] == "The talks continue."


def test_the_writers_box_at_the_end_a_name_and_a_job_a_line_is_not_the_article():
    article = text("German auto suppliers rush to requalify chips\nKatharina Vogel-Ristić, Joost van der Heijden\n"
                   "10.11.2026 – 06:00 Uhr\n\nSuppliers from Stuttgart to Regensburg are redesigning boards rather than "
                   "waiting.\n\nThe dispute drags on.\n\nKatharina Vogel-Ristić\n\nKorrespondentin Industrie und Mittelstand"
                   "\n\nJoost van der Heijden\n\nKorrespondent Benelux\n\nJetzt anmelden\n")
    assert article.paragraphs[-1] == "The dispute drags on."
    assert "Korrespondent Benelux" in article.furniture


def test_a_menu_copied_an_item_a_line_a_follow_line_and_a_desk_s_credit_are_no_headline():
    article = text("The Han River Herald\nSunday, March 8, 2026\nNational\nPolitics\nBusiness\nTech\nReal estate\nCulture\n"
                   "Korean chipmakers' China fabs get another year — with a few new strings attached\n"
                   "Park Seo-yeon, Lee Jun-ho\nPublished: 2026-03-08 17:05\n\nKorea's two largest chipmakers won another "
                   "year of US approval for their China plants, officials said on Sunday.\n")
    assert article.title == "Korean chipmakers' China fabs get another year — with a few new strings attached"
    followed = text("SET - Saigon Economic Times\nHome / Economy / Trade\n06/11/2025 - 15:40 (GMT+7)\n"
                    "Follow SET on Google News\nVietnam tightens origin checks as US tariff bites electronics exporters\n\n"
                    "Vietnam's trade ministry has tightened checks on the origin of electronics exports, officials said.\n")
    assert followed.title == "Vietnam tightens origin checks as US tariff bites electronics exporters"
    staff = text("JEJ Japan Economic Journal\nJapan to double rare earth stockpile funding as China tightens grip on magnet "
                 "supply\nRare earth ore samples on display at a trade exhibition in Tokyo's Koto Ward in September.\n"
                 "JEJ Staff Writers\nOctober 2, 2026 19:40 JST\n\nThe government will double its funding for rare earth "
                 "stockpiles, officials said on Friday.\n")
    assert staff.title == "Japan to double rare earth stockpile funding as China tightens grip on magnet supply"


@pytest.mark.parametrize("closing, authors", [
    ("This article was written by Takahashi Mio and Ōno Daisuke of the JEJ Economic News Department, with additional "
     "reporting by Yoshida Ren in Washington.", ("Takahashi Mio", "Ōno Daisuke")),
    ("The interview was conducted by Friederike von Steinberg and Emre Yıldırım in Hanau.",
     ("Friederike von Steinberg", "Emre Yıldırım")),
    ("Élodie de la Rochefoucauld-Diallo, Geneva, and Lukas Brunner-Okafor, Bern",
     ("Élodie de la Rochefoucauld-Diallo", "Lukas Brunner-Okafor")),
    ("Lê Minh Khoa - Đỗ Hải Yến", ("Lê Minh Khoa", "Đỗ Hải Yến")),
])
def test_a_byline_at_the_end_above_the_page_s_list_of_other_headlines(closing, authors):
    article = text("Geneva truce holds\n\nGENEVA, May 12 - The talks ended on Sunday, officials said.\n\nBoth sides "
                   "agreed to meet again.\n\nMarkets rose on the news.\n\n" + closing + "\n\nRelated\n\n"
                   "Swiss watchmakers fear a second shock\n\nEconomy minister to travel to Washington\n\nComments (56)\n")
    assert article.authors == authors
    assert "Swiss watchmakers fear a second shock" not in article.paragraphs


def test_an_outlet_and_its_reporter_opening_the_lead_are_the_source_and_the_author():
    article = text("US blacklisting of 11 Hong Kong traders sends chip brokers back to paper companies\n"
                   "2026年4月22日 星期三 18:22\n\n[Harbour Finance] Reporter Wong Ka-lok reports: Hong Kong's electronics "
                   "trading houses were counting the cost on Wednesday.\n\nThe listing names 11 firms.\n")
    assert article.authors == ("Wong Ka-lok",) and article.source == "Harbour Finance"
    assert article.paragraphs[0].startswith("Hong Kong's electronics trading houses")
    assert article.date == dt.date(2026, 4, 22)


def test_a_hungarian_page_s_date_caption_and_writers_set_apart_by_a_dash():
    article = text("Debrecen's battery boom runs into the rare earth squeeze\n2026. február 11., szerda 14:37\n"
                   "Construction cranes over the northern industrial park in Debrecen. Fotó: Pénzpiac / Kovács Ádám\n"
                   "Szabó Réka – Tóth Bence\nFor five years, Debrecen sold itself as the place where East meets West on "
                   "the assembly line, officials said.\n")
    assert article.date == dt.date(2026, 2, 11)
    assert article.authors == ("Szabó Réka", "Tóth Bence")
    assert article.captions[0].credit == "Pénzpiac / Kovács Ádám"


def test_a_newsletter_s_writer_in_its_footer_and_initials_spelled_out_by_the_authors_bios():
    article = text("The affiliates rule stays frozen\n\nPRETORIA, Nov 17 - Last Thursday's joint announcement did what most of "
                   "you expected, officials said.\n\nThe suspension holds.\n\nScreening still matters.\n\nAnneliese van der Walt "
                   "writes The Chokepoint Dispatch from Pretoria. She spent nine years in export compliance.\n")
    assert article.authors == ("Anneliese van der Walt",)
    initials = text("The Gulf chip bargain\nM. Al-Suwaidi, A. bin Khalid Al-Harthy and D. Okonkwo-Ferreira\nMay 12, 2026\n\n"
                    "ABU DHABI - Licences were renewed on Monday, officials said.\n\nThe bargain holds.\n\nAbout the authors\n\n"
                    "Dr. Mariam Al-Suwaidi is Director of the Technology Programme.\n\nAhmed bin Khalid Al-Harthy is a Senior "
                    "Fellow at KITS.\n\nDaniela Okonkwo-Ferreira is a Research Associate in Abu Dhabi.\n")
    assert initials.authors == ("Mariam Al-Suwaidi", "Ahmed bin Khalid Al-Harthy", "Daniela Okonkwo-Ferreira")


def test_a_dek_then_a_player_a_share_bar_and_a_credited_picture_over_the_byline_and_where_each_reported_from():
    article = text("Economy\nU.S. and China Extend Trade Truce for a Year, but Chips Stay Off the Table\nThe deal reached in "
                   "Singapore keeps rare earth magnets flowing to American factories and soybeans flowing to China.\n"
                   "Listen to this article · 8:41 min Learn more\nShare full article\n142\nTreasury Secretary Scott Bessent, "
                   "center, arriving for the second day of talks in Singapore on Friday.Credit...Ong Jia Hui for The "
                   "Continental Times\nBy Rebecca Lindqvist and Marcus Oyelaran\nRebecca Lindqvist reported from Singapore, and "
                   "Marcus Oyelaran from Washington.\nPublished Nov. 6, 2026, 7:02 a.m. ET\nUpdated Nov. 7, 2026, 12:40 a.m. "
                   "ET\nThe United States and China agreed on Friday to extend by a year the trade truce their leaders struck "
                   "in South Korea last fall.\n")
    assert article.title == "U.S. and China Extend Trade Truce for a Year, but Chips Stay Off the Table"
    assert article.authors == ("Rebecca Lindqvist", "Marcus Oyelaran")
    assert article.date == dt.date(2026, 11, 6)
    assert article.captions[0].credit == "Ong Jia Hui for The Continental Times"
    assert article.paragraphs[0].startswith("The United States and China agreed")


def test_an_agency_s_dateline_without_a_dash_reads_a_numeric_stamp_and_its_byline_runs_into_the_rights_notice():
    article = text("Business\nTaiwan's chipmakers brace for pressure as U.S., China head to Singapore talks\n11/03/2026 07:27 PM\n"
                   "Taipei, Nov. 3 (FNN) Taiwan's semiconductor industry is bracing for renewed pressure, officials said.\n\n"
                   "Exports rose.\n\nShares closed up.\n\n(By Lin Yu-ting and Huang Chia-hao)\nEnditem/AW\nRelated News\n"
                   "© 2026 Formosa News Network. All Rights Reserved.\n")
    assert article.date == dt.date(2026, 11, 3)
    assert article.dateline.startswith("Taipei, Nov. 3 (FNN)")
    assert article.authors == ("Lin Yu-ting", "Huang Chia-hao")


def test_a_browser_tab_s_title_loses_its_site_and_a_think_tank_s_name_in_capitals_is_no_title():
    tab = text("Canberra signs first rare earths deal for its reserve as the price floor fight heats up - SCPB News\n"
               "By resources reporter Hamish Tuiasosopo-Reid\nPosted 5h ago5 hours ago, updated 1h ago1 hour ago\n\n"
               "The federal government has signed the first purchase agreement for its reserve, officials said.\n\nMore follows.\n")
    assert tab.title == "Canberra signs first rare earths deal for its reserve as the price floor fight heats up"
    assert "Posted 5h ago" not in body(tab)
    report = text("COMMENTARY\nHALVORSEN CENTER FOR ECONOMIC STATECRAFT\nThe Truce Economy: What Washington Bought, and What "
                  "It Paid\nFarida Haddad-Lindgren\nNovember 24, 2026\nOne year ago this month, the United States and China "
                  "stepped back from the brink, officials said.\n\nThe truce held.\n")
    assert report.title == "The Truce Economy: What Washington Bought, and What It Paid"


def test_bylines_with_on_a_date_with_cells_of_outlet_and_relative_update_and_with_a_handle_glued_on():
    on = text("War Department signs $1.1B in magnet deals as 2027 ban on Chinese rare earths nears\n“We are not going to "
              "build a 2030 arsenal on a 1990s supply chain,” a senior official said of the awards.\nBy Caleb Yarborough-Nakamura"
              " on November 16, 2026 at 2:37 PM\nSintered magnets at a pilot line in Fort Worth, Texas, in September 2026. "
              "(U.S. Army photo by Sgt. Lucía Ferreira-Quist)\n\nWASHINGTON — The department signed deals, officials said.\n\n"
              "More follows.\n")
    assert on.authors == ("Caleb Yarborough-Nakamura",)
    assert on.date == dt.date(2026, 11, 16)
    assert on.captions[0].credit == "U.S. Army photo by Sgt. Lucía Ferreira-Quist"
    assert on.captions[0].text.endswith("in September 2026.")
    cells = text("Politics\nU.S. wants Canada to shut the door on Chinese EVs. Ottawa says its China deal isn't on the table\n"
                 "Washington's demands in the review have put the deal back in play, sources say\nAurélie Tremblay-Nakashima · "
                 "MPB News · Posted: Nov 25, 2026 4:00 AM EST | Last Updated: 2 hours ago\n\nAmerican negotiators have asked "
                 "Ottawa to roll back its deal, according to two sources.\n\nMore follows.\n")
    assert cells.title.startswith("U.S. wants Canada to shut the door")
    assert cells.authors == ("Aurélie Tremblay-Nakashima",)
    assert cells.date == dt.date(2026, 11, 25)
    handle = text("TECH\nChip equipment stocks slide after U.S. bars servicing of advanced tools in China\nPublished Mon, Nov 23 "
                  "2026 9:14 AM EST\nPriya Venkataraman-Holt@PVHoltMarkets\nShare\n\nShares of U.S. equipment makers fell "
                  "sharply Monday, traders said.\n\nMore follows.\n")
    assert handle.authors == ("Priya Venkataraman-Holt",)


def test_a_picture_s_credit_alone_on_a_line_makes_the_sentence_case_line_beside_it_a_caption():
    article = text("Business\nGovt Resists U.S. Call to Match China Chip-Tool Servicing Curbs; Makers Fear Losing Business\n"
                   "Kanto Shimpo file photo\nThe headquarters of Hanamura Electron in Minato Ward, Tokyo\n"
                   "17:44 JST, November 21, 2026\nBy Haruka Otsuka / Kanto Shimpo Staff Writer\n\nThe government is reluctant "
                   "to follow, officials said.\n\nMore follows.\n")
    assert article.title.startswith("Govt Resists U.S. Call")
    assert article.captions[0].text == "The headquarters of Hanamura Electron in Minato Ward, Tokyo"
    assert article.captions[0].credit == "Kanto Shimpo file photo"


def test_a_contributor_s_credit_after_the_last_paragraph_is_not_the_text():
    article = text("Chip curbs stand in the way of a truce\n\nBy Rachel Okonkwo-Hart\n\nNegotiators met on Thursday, officials "
                   "said.\n\nA decision is likely soon.\n\nAna Ruiz contributed research.\n")
    assert article.paragraphs[-1] == "A decision is likely soon."
    assert "Ana Ruiz contributed research." in article.furniture


def test_a_page_s_writers_bios_close_its_text_whoever_its_byline_line_names():
    from generator.model import PageInfo
    seed = Seed(name="a.html", text="Daniel Okoro is quoted.\n\nFormal talks resume this week, officials said.\n\nEleanor "
                "Whitcombe covers trade and economic policy for The Ledger from Washington.\n\nDaniel Okoro is the Beijing "
                "bureau chief of The Ledger.\n", digest="x", encoding="html",
                page=PageInfo(title="Truce nears its end", authors=("Eleanor Whitcombe", "Daniel Okoro")))
    article = parse(seed, REGISTRY)
    assert article.paragraphs[-1] == "Formal talks resume this week, officials said."


def test_a_consent_banner_over_a_copied_page_is_no_headline_and_the_byline_under_the_dek_is_read():
    article = text("We value your privacy\nWe and our partners use cookies and similar technologies to personalise content "
                   "and ads.\nYes, I'm happy\nManage or reject cookies\nSkip to main content\nThe London Courier\nNews\n"
                   "Semiconductors\nWelsh chip plant wins a year's reprieve from US blacklist\nExtension of the US-China "
                   "trade truce delays an American rule that would have cut off its customers\nTom Hadley-Achterberg\n"
                   "Sun 15 Nov 2026 07.00 GMT\n\nThe Newport plant, which makes power chips for electric vehicles and employs about "
                   "520 people, has won a year's reprieve from an American rule that would have cut off its customers.\n")
    assert article.title == "Welsh chip plant wins a year's reprieve from US blacklist"


def test_a_line_that_prints_a_candidate_again_after_a_label_names_the_headline():
    newsletter = text("Chokepoint: The lame duck's last shot at chip tracking\nInbox\n\nCHOKEPOINT\nTech, trade and national "
                      "security, every Tuesday and Friday\nTuesday, November 17, 2026\nBy Elif Yavuz-Harmon and Darnell "
                      "Okoro-Quist\nThe lame duck's last shot at chip tracking\n\nCongress has three weeks left to pass the chip "
                      "tracking bill before the session ends, and its sponsors say the votes are there if leaders allow it.\n")
    assert newsletter.title == "The lame duck's last shot at chip tracking"
    shared = text("Read this story on the Indus Business Journal app: India pitches trusted electronics corridor as truce "
                  "cools https://ibj.example/a\n\nPremium\nEconomy\nIndia pitches trusted electronics corridor as truce cools\n"
                  "Summary\nThe Centre will offer component makers an additional 4% incentive on exports, officials said\n"
                  "Industry fears the truce has taken the urgency out of plans to shift capacity from China\nAparna "
                  "Venkatachalam, Harpreet Sandhu-Gill\n4 min read\n\nNew Delhi is courting component makers with a new "
                  "incentive scheme, officials said, as the truce between Washington and Beijing cools the rush.\n")
    assert shared.title == "India pitches trusted electronics corridor as truce cools"


def test_a_cover_s_title_over_two_lines_under_its_main_title_in_capitals_is_one_headline():
    article = text("HALVORSEN INSTITUTE\nLEVERAGE ON LOAN\nChina's Rare Earth Licensing After\nthe Shenzhen Truce\n"
                   "By Ingrid Solvang-Tembo and Zhou Anqi\nNOVEMBER 2026\n\nChina's licensing of rare earth exports has "
                   "changed since the truce.\n")
    assert article.title == "Leverage on Loan: China's Rare Earth Licensing After the Shenzhen Truce"


def test_a_byline_with_the_writer_s_address_printed_at_the_end_and_run_into_the_rights_line():
    article = text("Korean chipmakers' China fabs get 2027 licenses\nPublished: 2026.11.24 14:35\n\n"
                   "Korea's two largest chipmakers received licenses, officials said on Tuesday.\n\n"
                   "Shares of Daehan Semiconductor rose 1.8 percent on the Kospi on Tuesday.\n\n"
                   "By Yoon Seo-hyun, Choi Da-eun [yoon.seohyun@hanseongtimes.co.kr]\n[ⓒ The Hanseong Times, Unauthorized "
                   "reproduction and redistribution prohibited]\nMost Popular\n")
    assert article.author == "Yoon Seo-hyun and Choi Da-eun"


LEAD = ("The country's two largest memory makers have asked Washington to replace the one-year licences that keep their "
        "Chinese factories running with a permanent arrangement, officials said on Friday.\n")


@pytest.mark.parametrize("header, author, date", [
    # a Korean site's job before the name, its "Input" and "Modified" stamps run on
    ("Seoul chipmakers seek a permanent fix for their China fabs\nReporter Kang Min-seo   Input 2026.08.21 09:03   "
     "Modified 2026.08.22 14:17\n", "Kang Min-seo", dt.date(2026, 8, 21)),
    # a Mexican paper's writer and the city filed from; a caption credited in Spanish over the text; its reading time
    ("Mexico's new tariffs put Chinese suppliers around Monterrey on notice\nAlejandra Ruiz Tapia/Monterrey\nLectura: 6 min\n"
     "Workers leave a Chinese-owned plant in Salinas Victoria. Fotografía: Daniel Cantú Leal\n25 de noviembre de 2026\n",
     "Alejandra Ruiz Tapia", None),
    # an Indian paper's writer with the city glued on, the date day first with dashes, the time
    ("'We are not choosing sides, we are choosing supply'\nMeenakshi SundaramBengaluru | 30-10-2026 | 22:40 IST\n",
     "Meenakshi Sundaram", dt.date(2026, 10, 30)),
])
def test_bylines_with_a_job_first_a_city_after_a_slash_or_glued_on_and_the_stamps_beside_them(header, author, date):
    article = text(f"{header}\n{LEAD}")
    assert article.author == author
    assert article.title.startswith(("Seoul", "Mexico", "'We are not"))
    if date:
        assert article.date == date


@pytest.mark.parametrize("ending, author", [
    # an op-ed's bio with the paper's disclaimer run on, over a list of related stories in Chinese
    ("Leung Ka-wai is an adjunct professor of international trade law and a former senior trade officer. The views "
     "expressed are his own.\n\n相關文章\n美國再將港企列入實體清單\n", "Leung Ka-wai"),
    # the writers and their jobs, a line at the end with the date line run on
    ("Yuki Hasegawa and Sota Ishikawa, Kansai Keizai staff writers\nPublished October 14, 2026 09:12 JST\n",
     "Yuki Hasegawa and Sota Ishikawa"),
    # a newsletter's writer signing off under a dash, with a job and a credit after
    ("— Lin Yu-ting\nEditor, Pacific Silicon Letter\nAdditional reporting: Huang Chien-hung\n", "Lin Yu-ting"),    # ... or with the reporting credit on the same line: the writer's whole name, not the first words
    ("— Martín Ycaza Loor, with reporting by Daniela Proaño Vinueza in Quito\n", "Martín Ycaza Loor"),
])
def test_the_writer_named_after_the_text_in_a_bio_a_jobs_line_or_a_sign_off(ending, author):
    article = text(f"Hong Kong needs a firewall of its own\n\n{LEAD}\nThe government should build it now, officials "
                   f"and traders said in interviews over the past week.\n\n{ending}")
    assert article.author == author


def test_the_writer_credited_beside_the_photographer_under_the_picture():
    article = text("Mrima Hill: US and Chinese firms circle Kenya's rare earth prize\n2 days ago · 4 min read\nResidents of "
                   "Kwale County at a public forum on the Mrima Hill project. (Photo: Esther Wanjiku | Story: Brian Otieno "
                   f"Odhiambo)\n\n{LEAD}")
    assert article.author == "Brian Otieno Odhiambo"


def test_an_event_transcript_s_title_is_over_its_date_not_a_participant_s_line():
    article = text("EVENT TRANSCRIPT\nAfter the truce: What the next year of US-China chip diplomacy looks like\nThursday, "
                   "November 19, 2026  |  10:00 a.m. – 11:15 a.m. ET\n\nParticipants\nModerator: Olivia Brennan-Whitfield, "
                   "Senior Fellow, The Potomac Forum\nRafael Domínguez-Stroud, Former Deputy Assistant Secretary for Export "
                   "Administration; Partner, Halvorsen Kemp LLP\nHuang Jingyi, Nonresident Scholar, The Potomac Forum; formerly "
                   "economist, Tsinghua Center for Industrial Policy\nKwabena Asante-Darko, Vice President for Government "
                   "Affairs, American Semiconductor Equipment Coalition\n\nMS. BRENNAN-WHITFIELD: Good morning, and welcome to "
                   "a discussion of what the truce has meant for chips.\n")
    assert article.title == "After the truce: What the next year of US-China chip diplomacy looks like"


def test_a_policy_brief_s_cover_title_over_five_lines_and_its_copyright_notice_are_read_apart():
    article = text("POLICY BRIEF\nNo. 27 | November 2026\nMagnets,\nLicences and\nLeverage:\nAustralia's place in the\nrare earth "
                   "standoff\nSOUTHERN CROSS INSTITUTE\n© Southern Cross Institute 2026\nThis publication is subject to "
                   "copyright. Except as permitted under the Copyright Act 1968, no part of it may be reproduced without "
                   f"written permission.\n\n{LEAD}")
    assert article.title == "Magnets, Licences and Leverage: Australia's place in the rare earth standoff"


def test_a_closing_sentence_that_opens_with_the_white_house_is_the_text_not_a_writer_s_bio():
    article = text("Chip talks split officials\n\nThe administration is weighing whether to let Chinese "
                   "companies buy more chips, five people said.\n\nThe White House is expected to review the options at a "
                   "meeting of senior national security officials later this month, two of the people said.")
    assert article.paragraphs[-1].startswith("The White House is expected") and article.author == ""



def test_a_masthead_over_the_day_s_date_is_no_headline_and_the_headline_sits_over_its_standfirst():
    article = text("Skip to content\nSkip to site index\nSection Navigation\nSEARCH\nThe Meridian Post\nWednesday, November 18, "
                   "2026\nToday's Paper\nSubscribe for $1/week\nLog in\nAdvertisement\nSKIP ADVERTISEMENT\nSupported by\n"
                   "SKIP ADVERTISEMENT\nU.S. and China Agree to Keep Talking, but a Chip Rule Clouds the Truce\nTwo days of "
                   "negotiations in Singapore produced a plan for another round in January and little else, as a new rule hung "
                   "over the room.\nShare full article\n187\nThe negotiators arriving for talks in Singapore on Monday.Credit..."
                   "Ong Wei Ling for The Meridian Post\nBy Tomás Echeverría and Caroline Huang-Mercer\nReporting from Singapore\n"
                   "Published Nov. 17, 2026\nUpdated Nov. 18, 2026, 7:48 a.m. ET\n\n"
                   "SINGAPORE — American and Chinese negotiators agreed on Tuesday to meet again in January.\n")
    assert article.title == "U.S. and China Agree to Keep Talking, but a Chip Rule Clouds the Truce"


def test_an_outlet_s_photo_desk_credit_makes_a_caption_and_a_banner_over_the_headline_is_none():
    article = text("KRVT 9 Central Valley\nWeather\nWeather Alert: Dense Fog Advisory until 10 AM\nIowa farmers say China's "
                   "soybean buying is running behind its truce pledge\nSoybean farmer Dale Lindqvist stands next to a grain bin "
                   "on his farm near Boone, Iowa, on Tuesday. (CNW Photo/Keisha Montgomery-Rhee)\nBy Marisol Aguilar-Finch\n"
                   "Continental News Wire\nPublished: Nov. 12, 2026 at 6:14 AM PST\n\nBOONE, Iowa — Farmers say purchases "
                   "lag the pledge made in the truce, and prices have slipped since the summer.\n")
    assert article.title == "Iowa farmers say China's soybean buying is running behind its truce pledge"
    assert [c.credit for c in article.captions] == ["CNW Photo/Keisha Montgomery-Rhee"]


def test_a_date_line_with_the_page_s_view_counter_is_still_the_date():
    article = text("MOFCOM Spokesperson's Remarks on the New Export Control Rule\nDate: 2026/11/13 21:05    Views: 3412\n\n"
                   "On November 13, a spokesperson of the Ministry of Commerce answered questions from reporters.\n")
    assert article.date == dt.date(2026, 11, 13)


def test_a_release_s_first_line_under_a_hard_wrap_is_its_lead_not_a_line_over_its_headline():
    article = text("BUREAU OF INDUSTRY AND SECURITY\nOffice of Congressional and Public Affairs\nFOR IMMEDIATE RELEASE\n"
                   "Thursday, November 12, 2026\n\nCommerce Extends Affiliates Rule Suspension, Tightens Controls on Chipmaking "
                   "Subsystems\nInterim final rule closes pathway for U.S.-origin components to reach\nadvanced-node equipment "
                   "production in countries of concern\n\nWASHINGTON, D.C. – Today, the U.S. Department of Commerce's Bureau of "
                   "Industry and Security\n(BIS) took two actions to implement President Donald J. Trump's trade and national "
                   "security\nagenda with respect to the People's Republic of China (PRC).\n\nFirst, BIS published a final rule "
                   "extending until November 10, 2027, the suspension of the\nAffiliates Rule, which applies Entity List and "
                   "Military End-User restrictions to entities that\nare 50 percent or more owned by listed parties.\n")
    assert article.title == "Commerce Extends Affiliates Rule Suspension, Tightens Controls on Chipmaking Subsystems"


def test_the_site_s_clock_over_its_masthead_is_not_the_date_the_article_prints_under_its_headline():
    article = text("Monday, 23 Nov 2026\nLogin\nSubscribe\nThe Straits Mail\nNews\nBusiness\nPenang chip packagers brace for "
                   "stricter US origin tests\nBy Nurul Ain Hamzah and Tan Boon Keat\nBusiness\nSaturday, 21 Nov 2026\n7:12 AM "
                   "MYT\n\nPETALING JAYA: Malaysia's chip packaging firms are bracing for tougher scrutiny from US customs.\n")
    assert article.date == dt.date(2026, 11, 21)


def test_a_firm_s_alert_under_authors_in_cells_and_a_lead_whose_first_line_breaks_after_and():
    article = text("HOLLIS VANE & MARCHETTI LLP\nCLIENT ALERT\nInternational Trade & National Security\nFebruary 19, 2026\n\n"
                   "BIS Restricts Servicing of Advanced Chipmaking Tools in China: Five Questions for Suppliers\n\n"
                   "Authors: Rebecca Thornquist | Daniel Oyelowo-Kent | Priya Vanterpool\n\n"
                   "On February 17, 2026, the Commerce Department's Bureau of Industry and\nSecurity (\"BIS\") released an "
                   "interim final rule (the \"Servicing Rule\") that, for the\nfirst time, imposes license requirements on "
                   "the maintenance, repair and upgrade of\nsemiconductor manufacturing equipment already installed in "
                   "China. The rule was\npublished in the Federal Register today and takes effect on March 19.\n\n"
                   "The Servicing Rule departs from prior controls, which focused on the export of\nnew tools, in three "
                   "ways. First, it reaches services, not just items. Second, it\napplies a new de minimis threshold to "
                   "spare parts made outside the United States.\n")
    assert article.title == "BIS Restricts Servicing of Advanced Chipmaking Tools in China: Five Questions for Suppliers"
    assert article.author == "Rebecca Thornquist, Daniel Oyelowo-Kent and Priya Vanterpool"
    assert article.paragraphs[0].startswith("On February 17, 2026, the Commerce Department's Bureau of Industry and Security")


def test_a_newsletter_forwarded_under_a_mail_system_s_external_banner_is_read_under_its_own_title_and_writer():
    article = text("From: Chokepoint <chokepoint@mailpost.io>\nSent: Sunday, February 21, 2026 7:02 AM\nTo: Okafor, Daniel "
                   "<d.okafor@example.com>\nSubject: Chokepoint #112: Servicing is the new shipping\n\nCAUTION: This email "
                   "originated from outside of the organization. Do not click links or open attachments unless you recognize "
                   "the sender and know the content is safe.\n\nView in browser\n\nServicing is the new shipping\nWashington "
                   "stops fixing China's tools, and Geneva looms\nMarisol Tran-Whitaker\nFeb 21\n\nGood morning from a rainy "
                   "Arlington. Three things this week, one of which I think people are underrating.\n")
    assert (article.title, article.author) == ("Servicing is the new shipping", "Marisol Tran-Whitaker")


def test_the_date_right_over_the_headline_beats_a_later_clock_at_the_masthead_above_the_menu():
    article = text("Taipei Courier\nSat, Feb 27, 2026\nHome\nTaiwan News\nBusiness\nEditorials\nTaiwan News\nWed, Feb 24, 2026 "
                   "page1\nGeneva deal leaves Taiwan's chip firms in gray zone\nBy Chiu Yi-ting and Wang Chen-hao / Staff "
                   "reporters\nThe Ministry of Economic Affairs yesterday said it would seek clarification from Washington on "
                   "how the understanding affects Taiwanese chipmakers' plants in China.\n")
    assert article.date == dt.date(2026, 2, 24)


def test_writers_joined_by_an_ampersand_under_the_desk_they_file_for():
    article = text("The Bharat Ledger\nIndian EV makers see faster magnet supplies as China promises general licences\n"
                   "Nikhil Deshpande & Farah Qureshi, Bharat Ledger Bureau\nLast Updated: Feb 25, 2026, 11:47:00 PM IST\n\n"
                   "New Delhi: Indian automakers expect imports of Chinese rare earth magnets to pick up from April.\n")
    assert article.author == "Nikhil Deshpande and Farah Qureshi" and article.source != "Bharat Ledger Bureau"


def test_a_breadcrumb_trail_with_the_headline_run_on_is_furniture_and_the_headline_its_own_line():
    article = text("The Mumbai Ledger\nHome\nMarkets\nBusiness News›News›Economy›Policy›Magnet scheme doubled as Chinese licences slow\n"
                   "Magnet scheme doubled as Chinese licences slow\nBy Kavya Raman, TML Bureau\nLast Updated: Sep 21, 2026, 06:45:00 AM IST\n\n"
                   "New Delhi: The government is preparing to more than double the outlay of its magnet scheme, officials said.\n")
    assert article.title == "Magnet scheme doubled as Chinese licences slow"
    assert article.author == "Kavya Raman"  # (the desk the outlet's initials name, "TML Bureau", is no writer)


def test_a_writer_s_job_alone_on_the_line_under_the_name_is_no_second_name():
    article = text("Gulf Ledger\nBusiness › Technology\nAbu Dhabi campus wins US licences for 60,000 chips\nKiran Mathew\n"
                   "Senior Business Reporter\nPublished: Sat 26 Sep 2026, 9:30 PM\n\n"
                   "An Abu Dhabi artificial intelligence company has received US export licences for advanced chips.\n")
    assert article.author == "Kiran Mathew"


def test_a_byline_in_capitals_is_a_byline_not_a_letterhead():
    article = text("Keizai Weekly\nTrade war\nJapan magnet makers hit as China slows licences\nHARUKA SATO, DAISUKE MORI and YU LAN\n"
                   "September 19, 2026 17:05 JST\n\nTOKYO -- Japanese makers of magnets say Chinese approvals have slowed sharply.\n")
    assert split_names(article.author) == ("Haruka Sato", "Daisuke Mori", "Yu Lan")


def test_each_writer_under_authors_with_job_and_office_and_the_next_label_no_one_s_name():
    article = text("Kittredge LLP\nClient Alert\nCommerce publishes offset credit formula for chip tariff\nSeptember 28, 2026\nAuthors\n"
                   "Margaret Osei\nPartner\nWashington, D.C.\nRavi Doyle\nPartner\nNew York\nYuki Ferris\nAssociate\nWashington, D.C.\n"
                   "Related Capabilities\nInternational Trade\nShare\n\nOn September 23, 2026, the Department of Commerce published "
                   "the formula by which companies may earn offset credits against the tariff on imported chips.\n")
    assert split_names(article.author) == ("Margaret Osei", "Ravi Doyle", "Yuki Ferris")


def test_a_title_wrapped_narrower_than_the_text_goes_on_in_lower_case():
    body = ("As Washington and Beijing trade blows over a new tariff on imported semiconductors and a Chinese\n"
            "anti-dumping probe into American power chips, a quieter contest is under way in Europe. Chinese\n"
            "battery makers, facing higher barriers in the United States, are pressing ahead with plants in\n"
            "Hungary, Spain and Portugal. The revised screening regulation, applicable since the summer, gives\n"
            "Brussels and capitals new tools to decide on what terms these plants are built, and on whose\n"
            "terms the technology that goes into them is shared with European suppliers and their workers.\n")
    article = text("CEGS Commentary\nNo. 27/2026\n22 September 2026\n\nOpen door, screened room: what the EU's new\n"
                   "investment screening rules mean for Chinese\nbattery plants\n\nAnna Brandt and Joaquim Ruiz\n\n" + body)
    assert article.title == "Open door, screened room: what the EU's new investment screening rules mean for Chinese battery plants"


def test_an_outlook_forward_s_note_above_the_forwarded_mail_is_not_its_headline():
    article = text("From: Ruth Dahl <r.dahl@veldt.example>\nSent: Wednesday, September 30, 2026 9:14 AM\nTo: Research Desk "
                   "<research@veldt.example>\nSubject: FW: SemiPolicy Weekly: The 2028 cliff\n\nWorth reading the Dutch item before our "
                   "11:00. –R\n\nFrom: Foundry Report <news@foundry.example>\nSent: Tuesday, September 29, 2026 6:00 AM\nTo: Ruth Dahl "
                   "<r.dahl@veldt.example>\nSubject: SemiPolicy Weekly: The 2028 cliff\n\nSemiPolicy Weekly\nIssue No. 188 | September 29, "
                   "2026\n\nThe 2028 cliff\nBy Connor Wu, Policy Editor\n\nGood morning. A week after Commerce published its offset "
                   "credit formula for the chip tariff, the one number everyone is talking about is 2028.\n")
    assert article.title == "The 2028 cliff"


def test_a_title_in_capitals_wrapped_over_two_lines_above_the_authors_is_one_title():
    article = text("TANJONG\nPERSPECTIVE\nSingapore | 23 September 2026\n\"Made Where?\" Southeast Asia and the New US\n"
                   "Rules of Origin for Chips and Servers\nNguyen Thi Hoa and Farid Rahman\n\nFor most of the past decade, "
                   "\"China plus one\" was a simple proposition for Southeast Asia: firms moved the last stages of production out.\n")
    assert article.title == "\"Made Where?\" Southeast Asia and the New US Rules of Origin for Chips and Servers"


def test_a_wire_s_version_slug_run_on_to_the_headline_is_not_the_headline():
    article = text("UPDATE 2-US, China open Stockholm talks with chip blacklist on the table\n\nSTOCKHOLM, Sept 29 (Northwire) - "
                   "U.S. and Chinese negotiators opened two days of talks in Stockholm on Monday.\n")
    assert article.title == "US, China open Stockholm talks with chip blacklist on the table"


def test_an_english_by_over_a_translated_edition_s_own_and_and_each_writer_under_authors_however_short_the_lines():
    article = text("De Beursbode\nEnglish edition\nThe Hague requires licences for servicing chip machines in China\n"
                   "By Sanne van der Hoeven en Joost Verbeek\nWednesday 30 September 2026, 18:02\n\n"
                   "The Dutch government will require companies to obtain a licence before servicing machines in China.\n")
    assert split_names(article.author) == ("Sanne van der Hoeven", "Joost Verbeek")
    article = text("Ashdown LLP\nPeople\nInsights\nOffices\nClient Alert\nBIS expands the Entity List to chip-tool suppliers\n"
                   "September 28, 2026\nAuthors\nEleanor Kang\nPartner\nWashington, D.C.\nMarcus Stutz\nPartner\nLondon\n"
                   "Hyun-woo Bram\nAssociate\nWashington, D.C.\nDownload PDF\nShare\n\nOn September 16, 2026, the Bureau of "
                   "Industry and Security added 23 PRC entities that make chipmaking equipment to the Entity List.\n")
    assert split_names(article.author) == ("Eleanor Kang", "Marcus Stutz", "Hyun-woo Bram")


def test_a_headline_in_capitals_over_its_summary_s_points_in_sentence_case_is_the_headline():
    article = text("Halyard\nMarkets\nTechnology\nUS Adds Chinese Chip-Tool Units to Blacklist, Curbs Repairs of Installed Machines\n"
                   "Rule bars servicing of certain lithography tools already in China\nCommerce also names 14 subsidiaries of two "
                   "equipment makers\nA technician inspects a wafer robot at a trade show in Shanghai. Photographer: Qiu Yan/Halyard\n"
                   "By Dana Osei and Grant Lieber\nJune 2, 2026 at 9:14 AM EDT\n\nThe US Commerce Department added 14 subsidiaries "
                   "of two Chinese equipment makers to its trade blacklist on Monday.\n")
    assert article.title == "US Adds Chinese Chip-Tool Units to Blacklist, Curbs Repairs of Installed Machines"


def test_the_page_s_own_stamp_of_first_publication_under_the_text_beats_its_update_over_it():
    article = text("The Indus Ledger\nIndia seeks a place in China's magnet queue after the Bangkok deal\nLast Updated: Jun 12, 2026, "
                   "09:03:00 AM IST\nBy Ananya Rao, Ledger Bureau\n\nNEW DELHI: India has asked China to give equal treatment to "
                   "licence applications for rare-earth magnets from Indian companies.\n\nOriginally published on Jun 11, 2026, "
                   "07:58 PM IST\n(Catch all the Business News on The Indus Ledger.)\n")
    assert article.date == dt.date(2026, 6, 11)


def test_a_company_s_registration_number_and_street_address_over_its_announcement_are_furniture():
    assert _is_furniture("ABN 41 623 118 904", REGISTRY.rules) and _is_furniture("CIN: 0012 3456 78", REGISTRY.rules)
    assert _is_furniture("Level 9, 220 St Georges Terrace, Perth WA 6000", REGISTRY.rules)
    assert not _is_furniture("ASEAN 10 to meet in 2026", REGISTRY.rules)

def test_a_button_under_an_authors_label_is_no_writer():
    article = text("Brightwater LLP\nInsights\nClient Alert\nNovember 2, 2026\nCommerce widens the foundry rule: what suppliers "
                   "should do now\nAuthors\nMiriam Castellanos-Oduya\nPeter Lindqvist\nDownload PDF\nShare\n\nOn October 30, "
                   "2026, the Bureau of Industry and Security widened the foundry due diligence rule.\n")
    assert split_names(article.author) == ("Miriam Castellanos-Oduya", "Peter Lindqvist")


def test_a_title_in_title_case_wrapped_narrow_over_its_wrapped_byline_is_one_title_and_one_byline():
    wrapped = ("On November 2, 2026, the Bureau of Industry and Security published a rule that\n"
               "extends licence requirements to the repair and maintenance of chip tools already\n"
               "installed in the People's Republic of China. The rule takes effect on December 1,\n"
               "2026, and comments are due by January 2, 2027. It applies to U.S. persons and to\n"
               "foreign affiliates of U.S. companies that provide servicing from outside China, and\n"
               "to the sale of spare parts and consumables that keep such tools running. Suppliers\n"
               "that already hold licences for shipments of tools must apply again for servicing,\n"
               "and BIS expects to review each application case by case under a policy of denial\n"
               "for the most advanced fabs and approval for mature nodes with some conditions.\n")
    article = text("HARGROVE PELL LLP\nCLIENT ALERT\nNovember 4, 2026\nCommerce Reaches the Field Engineers: What\n"
                   "Tool Makers and Their Service Arms Must Do by\nThe First of December Deadline\nIn Kuala Lumpur and Beyond\n"
                   "By Adaeze Whitcombe, Lars J. Brenner and Marisol\nEchevarria\n" + wrapped)
    assert article.title == ("Commerce Reaches the Field Engineers: What Tool Makers and Their Service Arms Must Do by The "
                             "First of December Deadline In Kuala Lumpur and Beyond")
    assert split_names(article.author) == ("Adaeze Whitcombe", "Lars J. Brenner", "Marisol Echevarria")
    article = text("NORTHERN PACIFIC INSTITUTE\nISSUE BRIEF\nNovember 2026\n\nThe Servicing Rule and the Allies: Why\n"
                   "Tokyo Waits and The Hague Hedges as the\nDeadline for Tool Makers Nears\nAdaeze Whitcombe and Lars Brenner\n\n"
                   + wrapped)
    assert article.title == "The Servicing Rule and the Allies: Why Tokyo Waits and The Hague Hedges as the Deadline for Tool Makers Nears"


def test_the_title_a_forwarded_newsletter_s_subject_gives_in_its_own_case_is_the_title_over_its_dek():
    article = text("Wafer Notes #88: the foundry rule's long arm\nInbox\n\nWafer Notes <hello@wafernotes.example> Unsubscribe\n"
                   "Mon, Nov 2, 2026, 7:00 AM\nto me\n\nThe foundry rule's long arm\nWhy Singapore's packagers are worried, "
                   "what Seoul asked for, and the week ahead\nPriya Natarajan-Holt\nNov 2\n\nGood morning. The foundry rule is "
                   "the one everyone is reading this week, and for good reason.\n")
    assert article.title == "The foundry rule's long arm"


def test_a_reporter_line_with_where_the_report_is_from_is_a_byline_and_a_numeric_first_published_stamp_is_read():
    article = text("Formosa Daily\nBusiness\nTaiwan valve makers see orders from Korea rise after the servicing ban\n2026/11/03 "
                   "14:05\nReporter Lin Pei-shan / Hsinchu report\n\nTaiwanese makers of vacuum valves said orders from Korean "
                   "chipmakers rose in October.\n")
    assert article.author == "Lin Pei-shan"
    article = text("The Konkan Ledger\nChinese JVs face new end-use checks\nWritten by Sruthi Nair\nMumbai | Updated: November 4, "
                   "2026 14:22 IST\n\nProposals with Chinese partners will need an additional end-use declaration, officials "
                   "said.\n\nFirst published on: 03-11-2026 at 23:40 IST\n")
    assert article.date == dt.date(2026, 11, 3)


def test_a_writer_and_her_job_after_a_comma_and_a_desk_s_credit_for_names_in_capitals():
    article = text("Gulf Ledger\nBusiness | Technology\nAbu Dhabi campus builders seek clarity on packaging rules\nOperators say "
                   "their licences are intact, but the supply chain behind them is under review\nMariam Al Hashemi, Technology "
                   "Editor\n9 November 2026\n\nOperators of the UAE's largest data centre campuses said on Sunday their licences "
                   "were intact.\n")
    assert article.title == "Abu Dhabi campus builders seek clarity on packaging rules" and article.author == "Mariam Al Hashemi"
    article = text("The Kansai Ledger\nChina's gallium curbs put Osaka wafer makers on alert\nKOTONE ARAKAWA and HAYATO "
                   "MINEBUCHI, Staff writers\nNovember 2, 2026 21:40 JST\n\nOSAKA -- Osaka's wafer makers are scrambling to "
                   "secure gallium.\n")
    assert split_names(article.author) == ("Kotone Arakawa", "Hayato Minebuchi")
    # (a wire's dateline with no year stays undated, whatever weekday its lead names: a year guessed from it would be
    # wrong as often as the article is old)
    article = text("Penang packagers brace for checks\nFarah Iskandar\n\nKUALA LUMPUR, Nov 5 (Straits Wire) - Malaysia's chip "
                   "packagers said on Thursday they would need months to comply with a new U.S. rule.\n")
    assert article.date is None


# Round 28 (blind56, blind58)

def test_the_headline_over_its_dek_caption_and_byline_beats_the_masthead_over_today_s_date():
    article = text("Skip to main content\nTokai Keizai Asia\nTuesday, December 1, 2026\nSubscribe | Log in\nSearch\nBusiness\n"
                   "Markets\nTech\nPolitics & Economy\nOpinion\nTrade war\n"
                   "Japan's magnet makers scramble for dysprosium as China tightens checks\n"
                   "Licenses now take 70 days on average, industry group says\n"
                   "A worker inspects sintered magnets at a plant in Fukui. (Photo by Kaito Morishima)\n"
                   "RYO HASEGAWA and MIKI SATAKE-LOWE, Tokai staff writers\nNovember 16, 2026 18:30 JST\nShare\n"
                   "TOKYO -- Japanese manufacturers of permanent magnets are drawing down stockpiles of heavy rare earths "
                   "faster than at any time since 2023, an industry survey said on Monday.\n\n"
                   "The Japan Society of Magnet Producers said 19 of its 27 member companies had a shipment stuck in review.\n")
    assert article.title == "Japan's magnet makers scramble for dysprosium as China tightens checks"
    assert article.date == dt.date(2026, 11, 16) and article.author == "Ryo Hasegawa and Miki Satake-Lowe"


def test_the_last_item_of_the_menu_is_not_the_headline_over_its_dek():
    article = text("AsiaWire Newsroom\nNews\nContact\nNews in Focus\nBusiness & Money\nScience & Tech\nPolicy & Public Interest\n"
                   "Kenanga Semitech to Invest US$1.2 Billion in Penang Advanced Packaging Campus to Serve U.S. Customers\n"
                   "New facility to offer fully traceable bill of materials for AI accelerator packaging from 2028\n"
                   "NEWS PROVIDED BY\nKenanga Semitech Berhad\nNov 30, 2026, 08:00 ET\n"
                   "PENANG, Malaysia, Nov. 30, 2026 /AsiaWire/ -- Kenanga Semitech Berhad today announced that it will invest "
                   "US$1.2 billion over four years to build an advanced packaging campus.\n\nThe campus opens in 2028.\n")
    assert article.title == "Kenanga Semitech to Invest US$1.2 Billion in Penang Advanced Packaging Campus to Serve U.S. Customers"


def test_a_law_firm_s_kind_of_paper_over_a_wrapped_title_is_a_label_and_the_text_s_first_lines_stay_text():
    article = text("OKAFOR BRANDT LINDQVIST LLP\nCLIENT ALERT\n"
                   "Treasury Finalizes Expanded Outbound Investment Rule: What Funds and\n"
                   "Corporates Need to Know Before February 2027\nDecember 8, 2026\n"
                   "On December 4, 2026, the U.S. Department of the Treasury's Office of\n"
                   "Investment Security published a final rule expanding the Outbound\n"
                   "Investment Security Program (the \"Program\") to cover additional\n"
                   "categories of transactions involving \"countries of concern,\" currently\n"
                   "limited to the People's Republic of China. The rule takes effect soon.\n"
                   "Key changes\n"
                   "1. Covered technologies. The rule adds hypersonics and high-performance\n"
                   "computing to the existing categories of semiconductors and quantum.\n"
                   "2. Lower AI threshold. The notification threshold for AI models is\n"
                   "lowered, and developers of larger models are now subject to the ban.\n")
    assert article.title.startswith("Treasury Finalizes Expanded Outbound Investment Rule")
    assert article.paragraphs[0].startswith("On December 4, 2026, the U.S. Department of the Treasury's Office of Investment")


def test_a_page_dated_by_its_update_is_dated_by_the_published_stamp_under_the_text():
    article = text("India fast-tracks four magnet plants as Chinese licence waits stretch\n"
                   "Aditi Raghavan, Deccan Ledger Bureau\nLast Updated: Dec 10, 2025, 07:02:00 AM IST\n\n"
                   "New Delhi: The Centre on Wednesday approved incentives worth Rs 4,200 crore for four rare earth magnet "
                   "plants, moving faster than planned.\n\nCarmakers welcomed the decision.\n\n"
                   "Published On Dec 9, 2025 at 09:48 PM IST\n")
    assert article.date == dt.date(2025, 12, 9)


def test_a_byline_s_date_with_its_time_after_an_at_sign():
    article = text("Govt tightens permits for AI server shipments via Penang\nBy Nurul Aina Zakaria - December 4, 2025 @ 9:12pm\n\n"
                   "KUALA LUMPUR: Malaysia will require a strategic trade permit for all exports of servers containing "
                   "high-end US chips, the ministry said.\n\nThe rule starts on January 1.\n")
    assert article.date == dt.date(2025, 12, 4) and article.author == "Nurul Aina Zakaria"


def test_writers_under_an_authors_label_wrapped_after_and_and_writers_a_line_each_under_the_date():
    lines = ["ASHGROVE PEMBERTON LLP", "CLIENT ALERT", "December 10, 2025",
             "Treasury Widens Outbound Investment Rule to Cover Chinese AI Model Developers",
             "Authors: Rebecca Okafor-Lindqvist, Daniel H. Marchetti and", "Soo-ah Whitfield-Kang",
             *["On December 9, 2025, the U.S. Department of the Treasury issued a final rule amending its",
               "outbound investment security program. The amendments add advanced chip packaging and the",
               "development of certain AI models to the list of covered activities and lower the compute",
               "threshold for notifiable AI transactions. The rule takes effect on February 1, 2026.", "",
               "Funds should review their pipelines now, as the rule applies to pending transactions and to",
               "commitments made before the effective date that close after it, with some exceptions."]]
    assert text("\n".join(lines) + "\n").author == "Rebecca Okafor-Lindqvist, Daniel H. Marchetti and Soo-ah Whitfield-Kang"
    article = text("India clears support for rare earth magnet plants as China curbs bite\n"
                   "Published - December 08, 2025 06:45 pm IST - NEW DELHI\nSuhasini Venkataraghavan\nRohit Malhotra-Iyer\n"
                   "The Union Cabinet on Tuesday approved production-linked support for four companies that will make "
                   "rare earth magnets.\n\nAutomakers welcomed it.\n")
    assert article.author == "Suhasini Venkataraghavan and Rohit Malhotra-Iyer"


@pytest.mark.parametrize("stamp, day", [
    ("Tue, November 17, 2025 at 5:40 AM GMT+8 3 min read", dt.date(2025, 11, 17)),      # a reading time after the zone
    ("Posted On: 24 NOV 2025 6:42PM by PIB Delhi", dt.date(2025, 11, 24)),               # the issuing office after the time
])
def test_a_date_line_with_a_reading_time_or_an_issuing_office_after_it(stamp, day):
    assert _header_date(stamp, REGISTRY.rules) == (day.year, day.month, day.day)


def test_an_article_forwarded_inside_a_forwarded_mail_starts_under_the_last_mark():
    article = text("---------- Forwarded message ---------\nFrom: Reem Al Mansoori <r@advisory.ae>\nDate: Mon, 23 Nov 2025 "
                   "at 08:14\nSubject: FW: UAE AI campus gets first US licences - worth a read\nTo: Research <r@advisory.ae>\n\n"
                   "Team, the hardware condition is the interesting bit. R.\n\nBegin forwarded article:\n\nThe Dhow Times\n"
                   "Abu Dhabi AI campus secures first US chip licences on pledge to strip out Chinese hardware\n"
                   "Karim Haddad-Loughlin\nNov 22, 2025\n\nThe US has approved the first export licences for advanced AI chips "
                   "to be installed at the AI campus in Abu Dhabi, officials said.\n\nThe licences cover 80,000 accelerators.\n")
    assert article.title == "Abu Dhabi AI campus secures first US chip licences on pledge to strip out Chinese hardware"
    assert article.date == dt.date(2025, 11, 22)


@pytest.mark.parametrize("line", ["26 Nov 2025|Fergus Whitlam-Nakamura", "Fergus Whitlam-Nakamura | November 26, 2025 | Equipment, Policy"])
def test_a_date_and_a_writer_s_name_alone_on_one_line(line):
    article = text(f"A truce that isn't: why middle powers should not bank on calm\n{line}\nEconomic security\n\n"
                   "The rhythm of the relationship in 2025 has become familiar: a round of talks, a statement of progress, "
                   "and within days a fresh contest.\n\nFor middle powers, the lesson is plain.\n")
    assert article.author == "Fergus Whitlam-Nakamura" and article.date == dt.date(2025, 11, 26)


def test_writers_a_line_each_with_their_job_and_e_mail_under_an_authors_label():
    article = text("ASHCOMBE RAVEL LLP\nCLIENT ALERT\nNovember 20, 2025\nBIS Entity List Additions: What Suppliers Need to Do Now\n"
                   "Authors\nHelena Sørby-Pratt | Partner, Washington, DC | hsp@ashcombe.com\n"
                   "Aiko Brandvold | Counsel, Tokyo | ab@ashcombe.com\n\nOn November 16, 2025, the Bureau of Industry and "
                   "Security added 23 entities to the Entity List, the firm said.\n\nThe additions took effect at once.\n")
    assert article.author == "Helena Sørby-Pratt and Aiko Brandvold"


def test_a_footnote_s_number_after_a_sentence_ends_a_wrapped_line_s_paragraph():
    lines = ["In announcing the additions, Secretary of Commerce Howard Lutnick stated that the",
             "rule was \"a fence around the crown jewels of American industry and its tools.\"2",
             "BIS Under Secretary Jeffrey Kessler, speaking at a practitioners' conference on",
             "November 17, said that the Bureau would be looking hard at service and spare parts.",
             "The rule's savings clause covers items already en route to the listed entities, and",
             "exporters should confirm the status of pending shipments with their carriers soon.",
             "Companies should review their screening procedures and update their records now, as",
             "the Bureau has said it will publish further guidance before the end of the year."]
    article = text("Entity List additions\n\n" + "\n".join(lines) + "\n")
    assert any(p.endswith("tools.\"2") for p in article.paragraphs)


def test_a_title_wrapped_over_three_lines_over_its_date_and_authors():
    lines = ["CASTELLANE BRANDT & OYELOWO", "CLIENT ALERT", "BIS Adds 23 Chinese Entities Tied to", "HBM Supply Chain: What Exporters",
             "Need to Do Before November 14", "October 20, 2025", "Authors: Margarethe Voss-Adeyemi, Daniel K. Ferrante",
             "On October 15, 2025, the U.S. Department of Commerce's Bureau of Industry and",
             "Security published a final rule adding 23 entities located in the People's",
             "Republic of China and Hong Kong to the Entity List, effective on publication.", "",
             "Exporters should screen their customers against the new entries at once, as the",
             "rule contains no savings clause for items already en route to the listed firms."]
    assert text("\n".join(lines) + "\n").title == ("BIS Adds 23 Chinese Entities Tied to HBM Supply Chain: What Exporters Need to "
                                                    "Do Before November 14")


def test_a_reader_view_s_title_byline_and_reading_time_over_the_dek():
    article = text("hanseongherald.co.kr\nKorean memory makers ask Seoul to press Washington before Vienna talks\nShin Da-bin\n"
                   "6–7 minutes\nSouth Korean chipmakers want written assurance that their China plants will not be caught, "
                   "officials say\nPublished: 21 Oct. 2025, 18:30\n\nSouth Korea's two largest memory makers have asked the "
                   "government to secure written assurances from Washington, officials said.\n\nThe talks open next week.\n")
    assert article.title == "Korean memory makers ask Seoul to press Washington before Vienna talks"
    assert article.author == "Shin Da-bin"


def test_a_writer_over_the_place_she_filed_from_over_the_date_and_no_site_maker_as_author():
    article = text("Khaleej Standard\nBusiness\nUAE AI campus wins US licences for next chip batch\n"
                   "Sahra Compute says shipments will resume in November under stricter audit terms\nFarah Al Mansoori\n"
                   "Abu Dhabi\nOct 25, 2025\n\nThe UAE's largest AI campus has won US export licences for its next batch of "
                   "accelerators, the company said on Saturday.\n\nShipments resume in November.\n")
    assert article.author == "Farah Al Mansoori"
    made = text("China adds 8 U.S. firms to unreliable entity list\nSource: Huaxia\n2025-10-22 20:41:37\n\nBEIJING, Oct. 22 "
                "(Huaxia) -- China on Wednesday added eight U.S. companies to its unreliable entity list, the ministry said."
                "\n\nThe move takes effect at once.\n\nCopyright © 2025 Huaxia. All Rights Reserved.\n\nManufactured by Huaxia Net\n")
    assert made.author == ""


def test_a_wire_s_date_run_into_its_clock_and_its_update_label():
    assert _header_date("October 16, 20256:48 AM EDTUpdated 3 hours ago", REGISTRY.rules) == (2025, 10, 16)


def test_a_note_on_the_piece_closing_a_text_seed_is_kept_with_the_furniture_not_the_article():
    article = text("China's big fund starts investing\n\nBEIJING, May 27 (Huaxia) -- China's third big fund began investing on "
                   "Monday, the fund said.\n\nAnalysts expect it to invest for 15 years.\n\n(This article is translated from "
                   "the Chinese version. In case of any discrepancy, the Chinese version shall prevail.)\n")
    assert article.paragraphs[-1] == "Analysts expect it to invest for 15 years."
    assert any(f.startswith("(This article is translated") for f in article.furniture)


def test_a_headline_under_a_menu_and_an_advertisement_label_over_its_long_dek_and_a_player_s_lines():
    article = text("Politics\nEconomy\nWorld\nTrade\nAdvertisement\nCommerce widens chip curbs to the parts inside "
                   "toolmakers\nThe rule reaches vacuum pumps, RF power units and wafer-handling robots, and adds 14 firms to "
                   "a trade blacklist weeks before the truce comes up for review\nListen to this article · 6 min\nGift Article\n312\n"
                   "By Rosa Achterberg and Marcus Pike\n"
                   "January 5, 2027\n\nThe Commerce Department on Monday widened its controls, officials said.\n\nMore "
                   "follows.\n")
    assert article.title == "Commerce widens chip curbs to the parts inside toolmakers"


def test_an_opinion_s_headline_of_two_sentences_in_title_case_under_its_program_label():
    article = text("Commentary\nTechnology & Trade Program\nThe Parts Rule Is Smart Policy. Its Allies Problem Is Not New.\n"
                   "January 14, 2027\nWritten by\nNathaniel Osei-Brandt\nSenior Fellow\n\nThe Commerce Department's new "
                   "rule reaches the parts inside chip tools, and that is the right target.\n\nAllies will object.\n")
    assert article.title == "The Parts Rule Is Smart Policy. Its Allies Problem Is Not New."


def test_a_writer_and_her_beat_without_a_comma_between_the_dek_and_the_date_under_the_masthead_s_date():
    article = text("The Southern Cross Review\nTuesday 12 January 2027\nMining\nRare earths\nBeijing's licence slowdown puts Australian magnet hopes back in play\nChinese "
                   "exporters of magnets say licence approvals have slowed since Washington's new chip rule.\nBridget "
                   "Nakamura-Walsh Resources reporter\nJan 12, 2027 – 5.00am\nSave\n\nChinese magnet exporters say approvals "
                   "have slowed sharply, traders said.\n\nShares rose.\n")
    assert article.author == "Bridget Nakamura-Walsh"
    assert not any("Nakamura-Walsh" in p for p in article.paragraphs)


def test_an_issue_number_and_its_byline_on_one_line_under_a_newsletter_s_masthead():
    article = text("Chokepoint Weekly #118: Parts, permits and a quiet licensing desk\nInbox\n\nChokepoint Weekly "
                   "<chokepoint@mail.chokepointweekly.com> Unsubscribe\nThu, Jan 14, 2027, 6:03 AM\nto me\n\nCHOKEPOINT "
                   "WEEKLY\nExport controls, supply chains and the US-China tech contest — every Thursday\nIssue #118 · By "
                   "Odile Marchetti-Rao\n\nChokepoint Weekly #118: Parts, permits and a quiet licensing desk\nHi all — "
                   "welcome back. It has been a busy first fortnight of 2027.\n\nOn January 5, BIS extended its controls to "
                   "parts, officials said.\n")
    assert article.author == "Odile Marchetti-Rao"
    assert article.title == "Chokepoint Weekly #118: Parts, permits and a quiet licensing desk"  # printed so over the text
    assert "Issue #118" in article.furniture


def test_a_paragraph_a_pdf_s_page_break_cuts_is_one_and_the_page_s_footer_is_furniture():
    wrapped = ("Client Alert\n11 January 2027\nBIS Extends Controls to Parts: What Exporters Need to Know\n\n"
               "On 5 January 2027, the US Department of Commerce's Bureau of Industry\n"
               "and Security published an interim final rule extending licence require-\n"
               "ments to 37 categories of parts and subsystems of chip tools when\n"
               "destined for China. The Rule takes effect on 4 February 2027 for\n"
               "most items and its scope is broad enough to reach EU exporters.\n\n"
               "As our colleague Mathilde Oyarzun noted at our December webinar, \"the\n\n"
               "Halvorsen Brandt LLP | Client Alert | 11 January 2027                         2\n\n"
               "compliance burden now sits with the parts supplier, not only the\n"
               "toolmaker,\" and suppliers should screen their customers again this\n"
               "month before the rule takes effect for most of their listed items.\n\n- 3 -\n\nContacts follow.\n")
    article = text(wrapped)
    assert any(p.startswith("As our colleague Mathilde Oyarzun noted at our December webinar, \"the compliance burden")
               for p in article.paragraphs)
    assert not any("Client Alert |" in p or p == "- 3 -" for p in article.paragraphs)
    assert "- 3 -" in article.furniture


def test_a_dateline_with_its_wire_s_code_in_brackets_is_no_part_of_the_lead():
    article = text("US adds 19 firms to trade blacklist\n\nWASHINGTON (LP) — The Commerce Department on Monday added 19 "
                   "companies to its Entity List, officials said.\n\nMore follows.\n")
    assert article.paragraphs[0].startswith("The Commerce Department on Monday")


def test_a_japanese_paper_s_photo_label_over_the_headline_is_a_caption():
    article = text("THE TOKAI SHIMBUN\nBUSINESS\nJanuary 21, 2027 at 17:40 JST\nPhoto/Illutration A rare-earth separation line "
                   "at a plant operated by Hibiki Materials in Kitakyushu on Jan. 14 (Takuya Hoshino)\nMETI to triple "
                   "rare-earth stockpile as China curbs loom over chip tools row\nBy KEIKO MORISHITA/ Staff Writer\n"
                   "KITAKYUSHU--Inside a humming warehouse, sealed drums of dysprosium oxide are stacked three high, "
                   "officials said.\n\nThe ministry will ask for more money.\n\n(This article was written by Keiko "
                   "Morishita and Ryota Ishiguro, a senior staff writer.)\n")
    assert article.title == "METI to triple rare-earth stockpile as China curbs loom over chip tools row"
    assert article.author == "Keiko Morishita and Ryota Ishiguro"  # the closing note names every writer


def test_a_staff_reporter_with_a_wire_s_help_and_a_senior_editor_with_her_desk():
    wired = text("Formosa Post\nTaiwanese parts suppliers caught in servicing ban\nBY LIN PEI-HUA / STAFF REPORTER, WITH TNA\n"
                 "Taiwanese makers of spare parts are scrambling to determine whether a new US rule applies to them, "
                 "suppliers said yesterday.\n\nThe rule takes effect in March.\n")
    assert wired.author == "Lin Pei-hua"
    edited = text("FabSupply Weekly\nMATERIALS\nGallium spot prices hit two-year high as Chinese export licences stall\n"
                  "European and US buyers report no new Chinese gallium licence approvals since the US servicing rule; "
                  "traders say Beijing is \"slow-walking\" paperwork\nRebecca Solano-Park, Senior Editor, Materials\n"
                  "29 January 2027\nSpot prices for gallium rose to $1,240 per kilogram this week, traders said.\n\nMore "
                  "follows.\n")
    assert edited.title == "Gallium spot prices hit two-year high as Chinese export licences stall"
    assert edited.author == "Rebecca Solano-Park"


def test_a_dutch_date_line_with_its_weekday_s_short_form():
    assert _header_date("do 28 jan 2027 • 06:00", REGISTRY.rules) == (2027, 1, 28)
    assert _header_date("Fr, 29. Januar 2027", REGISTRY.rules) == (2027, 1, 29)


def test_a_running_footer_without_a_date_printed_on_every_page_is_furniture():
    wrapped = ("Servicing Is the New Selling\n\n"
               "Chinese officials have treated the rule as an escalation. Foreign\n"
               "Ministry spokesperson Guo Jiakun said on January 20 that the United\n"
               "States is wrong about the rule and that China would take measures.\n"
               "Larchmont Center for Strategy and International Economics | Commentary   2\n"
               "What Beijing can do\n"
               "China's most obvious response is on the supply side of critical\n"
               "minerals, where its licensing regime covers gallium and germanium.\n"
               "Larchmont Center for Strategy and International Economics | Commentary   3\n"
               "Notes\n")
    article = text(wrapped)
    assert "What Beijing can do" in article.paragraphs  # (a heading of its own, not glued to the footer)
    assert not any("| Commentary" in p for p in article.paragraphs)


def test_a_site_s_name_and_tagline_over_its_clock_then_the_menu_then_the_headline():
    article = text("FabLine Insider\nSemiconductor supply chain news for procurement and policy professionals\nMonday, February "
                   "15, 2026\nNewsletters\nEvents\nNEWS\nPOLICY & TRADE\nBuyers brace for June jump in US tariffs on Chinese "
                   "legacy chips\nUSTR hearing draws calls for phase-in delay; distributors report 'pull-forward' orders\n"
                   "By Deborah Kline-Estrada, Senior Editor\nFebruary 12, 2026\nReprints\nWASHINGTON — U.S. distributors are "
                   "front-loading orders of Chinese-made legacy semiconductors ahead of a tariff increase, buyers said.\n\n"
                   "More follows.\n\nComments (3)\nJ. Patel\nFebruary 12, 2026 at 4:18 pm\nGood piece, Marta Lindholm-Reyes "
                   "would agree.\nReply\n")
    assert article.title == "Buyers brace for June jump in US tariffs on Chinese legacy chips"
    assert article.date == dt.date(2026, 2, 12)
    assert article.paragraphs[-1] == "More follows."  # the readers' comments are the page's


def test_an_update_s_day_under_the_headline_beats_the_masthead_s_clock_over_it():
    article = text("The Deccan Ledger\nSaturday, 13 February 2026\nMarkets\nCompanies\nElectronics exporters in Tamil Nadu see "
                   "windfall as US tariff gap with China widens\nNandini Subramaniam, Arjun Mehrotra\nUpdated: 08 Feb 2026, "
                   "11:05 PM IST\nCHENNAI: Electronics makers in Tamil Nadu are riding a surge in US orders, officials "
                   "said.\n\nMore follows.\n")
    assert article.date == dt.date(2026, 2, 8)


def test_a_share_sheet_s_line_then_a_web_copy_of_a_paragraph_a_line():
    lines = ["Penang chip firms tighten origin checks as US transshipment probe widens | The Malaya Mercury", "",
             "Shared from The Malaya Mercury app. Download for Android and iOS.", "", "BUSINESS",
             "Penang chip firms tighten origin checks as US transshipment probe widens", "By TAN SOOK YEE and HARVINDER KAUR",
             "Friday, 12 Feb 2027 7:00 AM MYT",
             "GEORGE TOWN: Semiconductor packaging and testing firms in Penang are hiring compliance officers and auditing "
             "their Chinese suppliers after US customs opened investigations.",
             "At least three US importers have received information requests from US Customs and Border Protection "
             "concerning integrated circuits, industry sources said.",
             "Under rules that took effect last year, goods found to have been transshipped to evade US duties face an "
             "additional 40% tariff, officials said.", "", "Related: Chip exports to US hit record in January"]
    article = text("\n".join(lines) + "\n")
    assert article.title == "Penang chip firms tighten origin checks as US transshipment probe widens"
    assert len([p for p in article.paragraphs if p.startswith(("GEORGE TOWN", "At least", "Under rules"))]) == 3


def test_a_law_firm_s_authors_listed_at_the_end_with_their_offices_and_addresses():
    article = text("CLIENT ALERT\nFebruary 9, 2027\nTreasury Finalizes Expanded Outbound Investment Rule\n\nOn February 5, "
                   "2027, the Treasury published a final rule expanding the outbound investment program, officials "
                   "said.\n\nThe rule takes effect on March 15, 2027.\n\nAuthors\nEleanor Vasquez-Thorne\nPartner, "
                   "Washington, D.C.\n+1 202 555 0143\nevasquezthorne@brackenridge.com\nDaniel Oyelowo-Marsh\nPartner, New "
                   "York\ndoyelowomarsh@brackenridge.com\n\nThis communication is provided for informational purposes only.\n")
    assert article.author == "Eleanor Vasquez-Thorne and Daniel Oyelowo-Marsh"
    assert not any("Vasquez-Thorne" in p for p in article.paragraphs)


def test_a_hearing_s_title_in_capitals_wrapped_at_a_preposition_over_its_roll_and_an_editor_s_note():
    article = text("UNOFFICIAL TRANSCRIPT — SUBJECT TO REVISION\nCOMMITTEE ON BANKING, HOUSING, AND URBAN AFFAIRS\n\n"
                   "STOPPING THE LEAK: ENFORCING EXPORT CONTROLS\nON ADVANCED CHIPS\n\nHEARING\n\nWEDNESDAY, FEBRUARY 10, "
                   "2027\n\nWitnesses: Hon. Jeffrey Kessler, Under Secretary of Commerce; Ms. Priyanka Venkataraman-Lowe,\n"
                   "Senior Fellow, Ledgerwood Center for Technology and Statecraft.\n\n[Excerpt: question period. Prepared "
                   "statements are available on the Committee website.]\n\nSenator HALVORSEN. Under Secretary, how many have "
                   "produced a penalty?\nMr. KESSLER. Senator, we have concluded six.\n")
    assert article.title == "STOPPING THE LEAK: ENFORCING EXPORT CONTROLS ON ADVANCED CHIPS"


def test_a_newsletter_s_numbered_subject_printed_again_over_its_dek():
    article = text("Chokepoint #112: Geneva, again\nInbox\n\nChokepoint <chokepoint@substack.com> Unsubscribe\nSun, Feb 14, "
                   "2027, 8:02 AM (1 day ago)\nto me\n\nChokepoint #112: Geneva, again\nThe talks are back on, the chip rule "
                   "is back in a drawer, and everyone is pretending the soybean numbers are fine\nMargaret Adeyemi-Koenig\n"
                   "Feb 14\n\nGood morning, and welcome to the new subscribers. There is a lot to get through.\n\nMore follows.\n")
    assert article.title == "Chokepoint #112: Geneva, again"



def test_writers_with_their_places_set_apart_by_semicolons_are_the_authors():
    article = text("TechFab Asia\nSemiconductors\nTaiwan tool-part suppliers scramble to map exposure to US subsystem rule\n"
                   "Irene Kuo, Taipei; Rhys Pemberton-Lau, TechFab Asia\nMonday 22 February 2026\n0\nTaiwan's makers of "
                   "vacuum pumps and valves are racing to work out their exposure, suppliers said.\n\nMore follows.\n")
    assert article.author == "Irene Kuo and Rhys Pemberton-Lau"


def test_a_wire_s_gallery_captions_and_summary_box_over_its_dateline_in_the_reader_s_zone():
    article = text("Business\nU.S., China agree 90-day 'bridge' to keep tariff truce alive after Geneva talks\nBy Marguerite "
                   "Oyelowo-Bates and Fang Zhiyuan\nFebruary 17, 2026 2:41 AM GMT+8 Updated 3 hours ago\nItem 1 of 2 U.S. "
                   "Treasury Secretary Scott Bessent speaks to the media in Geneva, Switzerland, February 16, 2026. "
                   "Harborline/Annika Sørbø-Lund\n[1/2]U.S. Treasury Secretary Scott Bessent speaks to the media in Geneva, "
                   "Switzerland, February 16, 2026. Harborline/Annika Sørbø-Lund Purchase Licensing Rights, opens new tab\n"
                   "Summary\nTruce that lapsed on Feb. 10 extended to May 17\nChina to keep gallium licensing but speed "
                   "approvals\nGENEVA, Feb 16 (Harborline) - The United States and China agreed on Tuesday to a 90-day "
                   "\"bridge\" that revives their lapsed tariff truce, officials said.\nMore follows from Geneva today.\n")
    assert article.date == dt.date(2026, 2, 16)  # the dateline's day: the page's clock is the reader's zone
    assert article.captions and all(c.credit == "Harborline/Annika Sørbø-Lund" for c in article.captions)
    assert "Purchase Licensing Rights, opens new tab" in article.furniture


def test_a_firm_s_authors_each_over_job_and_office_and_its_related_professionals_at_the_end():
    article = text("Insights\nClient Alert\nBIS Extends Controls to Subsystems: What Suppliers Need to Know\nFebruary 19, "
                   "2026\nDownload PDF\nShare\nAuthors\nRebecca Thornquist-Ade\nPartner\nWashington, D.C.\nHamid "
                   "Sarrafzadeh\nCounsel\nWashington, D.C.\nKey Takeaways\nOn February 18, 2026, BIS published an interim "
                   "final rule imposing license requirements on subsystems of chip tools.\nWe will continue to monitor "
                   "developments in this area closely for our clients.\nRelated Professionals\nRebecca Thornquist-Ade\nHamid "
                   "Sarrafzadeh\nTobias Whitlock-Nair\nThis communication is for general information only and does not "
                   "constitute legal advice. Attorney Advertising.\nPrivacy Notice\n")
    assert article.author == "Rebecca Thornquist-Ade and Hamid Sarrafzadeh"
    assert not any("Whitlock-Nair" in p or p == "Related Professionals" for p in article.paragraphs)


def test_a_shared_link_s_tab_title_over_the_printed_headline_and_a_hearing_s_kind_under_its_title():
    shared = text("India's LED makers eye relief as China pledges faster gallium licences | Business Sentinel\n"
                  "https://www.businesssentinel.in/industry/indias-led-makers-eye-relief/articleshow/118204467.cms\n\nSent "
                  "from my iPhone\n\nBusiness Sentinel\nE-Paper\nSign In\nIndustry\nElectronics\nIndia's LED makers eye relief as "
                  "China pledges faster gallium licences\nSynopsis\nIndian makers of LEDs have paid two to three times "
                  "pre-2023 prices for gallium. A 30-day licence window could ease that.\nRitika Bhalla-Menon\nETBS "
                  "Bureau\nLast Updated: Feb 24, 2026, 12:05:00 AM IST\nPublished: Feb 23, 2026, 11:48:00 PM IST\nListen "
                  "to this article\n3 min read\nIndian electronics component makers are hoping China's promise to clear "
                  "gallium licences within 30 working days will ease a supply squeeze, executives said.\nThe pledge was "
                  "part of a 90-day bridge agreed between the US and China in Geneva last week, officials said.\n")
    assert shared.title == "India's LED makers eye relief as China pledges faster gallium licences"
    hearing = text("United States Senate Committee on Finance\nHome\nHearings\nHome › Hearings\nThe President's 2026 Trade "
                   "Policy Agenda\nFull Committee Hearing\nDate: Wednesday, February 25, 2026\nTime: 10:00 AM\nLocation: 215 "
                   "Dirksen Senate Office Building\n\nThe CHAIRMAN. The committee will come to order.\n")
    assert hearing.title == "The President's 2026 Trade Policy Agenda"


def test_a_contact_line_for_reporter_and_editor_is_boilerplate():
    article = text("Domestic toolmakers see opening as US targets spare parts\nBy Zhao Xinyue\n\nChinese toolmakers see an "
                   "opening, executives said.\n\nMore follows.\n\nContact reporter Sun Haoran (haoransun@lanting.cn) and "
                   "editor Hannah Pellegrini (hannahpellegrini@lanting.cn)\n")
    assert not any("Pellegrini" in p for p in article.paragraphs)


def test_an_alert_s_practice_area_is_no_byline_and_its_title_wraps_over_three_lines_over_a_blank():
    wrapped = ("Client Alert\nHallbrook Tierney LLP\n\nInternational Trade & National Security\nMarch 24, 2026\n\n"
               "Treasury Proposes to Expand Outbound\nInvestment Rules to Quantum Sensing\nand AI Model Developers\n\n"
               "By Rebecca Antonelli-Shaw, Marcus Oyelowo\nand Ines Kastner-Doyle\n\n"
               "On March 23, 2026, the U.S. Department of the Treasury's\nOffice of Investment Security published a notice of\n"
               "proposed rulemaking (the \"Proposed Rule\") that would\nbroaden the Outbound Investment Security Program\n"
               "established under Executive Order 14105. Comments are due\nby May 7, 2026.\n\nKey Takeaways\n\n"
               "• The Proposed Rule would add quantum sensing systems and\n  developers of AI models trained above a lower compute\n"
               "  threshold to the list of \"covered activities.\"\n• Limited partner investments in non-U.S. funds would lose\n"
               "  the current de minimis exception where the fund's China\n  exposure exceeds 20 percent.\n")
    article = text(wrapped)
    assert article.title == "Treasury Proposes to Expand Outbound Investment Rules to Quantum Sensing and AI Model Developers"
    assert article.author == "Rebecca Antonelli-Shaw, Marcus Oyelowo and Ines Kastner-Doyle"


def test_writers_joined_by_the_page_s_own_word_for_and_and_an_avatar_s_name_over_the_reporter_line():
    dutch = text("ECONOMIE · CHIPS\nDutch cabinet weighs joining US curbs on chip-machine parts\nThe Hague is under pressure to "
                 "match a new American rule on components.\n\nMarloes van der Heijden en Bram Oosterhuis\n26 maart 2026, "
                 "06:00\n\nIn a hall on the outskirts of Eindhoven, suppliers fear a slow bleed, executives said.\n\nMore "
                 "follows.\n")
    assert dutch.author == "Marloes van der Heijden and Bram Oosterhuis"
    korean = text("Tech\nKorean chipmakers seek waiver for parts shipments to China plants\nChipmakers say the new US rule "
                  "threatens maintenance at Xi'an, Wuxi lines\nYoon Da-hye\nReporter Yoon Da-hye yoondh@hankyeong.co.kr\n"
                  "Input 2026.03.21 17:02\n\nKorean chipmakers asked Washington for a waiver, officials said.\n\nMore follows.\n")
    assert korean.title == "Korean chipmakers seek waiver for parts shipments to China plants"


def test_a_title_wrapped_over_four_lines_its_last_word_alone_over_the_byline():
    wrapped = ("CLIENT ALERT\nApril 5, 2026\nBIS Extends the Foreign Direct\nProduct Rule to Subsystems of\nSemiconductor "
               "Manufacturing\nEquipment\nBy Priya Ramaswamy-Cole, Otto Brandt and Felicity Nakamura\n"
               "On April 1, 2026, the U.S. Department of Commerce's Bureau\nof Industry and Security (\"BIS\") published an "
               "interim final\nrule (the \"Subsystems Rule\") that extends the foreign direct\nproduct (\"FDP\") rule to "
               "certain subsystems, components and\nspare parts of semiconductor manufacturing equipment\n(\"SME\") produced "
               "outside the United States. The rule is\neffective immediately, with a 30-day delayed compliance\ndate for "
               "transactions already under contract.\n")
    article = text(wrapped)
    assert article.title == "BIS Extends the Foreign Direct Product Rule to Subsystems of Semiconductor Manufacturing Equipment"


def test_news_of_a_vice_premier_closing_a_wire_story_is_no_author_s_bio():
    article = text("China firmly opposes U.S. expansion of chip tool export curbs\nSource: Huaxia\n2026-04-03 21:37:52\n\n"
                   "BEIJING, April 3 (Huaxia) -- China's Ministry of Commerce on Saturday voiced firm opposition to a U.S. "
                   "rule, officials said.\n\nVice Premier He Lifeng is expected to lead the Chinese delegation to the London "
                   "consultations, according to earlier announcements.\n")
    assert article.author == ""


def test_a_summary_label_between_the_headline_and_its_dek_and_a_first_published_stamp_with_its_colon():
    article = text("MarketMint Daily\nHome / Industry / Manufacturing\nRare-earth squeeze: Three Indian firms get incentives "
                   "to make magnets at home\nSummary\nThe ₹7,280 crore scheme picks its first winners as Chinese licences "
                   "remain slow\nAnanya Krishnamurthy, Rohit Bhalerao\nUpdated 30 Apr 2026, 07:15 AM IST\nNEW DELHI: The "
                   "Ministry of Heavy Industries on Tuesday named three companies as the first beneficiaries, officials "
                   "said.\nThe selection comes as automakers wait weeks for licences.\n(Photo: MarketMint)\nFirst Published: "
                   "29 Apr 2026, 10:52 PM IST\n")
    assert article.title == "Rare-earth squeeze: Three Indian firms get incentives to make magnets at home"
    assert article.date == dt.date(2026, 4, 29)


def test_a_broadcast_script_s_cues_its_watch_link_and_its_reporter_s_sign_off_are_no_part_of_the_text():
    article = text("Battery makers stockpile graphite as licence delays stretch\nBy Park Ji-won\n\n▶ Watch: HBN News 9, "
                   "March 11\n\n[Anchor Lead]\n\nKorean battery makers are racing to build up graphite inventories as "
                   "licences take longer.\n\n[Pkg]\n\nA logistics warehouse in Pyeongtaek is stacked to the ceiling.\n\n"
                   "Battery makers hope for any signal that the queue will shorten.\n\nPark Ji-won, HBN News.\n")
    assert article.paragraphs[0].startswith("Korean battery makers")
    assert article.paragraphs[-1] == "Battery makers hope for any signal that the queue will shorten."
    assert not any(p.startswith(("[", "▶")) for p in article.paragraphs)
    unsigned = text("Battery makers stockpile graphite\n\nKorean battery makers are racing to build up inventories as licences "
                    "take longer.\n\nBattery makers hope the queue will shorten.\n\nLin Yu-ting, CTV News, Taipei.\n")
    assert unsigned.author == "Lin Yu-ting" and unsigned.paragraphs[-1] == "Battery makers hope the queue will shorten."


def test_where_the_writers_are_under_their_byline_and_a_byline_after_a_bullet():
    article = text("Economy/ Global Economy\nUS-China trade talks: Beijing signals rare-earth licences on table\nChinese "
                   "negotiators are prepared to fast-track licences, sources say\nKwok Yan-ting and Frederik Albrechtsen\n"
                   "in Beijing and Washington\nPublished: 9:30pm, 14 May 2026\nBeijing is ready to speed up export licences "
                   "for rare-earth magnets, according to two people briefed on the Chinese position.\n")
    assert article.title == "US-China trade talks: Beijing signals rare-earth licences on table"
    assert article.author == "Kwok Yan-ting and Frederik Albrechtsen"
    bulleted = text("Business\nRegulator delays ruling on Ruixin's Nanjing fab upgrade\n‧ By Tseng Pei-chun / Staff reporter\n"
                    "2026/05/08 03:00\nRuixin Semiconductor's plan to upgrade its Nanjing fab has been put on hold, officials "
                    "said on Friday.\n")
    assert bulleted.author == "Tseng Pei-chun"


def test_a_writer_s_name_alone_between_the_dek_and_the_picture_over_the_dateline():
    article = text("Exporters brace for US audits as transshipment tariff takes effect\nWednesday, 12/5/2026 | 14:20 GMT+7\n"
                   "Vietnamese exporters are tightening supplier records ahead of US customs audits, as a tariff begins to "
                   "bite.\nNguyễn Thị Minh Hằng\nWorkers assemble circuit boards in Bắc Ninh. Photo: Lâm Khánh/SET\nHÀ NỘI — "
                   "Vietnamese exporters are reorganising their supply chains, industry associations said on Tuesday.\n")
    assert article.author == "Nguyễn Thị Minh Hằng"
    assert "Nguyễn Thị Minh Hằng" not in article.paragraphs


def test_a_newswire_s_source_line_ends_the_release_and_each_contact_under_it_goes_with_it():
    article = text("Corvane Lowers Outlook Following New Export Rule\n\nSAN JOSE, Calif., May 7, 2026 -- Corvane Instruments "
                   "lowered its revenue outlook on Thursday, the company said.\n\nThe company expects revenue of $410 million."
                   "\n\nInvestor Contact:\n\nMarisol Ekwueme-Tran\n\nir@corvane.com\n\n+1 408 555 0192\n\nMedia Contact:\n\n"
                   "Daniel Oyelaran-Pike\n\npress@corvane.com\n\nSOURCE Corvane Instruments, Inc.\n\nWANT YOUR COMPANY'S NEWS "
                   "FEATURED ON PRWIRE?\n\n440k+ Newsrooms & Influencers\n\nGET STARTED\n")
    assert article.paragraphs[-1] == "The company expects revenue of $410 million."
    assert "SOURCE Corvane Instruments, Inc." in article.furniture


def test_an_archive_s_month_over_the_release_s_day_and_writers_a_line_each_with_their_jobs_under_the_dek():
    article = text("Press Releases\nMay 2026\nUSTR Announces Section 301 Tariff Rate on Chinese Legacy Semiconductors\nMay 28, "
                   "2026\nWASHINGTON – United States Trade Representative Jamieson Greer today announced that the tariff will "
                   "increase.\n")
    assert article.date == dt.date(2026, 5, 28)
    carded = text("COMMENTARY\nEurope is screening the wrong end of the chip supply chain\nWhile Washington and Beijing bargain "
                  "over magnets, the EU's revised screening rules still look mainly at who buys European firms, not at what "
                  "those firms sell.\nElżbieta Kowalczyk-Berger, Senior Fellow, Geoeconomics Programme\nJonas Verhaegen, "
                  "Research Assistant\nReading time: 7 min\nThe six-month extension agreed in Geneva is good news for "
                  "European carmakers.\n")
    assert carded.author == "Elżbieta Kowalczyk-Berger and Jonas Verhaegen"
    assert not any("Research Assistant" in p for p in carded.paragraphs)


def test_each_list_of_headlines_under_its_label_closes_the_page():
    article = text("Geneva talks extend rare earth truce\n\nBy Marisol Okafor-Briggs\n\nThe two sides agreed to extend the "
                   "truce by six months, officials said on Friday.\n\nSoybean traders said Chinese buying had slowed.\n\n"
                   "MORE IN BUSINESS\n\nWisconsin foundry adds 200 jobs as defense orders climb\n\nSoybean basis narrows on "
                   "hopes of renewed Chinese buying\n\nMost Read\n\n1. Lake Shore Drive lane closures begin Tuesday\n\n"
                   "2. Review: a new steakhouse in Fulton Market\n")
    assert article.paragraphs[-1] == "Soybean traders said Chinese buying had slowed."


def test_bylines_a_korean_name_alone_a_reporter_and_an_editor_and_names_in_capitals_over_their_jobs():
    korean = text("HOME > BUSINESS > INDUSTRY\nChipmakers' China plants get one-year reprieve on U.S. HBM rule\nPosted : "
                  "2026-06-02 17:20\nSong Ji-hoon\nFont size: A+ A-\nKorea's two largest memory makers will be allowed to "
                  "keep shipping equipment to their plants in China, the industry ministry said.\n")
    assert korean.author == "Song Ji-hoon"
    edited = text("Business News\nUS Tariff Rule On Chinese Parts Could Hit India's Assembly Boom, Say Exporters\nUnder the "
                  "draft rule, a product assembled in a third country would be treated as Chinese for tariff purposes if "
                  "Chinese parts make up more than 40 per cent of its value.\nReported by Aditi Raghavan, Edited by Karan "
                  "Mehta-Sood\nShare\nNew Delhi: Indian electronics exporters warned on Friday that the rule would hurt "
                  "them.\n")
    assert edited.author == "Aditi Raghavan"
    capitals = text("Business / Materials\nJapan bets on recycling to blunt China's gallium squeeze\nJUNE 1, 2026 17:42 JST\n"
                    "KENTARO ISHIBASHI\nStaff writer\nMIO FUKAZAWA\nNikkan business desk\nSave\nJapanese trading houses "
                    "are scrambling for scrap gallium, executives said on Monday.\n")
    assert capitals.author == "Kentaro Ishibashi and Mio Fukazawa"


def test_a_share_sheet_s_check_out_line_is_no_headline():
    article = text("Check out this article from The Seoul Economic Review:\nKorean chipmakers seek waiver as US servicing rule "
                   "hits China plants\nhttps://m.ser.co.kr/english/article/view/20260619000418\n\nKorea's two largest memory "
                   "chipmakers have asked Washington to exempt their Chinese factories, officials said.\n")
    assert article.title == "Korean chipmakers seek waiver as US servicing rule hits China plants"


def test_a_clock_under_the_date_a_credit_after_a_dash_and_a_writer_s_name_alone_at_the_end():
    article = text("Business News\nThursday, 08 Jul 2026\n7:05 AM MYT\nGovt widens strategic trade permits to cover chip test "
                   "services\nby ELAINE CHONG and HAFIZ ISMAIL\nChip packaging facilities in Penang. Exporters say the rules "
                   "could add weeks to some shipments. — Filepic\nPETALING JAYA: Malaysia will require strategic trade permits "
                   "for testing AI chips, the ministry said.\n\nThe move follows a US request.\n\nOfficials declined to "
                   "comment further.\n")
    assert article.title == "Govt widens strategic trade permits to cover chip test services"
    assert article.author == "Elaine Chong and Hafiz Ismail"
    assert article.paragraphs[0].startswith("PETALING JAYA:")
    signed = text("Customs steps up origin checks as US tariff looms\n\nVietnam's customs authority said on Wednesday it "
                  "would inspect more shipments.\n\nThe move follows a notice last month, officials said.\n\nThanh Lam\n\n"
                  "Tags: transshipment, tariff, customs\n")
    assert signed.author == "Thanh Lam" and signed.paragraphs[-1] == "The move follows a notice last month, officials said."


def test_an_e_mail_subject_that_cuts_the_headline_short_names_it_over_the_newsletter_s_tagline():
    article = text("From: ChipPolicy Insider <newsletter@chippolicyinsider.com>\nSent: Monday, July 12, 2026 6:00 AM\nSubject: "
                   "ChipPolicy Insider | BIS eyes Malaysian units of Chinese design houses\n\nView in browser\nCHIPPOLICY "
                   "INSIDER\nMonday, July 12, 2026 | Vol. 6, No. 27\nYour weekly read on semiconductor trade and export policy"
                   "\n\nBIS eyes Malaysian units of Chinese design houses as subsystem rule draws fire\n\nBy Gwen Albrecht\n\n"
                   "The Commerce Department is preparing to add nine companies to its entity list, people said.\n")
    assert article.title == "BIS eyes Malaysian units of Chinese design houses as subsystem rule draws fire"


def test_bylines_with_the_paper_s_staff_after_them_and_a_korean_reporter_s_job_after_the_name():
    staff = text("Technology > Semiconductors\nJapan's resist makers brace for U.S. curbs\n2026/07/19 18:45 (JST)\nKazuhiro "
                 "Tominaga and Ayaka Sugimoto, Tokai Keizai staff writers\nCopy link\nTokyo chemical makers said on Monday they "
                 "were preparing for new rules, officials said.\n")
    assert staff.author == "Kazuhiro Tominaga and Ayaka Sugimoto"
    korean = text("[Exclusive] Daehan told U.S. VEU status for China fabs will be renewed\nPosted : 2026-07-23 15:20\nShin "
                  "Ji-hoon reporter\nDaehan Semicon will keep its status, people familiar with the matter said on Friday.\n")
    assert korean.author == "Shin Ji-hoon"


def test_a_newsletter_s_own_day_under_the_mail_s_and_a_government_banner_and_a_spokesperson_s_line_still_no_text():
    singapore = text("A Singapore Government Agency Website How to identify\nOfficial website links end with .gov.sg\n"
                     "Ministry of Trade and Industry\nNewsroom\nOral Reply by Minister of State Tan Pei Shan to Parliamentary "
                     "Questions on Export Controls\n26 Jul 2026\nSingapore takes its export control obligations seriously, "
                     "the minister said.\n")
    assert singapore.title == "Oral Reply by Minister of State Tan Pei Shan to Parliamentary Questions on Export Controls"
    forwarded = text("From: Felix Marchetti-Obi from The Chokepoint <chokepoint@substack.com>\nSent: Wednesday, 28 July 2026 "
                     "08:04\nTo: Reyes, Marta <m.reyes@haldenpartners.com>\nSubject: The license nobody will talk about\n\n"
                     "The license nobody will talk about\nFelix Marchetti-Obi\nJul 27\nGood morning from a humid Washington. "
                     "This week's issue is long because the news was, and here is why it matters.\n")
    assert forwarded.date == dt.date(2026, 7, 27)
    spoken = text("Regular Press Conference of the Ministry of Commerce (July 22, 2026)\n\nSpokesperson: He Yadong\n\nHe Yadong: "
                  "Good afternoon. Let me start with a brief announcement about this week's talks.\n")
    assert "Spokesperson: He Yadong" not in spoken.paragraphs


def test_a_byline_with_its_date_run_on_before_the_clock_s_cell():
    article = text("Business\nVietnam tightens origin checks as US transshipment tariff bites\nBy Nguyen Thi Lan Anh   August 12, "
                   "2026 | 07:30 pm GMT+7\nVietnam will require exporters to submit full supplier lists from next month, the "
                   "ministry said on Thursday.\n")
    assert article.author == "Nguyen Thi Lan Anh"
    assert article.date == dt.date(2026, 8, 12)


def test_a_magazine_s_end_mark_and_its_pointer_to_the_print_edition_close_the_text():
    article = text("Parts unknown\n\nMexico's factories are filling up with Chinese parts, officials said on Monday.\n\nThe risk, as "
                   "Ms Benavides puts it, is \"Chinese supply chains with a Mexican address\".■\n\nDiscover stories from this "
                   "section and more in the list of contents\n")
    assert article.paragraphs[-1].endswith("with a Mexican address\".")


def test_a_committee_s_members_under_its_hearing_record_sign_nothing():
    article = text("Oversight of Export Control Enforcement\n\nTuesday, September 14, 2026\n\nSenator OKONKWO-BELL. What guidance "
                   "will companies get, and when?\n\nMr. KESSLER. No rule closes every loophole. This one makes it more "
                   "expensive to use a front company.\n\nThe committee adjourned at noon.\n\n[Transcript continues]\n\nSenator "
                   "Harlow Brandt, Chairman\nSenator Corinne Okonkwo-Bell\n")
    assert article.author == ""


def test_a_byline_at_the_end_run_together_with_the_page_s_lines():
    korean = text("Hanwool gets another year for China fabs\n\nHanwool Memory will keep shipping tools to its China fab, "
                  "officials said on Monday.\n\nShares of Daesung rose 2.1 percent on Monday.\n\nThis article was originally "
                  "written in Korean and translated with the help of AI tools.\nBY PARK JI-WOO, LEE DA-IN "
                  "[park.jiwoo@hanbitdaily.co.kr]\nRelated Article\nKorean chip exports hit record in June\n")
    assert korean.author == "Park Ji-woo and Lee Da-in"
    tagged = text("Customs steps up origin checks as US tariff looms\n\nVietnam's customs authority said on Wednesday it "
                  "would inspect more shipments.\n\nThe move follows a notice last month, officials said.\n\nThanh Lam\nTags: "
                  "transshipment, tariff, customs\nBack to top\n© 2026 VietPulse. All rights reserved.\n")
    assert tagged.author == "Thanh Lam"


def test_writers_a_line_each_with_their_follow_buttons_after_a_by_alone():
    article = text("Geneva Round Ends With Chip Truce Intact but No Deal on Export Curbs\nNegotiators agreed to meet again in "
                   "October, while Beijing pressed Washington to roll back its newest restrictions\nBy\nGrace Liang\nFollow\n"
                   "and\nTobias Wendt\nFollow\nUpdated Aug. 17, 2026 9:52 pm ET\nShare\nGENEVA—U.S. and Chinese negotiators "
                   "ended two days of talks on Monday, officials said.\n")
    assert article.author == "Grace Liang and Tobias Wendt"


def test_a_byline_with_its_desk_under_the_lead_and_a_firm_s_related_professionals_label():
    article = text("Japanese toolmakers weigh US parts rule as Tokyo stays silent\nServicing revenue from China at risk for "
                   "equipment suppliers\nTOKYO -- Japan's chip equipment makers are reviewing service contracts in China after "
                   "a new U.S. rule, executives said.\nHIROKI NAKAGAWA and SATOMI ARAKI, Tokai Keizai staff writers\nOctober 9, "
                   "2026 05:00 JST\nChina remained the largest market for Japanese chip equipment in the quarter.\n")
    assert article.author == "Hiroki Nakagawa and Satomi Araki"
    firm = text("Client Alert\nBIS Expands Semiconductor Controls to Spare Parts and Servicing: Key Takeaways\nOctober 7, 2026\n"
                "Related Professionals\nHelena Strand\nPartner\nWashington, D.C.\nTobias Reinholt\nCounsel\nWashington, D.C.\n"
                "Print\n\nOn October 5, the Commerce Department issued an interim final rule, the firm said.\n")
    assert firm.author == "Helena Strand and Tobias Reinholt"


def test_a_newsletter_s_housekeeping_paragraph_asking_forwarded_readers_to_sign_up_is_no_text():
    article = text("Malaysia's transit permits\n\nWelcome to the 93 new subscribers who joined since last week, most of you, I "
                   "gather, from the trade association's mailing list. If someone forwarded you this email, you can sign up "
                   "below.\n\nThree weeks ago Malaysia quietly started requiring a transit permit for advanced chips, officials "
                   "said.\n")
    assert article.paragraphs[0].startswith("Three weeks ago")


def test_a_pdf_title_in_title_case_wrapped_as_wide_as_its_text_over_a_wrapped_byline_and_the_firm_s_contacts():
    wrapped = ("On September 16, 2027, the Bureau of Industry and\n"
               "Security of the U.S. Department of Commerce published\n"
               "an interim final rule expanding the Export\n"
               "Administration Regulations to cover certain memory\n"
               "items and semiconductor packaging equipment. The\n"
               "rule takes effect on October 1, 2027, with a limited\n"
               "savings clause for items already en route to buyers.\n")
    article = text("CLIENT ALERT\nHarrowfield & Quist LLP\nSeptember 20, 2027\nBIS Extends Controls to High-Bandwidth Memory and\n"
                   "Advanced Packaging Equipment: What Exporters Need to\nKnow Before October 1\nBy Eleanor Vasquez-Brandt, "
                   "Thomas R. Ingersoll and\nNaomi Achterberg\n" + wrapped + "Contacts\nEleanor Vasquez-Brandt, Partner, "
                   "Washington, D.C.\nThomas R. Ingersoll, Counsel, Washington, D.C.\nNaomi Achterberg, Associate, Amsterdam\n"
                   "1 90 Fed. Reg. 71,204 (Sept. 16, 2027).\n")
    assert article.title == ("BIS Extends Controls to High-Bandwidth Memory and Advanced Packaging Equipment: What Exporters "
                             "Need to Know Before October 1")
    assert split_names(article.author) == ("Eleanor Vasquez-Brandt", "Thomas R. Ingersoll", "Naomi Achterberg")
    assert not any("Counsel, Washington" in p for p in article.paragraphs)
    assert "Thomas R. Ingersoll, Counsel, Washington, D.C." in article.furniture


def test_a_newsletter_forwarded_from_gmail_takes_its_forwarded_subject_and_date():
    article = text("Fwd: Magnet licences: who's in, who's out\nInbox\nDee Castellanos <d.castellanos@norvale.example>\n"
                   "Sat, Dec 18, 9:14 AM (2 days ago)\nto me, procurement-team\nFYI, see item 2, our supplier is in there.\n\n"
                   "Dee\n\n---------- Forwarded message ---------\nFrom: The Oxide Brief <brief@oxidebrief.example>\n"
                   "Date: Fri, Dec 17, 2025 at 6:02 AM\nSubject: Magnet licences: who's in, who's out\nTo: <d@norvale.example>\n\n"
                   "View this email in your browser\nTHE OXIDE BRIEF\nCritical minerals, briefly.\nFriday 17 December 2025 | "
                   "Issue 88\nBy Hollis Brandt\nGood morning. One week after Kuala Lumpur, the first names are appearing on "
                   "China's general-licence lists, and they tell you a lot about how Beijing intends to run the new system.\n\n"
                   "China's Ministry of Commerce on Thursday published the first batch of exporters approved to ship magnets.\n")
    assert article.title == "Magnet licences: who's in, who's out"
    assert article.date == dt.date(2025, 12, 17)


def test_a_translated_wechat_post_its_original_mark_over_the_account_and_its_clock_with_a_place():
    article = text("After Kuala Lumpur: Is the 120 days a window or a trap for domestic equipment makers?\nOriginal Ma Yunfei Chip "
                   "Outpost\nChip Outpost\nWeChat ID: xinpian_qianshao\nDecember 12, 2025 08:06 Beijing\nListen to the full text\n\n"
                   "On December 10, the China-US economic and trade consultation in Kuala Lumpur reached a framework consensus, "
                   "officials said.\n\nFor domestic wafer fabs, this means foreign equipment makers can resume maintenance.\n")
    assert article.title.endswith("equipment makers?")
    assert article.author == "Ma Yunfei"
    assert article.date == dt.date(2025, 12, 12)


def test_a_byline_from_a_city_a_writer_over_her_follow_button_an_hours_sign_and_a_podcast_s_host():
    brazil = text("TRIBUNA DO CERRADO\nMining\nGoiás rare-earth miner signs U.S.-backed offtake as Washington and Beijing meet\n"
                  "Mineração Pirenópolis will ship carbonate to a refinery in Texas from 2029; company says Chinese buyers were "
                  "\"not excluded\"\nBy Mariana Coutinho, from Goiânia\n09/12/2025 - 07h15 | Updated 09/12/2025 - 11h02\n\n"
                  "A rare-earth mining company in northern Goiás signed an agreement on Wednesday to sell most of its future "
                  "output to a refinery in the United States.\n")
    assert brazil.title.startswith("Goiás rare-earth miner")
    assert brazil.author == "Mariana Coutinho"
    hong_kong = text("HONG KONG MERCURY\nBusiness / Global Economy\nHong Kong traders scramble after US blacklists 11 city firms\n"
                     "Industry groups warn of collateral damage as Washington's latest additions land on small distributors\n"
                     "Why you can trust HK Mercury\nListen\nOphelia Ng\n+ FOLLOW\nand\nVincent Kwok\n+ FOLLOW\nPublished: "
                     "9:45am, 2 Dec 2025\n\nHong Kong electronics traders spent Thursday morning combing through customer "
                     "lists after the United States added 11 companies, officials said.\n")
    assert hong_kong.title.startswith("Hong Kong traders scramble")
    assert split_names(hong_kong.author) == ("Ophelia Ng", "Vincent Kwok")
    mexico = text("EL MIRADOR ECONÓMICO\nInterview\nLucía Arreola: Mexico will not be Asia's back door to the U.S. market\n"
                  "Rodrigo Salcedo Ibarra\n07 dic 2025 - 19:40 h\nEscuchar nota\n\nTwo days before negotiators sit down in Kuala "
                  "Lumpur, the woman who runs Mexico's trade negotiations is careful, officials said.\n")
    assert mexico.date == dt.date(2025, 12, 7)
    podcast = text("WAFER THIN\nEpisode 148\nThe Kuala Lumpur framework, decoded\nDecember 13, 2025 · 41 min\nHosted by Nadia "
                   "Ferreira-Holt\nListen on Spotify\n\nNegotiators from Washington and Beijing left Kuala Lumpur on Friday with a "
                   "framework that extends the tariff truce to April, officials said.\n")
    assert podcast.author == "Nadia Ferreira-Holt"


def test_a_committee_s_heading_its_kind_before_the_inquiry_s_name_a_day_with_its_month_between_dots_and_an_analyst_s_cfa():
    hearing = text("UK Parliament\nCommittees\nBusiness and Trade Committee\nInquiry\nEconomic security and export controls\n"
                   "Oral evidence\nBusiness and Trade Committee\nOral evidence: Economic security and export controls\nHC 318\n"
                   "Wednesday 15 December 2025\n\nQ112 Chair: Good morning. Thank you all for coming, and welcome to the "
                   "committee's session on export controls, which we are holding today.\n")
    assert hearing.title == "Oral evidence: Economic security and export controls"
    brazil = text("Diário do Cerrado\nMining\nBrazil courts US and Chinese money for Goiás rare earths as magnet truce holds\n"
                  "Ana Beatriz Fontoura Leal\nBrasília\n18.nov.2025 às 17h42\n\nThe federal government is stepping up talks "
                  "with American and Chinese investors over rare-earth projects in Goiás, officials said.\n")
    assert brazil.date == dt.date(2025, 11, 18)
    note = text("Asia Pacific Equity Research\n16 November 2025\nIndustry Update\nPhu Quoc truce: a relief rally, not a regime "
                "change\nKestrel Harbour Securities\nWendy Cheung, CFA\n(852) 2968 1123\nwendy.cheung@kestrelharbour.example\n"
                "Kestrel Harbour Securities (Hong Kong) Limited\nArjun Ratnam\n(65) 6418 2270\narjun.ratnam@kestrelharbour.example\n"
                "Kestrel Harbour Securities (Singapore) Pte. Ltd.\n\nThe 12 November understanding delays, rather than reverses, "
                "the two measures that hit our coverage hardest, officials said.\n")
    assert split_names(note.author) == ("Wendy Cheung", "Arjun Ratnam")


def test_a_post_quoting_a_wire_story_is_dated_by_the_quoted_dateline():
    article = text("r/semiconductors\nPosted by u/etch_and_sketch\n5 hr. ago\nCommerce formally publishes the 120-day pause on "
                   "the chip-tool parts rule\nPaywalled on most sites so pasting the key bits from the wire story. Read the last "
                   "part.\n\n> WASHINGTON, Nov 16 (Tidewater) - The U.S. Commerce Department on Thursday formally suspended "
                   "enforcement of its rule on spare parts, effective until April 15, 2026.\n\n> The notice is to be published "
                   "in the Federal Register on Friday, officials said.\n", name="t.txt")
    assert (article.date.month, article.date.day) == (11, 16)


def test_an_earnings_call_copied_with_no_blank_line_a_thread_s_first_post_a_broadcast_slot_and_a_byline_s_city_in_brackets():
    call = text("Halvorsen Process Systems, Inc. (HLVP) Q4 2025 Earnings Call Transcript\nFeb. 16, 2025 10:41 PM ET\n"
                "Company Participants\nMarit Sandvik - Vice President, Investor Relations\nErik Lund - President and Chief "
                "Executive Officer\nOperator\nGood afternoon, and welcome to the Halvorsen Process Systems fourth quarter call "
                "today.\nMarit Sandvik\nThank you, operator, and good afternoon, everyone. With me today is our chief executive "
                "Erik Lund.\nErik Lund\nThanks, Marit. Let me start with the obvious question, which is China, and then the "
                "quarter.\nOperator\nOur first question comes from the line of Priya Natarajan with Cobalt Ridge Securities.\n"
                "Erik Lund\nWe expect the China share of revenue to fall below a fifth of the total next year.\n")
    assert sum(p.startswith("Erik Lund: ") for p in call.paragraphs) == 2
    thread = text("Unspool\nThread by @tvance_trade\nTheodora Vance\n@tvance_trade\nFeb 25, 2025 • 13 posts • 4 min read\n"
                  "Read on X\n\n1/ What the \"Singapore statement\" actually says — US and Chinese texts side by side 🧵\n\n"
                  "I've read both versions now, and they are not the same document, officials said.\n")
    assert thread.title == "What the \"Singapore statement\" actually says — US and Chinese texts side by side"
    assert thread.date == dt.date(2025, 2, 25)
    broadcast = text("US-China Truce Extended To August; Chip Stocks Rally; Interview With Former Official Lena Marsh-Okoro. "
                     "Aired 4-5p ET\nAired February 24, 2025 - 16:00 ET\n\nDANA KIRKWOOD, MBN ANCHOR: Good afternoon. The "
                     "United States and China have extended their truce, officials said.\n")
    assert broadcast.title.endswith("Lena Marsh-Okoro")
    paper = text("LE QUOTIDIEN DES AFFAIRES\nGallium: European producers get a reprieve, but buyers stay wary\nBy Camille "
                 "Lefèvre and Antoine Moreau-Dubois (in Brussels)\n\nAt the alumina refinery in Gardanne, the small gallium "
                 "recovery unit has been running at full capacity for a fortnight, officials said.\n")
    assert split_names(paper.author) == ("Camille Lefèvre", "Antoine Moreau-Dubois")
    portal = text("Vantage Finance\nChina adds US test-equipment maker to its unreliable entity list\nThu, February 10, 2025 at "
                  "10:52 PM EST\n\nBEIJING, Feb 11 (Lodestar) - China's commerce ministry on Friday added a US maker of chip "
                  "test equipment to its unreliable entity list, officials said.\n")
    assert portal.date == dt.date(2025, 2, 11)


def test_a_column_s_syndicate_after_its_byline_and_a_printed_page_s_address_in_its_footer():
    column = text("OPINION\nMarjorie Ellery-Banks: The chips you've never heard of are the ones that will hurt\nBy Marjorie "
                  "Ellery-Banks | Pemberton Features Syndicate\nPUBLISHED: March 25, 2025 at 5:00 AM EDT\n\nThe tariff on "
                  "legacy chips will land on washing machines before it lands on anything else, officials said.\n")
    assert column.author == "Marjorie Ellery-Banks"
    printed = text("Ottawa signs on to US-led critical minerals price floor\n3/17/25, 9:14 AM\n\nOTTAWA — Canada will join a "
                   "price floor for critical minerals, the government said on Monday, officials said.\n\n"
                   "https://www.dominionstandard.example/politics/2025/03/16/ottawa-signs-on-to-price-floor/ 1/3\n\nThe "
                   "agreement covers rare earths and graphite, officials said.\n")
    assert printed.original_url.endswith("/2025/03/16/ottawa-signs-on-to-price-floor/")


def test_a_telegram_channel_s_name_over_its_handle_is_no_writer_and_its_pinned_label_no_part_of_the_title():
    article = text("Telegram\nRare Earth Market Express\n@xitukuaixun\n18.6K subscribers\nVIEW IN TELEGRAM\nRare Earth Market "
                   "Express\n📌【Heavy】MOFCOM launches rare earth traceability: magnet exporters must register end users\n\n"
                   "This afternoon the Ministry of Commerce and the General Administration of Customs jointly issued an "
                   "announcement on export traceability, officials said.\n\nedited  Mar 7, 2025 at 21:14\n")
    assert article.author == ""
    assert article.title == "MOFCOM launches rare earth traceability: magnet exporters must register end users"
    assert article.date == dt.date(2025, 3, 7)


def test_an_app_s_share_text_tags_its_headline_with_the_paper_and_the_writer_signs_off_with_an_address_made_of_her_name():
    article = text("Shared from The Hanseong Daily app\n\n[The Hanseong Daily] Korean chipmakers' China fabs win US licenses, "
                   "but packaging lines left out\nBusiness > Industry\nPosted : 2025-01-10 16:48\n\nDaeyang Electronics and "
                   "Kumsan Semiconductor have received one-year US authorizations, the ministry said Monday.\n\nShares of "
                   "Daeyang rose 2.3 percent on the Kospi, while Kumsan closed up 0.8 percent, officials said.\n\nThe "
                   "ministry has not commented on the timing of the next review, officials said.\n\n"
                   "Yoon Seo-jin / yoon.seojin@hanseongdaily.example\n\nRelated articles\n- Seoul, Tokyo to hold a dialogue\n")
    assert article.title == "Korean chipmakers' China fabs win US licenses, but packaging lines left out"
    assert article.author == "Yoon Seo-jin"
    office = text("Chip tool makers brace for a new rule on servicing\n\nThe rule takes effect next month, officials "
                  "said.\n\nIt covers servicing of tools already installed, officials said.\n\nMore rules are expected, "
                  "officials said.\n\nPress Office / press@agency.example\n")
    assert office.author == ""  # (an office's address is no writer's sign-off)


def test_a_newsletter_s_box_over_its_post_is_the_page_s_and_a_thread_s_title_asked_again_over_its_first_post():
    post = text("Chokepoint Notes\nSubscribe\nSign in\nDiscover more from Chokepoint Notes\nExport controls, sanctions and the "
                "US–China tech fight, from someone who used to write the rules.\nOver 18,000 subscribers\nSubscribe\n"
                "Continue reading\nSign in\n\nGeneva was about plumbing. That's the point.\nNobody announced anything in Geneva. "
                "The working groups will decide.\nInes Valderrama-Kuhn\nJan 18, 2025\n∙ Paid\n\nIf you read the coverage of "
                "last week's meeting in Geneva and came away thinking nothing happened, you read it correctly.\n")
    assert post.title == "Geneva was about plumbing. That's the point."
    assert post.author == "Ines Valderrama-Kuhn"
    thread = text("MotorBench Forums - for motor, drive and magnet engineers\nForum\nRegister\nHelp\nForum > Materials > Rare "
                  "Earths\nMOFCOM list of US firms cleared for magnet general licences is out - are you on it?\nResults 1 to 4 "
                  "of 4\nThread Tools\n\n01-09-2025, 08:17 PM #1\ntorque_ripple\nSenior Member\n\nMOFCOM list of US firms "
                  "cleared for magnet general licences is out - are you on it?\nFor those who haven't seen it, China put out "
                  "the list of 61 US companies that get the general licence route from Feb 1.\n\nQuote:\nOriginally Posted "
                  "by Pacifica Press Service\nThe list, posted on the ministry's website, includes automakers, officials said."
                  "\n\nAll times are GMT -5. The time now is 11:12 AM.\n")
    assert thread.title == "MOFCOM list of US firms cleared for magnet general licences is out - are you on it?"
    assert thread.date == dt.date(2025, 1, 9)  # (month first: the forum's clock is five hours behind Greenwich)


def test_an_op_ed_s_headline_over_its_dek_and_a_writer_s_name_the_header_does_not_know_over_the_date():
    article = text("Opinion\nCommentary\nSouth-east Asia can't keep being the bystander who pays the bill in the US-China "
                   "chip truce\nThe Kuala Lumpur framework gave Washington and Beijing breathing space. For Asean economies, "
                   "the hard part starts with the transshipment rules.\nFaridah Hamzah\nJan 24, 2025, 05:00 AM\n\nWhen "
                   "Malaysian Prime Minister Anwar Ibrahim hosted the talks in December, he called the outcome a breathing "
                   "space, officials said.\n")
    assert article.title == "South-east Asia can't keep being the bystander who pays the bill in the US-China chip truce"
    assert article.author == "Faridah Hamzah"


def test_a_post_s_author_over_her_degree_on_its_own_line_and_linkedin_s_premium_offer():
    post = text("LinkedIn\nHome\nMy Network\nJobs\nTry Premium for $0\n\nDominika Wróbel-Hayes\n • 2nd\nVP Trade Compliance at "
                "Kestrel Motion Components | ex-CBP\n2d • Edited •\nFollow\n\nLondon round: what the magnet-tracing delay does "
                "(and doesn't) do for US buyers\n\nThe talks wrapped up at Lancaster House a couple of hours ago and tonight's "
                "headlines will all say China delays the rule, officials said.\n")
    assert post.title == "London round: what the magnet-tracing delay does (and doesn't) do for US buyers"
    assert post.author == "Dominika Wróbel-Hayes"


def test_a_cookie_banner_s_necessary_cookies_a_date_and_byline_in_capitals_and_a_byline_s_place_after_a_dash():
    hearing = text("Skip to main content\nCookies on UK Parliament\nWe use necessary cookies to make our website work.\nAccept "
                   "all\nUK Parliament\n\nBusiness and Trade Committee\nOral evidence: Economic security: critical minerals and "
                   "semiconductors, HC 418\nTuesday 18 April 2025\n\nQ87 Chair: Good morning. Thank you for coming, officials "
                   "said.\n")
    assert hearing.title.startswith("Oral evidence: Economic security")
    trade = text("WaferLine\nHome » Policy » Trade\n\nLegacy-chip duty docket tops 700 comments as automakers and fabless "
                 "firms split\nAPRIL 10TH, 2025 - BY LUCINDA FAIRHAVEN\nShare\n\nMore than 700 companies had filed comments "
                 "on the proposed duties by Monday, officials said.\n")
    assert trade.author == "Lucinda Fairhaven" and trade.date == dt.date(2025, 4, 10)
    paper = text("Goiás rare earth miner weighs US and Chinese offers as Beijing tightens magnet tracing\nBy Luiza Carvalho "
                 "Teixeira — Minaçu (GO)\n20/04/2025 11h37\n\nCerrado Terras Raras has received competing offtake proposals, "
                 "its chief executive said.\n")
    assert paper.author == "Luiza Carvalho Teixeira"


def test_a_firm_s_name_over_its_department_is_no_analyst_and_a_ministry_s_department_no_writer():
    note = text("Kellerman Tan | Asia Pacific Equity Research\n19 April 2025\n\nMature-node China: London buys time, the 301 "
                "hearing buys nothing\n\nWinston Lo, CFA\nAnalyst\nKellerman Tan Securities (Hong Kong) Limited\n\nWe stay "
                "Underweight on China mature-node foundries into the July deadline, analysts said on Friday.\n")
    assert "Kellerman Tan" not in split_names(note.author)
    release = text("METI Launches Public Comment on Draft Amendment to the Export Trade Control Order\nApril 26, 2025\nTrade "
                   "Control Department\nNatural Resources and Fuel Department\n\nThe Ministry of Economy, Trade and Industry "
                   "has started a public comment procedure on a draft Cabinet Order, officials said.\n")
    assert release.author == ""


def test_a_metered_paywall_s_notice_a_wechat_line_with_its_stamp_and_a_share_widget_s_copied_link():
    trade = text("BOLLARD\nShipping intelligence since 1998\nContainers | Tankers | Dry Bulk | Regulation\nRegister\nSign in\n"
                 "You have 2 free articles remaining this month. Register for unlimited access.\n\nRegulation\nUSTR opens review "
                 "of port-fee truce as carriers weigh post-August risk\n\nHamish Ferrier-Cole\nAmericas Correspondent\n\n"
                 "12 Apr 2025\n\nTHE Office of the US Trade Representative has asked for public comment on the fees, officials "
                 "said.\n")
    assert trade.title == "USTR opens review of port-fee truce as carriers weigh post-August risk"
    post = text("What the new traceability requirement means for overseas customers\n\nOriginal Zhou Mingxuan Rare Earth "
                "Observer 2025-04-07 19:30 Published in Beijing\n\nOn the afternoon of April 6, the Ministry of Commerce issued "
                "Announcement No. 18, officials said.\n")
    assert post.author == "Zhou Mingxuan" and post.date == dt.date(2025, 4, 7)
    site = text("Arclight gets a US licence to sell a cut-down AI chip in China\n\nNadia Castellanos-Ward\n3 hours ago\n\n"
                "Share this story\nCopy link: https://circuitry.example/2025/04/26/arclight-a30x-china-licence/\n\nArclight "
                "said on Friday it had received a licence, officials said.\n")
    assert site.date == dt.date(2025, 4, 26)


def test_a_live_blog_s_headline_over_its_summary_s_points_and_a_research_note_s_analysts_on_cards_under_its_key_points():
    blog = text("Business live\n\nLive\nUS-China trade talks\nUS and China extend tariff truce to February after Washington "
                "talks – as it happened\n\nTreasury secretary Scott Bessent and China's vice-premier He Lifeng agree to push "
                "back tariff deadline by six months\nUS memory-chip rule to take effect on 9 May as planned\nChina says magnet "
                "'verification' will be done on paper for licensed US buyers\n\nEllie Marchbanks (now) and Tom Rafferty "
                "(earlier)\nWed 19 Apr 2025 23.52 BST\n\nThe talks ended after two days, officials said.\n")
    assert blog.title == "US and China extend tariff truce to February after Washington talks – as it happened"
    note = text("Calder Hollis\nAsia Pacific Equity Research\n13 April 2025\n\nHBM rule: the packaging carve-out picks winners "
                "in Taiwan, losers on the mainland\n\nKey points\nThe exception lets audited packaging houses handle HBM "
                "without individual licences, officials said.\n\nWendy Cheung, CFA\nAnalyst\nCalder Hollis Securities (Hong "
                "Kong) Limited\nwendy.cheung@calderhollis.example\n\nLiam Ostrowski\nAnalyst\nCalder Hollis Securities "
                "(Taiwan) Limited\nliam.ostrowski@calderhollis.example\n\nWhat changed\nThe amendments do two things, "
                "officials said.\n\nCalder Hollis\nAsia Pacific Equity Research\n\nThe rule takes effect on 9 May, officials "
                "said.\n\nCalder Hollis\nAsia Pacific Equity Research\n\nMainland testers lose revenue, officials said.\n")
    assert split_names(note.author) == ("Wendy Cheung", "Liam Ostrowski")
    assert not any(p.startswith("Wendy Cheung") for p in note.paragraphs)


def test_a_thread_s_first_post_is_its_text_and_its_author_over_her_handle_among_the_menu_s_words():
    thread = apply_meta(parse(read_seed(FIXTURES / "blind88" / "5415_bluesky_thread_senate_banking_kessler.txt"), REGISTRY))
    assert thread.paragraphs[0].startswith("Senate Banking's export-control oversight hearing")
    assert thread.author == "Corinne Vasquez-Hale"


def test_a_chain_paper_s_label_over_its_byline_and_a_firm_s_registered_foreign_lawyer_under_her_name():
    printed = apply_meta(parse(read_seed(FIXTURES / "blind88" / "5416_algomaexaminer_pdf_wawa_graphite_exim.txt"), REGISTRY))
    assert printed.title == "Graphite mine near Wawa wins U.S. backing as China squeezes battery-material exports"
    alert = apply_meta(parse(read_seed(FIXTURES / "blind88" / "5413_ashgrovepemberton_client_alert_hbm_faqs.txt"), REGISTRY))
    assert split_names(alert.author) == ("Meredith A. Calloway-Stone", "Daniel K. Ossowski", "Lin Xiaoyu")


def test_an_analysis_byline_with_the_writer_s_job_a_phone_s_mail_share_and_writers_with_places_family_name_first():
    analysis = text("Analysis\nIf Washington and Beijing make peace on rare earths, Australia's miners could be the ones who pay\n"
                    "Analysis by business reporter Callum Hartigan\nPosted Tue 13 Jun 2025 at 5:00am\n\nThe US and China "
                    "will meet in Geneva next week, officials said.\n")
    assert analysis.author == "Callum Hartigan"
    shared = text("From: Rohan Mehta <rohan.mehta@advisory.example>\nSubject: Chinese curbs slow new phone lines, say Indian "
                  "makers\nDate: 10 June 2025 at 00:02:41 SGT\nTo: China Desk <desk@advisory.example>\n\nWorth a read for "
                  "Monday's call. R.\n\nSent from my iPhone\n\nChinese curbs slow new phone lines, say Indian makers\nThe "
                  "Deccan Tribune\nNikhil Ramaswamy\nJune 09, 2025\n\nIndian electronics makers say Chinese restrictions are "
                  "delaying new lines, officials said.\n")
    assert shared.date == dt.date(2025, 6, 9) and shared.author == "Nikhil Ramaswamy"
    trade = text("Policy\nWednesday 7 June 2025\nTaiwan adds two Chinese foundries to export control list\nLai Pei-shan, "
                 "Taipei; Jonah Kwok, Taiwan Electronics Daily Asia\nShare\n\nTaiwan added two foundries to its list on "
                 "Tuesday, officials said.\n")
    assert split_names(trade.author) == ("Lai Pei-shan", "Jonah Kwok")


def test_a_dek_over_a_caption_and_its_credit_line_then_the_writer_and_two_stamps_run_together():
    story = text("Business\nNetherlands\nDutch widen chip-tool servicing curbs on China, German suppliers fear knock-on\nThe "
                 "Netherlands will require licenses for servicing older lithography machines in China. The move could hit "
                 "German suppliers.\nTechnicians at work in a cleanroom in Veldhoven, where lithography systems are "
                 "assembled\nImage: Marijn de Bruin/ANP/picture alliance\nNadia Pohlmann\n06/12/2025June 12, 2025\n\nThe Dutch "
                 "government said on Monday it would require export licenses, officials said.\n")
    assert story.title == "Dutch widen chip-tool servicing curbs on China, German suppliers fear knock-on"
    assert story.author == "Nadia Pohlmann" and story.date == dt.date(2025, 6, 12)
    assert story.captions and story.captions[0].credit.startswith("Image: Marijn de Bruin")
    gov = text("An official website of the United States government\nHere's how you know\nA lock or https:// means you've "
               "safely connected to the .gov website. Share sensitive information only on official, secure websites.\n"
               "Press Releases\nCommerce Adds 23 Entities to the Entity List for Diverting Advanced Chips to China\nJune 8, "
               "2025\n\nThe Department of Commerce added 23 entities on Thursday, officials said.\n")
    assert gov.title.startswith("Commerce Adds 23 Entities")


def test_a_list_s_label_alone_between_paragraphs_is_its_box_s_and_one_over_the_lists_after_the_text_still_ends_it():
    box = text("Chinese battery plant waits for a licence\n\nThe project was presented as proof that the country could "
               "attract investment, officials said.\n\nMore information\n\nIndustry Minister Beatriz Olmedo told the paper "
               "that the government had raised the licence with the Chinese embassy, officials said.\n")
    assert "More information" not in box.paragraphs and box.paragraphs[-1].startswith("Industry Minister")
    listed = text("Chinese battery plant waits for a licence\n\nThe project was presented as proof, officials said.\n\n"
                  "The plant employs 900 people, officials said.\n\nMore information\n\nSpain courts Chinese investment\n\n"
                  "Brussels weighs battery rules\n")
    assert listed.paragraphs[-1] == "The plant employs 900 people, officials said."


def test_a_paywall_s_label_between_the_headline_and_its_dek_and_a_writer_in_capitals_over_the_date():
    paper = text("Economy\nIndia clears Chinese JVs for display, camera module plants, with a cap on control\nPremium\nThree "
                 "proposals under Press Note 3 approved with Chinese stakes capped at 26%; officials see US tariffs making "
                 "India a likelier 'China-plus-one'\nAnjali Deshpande, Rohit Malhotra\n18 Jul 2025, 06:15 AM IST\n\nIndia "
                 "has cleared three joint ventures, officials said.\n")
    assert paper.title == "India clears Chinese JVs for display, camera module plants, with a cap on control"
    daily = text("Business & Economy\nSaudi miner signs magnet plant deal with US firm\nNafud Minerals and Tidewater "
                 "Magnetics plan a 3,000-tonne plant\nLAMA AL-DOSSARI\nJuly 21, 2025 01:47\nFollow\n\nRIYADH: Saudi "
                 "Arabia's Nafud Minerals signed an agreement on Thursday, officials said.\n")
    assert daily.author == "Lama Al-Dossari"
    release = text("Commerce adds entities to the Entity List\nFOR IMMEDIATE RELEASE\nJune 8, 2025\n\nThe Department of "
                   "Commerce added 23 entities on Thursday, officials said.\n")
    assert release.author == ""


def test_a_tab_title_s_site_or_show_after_a_bar_is_no_part_of_the_headline():
    paper = text("Czech parts makers idle lines as China's magnet forms pile up | Ekonomický deník English\n"
                 "https://english.ekonomickydenik.example/industry/czech-parts-makers\n\n8. 6. 2028 14:20\n\n"
                 "At least four suppliers have halted production, officials said.\n")
    assert paper.title == "Czech parts makers idle lines as China's magnet forms pile up"
    # (but not a headline's own second half after a bar: more words than a site's or a show's name)
    halves = text("China extends the rare earth truce | What ninety more days mean for chipmakers and their customers\n\n"
                  "June 3, 2026\n\nThe rule took effect on Sunday, officials said.\n")
    assert halves.title.endswith("| What ninety more days mean for chipmakers and their customers")


def test_a_video_page_s_counts_line_is_its_date_not_its_headline_and_a_way_back_to_the_list_is_furniture():
    video = text("Skip navigation\nSearch\n\nStockholm round: truce holds, magnets get 12 months | The Week in Trade\n\n"
                 "Harbourline Markets\n1.24M subscribers\nJoin\nShare\n\n21,487 views  Premiered Jun 10, 2026  #USChina\n"
                 "US and Chinese negotiators came out of Stockholm with a 12-month extension, officials said.\n")
    assert video.title == "Stockholm round: truce holds, magnets get 12 months" and video.date == dt.date(2026, 6, 10)
    release = text("Verandt Systems\nInvestor Relations\nNews & Events\nPress Releases\n« Back to all press releases\n\n"
                   "Verandt Systems Updates Second Quarter Outlook Following New Export Rule\n\n06/16/2028\n\n"
                   "FREMONT, Calif., June 16, 2028 /Meridian Newswire/ -- Verandt Systems today updated its outlook.\n")
    assert release.title == "Verandt Systems Updates Second Quarter Outlook Following New Export Rule"


def test_a_byline_with_the_writer_s_job_after_a_dash_and_her_handle_and_a_chat_message_s_poster():
    mobile = text("The Manila Ledger\nBUSINESS\nChips assembled in PH from China-made wafers to face US tariff, exporters "
                  "warn\nBy: Patricia Dimaculangan-Reyes - Reporter / @PDReyesLedger\nThe Manila Ledger / 12:08 AM June "
                  "05, 2028\n\nMANILA, Philippines — Computer chips assembled in the Philippines will be taxed, "
                  "officials said.\n")
    assert mobile.authors == ("Patricia Dimaculangan-Reyes",)
    chat = text("trade-compliance\n14\nMessages\nFiles\nPins\n\nThursday, June 15th\n\nPriya Raghavan-Cole  9:41 AM\n"
                "BIS servicing rule — what it means for our Shenzhen field team\ntl;dr: it's out, it's broad, and the "
                "clock starts July 14.\n")
    assert chat.authors == ("Priya Raghavan-Cole",)


def test_an_event_s_panelists_and_moderator_under_their_labels_are_no_writers():
    event = text("Events\nPast Event\n\nAfter Stockholm: Can the U.S.-China Truce Survive the Servicing Rule?\n\n"
                 "Tuesday, June 27, 2028\n10:00 – 11:15 am EDT\n\nFeaturing\nGarrett Hollingsworth\nFormer Assistant "
                 "Secretary for Export Administration, U.S. Department of Commerce\nQin Lanfang\nVisiting Fellow, "
                 "Halbrook Center; Professor of International Trade\nAnjali Deshmukh-Ross\nVice President for Global "
                 "Policy, American Chip Equipment Council\n\nModerated by\nElaine Mossberg-Tate\nDirector, Economic "
                 "Statecraft Program, Halbrook Center\n\nEvent Transcript\n\nELAINE MOSSBERG-TATE: Good morning, "
                 "everyone. Garrett, is the truce over?\n\nGARRETT HOLLINGSWORTH: I don't think it's over.\n")
    assert event.authors == () and event.title.startswith("After Stockholm")


def test_with_a_report_from_a_colleague_under_the_text_is_a_credit():
    story = text("Laguna assemblers drop Chinese wafers\n\nJune 16, 2028\n\nCALAMBA, Laguna — Plants have dropped "
                 "Chinese wafers, officials said.\n\nThe change costs money, an executive said.\n\n"
                 "— With a report from Paolo Santiago\n")
    assert story.paragraphs[-1] == "The change costs money, an executive said."


def test_a_terminal_s_timed_headlines_and_pager_are_furniture_over_the_story_and_its_stamp_to_the_millisecond():
    terminal = text("KNWS <GO>   Kestrel Terminal   News Search\nTop News » Commodities » China Rare Earths\n"
                    "03:31  *CHINA TO REQUIRE ON-SITE END-USE CHECKS FOR HEAVY RARE EARTH EXPORTS TO US\n"
                    "03:32  *CHINA ADDS RARE EARTH SPUTTERING TARGETS TO EXPORT CONTROL LIST, EFFECTIVE TODAY\n"
                    "03:52  China to Demand On-Site Checks of US Buyers of Heavy Rare Earths\n"
                    "04:26  China's Rare Earth Curbs: What's Covered and What Isn't (Explainer)\n"
                    "Page 1/1   <PAGE FWD> for more headlines\n\n"
                    "China to Demand On-Site Checks of US Buyers of Heavy Rare Earths\n2026-08-01 07:52:18.114 GMT\n"
                    "By Wen Shuyi and Mark Tillotson\n(Kestrel) -- China will make American buyers of dysprosium agree to "
                    "on-site inspections, officials said.\n")
    assert terminal.title == "China to Demand On-Site Checks of US Buyers of Heavy Rare Earths"
    assert terminal.date == dt.date(2026, 8, 1) and terminal.authors == ("Wen Shuyi", "Mark Tillotson")


def test_a_chinese_paper_s_own_reporter_is_the_writer_and_a_report_s_paged_contents_name_no_one():
    paper = text("Experts: rare earth export control is a legitimate measure\n2026-08-03 07:45\nSource: Huaxia Economic "
                 "Daily\nThis newspaper reporter Zhang Mingyuan\nThis newspaper Beijing August 2 electricity (reporter "
                 "Zhang Mingyuan) On August 1, the Ministry of Commerce released an announcement.\n")
    assert paper.authors == ("Zhang Mingyuan",)
    report = text("NORTHBRIDGE RATINGS\nSECTOR COMMENT\n14 August 2026\nTABLE OF CONTENTS\nSummary 1\nWhat China's "
                  "guidelines require 1\nExhibit 1 3\nAnalyst Contacts 4\nChina's heavy rare earth inspection rule is "
                  "credit negative for US auto suppliers\nSummary\nOn 1 August, China's Ministry of Commerce announced "
                  "new rules, officials said.\n")
    assert report.authors == () and report.title.startswith("China's heavy rare earth inspection rule")


def test_an_agency_s_place_in_capitals_before_its_date_and_a_release_s_from_line_is_no_echo_of_a_headline():
    agency = text("AIS English\nBusiness\nGolden power: Rome curbs Chinese fund's rights at Milan data centre group\n"
                  "ROME 11 September 2026 17:22\nNews\n(AIS) - ROME, SEP 11 - The Italian government has used its special "
                  "powers, officials said.\n")
    assert agency.date == dt.date(2026, 9, 11)
    release = text("Canada.ca\nInnovation, Science and Economic Development Canada\nNews\nMinister of Industry orders "
                   "divestiture of foreign-controlled stake in Quebec gallium producer\nFrom: Innovation, Science and "
                   "Economic Development Canada\nNews release\nSeptember 7, 2026 – Ottawa, Ontario\nCanada's critical "
                   "minerals are essential to our economic and national security, officials said.\n")
    assert release.title.startswith("Minister of Industry orders divestiture")


def test_a_writer_with_her_paper_in_brackets_a_news_app_s_source_over_follow_and_a_wire_s_name_alone_as_byline():
    app = text("Warta+\nFor You   Following   Business\nJakarta Mercury\nFollow\nBatam data centre boom meets a US chip "
               "rule aimed at Chinese tenants\nJakarta Mercury · 4 Sep 2026 · 6 min read\nDian Pratiwi (The Jakarta "
               "Mercury)\nBatam ● Mon, September 4, 2026\nDevelopers of data centre parks on Batam Island say they are "
               "fielding questions, officials said.\n")
    assert app.authors == ("Dian Pratiwi",)
    wire = text("Home / Economy / World\nUS, China spar over chip-tracking rule in first call\nBy Lattice\n12 Sep 2026, "
                "10:05 am\nWASHINGTON (Sept 11): Senior US and Chinese trade officials clashed over the rule, officials "
                "said.\n")
    assert wire.authors == () and wire.source == "Lattice"


def test_an_exchange_filing_s_title_in_capitals_wrapped_at_a_small_word_under_its_disclaimer():
    filing = apply_meta(parse(read_seed(FIXTURES / "blind90" / "5448_lingxin_hkex_inside_information_entity_list.txt"),
                              REGISTRY))
    assert filing.title == "ADDITION OF TWO SUBSIDIARIES TO THE UNITED STATES ENTITY LIST"


def test_a_pdf_title_wrapped_after_its_colon_and_a_caption_credited_to_an_agency_and_photographer_over_the_lead():
    commentary = apply_meta(parse(read_seed(FIXTURES / "blind80" / "5238_lattice_parts_rule_commentary.txt"), REGISTRY))
    assert commentary.title == "The Spare Parts Gambit: What Washington's New Rule Means for China's Fabs"
    agency = text("Home | Business\nChina vows countermeasures after U.S. curbs on chip equipment servicing\nSource: Huaxin\n"
                  "Editor: Wang Lin\n2026-08-20 21:47:33\nA worker checks equipment at a semiconductor plant in Wuxi, east "
                  "China's Jiangsu Province, Aug. 3, 2026. (Huaxin/Zhang Hao)\nBEIJING, Aug. 20 (Huaxin) -- China firmly "
                  "opposes the latest U.S. restrictions, officials said.\n")
    assert agency.title == "China vows countermeasures after U.S. curbs on chip equipment servicing"
    assert agency.captions and agency.captions[0].credit == "Huaxin/Zhang Hao"


def test_a_court_s_opinion_is_signed_electronically_and_the_city_it_was_signed_in_is_no_writer():
    opinion = apply_meta(parse(read_seed(FIXTURES / "blind92" / "5498_cit_slip_opinion_lakeshore_rotor_assemblies.txt"),
                               REGISTRY))
    assert opinion.authors == ("Harriet L. Ostrowski",)  # "/s/ Harriet L. Ostrowski" over "... Dated ... New York, New York"


def test_a_newsletter_s_sign_up_box_over_the_issue_is_no_headline():
    issue = text("Skip to content\nLedgerline\nNewsletters\nLedgerline Asia\nGet Ledgerline Asia in your inbox every "
                 "Tuesday.\nYour email\nSign up\nMar 2, 2027 - Newsletters\nSeoul's gallium stockpile runs thin\nHanna "
                 "Lindqvist, Omar Sefu\nWelcome back. Today's newsletter is 900 words, a 3-minute read.\nWhy it matters: "
                 "Korean fabs hold weeks of gallium, not months, traders said on Monday.\n")
    assert issue.title == "Seoul's gallium stockpile runs thin"
    assert issue.authors == ("Hanna Lindqvist", "Omar Sefu")
    assert not any("inbox" in p for p in issue.paragraphs)


def test_a_radio_programme_s_airtime_under_its_name_is_no_headline():
    show = text("Prairie Public Radio\nListen Live\nShows\nThe Noon Edition\nWeekdays 12–1 p.m. on 88.3 FM and online\n"
                "How a Regina lithium refinery landed a Korean buyer\nTuesday, March 3, 2026 | 12:10 p.m. CST\nListen "
                "12:30\nHOST: Welcome to The Noon Edition. Today we talk about a lithium refinery that has found a buyer.\n")
    assert show.title == "How a Regina lithium refinery landed a Korean buyer"
    assert show.date == dt.date(2026, 3, 3)


def test_a_law_firm_s_authors_listed_at_the_end_with_more_of_the_page_right_under_them():
    alert = text("Client Alert\nMarch 4, 2027\nBeijing Licenses Gallium Wafers: What Importers Should Do Now\nOn March 1, "
                 "2027, China's Commerce Ministry said exports of gallium wafers will need licences, officials said.\n"
                 "Importers should map their suppliers now.\nAuthors\nRosalind T. Whitcombe\nPartner, Washington, D.C.\n"
                 "+1 202 555 0111\nrwhitcombe@firm.example\nLiang Qiwen\nCounsel, Beijing\n+86 10 5555 0199\n"
                 "qiwen.liang@firm.example\nRelated Capabilities\nInternational Trade\nExport Controls\nRelated Insights\n"
                 "Section 232 and Critical Minerals: A Review\nAttorney Advertising. Prior results do not guarantee a "
                 "similar outcome.\n")
    assert alert.authors == ("Rosalind T. Whitcombe", "Liang Qiwen")
    assert not any("Whitcombe" in p or "555" in p for p in alert.paragraphs)


def test_a_printed_front_page_read_by_ocr_in_narrow_columns():
    page = text("THE HARBOR CITY LEDGER\nFINAL EDITION ★★ $2.00\nTHURSDAY, MARCH 5, 2026 • BALTIMORE, MD • VOL. 190, NO. "
                "64 • ledger.example\nINSIDE: Orioles trade for a closer, C1 | Spring gardens, H1\nWEATHER: Sunny. High "
                "48, Low 30. Details, B6\nPort braces for\nnew gallium\nlicence rules\nDundalk terminal agents\nweigh the cost\n"
                "By MIRIAM KOWALSKI\nLedger Staff Writer\nBALTIMORE — Shipping agents at\nthe Dundalk terminal spent Thurs-\n"
                "day counting the cargo that could\nbe held up by China's new ex-\nport licences for gallium wafers,\n"
                "which take effect next month and\nwhich agents say will slow the\nwhole supply chain for months.\n"
                '"We have never seen a rule like\nthis one," said Dale Porter, who\nruns a customs brokerage near the\n'
                "terminal. He said the export-control\nforms were new to clients who had\nalready started asking about new\n"
                "contracts and about the export-\ncontrol rules for the port.\n")
    assert page.title == "Port braces for new gallium licence rules"
    assert page.date == dt.date(2026, 3, 5)
    assert page.paragraphs[0].startswith("Shipping agents at the Dundalk terminal spent Thursday counting")
    assert "new export licences" in page.paragraphs[0]
    assert "about the export-control rules" in body(page)  # printed hyphenated elsewhere: the hyphen kept


def test_a_date_with_its_month_day_and_year_set_apart_by_full_stops_under_the_headline_and_deck():
    story = text("Gazeta Carioca\nBusiness\nGrowers who fly Chinese drones see no reason to follow the US ban\nThe ministry "
                 "says it will not restrict Chinese drones; farmers worry more about soybean prices\nNov.20.2026 4:30PM\n"
                 "Marina Alves Cordeiro\nSorriso (MT)\nBrazil's farmers say the US ban on Chinese drones will not change "
                 "how they plant soybeans, officials said.\n")
    assert story.date == dt.date(2026, 11, 20)
    assert story.title == "Growers who fly Chinese drones see no reason to follow the US ban"


def test_a_client_site_s_wire_byline_with_its_time_and_the_reporters_credited_over_the_footer():
    story = text("Skip to content\nSentinel Online\nNEWS\nBUSINESS\nBusiness\nManila reviews Chinese sensors at its ports\n"
                 "By: Tradewind / 05:40 PM November 18, 2026\nMANILA, Nov 18 (Tradewind) - The Philippines has ordered a "
                 "review of Chinese-made sensors at its main ports, the ports authority said on Tuesday.\n\nThe review will "
                 "end in December, officials said.\n\n(Reporting by Ana Villareal in Manila and Kwon Ha-eun in Busan; Editing "
                 "by Paul Drummond)\nRead Next\nDon't miss out on the latest news and information.\nTAGS: China, ports\n"
                 "© Copyright 1994-2026 The Manila Sentinel | All Rights Reserved\n")
    assert story.title == "Manila reviews Chinese sensors at its ports"
    assert story.date == dt.date(2026, 11, 18)
    assert story.authors == ("Ana Villareal", "Kwon Ha-eun")


def test_a_speech_s_opening_salutation_is_its_first_words_not_the_page_s_furniture():
    speech = text("Central Bank of Malaysia\nSpeech\nChips, Chokepoints and Finance\nSpeaker: Datin Noraini Ismail, "
                  "Deputy Governor\nDate: 3 Mar 2026\nCheck against delivery\nYang Berbahagia Tan Sri Lim Boon Keat, "
                  "Chairman of the Kedah Chip Council,\nDistinguished guests,\nLadies and gentlemen,\nThank you, Chair. It "
                  "is a pleasure to be back in Kulim, and to speak to an audience of bankers and engineers, officials "
                  "said.\n")
    assert speech.paragraphs[0].startswith("Yang Berbahagia Tan Sri Lim Boon Keat")


def test_a_report_copied_from_a_pdf_at_a_small_type_size_is_unwrapped_and_its_quotes_read():
    rows = ["The chokepoint is the refurbishment cycle, which the industry rarely plans for in its budgets and which most",
            "analysts ignore. Raymond Okafor, who ran field service operations in Asia for a U.S. etch-equipment maker until",
            "2026, described the exposure more precisely: \"A fab can run for a year without a new tool. It cannot run for a",
            "quarter without refurbished parts.\" In his estimate, a fab that lost access to refurbished parts would see its",
            "throughput on affected tools fall by \"a third or more\" within four months, and some would have to stop whole",
            "lines while they waited for parts to come back from the few coating shops that can still buy powder abroad.",
            "Qualification, not mining, is the binding constraint on any new supply of the powder outside China, which has",
            "long been the only supplier most of these shops have ever used, and which can take a year or more to replace."]
    report = text("Kestrel Center\nEtched in Yttrium\nBy Alicia Marchetti\nMarch 2026\n\n" + "\n".join(rows) + "\n")
    assert len(report.paragraphs) <= 2 and report.paragraphs[0].startswith("The chokepoint is the refurbishment cycle")
    assert max(len(r) for r in rows) > 110  # (past the width a plain-text e-mail wraps at)


def test_a_notification_s_date_line_with_the_before_its_ordinal_day():
    notice = text("MINISTRY OF MINES\nNOTIFICATION\nNew Delhi, the 18th March, 2026\nG.S.R. 745(E).—In exercise of the "
                  "powers conferred by section 18 of the Act, the Central Government hereby makes the following rules, "
                  "officials said.\n")
    assert notice.date == dt.date(2026, 3, 18)
    assert _header_date("New Delhi, the 18th March, 2026", REGISTRY.rules) == (2026, 3, 18)


def test_a_report_s_title_and_subtitle_on_its_cover_are_one_title_as_its_suggested_citation_prints_them():
    report = text("HALDEN INSTITUTE\nFOR TRADE SECURITY\nPermits as Pressure\nLicensing and the New Shape of the Chip Contest\n"
                  "Sarah Whitfield\nDavid Achterberg\nMARCH 2026\nAbout the Halden Institute\nThe Halden Institute is a "
                  "nonpartisan research organization in Washington, DC, that studies trade and security.\nPublished March "
                  "4, 2026\nSuggested citation: Sarah Whitfield and David Achterberg, Permits as Pressure: Licensing and the "
                  "New Shape of the Chip Contest (Washington, DC: Halden Institute, March 2026).\nExecutive Summary\nFor "
                  "most of the past decade the contest over chips was told in the language of tariffs, officials said.\n")
    assert report.title == "Permits as Pressure: Licensing and the New Shape of the Chip Contest"


def test_a_byline_label_in_another_language_with_its_colon_and_two_writers_each_with_their_city():
    chile = text("Diario Austral\nEconomía\nChile's cable to California drops its Chinese installer after the US ban\nPor: "
                 "Camila Ortúzar Vidal\n12 de noviembre de 2026 · 10:45 hrs.\nThe consortium building the first cable to "
                 "link Chile with the United States has dropped a Chinese company, officials said.\n")
    assert chile.authors == ("Camila Ortúzar Vidal",)
    lagos = text("Naira Street Journal\nSubscribe | Sign in\nHome\nTech\nLagos cable faces delay as US bars Chinese-built ship\n"
                 "Chukwuemeka Obi, Lagos & Halima Sadiq, Abuja\nPublished: Saturday, 7 November 2026\nShare\nThe $680 "
                 "million Gulf of Guinea Express cable faces delays, officials said.\n")
    assert lagos.authors == ("Chukwuemeka Obi", "Halima Sadiq")


def test_an_outlook_forward_s_rule_of_underscores_sets_the_sharer_s_note_apart_from_the_mail():
    mail = text("Hi all, insurance angle on the cable-ship ban, see the bit on hull values. Useful for Thursday's call.\n\n"
                "Thanks,\nMeiling\n\n________________________________\nFrom: Harbour Shipping Journal <briefing@hsj.example>\n"
                "Sent: Tuesday, November 3, 2026 7:31 AM\nTo: Meiling Tan <meiling.tan@firm.example>\nSubject: HSJ "
                "Morning Briefing | Cable ship owners count cost of US ban\n\nView this email in your browser\nHARBOUR "
                "SHIPPING JOURNAL\nMorning Briefing | 03 Nov 2026\nTODAY'S LEAD\nOwners and insurers count the cost as the "
                "US shuts Chinese-built cable ships out\nBenedict Loh | Senior Reporter\nSingapore-based owners of cable "
                "ships built in China are bracing for lower charter income, brokers said.\n")
    assert mail.title == "Owners and insurers count the cost as the US shuts Chinese-built cable ships out"
    assert mail.authors == ("Benedict Loh",)


def test_a_cookie_banner_copied_over_the_headline_does_not_end_the_page_s_header():
    story = text("Skip to content\nVistula Dispatch\nIndependent news from Poland in English\nPL | EN\nThis website uses "
                 "cookies. By continuing to browse, you consent to their use in accordance with our privacy policy.\nOK\n"
                 "News\nEconomy\nPolish cable makers scramble as China moves to license preform exports\nBy Kacper "
                 "Jabłoński and Agnieszka Wrona-Dudek\n08.11.2026 11:20\nPolish manufacturers are racing to secure "
                 "supplies of preforms, officials said.\n")
    assert story.title == "Polish cable makers scramble as China moves to license preform exports"


def test_a_writer_s_name_alone_over_the_outlet_and_the_date_under_a_dek_and_a_caption():
    story = text("HARBOUR HERALD | In English\nMenu\nBusiness\nFinnish crane maker sees wave of enquiries after US move\n"
                 "Shares in the crane maker rose almost 11 percent on Tuesday.\nThe plant at Hyvinkää. Image: Aino Lehtisalo / "
                 "Harbour Herald\nVeera Kettunen\nHarbour Herald\nTuesday 16 June 2026\nThe Finnish crane maker says it has "
                 "received a wave of enquiries from American container terminals since Washington moved, officials said.\n")
    assert story.authors == ("Veera Kettunen",)
    assert story.title == "Finnish crane maker sees wave of enquiries after US move"
    assert story.date == dt.date(2026, 6, 16)


def test_a_story_label_s_writer_with_the_translator_credited_beside_them():
    story = text("NANHAI DAILY English Edition\nBusiness\n2026-06-25 19:40\nKlang motor makers scramble for magnets\nStory: "
                 "Tan Wei Ling | Translated by: Ho Kah Mun\nKLANG, June 25 — Malaysian makers of motors are stockpiling "
                 "magnets ahead of China's new licensing regime, industry players said.\n")
    assert story.authors == ("Tan Wei Ling",)


def test_a_colombian_date_line_month_first_with_de_before_the_year_and_a_spaced_a_m():
    assert _header_date("enero 27 de 2026 - 11:20 a. m.", REGISTRY.rules) == (2026, 1, 27)
    assert _header_date("27 January 2026 11:20 p. m.", REGISTRY.rules) == (2026, 1, 27)


def test_a_picture_s_credit_left_alone_under_the_text_is_furniture_not_a_paragraph():
    story = text("Cartagena terminal keeps US software\nBy María Ospina\n27 January 2026\nCartagena's biggest terminal says it "
                 "will keep its software, officials said.\nThe union fears automation, its president said.\nFoto: Cortesía "
                 "Caribe Contenedores\n")
    assert story.paragraphs[-1] == "The union fears automation, its president said."
    assert "Foto: Cortesía Caribe Contenedores" in story.furniture


def test_a_wire_s_kind_of_story_with_its_colon_stays_in_the_headline_but_a_breaking_label_does_not():
    interview = text("The Tangier Post\nEconomy\nInterview: \"The crane war is an opportunity for Morocco,\" says port expert\n"
                     "Jan 24, 2026 - 3:15 pm\nYoussef Alaoui\nTangier – As Washington and Beijing clash over cranes, "
                     "Moroccan port operators are looking at their own equipment, officials said.\n")
    assert interview.title == "Interview: \"The crane war is an opportunity for Morocco,\" says port expert"
    breaking = text("TechPulse\nBREAKING: Chip maker says US curbs have cost it billions in China sales\nBy Ana Ruiz\n"
                    "June 3, 2026\nThe chip maker said on Tuesday that US export curbs had cost it billions, officials said.\n")
    assert breaking.title == "Chip maker says US curbs have cost it billions in China sales"


def test_a_danish_date_with_its_month_in_lower_case_and_the_clock_after_kl():
    assert _header_date("10. feb. 2026 kl. 09.30", REGISTRY.rules) == (2026, 2, 10)
    story = text("Kattegat Posten\nIn English\nMette Holmgaard\nJournalist\n10. feb. 2026 kl. 09.30\nDenmark's pig industry "
                 "eyes a new export: heparin for American hospitals\nA Danish biotech company wants to turn the mucosa of "
                 "Danish pigs into a blood thinner for American hospitals, officials said.\n")
    assert (story.title, story.authors, story.date) == (
        "Denmark's pig industry eyes a new export: heparin for American hospitals", ("Mette Holmgaard",), dt.date(2026, 2, 10))


def test_a_byline_of_name_publication_date_and_clock_set_apart_by_bars():
    story = text("Phnom Penh Courier\nBusiness\nUS warning over relabelled drug ingredients puts Sihanoukville plants in "
                 "spotlight\nHong Raksmey | Publication date 12 February 2026 | 20:14 ICT\nWorkers at a packaging line in the "
                 "zone. Supplied\n\nCambodia's commerce ministry on Monday rejected suggestions that ingredients could be "
                 "relabelled, officials said.\n")
    assert (story.title, story.authors, story.date) == (
        "US warning over relabelled drug ingredients puts Sihanoukville plants in spotlight", ("Hong Raksmey",),
        dt.date(2026, 2, 12))


def test_a_writer_with_a_slash_and_a_job_over_the_headline_a_double_barrelled_name_with_mc():
    story = text("THE KINGSTON CLARION\nJamaica's Voice Since 1921\nHealth\nPublished: Wednesday | February 14, 2026 | 12:09 AM\n"
                 "Andre Whyte-McFarlane/Senior Staff Reporter\n\nHospitals brace for dearer antibiotics as US, China agree to "
                 "talks\n\nThe Ministry of Health says Jamaica's public hospitals have enough antibiotics, officials said.\n")
    assert (story.title, story.authors) == ("Hospitals brace for dearer antibiotics as US, China agree to talks",
                                            ("Andre Whyte-McFarlane",))


def test_a_date_in_another_calendar_is_furniture_and_the_writer_over_it_a_writer():
    story = text("The Himal Tribune\nMoney\nIndian API makers see US opening, Nepali drug producers fear squeeze\nBikash Adhikari\n"
                 "Kathmandu\nMagh 24, 2082\nPublished at : February 6, 2026\nUpdated at : February 6, 2026 07:15\n\nNepal's "
                 "pharmaceutical producers are bracing for higher prices, officials said.\n")
    assert (story.title, story.authors, story.date) == (
        "Indian API makers see US opening, Nepali drug producers fear squeeze", ("Bikash Adhikari",), dt.date(2026, 2, 6))
    assert "Magh 24, 2082" in story.furniture


def test_a_byline_label_in_the_site_s_language_or_the_writer_beside_the_masthead_s_paper():
    romania = text("Curierul Dunării\nEconomie\nMarți, 13 februarie 2026\nEU to fast-track antibiotic plants as supply "
                   "tightens\nAutor: Ioana Munteanu\n13.02.2026, 16:40\nThe European Commission will fast-track funding for "
                   "antibiotic plants, officials said.\n")
    assert romania.authors == ("Ioana Munteanu",)
    doha = text("The Doha Meridian\nQatar | Gulf | World | Business\nBusiness\nQatar reviews antibiotic stocks as drug row "
                "widens\nFatima Al-Kuwari | The Doha Meridian\n08 Feb 2026 - 9:41 pm\nQatar's health ministry has asked "
                "importers for updated stock positions, officials said.\n")
    assert doha.authors == ("Fatima Al-Kuwari",)
    # (a Turkish masthead in capitals: "İ" folds to "i" and a dot, and is the byline's "i" all the same)
    galata = text("İçeriğe geç\nGALATA EKONOMİ\nAna Sayfa | Piyasalar | Şirketler\nTurkish generic drugmakers eye US gap\n"
                  "Zeynep Aksoy Karaman | Galata Ekonomi\n24.03.2029 - 11:20\nTurkish generic drugmakers are studying a US "
                  "plan, executives said.\n")
    assert galata.authors == ("Zeynep Aksoy Karaman",)


def test_an_english_closing_credit_under_the_text_its_photo_credit_and_tags():
    story = text("DalaPress\nChina to require export licences for antibiotic intermediates\n5 February 2026\nASTANA — China "
                 "will require licences for exports of antibiotic intermediates, officials said.\nAnalysts said buyers "
                 "would compete for supplies.\n\nAuthor: Aigerim Seitkali\nPhoto: Ruslan Abenov / DalaPress\n\nTags: China, "
                 "USA, medicines, trade\nRead also\nKazakhstan wheat exports rise\n")
    assert story.authors == ("Aigerim Seitkali",)


def test_a_newsletter_s_top_story_is_the_briefing_though_only_its_end_signs_it():
    lead = ("Europe's battery-storage integrators, most of whom build their systems around Chinese cells, spent the week "
            "working out what Washington's proposed ban means for their US business.\n\n")
    story = text("Kai, see the lead item - the point is exactly what our board asked about. Can we discuss Tuesday? /Ines\n\n"
                 "-----Original Message-----\nFrom: Gridletter Weekly <news@gridletter.example>\nSent: Sonntag, 18. Februar "
                 "2029 08:15\nTo: Ines Brandhorst <ines@werk.example>\nSubject: Gridletter 07/2029: Integrators scramble for "
                 "non-Chinese battery brains\n\nIf this e-mail is not displayed correctly, click here.\nGRIDLETTER WEEKLY\n"
                 "The trade journal for grid storage\nIssue 07/2029 | 18.02.2029\n\nTOP STORY\nEuropean storage integrators "
                 "race to replace Chinese battery software\n\n" + lead * 4 + "Text: Franziska Oberthür, Leipzig\n\nIN BRIEF\n"
                 "+ Dutch TSO awards contracts\n")
    assert story.title == "European storage integrators race to replace Chinese battery software"


def test_a_hungarian_byline_label_a_vietnamese_name_alone_and_a_related_label_in_two_languages():
    budapest = text("PEST JOURNAL\nÜzlet / Business\nChinese licensing rules cloud Debrecen cathode plant\n2029. február 26. "
                    "10:42\nSzerző: Bence Hajdú-Farkas\n\nHungary's government insisted on Monday that its plants would not be "
                    "caught in the dispute, officials said.\nThe ministry said talks would continue.\nThe plant's site in "
                    "Debrecen. (Fotó: Pest Journal / Tamás Vereckei)\nKapcsolódó cikkek / Related\nForint weakens past 410 per "
                    "euro\nSupplier park expands in Debrecen\n")
    assert budapest.authors == ("Bence Hajdú-Farkas",)
    assert [c.text for c in budapest.captions] == ["The plant's site in Debrecen."]
    assert "Forint weakens past 410 per euro" not in body(budapest)
    hanoi = text("RIVER DAILY\nBusiness\nUS battery rule puts Vietnam's new assembly plants under the microscope\n"
                 "27/02/2029 16:20 GMT+7\nNguyễn Thu Hằng\nHÀ NỘI — Battery assembly plants in northern Việt Nam are facing "
                 "close questions from US buyers, officials said.\n\nThe ministry said it would cooperate.\n")
    assert hanoi.authors == ("Nguyễn Thu Hằng",)


def test_an_outlet_and_its_writer_in_lenticular_brackets_glued_to_the_lead_are_a_byline_without_by():
    """"【Hinode Shimbun, Saki Moriyama】TOKYO -- ..." as "【By Observer News, Liu Bai】" is; not "【Update, exclusive】"."""
    story = text("Japan's cable makers field rush of orders\n\n【Hinode Shimbun, Saki Moriyama】TOKYO -- Japanese makers of "
                 "undersea cables are receiving a wave of enquiries, officials said on Tuesday.\n\nTalks begin next week.\n")
    assert (story.authors, story.source) == (("Saki Moriyama",), "Hinode Shimbun")
    assert story.paragraphs[0].startswith("Japanese makers of undersea cables")
    tagged = text("Japan's cable makers field rush of orders\n\n【Update, exclusive】 Japanese makers of undersea cables are "
                  "receiving a wave of enquiries, officials said on Tuesday.\n")
    assert tagged.authors == ()


def test_a_labelled_byline_with_the_photographer_s_cell_and_words_signing_off_under_the_text():
    oslo = text("KYSTLINJE\nNorwegian cable-ship owners see repair boom\nTekst: Sigrid Haugland | Foto: Eirik Moen\n"
                "19.03.2029 kl. 08.15\nThe first enquiry came in on Thursday evening, officials said.\n")
    assert oslo.authors == ("Sigrid Haugland",)
    assert "Foto: Eirik Moen" in oslo.furniture
    pacific = text("Who fixes the Pacific's cables?\n\nWhen a volcano cut Tonga's only international cable in January 2022, "
                   "it took five weeks to get the kingdom back online.\n\nWords: Mereana Karaka, Senior Fellow, Pacific "
                   "Security Programme\n")
    assert pacific.authors == ("Mereana Karaka",)


def test_an_e_paper_page_s_brief_over_its_story_is_furniture_and_the_story_under_its_byline_is_the_briefing():
    page = ("THE COASTAL STANDARD   Tuesday, March 3, 2026   BUSINESS   17\n\nIN BRIEF\nShilling steady as tobacco receipts "
            "come in\nThe Tanzanian shilling traded flat against the dollar on Monday, dealers said, supported by inflows "
            "from tobacco exporters.\n\nSUBSEA CABLES\nTanzania's internet links caught between US rule and China's export "
            "licences\nOperators warn repair times and costs could rise as the two powers fight over the seabed\n\nBy Neema "
            "Mushi\n\nDar es Salaam. Tanzania's telecoms operators are assessing what a new dispute over undersea cables "
            "means for the country, officials said.\n\nNeither measure applies directly to cables landing in Tanzania.\n")
    story = text(page)
    assert story.title == "Tanzania's internet links caught between US rule and China's export licences"
    assert story.authors == ("Neema Mushi",)
    assert story.date == dt.date(2026, 3, 3)  # (the running head's, the page's number last)
    assert "Shilling steady as tobacco receipts come in" in story.furniture
    assert not any("tobacco" in p for p in story.paragraphs)


def test_a_transcript_service_s_segment_title_under_its_programme_is_the_headline():
    story = text("SOUTHERN CURRENT RADIO — TRANSCRIPT SERVICE\nProgramme: The Morning Tide with Aoife Ní Bhriain\nBroadcast: "
                 "Friday 23 March 2029, 08:10–08:22\nSegment 3 of 7: Cork's ingredient plants could win from Washington's "
                 "China drug tariffs, but the label rule worries them\nDuration: 11m 40s\n\nNÍ BHRIAIN: Ten past eight. The "
                 "US Commerce Department proposed a tariff on Chinese-made ingredients yesterday.\n\nCROWLEY-FARRELL: Both, "
                 "Aoife, depending on who you ask.\n")
    assert story.title == ("Cork's ingredient plants could win from Washington's China drug tariffs, but the label rule "
                           "worries them")
    assert "Programme: The Morning Tide with Aoife Ní Bhriain" in story.furniture


# A select-all copy of a real web page (issue 13: bench/copies.py): the page's rail of other headlines, a byline and a
# time under each, is no column of wrapped text, and under the article it is the page's, not the article's.

_RAIL = ["Liberman: Both parties are to blame for lack of unity government", "By JERUSALEM POST STAFF", "11/20/2019 01:14 PM",
         "Russia: Israeli strikes on Syria wrong move", "By REUTERS", "11/20/2019 10:08 AM",
         "11 dead in Israeli strike on Syria - reports", "By JERUSALEM POST STAFF", "11/20/2019 09:39 AM",
         "Benny Gantz: Government will protect Israeli citizens", "By JERUSALEM POST STAFF", "11/20/2019 08:11 AM",
         "China condemns US Senate measure on Hong Kong rights", "By REUTERS", "11/20/2019 04:06 AM"]


def test_a_rail_of_headlines_bylines_and_times_copied_a_line_each_is_no_wrapped_column():
    from generator.parse import wrap_width
    assert wrap_width(_RAIL * 2) == 0
    # ... where a column's lines break sentences mid-way, going on in lower case
    column = ["Kenyan pharmaceutical manufacturers", "want the Treasury to waive duties on", "the ingredients they import from India",
              "and China, saying the new licences", "will raise their costs by a fifth and", "leave hospitals short of basic drugs",
              "within months, the forum's chairman", "said on Tuesday. The ministry said it", "was studying the request and would",
              "respond before the budget is read in", "June, when the duties are reviewed as", "part of the annual finance bill for"]
    assert wrap_width(column) > 0


def test_a_rail_of_other_headlines_under_the_article_with_no_label_is_the_page_s():
    lead = ("The son of former German President Richard von Weizsäcker was stabbed to death in Berlin on Tuesday evening, "
            "while another man was critically injured trying to stop the assailant, police said.")
    second = ("The stabbing occurred during a lecture at a clinic where he worked as a chief physician, and police arrested "
              "a 57-year-old man at the scene, a spokesman for the city's police said on Wednesday morning.")
    rail = ["Who will make the Rock Hall in 2020?", "Dave Matthews Band takes over Rock Hall fan vote",
            "Fans really want The Doobie Brothers in the Rock Hall", "Registration on or use of this site constitutes acceptance",
            "Ad Choices"]
    article = text("Son of former German president stabbed to death in Berlin\n\n" + "\n\n".join([lead, second, *rail]) + "\n")
    assert article.paragraphs == (lead, second)
    assert "Ad Choices" in article.furniture  # (kept, as the page's)
    # A signature under the text is no rail: "/s/ Name" / "Name, Judge" / "Dated: ..." / "New York, New York"
    from generator.parse import headline_rail
    assert headline_rail([lead, second, *rail]) == 2
    assert headline_rail([lead, second, "/s/ Harriet L. Ostrowski", "Harriet L. Ostrowski, Judge", "Dated: August 11, 2026",
                          "New York, New York"]) is None
    # ... nor a byline or a list under which the article goes on
    assert headline_rail([lead, second, *rail[:3], "(Reporting by Ann Lee; Editing by Tom Hogue)"]) is None
    assert headline_rail([lead, *rail[:3], second]) is None


def test_a_thai_date_line_in_the_buddhist_era_is_the_gregorian_day():
    article = text("SIAM MERCURY\nThai parts makers count their Chinese chips\nBy Pattama Srisuwan-Clarke\n"
                   "05 เม.ย. 2569 | 13:20 น.\n\nThailand's car-parts makers spent Thursday counting their stock of chips, "
                   "executives said.\n")
    assert article.date == dt.date(2026, 4, 5)


def test_a_newsletter_s_greeting_names_its_writers_after_the_edition_it_is():
    issue = text("FORDONSBREVET\nEnglish Briefing · Nr 212 · 2026-04-03\n\nGood morning. This is the Tuesday English edition "
                 "of Fordonsbrevet, written by Linnea Åkerlund-Brandt and Oskar Hedenius in Gothenburg. One story today.\n\n"
                 "When the US Commerce Department published its final connected-vehicle rule on Monday, most carmakers read "
                 "it as a supplier problem.\n")
    assert issue.authors == ("Linnea Åkerlund-Brandt", "Oskar Hedenius")


def test_a_long_menu_of_short_cells_is_no_headline():
    article = text("BÁO SÔNG THƯƠNG ĐIỆN TỬ\nTrang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật | "
                   "Video | English\nECONOMY\nBắc Giang glass maker hunts for antimony\nSONG THUONG - A glass plant that supplies "
                   "cover glass to solar module factories is racing to find new suppliers, its director said.\nStaff Reporter\n"
                   "10/04/2026 | 15:20 GMT+7\n\nThe plant produces about 1,200 tonnes of rolled glass a day, the company said.\n")
    assert article.title == "Bắc Giang glass maker hunts for antimony"
    assert _is_furniture("Home | News | Politics | Business | Society | Culture | Sport | Law", REGISTRY.rules)
    assert not _is_furniture("Tariffs | Why Washington's new chip rule reaches Malaysian packaging plants first", REGISTRY.rules)


def test_a_record_s_field_listing_people_is_no_headline():
    assert _is_furniture("Responder: Brandt-Okonkwo, Felix; Oyelaran-Quist, Harriet; Kirkbride-Vaz, Joanne", REGISTRY.rules)
    assert not _is_furniture("Exclusive: China weighs gallium curbs; Japan buyers stock up", REGISTRY.rules)


def test_a_mail_forwarded_in_spanish_from_gmail_starts_under_the_reader_s_mark(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1893456000")  # (a build in 2030: the set's 2029 dates are past)
    # Gmail's own lines ("Gmail", "Buscar en el correo") over its "Fwd: ..." subject, the forwarder's note, then
    # "---------- Mensaje reenviado ---------": the forwarded note's own date and title, not the forward's
    note = apply_meta(parse(read_seed(FIXTURES / "blind103" / "5709_andesbursatil_email_weekly_metals_bolivia_peru_antimony_"
                                                              "tungsten.txt"), REGISTRY))
    assert note.date == dt.date(2029, 4, 14)
    assert note.title == "Antimony & tungsten: the Andes get their moment"


def test_a_weekly_s_running_head_dates_it_by_the_first_day_of_its_week():
    article = text("8 | THE KIGALI ECONOMIST | Sunday, March 15 – Saturday, March 21, 2026\nBUSINESS & MINING\n"
                   "Wolframite diggers cash in as metals fight lifts prices\nBy Jean-Bosco Habimana\n\nFor the 400 or so diggers "
                   "who work the hillside shafts, the fight arrived this week as a higher price per kilogram.\n")
    assert article.date == dt.date(2026, 3, 15)


def test_a_line_a_paragraph_copy_keeps_a_line_that_plainly_goes_on_with_the_next():
    article = text("Thai parts makers count their Chinese chips\nBy Pattama Srisuwan-Clarke\n"
                   "Thailand's car-parts makers spent Thursday doing inventory of the chips they hold, executives said.\n"
                   "“We are in the middle of two elephants, and\nwhen elephants fight the grass is what gets hurt”\n"
                   "— Wiroj Thanasombat\nThailand sits at the junction of both measures, analysts said on Thursday.\n")
    assert "“We are in the middle of two elephants, and when elephants fight the grass is what gets hurt”" in article.paragraphs
    assert "Thailand sits at the junction of both measures, analysts said on Thursday." in article.paragraphs


def test_a_date_between_the_item_s_kind_and_who_posted_it_beside_another_calendar_or_in_lower_case():
    rules = REGISTRY.rules
    assert _header_date("News item · Posted 02.05.2026 by SSGM Secretariat", rules) == (2026, 5, 2)
    assert _header_date("Sunday 06 May 2029 | 20 Dhu al-Hijjah 1450", rules) == (2029, 5, 6)
    assert _header_date("03 may, 2029, 08:00 COT", rules) == (2029, 5, 3)  # (Spanish "may", in lower case)
    assert _header_date("Politics | 06 May 2029", rules) is None  # (a section's label is no other calendar's day)


def test_a_correction_note_over_the_piece_is_no_lead_and_the_header_goes_on_under_it():
    article = text("BRUSSELS MONITOR\nTrade › Health & Biotech\n\nCorrection, 1 May 2026, 09:40 CET: An earlier version of this "
                   "article said the restrictions would apply to existing grants. We have corrected the third paragraph.\n\n"
                   "GENOMICS\nUS bars federal grants to labs that use Chinese gene sequencers\nBy Hannah Rosselot-Demir and Jef "
                   "Van den Broeck\n30 April 2026, 22:15 CET\n\nThe US government will bar new federal grants to laboratories "
                   "that use gene sequencers made by Chinese companies, officials said on Monday.\n")
    assert article.title == "US bars federal grants to labs that use Chinese gene sequencers"
    assert article.authors == ("Hannah Rosselot-Demir", "Jef Van den Broeck")
    assert any(f.startswith("Correction, 1 May 2026") for f in article.furniture)


def test_a_newswire_s_provider_line_and_the_issuer_under_it_are_no_headline():
    article = text("ComunicaWire\nSalud / Biotecnología\n\nGenómica del Pacífico launches dual-platform sequencing service\n\n"
                   "Cali laboratory separates US-funded work onto non-Chinese instruments\n\nNoticias proporcionadas por\n"
                   "Genómica del Pacífico S.A.S.\n03 may, 2026, 08:00 COT\n\nCALI, Colombia, May 3, 2026 /ComunicaWire/ -- "
                   "Genómica del Pacífico S.A.S. today announced a dual-platform sequencing service for research partners.\n")
    assert article.title == "Genómica del Pacífico launches dual-platform sequencing service"
    assert article.date == dt.date(2026, 5, 3)


def test_an_op_ed_s_writer_in_an_italic_bio_or_bios_that_say_what_they_lead():
    lead = ("The boy from Anuradhapura got his diagnosis, and his sample went to a laboratory in another country that I "
            "have never visited.")
    column = text(f"The genome is not a bargaining chip\n\n{lead}\n\nI hope it is safe. I would like to know.\n\n"
                  "*Dr. Nilanthi Wickramaratne-Perera is a clinical geneticist and chairs the ethics review committee of a "
                  "teaching hospital in Colombo. The views expressed are her own.*\n")
    assert column.authors == ("Nilanthi Wickramaratne-Perera",)
    item = text(f"What the sequencer rule means for Swiss research groups\n\n{lead}\n\nThe society will publish guidance.\n\n"
                "About the authors\nDr Lea Brunner-Tschudi chairs the SSGM Science Policy Committee and leads a research "
                "group in Basel.\nProf. Matthieu Favre-Roulin is vice-president of the SSGM and directs a clinical genomics "
                "centre in Lausanne.\n")
    assert item.authors == ("Lea Brunner-Tschudi", "Matthieu Favre-Roulin")


def test_a_byline_run_into_the_dateline_in_capitals_and_a_wire_terminal_s_codes():
    article = text("PAKISTAN | BUSINESS\nCHINA CURBS WAFER-SLICING MACHINES, PROBES US FIRM\nBy Saima Rafiq AwanKARACHI: China on "
                   "Wednesday placed exports of the machines used to slice solar wafers under licence, officials said.\n\n"
                   "The move follows a US rule on polysilicon, traders said.\n")
    assert article.authors == ("Saima Rafiq Awan",)
    assert article.paragraphs[0].startswith("KARACHI: China on Wednesday")
    assert _is_furniture("Códigos: ENR SOLR TRD USA CHN ARG | Tickers: <MSWK.O> <CLRV.N> <PVTR.O>", REGISTRY.rules)
    assert not _is_furniture("STOPPING THE FLOW: AI CHIP DIVERSION AND THE ENFORCEMENT OF EXPORT CONTROLS", REGISTRY.rules)


def test_date_lines_labelled_in_other_languages_and_a_site_s_clock():
    rules = REGISTRY.rules
    assert _header_date("Publicat pe 29 apr. 2026", rules) == (2026, 4, 29)
    assert _header_date("Udgivet 24. april 2026", rules) == (2026, 4, 24)
    assert _header_date("Posted on 26 April 2026 by tiics_web", rules) == (2026, 4, 26)
    assert _header_date("Philippine Standard Time: Friday, April 27, 2026, 9:14:02 AM", rules) is None


def test_a_site_s_posting_stamp_a_day_after_the_statement_s_dateline_gives_way_to_it():
    article = text("MSSC | Malaysian Semiconductor Suppliers Council\nMedia Centre › Press Statements\nPosted on 29/07/2026 by MSSC "
                   "Secretariat\nPRESS STATEMENT\n\nMSSC welcomes clarity on AI chip transit permits\n\nKUALA LUMPUR, 28 July 2026 "
                   "– The Malaysian Semiconductor Suppliers Council welcomes the guidelines issued by the ministry on permits.\n\n"
                   "Members have reported approval times of three to ten weeks, the council said.\n")
    assert article.date == dt.date(2026, 7, 28)


def test_a_date_among_other_words_on_a_short_line_over_the_text_when_no_line_is_only_a_date():
    article = text("МК в регионах\nВ Рязани наградили лучших журналистов\nМК в регионах 13 января 2026\n\nThe city's journalism "
                   "awards were handed out on Monday evening in the regional library, the organisers said.\n")
    assert article.date == dt.date(2026, 1, 13)
    wire = text("Trump visit stirs protests in the capital\nBy Associated Press Jun 24, 2026, 3:53pm CDT\n\nHundreds of "
                "protesters gathered outside the hotel on Tuesday, police said.\n")
    assert wire.date == dt.date(2026, 6, 24)


def test_a_headline_broken_after_its_dash_and_a_clipper_s_save_date():
    article = text("Business / Industry\nSUNDAY SPECIAL\nDhaka assemblers eye US robot-vacuum orders —\nif they can find "
                   "non-Chinese lidar\nPublished: 20 May 2026, 00:00\nBy Farhana Rahman Mitu\n\nThe afternoon shift at the "
                   "plant was assembling rice cookers on Thursday, as it has for a decade.\n")
    assert article.title == "Dhaka assemblers eye US robot-vacuum orders — if they can find non-Chinese lidar"
    assert _header_date("clipped: 2026-05-20", REGISTRY.rules) is None


def test_croatian_and_ukrainian_date_lines():
    rules = REGISTRY.rules
    assert _header_date("14.05.2026. u 22:14", rules) == (2026, 5, 14)
    assert _header_date("Субота, 16 травня 2026", rules) == (2026, 5, 16)
    assert _header_date("Utorak, 12. svibnja 2026.", rules) == (2026, 5, 12)


def test_a_byline_with_its_place_run_into_the_lead_s_first_word():
    article = text("Dhaka assemblers eye US robot-vacuum orders\nPublished: 20 May 2026, 00:00\n\nBy Farhana Rahman Mitu from "
                   "GazipurThe afternoon shift at the plant was assembling rice cookers on Thursday, as it has for a decade.\n\n"
                   "The factory employs 900 people, its owner said.\n")
    assert article.authors == ("Farhana Rahman Mitu",)
    assert article.paragraphs[0].startswith("The afternoon shift at the plant")
    assert "By Farhana Rahman Mitu from Gazipur" in article.furniture



def test_a_blog_s_comments_under_their_writers_says_lines_with_no_label_over_them():
    lead = ("The Chargers lost again on Monday night, and their coach said afterwards that the team needed to win this "
            "game more than any other this season.")
    article = text("Chargers coach says the team needed to win this game\nBy Michael David Smith\n\n" + lead + "\n\nThe team plays Denver next week.\n\n"
                   "joetoronto says: November 19, 2019 at 6:44 am\n\nIt's time for both fans to come to grips with it.\n\n"
                   "theprocess12 says: November 19, 2019 at 6:58 am\n\nThey will be fine next year.\n")
    assert article.paragraphs == (lead, "The team plays Denver next week.")
    assert "They will be fine next year." in article.furniture


def test_a_share_bar_with_its_count_is_furniture():
    assert _is_furniture("258 Shares Buffer Share Pin Tweet Share Email", REGISTRY.rules)
    assert _is_furniture("0 SHARES Pinterest Facebook Twitter Mix Flipboard", REGISTRY.rules)
    assert not _is_furniture("258 1,204", REGISTRY.rules)  # (counts alone say nothing of a share bar)


def test_a_byline_over_its_dateline_on_the_lead_s_line_and_an_ethiopian_form_of_address():
    article = text("Tangier syringe makers see an opening\n\nBy Yasmine Alaoui-Benjelloun TANGIER, 29 May 2026 – At the edge of "
                   "the free zone, the managers of a syringe plant spent the week answering calls, they said.\n\nThe plant "
                   "employs 400 people.\n")
    assert article.authors == ("Yasmine Alaoui-Benjelloun",)
    assert article.dateline.startswith("TANGIER") and article.paragraphs[0].startswith("At the edge of the free zone")
    assert "Ato" in REGISTRY.rules.titles


def test_a_select_all_copy_s_menus_over_the_headline_are_the_page_s():
    lead = ("When President Trump's advisers suggested that Beijing resume buying around $20 billion in American farm "
            "products a year, the president balked and demanded more, officials familiar with the talks said.")
    second = ("Mr. Trump has brought his love of show business to trade talks with China, injecting public drama into "
              "what are typically closed-door negotiations, and businesses are paying for it, executives said.")
    # (a site's menus run long: this one has 70 items, copied an item a line)
    menu = ["Skip to main content", "sign up for newsletters", *(f"{section} {item}" for section in (
        "Senate", "House", "Campaign", "Policy", "Defense", "Energy", "Finance") for item in (
        "News", "Opinion", "Video", "Polls", "Briefing Room", "In The Know", "Floor Action", "Regulation", "Media",
        "Sunday Talk Shows"))][:70]
    copy = "\n".join([*menu, "Trump's Made-for-TV Trade War Keeps World Guessing", "By Ana Swanson", lead, second]) + "\n"
    article = text(copy)
    assert article.title == "Trump's Made-for-TV Trade War Keeps World Guessing"
    assert article.author == "Ana Swanson"
    assert article.paragraphs[0] == lead
    assert all(item in article.furniture for item in menu)  # (kept, as the page's)
    # A report's cover is no menu: its headline of its own line stays over its list of authors
    cover = text("\n".join(["GRANVILLE CENTER FOR ECONOMIC SECURITY", "SPECIAL REPORT", "Beyond the Choke Point",
                            "Gallium, Germanium, Antimony and the Limits of Western Substitution", "AUTHORS",
                            "Rebecca Anand", "Tomasz Wierzbicki", "Ho-Jin Lee",
                            "With research assistance from Maya Goldfarb and Daniel Okafor", "JUNE 2026", "", lead, "",
                            second]) + "\n")
    assert cover.title == "Beyond the Choke Point"


def test_a_chat_copied_with_its_stamps_is_read_as_the_message_that_shares_the_article():
    lead = ("SUVA — Fiji and its neighbours are counting the cost of a week in which the United States refused to let a "
            "Pacific cable land on its shores and China barred foreign repair ships from its waters, officials said.")
    second = ("The Kahiko Pacific cable, which was to connect Suva and Apia to Hawaii by the end of 2030, was one of two "
              "systems denied a landing licence by the US Federal Communications Commission on Monday.")
    chat = ["[09/06/2026, 07:12] Mere Tabua: Morning all, Sai sent me this last night, worth a read before the call.",
            "Forwarded", "[09/06/2026, 07:13] Mere Tabua: NEWS | PACIFIC",
            "Pacific islands caught in the middle as Washington and Beijing trade cable bans",
            "By Kelera Naqiri and Avinash Deo Sharma", "Friday, June 8, 2026 – 6:45 pm", lead, second,
            "[09/06/2026, 07:20] Josateki Lomu: Vinaka Mere. So Kahiko is finished?",
            "[09/06/2026, 07:22] Mere Tabua: Not finished, just homeless. Will ask on Tuesday."]
    article = text("\n".join(chat) + "\n")
    assert article.title == "Pacific islands caught in the middle as Washington and Beijing trade cable bans"
    assert article.author == "Kelera Naqiri and Avinash Deo Sharma"
    assert article.date == dt.date(2026, 6, 8)  # (not the day it was shared in the chat)
    assert article.paragraphs[-1].endswith(second)
    assert chat[0] in article.furniture and chat[-1] in article.furniture  # (the chat's, kept)
    assert "[09/06/2026, 07:13] Mere Tabua:" in article.furniture
    # An article that quotes a chat's lines under its own headline is no chat
    from generator.parse import chat_message
    quoted = ["Ministers' chat leaked", "", lead, "", chat[0], chat[-2], "", second]
    assert chat_message(quoted) == (quoted, ())


def test_a_feed_reader_s_byline_names_the_writers_before_the_feed_and_its_age():
    article = text("Cambodian carriers fear slower repairs as Beijing's cable-ship permits loom\n"
                   "by Chea Sovannary, Tep Monirath · Tonle Business Review — Tech & Telecoms · 3h\n"
                   "Monday, 11 June 2026\n\nCambodia's internet providers are preparing for longer outages when undersea "
                   "cables break, after China said last week that foreign repair ships will need its permits.\n")
    assert article.title == "Cambodian carriers fear slower repairs as Beijing's cable-ship permits loom"
    assert article.author == "Chea Sovannary and Tep Monirath"


def test_a_page_s_chrome_in_its_own_language_is_the_page_s():
    article = text("Lunes, 25 de junio de 2026\nALTIPLANO ECONÓMICO\nInicio | Economía | Minería | Energía | Opinión\n"
                   "Usamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar | Configurar\n"
                   "COLUMNA INVITADA\nThe graphite fight is Bolivia's lithium warning\n"
                   "Washington and Beijing spent last week fighting over the least glamorous material in a battery.\n"
                   "Publicado el 24/06/2026 — 06:00 | Hace 1 día\n"
                   "Comparte: Facebook | WhatsApp | X | Telegram | Copiar enlace\n"
                   "Graphite does not get conferences in La Paz. It is black, cheap by the tonne and, until last week, "
                   "almost nobody outside a handful of engineers could say where it came from.\n"
                   "The graphite fight is not our fight. The next one may be.\n"
                   "Etiquetas: litio, grafito, baterías, China, Estados Unidos, opinión\nMás de Opinión\n"
                   "Los bonos soberanos y la ventana de julio\n")
    assert article.title == "The graphite fight is Bolivia's lithium warning"  # (not the cookie banner)
    assert article.date == dt.date(2026, 6, 24)  # (its own publication line under the standfirst, not the site's day)
    assert article.paragraphs[0].startswith("Graphite does not get conferences")
    assert len(article.paragraphs) == 2  # (the tags and the section's other columns are the page's)
    from generator.parse import _is_boilerplate
    assert _is_boilerplate("Usamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar | Configurar",
                           REGISTRY.rules)  # (a consent banner in the site's language, as "We use cookies" is)


def test_a_ministry_page_s_publication_line_in_cyrillic_dates_it():
    article = text("Ministry of Economy and Industry | Republic of Bulgaria\n"
                   "Публикувано: 20.06.2026 18:05 | Последна актуализация: 22.06.2026 09:14\n"
                   "Deputy Minister Kalina Stoyanova-Petkova: Bulgaria can make the anodes Europe can no longer count on\n\n"
                   "Thank you for inviting me to open this forum, and thank you for coming to Sofia in what has turned out "
                   "to be a week nobody in this room planned for.\n")
    assert article.date == dt.date(2026, 6, 20)


def test_a_post_sharing_an_article_is_the_network_s_down_to_its_buttons():
    note = ("Sharing this because it's the clearest piece I've read on what the US–China cable fight means for the "
            "Pacific coast of South America.")
    lead = ("GUAYAQUIL — The consortium behind Humboldt Sur, the undersea cable that was supposed to give Ecuador a "
            "direct route to Florida by 2031, has suspended its supply contract, its partners said on Thursday.")
    copy = "\n".join(["Feed post", "Gabriela Cevallos Wright • 2nd", "3h • Edited • 🌐", note,
                      "👍💡❤️ 186 · 29 comments · 7 reposts", "Like | Comment | Repost | Send", "Pacífico Económico",
                      "Ecuador's Humboldt cable loses its US landing and looks for a new supplier", "Published Jun 14, 2026",
                      lead]) + "\n"
    article = text(copy)
    assert article.title == "Ecuador's Humboldt cable loses its US landing and looks for a new supplier"
    assert article.date == dt.date(2026, 6, 14)
    assert note in article.furniture and "Like | Comment | Repost | Send" in article.furniture
    assert body(article).startswith("The consortium behind Humboldt Sur")


def test_an_article_pasted_between_rules_under_a_post_is_the_post_s_article():
    note = ("DR free-zone plants are already getting calls from US buyers about antibiotics two days after the tariff "
            "announcement. Pasting the piece since it's paywalled")
    comment = "My 2c: the hospital pharmacist's quote is the real story. Small markets get squeezed every time."
    lead = ("SANTO DOMINGO — Two days after Washington announced duties on Chinese pharmaceutical ingredients, managers "
            "at the free-zone drug plants say their phones have not stopped ringing.")
    copy = "\n".join(["reddit  r/supplychain  Search in r/supplychain", "r/supplychain • 14 hr. ago", "caribe_qa_lead",
                      note, "", "---", "", "Free-zone drug plants field US calls as Washington taxes Chinese ingredients",
                      "", "By Yokasta Peralta Almánzar", "June 27, 2026", "", lead, "",
                      *["The Commerce Department said the duties start on August 1, and buyers want prices fixed for "
                        "two years, which plant managers called a bet on the tariff war ending quickly.", ""] * 3,
                      "---", "", comment, "", "412", "Vote", "Reply  Share  78"]) + "\n"
    article = text(copy)
    assert article.title == "Free-zone drug plants field US calls as Washington taxes Chinese ingredients"
    assert (article.author, article.date) == ("Yokasta Peralta Almánzar", dt.date(2026, 6, 27))
    assert body(article).startswith("Two days after Washington") and comment not in body(article)
    assert note in article.furniture and comment in article.furniture and "412" in article.furniture


def test_a_newsletter_s_items_between_rules_are_no_pasted_article():
    copy = ("Trade Desk Weekly\nJune 20, 2026\n\nTariffs rose again this week, and the ministry promised guidance on "
            "licences before the end of the month, officials said.\n\n---\n\nSecond item: graphite\nBy Ana Ruiz\n"
            "June 19, 2026\n\nAnode makers asked for more time.\n")
    article = text(copy)
    assert article.title.startswith("Trade Desk Weekly") and body(article).startswith("Tariffs rose again")


def test_a_clipping_s_own_header_and_notes_over_the_clipped_article_are_the_reader_s():
    why = ("💡 Why I clipped this: first regulator in the region to fast-track non-Chinese ingredient sources, and the "
           "only piece on feed vitamins.")
    copy = "\n".join(["Lucía Ferraro's Workspace / Clippings / Paraguay — fast-track + feed vitamins", "Share   ☆   ···",
                      "Created         July 5, 2026 9:02 AM", "Tags            pharma · LatAm", why, "▸ My highlights",
                      '"Paraguay\'s laboratories have the plants and the registrations."',
                      "📎 Clipped from Ñandutí Económico (English edition) with Web Clipper", "",
                      "ECONOMÍA · English edition",
                      "Paraguay's regulator fast-tracks non-Chinese drug ingredients",
                      "Por Rodrigo Villalba Insfrán · Traducción: Ana Belén Ortiz", "04/07/2026 - 18:22 hs.", "",
                      "ASUNCIÓN — Paraguay's health regulator will fast-track applications from drugmakers that switch "
                      "to non-Chinese suppliers of active ingredients, its director said on Wednesday."]) + "\n"
    article = text(copy)
    assert article.title == "Paraguay's regulator fast-tracks non-Chinese drug ingredients"
    assert (article.author, article.date) == ("Rodrigo Villalba Insfrán", dt.date(2026, 7, 4))  # not the day it was clipped
    assert why in article.furniture and "Económico" not in body(article)


def test_a_news_app_s_today_over_the_article_s_own_day_is_not_its_date():
    article = text("Apple News\nToday    News+    Sports    Puzzles\nTuesday, June 26\nTHE GRAND HARBOUR TIMES\nBUSINESS\n"
                   "US slaps duties on Chinese drug ingredients and orders a medicine stockpile\nBy Rebecca Farrugia "
                   "Sciberras\nJun 25, 2026 at 8:41 PM\n\nThe United States will impose duties of 25 per cent on active "
                   "pharmaceutical ingredients made in China, officials said on Monday.\n")
    assert article.date == dt.date(2026, 6, 25)


def test_a_writer_s_name_over_a_follow_button_under_the_standfirst_is_the_byline():
    article = text("Medium\nOpen in app\nKafue Health Notes\nHeparin, vitamin A and a district hospital\nNobody in "
                   "Washington or Beijing was thinking about Zambia last week. Our pharmacy shelves will notice anyway.\n"
                   "Mwansa Chileshe-Banda\nFollow\nPublished in\nKafue Health Notes\n·\n7 min read\n·\nJul 2, 2026\n\n"
                   "I have worked in hospital pharmacy in Lusaka Province for eleven years, and I have learned a lot.\n")
    assert (article.title, article.author) == ("Heparin, vitamin A and a district hospital", "Mwansa Chileshe-Banda")
    assert body(article).startswith("I have worked")


def test_a_blog_platform_s_footer_copied_a_cell_a_line_under_the_last_paragraph_is_furniture():
    footer = ["--", "312", "6", "Mwansa Chileshe-Banda", "Written by Mwansa Chileshe-Banda",
              "1.4K Followers · Writer for Kafue Health Notes",
              "Hospital pharmacist in Lusaka. Writing about medicines, supply chains and what happens at the end of them.",
              "Follow", "More from Mwansa Chileshe-Banda and Kafue Health Notes"]
    article = text("Heparin and a district hospital\n\nBy Mwansa Chileshe-Banda\n\n" + LEAD + "\n\nNone of this is new. It "
                   "just became urgent, and the district hospitals will be the last to be resupplied.\n\n"
                   + "\n".join(footer) + "\n")
    assert body(article).endswith("the last to be resupplied.")
    assert "Written by Mwansa Chileshe-Banda" in " ".join(article.furniture)


def test_a_thread_s_posts_or_a_release_s_contacts_are_no_footer():
    thread = ["Corinne Vasquez-Hale", "@cvhale.bsky.social", "· 13h",
              "Small but important: Kessler says the draft quarterly report template will be published for comment.",
              "6", "3", "Corinne Vasquez-Hale", "@cvhale.bsky.social", "· 12h",
              "Westbrook closes by asking BIS for a written answer within 30 days on whether any plant has shipped."]
    article = text("Kessler before the Senate\n\n" + LEAD + "\n\n" + "\n".join(thread) + "\n")
    assert "Westbrook closes by asking" in body(article)
    contacts = ["Press contact:", "Press Office", "Dr. Annegret Schüler, Spokesperson", "Tel.: +49 30 18615-0",
                "E-Mail: press@ministry.example", "Print this page"]
    assert not _rail(contacts) and _rail(["Print", "Email", "Issues: Trade", "Washington, DC Office", "Privacy Policy"])


def test_a_post_s_pictographs_its_view_count_and_a_skip_link_in_spanish_are_not_the_article_s():
    article = text("Ir al contenido\nInicio\nExplorar\nNotificaciones\n\n📡 Temburong villages' satellite link in limbo\n"
                   "11:32 a. m. · 14 jul. 2026 · 48,2 mil Visualizaciones\n\n" + LEAD + "\n")
    assert article.title == "Temburong villages' satellite link in limbo"
    assert article.date == dt.date(2026, 7, 14) and "📡" in article.furniture
    assert _header_date("9:14 AM · Oct 31, 2025 · 12K Views", REGISTRY.rules) == (2025, 10, 31)
    assert _is_furniture("Ir al contenido", REGISTRY.rules) and _is_furniture("Zum Inhalt springen", REGISTRY.rules)


def test_the_card_of_the_article_a_post_shares_gives_its_headline():
    article = text("Istmo Económico\n@IstmoEconomico\n\n🧵 Beijing's security review of a US ground-station company has "
                   "reached Panama. A teleport at Panamá Pacífico keeps thousands of ships online.\n\nistmoeconomico.example\n\n"
                   "Beijing's security review of US teleport firm reaches Panamá Pacífico\n\n"
                   "11:32 a. m. · 14 jul. 2026\n\n" + LEAD + "\n")
    assert article.title == "Beijing's security review of US teleport firm reaches Panamá Pacífico"
    assert not article.title_inferred


def test_a_cookie_banner_over_a_copy_s_menus_is_not_its_lead_and_its_by_line_no_byline():
    # (a site's menus, copied an item a line, a hundred of them)
    menu = [f"{section} {item}" for section in ("Tech", "Reviews", "Science", "Creators", "Entertainment", "Video", "Policy",
                                                 "Cars", "Features", "Podcasts") for item in (
        "Home", "Phones", "Laptops", "Space", "Health", "Energy", "Film", "Games", "Music", "Deals")]
    copy = "\n".join(["Skip to main content", "", "We use cookies and other tracking technologies to improve your browsing "
                      "experience on our site, show personalized content and targeted ads, and analyze site traffic.", "",
                      "By choosing I Accept, you consent to our use of cookies and other tracking technologies.", "",
                      "I Accept", *menu, "Filed under:", "Policy", "Trade", "US defers its chip tariff for another year",
                      "New, 15 comments", "", "The fourth delay in a row follows a year of lobbying by carmakers",
                      "By Chaim Gartenberg@cgartenberg Nov 19, 2026, 7:53pm EST", "Share this story",
                      "Share All sharing options for: US defers its chip tariff for another year", "", LEAD.strip(), "",
                      LEAD.strip()]) + "\n"
    article = text(copy)
    assert article.title == "US defers its chip tariff for another year"
    assert article.paragraphs[0] == LEAD.strip()
    assert "Skip to main content" in article.furniture and "Podcasts Deals" in article.furniture


def test_a_copy_s_headline_right_over_its_date_line_stands_however_long_its_share_bar():
    menu = ["Homepage", "Accessibility links", "Skip to content", "Home", "News", "Sport", "Weather", "Sounds", "Menu",
            *(f"{section} {item}" for section in ("World", "UK", "Business", "Tech", "Science", "Health", "Arts", "Politics")
              for item in ("News", "Video", "Explainers", "In Pictures", "Reality Check"))]
    share = [*(f" Share this with {network}" for network in ("Facebook", "Messenger", "Twitter", "Email") * 2), "Share", "",
             "Share this with", "", "These are external links and will open in a new window", "", *(
        line for network in ("Email", "Facebook", "Messenger", "Twitter", "WhatsApp", "Pinterest", "LinkedIn")
        for line in (network, "", f"Share this with {network}", "")), "Copy this link", "",
        "https://www.news.example/newsbeat-50470672", "Read more about sharing.", "", "Close share panel",
        " Image copyright Pool Photos", ""]
    copy = "\n".join([*menu, "Newsbeat", "Taylor Swift is allowed to play her music at the AMAs after all",
                      "19 November 2026", *share, "", LEAD.strip(), "", LEAD.strip()]) + "\n"
    lines = copy.split("\n")
    assert lines[page_chrome(lines)] == "Taylor Swift is allowed to play her music at the AMAs after all"
    article = text(copy)
    assert article.title == "Taylor Swift is allowed to play her music at the AMAs after all"
    assert article.date == dt.date(2026, 11, 19)


def test_a_post_cut_by_the_feed_in_another_language_shares_the_article_under_it():
    post = ["Treci la conținutul principal", "LinkedIn", "Postare din feed", "Victor Ciobanu-Rusu • 1st",
            "CEO at Codru Networks", "1 zi • Editat • 🌐",
            "A week ago nobody outside Moldova asked me where our firmware is written. This week I had calls from three "
            "distributors and, yes, a buyer in New Jersey.", "#routers #Moldova", "…mai mult", "Prut Business Review",
            "4.812 urmăritori", "Chișinău router maker sees opening in US ban", "Publicat pe 23 iul. 2026",
            "Irina Lozovanu-Popa", "Technology correspondent, Prut Business Review"]
    article = text("\n".join([*post, LEAD.strip(), LEAD.strip()]) + "\n")
    assert article.title == "Chișinău router maker sees opening in US ban"
    assert article.author == "Irina Lozovanu-Popa" and article.date == dt.date(2026, 7, 23)
    assert _header_date("23 iun. 2026", REGISTRY.rules) == (2026, 6, 23)


def test_a_message_forwarded_into_a_channel_or_a_chat_is_read_under_the_messenger_s_mark():
    channel = ["Telegram", "Ala-Too Digital", "18 642 subscribers", "Pinned Message",
               "Our weekly digest now comes out on Fridays", "July 16", "Kyrgyz fintech startup raises $2.1m seed round.",
               "👁 6.1K  21:14", "July 17", "Forwarded from Bishkek Business Wire", "🇨🇳🇺🇸 #routers #USChina",
               "Beijing vows firm response to US router ban; Kyrgyz providers count their boxes"]
    article = text("\n".join([*channel, "Bishkek, 17.07.2026 — " + LEAD.strip(), LEAD.strip(),
                              "Text: Aizada Temirbekova, Nurlan Osmonaliev / Bishkek Business Wire", "👁 9.4K  edited  14:06"]) + "\n")
    assert article.title == "Beijing vows firm response to US router ban; Kyrgyz providers count their boxes"
    assert article.date == dt.date(2026, 7, 17) and article.paragraphs[0] == LEAD.strip()
    assert article.author == "Aizada Temirbekova and Nurlan Osmonaliev"
    assert "Our weekly digest now comes out on Fridays" in article.furniture
    chat = ["WhatsApp", "Kampala ICT Dealers Forum", "Ronald, Sharifa, Hassan K., You", "22/07/2026", "~ Ronald Kizza",
            "Have you people seen this?", "07:39", "~ Ronald Kizza", "Forwarded many times",
            "*Router dealers brace for flood of cheap Chinese boxes after US ban*", "", "_By Brenda Nakato and Moses Ssekandi_",
            "THE KAMPALA SENTINEL | Business | Posted 21st July 2026, 6:45pm", ""]
    article = text("\n".join([*chat, LEAD.strip(), "", LEAD.strip(), "07:41"]) + "\n")
    assert article.title == "Router dealers brace for flood of cheap Chinese boxes after US ban"
    assert article.author == "Brenda Nakato and Moses Ssekandi" and article.date == dt.date(2026, 7, 21)


def test_a_newspaper_page_s_running_head_heads_its_page_not_the_line_over_it():
    page = ["Mekong Observer ePaper | Edition: Vientiane | Fri 20 Jul 2026 | Page 8 of 24",
            "Text extracted from page image — may contain recognition errors. Saved 21/07/2026 09:12",
            "8 | THE MEKONG OBSERVER | Friday, July 20, 2026", "BUSINESS",
            "Beijing hits back over router ban with probe into US optical transceivers",
            "Export licences for chip packaging materials from September", "By Khamphone Inthavong"]
    article = text("\n".join([*page, LEAD.strip(), LEAD.strip()]) + "\n")
    assert article.title == "Beijing hits back over router ban with probe into US optical transceivers"
    assert article.author == "Khamphone Inthavong"


def test_a_site_s_market_ticker_and_a_record_s_day_field_date_nothing():
    live = text("\n".join(["Tue, 31 Jul 2026 | ZiG/US$ 26.41 | ZSE All Share 18,204.6 ▲0.4%", "MSASA BUSINESS DAILY",
                           "Business Live: Monday 30 July 2026 — markets, mining and the day's money news", "", LEAD.strip()]) + "\n")
    assert live.date == dt.date(2026, 7, 30)
    filing = text("\n".join(["Bahrain Bourse", "Company: DILMUN AUTOMATION HOLDINGS B.S.C.",
                             "Disclosure Date: 01/08/2026   Time: 13:42", "", LEAD.strip()]) + "\n")
    assert not filing.title.startswith("Disclosure Date")


def test_a_newsletter_s_item_printed_whole_with_its_byline_is_the_story_kept():
    issue = ["ADRIATIC MANUFACTURING BRIEF", "from Bregdeti Economic Review · Tirana · Issue #97 · Friday 3 July 2026",
             "Good morning. Three things this week: a berth, the robot row's bill and a solar tender.", "",
             "IN THIS ISSUE", "1. Durrës container berth to open in October",
             "2. Carmakers count the cost as Beijing's magnet licences meet Washington's robot ban",
             "3. Vlora solar tender draws nine bids", "", "1. Durrës container berth to open in October",
             "The second container berth at Durrës will take its first ship in October, the port director said. Read more →",
             "", "2. Carmakers count the cost as Beijing's magnet licences meet Washington's robot ban",
             "By Ilirjana Dervishi and Matthias Oberländer", ""]
    article = text("\n".join([*issue, LEAD.strip(), "", LEAD.strip()]) + "\n")
    assert article.title == "Carmakers count the cost as Beijing's magnet licences meet Washington's robot ban"
    assert article.author == "Ilirjana Dervishi and Matthias Oberländer" and article.paragraphs[0] == LEAD.strip()
    assert any(line.startswith("The second container berth") for line in article.furniture)


@pytest.mark.parametrize("notes, author", [
    ("Host: Marisol Echeverría Pinto\nProducer: Julio César Tzoc", "Marisol Echeverría Pinto"),
    ("Hosted by Julian Arkwright. Produced by Sunita Rao-Whitlock.", "Julian Arkwright"),
    ("Host Tessa Ortolani is joined by former BIS official Hollis Brandt to unpack Wednesday's talks.", "Tessa Ortolani"),
    ("Speakers: Aoife Ní Bhriain (presenter); Dónal Crowley-Farrell (business correspondent); Siobhán McGrath-Dwyer "
     "(site director, Lough Mahon Fine Chemicals)", "Aoife Ní Bhriain and Dónal Crowley-Farrell"),
])
def test_a_show_s_host_or_presenters_named_in_its_notes_write_it(notes, author):
    article = text(f"The Nearshore Hour\nEp. 212 — Robots with a phone line\n\nShow notes\n{notes}\n\nTranscript\n\n"
                   f"{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.author == author
    # (a page that is no show names its event's host as no writer)
    assert not text(f"Trade fair opens in Hanover\n\n{LEAD.strip()}\n\nHost: Deutsche Messe AG\n").author


def test_a_byline_s_label_in_azerbaijani_or_russian_names_the_writer():
    for label in ("Müəllif", "Автор"):
        article = text(f"Despite the US sanctions, the robot maker's project in Alat is continuing\n"
                       f"31.07.2026, 14:25\n{label}: Aytən Hüseynova\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
        assert article.author == "Aytən Hüseynova"


def test_a_body_of_the_house_s_signing_a_record_is_no_writer_and_a_record_s_kind_no_outlet():
    record = text("JOINT SELECT COMMITTEE ON DIGITAL INFRASTRUCTURE\nOfficial Report (Hansard)\nWednesday, 18 July 2026\n\n"
                  f"{LEAD.strip()}\n\n{LEAD.strip()}\n\nReported by the Hansard Unit. Editor of Debates: Claudette Rowe-Harrison\n")
    assert record.author == ""
    assert record.title == "Official Report (Hansard)"


def test_a_wire_s_name_then_its_date_is_a_date_line_under_the_headline_and_its_caption():
    article = text("\n".join(["Sports", "Tennis", "ATP", "WTA", "Hometown Hockey",
                              "Nadal keeps Spain alive against Russia in Davis Cup Finals", "",
                              "Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their Davis Cup "
                              "tennis match in Madrid, Spain, Tuesday, Nov. 19, 2026. (Manu Fernandez/AP)", "",
                              " Associated Press November 19, 2026, 9:02 AM", "", LEAD.strip(), "", LEAD.strip()]) + "\n")
    assert article.title == "Nadal keeps Spain alive against Russia in Davis Cup Finals"
    assert article.source == "Associated Press" and article.date == dt.date(2026, 11, 19)


@pytest.mark.parametrize("line, author, day", [
    ("Von Moritz Bachmann publiziert am 25. September 2026", "Moritz Bachmann", dt.date(2026, 9, 25)),
    ("By Moritz Bachmann published on September 25, 2026", "Moritz Bachmann", dt.date(2026, 9, 25)),
    ("By Chaim Gartenberg@cgartenberg Nov 19, 2026, 7:53pm EST", "Chaim Gartenberg", dt.date(2026, 11, 19)),
])
def test_a_byline_and_its_date_run_together_give_both(line, author, day):
    article = text(f"Zurück zur Übersicht\n\n{line}\n\nDie elektronische Patientenakte – der lange Marsch ins Digitale\n\n"
                   f"{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.author == author and article.date == day
    assert article.title == "Die elektronische Patientenakte – der lange Marsch ins Digitale"


def test_a_trail_of_sections_run_into_the_headline_over_it_is_the_page_s():
    article = text("E-mail info@ascom.example\nHome News Business News Ascom announces a distribution partnership with GE "
                   "Healthcare in Europe\nAscom announces a distribution partnership with GE Healthcare in Europe\n"
                   f"October 12, 2026\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.title == "Ascom announces a distribution partnership with GE Healthcare in Europe"
    assert any(line.startswith("Home News Business News") for line in article.furniture)


def test_a_trail_run_into_the_headline_the_page_then_sets_in_capitals_gives_the_headline_as_the_trail_writes_it():
    article = text("HOME\nRAISING BOYS\nHome Holidays Homemade Spiced Honey Pear Jam for the Holidays\n"
                   "This post may contain affiliate links.\nHolidaysRecipes\nHOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS\n"
                   f"written by Regan\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.title == "Homemade Spiced Honey Pear Jam for the Holidays"


def test_a_blog_s_name_in_one_word_under_its_post_s_title_is_not_the_title_s_second_line():
    article = text("Home\nAbout\nNollywood Actress, Kate Henshaw Is Looking Stunning In New Photos\nLinkNaija\n"
                   f"October 06, 2026\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.title == "Nollywood Actress, Kate Henshaw Is Looking Stunning In New Photos"


def test_a_thread_s_numbered_first_post_gives_its_whole_first_sentence_as_the_headline():
    article = text("Ximena Alvarenga Portillo\n@xalvarenga_dc\nSeguir\n"
                   "1/8 🧵 Washington bars federal hospitals from buying Chinese CT and MRI scanners and opens a probe into "
                   "their patient-data links. What was announced this morning, who is named, and why it matters 👇\n\n"
                   f"2/8 {LEAD.strip()}\n\n3/8 {LEAD.strip()}\n")
    assert article.title == ("Washington bars federal hospitals from buying Chinese CT and MRI scanners and opens a probe "
                             "into their patient-data links")


def test_a_poster_s_note_of_two_sentences_over_the_headline_it_pastes_is_not_the_headline():
    article = text("r/guyana\n5 hr. ago\nberbice_boy_592\n"
                   "The Courier has it behind the paywall so here is the text. Mods remove if not allowed.\n"
                   "Ministry orders review of Chinese CT scanners' remote links as US ban raises data questions\n"
                   f"By Tricia Harripersaud-Grant\nThursday, August 16, 2026\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.title == "Ministry orders review of Chinese CT scanners' remote links as US ban raises data questions"


def test_a_bosnian_writes_label_is_a_byline():
    article = text("ZDRAVSTVO / HEALTH\nGadolinium licences put Bosnia's MRI contrast supply on a three-month clock\n"
                   f"Piše: Lejla Mujkić-Osmanagić\n21.08.2026. u 08:47\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.author == "Lejla Mujkić-Osmanagić"
    assert article.title == "Gadolinium licences put Bosnia's MRI contrast supply on a three-month clock"


def test_a_report_dated_by_month_on_its_cover_takes_the_day_its_suggested_citation_gives():
    article = text("MULANJE INSTITUTE FOR HEALTH POLICY\nPOLICY BRIEF No. 7/2026\n"
                   "Scanners, servers and scarce metals: what the imaging dispute means for Malawi's hospitals\n"
                   f"Chimwemwe Banda-Mkandawire and Tiyamike Nyirenda-Phiri\nAugust 2026\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n\n"
                   "Suggested citation: Banda-Mkandawire, C. and Nyirenda-Phiri, T. (2026). Scanners, servers and scarce\n"
                   "metals. MIHPE Policy Brief 7/2026.\nLilongwe: Mulanje Institute for Health Policy, 23 August 2026.\n")
    assert article.date == dt.date(2026, 8, 23)


def test_a_copy_that_spaces_some_paragraphs_and_not_others_still_has_a_paragraph_a_line():
    article = text("Foreign Ministry Spokesperson's Regular Press Conference on August 20, 2026\n2026-08-20 19:42\n"
                   "At the invitation of the Foreign Minister, the Foreign Minister of Tajikistan will pay an official visit.\n"
                   "Sino-Asia Review: Could you share more information about the visit? What are China's expectations?\n"
                   "Gao Ruixin: Tajikistan is China's good neighbor, good friend and good partner of many years.\n"
                   f"Harbour Financial Wire: What is China's response to the scanner ban?\nGao Ruixin: {LEAD.strip()}\n\n"
                   f"{LEAD.strip()}\nGlobal Pulse Wire: Will China take part in the debate on peacekeeping?\n"
                   "Gao Ruixin: China will take part in the open debate on Thursday.\nRelated Articles\n"
                   "Foreign Minister Liang Wenhao Meets with Guatemalan Foreign Minister\n")
    assert "Gao Ruixin: China will take part in the open debate on Thursday." in article.paragraphs
    assert article.paragraphs[:3] == (
        "At the invitation of the Foreign Minister, the Foreign Minister of Tajikistan will pay an official visit.",
        "Sino-Asia Review: Could you share more information about the visit? What are China's expectations?",
        "Gao Ruixin: Tajikistan is China's good neighbor, good friend and good partner of many years.")


def test_a_report_s_presenter_in_its_credits_writes_it_with_its_reporter():
    article = text("US ban on Chinese scanners: what it means for PNG's new CT machines | KBN News Tonight\nKBN News PNG\n"
                   f"3,916 views  15 Aug 2026  #PNG\n{LEAD.strip()}\n\nPresenter: Matilda Siune-Kapi\n"
                   "Reporter: Lorraine Kaupa-Waim\nCamera: Benny Lahari\n\nShow transcript\nTranscript\n0:00\n[Music]\n")
    assert article.author == "Matilda Siune-Kapi and Lorraine Kaupa-Waim"


def test_a_post_whose_note_points_down_at_the_article_it_shares_gives_the_article_s_header():
    article = text("Facebook\nWouri Business Daily\nLike Page\nWouri Business Daily\nAugust 7 at 7:15 PM · 🌍\n"
                   "🔴 CHINE – ÉTATS-UNIS | Pékin riposte à l'interdiction américaine des compteurs intelligents. Quelles "
                   "conséquences pour nos compteurs prépayés ? Notre article en anglais 👇 #Cameroun #Energie\nEnglish edition\n"
                   "China answers US meter ban with licences on relay alloys and a probe of American grid sensors\n"
                   f"By Serge Mbarga Ndzana | Douala | 07/08/2026\n{LEAD.strip()}\n{LEAD.strip()}\n")
    assert article.title == "China answers US meter ban with licences on relay alloys and a probe of American grid sensors"
    assert article.author == "Serge Mbarga Ndzana" and article.date == dt.date(2026, 8, 7)


def test_whoever_writes_the_story_from_a_wire_s_reporting_writes_it_too():
    article = text(f"US bars Chinese modules from smart meters\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n\n"
                   "(Reporting by Natalie Okonkwo-Ferris in Washington; Writing by Karim Boustany-Lahoud in Beirut; "
                   "Editing by Joëlle Mansour-Trad)\n")
    assert article.author == "Natalie Okonkwo-Ferris and Karim Boustany-Lahoud"


def test_a_byline_run_straight_into_the_lead_s_first_word_is_the_byline():
    article = text("KANDU CHRONICLE\nBusiness\n\nSmart-meter rollout on 40 islands paused as Atoll Power rewrites tender\n\n"
                   "Friday, 10 August 2026 14:05\n\nBy Aminath Shiuna LatheefThe Atoll Power Corporation has paused the second "
                   f"phase of its smart-meter rollout across 40 inhabited islands.\n\n{LEAD.strip()}\n")
    assert article.author == "Aminath Shiuna Latheef"
    assert article.paragraphs[0].startswith("The Atoll Power Corporation has paused")


def test_a_name_under_a_headline_and_its_dek_over_the_date_is_the_writer():
    article = text("Opinion\nCOMMENTARY\nSmall grids should not have to pick a side over the meter on the wall\n"
                   "Bhutan can learn from the month's meter dispute without joining it\nTandin Norbu Lhendup\n"
                   f"Published on: 13 Aug 2026 | Last updated 18 hours ago\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.title == "Small grids should not have to pick a side over the meter on the wall"
    assert article.author == "Tandin Norbu Lhendup"


def test_a_speech_by_an_office_then_the_name_beside_it_names_its_speaker():
    article = text("Speeches\nSpeech by the Minister of Mineral Resources and Energy, Albertina Nhantumbo Sitoe, at the opening "
                   f"of the Southern African Metering Forum\nMaputo, 8 August 2026\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.speaker == "Albertina Nhantumbo Sitoe"


def test_a_station_s_listen_live_bar_over_its_date_is_no_headline():
    article = text("Skip to content\n▶ LISTEN LIVE  Reef Coast Radio 95.3 FM — Belize City | 97.1 FM Cayo & the South\n"
                   "Saturday, August 25, 2026\nREEF COAST RADIO\nWORLD NEWS\n"
                   "US bars Chinese-made EV chargers from federal network, orders funded sites to swap them out\n"
                   f"Posted: 24 August 2026 at 6:42 pm\nBy Marisol Caliz-Vernon | Reef Coast Radio News\n{LEAD.strip()}\n\n"
                   f"{LEAD.strip()}\n")
    assert article.title == "US bars Chinese-made EV chargers from federal network, orders funded sites to swap them out"


def test_a_newsletter_platform_s_sign_up_box_over_the_post_is_chrome():
    article = text("Cell & Socket\nSubscribe\nSign in\nDiscover more from Cell & Socket\nBatteries, chargers and the "
                   "politics of plugging in. Written from Podgorica, read in 60 countries.\nOver 9,000 subscribers\nSubscribe\n"
                   "By subscribing, I agree to Substack's Terms of Use and acknowledge its Information Collection Notice.\n"
                   "Already have an account? Sign in\nThe salt that runs every battery just got a licence\n"
                   "Washington went after the charger. Beijing went after the electrolyte.\nNikola Vujošević-Perić\n"
                   f"Aug 29, 2026\nShare\n{LEAD.strip()}\n{LEAD.strip()}\n")
    assert article.title == "The salt that runs every battery just got a licence"
    assert article.author == "Nikola Vujošević-Perić"


def test_a_record_s_fields_give_way_to_its_subject_as_headline():
    article = text("WRITTEN QUESTIONS AND ANSWERS\nQuestion No. WQ 118/2026\n"
                   "Subject: Electric vehicle chargers — security of firmware updates and effects of the US–China measures\n"
                   "Asked by: Hon. Marie-Claire Larue-Payet, MNA (Anse Royale)\n"
                   "To: The Minister for Agriculture, Climate Change and Environment\nTabled: Monday, 27 August 2026\n"
                   f"QUESTION\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.title == "Electric vehicle chargers — security of firmware updates and effects of the US–China measures"
    assert not article.standfirst


def test_a_site_s_subscribe_and_log_in_buttons_are_no_byline():
    article = text("THE NASSAU HORNET\nSubscribe from $1.99 | Log in\nBUSINESS\n"
                   "Will my EV still charge? Everything you need to know about the charger ban\n"
                   f"Published 21 hours ago | Updated 25/08/2026 4:15pm\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert "Subscribe" not in article.author


def test_a_release_is_published_when_its_embargo_lifts():
    article = text("PRESS STATEMENT\nIssued: Thursday 26 July 2026, 18:00 ET — EMBARGOED until 00:01 ET, Friday 27 July 2026\n"
                   f"Battery workers union backs robot security rule\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n")
    assert article.date == dt.date(2026, 7, 27)


def test_a_record_s_subject_heading_over_its_first_turn_is_its_headline_not_its_kind():
    record = text("JOINT SELECT COMMITTEE ON DIGITAL INFRASTRUCTURE AND CYBERSECURITY\nOfficial Report (Hansard)\n"
                  "Wednesday, 18 July 2026\nThe Committee met at 10:07 a.m. in Committee Room 1.\nPresent:\n"
                  "Mrs Marcia Blackwood-Ennis, MP (Chairman)\nMr Delroy Fairclough, MP\n"
                  "SECURITY OF IMPORTED HOME AND OFFICE ROUTERS: IMPLICATIONS OF THE UNITED STATES BAN\n"
                  "The CHAIRMAN (Mrs Marcia Blackwood-Ennis): Good morning, Members. Minister, you have the floor.\n"
                  "Mr DELROY FAIRCLOUGH: Madam Chairman, are we to wait two weeks to find out where it is?\n")
    assert record.title == "SECURITY OF IMPORTED HOME AND OFFICE ROUTERS: IMPLICATIONS OF THE UNITED STATES BAN"
    assert "Official Report (Hansard)" in record.furniture and record.date == dt.date(2026, 7, 18)


def test_a_live_blog_s_pinned_entry_is_the_story_and_the_day_s_other_entries_the_page_s():
    blog = ["Tue, 31 Jul 2026 | ZiG/US$ 26.41 | ZSE All Share 18,204.6 ▲0.4%", "MSASA BUSINESS DAILY", "LIVE",
            "Business Live: Monday 30 July 2026 — markets, mining and the day's money news", "Latest | Oldest first", "",
            "16:40 CAT", "ZSE closes firmer", "The All Share index closed 0.4% higher, led by banking counters.",
            "— Nyasha Dube-Ellington", "Share this update", "", "Pinned", "11:30 CAT",
            "China hits back in robot row with licences on reducer and servo magnets", "", LEAD.strip(), "", LEAD.strip(), "",
            "— Farai Chikwanha-Moyo", "", "Share this update", "", "10:15 CAT", "ZiG steady on official market",
            "The Zimbabwe Gold traded at 26.41 to the US dollar this morning.", "— Nyasha Dube-Ellington"]
    article = text("\n".join(blog) + "\n")
    assert article.title == "China hits back in robot row with licences on reducer and servo magnets"
    assert article.author == "Farai Chikwanha-Moyo" and article.date == dt.date(2026, 7, 30)
    assert "ZSE closes firmer" in article.furniture and "ZiG steady on official market" in article.furniture


def test_a_filing_s_letter_gives_its_subject_as_headline_and_its_signatory_as_writer():
    filing = text("Bahrain Bourse\nالعربية | Market Data | Listed Companies | Disclosures\n"
                  "Home > Disclosures > Company Disclosures\nCompany: DILMUN AUTOMATION HOLDINGS B.S.C. (DAH)\n"
                  "Category: Material Information\nDisclosure Date: 01/08/2026   Time: 13:42\n"
                  "Attachment: DAH_Disclosure_01082026.pdf (214 KB)\nThe Bahrain Bourse is not responsible for the content of "
                  "disclosures made by listed companies.\n\nDILMUN AUTOMATION HOLDINGS B.S.C.\nCommercial Registration No. "
                  "71284-1 | P.O. Box 20417, Sitra, Kingdom of Bahrain\n\nRef: DAH/BB/2026/047\nDate: 31 July 2026\n\n"
                  "To: Bahrain Bourse\nListing and Disclosure Department\nManama, Kingdom of Bahrain\n\nDear Sirs,\n\nSubject: Expected impact of new US and Chinese measures on robots "
                  f"and servo motors on the Company's business\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n\nBy order of the Board\n\n"
                  "Huda Jassim Al-Sayegh\nCompany Secretary\n")
    assert filing.title == "Expected impact of new US and Chinese measures on robots and servo motors on the Company's business"
    assert filing.author == "Huda Jassim Al-Sayegh"
    assert "Category: Material Information" in filing.furniture


def test_a_letter_s_signers_and_a_board_s_company_are_no_writers():
    letter = text(f"Letter to Secretary Lutnick on chip licences\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n\nSincerely,\n\n"
                  "Teodora Villanueva-Clark\nMember of Congress\n")
    assert letter.author == ""
    filing = text(f"Announcement on the affiliates rule\n\n{LEAD.strip()}\n\n{LEAD.strip()}\n\nBy order of the Board\n"
                  "Lushan Semiconductor Holdings Limited\n")
    assert filing.author == ""


def test_a_bulletin_s_item_ends_where_its_next_item_starts_and_its_sign_off_writes_it():
    bulletin = ["From: ABO-MK Secretariat <bilten@abo-mk.example>", "Sent: Tuesday, 24 July 2026 08:30",
                "Subject: Members' Bulletin 29/2026 — Routers: the US ban and your network", "", "IN THIS ISSUE",
                "1. Regulatory watch: The router ban and your network", "2. AEK opens consultation on 26 GHz fixed wireless",
                "3. General Assembly, Ohrid, 27 September", "1 | REGULATORY WATCH",
                "US router ban and Beijing's reply: what it means for Macedonian operators", LEAD.strip(), LEAD.strip(),
                "— Marija Stojanovska-Dimeska, Policy and Regulatory Affairs, ABO-MK Secretariat",
                "2 | AEK opens consultation on 26 GHz fixed wireless",
                "The regulator has opened a consultation on the 26 GHz band for fixed wireless access until 31 August.",
                "3 | General Assembly, Ohrid, 27 September", "Members are invited to the General Assembly in Ohrid."]
    article = text("\n".join(bulletin) + "\n")
    assert article.title == "US router ban and Beijing's reply: what it means for Macedonian operators"
    assert article.author == "Marija Stojanovska-Dimeska"
    assert not any("26 GHz band" in p for p in article.paragraphs)
    assert any("26 GHz band" in line for line in article.furniture)


def test_a_bulletin_s_item_printed_under_its_number_with_a_headline_of_its_own_is_found():
    issue = ["From: LAMS Secretariat <bulletin@lams.example>", "Subject: [LAMS Members' Bulletin 24/2026] Graphite",
             "", "LUXEMBOURG AUTOMOTIVE & MOBILITY SUPPLIERS", "Members' Bulletin | No. 24/2026 | 21 June 2026", "In this issue",
             "1. Graphite: US duties, China's licences and your supply chain", "2. CBAM working group", "3. New members",
             "________________________________________",
             "1. Caught between Washington and Beijing: what the graphite dispute means for our members",
             "Anne-Marie Schmit-Reuter", "Policy Officer, Trade & Supply Chains", LEAD.strip(), LEAD.strip(),
             "2. CBAM working group", "The working group meets on 3 July."]
    article = text("\n".join(issue) + "\n")
    assert article.title == "Caught between Washington and Beijing: what the graphite dispute means for our members"
    assert not any("working group meets" in p for p in article.paragraphs)


def test_a_factbox_compiled_by_its_reporters_is_theirs():
    article = text("FACTBOX\nWhat Washington's ban on Chinese lift controllers covers\n03/09/2029 09:14 GMT\n\n"
                   + LEAD + "\n" + LEAD + "\n(Compiled by Fatmata Kamara-Jalloh in Freetown and Osman Turay in Lagos; Editing by "
                   "Abdulai Bangura-Cole)\n")
    assert article.author == "Fatmata Kamara-Jalloh and Osman Turay"


def test_data_compiled_by_an_agency_names_no_writer():
    article = text("Memory makers seek a permanent fix\n03/09/2029\n\n" + LEAD + "\nPrices rose 4%, according to data "
                   "compiled by Bloomberg; analysts expect more.\n")
    assert article.author == ""


def test_a_mail_s_subject_leading_with_its_series_gives_the_title_the_message_prints_alone():
    mail = ["From: LBOMA Secretariat <bulletin@lboma.example>", "Date: Wed, 5 Sep 2029 at 07:42",
            "Subject: LBOMA Members' Bulletin No. 37 — US lift controller rule: what it means for Monrovia landlords",
            "To: members@lboma.example", "", "LIBERIA BUILDING OWNERS AND MANAGERS ASSOCIATION",
            "Members' Bulletin | No. 37 | 05/09/2029", "For members only. Please do not forward outside your organisation.",
            "", "US lift controller rule: what it means for Monrovia landlords", "", LEAD, LEAD]
    assert text("\n".join(mail)).title == "US lift controller rule: what it means for Monrovia landlords"


def test_a_live_blog_is_dated_by_when_it_started_not_its_last_update_after_midnight():
    article = text("● LIVE\nLive: China hits back at US robot-vacuum ban with battery-tech licences\nStarted 12 September 2026, "
                   "08:30 CEST · Last updated 13/09/2026 00:12\nBy Giulia Bollini and Matteo Zonzini\n\n" + LEAD + "\n" + LEAD)
    assert article.date == dt.date(2026, 9, 12)


def test_a_post_forwarded_in_a_russian_telegram_gives_its_own_headline_not_the_channel_s_earlier_post():
    channel = ["Telegram", "Dushanbe Biznes Digest", "18 743 подписчиков", "Открыть в Telegram", "", "15 сентября",
               "Курс валют на 16.09: USD — 10,94 сомони, CNY — 1,53 сомони. #курсы", "👁 9.1K  21:03", "", "16 сентября",
               "Переслано от: Silk Route Supply Monitor", "🔋 China's battery-tech licences stall Central Asian cathode plans",
               "", LEAD, LEAD]
    assert text("\n".join(channel)).title == "China's battery-tech licences stall Central Asian cathode plans"


def test_a_letter_to_the_editor_is_by_whom_it_is_signed_under_its_last_paragraph():
    letter = ["LETTERS TO THE EDITOR", "Maseru should not copy Washington's lift panic", "Published: 09/09/2026", "", "Sir,",
              "", LEAD, LEAD, "Lifts are how an old woman with a bad hip reaches her doctor on the fourth floor.", "",
              "Retšelisitsoe Mokhehle-Thamae", "Retired lift engineer", "Ha Thetsane, Maseru", "",
              "Letters may be edited for length and clarity.", "", "0 comments | Be the first to comment"]
    article = text("\n".join(letter) + "\n")
    assert article.author == "Retšelisitsoe Mokhehle-Thamae"
    assert article.paragraphs[-1].startswith("Lifts are how")


def test_a_french_writer_s_and_photographer_s_cells_under_the_text_name_its_writer():
    notice = ["PRODUCT RECALL", "Hangtai robot vacuum recalled after camera images found on overseas server",
              "14/09/2026", "", LEAD, LEAD, "Texte : Camille Notari · Photo : Riviera Consumer / Julien Grinda", "",
              "À lire aussi", "Test : 14 robots aspirateurs"]
    assert text("\n".join(notice) + "\n").author == "Camille Notari"


def test_a_court_order_saved_from_a_viewer_is_titled_by_its_caption_not_its_file_or_docket_lines():
    order = ["harborline_tro_order_ecf19.pdf — 14 pages",
             "Saved from the court's electronic filing system on 08/09/2026 by the research desk", "",
             "Case 1:26-cv-02417-CMA Document 19 Filed 09/07/26 Page 1 of 14", "", "UNITED STATES DISTRICT COURT",
             "FOR THE DISTRICT OF COLUMBIA", "", "Civil Action No. 26-cv-02417 (CMA)", "",
             "MEMORANDUM OPINION AND ORDER ON PLAINTIFF'S MOTION FOR A TEMPORARY RESTRAINING ORDER", "", LEAD, LEAD]
    assert text("\n".join(order) + "\n").title == \
        "MEMORANDUM OPINION AND ORDER ON PLAINTIFF'S MOTION FOR A TEMPORARY RESTRAINING ORDER"


def test_a_writer_of_three_names_and_a_pipe_before_the_paper_of_three_words_is_a_byline():
    story = ["US bars Chinese-made robot vacuums and lawn robots that send home maps abroad",
             "Escaldes shops say they are \"watching the shelves\" as Washington's rule takes its first household target",
             "Núria Casals Ferrer | The Andorra Courier", "10/09/2026 · 21:05 CET", "", LEAD, LEAD]
    article = text("\n".join(story) + "\n")
    assert (article.author, article.source) == ("Núria Casals Ferrer", "The Andorra Courier")


def test_a_post_forwarded_into_a_channel_is_dated_by_the_day_over_it_from_the_channel_it_names_by_the_writing_hand():
    channel = ["Telegram", "Dushanbe Biznes Digest", "18 743 подписчиков", "", "15 сентября",
               "Курс валют на 16.09: USD — 10,94 сомони. #курсы", "👁 9.1K  21:03", "", "16 сентября",
               "Переслано от: Silk Route Supply Monitor", "🔋 China's battery-tech licences stall Central Asian cathode plans",
               "", LEAD, LEAD, "✍️ Timur Saidov-Nazarov, Dushanbe",
               "Source: https://supplymonitor.example/2026/09/16/lfp-licences-central-asia", "👁 14.2K  изменено  18:26"]
    article = text("\n".join(channel) + "\n")
    assert (article.source, article.author, article.date) == ("Silk Route Supply Monitor", "Timur Saidov-Nazarov",
                                                               dt.date(2026, 9, 16))


def test_an_article_pasted_into_a_teams_chat_is_that_message_not_the_chat():
    chat = ["Microsoft Teams", "Search (Ctrl+Alt+E)", "Chat | Teams | Activity | Calendar | Files", "",
            "Rafael Monteiro-Kiala   Yesterday 16:42", "anyone seen this? Our two Namibe clients will be asking tomorrow", "",
            "Inês Tavares-Lopo   Yesterday 16:51", "it's behind their paywall for me. can someone paste?", "",
            "Rafael Monteiro-Kiala   Yesterday 16:55", "sure, here's the full text", "",
            "US bars Chinese wind-turbine controllers from tax-credit projects, orders swaps",
            "By Teresa Ndala Cassule and Hélder Bartolomeu Kiala", "17 Sep 2026 · 14:05 WAT", "", LEAD, LEAD, LEAD, "",
            "Inês Tavares-Lopo   Today 09:12", "thanks!"]
    article = text("\n".join(chat) + "\n")
    assert article.title == "US bars Chinese wind-turbine controllers from tax-credit projects, orders swaps"
    assert article.author == "Teresa Ndala Cassule and Hélder Bartolomeu Kiala"
    assert not any("paywall for me" in p for p in article.paragraphs)


def test_a_wire_s_advisory_to_editors_over_the_story_is_no_headline():
    wire = ["Ir para o conteúdo", "AGÊNCIA MORABEZA DE NOTÍCIAS", "Praia, terça-feira, 25 de setembro de 2026 | 24°C",
            "Início | Nacional | Diáspora | Economia | Mundo | English Service | Fotos | Assinantes", "Entrar | Assinar o serviço",
            "English Service / World / Technology", "",
            "ADVISORY — AMN English Service moved the story below at 2141 CVT on 24/09. A 150-word short version for radio "
            "follows at 2200. Editors: this replaces the 1905 CVT flash \"US bans Chinese locks\" (sent in error).", "",
            "US bars Chinese-made smart locks from federal buildings and subsidised housing, orders landlords to replace them",
            "", "Rule cites cloud unlock logs and remote firmware updates; landlords given 18 months", "",
            "By Ivone Tavares Semedo and Cláudio Brito Lopes", "", "24/09/2026 21:41 CVT | Atualizado há 11 horas", "",
            "WASHINGTON, 24 Sep (AMN) – " + LEAD.strip(), "", LEAD]
    assert text("\n".join(wire) + "\n").title == \
        "US bars Chinese-made smart locks from federal buildings and subsidised housing, orders landlords to replace them"


def test_a_whatsapp_channel_s_feed_gives_its_longest_post_its_bold_headline_and_its_writing_hand_s_writer():
    feed = ["← Shwe Pyi Business News ✔", "Channel · 48.2K followers", "🔕 Muted   ⋮",
            "This channel has added privacy for your phone number. Learn more", "26/09/2026",
            "💱 CBM reference rate today: USD 1 = MMK 3,410 (unchanged). Gold: 7.12 million kyat per tical ⬆️", "11:04 am",
            "👍 88  🙏 6", "YESTERDAY", "🔐 BUSINESS | THE LOCK WAR", "*Thilawa lock assemblers see US orders, then a Chinese chip wall*",
            "📍 Yangon, 27 September 2026", LEAD.strip(), LEAD.strip(), LEAD.strip(),
            "✍️ Nang Hseng Mai | Edited by Ko Zaw Min Htet", "4:37 pm", "👍 612", "TODAY",
            "🌧️ DMH: heavy rain expected in Yangon through Sunday. Stay safe!", "7:52 am"]
    article = text("\n".join(feed) + "\n")
    assert (article.title, article.author) == ("Thilawa lock assemblers see US orders, then a Chinese chip wall", "Nang Hseng Mai")
    assert not any("heavy rain" in p or "reference rate" in p for p in article.paragraphs)


def test_a_magazine_s_tagline_is_no_headline_and_its_column_is_by_the_writer_its_closing_bio_names():
    column = ["THE NUTMEG REVIEW", "Grenada · Carriacou · Petite Martinique — Ideas, Business, Culture", "Issue 118 · October 2026",
              "Posted on 29 September 2026 · 6 min read", "COLUMNS / ISLAND ECONOMICS",
              "Who holds the key? A lock war arrives on small-island doors", LEAD.strip(), LEAD.strip(),
              "\"They never thought of the lock as a computer,\" said Sharon Duncan-Pierre, a rental manager.",
              "Desmond Noel-Bartholomew is an economist in St George's and a former adviser to the OECS Commission.",
              "More from Island Economics", "The cruise-ship bargain, revisited"]
    article = text("\n".join(column) + "\n")
    assert (article.title, article.author) == ("Who holds the key? A lock war arrives on small-island doors",
                                               "Desmond Noel-Bartholomew")


def test_a_video_page_s_subtitle_menu_is_no_headline_and_its_reporting_credit_names_its_writer():
    video = ["OGOOUÉ 24 ▶ Vidéos", "Direct | Journal | Économie | Afrique | Monde", "", "▶ ❚❚   0:00 / 6:48   ⚙ HD   ⛶",
             "Sous-titres : English (auto) ▾", "",
             "China hits back over wind-turbine controllers with carbon-fibre licences and US resin probe", "Ogooué 24 English",
             "182K abonnés", "", "Premiered Sep 19, 2026 · Business Today",
             "Reporting: Serge-Alain Moussavou Ibinga | Producer: Yannick Bekale-Nzé", "", LEAD, LEAD]
    article = text("\n".join(video) + "\n")
    assert article.title == "China hits back over wind-turbine controllers with carbon-fibre licences and US resin probe"
    assert article.author == "Serge-Alain Moussavou Ibinga"


def test_a_writer_a_comma_and_the_outlet_under_the_headline_is_a_byline():
    story = ["BUSINESS", "'It's going to hit us too': Castries locksmiths brace for fallout of US smart-lock ban",
             "Kervin Joseph-Alcide, PTV News", "Published: September 25, 2026 | 6:48 PM AST", "", LEAD, LEAD]
    article = text("\n".join(story) + "\n")
    assert (article.author, article.source) == ("Kervin Joseph-Alcide", "PTV News")


def test_an_article_pasted_into_a_slack_channel_is_that_message_without_its_sender_s_note():
    slack = ["#trade-watch", "27 members | Topic: US–China tech & trade, anything that moves markets", "Wednesday, October 10th",
             "Ines Marchetti-Loy  9:12 AM", "FYI Korean angle on the baby-monitor ban, it's paywalled so pasting in full.", "",
             "Hangang Business Daily  >  Industry  >  Electronics",
             "Korean camera makers see opening as US shuts door on Chinese baby monitors",
             "Published 2026.10.09 15:20 KST | Updated 2026.10.09 18:02 KST", "By Park Ji-hoon and Lee Min-ah",
             LEAD.strip(), LEAD.strip(), LEAD.strip(), "", ":eyes: 4   :baby_bottle: 2", "3 replies  Last reply today at 11:02 AM",
             "Message #trade-watch"]
    article = text("\n".join(slack) + "\n")
    assert article.title == "Korean camera makers see opening as US shuts door on Chinese baby monitors"
    assert (article.author, article.date) == ("Park Ji-hoon and Lee Min-ah", dt.date(2026, 10, 9))
    assert not any("pasting in full" in p for p in article.paragraphs)


def test_a_text_alert_sent_in_numbered_parts_is_one_article_dated_by_its_stamp_s_weekday(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")  # 2026-11-18: "Thu, Oct 8" is 2026's
    sms = ["< Messages", "HERALD ALERTS", "+680 488 2020", "Text Message", "", "Thu, Oct 1 · 6:02 PM",
           "HERALD WX: Small craft advisory for the western lagoon until 6 AM Fri. Winds NE 20-25 kt.", "",
           "Thu, Oct 8 · 11:41 PM", "HERALD ALERTS [1/4] BREAKING",
           "US bars Chinese-made baby monitors and home cameras that stream via overseas cloud relays", "",
           "[2/4] " + LEAD.strip(), "", "[3/4] " + LEAD.strip(), "", "[4/4] Retailers have 30 days to comply.",
           "— Maireng Olkeriil, Herald newsdesk", "", "Today 7:05 AM", "HERALD ALERTS: Morning ferry to Peleliu delayed.", "",
           "Reply STOP to end Herald Alerts."]
    article = text("\n".join(sms) + "\n")
    assert article.title == "US bars Chinese-made baby monitors and home cameras that stream via overseas cloud relays"
    assert (article.author, article.date) == ("Maireng Olkeriil", dt.date(2026, 10, 8))
    assert article.paragraphs[0] == LEAD.strip() and not any("ferry" in p or "[3/4]" in p for p in article.paragraphs)


def test_a_translation_is_headed_by_its_english_headline_and_dated_by_the_original_it_cites():
    translated = ["MAGHREB PRESS IN ENGLISH", "Translations of the region's business press, every weekday",
                  "Posted 12/10/2026 · Algeria · Industry", "", "From the Arabic press", "",
                  "China hits back over camera ban with sensor-wafer licences; assemblers count the cost", "",
                  "Original headline: الصين ترد على حظر الكاميرات بتراخيص لتصدير رقائق المستشعرات",
                  "Original: Al-Bayyina Al-Iqtisadiya (Algiers), Thursday 11 October 2026, page 7",
                  "Written by Yacine Belkacemi", "Translated by Samira Benali-Hart", "", LEAD, "", LEAD]
    article = text("\n".join(translated) + "\n")
    assert article.title == "China hits back over camera ban with sensor-wafer licences; assemblers count the cost"
    assert (article.author, article.date) == ("Yacine Belkacemi", dt.date(2026, 10, 11))


def test_a_newsletter_s_line_saying_what_it_is_is_no_headline():
    assert _is_furniture("Digital rights from the shores of Lake Tanganyika · A weekly letter from the Tanganyika Digital "
                         "Rights Initiative, Bujumbura", REGISTRY.rules)
    assert _is_furniture("Translations of the region's business press, every weekday", REGISTRY.rules)
    assert not _is_furniture("Who is watching the nursery? Privacy regulators wake up to the baby-camera leak", REGISTRY.rules)


def test_a_site_and_its_section_beside_the_day_make_a_date_line():
    assert _header_date("La Brisa English · Economía · domingo 14 de octubre de 2026", REGISTRY.rules) == (2026, 10, 14)
    assert _header_date("Officials said on 14 October 2026 · Talks go on", REGISTRY.rules) is None


def test_an_article_a_forum_post_quotes_is_the_quotation_not_the_thread():
    forum = ["Managua Expat Forum", "Home › Forums › Living in Nicaragua › Shopping & Imports",
             "Thread: Heads up: the banned US baby cams are turning up cheap in Managua", "Replies: 3 | Views: 1,203", "", "#1",
             "surfdad_sjds", "Member · Joined Mar 2024 · Posts: 412", "Oct 14, 2026 at 6:48 PM", "",
             "Saw this in La Brisa's English edition today, pasting the whole thing because their site is a pain on mobile.", "",
             "Quote:", "La Brisa English · Economía · domingo 14 de octubre de 2026",
             "Banned in the US, sold at half price in Managua: cameras caught in the privacy row flood local shelves",
             "By Fernanda Urbina Lacayo", LEAD.strip(), LEAD.strip(), LEAD.strip(), "", "#2", "nica_nerd", "2 days ago", "",
             "She's right. Saw a pile of them at the mall in Metrocentro too, all of them half price or less this week."]
    article = text("\n".join(forum) + "\n")
    assert article.title == "Banned in the US, sold at half price in Managua: cameras caught in the privacy row flood local shelves"
    assert article.author == "Fernanda Urbina Lacayo"
    assert not any("Metrocentro" in p or "pasting the whole thing" in p for p in article.paragraphs)


def test_a_release_wire_s_dateline_dates_a_release_its_us_evening_stamp_puts_a_day_before():
    release = ["Formosa Business Wire", "Consumer Technology  ›  Security & Surveillance", "",
               "Lanyang Optics Launches Home-Only Baby Monitors for US Families", "", "News provided by", "Lanyang Optics Corp.",
               "Oct 09, 2026, 21:00 ET", "", "Share this article", "",
               "TAIPEI, Oct. 10, 2026 /Formosa Business Wire/ -- " + LEAD.strip(), "", LEAD]
    article = text("\n".join(release) + "\n")
    assert article.date == dt.date(2026, 10, 10)
    assert article.paragraphs[0].endswith(LEAD.strip()[-40:])


def test_a_dateline_alone_over_the_byline_dates_the_story_and_a_colleague_with_the_writer_after_his_job_is_a_writer():
    wire = ["KALOUM REGIONAL WIRE", "Mardi 2 octobre 2026 | Conakry 27°C", "Accueil | Afrique | Monde | Économie | Santé",
            "World / Health", "il y a 14 heures",
            "US orders Medicare hospitals to pull Chinese infusion pumps and monitors over remote dose changes",
            "Hospitals that take Medicare money must stop buying Chinese-made pumps and replace them by 2031",
            "WASHINGTON, 1 October 2026 (KRW) —",
            "By Alpha Oumar Bah, KRW Washington correspondent, with Fatoumata Binta Kourouma in Conakry",
            LEAD.strip(), LEAD.strip()]
    article = text("\n".join(wire) + "\n")
    assert (article.author, article.date) == ("Alpha Oumar Bah and Fatoumata Binta Kourouma", dt.date(2026, 10, 1))
    assert article.dateline == "WASHINGTON, 1 October 2026 (KRW) —" and article.paragraphs[0] == LEAD.strip()
    assert article.title == "US orders Medicare hospitals to pull Chinese infusion pumps and monitors over remote dose changes"


def test_an_interview_is_by_whom_its_words_were_gathered_under_the_text():
    interview = text("ENTRETIEN\n\"We cannot choose between Washington and Beijing\"\nPublié le 07/10/2026 à 09h30\n\n"
                     "Le Chari Économique: Does Chad have these machines?\n\nMahamat Hissein-Djida: We have Chinese pumps, yes, in "
                     "most of our big hospitals, and we checked them all this week.\n\nPropos recueillis par Hawa Mahamat Nour\n"
                     "Translated from French by Djimet Ngarlejy\n")
    assert interview.author == "Hawa Mahamat Nour"


def test_a_policy_brief_under_its_centre_s_name_is_dated_by_the_place_and_day_over_its_text():
    brief = ["CESAPS", "Centre Sahélien d'Analyse des Politiques de Santé", "POLICY BRIEF No. 11 | October 2026",
             "Caught between two bans: what the US–China pump dispute means for Sahel hospitals",
             "Aïchatou Moussa Issoufou", "Senior Fellow, Health Systems Programme", "Key messages",
             "• Few Sahel hospitals use cloud-connected pumps, but many will be offered them second-hand.",
             "Niamey, 6 October 2026", LEAD.strip(), LEAD.strip()]
    article = text("\n".join(brief) + "\n")
    assert article.title == "Caught between two bans: what the US–China pump dispute means for Sahel hospitals"
    assert article.date == dt.date(2026, 10, 6)


def test_a_parliament_s_unrevised_proof_note_is_no_lead_and_its_question_s_heading_is_the_headline():
    hansard = ["COMMONWEALTH OF DOMINICA", "HOUSE OF ASSEMBLY", "OFFICIAL REPORT OF PROCEEDINGS (HANSARD)",
               "UNREVISED PROOF — Not to be quoted as the final record. Circulated 11/10/2026", "Thursday, 4th October, 2026",
               "The House met at 10.05 a.m.", "[MR. SPEAKER in the Chair]", "ORAL ANSWERS TO QUESTIONS",
               "Infusion Pumps and Patient Monitors — Dominica-China Friendship Hospital",
               "14. Hon. Glenda Thomas-Royer (Member for Roseau Valley) asked the Minister for Health: whether the Government "
               "intends to remove the pumps.", LEAD.strip()]
    article = text("\n".join(hansard) + "\n")
    assert article.title == "Infusion Pumps and Patient Monitors — Dominica-China Friendship Hospital"
    assert article.date == dt.date(2026, 10, 4)


def test_a_thread_s_first_post_numbered_of_all_and_labelled_thread_gives_its_headline():
    thread = ["Inicio", "Explorar", "Hilo", "", "Gabriela Ustáriz Peña", "@gustariz_llanura", "Seguir", "",
              "1/7 THREAD: US bars Chinese farm drones and autosteer receivers from USDA-backed farms", "",
              "2/7 " + LEAD.strip(), "", "3/7 " + LEAD.strip()]
    assert text("\n".join(thread) + "\n").title == "US bars Chinese farm drones and autosteer receivers from USDA-backed farms"


def test_a_byline_with_the_writer_s_credential_and_office_after_her_name_is_a_byline():
    assert _byline_line("By Theresa Nguyen-Price, RN, Vice President for Health and Safety", REGISTRY)
    assert not _byline_line("By Tuesday, the president will decide.", REGISTRY)


def test_a_briefs_column_copied_whole_gives_its_longest_item_by_the_column_s_compiler():
    column = ["THE POHNPEI TIDE-LINE", "Your community weekly since 1998 — Pohnpei, Kosrae, Chuuk and Yap",
              "Home | News | Island Briefs | Sports", "Issue of Saturday, October 27, 2026 — Vol. 31, No. 43", "ISLAND BRIEFS",
              "Compiled by Kerson Edward-Lippwe", "", "Road works close Kaselehlie Street lane",
              "One lane of Kaselehlie Street will be closed next week for drainage repairs.", "",
              "Sakau growers' co-op grounds spraying drone after USDA order", LEAD.strip(), LEAD.strip(), LEAD.strip(), "",
              "Kosrae fishing derby sets record", "Fifty-two boats entered last weekend's Kosrae Open fishing derby, a record.", "",
              "Power notice", "PUC advises customers in Sokehs that power will be off on Tuesday.", "",
              "Send your briefs to news@tideline.example by Wednesday noon."]
    article = text("\n".join(column) + "\n")
    assert article.title == "Sakau growers' co-op grounds spraying drone after USDA order"
    assert (article.author, article.date) == ("Kerson Edward-Lippwe", dt.date(2026, 10, 27))
    assert not any("fishing derby" in p or "Kaselehlie Street" in p for p in article.paragraphs)
    assert _is_furniture("Your community weekly since 1998 — Pohnpei, Kosrae, Chuuk and Yap", REGISTRY.rules)


def test_a_column_s_closing_line_about_who_founded_it_is_no_writer_s_bio():
    column = text("Husband springs for business class but leaves wife in economy\n\n" + LEAD + "\n\n" + LEAD + "\n\n"
                  "Dear Abby is written by Abigail Van Buren, also known as Jeanne Phillips, and was founded by her mother, "
                  "Pauline Phillips.\n")
    assert column.paragraphs[-1].startswith("Dear Abby is written by")


def test_a_press_release_s_label_in_the_site_s_language_over_its_english_version_is_no_headline():
    release = text("Espace presse / Pressebereich\nCommuniqué de presse – English version\n\n"
                   "Alzette University Hospital keeps its Chinese-built sequencers running and pauses two US-funded studies\n\n"
                   f"Luxembourg, 13 November 2029 – {LEAD}\n\n{LEAD}\n")
    assert release.title.startswith("Alzette University Hospital keeps its Chinese-built sequencers")
    assert "Communiqué de presse – English version" in release.furniture


def test_a_committee_record_s_fields_in_capitals_and_members_are_not_its_title_which_names_a_briefing_on_a_laboratory():
    record = text("PARLIAMENT OF THE REPUBLIC OF FIJI\nSTANDING COMMITTEE ON SOCIAL AFFAIRS\n\nUNCORRECTED VERBATIM NOTES\n\n"
                  "Briefing on the United States Sequencer Rule and Fiji's Pathogen Genomics Laboratory\n\n"
                  "SUBMITTEE:      Ministry of Health and Medical Services\n"
                  "VENUE:          Small Committee Room (East Wing), Parliament Complex, Suva\n"
                  "DATE:           Wednesday, 11th November, 2026\n\nMEMBERS PRESENT\nHon. Ratu Semi Vakaloloma (Chairperson)\n"
                  "Hon. Vikash Chand-Reddy\n\nIN ATTENDANCE\nMr. Arvind Prasad-Nair, Manager, National Genomics Laboratory\n\n"
                  "Secretariat: Ms. K. Waqanivalu, Ms. S. Dutt\n\nThe Committee resumed at 10.05 a.m.\n\n"
                  f"HON. CHAIRPERSON.- {LEAD}\n")
    assert record.title == "Briefing on the United States Sequencer Rule and Fiji's Pathogen Genomics Laboratory"
    assert record.date == dt.date(2026, 11, 11)


def test_a_podcast_page_s_player_buttons_are_no_headline_and_its_broadcast_line_names_the_station_after_the_time():
    episode = text("THE MONEY DESK\nNamibia's TB and HIV labs caught in the sequencer war\nEpisode 214 · 31 min · 2 days ago\n"
                   "Broadcast: Friday, 13 November 2026, 07:10 (CAT) on Kalahari FM 98.4\nPresented by Ndapewa Amukoto\n"
                   "▶ Play episode   ⤓ Download MP3 (28.7 MB)   Subscribe: Apple | Spotify | RSS\n\n"
                   f"{LEAD}\n\n{LEAD}\n")
    assert episode.title == "Namibia's TB and HIV labs caught in the sequencer war"
    assert (episode.date, episode.date_source) == (dt.date(2026, 11, 13), "header")


def test_a_translator_s_note_in_brackets_over_the_page_is_a_note_on_the_copy_not_its_first_paragraph():
    page = text("[Translator's note: Working translation from the Spanish by Inés Ocampo Villalba, Asunción desk, 19/11/2026. "
                "Site menus left in Spanish; US$ conversions in square brackets are mine. Not for publication.]\n\n"
                "ÑANDUTÍ ECONÓMICO\nInicio | Economía | Agro | Empresas | Mundo\n"
                "Paraguay's laboratories caught between Washington and Beijing\n"
                "Por Lourdes Benítez Ayala y Hugo Ramírez Cáceres\nPublicado: 18/11/2026 06:00 | Actualizado: 19/11/2026 10:12\n\n"
                f"{LEAD}\n\n{LEAD}\n")
    assert page.title == "Paraguay's laboratories caught between Washington and Beijing"
    assert page.author == "Lourdes Benítez Ayala and Hugo Ramírez Cáceres"
    assert page.date == dt.date(2026, 11, 18)
    assert page.furniture[0].startswith("[Translator's note:")


@pytest.mark.parametrize("stamp, day", [
    ("Avaldatud 05.11.2026 23:48 | Uuendatud 06.11.2026 08:15", dt.date(2026, 11, 5)),  # Estonian
    ("Birt: 4. nóvember 2026 kl. 07:00 | Uppfært: 5. nóvember 2026 kl. 16:12", dt.date(2026, 11, 4)),  # Icelandic
    ("Հրապարակված է՝ 03.11.2026, 10:15 | Թարմացված է՝ 04.11.2026, 09:02 | 7 րոպե ընթերցանություն", dt.date(2026, 11, 3)),
    ("Updated 03/11/2026 02:14 UTC · First filed 02/11/2026 14:31 UTC", dt.date(2026, 11, 2)),  # a wire's first filing
])
def test_a_published_stamp_in_the_site_s_language_under_the_headline_beats_the_site_s_clock_over_it(stamp, day):
    page = text(f"Monday, 9 November 2026 | +4°\nHome | News | Tech\n\nIn Yerevan, engineers wait to learn whose side they "
                f"are on\n{stamp}\n\n{LEAD}\n\n{LEAD}\n")
    assert page.date == day


def test_an_interview_s_interviewer_is_its_writer_and_its_questions_a_line_each_over_the_answers_are_paragraphs():
    page = text("VIÐTAL / INTERVIEW\nIcelandic mapmaker caught between Washington's lidar ban and Beijing's data rules\n"
                "Sigrún Hafsteinsdóttir's company maps glacier roads for self-driving car makers. This week both superpowers "
                "changed the rules.\nInterview: Gunnar Þór Ragnarsson\nBirt: 4. nóvember 2026 kl. 07:00\n\n" + LEAD + "\n\n"
                "Who buys a map of an Icelandic glacier road?\nPeople who want their cars to work in the worst conditions. "
                "Our customers are two American automated-driving companies and a German carmaker.\n\n"
                "Will you replace the Chinese sensors?\nWe have already priced it. A comparable American sensor costs about "
                "two and a half times as much, and the delivery time is nine months.\n")
    assert page.title == "Icelandic mapmaker caught between Washington's lidar ban and Beijing's data rules"
    assert page.author == "Gunnar Þór Ragnarsson"
    assert "Who buys a map of an Icelandic glacier road?" in page.paragraphs


def test_an_e_mail_newsletter_s_greeting_over_today_s_lead_is_its_wrapper_and_the_lead_s_headline_the_title():
    issue = text("From: Baltic Mobility Brief <brief@balticmobility.example>\nDate: Wed, 4 Nov 2026 06:45:12 +0200\n"
                 "Subject: Lidar ban: who pays | Riga optics windfall\n\n"
                 "View in browser: https://balticmobility.example/brief/2026-11-04\n"
                 "Labrīt! Good morning from Riga. This edition was compiled on Tuesday evening, after Beijing's announcement.\n\n"
                 "BALTIC MOBILITY BRIEF\nCars, ports, rail and the supply chains between them | No. 412\n\nTODAY'S LEAD\n\nEuropean carmakers count the cost of Washington's lidar ban\n\n"
                 "By Ilze Kalniņa-Brauna\n\n" + LEAD + "\n\n" + LEAD + "\n")
    assert issue.title == "European carmakers count the cost of Washington's lidar ban"
    assert issue.author == "Ilze Kalniņa-Brauna"


def test_a_newsletter_s_lead_story_with_no_byline_of_its_own_is_by_the_issue_s_writer():
    issue = text("FAB & FREIGHT\nThe weekly briefing on semiconductor supply chains\nIssue #212 · Friday, November 13, 2026\n"
                 "Written by Priyanka Raghunathan · Edited by Tomasz Wiśniewski-Baird\nGood morning. The truce got its birthday "
                 "extension on Monday, and your customs broker got another form. Here's what changed.\n\n"
                 "THE LEAD\nGallium licences thaw, but the paperwork doesn't\n" + LEAD + "\n\n" + LEAD + "\n")
    assert issue.title == "Gallium licences thaw, but the paperwork doesn't"
    assert issue.author == "Priyanka Raghunathan"


def test_a_narrow_column_s_full_line_that_no_sentence_ends_goes_on_at_a_capital():
    column = text("BUSINESS\nGermanium pilot in Ngamiland draws US buyers after China's curbs\nBy Lesego Motsumi\n"
                  "MAUN - A small pilot plant that\nrecovers germanium from zinc and\ncopper tailings near Toteng has\n"
                  "become one of the most telephoned\naddresses in Botswana's mining\nsector this week.\n"
                  "Ngami Metals (Pty) Ltd, which\nbegan test production in August,\nsays it has received inquiries from\n"
                  "four lidar and optics makers in the\nUnited States, Germany and South\nKorea since China announced on\n"
                  "Tuesday that it would tighten ex-\nports of germanium products.\nThe Minister of Minerals and\n"
                  "Energy, Boitumelo Sekgoma, told\nParliament on Wednesday that the\ngovernment welcomed foreign in-\n"
                  "terest in the country's metals.\n")
    assert any("Germany and South Korea since China" in p for p in column.paragraphs)
    assert any("Sekgoma, told Parliament on Wednesday" in p for p in column.paragraphs)



@pytest.mark.parametrize("notice", [
    "Vertraulich – nur für Mitgliedsunternehmen. Weitergabe an Dritte nicht gestattet.",
    "Confidentiel – réservé aux adhérents.",
    "Confidencial: solo para socios.",
])
def test_a_confidentiality_notice_in_another_language_is_no_headline(notice):
    article = text(f"{notice}\n\nChina's tungsten licences and US carbide tariffs: what members should do\n\n"
                   "From 1 February every Chinese export of tungsten carbide powder needs its own licence, the "
                   "ministry said on Monday.\n")
    assert article.title == "China's tungsten licences and US carbide tariffs: what members should do"
    assert notice not in body(article)


def test_an_arabic_sites_published_label_dates_its_english_edition():
    article = text("THE GULF LEDGER | ذا غلف ليدجر\n"
                   "الأحد، 15 نوفمبر 2026 | مسقط 24°\n"
                   "نُشر في: 14 نوفمبر 2026، 08:10 | آخر تحديث: 15 نوفمبر 2026، 12:45\n\n"
                   "Sohar glass plant races to cut antimony\n\n"
                   "SOHAR — The furnace at the plant melts 1,000 tonnes of sand a day, its chief executive said.\n")
    assert article.date == dt.date(2026, 11, 14)


def test_an_urdu_sites_clock_over_its_masthead_is_no_date_and_its_published_label_and_summary_writer_are():
    article = text("AYVAN MONITOR | ایوان مانیٹر\n"
                   "Tracking every question, bill and vote in Parliament\n"
                   "جمعہ، 6 نومبر 2026 | اسلام آباد\n"
                   "WRITTEN QUESTION AND ANSWER\n"
                   "Senate told imported terminals carry rural traffic; ministry weighs a ban\n"
                   "شائع شدہ: 05-11-2026، 19:20 | اپ ڈیٹ: 06-11-2026، 10:05\n"
                   "Summary by Hira Naveed | Reviewed by Usman Ghani\n\n"
                   "More than a thousand imported terminals carry mobile traffic for licensed operators, the minister "
                   "told the Senate in a written reply.\n")
    assert article.title == "Senate told imported terminals carry rural traffic; ministry weighs a ban"
    assert article.date == dt.date(2026, 11, 5)
    assert article.author == "Hira Naveed"


def test_a_lao_sites_published_label_dates_its_english_edition():
    article = text("SENGDAO | ແສງດາວ\n"
                   "Dishes on stilts: the hill villages that hang on one satellite\n"
                   "Words by Vilayphone Sisouvong · Photos by Khamla Phommachanh\n"
                   "ເຜີຍແຜ່: 08/11/2026 08:00 | ອັບເດດ: 09/11/2026 11:40\n\n"
                   "PHONGSALY — In the mountains of northern Laos the internet arrives by satellite, the installers said.\n")
    assert article.date == dt.date(2026, 11, 8)


@pytest.mark.parametrize("line", ["Photo - https://mma.wire.example/2026/11/05/302418/lvt9-full.jpg",
                                  "Logo: https://mma.wire.example/logo.png",
                                  "Photo - https://mma.wire.example/a.jpg Video - https://mma.wire.example/b.mp4"])
def test_a_wire_release_s_links_to_its_media_are_furniture(line):
    assert _is_furniture(line, REGISTRY.rules)
    assert not _is_furniture("Photo agencies said the pictures were taken in Hangzhou.", REGISTRY.rules)


def test_a_photo_essay_s_picture_number_and_credit_lines_are_the_page_s_and_its_caption_paragraph_the_text():
    article = text("Dishes on stilts: the hill villages that hang on one satellite\n\nBy Vilayphone Sisouvong\n\n"
                   "PHONGSALY — In the mountains of northern Laos the internet arrives by satellite, the installers said.\n\n"
                   "1 / 3\n"
                   "Bounmy Keomanivong fixes a dish to a wooden post. \"If the parts stop coming, my ladder stops too.\"\n"
                   "Photo: Khamla Phommachanh / Sengdao\n\n"
                   "2 / 3\n"
                   "Children at the village school follow a lesson broadcast from Vientiane.\n"
                   "Photo: courtesy of the village school\n\n"
                   "The ministry said it would not choose between suppliers.\n")
    text_ = body(article)
    assert "If the parts stop coming, my ladder stops too." in text_ and "follow a lesson broadcast" in text_
    assert "Khamla Phommachanh" not in text_ and "courtesy of the village school" not in text_
    assert "1 / 3" not in text_ and "2 / 3" not in text_


@pytest.mark.parametrize("line, day", [
    ("प्रकाशित: बुधबार, १८ नोभेम्बर २०२६, ०९:१५ | अद्यावधिक: बुधबार, १८ नोभेम्बर २०२६, ११:०२", dt.date(2026, 11, 18)),
    ("المرجع: MA-2026/31                                   التاريخ: ٢٠ نوفمبر ٢٠٢٦", dt.date(2026, 11, 20)),
])
def test_a_date_line_in_nepali_or_arabic_digits_dates_the_page(line, day):
    article = text(f"{line}\n\nTwo rule changes in two days: what the measures mean for members\n\n"
                   "On Monday the department published a rule on battery scrap, the association told its members.\n")
    assert article.date == day


def test_a_note_on_a_radio_script_s_publication_over_its_date_line_is_no_headline_and_a_classification_line_is_furniture():
    article = text("English News > Bulletin scripts\n\n"
                   "Bulletin scripts are published after broadcast for the record. As broadcast; may differ slightly "
                   "from the audio.\n\n"
                   "Published: 18/11/2026 09:15\n\n"
                   "Chinese licence rule stalls Nepal's first battery recycling plant\n\n"
                   "ENGLISH NEWS 0700 NST | WED 18 NOV 2026 | ITEM 3 OF 9\n\n"
                   "The plant in Hetauda has stopped work on its shredding line, its director said on Tuesday.\n")
    assert article.title == "Chinese licence rule stalls Nepal's first battery recycling plant"
    alert = text("BATINAH RECYCLERS ASSOCIATION\nMEMBER ALERT MA-2026/31\n"
                 "Classification: MEMBERS ONLY – not for onward distribution\n\n"
                 "Two rule changes in two days: what the measures mean for members\n\n"
                 "Prepared by Hamood Al-Kindi, Trade Policy Adviser\n\n"
                 "On Monday the department published a rule on battery scrap, the association told its members.\n")
    assert alert.title == "Two rule changes in two days: what the measures mean for members"


def test_a_radio_script_s_reporter_line_with_its_other_credits_names_the_reporter():
    article = text("English News > Bulletin scripts\n\n"
                   "Published: 18/11/2026 09:15\n\n"
                   "Chinese licence rule stalls Nepal's first battery recycling plant\n\n"
                   "ENGLISH NEWS 0700 NST | WED 18 NOV 2026 | ITEM 3 OF 9\n"
                   "SLUG: BATTERY-RECYCLING/CHINA-LICENCE   DUR: 2'20\"   FILED: 17/11/2026 22:50\n"
                   "Reporter: Pratikshya Rai, Hetauda | Bulletin editor: Sushant Ghimire | Newsreader: Rojina Tamang\n\n"
                   "[INTRO — NEWSREADER]\n"
                   "The plant in Hetauda has stopped work on its shredding line, its director said on Tuesday.\n")
    assert article.author == "Pratikshya Rai"
    line = _reporter_line("Reporter: Pratikshya Rai, Hetauda | Bulletin editor: Sushant Ghimire | Newsreader: Rojina Tamang")
    assert line and line.group(1) == "Pratikshya Rai, Hetauda"


def test_a_writer_s_name_and_office_over_an_editor_s_review_credit_is_the_byline_and_the_reviewer_is_not():
    article = text("MEMBER ALERT Nr. 38/2026\n"
                   "Published: 13.11.2026, 11:30\n\n"
                   "China's tungsten licences and US carbide tariffs: what members should do before 1 February\n\n"
                   "Stefan Wurzinger, Head of Raw Materials Policy\n"
                   "Reviewed by Katharina Oberhuber, Legal Affairs\n\n"
                   "From 1 February every Chinese export of tungsten carbide powder needs its own licence, the ministry "
                   "said on Monday.\n")
    assert article.author == "Stefan Wurzinger"


def test_an_editor_s_review_credit_over_the_text_is_not_its_first_paragraph():
    article = text("Chilean copper rod makers hunt for buyers in Asia as US tariff hits semi-finished metal\n\n"
                   "By Valentina Rojas Méndez\n\n"
                   "September 4, 2025\n\n"
                   "Reviewed by Tomás Errázuriz\n\n"
                   "Chilean makers of copper wire rod are offering discounts to buyers in China, traders said.\n")
    assert body(article).startswith("Chilean makers of copper wire rod")


@pytest.mark.parametrize("closing", [
    "Customers with questions about a specific port call can contact their local office or write to network@line.example.",
    "If you run a terminal in the region and want to talk, my inbox is open: itzel@notes.example.",
])
def test_a_closing_invitation_to_write_to_an_address_is_not_the_article_s_last_sentence(closing):
    article = text("Two questions every terminal should answer\n\nBy Selin Kara\n\nNovember 12, 2026\n\n"
                   "The rules on terminal software leave shipping lines with two questions, the company said.\n\n"
                   f"It is the least we owe the people whose boxes we carry.\n\n{closing}\n")
    assert body(article).rstrip().endswith("It is the least we owe the people whose boxes we carry.")


def test_a_channel_post_s_line_of_tags_over_its_title_is_no_headline_and_its_writing_hand_names_its_writers():
    article = text("[Forwarded from Matiane Business]\n"
                   "24 December 2025, 20:05\n"
                   "⚡️ #აშშ #ჩინეთი #დრონები #ბიზნესი\n\n"
                   "US shuts Chinese drone makers out of American flight-controller chips\n\n"
                   "✍️ Tamar Kvaratskhelia (Tbilisi), Ana Gelashvili (Telavi)\n\n"
                   "TBILISI, Dec 24 (Matiane) - The United States on Monday published rules that cut Chinese drone makers "
                   "off from American flight-controller processors.\n")
    assert article.title == "US shuts Chinese drone makers out of American flight-controller chips"
    assert article.author == "Tamar Kvaratskhelia and Ana Gelashvili"


def test_a_dateline_without_its_year_takes_the_year_of_the_nepali_calendar_s_day_beside_it():
    article = text("अर्थबजार | ARTHABAZAAR English\n"
                   "बुधबार, पुस ११, २०८२\n\n"
                   "China puts drone flight controllers under licence; Nepal's airports ground their drones\n\n"
                   "By Anjali Karki\n"
                   "प्रकाशित: पुस १०, २०८२ मंगलबार २०:१५\n\n"
                   "KATHMANDU, Dec 25: China on Tuesday said that from 1 February 2027 companies will need a licence to "
                   "export drone flight controllers.\n\n"
                   "The measure was announced in 2024 as a plan.\n")
    assert article.date == dt.date(2025, 12, 25)


def test_a_byline_label_in_the_site_s_language_under_a_wrapped_standfirst_is_the_byline():
    article = text("31.12.2025, 09:12                 Who holds the keys? Azerbaijan's drones, and the firmware nob… | Qobustan Business\n"
                   "QOBUSTAN BUSINESS\n"
                   "LONG READ\n"
                   "Who holds the keys? Azerbaijan's drones, and the firmware nobody here controls\n"
                   "A week of rules from Washington and Beijing has shown cotton growers, the police and the\n"
                   "aviation regulator how little of their drone fleets they actually own\n"
                   "Müəllif: Aytən Hüseynova\n"
                   "Dərc olunub: 30.12.2025, 08:00\n\n"
                   "SAATLI - At the edge of a harvested cotton field in Saatlı district, Elvin Novruzov opens a grey case.\n")
    assert article.author == "Aytən Hüseynova"
    assert body(article).startswith("SAATLI - At the edge")


def test_a_call_s_excerpts_printed_under_name_dash_job_lines_are_the_speakers_turns():
    article = text("Angani Agri-Aviation says it has nine months of firmware headroom\n\nBy Kevin Otieno\n\n"
                   "December 27, 2025\n\n"
                   "NAIROBI - The company told investors on Thursday that its fleet could keep flying.\n\n"
                   "Operator\nGood morning and welcome to the special investor call. I will now hand over.\n\n"
                   "Wambui Njoroge - Chief Executive Officer\nThank you all for joining. Our aircraft are not going to "
                   "fall out of the sky.\n\n"
                   "Operator\nOur first question comes from Daniel Kiprono of Faraja Securities.\n\n"
                   "Daniel Kiprono - Faraja Securities\nThanks, Wambui. What does a controller swap cost per aircraft?\n\n"
                   "Wambui Njoroge - Chief Executive Officer\nThe hardware is about 180,000 shillings per drone.\n")
    assert [t.speaker for t in article.turns if "Wambui" in (t.speaker or "")] == ["Wambui Njoroge"] * 2


@pytest.mark.parametrize("line, day", [
    ("Imechapishwa: 27 Desemba 2025, 18:30 EAT", dt.date(2025, 12, 27)),  # Swahili
    ("Ku wa Gatandatu, 29 Ukuboza 2025", dt.date(2025, 12, 29)),  # Kinyarwanda
])
def test_a_date_line_in_swahili_or_kinyarwanda_dates_the_page(line, day):
    article = text(f"Rice co-operatives in Bugesera ground half their spray drones\n\n{line}\n\n"
                   "NYAMATA - Two rice co-operatives have stopped using half of the spray drones they hire, the service "
                   "company said.\n")
    assert article.date == day


def test_a_hyphen_sign_off_under_a_digest_s_lead_story_names_its_writer():
    article = text("Rice co-operatives in Bugesera ground half their spray drones\n\nDecember 29, 2025\n\n"
                   "NYAMATA - Two rice co-operatives have stopped using half of the spray drones they hire.\n\n"
                   "Most are Chinese-made.\n\n"
                   "- Eric Nshimiyimana, Isoko communications\n\n"
                   "2 | Nyagatare soil-sensor workshop: results\nTwenty-six farmers tested sensors.\n")
    assert article.author == "Eric Nshimiyimana"


@pytest.mark.parametrize("comments", [
    "Comentarii (3)\nion_b | 26.12.2025, 18:02\nBine că s-au trezit.\nMariana T. | 26.12.2025, 19:40\nAnd the drones "
    "bought in 2024, who uses them?\n",
    # (a French site's "Réactions", each comment's time in words: "il y a 5 h")
    "Réactions (2)\nAnis_Sfax · il y a 5 h\nEncore la Moldavie... et nous on attend.\nLeila.B · il y a 3 h\nGood explainer.\n",
    # (... Luganda's, its times in words too, under the page's tags, share bar and list of other stories in Luganda)
    "Ebigambo: Ebyobulamu, Masaka, Ultrasound\nGabana: WhatsApp · Facebook · X · Koppa link\n\nSoma ne bino\n"
    "Masaka fish traders count losses after the lake ban (ennaku 3 eziyise)\n\n"
    "Endowooza (1)\nSsekajja_Kyotera · essaawa 6 eziyise\nAt Kyotera we never saw our scans again after the project ended.\n",
])
def test_readers_comments_run_into_one_block_under_their_count_in_the_site_s_language_are_not_the_article(comments):
    article = text("Moldovan police rewrite drone tender\n\nDecember 26, 2025\n\n"
                   "The General Police Inspectorate on Wednesday amended its tender for 24 surveillance drones.\n\n"
                   "Suppliers were less pleased, a distributor said.\n\n"
                   "The Public Procurement Agency confirmed the amendment.\n\n"
                   "Distribuie: Facebook | Telegram | X | Copiază linkul\n\n" + comments)
    assert body(article).endswith("The Public Procurement Agency confirmed the amendment.")


def test_a_compiler_s_credit_beside_a_checker_s_names_the_compiler_alone():
    article = text("Deputies press ICT ministry over national data-centre optics\n\n"
                   "Compiled by Aline Mukamana | Checked by Eric Ndayisaba\n\n"
                   "January 4, 2026\n\n"
                   "KIGALI - Members of the committee questioned the minister on Friday about optical modules.\n")
    assert article.author == "Aline Mukamana"


def test_a_wechat_article_s_original_stamp_in_chinese_names_its_writer_and_day_and_a_marked_picture_is_no_headline():
    article = text("链桥周报 Chain Bridge Weekly\n"
                   "Tatabánya optics plant keeps working as Washington's list reaches its Chinese parent\n"
                   "原创 林婉清 Lin Wanqing 链桥周报 Chain Bridge Weekly 2026年01月06日 09:12 匈牙利\n"
                   "听全文\n\n"
                   "[图片] Technicians leave the early shift at Lanxin Optics Hungary in Tatabánya's industrial park on "
                   "Friday. 摄影 / Fotó: Kovács Dániel\n\n"
                   "TATABÁNYA — The night shift at Lanxin Optics Hungary Kft. clocked in as usual on Friday.\n")
    assert article.title == "Tatabánya optics plant keeps working as Washington's list reaches its Chinese parent"
    assert article.author == "Lin Wanqing"
    assert article.date == dt.date(2026, 1, 6)


def test_an_e_paper_s_edition_line_dates_it_and_a_name_run_into_the_dateline_is_the_byline():
    article = text("Liseuse numérique — L'Économiste du Sahel | The Sahel Economist (édition anglaise)\n"
                   "Mon compte | Mes éditions | Déconnexion\n"
                   "Édition du samedi 3 janvier 2026 | N° 614 | Mise en ligne le vendredi 2 janvier 2026 à 22:00\n"
                   "◀ Page précédente | Page 6 / 24 | Page suivante ▶\n"
                   "Sommaire | Mode page | Mode texte | Zoom + | Zoom − | Télécharger le PDF | Imprimer\n"
                   "Sur cette page : Sousse optics maker caught in the middle · Olive oil exports up 9 % · Bourse de Tunis : "
                   "la semaine\n"
                   "ENTREPRISES / COMPANIES\n\n"
                   "Sousse optics maker caught between\nWashington's list and Beijing's wafers\n\n"
                   "A Technopole firm that turns Chinese laser chips into transceivers for European data centres has until "
                   "March to find out whether it can keep building them\n\n"
                   "Mehdi Ben Salah SOUSSE — In a clean room at\nthe Technopole de Sousse, two dozen\ntechnicians in white "
                   "suits align laser\nchips the size of a grain of salt with\nglass fibres thinner than a hair. Each\n"
                   "finished module will end up in a\ndata centre in France.\n")
    assert article.title == "Sousse optics maker caught between Washington's list and Beijing's wafers"
    assert article.date == dt.date(2026, 1, 3)
    assert article.author == "Mehdi Ben Salah"


def test_a_broadcast_s_credits_line_names_its_reporter_and_a_bengali_published_line_dates_it():
    article = text("US blacklist of Chinese optics makers leaves Dhaka's data-centre build-out waiting for parts\n\n"
                   "প্রকাশিত: ৩১ ডিসেম্বর ২০২৫, ২৩:৩০ | হালনাগাদ: ১ জানুয়ারি ২০২৬, ১১:৪৫\n"
                   "Anchor: Sabrina Haque | Reporter: Tanvir Ahmed Chowdhury | Producer: Mahfuz Alam\n\n"
                   "SABRINA HAQUE, ANCHOR: Good evening and welcome to Business Tonight.\n")
    assert article.author == "Tanvir Ahmed Chowdhury"
    assert article.date == dt.date(2025, 12, 31)


def test_an_uzbek_published_line_dates_the_page_and_writers_beside_a_graphics_credit_are_the_byline():
    article = text("From gallium to indium phosphide: how the optics fight reached Tashkent's server halls\n\n"
                   "Dilnoza Yusupova, Jasur Ergashev | Grafika: Malika Tojiboyeva\n"
                   "Chop etildi: 02.01.2026, 20:15 | Yangilandi: 03.01.2026, 09:05\n\n"
                   "China's Ministry of Commerce said on Wednesday that exporters will need a licence.\n")
    assert article.author == "Dilnoza Yusupova and Jasur Ergashev"
    assert article.date == dt.date(2026, 1, 2)


def test_a_post_s_line_of_tags_closes_its_text_and_the_platform_s_card_and_comments_under_it_are_not_the_article():
    article = text("Stuck in the middle of the optics war: a week in a Norwegian data-centre hall\n\nJanuary 3, 2026\n\n"
                   "Monday started with an e-mail from our supplier.\n\n"
                   "Third-country buyers like us are not the target of either measure.\n\n"
                   "I'd love to hear from other operators: are you requalifying, stockpiling or waiting?\n\n"
                   "#datacenters #optics #exportcontrols #Norway\n\n"
                   "Ingrid Sæther Lunde\nAdministrerende direktør i Fjellkraft Data AS\nPubliseret 3. jan. 2026\n"
                   "Jon-Erik Vassbotn · 1. · Head of Infrastructure at a Nordic bank · 2 d\nSame week here.\n")
    assert body(article).endswith("are you requalifying, stockpiling or waiting?")


def test_a_messaging_app_s_bold_title_over_a_dateline_under_other_posts_is_the_headline_and_its_byline_follows_the_dateline():
    article = text("WhatsApp\nChats | Novedades | Canales | Comunidades\nTapé Business (EN) ✔\nCanal · 18,3 mil seguidores\n\n"
                   "LUNES\n\n"
                   "🔴 Breaking: the US Commerce Department has added 12 Chinese makers of optical modules to its Entity List. "
                   "Full story tomorrow morning.\n👍 96  😮 22\n21:07\n\nAYER\n\n"
                   "*Paraguay's hydro-powered AI dream runs into Washington's optics blacklist*\n\n"
                   "_The Hernandarias data-centre campus ordered its optical modules from a listed company_\n\n"
                   "ASUNCIÓN, Jan 1 (Tapé) — By Rocío Benítez Ayala — Paraguay's largest data-centre project ordered almost "
                   "all of its first 20,000 optical transceivers from a listed company.\n\n"
                   "The campus was due to switch on its first 18 megawatts in May, its developer said in 2025.\n")
    assert article.title == "Paraguay's hydro-powered AI dream runs into Washington's optics blacklist"
    assert article.author == "Rocío Benítez Ayala"
    assert article.date == dt.date(2025, 1, 1)


def test_a_byline_run_into_a_dateline_with_accented_capitals_names_the_writer():
    article = text("China puts GaN epitaxial wafers under export licences\n\n"
                   "By Cristian MoldovanTIMIȘOARA, Jan 8 — China's commerce ministry on Tuesday put gallium-nitride "
                   "epitaxial wafers under per-shipment export licensing.\n")
    assert article.author == "Cristian Moldovan"


def test_a_thread_s_new_mark_before_its_title_is_a_kicker():
    article = text("Obvod English\n@en@obvod.social.example\n"
                   "NEW ▶ US blacklists 14 Chinese gallium-nitride chipmakers and doubles tariff on GaN power chips\n"
                   "Our Washington correspondent follows the day in this thread 🧵 (1/9)\n\n"
                   "2/ WASHINGTON, Jan. 7 — The Commerce Department this afternoon added 14 Chinese companies to the Entity "
                   "List.\n")
    assert article.title == "US blacklists 14 Chinese gallium-nitride chipmakers and doubles tariff on GaN power chips"


# Round 49

def test_a_chat_s_note_over_an_article_pasted_under_a_copied_text_rule_is_furniture():
    article = text("Activitate | Chat | Echipe | Calendar\nIoana Stănescu   09.01 08:12\n"
                   "FYI – relevant for our GaN supplier. Pasted below (it is behind a paywall). @Mihai Popa can you check?\n"
                   "banatbusinessdaily.example\nChina puts GaN wafers under export licences…\n"
                   "––––– text copiat –––––\n"
                   "China puts GaN epitaxial wafers under export licences, squeezing Timișoara chip packager\n"
                   "Publicat: 08.01.2026, 19:30 | Actualizat: 09.01.2026, 07:05\n"
                   "China's commerce ministry on Tuesday put gallium-nitride epitaxial wafers under per-shipment export "
                   "licensing from February 1, a day after Washington blacklisted 14 Chinese chipmakers.\n"
                   "The notice extends the licensing regime China has applied to gallium metal since 2023.\n")
    assert article.title == "China puts GaN epitaxial wafers under export licences, squeezing Timișoara chip packager"
    assert article.date == dt.date(2026, 1, 8)
    assert not any("FYI" in p for p in article.paragraphs)


def test_a_chat_s_replies_under_a_pasted_article_and_dated_links_over_them_are_not_the_article():
    article = text("China puts GaN wafers under export licences\n\n"
                   "China's commerce ministry on Tuesday put gallium-nitride epitaxial wafers under per-shipment export "
                   "licensing from February 1, a day after Washington blacklisted 14 Chinese chipmakers.\n\n"
                   "A sales manager at one of the growers said European customers would have to wait and see.\n\n"
                   "Timișoara airport cargo volumes hit a record in 2025 (05.01.2026)\n\n"
                   "Arad suppliers' park adds 1,200 jobs (19.12.2025)\n\n"
                   "2 răspunsuri de la Mihai și Andreea\n\nMihai Popa   09.01 08:31\n\n"
                   "La noi stocul e de ~9 săptămâni, nu 11. Verific cu ei azi.\n\nAndreea Dinu   09.01 08:40\n\n"
                   "Trimit și la juridic.\n\nRăspundeți\n")
    assert article.paragraphs[-1].startswith("A sales manager")


def test_a_viber_community_s_post_under_its_day_separator_is_the_article_and_its_writing_hand_signs_it():
    article = text("Bizlinija English\nЗаедница · 4.812 членови\n"
                   "Понеделник, 5 јануари 2026\nBizlinija English\n"
                   "🇺🇸 US blacklists 14 Chinese GaN chipmakers — this week on Bizlinija.\n21:58   👁 1,4К\n"
                   "Петок, 9 јануари 2026\nBizlinija English\n"
                   "*Skopje power-supply maker wins US data-centre orders as buyers flee Chinese GaN*\n\n"
                   "SKOPJE — Treska Power, which makes power-supply units for servers, has won orders from two US "
                   "data-centre builders in four days, as American buyers look for power supplies free of Chinese chips.\n\n"
                   "\"Two purchase orders came in on Wednesday night,\" Goran Trajkovski, Treska Power's chief executive, said.\n\n"
                   "✍️ Ана Стојановска / Ana Stojanovska\n🔗 Повеќе на: https://bizlinija.example/en/2026/01/09/treska\n"
                   "09:12   👁 2,1К   ❤️ 41\nКоментари (3)\nElena K.: \"nervous but serious\" — that's every buyer I know\n"
                   "Одговори · Препрати\n")
    assert article.date == dt.date(2026, 1, 9)
    assert article.author == "Ana Stojanovska"
    assert article.paragraphs[-1].startswith("\"Two purchase orders")


def test_a_thread_s_names_handles_and_stamps_between_posts_are_the_platform_s_and_its_credits_name_its_writers():
    posts = [f"{n}/ Post number {n} of the thread says something about gallium-nitride chips and the Entity List." for n in range(2, 6)]
    chrome = "\n7. led 2026 v 21:4{n}\nObvod English\n@en@obvod.social.example\n"
    thread = "".join(post + chrome.format(n=n) for n, post in enumerate(posts))
    article = text("Obvod English\n@en@obvod.social.example\n"
                   "US blacklists 14 Chinese gallium-nitride chipmakers\n7. led 2026 v 21:40\n48 boostů · 97 oblíbení\n"
                   "Obvod English\n@en@obvod.social.example\n" + thread +
                   "6/ The last post of the thread, with a link to the full story on the site.\n"
                   "Thread: Tereza Vondráčková in Washington, with Ondřej Malý in Prague. Edited by Lucie Horáková. /end\n"
                   "8. led 2026 v 00:17\nkabelovka\n@kabelovka@mastodon.example\n@en \"doubles\" = 50 → 100 %, so yes.\n1 d\n")
    assert all(re.match(r"\d/ ", p) for p in article.paragraphs), article.paragraphs
    assert article.author == "Tereza Vondráčková and Ondřej Malý"


def test_a_show_s_credits_line_names_whoever_wrote_its_summary():
    article = text("SATURDAY TALKBACK\nCharger prices climb as the gallium-nitride squeeze reaches Fiji's shelves\n"
                   "Hosted by Josefa Naivalu | Summary by Salote Vakacegu\nSaturday 10 January 2026, 1:15pm\n\n"
                   "Prices of phone and laptop chargers in Suva and Lautoka shops have risen by between 20 and 40 per cent "
                   "since last January, retailers told this morning's show.\n")
    assert article.author == "Salote Vakacegu"


def test_a_byline_with_its_reading_time_names_the_writer():
    assert _byline_line("by Khamphet Sisouphanh · 11 min read", REGISTRY)


def test_a_mail_quoting_every_line_of_the_newsletter_it_forwards_is_read_without_the_marks():
    quoted = "\n".join("> " + line if line else ">" for line in (
        "From: Pwani Tech Weekly <habari@pwanitech.example>", "Sent: Sunday, 11 January 2026 06:00",
        "Subject: Jumapili 11.01.2026 — Why a Dar lab waits for its resist", "",
        "PWANI TECH WEEKLY", "Teknolojia, biashara na sera | Toleo Na. 233", "",
        "Habari za Jumapili! Good Sunday morning from Dar es Salaam. This week: a cleanroom waits for a licence.", "",
        "HADITHI KUU / TOP STORY", "", "A Dar es Salaam cleanroom waits on a licence for a litre of resist", "",
        "By Amani Mwakyusa", "",
        "The University of Dar es Salaam's microelectronics laboratory ordered a litre of ArF photoresist",
        "from a Japanese distributor in Nairobi in November.", "",
        "\"We are not a fab, we are a classroom,\" said Dr Neema Mushi, who heads the laboratory."))
    article = text("From: Neema Mushi <n.mushi@udsm.example>\nSent: Monday, 12 January 2026 08:14\n"
                   "Subject: Fwd: Pwani Tech Weekly\n\nColleagues, FYI — our resist order is the top story below.\nN.\n\n"
                   "-----Original Message-----\n" + quoted + "\n")
    assert article.title == "A Dar es Salaam cleanroom waits on a licence for a litre of resist"
    assert article.author == "Amani Mwakyusa"
    assert article.date == dt.date(2026, 1, 11)
    assert not any(p.startswith(">") for p in article.paragraphs)


def test_a_broadcast_script_s_labelled_headline_writer_and_air_date_are_read():
    article = text("ЧАТКАЛ РАДИОСУ | CHATKAL RADIO — English Service\n"
                   "Эфир: жума, 16.01.2026, 08:00 (Бишкек) | Кайталоо: 12:00, 18:00\n"
                   "=====================================================================\n"
                   "STORY 1 OF 6   SLUG: CUSTOMS-RESIST-TORUGART   DUR: 2'35\"\n"
                   "WRITER: Aibek Toktogulov   READ BY: Nazira Sultanbekova   PRODUCER: Elmira Zhumabaeva\n"
                   "WEB HEADLINE: Customs at Torugart seize chipmaking chemicals declared as lacquer thinner\n"
                   "=====================================================================\n\n"
                   "[ANCHOR - LIVE]\nKyrgyz customs officers at the Torugart crossing on the Chinese border have seized "
                   "forty-six drums of chipmaking chemicals that were declared as lacquer thinner.\n\n"
                   "BACK-ANNOUNCE: Reporting by Aibek Toktogulov in Naryn.\n")
    assert article.title == "Customs at Torugart seize chipmaking chemicals declared as lacquer thinner"
    assert article.author == "Aibek Toktogulov"
    assert article.date == dt.date(2026, 1, 16)
    assert not any("BACK-ANNOUNCE" in p for p in article.paragraphs)


@pytest.mark.parametrize("line, day", [
    ("Петок, 9 јануари 2026", (2026, 1, 9)),           # Macedonian
    ("Published: жума, 16.01.2026", (2026, 1, 16)),   # a weekday in Kyrgyz before a day in figures
    ("Эфир: 16.01.2026, 08:00 (Бишкек)", (2026, 1, 16)),  # where the clock is, in Cyrillic
    ("نُشر: 9 يناير 2026 - 18:40 | آخر تحديث: 10 يناير 2026 - 09:15", (2026, 1, 9)),  # Arabic "published", no "in"
])
def test_dates_in_south_slavic_and_central_asian_words_are_read(line, day):
    assert _header_date(line, REGISTRY.rules) == day


def test_a_feed_reader_s_fields_over_the_item_are_not_its_headline_and_its_pubdate_dates_it():
    article = text("Feedwell Reader · All items · Folder: Chips & trade\n"
                   "Feed: Abşeron Biznes İcmalı — ABR English | Latest\nFeed URL: https://absheronbiz.example/en/feed/\n"
                   "GUID: https://absheronbiz.example/?p=88412\nAuthor (dc:creator): Leyla Məmmədova\n"
                   "Categories: Texnologiya, Ticarət, Yaponiya, ABŞ, Çin\n"
                   "Published (pubDate): Mon, 12 Jan 2026 11:20:00 +0000\nUpdated: Tue, 13 Jan 2026 05:02:00 +0000\n\n"
                   "Washington and Tokyo put EUV and ArF photoresists under licence in coordinated move\n\n"
                   "By Leyla Məmmədova and Tural Əliyev\n\n"
                   "BAKU, January 12 (ABR) — The United States and Japan on Monday brought the light-sensitive chemicals "
                   "used to print the smallest features on computer chips under export licensing.\n")
    assert article.title == "Washington and Tokyo put EUV and ArF photoresists under licence in coordinated move"
    assert article.date == dt.date(2026, 1, 12)


def test_a_browser_s_translation_of_the_writer_s_given_name_gives_way_to_the_name_in_the_author_box():
    article = text("This page has been translated from Albanian into English by your browser.   Show original\n"
                   "KAPITAL TIRANA\n\n"
                   "Beijing promises necessary measures as Chinese resin makers race to replace Japanese photoresists\n\n"
                   "By Hope Hoxha\n\n"
                   "TIRANA – The Chinese Ministry of Commerce on Tuesday condemned the new American and Japanese licences "
                   "for photoresists and said that Beijing will respond.\n\n"
                   "Two Chinese producers of resins announced new factories on the same day.\n\n"
                   "About the author: Shpresa Hoxha covers energy, industry and technology for Kapital Tirana.\n")
    assert article.author == "Shpresa Hoxha"


def test_a_video_s_subtitles_are_read_as_the_turns_they_carry():
    cues = [("[Pratiksha Gurung] Namaste. This is World of Work,", "from Sagarmatha Sandesh in Kathmandu."),
            ("[Sujan Shrestha] Bikash, what does your team", "actually do with photoresist?"),
            ("[Bikash Adhikari] We coat it on the wafer,", "very thin, then the scanner prints the pattern."),
            ("Every layer needs the right resist.", "It can take months."),
            ("[Sujan Shrestha] Is that enough?",),
            ("[Bikash Adhikari] For ArF, nine months is comfortable.", "EUV resist is different.")]
    srt = "\n\n".join(f"{n}\n00:00:{n:02d},000 --> 00:00:{n + 1:02d},000\n" + "\n".join(lines) for n, lines in enumerate(cues, 1))
    article = text("Inside a Korean fab's photoresist stockpile, a Nepali engineer counts the months\n\n"
                   "Reporter: Sujan Shrestha (Pyeongtaek) | Presenter: Pratiksha Gurung | Camera: Oh Min-jae\n\n"
                   "South Korea's Hanul Semiconductor says it has enough resist in its warehouses to keep its lines running "
                   "this year.\n\n" + srt + "\n")
    assert article.author == "Sujan Shrestha"
    assert "[Bikash Adhikari] We coat it on the wafer, very thin, then the scanner prints the pattern. Every layer needs the " \
           "right resist. It can take months." in article.paragraphs
    assert not any("-->" in p for p in article.paragraphs)


def test_a_browser_s_print_margins_between_pages_are_not_the_text_and_the_paragraph_they_cut_is_one():
    article = text("Chinese resin makers rally as Luxembourg funds rethink their photoresist bets\n\n"
                   "Shares in Jiangbei Photochem have risen 38 per cent on Shanghai's STAR Market since Monday, when "
                   "Washington and Tokyo put photoresists under licence.\n\n"
                   "\"We bought the Japanese names because they had the chemistry nobody else had,\" said Claire "
                   "Wagner-Feltgen. \"What changed on Monday is that\n\n"
                   "https://www.kirchbergfinance.example/en/funds/2026/01/15/chinese-resin-makers-rally                1/2\n"
                   "16/01/2026 08:12                Chinese resin makers rally as Luxembourg funds rethink – Kirchberg Finance\n"
                   "the Chinese names now have a customer that cannot say no.\"\n\n"
                   "Not everyone expects the trade to last. Wagner-Feltgen said she had heard the argument\n\n"
                   "https://www.kirchbergfinance.example/en/funds/2026/01/15/chinese-resin-makers-rally                2/2\n"
                   "16/01/2026 08:12                Chinese resin makers rally as Luxembourg funds rethink – Kirchberg Finance\n"
                   "that Chinese substitution would take a decade \"every year since 2019\".\n")
    assert "What changed on Monday is that the Chinese names now have a customer that cannot say no.\"" in body(article)
    assert "kirchbergfinance.example" not in body(article)


def test_a_bilingual_edition_s_title_in_english_is_the_headline():
    article = text("EDICIÓN BILINGÜE / BILINGUAL EDITION\n\n"
                   "Aduanas retiene 120 tambores de fotorresina declarados como tinta serigráfica en la zona franca\n"
                   "Customs holds 120 drums of photoresist declared as screen-printing ink in the free zone\n\n"
                   "Por / By Rocío Giménez Sanabria\n\n"
                   "CIUDAD DEL ESTE. La Dirección Nacional de Ingresos Tributarios retuvo el viernes 120 tambores que, "
                   "según los documentos, contenían tinta para serigrafía.\n\n"
                   "CIUDAD DEL ESTE. Paraguay's tax and customs authority on Friday held 120 drums that, according to the "
                   "paperwork, contained screen-printing ink.\n")
    assert article.title == "Customs holds 120 drums of photoresist declared as screen-printing ink in the free zone"


def test_a_social_post_s_counts_and_the_comments_under_them_are_not_the_statement():
    article = text("PRESS STATEMENT\n\nStatement on the supply of syringes in our hospitals\n\nAddis Ababa, 2 June 2026\n\n"
                   "Over the past week, messages on social media have claimed that hospitals are running out of syringes. "
                   "This is not correct.\n\nAll four of our hospitals have stocks sufficient for at least five months.\n\n"
                   "Management, Sheger Hospitals Group\n\n"
                   "👍❤️😮 1.2K   318 comments   204 shares\nLike   Comment   Share\nMost relevant ▾\nAbel Tadesse\n"
                   "What about private pharmacies?\n4h   Like   Reply\n")
    assert not any("Abel Tadesse" in p for p in article.paragraphs)


def test_a_shared_document_s_comment_anchors_and_comments_are_not_the_article():
    article = text("Separator film - working copy for Weekly Brief #4\nGoogle Docs · Shared with desk@advisory.example · Comment "
                   "access\n\nWashington's battery tariff reaches the thin film between the electrodes[a]\n\n"
                   "Par Laura Schmit\nPublié le 20.01.2026 à 18:20\n\n"
                   "The United States will put a 40% duty on Chinese separator film[b] from March, the trade representative's "
                   "office said on Tuesday.\n\nThe measures were published in the Federal Register on Tuesday.\n\n"
                   "[a]Noémie Faber: Headline for the brief? Shorter: \"US tariff now reaches separator film\"\n"
                   "[b]Pieter Vandenbroucke: Is the 40% on top of the 25%? Check the USTR notice.\n")
    assert article.title == "Washington's battery tariff reaches the thin film between the electrodes"
    assert "separator film from March" in body(article)
    assert article.paragraphs[-1] == "The measures were published in the Federal Register on Tuesday."


def test_a_chat_export_s_article_posted_by_a_bot_in_parts_is_the_article_and_the_members_chat_is_not():
    article = text("==============================================================\nGuild: Nistru Business Community\n"
                   "Channel: ȘTIRI / english-edition\n==============================================================\n\n"
                   "[20.01.2026 08:47] NistruBot#4410\n{Embed}\nNistru Business · English\n"
                   "https://nistrubusiness.example/en/industrie/2026/01/20/hungarian-separator-plant\n"
                   "Hungarian battery-film plant recruits in Bălți as Chinese makers race to stay inside the rules\n"
                   "Publicat: 20.01.2026, 08:30 · Categoria: Industrie\n\n{Reactions}\n🔋 (14) 👀 (6)\n\n"
                   "[20.01.2026 08:47] NistruBot#4410\n(1/2) BĂLȚI — The queue outside the Nord Personal office began before "
                   "eight on Monday. By noon, 140 people had filled in a two-page form for jobs on a production line.\n\n"
                   "[20.01.2026 08:48] NistruBot#4410\n(2/2) \"We built in Hungary for Europe,\" Zhou Yinan, the plant's "
                   "general manager, said by telephone on Monday.\n\n— Cristina Rusu, with Andrei Lupașcu in Budapest\n\n"
                   "[20.01.2026 09:20] vlad.b\n\"who owns the machine\" — that is the whole rule in one line honestly\n")
    assert article.title == "Hungarian battery-film plant recruits in Bălți as Chinese makers race to stay inside the rules"
    assert article.date == dt.date(2026, 1, 20)
    assert article.author == "Cristina Rusu and Andrei Lupașcu"
    assert not any("vlad.b" in p or "whole rule in one line" in p for p in article.paragraphs)


def test_a_show_daily_s_title_wrapped_at_its_and_its_running_head_s_day_in_the_right_column_are_read():
    article = text("BATTERY DAYS DAILY                                          DAN 2 / DAY 2\n"
                   "Beogradski sajam · Hale 3 i 4 · 20–22. januar 2026           Sreda, 21. januar 2026\n"
                   "____________________________________________________________________________\n\n"
                   "Haneul Membrane licenses its\ncoated-film process to a\nTexas cell maker\n\n"
                   "By Nenad Ilić and Sara Mitrović\n\n"
                   "BELGRADE — Haneul Membrane, the South Korean maker of ceramic-coated separator film, has licensed its "
                   "wet-process and coating technology to Brazos Cell Works, a Texas battery start-up.\n")
    assert article.title == "Haneul Membrane licenses its coated-film process to a Texas cell maker"
    assert article.date == dt.date(2026, 1, 21)


def test_a_clipping_s_byline_run_into_a_dateline_of_two_places_is_read_and_its_issue_day_beside_another_calendar():
    article = text("SANGAM MEDIA MONITORING PVT. LTD. — PRESS CLIPPING SERVICE\n"
                   "Client: Trishul Energy Storage Pvt. Ltd., Birgunj          Clip ID: SMM-2026-0122-0387\n"
                   "Date of issue: Thursday, 22 January 2026 (Magh 8, 2082 BS)   Page: 7 (Money)\n"
                   "------------------------------------------------------------------------------\n\n"
                   "Indian film makers seek anti-dumping duty on Chinese battery separators\n\n"
                   "By Prabin GhimireNEW DELHI/KATHMANDU, Jan 21: A group of Indian\nmanufacturers of lithium-ion battery "
                   "separator film has\nasked the Directorate General of Trade Remedies to\nimpose anti-dumping duties on film "
                   "from China.\n")
    assert article.title == "Indian film makers seek anti-dumping duty on Chinese battery separators"
    assert article.author == "Prabin Ghimire"
    assert article.date == dt.date(2026, 1, 22)


def test_a_thai_date_line_with_its_clock_in_thai_words_is_read():
    assert _header_date("เผยแพร่ 25 ม.ค. 2569 เวลา 08.30 น.", REGISTRY.rules) == (2026, 1, 25)


# The fiftieth round: a page exported as Markdown, a note's properties, a video's page, tracked changes, a digest's sections


def test_a_page_a_notes_app_clipped_as_markdown_under_its_properties_is_read_as_the_page_it_shows():
    article = text("# Repair ships barred from cables | Goubet Éco English\n\n"
                   "Created: January 29, 2026 7:52 AM\nTags: Djibouti, repair ships\nType: Web clip\n"
                   "URL: https://goubeteco.example/en/2026/01/28/repair-ships\nStatus: To read\n\n"
                   "> 💡 Ask legal whether the maintenance contract counts. — P.\n\n"
                   "[Aller au contenu principal](https://goubeteco.example/#contenu)\n\n"
                   "![Goubet Éco](https://goubeteco.example/logo.svg)\n\n"
                   "[Accueil](https://goubeteco.example/) | [Économie](https://goubeteco.example/economie) | "
                   "[Télécoms](https://goubeteco.example/telecoms)\n\n"
                   "# Repair ships barred from cables\n\n"
                   "Par **Hodan Omar Farah** et **Yacin Abdourahman**\n\n"
                   "Publié le 28/01/2026 à 21h35 · Mis à jour le 29/01/2026 à 08h10\n\n"
                   "![Le navire câblier à quai](https://goubeteco.example/ship.jpg)\n\n"
                   "*The cable ship at its berth in Doraleh. Photo : Idriss Mahamoud / Goubet Éco*\n\n"
                   "DJIBOUTI — The United States on Monday barred Chinese-built repair ships from working on any cable "
                   "that lands on American soil, and two marine underwriters told Goubet Éco they would ask for more.\n\n"
                   "Mots-clés : [câbles](https://goubeteco.example/tag/cables) [Chine](https://goubeteco.example/tag/chine)\n")
    assert article.title == "Repair ships barred from cables"
    assert article.date == dt.date(2026, 1, 28)
    assert article.author == "Hodan Omar Farah and Yacin Abdourahman"
    assert article.original_url == "https://goubeteco.example/en/2026/01/28/repair-ships"
    assert body(article).startswith("The United States on Monday")
    assert "](" not in body(article) and "Mots-clés" not in body(article)
    assert "Status: To read" in article.furniture


def test_a_plain_copy_s_stars_and_underscores_are_its_own():
    article = text("Tariffs rise\n\nMarch 3, 2026\n\nBy Ann Lee\n\nThe *new* rate applies to snake_case names and "
                   "5*3 units from Monday, officials said.\n")
    assert "The *new* rate applies to snake_case names" in body(article)


def test_a_video_page_s_counts_in_its_language_date_it_and_its_presenter_and_reporter_write_it():
    article = text("تخطي التنقل\nYouTube OM\nبحث\n\nCable ships need permits in disputed waters | Majan Business Tonight\n\n"
                   "Majan Business TV\n214 ألف مشترك\nاشتراك\n\n1.2 ألف\nمشاركة\nحفظ\n\n18,432 مشاهدة  تم البث مباشرةً في 29/01/2026  #subseacables #Oman\n"
                   "Beijing on Tuesday told foreign cable-repair ships they must apply for approval.\n\n"
                   "Presented by Laila Al Busaidi, with Tariq Al Amri reporting from Muscat.\n\n"
                   "Chapters\n0:00 Headlines\n0:41 Beijing's permit rule\n\n"
                   "Beijing on Tuesday told foreign cable-repair ships they must apply for Chinese approval before "
                   "working on cables in waters China claims.\n\nالنص\n" + "\n".join(
                       f"0:{n:02d}\n{words}" for n, words in enumerate(["[Music]", "good evening and welcome to majan",
                                                                      "business tonight i'm laila al busaidi",
                                                                      "beijing has told the world's cable", "repair ships that if",
                                                                      "they want to work in waters", "china claims they will need",
                                                                      "china's permission first"], 1)) + "\n\n"
                   "التعليقات 37\nترتيب حسب\n\n@dhofari_net منذ 4 أيام\nso who fixes the cable when both sides say no?\n")
    assert article.title == "Cable ships need permits in disputed waters"
    assert article.date == dt.date(2026, 1, 29)
    assert article.author == "Laila Al Busaidi and Tariq Al Amri"
    assert "who fixes the cable" not in body(article)
    assert "china's permission first" in body(article)  # (the transcript panel is what the video says, no rail of links)


def test_a_document_copied_with_its_tracked_changes_is_read_with_every_change_accepted():
    article = text("VT_EN_syndication_2026-01-30_kopakona_v3.docx  [Compatibility Mode]\n"
                   "Review > Track Changes: On | Display for Review: All Markup\n\n"
                   "VINNUTÍÐINDI – ENGLISH SYNDICATION COPY\n"
                   "Útgivið: 30. januar 2026 kl. 13:45 | Seinast dagført: 31. januar 2026 kl. 09:20\n"
                   "Syndication partners: please run the text with all changes accepted.\n\n"
                   "[Deleted: Faroese ship told to stay out][Inserted: Faroese cable-repair ship stays in port as insurers balk]\n\n"
                   "By Turið Hansen\n\nFormatted: Font: (Default) Calibri, 11 pt\n\n"
                   "TÓRSHAVN – The Kópakona, the [Deleted: only][Inserted: largest] cable-repair ship owned in the Faroe "
                   "Islands, was due to sail this week. It is still tied up at the quay.\n\n"
                   "[Deleted: \"It is madness,\" she said.]\n\nThe insurer is the sticking point, the company said.\n")
    assert article.title == "Faroese cable-repair ship stays in port as insurers balk"
    assert article.date == dt.date(2026, 1, 30)
    assert "the largest cable-repair ship" in body(article)
    assert "only" not in body(article) and "madness" not in body(article) and "Formatted" not in body(article)


def test_a_digest_s_story_under_its_first_section_label_ends_at_the_next_label():
    rule = "=" * 40
    article = text(f"PACIFIC WAVELENGTH\nTelecoms, cables and connectivity across the Pacific | Issue 88 · Thursday 31 "
                   f"January 2026\n\n{rule}\nTHE LEAD\n{rule}\n\nFiji-Tonga cable fault waits for a ship\n\nBy Mereani "
                   f"Vosawale\n\nSUVA – For twelve days the cable between Fiji and Tonga has carried no traffic.\n\n"
                   f"\"We had a ship,\" said Sitiveni Qalo.\n\n{rule}\nALSO THIS WEEK\n{rule}\n\nSamoa extends tender\n"
                   f"\"We would rather wait,\" said the chair, Tuilagi Mataio.\n")
    assert article.title == "Fiji-Tonga cable fault waits for a ship"
    assert article.date == dt.date(2026, 1, 31)
    assert body(article).endswith("said Sitiveni Qalo.")
    assert "ALSO THIS WEEK" in article.furniture


def test_a_fax_s_cover_sheet_and_its_machine_s_page_lines_are_not_the_article_and_a_tetum_byline_label_is_one():
    article = text("[OCR - fax received 04/02/2026 09:52 - 3 pages]\n\n"
                   "04/02/2026 09:49   +670 3300 0000   ARAFURA DILI              P.01/03\n\n"
                   "FAKS / FAX\nBa / Para: Sr. Graham Whitlock - Arafura Marine Underwriters, Darwin\n"
                   "Husi / De: Ermelinda Soares - Eskritóriu Dili\nData: 04/02/2026\n"
                   "Asuntu / Assunto: Artigu Loro Matan 03/02 - kabu submarinu\n\n"
                   "04/02/2026 09:50   +670 3300 0000   ARAFURA DILI              P.02/03\n\n"
                   "LORO MATAN          Domingu, 3 Fevereiru 2026          Pájina 14\nSEMANÁRIU EKONÓMIKU  ·  ENGLISH PAGE\n\n"
                   "Second cable plan stalls as cheapest bid falls foul of US rule\n\n"
                   "Hosi / By: Nélia Fernandes\n\n"
                   "DILI - The government's plan for a second international subsea cable has lost its cheapest bidder a "
                   "week before the tender closes.\n\n"
                   "04/02/2026 09:51   +670 3300 0000   ARAFURA DILI              P.03/03\n\n"
                   "The authority will reopen the tender in March, officials said.\n")
    assert article.title == "Second cable plan stalls as cheapest bid falls foul of US rule"
    assert article.author == "Nélia Fernandes"
    assert not any("ARAFURA DILI" in p or "Whitlock" in p for p in article.paragraphs)
    assert "Ba / Para: Sr. Graham Whitlock - Arafura Marine Underwriters, Darwin" in article.furniture


def test_tetum_months_and_weekdays_are_read():
    assert _header_date("Domingu, 3 Fevereiru 2026", REGISTRY.rules) == (2026, 2, 3)


def test_a_writer_s_office_after_her_name_and_a_photographer_s_cell_keep_a_byline_one():
    article = text("Adriatic University study finds the cable-repair fleet is one bad winter from breaking point\n\n"
                   "Story by Jelena Vuksanović, Office of Communications | Photos: Marko Radonjić\n\n"
                   "KOTOR, Montenegro – The world has too few ships to repair its subsea cables, according to a study.\n")
    assert article.author == "Jelena Vuksanović"


def test_a_release_s_about_boilerplate_and_what_follows_it_close_its_text():
    article = text("University study finds the cable-repair fleet near breaking point\n\nFebruary 1, 2026\n\n"
                   "KOTOR, Montenegro – The world has too few ships to repair its subsea cables, a study finds.\n\n"
                   "The report recommends a shared reserve of repair ships.\n\n"
                   "Media contact: Jelena Vuksanović, +382 32 000 000, jelena.vuksanovic@ujadran.example\n\n"
                   "About Adriatic University\nAdriatic University (Univerzitet Jadran) is a private university founded in "
                   "2011 with faculties in Kotor, Tivat and Bar.\n\n###\n\nPodijeli: Facebook | X | LinkedIn\n")
    assert body(article).endswith("The report recommends a shared reserve of repair ships.")
    assert "About Adriatic University" in " ".join(article.furniture)


def test_a_newsletter_s_issue_line_dates_it_over_the_day_its_mail_was_sent_in_another_time_zone():
    rule = "=" * 40
    article = text(f"From: Pacific Wavelength <news@pacificwavelength.example>\nTo: team@halcyonre.example\n"
                   f"Date: Fri, 30 Jan 2026 18:02:41 +0000\nSubject: A cable, a ship and a rule | Samoa tender\n\n"
                   f"PACIFIC WAVELENGTH\nTelecoms, cables and connectivity across the Pacific | Issue 88 · Saturday 31 "
                   f"January 2026\nSuva, Fiji\n\n{rule}\nTHE LEAD\n{rule}\n\nFiji-Tonga cable fault waits for a ship\n\n"
                   f"By Mereani Vosawale\n\nSUVA – For twelve days the cable between Fiji and Tonga has carried no traffic.\n")
    assert article.date == dt.date(2026, 1, 31)


def test_an_evernote_export_pasted_as_text_is_read_as_the_note_s_page():
    article = text('<?xml version="1.0" encoding="UTF-8"?>\n<en-export export-date="20260212T081530Z" application="Evernote">\n'
                   "<note>\n<title>Between Chancay and Long Beach, Peru's ships are caught | Costa Verde Económica</title>\n"
                   "<created>20260211T141204Z</created>\n<tag>satcom</tag>\n<note-attributes>\n<author>Valeria Chumpitaz</author>\n"
                   "<source>web.clip7</source>\n<source-url>https://costaverde.example/english/2026/02/10/chancay</source-url>\n"
                   "</note-attributes>\n<content>\n<![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<en-note>\n"
                   "<div><i>Nota: para el informe del lunes, ver párrafos sobre SISESAT. — V.</i></div>\n"
                   "<div>Ir al contenido principal</div>\n"
                   "<div><b>Between Chancay and Long Beach, Peru's ships are caught</b></div>\n"
                   "<div>Por / By Lucía Huamán Carrasco and Diego Paredes Olaechea</div>\n"
                   "<div>Publicado: 10/02/2026 08:00 | Actualizado: 11/02/2026 12:35</div>\n"
                   "<div>LIMA — When the reefer Cordillera Blanca left Chancay for Long Beach last month, her captain had one "
                   "satellite terminal on the bridge.</div>\n<div>Naviera Paracas operates the ship and five others.</div>\n"
                   "</en-note>]]>\n</content>\n</note>\n</en-export>\n")
    assert article.title == "Between Chancay and Long Beach, Peru's ships are caught"
    assert article.date == dt.date(2026, 2, 10)
    assert article.author == "Lucía Huamán Carrasco and Diego Paredes Olaechea"
    assert article.original_url == "https://costaverde.example/english/2026/02/10/chancay"
    assert not any("<" in p or "web.clip7" in p for p in article.paragraphs)


def test_a_wire_s_story_under_its_advisory_to_editors_and_its_reporters_in_the_closing_credit():
    article = text("ОГОЛОШЕННЯ ДЛЯ РЕДАКЦІЙ / EDITORS' ADVISORY\nОпубліковано: 04.02.2026, 16:05\n"
                   "Prychal expects to move a story at about 19:00 Kyiv time on the US rule.\n"
                   "Working headline: US to ban Chinese ship satellite terminals\nEND ADVISORY\n\n"
                   "USA-CHINA/SHIPPING-SATCOM\nОпубліковано: 04.02.2026, 19:12\n"
                   "US bars Chinese satellite terminals from ships calling at American ports\n\nBy Taras Melnychuk\n\n"
                   "KYIV/WASHINGTON, Feb 4 (Prychal) - The United States on Monday barred Chinese-made terminals from ships.\n\n"
                   "Crewing agencies fear crews will be caught between rival rules.\n\n"
                   "(Reporting by Taras Melnychuk in Odesa and Iryna Savchenko in Kyiv; Editing by Halyna Verbytska)\n")
    assert article.title == "US bars Chinese satellite terminals from ships calling at American ports"
    assert article.author == "Taras Melnychuk and Iryna Savchenko"
    assert "Working headline: US to ban Chinese ship satellite terminals" in article.furniture


@pytest.mark.parametrize("line, day", [
    ("DÍLI, 21 de junho de 2026 – Desde 2024, as parteiras de 38 postos de saúde fazem ecografias.", dt.date(2026, 6, 21)),
    ("ЖИТОМИР, 20 червня 2026 – Від 2024 року акушерки 38 амбулаторій роблять УЗД.", dt.date(2026, 6, 20)),
])
def test_a_dateline_with_its_day_in_the_site_s_words_dates_the_article(line, day):
    article = text(f"Ecógrafos chineses nos municípios\n\n{line}\n\nOutro parágrafo aqui, com mais texto da notícia.\n")
    assert article.date == day
    assert article.dateline == line.split(" – ")[0] + " –" and article.paragraphs[0].startswith(line.split(" – ")[1][:10])


def test_a_facebook_page_post_s_dateline_in_figures_its_byline_and_counts_over_the_comments():
    article = text("Facebook\nBokeški Puls – English\n6. februar u 18:45 · 🌐\n⚓ NO SIGNAL AT SEA ⚓\n"
                   "Boka's seafarers go dark as owners switch off Chinese satellite terminals\n"
                   "Kotor, 6. 2. 2026. – For Jelena Đurišić, the silence started on Sunday night. Her husband, a second "
                   "officer on a bulk carrier heading for Santos in Brazil, had called every evening since November.\n"
                   "\"We had a video call on Saturday and he said everything was fine,\" Đurišić said in her kitchen.\n"
                   "Her husband is one of several hundred seafarers from the Bay of Kotor whose ships have cut internet "
                   "access this week, after ship managers began switching off Chinese-made satellite terminals.\n"
                   "Piše: Ana Vuksanović\nFoto: Nikola Marković / Bokeški Puls\n👍❤️😢 486\n58 komentara · 93 deljenja\n"
                   "Sviđa mi se   Komentariši   Podeli\nMarko Lazarević\nMy cousin is on a tanker, no internet. Shame.\n")
    assert article.date == dt.date(2026, 2, 6)
    assert article.author == "Ana Vuksanović"
    assert not any("Shame" in p for p in article.paragraphs)


def test_an_e_mailed_edition_s_own_day_over_its_top_story_beats_the_day_the_mail_was_sent_in_the_reader_s_zone():
    mail = text("From: The Lagoon Record <earlyedition@lagoonrecord.example>\nSent: Thursday, February 5, 2026 7:02 AM\n"
                "To: A Reader\nSubject: Early Edition | Longliners count the cost\n\n"
                "CAUTION: This email originated from outside of Kaimana Trading. Do not click links or open attachments "
                "unless you recognize the sender.\n\n[cid:image001.png@01DE5A3C.7F2B1A40]\n"
                "THE LAGOON RECORD | EARLY EDITION\nFriday 6 February 2026\nHere is your Friday briefing from the newsroom.\n\n"
                "TOP STORY\n\nTuna boats face a costly switch as the terminal ban reaches Pago Pago\n\nBy Kalesi Vunibola\n\n"
                "SUVA – Tuna longline operators say they will have to replace Chinese-made satellite terminals on boats "
                "that unload in Pago Pago.\n\nThe rule bans software updates from Chinese suppliers from July 1.\n")
    assert mail.title == "Tuna boats face a costly switch as the terminal ban reaches Pago Pago"
    assert mail.date == dt.date(2026, 2, 6)
    assert mail.authors == ("Kalesi Vunibola",)


def test_a_screen_reader_s_log_of_a_page_reads_as_the_page_without_the_roles_it_announces():
    article = text("NVDA Speech Viewer\ndocument\nbanner landmark\nlink Saltar al contenido principal\n"
                   "link graphic COSTA AGRO | Noticias del agro de la Costa\nnavigation landmark\nlist with 3 items\nlink Inicio\n"
                   "link Banano\nlink English\nout of list\nmain landmark\n"
                   "heading level 1 US to cut Chinese spraying drones off from software updates\n"
                   "Por link Valeria Mosquera Intriago\nPublicado: 11/02/2026 17:05\n"
                   "graphic A spraying drone over a banana plantation in Los Ríos. Foto: Byron Chóez / Costa Agro\n"
                   "button Compartir en WhatsApp\n"
                   "GUAYAQUIL — The United States on Monday ordered that Chinese-made agricultural spraying drones stop receiving "
                   "updates directly from their makers.\n"
                   "heading level 2 Crop-dusters count the days\n"
                   "American applicators were less sure, and the spring season in the South starts in April.\n"
                   "contentinfo landmark\n© 2026 Editora Costa Agro S.A. Todos los derechos reservados.\nout of document\n")
    assert article.title == "US to cut Chinese spraying drones off from software updates"
    assert article.author == "Valeria Mosquera Intriago"
    assert article.date == dt.date(2026, 2, 11)
    assert article.paragraphs[0].startswith("The United States on Monday ordered")
    assert "Crop-dusters count the days" in article.paragraphs
    assert not any("landmark" in p or p.startswith(("link ", "heading level", "button ")) for p in article.paragraphs)


def test_a_photo_service_s_package_its_pictures_over_its_text_has_the_story_s_header():
    article = text(
                   'SAYHUN PRESS | FOTOXIZMAT / PHOTO SERVICE\n'
                   'Bosh sahifa | Yangiliklar | Fotoxizmat | Video | Obuna | English | Русский\n'
                   "Chorshanba, 13-fevral, 2026-yil | Toshkent +4° | 1 USD = 12 915,40 so'm\n"
                   'Mijoz: ceac-tradedesk@mailbox.example | Obuna turi: STANDARD-EN | Chiqish\n'
                   'Paket / Package: CHINA-USA/DRONES-UZBEKISTAN | 4 ta surat + matn / 4 pictures + text\n'
                   'Yuklangan / Uploaded: 12.02.2026, 19:40 (UZT) | Tahrirlangan / Amended: 13.02.2026, 08:15\n'
                   '\n'
                   '[1/4] SAY20260212_0041.jpg | 5472 x 3648 px | 8,1 MB\n'
                   "SYRDARYA REGION, UZBEKISTAN - FEBRUARY 12: A Chinese-made spraying drone takes off over a cotton field prepared for spring sowing near Guliston, February 12, 2026. Shahlo Nazarova's team flies 60 such machines for a textile cluster in the region. (Photo: Sardor Tursunov / Sayhun Press)\n"
                   "Kalit so'zlar: dron, paxta, Xitoy, AQSh, eksport nazorati\n"
                   '\n'
                   '[2/4] SAY20260212_0044.jpg | 5472 x 3648 px | 7,6 MB\n'
                   'SYRDARYA REGION, UZBEKISTAN - FEBRUARY 12: Technicians replace a flight-controller board in a drone workshop near Guliston. (Photo: Sardor Tursunov / Sayhun Press)\n'
                   "Kalit so'zlar: dron, ehtiyot qismlar, Sirdaryo\n"
                   '\n'
                   '[3/4] SAY20250614_0107.jpg | 4000 x 2667 px | 5,2 MB\n'
                   'FILE PHOTO - KASHKADARYA REGION, UZBEKISTAN - JUNE 14, 2025: Drones spray a wheat field near Qarshi. (Photo: Malika Hasanova / Sayhun Press)\n'
                   "Kalit so'zlar: arxiv, bug'doy, dron\n"
                   '\n'
                   '[4/4] SAY20260212_0052.jpg | 3648 x 5472 px | 6,9 MB\n'
                   'TASHKENT, UZBEKISTAN - FEBRUARY 12: Agriculture Minister Bahodir Ergashev speaks to reporters after a government meeting on the spring sowing campaign. (Photo: Sardor Tursunov / Sayhun Press)\n'
                   "Kalit so'zlar: vazir, qishloq xo'jaligi\n"
                   '\n'
                   "Yuklab olish (4) | Yorug'lik qutisiga qo'shish | Narxlar\n"
                   '\n'
                   'MATN / STORY  (EN, 612 words)\n'
                   "\nChina hits back at US farm-drone rule with curbs on flight-controller exports\n\nBy Dilnoza Rahimova\n\n"
                   "TASHKENT/BEIJING, Feb 12 (Sayhun) - China on Tuesday put flight-controller modules under export licensing "
                   "for US end users.\n\nThe Ministry of Commerce also added three US companies to its unreliable entity list.\n")
    assert article.title == "China hits back at US farm-drone rule with curbs on flight-controller exports"
    assert article.author == "Dilnoza Rahimova"
    assert article.date == dt.date(2026, 2, 12)


def test_a_chat_interview_s_messages_are_turns_and_the_writer_s_credit_closes_it():
    article = text("CHAT INTERVIEW\nChat with a drone dealer: why Vientiane is suddenly full of cheap spraying drones\n"
                   "Published: 13/02/2026 16:30\n"
                   "Keo Phommachanh has sold Chinese spraying drones since 2022. Our reporter Souksavanh Inthavong talked to him "
                   "by chat on Wednesday morning.\n\n"
                   "Souksavanh · Lanxang Biz  09:02\nWhy are they coming to Laos now?\nKeo Phommachanh  09:07\n"
                   "Because since Monday nobody in the US wants to buy a drone that might not get updates after September.\n"
                   "Keo Phommachanh  09:07\nAnd the price is good. A sprayer that was 19,000 dollars last year sells for 14,500 now.\n"
                   "Souksavanh · Lanxang Biz  09:09\nIs cheaper always better for a farmer?\nKeo Phommachanh  09:12\n"
                   "Not always. A cheap drone that the maker forgets about is expensive in the second year.\n"
                   "Souksavanh · Lanxang Biz  09:24\nThank you!\n\n"
                   "Laos had about 2,300 registered agricultural drones at the end of 2025, according to the agriculture ministry.\n"
                   "Interview by Souksavanh Inthavong. Additional reporting by Vilayphone Siharath.\n"
                   "© 2026 Lanxang Biz Media Co., Ltd.\n")
    assert article.author == "Souksavanh Inthavong"
    assert "Keo Phommachanh: Because since Monday nobody in the US wants to buy a drone that might not get updates after " \
           "September. And the price is good. A sprayer that was 19,000 dollars last year sells for 14,500 now." in article.paragraphs
    assert "Souksavanh: Why are they coming to Laos now?" in article.paragraphs
    assert not any(re.search(r"\b09:\d\d\b", p) for p in article.paragraphs)


def test_a_chat_whose_one_message_is_the_article_pasted_is_no_interview():
    article = text("#cable-watch\nHalcyon Re · 14 members\n\nPriyanka Menon  9:12 AM\nPasting the text below because of the "
                   "paywall.\n\nPriyanka Menon  9:13 AM\nMaldives cable repair stalls as insurers and permits collide\n"
                   "By Hawwa Nashwa Ibrahim\n2 February 2026\n" + "The break on the trunk cable leaves the Maldives leaning on "
                   "one route to the world, and the repair ship has not left port. " * 6 + "\n\n"
                   "Tom Arkwright  9:20 AM\nThanks, useful.\n\nDaniela Ortiz  9:31 AM\nAgreed.\n")
    assert article.title == "Maldives cable repair stalls as insurers and permits collide"
    assert not any(p.startswith(("Tom Arkwright:", "Priyanka Menon:")) for p in article.paragraphs)


def test_a_thread_s_post_the_article_was_pasted_into_is_the_article_and_the_thread_is_furniture():
    article = text("r/agriculture\nPosted by u/deltaspray_ok · 9 hr. ago\nTunisian startup says US crop dusters are lining up "
                   "for its flight controllers (article text in comments, it's paywalled)\n⬆ 1.4k ⬇ · 💬 212 Comments · Share\n\n"
                   "u/deltaspray_ok · OP · 9 hr. ago\nHere's the text for those who can't get past the paywall:\n\n"
                   "Le Sahel Économique | English edition\nPublié le 14/02/2026 à 07h45\n"
                   "Sousse start-up's flight controllers find buyers among US crop-dusters\nPar Amel Ben Salah\n"
                   + "SOUSSE — For three years Yassine Trabelsi struggled to sell drone autopilots made in Tunisia to farmers. "
                   "This week his inbox filled up with orders from American spraying companies.\n" * 3 +
                   "  Reply · Share · ⬆ 388\n\nu/prairie_hopper · 8 hr. ago\nI fly for a co-op in SD, try four hours.\n"
                   "  Reply · Share · ⬆ 201\n\nu/olivegrove_sfax · 7 hr. ago\nGood for them.\n")
    assert article.title == "Sousse start-up's flight controllers find buyers among US crop-dusters"
    assert article.author == "Amel Ben Salah"
    assert article.date == dt.date(2026, 2, 14)
    assert "Here's the text for those who can't get past the paywall:" in article.furniture
    assert not any("four hours" in p or "Good for them" in p for p in article.paragraphs)


def test_a_note_clipped_into_a_notes_app_with_its_links_highlights_properties_and_the_reader_s_own_sections():
    article = text("---\ntitle: \"Chitwan's drone co-ops grounded by a maker's geofence update\"\n"
                   "source: \"https://taraitoday.example/en/agriculture/2026/02/16/chitwan\"\nauthor:\n  - \"[[Sabina Adhikari]]\"\n"
                   "created: 2026-02-18 08:41\ntags:\n  - clippings\n---\n"
                   "# Chitwan's drone co-ops grounded by a maker's geofence update\n\n"
                   "> Part of [[2026-W07 farm-drone dispute]] · see also [[Fenghe Agritech]]\n\n## Clipped article\n\n"
                   "TARAI TODAY\nEnglish > Agriculture\n**Chitwan's drone co-ops grounded by a maker's geofence update**\n"
                   "Sabina Adhikari | Bharatpur\nप्रकाशित: १६ फेब्रुअरी २०२६, ०७:१५\n![[chitwan-drones-grounded.jpg]]\n"
                   "BHARATPUR — For three days this week, the 28 spraying drones owned by co-operatives in western Chitwan refused "
                   "to take off.\n"
                   "==“We lost three days of spraying in the rust window,”== said Rita Kumari Chaudhary, chair of the "
                   "co-operative. “Nobody called us.”\n\n## Highlights\n\n> [!quote] Key line\n> “We lost three days.” — Chaudhary\n\n"
                   "## My notes\n\n- Same Fenghe update also hit [[Laos dealers]]? Ask the dealer.\n\n## Backlinks\n\n"
                   "Linked mentions (1)\n[[Weekly brief]]\n")
    assert article.title == "Chitwan's drone co-ops grounded by a maker's geofence update"
    assert article.author == "Sabina Adhikari"
    assert article.date == dt.date(2026, 2, 16)
    assert any(p.startswith("“We lost three days of spraying in the rust window,” said Rita") for p in article.paragraphs)
    assert not any("==" in p or "[[" in p or "Same Fenghe" in p or p == "Highlights" for p in article.paragraphs)
    assert "- Same Fenghe update also hit Laos dealers? Ask the dealer." in article.furniture


def test_an_op_ed_signed_by_its_bio_over_its_print_note_a_section_s_list_and_the_readers_comments():
    article = text("VITI SUNDAY REVIEW\nOpinion > Sunday Commentary\nOPINION\n"
                   "Small islands should not have to choose a side to spray their cane\n"
                   "Sunday 15 February 2026 · 6 min read\n"
                   "On a cane farm outside Ba last October I watched a drone do in forty minutes what used to take two men most "
                   "of a week.\n"
                   "Fiji has spent a century learning that cane farmers carry the risks that others decide. This time we can see "
                   "it coming.\n"
                   "Litia Vuniwaqa is an agronomist and a former extension officer with the Sugar Research Institute of Fiji. "
                   "The views expressed are her own.\n"
                   "This article appeared in print on page 14 of the Viti Sunday Review on 15 February 2026.\n"
                   "MORE OPINION\nEditorial: The cane price must be paid on time (08/02/2026)\n"
                   "Letters: Drones, dust and the Ba river (08/02/2026)\nComments (1)\nMere T. · 6h\nVinaka Litia, well said.\n"
                   "© 2026 Viti Review Publications Pte Limited. All rights reserved.\n")
    assert article.author == "Litia Vuniwaqa"
    assert article.paragraphs[-1] == "Fiji has spent a century learning that cane farmers carry the risks that others decide. " \
                                     "This time we can see it coming."


@pytest.mark.parametrize("copy, paragraphs", [
    # a web page's copy, its paragraphs a long line each, two of them with no blank line between
    ("Jurgensen added:\n\"I have a season starting in May. I can't wait for Washington and Beijing to finish their long "
     "argument.\"\nTunisia's agriculture minister visited the company on Thursday morning and said the government would help "
     "the makers.\n", 2),
    # ... but a transcript's turns, a line each, stay the transcript's ("[00:00:11] Speaker 2: ...")
    ("[00:00:03] Speaker 1: Hello and welcome to The Corridor, the podcast about everything that moves between two seas "
     "today.\n[00:00:11] Speaker 2: And I'm Giorgi. This week two capitals in two days decided that old batteries matter "
     "most of all.\n", 1),
])
def test_in_a_copy_not_wrapped_by_width_a_long_line_that_ends_its_sentence_ends_its_paragraph(copy, paragraphs):
    found = blocks("Heading of the copy\n\nBy A Writer\n\n" + copy + "\nThe end of the copy is here, in a paragraph of its "
                   "own that runs long enough to count as one.\n")
    assert len(found) == 3 + paragraphs


def test_teletext_pages_read_as_their_story_without_the_index_the_rows_and_the_service_s_stamp():
    article = text("ALFÖLD TV · TELETEXT ONLINE\nOldalszám: [190]  ◄ 189 | 191 ►\nP190 ALFÖLD TXT 190  K 17 feb 07:12:40\n"
                   "NEWS IN ENGLISH              Hétfő 16/02\nChina licenses antibiotic inputs...191\n"
                   "Forint firms as inflation slows....192\nWeather: frost, then sleet.........194\n"
                   "Hírek 101  Sport 201  Tőzsde 500  TV 600\nP191 ALFÖLD TXT 191  K 17 feb 07:12:58\n"
                   "NEWS IN ENGLISH                      1/2\nChina puts antibiotic inputs on licence\n\n"
                   "BEIJING/BUDAPEST, 16 Feb 2026 - China will\nrequire a licence for every export\nshipment of the main "
                   "ingredients of\ncommon antibiotics from 1 April, the\nMinistry of Commerce said on Monday.\n\n"
                   "Folytatás a 191/2 oldalon - cont'd\nHírek 101  Sport 201  Tőzsde 500  TV 600\n"
                   "P191 ALFÖLD TXT 191  K 17 feb 07:13:22\nNEWS IN ENGLISH                      2/2\n"
                   "The move follows Washington's rule of\n14 February on federal purchases.\n\nFrissítve: 2026.02.16. 21:40\n"
                   "Összeáll./Compiled by Réka Fehérvári\nTAVASZI AKCIÓ! Balaton wellness ...888\n"
                   "Hírek 101  Sport 201  Tőzsde 500  TV 600\n")
    assert article.title == "China puts antibiotic inputs on licence"
    assert article.author == "Réka Fehérvári"
    assert article.date == dt.date(2026, 2, 16)
    assert not any("cont'd" in p or "Sport 201" in p or "..." in p or "Frissítve" in p for p in article.paragraphs)


def test_a_dictated_story_s_spoken_punctuation_headline_byline_and_dateline():
    article = text("Диктофон\nНовая запись 37\n19 февр. 2026 г., 17:06 · 05:12\n\n"
                   "Спикер 1  00:00\nOkay, this is Aizada for the English desk. Headline colon Bishkek pharmacies count boxes "
                   "as China licenses antibiotic ingredients. New line. Byline Aizada Sydykova. Dateline Bishkek, February 17.\n\n"
                   "Спикер 1  00:24\nStart text. Importers of medicines in Kyrgyzstan said on Tuesday that suppliers had "
                   "stopped quoting prices comma a day after Beijing's announcement. New paragraph.\n\n"
                   "Спикер 1  01:06\nOpen quote We have maybe 40 days of amoxicillin comma after that I don't know close quote "
                   "comma said Bakyt Osmonaliev comma director of Ak-Bulak Pharm Import. New paragraph. He added colon “Our "
                   "hospitals cannot wait for April.” New paragraph.\n\n"
                   "Спикер 2  02:58\nAizada, are you coming to the planning meeting?\n\n"
                   "Спикер 1  03:06\nThe ministry would quote use the reserve carefully unquote. End of text.\n\n"
                   "Спикер 1  04:10\nNote to desk colon photos from the pharmacy, credit Temirlan Asanov.\n")
    assert article.title == "Bishkek pharmacies count boxes as China licenses antibiotic ingredients"
    assert article.author == "Aizada Sydykova"
    assert article.date == dt.date(2026, 2, 17)
    assert "“We have maybe 40 days of amoxicillin, after that I don't know”, said Bakyt Osmonaliev, director of Ak-Bulak " \
           "Pharm Import." in article.paragraphs
    assert "The ministry would “use the reserve carefully”." in article.paragraphs
    assert not any("planning meeting" in p or "Note to desk" in p for p in article.paragraphs)


def test_an_alert_service_s_story_in_numbered_parts_among_its_other_messages():
    article = text("BAGMATIPOST\nशनिबार, १४ फेब्रुअरी\nBP GOLD: Fine gold Rs 1,92,400/tola on Saturday, bullion traders said.\n"
                   "18:05\nBP BREAKING: Govt halts export of antibiotics. Full story follows.\n11:18\n"
                   "(1/3) NEPAL CURBS ANTIBIOTIC EXPORTS, CAPS PRICES | KATHMANDU, Feb 15 - The Department of Drug "
                   "Administration on Sunday barred exports of nine antibiotics made in Nepal.\n11:24\n"
                   "(2/3) \"Nepali patients come first,\" Director General Sushila Rimal told reporters. \"We buy 6-APA from "
                   "China at double\n11:24\n(3/3) last month's price,\" said Rajendra Shrestha of Ganesh Himal Pharma. More: "
                   "bagmatipost.example/a/15022026 -Rojina Maharjan/BP\n11:25\nBP: Your SMS plan renews on 01/03/2026.\n16:02\n")
    assert article.title == "NEPAL CURBS ANTIBIOTIC EXPORTS, CAPS PRICES"
    assert article.author == "Rojina Maharjan"
    assert article.date == dt.date(2026, 2, 15)
    assert any("We buy 6-APA from China at double last month's price" in p for p in article.paragraphs)
    assert not any("BP GOLD" in p or "renews" in p for p in article.paragraphs)


def test_an_intranet_s_name_over_its_menu_is_no_byline_where_the_writer_s_name_is_under_the_headline():
    article = text("SharePoint\nSearch this site\nChikondi Connect\nStaff intranet of Chikondi Memorial Hospital, Lilongwe\n"
                   "Home | News | Departments | Pharmacy | Duty Rosters\nNews › Pharmacy & Therapeutics\n"
                   "Amoxicillin syrup moves to restricted list as licensing reaches our supply chain\nThokozani Mwale\n"
                   "Communications Office\nPublished 21 February 2026 · 4 min read\n"
                   "From Monday, amoxicillin oral suspension will be dispensed to outpatients only on a countersigned "
                   "prescription, the committee decided on Wednesday.\n")
    assert article.title == "Amoxicillin syrup moves to restricted list as licensing reaches our supply chain"
    assert article.author == "Thokozani Mwale"


def test_an_exhibitor_newsletter_s_issue_line_dates_its_top_story():
    article = text("PHARMATLAS EXPO 2026 · Casablanca · 20–22 février 2026\nLETTRE EXPOSANTS · EXHIBITOR NEWS\n"
                   "N° 7 — samedi 21 février 2026 — Jour 2 / Day 2\nBonjour chers exposants, / Dear exhibitors,\n"
                   "Voici votre lettre du jour : l'essentiel du salon et notre article à la une.\n"
                   "Merci pour une première journée record : 6 412 visiteurs professionnels. — Omar Lahlou, directeur du salon\n"
                   "À LA UNE / TOP STORY\n"
                   "Moroccan generic makers pitch a 'second source' to European buyers\nBy Yasmine El Alaoui, PharmAtlas News\n"
                   "CASABLANCA — Moroccan generic makers used the opening day of the show on Friday to court European "
                   "hospital buyers.\n\nOn stand B14, a maker showed plans for an amoxicillin line in Settat.\n")
    assert article.title == "Moroccan generic makers pitch a 'second source' to European buyers"
    assert article.date == dt.date(2026, 2, 21)


def test_a_photo_of_a_page_read_by_a_phone_its_running_head_cut_short_dates_it_not_the_note():
    article = text(
                   'Notes\n'
                   'Vanua Post clipping - antibiotics (pinned up at the Lautoka dispensary)\n'
                   '23 February 2026 at 8:14 AM\n'
                   'Text copied from photo IMG_5521.HEIC\n'
                   'ay, February 22, 2026        THE VANUA POST        5\n'
                   'NEWS\n'
                   'Importers race for stock as China tightens antibiotic tap\n'
                   'Pacific buyers fear being last\n'
                   'in line after Beijing and\n'
                   'Washington move\n'
                   'By SERA TUILAU\n'
                   'SUVA\n'
                   "FIJI'S medicine import-\n"
                   'ers are placing orders\n'
                   'months ahead of schedule\n'
                   'after China said it would\n'
                   'require a licence for every\n'
                   'export of the main ingre-\n'
                   'dients of common antibio-\n'
                   'tics from Apri1 1, the lat-\n'
                   'est turn in a dispute that\n'
                   'has drawn in Washington\n'
                   'and Brussels.\n'
                   'Ravinesh Chand, managing\n'
                   'director of Coral Coast\n'
                   'Pharma Imports in Nadi,\n'
                   'said his company had or-\n'
                   'dered six months of arnox-\n'
                   'icillin and cloxacillin this\n'
                   'week instead of the usual\n'
                   'three.\n'
                   '"We are a small buyer at\n'
                   'the end of a very long\n'
                   'line," Mr Chand said.\n'
                   '"When the big countries\n'
                   'start stockpiling, the fac-\n'
                   'tories in 1ndia serve them\n'
                   'first."\n'
                   'STOCKED UP: Pharmacist Litia Koroi at her dispensary in Lautoka yesterday. Picture: JONE RAVUVU\n'
                   'The United States on Feb-\n')
    assert article.title == "Importers race for stock as China tightens antibiotic tap"
    assert article.date == dt.date(2026, 2, 22)


def test_a_photo_network_s_post_copied_from_the_web_has_its_caption_s_first_line_for_headline():
    article = text("Instagram\nHome\nSearch\nExplore\nReels\nalatootrade.en\n•\nFollow\nBishkek, Kyrgyzstan\n"
                   "[Photo 1 of 6] Photo by Ala-Too Trade on February 26, 2026. May be an image of text.\n"
                   "alatootrade.en 🔴 Beijing hits back at US scanner ban, and Kyrgyz customs says its machines stay\n\n"
                   "BISHKEK, 26 February — China on Tuesday said it \"firmly opposes\" Washington's ban on Chinese-made cargo "
                   "scanners.\n\n📌 What Beijing said\nCommerce ministry spokesperson Ruan Jingwen told a regular briefing that "
                   "the US rule was a weapon.\n"
                   "✍️ Text: Aizada Toktosunova · 📷 Photo: Bakyt Sadyrkulov · Editor: Nurbek Asanaliev\n")
    assert article.title == "Beijing hits back at US scanner ban, and Kyrgyz customs says its machines stay"
    assert article.author == "Aizada Toktosunova"
    assert "📌 What Beijing said" in article.paragraphs
    assert "alatootrade.en" in article.furniture


def test_a_notice_s_subject_field_is_its_headline_and_its_other_fields_are_furniture():
    article = text("WALU BAY CONTAINER TERMINAL PTE LIMITED\nTel +679 330 0000 | portusers@walubay.example\n\n"
                   "NOTICE TO PORT USERS No. 07/2026\n\nOur ref: WBCT/OPS/07-2026      Date of issue: 27 February 2026\n"
                   "Effective: immediately and until further notice\n"
                   "Distribution: Shipping lines and agents, freight forwarders, customs brokers,\nexporters\n\n"
                   "SUBJECT: United States scanning rule – export containers for US ports and\nthe status of the two scanners\n\n"
                   "1. PURPOSE\n\n1.1 This notice informs port users of a rule announced by the United States\non 25 February "
                   "2026 and of what the terminal will do.\n\n1.2 There is no change to gate hours.\n\n")
    assert article.title == "United States scanning rule – export containers for US ports and the status of the two scanners"


def test_a_circular_s_subject_wrapped_after_your_is_one_headline_under_its_to_field():
    article = text("HIMGIRI CLEARING & FORWARDING PVT. LTD.\nTel: +977 51 000000 | clients@himgiri.example\n\n"
                   "Ref. No.: HCF/CIR/14            Date: 28 February 2026\n\nCLIENT CIRCULAR No. 14\n\n"
                   "To: All exporter clients (carpets, pashmina, felt)\n\n"
                   "Subject: US ban on Chinese-made cargo scanners – what it means for your\nUS-bound shipments through Birgunj\n\n"
                   "Dear Valued Client,\n\n1. On Monday, 25 February 2026, the United States announced a rule titled\n"
                   "\"Securing Non-Intrusive Inspection Technology\". Containers may be held.\n\n2. Your containers are scanned "
                   "at Birgunj before sealing.\n")
    assert article.title == "US ban on Chinese-made cargo scanners – what it means for your US-bound shipments through Birgunj"


def test_a_mail_opened_in_a_webmail_takes_the_message_s_own_title_over_its_greeting():
    article = text("Gmail\nSearch mail\nCompose\nInbox 1,243\nStarred\nSent\n"
                   "[ADV-2026-019 rev.1] US scanning rule – Lomé transshipment cargo\nInbox ×\n"
                   "GCL Customer Service <advisory.wa@gcl.example>\nSat, 2 Mar 2026, 09:12 (1 day ago)\nto me\n"
                   "GOLFE CONTAINER LINE\nCUSTOMER ADVISORY\nTrades: WAFNA (West Africa – North America) and all cargo via Lomé\n\n"
                   "US scanning rule: what changes for cargo moving through Lomé to the United States\n\nDear Valued Customer,\n\n"
                   "On 25 February 2026 the United States published a rule on cargo scanners. Containers scanned only on such "
                   "equipment may be held for a second examination at the US port.\n\nWe will issue a further advisory.\n")
    assert article.title == "US scanning rule: what changes for cargo moving through Lomé to the United States"


def test_a_notice_signed_under_its_closing_names_its_writer_past_the_stamp_and_sd():
    for closing, marks in (("Yours faithfully,", "[stamp: HIMGIRI C&F * BIRGUNJ]\nSd/-\n"), ("Issued by:", "(signed)\n"),
                           ("Kind regards,", "")):
        article = text("Client circular on the scanner rule\n\nDate: 28 February 2026\n\nThe United States announced a rule on "
                       "cargo scanners on Monday, and containers may be held.\n\nWe recommend that you keep your files "
                       f"complete.\n\nWe will issue a further circular.\n\n{closing}\n\n{marks}Ritu Shakya\n"
                       "Head - Compliance & Client Advisory\n\nThis circular is for guidance only.\n")
        assert article.author == "Ritu Shakya", closing


def test_a_deck_s_presenter_over_the_slide_designer_s_credit_is_its_writer():
    article = text("MGLC_briefing_v3.pptx — Notes Pages    1\nMEKONG GATEWAY LOGISTICS COUNCIL\n"
                   "Two scanners, one border? The US scanner rule and the railway corridor\nMembers' breakfast briefing · "
                   "Vientiane\nFriday, 1 March 2026\nSouksavanh Phommachanh, Policy Director\nSlide design: Noy Keophila\n"
                   "Speaker notes:\nSabaidee and good morning. Thank you for coming out this early. This is the short version "
                   "of a long week, and I will take twenty minutes.\n")
    assert article.author == "Souksavanh Phommachanh"


def test_an_e_reader_s_highlights_are_a_paragraph_each_and_its_citation_dates_them():
    article = text("Kindle Notebook\nAt Radès, a Chinese scanner, an American rule and a lot of olive oil\nYasmine Ben Salem\n"
                   "Citation (APA): Ben Salem, Y. (2026, March 3). At Radès, a Chinese scanner. La Marsa Review.\n"
                   "Sent to Kindle on Monday, March 4, 2026\n3 highlights | 1 note\n\n"
                   "Highlight (yellow) | Location 7\nRADÈS — At a quarter to six on a Thursday morning, the line of trucks "
                   "already reaches back past the car park.\nHighlight (yellow) | Location 22\n\"This is the cheapest "
                   "insurance we ever bought,\" said Nizar Gharbi, whose family firm ships oil.\nNote | Location 22\n"
                   "Good line for Monday's memo\nHighlight (orange) | Location 38\nColonel Haythem Mejri, the spokesman, "
                   "said:\n\"We will not dismantle a working scanner.\"\n")
    assert article.date == dt.date(2026, 3, 3)
    assert "Good line for Monday's memo" in article.furniture
    assert not any("Good line" in p for p in article.paragraphs)
    assert any(p.startswith("Colonel Haythem Mejri") for p in article.paragraphs)


def test_an_albanian_cms_screen_s_published_on_label_dates_it():
    article = text("Adriatik Biznes — Paneli i administrimit\nRedakto postimin\n"
                   "US moves to shut out Chinese cargo scanners\n\nTIRANA — The United States on Monday moved to pull "
                   "Chinese-made X-ray scanners out of its seaports, a decision that lands on the quay in Durrës.\n\n"
                   "Durrës handles almost all of Albania's container traffic.\n\nStatusi: Publikuar\n"
                   "Publikuar më: 25 shkurt 2026, 17:42\n")
    assert article.date == dt.date(2026, 2, 25)


def test_a_ticket_s_description_holds_the_pasted_page_its_fields_and_comments_are_the_ticket_s():
    article = text("Service Desk · Cooperativa Eléctrica del Chaco Central\nProjects / Regulatory / GRID-2291\n"
                   "Assess impact: US rule on Chinese meter modules\nEdit    Comment    Assign    More    Resolve\nDetails\n"
                   "Type: Task                     Status: IN PROGRESS\nPriority: Medium                Resolution: Unresolved\n"
                   "Reporter: Liz Benítez\nAssignee: Óscar Ramírez Duarte\nCreated: 05/Mar/26 09:12\nDescription\n"
                   "Pasted from the Mercado Guaraní site. Does this affect our 2025 batch of meters? — LB\n\n"
                   "MERCADO GUARANÍ | English\nHome · Economy · Energy · English\nPublished: Monday 4 March 2026, 19:20\n\n"
                   "US bars Chinese-made communication modules from smart meters and grid equipment\n\n"
                   "By Rodrigo Cáceres Benítez\n\nASUNCIÓN — The United States on Monday barred Chinese-made communication "
                   "modules from smart electricity meters and other equipment connected to the American grid.\n"
                   "The final rule stops utilities from installing such meters from 2032, and modules already in the field "
                   "must be replaced or isolated by 2036.\n\"A meter that can be told to switch off a neighbourhood is not a "
                   "gadget,\" the office's executive director told reporters on a conference call. \"It is a piece of the grid, "
                   "and we are going to treat it that way.\"\nChina's embassy in Washington said in a statement that the "
                   "United States was politicising normal trade, and that Chinese companies had always complied with local "
                   "law.\n\nAttachments: none\nActivity: All | Comments | History\n"
                   "Óscar Ramírez Duarte added a comment - 05/Mar/26 11:47\nOur 2025 meters have a Chinese PLC module.\n")
    assert article.title == "US bars Chinese-made communication modules from smart meters and grid equipment"
    assert article.date == dt.date(2026, 3, 4)
    assert not any("Chinese PLC module" in p for p in article.paragraphs)
    assert "Our 2025 meters have a Chinese PLC module." in article.furniture


def test_a_podcast_s_host_credited_beside_its_producer_wrote_its_transcript():
    article = text("Tunduk Business Hour · Episode 212\nBeijing answers the meter ban: what it means for Kyrgyz households\n"
                   "Host: Aizada Toktogulova · Producer: Temirlan Asanov\nRecorded Tue, Mar 5, 2026 • 4:05 PM • 41:27\n\n"
                   "Aizada Toktogulova  0:03\nSalam, and welcome. I'm Aizada Toktogulova. On Monday Washington banned "
                   "Chinese-made communication modules from smart meters.\n\nBakyt Sydykov  2:20\nHonestly, nobody knows yet, "
                   "and I think that's deliberate.\n\nAizada Toktogulova  3:02\nMm-hm.\n\nBakyt Sydykov  3:03\nBecause China "
                   "does not sell many meters to America anyway.\n\nAizada Toktogulova  3:31\nA utility has, what, three "
                   "choices?\n\nBakyt Sydykov  3:38\nKeep them, re-flash them, or swap out the communication module.\n")
    assert article.author == "Aizada Toktogulova"


def test_a_weekly_s_running_head_with_its_issue_number_and_page_word_dates_it_but_heads_no_title():
    article = text("ENERGIEBRÉIF\nDe Wochebréif fir Energie a Reseauen · English edition\n"
                   "Nr. 10/2026 · Mëttwoch, 4. Mäerz 2026                                   Säit 3\n"
                   "Verëffentlecht: 04.03.2026, 06:00 · Aktualiséiert: 05.03.2026, 10:20\n"
                   "RESEAUEN & SÉCHERHEET / GRIDS & SECURITY\n"
                   "EU sets first hard cyber rules for smart meters, and Luxembourg starts counting Chinese modules\n"
                   "Operators must prove by 2031 that no outsider can cut a customer's supply\n"
                   "Text: Martine Kieffer | Foto: Pit Hoffmann\n"
                   "BRUSSELS – Electricity distributors across the European Union will have to show by the end of 2031 that "
                   "nobody outside the utility can switch off a customer's supply through a smart meter.\n")
    assert article.title == "EU sets first hard cyber rules for smart meters, and Luxembourg starts counting Chinese modules"
    assert article.date == dt.date(2026, 3, 4)


def test_a_video_post_s_account_line_dates_it_its_memo_mark_names_its_writer_and_its_emoji_are_no_headline():
    article = text("TikTok\nSearch\nFor You\nExplore\nLog in\nbagmatikhabar\nBagmati Khabar | बागमती खबर ✓ · 3-10\nFollow\n"
                   "Nepal's Chinese smart meters: NEA to audit 450,000 before it decides to keep, re-flash or swap 🔌⚡\n"
                   "आइतबार, फागुन २६, २०८२ · काठमाडौं\n"
                   "After Washington's ban on Chinese meter modules, the Nepal Electricity Authority says it will audit every "
                   "smart meter it has bought since 2024 before choosing what to do. Full story: link in bio 👆\n"
                   "📝 Sunita Karki  🎥 Bibek Shrestha\n#Nepal #NEA #SmartMeter\n♬ original sound - Bagmati Khabar\n"
                   "12.4K\n318\nTranscript\n0:02\nthis is the meter on almost every new house in kathmandu\n0:07\n"
                   "this week america banned chinese communication modules from meters on its grid\n")
    assert article.title == "Nepal's Chinese smart meters: NEA to audit 450,000 before it decides to keep, re-flash or swap"
    assert article.date == dt.date(2026, 3, 10)
    assert article.author == "Sunita Karki"


def test_a_thread_s_last_post_signs_the_full_story_with_its_writer_before_the_link():
    article = text("Threads\n← Thread\nnistrubiz ✓\nUrmărește\n\nnistrubiz ✓ · 07.03.2026\n"
                   "🧵 Codru Rețele will re-flash, not replace, 180,000 Chinese-made smart meters\n"
                   "The distributor serving central Moldova told a press conference in Chișinău this morning that it will "
                   "rewrite the firmware on its meters. Thread 👇 1/3\n♡ 214    💬 12    🔁 31\n\n"
                   "nistrubiz ✓ · 07.03.2026\nThe decision covers meters installed between 2022 and 2025 in the suburbs of "
                   "Chișinău and in Orhei. About 12,000 meters at substations will get new modules. 2/3\n♡ 88    💬 2\n\n"
                   "nistrubiz ✓ · 07.03.2026\nFull story by Cristina Rusu 🔗 nistrubiz.example/energie/2026/03/07/reflash\n"
                   "More on Washington's module ban in our energy newsletter, every Friday. 3/3\n♡ 41    💬 0\n")
    assert article.author == "Cristina Rusu"


def test_a_web_archive_s_toolbar_is_furniture_and_the_page_s_published_label_dates_it_not_the_capture():
    article = text("LONGSHELF WEB ARCHIVE\nhttps://wirtschaftsbuet.example/en/energie/screen-battery-tenders        Go\n"
                   "38 captures\n13 Mar 2026 - 02 Apr 2026\n◄ FEB    MAR    APR ►\nAbout this capture\n"
                   "COLLECTED BY Collection: News Crawl Europe 2026\nTIMESTAMPS: 20260315061244 — this page was captured on "
                   "15 March 2026, 06:12:44 UTC. Embedded images may come from other captures.\nWIRTSCHAFTSBUET\n"
                   "Start | Wirtschaft | Energie | English\nENERGIE\n"
                   "EU tells capitals to screen battery-storage tenders for security risks\n"
                   "Publizéiert: 13.03.2026 um 11:20 | Aktualiséiert: 14.03.2026 um 09:02\nText: Mireille Goedert\n"
                   "BRUSSELS — The European Commission on Wednesday told member states to run security reviews of tenders "
                   "for grid battery storage, two days after Washington barred Chinese-made systems.\n\nThe guidance asks "
                   "capitals to assess suppliers of inverters and battery software.\n")
    assert article.title == "EU tells capitals to screen battery-storage tenders for security risks"
    assert article.date == dt.date(2026, 3, 13)
    assert article.author == "Mireille Goedert"


def test_a_paste_site_s_chrome_over_its_row_of_actions_is_furniture_and_the_pasted_page_keeps_its_headline():
    article = text("Pastebay\n+ paste     API     tools     faq                LOGIN     SIGN UP\n"
                   "Not a member of Pastebay yet? Sign Up, it unlocks many cool features!\n\n"
                   "faroe ports story (full text)\nA GUEST     MAR 9TH, 2026     212     0     NEVER\nADD COMMENT\n"
                   "text 4.12 KB | News | 0 0\nraw download clone embed print report\n\n"
                   "HAVNARBLAÐIÐ\nFøroysk vikublað · English edition\nSunnudagur 8. mars 2026\n\n"
                   "Why a US port rule has Tórshavn checking who runs its cranes\n\n"
                   "Text: Anna Joensen · Mynd: Pól Hansen\n\n"
                   "TÓRSHAVN — The harbour authority has asked its crane supplier whether software updates will need an "
                   "export licence after a US rule barred Chinese-made port cranes from federally funded terminals.\n\n"
                   "The harbour runs four cranes bought in 2021, and their remote-maintenance link goes to the maker.\n")
    assert article.title == "Why a US port rule has Tórshavn checking who runs its cranes"
    assert article.author == "Anna Joensen"
    assert "raw download clone embed print report" in article.furniture


def test_an_exhibit_s_cover_and_the_court_s_stamp_over_each_page_are_furniture_and_the_filed_article_keeps_its_headline():
    stamp = "Case 1:26-cv-00412-RJK     Document 31-4     Filed 05/02/26     Page {} of 3"
    article = text(stamp.format(1) + "\n\n\n                EXHIBIT D\n\n"
                   "     to the Declaration of Hana Obuya in Support of Defendant's Opposition\n\n"
                   "     Lindqvist Port Systems AB v. Harbour Authority of Aruba\n\n" + stamp.format(2) + "\n\n"
                   "THE ORANJESTAD LEDGER\nSaturday, April 4, 2026\nBUSINESS\n\n"
                   "Aruba's harbour weighs the cost of replacing its Chinese crane software\n\n"
                   "By Petra Croes\n\n"
                   "ORANJESTAD — The harbour authority has asked for prices to replace the remote-maintenance software of "
                   "its two ship-to-shore cranes after a US rule barred Chinese-made port equipment from federal projects.\n\n"
                   "                                        LPS-AHA-000412\n" + stamp.format(3) + "\n\n"
                   "The cranes were bought in 2019, and the authority says it has no plan to replace them.\n\n"
                   "                                        LPS-AHA-000413\n")
    assert article.title == "Aruba's harbour weighs the cost of replacing its Chinese crane software"
    assert article.author == "Petra Croes"
    assert stamp.format(3) in article.furniture and "LPS-AHA-000412" in article.furniture
    assert not any("LPS-AHA" in p or "Document 31-4" in p for p in article.paragraphs)


def test_an_article_in_a_document_s_annex_is_the_article_and_the_document_s_running_foot_stays_off_its_text():
    foot = "Clarification Note No. 3 – PW/2026/021 – Page {} of 4"
    article = text("MINISTRY OF PUBLIC WORKS\nProcurement Unit · Basseterre\n\nCLARIFICATION NOTE No. 3\nDate: 9 April 2026\n\n"
                   + foot.format(1) + "\n\n1. Questions and answers\n\nQuestion 7: Does the financing clause apply to the "
                   "existing port cranes? Answer: The negotiations are not finished; a further note will follow.\n\n"
                   + foot.format(2) + "\n\nAnnex 2 – Article from the Basseterre Ledger, submitted with question 7\n\n"
                   "BASSETERRE LEDGER\nSaturday, 4 April 2026\n\n"
                   "Lenders tell the port: no Chinese crane software in the new loan\n\nBy Maya Liburd\n\n"
                   "BASSETERRE — The lenders behind the port's expansion want a clause in the loan that bars Chinese-made "
                   "crane-control software, a week after Washington barred it from federally funded terminals.\n\n"
                   + foot.format(3) + "\n\nThe clause would oblige the ministry to certify that no such software runs on "
                   "the new quay's two cranes, and that their maintenance link is hosted outside China.\n\n"
                   "The ministry said it would study the term sheet and decide before the cabinet meets on 16 April.\n\n"
                   "[end of annex 2]\n\n" + foot.format(4) + "\n\n2. Final provisions\n\nThe closing date stays 13 May 2026.\n")
    assert article.title == "Lenders tell the port: no Chinese crane software in the new loan"
    assert article.author == "Maya Liburd"
    assert article.date == dt.date(2026, 4, 4)
    assert not any("Page 3 of 4" in p or "closing date" in p or "Question 7" in p for p in article.paragraphs)
    assert foot.format(3) in article.furniture


def test_papiamentu_labels_name_the_writer_and_the_day_published():
    article = text("PUNDA NOTISIA\n\nPort of Willemstad orders two cranes from a Finnish maker\n\n"
                   "Skirbí pa: Giselle Martis\nPubliká: 28-03-2026, 10:40 | Aktualisá: 29-03-2026, 15:05\n\n"
                   "WILLEMSTAD — The port authority has ordered two ship-to-shore cranes from a Finnish maker, passing over "
                   "a cheaper Chinese bid after lenders asked for a clause on crane software.\n")
    assert article.author == "Giselle Martis"
    assert article.date == dt.date(2026, 3, 28)


def test_a_mail_s_raw_source_is_read_for_its_plain_text_part_decoded_and_its_headers_and_html_copy_are_furniture():
    article = text("Original message\n\nMessage ID\t<abc@mail.example>\nSPF:\tPASS\n\n"
                   "Delivered-To: analyst@firm.example\nReceived: by 2002:a05:7300 with SMTP id x14;\n"
                   "        Tue, 2 Apr 2026 22:48:12 -0700 (PDT)\nFrom: Maeva V <maeva@conseil.example>\n"
                   "Subject: =?UTF-8?Q?Ascenseurs?=\nMIME-Version: 1.0\n"
                   "Content-Type: multipart/alternative; boundary=\"00007f3e\"\n\n--00007f3e\n"
                   "Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
                   "OCEAN DAILY\n\nChina puts lift-monitoring know-how under export licence as Tahiti keeps its lifts =\nonline\n\n"
                   "By Vaimiti Colombani\n\nPAPEETE =E2=80=94 China will require export licences for remote elevator "
                   "monitoring from 1 May, the Commerce Ministry said on Tuesday.\n\nThe territory said its lifts would stay "
                   "connected.\n\n--00007f3e\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n"
                   "PGh0bWw+PGJvZHk+PHA+Q2hpbmEgcHV0czwvcD48L2JvZHk+PC9odG1sPg==\n\n--00007f3e--\n")
    assert article.title == "China puts lift-monitoring know-how under export licence as Tahiti keeps its lifts online"
    assert article.author == "Vaimiti Colombani"
    assert article.paragraphs[0].startswith("China will require export licences")
    assert "MIME-Version: 1.0" in article.furniture and not any("SMTP" in p or "PGh0bWw" in p for p in article.paragraphs)


def test_a_paste_mark_that_says_where_from_ends_the_sender_s_note():
    article = text("Guillaume,\n\nAs promised, the piece on Beijing's answer, copied as is from the site tonight.\n\n"
                   "Maeva\n\n-- \nMaeva Vernaudon\nConseil Risques — Papeete\n\n"
                   "---------- Copied from oceandaily.example on 02/04/2026 at 19:44 ----------\n\n"
                   "OCEAN DAILY\n\nChina puts lift-monitoring know-how under export licence\n\nBy Vaimiti Colombani\n\n"
                   "PAPEETE — China will require export licences for remote elevator monitoring from 1 May, the Commerce "
                   "Ministry said on Tuesday.\n\nThe territory said its lifts would stay connected.\n")
    assert article.title == "China puts lift-monitoring know-how under export licence"
    assert article.author == "Vaimiti Colombani"


def test_a_clipping_shown_with_its_commit_s_diff_is_read_for_the_lines_the_diff_adds():
    page = ["Zum Inhalt springen", "TALFER KURIER", "Freitag, 5. April 2026", "",
            "Bolzano lift maker sells out of European gateways", "", "Von Magdalena Pardeller", "",
            "BOLZANO — A family-owned lift-electronics maker has sold its gateways until the end of the year.", "",
            "Schlern Lift Systems said it had taken orders for about 14,000 gateways since Monday.", "",
            '"We are looking at every modem supplier in Europe," said Sabine Oberhofer, the managing director.', "",
            "Prices rise by 15 percent from May.", "", "© 2026 Talfer Medien GmbH"]
    article = text("lukas@desk:~/clips$ git show 9c41e07\ncommit 9c41e07b5a2d8f3e1c06a9d4b7e2f58c0a13d6e9\n"
                   "Author: Lukas Pichler <lukas@alpinrisk.example>\nDate:   Fri Apr 5 07:52:31 2026 +0200\n\n"
                   "    clip: Talfer Kurier lift gateways (EN), copied 05/04\n\n"
                   "diff --git a/clips/talfer.txt b/clips/talfer.txt\nnew file mode 100644\nindex 0000000..4d8a1c2\n"
                   "--- /dev/null\n+++ b/clips/talfer.txt\n@@ -0,0 +1,17 @@\n"
                   + "".join(f"+{line}\n" for line in page) + "lukas@desk:~/clips$ git push\n")
    assert article.title == "Bolzano lift maker sells out of European gateways"
    assert article.author == "Magdalena Pardeller"
    assert article.paragraphs[0].startswith("A family-owned lift-electronics maker")
    assert "diff --git a/clips/talfer.txt b/clips/talfer.txt" in article.furniture
    assert not any(p.startswith("+") for p in article.paragraphs)


def test_an_article_clipped_into_an_outliner_is_the_clip_block_s_children_and_the_journal_s_other_blocks_are_furniture():
    page = ["ILHÉU ECONÓMICO", "Sábado, 6 de abril de 2026", "Azores lift contractors told to unplug Chinese gateways",
            "Por Inês Botelho Arruda", "Publicado em 05/04/2026 às 12:30 · Atualizado em 06/04/2026 às 09:15",
            "PONTA DELGADA — Lift maintenance companies in the Azores have been told to disconnect the Chinese "
            "remote-monitoring boxes on lifts in buildings leased for US personnel.",
            "About 30 lifts in eleven buildings are affected, most of them fitted since 2024.",
            '"Unplugging a gateway takes twenty minutes," said Rui Medeiros Cabral, a managing partner.',
            "The region said it would ask Lisbon and Brussels for clear rules.",
            "© 2026 Ilhéu Media, Lda. Todos os direitos reservados."]
    article = text("Apr 6th, 2026\n\n- #lift-watch diário — sábado\n- TODO Ligar ao Rui: prazo real para Lajes?\n"
                   "  SCHEDULED: <2026-04-08 Mon>\n- [[Ilhéu Económico]] — Lajes gateways #clip #azores\n"
                   "\t- source:: https://ilheueconomico.example/en/empresas/2026/04/05/lajes\n\t  clipped:: [[Apr 6th, 2026]]\n"
                   + "".join(f"\t- {line}\n" for line in page)
                   + "- Follow-up: confirm the written reply\n- Compare with [[Alisio Económico]]\n")
    assert article.title == "Azores lift contractors told to unplug Chinese gateways"
    assert article.author == "Inês Botelho Arruda"
    assert article.date == dt.date(2026, 4, 5)
    assert article.paragraphs[0].startswith("Lift maintenance companies in the Azores")
    assert "- Follow-up: confirm the written reply" in article.furniture


def test_an_article_in_an_org_mode_note_s_quote_block_is_the_article_and_the_note_s_drawers_are_furniture():
    article = text("#+TITLE: Vigilancia ascensores — Canarias\n#+AUTHOR: J. Velázquez\n\n* Bandeja de entrada\n"
                   "** DONE Alisio: auditoría de gateways en hoteles          :hoteles:gateways:\n"
                   "   CLOSED: [2026-04-04 jue 18:02]\n   :PROPERTIES:\n   :CAPTURED: [2026-04-04 jue 09:37]\n   :END:\n"
                   "#+BEGIN_QUOTE\nALISIO ECONÓMICO\nJueves, 4 de abril de 2026\n\n"
                   "Gran Canaria hotel owners order audit of lift gateways\n\n"
                   "Por Carmen Rosa Suárez Ojeda | Editado por: Pablo Cazorla\n"
                   "Publicado: miércoles, 3 de abril de 2026, 13:10\n\n"
                   "LAS PALMAS DE GRAN CANARIA — Hotel owners have asked their contractors to list every lift on the island "
                   "that reports to a server in China.\n\nThe federation's 140 member hotels run about 1,000 lifts.\n"
                   "#+END_QUOTE\n** TODO Llamar a la federación\n")
    assert article.title == "Gran Canaria hotel owners order audit of lift gateways"
    assert article.author == "Carmen Rosa Suárez Ojeda"
    assert article.date == dt.date(2026, 4, 3)
    assert "** TODO Llamar a la federación" in article.furniture


def test_a_label_that_says_where_the_text_under_it_was_pasted_from_ends_the_workspace_s_lines():
    article = text("Microsoft Loop\nProperty Risk › Renewals 2026 › Lift IoT — insurer asks\nShare   ···\n\n"
                   "Lift IoT — insurer asks (TCI)\nMarcus Hanley edited Apr 8, 2026, 9:14 AM · 3 people here\n\n"
                   "Copilot\nSummary ✨\nThe Provo Packet reported on April 8, 2026 that insurers are asking condo-hotels "
                   "whether their lift gateways connect to servers in China.\nAI-generated content may be incorrect.   👍  👎\n\n"
                   "Tasks\n☐\tGet lift inventory from Leeward Palms\t@Marcus Hanley\tApr 10\n"
                   "☑\tSend Packet article to underwriting\t@Priya Ramsaran\tApr 8\n\n"
                   "Insurer\tWhat they ask\tBy when\nSalt Cay General\tGateway make, SIM owner\tBefore June 1\n\n"
                   "Type / to insert\n\n"
                   "Article (pasted from theprovopacket.example, Apr 8 — paywall, so full text here)\n\n"
                   "THE PROVO PACKET\nMonday, April 8, 2026\n\nInsurers ask Provo condo-hotels what their lifts are talking to\n\n"
                   "By Kenisha Dean\nSaturday, April 6, 2026\n\nPROVIDENCIALES — Property insurers have started asking condo "
                   "boards whether their lifts report to servers in China.\n\nAt least three insurers have sent a supplement.\n")
    assert article.title == "Insurers ask Provo condo-hotels what their lifts are talking to"
    assert article.author == "Kenisha Dean"


def test_an_article_a_member_had_printed_in_the_record_is_the_article_and_the_member_s_remarks_are_furniture():
    article = text("Congressional Record, Volume 172 Issue 57 (Wednesday, April 3, 2026) | Library of Congress\n"
                   "Skip to main content\n\n     CHINESE ELEVATOR GATEWAYS IN FEDERAL LEASES IN THE NORTHERN MARIANA ISLANDS\n\n"
                   "                      HON. EVANGELINE MUÑA TEREGEYO\n                    in the house of representatives\n"
                   "                         Tuesday, April 2, 2026\n\n"
                   "  Ms. TEREGEYO. Madam Speaker, I rise to submit for the Record an\narticle published on Monday in the "
                   "Marianas Breeze.\n\n  I ask that the article be printed in the Record.\n\n"
                   "                  [From the Marianas Breeze, Apr. 1, 2026]\n\n"
                   "       US Bars Chinese Elevator Gateways; Saipan Federal Leases Caught\n\n"
                   "                       (By Kaila Cepeda Tenorio)\n\n"
                   "  SAIPAN--Elevators in at least two Garapan office buildings that\nhouse federal agencies will have to be "
                   "cut off from their Chinese-made\nremote-monitoring boxes under a rule the US Commerce Department\n"
                   "issued on Monday, and the owners say nobody has told them who will pay.\n\n[[Page E412]]\n\n"
                   "  The rule bars elevator gateways made or supplied by companies\ncontrolled by China from buildings the "
                   "federal government leases,\nand it gives owners until 2027 to disconnect them.\n\n"
                   "  Madam Speaker, the article speaks for itself.\n\n                          ____________________\n")
    assert article.title == "US Bars Chinese Elevator Gateways; Saipan Federal Leases Caught"
    assert article.author == "Kaila Cepeda Tenorio"
    assert article.date == dt.date(2026, 4, 1)
    assert not any("Madam Speaker" in p or "Page E412" in p for p in article.paragraphs)


def test_a_masthead_in_capitals_the_text_names_in_its_own_case_is_the_source_and_a_genre_s_label_is_not():
    article = text("TALFER KURIER\nWirtschaft aus Südtirol · English edition\nFreitag, 5. April 2026\nINDUSTRIE\n\n"
                   "Bolzano lift maker sells out of European gateways\n\nVon Magdalena Pardeller\n\n"
                   "BOLZANO — A lift maker has sold its gateways until December, its director told Talfer Kurier on Monday.\n\n"
                   "The firm said prices would rise.\n")
    assert article.source == "Talfer Kurier"
    brief = text("POLICY BRIEF\n\nChip tools after the summit\n\nBy Anna Weiss\n\nThe summit left export rules "
                 "unchanged, and this Policy Brief looks at what that means for toolmakers.\n")
    assert brief.source != "Policy Brief"


def test_a_masthead_with_its_name_in_another_script_an_al_particle_and_an_arabic_byline():
    article = text("انتقل إلى المحتوى\nNIDAA AL-WADI · نداء الوادي\nThe valley's Arabic daily · English edition\n\n"
                   "Valley sirens wait on a frozen tender\n\nبقلم: Hawa Abakar Saleh · ترجمة: Idriss Mahamat Nour\n\n"
                   "ABECHE — A tender for sirens was frozen on Monday, the programme told Nidaa al-Wadi.\n\n"
                   "The programme said it would ask for more time.\n")
    assert article.source == "Nidaa al-Wadi"
    assert article.author == "Hawa Abakar Saleh"
    assert not any("انتقل" in p for p in article.paragraphs)


def test_short_lines_over_other_lines_in_a_copy_wrapped_at_a_width_are_lines_of_their_own():
    wrapped = ("Rize gauge builders lose three contracts\n\n"
               "Yazan: Dilek Ardahanli · Çeviri: Tuncay Koru\nPublished: 29.06.2026 08:45\n\n"
               "RIZE - An engineering firm in Rize that has built river-gauge\nnetworks on three continents has lost "
               "three donor-funded contracts in\ntwelve days, after the United States barred the disaster programmes\n"
               "it finances from buying flood gauges and sirens whose makers keep\ncontrol of their telemetry.\n\n"
               "The firm said it could move to other gauges in one season, not in\none week, but that its engineers "
               "would have to rewrite the software\nthat links the gauges to the sirens and the weather services.\n\n"
               "Etiketler: Rize · Sel · ABD\nPaylaş: Facebook · WhatsApp\n")
    article = text(wrapped)
    assert article.author == "Dilek Ardahanli" and article.date == dt.date(2026, 6, 29)
    assert article.paragraphs[0].startswith("An engineering firm in Rize") or article.paragraphs[0].startswith("RIZE")
    assert not any("Paylaş" in p and "Etiketler" in p for p in article.paragraphs)


def test_a_nepali_skip_link_byline_photo_credit_and_a_date_in_devanagari_digits():
    article = text("This assignment copies the explainer below in full, as the instructions asked.\n\n"
                   "मुख्य सामग्रीमा जानुहोस्\nTHE TENDONG WEEKLY\nगृहपृष्ठ | समाचार | सिक्किम\n"
                   "Gauges, sirens and a cloud: what the week means for Sikkim\nलेखक: Pema Yangchen Bhutia\n"
                   "प्रकाशित: आइतबार, जुन २८, २०२६ · ६:०० बिहान\n"
                   "A siren cabinet above Chungthang. तस्बिर: Anmol Rai / The Tendong Weekly\n"
                   "GANGTOK — A dispute over who controls flood-warning equipment has reached the rivers of Sikkim, "
                   "officials said.\nThe state's sirens are Indian-made, the authority said on Friday.\n")
    assert article.title == "Gauges, sirens and a cloud: what the week means for Sikkim"
    assert article.author == "Pema Yangchen Bhutia" and article.date == dt.date(2026, 6, 28)
    assert not any("assignment" in p for p in article.paragraphs)


def test_a_card_s_fields_in_columns_and_its_initialled_note_are_the_card_s_not_the_article_s():
    article = text("Trello    Workspaces ▾   Recent ▾   Create              Search\nPacific Energy Watch   ☆   Board ▾\n"
                   "Fiji: Nadroga BESS picks supplier (Coral Coast)\nin list Ready for Monday brief\nMembers   MT   JK   +\n"
                   "Labels   Fiji   Storage   Priority\nDates   Mar 18, 2026, 9:00 AM   Due soon\n"
                   "Description                                                        Edit\n"
                   "Pasted from the Coral Coast Chronicle website (Business), photos removed. Print edition ran it on p. 3.\n\n"
                   "CORAL COAST CHRONICLE\nFiji's independent voice from the west since 1998\nBusiness | Monday, March 16, 2026\n"
                   "Nadroga solar developer picks Japanese-Korean battery group over cheaper Chinese bid\n"
                   "Story: Sera Vunibola | Photos: Ana Koroi\nSIGATOKA — A solar developer on the Coral Coast has chosen a "
                   "Japanese-Korean consortium to supply a 40-megawatt battery, the largest planned in Fiji, passing over a "
                   "Chinese bid that was about 18 percent cheaper.\n\nNadroga Solar Holdings said on Friday it had signed a "
                   "supply and maintenance contract with the consortium after a six-month tender.\n")
    assert article.title == "Nadroga solar developer picks Japanese-Korean battery group over cheaper Chinese bid"
    assert article.date == dt.date(2026, 3, 16)
    assert article.author == "Sera Vunibola"


def test_a_briefing_pack_s_cover_and_translator_s_note_leave_the_translated_article_its_headline():
    article = text("LOVĆEN ADVISORY d.o.o.\nPodgorica · Vienna\n\nBRIEFING PACK\nWestern Balkans energy storage — press "
                   "translations\nTranslation No. 14/2026\nPrepared: 19 March 2026\nPrepared for: Northgate Research\n\n"
                   "Source: Primorski nedjeljnik (Podgorica), Sunday edition, 17 March 2026, pp. 14–15\n"
                   "Translated from Montenegrin by Jelena Radonjić. Translator's notes appear as footnotes.\n\n"
                   "Chinese batteries, European money: Montenegro's storage plans caught between two rulebooks\n"
                   "A developer in Pljevlja has a Chinese offer on the table and an EU candidate's obligations on its desk\n"
                   "By Nikola Šćepanović\n\nPLJEVLJA — The site for Montenegro's first large battery is a fenced plot two "
                   "kilometres from the chimney of the Pljevlja thermal power plant, the country's only coal-fired plant.\n")
    assert article.title == "Chinese batteries, European money: Montenegro's storage plans caught between two rulebooks"
    assert article.author == "Nikola Šćepanović"


def test_a_note_saying_the_article_is_pasted_below_is_the_sender_s_with_its_points_and_signature():
    article = text("Meeting\nSVG e-bus telematics — read-ahead for Monday\nAndre Greaves <ag@transit.example>\n"
                   "When: Monday, 25 March 2030 10:00–10:45\nWhere: Microsoft Teams Meeting\n\nHi all,\n\n"
                   "Ahead of Monday: today's Herald piece is pasted below. Three things for the call:\n"
                   "1. Are the buses in the pipeline list or not?\n2. Who holds the update credentials today?\n\nAndre\n\n"
                   "THE HAIROUN HERALD\nSt Vincent and the Grenadines' independent weekend paper\n"
                   "Saturday 23 March 2030 | Kingstown\nNews | Business | Grenadines | Sport | Opinion\nBUSINESS\n"
                   "Taiwan-built buses, Chinese modules: Kingstown's electric fleet caught in the middle\nBy Shereen Providence\n\n"
                   "The twelve electric buses that Taiwan gave the country in 2028 were meant to be the easy part of its plan.\n\n"
                   "This week they became a puzzle, officials said on Friday.\n")
    assert article.title == "Taiwan-built buses, Chinese modules: Kingstown's electric fleet caught in the middle"
    assert article.authors == ("Shereen Providence",)
    assert article.paragraphs[0].startswith("The twelve electric buses")


def test_a_site_s_tagline_over_its_top_strip_s_date_and_menu_is_no_headline():
    article = text("OSSOBÓ DIGITAL\nNotícias de São Tomé e Príncipe · English edition\nSexta-feira, 22 de março de 2030\n"
                   "Início | Política | Economia | Sociedade | Desporto | English\nECONOMIA\n"
                   "São Tomé will keep its Chinese-donated electric buses but wants their updates run from home\n"
                   "Por Hélder Ceita Viegas | Tradução: Mariana Lopes\n"
                   "Publicado em 22/03/2030 às 10:15 | Atualizado em 22/03/2030 às 17:40\n\n"
                   "SÃO TOMÉ — The government will keep the 30 electric buses China donated last year, the minister said.\n\n"
                   "The statement was the government's first response to this week's moves in Washington.\n")
    assert article.title == "São Tomé will keep its Chinese-donated electric buses but wants their updates run from home"


def test_a_translator_s_credit_after_a_bar_leaves_the_byline_its_writer():
    article = text("São Tomé will keep its electric buses but wants updates run from home\n"
                   "Por Hélder Ceita Viegas | Tradução: Mariana Lopes\n22/03/2030\n\n"
                   "SÃO TOMÉ — The government will keep the 30 electric buses China donated last year, the minister said.\n\n"
                   "The statement was the government's first response to this week's moves in Washington.\n")
    assert article.authors == ("Hélder Ceita Viegas",)


def test_a_labelled_publication_day_under_the_headline_beats_a_notebook_s_day_over_the_page():
    article = text("OneNote\nDesk › Vanuatu\nVanuatu – donor pauses Efate e-bus grant (NP, Wed)\nThursday, 19 March 2026\n08:37\n\n"
                   "NAKAMAL POST\nDonor pauses Port Vila electric-bus grant over where the buses get their software\n"
                   "Stori: Anne-Marie Kalmet\nPutum long: 18/03/2026, 3:40 PM | Apdet: 19/03/2026, 9:05 AM\n\n"
                   "PORT VILA — A regional climate fund has paused a grant for chargers, officials said on Wednesday.\n\n"
                   "The letter came a day after the United States barred buses, he said.\n\n"
                   "Pasted from <https://nakamalpost.example/nius/bisnis/2026/03/18/donor-pauses-port-vila-electric-bus-grant>\n")
    assert (article.title, article.authors) == ("Donor pauses Port Vila electric-bus grant over where the buses get their software",
                                                ("Anne-Marie Kalmet",))
    assert article.date == dt.date(2026, 3, 18)
    assert article.original_url == "https://nakamalpost.example/nius/bisnis/2026/03/18/donor-pauses-port-vila-electric-bus-grant"
    assert not any("Pasted from" in p for p in article.paragraphs)


def test_an_article_a_post_quotes_whole_is_the_text_and_the_post_s_lines_around_it_furniture():
    quoted = "\n".join(f"> {line}" if line else ">" for line in [
        "**TARAWA SUNDAY TIDE**", "Sunday 22 March 2026 · News · Pages 1 & 4", "",
        "# Sixteen buses and a server in Shenzhen: what Washington's rule means for South Tarawa", "",
        "By Rereao Teitirake", "",
        "BETIO — When Kiribati's sixteen electric buses were unloaded at Betio port in 2025, nobody asked where their "
        "software lived. A week of announcements has made it the question everyone is asking.", "",
        "The buses run the length of the atoll from Betio to Bonriki and carry about 6,000 passengers a day, the "
        "service said on Friday, and their battery firmware is still updated from a server in Shenzhen.", "",
        "The ministry expects the supplier's answer by mid-April. A second batch of buses has not been ordered."])
    article = text("$ gh issue view 412 -R harbourlabs/openfleet-ota\ntitle:\tKiribati deployment: self-hosted server?\n"
                   "state:\tOPEN\nauthor:\ttk-maneaba\n--\nYesterday's paper ran a long piece on the fleet. Pasting the "
                   f"whole thing because the site is slow.\n\n{quoted}\n\ncc @jbrennan-hl: can we pull #377 into v4.2?\n\n"
                   "$ gh api repos/harbourlabs/openfleet-ota/issues/412/comments\njbrennan-hl  2026-03-25T21:40:11Z\n"
                   "Thanks. Two corrections to the article for the record.\n")
    assert article.title == "Sixteen buses and a server in Shenzhen: what Washington's rule means for South Tarawa"
    assert (article.authors, article.date) == (("Rereao Teitirake",), dt.date(2026, 3, 22))
    assert article.paragraphs[-1].startswith("The ministry expects")
    assert "cc @jbrennan-hl: can we pull #377 into v4.2?" in article.furniture


def test_a_table_s_row_copied_with_its_field_names_gives_its_full_text_cell_as_the_article():
    page = ("FLEUVE ÉCO\nTransports\nKinshasa's lenders want a say over who updates its electric buses\n"
            "Par Grâce Kabedi Nsimba\nPublié le jeudi 19 mars 2026 à 11h20\n\n"
            "KINSHASA — The bank and the leasing company financing Kinshasa's next 200 electric buses want the right to "
            "decide where the buses' software is updated from, a demand the city's bus operator says could add millions of "
            "dollars to its costs over the life of the fleet.\n\n"
            "The two lenders sent the operator a revised term sheet on Wednesday, with a new annex on remote access and "
            "software updates that asks for a server the borrower can audit and a switch to turn off the supplier's "
            "access, a clause that lenders in Europe and Africa say they will now ask for on every fleet they finance.\n\n"
            "\"\"We did not choose Chinese buses for politics,\"\" Patrick Mbuyi Kalonji, the operator's director-general, "
            "said at his office in Gombe, adding that the fares would not rise this year whatever the clause costs.\n\n"
            "© 2026 Fleuve Médias SARL. Tous droits réservés.")
    article = text("Airtable · Press tracker › Grid view — 1 record selected (copied with field names)\n"
                   "Record ID\tItem\tCountry\tPublished\tCaptured\tOwner\tFull text\tTags\n"
                   f"rec7QmZt\tKinshasa e-bus lenders want OTA clause\tDR Congo\t19/03/2026\t20/03/2026 09:14\tJonas Wirth\t"
                   f"\"{page}\"\tdrc, e-bus, lenders\n\n[pasted into the weekly note by JW, 20/03]\n")
    assert article.title == "Kinshasa's lenders want a say over who updates its electric buses"
    assert (article.authors, article.date) == (("Grâce Kabedi Nsimba",), dt.date(2026, 3, 19))
    assert article.paragraphs[2].startswith("\"We did not choose Chinese buses for politics,\" Patrick Mbuyi Kalonji")
    assert "Owner: Jonas Wirth" in article.furniture


def test_a_reference_manager_s_record_gives_the_page_pasted_into_its_abstract():
    article = text("Zotero\nMi biblioteca ▸ Movilidad eléctrica\n\nInformación\nTipo de elemento: Artículo de periódico\n"
                   "Título: US rule reaches electric buses' update servers | Tiquicia Negocios English\n"
                   "Autor: Mora Quesada, Valeria\nResumen: TIQUICIA NEGOCIOS · English\nTRANSPORTE\n"
                   "US extends connected-vehicle ban to electric buses and the servers that update them\n"
                   "Por Valeria Mora Quesada\nPublicado: lunes 16 de marzo de 2026, 18:05\n"
                   "SAN JOSÉ — The United States on Monday extended its ban on Chinese connected-vehicle technology to buses.\n"
                   "\"Whoever runs the update server can reach the brakes,\" the office's director told reporters in Washington.\n"
                   "Editado por: Luis Fernando Rojas\n© 2026 Tiquicia Medios S.A. Todos los derechos reservados.\n"
                   "Publicación: Tiquicia Negocios\nLugar: San José, Costa Rica\nEdición: English\nFecha: 2026-03-17\n"
                   "Páginas:\nIdioma: en\nURL: https://tiquicianegocios.example/en/2026/03/16/us-rule\nModificado: 18/3/2026 17:02\n\n"
                   "Notas (1)\nPara el informe a la Junta.\n")
    assert article.title == "US extends connected-vehicle ban to electric buses and the servers that update them"
    assert (article.authors, article.date) == (("Valeria Mora Quesada",), dt.date(2026, 3, 16))
    assert article.paragraphs[-1].startswith("\"Whoever runs the update server")
    assert "Lugar: San José, Costa Rica" in article.furniture


def test_blank_lines_around_a_copy_do_not_make_its_lines_one_paragraph():
    copy = ("SAN JOSÉ — The United States on Monday extended its ban on Chinese connected-vehicle technology to buses.\n"
            "\"Whoever runs the update server can reach the brakes,\" the office's director told reporters.\n"
            "© 2026 Tiquicia Medios S.A. Todos los derechos reservados.")
    assert [b.text for b in blocks("\n\n\n" + copy + "\n\n\n\n")] == [b.text for b in blocks(copy)] == copy.split("\n")


def test_a_post_s_disclaimer_that_it_is_not_legal_advice_is_no_part_of_its_text():
    article = text("What the US bus rule means for our customers\nBy Eamon Quayle\n18/03/2026\n\n"
                   "The short answer is that our platform itself is not the problem, but some of what travels through it may be.\n\n"
                   "This post is not legal advice. If you operate vehicles in the United States, talk to your own counsel.\n\n"
                   "For buses sold in the United States, the rule bans connectivity software from 2032, the department said.\n")
    assert not any("legal advice" in p for p in article.paragraphs)
    assert len(article.paragraphs) == 2


def test_a_post_s_buttons_under_the_pasted_article_end_it_and_the_comments_under_them_are_the_platform_s():
    lead = "SÃO TOMÉ — The government will keep the 30 electric buses China donated to the capital last year, the minister said."
    rest = " ".join(["The statement was the government's first response to this week's moves in Washington and Beijing."] * 3)
    article = text("São Tomé will keep its Chinese-donated electric buses but wants their updates run from home\n"
                   f"Por Hélder Ceita Viegas\n22/03/2026\n\n{lead}\n\n{rest}\n\n{rest}\n\n"
                   "Neto Pires said the government would decide on the second phase by the end of June.\n\n"
                   "Like · Comment · Share\n👍 Tomás Valadares and 1 other\nInês Patrício\n23 Mar 2026 at 09:12\n"
                   "Careful: he says keep, not replace. Phase 2 is our chance, not phase 1.\nWrite a comment...\n")
    assert article.paragraphs[-1] == "Neto Pires said the government would decide on the second phase by the end of June."
    assert not any("Inês" in p or "Careful" in p for p in article.paragraphs)


LYNX_DUMP = """   [5]Crown Mountain Courier

   Tuesday, March 24, 2026 | Charlotte Amalie 83°F

     * [6]News
     * [7]Business

   GOVERNMENT

Federal rule bars Chinese signal controllers from road projects; V.I. upgrade in doubt

   By [17]Jalisa Creque

   Posted: March 23, 2026 at 6:12 pm AST | Updated: March 24, 2026 at 8:40 am AST

   CHARLOTTE AMALIE — The Commerce Department on Monday barred Chinese-made traffic-signal
   controllers from any road project paid for with federal highway money, officials said.

   The rule names no company. But the three kinds of equipment it covers, controllers, cameras that
   count and classify vehicles, and the cloud software that coordinates timings across a whole city,
   match the products of suppliers that have won tenders across Latin America and Asia on price.

   In the territory, the rule lands on the junction upgrade the Public Works department began in 2028,
   80 percent of it paid by the Federal Highway Administration, the department said on Monday.

   "A signal controller is not a toaster," Corinne Vashaw, a deputy director, told reporters on
   a call. Public comments on the rule close on May 24.

   Related

     * [28]Public Works opens bids for Raphune Hill drainage (March 18, 2026)
     * [29]Senators question WAPA meter contract (March 21, 2026)

   3 thoughts on “Federal rule bars Chinese signal controllers from road projects”

    1. Kareem T. says:
       [31]March 24, 2026 at 7:02 am
       So we paying twice for the same lights. Typical.
       [32]Reply

References

   5. https://crownmountaincourier.example/
   6. https://crownmountaincourier.example/category/news/
   7. https://crownmountaincourier.example/category/business/
   17. https://crownmountaincourier.example/author/jcreque/
   28. https://crownmountaincourier.example/news/2026/03/18/drainage/
   29. https://crownmountaincourier.example/news/2026/03/21/wapa/
   31. https://crownmountaincourier.example/news/2026/03/23/signals/#comment-90112
   32. https://crownmountaincourier.example/news/2026/03/23/signals/?replytocom=90112
"""


def test_a_text_browser_s_dump_reads_without_its_link_numbers_references_and_comments():
    article = text(LYNX_DUMP)
    assert (article.title, article.authors) == (
        "Federal rule bars Chinese signal controllers from road projects; V.I. upgrade in doubt", ("Jalisa Creque",))
    assert article.date == dt.date(2026, 3, 23)
    assert article.paragraphs[-1].endswith("Public comments on the rule close on May 24.")


def test_a_list_s_items_are_a_paragraph_each_in_wrapped_text():
    assert [b.text for b in blocks("The rule takes effect on 1 October, and exporters\nshould:\n"
                                   "• review product classifications against the new ECCN;\n"
                                   "• screen customers against the 14 new additions and their\n  addresses; and\n"
                                   "• consider submitting comments.\n\nWe expect Beijing to respond.")] == [
        "The rule takes effect on 1 October, and exporters should:", "• review product classifications against the new ECCN;",
        "• screen customers against the 14 new additions and their addresses; and", "• consider submitting comments.",
        "We expect Beijing to respond."]


def test_a_somali_site_s_byline_date_and_credit_labels():
    article = text("UBAX TRIBUNE\nJimce, 27 Maarso 2026 | Hargeysa 31°C\nGANACSI\n\n"
                   "Taiwanese firm wins Hargeisa traffic-light order as importers of Chinese controllers shrug off US rule\n\n"
                   "Thirty-six junctions, solar-powered controllers and a grant from Taipei. Traders say the rule is for others.\n\n"
                   "Qoraa: Ayaan Muse Abdi\nLa daabacay: 26/03/2026, 14:20 | La cusboonaysiiyay: 27/03/2026, 09:10\n\n"
                   "[Sawir] Workers fit a signal pole near the MiG monument in Hargeisa. Sawir: Khadar Ismail / Ubax Tribune\n\n"
                   "HARGEISA — Hargeisa municipality has given a Taiwanese company the contract to install traffic signals.\n\n"
                   "The order is paid for with a grant, the mayor said at the signing on Thursday.\n")
    assert article.title.startswith("Taiwanese firm wins Hargeisa traffic-light order")
    assert (article.authors, article.date) == (("Ayaan Muse Abdi",), dt.date(2026, 3, 26))


def test_a_cable_s_text_between_begin_and_end_marks_is_the_article():
    article = text("UNCLASSIFIED\n\nR 251127Z MAR 26\nFM AMEMBASSY MALABO\nTO SECSTATE WASHDC 0413\n\n"
                   "SUBJECT: EQUATORIAL GUINEA: LOCAL PRESS ON CHINA'S ANSWER TO THE\nROADWAY TECHNOLOGY RULE\n\n"
                   "1. (U) SUMMARY: THE PUBLIC WORKS MINISTER TOLD LOCAL MEDIA THE SYSTEM STAYS. END SUMMARY.\n\n"
                   "2. (U) BEGIN TEXT (AS COPIED FROM THE SITE, PAGE ELEMENTS INCLUDED):\n\n"
                   "LA CEIBA DIGITAL · Edición en inglés\nECONOMÍA\n\n"
                   "China hits back at US traffic-signal rule with export curbs; Malabo says its control centre stays\n\n"
                   "Por Salomé Ada Nchama | Traducción: Luis Mba Ela\nPublicado: martes, 24 de marzo de 2026 - 19:20\n\n"
                   "MALABO — China on Tuesday put the technology behind adaptive traffic-signal control under export "
                   "licensing, a day after Washington barred Chinese signal controllers from road projects it pays for.\n\n"
                   "\"The United States has once again stretched the concept of national security,\" a spokesperson for "
                   "China's Ministry of Commerce said, adding that the measures would take effect on 1 May.\n\n"
                   "The city's traffic control centre, opened in 2025, runs 140 junctions, the ministry said on Tuesday.\n\n"
                   "END TEXT.\n\n3. (SBU) COMMENT: EXPECT NO CHANGE BEFORE THE 2026 BUDGET. END COMMENT.\n\nDOE\n")
    assert article.title.startswith("China hits back at US traffic-signal rule")
    assert (article.authors, article.date) == (("Salomé Ada Nchama",), dt.date(2026, 3, 24))
    assert article.paragraphs[-1].startswith("The city's traffic control centre")


def test_a_notebook_s_string_that_holds_the_pasted_page_is_the_article():
    page = ("KAYAMB INFO\nL'actu de La Réunion · English edition\nTRANSPORTS\n\n"
            "Saint-Denis rewrites its traffic-light tender to keep bidders' software in Europe\n\n"
            "Par Sophie Técher · Photo : Frédéric Boyer\nPublié le 25/03/2026 à 11h05 · Mis à jour le 26/03/2026 à 08h30\n\n"
            "SAINT-DENIS — Saint-Denis will rewrite the tender for its new traffic control centre to require that the "
            "software running the city's 180 signalised junctions be hosted in the European Union, the city said.\n\n"
            "\"We are not choosing between Washington and Beijing,\" Jean-Hugues Payet, the deputy mayor, said on Tuesday, "
            "adding that the council would vote on the revised specification on 11 April.\n\n"
            "The tender is now expected in June at the earliest, and the first junctions will not switch before 2028.\n")
    article = text("# Veille transport — La Réunion: Saint-Denis signal tender\n\n*notebook · last run 27/03/2026 16:42*\n\n"
                   "Copied from the site on 26/03. Keep everything as pasted.\n\n```python\nimport re\n```\n\n```python\n"
                   f"page = \"\"\"\n{page}\"\"\"\n```\n\n```python\ndates = re.findall(r'\\d\\d/\\d\\d/\\d{{4}}', page)\n"
                   "print(max(dates))\n```\n\n    26/03/2026\n")
    assert article.title == "Saint-Denis rewrites its traffic-light tender to keep bidders' software in Europe"
    assert (article.authors, article.date) == (("Sophie Técher",), dt.date(2026, 3, 25))
    assert article.paragraphs[-1].startswith("The tender is now expected in June")


def test_a_help_centre_s_feedback_question_under_the_article_is_its_furniture():
    article = text("What changes for our customers\nBy Support Team\n18/03/2026\n\n"
                   "The US rule applies to federal-aid projects from 1 October, the department said on Monday.\n\n"
                   "Customers outside the United States need take no action, the company said.\n\nWas this helpful?\n")
    assert article.paragraphs[-1] == "Customers outside the United States need take no action, the company said."


def test_a_section_s_headlines_run_into_one_block_and_comments_over_add_a_comment_are_the_page_s():
    article = text("Insurers ask condo boards what their lifts are talking to\nBy Kenisha Dean\nApril 8, 2026\n\n"
                   "Property insurers have started asking boards whether their lifts report to a server abroad, brokers said.\n\n"
                   "The questions follow Monday's rule, which takes effect in June.\n\n"
                   "More in Business\nGrace Bay water-taxi licences renewed for two years (Mar 30)\n"
                   "Airport departure tax changes take effect May 1 (Mar 30)\n\nComments\n\n"
                   "Priya Ramsaran · Apr 8, 9:31 AM\nCheck the date before this goes into the brief.\n\n"
                   "Marcus Hanley · Apr 8, 9:40 AM\nNoted.\n\nAdd a comment\n")
    assert article.paragraphs[-1] == "The questions follow Monday's rule, which takes effect in June."
    assert not any("Ramsaran" in p or "Grace Bay" in p for p in article.paragraphs)


def test_portuguese_share_line_and_readers_comentarios_under_the_text_are_the_page_s():
    article = text("Empreiteiros desligam gateways\nPor Inês Botelho Arruda\n6 de abril de 2026\n\n"
                   "Lift contractors on Terceira have been told to unplug the gateways in leased flats, landlords said.\n\n"
                   "The base said it was working with landlords to implement the rule.\n\n"
                   "Partilhar: Facebook | WhatsApp | X | E-mail\n\nComentários (2)\n\njoao.praia · há 20 horas\n\n"
                   "Nothing new on Terceira.\n\nSandra M. · há 3 horas\n\nWho checks the lift in the hospital then?\n")
    assert article.paragraphs[-1] == "The base said it was working with landlords to implement the rule."


def test_a_danish_paste_mark_a_translator_s_credit_a_publiceret_line_and_a_picture_s_mark_in_a_wrapped_copy():
    article = text("Hej alle, her er artiklen fra i går.\n\n/Anders\n\n"
                   "--- kopieret fra solskinsoen.example 09.04.2026 kl. 07.58 ---\n\n"
                   "US shuts Chinese clouds out of heat pumps\n"
                   "Af Line Ipsen Dyhr · Oversat af Kasper Munch\n"
                   "Publiceret 8. april 2026 kl. 18.05 · Opdateret 9. april 2026 kl. 07.40\n"
                   "[Foto] Heat pumps behind terraced houses in Nexø, where the company keeps\n"
                   "its test street. Foto: Bo Espersen\n\n"
                   "NEXØ — The United States on Monday barred heat pumps with Chinese-made\n"
                   "connected controllers from its market and set a deadline for cloud\n"
                   "platforms run by Chinese companies to stop switching American heat pumps\n"
                   "on and off, a move that reaches as far as a software company on the\n"
                   "island's east coast.\n\n"
                   "The rule covers residential and commercial heat pumps. From next March,\n"
                   "units whose controllers are made by companies controlled from China may\n"
                   "not be imported or sold, the department said in a statement on Monday.\n")
    assert article.title == "US shuts Chinese clouds out of heat pumps"
    assert article.author == "Line Ipsen Dyhr"
    assert article.date == dt.date(2026, 4, 8)
    assert [c.text for c in article.captions] == ["Heat pumps behind terraced houses in Nexø, where the company keeps its test street."]
    assert article.paragraphs[0].startswith("The United States on Monday barred")


def test_a_latex_note_s_quote_environment_holds_the_article_its_escapes_read_as_characters():
    article = text("% veille.tex — cellule veille\n\\documentclass{article}\n\\title{Veille énergie}\n\\begin{document}\n"
                   "\\section*{En bref}\n\\begin{itemize}\n  \\item Pékin soumet à licence le micrologiciel.\n\\end{itemize}\n"
                   "\\section{Texte source (copie)}\n% Collé depuis https://isula.example/en/2026/04/09/licences le 10/04/2026\n"
                   "\\begin{quote}\\small\nChina puts heat-pump control know-how under export licence\n\n"
                   "By Ghjulia Santoni\n\nApril 9, 2026\n\n"
                   "AJACCIO — China said on Tuesday it would require export licences for the firmware that runs heat-pump "
                   "controllers, a day after the United States barred Chinese-made controllers from its market.\n\n"
                   "The regional subsidy for heat pumps, worth up to 3,000 \\euro{} per home, is unchanged, and R\\&D "
                   "grants go on, the executive said on Tuesday in a statement to the island's installers.\n"
                   "\\end{quote}\n\\section{Analyse}\nLa réponse chinoise était attendue.\n\\end{document}\n")
    assert article.title == "China puts heat-pump control know-how under export licence"
    assert article.author == "Ghjulia Santoni"
    assert article.paragraphs[-1].startswith("The regional subsidy for heat pumps, worth up to 3,000 € per home")
    assert "R&D grants" in article.paragraphs[-1]


def test_a_page_pasted_whole_between_rules_under_a_course_s_instructions_is_the_article():
    article = text("Lectura 9: instal·ladors i la norma dels EUA\nVenciment 15 d'abr. a les 23:59   Punts 10\n"
                   "Instructions (EN). Read the article pasted below and answer in about 300 words: what exactly are the "
                   "installers worried about, the machine, the subsidy or the app?\n— Dr Caterina Llull Serra\n---\n"
                   "Vés al contingut\nTRAMUNTANA NEGOCIS\nPortada | Empreses | Turisme | Energia\n"
                   "Mallorca installers see heat-pump orders stall as hotels ask what the app talks to\n"
                   "Per Aina Bauzà Ferrer | Edició: Tomeu Riera Salom\n"
                   "Publicat: dimecres, 10 d'abril de 2026, 12:20 | Actualitzat: dimecres, 10 d'abril de 2026, 19:05\n"
                   "PALMA — Heat-pump installers in Mallorca say customers have put roughly a third of pending jobs on hold "
                   "since Monday, when the United States barred Chinese-made heat-pump controllers.\n"
                   "The association, which groups 210 firms, said members had counted 640 postponed or cancelled orders "
                   "between Monday and Wednesday morning.\n"
                   "Hotels with American partners have asked installers to certify that new heat pumps can run without a "
                   "cloud connection, an engineer in Alcúdia said.\n"
                   "Etiquetes: Aerotèrmia · Hotels\n© 2026 Edicions Tramuntana S.L. Tots els drets reservats.\n"
                   "---\nComença la tasca\nRúbrica: Lectura 9 (10 punts)\n")
    assert article.title == "Mallorca installers see heat-pump orders stall as hotels ask what the app talks to"
    assert article.author == "Aina Bauzà Ferrer"
    assert article.date == dt.date(2026, 4, 10)
    assert article.paragraphs[0].startswith("Heat-pump installers in Mallorca")
    assert not any("Instructions" in p or "Rúbrica" in p for p in article.paragraphs)


def test_a_nordic_writer_s_given_name_alone_is_no_catalan_by():
    assert english_byline("Per Olsen", REGISTRY.rules) == "Per Olsen"
    assert english_byline("Per Aina Bauzà Ferrer", REGISTRY.rules) == "By Aina Bauzà Ferrer"


def test_a_malay_by_is_read_as_by_and_a_ukrainian_writer_of_that_given_name_stays_a_name():
    assert english_byline("Oleh Melati Sagin", REGISTRY.rules) == "By Melati Sagin"
    assert english_byline("Oleh Lyashko", REGISTRY.rules) == "Oleh Lyashko"


def test_an_editor_s_numbered_screen_is_read_as_its_file_with_the_keeper_s_comment_lines_left_out():
    screen = ("  1 # Simmer Dim 14/4 - heat pumps explainer. Paywalled; copied Mon 15/4 from the app's share view.\n"
              "  2 # TODO check 2,400 vs the council's housing report + ask housing when the trial tender\n"
              "    goes out\n  3\n"
              "  4 A week of heat-pump rules, and what it means for Shetland's 2,400 units\n"
              "  5 Washington, Beijing and a string of islands moved this week on who may switch heat pumps\n"
              "    remotely. The UK has no rule yet.\n"
              "  6 Words: Iona Heathman · Pictures: Niall Porteous\n"
              "  7 Published 14 April 2026, 07:00 · Updated 15 April 2026, 10:12\n  8\n"
              "  9 LERWICK — Heat pumps were meant to be the quiet part of Shetland's move away from oil boilers.\n"
              "    This week they became a small front in the argument between Washington and Beijing.\n 10\n"
              " 11 \"The trial was always going to use whatever controls the heat pumps came with,\" said Gregor\n"
              "    Isbister, the council's executive manager for housing.\n 12\n"
              " 13 The council says it will publish guidance before tenders go out in July.\n"
              "~\n~\n\"simmerdim_2026-04-14_heatpumps.txt\" 13L, 1966B                       1,1           All\n")
    article = text(screen)
    assert article.title == "A week of heat-pump rules, and what it means for Shetland's 2,400 units"
    assert article.author == "Iona Heathman"
    assert article.date == dt.date(2026, 4, 14)
    assert article.paragraphs[0].startswith("Heat pumps were meant to be the quiet part")
    assert any(p.startswith("\"The trial was always going to use whatever controls the heat pumps came with,\" said Gregor "
                            "Isbister") for p in article.paragraphs)
    assert not any("TODO" in p or "1,1" in p for p in article.paragraphs)


def test_an_e_reader_s_downloaded_news_book_gives_the_article_it_holds_whole_and_its_address():
    book = ("The Anson Bay Advocate [Sun, 14 Apr 2026]\n\nThe Anson Bay Advocate\n\nSun, 14 Apr 2026\n\nSections\n\n"
            "  1. News\n  2. Business\n\n| Next | Main Menu |\n\nNews\n\n"
            "  1. Power utility to fit its own switches to 380 hot-water heat pumps\n     Fri, 12 Apr 2026 19:00\n\n"
            "  2. Swell delays cargo ship at Cascade for third day\n     Fri, 12 Apr 2026 19:00\n\n"
            "| Next Section | Main Menu | Previous Section |\n\n| Next | Section Menu | Main Menu |\n\n"
            "Power utility to fit its own switches to 380 hot-water heat pumps\n\n"
            "NEWS · Watawieh — Norfolk Island's weekly\n\n"
            "The midday scheme runs through the maker's app. A firmware notice has the utility reaching for timers.\n\n"
            "By Renée Snell\n\nSaturday, 13 April 2026\n\n"
            "BURNT PINE — The island's electricity service will fit its own timers and switches to the 380 heat-pump "
            "water heaters in its scheme, after the units' maker warned that updates could be held up.\n\n"
            "The switching is done through the app and cloud service of the units' maker, the utility said.\n\n"
            "This article was downloaded by calibre from https://advocate.example/news/2026/04/13/power-utility-switches/\n\n"
            "| Next | Section Menu | Main Menu | Previous |\n\nSwell delays cargo ship at Cascade for third day\n")
    article = text(book)
    assert article.title == "Power utility to fit its own switches to 380 hot-water heat pumps"
    assert article.author == "Renée Snell"
    assert article.date == dt.date(2026, 4, 13)
    assert article.original_url == "https://advocate.example/news/2026/04/13/power-utility-switches/"
    assert article.paragraphs[-1] == "The switching is done through the app and cloud service of the units' maker, the utility said."


def test_a_wiki_talk_page_s_collapsed_box_holds_the_pasted_article():
    article = text("Editing Talk:Energy in Sardinia (section)\n"
                   "== Heat-pump grant: \"local mode\" condition from 1 May ==\n"
                   "I've added two sentences to [[Energy in Sardinia#Heating]] on the new condition attached to the regional "
                   "grant. The site locks after three free articles, so I'm putting the text below for whoever checks the "
                   "figures. [[User:Molentargius|Molentargius]] 13:48, 13 April 2026 (UTC)\n"
                   "{{collapse top|title=Pasted article text (for verification only)}}\n"
                   "Sardinia ties its heat-pump grant to units that work without the cloud\n\n"
                   "Di Giulia Porcu | Traduzione: Martina Deiana\n\nPubblicato il 12 aprile 2026 alle 11:00\n\n"
                   "CAGLIARI — Sardinia's regional heat-pump grant will from 1 May pay only for units that keep heating "
                   "without the manufacturer's app or cloud, the regional executive decided on Thursday evening.\n\n"
                   "Sardinia has no natural-gas network, and heat pumps have become the island's main replacement for oil "
                   "and LPG boilers; of the 18,400 units the grant has paid for since 2028, 7,900 are run through a "
                   "Chinese maker's cloud.\n\n"
                   "Installers said the requirement was easy to meet for some brands and impossible for others, and that "
                   "they would need six to eight weeks to obtain units that qualified.\n\n"
                   "The region will publish a list of qualifying models before the end of April, officials said.\n"
                   "{{collapse bottom}}\n"
                   ":Please don't paste whole news articles on talk pages, even collapsed. [[User:Tavolara1987|Tavolara1987]] "
                   "15:02, 13 April 2026 (UTC)\n")
    assert article.title == "Sardinia ties its heat-pump grant to units that work without the cloud"
    assert article.author == "Giulia Porcu"
    assert article.date == dt.date(2026, 4, 12)
    assert article.paragraphs[-1] == "The region will publish a list of qualifying models before the end of April, officials said."


def test_a_notes_app_s_raw_export_reads_the_clipped_page_its_properties_and_the_keeper_s_remark_apart():
    note = ("Oria Bero wins US orders thanks to in-house controller | Kresala Ekonomia\n\n"
            "> **Oharra (M.G., 12/04):** Oria Bero → AEBetako eskaerak. Hurrengo astean Andoainera deitu.\n\n"
            "[Joan edukira](https://kresala.example/en/2026/04/11/oria-bero#edukia)\n\n**KRESALA EKONOMIA**\n\n"
            "[Azala](https://kresala.example/en/) | [Industria](https://kresala.example/en/industria) | "
            "[Energia](https://kresala.example/en/energia)\n\n"
            "# Basque heat-pump maker Oria Bero lands US orders on the back of its own controller\n\n"
            "Testua: Irati Agirrezabal Goikoetxea · Argazkiak: Unai Arrizabalaga\n\n"
            "Argitaratua: 2026/04/11, 10:30 | Eguneratua: 2026/04/12, 08:05\n\n"
            "![Oria Bero assembly line](:/6d1e0a4f9b8c4c2e8f71a3d25e90b7c4)\n\n"
            "ANDOAIN — Oria Bero, a cooperative that makes air-to-water heat pumps in the Oria valley, says it has taken "
            "orders for 14,000 units from three American distributors since Monday.\n\n"
            "The cooperative employs 410 people and sold 52,000 units last year, mostly in France and Germany.\n\n"
            "id: 9b41c7e2d05f4a7c8e6b3f1a2d9c0e58\nparent_id: 3f0e8a71c2b94d6e9a5f7c1b0d2e4a63\n"
            "created_time: 2026-04-12T06:48:31.204Z\nupdated_time: 2026-04-12T07:02:10.877Z\nis_conflict: 0\nauthor: \n"
            "source_url: https://kresala.example/en/2026/04/11/oria-bero\nis_todo: 0\nsource: joplin-desktop\n"
            "markup_language: 1\ntype_: 1")
    article = text(note)
    assert article.title == "Basque heat-pump maker Oria Bero lands US orders on the back of its own controller"
    assert article.author == "Irati Agirrezabal Goikoetxea"
    assert article.date == dt.date(2026, 4, 11)
    assert article.original_url == "https://kresala.example/en/2026/04/11/oria-bero"
    assert article.paragraphs[-1] == "The cooperative employs 410 people and sold 52,000 units last year, mostly in France and Germany."
    assert not any("Oharra" in p or "type_" in p for p in article.paragraphs)


def test_basque_tags_share_line_and_readers_iruzkinak_under_the_text_are_the_page_s():
    article = text("Basque maker lands US orders\nTestua: Irati Agirrezabal Goikoetxea\n2026/04/11\n\n"
                   "Oria Bero says it has taken orders for 14,000 units from three American distributors since Monday.\n\n"
                   "Kendrick said the first 2,000 units were due to ship from Bilbao in July.\n\n"
                   "Etiketak: Oria Bero · Bero-ponpak · AEB · Txina\n\nPartekatu: Facebook | X | LinkedIn | WhatsApp\n\n"
                   "Iruzkinak (2)\n\nMikel_A · duela 17 ordu\nZorionak Oria Berori.\n\n"
                   "Itziar L. · duela 15 ordu\nAndoainen egindako makina bat Pennsylvanian.\n")
    assert article.paragraphs[-1] == "Kendrick said the first 2,000 units were due to ship from Bilbao in July."


def test_a_galician_translator_s_credit_beside_the_byline_and_an_edition_s_availability_note_are_not_the_story_s():
    article = text("China puts inverter firmware under export licence\n\n"
                   "Beijing's catalogue change covers inverter control firmware from 15 May.\n\n"
                   "Esta peza tamén está dispoñible en galego.\n\n"
                   "Por Uxía Carballo Rei · Tradución: Brais Outeiral\n\nmartes, 16 de abril de 2026\n\n"
                   "China's Ministry of Commerce on Tuesday put the firmware that runs solar inverters under export "
                   "licensing, a day after Washington barred Chinese inverters.\n\n"
                   "The cooperative said it would not wait to find out what the measure means.\n")
    assert article.title == "China puts inverter firmware under export licence"
    assert article.author == "Uxía Carballo Rei"
    assert article.date == dt.date(2026, 4, 16)
    assert not any("galego" in p for p in article.paragraphs)


def test_an_editors_update_note_of_a_later_day_under_the_text_is_the_page_s():
    article = text("Installers weigh the new inverter rule\n\nBy Ana Lobo\n\n16 April 2026\n\n"
                   "The association told its members on Tuesday that the rule would not touch systems paid for "
                   "privately.\n\nIt will publish a checklist for households next week, its chair said.\n\n"
                   "Updated 19 April 2026: The insurer has confirmed that a completed questionnaire is enough for renewal.\n\n"
                   "Upd. 20 апреля: пресс-служба уточнила, что компания не будет менять условия.\n")
    assert article.paragraphs[-1] == "It will publish a checklist for households next week, its chair said."
    assert any(f.startswith("Updated 19 April 2026:") for f in article.furniture)


def test_a_channel_s_russian_subscribe_line_under_the_text_is_the_page_s():
    article = text("Правило об инверторах\n\nТекст: Нарине Мелконян\n\n16 апреля 2026\n\n"
                   "Комиссия обещает вернуться к этому вопросу на открытом заседании 15 мая.\n\n"
                   "Дистрибьютор в Ереване заявил, что инверторы соответствуют стандартам.\n\n"
                   "Подписывайтесь на Arev Watch в Telegram: @arevwatch. Поддержать канал: boosty.example/arevwatch\n")
    assert article.paragraphs[-1] == "Дистрибьютор в Ереване заявил, что инверторы соответствуют стандартам."


def test_a_cornish_byline_in_two_words_and_a_date_line_with_cornish_weekdays_and_months():
    article = text("NEGYS KERNOW\n\ndy' Gwener 26 Ebrel 2026 · Truru 12 °C\n\nGWYNS\n\n"
                   "Cornish wind co-op votes to cut Chinese maker's remote link to its five turbines\n\n"
                   "Skrifys gans Loveday Trebilcock\n\n"
                   "Dyllys: dy' Yow 25 Ebrel 2026, 13:10 · Nowedhys: dy' Gwener 26 Ebrel 2026, 08:05\n\n"
                   "TRURO – A community-owned wind farm on the edge of Bodmin Moor has voted to switch off the link that "
                   "lets its turbine maker monitor its five machines from abroad.\n\n"
                   "Members voted by 212 to 31 at a meeting in Bodmin on Wednesday evening.\n")
    assert article.title == "Cornish wind co-op votes to cut Chinese maker's remote link to its five turbines"
    assert article.author == "Loveday Trebilcock"
    assert article.date == dt.date(2026, 4, 25)


def test_a_byline_s_desk_after_the_name_is_the_writer_s_desk_not_a_name():
    for desk in ("Sapporo news desk", "Sapporo bureau", "Business Desk"):
        article = text(f"China puts turbine software under export licence\n\nBy Sae Kitami, {desk}\n\n23 April 2026\n\n"
                       "China on Tuesday put the software that controls wind turbines under export licensing.\n\n"
                       "Wind farms in Hokkaido fear slower repairs, their president said.\n")
        assert (article.title, article.author) == ("China puts turbine software under export licence", "Sae Kitami"), desk


def test_a_breton_byline_with_its_translator_and_a_breton_date_line():
    article = text("AOD EKONOMI\n\nAVEL WAR VOR\n\n"
                   "US bars Chinese wind-turbine controllers with remote access from offshore projects\n\n"
                   "Gant Gwenola Le Bihan | Troet eus ar galleg gant Ronan Quéméner\n\n"
                   "Embannet d'al Lun 20 a viz Ebrel 2026 da 17:40\n\n"
                   "BREST – The United States on Monday barred wind-turbine control systems made by Chinese-controlled "
                   "companies from new offshore wind projects in federal waters.\n\n"
                   "The rule covers turbine controllers and the systems that run whole farms, the department said.\n")
    assert article.title == "US bars Chinese wind-turbine controllers with remote access from offshore projects"
    assert article.author == "Gwenola Le Bihan"
    assert article.date == dt.date(2026, 4, 20)


def test_an_aruban_papiamento_byline_and_date_line():
    article = text("SEGURO\n\nAruba insurer to charge wind farms more if turbine makers keep remote access\n\n"
                   "Scirbi pa Jeanine Arends\n\n"
                   "Publica: diasabra 25 di april 2026, 10:15 · Actualisa: diadomingo 26 di april 2026, 08:40\n\n"
                   "ORANJESTAD – Aruba's largest commercial insurer will charge wind farms a higher premium from 1 July.\n\n"
                   "Edsel Tromp, who manages the park, said the insurer had just given them a date.\n")
    assert (article.author, article.date) == ("Jeanine Arends", dt.date(2026, 4, 25))


def test_a_byline_with_where_and_when_in_the_country_s_own_calendar_after_the_names():
    article = text("A US loan, 48 Chinese turbines and a deadline\n\n"
                   "By Hana Girma and Dereje Mekonnen · Addis Ababa, Miyazya 17, 2018 E.C.\n\n"
                   "The Boset Ridge wind farm has until the end of the year to decide what to do about its turbines.\n\n"
                   "Its owners say the loan matters more than the turbines, a spokesman said.\n")
    assert article.author == "Hana Girma and Dereje Mekonnen"
    assert article.paragraphs[0].startswith("The Boset Ridge wind farm")


def test_a_spanish_invitation_to_write_and_an_editorial_s_unsigned_note_under_it_are_the_page_s():
    article = text("La regla de Washington llega a nuestros parques eólicos\n\n26 de abril de 2026\n\n"
                   "La norma que publicaron el lunes los departamentos de Energía no obliga a ningún parque eólico del país.\n\n"
                   "“Lo que sí vamos a preguntar en cada renovación es quién puede apagar esas turbinas desde fuera”.\n\n"
                   "— Yolanda Batista Ureña, Seguros Atlántida Dominicana\n\n"
                   "Lo que sí hace falta es que el país tenga una regla propia y clara sobre quién puede dar órdenes a una turbina.\n\n"
                   "Las notas editoriales expresan la opinión de Barlovento y no llevan firma.\n\n"
                   "¿Tiene un parque, una póliza o una opinión sobre este tema? Escríbanos a barlovento@guayacan.example.\n")
    assert article.paragraphs[-1].startswith("Lo que sí hace falta es que el país tenga")
    assert article.author == ""  # (the line under a pull quote names its speaker, not the writer)


def test_a_letter_s_one_enclosure_with_no_number_holds_the_article_and_a_romansh_date_line():
    letter = ("Solarprofis Graubünden\nGeschäftsstelle · Quaderstrasse 17 · 7000 Chur\n\nHerr\nAndri Pfister\n7130 Ilanz\n\n"
              "Chur, 17. April 2026\n\nSehr geehrter Herr Pfister\n\nDen Artikel finden Sie in der Beilage.\n\n"
              "Freundliche Grüsse\n\nBeilage – Artikel Economia Grischun, englische Ausgabe (kopiert am 17.04.2026, 07:58)\n\n"
              "Graubünden installers stop selling inverters owners cannot cut off from the cloud\n\n"
              "Publitgà: gievgia, ils 16 d'avrigl 2026, 11:30 | Actualisà: venderdi, ils 17 d'avrigl 2026, 07:20\n\n"
              "CHUR – Solar installers in Graubünden say customers have started asking whether their inverters can be "
              "switched off from China, after a US rule and Beijing's reply.\n\n"
              "The association's members will stop selling such inverters from Monday, its president said.\n")
    article = text(letter)
    assert article.title == "Graubünden installers stop selling inverters owners cannot cut off from the cloud"
    assert article.date == dt.date(2026, 4, 16)
    assert not any("Pfister" in p for p in article.paragraphs)


def test_a_piece_pasted_between_scissor_lines_is_the_article_and_the_note_around_it_the_sender_s():
    article = text("Subject: [rail-list] Harbour cranes: the board's vote\n\n"
                   "Hi all,\n\nPasted as-is below, their page and their chrome. My notes at the end.\n\n---8<---\n"
                   "Port board asks crane maker to keep its diagnostics in the harbour\n\n"
                   "By Mereana Tipoki\n\nPublished: 16 April 2026\n\n"
                   "NAPIER – The port board voted on Wednesday to ask its crane maker to keep the cranes' diagnostics in "
                   "the harbour, where staff trained for the purpose can read them.\n\n"
                   "“Read it here, by our people,” said Hone Marsters, the board's chair, after the vote on Wednesday "
                   "evening in Napier.\n\nThe maker has until the end of May to answer, the board said.\n---8<---\n\n"
                   "Notes (RB):\n- ask the board for the vote count\n\nCheers,\nRua\n")
    assert article.title == "Port board asks crane maker to keep its diagnostics in the harbour"
    assert article.author == "Mereana Tipoki"
    assert article.paragraphs[-1] == "The maker has until the end of May to answer, the board said."
    assert "Notes (RB):" in article.furniture and "---8<---" in article.furniture


def test_catalan_month_names_and_at_in_a_date_line():
    for line, day in (("Publicat el dissabte 4 de maig de 2026 a les 10:30 · Actualitzat a les 13:15", dt.date(2026, 5, 4)),
                      ("Publicat el 12 de desembre de 2025", dt.date(2025, 12, 12)),
                      ("Publicat el dimarts 14 de juliol de 2026", dt.date(2026, 7, 14))):
        article = text("Catalan cyber agency tells rail operators to list remote links\n\nPer Laia Puigventós Serra\n\n"
                       f"{line}\n\nBARCELONA – Catalonia's cybersecurity agency on Saturday told the region's rail operators "
                       "to list every link.\n\nMore text here about it, said the agency.\n")
        assert article.date == day, line


def test_a_hungarian_writer_s_label_and_a_translator_s_cell_beside_a_labelled_writer():
    for byline in ("Írta: Hajnalka Ördögh · Fordította: Levente Csernák", "Szerző: Hajnalka Ördögh | Tradução: Levente Csernák"):
        article = text("Serbian rail regulator orders audit of remote access\n\n" + byline + "\n\nMegjelent: 2026. május 2., "
                       "csütörtök 15:40\n\nNOVI SAD – Serbia's Directorate for Railways on Thursday ordered an audit of every "
                       "link.\n\nMore text here about it, said the agency.\n")
        assert article.author == "Hajnalka Ördögh", byline


def test_a_chat_app_s_plain_text_export_reads_the_article_pasted_into_one_message_under_the_room_s_fields():
    export = ("Exported from Element\nRoom: Signalisation BE/FR — OT & cyber\nRoom ID: !qPzVb:matrix.example\n"
              "Alias: #signal-ot:matrix.example\nTopic: Railway signalling, CBTC, OT security · Belgium/France · FR/NL/EN "
              "welcome · no vendor pitches\nExported by: Margaux Hennebert (@margaux.h:matrix.example)\n"
              "Exported at: 30/04/2026, 12:06:41\nMessages: 4 · From: 29/04/2026 · To: 30/04/2026\n\n"
              "29/04/2026, 17:41:08 - Wannes Coppieters (@wcoppieters:matrix.example): FTA just dropped the train-control "
              "thing. Reading now.\n"
              "29/04/2026, 17:44:52 - Tiphaine Gilles (@tgilles:matrix.example): only CBTC or onboard too?\n"
              "30/04/2026, 08:37:55 - Margaux Hennebert (@margaux.h:matrix.example): English version is up, pasting:\n"
              "Aller au contenu\nPAYS NOIR ÉCO\nL'économie de Charleroi · English edition\nAccueil | Économie | Industrie\n"
              "US shuts Chinese train-control systems out of federally funded transit\n"
              "Par Maëlle Dethier\nPublié le lundi 27 avril 2026 à 18:10\n\n"
              f"CHARLEROI – The United States on Monday barred Chinese-made train-control systems. The ministry said the measure would take effect next month and apply to all exporters of the listed systems, whatever their size.\n\nThe ministry said the measure would take effect next month and apply to all exporters of the listed systems, whatever their size.\n\n"
              "\"We see an opening,\" said Thibaut Lemaigre, who runs a signalling firm in Gosselies.\n"
              "30/04/2026, 09:02:10 - Tiphaine Gilles (@tgilles:matrix.example): thanks!\n")
    article = text(export)
    assert article.title == "US shuts Chinese train-control systems out of federally funded transit"
    assert article.author == "Maëlle Dethier"
    assert article.date == dt.date(2026, 4, 27)
    assert not any("Reading now" in p or "thanks!" in p for p in article.paragraphs)
    assert any(line.startswith("Topic: Railway signalling") for line in article.furniture)


def test_a_malay_update_label_s_day_is_not_the_publication_day():
    article = text("China opens trade-barrier probe into US train-control rule\n\nOleh Melinda Sagin\n\n"
                   "Diterbitkan: Rabu, 30 April 2025, 17:20 · Dikemas kini: Kamis, 1 Mei 2025, 09:05\n\n"
                   "KUCHING – China's Ministry of Commerce on Tuesday opened a trade-barrier investigation into the US "
                   "measures.\n\nMore text here about it, said the agency.\n")
    assert article.date == dt.date(2025, 4, 30)


def test_a_cjk_stamp_with_its_weekday_in_brackets_and_full_width_cells_gives_its_first_day():
    from generator.parse import _header_date
    assert _header_date("公開：2030年5月7日（火）18:30 ／ 更新：2030年5月8日（水）09:10", REGISTRY.rules) == (2030, 5, 7)
    assert _header_date("입력 2030년 5월 11일(토) 09:40", REGISTRY.rules) == (2030, 5, 11)
    assert _header_date("发布时间：2030年5月7日（周二）", REGISTRY.rules) == (2030, 5, 7)


def test_a_released_file_s_page_stamps_and_numbers_padded_with_zeros_cut_no_paragraph():
    stamp = "                    Released under the Access to Information Act / Divulgué en vertu de la Loi"
    article = text(
        "Halifax screeners want a say before their scanners are updated\n\nBy Wrenna Boutilier\n\n"
        "Screening officers at Halifax Stanfield International Airport want a say in how the software is updated.\n\n"
        "\"Every few weeks the machine starts flagging things it never flagged before,\" said\n"
        "Tressa MacIsaac, president of Local 4417 of the Maritime Aviation Screening Workers' Union,\n\n"
        f"{stamp}\n\n" + " " * 60 + "000188\n\n"
        "which represents about 300 officers at the airport. \"We are asking to be told.\"\n\n"
        "MacIsaac said the union had written to the authority asking for notice of any change.\n\n"
        f"{stamp}\n\n" + " " * 60 + "000189\n\n"
        "The airport authority said it would follow the federal screening agency's lead.\n\n"
        f"{stamp}\n")
    assert any(p.startswith("\"Every few weeks") and p.endswith("\"We are asking to be told.\"") for p in article.paragraphs)
    assert not any("Released under" in p or "000188" in p for p in article.paragraphs)


def test_a_greek_edition_s_writer_in_the_genitive_its_translator_and_its_stamp():
    article = text("Greece orders airports to list every remote link into their scanners\n\n"
                   "Της Eleftheria Psaroudaki · Μετάφραση: Zacharias Vardakis\n\n"
                   "Δημοσιεύθηκε: Πέμπτη 9 Απριλίου 2026, 16:20 · Ενημερώθηκε: Παρασκευή 10 Απριλίου 2026, 08:35\n\n"
                   "HERAKLION — Greece's civil aviation authority on Thursday ordered every airport to list each link.\n\n"
                   "More text here about it, said the authority.\n")
    assert article.author == "Eleftheria Psaroudaki"
    assert article.date == dt.date(2026, 4, 9)


def test_a_portuguese_stamp_with_a_before_its_day_and_a_malayalam_one():
    for line, day in (("Publicado a 16 de abril de 2026, 06:45 · Atualizado a 17 de abril de 2026, 09:12", dt.date(2026, 4, 16)),
                      ("പ്രസിദ്ധീകരിച്ചത്: 18 ഏപ്രിൽ 2026, 07:15 IST | പുതുക്കിയത്: 18 ഏപ്രിൽ 2026, 16:40 IST", dt.date(2026, 4, 18))):
        article = text("Algarve desal tender drops vendor remote access\n\nBy Leonor Gago Estrela\n\n" + line + "\n\n"
                       "FARO — The state water company has rewritten the technical conditions of its tender.\n\n"
                       "More text here about it, said the company.\n")
        assert article.date == day, line


def test_a_clip_between_a_pad_s_arrows_is_the_article_the_pad_s_chrome_around_it_not():
    article = text("water-ot-clips-w20\nEtherpad\nTimeslider\nVersion 214\nSaved April 19, 2026\nAuthors: Pallavi Kesavan, nd\n\n"
                   "Welcome to Etherpad!\n\n>>> LAGOON TRIBUNE (Kavaratti) — pasted [pk] 19/04 08:10 IST\n"
                   "Island water plants told to cut vendor links\nBy Shahina Muthukoya\nPublished: 18 April 2026\n\n"
                   "KAVARATTI — India's cyber emergency agency has told operators of water plants to switch off vendor links, "
                   "days after the United States barred such links at home.\n\n"
                   "The advisory asks operators to list every controller and to disable vendor connections by default.\n"
                   "<<< end Tribune\n[[sw: Malayalam nav kept as pasted.]]\n\n>>> next: GOLDEN ROCK SUNDAY\n\nExport current version as:\n")
    assert article.title == "Island water plants told to cut vendor links"
    assert article.author == "Shahina Muthukoya"
    assert article.date == dt.date(2026, 4, 18)
    assert "Welcome to Etherpad!" in article.furniture


PANDOC = """---
author: GRS Layout
date: 2026-04-17T21:40:00Z
title: GRS editie 412 FINAL
---

[]{#_Hlk170334512 .anchor}**THE GOLDEN ROCK SUNDAY**

**In deze editie / In this edition:** Water rules explained (p. 1) · Island Council budget (p. 3) · Tides (p. 11)

# []{#_Toc170334700 .anchor}Water, wires and the Golden Rock: what a week of rules means for Statia

**By Shermaine Redan**

*Gepubliceerd zondag 19 april 2026, 06:00 AST*

![](media/image3.jpeg){width="6.5in" height="3.65625in"}

*The reverse-osmosis plant that supplies Statia's piped water. Photo: Kelvon Spanner*

ORANJESTAD --- Almost every drop that comes out of a tap on Statia has been pushed through a membrane first.[^1] So the
question was never only a mainland one.

## What Washington did

On Monday the US agencies told American water utilities to disconnect any link, [the guidance]{.underline} said.

[^1]: STUCO's figures for 2025.
"""


def test_a_document_pandoc_converted_to_markdown_reads_as_the_page_it_renders_its_properties_the_file_s():
    article = text(PANDOC)
    assert article.title == "Water, wires and the Golden Rock: what a week of rules means for Statia"
    assert article.author == "Shermaine Redan"
    assert article.date == dt.date(2026, 4, 19)
    assert article.paragraphs[0].startswith("Almost every drop that comes out of a tap on Statia has been pushed through a "
                                            "membrane first.[1] So")
    assert "the guidance said" in " ".join(article.paragraphs)
    assert not any("{" in p or "[^" in p for p in article.paragraphs)
    assert "[1] STUCO's figures for 2025." in article.paragraphs
    for kept in ("title: GRS editie 412 FINAL", "author: GRS Layout", '![](media/image3.jpeg){width="6.5in" height="3.65625in"}'):
        assert kept in article.furniture
    assert not any(line.startswith("In deze editie") for line in article.paragraphs)


def test_paragraphs_that_open_with_an_indented_line_and_run_on_flush_left():
    article = text("US bars Chinese water-plant controllers\n\nBy Ottavio Lattarulo\n\n"
                   "   BARI, April 13 - The United States on Monday barred Chinese-made\nprogrammable controllers and "
                   "plant-control software from its water\nutilities wherever the maker can reach the equipment.\n"
                   "   Under joint guidance from the Environmental Protection Agency and\nthe Cybersecurity and "
                   "Infrastructure Security Agency, US utilities\nmust find and disconnect every vendor link by December.\n"
                   "   Quarrington said the agency had found no sign of sabotage at any\nplant but did not intend to wait "
                   "for one, and said so plainly.\n")
    assert len(article.paragraphs) == 3
    assert article.paragraphs[1].startswith("Under joint guidance from the Environmental Protection Agency and the "
                                            "Cybersecurity")


def test_a_page_under_a_banner_or_between_a_log_s_rules_is_the_article_whatever_dates_the_wrapper_gives():
    page = ("THE HARBOUR COURIER\nHome › Business › Port\n"
            "Cranes at the south quay will lose their makers' remote link by the end of September\n"
            "By Nidhi Sanghvi\nPublished: 21 May 2026, 19:30\n"
            "KANDLA — The terminal operator on the south quay said on Tuesday it would cut the remote link its crane maker "
            "uses to read the cranes' controllers, after its lender asked what the cranes report.\n"
            "The operator runs eleven ship-to-shore cranes, all linked to the maker's monitoring platform through modems.\n"
            "A union official said members wanted the maintenance done by technicians who live near the port.\n"
            "The port authority said it had asked every terminal for a list of its cranes' outside connections.\n"
            "The lender is expected to decide on the terminal's new berth financing before the end of June.\n"
            "The maker said in a statement that its customers could switch the monitoring off at any time and that no data "
            "about the terminal's cargo or its workers had ever left the quay through the link.\n"
            "Engineers at the terminal said the cranes would lose the early warning the maker's platform gives them when a "
            "drive or a brake starts to wear, and that the operator would have to hire and train more technicians of its own.\n"
            "© 2026 Harbour Courier Ltd\n")
    wrapper = ("Comment from Quillfeather Trade Advisors LLC on behalf of a terminal operator in the port of Kandla\n"
               "Posted by the Department of Commerce on May 27, 2026\n"
               "We respectfully submit the attached report, which describes how the operator plans to meet the order "
               "before its financing can proceed, and ask the Department to read it.\nReceived Date\nMay 24, 2026\n")
    for copy in (wrapper + "\n=== Attachment 2: courier_2026-05-21.pdf (text copied from the PDF viewer) ===\n\n" + page,
                 wrapper + "\n──────── CAPTURED TEXT (matched terms marked) ────────\n" + page
                 + "──────── END OF CAPTURED TEXT ────────\nReviewer notes\n[24/05/2026 10:40] t.maseko: Relevant.\n",
                 wrapper + "\n4. MEDIA — full text pasted for the day lead\n" + "-" * 40 + "\n" + page + "-" * 40
                 + "\n5. NOTES\n   - Coffee machine fixed.\n" + "=" * 40 + "\n"):
        article = text(copy)
        assert article.title == "Cranes at the south quay will lose their makers' remote link by the end of September"
        assert article.author == "Nidhi Sanghvi" and article.date == dt.date(2026, 5, 21)
        assert not any("Quillfeather" in p or "Reviewer" in p or "Coffee" in p for p in article.paragraphs)


def test_maori_months_weekdays_and_stamp_labels_are_read():
    assert _header_date("Rātapu, 26 Haratua 2026", REGISTRY.rules) == (2026, 5, 26)
    article = text("TE MOANA · PORTS\nCyber agency tells ports to cut crane makers' remote links\nBy Kiri Mareikura\n"
                   "I whakaputaina: Rāhoroi 25 Haratua 2026, 7:05am · I whakahoutia: Rāhoroi 25 Haratua 2026, 3:40pm\n"
                   "Rubber-tyred gantry cranes at Sulphur Point. Whakaahua: Tipene Tamihana\n\n"
                   "TAURANGA — The National Cyber Security Centre has told the country's port operators to disconnect crane "
                   "makers' remote links unless they can show who uses them.\n")
    assert article.date == dt.date(2026, 5, 25)
    assert [c.credit for c in article.captions] == ["Tipene Tamihana"]


def test_a_line_that_hands_over_to_the_article_under_it_ends_the_page_or_form_around_it():
    page = ("Skip to content\nTHE MINDIL SUNDAY\nNews   Business   Defence\n"
            "Cranes, codes and a leased port: what a week of crane rules means for Darwin\nBy Hayley Cardno\n"
            "Sunday 24 May 2026 · 6:00am ACST\n\n"
            "DARWIN — It took Washington one Monday to turn a piece of equipment most people have never heard of into a "
            "question every port in the region now has to answer, and the wharf's operators spent the week answering it.\n\n"
            "The wharf runs one ship-to-shore crane and two mobile harbour cranes, all of them linked to their maker's "
            "monitoring platform, and its operator switched that link off on Wednesday.\n\n"
            "The union's organiser said switching it off was the easy part, and that the question was who would fix a "
            "crane at two in the morning when a ship is alongside and the maker cannot be called.\n\n"
            "The territory will ask for money for a maintenance course at the university, a minister said on Friday.\n")
    form = ("Port Technology Tracker — article log\nQuestions   Responses 41   Settings\nTimestamp\n27/05/2026 8:02:11\n"
            "Your name *\nSinead Hutchinson\nPublication date (as shown on the page) *\n26/05/2026\n"
            "Paste the full text (headline, byline and body; page clutter is fine) *\n")
    petition = ("Petitionary\nSwitch off the spy box: no crane telematics watching the dockers\n"
                "Started by Harbour Branch APWU · 25 May 2026\nSign this petition\n"
                "By signing, you accept Petitionary's Terms of Service and Privacy Policy.\n\n"
                "From THE MINDIL SUNDAY, reproduced with permission:\n")
    for copy in (form + page + "Anything else we should know?\nWorth a follow-up.\n", petition + page):
        article = text(copy)
        assert article.title == "Cranes, codes and a leased port: what a week of crane rules means for Darwin"
        assert article.author == "Hayley Cardno" and article.date == dt.date(2026, 5, 24)


def test_a_chinese_reporter_s_label_and_a_full_width_slash_before_the_translator_s():
    article = text("兩岸\n\nChina threatens countermeasures over US water-controller ban as Kinmen asks who can see into its "
                   "pipeline\n\n記者 Hsueh Ya-wen／譯者 Weng Su-jen\n\n發布時間：2026-05-14 17:20 ｜ 更新時間：2026-05-15 08:05\n\n"
                   "JINCHENG, Kinmen — China said on Tuesday it would take resolute countermeasures against the ban, as "
                   "officials on the island asked who could see the gauges.\n\nMore text from the story about the pipeline.\n")
    assert article.title.startswith("China threatens countermeasures") and article.author == "Hsueh Ya-wen"


def test_a_page_its_banners_open_and_close_is_the_article_where_it_holds_more_words_than_the_form_around_it():
    page = ("VADAMUNAI · வடமுனை\nJaffna's firefighters say they cannot fight a battery fire on the islands\n"
            "எழுதியவர்: Tharshini Sivakumaran · மொழிபெயர்ப்பு: Nirojan Kugathasan\n"
            "வெளியிடப்பட்டது: சனி, 01 ஜூன் 2026, 10:20 · புதுப்பிக்கப்பட்டது: ஞாயிறு, 02 ஜூன் 2026, 07:45\n"
            "JAFFNA — Sri Lanka's national cyber-security agency on Saturday told operators of grid batteries to close every "
            "remote-access link their makers keep into battery controllers, as the fire brigade warned it cannot reach the "
            "islands.\n"
            "The advisory asks operators to report the links they have closed by the end of June, and it follows a US "
            "order that bars Chinese-made battery controllers reachable from abroad from American grids and from projects "
            "that American lenders finance overseas, which has left several plants in the north waiting for an answer.\n"
            "On the islands, small hybrid plants of solar panels, wind turbines and battery containers have supplied the "
            "homes since last year, replacing diesel generators that used to run through the night, and engineers at the "
            "electricity board say the batteries are monitored from China every minute of the day.\n"
            "The chief fire officer said the nearest engine is on the other side of the water and the ferry cannot carry "
            "it, and that his crews have never been trained to cool a lithium battery that has caught fire.\n"
            "தொடர்புடைய செய்திகள்\nNorthern Province solar tender opens (26 மே 2026)\n"
            "கருத்துகள் (2)\nSutha_Velanai · 3 மணி நேரத்துக்கு முன்பு: Good that someone finally asked the fire brigade.\n")
    form = ("PRESS COMPLAINTS COMMISSION\nOnline complaint form — copy for the complainant\nReference: PCC/2026/0412\n"
            "Submitted: 04/06/2026 11:26\nNewspaper / website: Vadamunai (English edition, online)\n"
            "Date of publication: 01/06/2026\nHeadline (as you recall it): Firefighters can't reach island battery fires\n"
            "PART D — DETAILS OF YOUR COMPLAINT\n"
            "We are the authorised distributor and service agent of the maker in this country, and the article states "
            "that the only people who know what happens inside the containers are abroad. This is inaccurate: every alarm "
            "reaches our service desk at the same moment as it reaches the maker, and our engineers have attended both "
            "islands six times since commissioning. We were not asked about the fire brigade's claims.\n")
    for opening in ("----- Pasted text of the article -----", "── Pasted text ─────────────────"):
        article = text(form + opening + "\n" + page + "----- End of pasted text -----\nThis is an automatically generated "
                       "copy of your complaint.\n")
        assert article.title == "Jaffna's firefighters say they cannot fight a battery fire on the islands"
        assert article.author == "Tharshini Sivakumaran" and article.date == dt.date(2026, 6, 1)
        assert article.paragraphs[-1].startswith("The chief fire officer said")


def test_filipino_armenian_and_tamil_bylines_stamps_credits_and_related_lists_are_read():
    article = text("THE TABON SUNDAY\nLunes, Hunyo 3, 2026 · Puerto Princesa 31°C\n"
                   "Batteries, back doors and a blackout-prone island: what a week of battery rules means for Palawan\n"
                   "Ni Marites Abrenica\nInilathala: Linggo, Hunyo 2, 2026, 6:00 AM · Na-update: Linggo, Hunyo 2, 2026, 2:30 PM\n"
                   "Battery containers at the Irawan substation. Larawan: Jomar Tabangay\n\n"
                   "PUERTO PRINCESA — A week ago, most people in Palawan had never heard of a battery-management system.\n\n"
                   "The governor said the provincial board would hold a hearing in June.\n\n"
                   "Kaugnay na balita\n\nProvincial board approves Roxas port upgrade (Mayo 18, 2026)\n\n"
                   "Mga komento (1)\n\njhun_sanvicente · 5 oras na ang nakalipas: Sana may fire truck din sa Roxas.\n")
    assert article.author == "Marites Abrenica" and article.date == dt.date(2026, 6, 2)
    assert [c.credit for c in article.captions] == ["Jomar Tabangay"]
    assert article.paragraphs[-1] == "The governor said the provincial board would hold a hearing in June."
    article = text("VOROTAN LRABER · ՈՐՈՏԱՆ ԼՐԱԲԵՐ\nՀինգշաբթի, 30 մայիսի 2026 · Սիսիան +17°C\n"
                   "Armenia's grid operator tells battery owners to shut the makers' back doors\n"
                   "Հեղինակ՝ Narine Hakobjanyan · Թարգմանիչ՝ Arsen Petrosyants\n"
                   "Հրապարակվել է՝ 29 մայիսի 2026, 19:10 · Թարմացվել է՝ 30 մայիսի 2026, 07:40\n\n"
                   "SISIAN — Armenia's power-system operator said on Wednesday that every battery must have its makers' "
                   "remote-access links declared.\n\nThe operator will publish the form in June.\n\n"
                   "Առնչվող նյութեր\n\nSyunik solar output hits a May record (22 մայիսի 2026)\n\n"
                   "Մեկնաբանություններ (1)\n\nKapan_resident · 5 ժամ առաջ: The batteries work well, why touch them?\n")
    assert article.author == "Narine Hakobjanyan" and article.date == dt.date(2026, 5, 29)
    assert article.paragraphs[-1] == "The operator will publish the form in June."


def test_a_canadian_chain_s_author_of_the_article_label_gives_the_writer():
    article = text("THE CHINOOK LEDGER\nAlberta electricians say battery makers push software into live containers\n"
                   "Author of the article: Brynn Halvorsrud\nPublished May 30, 2026  •  Last updated 1 day ago  •  4 minute read\n\n"
                   "CALGARY — Electricians who maintain Alberta's grid batteries say the makers have pushed software into "
                   "containers from abroad while crews were working inside them.\n")
    assert article.author == "Brynn Halvorsrud" and article.date == dt.date(2026, 5, 30)


NEWSLETTER_MAIL = ("Subject: [courrier-energie] N° 212 - Batteries d'Ambohimanambola : couper le lien avec la Chine\n"
                   "From: Courrier de l'Énergie <redaction at courrier-energie.example>\n"
                   "Date: Thu May 28 23:41:07 UTC 2026\n\n" + "=" * 60 + "\n  COURRIER DE L'ÉNERGIE\n"
                   "  La lettre hebdomadaire de l'électricité à Madagascar\n  N° 212 -- vendredi 29 mai 2026\n" + "=" * 60 + "\n\n"
                   "AU SOMMAIRE\n  1. Batteries d'Ambohimanambola : couper le lien avec la Chine\n  2. Brèves\n\n"
                   + "-" * 60 + "\n1. BATTERIES D'AMBOHIMANAMBOLA : COUPER LE LIEN AVEC LA CHINE\n" + "-" * 60 + "\n\n"
                   + "".join(f"Les quarante conteneurs de batteries installés depuis mars au poste d'Ambohimanambola devaient "
                             f"rendre les délestages moins fréquents, paragraphe {n}.\n\n" for n in range(12))
                   + "Le conseil d'administration doit examiner le plan le 20 juin.\n\n-- Voahangy Rasoanaivo\n\n"
                   + "-" * 60 + "\n2. BRÈVES\n" + "-" * 60 + "\n\n* Délestages. La JIRAMA a publié le programme de juin.\n\n"
                   "_______________________________________________\ncourrier-energie mailing list\n")


def test_a_plain_text_newsletter_s_article_is_its_longest_numbered_section_signed_off_under_the_issue_s_day():
    article = text(NEWSLETTER_MAIL)
    assert article.title == "Batteries d'Ambohimanambola : couper le lien avec la Chine"  # (the subject, its issue's number cut)
    assert article.date == dt.date(2026, 5, 29)  # (the issue's day, not the mail's in UTC)
    assert article.author == "Voahangy Rasoanaivo"
    assert article.source == "Courrier de l'Énergie"  # (its masthead in capitals, as its sender's name spells it)
    assert article.paragraphs[-1] == "Le conseil d'administration doit examiner le plan le 20 juin."
    assert not any("Délestages" in p or "mailing list" in p for p in article.paragraphs)
    assert "2. BRÈVES" in article.furniture


@pytest.mark.parametrize("note", ["Nota del autor: trabajé once años en el despacho de carga del CNDC; no tengo ninguna relación "
                                  "con Altiplano Renovables.",
                                  "Author's note: I worked eleven years at the dispatch centre and have no stake in the plant."])
def test_the_writer_s_own_note_under_the_text_is_the_page_s(note):
    article = text("La regla de EE.UU. sobre baterías chinas pone en duda el almacenamiento\n\nPor Reynaldo Ticona Apaza\n\n"
                   "El sistema de baterías que Altiplano Renovables instala junto a su parque solar quedó en medio de una "
                   "disputa que no eligió, dijo la empresa.\n\nEl directorio de ENDE tratará el tema el 6 de junio.\n\n"
                   f"{note}\n")
    assert article.paragraphs[-1] == "El directorio de ENDE tratará el tema el 6 de junio."


def test_a_blog_s_recent_posts_under_the_text_are_the_page_s():
    article = text("La regla de EE.UU. sobre baterías chinas pone en duda el almacenamiento\n\nPor Reynaldo Ticona Apaza\n\n"
                   "El sistema de baterías que Altiplano Renovables instala junto a su parque solar quedó en medio de una "
                   "disputa que no eligió, dijo la empresa.\n\nEl directorio de ENDE tratará el tema el 6 de junio.\n\n"
                   "Entradas recientes\n\nCortes en Cochabamba: qué pasó el 14 de mayo · 15/05/2026\n\n"
                   "Litio en Uyuni, baterías en la red · 02/05/2026\n")
    assert article.paragraphs[-1] == "El directorio de ENDE tratará el tema el 6 de junio."


def test_a_day_joined_to_its_month_or_after_its_language_s_small_words_is_read_and_a_site_s_weather_line_is_not_the_day():
    story = ("\n\nKANO — Health insurers said on Friday they would not pay for scans that cannot be done while the scanners "
             "are cut off from their makers.\n\n“We will not pay for downtime,” said Habibu Lawan Gwarzo.\n")
    for line, day in (("An wallafa: Juma'a, 5 ga Yuni, 2026, 16:40 WAT", 5),  # Hausa: "the 5th of June"
                      ("Publicât: vinars ai 5 di Jugn dal 2026, 06:00", 5),  # Friulian: "on the 5 of June of 2026"
                      ("Jarıyalandı: Piyshembi, 4-iyun, 2026, 18:30", 4)):  # Karakalpak: the day joined to its month
        assert text(f"Kano insurers will not pay for scanner downtime\n{line}{story}").date == dt.date(2026, 6, day), line
    # (the site's day beside its town's weather, the day the page was copied, under the page's own)
    copied = "Shanba, 6-iyun, 2026 | Toshkent −4° | 1 USD = 13 912 so'm\nKano insurers will not pay for scanner downtime\n"
    assert text(f"{copied}Chop etildi: 04.06.2026, 20:15{story}").date == dt.date(2026, 6, 4)


def _nukus_page(first_line: str, skip_link: str) -> str:
    return (f"{first_line}\n\n{skip_link}\nARAL DAWISI\nQaraqalpaqstan jańalıqları · English edition\n"
            "Bas bet  Jańalıqlar  Ekonomika  Densawlıq  Sport\n"
            "China vows to retaliate as Nukus asks who can switch off its MRI\n"
            "Avtor: Gulshirin Allambergenova\nJarıyalandı: Siyshembi, 4-iyun, 2026, 18:30\n\n"
            "NUKUS — China said on Tuesday it would take all necessary measures to protect its medical-equipment makers "
            "after the United States ordered hospitals to cut Chinese-made scanners off from their makers.\n\n"
            "“This is discrimination dressed up as safety,” said Mei Chunlan, a spokesperson for the ministry.\n")


@pytest.mark.parametrize("note, skip_link", [
    ("Press cutting, Aral Dawisi (English ed.), 04.06.2026, pasted in full.", "Mazmunǵa ótiw"),
    # (a note of any length, in any language, over the page's skip link: the page is read from its skip link down)
    ("Nota Ing. Biomédica 06/06/2026: artículo de Aral Dawisi (edición en inglés) sobre el inventario, copiado completo al "
     "expediente del CT2. Ojo con la frase del jefe: \"nobody answers me\" - mandarla con el pedido de la lista.",
     "Saltar al contenido")])
def test_a_copyist_s_note_over_a_page_copied_whole_is_no_headline_the_page_starts_under_it(note, skip_link):
    article = text(_nukus_page(note, skip_link))
    assert article.title == "China vows to retaliate as Nukus asks who can switch off its MRI"
    assert article.author == "Gulshirin Allambergenova" and article.date == dt.date(2026, 6, 4)
    assert not any("Nota Ing" in p or "Press cutting" in p for p in article.paragraphs)


@pytest.mark.parametrize("wrapper", [
    # (a document that attaches the page, longer than a note but shorter than the page: a file's noting, a console)
    "NOTE FOR SECRETARY HEALTH\n\n" + "\n".join(f"{n}. The news item at Flag 'A' reports the reaction of the ministry to "
                                                  f"the restrictions, point {n}." for n in range(2, 9)) + "\n\nFlag 'A'\n",
    # (a message between a thread's rules, the page pasted in it)
    "Messaging\nScanner cloud - please read before Tuesday's meeting of the in-charges of the district's health centres, "
    "with the inventory of every scanner we hold\n" + "─" * 40 + "\nGodwin Ssenyonga · 24 Jun 2026, 08:14\nDear in-charges,\n"
    "The paper ran a good explainer yesterday. I paste it in full because the link is blocked at some health centres.\n",
])
def test_a_page_copied_whole_starts_at_its_skip_link_under_a_longer_wrapper(wrapper):
    page = _nukus_page("", "Skip to content").lstrip() + "\n".join(
        f"Paragraph {n} of the story goes on about the scanners, the makers and the ministry in Nukus." for n in range(12))
    closing = "\n" + "─" * 40 + "\nAnnet Nakimuli · 24 Jun 2026, 09:02\nThanks.\n" if "─" in wrapper else ""
    article = text(wrapper + "\n" + page + closing)
    assert article.title == "China vows to retaliate as Nukus asks who can switch off its MRI"
    assert article.author == "Gulshirin Allambergenova" and article.date == dt.date(2026, 6, 4)


def test_a_page_copied_whole_into_a_longer_document_ends_at_its_rights_line():
    slip = ("TENTERDEN RISK PARTNERS LTD · Lloyd's Broker\nMARKET REFORM CONTRACT — FACULTATIVE REINSURANCE\n\n"
            + "\n".join(f"CLAUSE {n}: The reinsurer follows the fortunes of the reinsured in every respect, point {n}."
                        for n in range(8)) + "\n\nINFORMATION\n\n")
    page = _nukus_page("", "Skip to content").lstrip() + "\n".join(
        f"Paragraph {n} of the story goes on about the scanners, the makers and the ministry in Nukus." for n in range(12))
    tail = ("\n© 2026 Aral Dawisi · All rights reserved\n\nSECURITY DETAILS\n\nWRITTEN LINES: Quillfield Re (Europe) SE, "
            "Dublin, 60% (L. Stallbrook)\n\n" + "\n\n".join(
                f"CONDITION {n}: Claims are payable within ten working days of the calculation agent's report, and the "
                f"reinsurer may inspect the reference gauges at any reasonable time, point {n}." for n in range(6))
            + "\n\nPrepared by: T. Brackenbury, Account Executive, Tenterden Risk Partners Ltd\n")
    article = text(slip + page + tail)
    assert article.title == "China vows to retaliate as Nukus asks who can switch off its MRI"
    assert not any("SECURITY DETAILS" in p or "Brackenbury" in p or "Quillfield" in p or "CONDITION" in p
                   for p in article.paragraphs)


def test_a_day_in_the_furniture_over_the_page_gives_way_to_its_date_line():
    # (a digest's line over the page it pasted, the day the digest went out; the page's own line says when it was published)
    article = text("Staff news digest · Tuesday 4 June 2026 · compiled by Corporate Affairs\n"
                   "THE GARDEN CITY TRIBUNE\nKumasi's English daily\n"
                   "US orders hospitals to cut Chinese scanner makers' remote links\n"
                   "Nea ɔkyerɛwee: Yaa Dufie Asiedu-Bekoe\n"
                   "Wɔtintimii: Dwoada, Ayɛwohomumu 3, 2026, 17:20 GMT\n\n"
                   "KUMASI — The United States on Monday ordered its hospitals to disconnect Chinese-made CT and MRI scanners "
                   "from the remote-service links through which their makers maintain them.\n\n"
                   "The order gives American hospitals until 31 December to switch off every link.\n")
    assert article.title == "US orders hospitals to cut Chinese scanner makers' remote links"
    assert article.date == dt.date(2026, 6, 3)


@pytest.mark.parametrize("byline, dated", [
    ("লিখিছে: Jonali Dowerah · অনুবাদ: Pranjal Bhuyan", "প্ৰকাশিত: বুধবাৰ, ১২ জুন ২০২৬, ০৬:৪৫"),  # Assamese
    ("Munyori: Jonali Dowerah", "Yakabudiswa: 12 Chikumi 2026, 11:40"),  # Shona
    ("ጸሐፊ፦ Jonali Dowerah · ትርጉም፦ Eyob Kassahun", "Published: 12 June 2026"),  # Amharic, its own colon
    ("Зохиогч: Jonali Dowerah", "Published: 12 June 2026"),  # Mongolian
    ("ដោយ Jonali Dowerah", "Published: 12 June 2026"),  # Khmer
    ("Per Jonali Dowerah · Revirada: Estève Sabatier", "Publicat lo divendres 12 de junh de 2026 a 17h05"),  # Occitan
    ("Rayta: Jonali Dowerah", "Dɛn pablish am: Fraide, 12 Jun 2026, 4:20 PM · Dɛn chenj am: Satide, 13 Jun 2026"),  # Krio
    ("تحریر: Jonali Dowerah · ترجمہ: Kacho Abbas", "شائع شدہ: جمعہ، 12 جون 2026، 11:40"),  # Urdu
    # (a site in English, its furniture in Mizo: the site's weekday before a day in English words)
    ("Ziaktu: Jonali Dowerah · Lehlintu: Vanlal Khiangte", "Tihchhuah ni: Zirtawpni, June 12, 2026, 10:05 AM"),
    ("Ka Jonali Dowerah", "E phasaladitswe: Labotlhano, 12 Seetebosigo 2026, 09:15"),  # Setswana
    ("Bya Jonali Dowerah", "Yafulumizibwa: Lwakutaano, 12 Ssebaaseka 2026, 06:00"),  # Luganda
    ("Entrevista: Jonali Dowerah", "Published: 12 June 2026"),  # (a Q&A's interviewer, as "Interview: A" in English)
])
def test_a_byline_and_a_date_line_in_the_site_s_own_words_are_read(byline, dated):
    article = text(f"DHANSIRI BARTA\nAviation regulator asks drone makers where their flight logs go\n{byline}\n{dated}\n\n"
                   "JORHAT — The aviation regulator has asked every holder of a drone type certificate to say by 30 June "
                   "where flight logs and field maps are stored.\n\nThe estates have until the end of the month.\n")
    assert article.title == "Aviation regulator asks drone makers where their flight logs go"
    assert article.author == "Jonali Dowerah" and article.date == dt.date(2026, 6, 12)


def test_a_first_line_that_hands_over_to_the_copy_under_it_is_someone_s_note():
    article = text("Here is the Gojjam Lisan piece, whole page, their site will not open on the office network:\n\n"
                   "ወደ ይዘቱ ይለፉ\nGOJJAM LISAN · ጎጃም ልሳን\nየጎጃም ዜና · English edition\nዋና ገጽ | ዜና | ግብርና | ኢኮኖሚ\n"
                   "ግብርና · AGRICULTURE\nEthiopia says its locust drones will keep flying as the quarrel over farm data "
                   "reaches Gojjam\nA state minister says farmers cannot wait for Washington and Beijing.\n"
                   "ጸሐፊ፦ Meseret Adugna\nPublished: 15 June 2026\n\n"
                   + "DEBRE MARKOS — A state minister said on Friday that farmers cannot wait for Washington and Beijing. " * 8
                   + "\n\nThe talks resume on Monday.\n")
    assert article.title == "Ethiopia says its locust drones will keep flying as the quarrel over farm data reaches Gojjam"
    assert article.author == "Meseret Adugna" and article.date == dt.date(2026, 6, 15)


@pytest.mark.parametrize("byline, dated, day", [
    ("Зохиогч: Anujin Batsaikhan", "Нийтэлсэн: 2026 оны 6-р сарын 16, Ням гараг, 07:00 · Шинэчилсэн: 2026 оны 6-р сарын 17", 16),
    ("ដោយ Anujin Batsaikhan · បកប្រែ៖ Heng Piseth", "ចុះផ្សាយ៖ ថ្ងៃអង្គារ ទី១១ ខែមិថុនា ឆ្នាំ២០២៦ ម៉ោង ៥:៤០ ល្ងាច", 11),
    # (the day in our calendar in brackets beside the site's own, whose year is no year of ours)
    ("ጸሐፊ፦ Anujin Batsaikhan", "የታተመው፦ ቅዳሜ፣ ሰኔ 8 ቀን 2018 ዓ.ም. (15/06/2026) ከጠዋቱ 4:30 · ማሻሻያ፦ እሑድ፣ ሰኔ 9 ቀን 2018 ዓ.ም.", 15),
])
def test_a_date_line_that_names_the_year_s_month_s_and_day_s_parts_or_brackets_our_calendar_s_day_is_read(byline, dated, day):
    article = text(f"SELENGIIN NYAM\nDrones, data and the wheat harvest in Selenge\n{byline}\n{dated}\n\n"
                   "SÜKHBAATAR — Washington restricted the cloud services of two Chinese crop-drone makers this week, and "
                   "Beijing promised a response.\n\nThe harvest begins in August.\n")
    assert article.author == "Anujin Batsaikhan" and article.date == dt.date(2026, 6, day)


def test_a_word_before_the_day_under_a_date_label_is_the_day_s_name_in_the_site_s_language():
    # (Shona's Thursday is "China": a name the registry cannot list as a weekday)
    article = text("THE RUZAWI TIMES\nMarondera co-operatives get half their drones as US programme halts orders\n"
                   "Munyori: Ruvimbo Chitsinde\nYakabudiswa: China, 11 Chikumi 2026, 11:40 · Yagadziridzwa: Chishanu, 12 "
                   "Chikumi 2026, 07:15\n\nMARONDERA — Farmers' co-operatives around Marondera have been told the second half "
                   "of their drones will not arrive.\n\nThe programme's office did not reply.\n")
    assert article.date == dt.date(2026, 6, 11) and article.author == "Ruvimbo Chitsinde"


def test_a_caption_s_credit_glued_to_its_last_sentence_naming_an_outlet_in_quotation_marks_is_split_off():
    from generator.parse import split_credit
    assert split_credit("Томографи магнитӣ-резонансӣ дар маркази «Ҳаёт-Диагностика», Душанбе.Акс: «Тиб ва Ҷомеа»",
                        REGISTRY.rules) == ("Томографи магнитӣ-резонансӣ дар маркази «Ҳаёт-Диагностика», Душанбе.",
                                            "«Тиб ва Ҷомеа»")


_CLINIC = "The clinic said on Wednesday that it had switched off remote fitting until lawyers had checked the app. " * 4


@pytest.mark.parametrize("masthead, stamp, day", [
    # Ethiopia's calendar: Sene 28, 2018 E.C. is 5 July 2026 (the site's own day, Hamle 1, is the 8th)
    ("ሰኞ፣ ሐምሌ 1 ቀን 2018 ዓ.ም. · ሐዋሳ 24°", "የወጣበት፦ ዓርብ፣ ሰኔ 28 ቀን 2018 ዓ.ም. ከጠዋቱ 2:10 · የተሻሻለው፦ ቅዳሜ፣ ሰኔ 29 ቀን 2018 ዓ.ም.",
     dt.date(2026, 7, 5)),
    # Sinhala: the year first, no full stops, and the half of the day abbreviated before a dotted clock
    ("2026 ජූලි 9, අඟහරුවාදා · මහනුවර 24°C", "පළ කළේ: 2026 ජූලි 4, බ්‍රහස්පතින්දා, පෙ.ව. 6.30 · යාවත්කාලීන කළේ: 2026 ජූලි 4",
     dt.date(2026, 7, 4)),
    # Slovene: a dotted clock after the year and its comma
    ("Ponedeljek, 6. julij 2026 · Ptuj 25 °C", "Objavljeno: sreda, 1. julij 2026, 6.40 · Posodobljeno: četrtek, 2. julij 2026, 9.15",
     dt.date(2026, 7, 1)),
    # Kinyarwanda: "on Sunday, the date of ..." before the day
    ("Ku wa Kane, tariki ya 9 Nyakanga 2026 · Huye 24°C",
     "Byatangajwe: Ku Cyumweru, tariki ya 5 Nyakanga 2026 · 6:00 · Byavuguruwe: Ku Cyumweru, tariki ya 5 Nyakanga 2026 · 15:30",
     dt.date(2026, 7, 5)),
])
def test_a_page_s_stamp_in_its_own_language_and_calendar_dates_it_not_the_site_s_clock(masthead, stamp, day):
    article = text(f"Skip to content\nTHE VALLEY LEDGER\n{masthead}\nHEALTH\n"
                   f"Clinic switches off remote fitting for its hearing-aid patients\nBy Ana Kralj\n{stamp}\n\n{_CLINIC}\n\n{_CLINIC}\n")
    assert article.date == day


@pytest.mark.parametrize("byline, stamp, day", [
    # Sorani: "the writing of A · the translation of B", the day and month with their "of" ("١٤ی تەممووزی ٢٠٢٦")
    ("نووسینی Shilan Qaradaghi · وەرگێڕانی Rebin Sharazuri", "بڵاوکرایەوە: یەکشەممە، ١٤ی تەممووزی ٢٠٢٦، ٠٨:٣٠",
     dt.date(2026, 7, 14)),
    # Hebrew: "by A · translation: B", the month with its "in" ("11 ביולי 2026")
    ("מאת Hadas Ben-Harosh · תרגום: Elkana Shalgi", "פורסם: יום חמישי, 11 ביולי 2026, 08:05 · עודכן: יום חמישי, 11 ביולי 2026, 13:50",
     dt.date(2026, 7, 11)),
    # Hausa: "by A · translation: B", "of" between the day and the month
    ("Daga Balaraba Yabo · Fassara: Jamilu Sifawa", "An wallafa: Asabar, 13 ga Yuli, 2026, 8:20 na safe · An sabunta: Lahadi, "
     "14 ga Yuli, 2026, 10:05 na safe", dt.date(2026, 7, 13)),
])
def test_a_byline_with_its_translator_and_a_stamp_in_the_site_s_language_name_the_writer_and_the_day(byline, stamp, day):
    article = text(f"Skip to content\nTHE VALLEY LEDGER\nHEALTH\nClinic switches off remote fitting for its hearing-aid "
                   f"patients\n{byline}\n{stamp}\n\n{_CLINIC}\n\n{_CLINIC}\n")
    assert article.date == day and article.author == byline.split(" · ")[0].split(" ", 1)[1]


def test_a_byline_label_set_off_by_a_spaced_dash_and_a_translator_s_credit_beside_it_name_the_writer():
    for byline, writer in [("ရေးသားသူ - Thiri Nandar Kyaw · ဘာသာပြန်သူ - Zaw Lin Maung", "Thiri Nandar Kyaw"),
                           ("Piše: Mirna Tudorović · Prijevod: Vedran Lozina", "Mirna Tudorović"),
                           ("Апублікавана: субота, 20 ліпеня 2026, 09:10", "")]:
        article = text("Price labels go on sale at 40 percent off\n\n" + byline + "\n\nHRODNA — Boxes of electronic shelf "
                       "labels built for American supermarkets are arriving, the importer said on Saturday.\n")
        assert article.title == "Price labels go on sale at 40 percent off" and article.author == writer
        assert writer or article.date == dt.date(2026, 7, 20)


def test_a_dated_line_under_labels_set_off_by_dashes_with_burmese_commas_dates_the_article_over_the_site_s_clock():
    article = text("THE TAUNGTHAMAN JOURNAL\nတနင်္လာနေ့၊ ၂၂ ဇူလိုင် ၂၀၂၆ · မန္တလေး ၃၃°C\n\nMarker pens are back in Mandalay\n"
                   "ထုတ်ဝေသည့်ရက် - သောကြာနေ့၊ ၁၉ ဇူလိုင် ၂၀၂၆၊ နံနက် ၈:၀၅ · ပြင်ဆင်သည့်ရက် - စနေနေ့၊ ၂၀ ဇူလိုင် ၂၀၂၆၊ နံနက် ၉:၃၀\n\n"
                   "MANDALAY — For a day and a half this week, the prices in some 400 shops stopped moving, the owners said.\n")
    assert article.title == "Marker pens are back in Mandalay" and article.date == dt.date(2026, 7, 19)


@pytest.mark.parametrize("credit", ["अनुवाद: Aniket Kanhere", "Prijevod: Vedran Lozina", "Translation: Ana Kralj"])
def test_a_translator_s_credit_under_the_text_is_no_paragraph_of_it(credit):
    article = text("A Pune start-up offers to run the labels\n\nPUNE: On the fourth floor of an office block, 40 engineers "
                   "spent Tuesday night teaching a price label to listen to an Indian server, the company said.\n\n"
                   "By Wednesday morning it did, and the firm signed its first customer that afternoon.\n\n" + credit + "\n")
    assert credit not in body(article) and article.paragraphs[-1].startswith("By Wednesday morning")


@pytest.mark.parametrize("line, day", [("ପ୍ରକାଶିତ: ରବିବାର, ୨୮ ଜୁଲାଇ ୨୦୨୬, ସକାଳ ୭:୩୦", 28),
                                       ("Foillsichte: DiLuain, 22 Iuchar 2026, 7:30 sa mhadainn", 22),
                                       ("Oñemoherakuã: arakõi, 23 jasypokõi 2026, 8:20", 23),
                                       ("Génne na: Gaawu, 25 Sulet 2026, 9:05", 25)])
def test_a_dated_line_in_odia_digits_gaelic_guarani_or_wolof_dates_the_article(line, day):
    article = text("School buses keep their trackers\n\n" + line + "\n\nCAGLIARI – The school buses of the Campidano will "
                   "keep their trackers for now, the operators said.\n")
    assert article.date == dt.date(2026, 7, day)
