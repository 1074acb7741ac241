"""Cache: what earlier builds learnt, so a re-run does only the work that changed.

The cache lives in the user's cache directory, never in the project:
``$BRIEFINGS_CACHE_DIR`` (or ``$XDG_CACHE_HOME/briefings``, or ``~/.cache/briefings``),
in a folder named for the seeds and docs folders it serves. So a repository
cannot plant cache files, and ``--seeds /tmp/x`` writes nothing to ``/tmp``. It
holds, as JSON (``codec.py``; data only, never pickle):

- the validated registry, under the hash of its files and the generator;
- the analysis of each seed (read → parse → extract), keyed by the seed's
  content hash, in a folder named for the ``context``: the generator (every file
  of the package: code, templates, data), its libraries and the registry, so a
  change to any of them starts afresh;
- the summary of every analysis (``summary.py``), in two files (``SUMMARIES``): the
  heads every re-run reads, and the rows it reads of few, which an edit appends to,
  so a re-run after an edit reads one file and the edited seed's analysis, not every analysis;
- the seed index (sizes and times, so unchanged seeds are not read), the seeds' archive
  dates (one file for all), the last link's memo, the pages' stamps, and the last build's
  manifest: the inputs' signature, the generated pages' sizes, times and hashes, and its report.

A missing, stale or foreign cache file is a miss, never an error. A cache that
cannot be read or written, or a file in it that is not JSON at all (damaged, or
planted), is a warning: the build goes on without it (or without that file).
Safe to delete at any time.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from functools import partial
from typing import Any, Callable, Iterator

import jinja2
import yaml

from . import summary
from .codec import Codec, CodecError, model_classes
from .link import KeysMemo, Linked, LinkMemo, RelatedMemo, _related_line, packed
from .model import Article, Diagnostic, Extraction, Related
from .registry import Registry, Rules
from .write import atomic_write

PACKAGE = Path(__file__).resolve().parent
FORMAT = 3  # bump when the layout of the cache folder changes
TAG_FILE = "CACHEDIR.TAG"  # marks the folder as a cache for backup tools (bford.info/cachedir)
TAG_TEXT = b"Signature: 8a477f597d28d172789f06886806bc55\n# The briefings generator's build cache; safe to delete.\n"


def code_version() -> str:
    """A hash of every file of the generator package (code, templates, data) and of the
    interpreter and libraries that run it: a change to any of them can change the output."""
    digest = hashlib.sha256(f"format {FORMAT}\0python {sys.version}\0jinja2 {jinja2.__version__}\0"
                            f"pyyaml {yaml.__version__}\0".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if "__pycache__" in path.relative_to(PACKAGE).parts or not path.is_file():
            continue
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def cache_root() -> Path:
    """Where every project's cache folder is: ``$BRIEFINGS_CACHE_DIR``, else the user's cache directory."""
    override = os.environ.get("BRIEFINGS_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"  # the XDG spec ignores relative paths
    return base / "briefings"


def default_folder(seeds: Path, docs: Path) -> Path:
    """This project's cache folder: one per seeds and docs folder pair."""
    key = hashlib.sha256(f"{seeds.resolve()}\0{docs.resolve()}".encode("utf-8", "surrogateescape")).hexdigest()
    return cache_root() / key[:16]


# What the cache files hold


@dataclass(frozen=True)
class SeedIndex:
    """Seed name -> (size, mtime_ns, content digest): unchanged files are not read again.

    Like git's index, a file modified within a second of the index being written is
    re-hashed, since its time stamp cannot tell two quick edits apart."""

    entries: dict[str, tuple[int, int, str]] = field(default_factory=dict)
    written_ns: int = 0

    def digest(self, name: str, stat: os.stat_result) -> str | None:
        entry = self.entries.get(name)
        if entry is None or entry[0] != stat.st_size or entry[1] != stat.st_mtime_ns:
            return None
        if stat.st_mtime_ns >= self.written_ns - 1_000_000_000:
            return None
        return entry[2]


@dataclass(frozen=True)
class Manifest:
    """The last build: what it was built from, the pages it left on disk, and its report."""

    context: str
    signature: str  # seeds, docs folder and context: equal means nothing to do
    pages: dict[str, tuple[int, int, str]]  # relative path -> (size, mtime_ns, sha256)
    fingerprints: dict[str, str]  # relative path -> fingerprint of what the page shows
    read: int
    built: int
    skipped: int
    diagnostics: tuple[Diagnostic, ...]


@dataclass(frozen=True)
class CachedRegistry:
    key: str
    registry: Registry
    warnings: tuple[Diagnostic, ...]


@dataclass(frozen=True)
class CachedStamps:
    """Each entity's stamp and what it was made from (``Stamps.memo``), the stamps of each JSON
    export's lines, in its order (``Stamps.lines``), each briefing's stamp with its own inputs, the
    keys it names and its entry in the briefings index (``Stamps.briefings_memo``), and each entity as pages name it with its own
    part (``Stamps.entities_memo``), for the next build."""
    context: str
    stamps: dict[str, tuple[str, str]]
    lines: dict[str, tuple[str, ...]]
    briefings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    entities: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Each briefing's link as its own inputs read it (``Stamps.stale``), and the seal of the link memo
    # the build that made these stamps left (``Cache.memo_seal``): the same seal read back, that memo's
    # related briefings are the ones these stamps were made with.
    idents: dict[str, str] = field(default_factory=dict)
    memo: str = ""
    # Each entity's count of briefings that mention it, as the indexes' stamp read it (``Stamps.counted``).
    counts: dict[str, int] = field(default_factory=dict)
    # The signature of the build that saved them (``Manifest.signature``): the same as the manifest's, the pages and
    # JSON exports on disk are the ones these stamps name (not so beside an older stamps.json put back, or a failed save).
    signature: str = ""


