"""Read: seed files on disk become decoded ``Seed`` objects.

The only stage that touches the seeds directory. It decides what a file's text
is (encoding, line endings, front matter) and refuses what cannot be a seed,
naming the file and the fix.
"""
from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import frontmatter
import yaml

from .model import Diagnostic, Seed, SeedError

SEED_SUFFIXES = (".txt", ".md")
MAX_SEED_BYTES = 5 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def seed_paths(seeds_dir: Path) -> list[Path]:
    """Seed files in a stable order; hidden and editor temp files are skipped."""
    if not seeds_dir.is_dir():
        return []
    return sorted(
        (p for p in seeds_dir.iterdir()
         if p.is_file() and p.suffix.lower() in SEED_SUFFIXES
         and not p.name.startswith((".", "~")) and not p.name.endswith("~")),
        key=lambda p: p.name,
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
        text = raw.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(raw, name)
    if "\x00" in text:
        raise SeedError(Diagnostic("error", name, "is a binary file, not text",
                                   fix="seeds must be plain text (.txt) or Markdown (.md); remove the file"))
    return text, encoding


def _detect(raw: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    if b"\x00" in raw[:4096] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # NUL bytes without a BOM: UTF-16 without a BOM, or binary.
        for encoding in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError:
                continue
            if text and sum(c.isprintable() or c.isspace() for c in text) / len(text) > 0.97:
                return text, encoding
        raise SeedError(Diagnostic("error", name, "is a binary file, not text",
                                   fix="seeds must be plain text (.txt) or Markdown (.md); remove the file"))
    best = from_bytes(raw, cp_isolation=["gb18030", "big5", "cp1252", "utf_16", "shift_jis", "euc_kr", "latin_1"]).best()
    if best is None or best.chaos > 0.3:
        raise SeedError(Diagnostic("error", name, "is not UTF-8 and its encoding could not be detected",
                                   fix="re-save the file as UTF-8"))
    return str(best), best.encoding


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def read_seed(path: Path) -> Seed:
    """Read one seed file; raise SeedError with the file and the fix."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            raise SeedError(Diagnostic("error", name, f"is {size / 1048576:.1f} MB; seeds are limited to 5 MB",
                                       fix="split the article into several seeds or remove embedded data"))
        raw = path.read_bytes()
    except OSError as exc:
        raise SeedError(Diagnostic("error", name, f"cannot be read: {exc.strerror}", fix="check the file's permissions")) from exc
    return parse_seed_bytes(raw, name)


def parse_seed_bytes(raw: bytes, name: str) -> Seed:
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


def _split_front_matter(text: str, name: str) -> tuple[dict, str, int]:
    end = text.find("\n---", 4)
    while end != -1 and text[end + 4:end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 4)
    if end == -1:
        raise SeedError(Diagnostic("error", name, "front matter starts with '---' but never ends", line=1,
                                   fix="close the front matter with a line containing only '---'"))
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise SeedError(Diagnostic(
            "error", name, f"front matter is not valid YAML: {getattr(exc, 'problem', None) or exc}",
            line=(mark.line + 2) if mark else 1,
            fix="correct the YAML between the '---' lines (quote values containing ':' or '#')")) from exc
    if not isinstance(post.metadata, dict):
        raise SeedError(Diagnostic("error", name, "front matter must be key: value pairs", line=2,
                                   fix="write front matter as 'title: ...' lines"))
    body_line = text.count("\n", 0, end + 4) + 2
    return dict(post.metadata), post.content, body_line
