"""Archive dates: the day of the commit that added a seed, following renames; none for a seed
that is not committed or a folder outside git; cached by name and content."""
from __future__ import annotations

import hashlib
from datetime import date

from generator.archive import archive_dates

from .helpers import git


def digests(seeds) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds.iterdir() if p.is_file()}


class Store(dict):
    def get(self, key, hint=None):
        return super().get(key)

    def put(self, key, value):
        self[key] = value


def test_the_commit_that_added_a_seed_dates_it_even_after_a_rename(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "old.txt").write_text("Officials meet in Geneva\n\nThey met.\n" * 20)
    (seeds / "b.txt").write_text("Another story\n\nText.\n")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "add", date="2025-03-04T10:00:00+00:00")
    git(tmp_path, "mv", "seeds/old.txt", "seeds/new.txt")
    git(tmp_path, "commit", "-q", "-m", "rename", date="2025-05-06T10:00:00+00:00")
    (seeds / "fresh.txt").write_text("Not committed\n\nYet.\n")
    store = Store()
    found = archive_dates(seeds, digests(seeds), store)
    assert found == {"new.txt": date(2025, 3, 4), "b.txt": date(2025, 3, 4)}
    assert len(store) == 2  # committed dates are cached; the uncommitted seed is asked again next time
    assert archive_dates(seeds, digests(seeds), store) == found


def test_outside_git_nothing_is_dated(tmp_path):
    (tmp_path / "a.txt").write_text("Story\n\nText.\n")
    assert archive_dates(tmp_path, digests(tmp_path)) == {}
