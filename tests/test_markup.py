"""Markup a text seed carries as text is read as the words it shows, its hidden parts kept as furniture."""
from __future__ import annotations

import datetime as dt
import json
import re

from generator.markup import asciidoc_as_text, caret_notation_as_text, markup_as_text, record_as_text, rtf_as_text, session_output, table_as_text, tiddler_as_text
from generator.markup import docbook_as_text, json_page_as_text, sla_as_text, smtp_session_as_text
from generator.markup import ci_log_as_text, python_session_as_text, rst_as_text
from generator.markup import chat_log_as_text, conllu_as_text, fenced_block_as_text, gift_as_text, glossed_as_text, gopher_menu_as_text, rcs_as_text, rec_as_text, sqlite_lines_as_text, textgrid_as_text, http_exchange_as_text, framed_lines_as_text, heredoc_as_text, outline_as_text, paged_rfc_as_text, postscript_as_text, tei_as_text, xml_leaf_as_text, r_console_as_text, scraped_item_as_text, unified_diff_as_text

from .test_parse import text

NITF = """view-source:https://coastnews.example/feeds/nitf/CN-20260416-0412.xml
<?xml version="1.0" encoding="UTF-8"?>
<!-- Coast News · syndication feed · generated 17/04/2026 06:02 -->
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>Short SEO title | Coast News</title>
    <docdata><date.issue norm="20260416T113000+0200"/><ed-msg info="Updated 17/04"/></docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Harbour co-op weighs local control of its 3,200 rooftop inverters</hl1></hedline>
      <byline>By <person>Uxía Carballo Rei</person></byline>
      <dateline><location><city>A Coruña</city></location> · <story.date norm="20260416">16 April 2026</story.date></dateline>
    </body.head>
    <body.content>
      <media media-type="image"><media-caption>Rooftop panels on a warehouse in Arteixo. Photo: Iago Souto</media-caption>
        <media-producer>Iago Souto</media-producer></media>
      <p>The energy cooperative Raiola, whose members' 3,200 rooftops report to a maker's cloud, said on Tuesday it would
      not wait to find out what the export measure means for them.</p><p>Its president said members would vote on
      local data loggers at the assembly on 27 April.</p>
      <p>The assembly will meet in Arteixo, where the co-op was founded in 2021 &amp; still has its office.</p>
    </body.content>
  </body>
</nitf>
"""


def test_a_news_item_s_xml_is_read_as_its_headline_byline_date_and_paragraphs():
    article = text(NITF)
    assert article.title == "Harbour co-op weighs local control of its 3,200 rooftop inverters"
    assert article.author == "Uxía Carballo Rei"
    assert article.date == dt.date(2026, 4, 16)
    assert article.paragraphs[0].startswith("The energy cooperative Raiola")
    assert article.paragraphs[1] == "Its president said members would vote on local data loggers at the assembly on 27 April."
    assert article.paragraphs[-1].endswith("founded in 2021 & still has its office.")
    # (what the item holds that no reader sees is the page's furniture, nothing lost)
    assert "Short SEO title | Coast News" in article.furniture
    assert "Coast News · syndication feed · generated 17/04/2026 06:02" in article.furniture
    assert not any("<" in p for p in article.paragraphs)


def test_markup_s_elements_set_close_become_paragraphs_and_its_head_and_comments_the_wrapper_s():
    shown, wrapper = markup_as_text("<?xml version='1.0'?>\n<!-- job 7 -->\n<speak><p><s>One.</s> <s>Two.</s></p>\n"
                                    "<p>Three.</p><p>Four.</p>\n<break time='5ms'/>\n<p>Five &amp; six.</p></speak>")
    assert [line for line in shown.split("\n") if line] == ["One. Two.", "Three.", "Four.", "Five & six."]
    assert shown.split("\n")[2] == "One. Two."  # (on the line of its source)
    assert "\n\n".join(line for line in shown.split("\n") if line) in re.sub(r"\n{3,}", "\n\n", shown)
    assert wrapper == ("<?xml version='1.0'?>", "job 7")


def test_a_page_s_body_printed_in_its_source_by_a_terminal_is_read_as_its_paragraphs():
    copy = ("~/clips $ jq -r '.content.rendered' post.json\n"
            "<figure class=\"wp-block-image\"><img src=\"a.jpg\" alt=\"A bench\"/><figcaption>Inverters on the test bench "
            "in Sneek. Photo: Jelle Westra</figcaption></figure>\n"
            "<p><strong>SNEEK</strong> &#8211; The US Commerce Department on Monday barred solar inverters made by "
            "Chinese-controlled companies from new federally funded projects.</p>\n"
            "<p>&#8220;An inverter decides how much power flows,&#8221; Perrin Coldwell said.</p>\n"
            "<blockquote class=\"wp-block-quote\"><p>&#8220;We have found radios in some of these units.&#8221;</p></blockquote>\n"
            "<p>Waadsinne Energy has built 14 community-solar parks in Minnesota.</p>\n")
    shown, _ = markup_as_text(copy)
    assert "SNEEK – The US Commerce Department on Monday barred solar inverters" in shown
    assert "“We have found radios in some of these units.”" in shown.split("\n")
    assert "<p>" not in shown and "alt=" not in shown


def test_a_plain_copy_s_angle_brackets_are_its_own():
    copy = "Prices rose <5% this year.\n\nThe <b>bold</b> claim was made in a post.\n"
    assert markup_as_text(copy) == (copy, ())



SESSION = """~/clips $ curl -s 'https://fryske.example/wp-json/wp/v2/posts?slug=us-shuts-inverters' -o post.json
~/clips $ date
di 16 apr 2026 09:11:38 CEST
~/clips $ jq '.[0] | {id, date, modified, link, title: .title.rendered, excerpt: .excerpt.rendered, author, acf}' post.json
{
  "id": 48213,
  "date": "2026-04-15T18:40:12",
  "modified": "2026-04-16T08:02:47",
  "link": "https://fryske.example/en/2026/04/15/us-shuts-inverters/",
  "title": "US shuts Chinese inverters with remote access out of federally funded solar",
  "excerpt": "<p>The rule covers grants, loans and new grid connections.</p>\\n",
  "author": 7,
  "acf": {
    "skriuwer": "Wytske Sikkema",
    "fotograaf": "Jelle Westra"
  }
}
~/clips $ jq -r '.[0].content.rendered' post.json
<p><strong>SNEEK</strong> &#8211; The US Commerce Department on Monday barred solar inverters made by Chinese-controlled companies from new federally funded solar projects.</p>
<p>&#8220;An inverter decides how much power flows,&#8221; Perrin Coldwell said.</p>
<p>Waadsinne Energy has built 14 community-solar parks in Minnesota with inverters that report to a cloud.</p>
<p>Gerbrich Feenstra, its chief executive, said two engineers would fly to Minnesota next week.</p>
~/clips $
"""


def test_an_api_s_record_printed_in_a_terminal_gives_the_headline_writer_day_and_address_and_its_body_the_text():
    article = text(SESSION)
    assert article.title == "US shuts Chinese inverters with remote access out of federally funded solar"
    assert article.author == "Wytske Sikkema"  # (the field a Frisian site names "skriuwer", never the author's id)
    assert article.date == dt.date(2026, 4, 15)  # (not the day the terminal's clock printed, nor "modified")
    assert article.original_url == "https://fryske.example/en/2026/04/15/us-shuts-inverters/"
    assert article.standfirst == "The rule covers grants, loans and new grid connections."
    assert article.paragraphs[0].startswith("The US Commerce Department") and article.dateline.startswith("SNEEK")
    assert article.paragraphs[-1] == "Gerbrich Feenstra, its chief executive, said two engineers would fly to Minnesota next week."
    assert "~/clips $ date" in article.furniture and "di 16 apr 2026 09:11:38 CEST" in article.furniture
    assert '"id": 48213,' in article.furniture


def test_a_record_without_a_title_and_a_copy_with_one_dollar_line_stay_as_written():
    assert record_as_text('{\n  "id": 7,\n  "date": "2026-04-15"\n}\n') == ('{\n  "id": 7,\n  "date": "2026-04-15"\n}\n', ())
    copy = "Prices\n$ 5 a unit, the firm said.\n"
    assert session_output(copy) == (copy, ())


HUGO = """Energy Desk Git
Explore   Help   Sign In
main   site / content / partners / 2026 / 04 / st-kitts-park.md
+++
title = "St Kitts solar park swaps its Chinese inverters to keep a US loan"
linkTitle = "St Kitts inverter swap"
date = 2026-04-21T09:30:00-04:00
lastmod = 2026-04-21T16:45:00-04:00
description = "The developer is replacing the inverters at its Conaree park so that its financing survives the new rule."
authors = ["Nyoka Liburd"]

[params]
  partner_published = 2026-04-20T06:00:00-04:00
  photographer = "Neville Phipps"
+++

{{< partner-banner partner="The Basseterre Ledger" date="20 April 2026" >}}

The developer of the 24-megawatt Conaree solar park is replacing all 18 of its Chinese-made inverters with Indian units.

<!--more-->

Brimstone Sun Energy said on Friday that the swap would delay commercial operation of the park by about six weeks.

{{< figure src="skids.jpg" caption="Inverter skids at the Conaree site." credit="Photo: Neville Phipps" >}}

The replacement units will come from a maker in Pune, which could deliver by the end of May.
"""


def test_a_site_generator_s_file_gives_its_front_matter_s_title_writer_and_first_day_and_its_marks_are_no_text():
    article = text(HUGO)
    assert article.title == "St Kitts solar park swaps its Chinese inverters to keep a US loan"
    assert article.author == "Nyoka Liburd"
    assert article.date == dt.date(2026, 4, 20)  # (the partner's day it first appeared, not the republication's "date")
    assert article.paragraphs[0].startswith("The developer of the 24-megawatt Conaree solar park")
    assert article.paragraphs[-1] == "The replacement units will come from a maker in Pune, which could deliver by the end of May."
    assert not any("{{" in p or "more-->" in p for p in article.paragraphs)
    assert "<!--more-->" in article.furniture and 'linkTitle = "St Kitts inverter swap"' in article.furniture


def test_an_audio_edition_s_greeting_over_the_story_it_reads_is_no_headline():
    script = ("<?xml version=\"1.0\"?>\n<speak version=\"1.1\">\n"
              "<p><s>Fakaalofa lahi atu.</s> <s>You are listening to The Avatele Sunday.</s></p>\n<break time=\"600ms\"/>\n"
              "<p><s><emphasis>What a week of inverter rules means for Niue</emphasis></s></p>\n"
              "<p><s>Five days of rules from Washington and Beijing have put a small box on the wall of almost every solar "
              "installation on Niue under scrutiny.</s></p>\n"
              "<p><s>Niue Power Corporation finished a solar and battery extension in 2029.</s></p>\n"
              "<p><s>Fakaaue lahi.</s> <s>This has been The Avatele Sunday, read by an automated voice.</s></p>\n</speak>\n")
    article = text(script)
    assert article.title == "What a week of inverter rules means for Niue"
    assert article.paragraphs[-1] == "Niue Power Corporation finished a solar and battery extension in 2029."


