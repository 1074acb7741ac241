"""The pipeline: read → parse → meta → extract → link → pages → render → write.

``build`` is the one public entry point; the CLI and the MkDocs plugin both call
it. Each stage is a module with plain data in and out.

Scale: the per-seed stages (read, parse, extract) are a pure function of the
seed's bytes and the registry, so their results are cached by content hash
(``cache.py``) and computed on every core when there are many. A tree whose
seeds, registry and code are all unchanged is recognised from the last build's
manifest and nothing is rendered; otherwise only the pages whose bytes change
are written.
"""
from __future__ import annotations

import dataclasses
import gc
import hashlib
import os
import sys
from stat import S_ISREG
import threading
import time
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from .archive import archive_dates, cache_key as archive_key
from . import link as link_stage
from . import pages as pages_stage
from . import read as read_stage
from . import render as render_stage
from . import urls
from . import write as write_stage
from .cache import CODEC, Cache, Manifest, default_folder
from .codec import CodecError
from .files import display_name, read_regular_file
from .kinds import GENERATED_DIRS
from .model import Article, Briefing, Diagnostic, Extraction, SeedError
from .registry import Registry, load_registry
from .stamps import Stamps
from .summary import summarise
from .text import shown

# Fewer misses than this are analysed in this process: starting workers costs more.
PARALLEL_MIN = 48
CHUNK = 16


@dataclass
class Report:
    read: int = 0
    built: int = 0
    skipped: int = 0
    written: tuple[str, ...] = ()
    unchanged: int = 0
    removed: tuple[str, ...] = ()
    diagnostics: list[Diagnostic] = field(default_factory=list)
    analysed: int = 0  # seeds analysed this run; the rest came from the cache

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "warning"]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors) or (strict and bool(self.warnings))

    def summary(self) -> str:
        return (f"{self.read} seeds read, {self.built} built, {self.skipped} skipped; "
                f"{len(self.written)} pages written, {self.unchanged} unchanged, {len(self.removed)} removed; "
                f"{len(self.warnings)} warnings, {len(self.errors)} errors")


def analyse(path: Path, registry: Registry) -> tuple[Article, Extraction]:
    """One seed through read, parse and extract: a pure function of its bytes and the registry."""
    seed = read_stage.read_seed(path)
    return analyse_seed(seed, registry)


def analyse_seed(seed, registry: Registry) -> tuple[Article, Extraction]:
    # Imported here: a re-run that analyses no seed (nothing changed, an edit undone, a seed removed)
    # never loads the rules, whose regular expressions cost ~0.1-0.2 s to import.
    from . import extract as extract_stage, parse as parse_stage
    from .meta import apply_meta

    article = apply_meta(parse_stage.parse(seed, registry))
    extraction = extract_stage.extract(article, registry)
    return article, extraction


# An analysis as cached: the article and extraction, or the error that stopped the seed.
Outcome = tuple[Article, Extraction] | Diagnostic


def build(seeds: Path, docs: Path, registry_dir: Path, *, cache: Path | bool = True,
          jobs: int | None = None, progress: bool | None = None, force: bool = False,
          use_directory_urls: bool = True, hold: list | None = None) -> Report:
    """Generate every page under ``docs`` from the seeds. Never raises for a bad seed.

    ``cache``: a folder, ``True`` for this project's folder in the user's cache directory
    (``cache.default_folder``), or ``False`` for none; a cache that cannot be used is a
    warning, and everything is built without it. ``jobs``: worker processes (default: every core, or
    ``BRIEFINGS_JOBS``). ``progress``: periodic counts on stderr (default: on a
    terminal, off when ``CI`` is set). ``force``: take over generated folders that hold
    files of unknown origin (normally refused, so that no one's files are deleted).
    ``use_directory_urls``: MkDocs' option of that name, for the page URLs the JSON exports give.
    ``hold``: a list the build's largest structures (the site, its summaries, stamps and cache) are
    put in rather than freed when it returns: a process that ends right after need not free millions
    of objects one by one (``__main__``; at 10,000 briefings that cost a re-run ~0.2 s).
    """
    # A build holds millions of small, long-lived objects (the analyses) and frees few:
    # the cyclic collector would walk them all, again and again, for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(seeds, docs, registry_dir, cache=cache, jobs=jobs, progress=progress, force=force,
                      use_directory_urls=use_directory_urls, hold=hold)
    finally:
        if collecting:
            gc.enable()


