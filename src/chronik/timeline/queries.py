"""Timeline queries: plain functions over a Store returning dataclasses (CLI, web, exports).

Every function takes the store first and raises `UsageError` for requests that cannot be
answered as asked (an unknown entity — with close matches —, an inverted date range). Results
are ordered by (first day of the event's period, longer periods first, id): a month-level event
comes before the days of that month and after the days of the month before, and keeps its
month precision (`date` is the value as given; `display_date()` renders it).

Public API:
    resolve_entity(store, name_or_id) -> EntityRef
    timeline(store, entities=(), with_=(), type=None, since=None, until=None, query=None,
             min_sources=1, limit=100, offset=0, count=False) -> TimelinePage
    entity_profile(store, name_or_id) -> EntityProfile
    event_detail(store, event_id) -> EventDetail
    search(store, query, lang=None, limit=20) -> list[SearchResult]
    stats(store) -> StoreStats
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from chronik.errors import UsageError
from chronik.model import PLOVER_TYPES
from chronik.store.base import chunks
from chronik.store.names import name_key
from chronik.store.stem import stem_terms, stemmer_for, word_spans
from chronik.timeline.dates import CLASS_MAX_SPAN, add_days, display, parse_bound

MAX_SPAN_DAYS = 366  # the longest period an event date names (a year); bounds index scans
MAX_LIMIT = 10_000


# -- result types ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EntityRef:
    id: int
    name: str
    type: str | None = None
    kb: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class SourceRef:
    name: str
    kind: str  # publisher | cited


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One fused event: a happening with every report of it."""

    id: int
    date: str | None  # the fused date value at its precision, or None (undated)
    date_start: str  # first day of the period (first reported day when undated)
    date_end: str
    precision: str  # day | week | month | season | quarter | half | year | reported
    type: str
    mode: str | None
    actors: tuple[EntityRef, ...]
    recipients: tuple[EntityRef, ...]
    location: EntityRef | None
    modality: str
    confidence: float
    summary: str
    n_mentions: int
    n_articles: int
    n_sources: int
    sources: tuple[SourceRef, ...]
    first_reported: str | None
    last_reported: str | None

    def display_date(self, lang: str = "en") -> str:
        if self.date is None:
            first = self.first_reported or "?"
            return f"ohne Datum (gemeldet {first})" if lang == "de" else f"undated (reported {first})"
        return display(self.date, lang)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class TimelinePage:
    entries: tuple[TimelineEntry, ...]
    limit: int
    offset: int
    total: int | None  # only when asked for (count=True): counting costs a full scan
    filters: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"entries": [e.to_dict() for e in self.entries], "limit": self.limit,
                "offset": self.offset, "total": self.total, "filters": self.filters}


@dataclass(frozen=True, slots=True)
class Evidence:
    """One report of a fused event: the sentence, its article and who it cites."""

    event_id: int
    local_id: str
    article_id: str
    article_title: str | None
    article_date: str | None
    article_source: str | None
    article_url: str | None
    lang: str | None
    sentence: str
    start: int
    end: int
    type: str
    date: str | None
    modality: str
    confidence: float
    cited_sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventDetail:
    entry: TimelineEntry
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"event": self.entry.to_dict(), "evidence": [asdict(e) for e in self.evidence]}


@dataclass(frozen=True, slots=True)
class EntityProfile:
    entity: EntityRef
    names: tuple[str, ...]  # spellings seen in articles
    roles: tuple[tuple[str, int], ...]  # (role at the article date, articles), most frequent first
    counterparts: tuple[tuple[EntityRef, int], ...]  # who it has events with, most events first
    events_per_month: tuple[tuple[str, int], ...]  # (YYYY-MM of the period's start, or of the
    # first report when undated, fused events), in order
    types: tuple[tuple[str, int], ...]
    n_events: int
    n_articles: int
    merged_from: tuple[EntityRef, ...]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class SearchResult:
    sentence_id: int
    article_id: str
    title: str | None
    date: str | None
    source: str | None
    lang: str | None
    sentence: str
    highlights: tuple[tuple[int, int], ...]  # character ranges in `sentence` that matched


