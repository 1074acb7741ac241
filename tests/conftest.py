"""Shared fixtures: a throw-away copy of the project, and real MkDocs builds of it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import FIXTURES, ROOT  # noqa: F401 (test modules import them from here too)

HAND_WRITTEN = ("docs/index.md", "docs/about.md")


class Project:
    """A copy of the project in a temporary folder: its own seeds, docs and site."""

    def __init__(self, root: Path):
        self.root = root
        self.seeds = root / "seeds"
        self.docs = root / "docs"
        self.site = root / "site"
        self.registry = root / "registry"

    def add_seed(self, name: str, content: str | bytes) -> Path:
        path = self.seeds / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    def generate(self, *args: str) -> subprocess.CompletedProcess:
        """Run the CLI: python -m generator build."""
        return subprocess.run(
            [sys.executable, "-m", "generator", "build", "--seeds", str(self.seeds), "--docs", str(self.docs),
             "--registry", str(self.registry), *args],
            cwd=self.root, capture_output=True, text=True, env=_env())

    def mkdocs_build(self, *args: str, strict: bool = True, env: dict | None = None) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(self.site)]
        if strict:
            command.append("--strict")
        result = subprocess.run(command + list(args), cwd=self.root, capture_output=True, text=True,
                                env=_env(env))
        return result

    def page(self, relative: str) -> str:
        return (self.docs / relative).read_text(encoding="utf-8")

    def briefing_pages(self) -> list[Path]:
        return sorted(p for p in (self.docs / "briefings").glob("*.md") if p.name != "index.md")


def _env(extra: dict | None = None) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("SITE_URL", None)
    env.update(extra or {})
    return env


def copy_project(destination: Path, seeds: list[Path] | None = None) -> Project:
    """Copy config, hand-written docs, overrides and registry; seeds are chosen by the test."""
    destination.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "mkdocs.yml", destination / "mkdocs.yml")
    for folder in ("overrides", "registry"):
        if (ROOT / folder).exists():
            shutil.copytree(ROOT / folder, destination / folder)
    docs = destination / "docs"
    docs.mkdir()
    for path in (ROOT / "docs").iterdir():
        # Only hand-written content: generated folders are made by the build.
        if path.is_file():
            shutil.copy2(path, docs / path.name)
        elif path.name in ("stylesheets", "javascripts", "assets"):
            shutil.copytree(path, docs / path.name)
    (destination / "seeds").mkdir()
    for seed in seeds or []:
        shutil.copy2(seed, destination / "seeds" / seed.name)
    return Project(destination)


def pytest_collection_modifyitems(config, items):
    """Lighthouse is opt-in (slow, and CI runs it once as its own step): only `-m lighthouse` runs it."""
    if "lighthouse" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="opt-in: run with `make lighthouse` (pytest -m lighthouse)")
    for item in items:
        if "lighthouse" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def _private_build_cache(tmp_path_factory):
    """Builds (in this process and in subprocesses) cache under a temporary folder, not ~/.cache."""
    os.environ["BRIEFINGS_CACHE_DIR"] = str(tmp_path_factory.mktemp("briefings-cache"))


@pytest.fixture
def project(tmp_path) -> Project:
    """An empty project: add seeds with ``project.add_seed``."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def real_seed() -> Path:
    return ROOT / "seeds" / "000_4c66626bd7c7efee.txt"


def fixture_seeds(folder: str = "seeds") -> list[Path]:
    return sorted((FIXTURES / folder).glob("*.*"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Project:
    """The real seed plus the fixture seeds, built once with MkDocs --strict for the whole session."""
    project = copy_project(tmp_path_factory.mktemp("site") / "project",
                           [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    result = project.mkdocs_build()
    assert result.returncode == 0, result.stderr
    return project
