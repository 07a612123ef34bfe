"""The PostgreSQL store: the same schema, queries and Store protocol as SQLite, for a shared
server (several `chronik serve` workers and users on one database).

Selected by a URL everywhere a `--db` is accepted: `--db postgresql://user@host:5432/chronik`.
Portable SQL from the layers above arrives with `?` placeholders and is translated once per
statement to psycopg's `%s`. Transactions nest as savepoints (psycopg's own
`Connection.transaction()`), so one failing article rolls back alone, as on SQLite.
Full-text search: see `fts_postgres.sql` (German and English text search configurations by
article language, plus chronik's own stems so both backends find the same sentences).

Needs the optional extra `pip install 'chronik[postgres]'` (psycopg 3).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from chronik.errors import StoreError
from chronik.store.base import Params, SentenceHit

try:
    import psycopg
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("the PostgreSQL store needs psycopg: pip install 'chronik[postgres]'") from exc

CONNECT_TIMEOUT_S = 10
MIGRATION_LOCK_KEY = 0x6368726F6E696B  # "chronik": serializes migrations of concurrent starters
TS_CONFIGS = {"de": "german", "en": "english"}

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|--[^\n]*|\?|%", re.S)


@functools.lru_cache(maxsize=4096)
def to_pyformat(sql: str) -> str:
    """`?` placeholders → `%s`, a literal `%` → `%%`; quoted strings and comments kept."""
    def sub(m: re.Match[str]) -> str:
        tok = m.group(0)
        if tok == "?":
            return "%s"
        if tok == "%":
            return "%%"
        return tok
    return _TOKEN.sub(sub, sql)


class Row(tuple):
    """A result row: `row[0]`, `row["column"]`, unpacking and `keys()` (like sqlite3.Row)."""

    __slots__ = ()
    _names: dict[str, int] = {}

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            try:
                key = self._names[key]
            except KeyError:
                raise IndexError(f"no column named {key!r}") from None
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


@functools.lru_cache(maxsize=1024)
def _row_class(names: tuple[str, ...]) -> type[Row]:
    return type("Row", (Row,), {"__slots__": (), "_names": {n: i for i, n in enumerate(names)}})


def _row_factory(cursor: Any):
    if cursor.description is None:
        return tuple
    cls = _row_class(tuple(c.name for c in cursor.description))
    return cls


def _prepared(sql: str, params: Params) -> tuple[str, Params | None]:
    """Without parameters psycopg sends the text as is (a `%` stays a `%`)."""
    return (to_pyformat(sql), params) if params else (sql, None)


def describe(url: str) -> str:
    """host:port/database of a URL, for messages (never the password)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "localhost"
        port = parts.port or 5432
        db = parts.path.lstrip("/") or "(default database)"
    except ValueError:
        return "(unparsable PostgreSQL URL)"
    return f"{host}:{port}/{db}"


def _reason(exc: BaseException) -> str:
    """The cause in psycopg's message: 'Connection refused', 'role "x" does not exist' ..."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    if not lines:
        return type(exc).__name__
    first = lines[0]
    if "failed: " in first:
        first = first.rsplit("failed: ", 1)[1]
    return first.replace("FATAL:", "").strip()


class PostgresStore:
    """A chronik database on a PostgreSQL server."""

    dialect = "postgresql"

    def __init__(self, url: str, *, connect_timeout: int = CONNECT_TIMEOUT_S) -> None:
        self.url = url
        self.location = "postgresql://" + describe(url)
        try:
            self.conn = psycopg.connect(url, autocommit=True, connect_timeout=connect_timeout,
                                        row_factory=_row_factory)
        except psycopg.OperationalError as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {describe(url)}: {_reason(exc)}. "
                             "Is the server running and the URL right "
                             "(postgresql://user@host:port/database)?") from exc
        except (psycopg.ProgrammingError, ValueError) as exc:
            raise StoreError(f"{describe(url)}: not a usable PostgreSQL URL: {_reason(exc)}") from exc

    # -- the Store protocol -------------------------------------------------------------
    def execute(self, sql: str, params: Params = ()) -> Any:
        return self.conn.execute(*_prepared(sql, params))

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        rows = list(rows)
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(to_pyformat(sql), rows)

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        return self.conn.execute(*_prepared(sql, params)).fetchall()

    def query_one(self, sql: str, params: Params = ()) -> Any | None:
        return self.conn.execute(*_prepared(sql, params)).fetchone()

    def insert_id(self, sql: str, params: Params = ()) -> int:
        return int(self.conn.execute(*_prepared(sql, params)).fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A transaction at the outside, a savepoint inside; an exception rolls it back."""
        with self.conn.transaction():
            yield

    @contextmanager
    def migration_lock(self) -> Iterator[None]:
        """Held while migrating: servers starting together do not create tables twice."""
        self.conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK_KEY,))
        try:
            yield
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK_KEY,))

    def index_sentences(self, article_ids: Sequence[str]) -> None:
        """Nothing to do: a row trigger fills each sentence's search vector on insert."""

    def search_sentences(self, terms: list[str], *, lang: str | None = None,
                         limit: int = 20) -> list[SentenceHit]:
        """Sentences holding every chronik stem in `terms` (weight-B lexemes), best first."""
        if not terms:
            return []
        query = " & ".join("'" + t.replace("'", "''").replace("\\", "\\\\") + "':B" for t in terms)
        sql = ("SELECT s.id, ts_rank(s.tsv, q) AS r FROM sentences s "
               + ("JOIN articles a ON a.id = s.article_id " if lang else "")
               + ", to_tsquery('simple', %s) q WHERE s.tsv @@ q "
               + ("AND a.lang = %s " if lang else "") + "ORDER BY r DESC, s.id LIMIT %s")
        params: list[Any] = [query] + ([lang] if lang else []) + [int(limit)]
        return [SentenceHit(int(r[0]), -float(r[1])) for r in self.conn.execute(sql, params)]

    def search_text(self, query: str, *, lang: str = "de", limit: int = 20) -> list[SentenceHit]:
        """PostgreSQL's own stemming: web-search syntax ("quoted phrases", -not, or) under the
        German or English text search configuration, over sentences of that language."""
        cfg = TS_CONFIGS.get(lang, "simple")
        sql = ("SELECT s.id, ts_rank(s.tsv, q) AS r FROM sentences s "
               "JOIN articles a ON a.id = s.article_id, "
               "websearch_to_tsquery(%s::regconfig, %s) q "
               "WHERE s.tsv @@ q AND a.lang = %s ORDER BY r DESC, s.id LIMIT %s")
        return [SentenceHit(int(r[0]), -float(r[1]))
                for r in self.conn.execute(sql, (cfg, query, lang, int(limit)))]

    def migrations_applied(self) -> list[tuple[int, str, str]]:
        exists = self.conn.execute("SELECT to_regclass('chronik_migrations')").fetchone()[0]
        if exists is None:
            return []
        rows = self.conn.execute(
            "SELECT number, name, applied_at FROM chronik_migrations ORDER BY number").fetchall()
        return [(int(r[0]), r[1], r[2]) for r in rows]

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
