"""Local analysis engine: `analyze` in this process or in a pool of worker processes.

Articles go to workers in chunks with a bounded number of chunks in flight (memory stays flat
on any input size: the reader is pulled only as results are taken); results come back in input
order to the single writer in the parent. An exception while analysing one article makes that
article a rejection and the run goes on. A worker process that dies (a crash in native code,
the OOM killer) breaks the pool: the chunks that were in flight are re-run one article at a
time in a fresh pool, the article that kills its worker again is reported, the run goes on.
Workers ignore Ctrl-C: the parent stops feeding them, cancels pending chunks and returns, so
everything already written stays stored.

Test hooks (read by the worker wrapper here, never by analysis code): an article whose text
contains $CHRONIK_TEST_CRASH_ON raises in the worker; one containing $CHRONIK_TEST_EXIT_ON
makes the worker process exit abruptly (pool workers only).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice

from chronik.model import Analysis, Article
from chronik.pipeline import STAGE_NAMES, analyze

SEGMENT_ONLY = frozenset(n for n in STAGE_NAMES if n != "segment")
CRASH_ENV = "CHRONIK_TEST_CRASH_ON"
EXIT_ENV = "CHRONIK_TEST_EXIT_ON"
DEFAULT_CHUNK = 8
SMALL_INPUT = 2  # chunks: fewer articles than this are analysed in this process


def default_workers() -> int:
    """All cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True, slots=True)
class Outcome:
    """One article's result: its analysis, or why analysing it failed."""

    article: Article
    analysis: Analysis | None
    error: str | None = None


class InjectedFailure(RuntimeError):
    """Raised by the $CHRONIK_TEST_CRASH_ON hook."""


def _test_hooks(article: Article, in_worker: bool) -> None:
    crash = os.environ.get(CRASH_ENV)
    if crash and crash in article.text:
        raise InjectedFailure(f"${CRASH_ENV} marker found")
    die = os.environ.get(EXIT_ENV)
    if in_worker and die and die in article.text:
        os._exit(70)


def _analyze_one(article: Article, skip: frozenset[str], in_worker: bool = False) -> Outcome:
    try:
        _test_hooks(article, in_worker)
        return Outcome(article, analyze(article, skip=skip))
    except Exception as exc:  # one bad article must not stop the run
        return Outcome(article, None, f"analysis failed: {type(exc).__name__}: {exc}")


def _analyze_chunk(chunk: list[Article], skip: frozenset[str]) -> list[Outcome]:
    return [_analyze_one(a, skip, in_worker=True) for a in chunk]


def _worker_init() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop


def _died(article: Article) -> Outcome:
    return Outcome(article, None, "analysis failed: the worker process died on this article "
                                  "(a crash outside Python, or out of memory)")


WARM_LANGS = ("de", "en")


def warm_up(langs: Iterable[str] = WARM_LANGS) -> None:
    """Load every stage's resources in this process (each is cached once per process), so
    forked workers start ready and share those pages instead of loading a copy each."""
    for lang in langs:
        try:
            analyze(Article.create("1. Mai 2024: A traf B.", date="2024-05-01", lang=lang))
        except Exception:  # noqa: BLE001 - a broken resource is reported per article later
            pass


class _Pool:
    """A ProcessPoolExecutor that can be replaced after a worker died."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        try:
            self.ctx = multiprocessing.get_context("fork")  # cheap start, shared pages
            warm_up()
        except ValueError:  # pragma: no cover - platforms without fork
            self.ctx = multiprocessing.get_context()
        self.pool = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.ctx,
                                   initializer=_worker_init)

    def submit(self, chunk: list[Article], skip: frozenset[str]) -> Future:
        return self.pool.submit(_analyze_chunk, chunk, skip)

    def renew(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()

    def isolate(self, chunks: Iterable[list[Article]], skip: frozenset[str]) -> Iterator[Outcome]:
        """Re-run articles one at a time; the one that kills its worker is reported."""
        for chunk in chunks:
            for article in chunk:
                try:
                    yield from self.submit([article], skip).result()
                except BrokenProcessPool:
                    self.renew()
                    yield _died(article)

    def shutdown(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def analyze_stream(articles: Iterable[Article], *, workers: int = 1, chunksize: int = DEFAULT_CHUNK,
                   skip: frozenset[str] = frozenset(),
                   in_flight: int | None = None) -> Iterator[Outcome]:
    """Yield an Outcome per article, in input order; at most `in_flight` chunks are read
    ahead (default: 4 per worker, enough to keep workers busy while the parent writes)."""
    it = iter(articles)
    head: list[Article] = []
    if workers > 1:  # a small input is done here before a pool would have started
        try:
            head.extend(islice(it, SMALL_INPUT * chunksize))
        except KeyboardInterrupt:
            yield from (_analyze_one(a, skip) for a in head)
            raise
    if workers <= 1 or len(head) < SMALL_INPUT * chunksize:
        for a in chain(head, it):
            yield _analyze_one(a, skip)
        return
    it = chain(head, it)
    limit = in_flight or workers * 4
    pending: deque[tuple[list[Article], Future]] = deque()
    pool = _Pool(workers)
    try:
        while True:
            reading: list[Article] = []
            try:
                while len(pending) < limit:
                    reading = []
                    reading.extend(islice(it, chunksize))  # kept up to a Ctrl-C inside
                    if not reading:
                        break
                    pending.append((reading, pool.submit(reading, skip)))
                    reading = []
                if not pending:
                    break
                outcomes = pending[0][1].result()
                pending.popleft()
            except KeyboardInterrupt:
                # Ctrl-C: read no more; finish what the workers already have (a second
                # Ctrl-C skips that), hand it on, then pass the interruption to the caller
                if reading:  # articles read whole before the interruption are finished too
                    pending.append((reading, pool.submit(reading, skip)))
                done = []
                for _, f in pending:
                    try:
                        done.extend(f.result())
                    except BrokenProcessPool:
                        break
                pending.clear()
                yield from done
                raise
            except BrokenProcessPool:
                # chunks in flight failed with it: redo those article by article, in order;
                # a chunk read but refused by the already broken pool at submit comes last
                todo = list(pending)
                pending.clear()
                pool.renew()
                for c, f in todo:
                    if f.done() and not f.cancelled() and f.exception() is None:
                        yield from f.result()
                    else:
                        yield from pool.isolate([c], skip)
                if reading:
                    yield from pool.isolate([reading], skip)
                    reading = []
                continue
            yield from outcomes
    finally:
        pool.shutdown()
