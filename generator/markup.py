"""Structured sources a text seed carries as text, read by their structure: markup (a page's source copied from
view-source or printed by a terminal, a news item's NITF, a speech script's SSML, a document's XML, a translator's XLIFF),
an article's record (an API's JSON, a site generator's TOML front matter), a terminal's session, a word processor's RTF,
a table's CSV export and a PDF form's field dump.

Markup is read as the text it shows, an element's words a paragraph on the line its source starts it (a blank line
between two elements the source set close); a record as the article's header lines. What the source holds that no
reader sees (a page's head, a news item's metadata, comments, commands, other rows and fields) is returned as the
wrapper's furniture, so nothing of the seed is lost.
"""
from __future__ import annotations

import ast
import bisect
import csv
import functools
import io
import itertools
import json
import re
import tomllib
from collections import Counter

# Elements whose words no reader sees: a page's head, script and style, a news item's metadata (NITF's "docdata", the
# producer its picture's caption credits)
_HIDDEN = frozenset({"head", "script", "style", "template", "noscript", "docdata", "svg", "media-producer"})
# A translator's file (XLIFF): each unit's translation is the text it shows, its source, the machine's alternatives and
# the file's header (the tool, its phases, the desk's notes) the translator's
_TRANSLATION_FILE = re.compile(r"<xliff\b", re.I)
_TRANSLATION_HIDDEN = _HIDDEN | {"source", "alt-trans", "header"}
# Elements that end a run of words: a line's blocks never run together ("<p>a</p><p>b</p>" is "a b")
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "blockquote", "li", "ul",
                     "ol", "section", "article", "table", "tr", "td", "th", "br", "hl1", "hl2", "byline", "dateline",
                     "block", "media", "media-caption", "abstract", "tagline", "bibliography", "note", "distributor",
                     "h", "line-break",  # (an OpenDocument's heading and line break, "text:h", "text:line-break")
                     "trans-unit", "unit", "segment", "target",  # (a translator's file's units)
                     "quote", "list", "item"})  # (a TEI document's: trafilatura's XML)
# A line of a page's body in its source: it opens with a block's tag and closes one ("<p><strong>SNEEK</strong> ...</p>")
# (... or a document's in its XML, each element's name under its namespace's prefix: "<text:p text:style-name="P10">")
_MARKUP_LINE = re.compile(r"\s*<(?:[\w-]+:)?(?:p|h[1-6]?|figure|blockquote|li|div|section|article|hl[12]|byline|dateline"
                          r"|block|media-caption)\b[^>]*>.*</[\w.:-]+>\s*", re.I)
# A document that is markup from its top: an XML declaration, a doctype, or a page's or a script's root element
_MARKUP_TOP = re.compile(r"\s*(?:<\?xml\b|<!DOCTYPE\b|<(?:html|speak|nitf|rss|feed|xliff|TEI|doc)\b)", re.I)
MARKUP_MIN_LINES = 4  # lines of a body's blocks in their source, for a copy to carry its page's markup
# The address a browser shows over a page's source ("view-source:https://...")
_VIEW_SOURCE = re.compile(r"\s*view-source:\S+\s*")


# Elements with no end tag in a page's markup: they open nothing the words after them are in
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
                   "wbr"})


@functools.lru_cache(maxsize=1)
def _shown_reader() -> type:
    """The reader of a markup's shown words; Python's HTML parser loaded only for a copy carrying markup (a build of
    plain text seeds loads nothing of the web's)."""
    from html.parser import HTMLParser

    class Shown(HTMLParser):
        """The words a reader of the markup sees, an element's a paragraph with the line it starts on (a line of text
        outside any element a paragraph of its own, as a plain copy's line is); the rest kept apart, in order."""

        def __init__(self, hidden: frozenset[str] = _HIDDEN) -> None:
            super().__init__(convert_charrefs=True)
            self.hiding = hidden
            self.paragraphs: list[tuple[int, str, bool]] = []  # (line, words, outside any element)
            self.unseen: list[str] = []
            self.hidden = 0
            self.headings = 0
            self.depth = 0
            self.words: list[str] = []
            self.start = 0
            self.bare = True

        def handle_starttag(self, tag: str, attrs) -> None:
            tag = tag.rpartition(":")[2]  # (an element's name under its namespace's prefix: "text:p" is a paragraph)
            self.depth += tag not in _VOID
            if tag == "head" and any(name == "rend" for name, _ in attrs):
                self.headings += 1  # (a TEI document's heading, trafilatura's XML: "<head rend='h1'>", no page's head)
                self.flush()
            elif tag in self.hiding:
                self.hidden += 1
            elif tag in _BLOCKS:
                self.flush()

        def handle_startendtag(self, tag: str, attrs) -> None:
            if tag.rpartition(":")[2] in _BLOCKS:
                self.flush()

        def handle_endtag(self, tag: str) -> None:
            tag = tag.rpartition(":")[2]
            self.depth = max(0, self.depth - (tag not in _VOID))
            if tag == "head" and self.headings:
                self.headings -= 1
                self.flush()
            elif tag in self.hiding and self.hidden:
                self.hidden -= 1
            elif tag in _BLOCKS:
                self.flush()

        def flush(self) -> None:
            words = re.sub(r"\s+", " ", "".join(self.words)).strip()
            if words:
                self.paragraphs.append((self.start, words, self.bare))
            self.words = []

        def handle_data(self, data: str) -> None:
            if self.hidden:
                self.unseen.extend(piece.strip() for piece in data.split("\n") if piece.strip())
                return
            line = self.getpos()[0] - 1
            for n, piece in enumerate(data.split("\n")):
                if n and not self.depth:
                    self.flush()
                if piece.strip() and not "".join(self.words).strip():
                    self.start, self.bare = line + n, not self.depth
                self.words.append(" " + piece if n else piece)

        def handle_comment(self, data: str) -> None:
            self.unseen.extend(piece.strip() for piece in data.split("\n") if piece.strip())

        def handle_decl(self, decl: str) -> None:
            self.unseen.append(f"<!{decl}>")

        def handle_pi(self, data: str) -> None:
            self.unseen.append(f"<?{data}>")

    return Shown


def _read_shown(markup: str, hidden: frozenset[str] = _HIDDEN):
    """The shown-words reader after reading the whole of ``markup``: its paragraphs and its unseen words."""
    reader = _shown_reader()(hidden)
    reader.feed(markup)
    reader.close()
    reader.flush()
    return reader


