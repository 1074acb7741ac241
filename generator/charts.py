"""Charts: pictures drawn at build time as static inline SVG (issue 16, "See").

Pure functions: a chart's data (decided in ``pages.py``) in, an HTML string out: a ``<figure>``
holding the SVG, a caption, and the same numbers as a visually hidden table or list for screen
readers. No JavaScript, nothing third-party; the same data always gives the same bytes
(coordinates are rounded to one decimal, orders are the data's own). Colours come from the
theme through classes in ``docs/stylesheets/extra.css`` (``currentColor`` and Material's
variables), so the pictures follow the light, dark and print styles.

Every label is seed text: it passes through ``esc`` (HTML-escaped, control characters removed).
A chart with links (the relation map, the network) is a ``role="group"`` named by its title and
description, not ``role="img"``: an image's children are presentational, so its links would be
hidden from assistive technology.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .text import clean, escape

# Data: what a page model holds


@dataclass(frozen=True)
class Bar:
    label: str  # as the axis and the table show it ("Jul 2025", or a name)
    value: int
    href: str = ""  # a link (relative URL), or "" for none


@dataclass(frozen=True)
class BarChart:
    """Vertical bars (months) or, with ``horizontal``, a ranked list of bars (names)."""
    id: str  # unique on its page: the ids of the title and description derive from it
    title: str
    description: str
    unit: str  # what a value counts, singular ("briefing")
    label_heading: str  # the hidden table's first column ("Month")
    bars: tuple[Bar, ...]
    horizontal: bool = False
    note: str = ""  # shown under the chart ("2 undated briefings are not shown.")


@dataclass(frozen=True)
class Node:
    label: str
    href: str
    group: str = ""  # a kind, for the node's class ("person")
    value: int = 0  # the edge weight to the centre (relation map) or its total weight (network)


@dataclass(frozen=True)
class RelationMap:
    """One entity in the middle, its most frequent companions on a circle around it."""
    id: str
    title: str
    description: str
    centre: Node
    neighbours: tuple[Node, ...]  # value = briefings shared with the centre


@dataclass(frozen=True)
class Network:
    """Entities on a circle (grouped by kind, in the given order) and the edges between them."""
    id: str
    title: str
    description: str
    nodes: tuple[Node, ...]
    edges: tuple[tuple[int, int, int], ...]  # (node index, node index, briefings shared)


# Helpers


def esc(text: object) -> str:
    """Seed text as SVG/HTML text: one line, control characters removed, escaped."""
    return escape(" ".join(clean(str(text)).split()))


def short(text: str, limit: int) -> str:
    text = " ".join(clean(text).split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def num(x: float) -> str:
    """A coordinate with one decimal and no trailing zeros: stable bytes on every platform."""
    text = f"{round(x, 1):.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def plural(n: int, unit: str) -> str:
    """``1 briefing``, ``2 briefings``, ``3 entities``."""
    if n == 1:
        return f"{n} {unit}"
    return f"{n} {unit[:-1]}ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else f"{n} {unit}s"


def _svg_open(chart_id: str, width: int, height: int, role: str, klass: str) -> str:
    return (f'<svg class="briefings-svg {klass}" viewBox="0 0 {width} {height}" width="100%" '
            f'preserveAspectRatio="xMidYMid meet" role="{role}" '
            f'aria-labelledby="{chart_id}-title {chart_id}-desc" '
            f'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" font-size="12" fill="currentColor">')


def _head(chart_id: str, title: str, description: str) -> str:
    return f'<title id="{chart_id}-title">{esc(title)}</title><desc id="{chart_id}-desc">{esc(description)}</desc>'


def _figure(klass: str, body: str, caption: str, numbers: str) -> str:
    """The figure: one raw HTML block with no blank line, so Markdown passes it through as it is.
    The caption comes last: HTML allows a figcaption only as a figure's first or last child."""
    caption_html = f"<figcaption>{esc(caption)}</figcaption>" if caption else ""
    return (f'<figure class="briefings-chart {klass}" data-pagefind-ignore="all">{body}{numbers}'
            f"{caption_html}</figure>")


def _table(caption: str, heading: str, unit: str, rows: list[tuple[str, int]]) -> str:
    """The numbers behind a chart, for screen readers."""
    body = "".join(f'<tr><th scope="row">{esc(label)}</th><td>{value}</td></tr>' for label, value in rows)
    # The wrapper is what is hidden: a table grows to its content whatever width it is given.
    # (A table with a class is one Material leaves alone: it wraps bare tables in a scrolling box.)
    return (f'<div class="visually-hidden"><table class="chart-numbers"><caption>{esc(caption)}</caption><thead><tr>'
            f'<th scope="col">{esc(heading)}</th><th scope="col">{esc(unit.capitalize())}s</th></tr></thead>'
            f"<tbody>{body}</tbody></table></div>")


