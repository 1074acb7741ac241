"""URL slugs: safe ASCII, stable, never a path."""
from __future__ import annotations

import hashlib
import re

from .text import plain_letters

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Addresses the site gives to its own pages in every folder (``briefings/index.md`` is the
# section's index): a page of a seed or an entity never takes one.
RESERVED = frozenset({"index"})


def slugify(text: str, max_length: int = 60) -> str:
    """Lowercase ASCII words joined by hyphens; falls back to a hash for non-Latin text."""
    ascii_text = plain_letters(text)
    slug = _NON_WORD.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    if not slug:
        slug = "x-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    elif slug in RESERVED:
        slug = f"{slug}-{hashlib.sha256(text.encode('utf-8', 'surrogateescape')).hexdigest()[:6]}"
    return slug
