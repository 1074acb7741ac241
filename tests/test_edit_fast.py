"""An edit's re-run does less work (issue 15): the rules are loaded only when a seed is analysed, and the
registered names' whole pattern is compiled only for a part that needs it. Either way the pages must be
the bytes of a clean build of the same seeds."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

from generator import extract as X
from generator.pipeline import build

from .conftest import ROOT, copy_project, fixture_seeds
from .helpers import REGISTRY, SECOND
from .test_incremental import full_build, generated, incremental

# A build in a fresh interpreter: which modules it loaded, and its report.
_PROBE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from generator.pipeline import build
    report = build(Path("seeds"), Path("docs"), Path("registry"), cache=Path(sys.argv[1]), progress=False)
    print(report.analysed, "generator.extract" in sys.modules, "generator.parse" in sys.modules)
""")


def _probe(project, cache) -> tuple[int, bool, bool]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", _PROBE, str(cache)], cwd=project.root, env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), out[1] == "True", out[2] == "True"


def test_a_rerun_that_analyses_nothing_never_loads_the_rules(tmp_path):
    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()[:1]])
    project.add_seed("second.txt", SECOND)
    cache = tmp_path / "cache"
    assert _probe(project, cache) == (3, True, True)  # cold: every seed analysed, with the rules
    assert _probe(project, cache) == (0, False, False)  # nothing changed
    (project.seeds / "second.txt").unlink()
    assert _probe(project, cache) == (0, False, False)  # a seed removed: nothing to analyse
    assert generated(project.docs) == full_build(project, tmp_path, "full-removed")
    project.add_seed("second.txt", SECOND + "\nThe ministry said on Friday it would publish further guidance.\n")
    assert _probe(project, cache) == (1, True, True)  # an edit: its seed is analysed, the rules loaded then
    assert generated(project.docs) == full_build(project, tmp_path, "full-edited")


def test_the_lazy_names_pattern_finds_what_the_whole_pattern_finds():
    """A part naming one of the names that open without a capital ("mainland China") is scanned with the
    whole pattern, compiled then; the others with _name_starts'. Both find the same names."""
    lex = X._lexicon(REGISTRY)
    text = ("Ursula von der Leyen met Xi Jinping in Beijing, and firms in mainland China said the Commerce "
            "Department's rules were unclear, Marco Rubio told reporters in Xi'an.")
    whole = [(m.start(), m.group(0)) for m in lex.name_pattern.finditer(text)]
    starts = X._name_starts(REGISTRY)
    assert starts.others and any(name in text for name in starts.others)
    capital_only = text.replace("von der Leyen", "Leyen").replace("mainland China", "China")
    assert [(m.start(), m.group(0)) for m in starts.capital.finditer(capital_only)] == \
        [(m.start(), m.group(0)) for m in lex.name_pattern.finditer(capital_only)]
    assert [name for _, name in whole] == ["Ursula von der Leyen", "Xi Jinping", "Beijing", "mainland China",
                                           "Commerce Department", "Marco Rubio", "Xi'an"]
    # ... and the reading that scans such a part finds them the same way (the pattern compiled on demand).
    reading = X._Reading.__new__(X._Reading)
    reading.registry, reading.lex = REGISTRY, lex
    assert [(m.start(), m.group(0)) for m in reading.registered_in(text)] == whole


def test_an_edit_naming_a_lowercase_opening_name_equals_a_clean_build(tmp_path):
    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()[:1]])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    project.add_seed("second.txt", SECOND + "\nFirms in mainland China said Ursula von der Leyen had not called.\n")
    report = incremental(project)
    assert report.analysed == 1
    assert generated(project.docs) == full_build(project, tmp_path, "full")
    shutil.copy2(project.seeds / "second.txt", project.seeds / "000-copy.txt")  # a copy that sorts first
    incremental(project)
    assert generated(project.docs) == full_build(project, tmp_path, "full-copy")


def test_a_seed_removed_makes_again_only_the_briefing_pages_whose_related_lists_change(tmp_path, monkeypatch):
    """Removing a seed changes every related briefing's score (each entity weighed out of how many briefings
    there are), which no page shows: the other briefing pages keep their stamps unless their list changed,
    and the pages are a clean build's. Copies of one seed under other names relate to each other alike."""
    from generator import render

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    for n in range(3):
        project.add_seed(f"second-{n}.txt", SECOND.replace("Chip curbs tighten again", f"Chip curbs, part {n}"))
    incremental(project)
    made: list[str] = []
    real = render.Renderer.render
    monkeypatch.setattr(render.Renderer, "render", lambda self, page: made.append(page.template) or real(self, page))
    (project.seeds / "second-2.txt").unlink()
    report = incremental(project)
    briefings = sum(1 for template in made if template == "briefing.md.j2")
    assert 0 < briefings < report.built  # those related to the removed one, not every briefing
    assert generated(project.docs) == full_build(project, tmp_path, "full")


def test_an_edit_that_changes_the_briefings_index_orders_only_the_edited_briefing_s_topics(tmp_path, monkeypatch):
    """The briefings index lists every briefing's topics in order: made again after an edit, it takes the
    others' order from the last build (kept with their stamps) rather than reading every briefing's mentions,
    and is a clean build's."""
    from generator import pages

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    ordered: list[str] = []
    real = pages.Links.topic_order

    def topic_order(self, b):
        if b.id not in self._topic_order:
            ordered.append(b.id)
        return real(self, b)
    monkeypatch.setattr(pages.Links, "topic_order", topic_order)
    project.add_seed("second.txt", SECOND.replace("a move Marco Rubio", "a step Marco Rubio"))  # its summary
    report = incremental(project)
    assert report.analysed == 1 and "briefings/index.md" in report.written and report.built > 5
    assert len(set(ordered)) == 1  # the edited briefing's
    assert generated(project.docs) == full_build(project, tmp_path, "full")
