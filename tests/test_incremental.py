"""Incremental builds: after an edit, a build that re-renders only the pages whose inputs
changed gives exactly the bytes of a full build from an empty cache."""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import build
from generator import urls
from generator.kinds import GENERATED_DIRS, KINDS

from .conftest import ROOT, copy_project, fixture_seeds
from .helpers import SECOND


def generated(docs) -> dict[str, bytes]:
    return {p.relative_to(docs).as_posix(): p.read_bytes()
            for folder in GENERATED_DIRS for p in sorted((docs / folder).rglob("*")) if p.is_file()}


def full_build(project, tmp_path, name: str) -> dict[str, bytes]:
    """A fresh build of the same seeds into another docs folder, from an empty cache."""
    docs = tmp_path / name
    docs.mkdir()
    build(project.seeds, docs, project.registry, cache=tmp_path / f"{name}-cache", progress=False)
    return generated(docs)


def incremental(project) -> object:
    return build(project.seeds, project.docs, project.registry, progress=False)


def test_incremental_build_after_edits_equals_a_full_build(tmp_path):
    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)

    # An edit that adds a name and a quote: entity pages, related lists and co-occurrence change.
    seed = project.seeds / "second.txt"
    seed.write_text(SECOND + '\n"We will respond in kind," said Jensen Huang in Kuala Lumpur.\n', encoding="utf-8")
    report = incremental(project)
    assert report.analysed == 1
    assert "briefings/index.md" not in report.written  # same title and date: the index is unchanged
    assert generated(project.docs) == full_build(project, tmp_path, "full-1")

    # An edit that changes the headline and date: slugs, orders and links to the page move.
    seed.write_text(SECOND.replace("Chip curbs tighten again", "Chip curbs widen").replace("July 14", "July 19"),
                    encoding="utf-8")
    incremental(project)
    assert generated(project.docs) == full_build(project, tmp_path, "full-2")

    # A seed removed and one added.
    (project.seeds / "second.txt").unlink()
    shutil.copy2(project.seeds / "000_4c66626bd7c7efee.txt", project.seeds / "copy.txt")
    incremental(project)
    assert generated(project.docs) == full_build(project, tmp_path, "full-3")


def test_each_kind_of_edit_then_an_incremental_build_equals_a_clean_build(tmp_path, monkeypatch):
    """Entity pages, feeds and briefing pages are kept by their stamps (``stamps.py``) without being
    built, and an entity's stamp is kept from the last build where its inputs are unchanged: after
    each kind of edit, the pages kept and those made are a clean build's, byte for byte."""
    from generator import render, stamps

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    rendered: list[str] = []
    real = render.Renderer.render
    monkeypatch.setattr(render.Renderer, "render", lambda self, page: rendered.append(page.path) or real(self, page))
    stamped: list[str] = []
    make_stamp = stamps.Stamps._entity
    monkeypatch.setattr(stamps.Stamps, "_entity", lambda self, e: stamped.append(e.key) or make_stamp(self, e))
    lines: list[str] = []  # the JSON exports' lines made, not copied from the last build's files
    make_line = render.json_line
    monkeypatch.setattr(render, "json_line", lambda item: lines.append(item.get("id") or item["key"]) or make_line(item))
    seed = project.seeds / "second.txt"
    new_name = '\nQuorvan Tellisandre, chief executive of Brimwater Analytics, said the plan was sound.\n'
    accented = new_name.replace("Quorvan", "Qu\u00f3rvan")
    fixture = project.seeds / fixture_seeds()[2].name  # a Markdown seed with a title and a date
    edits = [
        ("a new entity", lambda: seed.write_text(SECOND + new_name, encoding="utf-8")),
        ("an entity removed", lambda: seed.write_text(SECOND, encoding="utf-8")),
        ("a title changed", lambda: seed.write_text(SECOND.replace("Chip curbs tighten again", "Chip curbs widen"),
                                                    encoding="utf-8")),
        ("a date changed", lambda: fixture.write_text(
            fixture.read_text(encoding="utf-8").replace("date: 2025-10-30", "date: 2024-02-29"), encoding="utf-8")),
        ("a seed deleted", lambda: (project.seeds / fixture_seeds()[0].name).unlink()),
        ("a seed added", lambda: (project.seeds / "third.txt").write_text(
            SECOND.replace("Chip curbs tighten again", "Analysts weigh the curbs") + accented, encoding="utf-8")),
        # The unregistered person is shown by the spelling most briefings use (on a tie, the first
        # in order): a second spelling in another seed renames the page the third seed links to.
        ("an entity's name changed by another seed", lambda: seed.write_text(
            SECOND.replace("Chip curbs tighten again", "Chip curbs widen") + new_name, encoding="utf-8")),
        ("a date changed back, moving a briefing in every list", lambda: fixture.write_text(
            fixture.read_text(encoding="utf-8").replace("date: 2024-02-29", "date: 2025-10-30"), encoding="utf-8")),
    ]
    for step, (what, edit) in enumerate(edits):
        before = generated(project.docs)
        edit()
        rendered.clear()
        stamped.clear()
        lines.clear()
        incremental(project)
        # Only pages that show the edit are made again: a name in one briefing touches a few of the
        # entity pages and feeds, not all.
        entities = [p for p in rendered if p.startswith(("people/", "organizations/", "places/", "topics/"))
                    and not p.endswith("index.md")]
        after = generated(project.docs)
        if step < 2:
            feeds = len([p for p in after if p.endswith(".xml")])
            assert len(entities) < feeds, (what, entities)
            # and only the entities the edited briefing names have their stamps made again.
            assert 0 < len(stamped) < feeds, (what, stamped)
            # and only their lines and the edited briefing's in data/entities.json and data/briefings.json.
            exported = len(json.loads(after["data/entities.json"])) + len(json.loads(after["data/briefings.json"]))
            assert 0 < len(lines) <= len(stamped) + 1 < exported, (what, lines)
        assert after == full_build(project, tmp_path, f"full-{step}"), what
        assert after != before, what
        page = after.get("people/quorvan-tellisandre.md", b"").decode()
        if what == "a seed added":
            assert "title: Qu\u00f3rvan Tellisandre" in page, page[:300]
        if what.startswith("an entity's name changed"):
            assert "title: Quorvan Tellisandre" in page, page[:300]
            assert "people/quorvan-tellisandre.md" in rendered


