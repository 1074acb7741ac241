"""The generator's own code: rules that keep its many patterns and constants from shadowing one another."""
from __future__ import annotations

import ast
from collections import Counter

import pytest

from .conftest import ROOT

MODULES = sorted((ROOT / "generator").glob("*.py"))


def _module_names(path) -> Counter:
    """The names a module binds at its top level: assignments, functions and classes (not imports, which may be
    repeated harmlessly, nor a name bound again inside a condition on purpose)."""
    names: Counter = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_every_top_level_name_is_bound_once(path):
    # A second "_NOTE_PROPERTY = ..." far down a long module silently replaces the first for every rule that reads it.
    twice = {name: n for name, n in _module_names(path).items() if n > 1}
    assert not twice, f"{path.name} binds these names more than once: {twice}"
