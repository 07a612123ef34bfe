"""Ingest: read → analyze (local engine) → write in batches by the single writer → fuse.

`ingest(store, articles, ...)` is what `chronik ingest`, `chronik demo` and the benches call.
Each batch is one transaction with a savepoint per article: an interruption (Ctrl-C, a crash)
leaves only whole articles, and a failing article is rolled back alone and reported.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice

from chronik.engines.local import SEGMENT_ONLY, analyze_stream
from chronik.errors import InputError
from chronik.model import Article, content_id
from chronik.store.write import Writer

BATCH = 200


@contextmanager
def _ctrl_c_deferred() -> Iterator[Callable[[], bool]]:
    """Hold Ctrl-C while a batch is written and counted, so the report never disagrees with
    the store (an interrupt right after the commit used to skip the count); the caller asks
    the yielded function whether one came and stops after the batch."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    hits: list[int] = []
    old = signal.signal(signal.SIGINT, lambda signum, frame: hits.append(signum))
    try:
        yield lambda: bool(hits)
    finally:
        signal.signal(signal.SIGINT, old)


@dataclass
class IngestReport:
    ingested: int = 0
    duplicates: int = 0
    replaced: int = 0
    rejected: list[InputError] = field(default_factory=list)
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def seen(self) -> int:
        return self.ingested + self.duplicates + self.replaced + len(self.rejected)

    @property
    def rate(self) -> float:
        return self.seen / self.seconds if self.seconds > 0 else 0.0


def is_stored(store, article: Article) -> bool:
    """Is this article (its id or its content) in the store already?"""
    return store.query_one(
        "SELECT 1 FROM articles WHERE id = ? OR content_hash = ?",
        (article.id, content_id(article.text, article.date, article.title))) is not None


def ingest(store, articles: Iterable[Article], *, analyze: bool = True, workers: int = 1,
           replace: bool = False, on_error: Callable[[InputError], None] | None = None,
           progress: Callable[[IngestReport], None] | None = None,
           batch: int = BATCH) -> IngestReport:
    """Store (and by default analyze and fuse) every article; returns what happened."""
    report = IngestReport()
    writer = Writer(store)
    t0 = time.perf_counter()

    def reject(err: InputError) -> None:
        report.rejected.append(err)
        if on_error is not None:
            on_error(err)

    skip = frozenset() if analyze else SEGMENT_ONLY

    def unknown(stream: Iterable[Article]) -> Iterable[Article]:
        """Articles not stored yet: a known one is a duplicate and is not analysed again."""
        for a in stream:
            if not replace and is_stored(store, a):
                report.duplicates += 1
                continue
            yield a

    outcomes = analyze_stream(unknown(articles), workers=workers, skip=skip)
    try:
        while True:
            chunk: list = []
            try:  # Ctrl-C while collecting: what was analysed before it is still written
                chunk.extend(islice(outcomes, batch))
            except KeyboardInterrupt:
                report.interrupted = True
            if not chunk:
                break
            good = []
            for o in chunk:
                if o.analysis is None:
                    reject(InputError(o.article.origin or o.article.id, o.error or "analysis failed"))
                else:
                    good.append((o.analysis, analyze))
            with _ctrl_c_deferred() as interrupted:
                summary = writer.write_many(good, replace=replace)
                report.ingested += summary.ingested
                report.duplicates += summary.duplicates
                report.replaced += summary.replaced
                for where, reason in summary.failed:
                    reject(InputError(where, reason))
            if interrupted():
                report.interrupted = True
            report.seconds = time.perf_counter() - t0
            if progress is not None:
                progress(report)
            if report.interrupted:
                break
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()
    report.seconds = time.perf_counter() - t0
    return report
