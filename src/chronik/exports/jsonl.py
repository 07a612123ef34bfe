"""JSON Lines export: chronik's native fused events, each with every report behind it."""

from __future__ import annotations

import json
from pathlib import Path

from chronik.exports.common import Filters, batched, open_output
from chronik.timeline.queries import entry_record


def write(store, out: str | Path, filters: Filters = Filters(), **_: object) -> int:
    n = 0
    with open_output(out) as fh:
        for entry, reps in batched(store, filters):
            rec = entry_record(entry)
            rec["actor_ids"] = [a.kb or a.id for a in entry.actors]
            rec["recipient_ids"] = [a.kb or a.id for a in entry.recipients]
            rec["mentions"] = reps
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
