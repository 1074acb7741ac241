"""Publication dates on real pages nobody tuned on: the generator's against htmldate's alone.

Reads the 200 news pages of htmldate's MediaCloud 2020 evaluation set (pages from outlets around the
world, each dated by hand by the Data Culture Group at Northeastern University; in
https://github.com/adbar/htmldate, Apache-2.0, ``tests/test_set`` and ``tests/eval_mediacloud_2020.json``)
as saved pages, without their addresses, and counts the dates the generator gives that match the
hand-made ones (five pages have none: giving none is right there), with htmldate's ``find_date`` (the version we ship, on its own) beside it. The pages
are not in this repository: clone htmldate and give its folder.

    python bench/dates.py path/to/htmldate [--misses 20]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import read as read_stage  # noqa: E402
from generator.model import SeedError  # noqa: E402
from generator.pipeline import analyse_seed  # noqa: E402
from generator.registry import load_registry  # noqa: E402


def briefing_date(raw: bytes, name: str, registry) -> str:
    try:
        article, _ = analyse_seed(read_stage.parse_seed_bytes(raw, name), registry)
    except SeedError:
        return ""
    return str(article.date or "")


def htmldate_date(raw: bytes) -> str:
    from htmldate import find_date
    try:
        return find_date(raw, original_date=True) or ""
    except Exception:  # noqa: BLE001 - a page htmldate cannot read is a page without its date
        return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/dates.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("htmldate", type=Path, help="a checkout of adbar/htmldate")
    parser.add_argument("--misses", type=int, default=20, help="list this many pages whose date ours gets wrong")
    args = parser.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1893456000")  # a fixed "today" for relative dates: 2030-01-01
    tests = args.htmldate / "tests"
    truth = json.loads((tests / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    registry, _ = load_registry(ROOT / "registry")
    right = {"briefings": 0, "htmldate": 0}
    none = {"briefings": 0, "htmldate": 0}
    misses = []
    for url, item in sorted(truth.items(), key=lambda kv: kv[1]["file"]):
        raw = (tests / "test_set" / item["file"]).read_bytes()
        gold = item["date"] if isinstance(item["date"], str) else ""  # (NaN: a page with no date to find, as a home page)
        ours, theirs = briefing_date(raw, item["file"], registry), htmldate_date(raw)
        for who, found in (("briefings", ours), ("htmldate", theirs)):
            right[who] += found == gold
            none[who] += not found
        if ours != gold:
            misses.append((item["file"], gold or "none", ours or "none", theirs or "none", url))
    total = len(truth)
    print(f"{total} pages of htmldate's MediaCloud 2020 set")
    for who in right:
        print(f"{who:<10} right {right[who]:>3} ({right[who] / total:.3f}), no date {none[who]:>3}")
    print(f"\nours wrong on {len(misses)} (file, hand-made date, ours, htmldate's, address):")
    for miss in misses[:args.misses]:
        print("  " + "  ".join(map(str, miss)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
