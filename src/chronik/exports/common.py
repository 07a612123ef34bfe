"""What every export shares: iterating the filtered timeline, the reports behind each entry,
and opening the output (a clear StoreError-free `ExportError` when it cannot be written)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from chronik.errors import ChronikError
from chronik.store.base import chunks
from chronik.timeline.queries import TimelineEntry, timeline

PAGE = 1000


class ExportError(ChronikError):
    """An export that cannot be written (unwritable path, missing dependency)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """The timeline filters an export applies (same meaning as `timeline()`'s arguments)."""

    entities: tuple[str, ...] = ()
    with_: tuple[str, ...] = ()
    type: str | None = None
    since: str | None = None
    until: str | None = None
    query: str | None = None
    min_sources: int = 1
    countries: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


def iter_entries(store, filters: Filters = Filters()) -> Iterator[TimelineEntry]:
    """Every timeline entry that passes `filters`, in timeline order (paged)."""
    offset = 0
    while True:
        page = timeline(store, filters.entities, filters.with_, type=filters.type,
                        since=filters.since, until=filters.until, query=filters.query,
                        min_sources=filters.min_sources, countries=filters.countries,
                        limit=PAGE, offset=offset)
        yield from page.entries
        if len(page.entries) < PAGE:
            return
        offset += PAGE


def reports(store, timeline_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The article-level reports of each timeline event, oldest article first."""
    out: dict[int, list[dict[str, Any]]] = {i: [] for i in timeline_ids}
    for part in chunks(timeline_ids, 500):
        marks = ",".join("?" * len(part))
        rows = store.query(
            "SELECT m.timeline_event_id, e.id, e.local_id, e.type, e.mode, e.context, e.date, "
            "e.modality, e.confidence, e.evidence_text, e.evidence_start, e.evidence_end, "
            "a.id, a.title, coalesce(a.date_refined, a.date), a.source, a.url, a.lang "
            "FROM timeline_event_mentions m JOIN events e ON e.id = m.event_id "
            f"JOIN articles a ON a.id = e.article_id WHERE m.timeline_event_id IN ({marks}) "
            "ORDER BY m.timeline_event_id, coalesce(a.date_refined, a.date), a.id, e.evidence_start",
            part)
        for r in rows:
            out[int(r[0])].append({
                "event_id": int(r[1]), "local_id": r[2], "type": r[3], "mode": r[4],
                "context": json.loads(r[5]) if r[5] else [], "date": r[6], "modality": r[7],
                "confidence": float(r[8]), "evidence": r[9], "start": int(r[10]),
                "end": int(r[11]), "article_id": r[12], "title": r[13], "article_date": r[14],
                "source": r[15], "url": r[16], "lang": r[17]})
    return out


def batched(store, filters: Filters, size: int = 200) -> Iterator[tuple[TimelineEntry, list[dict]]]:
    """(entry, its reports) pairs, fetching reports a page at a time."""
    buf: list[TimelineEntry] = []
    for e in iter_entries(store, filters):
        buf.append(e)
        if len(buf) >= size:
            rep = reports(store, [x.id for x in buf])
            yield from ((x, rep[x.id]) for x in buf)
            buf = []
    if buf:
        rep = reports(store, [x.id for x in buf])
        yield from ((x, rep[x.id]) for x in buf)


@contextmanager
def open_output(out: str | Path, *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text stream for `out` ("-" is stdout); unwritable paths raise ExportError."""
    if str(out) == "-":
        yield sys.stdout
        return
    path = Path(out)
    try:
        fh = open(path, "w", encoding="utf-8", newline=newline)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from exc
    with fh:
        yield fh
