"""Fixtures of the reader tests: the fixture folder and an error collector."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronik.errors import InputError

FIXTURES = Path(__file__).parent / "fixtures"


class Collected(list):
    """An on_error callback that keeps what it is given."""

    def __call__(self, err: InputError) -> None:
        self.append(err)

    @property
    def reasons(self) -> list[str]:
        return [e.reason for e in self]


@pytest.fixture
def errors() -> Collected:
    return Collected()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