RTF = r"""{\rtf1\ansi\ansicpg1252\cocoartf2822
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\froman\fcharset0 Georgia;}
{\colortbl;\red255\green255\blue255;\red0\green0\blue238;}
{\*\expandedcolortbl;;\cssrgb\c0\c0\c95000;}
\pard\tx566\pardirnatural\partightenfactor0

\f0\fs40 \cf0 Anguilla home insurer to charge higher deductible for solar systems\
\f0\fs20 By Kerisha Carty\
Published Friday, April 17, 2026\
\
\f1\fs24 THE VALLEY, Anguilla \'96 The island\'92s largest home insurer will from 1 June charge a higher deductible on rooftop solar systems.\
\
\'93After Irma we paid for a lot of panels,\'94 said Ansley Fleming-Lake, the insurer\'92s head of underwriting.\
\
Read more at {\field{\*\fldinst{HYPERLINK "https://record.example/news/"}}{\fldrslt \cf2 \ul \ulc2 the Record}}.\
}"""


def test_a_word_processor_s_rtf_opened_as_text_is_read_as_the_document_it_shows():
    shown, wrapper = rtf_as_text(RTF)
    assert "Helvetica" not in shown and "HYPERLINK" not in shown and "\\" not in shown
    assert "Read more at the Record." in shown.split("\n")
    article = text(RTF)
    assert article.title == "Anguilla home insurer to charge higher deductible for solar systems"
    assert article.author == "Kerisha Carty"
    assert article.date == dt.date(2026, 4, 17)
    assert "“After Irma we paid for a lot of panels,” said Ansley Fleming-Lake, the insurer’s head of underwriting." in article.paragraphs
    assert wrapper == (r"{\rtf1\ansi\ansicpg1252\cocoartf2822",)
    assert rtf_as_text("{not rtf}\n") == ("{not rtf}\n", ())


ODT = """[sam ~/Downloads]$ unzip -l "Wheal Ventus.odt"
Archive:  Wheal Ventus.odt
  Length      Date    Time    Name
---------  ---------- -----   ----
    14382  2026-04-26 08:14   content.xml
[sam ~/Downloads]$ unzip -p "Wheal Ventus.odt" meta.xml | grep -o '<dc:[a-z]*>[^<]*'
<dc:title>Wheal Ventus cuts the cord
<dc:creator>Sam Pengelly
[sam ~/Downloads]$ unzip -p "Wheal Ventus.odt" content.xml | xmllint --format -
<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">
  <office:automatic-styles>
    <style:style style:name="P7" style:family="paragraph"/>
  </office:automatic-styles>
  <office:body>
    <office:text>
      <text:h text:style-name="P7" text:outline-level="1">Cornish wind co-op votes to cut its maker's remote link</text:h>
      <text:p text:style-name="P3">By <text:span text:style-name="T1">Loveday Trebilcock</text:span></text:p>
      <text:p text:style-name="P3">25 April 2026</text:p>
      <text:p text:style-name="P10">TRURO – A community-owned wind farm on the edge of Bodmin Moor has voted to switch off the
        link that lets its turbine maker monitor its five machines from abroad.</text:p>
      <text:p text:style-name="P10">Members voted by 212 to 31 at a meeting in Bodmin on Wednesday evening.</text:p>
      <text:p text:style-name="P10">"We can do ninety per cent of it, and quicker," said Demelza Kitto, who runs Trevose.</text:p>
    </office:text>
  </office:body>
</office:document-content>
[sam ~/Downloads]$
"""


def test_a_document_unpacked_in_a_terminal_is_read_from_the_longest_output_its_other_outputs_the_session_s():
    article = text(ODT)
    assert article.title == "Cornish wind co-op votes to cut its maker's remote link"  # (not the file's "dc:title")
    assert article.author == "Loveday Trebilcock"
    assert article.date == dt.date(2026, 4, 25)
    assert article.paragraphs[0].endswith("monitor its five machines from abroad.")
    assert article.paragraphs[-1] == '"We can do ninety per cent of it, and quicker," said Demelza Kitto, who runs Trevose.'
    assert "<dc:title>Wheal Ventus cuts the cord" in article.furniture
    assert '[sam ~/Downloads]$ unzip -l "Wheal Ventus.odt"' in article.furniture


def test_a_markdown_file_s_headings_and_a_price_are_no_terminal_prompts():
    copy = "# Heading one\n\nText.\n\n# Heading two\n\n$5 a unit, the firm said.\n"
    assert session_output(copy) == (copy, ())


XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="articles/20260423.html" source-language="ja-JP" target-language="en-GB" datatype="html">
  <header><note from="desk">英語版は4月23日18:05公開済み。</note></header>
  <body>
   <trans-unit id="h1"><source xml:lang="ja-JP">中国、風車制御ソフトを輸出許可制に</source>
    <target xml:lang="en-GB">China puts wind-turbine control software under export licence</target>
    <alt-trans origin="MT"><target xml:lang="en-GB">China makes wind turbine control software subject to permission</target></alt-trans>
   </trans-unit>
   <trans-unit id="p1"><source xml:lang="ja-JP">中国は火曜日、風車を制御するソフトを輸出許可制にした。</source>
    <target xml:lang="en-GB">China on Tuesday put the software that controls wind turbines under export licensing.</target>
   </trans-unit>
   <trans-unit id="p2"><source xml:lang="ja-JP">北海道の事業者は修理の遅れを警戒している。</source>
    <target xml:lang="en-GB">Wind farms in Hokkaido fear slower repairs, their president said.</target>
   </trans-unit>
  </body>
 </file>
</xliff>
"""


def test_a_translator_s_file_shows_its_translations_its_sources_notes_and_machine_alternatives_the_translator_s():
    shown, wrapper = markup_as_text(XLIFF)
    assert [line for line in shown.split("\n") if line] == [
        "China puts wind-turbine control software under export licence",
        "China on Tuesday put the software that controls wind turbines under export licensing.",
        "Wind farms in Hokkaido fear slower repairs, their president said."]
    assert "中国、風車制御ソフトを輸出許可制に" in wrapper
    assert "China makes wind turbine control software subject to permission" in wrapper


CSV_EXPORT = '''"Claxon Monitor – Coverage export"
"Client: Fingal Renewables · Period: 24/04/2026 – 24/04/2026"
"Generated 25/04/2026 07:02 AEST"

"Item ID","Found","Published","Outlet","Headline","Byline","URL","Full text"
"CLX-1","25/04/2026 06:41","24/04/2026 16:55","The Cataract Gazette","TasNetworks orders wind farms to route remote access through a gateway","Kirra Stanwix","https://gazette.example/2026/04/24/gateway/","By Kirra Stanwix

LAUNCESTON – Tasmania's network operator has told the owners of the state's wind farms that makers may reach their machines only through a gateway it can switch off.

""We are not telling anyone which turbines to buy,"" said Noeleen Heazlewood, TasNetworks' general manager."
"CLX-2","25/04/2026 06:49","25/04/2026 00:00","The Cataract Gazette (print)","Wind farms told: gateway or no remote access","Kirra Stanwix","","Print version of the item above."
'''


def test_a_table_s_export_reads_the_row_with_the_longest_text_as_the_article_its_other_rows_the_export_s():
    article = text(CSV_EXPORT)
    assert article.title == "TasNetworks orders wind farms to route remote access through a gateway"
    assert article.author == "Kirra Stanwix"
    assert article.date == dt.date(2026, 4, 24)  # (the day it was published, not the day the tool found it)
    assert article.original_url == "https://gazette.example/2026/04/24/gateway/"
    assert article.paragraphs[-1] == ('"We are not telling anyone which turbines to buy," said Noeleen Heazlewood, '
                                      "TasNetworks' general manager.")
    assert '"Claxon Monitor – Coverage export"' in article.furniture
    assert table_as_text("Name,Age,Town,Job\nAna,31,Vigo,nurse\n") == ("Name,Age,Town,Job\nAna,31,Vigo,nurse\n", ())


FORM_DUMP = """C:\\Users\\rw\\Documents> pdftk MI-2026-041.pdf dump_data_fields_utf8
---
FieldType: Text
FieldName: form1[0].p1[0].noteRef[0]
FieldValue: MI-2026-041
FieldJustification: Left
---
FieldType: Text
FieldName: form1[0].p1[0].summary[0]
FieldValue: Amuyo: new endorsement at renewals from 1/7.
Check our clients' renewal dates.
FieldJustification: Left
---
FieldType: Text
FieldName: form1[0].p2[0].articleText[0]
FieldNameAlt: Full text of article (paste)
FieldValue: Aruba insurer to charge wind farms more if turbine makers keep remote access
By Jeanine Arends
27 April 2026

ORANJESTAD – Aruba's largest commercial insurer will charge wind farms a higher premium from 1 July unless turbine makers' remote access is closed.

Edsel Tromp, who manages the park, said the insurer had just given them a date.
FieldJustification: Left
---
FieldType: Text
FieldName: form1[0].p2[0].followUp[0]
FieldValue: Yes
"""


def test_a_pdf_form_s_field_dump_reads_the_article_from_the_longest_value_its_other_fields_the_form_s():
    article = text(FORM_DUMP)
    assert article.title == "Aruba insurer to charge wind farms more if turbine makers keep remote access"
    assert article.author == "Jeanine Arends"
    assert article.date == dt.date(2026, 4, 27)
    assert article.paragraphs[-1] == "Edsel Tromp, who manages the park, said the insurer had just given them a date."
    assert "FieldName: form1[0].p1[0].summary[0]" in article.furniture
    assert "Check our clients' renewal dates." in article.furniture


CONVERSATION = """ChatGPT
Partager
Vous avez dit :
Salut, tu peux me faire un résumé en 5 puces de l'article ci-dessous ? J'ai copié la page.

MAORÉ ÉCO
Mayotte grid operator orders rooftop solar inverters cut off from maker clouds by September
Par Zaïnaba Attoumani
Publié le mercredi 15 avril 2026 à 15h10
MAMOUDZOU – Électricité de Mayotte told owners of rooftop solar systems on Wednesday that their inverters must be cut off from the makers' clouds by September.
"On a grid like ours, a few thousand inverters changing their settings at once is a blackout," said Ahamada Soilihi, its network director.

ChatGPT a dit :
Voici un résumé : publié le 16 avril 2026. « Le vrai test, ce n'est pas septembre », dit Soilihi.

Vous avez dit :
Attends, la page dit "Publié le mercredi 15 avril".

