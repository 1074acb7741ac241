"""Benchmark: the generator and the MkDocs build at growing archive sizes.

    python bench/run.py --sizes 100,1000,10000

For each size, in a throw-away copy of the project with a synthetic corpus
(``bench/corpus.py``), it measures the generator's full run from an empty cache,
a re-run with nothing changed, a re-run after editing one seed, the peak memory
of the generator (all its processes together), ``mkdocs build`` with the
plugin (which runs the generator itself, from an empty cache, and indexes the site
with Pagefind) and the same build of the same Markdown with the plugin and Pagefind
off (the baseline: Material with its own search), the size of the search index, of the
generated pages and of the published site (``bench/size.py``), and the search as a phone on
slow 4G gets it (``bench/search.py``: bytes and time to the first result of a first query). It prints Markdown tables and
writes them, with the machine it ran on, to ``bench/results.md``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402
from search import QUERIES, index_size, measure_search  # noqa: E402
import size as site_size  # noqa: E402
from generator.kinds import GENERATED_DIRS  # noqa: E402
from tests.conftest import copy_project  # noqa: E402  (the tests' throw-away project copy)

RESULTS = Path(__file__).resolve().parent / "results.md"


CODE = ROOT  # replaced by a snapshot of generator/ in main(), so edits made meanwhile do not mix in
CACHE = ROOT / "bench" / "out" / "cache"  # the generator's cache (BRIEFINGS_CACHE_DIR); in the work folder in main()


def _env(**extra: str) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(CODE) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("SITE_URL", None)
    env["BRIEFINGS_CACHE_DIR"] = str(CACHE)
    env.update(extra)
    return env


# Running a command: wall time and the peak memory of its whole process tree


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and every descendant, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, ()))
    return total


@dataclass
class Run:
    seconds: float
    peak_rss: int
    stdout: str
    stderr: str
    returncode: int
    cpu: float = 0.0  # user + system seconds of the command and its workers: steadier than wall time on a shared machine


def run(command: list[str], cwd: Path, env: dict) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        if not os.path.isdir("/proc"):
            return
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(process.pid))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    done.set()
    sampler.join()
    if process.returncode != 0 and "error" not in stdout:
        print(stderr[-3000:], file=sys.stderr)
    return Run(seconds, peak[0], stdout, stderr, process.returncode, cpu)


def generate(project: Path) -> Run:
    return run([sys.executable, "-m", "generator", "build", "--seeds", "seeds", "--docs", "docs",
                "--registry", "registry", "--quiet"], project, _env())


def mkdocs(project: Path, plugin: bool) -> Run:
    flag = "true" if plugin else "false"
    result = run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", "site"], project,
                 _env(BRIEFINGS_PLUGIN=flag, BRIEFINGS_PAGEFIND=flag))
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build failed in {project}:\n{result.stderr[-3000:]}")
    return result


def _free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    import urllib.request
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def serve_edit(project: Path, seed: Path, text: str, timeout: float = 900) -> dict:
    """Edit to served page: start `mkdocs serve`, wait for its first build, append ``text`` to
    ``seed`` and poll the seed's served briefing page until the text shows (every 0.1 s)."""
    briefing = next(p for p in (project / "docs" / "briefings").glob("*.md")
                    if f"seed: {seed.name}" in p.read_text(encoding="utf-8")[:4000])
    port = _free_port()
    url = f"http://127.0.0.1:{port}/briefings/{briefing.stem}/"
    log = (project / "serve.log").open("w+")
    process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                               cwd=project, env=_env(), stdout=log, stderr=subprocess.STDOUT)
    try:
        start = time.perf_counter()
        while _fetch(url) is None:
            if process.poll() is not None or time.perf_counter() - start > timeout:
                raise SystemExit(f"mkdocs serve never served {url}:\n{(project / 'serve.log').read_text()[-3000:]}")
            time.sleep(0.2)
        first = time.perf_counter() - start
        time.sleep(2)  # let the first build's watchers settle
        with open(seed, "a", encoding="utf-8") as handle:
            handle.write(f"\n{text}\n")
        start = time.perf_counter()
        while text not in (_fetch(url) or ""):
            if time.perf_counter() - start > timeout:
                raise SystemExit(f"the edit never showed on {url}:\n{(project / 'serve.log').read_text()[-3000:]}")
            time.sleep(0.1)
        return {"serve_first": first, "serve_edit": time.perf_counter() - start}
    finally:
        process.terminate()
        process.wait(timeout=60)
        log.close()


