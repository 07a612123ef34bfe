"""The few store queries the web needs that chronik.timeline.queries does not offer.

Everything else (timeline, entity profile, event detail, sentence search, stats) comes from
`chronik.timeline.queries`; these add what only pages need: an article's stored analysis with
all its spans, the trigger and actor spans inside evidence sentences, an entity's latest
quotes, entity-name search, search filters, and per-bucket counts for the timeline chart
when too many events fall in view to draw one by one.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chronik.errors import UsageError
from chronik.model import (
    Analysis,
    Article,
    Attribution,
    Entity,
    Event,
    EventDate,
    Quote,
    Span,
    Timex,
)
from chronik.store.base import chunks
from chronik.store.names import name_key
from chronik.timeline.dates import add_days, period
from chronik.timeline.queries import MAX_SPAN_DAYS, SearchResult, search

SEARCH_CAP = 500  # sentence hits fetched before filtering; pages show "500+" beyond


# -- an article's stored analysis -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ArticleView:
    """The stored analysis of one article plus the global ids pages link to."""

    analysis: Analysis
    entity_ids: dict[str, int]  # local entity id (e1) -> global entity id
    timeline_ids: dict[str, int]  # local event id (v1) -> fused timeline event id
    ingested_at: str | None = None


def _loads(value: str | None) -> list:
    return json.loads(value) if value else []


def article_view(store, article_id: str) -> ArticleView:
    """Rebuild an article's Analysis from the store (its `to_record()` is the API record)."""
    row = store.query_one(
        "SELECT id, text, date, title, lang, source, url, date_refined, meta, ingested_at "
        "FROM articles WHERE id = ?", (article_id,))
    if row is None:
        raise UsageError(f"no article with id {article_id!r}")
    meta = json.loads(row[8]) if row[8] else {}
    art = Article(id=row[0], text=row[1], date=row[2], title=row[3], lang=row[4], source=row[5],
                  url=row[6], date_refined=row[7], meta=tuple(sorted(meta.items())))
    aid = art.id
    sentences = tuple(Span(int(r[0]), int(r[1]), r[2]) for r in store.query(
        "SELECT start_char, end_char, text FROM sentences WHERE article_id = ? ORDER BY idx", (aid,)))
    timexes = tuple(
        Timex(r[0], Span(int(r[1]), int(r[2]), r[3]), r[4], r[5], r[6] or "absolute", r[7], r[8])
        for r in store.query(
            "SELECT local_id, start_char, end_char, text, type, value, anchor, mod, rule "
            "FROM timexes WHERE article_id = ? ORDER BY start_char, local_id", (aid,)))
    mentions: dict[str, list[Span]] = {}
    for r in store.query("SELECT local_id, start_char, end_char, text FROM mentions "
                         "WHERE article_id = ? ORDER BY start_char", (aid,)):
        mentions.setdefault(r[0], []).append(Span(int(r[1]), int(r[2]), r[3]))
    entities, glob, by_orig, by_cur = [], {}, {}, {}
    for r in store.query(
            "SELECT ae.local_id, ae.name, ae.type, ae.role, ae.entity_id, ae.entity_orig, en.kb, "
            "en.country FROM article_entities ae JOIN entities en ON en.id = ae.entity_orig "
            "WHERE ae.article_id = ?", (aid,)):
        entities.append(Entity(r[0], r[1], r[2] or "MISC", tuple(mentions.get(r[0], ())),
                               country=r[7], kb=r[6], role=r[3]))
        glob[r[0]] = int(r[4])
        by_orig[int(r[5])] = r[0]
        by_cur.setdefault(int(r[4]), r[0])
    entities.sort(key=lambda e: (len(e.id), e.id))

    def local(gid: Any) -> str | None:
        if gid is None:
            return None
        return by_orig.get(int(gid)) or by_cur.get(int(gid))

    parts: dict[int, dict[str, list[str]]] = {}
    for r in store.query(
            "SELECT p.event_id, p.role, p.entity_orig FROM event_participants p "
            "JOIN events e ON e.id = p.event_id WHERE e.article_id = ? "
            "ORDER BY p.event_id, p.role, p.entity_orig", (aid,)):
        lid = local(r[2])
        if lid:
            parts.setdefault(int(r[0]), {}).setdefault(r[1], []).append(lid)
    events, tl_ids = [], {}
    for r in store.query(
            "SELECT id, local_id, type, mode, context, location, date, date_timex, modality, "
            "confidence, evidence_start, evidence_end, evidence_text, trigger_start, trigger_end, "
            "trigger_text, cues, timeline_event_id FROM events WHERE article_id = ?", (aid,)):
        p = parts.get(int(r[0]), {})
        trig = Span(int(r[13]), int(r[14]), r[15]) if r[13] is not None else None
        events.append(Event(
            id=r[1], type=r[2], evidence=Span(int(r[10]), int(r[11]), r[12]),
            actors=tuple(p.get("actor", ())), recipients=tuple(p.get("recipient", ())),
            mode=r[3], context=tuple(_loads(r[4])), location=local(r[5]),
            date=EventDate(r[6], r[7]), modality=r[8], sources=tuple(p.get("source", ())),
            confidence=float(r[9]), trigger=trig, cues=tuple(_loads(r[16]))))
        if r[17] is not None:
            tl_ids[r[1]] = int(r[17])
    events.sort(key=lambda v: (len(v.id), v.id))
    quotes = tuple(
        Quote(Span(int(r[0]), int(r[1]), r[2]), r[3], local(r[4]), r[5], r[6],
              addressee=local(r[7]))
        for r in store.query(
            "SELECT start_char, end_char, text, type, speaker, speaker_text, cue, addressee "
            "FROM quotes WHERE article_id = ? ORDER BY idx", (aid,)))
    attributions = tuple(
        Attribution(Span(int(r[0]), int(r[1]), r[2]),
                    tuple(x for x in map(local, _loads(r[3])) if x),
                    tuple(x for x in map(local, _loads(r[4])) if x), r[5], r[6],
                    modality=r[7] or "reported")
        for r in store.query(
            "SELECT start_char, end_char, text, sources, via, source_text, cue, modality "
            "FROM attributions WHERE article_id = ? ORDER BY idx", (aid,)))
    analysis = Analysis(article=art, sentences=sentences, timexes=timexes,
                        entities=tuple(entities), events=tuple(events), quotes=quotes,
                        attributions=attributions)
    return ArticleView(analysis, glob, tl_ids, row[9])


