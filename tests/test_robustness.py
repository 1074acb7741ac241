"""Bad input, clear errors: every kind of broken seed gets a defined outcome and a
message naming the file (and line) and the fix, and never stops the other
seeds; --strict makes warnings fail; the build reports what it did."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.read import MAX_SEED_BYTES

from .conftest import FIXTURES, ROOT, _env, copy_project
from .helpers import front_matter

BAD = FIXTURES / "bad"
GOOD = FIXTURES / "shapes" / "dateline_reuters.txt"

# seed -> (outcome, level, line, words in the message, words in the fix)
EXPECTED = {
    "empty.txt": ("skipped", "error", 1, "is empty", "paste the article text"),
    "whitespace.txt": ("skipped", "error", 1, "is empty", "paste the article text"),
    "binary.txt": ("skipped", "error", None, "binary file", "remove the file"),
    "broken-yaml.md": ("skipped", "error", 4, "not valid YAML", "correct the YAML"),
    "huge.txt": ("skipped", "error", None, "limited to 5 MB", "split the article"),
    "wrong-types.md": ("built", "warning", 3, "'next Tuesday' is not a date", "YYYY-MM-DD"),
    "boilerplate-only.txt": ("built", "warning", 1, "no article text", "check the seed is an article"),
    "duplicate-b.txt": ("built", "warning", None, "same headline and date as duplicate-a.txt", "delete one"),
}
DECODED = {
    "gb18030.txt": "美国商务部周二宣布放宽对华芯片出口管制",
    "big5.txt": "美國商務部週二宣布放寬對華晶片出口管制",
    "utf16-bom.txt": "Envoys agree to resume trade talks",
    "utf8-bom.txt": "Officials agree to resume trade talks",
    "crlf.txt": "Negotiators agree to resume trade talks",
    "old-mac.txt": "Diplomats agree to resume trade talks",
    "with space.txt": "Leaders agree to resume trade talks",
    "中文 名字.txt": "Envoys from Asia agree to resume trade talks",
    "-rf.txt": "Regulators agree to resume trade talks",
    "--help.txt": "Lawmakers agree to resume trade talks",
}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("bad") / "project", [*sorted(BAD.iterdir()), GOOD])
    with (project.seeds / "huge.txt").open("wb") as handle:
        handle.truncate(MAX_SEED_BYTES + 1)
    result = project.generate()
    return project, result


def briefings(project) -> dict[str, dict]:
    """seed name -> the front matter of its briefing page."""
    return {meta["seed"]: meta for meta in (front_matter(p.read_text(encoding="utf-8")) for p in project.briefing_pages())}


# Every bad seed has a defined outcome


def test_bad_seeds_never_stop_the_others(bad_build):
    project, result = bad_build
    built = briefings(project)
    assert "dateline_reuters.txt" in built
    for name, (outcome, *_rest) in EXPECTED.items():
        assert (name in built) == (outcome == "built"), name
    for name in DECODED:
        assert name in built, name


def test_errors_fail_the_build_but_pages_are_written(bad_build):
    project, result = bad_build
    assert result.returncode == 1
    assert project.briefing_pages()


@pytest.mark.parametrize("name", EXPECTED)
def test_message_names_the_file_the_line_and_the_fix(bad_build, name):
    _, result = bad_build
    outcome, level, line, message, fix = EXPECTED[name]
    where = f"{name}:{line}" if line else name
    lines = [entry for entry in result.stderr.splitlines()
             if entry.startswith(f"{where}: {level}:") and message in entry]
    assert lines, f"no {level} for {where} in:\n{result.stderr}"
    assert re.search(r"\(fix: .*" + re.escape(fix), lines[0])


@pytest.mark.parametrize("name", DECODED)
def test_encodings_line_endings_and_odd_names_are_read(bad_build, name):
    project, _ = bad_build
    meta = briefings(project)[name]
    page = next(p for p in project.briefing_pages() if front_matter(p.read_text(encoding="utf-8"))["seed"] == name)
    assert DECODED[name] in page.read_text(encoding="utf-8")
    assert re.fullmatch(r"[a-z0-9-]+\.md", page.name)
    assert "\r" not in page.read_text(encoding="utf-8")
    assert meta["title"]


def test_duplicates_get_distinct_stable_slugs(bad_build):
    project, _ = bad_build
    slugs = sorted(p.stem for p in project.briefing_pages() if "chip-talks-end-without-deal" in p.stem)
    assert slugs[0] == "2025-07-16-chip-talks-end-without-deal" and len(slugs) == 2
    assert re.fullmatch(r"2025-07-16-chip-talks-end-without-deal-[0-9a-f]{6}", slugs[1])


def test_front_matter_of_wrong_type_keeps_the_inferred_value(bad_build):
    project, _ = bad_build
    meta = briefings(project)["wrong-types.md"]
    assert meta["date"] == "2025-06-03"  # from the text, not "next Tuesday"
    assert meta["title"].startswith("Trade officials met")


def test_undated_seed_says_undated_and_warns(bad_build):
    project, result = bad_build
    assert briefings(project)["gb18030.txt"]["date"] == "undated"
    assert re.search(r"^gb18030\.txt: warning: has no date.*\(fix: add 'date: YYYY-MM-DD'", result.stderr, re.M)


def test_summary_line_counts_everything(bad_build):
    _, result = bad_build
    total = len(list(BAD.iterdir())) + 2  # the bad fixtures, huge.txt and one good seed
    skipped = sum(1 for o, *_ in EXPECTED.values() if o == "skipped")
    assert re.search(rf"^{total} seeds read, {total - skipped} built, {skipped} skipped; \d+ pages written, "
                     r"\d+ unchanged, \d+ removed; \d+ warnings, 5 errors$", result.stdout, re.M)


def test_build_report_page(bad_build):
    project, result = bad_build
    page = project.page("build-report/index.md")
    meta = front_matter(page)
    assert meta["search"] == {"exclude": True} and meta["title"] == "Build report"
    assert re.search(r"\| 20 \| 15 \| 5 \| \d+ \| 5 \|", page)
    for name, (_, level, line, *_rest) in EXPECTED.items():
        where = f"{name}:{line}" if line else name
        assert f"**{level}** · <code>{where}</code>" in page, where


def test_build_report_is_not_in_the_nav():
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    assert "/build-report/" in config["not_in_nav"]
    assert all("build-report" not in str(entry) for entry in config["nav"])


# --strict


def test_strict_fails_on_warnings_alone(tmp_path):
    project = copy_project(tmp_path / "project", [FIXTURES / "shapes" / "undated.txt", GOOD])
    relaxed = project.generate()
    assert relaxed.returncode == 0 and "1 warnings, 0 errors" in relaxed.stdout
    strict = project.generate("--strict")
    assert strict.returncode == 1 and "undated.txt: warning: has no date" in strict.stderr


def test_clean_seeds_pass_strict(tmp_path):
    project = copy_project(tmp_path / "project", [GOOD])
    assert project.generate("--strict").returncode == 0


# File names and folders


def test_seeds_folder_with_a_leading_dash(tmp_path):
    project = copy_project(tmp_path / "project", [GOOD])
    odd = project.root / "-rf seeds"
    shutil.move(project.seeds, odd)
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds=-rf seeds", "--docs", "docs",
                             "--registry", "registry"], cwd=project.root, capture_output=True, text=True, env=_env())
    assert result.returncode == 0, result.stderr
    assert "1 seeds read, 1 built" in result.stdout
    assert odd.is_dir() and (odd / GOOD.name).exists()


def test_file_name_that_is_not_utf8(tmp_path):
    project = copy_project(tmp_path / "project", [GOOD])
    (project.seeds / "caf\udce9.txt").write_bytes((FIXTURES / "shapes" / "dateline_dash.txt").read_bytes())
    result = project.generate()
    assert result.returncode == 0, result.stderr
    assert "2 seeds read, 2 built" in result.stdout


# A broken registry stops the build


@pytest.mark.parametrize("file, text, line, words", [
    ("people.yml", "- name: Wang Yi\n  role: minister\n", 1, "unknown key(s) role"),
    ("places.yml", "- name: Atlantis\n  kind: island\n", 1, "unknown kind 'island'"),
    ("topics.yml", "- name: Trade\n  keywords: [trade\n", 3, "invalid YAML"),
    ("rules.yml", "caption_max_words: many\n", None, "must be a positive whole number"),
])
def test_broken_registry_entry_stops_the_build_with_file_line_and_fix(tmp_path, file, text, line, words):
    project = copy_project(tmp_path / "project", [GOOD])
    assert project.generate().returncode == 0
    before = {p: p.read_bytes() for p in project.docs.rglob("*") if p.is_file()}
    path = project.registry / file
    path.write_text(path.read_text(encoding="utf-8") + "\n" + text if file != "rules.yml" else text, encoding="utf-8")
    result = project.generate()
    assert result.returncode == 2
    assert "The registry has errors; nothing was built" in result.stderr
    entry = next(l for l in result.stderr.splitlines() if words in l)
    assert str(path) in entry and "(fix: " in entry
    if line:
        offset = len(path.read_text(encoding="utf-8").splitlines()) - len(text.splitlines())
        assert f"{path}:{offset + line}:" in entry
    assert {p: p.read_bytes() for p in project.docs.rglob("*") if p.is_file()} == before


def test_build_report_page_is_built_but_not_in_nav_or_search(bad_build):
    project, _ = bad_build
    result = project.mkdocs_build(strict=False, env={"BRIEFINGS_PLUGIN": "false"})
    assert result.returncode == 0, result.stderr[-2000:]
    report = (project.site / "build-report" / "index.html").read_text(encoding="utf-8")
    assert "broken-yaml.md:4" in report
    # Pagefind indexes only pages whose article is marked data-pagefind-body (tests/test_search.py).
    assert "data-pagefind-body" not in report
    home = BeautifulSoup((project.site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert not [a for a in home.select("nav a[href]") if "build-report" in a["href"]]


def test_missing_seeds_folder_is_an_error_and_keeps_the_site(tmp_path):
    project = copy_project(tmp_path / "project", [GOOD])
    assert project.generate().returncode == 0
    before = {p: p.read_bytes() for p in project.docs.rglob("*") if p.is_file()}
    shutil.rmtree(project.seeds)
    result = project.generate()
    assert result.returncode == 1
    assert f"{project.seeds}: error: the seeds folder does not exist" in result.stderr and "fix: check --seeds" in result.stderr
    assert {p: p.read_bytes() for p in project.docs.rglob("*") if p.is_file()} == before