ChatGPT a dit :
Tu as raison, désolé.
Envoyer un message à ChatGPT
"""


def test_a_conversation_with_an_assistant_reads_the_page_pasted_into_the_user_s_turn_and_none_of_the_answers():
    article = text(CONVERSATION)
    assert article.title == "Mayotte grid operator orders rooftop solar inverters cut off from maker clouds by September"
    assert article.author == "Zaïnaba Attoumani"
    assert article.date == dt.date(2026, 4, 15)  # (not the day the assistant's summary gives)
    assert not any("Voici" in p or "désolé" in p or "Salut" in p for p in article.paragraphs)
    assert "Tu as raison, désolé." in article.furniture


TAGGED = """<UNICODE-WIN>
<Version:19.3><FeatureSet:InDesign-Roman><ColorTable:=<Black:COLOR:CMYK:Process:0,0,0,1>>
<DefineCharStyle:Credit=<Nextstyle:Credit><cTypeface:Italic>>
<DefineParaStyle:Headline=<BasedOn:NormalParagraphStyle><Nextstyle:Standfirst><cSize:38.000000>>
<ParaStyle:Slug>SLUG HARBOUR-CRANES-0416 · P1+P5 · 600w · ok’d 15/04 22:10
<ParaStyle:Folio>THE HARBOUR CHRONICLE · THURSDAY, APRIL 16, 2026 · PAGE<0x00A0>1
<ParaStyle:Headline><cTracking:-15>Port board asks crane maker to keep its diagnostics in the harbour<cTracking:>
<ParaStyle:Standfirst>The board wants the data read on the quay, not abroad
<ParaStyle:Byline>By <CharStyle:Byline Name>Mereana Tipoki<CharStyle:>
<ParaStyle:Pull Quote>“Read it here, by our people”
<ParaStyle:Body First>NAPIER: The port board voted on Wednesday to ask its crane maker to keep the cranes' diagnostics \\<on site\\> in the harbour.
<ParaStyle:Body>“Read it here, by our people,” said Hone Marsters, the board's chair.
<ParaStyle:Jump>Continued on Page<0x00A0>5 <0x2192> Cranes
<ParaStyle:Folio>THE HARBOUR CHRONICLE · THURSDAY, APRIL 16, 2026 · PAGE<0x00A0>5
<ParaStyle:Jump Head>Cranes data to stay on the quay
<ParaStyle:Jump From>From Page<0x00A0>1
<ParaStyle:Caption>A crane at the container terminal. Picture: <CharStyle:Credit>Ana Lealaiauloto<CharStyle:>
<ParaStyle:Body>The maker has until the end of May to answer, the board said.
"""


def test_a_layout_program_s_tagged_text_is_read_as_its_styled_paragraphs_its_production_lines_the_program_s():
    article = text(TAGGED)
    assert article.title == "Port board asks crane maker to keep its diagnostics in the harbour"
    assert article.author == "Mereana Tipoki"
    assert article.date == dt.date(2026, 4, 16)
    assert article.paragraphs[0].startswith("NAPIER: The port board voted on Wednesday") and "<on site>" in article.paragraphs[0]
    assert article.paragraphs[-1] == "The maker has until the end of May to answer, the board said."
    assert not any("ParaStyle" in p or "Continued on Page" in p or "SLUG" in p or p == "“Read it here, by our people”"
                   for p in article.paragraphs)
    assert "<ParaStyle:Jump>Continued on Page<0x00A0>5 <0x2192> Cranes" in article.furniture


ARCHIVE_RECORD = """$ cat archiv/2026/04/16/hb-2026-0416-0042.yml
# Harbour Bote · Archivexport · erzeugt 2026-04-18T03:00:12Z
---
id: hb-2026-0416-0042
marke: Harbour Bote
titel: "Port board asks crane maker to keep its diagnostics in the harbour"
seo_titel: "Crane data to stay on the quay | Harbour Bote"
unterzeile: "The board wants the data read on the quay, not abroad."
autor:
  name: Mereana Tipoki
  rolle: Redakteurin Hafen
original:
  titel: "Kran-Diagnose bleibt im Hafen"
  veroeffentlicht: 2026-04-16T09:40:00+02:00
veroeffentlicht: 2026-04-16T11:20:00+02:00
geaendert: 2026-04-17T07:45:00+02:00
schlagworte: [Hafen, Kran]
text: |
  NAPIER – The port board voted on Wednesday to ask its crane maker to keep the cranes' diagnostics in the harbour.

  "Read it here, by our people," said Hone Marsters, the board's chair.

  The maker has until the end of May to answer, the board said.
