"""PLOVER records (JSON Lines) with the codebook's data fields (PLOVER manual, ch. 6):
id, date, enddate, actor, recipient, event, event_loc, event_text, mode, context, cite_info,
coder, coded_date — one record per fused event, `cite_info` listing every report."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import chronik
from chronik.exports.common import Filters, batched, open_output
from chronik.timeline.queries import EntityRef, TimelineEntry

CODEBOOK = "plover-base"


def _entity(e: EntityRef) -> dict:
    rec = {"code": e.country, "entity_text": e.name, "identifier_text": e.name}
    if e.kb:
        rec["identifier_id"] = e.kb
    return rec


def record(entry: TimelineEntry, reps: list[dict]) -> dict:
    coder = f"chronik {chronik.__version__} (pipeline {chronik.PIPELINE_VERSION})"
    contexts = sorted({c for r in reps for c in r["context"]})
    rec = {
        "id": f"chronik-{entry.id}",
        "date": entry.date_start,
        "enddate": entry.date_end,
        "date_precision": entry.precision,
        "date_value": entry.date,
        "actor": [_entity(a) for a in entry.actors],
        "recipient": [_entity(a) for a in entry.recipients],
        "event": [entry.type],
        "mode": [entry.mode] if entry.mode else [],
        "context": contexts,
        "event_text": [r["evidence"] for r in reps],
        "modality": entry.modality,
        "cite_info": [{"corpus": "chronik", "citation": r["article_id"], "url": r["url"],
                       "title": r["title"], "language": r["lang"], "publication": r["source"],
                       "date": r["article_date"], "coder": coder, "codebook": CODEBOOK}
                      for r in reps],
        "coder": coder,
        "coded_date": datetime.now(UTC).date().isoformat(),
    }
    if entry.location is not None:
        rec["event_loc"] = {"extracted_place": entry.location.name,
                            "resolved_place": entry.location.name,
                            "country_code": entry.location.country}
    return rec


def write(store, out: str | Path, filters: Filters = Filters(), **_: object) -> int:
    n = 0
    with open_output(out) as fh:
        for entry, reps in batched(store, filters):
            fh.write(json.dumps(record(entry, reps), ensure_ascii=False) + "\n")
            n += 1
    return n
