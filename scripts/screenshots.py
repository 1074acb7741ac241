"""The README's pictures: one PNG of each kind of chart, cropped to its figure, from a real build.

Why a script and not hand-made screenshots: the pictures then show what the generator draws today,
and anyone can redraw them after a change to the charts (`make screenshots`). It builds the
included seeds (seeds/ and the test suite's tests/fixtures/seeds/, the set the tests build) in a
temporary copy of the project, serves the site from 127.0.0.1, and photographs each chart's
<figure> with Debian's Chromium through Playwright (never a downloaded browser), in the light
scheme at a 760 px wide window. Writes assets/readme/*.png (outside docs/, so never published).

    .venv/bin/python scripts/screenshots.py [--out assets/readme]
"""
from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import struct
import zlib
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SEEDS = (ROOT / "seeds", ROOT / "tests" / "fixtures" / "seeds")
# A window as wide as a reading column: the charts scale to it, and the PNGs stay small.
WINDOW = {"width": 760, "height": 900}
LIMIT = 80_000  # bytes a picture may weigh in the README
NETWORK_SCALE = 0.8


def shots(site: Path) -> dict[str, tuple[str, str, float]]:
    """Picture name -> (page below the site root, selector of its figure, pixels per CSS pixel).
    The person is the one in the most briefings, so that its charts have the most to show. The
    network's hundreds of anti-aliased lines make a heavy PNG: it is drawn at a smaller scale."""
    entities = json.loads((site / "data" / "entities.json").read_text("utf-8"))
    people = [e for e in entities if e["kind"] == "person"]
    person = min(people, key=lambda e: (-len(set(e["mentions"])), e["key"]))["url"]  # mentions: briefing ids
    return {
        "mentions-per-month": (person, "figure.briefings-chart:has(#chart-activity-title)", 1),
        "relation-map": (person, "figure.briefings-chart--map", 1),
        "timeline-per-month": ("timeline/", "figure.briefings-chart", 1),
        "home-most-active": ("", "figure.briefings-chart", 1),
        "connections": ("connections/", "figure.briefings-chart", NETWORK_SCALE),
    }


def build(project: Path) -> Path:
    """A copy of the project with the included seeds, built with MkDocs; returns its site folder."""
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("overrides", "registry"):
        shutil.copytree(ROOT / folder, project / folder)
    (project / "docs").mkdir()
    for path in (ROOT / "docs").iterdir():
        # Hand-written pages and the theme's files only: the build writes the rest.
        if path.is_file():
            shutil.copy2(path, project / "docs" / path.name)
        elif path.name in ("stylesheets", "javascripts", "assets"):
            shutil.copytree(path, project / "docs" / path.name)
    (project / "seeds").mkdir()
    for folder in SEEDS:
        for seed in sorted(folder.glob("*.*")):
            shutil.copy2(seed, project / "seeds" / seed.name)
    env = dict(os.environ, PYTHONPATH=str(ROOT), NO_MKDOCS_2_WARNING="1",
               BRIEFINGS_CACHE_DIR=str(project / ".cache"))
    env.pop("SITE_URL", None)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(project / "site")],
                            cwd=project, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"screenshots: the build failed:\n{result.stderr}")
    return project / "site"


def photograph(site: Path, out: Path) -> list[tuple[Path, int]]:
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    written = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            for name, (address, selector, scale) in shots(site).items():
                page = browser.new_page(viewport=WINDOW, device_scale_factor=scale, color_scheme="light",
                                        reduced_motion="reduce")
                page.goto(f"{origin}/{address}", wait_until="load")
                figure = page.locator(selector).first
                figure.scroll_into_view_if_needed()
                path = out / f"{name}.png"
                path.write_bytes(palette_png(figure.screenshot(animations="disabled", caret="hide")))
                written.append((path, path.stat().st_size))
                page.close()
            browser.close()
    finally:
        server.shutdown()
    return written


# PNG: Chromium writes true colour; a chart has few colours, so a palette makes it a third of the size.


def palette_png(data: bytes) -> bytes:
    """The same picture as an 8-bit palette PNG (compressed at zlib's best). Colours are rounded,
    coarser step by step, until at most 256 remain: a chart's anti-aliased edges lose a little
    smoothness, its flat colours none. Reads what Chromium writes: 8-bit RGB or RGBA, not interlaced."""
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", data[16:29])
    if depth != 8 or colour not in (2, 6) or interlace:
        return data
    channels = 3 if colour == 2 else 4
    pixels = _unfilter(_chunks(data, b"IDAT"), width, height, channels)
    rgb = [bytes(row[i:i + 3]) for row in pixels for i in range(0, len(row), channels)]
    for shift in range(8):
        half = (1 << shift) >> 1
        rounded = [bytes(min(255, (c >> shift << shift) + half) for c in px) for px in dict.fromkeys(rgb)]
        if len(set(rounded)) <= 256:
            break
    mapping = dict(zip(dict.fromkeys(rgb), rounded))
    palette = sorted(set(rounded))
    index = {c: i for i, c in enumerate(palette)}
    rows = b"".join(b"\0" + bytes(index[mapping[rgb[y * width + x]]] for x in range(width)) for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (data[:8] + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
            + chunk(b"PLTE", b"".join(palette)) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def _chunks(data: bytes, kind: bytes) -> bytes:
    found, at = [], 8
    while at < len(data):
        length, name = struct.unpack(">I4s", data[at:at + 8])
        if name == kind:
            found.append(data[at + 8:at + 8 + length])
        at += 12 + length
    return zlib.decompress(b"".join(found))


def _unfilter(raw: bytes, width: int, height: int, channels: int) -> list[bytearray]:
    """The rows of pixels, each PNG filter (None, Sub, Up, Average, Paeth) undone."""
    stride, rows, previous = width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = row[i - channels] if i >= channels else 0
            up, corner = previous[i], previous[i - channels] if i >= channels else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + ((left + up) >> 1)) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(row)
        previous = row
    return rows


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "assets" / "readme", help="folder for the PNGs")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="briefings-screenshots-") as folder:
        written = photograph(build(Path(folder)), args.out)
    too_big = [f"{path.name} ({size:,} bytes)" for path, size in written if size > LIMIT]
    for path, size in written:
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {size:,} bytes")
    if too_big:
        print(f"screenshots: over {LIMIT:,} bytes: {', '.join(too_big)} (fix: a narrower WINDOW)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