@dataclass(frozen=True, slots=True)
class StoreStats:
    articles: int
    articles_by_lang: tuple[tuple[str, int], ...]
    articles_by_month: tuple[tuple[str, int], ...]
    entities: int
    entities_by_type: tuple[tuple[str, int], ...]
    events: int
    events_by_type: tuple[tuple[str, int], ...]
    timeline_events: int
    fused_multi_report: int  # timeline events reported more than once
    sources: tuple[tuple[str, int], ...]  # publishers by article count
    unanalyzed: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- entities -------------------------------------------------------------------------------
def _canonical(store, entity_id: int) -> int:
    seen: set[int] = set()
    cur = entity_id
    while cur not in seen:
        seen.add(cur)
        row = store.query_one("SELECT merged_into FROM entities WHERE id = ?", (cur,))
        if row is None or row[0] is None:
            return cur
        cur = int(row[0])
    return cur


def _entity_ref(store, entity_id: int) -> EntityRef:
    row = store.query_one("SELECT id, name, type, kb, country FROM entities WHERE id = ?", (entity_id,))
    if row is None:
        raise UsageError(f"no entity with id {entity_id}")
    return EntityRef(int(row[0]), row[1], row[2], row[3], row[4])


def _entity_refs(store, ids: Sequence[int]) -> dict[int, EntityRef]:
    out: dict[int, EntityRef] = {}
    for part in chunks(sorted(set(ids)), 500):
        for r in store.query("SELECT id, name, type, kb, country FROM entities WHERE id IN "
                             f"({','.join('?' * len(part))})", part):
            out[int(r[0])] = EntityRef(int(r[0]), r[1], r[2], r[3], r[4])
    return out


def resolve_entity(store, name_or_id: str | int) -> EntityRef:
    """An entity by id ("42"), KB id ("Q7747"), name or any spelling seen in an article.

    Unknown names raise UsageError listing close matches; an ambiguous name picks the entity
    with the most mentions.
    """
    text = str(name_or_id).strip()
    if text.isascii() and text.isdigit() and len(text) <= 18:  # "²".isdigit(); SQLite's int64
        row = store.query_one("SELECT id FROM entities WHERE id = ?", (int(text),))
        if row is not None:
            return _entity_ref(store, _canonical(store, int(row[0])))
    row = store.query_one("SELECT id FROM entities WHERE kb = ? ORDER BY id LIMIT 1", (text,))
    if row is None:
        key = name_key(text)
        rows = store.query(
            "SELECT n.entity_id, (SELECT count(*) FROM mentions m WHERE m.entity_orig = n.entity_id) "
            "FROM entity_names n WHERE n.name_key = ?", (key,))
        if rows:
            best: dict[int, int] = {}
            for eid, cnt in rows:
                c = _canonical(store, int(eid))
                best[c] = best.get(c, 0) + int(cnt)
            return _entity_ref(store, min(best, key=lambda e: (-best[e], e)))
        raise UsageError(_unknown_entity_message(store, text))
    return _entity_ref(store, _canonical(store, int(row[0])))


def _unknown_entity_message(store, text: str) -> str:
    names = [r[0] for r in store.query("SELECT DISTINCT name FROM entity_names")]
    by_key: dict[str, str] = {}
    for n in names:
        by_key.setdefault(name_key(n), n)
    close = difflib.get_close_matches(name_key(text), list(by_key), n=5, cutoff=0.6)
    close_names = sorted({by_key[k] for k in close})
    hint = f" Did you mean: {', '.join(close_names)}?" if close_names else \
        " Run `chronik stats` to see what the store holds."
    return f"unknown entity {text!r}.{hint}"


# -- timeline -------------------------------------------------------------------------------
_ENTRY_COLS = ("t.id, t.date, t.date_start, t.date_end, t.precision, t.type, t.mode, t.location, "
               "t.modality, t.confidence, t.summary, t.n_mentions, t.n_articles, t.n_sources, "
               "t.first_reported, t.last_reported")


def _check_type(type: str | None) -> str | None:
    if type is None:
        return None
    t = type.strip().upper()
    if t not in PLOVER_TYPES:
        close = difflib.get_close_matches(t, PLOVER_TYPES, n=3)
        hint = f" Did you mean {', '.join(close)}?" if close else ""
        raise UsageError(f"unknown event type {type!r}: use one of {', '.join(PLOVER_TYPES)}.{hint}")
    return t


def _bounds(since: str | None, until: str | None) -> tuple[str | None, str | None]:
    lo = parse_bound(since)
    hi = parse_bound(until, end=True)
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(f"the date range is inverted: --since {since} is after --until {until}")
    return (lo.isoformat() if lo else None, hi.isoformat() if hi else None)


