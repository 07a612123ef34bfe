"""Incremental, deterministic event fusion: article-level events become timeline events.

`fuse_events(store, ids)` looks up, through the `fusion_keys` index (participant, type,
period), the stored events each new one is compatible with; their fusion groups (connected
components of the compatibility graph) are united with the new events and re-clustered as a
whole. Components do not depend on arrival order, and each is clustered in a canonical order
of its members' content, so the same articles in any order give the same timeline events.
Callers run it inside the article's transaction: an interruption leaves no half-merged event.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from datetime import date, timedelta

from chronik.fusion.match import (
    ANTERIOR_CUE,
    Mention,
    affinity,
    compatible,
    compatible_types,
    conflict,
    day_gap,
    is_vague_key,
    publication_days,
    window_days,
)
from chronik.periods import RANK, period
from chronik.store.base import chunks

_MENTION_SQL = (
    "SELECT e.id, e.article_id, e.local_id, e.type, e.date, e.modality, e.confidence, "
    "e.fusion_group, a.date, a.date_refined, e.evidence_start, e.evidence_end, e.cues "
    "FROM events e JOIN articles a ON a.id = e.article_id "
    "WHERE e.id IN ({marks})")


def load_mentions(store, event_ids: Iterable[int]) -> dict[int, Mention]:
    """Mentions (with participants) of the given event ids."""
    ids = sorted(set(event_ids))
    out: dict[int, Mention] = {}
    for part in chunks(ids, 500):
        marks = ",".join("?" * len(part))
        roles: dict[int, tuple[set[int], set[int]]] = {i: (set(), set()) for i in part}
        sides: dict[int, dict[int, str]] = {i: {} for i in part}
        states: dict[int, set[int]] = {i: set() for i in part}
        vague: dict[int, set[int]] = {i: set() for i in part}
        for eid, role, ent, etype, country, key in store.query(
                "SELECT p.event_id, p.role, p.entity_id, en.type, en.country, en.key "
                "FROM event_participants p "
                f"JOIN entities en ON en.id = p.entity_id WHERE p.event_id IN ({marks})", part):
            if role == "source":
                continue
            roles[eid][0 if role == "actor" else 1].add(ent)
            if is_vague_key(key):
                vague[eid].add(ent)
            if country:
                sides[eid][ent] = country
            if etype == "GPE" and country:
                states[eid].add(ent)
        for r in store.query(_MENTION_SQL.format(marks=marks), part):
            act, rec = roles[r[0]]
            first, last = publication_days(r[8], r[9])
            out[r[0]] = Mention(
                event_id=r[0], article_id=r[1], local_id=r[2], type=r[3],
                actors=frozenset(act), recipients=frozenset(rec - act), period=period(r[4]),
                day=first, negated=r[5] == "negated", confidence=float(r[6]),
                group=r[7], evidence=(int(r[10]), int(r[11])),
                sides=tuple(sorted(sides[r[0]].items())), states=frozenset(states[r[0]]),
                anterior=bool(r[12]) and ANTERIOR_CUE in json.loads(r[12]),
                day_last=last if last != first else None, vague=frozenset(vague[r[0]]))
    return out


def _key_window(m: Mention) -> tuple[str, str] | None:
    if m.period is not None:
        return m.period.start.isoformat(), m.period.end.isoformat()
    if m.day is not None:
        w = timedelta(days=window_days(m))
        lo = m.day - w if m.day - date.min > w else date.min  # 0001-01-01 and 9999-12-31
        last = m.last_day or m.day
        hi = last + w if date.max - last > w else date.max  # are dates too
        return lo.isoformat(), hi.isoformat()
    return None


def candidates(store, m: Mention) -> set[int]:
    """Stored events that share a participant and a compatible type, in an overlapping period."""
    window = _key_window(m)
    if window is None or not m.anchors:
        return set()
    types = sorted(compatible_types(m.type))
    ents = sorted(m.anchors)
    rows = store.query(
        f"SELECT event_id FROM fusion_keys WHERE entity_id IN ({','.join('?' * len(ents))}) "
        f"AND type IN ({','.join('?' * len(types))}) AND period_start <= ? AND period_end >= ?",
        (*ents, *types, window[1], window[0]))
    out = {int(r[0]) for r in rows}
    if m.period is not None and m.period.granularity == "day":  # same states, same day
        codes = sorted(m.sides_of(m.parties))
        if len(codes) >= 2:
            rows = store.query(
                f"SELECT event_id FROM fusion_keys WHERE side IN ({','.join('?' * len(codes))}) "
                "AND type = ? AND period_start = ? AND period_end = ?",
                (*codes, m.type, window[0], window[1]))
            out.update(int(r[0]) for r in rows)
    out.discard(m.event_id)
    return out


def key_rows(m: Mention) -> list[tuple]:
    """The candidate-index rows of a mention: one per participant, with its side."""
    window = _key_window(m)
    if window is None:
        return []
    return [(ent, m.side(ent), m.type, window[0], window[1], m.event_id) for ent in sorted(m.anchors)]


def components(mentions: list[Mention]) -> list[list[Mention]]:
    """Connected components of the compatibility graph, each in canonical order."""
    ordered = sorted(mentions, key=Mention.sort_key)
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(ordered):
        if not a.fusable:
            continue
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            if find(i) != find(j) and compatible(a, b):
                parent[find(j)] = find(i)
    comps: dict[int, list[Mention]] = {}
    for i, m in enumerate(ordered):
        comps.setdefault(find(i), []).append(m)
    return list(comps.values())


def clusters(component: list[Mention]) -> list[list[Mention]]:
    """Split a component (in canonical order) into clusters: a mention joins the cluster it
    agrees with best among those it is linked to and conflicts with nowhere (ties: the
    earlier cluster); otherwise it starts a cluster of its own."""
    out: list[list[Mention]] = []
    for m in component:
        best, best_score = None, None
        for c in out:
            if any(compatible(m, x) for x in c) and not any(conflict(m, x) for x in c):
                score = (sum(affinity(m, x) for x in c) / len(c), -_distance(m, c))
                if best_score is None or score > best_score:
                    best, best_score = c, score
        if best is None:
            out.append([m])
        else:
            best.append(m)
    return out


def _distance(m: Mention, cluster: list[Mention]) -> int:
    """Days between `m`'s article and the nearest article of the cluster (a tie-breaker)."""
    days = [day_gap(m.day, m.last_day, x.day, x.last_day) for x in cluster if m.day and x.day]
    return min(days) if days else 0


