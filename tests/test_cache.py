"""The build cache: re-runs reuse earlier work, and never change what is built."""
from __future__ import annotations

import shutil

import pytest

from generator.cache import Cache
from generator.pipeline import build
from generator.render import GENERATED_DIRS

SECOND = """Chip curbs tighten again

WASHINGTON, July 14, 2025 (Reuters) - The Commerce Department said on Monday it would widen export controls on
advanced chips, a move Marco Rubio described as overdue.

"These rules close the gaps," said Jane Whitfield, a senior fellow at Harborview Capital.
"""


@pytest.fixture
def seeded(project, real_seed):
    shutil.copy2(real_seed, project.seeds / real_seed.name)
    project.add_seed("second.txt", SECOND)
    return project


def run(project, **options):
    return build(project.seeds, project.docs, project.registry, progress=False, **options)


def generated(project) -> dict[str, bytes]:
    return {p.relative_to(project.docs).as_posix(): p.read_bytes()
            for folder in GENERATED_DIRS for p in sorted((project.docs / folder).rglob("*")) if p.is_file()}


def clear_docs(project) -> None:
    for folder in GENERATED_DIRS:
        shutil.rmtree(project.docs / folder, ignore_errors=True)


def test_cache_hit_gives_the_same_pages_as_a_build_without_cache(seeded):
    first = run(seeded)
    assert first.analysed == 2
    pages = generated(seeded)
    clear_docs(seeded)
    second = run(seeded)
    assert second.analysed == 0  # every analysis came from the cache
    assert generated(seeded) == pages
    clear_docs(seeded)
    run(seeded, cache=False)
    assert generated(seeded) == pages


def test_nothing_changed_writes_nothing_and_reports_the_same(seeded):
    first = run(seeded)
    again = run(seeded)
    assert again.written == () and again.removed == ()
    assert again.unchanged == len(first.written)
    assert again.summary().split(";")[0] == first.summary().split(";")[0]
    assert [str(d) for d in again.diagnostics] == [str(d) for d in first.diagnostics]


def test_editing_one_seed_reanalyses_only_that_seed(seeded):
    run(seeded)
    seed = seeded.seeds / "second.txt"
    seed.write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    report = run(seeded)
    assert report.analysed == 1
    assert any(path.startswith("briefings/") for path in report.written)


def test_a_changed_generated_page_is_rewritten(seeded):
    run(seeded)
    page = next((seeded.docs / "briefings").glob("20*.md"))
    original = page.read_bytes()
    page.write_text("edited by hand\n", encoding="utf-8")
    report = run(seeded)
    assert page.read_bytes() == original
    assert page.relative_to(seeded.docs).as_posix() in report.written


def test_registry_change_invalidates_the_analyses(seeded):
    run(seeded)
    with open(seeded.registry / "people.yml", "a", encoding="utf-8") as handle:
        handle.write('\n- name: "Jane Whitfield"\n  description: "Senior fellow at Harborview Capital."\n')
    report = run(seeded)
    assert report.analysed == 2
    assert (seeded.docs / "people" / "jane-whitfield.md").exists()


def test_generator_version_change_invalidates_the_analyses(tmp_path):
    old = Cache(tmp_path, "registry", version="1")
    old.put("abc", ("article", "extraction"))
    assert old.get("abc") == ("article", "extraction")
    assert Cache(tmp_path, "registry", version="2").get("abc") is None
    assert Cache(tmp_path, "other registry", version="1").get("abc") is None


def test_corrupted_cache_files_are_ignored_and_replaced(seeded):
    first = run(seeded)
    pages = generated(seeded)
    cache = seeded.root / ".cache" / "briefings"
    damaged = list(cache.rglob("*.pickle"))
    assert damaged
    for path in damaged:
        path.write_bytes(b"\x80\x04not a pickle")
    clear_docs(seeded)
    report = run(seeded)
    assert report.analysed == 2 and not report.errors
    assert generated(seeded) == pages
    assert report.summary() == first.summary()
    assert run(seeded).analysed == 0  # the damaged files were replaced


def test_registry_errors_are_never_cached(seeded):
    from generator.registry import RegistryError

    run(seeded)
    people = seeded.registry / "people.yml"
    good = people.read_text(encoding="utf-8")
    people.write_text(good + "\n- name: [not, a, name]\n", encoding="utf-8")
    with pytest.raises(RegistryError):
        run(seeded)
    with pytest.raises(RegistryError):
        run(seeded)
    people.write_text(good, encoding="utf-8")
    assert not run(seeded).errors