@dataclass(frozen=True)
class CachedArchive:
    """Each committed seed's archive date (``archive.py``), by its key there: one file for all."""
    dates: dict[str, str]


class ArchiveMemo:
    """The store ``archive.archive_dates`` reads and writes: every seed's date in one file, so a
    re-run reads one file, not one a seed (a committed seed's date never changes)."""

    def __init__(self, dates: dict[str, str]):
        self.dates = dict(dates)
        self.changed = False

    def get(self, key: str, hint: Any) -> str | None:
        return self.dates.get(key)

    def put(self, key: str, value: str) -> None:
        self.dates[key] = value
        self.changed = True


def _as_is(data: bytes) -> bytes:
    return data


CODEC = Codec(model_classes() + (Rules, Registry, SeedIndex, Manifest, CachedRegistry, CachedStamps, CachedArchive))
# What an analysis and its summary are: the article and extraction, or the error that stopped the seed.
OUTCOME = tuple[Article, Extraction] | Diagnostic
# The summaries, in two files. The heads' file: a JSON array of the context and the rows' file's name,
# then a line per summary ('["context","token"', ',["key",place,length,[article,events]]', ..., ']'),
# with the place and length (fixed widths) of its rows' line in the rows' file ('summaries-<token>.jsonl',
# a line for each summary's rows, ``summary.split``'s: '[entities,mentions,quotes,phrases]'). A re-run reads every head and
# few rows, and after an edit appends the edited summary's rows to the rows' file and writes the
# heads again, copying the kept lines as they are. A summary is in its own compact encoding
# (``summary.encode``): rows, not tagged objects.
SUMMARIES = "summaries.json"
# What link collected (``link.Linked``), in two files: its versions, slugs and bases (``linked.json``, which
# names the format and the seal of the other), and its entity lists (``linked-entities.json``: names, kinds,
# mentions, roles, quotes; ~90% of the bytes), written only when link changed them: an edit that changes no
# entity's list (a sentence that names no one) writes the small file alone. An older format is a miss.
LINKED = "linked.json"
LINKED_LISTS = "linked-entities.json"
LINKED_FORMAT = 2
# The rows' file is written anew when it would be more than half rows no summary names, and larger than this.
COMPACT = 1 << 20


# The cache

# The registry the last build in this process used, by its key: the same object again when nothing
# changed, so that what the rules make of it once (the lexicon, its names' tables: ~0.2 s at every
# rebuild of ``mkdocs serve``) is made once a process. Frozen: no build changes it.
_LAST_REGISTRY: dict[str, tuple] = {}
# The summaries the last build in this process read, by their head line, for its folder, context and
# rows' file (``_summaries_by_line``): a line read again names the same rows in the same file (the
# rows' file is only appended to; written anew, it has a new name), so its summary is the one
# decoded then. Decoding every briefing's head was ~0.4 s of each rebuild of ``mkdocs serve`` at
# 10,000 briefings; the lines are still read and checked. Summaries are not changed once made.
# A summary keeps the build's stand-in for a damaged row (``summaries``' fallback): the analysis,
# read from the same folder and context, so the same. None and a stand-in are told apart.
_LAST_HEADS: dict[tuple[str, str, str, bool], dict[str, Any]] = {}
# The build's own files (manifest, stamps, seed index, archive dates) as this process last wrote or read them, by
# path, with the file's identity then (inode, size, modification time, as git's index tells a file unchanged): a file
# found the same holds that value, so a rebuild in the same process (``mkdocs serve``) does not decode again what
# the last build wrote (~0.15 s at 10,000 briefings). Another process's write makes a new file (``atomic_write``),
# so a new identity. Builds only read these values, never change them.
_LAST_FILES: dict[Path, tuple[tuple[int, ...], Any]] = {}
_REMEMBERED = frozenset({"manifest.json", "stamps.json", "seeds.json", "archived.json"})


