"""The published site's size: by folder, and what its pages are made of.

GitHub Pages publishes at most 1 GB per site, so the built site (``site/``) at 10,000 briefings
must stay well under it (issue 15: under 400 MB). This measures a built site two ways:

- ``folders``: bytes of the files under each top-level folder (``briefings/``, ``people/``,
  ``data/``, ``pagefind/``, ...), and the total; folder entries themselves are not counted (a host
  stores files, and ``du`` counts the directories' own blocks too);
- ``parts``: for each folder's HTML pages, the bytes of each part of a page, summed: Material's
  chrome (``head``, the ``header``, the ``tabs``, the ``navigation`` drawer, the page's ``toc``,
  the ``footer`` and scripts after the article), and the article split at its ``<h2>`` headings
  (the page's own text before the first, then each section by its heading: "In this briefing",
  "Briefings", "Often mentioned with", ...), plus the inline SVG anywhere in the page.

    python bench/size.py SITE_DIR          # prints both tables
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

# Chrome: (part, the start of the element that holds it). The article comes out by itself.
CHROME = (
    ("head", "<head>"),
    ("header", '<header class="md-header"'),
    ("tabs", '<nav class="md-tabs"'),
    ("navigation", '<div class="md-sidebar md-sidebar--primary"'),
    ("toc", '<div class="md-sidebar md-sidebar--secondary"'),
)
ARTICLE = '<article class="md-content__inner'
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(/?)>")
_H2 = re.compile(r"<h2\b[^>]*>(.*?)</h2>", re.S)
_SVG = re.compile(r"<svg\b.*?</svg>", re.S)
_STRIP = re.compile(r"<[^>]+>")


def element_end(text: str, start: int) -> int:
    """The index just after the element that opens at ``start`` (its matching closing tag)."""
    name = _TAG.match(text, start).group(2).lower()
    depth = 0
    for tag in _TAG.finditer(text, start):
        if tag.group(2).lower() != name or tag.group(3):
            continue
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(text)


def page_parts(text: str) -> Counter:
    """Bytes (UTF-8) of each part of one Material page; the parts add up to the page."""
    parts: Counter = Counter()
    size = lambda s: len(s.encode("utf-8"))  # noqa: E731
    spans = []
    for part, marker in CHROME:
        start = text.find(marker)
        if start >= 0:
            spans.append((start, element_end(text, start), part))
    start = text.find(ARTICLE)
    if start >= 0:
        end = element_end(text, start)
        spans.append((start, end, "article"))
        article = text[start:end]
        headings = list(_H2.finditer(article))
        cut = headings[0].start() if headings else len(article)
        parts["article: text"] += size(article[:cut])
        for i, heading in enumerate(headings):
            stop = headings[i + 1].start() if i + 1 < len(headings) else len(article)
            title = " ".join(_STRIP.sub("", heading.group(1)).split()) or "(untitled)"
            parts[f"article: {title}"] += size(article[heading.start():stop])
    # Spans are disjoint and in page order (Material nests none of them in another).
    spans.sort()
    position = 0
    for start, end, part in spans:
        parts["other"] += size(text[position:start])
        if part != "article":
            parts[part] += size(text[start:end])
        position = end
    parts["footer and scripts"] += size(text[position:])
    parts["(inline SVG, anywhere)"] = sum(size(m) for m in _SVG.findall(text))
    return parts


def folder_of(path: Path, site: Path) -> str:
    relative = path.relative_to(site)
    return relative.parts[0] + "/" if len(relative.parts) > 1 else "(top level)"


def folders(site: Path) -> dict[str, int]:
    """Bytes of the files under each top-level folder, largest first; plus ``total``."""
    sizes: Counter = Counter()
    for path in site.rglob("*"):
        if path.is_file():
            sizes[folder_of(path, site)] += path.stat().st_size
    result = dict(sizes.most_common())
    result["total"] = sum(sizes.values())
    return result


def parts(site: Path) -> dict[str, tuple[int, Counter]]:
    """Per folder: (HTML pages, the bytes of each part summed over them). A section's own index
    page (``people/index.html``) is left out: its parts are not its pages' parts."""
    result: dict[str, list] = defaultdict(lambda: [0, Counter()])
    for path in site.rglob("*.html"):
        if len(path.relative_to(site).parts) == 2 and path.name == "index.html":
            continue
        folder = folder_of(path, site)
        result[folder][0] += 1
        result[folder][1].update(page_parts(path.read_text(encoding="utf-8")))
    return {folder: (n, counter) for folder, (n, counter) in result.items()}


