"""chronik's exception classes: callers catch them by kind, messages say what to do."""

from __future__ import annotations


class ChronikError(Exception):
    """Base class of every error chronik raises on purpose."""


class InputError(ChronikError):
    """A bad input record: names the path, the line (if known) and why."""

    def __init__(self, path: str | None, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {reason}")


class ResourceError(ChronikError):
    """A broken language resource or knowledge-base file: names file, entry and reason."""

    def __init__(self, file: str, reason: str, entry: str | int | None = None) -> None:
        self.file = file
        self.entry = entry
        self.reason = reason
        where = file if entry is None else f"{file} [{entry}]"
        super().__init__(f"{where}: {reason}")


class StoreError(ChronikError):
    """The store cannot be opened, migrated or written."""


class UsageError(ChronikError):
    """A request that cannot be answered as asked (unknown entity, inverted range, ...)."""
