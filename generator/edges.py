"""Sentences about an article rather than of it, read at the text's edges.

A page's notes on its own making (who produced, edited or translated it), its versions (an editor's note, a
correction, an update) and its provenance (adapted from remarks, first published in) share a shape whatever the
outlet: the piece itself is the subject and the verb is one of editing, or a production role is credited "by" a
name. Reading that shape, rather than each site's wording, is what lets a page nobody has seen lose its notes.
"""
from __future__ import annotations

import re

from .text import sentences

# "Correction (Sept. 4, 2026): An earlier version of this article, published on Sept. 3, 2026, ...", "This story was
# first published on Nov. 16, 2026. It was updated on ...": a note about the article itself.
# "This story originally appeared in The Kansai Economic Review on Nov. 20, 2026.": a syndicated copy's note
# The day a stamp of publication gives: "22 Oct 2026", "Oct. 22, 2026", "22-10-2026" (its one group)
STAMP_DAY = r"(\d{1,2}\s+\w+\.?\s+(?:19|20)\d\d|\w+\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d)"
# (... "Originally published at scai.example on August 6, 2029.": Medium's note under a story it imported, a host's name)
ORIGINALLY_PUBLISHED = re.compile(r"\b(?:originally|first)\s+(?:published|appeared|ran)(?:\s+|(?=:))"
                                  r"(?:(?:in|on|by|at)\s+(?!\w+\.?\s+\d)(?:[\w-]+(?:\.[\w-]+)+|[^.;]{2,80}?)\s+)?"
                                  rf"(?:on\s*:?\s+|:\s*)?{STAMP_DAY}", re.I)  # (... "First published on: 22-10-2026 at 23:40 IST", "First Published: 29 Apr")

# A broadcast script's cue between its paragraphs: "[Anchor Lead]", "[Pkg]", "[Reporter]", "[Standup]" (words, no
# sentence), which a news channel's web copy of its script keeps.
BROADCAST_CUE = re.compile(r"[\[【][A-Za-z][A-Za-z ./&-]{1,24}[\]】]")

# What a page calls itself when it talks about itself.
_PIECE = (r"(?:article|story|piece|commentary|column|essay|analysis|alert|client alert|update|insight|post|blog post|report|"
          r"brief|briefing|note|newsletter|episode|podcast|transcript|interview|conversation|Q&A|op-ed|editorial|feature|"
          r"bulletin|edition|issue|publication|translation|summary|explainer|review)")
_SELF = (rf"(?:(?:an?|the)\s+(?:earlier|previous|original|prior)\s+version\s+of\s+)?"
         rf"(?:this|the\s+(?:above|following|present)|our)\s+{_PIECE}")
# What an editor does to a piece (its versions, its provenance, its making).
_EDITING = (r"(?:updated|corrected|amended|revised|adapted|edited|condensed|shortened|abridged|translated|published|"
            r"republished|reprinted|produced|prepared|commissioned|excerpted|drawn|based|fact-checked|misstated|misspelled|"
            r"misidentified|misattributed|incorrectly|erroneously|(?:first |originally )?appeared|appears|is part|was part|"
            r"(?:is|was) provided for|(?:is|are)\s+(?:also\s+)?available\s+(?:in|on)\b)")
_ABOUT_ITSELF = re.compile(rf"{_SELF}\b(?:[^.;:!?\"“”]{{0,60}}?\s)?(?:(?:is|was|has been|had been|have been|were|are)\s+)?"
                           rf"(?:\w+ly\s+)?{_EDITING}", re.I)
# ... or tells whose it is: "This is a guest post by A, who covered ...", "Today's issue is a guest essay from B."
# (its writers, as read_html takes them for the page's authors: "... from Ingrid Solberg, who spent ten years ...")
_WRITER = r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+"
GUEST_NOTE = re.compile(rf"(?:This|Today['’]s {_PIECE}|This week['’]s {_PIECE})\s+is\s+a\s+guest\s+{_PIECE}\s+(?:by|from)\s+"
                        rf"(?=[A-Z])(?P<names>(?-i:{_WRITER}(?:(?:,\s*|\s+and\s+){_WRITER})*))?", re.I)
# ... or is an update's stamp with its reason: "Updated December 21, 2026, to reflect the ministry's statement of ..."
_UPDATED_TO = re.compile(r"(?i:Last\s+)?(?i:Updated)\s+(?:on\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?"
                         r"(?:\s+\d{4})?)(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?,?\s+to\s+"
                         r"(?:reflect|include|add|correct|clarify|note|incorporate|update)\b")
