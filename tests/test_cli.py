"""The command line, as a newcomer meets it: every command says what it does, its
options, its exit codes and an example, under the name it was called by."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, _env

BRIEFINGS = Path(sys.executable).with_name("briefings")


def run(*args: str, script: bool = False) -> subprocess.CompletedProcess:
    command = [str(BRIEFINGS)] if script else [sys.executable, "-m", "generator"]
    return subprocess.run([*command, *args], capture_output=True, text=True, env=_env())


@pytest.mark.parametrize("script, name", [(False, "python -m generator"), (True, "briefings")])
def test_help_is_under_the_name_it_was_called_by(script, name):
    if script and not BRIEFINGS.exists():
        pytest.skip("the briefings script is not installed in this environment")
    result = run("--help", script=script)
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: {name} ")
    assert "``" not in result.stdout
    for command in ("build", "add", "entities"):
        assert command in result.stdout
    assert f"Run '{name} COMMAND --help'" in result.stdout


@pytest.mark.parametrize("command", ["build", "add", "entities"])
def test_every_command_has_a_purpose_options_exit_codes_and_an_example(command):
    result = run(command, "--help")
    assert result.returncode == 0
    text = result.stdout
    assert text.startswith(f"usage: python -m generator {command} ")
    purpose = text.split("\n\n")[1]
    assert purpose.endswith(".") and len(purpose.splitlines()) == 1
    assert "options:" in text and "--seeds DIR" in text and "--registry DIR" in text
    assert "exit codes:\n  0  " in text
    assert f"examples:\n  python -m generator {command}" in text or f"| python -m generator {command}" in text
    assert "``" not in text


def test_add_shows_the_three_ways_to_add():
    text = run("add", "--help").stdout
    assert "add https://" in text and "add ~/Downloads/story.html" in text and "add -" in text


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "python -m generator 0.1.0"


def test_a_wrong_command_is_a_usage_error():
    result = run("publish")
    assert result.returncode == 2
    assert "invalid choice: 'publish'" in result.stderr


def test_add_without_a_source_is_a_usage_error():
    result = run("add")
    assert result.returncode == 2
    assert "URL|FILE|-" in result.stderr


def test_a_broken_registry_stops_add_with_exit_2(tmp_path):
    registry = tmp_path / "registry"
    registry.mkdir()
    (registry / "people.yml").write_text("- name: [unclosed\n")
    result = subprocess.run([sys.executable, "-m", "generator", "add", "-", "--seeds", str(tmp_path),
                             "--registry", str(registry)], input="Text\n", capture_output=True, text=True, env=_env())
    assert result.returncode == 2
    assert "registry has errors" in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["registry"]


# What a build imports: an edit's re-run pays for every module it imports, so the build leaves out what only
# another command (add's fetcher, --version's package metadata) or another seed format (web pages) needs.

_IMPORTED = """
import sys
from generator.cli import main
status = main(sys.argv[1:])
print(" ".join(sorted(sys.modules)))
"""


def test_a_build_of_text_seeds_imports_neither_the_fetcher_nor_the_html_reader(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "talks.txt").write_text("Officials meet in Geneva\n\nGENEVA, July 14 (Reuters) - Officials met on "
                                     "Monday to discuss trade, Anna Whitfield said.\n", encoding="utf-8")
    command = [sys.executable, "-c", _IMPORTED, "build", "--seeds", str(seeds), "--docs", str(tmp_path / "docs"),
               "--registry", str(ROOT / "registry"), "--quiet"]
    env = _env({"BRIEFINGS_CACHE_DIR": str(tmp_path / "cache")})
    for _ in range(2):  # cold, then with the cache
        result = subprocess.run(command, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        modules = set(result.stdout.splitlines()[-1].split())
        assert "generator.pipeline" in modules
        for unneeded in ("generator.add", "generator.read_html", "lxml", "html", "importlib.metadata", "urllib3"):
            assert unneeded not in modules, unneeded


def test_version_is_the_installed_packages():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("python -m generator ") and result.stdout.strip() != "python -m generator"
