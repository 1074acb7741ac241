"""Write: pages reach ``docs/`` atomically, and only when their bytes change.

Unchanged files are never touched, so ``mkdocs serve`` sees no change and never
loops; stale generated pages are removed. Hand-written pages are outside the
generated folders and so are never touched.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]


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


def write_pages(docs: Path, pages: dict[str, str], owned: tuple[str, ...]) -> WriteResult:
    """Make the generated folders under ``docs`` hold exactly ``pages``."""
    written: list[str] = []
    unchanged = 0
    for relative in sorted(pages):
        target = _inside(docs, relative)
        data = pages[relative].encode("utf-8")
        try:
            if target.stat().st_size == len(data) and target.read_bytes() == data:
                unchanged += 1
                continue
        except FileNotFoundError:
            pass
        atomic_write(target, data)
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
    return WriteResult(tuple(written), unchanged, tuple(removed))
