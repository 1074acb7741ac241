"""Dates as pages show them: one formatter for the generator, its templates and (through the
front matter) the theme. English month names from a table, never from the machine's locale."""
from __future__ import annotations

import os
import re
from datetime import date, datetime, timezone

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
UNDATED = "Undated"

# Signs that a text or page is from the United States, where a numeric date that reads either way
# ("10/12/2025", "03.12.26") puts the month first; elsewhere the day comes first.
# (Each \b before a word's first letter written as a lookbehind after it: every alternative opens with a
# letter, which re scans for in C.)
MONTH_FIRST_PLACE = re.compile(r"Federal Register|United States (?:Department|Trade Representative|Senate|House|Congress"
                               r"|International Trade Commission|Court|Government|Mission|Embassy)|\.gov\b|U(?<!\w.)\.S\. (?:Department|Embassy|Congress|Senate)"
                               r"|D(?<!\w.)\.C\.|e(?<!\w.)n-US\b")


def display_date(value: date | None) -> str:
    """``July 18, 2025``, or ``Undated``."""
    return f"{MONTH_NAMES[value.month - 1]} {value.day}, {value.year}" if value else UNDATED


def display_month(value: date | None) -> str:
    """``July 2025``, or ``Undated``: the heading a date is listed under."""
    return f"{MONTH_NAMES[value.month - 1]} {value.year}" if value else UNDATED


def iso_date(value: date | None) -> str:
    """``2025-07-18``, or ``undated``: the date as front matter and the exports carry it."""
    return value.isoformat() if value else "undated"


def build_day() -> date:
    """The day of the build, after which no article can have been published: today, or the day of
    ``SOURCE_DATE_EPOCH`` (the reproducible-builds variable), so a build of the same seeds on another
    day, or of articles from a day the machine's clock has not reached, reads the same dates."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
    return date.today()
