"""Refine a coarse publication date from the text: "am Donnerstag (5. Juni)" in an article
dated `2025-06` pins the reporting day to 2025-06-05, because the weekday and the date agree."""

from __future__ import annotations

import datetime as dt

from chronik.analysis.time.anchor import Ref, valid_date, year_for_month


def weekday_date_day(ref: Ref | None, weekday: int, day: int, month: int,
                     year: int | None) -> tuple[dt.date | None, bool]:
    """(the date a weekday+date pair names, whether the weekday agrees with it)."""
    if year is None:
        if ref is None:
            return None, False
        year = year_for_month(ref, month, day, "near")
    d = valid_date(year, month, day)
    if d is None:
        return None, False
    return d, d.isoweekday() == weekday


def in_period(ref: Ref, d: dt.date) -> bool:
    """Does the coarse reference (a year or a month) contain the day?"""
    if d.year != ref.year:
        return False
    return ref.month is None or d.month == ref.month


def refine(dct: Ref | None, pairs: list[tuple[dt.date, bool, bool, str]]) -> tuple[Ref | None, list[str]]:
    """Pick the reporting day from (date, agrees, future-cued, text) pairs; warn on conflicts.

    Only a coarse DCT is refined; the first agreeing pair inside its period that is not about the
    future wins (the reporting day usually comes early, in the lead).
    """
    warnings = [f"time: weekday and date disagree in {text!r} ({d.isoformat()} is a "
                f"{d.strftime('%A')})" for d, agrees, _, text in pairs if not agrees]
    if dct is None or dct.day is not None:
        return None, warnings
    good = [(fut, i, d) for i, (d, agrees, fut, _) in enumerate(pairs) if agrees and in_period(dct, d)]
    if not good:
        return None, warnings
    good.sort()
    return Ref.of_date(good[0][2]), warnings
