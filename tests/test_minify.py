"""Minify: the published pages lose their indentation and Material's unused files, nothing else."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from generator import minify


def test_a_run_of_white_space_with_a_line_break_becomes_one_line_break():
    page = "<nav>\n    <a href=x>One</a>\n\n      <a href=y>Two</a>  <a href=z>Three</a>\n  </nav>\n"
    assert minify.html(page) == "<nav><a href=x>One</a>\n<a href=y>Two</a>  <a href=z>Three</a></nav>\n"


def test_a_line_break_at_a_blocks_edge_goes_and_between_inline_tags_stays():
    """At the start or end of a block's line white space does not render; between two list items
    it does when they are inline-block (Material's tabs), and between links and spans anywhere."""
    page = ("<head>\n<meta charset=utf-8>\n<title>T</title>\n</head>\n<nav class=tabs>\n<ul>\n"
            "<li class=tab>\n<a href=x>\nOne\n</a>\n</li>\n<li class=tab>\n<a href=y>Two</a>\n</li>\n</ul>\n"
            "</nav>\n<p>A <a href=z>link</a>\n<span>and</span>\n<em>text</em>\n</p>\n<div>\n<a href=w>W</a>\n</div>")
    assert minify.html(page) == (
        "<head><meta charset=utf-8><title>T</title></head><nav class=tabs><ul>"
        "<li class=tab>\n<a href=x>\nOne\n</a>\n</li>\n<li class=tab>\n<a href=y>Two</a>\n</li></ul>"
        "</nav><p>A <a href=z>link</a>\n<span>and</span>\n<em>text</em></p><div><a href=w>W</a></div>")


def test_preformatted_text_form_fields_scripts_and_styles_are_kept_exactly():
    kept = ("<pre><code>def f():\n    return 1\n\n</code></pre>", "<textarea>a\n    b</textarea>",
            "<script>var a = `x\n    y`;\n  f()</script>", "<STYLE>\n  p { color: red }\n</STYLE>")
    page = "<div>\n   " + "\n   ".join(kept) + "\n</div>"
    result = minify.html(page)
    for block in kept:
        assert block in result
    assert minify.html(result) == result  # once is enough


def test_a_page_reads_the_same_after_minifying():
    page = ("<p>The talks\n      resumed   in\n  <a href='#'>Geneva</a>\n  on Monday.</p>\n"
            "<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>")
    # Text nodes apart (as blocks are on the screen), then the words of each.
    words = lambda text: " ".join(BeautifulSoup(text, "html.parser").get_text(" ").split())  # noqa: E731
    assert words(minify.html(page)) == words(page) == "The talks resumed in Geneva on Monday. One Two"


def test_unused_theme_files_are_source_maps_and_with_pagefind_the_lunr_search(tmp_path):
    files = ["assets/javascripts/bundle.js", "assets/javascripts/bundle.js.map", "assets/stylesheets/main.css.map",
             "assets/javascripts/lunr/min/lunr.de.min.js", "assets/javascripts/workers/search.js",
             "pagefind/pagefind.js", "briefings/a/index.html"]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    unused = lambda pagefind: {p.relative_to(tmp_path).as_posix()  # noqa: E731
                               for p in minify.unused_theme_files(tmp_path, pagefind)}
    assert unused(False) == {"assets/javascripts/bundle.js.map", "assets/stylesheets/main.css.map"}
    assert unused(True) == unused(False) | {"assets/javascripts/lunr/min/lunr.de.min.js",
                                            "assets/javascripts/workers/search.js"}


def test_the_built_site_has_no_indented_lines_outside_preformatted_text_and_no_unused_theme_files(built_site):
    site = built_site.site
    for page in site.rglob("*.html"):
        text = re.sub(r"<(pre|textarea|script|style)\b.*?</\1>", "<kept/>", page.read_text(encoding="utf-8"), flags=re.S)
        indented = [line for line in text.splitlines() if line[:1].isspace() or not line.strip()]
        assert not indented, (page, indented[:3])
    assert not list(site.glob("assets/**/*.map"))
    assert not (site / "assets" / "javascripts" / "lunr").exists()
    assert not (site / "assets" / "javascripts" / "workers").exists()
    assert list(site.glob("assets/javascripts/bundle.*.min.js"))
    # Pagefind's ready-made interfaces are not shipped; the engine our search page loads is.
    assert (site / "pagefind" / "pagefind.js").exists() and (site / "pagefind" / "pagefind-worker.js").exists()
    assert not [p.name for p in (site / "pagefind").glob("pagefind-*") if "ui" in p.name or "highlight" in p.name]
