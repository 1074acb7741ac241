"""Write: pages reach ``docs/`` atomically, and only when their bytes change.

Unchanged files are never touched, so ``mkdocs serve`` sees no change and never
loops; stale generated pages are removed. Hand-written pages are outside the
generated folders and so are never touched.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path


# The list of files the generator wrote in docs/, so that it never removes anyone else's.
# A dot file: MkDocs does not publish it.
MANIFEST = ".briefings-pages.json"
TEMP_SUFFIX = ".tmp"


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    # relative path -> (size, mtime_ns, sha256) of every page now on disk: the next
    # build's ``known``, so unchanged pages are recognised without reading them back.
    state: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    # files in the generated folders that the generator did not write, left in place
    strangers: tuple[str, ...] = ()


def _inside(root: Path, relative: str, resolved: Path | None = None) -> Path:
    """The target path, refusing anything that would escape ``root`` (``resolved``: ``root``
    resolved, if the caller already did, once for all its pages)."""
    if relative.startswith(("/", "\\")) or ".." in Path(relative).parts or "\x00" in relative:
        raise ValueError(f"refusing to write outside the docs folder: {relative!r}")
    target = (root / relative).resolve()
    if (resolved or root.resolve()) not in target.parents:
        raise ValueError(f"refusing to write outside the docs folder: {relative!r}")
    return target


def atomic_write(path: Path, data: bytes) -> os.stat_result:
    """The file as staged: its inode and time stamps are the file's after the rename (``cache._LAST_FILES``)."""
    temp = _stage(path, data)
    try:
        staged = os.stat(temp)
        os.replace(temp, path)
    except BaseException:
        _remove_quietly(temp)
        raise
    return staged


class DocsNotOurs(Exception):
    """The generated folders hold files this generator did not write, and there is no manifest
    to tell them apart: writing would delete or replace someone's files."""

    def __init__(self, files: list[str]):
        self.files = files
        super().__init__(", ".join(files[:5]) + (f" and {len(files) - 5} more" if len(files) > 5 else ""))


