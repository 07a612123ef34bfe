"""Shared fixtures, written by the team. Tests that need ../shared skip when it is absent."""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_e7a62df085985c21.txt"
SEED_GOLD = SHARED / "gold" / "000_e7a62df085985c21.gold.json"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared is not beside this checkout")
    return path


@pytest.fixture
def seed_path() -> Path:
    return need_shared(SEED)


@pytest.fixture
def seed_gold() -> dict:
    import json

    return json.loads(need_shared(SEED_GOLD).read_text("utf-8"))

# --- store, fusion, timeline, export and CLI tests: an in-memory store and hand-made analyses ---


@pytest.fixture
def store():
    from chronik.store import open_store

    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture
def write(store):
    """write(*analyses): store and fuse them, return the WriteSummary."""
    from chronik.store.write import Writer

    w = Writer(store)

    def _write(*analyses):
        return w.write_many([(a, True) for a in analyses])

    return _write


@pytest.fixture
def make_analysis():
    """The builder of hand-made analyses in tests/fusion/analyses.py."""
    sys.path.insert(0, str(ROOT / "tests" / "fusion"))
    from analyses import make

    return make


# --- a hang detector for tests of long or hostile input ---

@contextmanager
def _bounded(seconds: int) -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):  # no alarms on this platform: run unguarded
        yield
        return

    def _fail(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: super-linear?")

    old = signal.signal(signal.SIGALRM, _fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="session")
def hang_guard() -> Callable[[int], AbstractContextManager[None]]:
    """`with hang_guard(seconds): ...` fails instead of hanging when the block runs longer:
    a generous bound that catches super-linear code, never a speed assertion."""
    return _bounded
