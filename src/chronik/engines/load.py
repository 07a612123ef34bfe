"""Load the Parquet tables written by the Spark engine into a store, and fuse them.

Only `articles/` is read: each row carries `record`, the article's full `chronik.analysis/1`
record as JSON, which `Analysis.from_record` turns back into exactly the Analysis the executor
produced (the other tables are flattened views of the same records, for analysts). The rows go
through the store's one writer — entity resolution, fusion into the timeline, duplicates
skipped by content hash — in batches, one transaction per batch and a savepoint per article.

Every Parquet file is opened on its own: a corrupt or truncated file is reported (the path and
why) and the others are loaded. Memory stays flat: files are read a row group at a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chronik.errors import InputError, UsageError
from chronik.model import Analysis
from chronik.store.write import Writer

BATCH = 200
COLUMNS = ("record", "origin", "pipeline_version")


@dataclass
class LoadReport:
    files: int = 0
    ingested: int = 0
    duplicates: int = 0
    rejected: list[InputError] = field(default_factory=list)


def parquet_files(folder: str | Path) -> list[Path]:
    """The articles Parquet files of a Spark output folder (or of a folder of them)."""
    root = Path(folder)
    if not root.is_dir():
        raise UsageError(f"{root}: not a folder (expected the OUTPUT of `chronik spark analyze`)")
    base = root / "articles" if (root / "articles").is_dir() else root
    files = sorted(p for p in base.rglob("*.parquet") if not p.name.startswith((".", "_")))
    if not files:
        raise UsageError(f"{base}: no Parquet files (expected articles/month=…/part-*.parquet)")
    return files


def _rows(path: Path) -> Iterator[tuple[dict, str | None, str | None]]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    if "record" not in names:
        raise ValueError("no 'record' column: not an articles table of `chronik spark analyze`")
    cols = [c for c in COLUMNS if c in names]
    for batch in pf.iter_batches(batch_size=256, columns=cols):
        data = batch.to_pydict()
        n = batch.num_rows
        for i in range(n):
            yield (json.loads(data["record"][i]), (data.get("origin") or [None] * n)[i],
                   (data.get("pipeline_version") or [None] * n)[i])


def load_parquet(store, folder: str | Path, *, on_error: Callable[[InputError], None] | None = None,
                 progress: Callable[[LoadReport], None] | None = None,
                 batch: int = BATCH) -> LoadReport:
    """Write every analysed article under `folder` into `store` (and fuse it)."""
    report = LoadReport()
    writers: dict[str | None, Writer] = {}

    def reject(err: InputError) -> None:
        report.rejected.append(err)
        if on_error is not None:
            on_error(err)

    def flush(items: list[tuple[Analysis, str | None]]) -> None:
        by_version: dict[str | None, list[Analysis]] = {}
        for a, v in items:
            by_version.setdefault(v, []).append(a)
        for version, analyses in by_version.items():
            w = writers.get(version)
            if w is None:
                w = writers[version] = Writer(store, pipeline_version=version)
            s = w.write_many([(a, True) for a in analyses])
            report.ingested += s.ingested
            report.duplicates += s.duplicates
            for where, why in s.failed:
                reject(InputError(where, why))
        items.clear()
        if progress is not None:
            progress(report)

    pending: list[tuple[Analysis, str | None]] = []
    for path in parquet_files(folder):
        report.files += 1
        try:
            for rec, origin, version in _rows(path):
                try:
                    a = Analysis.from_record(rec)
                except (KeyError, TypeError, ValueError) as exc:
                    reject(InputError(str(path), f"bad analysis record: {exc}"))
                    continue
                if origin:
                    a = a.replace(article=_with_origin(a.article, origin))
                pending.append((a, version))
                if len(pending) >= batch:
                    flush(pending)
        except (OSError, ValueError) as exc:  # pyarrow: ArrowInvalid is a ValueError
            reject(InputError(str(path), f"cannot read this Parquet file: {exc}"))
    if pending:
        flush(pending)
    return report


def _with_origin(article, origin: str):
    from dataclasses import replace

    return replace(article, origin=origin)