def test_an_edit_no_entity_page_reads_stamps_no_entity_page_again(tmp_path, monkeypatch):
    """An entity's inputs read each briefing as entity pages read it (``Stamps.view``), not its whole
    analysis: a sentence that names no one changes the briefing page (its words, reading time) but no
    entity page, feed or entity line, so no entity's stamp is made again; the pages equal a clean build's.
    A sentence that names someone, or a quote's text changed, makes the stamps of the entities it
    touches again."""
    from generator import stamps

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    stamped: list[str] = []
    make_stamp = stamps.Stamps._entity
    monkeypatch.setattr(stamps.Stamps, "_entity", lambda self, e: stamped.append(e.key) or make_stamp(self, e))
    seed = project.seeds / "second.txt"
    plain = SECOND.replace("described as overdue.", "described as overdue. The rules take effect next month.")
    edits = [("a sentence naming no one", plain, False),
             ("it taken out again", SECOND, False),
             ("a quote's text changed", SECOND.replace("close the gaps", "close every gap"), True),
             ("a sentence naming someone", SECOND + "\nJensen Huang said the plan was sound.\n", True)]
    for step, (what, text, entities) in enumerate(edits):
        stamped.clear()
        seed.write_text(text, encoding="utf-8")
        report = incremental(project)
        assert any(p.startswith("briefings/") for p in report.written), what
        assert bool(stamped) == entities, (what, stamped)
        if not entities:
            assert not [p for p in report.written if p.startswith(("people/", "organizations/", "places/", "topics/"))]
        assert generated(project.docs) == full_build(project, tmp_path, f"full-{step}"), what


