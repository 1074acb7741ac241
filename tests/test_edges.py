"""Edges: a paragraph that tells of the article itself (its making, its versions, its provenance) is read by its
shape, a piece that is its own subject with a verb of editing or a role credited by name, not by any outlet's wording.
The examples below are worded as no fixture words them."""
from __future__ import annotations

import pytest

from generator.edges import CONTACT_LINE, about_the_piece


@pytest.mark.parametrize("paragraph", [
    "Editor's note: This column was revised on 2 May to add the agency's response.",
    "Correction: A figure in the fourth paragraph has been changed.",
    "This essay is adapted from a lecture the author gave in Seoul in April. It was updated on 3 May to add new figures.",
    "An earlier version of this report misstated the tariff rate on wafers.",
    "The Long Game is produced by Ana Silva and edited by Tom Reed.",
    "Sound design is by Low Tide Studio. Fact checking by Maya Orr.",
    "Informal translation by Kettering & Hale.",
    "The French text of the decree prevails.",
    "Additional reporting by Noor Aziz",
    "Transcripts of WKR programmes may be revised. Audio on wkr.example may be edited after broadcast.",
    "(SOUNDBITE OF ARCHIVED BROADCAST)",
])
def test_a_paragraph_about_the_piece_is_told_by_its_shape(paragraph):
    assert about_the_piece(paragraph)


@pytest.mark.parametrize("paragraph", [
    "The talks were hosted by Saudi Arabia.",                       # a role word that news also uses
    "The rule was published by Commerce on Friday.",                # the thing published is the story's, not the page
    "This report was released on Tuesday by the ministry.",         # a report the story is about, no verb of editing
    "This commentary argues that the truce cannot last.",           # the piece's argument is its text
    "“The text was updated by the ministry,” she said.",            # someone's words
    "Editor's note:",                                               # a label alone is read with the note under it
])
def test_the_article_s_own_sentences_are_not(paragraph):
    assert not about_the_piece(paragraph)


def test_a_note_s_label_may_carry_its_day_and_a_note_may_be_in_parentheses():
    assert about_the_piece("Correction, Feb. 3: An earlier version of this story gave the wrong year for the tariff.")
    assert about_the_piece("Clarification (4 March 2026): The figure is for exports, not imports.")
    assert about_the_piece("(This story was based on reporting in Korean by Lee Min-ji.)")
    assert not about_the_piece("(The ministry did not respond to a request for comment.)")
    assert not about_the_piece("Correction of the market came in February, analysts said.")


def test_an_update_s_label_with_its_time_a_disclosure_and_a_guest_post_s_note_are_about_the_piece():
    assert about_the_piece("Update, 3 March, 09:15 AEDT: This story has been updated with comment from the trade minister.")
    assert not about_the_piece("Update: China said on Friday it would retaliate against the new tariffs.")
    assert about_the_piece("Disclosure: The Ledger's owner holds no shares in any company named in this story.")
    assert about_the_piece("This is a guest post by Mireille Osei, who covered shipping in Lagos for a decade.")
    assert about_the_piece("(Originally published on Mar 2, 2026, 08:10 PM IST)")


def test_which_language_binds_and_a_provisional_translation_s_note_are_about_the_piece():
    assert about_the_piece("(The English version is for reference only. In case of discrepancy, the Chinese version shall prevail.)")
    assert about_the_piece("*Note: This is a provisional translation for reference purposes only.")
    assert about_the_piece("This is an unofficial translation of the Korean original.")
    assert not about_the_piece("Note: China's exports of gallium fell by half in October.")
    assert not about_the_piece("This is a translation of the ministry's statement, which said exports fell.")


def test_an_update_s_stamp_with_its_reason_and_a_transcript_saying_what_it_is_are_about_the_piece():
    assert about_the_piece("Updated December 21, 2026, to reflect the Ministry of Commerce of China’s statement of December 19.")
    assert about_the_piece("This is a transcript of the radio story. Audio is highly produced and may differ from the text.")
    assert not about_the_piece("Updated figures released on Monday to reflect a new count showed exports fell.")


def test_a_transcript_s_note_that_it_is_a_translation_is_about_the_piece():
    assert about_the_piece("(This is an English translation of the Chinese transcript. In case of any discrepancy, the "
                           "Chinese version shall prevail.)")


def test_a_transcript_s_note_on_the_translation_above_it_is_about_the_piece():
    assert about_the_piece("(The above is an unofficial translation. The Chinese version shall prevail.)")


def test_an_update_s_correction_that_says_what_an_earlier_version_put_and_what_was_corrected():
    assert about_the_piece("Update, April 14: An earlier version of this post put March magnet exports to the US at 412 "
                           "tonnes. The correct figure, from the revised customs release, is 421 tonnes. The chart has been "
                           "updated.")


def test_a_note_on_whose_words_were_translated_and_by_whom_is_about_the_piece():
    assert about_the_piece("Quotes from Jens Oberhauser were translated from German by Metals Ledger.")
    assert not about_the_piece("Chinese exporters were translated into higher prices within weeks, traders said.")


def test_research_help_for_the_post_and_where_readers_send_tips_are_about_the_piece():
    assert about_the_piece("Research assistance for this post came from Ben Osei. Tips about enforcement cases are welcome at "
                           "nadia@dieshrink.news.")
    assert about_the_piece("Send tips to desk@example.news.")
    assert not about_the_piece("Tips about enforcement cases have doubled since January, officials said.")


