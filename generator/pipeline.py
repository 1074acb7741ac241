"""The pipeline: read → parse → extract → link → render → write.

``build`` is the one public entry point; the CLI and the MkDocs plugin both call
it. Each stage is a module with plain data in and out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import extract as extract_stage
from . import link as link_stage
from . import parse as parse_stage
from . import read as read_stage
from . import render as render_stage
from . import write as write_stage
from .meta import apply_meta
from .model import Article, Diagnostic, Extraction, SeedError
from .registry import Registry, load_registry


@dataclass
class Report:
    read: int = 0
    built: int = 0
    skipped: int = 0
    written: tuple[str, ...] = ()
    unchanged: int = 0
    removed: tuple[str, ...] = ()
    diagnostics: list[Diagnostic] = field(default_factory=list)

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
    article = apply_meta(parse_stage.parse(seed, registry))
    extraction = extract_stage.extract(article, registry)
    return article, extraction


def build(seeds: Path, docs: Path, registry_dir: Path) -> Report:
    """Generate every page under ``docs`` from the seeds. Never raises for a bad seed."""
    report = Report()
    registry, registry_warnings = load_registry(registry_dir)  # raises RegistryError: nothing can be built
    report.diagnostics.extend(registry_warnings)
    analysed: list[tuple[Article, Extraction]] = []
    for path in read_stage.seed_paths(seeds):
        report.read += 1
        try:
            article, extraction = analyse(path, registry)
        except SeedError as error:
            report.skipped += 1
            report.diagnostics.append(error.diagnostic)
            continue
        report.diagnostics.extend(article.diagnostics)
        if article.date is None:
            report.diagnostics.append(Diagnostic("warning", article.seed, "has no date: nothing in the front matter, "
                                                 "dateline, original URL or text gives one; shown as undated",
                                                 fix="add 'date: YYYY-MM-DD' front matter (rename to .md) or a dateline"))
        analysed.append((article, extraction))
        report.built += 1
    site = link_stage.link(analysed, registry)
    report.diagnostics.extend(site.diagnostics)
    report.diagnostics.sort(key=lambda d: (d.file, d.line or 0, d.level, d.message))
    counts = {"read": report.read, "built": report.built, "skipped": report.skipped,
              "warnings": len(report.warnings), "errors": len(report.errors)}
    pages = render_stage.render(site, report.diagnostics, counts)
    result = write_stage.write_pages(docs, pages, render_stage.GENERATED_DIRS)
    report.written, report.unchanged, report.removed = result.written, result.unchanged, result.removed
    return report