class Cache:
    """One project's cache folder. ``open`` it; ``use`` a registry before asking for analyses.

    Problems with the folder itself (it cannot be made, read or written) end up in
    ``diagnostics``, as one warning; after a failed write nothing more is written."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.code = code_version()  # once a build: it reads every file of the package
        self.context = ""
        self.analyses = folder / "analyses"
        self.writable = True
        self.damaged = 0  # files that were not JSON at all
        self.problem = ""  # the first read or write failure
        self._listed: set[str] | None = None  # analysis keys on disk when first asked (``has``)
        # The summaries' files as this build read them (``summaries``); ``save_summaries`` copies them.
        self._read_lines: _Read | None = None
        self._memo_read: LinkMemo | None = None  # the link memo as this build read it (``save_link_memo``)
        # The seal of link.json (the digest of its JSON) as this build read it, sealed as written, then
        # as it left it; "" if none, or not as the generator wrote it.
        self.memo_seal = ""
        self.stamps_signature = ""  # the signature of the build whose stamps this build read (``stamps``)

    @classmethod
    def open(cls, folder: Path | None) -> tuple["Cache | None", list[Diagnostic]]:
        """The cache in ``folder`` (made if need be), or None and a warning if it cannot be used."""
        try:
            if folder is None:
                raise OSError("no cache folder: set BRIEFINGS_CACHE_DIR, XDG_CACHE_HOME or HOME")
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            tag = folder / TAG_FILE
            if not tag.is_file() or tag.read_bytes() != TAG_TEXT:
                atomic_write(tag, TAG_TEXT)
        except OSError as error:
            return None, [_warning(folder, f"the build cache cannot be used ({_reason(error)}); "
                                           "everything was built without it")]
        return cls(folder), []

    def use(self, registry_digest: str) -> None:
        """Analyses, memo and manifest are valid for this generator and this registry only."""
        self.context = hashlib.sha256(f"{self.code}\0{registry_digest}".encode()).hexdigest()[:20]
        self.analyses = self.folder / "analyses" / self.context
        self._listed = None
        self._read_lines = None
        self._memo_read = None
        self.memo_seal = ""
        self.stamps_signature = ""  # the signature of the build whose stamps this build read (``stamps``)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        problems = []
        if self.problem:
            problems.append(f"the build cache could not be used in full ({self.problem}); "
                            "what it lacked was built afresh")
        if self.damaged:
            problems.append(f"{self.damaged} build cache file(s) were not valid JSON (damaged, or not written by "
                            "the generator) and were removed")
        return [_warning(self.folder, "; ".join(problems))] if problems else []

    # Files: JSON through the codec; anything that does not decode is a miss and is removed

    def _read(self, path: Path, hint: Any, loads: Callable[[bytes], Any] | None = None) -> Any:
        """The value of type ``hint`` in the file (or what ``loads`` makes of its bytes), else None."""
        remembered = loads is None and path.name in _REMEMBERED
        try:
            with open(path, "rb") as handle:
                identity = _identity(os.fstat(handle.fileno()))
                last = _LAST_FILES.get(path)
                if remembered and last is not None and last[0] == identity:
                    return last[1]
                data = handle.read()
        except FileNotFoundError:
            return None
        except OSError as error:
            self.problem = self.problem or f"cannot read {path.name}: {_reason(error)}"
            return None
        try:
            value = loads(data) if loads else CODEC.loads(data, hint)
        except CodecError as error:
            if str(error).startswith("not JSON"):
                self.damaged += 1
            try:
                path.unlink()
            except OSError:
                pass
            return None
        if remembered:
            _LAST_FILES[path] = identity, value
        return value

    def _write(self, path: Path, value: Any, dumps: Callable[[Any], bytes] | None = None) -> None:
        if not self.writable:
            return
        try:
            data = dumps(value) if dumps else CODEC.dumps(value)
        except TypeError:
            return  # a value the codec cannot restore exactly is not cached
        _LAST_FILES.pop(path, None)
        try:
            staged = atomic_write(path, data)
        except OSError as error:
            self.writable = False
            self.problem = self.problem or f"cannot write {path.name}: {_reason(error)}"
            return
        if dumps is None and path.name in _REMEMBERED:
            _LAST_FILES[path] = _identity(staged), value

    # The registry: validating the YAML costs more than a whole unchanged build

    def registry(self, directory: Path, loader: Callable[[Path], tuple]) -> tuple:
        """``loader(directory)`` (``load_registry``), or its result from the last build if no
        registry file and no generator file has changed since. Errors are never cached."""
        digest = hashlib.sha256(self.code.encode())
        for path in sorted(directory.glob("*.yml")) if directory.is_dir() else []:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        key = digest.hexdigest()
        if key in _LAST_REGISTRY:
            registry, warnings = _LAST_REGISTRY[key]
            return registry, list(warnings)
        path = self.folder / "registry.json"
        cached = self._read(path, CachedRegistry)
        if cached is not None and cached.key == key:
            registry, warnings = cached.registry, cached.warnings
        else:
            registry, warnings = loader(directory)
            self._write(path, CachedRegistry(key, registry, tuple(warnings)))
        _LAST_REGISTRY.clear()
        _LAST_REGISTRY[key] = registry, tuple(warnings)
        return registry, list(warnings)

    # Analyses, by seed key (content digest and name)

    def get(self, key: str, hint: Any) -> Any:
        return self._read(self.analyses / key[:2] / f"{key}.json", hint)

    def put(self, key: str, value: Any) -> None:
        self._write(self.analyses / key[:2] / f"{key}.json", value)

    def put_encoded(self, key: str, data: bytes) -> None:
        """``put`` of a value already encoded (``CODEC.dumps``; a worker process encodes its analyses)."""
        self._write(self.analyses / key[:2] / f"{key}.json", data, _as_is)

    def has(self, key: str) -> bool:
        """An analysis is on disk (a summary is trusted only beside its analysis: its page needs it).
        The folder is listed once a build (a file asked about one at a time cost a re-run a look-up
        per seed); a key not listed then is looked up on its own (an analysis written since)."""
        if self._listed is None:
            self._listed = set()
            try:
                for bucket in os.scandir(self.analyses):
                    if bucket.is_dir(follow_symlinks=False):
                        self._listed.update(name[:-5] for name in os.listdir(bucket.path)
                                            if name.endswith(".json") and name.startswith(bucket.name))
            except OSError:
                pass
        return key in self._listed or (self.analyses / key[:2] / f"{key}.json").is_file()

    def summaries(self, fallback: Callable[[str], Extraction] | None = None) -> dict[str, Any]:
        """Analysis key -> its summary, for this context. A summary that does not decode is a miss
        (that seed's analysis is read instead).

        The summaries are kept in two files (``SUMMARIES``): every summary's head (its article and
        events, which every re-run reads of every briefing) in one, read a line at a time; its rows
        (entities, mentions, quotes: most of it, which a re-run reads of few) in the other, of which
        only where each summary's are is held: they are read from it, as it is now (a build only
        appends to it or replaces it, never writes into what is there), when first used.

        With a ``fallback`` (an analysis key -> its summary's extraction, made from the analysis),
        the extraction is decoded a field at a time when first read (``summary.Lazy``); a row found
        damaged then is a miss of that summary too: its extraction is the fallback's. Without one,
        every summary is decoded now."""
        if fallback is not None:
            return self._summaries_by_line(fallback)
        entries: dict[str, Any] = {}
        for key, value in self._summaries_by_line(_no_fallback).items():
            if not isinstance(value, Diagnostic):
                try:
                    value = (value[0], Extraction(*(getattr(value[1], n) for n in summary._EXTRACTION)))
                except (CodecError, RecursionError):
                    continue
            entries[key] = value
        return entries

    def _summaries_by_line(self, fallback: Callable[[str], Extraction]) -> dict[str, Any]:
        decode = summary.Decoder(CODEC)
        entries: dict[str, Any] = {}
        try:
            with open(self.folder / SUMMARIES, "rb") as handle:
                header = handle.readline()
                token = _summaries_token(header, self.context)
                if token is None:
                    return {}
                try:
                    rows = _Rows(os.open(self.folder / _rows_file(token), os.O_RDONLY))
                except FileNotFoundError:
                    return {}  # the rows are lost: every summary is a miss
                size = os.fstat(rows.fd).st_size
                heads = _Rows(os.dup(handle.fileno()))  # its lines are copied from it (``save_summaries``)
                owner = (str(self.folder), self.context, token, fallback is _no_fallback)
                earlier = _LAST_HEADS.pop(owner, {})
                _LAST_HEADS.clear()
                decoded: dict[str, Any] = {}
                lines: list[tuple[str, int, int, int, int]] = []
                whole = True  # every head line ends with its newline (copied as it is)
                at = len(header)
                for data in handle:
                    start, at = at, at + len(data)
                    # The codec writes ASCII: anything else is damage, left to fail where it is.
                    line = data.decode("ascii", "replace").rstrip("\n")
                    place = _head_line(line)
                    if place is None:
                        continue
                    key, rows_at, rows_length = place
                    if rows_length < 3 or rows_at + rows_length > size:
                        continue  # not a line of the rows' file (damaged): a miss
                    lines.append((key, start, len(data), rows_at, rows_length))
                    whole = whole and data.endswith(b"\n")
                    entry = earlier.get(line)
                    if entry is None:
                        try:
                            entry = decode.head(line[_HEAD:-1], partial(rows.read, rows_at + 1, 0, rows_length - 3),
                                                partial(fallback, key))
                        except (CodecError, RecursionError):
                            continue
                    entries[key] = decoded[line] = entry
                self._read_lines = _Read(token, heads, rows, lines, whole)
                _LAST_HEADS[owner] = decoded
        except FileNotFoundError:
            return {}
        except OSError as error:
            self.problem = self.problem or f"cannot read {SUMMARIES}: {_reason(error)}"
            return {}
        return entries

    def save_summaries(self, keep: set[str], new: dict[str, Any]) -> None:
        """Keep the summaries of ``keep`` as they are (not encoded again) and add those of ``new``.

        The rows of the new summaries are appended to the rows' file this build read, and the heads'
        file is written again: the kept heads copied from it as they are, the new ones after them.
        An edit's re-run writes a summary's rows and the heads (a tenth of the summaries), not
        every briefing's rows. Where there is no such file, or it is more than half rows no summary
        names any longer (``COMPACT``), or a head line was cut short, both are written anew, under a
        new name."""
        if not self.writable:
            return
        parts: dict[str, tuple[bytes, bytes]] = {}
        for key in sorted(new):
            try:
                head, rows = summary.split(summary.encode(new[key], CODEC))
                parts[key] = head, b"[" + rows + b"]\n"  # a line of JSON: the rows' file is JSON Lines
            except TypeError:
                continue  # a summary the codec cannot restore exactly is not cached
        read = self._read_lines
        kept = [line for line in read.lines if line[0] in keep and line[0] not in new] if read else []
        path = self.folder / SUMMARIES
        out = None
        try:
            appended = self._append_rows(read, kept, parts) if read and read.whole else None
            token = read.token if appended is not None else _new_token()
            if appended is None:
                appended = self._write_rows(token, read, kept, parts)
            with tempfile.NamedTemporaryFile("wb", dir=self.folder, prefix=f".{SUMMARIES}.", delete=False) as out:
                out.write(b'["' + self.context.encode() + b'","' + token.encode() + b'"\n')
                if token == (read.token if read else None):
                    _copy_runs(read.heads.fd, [(start, length) for _, start, length, _, _ in kept], out)
                else:  # the kept rows are elsewhere in the new file: their heads are written again
                    for key, start, length, _, _ in kept:
                        line = read.heads.read(start, 0, length).rstrip("\n")
                        rows_at, rows_length = appended[key]
                        out.write(_head(key, rows_at, rows_length, line[_HEAD:-1].encode("ascii")))
                for key, (head, _) in parts.items():
                    rows_at, rows_length = appended[key]
                    out.write(_head(key, rows_at, rows_length, head))
                out.write(b"]")
            os.replace(out.name, path)
            self._read_lines = None  # that file is replaced: a later save reads this one
            if not read or token != read.token:
                _remove_rows(self.folder, token)
        except OSError as error:
            if out is not None:
                Path(out.name).unlink(missing_ok=True)
            self.writable = False
            self.problem = self.problem or f"cannot write {SUMMARIES}: {_reason(error)}"

    def _append_rows(self, read: "_Read", kept: list, parts: dict[str, tuple[bytes, bytes]]
                     ) -> dict[str, tuple[int, int]] | None:
        """The new summaries' rows appended to the rows' file ``read`` (analysis key -> where its
        rows are); None where that file is gone or replaced, or would be more than half dead rows:
        to be written anew."""
        live = sum(line[4] for line in kept) + sum(len(rows) for _, rows in parts.values())
        try:
            fd = os.open(self.folder / _rows_file(read.token), os.O_WRONLY | os.O_APPEND)
        except FileNotFoundError:
            return None
        try:
            if os.fstat(fd).st_ino != os.fstat(read.rows.fd).st_ino:
                return None  # replaced since it was read
            if _lock is not None:
                _lock(fd, _LOCK_EX)  # another build appending at once writes after, not into, these
            end = os.lseek(fd, 0, os.SEEK_END)
            if _to_compact(end + sum(len(rows) for _, rows in parts.values()), live):
                return None
            places: dict[str, tuple[int, int]] = {}
            for key, (_, rows) in parts.items():
                places[key] = (end, len(rows))
                end += len(rows)
            _write_all(fd, b"".join(rows for _, rows in parts.values()))
            return places
        finally:
            os.close(fd)

    def _write_rows(self, token: str, read: "_Read | None", kept: list,
                    parts: dict[str, tuple[bytes, bytes]]) -> dict[str, tuple[int, int]]:
        """A new rows' file: the kept summaries' rows copied from the one ``read``, then the new
        ones; analysis key -> where its rows are."""
        places: dict[str, tuple[int, int]] = {}
        out = None
        try:
            with tempfile.NamedTemporaryFile("wb", dir=self.folder, prefix=f".{SUMMARIES}.", delete=False) as out:
                at = 0
                for key, _, _, rows_at, rows_length in kept:
                    places[key] = (at, rows_length)
                    at += rows_length
                _copy_runs(read.rows.fd if read else -1, [(line[3], line[4]) for line in kept], out)
                for key, (_, rows) in parts.items():
                    places[key] = (at, len(rows))
                    at += len(rows)
                    out.write(rows)
            os.replace(out.name, self.folder / _rows_file(token))
        except BaseException:
            if out is not None:
                Path(out.name).unlink(missing_ok=True)
            raise
        return places

    def prune(self, keep: set[str]) -> None:
        """Drop analyses of other registries or generators, and of seeds no longer present."""
        root = self.folder / "analyses"
        if not self.writable or not root.is_dir():
            return
        for other in root.iterdir():
            if other.name != self.context:
                if other.is_dir() and not other.is_symlink():
                    shutil.rmtree(other, ignore_errors=True)
                else:
                    other.unlink(missing_ok=True)
        if not self.analyses.is_dir():
            return
        # Names, not paths: at 10,000 seeds a path object per analysis cost an edit's re-run ~0.1 s.
        for bucket in os.scandir(self.analyses):
            if not bucket.is_dir(follow_symlinks=False):
                continue
            for entry in os.scandir(bucket.path):
                name = entry.name
                if not (name.endswith(".json") and name[:-5] in keep):
                    try:
                        os.unlink(entry.path)
                    except FileNotFoundError:
                        pass
                    except IsADirectoryError:
                        shutil.rmtree(entry.path, ignore_errors=True)

    # The seed index, the link memo and the manifest

    def seed_index(self) -> SeedIndex:
        return self._read(self.folder / "seeds.json", SeedIndex) or SeedIndex()

    def save_seed_index(self, entries: dict[str, tuple[int, int, str]]) -> None:
        self._write(self.folder / "seeds.json", SeedIndex(entries, time.time_ns()))

    def archive_memo(self) -> ArchiveMemo:
        cached = self._read(self.folder / "archived.json", CachedArchive)
        return ArchiveMemo(cached.dates if cached is not None else {})

    def save_archive_memo(self, memo: ArchiveMemo, keep: set[str]) -> None:
        """Written when a date was found, or a seed is gone; only the dates of ``keep`` are kept."""
        dates = {key: day for key, day in memo.dates.items() if key in keep}
        if memo.changed or len(dates) != len(memo.dates):
            self._write(self.folder / "archived.json", CachedArchive(dates))

    def link_memo(self) -> LinkMemo | None:
        """The last link's memo, if of this context. In plain arrays (``_memo_json``), not the
        codec's tagged objects: a re-run after an edit reads it whole, and the codec's took longer
        to decode than link takes to use it; each briefing's keys and related briefings as a line of
        text, made when read (an edit reads few of them)."""
        seal: list[str] = []
        self._memo_read = self._read(self.folder / "link.json", LinkMemo,
                                     partial(_memo_from_json, self.context, seal=seal))
        self.memo_seal = seal[0] if seal and self._memo_read is not None else ""
        return self._memo_read

    def save_link_memo(self, memo: LinkMemo | None) -> None:
        """Written unless equal to the memo this build read, in every value and every mapping's order:
        then the file would be written with the same bytes (an edit that changes no entity a briefing
        names, its date or title changes none of it), and encoding it cost a re-run ~0.1 s at 10,000."""
        if memo is None:
            self.memo_seal = ""  # the file, if any, is another build's
        elif not _same_memo(memo, self._memo_read):
            self.memo_seal = ""
            seal: list[str] = []
            self._write(self.folder / "link.json", _memo_json(self.context, memo), partial(_sealed_json, seal=seal))
            self.memo_seal = seal[0] if seal and self.writable else ""

    def linked(self) -> Linked | None:
        """What the last link collected by entity (``link.Linked``), if of this context; in plain
        arrays checked on the way back, mentions and quotes as their rows (made when read)."""
        try:
            lists = (self.folder / LINKED_LISTS).read_bytes()
        except OSError:  # none (a miss), or unreadable: linked.json's own read says which
            lists = None
        linked = self._read(self.folder / LINKED, Linked, partial(_linked_from_json, self.context, lists))
        if linked is not None:
            # Saved beside the link memo this build read (its seal, as ``save_linked`` left it): link may
            # take that memo's places and keys for the briefings whose analysis is unchanged.
            linked.paired = bool(self.memo_seal) and linked.memo == self.memo_seal
        return linked

    def save_linked(self, linked: Linked | None) -> None:
        """Saved after the link memo (``save_link_memo``), with the seal of the memo it left; its entity
        lists only when link changed them, or they were not read from a file sealed as written."""
        if linked is not None:
            if not (linked.lists_seal and linked.lists_kept):
                seal: list[str] = []
                linked.lists_seal = ""
                self._write(self.folder / LINKED_LISTS, _linked_lists_json(self.context, linked),
                            partial(_sealed_json, seal=seal))
                linked.lists_seal = seal[0] if seal and self.writable else ""
            linked.memo = self.memo_seal
            self._write(self.folder / LINKED, _linked_json(self.context, linked), _sealed_json)

    def stamps(self) -> tuple[dict, dict, dict, dict, dict, dict]:
        """The last build's stamps (``save_stamps``), if of this context: entities', export lines',
        briefings' and entities' as pages name them, and the briefings' links as they were made
        with (``Stamps.stale``) if the link memo this build read is the one they were made with
        (its seal; read first), else none; and the entities' counts of briefings (``Stamps.counted``)."""
        cached = self._read(self.folder / "stamps.json", CachedStamps)
        if cached is None or cached.context != self.context:
            return {}, {}, {}, {}, {}, {}
        self.stamps_signature = cached.signature
        same_memo = bool(cached.memo) and cached.memo == self.memo_seal
        return (cached.stamps, cached.lines, cached.briefings, cached.entities, cached.idents if same_memo else {},
                cached.counts)

    def save_stamps(self, stamps: dict[str, tuple[str, str]], lines: dict[str, tuple[str, ...]],
                    briefings: dict[str, tuple[str, ...]], entities: dict[str, tuple[str, str]],
                    idents: dict[str, str] | None = None, counts: dict[str, int] | None = None,
                    signature: str = "") -> None:
        """Saved after the link memo (``save_link_memo``): with the seal of the memo it left, and the build's
        signature (the manifest's, saved next)."""
        self._write(self.folder / "stamps.json", CachedStamps(self.context, stamps, lines, briefings, entities,
                                                              idents or {}, self.memo_seal if idents else "",
                                                              counts or {}, signature))

    def manifest(self) -> Manifest | None:
        """The last build's manifest, whichever generator made it (its pages are on disk all the same)."""
        return self._read(self.folder / "manifest.json", Manifest)

    def save_manifest(self, manifest: Manifest) -> None:
        self._write(self.folder / "manifest.json", manifest)


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns  # (a rename changes the ctime)


def _copy(fd: int, start: int, end: int, out) -> None:
    """Bytes ``start`` to ``end`` of the open file ``fd`` into ``out``; OSError if they cannot all be read.
    In the kernel where it can (``copy_file_range``: no copy through this process, which cost an
    edit's re-run at 10,000 ~0.1 s for the summaries' file), else read and written here."""
    if start < end and _COPY_RANGE is not None:
        out.flush()  # what ``out`` holds goes first; the copy then writes at the file's offset
        try:
            while start < end:
                copied = _COPY_RANGE(fd, out.fileno(), end - start, start)
                if not copied:
                    raise OSError(f"{SUMMARIES} ended early")
                start += copied
        except OSError as error:
            if error.errno not in _NO_COPY_RANGE:
                raise
            # Not supported here (another file system, an old kernel): copied below. Nothing
            # was copied by the call that failed, and what was is at the file's offset.
    while start < end:
        data = os.pread(fd, min(end - start, 1 << 22), start)
        if not data:
            raise OSError(f"{SUMMARIES} ended early")
        out.write(data)
        start += len(data)


_COPY_RANGE = getattr(os, "copy_file_range", None)
_NO_COPY_RANGE = {errno.ENOSYS, errno.EXDEV, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF, errno.EPERM}


class _Rows:
    """An open file of the summaries' (a descriptor of its own), read at a place: a summary's rows
    when first used, or a head line to copy. A read that fails is a row that does not decode (the
    fallback's summary is used)."""

    __slots__ = ("fd",)

    def __init__(self, fd: int):
        self.fd = fd

    def read(self, base: int, start: int, length: int) -> str:
        try:
            data = _pread(self.fd, length, base + start)
        except OSError:
            data = b""
        return data.decode("ascii", "replace")

    def __del__(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


def _pread(fd: int, length: int, at: int) -> bytes:
    if hasattr(os, "pread"):
        return os.pread(fd, length, at)
    os.lseek(fd, at, os.SEEK_SET)  # one thread reads them
    return os.read(fd, length)


@dataclass
class _Read:
    """The summaries' files as this build read them (``Cache.summaries``): the rows' file's name,
    both files open, and each head line's analysis key, place and length and its rows' place and
    length, in order; ``whole``: every line ends with its newline (can be copied as it is)."""
    token: str
    heads: _Rows
    rows: _Rows
    lines: list[tuple[str, int, int, int, int]]
    whole: bool


# A head line: ',["<key: 64 hex digits>",<rows' place>,<their length>,<head>]', the place and length
# right-aligned in 12 and 10 characters (spaces before them: JSON numbers have no leading zeros).
_HEAD = 93
_DIGITS = frozenset("0123456789")


def _head(key: str, rows_at: int, rows_length: int, head: bytes) -> bytes:
    return b',["%s",%12d,%10d,%s]\n' % (key.encode("ascii"), rows_at, rows_length, head)


def _head_line(line: str) -> tuple[str, int, int] | None:
    """(analysis key, its rows' place and length) of a head line, None if it is not one."""
    if len(line) <= _HEAD + 1 or line[:3] != ',["' or line[67:69] != '",' or line[81] != "," \
            or line[92] != "," or line[-1] != "]":
        return None
    place, length = line[69:81].lstrip(" "), line[82:92].lstrip(" ")
    if not (place and length and _DIGITS.issuperset(place + length)):
        return None
    return line[3:67], int(place), int(length)


def _summaries_token(header: bytes, context: str) -> str | None:
    """The rows' file's name in the heads' file's first line ('["<context>","<token>"'), if of ``context``."""
    prefix = b'["' + context.encode() + b'","'
    token = header[len(prefix):-2]
    if not header.startswith(prefix) or header[-2:] != b'"\n' or len(token) != 16 \
            or not _DIGITS.union("abcdef").issuperset(token.decode("ascii", "replace")):
        return None
    return token.decode("ascii")


def _rows_file(token: str) -> str:
    return f"summaries-{token}.jsonl"


def _new_token() -> str:
    return os.urandom(8).hex()


def _remove_rows(folder: Path, token: str) -> None:
    """Every rows' file but ``token``'s (another build's still open one is read on: POSIX)."""
    keep = _rows_file(token)
    for entry in os.scandir(folder):
        if entry.name.startswith("summaries-") and entry.name.endswith(".jsonl") and entry.name != keep:
            try:
                os.unlink(entry.path)
            except OSError:
                pass


def _to_compact(size: int, live: int) -> bool:
    """A rows' file of ``size`` bytes, ``live`` of them rows a summary names, is to be written anew."""
    return size > max(COMPACT, 2 * live)


def _no_fallback(key: str) -> Extraction:
    raise CodecError(f"the summary {key} does not decode")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _copy_runs(fd: int, places: list[tuple[int, int]], out) -> None:
    """Bytes at these places (start, length) of the open file ``fd`` into ``out``, in order, copied in
    runs of neighbouring places (an edit's re-run copies all but one or two: a few large copies)."""
    run_start = run_end = 0
    for start, length in places:
        if start != run_end:
            _copy(fd, run_start, run_end, out)
            run_start = start
        run_end = start + length
    _copy(fd, run_start, run_end, out)


try:
    from fcntl import LOCK_EX as _LOCK_EX, flock as _lock
except ImportError:  # no such locks here: builds at once in one cache folder are not expected
    _LOCK_EX, _lock = 0, None


# The link memo as plain arrays: each value's type is fixed by its place, and checked on the way back


# The briefings' keys and related briefings as a list of ids and their lines joined in one text (a line
# of space-separated keys; a JSON line of ``[id, score, shared]`` lists): read whole, a text is a string
# to JSON, and each line is made into a value only when asked for (``link.KeysMemo``, ``link.RelatedMemo``).


def _memo_json(context: str, memo: LinkMemo) -> dict:
    keys_of, related = memo.keys_of, memo.related
    keys_lines = list(keys_of.rows.values()) if isinstance(keys_of, KeysMemo) else \
        [" ".join(sorted(keys)) for keys in keys_of.values()]
    related_lines = [related.line(bid) for bid in related] if isinstance(related, RelatedMemo) else \
        [_related_line(items) for items in related.values()]
    return {"context": context, "keys_of": [list(keys_of), "\n".join(keys_lines)],
            "sort_of": memo.sort_of, "names": memo.names, "related": [list(related), "\n".join(related_lines)],
            "cooccurrence": memo.cooccurrence, "told": memo.told, "sources": memo.sources}


def _same_memo(memo: LinkMemo, other: LinkMemo | None) -> bool:
    """Equal memos, each mapping's keys in the same order: ``_memo_json`` makes the same bytes of both."""
    if other is None or memo != other:
        return False
    return all(list(getattr(memo, name)) == list(getattr(other, name))
               for name in ("keys_of", "sort_of", "names", "related", "cooccurrence", "told"))


def _plain_json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), check_circular=False).encode("ascii")


