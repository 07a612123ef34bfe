"""CSV export: one row per fused event (lists joined with "; ")."""

from __future__ import annotations

import csv
from pathlib import Path

from chronik.exports.common import Filters, iter_entries, open_output
from chronik.timeline.queries import entry_record

COLUMNS = ("id", "date", "date_start", "date_end", "precision", "type", "mode", "actors",
           "recipients", "location", "modality", "confidence", "n_mentions", "n_articles",
           "n_sources", "sources", "cited_sources", "first_reported", "last_reported", "summary")


def write(store, out: str | Path, filters: Filters = Filters(), **_: object) -> int:
    n = 0
    with open_output(out, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for entry in iter_entries(store, filters):
            rec = entry_record(entry)
            for k, v in rec.items():
                if isinstance(v, list):
                    rec[k] = "; ".join(v)
            w.writerow(rec)
            n += 1
    return n