def test_a_transcript_s_translation_note_and_a_writer_s_address_under_the_story():
    assert about_the_piece("(The above transcript is an English translation and is for reference only. The Chinese version "
                           "shall prevail.)")
    assert CONTACT_LINE.match("Reach Dale Kowalczyk at dkowalczyk@yvsentinel.com or 509-555-0142.")
    assert not CONTACT_LINE.match("Reach agreement at the talks, officials urged.")


def test_who_paid_for_the_reporting_a_site_s_reference_only_note_the_authors_thanks_and_whom_to_ask():
    assert about_the_piece("Reporting for this article was supported by the Halden Fund for Environmental Journalism. Quotes "
                           "from interviews conducted in Portuguese have been translated by the author.")
    assert about_the_piece("(All information published in this website in English is for reference only. In case of any "
                           "discrepancy, the Chinese version shall prevail.)")
    assert about_the_piece("If you have any questions concerning the material discussed in this client alert, please contact "
                           "the authors or your regular Ashcombe Reyes contact. The authors thank Leah Brenner, summer "
                           "associate, for her assistance in preparing this alert.")
    assert not about_the_piece("Research for the new fabs was supported by state subsidies, the ministry said.")


def test_a_print_edition_note_quoting_the_headline_it_ran_under_is_about_the_piece():
    assert about_the_piece('This article appeared in the The Americas section of the print edition under the headline "Parts '
                           'unknown"')
    assert not about_the_piece('The minister called the report "parts unknown" and left.')


def test_whose_original_a_translation_is_and_a_request_to_contact_the_authors_are_about_the_piece():
    assert about_the_piece("(Japanese original by Akiko Morimoto, Business News Department, and Shunsuke Oda, Beijing Bureau)")
    assert about_the_piece("Please contact any of the authors or your usual Brennan Voss contact if you have questions about "
                           "how these amendments may affect your transactions.")
    assert not about_the_piece("The original by Picasso was sold.")


def test_a_closing_note_that_the_article_is_in_another_language_too_is_about_the_piece_in_either_language():
    assert about_the_piece("This article is also available in Serbian.")
    assert about_the_piece("Ovaj tekst je dostupan i na srpskom jeziku. This article is also available in Serbian.")
    assert not about_the_piece("Ovaj tekst je dostupan. The cameras are available in Serbia from January.")


def test_a_blog_s_dated_edit_note_under_its_post_is_about_the_piece():
    assert about_the_piece("Edit, 11 December: a reader points out that the tender already asks for two module slots. Good.")
    assert about_the_piece("EDIT: fixed the figure for Chile.")
    assert not about_the_piece("Editing the rules will take the ministry until March, officials said.")


def test_a_radio_station_s_note_that_its_scripts_are_published_after_broadcast_is_about_the_piece():
    assert about_the_piece("Bulletin scripts are published after broadcast for listeners with hearing difficulties. "
                           "As broadcast; may differ slightly from the audio.")
    assert not about_the_piece("The ministry published the audio of the call on Tuesday.")


@pytest.mark.parametrize("note, about", [
    ("Updated 15 January 2026: we have added the price and closing date of the receiver swap for existing kits.", True),
    ("Update: we have added 40 jobs this year, the company said.", False),  # (a live blog's update opens news)
    ("Updated 3 May: we have added 40 jobs this year, the company said.", False),
])
def test_an_update_s_dated_label_over_what_the_writers_changed_is_about_the_piece(note, about):
    assert about_the_piece(note) is about


def test_a_correction_s_label_in_the_site_s_language_makes_a_note_about_the_piece():
    assert about_the_piece("Rectificatif, 10 mai 2030 : une version précédente de ce texte indiquait une autre date.")
    assert about_the_piece("Fe de erratas: una versión anterior de esta nota atribuía la cifra a la CEPA.")
    assert about_the_piece("Berichtigung: In einer früheren Fassung hieß es, die Regel gelte ab Juni.")
    # (its day in brackets; and in languages far from Europe's)
    assert about_the_piece("Marekebisho (13 Juni 2030): Toleo la kwanza la habari hii lilieleza kuwa chama kina ndege 20.")
    assert about_the_piece("Ralat: Versi sebelumnya dari berita ini menyebut jumlah klinik 14, seharusnya 12.")
    assert about_the_piece("Поправка от 12 июня: в первой версии материала была указана неверная дата.")
    assert about_the_piece("Düzeltme (14 Haziran 2030): Haberin ilk sürümünde rakam yanlış verilmişti.")
    assert about_the_piece("Mizajou, 19 jen 2030, 4:10 pm: Yon premye vèsyon atik sa a te di 48 aparèy; se 46 aparèy.")
    assert about_the_piece("Примітка редакції: матеріал оновлено 21 червня о 09:10 – додано відповідь компанії.")
    assert about_the_piece("Эзоҳи таҳририя (8 июн): Дар таҳрири аввали ин мавод маблағи қарз 21 миллион доллар навишта шуда буд.")
    assert not about_the_piece("Errata in the ministry's list were fixed on Tuesday, the agency said.")
