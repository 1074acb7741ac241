"""The build cache: re-runs reuse earlier work, and never change what is built."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cache import Cache, default_folder
from generator.pipeline import Outcome, _key, build
from generator.model import Diagnostic
from generator.kinds import GENERATED_DIRS

from .helpers import SECOND


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


def test_an_edit_reads_the_summaries_and_no_other_seeds_analysis(seeded, monkeypatch):
    run(seeded)
    pages = generated(seeded)
    read: list[str] = []
    original = Cache.get
    monkeypatch.setattr(Cache, "get", lambda self, key, hint: (hint is not Outcome or read.append(key))
                        and original(self, key, hint))
    seed = seeded.seeds / "second.txt"
    seed.write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    report = run(seeded)
    # The other seed: its summary only; the edited one: looked up (a miss), analysed, read back for its page.
    edited_key = _key("second.txt", hashlib.sha256(seed.read_bytes()).hexdigest())
    assert report.analysed == 1 and set(read) == {edited_key}
    # Every page stays as a build from nothing makes it, the other briefing's (from its whole analysis) too.
    edited = generated(seeded)
    clear_docs(seeded)
    run(seeded, cache=False)
    assert generated(seeded) == edited != pages
    # A page whose inputs changed reads its whole analysis back from the cache (not the seed).
    clear_docs(seeded)
    read.clear()
    report = run(seeded)
    assert report.analysed == 0 and len(read) == len(set(read)) == 2 and generated(seeded) == edited


def test_a_rebuild_in_the_same_process_decodes_only_the_summaries_it_has_not_seen(seeded, monkeypatch):
    """``mkdocs serve`` rebuilds in one process: a summary's head line read again is the summary
    decoded then; a line written since (the edited seed's) is decoded, and the pages are the same."""
    from generator import summary

    decoded: list[str] = []
    original = summary.Decoder.head
    monkeypatch.setattr(summary.Decoder, "head", lambda self, text, *rest: decoded.append(text)
                        or original(self, text, *rest))
    seed = seeded.seeds / "second.txt"
    run(seeded)
    seed.write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    run(seeded)
    decoded.clear()
    seed.write_text(SECOND + "\nThe ministry said it would respond at once.\n", encoding="utf-8")
    run(seeded)
    assert len(decoded) == 1  # the summary the last build wrote; the real seed's is the one held
    edited = generated(seeded)
    clear_docs(seeded)
    run(seeded, cache=False)
    assert generated(seeded) == edited


def test_a_rebuild_in_the_same_process_decodes_none_of_the_files_the_last_build_wrote(seeded, monkeypatch):
    """``mkdocs serve`` rebuilds in one process: the manifest, stamps, seed index and archive dates it finds
    as it wrote them are the values it wrote, not decoded again; the pages are a clean build's."""
    from generator import cache as cache_module
    from generator.cache import CachedArchive, CachedStamps, Manifest, SeedIndex

    own = (Manifest, CachedStamps, SeedIndex, CachedArchive)
    decoded: list = []
    original = cache_module.CODEC.loads
    monkeypatch.setattr(cache_module.CODEC, "loads", lambda data, hint: decoded.append(hint) or original(data, hint))
    seed = seeded.seeds / "second.txt"
    run(seeded)
    seed.write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    decoded.clear()
    run(seeded)
    assert not [hint for hint in decoded if hint in own]
    edited = generated(seeded)
    clear_docs(seeded)
    run(seeded, cache=False)
    assert generated(seeded) == edited


def test_a_file_another_process_wrote_is_decoded_again(seeded, monkeypatch):
    """A build file replaced since (another build, a restore) is another file: read from its bytes."""
    from generator import cache as cache_module
    from generator.cache import CachedStamps, Manifest

    run(seeded)
    (seeded.seeds / "second.txt").write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    folder = default_folder(seeded.seeds, seeded.docs)
    for name in ("manifest.json", "stamps.json"):
        data = (folder / name).read_bytes()
        (folder / name).unlink()
        (folder / name).write_bytes(data)
    decoded: list = []
    original = cache_module.CODEC.loads
    monkeypatch.setattr(cache_module.CODEC, "loads", lambda data, hint: decoded.append(hint) or original(data, hint))
    again = run(seeded)
    assert Manifest in decoded and CachedStamps in decoded
    edited = generated(seeded)
    clear_docs(seeded)
    run(seeded, cache=False)
    assert again.analysed == 1 and generated(seeded) == edited


def read_back(project) -> dict:
    """The summaries the cache holds, decoded whole."""
    from generator.registry import load_registry

    store, _ = Cache.open(cache_folder(project))
    store.use(load_registry(project.registry)[0].digest)
    return store.summaries()


def rows_files(project) -> list[str]:
    return sorted(p.name for p in cache_folder(project).glob("summaries-*.jsonl"))


def test_the_summaries_are_the_same_whether_copied_in_the_kernel_or_not(seeded, monkeypatch):
    """An edit's re-run copies the kept summaries' heads with ``os.copy_file_range`` where it can;
    where the kernel or file system cannot, it reads and writes them: the same summaries either way."""
    import errno

    import generator.cache as cache_module

    run(seeded)
    seed = seeded.seeds / "second.txt"
    seed.write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    run(seeded)
    copied = read_back(seeded)
    heads = (cache_folder(seeded) / "summaries.json").read_bytes()

    calls = []

    def unsupported(*args):
        calls.append(args)
        raise OSError(errno.ENOSYS, "not supported")

    seed.write_text(SECOND, encoding="utf-8")
    run(seeded)
    monkeypatch.setattr(cache_module, "_COPY_RANGE", unsupported)
    seed.write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    run(seeded)
    assert calls and read_back(seeded) == copied and len(copied) == 2
    # The same heads but for where the edited summary's rows are (appended again, further on).
    again = (cache_folder(seeded) / "summaries.json").read_bytes()
    assert len(again) == len(heads) and again != heads


def test_an_edit_appends_its_rows_and_a_clean_build_makes_the_same_pages(seeded, monkeypatch):
    """An edit's re-run appends the edited summary's rows to the rows' file and writes the heads
    again; once that file is mostly dead rows it is written anew (one file left). After any of these
    the pages are a clean build's, and the summaries read back are those of the seeds as they are."""
    import generator.cache as cache_module

    run(seeded)
    [first] = rows_files(seeded)
    size = (cache_folder(seeded) / first).stat().st_size
    seed = seeded.seeds / "second.txt"
    texts = [SECOND + "\nThe ministry said it would respond.\n", SECOND,
             SECOND + "\nOfficials in Beijing said the talks would continue.\n"]
    for text in texts:
        seed.write_text(text, encoding="utf-8")
        run(seeded)
        assert rows_files(seeded) == [first]  # appended to, not written anew
        edited = generated(seeded)
        clear_docs(seeded)
        run(seeded, cache=False)
        assert generated(seeded) == edited
    grown = (cache_folder(seeded) / first).stat().st_size
    assert grown > size
    monkeypatch.setattr(cache_module, "_to_compact", lambda size, live: True)
    seed.write_text(SECOND, encoding="utf-8")
    run(seeded)
    [second] = rows_files(seeded)
    assert second != first and (cache_folder(seeded) / second).stat().st_size == size
    clean = read_back(seeded)
    assert len(clean) == 2
    edited = generated(seeded)
    clear_docs(seeded)
    run(seeded, cache=False)
    assert generated(seeded) == edited


@pytest.mark.parametrize("damage", ["truncated", "missing", "garbled", "misplaced"])
def test_damaged_or_lost_rows_give_a_clean_builds_pages(seeded, damage):
    """Rows cut short, lost or garbled: those summaries' extractions are made from their analyses
    (or the summaries are a miss): the pages are a clean build's."""
    run(seeded)
    pages = generated(seeded)
    [rows] = rows_files(seeded)
    path = cache_folder(seeded) / rows
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[:len(data) // 3])
    elif damage == "missing":
        path.unlink()
    elif damage == "garbled":
        path.write_bytes(data.replace(b'"', b"'"))
    else:  # the heads say the rows are past the end of the file, or too long to read
        heads = cache_folder(seeded) / "summaries.json"
        lines = heads.read_bytes().split(b"\n")
        lines[1] = lines[1][:69] + b"%12d,%10d" % (len(data) + 5, 9_999_999_999) + lines[1][92:]
        lines[2] = lines[2][:69] + b"%12d,%10d" % (0, 2) + lines[2][92:]
        heads.write_bytes(b"\n".join(lines))
    seed = seeded.seeds / "second.txt"
    seed.write_text(SECOND + "\nThe ministry said it would respond.\n", encoding="utf-8")
    report = run(seeded)
    assert report.analysed == 1 and not report.errors
    edited = generated(seeded)
    assert edited != pages
    clear_docs(seeded)
    run(seeded, cache=False)
    assert generated(seeded) == edited
    seed.write_text(SECOND, encoding="utf-8")
    run(seeded)
    assert generated(seeded) == pages
    # Rows cut short or lost are written again; garbled ones within the file are kept as they are
    # (as a damaged summary line was): their extraction is made from the analysis each time.
    assert len(read_back(seeded)) == (1 if damage == "garbled" else 2)


def test_a_lost_analysis_is_made_again_whatever_its_summary_says(seeded):
    run(seeded)
    pages = generated(seeded)
    for path in (cache_folder(seeded) / "analyses").rglob("*.json"):
        path.unlink()
    clear_docs(seeded)
    report = run(seeded)
    assert report.analysed == 2 and generated(seeded) == pages


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


def test_a_rebuild_in_the_same_process_reuses_the_registry_until_a_file_of_it_changes(seeded, monkeypatch):
    # mkdocs serve rebuilds in one process: what the rules make of the registry once (its lexicon)
    # is kept with the object, so the same registry must come back as the same object.
    from generator import pipeline
    seen = []
    real = pipeline.link_stage.link
    monkeypatch.setattr(pipeline.link_stage, "link", lambda analysed, registry, *rest: (
        seen.append(registry), real(analysed, registry, *rest))[1])
    run(seeded)
    for edit in ("An edit.", "Another edit."):
        (seeded.seeds / "second.txt").write_text(f"{SECOND}\n{edit}\n", encoding="utf-8")
        run(seeded)
    assert seen[0] is seen[1] is seen[2]
    with open(seeded.registry / "people.yml", "a", encoding="utf-8") as handle:
        handle.write('\n- name: "Jane Whitfield"\n  description: "Senior fellow at Harborview Capital."\n')
    run(seeded)
    assert seen[3] is not seen[2] and "person/jane-whitfield" in seen[3].entities


def test_generator_version_change_invalidates_the_analyses(tmp_path):
    def store(code: str, registry: str) -> Cache:
        cache, problems = Cache.open(tmp_path)
        assert not problems
        cache.code = code
        cache.use(registry)
        return cache

    outcome = Diagnostic("error", "a.txt", "is empty")
    store("1", "registry").put("abc", outcome)
    assert store("1", "registry").get("abc", Outcome) == outcome
    assert store("2", "registry").get("abc", Outcome) is None
    assert store("1", "other registry").get("abc", Outcome) is None


def cache_folder(project) -> Path:
    return default_folder(project.seeds, project.docs)


def cache_warnings(report, folder: Path) -> list:
    return [d for d in report.diagnostics if d.file == str(folder)]


def test_the_cache_is_json_in_the_users_cache_directory_never_in_the_project(seeded):
    run(seeded)
    folder = cache_folder(seeded)
    assert folder.parent == Path(os.environ["BRIEFINGS_CACHE_DIR"])
    files = [p for p in folder.rglob("*") if p.is_file()]
    # JSON, and the summaries' rows as JSON Lines.
    assert files and all(p.suffix == ".json" or p.name == "CACHEDIR.TAG" for p in files
                         if not p.name.startswith("summaries-"))
    [rows] = [p for p in files if p.name.startswith("summaries-")]
    assert rows.suffix == ".jsonl" and all(type(json.loads(line)) is list for line in rows.read_text().splitlines())
    heads = json.loads((folder / "summaries.json").read_bytes())
    assert len(heads) == 2 + 2 and all(type(h) is list and len(h) == 4 for h in heads[2:])
    assert not (seeded.root / ".cache").exists() and not (seeded.seeds.parent / ".cache").exists()


def test_the_default_cache_folder_follows_xdg_and_is_one_per_project(tmp_path, monkeypatch):
    monkeypatch.delenv("BRIEFINGS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    one = default_folder(tmp_path / "a" / "seeds", tmp_path / "a" / "docs")
    assert one.parent == tmp_path / "xdg" / "briefings"
    assert one != default_folder(tmp_path / "b" / "seeds", tmp_path / "a" / "docs")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/path")  # ignored, as the XDG spec says
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_folder(tmp_path, tmp_path).parent == tmp_path / "home" / ".cache" / "briefings"


def test_seeds_outside_the_project_leave_no_cache_beside_them(tmp_path, real_seed):
    seeds = tmp_path / "outside" / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy2(real_seed, seeds / real_seed.name)
    docs = tmp_path / "docs"
    docs.mkdir()
    report = build(seeds, docs, Path(__file__).resolve().parents[1] / "registry", progress=False)
    assert report.built == 1
    assert sorted(p.name for p in (tmp_path / "outside").iterdir()) == ["seeds"]
    assert not (tmp_path / ".cache").exists()


def test_damaged_cache_files_are_a_warning_and_are_replaced(seeded):
    first = run(seeded)
    pages = generated(seeded)
    folder = cache_folder(seeded)
    damaged = list(folder.rglob("*.json"))
    assert len(damaged) >= 5  # registry, 2 analyses, seed index, link memo, manifest
    for path in damaged:
        path.write_bytes(b'{"truncated": ')
    clear_docs(seeded)
    report = run(seeded)
    assert report.analysed == 2 and not report.errors
    assert generated(seeded) == pages  # the build report page does not show the cache's troubles
    [warning] = cache_warnings(report, folder)
    assert warning.level == "warning" and "not valid JSON" in warning.message and warning.fix
    assert len(report.warnings) == len(first.warnings) + 1
    again = run(seeded)
    assert again.analysed == 0 and not cache_warnings(again, folder)  # the damaged files were replaced


def test_cache_files_of_another_shape_are_a_silent_miss(seeded):
    run(seeded)
    folder = cache_folder(seeded)
    # The analyses, and their summaries (which a re-run reads instead of them).
    for path in [*(folder / "analyses").rglob("*.json"), folder / "summaries.json"]:
        path.write_text('{"@": "Diagnostic", "level": "error"}', encoding="utf-8")
    seeded.add_seed("third.txt", SECOND.replace("Chip curbs", "Chip rules"))
    report = run(seeded)
    assert report.analysed == 3 and not cache_warnings(report, folder)


class Planted:
    """A pickle that, if ever unpickled, leaves a file behind."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (Path.write_text, (self.marker, "pwned"))


def test_a_planted_pickle_is_never_loaded(seeded, tmp_path):
    run(seeded)
    folder = cache_folder(seeded)
    marker = tmp_path / "pwned"
    payload = pickle.dumps(Planted(marker))
    targets = list(folder.rglob("*.json"))
    for path in targets:
        path.write_bytes(payload)
        path.with_suffix(".pickle").write_bytes(payload)  # where the old cache kept them
    (folder / "analyses" / "x.pickle").write_bytes(payload)
    clear_docs(seeded)
    report = run(seeded)
    assert not marker.exists()
    assert report.analysed == 2 and not report.errors and cache_warnings(report, folder)
    run(seeded)
    assert not marker.exists()


@pytest.mark.parametrize("where", ["a file", "/proc"])
def test_an_unusable_cache_folder_is_a_warning_and_a_full_build(seeded, tmp_path, where):
    # Tests run as root, which chmod does not stop: a file where the folder should be, or
    # a folder under /proc, cannot be made.
    if where == "a file":
        blocker = tmp_path / "blocker"
        blocker.write_text("not a folder", encoding="utf-8")
        folder = blocker / "cache"
    else:
        folder = Path("/proc/self/briefings-cache")
    expected = run(seeded, cache=False)
    pages = generated(seeded)
    clear_docs(seeded)
    report = run(seeded, cache=folder)
    assert report.built == expected.built and not report.errors
    assert generated(seeded) == pages
    [warning] = cache_warnings(report, folder)
    assert "cannot be used" in warning.message and "BRIEFINGS_CACHE_DIR" in warning.fix
    assert len(report.warnings) == len(expected.warnings) + 1


def test_an_unwritable_cache_from_the_command_line_is_a_warning_not_a_failure(seeded, tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    result = seeded.generate()
    assert result.returncode == 0, result.stderr
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(seeded.seeds), "--docs", str(seeded.docs),
         "--registry", str(seeded.registry)],
        cwd=seeded.root, capture_output=True, text=True,
        env={**os.environ, "BRIEFINGS_CACHE_DIR": str(blocker),
             "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"{blocker}" in result.stderr and "warning: the build cache cannot be used" in result.stderr


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


# The key: every file of the generator package


def build_with(code: Path, project) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "build", "--seeds", str(project.seeds), "--docs", str(project.docs),
         "--registry", str(project.registry)],
        cwd=project.root, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(code)})
    assert result.returncode == 0, result.stderr
    return result


def test_a_change_to_any_generator_file_reaches_the_pages(seeded, tmp_path, monkeypatch):
    code = tmp_path / "code"
    shutil.copytree(Path(__file__).resolve().parents[1] / "generator", code / "generator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    build_with(code, seeded)
    assert "0 pages written" in build_with(code, seeded).stdout  # nothing changed: nothing to do
    page = next(p for p in seeded.briefing_pages() if "chip-curbs" in p.name)
    assert " min read" in page.read_text(encoding="utf-8")

    # A template.
    template = code / "generator" / "templates" / "briefing.md.j2"
    template.write_text(template.read_text(encoding="utf-8").replace(" min read", " minutes to read"),
                        encoding="utf-8")
    result = build_with(code, seeded)
    assert "0 pages written" not in result.stdout
    assert " minutes to read" in page.read_text(encoding="utf-8")

    # A module whose change shows only through the cached analyses (pipeline.py was not in the
    # hand-kept list of modules the analyses depended on).
    pipeline = code / "generator" / "pipeline.py"
    source = pipeline.read_text(encoding="utf-8")
    marked = source.replace("    extraction = extract_stage.extract(article, registry)\n",
                            "    extraction = extract_stage.extract(article, registry)\n"
                            "    article = article.__class__(**{**article.__dict__, 'summary': 'Marked. ' + article.summary})\n")
    assert marked != source
    pipeline.write_text(marked, encoding="utf-8")
    build_with(code, seeded)
    assert "Marked. " in page.read_text(encoding="utf-8")

    # Any other file in the package: the key changes (a data file could feed the pages).
    from generator import cache

    monkeypatch.setattr(cache, "PACKAGE", code / "generator")
    before = cache.code_version()
    (code / "generator" / "templates" / "terms.csv").write_text("data", encoding="utf-8")
    assert cache.code_version() != before
    (code / "generator" / "__pycache__").mkdir(exist_ok=True)
    (code / "generator" / "__pycache__" / "x.pyc").write_bytes(b"compiled")
    (code / "generator" / "templates" / "terms.csv").unlink()
    assert cache.code_version() == before  # compiled files are not the generator


def test_the_link_memo_comes_back_equal_and_a_damaged_one_is_a_miss(tmp_path):
    """The link memo is plain arrays (not the codec's objects): it must come back equal, value for
    value and type for type (a related briefing's score, a place in the order), or not at all."""
    from generator.link import LinkMemo
    from generator.model import Related

    store, _ = Cache.open(tmp_path / "cache")
    store.use("registry")
    memo = LinkMemo(keys_of={"a1": frozenset({"person/x", "topic/y"}), "b2": frozenset()},
                    sort_of={"a1": (-739000, "Title", "a1"), "b2": (-1, "Other \u201cone\u201d", "b2")},
                    names={"person/x": "X Li", "topic/y": "Why"},
                    related={"a1": (Related("b2", 0.0, ()), Related("c3", 1.2346, ("person/x", "topic/y"))), "b2": ()},
                    cooccurrence={"person/x": (("topic/y", 2),), "topic/y": ()})
    store.save_link_memo(memo)
    back = store.link_memo()
    assert back == memo
    assert type(back.related["a1"][1].shared) is tuple and type(back.sort_of["a1"]) is tuple
    store.use("another registry")
    assert store.link_memo() is None  # another context's memo is not this one's
    store.use("registry")
    path = store.folder / "link.json"
    path.write_text(path.read_text().replace("1.2346", '"1.2346"'))
    assert store.link_memo() is None and not path.exists()  # the wrong type: a miss, and removed


def test_a_sealed_memos_related_briefings_are_made_when_read_and_equal_the_dicts(tmp_path):
    """A sealed link memo's related briefings (``link.RelatedMemo``) are made one briefing at a time when
    read; they have the dict's keys, order and values, and a copy set apart compares by what was set."""
    from generator.link import LinkMemo, RelatedMemo, relating
    from generator.model import Related

    store, _ = Cache.open(tmp_path / "cache")
    store.use("registry")
    related = {"b2": (), "a1": (Related("b2", 0.5, ("person/x",)), Related("c3", 1.25, ()))}
    store.save_link_memo(LinkMemo(keys_of={"a1": frozenset(), "b2": frozenset()},
                                  sort_of={"a1": (-2, "A", "a1"), "b2": (-1, "B", "b2")}, names={},
                                  related=related, cooccurrence={}))
    back = store.link_memo().related
    assert isinstance(back, RelatedMemo) and back.made == {}
    assert list(relating(back, {"c3"})) == ["a1"] and back.made == {}  # asked of the lists, nothing made
    assert back["a1"] == related["a1"] and list(back.made) == ["a1"]
    assert list(back) == ["b2", "a1"] and back == related and dict(back) == related
    copy = back.copy()
    assert copy == back and copy.rows is back.rows
    copy["a1"] = related["a1"][:1]
    assert copy != back and back["a1"] == related["a1"] and list(relating(copy, {"c3"})) == []
    with pytest.raises(KeyError):
        copy["z9"] = ()  # a new briefing would change the order


def test_a_sealed_memos_keys_are_made_when_read_and_related_briefings_found_in_its_text(tmp_path):
    """A sealed link memo holds each briefing's keys and related briefings as lines (``link.KeysMemo``,
    ``link.RelatedMemo``): a briefing's are made when read, with the dict's keys, order and values; the
    briefings relating to some are found in the lines' text, as set since where set; a memo read and
    written again unchanged gives the same bytes; a line short, or not JSON, in a memo not sealed as
    written is a miss."""
    from generator.link import KeysMemo, LinkMemo, RelatedMemo, relating
    from generator.model import Related

    store, _ = Cache.open(tmp_path / "cache")
    store.use("registry")
    ids = ["0123456789ab", "ba9876543210", "c3c3c3c3c3c3"]
    keys_of = {ids[1]: frozenset({"person/x", "topic/y"}), ids[0]: frozenset(), ids[2]: frozenset({"person/x"})}
    related = {ids[1]: (Related(ids[2], 0.5, ("person/x",)),), ids[0]: (),
               ids[2]: (Related(ids[1], 0.5, ("person/x",)), Related(ids[0], 0.25, ()))}
    memo = LinkMemo(keys_of=keys_of, sort_of={bid: (-1, "T", bid) for bid in keys_of}, names={"person/x": "X"},
                    related=related, cooccurrence={})
    store.save_link_memo(memo)
    written = (store.folder / "link.json").read_bytes()
    back = store.link_memo()
    assert isinstance(back.keys_of, KeysMemo) and back.keys_of.made == {}
    assert back.keys_of[ids[1]] == keys_of[ids[1]] and list(back.keys_of.made) == [ids[1]]
    assert list(back.keys_of) == list(keys_of) and back.keys_of == keys_of and back == memo
    found = store.link_memo().related  # read again: nothing made
    assert isinstance(found, RelatedMemo)
    for wanted in ({ids[0]}, {ids[1]}, {ids[2]}, {ids[0], ids[1]}, {"ffffffffffff"}, set(ids)):
        assert list(relating(found, wanted)) == list(relating(related, wanted))
    assert found.made == {}  # asked of the text, nothing made
    copy = found.copy()
    copy[ids[2]] = ()
    assert list(relating(copy, {ids[0]})) == [] and list(relating(copy, {ids[2]})) == [ids[1]]
    store.save_link_memo(back)  # equal to the memo read: not written again
    store.save_link_memo(LinkMemo(**{**back.__dict__, "names": {}}))  # written from the lines read
    again = store.link_memo()
    assert again.keys_of == keys_of and again.related == related and again.names == {}
    store.save_link_memo(LinkMemo(**{**again.__dict__, "names": {"person/x": "X"}}))
    assert (store.folder / "link.json").read_bytes() == written
    path = store.folder / "link.json"
    body = written.split(b"\n", 1)[1]
    for damage in (body.replace(b'"ba9876543210","0123456789ab","c3c3c3c3c3c3"],"person/x topic/y',
                                b'"ba9876543210","0123456789ab"],"person/x topic/y'),
                   body.replace(b'[\\"c3c3c3c3c3c3\\",0.5', b'[\\"c3c3c3c3c3c3\\",0.5,')):
        assert damage != body
        path.write_bytes(damage)  # not sealed: every line is checked
        assert store.link_memo() is None and not path.exists()


def test_what_link_collected_comes_back_equal_and_a_damaged_one_is_a_miss(tmp_path):
    """What link collected by entity (``link.Linked``) is plain arrays and packed entries: it comes
    back equal, entry for entry, or not at all (an entry of a briefing not linked, a count of 0)."""
    from generator.link import Linked, unpacked

    store, _ = Cache.open(tmp_path / "cache")
    store.use("registry")
    linked = Linked(versions={"0123456789ab": "k1", "ba9876543210": "k2"},
                    names={"person/x": {"X Li": 2, "Li X": 1}, "topic/y": {"Why": 1}},
                    kinds={"person/x": "person", "topic/y": "topic"},
                    mentions={"person/x": [("0123456789ab", 0, 2, 0), ("ba9876543210", 3, -1, 1)],
                              "topic/y": "0123456789ab:1:4:0"},
                    roles={"person/x": [("ba9876543210", 2)]}, quotes={"person/x": [("0123456789ab", 0, -1)]})
    store.save_linked(linked)
    back = store.linked()
    assert back.versions == linked.versions and back.names == linked.names and back.kinds == linked.kinds
    for what in ("mentions", "roles", "quotes"):
        assert {k: unpacked(v) for k, v in getattr(back, what).items()} == \
            {k: unpacked(v) for k, v in getattr(linked, what).items()}
    store.use("another registry")
    assert store.linked() is None  # another context's is not this one's
    store.use("registry")
    path, lists = store.folder / "linked.json", store.folder / "linked-entities.json"
    text, listed = path.read_text(), lists.read_text()
    for damage in (listed.replace("ba9876543210:3", "cccccccccccc:3"), listed.replace('"Li X":1', '"Li X":0'),
                   listed.replace('"topic/y":"topic"', '"topic/z":"topic"')):
        path.write_text(text)
        lists.write_text(damage)
        assert store.linked() is None and not path.exists()  # a miss, and removed


def test_the_link_files_are_sealed_and_the_memo_is_written_only_when_it_changes(tmp_path):
    """link.json and linked.json start with the digest of their JSON: as written, they are read
    without checking every entry; with their JSON changed since, every entry is checked (a damaged
    one is a miss). A memo equal to the one read is not written again (the same bytes)."""
    from generator.link import Linked, LinkMemo
    from generator.model import Related

    store, _ = Cache.open(tmp_path / "cache")
    store.use("registry")
    memo = LinkMemo(keys_of={"a1": frozenset({"person/x"})}, sort_of={"a1": (-739000, "Title", "a1")},
                    names={"person/x": "X Li"}, related={"a1": (Related("b2", 0.5, ("person/x",)),)},
                    cooccurrence={"person/x": ()})
    linked = Linked(versions={"0123456789ab": "k1"}, names={"person/x": {"X Li": 1}}, kinds={"person/x": "person"},
                    mentions={"person/x": "0123456789ab:0:2:0"}, roles={}, quotes={})
    store.save_link_memo(memo)
    store.save_linked(linked)
    for name in ("link.json", "linked.json", "linked-entities.json"):
        data = (store.folder / name).read_bytes()
        head, body = data.split(b"\n", 1)
        assert head == b"sha256:" + hashlib.sha256(body).hexdigest().encode()
    assert store.link_memo() == memo and store.linked().mentions == linked.mentions
    # Equal to the memo read: not written again; changed: written.
    (store.folder / "link.json").write_bytes(b"stand-in")
    store.save_link_memo(memo)
    assert (store.folder / "link.json").read_bytes() == b"stand-in"
    store.save_link_memo(LinkMemo(**{**memo.__dict__, "names": {"person/x": "Xi Li"}}))
    assert store.link_memo().names == {"person/x": "Xi Li"}
    # A sealed file whose JSON was changed is checked entry by entry: a bad entry is a miss.
    path, lists = store.folder / "linked.json", store.folder / "linked-entities.json"
    lists.write_bytes(lists.read_bytes().replace(b"0123456789ab:0:2:0", b"0123456789ab:x:2:0"))
    assert store.linked() is None and not path.exists()
    store.save_linked(linked)
    lists.write_bytes(lists.read_bytes().replace(b"0123456789ab:0:2:0", b"0123456789ab:1:2:0"))
    back = store.linked()
    assert back.mentions == {"person/x": "0123456789ab:1:2:0"}  # checked, and well formed
    assert back.lists_seal == ""  # not as written: written again, even unchanged
    back.lists_kept = True
    store.save_linked(back)
    assert store.linked().lists_seal


def test_linked_state_keeps_its_entity_lists_apart_and_writes_them_only_when_they_changed(tmp_path):
    """linked.json holds the versions, slugs and bases and names the seal of the entity lists saved with it
    (linked-entities.json): lists kept as read are not written again; lists of another build, lists gone and
    a linked.json of the older format (everything in one file) are misses, not errors."""
    from generator.link import Linked

    store, _ = Cache.open(tmp_path / "cache")
    store.use("registry")
    linked = Linked(versions={"0123456789ab": "k1"}, names={"person/x": {"X Li": 1}}, kinds={"person/x": "person"},
                    mentions={"person/x": "0123456789ab:0:2:0"}, roles={}, quotes={})
    store.save_linked(linked)
    path, lists = store.folder / "linked.json", store.folder / "linked-entities.json"
    assert json.loads(path.read_bytes().split(b"\n", 1)[1])["format"] == 2
    assert "mentions" not in path.read_text() and "0123456789ab" in lists.read_text()
    back = store.linked()
    assert back.lists_seal and not back.lists_kept and back.names == linked.names
    back.versions = {"0123456789ab": "k2"}
    back.lists_kept = True  # as link leaves them after an edit that changes no entity's list
    lists.write_bytes(b"stand-in")
    store.save_linked(back)
    assert lists.read_bytes() == b"stand-in"  # not written again
    store.save_linked(linked)  # changed (not read): written
    again = store.linked()
    assert again.versions == {"0123456789ab": "k1"} and again.mentions == linked.mentions
    # Lists saved by another build (a build that wrote them and not linked.json): a miss.
    other = Linked(versions={"0123456789ab": "k1"}, names={"person/y": {"Y": 1}}, kinds={"person/y": "person"},
                   mentions={}, roles={}, quotes={})
    kept = path.read_bytes()
    store.save_linked(other)
    path.write_bytes(kept)
    assert store.linked() is None
    lists.unlink()
    assert store.linked() is None  # no lists: a miss
    store.save_linked(linked)
    # The older format: one file, no format named.
    raw = json.loads(path.read_bytes().split(b"\n", 1)[1])
    raw.pop("format")
    raw.update(json.loads(lists.read_bytes().split(b"\n", 1)[1]))
    path.write_text(json.dumps(raw))
    assert store.linked() is None
    assert not store.damaged and not store.problem


def test_archive_dates_are_kept_in_one_file_and_git_is_asked_once(seeded, monkeypatch):
    """A re-run reads every seed's archive date from one file (not one file a seed), asks git
    nothing, and a seed gone takes its date with it."""
    import json

    from generator import archive
    from .helpers import git

    git(seeded.seeds, "init", "-q")
    git(seeded.seeds, "add", ".")
    git(seeded.seeds, "commit", "-q", "-m", "seeds")
    asked: list[tuple] = []
    real = archive._run
    monkeypatch.setattr(archive, "_run", lambda *args: asked.append(args) or real(*args))
    run(seeded)
    folder = cache_folder(seeded)
    assert asked and sorted(json.loads((folder / "archived.json").read_text())["dates"].values()) == \
        ["2025-09-01", "2025-09-01"]
    asked.clear()
    (seeded.seeds / "second.txt").write_text(SECOND + "\nOne more sentence.\n", encoding="utf-8")
    git(seeded.seeds, "commit", "-q", "-am", "edit")
    run(seeded)
    assert len(asked) == 1  # only the edited seed (new bytes) is asked for, in one git log
    (seeded.seeds / "second.txt").unlink()
    run(seeded)
    assert len(json.loads((folder / "archived.json").read_text())["dates"]) == 1