# ... or, under an update's label, what the writers changed: "Updated 15 January 2030: we have added the price ..."
_WE_EDITED = re.compile(r"(?i:we|I)\s+(?:have\s+|'ve\s+)?(?:added|corrected|updated|clarified|amended|changed|removed|expanded"
                        r"|revised|rewritten|fixed)\b")
# ... and goes on about it: "It was updated on March 23 to correct ..."
_IT_GOES_ON = re.compile(rf"(?:It|This)\s+(?:is|was|has been|had been)\s+(?:\w+ly\s+)?{_EDITING}"
                         # ... or a correction's own words: "The correct figure, from ..., is 421 tonnes.", "The chart has
                         # been updated."
                         rf"|The\s+correct(?:ed)?\s+(?:figure|number|name|date|title|spelling|amount|total)\b[^.]{{0,80}}?\s(?:is|was|are)\b"
                         rf"|The\s+(?:chart|graphic|table|headline|map|figure|photo|caption)s?\s+(?:has|have)\s+been\s+{_EDITING}")
# Whose words were translated, and by whom: "Quotes from Jens Oberhauser were translated from German by Metals Ledger."
_TRANSLATED_WORDS = re.compile(r"(?:Quotes?|Quotations?|Comments?|Remarks?|Interviews?)\b[^.]{0,80}?\b(?:were|was|have been|has been)"
                               r"\s+translated\b[^.]{0,80}\.?", re.I)
# An earlier version of the piece, whatever it got wrong: "An earlier version of this post put March exports at 412 tonnes."
_EARLIER_VERSION = re.compile(rf"(?:An?|The)\s+(?:earlier|previous|original|prior)\s+version\s+of\s+(?:this|the)\s+{_PIECE}\b", re.I)
# A production role credited by name: "Fact-checking by A.", "Tradecraft is produced by A and edited by B.",
# "Theme music is by C.", "Unofficial translation by D & E."
_ROLE = (r"(?:produced|production|(?:co-)?produc(?:er|ers)|edited|editing|fact[- ]check(?:ed|ing)|mix(?:ed|ing)|mastered|mastering|"
         r"engineered|engineering|sound design|sound|music|composed|illustrat(?:ed|ion|ions)|photographs|photography|graphics|"
         r"design(?:ed)?|art direction|artwork|animation|research|(?:additional )?reporting|translat(?:ed|ion)|transcri(?:bed|ption)|"
         r"copy[- ]?edit(?:ed|ing)"
         # ("(Japanese original by A, Business News Department, and B, Beijing Bureau)": whose text the translation's is)
         r"|(?:Japanese|Chinese|Korean|German|French|Spanish|Portuguese|Italian|Dutch|Russian|Arabic|Vietnamese|Thai|"
         r"Indonesian|Malay|Polish|Turkish|Hindi)\s+original)")
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|&|of|de|van|von|da|al))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|&|,?\s+and)\s+{_NAME})*"
_CREDIT = re.compile(rf"(?:[\w'’&-]+\s+){{0,4}}?(?:(?:is|was|are|were)\s+)?{_ROLE}\s+(?:(?:is|was|are|were)\s+)?by\s+{_NAMES}"
                     rf"(?:(?:\s*[,;]|,?\s+and)\s+(?:(?:is|was)\s+)?{_ROLE}\s+by\s+{_NAMES})*[.;]?", re.I)
# ... or the crew by its roles: "Our producer is Tomás Beltrán and our editor is Hannah Lisowski."
_CREW_ROLE = r"(?:(?:senior|executive|associate|supervising|managing|series)\s+)?(?:producers?|editors?|engineers?|" \
             r"sound designers?|mixers?|composers?|researchers?|fact[- ]checkers?)"
_CREW = re.compile(rf"(?:Our|The\s+show['’]s|This\s+episode['’]s)\s+{_CREW_ROLE}\s+(?:is|are|was|were)\s+{_NAMES}"
                   rf"(?:(?:\s*[,;]|,?\s+and)\s+(?:our\s+)?{_CREW_ROLE}\s+(?:is|are|was|were)\s+{_NAMES})*\.?")
