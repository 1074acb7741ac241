"""Input files: what may be read as a seed or a registry file, and how its name is shown.

The one place that opens files the user's repository supplies. A repository is
untrusted input: a symbolic link in ``seeds/`` could point at ``/etc/passwd`` or
``.git/config`` (which holds a CI checkout token), and a FIFO would hang the
build. Only regular files that are really inside their folder are read; the
folder itself may be a link. File names are data too: shown everywhere with
control characters, terminal escapes and undecodable bytes escaped.
"""
from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from .model import Diagnostic, SeedError

MAX_INPUT_BYTES = 5 * 1024 * 1024
# Saved web pages (``read_html``): here, so that telling a seed's format does not load that reader.
HTML_SUFFIXES = (".html", ".htm")


def display_name(name: str | Path) -> str:
    """A file name as one line of plain text, different for every different name.

    Bytes that are not UTF-8 show as ``\\xNN``, control and format characters (newlines,
    terminal escapes, bidirectional overrides) as ``\\xNN``/``\\uNNNN``, and a backslash
    as ``\\\\``, so two names never share a display name."""
    name = name.name if isinstance(name, Path) else name
    out = []
    for char in name:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, as os.fsdecode gives it
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char == "\\":
            out.append("\\\\")
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp") and char != "\u200d":
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
        else:
            out.append(char)
    return "".join(out)


def read_regular_file(path: Path, limit: int = MAX_INPUT_BYTES, what: str = "seed") -> bytes:
    """The bytes of ``path`` if it is a regular file, not a link, at most ``limit`` bytes.

    Raises SeedError naming the file and the fix. The type is checked on the open
    file itself (``O_NOFOLLOW``, ``fstat``), so a file swapped for a link between
    the check and the read is refused too."""
    name = display_name(path)
    folder = f"the {what}s folder" if what == "seed" else "the registry folder"
    try:
        info = os.lstat(path)
    except OSError as exc:
        raise SeedError(Diagnostic("error", name, f"cannot be read: {exc.strerror}",
                                   fix="check the file's permissions")) from exc
    _refuse_special(info, name, folder)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path):
            _refuse_special(os.lstat(path), name, folder)
        raise SeedError(Diagnostic("error", name, f"cannot be read: {exc.strerror}",
                                   fix="check the file's permissions")) from exc
    try:
        info = os.fstat(fd)
        _refuse_special(info, name, folder)
        if info.st_size > limit:
            raise _too_big(name, info.st_size, limit)
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # grew while being read
                raise _too_big(name, size, limit)
        return b"".join(chunks)
    except OSError as exc:
        raise SeedError(Diagnostic("error", name, f"cannot be read: {exc.strerror}",
                                   fix="check the file's permissions")) from exc
    finally:
        os.close(fd)


def _refuse_special(info: os.stat_result, name: str, folder: str) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise SeedError(Diagnostic(
            "error", name, f"is a symbolic link; only regular files inside {folder} are read",
            fix=f"copy the file into {folder} instead of linking to it, or delete the link"))
    if stat.S_ISDIR(info.st_mode):
        raise SeedError(Diagnostic("error", name, "is a folder, not a file",
                                   fix=f"rename the folder, or move its files into {folder}"))
    if not stat.S_ISREG(info.st_mode):
        raise SeedError(Diagnostic("error", name, "is not a regular file (a pipe, socket or device)",
                                   fix=f"remove it from {folder}"))


def _too_big(name: str, size: int, limit: int) -> SeedError:
    return SeedError(Diagnostic("error", name, f"is {size / 1048576:.1f} MB; seeds are limited to {limit // 1048576} MB",
                                fix="split the article into several seeds or remove embedded data"))


# YAML from the repository: aliases can make a 400-byte document expand to billions of
# values (a "billion laughs"), which any walk over it (a message's repr, a copy) exhausts.

MAX_YAML_NODES = 10_000


def yaml_too_big(node, limit: int = MAX_YAML_NODES) -> bool:
    """Whether a composed YAML document, with every alias expanded, has more than ``limit`` nodes."""
    import yaml

    sizes: dict[int, int] = {}
    busy: set[int] = set()

    def size(item) -> int:
        known = sizes.get(id(item))
        if known is not None:
            return known
        if id(item) in busy:  # an alias inside its own anchor: endless once expanded
            return limit + 1
        busy.add(id(item))
        total = 1
        if isinstance(item, yaml.SequenceNode):
            for child in item.value:
                total += size(child)
                if total > limit:
                    break
        elif isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                total += size(key) + size(value)
                if total > limit:
                    break
        busy.discard(id(item))
        sizes[id(item)] = total = min(total, limit + 1)
        return total

    try:
        return node is not None and size(node) > limit
    except RecursionError:
        return True
