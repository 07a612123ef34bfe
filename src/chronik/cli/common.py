"""Shared CLI helpers: error reporting to stderr, exit codes, the --db option."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

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
