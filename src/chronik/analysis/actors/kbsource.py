"""Where the actors stage gets its knowledge base.

The stage takes a KB as a parameter (tests pass a fixture KB built with
`KnowledgeBase.from_files`); by default it uses the bundled one, loaded once per process.
When no KB entity is installed at all (a tree without the KB data), the stage still runs and
every name is an unknown entity.
"""

from __future__ import annotations

import functools
from pathlib import Path

from chronik.kb import KnowledgeBase, load_kb


@functools.cache
def default_kb() -> KnowledgeBase:
    return load_kb()


def fixture_kb() -> KnowledgeBase:
    """The small test KB (tests/analysis/actors/fixtures/kb.jsonl), for scripts and tests."""
    path = Path(__file__).resolve().parents[4] / "tests/analysis/actors/fixtures/kb.jsonl"
    return KnowledgeBase.from_files([path])
