"""Entities and articles by id, loaded on first use.

Reading every entity and article header takes a while at scale, so the
window asks for them only after its first paint, off its thread. Qt-free.
"""

from __future__ import annotations

from typing import Any

from desktop.store import Store


class Catalog:
    """A read-through cache over the store's entities and articles."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._entities: dict[str, dict[str, Any]] | None = None
        self._articles: list[dict[str, Any]] | None = None
        self._headers: dict[str, dict[str, Any]] = {}
        self._texts: dict[str, dict[str, Any] | None] = {}

    @property
    def loaded(self) -> bool:
        return self._entities is not None

    def load(self) -> None:
        """Read every entity and article header once."""
        if self._entities is None:
            self.adopt(*read_catalog(self._store))

    def adopt(self, entities: dict[str, dict[str, Any]], articles: list[dict[str, Any]]) -> None:
        """Take what :func:`read_catalog` read elsewhere (the background worker)."""
        self._entities, self._articles = entities, articles
        self._headers = {header["id"]: header for header in articles}

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        self.load()
        assert self._entities is not None
        return self._entities.get(entity_id)

    def entities(self, kind: str) -> list[dict[str, Any]]:
        self.load()
        assert self._entities is not None
        found = [e for e in self._entities.values() if e["kind"] == kind]
        return sorted(found, key=lambda e: e["name"].casefold())

    def articles(self) -> list[dict[str, Any]]:
        self.load()
        assert self._articles is not None
        return list(self._articles)

    def article_count(self) -> int:
        """``len(articles())`` without copying the list (the status bar asks each keystroke)."""
        self.load()
        assert self._articles is not None
        return len(self._articles)

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The article with its text; cheap (no pandas), cached by id."""
        if article_id not in self._texts:
            if len(self._texts) > 64:
                self._texts.clear()
            self._texts[article_id] = self._store.article(article_id)
        return self._texts[article_id]

    def header(self, article_id: str) -> dict[str, Any] | None:
        """The article without its text (title, date, place, source): from memory once
        the catalog is read, so the table's Source column never waits for the store."""
        header = self._headers.get(article_id)
        return header if header is not None else self.article(article_id)

    def forget(self, article_ids: tuple[str, ...] | list[str]) -> None:
        """Articles were added or removed: read them from the store next time."""
        for article_id in article_ids:
            self._texts.pop(article_id, None)


def read_catalog(store: Store) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Entities by id and article headers (no text): slow at scale, so run off the UI."""
    entities = {row["id"]: row for row in store.entity_records()}
    articles = store.article_records(text=False)
    return entities, articles