# ... or whose production it is: "Chokepoint is a production of Lattice Media."
_PRODUCTION_OF = re.compile(rf"(?:[\w'’&-]+\s+){{1,4}}(?:is|was)\s+an?\s+(?:[\w-]+\s+)?production\s+(?:of|from|by)\s+{_NAMES}\.?")
# ... or that the live coverage is over: "This live blog has ended.", "Our live coverage has now closed."
_LIVE_ENDED = re.compile(r"(?:This|Our|The)\s+live\s+(?:blog|coverage|page|updates?|feed)\s+(?:has|have|is|are)\s+(?:now\s+)?"
                         r"(?:ended|closed|finished|concluded|paused)\b[^.]{0,100}\.?", re.I)
# ... or the role's help for the piece, and whose it was: "Research assistance for this post came from Ben Osei."
_HELP_FOR = re.compile(rf"{_ROLE}(?:\s+(?:assistance|support|help))?\s+(?:for|on|with)\s+{_SELF}\s+"
                       rf"(?:came\s+from|was\s+(?:provided|contributed|given)\s+by|(?:is|was)\s+(?:from|by))\s+{_NAMES}\.?", re.I)
# ... or who paid for the reporting: "Reporting for this article was supported by the Halden Fund for Environmental Journalism."
_SUPPORTED_BY = re.compile(rf"(?:Reporting|Research|Travel|Work)\s+(?:for|on)\s+{_SELF}\s+(?:was|is)\s+(?:\w+ly\s+)?"
                           rf"(?:supported|funded|made possible|paid for)\s+(?:in part\s+)?by\b[^.]{{2,120}}\.?", re.I)
# A website's note on its own translations: "All information published in this website in English is for reference only."
_SITE_REFERENCE_ONLY = re.compile(r"(?:All\s+)?(?:the\s+)?(?:information|content|materials?|texts?)\s+(?:published|posted|provided)\s+"
                                  r"(?:in|on)\s+this\s+(?:web\s?)?site\b[^.]{0,60}?\bfor\s+(?:reference|information)(?:\s+purposes)?"
                                  r"(?:\s+only)?\.?", re.I)
# ... or the writers' thanks: "The authors thank Leah Brenner, summer associate, for her assistance in preparing this alert."
_THANKS = re.compile(r"(?:The\s+)?(?:authors?|writers?|we|I)\s+(?:would\s+like\s+to\s+|wish\s+to\s+)?(?:thanks?|are\s+grateful\s+to|"
                     r"acknowledges?)\s+[^.]{2,120}?\s+for\s+(?:\w+\s+){0,3}(?:assistance|help|support|research|comments|review|"
                     r"contributions?|input)\b[^.]{0,80}\.?", re.I)
