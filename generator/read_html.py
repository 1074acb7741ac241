"""Read HTML: a web page saved from a browser (or fetched by ``briefings add``) becomes a ``Seed``.

trafilatura finds the article in the page (its paragraphs, without navigation,
banners, share buttons, related lists, comments, newsletter boxes or footers)
and what the page says about itself (title, authors, date through htmldate, site
name, canonical address). This reader adds what trafilatura leaves to its
caller: figure captions kept apart and in place, bold speaker labels as
transcript turns, pull quotes and time stamps dropped, the article's edges (a
kicker above the headline, a deck, "###", a closing author bio: kept apart, not
lost), a second, recall-favouring pass when trafilatura finds no article, the
page's own <h1> and site name where the metadata falls short (and the site's
name cut off the headline), a converted PDF's line <div>s joined into paragraphs
without its running headers and page numbers, and a count of what was left out. The page is data: only its text is kept, never its markup.

The parse stage then treats the blocks like any seed's: bylines, datelines,
photo credits and rights notices are recognised by the same rules, and the
page's metadata beats what those rules infer.
"""
from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import html
import itertools
import json
import dataclasses
import re
import unicodedata
from urllib.parse import urlsplit

from .dates import MONTH_FIRST_PLACE, MONTH_NAMES, build_day
from .edges import BROADCAST_CUE, COMMENT_WORDS, CONTACT_LINE, GUEST_NOTE, HASHTAGS, LICENSING_LINK, NOTE_LABEL, ORIGINALLY_PUBLISHED, about_the_piece
from .files import HTML_SUFFIXES  # noqa: F401  (read_html.HTML_SUFFIXES, as before)
from .model import Block, Diagnostic, PageInfo, Seed, SeedError
from .parse import CONTRIBUTION, COUNTER, FIELD_LABEL, MEDIA_LINK_LINE, MODIFIED_REACH_DAYS, NATIVE_DIGITS, OUTLET_WORDS, REPORTED_FROM, opens_with_dateline
from .text import EMAIL_ADDRESS, LEGAL_FORM, LEGAL_FORMS, NAME_PARTICLES, NAMES_APART, box_label, clean, loose as _loose, name_case, without_honorific

# Written by ``briefings add`` as the first bytes of a fetched page: where it came from
# and when. Only these two keys, and only at the very start of the file, are trusted.
FETCH_HEADER = re.compile(
    rb'\A(\xef\xbb\xbf)?<meta name="briefings:original_url" content="([^"<>\s]*)">\n'
    rb'<meta name="briefings:fetched" content="([0-9T:Z-]*)">\n')
# A heading's or a figure's permalink, a sign beside it: Sphinx's "¶", Docusaurus' "#", anchor.js's "🔗"
_PERMALINK_XPATH = ("//a[contains(concat(' ', normalize-space(@class), ' '), ' headerlink ') or contains(concat(' ', "
                    "normalize-space(@class), ' '), ' hash-link ') or contains(@class, 'anchorjs-link') or contains(@class, "
                    "'heading-anchor') or contains(@class, 'header-anchor') or contains(concat(' ', normalize-space(@class), ' '), "
                    "' anchor-link ')][starts-with(@href, '#')][string-length(normalize-space()) <= 2]")  # (nbconvert's "anchor-link")
# An advertisement's label, in the site's language: over an advert's box in the text, or left alone in it
ADVERT_LABELS = ("advertisement", "advertising", "sponsored", "ad", "promoted", "paid content", "partner content",
                 # (German, Spanish, Portuguese, French, Italian, Dutch, Polish/Czech, Turkish, Finnish, Norwegian/Danish,
                 # Swedish; Russian and Ukrainian, Bulgarian, Hungarian, Greek, Swahili, Indonesian, Vietnamese, Chinese,
                 # Japanese, Korean, Arabic, Hebrew)
                 "anzeige", "werbung", "publicidad", "publicidade", "publicité", "pubblicità", "advertentie", "reklama",
                 "reklam", "mainos", "annonse", "annons", "реклама", "реклама и партнёрские материалы", "реклама і партнерські матеріали",
                 "hirdetés", "διαφήμιση", "tangazo", "iklan", "quảng cáo", "广告", "廣告", "広告", "광고", "إعلان", "פרסומת")
# A sign-up box's button, in the site's language: "Subscribe", "Suscríbete gratis", "Подписаться", "Jiandikishe"
SUBSCRIBE_WORDS = ("subscribe", "sign up", "sign me up", "suscríbete", "suscribirme", "suscribirse", "inscreva-se", "assine",
                   "abonnez-vous", "s'abonner", "s’abonner", "je m'abonne", "abonnieren", "jetzt abonnieren", "iscriviti",
                   "abonneer", "inschrijven", "prenumerera", "abonner", "tilaa", "zapisz się", "subskrybuj",
                   "odebírat", "abone ol", "подписаться", "подпишитесь", "підписатися", "jiandikishe", "berlangganan",
                   "đăng ký", "订阅", "訂閱", "購読", "구독", "اشترك", "הירשמו")


def _any_text(test: str, words: tuple[str, ...]) -> str:
    """An XPath test ("normalize-space()='{}'") of an element's text against words in the cases a page sets them: as
    written, capitalised, in capitals (XPath 1.0 lowers no letter outside ASCII)."""
    cases = sorted({form for word in words for form in (word, word[:1].upper() + word[1:], word.upper())})
    return " or ".join(test.format(form) for form in cases if '"' not in form)


# Parts of an article page that trafilatura may take for text: footnote lists and their
# reference marks, pull quotes. Removed before extraction (and counted as left out).
PRUNE_XPATH = [
    "//*[@role='doc-endnotes' or @role='doc-footnote' or @role='doc-noteref' or @role='doc-backlink']",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' footnotes ') or @id='footnotes' or @class='footnote']",
    "//sup[a[starts-with(@href, '#')]]",
    # ... by what a footnote is, whatever its class ("wp-block-footnotes"): a list classed as notes, or an item that
    # links back to its mark in the text ("↩︎", "Jump to footnote reference 1").
    "//*[self::ol or self::ul or self::div or self::section][contains(translate(@class, 'FOTNES', 'fotnes'), 'footnotes')"
    " or contains(translate(@class, 'ENDOTS', 'endots'), 'endnotes')]",
    "//li[.//a[starts-with(@href, '#')][contains(., '↩') or contains(translate(@aria-label, 'FOTNEB', 'fotneb'), 'footnote')"
    " or contains(translate(@aria-label, 'BACKTORENF', 'backtorenf'), 'back to reference')]]",
    "//*[contains(translate(@class, 'PULQOTE', 'pulqote'), 'pullquote') or contains(@class, 'pull-quote')]",  # ("PullQuote")
    _PERMALINK_XPATH,
    # Consent and cookie banners (Sourcepoint, OneTrust and the like): never the article.
    # (not the page around the article, which a site's scripts class by the reader's choice: "<body class='... cookies-set'>")
    "//*[contains(@class, 'consent') or contains(@id, 'consent') or contains(@class, 'cookie') or contains(@id, 'cookie')"
    " or contains(@id, 'sp_message') or contains(@id, 'onetrust') or contains(@class, 'gdpr')]"
    "[not(self::html or self::body or self::main or self::article or .//h1 or .//article or .//main)]",
    # A short box led by an advertising label ("Sponsored", "Advertisement"): an advert inside the text.
    "//*[@aria-label='Advertisement' or @aria-label='advertisement' or @aria-label='Sponsored'][string-length(normalize-space()) < 400]",
    # (in the site's language: "<div class='news-ad'><span>Реклама</span><p>...</p></div>")
    "//*[self::div or self::aside or self::section or self::li][./*[1][" + _any_text('normalize-space()="{}"', ADVERT_LABELS) + "]][string-length(normalize-space()) < 400]",
    # A short box in the text with a subscribe button, whatever its class ("<div class='surco-boletin'>... <a
    # class='btn'>Suscríbete gratis</a>"): a sign-up box
    # (... or a form's submit button: "<input type='submit' value='اشترك'>")
    "//*[self::div or self::aside or self::section or self::form][.//*[self::a or self::button][string-length(normalize-space()) < 40]["
    + _any_text('starts-with(normalize-space(), "{}")', SUBSCRIBE_WORDS) + "] or .//input[@type='submit']["
    + _any_text('starts-with(normalize-space(@value), "{}")', SUBSCRIBE_WORDS) + "]][string-length(normalize-space()) < 400]"
    "[not(self::html or self::body or self::main or self::article or .//h1 or .//article or .//main)]",
    # A sidebar box led by a list label ("Photos", "Related", "Most read"): other pages' headlines.
    # (in whatever case the label is set: "RELATED ARTICLES")
    "//*[self::div or self::aside or self::section][./*[1][" + " or ".join(
        f"translate(normalize-space(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')=\"{label}\""
        for label in ("photos", "videos", "related", "related news", "related stories", "related articles", "more", "more news",
                      "most read", "most popular", "latest", "editor's picks", "recommended", "trending", "special coverage",
                      "top stories", "in pictures", "download our app", "download the app", "get our app", "get the app",
                      # ... or a contact box under the text: "Further information" / "Professor A, ..., a@x.fi, +358 ..."
                      "further information",
                      # ... or the writers' cards under it: "Written by" / "Wouter Declercq" / "Firmware lead at ..."
                      "written by",
                      # ... or a report's boxes over its text: "Abstract", "Keywords", a callout's "Key points"
                      "abstract", "keywords", "key points", "at a glance"))
    # ... or "More from Business", "More in Markets": a section's other headlines
    + " or " + " or ".join(f"starts-with(translate(normalize-space(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{label}')"
                           for label in ("more from ", "more in ", "more on ")) + "]][string-length(normalize-space()) < 400]",
    # A note's "Summary" box over its text: an admonition's title over a paragraph or two (not a report's "Summary"
    # section, its heading over its first pages)
    "//*[self::div or self::aside][./*[1][not(self::h1 or self::h2)][translate(normalize-space(), 'SUMARY', 'sumary')='summary']]"
    "[count(./*) <= 3][string-length(normalize-space()) < 400]",
    # ... however long, when it holds only teasers: a headline and a line under it each ("More in Telecoms & Technology",
    # "More articles")
    "//*[self::div or self::aside or self::section][./*[1][self::h2 or self::h3 or self::h4][" + " or ".join(
        f"starts-with(translate(normalize-space(), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{label}')"
        for label in ("more from ", "more in ", "more on ", "more articles", "more stories", "more posts"))
    + "]][not(.//h1)][not(.//p[string-length(normalize-space()) > 240])]"
    "[count(.//a) >= 3][string-length(normalize-space()) < 2400]",
    # "Join us on WhatsApp", "Follow us": a channel's invitation inside the article's box.
    "//*[contains(translate(@class, 'JOINUSFLW', 'joinusflw'), 'joinus') or contains(translate(@class, 'JOINUSFLW', 'joinusflw'), 'join-us')"
    " or contains(translate(@class, 'JOINUSFLW', 'joinusflw'), 'follow-us') or contains(translate(@class, 'JOINUSFLW', 'joinusflw'), 'followus')]"
    "[string-length(normalize-space()) < 300]",
    # A newsletter or subscription box ("Sign up for The Supply Line", "The Weekend Long Read: one feature every
    # Saturday"): a short element its class names so, inside or after the article.
    "//*[" + " or ".join(f"contains(translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{mark}')"
                         for mark in ("newsletter", "signup", "sign-up", "subscribe", "subscription", "upgrade-cta"))
    + "][string-length(normalize-space()) < 500]",
    # A video player inside the text: its play button, its clip's title and length ("German firms eye Southeast Asia as
    # US-China rivalry deepens", "02:41"), not a paragraph.
    # (... or a React component's box, "<div data-component='VideoEmbed'>", its clip's title beside the player)
    "//*[self::div or self::section or self::figure][" + " or ".join(
        f"contains(translate(@{attribute}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{mark}')"
        for attribute in ("class", "data-component") for mark in ("video", "vjs", "player"))
    + "][.//button or .//video or contains(@class, 'vjs') or contains(@class, 'player') or .//*[contains(@class, 'player')]"
    " or .//*[@data-duration] or .//iframe]"  # (a player's box within it: "<div class='VideoEmbed_player' data-duration='2:41'>")
    "[not(.//p[string-length(normalize-space()) > 200])][string-length(normalize-space()) < 300]",
    # A dialog the page opens on demand ("Cite this analysis", "Share by e-mail"): never the article's text.
    "//*[@role='dialog' or @aria-modal='true' or contains(concat(' ', normalize-space(@class), ' '), ' modal ')]"
    "[not(.//h1)][string-length(normalize-space()) < 2000]",
    # A post's table of contents ("<div class='blog-toc'>Table of contents ...", "table-of-contents"): its headings again
    "//*[self::div or self::nav or self::aside][contains(concat(' ', translate(@class, 'TOC', 'toc'), ' '), ' toc ')"
    " or contains(concat(' ', translate(@class, 'TOC', 'toc'), ' '), '-toc ') or contains(concat(' ', translate(@class, 'TOC', 'toc'), ' '), ' toc-')"
    " or contains(translate(@class, 'TABLEOFCNS', 'tableofcns'), 'table-of-contents')][count(.//a) >= 2][string-length(normalize-space()) < 800]",
    # A note in italics set apart from the text by a rule, over its first paragraph or under its last: an update's
    # ("Update 7 March: ... See the reply below.") or the writer's contact ("Questions about your installed base? Write
    # to us at ...")
    "//p[*[self::em or self::i]][normalize-space() = normalize-space(*[self::em or self::i][1])]"
    "[following-sibling::*[1][self::hr]][not(preceding-sibling::*)][string-length(normalize-space()) < 400]",
    "//p[*[self::em or self::i]][normalize-space() = normalize-space(*[self::em or self::i][1])]"
    "[preceding-sibling::*[1][self::hr]][not(following-sibling::*)][string-length(normalize-space()) < 400]",
    # Readers' comments under the article ("view_comment", "comment-list", "comments"), not a "commentary".
    "//*[" + " or ".join(f"contains(concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), ' '), '{mark}')"
                         for mark in ("_comment ", "-comment ", " comment ", "comments", "comment-", "comment_"))
    + "][not(.//h1)]",
]
# A pull quote longer than this is not a repeat of a sentence, whatever it shares.
PULL_QUOTE_MAX_WORDS = 60

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head", "title",
              "button", "select", "option", "textarea")
_TEXT_TAGS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "blockquote", "pre", "div")
_QUOTE_MARKS = "\"'“”‘’«»「」『』 "
_TITLE_MARKS = "|–—·•«-"  # the marks a <title> sets between its headline, its section and its site ("Headline · Site")
# (... and an old blog theme's "Headline « Site", FlatPress's and WordPress's "&laquo;")
_TITLE_SEPARATORS = re.compile(rf"\s+[{_TITLE_MARKS}]\s+|\s+::\s+|\s+»\s+|(?<=\S)_(?=[A-Z])"  # "Title_Ministry of ...": a Chinese CMS
                               r"|(?<![\s\d]):(?=[A-Z])")  # "Headline:The Yamato Shimbun": a Japanese paper's, no space
_STAMP_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|"
    r"fri(?:day)?|sat(?:urday)?|sun(?:day)?|last|updated|published|posted|am|pm|gmt|utc|[a-z]{1,2}t|bst|cet|cst)\b",
    re.I)


# The reader


def read_html(raw: bytes, name: str) -> Seed:
    """A saved web page as a seed; raise SeedError with the file and the fix when it holds no article."""
    digest = hashlib.sha256(raw).hexdigest()
    original_url = fetched = ""
    header = FETCH_HEADER.match(raw)
    if header:
        original_url = _web_address(header.group(2).decode("ascii", "replace"))
        fetched = header.group(3).decode("ascii")
        raw = (header.group(1) or b"") + raw[header.end():]  # a byte-order mark stays first
    if not raw.strip():
        raise SeedError(Diagnostic("error", name, "is empty", line=1,
                                   fix="save the article's page again, or delete the file"))
    if b"\x00" in raw and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SeedError(Diagnostic("error", name, "is a binary file, not a web page",
                                   fix="save the page as 'Web page, HTML only', or remove the file"))

    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is not None and (plain := _preformatted_page(tree)) is not None:
        # A mail in a list's archive (Pipermail, MHonArc), a plain text shown in a page: a text, read by the text rules
        return Seed(name=name, text=plain, meta={"original_url": original_url} if original_url else {}, digest=digest)
    if tree is not None and _rejoin_pdf_lines(tree):
        # A PDF converted to HTML: its lines are joined into paragraphs before the article is looked for.
        from lxml import html as lxml_html
        raw = lxml_html.tostring(tree, encoding="utf-8")
        tree = load_html(raw)
    if tree is not None:
        for picture in tree.iter("amp-img"):
            picture.tag = "img"  # an AMP page's pictures are pictures: its logo's alt text names the site ("<amp-img alt='TBC News'>")
        for line_break in tree.iter("br"):
            # a line break is a space between words wherever the page's own text is read ("US market<br>as Washington")
            line_break.tail = " " + (line_break.tail or "")
    if tree is not None and (_one_channel_post(tree) | _inline_srcdoc(tree) | _drop_caps(tree) | _signed_block_quotes(tree) | _introduced_block_quotes(tree) | _paragraphs_from_breaks(tree) | _unwrap_layout_tables(tree)
                             | _entries_as_sections(tree) | _named_layers(tree) | _word_title(tree)):
        # An old table layout: trafilatura would read the article's cell as one table row; a live
        # blog's entries, each an <article>: it would take one entry for the whole article.
        from lxml import html as lxml_html
        raw = lxml_html.tostring(tree, encoding="utf-8")
        tree = load_html(raw)
    excerpts = tuple(_clean(v) for v in tree.xpath("//meta[@name='description' or @property='og:description' or "
                                                   "@name='twitter:description']/@content")) if tree is not None else ()
    document, blocks, dropped, headings = _extract(trafilatura, raw, favor_recall=False, excerpts=excerpts)
    if document is None or _thin(_article_blocks(document.body, "", "", nested=False)[0]):
        # trafilatura found no article of its own (nothing, or only what its fallback wrapped in
        # a <div>: a header, share buttons, paragraphs split by <br><br>): its recall-favouring
        # pass looks further, and its article wins when it has more text.
        second = _extract(trafilatura, raw, favor_recall=True, excerpts=excerpts)
        if second[0] is not None and not _thin(_article_blocks(second[0].body, "", "", nested=False)[0]) \
                or _words(second[1]) > _words(blocks):
            document, blocks, dropped, headings = second
    if document is None or tree is None or not any(b.kind != "caption" for b in blocks):
        raise SeedError(Diagnostic("error", name, "has no article text that could be found in the page",
                                   fix="save the article's own page (not a home or index page), "
                                       "or paste its text into a .txt seed"))
    boxed = _promo_boxes(tree, blocks)
    blocks = _join_datelines(_drop_link_lists(tree, [b for b in blocks if b not in boxed]))
    # (a caption's "hide caption" / "toggle caption" buttons, read with it: the player's words, not the caption's)
    blocks = [Block(_CAPTION_TOGGLE.sub(" ", b.text).strip(), b.line, b.kind, b.speaker, b.credit)
              if b.kind in ("text", "caption") and _CAPTION_TOGGLE.search(b.text) else b for b in blocks]
    blocks = [b for b in blocks if b.text]
    # (and a line of separators alone, " | " between a byline's emptied cells: no word of the page is lost)
    blocks = [b for b in blocks if not (b.kind == "text" and (_AD_LABEL.fullmatch(b.text.strip()) or not re.search(r"\w", b.text)
                                                              and not _END_MARKS.fullmatch(b.text.strip())))]
    blocks = _full_text(tree, blocks)
    blocks, restored = _lost_headings(tree, blocks)
    headings = headings | restored
    captions = _captions(tree, blocks)
    blocks = _credited_captions(_place_captions(blocks, captions))
    title = _clean(document.title or "")
    cells = _TITLE_SEPARATORS.split(_tab(tree))
    if len(cells) >= 2 and title and _loose(title) == _loose(cells[-1]) and len(cells[0].split()) >= 3:
        title = cells[0]  # trafilatura's title the site's name, a header's <h1>: the tab's "Headline « The Senqu Standard"
    elif len(cells) == 2 and title and _loose(title) == _loose(cells[0]) and len(cells[1].split()) >= 3 \
            and any(_loose(_text(e)) == _loose(cells[1]) for e in tree.xpath("//body//*[self::h2 or self::h3 or self::h4]")):
        title = cells[1]  # (... or the tab's first cell, the tab's second a heading under it: "Chladový řetězec • Zdeněk
        # Vacula: Bez čínského modemu ...", its <h3>)
    description = _clean(document.description or "")
    description = "" if description and _lead_copied(raw, description) else description  # (the text's own first paragraph)
    headline = _without_permalink(tree, _headline(tree, title))
    if headline and not tree.xpath("//body//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]") \
            and not any(_loose(headline) == _loose(_text(e)) for e in tree.xpath("//body//*[not(self::script or self::style)]")):
        # A page without headings whose <title> it never prints (an old headline left in a page builder's export): the
        # line over the byline is the headline, as in a copy ("La regla de EE.UU. ..." over "Por Ing. A")
        over = next((b.text for b, under in zip(blocks[:HEADLINE_BLOCK_REACH], blocks[1:]) if b.kind == "text"
                     and 4 <= len(b.text.split()) <= HEADLINE_BLOCK_MAX_WORDS and not _SENTENCE_END.search(b.text)
                     and _OVER_BYLINE.match(under.text)), "")
        title, headline = (over, over) if over else (title, headline)
    tab = _tab(tree)
    if _FILE_TITLE.fullmatch(tab) and (not headline or _loose(headline) in _loose(tab)):
        # "Microsoft Word - STMO Advisory 2026-011_final.docx": a converted document's file name is no headline nor
        # site; a memo's "SUBJECT : ..." line is its title
        title = headline = ""
        subject = next((b for b in blocks[:4] if b.kind in ("text", "heading") and _SUBJECT_LINE.fullmatch(b.text)), None)
        if subject is not None:
            headline = _SUBJECT_LINE.fullmatch(subject.text).group(1)
            blocks = [b for b in blocks if b is not subject]
        else:  # (... set as a heading of its own, which the text leaves out)
            headline = next((m.group(1) for t in tree.xpath("//h1//text() | //h2//text() | //h3//text()")
                             if (m := _SUBJECT_LINE.fullmatch(_clean(t)))), "")
    # "<article aria-label="The Chip Crisis That Reached the Swabian Alb">" under a title with its kicker before it
    # ("Germany's China Problem: The Chip Crisis ..."): the article's own accessible name is its headline.
    labels = {_clean(v) for v in tree.xpath("//article/@aria-label")}
    if len(labels) == 1 and (label := next(iter(labels))) and len(label.split()) >= 4 and headline.endswith(label) \
            and headline != label:
        headline = label
    notes: list[str] = []
    lead_byline = _byline_authors(blocks)  # ("<p><strong>By A, B and C</strong></p>" over the text, which the lead may set apart)
    blocks, kicker, standfirst = _lead(blocks, (title, headline), description, headings, _deck_keys(tree), _items(tree),
                                      _summary_points(tree), excerpts, notes, _notes_set_apart(tree))
    standfirst = standfirst or (description if dropped.get("standfirst") else "")
    # "China expands general licences for rare earth exports, vows 'green channel' for ..." in a <div>, over the text of a
    # page with no <h1> (perhaps under its section's label, "BUSINESS / ECONOMY"): the whole headline, its title cut short
    whole = next((i for i, b in enumerate(blocks[:2]) if b.kind == "text" and headline and len(blocks) > i + 1
                  and _loose(b.text).startswith(_loose(headline)) and len(_loose(b.text)) > len(_loose(headline))
                  and len(b.text.split()) <= HEADLINE_BLOCK_MAX_WORDS and not _SENTENCE_END.search(b.text)
                  and (i == 0 or len(blocks[0].text.split()) <= KICKER_MAX_WORDS and not _SENTENCE_END.search(blocks[0].text))),
                 None) if not tree.xpath("//h1") else None
    if whole is not None:
        kicker = kicker or " · ".join(b.text for b in blocks[:whole])
        headline, blocks = blocks[whole].text, blocks[whole + 1:]
    headline = _whole_title(tree, headline)
    decks = _deck_keys(tree)
    marked = next((i for i, b in enumerate(blocks[:DECK_REACH]) if b.kind in ("text", "heading") and _key(b.text) in decks
                   and len(b.text.split()) <= DECK_MAX_WORDS), None) if decks and not standfirst else None
    if marked is not None:
        # The deck trafilatura put under the first paragraph (the page's header after its lead): the standfirst still.
        standfirst = blocks.pop(marked).text
    if len(blocks) > 1 and blocks[0].kind == "text" and re.fullmatch(r"[\[【][^\[\]【】]{10,200}[\]】]", blocks[0].text.strip()) \
            and not BROADCAST_CUE.fullmatch(blocks[0].text.strip()):
        # "[Announcement on Continuing the Suspension of ...]": a ministry's document title over its text, a heading
        blocks[0] = Block(blocks[0].text, blocks[0].line, "heading")
    if not standfirst and len(blocks) > 1 and blocks[0].kind == "text" and not _SENTENCE_END.search(blocks[0].text) \
            and len(blocks[0].text.split()) <= DECK_MAX_WORDS and _key(blocks[0].text) in _italic_paragraphs(tree) \
            and not _LABELLED_NAME.fullmatch(blocks[0].text.strip()):
        # "<p align='center'><i>First long-term offtake for a Japanese magnet maker ...</i></p>": a release's subheadline
        # (not a credit in italics: "<em>Fotos e texto: Nelma d'Alva</em>", its maker's)
        standfirst = blocks.pop(0).text
    blocks = _transcript_start(_unmarked_turns(_named_line_turns(_timed_turns(_without_chapters(blocks, notes)), notes)), notes)
    blocks = _rest_part(tree, _free_part(tree, _part_over_picture(tree, _lead_after_picture(tree, _gap_parts(tree, blocks)))))
    blocks, above = _above_headline(tree, blocks, headline)
    blocks, fields = _page_fields(tree, blocks)
    if not standfirst and len(blocks) > 1 and blocks[0].kind == "text" and _key(blocks[0].text) in {_key(e) for e in excerpts} \
            and len(blocks[0].text.split()) <= DECK_MAX_WORDS and _key(blocks[0].text) in _italic_paragraphs(tree):
        # "<em>A $64 million US guarantee ... depends on cutting the plant's link to its maker in China.</em>" over the lead
        # (a wiki page's dek in a note panel, under its fields): a sentence in italics the page's description repeats
        standfirst = blocks.pop(0).text
    # "In short: the rule does not apply here, and the lights keep working. ...": the summary a page opens its text with,
    # under its label, over the lead
    summary = next((i for i, b in enumerate(blocks[:SUMMARY_REACH]) if b.kind == "text" and _SUMMARY_OPENING.match(b.text)), None)
    if summary is not None and sum(1 for b in blocks[summary + 1:] if b.kind == "text") >= 2:
        if standfirst:
            notes.append(blocks[summary].text)
        standfirst = standfirst or blocks[summary].text
        blocks = blocks[:summary] + blocks[summary + 1:]
    above = [*above, *fields]
    # (... under its heading: "<h2>Media contact</h2><p>A, Public Information Officer<br>402-555-0147 · a@x</p>")
    labelled = 1 if blocks and _CONTACT_HEADING.fullmatch(blocks[0].text.strip()) else 0
    contacts = list(itertools.takewhile(lambda b: b.kind == "text" and _CONTACT_BLOCK.search(b.text)
                                        and len(b.text.split()) <= CONTACT_BLOCK_MAX_WORDS and not _SENTENCE_END.search(b.text),
                                        blocks[labelled:labelled + 2]))
    contacts = [*blocks[:labelled], *contacts] if contacts else []
    if contacts and len(contacts) < len(blocks):
        # "Jenna Ruckel, Communications Director 515-555-0148 | jenna.ruckel@...": a release's media contact over its text
        blocks = blocks[len(contacts):]
        above = [*above, *(b.text for b in contacts)]
    # (a team's account the platform names, "IAG Communications", gives way to the writers the page names)
    marked = _without_job_line(tree, document.author or "")
    signed = [_clean(" ".join(e.itertext())) for e in tree.xpath("//blockquote//cite | //blockquote//*[contains(@class, 'author')]")]
    if marked and any(_loose(marked.split(";")[0]) and _loose(marked.split(";")[0]) in _loose(s) for s in signed):
        marked = ""  # "<cite class='ecl-blockquote__author'>A, Executive Vice-President</cite>": who a quote is by, no writer
    if marked and _ABOUT_AUTHOR.match(marked):
        marked = ""  # "Sobre el autor Efraín Chicas Alfaro Periodista de ...": a writer's box read whole, its label first
    if marked and _only_in_replies(tree, marked.split(";")[0].strip()):
        marked = ""  # "<li class='h-cite'><a class='p-author h-card'>Nilda Torres</a>": a reply's writer, under the text
    if _DESK.search(marked.replace(";", " &")) and not any(_name_like(a) and not _DESK.search(a) for a in _authors(marked)):
        marked = ""  # "Ore & Alloy Newsroom" (trafilatura's "Ore; Alloy Newsroom"): a desk, not "Ore" and a desk
    authors = _authors_row(tree) \
        or _one_order(tree, tuple(a for a in _more_authors(tree, _authors(marked)) if not _DESK.search(a)
                                  and not _software_named(tree, a))) \
        or _byline_authors(blocks) or _byline_near_title(tree) or _labelled_authors(tree) or _credit_line_authors(tree) \
        or _marked_authors(tree) \
        or _profile_link_authors(tree) \
        or _about_box_authors(tree) \
        or _account_post_author(tree) or tuple(filter(None, [_meta_row(tree)[0]]))
    # "LEILA HASSAN, HOST:" over a broadcast's transcript: the host presents the reporter's story, and writes none of it
    # (the JSON-LD may list both)
    hosts = {_loose(m.group(1)) for b in blocks if b.kind == "turn"
             if (m := re.fullmatch(r"(.+?),\s*(?:host|anchor)", b.speaker or "", re.I))}
    if hosts and len(authors) > 1 and any(_loose(a) not in hosts for a in authors):
        authors = tuple(a for a in authors if _loose(a) not in hosts)
    # "This week's issue is a guest post from Ingrid Solberg, ...": the guest wrote it, not the newsletter's owner whom the
    # metadata names for every issue
    guests = [n for text in tree.xpath("//body//p//text() | //body//em//text()") if (m := GUEST_NOTE.search(text)) and m.group("names")
              for n in re.split(r",\s*|\s+and\s+", m.group("names"))]
    # (the owner stays where the page shows their name too: a byline of both, "I've added a section ... — BQ")
    shown = _loose(_shown_text(tree))
    if guests and len(authors) > len(guests) and all(any(_loose(g) == _loose(a) for a in authors) for g in guests):
        authors = tuple(a for a in authors if any(_loose(g) == _loose(a) for g in guests) or _loose(a) in shown)
    # "[Reporter Kim Da-eun, Reporter Baek Seung-min]" over the text: a Korean broadcaster's byline
    bracketed = [n.strip() for note in notes if (m := re.fullmatch(r"\[((?:Reporters?|Correspondents?) .+)\]", note.strip()))
                 for n in re.findall(r"(?:Reporters?|Correspondents?)\s+([^,\]]+)", m.group(1)) if _name_like(n.strip())]
    if bracketed and set(authors) <= set(bracketed):
        authors = tuple(bracketed)
    labelled = _labelled_authors(tree)
    if labelled and authors != labelled and all(any(_loose(n) in _loose(a) for n in labelled) or len(a.split()) == 1 and all(
            any(_loose(n) in _loose(b) for b in authors) for n in labelled) for a in authors):
        # (trafilatura's "Catherine M Voss Partner Washington; D C Rahul Desai ...": a name's full stop dropped, loosely the same)
        # (... and the last card's office split off at its comma: "Associate; Washington; DC")
        authors = labelled  # "Authors Sophie Marchetti Partner; London Arjun Iyer": the cards' names, their jobs run on
    elif labelled and set(labelled) < set(authors):
        authors = labelled  # the JSON-LD's four "authors", one of them a key contact: the page's "Authors" box names three
    elif labelled and authors and not {_loose(a) for a in authors} & {_loose(n) for n in labelled} \
            and not all(_name_like(a) for a in authors):
        authors = labelled  # trafilatura's "Admitted only; Not Admitted", read from a note under the cards: no one's name
    if authors and not any(re.search(r"[A-Za-z]", a) for a in authors):
        # <meta name="author" content="徐燕"> over the byline "By Xu Yan | Huaxia Daily": the name as the page prints it
        latin = _byline_authors(blocks) or _byline_near_title(tree)
        if len(latin) == len(authors) and all(re.search(r"[A-Za-z]", a) for a in latin):
            authors = latin
    blocks, credits = _tail(blocks, authors)
    if len(blocks) > 1 and blocks[-1].kind == "text" and (signed := _AGENCY_SIGN_OFF.search(blocks[-1].text)):
        credits = (*credits, signed.group(0).strip())
        blocks = [*blocks[:-1], dataclasses.replace(blocks[-1], text=blocks[-1].text[:signed.start()].rstrip())]
    # (... or a sign-off over a box or a note: "— Written by Dr. A and B, Rheinknie Advisory, Basel", the firm the
    # markup names as the author its own)
    signoff = next((i for i in range(len(blocks) - 1, max(0, len(blocks) - SIGNOFF_REACH) - 1, -1) if blocks[i].kind == "text"
                    and _CLOSING_REPORTED.fullmatch(blocks[i].text.strip())), None)
    firms = [_loose(str(who.get("name"))) for item in _json_ld_items(tree) for who in (
        item.get("author") if isinstance(item.get("author"), list) else [item.get("author")])
        if isinstance(who, dict) and who.get("name") and re.search(r"Organi[sz]ation", str(who.get("@type", "")))] if signoff else []
    people = [a for a in authors if not any(f.startswith(_loose(a)) for f in firms)]
    if signoff and (signoff == len(blocks) - 1 or not people):
        closing = _CLOSING_REPORTED.fullmatch(blocks[signoff].text.strip())
        credits = (*credits, blocks[signoff].text)
        blocks = blocks[:signoff] + blocks[signoff + 1:]
        named = [n for part in re.split(r"\s*(?:,|\band\b|&)\s*", closing.group("names"))
                 if _name_like(n := without_honorific(re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", part.strip())))
                 and not any(f.startswith(_loose(n)) for f in firms)]
        authors = tuple(people) or tuple(named)
    translators = {m.group(1) for text in (*credits, *(_clean(" ".join(p.itertext())) for p in tree.xpath(
                       "//body//p | //body//*[re:test(@class, 'credit|byline|editor|photographer|photojournalist', 'i')] | //body//span[starts-with(normalize-space(.), "
                       "'Edited by')]", namespaces={"re": "http://exslt.org/regular-expressions"})))
                   # ("Translated from the German by A": the language it came from between; "Photojournalist: B")
                   for m in re.finditer(r"\b(?:(?:[Tt]ranslated(?: from(?: the)? [A-Z][a-z]+)?|Edited) [Bb]y"
                                        r"|(?:Translation|Translator|Editor|Editing|Photojournalist|Photographer|Videographer)(?: [Bb]y)?\s*:"
                                        r"|(?:Photo(?:graph)?s|Photography|Illustrations?|Images) by|(?:Audio|Video|Podcast) produced by)"
                                        r"\s+([A-ZÀ-ÞŁŚŻŹĆŃŠŽČŘĚŐŰ][\w'’-]+(?:\s+[A-ZÀ-ÞŁŚŻŹĆŃŠŽČŘĚŐŰ][\w'’-]+){1,3})", text)}
    written = [m.group(1) for t in tree.xpath("//body//span//text()[contains(., 'Written by')]/ancestor::span[1]")
               if (m := re.match(r"Written by\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$", _clean(" ".join(t.itertext()))))]
    # ... or "<span class='author'>Reporter: <a>Dimas Prakoso</a></span>" beside "<span class='editor'>Editor: ...</span>"
    written += [m.group(1) for e in tree.xpath("//body//*[re:test(@class, '(?:^|\\s)(?:author|byline)(?:\\s|$)', 'i')]",
                                               namespaces={"re": "http://exslt.org/regular-expressions"})
                if (m := re.match(r"(?:Reporter|Writer|Author)\s*:\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$",
                                  _clean(" ".join(e.itertext()))))]
    if translators and authors and all(a in translators for a in authors) and written:
        # <meta name="author"> names the editor ("Written by A | Edited by B" in the byline's spans): the writer wrote it
        authors = tuple(dict.fromkeys(written))
    if translators and any(a not in translators for a in authors):
        # the JSON-LD's list names the translator or editor too (or the photographer: "Photographs by Pieter Ruys")
        authors = tuple(a for a in authors if a not in translators)
    # "By Inês Carvalho in Lisbon and Rui Matos in Setúbal" in the text's first lines: the writers the page prints, the
    # markup's one among them (the second also took the picture, and stays a writer)
    printed = _printed_byline(tree)
    if printed and authors and set(map(_loose, authors)) < set(map(_loose, printed)):
        authors = printed
    pictured_by = _picture_credits(tree) - set(map(_loose, printed))
    photographers: tuple[str, ...] = ()
    if pictured_by and any(_loose(a) not in pictured_by for a in authors):
        # ... or the one a picture's credit names ("PHOTO: SG CURRENT/GAVIN TEO"), whom the JSON-LD lists with the writers
        authors = tuple(a for a in authors if _loose(a) not in pictured_by)
    elif pictured_by and authors:
        # ... or alone, read from the credit's own element ("<span class='picture-author'>Photo: ... / A</span>"): the
        # writers are looked for where the page names them ("Authors: B, C" under the text); A only if none is found
        photographers, authors = authors, _authors_line(tree)
    if authors and not any(_name_like(a) for a in authors) and any(
            re.match(r"\(?Reporting by\b", c.strip()) for c in (*credits, *(b.text for b in blocks[-3:]))):
        # the wire's name as the byline ("Meridian"), its reporters in the credit: "(Reporting by A in X and B in Y; ...)",
        # which the text rules read (parse: the reporters are the authors when there is no byline)
        authors = ()
    credits = (*above, *notes, *credits)  # (the site's tagline and clock over the headline, a note over the text: kept)
    # "Sign up for our Tech Briefing newsletter" between paragraphs: promotion, kept with the credits.
    # (... or a bold label alone, read as a turn's: "<p><strong>ALSO READ:</strong></p>" over a list of links)
    promos = [b for b in blocks if (b.kind == "text" or b.kind == "turn" and (len(b.text.split()) <= 4 or _ALSO_ON.match(b.text)))
              and (len(b.text.split()) <= PROMO_MAX_WORDS + 16 and _INLINE_PROMO.fullmatch(b.text.strip())
                   or MEDIA_LINK_LINE.fullmatch(b.text.strip()))]  # (or a wire's "Photo - https://..." link to its picture)
    if promos and len(promos) < len(blocks):
        last = blocks[-1] in promos
        blocks = [b for b in blocks if b not in promos]
        credits = (*credits, *(b.text for b in promos))
        if last:  # (the promotion closed the page: what it hid under itself, "Source: AsiaNow/ak(ws)", is read again)
            blocks, tail = _tail(blocks, authors)
            credits = (*credits, *tail)
    credits = (*credits, *(b.text for b in boxed))  # (a promotion box's lines: kept with the credits, not lost)
    blocks, signatures = _signed_quotations(blocks)
    credits = (*credits, *signatures)
    if not authors:
        authors = _closing_authors(credits)
    if not authors and credits and credits[-1] not in above and len(credits[-1].split()) <= 4 \
            and not _TERMINAL_MARK.search(credits[-1].strip()) \
            and all(_name_like(n) for n in NAMES_APART.split(credits[-1].strip())) \
            and not (len(credits) > 1 and len(credits[-2].split()) <= 3 and not _TERMINAL_MARK.search(credits[-2])):
        # (not a list's item under its label: "Related Topics" / "Advanced Computing"; nor a label over the headline,
        # "COMMUNIQUÉ DE PRESSE", where nothing follows the text)
        # "Thu Hà" (or "Minh Anh - Thu Trang") alone after the last paragraph: a byline printed at the end
        authors = tuple(NAMES_APART.split(credits[-1].strip()))
    authors = authors or photographers
    left_blocks, left_words = _left_out(tree, blocks, (title, standfirst))
    url = _web_address(document.url or "")
    site_name = _help_centre_owner(_newsroom_owner(_spelled_out(_site_name(tree, "" if _FILE_TITLE.fullmatch(tab) else _clean(
        document.sitename or ""), (title, headline), url or original_url), tree), tree), tree)
    while len(blocks) > 2 and blocks[0].kind == "text" and (
            len(blocks[0].text.split()) <= SITE_LINE_MAX_WORDS and (site_name and _loose(blocks[0].text) == _loose(site_name)
                                                                    or COUNTER.fullmatch(blocks[0].text.strip()))
            # (... or its name and its tagline, "Energy Smart St Helena · Home energy bulletin", over the headline)
            or site_name and len(blocks[0].text.split()) <= SITE_LINE_MAX_WORDS * 2 and not _TERMINAL_MARK.search(blocks[0].text)
            and re.match(rf"{re.escape(site_name)}\s+[·|•–—]\s+\S", blocks[0].text)):
        # "Supply Lines" / "1.4K" over a Medium post: its publication's name and its claps, over the text (kept)
        credits = (*credits, blocks[0].text)
        blocks = blocks[1:]
    if len(blocks) > 2 and site_name and blocks[-1].kind == "text" and _MISSION.match(blocks[-1].text) \
            and _names_site(_MISSION.match(blocks[-1].text).group("name"), site_name) \
            and not re.search(r"[\"“”]|\bsaid\b", blocks[-1].text):
        # "The Bureau of Industry and Security advances U.S. national security ... by ensuring ...": the issuer's own
        # boilerplate under a release, with no "About" over it (or under one: "About NIIS" / "The Nuuk Institute for
        # Infrastructure and Security is an independent ...", on a site called "NIIS Briefing Notes")
        credits = (*credits, blocks[-1].text)
        blocks = blocks[:-1]
    # An "author" that is the outlet's name, or its start (dcterms.creator of an agency): no person wrote it.
    # "Directorate-General; Economic Security": trafilatura's split of a body's name the page's meta gives whole.
    bodies = [c for c in tree.xpath("//meta[re:test(@name, '^(?:author|dc\\.creator|dcterms\\.creator)$', 'i')]/@content",
                                    namespaces={"re": "http://exslt.org/regular-expressions"})
              if _NO_PERSON.search(_EMAIL.sub("", c))]  # (a person's address beside her name: "By A a@paper.example")
    # ... or one the JSON-LD itself calls an organisation: "author": {"@type": "Organization", "name": "The Hokuto Shimbun"}
    bodies += [str(who.get("name")) for item in _json_ld_items(tree) for who in (
        item.get("author") if isinstance(item.get("author"), list) else [item.get("author")])
        if isinstance(who, dict) and who.get("name") and re.search(r"Organi[sz]ation", str(who.get("@type", "")))]
    authors = tuple(a for a in authors if not any(a in body for body in bodies))
    # "Reticle, Han Seo-yeon" (a Ghost byline of the newsletter's own account and its guest, read as one): the people in it
    authors = tuple(dict.fromkeys(p for a in authors for p in (
        [q for q in a.split(", ") if _loose(q) != _loose(site_name)] if site_name and ", " in a
        and any(_loose(q) == _loose(site_name) for q in a.split(", ")) else [a])))
    # (... or the outlet's name without its "The": <meta name="author" content="Hanbit Herald"> on "The Hanbit Herald")
    # (nor the site's name with its edition's: "ELBWARTE International" on the English pages of "Elbwarte")
    authors = tuple(_byline_case(a) for a in authors if not (site_name and (_loose(site_name).startswith(_loose(a))
                                                                            or _loose(re.sub(r"^The\s+", "", site_name)) == _loose(a)
                                                                            or _site_edition(a, site_name)))
                    and not _DESK.search(a) and not _NO_PERSON.search(a)
                    # (nor a company, its legal form last: <meta name="author" content="Kolosijek Rail Advisory d.o.o.">)
                    and not (len(a.split()) >= 2 and {a.split()[-1], a.split()[-1] + "."} & LEGAL_FORMS))
    # "Reported by A, / Edited by B" with <meta name="author" content="B">: the editor is a credit; and <meta name="author"
    # content="王欣然"> (the web editor, in Chinese characters) over "By ZHONG XUE and LIU XINYI": the byline's writers
    edited = {_clean(m.group(1)) for t in tree.xpath("//body//text()[contains(., 'Edited by')]/..")
              for m in [re.search(r"Edited by\s+(.{3,60})$", _clean(" ".join(t.itertext())).rstrip(",."))] if m}
    # ... and "<li class='byline__item'><a>Håkon Brekke</a> <span class='byline__role'>Foto</span></li>": the photographer
    edited |= {m.group(1) for e in tree.xpath("//body//li[re:test(@class, 'byline|author', 'i')] | //body//*[re:test(@class, "
                                              "'byline__item|author__item|byline-item', 'i')]",
                                              namespaces={"re": "http://exslt.org/regular-expressions"})
               if (m := re.fullmatch(r"(.{3,60}?)\s+(?:Foto|Fotos|Photos?|Photographer|Fotograf|Photography)",
                                     _clean(" ".join(e.itertext()))))}
    # ... and "<div class='read__credit__item'><span>Editor</span> <a>Bambang Hartono</a></div>": the desk's editor, whom
    # the JSON-LD may list as the author beside the page's "Penulis" (writer)
    edited |= {m.group(1) for e in tree.xpath("//body//*[re:test(@class, 'credit|byline|author', 'i')]",
                                              namespaces={"re": "http://exslt.org/regular-expressions"})
               if (m := _EDITOR_CREDIT.fullmatch(_clean(" ".join(e.itertext()))))}
    authors = tuple(a for a in authors if a not in edited and not (_CJK_ONLY.fullmatch(a) and _byline_near_title(tree)))
    if not authors:
        # (the markup's "author" was the outlet's name: dcterms.creator "Halden Institute" over "Commentary by A, B")
        # (... or the JSON-LD's "author" was the outlet, the page's byline "By Lin Yu-ting / Staff reporter" names the writer)
        # (... or a web desk's account, the writers' "<p><strong>By A, B and C</strong></p>" opening the text)
        authors = _labelled_authors(tree) or tuple(a for a in (_byline_near_title(tree) or _visible_byline(tree)) if not (
            site_name and _loose(site_name).startswith(_loose(a))) and not _DESK.search(a)) or _closing_authors(credits) \
            or _reported_by(tree) or lead_byline or _agency_sign_off(credits) \
            or tuple(a for a in _profile_link_authors(tree) if not _DESK.search(a) and not (
                site_name and _loose(site_name).startswith(_loose(a))))  # (... or the outlet's account, the byline a profile link)
    if not authors:
        # "<li><i class='icon-user-o'></i> Reporter Kang Seo-yeon</li>": a Korean news site's line of the article's facts
        authors = tuple(dict.fromkeys(
            m.group(1) for e in tree.xpath("//body//*[self::li or self::span or self::div or self::p][not(*[not(self::i)])]"
                                           "[not(ancestor::footer or ancestor::aside)]")
            if (m := _JOB_THEN_NAME.fullmatch(_clean(" ".join(e.itertext())))) and _name_like(m.group(1))))[:PROFILE_AUTHORS_MAX]
    # "<p class='author'><strong>Lan Anh - Quoc Bao</strong></p>" under the text (which trafilatura may leave out): a
    # Vietnamese paper's writers, all of them
    # (... or "<p class='author_mail'><strong>A &amp; B</strong></p>", VnExpress's, "<p class='author-bottom'>")
    classed = next((tuple(parts) for e in tree.xpath("//body//p[re:test(@class, '(?:^|\\s)author(?:[-_][a-z]+)?(?:\\s|$)', 'i')]",
                                                      namespaces={"re": "http://exslt.org/regular-expressions"})
                    if (line := _clean(" ".join(e.itertext()))) and len(line.split()) <= BYLINE_MAX_WORDS
                    and (parts := [n.strip() for n in NAMES_APART.split(line)]) and all(_name_like(n) for n in parts)), ())
    # "Por <a>Ximena Lozano Ortega</a> y <a>Julián Carranza Ibarra</a>" in a page builder's text box, where the metadata
    # names the first writer only
    if authors and set(authors) < set(linked := _linked_byline(tree)):
        authors = linked
    if classed and set(authors) < set(classed) or not authors:
        authors = classed or authors
    if not authors:
        # a journal's profile box, its bio opening with its keeper's name: "Morwenna Le Quesne. Traffic signal engineer
        # ... I write about junctions ..." (a one-person journal's entries are its keeper's)
        # (... or the name a letter-like post signs off with, "<p class='signature'>Hjørdis Dam<br>Chair of the board</p>")
        authors = _profile_bio_author(tree) or _about_author_box(tree) or _signature_author(tree) or _posted_by(tree)
    if not authors:
        # a Korean news site's recommendation widget's tag, the last place a writer is named (not the outlet's own name)
        authors = tuple(_clean(v) for v in tree.xpath("//meta[@property='dable:author' or @name='dable:author']/@content")
                        if _name_like(_clean(v)) and not (site_name and _loose(site_name) == _loose(_clean(v))))
    helpers = _byline_contributors(tree)
    if helpers and any(a not in helpers for a in authors):
        authors = tuple(a for a in authors if a not in helpers)  # "By A | With inputs from B": B helped, A wrote
    if any(re.search(r"[A-Za-z]", a) for a in authors):
        # "作者：王晓雯 陈立" beside "Wang Xiaowen, Chen Li": the byline in the home script, when it is also in Latin letters;
        # and "Frankfurt" after "Jana Oberländer, ": where she writes from (one word, no name of its own)
        authors = tuple(a for a in authors if re.search(r"[A-Za-z]", a) and (len(a.split()) > 1 or len(authors) == 1))
    # "Liza Manalastas | MBCBG Secretariat" (a byline the extractor read whole): the writer, not the office she writes for
    authors = tuple(part for a in authors for part in ([a] if " | " not in a else [
        p.strip() for p in a.split("|") if _name_like(p.strip()) and not _OFFICE_CELL.search(p.strip())]))
    # "Eliseo Coyoy Corresponsal Mensajes": a forum's poster card read whole (the name, the rank under it, the statistics'
    # first label); the name its link to the poster's profile shows
    linked = [_clean(" ".join(e.itertext())) for e in tree.xpath("//body//*[re:test(@class, 'author|poster|user', 'i')]//a",
                                                              namespaces={"re": "http://exslt.org/regular-expressions"})]
    authors = tuple(next((name for name in linked if len(name.split()) >= 2 and _name_like(name) and a.startswith(name + " ")), a)
                    for a in authors)
    if authors and not any(_name_like(a) for a in authors) and (signed := _signature_author(tree)):
        # "thermi-sbh" (a forum's handle, "Message par thermi-sbh") whose post signs "Hervé Lebailly – Lebailly Thermique,
        # climatisation et pompes à chaleur – Gustavia": the writer the signature names
        authors = signed
    if authors and any(_BOARD_VIEW_NOTE.search(c) for c in credits) and not any(
            _loose(a) in _loose(_shown_text(tree, footer=False)) and not _DESK.search(a) for a in authors):
        # (... or the desk it signs with, "<p class='signature'><strong>La Rédaction</strong></p>")
        # "Editorials represent the view of the X editorial board." under a text no byline signs: an unsigned editorial,
        # the metadata's "author" the site's owner (named in its copyright line only), no writer
        authors = ()
    own_day = _lead_stamp(blocks) if _stale_markup(tree, headline) else None  # (a page builder's header in its text)
    # (not the schema.org data's date when it describes another article and the page prints its own day)
    date = (_local(_first_published(_published_line(tree) or _date_row(tree) or _field_line_date(tree),
                                   _markup_date(raw, tree) if _dated_markup(tree) and not own_day else None), raw, tree)
            or own_day
            # (the whole day printed right under the headline, "Member update · Wednesday 24 April 2030", before a stamp
            # anywhere on the page: a pager's or a list's "<span class='date'>16 April 2030</span>")
            or _field_line_date(tree) or _date_under_headline(tree) or _stamp_date(tree) or _markup_date(raw, tree) or _meta_row(tree)[1]
            # (a page builder's short line over the text, "Zanzibar, 26 March 2030", before htmldate's guess from any day
            # the page shows: a list of other news under the text)
            or _lead_stamp(blocks))
    # (htmldate's guess from any day the page shows, the site's clock's too, where no markup states one: the printed stamp
    # goes first)
    guessed = not date or not _dated_markup(tree) and not own_day and date == _markup_date(raw, tree)
    date = date or _unlisted(_guessed_date(document.date, raw), tree)
    # (its printed stamp where the date is only when the page was modified, or where no date was found: the text rules
    # read it with the registry's months; or the short date line over the text, "San Pedro Sula, jueves 27 de junio de
    # 2030" in a notebook's first cell, kept with the credits)
    stamp = ""
    if not date or guessed or _modified_only(raw, date):
        stamp = _stamp_under_headline(tree) or _worded_stamp(tree)
        line = next((b for b in blocks[:STAMP_BLOCK_REACH] if b.kind == "text" and (
            _loose(b.text) == _loose(stamp) if stamp else len(b.text.split()) <= STAMP_LINE_MAX_WORDS and _has_year(b.text)
            and not _SENTENCE_END.search(b.text) and not _UPDATE_STAMP.match(b.text))), None)
        if line is not None and len(blocks) > 1:
            stamp, blocks, credits = line.text, [b for b in blocks if b is not line], (*credits, line.text)
    page = PageInfo(
        title=_without_site(headline, site_name, url or original_url),
        # ("Cody Ramsland The Courier": a byline's last name run into the paper's short name, "By A and B The Courier")
        authors=_one_spelling(tuple(without_honorific(_without_paper(a, site_name)) for a in authors), _shown_text(tree)),  # "Dr. Jonas Lindqvist": as other pages name him
        date=date,
        # (its printed stamp, where the date is only when the page was modified and no rule here reads the stamp's month)
        stamp=stamp,
        # ("Reverta Magnetics d.o.o.", the publisher a company's newsroom declares: the company, not its legal form)
        site_name=" ".join(site_name.split()[:-1]) if len(site_name.split()) >= 3 and site_name.split()[-1] in LEGAL_FORMS
        else _BRACKETED_EDITION.sub("", site_name) or site_name,
        url=url,
        original_url=original_url,
        fetched=fetched,
        summary=standfirst,
        kicker=kicker,
        credits=credits,
        byline=_byline_box(tree),
        left_out_blocks=left_blocks,
        left_out_words=left_words,
    )
    # The page's own subheadings inside the text (a live blog's entry titles, a feature's section
    # titles) stay headings: short, no sentence's end, marked <h2>-<h6> by the page.
    blocks = [Block(text=b.text, line=b.line, kind="heading") if b.kind == "text" and _key(b.text) in headings
              and len(b.text.split()) <= SUBHEADING_MAX_WORDS and not _SENTENCE_END.search(b.text) else b
              for b in blocks]
    text = "\n\n".join(b.text for b in blocks) + "\n"
    return Seed(name=name, text=text, digest=digest, encoding="html", blocks=tuple(blocks), page=page)


# A channel's web preview (Telegram's t.me/s/...): several posts, the one saved is the article

SRCDOC_MIN_CHARS = 500  # a frame's own document long enough to hold an article, not a widget's


# A mail's header field as a list's archive prints it over the message: "From: A <a at x>", "Date: ...", "Subject: ..."
_MAIL_FIELD = re.compile(r"(?:From|Date|Subject|To|Cc)\s*:\s*\S.{0,300}")
PRE_PAGE_MIN_WORDS = 150  # words of a page's one preformatted text, for the page to be that text
PRE_PAGE_SHARE = 0.7  # ... and of the words the page shows


HEADLINE_BLOCK_REACH = 6  # blocks from the page's top within which a headline over its byline stands
# A byline's opening word in the languages of the sites readers save ("By", "Por", "Par", "Von", ...), then a name
# A credit line: a label of a word or three, its colon, then a name ("Fotos e texto: Nelma d'Alva", "Text: Aino Kettunen")
_LABELLED_NAME = re.compile(r"[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+){0,3}\s*[:：]\s*(?:[A-Z][\w'’.-]*\s+){0,3}(?:[a-z]['’])?[A-Z][\w'’-]+")
# A byline opening a line, whatever follows it ("Par A et B · mardi 9 juillet 2030"): no deck
_BY_WORDS = r"(?:By|Por|Par|Von|Door|Av|Af|Przez|Oleh)"  # "by" in the languages of pages' bylines
_BYLINE_OPENING = re.compile(rf"{_BY_WORDS}\s+[A-Z][\w'’.-]*\s+[A-Z]")
_OVER_BYLINE = re.compile(rf"{_BY_WORDS}\s+(?:[A-Z][\w'’.-]*\s+){{1,5}}[A-Z][\w'’-]+\s*$")


def _preformatted_page(tree) -> str | None:
    """A page that is one preformatted text, most of what it shows (a mail in a list's archive, a plain-text file served
    as a page), as that text: under the mail's header as the archive shows it ("Subject:" its heading, "From:" and
    "Date:" its fields, or Pipermail's bold sender and italic date under the heading), and over the page's other lines
    (its navigation, the list's links), which the text rules read as the copy's furniture. Else None."""
    pres = tree.xpath("//body//pre")
    if len(pres) != 1:
        return None
    pre = pres[0]
    text = "".join(pre.itertext()).strip("\n")
    words = len(text.split())
    if words < PRE_PAGE_MIN_WORDS or words < PRE_PAGE_SHARE * len(_shown_text(tree).split()):
        return None
    header: list[str] = []
    used: set = set()
    heading = next(iter(tree.xpath("//body//h1")), None)
    if heading is not None and _text(heading) and not re.match(r"(?:Subject|Re)\s*:", _text(heading), re.I):
        header.append(f"Subject: {_text(heading)}")
        used.add(heading)
        # (Pipermail: the sender's name in bold and address under the heading, then the day in italics)
        sender = next(iter(heading.xpath("following-sibling::b[1]")), None)
        address = next(iter(heading.xpath("following-sibling::a[starts-with(@href, 'mailto:')][1]")), None)
        day = next(iter(heading.xpath("following-sibling::i[1]")), None)
        if sender is not None and _text(sender):
            header.append(f"From: {_text(sender)}" + (f" <{_text(address)}>" if address is not None and _text(address) else ""))
            used.update(e for e in (sender, address) if e is not None)
        if day is not None and re.search(r"\d", _text(day)):
            header.append(f"Date: {_text(day)}")
            used.add(day)
    # (MHonArc, hypermail: the fields as "From: ...", "Date: ...", "Subject: ..." items over the message)
    header += [t for e in tree.xpath("//body//li | //body//tr") if e not in used and pre not in e.iterancestors()
               and (t := _text(e)) and _MAIL_FIELD.fullmatch(t)]
    # (each block that holds no other, and the loose links and words of the body, Pipermail's; not the header's)
    blocks = tree.xpath("//body//*[self::p or self::li or self::dt or self::dd or self::td or self::th or self::address "
                        "or self::div or self::h1 or self::h2 or self::h3 or self::h4] | //body/a | //body/b | //body/i")
    rest = [t for e in blocks if e not in used and e is not pre and pre not in e.iterancestors() and e not in pre.iterancestors()
            and not any(c in blocks for c in e.iterdescendants()) and (t := _text(e))
            and not _MAIL_FIELD.fullmatch(t)]
    rest = list(dict.fromkeys(t for t in rest if t not in header))
    return "\n".join([*header, "", text, "", *rest]) + "\n"


def _inline_srcdoc(tree) -> bool:
    """A page saved whole (SingleFile) with its article inside "<iframe srcdoc='...'>": the frame's document is read in
    place of the frame, as the reader saw it (its scripts go with the rest of the page's)."""
    from lxml import html as lxml_html

    found = False
    for frame in tree.xpath("//body//iframe[@srcdoc]"):
        source = frame.get("srcdoc") or ""
        if len(source) < SRCDOC_MIN_CHARS or frame.getparent() is None:
            continue
        try:
            inner = lxml_html.fromstring(source)
        except (ValueError, lxml_html.etree.ParserError):
            continue
        body = inner.find(".//body") if inner.tag != "body" else inner
        holder = lxml_html.Element("div", {"class": "srcdoc"})
        for child in list(body if body is not None else inner):
            holder.append(child)
        holder.tail = frame.tail
        frame.getparent().replace(frame, holder)
        found = True
    return found


def _word_title(tree) -> bool:
    """A letter written in Word and sent as HTML (a newsletter read "in the browser"): no <h1>, its headline a paragraph in
    Word's Title style ("<p class=MsoTitle>"), which is the page's headline as an <h1> would be."""
    if tree.xpath("//h1"):
        return False
    titles = tree.xpath("//body//p[@class='MsoTitle']")
    if len(titles) != 1:
        return False
    titles[0].tag = "h1"
    return True


def _drop_caps(tree) -> bool:
    """"<p><span class='initial' aria-hidden='true'>O</span>n a gray morning": a drop cap hidden from screen readers (which
    read the paragraph's own label) is the first letter of the text all the same; trafilatura would drop it."""
    found = False
    for span in tree.xpath("//p/*[1][self::span or self::strong or self::b][@aria-hidden='true']"):
        parent = span.getparent()
        letters = (span.text or "").strip()
        if len(span) == 0 and len(letters) == 1 and letters.isalpha() and not (parent.text or "").strip() \
                and (span.tail or "")[:1].isalpha():
            parent.text = (parent.text or "") + letters + (span.tail or "")
            parent.remove(span)
            found = True
    return found


SIGNATURE_MAX_WORDS = 12  # "— Under Secretary of Commerce for Industry and Security Jeffrey Kessler"


_QUOTES_LABEL = re.compile(r"Quotes?(?:\s*\(s\))?\s*:?", re.I)  # an EU release's box of its quotations: "Quote(s)"


def _signed_quotations(blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """A quotation in a paragraph of its own over its signature in the next ("“European industry cannot plan ...”" /
    "Stéphane Séjourné, Executive Vice-President for ..."): the quotation signed with the name, the signature with the
    credits. (blocks, signatures)."""
    kept: list[Block] = []
    signatures: list[str] = []
    for block in blocks:
        previous = kept[-1] if kept else None
        signed = re.fullmatch(r"([^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]+){1,3}),\s+([^.!?:]{3,120})", block.text.strip())
        signed = None if signed and re.search(r"\b(?:said|says|added|adds|told)\b", signed.group(2)) else signed  # (the next's)
        if previous is not None and previous.kind == block.kind == "text" and signed and _name_like(signed.group(1)) \
                and previous.text.strip()[:1] in "“\"" and previous.text.strip().rstrip(".")[-1:] in "”\"" \
                and len(block.text.split()) <= SIGNATURE_MAX_WORDS:
            kept[-1] = Block(text=f"{previous.text.strip()} — {signed.group(1)}", line=previous.line, kind="text")
            signatures.append(block.text)
            continue
        if previous is not None and previous.kind in ("heading", "text") and _QUOTES_LABEL.fullmatch(previous.text.strip()) \
                and block.kind == "text" and signed and _name_like(signed.group(1)) and len(block.text.split()) <= SIGNATURE_MAX_WORDS:
            signatures.append(block.text)  # (its quotation, a pull quote of the text's, left out: "Quotes:" / the signature)
            continue
        kept.append(block)
    while kept and kept[-1].kind in ("heading", "text") and _QUOTES_LABEL.fullmatch(kept[-1].text.strip()):
        signatures.insert(0, kept.pop().text)  # ("Quotes:" left with nothing under it)
    return kept, signatures


def _signed_block_quotes(tree) -> bool:
    """"<blockquote><p>Europe cannot be naive ...</p><footer><cite>Henna Virkkunen, Executive Vice-President ...</cite>
    </footer></blockquote>": a quotation its own footer signs (trafilatura drops the footer) is marked as one and signed
    after its close, "... — Henna Virkkunen, Executive Vice-President ...", so the text rules read whose it is. Not a pull quote: its words are
    the text's own."""
    found = False
    body = " ".join(_clean(" ".join(p.itertext())) for p in tree.xpath("//p[not(ancestor::blockquote)]"))
    loose_body = _loose(body)
    dash = "re:test(normalize-space(.), '^[—–]\\s*[A-Z]')"
    # (... or by its last line's class: "<p class='quote-author'>Yoji Muto, Minister of Economy, ...</p>")
    classed = "re:test(@class, '(?:^|[-_\\s])(?:author|attribution|speaker)(?:$|[-_\\s])', 'i')"
    for quote in tree.xpath(f"//blockquote[.//footer or .//cite or .//figcaption or p[last()][{dash}] or p[last()][{classed}]"
                            f" or following-sibling::*[1][self::p][{dash}]]", namespaces={"re": "http://exslt.org/regular-expressions"}):
        signs = quote.xpath(".//footer | .//figcaption | .//cite[not(ancestor::footer) and not(ancestor::figcaption)]") \
            or quote.xpath(f"p[last()][{classed}]", namespaces={"re": "http://exslt.org/regular-expressions"})
        dashed = quote.xpath("p[last()]") if len(quote.xpath("p")) >= 2 else []
        # ... or the line right after it: "<blockquote>...</blockquote><p>— Larissa Monteiro, Ouro Preto Analytics</p>"
        dashed = [d for d in dashed or quote.xpath(f"following-sibling::*[1][self::p][{dash}]",
                                                   namespaces={"re": "http://exslt.org/regular-expressions"})
                  if re.match(r"[—–]\s*[A-Z]", _clean(" ".join(d.itertext())))]
        if not signs and dashed and len(_clean(" ".join(dashed[0].itertext())).split()) <= SIGNATURE_MAX_WORDS:
            signs = dashed  # "<p>“...”</p><p>— Secretary of Commerce Howard Lutnick</p>": its last line signs it
        paragraphs = [p for p in quote.xpath(".//p") if not any(s in p.iterancestors() or s is p for s in signs)]
        if not paragraphs and (quote.text or "").strip():
            paragraphs = [quote]  # (its words right inside it, no paragraph of their own)
        signature = _clean(" ".join(signs[-1].itertext())).lstrip("—–- ") if signs else ""
        texts = [_clean(" ".join(p.itertext())) for p in paragraphs]
        name = re.match(r"[^\W\d_][\w'’.-]+(?:\s+[^\W\d_][\w'’.-]+){1,3}(?=,|$)", signature)
        # (a pull quote: its words are the text's own, however short: "The leverage lasts only as long as the ore does.")
        # (... or a sentence of it, the pull quote joining a quotation's parts the text splits with its "said A")
        pulled = any(t[:60] in body for t in texts if len(t) >= 60) or any(
            len(sentence.split()) >= 4 and _loose(sentence[:60]) in loose_body
            for t in texts for sentence in re.split(r"(?<=[.!?])\s+", t))
        marked = bool(texts) and texts[0][:1] in _QUOTE_MARKS.strip() and texts[-1].rstrip()[-1:] in _QUOTE_MARKS.strip()
        if marked and signs and signs[0] not in paragraphs and not pulled:
            opening, closing = "", f" — {signature}"  # (its words already in quotation marks: the signature alone after them)
        elif paragraphs and name and all(w[0].isupper() for w in name.group(0).split()) \
                and texts[0][:1] not in _QUOTE_MARKS.strip() and not pulled:
            opening, closing = "“", f"” — {signature}"
        else:
            continue
        for sign in signs:  # (its name and role, which say who it is, now after the quotation)
            sign.getparent().remove(sign)
        for box in (quote, *itertools.islice(quote.iterancestors(), 2)):
            # (a quotation set apart as a pull quote but said nowhere in the text is the article's own: not pruned)
            if re.search(r"pull-?quote", box.get("class") or "", re.I):
                box.set("class", re.sub(r"pull-?quote", "quotation", box.get("class"), flags=re.I))
        paragraphs[0].text = opening + (paragraphs[0].text or "")
        last = paragraphs[-1]
        if len(last):
            last[-1].tail = (last[-1].tail or "") + closing
        else:
            last.text = (last.text or "") + closing
        found = True
    return found


_SAYING = re.compile(r"\b(?:said|says|told|tells|wrote|writes|stated|states|put it|framed|argued|argues|warned|warns|added|adds"
                     r"|explained|insisted|declared|posted|tweeted|letter|statement|remarks|speech|interview|testimony)\b")


def _introduced_block_quotes(tree) -> bool:
    """"<p>The Dutch trade minister, Eline Verbruggen, framed the decision ... in a letter to parliament:</p><blockquote>
    The Netherlands takes these decisions independently ...</blockquote>": a quotation its paragraph introduces with a
    colon, set apart without quotation marks, is marked as one so the text rules read whose it is. Not a pull quote."""
    found = False
    body = " ".join(_clean(" ".join(p.itertext())) for p in tree.xpath("//p[not(ancestor::blockquote)]"))
    for quote in tree.xpath("//blockquote[not(.//footer or .//cite or .//figcaption or .//blockquote)]"):
        before = quote.getprevious()
        texts = [_clean(" ".join(p.itertext())) for p in (quote.xpath(".//p") or [quote])]
        lead = re.split(r"(?<=[.!?])\s+", _clean(" ".join(before.itertext())) if before is not None else "")[-1]
        # (someone's words: "framed the decision ... in a letter to parliament:", not a document's: "A proposed rule would
        # have required exactly the check that is missing:")
        if before is None or before.tag != "p" or not lead.endswith(":") or not _SAYING.search(lead) or not texts \
                or not texts[0] or any(m in " ".join(texts) for m in "\"“”«»「」『』") \
                or any(t[:60] in body for t in texts if len(t) >= 60):
            continue
        first, last = (quote.xpath(".//p") or [quote])[0], (quote.xpath(".//p") or [quote])[-1]
        first.text = "“" + (first.text or "").lstrip()
        if len(last):
            last[-1].tail = (last[-1].tail or "").rstrip() + "”"
        else:
            last.text = (last.text or "").rstrip() + "”"
        found = True
    return found


def _one_channel_post(tree) -> bool:
    """Rewrite a channel's page in place as its one post an analyst kept: the longest in Latin letters (an official
    channel often posts a statement in its own language, then in English), its bold first line the headline, its
    time the date, the channel the outlet; the other posts set aside (left out, and counted). True when rewritten."""
    from lxml import etree
    posts = tree.xpath("//*[contains(concat(' ', @class, ' '), ' tgme_widget_message_text ')]")
    if len(posts) < 2:
        return False

    def latin(post) -> bool:
        text = "".join(post.itertext())
        return sum(c.isascii() and c.isalpha() for c in text) * 2 >= sum(c.isalpha() for c in text)
    post = max(posts, key=lambda p: (latin(p), len("".join(p.itertext()))))
    message = next(iter(post.xpath("ancestor::*[contains(concat(' ', @class, ' '), ' tgme_widget_message ')][1]")), post)
    body = tree.find(".//body")
    if body is None:
        return False
    article = etree.Element("article")
    parts = re.split(r"(?:<br\s*/?>\s*){2,}", etree.tostring(post, encoding="unicode", with_tail=False))
    for n, part in enumerate(parts):
        text = _clean(html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<br\s*/?>", " ", part))))  # ("&amp;" is "&" again)
        if text:
            first = n == 0 and post.find("b") is not None and len(text.split()) <= SITE_NAME_MAX_WORDS * 3
            etree.SubElement(article, "h1" if first else "p").text = text
    channel = _clean("".join(t for e in tree.xpath("//*[contains(@class, 'tgme_channel_info_header_title')]")
                             for t in e.itertext()))
    head = tree.find(".//head")
    stamp = next(iter(message.xpath(".//time/@datetime")), "")
    if head is not None:
        for meta in head.xpath("meta[@property='og:site_name' or @property='og:title']"):
            head.remove(meta)
        if channel:
            etree.SubElement(head, "meta", {"property": "og:site_name", "content": channel})
        if stamp:
            etree.SubElement(head, "meta", {"property": "article:published_time", "content": stamp})
    aside = etree.Element("aside", {"class": "channel-posts"})
    for other in posts:
        if other is not post:
            etree.SubElement(aside, "p").text = _clean("".join(other.itertext()))
    for child in list(body):
        body.remove(child)
    body.append(article)
    body.append(aside)
    return True


# PDF pages converted to HTML (pdf2htmlEX and the like): one absolutely positioned <div> per
# line, a sentence split across lines, the running header, footer and page number on every page.

PDF_MIN_LINES = 20  # lines on the page before it is read as a converted PDF
PDF_PAGE_MIN_LINES = 5  # lines in a container before it is read as one PDF page
PDF_EDGE_LINES = 3  # a running header or footer is among the first or last lines of each page
PDF_WRAPPED_SHARE = 0.4  # at least this share of the lines stop mid-sentence
PDF_TEXT_SHARE = 0.5  # ... and the lines hold at least this share of the page's words: they are the document,
PDF_LINKED_SHARE = 0.2  # and at most this share of them are links (a site's list of headlines is neither)
PDF_LINE_MAX_WORDS = 30
PDF_SHORT_LINE = 0.8  # a line shorter than this share of the page's longest, ending a sentence, ends a paragraph
PDF_HEADING_MAX_WORDS = 12
_CAPTION_START = re.compile(r"(?:figure|fig\.|table|chart|exhibit|graph|map)\s*\d+[a-z]?\s*[.:\-–—]", re.I)
_LIST_START = re.compile(r"(?:\d{1,3}[.)]|[•▪●◦\-–])\s")
# Headings of a report's end matter: what follows them is not the article's text.
_END_MATTER = re.compile(r"(?:notes|end\s*notes|footnotes|references|sources|bibliography|works cited)\s*:?", re.I)
_POSITION_CLASS = re.compile(r"^(?:[xyhwm]|top|left|pos)[-_]?[0-9a-f]+$", re.I)
_POSITION_STYLE = re.compile(r"\b(?:top|left|right|bottom|width|height|position|transform)\s*:[^;]*;?", re.I)
_BLOCK_TAGS = ("div", "p", "section", "article", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
               "blockquote", "figure", "header", "footer", "main", "aside", "nav")


def _is_line(element) -> bool:
    """A <div> that holds one line of text: no block inside it, a few words; or, as poppler's pdftohtml writes a line,
    an absolutely positioned <p> or <span>."""
    if element.tag not in _LINE_TAGS or element.tag != "div" and not _ABSOLUTE.search(element.get("style") or "") \
            or any(d.tag in _BLOCK_TAGS for d in element.iterdescendants()):
        return False
    words = len("".join(element.itertext()).split())
    return 0 < words <= PDF_LINE_MAX_WORDS


_LINE_TAGS = ("div", "p", "span")
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.I)
_TOP = re.compile(r"\btop\s*:\s*(-?[\d.]+)", re.I)


def _line_pages(tree) -> list:
    """The containers whose children are mostly line <div>s, in order: the PDF's pages."""
    pages = []
    for element in tree.iter("div", "section"):
        children = [c for c in element if isinstance(c.tag, str) and c.tag in _LINE_TAGS]
        lines = [c for c in children if _is_line(c)]
        if len(lines) >= PDF_PAGE_MIN_LINES and len(lines) >= 0.7 * len(children):
            pages.append(element)
    return pages


def _line_style(line) -> str:
    """What a line looks like (its font classes and style, without its position): lines of one
    paragraph share it, a heading or a caption has its own."""
    classes = [c for c in (line.get("class") or "").split() if not _POSITION_CLASS.match(c)]
    return " ".join(sorted(classes)) + "|" + _POSITION_STYLE.sub("", line.get("style") or "").strip()


def _rejoin_pdf_lines(tree) -> bool:
    """Rewrite a converted PDF's pages in place as paragraphs: lines joined until a sentence ends
    on a short line or the style changes; lines repeated on several pages (running headers and
    footers) and page numbers dropped; "Figure N." lines as figure captions; a box of lines that
    repeats the text (a pull quote) marked as one. True when the page was rewritten."""
    from lxml import etree
    pages = _line_pages(tree)
    for page in pages:
        # "1." and its paragraph's first line, or a label, ":" and its value: pieces of one line at the same height
        previous = None
        for child in list(page):
            top = _TOP.search(child.get("style") or "") if isinstance(child.tag, str) and _is_line(child) else None
            if previous is not None and top and top.group(1) == previous[1]:
                previous[0].text = f"{_clean(''.join(previous[0].itertext()))} {_clean(''.join(child.itertext()))}"
                for inner in list(previous[0]):
                    previous[0].remove(inner)
                page.remove(child)
                continue
            previous = (child, top.group(1)) if top else None
    lines = [_clean("".join(c.itertext())) for page in pages for c in page if _is_line(c)]
    # Lines cut mid-sentence: a PDF's, not a page's short <div> paragraphs.
    wrapped = sum(1 for line in lines if not _SENTENCE_END.search(line))
    if len(lines) < PDF_MIN_LINES or wrapped < PDF_WRAPPED_SHARE * len(lines):
        return False
    body = next(tree.iter("body"), tree)
    linked = sum(1 for page in pages for c in page if _is_line(c) and next(c.iter("a"), None) is not None)
    if sum(len(line.split()) for line in lines) < PDF_TEXT_SHARE * len(" ".join(body.itertext()).split()) \
            or linked > PDF_LINKED_SHARE * len(lines):
        return False  # (a sidebar of "headline / By desk / date" lines beside a web page's article)
    texts = {page: [_clean("".join(c.itertext())) for c in page if _is_line(c)] for page in pages}
    seen: dict[str, int] = {}
    for page in pages:
        edges = texts[page][:PDF_EDGE_LINES] + texts[page][-PDF_EDGE_LINES:]
        for key in {_running_key(t) for t in edges}:
            seen[key] = seen.get(key, 0) + 1
    running = {k for k, n in seen.items() if n >= 2 and len(pages) >= 2}

    def furniture(text: str) -> bool:
        return _running_key(text) in running or bool(re.fullmatch(r"(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?", text, re.I))

    def paragraphs(lines: list) -> list[tuple[str, str]]:
        """(kind, text) for a run of line <div>s: kind is p, heading or caption."""
        longest = max((len(_clean("".join(l.itertext()))) for l in lines), default=1)
        groups: list[list] = []
        for line in lines:
            text = _clean("".join(line.itertext()))
            if not text or furniture(text):
                continue
            style = _line_style(line)
            if groups:
                last_style, last_texts = groups[-1][0], groups[-1][1]
                previous = last_texts[-1]
                ended = bool(_SENTENCE_END.search(previous)) and (
                    len(previous) < PDF_SHORT_LINE * longest or _LIST_START.match(text))
                if style == last_style and not ended and not _CAPTION_START.match(text):
                    last_texts.append(text)
                    continue
            groups.append([style, [text]])
        result = []
        for style, group in groups:
            text = group[0]
            for piece in group[1:]:
                text = text[:-1] + piece if text.endswith("-") and piece[:1].islower() and text[-2:-1].isalpha() \
                    else text + " " + piece
            if _CAPTION_START.match(text):
                kind = "caption"
            elif len(text.split()) <= PDF_HEADING_MAX_WORDS and not _SENTENCE_END.search(text):
                kind = "heading"
            else:
                kind = "p"
            result.append((kind, text))
        return result

    body_text = _loose(" ".join(t for page in pages for t in texts[page]))
    notes = False  # after a "Notes" heading: the report's end matter, not its text
    for page in pages:
        new = etree.Element("div", {"class": "pdf-page"})
        run: list = []

        def flush():
            nonlocal new, notes
            for kind, text in paragraphs(run):
                if kind == "heading" and _END_MATTER.fullmatch(text) and not notes:
                    notes = True
                if notes:
                    holder = new.find("section")
                    if holder is None:
                        holder = etree.SubElement(new, "section", {"class": "footnotes"})
                    etree.SubElement(holder, "p").text = text
                elif kind == "caption":
                    figure = etree.SubElement(new, "figure")
                    etree.SubElement(figure, "figcaption").text = text
                else:
                    etree.SubElement(new, "h2" if kind == "heading" else "p").text = text
            run.clear()

        for child in page:
            if not isinstance(child.tag, str):
                continue
            if _is_line(child):
                run.append(child)
                continue
            boxed = [d for d in child.iter("div") if _is_line(d)]
            if boxed:
                flush()
                box = paragraphs(boxed)
                quoted = [t for kind, t in box if not re.match(r"[—–-]\s*\S", t)]
                if quoted and all(_loose(t) and _loose(t) in body_text for t in quoted):
                    element = etree.SubElement(new, "blockquote", {"class": "pullquote"})
                    element.text = " ".join(t for _, t in box)
                else:
                    for kind, text in box:
                        etree.SubElement(new, "p").text = text
        flush()
        new.tail = page.tail
        page.getparent().replace(page, new)
    return True


# A converter's title: the file it was made from ("Microsoft Word - Advisory_final.docx", "brief.pdf")
_FILE_TITLE = re.compile(r"Microsoft (?:Word|PowerPoint|Excel)\s*-\s*.+|.{1,150}\.(?:docx?|pdf|pptx?|odt|rtf)", re.I)
_SUBJECT_LINE = re.compile(r"(?:SUBJECT|Subject|RE|Re)\s*:\s*(.{10,240})")


# The article's blocks, from trafilatura's XML

# Fewer words than this in the article's paragraphs: trafilatura is asked again, favouring recall.
THIN_ARTICLE_WORDS = 120


def _lost_headings(tree, blocks: list[Block]) -> tuple[list[Block], set[str]]:
    """The subheadings trafilatura's fallback dropped (from a container it does not know it keeps paragraphs only:
    "<div class='franklin-content'>"), each set back between the two paragraphs the page prints it between; and their
    keys. Not lost: no word of the page's, and a closing section's heading ("Méthode") still closes it."""
    found = {_key(b.text) for b in blocks}
    # (a paragraph that opens with a bold label is a turn's: "<p><strong>Correctif (4 juillet 2030) :</strong> une ...")
    at = {key: i for i, b in enumerate(blocks) if b.kind in ("text", "turn")
          for key in {_key(b.text), _key(f"{b.speaker} : {b.text}")}}
    restored: list[tuple[int, str]] = []
    for heading in tree.xpath("//body//*[self::h2 or self::h3 or self::h4][not(ancestor::header or ancestor::footer or "
                              "ancestor::nav or ancestor::aside)]"):
        text = _clean(" ".join(heading.itertext()))
        if not text or _key(text) in found or len(text.split()) > SUBHEADING_MAX_WORDS:
            continue
        before = next((e for e in heading.itersiblings(preceding=True) if _clean(" ".join(e.itertext()))), None)
        after = next((e for e in heading.itersiblings() if _clean(" ".join(e.itertext()))), None)
        if before is None or after is None:
            continue
        first, second = at.get(_key(_clean(" ".join(before.itertext())))), at.get(_key(_clean(" ".join(after.itertext()))))
        if first is not None and second == first + 1:
            restored.append((second, text))
    for index, text in sorted(restored, reverse=True):
        blocks.insert(index, Block(text, blocks[index].line, "heading"))
    return blocks, {_key(text) for _, text in restored}


def _full_text(tree, blocks: list[Block]) -> list[Block]:
    """A paywalled page shows a few paragraphs and gives the whole article in its JSON-LD
    articleBody: when that text holds the shown one and is much longer, it is the article."""
    shown = [b for b in blocks if b.kind == "text"]
    bodies = [item["articleBody"] for item in _json_ld_items(tree) if isinstance(item.get("articleBody"), str)]
    for body in bodies if shown else ():
        paragraphs = [_clean(p) for p in re.split(r"\n\s*\n|\n", body) if _clean(p)]
        longer = sum(len(p.split()) for p in paragraphs) > 1.5 * _words(blocks)
        whole = _loose(" ".join(paragraphs))
        inside = [b for b in shown if _loose(b.text)[:80] in whole]
        # (or the shown text is the story's start, then the paywall's lines: "This article is for subscribers", ...)
        first = shown.index(inside[0]) if inside else 0
        cut = len(inside) >= 2 and shown[first:first + len(inside)] == inside  # (a dek before it may not be in the text)
        if paragraphs and longer and (len(inside) * 2 >= len(shown) or cut):
            # Shown blocks the full text lacks (a dek) stay before it; captions stay after; a paywall's lines after the
            # shown start are left out (and counted so).
            last = shown.index(inside[-1]) if inside else len(shown)
            return [b for b in shown[:last] if b not in inside] + [Block(p, 0) for p in paragraphs] + \
                [b for b in blocks if b.kind == "caption"]
    return blocks


LEAD_MIN_WORDS = 12
CONTACT_BLOCK_MAX_WORDS = 25
_CONTACT_BLOCK = re.compile(rf"{EMAIL_ADDRESS}|\+?\(?\d{{3}}\)?[ .-]\d{{3}}[ .-]\d{{4}}\b")  # an address, a telephone number
_CONTACT_HEADING = re.compile(r"(?:Media|Press|News(?:room)?|Public\s+information)\s+(?:contacts?|enquiries|inquiries)\s*:?", re.I)
ABOVE_HEADLINE_REACH = 3  # leading blocks that may be the page's own lines printed above the headline


FIELD_MAX_WORDS = 25  # a field's value, no paragraph of the text


def _page_fields(tree, blocks: list[Block]) -> tuple[list[Block], list[str]]:
    """(blocks, fields): a page's own fields over its text, a list of labels and values ("Date" / "Thursday, January
    13, 2028" / "Location" / "2172 Rayburn House Office Building", a <dl>, or a table's rows), are the page's, not the
    text."""
    fields = {_key(_clean(" ".join(e.itertext()))) for e in tree.xpath("//body//dl/dt | //body//dl/dd")}
    # (... or a table of them, a label in each row's head: a wiki's page properties, "Authors | @A @B", "Status | PUBLISHED")
    fields |= {_key(" | ".join(_clean(" ".join(c.itertext())) for c in row)) for row in tree.xpath("//body//tr[count(*) = 2][th]")}
    n = 0
    while n < len(blocks) - 1 and blocks[n].kind in ("text", "heading") and len(blocks[n].text.split()) <= FIELD_MAX_WORDS \
            and _key(blocks[n].text) in fields:
        n += 1
    return blocks[n:], [b.text for b in blocks[:n]]


def _above_headline(tree, blocks: list[Block], headline: str) -> tuple[list[Block], list[str]]:
    """(blocks, lines above): the article starts under its headline. A leading block the page prints only above the
    headline ("Korea's independent English-language daily since 1972", a site's clock) is its masthead's, not the text."""
    body = tree.find(".//body")
    if body is None or not headline:
        return blocks, []
    page = _key(" ".join(body.itertext()).replace("|", " "))
    head = page.find(_key(headline.replace("|", " ")))
    # (a headline the page prints only under its text, in a "Cite this" box, heads nothing: the title is the page's name)
    if not any(page.find(_key(b.text.replace("|", " "))[:60], max(head, 0)) > head for b in blocks if b.kind == "text"):
        return blocks, []
    above: list[Block] = []
    for block in blocks:
        if block.kind == "caption":
            continue  # (a picture's caption, placed first: its own)
        key = _key(block.text.replace("|", " "))[:60]  # (a layout table's cells, joined by bars)
        at = page.find(key) if key else -1
        if head <= 0 or block.kind != "text" or len(above) == ABOVE_HEADLINE_REACH or not 0 <= at < head \
                or page.find(key, head) >= 0 and _SENTENCE_END.search(block.text.strip()):
            break  # (a sentence printed above and below: a teaser of the lead, and the lead; but a menu, above and in the footer)
        above.append(block)
    kept = [b for b in blocks if b not in above]
    return (kept, [b.text for b in above]) if any(b.kind == "text" for b in kept) else (blocks, [])



def _lead_after_picture(tree, blocks: list[Block]) -> list[Block]:
    """"<div class="photo">...</div>The Korean government will ask ...<br><br>Yeo said ...": an old page's text
    runs loose between boxes (a picture's, an advertisement's), and a paragraph that is a box's tail is not
    among the blocks. Put back where it stands among the container's paragraphs (nothing lost)."""
    texts = [b for b in blocks if b.kind == "text"]
    if not texts:
        return blocks
    known = _loose(" ".join(b.text for b in blocks))
    for element in tree.iter():
        tail = _clean(element.tail or "") if isinstance(element.tag, str) else ""
        if len(tail.split()) < LEAD_MIN_WORDS or not _SENTENCE_END.search(tail) or _loose(tail)[:60] in known:
            continue
        parent = element.getparent()
        whole = _clean(" ".join(parent.itertext())) if parent is not None else ""
        at = whole.find(tail[:60])
        placed = [(whole.find(b.text[:60]), b) for b in texts if whole.find(b.text[:60]) >= 0]
        after = next((b for where, b in sorted(placed, key=lambda p: p[0]) if where > at), None)
        if at < 0 or len(placed) < 2 or after is None:
            continue  # (a container with the article's paragraphs in it, the lost one among them)
        index = blocks.index(after)
        blocks = [*blocks[:index], Block(tail, after.line), *blocks[index:]]
        texts = [b for b in blocks if b.kind == "text"]
        known = _loose(" ".join(b.text for b in blocks))
    return blocks


PICTURE_SPLIT_MAX_WORDS = 60  # words of a picture's box between two parts of the text: its caption and credit


def _part_over_picture(tree, blocks: list[Block]) -> list[Block]:
    """"<div class='b b-text wnd-blog-content'>(the lead)</div><div class='b-img'><img>(caption, credit)</div><div
    class='b b-text wnd-blog-content'>(the rest)</div>": a site builder's article in two boxes of one kind with a picture
    between them, of which trafilatura keeps the larger. The box right before the picture's, of exactly the same class
    (not a dek's box of a kind close to it), is the article's start: put back over the text (nothing lost)."""
    texts = [b for b in blocks if b.kind == "text"]
    if not texts:
        return blocks
    first = _loose(texts[0].text)[:60]
    holder = next((p for p in tree.iter("p") if first and _loose(" ".join(p.itertext())).startswith(first)), None)
    known = _loose(" ".join(b.text for b in blocks))
    for box in itertools.islice(holder.iterancestors(), 3) if holder is not None else ():
        classes = box.get("class") or ""
        before = [e for e in box.itersiblings(preceding=True) if isinstance(e.tag, str)][:2]
        if not classes.strip() or len(before) < 2 or before[1].tag != box.tag or before[1].get("class") != classes \
                or before[0].find(".//img") is None or len(" ".join(before[0].itertext()).split()) > PICTURE_SPLIT_MAX_WORDS:
            continue
        found = [t for p in before[1].iter("p") if len((t := _clean(" ".join(p.itertext()))).split()) >= LEAD_MIN_WORDS
                 and _SENTENCE_END.search(t) and _loose(t)[:60] not in known]
        return [*(Block(t, texts[0].line) for t in found), *blocks] if found else blocks
    return blocks


def _free_part(tree, blocks: list[Block]) -> list[Block]:
    """"<div class='djangocms-text'>(the free paragraphs)</div><div class='paywall-box'>...</div><div class='djangocms-text
    is-locked'>(the rest)</div>": the article in two boxes of one kind, a paywall's between them, of which trafilatura
    keeps the larger. Put the paragraphs of the boxes of the same kind before it back over the text (nothing lost)."""
    texts = [b for b in blocks if b.kind == "text"]
    if not texts:
        return blocks
    first = _loose(texts[0].text)[:60]
    holder = next((p for p in tree.iter("p") if first and _loose(" ".join(p.itertext())).startswith(first)), None)
    box = holder.getparent() if holder is not None else None
    if box is None or box.getparent() is None or not (kind := set((box.get("class") or "").split())):
        return blocks
    known = _loose(" ".join(b.text for b in blocks))
    found: list[str] = []
    walled = False  # (only across the paywall's box: not a standfirst's box over the text, nor one of a "field" kind)
    for sibling in box.itersiblings(preceding=True):
        if not isinstance(sibling.tag, str):
            continue
        classes = sibling.get("class") or ""
        if _PROMO_BOX.search(classes):
            walled = True  # (the paywall's offer between the boxes)
            continue
        paragraphs = [t for p in sibling.iter("p") if len((t := _clean(" ".join(p.itertext()))).split()) >= LEAD_MIN_WORDS
                      and _SENTENCE_END.search(t)]
        if not paragraphs:
            continue  # (a picture's box)
        if not walled or sibling.tag != box.tag or not set(classes.split()) & kind \
                or any(_loose(t)[:60] in known for t in paragraphs):
            break
        found[:0] = paragraphs
    return [*(Block(t, texts[0].line) for t in found), *blocks] if found else blocks


def _gap_parts(tree, blocks: list[Block]) -> list[Block]:
    """A site builder's article in one text box per stretch ("<div field='text' class='t-text t-text_md'>"), a paywall's
    offer or a pull quote between them, of which trafilatura left one out between two it kept: the left-out box of the
    same kind is the article's, in its place (nothing lost)."""
    texts = [b for b in blocks if b.kind == "text"]
    body = tree.find(".//body")
    if len(texts) < 2 or body is None:
        return blocks
    holders = []  # (element, its text, paragraphs apart) for each box that holds prose of its own, loose or in <p>s
    for element in body.iter("div", "p", "section"):
        if not element.get("class"):
            continue
        if (element.text or "").strip() and len(element.text.split()) >= LEAD_MIN_WORDS:
            copied = copy.deepcopy(element)
            for br in copied.iter("br"):
                br.tail = "\n" + (br.tail or "")
            holders.append((element, "".join(copied.itertext())))
        elif (paragraphs := [" ".join(c.itertext()) for c in element if c.tag == "p"]) and \
                len(paragraphs[0].split()) >= LEAD_MIN_WORDS and \
                not re.fullmatch(r"h[1-6]", str(next(iter(element)).tag)):  # (not a titled box: "Upcoming event")
            holders.append((element, "\n\n".join(paragraphs)))  # (... as <p>s made of its <br>s: _paragraphs_from_breaks)
    prefixes = [_loose(b.text)[:60] for b in texts]
    kept = [n for n, (_, text) in enumerate(holders) if any(p and p in _loose(text) for p in prefixes)]
    if len(kept) < 2:
        return blocks
    kinds = [(element.tag, element.get("class")) for element, _ in holders]
    known = _loose(" ".join(b.text for b in blocks))
    result = list(blocks)
    # (two kept boxes of one kind, the next of that kind kept: not a pull quote's or a summary's repeating the text)
    pairs = [(left, right) for k in {kinds[n] for n in kept} for ones in [[n for n in kept if kinds[n] == k]]
             for left, right in zip(ones, ones[1:])]
    # ... and the boxes of that kind between the headline and the first kept one: the opening paragraph under a picture
    heading = body.find(".//h1")
    placed = {element: n for n, element in enumerate(body.iter())} if heading is not None else {}
    pairs += [(-1, ones[0]) for k in {kinds[n] for n in kept} for ones in [[n for n in kept if kinds[n] == k]] if placed]
    for left, right in sorted(pairs, reverse=True):  # (from the end: each insertion leaves the places before it)
        found = []
        for element, text in [holders[n] for n in range(left + 1, right) if kinds[n] == kinds[right]
                              and (left >= 0 or placed.get(holders[n][0], -1) > placed[heading])]:
            if len(_clean(" ".join(a.text_content() for a in element.iter("a")))) * 2 >= len(_clean(text)):
                continue  # (a box of links: a list's, not the article's)
            if any(_DECK_CLASS.search(mark) or _POINTS_CLASS.search(mark) for box in [element, *list(element.iterancestors())[:3]]
                   for mark in [*(box.get("class") or "").split(), box.get("id") or ""] if mark):
                continue  # (a deck's or a key points box's: "<div id='text-dek' class='cmp-text'>", "KeyPoints_keyPoints")
            found += [t for t in (_clean(line) for line in re.split(r"\n\s*\n", text))
                      if len(t.split()) >= LEAD_MIN_WORDS and _SENTENCE_END.search(t) and _loose(t)[:60] not in known]
        if not found:
            continue
        if left < 0:  # (before the first paragraph of the first kept box)
            ahead = _loose(holders[right][1])
            at = next((i for i, b in enumerate(result) if b.kind == "text" and _loose(b.text) in ahead), None)
            if at is not None:
                result[at:at] = [Block(t, result[at].line) for t in found]
            continue
        behind = _loose(holders[left][1])  # (after the last paragraph of the box before them)
        at = 1 + max((i for i, b in enumerate(result) if b.kind == "text" and _loose(b.text) in behind), default=-1)
        if at:
            result[at:at] = [Block(t, result[at - 1].line) for t in found]
    return result


_RE = {"re": "http://exslt.org/regular-expressions"}
_IN_COMMENT = "ancestor::*[re:test(@class, '(?:^|\\s)comments?(?:$|\\s)', 'i')]"  # inside a reader's comment's box


def _rest_part(tree, blocks: list[Block]) -> list[Block]:
    """"<div class='dbk-article-body'>(paragraphs)</div><blockquote>(a pull quote)</blockquote><div class='dbk-article-body'>
    (more)</div><div class='dbk-subscribe'>...</div><div class='dbk-article-body'>(the rest)</div>": the article in several
    boxes of one kind, a pull quote, an offer or an advertisement between them, of which trafilatura keeps the first.
    Put the paragraphs of the boxes of the same kind after it under the text (nothing lost)."""
    texts = [b for b in blocks if b.kind == "text"]
    if not texts:
        return blocks
    last = _loose(texts[-1].text)[:60]
    holder = next((p for p in tree.iter("p") if last and _loose(" ".join(p.itertext())).startswith(last)), None)
    box = holder.getparent() if holder is not None else None
    if box is None or box.getparent() is None or not (kind := box.get("class") or "").strip():
        return blocks
    known = _loose(" ".join(b.text for b in blocks))
    found: list[str] = []
    for sibling in box.itersiblings():
        if not isinstance(sibling.tag, str) or sibling.tag != box.tag or (sibling.get("class") or "") != kind:
            continue  # (the pull quote's, the offer's or the advertisement's box between the article's)
        # (not a reader's comment in a box of the same kind: a page builder's text widget holding the comments)
        paragraphs = [t for p in sibling.iter("p") if len((t := _clean(" ".join(p.itertext()))).split()) >= LEAD_MIN_WORDS
                      and _SENTENCE_END.search(t) and not p.xpath(_IN_COMMENT, namespaces=_RE)]
        if any(_loose(t)[:60] in known for t in paragraphs):
            break
        found += paragraphs
    return [*blocks, *(Block(t, texts[-1].line) for t in found)] if found else blocks


def _json_ld_items(tree):
    """Every object in the page's JSON-LD scripts, nested ones included (an @graph, a list)."""
    import json

    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            stack = [json.loads(script.text or "")]
        except ValueError:
            continue
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                stack.extend(v for v in item.values() if isinstance(v, (list, dict)))


BREAK_PROSE_MIN_WORDS = 60  # loose text in a container, split by <br>, before its lines are read as paragraphs
BREAK_MIN_COUNT = 3
_INLINE_TAGS = frozenset("a b i u em strong font span small big sup sub abbr cite q mark time code s strike tt".split())


def _paragraphs_from_breaks(tree) -> bool:
    """"GEORGE TOWN: ...<br /><br />The rule, announced ...<br />": an old CMS's article text loose in a table cell or a
    <div>, its paragraphs split only by <br>. Each run between breaks becomes a <p>, so the text is read paragraph by
    paragraph, like any other page's (trafilatura would take it as one block, or leave it out)."""
    from lxml import html as lxml_html

    changed = False
    for element in list(tree.iter("td", "div", "section", "article", "main", "center", "font", "span", "body")):
        children = list(element)
        if sum(c.tag == "br" for c in children) < BREAK_MIN_COUNT or any(c.tag == "p" for c in children):
            continue
        loose = " ".join([element.text or "", *(c.tail or "" for c in children),
                          *(" ".join(c.itertext()) for c in children if c.tag in _INLINE_TAGS)])
        if len(loose.split()) < BREAK_PROSE_MIN_WORDS:
            continue
        parts: list = []
        paragraph = lxml_html.Element("p")

        def close() -> None:
            nonlocal paragraph
            if (paragraph.text or "").strip() or len(paragraph):
                parts.append(paragraph)
            paragraph = lxml_html.Element("p")

        def add_text(text: str | None) -> None:
            if not text:
                return
            if len(paragraph):
                paragraph[-1].tail = (paragraph[-1].tail or "") + text
            else:
                paragraph.text = (paragraph.text or "") + text

        add_text(element.text)
        for child in children:
            tail, child.tail = child.tail, None
            if not isinstance(child.tag, str):
                continue  # a comment
            if child.tag == "br":
                close()
            elif child.tag in _INLINE_TAGS:
                paragraph.append(child)
            else:
                close()
                parts.append(child)  # a picture's box, a table: as it was
            add_text(tail)
        close()
        element.text = None
        for child in list(element):
            element.remove(child)
        element.extend(parts)
        changed = True
    return changed


def _unwrap_layout_tables(tree) -> bool:
    """Tables used for page layout (a cell holding headings or paragraphs of prose) become plain
    blocks; a data table holds short cells, and stays a table."""
    changed = False
    for table in tree.xpath("//table[.//h1 or .//h2 or .//p[string-length(normalize-space()) > 200]]"):
        for element in [table, *table.iter("tbody", "thead", "tfoot", "tr", "td", "th")]:
            element.tag = "div"
            for attribute in ("colspan", "rowspan", "width", "valign", "align"):
                element.attrib.pop(attribute, None)
        changed = True
    return changed


def _named_layers(tree) -> bool:
    """A page builder's names for its layers ("<div data-framer-name='Subtitle'>", "Image caption", "Credit", "Date"): the
    classes its markup has no others for, added to each layer's own, so what a class names is read as that."""
    changed = False
    for element in tree.xpath("//*[@data-framer-name]"):
        name = re.sub(r"[^\w]+", "-", (element.get("data-framer-name") or "").strip().lower()).strip("-")
        if name:
            element.set("class", f"{element.get('class') or ''} {name}".strip())
            changed = True
    return changed


def _entries_as_sections(tree) -> bool:
    """Several <article> elements side by side (a live blog's entries) are parts of one article:
    they become <section>s, so the container with the blog's summary is read as the article."""
    changed = False
    # ... or a list's items, each an entry with its own heading and paragraphs ("<li class='lp-post'><h3>...</h3><p>")
    for listing in tree.iter("ul", "ol"):
        items = [child for child in listing if child.tag == "li"]
        entries = [i for i in items if i.xpath("./*[self::h2 or self::h3 or self::h4] | ./*/*[self::h2 or self::h3 or self::h4]")
                   and i.xpath(".//p")]
        if len(entries) >= 3 and len(entries) * 2 >= len(items):
            listing.tag = "div"
            for item in items:
                item.tag = "section"
            changed = True
    for parent in {id(a.getparent()): a.getparent() for a in tree.iter("article")
                   if a.getparent() is not None}.values():
        entries = [child for child in parent if child.tag == "article"]
        if len(entries) >= 2:
            for entry in entries:
                entry.tag = "section"
            changed = True
    return changed


def _extract(trafilatura, raw: bytes, favor_recall: bool, excerpts: tuple[str, ...] = ()):
    """(trafilatura's document, the article's blocks, what was dropped) for one extraction pass. `excerpts`: the page's
    descriptions; one that runs on past the description trafilatura read shows that one to be the text's start."""
    document = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=True, include_images=True,
        include_formatting=True, include_links=False, deduplicate=False, prune_xpath=PRUNE_XPATH,
        favor_recall=favor_recall, output_format="python",
        # (htmldate's own latest date is the machine's today: the build's day instead, one owner for both)
        date_extraction_params={"original_date": True, "extensive_search": True, "max_date": build_day().isoformat()})
    if document is None or document.body is None:
        return None, [], {}, set()
    description = _clean(document.description or "")
    if description and any(_loose(e).startswith(_loose(description)) and len(_loose(e)) > len(_loose(description)) + EXCERPT_RUN_ON
                           for e in excerpts):
        description = ""  # (the first paragraph, which the description copies, stays the first paragraph)
    if description and _lead_copied(raw, description):
        description = ""  # ... and so does a first paragraph the page prints once, as a plain paragraph, its CMS copied
    blocks, dropped, headings = _article_blocks(document.body, _clean(document.title or ""), description)
    return document, blocks, dropped, headings


def _lead_copied(raw, description: str) -> bool:
    """The page prints the description's words once, in a plain <p> (no deck's class): its CMS copied the article's
    first paragraph into its description ("<meta name='description' content='China's decision ...'>"), no standfirst."""
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    start = re.escape(html.escape(description[:60], quote=False)).replace("'", "(?:'|&#39;|&#x27;|&apos;)")
    printed = [m for m in re.finditer(rf"<(\w+)([^<>]*)>\s*{start}", text)]
    marks = " ".join(re.findall(r"""(?:class|id)\s*=\s*["']([^"']*)""", printed[0].group(2))) if len(printed) == 1 else ""
    # (GOV.UK's summary, "gem-c-lead-paragraph", and a magazine's "hk-article__lead" are decks)
    return len(printed) == 1 and printed[0].group(1).lower() == "p" and not _DECK_CLASS.search(marks.replace(" ", "_")) \
        and not re.search(r"lead|intro", marks, re.I)


EXCERPT_RUN_ON = 15  # characters a description runs on past a paragraph it copies, to be an excerpt of the text


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks if b.kind != "caption")


def _thin(blocks: list[Block]) -> bool:
    """Too little text for an article: nothing, or a few short lines (a header, share buttons)."""
    return _words(blocks) < THIN_ARTICLE_WORDS or not any(len(b.text.split()) >= 12 for b in blocks)



# Someone speaking, in the line over a block quotation ("was blunt about it on the earnings call:"), not a document
# quoted ("A proposed rule would have required exactly the check that is missing:").
_SPOKEN = re.compile(r"\b(?:said|says|told|tells|wrote|writes|added|argued|explained|warned|noted|remarked|recalled|insisted|"
                     r"put it|blunt|candid|frank|interview|call|podcast|speech|remarks|testified|testimony|posted|message|e-?mail|sent (?:us|me)"
                     r"|a note to"  # ("made the same point in a note to clients the morning after the rule came out:")
                     # "spokesperson Lin Jian gave the standard answer:", "... replied:", "... responded:"
                     r"|answer(?:ed)?|repl(?:y|ied)|respon(?:se|ded)|statement"
                     # "Speaking to reporters in Hanoi, Deputy Minister A described the year as one of "constant proof":"
                     r"|speaking|spoke|described"
                     # "A defended the approach before the Senate Appropriations Committee in June:": where one speaks
                     r"|defended|committee|hearing|briefing|conference|summit|forum)\b", re.I)


def _quoted(pieces: list[tuple[str, str, str]], blocks: list[Block]) -> list[tuple[str, str, str]]:
    """"Her chief financial officer, A, was blunt about it on the call:" over a <blockquote> with no quotation marks: the
    page's quotation, marked as one (each paragraph opens with a mark, the last closes), so it is read as A's words."""
    texts = [t for t, _, _ in pieces if t]
    if not texts or not blocks or not blocks[-1].text.rstrip().endswith(":") \
            or not _SPOKEN.search(re.split(r"(?<=[.!?])\s+(?=[A-Z])", blocks[-1].text.strip())[-1]) \
            or texts[0][:1] in _QUOTE_MARKS.strip() \
            or texts[-1].rstrip()[-1:] in "”\"":
        return pieces
    marked = [f"“{t}" for t in texts]
    marked[-1] += "”"
    return [(t, "text", "") for t in marked]


def _article_blocks(body, title: str, description: str,
                    nested: bool = True) -> tuple[list[Block], dict[str, int], set[str]]:
    """Paragraphs, subheadings, list items and table rows in order; speaker turns marked; and
    the subheadings' keys. ``nested``: also inside the <div> wrappers trafilatura's fallback keeps."""
    blocks: list[Block] = []
    dropped: dict[str, int] = {}
    headings: set[str] = set()
    for element in (_leaves(body) if nested else body):
        tag = element.tag
        if tag == "list":
            pieces = [(_text(item), "text", "") for item in element.iter("item")]
        elif tag == "table":
            pieces = [(" | ".join(_cell_text(cell) for cell in row.iter("cell")), "text", "") for row in element.iter("row")]
        elif tag == "p" and not _speaker(element):
            pieces = [(text, "text", "") for text in _paragraphs(element)]
        elif tag == "quote" and element.find("p") is not None:
            # a block quotation of several paragraphs: each its own, as the page sets them
            pieces = [(text, "text", "") for p in element.iter("p") for text in _paragraphs(p)]
            pieces = _quoted(pieces, blocks)
        elif tag == "quote":
            pieces = _quoted([(_text(element), "text", "")], blocks)
        elif tag in ("p", "head", "code"):
            speaker = _speaker(element) if tag == "p" else ""
            text = _text(element)
            if speaker and box_label(speaker) and not NOTE_LABEL.match(f"{speaker}:"):  # (an editor's note is read whole)
                # "<strong>Key Takeaway:</strong> Exporters must ...": a box's label over its point, no one's turn
                dropped["label"] = dropped.get("label", 0) + 1
                text, speaker = re.sub(r"^" + re.escape(speaker) + r"\s*[:：]\s*", "", text, count=1), ""
            if speaker and _shouted(speaker):
                # "SPOKESPERSON MAO NING:" is capitals for emphasis: the label is given in the
                # name's own case so the text rules know the name (a one-word "CCTV:" stays).
                label = name_case(speaker)
                text = re.sub(re.escape(speaker), label, text, count=1)
                speaker = label
            if speaker:
                text = re.sub(r"^(" + re.escape(speaker) + r"\s*[:：])(?=\S)", r"\1 ", text)
            pieces = [(text, "turn" if speaker else "text", speaker)]
        else:  # graphic (its caption is read from the page), comments
            continue
        for text, kind, speaker in pieces:
            if not text:
                continue
            if _same(text, title) and not blocks:
                dropped["title"] = dropped.get("title", 0) + 1
                continue
            if description and not blocks and _same(text, description) and not opens_with_dateline(text):
                dropped["standfirst"] = 1  # shown as the summary (but a release's lead its CMS copied into its description stays)
                continue
            if _is_stamp(text):
                dropped["stamp"] = dropped.get("stamp", 0) + 1
                continue
            blocks.append(Block(text=text, line=0, kind=kind, speaker=speaker))
            if tag == "head":
                headings.add(_key(text))
    # A pull quote repeats a sentence of the article: keep the sentence, drop the repeat.
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        core = block.text.strip(_QUOTE_MARKS)
        if block.kind == "text" and len(core.split()) <= PULL_QUOTE_MAX_WORDS and any(
                i != index and len(other.text) > len(block.text) and core in other.text
                for i, other in enumerate(blocks)):
            dropped["pull quote"] = dropped.get("pull quote", 0) + 1
            continue
        kept.append(block)
    return kept, dropped, headings


# The article's edges: what opens it above the first paragraph, what closes it after the last

SUBHEADING_MAX_WORDS = 14  # a subheading is a label or a short title, not a paragraph
KICKER_MAX_WORDS = 8  # a section label above the headline ("Feature · Diplomacy")
DECK_MAX_WORDS = 45  # a deck is a sentence; a marked "summary" of several is the text's first paragraph
DECK_BOX_MAX_PARAGRAPHS = 2  # "The Issue" over its deck: a box; a "Summary" heading over the whole text opens its first section
DECK_MIN_WORDS = 4
DECK_REACH = 4  # how far into the blocks a marked deck is still the article's standfirst
END_HEADING_MAX_WORDS = 5  # "MOST VIEWED", "Related articles": a heading with nothing under it
CONTACT_BOX_LABEL_MAX_WORDS = 15  # "Consultation desk for companies affected by the measures" over a telephone line
BIO_MAX_WORDS = 80
_END_MARKS = re.compile(r"(?:#\s*#\s*#|-\s*30\s*-|[-—–]*\s*(?:end|ends)\s*[-—–]*|\(\s*END\s*\))$", re.I)  # (a wire's "(END)")
_SENTENCE_END = re.compile(r"(?:[.!?…。！？\"”’'»]|(?<!\(s)\))$")  # ("Quote(s)": a plural's brackets end no sentence)


def _lead(blocks: list[Block], titles: tuple[str, ...], description: str, headings: set[str],
          decks: frozenset[str] = frozenset(), items: frozenset[str] = frozenset(),
          points: frozenset[str] = frozenset(), excerpts: tuple[str, ...] = (),
          notes: list[str] | None = None, asides: frozenset[str] = frozenset()) -> tuple[list[Block], str, str]:
    """(blocks, kicker, standfirst): short labels above the headline are a kicker, the headline
    itself goes, and a first block that is the page's description, that the page marks as its deck (class "standfirst", "dek",
    "summary"...), or a heading over the first paragraph that reads as a deck (several words, no
    colon), is the standfirst."""
    kicker = ""
    notes = [] if notes is None else notes  # (the notes over the text: the caller keeps them with the credits)
    while len(blocks) > 1 and blocks[0].kind == "text" and COUNTER.fullmatch(blocks[0].text.strip()):
        blocks = blocks[1:]  # "1.4K" claps, "23 comments": a widget's count above the article
    # "Copy link", "Views | 2,418": a share button's or a counter's words among the first blocks, over or under the headline
    blocks = [b for n, b in enumerate(blocks) if n >= LEAD_WIDGET_REACH or b.kind not in ("text", "turn")
              or not _WIDGET_LINE.fullmatch(b.text.strip()) and not (b.kind == "text" and _meta_cells(b.text))]
    # (a bold label reads as a turn's: "<b>In this issue:</b> ...", a newsletter's contents, is no one's words)
    blocks = _without_lead_note(blocks, notes, asides)
    # "Date: September 3, 2026 (Thursday)" / "Spokesperson: Qian Weilin": a transcript's fields over its text
    # (... perhaps under the headline, printed again over them: "MOEA Adds 22 Entities ..." / "Date: ..." / "Source: ...")
    at = 1 if blocks and any(_same(blocks[0].text, t) for t in titles if t) else 0
    fields = list(itertools.takewhile(lambda b: b.kind in ("text", "turn") and _FIELD_LINE.fullmatch(b.text.strip()),
                                      blocks[at:at + 4]))
    if fields and at + len(fields) < len(blocks):
        notes.extend(b.text for b in fields)
        blocks = blocks[:at] + blocks[at + len(fields):]
    for index, block in enumerate(blocks[:3]):
        if any(_same(block.text, t) for t in titles if t):
            if all(len(b.text.split()) <= KICKER_MAX_WORDS and b.kind == "text" for b in blocks[:index]):
                kicker = " · ".join(b.text for b in blocks[:index])
                blocks = blocks[index + 1:]
            break
    blocks = _without_box(blocks, items)
    standfirst = ""
    # (a description that runs on into the second paragraph is an excerpt of the text's start, not a deck)
    excerpt = len(blocks) > 1 and any(_loose(e).startswith(_loose(blocks[0].text)) and _loose(blocks[1].text)[:20]
                                      and _loose(blocks[1].text)[:20] in _loose(e)[len(_loose(blocks[0].text)):] for e in excerpts)
    # "The Issue" over a deck the page marks so, among the first blocks (an editor's note may come first): the box's
    # label and its deck
    labelled = next((i for i in range(min(DECK_REACH, len(blocks) - 2)) if blocks[i].kind in ("heading", "text")
                     and blocks[i].text.strip().lower().rstrip(":") in _DECK_LABELS and _key(blocks[i + 1].text) in decks), None)
    boxed = ""
    if labelled is not None:
        notes.append(blocks[labelled].text)
        boxed = blocks[labelled + 1].text
        blocks = blocks[:labelled] + blocks[labelled + 2:]
    # (a deck the page marks so may open with a bold label, read as a turn's: "<div class='insight-summary'><strong>In
    # brief:</strong> ...")
    if len(blocks) > 1 and blocks[0].kind == "turn" and _key(blocks[0].text) in decks \
            and len(blocks[0].text.split()) <= DECK_MAX_WORDS:
        blocks = [Block(blocks[0].text, blocks[0].line, "text"), *blocks[1:]]
    if len(blocks) > 1 and blocks[0].kind == "text" and not _BYLINE_OPENING.match(blocks[0].text) and (
            _same(blocks[0].text, description) and not opens_with_dateline(blocks[0].text) and not excerpt
            or _key(blocks[0].text) in decks and len(blocks[0].text.split()) <= DECK_MAX_WORDS
            or _key(blocks[0].text) in headings
            and len(blocks[0].text.split()) >= DECK_MIN_WORDS and not blocks[0].text.endswith((":", "："))
            and _key(blocks[1].text) not in headings
            # (... or a paragraph over the one the dateline opens, "MACAO – Engineers at ...": the text starts there)
            or len(blocks[0].text.split()) <= DECK_MAX_WORDS and not opens_with_dateline(blocks[0].text)
            and blocks[1].kind == "text" and opens_with_dateline(blocks[1].text)):
        standfirst = blocks[0].text
        blocks = _without_box(blocks[1:], items)
    # (... or the page's description printed under short lines the page's header left in the text, "Print subscriptions
    # for 2030 now open — ..." / "Business and city news from Tripoli, in English" / "3 min read": the dek still)
    under_header = next((i for i in range(1, min(DECK_REACH, len(blocks) - 1)) if description and blocks[i].kind == "text"
                         and _same(blocks[i].text, description) and not opens_with_dateline(blocks[i].text)
                         and all(b.kind == "text" and len(b.text.split()) <= KICKER_MAX_WORDS * 2
                                 and not _SENTENCE_END.search(b.text) for b in blocks[:i])), None) \
        if not standfirst and not excerpt else None
    if under_header is not None:
        standfirst = blocks.pop(under_header).text
    # GOV.UK's bullets over a release's text ("UK and US to co-invest up to £400 million ..." / "shared stockpile
    # arrangements will ..."): points of a list, none a sentence that ends, then the text: its summary
    pictured = next((i for i, b in enumerate(blocks[:3]) if b.kind != "caption"), 0)  # (under the lead picture's caption)
    points_run = list(itertools.takewhile(lambda b: b.kind == "text" and _key(b.text) in items and len(b.text.split()) <= 30
                                          and not b.text.rstrip().endswith((".", "!", "?")), blocks[pictured:pictured + 6]))
    after = pictured + len(points_run)
    if not standfirst and 2 <= len(points_run) and after < len(blocks) and blocks[after].kind == "text" \
            and len(blocks[after].text.split()) >= 12 and _key(blocks[after].text) not in items:
        standfirst = " · ".join(b.text for b in points_run)
        blocks = blocks[:pictured] + blocks[after:]
    standfirst = standfirst or boxed
    lead = next((i for i, b in enumerate(blocks[:3]) if b.kind != "caption"), 0)
    if lead:
        blocks = blocks[:lead] + _without_box(blocks[lead:], items)  # a box under the picture
    for _ in range(LEAD_NOTES_MAX):  # (a box's own note: "AI-generated summary, reviewed by ...", a byline, a translation's)
        kept = len(blocks)
        blocks = _without_lead_note(blocks, notes, asides)
        if len(blocks) == kept:
            break
    blocks = _without_box(blocks, items)  # (... and a box under an editor's note: "Editor's note: ..." / "Key points")
    # A summary list's points above the article (a picture's caption may come first).
    # (... and a read-aloud player's short notes above it: "Your browser doesn't support HTML5 audio" / "This audio is ...")
    first_text = next((i for i, b in enumerate(blocks) if b.kind == "text" and _key(b.text) not in points
                       and len(b.text.split()) >= LEAD_MIN_WORDS), 0)
    blocks = [b for i, b in enumerate(blocks) if i >= first_text or b.kind not in ("text", "heading") or _key(b.text) not in points]
    return blocks, kicker, standfirst


_CHAPTER = re.compile(r"[(\[]?\d{1,2}:\d\d(?::\d\d)?[)\]]?\s*[-–—:|]?\s+[^\s:].{2,120}")
CHAPTERS_MIN = 3  # an episode's chapters: this many times in a row, each with its title


def _without_chapters(blocks: list[Block], notes: list[str]) -> list[Block]:
    """An episode's chapters, "(14:45) The buyers left out: defense-adjacent suppliers" and its neighbours, a title to
    each time and nothing said between them (a live blog's times head its entries' paragraphs): where to listen, not
    what is said. Kept with the notes, and the label over them ("In this episode")."""
    chapter = [b.kind == "text" and _CHAPTER.fullmatch(b.text.strip()) is not None and len(b.text.split()) <= CHAPTER_MAX_WORDS
               and not _SENTENCE_END.search(b.text) for b in blocks]
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        run = len(list(itertools.takewhile(bool, chapter[index:])))
        if run >= CHAPTERS_MIN:
            if result and result[-1].kind in ("text", "heading") and len(result[-1].text.split()) <= 4 \
                    and not _SENTENCE_END.search(result[-1].text):
                notes.append(result.pop().text)  # "In this episode", "Chapters"
            notes.extend(b.text for b in blocks[index:index + run])
            index += run
            continue
        result.append(blocks[index])
        index += 1
    return result


CHAPTER_MAX_WORDS = 16


# "Grant Hollister -- Chief Executive Officer", "Priya Sethuraman -- Whitcomb Sterling -- Analyst", "Operator": a call
# transcript's speaker on a line of their own over what they say
_CALL_SPEAKER = re.compile(r"(?P<name>Operator|[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})(?:\s+[-–—]{1,2}\s+[^.!?]{2,100})?")
CALL_SPEAKER_MIN_TURNS = 3
CALL_HEAD_MAX_WORDS = 25


def _named_line_turns(blocks: list[Block], notes: list[str]) -> list[Block]:
    """A call transcript that sets each speaker's name (and job) as a paragraph of its own over their words, again and
    again, some of them more than once: each name and the paragraph under it are one turn. What follows the last turn
    from "Duration: 38 minutes" or "Call participants:" on (the participants' list, the service's disclaimer) goes to
    `notes`."""
    labels = [n for n in range(len(blocks) - 1) if blocks[n].kind == "text" and blocks[n + 1].kind == "text"
              and _CALL_SPEAKER.fullmatch(blocks[n].text.strip()) and not _CALL_SPEAKER.fullmatch(blocks[n + 1].text.strip())
              and _SENTENCE_END.search(blocks[n + 1].text)]
    names = [_CALL_SPEAKER.fullmatch(blocks[n].text.strip()).group("name") for n in labels]
    if len(labels) < CALL_SPEAKER_MIN_TURNS or len(set(names)) < 2 or len(set(names)) == len(names):
        return blocks
    end = next((n for n in range(labels[0] + 1, len(blocks)) if _CALL_END.fullmatch(blocks[n].text.strip())), None)
    if end is not None:
        notes.extend(b.text for b in blocks[end:])
        blocks, labels = blocks[:end], [n for n in labels if n + 1 < end]
    if not labels:
        return blocks
    # (and the call's own lines over its first turn: "Meridian Wafer Systems (NASDAQ:MWSY) Q2 2028 Earnings Call May 16, ...")
    heads = [n for n in range(labels[0]) if blocks[n].kind == "text" and not _SENTENCE_END.search(blocks[n].text)
             and len(blocks[n].text.split()) <= CALL_HEAD_MAX_WORDS]
    notes.extend(blocks[n].text for n in heads)
    blocks = [b for n, b in enumerate(blocks) if n not in heads]
    labels = [n - sum(1 for h in heads if h < n) for n in labels]
    result: list[Block] = []
    skip = set()
    for n, block in enumerate(blocks):
        if n in skip:
            continue
        if n in labels:
            name = _CALL_SPEAKER.fullmatch(block.text.strip()).group("name")
            result.append(Block(f"{name}: {blocks[n + 1].text}", block.line, "turn", speaker=name))
            skip.add(n + 1)
            continue
        result.append(block)
    return result


_CALL_END = re.compile(r"Duration\s*:\s*\d{1,3}\s*(?:minutes?|mins?)|(?:Call\s+)?participants\s*:?", re.I)


def _unmarked_turns(blocks: list[Block]) -> list[Block]:
    """A transcript whose speakers' labels are bold, but for one set in plain type ("Lin Wenhao: Good afternoon ...",
    the opening statement): a paragraph opening with the label of someone who speaks in a marked turn is theirs too."""
    speakers = {b.speaker for b in blocks if b.kind == "turn" and b.speaker and _name_like(b.speaker)}
    if not speakers:
        return blocks
    result = []
    for block in blocks:
        label = re.match(r"([^:：]{3,60}?)\s*[:：]\s+\S", block.text) if block.kind == "text" else None
        if label and label.group(1) in speakers:
            block = Block(block.text, block.line, "turn", speaker=label.group(1))
        result.append(block)
    return result


_TIMED_LABEL = re.compile(r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s*[(\[]?\s*\d{1,2}:\d\d(?::\d\d)?\s*[)\]]?")
TRANSCRIPT_LABEL_REACH = 8
EPISODE_NOTE_MAX_WORDS = 60


def _timed_turns(blocks: list[Block]) -> list[Block]:
    """A podcast's transcript, "Aiko Tanabe 00:00:02" over what she said: each label and its paragraph one turn."""
    result: list[Block] = []
    for block in blocks:
        label = _TIMED_LABEL.fullmatch(result[-1].text.strip()) if result and result[-1].kind == "text" else None
        if label and block.kind == "text":
            name = label.group("name")
            result[-1] = Block(f"{name}: {block.text}", result[-1].line, "turn", speaker=name)
            continue
        result.append(block)
    return result


def _transcript_start(blocks: list[Block], notes: list[str]) -> list[Block]:
    """An episode's page: its notes, then "Transcript" and its turns. The article is the transcript; the notes over it
    and the transcript's own note ("This transcript was generated with the help of software ...") are kept apart."""
    label = next((i for i, b in enumerate(blocks[:TRANSCRIPT_LABEL_REACH]) if b.kind in ("text", "heading")
                  and re.fullmatch(r"(?:Full |Episode |Read the )?transcript:?", b.text.strip(), re.I)), None)
    if label is None or sum(b.kind == "turn" for b in blocks[label + 1:]) < 2:
        return blocks
    # (but an episode's write-up of its own, paragraphs over the transcript, is the article: only notes so labelled, or a
    # line or two, are the page's)
    before = [b for b in blocks[:label] if b.kind == "text"]
    if not any(re.fullmatch(r"(?:Episode|Show) notes:?|About (?:this|the) episode:?", b.text.strip(), re.I) for b in before) \
            and sum(len(b.text.split()) for b in before) > EPISODE_NOTE_MAX_WORDS:
        return blocks
    rest = blocks[label + 1:]
    while rest and rest[0].kind == "text" and re.match(r"This transcript (?:was|has been|is)\b", rest[0].text):
        notes.append(rest[0].text)
        rest = rest[1:]
    notes[:0] = [b.text for b in blocks[:label + 1] if b.kind != "caption"]
    return [b for b in blocks[:label] if b.kind == "caption"] + rest


LEAD_NOTES_MAX = 4  # notes in a row over the text
_FIELD_LINE = re.compile(r"(?:Date|Time|Source|Venue|Place|Location|Spokesperson|Spokesman|Spokeswoman|Speaker|Moderator|Host|Chair)\s*[:：]\s*"
                         r"[^.!?]{2,60}?(?:\s*\([A-Z][a-z]+\))?")


def _without_lead_note(blocks: list[Block], notes: list[str], asides: frozenset[str] = frozenset()) -> list[Block]:
    """A player's or an editor's note above the text (under the picture, perhaps): not the article's words, kept in
    `notes` (a correction's "Editor's note:" in bold reads as a turn's label); `asides`: the notes the page sets apart
    in a callout box, in italics."""
    first = next((i for i, b in enumerate(blocks[:3]) if b.kind in ("text", "turn")), None)
    if first is not None and blocks[first].kind == "text" and (_BYLINE.match(blocks[first].text) or _OVER_BYLINE.match(blocks[first].text)):
        # (under the byline and the date line the text's box prints over it: "Por A" / "San Pedro Sula, jueves 27 de
        # junio de 2030" / "Fe de erratas (28 de junio de 2030): ...")
        first = next((i for i in range(first + 1, min(len(blocks), first + 3)) if blocks[i].kind in ("text", "turn")
                      and not (len(blocks[i].text.split()) <= STAMP_LINE_MAX_WORDS and re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", blocks[i].text)
                               and not _SENTENCE_END.search(blocks[i].text))), first)
    # (a turn's label is the note's: "Update, November 29, 2029:" read as a speaker's)
    said = f"{blocks[first].speaker}: {blocks[first].text}" if first is not None and blocks[first].kind == "turn" \
        and blocks[first].speaker else blocks[first].text if first is not None else ""
    # (and where each writer reported from: "Eleanor Whitcombe reported from Washington, and Daniel Okoro from Beijing.")
    if first is not None and len(blocks) > first + 1 and (_LEAD_NOTE.match(said.strip())
                                                          or _CREDITED_BYLINE.fullmatch(blocks[first].text.strip())
                                                          or REPORTED_FROM.match(blocks[first].text.strip())
                                                          or about_the_piece(blocks[first].text)
                                                          or _key(blocks[first].text) in asides):
        notes.append(said)
        return blocks[:first] + blocks[first + 1:]
    if first is not None and len(blocks) > first + 2 and _NOTE_LABEL.fullmatch(blocks[first].text.strip(" *_")):
        # "Editor's note:" set apart from its note (a callout box's bold label): the label and the note under it
        notes.extend(b.text for b in blocks[first:first + 2])
        return blocks[:first] + blocks[first + 2:]
    return blocks


# "Valeria Montaño Ruiz / Photos: Iván Cárdenas": the writer and the photographer, a line over the text
_CREDITED_BYLINE = re.compile(r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,4}\s*[/|]\s*(?:Photos?|Photography|Fotos?|Pictures?|Video)"
                              r"\s*:\s*[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,4}")
# "... did not respond to a request for comment. — GNS": an agency's credit run on at the text's end
_NAME_THEN_AGENCY = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})\s+[—–-]\s+([A-Z]{2,6})")
# (... or a writer's initials, a German-language paper's Kürzel, or the agency's, in brackets: "... of the devices. (ska)",
# "(dpa)", "(sda/ska)")
_AGENCY_SIGN_OFF = re.compile(r"(?<=[.!?”\"])\s+(?:[—–-]\s*([A-Z]{2,6})|\((?:[a-z]{2,4}|[A-Z]{2,6})(?:/(?:[a-z]{2,4}|[A-Z]{2,6}))*\))$")
SIGNOFF_REACH = 3  # blocks from the text's end where its writers may sign off (a paywall box or a note under them)
# "— Reported by Sneha Kulkarni in Hyderabad, with inputs from Arjun Mehta in New Delhi": a byline closing the text
_CLOSING_REPORTED = re.compile(r"[—–-]\s*(?:Reported|Written|Compiled|Filed)\s+by\s+(?P<names>(?:[^.;]|\.(?=\s[A-Z][a-z])){3,160}?)"
                               r"(?:,?\s+with\s+(?:inputs?|additional reporting)\s+from\s+[^.;]{3,100})?\.?")
_NOTE_LABEL = re.compile(r"(?:Editor|Editors|Publisher|Author|Writer)['’]?s?['’]? note\s*:?", re.I)


def _without_box(blocks: list[Block], items: frozenset[str] = frozenset()) -> list[Block]:
    """"Key takeaways" / "At a glance" and its points above the article: a summary box, not the
    text. "Abstract" labels the text that follows, which stays. Points printed as a list end
    where the list does: a short first paragraph after them is the article's."""
    # (... or a short line that says what the list under it is: "Read a summary of this article on FAST.")
    if len(blocks) < 2 or not (_BOX_LABEL.fullmatch(blocks[0].text.strip(" :")) or len(blocks[0].text.split()) <= KICKER_MAX_WORDS + 4
                               and re.search(r"\b(?:summary|takeaways|highlights)\b", blocks[0].text, re.I)
                               and _key(blocks[1].text) in items):
        return blocks
    label, blocks = blocks[0].text, blocks[1:]
    listed = _key(blocks[0].text) in items
    # "Abstract" labels the text that follows; "Summary" does too, unless its points are a list (a wire's summary box).
    if not re.fullmatch(r"abstract|summary", label.strip(" :"), re.I) or (listed and re.fullmatch(r"summary", label.strip(" :"), re.I)):
        while len(blocks) > 1 and blocks[0].kind == "text" and len(blocks[0].text.split()) <= BOX_POINT_MAX_WORDS \
                and (not listed or _key(blocks[0].text) in items):
            blocks = blocks[1:]
    return blocks


def _items(tree) -> frozenset[str]:
    """The texts of the page's list items."""
    return frozenset(_key(_clean(" ".join(item.itertext()))) for item in tree.iter("li"))


# Notes above the article: an audio player's consent prompt, an editor's note on the series a piece belongs to.
_LEAD_NOTE = re.compile(r"(?:To (?:activate|enable|use) the text-to-speech|Editor['’]s note\s*:\s*This (?:piece|article|essay|post) is part of"
                        # a series' note: "This interview is part of Between Giants, our series on ... It has been condensed"
                        r"|This (?:interview|conversation|Q&A|article|story|piece|essay|post) is (?:part|the \w+ instalment) of\b"
                        r"|(?:This|The) (?:interview|conversation|transcript) (?:has been|was) (?:condensed|edited|lightly edited)\b"
                        r"|AI-generated summary|This summary was (?:generated|produced|created|written) (?:by|with|using)\b"
                        # a Korean broadcaster's byline in brackets over the text: "[Reporter Kim Da-eun, Reporter Baek Seung-min]"
                        r"|\[(?:Reporters?|Correspondents?) [A-Z][^\]]{1,120}\w(?=\]$)"
                        # a translated edition's note: "This article was translated from Dutch with the help of AI and checked
                        # by our editors."
                        r"|(?:This (?:article|story|piece) was )?(?:translated|adapted) from (?:the )?[A-Z]\w+\b"
                        # a ministry's English page: "* This is a provisional translation. The Japanese version was released ..."
                        r"|\*?\s*This is (?:a|an) (?:provisional|unofficial|informal|tentative) translation\b"
                        # "Karen Whitfield, the editor of the Commerce Gazette, selects her favourite stories in this
                        # weekly newsletter.": a newsletter's promotion in the article's box
                        r"|.{0,120}\b(?:selects?|picks?|chooses?)\b.{0,60}\bstories\b.{0,40}\bnewsletter"
                        r"|(?:Sign up|Subscribe)\b.{0,80}\bnewsletter\b"
                        # an update's note over a firm's alert: "Updated 20 November 2026: this alert has been updated to ..."
                        r"|(?:Editor['’]s note|Update[sd]?\b[^:]{0,40}):\s*(?i:this) (?:alert|article|story|post|piece|update|note|insight) "
                        r"(?:has been|was) (?:updated|revised|amended|corrected)\b"
                        # ... or any note its date labels an update: "Update (11/28/2029): Questions members raised ...",
                        # "Update, November 29, 2029: This post now includes the dates of ..."
                        r"|(?i:update[sd]?)\s*(?:\((?=[^)]*\d)[^)]{4,30}\)|,\s*(?=[^:]*\d)[^:]{4,40})\s*:\s+(?=\S)"
                        # a wire's note of what a new version adds: "Adds ministry statement in paragraph 8, comment in paragraphs 10"
                        r"|\(?(?:Adds|Recasts|Corrects|Rewrites|Updates with)\s[^.]{0,200}?\b(?:paragraphs?\s+\d|(?:\d+(?:st|nd|rd|th)"
                        r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final) paragraph)"
                        # a series' note: "This is the second installment of a three-part series on ..."
                        r"|This is the \w+ (?:installment|instalment|part|article|story|piece|episode) (?:of|in) (?:a|an|our)\b"
                        # a ministry's note on its transcript: "(This is an unofficial translation of the Chinese transcript. ...)"
                        r"|\(?(?:This is an? )?(?:unofficial|informal) (?:English )?translation\b"
                        # a newsletter's sponsor: "Presented by Kestrel Compliance — Export rules change weekly. ..." (its
                        # greeting, "Good morning from Taipei, and welcome to ...", stays: golds disagree on it)
                        r"|(?:Presented|Sponsored|Brought to you|Powered) by(?=\s+[A-Z])"
                        r"|Programming note(?=\s*:)"
                        # a live blog's closing notice over its entries: "This live blog has now closed. Read our wrap of ..."
                        r"|(?:This|Our) live (?:blog|coverage|page)(?: has)? (?:now )?(?:closed|ended)"
                        r"|We(?:['’]ve| have) (?:now )?(?:closed|ended|paused) (?:this|our) live (?:blog|coverage)"
                        # a feature's credit for its pictures under the byline: "Photographs by Pieter Ruys"
                        r"|(?:Photo(?:graph)?s|Photography|Illustrations?|Images|Video)\s+by\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$)"  # a newsletter's housekeeping: "Programming note: I'll be in Denver ..."
                        r"\b.{0,300}$", re.I)
LEAD_WIDGET_REACH = 6
_WIDGET_LINE = re.compile(r"Why you can trust .{2,40}|(?:⏱\s*)?\d{1,2}\s*(?:-\s*)?min(?:ute)?s?\s+read|(?:\S.{0,30}?)?Font ?Size\s*:?(?:\s*A\s*[+-]?)*|(?:Item|Image|Photo|Picture|Slide)\s+\d{1,2}\s+(?:of|/)\s+\d{1,2}|(?:Last )?(?:Published|Updated|Posted)|Copy (?:link|URL)|Share(?: this (?:article|story))?|X \(formerly Twitter\)|Facebook|Twitter|LinkedIn"
                          r"|WhatsApp|Telegram|E-?mail|Print|(?:Views|Hits|Clicks|Visits|Page ?views|Reads)\s*[|:]?\s*[\d.,]+\s*[KkMm]?"
                          r"|Narrated by (?:an? )?(?:AI|automated|artificial)[\w -]{0,20}|Listen to (?:this )?(?:article|story)"
                          # an audio player's buttons over a radio story: "Listen · 4:02", "Playlist", "Download"
                          r"|Listen(?:\s*[·•|]\s*\d{1,2}:\d\d)?|Playlist|Download"
                          r"|\d{1,2}\s*-?\s*min(?:ute)?s?\s+listen"  # ... or its length: "3-Minute Listen"
                          # a list of the page's own sections over the text: "Page contents", "On this page"
                          r"|(?:(?:Page|Table of) contents|On this page|In this (?:article|page)|Jump to(?: section)?)\s*:?"  # (over a quote's tickers too)
                          r"|In (?:this|today['’]s) (?:issue|edition|newsletter)\s*:.{0,300}"  # a newsletter's contents
                          # the stamp's words left when its <time>s are read apart: "Posted , updated"
                          r"|(?:Last\s+)?(?:Published|Updated|Posted|Modified)(?:\s*[,|·]\s*(?:last\s+)?(?:published|updated|posted|modified))+",
                          re.I)
def _meta_cells(text: str) -> bool:
    """"· Updated September 5, 2025 · 4 min read": a line of the article's meta, every cell a stamp, a read time or a button."""
    cells = [c.strip() for c in re.split(r"[·|•]", text) if c.strip()]
    return bool(cells) and bool(re.search(r"[·|•]", text)) and all(
        _is_stamp(c) or re.fullmatch(r"\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\s+read", c, re.I) or _WIDGET_LINE.fullmatch(c) for c in cells)


_BOX_LABEL = re.compile(r"key (?:takeaways|findings|points)|ai(?:-generated)? summary|at a glance|highlights|in brief|in short|the big picture|synopsis|"
                        r"what you need to know|what to know|what we know(?: so far)?|the latest|catch up|abstract|summary", re.I)
BOX_POINT_MAX_WORDS = 30  # a summary box's points are short; the article's first paragraph is longer


# Classes a page gives its deck (the sentence under the headline): a class of markup, not a site's.
_DECK_CLASS = re.compile(r"(?:^|[-_])(?:standfirst|dek|deck|summary|subtitle|subheadline|sub-headline|subheading|strapline|sub[-_]tit|"
                         r"excerpt|lede-summary|description|chapo|chapeau|synopsis|lead-paragraph|"  # (GOV.UK's "gem-c-lead-paragraph")
                         # (... in the site's language: Portuguese "resumo", Spanish "entradilla", Italian "sommario",
                         # Czech and Slovak "perex", Romanian "subtitlu", Croatian "podnaslov", German "Vorspann", Polish
                         # "zajawka")
                         r"resumo|resumen|entradilla|sumario|sommario|riassunto|samenvatting|ingress|perex|subtitlu|podnaslov"
                         r"|podnadpis|untertitel|vorspann|sottotitolo|sous-titre|soustitre|alcim|podtytul|zajawka)(?:$|[-_])"
                         r"|(?:__|field-)intro$"
                         r"|^attribute-(?:short|intro)$"  # (eZ Publish's article fields: "attribute-short" over "attribute-long")
                         # (... or in camel case: EasyDNNnews's "edn_articleSummary")
                         r"|(?-i:(?<=[a-z])(?:Summary|Standfirst|Subtitle|Subheadline|Strapline|Excerpt|Chapo|Description))$",  # (Plone's "documentDescription")
                         re.I)  # (French sites' "chapô"; a component's "artikel__intro", a Drupal field's
# "field--name-field-intro", not a page's "intro" lead)


SUMMARY_REACH = 4  # blocks from the text's top within which its opening summary sits (under a date line, a kicker)
_SUMMARY_OPENING = re.compile(r"(?:In short|In brief|TL;\s?DR|The short version|Summary|At a glance)\s*[:—–]\s+\S", re.I)
_DECK_LABELS = {"the issue", "in brief", "summary", "synopsis", "at a glance", "executive summary", "the bottom line"}
_STATE_DECK = re.compile(r'\\?"(?:dek|deck|standfirst|subheadline|subHeadline|strapline|teaser)\\?"\s*:\s*\\?"((?:[^"\\]|\\[^"])'
                         r'{20,600}?)\\?"')


def _notes_set_apart(tree) -> frozenset[str]:
    """The notes a page sets apart over its text by their look, whatever they say: a callout box all in italics
    ("<div class='kg-callout-card'><div>✍️</div><div><em>Rafe here. I'm on the road this week, so today's issue is a
    guest post ...</em></div></div>"), or a paragraph in italics its editor signs."""
    found = set()
    for box in tree.xpath("//*[re:test(@class, '(?:^|[\\s_-])callout(?:$|[\\s_-])', 'i')][not(ancestor::*[re:test(@class, "
                          "'(?:^|[\\s_-])callout(?:$|[\\s_-])', 'i')])]", namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean(" ".join(box.itertext()))
        italic = _clean(" ".join(t for e in box.xpath(".//i | .//em") if not e.xpath("ancestor::i | ancestor::em")
                                 for t in e.itertext()))
        words = [w for w in text.split() if re.search(r"\w", w)]
        if italic and len(words) >= 6 and len(italic.split()) >= len(words) - 1:
            found.add(_key(italic))
    # ... or a paragraph in italics its editor signs: "<p><em>This is a guest post by A, who ... I've added a section on
    # chips at the end. — BQ</em></p>"
    found |= {k for k in _italic_paragraphs(tree) if re.search(r"[—–][^\W\d_][\w.]{0,12}$", k)}  # (keys are lower case, unspaced)
    return frozenset(found)


def _italic_paragraphs(tree) -> frozenset[str]:
    """The paragraphs set in italics from end to end: a release's subheadline, an editor's note."""
    return frozenset(_key(_clean("".join(p.itertext()))) for p in tree.xpath(
        "//p[count(*) = 1][*[self::i or self::em]][normalize-space(.) = normalize-space(*[self::i or self::em])]"))


_POINTS_CLASS = re.compile(r"highlights|key-?points|takeaways", re.I)
SUMMARY_BOX_MAX_WORDS = 150  # a box of key points, not a section of the article a class calls "highlights"


def _summary_points(tree) -> frozenset[str]:
    """The points of a list the page marks as its summary ("summary__list", "key-points", or a list
    that is the whole of a "standfirst"), printed above the article: a summary box, not the text."""
    def marked(element) -> bool:
        return element is not None and any(
            _DECK_CLASS.search(c) or _POINTS_CLASS.search(c)
            for c in (element.get("class") or "").split())
    def boxed(listing) -> bool:
        # ... or a box so marked a level or two up that holds the list and its label: "<div class='RenderKeyPoints-
        # keyPoints'><div>Key Points</div><div class='group'><ul>"
        listed = len(_clean(" ".join(listing.itertext())).split())
        return any(marked(box) and len(_clean(" ".join(box.itertext())).split()) - listed <= 4
                   for box in list(listing.iterancestors())[:3])  # (the list's own box: "<div class='field--key-points'>")
    # ... and the rest of such a box: "<div class='KeyPoints_root__x'><ul>...</ul><h2>What's next?</h2><p>The company says
    # first deliveries are expected in ...</p></div>"
    rest = {_key(_clean(" ".join(e.itertext()))) for box in tree.iter("div", "section", "aside") if marked(box)
            and box.xpath(".//li") and len(_clean(" ".join(box.itertext())).split()) <= SUMMARY_BOX_MAX_WORDS
            for e in box.iter("p", "h2", "h3", "h4")}
    return frozenset(_key(_clean(" ".join(item.itertext())))
                     for listing in tree.iter("ul", "ol")
                     if marked(listing) or marked(listing.getparent()) and len(listing.getparent()) == 1 or boxed(listing)
                     for item in listing.iter("li")) | rest


def _line_texts(element) -> list[str]:
    """An element's text cut at its <br>s."""
    lines, current = [], [element.text or ""]
    for child in element:
        if child.tag == "br":
            lines.append("".join(current))
            current = [child.tail or ""]
        else:
            current.append("".join(child.itertext()) + (child.tail or ""))
    return [t for t in (_clean(x) for x in [*lines, "".join(current)]) if t] if len(lines) else []


SITE_LINE_MAX_WORDS = 6  # the publication's name alone over the text
HEADLINE_BLOCK_MAX_WORDS = 40  # a headline read as the text's first block, at most this long
DECK_HEADING_MIN_WORDS = 10  # a heading under the headline this long is its deck


def _deck_keys(tree) -> frozenset[str]:
    """The texts of elements whose class names them the page's deck, outside any <p> nesting."""
    keys = set()
    for element in tree.iter("p", "div", "h2", "h3", "span"):
        # (or whose test hook does: Arc XP's <h2 data-qa="subheadline">)
        # (or its id: "<p id='article-summary'>")
        classes = " ".join(element.get(a) or "" for a in ("class", "data-qa", "data-testid", "id")).split()
        # (but "speakable-summary" marks the first paragraph for voice assistants: the lead, not a deck)
        if any(_DECK_CLASS.search(c) and "speakable" not in c.lower() for c in classes):
            text = _clean("".join(element.itertext()))
            if DECK_MIN_WORDS <= len(text.split()) <= 80:
                keys.add(_key(text))
                # (... and each of its lines a <br> sets apart: "<h2 class='news_subtitle'>Ministry seeks ...<br>Memory
                # makers say ...</h2>", which the reader may take for two blocks)
                keys |= {_key(t) for t in _line_texts(element) if DECK_MIN_WORDS <= len(t.split())}
                # (and its paragraph under the box's label: "<div class='synopsis'><h2>Synopsis</h2><p>...</p></div>")
                keys |= {_key(t) for p in element.iter("p") if DECK_MIN_WORDS <= len((t := _clean("".join(p.itertext()))).split())}
    # ... or the heading right under the headline, a sentence long: "<h1>Taiwan adds 12 Chinese companies to ...</h1><h2>ALIGNING
    # WITH ALLIES: The ministry said it would extend controls to ...</h2>" (a section's heading is a few words)
    for heading in tree.xpath("//h1/following-sibling::*[1][self::h2 or self::h3]"):
        text = _clean("".join(heading.itertext()))
        if DECK_HEADING_MIN_WORDS <= len(text.split()) <= 80:
            keys.add(_key(text))
    # ... or whose heading says so: "<div><h2>The Issue</h2><p>China's export licensing ...</p></div>" over the text
    for heading in tree.xpath("//*[self::h2 or self::h3 or self::h4 or self::strong][1]"):
        parent = heading.getparent()
        # (a box of a paragraph or two: not the article's own text, whose first section a "Summary" heading opens)
        if parent is not None and _clean("".join(heading.itertext())).lower().rstrip(":") in _DECK_LABELS \
                and parent.index(heading) == 0 and len(list(parent.iter("p"))) <= DECK_BOX_MAX_PARAGRAPHS:
            keys |= {_key(t) for p in parent.iter("p") if DECK_MIN_WORDS <= len((t := _clean("".join(p.itertext()))).split()) <= 80}
    # "<p class='ko-story__lede'>Shipment is the first under licences ...</p>": a 'lede' that is no sentence is a deck (a
    # 'lede' that ends its sentence is the first paragraph)
    # ... and a deck the page's own state names ("dek": "Big automakers are getting their shipments. ..."), in a script
    for script in tree.xpath("//script[not(@src)]/text()"):
        for match in _STATE_DECK.finditer(script):
            try:
                text = _clean(json.loads(f'"{match.group(1)}"'))
            except ValueError:
                continue
            if DECK_MIN_WORDS <= len(text.split()) <= DECK_MAX_WORDS:
                keys.add(_key(text))
    # ... and a 'lead' ("<p class='jmw-lead'>"), and a description the page repeats as its first block, that is no sentence
    for text in [*(_clean("".join(e.itertext())) for e in tree.xpath(
            "//p[re:test(@class, '(?:^|[\\s_-])(?:lede|lead)(?:$|[\\s_-])', 'i')]", namespaces={"re": "http://exslt.org/regular-expressions"})),
            *(_clean(v) for v in tree.xpath("//meta[@name='description' or @property='og:description' or @name='twitter:description']"
                                            "/@content"))]:
        if DECK_MIN_WORDS <= len(text.split()) <= DECK_MAX_WORDS and not _SENTENCE_END.search(text):
            keys.add(_key(text))
    # "<h1>...</h1><p>Suppliers are building up ...</p>" in a header box of its own (the kicker, the headline, the byline):
    # the paragraph right under the headline, apart from the text's paragraphs, is its deck
    for h1 in tree.xpath("//h1"):
        after, parent = h1.getnext(), h1.getparent()
        # (its byline and date line beside it in the box: "<p>Por <strong>A</strong></p><p>San Pedro Sula, jueves 27 de
        # junio de 2030</p>" in a notebook's first cell)
        if after is not None and after.tag == "p" and parent is not None \
                and len([p for p in parent.findall("p") if not _byline_or_stamp(_clean("".join(p.itertext())))]) <= 2:
            text = _clean("".join(after.itertext()))
            if DECK_MIN_WORDS <= len(text.split()) <= DECK_MAX_WORDS and not _BYLINE.match(text) and not _is_stamp(text):
                keys.add(_key(text))
        # (... or a page builder's: the headline a widget of its own, the deck the one paragraph, in bold, of the next)
        box = next(iter(parent.xpath("following-sibling::*[1]")), None) if parent is not None and not parent.findall(".//p") \
            and len(parent) == 1 else None
        lone = box.findall(".//p") if box is not None else []
        if len(lone) == 1 and len(lone[0]) == 1 and lone[0][0].tag in ("strong", "b") \
                and _clean("".join(lone[0][0].itertext())) == (text := _clean("".join(lone[0].itertext()))) \
                and DECK_MIN_WORDS <= len(text.split()) <= DECK_MAX_WORDS and not _BYLINE.match(text) and not _is_stamp(text):
            keys.add(_key(text))
    # "<p><strong>Trade ministry to press for three-year approval at next month's talks</strong></p>": a paragraph all in
    # bold, no sentence and no link, is a deck where it opens the text (a label is shorter, a lead ends its sentence)
    for element in tree.xpath("//p[count(*) = 1][strong or b][not(.//a)]"):
        text = _clean("".join(element.itertext()))
        if _clean("".join(element[0].itertext())) == text and DECK_MIN_WORDS + 2 <= len(text.split()) <= DECK_MAX_WORDS \
                and not _SENTENCE_END.search(text) and ":" not in text:
            keys.add(_key(text))
    return frozenset(keys)


# A closing call to action ("Follow X on WeChat", "Subscribe to our newsletter"): promotion, not text.
_PROMO = re.compile(r"(?i:follow|like|subscribe|sign up|join|download|scan|find|connect with)\s+"
                    r"(?:(?i:us|our|the)\b|[A-Z])[^,;]*\b(?i:on|to|for|with|via|app|code)\b[^,;]*"
                    r"|(?i:don['’]t miss|read more|more) (?i:these|our|the latest) (?i:insights|stories|analysis)\b.{0,60}"
                    r"|(?i:subscribe|follow|join)\s+(?:to\s+)?(?i:our|the)\s+(?i:channel|page|account|group)\b.{0,60}"
                    r"|(?i:scan)\b.{0,30}?\b(?i:to (?:follow|subscribe|join))\b.{0,60}")  # "Scan to follow MOFCOM on WeChat"  # "👉 Subscribe to our channel: @x"  # "Don't miss these insights from X PRO"
PROMO_MAX_WORDS = 12
# ... and a pointer to the outlet's other pieces: "Read more from our Rare Earths series on the X website and app."
_MORE_FROM = re.compile(r"(?i:read|see|find|explore) more (?i:from|of|in) (?i:our|the)\b.{0,60}?\b(?i:series|coverage)\b.{0,80}")
_PREV_NEXT = re.compile(r"(?:previous|next|prev|older|newer)(?:\s+(?:article|story|post|item))?\s*[:：»›>]"
                        # (... or a pager's two links in arrows, in the site's language: "« القصة السابقة | القصة التالية »",
                        # "« Article précédent | Article suivant »")
                        r"|[«‹<]\s*[^\s|«»‹›<>][^|«»‹›<>]{0,40}\|[^|«»‹›<>]{1,40}[»›>]$", re.I)
PREV_NEXT_MAX_WORDS = 30
# The same inside the text: an imperative and a channel ("Sign up for our X newsletter, delivered ...").
_ALSO_ON = re.compile(r"(?i:also on (?:this|our) (?:site|website|blog))\s*:")  # a bold label, read as a speaker's
_INLINE_PROMO = re.compile(r"(?:(?i:enjoying|like|liked|love|loving)\s[^?]{1,60}\?\s*)?"  # ("Enjoying Between Giants? Get ...")
                           r"(?i:sign up|subscribe|join|download|follow|get)\b.{0,80}\b(?i:newsletters?|e-?mails?|app|wechat|whatsapp|"
                           r"telegram|alerts|podcast|channel|posts|updates|inbox)\b.{0,60}"
                           # ... in Spanish, Portuguese, French: "¿Te sirvió este cuaderno? Suscribite a «Crecida», el boletín ..."
                           r"|(?:¿[^?]{1,60}\?\s*)?(?i:suscr[ií]b[ea]te|suscribite|suscríbase|assine|inscreva-se|abonnez-vous|inscrivez-vous)"
                           r"\b.{0,80}\b(?i:bolet[ií]n|newsletter|lettre|correo|e-?mail|canal)\b.{0,100}"
                           # ... or a box's lines that end by asking for it, in the imperative: "Chaque vendredi, « Le Relevé »
                           # décrypte un jeu de données camerounais. Inscrivez-vous, c'est gratuit."
                           r"|.{0,160}?(?:^|(?<=[.!?»”]\s))(?:Inscrivez-vous|Abonnez-vous|Sign up|Subscribe|Suscr[ií]bete|Suscr[ií]base"
                           r"|Suscribite|Inscreva-se|Assine|Iscriviti|Abbonati)(?:\s+(?:here|now|today|for free|gratuitement|ici|gratis"
                           r"|aqu[ií]|gratuitamente|qui))?(?:\s*[,—–-]\s*(?:c['’]est gratuit|it['’]s free|es gratis|é gr[aá]tis|è gratis))?\s*[.!]?"
                           # "The Trade Desk newsletter brings you the latest on tariffs ... every weekday. Sign up here."
                           r"|.{0,60}\b(?i:newsletter)\s+(?:brings|delivers|sends|gives|provides)\s+(?:you\b|all the\b).{0,140}"
                           # "Don't miss these insights from X PRO", "Watch: How rare earths end up in your car."
                           r"|(?i:don['’]t miss)\b.{0,80}|(?:Watch|WATCH|Listen|LISTEN)\s*:\s*.{5,100}"
                           # "Forwarded this email? Subscribe here for free.": a newsletter's line to whoever it reached
                           r"|(?i:forwarded this (?:e-?mail|newsletter)|was this (?:e-?mail |newsletter )?forwarded to you)\?.{0,80}"
                           # "Also on this site: Alentejo Verde secures its grid connection ...": a link to another post
                           rf"|{_ALSO_ON.pattern}\s*.{{5,160}}"
                           # a label over a list of the site's links: "Read more MarketDesk tech news"
                           r"|(?:Read|See) more\b[^.!?:]{0,60}"
                           # ... or alone over it, in English or the site's language: "ALSO READ:", "Te puede interesar:"
                           r"|(?i:also read|read also|you may also like|te puede interesar|lee también|leia também"
                           r"|à lire aussi|lire aussi|lesen sie auch|les også|läs också|lees ook)\s*:?")
_SIGN_OFF = re.compile(r"[—–-]+\s*[A-Z][\w'’-]+(?:\s*(?:&|and|,)\s*[A-Z][\w'’-]+){0,3}"
                       r"|[—–-]+\s*(?:[A-Z]\.){1,4}"  # (or the writer's initials: "— I.V.")
                       # ... or after their goodbye: "See you next week, Hal and Mina"
                       r"|(?:See you|Talk (?:to you|soon)|Until) (?:next \w+|soon|then)\s*[,.!—–-]\s*"
                       r"[A-Z][\w'’-]+(?:\s*(?:&|and|,)\s*[A-Z][\w'’-]+){0,3}\.?")
_EMAIL = re.compile(EMAIL_ADDRESS)
# "(NT/Anindya Prameswari)", "(AB/CD)": the desk's and the writer's initials or name in brackets under the text
_DESK_CREDIT = re.compile(r"\((?:[A-Z]{1,5}/)+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|[a-z]{1,5})(?:/[A-Za-z]{1,5})*\)")


# An advertisement's label left in the text: "Advertisement", "Advertisement · Continue reading below".
_AD_LABEL = re.compile(r"(?i:" + "|".join(re.escape(label) for label in ADVERT_LABELS) + r")(?:\s*\d{1,2})?(?:\s*[·|:•–—-]\s*(?i:continue reading|story continues|"
                       r"scroll to continue|article continues)[\w ]{0,20})?"
                       r"|(?i:story|article) continues (?i:below|after)(?: (?i:this )?(?i:advertisement|ad))?"
                       r"|(?i:loading)(?:\.{3}|…)"  # (an ad slot's placeholder under it: "Loading...")
                       r"|Article content")  # (a Postmedia page's label over each run of text between its ad slots)


# The labels of a page's metadata list after the text ("Publication date", "Author"): each over its value.
_META_LABEL = re.compile(rf"{FIELD_LABEL.pattern}\s*:?", re.I)
# How to cite the piece, under its own label after the text: "Cite this" / "A and B, “Title,” Institute, February 8, 2027."
_CITE_LABEL = re.compile(r"(?:Cite (?:this|as)(?: (?:article|analysis|page|piece|report|publication|commentary|paper))?"
                         r"|How to cite(?: this \w+)?|(?:Suggested|Recommended|Preferred) citation|Citation)\s*:?", re.I)


_NOTES_HEADING = re.compile(r"(?:Notes?|Information) (?:to|for) (?:editors|the editor)|Editors?['’]s? notes?"
                            # a wiki's list of what it cites: "Sources" / "“Notice on ...” — Department of ..., September 10"
                            r"|Sources|References|External links|Further reading"
                            # a press release's closing sections: "About Tern Automotive Group", "Forward-Looking Statements"
                            r"|(?-i:About (?:[A-Z][\w&.,'’-]*\s?){1,6})|Forward[- ]Looking Statements?|Safe Harbou?r Statement"
                            # the writers' cards under the text: "About the authors" / "Priya Raman" / "Partner, ..."
                            r"|About the (?:authors?|writers?|contributors?|experts?)"
                            r"|(?:Media|Press|Investor) (?:Contacts?|Relations|Enquiries|Inquiries)"
                            r"|Updates to this page|(?:Full )?page history"  # (GOV.UK's list of a page's updates)
                            # a bank's or a firm's research note: "Important disclosures", "Analyst certification"
                            r"|Important (?:disclosures?|information|notices?)|(?:Legal )?(?:Disclosures?|Disclaimers?)"
                            r"|Analyst certifications?"
                            # a data story's account of its method under it: "Metodología" / "Los registros se descargaron ..."
                            r"|Methodology|Metodología|Metodologia|Méthodologie|Methodik|Metodologi|Metodología y datos"
                            r"|Méthode|Método|Metodo|Methode|How we did (?:it|this)", re.I)
# ... the same sections with their heading run into their first line: "About Cordillera Magnetics, Inc. Cordillera
# Magnetics, Inc. (NASDAQ: CDMG) is ...", "Forward-Looking Statements This press release contains ..."
_RELEASE_OPENING = re.compile(r"About (?P<n>[A-Z][\w&.,'’ -]{1,60}?)\s+(?P=n)\b|Forward[- ]Looking Statements?\s+(?:This|Certain|Statements)\b"
                              r"|Safe Harbou?r Statement\s|(?:Media|Press|Investor) (?:Contacts?|Relations|Enquiries|Inquiries)\s*:")
_RELEASE_SECTION = re.compile(r"About\s|Forward[- ]Looking|Safe Harbou?r|(?:Media|Press|Investor)\s|Important\s|(?:Legal )?Disclosures?|"
                              r"Disclaimers?|Analyst certification", re.I)
RELEASE_SECTION_MAX_WORDS = 300
BOXED_NOTE_BLOCKS = 2  # paragraphs of a note boxed inside the text, under its heading ("Disclosure"), not a release's "About ..."
RESUMED_HEADING_WORDS = 8  # a heading after a closing note (or a short line with no sentence's end: one kept as text)
RESUMED_PROSE_WORDS = 25  # ... with a paragraph right under it this long, ending a sentence: the article goes on
_PAGE_HISTORY = re.compile(r"Last updated \d{1,2} \w+ \d{4}.{0,20}\bshow all updates\b", re.I)
CLOSING_SECTION_REACH = 12  # how many of the last blocks a closing section's label may be among
LINK_LIST_REACH = 10  # how many of the last blocks a list of headlines under its label may take
LINK_LIST_ITEM_MAX_WORDS = 16  # ... each a headline


CARD_MAX_WORDS = 8  # a writer's card: the name and the desk
_CARD_BEAT = re.compile(r"(?:Covers|Writes about|Reports on|Focuses on)\s")
_PAYWALL = re.compile(r"\b(?:start|begin) (?:your|a) free trial\b|\bsubscribe (?:now|today) (?:for|to) (?:full|unlimited) access\b"
                      r"|\bget unlimited access\b|\bfirst month (?:free|for \S+)\b|\bunlock exclusive\b|\bsubscribe now at\b"
                      # a newsletter platform's box under each post: "X is a reader-supported publication. To receive new posts
                      # and support my work, consider becoming a free or paid subscriber."
                      r"|\breader-supported publication\b|\bconsider becoming a (?:free or )?paid subscriber\b"
                      # "Unlock a world of benefits with AT Premium", "... the daily e-paper. Get 40% off on annual plans."
                      r"|\bunlock\b.{0,60}\b(?:premium|plus|subscription|membership)\b|\bget \d{1,2}\s*% off\b"
                      r"|\byou have \d{1,2} free (?:articles?|stories|reads)\b"
                      # "This article is for premium members. Log in or register to read all premium articles."
                      r"|^This (?:article|story) is (?:only )?(?:for|available to) (?:premium |paying )?(?:members|subscribers)\b"
                      r"|\blog in or register to read\b", re.I)  # "You have 2 free articles left this month."


_CLOSING_PITCH = re.compile(r"(?:If you (?:found|enjoyed|liked|valued) this (?:post|piece|article|essay|useful|helpful)?|Thanks for reading\b"
                            r"|Was this (?:email |newsletter )?forwarded to you\b"  # "Was this forwarded to you? Subscribe here."
                            # a sponsor's line: "Market News and Data brought to you by Stockhound APIs"
                            r"|[A-Z][^.!?]{0,60}\bbrought to you by\s+[A-Z][^.!?]{1,60}\.?$"
                            r"|Read the (?:original|full) (?:article|story|report) (?:on|at|in)\s+[A-Z]"
                            # a firm's pitch under its alert: "Draycott Mercer's International Trade team is advising clients on ..."
                            r"|[A-Z][^.]{0,80}?['’]s\s+(?:[\w&-]+\s+){0,5}(?:team|group|practice|lawyers|attorneys|professionals)\s+"
                            r"(?:(?:is|are|has been|have been|continues? to be|stands? ready to|will continue to)\s+(?:\w+\s+)?"
                            r"(?:advising|assisting|helping|monitoring|available|ready|tracking)|(?:\w+ly\s+)?(?:advises|assists|counsels))\b"
                            # (... with its offer: "and we would be pleased to discuss how it affects your business", "For further
                            # information, please contact the authors"; not "will provide further updates", the firm's own news)
                            r".{0,200}?\b(?:would be (?:pleased|happy|glad) to|please (?:contact|reach out)|do not hesitate))", re.I)
_THANKS = re.compile(r"(?:The\s+)?(?:authors?|writers?|we|I)\s+(?:would like to\s+|wish to\s+)?(?:thanks?|are grateful to|acknowledges?)\b", re.I)
_COMMENTS_BOX = re.compile(r"Comments?\s*\(\d+\)|\d+\s+Comments?|Comments? (?:are|is) (?:closed|disabled)\.?"
                           # "Comments are for subscribers only. Subscribe to X to join the conversation."
                           r"|Comments? (?:are|is) (?:only )?(?:for|open to|available to|reserved for) (?:subscribers|members|registered users)"
                           r"(?: only)?\.(?:\s.{0,160})?"
                           r"|(?:Please\s+)?(?:log|sign)\s+in\s+to\s+(?:leave|post|write|add|read|join)\b.{0,200}"
                           r"|(?:Leave a (?:comment|reply)|Be the first to comment|Join the (?:conversation|discussion))\b.{0,80}"
                           # (a blog's form under its own heading: "Add comment" / "Fill out the form below to add your own comments.")
                           r"|Add (?:a |your )?comments?|(?:Fill (?:out|in)|Use|Complete) the form below to (?:add|leave|post|write)\b.{0,60}", re.I)


# A page's note on the program its attachments need: "To view PDF files, you need Adobe Acrobat Reader."
_VIEWER_NOTE = re.compile(r"(?:\*\s*)?(?:To (?:view|read|open|see)|Viewing|Reading)\b.{0,40}\b(?:PDF|documents?|files?)\b.{0,60}"
                          r"\b(?:Adobe|Acrobat|Reader|viewer|plug-?in)\b", re.I)


_VALEDICTION = re.compile(r"(?:In solidarity|Sincerely|(?:Kind |Best |Warm )?[Rr]egards|Yours (?:truly|sincerely|faithfully)|"
                          r"Respectfully|With thanks)\s*,?")
_SIGNATURE = re.compile(rf"(?:{_VALEDICTION.pattern}\s+)?(?:For\s+the\s+|The\s+)?(?:[A-Z][\w'’&-]*\s+){{0,3}}(?:Board|Committee|Team|Council|"
                        r"Staff|Editors|Leadership|Officers|Secretariat|Executive)(?:\s+of\s+[A-Z][^,.!?]{2,60})?(?:,\s*[A-Z][^.!?]{2,80})?")
# A letter's signature: a name (perhaps with its honorific), then the signer's job and body
# "— Joëlle Rosamond, technical director, Ascenseurs Caraïbes Services" under the last paragraph: the writer signing off
_DASHED_SIGNATURE = re.compile(r"[—–]\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+(?P<job>[^.!?]{0,60}?\b(?i:director|manager"
                               r"|editor|engineer|officer|chair\w*|president|head|founder|partner|secretary|advis[eo]r|consultant"
                               r"|analyst|coordinator)\b[^.!?]{0,120})")
_SIGNED_WITH_JOB = re.compile(r"(?P<name>(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}?)\s+"
                              r"(?P<job>(?:[A-Z][\w'’&-]*\s+){0,3}(?:Director|Manager|Chair(?:man|woman|person)?|President|CEO"
                              r"|Head|Officer|Secretary|Founder|Partner|Coordinator|Dean|Rector)\b,?[^.!?]{0,80})")
_CLOSING_CONTACT = re.compile(r"(?:Questions|Have questions|Any questions|For (?:more )?(?:information|questions|details)|Contact us|"
                              r"Reach us|Get in touch)\b.{0,200}(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
                              # (... or its telephone: "Call our technical desk on +357 25 555 010, Monday to Friday")
                              r"|\b(?:call|phone|ring)\b.{0,40}\+?\d[\d ().-]{6,}\d)", re.I)
CONTACT_LINE_MAX_WORDS = 40


# A comment form's note under the text: "Please note, comments need to be approved before they are published."
_COMMENTS_NOTE = re.compile(r"\bcomments?\b.{0,60}\b(?:approved|moderated|reviewed)\b", re.I)
_COMMENTS_HEADING = re.compile(rf"(?:\d+\s+)?{COMMENT_WORDS}(?:\s*\(\d+\)|\s+\d+)?", re.I)
COMMENTS_REACH = 40  # blocks from the page's end where its comments' heading may stand


_TEXT_CREDIT = re.compile(r"(?:Text|Words|Texto|Texte|Testo|Tekst|Story|Reporting|Written by)\s*:\s*(?P<name>[^,;|]{3,60})(?:[,;|].*)?")


def _tail(blocks: list[Block], authors: tuple[str, ...]) -> tuple[list[Block], tuple[str, ...]]:
    """(blocks, credits): an end mark ("###", "-30-") ends the article, and the closing author
    bio or tagline ("X is a senior fellow at ...", "X was a ... official") and headings with
    nothing under them are not its text."""
    credits: list[str] = []
    for index, block in enumerate(blocks):
        if index and block.kind == "text" and _END_MARKS.fullmatch(block.text.strip()):
            credits = [b.text for b in blocks[index:] if b.kind == "text"]
            blocks = blocks[:index]
            break
    # "Comments" over the readers' comments (a platform's own, in the page's markup): theirs, to the end
    # (... in the page's language: "Kommentare", "Comentarios (3)")
    heard = next((i for i in range(max(1, len(blocks) - COMMENTS_REACH), len(blocks) - 1) if blocks[i].kind in ("heading", "text")
                  and _COMMENTS_HEADING.fullmatch(blocks[i].text.strip())), None)
    if heard is not None:
        credits = [*(b.text for b in blocks[heard:]), *credits]
        blocks = blocks[:heard]
    # A release's "Notes to editors" and a GOV.UK page's history ("Last updated 5 March 2026 + show all updates"),
    # and everything short under them, close the page: not the article's text.
    closing = next((i for i in range(max(1, len(blocks) - CLOSING_SECTION_REACH), len(blocks))
                    if blocks[i].kind in ("heading", "text") and (_NOTES_HEADING.fullmatch(blocks[i].text.strip(" :"))
                                                                  or _RELEASE_OPENING.match(blocks[i].text.strip()))
                    or blocks[i].kind == "text" and _PAGE_HISTORY.match(blocks[i].text.strip())), None)
    # (... or several, the first of them further up: "About Corvane" / ... / "Non-GAAP Financial Measures" / ... /
    # "Forward-Looking Statements" over a reconciliation table's rows and the contacts)
    while closing and (earlier := next((i for i in range(max(1, closing - CLOSING_SECTION_REACH), closing)
                                        if blocks[i].kind in ("heading", "text") and (_NOTES_HEADING.fullmatch(blocks[i].text.strip(" :"))
                                                                                      or _RELEASE_OPENING.match(blocks[i].text.strip()))), None)):
        closing = earlier
    # (a release's boilerplate and safe-harbour text run longer than a note's lines)
    longest = RELEASE_SECTION_MAX_WORDS if closing and _RELEASE_SECTION.match(blocks[closing].text) else BIO_MAX_WORDS
    # (... but a note boxed inside the text, "Disclosure" / "We advised ZET in 2026", with the article's own next section
    # and its prose under it: only the note is set apart)
    resumed = next((i for i in range(closing + 2, min(len(blocks), closing + 2 + BOXED_NOTE_BLOCKS))
                    if (blocks[i].kind == "heading" or blocks[i].kind == "text"
                                                                    and len(blocks[i].text.split()) <= RESUMED_HEADING_WORDS
                                                                    and not _SENTENCE_END.search(blocks[i].text))
                    and not _NOTES_HEADING.fullmatch(blocks[i].text.strip(" :")) and not _RELEASE_OPENING.match(blocks[i].text.strip())
                    and i + 1 < len(blocks) and blocks[i + 1].kind == "text"
                    and len(blocks[i + 1].text.split()) >= RESUMED_PROSE_WORDS and _SENTENCE_END.search(blocks[i + 1].text)),
                   None) if closing and not re.match(r"About\s", blocks[closing].text) else None
    # (the page's captions the closing section's place took with it stay captions: "<figure>"s set after the text's end)
    if closing and resumed and all(len(b.text.split()) <= longest for b in blocks[closing:resumed] if b.kind != "caption"):
        credits = [b.text for b in blocks[closing:resumed] if b.kind != "caption"] + credits
        blocks = [*blocks[:closing], *(b for b in blocks[closing:resumed] if b.kind == "caption"), *blocks[resumed:]]
    elif closing and all(len(b.text.split()) <= longest for b in blocks[closing:] if b.kind != "caption"):
        credits = [b.text for b in blocks[closing:] if b.kind != "caption"] + credits
        blocks = [*blocks[:closing], *(b for b in blocks[closing:] if b.kind == "caption")]
    listed = next((i for i in range(len(blocks) - 1, max(0, len(blocks) - LINK_LIST_REACH) - 1, -1) if blocks[i].kind == "heading"
                   or blocks[i].kind == "text" and len(blocks[i].text.split()) <= 4 and not _SENTENCE_END.search(blocks[i].text)
                   and len(blocks) - i > 3), None)
    if listed and listed < len(blocks) - 1 and all(b.kind == "text" and len(b.text.split()) <= LINK_LIST_ITEM_MAX_WORDS
                                                    and not _SENTENCE_END.search(b.text) for b in blocks[listed + 1:]):
        # "Most Viewed" / "Seoul apartment prices rise for 30th straight week" / ...: a list of headlines under its label
        credits = [b.text for b in blocks[listed:]] + credits
        blocks = blocks[:listed]
    # "Text: Rehema Salum Ali, communications officer" under the last paragraph: the writer's credit closes the text, and
    # the short lines under it (the office's contacts, the project's boilerplate, the reuse notice) are the page's
    signed = next((i for i in range(len(blocks) - 1, max(1, len(blocks) - CLOSING_SECTION_REACH) - 1, -1)
                   if blocks[i].kind == "text" and (m := _TEXT_CREDIT.fullmatch(blocks[i].text.strip()))
                   and (m.group("name").strip() in authors or _name_like(m.group("name").strip()))), None)
    if signed and all(b.kind == "text" and len(b.text.split()) <= BIO_MAX_WORDS for b in blocks[signed:]):
        credits = [b.text for b in blocks[signed:]] + credits
        blocks = blocks[:signed]
    # (the page's captions, set after the text where their pictures' places were not found, wait aside: the text's own
    # last lines are read under them)
    held: list[Block] = []
    blocks = list(blocks)
    while len(blocks) > 2 and blocks[-1].kind == "caption" and not (_INLINE_PROMO.search(blocks[-1].text)
                                                                      or _COMMENTS_NOTE.search(blocks[-1].text)):
        held.insert(0, blocks.pop())
    while len(blocks) > 1:
        last = blocks[-1]
        if last.kind == "heading" and credits:
            credits.insert(0, last.text)  # "Details" over the page's metadata: a heading with nothing of the text under it
            blocks = blocks[:-1]
            continue
        if last.kind == "caption" and (_INLINE_PROMO.search(last.text) or _COMMENTS_NOTE.search(last.text)) \
                or last.kind == "turn" and re.fullmatch(
                r"[\w ]{2,30}[:：]", last.text.strip()):
            credits.insert(0, last.text)  # "Thanks for reading X! Subscribe for free ...", "Read more:" (a label, no one's turn)
            blocks = blocks[:-1]
            continue
        if last.kind not in ("text", "turn") or last.kind == "turn" and not (_DISCLAIMER.match(last.text.strip("*_ "))
                                                                              or NOTE_LABEL.match(last.text.strip("*_ "))):
            break  # (a release's "Media Contact: A" reads as a speaker's turn: no one's; a correction's bold label is no one's)
        words = last.text.split()
        if len(words) <= SIGNATURE_MAX_WORDS and (_SIGNATURE.fullmatch(last.text.strip()) or _VALEDICTION.fullmatch(last.text.strip())) \
                or len(words) <= CONTACT_LINE_MAX_WORDS and _CLOSING_CONTACT.match(last.text.strip()):
            # "In solidarity," / "The Executive Board, Harbor Workers United Local 88": a statement's signature; "Questions in
            # the meantime? Our team is on call at success@...": the page's contact line, not the article's last words
            credits.insert(0, last.text)
            blocks = blocks[:-1]
            continue
        if authors and len(words) <= BIO_MAX_WORDS and _CARD_BIO.match(last.text.strip()):
            credits.insert(0, last.text)  # a writer's card with its name apart: "Covers metals and mining from London, ..."
            blocks = blocks[:-1]
            continue
        if any(last.text.startswith(f"{a} ") and re.match(r"[a-zà-ÿ]", last.text[len(a) + 1:]) for a in authors if " " in a) \
                and len(words) <= BIO_MAX_WORDS and len(blocks) > 2:
            # "Edna Tavares Lopes é técnica de comunicação do Gabinete ...": the writer's bio under the text, in whatever
            # language, opening with the name the byline gives
            credits.insert(0, last.text)
            blocks = blocks[:-1]
            continue
        if len(blocks) > 2 and blocks[-2].kind in ("text", "heading") and blocks[-2].text.strip() in authors \
                and len(words) <= BIO_MAX_WORDS:
            # "Javier Altuna" / "Economy reporter in Madrid, ...": a writer's card (its name a heading: "<h4>Oliver Marsh</h4>")
            credits[:0] = [blocks[-2].text, last.text]
            blocks = blocks[:-2]
            continue
        if len(blocks) > 2 and blocks[-2].kind in ("text", "heading") and (
                _META_LABEL.fullmatch(blocks[-2].text.strip()) or _CITE_LABEL.fullmatch(blocks[-2].text.strip())) \
                and len(words) <= BIO_MAX_WORDS:
            credits[:0] = [blocks[-2].text, last.text]  # "Author" / "Directorate-General for Trade": a field and its value
            blocks = blocks[:-2]
            continue
        if len(blocks) > 2 and _DASHED_SIGNATURE.fullmatch(last.text.strip()):
            credits.insert(0, last.text)  # the writer's sign-off, the name the writer's where the byline is an account's
            blocks = blocks[:-1]
            continue
        signed = _SIGNED_WITH_JOB.fullmatch(last.text.strip()) if len(words) <= SIGNATURE_MAX_WORDS and len(blocks) > 2 else None
        if signed:
            # "<strong>Dr. Eleni Karamanli</strong><br>Medical Director, Thermaikos Diagnostics": a letter's signature, the
            # name and the job apart in the credits (the name is the writer's, where no byline names one)
            credits[:0] = [signed.group("name"), signed.group("job")]
            blocks = blocks[:-1]
            continue
        if len(words) <= END_HEADING_MAX_WORDS and not _SENTENCE_END.search(re.sub(r"\s*\([^().!?]{1,30}\)$", "", last.text)):
            credits.insert(0, last.text)  # (a list's last item, "Hearing Transcript (forthcoming)": its bracket ends no sentence)
        elif len(words) <= PROMO_MAX_WORDS and _PROMO.fullmatch(re.sub(r"^[^\w@#]+", "", last.text).strip(" .!")):  # ("👉 ...")
            credits.insert(0, last.text)
        elif len(words) <= PROMO_MAX_WORDS + 8 and _MORE_FROM.fullmatch(last.text.strip(" .!")):
            credits.insert(0, last.text)
        elif len(words) <= 8 and _SIGN_OFF.fullmatch(last.text.strip()):
            credits.insert(0, last.text)  # "— Yu-ting & Ethan": the writers signing off by their given names
        elif len(words) <= 30 and _EMAIL.search(last.text) and re.search(r"\b(?:Tel(?:ephone)?|Phone|Fax)\b\s*[:.]?\s*\+?\d", last.text) \
                or len(words) <= 20 and re.search(r"\b(?:Tel(?:ephone)?|Phone|Fax)\s*[:.]\s*\+?[\d(]", last.text) \
                and not _SENTENCE_END.search(re.sub(r"\s*\([^()]{1,40}\)$", "", last.text)):
            # "Press and Public Relations Unit Telephone: +49 ... Email: presse@...", "Critical Materials Policy Office Phone:
            # +81-3-...": the office's
            credits.insert(0, last.text)
        elif len(words) <= 20 and re.match(r"[\[(]?\s*(?:ⓒ|©|\(c\)|Copyright\b)", last.text.strip(), re.I) \
                and re.search(r"rights reserved|reproduction|redistribution", last.text, re.I):
            credits.insert(0, last.text)  # "[ⓒ Mirae Business Daily & mbd.example, All rights reserved]" under the text
        elif len(words) <= 20 and _VIEWER_NOTE.match(last.text.strip()):
            credits.insert(0, last.text)  # "To view PDF files, you need Adobe Acrobat Reader."
        elif len(words) <= CONTACT_BOX_LABEL_MAX_WORDS and not _SENTENCE_END.search(last.text) and credits \
                and re.match(r"(?:Tel(?:ephone)?|Phone|Fax|E-?mail)\s*[:.]", credits[0]):
            credits.insert(0, last.text)  # "Consultation desk for companies affected by ..." over its "Phone:" line: a box's label
        elif len(words) <= BIO_MAX_WORDS and (CONTACT_LINE.match(last.text.strip()) or CONTRIBUTION.fullmatch(last.text.strip())
                                              or _DESK_CREDIT.fullmatch(last.text.strip())
                                              or _PAYWALL.search(last.text) or _is_stamp(last.text.strip())):
            # "Contact reporter A (a@x.com) and editor B", "C contributed research.", "Start your free trial today.",
            # "Last updated: 18/07/2025 10:02:11": who to write to, who helped, the paywall's offer, the page's clock
            credits.insert(0, last.text)
        elif len(words) <= CARD_MAX_WORDS and any(last.text.startswith(a) for a in authors if a) \
                or len(words) <= BIO_MAX_WORDS // 4 and _CARD_BEAT.match(last.text) \
                and any(b.text.startswith(a) for b in blocks[-3:-1] for a in authors if a) \
                or words and all(_EMAIL.fullmatch(w.strip(",;")) for w in words) \
                or len(words) >= 2 and HASHTAGS.fullmatch(last.text.strip()) \
                or re.match(r"(?:More|Other|All) (?:articles|stories|posts|pieces)(?: (?:by|from)\b|$)", last.text) \
                or len(words) <= CARD_MAX_WORDS * 2 and re.search(r"\b(?:More|Other|All) (?:articles|stories|posts) (?:by|from) "
                                                                   r"(?:this|the) (?:reporter|writer|author)\b", last.text):
            # "#USMCA #Nearshoring": a post's tags; "More articles by A": a link to the writer's other posts
            # the writers' cards after the text: "Kim Seo-yeonIndustry Desk" / "Covers semiconductors, displays and
            # batteries.", and their addresses alone on a line
            credits.insert(0, last.text)
        elif len(words) <= CARD_MAX_WORDS and _CONTACT_CARD.fullmatch(last.text.strip()) \
                or len(words) <= BIO_MAX_WORDS // 4 and _CORRESPONDENTS.fullmatch(last.text.strip()):
            credits.insert(0, last.text)  # "Harold J. Pemberton, Partner, Washington, D.C.", "(Lacq, special correspondent)"
        elif len(words) <= BIO_MAX_WORDS and _CLOSING_PITCH.match(last.text.strip()):
            credits.insert(0, last.text)  # "If you found this useful, follow X for ...", "Read the original article on X"
        elif len(words) <= BIO_MAX_WORDS and about_the_piece(last.text):
            credits.insert(0, last.text)  # "This commentary is adapted from remarks ...", "Fact-checking by A.": its making
        elif len(words) <= BIO_MAX_WORDS // 2 and _THANKS.match(last.text.strip()):
            credits.insert(0, last.text)  # "The authors wish to thank A and B for their contributions to this article."
        elif len(words) <= BIO_MAX_WORDS // 2 and _COMMENTS_BOX.fullmatch(last.text.strip()):
            credits.insert(0, last.text)  # "Comments (0)", "Please log in to leave a comment. ...": the comments' box
        elif len(words) <= 6 and _SIGNED_EMAIL.fullmatch(last.text.strip()):
            credits.insert(0, last.text)  # "Kim Da-eun kimde@hbs.example.co.kr": the writer's sign-off
        elif len(words) <= 8 and re.fullmatch(r"(?:The|This) (?:press conference|briefing|news conference|meeting|hearing|"
                                              r"session) (?:is |was )?(?:concluded|ended|adjourned|closed)\.?", last.text.strip()):
            credits.insert(0, last.text)  # "The press conference concluded.": the transcript's close, nobody's words
        elif len(words) <= BIO_MAX_WORDS and re.match(r"(?:P\.\s?(?:P\.\s?)?S\.|PS:)\s", last.text.strip("*_ ")):
            credits.insert(0, last.text)  # "P.S. I will be in Saltillo on January 21 ...": the writer's postscript
        elif len(words) <= PREV_NEXT_MAX_WORDS and _PREV_NEXT.match(last.text):
            credits.insert(0, last.text)  # "Previous: ...", "Next: ...": links to the neighbouring pages
        elif len(words) <= BIO_MAX_WORDS and (_is_bio(last.text, authors) or _REPORTER_LINE.fullmatch(last.text.strip())
                                              or _CLOSING_BY.fullmatch(last.text.strip())
                                              or _COPYRIGHT.match(last.text.strip("*_ •"))
                                              or _DISCLAIMER.match(last.text.strip("*_ •"))):
            credits.insert(0, last.text)
        else:
            break
        blocks = blocks[:-1]
    return [*blocks, *held], tuple(credits)


def _closing_authors(credits: tuple[str, ...]) -> tuple[str, ...]:
    """"Aisha Rahman is the Post's correspondent ...", "(Reporter: Liu Qingyun)", "Text: Rehema Salum Ali, communications
    officer": a closing line names the writer."""
    credits = tuple(t for c in credits for t in (_bio_sentences(c) or [c]))  # (two writers' bios in one paragraph)
    closing = next((m for c in credits if (m := _TAGLINE.match(c) or _REPORTER_LINE.fullmatch(c.strip())
                                            or _CLOSING_BY.fullmatch(c.strip()) or _SIGNED_EMAIL.fullmatch(c.strip())
                                            or _TEXT_CREDIT.fullmatch(c.strip()) or _DASHED_SIGNATURE.fullmatch(c.strip()))), None)
    signed = closing and (closing.groupdict().get("name") or closing.groupdict().get("beat")
                          or closing.groupdict().get("signed") or "")
    if closing and closing.re is _TAGLINE:
        # ... each of the contributors' bios in a row ("A is a senior fellow ...", "B is a research associate ...",
        # "C covers manufacturing from Osaka.")
        first = next(i for i, c in enumerate(credits) if _TAGLINE.match(c))
        bios = [m.group("name") or m.group("beat") for c in itertools.takewhile(lambda c: _TAGLINE.match(c), credits[first:])
                if (m := _TAGLINE.match(c)) and (m.group("name") or m.group("beat"))]
        signed = ", ".join(dict.fromkeys(bios))
    return tuple(name_case(n) if n.isupper() else n for n in re.split(r"\s*(?:,|&|\band\b)\s*", signed)
                 if _name_like(n)) if closing else ()


def _agency_sign_off(credits: tuple[str, ...]) -> tuple[str, ...]:
    """"Pham Thu Hang - PPA" after the last paragraph: the writer, then the agency the story draws on (which the
    markup may name as its author)."""
    signed = _NAME_THEN_AGENCY.fullmatch(credits[-1].strip()) if credits else None
    return (signed.group(1),) if signed and _name_like(signed.group(1)) else ()


def _byline_case(name: str) -> str:
    """"MARCUS OYELARAN Continental Press" is Marcus Oyelaran: a byline's capitals are the name,
    and the wire after it is not part of it."""
    caps = re.match(r"^((?:[A-Z][A-Z'’.-]+\s+){1,3}[A-Z][A-Z'’.-]+)(?:\s+[A-Z][a-z].*)?$", name)
    if not caps:
        return name
    return name_case(caps.group(1))


# A writer's card's bio under a name the page sets apart (a heading the reader drops): no subject, a beat or a job first
_CARD_BIO = re.compile(r"(?:(?:Senior|Chief|Staff|Deputy|Special|Foreign)\s+)?(?:[A-Z][a-z]+\s+)?(?:Correspondent|Reporter|Editor|"
                       r"Writer|Journalist|Columnist)\s+(?:covering|based in|reporting on|writing about)\s+[^.]{3,200}\.$"
                       r"|(?:Covers|Writes about|Reports on)\s+[a-z][^.]{3,200}\.$")


def _is_bio(text: str, authors: tuple[str, ...]) -> bool:
    """A note about the writer: it opens with an author's name, or 'The author', and a verb."""
    # ... the name in full, or its first word alone, as a magazine's card does: "Yvonne covers trade policy ..."
    names = [re.escape(n) for a in authors if a for n in (a, a.split()[0])] + [
        "The author", "The writer", "The authors", "The writers"]
    text = text.strip("*_ ")
    if _bio_sentences(text):
        return True
    # ("Jonas spent eight years buying compressors ... before he started writing Stack Notes in 2027.")
    return bool(re.match(rf"(?:{'|'.join(names)})(?:,|\s+(?:is|was|are|were|has|had|served|covers|writes|teaches|"
                         rf"directs|leads|heads|works|worked|spent|joined|started|began|founded|edits|lives)\b)", text)) or bool(_TAGLINE.match(text) or CONTRIBUTION.match(text))


# A writer's tagline at the end, whoever the page names as author: "Aisha Rahman is the Post's
# Southeast Asia correspondent", and a contributor's credit: "Li Hua in Beijing contributed reporting."
_TAGLINE = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+(?:is|was)\s+(?:a|an|the)\b.{0,120}?\b(?:correspondent|"
                      r"reporter|editor|fellow|writer|journalist|columnist|professor|analyst|researcher|author|"
                      r"contributor|director|associate|scholar|economist|adviser|advisor|moderator|host|anchor|presenter)s?\b"
                      r"[^.]{0,160}\.?[\"”’]?$"  # ("... is the moderator of “Capitol Sunday.”")
                      # "Yoon Seo-yeon covers semiconductors and electronics for The Hangang Herald."
                      r"|(?P<beat>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+(?:covers|writes about|reports on)\s+[^.]{3,120}?"
                      r"\s+(?:for|from|in)\s+(?:the\s+)?[A-Z][^.]{1,60}\.?$")  # (... "from Osaka.")


def _bio_sentences(text: str) -> list[str]:
    """"A covers manufacturing from Osaka. B is the paper's trade correspondent in Tokyo.", "A reports on mining from
    Santiago. She previously covered ...": a paragraph of the writers' bios, each sentence a tagline or more of the one
    before; [] for anything else."""
    sentences = [t for t in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip().strip("*_ ")) if t]
    if len(sentences) < 2 or not _TAGLINE.match(sentences[0]) or not all(
            _TAGLINE.match(t) or re.match(r"(?:She|He|They)\s+[a-z]", t) for t in sentences[1:]):
        return []
    return sentences
# A press office's contact block ("Office of Congressional and Public Affairs OCPA@bis.doc.gov"): no person.
# ... in the languages a government's own metadata is in ("Ministerie van Buitenlandse Zaken").
_NO_PERSON = re.compile(r"@|\b(?:Office|Bureau|Department|Ministry|Affairs|Agency|Directorate|Commission|Secretariat|Division|Administration|"
                        r"Association|Federation|Chamber|Council|Institute|Foundation|Corporation|Inc\.?|LLC|Ltd\.?|GmbH|PLC|plc|"
                        r"Minist[eè]r\w*|Bundes\w+|Gouvernement|Regierung)\b")
# A firm's contact card after its alert: "Harold J. Pemberton, Partner, Washington, D.C."
_CONTACT_CARD = re.compile(r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]*){1,3},\s+(?:(?:Senior|Managing|Special|Of|Executive)\s+)*"
                           r"(?:Partner|Counsel|Associate|Principal|Director|Consultant|Adviser|Advisor)(?:,\s+[A-Z][\w.,'’ -]{1,40})?")
# Where the writers reported from, under the text: "(Lacq, Pyrénées-Atlantiques, special correspondent) and (Brussels, ...)"
_CORRESPONDENTS = re.compile(r"(?:\([^()]{2,80}\b(?:correspondent|reporter|envoy|bureau|staff)\b[^()]{0,30}\)(?:\s*(?:,|and|&)\s*)?)+\.?",
                             re.I)
# An institution's disclaimer after the text: "The views expressed are solely those of the authors."
# An editorial's note that it is the board's view, unsigned: no one wrote it, whoever the metadata names
_BOARD_VIEW = (
    # an opinion page's note: "Editorials are the opinion of the X Editorial Board, which operates independently ..."
    # ("This editorial reflects the view of the whole newsroom.")
    r"(?:This\s+)?Editorials? (?:are|is|represents?|reflects?|express(?:es)?) the (?:opinion|view|position)s? of\b.{0,200}"
    # (... under its column's own name: "Maganizo Athu (Our View) is the opinion of the editorial board and
    # is not signed.")
    r"|.{0,80}\b(?:is|are) the (?:opinion|view|position)s? of (?:the|our|this newspaper's) editorial board\b.{0,160}"
    # (... in the page's language: "Les éditoriaux expriment la position de la rédaction de X et ne
    # sont pas signés.", "Cet éditorial engage l'ensemble de la rédaction", "Los editoriales expresan
    # la opinión de ...", "Este editorial refleja ...", "Os editoriais refletem ...")
    r"|(?:Les|L['’]|Cet)\s?éditori(?:aux|al) (?:exprim|reflèt|représent|engag)e(?:nt)?\b.{0,200}"
    r"|(?:Los editoriales|Este editorial) (?:expresa|refleja|representa|compromete)n?\b.{0,200}"
    r"|(?:Os editoriais|Este editorial) (?:expressa|reflete|representa)m?\b.{0,200}"
    # ("Éditorial non signé, adopté par le comité de rédaction du Môle le 24 mai 2030.")
    r"|(?:Unsigned editorial|(?:Éditorial|Editorial) (?:non signé|sin firma|não assinado|unsigned))\b.{0,200}"
    # ("Uvodnik izražava stav redakcije Kilovata i nije potpisan.": Bosnian, Croatian, Serbian)
    r"|Uvodnik (?:izražava|predstavlja|odražava) (?:stav|mišljenje)\b.{0,160}"
    # ("تعبّر الافتتاحية عن رأي هيئة تحرير «صحتنا اليوم» ولا تحمل توقيعاً.": Arabic, "the editorial expresses the view of")
    r"|(?:تعبّر|تعبر|تمثل|تمثّل)\s+الافتتاحية\s+عن\s+(?:رأي|موقف)\b.{0,160}"
)


_BOARD_VIEW_NOTE = re.compile(_BOARD_VIEW, re.I)
_DISCLAIMER = re.compile(r".{0,400}\b(?:views expressed|do(?:es)? not necessarily (?:reflect|represent)|solely those of"
                         # a post's own: "Views are my own and not legal advice."
                         r"|(?:(?:all|the)\s+)?(?:views|opinions)\s+(?:\w+\s+){0,2}(?:are|remain)\s+(?:my|our)\s+own"
                         r"|do(?:es)? not (?:reflect|represent) (?:those|the (?:views|opinions|position)) of)\b"
                         # a law firm's: "This alert is provided for general informational purposes only and does not
                         # constitute legal advice."
                         r"|.{0,200}\b(?:for (?:general )?information(?:al)? purposes(?: only)?|does not constitute (?:\w+ (?:or \w+ )?)?advice|"
                         r"attorney[- ]client relationship)\b.{0,300}"
                         # a syndication notice: "X provides articles to partners under license. For licensing inquiries ..."
                         r"|.{0,120}\b(?:under licen[cs]e|licensing inquiries|reprint (?:rights|permissions)|syndication (?:inquiries|rights))\b.{0,200}"
                         # an editor's note after the text: "This article was updated on Nov 5 with comment from ..."
                         # (... under its time: "Update, December 10, 9:20 a.m. PT: This story has been updated with ...")
                         r"|(?:(?:Editor['’]s note|Update[sd]?\b.{0,50}?):\s*)?This (?:article|story|post|report) (?:was|has been) "
                         r"(?:updated|corrected|amended|changed)\b.{0,300}"
                         # a translator's credit: "This article was translated from German by Ruth Miller."
                         r"|(?:This (?:article|story|piece|report) was )?(?:translated|adapted) from (?:the )?[A-Z]\w+"
                         r"(?: (?:edition|original|version))? (?:by|with)\b.{0,200}"  # ("... from the Chinese edition by Zhou Yan.")
                         # ... or the translator's line alone: "Translated by Sarah Whitmore."
                         r"|(?:Translated|Translation) by\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}\.?$"
                         # a nonprofit newsroom's: "Republish this story for free under a Creative Commons license.", "X's
                         # coverage of trade is supported by the Y Foundation and by our members. Our funders have no say ..."
                         r"|Republish this (?:story|article)\b.{0,200}"
                         # a paper's corrections prompt: "Found a mistake in this article? Report it to us."
                         r"|(?:Found|Spotted|See) (?:a|an) (?:mistake|error|typo)\b.{0,120}"
                         r"|.{0,80}\b(?:coverage|reporting|journalism)\b.{0,80}\b(?:is|are) (?:made possible|supported|funded|underwritten)"
                         r" (?:in part )?by\b.{0,300}"
                         # a newsletter's plea at its foot: "Forwarded this email? Subscribe here for more ... inbox"
                         r"|(?:Forwarded this (?:e-?mail|newsletter)\?\s*)?(?:Subscribe|Sign up|Get)\b.{0,120}\binbox\b.{0,40}"
                         # ... "The Wafer Line is free and reader-supported.", "If a colleague forwarded this to you, sign up below."
                         # (... "Geba Digest is independent and reader-funded. Support our work.")
                         r"|.{0,80}\bis (?:free and |independent and )?reader-(?:supported|funded)\b.{0,120}"
                         r"|(?:[^.]{0,120}\.\s+)?If (?:a \w+|someone) forwarded this\b.{0,120}"
                         # an app's and a portal's pleas: "Download The Ledger App to get ...", "Catch all the Auto News ..."
                         r"|Download (?:the|our) [^.]{0,40}\bApp\b.{0,80}|\(?Catch all the\b.{0,120}"
                         # ... a follow line ("X on WeChat, Weibo, ... Scan the QR code to follow our official account.") and
                         # a desk's source tag ("Source: AsiaNow/ak(ws)")
                         r"|.{0,120}\bScan the QR code\b.{0,120}|Source\s*:\s*[A-Z][\w .&-]{1,40}(?:/[\w()]{1,12}){1,3}"
                         # a newsroom asking for tips: "Have a tip about the chip supply chain? Contact X securely on Signal at ..."
                         r"|(?:Have|Got|Do you have) a (?:news )?tip\b.{0,300}|Contact [^.?]{2,60} securely\b.{0,120}"
                         # a correction after the text: "Correction, Feb 11: An earlier version of this article said ..."
                         r"|(?:Correction|Clarification)s?\b[^:]{0,40}:.{0,400}"
                         # (... in the site's language: "Correctif (4 juillet 2030) : une version précédente ...")
                         r"|(?:Correctif|Rectificatif|Rectification|Fe de erratas|Correcci[oó]n|Corre[cç][aã]o|Errata|Rettifica"
                         r"|Korrektur|Berichtigung)\b[^:]{0,40}:.{0,400}"
                         # ... and an update's, with its time: "Update, Dec. 29, 2026, 11:40 a.m. ET: Orlaan said ..."
                         r"|Update[sd]?\b,?(?:[^:]{0,40}?\d{1,2}:\d\d\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{1,4})?|[^:]{0,40}?)\s*:\s.{0,500}"
                         r"|An earlier version of this (?:article|story|post|report)\b.{0,400}"
                         # ... and a journal's "edited to add": "ETA, Saturday morning: a few people have asked ..."
                         r"|(?:ETA|Edited to add|Edit|EDIT)\b(?:,[^:]{0,40})?\s*:\s.{0,400}"
                         # ... or its stamp alone: "This article was updated on April 6, 2030"
                         r"|This (?:article|story|post|report|piece) (?:was|has been) (?:updated|corrected|amended)\b.{0,200}"
                         # (... in the site's language: "Esta fotorreportagem foi atualizada no sábado à tarde ...")
                         r"|(?:Esta|Este) (?:\w+ ){0,1}(?:reportagem|fotorreportagem|notícia|artigo|texto|nota|artículo|reportaje|noticia)"
                         r" (?:foi|fue|ha sido) (?:atualizad[oa]|corrigid[oa]|actualizad[oa]|corregid[oa])\b.{0,200}"
                         r"|Cet article a été (?:mis à jour|corrigé|modifié)\b.{0,200}|Questo articolo è stato (?:aggiornato|corretto)\b.{0,200}"
                         # (... or "Articol actualizat miercuri, 17 iulie, cu răspunsul companiei", "Članak je ažuriran ...")
                         r"|Articol (?:actualizat|corectat)\b.{0,200}|(?:Članak|Tekst) je (?:ažuriran|ispravljen)\b.{0,200}"
                         # an interview's own note on how it was done: "Razgovor je vođen telefonom 17. srpnja i skraćen je.",
                         # "The interview was conducted by phone and has been edited for length."
                         r"|(?:Razgovor je vođen|Intervju je vođen|Rozhovor byl (?:veden|autorizován)|Rozhovor bol (?:vedený|autorizovaný)"
                         r"|Rozmowa (?:została|była) (?:przeprowadzona|autoryzowana)|The interview was (?:conducted|held|done)|This interview was"
                         r" (?:conducted|held|done)|L'entretien a été réalisé|La entrevista (?:se realizó|fue realizada)"
                         r"|A entrevista foi (?:feita|realizada))\b.{0,200}"
                         # a photo essay's colophon: "Photographed in Chongwe and Chisamba, 16–18 July 2030.", "Prints from this
                         # series are available through the collective; ..."
                         r"|Photographed (?:in|at|between|on)\b[^.]{0,120}\d{4}\.?|Prints (?:from|of) this (?:series|story|essay)\b.{0,200}"
                         # a plea for readers' money under the text: "O Ilhas em Foco é independente e vive dos seus leitores. Apoie
                         # o nosso fotojornalismo ...", "Soutenez notre journalisme", "Apoya nuestro periodismo"
                         r"|(?:[^.]{0,120}\.\s+)?(?:Apoie|Apoya|Apóyanos|Soutenez|Sostieni|Support) (?:o nosso|a nossa|nuestro|nuestra"
                         r"|notre|il nostro|la nostra|our)\b.{0,160}"
                         # a law firm's: "Attorney Advertising. Prior results do not guarantee a similar outcome.", "If you
                         # have any questions about this alert, please contact the authors listed above or ..."
                         r"|Attorney Advertising\b.{0,200}|Prior results do not guarantee\b.{0,100}"
                         r"|If you have (?:any )?questions (?:about|regarding|on) this\b.{0,200}"
                         # a wire's currency note: "($1 = 7.1830 Chinese yuan)"
                         r"|\(\s*(?:US)?[$€£¥]\s?1\s*=\s*[\d.,]+\s+[A-Za-z ]{2,30}\)\.?"
                         # a memo's distribution list and its signature's mark: "cc: Bureau of Customs; ...", "(Sgd.)"
                         r"|cc\s*:\s*[A-Z].{0,400}|\(Sgd\.?\)"
                         # a paper's call for op-eds and its print edition's headline: "..., then send us your writings at
                         # opinion@x.cn", "This article appeared in the Harbour Post print edition as: City chip traders ..."
                         r"|.{0,160}\bsend us your (?:writings|op-eds?|submissions|articles|letters|views)\b.{0,200}"
                         # (... "Editorials represent the view of The Dahra Dispatch's editorial board.")
                         r"|Editorials? (?:represents?|reflects?|express(?:es)?) the (?:views?|opinions?|position) of\b.{0,120}"
                         # ... and its letters' page's address: "Letters to the editor: letters@x.example. Letters may be edited ..."
                         r"|Letters?(?: to the editor)?\s*:\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+.{0,160}|Letters may be edited\b.{0,120}"
                         r"|This (?:article|story|piece|essay|editorial|column) (?:first )?(?:appeared|appears|will appear) in (?:the )?.{0,60}\bprint"
                         r" (?:edition|issue)\b.{0,200}"
                         # how to cite it, on one line: "Suggested citation: A and B, “Title,” Institute, February 2027."
                         r"|(?:(?:Suggested|Recommended|Preferred) citation|Cite (?:this|as)|How to cite(?: this \w+)?)\s*:.{0,400}"
                         # a translated edition's: "Translation of an original article published in French on x.fr; ...",
                         # "This article was translated from the Japanese original published on July 22, with additional reporting."
                         r"|This (?:article|story|piece|report) (?:was|has been) (?:translated|adapted) from\b.{0,200}"
                         # how the newsroom works, and a transcript's own warning: "How we report: The Kestrel Editorial
                         # Principles.", "CPR transcripts are produced on a rush deadline by a contractor and may not be ..."
                         r"|(?:How we report|Our (?:editorial )?(?:standards|principles)|Editorial (?:standards|principles|guidelines))"
                         r"\s*:.{0,160}"
                         r"|.{0,80}\btranscripts? (?:is|are) (?:produced|prepared|created|generated)\b.{0,400}"
                         r"|Translation of an? (?:original )?(?:article|story|piece|report)\b.{0,200}"
                         # ... and a ministry's under its transcript: "(This is an unofficial translation. In case of ...)"
                         r"|\(?(?:This is an? )?(?:unofficial|informal) (?:English )?translation\b.{0,300}"
                         # a wire's credits: "Reporting by A in Seoul; Additional reporting by B; Editing by C"
                         r"|\(?Reporting by\b[^.]{0,300}(?:;|\bEditing by\b)[^.]{0,200}\)?\.?"
                         # a print view's footer: "This article was printed from https://..."
                         r"|This (?:article|page|story) was printed from\b.{0,300}"
                         # where a translated article came from: "This article was first published in German by X."
                         r"|This (?:article|story|piece) (?:was (?:originally|first) (?:written|published)|(?:originally|first) appeared)"
                         r" in [A-Z]\w+\b.{0,200}"
                         # a wire's and a portal's sign-off: "(With agency inputs)", "sjpark@hanbitnews.co.kr (END)"
                         r"|\(?With (?:agency )?inputs(?: from [^()]{2,40})?\)?|(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*)?\(END\)"
                         # a release's contacts, its distributor's marks and its issuer's boilerplate ("About NASESA The ...")
                         r"|(?:Media|Press) [Cc]ontacts?\s*:.{0,200}|Tel(?:ephone)?\s*[.:]\s*\+?[\d(].{0,120}"
                         r"|SOURCE\s+[A-Z].{2,100}|Photos?\s+-\s+https?://\S+|Want your (?:organization|company)['’]s news\b.{0,80}"
                         # a link to the article in its first language: "한국어 기사 보기 (Read this article in Korean)"
                         r"|.{0,30}\(Read (?:this|the) (?:article|story) in [A-Z]\w+\)"
                         r"|About [A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,6}\s+(?:The\s+)?[A-Z][\w&.-]*\b.{20,900}\b(?:is|are|represents|was founded)\b.{0,900}"
                         # thanks, a series note and an institution's statement of its independence
                         r"|The authors? (?:would like to )?thanks?\b.{0,160}\b(?:assistance|help|comments|review)\b.{0,60}"
                         r"|.{0,200}\b(?:is committed to (?:quality|independence)|sole views? of (?:its|the) authors?"
                         r"|(?:are|is) the sole responsibility of (?:its|the) authors?)\b.{0,400}"
                         # how to cite it: "Arnaud-Lefèvre, C. and Ekdahl, J. (2026), “...”, IVES Commentary No. 31, ..."
                         r"|[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*)+(?:(?:,|and|&)\s+[A-Z][\w'’-]+,\s+(?:[A-Z]\.\s*)+)*\((?:19|20)\d\d\),?\s.{10,400}"
                         # a comment box's prompts, a print edition's marker, the writers' address
                         r"|Log in to (?:write|post|leave|join)\b.{0,40}|Comments? (?:may|will) be (?:moderated|reviewed)\b.{0,160}"
                         r"|\([^()]{2,60}\s\d{1,2}/\d{1,2}/\d{2,4}\s+page\s+\d+\)"
                         r"|Contact the (?:writers?|authors?|reporters?) at\b.{0,120}"
                         # ... and the paper's postal address: "Omar al-Mukhtar Street, Dahra, Tripoli, Libya"
                         r"|(?=[^.!?]{0,120}$)(?:[\w'’.-]+\s){0,4}(?:Street|Road|Avenue|Boulevard|Lane|Square|Rue|Calle|Avenida|Straße"
                         r"|Strasse|Via|Rua)\b(?:,\s*[A-Z][\w'’.-]*(?:\s[\w'’.-]+){0,3}){2,4}"
                         # a think tank's series note and its press contact: "Critical Questions is produced by the X, a
                         # private, tax-exempt institution ...", "Contact Hollis Graves, Associate Director, at h@x.org"
                         r"|.{0,120}\bis produced by\b.{0,160}\b(?:private|non-?partisan|tax-exempt|independent)\b.{0,400}"
                         r"|(?:Contact|For (?:media |press )?(?:inquiries|enquiries),? (?:please )?contact)\s+[A-Z][^.]{2,140}?\bat\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
                         # the page's own date line printed after the text: "First Published: 14 May 2026, 11:48 PM IST"
                         r"|(?:First published|Published|Updated|Last updated)(?: on)?\s*:?\s*(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}.{0,40}"
                         # a ministry's contact line and feedback prompt: "For further information, please contact ..."
                         r"|For (?:further|more) information,? (?:please )?contact\b.{0,200}"
                         r"|Was (?:the information on )?this (?:page|article|information) (?:helpful|useful).{0,40}"
                         # ... an article's: "How do you feel about this article?"
                         r"|How (?:do|did) you (?:feel|rate)\b[^?]{0,40}\b(?:article|story)\?.{0,60}"
                         # a newsroom asking readers: "Are you affected by ...? Get in touch.", "Share your story with X."
                         r"|(?:Are you|Have you|Has your|Were you|Do you)\b[^?]{0,160}\?\s*(?:Get in touch|Share your|Tell us|Contact us|Email us)\b.{0,240}"
                         r"|(?:Get in touch|Share your (?:story|experience|views))\b[^.]{0,120}\.?(?:\s+Please include\b.{0,160})?"
                         r"|Please include a (?:contact )?(?:phone )?number\b.{0,160}"
                         r"|(?:E-?mail|Write to|Message) (?:us )?(?:at )?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+or\b.{0,160}"
                         # a writer's disclosure: "Nothing in this newsletter is investment advice. I hold no positions in ..."
                         r"|Nothing in this (?:newsletter|article|post|piece|note)\b[^.]{0,40}\b(?:investment|financial|legal) advice\b.{0,240}"
                         r"|I (?:hold|have|own) no (?:positions?|shares|financial interest)\b.{0,160}"
                         # a plea for gifts: "Reporting like this takes time. Support independent local journalism with a gift"
                         r"|(?:Reporting|Journalism) like this (?:takes|costs)\b.{0,200}|Support (?:independent|local|our)\b[^.]{0,80}\b(?:journalism|reporting|newsroom)\b.{0,160}"
                         rf"|{_BOARD_VIEW}"
                         # an editor's correction under a post: "Editado el 25/05 para corregir el número ...", "Edited on May 25
                         # to correct the number of ..."
                         r"|(?:Editado|Edited|Modifié|Bearbeitet|Modificato)\s+(?:el|on|le|am|il)\s+[^.]{1,30}?\s+(?:para corregir"
                         r"|to correct|pour corriger|zur Korrektur|per correggere)\b.{0,200}"
                         # a programme's production credits: "Produced by A. Audio engineering by B."
                         r"|(?:Produced|Mixed|Edited) by [A-Z][^.]{2,60}\.(?:\s+[A-Z][\w ]{2,30} by [A-Z][^.]{2,60}\.?)*"
                         # a paywall's cut: "Already a paid subscriber? Sign in"
                         r"|Already (?:a )?(?:paid )?(?:subscriber|member)\?.{0,40}"
                         # a document's metadata list after the text: "Publication date 22 April 2026 Author ..."
                         r"|Publication date\b.{0,200}", re.I)
_COPYRIGHT = re.compile(r"(?:Copyright\b|[©ⓒ]|\(c\)\s*\d{4})", re.I)  # a wire's rights line after the story ("ⓒ": Korean sites)
_REPORTER_LINE = re.compile(r"[(（\[]?\s*(?:Reporters?|Correspondents?|Writers?|Authors?)\s*[:：]\s*"
                            r"(?P<name>[^()（）\[\]:]{2,80}?)\s*[)）\]]?\.?")
# A Korean paper's sign-off: "Kang Min-seo kangms@hanseongdaily.co.kr", the writer's name and address alone.
_SIGNED_EMAIL = re.compile(rf"(?P<name>[A-Z][\w'’]+(?:[ -][A-Z]?[\w'’]+){{1,3}})\s+\(?{EMAIL_ADDRESS}\)?")
# A wire's byline in brackets at the end: "(By Chang Hsiung-feng, Evelyn Kao and Sean Lin)", perhaps with its "Enditem/ls".
_CLOSING_BY = re.compile(r"[(（]By\s+(?P<name>[^()（）]{3,160})[)）](?:\s*Enditem\S*)?"
                         # ... "BY LEE JI-HOON, PARK SO-YEON [lee.jihoon@seoulledger.co.kr]": a Korean paper's, its e-mail in brackets
                         r"|(?i:By)\s+(?P<signed>[^\[\]()]{3,120}?)\s*\[[\w.+-]+@[\w.-]+\]")


def _leaves(element):
    """The block elements of trafilatura's XML in order, through any <div> it kept as a wrapper."""
    for child in element:
        if child.tag == "div":
            yield from _leaves(child)
        else:
            yield child


def _paragraphs(element) -> list[str]:
    """A <p> as paragraphs: two line breaks in a row (<br><br>) separate paragraphs, as on the page,
    and so does a block inside it (a heading, a table: what a page's <div> of loose text held).
    Every text and tail is kept: nothing of the page's text is lost between its breaks."""
    pieces: list[list[str]] = [[]]
    previous_break = False

    def add(text: str | None) -> None:
        nonlocal previous_break
        if text:
            pieces[-1].append(text)
            previous_break = previous_break and not text.strip()

    def cut() -> None:
        if "".join(pieces[-1]).strip():
            pieces.append([])

    def walk(node) -> None:
        nonlocal previous_break
        add(node.text)
        for child in node:
            if child.tag == "lb":
                if previous_break and pieces[-1]:
                    pieces.append([])
                    previous_break = False
                else:
                    previous_break = True
                    pieces[-1].append(" ")
            elif child.tag in _TEI_BLOCKS:
                cut()
                walk(child)
                cut()
            else:
                walk(child)
            add(child.tail)

    walk(element)
    texts = [_clean("".join(p)) for p in pieces]
    return [t for t in texts if t] if len(texts) > 1 else [_text(element)]


_TEI_BLOCKS = frozenset({"head", "table", "list", "quote", "p"})  # trafilatura's block elements, where a line ends


def _text(element) -> str:
    """An element's text, line breaks as spaces, whitespace squashed."""
    for lb in element.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    return _clean("".join(element.itertext()))


_SITE_EDITION = re.compile(r"\s+(?:International|English|Online|Digital|Global|Asia|Europe|Africa|World|Edition|Español|Deutsch"
                           r"|Editorial|Redakció|Editors?|Reporters?)")  # ("Hungary Dispatch Editorial": the desk's account)


def _site_edition(name: str, site_name: str) -> bool:
    """"ELBWARTE International" on Elbwarte's pages, "Clarion Online" on The Clarion's: the site's name and its edition's
    (or its web desk's account), no writer."""
    base = re.sub(r"^The\s+", "", site_name)
    if bool(base) and name.casefold().startswith(base.casefold()) and bool(_SITE_EDITION.fullmatch(name[len(base):])):
        return True
    # ... or its last word's: "Ledger Online" on the Manila Ledger's
    edition = _SITE_EDITION.search(name)
    return bool(edition and base and edition.end() == len(name) and len(base.split()) > 1
                and name[:edition.start()].casefold() == base.split()[-1].casefold())


def _cell_text(cell) -> str:
    """A table cell's text: its paragraphs ("<b>Desk</b><p>Office</p><p>Phone: ...</p>") set apart by spaces, not run into
    one another ("DeskOfficePhone")."""
    for paragraph in cell.iter("p"):
        paragraph.text = " " + (paragraph.text or "")
        paragraph.tail = " " + (paragraph.tail or "")
    return _text(cell)


def _speaker(paragraph) -> str:
    """The label of a transcript turn: a paragraph that opens with a short bold 'Name:'."""
    if (paragraph.text or "").strip() or not len(paragraph):
        return ""
    first = paragraph[0]
    if first.tag != "hi" or "#b" not in (first.get("rend") or ""):
        return ""
    label = _clean("".join(first.itertext()))
    tail = (first.tail or "").lstrip()
    if label.endswith((":", "：")):
        label = label[:-1].strip()
    elif not tail.startswith((":", "：")):
        return ""
    if not label or len(label.split()) > 6 or not any(c.isalpha() for c in label) or _BOLD_FIELD.fullmatch(label):
        return ""
    return label


# A field's label in bold, no one's name: "<strong>Contact Person:</strong> A", "<strong>Tel:</strong> +886 ..."
_BOLD_FIELD = re.compile(r"(?:(?:Media|Press)\s+)?Contacts?(?:\s+persons?)?|Tel(?:ephone)?|Phone|Fax|E-?mail|Address|Website",
                         re.I)


def _shouted(label: str) -> bool:
    """A speaker label of two or more words, all in capitals."""
    words = [w for w in label.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and label == label.upper() and label != label.lower()


def _is_stamp(text: str) -> bool:
    """A time stamp on its own ("2025-07-16 18:30", "Updated 15 July 2025, 09:30 GMT"): page furniture."""
    rest = _STAMP_WORDS.sub(" ", text)
    return len(text) <= 60 and any(c.isdigit() for c in rest) and not any(c.isalpha() for c in rest)


DATELINE_MAX_WORDS = 12


def _join_datelines(blocks: list[Block]) -> list[Block]:
    """A dateline in a block of its own ("ROTTERDAM, May 4 (Bay Daily) -", a short block ending in
    a dash) opens the paragraph after it, as in print: the text rules read it there."""
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if previous is not None and previous.kind == block.kind == "text" \
                and len(previous.text.split()) <= DATELINE_MAX_WORDS and re.search(r"\s[-—–]+$", previous.text) \
                and not _END_MARKS.fullmatch(previous.text.strip()):  # (not a release's "– END –")
            result[-1] = Block(text=f"{previous.text} {block.text}", line=0, kind="text")
            continue
        result.append(block)
    return result


# Link boxes: "Read more: <a>...</a>" inside the article is a promotion, not its text

LINK_BOX_MAX_WORDS = 25
_POINTER = re.compile(r"(?P<label>[^:]{3,80}):\s+(?P<title>[^()]+?)(?:\s+\([^()]{3,30}\))?")
POINTER_LABEL_MAX_WORDS = 8
LINK_BOX_DENSITY = 0.6


# (... a newsletter's sponsor: "<div class='sponsor-block'>Together with Portwise ...")
_PROMO_BOX = re.compile(r"(?:^|[\s_-])(?:promo|event-promo|newsletter-(?:signup|promo|box)|signup-box|donation|donate|sponsor|"
                        r"callout--event|event-callout|support-us|cta|sponsored|is-style-partner|partner-content|paywall-offer|(?<!--)paywall"
                        r"|(?<=box-)notice|notice-box|shop-the-post)"  # (a box of the site's own notices to its readers: Zoho's "zpbox-notice")
                        r"(?:$|[\s_-])"
                        # (... or a component's name in CamelCase: "DonateEnhancement", "NewsletterSignupModule")
                        r"|(?-i:(?:^|\s)(?:Donate|Donation|Membership|Newsletter)[A-Z][A-Za-z]*(?:$|\s))",
                        re.I)  # ("donation-nudge": a plea for gifts; "Sponsored content" and a partner's link;
# "c-paywall": "Continue reading with unlimited access" / "Subscribe for R$ 1,90 ...", the text it locks going on below it;
# not "content-group--paywall", the locked text itself)
# (a firm's "insight-cta": "Need a view on your exposure?" / "Our team helps manufacturers ..." / "Talk to our team"; but
# not GOV.UK's "call-to-action", which sets a minister's quotation apart)
PROMO_BOX_MAX_WORDS = 40
# Comment sections named in other languages (trafilatura leaves out those named in English)
_FOREIGN_COMMENTS = re.compile(rf"(?:^|[\s_-])(?!comments?(?:$|[\s_-])){COMMENT_WORDS}(?:$|[\s_-])", re.I)
_COMMENT_ENTRY = re.compile(r"(?:^|\s)comEnt\d*(?:$|\s)")  # a uCoz site's readers' comment, one entry
SHORT_NAME_MIN_WORDS = 6  # a site's name this long may go by a shorter one its header shows


def _promo_boxes(tree, blocks: list[Block]) -> list[Block]:
    """The short blocks inside a box the page classes as a promotion ("wp-block-latency-event-promo": an event's
    title, its pitch, "Register now"; "donation-nudge"): furniture, wherever in the text the box sits."""
    boxed: set[str] = set()
    signups: list[str] = []
    counted: dict = {}  # element -> its words: many links share the ancestors counted (a long page's in its square)

    def words(element) -> int:
        if element not in counted:
            counted[element] = len(_clean(" ".join(element.itertext())).split())
        return counted[element]

    for box in tree.xpath("//*[@class or @data-testid]"):
        # (a CSS module's hashed class names nothing; its test hook may: "<div data-testid='promo-box'>")
        if (_PROMO_BOX.search(f"{box.get('class') or ''} {box.get('data-testid') or ''}") or _photo_sign_off(box)) \
                and len(_clean(" ".join(box.itertext())).split()) <= 3 * PROMO_BOX_MAX_WORDS:
            boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS)}
            # (and what trafilatura keeps of a box's line: "Talk to our North America team in Raleigh.", its question
            # "Questions about your orders?" left out)
            signups.append(_key(_clean(" ".join(box.itertext()))))
    # ... or a post embedded from a social network ("<blockquote class='twitter-tweet'>", Instagram's, TikTok's, Bluesky's):
    # the platform's card, which the text around it reports in its own words (but not one the text introduces and leaves
    # to speak for itself: "Kelsey Moravec put it more bluntly on social media:")
    # (... or a Fediverse post, or any the page marks as an embed: "<blockquote class='toot-embed' data-embed='social'>")
    for box in tree.xpath("//body//blockquote[re:test(@class, '(?:^|\\s)(?:twitter-tweet|instagram-media|tiktok-embed|"
                          "bluesky-embed|threads-post|fb-xfbml-parse-ignore|mastodon-embed|toot-embed|fediverse-embed)(?:$|\\s)')"
                          " or @data-embed]",
                          namespaces={"re": "http://exslt.org/regular-expressions"}):
        before = next((e for e in box.itersiblings(preceding=True) if _clean(" ".join(e.itertext()))), None)
        if before is None and box.getparent() is not None and box.getparent().tag in ("figure", "div"):
            before = next((e for e in box.getparent().itersiblings(preceding=True) if _clean(" ".join(e.itertext()))), None)
        if before is not None and _clean(" ".join(before.itertext())).endswith((":", "：")):
            continue
        boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS)} | {_key(_clean(" ".join(box.itertext())))}
    # ... or a notebook's code cells (nbconvert's): the code and what it printed, the analysis's machinery, not the story
    # its Markdown cells tell (its tables and charts stay)
    for box in tree.xpath("//div[contains(concat(' ', @class, ' '), ' jp-CodeCell ')]//div[contains(concat(' ', @class, ' '), "
                          "' jp-InputArea ') or contains(concat(' ', @class, ' '), ' jp-RenderedText ')]"
                          " | //div[contains(concat(' ', @class, ' '), ' code_cell ')]//div[contains(concat(' ', @class, ' '), "
                          "' input_area ') or contains(concat(' ', @class, ' '), ' output_stream ')]"):
        boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS, "pre")} | {_key(_clean(" ".join(box.itertext())))}
    # ... or a data story's code and what it printed, set in <pre><code> (Franklin's, Quarto's, a blog's Markdown): the
    # analysis's machinery, not the story (unless it is most of the page: a wire's copy posted preformatted)
    code = tree.xpath("//body//pre[code or re:test(@class, '(?:^|\\s)(?:code|highlight|sourceCode|output)', 'i')]",
                      namespaces={"re": "http://exslt.org/regular-expressions"})
    if code and sum(len(" ".join(b.itertext()).split()) for b in code) * 2 < len(" ".join(tree.xpath("//body//text()")).split()):
        for box in code:
            boxed |= {_key(_clean(" ".join(box.itertext()))), _key(_clean("".join(box.itertext())))}
    # ... or a page's comments in its own language, whatever their length: "<section class='nota-comentarios'>"
    for box in tree.xpath("//body//*[@class or @id]"):
        if _FOREIGN_COMMENTS.search(f"{box.get('class') or ''} {box.get('id') or ''}") and box.tag in ("section", "div", "aside"):
            boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS)}
        elif _COMMENT_ENTRY.search(f"{box.get('class') or ''} {box.get('id') or ''}") and box.tag == "div":
            # (... or uCoz's, one entry each: "<div class='comEnt'>" around its number, its writer, when, and the message,
            # which the extractor reads as one line from the entry's table)
            boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS)} | {_key(_clean(" ".join(box.itertext())))}
    # ... or a box that says a machine wrote it: "Quick Read" / "Summary is AI-generated, newsroom-reviewed." over its points
    for note in tree.xpath("//body//text()[re:test(., '\\bAI[- ]generated\\b|generated (?:by|with|using) (?:AI|artificial)', 'i')]",
                           namespaces={"re": "http://exslt.org/regular-expressions"}):
        parent = note.getparent()
        box = next((a for a in (parent, *parent.iterancestors()) if a.tag in ("div", "section", "aside")
                    and a.xpath(".//li | .//p")), None) if parent is not None else None
        if box is not None and len(_clean(" ".join(box.itertext())).split()) <= 3 * PROMO_BOX_MAX_WORDS:
            boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS)}
    # ... or, whatever its classes (a utility framework's "rounded-xl bg-neutral-900 p-6"), a short box around a form that
    # asks for an e-mail address: "Get the Supply Chain newsletter" / "Tariffs, chokepoints and ... Every Tuesday."
    for field in tree.xpath("//form//input[@type='email']"):
        # (or a custom element's: "<hk-newsletter-teaser><h3>The Morning Briefing</h3><p>...</p><form>")
        box = next((a for a in field.iterancestors() if a.tag not in ("form", "body", "html", "article", "main")
                    and a.xpath(".//*[self::p or self::h2 or self::h3 or self::h4][not(ancestor::form)]")), None)
        if box is not None and len(_clean(" ".join(box.itertext())).split()) <= 3 * PROMO_BOX_MAX_WORDS:
            boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS)}
    # ... or a short box whose link asks the reader to sign up: a Ghost callout's "Forwarded this by a colleague? <a
    # href='#/portal/signup'>Get The Control List in your inbox</a> every Tuesday and Thursday."
    # (... or whose link's own words make the offer: "Pro subscribers can download our tracker. <a href='/pro/'>Upgrade here.</a>")
    for link in tree.xpath("//a[re:test(@href, '(?:^|[/#?])(?:portal/signup|signup|sign-up|subscribe)(?:$|[/?#.])', 'i')"
                           " or re:test(normalize-space(.), '^(?:upgrade|subscribe|sign up|join|become a (?:member|subscriber)|"
                           "get|start (?:your |a )?free trial|(?:book|request) a demo|try|download|register)\\b', 'i')]",
                           namespaces={"re": "http://exslt.org/regular-expressions"}):
        own = _clean(" ".join(link.itertext()))
        if len(own.split()) >= 4 and link.getparent() is not None and link.getparent().tag not in ("p", "li"):
            signups.append(_key(own))  # a line that is all offer: "<a>Get bite-sized news via a new cards interface. Give it a try.</a>"
        box = next((a for a in link.iterancestors("div", "aside", "section") if words(a) > 3), None)
        if box is not None and words(box) <= PROMO_BOX_MAX_WORDS and not box.xpath(".//p[3]"):
            # (a label and its pitch: "Enjoying The Chokepoint?" / "Forward this to a colleague ... Or subscribe below.")
            boxed |= {_key(_clean("".join(e.itertext()))) for e in box.iter(*_TEXT_TAGS)}
            signups.append(_key(_clean(" ".join(box.itertext()))))
    # ... or a short box around a button that does: "Get the Courier Tech newsletter" / "The week's biggest stories ..." /
    # <button>Sign up</button>
    for button in tree.xpath("//button[re:test(normalize-space(.), '^(?:sign ?up|subscribe|join|register)(?: now| free| for free)?$', 'i')]",
                             namespaces={"re": "http://exslt.org/regular-expressions"}):
        box = next((a for a in button.iterancestors("div", "aside", "section") if words(a) > 3), None)
        if box is not None and words(box) <= PROMO_BOX_MAX_WORDS and not box.xpath(".//p[3]"):
            signups.append(_key(_clean(" ".join(box.itertext()))))
    # (a box's bold label reads as a speaker's: "<strong>Webinar:</strong> Join our International Trade team on June 15 ...")
    return [b for b in blocks if b.kind in ("text", "turn") and len(b.text.split()) <= PROMO_BOX_MAX_WORDS and (
        _key(b.text) in boxed or len(b.text.split()) >= 4 and any(_key(b.text) in k for k in signups))]  # (a part of its text)


def _drop_link_lists(tree, blocks: list[Block]) -> list[Block]:
    """Short blocks that are mostly link text on the page are furniture, wherever trafilatura put them."""
    short = {_key(b.text) for b in blocks if len(b.text.split()) <= LINK_BOX_MAX_WORDS}
    promos: set[str] = set()
    contents: set[str] = set()  # (the page's own contents, its links to its headings: "<a href='#options'>Options</a>")
    for element in tree.iter(*_TEXT_TAGS):
        text = "".join(element.itertext())
        key = _key(text)
        if key not in short or _BYLINE.match(_clean(text)):
            continue  # (but "Authors: <a>A</a> and <a>B</a>": writers linked to their pages)
        links = list(element.iter("a"))
        linked = sum(len("".join(a.itertext()).split()) for a in links)
        # (or a pointer to another post: "Older post on the same cranes: <a>How the cranes got here</a> (18 Nov, 2029)", a
        # label, the post's title its one link and perhaps its day)
        pointer = _POINTER.fullmatch(_clean(text)) if len(links) == 1 else None
        if linked >= LINK_BOX_DENSITY * max(1, len(text.split())) or pointer and not (links[0].get("href") or "#").startswith("#") \
                and len(pointer.group("label").split()) <= POINTER_LABEL_MAX_WORDS \
                and pointer.group("title") == _clean("".join(links[0].itertext())):
            promos.add(key)
            if all((a.get("href") or "").startswith("#") for a in links):
                contents.add(key)
    # (a subheading its page's contents list links to stays: the list's entry is the heading's name, not another page's)
    headings = {_key(_without_permalink(tree, _clean("".join(h.itertext()))))
                for h in tree.xpath("//h2 | //h3 | //h4 | //h5 | //h6")} if contents else set()
    return [b for b in blocks if _key(b.text) not in promos or _key(b.text) in contents & headings]


# Captions: figure captions inside the article, in place


def _captions(tree, blocks: list[Block]) -> list[tuple[int, str, str]]:
    """(index of the block a caption follows, caption text, its credit where the markup sets one apart) for
    each figure caption inside the article."""
    wanted = {_key(b.text): i for i, b in reversed(list(enumerate(blocks)))}
    order = {element: number for number, element in enumerate(tree.iter())}
    # (not a menu's entry that names a subheading: "<nav><li><a href='#options'>Options</a>", the page's contents)
    matched = [(order[e], wanted[_key(_clean("".join(e.itertext())))]) for e in tree.iter(*_TEXT_TAGS)
               if _key(_clean("".join(e.itertext()))) in wanted and not e.xpath("ancestor::nav")]
    if not matched:
        return []
    first, last = min(matched)[0], max(matched)[0]
    container = _common_ancestor([e for e in tree.iter() if order[e] in (first, last)])
    # A lead photo sits between the headline and the text: above the text's own container.
    # (walked, not searched: in a page cut short libxml2 can leave a stray <h1> that a search finds and a walk does not)
    h1 = list(tree.iter("h1"))
    start = order[h1[0]] if len(h1) == 1 and order[h1[0]] < first else first
    outer = next((a for a in container.iterancestors("article", "main")), None)
    found: list[tuple[int, str]] = []
    parent = container.getparent()
    for caption in _caption_elements(tree):
        inside = any(a is container or a is outer for a in caption.iterancestors())
        # ... or the last photo, right under the text's container: "<div class='story'>...</div><div class='article-photo'>
        # <img><p class='caption'>...</p></div>"
        ancestors = set(caption.iterancestors())
        under = parent is not None and parent in ancestors and order[caption] > last and not any(
            last < order[e] < order[caption] and e not in ancestors and len(_clean("".join(e.itertext())).split()) >= 8
            for e in tree.iter(*_TEXT_TAGS))
        if not inside and not under and not start < order[caption] < first:
            continue
        text = _clean(" ".join(t.strip() for t in caption.itertext() if t.strip()))
        if not text:
            continue
        credit = _caption_credit(caption)
        if credit and text.endswith(credit) and len(text) > len(credit):
            text = text[:-len(credit)].strip()  # "... on Tuesday morning. <span class='credit'>Keystone / Nadia Roth</span>"
        text = LICENSING_LINK.sub("", text).strip()  # (a wire's "Purchase Licensing Rights, opens new tab" link in its caption)
        text = _clean(_CAPTION_TOGGLE.sub(" ", text))  # (NPR's "hide caption" / "toggle caption" buttons)
        if credit and text.endswith(credit) and len(text) > len(credit):
            text = text[:-len(credit)].strip()  # (... with the credit printed on each side of them)
        if not text:
            continue
        source = _CHART_SOURCE.search(text) if not credit else None
        if source and source.start():
            # "Figure 1. Lead times ..., Q3 2026. Source: Halvorsen Reyes buyer survey (n=46).": a chart's source, its credit
            text, credit = text[:source.start()].strip(), source.group(1).strip()
        at = order[caption]
        before = [index for number, index in matched if number < at]
        found.append((max(before) if before else -1, text, credit))
    return found


_CREDIT_CLASS = re.compile(r"credit|photographer|copyright", re.I)
_CAPTION_TOGGLE = re.compile(r"\s*\b(?i:hide|toggle|show|enlarge)\s+(?i:caption|this\s+image)(?![a-z])\s*"
                             # ... and a gallery's button over it: "Open this photo in gallery:"
                             r"|^\s*(?i:open|view)\s+(?i:this\s+)?(?i:photo|image|picture)\s+in\s+(?i:gallery)\s*:?\s*")
_BYLINE_CLASS = re.compile(r"(?:^|[-_\s])byline(?:$|[-_\s])", re.I)
_CHART_SOURCE = re.compile(r"(?<=[.)])\s+((?:Source|Sources|Data)\s*:\s*[^:]{2,120}"
                           # an agency's credit and the day: "... in Taipei on Monday. TPNA photo Jan. 12, 2026"
                           r"|[A-Z][\w&-]{1,20}(?:\s+[A-Z][\w&-]+){0,2}\s+(?:file\s+)?photo(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})?)$")


def _caption_credit(caption) -> str:
    """The credit a caption's markup sets apart: an element classed as one at its end, or right after it in its
    <figure> ("<figcaption>...</figcaption><p class='Figure_credit'>Image: A / B</p>")."""
    # (... or a byline inside the caption, the photographer's: "<div class='tnt-byline'>Evan Driscoll, Yakima Valley Sentinel</div>")
    inner = [e for e in caption.iterdescendants() if isinstance(e.tag, str) and (_CREDIT_CLASS.search(e.get("class") or "")
                                                                                or _BYLINE_CLASS.search(e.get("class") or ""))]
    after = caption.getnext()
    parent = caption.getparent()
    # (... or a picture's box of another tag: "<div class='cmp-image'><img><span itemprop='caption'>...</span>
    # <p class='hl-image__source'>Source: ...</p>")
    if not inner and after is not None and parent is not None and (parent.tag == "figure" or parent.find("img") is not None) \
            and (_CREDIT_CLASS.search(after.get("class") or "") or re.search(r"(?:^|[-_])source(?:$|[-_\s])", after.get("class") or "")):
        inner = [after]
    text = _clean(" ".join(t.strip() for t in inner[-1].itertext() if t.strip())) if inner else ""
    return text if len(text.split()) <= 12 else ""


# Classes of a caption's element (a class of markup: "caption", "wp-caption-text", "cap", "img-caption",
# "pic-desc", "photo-text").
# (... and its name in the site's language: French "legende", Portuguese "legenda", Italian "didascalia")
_CAPTION_CLASS = re.compile(r"^(?:cap|legend|legende|légende|legenda|leyenda|didascalia)(?:$|[-_])|caption|^(?:pic|img|image|photo)[-_]?(?:desc|text|txt|note|info)$"
                            r"|(?:slide|carousel|gallery)\w*[-_]?\w*desc"  # "CarouselSlide-infoDescription"
                            r"|(?:^|-)(?:image|img|photo|picture)__(?:title|desc|text)$"  # (an image component's "cmp-image__title")
                            r"|^image__source$", re.I)  # (beehiiv's "<div class='image__source'>" under its picture)
# A photo or graphic credit in a line under a picture: "[Photo by ...]", "Photo: ...", "Graphic: ...".
_CREDIT = re.compile(r"\b(?:photo|photograph|picture|image|graphic|chart|illustration|credit)s?(?:\s+source)?\s*(?:by\b|:|/)", re.I)
CAPTION_MAX_WORDS = 60


def _caption_elements(tree) -> list:
    """A page's figure captions, outermost only: <figcaption>, elements with a caption class, and
    a short paragraph with a photo credit right after a figure that has no caption of its own."""
    found = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("body", "html", "article", "main", "section"):
            continue
        # (a CSS module's hashed classes name nothing: its test hook may, "<div data-testid='image-caption'>")
        classes = (element.get("class") or "").split() + (element.get("data-testid") or "").split() \
            + (element.get("itemprop") or "").split()  # (schema.org's "<span itemprop='caption'>")
        if element.tag == "figcaption" or any(_CAPTION_CLASS.search(c) for c in classes) \
                and len("".join(element.itertext()).split()) <= CAPTION_MAX_WORDS \
                and not (len("".join(element.itertext()).split()) <= 3 and not any(  # (GOV.UK's "govuk-caption-xl" label
                    a.xpath(".//img | .//picture | .//figure") for a in list(element.iterancestors())[:2])) \
                and not _linked_item(element):  # "Press release")
            found.append(element)
        elif element.tag in ("p", "div") and element.getparent() is not None and element.getparent().tag == "figure" \
                and element.getparent().find(".//img") is not None and not element.getparent().xpath(".//figcaption") \
                and element.find(".//img") is None and "".join(element.itertext()).strip() \
                and len("".join(element.itertext()).split()) <= CAPTION_MAX_WORDS:
            found.append(element)  # "<figure><img><p class='desc-con'>This file photo shows ... (HPA)</p></figure>"
            # (or a <div> of a caption's and a credit's spans: "<div class='gnt_em_img_ccw'><span>A technician ...</span>")
        elif _picture_box(element):
            found.append(element)  # <div class="imgboxa"><img><p>caption</p><p class="credit">Photo: A</p></div>
        elif element.get("itemprop") in ("name", "caption", "description") and element.find(".//img") is None \
                and any("ImageObject" in (a.get("itemtype") or "") for a in list(element.iterancestors())[:4]) \
                and 0 < len("".join(element.itertext()).split()) <= CAPTION_MAX_WORDS:
            found.append(element)  # Tilda's "<div itemtype='http://schema.org/ImageObject'><img><div itemprop='name'>...</div>"
        elif element.tag == "p" and _styled_like_its_picture(element):
            found.append(element)  # <p class="pictext"><img></p><p class="pictext">caption</p>
        elif element.tag == "p" and _CREDIT.search("".join(element.itertext())) \
                and len("".join(element.itertext()).split()) <= CAPTION_MAX_WORDS:
            previous = element.getprevious()
            # (or the picture itself right before it: a newsletter's "<img class='mcnImage'><p><em>...</em> Chart: ...</p>";
            # a blog's Markdown, "<p><img></p><p><em>...</em> <small>Photo : A</small></p>")
            if previous is not None and (previous.tag in ("figure", "img") or previous.tag in ("div", "span", "a", "section", "p") and
                                         previous.find(".//img") is not None and not "".join(previous.itertext()).strip()) \
                    and not previous.xpath(".//figcaption"):
                found.append(element)
    chosen = set(found)
    # (not a picture in a newsletter's sign-off box: the writer's photo under "That's all for this Sunday")
    return [e for e in found if not any(a in chosen or _photo_sign_off(a) for a in e.iterancestors())]


def _photo_sign_off(box) -> bool:
    """"<div class='signoff'><p>That's all for this Sunday ...</p><p>— Dana</p><div class='image'><img>...": a newsletter's
    farewell box with the writer's photo (not a line signing the text, "<p class='signoff'>— Written by A and B</p>")."""
    return box.tag == "div" and bool(re.search(r"(?:^|\s)sign-?off(?:$|\s)", box.get("class") or "", re.I)) \
        and bool(box.xpath(".//img"))


def _linked_item(element) -> bool:
    """"<li class='cap'><a href='/export-controls/'>Export Controls</a></li>": a sidebar's list of links (a firm's
    "capabilities") whose class looks like a caption's, with no picture near it."""
    text = _clean(" ".join(element.itertext()))
    links = element.xpath(".//a")
    return bool(text) and len(links) == 1 and _clean(" ".join(links[0].itertext())) == text and not any(
        a.xpath(".//img | .//picture | .//figure | .//amp-img") for a in list(element.iterancestors())[:3])


PICTURE_BOX_MAX_LINES = 2  # a caption and its credit
_WRITER_CARD = re.compile(r"author|bio|profile|byline|contributor|staff|person|team|avatar|expert", re.I)


def _picture_box(element) -> bool:
    """A box of one picture and a line or two of prose under it, whatever its class: the picture's caption (and
    credit). Not a card that links elsewhere (a related story's picture and headline) nor a writer's card."""
    if element.tag not in ("div", "span", "section") or element.xpath(".//figure | .//figcaption | .//h1 | .//h2 | .//h3 | .//h4"
                                                                      " | .//li | .//button | .//form | .//table"):
        return False
    if any(_WRITER_CARD.search(e.get("class") or "") for e in (element, *list(element.iterancestors())[:2])):
        return False
    first_text = next((t for t in element.xpath(".//text()") if t.strip()), None)
    if first_text is not None and (first_text.getparent().tag == "a" or next(first_text.getparent().iterancestors("a"), None) is not None):
        return False  # (a writer's card: her picture, her linked name, her bio)
    pictures = [c for c in element if c.tag == "img" or c.tag in ("a", "picture", "span", "div") and c.find(".//img") is not None
                and not "".join(c.itertext()).strip()]
    lines = [c for c in element if isinstance(c.tag, str) and c not in pictures and "".join(c.itertext()).strip()]
    text = " ".join("".join(element.itertext()).split())
    linked = " ".join(" ".join("".join(a.itertext()).split()) for a in element.iter("a"))
    return len(pictures) == 1 and len(element.xpath(".//img")) == 1 and 1 <= len(lines) <= PICTURE_BOX_MAX_LINES \
        and all(c.tag in ("p", "span", "div", "small", "em", "i", "cite") for c in lines) \
        and not (element.text or "").strip() and 3 <= len(text.split()) <= CAPTION_MAX_WORDS and len(linked) * 2 < len(text) \
        and (_SENTENCE_END.search(first := " ".join("".join(lines[0].itertext()).split())) is not None
             or _CREDIT.search(first) is not None)  # (... or ending on its credit: "... shift change. Photo: Joe Okafor / Local 88")


def _styled_like_its_picture(element) -> bool:
    """A short paragraph right after a paragraph that is only a picture, marked up the same way
    (the same class, or both centred): the picture's caption."""
    previous = element.getprevious()
    text = " ".join("".join(element.itertext()).split())
    if previous is None or previous.tag != "p" or previous.find(".//img") is None \
            or "".join(previous.itertext()).strip() or not text or len(text.split()) > CAPTION_MAX_WORDS:
        return False
    same_class = bool(element.get("class")) and element.get("class") == previous.get("class")
    centred = element.get("align") == previous.get("align") == "center"
    # ... or set apart on its own: all in italics ("<p><em>Figure 1. Lead times ...</em></p>"), or a figure's number first
    italic = len(element) == 1 and element[0].tag in ("em", "i") and " ".join("".join(element[0].itertext()).split()) == text \
        and not (element.text or "").strip()
    return same_class or centred or italic or bool(_FIGURE_NUMBER.match(text))


_FIGURE_NUMBER = re.compile(r"(?:Figure|Fig\.|Chart|Exhibit|Graphic|Table|Map)\s*\d{1,2}[.:]\s", re.I)


_ENLARGE = re.compile(r"(?:clickto|tapto)?(?:enlarge|expand|zoom|viewlarger|viewfullsize|fullscreen)(?:this)?(?:image|picture|photo|chart|"
                      r"graphic|exhibit|figure|map|table)?", re.I)  # (compared as keys: no spaces)


CAPTION_PIECE_MIN_CHARS = 40


def _place_captions(blocks: list[Block], captions: list[tuple[int, str, str]]) -> list[Block]:
    """Captions after the block they follow; a caption trafilatura took for a paragraph is a
    caption, and a piece of a caption it took for one (the credit alone) goes."""
    caption_keys = {_key(f"{text} {credit}".strip()) for _, text, credit in captions} | {_key(t) for _, t, _ in captions}
    result: list[Block] = [Block(text, 0, "caption", credit=credit) for after, text, credit in captions if after < 0]
    for index, block in enumerate(blocks):
        key = _key(block.text)
        # (or the caption with its picture's button run on: "...Ashgrove analysisClick to enlarge exhibit")
        key = next((c for c in caption_keys if key.startswith(c) and _ENLARGE.fullmatch(key[len(c):])), key)
        # (... or its first paragraph, however long, the maker's credit under it: "<figcaption><p>How a controller
        # connects today: ...</p><p>Diagram: Europa Point Mobility</p>")
        piece = len(block.text.split()) <= 20 and any(key in c for c in caption_keys) \
            or len(key) >= CAPTION_PIECE_MIN_CHARS and any(c.startswith(key) for c in caption_keys)
        if key not in caption_keys and not piece:
            result.append(block)
        result.extend(Block(text, 0, "caption", credit=credit) for after, text, credit in captions if after == index)
    return result


# "A cargo ship leaves a port in Qingdao on Dec 20. [Photo by Sun Haitao/For Huaxia Daily]": a paragraph a picture's
# credit in brackets closes is the picture's caption, whatever its markup (an old CMS's centred <p>)
_BRACKETED_CREDIT = re.compile(r"\s*[\[(]\s*((?:Photo|Photograph|Picture|Image|File photo)s?\s*(?:by\b|:|/)\s*[^\[\]()]{2,80}?)\s*[\])]\s*$",
                               re.I)


def _picture_credits(tree) -> set[str]:
    """The names only a picture's credit gives, loosely ("PHOTO: SG CURRENT/GAVIN TEO": "sgcurrent", "gavinteo"); not a
    writer's who took the pictures too, whom the byline names as well."""
    names: list[str] = []
    credited = ""
    for element in tree.xpath("//body//figcaption | //body//*[re:test(@class, 'caption|credit|picture-author|photo-author', 'i')]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean(" ".join(element.itertext()))
        credited += " " + text
        for credit in _PICTURE_CREDIT.finditer(text):
            names += [_loose(part) for part in re.split(r"\s*[/,;|]\s*|\s+for\s+", credit.group(1)) if part.strip()]
    if not names:
        return set()
    body = next(tree.iter("body"), tree)
    everywhere, in_credits = _loose(" ".join(body.itertext())), _loose(credited)
    return {n for n in names if n and everywhere.count(n) <= in_credits.count(n)}


_PICTURE_CREDIT = re.compile(r"\b(?i:photo(?:graph)?s?|foto|image|picture|pic|credit)\s*(?:by\s*)?[:：]\s*([^.()]{3,80})")


# A picture's credit on a line of its own: "Foto: Reynaldo Ticona", "Photo: A / Agency"
_CREDIT_ALONE = re.compile(r"(?:Photo|Foto|Fotografía|Fotografia|Photograph|Image|Imagen|Crédito|Credit)s?\s*:\s*"
                           r"[A-ZÀ-Þ][\w'’.-]+(?:\s+[\w'’.&/-]+){0,6}")
CREDITED_CAPTION_MAX_WORDS = 30


def _credited_captions(blocks: list[Block]) -> list[Block]:
    # (a caption in a box of its own, its credit on the line under it: a page builder's picture and caption boxes)
    blocks = [Block(b.text, b.line, "caption", credit=_CREDIT_ALONE.fullmatch(after.text.strip()).group(0).split(":", 1)[1].strip())
              if b.kind == "text" and after is not None and after.kind == "text" and _CREDIT_ALONE.fullmatch(after.text.strip())
              and len(b.text.split()) <= CREDITED_CAPTION_MAX_WORDS and not _CREDIT_ALONE.fullmatch(b.text.strip()) else b
              for b, after in zip(blocks, [*blocks[1:], None])]
    blocks = [b for b, before in zip(blocks, [None, *blocks]) if not (before is not None and before.kind == "caption"
                                                                     and before.credit and _CREDIT_ALONE.fullmatch(b.text.strip()))]
    result = []
    for block in blocks:
        credit = _BRACKETED_CREDIT.search(block.text) if block.kind == "text" and len(block.text.split()) <= CAPTION_MAX_WORDS else None
        result.append(Block(block.text[:credit.start()].strip(), block.line, "caption", credit=credit.group(1))
                      if credit and credit.start() > 0 else block)
    return _gallery_captions(result)


# A gallery's caption controls: "Image 1 of 5" over it, "... more" after its cut copy and "less" after the whole one
_GALLERY_COUNTER = re.compile(r"^(?i:image|photo|picture|slide)\s+\d{1,3}\s+(?i:of|/)\s+\d{1,3}\b\s*[:.\-–—]?\s*")
_CAPTION_MORE = re.compile(r"\s*(?:\.{3}|…)\s*(?i:(?:read |show )?more)(?![a-z])\s*")
_CAPTION_LESS = re.compile(r"(?<=[.!?)\]”\"])\s*(?i:(?:read |show )?less)\s*$")


def _gallery_captions(blocks: list[Block]) -> list[Block]:
    """A gallery's captions once each, without its controls: the whole caption is kept (with the credit its copies
    carried, where it has none); its cut copy, its repeats (a gallery prints each photo's caption in its slide and
    again in its list) and a block of its copies run together ("... nation. lessU.S. Defense ... relations ...
    morePhoto: Hau Dinh, AP") are the same words."""
    tidy = []
    for block in blocks:
        if block.kind == "caption":
            text = _CAPTION_LESS.sub("", _GALLERY_COUNTER.sub("", block.text)).strip()
            block = Block(text, block.line, block.kind, block.speaker, block.credit)
        tidy.append(block)
    whole = [_loose(b.text) for b in tidy if b.kind == "caption" and not _CAPTION_MORE.search(b.text)]

    def of_caption(piece: str) -> bool:
        return len(piece.split()) >= GALLERY_CUT_MIN_WORDS and any(w.startswith(_loose(piece)) for w in whole)

    result: list[Block] = []
    seen: set[str] = set()
    for block in tidy:
        pieces = [p.strip() for p in _GALLERY_CONTROLS.split(block.text)] if block.kind in ("text", "caption") else []
        if len(pieces) >= 2 and all(of_caption(p) for p in pieces[:-1]) \
                and (not pieces[-1] or of_caption(pieces[-1]) or len(pieces[-1].split()) <= GALLERY_CREDIT_MAX_WORDS):
            credit = pieces[-1] if pieces[-1] and not of_caption(pieces[-1]) else ""
            owner = next((i for i, b in enumerate(result) if b.kind == "caption" and _loose(b.text).startswith(_loose(pieces[0]))), None)
            if credit and owner is not None and not result[owner].credit:
                result[owner] = Block(result[owner].text, result[owner].line, "caption", credit=credit)
            elif credit and owner is None:
                result.append(Block(pieces[0], block.line, "caption", credit=credit))  # (its whole copy comes later)
                seen.add(_loose(pieces[0]))
            continue
        if block.kind == "caption":
            if any(k.startswith(_loose(block.text)) for k in seen):
                continue
            seen.add(_loose(block.text))
        result.append(block)
    return result


GALLERY_CUT_MIN_WORDS = 8  # words of a caption's cut copy before it is taken for the same caption
GALLERY_CREDIT_MAX_WORDS = 10  # words of the credit after a caption's copies
_GALLERY_CONTROLS = re.compile(r"(?<=[.!?)\]”\"])\s*(?i:(?:read |show )?less)(?=[A-Z\s]|$)|\s*(?:\.{3}|…)\s*(?i:(?:read |show )?more)(?![a-z])")


def _common_ancestor(elements):
    paths = [list(reversed([e, *e.iterancestors()])) for e in elements]
    common = paths[0][0]
    for level in zip(*paths):
        if all(e is level[0] for e in level):
            common = level[0]
        else:
            break
    return common


# What was left out


def _left_out(tree, blocks: list[Block], shown: tuple[str, ...]) -> tuple[int, int]:
    """(blocks, words) of the page's visible text that did not become part of the article."""
    body = tree.find(".//body")
    if body is None:
        return 0, 0
    body = copy.deepcopy(body)  # (counted on a copy: the page's logo and header are still read after this)
    for element in list(body.iter(*_INVISIBLE)):
        if element.getparent() is not None:
            element.getparent().remove(element)
    total = len(" ".join(body.itertext()).split())
    kept_texts = [*shown, *(b.text for b in blocks)]
    kept_words = sum(len(t.split()) for t in kept_texts)
    kept_keys = " ".join(_key(t) for t in kept_texts)
    left = 0
    for element in body.iter("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd", "blockquote", "figcaption"):
        if any(child.tag in ("p", "li", "blockquote") for child in element.iterdescendants()):
            continue
        key = _key(_clean("".join(element.itertext())))
        if key and key not in kept_keys:
            left += 1
    return left, max(0, total - kept_words)


# Metadata


# Words that are never part of a person's name in a byline: labels of the line around it.
_NOT_NAME_WORDS = re.compile(r"\b(?:source|published|updated|posted|editor|edited|photo|photos|copyright|share)\b", re.I)


def _tab(tree) -> str:
    """The page's <title>, as its browser tab shows it."""
    return next((_clean("".join(e.itertext())) for e in tree.iter("title")), "")


def _shown_text(tree, footer: bool = True) -> str:
    """The text a reader sees on the page: its body's, without its scripts and styles (and its footer, if not
    ``footer``)."""
    below = "" if footer else " or ancestor::footer or ancestor::*[re:test(concat(@class, ' ', @id), 'footer|copyright', 'i')]"
    return " ".join(tree.xpath(f"//body//text()[not(ancestor::script or ancestor::style{below})]",
                               namespaces={"re": "http://exslt.org/regular-expressions"}))


def _one_spelling(names: tuple[str, ...], shown: str = "") -> tuple[str, ...]:
    """"Tomas Ferreira" (a meta tag without its accent) and "Tomás Ferreira" (the byline) are one writer: the
    spelling with its accents, in the place the name first came. So are "Priya Natarajan Holt" and "Priya
    Natarajan-Holt", and "Jordan Ebersol" and "Jordan Ebersole" (a JSON-LD's slip, a letter short): the spelling the
    page shows its reader (``shown``, its visible text), else the one with its accents."""
    folded = _folded

    def same(a: str, b: str) -> bool:
        return folded(a) == folded(b) or a.split()[:1] == b.split()[:1] and abs(len(folded(a)) - len(folded(b))) == 1 and (
            folded(a).startswith(folded(b)) or folded(b).startswith(folded(a))) and min(len(folded(a)), len(folded(b))) >= 8

    def rank(name: str) -> tuple[bool, int]:
        return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", shown)), sum(not c.isascii() for c in name)
    keys: dict[str, str] = {}
    best: dict[str, str] = {}
    for name in names:
        keys[name] = key = next((k for k, kept in best.items() if same(kept, name)), folded(name))
        if key not in best or rank(name) > rank(best[key]):
            best[key] = name
    # (... and a name the markup spells without its accents, which the page shows with them: "Selin Karaosmanoglu" in the
    # JSON-LD, "Selin Karaosmanoğlu" in the byline)
    return tuple(dict.fromkeys(_as_shown(best[keys[n]], shown) for n in names))


def _folded(name: str) -> str:
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


def _as_shown(name: str, shown: str) -> str:
    if not shown or not name.isascii() or re.search(rf"(?<!\w){re.escape(name)}(?!\w)", shown):
        return name
    pattern = "".join(f"(?:{re.escape(c)}|[^\\x00-\\x7f])" if c.isalpha() else re.escape(c) for c in name)
    return next((m.group(0) for m in re.finditer(rf"(?<!\w){pattern}(?!\w)", shown) if _folded(m.group(0)) == _folded(name)), name)


JOB_LINE_MAX_WORDS = 8  # "Head of Corporate Communications and Public Affairs": a job's line under a name
_JOB_OPENING = re.compile(r"(?:Head|Director|Chief|Manager|Senior|Vice|Deputy|Lead|Principal|Executive|Editor|Reporter"
                          r"|Correspondent|Writer|Press|Communications|Media)\b")  # the first word of such a line


_REPLY_BOX = ("ancestor::*[re:test(concat(@class, ' ', @id), 'comment|h-cite|webmention|(?:^|[\\s_-])repl(?:y|ies)(?:$|[\\s_-])"
              "|(?:^|[\\s_-])wm-|(?:^|[\\s_-])forum(?:$|[\\s_-])', 'i')]")


def _only_in_replies(tree, name: str) -> bool:
    """The name the page prints only in its comments or replies (a webmention's author, a commenter's card)."""
    holders = [t for t in tree.xpath("//body//text()[not(ancestor::script)]") if name and name in t]
    return bool(holders) and all(t.getparent().xpath(_REPLY_BOX, namespaces={"re": "http://exslt.org/regular-expressions"})
                                 for t in holders)


def _without_job_line(tree, value: str) -> str:
    """trafilatura's "Harriet Ashdown; Kwame Tetteh Business reporters": the line under the byline, the writers' job,
    run on to the last name. Cut where the page sets it apart, as a text of its own."""
    last = value.split(";")[-1].strip()
    if not (_ROLE_WORDS.search(last) or _JOB_OPENING.search(last)) or len(last.split()) < 3:
        return value
    for text in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
        job = _clean(text)
        if job and len(job.split()) <= 3 and _ROLE_WORDS.search(job) and last.endswith(" " + job) \
                and _name_like(last[:-len(job)].strip()):
            return value[:len(value) - len(job)].rstrip()
        # (... or its start, where trafilatura stopped at a small word: "Maja Rozman Head", the line "Head of Corporate
        # Communications")
        words = job.split()
        start = next((" ".join(words[:k]) for k in range(min(len(words), JOB_LINE_MAX_WORDS), 0, -1)
                      if last.endswith(" " + " ".join(words[:k]))), "") if job and _JOB_OPENING.match(job) else ""
        if start and len(words) <= JOB_LINE_MAX_WORDS and _name_like(last[:-len(start)].strip()):
            return value[:len(value) - len(start)].rstrip()
    return value


def _authors(value: str) -> tuple[str, ...]:
    """trafilatura joins several authors with ';'. A part that is a bio ("Elena Park covers
    semiconductors") keeps its name; what trafilatura split off the rest of a bio ("The Tech
    Supply Chain") and parts that are labels ("Source ... Published ...") are not names."""
    names: list[str] = []
    if ";" not in value and _NO_PERSON.search(value):
        return ()  # "Directorate-General for Trade and Economic Security": a body, whatever its "and" splits off
    for part in re.split(r"\s*[;·•]\s*", value):  # (";" as trafilatura joins them, "·" as a Korean site's byline does)
        # ("Text: Laura Heikkilä", a university page's credit, its colon perhaps lost with the markup)
        part = re.sub(rf"^(?:by|written by|authors?\s*:?|(?:text|texte|texto|testo|teksti|tekst)\s*:?|{_PIECE_BY})\s+", "",
                      _clean(part), flags=re.I)
        # "Aino Kettunen Communications Manager": the name, then the job the card sets beside it, run together
        named = re.sub(r"\s+(?:[A-Z][a-z]+\s+)?(?:Manager|Officer|Director|Editor|Specialist|Coordinator)$", "", part)
        part = named if len(named.split()) >= 2 else part
        # "Colm Brennan Photographs by Lucía Ferrán": the byline and the photographer's credit run together
        part = re.sub(r"\s+(?:photographs|photography|illustrations?|graphics|video)(?:\s+by\b.*)?$", "", part, flags=re.I)
        # "Zhou Mingde Published Nov": the byline and the date line after it run together
        part = re.sub(r"\s+(?:Published|Updated|Posted|Last updated)\b.*$", "", part)
        # "Lin Yu-ting / Staff reporter, with agencies": the name, then a slash and the writer's job or the desk
        # "Partner Kenichiro Takeda": trafilatura's split of "A, Partner / B, Partner" puts each job before the next name
        part = re.sub(rf"^(?:(?:{_JOB_RANKS})\s+)?(?:{_JOB_NOUNS})\s+(?=[A-Z][\w'’-]+\s+[A-Z])", "", part)
        job = re.match(r"(?P<name>[^/]{3,60}?)\s+/\s+(?P<job>.+)$", part)
        if job and _ROLE_WORDS.search(job.group("job")) and _name_like(job.group("name")):
            part = job.group("name")
        if not part or _NOT_NAME_WORDS.search(part) or re.match(r"(?:the|a|an)\s", part, re.I) or _DESK.search(part):
            continue
        jobs = [p for p in _JOB_AFTER_NAME.split(part) if p.strip()]
        if len(jobs) >= 2 and _JOB_AFTER_NAME.search(part) and all(_name_like(p.strip()) for p in jobs):
            # "Inês Carvalho-Brandt Senior Fellow Tomáš Hrubec Research Analyst": two cards' names and jobs run together
            names += [p.strip() for p in jobs if p.strip() not in names]
            continue
        part = _name_part(_surname_first(part))
        if _ROLE_WORDS.search(part):
            continue  # the job after a name: "Dana Whitcombe; Senior Trade Reporter"
        if part and part not in names:
            names.append(part)
    return tuple(names)


# A writer's job as a firm's or a think tank's cards print it after the name: "Senior Fellow", "Of Counsel", "Partner".
_JOB_RANKS = "Senior|Managing|Special|Principal|Lead|Chief|Research|Non-[Rr]esident|Visiting"
_JOB_NOUNS = "Fellow|Analyst|Director|Partner|Associate|Counsel|Economist|Strategist|Consultant|Adviser|Advisor|Researcher" \
             "|Law Clerk|Paralegal"
_JOB_AFTER_NAME = re.compile(rf"\s+(?:(?:{_JOB_RANKS})\s+)?(?:{_JOB_NOUNS})\b\s*")
_JOBS = re.compile(rf"(?:(?:{_JOB_RANKS}|Of|{_JOB_NOUNS})\s?)*")  # (a line of jobs alone)
_BYLINE = re.compile(r"(?:by|written by|authors?\s*:)\s+(?P<names>[^.!?:;\"“”]+)$", re.I)
# "Rioni Business Review (English)": the edition in brackets after the site's name
_BRACKETED_EDITION = re.compile(r"\s*\((?:English|English edition|EN|International)\)$")
_OFFICE_CELL = re.compile(r"\b(?:Secretariat|Office|Desk|Bureau|Newsroom|Team|Department|Unit)$")  # a byline's office after a bar
_AUTHORS_LINE = re.compile(r"authors?\s*:\s+(?P<names>[^.!?:;\"“”]+)$", re.I)  # "Authors: A and B", a label of its own
_ROLE_WORDS = re.compile(r"\b(?:reporters?|correspondents?|staff|writers?|desk|agency|bureau|news|editors?)\b", re.I)
# A desk, not a person: a newsroom in the site's language, or a directorate's initials ("COMM/DG/UNIT").
_DESK = re.compile(r"\b(?:newsroom|newsdesk|redação|redacção|redacción|rédaction|redaktion|redazione|redactie|redakcja|redac[țţ]ia|redakce"
                   r"|redakcia|redakcija|redaksjonen|redaktionen|toimitus|redaksi|uredništvo|редакция|редакція|редакција)\b"
                   # "Record Staff", "IAG Communications": a team's account, not a writer
                   r"|\b(?:staff|desk|team|reporters|editors|correspondents|communications|comms|marketing|admin|board|web|webmaster"
                   r"|transcribing|transcripts)$"  # ("MarketMoat Transcribing": a transcript service's house byline)
                   # "Economic Security Program" (a think tank's meta author): its program, not a writer
                   r"|\b(?:program|programme|initiative)$"
                   r"|^guest user$|^(?:site )?admin(?:istrator)?$|^guest (?:contributor|author|writer|columnist)$"
                   r"|^super ?user$|^webmaster$"  # (a CMS's default account: Joomla's "Super User")
                   # a label or a job trafilatura took for a name: "More" (an author box's link), "Partner", "Counsel"
                   r"|^(?:more|partner|counsel|associate|of counsel|senior associate|principal|director|authors?|contributors?|writers?|written by)$"
                   # ("SUN MEI" in capitals is a name: words a desk's initials join by spaces have a word without a vowel)
                   r"|(?-i:^[A-Z]{2,5}(?:/[A-Z]{2,5})*$|^(?=.*\b[B-DF-HJ-NP-TV-Z]{2,5}\b)[A-Z]{2,5}(?: [A-Z]{2,5})+$)", re.I)
BYLINE_MAX_WORDS = 12


def _byline_authors(blocks: list[Block]) -> tuple[str, ...]:
    """Authors from a byline line opening the article ("By Global Dispatch reporter Chen Qing"),
    when the markup names none: each name is the capitalised words after the last lower-case
    word (the outlet and the role come before it)."""
    # (or one of the first three: "Report · Programme" / "Authors: A and B" under a report's title)
    texts = [b.text for b in blocks if b.kind == "text"][:3]
    match = next((m for n, t in enumerate(texts) if len(t.split()) <= BYLINE_MAX_WORDS
                  and (m := _BYLINE.match(t) if n == 0 else _AUTHORS_LINE.match(t))), None)
    if not match:
        return ()
    names: list[str] = []
    for part in re.split(r"\s*(?:,|&|\band\b)\s*", match.group("names")):
        words = part.split()
        start = max((i + 1 for i, w in enumerate(words) if w[:1].islower() and w not in NAME_PARTICLES), default=0)
        name = " ".join(words[start:])
        if len(name.split()) >= 2 and not _ROLE_WORDS.search(name) and not (names and _CARD_JOB.search(name)):
            names.append(name)  # (not "Communications Manager", the job after the name: "By Dana Okafor, Communications Manager")
    return tuple(dict.fromkeys(names))


def _byline_near_title(tree, separated: bool = False) -> tuple[str, ...]:
    """"By WANG LIXIN in Beijing | Huaxia Daily | Updated: ..." printed under the <h1>, outside the
    container trafilatura took for the article: the names before the first separator (`separated`: only a
    byline a separator ends, not one that runs on into its date or place)."""
    h1 = tree.xpath("//h1")
    if len(h1) != 1:
        return ()
    seen = 0
    # (the <h1>'s own siblings, then its box's: "<div class='title'><h1>..</h1><h2>..</h2></div><div class='tools'>By ..")
    parent = h1[0].getparent()
    for element in itertools.chain(h1[0].itersiblings(), parent.itersiblings() if parent is not None else ()):
        for node in element.iter("p", "span", "div"):
            text = _clean("".join(node.itertext()))
            seen += 1
            if separated and node.xpath("./p | ./span | ./div"):
                continue  # (a box's text runs its byline into its date: "By A and B Published Tue ... |")
            # (or an episode's host: "Hosted by Marisa Quon")
            match = re.match(r"^(?:By|Written by|Hosted by)\s+(.{2,80}?)(?:\s*[|·•/]" + ("" if separated else "|$") + ")", text)
            # ("By A  /  Staff reporter", "B/ Staff Writers")
            if match and len(text.split()) <= BYLINE_MAX_WORDS * 2:
                names = re.sub(r"\s+in\s+[A-Z][\w.' -]*?(?=\s*(?:,|&|\band\b|$))", "", match.group(1))
                found = tuple(_byline_case(n) for n in re.split(r"\s*(?:,|&|\band\b)\s*", names)
                              if _name_like(_byline_case(n)))
                # (not the job after the name: "By Mariana Quintero Rojas, Managing Partner")
                found = tuple(n for k, n in enumerate(found) if not (k and _CARD_JOB.search(n)))
                if found:
                    return found
        if seen > 12:
            break
    return ()


def _meta_row(tree) -> tuple[str, dt.date | None]:
    """"Edson Fortes · 21.11.2029 · 6 min read" under the <h1> of a site builder's post with no metadata: the writer's
    name, then the day, in cells (a dotted date is day first, as the sites that print it so write it)."""
    h1 = tree.xpath("//h1")
    if len(h1) != 1:
        return "", None
    for node in h1[0].xpath(f"following::*[self::p or self::div or self::span][position() <= {META_ROW_REACH}]"):
        if node.xpath("./p | ./div"):
            continue
        cells = re.split(r"\s+[·•|]\s+", _clean(" ".join(node.itertext())))
        if not 2 <= len(cells) <= 4 or not 2 <= len(cells[0].split()) <= 4 or not _name_like(cells[0]) \
                or _CARD_JOB.search(cells[0]) or set(cells[0].split()) & set(OUTLET_WORDS):
            continue  # (not an office's name: "Washington Foreign Press Center | July 10, 2025")
        for cell in cells[1:]:
            found = _MONTH_DAY_YEAR.search(cell)
            dotted = _DOTTED_DAY.fullmatch(cell.strip())
            try:
                day = _found_date(found) if found else dt.date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1))) \
                    if dotted else None
            except ValueError:
                day = None
            if day:
                return cells[0], day
    return "", None


META_ROW_REACH = 40  # elements after the <h1> where a post's row of writer, day and reading time may sit
_DOTTED_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)")


_HELPED = re.compile(r"(?i:with (?:inputs|files|additional reporting|reporting) from|additional reporting by)\s+"
                     r"([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})")


def _byline_contributors(tree) -> set[str]:
    """Who the byline says only helped ("By A | With inputs from B in Bengaluru"), whatever the metadata lists."""
    texts = [_clean(" ".join(e.itertext())) for e in tree.xpath(
        "//*[re:test(@class, '(?:^|\\s|-|_)(?:byline|attribution|authors?)(?:$|\\s|-|_|\\d)', 'i')]",
        namespaces={"re": "http://exslt.org/regular-expressions"})]
    # ... or the authors' thanks under the text: "The authors thank Lila Brandt for research assistance."
    thanks = {m.group(1) for t in tree.xpath("//body//p//text()") for m in _THANKED_HELPER.finditer(_clean(t))}
    # ... or a credit line of its own under the text: "Additional reporting by Chen Wei-lun in Taipei."
    credited = [t for p in tree.xpath("//body//p") if (t := _clean(" ".join(p.itertext()))) and _HELPED.match(t.lstrip("(—–- "))]
    return {m.group(1) for t in [*texts, *credited] if len(t.split()) <= BYLINE_MAX_WORDS * 3 for m in _HELPED.finditer(t)} | thanks


_THANKED_HELPER = re.compile(r"\b(?:thanks?|grateful to)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+for\s+(?:\w+\s+){0,2}"
                             r"(?:research|editorial|data|production|fact-checking)\s+(?:assistance|support|help)")


def _account_post_author(tree) -> tuple[str, ...]:
    """A WeChat official account's post: its writer in the meta line over the text, beside the account's name
    ("<span class='rich_media_meta rich_media_meta_text'>Zhou Yiran</span>"), or in the page's script."""
    names = [_clean("".join(e.itertext())) for e in tree.xpath(
        "//*[@id='meta_content']//*[contains(@class, 'rich_media_meta_text')][not(@id)][not(.//*[@id])]")]
    names += re.findall(r"\bvar\s+author\s*=\s*[\"']([^\"'\n]{2,60})[\"']", " ".join(tree.xpath("//script/text()")))
    return tuple(dict.fromkeys(n for n in names if _name_like(n)))[:1]


def _about_box_authors(tree) -> tuple[str, ...]:
    """"About the author" under the text, the writer named only there: the names its paragraphs open with
    ("<a href='/author/...'>Harriet Caulfield</a> is the Standard's industry editor")."""
    names: list[str] = []
    for heading in tree.xpath("//*[self::h2 or self::h3 or self::h4 or self::div or self::p or self::span]"
                              "[re:test(normalize-space(), '^About (?:the|our) (?:authors?|writers?|contributors?)$', 'i')]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        box = heading.getparent()
        for paragraph in box.iter("p", "div") if box is not None else ():
            match = re.match(r"((?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+)\s+(?:is|was|writes|covers|leads)\b",
                             _clean("".join(paragraph.itertext())))
            if match and _name_like(match.group(1)):
                names.append(match.group(1))
    return tuple(dict.fromkeys(names))


def _name_part(text: str) -> str:
    """A name followed by a sentence about its bearer ("Elena Park covers ...", "Ian Lo is a ..."):
    the capitalised words before the first lower-case word that is not a name particle."""
    words = text.split()
    for index, word in enumerate(words):
        if word[:1].islower() and word not in NAME_PARTICLES:
            return " ".join(words[:index]).rstrip(",") if index >= 2 and len(words) - index >= 2 else text
    return text


def _one_order(tree, names: tuple[str, ...]) -> tuple[str, ...]:
    """"Mariko Hayashi" (the JSON-LD) and "Hayashi Mariko" (the page): one writer, named as the page shows them."""
    forms: dict[frozenset[str], list[str]] = {}
    for name in names:
        forms.setdefault(frozenset(name.lower().split()), []).append(name)
    if all(len(f) == 1 for f in forms.values()):
        return names
    shown = _shown_text(tree)
    return tuple(next((n for n in f if n in shown), f[0]) for f in forms.values())


def _listed_names(value: str) -> list[str]:
    """"Maren Holloway, Derek Quan": the names one tag lists."""
    value = _clean(value)
    return re.split(r"\s*(?:,|&|·|\band\b)\s*", value) if "," in value or " and " in value or "·" in value else [value]


def _without_paper(name: str, site_name: str) -> str:
    """A writer's name without the paper's short name after it ("Cody Ramsland The Courier" on The Central Nebraska
    Courier's page), which a byline prints after its last writer."""
    paper = re.fullmatch(r"(.+?\S)\s+(The(?:\s+[A-Z][\w'’-]*){1,3})", name)
    if paper and site_name and len(paper.group(1).split()) >= 2 \
            and re.search(rf"\b{re.escape(paper.group(2).split()[-1])}\b", site_name, re.I):
        return paper.group(1)
    return name


def _printed_byline(tree) -> tuple[str, ...]:
    """The writers a paragraph of the page's body prints as its byline ("<p><strong>By A in Lisbon and B in Setúbal
    </strong></p>"), each name without the place it files from; () where none does."""
    for element in tree.xpath("//body//p[not(ancestor::footer or ancestor::aside or ancestor::nav)]")[:BYLINE_PARAGRAPH_REACH]:
        match = _BYLINE.match(_clean(" ".join(element.itertext())))
        if not match or len(match.group("names").split()) > BYLINE_MAX_WORDS:
            continue
        names = tuple(re.sub(r"\s+in\s+[A-ZÀ-Þ][\w'’ -]*$", "", n.strip())
                      for n in re.split(r"\s*(?:,|&|\band\b)\s*", match.group("names")) if n.strip())
        if names and all(_name_like(n) and len(n.split()) >= 2 and not (_ROLE_WORDS.search(n) or _JOB_OPENING.search(n)
                                                                         or _CARD_JOB.search(n)) for n in names):
            return names  # (not "By A, Communications Manager": a writer and her job)
    return ()


BYLINE_PARAGRAPH_REACH = 12  # paragraphs from the top of the page's body where a byline may be printed


def _more_authors(tree, found: tuple[str, ...]) -> tuple[str, ...]:
    """Every author the page names in its markup (microdata, repeated meta tags), when
    trafilatura kept fewer: several authors are a list, not the first of them."""
    names: list[str] = []
    accounts: list[str] = []  # the JSON-LD's "ashgrove_web": a CMS account, which trafilatura capitalises into a name
    for element in tree.xpath("//*[@itemprop='author']"):
        inner = element.xpath(".//*[@itemprop='name']")
        value = element.get("content") or " ".join("".join((inner[0] if inner else element).itertext()).split())
        # ("<span itemprop='author'>Dale Kowalczyk and Rosa Medina-Cruz</span>": two writers, the byline's "By" off)
        # (... or its label in the site's language: "<span class='...-prefix'>Autor: </span>Agnieszka Kowalczyk")
        value = re.sub(r"^(?:(?:By|Written by)\s+|[^\W\d_]{3,12}\s*[:：]\s*)", "", _clean(value), flags=re.I)
        listed = _listed_names(value)
        names += listed if len(listed) > 1 and all(len(p.split()) >= 2 and _name_like(p) for p in listed) else [value]
    # (... or in microformats: "<span class='p-author h-card'>By <a class='u-url p-name'>A</a></span> and <span
    # class='p-author h-card'>...", a Grav or IndieWeb page's writers, a card each)
    for element in tree.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' p-author ')]"
                              "[not(ancestor::*[contains(@class, 'comment') or contains(@class, 'h-cite')])]"):  # (not a reply's)
        inner = element.xpath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' p-name ')]")
        value = re.sub(r"^(?:By|Written by)\s+", "", _clean(" ".join("".join((inner[0] if inner else element).itertext()).split())),
                       flags=re.I)
        names += [value] if value and _name_like(value) else []
    # <meta name="author" content="Maren Holloway, Derek Quan">: a list of names in one tag
    names += [n for v in tree.xpath("//meta[@name='author']/@content") for n in _listed_names(v)]
    # ... and a cXense tag's, in the Latin letters the page prints it in (not "石橋健太郎" over "By KENTARO ISHIBASHI")
    names += [n for v in tree.xpath("//meta[@name='cXenseParse:author']/@content") for n in _listed_names(v) if _name_like(n)]
    # An article's JSON-LD lists every author (trafilatura keeps the first); a person's name, not an organisation's.
    for item in _json_ld_items(tree):
        if re.search(r"Article|Posting|Report", str(item.get("@type", ""))):
            listed = item.get("author")
            for author in listed if isinstance(listed, list) else [listed]:
                if isinstance(author, dict) and author.get("@type") in ("Person", None) and isinstance(author.get("name"), str):
                    # ("Ritu Menon, Arjun Pillai": two people in one Person's name; "By Mark Haugen and Lisa Vang": the byline)
                    value = re.sub(r"^(?:By|Written by)\s+", "", _clean(author["name"]), flags=re.I)
                    accounts += [value] if _USER_NAME.search(value) else []
                    names += re.split(r"\s*(?:,|&|\band\b)\s*", value) if "," in value or " and " in value or " & " in value else [value]
    # "By Anika Rao, Senior Editor, Minor Metals": trafilatura's "Anika Rao; Senior Editor; Minor Metals" keeps the desk
    # after the job as a name; the byline the page shows says it is none
    bylines = [m.group(1) for e in tree.xpath("//*[re:test(@class, '(?:^|\\s)byline(?:$|\\s)', 'i')]",
                                              namespaces={"re": "http://exslt.org/regular-expressions"})
               if (m := re.match(r"(?:By|Written by)\s+(.+)", _EMAIL.sub("", _clean(" ".join(e.itertext()))).strip()))]
    found = tuple(a for a in found if not any(a in t and len(t.split()) <= BYLINE_MAX_WORDS and a not in _byline_names(t)
                                              for t in bylines))
    # Scholarly metadata repeats its author tag, often "Lastname, Firstname".
    # (... or lists them in one: dcterms.creator "Marguerite Olsen, Devin K. Aranha", each a name of two words or more)
    names += [p for v in tree.xpath(
        "//meta[@name='citation_author' or @name='dc.creator' or @name='DC.creator' or @name='DC.Creator'"
        " or @name='dcterms.creator' or @name='DCTERMS.creator']/@content") for n in re.split(r"\s*;\s*", _clean(v)) if n
        for whole in [_surname_first(n)] for listed in [_listed_names(whole)]
        for p in (listed if len(listed) > 1 and all(len(part.split()) >= 2 for part in listed) else [whole])]
    # Links the page marks as its authors' (rel="author"), when their text is a name (not "View all posts").
    links = [t for t in (re.sub(r"^(?:written\s+)?by\s+", "", _clean("".join(a.itertext())), flags=re.I)
                         for a in tree.xpath("//a[@rel='author']")) if _name_like(t)]  # ("Written by Hana Seo")
    names += _byline_around(tree, links) or links
    # Author cards: "<a class="author-name">Naomi Achterberg</a>" once for each author (not a commenter's), a byline's
    # "<a class="byline__author">".
    # ... and "<h4 class="author-name"><a>A</a>, <a>B</a></h4>": one card for two authors, a link each; a think tank's
    # "<a class="expert-card__name">" over the text (not a "related experts" box's under it); a Drupal field of them
    # ("field--name-field-authors": a link each).
    names += [t for e in tree.xpath(
        "//*[re:test(@class, '(?:^|\\s|-)(?:author|byline|contributor|writer|reporter|analyst|expert|scholar)s?(?:-?card)?(?:-|_|__)(?:name|link|author)(?:\\s|$|__\\w+)"
        "|(?:^|\\s)(?:entry|post|article)-authors?(?:\\s|$)', 'i')][not(ancestor::*[re:test(@class, 'related|recommend', 'i')])]"
        # (not an embedded post's: "<div class='tweet'>...<span class='tweet-author-name'>Hugo Tran</span>")
        "[not(ancestor-or-self::*[re:test(@class, '(?:^|\\s|-)(?:tweet|twitter|x-post|instagram|bluesky|tiktok)(?:$|\\s|-)|(?:^|\\s)embed(?:ded)?-post', 'i')])]"
        # ... a CSS module's hashed class ("Byline_name__9kLzC"), and an hCard's name inside an author's ("author vcard" / "fn")
        # (not a commenter's, in a comments list or a forum's messages under the text: SPIP's "<ul class='forum'>")
        " | //*[re:test(@class, '(?:^|\\s)author(?:\\s|$)')]//*[re:test(@class, '(?:^|\\s)fn(?:\\s|$)')]"
        f"[not({_REPLY_BOX})]",
        namespaces={"re": "http://exslt.org/regular-expressions"})
        for t in (_without_job(re.sub(r"^(?:Authors?|By|Written by)\s*:?\s+", "", n, flags=re.I)) for n in _card_names(e))
        if _name_like(t)]  # ("<div class='byline__author'>Author: <span>Kenji Larsson</span>": the card's label off)
    # ... and a box of the authors ("field--name-field-authors", "sidebar-block--authors"): its cards' names, each a name
    # field or a link to the person ("<span class='person-card__name'>", "<a href='/people/a/'>A</a>"), not "Email"
    for box in tree.xpath("//*[re:test(@class, '(?:^|\\s)\\S*[-_]authors(?:\\s|$)', 'i')][not(ancestor::*[re:test(@class, "
                          "'related|recommend', 'i')])]", namespaces={"re": "http://exslt.org/regular-expressions"}):
        named = [_clean("".join(e.itertext())) for e in box.xpath(".//*[re:test(@class, '(?:^|[-_\\s])name(?:$|\\s)', 'i')]",
                                                                  namespaces={"re": "http://exslt.org/regular-expressions"})]
        named = named or [_clean("".join(a.itertext())) for a in box.xpath(".//a")]
        # ("<span class='byline__name'>By Amina Chepkoech</span>": the byline's "By" off)
        names += [n for n in (re.sub(r"^(?:By|Written by)\s+", "", n, flags=re.I) for n in named) if _name_like(n)]
    names += _visible_byline(tree)
    # ... or the line under the <h1>: "By ZHOU MINGYU in Beijing and TAN XIAOLEI in Ganzhou | Huaxia Daily | Updated: ..."
    # where the meta author names the first writer alone
    near = _byline_near_title(tree, separated=True)
    names += [n for n in near if n not in names] if len(near) > 1 and any(_loose(n) in map(_loose, found) for n in near) else []
    # ... or the post's meta linking each writer's profile ("<a href='/@tomasreyes'>Tomas Reyes</a> and <a
    # href='/@huilingtan'>Hui Ling Tan</a>") where the metadata names the newsletter's owner alone
    linked = _profile_link_authors(tree)
    names += [n for n in linked if n not in names] if len(linked) > 1 and any(_loose(n) in map(_loose, found) for n in linked) else []
    names = [n for n in dict.fromkeys(names) if n and len(n.split()) <= 5 and "://" not in n
             and not _DESK.search(n) and not _ROLE_WORDS.search(n) and not _USER_NAME.search(n)]
    # citation_author's "Tan, Julian" is the byline's "Julian Tan Wei Ming" cut short: one writer, named in full
    names = [n for n in names if not any(o.startswith(n + " ") for o in names)]
    # ... and "Pd Webdesk", as trafilatura capitalises the meta tag's "pd_webdesk"
    # (or dcterms.creator's "bis_webteam", a Drupal account)
    users = {re.sub(r"[\W_]", "", v.lower()) for v in tree.xpath("//meta[re:test(@name, '^(?:author|dc\\.creator|dcterms\\.creator)$', 'i')]/@content",
                                                                 namespaces={"re": "http://exslt.org/regular-expressions"})
             if _USER_NAME.search(v.strip())} | {re.sub(r"[\W_]", "", a.lower()) for a in accounts}
    found = tuple(a for a in found if not _USER_NAME.search(a) and re.sub(r"[\W_]", "", a.lower()) not in users)
    if names:
        # "Samuel J Whitfield Senior Fellow; Director; Economic Security Program": trafilatura's reading of an author
        # card, its name run into its job; the card's own name field says who
        jobs = _card_jobs(tree)
        # (and its job's pieces: "Senior Fellow; Technology; National Security Program", the card's job split at its "and")
        found = tuple(a for a in found if not _CARD_JOB.search(a) and not any(_loose(a) in _loose(j) for j in jobs))
    if names and found and {w.strip(".") for a in found for w in a.split()} <= {w.strip(".") for n in names for w in n.split()}:
        return tuple(names)  # "Solberg, Ingrid" split at its comma: the markup's names are whole
    if names and found and all(any(a.startswith(n + " ") for n in names) or len(re.sub(r"\W", "", a)) <= 3 for a in found):
        return tuple(names)  # "Miriam Castellane Partner Washington" / "D.C.": a card's name run into its job and office
    if len(found) == 1 and len(names) > 1 and all(n in found[0] for n in names) and _JOBS.fullmatch(
            re.sub(r"\s+", " ", functools.reduce(lambda text, n: text.replace(n, " "), names, found[0])).strip()):
        return tuple(names)  # "Margaret Ilves Partner Samuel Okonjo Partner Priyanka Desai Associate": the cards' names
    # "Peter M Lindgren" as trafilatura spells it is the markup's "Peter M. Lindgren".
    spelled = {n.replace(".", ""): n for n in names}
    found = tuple(spelled.get(a.replace(".", ""), a) for a in found)
    return tuple(names) if len(names) > len(found) and (not found or found[0] in names) else found


def _visible_byline(tree) -> list[str]:
    """The names of the byline the page shows ("By <a>A</a> and <a>B</a>", or "By A and" / "B" in two elements classed
    'byline-1' and 'byline-2'), where its metadata may list fewer: not a related story's card's, nor a comment's."""
    texts: list[str] = []
    linked: list[str] = []  # the names a byline without "By" links to their profiles
    # (... or a Korean paper's "<li class='writer'>By A, B</li>")
    marked = "re:test(@class, '(?:^|\\s|-|_)(?:byline|attribution|authors|reporters?|writers?)(?:$|\\s|-|_|\\d)', 'i')"
    # (the innermost: a byline's box around "By A and B" and "Vancouver", each in its own element, reads the names alone)
    # (a separator's own class, "amp-article__byline-sep" around "&", makes no inner byline)
    # (nor a picture's: "<figure><figcaption>... <div class='tnt-byline'>Evan Driscoll, ...</div>", its photographer)
    for element in tree.xpath(f"//*[{marked}][not(.//*[{marked}][re:test(normalize-space(.), '\\w')])][not(ancestor::aside) and not(ancestor::figure) and not(ancestor::*[re:test(@class, "
                              "'related|recommend|teaser|promo(?!ted)|comment(?!ary)|more-|card', 'i')])]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        # ("By A and B newsdesk@x.com.my": the desk's address; "<span class='loc'>New Delhi/Chennai</span>": where they write)
        text = _EMAIL.sub("", _clean(" ".join(t for t in element.xpath(".//text()") if not _in_place_span(t, element)))).strip()
        # "<a href='/authors/tan-wei-ling'>Tan Wei Ling</a> <span>Senior Correspondent</span> and <a ...>Rohan Pillai</a>":
        # the links to the writers' pages are their names
        own = [n for a in element.xpath(".//a[re:test(@href, '/(?:authors?|profiles?|people|staff|journalists?|writers?|"
                                        "reporters?|contributors?|experts?|scholars?|fellows?)/', 'i')]",  # ("/News/Author/a")
                                        namespaces={"re": "http://exslt.org/regular-expressions"})
               if _name_like(n := _clean("".join(a.itertext())))]
        linked += own
        label = re.match(r"(?:By|Written by|Authors?)\s*:?\s+", text)
        rest = text[label.end() if label else 0:]
        if len(own) >= 2 and _loose(rest) == _loose(" ".join(own)) or own and rest.startswith(" ".join(own)) \
                and _DATE_AFTER_NAMES.match(rest[len(" ".join(own)):]):
            # a Drupal field "By: <div><a>A</a></div><div><a>B</a></div>": a link each, no "and" between them; or "By
            # <a>Marcia Felix</a> <span class='edn_date'>Tuesday, September 25, 2029</span>": the date after the name
            text = f"{label.group(0) if label else 'By '}{' and '.join(own)}"
        if texts and re.search(r"(?:\band|,|&)$", texts[-1]) and not text.lower().startswith("by "):
            texts[-1] = f"{texts[-1]} {text}"  # "By Kim Seo-yeon and" / "Park Jun-ho": one byline in two elements
        elif text:
            texts.append(text)
    names: list[str] = []
    for text in texts:
        # (... or the kind of piece before "by": "Commentary by A and B", "Analysis by A")
        match = re.match(rf"(?:By|Written by|{_PIECE_BY})\s*:?\s+(.+)$", text) \
            or re.match(r"Authors?\s*:\s+(.+)$", text)  # (... or "Authors: A, B and C")
        if match and ";" in match.group(1) and len(text.split()) <= BYLINE_MAX_WORDS * 3:
            # "By Eleanor J. Whitfield, Partner; Rafael Okonkwo-Baptiste, Counsel; and Mei-Lin Dorsey, Associate"
            names += [n for part in match.group(1).split(";") if _name_like(n := re.sub(r"^\s*and\s+", "", part).split(",")[0].strip())]
        elif match and len(text.split()) <= BYLINE_MAX_WORDS * 2 and not re.search(r"(?<![A-Z])[.!?]\s", text):
            names += _byline_names(match.group(1))
        elif not match and 2 <= len(parts := re.split(r"\s*(?:,|&|\band\b)\s*", text)) <= PROFILE_AUTHORS_MAX + 1 \
                and all(_name_like(p) and not _CARD_JOB.search(p) and not _ROLE_WORDS.search(p) for p in parts):
            # (not the cards' names run into their jobs: "A Senior Fellow, Geoeconomics B Research Fellow, Asia Program")
            names += parts  # "<span class='caas-author-byline-collapse'>Park Ji-hoon and Lee Soo-jin</span>": names alone
    if not names and not linked:
        # ... or a Korean paper's "<dl class='author'><dt>Reporter</dt><dd><a>A</a>, <a>B</a></dd></dl>": a box of the
        # writers' links, two or more, each a name
        for element in tree.xpath("//body//*[re:test(@class, '(?:^|\\s)author(?:$|\\s)')][count(.//a) >= 2][not(ancestor::aside) and "
                                  "not(ancestor::*[re:test(@class, 'related|recommend|teaser|comment(?!ary)|card', 'i')])]",
                                  namespaces={"re": "http://exslt.org/regular-expressions"}):
            named = [_clean("".join(a.itertext())) for a in element.xpath(".//a")]
            if len(named) <= PROFILE_AUTHORS_MAX and all(_name_like(n) and not _ROLE_WORDS.search(n) for n in named):
                return named
    return names or list(dict.fromkeys(linked))[:PROFILE_AUTHORS_MAX]


_DATE_AFTER_NAMES = re.compile(r"\W*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d)")


def _in_place_span(text, byline) -> bool:
    """A piece of a byline's text inside its place's own element ("<span class='loc'>New Delhi/Chennai</span>")."""
    parent = getattr(text, "getparent", lambda: None)()
    while parent is not None and parent is not byline:
        if re.search(r"(?:^|[-_\s])(?:loc|location|place|city|dateline)(?:$|[-_\s])", parent.get("class") or "", re.I):
            return True
        parent = parent.getparent()
    return False


def _byline_names(byline: str) -> list[str]:
    """"Anika Rao, Senior Editor, Minor Metals": the names of a byline, not the job after a name nor its desk or beat
    after the job (until "and" brings the next writer)."""
    names, after_job = [], False
    # ("Carla Mendez – Staff Writer, Trinity Business Journal": the job after a dash)
    for separator, part in zip(["and", *re.findall(r"\s*(?:,|&|\band\b)\s*|\s+[–—-]\s+", byline)],
                               re.split(r"\s*(?:,|&|\band\b)\s*|\s+[–—-]\s+", byline)):
        after_job = after_job and separator.strip() == ","
        if _ROLE_WORDS.search(part) or _CARD_JOB.search(part) or _JOBS.fullmatch(part.strip()) and part.strip():
            after_job = True
        elif not after_job and _name_like(part):
            names.append(part)
    return names


_CARD_JOB = re.compile(r"\b(?:Fellow|Director|Program|Programme|Chair|Professor|Researcher|Analyst|Initiative|Center|Centre|Institute"
                       r"|Manager|Officer|Coordinator|Specialist|Spokesperson|Secretary|President|Treasurer|Organi[sz]er|Steward|Counsel"
                       r"|Advis[eo]r|Editor|Consultant|Partner|Founder|Principal|Economist|Strategist)\b")
# ("Dana Okafor, Communications Manager", "Mariana Quintero Rojas, Managing Partner": a job after the name)
# "pd_webdesk", "hanaseo": the name a page's system knows its user by, not a person's (a name in Latin letters has capitals)
_USER_NAME = re.compile(r"_|^[a-z0-9. -]+$")


# ("Staff Writer / Aiko Tanabe": a Japanese paper's English edition puts the job first too, a slash between)
_JOB_THEN_NAME = re.compile(r"(?:(?:Senior|Staff|Chief)\s+)?(?:Reporter|Correspondent|(?<=Staff )Writer)(?:\s*[/:|]\s*|\s+)"
                            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


def _without_job(name: str) -> str:
    """"Reporter Park Ji-hoon" (a Korean paper's writer line): the name without the job before it."""
    return re.sub(r"^(?:(?:Senior|Staff|Chief)\s+)?(?:Reporter|Correspondent|Writer|Journalist)\s+(?=[A-Z])", "", name)


def _card_jobs(tree) -> list[str]:
    """The jobs writers' cards print under their names ("<span class='entry-author__title'>Senior Fellow, ...</span>")."""
    return [_clean(" ".join(e.itertext())) for e in tree.xpath(
        "//*[re:test(@class, '(?:author|expert|byline|contributor|writer|person)s?(?:-?card)?(?:-|_|__)(?:title|job|role|position)(?:\\s|$)', 'i')]",
        namespaces={"re": "http://exslt.org/regular-expressions"})]


def _card_names(card) -> list[str]:
    links = [t for a in card.xpath(".//a") if (t := _clean("".join(a.itertext())))]  # (not the link around the picture)
    # ("<div class="entry-author"><a>Daniel K. Rhee</a><span>Senior Fellow</span></div>": the link is the name)
    return links if links and all(_name_like(t) for t in links) else [_clean("".join(card.itertext()))]


_BIO_OPENING_NAME = re.compile(r"([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|le|la|van|von|da|di|du|del|der)){1,3})[.,]\s+\S")


_ABOUT_AUTHOR = re.compile(r"About the (?:author|writer|reporter)s?|Sobre (?:o|a|el|la) (?:autora?|periodista|jornalista)"
                           r"|À propos de l['’](?:auteure?|autrice)|Über (?:den|die) Autor(?:in)?|Over de (?:auteur|schrijver)"
                           r"|(?:Informazioni )?[Ss]ull['’]autore|O autorze|Om skribenten|Om forfatteren", re.I)
_BIO_NAME_VERB = re.compile(r"([A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|de|le|la|van|von|da|di|du|del|der)){1,3})\s+(?:covers|is|was|writes"
                            r"|reports|has|joined|edits|leads)\b")


SIGNATURE_NAME_MAX_WORDS = 4


def _signature_author(tree) -> tuple[str, ...]:
    """The writer a forum post's signature names first ("<div class='signature'>Hervé Lebailly – Lebailly Thermique ...
    </div>"), where the post's byline is a handle: the signature of the thread's first post."""
    signature = next(iter(tree.xpath("//body//*[re:test(@class, '(?:^|\\s)(?:signature|post-signature|sig)(?:\\s|$)', 'i')]",
                                     namespaces={"re": "http://exslt.org/regular-expressions"})), None)
    if signature is None:
        return ()
    first = re.split(r"\s+[–—|·-]\s+|,|\n", "\n".join(t.strip() for t in signature.itertext() if t.strip()), maxsplit=1)[0].strip()
    return (first,) if _name_like(first) and len(first.split()) <= SIGNATURE_NAME_MAX_WORDS else ()


def _about_author_box(tree) -> tuple[str, ...]:
    """The writer a box under the article introduces, "About the author" / "<strong>Filipa Ng</strong> covers business
    ... for Nam Van Post": the page's byline only its desk's account, or none."""
    for heading in tree.xpath("//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6 or self::strong or self::b "
                              "or self::p or self::span or self::div][not(*[not(self::a or self::span)])]"):
        if not _ABOUT_AUTHOR.fullmatch(_clean(" ".join(heading.itertext())).rstrip(":")):
            continue
        bio = next(iter(heading.xpath("following::p[1]")), None)
        text = _clean(" ".join(bio.itertext())) if bio is not None else ""
        opening = _BIO_NAME_VERB.match(text) or _BIO_OPENING_NAME.match(text)
        if opening and _name_like(opening.group(1)):
            return (opening.group(1),)
        # (... or the name alone on its line, the bio under it: "Sobre el autor" / "<p><strong>Efraín Chicas Alfaro</strong></p>"
        # / "<p>Periodista de Carga & Pista. ...</p>")
        if 2 <= len(text.split()) <= BIO_NAME_MAX_WORDS and _name_like(text) and bio.xpath("following::p[1]"):
            return (text,)
    return ()


BIO_NAME_MAX_WORDS = 4


def _profile_bio_author(tree) -> tuple[str, ...]:
    """The keeper of a one-person journal or blog, named by the bio in its profile box ("<p class='profile-bio'>Morwenna
    Le Quesne. Traffic signal engineer ...") and nowhere else."""
    # (... or its writer's box under an article, "<div class='author_text'><p>Vesna Mijatović covers ...")
    for element in tree.xpath("//body//*[re:test(@class, '(?:^|[\\s_-])(?:profile|user|author|about)[-_]?(?:bio|about|description|text)"
                              "(?:$|[\\s_-])|(?:^|\\s)bio(?:$|\\s)', 'i')][not(ancestor::*[re:test(concat(@class, ' ', @id), "
                              "'comment|repl', 'i')])]", namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean(" ".join(element.itertext()))
        opening = _BIO_OPENING_NAME.match(text) or _BIO_NAME_VERB.match(text)
        if opening and _name_like(opening.group(1)):
            return (opening.group(1),)
    return ()


def _profile_link_authors(tree) -> tuple[str, ...]:
    """A newsletter's author named only by a link to their profile ("substack.example/@rkessler",
    "/authors/colm-brennan") in a short line of the post's meta, outside the text, comments and footer."""
    names: list[str] = []
    # (not Plone's views, "/@@search": a page of the site's, no one's profile)
    for a in tree.xpath("//a[re:test(@href, '/(?:@(?!@)|authors?/|profiles?/|people/|staff/|journalists?/|writers?/|contributors?/)')]"
                        "[not(ancestor::footer or ancestor::aside or ancestor::p or ancestor::li or ancestor::figure or ancestor::figcaption or ancestor::*[re:test("
                        "concat(@class, ' ', @id), 'comment|footer|related|recommend|sidebar|hosts', 'i')])]",  # (a show's hosts')
                        namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean("".join(a.itertext()))
        holder = a.getparent()
        line = _clean(" ".join(holder.itertext())) if holder is not None else text
        if _name_like(text) and len(line.split()) <= BYLINE_MAX_WORDS and text not in names:
            names.append(text)
    return tuple(names[:PROFILE_AUTHORS_MAX]) if 0 < len(names) <= PROFILE_AUTHORS_MAX else ()


# A blog entry's footer before its writer's linked name, in the blog's language: "Posted by", "Publicado por", "Publié par"
_POSTED_BY = re.compile(r"(?:Posted|Published|Written|Publicado|Escrito|Publié|Écrit|Pubblicato|Scritto|Postado|Veröffentlicht"
                        r"|Geschrieben|Geplaatst|Skrevet|Publicerad|Opublikowano)\s+(?:by|por|par|da|von|door|af|av|przez)\s*$",
                        re.I)


def _posted_by(tree) -> tuple[str, ...]:
    """The writer a classic blog entry's footer names, "Posted by <a>A</a> in <a>News</a> at 08:47 | Comments (3)", where
    nothing else does (not a comment's "Posted by"). Only the text that ends in a "by" is looked at, not every link."""
    for lead in tree.xpath("//body//text()[re:test(., '(?:by|por|par|da|von|door|af|av|przez)\\s*$', 'i')]"
                           "[not(ancestor::*[re:test(concat(@class, ' ', @id), 'comment|repl', 'i')])]",
                           namespaces={"re": "http://exslt.org/regular-expressions"}):
        holder = lead.getparent()
        a = holder.getnext() if lead.is_tail else (holder[0] if len(holder) else None)
        if a is None or a.tag != "a" or not _POSTED_BY.search(lead):
            continue
        if _name_like(name := _clean("".join(a.itertext()))) and not _DESK.search(name):
            return (name,)  # (not the site's desk account: "Publicado por <a>Redacción Surco Norte</a>")
    # ... or its name not linked, its day after it: "<span class='post-meta'>Posted by A on 19-07-2030</span>"
    for element in tree.xpath("//body//*[self::span or self::p or self::div or self::small]"
                              "[string-length(normalize-space(.)) < 120][not(*[not(self::time)])]"
                              "[not(ancestor-or-self::*[re:test(concat(@class, ' ', @id), 'comment|repl', 'i')])]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        if (dated := _POSTED_BY_DAY.fullmatch(_clean(" ".join(element.itertext())))) \
                and _name_like(name := dated.group(1)) and not _DESK.search(name):
            return (name,)
    return ()


_POSTED_BY_DAY = re.compile(_POSTED_BY.pattern.removesuffix(r"\s*$") + r"\s+([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3}?)"
                            r"\s+(?:on|el|le|il|am|op|em|den|·|\||,)\s+.*\d.*", re.I)


def _linked_byline(tree) -> tuple[str, ...]:
    """A byline's linked names in the site's language, "By|Por|Par|Von <a>A</a> and|y|et|und <a>B</a>": nothing in it
    but the names, their links and the words between them."""
    for element in tree.xpath("//body//*[self::p or self::div or self::span][string-length(normalize-space(.)) < 200]"
                              "[re:test(normalize-space(.), '^(?:By|Por|Par|Von|Di|Door|Av|Af)\\s')][.//a]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean(" ".join(element.itertext()))
        if not re.match(r"(?:By|Por|Par|Von|Di|Door|Av|Af)\s", text) or len(text.split()) > BYLINE_MAX_WORDS:
            continue
        names = [n for a in element.xpath(".//a") if _name_like(n := _clean("".join(a.itertext())))]
        rest = text
        for name in names:
            rest = rest.replace(name, " ")
        if names and re.fullmatch(r"\s*(?:By|Por|Par|Von|Di|Door|Av|Af)(?:\s+|,|&|\band\b|\by\b|\be\b|\bet\b|\bund\b|\ben\b|\bog\b|\boch\b)*",
                                  rest):
            return tuple(dict.fromkeys(names))
    return ()


PROFILE_AUTHORS_MAX = 3  # more links to people than this are a list of staff, not a byline
# The kind of piece a byline names before "by": "Commentary by A and B"
_PIECE_BY = (r"(?:Commentary|Analysis|Opinion|Essay|Report|Story|Article|Words|Text|Interview|Research|Column|Brief"
             r"|Explainer|Perspective|Insight)\s+by")
# The desk's editor credited beside the writer: "Editor Bambang Hartono", "Penyunting: A", "Redaktur A"
_EDITOR_CREDIT = re.compile(r"(?:Editor|Edited by|Penyunting|Redaktur|Editora|Éditeur)\s*:?\s+"
                            r"([^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})", re.I)
# A writer's label, perhaps in the language of a site's English edition: "Penulis" (Indonesian)
_AUTHORS_LABEL = re.compile(r"(?:About the )?(?:Authors?|Writers?|Written by|Contributors?|Penulis|Words|Text)\s*:?"
                            rf"|{_PIECE_BY}\s*:?", re.I)  # ("Commentary by" over the writers' linked names)


def _link_name(link) -> str:
    """The name a card's link holds: its element classed as the name ("<a><img><span class='person-card__name'>A</span><span
    class='person-card__title'>Partner</span></a>"), or its words apart, the job after the name off."""
    named = link.xpath(".//*[re:test(@class, '(?:^|[-_\\s])name(?:$|[-_\\s])', 'i')]", namespaces={"re": "http://exslt.org/regular-expressions"})
    if named:
        return _clean(" ".join(named[0].itertext()))
    return _without_job(_clean(" ".join(t.strip() for t in link.itertext() if t.strip())))


def _authors_line(tree) -> tuple[str, ...]:
    """The writers an element of the page's author class lists after a label, as plain text: "<div
    class='news-detail__authors'>Authors: A, B</div>" under the text, outside what trafilatura keeps."""
    for element in tree.xpath("//body//*[re:test(@class, 'author', 'i')][not(ancestor::footer or ancestor::*[re:test("
                              "concat(@class, ' ', @id), 'comment', 'i')])]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        line = _clean(" ".join(element.itertext()))
        labelled = _AUTHORS_LABEL.match(line)
        names = tuple(n.strip() for n in NAMES_APART.split(line[labelled.end():]) if n.strip()) \
            if labelled and labelled.group(0).rstrip().endswith(":") else ()
        if 0 < len(names) <= PROFILE_AUTHORS_MAX and all(_name_like(n) for n in names):
            return names
    return ()


_MADE_BY = re.compile(r"(Photographs|Photos|Pictures|Images|Words|Text|Story|Video)\s+by\s+([^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,3})",
                      re.I)
_CREDIT_LINE = re.compile(r"(?:Text|Words|Writer|Written by|Author|Authors|Teksti|Tekst|Texte|Texto)\s*:\s*"
                          r"(?P<names>[A-ZÀ-Þ][\w'’.-]+(?:\s+(?:and|&|,)?\s*[A-ZÀ-Þ][\w'’.-]+){1,7}?)"
                          r"(?=\s+[A-ZÀ-Þ][\w ]{1,20}\s*:|\s+\d|\s*$)")


_REPORTED_THIS = re.compile(r"(?P<names>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){1,4}(?:\s+and\s+[^\W\d_][\w'’.-]*"
                            r"(?:\s+[^\W\d_][\w'’.-]*){1,4})?)\s+(?:reported|wrote|reported and wrote)\s+this\s+"
                            r"(?:story|article|report|piece)\b")


def _credit_line_authors(tree) -> tuple[str, ...]:
    """The writer a page's credits line names under its label, the photographer's label next in the same line: "Text:
    Kadri Saar<br>Photos: Igor Vassiljev<br>29.01.2030, 09:40" (a page builder's text block over the article)."""
    for element in tree.xpath("//body//*[self::div or self::p][not(ancestor::footer or ancestor::nav or ancestor::aside)]"):
        if len(element) > 8 or not (element.text or "").strip():
            continue
        text = _clean(" ".join(element.itertext()))
        match = _CREDIT_LINE.match(text) if len(text.split()) <= BYLINE_MAX_WORDS * 2 else None
        names = tuple(n.strip() for n in NAMES_APART.split(match.group("names")) if n.strip()) if match else ()
        if 0 < len(names) <= PROFILE_AUTHORS_MAX and all(_name_like(n) and len(n.split()) >= 2 for n in names):
            return names
    # (... or a photo essay's makers, each by what they made, its words among them: "Photographs by A · Words by B")
    for element in tree.xpath("//body//*[self::div or self::p or self::span][not(*)][not(ancestor::footer or ancestor::nav"
                              " or ancestor::aside)][string-length(normalize-space(.)) < 160]"):
        parts = re.split(r"\s+[·|•/]\s+", _clean(" ".join(element.itertext())))
        made = [m for part in parts if (m := _MADE_BY.fullmatch(part))]
        if len(parts) >= 2 and len(made) == len(parts) and any(m.group(1).lower() in ("words", "text", "story") for m in made) \
                and all(_name_like(m.group(2)) and len(m.group(2).split()) >= 2 for m in made):
            return tuple(dict.fromkeys(m.group(2) for m in made))
    # (... or the credits' sentence at the text's foot, in the article's own footer: "Yaritza Meléndez Ortiz reported this
    # story from San Juan. It was edited by B and translated from Spanish by C.")
    for element in tree.xpath("//body//p[not(ancestor::nav or ancestor::aside)]"):
        match = _REPORTED_THIS.match(_clean(" ".join(element.itertext())))
        names = tuple(n.strip() for n in re.split(r"\s+and\s+", match.group("names"))) if match else ()
        if names and not element.xpath(_REPLY_BOX, namespaces={"re": "http://exslt.org/regular-expressions"}) \
                and all(_name_like(n) and len(n.split()) >= 2 for n in names):
            return names
    return ()


BYLINE_BOX_MAX_WORDS = 12


def _byline_box(tree) -> str:
    """The text of the box a page marks as its byline ("<p class='author'>Yanditswe na A na B</p>"), over its text and
    no comment's: the text rules read it in the site's language."""
    # (its class perhaps a block's element or a kind's: "article__byline", "post-author")
    # (... or in the site's language: Romanian "semnatura", Spanish and Polish "autor", French "auteur", Croatian "potpis")
    for box in tree.xpath("//body//*[re:test(@class, '(?:^|\\s)(?:[\\w-]+__|[a-z]+-)?(?:author|byline|by-line|autor|auteur|semnatura"
                          "|potpis|podpis)(?:$|\\s)', 'i')]"
                          "[not(ancestor-or-self::footer or ancestor::aside or ancestor-or-self::*[re:test(@class, 'comment', 'i')])]",
                          namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean(" ".join(box.itertext()))
        if text and len(text.split()) <= BYLINE_BOX_MAX_WORDS:
            return text
    return ""


def _marked_authors(tree) -> tuple[str, ...]:
    """The writers in the box a platform marks as the post's authors ("<div data-testid='post-authors'>" around a picture,
    the name and the day): the names, a text of their own each, without the day beside them."""
    for box in tree.xpath("//body//*[re:test(concat(@data-testid, ' ', @class, ' ', @id), '(?:^|\\s)(?:post|article|story|entry)"
                          "[-_]?authors?(?:$|\\s)', 'i')][not(ancestor::footer or ancestor::aside)]",
                          namespaces={"re": "http://exslt.org/regular-expressions"}):
        texts = [t for t in (_clean(x) for x in box.xpath(".//text()[not(ancestor::time) and not(ancestor::script)]")) if t]
        names = tuple(t for t in texts if _name_like(t) and 2 <= len(t.split()) <= 4 and not _MONTH_DAY_YEAR.search(t))
        if 0 < len(names) <= PROFILE_AUTHORS_MAX and len(names) >= len(texts) - 1:
            return names
    return ()


def _authors_row(tree) -> tuple[str, ...]:
    """The writers a page's own table of its fields names in its "Authors" row (a wiki's page properties: "<th>Authors</th>
    <td>@Sushmita Gyawali @Nirajan Lamichhane</td>"), over whoever its metadata names: the page's owner, its editor."""
    for row in tree.xpath("//body//tr[count(*) = 2][th]"):
        label, cell = row
        if not re.fullmatch(r"(?:Authors?|Writers?|Written by)\s*:?", _clean(" ".join(label.itertext())), re.I):
            continue
        names = tuple(n.strip() for part in re.split(r"\s*@", _clean(" ".join(cell.itertext())))
                      for n in NAMES_APART.split(part) if n.strip())
        if 0 < len(names) <= PROFILE_AUTHORS_MAX and all(_name_like(n) for n in names):
            return names
    return ()


def _labelled_authors(tree) -> tuple[str, ...]:
    """The writers a label names in its box: "<p>Authors</p>" over cards that link each name to its page (a page's other
    people, its "Key contacts", are in boxes of their own)."""
    for label in tree.xpath("//body//*[self::p or self::span or self::div or self::h2 or self::h3 or self::h4 or self::dt]"
                            "[not(ancestor::footer or ancestor::*[re:test(concat(@class, ' ', @id), 'comment|footer', 'i')])]",
                            namespaces={"re": "http://exslt.org/regular-expressions"}):
        if len(label) > 1 or not _AUTHORS_LABEL.fullmatch(_clean("".join(label.itertext()))) or label.getparent() is None:
            continue
        if label.tag == "dt" and (held := label.getnext()) is not None and held.tag == "dd" and held.find(".//a") is None:
            # (a list of the article's fields: "<dt>Text</dt><dd>Aino Lehtonen</dd>", the names in plain text)
            names = tuple(n.strip() for n in NAMES_APART.split(_clean(" ".join(held.itertext()))) if n.strip())
            if 0 < len(names) <= PROFILE_AUTHORS_MAX and all(_name_like(n) for n in names):
                return names
            continue
        # (the box's part under the label, up to its next label: a sidebar's "Authors", then its "Related Services")
        # (a label is short and links nowhere: "<div>Authors</div><div><a>...</a></div>", the names under it in a <div> too)
        def next_label(e) -> bool:
            return e.tag == label.tag and e.find(".//a") is None and len("".join(e.itertext()).split()) <= 4

        under = list(itertools.takewhile(lambda e: not next_label(e), label.itersiblings()))
        for holder in ([label.getparent()] if not any(next_label(e) for e in label.itersiblings()) else []) or [under]:
            links = holder.iter("a") if not isinstance(holder, list) else (a for e in holder for a in e.iter("a"))
            # ("Kevin Tran*": the mark of a note under the cards, "*Admitted only in New York")
            names = list(dict.fromkeys(t for a in links if _name_like(t := _link_name(a).rstrip("*†‡ "))))
            if 0 < len(names) <= PROFILE_AUTHORS_MAX:
                return tuple(names)
    return ()


def _byline_around(tree, links: list[str]) -> list[str]:
    """"Elena Vasquez in Seoul, <a rel=author>Tom Hargreaves</a> in Washington and ...": the byline
    that holds the author links also names authors without a profile page."""
    for a in tree.xpath("//a[@rel='author']"):
        holder = a.getparent()
        text = _clean("".join(holder.itertext())) if holder is not None else ""
        if not text or len(text.split()) > BYLINE_MAX_WORDS * 2:
            continue
        text = re.sub(r"^(?:by|written by)\s+", "", text, flags=re.I)
        text = re.sub(r"\s+in\s+[A-Z][\w.' -]*?(?=\s*(?:,|&|\band\b|$))", "", text)
        parts = [p.strip(" .") for p in re.split(r"\s*(?:,|&|\band\b)\s*", text) if p.strip(" .")]
        names = [p for p in parts if _name_like(p)]
        if set(links) <= set(names) and len(names) > len(set(links)) and len(names) == len(parts):
            return names
    return []


_TERMINAL_MARK = re.compile(r"[.!?:;…]$")


def _name_like(text: str) -> bool:
    """Two to five words, each capitalised or a name particle, no digits: a person's name."""
    words = text.replace("’s", "").split()
    # (a label is no part of a name: "Spokesperson: Lin Wenhao", a transcript's field over its text)
    return 2 <= len(words) <= 5 and not any(c.isdigit() or c in ":：" for c in text) and all(
        w[:1].isupper() or w in NAME_PARTICLES for w in words) and not _ROLE_WORDS.search(text)


def _surname_first(text: str) -> str:
    """'Solberg, Ingrid' (a catalogue's order) as 'Ingrid Solberg'; anything else unchanged."""
    match = re.fullmatch(r"((?:(?:[a-z]+\s)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]+)),\s*([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){0,2})", text)
    if not match or match.group(2).isupper() or _ROLE_WORDS.search(text):
        return text
    return f"{match.group(2)} {match.group(1)}"




def _markup_date(raw: bytes, tree) -> dt.date | None:
    """The publication date the page's markup and its own date lines give. trafilatura's date also
    guesses from any date in the text (a 'Related' list's), which a page that states its date beats.
    An article's JSON-LD datePublished earlier than htmldate's answer wins: htmldate read a
    modified time (article:modified_time with no published one beside it)."""
    import htmldate

    try:
        found = _date(htmldate.find_date(raw.decode("utf-8", "replace"), extensive_search=False, original_date=True,
                                         max_date=build_day().isoformat()))
    except (ValueError, TypeError):
        found = None
    if found:
        # (not a day only a list of other posts shows, "Recent posts" in the footer, where the text's one <time> is the post's)
        own = {d for v in tree.xpath(f"//body//time[not({_LISTED_TIME})]/@datetime") if (d := _date(v))}
        listed = {d for v in tree.xpath(f"//body//time[{_LISTED_TIME}]/@datetime") if (d := _date(v))}
        found = own.pop() if found in listed and found not in own and len(own) == 1 else found
        # (... nor a day its text prints only beside other stories' headlines, where no metadata states it)
        found = _unlisted(found, tree) if found.isoformat().encode() not in raw else found
    language = (tree.get("lang") or "").split("-")[0].lower()
    # (not the original's, in another language: a translated edition's JSON-LD "inLanguage": "de-DE" under <html lang="en">)
    stated = [d for item in _json_ld_items(tree) if item.get("datePublished")
              and re.search(r"Article|Posting|Report", str(item.get("@type", ""))) and (d := _date(str(item["datePublished"])))
              and not (language and str(item.get("inLanguage") or language).split("-")[0].lower() != language)]
    if found and re.search(rf"(?:updated_time|modified_time|dateModified|last-modified)[^>]{{0,80}}{found.isoformat()}".encode(), raw):
        # og:updated_time the only stamp htmldate found: the one <time> the page's text shows is when it was released
        times = {d for v in tree.xpath("//body//time[not(ancestor::aside or ancestor::footer or ancestor::nav)]/@datetime")
                 if (d := _date(v))}
        found = min(times) if len(times) == 1 and min(times) < found else found
        # ... or the date its own stamp prints ("03.11.2026, 14:20" under a dateModified of the 4th)
        printed = _stamp_date(tree)
        found = printed if printed and printed < found and (found - printed).days <= MODIFIED_REACH_DAYS else found
        # ... or the one datePublished the page's JSON-LD gives, a WebPage's (Yoast's graph with no Article in it), where
        # no meta tag says when it was published
        page = {d for item in _json_ld_items(tree) if item.get("datePublished") and (d := _date(str(item["datePublished"])))}
        if len(page) == 1 and min(page) < found and (found - min(page)).days <= MODIFIED_REACH_DAYS \
                and not tree.xpath("//meta[re:test(@property, 'published_time', 'i') or re:test(@name, 'published|pubdate', 'i')]",
                                   namespaces={"re": "http://exslt.org/regular-expressions"}):
            found = min(page)
    if found and re.search(rf"""name=["'](?:(?:dcterms|DC|dc)\.)?date["'][^>]{{0,20}}content=["']{found.isoformat()}""".encode(), raw):
        # Drupal's dcterms.date is when the node was made (a release drafted on the 8th); the release date field the
        # page prints, "<div class='field--name-field-release-date'><time datetime=...>", is when it was published
        released = {d for v in tree.xpath("//body//*[re:test(@class, 'release[-_]?date|date[-_]?of[-_]?release|publish(?:ed)?[-_]?date', 'i')]"
                                          "/descendant-or-self::time/@datetime",
                                          namespaces={"re": "http://exslt.org/regular-expressions"}) if (d := _date(v))}
        # ... or, a bare <meta name="date"> (a firm's CMS: the day the alert was drafted), the one <time> its header prints
        # a few days later, not a related card's
        shown = {d for v in tree.xpath("//body//time[not(ancestor::aside or ancestor::footer or ancestor::nav or ancestor::*["
                                       "re:test(@class, 'card|related|teaser|recommend|promo', 'i')])]/@datetime",
                                       namespaces={"re": "http://exslt.org/regular-expressions"}) if (d := _date(v))}
        later = min(shown) if len(shown) == 1 and 0 < (min(shown) - found).days <= PLACEHOLDER_DAY_REACH else None
        # (... or printed with no <time>: "<span class='news-article__date'>20 February 2030</span>")
        printed = _stamp_date(tree) if not shown else None
        # (... weeks later, where the page never prints the meta's day: a CMS's "date" of the section page the item is
        # shown on, "2030-05-28", over the item's own "Jumatano, 12 Juni 2030")
        reach = PLACEHOLDER_DAY_REACH if found in _printed_days(tree) else MODIFIED_REACH_DAYS
        later = later or (printed if printed and 0 < (printed - found).days <= reach else None)
        found = released.pop() if len(released) == 1 else later or found
    if found and re.search(rf"""name=["'](?:dcterms|DC|dc)\.date\.created["'][^>]{{0,20}}content=["']{found.isoformat()}""".encode(), raw):
        # Plone's DC.date.created (the draft, the 19th) under the page's own "— published 20-09-2029"
        printed = _stamp_date(tree)
        found = printed if printed and 0 < (printed - found).days <= MODIFIED_REACH_DAYS else found
    if found and re.search(rf"""["'](?:createdTime|created_?[Aa]t|dateCreated|creationDate|created)["']\s*:\s*["']{found.isoformat()}""".encode(), raw):
        # an app's own record of when the page was begun ("createdTime": the 9th, a draft), the day it prints ("Bulletin
        # No. 7 · Wednesday 10 April 2030") a few days later: when it was published
        printed = _stamp_date(tree) or _date_under_headline(tree)
        found = printed if printed and 0 < (printed - found).days <= MODIFIED_REACH_DAYS else found
    # (the note in a paragraph or a box of its own: <div class="art-translation-note">)
    original = {d for t in tree.xpath("//body//*[self::p or self::div or self::span]/text()") for m in ORIGINALLY_PUBLISHED.finditer(t)
                if (date := _MONTH_DAY_YEAR.search(m.group(1))) and (d := _found_date(date))}
    if stated and found and found in original and stated[0] > found and (stated[0] - found).days <= MODIFIED_REACH_DAYS:
        return stated[0]  # "This article was first published in German on 12 August": the meta's day is the original's
    if found and b"first published at" in raw and re.search(rb"published_time[^>]{0,40}T\d\d:\d\d[^>]{0,8}(?:Z|\+00:?00)", raw):
        # "Updated Sep 14, 2028 – 11.26am, first published at 5.00am" over article:published_time 2028-09-13T19:00Z: the
        # page's own day where it is published (Sydney's morning is the evening before in UTC)
        shown = next((m for t in tree.xpath("//body//*[contains(., 'first published at')]")
                      if (m := _FIRST_AT.search(_clean(" ".join(t.itertext()))))), None)
        day = _found_date(date) if shown and (date := _MONTH_DAY_YEAR.search(shown.group(1))) else None
        if day and (day - found).days == 1:
            return day
    elsewhere = found in original and any(_ORIGINAL_ELSEWHERE.search(t) for t in tree.xpath(
        "//body//*[self::p or self::div or self::span]/text()"))
    if elsewhere and (printed := _stamp_date(tree)) and 0 < (printed - found).days <= MODIFIED_REACH_DAYS:
        return printed  # ... and every date in the markup the original's too: this edition's "Published: 05.06.2028"
    if stated and found and stated[0] < found and any(
            item.get("isBasedOn") or item.get("translationOfWork") for item in _json_ld_items(tree)
            if re.search(r"Article|Posting|Report", str(item.get("@type", "")))):
        return found  # an edition based on another ("isBasedOn": the German original): the JSON-LD may keep the original's day
    if stated and found and found < stated[0] and found not in _published_marks(tree):
        # htmldate's earliest day is no publication the page states: a draft's "dateCreated", or an embedded post's
        # <time> ("Bumble (@bumblebff) on May 2, 2019"); the article's own datePublished is its day
        return stated[0]
    if stated and found and stated[0] < found and _stamp_date(tree) == found:
        # the JSON-LD's datePublished of the 29th, a meta published_time and the stamp the page prints ("30.09.2029
        # 09:20") of the 30th: the day the page shows its readers, which its meta tag says too
        return found
    day = min(stated[0], found) if stated and found else found or next(iter(stated), None)
    local = _shown_day(tree, day) if day else None
    return local or day


_LISTED_TIME = "ancestor::aside or ancestor::footer or ancestor::nav or ancestor::li"  # a <time> in a list of posts


def _shown_day(tree, day: dt.date) -> dt.date | None:
    """The day the article's own <time> shows, month and day with no year ("Posted on <time
    datetime='2030-05-12T22:10:00Z'>May 13</time>"), where it is the day after or before the one its
    datetime gives in UTC: the page's own day where it is published (Kuwait's morning, UTC's evening)."""
    for element in tree.xpath("//body//time[@datetime][not(ancestor::aside or ancestor::footer or ancestor::nav or ancestor::*["
                              "re:test(concat(@class, ' ', @id), 'comment|related|teaser|updated|modified', 'i')])]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        value = element.get("datetime") or ""
        if _date(value) != day or not re.search(r"T\d\d:\d\d", value):
            continue
        shown = re.fullmatch(r"(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]{2})[a-z]*\.?",
                             _clean("".join(element.itertext())))
        month = _MONTHS.get(shown.group("month") or shown.group("month2")) if shown else None
        if not month:
            return None
        for near in (day + dt.timedelta(days=1), day - dt.timedelta(days=1)):
            if (near.month, near.day) == (month, int(shown.group("day") or shown.group("day2"))):
                return near
        return None
    return None


def _date_under_headline(tree) -> dt.date | None:
    """The whole day printed in the line right under the page's one <h1> ("Bulletin No. 7 · Wednesday 10 April 2030")."""
    h1 = tree.xpath("//body//h1")
    # (the next element, not a comment between: "<!-- Start News Display Template -->")
    following = next(iter(h1[0].xpath("following-sibling::*[1]")), None) if len(h1) == 1 else None
    text = _clean(" ".join(following.itertext())) if following is not None else ""
    found = _MONTH_DAY_YEAR.search(text) if len(text.split()) <= DATE_LINE_MAX_WORDS else None
    return _found_date(found) if found else None


DATE_LINE_MAX_WORDS = 12


def _published_marks(tree) -> set[dt.date]:
    """The days the page's markup states as its publication's: meta tags and schema.org properties."""
    values = tree.xpath("//meta[re:test(@property, 'published|pubdate|release_date', 'i') or re:test(@name, "
                        "'published|pubdate|publish[-_]?date|^(?:(?:dc|dcterms)\\.)?date$|sailthru\\.date|parsely-pub-date', 'i')"
                        " or @itemprop='datePublished']/@content | //*[@itemprop='datePublished']/@datetime",
                        namespaces={"re": "http://exslt.org/regular-expressions"})
    days = {d for v in values if (d := _date(v.strip()))}
    # ... and its address's own day: "https://laprensafl.com/2020/02/17/tenemos-...", the local day of a UTC stamp
    for address in tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content"):
        if (m := re.search(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:/|$)", address)):
            try:
                days.add(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            except ValueError:
                pass
    return days



_FIRST_AT = re.compile(r"Updated\s+(.{6,20}?\d{4})\b.{0,40}?first published at\s+\d{1,2}[.:]\d\d\s*[ap]\.?m", re.I)


# "This article was originally published in Polish on 4 June 2028": another edition's (or outlet's) day, not this page's
_ORIGINAL_ELSEWHERE = re.compile(r"\b(?i:originally|first)\s+(?i:published|appeared|ran)\s+in\s+(?:[Tt]he\s+)?[A-Z]")


# "Published December 2, 2024 5:12 PM UTC" printed beside a more prominent "Updated" stamp.
# (... its other facts after a mid dot or a bar: "Published 28 March 2030 · Applies to Pillar Signal Cloud 6.x")
_PUBLISHED_LINE = re.compile(r"(?:First\s+)?(?:Published|Posted)(?:\s+on)?\s*:?\s+(?P<date>\S.{5,60}?)(?:\s+[·|•]\s+\S.{0,100})?$", re.I)


# (the day perhaps with its ordinal, its links' text joined with spaces: "Mar. 29th , 2030", "1st March 2030")
_MONTH_DAY_YEAR = re.compile(r"\b(?P<month>[A-Z][a-z]{2})[a-z]*\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s?,?\s+(?P<year>(?:19|20)\d\d)\b"
                             r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[A-Z][a-z]{2})[a-z]*\.?,?\s+(?P<year2>(?:19|20)\d\d)\b"
                             r"|\b(?P<iso>(?:19|20)\d\d(?P<sep>[-./])\d\d(?P=sep)\d\d)\b")  # ... "2026.09.15", a Korean site's
_MONTHS = {name[:3]: number for number, name in enumerate(MONTH_NAMES, 1)}


def _found_date(found: re.Match) -> dt.date | None:
    """The date a _MONTH_DAY_YEAR match spells."""
    if found.group("iso"):
        return _date(found.group("iso"))
    month = _MONTHS.get(found.group("month") or found.group("month2"))
    try:
        return dt.date(int(found.group("year") or found.group("year2")), month,
                       int(found.group("day") or found.group("day2"))) if month else None
    except ValueError:
        return None


PUBLISHED_LINE_MAX_CHARS = 160


def _published_line(tree) -> dt.date | None:
    """The date a page's own "Published ..." line gives ("Published December 2, 2024 5:12 PM UTC")."""
    for element in tree.xpath("//body//*[self::span or self::p or self::div or self::time or self::li or self::small]"):
        text = _clean(" ".join(element.itertext()))
        match = _PUBLISHED_LINE.fullmatch(text) if len(text) <= PUBLISHED_LINE_MAX_CHARS else None
        found = _MONTH_DAY_YEAR.search(match.group("date")) if match else None
        if not found:
            continue
        return _found_date(found)
    return None


# "Source: China Horizon | Editor: Zhang Rui | 2025-03-04 10:21": the fields a state-media page prints.
_FIELD_LABEL = re.compile(r"\b(?:Source|Editor|Author|Reporter|Release(?:d| time)?|Time|Date|Published)\s*[:：]", re.I)


def _date_row(tree) -> dt.date | None:
    """A government page's table of fields over the text: "<tr><th>Date</th><td>2026-07-16</td></tr>" (its
    "Last Updated" line below the text is a later day), or a list of them: "<dt>Published</dt><dd>31.1.2030</dd>" (a
    documentation page's field list with its colon: "<dt>Date<span class='colon'>:</span></dt>")."""
    label = "re:test(normalize-space(.), '^(?:date|release date|date of release|published|posted)\\s*:?$', 'i')"
    for cell in tree.xpath(f"//tr[th[{label}]]/td | //dt[{label}]/following-sibling::dd[1]",
                           namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean(" ".join(cell.itertext()))
        found = list(_MONTH_DAY_YEAR.finditer(text))
        if len(found) == 1:
            return _found_date(found[0])
        # (... or in figures with full stops, the day first: "31.1.2030", "1.2.2030 10.15")
        if dotted := re.fullmatch(r"(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?:,?\s+\d{1,2}[.:]\d\d)?", text):
            try:
                return dt.date(int(dotted.group(3)), int(dotted.group(2)), int(dotted.group(1)))
            except ValueError:
                continue
    return None


def _field_line_date(tree) -> dt.date | None:
    """The date of a short line of labelled fields: with no date in the page's markup, what the page
    prints beats htmldate's guess from any date it shows (a 'Related' list's, a link's address)."""
    for element in tree.xpath("//body//*[self::span or self::p or self::div or self::td or self::li or self::small]"):
        text = _clean(" ".join(element.itertext()))
        if len(text) > 120 or not _FIELD_LABEL.search(text):
            continue
        found = _MONTH_DAY_YEAR.search(text)
        if found and found.group("iso"):
            return _date(found.group("iso"))
    return None


def _stamp_elements(tree):
    """The page's own time stamps (an element classed "timestamp", "date", "published"), each with its text: not an
    "Updated ..." one, not the site's clock, not a related piece's or a listed story's."""
    # (... or so classed in the site's language: Estonian "avaldatud", Spanish "publicado", Finnish "julkaistu")
    for element in tree.xpath("//body//*[re:test(concat(@class, ' ', @id, ' ', @data-testid), 'timestamp|date|publish|posted|(?:^|\\s)issue(?:$|\\s)|"
                              "avaldatud|publicad|pubblicat|veroeffentlicht|veröffentlicht|gepubliceerd|julkaistu|publicerad|"
                              "opublikowan|objavljen', 'i')]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        text = _clean(" ".join(element.itertext()))
        # (a forum's post date with its edit note inside it: "24-05-2030, 08:40 AM <span class='post_edit'>(Última
        # modificación: 25-05-2030 ...)</span>": the stamp's own words before it)
        text = _clean(element.text or "") if len(text) > 80 and len(element) else text
        if not text or len(text) > 80 or re.match(r"(?:last\s+)?updated?\b", text, re.I) \
                or re.search(r"\d\s?°", text) \
                or re.search(r"date[-_]*top(?![a-z])|\btop[-_]?bar(?:\b|_)|current[-_]?date|today|hdr[-_]*date|revision|modified"
                             r"|(?<!insight-)(?<!article-)(?<!entry-)(?<!post-)(?<!story-)header[-_]*date|date[-_]*now",
                             # (its box's too: Tiki's "<div id='mod-datetop1'><span class='date-module'>")
                             " ".join(f"{e.get('class') or ''} {e.get('id') or ''}" for e in (element, element.getparent())
                                      if e is not None), re.I) \
                or element.xpath("ancestor-or-self::*[re:test(@class, '(?:^|\\s|-)(?:card|teaser|related)(?:$|\\s|__|-)', 'i')]",
                                 namespaces={"re": "http://exslt.org/regular-expressions"}) \
                or any(len(_clean(" ".join(a.itertext())).split()) >= 4 for a in element.xpath("ancestor::li[1]//a[@href]")):
            # (nor the site's clock beside its weather: "<p class='kab-date'>Jeudi 11 juillet 2030 · N'Djamena 37 °C</p>")
            # (nor a revision's, the source file's last change a static site prints under the post: "<span
            # class='git-revision-date-localized-plugin-date'>", "<span class='date-modified'>")
            # (nor the site's clock in its top bar: "<span class='dateTop'>Wednesday, 21 Oct, 2026</span>", "<div
            # class='topbar__date'>", "<span
            # id='ctl00_lblTodayDate'>", but an article's
            # header's "insight-header__date" is its own; nor a related piece's card: "<span class='card__date'>", nor a
            # date in a list of related news: "<div class='block-related-news'>"; nor the date beside another story's
            # headline in a list, whatever the list's class: "<li><a>Rwanda FDA asks ...</a> <span class='date'>07/06/2030")
            continue
        yield element, text


def _stamp_date(tree) -> dt.date | None:
    """The date of the page's own time stamp (an element classed "timestamp", "date", "published"):
    with no date in the markup, what the page prints beats htmldate's guess from a style sheet's
    version ("mw-main.css?v=20250901") or a link's address. An "Updated ..." stamp is not one."""
    for element, text in _stamp_elements(tree):
        found = _MONTH_DAY_YEAR.search(text)
        if found:
            return _found_date(found)
        # (... after its weekday too: "Tuesday, 20/2/2029, 06:30 (GMT+7)")
        # (... or Plone's "— published 20-09-2029")
        numeric = _NUMERIC_STAMP.match(text)  # (Slovak and Czech "23. 1. 2030")
        if numeric and not re.search(r"related|comment|teaser", element.get("class", ""), re.I):
            # "03.12.26" on a US Senate committee's page is 12 March 2026; "12.03.26" elsewhere the same.
            first, second, year = (int(numeric.group(g)) for g in (1, 3, 4))
            us = first <= 12 < second or (second <= 12 and MONTH_FIRST_PLACE.search(_clean(" ".join(tree.xpath("//title//text()")))
                                                                            + " " + (tree.get("lang") or "")))
            if first <= 12 and second <= 12 and first != second and not us:
                # "01/12/2026 05:18 PM" over "Taipei, Jan. 12 (TPNA) -": the day the text writes out in words decides
                us = _written_day(tree, first, second) and not _written_day(tree, second, first)
                # ... or the page's other numeric dates, one of them unambiguous: "01.14.2027" in its related list
                us = us or _numeric_order(tree) == "month first"
            month, day = (first, second) if us else (second, first)
            try:
                return dt.date(year + 2000 if year < 100 else year, month, day)
            except ValueError:
                continue
    # (... or the stamp's tooltip, the day and time a link over the post's date shows: "<a data-title='Oct 18, 2029 20:20'>")
    for element in tree.xpath("//body//*[@data-title][not(ancestor::aside or ancestor::footer or ancestor::nav)]"):
        value = _clean(element.get("data-title") or "")
        found = _MONTH_DAY_YEAR.match(value) if len(value) <= TOOLTIP_STAMP_MAX_CHARS else None
        if found and _MONTH_DAY_YEAR.search(_clean(" ".join(element.itertext()))):
            return _found_date(found)
    return None


def _modified_only(raw: bytes, day: dt.date) -> bool:
    """The page's date is when it was modified (og:updated_time, dateModified), no meta tag saying when it was published."""
    return bool(re.search(rf"(?:updated_time|modified_time|dateModified|last-modified|dcterms\.modified|DC\.date\.modified)"
                          rf"[^>]{{0,80}}{day.isoformat()}".encode(), raw, re.I)) \
        and not re.search(rb"published_time|datePublished|article:published|name=[\"']pubdate", raw)


STAMP_BLOCK_REACH = 4  # blocks from the text's top where a date line over it stands
STAMP_LINE_MAX_WORDS = 10


def _byline_or_stamp(text: str) -> bool:
    """A byline ("Por A", "By A") or a short date line ("San Pedro Sula, jueves 27 de junio de 2030")."""
    return bool(_BYLINE.match(text) or _OVER_BYLINE.match(text)) \
        or len(text.split()) <= STAMP_LINE_MAX_WORDS and _has_year(text) and not _SENTENCE_END.search(text)


def _has_year(text: str) -> bool:
    """A year in the text, in any script's digits ("ឆ្នាំ២០៣០")."""
    return bool(re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text.translate(NATIVE_DIGITS)))


def _stamp_under_headline(tree) -> str:
    """The stamp right under the page's headline, its own element beside it ("<h1>...</h1><span class='titleb'>Publié le
    vendredi 28 juin 2030 à 06:00</span>"): the article's, before any clock or list the page prints elsewhere."""
    for h1 in tree.xpath("//body//h1")[:2]:
        for element in h1.itersiblings():
            text = _clean(" ".join(element.itertext()))
            # (its first part that holds a year, where it holds the update's too: "<span class='post-date'>20 червня
            # 2026</span> <span class='post-updated'>Оновлено: 21.06.2026</span>")
            part = next((t for e in element.iter() if not len(e) and _has_year(t := _clean(" ".join(e.itertext())))), text)
            if part and len(part) <= 80 and _has_year(part) and not _UPDATE_STAMP.match(part):
                return part
            if len(text.split()) > STAMP_LINE_MAX_WORDS:
                break  # (the text's own paragraphs: no stamp under the headline)
    return ""


def _worded_stamp(tree) -> str:
    """The page's own time stamp as printed, where its month is in words no rule here reads ("20 червня 2030, 18:25"):
    the text rules read it with the registry's months."""
    return next((text for _, text in _stamp_elements(tree)
                 if _has_year(text) and not _MONTH_DAY_YEAR.search(text) and not _UPDATE_STAMP.match(text)
                 and not _NUMERIC_STAMP.match(text) and re.search(r"[^\W\d_]{3,}", text)), "")


_NUMERIC_STAMP = re.compile(r"(?:[—–-]\s*)?(?:(?:Published|Posted|published|posted)\s*:?\s*)?(?:[A-Z][a-z]{2,8}\.?,?\s+)?"
                            r"(\d{1,2})([./-]) ?(\d{1,2})\2 ?((?:20)?\d\d)\b(?![./-]\d)")


TOOLTIP_STAMP_MAX_CHARS = 40



_NUMERIC_DATE = re.compile(r"(?<![\d./])(\d{1,2})[./](\d{1,2})[./](?:19|20)\d\d(?![\d./])")


def _numeric_order(tree) -> str | None:
    """How the page writes its numeric dates, when one of them can be read only one way ("01.14.2027"
    is month first, "14.01.2027" day first) and none says the other."""
    orders = {"day first" if int(m.group(1)) > 12 else "month first"
              for m in _NUMERIC_DATE.finditer(_shown_text(tree))
              if (int(m.group(1)) > 12) != (int(m.group(2)) > 12)}
    return orders.pop() if len(orders) == 1 else None


def _printed_days(tree) -> set[dt.date]:
    """Every whole day the page's text prints ("12 Juni 2030", "May 28, 2030")."""
    return {d for m in _MONTH_DAY_YEAR.finditer(_shown_text(tree)) if (d := _found_date(m))}


def _written_day(tree, month: int, day: int) -> bool:
    """The page's text writes this day out with its month's name: "Jan. 12", "January 12", "12 January"."""
    name = MONTH_NAMES[month - 1]
    pattern = rf"\b(?:{name[:3]}(?:{name[3:]}|\.)?\s+{day}\b(?!\d)|(?<!\d){day}\s+{name[:3]}(?:{name[3:]}|\.)?\b)"
    return bool(re.search(pattern, " ".join(tree.xpath("//body//p//text()"))))


def _stale_markup(tree, headline: str) -> bool:
    """The schema.org data describes another article: a template's block left from an older page ("Nearshoring lifts
    Nuevo León steel orders" on a page headlined "Monterrey crane builder courts US ports ..."), no word of whose
    headline the page's own shares."""
    words = set(re.findall(r"\w{4,}", headline.lower()))
    heads = [str(item["headline"]) for item in _json_ld_items(tree) if item.get("headline")
             and re.search(r"Article|Posting|Report", str(item.get("@type", "")))]
    return bool(words and heads) and all(not set(re.findall(r"\w{4,}", h.lower())) & words for h in heads)


def _lead_stamp(blocks: list[Block]) -> dt.date | None:
    """The day a short line over the text prints ("Thursday, June 21, 2029 · 12:30 h (CDMX)"), where a page builder's
    text blocks carry its header (not an update's: "Actualizado: 21/06/2029")."""
    for block in blocks[:LEAD_STAMP_REACH]:
        text = block.text.strip()
        if len(text.split()) <= 12 and not _UPDATE_STAMP.match(text) and (found := _MONTH_DAY_YEAR.search(text)):
            return _found_date(found)
    return None


LEAD_STAMP_REACH = 5
_UPDATE_STAMP = re.compile(r"(?:last\s+)?(?:updated|actualizado|atualizado|mis à jour|aktualisiert)\b", re.I)  # an update's stamp


def _dated_markup(tree) -> bool:
    """The page's markup states a date (meta tags, schema.org data, <time datetime>), so htmldate
    reads it rather than guessing from the text."""
    return bool(tree.xpath("//meta[re:test(concat(@property, ' ', @name, ' ', @itemprop), 'date|time|publish', 'i')]"
                           " | //time[@datetime] | //*[@itemprop='datePublished']",
                           namespaces={"re": "http://exslt.org/regular-expressions"})) \
        or any("datePublished" in (script.text or "") for script in tree.xpath("//script[@type='application/ld+json']"))


def _guessed_date(value: str | None, raw: bytes) -> dt.date | None:
    """trafilatura's own guess, unless it is a year alone read as 1 January ("common.css?v=2019"):
    a day the page never prints is no publication date."""
    day = _date(value)
    if day and (day.month, day.day) == (1, 1) and day.isoformat().encode() not in raw:
        return None
    return day


def _unlisted(day: dt.date | None, tree) -> dt.date | None:
    """htmldate's guess, unless the page prints that day only beside a link to another page: a list of its other posts
    ("<a>Nuevo récord de demanda máxima</a> · 08/04/2030"), where the text rules look for the page's own day instead."""
    if day is None:
        return None
    forms = (f"{day.day:02}/{day.month:02}/{day.year}", f"{day.day}/{day.month}/{day.year}", day.isoformat(),
             f"{day.day:02}.{day.month:02}.{day.year}", f"{day.day}.{day.month}.{day.year}")
    printed = [e for e in tree.xpath("//body//*[self::p or self::li or self::div or self::span or self::td]")
               if not any(c.tag in ("p", "li", "div", "td") for c in e) and any(f in _text(e) for f in forms)]
    # (... its line, or its list's item: "<li><a>Rwanda FDA asks ...</a> <span class='date'>07/06/2030</span></li>")
    return None if printed and all(e.xpath("ancestor-or-self::*[self::li or self::p or self::tr][1]//a[@href]") or e.xpath(".//a[@href]")
                                   for e in printed) else day


def _first_published(line: dt.date | None, markup: dt.date | None) -> dt.date | None:
    """The markup's date, unless the page prints an earlier one as when it was published (the
    markup gave the update)."""
    return line if line and (not markup or line < markup) else markup


def _local(day: dt.date | None, raw: bytes, tree) -> dt.date | None:
    """The markup's date in the outlet's own time: a stamp in UTC ("2026-07-04T23:30:00Z") is a day off
    the date the page prints for its readers ("Jul 5, 2026", "04 Mar 2026, 12:40 AM IST")."""
    if not day:
        return day
    if not re.search(rf"{day.isoformat()}T\d\d:\d\d".encode(), raw):
        # a day with no time ("publish-date" 20270210): the stamp the page prints a day off it is the outlet's day
        printed = _stamp_date(tree)
        return printed if printed and abs((printed - day).days) == 1 else day
    if re.search(rf"{day.isoformat()}T00:00(?::00)?(?![\d.:+Z-])".encode(), raw):
        # "2026-10-23T00:00:00", a day with a placeholder's time and no zone (the draft's day), under the one stamp the
        # page prints for readers a few days later ("October 26, 2026"): the printed day
        printed = _stamp_date(tree)
        if printed and 0 < (printed - day).days <= PLACEHOLDER_DAY_REACH:
            return printed
    for printed in (_published_line, _printed_stamp, lambda tree: _time_text(tree, day), lambda tree: _zoned_twin(day, raw),
                    lambda tree: _printed_moment(tree, day, raw), lambda tree: _printed_neighbour(tree, day, raw),
                    lambda tree: _printed_zone(tree, day, raw), lambda tree: _printed_near_midnight(tree, day, raw),
                    # ... or the date its header prints ("<span class='commentary-hero__date'>August 10, 2027</span>" over
                    # a published_time of the 9th at 21:00 -04:00)
                    lambda tree: _late_stamp(tree, day, raw), lambda tree: _dateline_eve(tree, day, raw),
                    lambda tree: _dated_release(tree, day),
                    lambda tree: _shown_eve(tree, day, raw)):
        found = printed(tree)
        if found and abs((found - day).days) <= 1:
            return found  # (a stamp a week off is another story's, a card's: the next place is asked)
    return day


def _late_stamp(tree, day: dt.date, raw: bytes) -> dt.date | None:
    """The day the page's header prints, the day after a moment late in the evening (or before one early in the
    morning): the same night in another zone, not the site's clock of today."""
    moment = re.search(rf"{day.isoformat()}T(\d\d):".encode(), raw)
    printed = _stamp_date(tree) if moment else None
    hour = int(moment.group(1)) if moment else 12
    return printed if printed and ((printed - day).days == 1 and hour >= LATE_HOUR or (day - printed).days == 1
                                   and hour < EARLY_HOUR) else None


LATE_HOUR, EARLY_HOUR = 20, 4  # a moment this late (or early) may be the next (or last) day where the page's readers are
DATELINE_EVE_HOUR = 10  # a UTC moment before this hour is still the day before in the Americas
_DATELINE_DAY = re.compile(r"[A-Z][A-Z .'’-]{2,40}(?:/[A-Z][A-Z .'’-]{2,40})*(?:,\s*[A-Z][\w .'’-]{2,30})?,\s+"
                           r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})\b")


def _shown_eve(tree, day: dt.date, raw: bytes) -> dt.date | None:
    """article:published_time 2029-08-20T00:45Z and the one day the post shows, <time datetime="2029-08-19">: the
    evening before in the writer's America (a newsletter platform's stamps are in UTC)."""
    if not re.search(rf"{day.isoformat()}T0\d:\d\d[^>\"']{{0,8}}(?:Z|\+00:?00)".encode(), raw) \
            or int(re.search(rf"{day.isoformat()}T(\d\d)".encode(), raw).group(1)) >= DATELINE_EVE_HOUR:
        return None
    days = {v.strip() for v in tree.xpath("//body//time[not(ancestor::aside or ancestor::footer or ancestor::nav)]/@datetime")
            if re.fullmatch(r"\d{4}-\d\d-\d\d", v.strip())}
    shown = _date(days.pop()) if len(days) == 1 else None
    return shown if shown and (day - shown).days == 1 else None


def _dateline_eve(tree, day: dt.date, raw: bytes) -> dt.date | None:
    """"WASHINGTON, Nov 9 (TP) - ..." over a UTC moment early on the 10th, and no day printed for readers (a portal's
    "2 days ago"): the evening of the 9th where the story was filed."""
    moment = re.search(rf"{day.isoformat()}T(\d\d):\d\d(?::\d\d(?:\.\d+)?)?(?:Z|\+00:?00)".encode(), raw)
    if not moment or int(moment.group(1)) >= DATELINE_EVE_HOUR:
        return None
    for paragraph in itertools.islice(tree.iter("p"), DATELINE_REACH):
        match = _DATELINE_DAY.match(_clean(" ".join(paragraph.itertext())))
        if match:
            eve = day - dt.timedelta(days=1)
            return eve if (eve.month, eve.day) == (_MONTHS[match.group("month")], int(match.group("day"))) else None
    return None


DATELINE_REACH = 40  # paragraphs of a page looked through for the story's dateline


_DATELINE_YEAR = re.compile(r"[A-ZÀ-Þ][\w .'’-]{2,40}(?:,\s*[\w .'’-]{2,30})?,\s+(?P<day>[^–—]{6,30}?\b(?:19|20)\d\d)\s*[–—-]\s")


def _dated_release(tree, day: dt.date) -> dt.date | None:
    """"LISBON, 7 February 2030 – ... the company announced today." over a publishing moment the evening before (the
    release scheduled, or saved, the day before it went out): the day the release gives itself, in full."""
    for paragraph in itertools.islice(tree.iter("p"), DATELINE_REACH):
        match = _DATELINE_YEAR.match(_clean(" ".join(paragraph.itertext())))
        if match and (found := _MONTH_DAY_YEAR.search(match.group("day"))):
            dated = _found_date(found)
            return dated if dated and (dated - day).days == 1 else None
    return None


def _printed_near_midnight(tree, day: dt.date, raw: bytes) -> dt.date | None:
    """The page's own printed stamp ("09.08.2026" in the header) a day off a UTC moment within a few hours of
    midnight ("2026-09-07T23:40:10+00:00"): the outlet's day in its own zone."""
    hours = [int(m.group(1)) for m in re.finditer(rf"{day.isoformat()}{_STAMP_IN_UTC}".encode(), raw)]
    # (the first moment, the page's publishing one: a later "modified" the same day may be any hour)
    near = bool(hours) and (hours[0] >= 24 - MIDNIGHT_REACH_HOURS or hours[0] < MIDNIGHT_REACH_HOURS)
    return _stamp_date(tree) if near else None


PLACEHOLDER_DAY_REACH = 7  # how many days after a markup's placeholder midnight a printed stamp may still be the same piece's
MIDNIGHT_REACH_HOURS = 5  # how far from midnight UTC a moment may be another day in the outlet's zone (UTC-5 to UTC+5)
_STAMP_IN_UTC = r"T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)"
_ZONED_STAMP = re.compile(rb"((?:19|20)\d\d-\d\d-\d\d)T(\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?([+-])(\d\d):?(\d\d)")


_PRINTED_MOMENT = re.compile(r"\b((?:19|20)\d\d)[/.-](\d{1,2})[/.-](\d{1,2})[,\s]+(\d{1,2}):(\d\d)\b")
_PRINTED_MOMENT_US = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)[,\s]+(\d{1,2}):(\d\d)\s*([AaPp]\.?[Mm]\.?)?")


def _printed_moment(tree, day: dt.date, raw: bytes) -> dt.date | None:
    """The local date of the markup's UTC moment, printed for readers with its time ("2026/03/04 07:30" under
    "2026-03-03T22:30:00Z"): the same moment in a zone whole hours (or half hours) away, a day later or earlier."""
    moments = [dt.datetime.combine(day, dt.time(int(m.group(1)), int(m.group(2))))
               for m in re.finditer(rf"{day.isoformat()}{_STAMP_IN_UTC}".encode(), raw)]
    body = tree.find(".//body")
    if not moments or body is None:
        return None
    text = " ".join(body.itertext())
    for match in [*_PRINTED_MOMENT.finditer(text), *_PRINTED_MOMENT_US.finditer(text)]:
        try:
            if match.re is _PRINTED_MOMENT_US:  # "04/23/2026 06:12 AM": month, day, year, a twelve-hour clock
                hour = int(match.group(4)) % 12 + (12 if match.group(6).replace(".", "").upper() == "PM" else 0) \
                    if match.group(6) else int(match.group(4))
                local = dt.datetime(int(match.group(3)), int(match.group(1)), int(match.group(2)), hour, int(match.group(5)))
            else:
                local = dt.datetime(*(int(g) for g in match.groups()))
        except ValueError:
            continue
        if local.date() != day and any(abs(local - m) <= dt.timedelta(hours=14) and (local - m) % dt.timedelta(minutes=30)
                                       == dt.timedelta(0) for m in moments):
            return local.date()
    return None


_CLOCK_MONTH_DAY = re.compile(r"\b(\d{1,2}):(\d\d)\s*([AaPp])\.?[Mm]\.?\s*(?:[A-Z]{2,4}\b)?,?\s+([A-Z][a-z]{2})[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)")
_ANY_UTC_STAMP = re.compile(rb"((?:19|20)\d\d-\d\d-\d\d)" + _STAMP_IN_UTC.encode())


def _printed_zone(tree, day: dt.date, raw: bytes) -> dt.date | None:
    """The local date of the markup's UTC publication time in the zone the page prints another of its moments in:
    "Updated 11:48 PM EST, November 4, 2026" is dateModified "2026-11-05T04:48:37Z" five hours back, so datePublished
    "2026-11-05T03:02:11Z" was the 4th for the wire's readers."""
    published = [dt.datetime.combine(day, dt.time(int(m.group(1)), int(m.group(2))))
                 for m in re.finditer(rf"{day.isoformat()}{_STAMP_IN_UTC}".encode(), raw)]
    moments = {dt.datetime.combine(dt.date.fromisoformat(m.group(1).decode()), dt.time(int(m.group(2)), int(m.group(3))))
               for m in _ANY_UTC_STAMP.finditer(raw)}
    body = tree.find(".//body")
    if not published or body is None:
        return None
    for match in _CLOCK_MONTH_DAY.finditer(" ".join(body.itertext())):
        month = _MONTHS.get(match.group(4))
        try:
            hour = int(match.group(1)) % 12 + (12 if match.group(3).upper() == "P" else 0)
            local = dt.datetime(int(match.group(6)), month, int(match.group(5)), hour, int(match.group(2))) if month else None
        except ValueError:
            continue
        offsets = {local - m for m in moments if local and abs(local - m) <= dt.timedelta(hours=14)
                   and (local - m) % dt.timedelta(minutes=30) == dt.timedelta(0)}
        if len(offsets) == 1:
            return (published[0] + offsets.pop()).date()
    return None


def _printed_neighbour(tree, day: dt.date, raw: bytes) -> dt.date | None:
    """The one date the page prints for its readers, a day off the markup's UTC stamp (the day before for a stamp in the
    morning UTC, after for one in the evening) and the markup's own day printed nowhere: "Oct 14, 2026" on a post stamped
    "2026-10-15T00:42:17Z" (written in the evening in the Americas)."""
    hours = {int(m.group(1)) for m in re.finditer(rf"{day.isoformat()}{_STAMP_IN_UTC}".encode(), raw)}
    body = tree.find(".//body")
    if len(hours) != 1 or body is None:
        return None
    text = " ".join(body.itertext())
    # (not an update's: "Updated Jan 23, 2026" is when it changed, not where it was published)
    printed = {d for m in _MONTH_DAY_YEAR.finditer(text) if (d := _found_date(m))
               and not re.search(r"(?:updated|modified|edited)\W{0,3}(?:on\W{1,3})?$", text[max(0, m.start() - 20):m.start()], re.I)}
    near = {d for d in printed if abs((d - day).days) <= 1}
    if len(near) != 1 or day in near:
        return None
    neighbour = next(iter(near))
    return neighbour if (neighbour < day) == (next(iter(hours)) < 12) else None


def _zoned_twin(day: dt.date, raw: bytes) -> dt.date | None:
    """The local date of the same moment the markup also gives in its own zone: article:published_time
    "2026-01-05T22:15:00+00:00" and the JSON-LD's "2026-01-06T07:15:00+09:00" are one time, the 6th in Seoul."""
    moments = set()
    for match in re.finditer(rf"{day.isoformat()}{_STAMP_IN_UTC}".encode(), raw):
        moments.add(dt.datetime.combine(day, dt.time(int(match.group(1)), int(match.group(2)))))
    for match in _ZONED_STAMP.finditer(raw):
        sign = 1 if match.group(4) == b"+" else -1
        offset = dt.timedelta(hours=int(match.group(5)), minutes=int(match.group(6))) * sign
        if not offset:
            continue
        try:
            local = dt.datetime.combine(dt.date.fromisoformat(match.group(1).decode()),
                                        dt.time(int(match.group(2)), int(match.group(3))))
        except ValueError:
            continue
        if local - offset in moments:
            return local.date()
    return None



def _time_text(tree, day: dt.date) -> dt.date | None:
    """The date a <time> element prints for the stamp it carries in UTC:
    <time datetime="2026-07-14T22:40:00Z">Wednesday, 15 Jul 2026 6:40 AM MYT</time>."""
    for element in tree.xpath(f"//time[starts-with(@datetime, '{day.isoformat()}T')]"):
        around = element.getparent()
        if around is not None and re.match(r"(?:last\s+)?(?:updated|modified)\b", _clean(" ".join(around.itertext())), re.I):
            continue  # ("Updated / <time datetime='...T23:20:14Z'>Saturday, 9 Jun 2029 00:20</time>": the update's day, not the piece's)
        found = list(_MONTH_DAY_YEAR.finditer(_clean(" ".join(element.itertext()))))
        if len(found) == 1:
            return _found_date(found[0])
    return None


def _printed_stamp(tree) -> dt.date | None:
    """The one date a publication stamp prints for readers (not an "updated" one, nor a related card's)."""
    for element in tree.xpath("//body//*[re:test(concat(@class, ' ', @id, ' ', @data-testid, ' ', @itemprop), "
                              "'publish|posted|date', 'i')]", namespaces={"re": "http://exslt.org/regular-expressions"}):
        marks = " ".join(element.get(a, "") for a in ("class", "id", "data-testid", "itemprop"))
        # ("Mon 12 Oct 2026 00.01 BST Last modified on ...": the stamp, then its update)
        text = re.split(r"\|?\s*(?:Last\s+)?(?:Updated|modified)\b", _clean(" ".join(element.itertext())), flags=re.I)[0]
        found = list(_MONTH_DAY_YEAR.finditer(text)) if len(text) <= 80 else []
        if len(found) == 1 and not re.search(r"updated|modified|today|card|related|teaser|comment|embed|date[-_]?now|now[-_]?date"
                                             r"|(?<![a-z])top[-_]|topbar|current[-_]?date|masthead|hdr[-_]*date|header[-_]*date|date[-_]*top\b"
                                             r"|date[-_]?bar", marks, re.I) \
                and not re.match(r"(?:last\s+)?updated\b", text, re.I) and not re.search(r"\d\s?°", text):
            return _found_date(found[0])  # (not the site's clock beside its weather: "Saturday 27 July 2030 · Tauranga 14°C")
    return None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(re.sub(r"[./]", "-", value[:10])) if value else None
    except ValueError:
        return None


_WIRE_WORDS = {"Agency", "Service"}  # "Meridian News Agency", "Tideline News Service": a wire's company, og:site_name its brand


def _brand_texts(tree) -> list[str]:
    """The words of the header's link home and of the links classed as the brand or the logo: a logo's name beside it."""
    return [_clean(" ".join(a.itertext())) for a in tree.xpath("//header//a[@href='/'] | //a[re:test(@class, 'brand|logo', 'i')]",
                                                              namespaces={"re": "http://exslt.org/regular-expressions"})]


def _spelled_out(site: str, tree) -> str:
    """"AGEP" (a <title>'s suffix) where the page's description spells it out, "AGEP – Associação de Gestores e
    Proprietários de Edifícios": the body's name, the acronym's letters the first letters of its words, in order."""
    if not re.fullmatch(r"[A-Z]{2,6}", site):
        return site
    for text in tree.xpath("//meta[@name='description' or @property='og:description']/@content"):
        spelled = re.fullmatch(rf"{site}\s*[–—:-]\s*([^\W\d_][^.;|]{{5,120}}?)\s*", _clean(text))
        initials = iter(w[0].upper() for w in spelled.group(1).split()) if spelled else iter(())
        if spelled and spelled.group(1)[0].upper() == site[0] and all(letter in initials for letter in site):
            return spelled.group(1)
    return site


_NEWSROOM = re.compile(r"(?P<brand>\S.{0,40}?)\s+(?:News\s?room|Press\s?room|Press\s+(?:Centre|Center)|Media\s+(?:Centre|Center|Room))")
_ABOUT = re.compile(r"About\s+(?:the\s+)?(\S.{2,80})")


def _newsroom_owner(site: str, tree) -> str:
    """"Lumora Newsroom" (a company's press pages) where the page's "About Lumora Inspection Systems" box names the
    company: the company is the source, as a reader cites it."""
    newsroom = _NEWSROOM.fullmatch(site)
    if not newsroom:
        return site
    brand = newsroom.group("brand")
    for heading in tree.xpath("//h2|//h3|//h4|//strong|//b"):
        about = _ABOUT.fullmatch(_clean("".join(heading.itertext())).rstrip(":"))
        if about and about.group(1).startswith(brand + " ") and len(about.group(1).split()) <= 6:
            return about.group(1)
    return site


_HELP_CENTRE = re.compile(r"\S.{0,40}?\s+(?:Help\s+Cent(?:er|re)|Support(?:\s+Cent(?:er|re))?|Knowledge\s+Base|Docs|Documentation"
                          r"|Developer\s+Docs)", re.I)
_COPYRIGHT_OWNER = re.compile(r"©\s*(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)\d\d)?\s+)?(?P<owner>[A-Z][\w&'’ -]{2,60}?)\s*(?:[.,|]|$)")


def _help_centre_owner(site: str, tree) -> str:
    """"Pillar Help Center" (a product's help pages) where the footer's © line names the company that makes it, "©
    2030 Europa Point Mobility Ltd.", and its text does too: the company is the source, as a reader cites it."""
    if not _HELP_CENTRE.fullmatch(site):
        return site
    text = " ".join(tree.xpath("//body//p//text()"))
    for line in tree.xpath("//body//text()[contains(., '©')]"):
        owner = _COPYRIGHT_OWNER.search(_clean(line))
        name = _without_legal_form(owner.group("owner").strip()) if owner else ""
        if len(name.split()) >= 2 and re.search(rf"\b{re.escape(name)}\b", text) and not _loose(site).startswith(_loose(name)):
            return name
    return site


# Publishing tools whose name a page may give as its site's ("og:site_name" Confluence): never an outlet's masthead
_PLATFORMS = frozenset({"Confluence", "SharePoint", "Notion", "Google Sites", "Google Docs", "Jira", "GitBook", "Coda"})


def _software_named(tree, text: str) -> bool:
    """A name the page's software left in its metadata, its own (the generator "eZ Publish" and the author "eZ Systems",
    the generator "XOOPS" and the copyright "Copyright XOOPS © 2001-2020"): no outlet's, no writer's."""
    software = next((w.group(0) for v in tree.xpath("//meta[@name='generator']/@content") if (w := re.match(r"[^\W\d_]{2,}", v))), "")
    return bool(software) and bool(re.search(rf"(?<!\w){re.escape(software)}(?!\w)", text, re.I))


def _site_name(tree, found: str, headlines: tuple[str, ...], url: str) -> str:
    """The outlet's name: the page's own (og:site_name and the like, as trafilatura read it; the
    <title>'s suffix; application-name, JSON-LD publisher, the header logo's alt text), and a
    bare host name only when the page names itself nowhere."""
    account = [_clean("".join(e.itertext())) for e in tree.xpath("//*[@id='js_name']")]
    if account and account[0]:
        return account[0]  # a WeChat official account's post: the account is the outlet ("<a id='js_name'>China Trade Compass</a>")
    handles = {h.lstrip("@") for h in tree.xpath("//meta[@name='twitter:site' or @property='twitter:site']/@content")}
    if found.lstrip("@") in handles:
        found = ""  # "@SE_mx": the outlet's social handle (trafilatura's last resort), not its name
    if found and _software_named(tree, found):
        found = ""  # "eZ Systems", "Copyright XOOPS © 2001-2020": the software's own name, left in the page's metadata
    # (... or the address itself, "https://www.ilhasemfoco.example", a copyright line's: a host too)
    host = found if re.fullmatch(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?", found) else ""
    if found and any(h and (_loose(found) == _loose(h) or len(h.split()) >= 4 and _loose(found).endswith(_loose(h)))
                     for h in headlines):
        found = ""  # "Headline - Meridian Wire" read the wrong way round: the headline (perhaps after its section's label,
        # "Новости: Американский запрет ...") is no site's name
    # (a <title> that is only the site's name and section, "Penang Evening Post Online - Business News", is no headline
    # to split: its parts are read against the page's own headline)
    headlines = tuple(h for h in headlines if h == headlines[-1] or len(_content_words(h) & _content_words(headlines[-1])) * 2
                      >= min(len(_content_words(h)), len(_content_words(headlines[-1]))))
    from_title = next((site for site in (_site_from_title(tree, h) for h in headlines) if site), "")
    markup = _site_from_markup(tree)
    title_site = from_title
    if from_title and markup and _loose(markup).startswith(_loose(from_title)) and _loose(markup) != _loose(from_title) \
            and not _two_bodies(from_title, markup):
        from_title = markup  # "| Northgate Institute" is short for the name the page gives in full
    publisher = _publisher_name(tree)
    declared = [_clean(v) for v in tree.xpath(
        "//*[@itemprop='publisher']//*[@itemprop='name']/@content | //*[@itemprop='publisher']//*[@itemprop='name']/text()"
        " | //meta[@name='citation_publisher' or @name='DC.publisher' or @name='dc.publisher' or @name='dcterms.publisher'"
        " or @name='DCTERMS.publisher']/@content")]
    if found in declared and from_title and _loose(found) != _loose(from_title) and _OWNER_FORM.search(found):
        # (not the company that owns the outlet, by its legal form, where the <title> names the outlet: DC.publisher
        # "Media Ramelau, Unipessoal, Lda." under "Folha Ramelau | ...")
        found, declared = "", [d for d in declared if d != found]
    if host and not publisher and declared:
        found, host = declared[0], ""  # an AMP page's microdata names its publisher; the host is the last resort
    in_page = _site_in_page(tree)
    printed = _site_in_header(tree)
    if found and _OWNER_FORM.search(found) and printed and not any(
            _loose(_without_legal_form(found)) == _loose(name) for name in printed):
        found = ""  # og:site_name "Wouri Chiffres SARL", the company, where the header prints the outlet: "Les Chiffres du Wouri"
    tab = _tab(tree)  # the <title> as the tab shows it
    tab_suffix = re.split(rf"\s+[{_TITLE_MARKS}]\s+", tab)[-1] if re.search(rf"\s[{_TITLE_MARKS}]\s", tab) else ""
    halves = re.fullmatch(r"(.+?)\s+[-–—|]\s+(.+)", found)
    if halves and _loose(halves.group(1)) == _loose(halves.group(2)):
        found = halves.group(1)  # "European Commission - European Commission": a template's name twice
    label = re.sub(r"^www\.", "", urlsplit(url).hostname or "").split(".")[0] if url else ""
    suffix = re.split(r"\s+[|–—]\s+", _tab(tree))[-1]
    if found and label and _loose(re.sub(r"^www\.", "", found).split(".")[0]) == _loose(label) and suffix \
            and _loose(suffix) != _loose(label) and _loose(label).startswith(_loose(suffix)):
        # "Stratamag", trafilatura's host name capitalised (stratamag.com): the <title>'s "| Strata" is the name
        found, host, from_title = "", "", from_title or suffix
    clues = _SiteClues(found, host, headlines, url, title_site, markup, publisher, tuple(declared), tuple(in_page), tab,
                       tab_suffix, next((_clean(v) for v in tree.xpath("//meta[@property='og:site_name']/@content")), ""))
    named, clues = _site_among_metadata((found if not host else "") or from_title or markup or next(iter(in_page), ""), tree, clues)
    named = _site_as_printed(_site_as_spelled(named, tree, clues), tree, clues)
    if named and (owned := _owner_of(named, tree)):
        named = owned  # og:site_name "Éclaireur Médias", the company ("© 2030 Éclaireur Médias SA") behind "L'Éclaireur"
    if not named and host and tab_suffix and len(tab_suffix.split()) <= SITE_NAME_MAX_WORDS and any(
            _loose(_clean(" ".join(e.itertext()))) == _loose(tab_suffix)
            for e in tree.xpath("//body//*[self::h1 or self::h2 or self::h3 or self::a or self::p or self::span]")):
        named = tab_suffix  # "tidalbasin.bearblog.example", a blog's host as its og:site_name: the name its tab and header print
    cells = re.split(r"\s+[-–—|]\s+", tab)
    if named in _PLATFORMS and len(cells) >= 3 and cells[-1] == named and cells[-2] not in headlines:
        named = cells[-2]  # "... - Grid Chautari - Confluence": the tool a space is published with, after the space's name
    # A wire's story on a portal: the wire the page says it comes from is its outlet, not the portal.
    return _syndicated_from(tree) or named or host.removeprefix("www.") or _host(url)


@dataclasses.dataclass(frozen=True)
class _SiteClues:
    """What a page says of its outlet, each source apart (trafilatura's reading, the <title>, the markup, the publisher,
    the header and footer): the stages after read them side by side."""
    found: str  # trafilatura's site name, or "" where it was a handle or the headline
    host: str  # the host's name, where that is all trafilatura found
    headlines: tuple[str, ...]
    url: str
    title_site: str  # the <title>'s suffix after the headline
    markup: str
    publisher: str  # JSON-LD's
    declared: tuple[str, ...]  # microdata's and Dublin Core's publisher
    in_page: tuple[str, ...]  # the header's and footer's names
    tab: str  # the whole <title>
    tab_suffix: str
    og: str  # og:site_name


def _site_among_metadata(named: str, tree, c: _SiteClues) -> tuple[str, _SiteClues]:
    """Which of the page's names is the outlet's: og:site_name, the <title>'s suffix, the publisher, the logo and the
    header weighed against each other (a brand against its company, a masthead against its edition or its series). The
    publisher stays a clue only where it is not the brand's company."""
    publisher = c.publisher
    # "KPCW Pacific Public Radio" (the publisher, the <title>'s suffix): og:site_name's "KPCW", its tagline after it, which
    # the logo prints apart ("<span class='brand-tagline'>Pacific Public Radio</span>")
    og = next((_clean(v) for v in tree.xpath("//meta[@property='og:site_name']/@content") if _clean(v)), "")
    # (not "Corwin Center" / "for Economic Statecraft": the rest of the name, which a word in lower case carries on)
    tagged = bool(og and named.startswith(og + " ") and named[len(og) + 1:][:1].isupper() and _loose(named[len(og):]) in {
        _loose(_clean(" ".join(e.itertext()))) for e in tree.xpath(
            "//*[re:test(@class, 'tagline|slogan|strapline', 'i')]", namespaces={"re": "http://exslt.org/regular-expressions"})})
    named = og if tagged else named
    if named and c.title_site and _loose(named) != _loose(c.title_site) and any(_loose(n) == _loose(c.title_site) for n in c.in_page):
        named = c.title_site  # og:site_name in the home language; the <title> and the header agree on the English name
    if named and c.title_site and _loose(named) != _loose(c.title_site) and c.url \
            and _loose(_host(c.url).split(".")[0]) == _loose(c.title_site) and any(_loose(n).startswith(_loose(c.title_site))
                                                                             for n in c.in_page):
        named = c.title_site  # og:site_name "Tafat Médias" (the company); the <title>, the address and the logo: "Aman Info"
    # ("Chubu Herald English | 中部ヘラルド": a <title>'s suffix in both scripts, its Latin half)
    latins = [re.sub(rf"\s+{_EDITION_WORDS.pattern}$", "", part) or part for n in (c.title_site, c.markup, *c.in_page) if n
              for part in re.split(r"\s+[|–—]\s+", n) if re.search(r"[A-Za-z]{3}", part)]
    if named and not re.search(r"[A-Za-z]", _EDITION_WORDS.sub("", named)) and latins:
        # og:site_name "한빛일보" (or "서울레저 English"): the edition in English names itself in its <title> and logo
        # (... the logo's "THE CHUBU HERALD English Edition" in full, where the <title> leaves its "The" out)
        named = next((n for n in latins[1:] if _loose(n) == _loose(f"The {latins[0]}")), latins[0])
    section = named[len(c.title_site):].split() if c.title_site and named.startswith(c.title_site + " ") else []
    if c.title_site and _loose(c.title_site) != _loose(named) and (any(_loose(d) == _loose(c.title_site) for d in c.declared) or (
            _loose(publisher) == _loose(c.title_site) and section and not any(w in OUTLET_WORDS for w in section)
            and not re.fullmatch(r"[A-Z]{2,6}", c.title_site))):
        # (... or og:site_name "Gridline Supply Chain", a vertical of "Gridline", which the <title> and the publisher name)
        named = c.title_site  # og:site_name "Trade and Economic Security" (a sub-site); <title> and publisher: "European Commission"
    edition = False
    # og:site_name "The Yamato Shimbun Asia & Japan Report" (its English edition's brand) and the <title>'s suffix "The
    # Yamato Shimbun", or the other way round, and the text's own "... told The Yamato Shimbun": the paper
    short, long_ = sorted((named, c.title_site), key=len) if named and c.title_site else ("", "")
    extra = long_[len(short):].split() if short and long_.startswith(short + " ") else []
    if len(extra) >= 2 and extra[0][:1].isupper():  # (not "Northgate Institute for Economic Security")
        text = " ".join(tree.xpath("//body//p//text()"))
        # (... or the logo sets the edition apart: "The Setouchi Shimbun | Asia & Japan Watch")
        if re.search(rf"\b[a-z]+\s+{re.escape(short)}\b(?!\s+{re.escape(extra[0])})", text) or any(
                _loose(a) == _loose(long_) and re.search(rf"^{re.escape(short)}\s+[|–—-]\s+", a) for a in _logo_alts(tree)):
            named, edition = short, True
    # og:site_name "Centro de Periodismo Isla Abierta" (the publisher: what it is, then its masthead's name) where the
    # page's header prints the masthead's name alone, its end, and the <title> names the site so ("| Isla Abierta in
    # English"): the masthead
    ends = [n for n in c.in_page if len(n.split()) >= 2 and _without_legal_form(named).rstrip(",").endswith(" " + n)]
    if ends and (c.title_site or c.tab_suffix) and _loose(c.title_site or c.tab_suffix).startswith(_loose(ends[0])):
        named = ends[0]
    # og:site_name "NIIS Briefing Notes" (a body's series, under its acronym) where the page's home link spells the body
    # out: "<a href='../index.html'><img alt='Logo'> Nuuk Institute for Infrastructure and Security</a>"
    series = re.match(r"([A-Z]{2,6})\s+[A-Z]", named)
    homes = [_clean("".join(a.itertext())) for a in tree.xpath("//body//a[@href='/' or @href='./' or re:test(@href, "
                                                                "'(?:^|/)index\\.html?$')]", namespaces={"re": "http://exslt.org/regular-expressions"})] if series else []
    named = next((h for h in homes if len(h.split()) >= 3 and _initials(h) == series.group(1)), named)
    handle = re.fullmatch(r"([A-Z][a-z]+)(?:[A-Z][a-z]+)+", named)
    if handle:
        # "MeridianWire", a social handle's spelling: the name the page prints ("| Meridian") comes first.
        named = next((n for n in (c.title_site, c.markup, *c.in_page)
                      if n and re.sub(r"^The\s+", "", n).split()[0] == handle.group(1)), named)  # "The Longitude Review"
    if named.startswith("PT ") and (og_or_title := next((n for n in (c.title_site, c.found, *map(_clean, tree.xpath(
            "//meta[@property='og:site_name']/@content"))) if n and not n.startswith("PT ")), "")):
        named = og_or_title  # "PT Warta Pasar Jakarta" (an Indonesian company's legal name, the publisher): the outlet's name
    if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", named) and sum(c.isupper() for c in named) >= 2:
        # "MFA" (a logo's alt text): the name the page spells out whose initials it is.
        # (... or the text beside the logo in the header's home link: "<img alt='CEES'> Centre for European Economic Security")
        brand = _brand_texts(tree)
        # ... or the name a logo's alt text or the page spells out before it: "Federal Office for Economic Security (BWiS)"
        logos = _logo_alts(tree)
        spelled = [m.group(1) for v in logos if (m := re.match(rf"(.{{5,80}}?)\s*\(\s*{re.escape(named)}\s*\)", v))]
        # ... or, last, a name the text itself writes out: "a draft agreement seen by Jakarta Market Wire"
        written = [n for t in tree.xpath("//body//p//text()") for n in re.findall(r"\b[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,4}\b", t)]
        named = next((n for n in (c.title_site, *c.declared, *(_without_legal_form(n) for n in c.in_page), *brand, *logos, *written)
                      if n and _initials(n.split(",")[0]).lower() == named.lower()), spelled[0] if spelled else named)
        if re.fullmatch(r"[A-Z]{2,6}", named) and c.title_site and len(c.title_site.split()) >= 2 \
                and any(_loose(a) == _loose(c.title_site) for a in logos):
            named = c.title_site  # og:site_name "LNA"; the <title>'s suffix and the logo agree on "Lintas Asia News"
    if named.split() and named.split()[-1] in LEGAL_FORMS \
            and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", c.title_site or ""):
        # "Pan-Pacific News Agency Ltd" (the JSON-LD publisher, a company's legal name) where the <title> says "PPN" and
        # the logo spells it out: "Pan-Pacific Newswire"
        named = next((n for n in _logo_alts(tree) if _initials(n).lower() == c.title_site.lower()), named)
    og = next((_clean(v) for v in tree.xpath("//meta[@property='og:site_name']/@content")), "")
    # (the <title>'s suffix after a headline of its own, shorter than the page's: "MRI contract signed ... | ULS Vale do Lis")
    if og and (c.title_site or re.search(r"[A-Za-z]{2}", og) and c.tab_suffix) and _loose(og) == _loose(c.title_site or c.tab_suffix) \
            and named and _loose(named) != _loose(og) \
            and not _loose(named).startswith(_loose(og)) and (not re.search(r"\b[A-Z]{2,}\b", og)  # (not "MP News": short for the full name)
                                                              or any(_loose(m) == _loose(og) for m in _masthead_names(tree))
                                                              # (or the logo's alt text, unless the name is spelled out beside
                                                              # it: "<img alt='CEES'> Centre for European Economic Security")
                                                              or any(_loose(m) == _loose(og) or _loose(re.split(r"\s+[|–—]\s+", m)[0]) == _loose(og)
                                                                     for m in _logo_alts(tree))  # ("ULS Vale do Lis – Unidade ...")
                                                              and not any(_initials(t) == og for t in _brand_texts(tree))):
        named = og  # (... unless the logo says so too: "PPB News" in og:site_name, the <title> and the header's logo text)  # og:site_name and the <title> agree ("Keizai Asia"); the publisher is the company ("Tokyo Keizai Shimbun")
    company = bool(set(publisher.split()) & _CORPORATE) or publisher in c.declared
    if og and publisher and _loose(named) == _loose(publisher) and _loose(og) != _loose(publisher) and company \
            and not re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", og) and not re.search(r"\b[A-Z]{2,}\b", og):  # (not "HK Courier")
        # og:site_name "Courier Tech" (a brand), the JSON-LD publisher "Sound & Summit Media Inc." (its company): the brand,
        # or the logo's longer form of it ("Tonn" and the logo "Tonn News")
        named = next((a for a in _logo_alts(tree) if a.startswith(og + " ") and len(a.split()) - len(og.split()) == 1
                      and _OUTLET_WORD.search(a[len(og):])), og)
        publisher = ""  # (and never lengthened back into the company's name)
    if named and set(named.split()) & _CORPORATE:
        # og:site_name and the publisher "Midland Daily Group" (the group), the logo and the <title>'s suffix "The Quad-City
        # Midlander" (the paper): the paper
        suffix = c.tab_suffix or c.tab
        named = next((a for a in _logo_alts(tree) if a and _loose(a) == _loose(suffix) and not set(a.split()) & _CORPORATE
                      and len(a.split()) <= SITE_NAME_MAX_WORDS), named)
        # ... or the name the header's link home shows and the © line gives: og:site_name and the publisher "Dahra Media
        # Company", <a href="/" title="The Dahra Dispatch">, "Copyright © 2030 The Dahra Dispatch - All Rights Reserved."
        owned = " ".join(_clean(t) for t in tree.xpath("//body//text()[contains(., '©')]"))
        named = next((h for h in (_clean(" ".join(a.itertext())) or _clean(a.get("title") or "") for a in tree.xpath("//body//a[@href='/']"))
                      if set(named.split()) & _CORPORATE and h and 2 <= len(h.split()) <= SITE_NAME_MAX_WORDS
                      and not set(h.split()) & _CORPORATE and re.search(rf"©\s*(?:\d{{4}}\s+)?{re.escape(h)}\b", owned)), named)
    if named and len(named.split()) >= SHORT_NAME_MIN_WORDS:
        # "Australian Critical Minerals Security and Supply Chain Resilience Office" (the metadata's legal name), the header's
        # "Critical Minerals Office": the name the page shows its readers, when its words are the long name's
        stems = {w.lower()[:5] for w in named.split()}
        named = next((n for n in _site_in_page(tree) if 2 <= len(n.split()) < len(named.split())
                      and sum(w.lower()[:5] in stems for w in n.split()) * 3 >= 2 * len(n.split())
                      and not set(n.split()) & _CORPORATE and not _loose(named).startswith(_loose(n))), named)  # (not its cut)
    partners = next((bare for f in (publisher, *c.declared, c.markup, *c.in_page) if f and (bare := re.sub(
        r",?\s+(?:LLP|LLC|LP|PLLC|P\.C\.)$", "", f)) != named
        and re.match(rf"{re.escape(named)},?\s+(?:&|and)\s+[A-Z]", bare.replace(",", "") if "," not in named else bare)
        # (but "Harcourt Lyle & Co.", a company's form, only where the logo names the firm so)
        and not (re.fullmatch(rf"{re.escape(named)},?\s+(?:&|and)\s+Co(?:\.|mpany)?", bare)
                 and not any(_loose(a) == _loose(bare) for a in _logo_alts(tree)))), "")
    named = partners or named  # og:site_name "Calloway Brandt", the firm's name in full "Calloway Brandt & Moss LLP"
    og_brand = next((_clean(v) for v in tree.xpath("//meta[@property='og:site_name']/@content")), "")
    long_form = named if named != og_brand else publisher  # (og:site_name read first, the publisher's longer form after it)
    rest = long_form[len(og_brand):].split() if og_brand and long_form.startswith(og_brand + " ") else []
    branded = bool(rest) and all(w in OUTLET_WORDS or w in _WIRE_WORDS or w in _CORPORATE for w in rest) \
        and any(w in _WIRE_WORDS or w in _CORPORATE for w in rest)  # (but "Tonn News", "DBC News": the masthead's brand)
    if branded:
        named = og_brand  # og:site_name "Meridian", the publisher's "Meridian News Agency": the wire's own short name
    agreed = bool(og and named and _loose(og) == _loose(named) == _loose(_publisher_name(tree)))
    # og:site_name, the <title>'s suffix and the logo agree on "Halvorsen Institute": the footer's © line "Halvorsen
    # Institute for Trade and Technology" is its legal name, not the one the page shows its readers
    # (... or the <title>'s suffix and the masthead agree on the short name og:site_name alone gives in full: "| Calder
    # Centre", "Calder Centre", og:site_name "Calder Centre for Strategic Economics")
    headed = next((m for m in _masthead_names(tree) if c.tab_suffix and _loose(m) == _loose(c.tab_suffix)), "")
    short = headed if headed and og and og.startswith(headed + " ") else og
    shown = bool(named and short and re.search(rf"\s[|–—-]\s+{re.escape(short)}$", c.tab) and _loose(named).startswith(_loose(short))
                 and any(_loose(a) == _loose(short) for a in (*_logo_alts(tree), *_masthead_names(tree)))
                 and not any(_loose(n) != _loose(short) for n in (publisher, *c.declared, c.markup) if n)
                 # (but og:site_name's long form that the © line and footer give too is the name, unless the page's
                 # metadata names it short: dcterms.creator "Calder Centre")
                 and (_loose(og) == _loose(short) or not any(_loose(n) == _loose(og) for n in c.in_page) or any(_loose(_clean(v)) == _loose(short) for v in tree.xpath(
                     "//meta[re:test(@name, '^(?:dc|dcterms)\\.(?:creator|publisher)$', 'i')]/@content",
                     namespaces={"re": "http://exslt.org/regular-expressions"}))))
    named = short if shown else named  # (trafilatura read the © line's too)
    for fuller in () if agreed or branded or edition or tagged else (publisher, c.title_site, *c.declared, c.markup, *(() if shown else c.in_page)):
        # (og:site_name and the publisher agree on "Orbis": the footer's "Orbis News Agency" is its legal name)
        if not named or not fuller or _loose(fuller) == _loose(named) or set(fuller.split()) - set(named.split()) & _CORPORATE:
            continue  # "The Meridian Post Company": the publisher's company, not the outlet's name
        longer = _loose(fuller).startswith(_loose(named)) or (
            _loose(fuller).endswith(_loose(named)) and len(fuller.split()) - len(named.split()) <= 4)
        if longer and _two_bodies(named, fuller):
            continue
        if longer and _initials(named) in fuller.split():
            continue  # "GO Geneva Observer": a logo's mark printed before the name it stands for
        if _loose(fuller).startswith(_loose(named)) and _EDITION_WORDS.fullmatch(fuller[len(named):].strip()):
            continue  # og:site_name "Landesspiegel", the <title>'s "| Landesspiegel English": its edition, not a longer name
        if longer and _ORG_NAME.fullmatch(fuller) and len(fuller.split()) <= SITE_NAME_MAX_WORDS:
            named = fuller  # og:site_name "Atlas Institute", the publisher, <title> or footer "Atlas Institute for ..."
            break
    return named, dataclasses.replace(c, publisher=publisher)


def _site_as_spelled(named: str, tree, c: _SiteClues) -> str:
    """The name as the page spells it for its readers: in full where a logo abbreviates it, without its edition, its
    company's legal form or its capitals, in the masthead's words."""
    # "Ministry of Economic Affairs" (DC.Publisher) where the logo says whose: "Ministry of Economic Affairs, R.O.C.(Taiwan)"
    named = next((a for a in _logo_alts(tree) if a.startswith(named + ", ") and _STATE_QUALIFIER.fullmatch(a[len(named) + 2:])),
                 named) if named else named
    if re.fullmatch(r"[A-Z]{4,8}", named):
        # "MOFCOM" (the logo's alt text, a meta tag): the syllables of the name the banner and the footer spell out,
        # "Ministry of Commerce of the People's Republic of China"
        named = next((n for n in sorted(c.in_page, key=lambda n: n.isupper()) if _abbreviates(named, n.split())), named)
    base = re.sub(rf"\s+{_EDITION_WORDS.pattern}$", "", named)  # ("THE CHUBU HERALD English Edition": the paper's name)
    if base.isupper() and len(base.split()) >= 3:
        named = base
        # "MINISTRY OF COMMERCE PEOPLE'S REPUBLIC OF CHINA" (a logo's alt text): the name as the page writes it ("Sponsored
        # by: Ministry of Commerce of the People's Republic of China")
        words = _name_words(named.lower())
        # (a name's words, not the function word after it: "the Chubu Herald and has been translated")
        written = (re.sub(r"(?:,?[ ]+(?:of|the|and|for))+$", "", m.group(0))
                   for t in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]")
                   for m in re.finditer(r"[A-Z][\w'’]+(?:,?[ ]+(?:of|the|and|for|[A-Z][\w'’]+))+", t))
        written = [n for n in written if not n.isupper() and _name_words(n.replace(",", "").lower()) == words]
        # (the fullest spelling: the capitals' own words, "MINISTRY OF COMMERCE OF THE PEOPLE'S REPUBLIC OF CHINA", over the
        # footer's "Ministry of Commerce, People's Republic of China")
        cased = " ".join(w.lower() if i and w.lower() in ("of", "the", "and", "for", "on") else w.capitalize()
                         for i, w in enumerate(named.split()))
        named = max([*written, cased], key=lambda n: (len(n.split()), n != cased)) if written else named
    for fuller in c.in_page:
        if _name_words(fuller) == _name_words(named) and len(fuller.split()) > len(named.split()):
            named = fuller  # a logo's two lines "Ministry of Commerce / People's Republic of China", the footer's "... of the ..."
            break
    sections = named.split(" | ")
    if len(sections) >= 3:
        # "Secretaría de Economía | Gobierno | gob.mx": the office, then the government and its portal's address
        kept = [p for p in sections if len(p.split()) >= 2 and not re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", p)]
        if len(kept) == 1:
            named, sections = kept[0], kept
    if len(sections) == 2:
        # "Business | The Harbour Courier": a section, then the site; "The Meridian Post | Breaking News, ...": a tagline
        names = [p for p in sections if _ORG_NAME.fullmatch(p)]
        named = names[0] if len(names) == 1 else max(sections, key=lambda p: len(p.split()))
        # ... but the one the <title> ends with is the site: "PackageLine | Advanced Packaging & Test News", "... - PackageLine"
        named = next((p for p in sections if c.tab_suffix and _loose(p) == _loose(c.tab_suffix)), named)
    domain = re.fullmatch(r"([\w-]+)\.[a-z]{2,6}", named)
    if domain:
        # "Government.nl" (a <title>'s suffix): the name its logo spells out ("Government of the Netherlands"); not its
        # publisher's company ("Orizont.md" and the footer's "© 2029 Orizont Media SRL")
        named = next((n for n in (c.markup, *c.in_page) if n and n.lower().startswith(domain.group(1).lower() + " ")
                      and not set(n.split()) & _CORPORATE), named)
    suffixed = re.fullmatch(r"(.+?)\.[a-z]{2,6}", named)
    if suffixed:
        # "L'Horizon.fr", "Le Matin de Paris.fr" (og:site_name, its web edition): the name its publisher and masthead give
        named = next((n for n in (c.publisher, c.markup, c.title_site, *c.in_page, *_masthead_names(tree))
                      if n and _loose(n) == _loose(suffixed.group(1))), named)
    mark, _, rest = named.partition(" ")
    rest = rest.lstrip("–—-|: ")
    if rest and mark.isupper() and len(mark) >= 2 and _initials(rest) == mark:
        named = rest  # "GO Geneva Observer", "JID – Japan Industry Dispatch": the logo's mark, then the name it stands for
    parts = named.split(", ")
    if len(parts) == 2 and all(len(p.split()) >= 2 and p[:1].isupper() for p in parts) and _PARENT_BODY.search(parts[1]):
        named = parts[0]  # "Bureau of Industry and Security, U.S. Department of Commerce": the office, then its parent
    named = re.sub(r"\s+(?:English\s+Edition|English\s+Version|(?:in\s+)?English|Online|Digital\s+Edition)$", "", named) \
        if len(named.split()) > 2 and not (named.endswith(" Online") and any(_loose(a) == _loose(named) for a in _logo_alts(tree))) \
        else named  # "Eastern Pearl Daily English Edition", "Le Courant in English": the outlet (its logo's "Volta Citizen Online" whole)
    if c.title_site and named.startswith(c.title_site + " ") and re.fullmatch(
            r"International|Global|Asia|Europe|Edition|International Edition|Podcasts?", named[len(c.title_site):].strip()) \
            and not any(_loose(a) == _loose(named) for a in _logo_alts(tree)):  # (unless its logo says so)
        named = c.title_site  # og:site_name "Amstel Courant International", <title> "... | Amstel Courant": its edition
    halves = re.fullmatch(r"(.+?)\s+[-–—]\s+(.+)", named)
    if halves and any(_loose(halves.group(1)) == _loose(n) for n in (c.title_site, c.publisher, c.markup) if n):
        named = halves.group(1)  # "Taiwan Compass - INA English News": the name, then the agency's service
    domain = re.fullmatch(r"(?:[\w ]+\s+[-–—|]\s+)?([A-Za-z]+)\.[a-z]{2,6}(?:\.[a-z]{2})?", named)
    # (... or its logo's longer name the domain shortens: "Chinahorizon.com.cn", a logo "China Horizon Daily")
    if domain and c.markup and re.sub(r"\W", "", c.markup).lower().startswith(domain.group(1).lower()):
        named = name_case(c.markup) if c.markup.isupper() else c.markup  # "Business - ChinaCourier.com.cn", a logo "CHINA COURIER"
    edition = named[len(c.found):].strip() if c.found and named.startswith(c.found + " ") else ""
    if edition and _EDITION_WORDS.fullmatch(edition):
        named = c.found  # og:site_name "Handelskurier", <title> "| Handelskurier International": its edition
    bare = re.sub(rf"\s+{_EDITION_WORDS.pattern}$", "", named)
    agreeing = [n for n in (c.publisher, *c.declared, c.markup, *_logo_alts(tree), re.sub(r"^(?:www\.)?([\w-]+)\..*$", r"\1", c.host))
                if n and _loose(re.sub(r"^The\s+", "", n)) == _loose(re.sub(r"^The\s+", "", bare))]
    if bare != named and len(bare.split()) >= 1 and len(agreeing) >= 2:
        # <title> "| Handelskurier International", the publisher and the logo "Handelskurier": its edition (og:site_name
        # "Yamato Times Digital", the publisher and the logo "The Yamato Times": the name as they spell it)
        named = max(agreeing, key=agreeing.count)
    base = re.sub(r"^The\s+", "", c.title_site or "")  # ("Harbour Post Publishers Ltd" and "| The Harbour Post")
    rest = named[len(base):].split() if base and named.startswith(base + " ") else []
    if rest and all(w in _CORPORATE or w.rstrip(".") in _CORPORATE for w in rest):
        named = c.title_site  # "Hong Kong Courier Publishers Ltd" (the publisher's company), "| Hong Kong Courier": the outlet
    if named.isupper() and len(named.split()) >= 2:
        # "THE COMMERCE GAZETTE LTD" (a footer's © line): the name the page writes in its own case, company form off
        bare = _loose(" ".join(w for w in named.split() if w.title().rstrip(".") not in {c.rstrip(".").title() for c in _CORPORATE}))
        named = next((n for n in (c.publisher, c.markup, c.title_site, *c.declared, *c.in_page)
                      if n and not n.isupper() and _loose(n) == bare), named)
        # ... or as the whole <title> spells it out: "Ministry of Commerce of the People's Republic of China" under the logo's
        # "MINISTRY OF COMMERCE PEOPLE'S REPUBLIC OF CHINA"
        if named.isupper() and not c.tab.isupper() and _name_words(c.tab.lower()) == _name_words(named.lower()):
            named = c.tab
    if c.og and named != c.og and re.sub(r"\s+&\s+", " and ", c.og) == named:
        named = c.og  # "Ore and Alloy Review" (trafilatura's spelling), the page's "Ore & Alloy Review"
    shown_first = [_clean("".join(a.itertext())) for a in tree.xpath("(//header//a)[1]")]  # (the header's first link: its home)
    if c.og and _loose(named) != _loose(c.og) and any(_loose(m) == _loose(c.og) for m in (*_masthead_names(tree), *shown_first)) \
            and _loose(named) in (_loose(c.publisher), _loose(c.found)) and not _loose(named).startswith(_loose(c.og)) \
            and not _loose(c.og).startswith(_loose(named)):
        named = c.og  # og:site_name and the header's home link "NLB", the JSON-LD publisher its owner "Nederlandse Landelijke Omroep"
    named = _masthead_over_metadata(_masthead_names(tree), named, bool(c.og and c.publisher and _loose(c.og) != _loose(c.publisher)),
                                    stated=bool(c.og or c.publisher))
    rest = named[len(c.tab_suffix):].split() if c.tab_suffix and named.startswith(c.tab_suffix + " ") else []
    if rest and all(w in OUTLET_WORDS for w in rest) and _loose(c.og) == _loose(named) \
            and (any(_loose(m) == _loose(c.tab_suffix) for m in _masthead_names(tree)) or _loose(c.publisher) == _loose(c.tab_suffix)):
        # (... or the publisher's: og:site_name "Longitude Magazine", the <title>'s suffix and the JSON-LD "Longitude")
        named = c.tab_suffix  # og:site_name "Keystone Wire News" (its company's), the <title>'s suffix and the masthead "Keystone Wire"
    # og:site_name and the <title> "KV Tribune", the logo and the header "The Klang Valley Tribune": the name it shortens
    named = next((n for n in (*_masthead_names(tree), *c.in_page) if _shortens(named, n)), named)
    # the logo's "Government Information Service Barbados", its link home titled "Government Information Service - Home":
    # the office, then its country (not "Meridian News" under "Meridian - Home": the name's own words)
    homed = [m.group(1) or m.group(2) for v in tree.xpath("//a[@title]/@title")
             if (m := re.fullmatch(r"(.+?)\s*[-–—|:]\s*Home(?:\s?page)?|Home(?:\s?page)?\s*[-–—|:]\s*(.+)", _clean(v), re.I))]
    rest = next((named[len(h):].split() for h in homed if named.startswith(h + " ") and len(h.split()) >= 2), [])
    if 1 <= len(rest) <= 2 and all(w[:1].isupper() and w not in OUTLET_WORDS and w not in _CORPORATE for w in rest) \
            and not _EDITION_WORDS.search(" ".join(rest)):
        named = named[:-len(" ".join(rest))].rstrip()
    # og:site_name and the <title> "Carga y Pista" (the "and" spelled out in the site's language), the masthead "Carga &
    # Pista": the name as the page prints it for its readers
    halves = re.split(r"\s+(?:y|and|e|et|und|og|en|i)\s+", named, maxsplit=1)
    named = next((n for n in (*_masthead_names(tree), *c.in_page) if len(halves) == 2
                  and re.fullmatch(rf"{re.escape(halves[0])}\s*&\s*{re.escape(halves[1])}", n, re.I)), named)
    return named


def _site_as_printed(named: str, tree, c: _SiteClues) -> str:
    """The outlet behind a name that is none by itself: a section's firm, a portal's office, a place's city hall, a host
    name's site, a platform's newsletter, a channel's company."""
    section = _SECTION_WORDS.search(named)
    if section and (base := named[:section.start()].strip()):
        # og:site_name "Brackwell Insights", "TPB Research", "Courier Tech": a firm's or a paper's section, whose logo
        # names the firm or the paper itself ("Brackwell & Co.", "Tasman Pacific Bank", "The Straits Courier")
        # (but not "The Harbour Tech Desk", the logo's longer form of the brand "Harbour Tech" itself)
        named = next((m for m in (*_masthead_names(tree), c.publisher) if m and _loose(named) not in _loose(m) and not _SECTION_WORDS.search(m)
                      and (re.search(rf"\b{re.escape(base)}\b", m) or _initials(_without_legal_form(m)) == base)), named)
    legal = re.fullmatch(rf"(.+?),?\s+(?:{LEGAL_FORM})", named)
    if legal and _OUTLET_WORD.search(legal.group(1)):
        named = legal.group(1)  # "Léman Post SA" (the footer's © holder): the paper, not its company's legal form
    both = re.fullmatch(r"[^\x00-\x7f]+\s+([A-Z][\w&.'’ -]+)|([A-Z][\w&.'’ -]+?)\s+[^\x00-\x7f]+", named)
    if both and not re.search(r"[À-ɏ]", named):
        named = both.group(1) or both.group(2)  # "東京新報 The Tokyo Shimpo": the name in the home script, then in English
    shouted = re.fullmatch(r"([A-Z]{4,})(?:\s+(?:English|International|Global|Online))?", named)
    if shouted and re.search(rf"\b{shouted.group(1).title()}\b", " ".join(tree.xpath("//body//p//text()"))):
        named = shouted.group(1).title()  # a logo's "HUAXIN English", the text's own "(Huaxin)": the brand as it writes itself
    if named.lower() in _PORTALS or _PORTAL_HOST.fullmatch(named.lower()):
        # GOV.UK's page "From: Department for Business and Trade": the office that issued it, not the portal
        named = next((_clean("".join(a.itertext())) for a in tree.xpath(
            "//dt[normalize-space(translate(., ':', ''))='From']/following-sibling::dd[1]//a[1]")), named)
    if re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", named) and not _OUTLET_WORD.search(named) \
            and not set(named.replace(",", "").split()) & _CORPORATE:
        # "Hefei, China" (a city portal's logo): a place, no outlet's name; the page's © line names its owner
        named = next((n for n in c.in_page if n != named and _ORG_NAME.fullmatch(n) and len(n.split()) >= 2), named)
    if re.fullmatch(r"[A-Z]{3,8}", named) or re.match(r"(?:Ministry|Department|Office|Bureau|Commission|Agency) of\s", named):
        named = _printed_in_full(tree, named) or named  # "MOFCOM", a logo's "Ministry of Commerce People's Republic of China"
    if re.match(r"(?:Ministry|Department|Embassy|Consulate|Office|Mission) of\s", named):
        # "Ministry of Foreign Affairs" (the © line's "..., the People's Republic of China"), the banner's "Ministry of
        # Foreign Affairs of the People's Republic of China": the name in full, as the page prints it
        spelled = next((m for t in tree.xpath("//body//text()")  # (each piece of text alone: no neighbour's word run on)
                        if (m := re.search(rf"{re.escape(named)} of the (?:[A-Z][\w'’]*\s?|of\s){{1,6}}", t))), None)
        named = spelled.group(0).strip() if spelled and len(spelled.group(0).split()) <= SITE_NAME_MAX_WORDS + 2 else named
    # "KVAZ" (og:site_name, the <title>'s suffix) under a logo "KVAZ 9": a station's name with its channel, as it shows it
    # (... or the station's name with its word for news: "Heartland 9" under a logo "Heartland 9 News")
    named = next((a for a in _logo_alts(tree) if named and re.fullmatch(rf"{re.escape(named)}\s+\d{{1,2}}", a)), named)
    named = next((a for a in _logo_alts(tree) if named and re.search(r"\d", named)
                  and re.fullmatch(rf"{re.escape(named)}\s+\S+", a) and _OUTLET_WORD.search(a[len(named):])), named)
    parts = re.split(r"\s+[-|–—]\s+", c.tab)
    if (not named or re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", named)) and c.tab:
        # "sites.taazetu.example", a host's name, where the <title> gives the site's first ("Taa Zetu Zanzibar - US rule",
        # a Google Sites page's) and the page's address its slug ("/view/taa-zetu-zanzibar/news/us-rule")
        path = {p for p in urlsplit(c.url or next(iter(tree.xpath("//meta[@property='og:url']/@content")), "")).path.split("/") if p}
        named = next((part for part in parts[:-1] if len(part.split()) >= 2 and not any(_loose(part) == _loose(h) for h in c.headlines)
                      and re.sub(r"[^a-z0-9]+", "-", part.lower()).strip("-") in path), named)
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", named or ""):
        # "Chinatribune.example" (the <title>'s suffix, a host name): the name its logo spells it in, "China Tribune"
        label = _loose(re.sub(r"^www\.", "", named).split(".")[0])
        named = next((n for n in (*_logo_alts(tree), *_masthead_names(tree), *c.in_page) if n and _loose(n) == label), named)
    if _PLATFORM.fullmatch(named or ""):
        # "Intuit Mailchimp" (the archive bar's logo over a newsletter's web copy): the service that sent it, not the
        # outlet; the newsletter's own logo or name
        # (... the first picture's name in the mail, its masthead: <img alt="Magnetics Monitor">)
        first_alt = [n for n in [_clean(a) for a in tree.xpath("//body//img/@alt") if not _PLATFORM.search(_clean(a))][:1]
                     if all(w[:1].isupper() or w in ("of", "the", "and", "&") for w in n.split())]
        named = next((n for n in (c.title_site, c.markup, *_logo_alts(tree), *c.in_page, *first_alt)
                      if n and not _PLATFORM.fullmatch(n) and len(n.split()) <= SITE_NAME_MAX_WORDS), named)
        # (a blog's title "Zambeze Digital | English Edition": the outlet, then its edition)
        named = re.sub(r"\s+[|–—-]\s+(?:English(?:\s+Edition)?|International(?:\s+Edition)?|Edição em inglês)$", "", named)
    # og:site_name "Corvane Semiconductor, Inc. - Investor Relations": a company's channel, after the company's name
    owner = re.fullmatch(rf"(.+?)\s+[-–—|]\s+{re.escape(named)}", c.og) if named and _CHANNEL.fullmatch(named) else None
    named = re.sub(r",?\s+(?:Inc|Corp|Co|Ltd|plc|LLC|AG|SE|S\.A|N\.V)\.?$", "", owner.group(1)) if owner else named
    if named and named.isascii():
        # og:site_name "Tib va Jomea", the name spelled in Latin letters, where the logo and the <title> print it in the
        # site's own script, a word for each of its words: "Тиб ва Ҷомеа"
        named = next((m for m in _masthead_names(tree) if not m.isascii() and c.tab.endswith(m)
                      and [len(w) for w in named.split()] == [len(w) for w in m.split()]), named)
    # A wire's story on a portal: the wire the page says it comes from is its outlet, not the portal.
    return named


def _reported_by(tree) -> tuple[str, ...]:
    """"<li>Reported by <a>Ananya Iyer</a>,</li>" (an Indian portal's line of who did what): the reporter is the writer."""
    return tuple(dict.fromkeys(
        m.group(1).strip() for e in tree.xpath("//body//*[self::li or self::span or self::p or self::div][starts-with(normalize-space(.), "
                                       "'Reported by')][not(ancestor::footer or ancestor::aside)]")
        if (m := re.fullmatch(r"Reported by\s+(.{3,60}?)\s*[,.]?", _clean(" ".join(e.itertext())))) and _name_like(m.group(1))))


_CJK_ONLY = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af·\s]+")


# The services that send or host others' newsletters and posts
_PLATFORM = re.compile(r"(?:Intuit\s+)?Mailchimp|Campaign Monitor|Constant Contact|Substack|beehiiv|Ghost|WordPress(?:\.com)?"
                       r"|Blogger|Medium|LinkedIn|Buttondown|ConvertKit|Kit"
                       # (and the journal and blog hosts: "Dreamwidth Studios", "LiveJournal", "Tumblr", "Write.as")
                       r"|Dreamwidth(?:\s+Studios)?|LiveJournal|Tumblr|Write\.as|Bear\s+Blog|Typepad|Weebly|Wix(?:\.com)?"
                       # (and the hosts of shared documents and one-page sites: "Sway", "Notion", "Canva")
                       r"|(?:Microsoft\s+)?Sway|Notion|Canva|Carrd|Genially|Adobe\s+Express", re.I)


# A company's or an office's channel, which names no outlet by itself
_CHANNEL = re.compile(r"(?:Investor|Shareholder)\s+Relations|News\s?room|Press\s+(?:Room|Releases|Centre|Center|Office)"
                      r"|Media\s+(?:Room|Centre|Center|Relations)|News\s+(?:&|and)\s+(?:Events|Media)|News|Press|Media", re.I)


# A site's section or vertical after its owner's name: "Brackwell Insights", "TPB Research", "Courier Tech".
_SECTION_WORDS = re.compile(r"(?:\s+(?:Insights?|Research|Perspectives|Blog|Analysis|Commentary|Viewpoints?|Ideas|Knowledge|"
                            r"Publications|Tech|Technology|Business|Markets|Money))+$")


def _printed_in_full(tree, named: str) -> str:
    """The body's name as the page prints it in a line of its own: "Ministry of Commerce of the People's Republic of China"
    for a logo's "MOFCOM" (its letters in order) or its "Ministry of Commerce People's Republic of China" (its words)."""
    # (a name whose initials it is, first: "Meridian Institute for Economic Security" in the footer for "MIES", before a
    # ministry's announcement whose letters hold M, I, E and S in order)
    spelled = next((n for n in _site_in_page(tree) if named.isupper() and _initials(n) == named), "")
    if spelled:
        return spelled
    for text in tree.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]"):
        piece = re.split(r"\.\s", _clean(text))[0].strip(" .")
        if not piece or len(piece.split()) > SITE_NAME_MAX_WORDS + 4 or not _PARENT_BODY.match(piece) or piece == named:
            continue
        if named.isupper() and named.isalpha() and piece[0] == named[0] and re.search(
                "".join(f"{c}.*" for c in named.lower()), piece.lower()) and len(piece.split()) >= 3:
            return piece
        if _name_words(piece.lower()) == _name_words(named.lower()) and len(piece.split()) > len(named.split()):
            return piece
    return ""


_OWNER_FORM = re.compile(rf"[\s,](?:{LEGAL_FORM})\.?$")  # a company's name, its legal form closing it


def _without_legal_form(name: str) -> str:
    """"Andes Metals Report SpA": the name without the company's legal form after it."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _CORPORATE else name


def _masthead_names(tree) -> list[str]:
    """The names a page's masthead shows its readers: its logo's alt text and the header's name in text."""
    return [n for n in (*_logo_images(tree, in_header=True), *_site_in_header(tree))
            if _shown_name(n) and not re.fullmatch(r"[A-Z]{2,6}", n)]


def _logo_images(tree, in_header: bool) -> list[str]:
    """The alt texts of the site's logo images, in the page's order, without a trailing "logo" or "seal": an image its
    class, id or file name (or an ancestor's) marks as a logo, or with `in_header` any image in the page's <header>."""
    header = set(tree.xpath("//header//img")) if in_header else set()
    alts = []
    for image in tree.xpath("//img[@alt]"):
        marks = " ".join(e.get("class", "") + " " + e.get("id", "") for e in [image, *image.iterancestors()][:4])
        marks += " " + (image.get("src") or "").rsplit("/", 1)[-1]
        if image in header or _LOGO_MARKS.search(marks):
            alt = _clean(image.get("alt") or "")
            if _PICTURE_OF_A_MARK.fullmatch(alt):
                continue  # "National emblem", "Official seal": what the picture is, no one's name
            alts.append(re.sub(r"\s+(?:seal|emblem|logo|wordmark)$", "", alt, flags=re.I))
    return alts


_PICTURE_OF_A_MARK = re.compile(r"(?:the\s+)?(?:national|official|state|government|royal|federal|site|company|our)\s+"
                                r"(?:seal|emblem|logo|crest|coat of arms|wordmark)", re.I)


def _shown_name(name: str) -> bool:
    """A logo's or a header's text that can be the site's name: not empty, not long, not "logo" or "Home"."""
    return bool(name) and len(name.split()) <= SITE_NAME_MAX_WORDS and "logo" not in name.lower() \
        and name.lower() not in ("home", "homepage", "home page")


def _masthead_over_metadata(mastheads: list[str], named: str, disputed: bool, stated: bool = True) -> str:
    """The outlet as its masthead names it, where the metadata gives a form of the same name: "Meridian" over "Meridian
    News Agency" (a wire's legal name), "The Lakeshore Press" over "LakePress" (its brand squeezed into one word), "Atlas
    Press" over "Atlas News" and "Jinghua Global" over "Jinghua Finance" (a site's or its parent's other name), "The Seoul
    Business Journal" over "Sejin Media Group" (the company that owns it). `disputed`: og:site_name and the publisher
    differ, so the metadata's longer form is no settled name (where they agree, "Northlight News" stays, under a
    header's "Northlight"). `stated`: the page names its site in og:site_name or its article's publisher; where it
    does not, "Calder & Voss Geoeconomic Advisory" (an Organization's legal name) and "Halden Advisory Insights" (the
    <title>'s section) are longer forms of the logo's "Calder & Voss" and "Halden Advisory", which the reader sees."""
    spelled = next((m for m in mastheads if len(m.split()) >= 2 and _initials(m) == _EDITION_WORDS.sub("", named).strip()), "")
    if named and spelled:
        return spelled  # "SBJ English" (a second logo's): the initials of "The Seoul Business Journal", and its edition
    if not named or any(_loose(m) == _loose(named) for m in mastheads):
        return named
    words = re.sub(r"^The\s+", "", named).split()
    for masthead in mastheads:
        shown = re.sub(r"^The\s+", "", masthead).split()
        rest = words[len(shown):]
        if not stated and rest and len(shown) >= 2 and words[:len(shown)] == shown \
                and not any(w in OUTLET_WORDS for w in rest):  # ("China Horizon Daily", the paper's name in full)
            return masthead
        if disputed and rest and words[:len(shown)] == shown and all(w in OUTLET_WORDS or w.rstrip(".") in _CORPORATE or w in ("Agency", "Pte")
                                                          for w in rest):
            return masthead  # the wire's own short name, before "News Agency Pte Ltd"
        parts = re.findall(r"[A-Z][a-z]+", named) if re.fullmatch(r"(?:[A-Z][a-z]+){2,}", named) else []
        if parts and len(parts) == len(shown) and all(w.startswith(p) for w, p in zip(shown, parts)):
            return masthead  # "LakePress": "The Lakeshore Press" in one word
        if set(words) & _CORPORATE and _OUTLET_WORD.search(masthead) and not set(shown) & _CORPORATE:
            return masthead  # the owner's name in the metadata, the paper's on the page
        if len(words) == 2 and len(shown) == 2 and words[0] == shown[0] and words[1] != shown[1] \
                and (shown[1] in OUTLET_WORDS or _EDITION_WORDS.fullmatch(shown[1])):
            return masthead  # one brand, two second words: the one the reader sees
    return named


_PORTALS = frozenset({"gov.uk", "canada.ca", "gob.mx", "usa.gov", "gov.au", "govt.nz", "gov.ie"})  # governments' shared sites
_PORTAL_HOST = re.compile(r"(?:www\.)?(?:gov|govt|gob|gouv|gv)\.[a-z]{2}")  # ... and any country's by its host: "gov.mt", "gouv.fr"


def _syndicated_from(tree) -> str:
    """The outlet a syndicated story comes from: <meta name="syndication-source">, JSON-LD sourceOrganization."""
    declared = [_clean(v) for v in tree.xpath("//meta[@name='syndication-source' or @name='original-source']/@content")]
    # (a portal's own tag for the outlet that provided the story: <meta name="nimbus:provider" content="Beacon Wire">, or
    # <meta name="provider" content="Global Wire Service">)
    declared += [_clean(v) for v in tree.xpath("//meta[re:test(@name, '^(?:[a-z]+:)?provider(?:_name)?$', 'i')]/@content",
                                               namespaces={"re": "http://exslt.org/regular-expressions"})]
    for item in _json_ld_items(tree):
        source, author = item.get("sourceOrganization"), item.get("author")
        # (not a release's issuer on a newswire, which is its author too: the wire is the outlet, the issuer the writer)
        if isinstance(source, dict) and isinstance(source.get("name"), str) and not (
                isinstance(author, dict) and _loose(str(author.get("name", ""))) == _loose(source["name"])):
            declared.append(_clean(source["name"]))
        # ... or an aggregator's JSON-LD "provider" of the article it frames, a name of its own beside the publisher
        provider, publisher = item.get("provider"), item.get("publisher")
        if re.search(r"Article", str(item.get("@type", ""))) and isinstance(provider, dict) and isinstance(provider.get("name"), str) \
                and isinstance(publisher, dict) and _loose(str(publisher.get("name", ""))) != _loose(provider["name"]):
            declared.append(_clean(provider["name"]))
    return next((d for d in declared if d and not d.startswith("http")), "")


def _name_words(name: str) -> list[str]:
    """A name's words without its function words: the same name in a logo's lines and in a sentence."""
    return [w for w in name.split() if w not in ("of", "the", "for", "and", "on", "&")]


# The second half of "Office, Parent Body": a body of its own ("U.S. Department of Commerce"), not the
# rest of one name ("Ministry of Trade, Industry and Energy").
_PARENT_BODY = re.compile(r"\b(?:Department|Ministry|Agency|Office|Bureau|Commission|Government|Council|Administration)\b")


_PUBLISHED_BY = (r"(?:is|are|est|es|é|è|wird|ist)?\s*(?:published|owned|édité|éditée|publié|publiée|editad[oa]|publicad[oa]|"
                 r"edit[oa]|pubblicat[oa]|herausgegeben|verlegt)\s+(?:by|par|por|pela|pelo|da|dalla|von|vom)")  # "is published by"


def _owner_of(name: str, tree) -> str:
    """The outlet a company publishes, where the page's metadata names the company ("Éclaireur Médias"), the page prints
    it with its legal form ("© 2030 Éclaireur Médias SA", "L'Éclaireur est édité par Éclaireur Médias SA") and its logo
    names the outlet, a word of the company's in it ("L'Éclaireur"): the outlet."""
    shown = _shown_text(tree)
    if not re.search(rf"{re.escape(name)},?\s+(?:{LEGAL_FORM})(?!\w)", shown):
        return ""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", name)}
    # (not the company's own name with its edition or tagline, "The Naniwa Shimpo English Edition" over "© The Naniwa
    # Shimpo Co., Ltd.": the outlet is named for its company)
    # (and the page says whose it is: "L'Éclaireur est édité par Éclaireur Médias SA", not a firm's short name, "Ashgrove"
    # on "Ashgrove Partners")
    return next((alt for alt in _logo_alts(tree) if alt and _loose(name) not in _loose(alt) and len(alt.split()) <= SITE_NAME_MAX_WORDS
                 and words & {w.casefold() for w in re.findall(r"[^\W\d_]{3,}", alt)}
                 and re.search(rf"{re.escape(alt)}\s+{_PUBLISHED_BY}\s+{re.escape(name)}", shown, re.I)), "")


def _logo_alts(tree) -> list[str]:
    """The alt texts of the site's logo (in its header, or an element classed as a logo or brand): where a page
    spells out the name its initials stand for."""
    # (the name alone where the alt describes the picture too: "Energy Smart St Helena logo: a house with a wind turbine",
    # "Logo of the Harbour Gazette")
    return [re.sub(r"^(?:the\s+)?logo\s*(?:of\s+(?:the\s+)?|[:–—-]\s*)|\s+logo(?:\s*[:–—-].*|\s+(?:with|showing)\b.*)?$", "",
                   _clean(v), flags=re.I)
            for v in tree.xpath("//header//img/@alt | //a[re:test(@class, 'brand|logo', 'i')]//img/@alt"
                                " | //*[re:test(@class, 'logo', 'i')]//img/@alt",
                                namespaces={"re": "http://exslt.org/regular-expressions"})]


def _shortens(short: str, full: str) -> bool:
    """"KV Tribune" for "The Klang Valley Tribune": the full name with a run of its words cut to their initials."""
    words = full.split()
    words = words[1:] if words and words[0] in _LEADING_ARTICLES else words
    at, cut = 0, False
    for word in short.split():
        if at < len(words) and word.lower() == words[at].lower():
            at += 1
        elif len(word) >= 2 and word.isupper() and at + len(word) <= len(words) \
                and all(w[:1].isupper() and w[:1] == c for w, c in zip(words[at:at + len(word)], word)):
            at, cut = at + len(word), True
        else:
            return False
    return cut and at == len(words)


# The state a ministry's name adds after a comma: "R.O.C.(Taiwan)", "People's Republic of China", "Republic of Korea"
_STATE_QUALIFIER = re.compile(r"(?:R\.O\.C\.|P\.R\.C\.|ROC|PRC)?\s*\(?(?:Taiwan|China|(?:the\s+)?(?:People['’]s\s+)?Republic\s+of\s+"
                              r"[A-Z][\w]+(?:\s+[A-Z][\w]+)?)\)?")


def _abbreviates(short: str, words: list[str], used: int = 0) -> bool:
    """Whether `short` is made of the starts of the name's first words in order ("MOFCOM": MInistry OF COMmerce), a
    function word's letters or none, at least two words giving some."""
    if not short:
        return used >= 2
    if not words:
        return False
    word = re.sub(r"\W", "", words[0])
    if word.lower() in ("of", "the", "and", "for") and _abbreviates(short, words[1:], used):
        return True
    return any(short.lower().startswith(word[:k].lower()) and _abbreviates(short[k:], words[1:], used + 1)
               for k in range(min(len(word), len(short)), 0, -1))


def _initials(name: str) -> str:
    """"Ministry of Foreign Affairs" -> "MFA": the capitals of its words, function words left out."""
    words = name.split()
    if words and words[0] in _LEADING_ARTICLES:
        words = words[1:]  # "(The) Hanbit Daily", "(Al) Waha News Agency": "WNA"
    return "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())  # ("Pan-Pacific Newswire": "PPN")


_LEADING_ARTICLES = frozenset({"The", "Al", "El", "La", "Le", "Les", "Der", "Die", "Das", "De", "Il", "Lo"})


def _two_bodies(named: str, fuller: str) -> bool:
    """"Critical Minerals Supply Office" then its parent "U.S. Department of Energy": an office's name
    followed by another body's, not a longer form of the same name ("... Office of Trade")."""
    if fuller.endswith(named) and _PARENT_BODY.search(fuller[:-len(named)]) and (
            _ORG_HEAD.search(named) or _PARENT_BODY.match(named)):
        return True  # ... or before it, as a .gov header's logo prints them: "U.S. Department of Commerce" / "Bureau of ..."
    rest = fuller[len(named):] if fuller.startswith(named) else " of"
    if re.match(r"\s*(?:of|for|on|and|&|in)\b", rest):
        return False
    # "Bureau of Industry and Security" then "U.S. Department of Commerce", a logo's two lines run together
    return bool(_ORG_HEAD.search(named)) and _loose(fuller).startswith(_loose(named)) \
        or bool(_PARENT_BODY.match(named) and _PARENT_BODY.search(rest))


def _site_in_page(tree) -> list[str]:
    """Where a page prints its own name in full: the header logo's text ("usa-logo__text") and
    the footer's copyright holder ("Copyright © China Horizon Daily. All Rights Reserved.")."""
    names = _site_in_header(tree)
    # (... or a page with no footer of its own, a reader view's: "© 2026 Kansai Business Journal Co., Ltd." after the text)
    for text in tree.xpath("//footer//text() | //*[contains(@class, 'footer')]//text()"):
        match = _COPYRIGHT_HOLDER.search(_clean(text)) or _FOOTER_OWNER.match(_clean(text))
        if match:
            names.append(match.group("name").strip())
    if not names:
        names += [_without_legal_form(m.group("name").strip()) for text in tree.xpath("//p[starts-with(normalize-space(.), '©')]")
                  if (m := _COPYRIGHT_HOLDER.search(_clean("".join(text.itertext()))))]
    return names


def _site_in_header(tree) -> list[str]:
    """The site's name printed as text in its header (the logo's text, "site-title", a design system's heading)."""
    names = []
    for element in tree.xpath("//header//*[contains(@class, 'logo')] | //*[contains(@class, 'logo__text')]"
                              # (a CSS module's "Header_logoText__vD1uG", in a header that is no <header>)
                              " | //*[re:test(@class, 'logo[-_]?text', 'i')]"
                              # the site's name printed as text in its header: "site-title__en", "fr-header__service-title"
                              " | //header//*[re:test(@class, 'site-title|site-name|service-title|blog-name|blog-title')]"
                              # ... or so named by its id: Drupal's "<div id='site-name'><a><span>Office of ...</span>"
                              " | //header//*[@id='site-name' or @id='site-title']"
                              # ... anywhere, by a site builder's id: Weebly's "<span id='wsite-title'>" in its logo's box
                              " | //*[re:test(@id, '^w?site-?(?:title|name)$', 'i')][ancestor::*[contains(@class, 'logo')]]"
                              # ... or a Blogger blog's title, the page's one <h1>, in its header widget's title box
                              " | //*[@id='header']//*[contains(@class, 'titlewrapper')]//h1"
                              # ... or a government design system's header name: "au-header__heading", Canada.ca's "app-name"
                              " | //header//*[re:test(@class, 'header__heading|(?:^|\\s)app-name(?:\\s|$)')]"
                              # ... or a Chinese government CMS's banner text beside its logo: "<div class='bannerTxt'>"
                              " | //*[re:test(@class, '(?:^|\\s)banner[-_]?(?:txt|text|name|title)(?:\\s|$)', 'i')]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        # "<span class=site-title__hi>...</span><span class=site-title__en>...</span>": the English name
        element = next(iter(element.xpath(".//*[re:test(@class, '[_-]en(?:\\s|$)') or @lang='en']",
                                          namespaces={"re": "http://exslt.org/regular-expressions"})), element)
        # "<a>Office</a><span>Department</span>": two words; but a logo's subtext or tagline
        # ("usa-logo__subtext": the parent department) is not part of the name.
        # (only the element's own parts count: Drupal's "header__name-and-slogan" holds the name and, beside it, the slogan)
        text = _clean(" ".join(t for t in element.xpath(".//text()") if not _in_subtext(t, element)))
        halves = text.split()
        if len(halves) % 2 == 0 and halves[:len(halves) // 2] == halves[len(halves) // 2:]:
            text = " ".join(halves[:len(halves) // 2])  # a logo's SVG <title> and its text beside it: one name, said twice
        # ... or its <title> spelling out the initials it draws: "<title>Deutsche Rundfunkwelle</title><text>DRW</text>"
        spelt = [_clean(t) for t in element.xpath("descendant-or-self::svg/title//text()")]
        drawn = [_clean(t) for t in element.xpath("descendant-or-self::svg/text//text()")]
        if len(spelt) == 1 and drawn and text == _clean(" ".join([*spelt, *drawn])):
            text = spelt[0]
        if text and len(text.split()) <= SITE_NAME_MAX_WORDS:
            names.append(text)
    return names


# A logo's subtext or tagline ("usa-logo__subtext": the parent department), not part of the site's name.
_SUBTEXT = re.compile(r"subtext|__sub\b|tagline|slogan|subtitle", re.I)


def _in_subtext(text, element) -> bool:
    """A text node inside `element` that one of its own parts marks as a subtext or tagline."""
    holder = text.getparent()
    holder = holder.getparent() if text.is_tail else holder  # (a tail is its element's sibling's text)
    while holder is not None and holder is not element:
        if _SUBTEXT.search(holder.get("class") or ""):
            return True
        holder = holder.getparent()
    return False


# A government site's footer names who runs it ("Sponsored by: Ministry of Commerce of the People's
# Republic of China", the English of 主办单位).
_FOOTER_OWNER = re.compile(r"(?:Sponsored|Hosted|Organi[sz]ed|Operated|Run|Administered)\s+by\s*[:：]\s*"
                           r"(?P<name>[A-Z][\w&.'’ -]{2,80}?)\.?$")


# A name that ends with what kind of body it is is complete unless "of"/"for" ... goes on.
_ORG_HEAD = re.compile(r"\b(?:Office|Bureau|Institute|Center|Centre|Council|Ministry|Department|Agency|Administration|"
                       r"Commission|Service|Foundation|Forum|Committee|Authority)$")


_EDITION_WORDS = re.compile(r"\b(?:English(?: Edition)?|International|Global|Edition|Online|Digital)\b")
_OUTLET_WORD = re.compile(r"\b(?:" + "|".join(OUTLET_WORDS) + r")\b")  # "News", "Times", "Herald": an outlet's name's words
# A company's words at the end of its name: "Pan-Pacific News Agency Ltd" is a publisher's legal name, not its outlet's
_CORPORATE = frozenset({"Company", "Group", "Network", "Foundation", "Trust", "Publishers", "Publishing", "Publications", "Holdings",
                        # (the association or foundation that publishes it: "© 2030 Asociación Sula Abierta" on "Sula Abierta")
                        "Association", "Asociación", "Associação", "Associazione", "Associació", "Verein", "Fundación", "Fundação",
                        "Fondation", "Fondazione", "Stiftung",
                        "Media", "Medien", "Corporation", "Co", "Co.", "Pvt", "Pvt.", "SpA", "S.p.A.", "PT", "Tbk", "Tbk.", *LEGAL_FORMS})
_COPYRIGHT_HOLDER = re.compile(r"(?:Copyright\s*)?©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<name>[A-Z][\w&.'’ -]{2,60}?)"
                               r"(?:\s+\d{4})?(?:\.|,|\s*[·•|]|\s+All rights|\s*\([A-Z]{2,8}\)|$)", re.I)  # (the year after the name too; "(SIGS)")


# An organisation's full name: capitalised words and the function words between them, no separators.
_ORG_NAME = re.compile(r"[A-Z][\w.&'’-]*(?:\s+(?:(?:of|the|for|and|on|&)\s+)*[A-Z][\w.&'’-]*)*")
# An organisation's statement of what it is for: "(The) <name> (BIS) advances / is / works to / ...".
def _names_site(name: str, site_name: str) -> bool:
    """An organisation's name is the site's, or the acronym the site's name is made with: "Nuuk Institute for
    Infrastructure and Security" for "NIIS Briefing Notes"."""
    site = re.sub(r"^The\s+", "", site_name)
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return _loose(name) == _loose(site) or len(initials) >= 3 and initials in site.split()


_MISSION = re.compile(rf"(?:The\s+)?(?P<name>{_ORG_NAME.pattern})(?:\s+\([A-Z]{{2,8}}\))?"
                      r"\s+(?:advances|promotes|protects|serves|leads|works to|helps|is (?:a|an|the) (?:leading|global|independent|"
                      r"non-?partisan|nonprofit|not-for-profit)|is responsible for|enforces|administers"
                      # (... or what kind of body it is: "is a St Helena Government programme that helps households ...")
                      r"|is (?:a|an) (?:[\w'’-]+\s+){0,6}?(?:programme|program|service|initiative|project|scheme|charity"
                      r"|foundation|organi[sz]ation|publication|newspaper|magazine|website|network|company|cooperative)\s"
                      r"(?:that|which|of|run|funded|based|for|in)\b)\b")


# A site name is a short name, not a sentence.
SITE_NAME_MAX_WORDS = 10


def _site_from_title(tree, headline: str) -> str:
    """'Headline - Ministry of Commerce' or 'Opinion | Headline - The Tribune' in the <title>:
    the last part, when an earlier part is the headline (or the headline's start)."""
    element = tree.find(".//title")
    full = _clean("".join(element.itertext())) if element is not None else ""
    if not headline:
        return ""
    if full.startswith(headline):
        rest = _TITLE_SEPARATORS.split(full[len(headline):], maxsplit=1)
        site = rest[-1].strip() if len(rest) == 2 and not rest[0].strip() else ""
        parts = _TITLE_SEPARATORS.split(site)
        # "Headline - Opinion - China Union Daily": a section's label, then the site
        return parts[-1].strip() if len(parts) >= 2 and all(len(p.split()) <= 2 for p in parts[:-1]) else site
    parts = _TITLE_SEPARATORS.split(full)
    head = _loose(headline)
    # "Grapnel & Splice — Why the ship's builder matters less than you think": the site first, the name its logo prints,
    # then the headline's end
    if len(parts) == 2 and len(parts[0].split()) <= SITE_NAME_MAX_WORDS and _loose(parts[1]) and len(parts[1].split()) >= 3 \
            and _loose(parts[1]) in head and _loose(parts[0]) not in head and (any(
                _loose(" ".join(e.itertext())) == _loose(parts[0]) for e in tree.xpath("//body//*[@class]")
                if _LOGO_MARKS.search(e.get("class"))) or any(_loose(n) == _loose(parts[0]) for n in _masthead_names(tree))
                or any(_loose(" ".join(e.itertext())) == _loose(parts[0]) for e in tree.xpath("//body//h1"))):
        return parts[0].strip()  # (... or its logo's picture names it: "<a class='logo'><img alt='Folha Ramelau'>", or the
        # header's <h1>: "<h1><a title='Home'>Chladový řetězec</a></h1>")
    if len(parts) < 2 or len(parts[-1].split()) > SITE_NAME_MAX_WORDS:
        return ""
    # (or a shorter headline in other words: "Rare earth licensing after the pause | Ashgrove Partners" over "After the
    # pause: Planning for China's rare earth licensing regime ...")
    if any(_loose(part) and ((_loose(part) in head or head in _loose(part)) and len(part.split()) >= 3
                             or len(words := _content_words(part)) >= 4 and len(words & _content_words(headline)) * 4 >= 3 * len(words))
           for part in parts[:-1]) and _loose(parts[-1]) not in head:
        return parts[-1].strip()
    return ""


def _site_from_markup(tree) -> str:
    """The site's name from the page's markup: application-name, a JSON-LD publisher's name,
    or the alt text of the logo in its header."""
    for value in tree.xpath("//meta[@name='application-name']/@content"):
        if _clean(value):
            return _clean(value)
    if _publisher_name(tree):
        return _publisher_name(tree)
    for value in tree.xpath("//meta[@name='citation_publisher' or @name='dc.publisher' or @name='DC.publisher'"
                            " or @name='DC.Publisher']/@content"):
        if _clean(value) and len(_clean(value).split()) <= SITE_NAME_MAX_WORDS:
            return _clean(value)
    for alt in _logo_images(tree, in_header=False):
        parts = re.split(r"\s+[—–|]\s+", alt)  # "FabWire — Semiconductor Business Intelligence": the name, then a tagline
        # ... but "IGT – Institut für Geoökonomie und Technologie": initials, then the name they stand for
        alt = parts[1] if len(parts) > 1 and re.fullmatch(r"[A-Z]{2,6}", parts[0]) and _initials(parts[1]) == parts[0] else parts[0]
        if _shown_name(alt):
            return alt
    return ""


# The marks of a site's own logo image: its class, id or file name, or an ancestor's.
_LOGO_MARKS = re.compile(r"logo|brand|wordmark|masthead|site-?title|banner", re.I)


def _without_site(headline: str, site: str, url: str) -> str:
    """'Headline - Site Name' (the <title> with the outlet's name on it): the headline alone, when
    the part cut off is the site's name (as the page gives it elsewhere) or its host name."""
    names = {_loose(site), _loose(_host(url).split(".")[0]) if url else ""} - {""}
    parts = _TITLE_SEPARATORS.split(headline)
    if len(parts) < 2:
        return headline
    separators = list(_TITLE_SEPARATORS.finditer(headline))
    if _loose(parts[-1]) in names:
        return headline[:separators[-1].start()].strip() or headline
    if _loose(parts[0]) in names:
        return headline[separators[0].end():].strip() or headline
    return headline


def _publisher_name(tree) -> str:
    """The name of the first publisher the page's JSON-LD gives."""
    for item in _json_ld_items(tree):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str) and _clean(publisher["name"]):
            return _clean(publisher["name"])
    return ""


# The headline: the article's own <h1> when the <title> is a shorter variant of it

_HEADLINE_LABEL = re.compile(r"(?:^|[-_])(?:kicker|label|badge|flag|eyebrow|overline|tag)(?:$|[-_])", re.I)


def _without_label(h1) -> str:
    """The <h1>'s text without a label set apart at its start: "<h1><span class='dcr-kicker'>Exclusive</span> Sheffield
    recycler wins ...</h1>"."""
    text = _clean("".join(h1.itertext()))
    first = h1[0] if len(h1) and not (h1.text or "").strip() else None
    if first is not None and isinstance(first.tag, str) and first.tag in ("span", "em", "strong", "b", "small", "mark") \
            and any(_HEADLINE_LABEL.search(c) for c in (first.get("class") or "").split()):
        label = _clean("".join(first.itertext()))
        if label and len(label.split()) <= KICKER_MAX_WORDS and text.startswith(label) and len(text.split()) - len(label.split()) >= 4:
            return text[len(label):].strip(" :|·—–-")
    return text


def _without_permalink(tree, heading: str) -> str:
    """A heading without the permalink sign its documentation site sets after it ("Who updates Nuuk's buses?¶")."""
    for sign in {_clean("".join(a.itertext())) for a in tree.xpath(_PERMALINK_XPATH)}:
        if sign and heading.endswith(sign):
            return heading[:-len(sign)].rstrip()
    return heading


def _headline(tree, title: str) -> str:
    """The page's one <h1> (the one inside its <article> or <main>, or the only one on the page)
    replaces the title when the title is missing, or is a shorter variant of the same story
    (an SEO title: no more words, at least a third of them shared), never when it is the site's name."""
    marked = tree.xpath("//h1[@itemprop='headline' or @itemprop='name' or contains(@class, 'headline')"
                        " or contains(@data-testid, 'headline')]")
    inside = list(dict.fromkeys(tree.xpath("//article//h1 | //main//h1 | //*[@role='main']//h1")))
    # (not the logo a site's header wraps in an <h1>: "<h1 class='logo'><a><img alt='The Seoul Ledger'></a></h1>")
    candidates = marked or inside or [h for h in tree.xpath("//h1") if _clean("".join(h.itertext()))
                                      or not h.xpath(".//img")] or tree.xpath("//h1")
    # (not the site's name and tagline its theme sets in an <h1> over every page, "Orjen Energy Forum Montenegro's
    # community for energy professionals", where the page's <title> names the article and not it)
    candidates = [h for h in candidates if not _site_masthead(tree, h)]
    # (nor a side panel's title, "<h1 class='xwikipaneltitle'>Saturday edition</h1>" in XWiki's right column)
    paneled = [h for h in candidates if not h.xpath("ancestor-or-self::*[not(self::body)][re:test(@class, '(?:^|[\\s_-])(?:panel|widget|sidebar)"
                                                   "(?:$|[\\s_-])|xwikipaneltitle', 'i')] | ancestor::aside | ancestor::nav",
                                                   namespaces={"re": "http://exslt.org/regular-expressions"})]
    candidates = paneled if len(paneled) < len(candidates) and paneled else candidates
    short = _clean("".join(candidates[0].itertext())) if len(candidates) == 1 else ""
    if short and len(short.split()) < 4 and _titled_report(tree, candidates[0], short):
        return short  # "Bottlenecks Beyond Beijing" over its subtitle: a report's short title, as its <title> gives it too
    if not any(len(_clean("".join(h.itertext())).split()) >= 4 for h in candidates):
        # "Press Releases | Ministry of ...": the <title> is the section's, the <h1> the logo's; the
        # article's title is the heading its CMS marks as one ("<h3 class='tit'>") ...
        # (not a subtitle: "<h3 class='subtitle'>" under a Substack post's short <h1>)
        # (... or, with no <h1> at all, a page builder's title block before it: Tilda's "<div class='t030__title t-title'
        # field='title'>", over the text and its "<h2 class='t017__title t-title'>" crossheads; the first in the page)
        # (... or Odoo's "<div id='o_wblog_post_name'>": the post's name, by its element's id)
        # (... or a published document's paragraph in its Title style, "<p class='c7 title'>" in a Google Doc published to
        # the web, under the file's name the page's header and <title> show)
        divs = " | //p[re:test(@class, '(?:^|\\s)title(?:\\s|$)')][not(ancestor::nav or ancestor::footer or ancestor::a)]" \
               " | //div[re:test(@class, '(?:^|\\s)(?:[\\w-]*__)?(?:t-)?title(?:\\s|$)', 'i') or re:test(@id, " \
               "'(?:post|entry|article|story)_?(?:name|title|headline)$', 'i')][not(ancestor::nav or ancestor::footer " \
               "or ancestor::aside or ancestor::a or .//a)]" if not candidates else ""
        # (... an old blog template's "<h4 class='serendipity_title'>" under its date's <h3>, its <h1> the blog's name)
        # (... or by its id: CMS Made Simple's News module, "<h3 id='NewsPostDetailTitle'>" under the section's "<h1>Habari</h1>")
        titled = [t for h in tree.xpath("//h2[re:test(concat(@class, ' ', @id), 'tit|headline|subject|heading', 'i')] | "
                                        "//h3[re:test(concat(@class, ' ', @id), 'tit|headline|subject|heading', 'i')] | "
                                        "//h4[re:test(@class, 'title|headline', 'i')]"
                                        "[not(ancestor::aside or ancestor::footer or ancestor::nav or ancestor::*[re:test("
                                        "concat(@class, ' ', @id), 'sidebar|related|comment', 'i')])]" + divs,
                                        namespaces={"re": "http://exslt.org/regular-expressions"})
                  if len((t := _clean("".join(h.itertext()))).split()) >= 4
                  and not re.search(r"sub-?tit", f"{h.get('class') or ''} {h.get('id') or ''}", re.I)]
        if not titled and not candidates:
            # ... or, on an old page with no heading at all, the element its CMS classes as the headline
            # ("<span class='headline'>" in a layout table), not a link to another story
            titled = [t for h in tree.xpath("//body//*[re:test(@class, '^(?:headline|story-?title|article-?title|news-?title)$', 'i')]"
                                            "[not(ancestor-or-self::a) and not(.//a)]",
                                            namespaces={"re": "http://exslt.org/regular-expressions"})
                      if 4 <= len((t := _clean("".join(h.itertext()))).split()) <= KICKER_MAX_WORDS * 5]
        if not titled and not candidates and title and _unseen(tree, title) \
                and not _FILE_TITLE.fullmatch(_tab(tree)):  # (a converted file's, read below)
            # ... or, where the title is one the page never shows (a site builder's template's "Post Template"), the
            # one heading over the text, not a list's or a box's (not a converted letter's letterhead, in several)
            second = tree.xpath("//body//h2[not(ancestor::aside or ancestor::footer or ancestor::nav or ancestor::header "
                                "or ancestor::a or .//a or ancestor::*[re:test(concat(@class, ' ', @id), "
                                "'sidebar|related|comment|widget', 'i')])]", namespaces={"re": "http://exslt.org/regular-expressions"})
            titled = [t for h in second if len(second) == 1 and len((t := _clean("".join(h.itertext()))).split()) >= 4]
        if titled:
            return titled[0]  # (the og:title, and the <title>, are variants for shares and tabs)
    if not candidates and title and _authors_name(tree, title):
        # "Zunilda Samaniego": a social network's post page gives its poster's name as the og:title, its <title> the post's
        # ("Ysyry | ESSAP revisará la conexión ..."), the site's name cut off below
        tab = _tab(tree)
        parts = sorted(_TITLE_SEPARATORS.split(tab), key=lambda part: len(part.split()))
        tab = parts[-1].strip() if len(parts) == 2 and len(parts[0].split()) <= SITE_NAME_MAX_WORDS else tab
        return tab if tab and not _same(tab, title) and len(tab.split()) >= 4 else title
    if not candidates and title and (tab := _shown_tab(tree, title)):
        return tab  # "EPQ y las grúas chinas ...": a forum's og:title left from the thread's first subject, its tab's the one shown
    if len(candidates) != 1:
        return title
    h1 = _without_label(candidates[0])
    if h1 and title and not _same(h1, title) and any(_same(h1, str(item.get("alternativeHeadline", ""))) for item in _json_ld_items(tree)):
        return h1  # "Johor’s awkward bargain", a print headline however short, the JSON-LD's alternative to the one for search
    if not h1 or _same(h1, title) or len(h1.split()) < 4:
        return title
    if len(title.split()) <= 2 and not _content_words(title) & _content_words(h1):
        return h1  # "Press corner": the section's title on every page, the <h1> the article's
    if not title or marked or any(_same(h1, str(item.get(key, ""))) for item in _json_ld_items(tree)
                                  for key in ("headline", "alternativeHeadline")):
        # the page marks its <h1> as the headline (or its JSON-LD says it, or gives it as the alternative to a print
        # headline, "The Servicing Problem"): the og:title is a variant for shares or print
        return h1
    element = tree.find(".//title")
    title_tag = _clean("".join(element.itertext())) if element is not None else ""
    if _loose(title_tag).startswith(_loose(h1)) and _loose(title_tag).endswith(_loose(title)) and _loose(title) != _loose(h1) \
            and not tree.xpath("//article//h1 | //main//h1"):
        return title  # "Zambeze Digital | English Edition: Manica co-operatives ...": a blog's <h1> (its name), then its post's
    if _loose(h1) in _loose(title_tag) or _loose(title).endswith(_loose(h1)):
        # The <title> repeats the <h1> ("H1 - Site"), or the og:title is it with a prefix ("#112: H1"):
        # the og:title that differs is a social-media variant.
        return h1
    if _stems(title) & _stems(h1):
        # the headline a reader sees over the article; the og:title and the <title> are for shares and tabs
        # (a word's forms count as one: "decouple a port" under "the limits of decoupling")
        return h1
    titles = [title_tag, *(str(item.get("headline", "")) for item in _json_ld_items(tree))]
    if any(len(_stems(other) & _stems(h1)) >= H1_SHARED_STEMS for other in titles):
        # "Tegucigalpa's electric buses caught in the US–China crossfire" under an og:title about something else
        # ("Honduras' e-bus plan hit by ..."), its <title> and JSON-LD about the same story as it ("... what it means
        # for Tegucigalpa's new electric fleet"): the og:title is the variant written for shares
        return h1
    described = " ".join(tree.xpath("//meta[@name='description' or @property='og:description']/@content"))
    if (inside or len(tree.xpath("//h1")) == 1) and len(h1.split()) >= H1_OWN_WORDS and not _SENTENCE_END.search(h1) \
            and len(_content_words(h1) & _content_words(described)) >= 2:
        # "Two weeks, two rulebooks: Europe's API makers have the orders but not the plants", the one <h1>, under an
        # og:title and JSON-LD written for sharing ("No. 214: The fortnight that ..."): the h1, about what the page's
        # description says ("... European API makers have orders, but not the capacity")
        return h1
    if inside and len(h1.split()) >= H1_OWN_WORDS and not _SENTENCE_END.search(h1) and _FILE_NAME_TAB.fullmatch(title_tag) \
            and _loose(title) not in _loose(_shown_text(tree)):
        # "caudales_sula_junio2030" in the tab (a notebook's file name) and an og:title the page never prints ("¿Quién lee
        # los ríos ...?", a card's): the one <h1> its text opens with
        return h1
    return title  # (an <h1> about something else, a widget's, is not the article's)


_FILE_NAME_TAB = re.compile(r"[\w-]*_[\w-]*(?:\.\w{1,6})?|[\w-]+\.(?:ipynb|html?|md|rmd|qmd|docx?|pdf)", re.I)  # a file's name


def _whole_title(tree, headline: str) -> str:
    """A headline the <title> cut short ("... رهينة") that the page's own title element prints whole, perhaps after its
    section's label ("<span class='itemTitle'><a>الافتتاحية</a>: ... رهينة خلاف بين واشنطن وبكين</span>"): the whole one."""
    if len(headline.split()) < 4:
        return headline
    for element in tree.xpath("//body//*[self::h1 or self::h2 or re:test(@class, 'title', 'i')][not(ancestor::nav or "
                              "ancestor::aside or ancestor::footer or ancestor::header)]",
                              namespaces={"re": "http://exslt.org/regular-expressions"}):
        # (its own words, not a link's: a list of other stories' headlines links each)
        text = re.sub(r"^(?:[^\W\d_][\w ]{0,24})?:\s+", "", _clean(" ".join(element.xpath(".//text()[not(ancestor::a)]"))))
        tail = " ".join(text.split()[len(headline.split()):])  # (the words the <title> cut, no stamp's or label's)
        if _loose(text).startswith(_loose(headline)) and 0 < len(tail.split()) <= TITLE_CUT_MAX_WORDS \
                and not re.search(r"[\d:|·•/()]", tail):
            return text
    return headline


TITLE_CUT_MAX_WORDS = 12  # words a <title> may have cut off the headline the page prints whole


def _shown_tab(tree, title: str) -> str:
    """The <title> (or its longest part), where the page shows it and not the og:title: the title the reader sees."""
    tab = _tab(tree)
    if not tab or _same(tab, title):
        return ""
    shown = _loose(_shown_text(tree))
    if _loose(title) in shown and not any(_loose(alt) == _loose(title) for alt in _logo_alts(tree)):
        return ""  # (the title the page shows, unless it is the site's own name, its logo's: "Агро-Талаа")
    parts = sorted({tab, *(part.strip() for part in _TITLE_SEPARATORS.split(tab))}, key=len, reverse=True)
    # (... the headline after its section's label in the tab, "Агро-Талаа - Новости: Американский запрет ...", shown alone)
    parts += [label.group(1) for part in parts if (label := re.match(r"[^\W\d_][\w ]{0,24}:\s+(\S.*)", part))]
    return next((part for part in parts if len(part.split()) >= 4 and _loose(part) in shown and not _same(part, title)), "")


def _unseen(tree, title: str) -> bool:
    """A title none of whose words the page's text shows (a template's placeholder): not the page's."""
    words = _content_words(title)
    shown = _content_words(_shown_text(tree))
    return bool(words) and not words & shown


def _authors_name(tree, text: str) -> bool:
    """Whether a page's title is only the name it gives its writer: its meta author, its JSON-LD author's, or the text of
    an element a microformat or its class marks as the author's name ("<h4 class='fn p-name'>", "<a rel='author'>")."""
    named = [*tree.xpath("//meta[@name='author']/@content"),
             *(str(a.get("name", "")) for item in _json_ld_items(tree) for a in (item.get("author") if isinstance(item.get("author"), list) else [item.get("author")])
               if isinstance(a, dict)),
             *("".join(e.itertext()) for e in tree.xpath("//body//*[re:test(@class, '(?:^|\\s)(?:p-name|fn|author-?name)(?:\\s|$)', 'i') "
                                                       "or @rel='author'][not(ancestor::*[re:test(@class, 'comment', 'i')])]",
                                                       namespaces={"re": "http://exslt.org/regular-expressions"}))]
    return any(_loose(_clean(name)) == _loose(text) for name in named if _clean(name))


H1_SHARED_STEMS = 2  # words an <h1> shares with the page's <title> or JSON-LD headline to be the same story's
H1_OWN_WORDS = 8  # an <h1> this long in the article's container is its headline, whatever the metadata's says


def _site_masthead(tree, heading) -> bool:
    """A heading whose own words are the site's name (its og:site_name), a tagline at most in an element inside it
    ("<h1>Orjen Energy Forum <span class='pagetitleinfo'>Montenegro's community ...</span></h1>"): the site's masthead,
    set as a heading over every page (not "ULS Vale do Lis signs ...", a headline that opens with the name)."""
    site = _clean(" ".join(tree.xpath("//meta[@property='og:site_name']/@content")))
    return bool(site) and _loose(_clean(heading.text or "")) == _loose(site)


def _links_home(element) -> bool:
    """A heading that is a link to the site's front page ("/", "index.html", "https://site.example/"): the site's name over
    its pages, as a blog's theme sets it, not a page's title."""
    hrefs = [href for a in element.iter("a") if (href := a.get("href", "").strip())]
    return any((parts := urlsplit(href)).path in ("", "/", "./") and not parts.query and not parts.fragment
               or re.search(r"(?:^|/)index\.html?$", href) for href in hrefs)


def _menu_item(tree, text: str) -> bool:
    """Whether a text is an item of the site's menu or breadcrumb trail (a link in a <nav>, or in a list or a block
    its class or id calls a menu, a navigation or a breadcrumb): a section's name, which a heading may repeat."""
    items = tree.xpath("//nav//a | //*[re:test(concat(@class, ' ', @id), 'menu|navigation|navbar|breadcrumb', 'i')]//a"
                       " | //*[re:test(concat(@class, ' ', @id), 'breadcrumb', 'i')]//span",
                       namespaces={"re": "http://exslt.org/regular-expressions"})
    return any(_loose(_clean("".join(item.itertext()))) == _loose(text) for item in items)


def _titled_report(tree, h1_element, h1: str) -> bool:
    """A short <h1> with its subtitle next to it (an element classed as one, or the next heading), whose <title>
    opens with the <h1> alone ("Magnetic South — Institute"): the title a report's landing page gives it."""
    if _links_home(h1_element):
        return False  # "<h1 class='blog-title'><a href='https://blog.example/'>Polar Night Press</a></h1>": the site's name
    if _menu_item(tree, h1):
        return False  # "<h1>Habari</h1>" over a news item: the section's name, its menu's current item ("News")
    element = tree.find(".//title")
    title_tag = _clean("".join(element.itertext())) if element is not None else ""
    rest = _loose(title_tag)[len(_loose(h1)):] if _loose(title_tag).startswith(_loose(h1)) else None
    if rest is None or (rest.strip() and not re.match(r"\s*[|–—-]", title_tag[len(h1):].lstrip() or " ")):
        return False
    # (the next heading or paragraph in the page's order, however deep its builder nests it)
    following = next(iter(h1_element.xpath("following::*[self::h2 or self::h3 or self::p][1]")), None)
    if following is None:
        return False
    classes = following.get("class") or ""
    text = _clean("".join(following.itertext()))
    return DECK_MIN_WORDS <= len(text.split()) <= 30 and (following.tag in ("h2", "h3") or bool(_DECK_CLASS.search(classes)))


def _content_words(text: str) -> set[str]:
    """A text's words of three letters or more, in any script ("запрет", "agrodronov", "café"), English's small words aside."""
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if len(w) > 2 and w not in ("the", "and", "for", "with")}


def _stems(text: str) -> set[str]:
    """A text's content words cut to their first letters: "decouple", "decoupling" and "decoupled" as one."""
    return {w[:STEM_LETTERS] for w in _content_words(text) if len(w) >= 4}


STEM_LETTERS = 5




def _host(url: str) -> str:
    host = urlsplit(url).hostname or "" if url else ""
    return host.removeprefix("www.")


def _web_address(value: str) -> str:
    """An http(s) address with a host, or "": nothing else from a page reaches the site."""
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or any(c.isspace() for c in value):
        return ""
    return value


def _clean(text: str) -> str:
    """One line of text, without the characters that are never text (text.NOT_TEXT)."""
    return " ".join(clean(text).split())


def _running_key(text: str) -> str:
    """A running header or footer the same on every page but for its page number: "... Tel. (02) 8751-0384 Page 1 of 2"."""
    return re.sub(r"page\d+(?:of\d+)?$|\d+$", "#", _key(text))


def _key(text: str) -> str:
    """Text compared loosely: case, spacing and quote marks do not count."""
    return "".join(text.lower().strip(_QUOTE_MARKS).split())


def _same(a: str, b: str) -> bool:
    return bool(a and b) and _key(a) == _key(b)
