"""Local analysis engine: `analyze` in this process or in a pool of worker processes.

Articles go to workers in chunks with a bounded number of chunks in flight (memory stays flat
on any input size); results come back in input order to the single writer in the parent. An
exception while analysing one article makes that article a rejection and the run goes on.
Workers ignore Ctrl-C: the parent stops feeding them, cancels pending chunks and returns, so
everything already written stays stored.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from chronik.model import Analysis, Article
from chronik.pipeline import STAGE_NAMES, analyze

SEGMENT_ONLY = frozenset(n for n in STAGE_NAMES if n != "segment")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's result: its analysis, or why analysing it failed."""

    article: Article
    analysis: Analysis | None
    error: str | None = None


def _analyze_one(article: Article, skip: frozenset[str]) -> Outcome:
    try:
        return Outcome(article, analyze(article, skip=skip))
    except Exception as exc:  # one bad article must not stop the run
        return Outcome(article, None, f"analysis failed: {type(exc).__name__}: {exc}")


def _analyze_chunk(chunk: list[Article], skip: frozenset[str]) -> list[Outcome]:
    return [_analyze_one(a, skip) for a in chunk]


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop


def analyze_stream(articles: Iterable[Article], *, workers: int = 1, chunksize: int = 16,
                   skip: frozenset[str] = frozenset(),
                   in_flight: int | None = None) -> Iterator[Outcome]:
    """Yield an Outcome per article, in input order."""
    if workers <= 1:
        for a in articles:
            yield _analyze_one(a, skip)
        return
    it = iter(articles)
    limit = in_flight or workers * 3
    pending: deque[Future] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_worker_init)
    try:
        while True:
            while len(pending) < limit:
                chunk = list(islice(it, chunksize))
                if not chunk:
                    break
                pending.append(pool.submit(_analyze_chunk, chunk, skip))
            if not pending:
                break
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