class PageWriter:
    """Make the generated folders under ``docs`` hold exactly the pages given, one page at a time.

    Pages arrive one by one (``put``), so a build never holds every page's text at
    once; a page the caller knows to be unchanged is ``keep``-ed without being
    rendered or read. ``known`` is the ``state`` of the previous write: a page whose
    hash and file size and time match it is unchanged without reading the file.

    Changed pages are staged as hidden temporary files beside their targets and only
    renamed into place by ``finish``: a full disk or a read-only folder fails before any
    page is replaced (``abort`` removes what was staged), so the site stays as it was.
    Only files listed in the manifest (``MANIFEST``, the pages of the last write) are ever
    removed; anything else found in a generated folder is left alone and reported."""

    def __init__(self, docs: Path, owned: tuple[str, ...], known: dict[str, tuple[int, int, str]] | None = None,
                 force: bool = False):
        self.docs = docs
        self.resolved: Path | None = None
        self.owned = owned
        self.known = known or {}
        self.written: list[str] = []
        self.unchanged = 0
        self.state: dict[str, tuple[int, int, str]] = {}
        self.clashes: list[str] = []
        self.staged: list[tuple[str, str, Path, str]] = []  # (relative, temp file, target, digest)
        self.ours = self._manifest()
        if self.ours is None:
            found = [f for f in self._files() if not _is_temporary(f)]
            if found and not force:
                raise DocsNotOurs(found)
            self.ours = set(found)  # forced: the user hands these files over

    def keep(self, relative: str) -> bool:
        """Keep the page on disk as the last write left it; False if it is not (gone or edited since)."""
        if relative in self.state:
            self.clashes.append(relative)
            return True
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

    def previous(self, relative: str, encoded: bool = False) -> str | bytes | None:
        """A page's text as the last write left it (its hash checked), or None if it is not
        (gone, edited since, not known): a build may reuse parts of it. ``encoded``: its bytes."""
        entry = self.known.get(relative)
        if entry is None:
            return None
        try:
            with open(os.path.join(self.docs, relative), "rb") as handle:
                mtime_ns = os.fstat(handle.fileno()).st_mtime_ns
                data = handle.read()
        except OSError:
            return None
        # As written if of its size and time then (as ``keep`` trusts a page), else if of its hash: a
        # JSON export's 10 MB at 10,000 briefings are not hashed again to reuse its lines.
        if len(data) != entry[0] or (mtime_ns != entry[1] and hashlib.sha256(data).hexdigest() != entry[2]):
            return None
        return data if encoded else data.decode("utf-8", "replace")

    def put(self, relative: str, text: str | bytes) -> None:
        """Write a page's text (or its UTF-8 bytes) unless the file already holds it."""
        if relative in self.state:
            # Two pages planned at one address: the second would silently replace the first.
            self.clashes.append(relative)
            return
        if self.resolved is None:
            self.resolved = self.docs.resolve()  # once per build, not once per page
        target = _inside(self.docs, relative, self.resolved)
        data = text if type(text) is bytes else text.encode("utf-8")
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
        self.state[relative] = (len(data), 0, digest)  # completed by finish
        self.staged.append((relative, _stage(target, data), target, digest))

    def abort(self) -> None:
        """Remove every staged file: the pages on disk stay as they were."""
        for _, temp, _, _ in self.staged:
            try:
                os.unlink(temp)
            except OSError:
                pass
        self.staged = []

    def finish(self) -> WriteResult:
        """Move the staged pages into place, remove the pages of the last write that are no
        longer planned, and report. Files the generator did not write are left alone."""
        for relative, temp, target, digest in self.staged:
            os.replace(temp, target)
            stat = target.stat()
            self.state[relative] = (stat.st_size, stat.st_mtime_ns, digest)
            self.written.append(relative)
        self.staged = []
        removed: list[str] = []
        self.strangers: list[str] = []
        empty: list[str] = []
        for relative in self._files(empty):
            if relative in self.state:
                continue
            if relative in self.ours or _is_temporary(relative):
                os.unlink(os.path.join(self.docs, relative))
                removed.append(relative)
            else:
                self.strangers.append(relative)
        # A folder is empty only if a page was removed from it, or a folder without files or folders was
        # found: else every folder holds a file, or a folder that does (the walk is spared).
        for folder in self.owned if removed or empty else ():
            # Bottom-up, so a folder emptied of stale pages is removed after them.
            for directory, _, _ in os.walk(os.path.join(self.docs, folder), topdown=False):
                if directory != os.path.join(self.docs, folder) and not os.listdir(directory):
                    os.rmdir(directory)
        manifest = (json.dumps({"generator": "briefings", "pages": sorted(self.state)}, indent=0) + "\n").encode()
        path = self.docs / MANIFEST
        if not path.is_file() or path.read_bytes() != manifest:
            atomic_write(path, manifest)
        return WriteResult(tuple(sorted(self.written)), self.unchanged, tuple(sorted(removed)), self.state,
                           tuple(self.strangers))

    def _files(self, empty: list[str] | None = None) -> list[str]:
        """Every file in the generated folders, relative to ``docs``; into ``empty``, the folders
        holding neither files nor folders."""
        found = []
        docs = os.path.join(self.docs, "")
        for folder in self.owned:
            for directory, folders, files in os.walk(os.path.join(self.docs, folder)):
                # Below ``docs``: the relative path is the rest of the walk's (os.path.relpath cost a
                # re-run as much as the walk).
                inside = directory[len(docs):].replace(os.sep, "/") + "/"
                found.extend(inside + name for name in files)
                if empty is not None and not files and not folders:
                    empty.append(inside)
        return sorted(found)

    def _manifest(self) -> set[str] | None:
        """The pages the last write left, or None if no write ever happened here."""
        try:
            data = json.loads((self.docs / MANIFEST).read_text(encoding="utf-8"))
            return {p for p in data["pages"] if isinstance(p, str)}
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # Damaged: trust nothing in it, but files that look like ours are staged leftovers.
            return set()


def _stage(target: Path, data: bytes) -> str:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        _remove_quietly(temp)
        raise
    return temp


def _remove_quietly(path: str) -> None:
    """Remove a staged file that will not be used; it may already be gone."""
    try:
        os.unlink(path)
    except OSError:
        pass


def _is_temporary(relative: str) -> bool:
    """A staged page left behind by a build that was killed."""
    name = relative.rsplit("/", 1)[-1]
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def write_pages(docs: Path, pages: dict[str, str], owned: tuple[str, ...],
                known: dict[str, tuple[int, int, str]] | None = None, force: bool = False) -> WriteResult:
    """Make the generated folders under ``docs`` hold exactly ``pages`` (all at once)."""
    writer = PageWriter(docs, owned, known, force)
    for relative in sorted(pages):
        writer.put(relative, pages[relative])
    return writer.finish()
