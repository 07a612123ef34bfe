"""The timeline chart laid out on the server: a time axis, lanes, and one mark per event.

An event is drawn over its whole period: a day as a dot, a month as a band across the month
(never a point on the 1st), undated events (placed at their first report) as hollow dots.
When more events fall in view than can be drawn one by one, the chart shows counts per
lane and bucket instead; each bucket links to the zoomed-in view. The template turns the
`Chart` into SVG; nothing here is text from an article except labels, which it escapes.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from chronik.timeline.dates import period

WIDTH = 1120
LEFT = 170  # lane labels
RIGHT = 16
AXIS_H = 44
ROW_H = 22
LANE_PAD = 8
MAX_ROWS = 5
DOT_R = 8
MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ZOOMS = ("all", "year", "month", "day")


@dataclass(frozen=True, slots=True)
class Item:
    """One event to place: its period, lane(s) and what the tooltip says."""

    id: int
    start: date
    end: date
    precision: str
    type: str
    lanes: tuple[str, ...]
    n_sources: int
    label: str
    when: str = ""  # the date as written at its precision ("June 2024", "2025")


@dataclass(frozen=True, slots=True)
class Window:
    zoom: str  # all | year | month | day
    lo: date
    hi: date  # inclusive
    at: str | None = None  # the value zoomed into (YYYY, YYYY-MM, YYYY-MM-DD)
    focus: tuple[date, date] | None = None  # the day a day-zoom is about

    @property
    def days(self) -> int:
        return (self.hi - self.lo).days + 1


@dataclass(frozen=True, slots=True)
class Tick:
    x: float
    label: str
    href: str | None
    major: bool = False


@dataclass(frozen=True, slots=True)
class Lane:
    key: str
    label: str
    y: float
    h: float
    href: str | None = None
    hidden: int = 0  # events that did not fit


@dataclass(frozen=True, slots=True)
class MarkBox:
    """A drawn event: a dot (cx, cy) or a band (x, y, w, h)."""

    id: int
    shape: str  # dot | band | hollow
    x: float
    y: float
    w: float
    h: float
    type: str
    n_sources: int
    label: str
    href: str
    when: str = ""
    clipped: str = ""  # "" | "left" | "right" | "both": the period goes on outside the view


@dataclass(frozen=True, slots=True)
class BucketBox:
    x: float
    y: float
    w: float
    h: float
    count: int
    level: int  # 1..5 (shade)
    label: str
    href: str | None


@dataclass
class Chart:
    window: Window
    width: int = WIDTH
    height: int = AXIS_H
    ticks: list[Tick] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    marks: list[MarkBox] = field(default_factory=list)
    buckets: list[BucketBox] = field(default_factory=list)
    aggregated: bool = False
    n_events: int = 0
    focus: tuple[float, float] | None = None
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT


# -- windows --------------------------------------------------------------------------------------
def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def window_for(zoom: str, at: str | None, extent: tuple[date, date] | None,
               today: date | None = None) -> Window:
    """The visible days for a zoom level; `at` is parsed leniently (bad values fall back)."""
    ref = extent[1] if extent else (today or date.today())
    p = period(at) if at else None
    day = p.start if p is not None else ref
    if zoom == "year":
        return Window("year", date(day.year, 1, 1), date(day.year, 12, 31), f"{day.year:04d}")
    if zoom == "month":
        return Window("month", date(day.year, day.month, 1), _month_end(day.year, day.month),
                      f"{day.year:04d}-{day.month:02d}")
    if zoom == "day":
        return Window("day", day - timedelta(days=3), day + timedelta(days=3), day.isoformat(),
                      (day, day))
    if extent is None:
        y = ref.year
        return Window("all", date(y, 1, 1), date(y, 12, 31))
    lo, hi = extent
    return Window("all", date(lo.year, lo.month, 1), _month_end(hi.year, hi.month))


def neighbours(w: Window) -> tuple[str | None, str | None, tuple[str, str | None] | None]:
    """(previous at, next at, zoom-out (zoom, at)) for the navigation links."""
    if w.zoom == "year":
        y = w.lo.year
        return f"{y - 1:04d}", f"{y + 1:04d}", ("all", None)
    if w.zoom == "month":
        prev = w.lo - timedelta(days=1)
        nxt = w.hi + timedelta(days=1)
        return prev.isoformat()[:7], nxt.isoformat()[:7], ("year", f"{w.lo.year:04d}")
    if w.zoom == "day" and w.at:
        d = date.fromisoformat(w.at)
        return ((d - timedelta(days=1)).isoformat(), (d + timedelta(days=1)).isoformat(),
                ("month", w.at[:7]))
    return None, None, None


def bucket_unit(w: Window) -> str:
    """The bucket of the aggregated chart: years over long ranges, months, or days."""
    if w.days > 3 * 366:
        return "year"
    if w.days > 92:
        return "month"
    return "day"


def bucket_range(unit: str, key: str) -> tuple[date, date]:
    if unit == "year":
        y = int(key[:4])
        return date(y, 1, 1), date(y, 12, 31)
    if unit == "month":
        y, m = int(key[:4]), int(key[5:7])
        return date(y, m, 1), _month_end(y, m)
    d = date.fromisoformat(key[:10])
    return d, d


UNIT_DAYS = {"year": 366, "month": 31, "day": 1}
ZOOM_OF_UNIT = {"year": "year", "month": "month", "day": "day"}


# -- layout ---------------------------------------------------------------------------------------
class _Scale:
    def __init__(self, w: Window) -> None:
        self.lo = w.lo
        self.days = w.days
        self.px = (WIDTH - RIGHT - LEFT) / self.days

    def x(self, d: date) -> float:
        return LEFT + (d - self.lo).days * self.px

    def span(self, start: date, end: date) -> tuple[float, float]:
        a = max(start, self.lo)
        b = min(end, self.lo + timedelta(days=self.days - 1))
        x0 = self.x(a)
        return x0, self.x(b + timedelta(days=1)) - x0


def _ticks(w: Window, sc: _Scale, link: Callable[[str, str], str]) -> list[Tick]:
    out: list[Tick] = []
    if w.days > 6 * 366:
        for y in range(w.lo.year, w.hi.year + 1):
            d = max(date(y, 1, 1), w.lo)
            out.append(Tick(sc.x(d), str(y), link("year", f"{y:04d}"), True))
        return out
    if w.days > 62:
        step = 1 if w.days <= 800 else 3
        y, m = w.lo.year, w.lo.month
        while date(y, m, 1) <= w.hi:
            d = max(date(y, m, 1), w.lo)
            if (m - 1) % step == 0:
                label = MONTHS_SHORT[m - 1] + (f" {y}" if m == 1 or not out else "")
                out.append(Tick(sc.x(d), label, link("month", f"{y:04d}-{m:02d}"), m == 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    step = 1 if w.days <= 16 else 2 if w.days <= 40 else 7
    d = w.lo
    i = 0
    while d <= w.hi:
        if i % step == 0 or d.day == 1:
            label = f"{d.day} {MONTHS_SHORT[d.month - 1]}" if (d.day == 1 or i == 0 or w.days <= 16) \
                else str(d.day)
            out.append(Tick(sc.x(d), label, link("day", d.isoformat()), d.day == 1))
        d += timedelta(days=1)
        i += 1
    return out


def _clipped(it: Item, w: Window) -> str:
    left, right = it.start < w.lo, it.end > w.hi
    return "both" if left and right else "left" if left else "right" if right else ""


def layout(w: Window, items: Iterable[Item], lanes: list[tuple[str, str, str | None]],
           link: Callable[[str, str], str]) -> Chart:
    """Place events in lanes (key, label, href), packing overlapping marks into rows."""
    sc = _Scale(w)
    chart = Chart(w, ticks=_ticks(w, sc, link))
    if w.focus:
        x0, wd = sc.span(*w.focus)
        chart.focus = (x0, wd)
    per_lane: dict[str, list[Item]] = {k: [] for k, _, _ in lanes}
    n = 0
    for it in items:
        n += 1
        for k in it.lanes:
            if k in per_lane:
                per_lane[k].append(it)
    chart.n_events = n
    y = AXIS_H
    for key, label, href in lanes:
        rows_end: list[float] = []
        placed: list[tuple[Item, int, float, float]] = []
        hidden = 0
        for it in sorted(per_lane[key], key=lambda i: (i.start, -(i.end - i.start).days, i.id)):
            x0, wd = sc.span(it.start, it.end)
            dot = it.precision in ("day", "reported") or wd < 2 * DOT_R
            left, right = ((x0 + wd / 2 - DOT_R, x0 + wd / 2 + DOT_R) if dot else (x0, x0 + wd))
            row = next((r for r, e in enumerate(rows_end) if e + 2 <= left), None)
            if row is None:
                if len(rows_end) >= MAX_ROWS:
                    hidden += 1
                    continue
                rows_end.append(right)
                row = len(rows_end) - 1
            else:
                rows_end[row] = right
            placed.append((it, row, x0, wd))
        h = max(1, len(rows_end)) * ROW_H + 2 * LANE_PAD
        chart.lanes.append(Lane(key, label, y, h, href, hidden))
        for it, row, x0, wd in placed:
            cy = y + LANE_PAD + row * ROW_H + ROW_H / 2
            dot = it.precision in ("day", "reported") or wd < 2 * DOT_R
            shape = "hollow" if it.precision == "reported" else "dot" if dot else "band"
            if dot:
                chart.marks.append(MarkBox(it.id, shape, x0 + wd / 2, cy, DOT_R, DOT_R, it.type,
                                           it.n_sources, it.label, f"/events/{it.id}"))
            else:
                chart.marks.append(MarkBox(it.id, shape, x0, cy - ROW_H / 2 + 2, wd, ROW_H - 4,
                                           it.type, it.n_sources, it.label, f"/events/{it.id}",
                                           it.when, _clipped(it, w)))
        y += h
    chart.height = int(y + 8)
    return chart


def layout_counts(w: Window, unit: str, counts: dict[tuple[str, str], int],
                  coarse: list[Item], lanes: list[tuple[str, str, str | None]],
                  link: Callable[[str, str], str]) -> Chart:
    """The aggregated chart: one shaded box per (lane, bucket) with its count, and the
    events coarser than a bucket as bands on a row of their own."""
    sc = _Scale(w)
    chart = Chart(w, ticks=_ticks(w, sc, link), aggregated=True)
    if w.focus:
        chart.focus = sc.span(*w.focus)
    top = max(counts.values(), default=1)
    y = AXIS_H
    lane_keys = {k for k, _, _ in lanes}
    for key, label, href in lanes:
        bands = [c for c in coarse if key in c.lanes]
        h = ROW_H * (2 if bands else 1) + 2 * LANE_PAD
        chart.lanes.append(Lane(key, label, y, h, href))
        by = y + LANE_PAD
        for it in bands[:40]:
            x0, wd = sc.span(it.start, it.end)
            chart.marks.append(MarkBox(it.id, "band", x0, by + 3, wd, ROW_H - 8, it.type,
                                       it.n_sources, it.label, f"/events/{it.id}", it.when,
                                       _clipped(it, w)))
        if bands:
            by += ROW_H
        for (lane, bucket), cnt in counts.items():
            if lane != key or lane not in lane_keys:
                continue
            b0, b1 = bucket_range(unit, bucket)
            if b1 < w.lo or b0 > w.hi:
                continue
            x0, wd = sc.span(b0, b1)
            level = 1 + min(4, int(4 * cnt / top)) if top else 1
            chart.buckets.append(BucketBox(x0 + 0.5, by + 1, max(1.0, wd - 1), ROW_H - 2, cnt, level,
                                           f"{label}: {cnt} events in {bucket}",
                                           link(ZOOM_OF_UNIT[unit], bucket)))
            chart.n_events += cnt
        y += h
    chart.height = int(y + 8)
    return chart


def month_bars(per_month: list[tuple[str, int]], link: Callable[[str], str],
               width: int = 560, height: int = 120) -> dict:
    """A small bar chart of events per month, every month between the first and last shown."""
    if not per_month:
        return {"bars": [], "width": width, "height": height, "labels": [], "unit": "month"}
    first, last = per_month[0][0], per_month[-1][0]
    n_months = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
    if n_months > 48:  # a long record: one bar per year stays readable
        return _year_bars(per_month, link, width, height)
    counts = dict(per_month)
    y0, m0 = int(per_month[0][0][:4]), int(per_month[0][0][5:7])
    y1, m1 = int(per_month[-1][0][:4]), int(per_month[-1][0][5:7])
    months = []
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    top = max(counts.values())
    plot_h = height - 30
    slot = (width - 30) / len(months)
    bw = min(slot - 1, 36.0)
    bars, labels = [], []
    few = len(months) <= 12
    for i, key in enumerate(months):
        n = counts.get(key, 0)
        h = plot_h * n / top if top else 0
        x = 24 + i * slot + (slot - bw) / 2
        bars.append({"x": x, "y": 14 + plot_h - h, "w": max(1.0, bw), "h": h, "n": n,
                     "key": key, "href": link(key) if n else None,
                     "show_n": n > 0 and len(months) <= 24, "cx": x + bw / 2})
        month = int(key[5:7])
        if few:
            text = MONTHS_SHORT[month - 1] + (f" {key[:4]}" if i == 0 or month == 1 else "")
            labels.append({"x": x + bw / 2, "text": text})
        elif month == 1 or i == 0:
            labels.append({"x": x, "text": key[:4]})
    return {"bars": bars, "width": width, "height": height, "labels": labels, "top": top,
            "plot_h": plot_h, "unit": "month"}


def _year_bars(per_month: list[tuple[str, int]], link: Callable[[str], str], width: int,
               height: int) -> dict:
    per_year: dict[int, int] = {}
    for key, n in per_month:
        per_year[int(key[:4])] = per_year.get(int(key[:4]), 0) + n
    years = list(range(min(per_year), max(per_year) + 1))
    top = max(per_year.values())
    plot_h = height - 30
    slot = (width - 30) / len(years)
    bw = min(slot - 1, 36.0)
    every = max(1, int(40 // slot) + 1)  # labels at least ~40 px apart
    bars, labels = [], []
    for i, y in enumerate(years):
        n = per_year.get(y, 0)
        h = plot_h * n / top if top else 0
        x = 24 + i * slot + (slot - bw) / 2
        bars.append({"x": x, "y": 14 + plot_h - h, "w": max(1.0, bw), "h": h, "n": n,
                     "key": str(y), "href": link(str(y)) if n else None,
                     "show_n": n > 0 and len(years) <= 30, "cx": x + bw / 2})
        if i % every == 0:
            labels.append({"x": x + bw / 2, "text": str(y)})
    return {"bars": bars, "width": width, "height": height, "labels": labels, "top": top,
            "plot_h": plot_h, "unit": "year"}
