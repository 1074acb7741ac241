"""Article bodies on real pages nobody tuned on: the generator's against trafilatura's alone.

Scores the body the generator reads from each page of Zyte's article-extraction benchmark
(https://github.com/scrapinghub/article-extraction-benchmark, MIT: 181 real news and blog pages saved
in 2019, each with a hand-made ``articleBody``) with the benchmark's own measure, and trafilatura's
``extract`` on the same pages beside it. The pages are not in this repository: clone the benchmark
and give its folder.

    python bench/extraction.py path/to/article-extraction-benchmark [--worst 15]

The measure, as the benchmark defines it: each text is cut into words (``\\w+``) and the words into
overlapping runs of four ("shingles"); per page, the shingles both texts share are true positives,
the extra ones false positives, the missing ones false negatives, normalised by their sum so that
every page weighs the same; precision and recall are averaged over the pages, F1 is their harmonic
mean. "Exact" counts pages whose words are all right, in order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import read as read_stage  # noqa: E402
from generator.model import SeedError  # noqa: E402
from generator.pipeline import analyse_seed  # noqa: E402
from generator.registry import load_registry  # noqa: E402

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    words = _WORD.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def matching(true: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised to sum to 1."""
    gold, ours = shingles(true), shingles(predicted)
    tp = sum((gold & ours).values())
    fp = sum((ours - gold).values())
    fn = sum((gold - ours).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else 0.0 if tp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"f1": 2 * precision * recall / (precision + recall), "precision": precision, "recall": recall}


def briefing_body(raw: bytes, name: str, registry) -> str:
    """The article as its briefing shows it: dateline, paragraphs and subheadings; not captions."""
    try:
        article, _ = analyse_seed(read_stage.parse_seed_bytes(raw, name), registry)
    except SeedError:
        return ""
    paragraphs = list(article.paragraphs)
    if article.dateline and paragraphs:  # ("HANOI, Vietnam (AP) —", read apart, opens the first paragraph)
        paragraphs[0] = f"{article.dateline} {paragraphs[0]}"
    return "\n\n".join(paragraphs)


def trafilatura_body(raw: bytes) -> str:
    import trafilatura
    return trafilatura.extract(raw) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/extraction.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("benchmark", type=Path, help="a checkout of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--worst", type=int, default=15, help="list this many pages where ours does worst")
    args = parser.parse_args(argv)
    truth = json.loads((args.benchmark / "ground-truth.json").read_text(encoding="utf-8"))
    registry, _ = load_registry(ROOT / "registry")
    ours: dict[str, tuple[float, float, float]] = {}
    theirs: dict[str, tuple[float, float, float]] = {}
    exact = Counter()
    for key in sorted(truth):
        raw = gzip.decompress((args.benchmark / "html" / f"{key}.html.gz").read_bytes())
        true = truth[key].get("articleBody", "")
        for who, body, into in (("briefings", briefing_body(raw, f"{key[:12]}.html", registry), ours),
                                ("trafilatura", trafilatura_body(raw), theirs)):
            into[key] = matching(true, body)
            exact[who] += _WORD.findall(true) == _WORD.findall(body)
    print(f"{len(truth)} pages of {args.benchmark.name}")
    print(f"{'':<12} {'F1':>6} {'precision':>10} {'recall':>7} {'exact':>6}")
    for who, counts in (("briefings", ours), ("trafilatura", theirs)):
        s = scores(list(counts.values()))
        print(f"{who:<12} {s['f1']:>6.3f} {s['precision']:>10.3f} {s['recall']:>7.3f} {exact[who]:>6}")
    f1 = {k: 2 * _precision(*c) * _recall(*c) / ((_precision(*c) + _recall(*c)) or 1) for k, c in ours.items()}
    f1_theirs = {k: 2 * _precision(*c) * _recall(*c) / ((_precision(*c) + _recall(*c)) or 1) for k, c in theirs.items()}
    print(f"\npages where ours is worse than trafilatura's by 0.05 or more: "
          f"{sum(f1[k] < f1_theirs[k] - 0.05 for k in f1)}; better by 0.05 or more: {sum(f1[k] > f1_theirs[k] + 0.05 for k in f1)}")
    print(f"\nworst {args.worst} (ours F1 / trafilatura's, precision, recall, the page's address):")
    for key in sorted(f1, key=lambda k: (f1[k], k))[:args.worst]:
        c = ours[key]
        print(f"  {f1[key]:.2f} / {f1_theirs[key]:.2f}  P {_precision(*c):.2f} R {_recall(*c):.2f}  {key[:12]}  "
              f"{truth[key].get('url', '')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
