"""The date of an event: its clause's own time expression, else the sentence's, else (verbal
triggers only) the narrative time carried from earlier sentences, else the date of a report
that attributes the sentence ("Dies berichtete X am Donnerstag"). Never the publication date
unless a timex resolved to it is in the text ("heute")."""

from __future__ import annotations

import bisect
import dataclasses
import re

from chronik.analysis.time.anchor import Ref
from chronik.analysis.time.normalize import shift_value
from chronik.model import EventDate, Timex
from chronik.periods import period

# a value that names a period of the calendar (day, week, month, season, quarter, half, year);
# a clock time is cut to its day, an unresolved value ("XXXX-06", "PRESENT_REF") dates nothing
_SPECIFIC = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?")


_AMOUNT = re.compile(r"^P(\d{1,4})([DWMY])$")
AGO_RULE = "events:ago"  # marks a duration read as the date that far back


def ago_value(duration: str | None, reference: str | None) -> str | None:
    """The date a span of time back from `reference` names, at the span's unit ("P2W" before
    2023-03-20 is 2023-W10, "P2Y" before 2023-03 is 2021); None when the reference is too
    coarse for the unit or the amount is vague ("PXD"). The time stage's own shift does it."""
    m = _AMOUNT.match(duration or "")
    ref = Ref.parse(reference)
    if m is None or ref is None:
        return None
    try:
        value, _day = shift_value(ref, m[2], -int(m[1]))
    except (ValueError, OverflowError):
        return None
    return value if value and "X" not in value else None


def _dated_durations(timexes: tuple[Timex, ...], text: str, reference: str | None,
                     before: frozenset[str], after: frozenset[str]) -> list[Timex]:
    """Durations told as a time ago ("vor zwei Wochen", where the timex is only "zwei Wochen")
    as the dates they name, for dating events; the analysis keeps the duration itself."""
    out = []
    for t in timexes:
        if t.type != "DURATION":
            continue
        prev = text[max(0, t.span.start - 12):t.span.start].split()[-1:]
        nxt = text[t.span.end:t.span.end + 12].split()[:1]
        if not ((prev and prev[0].lower() in before) or (nxt and nxt[0].lower() in after)):
            continue
        value = ago_value(t.value, reference)
        if value is not None:
            out.append(dataclasses.replace(t, type="DATE", value=value, rule=AGO_RULE))
    return out


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text, max(0, pos - 20), pos)
    return m.group(1).lower() if m else ""


class DateIndex:
    """Dated timexes of one article, sorted by position. With `text`, durations after an
    "ago" word of the language (`ago_before`: "vor"; `ago_after`: "ago") count as dates, and
    a timex after a word of `since` ("seit", "since", "until") dates nothing: it bounds a
    span ("the first trip since 2018")."""

    def __init__(self, timexes: tuple[Timex, ...], text: str = "", reference: str | None = None,
                 ago_before: frozenset[str] = frozenset(), ago_after: frozenset[str] = frozenset(),
                 since: frozenset[str] = frozenset()):
        if since and text:
            timexes = tuple(t for t in timexes if _word_before(text, t.span.start) not in since)
        self.items = sorted((t for t in timexes if t.type in ("DATE", "TIME") and t.value
                             and _SPECIFIC.match(t.value)), key=lambda t: t.span.start)
        self.starts = [t.span.start for t in self.items]
        # durations told as a time ago date only their own clause: not the whole sentence,
        # not the narrative ("die vor einem Monat … gesorgt hatte, kritisierte …")
        ago = _dated_durations(timexes, text, reference, ago_before, ago_after) \
            if text and (ago_before or ago_after) else []
        self.with_ago = sorted(self.items + ago, key=lambda t: t.span.start) if ago else self.items
        self.with_ago_starts = [t.span.start for t in self.with_ago]

    def within(self, start: int, end: int, ago: bool = False) -> list[Timex]:
        """Dated timexes in [start, end); with `ago`, also durations told as a time ago."""
        items, starts = (self.with_ago, self.with_ago_starts) if ago else (self.items, self.starts)
        lo = bisect.bisect_left(starts, start)
        out = []
        for t in items[lo:]:
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
