"""Pairwise fusion rules on hand-made mentions."""

from __future__ import annotations

from datetime import date

import pytest

from chronik.fusion.match import Mention, compatible, compatible_types, publication_days
from chronik.timeline.dates import period


def mention(eid=1, *, type="CONSULT", actors=(1,), recipients=(2,), value="2024-06-19",
            day="2024-06-20", art="a", negated=False) -> Mention:
    return Mention(eid, art, f"v{eid}", type, frozenset(actors), frozenset(recipients),
                   period(value), date.fromisoformat(day) if day else None, negated)


@pytest.mark.parametrize("a,b,ok", [
    ("2024-06", "2024-06-19", True),
    ("2024-06-19", "2024-06-19", True),
    ("2024-06-19", "2024-06-21", False),
    ("2024", "2024-06-19", True),
    ("2024-05", "2024-06-19", False),
    ("2024-W25", "2024-06-19", True),
    ("2024-Q2", "2024-06", True),
    ("2023-06", "2024-06", False),
])
def test_match_dates_across_granularities(a, b, ok):
    assert compatible(mention(1, value=a, art="x"), mention(2, value=b, art="y")) is ok


def test_match_symmetric_type_may_swap_roles():
    a = mention(1, actors=(1,), recipients=(2,))
    b = mention(2, actors=(2,), recipients=(1,), art="b")
    assert compatible(a, b)


def test_match_directed_type_keeps_roles():
    a = mention(1, type="ACCUSE", actors=(1,), recipients=(2,))
    b = mention(2, type="ACCUSE", actors=(2,), recipients=(1,), art="b")
    assert not compatible(a, b)


def test_match_other_counterpart_is_another_event():
    # Putin meets Kim vs Putin meets Lukashenko the same day
    assert not compatible(mention(1, recipients=(2,)), mention(2, recipients=(3,), art="b"))


def test_match_missing_recipient_is_compatible():
    assert compatible(mention(1, recipients=(2,)), mention(2, recipients=(), art="b"))


def test_match_compatible_types_for_one_happening():
    assert "AGREE" in compatible_types("SUPPORT")
    assert compatible(mention(1, type="SUPPORT"), mention(2, type="AGREE", art="b"))
    assert not compatible(mention(1, type="CONSULT"), mention(2, type="ASSAULT", art="b"))


@pytest.mark.parametrize("day_a,day_b,ok", [
    ("2024-06-20", "2024-06-21", True),
    ("2024-06-20", "2024-07-20", False),
])
def test_match_undated_needs_close_articles(day_a, day_b, ok):
    a = mention(1, value=None, day=day_a)
    b = mention(2, value=None, day=day_b, art="b")
    assert compatible(a, b) is ok


def test_match_undated_needs_strong_participant_match():
    a = mention(1, value=None, recipients=(2,))
    assert compatible(a, mention(2, value=None, recipients=(), art="b"))  # one adds a party
    assert not compatible(a, mention(3, value=None, recipients=(3,), art="c"))  # another one
    assert not compatible(a, mention(4, value=None, type="AGREE", art="d"))  # another type


def test_match_undated_and_dated_close_in_time():
    dated = mention(1, value="2024-06-19", day="2024-06-20")
    assert compatible(dated, mention(2, value=None, day="2024-06-20", art="b"))
    assert not compatible(dated, mention(3, value=None, day="2024-08-01", art="c"))


def test_match_one_sentence_coded_twice_links_types():
    from dataclasses import replace

    a = replace(mention(1, type="CONSULT"), evidence=(0, 40))
    b = replace(mention(2, type="SUPPORT"), evidence=(0, 40))
    assert compatible(a, b)
    assert not compatible(a, replace(b, evidence=(41, 80)))


def test_match_conflicts():
    from chronik.fusion.match import conflict

    assert conflict(mention(1, value="2024-06-19"), mention(2, value="2024-06-21", art="b"))
    assert conflict(mention(1, recipients=(2,)), mention(2, recipients=(3,), art="b"))
    assert not conflict(mention(1, value="2024-06"), mention(2, type="AGREE", art="b"))


def test_match_denial_is_not_the_event():
    assert not compatible(mention(1), mention(2, negated=True, art="b"))