def fuse_events(store, event_ids: Iterable[int], *, old_groups: Iterable[int] = (),
                known: dict[int, Mention] | None = None) -> None:
    """Fuse the given (new or changed) events into the timeline, incrementally.

    `known`: mentions the caller already holds (the writer passes the article it just wrote).
    """
    ids = sorted(set(event_ids))
    if not ids and not old_groups:
        return
    known = known or {}
    pool = {i: known[i] for i in ids if i in known}
    pool.update(load_mentions(store, [i for i in ids if i not in pool]))
    groups: set[int] = set(old_groups) | {m.group for m in pool.values() if m.group is not None}
    found: set[int] = set()
    for m in list(pool.values()):
        for c in candidates(store, m):
            if c not in pool:
                found.add(c)
    if found:
        for c in load_mentions(store, found).values():
            if any(compatible(m, c) for m in pool.values() if m.event_id in ids):
                if c.group is not None:
                    groups.add(c.group)
                else:
                    pool[c.event_id] = c
    if groups:
        members = [int(r[0]) for g in chunks(sorted(groups), 500) for r in store.query(
            f"SELECT id FROM events WHERE fusion_group IN ({','.join('?' * len(g))})", g)]
        missing = [i for i in members if i not in pool]
        pool.update(load_mentions(store, missing))
    _rewrite(store, list(pool.values()), groups)


def refuse_groups(store, groups: Iterable[int]) -> None:
    """Re-cluster groups whose members changed (an article re-analysed or removed)."""
    fuse_events(store, [], old_groups=groups)


def refuse_events(store, event_ids: Iterable[int]) -> None:
    """Re-fuse events whose participants changed (an entity merge or its undo)."""
    fuse_events(store, event_ids)


# -- writing the result -------------------------------------------------------------------
def _old_clusters(store, groups: set[int]) -> dict[int, set[int]]:
    old: dict[int, set[int]] = {}
    for g in chunks(sorted(groups), 500):
        marks = ",".join("?" * len(g))
        for tid, eid in store.query(
                "SELECT m.timeline_event_id, m.event_id FROM timeline_event_mentions m "
                f"JOIN timeline_events t ON t.id = m.timeline_event_id WHERE t.fusion_group IN ({marks})",
                g):
            old.setdefault(int(tid), set()).add(int(eid))
    return old