def test_the_indexes_stamp_counts_only_the_entities_near_an_edit(tmp_path, monkeypatch):
    """The indexes' stamp reads how many briefings mention each entity: last build's count
    (``Stamps.counted``, kept in the stamps' file) where no briefing near the entity changed, so a
    sentence naming no one counts only the mentions of the entities the briefing names; one naming
    two people changes counts, and the pages equal a clean build's, as they do once it is taken out."""
    from generator import link

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    counted: list[str] = []
    count = link.Listed.briefings
    monkeypatch.setattr(link.Listed, "briefings", lambda self, key: counted.append(key) or count(self, key))
    seed = project.seeds / "second.txt"
    plain = SECOND.replace("described as overdue.", "described as overdue. The rules take effect next month.")
    named = SECOND + "\nJensen Huang met Donald Trump in Kuala Lumpur.\n"
    for step, (what, text) in enumerate([("a sentence naming no one", plain), ("two people named", named),
                                         ("they are gone again", SECOND)]):
        counted.clear()
        seed.write_text(text, encoding="utf-8")
        report = incremental(project)
        if step == 0:
            # Only those near the edited briefing (those it names), not every entity: though the home
            # page is made again (the briefing is among the newest), it reads the same counts.
            entities = json.loads((project.docs / urls.ENTITIES_JSON).read_text(encoding="utf-8"))
            assert 0 < len(set(counted)) < len(entities) / 4, what
            # Its page and its line in data/briefings.json; no index page nor entity page.
            assert set(report.written) == {"data/briefings.json", *(p for p in report.written
                                                                   if p.startswith("briefings/2"))}, what
        assert generated(project.docs) == full_build(project, tmp_path, f"full-{step}"), what


def test_link_patches_last_builds_entity_lists_reading_only_the_changed_extractions(tmp_path, monkeypatch):
    """After an edit, link takes what each unchanged briefing adds to each entity from the last
    build (``link.Linked``) and reads no mention of theirs; its lists equal a link from scratch."""
    from generator import link as link_stage
    from generator.summary import Lazy

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    real = link_stage.link
    seen: list = []

    def spy(analysed, registry, *rest):
        # Only what this link decodes: a summary held from the last build in this process (as
        # ``mkdocs serve`` holds them) may have been read by that build's link from scratch below.
        before = {id(x) for _, x in analysed if isinstance(x, Lazy) and "mentions" in x.__dict__}
        site = real(analysed, registry, *rest)
        read = [x for _, x in analysed if isinstance(x, Lazy) and "mentions" in x.__dict__ and id(x) not in before]
        seen.append((site, read, real(analysed, registry)))
        return site

    monkeypatch.setattr(link_stage, "link", spy)
    seed = project.seeds / "second.txt"
    fixture = project.seeds / fixture_seeds()[2].name
    edits = [  # (the edit, how many briefings' extractions it changes or adds)
        lambda: seed.write_text(SECOND + '\n"We will respond," said Quorvan Tellisandre of Brimwater Analytics.\n',
                                encoding="utf-8"),
        lambda: fixture.write_text(fixture.read_text(encoding="utf-8").replace("date: 2025-10-30", "date: 2024-02-29"),
                                   encoding="utf-8"),
        lambda: (project.seeds / fixture_seeds()[0].name).unlink(),
        lambda: shutil.copy2(project.seeds / "000_4c66626bd7c7efee.txt", project.seeds / "copy.txt"),
    ]
    for edit, changed in zip(edits, (1, 1, 0, 1)):
        seen.clear()
        edit()
        incremental(project)
        [(site, read, fresh)] = seen
        assert site.linked is not None and len(site.linked.kept) == len(site.briefings) - changed
        assert read == []  # no unchanged briefing's mentions were decoded to link
        assert site.entities == fresh.entities
        for listed, again in ((site.mentions, fresh.mentions), (site.roles, fresh.roles), (site.quotes, fresh.quotes)):
            assert set(listed) == set(again)
            assert all(listed[key] == again[key] for key in again)
    assert generated(project.docs) == full_build(project, tmp_path, "full")


def test_an_edit_re_renders_only_the_pages_it_changes(tmp_path, monkeypatch):
    from generator import pages, render

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    incremental(project)
    edited = fixture_seeds()[0]
    (project.seeds / edited.name).write_text(edited.read_text(encoding="utf-8") + "\nOne more sentence.\n",
                                             encoding="utf-8")
    rendered: list[str] = []
    real = render.Renderer.render
    monkeypatch.setattr(render.Renderer, "render", lambda self, page: rendered.append(page.path) or real(self, page))
    built: list[str] = []
    make_index = pages.Pages.briefings_index
    monkeypatch.setattr(pages.Pages, "briefings_index", lambda self: built.append("index") or make_index(self))
    incremental(project)
    # Its entry in the briefings index (title, date, source, summary, topics) is unchanged: the
    # index is kept by its stamp, not built.
    assert built == [], rendered
    briefings = [path for path in rendered if path.startswith("briefings/") and path != "briefings/index.md"]
    # The edited briefing is rendered again, and at most the briefings that list it as related.
    assert any(path.startswith("briefings/") for path in briefings) and 1 <= len(briefings) <= 6, briefings
    # No entity and no count changed: the indexes are kept by their stamp, not built.
    indexes = {urls.A_TO_Z_INDEX, *(urls.index_path(k.section) for k in KINDS)}
    assert not indexes & set(rendered), rendered
    # With no seed changed, only a page touched behind the build's back is rendered again.
    rendered.clear()
    index = project.docs / "briefings" / "index.md"
    index.write_bytes(index.read_bytes())  # same bytes, new time: the manifest no longer vouches for it
    incremental(project)
    assert rendered == ["briefings/index.md"]


