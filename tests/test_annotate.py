"""GitHub workflow annotations: in GitHub Actions every problem is also a ``::error``/``::warning``
command naming the file (relative to the repository) and line; file names cannot break the format;
``--fail-on never`` publishes the good seeds whatever the bad ones hold."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from generator.annotate import command, commands, escape_data, escape_property
from generator.model import Diagnostic

from .conftest import FIXTURES, _env, copy_project

GOOD = FIXTURES / "shapes" / "dateline_reuters.txt"


def test_escaping_follows_githubs_rules():
    assert escape_data("50% off\r\nnext") == "50%25 off%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_a_seed_diagnostic_names_the_seed_relative_to_the_repository(tmp_path):
    line = command(Diagnostic("error", "x.txt", "is empty", line=3, fix="paste the text"), tmp_path / "seeds", tmp_path)
    assert line == "::error file=seeds/x.txt,line=3,title=Briefings error::x.txt:3: error: is empty (fix: paste the text)"


def test_a_registry_diagnostic_keeps_its_path_and_a_file_outside_the_repository_has_none(tmp_path):
    inside = command(Diagnostic("warning", str(tmp_path / "registry" / "rules.yml"), "unknown rule"), tmp_path / "seeds", tmp_path)
    assert inside.startswith("::warning file=registry/rules.yml,title=")
    outside = command(Diagnostic("warning", "/elsewhere/rules.yml", "unknown rule"), tmp_path / "seeds", tmp_path)
    assert outside.startswith("::warning title=Briefings warning::")


def test_a_hostile_file_name_stays_one_command(tmp_path):
    name = "a,line=1::evil%0A\n::error::x.txt"
    line = command(Diagnostic("error", name, "is empty", line=2), tmp_path / "seeds", tmp_path)
    assert "\n" not in line and "\r" not in line
    properties, message = re.fullmatch(r"::error (.*?)::(.*)", line).groups()
    assert properties.split(",") == ["file=seeds/a%2Cline=1%3A%3Aevil%250A%0A%3A%3Aerror%3A%3Ax.txt", "line=2",
                                     "title=Briefings error"]
    assert message.startswith("a,line=1::evil%250A%0A::error::x.txt:2: error")


def test_only_in_github_actions(tmp_path):
    diagnostic = [Diagnostic("warning", "x.txt", "has no date")]
    assert commands(diagnostic, tmp_path, {}) == []
    assert commands(diagnostic, tmp_path, {"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(tmp_path.parent)}) == [
        f"::warning file={tmp_path.name}/x.txt,title=Briefings warning::x.txt: warning: has no date"]


def _generate(project, *args, env=None):
    return subprocess.run([sys.executable, "-m", "generator", "build", "--quiet", *args], cwd=project.root,
                          capture_output=True, text=True, env=_env(env))


def test_cli_annotates_each_problem_and_publishes_the_good_seeds(tmp_path):
    project = copy_project(tmp_path / "project", [GOOD])
    project.add_seed("empty.txt", "")
    project.add_seed("undated.txt", "Talks resume\n\nOfficials met again to talk about chips and trade.\n")
    env = {"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(project.root)}
    result = _generate(project, "--fail-on", "never", env=env)
    assert result.returncode == 0, result.stderr
    assert "::error file=seeds/empty.txt,line=1,title=Briefings error::empty.txt:1: error: is empty" in result.stdout
    assert "::warning file=seeds/undated.txt,title=Briefings warning::undated.txt: warning: has no date" in result.stdout
    assert len(project.briefing_pages()) == 2
    assert "<code>empty.txt:1</code>" in project.page("build-report/index.md")
    # The gates: errors by default, warnings with --strict or --fail-on warnings.
    assert _generate(project, env=env).returncode == 1
    assert _generate(project, "--strict").returncode == 1
    project.seeds.joinpath("empty.txt").unlink()
    assert _generate(project).returncode == 0
    assert _generate(project, "--fail-on", "warnings").returncode == 1
    assert "::" not in _generate(project, env={"GITHUB_ACTIONS": ""}).stdout
