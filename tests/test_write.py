"""Write: pages reach docs/ atomically and only when their bytes change; two runs
give the same bytes; stale pages go; hand-written pages are never touched; a
build killed part-way leaves the previous pages intact."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import write as write_stage
from generator.kinds import GENERATED_DIRS
from generator.write import atomic_write, write_pages

from .conftest import FIXTURES, HAND_WRITTEN, ROOT, _env, copy_project

SHAPES = sorted((FIXTURES / "shapes").glob("*.*"))


def snapshot(docs: Path) -> dict[str, bytes]:
    """Every file under the generated folders, by path relative to docs."""
    files = {}
    for folder in GENERATED_DIRS:
        for path in (docs / folder).rglob("*"):
            if path.is_file():
                files[path.relative_to(docs).as_posix()] = path.read_bytes()
    return files


def stats(docs: Path) -> dict[str, tuple[int, int]]:
    return {name: ((docs / name).stat().st_ino, (docs / name).stat().st_mtime_ns) for name in snapshot(docs)}


@pytest.fixture
def shapes_project(tmp_path):
    project = copy_project(tmp_path / "project", [*SHAPES, ROOT / "seeds" / "000_4c66626bd7c7efee.txt"])
    result = project.generate()
    assert result.returncode == 0, result.stderr
    return project


# Determinism and incremental writes


def test_two_runs_give_identical_bytes(shapes_project, tmp_path):
    again = copy_project(tmp_path / "again", sorted(shapes_project.seeds.iterdir()))
    assert again.generate().returncode == 0
    first, second = snapshot(shapes_project.docs), snapshot(again.docs)
    assert first == second
    assert len([n for n in first if n.startswith("briefings/") and n != "briefings/index.md"]) == len(SHAPES) + 1


def test_second_run_writes_nothing(shapes_project):
    before = stats(shapes_project.docs)
    result = shapes_project.generate()
    assert result.returncode == 0
    assert "0 pages written" in result.stdout and "0 removed" in result.stdout
    assert "wrote" not in result.stdout
    assert stats(shapes_project.docs) == before


def test_editing_one_seed_rewrites_only_the_pages_it_changes(shapes_project):
    docs = shapes_project.docs
    before, before_stats = snapshot(docs), stats(docs)
    seed = shapes_project.seeds / "by_author.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA new closing sentence was added.\n", encoding="utf-8")
    result = shapes_project.generate()
    assert result.returncode == 0, result.stderr
    after, after_stats = snapshot(docs), stats(docs)
    changed = {name for name in after if before.get(name) != after[name]}
    assert any(name.startswith("briefings/") and "senate-panel" in name for name in changed)
    for name in after:
        if name not in changed:
            assert after_stats[name] == before_stats[name], f"{name} was touched though its bytes did not change"
    written = {line.split()[1] for line in result.stdout.splitlines() if line.startswith("wrote")}
    assert {Path(p).relative_to(docs).as_posix() for p in written} == changed


def test_removed_seed_removes_its_page_but_never_a_file_it_did_not_write(shapes_project):
    docs = shapes_project.docs
    page = next(docs.glob("briefings/*senate-panel*.md"))
    stray = docs / "briefings" / "left-over.md"
    stray.write_text("old", encoding="utf-8")
    (shapes_project.seeds / "by_author.txt").unlink()
    result = shapes_project.generate()
    assert result.returncode == 0
    assert not page.exists() and stray.read_text(encoding="utf-8") == "old"
    removed = {Path(line.split()[1]) for line in result.stdout.splitlines() if line.startswith("removed")}
    assert page in removed and stray not in removed
    assert "docs/briefings/left-over.md: warning: is in a generated folder but was not written" in result.stderr


def test_generated_folders_holding_unknown_files_are_refused_unless_forced(tmp_path, real_seed):
    project = copy_project(tmp_path / "p", [real_seed])
    mine = project.docs / "people" / "my-notes.md"
    mine.parent.mkdir(parents=True)
    mine.write_text("mine", encoding="utf-8")
    result = project.generate()
    assert result.returncode == 1 and "people/my-notes.md" in result.stderr and "--force" in result.stderr
    assert not (project.docs / "briefings").exists() and mine.read_text(encoding="utf-8") == "mine"
    forced = project.generate("--force")
    assert forced.returncode == 0, forced.stderr
    assert not mine.exists() and project.briefing_pages()


def test_hand_written_pages_are_never_touched(shapes_project):
    root = shapes_project.root
    before = {name: ((root / name).read_bytes(), (root / name).stat().st_mtime_ns) for name in HAND_WRITTEN}
    shapes_project.add_seed("new.txt", "A new seed\n\nOfficials met on July 1, 2025 to talk about trade.\n")
    for seed in list(shapes_project.seeds.iterdir())[:3]:
        seed.unlink()
    assert shapes_project.generate().returncode == 0
    assert {name: ((root / name).read_bytes(), (root / name).stat().st_mtime_ns) for name in HAND_WRITTEN} == before


def test_generated_folders_are_exactly_the_rendered_ones(shapes_project):
    top = {p.name for p in shapes_project.docs.iterdir() if p.is_dir()}
    assert top - {"stylesheets", "javascripts", "assets"} <= set(GENERATED_DIRS)


# Atomic writes


def test_atomic_write_failure_keeps_the_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "page.md"
    target.write_bytes(b"old page")

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr(write_stage.os, "replace", crash)
    with pytest.raises(OSError):
        atomic_write(target, b"new page")
    assert target.read_bytes() == b"old page"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_temp_files_are_hidden_from_mkdocs(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(source, destination):
        seen.append(Path(source).name)
        real_replace(source, destination)

    monkeypatch.setattr(write_stage.os, "replace", spy)
    atomic_write(tmp_path / "briefings" / "page.md", b"x")
    assert seen and seen[0].startswith(".") and not seen[0].endswith(".md")


def test_leftover_temp_files_are_removed_by_the_next_build(tmp_path):
    docs = tmp_path / "docs"
    (docs / "briefings").mkdir(parents=True)
    (docs / "briefings" / ".a.md.x1y2.tmp").write_bytes(b"half a pa")
    write_pages(docs, {"briefings/a.md": "page\n"}, ("briefings",))
    assert sorted(p.name for p in (docs / "briefings").iterdir()) == ["a.md"]


@pytest.mark.parametrize("relative", ["../escape.md", "/etc/passwd", "briefings/../../escape.md", "a\x00b.md"])
def test_pages_can_never_be_written_outside_docs(tmp_path, relative):
    with pytest.raises(ValueError):
        write_pages(tmp_path / "docs", {relative: "x"}, ())
    assert not (tmp_path / "escape.md").exists()


# Killed part-way


def _corpus(seeds: Path, count: int, version: int) -> None:
    texts = [p.read_text(encoding="utf-8").split("\n\n", 1)[1] for p in SHAPES if p.suffix == ".txt"]
    for i in range(count):
        (seeds / f"s{i:04d}.txt").write_text(
            f"Briefing {i} on trade\n\nItem {i}: officials commented on case {i} "
            f"in edition {version}.\n\n{texts[i % len(texts)]}", encoding="utf-8")


def _mtime(entry: os.DirEntry) -> int:
    try:
        return entry.stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def test_killed_build_leaves_previous_pages_intact_and_next_run_completes(tmp_path):
    project = copy_project(tmp_path / "project")
    _corpus(project.seeds, 1500, 1)
    first = project.generate("-q")
    assert first.returncode == 0, first.stderr[-2000:]
    old = snapshot(project.docs)

    # Every briefing page (same names, new text) changes in the next build: kill it once it
    # has started replacing them.
    _corpus(project.seeds, 1500, 2)
    command = [sys.executable, "-m", "generator", "build", "--seeds", str(project.seeds), "--docs", str(project.docs),
               "--registry", str(project.registry), "-q"]
    process = subprocess.Popen(command, cwd=project.root, env=_env(), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    briefings = project.docs / "briefings"
    start = max(p.stat().st_mtime_ns for p in briefings.iterdir())
    deadline = time.monotonic() + 120
    killed_part_way = False
    while time.monotonic() < deadline and process.poll() is None:
        # A page renamed into place (temp files are hidden) means writing is under way.
        if any(not entry.name.startswith(".") and _mtime(entry) > start for entry in os.scandir(briefings)):
            process.send_signal(signal.SIGKILL)
            killed_part_way = True
            break
        time.sleep(0.002)
    process.wait()
    assert killed_part_way, "the build finished before it could be killed"

    during = snapshot(project.docs)
    pages = {name for name in during if not Path(name).name.startswith(".")}
    hidden = set(during) - pages
    assert all(Path(name).name.endswith(".tmp") for name in hidden), hidden

    # The next run completes the job; it is what a clean build gives (see the determinism test).
    last = project.generate("-q")
    assert last.returncode == 0, last.stderr[-2000:]
    new = snapshot(project.docs)
    assert not any(Path(name).name.startswith(".") for name in new)
    assert any(during[name] == new.get(name) != old.get(name) for name in pages), "nothing was written before the kill"
    assert any(during[name] == old.get(name) != new.get(name) for name in pages), "the kill came after the last write"
    for name in pages:
        # Each page is whole: the old one, or the new one. A page that is neither would be
        # half-written, or the old one of a page the new build removes.
        assert during[name] in (old.get(name), new.get(name)), f"{name} is neither the old nor the new page"


def test_folders_left_empty_are_removed_and_pages_found_below_any_docs_path(tmp_path):
    """A folder emptied of stale pages goes, and so does an empty one found in a generated folder
    (the walk removing them runs only then); pages are found by their path below ``docs`` however
    ``docs`` is spelled."""
    docs = tmp_path / "site" / ".." / "docs"
    (tmp_path / "site").mkdir()
    write_pages(docs, {"people/a.md": "a", "people/deep/b.md": "b", "topics/c.md": "c"}, ("people", "topics"))
    (docs / "topics" / "empty" / "emptier").mkdir(parents=True)
    result = write_pages(docs, {"people/a.md": "a", "topics/c.md": "c"}, ("people", "topics"))
    assert result.removed == ("people/deep/b.md",)
    assert not (docs / "people" / "deep").exists() and not (docs / "topics" / "empty").exists()
    assert sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")) == ["people/a.md", "topics/c.md"]
    write_pages(docs, {"people/a.md": "a", "topics/c.md": "c"}, ("people", "topics"))
    (docs / "topics" / "empty").mkdir()
    write_pages(docs, {"people/a.md": "a", "topics/c.md": "c"}, ("people", "topics"))
    assert not (docs / "topics" / "empty").exists()


def test_a_page_as_last_written_is_known_by_its_size_and_time_else_by_its_hash(tmp_path, monkeypatch):
    """``PageWriter.previous`` (a JSON export's lines reused): a page of the size and time the last
    write left is read back without hashing its bytes (as ``keep`` trusts it); one touched since is
    checked by its hash, and one whose bytes changed is not reused."""
    docs = tmp_path / "docs"
    docs.mkdir()
    writer = write_stage.PageWriter(docs, GENERATED_DIRS)
    writer.put("data/briefings.json", b"[\n{\"a\":1},\n{\"b\":2}\n]\n")
    state = writer.finish().state
    path = docs / "data" / "briefings.json"
    real = write_stage.hashlib.sha256
    hashed: list[int] = []
    monkeypatch.setattr(write_stage.hashlib, "sha256", lambda data=b"": hashed.append(len(data)) or real(data))

    again = write_stage.PageWriter(docs, GENERATED_DIRS, known=state)
    assert again.previous("data/briefings.json", encoded=True) == path.read_bytes() and hashed == []
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # touched: the same bytes
    assert again.previous("data/briefings.json", encoded=True) == path.read_bytes() and hashed
    path.write_bytes(b"[\n{\"a\":3},\n{\"b\":2}\n]\n")  # the same size, other bytes
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    assert again.previous("data/briefings.json", encoded=True) is None