# Hypothesis: any sequence of edits, then an incremental build equals a clean build

TEMPLATES = {
    ".txt": (
        "{headline}\n\nWASHINGTON, {long_date} (Reuters) - The Commerce Department said on Monday it would widen "
        "export controls on advanced chips, a move {one} described as overdue.\n\n"
        "\"These rules close the gaps,\" said {two}, a senior fellow at Harborview Capital.\n",
        "{headline}\n\n{one} said the tariffs on rare earths would stay. \"We will respond in kind,\" said {two} "
        "in Kuala Lumpur.\n\nThe ministry said it would respond.\n",
    ),
    ".md": (
        "---\ntitle: {headline}\ndate: {iso_date}\nsource: South China Morning Post\n---\n\n"
        "{one} and {two} agreed on Thursday to a one-year truce in their trade war, after talks in Busan.\n\n"
        "\"We have an agreement on rare earths, and it's for one year,\" {one} told reporters.\n",
    ),
}
HEADLINES = ["Chip curbs tighten again", "Trade truce in Busan", "Rare earths deal holds", "Nvidia sales slow"]
NAMES = ["Marco Rubio", "Jensen Huang", "Jane Whitfield", "Tom Baxter", "Donald Trump", "DJT"]
DATES = [(2025, 7, 14), (2025, 10, 30), (2025, 7, 19)]
MONTHS = {7: "July", 10: "October"}
REGISTRY_CHANGES = {
    # A person the seeds name, and the organization they work for.
    "person": ("people.yml", None, '\n- name: "Jane Whitfield"\n  description: "Senior fellow at Harborview Capital."\n'),
    "alias": ("people.yml", 'aliases: ["Trump", ', 'aliases: ["Trump", "DJT", '),
    "alias of an unknown": ("people.yml", None, '\n- name: "Tom Baxter"\n  aliases: ["Baxter"]\n'),
    "organization": ("organizations.yml", None,
                     '\n- name: "Harborview Capital"\n  kind: company\n  description: "An investment firm."\n'),
}


@st.composite
def seed_texts(draw) -> tuple[str, str]:
    """(extension, text) of a small seed."""
    extension = draw(st.sampled_from(sorted(TEMPLATES)))
    template = draw(st.sampled_from(TEMPLATES[extension]))
    year, month, day = draw(st.sampled_from(DATES))
    return extension, template.format(
        headline=draw(st.sampled_from(HEADLINES)), one=draw(st.sampled_from(NAMES)), two=draw(st.sampled_from(NAMES)),
        long_date=f"{MONTHS[month]} {day}, {year}", iso_date=f"{year}-{month:02}-{day:02}")


EDITS = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 9), seed_texts()),
    st.tuples(st.just("change"), st.integers(0, 9), seed_texts()),
    st.tuples(st.just("delete"), st.integers(0, 9)),
    st.tuples(st.just("rename"), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("registry"), st.sampled_from(sorted(REGISTRY_CHANGES))),
)


def everything(docs) -> dict[str, bytes]:
    """Every file under docs/: the generated folders and the manifest."""
    return {p.relative_to(docs).as_posix(): p.read_bytes() for p in sorted(docs.rglob("*")) if p.is_file()}


