"""The registry: editorial data that is validated up front, with the file, line and fix."""
from __future__ import annotations

import shutil

import pytest

from generator.registry import RegistryError, load_registry

from .conftest import ROOT


@pytest.fixture
def registry_dir(tmp_path):
    folder = tmp_path / "registry"
    shutil.copytree(ROOT / "registry", folder)
    return folder


def errors_of(folder) -> list[str]:
    with pytest.raises(RegistryError) as caught:
        load_registry(folder)
    return [str(d) for d in caught.value.diagnostics]


def test_the_shipped_registry_loads_and_covers_the_field():
    registry, warnings = load_registry(ROOT / "registry")
    assert warnings == []
    kinds = [e.kind for e in registry.entities.values()]
    assert kinds.count("topic") >= 25 and kinds.count("person") >= 50
    names = registry.names()
    assert names["Huang Renxun"] == names["黄仁勋"] == "person/jensen-huang"
    for topic in ("Export controls", "AI chips", "Rare earths", "Tariffs", "Fentanyl", "TikTok"):
        assert f"topic/{topic.lower().replace(' ', '-')}" in registry.entities


def test_bad_yaml_names_the_file_and_line(registry_dir):
    (registry_dir / "people.yml").write_text("- name: Ann Lee\n  aliases: [unclosed\n", encoding="utf-8")
    error = errors_of(registry_dir)[0]
    assert "people.yml:3: error: invalid YAML" in error and "fix:" in error


def test_an_alias_claimed_by_two_entities_is_an_error(registry_dir):
    with (registry_dir / "people.yml").open("a", encoding="utf-8") as handle:
        handle.write("\n- name: Ann Lee\n  aliases: [Huang Renxun]\n  description: Invented.\n")
    [error] = errors_of(registry_dir)
    assert "'Huang Renxun' is claimed by 'Ann Lee'" in error and "person/jensen-huang" in error
    line = int(error.split("people.yml:")[1].split(":")[0])
    assert (registry_dir / "people.yml").read_text(encoding="utf-8").splitlines()[line - 1] == "- name: Ann Lee"


def test_an_unknown_kind_lists_the_kinds_allowed(registry_dir):
    with (registry_dir / "organizations.yml").open("a", encoding="utf-8") as handle:
        handle.write("\n- name: Acme Widgets\n  kind: widgetmaker\n")
    [error] = errors_of(registry_dir)
    assert "unknown kind 'widgetmaker'" in error and "company" in error


def test_unknown_keys_and_missing_names_are_errors(registry_dir):
    with (registry_dir / "places.yml").open("a", encoding="utf-8") as handle:
        handle.write("\n- name: Atlantis\n  kind: city\n  populaton: 3\n- kind: city\n")
    found = errors_of(registry_dir)
    assert any("unknown key(s) populaton" in e for e in found)
    assert any("entry has no name" in e for e in found)


def test_a_broader_topic_must_exist(registry_dir):
    with (registry_dir / "topics.yml").open("a", encoding="utf-8") as handle:
        handle.write("\n- name: Widgets\n  keywords: [widget]\n  broader: [Gadgets]\n")
    [error] = errors_of(registry_dir)
    assert "broader topic 'Gadgets'" in error


def test_the_cli_stops_on_registry_errors(project, registry_dir, real_seed):
    import subprocess, sys
    (registry_dir / "people.yml").write_text("- name: [\n", encoding="utf-8")
    shutil.copy2(real_seed, project.seeds)
    result = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(project.seeds),
                             "--docs", str(project.docs), "--registry", str(registry_dir)],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "people.yml:" in result.stderr and "nothing was built" in result.stderr
    assert not (project.docs / "briefings").exists()


def test_words_yaml_1_1_reads_as_booleans_stay_words():
    """"- No" in the abbreviations and "on" in the common words are words, not false and true."""
    registry, _ = load_registry(ROOT / "registry")
    assert "No" in registry.rules.abbreviations and "on" in registry.rules.common_words
    assert not {"True", "False"} & set(registry.rules.abbreviations + registry.rules.common_words)


def test_brief_labels_are_the_registry_s_and_an_editor_can_add_one(registry_dir):
    """The "IN BRIEF" labels a page's short items sit under are rules.yml's, extended like every other list."""
    from generator.model import Seed
    from generator.parse import parse
    rules = registry_dir / "rules.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("brief_labels: [In brief,", "brief_labels: [Kurz notiert, In brief,"),
                     encoding="utf-8")
    registry, _ = load_registry(registry_dir)
    assert "Kurz notiert" in registry.rules.brief_labels
    page = ("KURZ NOTIERT\nShilling steady as tobacco receipts come in\nThe shilling traded flat on Monday, dealers said, "
            "supported by inflows.\n\nSUBSEA CABLES\nTanzania's internet links caught between US rule and China's export "
            "licences\n\nBy Neema Mushi\n\nDar es Salaam. Operators are assessing what the dispute means, officials said.\n")
    assert parse(Seed(name="t.txt", text=page), registry).title == (
        "Tanzania's internet links caught between US rule and China's export licences")
