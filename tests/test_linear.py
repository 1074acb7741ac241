"""Read, parse and extract (``pipeline.analyse``) are linear in the seed: adversarial shapes
(long capitalised runs, one huge line, thousands of quote marks, deep brackets, attributions,
dates, bylines; see ``tests/adversarial.py``) take about twice as long at twice the size."""
from __future__ import annotations

import time

import pytest

from generator.pipeline import analyse
from generator.read import MAX_SEED_BYTES

from .adversarial import SHAPES, seed_bytes
from .helpers import REGISTRY


def _seconds(path) -> float:
    """CPU seconds of this process: other work on a shared machine does not count."""
    start = time.process_time()
    analyse(path, REGISTRY)
    return time.process_time() - start


@pytest.mark.parametrize("shape", SHAPES)
def test_twice_the_input_takes_about_twice_the_time(tmp_path, shape):
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_bytes(seed_bytes(shape, 30_000))
    large.write_bytes(seed_bytes(shape, 60_000))
    analyse(small, REGISTRY)  # warm the registry's compiled patterns
    # The best of three runs each, in CPU time. Quadratic code gives 4x, not 3x.
    t_small = min(_seconds(small) for _ in range(3))
    t_large = min(_seconds(large) for _ in range(3))
    assert t_large <= 3 * t_small + 0.25, f"{shape}: {t_small:.2f} s -> {t_large:.2f} s"


def test_a_5_mb_adversarial_seed_is_analysed_in_well_under_a_minute_or_two(tmp_path):
    """About 25 s on a quiet 2-core machine (it was about an hour before extraction became
    linear); the bound leaves room for a loaded CI machine."""
    # Every shape in one seed, up to the size limit.
    share = MAX_SEED_BYTES // len(SHAPES) - 64
    path = tmp_path / "adversarial.txt"
    path.write_bytes(b"Adversarial seed\n\n" + b"\n\n".join(seed_bytes(s, share) for s in SHAPES))
    assert path.stat().st_size <= MAX_SEED_BYTES
    assert _seconds(path) < 120
