"""Tense cues beyond past and future: deadlines ("until", "by", "bis") that a past perfect puts
behind, the present of "be" that leaves the default, scheduled verbs in the present, and a
possessive weekday that names a reported event."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.text.segment import sentences


def _values(text: str, lang: str, dct: str) -> list[tuple[str, str | None]]:
    starts = [s.start for s in sentences(text, lang)]
    res = tag_text(text, lang, dct, sentence_starts=starts)
    return [(t.span.text, t.value) for t in res.timexes]


@pytest.mark.parametrize(("text", "value"), [
    ("The ticket office stays open until Friday.", "2024-03-15"),
    ("The firm must repay the loan by Monday.", "2024-03-18"),
    ("Negotiators agreed to wait until Tuesday before voting.", "2024-03-19"),
])
def test_a_deadline_alone_is_ahead(text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, "en", "2024-03-13")]


@pytest.mark.parametrize(("text", "value"), [
    # the perfect in the same clause
    ("Nine of the twelve clubs had paid their fees by Monday.", "2024-03-11"),
    # ... or in the next clause of the sentence
    ("Until Tuesday, the police had not released the driver's name.", "2024-03-12"),
])
def test_a_past_perfect_puts_the_deadline_behind(text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, "en", "2024-03-13")]


def test_a_perfect_is_still_a_past_cue() -> None:
    # without a deadline "had" decides like any past verb
    assert ("Friday", "2024-03-08") in _values("The mayor had resigned on Friday.", "en", "2024-03-13")


@pytest.mark.parametrize("text", [
    "The new speed limit takes effect Monday.",
    "The ceasefire expires Monday.",
    "The festival kicks off Monday.",
    "The two ministers meet Monday in Vienna.",
])
def test_scheduled_present_points_ahead(text: str) -> None:
    assert ("Monday", "2024-03-18") in _values(text, "en", "2024-03-13")


def test_present_clause_after_a_reporting_verb_keeps_the_nearest_month() -> None:
    # "said" is the reporting verb; the date belongs to the present-tense clause
    text = "The bank said it is redeeming the notes on Dec. 9 at par."
    assert ("Dec. 9", "2011-12-09") in _values(text, "en", "2011-10-28")
    # with the past in the date's own clause the year goes back
    text = "The bank said it redeemed the notes on Dec. 9 at par."
    assert ("Dec. 9", "2010-12-09") in _values(text, "en", "2011-10-28")


def test_a_forecast_points_ahead() -> None:
    assert ("Saturday", "2024-03-16") in _values("Snow is forecast for Saturday.", "en", "2024-03-13")


@pytest.mark.parametrize(("text", "value"), [
    ("The gallery was open until Sunday.", "2024-03-10"),
    ("The road is closed until Sunday.", "2024-03-17"),
    # moving a deadline points ahead whatever the tense
    ("The hearing was adjourned until Monday.", "2024-03-18"),
])
def test_deadline_with_the_past_of_be_or_a_postponement(text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, "en", "2024-03-13")]


@pytest.mark.parametrize(("text", "value"), [
    ("Der Pass bleibt bis Montag gesperrt.", "2014-03-17"),
    ("Anträge sind noch bis Freitag möglich.", "2014-03-14"),
    ("Bis Dienstag hatten sich 40 Vereine gemeldet.", "2014-03-11"),
    ("Bis Montag hat die Polizei 30 Hinweise erhalten.", "2014-03-10"),
    ("Das Museum war bis Sonntag geschlossen.", "2014-03-09"),
])
def test_german_deadlines(text: str, value: str) -> None:
    assert value in [v for _, v in _values(text, "de", "2014-03-13")]


def test_the_until_of_a_range_is_no_deadline() -> None:
    vals = _values("The road was closed from Monday until Friday.", "en", "2024-03-13")
    assert vals == [("Monday", "2024-03-04"), ("Friday", "2024-03-08")]
    vals = _values("Die Straße wurde von Montag bis Freitag gesperrt.", "de", "2025-06-05")
    assert ("Freitag", "2025-05-30") in vals


def test_possessive_weekday_names_a_reported_event() -> None:
    # the future of "would" is not the ruling's: the ruling came on the past Wednesday
    text = "Lawyers said they would try to overturn Wednesday's verdict."
    assert ("Wednesday", "2000-01-05") in _values(text, "en", "2000-01-07")
    # ... but a possessive after "ahead of" follows the tense as usual
    text = "Both parties will hold rallies ahead of Sunday's vote."
    assert ("Sunday", "2000-01-09") in _values(text, "en", "2000-01-07")


def test_a_negated_meet_is_no_schedule() -> None:
    assert ("Monday", "2024-03-11") in _values("The two ministers did not meet Monday.", "en", "2024-03-13")
