"""The small `Store` protocol every backend implements (SQLite now, PostgreSQL later).

Everything above the store (writing analyses, fusion, timeline queries, exports) talks to it
through these few methods with plain, portable SQL: `?` placeholders (a backend that wants
`%s` translates them), `INSERT ... ON CONFLICT DO NOTHING`, `RETURNING id`. Backend-only
features sit behind a method: full-text search is `search_sentences`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

Params = Sequence[Any]


@dataclass(frozen=True, slots=True)
class SentenceHit:
    """One full-text search result: a stored sentence and its rank (lower is better)."""

    sentence_id: int
    rank: float


@runtime_checkable
class Store(Protocol):
    """A chronik database. Rows returned support `row["column"]` and `row[index]`."""

    dialect: str  # "sqlite" | "postgresql"
    location: str  # file path or URL, for messages

    def execute(self, sql: str, params: Params = ()) -> Any:
        """Run one statement; returns a cursor-like object with fetchone()/fetchall()."""

    def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement for many parameter rows."""

    def query(self, sql: str, params: Params = ()) -> list[Any]:
        """All rows of a query."""

    def query_one(self, sql: str, params: Params = ()) -> Any | None:
        """The first row of a query, or None."""

    def insert_id(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT ... RETURNING id and return the id."""

    def transaction(self) -> AbstractContextManager[None]:
        """A transaction; nested calls become savepoints. An exception rolls it back."""

    def index_sentences(self, article_ids: Sequence[str]) -> None:
        """Make the stored sentences of these articles searchable (inside the caller's
        transaction; a backend whose index follows its table by itself does nothing)."""

    def search_sentences(self, terms: list[str], *, lang: str | None = None,
                         limit: int = 20) -> list[SentenceHit]:
        """Sentences whose stemmed text contains every stem in `terms`, best first."""

    def migrations_applied(self) -> list[tuple[int, str, str]]:
        """(number, name, applied_at) of every applied migration."""

    def close(self) -> None:
        """Release the connection."""


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    """Slices of `items` of at most `size` (keeps IN (...) lists within parameter limits)."""
    for i in range(0, len(items), size):
        yield items[i:i + size]
