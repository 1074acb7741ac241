"""Helpers the test modules share (fixtures live in conftest.py)."""
from __future__ import annotations

import re

import yaml


def split_front_matter(page: str) -> tuple[str, str]:
    """A generated page's front matter (YAML text) and its body. The fences are whole lines
    (a seed may end a line with "---" itself)."""
    _, head, body = re.split(r"^---\n", page, maxsplit=2, flags=re.MULTILINE)
    return head, body


def front_matter(page: str) -> dict:
    """A generated page's front matter, parsed."""
    return yaml.safe_load(split_front_matter(page)[0])