def _build(seeds: Path, docs: Path, registry_dir: Path, *, cache: Path | bool, jobs: int | None,
           progress: bool | None, force: bool, use_directory_urls: bool, hold: list | None = None) -> Report:
    store, cache_problems = _open_cache(seeds, docs, cache) if cache and seeds.is_dir() else (None, [])
    # Raises RegistryError: nothing can be built.
    registry, registry_warnings = store.registry(registry_dir, load_registry) if store \
        else load_registry(registry_dir)
    if not seeds.is_dir():
        # A mistyped seeds folder must not empty the site: report it and write nothing.
        return Report(diagnostics=[*registry_warnings, Diagnostic(
            "error", str(seeds), "the seeds folder does not exist; nothing was written",
            fix="check --seeds (or the plugin's seeds option)")])
    if store:
        store.use(registry.digest)
    meter = Progress(_progress_wanted() if progress is None else progress)

    # Which seeds are there, and which of them are already known by content.
    paths = read_stage.seed_paths(seeds)
    stats: dict[str, tuple[int, int]] = {}
    digests, raw = _digests(paths, store, stats)
    # When each seed entered the archive (git history): dates undated briefings in the feeds.
    dates = store.archive_memo() if store else None
    archived = archive_dates(seeds, digests, dates)
    manifest = store.manifest() if store else None
    current = manifest if manifest and manifest.context == store.context else None
    # Everything the pages depend on: seeds, the docs folder, and (in the cache's context) the
    # registry and the whole generator.
    names = [path.name for path in paths]  # once: a path's name is made anew each time it is asked
    signature = hashlib.sha256("\n".join([store.code if store else "", str(docs.resolve()), str(use_directory_urls), *(
        f"{name}\0{digests.get(name, '?')}\0{archived.get(name, '')}" for name in names)]).encode("utf-8", "surrogateescape")).hexdigest()
    if current and current.signature == signature and _docs_match(docs, current.pages):
        report = Report(read=current.read, built=current.built, skipped=current.skipped,
                        unchanged=len(current.pages), diagnostics=list(current.diagnostics))
        report.diagnostics.extend(cache_problems + store.diagnostics)
        return report

    outcomes, analysed_now, summarised, known = _analyse_all(paths, digests, raw, registry, registry_dir, store,
                                                             jobs, meter)

    report = Report(diagnostics=list(registry_warnings), analysed=analysed_now)
    analysed: list[tuple[Article, Extraction]] = []
    analyses = Analyses(store, registry)
    for path, name in zip(paths, names):
        report.read += 1
        outcome = outcomes[name]
        if isinstance(outcome, Diagnostic):
            report.skipped += 1
            report.diagnostics.append(outcome)
            continue
        article, extraction = outcome
        analyses.add(article.seed, path, _key(name, digests[name]) if name in digests else "", name in summarised)
        report.diagnostics.extend(article.diagnostics)
        if article.date is None:
            report.diagnostics.append(Diagnostic("warning", article.seed, "has no date: nothing in the front matter, "
                                                 "dateline, original URL or text gives one; shown as undated",
                                                 fix="add 'date: YYYY-MM-DD' front matter (rename to .md) or a dateline"))
        analysed.append((article, extraction))
        report.built += 1
    meter.note(f"linking {len(analysed)} briefings")
    # Link reads only the extractions that changed since the last build (``link.Linked``): the
    # others' part is last build's. A briefing's version is its analysis' key, if held as its summary.
    versions = {seed: key for seed, (_, key, held) in analyses.where.items() if held}
    site = link_stage.link(analysed, registry, store.link_memo() if store else None, versions,
                           store.linked() if store else None, partial(_earlier, known))
    report.diagnostics.extend(site.diagnostics)
    report.diagnostics.sort(key=lambda d: (d.file, d.line or 0, d.level, d.message))
    counts = {"read": report.read, "built": report.built, "skipped": report.skipped,
              "warnings": len(report.warnings), "errors": len(report.errors)}
    meter.note("rendering pages")
    try:
        result, fingerprints, stamps = _render_and_write(site, report.diagnostics, counts, docs,
                                                         manifest.pages if manifest else None,
                                                         current.fingerprints if current else {}, force,
                                                         use_directory_urls, archived, analyses,
                                                         store.stamps() if store and current else ({}, {}, {}, {}, {}, {}),
                                                         # (saved by the build that saved the manifest: its exports' lines)
                                                         bool(store and current and store.stamps_signature == current.signature))
    except write_stage.DocsNotOurs as error:
        meter.done()
        report.diagnostics.append(Diagnostic(
            "error", str(docs), f"its generated folders hold files Briefings did not write ({error}); nothing was "
            "written", fix="move your files out of the generated folders, or build once with --force to hand them "
            "over to Briefings (they are then replaced or deleted like its own pages)"))
        return report
    except OSError as error:
        meter.done()
        where = display_name(error.filename) if isinstance(error.filename, str) else str(docs)
        report.diagnostics.append(Diagnostic(
            "error", where, f"cannot be written: {error.strerror or error}; the site was left as it was",
            fix="check that the docs folder is writable and that the disk has free space, then build again"))
        return report
    report.written, report.unchanged, report.removed = result.written, result.unchanged, result.removed
    meter.done()

    if store:
        store.save_seed_index({name: (*stats[name], digest) for name, digest in digests.items() if name in stats})
        store.save_archive_memo(dates, {archive_key(name, digest) for name, digest in digests.items()})
        store.save_link_memo(site.memo)
        store.save_linked(site.linked)
        store.save_stamps(stamps.memo, stamps.lines, stamps.briefings_memo, stamps.entities_memo(),
                          stamps.idents, stamps.counts, signature)
        store.save_manifest(Manifest(store.context, signature, result.state, fingerprints, report.read,
                                     report.built, report.skipped, tuple(report.diagnostics)))
        if report.analysed:
            store.prune({_key(name, digest) for name, digest in digests.items()})
    # Problems with the cache are this machine's, not the site's: reported, but kept out of the
    # build report page and the manifest.
    report.diagnostics.extend(cache_problems + (store.diagnostics if store else []))
    if hold is not None:
        hold.extend((outcomes, known, analysed, analyses, site, stamps, store, manifest, result, fingerprints))
    return report


