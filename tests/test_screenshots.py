"""scripts/screenshots.py, which draws the README's chart pictures: run on the session's built site
(the same seeds the script builds), it writes one small PNG of each chart kind, cropped to its figure."""
from __future__ import annotations

import importlib.util
import struct

import pytest

from .conftest import ROOT

KINDS = ("mentions-per-month", "relation-map", "timeline-per-month", "home-most-active", "connections")


def load_script():
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "scripts" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.browser
def test_one_small_picture_of_each_chart_cropped_to_its_figure(built_site, tmp_path):
    script = load_script()
    written = script.photograph(built_site.site, tmp_path)
    assert sorted(p.stem for p, _ in written) == sorted(KINDS)
    for path, size in written:
        width, height = png_size(path.read_bytes())
        # Cropped: narrower than the window, and a figure's height, not a page's.
        assert size < script.LIMIT and width <= script.WINDOW["width"] and 100 < height < 900, (path.name, size)


def test_the_readme_shows_every_picture_the_script_draws():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for kind in KINDS:
        assert f"](assets/readme/{kind}.png)" in readme, kind
        assert (ROOT / "assets" / "readme" / f"{kind}.png").is_file(), kind
