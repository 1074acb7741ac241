"""Cache: what earlier builds learnt, so a re-run does only the work that changed.

Two things are kept in a cache folder (``.cache/briefings`` next to the seeds
folder by default; safe to delete at any time):

- the analysis of each seed (read → parse → extract), keyed by the seed's
  content hash, under a folder named for the registry and generator code it
  was made with, so a registry edit or a code change starts afresh;
- the last build's manifest: the inputs' signature, the generated pages'
  sizes, times and hashes, and its report, so an unchanged tree is recognised
  without rendering, and unchanged pages without reading them back.

A missing, stale or damaged cache file is a cache miss, never an error.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .write import atomic_write

PACKAGE = Path(__file__).resolve().parent
FORMAT = 1  # bump when the layout of cache files changes
# The modules a seed's analysis depends on; a change to any other (link, render,
# templates) re-renders pages but keeps the analyses.
ANALYSIS_MODULES = ("read.py", "read_html.py", "parse.py", "meta.py", "extract.py", "model.py", "text.py", "registry.py", "slug.py",
                    "cache.py")


def code_version(analysis_only: bool = False) -> str:
    """A hash of the generator's code (and templates): a change invalidates what was made with it."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if "__pycache__" in path.parts or path.suffix not in (".py", ".j2"):
            continue
        if analysis_only and path.name not in ANALYSIS_MODULES:
            continue
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _load(path: Path) -> Any:
    """Unpickle a cache file; anything unreadable is removed and counts as a miss."""
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:  # damaged, truncated or from an incompatible version
        try:
            path.unlink()
        except OSError:
            pass
        return None


def _dump(path: Path, value: Any) -> None:
    atomic_write(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


# Seeds


@dataclass
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


# The registry: validating the YAML costs more than a whole unchanged build


def load_registry_cached(directory: Path, folder: Path, loader: Callable[[Path], tuple]) -> tuple:
    """``loader(directory)`` (``load_registry``), or its result from the last build if no
    registry file and no generator module it depends on has changed since. Errors are never cached."""
    digest = hashlib.sha256(code_version(analysis_only=True).encode())
    for path in sorted(directory.glob("*.yml")) if directory.is_dir() else []:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    key = digest.hexdigest()
    cached = _load(folder / "registry.pickle")
    if isinstance(cached, tuple) and len(cached) == 2 and cached[0] == key:
        return cached[1]
    result = loader(directory)
    _dump(folder / "registry.pickle", (key, result))
    return result


# The cache


class Cache:
    """Per-seed analyses and the last build's manifest, in one folder."""

    def __init__(self, folder: Path, registry_digest: str, version: str | None = None):
        self.folder = folder
        self.version = version or code_version(analysis_only=True)
        self.context = hashlib.sha256(f"{registry_digest}\0{self.version}".encode()).hexdigest()[:20]
        self.analyses = folder / "analyses" / self.context

    # Analyses, by seed content digest

    def get(self, digest: str) -> Any:
        return _load(self.analyses / digest[:2] / f"{digest}.pickle")

    def put(self, digest: str, value: Any) -> None:
        _dump(self.analyses / digest[:2] / f"{digest}.pickle", value)

    def prune(self, keep: set[str]) -> None:
        """Drop analyses of other registries or code versions, and of seeds no longer present."""
        root = self.folder / "analyses"
        if root.is_dir():
            for other in root.iterdir():
                if other.name != self.context:
                    shutil.rmtree(other, ignore_errors=True)
        if not self.analyses.is_dir():
            return
        for bucket in self.analyses.iterdir():
            for path in bucket.glob("*.pickle"):
                if path.stem not in keep:
                    path.unlink(missing_ok=True)

    # The seed index and the manifest

    def seed_index(self) -> SeedIndex:
        value = _load(self.folder / "seeds.pickle")
        return value if isinstance(value, SeedIndex) else SeedIndex()

    def save_seed_index(self, entries: dict[str, tuple[int, int, str]]) -> None:
        _dump(self.folder / "seeds.pickle", SeedIndex(entries, time.time_ns()))

    def manifest(self) -> dict:
        value = _load(self.folder / "manifest.pickle")
        return value if isinstance(value, dict) and value.get("context") == self.context else {}

    def save_manifest(self, manifest: dict) -> None:
        _dump(self.folder / "manifest.pickle", {**manifest, "context": self.context})
