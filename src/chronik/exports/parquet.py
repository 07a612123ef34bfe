"""Parquet tables for analysts (pyarrow): one file per table in the output folder —
articles, entities, mentions, timexes, events, quotes, timeline_events (+ its mentions,
participants and sources, so fused events can be joined back to their reports)."""

from __future__ import annotations

from pathlib import Path

from chronik.exports.common import ExportError, Filters

TABLES = ("articles", "entities", "mentions", "timexes", "events", "quotes", "timeline_events",
          "timeline_event_mentions", "timeline_event_participants", "timeline_event_sources")
BATCH = 20_000


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
    """Write every table to `out`/<table>.parquet; returns the number of rows written."""
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
    total = 0
    for table in TABLES:
        cols = _types(store, table)
        schema = pa.schema([pa.field(n, t) for n, t in cols])
        names = ", ".join(n for n, _ in cols)
        cur = store.execute(f"SELECT {names} FROM {table}")
        with pq.ParquetWriter(folder / f"{table}.parquet", schema) as w:
            while True:
                rows = cur.fetchmany(BATCH)
                if not rows and w is not None:
                    break
                arrays = [pa.array([r[i] for r in rows], type=t) for i, (_, t) in enumerate(cols)]
                w.write_table(pa.Table.from_arrays(arrays, schema=schema))
                total += len(rows)
    return total
