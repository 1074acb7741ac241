"""Incremental builds: after an edit, a build that re-renders only the pages whose inputs
changed gives exactly the bytes of a full build from an empty cache."""
from __future__ import annotations

import shutil

from generator.pipeline import build
from generator.kinds import GENERATED_DIRS

from .conftest import ROOT, copy_project, fixture_seeds
from .helpers import SECOND


def generated(docs) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes()
            for folder in GENERATED_DIRS for p in sorted((docs / folder).rglob("*")) if p.is_file()}


def full_build(project, tmp_path, name: str) -> dict[str, bytes]:
    """A fresh build of the same seeds into another docs folder, from an empty cache."""
    docs = tmp_path / name
    docs.mkdir()
    build(project.seeds, docs, project.registry, cache=tmp_path / f"{name}-cache", progress=False)
    return generated(docs)


def incremental(project) -> object:
    return build(project.seeds, project.docs, project.registry, progress=False)


def test_incremental_build_after_edits_equals_a_full_build(tmp_path):
    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)

    # An edit that adds a name and a quote: entity pages, related lists and co-occurrence change.
    seed = project.seeds / "second.txt"
    seed.write_text(SECOND + '\n"We will respond in kind," said Jensen Huang in Kuala Lumpur.\n', encoding="utf-8")
    report = incremental(project)
    assert report.analysed == 1
    assert "briefings/index.md" not in report.written  # same title and date: the index is unchanged
    assert generated(project.docs) == full_build(project, tmp_path, "full-1")

    # An edit that changes the headline and date: slugs, orders and links to the page move.
    seed.write_text(SECOND.replace("Chip curbs tighten again", "Chip curbs widen").replace("July 14", "July 19"),
                    encoding="utf-8")
    incremental(project)
    assert generated(project.docs) == full_build(project, tmp_path, "full-2")

    # A seed removed and one added.
    (project.seeds / "second.txt").unlink()
    shutil.copy2(project.seeds / "000_4c66626bd7c7efee.txt", project.seeds / "copy.txt")
    incremental(project)
    assert generated(project.docs) == full_build(project, tmp_path, "full-3")


def test_an_edit_re_renders_only_the_pages_it_changes(tmp_path, monkeypatch):
    from generator import render

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    incremental(project)
    edited = fixture_seeds()[0]
    (project.seeds / edited.name).write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence.\n",
                                             encoding="utf-8")
    rendered: list[str] = []
    real = render.Renderer.render
    monkeypatch.setattr(render.Renderer, "render", lambda self, page: rendered.append(page.path) or real(self, page))
    incremental(project)
    briefings = [path for path in rendered if path.startswith("briefings/") and path != "briefings/index.md"]
    # The edited briefing is rendered again, and at most the briefings that list it as related.
    assert any(path.startswith("briefings/") for path in briefings) and 1 <= len(briefings) <= 6, briefings
    # With no seed changed, only a page touched behind the build's back is rendered again.
    rendered.clear()
    index = project.docs / "briefings" / "index.md"
    index.write_bytes(index.read_bytes())  # same bytes, new time: the manifest no longer vouches for it
    incremental(project)
    assert rendered == ["briefings/index.md"]
