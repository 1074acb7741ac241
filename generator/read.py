"""Read: seed files on disk become decoded ``Seed`` objects.

The only stage that touches the seeds directory. It decides what a file's text
is (encoding, line endings, front matter) and refuses what cannot be a seed,
naming the file and the fix.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from pathlib import Path

import yaml
from frontmatter.default_handlers import YAMLHandler

from .files import HTML_SUFFIXES, MAX_INPUT_BYTES as MAX_SEED_BYTES, display_name, read_regular_file, yaml_too_big
from .model import Diagnostic, Seed, SeedError
from .text import clean, shown

TEXT_SUFFIXES = (".txt", ".md")
# One reader per format, all giving the same Seed: text and Markdown here, saved web pages in read_html.
SEED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
# Key in a seed's front matter dict holding each key's line in the file (meta.py removes it).
META_LINES = "__lines__"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings tried when a seed is not UTF-8, most likely first: seeds are mostly
# Chinese and English news, so a tie between candidates goes to the earlier one.
DETECT_ENCODINGS = ("gb18030", "big5", "cp1252", "shift_jis", "euc_kr", "latin_1")
_FENCE = re.compile(r"^(?:-{3,}|\.{3})[ \t]*$", re.M)
_BINARY = "is a binary file, not text"
_BINARY_FIX = "seeds must be plain text (.txt), Markdown (.md) or a saved web page (.html); remove the file"


def seed_paths(seeds_dir: Path) -> list[Path]:
    """Seed files in a stable order; hidden and editor temp files are skipped.

    Every name with a seed's suffix is listed, whatever it is: ``read_seed`` refuses
    links, folders and special files by name rather than letting them pass unseen."""
    if not seeds_dir.is_dir():
        return []
    return sorted(
        (p for p in seeds_dir.iterdir()
         if p.suffix.lower() in SEED_SUFFIXES
         and not p.name.startswith((".", "~")) and not p.name.endswith("~")),
        key=lambda p: os.fsencode(p.name),
    )


def decode(raw: bytes, name: str) -> tuple[str, str]:
    """Bytes to text: BOMs first, then strict UTF-8, then detection."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise SeedError(Diagnostic("error", name, f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason}",
                                           fix="re-save the file as UTF-8")) from exc
    try:
        # NUL bytes are valid UTF-8 but never text: UTF-16 without a BOM, or binary.
        if b"\x00" in raw:
            raise UnicodeDecodeError("utf-8", raw, 0, 1, "NUL byte")
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(raw, name)
    if "\x00" in text:
        raise SeedError(Diagnostic("error", name, _BINARY, fix=_BINARY_FIX))
    return text, encoding


def _detect(raw: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    if b"\x00" in raw:
        # NUL bytes without a BOM: UTF-16 without a BOM, or binary. UTF-16 text puts
        # its NULs (the high bytes of ASCII characters) all on one side of each pair.
        even, odd = raw[0::2].count(0), raw[1::2].count(0)
        for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
            if low or high < len(raw) / 10:
                continue
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if text and sum(c.isprintable() or c.isspace() for c in text) / len(text) > 0.97:
                return text, encoding
        raise SeedError(Diagnostic("error", name, _BINARY, fix=_BINARY_FIX))
    matches = [m for m in from_bytes(raw, cp_isolation=list(DETECT_ENCODINGS)) if m.chaos <= 0.3]
    if not matches:
        raise SeedError(Diagnostic("error", name, "is not UTF-8 and its encoding could not be detected",
                                   fix="re-save the file as UTF-8"))
    # Short texts fit several encodings equally well: prefer the likelier one.
    order = {e: i for i, e in enumerate(DETECT_ENCODINGS)}
    best = min(matches, key=lambda m: (round(m.chaos, 2), order.get(m.encoding, len(order))))
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line endings become newlines; control characters go."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # Form feeds and vertical tabs break lines; other characters that are never text go.
    return clean(text.replace("\x0b", "\n").replace("\x0c", "\n"))


def read_seed(path: Path) -> Seed:
    """Read one seed file; raise SeedError with the file and the fix."""
    return parse_seed_bytes(read_regular_file(path), path.name)


def parse_seed_bytes(raw: bytes, name: str) -> Seed:
    """A seed's bytes, read by the reader for its format (its file name's suffix)."""
    name = display_name(name)
    if name.lower().endswith(HTML_SUFFIXES):
        from .read_html import read_html  # loaded for the first saved page: a re-run of text seeds needs none
        return read_html(raw, name)
    return read_text(raw, name)


def read_text(raw: bytes, name: str) -> Seed:
    """A plain-text or Markdown seed: decoded, newlines normalised, front matter split off (.md)."""
    digest = hashlib.sha256(raw).hexdigest()
    text, encoding = decode(raw, name)
    text = normalise_newlines(text)
    meta: dict = {}
    body_line = 1
    if name.lower().endswith(".md") and text.startswith("---\n"):
        meta, text, body_line = _split_front_matter(text, name)
    if not text.strip():
        raise SeedError(Diagnostic("error", name, "is empty" if not meta else "has front matter but no article text",
                                   line=body_line, fix="paste the article text into the file, or delete it"))
    return Seed(name=name, text=text, meta=meta, body_line=body_line, digest=digest, encoding=encoding)


class _SeedLoader(yaml.SafeLoader):
    """Safe YAML where a malformed date stays text, so meta can report it as not a date."""


def _timestamp(loader: _SeedLoader, node: yaml.Node):
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_SeedLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


class _SeedYAML(YAMLHandler):
    def load(self, fm: str, **kwargs):
        return yaml.load(fm, Loader=_SeedLoader)


def _split_front_matter(text: str, name: str) -> tuple[dict, str, int]:
    """Front matter between a first line '---' and the next '---' (or '...') line."""
    first_end = text.find("\n")
    fence = _FENCE.search(text, first_end + 1) if first_end != -1 else None
    if fence is None:
        raise SeedError(Diagnostic("error", name, "front matter starts with '---' but never ends", line=1,
                                   fix="close the front matter with a line containing only '---'"))
    block = text[first_end + 1:fence.start()]
    try:
        if yaml_too_big(yaml.compose(block, Loader=_SeedLoader)):
            raise SeedError(Diagnostic("error", name, "front matter expands to too many values (YAML aliases)",
                                       line=2, fix="write front matter as simple 'key: value' lines, without '&' and '*'"))
        data = _SeedYAML().load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        raise SeedError(Diagnostic(
            "error", name, f"front matter is not valid YAML: {getattr(exc, 'problem', None) or exc}",
            line=(mark.line + 2) if mark else 1,
            fix="correct the YAML between the '---' lines (quote values containing ':' or '#')")) from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise SeedError(Diagnostic("error", name, f"front matter cannot be read: {shown(str(exc))}", line=1,
                                   fix="write front matter as simple 'key: value' lines")) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise SeedError(Diagnostic("error", name, "front matter must be key: value pairs", line=2,
                                   fix="write front matter as 'title: ...' lines"))
    body_line = text.count("\n", 0, fence.end()) + 2
    data = dict(data)
    data[META_LINES] = _key_lines(text[first_end + 1:fence.start()])
    return data, text[fence.end() + 1:], body_line


def _key_lines(fm: str) -> dict[str, int]:
    """The file line of each top-level front-matter key, for messages about its value."""
    node = yaml.compose(fm, Loader=_SeedLoader)
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {str(key.value): key.start_mark.line + 2 for key, _ in node.value}