def _open_cache(seeds: Path, docs: Path, cache: Path | bool) -> tuple[Cache | None, list[Diagnostic]]:
    if isinstance(cache, Path):
        return Cache.open(cache)
    try:
        folder = default_folder(seeds, docs)
    except (RuntimeError, KeyError):  # no home directory to hold it
        folder = None
    return Cache.open(folder)


# Render and write, one page at a time


def _render_and_write(site, diagnostics: list[Diagnostic], counts: dict, docs: Path,
                      known: dict | None, previous: dict[str, str],
                      force: bool, use_directory_urls: bool = True,
                      archived: dict | None = None,
                      analyses: "Analyses | None" = None, previous_stamps: tuple[dict, ...] = ({}, {}, {}, {}, {}, {}),
                      paired: bool = False,
                      ) -> tuple[write_stage.WriteResult, dict[str, str], Stamps]:
    """Render and write every page whose inputs changed since the last build; keep the rest.

    A page's fingerprint covers everything it shows, so a page with last build's
    fingerprint, left on disk as written (``known``), is kept without rendering it.
    ``previous`` is last build's fingerprints, empty if the code or templates changed since.
    Pages are written as they are rendered: the build never holds every page's text.

    Briefing pages, entity pages and feeds are fingerprinted from their stamps (``stamps.py``:
    their briefings' analysis keys, slugs and dates, the entities, what link computed), so an
    unchanged one is neither built nor read; only a briefing page whose fingerprint changed reads
    its whole analysis (``analyses``) and is made. ``previous_stamps``: last build's entity stamps,
    export lines' stamps, briefing stamps and entities as named (``Stamps.memo``, ``Stamps.lines``,
    ``Stamps.briefings_memo``, ``Stamps.entities_memo``, ``Stamps.idents`` if made with the link
    memo this build read, and ``Stamps.counted``'s counts; the ``Stamps`` is returned for the next
    build): a briefing's stamp is kept where its own inputs and the entities it names are unchanged,
    an entity's where no briefing near it changed (else where its inputs are unchanged), and a JSON
    export's lines whose stamps are unchanged are copied from the file last build wrote, when ``paired``
    (``previous_stamps`` were saved by the build that saved the manifest, so the file holds the lines they name)."""
    # Pages know a seed by its display name (``Article.seed``).
    archived = {display_name(name): day for name, day in (archived or {}).items()}
    analyses = analyses or Analyses(None, None)
    models = pages_stage.Pages(site, use_directory_urls, archived)
    stamps = Stamps(models, analyses.key, *previous_stamps)
    renderer = render_stage.Renderer()
    writer = write_stage.PageWriter(docs, GENERATED_DIRS, known=known, force=force)
    fingerprints: dict[str, str] = {}

    def kept(relative: str, template: str, stamp: str | None) -> bool:
        """The page is on disk as last build left it (its stamp unchanged); else it is to be made."""
        if stamp is None:  # no stamp without a cache: nor are there last build's fingerprints
            return False
        fingerprint = fingerprints[relative] = render_stage.stamped(template, stamp)
        return previous.get(relative) == fingerprint and writer.keep(relative)

    try:
        for b in site.briefings:
            relative = urls.briefing_path(b.slug)
            if not kept(relative, pages_stage.BRIEFING_TEMPLATE, stamps.briefing(b)):
                writer.put(relative, renderer.render(models.briefing(analyses.whole(b))))
        for e in site.entities.values():
            stamp = stamps.entity(e)
            for relative, template, make in ((urls.entity_path(e.kind, e.slug), pages_stage.ENTITY_TEMPLATE, models.entity),
                                             (urls.feed_path(e.kind, e.slug), pages_stage.FEED_TEMPLATE, models.feed)):
                if not kept(relative, template, stamp):
                    writer.put(relative, renderer.render(make(e)))
        # The JSON exports: a line per briefing or entity, made again only where its stamp changed.
        exports = ((urls.BRIEFINGS_JSON, site.briefings, stamps.briefing_line, models.briefing_export),
                   (urls.ENTITIES_JSON, models.exported_entities(), stamps.entity_line, models.entity_export))
        for relative, items, stamp_of, export in exports if stamps.keyed else ():
            lines = [*map(stamp_of, items)]
            if not kept(relative, "json", stamps.export(relative, lines)):
                # In bytes: the file's 10 MB at 10,000 briefings are not decoded, joined as text and
                # encoded again for the few lines an edit changes.
                # ... and only by the lines' stamps of the build that wrote the file (``paired``): an older build's
                # (a stamps.json put back, a save that failed) would name its lines wrongly.
                copied = _lines(writer, relative, stamps.previous_lines.get(relative, ()) if paired else ())
                writer.put(relative, render_stage.json_joined_bytes(
                    copied.get(stamp) or render_stage.json_line(export(item)).encode("utf-8")
                    for stamp, item in zip(lines, items)))
        for relative, template, make in models.index_pages() if stamps.keyed else ():
            if not kept(relative, template, stamps.indexes()):
                writer.put(relative, renderer.render(make()))
        if stamps.keyed and not kept(urls.BRIEFINGS_INDEX, pages_stage.BRIEFINGS_INDEX_TEMPLATE,
                                     stamps.briefings_index()):
            writer.put(urls.BRIEFINGS_INDEX, renderer.render(models.briefings_index()))
        if stamps.keyed and not kept(urls.HOME_INCLUDE, pages_stage.HOME_TEMPLATE, stamps.home()):
            writer.put(urls.HOME_INCLUDE, renderer.render(models.home()))
        if stamps.keyed and not kept(urls.CONNECTIONS_INDEX, pages_stage.CONNECTIONS_TEMPLATE, stamps.connections()):
            writer.put(urls.CONNECTIONS_INDEX, renderer.render(models.connections()))
        for relative, fingerprint, make in renderer.plan(models.all(diagnostics, counts, briefings=False,
                                                                    entities=False, stamped=stamps.keyed)):
            fingerprints[relative] = fingerprint
            if previous.get(relative) == fingerprint and writer.keep(relative):
                continue
            writer.put(relative, make())
    except BaseException:
        writer.abort()
        raise
    # The pages written must be exactly the pages planned: an address planned twice is a bug
    # that would silently lose a page, so it is reported rather than trusted.
    diagnostics.extend(Diagnostic("error", relative, "two pages were planned at this address; only the first was "
                                  "written", fix="report this: a briefing or entity page is missing from the site")
                       for relative in writer.clashes)
    result = writer.finish()
    diagnostics.extend(Diagnostic("warning", f"{docs.name}/{relative}", "is in a generated folder but was not written by "
                                  "Briefings; it is left in place and will be published as it is",
                                  fix="move it out of the generated folders, or delete it")
                       for relative in result.strangers)
    return result, fingerprints, stamps