# -- evidence sentences -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class EvidenceSpans:
    """Spans inside one report's evidence sentence, relative to the sentence."""

    trigger: tuple[int, int] | None
    participants: tuple[tuple[int, int, str, int, str], ...]  # (start, end, role, entity id, name)


def evidence_spans(store, event_ids: list[int]) -> dict[int, EvidenceSpans]:
    """The trigger and the actor/recipient/source mentions inside each report's evidence."""
    base: dict[int, tuple[int, tuple[int, int] | None]] = {}
    found: dict[int, list[tuple[int, int, str, int, str]]] = {}
    for part in chunks(sorted(set(event_ids)), 500):
        marks = ",".join("?" * len(part))
        for r in store.query("SELECT id, evidence_start, trigger_start, trigger_end FROM events "
                             f"WHERE id IN ({marks})", part):
            s0 = int(r[1])
            trig = (int(r[2]) - s0, int(r[3]) - s0) if r[2] is not None else None
            base[int(r[0])] = (s0, trig)
        for r in store.query(
                "SELECT p.event_id, p.role, m.entity_id, en.name, m.start_char, m.end_char "
                "FROM event_participants p JOIN events e ON e.id = p.event_id "
                "JOIN mentions m ON m.article_id = e.article_id AND m.entity_orig = p.entity_orig "
                "AND m.start_char >= e.evidence_start AND m.end_char <= e.evidence_end "
                f"JOIN entities en ON en.id = p.entity_id WHERE p.event_id IN ({marks})", part):
            s0 = base[int(r[0])][0]
            found.setdefault(int(r[0]), []).append(
                (int(r[4]) - s0, int(r[5]) - s0, r[1], int(r[2]), r[3]))
    return {eid: EvidenceSpans(trig, tuple(sorted(found.get(eid, ()))))
            for eid, (_, trig) in base.items()}


