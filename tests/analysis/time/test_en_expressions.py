"""English expressions and TimeML extents: ordinal-suffixed and spoken days, holidays, quarter
shorthand, "from now", clock times with a part of the day or a zone, sets of every other unit,
rates that are look-backs, and what belongs inside an expression (determiners, "fiscal",
"or so", modifiers of "yesterday")."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.analysis.time.normalize import read_slots
from chronik.analysis.time.patterns import grammar
from chronik.text.segment import sentences


def _values(text: str, lang: str, dct: str) -> list[tuple[str, str | None]]:
    starts = [s.start for s in sentences(text, lang)]
    res = tag_text(text, lang, dct, sentence_starts=starts)
    return [(t.span.text, t.value) for t in res.timexes]


@pytest.mark.parametrize(("text", "value"), [
    ("The vote was held on March 5th.", "2024-03-05"),
    ("Polls open on the 21st of March.", "2024-03-21"),
    ("The deal closed Feb. 2nd, 2023.", "2023-02-02"),
])
def test_suffixed_day_numbers_are_read(text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, "en", "2024-03-13")]


def test_suffixed_numerals_read_as_their_digits() -> None:
    g = grammar("en")
    assert read_slots(g, {"day": "23rd", "num": "3"}) == {"day": 23, "num": 3}


def _typed(text: str) -> list[tuple[str, str, str | None]]:
    return [(t.span.text, t.type, t.value) for t in tag_text(text, "en", "2024-03-13").timexes]


def test_rate_words_before_earlier_are_no_set() -> None:
    # "4% a month earlier" looks back a month; "2% a month" is a rate
    assert _typed("Inflation slowed to 3% from 4% a month earlier.") == [("a month", "DURATION", "P1M")]
    assert _typed("Rents rose 2% a month.") == [("a month", "SET", "P1M")]


def test_part_of_a_dated_day_is_not_the_publication_day() -> None:
    vals = _values("The fire started on the evening of March 3.", "en", "2024-03-13")
    assert vals == [("March 3", "2024-03-03")]


@pytest.mark.parametrize(("text", "dct", "value"), [
    ("Candy sales peaked on Halloween.", "2023-11-05", "2023-10-31"),
    ("Roses cost more before Valentine's Day.", "2024-03-13", "2024-02-14"),
    ("The parade marks St. Patrick's Day.", "2024-03-13", "2024-03-17"),
    ("Offices were shut on Presidents' Day.", "2024-03-13", "2024-02-19"),
    ("Schools reopened after Easter Monday.", "2024-03-13", "2024-04-01"),
    ("Lent begins on Ash Wednesday.", "2024-03-13", "2024-02-14"),
])
def test_holidays(text: str, dct: str, value: str) -> None:
    assert value in [v for _, v in _values(text, "en", dct)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Margins improved in Q2 2023.", "Q2 2023", "2023-Q2"),
    ("Two weeks from now the bridge reopens.", "Two weeks from now", "2024-W13"),
    ("The board quit a month or so ago.", "a month or so ago", "2024-02"),
    ("The march is next Tuesday, March 19, organisers said.", "next Tuesday, March 19", "2024-03-19"),
    ("The station will close on April fifth.", "April fifth", "2024-04-05"),
])
def test_expressions(text: str, span: str, value: str) -> None:
    assert (span, value) in _values(text, "en", "2024-03-13")


def test_spoken_day_needs_a_boundary_after_it() -> None:
    # "June second-quarter": the ordinal belongs to the quarter
    vals = _values("Sales rose in June; second-quarter profit did not.", "en", "2024-08-01")
    assert ("June", "2024-06") in vals


@pytest.mark.parametrize(("text", "span", "value"), [
    # the determiner belongs to the expression (TimeML)
    ("The ferry sailed on May 2, 2001. In the morning the port was calm.", "the morning", "2001-05-02TMO"),
    ("She landed on May 2, 2001; that evening she spoke.", "that evening", "2001-05-02TEV"),
    # a clock time told with the part of the day
    ("The convoy left at 5 in the morning.", "5 in the morning", "2001-05-03T05:00"),
    ("The vigil began at nine o'clock in the evening.", "nine o'clock in the evening", "2001-05-03T21:00"),
    ("The guards changed at eleven o'clock.", "eleven o'clock", "2001-05-03T11:00"),
])
def test_parts_of_the_day(text: str, span: str, value: str) -> None:
    assert (span, value) in _values(text, "en", "2001-05-03")


def test_a_programme_named_after_a_part_of_the_day_is_no_time() -> None:
    assert _values("The evening news opened with the fire.", "en", "2001-05-03") == []


@pytest.mark.parametrize(("text", "span"), [
    # a hyphenated quarter before a noun is an adjective: "the" belongs to the noun
    ("The third-quarter loss widened.", "third-quarter"),
    ("Sales rose in the third quarter.", "the third quarter"),
    # "fiscal" is part of the quarter's name
    ("Profit rose in the fiscal first quarter.", "the fiscal first quarter"),
    ("The fiscal second-quarter charge was large.", "fiscal second-quarter"),
    # the determiner of a season
    ("Prices rose in the early summer.", "the early summer"),
    ("It snowed a lot in the winter of 1994.", "the winter of 1994"),
])
def test_extents(text: str, span: str) -> None:
    assert span in [s for s, _ in _values(text, "en", "1989-10-26")]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("The ferry sails every other day.", "en", "P2D"),
    ("The panel meets every second month.", "en", "P2M"),
    ("Die Fähre fährt jeden zweiten Tag.", "de", "P2D"),
    ("Der Ausschuss tagt jede zweite Woche.", "de", "P2W"),
])
def test_every_other_unit_is_a_set_of_two(text: str, lang: str, value: str) -> None:
    res = tag_text(text, lang, "2024-03-13")
    assert [(t.type, t.value) for t in res.timexes] == [("SET", value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    # an approximation or an open end stays inside the expression
    ("The lease runs for the next two years or so.", "the next two years or so", "P2Y"),
    ("Rates may rise in the next year or so.", "the next year or so", "2014"),
    ("The repairs will take a week or so.", "a week or so", "P1W"),
    ("Only cars built in 1994 or later qualify.", "1994 or later", "1994"),
    # a time zone belongs to the clock time
    ("Trading resumes at 10:30 a.m. EST.", "10:30 a.m. EST", "2013-03-21T10:30"),
    ("Polls close at 8 p.m. ET on Tuesday.", "8 p.m. ET on Tuesday", "2013-03-19T20:00"),
])
def test_extents_with_approximations_and_zones(text: str, span: str, value: str) -> None:
    assert (span, value) in _values(text, "en", "2013-03-21")


def test_modified_deictic_keeps_its_modifier() -> None:
    vals = _values("The bill passed late yesterday.", "en", "2013-03-21")
    assert vals == [("late yesterday", "2013-03-20")]
    res = tag_text("The bill passed late yesterday.", "en", "2013-03-21")
    assert res.timexes[0].mod == "END"
    assert ("Later today", "2013-03-21") in _values("Later today, the board meets.", "en", "2013-03-21")


@pytest.mark.parametrize("text", [
    "Protests spread during the Arab Spring.",
    "Fans recalled the ``Summer of Love'' concerts.",
])
def test_a_capitalized_season_inside_a_sentence_is_a_name(text: str) -> None:
    assert _values(text, "en", "2013-03-21") == []


def test_a_season_at_the_start_of_a_sentence_is_still_a_season() -> None:
    assert ("Summer", "2012-SU") in _values("Summer was hot and dry.", "en", "2013-03-21")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The parcel came the day before last Tuesday, she said.", "the day before last Tuesday", "2000-02-21"),
    ("He flew home the day after Friday's vote.", "the day after Friday", "2000-02-19"),
    ("Profit for the latest fiscal year fell.", "the latest fiscal year", "1999"),
])
def test_days_next_to_a_weekday_and_the_latest_fiscal_year(text: str, span: str, value: str) -> None:
    assert (span, value) in _values(text, "en", "2000-02-24")


def test_year_ago_quarter_without_a_quarter_named() -> None:
    # the last quarter ended at publication, a year back
    assert _values("The firm lost money in the year-ago quarter.", "en", "1989-10-26") == [
        ("the year-ago quarter", "1988-Q3")]
    # a quarter named before decides
    vals = _values("Second-quarter profit fell from the year-ago quarter.", "en", "1989-10-26")
    assert ("the year-ago quarter", "1988-Q2") in vals


def test_year_before_fiscal_year() -> None:
    assert _values("Net income for the 1990 fiscal year rose.", "en", "1989-10-26") == [
        ("the 1990 fiscal year", "1990")]


def test_the_quarter_refers_to_the_quarter_named_before() -> None:
    text = "The chip maker earned $5 million in the fiscal first quarter. Sales in the quarter rose 8%."
    assert ("the quarter", "1989-Q1") in _values(text, "en", "1989-10-26")
    # with none named, the last quarter ended at publication
    assert _values("Sales in the quarter rose 8%.", "en", "1989-10-26") == [("the quarter", "1989-Q3")]