def _query_events(store, query: str, limit: int = 5000) -> set[int]:
    """Timeline events with a report whose evidence overlaps a sentence matching `query`."""
    hits_by_lang = [store.search_sentences(stem_terms(query, lang), limit=limit)
                    for lang in ("de", "en")]
    ids = sorted({h.sentence_id for hits in hits_by_lang for h in hits})
    out: set[int] = set()
    for part in chunks(ids, 500):
        out.update(int(r[0]) for r in store.query(
            "SELECT DISTINCT e.timeline_event_id FROM sentences s JOIN events e "
            "ON e.article_id = s.article_id AND e.evidence_start < s.end_char "
            "AND s.start_char < e.evidence_end "
            f"WHERE s.id IN ({','.join('?' * len(part))}) AND e.timeline_event_id IS NOT NULL", part))
    return out


def timeline(store, entities: Sequence[str | int] = (), with_: Sequence[str | int] = (), *,
             type: str | None = None, since: str | None = None, until: str | None = None,
             query: str | None = None, min_sources: int = 1, countries: Sequence[str] = (),
             limit: int = 100, offset: int = 0, count: bool = False) -> TimelinePage:
    """Fused events in timeline order.

    entities: events in which ANY of these takes part (names, KB ids or entity ids);
    with_: ... and in which EVERY one of these takes part too (a dyad: entities=[A], with_=[B]);
    type: a PLOVER type; since/until: YYYY, YYYY-MM or YYYY-MM-DD, an event is kept when its
    period overlaps the range; query: words that a report's evidence sentence must contain
    (stemmed, German and English); min_sources: publishers + cited sources at least this many;
    countries: ISO 3166 alpha-3 codes, each must have a participant of its own (states, their
    people and bodies): countries=["PRK", "RUS"] is North Korea–Russia relations.
    """
    if limit < 0 or offset < 0:
        raise UsageError("limit and offset must not be negative")
    limit = min(limit, MAX_LIMIT)
    ent_ids = sorted({resolve_entity(store, e).id for e in entities})
    with_ids = sorted({resolve_entity(store, e).id for e in with_})
    if not ent_ids and with_ids:
        ent_ids, with_ids = with_ids[:1], with_ids[1:]
    with_ids = [w for w in with_ids if w not in ent_ids or len(ent_ids) > 1]
    t = _check_type(type)
    lo, hi = _bounds(since, until)
    codes = sorted({c.strip().upper() for c in countries})
    filters = {"entities": ent_ids, "with": with_ids, "type": t, "since": since, "until": until,
               "query": query, "min_sources": min_sources, "countries": codes}
    qids: list[int] | None = None
    if query:
        qids = sorted(_query_events(store, query))
        if not qids:
            return TimelinePage((), limit, offset, 0 if count else None, filters)
    # the driving index: a dyad's pairs, an entity's participations, or all events
    if ent_ids and with_ids:
        first = with_ids[0]
        pairs = sorted({(min(e, first), max(e, first)) for e in ent_ids})
        src, p, tid = ("timeline_event_pairs d JOIN timeline_events t ON t.id = d.timeline_event_id",
                       "d.", "d.timeline_event_id")
        drive = ["(" + " OR ".join("(d.entity_a = ? AND d.entity_b = ?)" for _ in pairs) + ")"]
        dparams: list[Any] = [x for pair in pairs for x in pair]
        rest = with_ids[1:]
    elif ent_ids:
        src, p, tid = ("timeline_event_participants d JOIN timeline_events t ON t.id = d.timeline_event_id",
                       "d.", "d.timeline_event_id")
        drive = [f"d.entity_id IN ({','.join('?' * len(ent_ids))})"]
        dparams = list(ent_ids)
        rest = []
    else:
        src, p, tid, drive, dparams, rest = "timeline_events t", "t.", "t.id", [], [], []
    where: list[str] = []
    params: list[Any] = []
    if t is not None:
        where.append("t.type = ?")
        params.append(t)
    if hi is not None:
        where.append(f"{p}date_start <= ?")
        params.append(hi)
    if lo is not None:
        where.append("t.date_end >= ?")
        params.append(lo)
    for w in rest:
        where.append("EXISTS (SELECT 1 FROM timeline_event_participants q "
                     "WHERE q.timeline_event_id = t.id AND q.entity_id = ?)")
        params.append(w)
    for c in codes:
        where.append("EXISTS (SELECT 1 FROM timeline_event_participants q JOIN entities en "
                     "ON en.id = q.entity_id WHERE q.timeline_event_id = t.id AND en.country = ?)")
        params.append(c)
    if min_sources > 1:
        where.append("t.n_sources >= ?")
        params.append(int(min_sources))
    if qids is not None:
        where.append(f"t.id IN ({','.join('?' * len(qids))})")
        params += qids
    distinct = len(ent_ids) > 1
    cols = f"{_ENTRY_COLS}, t.date_span"
    # one ordered, limited read per period class, merged: each stops after offset+limit rows,
    # and with --since each looks back only as far as its longest period
    parts, all_params = [], []
    for cls, span in CLASS_MAX_SPAN.items():
        cond = [*drive, f"{p}period_class = ?", *where]
        cparams = [*dparams, cls, *params]
        if lo is not None:
            floor = add_days(date.fromisoformat(lo), 1 - span).isoformat()
            cond.append(f"{p}date_start >= ?")
            cparams.append(floor)
        sel = "SELECT DISTINCT" if distinct else "SELECT"
        parts.append(f"SELECT * FROM ({sel} {cols} FROM {src} WHERE {' AND '.join(cond)} "
                     f"ORDER BY {p}date_start, {p}date_span DESC, {tid} LIMIT ?) AS c{cls}")
        all_params += [*cparams, offset + limit]
    sql = (" UNION ALL ".join(parts) + " ORDER BY date_start, date_span DESC, id LIMIT ? OFFSET ?")
    rows = store.query(sql, [*all_params, limit, offset])
    total = None
    if count:
        cnt_where = " AND ".join([*drive, *where]) or "1 = 1"
        cnt_params = [*dparams, *params]
        if lo is not None:
            cnt_where += f" AND {p}date_start >= ?"
            cnt_params.append(add_days(date.fromisoformat(lo), -MAX_SPAN_DAYS).isoformat())
        total = int(store.query_one(
            f"SELECT count({'DISTINCT ' if distinct else ''}t.id) FROM {src} WHERE {cnt_where}",
            cnt_params)[0])
    return TimelinePage(tuple(_entries(store, rows)), limit, offset, total, filters)


