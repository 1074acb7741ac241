"""Helpers the test modules share (fixtures live in conftest.py). A test module imports shared
names from here, never from another test module."""
from __future__ import annotations

import os
import re
import socket
import subprocess
from http.server import SimpleHTTPRequestHandler
from pathlib import Path

import yaml

from generator.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The project's registry, loaded once. Treat it as read-only: every module shares it.
REGISTRY, _ = load_registry(ROOT / "registry")

# A second, short seed (Reuters shape) for builds that need two articles.
SECOND = """Chip curbs tighten again

WASHINGTON, July 14, 2025 (Reuters) - The Commerce Department said on Monday it would widen export controls on
advanced chips, a move Marco Rubio described as overdue.

"These rules close the gaps," said Jane Whitfield, a senior fellow at Harborview Capital.
"""


# Generated pages


def split_front_matter(page: str) -> tuple[str, str]:
    """A generated page's front matter (YAML text) and its body. The fences are whole lines
    (a seed may end a line with "---" itself)."""
    _, head, body = re.split(r"^---\n", page, maxsplit=2, flags=re.MULTILINE)
    return head, body


def front_matter(page: str) -> dict:
    """A generated page's front matter, parsed."""
    return yaml.safe_load(split_front_matter(page)[0])


# One seed through the pipeline, in process


def extract_text(text: str, registry=REGISTRY, name: str = "", **meta):
    """A seed's text read, parsed (with ``meta`` as its front matter) and extracted: (article, extraction)."""
    from generator.extract import extract
    from generator.meta import apply_meta
    from generator.model import Seed
    from generator.parse import parse

    name = name or ("t.md" if meta else "t.txt")
    article = apply_meta(parse(Seed(name=name, text=text, meta=meta), registry))
    return article, extract(article, registry)


def _extensions() -> tuple[list[str], dict]:
    """The Markdown extensions of mkdocs.yml, with snippets confined to an empty folder."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    names, configs = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        options = dict(options or {})
        if name == "pymdownx.snippets":
            options.update(base_path=[str(FIXTURES / "shapes" / "attacks" / "no-such-folder")],
                           check_paths=True)
        configs[name] = options
    return names, configs


EXTENSIONS, EXTENSION_CONFIGS = _extensions()


def briefing_markdown(text: str, name: str = "random.txt") -> tuple[str, object] | None:
    """The briefing page the pipeline writes for one seed, and its article; None if the seed is refused."""
    from generator import extract as extract_stage
    from generator import link as link_stage
    from generator import render as render_stage
    from generator.meta import apply_meta
    from generator.model import SeedError
    from generator.parse import parse
    from generator.read import parse_seed_bytes

    try:
        seed = parse_seed_bytes(text.encode("utf-8"), name)
    except SeedError:
        return None
    article = apply_meta(parse(seed, REGISTRY))
    site = link_stage.link([(article, extract_stage.extract(article, REGISTRY))], REGISTRY)
    pages = render_stage.render(site, [], {"read": 1, "built": 1, "skipped": 0, "warnings": 0, "errors": 0})
    (page,) = [v for k, v in pages.items() if k.startswith("briefings/") and k != "briefings/index.md"]
    return page, article


def rendered(text: str):
    """A seed's briefing page as front matter, HTML parsed from its Markdown (BeautifulSoup), and
    its article; None if the seed is refused."""
    import markdown
    from bs4 import BeautifulSoup

    result = briefing_markdown(text)
    if result is None:
        return None
    page, article = result
    head, body = split_front_matter(page)
    html = markdown.markdown(body, extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    return yaml.safe_load(head), BeautifulSoup(html, "html.parser"), article


# Serving the built site to a browser

PHONE = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, device_scale_factor=3)


class PagesHandler(SimpleHTTPRequestHandler):
    """A static host like GitHub Pages: files as they are, the site's 404.html for anything missing."""

    not_found: Path

    def send_error(self, code, message=None, explain=None):
        if code != 404 or not self.not_found.is_file():
            return super().send_error(code, message, explain)
        body = self.not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Git, with fixed dates and no user configuration (archive dates come from commits).


def git(cwd: Path, *args: str, date: str = "2025-09-01T12:00:00+00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)
