"""Add: an article into the seeds folder by address, from a saved file, or pasted.

Pages are served by a local HTTP server on 127.0.0.1; nothing here touches the
internet. Every failure is one line with a fix, a non-zero exit, and no file."""
from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from generator.add import AddError, add_file, add_text, add_url, fetch
from generator.read import parse_seed_bytes
from generator.registry import load_registry

from .conftest import FIXTURES, ROOT, _env

HTML = FIXTURES / "html"
REGISTRY, _ = load_registry(ROOT / "registry")
NEWS = (HTML / "news_site.html").read_bytes()
NEWS_NAME = "2025-07-15-chip-export-curbs-eased-as-washington-eyes-rare-earth-deal.html"
GBK_PAGE = ("<html><head><title>稀土出口管制</title></head><body><article><h1>稀土出口管制</h1>"
            "<p>商务部周四宣布，对镓和锗相关物项实施出口管制，自八月一日起正式实施。</p>"
            "<p>商务部新闻发言人表示，此举旨在维护国家安全和利益，符合国际通行做法。</p>"
            "</article></body></html>").encode("gbk")


class Handler(BaseHTTPRequestHandler):
    routes = {
        "/news": (200, "text/html; charset=utf-8", NEWS),
        "/pdf": (200, "application/pdf", b"%PDF-1.4 not a page"),
        "/nav-only": (200, "text/html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"),
        "/gbk": (200, "text/html; charset=gbk", GBK_PAGE),
        "/server-error": (500, "text/html", b"<h1>Internal error</h1>"),
    }

    def do_GET(self):
        path = self.path
        if path in self.routes:
            status, kind, body = self.routes[path]
            self.reply(status, kind, body)
        elif path == "/redirect":
            self.redirect("/news")
        elif path.startswith("/hop/"):
            self.redirect(f"/hop/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/to-ftp":
            self.redirect("ftp://127.0.0.1/file.html")
        elif path == "/big":
            self.reply(200, "text/html", b"<html><body>" + b"<p>word </p>" * 600_000)
        elif path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(700):
                self.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
        elif path == "/slow":
            time.sleep(3)
            self.reply(200, "text/html", NEWS)
        else:
            self.reply(404, "text/html", b"<h1>Not found</h1>")

    def reply(self, status, kind, body):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def seeds(tmp_path):
    folder = tmp_path / "seeds"
    folder.mkdir()
    return folder


NOW = dt.datetime(2025, 7, 18, 9, 0, tzinfo=dt.timezone.utc)


# By address


def test_a_fetched_page_is_stored_named_from_its_date_and_headline(server, seeds):
    path = add_url(f"{server}/news", seeds, REGISTRY, now=NOW)
    assert path.name == NEWS_NAME
    raw = path.read_bytes()
    assert raw.endswith(NEWS)  # the page as served, after the header
    seed = parse_seed_bytes(raw, path.name)
    assert (seed.page.original_url, seed.page.fetched) == (f"{server}/news", "2025-07-18T09:00:00Z")
    assert [p.name for p in seeds.iterdir()] == [NEWS_NAME]  # no temporary file left behind


def test_redirects_are_followed_and_the_final_address_recorded(server, seeds):
    path = add_url(f"{server}/redirect", seeds, REGISTRY)
    assert parse_seed_bytes(path.read_bytes(), path.name).page.original_url == f"{server}/news"


def test_a_page_in_another_encoding_is_stored_as_utf8(server, seeds):
    path = add_url(f"{server}/gbk", seeds, REGISTRY)
    seed = parse_seed_bytes(path.read_bytes(), path.name)
    assert seed.page.title == "稀土出口管制"
    assert "商务部周四宣布" in seed.text


@pytest.mark.parametrize("route, message", [
    ("/missing", "answered 404"),
    ("/server-error", "answered 500"),
    ("/pdf", "not a web page (content type application/pdf)"),
    ("/big", "larger than 5 MB"),
    ("/big-unannounced", "larger than 5 MB"),
    ("/hop/0", "redirects more than 5 times"),
    ("/to-ftp", "not an http(s) web address"),
    ("/nav-only", "no article text"),
])
def test_every_failure_is_one_line_with_a_fix_and_writes_nothing(server, seeds, route, message):
    with pytest.raises(AddError) as caught:
        add_url(f"{server}{route}", seeds, REGISTRY)
    d = caught.value.diagnostic
    assert message in d.message and d.fix
    assert "\n" not in str(d)
    assert list(seeds.iterdir()) == []


def test_a_slow_server_times_out(server, seeds):
    with pytest.raises(AddError) as caught:
        add_url(f"{server}/slow", seeds, REGISTRY, timeout=(1.0, 0.5))
    assert "did not answer within 1 seconds" in caught.value.diagnostic.message
    assert list(seeds.iterdir()) == []


def test_no_server_and_no_such_host(seeds, monkeypatch):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(AddError) as caught:
        fetch(f"http://127.0.0.1:{port}/")
    assert "could not connect to 127.0.0.1" in caught.value.diagnostic.message
    def no_such_host(*args, **kwargs):  # the name lookup fails here, without asking a DNS server
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(AddError) as caught:
        fetch("http://no-such-host.invalid/", timeout=(2, 2))
    assert "could not be found (DNS)" in caught.value.diagnostic.message


@pytest.mark.parametrize("address", ["ftp://example.org/a.html", "file:///etc/passwd", "javascript:alert(1)",
                                     "http:///nohost"])
def test_only_http_addresses_are_fetched(address):
    with pytest.raises(AddError) as caught:
        fetch(address)
    assert "not an http(s) web address" in caught.value.diagnostic.message


def test_a_name_that_already_exists_is_never_overwritten(server, seeds):
    (seeds / NEWS_NAME).write_text("mine")
    with pytest.raises(AddError) as caught:
        add_url(f"{server}/news", seeds, REGISTRY)
    assert "already exists" in caught.value.diagnostic.message
    assert (seeds / NEWS_NAME).read_text() == "mine"
    assert len(list(seeds.iterdir())) == 1


# From a file, and pasted


def test_a_saved_page_is_copied_in_under_its_date_and_headline(seeds):
    path = add_file(HTML / "captions.html", seeds, REGISTRY)
    assert path.name == "2025-05-20-rare-earth-miners-expand-in-inner-mongolia.html"
    assert path.read_bytes() == (HTML / "captions.html").read_bytes()


def test_pasted_text_is_stored_as_a_txt_seed_named_from_its_headline(seeds):
    path = add_text("Officials meet in Geneva\n\nTrade officials met in Geneva on Monday.\n".encode(), seeds, REGISTRY)
    assert path.name == "officials-meet-in-geneva.txt"
    assert path.read_text() == "Officials meet in Geneva\n\nTrade officials met in Geneva on Monday.\n"
    inferred = add_text(b"The ministry said on Tuesday that talks would resume next week in London.", seeds, REGISTRY)
    assert inferred.suffix == ".txt" and inferred.name.startswith("the-ministry-said-that-talks")


@pytest.mark.parametrize("raw", [b"", b"  \n\n"])
def test_pasting_nothing_writes_nothing(seeds, raw):
    with pytest.raises(AddError) as caught:
        add_text(raw, seeds, REGISTRY)
    assert caught.value.diagnostic.fix
    assert list(seeds.iterdir()) == []


def test_a_file_that_is_not_a_page_is_refused(tmp_path, seeds):
    pdf = tmp_path / "story.pdf"
    pdf.write_bytes(b"%PDF")
    for path, message in ((pdf, "not a saved web page"), (tmp_path / "missing.html", "cannot be read")):
        with pytest.raises(AddError) as caught:
            add_file(path, seeds, REGISTRY)
        assert message in caught.value.diagnostic.message
    assert list(seeds.iterdir()) == []


# The command, end to end, and the site built from what it added


def run(*args, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], input=stdin, capture_output=True,
                          cwd=cwd, env=_env())