# A sealed file: "sha256:<digest of the rest>", a line break, then the JSON. Its value is checked
# entry by entry only when the digest does not match (damaged, or not written by the generator): one
# that matches holds the bytes this generator wrote (the context names the code), and the checks,
# every entry of every briefing, cost an edit's re-run at 10,000 more than reading the file.
_SEAL = b"sha256:"


def _sealed_json(value: Any, seal: list | None = None) -> bytes:
    """The sealed file's bytes (its seal, the digest, appended to ``seal``)."""
    body = _plain_json(value)
    digest = hashlib.sha256(body).hexdigest()
    if seal is not None:
        seal.append(digest)
    return _SEAL + digest.encode("ascii") + b"\n" + body


def _unsealed(data: bytes) -> tuple[bytes, bool]:
    """A file's JSON, and whether it is sealed as written (the digest of its JSON is the one above it)."""
    if data.startswith(_SEAL) and data[71:72] == b"\n":
        body = data[72:]
        return body, hashlib.sha256(body).hexdigest().encode("ascii") == data[7:71]
    return data, False


def _of_context(context: str, data: bytes) -> dict | None:
    """A plain-arrays file's object, None if of another context; CodecError if not JSON."""
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError) as error:
        raise CodecError(f"not JSON: {error}") from None
    return raw if type(raw) is dict and raw.get("context") == context else None