def markup_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A copy that carries its page's or its item's markup as text (a page's source, a news agency's NITF item, a
    text-to-speech script in SSML, a CMS's rendered body printed by a terminal), read as the words it shows. Only a
    copy that is markup from its top, or has four lines of a body's blocks in their source: a plain copy's "<" is its
    own."""
    rows = text.split("\n")
    top = next((i for i, row in enumerate(rows) if row.strip()), None)
    if top is None:
        return text, ()
    furniture: list[str] = []
    if _VIEW_SOURCE.fullmatch(rows[top]):
        furniture.append(rows[top].strip())
        top = next((i for i in range(top + 1, len(rows)) if rows[i].strip()), top)
    if not _MARKUP_TOP.match(rows[top]) and sum(1 for row in rows if _MARKUP_LINE.fullmatch(row)) < MARKUP_MIN_LINES:
        return text, ()
    reader = _read_shown("\n".join("" if row.strip() in furniture else row for row in rows),
                         _TRANSLATION_HIDDEN if _TRANSLATION_FILE.search(text[:5000]) else _HIDDEN)
    shown: list[str] = []
    after_bare = True
    for start, words, bare in reader.paragraphs:
        shown.extend([""] * (start - len(shown)))
        if shown and shown[-1] and not (bare and after_bare):
            shown.append("")  # (each element's words a paragraph, as the page shows them, where its source set them close)
        shown.append(words)
        after_bare = bare
    return "\n".join(shown), (*furniture, *reader.unseen)


# A terminal's prompt before a command ("~/clips $ curl ...", "ana@desk:~/clips$ jq ...", "[sam ~/Downloads]$ unzip
# ...", "C:\\Users\\ana\\Documents> pdftk ...", "$ date"): the copyist's command, no words of the article
_PROMPT = re.compile(r"(?:(?:[\w.-]+@[\w.-]+:)?(?:~|/)[^\s$#>]*\s?|\[[^\]\n]{1,60}\]\s?)[$#]\s?(.*)"
                     r"|\$(?:\s+([a-z][\w.+-]*(?:\s.*)?))?|[A-Z]:\\[^<>\n]{0,120}>\s?(.*)"
                     r"|[a-z_][\w-]{0,62}=[>#]\s?(.*)")  # (psql's: "fluxo=> SELECT ...", "fluxo=# \\x")
PROMPTS_MIN = 2  # prompts in a copy, for it to be a terminal's session


# The header "head" and "tail" print over each of several files: "==> story.txt <=="
_FILE_HEADER = re.compile(r"==> .{1,200} <==")


def file_sections(text: str) -> tuple[str, tuple[str, ...]]:
    """Several files printed one after another under their names ("tail -n +1 story.txt story.ann"): the file with the
    most words holds the article; the others (an annotation tool's standoff file, a listing) and the headers are
    returned as the wrapper's furniture, each line blank where it stood."""
    rows = text.split("\n")
    headers = [n for n, row in enumerate(rows) if _FILE_HEADER.fullmatch(row.strip())]
    if len(headers) < 2:
        return text, ()
    words = [len(row.split()) for row in rows]
    start, end = max(zip(headers, [*headers[1:], len(rows)]), key=lambda pair: sum(words[pair[0] + 1:pair[1]]))
    out = [row if start < n < end else "" for n, row in enumerate(rows)]
    return "\n".join(out), tuple(row.strip() for n, row in enumerate(rows) if row.strip() and not start < n < end)


def session_output(text: str) -> tuple[str, tuple[str, ...]]:
    """A terminal's session copied whole, the article in what one of its commands printed: the longest output is the
    article's (a page's source, a document's text), and so is an article's record another printed (a JSON object, a
    front matter, read as its header); each prompt and its command, and every other output (an archive's listing, a
    file's metadata, the clock's "date"), are returned as the wrapper's furniture, each line blank where it stood."""
    rows = text.split("\n")
    prompts = [i for i, row in enumerate(rows) if _PROMPT.fullmatch(row.strip())]
    if len(prompts) < PROMPTS_MIN:
        return text, ()
    outputs = [(start + 1, end) for start, end in zip(prompts, [*prompts[1:], len(rows)])]
    longest = max(outputs, key=lambda output: sum(len(row.split()) for row in rows[output[0]:output[1]]))
    kept = {output for output in outputs if output == longest
            or next((row.strip() for row in rows[output[0]:output[1]] if row.strip()), "") in _RECORD_OPENINGS}
    shown = [False] * len(rows)
    for start, end in kept:
        shown[start:end] = [True] * (end - start)
    out, furniture = list(rows), []
    for i in range(prompts[0], len(rows)):
        if rows[i].strip() and not shown[i]:
            furniture.append(rows[i].strip())
            out[i] = ""
    return "\n".join(out), tuple(furniture)


# A unified diff of two copies of a page ("diff -u old new", "git diff"): its files' header, its hunks' heads and the
# lines only the old copy had are the diff's; the new copy is its context and its added lines, their marks cut
_DIFF_OLD = re.compile(r"--- \S.*")
_DIFF_NEW = re.compile(r"\+\+\+ \S.*")
_DIFF_HUNK = re.compile(r"@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@.*")
_DIFF_MARKED = re.compile(r"[ +\-\\].*|")  # a hunk's line: context, added, removed, "\ No newline at end of file", or blank


def unified_diff_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A diff of two copies of a page read as the newer copy: each hunk's context and added lines without their marks,
    the removed lines (the older copy's), the files' header and the hunks' heads the diff's furniture. Only a diff whose
    header ("--- a", "+++ b", "@@ ... @@") opens its hunks."""
    rows = text.split("\n")
    heads = [n for n in range(len(rows) - 2) if _DIFF_OLD.fullmatch(rows[n].rstrip()) and _DIFF_NEW.fullmatch(rows[n + 1].rstrip())
             and _DIFF_HUNK.fullmatch(rows[n + 2].rstrip())]
    if not heads:
        return text, ()
    out, furniture = list(rows), []
    for head in heads:
        furniture.extend(rows[n].strip() for n in (head, head + 1))
        out[head] = out[head + 1] = ""
        n = head + 2
        while n < len(rows) and (_DIFF_HUNK.fullmatch(rows[n].rstrip()) or _DIFF_MARKED.fullmatch(rows[n])):
            row = rows[n]
            if _DIFF_HUNK.fullmatch(row.rstrip()) or row.startswith(("-", "\\")):
                furniture.append(row.strip())
                out[n] = ""
            else:
                out[n] = row[1:]
            n += 1
    return "\n".join(out), tuple(f for f in furniture if f)


# A mail tool's SMTP session printed as it talked (swaks, "openssl s_client"): the client's lines " -> " (" ~> " once the
# link is encrypted), the server's "<- " ("<~ "), the tool's own "=== "; after the server's "354" to "DATA", the client's
# lines are the message, to the "." alone that ends it, each line that opens with "." sent with another ("dot-stuffing")
_SMTP_CLIENT = re.compile(r" ?[-~*]> ?(.*)")
_SMTP_SERVER = re.compile(r"<[-~*] +\d{3}[- ]")
SMTP_LINES_MIN = 8  # the server's replies, for a copy to be a session


def smtp_session_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """An SMTP session read as the message its client sent (its headers, then its text, the dots it doubled undone), each
    line where the session has it; the commands, the server's replies and the tool's lines its furniture."""
    rows = text.split("\n")
    if sum(1 for r in rows if _SMTP_SERVER.match(r)) < SMTP_LINES_MIN:
        return text, ()
    data = next((n for n, r in enumerate(rows) if re.match(r"<[-~*] +354\b", r)), -1)
    end = next((n for n in range(data + 1, len(rows)) if (m := _SMTP_CLIENT.fullmatch(rows[n].rstrip("\r")))
                and m.group(1).strip() == "."), -1) if data >= 0 else -1
    if end < 0:
        return text, ()
    shown = [(m.group(1)[1:] if m.group(1).startswith("..") else m.group(1)) if (m := _SMTP_CLIENT.fullmatch(r.rstrip("\r")))
             else "" for r in rows[data + 1:end]]
    furniture = tuple(r.strip() for r in (*rows[:data + 1], *rows[end:]) if r.strip())
    return _in_place(shown, data + 1, end, len(rows)), furniture


# A CI job's raw log (GitHub Actions): every line under its time stamp ("2030-07-29T10:00:07.4585920Z "), each step's
# command and settings in a group ("##[group]Run cat clips/x.txt" ... "##[endgroup]"), its output after the group
_LOG_STAMP = re.compile(r"\ufeff?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?")
_LOG_GROUP = re.compile(r"##\[(group|endgroup|command|error|warning|notice|debug)\]")
LOG_STAMPED_SHARE = 0.8  # of the copy's lines with text, for it to be a stamped log


def ci_log_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A CI job's raw log read as the step's output that holds most of its words (a page a step printed), each line
    where the log has it without its time stamp; the stamps, the groups of commands and settings, the other steps'
    output its furniture."""
    rows = text.split("\n")
    filled = [r for r in rows if r.strip()]
    if not filled or sum(1 for r in filled if _LOG_STAMP.match(r)) < LOG_STAMPED_SHARE * len(filled) \
            or not any("##[group]" in r for r in filled):
        return text, ()
    lines = [_LOG_STAMP.sub("", r, count=1) if _LOG_STAMP.match(r) else r for r in rows]
    outputs: list[tuple[int, int, int]] = []  # (words, first row, row after the last): the rows between one group and the next
    start, grouped = 0, False
    for n, line in enumerate([*lines, "##[group]"]):
        marked = _LOG_GROUP.match(line)
        if marked and marked.group(1) == "group" or n == len(lines):
            if not grouped and n > start:
                outputs.append((sum(len(r.split()) for r in lines[start:n]), start, n))
            grouped = True
        elif marked and marked.group(1) == "endgroup":
            grouped, start = False, n + 1
    if (found := _main_section(outputs, sum(len(r.split()) for r in lines))) is None:
        return text, ()
    first, after = found
    furniture = tuple(r.strip() for r in (*rows[:first], *rows[after:]) if r.strip())
    return _in_place(lines[first:after], first, after, len(rows)), furniture


# A Python session (IPython's "In [8]: print(texto)", the plain REPL's ">>> print(text)"): the rows after a prompt, up to
# the next, are what it printed; "Out[6]: ..." is a value shown, no page
_PY_PROMPT = re.compile(r"(?:In \[\d+\]:|\s+\.\.\.:|>>>|\.\.\.)(?:\s|$)")
_PY_OUT = re.compile(r"Out\[\d+\]:")
PY_PROMPTS_MIN = 3


def python_session_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A Python session read as what one of its commands printed, the output that holds most of its words, each line
    where the session has it; the banner, the commands and the values shown its furniture."""
    rows = text.split("\n")
    prompts = [n for n, r in enumerate(rows) if _PY_PROMPT.match(r)]
    if len(prompts) < PY_PROMPTS_MIN:
        return text, ()
    outputs = []  # (words, first row, row after the last)
    for k, n in enumerate(prompts):
        end = prompts[k + 1] if k + 1 < len(prompts) else len(rows)
        first = n + 1
        if end > first and not _PY_OUT.match(rows[first]):
            outputs.append((sum(len(r.split()) for r in rows[first:end]), first, end))
    if (found := _main_section(outputs, len(text.split()))) is None:
        return text, ()
    first, after = found
    furniture = tuple(r.strip() for r in (*rows[:first], *rows[after:]) if r.strip())
    return _in_place(rows[first:after], first, after, len(rows)), furniture


# reStructuredText (a wiki's or Sphinx's page): a title over a line of one mark ("=====", "~~~~~", "#####", perhaps
# over it too), its field list (":Author: vikash.p"), its directives and comments (".. note::", ".. _label:") and what
# they indent
_RST_RULE = re.compile(r"([=\-~#*^\"+`':.])\1{2,}\s*")
_RST_DIRECTIVE = re.compile(r"\.\.(?:\s|$)")
_RST_FIELD = re.compile(r":[\w -]{1,30}:(?:\s.*)?")
_RST_INLINE = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|\*(?=\S)(.+?)(?<=\S)\*|``(.+?)``|`([^`<]+?)\s*<[^>]+>`__?")
RST_TITLES_MIN = 2


def rst_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A reStructuredText page read as it renders: its titles each a line of their own (their rules blank rows), its
    inline marks undone; its field list, directives and comments (and what they indent) its furniture, each row blank
    where it stood."""
    rows = text.split("\n")
    titled = [n for n in range(1, len(rows)) if (rule := _RST_RULE.fullmatch(rows[n])) and rows[n - 1].strip()
              and not _RST_RULE.fullmatch(rows[n - 1]) and len(rows[n].rstrip()) >= len(rows[n - 1].rstrip())]
    if len(titled) < RST_TITLES_MIN or not any(_RST_DIRECTIVE.match(r) or _RST_FIELD.fullmatch(r) for r in rows):
        return text, ()
    shown, furniture = list(rows), []
    n = 0
    while n < len(rows):
        row = rows[n]
        if _RST_RULE.fullmatch(row):
            shown[n] = ""
        elif _RST_DIRECTIVE.match(row) or _RST_FIELD.fullmatch(row) and (n == 0 or not rows[n - 1].strip()
                                                                        or _RST_FIELD.fullmatch(rows[n - 1])):
            furniture.append(row.strip())
            shown[n] = ""
            if _RST_DIRECTIVE.match(row):  # (its indented block under it, blank lines between)
                while n + 1 < len(rows) and (not rows[n + 1].strip() or rows[n + 1][:1] in " \t"):
                    n += 1
                    if rows[n].strip():
                        furniture.append(rows[n].strip())
                    shown[n] = ""
        else:
            shown[n] = _RST_INLINE.sub(lambda m: next(g for g in m.groups() if g is not None), row)
        n += 1
    return "\n".join(shown), tuple(furniture)


# A script that writes a page it holds in a here-document ("cat >> "$OUT" <<'EOF'" ... "EOF"): the page is the document
_HEREDOC = re.compile(r".*<<(-?)\s*(['\"]?)([A-Za-z_][\w-]*)\2(?:\s.*)?")
HEREDOC_MIN_SHARE = 0.6  # of the copy's words in one here-document, for the document to be the page


def heredoc_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A script holding a page in a here-document, read as the document: the script around it (its comments, its
    commands, the document's opening and closing lines) its furniture, each line blank where it stood."""
    rows = text.split("\n")
    total = len(text.split())
    for n, row in enumerate(rows):
        opening = _HEREDOC.fullmatch(row.rstrip())
        if not opening:
            continue
        indented, word = opening.group(1), opening.group(3)
        end = next((k for k in range(n + 1, len(rows)) if (rows[k].strip() if indented else rows[k].rstrip()) == word), None)
        if end is None:
            continue
        words = sum(len(r.split()) for r in rows[n + 1:end])
        # (a shell archive's files, each a here-document whose lines open with "X" for sed to take off: the page is one
        # file of the archive, its script's long preamble and the other files around it)
        marked = bool(_SHAR_LINE_MARK.search(row))
        if words < ITEM_MIN_WORDS or words < total * (SHAR_MIN_SHARE if marked else HEREDOC_MIN_SHARE):
            continue
        furniture = tuple(r.strip() for k, r in enumerate(rows) if r.strip() and not n < k < end)
        out = ["" if not n < k < end else (r[1:] if marked and r.startswith("X") else r.lstrip("\t") if indented else r)
               for k, r in enumerate(rows)]
        return "\n".join(out), furniture
    return text, ()


_SHAR_LINE_MARK = re.compile(r"\bsed\s+(?:-e\s+)?['\"]s/\^X//['\"]")  # shar's "sed 's/^X//' << 'SHAR_EOF' > 'page.txt'"
SHAR_MIN_SHARE = 0.5  # of the archive's words in one of its files, for that file to be the page


# A document that quotes the page whole in a fenced block (Markdown's, Typst's, a wiki's "```text" ... "```"): the page is
# the block, the document around it someone's (a bulletin's other items, a note on where the text came from)
# (... or a test's doc string, indented under its step: Gherkin's '"""' in a feature file, the page a scenario is given)
_FENCE = re.compile(r"(?P<indent>\s{0,3}(?=[`~])|\s*(?=\"))(`{3,}|~{3,}|\"{3})\s*[\w+-]*\s*")


def fenced_block_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A document holding a page in one fenced block, read as the block: the document around it its furniture, each line
    blank where it stood. Only a block that holds most of the copy's words (as a here-document must)."""
    rows = text.split("\n")
    total = len(text.split())
    for n, row in enumerate(rows):
        opening = _FENCE.fullmatch(row)
        if not opening:
            continue
        fence, indent = opening.group(2), len(opening.group("indent"))
        end = next((k for k in range(n + 1, len(rows)) if rows[k].strip() == fence), None)
        if end is None:
            return text, ()
        words = sum(len(r.split()) for r in rows[n + 1:end])
        if words >= ITEM_MIN_WORDS and words >= total * HEREDOC_MIN_SHARE:
            furniture = tuple(r.strip() for k, r in enumerate(rows) if r.strip() and not n < k < end)
            # (the block's lines without the fence's own indent, as Markdown and Gherkin read them; a quote's deeper indent kept)
            return "\n".join("" if not n < k < end else _dedented(r, indent) for k, r in enumerate(rows)), furniture
        return text, ()  # (the first block only: a document of several quotes quotes no one page)
    return text, ()


def _dedented(row: str, indent: int) -> str:
    return row[min(indent, len(row) - len(row.lstrip(" "))):]


# An HTTP exchange as a network tool prints it ("Follow TCP stream", "curl -i"): a request's line, a response's status
# line, their headers, and the response's body after a blank line; a body sent in chunks has each chunk's size in hex on a
# line of its own, a chunk ending anywhere (in a paragraph's middle too), the stream's last chunk "0"
_HTTP_STATUS = re.compile(r"HTTP/\d(?:\.\d)?\s+(\d{3})\b.*")
HTTP_HEADERS_MAX = 60  # lines of headers a response has, at most
_HTTP_REQUEST = re.compile(r"(?:GET|POST|HEAD|PUT|PATCH|DELETE|OPTIONS) \S+ HTTP/\d")
_HTTP_HEADER = re.compile(r"[A-Za-z][\w-]{1,40}:\s*\S.*")
_CHUNK_SIZE = re.compile(r"[0-9a-fA-F]{1,6}(?:;\S*)?")


def http_exchange_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A recorded HTTP exchange read as the text the server sent: the body of its one successful text response, its chunks
    joined as they were sent (a size line's break no break of the page's); the requests, the headers and the other
    responses its furniture, each line blank where it stood. Only where that body holds most of the copy's words."""
    rows = text.split("\n")
    first = next((r.strip() for r in rows if r.strip()), "")
    if not (_HTTP_REQUEST.match(first) or _HTTP_STATUS.fullmatch(first)):
        return text, ()  # (a recording opens with its first request or response; a page may show a response's headers)
    for n, row in enumerate(rows):
        status = _HTTP_STATUS.fullmatch(row.strip())
        if not status or not status.group(1).startswith("2"):
            continue
        end = next((k for k in range(n + 1, min(len(rows), n + HTTP_HEADERS_MAX)) if not rows[k].strip()), None)
        if end is None:
            continue
        headers = [r.strip() for r in rows[n + 1:end]]
        if not headers or not all(_HTTP_HEADER.fullmatch(h) for h in headers) \
                or not any(re.fullmatch(r"(?i:content-type):\s*text/.*", h) for h in headers):
            continue
        chunked = any(re.fullmatch(r"(?i:transfer-encoding):\s*chunked\s*", h) for h in headers)
        body: list[str] = []
        k = end + 1
        while k < len(rows):
            line = rows[k]
            if chunked and _CHUNK_SIZE.fullmatch(line.strip()):
                if int(line.strip().split(";")[0], 16) == 0:
                    k += 1
                    break  # (the last chunk)
                if body and body[-1].strip() and k + 1 < len(rows) and rows[k + 1].strip():
                    body[-1] += rows[k + 1]  # (a chunk ending in a line's middle: the line goes on in the next)
                    k += 1
                k += 1
                continue
            if not chunked and _HTTP_STATUS.fullmatch(line.strip()) or _HTTP_REQUEST.match(line):
                break  # (the next exchange)
            body.append(line)
            k += 1
        words = sum(len(r.split()) for r in body)
        if words < ITEM_MIN_WORDS or words < len(text.split()) * HEREDOC_MIN_SHARE:
            return text, ()
        body += [""] * (k - end - 1 - len(body))  # (the size lines' rows, at the body's end: the copy's lines as many)
        sizes = [r.strip() for r in rows[end + 1:k] if chunked and _CHUNK_SIZE.fullmatch(r.strip())]
        furniture = tuple(r.strip() for r in (*rows[:end + 1], *sizes, *rows[k:]) if r.strip())
        return "\n".join([*([""] * (end + 1)), *body, *([""] * (len(rows) - k))]), furniture
    return text, ()


# A quiz bank in Moodle's GIFT format: "// ..." comments, "$CATEGORY: ..." and questions, each "::its title::" then an
# optional "[markdown]" and its text, up to a blank line; a question's answers in braces ("{=right ~wrong}"), a
# description (a reading) without any; ":", "~", "=", "#", "{", "}" in a question's text escaped by a backslash
_GIFT_TITLE = re.compile(r"::(?:[^:\\]|\\.)+::(?:\[(?:markdown|html|plain|moodle)\])?")
_GIFT_ESCAPE = re.compile(r"\\([:~=#{}\\])")


def _in_place(shown: list[str], first: int, after: int, rows: int) -> str:
    """The lines a reader kept (rows ``first`` to ``after``), every other row of the copy blank where it stood: the
    text's line numbers stay the copy's."""
    return "\n".join([*([""] * first), *shown, *([""] * (rows - after))])


def _main_section(sections: list[tuple[int, int, int]], words: int) -> tuple[int, int] | None:
    """The rows (first, after the last) of the section that holds the page: of ``sections`` (words, first row, row after
    the last), the one with the most words, where it holds enough of them and most of the copy's ``words``."""
    most, first, after = max(sections, default=(0, 0, 0))
    return (first, after) if most >= ITEM_MIN_WORDS and most >= HEREDOC_MIN_SHARE * words else None


def gift_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A GIFT quiz bank read as the reading one of its descriptions holds (its escapes undone), where that reading holds
    most of the bank's words; the comments, the categories, the title and the questions with their answers its
    furniture, each line blank where it stood."""
    rows = text.split("\n")
    if not any(r.startswith(("$CATEGORY:", "// question:")) for r in rows):
        return text, ()
    best: tuple[int, int, int] | None = None  # (words, first row, row after the last)
    n = 0
    while n < len(rows):
        if not _GIFT_TITLE.match(rows[n]):
            n += 1
            continue
        end = next((k for k in range(n, len(rows)) if not rows[k].strip()), len(rows))
        item = "\n".join(rows[n:end])
        if not re.search(r"(?<!\\)\{", item):  # (a description: no answers)
            words = len(item.split())
            best = max(best or (0, 0, 0), (words, n, end))
        n = end
    if (found := _main_section([best] if best else [], len(text.split()))) is None:
        return text, ()
    first, after = found
    title = _GIFT_TITLE.match(rows[first])
    shown = [_GIFT_ESCAPE.sub(r"\1", r) for r in [rows[first][title.end():], *rows[first + 1:after]]]
    furniture = tuple(r.strip() for r in (*rows[:first], title.group(0), *rows[after:]) if r.strip())
    return _in_place(shown, first, after, len(rows)), furniture


# A certified translation of a page, glossed line by line: each line of the source as it was printed, in its own language,
# then "[Tr.: the line in the translation's language]" under it; the translator's own marks on their own lines, the
# source's page breaks ("«Source page 2»") and print headers and footers ("{Print footer: ...}") in other brackets
_GLOSS = re.compile(r"\s*\[(?:Tr|Trans|Transl|Translation|Traducción|Traduction|Tradução|Traduzione|Übersetzung)\.?\s*:\s*"
                    r"(?P<gloss>.*\S)\s*\]\s*$", re.I)
_TRANSLATOR_MARK = re.compile(r"\s*(?:\{[^{}]*\}|«[^«»]*»)\s*$")
GLOSSED_MIN_LINES = 5  # glosses under lines, for a copy to be a glossed translation


def glossed_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A translation glossed line by line read in the translation's words: each glossed line its gloss, the line as the
    source printed it and the translator's marks (page breaks, print headers and footers) its furniture."""
    rows = text.split("\n")
    glossed = [n for n in range(1, len(rows)) if _GLOSS.match(rows[n]) and rows[n - 1].strip() and not _GLOSS.match(rows[n - 1])]
    if len(glossed) < GLOSSED_MIN_LINES:
        return text, ()
    furniture: list[str] = []
    for n in glossed:
        furniture.append(rows[n - 1].strip())
        rows[n - 1] = rows[n - 1][:len(rows[n - 1]) - len(rows[n - 1].lstrip())] + _GLOSS.match(rows[n]).group("gloss")
    # (the gloss's own line goes: the glossed line stands where the source printed it)
    glosses, shown = set(glossed), []
    for n, row in enumerate(rows):
        if n in glosses:
            continue
        if _TRANSLATOR_MARK.match(row):
            furniture.append(row.strip())
            continue
        shown.append(row)
    return "\n".join(shown), tuple(furniture)


# An RCS file ("page.txt,v"), the revisions of a page a collection checked in: its admin header ("head 1.3;", "access;",
# "symbols", "locks"), each revision's date and author, "desc @...@", then each revision's log and text, every string
# between "@"s (an "@" in it doubled); the head revision's text is the page whole, the older ones' diffs against it
_RCS_HEAD = re.compile(r"head\s+(?P<rev>[\d.]+);")
_RCS_STRING = re.compile(r"@((?:[^@]|@@)*)@", re.S)


def rcs_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """An RCS file read as its head revision's text ("@@" an "@"), each line where the file has it; the admin header, the
    revisions' dates, logs and the older revisions' diffs its furniture, each line blank where it stood."""
    head = _RCS_HEAD.match(text.lstrip())
    if not head or not re.search(r"^access\b.*;\s*$", text, re.M) or not re.search(r"^desc\s*$", text, re.M):
        return text, ()
    opening = re.search(rf"^{re.escape(head.group('rev'))}\s*\nlog\s*\n@(?:[^@]|@@)*@\s*\ntext\s*\n(?=@)", text, re.M)
    string = _RCS_STRING.match(text, opening.end()) if opening else None
    if not string:
        return text, ()
    before, after = text[:string.start(1)], text[string.end(1):]
    furniture = tuple(r.strip() for r in (*before.split("\n"), *after.split("\n")) if r.strip())
    shown = "\n" * before.count("\n") + string.group(1).replace("@@", "@") + "\n" * after.count("\n")
    return shown, furniture


# A Praat TextGrid (a speech corpus's annotation of a page read aloud): its tiers ("item [1]:", "name = "page""), each of
# intervals with a time span and a text ('text = "..."', a quotation mark in it doubled), or of points with a mark
_TEXTGRID_VALUE = re.compile(r'(?P<key>text|mark|name)\s*=\s*"(?P<value>(?:[^"]|"")*)"\s*$')
_TEXTGRID_ITEM = re.compile(r"\s*item\s*\[\d+\]:\s*$")


def textgrid_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A TextGrid read as the texts of its tier that holds the most words, each interval's text a line where the file has
    it (its doubled quotation marks one), the interval's times blank; the other tiers' texts and marks its furniture."""
    rows = text.split("\n")
    heading = [r.strip() for r in rows[:3] if r.strip()]
    if len(heading) < 2 or not heading[0].startswith('File type = "ooTextFile') or heading[1] != 'Object class = "TextGrid"':
        return text, ()
    tiers: list[list[int]] = []
    for n, row in enumerate(rows):
        if _TEXTGRID_ITEM.match(row):
            tiers.append([])
        elif tiers and (value := _TEXTGRID_VALUE.search(row)) and value.group("key") == "text":
            tiers[-1].append(n)
    if not tiers:
        return text, ()
    page = max(tiers, key=lambda tier: sum(len(_TEXTGRID_VALUE.search(rows[n]).group("value").split()) for n in tier))
    chosen = set(page)
    shown = [_TEXTGRID_VALUE.search(r).group("value").replace('""', '"') if n in chosen else "" for n, r in enumerate(rows)]
    furniture = tuple([*heading[:2], *(v.group("value").replace('""', '"') for n, r in enumerate(rows)
                                       if n not in chosen and (v := _TEXTGRID_VALUE.search(r)) and v.group("value").strip())])
    return "\n".join(shown), furniture


# A GNU recutils database ("%rec: Clipping"): records of "Field: value" lines, a long value continued on lines opening
# with "+" ("+ the next line", "+" alone a blank line), records apart by blank lines, "#" its comments
_REC_FIELD = re.compile(r"(?P<field>[A-Za-z%][\w%]*):(?:\s(?P<value>.*))?$")
_REC_MORE = re.compile(r"\+(?: (?P<value>.*))?$")


def rec_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A recutils database read as the one field's value that holds most of its words (a clipping's "Text:"), each of
    its lines where the file has it, without the field's name or its continuation marks; the other records and fields
    its furniture, each line blank where it stood."""
    rows = text.split("\n")
    if not any(r.startswith("%rec:") for r in rows):
        return text, ()
    best: tuple[int, int, int] | None = None  # (words, first row, row after the last)
    n = 0
    while n < len(rows):
        field = _REC_FIELD.match(rows[n])
        end = n + 1
        while end < len(rows) and _REC_MORE.match(rows[end]):
            end += 1
        if field and not field.group("field").startswith("%"):
            words = sum(len(r.split()) for r in rows[n:end])
            best = max(best or (0, 0, 0), (words, n, end))
        n = end
    if (found := _main_section([best] if best else [], len(text.split()))) is None:
        return text, ()
    first, after = found
    shown = [_REC_FIELD.match(rows[first]).group("value") or "", *((_REC_MORE.match(r).group("value") or "") for r in rows[first + 1:after])]
    furniture = tuple(r.strip() for r in (*rows[:first], *rows[after:]) if r.strip())
    return _in_place(shown, first, after, len(rows)), furniture


# A CoNLL-U treebank (a corpus of the page's sentences, each a "# text = ..." line over a word a line): its "# newpar"
# lines open paragraphs, its other comments and its words' rows are the corpus's
_CONLLU_TEXT = re.compile(r"#\s*text\s*=\s?(.*)$")
_SENTENCE_CLOSED = re.compile(r"[.!?…][\"”’»)]*$")


def conllu_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A CoNLL-U file read as its sentences, a paragraph's sentences run together on its first sentence's row (a line
    that ends no sentence, a header's or a headline's, a line of its own), paragraphs apart; the comments and the words'
    rows its furniture, each row blank where it stood."""
    rows = text.split("\n")
    if not any(r.startswith("# sent_id") for r in rows[:40]) or sum(1 for r in rows if _CONLLU_TEXT.match(r)) < 5:
        return text, ()
    shown = [""] * len(rows)
    at = -1  # the row the running sentence group is written on
    for n, row in enumerate(rows):
        if row.startswith("# newpar"):
            at = -1
        elif (sentence := _CONLLU_TEXT.match(row)):
            if at >= 0 and _SENTENCE_CLOSED.search(shown[at]):
                shown[at] += " " + sentence.group(1).strip()
            else:
                at, shown[n] = n, sentence.group(1).strip()
                # (a line of its own opens no paragraph: the next row's blank keeps it apart only after a paragraph)
    out, previous = [], -1
    for n, row in enumerate(shown):
        out.append(row)
    furniture = tuple(r.strip() for r in rows if r.strip() and not _CONLLU_TEXT.match(r) and r.startswith("#"))
    return "\n".join(out), furniture


# The sqlite3 shell's "-line" mode: each record's columns a line each, "column = value", the names set right so that their
# " = " line up; a value of several lines runs on under its first, to the next column's line
_SQLITE_LINE = re.compile(r"(\s*[A-Za-z_][\w]*) = ")
SQLITE_FIELDS_MIN = 4  # column lines aligned alike, for a copy to be sqlite3's line mode


def sqlite_lines_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """sqlite3's line mode read as the one value that holds most of its words (a cuttings table's "body"), its lines
    where the output has them, without the column's name; the other columns and records its furniture."""
    rows = text.split("\n")
    fields = [(n, m) for n, r in enumerate(rows) if (m := _SQLITE_LINE.match(r))]
    widths = Counter(len(m.group(1)) for _, m in fields)
    if not widths or widths.most_common(1)[0][1] < SQLITE_FIELDS_MIN:
        return text, ()
    width = widths.most_common(1)[0][0]
    starts = [n for n, m in fields if len(m.group(1)) == width]
    best: tuple[int, int, int] | None = None  # (words, first row, row after the last)
    for k, n in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(rows)
        while end > n + 1 and (not rows[end - 1].strip() or re.match(r"\S+@\S+:\S*[$#]", rows[end - 1])):
            end -= 1  # (the blank line between records, the shell's prompt after the output)
        best = max(best or (0, 0, 0), (sum(len(r.split()) for r in rows[n:end]), n, end))
    if (found := _main_section([best] if best else [], len(text.split()))) is None:
        return text, ()
    first, after = found
    shown = [rows[first][width + 3:], *rows[first + 1:after]]
    furniture = tuple(r.strip() for r in (*rows[:first], *rows[after:]) if r.strip())
    return _in_place(shown, first, after, len(rows)), furniture


# A Gopher menu as its server sends it (RFC 1436): each line an item's type, its display string, a selector, a host and a
# port apart by tabs, ending with "." alone; "i" items are text to show, one line each (a phlog's entry)
_GOPHER_ITEM = re.compile(r"([0-9A-Za-z+:;<?])([^\t]*)\t[^\t]*\t[^\t]*\t\d+\s*")
GOPHER_INFO_MIN = 12  # info lines, for a copy to be a Gopher menu


def gopher_menu_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A Gopher menu read as its info lines' text, each where the menu has it; its links (their selectors, hosts and
    ports) and the closing "." its furniture, each line blank where it stood."""
    rows = text.split("\n")
    items = [_GOPHER_ITEM.fullmatch(r.rstrip("\r")) for r in rows]
    if sum(1 for m in items if m and m.group(1) == "i") < GOPHER_INFO_MIN:
        return text, ()
    shown = [m.group(2) if m and m.group(1) == "i" else "" if m or r.strip() in (".", "") else r for m, r in zip(items, rows)]
    furniture = tuple(r.strip() for m, r in zip(items, rows) if r.strip() and (m and m.group(1) != "i" or r.strip() == "."))
    return "\n".join(shown), furniture


# A page's lines each framed the same way by the tool that holds them: a hospital message's segments ("OBX|12|TX|...|12|"
# ... "||||||F"), a DICOM dump's text values ("(0040,a730).(0040,a160) UT [" ... "]   #  66, 1 TextValue"), a queue's
# records ("CreateTime:...<tab>Offset:...<tab>key<tab>"), a green screen's numbered lines (" 0013  "): the frame, its
# numbers aside, is the same on most lines, the page's line the rest
_FRAME_STOP = re.compile(r"[|\[(\t:^]|\s{2}")  # where a frame's part ends and a line's own text may begin
FRAMED_MIN_LINES = 12  # lines in one frame, for a copy to be framed lines
FRAME_MAX_CHARS = 120  # a frame's opening is at most this long: a line's own text after it, however long the line
FRAMED_MIN_SHARE = 0.3  # ... of the copy's lines with any text (and half its words in them)


def _skeleton(line: str) -> str:
    """A line's frame as a pattern sees it: its numbers one digit, its runs of spaces one space (a padded column)."""
    return re.sub(r"\d+", "0", re.sub(r"[ ]{2,}", "  ", line))


def framed_lines_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A copy whose lines are each a page's line in the same frame (a message's segments, a dump's values, a queue's
    records, a screen's numbered lines), read as the page: each framed line its text without the frame, where it stood;
    every other line (the tool's own: headers, screens' titles, other records) its furniture. The frame is the longest
    opening (to a field's end) that most lines share, numbers aside, and the longest ending most of those share."""
    rows = text.split("\n")
    lines = [n for n, row in enumerate(rows) if row.strip()]
    if len(lines) < FRAMED_MIN_LINES:
        return text, ()
    shapes = {n: _skeleton(rows[n]) for n in lines}
    openings: dict[str, list[int]] = {}
    for n in lines:
        shape = shapes[n][:FRAME_MAX_CHARS]
        for stop in _FRAME_STOP.finditer(shape):
            openings.setdefault(shape[:stop.end()], []).append(n)
    least = max(FRAMED_MIN_LINES, int(len(lines) * FRAMED_MIN_SHARE))
    framed = [(head, ns) for head, ns in openings.items() if len(ns) >= least and (len(head.strip()) >= 2 or "0" in head)
              and re.search(r"[\d|\[(\t:^]", head) and not re.fullmatch(r"[>\s]+", head)
              and "<" not in head  # (not markup's tags: "<text:p text:style-name=...>", read as markup)
              # (nor a clock: a transcript's or a chat's stamps, whose turns the reading keeps: "[00:01:12] A:", "13:45 < nick>")
              and sum(1 for n in ns if "0:0" in shapes[n][:14]) * 2 < len(ns)]
    if not framed:
        return text, ()
    head, members = max(framed, key=lambda item: (len(item[0]), len(item[1])))
    tails = [re.sub(" +", " ", shapes[n][len(head):]) for n in members]  # (a column padded or not: "]   #", "] #")
    tail = ""
    for size in range(1, min(FRAME_MAX_CHARS, *(len(t) for t in tails)) + 1):
        common, count = Counter(t[-size:] for t in tails).most_common(1)[0]
        if count < len(tails) * 0.8:
            break
        tail = common
    if tail and not re.match(r"[\]|)\s#]", tail.lstrip(" ")[:1] or " "):
        tail = ""  # (only an ending that closes a field: "]", "|", ")" or a column after spaces; not the text's own last words)
    inside, out, furniture = set(members), [], []
    words = 0
    for n, row in enumerate(rows):
        if n in inside and re.sub(" +", " ", shapes[n]).endswith(tail):
            out.append(shown := _unframe(row, head, tail))
            words += len(shown.split())
        elif row.strip() and shapes[n] == head.rstrip():
            out.append("")  # (a framed line with no text: " 0054", the page's blank line between two paragraphs)
        elif row.strip():
            furniture.append(row.strip())  # (left out, not blanked: a screen's title between two halves of a paragraph)
    if words < ITEM_MIN_WORDS or words * 2 < len(text.split()):
        return text, ()
    return "\n".join(out), tuple(furniture)


def _unframe(row: str, head: str, tail: str) -> str:
    """A framed line's own text: the line without the characters its frame's opening and ending stand for."""
    at = 0
    while at < len(row) and _skeleton(row[:at]) != head:
        at += 1
        if len(_skeleton(row[:at])) > len(head):
            break
    text = row[at:]
    ending = tail.strip()
    # (looked for among the line's last characters only: a frame's ending is short, however long the line)
    cut = next((c for c in range(len(text), max(-1, len(text) - 2 * FRAME_MAX_CHARS), -1)
                if re.sub(" +", " ", _skeleton(text[c:])).endswith(ending)), len(text)) if ending else len(text)
    return text[:cut].rstrip()


# An XML file one of whose elements holds the page as its text: a map's point with the page pasted into its description
# (KML, in a CDATA section), a survey form's submission with the article in its text field (ODK), a chat client's XML
# console with the page in one message's body (XMPP)
_XML_LEAF = re.compile(r"<([A-Za-z_][\w.:-]*)\b[^<>]*>([^<]*)</\1\s*>")  # (read where the CDATA sections are masked)
_XML_TAG = re.compile(r"<[/?!]?[A-Za-z_][^<>]{0,2000}>")
XML_LEAF_MIN_SHARE = 0.6  # of the copy's words (its tags aside) in one element's text, for that text to be the page
XML_MIN_TAGS = 8  # tags in a copy, for it to be an XML file and not a page that quotes a tag or two


def _cdata_masked(text: str) -> str:
    """The text with its CDATA sections' markup characters masked (the same length): what an element's text holds, no tag.
    Found with one pass (an unclosed section runs to the end), not a pattern tried at every section."""
    out, at = [], 0
    while (start := text.find("<![CDATA[", at)) >= 0:
        end = text.find("]]>", start)
        end = len(text) if end < 0 else end + 3
        out += [text[at:start], "\ue000" * 9, text[start + 9:end].replace("<", "\ue000").replace(">", "\ue000")]
        at = end
    return "".join([*out, text[at:]])


def _element_text(value: str) -> str:
    """An element's text: its CDATA sections as they are, its entities undone."""
    parts = re.split(r"<!\[CDATA\[(.*?)\]\]>", value, flags=re.S)
    return "".join(part if n % 2 else _xml_text(part) for n, part in enumerate(parts))


# A layout program's document (Scribus's .sla): each text frame's story a run of "<ITEXT ... CH="..."/>" (a run of one
# style), "<para/>" where a paragraph ends, "<breakline/>" a line's, "<trail/>" the story's
_SLA_RUN = re.compile(r"\s*<ITEXT\b[^>]*?\bCH=\"([^\"]*)\"[^>]*/>\s*")


def sla_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A Scribus document read as its story that holds most of its words, each run of text on its row, each paragraph's
    end a blank row; the document's other stories and its markup its furniture, each row blank where it stood."""
    if "<SCRIBUS" not in text[:2000]:
        return text, ()
    rows = text.split("\n")
    stories: list[tuple[int, int, int]] = []  # (words, first row, row after the last)
    start = -1
    for n, row in enumerate(rows):
        if "<StoryText" in row:
            start = n
        elif "</StoryText>" in row and start >= 0:
            words = sum(len(_xml_text(m.group(1)).split()) for r in rows[start:n] if (m := _SLA_RUN.fullmatch(r)))
            stories.append((words, start, n + 1))
            start = -1
    if (found := _main_section(stories, sum(w for w, _, _ in stories))) is None:
        return text, ()
    first, after = found
    shown = [_xml_text(m.group(1)) if (m := _SLA_RUN.fullmatch(r)) else "" for r in rows[first:after]]
    furniture = tuple(_xml_text(m.group(1)) if (m := _SLA_RUN.fullmatch(r)) else r.strip()
                      for r in (*rows[:first], *rows[after:]) if r.strip())
    return _in_place(shown, first, after, len(rows)), tuple(f for f in furniture if f)


# DocBook (a word processor's export, a manual's source): its leaves in their order, each a paragraph of its own, the
# names of an author one line ("<firstname>" and "<surname>")
_DOCBOOK_LEAF = re.compile(r"<(author|personname|title|subtitle|para|simpara|pubdate|date|attribution|term)\b[^>]*>(.*?)</\1>",
                           re.S)
DOCBOOK_PARAS_MIN = 5


def docbook_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A DocBook document read as it renders: each title, paragraph, author and date a paragraph, in the document's order;
    its markup its furniture."""
    head = text[:3000]
    if not ("DocBook" in head or re.search(r"<(?:article|book|chapter)\b[^>]*>\s*<(?:articleinfo|info|title)\b", head)) \
            or text.count("<para") + text.count("<simpara") < DOCBOOK_PARAS_MIN:
        return text, ()
    leaves = [" ".join(_xml_text(re.sub(r"<[^>]+>", " ", m.group(2))).split()) for m in _DOCBOOK_LEAF.finditer(text)]
    shown = [leaf for leaf in leaves if leaf]
    if not shown:
        return text, ()
    furniture = tuple(row.strip() for row in text.split("\n") if row.strip().startswith(("<?xml", "<!DOCTYPE")))
    return "\n\n".join(shown) + "\n", furniture


def xml_leaf_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """An XML file whose one element holds most of its words, read as that element's text: the page it holds, each of the
    other elements' texts (the map's names, the form's fields, the other messages) its furniture."""
    if not text.lstrip().startswith("<") or len(_XML_TAG.findall(text, 0, 20000)) < XML_MIN_TAGS:
        return text, ()
    leaves = [(m.group(1), _element_text(text[m.start(2):m.end(2)]).strip("\n")) for m in _XML_LEAF.finditer(_cdata_masked(text))]
    if not leaves:
        return text, ()
    total = len(_XML_TAG.sub(" ", text).split())
    name, page = max(leaves, key=lambda leaf: len(leaf[1].split()))
    words = len(page.split())
    if words < ITEM_MIN_WORDS or words < total * XML_LEAF_MIN_SHARE or _XML_TAG.search(page[:200]) \
            and len(_XML_TAG.findall(page)) >= XML_MIN_TAGS:
        return text, ()  # (not an element holding markup of its own, a feed's content or a page's: read as markup)
    furniture = tuple(value.strip() for _, value in leaves if value.strip() and value is not page)
    return page + "\n", furniture


# A transcription encoded in TEI (an archive's, a corpus's): its header (the file's titles, who encoded it, when, from
# what) over the <text>, which holds the page element by element, a line each (the page's furniture in <fw>)
_TEI_TEXT = re.compile(r"<text\b[^>]*>")


def tei_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A TEI document read as its <text>: each line's words without their tags, its entities undone; the header and
    the lines around the <text> its furniture, each line blank where it stood."""
    if not re.search(r"<TEI\b", text[:5000]) or "</teiHeader>" not in text:
        return text, ()
    rows = text.split("\n")
    header_end = next(n for n, r in enumerate(rows) if "</teiHeader>" in r)
    first = next((n for n in range(header_end, len(rows)) if _TEI_TEXT.search(rows[n])), None)
    last = next((n for n in range(len(rows) - 1, header_end, -1) if "</text>" in rows[n]), None)
    if first is None or last is None or last <= first:
        return text, ()
    shown = [_xml_text(_XML_TAG.sub("", r)).strip() for r in rows[first:last + 1]]
    if sum(len(r.split()) for r in shown) < ITEM_MIN_WORDS:
        return text, ()
    furniture = tuple(t for r in (*rows[:first], *rows[last + 1:]) if (t := _xml_text(_XML_TAG.sub(" ", r)).strip()))
    return "\n".join([*([""] * first), *shown, *([""] * (len(rows) - last - 1))]), furniture


# An RFC or an Internet-Draft as its tools print it: each page closed by a footer ("Yilmazer & Demirkapi  Expires 2
# January 2031  [Page 3]"), a form feed, and the next opened by a header ("Internet-Draft  Short Title  July 2030"); its
# text indented by three spaces
_RFC_FOOTER = re.compile(r"\S.{10,}\s\[Page \d{1,4}\]\s*")
_RFC_HEADER = re.compile(r"(?:Internet-Draft|RFC \d{3,5})\s{2,}\S.*\s{2,}\S.*")
RFC_INDENT = 3


def paged_rfc_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """An RFC's or an Internet-Draft's printed pages read as one text: the page footers and headers (and form feeds)
    its furniture, a paragraph a page break splits joined again, the text's indent taken off; the line count kept."""
    rows = text.replace("\f", "").split("\n")
    footers = [n for n, r in enumerate(rows) if _RFC_FOOTER.fullmatch(r)]
    if len(footers) < 2 or not any(_RFC_HEADER.fullmatch(r) for r in rows[footers[0]:footers[0] + 4]):
        return text, ()
    furniture: list[str] = []
    for n in reversed(footers):
        header = next((k for k in range(n + 1, min(len(rows), n + 4)) if _RFC_HEADER.fullmatch(rows[k])), None)
        end = header + 1 if header is not None else n + 1
        furniture[:0] = [rows[k].strip() for k in range(n, end) if rows[k].strip()]
        before = next((k for k in range(n - 1, -1, -1) if rows[k].strip()), None)
        after = next((k for k in range(end, len(rows)) if rows[k].strip()), None)
        rows[n:end] = [""] * (end - n)
        if before is not None and after is not None and not re.search(r"[.!?:\"”»)]\s*$", rows[before]) \
                and rows[after].lstrip()[:1].islower():
            # (a paragraph the break split: its next line moved up under its last, the blank rows after it)
            moved = rows.pop(after)
            rows.insert(before + 1, moved)
    shown = [r[RFC_INDENT:] if r.startswith(" " * RFC_INDENT) else r for r in rows]
    return "\n".join(shown), tuple(furniture)


# A print job in PostScript (enscript, a2ps, a word processor's "print to file"): its page is the strings it shows, each
# placed at a height on the sheet; the program around them (procedures, fonts, the job's comments) is no one's text
_POSTSCRIPT = re.compile(r"\s*%!PS")
_PS_TOKEN = re.compile(r"%[^\n]*|\((?:\\[\s\S]|[^()\\]|\((?:\\[\s\S]|[^()\\])*\))*\)|<<|>>|<[0-9A-Fa-f\s]*>|[{}\[\]]"
                       r"|/?[^\s(){}\[\]<>/%]+")
_PS_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_PS_ESCAPE = re.compile(r"\\([0-7]{1,3}|\n|\r\n?|[\s\S])")
_PS_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
_PS_SHOWS = frozenset({"show", "ashow", "widthshow", "awidthshow", "xshow", "yshow", "xyshow", "kshow"})
_PS_MOVES = frozenset({"moveto"})
_PS_COMMENTS = re.compile(r"%%(?:Title|For|Creator|CreationDate):\s*(.+)")
PS_GAP = 1.5  # a step down this many times the usual line's, or more, is a blank line: the page's paragraphs apart


def _ps_string(token: str) -> str:
    """A PostScript string's text: its escapes undone, its bytes the job's Latin-1 (enscript's and a2ps's encoding)."""
    def undo(match: re.Match) -> str:
        code = match.group(1)
        if code[0] in "01234567":
            return chr(int(code, 8) & 0xFF)
        return "" if code[0] in "\r\n" else _PS_ESCAPES.get(code, code)
    return _PS_ESCAPE.sub(undo, token[1:-1])


def postscript_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A PostScript print job read as the page it prints: each string a show operator paints (or a procedure the job
    defines with one, enscript's "s") on the line of its height, a step down twice the usual a blank line between two
    paragraphs, a new sheet going on where the last one ended. The job's title, owner, program and date are its
    furniture; its procedures and fonts are code, no text of the page."""
    if not _POSTSCRIPT.match(text):
        return text, ()
    tokens = [t for t in _PS_TOKEN.findall(text) if not t.startswith("%")]
    shows, moves = set(_PS_SHOWS), set(_PS_MOVES)
    for n, token in enumerate(tokens[:-2]):  # the job's own names for them ("/s {show} bind def", "/M {moveto} def")
        if token.startswith("/") and tokens[n + 1] == "{":
            body = tokens[n + 2:n + 12]
            if "}" in body:
                body = body[:body.index("}")]
                shows.update([token[1:]] if _PS_SHOWS & set(body) else [])
                moves.update([token[1:]] if "moveto" in body else [])
    rows: list[tuple[float | None, str]] = []
    operands: list[str] = []
    height: float | None = None
    for token in tokens:
        if token in moves and len(operands) >= 2 and all(_PS_NUMBER.fullmatch(o) for o in operands[-2:]):
            height = float(operands[-1])
        elif token in shows and operands and operands[-1].startswith("("):
            shown = _ps_string(operands[-1])
            if rows and rows[-1][0] == height:
                rows[-1] = (height, rows[-1][1] + shown)
            else:
                rows.append((height, shown))
        operands = operands[-8:] + [token] if token not in "{}" else []
    steps = sorted(a - b for (a, _), (b, _) in zip(rows, rows[1:]) if a is not None and b is not None and a > b)
    if sum(len(row.split()) for _, row in rows) < ITEM_MIN_WORDS or not steps:
        return text, ()
    usual, out = steps[len(steps) // 2], []
    for n, (height, row) in enumerate(rows):
        above = rows[n - 1][0] if n else None
        if above is not None and height is not None and above - height > usual * PS_GAP:
            out.append("")
        out.append(row.rstrip())
    furniture = tuple(m.group(0) for m in _PS_COMMENTS.finditer(text, 0, 4000))
    return "\n".join(out) + "\n", furniture


# The fields of an article's record as APIs print it (WordPress's REST API, a headless CMS, a JSON feed), in the order
# a field is trusted: the first the record has is read
_RECORD_TITLES = ("headline", "title", "titel", "titre", "titulo", "título", "titolo")
_RECORD_DATES = ("first_published_at", "first_published", "original_published", "partner_published",  # (a copy's
                 # republication dates only itself: the day the article first appeared is its day)
                 "datePublished", "date_published", "published_at", "publishedAt", "published",
                 "veroeffentlicht", "veröffentlicht", "publié", "publie", "publicado", "pubblicato",
                 "pubDate", "date", "article_published_time")
_RECORD_AUTHORS = ("author", "authors", "byline", "creator", "writer", "author_name", "autor", "auteur", "autore",
                   "verfasser")
_RECORD_DEKS = ("description", "excerpt", "summary", "subtitle", "standfirst", "dek", "unterzeile", "vorspann",
                "chapeau", "entradilla", "sottotitolo")
# The fields that hold the article's text, in a record that is the whole copy (a newsroom archive's YAML record)
_RECORD_BODIES = ("text", "body", "content", "articlebody", "article_body", "inhalt", "texte", "texto", "testo")
RECORD_ALONE_WORDS = 50  # words outside a record, at most, for the record to be the whole copy (its text field the text)
YAML_RECORD_MAX_CHARS = 512 * 1024  # a larger YAML document is no one article's record (and costly to load)
_RECORD_ADDRESSES = ("canonical", "canonical_url", "url", "link", "permalink")
# The fields that name the site or the feed (a writer who shares a word with it is its desk: "Redacción Septem")
_RECORD_SITES = ("feed", "site", "site_name", "source", "publication", "outlet", "publisher")
RECORD_TRIES = 20  # lines that could open a record, tried in order (a copy holds one record, or a few)
# Where a record starts, on a line of its own: a JSON object or list to its closing line, or a site generator's TOML
# front matter between "+++" lines (Hugo's, Zola's)
_RECORD_OPENINGS = {"{": ("}", json.loads), "[": ("]", json.loads),
                    "+++": ("+++", lambda block: tomllib.loads(block.strip().removeprefix("+++").removesuffix("+++")))}
_ISO_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def _fields(record, keys: tuple[str, ...]):
    """The values of the record's fields named by ``keys`` (any case), at any depth, in the order of ``keys``."""
    wanted = [key.lower() for key in keys]
    found: list[tuple[int, object]] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(key, str) and key.lower() in wanted:
                    found.append((wanted.index(key.lower()), value))
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(record)
    return [value for _, value in sorted(found, key=lambda pair: pair[0])]


def _words(value) -> str:
    """A field's words: a string, or a CMS's rendered one ({"rendered": "<p>...</p>"}), its markup read as text."""
    if isinstance(value, dict):
        value = value.get("rendered") or value.get("name") or ""
    if not isinstance(value, str):
        return ""
    return " ".join(words for _, words, _ in _read_shown(value).paragraphs)


def _writer(value) -> str:
    """A writer's name from an author field: a name, a list of them, or a person's record; never an id number."""
    names = value if isinstance(value, list) else [value]
    names = [_words(name) for name in names]
    names = [name for name in names if name and not re.search(r"\d|@|https?:", name) and len(name.split()) <= 6]
    return " and ".join(names)


def _record_at(rows: list[str], start: int, ends: dict[str, list[int]]) -> tuple[int, object]:
    """The JSON or TOML record opening on line ``start``, to its closing line: (that line, the record), the record None
    where none closes or none loads."""
    closing, load = _RECORD_OPENINGS[rows[start].rstrip()]
    after = bisect.bisect_right(ends[closing], start)
    if after >= len(ends[closing]):
        return start, None
    end = ends[closing][after]
    try:
        return end, load("\n".join(rows[start:end + 1]))
    except ValueError:
        return end, None


def _yaml_record(rows: list[str]) -> tuple[tuple[int, int, dict], ...]:
    """A YAML record that opens the copy ("---" its first line but comments and a command), to its end marker or the
    copy's end, the whole copy: a newsroom archive's export of one article. Its anchors and aliases refused (a document
    of them can be made to stand for a vast one)."""
    import yaml  # (loaded for the registry already)

    opening = next((n for n, row in enumerate(rows) if row.strip() and not row.lstrip().startswith("#")
                    and not _PROMPT.fullmatch(row.strip())), None)
    if opening is None or rows[opening].rstrip() != "---":
        return ()
    start = next(n for n, row in enumerate(rows) if row.strip())  # (its comments and the command that printed it its own)
    end = next((n for n in range(opening + 1, len(rows)) if rows[n].rstrip() in ("---", "...")), len(rows) - 1)
    block = "\n".join(rows[opening + 1:end + 1 if rows[end].rstrip() not in ("---", "...") else end])
    if len(block) > YAML_RECORD_MAX_CHARS or sum(len(row.split()) for row in rows[end + 1:]) > RECORD_ALONE_WORDS:
        return ()  # (... nor a front matter over a text: a clipper's or a site generator's, which the text is read under)
    try:
        if re.search(r"[&*][\w-]", block) and any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(block)):
            return ()
        record = yaml.safe_load(block)
    except (yaml.YAMLError, ValueError, RecursionError):
        return ()
    return ((start, end, record),) if isinstance(record, dict) else ()


# psql's expanded display ("\\x"): "-[ RECORD 1 ]+-----", then "column | value" rows, a value's further lines under an
# empty name ("             | <p>...") or after a "+" that ends the line before
_EXPANDED_RECORD = re.compile(r"-\[ RECORD \d+ \][-+]*")
_EXPANDED_ROW = re.compile(r"([\w.]*)\s*\|\s?(.*)")


def expanded_record_as_text(text: str, labels: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """A database's row printed by psql in its expanded display (a feed reader's or a CMS's table queried in a
    terminal), read as an article's record: the record with the most words, its fields read as ``record_as_text``
    reads an API's (title, writer, day, address over the text, its body field the text); the record's lines and the
    other records are the wrapper's furniture, each line blank where it stood."""
    rows = text.split("\n")
    starts = [n for n, row in enumerate(rows) if _EXPANDED_RECORD.fullmatch(row.strip())]
    if not starts:
        return text, ()
    spans = []
    for start in starts:
        end = start + 1
        while end < len(rows) and _EXPANDED_ROW.fullmatch(rows[end]) and not _EXPANDED_RECORD.fullmatch(rows[end].strip()):
            end += 1
        spans.append((start, end))
    start, end = max(spans, key=lambda span: sum(len(row.split()) for row in rows[span[0]:span[1]]))
    record: dict[str, str] = {}
    name = ""
    for row in rows[start + 1:end]:
        cell = _EXPANDED_ROW.fullmatch(row)
        name = cell.group(1) or name
        value = cell.group(2).rstrip().removesuffix("+").rstrip()
        record[name] = f"{record[name]}\n{value}" if cell.group(1) == "" and name in record else value
    header = _record_header(record, labels, alone=True)
    if not header:
        return text, ()
    lines = [line for field in header for line in (field, "")]
    out = [*rows[:start], *lines, *[""] * max(0, end - start - len(lines)), *rows[end:]]
    return "\n".join(out), tuple(row.strip() for row in rows[start:end] if row.strip())


def _record_header(record: dict, labels: tuple[str, ...], alone: bool) -> list[str]:
    """An article's record as its header lines: its title, its summary, "By" its writer, "Published:" its day and
    "Original:" its address; and, where the record is the whole copy (``alone``), its body field's paragraphs. None
    without a title."""
    title = next((words for value in _fields(record, _RECORD_TITLES) if (words := _words(value))), "")
    if not title:
        return []
    writer = next((name for value in _fields(record, (*_RECORD_AUTHORS, *labels)) if (name := _writer(value))), "")
    sites = {word for value in _fields(record, _RECORD_SITES) for word in re.findall(r"[^\W\d_]{3,}", _words(value))}
    writer = "" if sites & set(re.findall(r"[^\W\d_]{3,}", writer)) else writer  # ("Redacción Septem": the site's desk)
    day = next((m for value in _fields(record, _RECORD_DATES) if (m := _ISO_DAY.match(str(value)))), None)
    dek = next((words for value in _fields(record, _RECORD_DEKS) if (words := _words(value))), "")
    address = next((value for value in _fields(record, _RECORD_ADDRESSES)
                    if isinstance(value, str) and value.startswith(("http://", "https://"))), "")
    header = [title, *([dek] if dek else []), *([f"By {writer}"] if writer else []),
              *([f"Published: {day.group(0)}"] if day else []),
              *([f"Original: {address}"] if address else [])]
    # (the record the whole copy: its text field is the article's text, a paragraph at each blank line)
    body = max((value for value in _fields(record, _RECORD_BODIES) if isinstance(value, str)), key=len, default="") \
        if alone else ""
    return header + [part.strip() for part in re.split(r"\n\s*\n", body) if part.strip()]


def record_as_text(text: str, labels: tuple[str, ...] = ()) -> tuple[str, tuple[str, ...]]:
    """An article's record as an API printed it (a JSON object, on lines of its own from "{" to "}") or as a site
    generator keeps it over the text (TOML front matter between "+++" lines), read as the
    article's header: its title, its summary, "By" its writer (a field named for one, or by a label a site prints over
    a byline, ``labels``), "Published:" its day and "Original:" its address, on the record's first lines; the
    record's lines are the wrapper's furniture."""
    rows = text.split("\n")
    ends = {closing: [n for n, row in enumerate(rows) if row.rstrip() == closing] for closing, _ in _RECORD_OPENINGS.values()}
    openings = [n for n, row in enumerate(rows) if row.rstrip() in _RECORD_OPENINGS][:RECORD_TRIES]
    for start, end, record in itertools.chain(_yaml_record(rows), ((start, end, record) for start in openings for end, record
                                                                    in [_record_at(rows, start, ends)] if record is not None)):
        record = next((item for item in record if isinstance(item, dict)), None) if isinstance(record, list) else record
        alone = sum(len(row.split()) for n, row in enumerate(rows) if not start <= n <= end) <= RECORD_ALONE_WORDS
        header = _record_header(record, labels, alone)
        if not header:
            continue
        lines = [line for field in header for line in (field, "")]
        out = [*rows[:start], *lines, *[""] * max(0, end + 1 - start - len(lines)), *rows[end + 1:]]
        return "\n".join(out), tuple(row.strip() for row in rows[start:end + 1] if row.strip())
    return text, ()


# A tool's JSON export that keeps a page deep inside it (an API client's collection with a saved response's body, a
# scraper's job log): the page one string, its lines escaped ("\\n")
JSON_PAGE_MIN_DEPTH = 3  # objects and lists around the string (an article's own record, its "body" beside its "title",
JSON_PAGE_MIN_LINES = 10  # is ``record_as_text``'s); and the page's lines, at least


def _strings(value: object, depth: int = 0):
    """Every string value in a JSON document (not its keys), with how deep it sits."""
    if isinstance(value, str):
        yield value, depth
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, depth + 1)


def json_page_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A JSON document read as the string deep inside it that holds most of its words, where that string is a page (its
    lines escaped): the page, from the row the string opens on; the document's other rows its furniture."""
    stripped = text.strip()
    if not stripped.startswith(("{", "[")):
        return text, ()
    try:
        document = json.loads(stripped)
    except ValueError:
        return text, ()
    strings = list(_strings(document))
    page, depth = max(strings, key=lambda s: len(s[0].split()), default=("", 0))
    words = len(page.split())
    if depth < JSON_PAGE_MIN_DEPTH or page.count("\n") < JSON_PAGE_MIN_LINES or words < ITEM_MIN_WORDS \
            or words < HEREDOC_MIN_SHARE * sum(len(s.split()) for s, _ in strings):
        return text, ()
    rows = text.split("\n")
    opening = json.dumps(page[:40], ensure_ascii=False)[1:-1]
    at = next((n for n, row in enumerate(rows) if opening in row), 0)
    furniture = tuple(row.strip() for n, row in enumerate(rows) if row.strip() and n != at)
    return "\n" * at + page.replace("\r\n", "\n"), furniture


# A feed's entry printed as text (a terminal's curl of an RSS 2.0 feed, an Atom feed saved as text): "<item>" to "</item>",
# or to the next entry or the copy's end where a pager or "head" cut it
_FEED_ENTRY = re.compile(r"<(item|entry)\b[^<>]*>(.*?)(?:</\1>|(?=<(?:item|entry)\b)|\Z)", re.S)
FEED_ENTRY_MIN_WORDS = 120  # words of content an entry holds, for it to carry the article and not its teaser
FEED_ENTRIES_MAX = 200  # entries read, at most (a feed is some dozens; a copy of thousands is no one article's)
# An entry's fields, in the order a field is trusted: the content in full first, its teaser last
_FEED_CONTENTS = ("content:encoded", "content", "description", "summary")
_FEED_AUTHORS = ("dc:creator", "author", "creator")
_FEED_DATES = ("pubDate", "published", "dc:date", "issued", "updated")


def _feed_field(entry: str, name: str) -> tuple[str, int, int]:
    """An entry's field: its value (a CDATA section's markup as it is, escaped markup unescaped) and where it stands."""
    opening = re.search(rf"<{re.escape(name)}(?![\w:-])([^<>]*)>", entry)  # ("<content>", not "<content:encoded>")
    if not opening:
        return "", -1, -1
    if opening.group(1).endswith("/"):  # (Atom's "<link href='...'/>")
        address = re.search(r"\bhref=[\"']([^\"']+)", opening.group(1)) if name == "link" else None
        return address.group(1) if address else "", opening.start(), opening.end()
    closing = entry.find(f"</{name}>", opening.end())
    if closing < 0:
        return "", -1, -1
    value = entry[opening.end():closing]
    inner = re.fullmatch(r"\s*<!\[CDATA\[(.*)\]\]>\s*", value, re.S)
    if inner:
        return inner.group(1), opening.start(), closing + len(name) + 3
    named = re.search(r"<name>([^<]*)</name>", value)  # (Atom's author: "<author><name>A</name></author>")
    value = named.group(1) if named else value
    return re.sub(r"&(?:lt|gt|quot|apos|amp);", lambda m: _XML_ENTITIES[m.group(0)], value), opening.start(), \
        closing + len(name) + 3


_XML_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&"}


def feed_item_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A feed printed as text (RSS 2.0 or Atom, as curl fetched it, perhaps cut short), the article the entry whose
    content has the most words: read as its header (title, "By" its writer, "Published:" its day, "Original:" its
    address) over its content's shown words. The feed's channel, its other entries and the entry's other fields (the
    categories, the teaser, the comments' links) are the wrapper's furniture, each line blank where it stood."""
    if "<item" not in text and "<entry" not in text:
        return text, ()
    best = None
    for n, entry in enumerate(_FEED_ENTRY.finditer(text)):
        if n >= FEED_ENTRIES_MAX:
            break
        title = _words(_feed_field(entry.group(2), "title")[0])
        content, start, end = next(((value, a, b) for name in _FEED_CONTENTS
                                    for value, a, b in [_feed_field(entry.group(2), name)] if value.strip()), ("", -1, -1))
        count = len(content.split())
        if title and count >= FEED_ENTRY_MIN_WORDS and (best is None or count > best[0]):
            best = (count, entry, title, content, entry.start(2) + start, entry.start(2) + end)
    if best is None:
        return text, ()
    _, entry, title, content, start, end = best
    writer = next((name for field in _FEED_AUTHORS if (name := _writer(_feed_field(entry.group(2), field)[0]))), "")
    stamp = next((value.strip() for field in _FEED_DATES if (value := _feed_field(entry.group(2), field)[0]).strip()), "")
    day = _ISO_DAY.match(stamp)
    if not day and stamp:
        from email.utils import parsedate_to_datetime  # ("Wed, 08 May 2030 17:45:00 -0400": RSS's day, in its own zone)
        try:
            day = _ISO_DAY.match(parsedate_to_datetime(stamp).date().isoformat())
        except (TypeError, ValueError, IndexError, OverflowError):
            day = None
    address = _feed_field(entry.group(2), "link")[0].strip()
    header = [title, *([f"By {writer}"] if writer else []), *([f"Published: {day.group(0)}"] if day else []),
              *([f"Original: {address}"] if address.startswith(("http://", "https://")) else [])]
    lines = [line for field in (*header, *(words for _, words, _ in _read_shown(content).paragraphs)) for line in (field, "")]
    first = text.count("\n", 0, start)
    last = text.count("\n", 0, end)
    rows = text.split("\n")
    furniture = [row.strip() for n, row in enumerate(rows) if row.strip() and not first < n < last]
    out = [*[""] * first, *lines, *[""] * max(0, last - first + 1 - len(lines)), *[""] * (len(rows) - last - 1)]
    return "\n".join(out), tuple(furniture)


# A site generator's marks in its content file, a line each: a shortcode ("{{< figure src=... caption=... >}}",
# "{{% note %}}") and the summary's cut ("<!--more-->")
_GENERATOR_MARK = re.compile(r"\{\{[<%].*[>%]\}\}|<!--\s*more\s*-->", re.I)


def generator_marks(text: str) -> tuple[str, tuple[str, ...]]:
    """A site generator's content file: its shortcodes and its summary's cut, each on a line of its own, are the
    generator's, no words of the article; returned as the wrapper's furniture (each line blank where it stood)."""
    rows = text.split("\n")
    marked = {i for i, row in enumerate(rows) if _GENERATOR_MARK.fullmatch(row.strip())}
    if not marked:
        return text, ()
    return "\n".join("" if i in marked else row for i, row in enumerate(rows)), tuple(rows[i].strip() for i in sorted(marked))


# A word processor's RTF, opened as text: its control words, groups and escapes ("{\rtf1\ansi\ansicpg1252 ...",
# "\f0\fs22 \cf4 ...\", "\'93", "\u8217?"); the groups that hold no words of the document (its font and colour tables,
# its "\*" destinations, a link's hidden address) are skipped
_RTF_TOKEN = re.compile(r"\\'([0-9a-fA-F]{2})|\\u(-?\d+) ?\??|\\([a-zA-Z]+)(-?\d+)? ?|\\(\n)|\\([^a-zA-Z\n])|([{}])|(\n)|([^\\{}\n]+)")
_RTF_HIDDEN = frozenset({"fonttbl", "colortbl", "expandedcolortbl", "stylesheet", "info", "fldinst", "pict", "header",
                         "footer", "listtable", "listoverridetable", "generator"})
_RTF_BREAKS = frozenset({"par", "line", "sect", "page", "row"})


def rtf_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A word processor's RTF file read as text (TextEdit's, WordPad's), read as the document it shows: its words,
    a paragraph or a line break a line (TextEdit ends each line with "\\"), its escapes as the characters they stand for
    in the file's code page. Only a copy that opens as RTF does."""
    if not text.lstrip().startswith("{\\rtf"):
        return text, ()
    code_page = re.search(r"\\ansicpg(\d+)", text[:500])
    encoding = f"cp{code_page.group(1)}" if code_page else "cp1252"
    out: list[str] = []
    skip_depth: int | None = None  # the depth of the group being skipped
    depth = 0
    group_start = False
    for m in _RTF_TOKEN.finditer(text):
        hexa, uni, word, _, escaped_newline, symbol, brace, newline, chars = m.groups()
        if brace == "{":
            depth += 1
            group_start = True
            continue
        if brace == "}":
            if skip_depth == depth:
                skip_depth = None
            depth -= 1
            continue
        starts_group, group_start = group_start, False
        if word and (word in _RTF_HIDDEN or starts_group and symbol == "*") or symbol == "*" and starts_group:
            skip_depth = skip_depth or depth
            continue
        if skip_depth is not None or newline:
            continue
        if hexa:
            out.append(bytes([int(hexa, 16)]).decode(encoding, errors="replace"))
        elif uni:
            out.append(chr(int(uni) % 0x10000))
        elif escaped_newline or word in _RTF_BREAKS:
            out.append("\n")
        elif word == "tab":
            out.append("\t")
        elif symbol:
            out.append(symbol if symbol in "\\{}" else "\u00a0" if symbol == "~" else "")
        elif chars:
            out.append(chars)
    shown = "\n".join(line.strip() for line in "".join(out).split("\n"))
    return shown, (text[:text.find("\n")].strip(),)


# A table's columns as an export names them (a media-monitoring tool's, a spreadsheet's), in the order a column is
# trusted: the article's headline, its text, its day, its writer, its outlet and its address
_COLUMN_TITLES = ("headline", "title", "story title", "article title")
_COLUMN_TEXTS = ("full text", "text", "body", "article text", "content", "story")
_COLUMN_DATES = ("published", "publication date", "date published", "pubdate", "date")
_COLUMN_WRITERS = ("byline", "author", "authors", "writer", "journalist")
_COLUMN_OUTLETS = ("outlet", "source", "publication", "media outlet", "masthead")
_COLUMN_ADDRESSES = ("url", "link", "address", "permalink")
TABLE_COLUMNS_MIN = 4  # columns in a header row, for a copy to be a table's export
TABLE_HEADER_MAX_CHARS = 2000
_TITLE_COLUMN = re.compile(r"(?:^|[\t,])\"?(?:headline|title|story title|article title)\"?(?:[\t,]|$)", re.I)


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    cells = [cell.strip().lower() for cell in header]
    return next((cells.index(name) for name in names if name in cells), None)


def table_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A table exported as CSV or tab-separated cells (a media-monitoring tool's coverage report, a spreadsheet's rows)
    whose header names a headline column and a text column: the row with the longest text is the article, read as its
    headline, "By" its byline, "Published:" its day, its outlet and "Original:" its address over its text; the export's
    own lines over the header, the header and the other rows are returned as the wrapper's furniture."""
    rows = text.split("\n")
    for start, row in enumerate(rows):
        if len(row) > TABLE_HEADER_MAX_CHARS or not _TITLE_COLUMN.search(row):
            continue  # (a header row is short, and names its headline's column)
        delimiter = "\t" if row.count("\t") >= TABLE_COLUMNS_MIN - 1 else ","
        header = next(csv.reader([row], delimiter=delimiter), [])
        if len(header) < TABLE_COLUMNS_MIN:
            continue
        title, words = _column(header, _COLUMN_TITLES), _column(header, _COLUMN_TEXTS)
        if title is None or words is None:
            continue
        try:
            records = [r for r in csv.reader(io.StringIO("\n".join(rows[start + 1:])), delimiter=delimiter) if len(r) == len(header)]
        except csv.Error:
            return text, ()
        if not records:
            return text, ()
        record = max(records, key=lambda r: len(r[words]))
        fields = [(names, record[at]) for names in (_COLUMN_DATES, _COLUMN_WRITERS, _COLUMN_OUTLETS, _COLUMN_ADDRESSES)
                  if (at := _column(header, names)) is not None and record[at].strip()]
        labels = {_COLUMN_DATES: "Published: ", _COLUMN_WRITERS: "By ", _COLUMN_OUTLETS: "", _COLUMN_ADDRESSES: "Original: "}
        by = next((value for names, value in fields if names == _COLUMN_WRITERS), "")
        body = record[words].strip()
        lines = [record[title].strip(), ""]
        for names, value in fields:
            if names == _COLUMN_WRITERS and re.match(rf"(?i:by\s+)?{re.escape(by)}\s*\n", body + "\n"):
                continue  # (the text opens with its own byline)
            lines += [labels[names] + value.strip(), ""]
        furniture = [r.strip() for r in rows[:start] if r.strip()]
        furniture += [row.strip(), *(delimiter.join(r)[:200] for r in records if r is not record)]
        return "\n".join([*lines, body]), tuple(furniture)
    return text, ()


# A PDF form's fields as a form tool dumps them (pdftk's "dump_data_fields"): "FieldName: ...", "FieldValue: ..." (its
# value going on over the lines under it), each field's record closed by "---"
_FIELD_KEY = re.compile(r"Field[A-Z]\w*:.*|---")
FORM_FIELDS_MIN = 3


def form_fields(text: str) -> tuple[str, tuple[str, ...]]:
    """A PDF form's fields dumped as text, the article pasted into one of them: the longest value is the article's (its
    lines kept where they stood, the value's label taken off), every other line of the dump returned as the wrapper's
    furniture."""
    rows = text.split("\n")
    values = [i for i, row in enumerate(rows) if row.startswith("FieldValue:")]
    if len(values) < FORM_FIELDS_MIN or sum(1 for row in rows if row.startswith("FieldName:")) < FORM_FIELDS_MIN:
        return text, ()
    next_key, following = [len(rows)] * (len(rows) + 1), len(rows)
    for n in range(len(rows) - 1, -1, -1):
        next_key[n] = following
        following = n if _FIELD_KEY.fullmatch(rows[n]) else following
    spans = [(i, next_key[i]) for i in values]
    start, end = max(spans, key=lambda span: sum(len(rows[n].split()) for n in range(*span)))
    out = ["" if not start <= n < end else row for n, row in enumerate(rows)]
    out[start] = rows[start].removeprefix("FieldValue:").strip()
    furniture = tuple(row.strip() for n, row in enumerate(rows) if row.strip() and not start <= n < end)
    return "\n".join(out), (*furniture, "FieldValue:")


# A conversation with an AI assistant copied whole: each turn under its speaker's label, the user's ("You said:",
# "Vous avez dit :") and the assistant's ("ChatGPT said:", "ChatGPT a dit :")
_USER_TURN = re.compile(r"(?:You said|Vous avez dit|Du hast gesagt|Has dicho|Dijiste|Você disse|Hai detto|Je zei)\s*:\s*", re.I)
_ASSISTANT_TURN = re.compile(r"(?:ChatGPT|Claude|Gemini|Copilot|Le Chat|Mistral|Assistant)"
                             r"(?:\s+(?:said|a dit|hat gesagt|dijo|disse|ha detto|zei))?\s*:\s*", re.I)
REQUEST_MAX_WORDS = 80  # the user's request over the page they pasted into their turn


def assistant_conversation(text: str) -> tuple[str, tuple[str, ...]]:
    """A conversation with an AI assistant, the article pasted into one of the user's turns: the longest of them holds
    it, under the user's request (its first paragraph, when a blank line sets it apart); the app's chrome, the other
    turns and the assistant's answers (which may misquote the article) are returned as the wrapper's furniture, each
    line blank where it stood."""
    rows = text.split("\n")
    labels = [(i, bool(_USER_TURN.fullmatch(row.strip()))) for i, row in enumerate(rows)
              if _USER_TURN.fullmatch(row.strip()) or _ASSISTANT_TURN.fullmatch(row.strip())]
    if not any(user for _, user in labels) or all(user for _, user in labels):
        return text, ()
    turns = [(i + 1, end, user) for (i, user), end in zip(labels, [*(n for n, _ in labels[1:]), len(rows)])]
    start, end, _ = max((turn for turn in turns if turn[2]), key=lambda t: sum(len(rows[n].split()) for n in range(t[0], t[1])))
    blank = next((n for n in range(start, end) if not rows[n].strip()), None)
    if blank is not None and sum(len(rows[n].split()) for n in range(start, blank)) <= REQUEST_MAX_WORDS \
            and any(rows[n].strip() for n in range(blank, end)):
        start = blank  # (the user's request over the page: "Can you summarise the article below ...")
    out = ["" if not start <= n < end else row for n, row in enumerate(rows)]
    return "\n".join(out), tuple(row.strip() for n, row in enumerate(rows) if row.strip() and not start <= n < end)


# A layout program's tagged text (InDesign's "Tagged Text" export): its header ("<UNICODE-WIN>", "<Version:19.3>", its
# style definitions), then a paragraph a line, opened by its style ("<ParaStyle:Headline>"), with tags inside for
# character styles and special characters ("<CharStyle:Credit>", "<cTracking:-15>", "<0x00A0>"; "\<" a "<" of the text)
_PARA_STYLE = re.compile(r"<ParaStyle:([^<>]*)>")
_TAGGED_HEADER = re.compile(r"<(?:UNICODE|ASCII|ANSI|BIG5|GB18030|SJIS|KSC5601)-(?:WIN|MAC)>.*"
                            r"|<(?:Version|FeatureSet|ColorTable|Define[A-Za-z]*Style)\b.*")
_TAGGED_INLINE = re.compile(r"\\([<>\\])|<0x([0-9A-Fa-f]{4,6})>|<[A-Za-z][A-Za-z ]*:[^<>]*>")
# The production's paragraphs, no words of the article: the page's slug, a jump's lines to and from another page and
# the headline set again there, a teaser of another story, a pull quote repeating the text, a running head; and every
# folio line but the first (the first says where and when the page was printed, as a print copy's does)
_PRODUCTION_STYLE = re.compile(r"slug|jump|teaser|pull\s*quote|running\s*head|continued|page\s*(?:number|head)", re.I)


def tagged_text_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A layout program's tagged text, read as the paragraphs it typesets: each styled line its words, a paragraph of its
    own; the header, the production's paragraphs (``_PRODUCTION_STYLE``) and the folio lines after the first returned
    as the wrapper's furniture. Only a copy with four styled paragraphs: a plain copy's "<" is its own."""
    rows = text.split("\n")
    if sum(1 for row in rows if _PARA_STYLE.match(row.lstrip())) < MARKUP_MIN_LINES:
        return text, ()
    out: list[str] = []
    furniture: list[str] = []
    folios = 0
    for row in rows:
        line = row.strip()
        style = _PARA_STYLE.match(line)
        name = style.group(1) if style else ""
        folios += bool(re.search(r"folio", name, re.I))
        if _TAGGED_HEADER.fullmatch(line) or _PRODUCTION_STYLE.search(name) or re.search(r"folio", name, re.I) and folios > 1:
            furniture.append(line)
            continue
        words = _TAGGED_INLINE.sub(lambda m: m.group(1) or (chr(int(m.group(2), 16)) if m.group(2) else ""), line)
        out.extend([words, ""] if style else [words])
    return "\n".join(out), tuple(furniture)


# AsciiDoc (Asciidoctor, Antora): a document's header ("= Title", its author and revision lines, ":name: value"
# attributes), its comments, block attributes ("[quote]", "[NOTE]", "[.lead]"), block titles (".Caption"), delimited
# blocks ("____", "====", "....") and macros ("image::hero.jpg[...]", "footnote:[...]")
_ADOC_TITLE = re.compile(r"(=+)\s+(\S.*)")
_ADOC_ATTRIBUTE = re.compile(r":!?\w[\w-]*!?:(?:\s.*)?")
_ADOC_BLOCK_ATTRIBUTES = re.compile(r"\[(?:[\w.#%][^\[\]]*)?\]")
_ADOC_DELIMITER = re.compile(r"={4,}|_{4,}|\.{4,}|-{4,}|\*{4,}|\+{4,}|/{4,}|\|={3,}")
_ADOC_BLOCK_MACRO = re.compile(r"(?:image|video|audio|include|toc|ifdef|ifndef|ifeval|endif)::[^\[\]]*\[.*\]")
_ADOC_ADMONITION = re.compile(r"(?:NOTE|TIP|IMPORTANT|CAUTION|WARNING)(?::\s|\])")
_ADOC_BREAK = re.compile(r"'{3,}|<{3}")
_ADOC_FOOTNOTE = re.compile(r"\s*footnote(?::[\w-]*)?:\[((?:[^\[\]]|\[[^\[\]]*\])*)\]")
_ADOC_LINK = re.compile(r"(?:link:|(?=https?://))([^\s\[\]]{1,2000})\[([^\[\]]*)\]")
_ADOC_STRONG = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_ADOC_EMPHASIS = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
ADOC_MIN_MARKS = 3  # attribute entries, block attributes, delimited blocks and block macros, for a copy to be AsciiDoc
ADOC_LEAD_MIN_WORDS = 12  # a paragraph this long, before any section title, is the document's own text


def asciidoc_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """An AsciiDoc document (a clip kept in a docs repository), read as the page it renders: its paragraphs, section
    titles, block quotes and literal blocks their words, a picture's block title its caption. What no reader of the
    rendered page sees as the article's (comments, attributes, the header's revision line, admonitions, block titles
    over other blocks, pictures' macros, footnotes) is returned as the wrapper's furniture. A document whose first
    section title comes before any paragraph of its own is a container: its title and author are the container's,
    and the section's title is the article's headline. Only a copy opening with a document title and three of
    AsciiDoc's marks: a plain copy's "= x" or "[...]" stays as written."""
    rows = text.split("\n")
    top = next((i for i, row in enumerate(rows) if row.strip()), None)
    if top is None or not ((title := _ADOC_TITLE.fullmatch(rows[top].rstrip())) and len(title.group(1)) == 1):
        return text, ()
    marks = sum(1 for row in rows if _ADOC_ATTRIBUTE.fullmatch(row.rstrip()) or _ADOC_BLOCK_ATTRIBUTES.fullmatch(row.strip())
                or _ADOC_DELIMITER.fullmatch(row.rstrip()) or _ADOC_BLOCK_MACRO.fullmatch(row.strip()))
    if marks < ADOC_MIN_MARKS:
        return text, ()
    header_end = next((i for i in range(top, len(rows)) if not rows[i].strip()), len(rows))
    out, furniture = [""] * len(rows), []
    container = _adoc_container(rows, header_end)
    for i in range(top, header_end):
        row = rows[i].rstrip()
        if i > top + 1 or _ADOC_ATTRIBUTE.fullmatch(row) or container:
            furniture.append(row.strip())  # (the revision line, the attributes; a container's title and author)
        else:
            out[i] = _ADOC_TITLE.sub(r"\2", row) if i == top else row
    furniture[:0] = [row.strip() for row in rows[:top] if row.strip()]
    out[:top] = [""] * top
    closing = None  # the delimiter that ends the block the row is in
    kind = ""  # "literal", "comment", "aside" (an admonition) or "" (quote, example, sidebar: words of the page)
    pending = ""  # the block attribute line over the next block
    i = header_end
    while i < len(rows):
        row, line = rows[i], rows[i].strip()
        if closing is not None:
            if line == closing:
                closing, kind = None, ""
            elif kind == "literal":
                out[i] = row
            elif kind in ("comment", "aside") and line:
                furniture.append(line)
            else:
                out[i] = _adoc_inline(row, furniture)
            i += 1
            continue
        if _ADOC_DELIMITER.fullmatch(line):
            closing = line
            kind = ("comment" if line.startswith("/") else "literal" if line[0] in ".-+"
                    else "aside" if _ADOC_ADMONITION.match(pending[1:]) else "")
        elif line.startswith("//") or _ADOC_ATTRIBUTE.fullmatch(line) or _ADOC_BLOCK_MACRO.fullmatch(line):
            furniture.append(line)  # (a comment, an attribute, a picture's or an include's macro)
        elif _ADOC_BLOCK_ATTRIBUTES.fullmatch(line):
            pending = line
            i += 1
            continue
        elif line.startswith(".") and len(line) > 1 and not line[1].isspace() and line[1] != ".":
            pictured = i + 1 < len(rows) and rows[i + 1].strip().startswith("image::")
            if pictured:
                out[i] = line[1:]  # (a picture's title: its caption, as the page shows it)
            else:
                furniture.append(line)  # (a title over a block the copyist labelled: "Site chrome (top)")
        elif _ADOC_ADMONITION.match(line):
            furniture.append(line)  # ("NOTE: ..." the document's writer's aside)
        elif (section := _ADOC_TITLE.fullmatch(line)):
            out[i] = section.group(2)
        elif not _ADOC_BREAK.fullmatch(line):
            out[i] = _adoc_inline(row.removesuffix(" +"), furniture)
        pending = ""
        i += 1
    return "\n".join(out), tuple(furniture)


def _adoc_container(rows: list[str], start: int) -> bool:
    """Whether a section title comes before any paragraph of the document's own (outside its blocks)."""
    closing = None
    for row in rows[start:]:
        line = row.strip()
        if closing is not None:
            closing = None if line == closing else closing
        elif _ADOC_DELIMITER.fullmatch(line):
            closing = line
        elif _ADOC_TITLE.fullmatch(line):
            return True
        elif len(line.split()) >= ADOC_LEAD_MIN_WORDS and not line.startswith("//") and not _ADOC_ADMONITION.match(line):
            return False
    return False


def _adoc_inline(row: str, furniture: list[str]) -> str:
    """A line's inline markup read as its words: a link its text, a strong or slanted phrase its words (a whole line in
    italics keeps its marks, as a copied dek does); a footnote is the document writer's, returned as furniture."""
    for note in _ADOC_FOOTNOTE.finditer(row):
        furniture.append(note.group(0).strip())
    row = _ADOC_FOOTNOTE.sub("", row)
    row = _ADOC_LINK.sub(lambda m: m.group(2) or m.group(1), row)
    row = _ADOC_STRONG.sub(r"\1", row)
    return row if _ADOC_EMPHASIS.fullmatch(row.strip()) else _ADOC_EMPHASIS.sub(r"\1", row)


# "cat -v": a file's control characters and its bytes over 127 shown in caret and meta notation ("^M" a carriage
# return, "^A" a news agency's start of heading, "M-CM-" the first byte of "à" in UTF-8)
_CARET = re.compile(r"M-\^[@-_?]|M-[ -~]|\^[@-_?]")
CARET_MIN_LINES = 5  # lines ending in "^M", for a copy to be a file shown by "cat -v"
# IPTC 7901, a news agency's wire item: start of heading, the envelope's lines, start of text, the item, end of text
_SOH, _STX, _ETX = "\x01", "\x02", "\x03"


def _uncaret(match: re.Match) -> bytes:
    notation = match.group(0)
    meta = 0x80 if notation.startswith("M-") else 0
    rest = notation[2:] if meta else notation
    if rest.startswith("^"):
        return bytes([meta | (0x7F if rest[1] == "?" else ord(rest[1]) - 64)])
    return bytes([meta | ord(rest)])


_PROMPT_END = re.compile(r"\S+@\S+:\S*\$$")  # a shell's prompt alone on its line ("analyst@desk07:~$"), no line's end mark


def caret_notation_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A file "cat -v" printed (a news agency's wire item from a spool, its lines ending "^M"), read as the file: its
    bytes undone from caret and meta notation and read as UTF-8, its carriage returns dropped. A wire item in IPTC
    7901's frame keeps only its text: the envelope between its start of heading and its start of text ("ZCZC0317/SXB",
    its routing lines) and what follows its end of text are returned as the wrapper's furniture. Only a copy with five
    lines ending in "^M": a plain copy's "^" and "M-" are its own. ("cat -A" ends each line with "$" too: "...^M$".)"""
    rows = text.split("\n")
    if sum(1 for row in rows if row.endswith("^M$")) >= CARET_MIN_LINES:
        rows = [row[:-1] if row.endswith("$") and not _PROMPT_END.search(row) else row for row in rows]
    if sum(1 for row in rows if row.endswith("^M")) < CARET_MIN_LINES:
        return text, ()
    decoded = []
    for row in rows:
        pieces, at = [], 0
        for m in _CARET.finditer(row):
            pieces.append(row[at:m.start()].encode("utf-8"))
            pieces.append(_uncaret(m))
            at = m.end()
        pieces.append(row[at:].encode("utf-8"))
        decoded.append(b"".join(pieces).decode("utf-8", "replace").replace("\r", ""))
    furniture: list[str] = []
    heading = next((n for n, row in enumerate(decoded) if _SOH in row), None)
    started = next((n for n, row in enumerate(decoded) if _STX in row), None) if heading is not None else None
    if heading is not None and started is not None and heading < started:
        furniture.extend(row.strip() for row in decoded[heading + 1:started] if row.strip())
        decoded[heading:started + 1] = [""] * (started + 1 - heading)
        ended = next((n for n in range(started, len(decoded)) if _ETX in decoded[n]), None)
        if ended is not None:
            furniture.extend(words for row in decoded[ended:] if (words := "".join(c for c in row if c >= " ").strip()))
            decoded[ended:] = [""] * (len(decoded) - ended)
    decoded = ["".join(c for c in row if c >= " " or c == "\t") for row in decoded]
    return "\n".join(decoded), tuple(furniture)


# A TiddlyWiki tiddler's file (".tid"): its fields, one "name: value" a line ("title:", "created: 20300524053305118",
# "type: text/vnd.tiddlywiki"), then a blank line and its text in TiddlyWiki's wikitext
_TID_FIELD = re.compile(r"([a-z][\w.-]{0,40}):\s?(.*)")
_TID_STAMP = re.compile(r"\d{17}")
TID_MIN_FIELDS = 3
_TID_HEADING = re.compile(r"!{1,6}\s*")
_TID_PICTURE = re.compile(r"\[img(?:\s+[\w-]+=\S+)*\s*\[[^\[\]]*\]\]")
_TID_LINK = re.compile(r"\[\[([^\[\]|]+)(?:\|[^\[\]]*)?\]\]")
_TID_MACRO = re.compile(r"<<[^<>]*>>")
_TID_BOLD = re.compile(r"''(?=\S)(.+?)(?<=\S)''")
_TID_ITALIC = re.compile(r"(?<![:/\w])//(?=\S)(.+?)(?<=\S)//(?![/\w])")
_TID_UNDERLINE = re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)")
_TID_QUOTE_MARK = re.compile(r"<<<.*")


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """The runs of true flags, as (start, end) pairs."""
    runs, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs


def tiddler_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A TiddlyWiki tiddler as its ".tid" file holds it (a clip kept in a personal wiki), read as the tiddler renders:
    its headings ("! ...") and bold, slanted and underlined words their words, a link its words, a block quote's
    "<<<" lines blank. Its fields (title, tags, created, ...), its pictures ("[img[...]]") and its macros
    ("<<tag ...>>") are returned as the wrapper's furniture. Only a file whose fields hold a title and either
    TiddlyWiki's type or its 17-digit stamps: a plain copy's "!" or "//" stays as written."""
    rows = text.split("\n")
    field = [bool(_TID_FIELD.fullmatch(row.rstrip())) for row in rows]
    for start, end in ((s, e) for s, e in _runs(field) if e - s >= TID_MIN_FIELDS):  # (each run of field lines once)
        fields = dict(_TID_FIELD.fullmatch(r.rstrip()).groups() for r in rows[start:end])
        if "title" in fields and end < len(rows) and not rows[end].strip() and (
                fields.get("type", "").strip() == "text/vnd.tiddlywiki"
                or any(_TID_STAMP.fullmatch(fields.get(name, "").strip()) for name in ("created", "modified"))):
            break
    else:
        return text, ()
    furniture = [r.strip() for r in rows[start:end]]
    out = rows[:start] + [""] * (end - start)
    for row in rows[end:]:
        line = row.strip()
        if _TID_QUOTE_MARK.fullmatch(line):
            out.append("")
            if line[3:].strip():
                furniture.append(line)  # (the quote's citation: "<<< Davide Pittaluga")
            continue
        marks = [m.group(0) for m in itertools.chain(_TID_PICTURE.finditer(row), _TID_MACRO.finditer(row))]
        furniture.extend(marks)
        row = _TID_MACRO.sub("", _TID_PICTURE.sub("", row))
        row = _TID_HEADING.sub("", row, count=1) if line.startswith("!") else row
        row = _TID_UNDERLINE.sub(r"\1", _TID_ITALIC.sub(r"\1", _TID_BOLD.sub(r"\1", _TID_LINK.sub(r"\1", row))))
        out.append("" if marks and not row.strip() else row)
    return "\n".join(out), tuple(furniture)


# A scraped item printed on a line of its own: a Python dict's repr (a scraper's log, "Scraped from <200 ...>" over it)
# or a JSON object (a JSON Lines feed's line)
ITEM_MIN_CHARS = 400
ITEM_MIN_WORDS = 150  # words of text in its values, for an item to hold an article


def scraped_item_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """An article's page as a scraper's item printed it, a dict on one line ("{'url': ..., 'titulo': ..., 'cuerpo':
    [...]}", whatever the names of its fields), read as the page: each text its values hold on a line of its own, in
    their order, a list's items each on its own; the item's line and the rest of the copy (the scraper's log around
    it) are returned as the wrapper's furniture. Only a line that is a dict of text, holding an article's words and
    most of the copy's."""
    rows = text.split("\n")
    total = None  # the copy's words, counted once
    for n, row in enumerate(rows):
        line = row.strip()
        if len(line) < ITEM_MIN_CHARS or not (line.startswith(("{'", '{"')) and line.endswith("}")):
            continue
        item = _literal(line)
        texts = list(_item_texts(item)) if isinstance(item, dict) else []
        words = sum(len(t.split()) for t in texts)
        total = total if total is not None or words < ITEM_MIN_WORDS else len(text.split())
        if words < ITEM_MIN_WORDS or words < total - len(line.split()):
            continue
        lines = [part for t in texts for part in (*t.split("\n"), "")]
        return "\n".join([*[""] * n, *lines, *[""] * (len(rows) - n - 1)]), tuple(r.strip() for r in rows if r.strip())
    return text, ()


def _literal(line: str) -> object:
    """A JSON object's or a Python literal's value (``ast.literal_eval``: literals only, never code), else None."""
    try:
        return json.loads(line)
    except ValueError:
        pass
    try:
        return ast.literal_eval(line)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


def _item_texts(value: object, depth: int = 0):
    """The texts of an item's values, in order: its strings, its lists' and its dicts' (not numbers, nor flags)."""
    if isinstance(value, str):
        if value.strip():
            yield value.strip()
    elif isinstance(value, (list, tuple)) and depth < 4:
        for item in value:
            yield from _item_texts(item, depth + 1)
    elif isinstance(value, dict) and depth < 4:
        for item in value.values():
            yield from _item_texts(item, depth + 1)


# An outliner's export (OPML 2.0), one node a line: "<outline text="..." _note="..." />", a node with children opened by
# "<outline text="...">" and closed by "</outline>"
_OUTLINE_NODE = re.compile(r"\s*<outline\b((?:\s+[\w:.-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>\s*")
_OUTLINE_END = re.compile(r"\s*</outline>\s*")
_ATTRIBUTE = re.compile(r"([\w:.-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
OUTLINE_PAGE_SHARE = 0.6  # of the outline's words, under one node, for its children to be a page pasted there


def outline_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """An outliner's OPML export, read as its nodes' texts, one a paragraph in their order; where one node's children hold
    most of the outline's words (a page pasted under a clip's node, line by line), the deepest such node's children are the
    page (with the address its note gives, as the page's "Original:"), and the rest (the outline's head, the other nodes,
    every note) the outliner's furniture."""
    if "<opml" not in text[:2000] or "<outline" not in text:
        return text, ()
    rows = text.split("\n")
    nodes: list[tuple[int, str, str, list[int]]] = []  # (row, its text, its note, the nodes it is under)
    open_nodes: list[int] = []
    for n, row in enumerate(rows):
        if node := _OUTLINE_NODE.fullmatch(row):
            fields = {m.group(1): _xml_text(m.group(2) if m.group(2) is not None else m.group(3))
                      for m in _ATTRIBUTE.finditer(node.group(1))}
            nodes.append((n, fields.get("text", "").strip(), fields.get("_note", "").strip(), list(open_nodes)))
            if not node.group(2):
                open_nodes.append(len(nodes) - 1)
        elif _OUTLINE_END.fullmatch(row) and open_nodes:
            open_nodes.pop()
    if not nodes:
        return text, ()
    total = sum(len(t.split()) for _, t, _, _ in nodes)
    under = [sum(len(t.split()) for _, t, _, above in nodes if i in above) for i in range(len(nodes))]
    pages = [i for i in range(len(nodes)) if under[i] >= OUTLINE_PAGE_SHARE * total and under[i] >= ITEM_MIN_WORDS]
    if pages:
        page = max(pages, key=lambda i: len(nodes[i][3]))
        kept = [node for node in nodes if page in node[3]]
        address = re.search(r"https?://[^\s\"'<>]+", nodes[page][2])
        lines = [t for _, t, _, _ in kept] + ([f"Original: {address.group(0)}"] if address else [])
        shown = {row for row, _, _, _ in kept}
        first, last = kept[0][0], kept[-1][0]
        out = [*[""] * first, *lines, *[""] * max(0, last - first + 1 - len(lines)), *[""] * (len(rows) - last - 1)]
        return "\n".join(out), tuple(r.strip() for n, r in enumerate(rows) if r.strip() and n not in shown)
    first = nodes[0][0]
    lines = [part for _, t, _, _ in nodes for part in (t, "")]
    return "\n".join([*[""] * first, *lines]), tuple(r.strip() for r in rows if r.strip())


def _xml_text(value: str) -> str:
    """An XML attribute's value as it reads: its character references and the five named entities undone."""
    return re.sub(r"&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|quot|apos|amp));",
                  lambda m: chr(int(m.group(1))) if m.group(1) and int(m.group(1)) < 0x110000
                  else chr(int(m.group(2), 16)) if m.group(2) and int(m.group(2), 16) < 0x110000
                  else _XML_ENTITIES.get(m.group(0), m.group(0)), value)


# A chat client's log (irssi, WeeChat, HexChat, ZNC): "13:45 < caju> text", "[13:45] <@ohm> text", and its events: "13:46 -!- A
# has quit", "13:52  * lua_rr reads ...", "--- Day changed Tue May 28 2030"
_CHAT_MESSAGE = re.compile(r"\[?(\d{1,2}):(\d\d)(?::\d\d)?\]?\s+<\s*[@+%&~]?([^\s<>]{1,32})\s*>(?: (.*))?")
_CHAT_EVENT = re.compile(r"\[?\d{1,2}:\d\d(?::\d\d)?\]?\s+(?:-!-|\*|-->|<--|\*\*\*|--)\s.*|---\s+(?:Log opened|Log closed|Day changed)\b.*")
CHAT_LOG_MIN_LINES = 10  # a log's lines, messages and events, at least this many and most of the copy's
CHAT_PASTE_GAP_MINUTES = 1  # between one message of a paste and the next: a paste's lines are sent in a burst


def chat_log_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A chat channel's log with a page pasted into it line by line: the burst of one person's messages holding the most
    words (each sent within a minute of the last, whoever spoke between), read as the page, each message a paragraph from
    the line of the first; a line the client split in two (its first without an ending, the next in lower case) joined again. The rest of the
    log, the others' messages among the pasted lines too, and the sender's words over the paste, in lower case, are the
    channel's furniture."""
    rows = text.split("\n")
    lines = [n for n, row in enumerate(rows) if row.strip()]
    messages = [(n, m) for n in lines if (m := _CHAT_MESSAGE.fullmatch(rows[n].rstrip()))]
    logged = len(messages) + sum(1 for n in lines if _CHAT_EVENT.fullmatch(rows[n].strip()))
    if len(messages) < CHAT_LOG_MIN_LINES or logged * 5 < len(lines) * 4:
        return text, ()
    bursts: list[list[tuple[int, str]]] = []
    last: dict[str, tuple[int, int]] = {}  # nick -> (its burst's index, the minute of its last message)
    for n, m in messages:
        nick, minute = m.group(3), int(m.group(1)) * 60 + int(m.group(2))
        burst = last.get(nick)
        if burst is None or not 0 <= minute - burst[1] <= CHAT_PASTE_GAP_MINUTES:
            bursts.append([])
            burst = (len(bursts) - 1, minute)
        bursts[burst[0]].append((n, m.group(4) or ""))
        last[nick] = (burst[0], minute)
    paste = max(bursts, key=lambda b: sum(len(t.split()) for _, t in b))
    if sum(len(t.split()) for _, t in paste) < ITEM_MIN_WORDS:
        return text, ()
    # (the sender's own words over the paste, in the channel's lower case: "good piece from a Fortaleza site, pasting",
    # "(sorry for the wall)")
    paste = list(itertools.dropwhile(lambda message: re.match(r"[(\[]?[^\W\d_]", message[1].strip())
                                     and message[1].strip().lstrip("([")[:1].islower(), paste))
    sent: list[str] = []  # each message a paragraph (a page's lines pasted one a message)
    for _, line in paste:
        if sent and line[:1].islower() and not re.search(r"[.!?:;\"”’)\]]\s*$", sent[-1]):
            sent[-1] += " " + line  # (a line the client split at its length)
        elif line.strip():
            sent.append(line)
    shown = {n for n, _ in paste}
    first = paste[0][0] if paste else 0
    out = [*[""] * first, *(part for line in sent for part in (line, ""))]
    return "\n".join(out), tuple(rows[n].strip() for n in lines if n not in shown)


# An R console: its prompt ("> ", "+ " on a command's next lines) and the vectors it prints ('[1] "a" "b"', ' [2] "c"')
_R_COMMAND = re.compile(r"[>+] .*|>")
_R_VECTOR = re.compile(r"\s*\[\d+\]\s.*")
_R_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_R_ESCAPE = re.compile(r"\\(.)")
_R_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
R_MIN_COMMANDS = 3
_R_PAGE_CALL = re.compile(r"\b(?:html_\w+|xml_\w+|read_html|writeLines|cat|print)\(")  # rvest's calls, and what prints text
R_MIN_VECTORS = 2


def r_console_as_text(text: str) -> tuple[str, tuple[str, ...]]:
    """A page read in an R console (rvest's calls, each answered by a printed vector of text or by the text itself,
    "writeLines()"), read as the page: each text a vector holds on a line of its own (its escapes undone: '\\"' a
    quotation mark, '\\n' a line's end), what a call wrote as it is. The commands and the vectors of no text ("[1] 13")
    are returned as the wrapper's furniture. Only a copy with three commands at R's prompt and two printed vectors."""
    rows = text.split("\n")
    commands = sum(1 for row in rows if row.startswith("> "))
    vectors = sum(1 for row in rows if _R_VECTOR.fullmatch(row))
    if commands < R_MIN_COMMANDS or vectors < R_MIN_VECTORS:
        return text, ()
    out, furniture = [], []
    own = False  # the last command asked the console, not the page ("Sys.time()", "length(body)"): its answer is the console's
    for row in rows:
        if _R_COMMAND.fullmatch(row.rstrip()):
            furniture.append(row.strip())
            out.append("")
            own = bool(re.search(r"\w\(", row)) and not _R_PAGE_CALL.search(row) if row.startswith(">") else own
        elif _R_VECTOR.fullmatch(row):
            texts = [] if own else [_R_ESCAPE.sub(lambda m: _R_ESCAPES.get(m.group(1), m.group(0)), s.group(1))
                                    for s in _R_STRING.finditer(row)]
            if not texts:
                furniture.append(row.strip())
                out.append("")
            for t in texts:
                out.extend([*t.split("\n"), ""])
        else:
            out.append(row)
    return "\n".join(out), tuple(furniture)
