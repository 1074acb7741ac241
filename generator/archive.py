"""Archive dates: when each seed entered the archive, from git history (I/O, at the edge).

An undated briefing still belongs in the feeds, and Atom needs a date on every entry. The one
date that is true of every seed and the same on every clone is the day of the commit that
added it (``git log --diff-filter=A``). Never the clock, never a file's time (a clone sets
those to the moment of cloning). A seed that is not committed yet (a fresh file, a test's
temporary project, a folder outside git) has no archive date: it stays out of the feeds
until it is committed. A shallow clone has lost the commits that added older seeds, so CI
checks out the whole history (``fetch-depth: 0``).

A committed seed's date never changes, so it is cached by the seed's name and content digest;
only seeds without a cached date cost a ``git log`` (one for all of them, then one
``--follow`` per seed that was renamed since it was added).
"""
from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Protocol

# Hooks and helpers a repository could configure are never wanted here.
_GIT = ("git", "-c", "core.fsmonitor=false", "-c", "log.showSignature=false", "--no-pager")
_TIMEOUT = 60


class _Store(Protocol):
    def get(self, key: str, hint: object) -> object: ...

    def put(self, key: str, value: object) -> None: ...


def cache_key(name: str, digest: str) -> str:
    return hashlib.sha256(f"archived\0{name}\0{digest}".encode("utf-8", "surrogateescape")).hexdigest()


def archive_dates(seeds: Path, digests: dict[str, str], store: _Store | None = None) -> dict[str, date]:
    """Seed name -> the date of the commit that added it, for every committed seed."""
    found: dict[str, date] = {}
    wanted: list[str] = []
    for name, digest in digests.items():
        cached = store.get(cache_key(name, digest), str) if store is not None else None
        if isinstance(cached, str) and _date(cached):
            found[name] = _date(cached)
        else:
            wanted.append(name)
    if not wanted:
        return found
    added = _added(seeds)
    for name in wanted:
        day = added.get(name) or (_followed(seeds, name) if added else None)
        if day:
            found[name] = day
            if store is not None:
                store.put(cache_key(name, digests[name]), day.isoformat())
    return found


def _run(seeds: Path, *args: str) -> str:
    import subprocess  # only when a seed's day is not in the cache

    try:
        result = subprocess.run([*_GIT, "-C", str(seeds), *args], capture_output=True, timeout=_TIMEOUT,
                                stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):  # no git, or it hung
        return ""
    return result.stdout.decode("utf-8", "surrogateescape") if result.returncode == 0 else ""


def _added(seeds: Path) -> dict[str, date]:
    """Every path under ``seeds`` added in history (relative to it) -> the newest day it was added."""
    out = _run(seeds, "log", "--diff-filter=A", "--format=%x01%cs", "--name-only", "-z", "--relative", "--", ".")
    added: dict[str, date] = {}
    for chunk in out.split("\x01")[1:]:
        stamp, _, names = chunk.partition("\0")
        day = _date(stamp.strip())
        for name in names.split("\0"):
            name = name.strip("\n")
            if day and name and "/" not in name:
                added.setdefault(name, day)  # log is newest first: a re-added seed counts from its last add
    return added


def _followed(seeds: Path, name: str) -> date | None:
    """A seed renamed since it was added: the day its first name was added."""
    out = _run(seeds, "log", "--diff-filter=A", "--follow", "--format=%cs", "--", name)
    days = [_date(line.strip()) for line in out.splitlines() if line.strip()]
    days = [d for d in days if d]
    return days[-1] if days else None


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
