"""English normalization cases (TimeML conventions) beyond the per-rule examples in
resources/en/time.yaml: tense cues, ranges, quarterly-report context, anaphora, rates."""

from __future__ import annotations

from chronik.analysis.time import tag_text
from chronik.analysis.time.normalize import side_slots


def timexes(text: str, dct: str) -> list[tuple[str, str | None, str]]:
    return [(t.span.text, t.value, t.type) for t in tag_text(text, "en", dct).timexes]


def values(text: str, dct: str) -> list[str | None]:
    return [v for _, v, _ in timexes(text, dct)]


def test_irregular_past_verb_is_a_past_cue() -> None:
    # October: February is eight months back or four ahead; "sought" says back
    assert values("In February, the museum sought a new director.", "1989-10-27") == ["1989-02"]


def test_un_adjective_is_no_past_cue() -> None:
    # "unspecified" only looks like a past verb; a dividend is paid ahead
    assert values("It will be paid on an unspecified date in January.", "1989-10-26") == ["1990-01"]


def test_present_passive_is_no_past_cue() -> None:
    assert values("Nobody knows whether the appeal is heard in April.", "2000-01-07") == ["2000-04"]


def test_range_right_side_borrows_month() -> None:
    assert values("The summit meets on April 24 and 25.", "1999-02-10") == ["1999-04-24", "1999-04-25"]
    assert side_slots({"l_month": 4, "l_day": 24, "r_day": 25}, "r", ()) == {"day": 25, "month": 4}
    # a right side with its own month keeps it
    assert side_slots({"l_month": 4, "l_day": 30, "r_month": 5, "r_day": 2}, "r", ()) == {"month": 5, "day": 2}


def test_year_ago_compares_with_a_reported_quarter_not_a_future_one() -> None:
    text = ("Weak demand will persist into the second quarter of 1991. "
            "Third-quarter earnings dropped to $4 million from $6 million a year ago.")
    assert values(text, "1989-10-26")[-1] == "1988-Q3"
    text = "Weak demand will persist into the second quarter of 1991. The firm made $2 million in the year-ago period."
    assert values(text, "1989-10-26")[-1] == "1988"


def test_year_earlier_after_a_nine_month_period_is_a_year() -> None:
    text = ("Third-quarter revenue climbed 8%. Over the first nine months, revenue reached $40 million, "
            "against $35 million a year earlier.")
    assert values(text, "1989-10-26") == ["1989-Q3", "P9M", "1988"]


def test_rate_is_a_set() -> None:
    got = timexes("The lease costs the city $400,000 a year in rent.", "1989-10-27")
    assert got == [("a year", "P1Y", "SET")]
    assert timexes("It took a year to build.", "1989-10-27") == [("a year", "P1Y", "DURATION")]


def test_decades_in_words_and_ages() -> None:
    assert values("Crime fell through the nineties.", "1998-02-27") == ["199"]
    assert values("He moved there in his 30s and she in her forties.", "1998-02-27") == []


def test_title_with_capitalised_unit_is_not_a_date() -> None:
    assert values('He said on the programme "This Week" that talks went on this week.', "1998-02-13") == ["1998-W07"]


def test_anaphoric_weekday_counts_from_the_story_day() -> None:
    text = "Attendance on Saturday, May 12, 2001, was lower than on the previous Saturday."
    assert values(text, "2001-05-14") == ["2001-05-12", "2001-05-05"]


def test_week_of_a_date() -> None:
    assert values("A hearing was set for the week of March 6.", "2000-02-24") == ["2000-W10"]


def test_day_before_an_event_is_not_anaphoric() -> None:
    text = "He was seen on Nov. 3, 1998, the day before police issued a warrant."
    assert values(text, "1999-05-07") == ["1998-11-03"]
    text = "He arrived on Nov. 3, 1998. His wife had come the day before."
    assert values(text, "1999-05-07") == ["1998-11-03", "1998-11-02"]


def test_noon_alone_and_high_noon() -> None:
    assert values("The judge will see him at noon.", "1999-10-08") == ["1999-10-08T12:00"]
    assert values("The poster showed a scene from High Noon.", "1999-10-08") == []


def test_present_and_future_references() -> None:
    assert values("Iraq has one outlet now that the embargo holds.", "1990-08-15") == ["PRESENT_REF"]
    assert values("Given current market conditions, it waits.", "1990-08-15") == ["PRESENT_REF"]
    assert values("It may sell the unit in the near future.", "1990-08-15") == ["FUTURE_REF"]
    assert values("The faith will one day be the largest.", "1998-03-03") == ["FUTURE_REF"]


def test_durations_with_fillers_and_long() -> None:
    assert values("The index lagged for eight trading days.", "1989-10-30") == ["P8D"]
    assert values("After a day-long meeting they left.", "2000-04-03") == ["P1D"]
    assert values("The decades-long feud goes on.", "2000-04-03") == ["PXY"]


def test_part_of_day_after_deictic_and_mid_afternoon() -> None:
    assert values("At mid-afternoon yesterday, shares were up.", "1989-11-02") == ["1989-11-01TAF"]
    assert values("The raid began on March 6, 1998. By mid afternoon it was over.",
                  "1998-03-07") == ["1998-03-06", "1998-03-06TAF"]


def test_expected_points_ahead() -> None:
    assert values("Rain is expected on Friday.", "2025-06-05") == ["2025-06-06"]


def test_reported_quarter_is_the_latest_ended_one() -> None:
    # an earlier quarter named in passing, and the current one (outlook), do not replace it
    text = ("Third-quarter net rose 20%. After a flat second quarter, sales grew; the fourth quarter "
            "looks weak. In the year-earlier period, net was $90 million.")
    assert values(text, "1989-11-01")[-1] == "1988-Q3"


def test_sentence_opening_now_is_a_discourse_marker() -> None:
    assert values("Now, he says, the plan looks weak. Prices are now higher.", "2014-07-25") == ["PRESENT_REF"]