# Tables


def _mb(n: float) -> str:
    return f"{n / 1e6:,.2f} MB"


def folders_table(site: Path) -> str:
    lines = ["| Folder | Bytes |", "|---|---:|"]
    lines += [f"| {name} | {_mb(n)} |" for name, n in folders(site).items()]
    return "\n".join(lines)


def parts_table(site: Path, folders_shown: tuple[str, ...] = ("briefings/", "people/", "organizations/")) -> str:
    """The parts of the pages in ``folders_shown``, per page on average (KB) and in all (MB)."""
    measured = parts(site)
    shown = [f for f in folders_shown if f in measured]
    names: list[str] = []
    for f in shown:
        for name, _ in measured[f][1].most_common():
            if name not in names:
                names.append(name)
    head = "| Part | " + " | ".join(f"{f} ({measured[f][0]:,} pages): per page, all" for f in shown) + " |"
    lines = [head, "|---|" + "---:|" * len(shown)]
    for name in names:
        cells = []
        for f in shown:
            n, counter = measured[f]
            cells.append(f"{counter[name] / n / 1000:,.1f} KB, {_mb(counter[name])}" if counter[name] else "–")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    site = Path(sys.argv[1])
    print(folders_table(site) + "\n\n" + parts_table(site))


# The benchmark's table (bench/run.py): the published site at each archive size

ENTITY_FOLDERS = ("people/", "organizations/", "places/", "topics/", "sources/")
SIZE_TARGET = 400e6  # bytes of site/ at 10,000 briefings (issue 15)


def summary(site: Path) -> dict[str, int]:
    """The figures of one built site the benchmark keeps: total, the big folders, the rest."""
    sizes = folders(site)
    row = {"total": sizes.pop("total"), "briefings": sizes.pop("briefings/", 0),
           "entities": sum(sizes.pop(f, 0) for f in ENTITY_FOLDERS),
           "data": sizes.pop("data/", 0), "pagefind": sizes.pop("pagefind/", 0)}
    row["other"] = sum(sizes.values())
    return row


def growth(rows: list[dict]) -> float | None:
    """Bytes per 1,000 more briefings, between the smallest and the largest archive measured."""
    measured = sorted((r["size"], r["site"]["total"]) for r in rows if "site" in r)
    if len(measured) < 2 or measured[-1][0] == measured[0][0]:
        return None
    (a, sa), (b, sb) = measured[0], measured[-1]
    return (sb - sa) / (b - a) * 1000


def size_table(rows: list[dict]) -> str:
    head = ("| Briefings | Published site (`site/`) | Per 1,000 briefings | `briefings/` | Entity pages and feeds "
            "| `data/` (JSON) | `pagefind/` | Everything else |")
    lines = [head, "|---:|" + "---:|" * head.count(" | ")]
    for r in rows:
        if "site" not in r:
            continue
        s = r["site"]
        lines.append(f"| {r['size']:,} | {_mb(s['total'])} | {_mb(s['total'] / r['size'] * 1000)} | "
                     f"{_mb(s['briefings'])} | {_mb(s['entities'])} | {_mb(s['data'])} | {_mb(s['pagefind'])} "
                     f"| {_mb(s['other'])} |")
    per = growth(rows)
    if per is not None:
        largest = max((r for r in rows if "site" in r), key=lambda r: r["size"])
        if largest["size"] < 10000:
            estimate = largest["site"]["total"] + per * (10000 - largest["size"]) / 1000
            lines.append(f"| 10,000 (extrapolated: {_mb(per)} per 1,000 more) | {_mb(estimate)} | – | – | – | – | – "
                         f"| target < {_mb(SIZE_TARGET)} |")
    return "\n".join(lines)
