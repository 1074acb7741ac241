"""Write: pages reach ``docs/`` atomically, and only when their bytes change.

Unchanged files are never touched, so ``mkdocs serve`` sees no change and never
loops; stale generated pages are removed. Hand-written pages are outside the
generated folders and so are never touched.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    # relative path -> (size, mtime_ns, sha256) of every page now on disk: the next
    # build's ``known``, so unchanged pages are recognised without reading them back.
    state: dict[str, tuple[int, int, str]] = field(default_factory=dict)


def _inside(root: Path, relative: str) -> Path:
    """The target path, refusing anything that would escape ``root``."""
    if relative.startswith(("/", "\\")) or ".." in Path(relative).parts or "\x00" in relative:
        raise ValueError(f"refusing to write outside the docs folder: {relative!r}")
    target = (root / relative).resolve()
    if root.resolve() not in target.parents:
        raise ValueError(f"refusing to write outside the docs folder: {relative!r}")
    return target


def atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except FileNotFoundError:
            pass
        raise


def write_pages(docs: Path, pages: dict[str, str], owned: tuple[str, ...],
                known: dict[str, tuple[int, int, str]] | None = None) -> WriteResult:
    """Make the generated folders under ``docs`` hold exactly ``pages``.

    ``known`` is the ``state`` of the previous write: a page whose hash and file
    size and time match it is unchanged without reading the file."""
    written: list[str] = []
    unchanged = 0
    known = known or {}
    state: dict[str, tuple[int, int, str]] = {}
    for relative in sorted(pages):
        target = _inside(docs, relative)
        data = pages[relative].encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        try:
            stat = target.stat()
            entry = known.get(relative)
            if stat.st_size == len(data) and (
                    (entry is not None and entry == (stat.st_size, stat.st_mtime_ns, digest))
                    or target.read_bytes() == data):
                state[relative] = (stat.st_size, stat.st_mtime_ns, digest)
                unchanged += 1
                continue
        except FileNotFoundError:
            pass
        atomic_write(target, data)
        stat = target.stat()
        state[relative] = (stat.st_size, stat.st_mtime_ns, digest)
        written.append(relative)

    removed: list[str] = []
    for folder in owned:
        root = docs / folder
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*"), reverse=True):
            relative = path.relative_to(docs).as_posix()
            if path.is_file() and relative not in pages:
                path.unlink()
                removed.append(relative)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return WriteResult(tuple(written), unchanged, tuple(removed), state)