def _lines(writer: write_stage.PageWriter, relative: str, stamps: tuple[str, ...]) -> dict[str, bytes]:
    """Line stamp -> line, of a JSON export as the last build wrote it (``stamps``: its lines'
    stamps then); empty if the file is not as written, or not of as many lines."""
    text = writer.previous(relative, encoded=True) if stamps else None
    lines = render_stage.json_split(text) if text is not None else None
    return dict(zip(stamps, lines)) if lines is not None and len(lines) == len(stamps) else {}


class Analyses:
    """Whole analyses for the briefing pages, one at a time, when the build holds only summaries:
    read back from the cache, or (a cache file lost since) made again from the seed."""

    def __init__(self, store: Cache | None, registry: Registry | None):
        self.store = store
        self.registry = registry
        self.where: dict[str, tuple[Path, str, bool]] = {}  # seed -> (path, analysis key, summarised)

    def add(self, seed: str, path: Path, key: str, summarised: bool) -> None:
        self.where[seed] = (path, key, summarised)

    def key(self, b: Briefing) -> str:
        where = self.where.get(b.article.seed)  # asked twice a briefing: no default tuple made each time
        return where[1] if where is not None else ""

    def whole(self, b: Briefing) -> Briefing:
        path, key, summarised = self.where.get(b.article.seed, (None, "", False))
        if not summarised:
            return b
        outcome = self.store.get(key, Outcome) if self.store else None
        if not isinstance(outcome, tuple):
            _, digest, outcome = _analyse_path(path, None, self.registry)
            if not isinstance(outcome, tuple):  # the seed went bad since: its summary is all there is
                return b
            if self.store and _key(path.name, digest) == key:
                self.store.put(key, outcome)
        article, extraction = outcome
        return dataclasses.replace(b, article=article, extraction=extraction)


