"""One import step without Qt: a file or pasted text in, a stored article (or a reason) out.

The import worker (``import_worker.py``) calls :func:`import_one` for each
source on its own thread and connection. Reading and extracting come first
and write nothing; the article is then stored in one transaction
(``Store.add_dataset``). A cancel that arrives while an article is being
extracted drops it before anything is written, so an import stopped half-way
never leaves part of an article behind, and a source that cannot be imported
changes nothing already stored.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date as date_type
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain import ContractError
from desktop.extract.importers import MAX_BYTES, ImportFailure, normalise
from desktop.store import Store, StoreError

if TYPE_CHECKING:
    from desktop.seed import Dataset

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read, or text pasted in with the title and date typed beside it."""

    path: Path | None = None
    text: str | None = None
    title: str | None = None
    date: str | None = None

    @classmethod
    def file(cls, path: str | Path) -> Source:
        return cls(path=Path(path))

    @classmethod
    def pasted(cls, text: str, title: str | None = None, date: str | None = None) -> Source:
        return cls(
            text=text, title=(title or "").strip() or None, date=(date or "").strip() or None
        )

    @property
    def name(self) -> str:
        """How messages name it: the file's name, or “the pasted text”."""
        if self.path is not None:
            return self.path.name or str(self.path)
        return f"the pasted text “{self.title}”" if self.title else "the pasted text"


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one source: an article stored (or found stored already), or why not."""

    source: Source
    article_id: str | None = None
    title: str = ""
    fact_ids: tuple[str, ...] = ()
    duplicate: bool = False
    error: str | None = None
    #: What was stored, kept so an undone import can be redone.
    dataset: Dataset | None = None

    @property
    def added(self) -> bool:
        return self.error is None and not self.duplicate and self.article_id is not None


def check_date(text: str | None) -> str | None:
    """Why ``text`` is not a usable article date, or None when it is empty or fine."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        date_type.fromisoformat(text)
    except ValueError:
        pass
    else:
        if len(text) == 10:
            return None
    return f"“{text}” is not a date: write it as YYYY-MM-DD, or leave it empty."


def read_source(source: Source) -> Dataset:
    """Extract the facts of ``source``; raises ImportFailure naming it. Writes nothing."""
    # The extractor costs ~0.2 s to import: only an import needs it, not the window's start.
    from desktop.extract.pipeline import extract, extract_file

    if source.path is not None:
        return extract_file(source.path, title=source.title, date=source.date)
    name = source.name
    text = source.text or ""
    if "\x00" in text:
        raise ImportFailure(
            f"Cannot import {name}: it contains NUL characters, as binary data does."
        )
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ImportFailure(f"Cannot import {name}: articles are limited to 20 MB.")
    text = normalise(text)
    if not text:
        raise ImportFailure(f"Cannot import {name}: it is empty.")
    if not any(ch.isalnum() for ch in text):
        raise ImportFailure(f"Cannot import {name}: it contains no article text.")
    if reason := check_date(source.date):
        raise ImportFailure(f"Cannot import {name}: {reason}")
    dataset = extract(text, title=source.title, date=source.date)
    if not dataset.facts:
        raise ImportFailure(f"Cannot import {name}: no facts were found in it.")
    return dataset


def extract_source(source: Source) -> Dataset | str:
    """The dataset of ``source``, or the sentence saying why not; never raises.

    Runs on the import thread or in an extraction process (so its argument
    and result are plain picklable values).
    """
    try:
        return read_source(source)
    except ImportFailure as exc:
        return str(exc)
    except Exception as exc:  # an extractor bug must cost one file, not the whole import
        log.exception("extraction failed for %s", source.name)
        return f"Cannot import {source.name}: the extractor failed ({exc})."


def store_extracted(store: Store, source: Source, extracted: Dataset | str) -> Outcome:
    """Store what :func:`extract_source` gave, in one transaction (or report its refusal)."""
    if isinstance(extracted, str):
        return Outcome(source, error=extracted)
    try:
        added = store.add_dataset(extracted)
    except (ContractError, StoreError, sqlite3.Error) as exc:
        reason = str(exc).rstrip(".")
        return Outcome(source, error=f"Cannot store {source.name}: {reason}.")
    return Outcome(
        source,
        article_id=added.article_id,
        title=extracted.article.title,
        fact_ids=tuple(added.fact_ids),
        duplicate=added.duplicate,
        dataset=None if added.duplicate else extracted,
    )


def import_one(
    store: Store, source: Source, cancelled: Callable[[], bool] = lambda: False
) -> Outcome | None:
    """Extract and store one source; None when cancelled before anything was written."""
    extracted = extract_source(source)
    if cancelled():
        return None
    return store_extracted(store, source, extracted)


def summary(outcomes: Sequence[Outcome], total: int, cancelled: bool) -> str:
    """One line for the status bar: what was added, skipped and refused."""
    added = [o for o in outcomes if o.added]
    facts = sum(len(o.fact_ids) for o in added)
    duplicates = sum(1 for o in outcomes if o.duplicate)
    failed = sum(1 for o in outcomes if o.error)
    if added:
        parts = [f"Imported {_n(len(added), 'article')} with {_n(facts, 'new fact')} to review"]
    else:
        parts = ["Nothing was imported"]
    if duplicates:
        parts.append(f"{_n(duplicates, 'article')} stored already")
    if failed:
        parts.append(f"{_n(failed, 'source')} refused")
    if cancelled:
        parts.append(f"cancelled after {len(outcomes)} of {total}")
    return " · ".join(parts) + "."


def failures(outcomes: Sequence[Outcome]) -> list[str]:
    """The refusals, one sentence each naming its file."""
    return [o.error for o in outcomes if o.error]


def _n(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"
