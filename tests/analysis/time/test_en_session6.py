"""English tagging checked on text the rules were not tuned on: compounds that are no timex
("the night-time curfew", a newspaper called a weekly, numbers that name a resolution or a room),
ages of things against ages of people, wire-service clock times with a zone, "a fortnight",
bare plurals before "later"/"ago", and the tense of plans and fixtures told in the present."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.text.segment import sentences

DCT = "2013-03-13"  # a Wednesday


def _found(text: str, dct: str = DCT) -> list[tuple[str, str | None]]:
    starts = [s.start for s in sentences(text, "en")]
    return [(t.span.text, t.value) for t in tag_text(text, "en", dct, sentence_starts=starts).timexes]


@pytest.mark.parametrize("text", [
    "The army will lift the night-time curfew in the capital.",
    "The clinic handed out the morning-after pill.",
    "A Saudi-owned weekly reported the threat.",
    "The group will strike again, the weekly said.",
    "The council backed Resolution 1973 to shield civilians.",
    "The envoys met in Room 2012 of the hotel.",
    "Police seized 1800 rounds of ammunition.",
    "She was named Person of the Year by the magazine.",
    "He told CBS's 60 Minutes about the deal.",
    "She came home with her 6-month-old son.",
    "A 44-year-old man was arrested.",
    "She wrote for The Sunday Times.",
    "The claim first appeared in the Mail on Sunday.",
    "The Six-Day War reshaped the region.",
    "The index rose from 1200 to 1350.",
    "Floods cut roads in 1500 villages.",
    "The vote will decide the future of the coalition.",
    "The car was travelling at 70 miles an hour.",
    "Gusts reached 100 km per hour.",
    "The pilot sent a mayday call.",
])
def test_no_timex(text: str) -> None:
    assert _found(text) == []


def test_a_decades_long_dispute_is_one_vague_duration() -> None:
    assert _found("Seoul refused to end a decades-long alliance.") == [("decades-long", "PXY")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Rebels broke the 28-month-old ceasefire.", "28-month-old", "P28M"),
    ("They accused the army of breaking a month-old truce.", "month-old", "P1M"),
    ("Troops lifted a day-old blockade.", "day-old", "P1D"),
])
def test_age_of_a_thing_is_a_duration(text: str, span: str, value: str) -> None:
    assert _found(text) == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Troops opened fire at 0800 GMT on Saturday.", "0800 GMT on Saturday", "2013-03-09T08:00"),
    ("The bank will announce its decision at 1330 GMT.", "1330 GMT", "2013-03-13T13:30"),
    ("Polls close at 2000 local time.", "2000 local time", "2013-03-13T20:00"),
])
def test_four_digit_clock_times_with_a_zone(text: str, span: str, value: str) -> None:
    assert _found(text) == [(span, value)]


def test_a_zone_time_in_brackets_restates_the_local_time() -> None:
    assert _found("The blast came at 8:30 am (1230 GMT) near the market.") == [
        ("8:30 am", "2013-03-13T08:30")]


def test_four_digits_without_a_zone_stay_a_year() -> None:
    assert ("1830", "1830") in _found("The town was founded in 1830.")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The talks collapsed a fortnight ago.", "a fortnight ago", "2013-W09"),
    ("Prices fell over the past fortnight.", "the past fortnight", "P2W"),
    ("Talks will resume in a fortnight.", "a fortnight", "P2W"),
    ("The council meets fortnightly.", "fortnightly", "P2W"),
    ("Hours later, the minister resigned.", "Hours", "PTXH"),
    ("The fire was out; weeks later the town was rebuilt.", "weeks", "PXW"),
    ("The treaty was signed decades ago.", "decades ago", "PXY"),
])
def test_vague_and_british_stretches(text: str, span: str, value: str) -> None:
    assert _found(text) == [(span, value)]


@pytest.mark.parametrize(("text", "value"), [
    ("The talks, which resume on Monday, are expected to be hard.", "2013-03-18"),
    ("Voters head to the polls on Sunday.", "2013-03-17"),
    ("A funeral is planned for Saturday.", "2013-03-16"),
    ("The team plays Chelsea on Saturday.", "2013-03-16"),
    ("The bill goes to the Senate on Tuesday.", "2013-03-19"),
    ("The strike lasted until Tuesday.", "2013-03-12"),
    ("The ban will remain in place until Friday.", "2013-03-15"),
    ("The company said on Monday that it would cut 500 jobs.", "2013-03-11"),
    ("The envoy arrived on Tuesday and leaves on Thursday.", "2013-03-14"),
    ("Workers returned to resume work on Monday.", "2013-03-11"),
    ("He said the state will not be rushed, in an interview late on Friday.", "2013-03-08"),
])
def test_weekday_direction_from_the_tense(text: str, value: str) -> None:
    assert [v for _, v in _found(text)][-1] == value


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The Hundred Years War ended in 1453.", "1453", "1453"),
    ("Inflation should peak by end-June.", "end-June", "2013-06"),
    ("The debt should fall by end-2014.", "end-2014", "2014"),
    ("The company's FY2013 results beat forecasts.", "FY2013", "2013"),
    ("The tax will be cut in stages over the next decade.", "the next decade", "P10Y"),
])
def test_wire_and_business_shorthand(text: str, span: str, value: str) -> None:
    assert _found(text) == [(span, value)]


def test_a_week_of_fighting_is_a_stretch_not_a_rate() -> None:
    assert _found("The truce ends a week of fighting.") == [("a week", "P1W")]
    assert _found("There are four flights a week.") == [("a week", "P1W")]
    res = tag_text("The truce ends a week of fighting.", "en", DCT)
    assert [t.type for t in res.timexes] == ["DURATION"]


def test_midnight_and_noon_with_a_month_day_are_one_time() -> None:
    assert _found("The offer expires at midnight on March 31.") == [
        ("midnight on March 31", "2013-03-31T24:00")]
    assert _found("Bids close at noon on June 5.") == [("noon on June 5", "2013-06-05T12:00")]


def test_word_alternation_is_a_trie_that_prefers_longer_words() -> None:
    """The cue and name tables compile to a prefix-factored regex; it must match what the flat
    longest-first alternation matched."""
    import re

    from chronik.analysis.time.patterns import _alternation

    words = ["had", "hadn't", "has been", "have been", "said", "says", "a.m", "p.m"]
    rx = re.compile(_alternation(words, False), re.IGNORECASE)
    for w in words:
        assert rx.fullmatch(w)
    assert rx.match("hadn't gone").group() == "hadn't"
    assert rx.match("has   been told").group() == "has   been"
    assert rx.match("Said").group() == "Said"
    assert rx.match("a-m") is None  # the dot is a dot
    exact = re.compile(_alternation(["May", "March"], True), re.IGNORECASE)
    assert exact.fullmatch("May") and not exact.fullmatch("may")
    assert re.compile(_alternation([], False)).fullmatch("")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The index is updated each morning.", "each morning", "XXXX-XX-XXTMO"),
    ("At present, no one has claimed the attack.", "present", "PRESENT_REF"),
    ("Gunfire rang out again; it is the second day of the offensive.", "the second day", DCT),
])
def test_sets_and_present_references(text: str, span: str, value: str) -> None:
    assert _found(text) == [(span, value)]


def test_the_week_before_counts_from_the_story_day() -> None:
    found = _found("Talks resumed on May 12, 2011. They had broken down the week before.", "2011-06-01")
    assert found[-1] == ("the week before", "2011-W18")
    assert _found("Prices rose the month before the vote.") == []
    assert _found("They met on the second day of the talks here on Thursday.")[-1] == (
        "Thursday", "2013-03-07")


@pytest.mark.parametrize(("text", "value"), [
    ("The plant will open in the fourth quarter.", "2013-Q4"),
    ("Profit fell in the third quarter.", "2012-Q3"),
    ("The firm will report fourth-quarter results next week.", "2012-Q4"),
])
def test_a_planned_quarter_not_over_is_this_years(text: str, value: str) -> None:
    assert [v for _, v in _found(text)][0] == value


def test_a_just_ended_quarter_stays_behind_even_with_a_future_cue() -> None:
    assert _found("The firm expects to post a loss in the third quarter.", "1989-10-27")[0][1] == "1989-Q3"