def _entries(store, rows) -> list[TimelineEntry]:
    ids = [int(r[0]) for r in rows]
    if not ids:
        return []
    parts: dict[int, list[tuple[str, int]]] = {i: [] for i in ids}
    srcs: dict[int, list[SourceRef]] = {i: [] for i in ids}
    for part in chunks(ids, 500):
        marks = ",".join("?" * len(part))
        for tid, role, ent in store.query(
                "SELECT timeline_event_id, role, entity_id FROM timeline_event_participants "
                f"WHERE timeline_event_id IN ({marks}) ORDER BY role, entity_id", part):
            parts[int(tid)].append((role, int(ent)))
        for tid, name, kind in store.query(
                "SELECT timeline_event_id, name, kind FROM timeline_event_sources "
                f"WHERE timeline_event_id IN ({marks}) ORDER BY kind DESC, name", part):
            srcs[int(tid)].append(SourceRef(name, kind))
    refs = _entity_refs(store, [e for v in parts.values() for _, e in v]
                        + [int(r[7]) for r in rows if r[7] is not None])
    out = []
    for r in rows:
        tid = int(r[0])
        out.append(TimelineEntry(
            id=tid, date=r[1], date_start=r[2], date_end=r[3], precision=r[4], type=r[5], mode=r[6],
            actors=tuple(refs[e] for role, e in parts[tid] if role == "actor" and e in refs),
            recipients=tuple(refs[e] for role, e in parts[tid] if role == "recipient" and e in refs),
            location=refs.get(int(r[7])) if r[7] is not None else None, modality=r[8],
            confidence=float(r[9]), summary=r[10], n_mentions=int(r[11]), n_articles=int(r[12]),
            n_sources=int(r[13]), sources=tuple(srcs[tid]), first_reported=r[14],
            last_reported=r[15]))
    return out


