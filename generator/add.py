"""Add: an article into the seeds folder, from a web address, a saved page, or pasted text.

The only part of Briefings that goes to the network (the build never does). A
fetched page is kept as the server sent it, as ``seeds/<date>-<headline>.html``,
after a two-line header that records where it came from and when::

    <meta name="briefings:original_url" content="https://example.org/story">
    <meta name="briefings:fetched" content="2025-07-18T09:00:00Z">

The HTML reader trusts these two keys only there, at the very top of the file
(``read_html.FETCH_HEADER``). Every failure is one ``AddError`` with the fix, and
nothing is written: the seed appears complete, under a new name, or not at all.
"""
from __future__ import annotations

import codecs
import datetime as dt
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .model import Diagnostic, Seed, SeedError
from .parse import parse
from .files import HTML_SUFFIXES
from .read import MAX_SEED_BYTES, parse_seed_bytes
from .registry import Registry
from .slug import slugify

MAX_REDIRECTS = 5
CONNECT_TIMEOUT = 10.0  # seconds
READ_TIMEOUT = 30.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "Briefings/0.1 (+https://github.com/; saves one article page for a policy briefing)"


class AddError(Exception):
    """Why an article could not be added; carries the diagnostic (message and fix)."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(str(diagnostic))
        self.diagnostic = diagnostic


def _fail(where: str, message: str, fix: str) -> AddError:
    return AddError(Diagnostic("error", where, message, fix=fix))


# Fetching


@dataclass(frozen=True)
class Fetched:
    url: str  # where the page was found, after redirects
    body: bytes
    fetched: str  # ISO 8601, UTC


def fetch(url: str, *, timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
          max_bytes: int = MAX_SEED_BYTES, max_redirects: int = MAX_REDIRECTS,
          now: dt.datetime | None = None) -> Fetched:
    """GET one web page: http(s) only, bounded redirects, time and size; HTML only."""
    import urllib3

    _check_address(url)
    pool = urllib3.PoolManager(headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"},
                               timeout=urllib3.Timeout(connect=timeout[0], read=timeout[1]), retries=False)
    current = url
    for _ in range(max_redirects + 1):
        try:
            response = pool.request("GET", current, redirect=False, preload_content=False)
        except urllib3.exceptions.HTTPError as error:
            raise _network_error(current, error, timeout) from error
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location")
                if not location:
                    raise _fail(current, f"redirects ({response.status}) without saying where",
                                "open the address in a browser and add the page it ends on")
                current = urljoin(current, location)
                _check_address(current)
                continue
            if response.status >= 400:
                raise _fail(current, f"the server answered {response.status} {response.reason or ''}".rstrip(),
                            "check the address in a browser; if the page needs a login, save it from the "
                            "browser and add the file")
            kind = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if kind not in HTML_TYPES:
                raise _fail(current, f"is not a web page (content type {kind or 'not given'})",
                            "add the address of the article's HTML page, or save the text into a .txt seed")
            body = _read_capped(response, current, max_bytes, timeout)
            charset = response.headers.get("Content-Type", "")
            stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
            return Fetched(url=current, body=_as_utf8(body, _charset(charset)),
                           fetched=stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))
        finally:
            response.release_conn()
    raise _fail(url, f"redirects more than {max_redirects} times", "open the address in a browser and add the "
                "page it ends on")


def _check_address(url: str) -> None:
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _fail(url, "is not an http(s) web address", "give an address starting with https://")


def _read_capped(response, url: str, max_bytes: int, timeout: tuple[float, float]) -> bytes:
    import urllib3

    too_big = _fail(url, f"is larger than {max_bytes // 1048576} MB", "save only the article's page from the browser "
                    "(File → Save Page As → HTML only) and add the file")
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(64 * 1024):
            size += len(chunk)
            if size > max_bytes:
                raise too_big
            chunks.append(chunk)
    except urllib3.exceptions.HTTPError as error:
        raise _network_error(url, error, timeout) from error
    return b"".join(chunks)


def _network_error(url: str, error: Exception, timeout: tuple[float, float]) -> AddError:
    import urllib3.exceptions as e

    reason = getattr(error, "reason", None) if isinstance(error, e.MaxRetryError) else error
    host = urlsplit(url).hostname or url
    # Most specific first: in urllib3 2, a failed name lookup is a failed connection, which is a timeout.
    if isinstance(reason, e.NameResolutionError):
        return _fail(url, f"the server {host} could not be found (DNS)", "check the address, and that you are online")
    if isinstance(reason, e.NewConnectionError):
        return _fail(url, f"could not connect to {host}", "check the address, and that you are online")
    if isinstance(reason, (e.ConnectTimeoutError, e.ReadTimeoutError, TimeoutError)):
        return _fail(url, f"the server {host} did not answer within {max(timeout):g} seconds",
                     "try again later, or save the page from the browser and add the file")
    if isinstance(reason, e.SSLError):
        return _fail(url, f"the secure connection to {host} failed", "save the page from the browser and add the file")
    return _fail(url, f"could not be fetched: {reason}", "check the address, and that you are online")


def _charset(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'").lower()
    return ""


def _as_utf8(body: bytes, charset: str) -> bytes:
    """The page in UTF-8 with a byte-order mark when the server named another encoding (the file
    cannot keep the HTTP header that said so); as sent otherwise."""
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return codecs.BOM_UTF8 + body.decode("utf-16").encode("utf-8")
    if not charset or charset.replace("-", "").replace("_", "") in ("utf8", "") or body.startswith(codecs.BOM_UTF8):
        return body
    try:
        return codecs.BOM_UTF8 + body.decode(charset, errors="replace").encode("utf-8")
    except LookupError:
        return body


def fetch_header(original_url: str, fetched: str) -> bytes:
    """The two lines ``add`` writes at the top of a fetched page (see ``read_html.FETCH_HEADER``)."""
    return (f'<meta name="briefings:original_url" content="{_attribute(original_url)}">\n'
            f'<meta name="briefings:fetched" content="{fetched}">\n').encode("ascii")


def _attribute(url: str) -> str:
    # Addresses are ASCII once percent-encoded; quotes and brackets never appear in the header.
    from urllib.parse import quote
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")


def with_header(body: bytes, header: bytes) -> bytes:
    """The header goes after a byte-order mark, which must stay first."""
    if body.startswith(codecs.BOM_UTF8):
        return codecs.BOM_UTF8 + header + body[len(codecs.BOM_UTF8):]
    return header + body


# Adding


def add_url(url: str, seeds: Path, registry: Registry, **fetch_options) -> Path:
    """Fetch a page and store it as ``<date>-<headline>.html``."""
    page = fetch(url, **fetch_options)
    raw = with_header(page.body, fetch_header(page.url, page.fetched))
    return _store(raw, ".html", seeds, registry, url)


def add_file(path: Path, seeds: Path, registry: Registry) -> Path:
    """Copy a saved page (or a text seed) in, named from its date and headline."""
    suffix = path.suffix.lower()
    if suffix not in HTML_SUFFIXES + (".txt", ".md"):
        raise _fail(str(path), "is not a saved web page (.html, .htm) or a text seed (.txt, .md)",
                    "save the article from the browser as 'Web page, HTML only'")
    try:
        if path.stat().st_size > MAX_SEED_BYTES:
            raise _fail(str(path), f"is larger than {MAX_SEED_BYTES // 1048576} MB", "save only the article's page")
        raw = path.read_bytes()
    except OSError as error:
        raise _fail(str(path), f"cannot be read: {error.strerror}", "check the file name and its permissions") \
            from error
    return _store(raw, ".html" if suffix in HTML_SUFFIXES else suffix, seeds, registry, str(path))


def add_text(raw: bytes, seeds: Path, registry: Registry) -> Path:
    """Pasted text, stored as ``<headline>.txt``."""
    if len(raw) > MAX_SEED_BYTES:
        raise _fail("standard input", f"is larger than {MAX_SEED_BYTES // 1048576} MB", "paste one article at a time")
    return _store(raw, ".txt", seeds, registry, "standard input")


def seed_name(seed: Seed, registry: Registry, suffix: str) -> str:
    """``2025-07-18-chip-export-curbs-eased.html``: the date (when there is one) and the headline."""
    article = parse(seed, registry)
    date = article.date.isoformat() + "-" if article.date and suffix in HTML_SUFFIXES else ""
    return f"{date}{slugify(article.title, 80)}{suffix}"


def _store(raw: bytes, suffix: str, seeds: Path, registry: Registry, where: str) -> Path:
    try:
        seed = parse_seed_bytes(raw, f"added{suffix}")
    except SeedError as error:
        d = error.diagnostic
        message = {"is empty": "has no text" if where == "standard input" else "is empty"}.get(d.message, d.message)
        raise _fail(where, message, d.fix) from error
    if not seeds.is_dir():
        raise _fail(str(seeds), "the seeds folder does not exist", "run the command from the project folder, or "
                    "give --seeds")
    target = seeds / seed_name(seed, registry, suffix)
    if target.exists():
        raise _fail(str(target), "already exists; nothing was written",
                    "the article may already be a seed; delete or rename that file to add it again")
    _write_new(target, raw)
    return target


def _write_new(target: Path, data: bytes) -> None:
    """Write a file that must not exist yet: complete, or not at all; never over another."""
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.link(temp, target)  # fails if the name was taken meanwhile
    except FileExistsError as error:
        raise _fail(str(target), "already exists; nothing was written",
                    "the article may already be a seed; delete or rename that file to add it again") from error
    finally:
        os.unlink(temp)