def apply_edit(seeds, registry, edit) -> None:
    present = sorted(p.name for p in seeds.iterdir())
    kind = edit[0]
    if kind == "registry":
        file, old, new = REGISTRY_CHANGES[edit[1]]
        path = registry / file
        text = path.read_text(encoding="utf-8")
        if new.strip() in text:
            return  # made already
        assert old is None or old in text, f"the registry no longer has {old!r}"
        path.write_text(text.replace(old, new, 1) if old else text + new, encoding="utf-8")
    elif kind == "add":
        extension, text = edit[2]
        (seeds / f"s{edit[1]}{extension}").write_text(text, encoding="utf-8")
    elif present and kind == "change":
        target = seeds / present[edit[1] % len(present)]
        extension, text = edit[2]
        target.unlink()
        (seeds / f"{target.stem}{extension}").write_text(text, encoding="utf-8")
    elif present and kind == "delete":
        (seeds / present[edit[1] % len(present)]).unlink()
    elif present and kind == "rename":
        source = seeds / present[edit[1] % len(present)]
        target = seeds / f"r{edit[2]}{source.suffix}"
        if not target.exists():
            source.rename(target)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(first=st.lists(seed_texts(), min_size=1, max_size=3), edits=st.lists(EDITS, min_size=1, max_size=5))
def test_any_edits_then_an_incremental_build_equal_a_clean_build(first, edits):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        seeds, docs, registry, cache = root / "seeds", root / "docs", root / "registry", root / "cache"
        seeds.mkdir()
        docs.mkdir()
        shutil.copytree(ROOT / "registry", registry)
        for number, (extension, text) in enumerate(first):
            (seeds / f"f{number}{extension}").write_text(text, encoding="utf-8")
        build(seeds, docs, registry, cache=cache, progress=False)
        for step, edit in enumerate(edits):
            apply_edit(seeds, registry, edit)
            build(seeds, docs, registry, cache=cache, progress=False)
            clean = root / f"clean-{step}"
            clean.mkdir()
            build(seeds, clean, registry, cache=root / f"clean-cache-{step}", progress=False)
            after = edits[:step + 1]
            incremental_files, clean_files = everything(docs), everything(clean)
            assert sorted(incremental_files) == sorted(clean_files), after
            assert [name for name in clean_files if incremental_files[name] != clean_files[name]] == [], after


def test_a_briefings_own_inputs_are_kept_only_beside_the_link_memo_they_were_made_with(tmp_path, monkeypatch):
    """A briefing's own inputs (``Stamps._own``) are not made again where its link and its related
    briefings' links are last build's and its related briefings are the link memo's that last build's
    stamps were made with (``Stamps.stale``, the memo's seal in stamps.json); a memo of another build
    (or none) and every briefing's are made again. Either way the pages are a clean build's."""
    from generator import stamps
    from generator.cache import default_folder
    from generator.link import briefing_id

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    made: list[str] = []
    make_own = stamps.Stamps._own
    monkeypatch.setattr(stamps.Stamps, "_own", lambda self, b, source: made.append(b.id) or make_own(self, b, source))
    seed = project.seeds / "second.txt"
    count = len(list(project.seeds.iterdir()))

    # An edit that changes no title, date or entity: the edited briefing and those it is related to.
    seed.write_text(SECOND + "\nOfficials said the review would go on.\n", encoding="utf-8")
    incremental(project)
    assert briefing_id("second.txt") in made and len(made) < count, made
    assert generated(project.docs) == full_build(project, tmp_path, "full-1")

    # A retitled briefing: those related to it show its new title, and their pages are made again.
    made.clear()
    seed.write_text(SECOND.replace("Chip curbs tighten again", "Chip curbs widen"), encoding="utf-8")
    incremental(project)
    assert briefing_id("second.txt") in made
    assert generated(project.docs) == full_build(project, tmp_path, "full-2")

    # The link memo lost (or another build's): no briefing's own inputs are kept.
    (default_folder(project.seeds, project.docs) / "link.json").unlink()
    made.clear()
    seed.write_text(SECOND, encoding="utf-8")
    incremental(project)
    assert len(made) == count, made
    assert generated(project.docs) == full_build(project, tmp_path, "full-3")


