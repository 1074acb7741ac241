"""A hostile repository or seed can't leak files, run code, hang the build or lose a briefing.

One test (or a few) per class of attack; each failed on the code before the fix."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.files import display_name
from generator.plugin import BriefingsPlugin
from generator.registry import load_registry

from .conftest import ROOT, _env, copy_project
from .helpers import front_matter

LEAD = "The Commerce Department said on Tuesday that new licences would be needed for chip tools.\n\n" \
       "Officials said the rule would take effect within weeks, and industry groups warned of delays.\n"


def seed(title: str) -> str:
    return f"{title}\n\n{LEAD}"


def messages(result: subprocess.CompletedProcess) -> str:
    return result.stdout + result.stderr


# 1. Links and special files are never read


@pytest.mark.parametrize("target", ["/etc/passwd", "outside", "folder"])
def test_a_symlinked_seed_is_refused_by_name_and_never_published(project, target):
    secret = project.root / "secret.txt"
    secret.write_text("TOKEN=ghp_leaked_secret\n\nmore secret text here.\n", encoding="utf-8")
    (project.root / "somefolder.txt").mkdir()
    link = project.seeds / "x.txt"
    link.symlink_to({"/etc/passwd": "/etc/passwd", "outside": str(secret), "folder": str(project.root / "somefolder.txt")}[target])
    project.add_seed("good.txt", seed("Good seed headline"))
    result = project.generate()
    assert result.returncode == 1
    assert "x.txt: error: is a symbolic link" in result.stderr and "(fix:" in result.stderr
    assert len(project.briefing_pages()) == 1
    everything = "".join(p.read_text(encoding="utf-8") for p in project.docs.rglob("*.md"))
    assert "root:" not in everything and "ghp_leaked_secret" not in everything


def test_a_fifo_seed_is_refused_without_hanging_the_build(project):
    os.mkfifo(project.seeds / "pipe.txt")
    project.add_seed("good.txt", seed("Good seed headline"))
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(project.seeds), "--docs",
                             str(project.docs), "--registry", str(project.registry)],
                            cwd=project.root, capture_output=True, text=True, env=_env(), timeout=60)
    assert result.returncode == 1
    assert "pipe.txt: error: is not a regular file" in result.stderr
    assert len(project.briefing_pages()) == 1


def test_the_seeds_folder_itself_may_be_a_link(project, tmp_path):
    real = tmp_path / "elsewhere"
    real.mkdir()
    (real / "a.txt").write_text(seed("Seed in a linked folder"), encoding="utf-8")
    project.seeds.rmdir()
    project.seeds.symlink_to(real)
    result = project.generate()
    assert result.returncode == 0, result.stderr
    assert len(project.briefing_pages()) == 1


def test_a_symlinked_registry_file_is_refused(tmp_path):
    registry = tmp_path / "registry"
    registry.mkdir()
    (tmp_path / "elsewhere.yml").write_text("- name: Someone Else\n", encoding="utf-8")
    (registry / "people.yml").symlink_to(tmp_path / "elsewhere.yml")
    with pytest.raises(Exception) as error:
        load_registry(registry)
    assert "is a symbolic link" in str(error.value)


# 2. File names are data everywhere they are shown


HOSTILE_NAME = "a\n\n<img src=x onerror=alert(1)>\x1b[31m.txt"


def test_a_hostile_file_name_is_shown_escaped_on_the_report_and_in_the_terminal(project):
    project.add_seed(HOSTILE_NAME, "")  # empty: an error that names the file
    project.add_seed("good.txt", seed("Good seed headline"))
    result = project.mkdocs_build(strict=False)
    assert result.returncode == 0, result.stderr
    report = BeautifulSoup((project.site / "build-report" / "index.html").read_text(encoding="utf-8"), "html.parser")
    article = report.find("article") or report
    assert not article.find_all("img"), "the file name became an element"
    assert "<img src=x onerror=alert(1)>" in article.get_text()
    cli = project.generate()
    assert "\x1b" not in messages(cli) and "a\\x0a\\x0a<img src=x onerror=alert(1)>\\x1b[31m.txt" in cli.stderr


def test_display_names_differ_whenever_the_names_differ():
    names = ["caf\udce9.txt", "caf\\xe9.txt", "caf\udc82.txt", "a\nb.txt", "a\\x0ab.txt", "\u202etxt.exe"]
    shown = [display_name(n) for n in names]
    assert len(set(shown)) == len(names)
    assert all(c.isprintable() for s in shown for c in s)


# 5. A YAML alias bomb is refused, and never stops the other seeds


BOMB = "---\n" + "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
    f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8)) + "date: *i\n---\n" + LEAD


def test_a_yaml_alias_bomb_is_an_error_for_its_seed_only(project):
    project.add_seed("bomb.md", BOMB)
    project.add_seed("good.txt", seed("Good seed headline"))
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(project.seeds), "--docs",
                             str(project.docs), "--registry", str(project.registry)], cwd=project.root,
                            capture_output=True, text=True, env=_env(), timeout=120)
    assert result.returncode == 1
    assert "bomb.md:2: error: front matter expands to too many values" in result.stderr
    assert len(project.briefing_pages()) == 1


def test_a_huge_front_matter_value_is_shortened_in_messages(project):
    project.add_seed("long.md", "---\ndate: [" + ", ".join(["x" * 50] * 2000) + "]\n---\n" + LEAD)
    result = project.generate()
    line = next(line for line in result.stderr.splitlines() if "long.md" in line and "date" in line and "[" in line)
    assert "is not a date" in line and len(line) < 400


# 6. Pages never silently replace each other


def test_reserved_addresses_and_clashing_names_keep_every_page(project):
    project.add_seed("a.md", "---\nslug: index\ntopics: [Index]\n---\n" + LEAD)
    project.add_seed(os.fsdecode(b"\xd6\xd0.txt"), seed("Same headline twice"))  # GBK names that are not UTF-8
    project.add_seed(os.fsdecode(b"\xce\xc4.txt"), seed("Same headline twice"))
    (project.registry / "topics.yml").write_text(
        (project.registry / "topics.yml").read_text(encoding="utf-8")
        + '\n- name: "Index"\n  aliases: []\n  keywords: ["index fund"]\n  broader: []\n  description: "x"\n',
        encoding="utf-8")
    result = project.mkdocs_build(strict=False)
    assert result.returncode == 0, result.stderr
    assert len(project.briefing_pages()) == 3
    index = (project.docs / "briefings" / "index.md").read_text(encoding="utf-8")
    assert index.count("](") >= 3, "the section index was replaced"
    topics = (project.docs / "topics" / "index.md").read_text(encoding="utf-8")
    assert "Topics" in topics and list((project.docs / "topics").glob("index-*.md"))


# 7. Characters XML cannot hold never reach the feed


def test_the_feed_stays_xml_with_hostile_characters(project):
    project.add_seed("a.md", "---\ntitle: \"Bad \\uFFFF headline \\uFFFE here\"\nauthor: \"Ann\\x01 Lee\"\n"
                     "date: 2025-05-01\n---\n" + LEAD)
    project.add_seed("b.txt", seed("Plain headline \ufffe with noncharacter"))
    people = project.registry / "people.yml"
    people.write_text(people.read_text(encoding="utf-8") + '\n- name: "Ctrl\\x01 Person"\n  aliases: []\n',
                      encoding="utf-8")
    result = project.mkdocs_build(strict=False)
    assert result.returncode == 0, result.stderr
    feed = (project.site / "feed.xml").read_bytes()
    ET.fromstring(feed)  # raises on any character XML cannot hold
    ET.fromstring((project.site / "sitemap.xml").read_bytes())
    pages = sorted(project.site.rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "\x01" not in text and "\uffff" not in text and "\ufffe" not in text, page


# 9. A byline needs a name's shape


def test_a_headline_starting_with_by_stays_the_headline(project):
    project.add_seed("a.txt", "By the numbers: China's rare earth exports\n\n" + LEAD)
    project.add_seed("b.txt", "Export rules tighten\n\nBy contrast with last year, exports rose 5% in May.\n\n" + LEAD)
    assert project.generate().returncode == 0
    pages = {p.name: p.read_text(encoding="utf-8") for p in project.briefing_pages()}
    first = next(t for n, t in pages.items() if "by-the-numbers" in n)
    assert not front_matter(first)["author"]
    second = next(t for n, t in pages.items() if "export-rules" in n)
    assert "By contrast with last year" in second and not front_matter(second)["author"]


# 10. Writing fails cleanly and leaves the site as it was


def _limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (2000, 2000))


def test_a_full_disk_is_one_line_and_leaves_the_site_as_it_was(project):
    project.add_seed("a.txt", seed("First headline"))
    assert project.generate().returncode == 0
    before = {p: p.read_bytes() for p in project.docs.rglob("*") if p.is_file()}
    project.add_seed("a.txt", seed("Changed headline") + ("More words for the page. " * 400) + "\n")
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(project.seeds), "--docs",
                             str(project.docs), "--registry", str(project.registry)], cwd=project.root,
                            capture_output=True, text=True, env=_env({"PYTHONDONTWRITEBYTECODE": "1"}),
                            preexec_fn=_limit_file_size)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "error: cannot be written" in result.stderr and "(fix:" in result.stderr
    after = {p: p.read_bytes() for p in project.docs.rglob("*") if p.is_file()}
    assert after == before


def test_an_unwritable_docs_folder_is_one_line(project):
    project.add_seed("a.txt", seed("First headline"))
    project.docs.joinpath("briefings").write_text("a file where a folder should be", encoding="utf-8")
    result = project.generate("--force")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cannot be written" in result.stderr


# 12. Quiet mistakes get a warning with a fix


def test_ambiguous_registry_aliases_are_warned(tmp_path):
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "rules.yml").write_bytes((ROOT / "registry" / "rules.yml").read_bytes())
    (registry / "people.yml").write_text('- name: "Ann Lee"\n  aliases: ["A", "the", "BO CHEN"]\n'
                                         '- name: "Bo Chen"\n  aliases: []\n', encoding="utf-8")
    _, warnings = load_registry(registry)
    text = "\n".join(str(w) for w in warnings)
    assert "'A' of 'Ann Lee' is a single letter" in text
    assert "'the' of 'Ann Lee' is a common word" in text
    assert "'BO CHEN' of 'Ann Lee' is also the name of person/bo-chen" in text
    assert all(w.fix for w in warnings)


def test_ignored_front_matter_and_far_future_dates_are_warned(project):
    project.add_seed("a.md", "---\nquotes: [\"x\"]\ndate: 9999-12-31\n---\nIn 2025 the rules changed.\n\n" + LEAD)
    result = project.generate()
    assert "a.md:2: warning: front matter 'quotes' is not read" in result.stderr
    assert "a.md:3: warning: front matter date 9999-12-31 is long after every year the article mentions" in result.stderr


# 13. One lock for the plugin's life


def test_the_plugin_keeps_one_lock_across_config_reloads():
    plugin = BriefingsPlugin()
    lock = plugin._lock

    class Config(dict):
        config_file_path = str(ROOT / "mkdocs.yml")
        docs_dir = str(ROOT / "docs")
        plugins: dict = {}

    plugin.load_config({})
    plugin.on_config(Config())
    plugin.on_config(Config())
    assert plugin._lock is lock
