"""The cache's keyed store: tables of rows in one SQLite file (``store.sqlite``), so that a
re-run rewrites only the rows that changed, not whole files.

After one edit the manifest (a row per generated page: its size, time, hash and fingerprint)
and the stamps (a row per briefing, per entity, per export) differ from the last build's in a
few rows: ``write`` compares each table's new rows with the rows this build read and writes
only those that differ (and deletes those gone), in one transaction. Whatever another build
wrote since this one read a table (the store's *generation*, a counter every write moves on,
tells), or a table not read, is written whole. A table is read whole (every page and briefing
is still asked about), into a dict.

The tables are ``STRICT`` (SQLite checks each value's type); a file whose tables are not these,
exactly, is another layout's and is made again empty (a miss). A file that is not SQLite at all,
or damaged, raises ``Damaged``: the cache counts it, removes it, and the build goes on without it.
Rows are data only (text and numbers), never pickles.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, Iterable

FILE = "store.sqlite"
_SUFFIXES = ("", "-wal", "-shm", "-journal")

# Table -> its columns, the first the key. The tables' SQL is checked against these, exactly.
TABLES: dict[str, tuple[str, ...]] = {
    "meta": ("name TEXT PRIMARY KEY", "value ANY NOT NULL"),
    "pages": ("path TEXT PRIMARY KEY", "size INTEGER NOT NULL", "mtime INTEGER NOT NULL", "sha TEXT NOT NULL"),
    "fingerprints": ("path TEXT PRIMARY KEY", "fingerprint TEXT NOT NULL"),
    "diagnostics": ("n INTEGER PRIMARY KEY", "level TEXT NOT NULL", "file TEXT NOT NULL", "message TEXT NOT NULL",
                    "line INTEGER", "fix TEXT NOT NULL"),
    "entity_stamps": ("key TEXT PRIMARY KEY", "inputs TEXT NOT NULL", "stamp TEXT NOT NULL"),
    "export_lines": ("path TEXT PRIMARY KEY", "stamps TEXT NOT NULL"),
    "briefing_stamps": ("id TEXT PRIMARY KEY", "memo TEXT NOT NULL"),
    "entity_parts": ("key TEXT PRIMARY KEY", "shown TEXT NOT NULL", "own TEXT NOT NULL"),
    "idents": ("id TEXT PRIMARY KEY", "ident TEXT NOT NULL"),
    "counts": ("key TEXT PRIMARY KEY", "n INTEGER NOT NULL"),
}
SCHEMA = {name: f"CREATE TABLE {name}({', '.join(columns)}) STRICT, WITHOUT ROWID" for name, columns in TABLES.items()}


class Damaged(Exception):
    """The file is not an SQLite database, or a damaged one."""


class Unstorable(Exception):
    """A value SQLite cannot hold as given (a text that is not UTF-8, an integer over 64 bits): nothing was written."""


class Unusable(Exception):
    """The file cannot be read or written (permissions, a full disk, locked too long)."""


class Store:
    """One store file. ``read`` a table (a dict: key -> the row's other values, a tuple, or the one
    value of a two-column table), then ``write`` tables' new dicts: only rows that differ from what
    was read are written, if no other build wrote in between."""

    def __init__(self, folder: Path):
        self.path = folder / FILE
        self._db: sqlite3.Connection | None = None
        # The generation this build knows the file at (read, or left by its own write); None: not
        # known (never read, or another build wrote between two of this build's reads).
        self._generation: int | None = None
        self._known = False
        self._read: dict[str, dict] = {}  # table -> its rows as read, or as this build last wrote them

    # Opening

    def _connect(self) -> sqlite3.Connection:
        if self._db is None:
            try:
                db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            except sqlite3.Error as error:
                raise _error(error) from error
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                found = dict(db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
                if found != SCHEMA:
                    if found:  # another layout's tables: made again, empty
                        db.close()
                        remove(self.path)
                        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
                        db.execute("PRAGMA journal_mode=WAL")
                        db.execute("PRAGMA synchronous=NORMAL")
                    db.execute("BEGIN IMMEDIATE")
                    for sql in SCHEMA.values():
                        db.execute(sql)
                    db.execute("INSERT INTO meta VALUES ('generation', 0)")
                    db.execute("COMMIT")
            except sqlite3.Error as error:
                db.close()
                raise _error(error) from error
            self._db = db
        return self._db

    def close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._db = None

    # Reading and writing

    def read(self, table: str) -> dict:
        """Every row of ``table``: key -> value (two columns) or the tuple of the other values."""
        db = self._connect()
        try:
            db.execute("BEGIN")
            try:
                generation = _generation(db)
                rows = db.execute(f"SELECT * FROM {table}")
                found = dict(rows) if len(TABLES[table]) == 2 else {row[0]: row[1:] for row in rows}
            finally:
                db.execute("COMMIT")
        except sqlite3.Error as error:
            raise _error(error) from error
        if not self._known:
            self._generation, self._known = generation, True
        elif self._generation != generation:
            self._generation = None  # another build wrote between this build's reads
        self._read[table] = dict(found)  # its own copy: the caller may change the dict it is given
        return found

    def write(self, tables: Iterable[tuple[str, dict]]) -> None:
        """Each table's rows made equal to its dict, in one transaction: by the rows that differ from
        those read, if nothing else wrote the file since; else whole."""
        db = self._connect()
        try:
            db.execute("BEGIN IMMEDIATE")
            try:
                generation = _generation(db)
                patch = self._known and self._generation is not None and generation == self._generation
                for table, rows in tables:
                    if table == "meta":
                        rows = {**rows, "generation": generation + 1}
                    _put(db, table, rows, self._read.get(table) if patch else None)
                    self._read[table] = dict(rows)
                db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation + 1,))
                db.execute("COMMIT")
            except BaseException:
                if db.in_transaction:
                    db.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            raise _error(error) from error
        except (UnicodeEncodeError, OverflowError) as error:
            raise Unstorable(str(error)) from error
        # Patched: the file is what this build read, but for what it wrote. Else tables not written
        # here may differ from what was read: the next write writes whole.
        self._generation = generation + 1 if patch else None
        self._known = True


def _generation(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
    if row is None or type(row[0]) is not int:
        raise sqlite3.DatabaseError("no generation")
    return row[0]


def _put(db: sqlite3.Connection, table: str, rows: dict, read: dict | None) -> None:
    columns = len(TABLES[table])
    marks = ", ".join("?" * columns)
    key = TABLES[table][0].split(" ")[0]
    if read is None:
        db.execute(f"DELETE FROM {table}")
        changed: Any = rows.items()
    else:
        get = read.get
        changed = [(k, v) for k, v in rows.items() if get(k, _MISSING) != v]
        gone = [(k,) for k in read.keys() - rows.keys()]
        if gone:
            db.executemany(f"DELETE FROM {table} WHERE {key} = ?", gone)
    if columns == 2:
        db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", changed)
    else:
        db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", ((k, *v) for k, v in changed))


_MISSING = object()


def _error(error: sqlite3.Error) -> Exception:
    """Damaged (not a database, malformed, a value of the wrong type) or unusable (I/O, locked)."""
    if isinstance(error, sqlite3.OperationalError):
        return Unusable(str(error))
    return Damaged(str(error))


def remove(path: Path) -> None:
    """The store file and its journal files, if there."""
    for suffix in _SUFFIXES:
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass
