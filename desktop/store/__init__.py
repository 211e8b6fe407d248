"""The embedded fact store (SQLite + FTS5) and its query language. Qt-free."""

from desktop.store.database import Interrupted, StoreError
from desktop.store.fact_store import Added, Store
from desktop.store.query import QueryError

__all__ = ["Added", "Interrupted", "QueryError", "Store", "StoreError"]
