"""The SQLite store: one file, WAL, busy timeout, foreign keys, FTS5 sentence search."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from chronik.errors import StoreError
from chronik.store.base import Params, SentenceHit, chunks


class SQLiteStore:
    """A chronik database in one SQLite file (or ":memory:")."""

    dialect = "sqlite"

    def __init__(self, path: str | Path, *, busy_timeout_ms: int = 10_000) -> None:
        self.location = str(path)
        if self.location != ":memory:":
            parent = Path(self.location).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"{self.location}: folder {parent} does not exist")
        try:
            self.conn = sqlite3.connect(self.location, isolation_level=None,
                                        check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            if self.location != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA temp_store = MEMORY")
            self.conn.execute("PRAGMA cache_size = -65536")
        except sqlite3.Error as exc:
            raise StoreError(f"{self.location}: cannot open the database: {exc}") from exc
        self._depth = 0

    # -- the Store protocol -------------------------------------------------------------
    def execute(self, sql: str, params: Params = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self.conn.executemany(sql, rows)

    def query(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def insert_id(self, sql: str, params: Params = ()) -> int:
        return int(self.conn.execute(sql, params).fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE at the outside (one writer), savepoints inside."""
        depth = self._depth
        name = f"sp{depth}"
        self.conn.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        self._depth -= 1
        self.conn.execute("COMMIT" if depth == 0 else f"RELEASE {name}")

    def index_sentences(self, article_ids: Sequence[str]) -> None:
        for part in chunks(list(article_ids), 500):
            self.conn.execute(
                "INSERT INTO sentences_fts (rowid, stemmed) SELECT id, stemmed FROM sentences "
                f"WHERE article_id IN ({','.join('?' * len(part))})", part)

    def search_sentences(self, terms: list[str], *, lang: str | None = None,
                         limit: int = 20) -> list[SentenceHit]:
        if not terms:
            return []
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in terms)
        sql = ("SELECT f.rowid, f.rank FROM sentences_fts f "
               + ("JOIN sentences s ON s.id = f.rowid JOIN articles a ON a.id = s.article_id "
                  if lang else "")
               + "WHERE sentences_fts MATCH ? " + ("AND a.lang = ? " if lang else "")
               + "ORDER BY f.rank LIMIT ?")
        params: list = [match] + ([lang] if lang else []) + [int(limit)]
        return [SentenceHit(int(r[0]), float(r[1])) for r in self.conn.execute(sql, params)]

    def migrations_applied(self) -> list[tuple[int, str, str]]:
        try:
            rows = self.conn.execute(
                "SELECT number, name, applied_at FROM chronik_migrations ORDER BY number").fetchall()
        except sqlite3.OperationalError:
            return []
        return [(int(r[0]), r[1], r[2]) for r in rows]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
