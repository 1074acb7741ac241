"""`mkdocs serve`: a seed edit regenerates the site once, the browser is told to
reload, and the server never loops on its own output."""
from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from .conftest import _env, copy_project


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 90) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read().decode("utf-8")


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _wait_for(url: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            return _get(url, timeout=5)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.fixture
def served(tmp_path, real_seed):
    yield from _serve(tmp_path, [real_seed])


def _serve(tmp_path, seeds):
    project = copy_project(tmp_path / "p", seeds)
    port = _free_port()
    log = (tmp_path / "serve.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project.root, stdout=log, stderr=subprocess.STDOUT, env=_env())
    try:
        _wait_for(f"http://127.0.0.1:{port}/briefings/")
        yield project, f"http://127.0.0.1:{port}", tmp_path / "serve.log"
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def _briefing_url(base: str) -> str:
    index = _get(base + "/briefings/")
    slug = re.search(r'href="(\.\./)?(?:briefings/)?(2025-07-18-[a-z0-9-]+)/"', index)
    return f"{base}/briefings/{slug.group(2)}/"


def _rebuilds(log_path) -> int:
    return log_path.read_text().count("Detected file changes")


def test_editing_a_seed_rebuilds_once_and_reloads_the_browser(served):
    project, base, log_path = served
    url = _briefing_url(base)
    page = _get(url)
    epoch = re.search(r"livereload\((\d+),\s*(\d+)\)", page)
    assert epoch, "the live-reload script is missing: check the click pin in pyproject.toml"
    before = _rebuilds(log_path)

    seed = project.seeds / "000_4c66626bd7c7efee.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("Analysts believe", "Seasoned analysts believe"),
                    encoding="utf-8")

    # The live-reload poll returns once a newer build is visible: that is what reloads the browser.
    newer = _get(f"{base}/livereload/{epoch.group(1)}/{epoch.group(2)}")
    assert int(newer) > int(epoch.group(1))
    assert "Seasoned analysts believe" in _get(url)

    time.sleep(4)  # long enough for a loop to show itself
    assert _rebuilds(log_path) - before == 1


def test_adding_and_deleting_a_seed_updates_the_served_site(served):
    project, base, log_path = served
    project.add_seed("200_new.txt", "Tariff talks resume in Geneva\n\nGENEVA, May 12 (Reuters) - Negotiators met again "
                                    "on Monday as both sides sought to extend the truce. The talks were described as candid.\n")
    deadline = time.monotonic() + 30
    while "Tariff talks resume in Geneva" not in _get(base + "/briefings/"):
        assert time.monotonic() < deadline, "the new seed never appeared"
        time.sleep(0.5)
    (project.seeds / "200_new.txt").unlink()
    while "Tariff talks resume in Geneva" in _get(base + "/briefings/"):
        assert time.monotonic() < deadline + 30, "the deleted seed never disappeared"
        time.sleep(0.5)


def test_a_hand_written_page_edited_under_serve_is_rebuilt(served):
    """The plugin watches docs/ in place of MkDocs' poller and ignores the generator's own writes
    there (generator/plugin.py): an editor's change to a hand-written page still rebuilds."""
    project, base, log_path = served
    about = project.root / "docs" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nThis line was added by hand.\n", encoding="utf-8")
    deadline = time.monotonic() + 60
    while "This line was added by hand." not in _get(base + "/about/"):
        assert time.monotonic() < deadline, "the edited page was never rebuilt"
        time.sleep(0.3)


# After an edit, the served site is the site a clean build makes


_LIVERELOAD = re.compile(r"<script>\s*var livereload = function.*?</script>", re.S)


def _served_equals_clean(project, base: str, tmp_path) -> list[str]:
    """Every file of a clean `mkdocs build` (same site_url as the server's) fetched from the
    server; returns the paths that differ. Left out: `pagefind/` (the search index, which serve
    rebuilds in the background after an incremental build) and `sitemap.xml.gz` (gzip stamps its
    own time); the live-reload script that `mkdocs serve` adds to every HTML page is removed."""
    clean = tmp_path / "clean-site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(clean)], cwd=project.root,
                            env=_env({"SITE_URL": base + "/"}), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    differ = []
    for path in sorted(clean.rglob("*")):
        relative = path.relative_to(clean).as_posix()
        if path.is_dir() or relative.startswith("pagefind/") or relative == "sitemap.xml.gz":
            continue
        with urllib.request.urlopen(f"{base}/{relative}", timeout=30) as response:
            served = response.read()
        if relative.endswith(".html"):
            served = _LIVERELOAD.sub("", served.decode("utf-8")).encode("utf-8")
        if served != path.read_bytes():
            differ.append(relative)
    return differ


@pytest.fixture
def served_archive(tmp_path, real_seed):
    from .conftest import fixture_seeds
    yield from _serve(tmp_path, [real_seed, *fixture_seeds()[:6]])


def test_after_edits_the_served_site_equals_a_clean_build(served_archive, tmp_path):
    """Incremental rebuilds under serve (generator/plugin.py): an edit, a new seed and a removed
    one; then every page, feed and export served is the one a clean build writes."""
    project, base, log_path = served_archive
    seed = project.seeds / "000_4c66626bd7c7efee.txt"
    url = _briefing_url(base)
    deadline = time.monotonic() + 60
    project.add_seed("200_new.txt", "Tariff talks resume in Geneva\n\nGENEVA, May 12 (Reuters) - Negotiators met "
                                    "again on Monday as Wang Yi and the Commerce Department sought to extend the truce.\n")
    while "Tariff talks resume in Geneva" not in _get(base + "/briefings/"):
        assert time.monotonic() < deadline, "the new seed never appeared"
        time.sleep(0.3)
    removed = sorted(p for p in project.seeds.iterdir() if p.name != seed.name and p.name != "200_new.txt")[0]
    gone = next(p for p in (project.root / "docs" / "briefings").glob("*.md")
                if f"seed: {removed.name}" in p.read_text(encoding="utf-8"))
    removed.unlink()
    while _status(f"{base}/briefings/{gone.stem}/") != 404:
        assert time.monotonic() < deadline + 60, "the removed seed's page is still served"
        time.sleep(0.3)
    # Last, an edit that changes one briefing's text only: most pages are not rendered again.
    seed.write_text(seed.read_text(encoding="utf-8").replace("Analysts believe", "Seasoned analysts believe"),
                    encoding="utf-8")
    while "Seasoned analysts believe" not in _get(url):
        assert time.monotonic() < deadline + 120, "the edit never showed"
        time.sleep(0.3)
    time.sleep(1)
    log = log_path.read_text()
    assert "Building documentation (incremental)" in log, log[-3000:]
    assert _served_equals_clean(project, base, tmp_path) == []