# Where readers send tips: "Tips about enforcement cases are welcome at nadia@dieshrink.news."
_TIPS_TO = re.compile(r"(?:(?:News\s+)?Tips?|Story\s+ideas?|Leads?)\b[^.@]{0,60}?\b(?:welcome|to|at|via)\b[^@]{0,40}?"
                      r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?|(?:Send|Email|E-mail)\s+(?:us\s+)?(?:your\s+)?tips?\s+(?:to|at)\s+"
                      r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?", re.I)
CONTACT_SENTENCE_MAX_WORDS = 40  # "If you have any questions ..., please contact the authors or ...": a sentence, not a paragraph
# Which language's text is binding: "The Chinese text of the announcement controls."
# ("In case of discrepancy, the Chinese version shall prevail.", "The English version is for reference only.")
# Whom to write to about the piece: "Contact reporter A (a@x.cn) and editor B (b@x.cn)", "To contact the reporters ..."
# ... or "Reach Dale Kowalczyk at dkowalczyk@yvsentinel.com or 509-555-0142.": a writer's address under the story
# ... or "If you have any questions concerning the material discussed in this client alert, please contact the authors"
CONTACT_LINE = re.compile(r"(?:Please\s+)?(?:To\s+)?Contact\s+(?:any\s+of\s+)?(?:the\s+)?(?:reporters?|editors?|authors?|writers?|correspondents?)\b"
                          r"|If\s+you\s+have\s+(?:any\s+)?questions\b[^.]{0,160}?\b(?:please\s+)?(?:contact|reach out to|get in touch with)\b"
                          r"|(?:You\s+can\s+)?(?-i:Reach\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+at\s+[\w.+-]+@", re.I)
# "Comments", as sites in the languages analysts read name their readers' comments (a section's label, a box's class)
COMMENT_WORDS = (r"(?:comments?|comentarios?|comentários?|iruzkinak?|comentaris?|comentarii|commentaires?|kommentare?|commenti|reacties|komentarze|kommentarer"
                 r"|yorumlar|komentáře|komentari|коментарі|комментарии|коментари|коментара"
                 r"|komentara|réactions|komen|التعليقات|تعليقات"
                 r"|mga komento|komento|մեկնաբանություններ|கருத்துகள்|கருத்துக்கள்"
                 # (Swahili, Haitian Creole, Tetum, Luganda, Setswana, Urdu, Bengali, Azerbaijani, Uzbek, Kazakh, Tajik, Krio)
                 r"|maoni|kòmantè|komentáriu|endowooza|dikakgelo|تبصرے|মন্তব্য|şərhlər|izohlar|пікірлер|шарҳҳо"
                 r"|wetin pipul dɛm se"
                 # (Mongolian, Slovene, Sinhala, Amharic, Estonian, Kinyarwanda, Khmer)
                 r"|сэтгэгдэл|komentarji|අදහස්|አስተያየቶች|kommentaarid|ibitekerezo|មតិយោបល់"
                 # (Telugu, Lao, Hebrew, Icelandic, Hausa, Sorani)
                 r"|వ్యాఖ్యలు|ຄຳເຫັນ|תגובות|athugasemdir|sharhi|لێدوانەکان)")  # (Filipino, Armenian, Tamil)  # (a French site's readers' "Réactions (2)"; Arabic "التعليقات 37")
# ... and the replies under a chat's post ("2 replies from A and B"), and the button to add one, in the same languages
REPLY_WORDS = (r"(?:replies|reply|răspunsuri|răspuns|respuestas|respuesta|réponses|réponse|antworten|antwort|risposte|risposta"
               r"|antwoorden|antwoord|odpowiedzi|odpowiedź|svar|yanıt|yanıtlar|odpovědi|odgovori|відповіді|ответы|ответа)")
REPLY_ACTIONS = r"(?:Răspundeți|Răspunde|Responder|Répondre|Antworten|Rispondi|Beantwoorden|Odpowiedz|Svara|Svar|Yanıtla|Odpovědět|Odgovori|Відповісти|Ответить)"
# A post's tags, a line of their own: "#USMCA #Nearshoring", "⚡️ #აშშ #ჩინეთი #დრონები" (a channel's, after its mark)
HASHTAGS = re.compile(r"[^\w\s#]{0,3}\s*#[^\W\d_][\w-]*[,;]?(?:\s+#[^\W\d_][\w-]*[,;]?)*\s*")
# A wire's link to license its picture, run into the caption: "... Harborline/A Purchase Licensing Rights, opens new tab"
LICENSING_LINK = re.compile(r"\s*(?:Purchase|Buy) (?:Licensing Rights|this (?:photo|image|picture))(?:\s*,\s*opens new tab)?", re.I)
_BINDING = re.compile(r"(?:In\s+(?:the\s+)?(?:case|event)\s+of\s+(?:any\s+)?(?:discrepanc(?:y|ies)|conflicts?|inconsistenc(?:y|ies))"
                      r"[^.,]{0,60},\s*)?(?:The|the|Only the)\s+[A-Z]\w+(?:-language)?\s+(?:text|version|original|translation)\b"
                      r"[^.]{0,80}?\b(?:controls|prevails|shall prevail|is authoritative|is the authoritative\b[^.]*|is binding|"
                      r"is definitive|is (?:provided )?for (?:reference|information)(?: (?:only|purposes))?)\.?")
# ... or that the text is a translation: "This is a provisional translation for reference purposes only."
_TRANSLATION = re.compile(r"(?:This|The\s+following|The\s+(?:text\s+)?(?:below|above))(?:\s+(?:transcript|text|release|statement|document|"
                          r"remarks))?\s+is\s+an?\s+(?:(?:provisional|unofficial|informal|courtesy|"
                          r"machine|English|working)\s+)*translation"
                          # ("The above transcript is an English translation and is for reference only.")
                          r"(?:\s+(?:(?:and\s+is\s+)?(?:provided\s+)?for\s+(?:reference|information)(?:\s+purposes)?(?:\s+only)?"
                          r"|of\s+the\s+(?:original|[A-Z]\w+(?:-language)?\s+(?:original|text|version|transcript|release))"
                          r"|by\s+[A-Z][^.]{0,40}))?\.?", re.I)  # ("... of the Chinese transcript")
# A broadcast transcript on itself: "Accuracy and availability of HPR transcripts may vary.", "The authoritative record of
# HPR's programming is the audio record."
_IN_SENTENCE = r"(?:[^.]|\.(?=\w))"  # (a web address's dots end no sentence: "Audio on hpr.org may be edited")
_ON_THE_TRANSCRIPT = re.compile(rf"(?={_IN_SENTENCE}*\b(?i:transcripts?|scripts?|audio|programm(?:ing|es?)|broadcast)\b)"
                                # (... "Bulletin scripts are published after broadcast for the record.")
                                rf"(?={_IN_SENTENCE}*\b(?i:may|accuracy|authoritative|revised|edited|produced|generated|rush|published\s+after\s+(?:broadcast|airing|transmission))\b)"
                                rf"{_IN_SENTENCE}{{10,220}}\.?")
# ... or says what it is: "This is a transcript of the radio story.", "This is a rush transcript."
_IS_A_TRANSCRIPT = re.compile(r"This\s+is\s+an?\s+(?:[\w-]+\s+){0,2}transcript\b[^.]{0,80}\.?", re.I)
# A production's stage direction in a transcript: "(SOUNDBITE OF MUSIC)", "[LAUGHTER]"
_STAGE_DIRECTION = re.compile(r"[(\[][A-Z][A-Z ,'’-]{2,60}[)\]]")
# What may follow a stamp's day: ", 10:10 PM IST", " at 23:40 IST"
_TIME_OF_DAY = re.compile(r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?)?\s*\.?")
# A note's label: whatever follows is about the piece.
# ("Correction, Nov 13:", "Clarification (March 2, 2026):": its day between the word and the colon)
_ON_DAY = r"(?:,?\s*\(?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\)?|,?\s*\(?\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?\)?)?"
# (... and in the site's language, a day in figures or words before the colon: "Rectificatif, 10 mai 2030 :", "Fe de
# erratas:", "Nota de la redacción:", "Berichtigung:")
_FOREIGN_NOTE = (r"(?:Rectificatif|Rectification|Erratum|Correctif|Note de la rédaction|N\.?\s?d\.?\s?l\.?\s?r\."
                 r"|Corrección|Fe de erratas|Aclaración|Nota de la redacción|Nota del editor|Nota do editor|Correção|Errata"
                 r"|Nota da redação|Correzione|Rettifica|Nota della redazione|Berichtigung|Korrektur|Anmerkung der Redaktion"
                 r"|Correctie|Rättelse|Rettelse|Oikaisu|Sprostowanie|Oprava"
                 # (a writer's own note under the text: "Nota del autor: trabajé once años en el despacho de carga ...")
                 r"|Nota del autor|Nota de la autora|Nota do autor|Nota da autora|Note de l['’]auteur|Note de l['’]autrice"
                 r"|Anmerkung des Autors|Nota dell['’]autore"
                 # (... and further afield: "Marekebisho (13 Juni 2030):", "Ralat:", "Поправка от 12 июня:", "Düzeltme:")
                 r"|Marekebisho|Masahihisho|Ralat|Koreksi|Pembetulan|Düzeltme|Tashih|Поправка|Исправление|Уточнение"
                 r"|От редакции|Виправлення|Від редакції|Helyesbítés|Rectificare|Erată|Nota redacției|Διόρθωση|Đính chính"
                 r"|Pagwawasto|Leiðrétting|Pataisymas|Labojums|Parandus|Popravek|Ispravka|تصحيح|תיקון|更正|訂正|정정"
                 # (an editor's note and an update's label: "Примітка редакції:", "Mizajou, 19 jen 2030, 4:10 pm:")
                 r"|Примітка редакції|Примечание редакции|Nòt redaksyon|Koreksyon|Mizajou"
                 r"|Эзоҳи таҳририя|Эзоҳ|ملاحظة المحرر|ملاحظة التحرير|تنويه)"
                 r"(?:,?\s*\(?[\w.]+(?:,?\s+[\w.:]+){0,5}\)?)?\s*[:：]")
NOTE_LABEL = re.compile(rf"(?:Editor|Editors|Publisher|Author|Writer)['’]?s?['’]? note{_ON_DAY}\s*:|(?:Correction|Clarification)s?{_ON_DAY}\s*:"
                        rf"|{_FOREIGN_NOTE}"
                        # (a blog's addendum under its post: "Edit, 11 December: a reader points out that ...")
                        rf"|Edit(?:ed)?{_ON_DAY}\s*:"
                        # ("Data note: figures are for HS code 8112.92 ...", "A note on sources:": how the piece was made)
                        r"|(?:Data|Methodology|Methods)\s+note\s*:|(?:A\s+)?note\s+on\s+(?:the\s+)?(?:data|sources|methodology)\s*:"
                        r"|Disclosures?\s*:", re.I)  # ("Disclosure: X's parent company has no financial interest in Y.")
# An update's label, with its day and time: "Update, 14 September, 11:10 AWST:" (what follows must be about the piece: a
# live blog's "Update:" opens news)
_UPDATE_LABEL = re.compile(r"Updated?(?:\s*[,(]?\s*(?:[^:]|(?<=\d):(?=\d\d)){0,40})?:\s*", re.I)


_ENGLISH_WORD = re.compile(r"\b(?i:the|and|of|is|are|was|to|in|on|for|with|this|that|it|by|at|from|has|have|be)\b")
FOREIGN_NOTE_MAX_WORDS = 15


def about_the_piece(paragraph: str) -> bool:
    """A paragraph that only tells of the article itself: its editor's note, its correction, its credits, its
    provenance. Quoted words are someone's, never the page's note."""
    text = paragraph.strip(" *_\u00a0")
    # (a headline the piece ran under, quoted: "This article appeared in the print edition under the headline "Parts
    # unknown"", is the page's own words)
    text = re.sub(r"(\bunder\s+the\s+(?:headline|title))\s+[\"“][^\"“”]{1,120}[\"”]", r"\1", text)
    if not text or re.search(r"[\"“”]", text):
        return False
    aside = re.fullmatch(r"\(([^()]+)\)\.?", text)
    text = aside.group(1).strip() if aside and not _STAGE_DIRECTION.fullmatch(text) else text  # "(This article was written ...)"
    if _STAGE_DIRECTION.fullmatch(text):
        return True
    stamp = ORIGINALLY_PUBLISHED.match(text)
    if stamp and _TIME_OF_DAY.fullmatch(text[stamp.end():]):
        return True  # "(Originally published on Aug 25, 2026, 10:10 PM IST)": the piece's first publication, and nothing more
    label = NOTE_LABEL.match(text)
    if label:
        return bool(text[label.end():].strip())  # (the label alone, a callout's, is read with the note under it)
    text = re.sub(r"^\*?Note\s*:\s*(?=\S)", "", text)  # (a plain "Note:" opens news as often: what follows decides)
    update = _UPDATE_LABEL.match(text)
    text = text[update.end():] if update and text[update.end():].strip() else text
    parts = sentences(text)
    # (the note in the site's own language beside the English: "Ovaj tekst je dostupan i na srpskom jeziku. This article
    # is also available in Serbian.")
    foreign = [p for p in parts if len(p.split()) <= FOREIGN_NOTE_MAX_WORDS and not _ENGLISH_WORD.search(p)]
    parts = [p for p in parts if p not in foreign] if len(foreign) < len(parts) else parts
    for number, sentence in enumerate(parts):
        sentence = sentence.strip()
        if _CREDIT.fullmatch(sentence) or _CREW.fullmatch(sentence) or _PRODUCTION_OF.fullmatch(sentence) \
                or _LIVE_ENDED.fullmatch(sentence) or _HELP_FOR.fullmatch(sentence) or _TIPS_TO.fullmatch(sentence) or _BINDING.fullmatch(sentence) \
                or _SUPPORTED_BY.fullmatch(sentence) or _SITE_REFERENCE_ONLY.fullmatch(sentence) or _THANKS.fullmatch(sentence) \
                or CONTACT_LINE.match(sentence) and len(sentence.split()) <= CONTACT_SENTENCE_MAX_WORDS or _TRANSLATION.fullmatch(sentence) \
                or not number and (_UPDATED_TO.match(sentence) or _EARLIER_VERSION.match(sentence)
                                   or update and re.search(r"\d", update.group(0)) and _WE_EDITED.match(sentence)
                                   and not re.search(r"\b(?:said|says|told)\b", sentence)) \
                or _ABOUT_ITSELF.match(sentence) or GUEST_NOTE.match(sentence) or _TRANSLATED_WORDS.fullmatch(sentence) \
                or _ON_THE_TRANSCRIPT.fullmatch(sentence) or _IS_A_TRANSCRIPT.fullmatch(sentence) \
                or number and _IT_GOES_ON.match(sentence):
            continue
        return False
    return bool(parts)