def _rewrite(store, pool: list[Mention], groups: set[int]) -> None:
    from chronik.timeline.summary import fetch_reports

    old = _old_clusters(store, groups) if groups else {}
    next_id = int(store.query_one("SELECT coalesce(max(id), 0) FROM timeline_events")[0]) + 1
    for g in chunks(sorted(groups), 500):
        store.execute(f"DELETE FROM timeline_events WHERE fusion_group IN ({','.join('?' * len(g))})", g)
    data = fetch_reports(store, [m.event_id for m in pool])
    taken: set[int] = set()
    rows = _Rows()
    rows.next_id = next_id  # taken before the delete: never an id an old event may hand on
    for comp in components(pool):
        gid = min(m.event_id for m in comp)
        for cl in clusters(comp):
            members = {m.event_id for m in cl}
            reuse = max(((len(members & ev), -tid) for tid, ev in old.items()
                         if tid not in taken and members & ev), default=None)
            tid = -reuse[1] if reuse else None
            if tid is not None:
                taken.add(tid)
            _write_timeline_event(store, cl, gid, tid, data, rows)
    rows.flush(store)


class _Rows:
    """Rows of a rewrite, written with one executemany per table."""

    def __init__(self) -> None:
        self.next_id = 1
        self.timeline: list[list] = []
        self.mentions: list[tuple] = []
        self.events: list[tuple] = []
        self.participants: list[tuple] = []
        self.sources: list[tuple] = []
        self.pairs: list[tuple] = []

    def flush(self, store) -> None:
        cols = ("id", *_TL_COLS, "fusion_group")
        store.executemany(f"INSERT INTO timeline_events ({', '.join(cols)}) "
                          f"VALUES ({', '.join('?' * len(cols))})", self.timeline)
        store.executemany("INSERT INTO timeline_event_mentions (timeline_event_id, event_id) "
                          "VALUES (?, ?)", self.mentions)
        store.executemany("UPDATE events SET fusion_group = ?, timeline_event_id = ? WHERE id = ?",
                          self.events)
        store.executemany(
            "INSERT INTO timeline_event_participants (timeline_event_id, role, entity_id, date_start, "
            "date_span, period_class) VALUES (?, ?, ?, ?, ?, ?)", self.participants)
        store.executemany(
            "INSERT INTO timeline_event_pairs (timeline_event_id, entity_a, entity_b, date_start, "
            "date_span, period_class) VALUES (?, ?, ?, ?, ?, ?)", self.pairs)
        store.executemany("INSERT INTO timeline_event_sources (timeline_event_id, name, kind) "
                          "VALUES (?, ?, ?)", self.sources)


_TL_COLS = ("type", "mode", "date", "date_start", "date_end", "date_span", "period_class",
            "precision", "location",
            "modality", "confidence", "summary", "n_mentions", "n_articles", "n_sources",
            "first_reported", "last_reported")


def _write_timeline_event(store, cl: list[Mention], group: int, tid: int | None, data,
                          rows: _Rows) -> int:
    from chronik.timeline.summary import summarize

    s = summarize(store, cl, data)
    if tid is None:  # a new event: the next free id (one writer holds the write lock)
        tid, rows.next_id = rows.next_id, rows.next_id + 1
    new_id = tid
    rows.timeline.append([tid, *(s[c] for c in _TL_COLS), group])
    ids = [m.event_id for m in cl]
    rows.mentions.extend((new_id, i) for i in ids)
    rows.events.extend((group, new_id, i) for i in ids)
    when = (s["date_start"], s["date_span"], s["period_class"])
    rows.participants.extend((new_id, role, ent, *when) for role, ent in s["participants"])
    ents = sorted({ent for _, ent in s["participants"]})
    rows.pairs.extend((new_id, a, b, *when) for i, a in enumerate(ents) for b in ents[i + 1:])
    rows.sources.extend((new_id, n, k) for n, k in s["sources"])
    return new_id


def most_common(values: Iterable, default=None):
    """The most frequent value; ties go to the smallest (deterministic)."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return default
    top = max(counts.values())
    return min(v for v, c in counts.items() if c == top)


__all__ = ["RANK", "candidates", "clusters", "components", "fuse_events", "load_mentions",
           "most_common", "refuse_events", "refuse_groups"]


def refresh_fusion_keys(store, event_ids: Iterable[int]) -> None:
    """Rebuild the candidate-index rows of events whose participants changed."""
    ids = sorted(set(event_ids))
    for part in chunks(ids, 500):
        store.execute(f"DELETE FROM fusion_keys WHERE event_id IN ({','.join('?' * len(part))})", part)
    rows = [row for m in load_mentions(store, ids).values() for row in key_rows(m)]
    store.executemany(KEY_INSERT, rows)


KEY_INSERT = ("INSERT INTO fusion_keys (entity_id, side, type, period_start, period_end, event_id) "
              "VALUES (?, ?, ?, ?, ?, ?)")
