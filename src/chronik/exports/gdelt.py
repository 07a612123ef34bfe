"""GDELT-style event rows (tab-separated, GDELT 1.0 column names) with CAMEO codes from the
events stage's PLOVER→CAMEO mapping (`cameo_for(type, mode)`)."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from chronik.exports.common import Filters, batched, open_output
from chronik.timeline.queries import TimelineEntry

COLUMNS = ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "DatePrecision",
           "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
           "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
           "QuadClass", "PloverType", "PloverMode", "NumMentions", "NumSources", "NumArticles",
           "ActionGeo_FullName", "ActionGeo_CountryCode", "DATEADDED", "SOURCEURL")
# PLOVER's quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict
QUAD = {"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "REQUEST": 1, "CONCEDE": 2, "COOPERATE": 2,
        "AID": 2, "RETREAT": 2, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 4,
        "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4}


def _cameo(type_: str, mode: str | None) -> str:
    try:
        from chronik.analysis.events.ontology import cameo_for
    except ImportError:
        return ""
    try:
        return cameo_for(type_, mode) or ""
    except Exception:
        return ""


def row(entry: TimelineEntry, reps: list[dict]) -> dict:
    d = date.fromisoformat(entry.date_start)
    code = _cameo(entry.type, entry.mode)
    a1 = entry.actors[0] if entry.actors else None
    a2 = entry.recipients[0] if entry.recipients else None
    url = next((r["url"] for r in reps if r["url"]), "")
    added = max((r["article_date"] or "" for r in reps), default="").replace("-", "")
    return {
        "GLOBALEVENTID": entry.id, "SQLDATE": d.strftime("%Y%m%d"), "MonthYear": d.strftime("%Y%m"),
        "Year": d.year, "FractionDate": round(d.year + (d.timetuple().tm_yday - 1) / 365.0, 4),
        "DatePrecision": entry.precision,
        "Actor1Code": a1.country or "" if a1 else "", "Actor1Name": a1.name if a1 else "",
        "Actor1CountryCode": a1.country or "" if a1 else "",
        "Actor2Code": a2.country or "" if a2 else "", "Actor2Name": a2.name if a2 else "",
        "Actor2CountryCode": a2.country or "" if a2 else "", "IsRootEvent": 1,
        "EventCode": code, "EventBaseCode": code[:3], "EventRootCode": code[:2],
        "QuadClass": QUAD.get(entry.type, ""), "PloverType": entry.type,
        "PloverMode": entry.mode or "", "NumMentions": entry.n_mentions,
        "NumSources": entry.n_sources, "NumArticles": entry.n_articles,
        "ActionGeo_FullName": entry.location.name if entry.location else "",
        "ActionGeo_CountryCode": entry.location.country or "" if entry.location else "",
        "DATEADDED": added, "SOURCEURL": url,
    }


def write(store, out: str | Path, filters: Filters = Filters(), **_: object) -> int:
    n = 0
    with open_output(out, newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t")
        w.writeheader()
        for entry, reps in batched(store, filters):
            w.writerow(row(entry, reps))
            n += 1
    return n