def get_entry(store, event_id: int) -> TimelineEntry:
    if not -2**63 <= int(event_id) < 2**63:  # beyond any stored id (and SQLite's integers)
        raise UsageError(f"no timeline event with id {event_id} (see `chronik timeline`)")
    rows = store.query(f"SELECT {_ENTRY_COLS} FROM timeline_events t WHERE t.id = ?", (int(event_id),))
    if not rows:
        raise UsageError(f"no timeline event with id {event_id} (see `chronik timeline`)")
    return _entries(store, rows)[0]


def event_detail(store, event_id: int | str) -> EventDetail:
    """A fused event with every report of it: sentence, article, publisher, cited sources."""
    try:
        tid = int(event_id)
    except (TypeError, ValueError) as exc:
        raise UsageError(f"{event_id!r} is not an event id (a number from `chronik timeline`)") from exc
    entry = get_entry(store, tid)
    rows = store.query(
        "SELECT e.id, e.local_id, a.id, a.title, coalesce(a.date_refined, a.date), a.source, a.url, "
        "a.lang, e.evidence_text, e.evidence_start, e.evidence_end, e.type, e.date, e.modality, "
        "e.confidence FROM timeline_event_mentions m JOIN events e ON e.id = m.event_id "
        "JOIN articles a ON a.id = e.article_id WHERE m.timeline_event_id = ? "
        "ORDER BY coalesce(a.date_refined, a.date), a.id, e.evidence_start", (tid,))
    cited: dict[int, list[str]] = {}
    for eid, name in store.query(
            "SELECT p.event_id, en.name FROM timeline_event_mentions m JOIN event_participants p "
            "ON p.event_id = m.event_id JOIN entities en ON en.id = p.entity_id "
            "WHERE m.timeline_event_id = ? AND p.role = 'source' ORDER BY en.name", (tid,)):
        cited.setdefault(int(eid), []).append(name)
    ev = tuple(Evidence(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], int(r[9]),
                        int(r[10]), r[11], r[12], r[13], float(r[14]), tuple(cited.get(int(r[0]), ())))
               for r in rows)
    return EventDetail(entry, ev)


def entity_profile(store, name_or_id: str | int) -> EntityProfile:
    """Who an entity is in the store: spellings, roles, counterparts, events per month."""
    ent = resolve_entity(store, name_or_id)
    merged = [int(r[0]) for r in store.query("SELECT id FROM entities WHERE merged_into IS NOT NULL")]
    merged_from = tuple(_entity_ref(store, m) for m in merged if _canonical(store, m) == ent.id)
    names = tuple(sorted({r[0] for r in store.query(
        "SELECT DISTINCT text FROM mentions WHERE entity_id = ?", (ent.id,))} | {ent.name}))
    roles = tuple((r[0], int(r[1])) for r in store.query(
        "SELECT role, count(DISTINCT article_id) AS n FROM article_entities "
        "WHERE entity_id = ? AND role IS NOT NULL GROUP BY role ORDER BY n DESC, role", (ent.id,)))
    counter_rows = store.query(
        "SELECT q.entity_id, count(DISTINCT q.timeline_event_id) AS n "
        "FROM timeline_event_participants p JOIN timeline_event_participants q "
        "ON q.timeline_event_id = p.timeline_event_id AND q.entity_id <> p.entity_id "
        "WHERE p.entity_id = ? GROUP BY q.entity_id ORDER BY n DESC, q.entity_id LIMIT 50", (ent.id,))
    refs = _entity_refs(store, [int(r[0]) for r in counter_rows])
    counterparts = tuple((refs[int(r[0])], int(r[1])) for r in counter_rows if int(r[0]) in refs)
    per_month = tuple((r[0], int(r[1])) for r in store.query(
        "SELECT substr(p.date_start, 1, 7) AS m, count(DISTINCT p.timeline_event_id) "
        "FROM timeline_event_participants p JOIN timeline_events t ON t.id = p.timeline_event_id "
        "WHERE p.entity_id = ? GROUP BY m ORDER BY m", (ent.id,)))
    types = tuple((r[0], int(r[1])) for r in store.query(
        "SELECT t.type, count(DISTINCT t.id) AS n FROM timeline_event_participants p "
        "JOIN timeline_events t ON t.id = p.timeline_event_id WHERE p.entity_id = ? "
        "GROUP BY t.type ORDER BY n DESC, t.type", (ent.id,)))
    n_events = sum(n for _, n in types)
    n_articles = int(store.query_one(
        "SELECT count(DISTINCT article_id) FROM article_entities WHERE entity_id = ?", (ent.id,))[0])
    return EntityProfile(ent, names, roles, counterparts, per_month, types, n_events, n_articles,
                         merged_from)


