"""Fixtures of the reliability tests: a hang detector, a real `chronik serve` on loopback,
the demo store, and the `chronik` command line as a subprocess.

Slow tests are marked `slow` (registered here) but still run by default; deselect them with
`-m "not slow"` for a quick pass.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))

from rel_proc import Server  # noqa: E402


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: a reliability test that takes seconds to tens of "
                                       "seconds (subprocesses, servers); runs by default")


@pytest.fixture(scope="session")
def warm() -> None:
    """Load every stage's resources once, so the time bound measures the input, not loading."""
    from chronik.model import Article
    from chronik.pipeline import analyze

    for lang in ("de", "en"):
        analyze(Article.create("Am 1. Mai 2024 traf Olaf Scholz in Paris Emmanuel Macron.",
                               date="2024-05-02", lang=lang))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo store (`chronik demo`'s corpus), built once in this process."""
    from chronik.cli.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store, report = build_demo(path, workers=1)
    store.close()
    assert report.ingested > 0, "the demo corpus stored nothing"
    return path


@pytest.fixture(scope="session")
def demo_server(demo_db) -> Iterator[Server]:
    """A read-only `chronik serve` over the demo store, shared by the tests of a session."""
    with Server(demo_db) as srv:
        yield srv
