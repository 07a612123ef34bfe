"""An event's date keeps the precision of its time expression (week, quarter, season, ...),
and "later than the publication date" compares the periods the values name."""

from __future__ import annotations

import dataclasses

import pytest

from chronik.analysis.events import find_events
from chronik.analysis.events.dates import ago_value, later_than
from chronik.model import Span, Timex

from .helpers import make

ENTS = {
    "Russia": ("GPE", "RUS", ["Russia", "Russian"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine", "Kyiv"]),
    "Poland": ("GPE", "POL", ["Poland", "Warsaw"]),
}


@pytest.mark.parametrize("surface,value", [
    ("last week", "2025-W23"),
    ("last weekend", "2025-W23-WE"),
    ("in the first quarter", "2025-Q1"),
    ("last spring", "2025-SP"),
    ("in the first half of the year", "2025-H1"),
])
def test_event_keeps_the_timex_granularity(surface: str, value: str) -> None:
    text = f"Russian forces attacked Kyiv {surface}."
    out = find_events(make(text, "en", entities=ENTS, timexes={surface: value}))
    attack = [e for e in out.events if e.type == "ASSAULT"]
    assert attack and attack[0].date.value == value


def test_clock_time_is_cut_to_its_day() -> None:
    text = "Russian forces attacked Kyiv at dawn on Sunday."
    out = find_events(make(text, "en", entities=ENTS, timexes={"at dawn on Sunday": "2025-06-08TMO"}))
    assert [e.date.value for e in out.events if e.type == "ASSAULT"] == ["2025-06-08"]


def test_unresolved_value_dates_nothing() -> None:
    text = "Russian forces attacked Kyiv in June."
    out = find_events(make(text, "en", entities=ENTS, timexes={"in June": "XXXX-06"}))
    assert [e.date.value for e in out.events if e.type == "ASSAULT"] == [None]


@pytest.mark.parametrize("value,reference,expected", [
    ("2025-W25", "2025-06-10", True),    # the week after the publication week
    ("2025-W24", "2025-06-10", False),   # the publication week itself
    ("2025-06", "2025-06-10", False),    # the month of publication is not later
    ("2025-06-11", "2025-06", False),    # a day inside a month-only publication date
    ("2025-07-01", "2025-06", True),
    ("2026", "2025-06-10", True),
    ("2025-Q3", "2025-06-10", True),
    ("PRESENT_REF", "2025-06-10", False),
    (None, "2025-06-10", False),
])
def test_later_than_compares_periods(value, reference, expected) -> None:
    assert later_than(value, reference) is expected


DE = {
    "Olaf Scholz": ("PER", "DEU", ["Olaf Scholz", "Scholz"]),
    "Wolodymyr Selenskyj": ("PER", "UKR", ["Wolodymyr Selenskyj", "Selenskyj"]),
    "Europäische Union": ("ORG", None, ["Europäische Union"]),
    "Iran": ("GPE", "IRN", ["Iran", "iranische"]),
}


def test_a_flashback_sets_no_narrative_time() -> None:
    text = ("Bereits im Januar hatte Olaf Scholz Wolodymyr Selenskyj in Kiew getroffen. "
            "Die Europäische Union verhängte zudem Sanktionen gegen iranische Firmen.")
    out = find_events(make(text, "de", entities=DE, timexes={"im Januar": "2025-01"}))
    by_type = {e.type: e.date.value for e in out.events}
    assert by_type.get("CONSULT") == "2025-01"  # the flashback's own date
    assert "SANCTION" in by_type and by_type["SANCTION"] is None


def test_a_simple_past_date_still_carries_to_the_next_sentence() -> None:
    text = ("Im Januar traf Olaf Scholz Wolodymyr Selenskyj in Kiew. "
            "Die Europäische Union verhängte zudem Sanktionen gegen iranische Firmen.")
    out = find_events(make(text, "de", entities=DE, timexes={"Im Januar": "2025-01"}))
    assert {e.type: e.date.value for e in out.events}.get("SANCTION") == "2025-01"


@pytest.mark.parametrize("duration,reference,expected", [
    ("P2W", "2023-03-20", "2023-W10"),
    ("P3D", "2023-03-20", "2023-03-17"),
    ("P1M", "2023-01-15", "2022-12"),
    ("P2Y", "2023-03", "2021"),
    ("P2W", "2023-03", None),   # a month-only reference cannot place a week
    ("PXD", "2023-03-20", None),
    ("P2W", None, None),
])
def test_ago_value(duration, reference, expected) -> None:
    assert ago_value(duration, reference) == expected


def _ago(text: str, surface: str, value: str, date: str = "2023-03-20"):
    an = make(text, "de", entities=DE, date=date)
    start = text.index(surface)
    tx = Timex("t1", Span.of(text, start, start + len(surface)), "DURATION", value)
    return find_events(dataclasses.replace(an, timexes=(tx,)))


def test_a_duration_after_vor_dates_its_clause() -> None:
    # KRAUTS tags only "zwei Wochen" (a DURATION); the event happened two weeks back
    out = _ago("Vor zwei Wochen hatte Olaf Scholz Wolodymyr Selenskyj in Kiew getroffen.",
               "zwei Wochen", "P2W")
    assert [(e.type, e.date.value) for e in out.events] == [("CONSULT", "2023-W10")]


def test_a_duration_ago_in_a_relative_clause_does_not_date_the_main_clause() -> None:
    out = _ago("Olaf Scholz, der erst vor einem Monat in Kiew gewesen war, kritisierte Wolodymyr "
               "Selenskyj.", "einem Monat", "P1M")
    assert [(e.type, e.date.value) for e in out.events] == [("ACCUSE", None)]


def test_a_duration_without_vor_dates_nothing() -> None:
    out = _ago("Olaf Scholz traf Wolodymyr Selenskyj für zwei Wochen in Kiew.", "zwei Wochen", "P2W")
    assert [e.date.value for e in out.events if e.type == "CONSULT"] == [None]
