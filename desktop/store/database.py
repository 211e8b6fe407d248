"""Opening a database file safely: checks first, writes only when it is ours.

Every refusal is a :class:`StoreError` whose message is one sentence naming
the file, and every check that can refuse runs before anything is written, so
a file we refuse is left exactly as it was (no journal, no WAL, no schema).

Reading a search's rows goes through :func:`read`, the one place that tells a
statement another thread stopped (:class:`Interrupted`) from one SQLite could
not run (:class:`~desktop.store.query.QueryError`).
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from desktop.domain import Article
from desktop.store.query import QueryError
from desktop.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from desktop.store.text import words

_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(RuntimeError):
    """The database cannot be used; the message says why in one sentence."""


class Interrupted(Exception):
    """A statement was stopped from another thread (``Store.interrupt``: a newer
    search superseded it). Not an error of the query: whoever ran it drops it."""


def read(conn: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[sqlite3.Row]:
    """Every row of a search's statement (a list, a count, the sidebar's numbers).

    Raises :class:`Interrupted` when :meth:`sqlite3.Connection.interrupt` stopped
    it, and :class:`QueryError` when SQLite refused it (FTS5 may still refuse an
    expression the parser let through).
    """
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT or (
            str(exc) == "interrupted"
        ):
            raise Interrupted from exc
        raise QueryError(f"This search cannot be run ({exc}).") from exc


@contextmanager
def deadline(conn: sqlite3.Connection, ms: float | None) -> Iterator[None]:
    """Statements run inside stop (as :class:`Interrupted`) once ``ms`` have passed.

    For the window's own thread: a first page that needs a scan of a million
    rows ("value>1e12", "-xinjiang": 100-300 ms) must not freeze it; the caller
    hands such a search to its worker instead. SQLite asks every few thousand
    steps, so the check costs nothing a person could measure.
    """
    if ms is None:
        yield
        return
    end = time.perf_counter() + ms / 1000
    conn.set_progress_handler(lambda: time.perf_counter() > end, _DEADLINE_STEPS)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


#: SQLite steps between two looks at the clock (~0.1 ms of work).
_DEADLINE_STEPS = 4000


def connect(path: Path, *, create_folder: bool = False) -> tuple[sqlite3.Connection, bool]:
    """Open (creating if needed) and migrate ``path``; return it and whether it is writable."""
    path = Path(path)
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    folder = path.parent
    if create_folder and not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"Cannot create the folder {folder}: {exc.strerror}.") from exc
    exists = path.exists()
    if not exists:
        if not folder.is_dir():
            raise StoreError(
                f"Cannot create the database {path}: the folder {folder} does not exist."
            )
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError(
                f"Cannot create the database {path}: the folder {folder} is read-only."
            )
    else:
        _check_header(path)
    writable = not exists or (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK))
    try:
        if writable:
            conn = sqlite3.connect(path, isolation_level=None)
        else:
            # immutable: a file we may not write gets no -wal or -shm beside it either.
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open the database {path}: {exc}.") from exc
    register_functions(conn)
    try:
        _check_identity(conn, path)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version < SCHEMA_VERSION:
            if not writable:
                raise StoreError(
                    f"The database {path} is read-only and needs an upgrade this version must write."
                )
            _migrate(conn, version)
        if writable:
            conn.execute("PRAGMA journal_mode = WAL")
            # In WAL mode NORMAL keeps the file consistent through a crash and
            # skips the fsync per commit that made a one-article import
            # transaction cost 5 ms; a power cut may lose the last commit only.
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"The database {path} is damaged or not a database ({exc}).") from exc
    except StoreError:
        conn.close()
        raise
    return conn, writable


def register_functions(conn: sqlite3.Connection) -> None:
    """The Python functions the schema's migrations and the store's keys use."""
    conn.create_function("fb_content_key", 1, content_key, deterministic=True)
    conn.create_function("fb_name_key", 1, name_key, deterministic=True)


def content_key(text: str) -> str:
    """Same text, same key, whatever id the article was stored under."""
    return Article.id_for(text or "")


def name_key(name: str) -> str:
    """Names that differ only in case, accents, spacing or punctuation share a key."""
    return " ".join(words(name or ""))


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"Cannot read the database {path}: {exc.strerror}.") from exc
    if head and head != _SQLITE_MAGIC:
        raise StoreError(f"{path} is not a Fact Browser database (it is not an SQLite file).")


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    if app_id != APPLICATION_ID and (tables or version):
        raise StoreError(
            f"{path} is an SQLite file of another program, not a Fact Browser database."
        )
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"The database {path} was written by a newer Fact Browser "
            f"(schema {version}; this version reads up to {SCHEMA_VERSION})."
        )


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    with transaction(conn):
        if version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        for number in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements (semicolons never occur in our DDL text)."""
    for part in script.split(";"):
        if part.strip():
            yield part


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE … COMMIT``; anything raised rolls all of it back."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        if conn.in_transaction:  # SQLite rolls back by itself after some errors (disk full)
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
