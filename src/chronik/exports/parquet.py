"""Parquet tables for analysts (pyarrow): one file per table in the output folder —
articles, entities, mentions, timexes, events, quotes, timeline_events (+ its mentions,
participants and sources, so fused events can be joined back to their reports).

With timeline filters, the tables hold the filtered timeline events and what they stand on:
their mentions, participants and sources, the article-level events behind them, the
articles those come from (with those articles' mentions, timexes and quotes) and the
entities any of these refer to. Without filters, every row of every table is written."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from chronik.exports.common import ExportError, Filters, iter_entries
from chronik.store.base import chunks

TABLES = ("articles", "entities", "mentions", "timexes", "events", "quotes", "timeline_events",
          "timeline_event_mentions", "timeline_event_participants", "timeline_event_sources")
BATCH = 20_000
IN_CHUNK = 500

# the column each table is restricted by when filters apply, and the id set it draws on
_SELECT_BY = {
    "timeline_events": ("id", "timeline"),
    "timeline_event_mentions": ("timeline_event_id", "timeline"),
    "timeline_event_participants": ("timeline_event_id", "timeline"),
    "timeline_event_sources": ("timeline_event_id", "timeline"),
    "events": ("id", "events"),
    "articles": ("id", "articles"),
    "mentions": ("article_id", "articles"),
    "timexes": ("article_id", "articles"),
    "quotes": ("article_id", "articles"),
    "entities": ("id", "entities"),
}


def _is_unfiltered(filters: Filters) -> bool:
    return (not filters.entities and not filters.with_ and filters.type is None
            and filters.since is None and filters.until is None and not filters.query
            and filters.min_sources <= 1 and not filters.countries)


def _ids(store, sql: str, keys: Sequence) -> list:
    """Distinct values of `sql` (with one IN (...) placeholder list) over `keys`, sorted."""
    out: set = set()
    for part in chunks(list(keys), IN_CHUNK):
        marks = ",".join("?" * len(part))
        out.update(r[0] for r in store.query(sql.format(marks=marks), part) if r[0] is not None)
    return sorted(out)


def selection(store, filters: Filters) -> dict[str, list]:
    """The id sets a filtered export keeps: timeline events, events, articles, entities."""
    timeline_ids = sorted({e.id for e in iter_entries(store, filters)})
    events = _ids(store, "SELECT event_id FROM timeline_event_mentions "
                         "WHERE timeline_event_id IN ({marks})", timeline_ids)
    articles = _ids(store, "SELECT article_id FROM events WHERE id IN ({marks})", events)
    entities = set(_ids(store, "SELECT entity_id FROM timeline_event_participants "
                               "WHERE timeline_event_id IN ({marks})", timeline_ids))
    entities.update(_ids(store, "SELECT location FROM timeline_events WHERE id IN ({marks})",
                         timeline_ids))
    entities.update(_ids(store, "SELECT entity_id FROM event_participants "
                                "WHERE event_id IN ({marks})", events))
    entities.update(_ids(store, "SELECT entity_id FROM mentions WHERE article_id IN ({marks})",
                         articles))
    return {"timeline": timeline_ids, "events": events, "articles": articles,
            "entities": sorted(entities)}


def _rows(store, table: str, names: str, chosen: dict[str, list] | None) -> Iterator[list]:
    """Batches of rows of `table`: all of them, or those in the filtered selection."""
    if chosen is None:
        cur = store.execute(f"SELECT {names} FROM {table}")
        while rows := cur.fetchmany(BATCH):
            yield rows
        return
    column, key = _SELECT_BY[table]
    for part in chunks(chosen[key], IN_CHUNK):
        marks = ",".join("?" * len(part))
        rows = store.query(f"SELECT {names} FROM {table} WHERE {column} IN ({marks})", part)
        if rows:
            yield rows


def _types(store, table: str):
    import pyarrow as pa

    mapping = {"INTEGER": pa.int64(), "REAL": pa.float64(), "TEXT": pa.string()}
    if store.dialect == "sqlite":
        rows = store.query(f"PRAGMA table_info({table})")
        return [(r[1], mapping.get((r[2] or "TEXT").upper(), pa.string())) for r in rows]
    rows = store.query("SELECT column_name, data_type FROM information_schema.columns "
                       "WHERE table_name = ? ORDER BY ordinal_position", (table,))
    pg = {"integer": pa.int64(), "bigint": pa.int64(), "real": pa.float64(),
          "double precision": pa.float64()}
    return [(r[0], pg.get(r[1], pa.string())) for r in rows]


def write(store, out: str | Path, filters: Filters = Filters(), **_: object) -> int:
    """Write each table to `out`/<table>.parquet (filtered, see the module doc); returns rows written."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency
        raise ExportError("Parquet export needs pyarrow: pip install pyarrow") from exc
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".chronik-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise ExportError(f"cannot write to folder {folder}: {exc.strerror or exc}") from exc
    chosen = None if _is_unfiltered(filters) else selection(store, filters)
    total = 0
    for table in TABLES:
        cols = _types(store, table)
        schema = pa.schema([pa.field(n, t) for n, t in cols])
        names = ", ".join(n for n, _ in cols)
        with pq.ParquetWriter(folder / f"{table}.parquet", schema) as w:
            w.write_table(schema.empty_table())  # a table with no rows is still a valid file
            for rows in _rows(store, table, names, chosen):
                arrays = [pa.array([r[i] for r in rows], type=t) for i, (_, t) in enumerate(cols)]
                w.write_table(pa.Table.from_arrays(arrays, schema=schema))
                total += len(rows)
    return total
