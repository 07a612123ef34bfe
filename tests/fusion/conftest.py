"""Fixtures for store, fusion, timeline, export and CLI tests: an in-memory store and a
builder of hand-made analyses (tests/fusion/analyses.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fusion"))

from analyses import make  # noqa: E402

from chronik.store import open_store  # noqa: E402
from chronik.store.write import Writer  # noqa: E402


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture
def write(store):
    """write(*analyses): store and fuse them, return the WriteSummary."""
    w = Writer(store)

    def _write(*analyses):
        return w.write_many([(a, True) for a in analyses])

    return _write


@pytest.fixture
def make_analysis():
    return make
