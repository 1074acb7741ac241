"""Real pages copied as a reader copies them: the text reader on select-all copies nobody wrote for us.

Analysts mostly paste text, not pages. This takes the real pages of the two public sets that
``bench/extraction.py`` and ``bench/dates.py`` read as saved pages (Zyte's article-extraction benchmark:
181 pages with hand-made bodies; htmldate's MediaCloud 2020 set: 200 pages dated by hand), lays each
out in Debian's Chromium (no script, no network: the page's own markup only) and takes the text a
select-all copy gives (``document.body.innerText``: navigation, menus, footers and all). That text is
the seed, a ``.txt`` as an analyst would save it, so no meta tag helps: only the text rules read it.

    python bench/copies.py --zyte path/to/article-extraction-benchmark --htmldate path/to/htmldate
                           [--copies DIR] [--worst 15]

Measured: the article body against Zyte's hand-made one (the benchmark's shingle measure, as in
``bench/extraction.py``), and the date against htmldate's hand-made one (a copy whose text states no
publication date can only be right by giving none). The copies are cached in ``--copies`` (made once;
Chromium is the slow part).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from extraction import _WORD, _precision, _recall, matching, scores  # noqa: E402

from generator import read as read_stage  # noqa: E402
from generator.model import SeedError  # noqa: E402
from generator.pipeline import analyse_seed  # noqa: E402
from generator.registry import load_registry  # noqa: E402

CHROMIUM = "/usr/bin/chromium"


def copy_texts(pages: dict[str, bytes], into: Path) -> dict[str, str]:
    """Each page's select-all text, made once with Chromium and kept in ``into``."""
    into.mkdir(parents=True, exist_ok=True)
    missing = {k: v for k, v in pages.items() if not (into / f"{k}.txt").exists()}
    if missing:
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
            context.route("**/*", lambda route: route.abort())  # the page's own markup only: nothing fetched
            page = context.new_page()
            for key, raw in sorted(missing.items()):
                html = raw.decode("utf-8", errors="replace")
                try:
                    page.set_content(html, wait_until="domcontentloaded", timeout=30000)
                    text = page.evaluate("document.body ? document.body.innerText : ''")
                except Exception as error:  # noqa: BLE001 - a page Chromium cannot lay out is an empty copy
                    print(f"  {key}: {error.__class__.__name__}", file=sys.stderr)
                    text = ""
                (into / f"{key}.txt").write_text(text, encoding="utf-8")
            browser.close()
    return {k: (into / f"{k}.txt").read_text(encoding="utf-8") for k in pages}


def analyse(text: str, name: str, registry):
    try:
        article, _ = analyse_seed(read_stage.parse_seed_bytes(text.encode("utf-8"), name), registry)
    except SeedError:
        return None
    return article


def body(article) -> str:
    if article is None:
        return ""
    paragraphs = list(article.paragraphs)
    if article.dateline and paragraphs:
        paragraphs[0] = f"{article.dateline} {paragraphs[0]}"
    return "\n\n".join(paragraphs)


def zyte(folder: Path, copies: Path, registry, worst: int) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {k: gzip.decompress((folder / "html" / f"{k}.html.gz").read_bytes()) for k in sorted(truth)}
    texts = copy_texts(pages, copies / "zyte")
    counts, exact, empty = {}, 0, 0
    for key in sorted(truth):
        article = analyse(texts[key], f"{key[:12]}.txt", registry)
        ours, true = body(article), truth[key].get("articleBody", "")
        counts[key] = matching(true, ours)
        exact += _WORD.findall(true) == _WORD.findall(ours)
        empty += not ours
    copied = {k: matching(truth[k].get("articleBody", ""), texts[k]) for k in truth}
    s, whole = scores(list(counts.values())), scores(list(copied.values()))
    print(f"{len(truth)} pages of Zyte's article-extraction benchmark, copied as text")
    print(f"  article body: F1 {s['f1']:.3f} (precision {s['precision']:.3f}, recall {s['recall']:.3f}), "
          f"{exact} exact, {empty} read as empty")
    print(f"  the whole copy as the body (what pasting it unread would give): F1 {whole['f1']:.3f} "
          f"(precision {whole['precision']:.3f}, recall {whole['recall']:.3f})")
    f1 = {k: 2 * _precision(*c) * _recall(*c) / ((_precision(*c) + _recall(*c)) or 1) for k, c in counts.items()}
    print(f"  worst {worst} (F1, precision, recall, key, address):")
    for key in sorted(f1, key=lambda k: (f1[k], k))[:worst]:
        c = counts[key]
        print(f"    {f1[key]:.2f}  P {_precision(*c):.2f} R {_recall(*c):.2f}  {key[:12]}  {truth[key].get('url', '')}")
    headlines(pages, texts, registry, worst)


