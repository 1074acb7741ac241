"""A static host like the real one (GitHub Pages): gzip for text, ETags, a short cache lifetime
and the site's own 404 page, served from 127.0.0.1 on a thread.

The audits measure what a reader gets from a real host, so the bytes are compressed as a real
host compresses them; `python -m http.server` would make every page look three times heavier.
"""
from __future__ import annotations

import gzip
import hashlib
import mimetypes
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

COMPRESSIBLE = ("text/", "application/javascript", "application/json", "application/xml",
                "application/atom+xml", "image/svg+xml")


class StaticHost:
    """Serves ``root`` at ``http://127.0.0.1:PORT/``; ``not_found`` is the page sent with a 404."""

    def __init__(self, root: Path, not_found: Path | None = None):
        self.root = root.resolve()
        self.not_found = not_found
        self._cache: dict[tuple[Path, bool], tuple[bytes, str]] = {}
        host = self

        class Handler(_Handler):
            site = host

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "StaticHost":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def file_for(self, url_path: str) -> Path | None:
        path = (self.root / unquote(url_path).lstrip("/")).resolve()
        if self.root != path and self.root not in path.parents:
            return None
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None

    def body(self, path: Path, compress: bool) -> tuple[bytes, str]:
        """The bytes to send and their ETag; gzip output is cached, as a host would."""
        key = (path, compress)
        if key not in self._cache:
            data = path.read_bytes()
            if compress:
                data = gzip.compress(data, compresslevel=9, mtime=0)
            self._cache[key] = (data, '"' + hashlib.sha1(data).hexdigest()[:16] + '"')
        return self._cache[key]


class _Handler(BaseHTTPRequestHandler):
    site: StaticHost
    protocol_version = "HTTP/1.1"

    def do_HEAD(self):
        self._serve(head=True)

    def do_GET(self):
        self._serve(head=False)

    def _serve(self, head: bool) -> None:
        url_path = urlsplit(self.path).path
        path = self.site.file_for(url_path)
        if path is not None and url_path and not url_path.endswith("/") and path.name == "index.html" \
                and not url_path.endswith("index.html"):
            # A folder asked for without its slash: redirect, as every static host does.
            self.send_response(301)
            self.send_header("Location", url_path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = 200
        if path is None:
            status, path = 404, self.site.not_found
            if path is None or not path.is_file():
                self.send_error(404)
                return
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        compress = kind.startswith(COMPRESSIBLE) and "gzip" in self.headers.get("Accept-Encoding", "")
        data, etag = self.site.body(path, compress)
        if status == 200 and self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(status)
        self.send_header("Content-Type", kind + ("; charset=utf-8" if kind.startswith("text/") else ""))
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=600")
        self.send_header("Vary", "Accept-Encoding")
        if status == 200:
            self.send_header("ETag", etag)
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def log_message(self, *args) -> None:
        pass