# Bar charts

BAR_WIDTH, BAR_HEIGHT = 360, 180


def bar_chart(chart: BarChart) -> str:
    """A bar chart as a figure; only its note when there are no bars (every briefing undated),
    "" when there is nothing to say."""
    if not chart.bars:
        return _figure("briefings-chart--empty", "", chart.note, "") if chart.note else ""
    svg = _horizontal(chart) if chart.horizontal else _vertical(chart)
    numbers = _table(chart.title, chart.label_heading, chart.unit, [(b.label, b.value) for b in chart.bars])
    return _figure("briefings-chart--bars", svg, chart.note, numbers)


def _vertical(chart: BarChart) -> str:
    left, right, top, bottom = 28, 8, 18, 34
    plot_w, plot_h = BAR_WIDTH - left - right, BAR_HEIGHT - top - bottom
    n = len(chart.bars)
    peak = max((b.value for b in chart.bars), default=0) or 1
    step = plot_w / n
    gap = min(6.0, step * 0.2)
    # Label at most about eight months, evenly, always the last one.
    every = max(1, math.ceil(n / 8))
    parts = [_svg_open(chart.id, BAR_WIDTH, BAR_HEIGHT, "img", "briefings-svg--bars"),
             _head(chart.id, chart.title, chart.description)]
    base = top + plot_h
    parts.append(f'<line class="chart-axis" x1="{left}" y1="{num(base)}" x2="{BAR_WIDTH - right}" y2="{num(base)}"/>')
    parts.append(f'<text class="chart-tick" x="{left - 4}" y="{num(top + 4)}" text-anchor="end">{peak}</text>')
    parts.append(f'<text class="chart-tick" x="{left - 4}" y="{num(base)}" text-anchor="end">0</text>')
    for i, b in enumerate(chart.bars):
        h = plot_h * b.value / peak
        w = min(step - gap, 40)
        x = left + i * step + (step - w) / 2
        if b.value:
            parts.append(f'<rect class="chart-bar" x="{num(x)}" y="{num(base - h)}" width="{num(w)}" '
                         f'height="{num(h)}"/>')
            if n <= 16:
                parts.append(f'<text class="chart-value" x="{num(x + w / 2)}" y="{num(base - h - 4)}" '
                             f'text-anchor="middle">{b.value}</text>')
        if (n - 1 - i) % every == 0:
            parts.append(f'<text class="chart-tick" x="{num(x + w / 2)}" y="{num(base + 16)}" '
                         f'text-anchor="middle">{esc(short(b.label, 9))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _horizontal(chart: BarChart) -> str:
    row, label_w, value_w, top = 24, 140, 30, 4
    height = top + row * len(chart.bars) + 4
    peak = max((b.value for b in chart.bars), default=0) or 1
    plot_w = BAR_WIDTH - label_w - value_w
    parts = [_svg_open(chart.id, BAR_WIDTH, height, "img", "briefings-svg--hbars"),
             _head(chart.id, chart.title, chart.description)]
    for i, b in enumerate(chart.bars):
        y = top + i * row
        w = plot_w * b.value / peak
        parts.append(f'<text class="chart-label" x="{label_w - 6}" y="{num(y + 16)}" text-anchor="end">'
                     f"{esc(short(b.label, 22))}</text>")
        parts.append(f'<rect class="chart-bar" x="{label_w}" y="{num(y + 4)}" width="{num(max(w, 1))}" height="16"/>')
        parts.append(f'<text class="chart-value" x="{num(label_w + w + 4)}" y="{num(y + 16)}">{b.value}</text>')
    parts.append("</svg>")
    return "".join(parts)


# Relation map

MAP_WIDTH, MAP_HEIGHT = 360, 300


def _edge_width(n: int, peak: int) -> float:
    """Edge width from the briefings shared: 1 to 8 units, the strongest tie the widest."""
    return 1 + 7 * n / (peak or 1)


def _anchor(cos: float) -> str:
    return "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")