# -- search and stats -----------------------------------------------------------------------
def search(store, query: str, *, lang: str | None = None, limit: int = 20) -> list[SearchResult]:
    """Sentences containing every word of `query` in any inflected form (stemmed FTS)."""
    if not query.strip():
        raise UsageError("the search query is empty")
    langs = [lang] if lang else ["de", "en"]
    best: dict[int, float] = {}
    for lg in langs:
        for h in store.search_sentences(stem_terms(query, lg), lang=lang, limit=limit):
            best[h.sentence_id] = min(best.get(h.sentence_id, 0.0), h.rank)
    ids = sorted(best, key=lambda i: (best[i], i))[:limit]
    if not ids:
        return []
    rows = {int(r[0]): r for r in store.query(
        "SELECT s.id, s.article_id, a.title, coalesce(a.date_refined, a.date), a.source, a.lang, s.text "
        "FROM sentences s JOIN articles a ON a.id = s.article_id "
        f"WHERE s.id IN ({','.join('?' * len(ids))})", ids)}
    out = []
    for i in ids:
        r = rows[i]
        stems = set(stem_terms(query, r[5]))
        stem = stemmer_for(r[5])
        marks = tuple((s, e) for s, e, w in word_spans(r[6]) if stem(w) in stems)
        out.append(SearchResult(i, r[1], r[2], r[3], r[4], r[5], r[6], marks))
    return out


def stats(store) -> StoreStats:
    """Counts of what the store holds."""
    one = lambda sql: int(store.query_one(sql)[0])  # noqa: E731
    pairs = lambda sql: tuple((r[0] if r[0] is not None else "unknown", int(r[1]))  # noqa: E731
                              for r in store.query(sql))
    return StoreStats(
        articles=one("SELECT count(*) FROM articles"),
        articles_by_lang=pairs("SELECT lang, count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC"),
        articles_by_month=pairs("SELECT substr(coalesce(date_refined, date), 1, 7) AS m, count(*) "
                                "FROM articles GROUP BY m ORDER BY m"),
        entities=one("SELECT count(*) FROM entities WHERE merged_into IS NULL"),
        entities_by_type=pairs("SELECT type, count(*) AS n FROM entities WHERE merged_into IS NULL "
                               "GROUP BY type ORDER BY n DESC"),
        events=one("SELECT count(*) FROM events"),
        events_by_type=pairs("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC"),
        timeline_events=one("SELECT count(*) FROM timeline_events"),
        fused_multi_report=one("SELECT count(*) FROM timeline_events WHERE n_articles > 1"),
        sources=pairs("SELECT source, count(*) AS n FROM articles WHERE source IS NOT NULL "
                      "GROUP BY source ORDER BY n DESC LIMIT 50"),
        unanalyzed=one("SELECT count(*) FROM articles WHERE pipeline_version IS NULL"),
    )


def entry_record(entry: TimelineEntry) -> dict[str, Any]:
    """A flat, JSON-friendly record of a timeline entry (names instead of refs)."""
    return {
        "id": entry.id, "date": entry.date, "date_start": entry.date_start,
        "date_end": entry.date_end, "precision": entry.precision, "type": entry.type,
        "mode": entry.mode, "actors": [a.name for a in entry.actors],
        "recipients": [a.name for a in entry.recipients],
        "location": entry.location.name if entry.location else None,
        "modality": entry.modality, "confidence": entry.confidence, "summary": entry.summary,
        "n_mentions": entry.n_mentions, "n_articles": entry.n_articles,
        "n_sources": entry.n_sources,
        "sources": [s.name for s in entry.sources if s.kind == "publisher"],
        "cited_sources": [s.name for s in entry.sources if s.kind == "cited"],
        "first_reported": entry.first_reported, "last_reported": entry.last_reported,
    }


__all__ = ["EntityProfile", "EntityRef", "EventDetail", "Evidence", "SearchResult", "SourceRef",
           "StoreStats", "TimelineEntry", "TimelinePage", "entity_profile", "entry_record",
           "event_detail", "get_entry", "resolve_entity", "search", "stats", "timeline"]
