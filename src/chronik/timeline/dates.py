"""Dates as the timeline shows and queries them: --since/--until bounds and display.

The periods themselves (`period`, `Period`, `compatible`, ...) live in `chronik.periods`, a
low-level module every stage may use; they are re-exported here for the timeline's callers.
"""

from __future__ import annotations

from datetime import date

from chronik.periods import (  # noqa: F401  (re-exported)
    CLASS_MAX_SPAN,
    RANK,
    Period,
    add_days,
    compatible,
    period,
    period_class,
)


def parse_bound(value: str | None, *, end: bool = False) -> date | None:
    """A --since/--until bound: any date value; `end` takes the last day of its period."""
    if value is None or value == "":
        return None
    p = period(value.strip())
    if p is None:
        from chronik.errors import UsageError

        raise UsageError(f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    return p.end if end else p.start


MONTHS = {
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def display(value: str | None, lang: str = "en") -> str:
    """A date value as a reader writes it, at its own precision ("Juni 2024", "4 June 2025")."""
    p = period(value)
    if p is None:
        return value or ("ohne Datum" if lang == "de" else "undated")
    names = MONTHS.get(lang, MONTHS["en"])
    if p.granularity == "day":
        d = p.start
        return f"{d.day}. {names[d.month - 1]} {d.year}" if lang == "de" else \
            f"{d.day} {names[d.month - 1]} {d.year}"
    if p.granularity == "month":
        return f"{names[p.start.month - 1]} {p.start.year}"
    if p.granularity == "year":
        return str(p.start.year)
    return p.value
