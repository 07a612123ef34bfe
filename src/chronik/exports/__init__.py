"""Exports of the fused timeline: `export(store, fmt, out, filters)` writes one format.

Formats: jsonl (native, with every report), csv, plover (PLOVER JSON Lines), gdelt
(GDELT-style TSV with CAMEO codes), parquet (a folder, one file per table), markdown
(a chronicle in German or English).
"""

from __future__ import annotations

import importlib
from pathlib import Path

from chronik.errors import UsageError
from chronik.exports.common import ExportError, Filters

FORMATS = {"jsonl": "jsonl", "json": "jsonl", "csv": "csv", "plover": "plover",
           "gdelt": "gdelt", "parquet": "parquet", "markdown": "markdown", "md": "markdown"}


def export(store, fmt: str, out: str | Path, filters: Filters = Filters(), *,
           lang: str = "de", title: str | None = None) -> int:
    """Write the timeline (or, for parquet, the tables) to `out`; returns rows written."""
    mod = FORMATS.get(fmt.lower())
    if mod is None:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(sorted(set(FORMATS)))}")
    writer = importlib.import_module(f"chronik.exports.{mod}")
    return writer.write(store, out, filters, lang=lang, title=title)


__all__ = ["FORMATS", "ExportError", "Filters", "export"]
