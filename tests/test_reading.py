"""Reading floors on the blind development set: each field's score may rise, never fall.

First run (before the header zone and transcript rules): headline 0.03, date 0.63 (9 later than
the truth), author 0.34, quotes attributed 0.62 / precision 0.95, people F1 0.90, topics P 0.62 R 0.70.
"""
from __future__ import annotations

from .conftest import FIXTURES
from .scoring import score


def test_blind1_reading_floors():
    report = score(FIXTURES / "blind1")
    print("\n".join(report.lines()))
    assert report.headline.rate >= 0.95
    assert report.date.rate >= 0.95 and report.future == 0
    assert report.author.rate >= 0.95
    assert report.quotes_recall >= 0.78 and report.quotes_precision >= 0.93
    assert report.people_f1 >= 0.90
    assert report.topics_precision >= 0.60 and report.topics_recall >= 0.66
