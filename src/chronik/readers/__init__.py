"""Readers: every input form becomes a stream of Articles; bad records go to `on_error`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers.textrecord import read_text_records

OnError = Callable[[InputError], None]


def read_paths(paths: Iterable[str], *, lang: str | None = None,
               on_error: OnError | None = None) -> Iterator[Article]:
    """Yield Articles from files, folders, globs or `-` (stdin)."""
    for p in paths:
        if p == "-":
            yield from read_text_records(sys.stdin, "<stdin>", lang=lang, on_error=on_error)
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            try:
                with open(f, encoding="utf-8", errors="strict", newline="") as fh:
                    yield from read_text_records(fh, str(f), lang=lang, on_error=on_error)
            except (OSError, UnicodeDecodeError) as exc:
                err = InputError(str(f), str(exc))
                if on_error is None:
                    raise err from exc
                on_error(err)