# -- entities -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QuoteRow:
    text: str
    type: str
    cue: str | None
    article_id: str
    title: str | None
    date: str | None
    source: str | None


def entity_quotes(store, entity_id: int, limit: int = 8) -> list[QuoteRow]:
    """The entity's latest quotes (newest article first)."""
    return [QuoteRow(*r) for r in store.query(
        "SELECT q.text, q.type, q.cue, a.id, a.title, coalesce(a.date_refined, a.date), a.source "
        "FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker = ? "
        "ORDER BY coalesce(a.date_refined, a.date) DESC, a.id, q.idx LIMIT ?",
        (int(entity_id), int(limit)))]


@dataclass(frozen=True, slots=True)
class RoleSpan:
    role: str
    first: str | None  # earliest article date giving this role
    last: str | None
    articles: int


def entity_roles(store, entity_id: int) -> list[RoleSpan]:
    """The roles articles give an entity, each with the first and last article date: the
    roles over time (a minister, then a council secretary), oldest first."""
    return [RoleSpan(r[0], r[1], r[2], int(r[3])) for r in store.query(
        "SELECT ae.role, min(coalesce(a.date_refined, a.date)), max(coalesce(a.date_refined, a.date)), "
        "count(DISTINCT ae.article_id) FROM article_entities ae JOIN articles a ON a.id = ae.article_id "
        "WHERE ae.entity_id = ? AND ae.role IS NOT NULL GROUP BY ae.role "
        "ORDER BY min(coalesce(a.date_refined, a.date)), ae.role", (int(entity_id),))]


@dataclass(frozen=True, slots=True)
class EntityHit:
    id: int
    name: str
    type: str | None
    kb: str | None
    country: str | None
    mentions: int


def search_entities(store, text: str, limit: int = 20) -> list[EntityHit]:
    """Entities whose name or any spelling seen contains the words of `text`."""
    key = name_key(text)
    if not key:
        return []
    rows = store.query(
        "SELECT e.id, e.name, e.type, e.kb, e.country, "
        "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS n FROM entities e "
        "WHERE e.merged_into IS NULL AND e.id IN "
        "(SELECT entity_id FROM entity_names WHERE name_key LIKE ? ESCAPE '\\') "
        "ORDER BY n DESC, e.name LIMIT ?",
        ("%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", int(limit)))
    return [EntityHit(int(r[0]), r[1], r[2], r[3], r[4], int(r[5])) for r in rows]


def top_entities(store, limit: int = 200) -> list[tuple[int, str, int]]:
    """(id, name, timeline events) of the entities taking part in most events."""
    return [(int(r[0]), r[1], int(r[2])) for r in store.query(
        "SELECT p.entity_id, e.name, count(*) AS n FROM timeline_event_participants p "
        "JOIN entities e ON e.id = p.entity_id GROUP BY p.entity_id ORDER BY n DESC, e.name LIMIT ?",
        (int(limit),))]


def sources_and_langs(store) -> tuple[list[str], list[str]]:
    """Publishers and languages present: the choices of the search filters."""
    sources = [r[0] for r in store.query(
        "SELECT source FROM articles WHERE source IS NOT NULL GROUP BY source "
        "ORDER BY count(*) DESC, source LIMIT 200")]
    langs = [r[0] for r in store.query(
        "SELECT lang FROM articles WHERE lang IS NOT NULL GROUP BY lang ORDER BY count(*) DESC")]
    return sources, langs


# -- search with filters ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SearchPage:
    results: list[SearchResult]
    total: int
    capped: bool  # more hits exist than were looked at
    event_types: dict[int, list[str]] = field(default_factory=dict)  # sentence id -> types


def _overlaps(value: str | None, lo: date | None, hi: date | None) -> bool:
    if lo is None and hi is None:
        return True
    p = period(value)
    if p is None:
        return False
    return (lo is None or p.end >= lo) and (hi is None or p.start <= hi)