def test_match_states_link_people_of_the_same_states():
    from dataclasses import replace

    people = replace(mention(1, actors=(1,), recipients=(2,)), sides=((1, "RUS"), (2, "PRK")))
    states = replace(mention(2, actors=(3,), recipients=(4,), art="b"),
                     sides=((3, "RUS"), (4, "PRK")), states=frozenset((3, 4)))
    assert compatible(people, states)
    assert not compatible(people, replace(states, period=period("2024-06-20")))
    others = replace(mention(3, actors=(5,), recipients=(6,), art="c"), sides=((5, "RUS"), (6, "PRK")))
    assert not compatible(people, others)  # different people, no state named: not linked
    mixed = replace(mention(4, actors=(1,), recipients=(4,), art="d"),
                    sides=((1, "RUS"), (4, "PRK")), states=frozenset((4,)))
    assert compatible(people, mixed)  # Putin met Kim / Putin visited North Korea


def test_match_vague_date_cannot_report_a_later_happening():
    vague = mention(1, value="2023", day="2023-07-28")
    assert not compatible(vague, mention(2, value="2023-10-18", day="2023-10-19", art="b"))
    assert compatible(vague, mention(3, value="2023-07-26", day="2023-07-27", art="c"))


def test_match_undated_report_inside_a_coarse_period():
    # "the parliament approved it in March" (an article of May) and an undated report of 12
    # March: compatible; the same undated report and "in February" are not
    month = mention(1, value="2024-03", day="2024-05-02")
    assert compatible(month, mention(2, value=None, day="2024-03-12", art="b"))
    assert not compatible(mention(3, value="2024-02", day="2024-05-02", art="c"),
                          mention(4, value=None, day="2024-03-12", art="d"))
    early = mention(5, value="2024-03", day="2024-03-05", art="e")  # written before the 12th
    assert not compatible(early, mention(6, value=None, day="2024-03-12", art="f"))


def test_match_undated_report_after_a_day_written_much_later():
    # "Kim met Shoigu on 4 June" in a recap written weeks later (or dated only to the month)
    # and an undated report of 5 June: the same meeting; an undated report of 20 June is not
    recap = mention(1, value="2024-06-04", day="2024-06-28")
    assert compatible(recap, mention(2, value=None, day="2024-06-05", art="b"))
    assert not compatible(recap, mention(3, value=None, day="2024-06-20", art="c"))
    month_dated = mention(4, value="2024-06-04", day="2024-06-01", art="d")  # article of "2024-06"
    assert compatible(month_dated, mention(5, value=None, day="2024-06-05", art="e"))


def _month_dated(eid, *, value=None, art="m") -> Mention:
    """A report from an article dated only "2024-06": it may have appeared on any day of June."""
    first, last = publication_days("2024-06", None)
    return Mention(eid, art, f"v{eid}", "CONSULT", frozenset((1,)), frozenset((2,)),
                   period(value), first, False, day_last=last)


def test_publication_days_of_coarse_dates():
    assert publication_days("2024-06", None) == (date(2024, 6, 1), date(2024, 6, 30))
    assert publication_days("2024-06", "2024-06-05") == (date(2024, 6, 5), date(2024, 6, 5))
    assert publication_days("2024-06-05", None) == (date(2024, 6, 5), date(2024, 6, 5))
    assert publication_days("2024", None) == (None, None)  # too coarse to place a report
    assert publication_days(None, None) == (None, None)


def test_month_dated_article_is_not_pinned_to_the_first_of_the_month():
    # undated reports: a month-dated article may have appeared on the 20th as well as the 1st
    assert compatible(_month_dated(1), mention(2, value=None, day="2024-06-20", art="b"))
    assert not compatible(_month_dated(3), mention(4, value=None, day="2024-07-20", art="c"))
    # a dated report of the 19th and an undated one from a month-dated article
    assert compatible(mention(5, value="2024-06-19", day="2024-06-19", art="d"), _month_dated(6))
    # the month-dated article's "in June" may hold a day late in June
    assert compatible(_month_dated(7, value="2024-06"), mention(8, value="2024-06-25", art="e"))


def test_year_dated_article_places_no_undated_report():
    first, last = publication_days("2024", None)
    m = Mention(1, "y", "v1", "CONSULT", frozenset((1,)), frozenset((2,)), None, first, False,
                day_last=last)
    assert not m.fusable
    assert not compatible(m, mention(2, value=None, day="2024-06-20", art="b"))


def test_a_weekend_value_covers_the_weekend_just_before_its_week():
    # "am Wochenende" told in the past on Monday 2023-03-20 is tagged 2023-W12-WE (KRAUTS)
    weekend = mention(1, value="2023-W12-WE", day="2023-03-20")
    assert compatible(weekend, mention(2, value="2023-03-19", day="2023-03-20", art="b"))
    # told ahead on a Wednesday, the same value is the weekend that ends the week
    p = period("2023-W12-WE")
    assert (p.start, p.end) == (date(2023, 3, 18), date(2023, 3, 26))
    assert not compatible(weekend, mention(4, value="2023-03-15", day="2023-03-16", art="d"))