def _same(a: str, b: str) -> bool:
    return _WORD.findall(a.casefold()) == _WORD.findall(b.casefold())


def headlines(pages: dict[str, bytes], texts: dict[str, str], registry, worst: int) -> None:
    """The copy's headline and writers against those the generator reads from the saved page's own markup
    (its ``<h1>``, meta tags and JSON-LD): no hand-made truth, but the best reading there is of each page."""
    agree, misses, named, writers = 0, [], 0, 0
    for key in sorted(pages):
        page = analyse(pages[key].decode("utf-8", "replace"), f"{key[:12]}.html", registry)
        copy = analyse(texts[key], f"{key[:12]}.txt", registry)
        if page is None:
            continue
        ours = copy.title if copy else ""
        if _same(ours, page.title):
            agree += 1
        else:
            misses.append((key[:12], page.title, ours))
        if page.author:
            named += 1
            writers += bool(copy) and _same(copy.author, page.author)
    print(f"  headline as the saved page's markup gives it: {agree} of {len(pages)}; "
          f"writers: {writers} of the {named} pages whose markup names them")
    for key, true, ours in misses[:worst]:
        print(f"    {key}  page: {true[:70]!r}  copy: {ours[:70]!r}")


def dates(folder: Path, copies: Path, registry, misses: int) -> None:
    tests = folder / "tests"
    truth = json.loads((tests / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    items = {item["file"]: (url, item["date"] if isinstance(item["date"], str) else "") for url, item in truth.items()}
    pages = {Path(f).stem: (tests / "test_set" / f).read_bytes() for f in items}
    texts = copy_texts(pages, copies / "htmldate")
    right, none, wrong = 0, 0, []
    for file, (url, gold) in sorted(items.items()):
        article = analyse(texts[Path(file).stem], f"{Path(file).stem}.txt", registry)
        ours = str(article.date or "") if article else ""
        right += ours == gold
        none += not ours
        if ours != gold:
            wrong.append((file, gold or "none", ours or "none", url))
    print(f"{len(items)} pages of htmldate's MediaCloud 2020 set, copied as text")
    print(f"  date right {right} ({right / len(items):.3f}), none given {none}, "
          f"wrong {sum(1 for w in wrong if w[2] != 'none')}")
    for miss in wrong[:misses]:
        print("    " + "  ".join(miss))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/copies.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--zyte", type=Path, help="a checkout of scrapinghub/article-extraction-benchmark")
    parser.add_argument("--htmldate", type=Path, help="a checkout of adbar/htmldate")
    parser.add_argument("--copies", type=Path, default=Path("/tmp/briefings-copies"),
                        help="where the text copies are kept (made once)")
    parser.add_argument("--worst", type=int, default=15, help="list this many of the worst pages or wrong dates")
    args = parser.parse_args(argv)
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1893456000")  # a fixed "today" for relative dates: 2030-01-01
    registry, _ = load_registry(ROOT / "registry")
    if args.zyte:
        zyte(args.zyte, args.copies, registry, args.worst)
    if args.htmldate:
        dates(args.htmldate, args.copies, registry, args.worst)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
