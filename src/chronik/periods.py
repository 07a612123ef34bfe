"""Periods of TIMEX3 date values: what event dating and fusion compare and the timeline sorts by.

A value names a period at its own granularity: "2024-06" is the whole of June, never June 1st.
`period("2024-06")` gives its first and last day; timelines sort by (first day, -length), so a
month comes before the days of that month and after every day of the month before, and is
displayed as given.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

# how precise each granularity is: lower is more precise
RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "half": 4, "year": 5,
        "reported": 9}


# period classes: how far back a range query must look for periods that still overlap it
CLASS_MAX_SPAN = {0: 1, 1: 31, 2: 366}


def period_class(span_days: int) -> int:
    """0 for a day, 1 for up to 31 days (week, month), 2 for longer (season ... year)."""
    return 0 if span_days <= 1 else 1 if span_days <= 31 else 2


@dataclass(frozen=True, slots=True)
class Period:
    value: str
    start: date
    end: date
    granularity: str

    @property
    def span(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def rank(self) -> int:
        return RANK[self.granularity]

    def overlaps(self, other: Period) -> bool:
        return self.start <= other.end and other.start <= self.end


def _month_end(y: int, m: int) -> date:
    while m > 12:
        y, m = y + 1, m - 12
    return date(y, m, calendar.monthrange(y, m)[1])


@functools.lru_cache(maxsize=65536)
def period(value: str | None) -> Period | None:
    """The period a date value names, or None when it names none (null, PRESENT_REF, 20XX)."""
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return Period(value[:10], d, d, "day")
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            return Period(value, date(y, mo, 1), _month_end(y, mo), "month")
        if m := _YEAR.match(value):
            y = int(m[1])
            return Period(value, date(y, 1, 1), date(y, 12, 31), "year")
        if m := _WEEK.match(value):
            start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if value.endswith("-WE"):
                # a weekend value is used for the weekend that ends the ISO week and, told on a
                # Monday or Tuesday, for the one just before it (KRAUTS, HeidelTime): both
                return Period(value, start - timedelta(days=2), start + timedelta(days=6), "week")
            return Period(value, start, start + timedelta(days=6), "week")
        if m := _QUARTER.match(value):
            y, q = int(m[1]), int(m[2])
            return Period(value, date(y, 3 * q - 2, 1), _month_end(y, 3 * q), "quarter")
        if m := _HALF.match(value):
            y, h = int(m[1]), int(m[2])
            return Period(value, date(y, 6 * h - 5, 1), _month_end(y, 6 * h), "half")
        if m := _SEASON.match(value):
            y = int(m[1])
            a, b = _SEASON_MONTHS[m[2]]
            return Period(value, date(y, a, 1), _month_end(y, b), "season")
    except ValueError:
        return None
    return None


def add_days(d: date, n: int) -> date:
    """`d` + `n` days, held at the calendar's ends (0001-01-01, 9999-12-31) instead of
    raising OverflowError: dates come from input texts and queries, and year 1 is a date too."""
    try:
        return d + timedelta(days=n)
    except OverflowError:
        return date.min if n < 0 else date.max


def compatible(a: Period, b: Period) -> bool:
    """Two dates may name the same happening: one period contains the other.

    2024-06 and 2024-06-19 are compatible; 2024-06-19 and 2024-06-21 are not; two different
    months are not; a week and a day inside it are.
    """
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