def relation_map(chart: RelationMap) -> str:
    """The entity and its neighbours as a figure; "" when it has none."""
    if not chart.neighbours:
        return ""
    cx, cy, radius = MAP_WIDTH / 2, MAP_HEIGHT / 2, 88
    n = len(chart.neighbours)
    peak = max(x.value for x in chart.neighbours)
    points = []
    for i in range(n):
        # The first (strongest) neighbour at the top, the others clockwise.
        angle = -math.pi / 2 + 2 * math.pi * i / n
        points.append((math.cos(angle), math.sin(angle)))
    parts = [_svg_open(chart.id, MAP_WIDTH, MAP_HEIGHT, "group", "briefings-svg--map"),
             _head(chart.id, chart.title, chart.description)]
    for (c, s), x in zip(points, chart.neighbours):
        parts.append(f'<line class="chart-edge" x1="{num(cx)}" y1="{num(cy)}" x2="{num(cx + radius * c)}" '
                     f'y2="{num(cy + radius * s)}" stroke-width="{num(_edge_width(x.value, peak))}"/>')
    for (c, s), x in zip(points, chart.neighbours):
        px, py = cx + radius * c, cy + radius * s
        lx, ly = cx + (radius + 12) * c, cy + (radius + 12) * s + (4 if abs(c) >= 0.3 else (14 if s > 0 else -8))
        parts.append(_node(x, px, py, 7, lx, ly, _anchor(c), 14,
                           f"{x.label}: {plural(x.value, 'shared briefing')}"))
    centre = chart.centre
    parts.append(_node(centre, cx, cy, 11, cx, cy + 26, "middle", 24, centre.label, "chart-node--centre"))
    parts.append("</svg>")
    rows = "".join(f"<li>{esc(x.label)}: {plural(x.value, 'shared briefing')}</li>" for x in chart.neighbours)
    numbers = f'<ul class="visually-hidden">{rows}</ul>'
    return _figure("briefings-chart--map", "".join(parts), "", numbers)


def _node(node: Node, x: float, y: float, r: float, lx: float, ly: float, anchor: str, limit: int,
          name: str, klass: str = "", rotate: float | None = None) -> str:
    """A node: a circle and its label, inside a link to its page when it has one. The link's
    name is the full label (its visible text may be shortened)."""
    group = f" chart-node--{esc(node.group)}" if node.group else ""
    shape = (f'<circle class="chart-node{group} {klass}" cx="{num(x)}" cy="{num(y)}" r="{num(r)}"/>'
             f'<text class="chart-label" x="{num(lx)}" y="{num(ly)}" text-anchor="{anchor}"'
             + (f' dy="0.35em" transform="rotate({num(rotate)} {num(lx)} {num(ly)})"' if rotate is not None else "")
             + f">{esc(short(node.label, limit))}</text>")
    if not node.href:
        return f"<g>{shape}</g>"
    # xlink:href, not href: Material's instant navigation resets every element's `href` property
    # (`el.href = el.href`), which throws on an SVG link, where it is read-only. role="link" says
    # what the element already is, for tools that look only for `href` (Lighthouse's crawlable-anchors):
    # crawlers find every one of these pages through the plain HTML links beside the chart.
    return f'<a class="chart-link" role="link" xlink:href="{esc(node.href)}" aria-label="{esc(name)}">{shape}</a>'


# Network

NET_SIZE = 480


def network(chart: Network) -> str:
    """The network as a figure: nodes on one circle in the given order (the caller groups them
    by kind), an edge for each pair that share briefings. "" when there are no nodes."""
    if not chart.nodes:
        return ""
    c, radius = NET_SIZE / 2, 140
    n = len(chart.nodes)
    points = [(math.cos(-math.pi / 2 + 2 * math.pi * i / n), math.sin(-math.pi / 2 + 2 * math.pi * i / n))
              for i in range(n)]
    peak = max((w for _, _, w in chart.edges), default=1)
    parts = [_svg_open(chart.id, NET_SIZE, NET_SIZE, "group", "briefings-svg--network"),
             _head(chart.id, chart.title, chart.description)]
    # Edges of one width share one path (six widths): a dense network stays a few kilobytes.
    levels: dict[int, list[str]] = {}
    for a, b, w in chart.edges:
        (ca, sa), (cb, sb) = points[a], points[b]
        levels.setdefault(math.ceil(6 * w / peak), []).append(
            f"M{num(c + radius * ca)} {num(c + radius * sa)}L{num(c + radius * cb)} {num(c + radius * sb)}")
    for level in sorted(levels):
        parts.append(f'<path class="chart-edge" fill="none" d="{"".join(levels[level])}" stroke-width="{num(0.5 * level)}"/>')
    for (cos, sin), x in zip(points, chart.nodes):
        px, py = c + radius * cos, c + radius * sin
        # Labels point away from the centre, never upside down.
        degrees = math.degrees(math.atan2(sin, cos))
        rotate = degrees if cos >= -1e-9 else degrees - 180
        lx, ly = c + (radius + 9) * cos, c + (radius + 9) * sin
        parts.append(_node(x, px, py, 5, lx, ly, "start" if cos >= -1e-9 else "end",
                           14, f"{x.label}: {plural(x.value, 'shared briefing')}", rotate=rotate))
    parts.append("</svg>")
    return _figure("briefings-chart--network", "".join(parts), "", "")