def _memo_from_json(context: str, data: bytes, seal: list | None = None) -> LinkMemo | None:
    """``_memo_json``'s value back (None if of another context); CodecError for anything else.
    A file sealed as written: its seal appended to ``seal``."""
    digest = data[7:71].decode("ascii", "replace")
    data, sealed = _unsealed(data)
    if sealed and seal is not None:
        seal.append(digest)
    raw = _of_context(context, data)
    if raw is None:
        return None
    try:
        return _memo_as_written(raw) if sealed else _memo(raw)
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise CodecError(f"not a link memo: {error}") from None


def _memo(raw: dict) -> LinkMemo:
    def strings(value: Any) -> list:
        if type(value) is not list or not all(type(v) is str for v in value):
            raise CodecError("expected text")
        return value

    def mapping(value: Any) -> dict:
        if type(value) is not dict:
            raise CodecError("expected an object")
        return value

    def lines(value: Any) -> tuple[list, list]:
        if type(value) is not list or len(value) != 2 or type(value[1]) is not str:
            raise CodecError("expected ids and lines")
        ids, text = strings(value[0]), value[1]
        rows = text.split("\n") if ids else []
        if len(rows) != len(ids) or text and not ids:
            raise CodecError("expected a line for each id")
        return ids, rows

    keys_of = {bid: frozenset(strings(line.split(" ")) if line else ()) for bid, line in zip(*lines(raw["keys_of"]))}
    sort_of = {}
    for bid, place in mapping(raw["sort_of"]).items():
        if type(place) is not list or len(place) != 3 or tuple(map(type, place)) != (int, str, str):
            raise CodecError("expected a place in the order")
        sort_of[bid] = tuple(place)
    names = mapping(raw["names"])
    strings(list(names.values()))
    related = {}
    for bid, line in zip(*lines(raw["related"])):
        try:
            items = json.loads(line)
        except (ValueError, RecursionError):
            raise CodecError("expected related briefings") from None
        if type(items) is not list:
            raise CodecError("expected related briefings")
        made = []
        for item in items:
            if type(item) is not list or len(item) != 3 or type(item[0]) is not str or type(item[1]) is not float:
                raise CodecError("expected a related briefing")
            made.append(Related(item[0], item[1], tuple(strings(item[2]))))
        related[bid] = tuple(made)
    companions = []
    for what in ("cooccurrence", "told"):
        counted = {}
        for key, items in mapping(raw[what]).items():
            if type(items) is not list or not all(type(i) is list and len(i) == 2 and type(i[0]) is str
                                                  and type(i[1]) is int for i in items):
                raise CodecError("expected companions")
            counted[key] = tuple(map(tuple, items))
        companions.append(counted)
    if type(raw["sources"]) is not str:
        raise CodecError("expected the sources' digest")
    return LinkMemo(keys_of, sort_of, names, related, *companions, raw["sources"])