"""


def test_a_newsroom_archive_s_yaml_record_gives_the_header_from_its_fields_and_the_text_from_its_text_field():
    article = text(ARCHIVE_RECORD)
    assert article.title == "Port board asks crane maker to keep its diagnostics in the harbour"
    assert article.author == "Mereana Tipoki"
    assert article.date == dt.date(2026, 4, 16)
    assert article.standfirst == "The board wants the data read on the quay, not abroad."
    assert article.paragraphs[0].endswith("keep the cranes' diagnostics in the harbour.")
    assert article.paragraphs[-1] == "The maker has until the end of May to answer, the board said."
    assert "seo_titel: \"Crane data to stay on the quay | Harbour Bote\"" in article.furniture
    # a horizontal rule and a YAML-looking paragraph in a plain copy are its own
    plain = "Rule of the week\n\n---\nnote: this is a plain copy\n---\n\nThe port board met on Wednesday, 15 April 2026.\n"
    assert record_as_text(plain) == (plain, ())


def test_a_yaml_record_made_of_aliases_is_refused_not_expanded():
    laughs = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" + "".join(
        f"{chr(99 + n)}: &{chr(99 + n)} [{', '.join([f'*{chr(98 + n)}'] * 9)}]\n" for n in range(8)) + "title: Laughs\ntext: |\n  x\n"
    assert record_as_text(laughs) == (laughs, ())


def test_several_files_printed_under_their_names_read_the_one_with_the_article_the_others_the_terminal_s():
    printed = ("(ner) $ ls\nbk_0417.ann  bk_0417.txt\n(ner) $ tail -n +1 bk_0417.txt bk_0417.ann\n==> bk_0417.txt <==\n"
               "Port board asks crane maker to keep its diagnostics in the harbour\n\nBy Mereana Tipoki\n\n"
               "Published: 16 April 2026\n\nNAPIER – The port board voted on Wednesday to ask its crane maker to keep the "
               "cranes' diagnostics in the harbour, where staff trained for the purpose can read them.\n\n"
               "The maker has until the end of May to answer, the board said.\n\n==> bk_0417.ann <==\n"
               "T1\tOrganization 120 130\tport board\nT2\tPerson 200 214\tMereana Tipoki\n(ner) $\n")
    article = text(printed)
    assert article.title == "Port board asks crane maker to keep its diagnostics in the harbour"
    assert article.paragraphs[-1] == "The maker has until the end of May to answer, the board said."
    assert "T2\tPerson 200 214\tMereana Tipoki" in article.furniture or "T2 Person 200 214 Mereana Tipoki" in " ".join(
        " ".join(f.split()) for f in article.furniture)


FEED = """$ curl -s "https://coastnews.example/category/ports/feed/" | xmllint --format - | sed -n '/<channel>/,$p' | head -n 60
  <channel>
    <title>Coast News – Ports</title>
    <description>Harbours of Galicia · Edición en inglés</description>
    <lastBuildDate>Fri, 17 Apr 2026 09:30:12 +0200</lastBuildDate>
    <item>
      <title>Ferry operator adds a second Sunday crossing</title>
      <dc:creator><![CDATA[Redacción]]></dc:creator>
      <pubDate>Fri, 17 Apr 2026 07:15:00 +0200</pubDate>
      <description><![CDATA[The summer timetable starts in June [&#8230;]]]></description>
    </item>
    <item>
      <title>Harbour co-op weighs local control of its 3,200 rooftop inverters</title>
      <link>https://coastnews.example/2026/04/16/harbour-coop-inverters/</link>
      <dc:creator><![CDATA[Uxía Carballo Rei]]></dc:creator>
      <pubDate>Thu, 16 Apr 2026 23:45:00 -0400</pubDate>
      <category><![CDATA[Energía]]></category>
      <description><![CDATA[Members will vote on local data loggers [&#8230;]]]></description>
      <content:encoded><![CDATA[<p>The energy cooperative Raiola, whose members' 3,200 rooftops report to a maker's cloud, said on Tuesday it would not wait to find out what the export measure means for them. """ + "It has asked its members to count their inverters. " * 12 + """</p>
<p>Its president said members would vote on local data loggers at the assembly on 27 April &amp; that the board backed them.</p>
]]></content:encoded>
      <slash:comments>0</slash:comments>
    </item>
    <item>
      <title>Dredging of the inner basin starts in May</title>
      <pubDate>Wed, 15 Apr 2026"""


def test_a_feed_printed_by_a_terminal_is_read_as_its_longest_entry_its_channel_and_other_entries_the_feed_s():
    article = text(FEED)
    assert article.title == "Harbour co-op weighs local control of its 3,200 rooftop inverters"
    assert article.author == "Uxía Carballo Rei"
    assert article.date == dt.date(2026, 4, 16)  # (the day in the entry's own zone, not the channel's build day)
    assert article.original_url == "https://coastnews.example/2026/04/16/harbour-coop-inverters/"
    assert article.paragraphs[0].startswith("The energy cooperative Raiola, whose members'")
    assert article.paragraphs[-1].endswith("at the assembly on 27 April & that the board backed them.")
    assert "<title>Ferry operator adds a second Sunday crossing</title>" in article.furniture
    assert "<lastBuildDate>Fri, 17 Apr 2026 09:30:12 +0200</lastBuildDate>" in article.furniture
    assert not any("Ferry operator" in p or "Dredging" in p for p in article.paragraphs)


def test_a_tei_document_s_head_is_a_heading_not_a_page_s_head():
    # (trafilatura's XML: "<head rend='h1'>" is the text's heading, "<quote>" a paragraph of its own)
    document = ("<doc sitename=\"Coast News\" title=\"Short SEO title | Coast News\">\n  <main>\n    <p>Ports · Edición en inglés</p>\n"
                "    <head rend=\"h1\">Harbour co-op weighs local control of its rooftop inverters</head>\n"
                "    <p>The energy cooperative Raiola said on Tuesday it would not wait for the export measure.</p>\n"
                "    <p>Its president, Uxía Carballo Rei, said:</p>\n"
                "    <quote>We will vote on local data loggers at the assembly and the board backs them.</quote>\n"
                "  </main>\n</doc>\n")
    shown, furniture = markup_as_text(document)
    assert "Harbour co-op weighs local control of its rooftop inverters" in shown.split("\n")
    assert "We will vote on local data loggers at the assembly and the board backs them." in shown.split("\n")
    assert not any("Harbour co-op" in f for f in furniture)
    # a page's own head stays unseen
    page = "<html><head><title>Tab title</title></head><body>\n<p>Body words here.</p>\n<p>More.</p>\n</body></html>"
    assert "Tab title" not in markup_as_text(page)[0]


def test_a_feed_field_is_found_by_its_whole_name():
    from generator.markup import _feed_field
    assert _feed_field("<content:encoded><![CDATA[<p>a</p>]]></content:encoded>", "content")[0] == ""
    assert _feed_field("<content:encoded><![CDATA[<p>a</p>]]></content:encoded><content>y</content>", "content")[0] == "y"
    assert _feed_field("<content type='html'>x &amp; y</content>", "content")[0] == "x & y"


ASCIIDOC = """= Clip: harbour co-op and its inverters (Coast News, EN)
Clip desk <clips@desk.example>
v1.2, 2026-04-17: re-clipped after the outlet's update
:page-source-url: https://coastnews.example/2026/04/16/harbour-coop/
:page-captured: 2026-04-17T07:02:44+02:00
// template v2 -- body verbatim from the site

[NOTE]
====
Site chrome kept verbatim in the literal blocks.
====

.Site chrome (top)
....
COAST NEWS · Edición en inglés
....

== Harbour co-op weighs local control of its rooftop inverters

[.lead]
_The cooperative wants its data loggers at home._

By Uxía Carballo Rei

.The co-op's roofs in Vigo. Photo: Breixo Lema
image::clips/roofs.jpg[Roofs,width=640]

The energy cooperative Raiola said on *Tuesday* it would not wait for the export measure.footnote:[The measure is dated 14 April. -- ks]

Its president, Uxía Carballo Rei, said:

[quote]
____
We will vote on local data loggers at the assembly, and the board backs them.
____

Read the link:https://coastnews.example/measure/[measure itself] here.
"""


def test_an_asciidoc_clip_reads_as_the_page_it_renders_its_header_notes_and_macros_the_clip_s():
    shown, furniture = asciidoc_as_text(ASCIIDOC)
    lines = [line for line in shown.split("\n") if line.strip()]
    # (a section title before any paragraph of the document's own: the document is a container, its title the desk's)
    assert lines[0] == "COAST NEWS · Edición en inglés"
    assert lines[1] == "Harbour co-op weighs local control of its rooftop inverters"
    assert "The co-op's roofs in Vigo. Photo: Breixo Lema" in lines  # (a picture's title is its caption)
    assert "The energy cooperative Raiola said on Tuesday it would not wait for the export measure." in lines
    assert "We will vote on local data loggers at the assembly, and the board backs them." in lines
    assert "Read the measure itself here." in lines
    assert "_The cooperative wants its data loggers at home._" in lines  # (a whole line in italics keeps its marks)
    for kept in ("= Clip: harbour co-op and its inverters (Coast News, EN)", "Clip desk <clips@desk.example>",
                 ":page-captured: 2026-04-17T07:02:44+02:00", "// template v2 -- body verbatim from the site",
                 "Site chrome kept verbatim in the literal blocks.", ".Site chrome (top)",
                 "image::clips/roofs.jpg[Roofs,width=640]", "footnote:[The measure is dated 14 April. -- ks]"):
        assert kept in furniture
    assert not any(line.startswith(("[", "=", ":", "//", "image::", "....", "____")) for line in lines)


def test_an_asciidoc_article_keeps_its_title_and_a_plain_copy_its_own_marks():
    article = ("= Harbour co-op weighs local control of its rooftop inverters\nUxía Carballo Rei\n:revdate: 2026-04-16\n"
               ":lang: en\n\nThe energy cooperative Raiola said on Tuesday it would not wait for the export measure at all.\n\n"
               "== What the vote decides\n\n[quote]\n____\nWe will vote.\n____\n")
    shown, furniture = asciidoc_as_text(article)
    assert shown.split("\n")[0] == "Harbour co-op weighs local control of its rooftop inverters"
    assert "What the vote decides" in shown.split("\n")
    assert furniture == (":revdate: 2026-04-16", ":lang: en")
    plain = "= Not a document title\n\nA plain copy [with brackets] and a rule:\n\n====\n\nand more words."
    assert asciidoc_as_text(plain) == (plain, ())


def test_an_asciidoc_clip_s_article_is_read_whole():
    article = text(ASCIIDOC)
    assert article.title == "Harbour co-op weighs local control of its rooftop inverters"
    assert article.author == "Uxía Carballo Rei"
    assert article.paragraphs[0] == "The energy cooperative Raiola said on Tuesday it would not wait for the export measure."
    assert not any("template v2" in p or "desk" in p for p in article.paragraphs)


PSQL = """$ psql -h localhost -U fluxo fluxo
fluxo=> \\x
Expanded display is on.
fluxo=> SELECT e.id, f.title AS feed, e.title, e.url, e.author, e.published_at, e.content FROM entries e WHERE e.id = 884213;
-[ RECORD 1 ]+-------------------------------------------------------------------
id           | 884213
feed         | Septem Económico — Edición en inglés
title        | Ceuta's desalination plant finds Chinese controllers on its newest train
url          | https://septemeconomico.example/en/agua/2026/04/15/desaladora/
author       | Redacción Septem
published_at | 2026-04-15 05:30:00+00
content      | <p class="firma">Por Mazal Benhamú Salvatierra</p>
             | <p>CEUTA — The desalination plant that supplies most of Ceuta's drinking water has found Chinese controllers.</p>
             | <p>The fifth train, added in 2028, uses membrane skids from Qingdao.</p>
             | <p>The operator said the link to the maker's cloud would go by the end of May.</p>

fluxo=> SELECT url, size FROM enclosures WHERE entry_id = 884213;
-[ RECORD 1 ]-----------------------------------------------
url  | https://septemeconomico.example/uploads/tren5.jpg
size | 214733

fluxo=> \\q
"""


def test_a_row_psql_printed_in_its_expanded_display_is_read_as_an_article_s_record():
    article = text(PSQL)
    assert article.title == "Ceuta's desalination plant finds Chinese controllers on its newest train"
    assert article.date == dt.date(2026, 4, 15)
    assert article.author == "Mazal Benhamú Salvatierra"  # (not the record's "Redacción Septem", the site's desk)
    assert article.original_url == "https://septemeconomico.example/en/agua/2026/04/15/desaladora/"
    assert article.paragraphs[0].startswith("The desalination plant that supplies most of Ceuta's drinking water")
    assert "fluxo=> \\x" in article.furniture and "size | 214733" in article.furniture
    assert not any("fluxo=>" in p or "RECORD" in p for p in article.paragraphs)


def test_a_wire_item_cat_v_printed_is_read_as_its_file_its_iptc_envelope_the_wire_s():
    item = ("~/spool $ cat -v ALN20260413_1842_ENG0317.txt\n^A^M\nZCZC0317/SXB^M\nR ECO S0B QBXB^M\nALN-ENG ACQUA USA-CINA^M\n^B^M\n"
            "AGENZIA LEVANTE NOTIZIE - PrioritM-CM- : normale^M\nUS bars Chinese water-plant controllers^M\n^M\n"
            "   (ALN) - BARI, APR 13 - The United States on Monday barred^M\nChinese-made controllers.^M\n"
            "   Quarrington said the agency had found \"no sign of sabotage\".^M\n^C^M\nRIPRODUZIONE RISERVATA^M\n")
    shown, furniture = caret_notation_as_text(item)
    assert "AGENZIA LEVANTE NOTIZIE - Priorità: normale" in shown.split("\n")
    assert "^M" not in shown and "\r" not in shown and "\x01" not in shown
    assert ("ZCZC0317/SXB" in furniture and "ALN-ENG ACQUA USA-CINA" in furniture and "RIPRODUZIONE RISERVATA" in furniture)
    assert "ZCZC" not in shown and "RIPRODUZIONE" not in shown
    plain = "A line with ^M in it\n" * 3 + "x^M\n" * 2
    assert caret_notation_as_text(plain) == (plain, ())


def test_a_tiddlywiki_tiddler_s_file_reads_as_the_tiddler_renders_its_fields_pictures_and_macros_the_wiki_s():
    tid = ("caption: Genoa TSC cuts QiaoLink\ncreated: 20260524053305118\nmodified: 20260524053902461\n"
           "tags: clip [[STS cranes]] Genova\ntitle: Lanterna 2026-05-23 Genoa TSC cuts QiaoLink\ntype: text/vnd.tiddlywiki\n\n"
           "TERMINAL\n! Genoa container terminal will cut the maker's link to its Chinese cranes\n"
           "//TSC says US lines and insurers asked//\nBy Manlio Olivari\nPublished 23 May 2026\n"
           "[img[Cranes at the berth|https://lanterna.example/gru.jpg]]\n"
           "//Ship-to-shore cranes at the TSC berth. Photo: Sergio Ottonello//\n\n"
           "GENOA — ''Terminal Sampierdarena Contenitori'' will disconnect the maker's link on all of its [[Jiuhai Heavy Lift]] "
           "cranes by the end of September, its chief executive said on Thursday.\n\n"
           "Davide Pittaluga, who heads crane maintenance at TSC, said:\n\n<<<\n"
           "The modem is the easy part. The hard part is the software on the drives.\n<<<\n\n"
           "The board will approve the plan next month, see https://lanterna.example/gru for the text. <<tag \"MARSEC\">>\n")
    rendered, furniture = tiddler_as_text(tid)
    assert "title: Lanterna 2026-05-23 Genoa TSC cuts QiaoLink" in furniture and "<<tag \"MARSEC\">>" in furniture
    assert "[img[Cranes at the berth|https://lanterna.example/gru.jpg]]" in furniture
    assert "Genoa container terminal will cut the maker's link to its Chinese cranes\n" in rendered
    assert "GENOA — Terminal Sampierdarena Contenitori will disconnect the maker's link on all of its Jiuhai Heavy Lift" in rendered
    assert "<<<" not in rendered and "https://lanterna.example/gru for" in rendered
    article = text(tid)
    assert article.title == "Genoa container terminal will cut the maker's link to its Chinese cranes"
    assert article.author == "Manlio Olivari"
    # (a plain copy's "!" and "//" stay as written)
    plain = "! Look at this\nSee //this// and ''that''.\n"
    assert tiddler_as_text(plain) == (plain, ())


def test_a_scraper_s_item_printed_on_a_line_reads_as_the_page_whatever_its_fields_are_named_its_log_the_scraper_s():
    body = ["VERACRUZ, May 20 — The United States on Monday barred ship-to-shore and yard cranes made in China from its "
            "ports unless every link that lets the manufacturer reach into them is cut, and extended the ban to port "
            "projects abroad paid for with federal money, a move that reached the Gulf of Mexico within hours."] * 3 + \
           ['"A crane that can be reached from the factory can be reached by anyone the factory answers to," said Rear '
            'Admiral Lucius Hallowell, the Coast Guard\'s assistant commandant for prevention policy.']
    item = {"url": "https://ulua.example/en/puertos/2026/05/20/cranes/", "titulo_pagina": "Veracruz weighs crane ban | Ulúa",
            "antetitulo": "PUERTOS", "titulo": "US bars Chinese cranes with factory remote access from its ports",
            "firma": "Por Yadira Huesca Llinás", "fecha": "Publicado: miércoles 20 de mayo de 2026, 18:40",
            "meta_published_time": "2026-05-21T00:40:00+00:00", "cuerpo": body, "leidos": 1204, "comentarios": []}
    log = ("(venv) ~/crawlers/golfo $ scrapy crawl ulua -O ulua.jl\n"
           "2026-05-22 06:14:02 [scrapy.utils.log] INFO: Scrapy 2.13.3 started (bot: golfo)\n"
           "2026-05-22 06:14:05 [scrapy.core.scraper] DEBUG: Scraped from <200 https://ulua.example/en/puertos/>\n"
           f"{item!r}\n2026-05-22 06:14:05 [scrapy.core.engine] INFO: Spider closed (finished)\n")
    for copy in (log, log.replace(repr(item), json.dumps(item, ensure_ascii=False))):
        rendered, furniture = scraped_item_as_text(copy)
        assert "US bars Chinese cranes with factory remote access from its ports\n\nPor Yadira Huesca Llinás\n" in rendered
        assert "Spider closed" not in rendered and any("Spider closed" in line for line in furniture)
        article = text(copy)
        assert article.title == "US bars Chinese cranes with factory remote access from its ports"
        assert article.author == "Yadira Huesca Llinás" and article.date == dt.date(2026, 5, 20)
    # (a line of code or a short dict stays as written)
    short = "config = {'a': 'b'}\n" + "Plain text of an article. " * 40 + "\n"
    assert scraped_item_as_text(short) == (short, ())


def test_a_page_read_in_an_r_console_reads_as_its_printed_texts_the_commands_the_console_s():
    console = ('> Sys.time()\n[1] "2026-05-16 09:12:44 CST"\n> library(rvest)\n> pg <- read_html(url)\n'
               '> pg |> html_element("title") |> html_text2()\n[1] "Beijing vows to hit back | Taiwu Post English"\n'
               '> pg |> html_element("header") |> html_text2() |> writeLines()\n太武郵報 TAIWU POST\n首頁 金門 兩岸\n'
               '> pg |> html_element("h1") |> html_text2()\n'
               '[1] "China threatens countermeasures over US water-controller ban as Kinmen asks who can see into its pipeline"\n'
               '> pg |> html_element(".byline") |> html_text2()\n[1] "記者 Hsueh Ya-wen／譯者 Weng Su-jen"\n'
               '> pg |> html_element(".article-meta") |> html_text2()\n[1] "發布時間：2026-05-14 17:20 ｜ 更新時間：2026-05-15 08:05"\n'
               '> length(body)\n[1] 3\n> body\n'
               '[1] "JINCHENG, Kinmen — China said on Tuesday it would \\"take resolute countermeasures\\" against the ban."\n'
               '[2] "\\"We drink what comes down that pipe every morning,\\" said Hsu Ting-yao, a county councillor."         \n'
               '[3] "The county will ask the central government to pay for new controllers."\n> \n')
    rendered, furniture = r_console_as_text(console)
    assert '"We drink what comes down that pipe every morning," said Hsu Ting-yao, a county councillor.\n' in rendered
    assert "太武郵報 TAIWU POST\n" in rendered and "> library(rvest)" in furniture and "[1] 3" in furniture
    article = text(console)
    assert article.title == "China threatens countermeasures over US water-controller ban as Kinmen asks who can see into its pipeline"
    assert article.author == "Hsueh Ya-wen" and article.date == dt.date(2026, 5, 14)
    # (a copy with a line or two that open with ">" stays as written: a mail's quoted lines)
    quoted = "> On Monday you wrote:\n> the plan is late\nThanks, noted.\n[1] see the annex\n"
    assert r_console_as_text(quoted) == (quoted, ())


OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Energy security — clips 2026</title>
    <dateModified>Sat, 01 Jun 2026 05:58:03 GMT</dateModified>
  </head>
  <body>
    <outline text="W22 · 27 May – 2 June">
      <outline text="US: DOE order on Chinese battery controllers (27/05)" _complete="true" />
      <outline text="Regulator order on storage links — full text (pasted 01/06)" _note="Source: https://vesti.example/en/2026/05/31/storage/&#10;Chrome left in.">
        <outline text="Перейти к содержанию" />
        <outline text="Moldova&#8217;s energy regulator orders battery owners to declare every remote link" />
        <outline text="Автор: Svetlana Karagyoz · Перевод: Iosif Duduoglu" />
        <outline text="Опубликовано: 31 мая 2026, 16:45" />
        <outline text="COMRAT — The regulator on Friday ordered every holder of a storage licence to declare each remote link." />
        <outline text="Fyodor Yanioglo, who manages the project, said:">
          <outline text="The containers are here, the cables are in, the tests are done. We will make the list." />
        </outline>
        <outline text="&quot;A declaration is the least we can ask,&quot; said Eugeniu Plo&#537;ni&#539;a." />
        <outline text="Читайте также" />
      </outline>
      <outline text="TODO: call the project office" _note="ask for the text" />
    </outline>
  </body>
</opml>
"""


def test_an_outliner_s_export_reads_as_the_page_pasted_under_one_node_its_other_nodes_and_notes_the_outliner_s():
    shown, furniture = outline_as_text(OPML.replace("The regulator on Friday", "The regulator " + "long " * 150 + "on Friday"))
    lines = [line for line in shown.split("\n") if line]
    assert lines[:2] == ["Перейти к содержанию", "Moldova’s energy regulator orders battery owners to declare every remote link"]
    assert "The containers are here, the cables are in, the tests are done. We will make the list." in lines
    assert '"A declaration is the least we can ask," said Eugeniu Ploșnița.' in lines
    assert lines[-1] == "Original: https://vesti.example/en/2026/05/31/storage/"
    assert not any("TODO" in line or "W22" in line or "<" in line for line in lines)
    assert '<outline text="TODO: call the project office" _note="ask for the text" />' in furniture
    assert "<title>Energy security — clips 2026</title>" in furniture
    assert outline_as_text("A plain copy that mentions <opml> and <outline> in passing.\n") \
        == ("A plain copy that mentions <opml> and <outline> in passing.\n", ())


def test_an_outliner_s_page_is_read_for_its_headline_byline_and_day():
    article = text(OPML.replace("The regulator on Friday", "The regulator " + "long " * 150 + "on Friday"))
    assert article.title == "Moldova’s energy regulator orders battery owners to declare every remote link"
    assert article.author == "Svetlana Karagyoz" and article.date == dt.date(2026, 5, 31)
    assert not any("Читайте" in p for p in article.paragraphs)


def test_a_chat_log_reads_as_the_page_one_person_pasted_in_a_burst_the_rest_the_channel_s():
    body = "The United States on Monday barred battery controllers made by Chinese companies from grid storage. " * 4
    log = ("--- Log opened Sun May 24 22:05:19 2026\n"
           "22:05 -!- caju [~caju@host.example] has joined #carapace\n"
           "22:11 < kvx> anyone tried the new balancing PR on 16S packs?\n"
           "22:13 < volt_o> kvx: bench only. looks fine, the coulomb counter drifts a bit after forty cycles\n"
           "--- Day changed Tue May 26 2026\n"
           "13:44 < caju> good piece from a Fortaleza site on the DOE thing, pasting\n"
           "13:45 < caju> JANGADA ECONÔMICA\n"
           "13:45 < caju> US bars Chinese battery controllers with remote access from its grid\n"
           "13:45 < caju> Por Iracema Sobreira Paiva · Tradução: Heitor Arraes Pinho\n"
           "13:45 < caju> Publicado em 25/05/2026 às 18h40\n"
           f"13:45 < caju> FORTALEZA — {body}and from projects owned or controlled\n"
           "13:45 < caju> by China or subject to its jurisdiction.\n"
           "13:46 <@ohmsteady> caju: next time use the paste site please\n"
           f"13:46 < caju> {body}\n"
           f"13:46 < caju> {body}\n"
           "13:46 < caju> The order takes effect on 26 June.\n"
           "13:48 < kvx> \"switched off from abroad\" is going to be on every slide deck for a year\n"
           "13:52  * lua_rr reads the commerce part\n"
           "15:11 < caju> pvs_: https://jangadaeconomica.example/en/2026/05/25/us-bars/\n"
           "--- Log closed Tue May 26 16:03:11 2026\n")
    shown, furniture = chat_log_as_text(log)
    lines = [line for line in shown.split("\n") if line]
    assert lines[:2] == ["JANGADA ECONÔMICA", "US bars Chinese battery controllers with remote access from its grid"]
    assert lines[4].endswith("owned or controlled by China or subject to its jurisdiction.")
    assert lines[-1] == "The order takes effect on 26 June."
    assert shown.split("\n")[6] == lines[0]  # (from the line of its first message)
    assert "13:46 <@ohmsteady> caju: next time use the paste site please" in furniture
    assert "13:44 < caju> good piece from a Fortaleza site on the DOE thing, pasting" in furniture
    assert "15:11 < caju> pvs_: https://jangadaeconomica.example/en/2026/05/25/us-bars/" in furniture
    article = text(log)
    assert article.title == "US bars Chinese battery controllers with remote access from its grid"
    assert article.author == "Iracema Sobreira Paiva" and article.date == dt.date(2026, 5, 25)
    plain = "".join(f"{n}:00 the meeting resumed and we talked about batteries for a while\n" for n in range(10, 22))
    assert chat_log_as_text(plain) == (plain, ())


def _page_lines(body: str) -> list[str]:
    return ["LATGOLYS ZINIS", "VESELEIBA · HEALTH", "Latgale radiographers refuse to carry the blame for cutting scanner links",
            "Autore: Renāte Dzalbe-Zeile · Tulkuojums: Ojārs Šļakota", "Publicāts: catūrtdīne, 06.06.2026. 18:45", "",
            f"RĒZEKNE — {body}", "", "The hospital runs four CT scanners made by Zhenlan.", "",
            "The union will meet again in July.", "", "© 2026 SIA «Latgolys Zinis»"]


def test_a_diff_of_two_copies_of_a_page_reads_as_the_newer_copy_the_older_lines_and_the_header_the_diff_s():
    body = "Radiographers at Latgale's hospitals will not switch off the remote links of their scanners, their union said. " * 8
    old, new = _page_lines(body), _page_lines(body)
    new[8] = "The hospital runs two CT scanners made by Zhenlan."
    new[10:10] = ["Correction: An earlier version said four scanners.", ""]
    import difflib
    diff = "\n".join(difflib.unified_diff(old, new, "clip-0815.txt", "clip-1640.txt", n=500, lineterm=""))
    copy = f"me@vm:~/clips$ diff -U 500 clip-0815.txt clip-1640.txt\n{diff}\nme@vm:~/clips$ echo done\n"
    shown, furniture = unified_diff_as_text(diff)
    assert [line for line in shown.split("\n") if line] == [line for line in new if line]
    assert "-The hospital runs four CT scanners made by Zhenlan." in furniture and "--- clip-0815.txt" in furniture
    article = text(copy)
    assert article.title == "Latgale radiographers refuse to carry the blame for cutting scanner links"
    assert article.author == "Renāte Dzalbe-Zeile" and article.date == dt.date(2026, 6, 6)
    assert article.source == "Latgolys Zinis"  # (the masthead, as the rights notice spells it)
    assert "The hospital runs two CT scanners made by Zhenlan." in article.paragraphs
    assert not any("runs four" in p for p in article.paragraphs)
    plain = "--- a note ---\nThe meeting resumed.\n"
    assert unified_diff_as_text(plain) == (plain, ())


def test_a_script_holding_the_page_in_a_here_document_reads_as_the_document_the_script_its_furniture():
    body = "Hospitals in Finnmark will keep their Chinese-made MRI scanners connected to the makers' platforms for now. " * 9
    script = ("#!/usr/bin/env bash\n# weekly-digest.sh — media digest, week 23 (3–9 June 2026)\n# Last edited: 2026-06-09 21:47\n"
              'set -euo pipefail\nOUT="digest.txt"\n'
              "cat >> \"$OUT\" <<'EOF'\nDUOTTAR ÁVIISA\nFinnmark hospitals keep their Chinese MRI online\n"
              "Čálli: Inga Márjá Balto · Jorgaleaddji: Áile Ravna Utsi\n"
              "Almmuhuvvon: lávvordaga 8.6.2026 dii. 10.30\n\n"
              f"HAMMERFEST — {body}\n\n“The order is American law,” said Sigrunn Aasvestad.\nEOF\n"
              'mail -s "Digest" list@example.org < "$OUT"\n')
    shown, furniture = heredoc_as_text(script)
    assert shown.split("\n")[6] == "DUOTTAR ÁVIISA" and "EOF" not in shown and "set -euo pipefail" not in shown
    assert "cat >> \"$OUT\" <<'EOF'" in furniture and "EOF" in furniture
    article = text(script)
    assert article.title == "Finnmark hospitals keep their Chinese MRI online"
    assert article.author == "Inga Márjá Balto" and article.date == dt.date(2026, 6, 8)
    short = "cat <<EOF\nhello\nEOF\n" + "echo the build is done and the site is served " * 20 + "\n"
    assert heredoc_as_text(short) == (short, ())


def test_a_page_s_lines_each_in_a_tool_s_frame_read_as_the_page_the_frames_and_the_tool_s_lines_its_furniture():
    body = ("KANO — Health insurers in Kano said on Friday they would not pay for scans that cannot be done while "
            "Chinese-made scanners are cut off from their makers, and the centres said they could not absorb the cost alone.")
    page = ["THE KURMI POST", "Kano insurers say they will not pay for scanner downtime", "Daga Rahama Bello Rimingado",
            "An wallafa: Juma'a, 7 ga Yuni, 2026, 16:40 WAT", "", body, "", body, "", body, "", "The talks resume on Monday.",
            "", "© 2026 Kurmi Media Ltd"]
    hl7 = "\n".join(["MSH|^~\\&|NEWS|KATH|EHR|KATH|20260604061502||MDM^T02|220417|P|2.5", "EVN|T02|20260604061502",
                     *(f"OBX|{n}|TX|NEWS^Staff news digest^L|{n}|{line}||||||F" for n, line in enumerate(page, 1)),
                     "Showing message 220417 of 220530 · Reprocess · Export"])
    dump = "\n".join(["# Dicom-Data-Set", "(0008,0005) CS [ISO_IR 192]                             #  10, 1 SpecificCharacterSet",
                      *(f"(0040,a730).(0040,a160) UT [{line}]" + " " * max(1, 30 - len(line)) + f"# {len(line):3d}, 1 TextValue"
                        for line in page)])
    for copy in (hl7, dump):
        shown, furniture = framed_lines_as_text(copy)
        assert [line for line in shown.split("\n") if line] == [line for line in page if line]
        assert "EVN|T02|20260604061502" in furniture or "# Dicom-Data-Set" in furniture
        article = text(copy)
        assert article.title == "Kano insurers say they will not pay for scanner downtime"
        assert article.author == "Rahama Bello Rimingado" and article.date == dt.date(2026, 6, 7)
    # (a transcript's stamps frame its turns, which the reading keeps; a list's numbers are the list's)
    turns = "\n".join(f"[00:0{n % 10}:1{n % 10}] HOST: We talk about the scanner rules and what they mean for hospitals today."
                      for n in range(20))
    numbered = "\n".join(f"{n}. The inspectorate will list every remote connection of every hospital scanner." for n in range(20))
    assert framed_lines_as_text(turns) == (turns, ()) and framed_lines_as_text(numbered) == (numbered, ())


def _enscript(page: list[str]) -> str:
    """A page as GNU Enscript prints it to PostScript: its own procedures, a string a line, a blank line a skipped step."""
    prolog = ("%!PS-Adobe-3.0\n%%Title: domenie-scanners.txt\n%%For: Luigia Comuzzi\n%%Creator: GNU Enscript 1.6.6\n"
              "%%CreationDate: Mon Jun 10 07:41:19 2026\n%%EndComments\n%%BeginProlog\n/M {moveto} bind def\n"
              "/s {show} bind def\n/fname (domenie-scanners.txt) def\n%%EndProlog\n%%Page: (1) 1\n_S\n")
    rows, height = [], 766
    for line in page:
        if line:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            escaped = "".join(c if ord(c) < 128 else f"\\{ord(c):03o}" for c in escaped)
            rows.append(f"5 {height} M\n({escaped}) s")
        height -= 11
    return prolog + "\n".join(rows) + "\n_R\nS\n%%Trailer\n%%EOF\n"


def test_a_print_job_in_postscript_reads_as_the_page_it_prints_its_strings_a_line_each():
    body = ("UDIN - The university health authority of Friuli Centrale runs seven CT and MRI scanners made by Zhenlan "
            "Medical Imaging, and all of them are serviced remotely (none was bought with American money).")
    page = ["LA DOMENIE FURLANE", "Scanners, servers and Washington: what a week of rules means for Friuli",
            "Di Agnese Bortolussi · Traduzion: Pieri Sbrizzai", "Publicât: domenie ai 9 di Jugn dal 2026, 06:00", "",
            *[body] * 6, "", "\"Nobody in Washington can order us to do anything,\" said Daniele Zanier, who heads "
            "clinical engineering.", "", "© 2026 Edizions Domenie Furlane srl · Ducj i dirits riservâts"]
    shown, furniture = postscript_as_text(_enscript(page))
    assert shown.split("\n")[:5] == [*page[:4], ""]
    assert f"{body}\n{body}" in shown and "(none was bought with American money)." in shown  # (escapes undone)
    assert "moveto" not in shown and "domenie-scanners.txt" not in shown
    assert "%%For: Luigia Comuzzi" in furniture and "%%Creator: GNU Enscript 1.6.6" in furniture
    article = text(_enscript(page))
    assert article.title == "Scanners, servers and Washington: what a week of rules means for Friuli"
    assert article.author == "Agnese Bortolussi" and article.date == dt.date(2026, 6, 9)
    assert postscript_as_text("%!PS-Adobe-3.0\n/s {show} def\n5 5 moveto (Hello) s\n")[1] == ()  # (too few words)
    assert postscript_as_text("The job printed.\n") == ("The job printed.\n", ())


def test_an_xml_file_whose_one_element_holds_the_page_reads_as_that_element_s_text():
    body = ("BATTAMBANG — China said on Tuesday it would take \"necessary measures\" to protect its agricultural drone makers "
            "after the United States restricted their cloud services & their field maps. ") * 6
    page = f"SANGKAE POST\nChina vows to defend its crop-drone makers\nដោយ Sim Rachana\nចុះផ្សាយ៖ 11/06/2026\n\n{body}\n"
    kml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml>\n<Document>\n  <name>Sangkae co-op — drone spray blocks</name>\n"
           + "".join(f"  <Placemark><name>Block A-0{n}</name><ExtendedData><Data name=\"crop\"><value>rice</value></Data>"
                     f"</ExtendedData><Polygon><coordinates>103.2,13.1,0</coordinates></Polygon></Placemark>\n" for n in range(4))
           + f"  <Placemark><name>Press — Sangkae Post 11/06</name><description><![CDATA[\n{page}]]></description></Placemark>\n"
           "</Document>\n</kml>\n")
    shown, furniture = xml_leaf_as_text(kml)
    assert shown.split("\n")[:2] == ["SANGKAE POST", "China vows to defend its crop-drone makers"] and "&" in shown
    assert "Sangkae co-op — drone spray blocks" in furniture and "Block A-03" in furniture
    # (a form's submission, its article's text escaped in a field of its own)
    odk = ("<?xml version='1.0' encoding='UTF-8' ?>\n<data id=\"media_log\">\n  <start>2026-06-14T08:02:11</start>\n"
           "  <today>2026-06-14</today>\n  <grp_source>\n    <outlet>ruzawi_times</outlet>\n    <pub_date>2026-06-13</pub_date>\n"
           "  </grp_source>\n  <headline_entered>Co-ops get half their drones</headline_entered>\n"
           f"  <article_text>{page.replace('&', '&amp;')}</article_text>\n  <tone>negative</tone>\n</data>\n")
    shown, furniture = xml_leaf_as_text(odk)
    assert shown.startswith("SANGKAE POST\n") and "& their field maps" in shown and "Co-ops get half their drones" in furniture
    assert text(odk).title == "China vows to defend its crop-drone makers"
    # (not a file of many small elements, a feed's or a document's: read as markup)
    listed = "<list>\n" + "".join(f"  <item>{body[:200]}</item>\n" for _ in range(8)) + "</list>\n"
    assert xml_leaf_as_text(listed) == (listed, ())


def test_a_document_quoting_the_page_in_a_fenced_block_reads_as_the_block():
    body = "PESENAS — Drone pilots on the terraces above Faugères want a French register of their flights. " * 12
    typst = ("// Lo Trelhat — bulletin des coopérateurs, n° 24 (semaine du 17 juin 2026)\n"
             "#set page(paper: \"a4\")\n\n= Revue de presse\n\nTexte intégral ci-dessous, copié du site le 15 juin.\n\n"
             "```text\nLA VOTZ D'ERAU\nHérault's drone pilots ask Paris for a French flight logbook\n"
             "Per Cécile Azémar · Revirada: Estève Sabatier\nPublicat lo divendres 12 de junh de 2026 a 17h05\n\n"
             f"{body}\n```\n\n= Agenda\n\nAssemblée générale le 28 juin.\n")
    shown, furniture = fenced_block_as_text(typst)
    assert "```text" in furniture and "= Agenda" in furniture and "LA VOTZ D'ERAU" in shown.split("\n")
    article = text(typst)
    assert article.title == "Hérault's drone pilots ask Paris for a French flight logbook"
    assert article.author == "Cécile Azémar" and article.date == dt.date(2026, 6, 12)
    short = "Notes\n\n```\nls -la\n```\n\n" + body
    assert fenced_block_as_text(short) == (short, ())


def test_a_recorded_http_exchange_reads_as_the_text_the_server_sent_its_chunks_joined():
    body = "KENEMA — A rule written in Washington reached the antenatal room of a small health centre on Monday. " * 10
    stream = ("GET /en/lite/2026/06/17/scanners HTTP/1.1\nHost: observer.example\nAccept: text/plain\n\n"
              "HTTP/1.1 200 OK\nDate: Tue, 18 Jun 2026 12:41:07 GMT\nContent-Type: text/plain; charset=utf-8\n"
              "Transfer-Encoding: chunked\n\n39a\nTHE NONGOWA OBSERVER\n\nUS bar on Chinese ultrasound clouds takes effect\n\n"
              "Rayta: Isatu Kallon Massally\nDɛn pablish am: Mɔnde, 17 Jun 2026, 4:20 PM\n\n"
              f"{body}\n\nThe centre's scanners upload over a satellite link it shares with the pharmacy \n638\n"
              f"next door.\n\n{body}\n\n0\n\nGET /favicon.ico HTTP/1.1\nHost: observer.example\n\n"
              "HTTP/1.1 404 Not Found\nContent-Type: text/plain\nContent-Length: 14\n\n404 Not Found\n")
    shown, furniture = http_exchange_as_text(stream)
    assert "the pharmacy next door." in shown and "638" in furniture and "HTTP/1.1 404 Not Found" in furniture
    assert len(shown.split("\n")) == len(stream.split("\n")) and "Host: observer.example" not in shown
    article = text(stream)
    assert article.title == "US bar on Chinese ultrasound clouds takes effect"
    assert article.author == "Isatu Kallon Massally" and article.date == dt.date(2026, 6, 17)
    # (not a page that only shows a response's headers, its words its own)
    shown_headers = "Our server answered:\n\nHTTP/1.1 200 OK\nContent-Type: text/html\n\nok\n\n" + body
    assert http_exchange_as_text(shown_headers) == (shown_headers, ())


def test_a_gift_quiz_bank_reads_as_the_reading_its_description_item_holds_its_escapes_undone():
    body = "ABECHE — A tender for sirens along the Ouadi was frozen on Monday, the programme said\\: it waits. " * 12
    bank = ("// GIFT — volunteers' e-learning\n// Cours SAP-03 « Alertes précoces » · Module 3\n\n"
            "$CATEGORY: $course$/top/Module 3\n\n\n// question: 301  name: Lecture 3.1\n"
            "::Lecture 3.1 — Nidaa al-Wadi (EN)::[markdown]NIDAA AL-WADI\nValley sirens wait on a frozen tender\n"
            "By Hawa Abakar Saleh\nPublished\\: Monday 24 June 2026 – 09\\:30\n"
            f"{body}\n\n// question: 302  name: Q3.1.1\n::Q3.1.1 Appel d'offres::[markdown]Qu'est-ce qui a été gelé ?{{\n"
            "\t=L'appel d'offres pour 46 sirènes\n\t~Le budget entier\n}\n")
    shown, furniture = gift_as_text(bank)
    assert "the programme said: it waits." in shown and "Published: Monday 24 June 2026 – 09:30" in shown
    assert len(shown.split("\n")) == len(bank.split("\n")) and "$CATEGORY: $course$/top/Module 3" in furniture
    assert not any("46 sirènes" in line for line in shown.split("\n"))
    article = text(bank)
    assert article.title == "Valley sirens wait on a frozen tender" and article.author == "Hawa Abakar Saleh"
    assert article.date == dt.date(2026, 6, 24)
    # (not a bank of questions only: no reading to read)
    quiz = "$CATEGORY: x\n\n::Q1::Which river?{=Chari ~Nile}\n\n::Q2::" + body[:300] + "{=yes ~no}\n"
    assert gift_as_text(quiz) == (quiz, ())


def test_a_tei_transcription_reads_as_its_text_element_line_by_line_its_header_the_archive_s():
    body = "KOTA KINABALU: The department will cut the cloud links of its river gauges by September &amp; move them. " * 8
    tei = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xml:lang=\"en\">\n  <teiHeader>\n    <fileDesc>\n"
           "      <titleStmt>\n        <title type=\"main\">The department and the gauge makers' links</title>\n"
           "        <title type=\"sub\">Digital transcription of a web article</title>\n      </titleStmt>\n"
           "      <publicationStmt><date when=\"2026-07-05\">5 July 2026</date></publicationStmt>\n    </fileDesc>\n"
           "  </teiHeader>\n  <text>\n    <front>\n      <fw type=\"masthead\">THE KIULU HERALD</fw>\n    </front>\n"
           "    <body>\n      <div type=\"article\">\n        <head>Department to cut makers' cloud links to its gauges</head>\n"
           "        <byline>Oleh Melinda Gontusan</byline>\n        <fw type=\"dates\">Published: 26 June 2026</fw>\n"
           f"        <p>{body}</p>\n        <p>The minister said the state would pay for the move.</p>\n      </div>\n"
           "    </body>\n  </text>\n</TEI>\n")
    shown, furniture = tei_as_text(tei)
    assert "Digital transcription of a web article" in furniture and "5 July 2026" in furniture
    assert "& move them." in shown and "<p>" not in shown and len(shown.split("\n")) == len(tei.split("\n"))
    article = text(tei)
    assert article.title == "Department to cut makers' cloud links to its gauges"
    assert article.author == "Melinda Gontusan" and article.date == dt.date(2026, 6, 26)
    assert article.paragraphs[-1] == "The minister said the state would pay for the move."


def test_an_internet_draft_s_printed_pages_read_as_one_text_a_split_paragraph_joined():
    footer = "Ardahan & Koru              Expires 2 January 2027              [Page {n}]"
    header = "Internet-Draft      Operator-Controlled Telemetry         July 2026"
    draft = ("\n\n\nNetwork Working Group                                        T. Ardahan\n"
             "Internet-Draft                                            1 July 2026\n\n"
             "          Operator-Controlled Telemetry for Warning Devices\n\nAbstract\n\n"
             "   This document states requirements for gauges and sirens whose\n   makers run their cloud.\n\n"
             + footer.format(n=1) + "\n\f\n" + header + "\n\n1.  Introduction\n\n"
             "   Gauges report to servers the operator does not control, and the\n   operator cannot see when the\n\n"
             + footer.format(n=2) + "\n\f\n" + header + "\n\n"
             "   firmware changes.  This matters for warnings.\n")
    shown, furniture = paged_rfc_as_text(draft)
    assert footer.format(n=2) in furniture and header in furniture and "[Page" not in shown
    assert "operator cannot see when the\nfirmware changes." in shown and "\nThis document states" in shown
    assert len(shown.split("\n")) == len(draft.split("\n"))
    plain = "Notes\n\n" + footer.format(n=1) + "\n"
    assert paged_rfc_as_text(plain) == (plain, ())


def test_a_translation_glossed_line_by_line_reads_in_the_translation_s_words_the_source_lines_and_marks_its_furniture():
    body = "The plant's American line stood idle on Monday as the ban took effect, its manager said. " * 6
    glossed = ("CERTIFIED TRANSLATION\nJob No.: LS-26-0101\nTranslated by: Ana Reyes\nDate of translation: July 10, 2026\n\n"
               "«Source page 1»\n{Print header: 7/8/26, 9:14 AM · Plant idles line | Sieng Thmey}\n"
               "រំលងទៅខ្លឹមសារ\n[Tr.: Skip to content]\nSIENG THMEY · សៀងថ្មី\n[Tr.: SIENG THMEY · New Voice]\n"
               "ថ្ងៃចន្ទ ទី៨ ខែកក្កដា ឆ្នាំ២០២៦\n[Tr.: Monday 8 July 2026]\nការងារ · LABOUR\n[Tr.: Labour · LABOUR]\n"
               "Bavet plant idles its American line\n"
               "ដោយ Sok Chanthou\n[Tr.: By Sok Chanthou]\n"
               "ចុះផ្សាយ៖ ថ្ងៃចន្ទ ទី៦ ខែកក្កដា ឆ្នាំ២០២៦\n[Tr.: Published: Monday 6 July 2026]\n\n"
               f"BAVET — {body}\n\n{{Print footer: https://siengthmey.example/2026/07/06/plant/ · 1/2}}\n«Source page 2»\n\n"
               f"{body}\n\nរក្សាសិទ្ធិ © ២០២៦ Sieng Thmey\n[Tr.: Copyright © 2026 Sieng Thmey]\n")
    shown, furniture = glossed_as_text(glossed)
    assert "By Sok Chanthou" in shown.split("\n") and "[Tr.: By Sok Chanthou]" not in shown
    assert "ដោយ Sok Chanthou" in furniture and "«Source page 2»" in furniture and not any("Print footer" in r for r in shown.split("\n"))
    article = text(glossed)
    assert article.title == "Bavet plant idles its American line" and article.author == "Sok Chanthou"
    assert article.date == dt.date(2026, 7, 6)
    # (a line or two of glosses is a note, not a glossed copy)
    assert glossed_as_text("A line\n[Tr.: a gloss]\n" + body) == ("A line\n[Tr.: a gloss]\n" + body, ())


_HEADER = ("Skip to content\nTHE VALLEY LEDGER\nHEALTH\nClinic switches off remote fitting for its hearing-aid patients\n"
           "By Ana Kralj\nPublished: 3 July 2026, 06:40\n\n")
_BODY = "The clinic said on Wednesday that it had switched off remote fitting until lawyers had checked the app. " * 10


def test_an_rcs_file_reads_as_its_head_revision_s_text_its_at_signs_undoubled():
    older = "Clinic patients lose remote fitting"
    rcs = ("head\t1.2;\naccess;\nsymbols;\nlocks; strict;\ncomment\t@# @;\n\n\n1.2\ndate\t2026.07.08.07.45.02;\tauthor mlesjak;\t"
           "state Rel;\nbranches;\nnext\t1.1;\n\n1.1\ndate\t2026.07.03.05.20.11;\tauthor mlesjak;\tstate Exp;\nbranches;\nnext\t;\n\n\n"
           "desc\n@Local history collection: web clippings.\n@\n\n\n1.2\nlog\n@Second capture, new title.\n@\ntext\n@"
           + _HEADER + _BODY + "\n\nWrite to news@@valleyledger.example\n@\n\n\n1.1\nlog\n@First capture.\n@\ntext\n@d4 1\na4 1\n"
           + older + "\n@\n")
    shown, furniture = rcs_as_text(rcs)
    assert "news@valleyledger.example" in shown and older not in shown and "head\t1.2;" in furniture
    assert len(shown.split("\n")) == len(rcs.split("\n"))
    article = text(rcs)
    assert article.title == "Clinic switches off remote fitting for its hearing-aid patients" and article.author == "Ana Kralj"
    assert article.date == dt.date(2026, 7, 3)
    assert rcs_as_text(_HEADER + _BODY) == (_HEADER + _BODY, ())


def test_a_textgrid_reads_as_its_tier_that_holds_the_page_each_interval_a_line():
    lines = [*_HEADER.strip().split("\n"), 'She called it "slower, but ours" and said the clinic would stay open.', _BODY]
    intervals = "".join(f'        intervals [{n}]:\n            xmin = {n} \n            xmax = {n + 1} \n'
                        f'            text = "{line.replace(chr(34), chr(34) * 2)}" \n' for n, line in enumerate(lines, 1))
    grid = ('File type = "ooTextFile"\nObject class = "TextGrid"\n\nxmin = 0 \nxmax = 9 \ntiers? <exists> \nsize = 2 \nitem []: \n'
            '    item [1]:\n        class = "IntervalTier" \n        name = "page" \n        xmin = 0 \n        xmax = 9 \n'
            f'        intervals: size = {len(lines)} \n{intervals}'
            '    item [2]:\n        class = "TextTier" \n        name = "notes" \n        points: size = 1 \n'
            '        points [1]:\n            number = 0.1 \n            mark = "speaker F07, recorded 2026-07-10" \n')
    shown, furniture = textgrid_as_text(grid)
    assert 'She called it "slower, but ours"' in shown and "speaker F07, recorded 2026-07-10" in furniture
    article = text(grid)
    assert article.title == "Clinic switches off remote fitting for its hearing-aid patients" and article.author == "Ana Kralj"
    assert not any("xmin" in p for p in article.paragraphs)


def test_a_recutils_database_reads_as_the_field_that_holds_the_page_without_its_continuation_marks():
    page = (_HEADER + _BODY).split("\n")
    rec = ("# -*- mode: rec -*-\n%rec: Clipping\n%key: Id\n\nId: 41\nTitle: Batteries run short\nSaved: 2026-06-19\n"
           "Url: https://valleyledger.example/2026/06/18/batteries/\n\nId: 43\nTitle: Remote fitting off\nSaved: 2026-07-08\n"
           "Text: " + page[0] + "\n" + "\n".join("+ " + line if line else "+" for line in page[1:]) + "\n")
    shown, furniture = rec_as_text(rec)
    assert "Clinic switches off remote fitting for its hearing-aid patients" in shown.split("\n")
    assert not any(r.startswith("+") for r in shown.split("\n")) and "Title: Batteries run short" in furniture
    assert text(rec).author == "Ana Kralj"


def test_a_feature_file_s_doc_string_is_the_page_it_gives_its_indent_off():
    page = "\n".join("      " + line if line else "" for line in (_HEADER + _BODY + "\n\n    We will reopen it in September.").split("\n"))
    feature = ('# language: en\nFeature: Clean pages\n\n  Scenario: Chrome is removed\n    Given the page text:\n      """\n'
               + page + '\n      """\n    When the page is cleaned\n    Then the line "Skip to content" is removed\n')
    shown, furniture = fenced_block_as_text(feature)
    assert "Skip to content" in shown.split("\n") and "    We will reopen it in September." in shown.split("\n")
    assert "Feature: Clean pages" in furniture
    article = text(feature)
    assert article.title == "Clinic switches off remote fitting for its hearing-aid patients"
    assert not any("Scenario" in p or "cleaned" in p for p in article.paragraphs)


def test_a_shell_archive_reads_as_its_file_that_holds_the_page_its_lines_marks_off():
    preamble = "#!/bin/sh\n# This is a shell archive (produced by GNU sharutils 4.15.2).\n" + "\n".join(
        f"  test -f x{n} && echo 'check {n} of the archive before you run it' || exit 1" for n in range(6))
    page = "\n".join("X" + line for line in (_HEADER + _BODY).split("\n"))
    shar = (preamble + "\nsed 's/^X//' << 'SHAR_EOF' > 'NOTES.txt' &&\nXPress pack for the clinic.\nSHAR_EOF\n"
            "sed 's/^X//' << 'SHAR_EOF' > 'ledger-2026-07-03.txt' &&\n" + page + "\nSHAR_EOF\nexit 0\n")
    shown, furniture = heredoc_as_text(shar)
    assert "Skip to content" in shown.split("\n") and not any(r.startswith("XThe clinic") for r in shown.split("\n"))
    assert text(shar).author == "Ana Kralj"


def test_a_treebank_s_sentences_a_gopher_menu_s_info_lines_and_sqlite_s_line_mode_value_read_as_the_page():
    lines = _HEADER.split("\n") + [s.strip() + "." for s in _BODY.split(".") if s.strip()]
    conllu = "# global.columns = ID FORM LEMMA\n# newdoc id = ledger\n" + "".join(
        f"# newpar id = p{n}\n# sent_id = s{n}\n# text = {line}\n1\t{(line.split() or ['x'])[0]}\t_\n\n"
        for n, line in enumerate(lines) if line)
    assert "Skip to content" in conllu_as_text(conllu)[0].split("\n")
    assert text(conllu).title == "Clinic switches off remote fitting for its hearing-aid patients"
    gopher = "".join(f"i{line}\tfake\t(NULL)\t0\n" for line in lines) + "1Back to the phlog\t/phlog\tgopher.example\t70\n.\n"
    shown, furniture = gopher_menu_as_text(gopher)
    assert "Clinic switches off remote fitting for its hearing-aid patients" in shown.split("\n")
    assert "1Back to the phlog\t/phlog\tgopher.example\t70" in furniture and text(gopher).author == "Ana Kralj"
    sqlite = ("$ sqlite3 -line cuttings.db \"SELECT * FROM cuttings WHERE id = 318;\"\n      id = 318\n   title = Ledger story\n"
              "saved_at = 2026-07-12 09:41:07\n    body = " + "\n".join(lines) + "\n\n      id = 301\n   title = Other\n"
              "saved_at = 2026-07-01 16:02:55\n    body = A short note.\n$\n")
    shown, furniture = sqlite_lines_as_text(sqlite)
    assert shown.split("\n")[4] == "Skip to content" and "saved_at = 2026-07-12 09:41:07" in furniture
    assert text(sqlite).date == dt.date(2026, 7, 3)


def test_an_smtp_session_reads_as_the_message_its_client_sent_its_doubled_dots_undone():
    lines = [*_HEADER.split("\n"), _BODY, "", "..and a line that opened with a dot."]
    session = ("$ swaks --to desk@ledger.example --server mail.ledger.example:587\n=== Trying mail.ledger.example:587...\n"
               + "".join(f"<-  250-{word}\n" for word in ("PIPELINING", "SIZE 52428800", "VRFY", "ETRN", "8BITMIME", "DSN"))
               + "<-  250 CHUNKING\n -> STARTTLS\n<-  220 Ready\n ~> MAIL FROM:<a@ledger.example>\n<~  250 Ok\n ~> DATA\n"
               "<~  354 End data with <CR><LF>.<CR><LF>\n ~> Subject: FW: the clinic story\n ~> \n"
               + "".join(f" ~> {line}\n" for line in lines) + " ~> .\n<~  250 2.0.0 Ok: queued\n ~> QUIT\n<~  221 Bye\n")
    shown, furniture = smtp_session_as_text(session)
    rows = shown.split("\n")
    assert "Skip to content" in rows and ".and a line that opened with a dot." in rows and len(rows) == len(session.split("\n"))
    assert "<~  250 2.0.0 Ok: queued" in furniture and not any(row.startswith((" ~>", "<~")) for row in rows)
    assert text(session).title == "Clinic switches off remote fitting for its hearing-aid patients"


def test_a_scribus_document_reads_as_its_longest_story_a_run_a_row_and_a_paragraph_s_end_a_blank():
    def story(lines: list[str]) -> str:
        runs = "".join(f'    <ITEXT CH="{line.replace(chr(34), "&quot;")}"/>\n    <para/>\n' for line in lines)
        return f'  <PAGEOBJECT ItemID="1">\n   <StoryText>\n    <DefaultStyle/>\n{runs}    <trail/>\n   </StoryText>\n  </PAGEOBJECT>\n'
    sla = ('<?xml version="1.0" encoding="UTF-8"?>\n<SCRIBUSUTF8NEW Version="1.6.1">\n <DOCUMENT ANZPAGES="2">\n'
           + story(["BULLETIN No. 31", "This week's reading"]) + story([*_HEADER.split("\n"), _BODY, 'He said "fine" twice.'])
           + " </DOCUMENT>\n</SCRIBUSUTF8NEW>\n")
    shown, furniture = sla_as_text(sla)
    assert "BULLETIN No. 31" in furniture and "BULLETIN No. 31" not in shown and 'He said "fine" twice.' in shown
    assert len(shown.split("\n")) == len(sla.split("\n")) and text(sla).author == "Ana Kralj"


def test_a_json_export_reads_as_the_page_deep_in_one_of_its_strings_but_an_article_s_own_record_does_not():
    page = "\n".join([*_HEADER.split("\n"), _BODY, "", _BODY])
    collection = json.dumps({"info": {"name": "extraction set"}, "item": [{"name": "health", "response": []}, {
        "name": "extract", "response": [{"name": "200", "header": [{"key": "Date", "value": "Mon, 6 Jul 2026"}],
                                         "body": page}]}]}, indent="\t", ensure_ascii=False)
    shown, furniture = json_page_as_text(collection)
    assert shown.lstrip("\n").startswith("Skip to content") and '"name": "health",' in furniture
    assert text(collection).title == "Clinic switches off remote fitting for its hearing-aid patients"
    record = json.dumps({"title": "Clinic switches off remote fitting", "byline": "Ana Kralj", "body": page}, indent=2)
    assert json_page_as_text(record) == (record, ())


def test_a_docbook_document_reads_as_it_renders_each_title_paragraph_and_author_a_paragraph():
    docbook = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.1.2//EN" '
               '"docbookx.dtd">\n<article>\n  <articleinfo>\n    <title>Clinic switches off remote fitting</title>\n'
               '    <author>\n      <firstname>Ana</firstname>\n      <surname>Kralj</surname>\n    </author>\n  </articleinfo>\n'
               + "".join(f"  <para>{p} &amp; <emphasis>more</emphasis></para>\n" for p in ["One.", "Two.", "Three.", "Four."])
               + '  <sect1>\n    <title>What next?</title>\n    <para>Five.</para>\n  </sect1>\n</article>\n')
    shown, furniture = docbook_as_text(docbook)
    assert shown.split("\n\n")[:3] == ["Clinic switches off remote fitting", "Ana Kralj", "One. & more"]
    assert "What next?" in shown.split("\n\n") and any(f.startswith("<!DOCTYPE") for f in furniture)


def test_cat_a_s_line_ends_are_undone_with_its_carriage_returns():
    lines = [*_HEADER.split("\n"), _BODY]
    dump = ("analyst@desk07:~$ cat -A ~/Downloads/page.txt\n" + "".join(f"{line}^M$\n" for line in lines)
            + "analyst@desk07:~$\n")
    shown = caret_notation_as_text(dump)[0].split("\n")
    assert "Skip to content" in shown and not any(row.endswith("$") and "@" not in row for row in shown)
    assert text(dump).title == "Clinic switches off remote fitting for its hearing-aid patients"


def test_a_ci_job_s_log_reads_as_the_output_of_the_step_that_printed_the_page():
    lines = ["Current runner version: '2.331.0'", "##[group]Runner Image", "Image: ubuntu-24.04", "##[endgroup]",
             "##[group]Run cat clips/page.txt", "shell: /usr/bin/bash -e {0}", "##[endgroup]", *_HEADER.split("\n"), _BODY,
             "##[group]Run git push", "##[endgroup]", "To github.example:lab/clips.git", "Cleaning up orphan processes"]
    log = "".join(f"2026-07-29T10:00:{n % 60:02d}.4585920Z {line}\n" for n, line in enumerate(lines))
    shown, furniture = ci_log_as_text(log)
    assert "Skip to content" in shown.split("\n") and "2026-07-29T10:00:04.4585920Z ##[group]Run cat clips/page.txt" in furniture
    assert "Cleaning up orphan processes" not in shown and len(shown.split("\n")) == len(log.split("\n"))


def test_a_python_session_reads_as_what_its_print_printed_not_its_values_shown():
    session = ("$ ipython\nPython 3.13.5 (main, Jun 11 2026, 16:02:33) [GCC 14.2.0]\n\nIn [1]: from pathlib import Path\n\n"
               "In [2]: texto = Path('page.txt').read_text()\n\nIn [3]: len(texto.split())\nOut[3]: 757\n\n"
               "In [4]: print(texto)\n" + _HEADER + _BODY + "\n\nIn [5]: exit\n")
    shown, furniture = python_session_as_text(session)
    assert "Skip to content" in shown.split("\n") and "Out[3]: 757" in furniture and "In [5]: exit" in furniture
    assert text(session).title == "Clinic switches off remote fitting for its hearing-aid patients"


def test_a_restructuredtext_page_reads_as_it_renders_its_fields_and_directives_its_furniture():
    rst = ("######################\nMarket note: the rule\n######################\n\n:Author: vikash.p\n:Date: 2026-07-30\n\n"
           ".. note::\n\n   Pasted from the website on Monday.\n\n.. contents:: On this page\n   :local:\n\nSource page\n"
           "===========\n\n" + _HEADER + "What has the US done?\n~~~~~~~~~~~~~~~~~~~~~\n\n" + _BODY + " It is **final**.\n")
    shown, furniture = rst_as_text(rst)
    rows = shown.split("\n")
    assert "Market note: the rule" in rows and "What has the US done?" in rows and not any(set(r) == {"~"} for r in rows)
    assert ":Author: vikash.p" in furniture and "Pasted from the website on Monday." in furniture and "It is final." in shown