def sentence_event_types(store, sentence_ids: list[int]) -> dict[int, list[str]]:
    """Event types read from each sentence (an event whose evidence overlaps it)."""
    out: dict[int, list[str]] = {}
    for part in chunks(sorted(set(sentence_ids)), 500):
        for sid, typ in store.query(
                "SELECT DISTINCT s.id, e.type FROM sentences s JOIN events e "
                "ON e.article_id = s.article_id AND e.evidence_start < s.end_char "
                f"AND s.start_char < e.evidence_end WHERE s.id IN ({','.join('?' * len(part))}) "
                "ORDER BY s.id, e.type", part):
            out.setdefault(int(sid), []).append(typ)
    return out


def search_page(store, query: str, *, type: str | None = None, lo: date | None = None,
                hi: date | None = None, lang: str | None = None, source: str | None = None,
                limit: int = 20, offset: int = 0) -> SearchPage:
    """Full-text sentence search (stemmed, via `queries.search`) narrowed by event type,
    article period, language and publisher, one page at a time."""
    hits = search(store, query, lang=lang or None, limit=SEARCH_CAP)
    capped = len(hits) >= SEARCH_CAP
    hits = [h for h in hits if (not source or h.source == source) and _overlaps(h.date, lo, hi)]
    types = sentence_event_types(store, [h.sentence_id for h in hits])
    if type:
        hits = [h for h in hits if type in types.get(h.sentence_id, ())]
    page = hits[offset:offset + limit]
    return SearchPage(page, len(hits), capped,
                      {h.sentence_id: types.get(h.sentence_id, []) for h in page})


# -- the timeline chart ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ChartFilter:
    """The timeline filters in resolved form (entity ids, a window of days)."""

    entity_ids: tuple[int, ...] = ()
    with_ids: tuple[int, ...] = ()
    type: str | None = None
    lo: date | None = None
    hi: date | None = None
    min_sources: int = 1


