"""What a fused timeline event says: its date, type, participants, sources and best sentence.

The fused date is the most precise value the reports support (among the most precise
granularity present, the value most reports give; ties: the earliest); undated events are
placed at the day they were first reported (precision "reported").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from chronik.store.base import chunks
from chronik.timeline.dates import period, period_class

_MODALITY_ORDER = ("asserted", "reported", "future", "speculative", "hypothetical", "negated")


def fused_date(values: list[str | None]) -> str | None:
    periods = [p for p in (period(v) for v in values) if p is not None]
    if not periods:
        return None
    best = min(p.rank for p in periods)
    counts = Counter(p.value for p in periods if p.rank == best)
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)


def _most_common(values):
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)


def _roles(cluster, parts) -> tuple[set[int], set[int]]:
    """Each participant's role by majority over the reports (ties: the first, most precise
    report decides), so "A met B" and "B met A" give one stable pair."""
    votes: dict[int, Counter] = {}
    for _, role, e in parts:
        if role in ("actor", "recipient"):
            votes.setdefault(int(e), Counter())[role] += 1
    first = {}
    for m in cluster:
        for e in m.actors:
            first.setdefault(e, "actor")
        for e in m.recipients:
            first.setdefault(e, "recipient")
    actors, recipients = set(), set()
    for e, v in votes.items():
        if v["actor"] != v["recipient"]:
            role = "actor" if v["actor"] > v["recipient"] else "recipient"
        else:
            role = first.get(e, "actor")
        (actors if role == "actor" else recipients).add(e)
    return actors, recipients


@dataclass
class ReportData:
    """What summaries need about a set of reports, fetched in three queries."""

    rows: dict[int, tuple] = field(default_factory=dict)
    parts: dict[int, list[tuple]] = field(default_factory=dict)
    cited: dict[int, list[str]] = field(default_factory=dict)


def fetch_reports(store, event_ids) -> ReportData:
    ids = sorted(set(event_ids))
    data = ReportData()
    for part in chunks(ids, 500):
        marks = ",".join("?" * len(part))
        for r in store.query(
                "SELECT e.id, e.type, e.mode, e.date, e.location, e.modality, e.confidence, "
                "e.evidence_text, a.id, a.source, coalesce(a.date_refined, a.date) "
                f"FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id IN ({marks})", part):
            data.rows[int(r[0])] = tuple(r)
        for r in store.query(
                "SELECT p.event_id, p.role, p.entity_id, en.name, en.kb FROM event_participants p "
                f"JOIN entities en ON en.id = p.entity_id WHERE p.event_id IN ({marks})", part):
            if r[1] == "source":
                if r[4]:  # cited sources the KB knows (agencies, offices), not "Russian media"
                    data.cited.setdefault(int(r[0]), []).append(r[3])
            else:
                data.parts.setdefault(int(r[0]), []).append((int(r[0]), r[1], int(r[2])))
    return data


def summarize(store, cluster, data: ReportData | None = None) -> dict:
    """The timeline_events row (plus participants and sources) for a cluster of mentions."""
    ids = sorted(m.event_id for m in cluster)
    if data is None:
        data = fetch_reports(store, ids)
    rows = [data.rows[i] for i in ids if i in data.rows]
    parts = [p for i in ids for p in data.parts.get(i, ())]
    cited = [(n,) for n in sorted({n for i in ids for n in data.cited.get(i, ())})]
    date = fused_date([r[3] for r in rows])
    p = period(date)
    reported = sorted(r[10] for r in rows if r[10])
    if p is not None:
        start, end = p.start.isoformat(), p.end.isoformat()
        span, precision = p.span, p.granularity
    else:
        first = period(reported[0]) if reported else None
        start = end = first.start.isoformat() if first else "9999-12-31"
        span, precision = 1, "reported"
    modalities = {r[5] for r in rows}
    modality = next((m for m in _MODALITY_ORDER if m in modalities), "asserted")
    conf = 1.0
    for r in rows:
        conf *= 1.0 - max(0.0, min(1.0, float(r[6])))
    best = sorted(rows, key=lambda r: (-float(r[6]), r[8], r[0]))[0]
    actors, recipients = _roles(cluster, parts)
    publishers = {r[9] for r in rows if r[9]}
    unnamed = {r[8] for r in rows if not r[9]}  # articles without a known publisher
    sources = sorted({(n, "publisher") for n in publishers} | {(r[0], "cited") for r in cited})
    return {
        "type": _most_common(r[1] for r in rows),
        "mode": _most_common(r[2] for r in rows),
        "date": date,
        "date_start": start,
        "date_end": end,
        "date_span": span,
        "period_class": period_class(span),
        "precision": precision,
        "location": _most_common(r[4] for r in rows),
        "modality": modality,
        "confidence": round(1.0 - conf, 3),
        "summary": best[7],
        "n_mentions": len(rows),
        "n_articles": len({r[8] for r in rows}),
        "n_sources": len({n for n, _ in sources}) + len(unnamed),
        "first_reported": reported[0] if reported else None,
        "last_reported": reported[-1] if reported else None,
        "participants": sorted({("actor", e) for e in actors} | {("recipient", e) for e in recipients}),
        "sources": sources,
    }