def test_an_edit_that_moves_no_briefing_keeps_last_links_related_briefings_companions_and_slugs(tmp_path, monkeypatch):
    """An edit that changes no briefing's entities nor its place in the order: link keeps the memo's
    related briefings (each made only when read: ``link.RelatedMemo``) and its companions as read, and
    the slug each unchanged briefing asks for is last build's (only the edited one's is made), and the
    sources' companions are the memo's (each briefing from the same source as then); an edit
    that names someone, and a retitle, make them again where they change. Each time link's related
    briefings (keys, order, values), companions and slugs equal a link from scratch, the pages those
    kept companions feed are not made again, and the pages equal a clean build's."""
    from generator import link as link_stage
    from generator import stamps as stamps_stage

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    real, real_base, real_others = link_stage.link, link_stage.slug_base, stamps_stage.Stamps._others
    real_near, real_told = stamps_stage.Stamps.near, link_stage._source_cooccurrence
    seen: list = []
    told: list = []  # each time the sources' companions are counted
    based: list[str] = []
    owned: list[str] = []  # the entities whose own part ``Stamps.near`` made
    nearing: list[bool] = []

    def near(self):
        nearing.append(True)
        try:
            return real_near(self)
        finally:
            nearing.pop()

    def spy(analysed, registry, *rest):
        based.clear()
        owned.clear()
        told.clear()
        site = real(analysed, registry, *rest)
        seen.append((site, list(based), len(told), real(analysed, registry)))
        return site

    monkeypatch.setattr(link_stage, "link", spy)
    monkeypatch.setattr(link_stage, "slug_base", lambda article: based.append(article.seed) or real_base(article))
    monkeypatch.setattr(stamps_stage.Stamps, "near", near)
    monkeypatch.setattr(link_stage, "_source_cooccurrence", lambda *args: told.append(1) or real_told(*args))
    monkeypatch.setattr(stamps_stage.Stamps, "_others",
                        lambda self, e: (nearing and owned.append(e.key)) or real_others(self, e))
    seed = project.seeds / "second.txt"
    fixture = project.seeds / fixture_seeds()[2].name
    edits = [  # (the edit, whether it keeps every briefing's entities and place)
        (lambda: seed.write_text(SECOND + "\nThe weather that week was mild.\n", encoding="utf-8"), True),
        (lambda: seed.write_text(SECOND + '\n"We will respond," said Quorvan Tellisandre of Brimwater Analytics.\n',
                                 encoding="utf-8"), False),
        (lambda: fixture.write_text(fixture.read_text(encoding="utf-8").replace("Busan summit\n", "Busan summit (updated)\n"),
                                    encoding="utf-8"), False),
        (lambda: seed.write_text(SECOND + '\n"We will respond," said Quorvan Tellisandre of Brimwater Analytics. '
                                 "It rained.\n", encoding="utf-8"), True),
    ]
    for edit, still in edits:
        seen.clear()
        edit()
        incremental(project)
        [(site, based_now, counted, fresh)] = seen
        assert counted == (0 if still else 1)  # the sources' companions: the memo's where nothing they read changed
        assert (site.related_kept == frozenset(site.by_id)) == still
        assert list(site.related) == list(fresh.related)
        assert all(site.related[bid] == fresh.related[bid] for bid in fresh.related)
        assert site.cooccurrence == fresh.cooccurrence and list(site.cooccurrence) == list(fresh.cooccurrence)
        assert [b.slug for b in site.briefings] == [b.slug for b in fresh.briefings]
        assert len(based_now) == 1  # only the edited seed's slug was asked for again
        if still:
            assert isinstance(site.related, link_stage.RelatedMemo) and site.cooccurrence_kept  # the memo's, as read
            assert site.cooccurrence_kept.isdisjoint(owned)  # their own parts are last build's
            assert owned and all(key.startswith("source/") for key in owned)  # a source's are counted apart
    assert generated(project.docs) == full_build(project, tmp_path, "full")


