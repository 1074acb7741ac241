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


class PageWriter:
    """Make the generated folders under ``docs`` hold exactly the pages given, one page at a time.

    Pages arrive one by one (``put``), so a build never holds every page's text at
    once; a page the caller knows to be unchanged is ``keep``-ed without being
    rendered or read. ``known`` is the ``state`` of the previous write: a page whose
    hash and file size and time match it is unchanged without reading the file."""

    def __init__(self, docs: Path, owned: tuple[str, ...], known: dict[str, tuple[int, int, str]] | None = None):
        self.docs = docs
        self.owned = owned
        self.known = known or {}
        self.written: list[str] = []
        self.unchanged = 0
        self.state: dict[str, tuple[int, int, str]] = {}

    def keep(self, relative: str) -> bool:
        """Keep the page on disk as the last write left it; False if it is not (gone or edited since)."""
        entry = self.known.get(relative)
        if entry is None:
            return False
        try:
            # Known paths were checked by _inside when they were written.
            stat = os.stat(os.path.join(self.docs, relative))
        except (FileNotFoundError, NotADirectoryError):
            return False
        if (stat.st_size, stat.st_mtime_ns) != entry[:2]:
            return False
        self.state[relative] = entry
        self.unchanged += 1
        return True

    def put(self, relative: str, text: str) -> None:
        target = _inside(self.docs, relative)
        data = text.encode("utf-8")
        digest = hashlib.sha256(data).hexdigest()
        try:
            stat = target.stat()
            entry = self.known.get(relative)
            if stat.st_size == len(data) and (
                    (entry is not None and entry == (stat.st_size, stat.st_mtime_ns, digest))
                    or target.read_bytes() == data):
                self.state[relative] = (stat.st_size, stat.st_mtime_ns, digest)
                self.unchanged += 1
                return
        except FileNotFoundError:
            pass
        atomic_write(target, data)
        stat = target.stat()
        self.state[relative] = (stat.st_size, stat.st_mtime_ns, digest)
        self.written.append(relative)

    def finish(self) -> WriteResult:
        """Remove every other file in the generated folders (stale pages, strays) and report."""
        removed: list[str] = []
        for folder in self.owned:
            root = os.path.join(self.docs, folder)
            # Bottom-up, so a folder emptied of stale pages is removed after them.
            for directory, folders, files in os.walk(root, topdown=False):
                for name in sorted(files, reverse=True):
                    path = os.path.join(directory, name)
                    relative = os.path.relpath(path, self.docs).replace(os.sep, "/")
                    if relative not in self.state:
                        os.unlink(path)
                        removed.append(relative)
                if directory != root and not os.listdir(directory):
                    os.rmdir(directory)
        return WriteResult(tuple(sorted(self.written)), self.unchanged, tuple(sorted(removed)), self.state)


def write_pages(docs: Path, pages: dict[str, str], owned: tuple[str, ...],
                known: dict[str, tuple[int, int, str]] | None = None) -> WriteResult:
    """Make the generated folders under ``docs`` hold exactly ``pages`` (all at once)."""
    writer = PageWriter(docs, owned, known)
    for relative in sorted(pages):
        writer.put(relative, pages[relative])
    return writer.finish()
