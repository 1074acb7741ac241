"""MkDocs plugin: a thin adapter that runs the same pipeline as the CLI before each build.

Under ``mkdocs serve`` it also watches the seeds and the registry: a change
regenerates ``docs/``, which MkDocs' own watcher turns into one rebuild. With its
``pagefind`` option (on by default) it adds the search page and indexes the built site
with Pagefind after each build, in place of Material's whole-archive search.
"""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from .annotate import commands
from .pipeline import Report, build
from .registry import RegistryError
from . import search

log = logging.getLogger("mkdocs.plugins.briefings")
WATCHDOG_MOVE_DELAY = 0.8  # seconds; watchdog's inotify buffer holds events 0.5 s


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
        return config

    def on_files(self, files, config):
        # Always there, so the home page's and the header's search forms have somewhere to go.
        files.append(search.search_page(config))
        return files

    def on_pre_build(self, config):
        if self.config.enabled:
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
        if self.config.pagefind:
            summary = search.index_site(Path(config.site_dir))
            if summary:
                log.info("briefings: pagefind: %s", summary)

    def on_serve(self, server, config, builder):
        if not self.config.enabled:
            return server
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        plugin = self
        timer: list[threading.Timer] = []
        # While the generator rewrites docs/, MkDocs must not start a build: its watcher would see
        # the first pages change, build, then see the rest and build again. Holding the live-reload
        # server's rebuild condition makes all the changes arrive as one (MkDocs 1.6 internals;
        # without them the site still rebuilds, only perhaps twice).
        hold = getattr(server, "_rebuild_cond", None) or threading.Lock()

        def regenerate():
            with hold:
                report = plugin.generate(raise_errors=False)
                if report is not None and (report.written or report.removed):
                    # watchdog delivers renames up to half a second late (it pairs moved-from and
                    # moved-to events); keep MkDocs waiting until they are all in.
                    time.sleep(WATCHDOG_MOVE_DELAY)

        class Regenerate(FileSystemEventHandler):
            def on_any_event(self, event):
                if event.is_directory or event.event_type in ("opened", "closed", "closed_no_write"):
                    return
                # Editors save in bursts: wait for quiet, then write docs/ once.
                for t in timer:
                    t.cancel()
                timer[:] = [threading.Timer(0.3, regenerate)]
                timer[0].daemon = True
                timer[0].start()

        observer = Observer()
        for folder in (self.seeds, self.registry):
            if folder.is_dir():
                observer.schedule(Regenerate(), str(folder), recursive=True)
        observer.daemon = True
        observer.start()
        self._observer = observer
        return server

    def on_shutdown(self):
        observer = getattr(self, "_observer", None)
        if observer is not None:
            observer.stop()
