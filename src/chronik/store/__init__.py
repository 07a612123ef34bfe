"""The chronik store: articles, their full analysis, resolved entities and fused events.

`open_store(path)` opens (and migrates) a database: a file path for SQLite (default
`./chronik.db`, or $CHRONIK_DB), a `postgresql://` URL for the PostgreSQL backend when installed.
"""

from __future__ import annotations

import os
from pathlib import Path

from chronik.errors import StoreError
from chronik.store.base import Store
from chronik.store.migrations import migrate

DEFAULT_DB = "chronik.db"
ENV_DB = "CHRONIK_DB"


def resolve_location(path: str | Path | None = None) -> str:
    """The database to use: the argument, else $CHRONIK_DB, else ./chronik.db."""
    return str(path) if path else os.environ.get(ENV_DB) or DEFAULT_DB


def open_store(path: str | Path | None = None, *, create: bool = True) -> Store:
    """Open the store at `path` and bring its schema up to date."""
    location = resolve_location(path)
    if location.startswith(("postgres://", "postgresql://")):
        try:
            from chronik.store.postgres import PostgresStore  # type: ignore[import-not-found]
        except ImportError as exc:
            raise StoreError(f"{location}: the PostgreSQL backend is not installed") from exc
        store: Store = PostgresStore(location)
    else:
        from chronik.store.sqlite import SQLiteStore

        if not create and location != ":memory:" and not Path(location).exists():
            raise StoreError(f"{location}: no such database (run `chronik ingest` first)")
        store = SQLiteStore(location)
    migrate(store)
    return store


__all__ = ["DEFAULT_DB", "ENV_DB", "Store", "open_store", "resolve_location"]
