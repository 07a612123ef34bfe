"""Shared CLI helpers: error reporting to stderr, exit codes, the --db option."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Annotated

import typer
from rich.console import Console

from chronik.errors import InputError

stderr = Console(stderr=True, highlight=False)

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
DEFAULT_DB = "chronik.db"


@dataclass
class Rejections:
    """Collects bad inputs: reported as they come, counted for the summary and exit code."""

    quiet: bool = False
    problems: list[InputError] = field(default_factory=list)

    def __call__(self, err: InputError) -> None:
        self.problems.append(err)
        if not self.quiet:
            stderr.print(f"[yellow]rejected[/] {err}", markup=True, soft_wrap=True)

    @property
    def count(self) -> int:
        return len(self.problems)


def die(message: str, code: int = EXIT_USAGE) -> None:
    stderr.print(f"[red]error:[/] {message}", soft_wrap=True)
    sys.exit(code)


# -- store options and error handling (store, timeline, export commands) -------------------
DbOption = Annotated[str | None, typer.Option(
    "--db", envvar="CHRONIK_DB", help="The database file (default ./chronik.db, or $CHRONIK_DB).")]


@contextmanager
def store_errors() -> Iterator[None]:
    """Turn chronik errors into a message and an exit code: usage 2, store/export 1."""
    from chronik.errors import ChronikError, UsageError

    try:
        yield
    except UsageError as exc:
        die(str(exc), EXIT_USAGE)
    except ChronikError as exc:
        die(str(exc), EXIT_REJECTED)


def open_db(db: str | None, *, must_exist: bool = True):
    """Open (and migrate) the store, or exit with a clear message."""
    from chronik.errors import StoreError
    from chronik.store import open_store

    try:
        return open_store(db, create=not must_exist)
    except StoreError as exc:
        die(str(exc), EXIT_REJECTED)
