"""MkDocs plugin: a thin adapter that runs the same pipeline as the CLI before each build.

Under ``mkdocs serve`` it also watches the seeds and the registry: a change
regenerates ``docs/`` and starts one rebuild the moment the generator is done. It watches
``docs/`` itself too (in place of MkDocs' poller), for the changes the generator did not make. With its
``pagefind`` option (on by default) it adds the search page and indexes the built site
with Pagefind after each build, in place of Material's whole-archive search.

Previews in seconds: under ``mkdocs serve``, after one full build, a rebuild is incremental
(MkDocs' own ``dirty`` build, driven by the plugin): only pages whose Markdown is newer than their
HTML are rendered (the generator rewrites exactly the pages an edit changes), hand-written pages
are always rendered (they pull in generated snippets), the outputs of removed files are deleted,
and the pages that are not rendered keep their front matter from the last build, so the feed and
the sitemap come out whole. The search index is then rebuilt in the background. A change to
``mkdocs.yml`` or the theme, a failed build, or ``mkdocs build`` always means a full build.
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import jinja2

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from .annotate import commands
from .kinds import GENERATED_DIRS
from .pipeline import Report, build
from .registry import RegistryError
from . import minify, search

log = logging.getLogger("mkdocs.plugins.briefings")
REGENERATE_DELAY = 0.2  # seconds of quiet in seeds/ before the generator runs (editors save in bursts)


class BriefingsConfig(base.Config):
    enabled = c.Type(bool, default=True)
    seeds = c.Type(str, default="seeds")
    registry = c.Type(str, default="registry")
    strict = c.Type(bool, default=False)
    force = c.Type(bool, default=False)
    # Pagefind's chunked index and our search page instead of Material's lunr search.
    pagefind = c.Type(bool, default=True)


class BriefingsPlugin(BasePlugin[BriefingsConfig]):
    def __init__(self):
        # One lock for the plugin's life: `mkdocs serve` calls on_config again after a config
        # reload, and a watcher regeneration must never run beside a rebuild's.
        self._lock = threading.Lock()
        self._serving = False
        # Incremental rebuilds under `mkdocs serve` (see the module's docstring).
        self._incremental = False      # the build now running is incremental
        self._ready = False            # the last build under serve succeeded: its state below is whole
        self._stamp: tuple = ()        # mkdocs.yml and theme files as of the last full build
        self._outputs: dict[str, str] = {}    # src_uri -> file written to site_dir, last build
        self._pages: dict[str, tuple] = {}    # src_uri -> (meta, title from render), last render
        self._fresh = False            # the watcher regenerated docs/ and no seed changed since
        self._indexer: threading.Thread | None = None
        self._index_wanted = threading.Event()
        self._written: set[str] = set()  # docs/ paths the generator ever wrote or removed here
        self._compiled = _CompiledTemplates()  # the theme's templates, compiled once under serve
        self._theme_files: list[str] | None = None  # the theme's files as of the last full build

    def on_startup(self, command, dirty):
        self._serving = command == "serve"

    # Before Material's search plugin, so that when Pagefind searches, Material's search is off
    # before its own on_config (it reads the theme's translations: 0.4 s of every build).
    @event_priority(50)
    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.seeds = (root / self.config.seeds).resolve()
        self.registry = (root / self.config.registry).resolve()
        self.docs = Path(config.docs_dir).resolve()
        self.use_directory_urls = config.get("use_directory_urls", True)
        if self.config.pagefind:
            # Material's search must not build (or ship) its whole-archive index; its plugin checks
            # `enabled` at every event, and the theme's header leads to our search page instead.
            material = config.plugins.get("material/search") or config.plugins.get("search")
            if material is not None:
                material.config.enabled = False
        if self._serving:
            self._keep_theme(config.theme)
        return config

    def _keep_theme(self, theme) -> None:
        """Under serve every build makes a new Jinja environment, which compiles every template
        again (half of an incremental build at 1,000 briefings) and lists the theme's files again
        (Material's 10,000 icons: a quarter of what was left). The compiled templates are kept
        (Jinja checks each one's source against its checksum before using them), and an
        incremental build, which only runs while mkdocs.yml and the custom theme are unchanged,
        reuses the last build's list of the theme's files."""
        make_env = theme.get_env
        plugin = self

        def get_env():
            env = make_env()
            env.bytecode_cache = plugin._compiled
            listing = env.loader.list_templates

            def list_templates():
                if not plugin._incremental or plugin._theme_files is None:
                    plugin._theme_files = listing()
                return plugin._theme_files

            env.loader.list_templates = list_templates
            return env

        theme.get_env = get_env

    def on_files(self, files, config):
        # Always there, so the home page's and the header's search forms have somewhere to go.
        files.append(search.search_page(config))
        if self._serving:
            if self._incremental:
                self._prepare_incremental(files, config)
            self._outputs = {f.src_uri: f.abs_dest_path for f in files}
        return files

    def _prepare_incremental(self, files, config) -> None:
        """Before a dirty build: delete what removed files built, and have hand-written pages
        rendered (they pull in generated snippets, which MkDocs does not know they depend on)."""
        site = Path(config.site_dir).resolve()
        present = set(files.src_uris)
        for src_uri, dest in self._outputs.items():
            if src_uri not in present:
                path = Path(dest)
                if site in path.parents:
                    path.unlink(missing_ok=True)
                    _prune_empty(path.parent, site)
        generated = tuple(f"{d}/" for d in GENERATED_DIRS)
        for file in files.documentation_pages(inclusion=lambda level: True):
            if not file.src_uri.startswith(generated):
                file.is_modified = _always  # an instance attribute: this build's File objects only

    def on_page_content(self, html, page, config, files):
        if self._serving:
            self._pages[page.file.src_uri] = (page.meta, page._title_from_render)
        return html

    def on_post_page(self, output, page, config):
        # Every page repeats Material's indented chrome: published without the indentation.
        return minify.html(output)

    def on_post_template(self, output_content, template_name, config):
        # The theme's own pages (404.html); the Atom feed is XML and stays as it is.
        return minify.html(output_content) if template_name.endswith(".html") else output_content

    def on_env(self, env, config, files):
        if self._incremental:
            # Pages a dirty build did not read keep what the last build read: the Atom feed
            # (overrides/feed.xml) lists every briefing from its front matter.
            for file in files.documentation_pages(inclusion=lambda level: True):
                page = file.page
                if page is None or page.markdown is not None:
                    continue
                known = self._pages.get(file.src_uri)
                if known is None:
                    page.read_source(config)
                    known = (page.meta, None)
                page.meta, page._title_from_render = known
                page.markdown = page.markdown or ""
                page.content = page.content or ""
        return env

    def on_pre_build(self, config):
        if not self.config.enabled:
            return
        if not self._incremental and self._indexer is not None:
            # A full build empties site/: let a background indexing finish first.
            self._index_wanted.clear()
            self._indexer.join()
        if self._incremental and self._fresh:
            # The watcher has just regenerated docs/ and no seed or registry file changed since.
            self._fresh = False
            return
        self.generate(raise_errors=True)

    def generate(self, raise_errors: bool) -> Report | None:
        with self._lock:
            try:
                report = build(self.seeds, self.docs, self.registry, force=self.config.force,
                               use_directory_urls=self.use_directory_urls)
            except RegistryError as error:
                self.annotate(error.diagnostics)
                if raise_errors:
                    raise PluginError(f"briefings: the registry has errors:\n{error}") from error
                log.error("the registry has errors:\n%s", error)
                return None
        # Every page the generator ever wrote or removed: their changes are built without
        # MkDocs' watcher (see on_serve).
        self._written.update(os.path.join(str(self.docs), path) for path in (*report.written, *report.removed))
        # A seed that cannot be built is a MkDocs warning (so `mkdocs build --strict` fails);
        # a seed warning is only reported, unless the plugin's own `strict` option is on.
        for d in report.diagnostics:
            if d.level == "error" or self.config.strict:
                log.warning(str(d))
            else:
                log.info(str(d))
        self.annotate(report.diagnostics)
        log.info("briefings: %s", report.summary())
        if raise_errors and self.config.strict and report.failed(strict=True):
            raise PluginError("briefings: seed errors or warnings, and the plugin's strict option is on; see above")
        return report

    def annotate(self, diagnostics) -> None:
        """In GitHub Actions, each problem also as an annotation on the run and the file
        (on stdout, where the runner reads workflow commands)."""
        for line in commands(diagnostics, self.seeds):
            print(line, flush=True)

    def on_post_build(self, config):
        site = Path(config.site_dir)
        for path in minify.unused_theme_files(site, self.config.pagefind):
            path.unlink()
            _prune_empty(path.parent, site)
        if self.config.pagefind:
            if self._incremental:
                # Pagefind cannot update an index in place, and indexing takes longer than the
                # rest of an incremental build: the page is served now, search catches up.
                self._index_later(Path(config.site_dir))
            else:
                summary = search.index_site(Path(config.site_dir))
                if summary:
                    log.info("briefings: pagefind: %s", summary)
        if self._serving:
            if not self._incremental:
                self._stamp = _stamp(config)
            self._ready = True

    def on_build_error(self, error):
        self._ready = False  # the next build is a full one

    def _index_later(self, site: Path) -> None:
        self._index_wanted.set()
        if self._indexer is not None and self._indexer.is_alive():
            return

        def work():
            while self._index_wanted.is_set():
                self._index_wanted.clear()
                try:
                    summary = search.index_site(site, background=True)
                    log.info("briefings: search index updated (pagefind: %s)", summary or "done")
                except PluginError as error:
                    log.error("%s", error)

        log.info("briefings: updating the search index in the background")
        self._indexer = threading.Thread(target=work, name="briefings-pagefind", daemon=True)
        self._indexer.start()

    def incremental_possible(self, config) -> bool:
        return self._ready and self._stamp == _stamp(config)

    def on_serve(self, server, config, builder):
        if not self.config.enabled:
            return server
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        plugin = self
        timer: list[threading.Timer] = []
        # The live-reload server's rebuild condition (MkDocs 1.6 internals). Holding it while the
        # generator rewrites docs/ keeps MkDocs from building half-written pages; notifying it
        # starts the rebuild as soon as the generator is done. Without it, MkDocs' own watcher of
        # docs/ starts the rebuild (up to a poll later, and perhaps twice).
        hold = getattr(server, "_rebuild_cond", None)
        direct = hold is not None and self._watch_docs_ourselves(server, config)

        def regenerate():
            with hold or threading.Lock():
                report = plugin.generate(raise_errors=False)
                plugin._fresh = report is not None and not timer_pending()
                if direct and report is not None and (report.written or report.removed):
                    _request_rebuild(server)

        def timer_pending() -> bool:
            return any(t.is_alive() and t is not threading.current_thread() for t in timer)

        class Regenerate(FileSystemEventHandler):
            def on_any_event(self, event):
                if event.is_directory or event.event_type in ("opened", "closed", "closed_no_write"):
                    return
                plugin._fresh = False
                # Editors save in bursts: wait for quiet, then write docs/ once.
                for t in timer:
                    t.cancel()
                timer[:] = [threading.Timer(REGENERATE_DELAY, regenerate)]
                timer[0].daemon = True
                timer[0].start()

        class DocsChanged(FileSystemEventHandler):
            """A change to docs/ that the generator did not make (a hand-written page, a
            stylesheet) rebuilds the site, as MkDocs' own watcher would."""

            def on_any_event(self, event):
                if event.is_directory or event.event_type in ("opened", "closed", "closed_no_write"):
                    return
                paths = [event.src_path, getattr(event, "dest_path", "") or ""]
                if not all(plugin._generated_change(os.fsdecode(path)) for path in paths if path):
                    _request_rebuild(server)

        observer = Observer()
        for folder in (self.seeds, self.registry):
            if folder.is_dir():
                observer.schedule(Regenerate(), str(folder), recursive=True)
        if direct:
            observer.schedule(DocsChanged(), str(self.docs), recursive=True)
        observer.daemon = True
        observer.start()
        self._observer = observer
        self._drive_incremental_builds(server, config, builder)
        return server

    def _watch_docs_ourselves(self, server, config) -> bool:
        """Take docs/ from MkDocs' watcher, which polls every file twice a second (11,000 files at
        10,000 briefings) and cannot tell the generator's writes from an editor's: this plugin's
        inotify watcher then rebuilds for the changes the generator did not make, and the
        generator's own changes rebuild once, the moment they are all written."""
        docs = os.path.abspath(config.docs_dir)
        if docs not in getattr(server, "_watched_paths", {}) or not hasattr(server, "unwatch"):
            return False
        server.unwatch(docs)
        return True

    def _generated_change(self, path: str) -> bool:
        """Whether a change under docs/ is the generator's: a page it wrote or removed, or a dot
        file (its staged pages and its manifest, which MkDocs never builds)."""
        return os.path.basename(path).startswith(".") or path in self._written

    def _drive_incremental_builds(self, server, config, builder) -> None:
        """Swap MkDocs' serve builder for one that builds incrementally when it can.

        It reads `mkdocs serve`'s own builder closure (MkDocs 1.6 internals: `get_config`, the
        serve URL and the build type); if they are not there, every rebuild stays a full one."""
        names = getattr(getattr(builder, "__code__", None), "co_freevars", ())
        cells = dict(zip(names, getattr(builder, "__closure__", None) or ()))
        try:
            get_config = cells["get_config"].cell_contents
            serve_url = cells["serve_url"].cell_contents
            plain = not cells["is_clean"].cell_contents and not cells["is_dirty"].cell_contents
        except (KeyError, ValueError):
            log.info("briefings: this MkDocs cannot be driven incrementally; every rebuild is a full one")
            return
        if not plain or getattr(server, "builder", None) is not builder:
            return
        from mkdocs.commands.build import build as mkdocs_build

        plugin = self

        def incremental_builder(config=None):
            if config is not None:
                return builder(config)
            fresh = get_config()
            fresh.site_url = serve_url
            if not plugin.incremental_possible(fresh):
                return builder(fresh)
            log.info("Building documentation (incremental)...")
            plugin._incremental = True
            quiet = _DirtyWarning()
            logging.getLogger("mkdocs.commands.build").addFilter(quiet)
            try:
                mkdocs_build(fresh, serve_url=serve_url, dirty=True)
            finally:
                logging.getLogger("mkdocs.commands.build").removeFilter(quiet)
                plugin._incremental = False

        server.builder = incremental_builder

    def on_shutdown(self):
        observer = getattr(self, "_observer", None)
        if observer is not None:
            observer.stop()


def _request_rebuild(server) -> None:
    """Wake `mkdocs serve`'s build loop (MkDocs 1.6 internals, checked in on_serve)."""
    with server._rebuild_cond:
        server._want_rebuild = True
        server._rebuild_cond.notify_all()


def _always() -> bool:
    return True


def _prune_empty(folder: Path, site: Path) -> None:
    while folder != site and site in folder.parents:
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent


def _stamp(config) -> tuple:
    """What an incremental build cannot follow: mkdocs.yml and the custom theme's files."""
    paths = [config.config_file_path] if config.config_file_path else []
    custom = config.theme.custom_dir
    if custom and os.path.isdir(custom):
        for folder, _, names in os.walk(custom):
            paths.extend(os.path.join(folder, name) for name in sorted(names))
    stamp = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue
        stamp.append((path, info.st_mtime_ns, info.st_size))
    return tuple(stamp)


class _CompiledTemplates(jinja2.BytecodeCache):
    """Jinja's compiled templates, kept in memory from one build to the next."""

    def __init__(self):
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


class _DirtyWarning(logging.Filter):
    """MkDocs warns that a dirty build may leave navigation stale; ours renders every page whose
    Markdown changed and no briefing or entity page is in the navigation. Not a warning here
    (it would fail `mkdocs serve --strict`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "A 'dirty' build is being performed" not in record.getMessage()