def _memo_as_written(raw: dict) -> LinkMemo:
    """``_memo``'s value of a sealed file, not checked: made as ``_memo`` makes it, but for the keys and
    related briefings, each briefing's made when first read (``link.KeysMemo``, ``link.RelatedMemo``: a
    re-run reads few)."""
    return LinkMemo(KeysMemo(raw["keys_of"][0], raw["keys_of"][1].split("\n") if raw["keys_of"][0] else []),
                    {bid: tuple(place) for bid, place in raw["sort_of"].items()}, raw["names"],
                    RelatedMemo(*raw["related"]),
                    {key: tuple(map(tuple, items)) for key, items in raw["cooccurrence"].items()},
                    {key: tuple(map(tuple, items)) for key, items in raw["told"].items()}, raw["sources"])


# What link collected by entity, as plain arrays: a mention or quote as its row (``summary.encode``)


def _linked_json(context: str, linked: Linked) -> dict:
    return {"context": context, "format": LINKED_FORMAT, "versions": linked.versions, "bases": linked.bases,
            "slugs": linked.slugs, "memo": linked.memo, "lists": linked.lists_seal}


def _linked_lists_json(context: str, linked: Linked) -> dict:
    return {"context": context, "names": linked.names, "kinds": linked.kinds,
            **{what: {k: packed(v) for k, v in getattr(linked, what).items()} for what in ("mentions", "roles", "quotes")}}


