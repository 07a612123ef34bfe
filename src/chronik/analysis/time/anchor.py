"""Reference times: the document creation time (DCT), the narrative time and date arithmetic.

A reference keeps the precision it was given: a month-only DCT (`2025-06`) knows no day, so a
weekday or "gestern" resolved against it cannot name a day either (`2025-WXX-3`, `2025-06-XX`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_REF_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference time at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Ref | None:
        """Read `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a time part is ignored); None if unreadable."""
        if not value:
            return None
        m = _REF_RE.match(value.strip())
        if not m:
            return None
        y = int(m.group(1))
        mo = int(m.group(2)) if m.group(2) else None
        d = int(m.group(3)) if m.group(3) else None
        if mo is not None and not 1 <= mo <= 12:
            return cls(y)
        if d is not None and valid_date(y, mo or 0, d) is None:
            return cls(y, mo)
        return cls(y, mo, d)

    @classmethod
    def of_date(cls, d: dt.date) -> Ref:
        return cls(d.year, d.month, d.day)

    @property
    def date(self) -> dt.date | None:
        if self.month is None or self.day is None:
            return None
        return dt.date(self.year, self.month, self.day)

    @property
    def precision(self) -> str:
        return "D" if self.day is not None else ("M" if self.month is not None else "Y")

    def value(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for an impossible one (31 February, month 13)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def shift_week(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(weeks=n)


def weekday_near(ref: dt.date, weekday: int, direction: str, strict: bool = False) -> dt.date:
    """The date of ISO `weekday` (1=Monday) nearest `ref` in `direction` (past, future, near).

    The reference day itself counts ("am Samstag" written on a Saturday) unless `strict`
    ("last Wednesday" written on a Wednesday is a week ago).
    """
    diff = weekday - ref.isoweekday()
    if diff == 0 and not (strict and direction in ("past", "future")):
        return ref
    if diff == 0:
        return ref + dt.timedelta(days=-7 if direction == "past" else 7)
    back = diff - 7 if diff > 0 else diff  # days to the previous one (negative)
    fwd = diff if diff > 0 else diff + 7
    if direction == "past":
        return ref + dt.timedelta(days=back)
    if direction == "future":
        return ref + dt.timedelta(days=fwd)
    return ref + dt.timedelta(days=back if -back <= fwd else fwd)


def year_for_month(ref: Ref, month: int, day: int | None, direction: str) -> int:
    """The year of a month (and day) given without one.

    The nearest occurrence, leaning to the past as news does (up to seven months back, four
    ahead), unless the tense says otherwise: a past cue moves a month more than one month after the reference back a year, a future cue moves
    any month before it forward ("Im Dezember hatten ..." in July → last December; "will open in
    December" written in January → next December). Past cues are the noisier (a reporting verb
    far from the month): they leave the month just after the reference where it is.
    """
    if ref.month is None:
        return ref.year
    diff = month - ref.month
    if direction.startswith("same"):  # the reference's year unless the tense says otherwise
        year, direction = ref.year, direction[5:]
    else:
        year = ref.year - 1 if diff > 4 else (ref.year + 1 if diff < -7 else ref.year)
    gap = (year - ref.year) * 12 + diff  # months from the reference to the candidate
    if direction == "past" and gap > 1:
        return year - 1
    if direction == "future" and gap < 0:
        return year + 1
    return year