def test_the_three_ways_to_add_then_build(server, project):
    common = ("--seeds", str(project.seeds), "--registry", str(project.registry))
    fetched = run("add", f"{server}/news", *common)
    assert fetched.returncode == 0, fetched.stderr
    assert fetched.stdout.decode().startswith("added ") and NEWS_NAME in fetched.stdout.decode()
    copied = run("add", str(HTML / "transcript.html"), *common)
    assert copied.returncode == 0, copied.stderr
    pasted = run("add", "-", *common, stdin="Officials meet in Geneva\n\nTrade officials met in Geneva on "
                 "Monday, July 14, 2025, to discuss a pause in tariffs.\n".encode())
    assert pasted.returncode == 0, pasted.stderr
    assert sorted(p.suffix for p in project.seeds.iterdir()) == [".html", ".html", ".txt"]
    built = project.generate("--strict")
    assert built.returncode == 0, built.stderr
    assert "3 seeds read, 3 built, 0 skipped" in built.stdout
    page = next(p for p in project.briefing_pages() if "chip-export-curbs" in p.name).read_text()
    assert f"{server}/news" in page  # the original link is where it was fetched from


@pytest.mark.parametrize("route", ["/missing", "/pdf", "/big"])
def test_the_command_fails_with_one_line_and_exit_1(server, seeds, route):
    result = run("add", f"{server}{route}", "--seeds", str(seeds), "--registry", str(ROOT / "registry"))
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and ": error: " in lines[0] and "(fix: " in lines[0]
    assert result.stdout == b""
    assert list(seeds.iterdir()) == []
