"""Engine behaviour behind the accuracy rules: clause-scoped tense cues, passive participles,
fractions, movable holidays, years in words, and bare years surviving the sanity filter."""

from __future__ import annotations

import datetime as dt

import pytest

from chronik.analysis.time import tag_text
from chronik.analysis.time.normalize import easter
from chronik.text.segment import sentences


def _values(text: str, lang: str, dct: str) -> list[tuple[str, str | None]]:
    starts = [s.start for s in sentences(text, lang)]
    res = tag_text(text, lang, dct, sentence_starts=starts)
    return [(t.span.text, t.value) for t in res.timexes]


def test_verb_final_clause_decides_the_weekday() -> None:
    # the main clause is future ("sollen ... werden"), the relative clause with the weekday is past
    text = ("Neue Gruppen sollen gebildet werden: Das ergab das Treffen der Ämter, das am Montag "
            "im Rathaus stattgefunden hat.")
    assert ("Montag", "2014-10-06") in _values(text, "de", "2014-10-08")


def test_passive_participle_after_be_is_no_past_cue() -> None:
    text = "The meeting will be held on April 24 in Washington."
    assert ("April 24", "1999-04-24") in _values(text, "en", "1999-02-10")


def test_next_to_is_no_future_cue() -> None:
    text = "Several cars were damaged in the fire next to the station on Tuesday."
    assert ("Tuesday", "2003-03-11") in _values(text, "en", "2003-03-13")


@pytest.mark.parametrize(("text", "value"), [
    ("They waited 2 1/2 years.", "P2Y6M"),
    ("The flight took 5 1/2 hours.", "PT5H30M"),
    ("It lasted a minute and a half.", "PT1M30S"),
])
def test_fractional_durations_use_the_smaller_unit(text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, "en", "2014-07-25")]


@pytest.mark.parametrize(("year", "day"), [(2024, dt.date(2024, 3, 31)), (2025, dt.date(2025, 4, 20)),
                                           (1998, dt.date(1998, 4, 12)), (2000, dt.date(2000, 4, 23))])
def test_easter_dates(year: int, day: dt.date) -> None:
    assert easter(year) == day


def test_movable_holidays() -> None:
    assert ("Pfingstmontag", "2025-06-09") in _values("Am Pfingstmontag ist zu.", "de", "2025-05-20")
    assert ("Thanksgiving Day", "1999-11-25") in _values("Shops open after Thanksgiving Day.", "en",
                                                         "1999-11-20")
    # Mariä Himmelfahrt is the Assumption (15 August), not the Ascension
    assert ("Maria Himmelfahrt", "2013-08-15") in _values("Zu Maria Himmelfahrt ist Markt.",
                                                          "de", "2013-07-30")
    # ... and a parish named after it is no day
    assert ("Maria Himmelfahrt", "XXXX-XX-XX") in _values("Die Pfarre Maria Himmelfahrt lädt ein.",
                                                          "de", "2013-07-30")


def test_years_in_words() -> None:
    vals = _values("The bombing in nineteen ninety-six shocked the city.", "en", "1998-02-27")
    assert ("nineteen ninety-six", "1996") in vals
    assert _values("Two thousand people marched.", "en", "1998-02-27") == []


def test_bare_years_and_decades_are_kept_but_huge_years_are_not() -> None:
    assert ("1930", "1930") in _values("Das Museum wurde 1930 eröffnet.", "de", "2024-03-14")
    assert ("the 1960s", "196") in _values("It began in the 1960s.", "en", "2000-02-24")
    # "next year" written in 9999 would be year 10000: no timex rather than an invalid value
    assert _values("Nächstes Jahr kommt er. Im Jahr 2010 war es.", "de", "9999-06-01") == [
        ("Jahr 2010", "2010")]
