"""The timeline page's data: filters → chart (events or bucket counts) + one page of the list.

The list and the drawn events come from `chronik.timeline.queries.timeline`; only when more
than CHART_CAP events fall in view does the chart switch to counts per bucket (data.py).
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chronik.errors import UsageError
from chronik.model import PLOVER_TYPES
from chronik.timeline.dates import parse_bound
from chronik.timeline.queries import (
    EntityRef,
    TimelineEntry,
    TimelinePage,
    resolve_entity,
    timeline,
)
from chronik.web import chart as ch
from chronik.web import data
from chronik.web.render import qs, show_date

CHART_CAP = 400  # more events than this in view: draw counts per bucket
PAGE_SIZE = 50
ACTOR_LANES = 8
OTHER = "other"


@dataclass
class TimelineView:
    params: dict[str, Any]
    error: str | None = None
    actor: EntityRef | None = None
    with_: EntityRef | None = None
    chart: ch.Chart | None = None
    page: TimelinePage | None = None
    page_no: int = 1
    pages: int = 1
    nav: dict[str, str | None] = field(default_factory=dict)
    window_label: str = ""
    outside: int = 0  # events left out of the default view (outliers); "show all" link


def _label(e: TimelineEntry) -> str:
    who = ", ".join(a.name for a in e.actors)
    whom = ", ".join(a.name for a in e.recipients)
    parties = who + (f" → {whom}" if whom else "")
    src = f"{e.n_sources} source" + ("" if e.n_sources == 1 else "s")
    return f"{e.display_date()} · {e.type}" + (f" · {parties}" if parties else "") + f" · {src}"


def _item(e: TimelineEntry, lanes: str, top: set[str]) -> ch.Item:
    if lanes == "actor":
        keys = [str(a.id) for a in (*e.actors, *e.recipients) if str(a.id) in top]
        lane_keys = tuple(dict.fromkeys(keys)) or (OTHER,)
    else:
        lane_keys = (e.type,)
    return ch.Item(e.id, date.fromisoformat(e.date_start), date.fromisoformat(e.date_end),
                   e.precision, e.type, lane_keys, e.n_sources, _label(e), e.display_date())


def _window_label(w: ch.Window) -> str:
    if w.zoom == "year":
        return w.at or ""
    if w.zoom == "month" and w.at:
        return show_date(w.at)
    if w.zoom == "day" and w.at:
        return f"{show_date(w.at)} (± 3 days)"
    return f"{show_date(w.lo.isoformat()[:7])} – {show_date(w.hi.isoformat()[:7])}"


def build(store, params: dict[str, Any]) -> TimelineView:
    """Everything the timeline page shows for these query parameters."""
    view = TimelineView(params)
    try:
        return _build(store, params, view)
    except UsageError as exc:
        view.error = str(exc)
        return view
    except (OverflowError, ValueError):  # a window at the calendar's ends (year 1 or 9999)
        view.error = "this period cannot be drawn: dates before year 1 or after 9999"
        return view


def _int(value: Any, default: int, lo: int, hi: int) -> int:
    try:
        return max(lo, min(hi, int(value)))
    except (TypeError, ValueError):
        return default


def _build(store, p: dict[str, Any], view: TimelineView) -> TimelineView:
    lanes = "actor" if p.get("lanes") == "actor" else "type"
    if p.get("actor"):
        view.actor = resolve_entity(store, p["actor"])
    if p.get("with"):
        view.with_ = resolve_entity(store, p["with"])
    ents = [view.actor.id] if view.actor else []
    withs = [view.with_.id] if view.with_ else []
    if not ents and withs:
        ents, withs = withs, []
    typ = (p.get("type") or "").strip().upper() or None
    if typ and typ not in PLOVER_TYPES:
        raise UsageError(f"unknown event type {typ!r}")
    lo_f = parse_bound(p.get("since") or None)
    hi_f = parse_bound(p.get("until") or None, end=True)
    if lo_f and hi_f and lo_f > hi_f:
        raise UsageError("the period is inverted: 'since' is after 'until'")
    min_sources = _int(p.get("min_sources"), 1, 1, 1000)
    query = (p.get("q") or "").strip() or None
    base = data.ChartFilter(tuple(ents), tuple(withs), typ, lo_f, hi_f, min_sources)

    def fetch(lo: date | None, hi: date | None, limit: int, offset: int = 0, count: bool = False):
        return timeline(store, ents, withs, type=typ, since=lo.isoformat() if lo else None,
                        until=hi.isoformat() if hi else None, query=query,
                        min_sources=min_sources, limit=limit, offset=offset, count=count)

    if query:
        found = fetch(lo_f, hi_f, 10_000).entries
        dated = [e for e in found if e.date_start < "9999"]
        ext = (date.fromisoformat(min(e.date_start for e in dated)),
               date.fromisoformat(max(e.date_end for e in dated))) if dated else None
    else:
        ext = data.extent(store, base)
        zoom_all = (p.get("zoom") or "all") not in ("year", "month", "day")
        if ext and zoom_all and not p.get("full") and not (lo_f or hi_f) \
                and (ext[1] - ext[0]).days > 3 * 365:
            dense = data.dense_extent(store, base)
            if dense and dense[2] and (dense[1] - dense[0]).days < (ext[1] - ext[0]).days / 2:
                ext, view.outside = (dense[0], dense[1]), dense[2]
    w = ch.window_for(p.get("zoom") or "all", p.get("at"), ext)
    lo = max(filter(None, (lo_f, w.lo)))
    hi = min(filter(None, (hi_f, w.hi)))
    view.window_label = _window_label(w)

    @functools.lru_cache(maxsize=4096)
    def link(zoom: str, at: str) -> str:  # cached: an aggregated chart has ~1000 boxes
        return qs("/timeline", p, zoom=zoom, at=at, page=None)

    prev_at, next_at, out = ch.neighbours(w)
    view.nav = {
        "prev": link(w.zoom, prev_at) if prev_at else None,
        "next": link(w.zoom, next_at) if next_at else None,
        "out": qs("/timeline", p, zoom=out[0] if out[0] != "all" else None, at=out[1], page=None)
        if out else None,
        "all": qs("/timeline", p, zoom=None, at=None, page=None),
        "full": qs("/timeline", p, zoom=None, at=None, page=None, full=1),
    }
    view.page_no = _int(p.get("page"), 1, 1, 100_000)
    offset = (view.page_no - 1) * PAGE_SIZE
    view.page = fetch(lo, hi, PAGE_SIZE, offset, count=True) if lo <= hi else None
    total = (view.page.total or 0) if view.page else 0
    view.pages = max(1, -(-total // PAGE_SIZE))
    if total <= CHART_CAP:  # the list's count says whether the chart can draw every event
        entries = list(view.page.entries) if view.page and offset == 0 and total <= PAGE_SIZE \
            else list(fetch(lo, hi, CHART_CAP).entries) if total else []
        view.chart = _draw_events(store, w, entries, lanes, p, link)
    elif query:
        view.chart = _draw_counts_from_entries(w, fetch(lo, hi, 10_000).entries, lanes, p, link,
                                               store)
    else:
        view.chart = _draw_counts(store, w, base, lo, hi, lanes, p, link)
    return view


def _type_lanes(types: set[str], p: dict[str, Any]) -> list[tuple[str, str, str | None]]:
    return [(t, t, qs("/timeline", p, type=t, page=None)) for t in PLOVER_TYPES if t in types]


def _actor_lanes(counts: Counter, names: dict[int, str], has_other: bool):
    lanes = [(k, names.get(int(k), k), f"/entities/{int(k)}")
             for k, _ in counts.most_common(ACTOR_LANES)]
    if has_other:
        lanes.append((OTHER, "others", None))
    return lanes


def _draw_events(store, w: ch.Window, entries: list[TimelineEntry], lanes: str, p, link):
    if lanes == "actor":
        counts = Counter(str(a.id) for e in entries for a in {*e.actors, *e.recipients})
        top = {k for k, _ in counts.most_common(ACTOR_LANES)}
        names = {a.id: a.name for e in entries for a in (*e.actors, *e.recipients)}
        items = [_item(e, lanes, top) for e in entries]
        lane_list = _actor_lanes(counts, names, any(OTHER in i.lanes for i in items))
    else:
        items = [_item(e, lanes, set()) for e in entries]
        lane_list = _type_lanes({e.type for e in entries}, p)
    return ch.layout(w, items, lane_list, link)


def _draw_counts(store, w: ch.Window, base: data.ChartFilter, lo: date, hi: date, lanes: str,
                 p, link):
    unit = ch.bucket_unit(w)
    f = data.ChartFilter(base.entity_ids, base.with_ids, base.type, lo, hi, base.min_sources)
    span = ch.UNIT_DAYS[unit] if unit != "month" else 31
    counted = data.bucket_counts(store, f, unit, lanes, max_span=span)
    coarse_rows = data.coarse_rows(store, f, min_span=span)
    parts = data.participants_of(store, [r[0] for r in coarse_rows]) if lanes == "actor" else {}
    if lanes == "actor":
        per_lane = Counter()
        for (lane, _), n in counted.counts.items():
            per_lane[lane] += n
        top = {k for k, _ in per_lane.most_common(ACTOR_LANES)}
        names = data.entity_names(store, [int(k) for k in top])
        counts = Counter()
        for (lane, bucket), n in counted.counts.items():
            counts[(lane if lane in top else OTHER, bucket)] += n
        lane_list = _actor_lanes(Counter({k: per_lane[k] for k in top}), names,
                                 any(k[0] == OTHER for k in counts))
    else:
        counts = Counter(counted.counts)
        top = set()
        lane_list = _type_lanes({k[0] for k in counts} | {r[3] for r in coarse_rows}, p)
    coarse = []
    for r in coarse_rows:
        if lanes == "actor":
            keys = tuple(str(e) for e in parts.get(r[0], ()) if str(e) in top) or (OTHER,)
        else:
            keys = (r[3],)
        label = f"{show_date(r[6])} · {r[3]} · {r[5]} source" + ("" if r[5] == 1 else "s")
        coarse.append(ch.Item(int(r[0]), date.fromisoformat(r[1]), date.fromisoformat(r[2]), r[4],
                              r[3], keys, int(r[5]), label, show_date(r[6])))
    return ch.layout_counts(w, unit, dict(counts), coarse, lane_list, link)


def _draw_counts_from_entries(w: ch.Window, entries, lanes: str, p, link, store):
    unit = ch.bucket_unit(w)
    span = ch.UNIT_DAYS[unit]
    counts: Counter = Counter()
    per_lane: Counter = Counter()
    names: dict[int, str] = {}
    for e in entries:
        for a in (*e.actors, *e.recipients):
            names[a.id] = a.name
            per_lane[str(a.id)] += 1
    top = {k for k, _ in per_lane.most_common(ACTOR_LANES)}
    coarse = []
    for e in entries:
        item = _item(e, lanes, top)
        start, end = date.fromisoformat(e.date_start), date.fromisoformat(e.date_end)
        if (end - start).days + 1 > span:
            coarse.append(item)
            continue
        key = {"year": e.date_start[:4], "month": e.date_start[:7], "day": e.date_start}[unit]
        for lane in item.lanes:
            counts[(lane, key)] += 1
    if lanes == "actor":
        lane_list = _actor_lanes(Counter({k: per_lane[k] for k in top}), names,
                                 any(k[0] == OTHER for k in counts))
    else:
        lane_list = _type_lanes({e.type for e in entries}, p)
    return ch.layout_counts(w, unit, dict(counts), coarse, lane_list, link)
