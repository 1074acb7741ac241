"""Minify: the published pages lose their indentation and Material's unused files, nothing else."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup

from generator import minify


def test_a_run_of_white_space_with_a_line_break_becomes_one_line_break():
    page = "<nav>\n    <ul>\n\n      <li><a href=x>One</a>  <a href=y>Two</a></li>\n    </ul>\n  </nav>\n"
    assert minify.html(page) == "<nav>\n<ul>\n<li><a href=x>One</a>  <a href=y>Two</a></li>\n</ul>\n</nav>\n"


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
    words = lambda text: " ".join(BeautifulSoup(text, "html.parser").get_text().split())  # noqa: E731
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