def _where(f: ChartFilter) -> tuple[str, list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.hi is not None:
        where.append("t.date_start <= ?")
        params.append(f.hi.isoformat())
    if f.lo is not None:
        where.append("t.date_start >= ? AND t.date_end >= ?")
        params += [add_days(f.lo, -MAX_SPAN_DAYS).isoformat(), f.lo.isoformat()]
    if f.entity_ids:  # IN (subquery) lets SQLite use the participants' entity index
        where.append("t.id IN (SELECT timeline_event_id FROM timeline_event_participants "
                     f"WHERE entity_id IN ({','.join('?' * len(f.entity_ids))}))")
        params += list(f.entity_ids)
    for w in f.with_ids:
        where.append("t.id IN (SELECT timeline_event_id FROM timeline_event_participants "
                     "WHERE entity_id = ?)")
        params.append(w)
    if f.type:
        where.append("t.type = ?")
        params.append(f.type)
    if f.min_sources > 1:
        where.append("t.n_sources >= ?")
        params.append(int(f.min_sources))
    return (" WHERE " + " AND ".join(where)) if where else "", params


def extent(store, f: ChartFilter) -> tuple[date, date] | None:
    """First and last day covered by the events passing `f` (undated ones included)."""
    sql, params = _where(f)
    row = store.query_one(f"SELECT min(t.date_start), max(t.date_end) FROM timeline_events t{sql} "
                          + ("AND" if sql else "WHERE") + " t.date_start < '9999'", params)
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(row[0]), date.fromisoformat(row[1])


def dense_extent(store, f: ChartFilter, share: float = 0.9) -> tuple[date, date, int] | None:
    """The period holding the middle `share` of the events passing `f` (by first day), and
    how many events fall outside it — so a few outliers (an event "in 2000" mentioned in
    passing) do not squeeze the rest of the chart into a corner."""
    sql, params = _where(f)
    cond = ("AND" if sql else "WHERE") + " t.date_start < '9999'"
    n = int(store.query_one(f"SELECT count(*) FROM timeline_events t{sql} {cond}", params)[0])
    if n < 20:
        return None
    cut = int(n * (1 - share) / 2)
    q = f"SELECT t.date_start FROM timeline_events t{sql} {cond} ORDER BY t.date_start LIMIT 1 OFFSET ?"
    lo = store.query_one(q, [*params, cut])[0]
    hi = store.query_one(q.replace("ORDER BY t.date_start", "ORDER BY t.date_start DESC"),
                         [*params, cut])[0]
    outside = int(store.query_one(
        f"SELECT count(*) FROM timeline_events t{sql} {cond} AND (t.date_start < ? OR t.date_start > ?)",
        [*params, lo, hi])[0])
    return date.fromisoformat(lo), date.fromisoformat(hi), outside


BUCKET_EXPR = {"year": "substr(t.date_start, 1, 4)", "month": "substr(t.date_start, 1, 7)",
               "day": "t.date_start"}


@dataclass(frozen=True, slots=True)
class BucketCounts:
    counts: dict[tuple[str, str], int]  # (lane key, bucket key) -> events


def bucket_counts(store, f: ChartFilter, unit: str, lanes: str, *,
                  max_span: int) -> BucketCounts:
    """Events per (lane, bucket) among those starting in the window, counting events no
    longer than `max_span` days (coarser ones are drawn as bands); lanes are event types or
    participating entity ids. Reads covering indexes only, unless other filters need the row."""
    rest = ChartFilter(f.entity_ids, f.with_ids, f.type, None, None, f.min_sources)
    sql, params = _where(rest)
    lo = (f.lo or date(1, 1, 1)).isoformat()
    hi = (f.hi or date(9998, 12, 31)).isoformat()
    if lanes == "actor":
        b = BUCKET_EXPR[unit].replace("t.", "p.")
        join = " JOIN timeline_events t ON t.id = p.timeline_event_id" if sql else ""
        q = (f"SELECT CAST(p.entity_id AS TEXT), {b} AS b, count(*) "
             f"FROM timeline_event_participants p{join}{sql} "
             + ("AND" if sql else "WHERE") + " p.date_start BETWEEN ? AND ? AND p.date_span <= ? "
             "GROUP BY p.entity_id, b")
    else:
        b = BUCKET_EXPR[unit]
        q = (f"SELECT t.type, {b} AS b, count(*) FROM timeline_events t{sql} "
             + ("AND" if sql else "WHERE") + " t.date_start BETWEEN ? AND ? AND t.date_span <= ? "
             "GROUP BY t.type, b")
    counts: Counter = Counter()
    for lane, bucket, n in store.query(q, [*params, lo, hi, int(max_span)]):
        counts[(str(lane), bucket)] += int(n)
    return BucketCounts(dict(counts))


def coarse_rows(store, f: ChartFilter, *, min_span: int, limit: int = 300) -> list[tuple]:
    """(id, date_start, date_end, type, precision, n_sources, date) of events longer than
    `min_span` days, drawn as bands over their whole period in aggregated charts."""
    sql, params = _where(f)
    cond = ("AND" if sql else "WHERE") + " t.date_span > ?"
    return [tuple(r) for r in store.query(
        "SELECT t.id, t.date_start, t.date_end, t.type, t.precision, t.n_sources, t.date "
        f"FROM timeline_events t{sql} {cond} ORDER BY t.date_start, t.date_span DESC, t.id LIMIT ?",
        [*params, int(min_span), int(limit)])]


def participants_of(store, ids: list[int]) -> dict[int, list[int]]:
    """Actor and recipient entity ids of timeline events (for actor lanes)."""
    out: dict[int, list[int]] = {}
    for part in chunks(sorted(set(ids)), 500):
        for tid, ent in store.query(
                "SELECT timeline_event_id, entity_id FROM timeline_event_participants "
                f"WHERE timeline_event_id IN ({','.join('?' * len(part))})", part):
            out.setdefault(int(tid), []).append(int(ent))
    return out


def entity_names(store, ids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for part in chunks(sorted(set(ids)), 500):
        for eid, name in store.query(
                f"SELECT id, name FROM entities WHERE id IN ({','.join('?' * len(part))})", part):
            out[int(eid)] = name
    return out
