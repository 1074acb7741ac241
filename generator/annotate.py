"""GitHub workflow annotations: each diagnostic also as a ``::error``/``::warning`` command.

When the generator runs in GitHub Actions (``GITHUB_ACTIONS=true``), the CLI and the
MkDocs plugin print every diagnostic a second time in GitHub's workflow-command
format, so a bad seed shows on the run's summary and on the file in a pull request,
while the good seeds are still published. File names are data: they are escaped
like every other property, so no name can end the command or start another.
"""
from __future__ import annotations

import os
from pathlib import Path

from .model import Diagnostic


def wanted(environ=os.environ) -> bool:
    return environ.get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    """The message of a workflow command (GitHub's toolkit, ``escapeData``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (``file=``, ``title=``): also ``:`` and ``,``, which separate properties."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def locate(diagnostic: Diagnostic, seeds: Path, root: Path) -> str | None:
    """The diagnostic's file relative to the repository root, with ``/``; None outside it.

    A seed's diagnostic names the seed by its file name; the registry's and the seeds
    folder's name a path."""
    path = Path(diagnostic.file)
    if len(path.parts) == 1 and not path.is_absolute() and path.resolve() != seeds.resolve():
        path = seeds / path
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def command(diagnostic: Diagnostic, seeds: Path, root: Path) -> str:
    """``::error file=seeds/x.txt,line=3,title=Briefings::message (fix: ...)`` on one line."""
    level = "error" if diagnostic.level == "error" else "warning"
    properties = []
    file = locate(diagnostic, seeds, root)
    if file:
        properties.append(f"file={escape_property(file)}")
        if diagnostic.line:
            properties.append(f"line={int(diagnostic.line)}")
    properties.append(f"title={escape_property('Briefings ' + level)}")
    return f"::{level} {','.join(properties)}::{escape_data(str(diagnostic))}"


def repository_root(environ=os.environ) -> Path:
    """GitHub checks the repository out at ``GITHUB_WORKSPACE``; elsewhere, the current folder."""
    return Path(environ.get("GITHUB_WORKSPACE") or os.getcwd())


def commands(diagnostics, seeds: Path, environ=os.environ) -> list[str]:
    """The workflow commands for these diagnostics, or none outside GitHub Actions."""
    if not wanted(environ):
        return []
    root = repository_root(environ)
    return [command(d, seeds, root) for d in diagnostics]