# Seeds: content digests, from the index when a file's size and time are unchanged


def _digests(paths: list[Path], store: Cache | None,
             stats: dict[str, tuple[int, int]]) -> tuple[dict[str, str], dict[str, bytes]]:
    """Seed name -> content digest, and the bytes of the seeds that had to be read; into ``stats``,
    each seed's size and time as the index keeps them (taken before it was read: a seed edited while
    the build runs has another time next build, so it is read again)."""
    index = store.seed_index() if store else None
    digests: dict[str, str] = {}
    raw: dict[str, bytes] = {}
    for path in paths:
        name = path.name
        try:
            stat = os.lstat(path)  # a link is never followed: read_seed refuses it by name
        except OSError:
            continue  # read_seed reports it
        if S_ISREG(stat.st_mode):
            stats[name] = (stat.st_size, stat.st_mtime_ns)
        known = index.digest(name, stat) if index and S_ISREG(stat.st_mode) else None
        if known:
            digests[name] = known
            continue
        try:
            data = read_regular_file(path)
        except SeedError:
            continue  # read_seed reports it
        raw[name] = data
        digests[name] = hashlib.sha256(data).hexdigest()
    return digests, raw


def _docs_match(docs: Path, pages: dict[str, tuple[int, int, str]]) -> bool:
    """The generated folders hold exactly the manifest's pages, untouched since."""
    if not pages:
        return False
    seen = 0
    for folder in GENERATED_DIRS:
        root = docs / folder
        if not root.is_dir():
            continue
        for directory, _, files in os.walk(root):
            for name in files:
                path = os.path.join(directory, name)
                relative = os.path.relpath(path, docs).replace(os.sep, "/")
                entry = pages.get(relative)
                if entry is None:
                    return False
                stat = os.stat(path)
                if stat.st_size != entry[0] or stat.st_mtime_ns != entry[1]:
                    return False
                seen += 1
    return seen == len(pages)


# Analysis: from the cache, else in this process, else on every core


