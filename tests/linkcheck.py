"""A link checker for a built site: every internal href/src must resolve, anchors included."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from bs4 import BeautifulSoup


def _target(site: Path, page: Path, url: str, base_path: str) -> Path | None:
    path = unquote(urlsplit(url).path)
    base = page.parent
    if path.startswith("/"):
        base, path = site.resolve(), path[len(base_path):]
    target = (base / path).resolve() if path else page
    if target.is_dir() or path.endswith("/"):
        target = target / "index.html"
    return target


def broken_links(site: Path, base_path: str = "/") -> list[str]:
    """Every internal link in ``site`` that points nowhere: 'page -> url (why)'.

    Pages link relatively; only the 404 page (served at any depth) may link from
    the root, and then only below ``base_path``, the sub-path the site is served at.
    """
    problems: list[str] = []
    ids: dict[Path, set[str]] = {}

    def anchors(path: Path) -> set[str]:
        if path not in ids:
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            ids[path] = {tag["id"] for tag in soup.find_all(id=True)} | {tag["name"] for tag in soup.find_all("a", attrs={"name": True})}
        return ids[path]

    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        ids[page] = {tag["id"] for tag in soup.find_all(id=True)}
        for tag in soup.find_all(["a", "link", "script", "img", "source"]):
            url = tag.get("href") or tag.get("src") or tag.get("xlink:href")  # xlink: links in our SVG charts
            if not url or tag.name == "link" and "canonical" in (tag.get("rel") or []):
                continue
            parts = urlsplit(url)
            if parts.scheme or parts.netloc or url.startswith(("mailto:", "tel:")):
                continue
            if url.startswith("/") and (page.name != "404.html" or not url.startswith(base_path)):
                problems.append(f"{page.relative_to(site)} -> {url} (root-absolute: breaks under a sub-path)")
                continue
            target = _target(site, page, url, base_path)
            if site.resolve() not in target.parents and target != site.resolve():
                problems.append(f"{page.relative_to(site)} -> {url} (outside the site)")
                continue
            if not target.exists():
                problems.append(f"{page.relative_to(site)} -> {url} (missing {target.relative_to(site.resolve())})")
                continue
            fragment = urldefrag(url).fragment
            if fragment and target.suffix == ".html" and unquote(fragment) not in anchors(target):
                problems.append(f"{page.relative_to(site)} -> {url} (no #{fragment})")
    return problems
