"""What every reader shares: the error callback, size limits, and the one way to report."""

from __future__ import annotations

from collections.abc import Callable

from chronik.errors import InputError

OnError = Callable[[InputError], None]

# Formats that must be read whole (HTML, feeds) are refused above this size; streaming formats
# (text records, JSON Lines, WARC) are never loaded whole and have no file limit.
MAX_WHOLE_BYTES = 100 * 1024 * 1024
# One record (a JSON line, a text record, a WARC HTML payload) is held in memory: bound it.
MAX_RECORD_CHARS = 20 * 1024 * 1024


def report(on_error: OnError | None, err: InputError) -> None:
    """Hand a bad record to `on_error`, or raise it when nobody listens."""
    if on_error is None:
        raise err
    on_error(err)


def mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