def test_link_patches_last_builds_order_and_slugs_from_the_change_set(tmp_path, monkeypatch):
    """Beside the link memo it was saved with (``Linked.paired``), last build's order, slugs and keys are
    patched with the briefings whose analysis changed, came or went: an edit that moves no briefing
    keeps the memo's order and keys as read, gives no unchanged seed's id or slug again and takes nothing
    out of any entity's lists; a retitle moves one briefing, a copy sorting first by file name takes its
    original's slug (the original gets a suffix) and gives it back when it goes. Each time the order,
    slugs, keys, duplicates and entity lists equal a link from scratch, and the pages a clean build's."""
    from generator import link as link_stage

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    real, real_id, real_remove = link_stage.link, link_stage.briefing_id, link_stage._remove
    seen: list = []
    ids: list[str] = []  # the seeds whose id was made
    removed: list[str] = []  # the briefings taken out of the entities' lists

    def spy(analysed, registry, previous=None, versions=None, state=None, earlier=None):
        paired = state is not None and state.paired
        ids.clear()
        removed.clear()
        site = real(analysed, registry, previous, versions, state, earlier)
        seen.append((site, paired, previous, list(ids), list(removed), real(analysed, registry)))
        return site

    monkeypatch.setattr(link_stage, "link", spy)
    monkeypatch.setattr(link_stage, "briefing_id", lambda seed: ids.append(seed) or real_id(seed))
    monkeypatch.setattr(link_stage, "_remove", lambda linked, bid, x: removed.append(bid) or real_remove(linked, bid, x))
    seed = project.seeds / "second.txt"
    copy = project.seeds / "0-copy.txt"  # sorts before every seed
    edits = [  # (the edit, whether it moves no briefing)
        (lambda: seed.write_text(SECOND + "\nThe weather that week was mild.\n", encoding="utf-8"), True),
        (lambda: seed.write_text(SECOND.replace("Chip curbs tighten again", "A chip curb widens"), encoding="utf-8"),
         False),
        (lambda: shutil.copy2(seed, copy), False),
        (lambda: seed.write_text(SECOND.replace("Chip curbs tighten again", "A chip curb widens") + "\nIt rained.\n",
                                 encoding="utf-8"), True),
        (lambda: copy.unlink(), False),
        (lambda: seed.write_text(SECOND, encoding="utf-8"), False),
    ]
    for number, (edit, still) in enumerate(edits):
        seen.clear()
        edit()
        incremental(project)
        [(site, paired, previous, made_ids, taken_out, fresh)] = seen
        assert paired  # the Linked read was saved beside the memo read
        assert [(b.id, b.slug) for b in site.briefings] == [(b.id, b.slug) for b in fresh.briefings]
        assert list(site.memo.sort_of.items()) == list(fresh.memo.sort_of.items())
        assert list(site.memo.keys_of.items()) == list(fresh.memo.keys_of.items())
        assert site.diagnostics == fresh.diagnostics
        assert site.entities == fresh.entities
        for listed, again in ((site.mentions, fresh.mentions), (site.roles, fresh.roles), (site.quotes, fresh.quotes)):
            assert set(listed) == set(again) and all(listed[key] == again[key] for key in again)
        if still:
            assert site.memo.sort_of is previous.sort_of and site.memo.keys_of is previous.keys_of
            assert made_ids == ["second.txt"] and taken_out == []
        if number == 2:  # the copy takes the slug; the original's page is renamed
            slug = {b.article.seed: b.slug for b in site.briefings}
            assert slug["second.txt"] == f"{slug['0-copy.txt']}-{real_id('second.txt')[:6]}"
        assert generated(project.docs) == full_build(project, tmp_path, f"full-{number}")


def test_link_takes_no_place_from_a_memo_saved_without_its_linked_state(tmp_path, monkeypatch):
    """Last build's order and keys are taken from the link memo only beside the ``Linked`` saved with it:
    a build that saved a new memo but not its state (here, refused) leaves the next build to sort."""
    from generator import link as link_stage
    from generator.cache import Cache

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    seed = project.seeds / "second.txt"
    real_save, real_order = Cache.save_linked, link_stage._patched_order
    ordered: list[bool] = []
    monkeypatch.setattr(link_stage, "_patched_order", lambda *args: ordered.append(True) or real_order(*args))
    monkeypatch.setattr(Cache, "save_linked", lambda self, linked: None)
    seed.write_text(SECOND.replace("Chip curbs tighten again", "A chip curb widens") +
                    '\n"We will respond," said Quorvan Tellisandre of Brimwater Analytics.\n', encoding="utf-8")
    incremental(project)  # a new memo (other keys, another place); the state beside it is the first build's
    monkeypatch.setattr(Cache, "save_linked", real_save)
    ordered.clear()
    seed.write_text(SECOND, encoding="utf-8")  # the first build's analysis again: unchanged to that state
    incremental(project)
    assert ordered == []  # not paired: sorted, and its keys are its own, not the memo's
    assert generated(project.docs) == full_build(project, tmp_path, "full-1")
    seed.write_text(SECOND + "\nThe weather that week was mild.\n", encoding="utf-8")
    incremental(project)
    assert ordered == [True]  # paired again
    assert generated(project.docs) == full_build(project, tmp_path, "full-2")