_PACKED = {what: re.compile(f"{entry}( {entry})*") for what, entry in (
    ("mentions", r"[0-9a-f]{12}:\d+:-?\d+:[01]"), ("roles", r"[0-9a-f]{12}:\d+"), ("quotes", r"[0-9a-f]{12}:\d+:-?\d+"))}


def _linked_from_json(context: str, lists: bytes | None, data: bytes) -> Linked | None:
    """``_linked_json``'s value back with its entity lists (``lists``, ``_linked_lists_json``'s bytes): None if
    of another context or format, or if the lists are not the ones saved with it (their seal); CodecError for
    anything else. Every entry names a briefing of ``versions``; whether its place is one is checked when read.
    Files sealed as written are not checked (``_unsealed``); a file not sealed as written gives no slugs and
    names no memo (its briefings' slugs are assigned again, and the memo's places are not taken), and lists
    not sealed as written are written again."""
    data, sealed = _unsealed(data)
    raw = _of_context(context, data)
    if raw is None or raw.get("format") != LINKED_FORMAT or lists is None:
        return None
    seal = lists[7:71].decode("ascii", "replace")
    lists, lists_sealed = _unsealed(lists)
    if seal != raw.get("lists"):
        return None  # another build's lists (a build that wrote them and not this file)
    listed = _of_context(context, lists)
    if listed is None:
        return None
    if sealed and lists_sealed:
        try:
            return Linked(raw["versions"], *(listed[what] for what in ("names", "kinds", "mentions", "roles", "quotes")),
                          bases=raw["bases"], slugs=raw.get("slugs"), memo=raw.get("memo") or "", lists_seal=seal)
        except KeyError as error:
            raise CodecError(f"not what link collected: {error}") from None

    def texts(value: Any, kind: type) -> dict:
        if type(value) is not dict or not all(type(v) is kind for v in value.values()):
            raise CodecError("expected an object")
        return value

    names, kinds = texts(listed.get("names"), dict), texts(listed.get("kinds"), str)
    versions, bases = texts(raw.get("versions"), str), texts(raw.get("bases"), str)
    if names.keys() != kinds.keys():
        raise CodecError("expected a kind for each entity named")
    for counted in names.values():
        if not counted or not all(type(n) is int and n > 0 for n in counted.values()):
            raise CodecError("expected counts")
    entries = {what: texts(listed.get(what), str) for what in _PACKED}
    for what, pattern in _PACKED.items():
        if not all(map(pattern.fullmatch, entries[what].values())):
            raise CodecError(f"expected {what}")
    # Each entry is checked above to start with a briefing id of 12 characters.
    if not {entry[:12] for entry in " ".join(v for each in entries.values() for v in each.values()).split(" ")
            if entry} <= versions.keys():
        raise CodecError("an entry of a briefing not linked")
    linked = Linked(versions, names, kinds, entries["mentions"], entries["roles"], entries["quotes"], bases=bases)
    if sealed:
        linked.slugs, linked.memo = raw.get("slugs"), raw.get("memo") or ""
    linked.lists_seal = seal if lists_sealed else ""
    return linked


def _warning(folder: Path | None, message: str) -> Diagnostic:
    return Diagnostic("warning", str(folder or "build cache"), message,
                      fix="delete the folder, or set BRIEFINGS_CACHE_DIR to a folder you can write")


def _reason(error: OSError) -> str:
    return f"{error.strerror or error}" + (f": {error.filename}" if getattr(error, "filename", None) else "")