def _analyse_all(paths: list[Path], digests: dict[str, str], raw: dict[str, bytes], registry: Registry,
                 registry_dir: Path, store: Cache | None, jobs: int | None,
                 meter: "Progress") -> tuple[dict[str, Outcome], int, set[str], dict[str, Outcome]]:
    """Every seed's outcome, how many were analysed rather than taken from the cache, the
    seeds whose outcome is only the summary (``summary.py``; with a cache: its page reads the rest),
    and every summary the cache held (last build's: link reads those of the seeds that changed).

    With a cache, a build holds summaries, not whole analyses: a known seed's comes from the
    summaries' file (one read for all), a new seed's from its fresh analysis, which goes to the
    cache for its page to read back. Without one, whole analyses are held."""
    outcomes: dict[str, Outcome] = {}
    missing: list[Path] = []
    # A summary's extraction is decoded when read (few are, after an edit); if a row of it turns out
    # damaged, from its analysis (the cache's, else the seed's), summarised again.
    paths_of: dict[str, Path] = {}  # analysis key -> its seed
    known = store.summaries(partial(_summary_extraction, store, registry, paths_of)) if store else {}
    kept: set[str] = set()  # analysis keys whose summary came from the file
    new: dict[str, Outcome] = {}  # analysis key -> its summary, for the file
    for path in paths:
        name = path.name
        digest = digests.get(name)
        if not (store and digest):
            missing.append(path)
            continue
        key = _key(name, digest)
        paths_of[key] = path
        summary = known.get(key)
        if summary is not None and (isinstance(summary, Diagnostic) or store.has(key)):
            outcomes[name] = summary
            kept.add(key)
            continue
        cached = store.get(key, Outcome)
        if cached is None:
            missing.append(path)
            continue
        outcomes[name] = new[key] = summarise(cached)
    meter.total(len(missing), "seeds analysed")
    workers = _workers(jobs, len(missing))
    if workers > 1:
        # Workers read their seeds themselves: the bytes read for the digests would only be
        # copied into each forked worker (and counted in each one's memory).
        raw.clear()
        results = _in_workers(missing, registry, registry_dir, workers, meter, bool(store))
    else:
        results = ((*_analyse_path(path, raw.get(path.name), registry), None, None) for path in missing)
    for name, digest, outcome, encoded, summarised_there in results:
        if encoded is not None:
            # A worker encoded the analysis for the cache and summarised it: written as it came. The
            # whole analysis is held only if it cannot be read back (the cache could not take it).
            digests[name] = digest
            key = _key(name, digest)
            store.put_encoded(key, encoded)
            if store.writable and (isinstance(summarised_there, Diagnostic) or store.has(key)):
                outcomes[name] = new[key] = summarised_there
            else:
                outcomes[name] = CODEC.loads(encoded, Outcome)
            meter.step()
            continue
        outcomes[name] = outcome
        if digest:
            digests[name] = digest
            if store:
                key = _key(name, digest)
                store.put(key, outcome)
                # Held as its summary only if its page can read the analysis back.
                if store.writable and (isinstance(outcome, Diagnostic) or store.has(key)):
                    outcomes[name] = new[key] = summarise(outcome)
        meter.step()
    raw.clear()  # not needed again: the pages are made from the analyses
    if store and (new or kept != known.keys()):
        store.save_summaries(kept, new)
    held = kept | new.keys()  # once: made for each seed, it cost a re-run time in the square of the seeds
    summarised = {name for name, digest in digests.items()
                  if store and isinstance(outcomes.get(name), tuple) and _key(name, digest) in held}
    return outcomes, len(missing), summarised, known


def _summary_extraction(store: Cache, registry: Registry, paths_of: dict[str, Path], key: str) -> Extraction:
    """The extraction of an analysis' summary, from the analysis (the cache's, else its seed's if the
    seed is unchanged): a damaged summary's stand-in."""
    outcome = store.get(key, Outcome)
    if not isinstance(outcome, tuple) and key in paths_of:
        name, digest, outcome = _analyse_path(paths_of[key], None, registry)
        if _key(name, digest) != key:
            outcome = None
    if isinstance(outcome, tuple):
        return summarise(outcome)[1]
    raise CodecError(f"the analysis {key} is not in the cache")


def _earlier(known: dict[str, Outcome], key: str) -> Extraction | None:
    """Last build's extraction of an analysis (its summary), if the cache held it."""
    summary = known.get(key)
    return summary[1] if isinstance(summary, tuple) else None


@lru_cache(maxsize=1 << 16)  # a build asks for each seed's key four times: 40,000 digests at 10,000 seeds
def _key(name: str, digest: str) -> str:
    """An analysis depends on the seed's bytes and its name (which sets the format and appears in pages)."""
    return hashlib.sha256(f"{name}\0{digest}".encode("utf-8", "surrogateescape")).hexdigest()


