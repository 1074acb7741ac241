"""Lighthouse, as search engines and site owners run it: mobile form factor, simulated slow 4G and
a 4× slower CPU, Debian's Chromium, the site served with gzip like a real host.

Slow (about 25 s a run) and noisy, so it is opt-in (`make lighthouse`, CI runs it once as its own
step). Each page is measured five times and judged by the median, as Lighthouse's own docs advise;
every run's scores go to bench/lighthouse.md.

The pages: the home page, a briefing, and the person in the most briefings (an entity page with
its fullest charts: mentions by month and a relation map of linked SVG nodes).
The bars: accessibility, best practices and SEO 100 on each, always.
Performance aims at 95; the test asserts PERFORMANCE_FLOOR, because the score is dominated by
Total Blocking Time of Material's own JavaScript bundle under a 4× CPU slowdown, which on a shared
2-core machine swings by ±5 points from run to run (see bench/lighthouse.md).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
from datetime import datetime, timezone

import pytest

from .audit import CHROMIUM, CHROMIUM_ARGS, npm_tool, served as host  # noqa: F401 (fixture)
from .conftest import ROOT

pytestmark = [pytest.mark.lighthouse, pytest.mark.audit]

RUNS = 5
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PERFORMANCE_TARGET = 95
PERFORMANCE_FLOOR = 90
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index")
REPORT = ROOT / "bench" / "lighthouse.md"
PAGES = ("home", "briefing", "person")


def busiest_person(site) -> str:
    """The address of the person page with the most briefings (ties: by key), below the site root."""
    entities = json.loads((site / "data" / "entities.json").read_text("utf-8"))
    people = [e for e in entities if e["kind"] == "person"]
    return min(people, key=lambda e: (-len(set(e["mentions"])), e["key"]))["url"]


@pytest.fixture(scope="module")
def results(host, built_site, tmp_path_factory):
    """Every run of every page: {page: [lighthouse JSON report, ...]}; writes bench/lighthouse.md."""
    addresses = {**host.pages, "person": busiest_person(built_site.site)}
    lighthouse = npm_tool("lighthouse/cli/index.js")
    out = tmp_path_factory.mktemp("lighthouse")
    env = dict(os.environ, CHROME_PATH=CHROMIUM)
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    runs: dict[str, list[dict]] = {}
    for name in PAGES:
        runs[name] = []
        for run in range(RUNS):
            report = out / f"{name}-{run}.json"
            result = subprocess.run(
                ["node", str(lighthouse), f"{host.origin}/{addresses[name]}", "--quiet", "--output=json",
                 f"--output-path={report}", "--form-factor=mobile", f"--chrome-flags={flags}",
                 f"--only-categories={','.join(CATEGORIES)}"],
                env=env, capture_output=True, text=True, timeout=240)
            assert result.returncode == 0, result.stderr[-3000:]
            runs[name].append(json.loads(report.read_text("utf-8")))
    write_report(runs, {name: addresses[name] for name in PAGES})
    return runs


def score(report: dict, category: str) -> int:
    return round(report["categories"][category]["score"] * 100)


def median(runs: list[dict], category: str) -> int:
    return round(statistics.median(score(r, category) for r in runs))


def write_report(runs: dict[str, list[dict]], addresses: dict[str, str]) -> None:
    first = next(iter(runs.values()))[0]
    lines = [
        "# Lighthouse",
        "",
        f"Written by `tests/test_lighthouse.py` (`make lighthouse`) on {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.",
        f"Lighthouse {first['lighthouseVersion']}, mobile form factor, simulated throttling "
        f"(150 ms RTT, 1.6 Mbit/s, 4× CPU slowdown), {first['environment']['hostUserAgent'].split(') ')[-1]}, "
        f"CPU benchmark index {first['environment']['benchmarkIndex']}; the site served from 127.0.0.1 "
        "with gzip (`tests/static_host.py`). Scores are the median of "
        f"{RUNS} runs (each run in brackets). Pages: "
        + ", ".join(f"{name} `/{address}`" for name, address in addresses.items()) + ".",
        "",
        "| page | performance | accessibility | best practices | SEO |",
        "|---|---|---|---|---|",
    ]
    for name, reports in runs.items():
        cells = [f"{median(reports, c)} ({', '.join(str(score(r, c)) for r in reports)})" for c in CATEGORIES]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "Metrics of the median-performance run:", "",
              "| page | " + " | ".join(METRICS) + " | bytes | requests |",
              "|---|" + "---|" * (len(METRICS) + 2)]
    for name, reports in runs.items():
        run = sorted(reports, key=lambda r: score(r, "performance"))[len(reports) // 2]
        audits = run["audits"]
        requests = audits["network-requests"]["details"]["items"]
        lines.append(f"| {name} | " + " | ".join(audits[m]["displayValue"] for m in METRICS)
                     + f" | {int(audits['total-byte-weight']['numericValue']):,} | {len(requests)} |")
    lines += ["", f"Performance aims at {PERFORMANCE_TARGET}; the test asserts a median of at least "
              f"{PERFORMANCE_FLOOR} (see the test's docstring), and 100 for the other three categories.", ""]
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("category", ["accessibility", "best-practices", "seo"])
def test_accessibility_best_practices_and_seo_score_100(results, page, category):
    failing = {r["audits"][a["id"]]["title"] for r in results[page] for a in r["categories"][category]["auditRefs"]
               if a["weight"] and r["audits"][a["id"]]["score"] not in (None, 1)}
    assert [score(r, category) for r in results[page]] == [100] * RUNS, failing


@pytest.mark.parametrize("page", PAGES)
def test_performance_is_fast_on_a_phone(results, page):
    assert median(results[page], "performance") >= PERFORMANCE_FLOOR