def test_a_json_export_s_lines_are_copied_only_by_the_stamps_of_the_build_that_wrote_it(tmp_path):
    """An export's unchanged lines are copied from the file on disk by their stamps, only when the stamps
    read were saved by the build that saved the manifest (``CachedStamps.signature``): beside an older
    stamps.json (a save that failed, a file put back) the edited briefing's line of the later build was
    copied under the older build's stamp of it, and the export was not a clean build's."""
    from generator.cache import default_folder

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    stamps_file = default_folder(project.seeds, project.docs) / "stamps.json"
    older = stamps_file.read_bytes()
    seed = project.seeds / "second.txt"
    seed.write_text(SECOND + "\nOfficials said the review would go on.\n", encoding="utf-8")
    incremental(project)
    assert generated(project.docs) == full_build(project, tmp_path, "full-1")
    # The first build's stamps put back beside the second build's manifest, and the edit taken out: the edited
    # briefing's stamp is the one those stamps hold, its line on disk the second build's.
    stamps_file.write_bytes(older)
    seed.write_text(SECOND, encoding="utf-8")
    incremental(project)
    assert generated(project.docs) == full_build(project, tmp_path, "full-2")


def test_an_edit_that_changes_no_entity_list_leaves_the_linked_entity_lists_unwritten(tmp_path):
    """link's entity lists are saved apart from its versions (``linked-entities.json``), and only when link
    changed them: a sentence that names no one leaves the file as it was; a quote of someone new writes it;
    a linked.json of the older format (one file) is a miss. Each time the pages equal a clean build's."""
    from generator.cache import LINKED, LINKED_LISTS, default_folder

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    folder = default_folder(project.seeds, project.docs)
    lists, linked = folder / LINKED_LISTS, folder / LINKED
    seed = project.seeds / "second.txt"

    def written() -> tuple[int, int]:
        return lists.stat().st_ino, linked.stat().st_ino

    before = written()
    seed.write_text(SECOND + "\nThe weather that week was mild.\n", encoding="utf-8")
    incremental(project)
    after = written()
    assert after[0] == before[0] and after[1] != before[1]  # the versions written, the entity lists not
    assert generated(project.docs) == full_build(project, tmp_path, "full-1")

    seed.write_text(SECOND + '\n"We will respond," said Quorvan Tellisandre of Brimwater Analytics.\n',
                    encoding="utf-8")
    incremental(project)
    assert written()[0] != after[0] and "person/quorvan-tellisandre" in lists.read_text(encoding="utf-8")
    assert generated(project.docs) == full_build(project, tmp_path, "full-2")

    # The older format, everything in linked.json: a miss (counted afresh), not an error.
    body = json.loads(linked.read_bytes().split(b"\n", 1)[1])
    body.pop("format")
    body.update(json.loads(lists.read_bytes().split(b"\n", 1)[1]))
    linked.write_text(json.dumps(body), encoding="utf-8")
    lists.unlink()
    seed.write_text(SECOND, encoding="utf-8")
    report = incremental(project)
    assert not [d for d in report.diagnostics if d.file == str(folder)]
    assert lists.exists() and json.loads(linked.read_bytes().split(b"\n", 1)[1])["format"] == 2
    assert generated(project.docs) == full_build(project, tmp_path, "full-3")


def test_the_connections_page_is_made_only_when_an_entitys_companions_or_names_change(tmp_path, monkeypatch):
    """The Connections page is fingerprinted from its stamp (every entity as pages name it, and each one's
    companions): an edit that changes neither (a sentence that names no one) does not make its model; a quote
    of someone new, who shares the briefing with others, does. Each time the pages equal a clean build's."""
    from generator import pages

    project = copy_project(tmp_path / "p", [ROOT / "seeds" / "000_4c66626bd7c7efee.txt", *fixture_seeds()])
    project.add_seed("second.txt", SECOND)
    incremental(project)
    made: list[str] = []
    real = pages.Pages.connections
    monkeypatch.setattr(pages.Pages, "connections", lambda self: made.append("connections") or real(self))
    seed = project.seeds / "second.txt"
    seed.write_text(SECOND + "\nThe weather that week was mild.\n", encoding="utf-8")
    report = incremental(project)
    assert report.analysed == 1 and made == []
    assert generated(project.docs) == full_build(project, tmp_path, "full-1")
    made.clear()
    seed.write_text(SECOND + '\n"We will respond," said Quorvan Tellisandre of Brimwater Analytics.\n',
                    encoding="utf-8")
    incremental(project)
    assert made == ["connections"]
    assert generated(project.docs) == full_build(project, tmp_path, "full-2")
