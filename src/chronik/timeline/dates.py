"""Dates as the timeline shows and queries them: --since/--until bounds and display.

The periods themselves (`period`, `Period`, `compatible`, ...) live in `chronik.periods`, a
low-level module every stage may use; they are re-exported here for the timeline's callers.
"""

from __future__ import annotations

import functools
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


@functools.cache
def _formats(lang: str) -> dict:
    """The date formats of a language (`resources/<lang>/chronicle.yaml`, English if absent)."""
    from chronik.resources import has_resource, load_yaml

    data = load_yaml(lang if has_resource(lang, "chronicle.yaml") else "en", "chronicle.yaml")
    return {**data["dates"], "undated": data.get("undated", "undated")}


def display(value: str | None, lang: str = "en") -> str:
    """A date value as a reader writes it, at its own precision ("Juni 2024", "4 June 2025",
    "week of 2 June 2025", "Q3 2025"); a value with no period is shown as it is."""
    p = period(value)
    f = _formats(lang)
    if p is None:
        return value or f["undated"]
    months = f["months"]

    def day(d: date) -> str:
        return f["day"].format(d=d.day, month=months[d.month - 1], y=d.year)

    y = p.value[:4].lstrip("0") or "0"
    if p.granularity == "day":
        return day(p.start)
    if p.granularity == "month":
        return f["month"].format(month=months[p.start.month - 1], y=p.start.year)
    if p.granularity == "year":
        return str(p.start.year)
    if p.granularity == "week":
        monday = date.fromisocalendar(int(p.value[:4]), int(p.value[6:8]), 1)
        key = "weekend" if p.value.endswith("-WE") else "week"
        return f[key].format(monday=day(monday))
    if p.granularity == "quarter":
        return f["quarter"].format(n=p.value[-1], y=y)
    if p.granularity == "half":
        return f["half"].format(n=p.value[-1], y=y)
    if p.granularity == "season":
        return f["season"].format(season=f["seasons"][p.value[5:]], y=y)
    return p.value