def pages_written(result: Run) -> int:
    match = re.search(r"(\d+) pages written", result.stdout)
    return int(match.group(1)) if match else -1


# One size


def measure_serve(project: Path, row: dict) -> None:
    seeds = sorted((project / "seeds").iterdir())
    # No name in it: the generator links a name's first mention, and the page would never show the
    # sentence as typed.
    row.update(serve_edit(project, seeds[len(seeds) // 3],
                          "A spokesperson said on Tuesday that the preview had caught up."))


def measure(size: int, work: Path, with_mkdocs: bool, only_serve: bool = False, only_size: bool = False,
            wide: bool = False) -> dict:
    project = copy_project(work / f"size-{size}").root
    write_corpus(size, project / "seeds", wide=wide)
    row: dict = {"size": size}
    if only_size:
        # The published site alone: one `mkdocs build` with the plugin, from an empty cache.
        mkdocs(project, plugin=True)
        row["site"] = site_size.summary(project / "site")
        return row
    if only_serve:
        generate(project)
        measure_serve(project, row)
        return row

    cold = generate(project)
    if cold.returncode not in (0, 1):
        raise SystemExit(f"generator failed:\n{cold.stderr[-3000:]}")
    row["cold"] = cold.seconds
    row["cold_cpu"] = cold.cpu
    row["rate"] = size / cold.seconds
    row["rss"] = cold.peak_rss
    row["summary"] = cold.stdout.strip().splitlines()[-1]

    again = generate(project)
    row["unchanged"] = again.seconds
    row["unchanged_cpu"] = again.cpu
    row["unchanged_written"] = pages_written(again)

    seeds = sorted((project / "seeds").iterdir())
    edited = seeds[len(seeds) // 2]
    with open(edited, "a", encoding="utf-8") as handle:
        handle.write("\nThe ministry said on Friday it would publish further guidance on export controls soon.\n")
    edit = generate(project)
    row["edit"] = edit.seconds
    row["edit_cpu"] = edit.cpu
    row["edit_written"] = pages_written(edit)

    generated = [p for folder in GENERATED_DIRS for p in (project / "docs" / folder).rglob("*") if p.is_file()]
    row["pages"] = sum(1 for p in generated if p.suffix == ".md")
    row["pages_bytes"] = sum(p.stat().st_size for p in generated)

    if with_mkdocs:
        # As under `mkdocs serve` or a second build: the cache of the runs above.
        row["mkdocs_warm"] = mkdocs(project, plugin=True).seconds
        # As a fresh CI checkout: the plugin generates from an empty cache.
        shutil.rmtree(CACHE, ignore_errors=True)
        row["mkdocs_plugin"] = mkdocs(project, plugin=True).seconds
        site = project / "site"
        # Pagefind's share of the build: the same indexing, run again on the built site.
        from generator.search import index_site
        start = time.perf_counter()
        index_site(site)
        row["pagefind_seconds"] = time.perf_counter() - start
        row["pagefind_files"], row["search"] = index_size(site)
        row["site"] = site_size.summary(site)  # the published site, before the baseline rebuilds it
        row["queries"] = measure_search(site)
        about = site / "about" / "index.html"
        row["about"] = about.stat().st_size if about.exists() else 0
        row["mkdocs_base"] = mkdocs(project, plugin=False).seconds
        row["lunr"] = (site / "search" / "search_index.json").stat().st_size
        measure_serve(project, row)
    return row


# The table


def _mb(n: float) -> str:
    return f"{n / 1048576:,.1f} MB"


def table(rows: list[dict]) -> str:
    head = ("| Briefings | Generator, full run | Seeds/s | Nothing changed | One seed edited (pages written) "
            "| Peak memory | `mkdocs build` + plugin, warm cache (ratio) | + plugin, empty cache (ratio) "
            "| Baseline (plugin off) | Pagefind index on disk (per briefing) "
            "| Generated pages | `about/` page |")
    lines = [head, "|" + "---:|" * head.count(" | ") + "---:|"]
    for r in rows:
        cells = [f"{r['size']:,}", f"{r['cold']:.2f} s ({r['cold_cpu']:.1f} s CPU)", f"{r['rate']:,.0f}",
                 f"{r['unchanged']:.2f} s ({r['unchanged_cpu']:.2f} s CPU)",
                 f"{r['edit']:.2f} s ({r['edit_cpu']:.2f} s CPU; {r['edit_written']:,})", _mb(r["rss"])]
        if "mkdocs_plugin" in r:
            cells += [f"{r['mkdocs_warm']:.1f} s ({r['mkdocs_warm'] / r['mkdocs_base']:.2f}×)",
                      f"{r['mkdocs_plugin']:.1f} s ({r['mkdocs_plugin'] / r['mkdocs_base']:.2f}×)",
                      f"{r['mkdocs_base']:.1f} s",
                      f"{_mb(r['search'])} ({r['search'] / r['size'] / 1024:,.1f} KB)",
                      f"{r['pages']:,} ({_mb(r['pages_bytes'])})", f"{r['about'] / 1024:,.1f} KB"]
        else:
            cells += ["not run", "not run", "–", "–", f"{r['pages']:,} ({_mb(r['pages_bytes'])})", "–"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def search_table(rows: list[dict]) -> str:
    head = ("| Briefings | Query | Bytes, typed (after submitting; by the first result) | First result, typed "
            "| Bytes, pasted (after submitting; by the first result) | First result, pasted "
            "| Opening `search/?q=` to first result | Pagefind indexing | Pagefind index (files) "
            "| Material's lunr index (baseline) |")
    lines = [head, "|---:|---|" + "---:|" * (head.count(" | ") - 1)]

    def kib(q: dict, prefix: str = "") -> str:
        return (f"{q[prefix + 'bytes'] / 1024:,.1f} KiB ({q[prefix + 'query_bytes'] / 1024:,.1f} KiB; "
                f"{q[prefix + 'first_bytes'] / 1024:,.1f} KiB)")

    for r in rows:
        for q in r.get("queries", ()):
            lines.append("| " + " | ".join([
                f"{r['size']:,}", q["query"], kib(q), f"{q['seconds']:.2f} s", kib(q, "pasted_"),
                f"{q['pasted_seconds']:.2f} s", f"{q['cold_seconds']:.1f} s", f"{r['pagefind_seconds']:.1f} s",
                f"{_mb(r['search'])} ({r['pagefind_files']:,})", _mb(r["lunr"])]) + " |")
    return "\n".join(lines)


SERVE_TARGETS = {1000: "≤ 3 s", 10000: "≤ 10 s"}


def serve_table(rows: list[dict]) -> str:
    head = "| Briefings | `mkdocs serve`: first build served | One seed edited to served page | Target |"
    lines = [head, "|---:|---:|---:|---|"]
    for r in rows:
        if "serve_edit" in r:
            lines.append(f"| {r['size']:,} | {r['serve_first']:.1f} s | {r['serve_edit']:.2f} s "
                         f"| {SERVE_TARGETS.get(r['size'], '')} |")
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cores} cores ({cpu}), Python {platform.python_version()}, {platform.system()} {platform.release()}, "
            f"{dt.date.today().isoformat()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000", help="comma-separated corpus sizes (default: 100,1000)")
    parser.add_argument("--mkdocs-max", type=int, default=10**9,
                        help="skip the MkDocs builds above this size (they take minutes at 10,000)")
    parser.add_argument("--only-serve", action="store_true",
                        help="only the edit-to-served-page measurement (printed, results.md untouched)")
    parser.add_argument("--only-size", action="store_true",
                        help="only the published site's size (printed, results.md untouched)")
    parser.add_argument("--wide-corpus", action="store_true",
                        help="the corpus before 2026-11-29: ~74 entities an article instead of ~15 (bench/corpus.py)")
    parser.add_argument("--keep", action="store_true", help="keep the project copies (printed)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]

    global CODE, CACHE
    work = Path(tempfile.mkdtemp(prefix="briefings-bench-"))
    CODE = work / "code"
    CACHE = work / "cache"
    shutil.copytree(ROOT / "generator", CODE / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    rows = []
    try:
        for size in sizes:
            print(f"{size:,} briefings…", file=sys.stderr, flush=True)
            rows.append(measure(size, work, size <= args.mkdocs_max, args.only_serve, args.only_size,
                                args.wide_corpus))
            if args.only_size:
                print(site_size.size_table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
                continue
            if args.only_serve:
                print(f"{size:,}: first build served after {rows[-1]['serve_first']:.1f} s; "
                      f"edit to served page {rows[-1]['serve_edit']:.2f} s", flush=True)
                continue
            print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    finally:
        if args.keep:
            print(f"project copies kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)

    if args.only_serve:
        print(serve_table(rows))
        return
    if args.only_size:
        print(site_size.size_table(rows))
        return
    result = table(rows)
    searched = search_table(rows)
    sized = site_size.size_table(rows)
    print(result + "\n\n" + searched + "\n\n" + sized)
    args.output.write_text(
        "# Benchmark results\n\n"
        f"Measured by `python bench/run.py --sizes {args.sizes}` on {machine()}.\n\n"
        + result + "\n\n"
        "- Generator: `python -m generator build --quiet`; *full run* from an empty cache; *nothing changed* and "
        "*one seed edited* re-run with the cache of the run before. Wall time, and in brackets CPU time (user + "
        "system of the generator and its workers), which a loaded machine changes less.\n"
        "- Peak memory: resident memory of the generator and its worker processes together, sampled every 50 ms.\n"
        "- `mkdocs build` + plugin: with the generator's cache of the runs before (as `mkdocs serve` and repeated "
        "builds run), and from an empty cache (as a fresh CI checkout does); the baseline builds the same Markdown "
        "with `BRIEFINGS_PLUGIN=false`.\n"
        "- `about/` page: a hand-written page's HTML; it stays the same size when navigation does not grow with "
        "the archive.\n"
        "\n## Previews: one seed edited under `mkdocs serve` (issue 15)\n\n" + serve_table(rows) + "\n\n"
        "- `mkdocs serve` on the archive, one seed edited; the briefing's page polled every 0.1 s until the "
        "edit shows. Rebuilds after the first are incremental (README, *Preview and publish*).\n"
        "\n## Published size (target at 10,000: under 400 MB)\n\n" + sized + "\n\n"
        "- `bench/size.py`: bytes of the files in the site `mkdocs build` publishes (the plugin and Pagefind "
        "on), by top-level folder; *entity pages and feeds*: `people/`, `organizations/`, `places/`, "
        "`topics/`, `sources/`. `python bench/size.py SITE_DIR` also shows what the pages are made of.\n"
        "\n## Search on a phone (target at 10,000: at most 300 KiB per first query, first result within 1 s)\n\n"
        + searched + "\n\n"
        "- `bench/search.py`: the built site on a gzip host, Debian's Chromium at 390×844 with a 4× CPU "
        "slowdown and slow 4G (400 kbit/s, 400 ms latency), no cache. *Bytes*: everything fetched from "
        "`pagefind/` for the query, on the wire (engine, WebAssembly, index chunks, result fragments); in "
        "brackets the part fetched after the query was submitted (the page fetches the engine and the names "
        "index when it opens, and index chunks while the reader types) and the part that had arrived when "
        "the first result showed (the names come first, the full text after). *Typed*: a keystroke every 0.2 s (a Chinese name "
        "in one go, as an input method commits it), submitted 0.2 s after the last; *pasted*: the whole "
        "query at once, submitted at once. *First result*: from submitting the query to the first result "
        "on screen, on a search page that has loaded. *Opening `search/?q=`*: a cold visit, navigation to "
        "first result.\n"
        f"- Queries: {', '.join(QUERIES)} (a person's Chinese alias; a common topic phrase).\n"
        "- Last full run's report: " + ", ".join(f"{r['size']:,}: {r['summary']}" for r in rows) + "\n",
        encoding="utf-8")
    print(f"\nwritten to {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
