"""Front-matter overrides: what an editor writes in a seed beats what the parser inferred.

Values of the wrong type never reach the site: they are reported, and the
inferred value stays.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from urllib.parse import urlsplit

from .kinds import MENTIONED_KINDS
from .model import Article, Diagnostic
from .read import META_LINES
from .text import clean as clean_text, shown, split_names

TEXT_FIELDS = ("title", "source", "author", "original_url", "rights", "summary")
LIST_FIELDS = ("boilerplate", *(k.section for k in MENTIONED_KINDS))
KNOWN = set(TEXT_FIELDS) | set(LIST_FIELDS) | {"date", "slug"}
# A date this many years after the latest year the text mentions is almost surely a typo
# (9999-12-31 would pin the briefing to the top of every list and the feed).
FUTURE_YEARS = 1
_YEAR = re.compile(r"(?:19|20)(?<!\d..)\d\d(?!\d)")  # (the lookbehind after "19"/"20": scanned for in C)


def as_list(value) -> list[str] | None:
    if isinstance(value, str):
        return [v.strip() for v in clean_text(value).split(",") if v.strip()]
    if isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float)) for v in value):
        return [clean_text(str(v)).strip() for v in value if clean_text(str(v)).strip()]
    return None


def apply_meta(article: Article) -> Article:
    meta = article.meta
    if not meta:
        return article
    changes: dict = {}
    problems: list[Diagnostic] = []
    clean: dict = {}
    lines = meta.get(META_LINES) or {}

    def warn(key: str, message: str, fix: str) -> None:
        problems.append(Diagnostic("warning", article.seed, message, line=lines.get(key), fix=fix))

    for key, value in meta.items():
        if key == META_LINES:
            continue
        if key == "quotes":
            warn(key, "front matter 'quotes' is not read: quotes are found in the article text",
                 "remove the key, and keep each quotation in the text next to its speaker ('..., said Name')")
            continue
        if key not in KNOWN:
            warn(key, f"front matter key {shown(key)} is not used", f"use one of: {', '.join(sorted(KNOWN))}")
            continue
        if key in TEXT_FIELDS:
            if key == "original_url" and not _web_address(value):
                warn(key, f"front matter original_url {shown(value)} is not a web address",
                     "write original_url: https://...")
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
                changes[key] = " ".join(clean_text(str(value)).split())
                clean[key] = changes[key]
            else:
                warn(key, f"front matter {shown(key)} must be text, got {type(value).__name__}", f"write {key}: \"...\"")
        elif key in LIST_FIELDS:
            items = as_list(value)
            if items is None:
                warn(key, f"front matter {shown(key)} must be a list of names", f"write {key}: [Name One, Name Two]")
                continue
            if isinstance(value, str):
                warn(key, f"front matter {shown(key)} is a string; read as a comma-separated list",
                     f"write {key}: [{', '.join(items)}]")
            clean[key] = items
            if key == "boilerplate":
                changes[key] = tuple(article.boilerplate) + tuple(items)
        elif key == "date":
            parsed = _date(value)
            if parsed is None:
                warn(key, f"front matter date {shown(value)} is not a date", "write date: YYYY-MM-DD")
            else:
                changes["date"], changes["date_source"] = parsed, "front matter"
                latest = max((int(y) for p in article.paragraphs for y in _YEAR.findall(p)), default=None)
                if parsed.year >= 2100 or (latest is not None and parsed.year > latest + FUTURE_YEARS):
                    warn(key, f"front matter date {parsed.isoformat()} is long after every year the article mentions"
                         f"{f' (the latest is {latest})' if latest else ''}",
                         "check the year: a date in the far future puts the briefing first in every list and the feed")
        elif key == "slug":
            if isinstance(value, str) and value.strip():
                clean[key] = value.strip()
            else:
                warn(key, "front matter slug must be text", "write slug: my-page")
    if "title" in changes:
        changes["title_inferred"] = False
    if "author" in changes:
        changes["authors"] = split_names(changes["author"])
    return dataclasses.replace(article, **changes, meta=clean, diagnostics=article.diagnostics + tuple(problems))


def _web_address(value) -> bool:
    """An http(s) URL with a host: nothing else may become the original link."""
    if not isinstance(value, str):
        return False
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in value.strip())


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None
