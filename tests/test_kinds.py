"""Kinds and generated folders: one table (generator/kinds.py) that the configuration agrees with."""
from __future__ import annotations

import yaml

from generator.kinds import BY_NAME, BY_SECTION, GENERATED_DIRS, INCLUDES_DIR, KINDS, MENTIONED_KINDS, section_of
from generator.registry import load_registry

from .conftest import ROOT


class _AnyTagLoader(yaml.SafeLoader):
    """mkdocs.yml's own tags (!ENV, !relative) read as None: only the lists matter here."""


_AnyTagLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)


def test_each_kind_has_one_section_title_and_label():
    assert [k.name for k in KINDS] == ["person", "organization", "place", "topic", "source"]
    # Sources are not named in the text: no registry file, no front-matter list, no extraction.
    assert [k.name for k in KINDS if k not in MENTIONED_KINDS] == ["source"]
    assert BY_NAME["source"].section == "sources" and BY_NAME["source"].title == "Sources"
    assert section_of("person") == "people" and BY_SECTION["topics"] is BY_NAME["topic"]
    assert len({k.section for k in KINDS}) == len({k.title for k in KINDS}) == len(KINDS)


def test_generated_folders_are_ignored_by_git():
    ignored = {line.strip() for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()}
    assert {f"/docs/{folder}/" for folder in GENERATED_DIRS} <= ignored
    assert {k.section for k in KINDS} <= set(GENERATED_DIRS)


def test_mkdocs_keeps_generated_pages_out_of_the_navigation():
    config = mkdocs_config()
    not_in_nav = set(config["not_in_nav"].split())
    excluded = set(config["exclude_docs"].split())
    nav = {next(iter(item.values())) for item in config["nav"]}
    assert excluded == {f"/{INCLUDES_DIR}/"}
    for folder in GENERATED_DIRS:
        # Every generated folder is in the navigation by its index, kept out of it, or holds no pages.
        listed = f"{folder}/index.md" in nav or f"/{folder}/" in not_in_nav or f"/{folder}/" in excluded
        assert listed or folder == "data", folder
    # Pages one folder deep (briefings, entities) are never in the navigation.
    assert not_in_nav - {"/build-report/"} == {f"/{folder}/*.md" for folder in ("briefings", *(k.section for k in KINDS))}
    assert {f"/{folder}/" for folder in GENERATED_DIRS} >= {entry for entry in not_in_nav if not entry.endswith(".md")}


def test_the_registry_reads_one_file_per_kind(tmp_path):
    for kind in MENTIONED_KINDS:
        (tmp_path / f"{kind.section}.yml").write_text(f"- name: Example {kind.singular}\n" + (
            "  kind: other\n" if kind.name in ("organization", "place") else ""), encoding="utf-8")
    registry, _ = load_registry(tmp_path)
    assert {e.kind for e in registry.entities.values()} == {k.name for k in MENTIONED_KINDS}
