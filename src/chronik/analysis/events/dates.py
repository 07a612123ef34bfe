"""The date of an event: its clause's own time expression, else the sentence's, else (verbal
triggers only) the narrative time carried from earlier sentences, else the date of a report
that attributes the sentence ("Dies berichtete X am Donnerstag"). Never the publication date
unless a timex resolved to it is in the text ("heute")."""

from __future__ import annotations

import bisect
import re

from chronik.model import EventDate, Timex
from chronik.periods import period

# a value that names a period of the calendar (day, week, month, season, quarter, half, year);
# a clock time is cut to its day, an unresolved value ("XXXX-06", "PRESENT_REF") dates nothing
_SPECIFIC = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?")


class DateIndex:
    """Dated timexes of one article, sorted by position."""

    def __init__(self, timexes: tuple[Timex, ...]):
        self.items = sorted((t for t in timexes if t.type in ("DATE", "TIME") and t.value
                             and _SPECIFIC.match(t.value)), key=lambda t: t.span.start)
        self.starts = [t.span.start for t in self.items]

    def within(self, start: int, end: int) -> list[Timex]:
        lo = bisect.bisect_left(self.starts, start)
        out = []
        for t in self.items[lo:]:
            if t.span.start >= end:
                break
            out.append(t)
        return out

    def nearest(self, start: int, end: int, pos: int) -> Timex | None:
        ts = self.within(start, end)
        return min(ts, key=lambda t: abs(t.span.start - pos)) if ts else None

    def before(self, pos: int) -> Timex | None:
        i = bisect.bisect_left(self.starts, pos)
        return self.items[i - 1] if i else None


def value_of(t: Timex) -> EventDate:
    """The timex's value at the precision it names: "last week" stays a week, not its year."""
    m = _SPECIFIC.match(t.value or "")
    return EventDate(m.group(0) if m else t.value, t.id)


def later_than(value: str | None, reference: str | None) -> bool:
    """True when the period `value` names begins after the period of `reference` ends
    ("2025-W25" is later than 2025-06-10; "2025-06" is not later than 2025-06-10)."""
    a, b = period(value), period(reference)
    return a is not None and b is not None and a.start > b.end