def _analyse_path(path: Path, data: bytes | None, registry: Registry) -> tuple[str, str, Outcome]:
    """(seed name, content digest, outcome); the digest is empty when the file cannot be read."""
    try:
        if data is None:
            seed = read_stage.read_seed(path)
        else:
            seed = read_stage.parse_seed_bytes(data, path.name)
        return path.name, seed.digest, analyse_seed(seed, registry)
    except SeedError as error:
        digest = hashlib.sha256(data).hexdigest() if data is not None else ""
        return path.name, digest, error.diagnostic
    except Exception as error:  # noqa: BLE001 - a bad seed never stops the others, whatever it breaks
        return path.name, "", Diagnostic(
            "error", display_name(path), f"could not be read: the generator failed on it ({type(error).__name__}: "
            f"{shown(str(error), 120)})", fix="report this with the seed attached; the other seeds were built")


def _workers(jobs: int | None, count: int) -> int:
    if jobs is None:
        jobs = int(os.environ.get("BRIEFINGS_JOBS") or 0) or len(os.sched_getaffinity(0)) \
            if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if count < PARALLEL_MIN else max(1, min(jobs, count // CHUNK))


_worker_registry: Registry | None = None
_worker_encodes = False  # the build has a cache: workers encode their analyses for it


def _init_worker(registry_dir: Path, encodes: bool = False) -> None:
    # Forked workers inherit the parent's registry; spawned ones load it by path.
    global _worker_registry, _worker_encodes
    gc.enable()  # a worker's garbage is short-lived: collect it as usual
    _worker_encodes = encodes
    if _worker_registry is None:
        _worker_registry, _ = load_registry(registry_dir)


def _worker_analyse(path: Path) -> tuple[str, str, Outcome | None, bytes | None, Outcome | None]:
    """(name, digest, outcome, None, None) as ``_analyse_path`` gives; or, for the cache, (name,
    digest, None, the outcome as the cache's JSON, its summary): the bytes and the summary cross
    back to the main process instead of the whole analysis, which is neither pickled nor unpickled,
    and the encoding is done on every core."""
    name, digest, outcome = _analyse_path(path, None, _worker_registry)
    if not (_worker_encodes and digest):
        return name, digest, outcome, None, None
    try:
        encoded = CODEC.dumps(outcome)
    except TypeError:  # not cached (``Cache._write``): the main process holds it whole
        return name, digest, outcome, None, None
    return name, digest, None, encoded, summarise(outcome)


def _in_workers(paths: list[Path], registry: Registry, registry_dir: Path, workers: int, meter: "Progress",
                encodes: bool = False):
    global _worker_registry
    import multiprocessing  # here: a re-run that analyses a few seeds starts no workers, nor loads this
    # fork is cheapest, but unsafe once other threads run (mkdocs serve's watcher).
    methods = multiprocessing.get_all_start_methods()
    method = "fork" if "fork" in methods and threading.active_count() == 1 else \
        ("forkserver" if "forkserver" in methods else "spawn")
    _worker_registry = registry if method == "fork" else None
    if method == "fork":
        from . import extract, meta, parse  # noqa: F401  (loaded once here: each forked worker has them)
    try:
        with multiprocessing.get_context(method).Pool(workers, _init_worker, (registry_dir, encodes)) as pool:
            yield from pool.imap_unordered(_worker_analyse, paths, chunksize=CHUNK)
    finally:
        _worker_registry = None


# Progress: periodic counts on a terminal


def _progress_wanted() -> bool:
    return sys.stderr.isatty() and os.environ.get("CI", "").lower() not in ("1", "true", "yes")


class Progress:
    """``briefings: 1,200/10,000 seeds analysed`` on stderr, at most twice a second."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.count = self.of = 0
        self.what = ""
        self.last = 0.0
        self.shown = False

    def total(self, of: int, what: str) -> None:
        self.count, self.of, self.what = 0, of, what

    def step(self) -> None:
        self.count += 1
        now = time.monotonic()
        if self.enabled and self.of >= 200 and (now - self.last >= 0.5 or self.count == self.of):
            self.last = now
            self._show(f"{self.count:,}/{self.of:,} {self.what}")

    def note(self, text: str) -> None:
        if self.enabled and self.shown:
            self._show(text)

    def done(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()

    def _show(self, text: str) -> None:
        sys.stderr.write(f"\r\x1b[Kbriefings: {text}")
        sys.stderr.flush()
        self.shown = True
