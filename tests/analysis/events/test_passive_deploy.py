"""Agentless passives of sending troops ("North Korean soldiers had been sent to Russia"): the
troops' state sends them, the destination's state receives them; a past-perfect clause keeps
no narrative or report date (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

from chronik.model import Article
from chronik.pipeline import analyze


def _aid(text: str, lang: str = "en", day: str = "2024-11-06"):
    a = analyze(Article(id="t", text=text, lang=lang, date=day))
    names = {e.id: e for e in a.entities}
    return [(e, [names[x] for x in e.actors], [names[x] for x in e.recipients])
            for e in a.events if e.type == "AID"]


def test_nationality_of_shipped_troops_is_the_sender():
    got = _aid("The spy agency said that several thousand North Korean troops had been sent to Russia.")
    assert len(got) == 1
    ev, actors, recips = got[0]
    assert [x.country for x in actors] == ["PRK"] and [x.country for x in recips] == ["RUS"]
    assert "actor:troops-nationality" in ev.cues


def test_destination_named_by_an_adjective_is_the_recipient():
    got = _aid("Officials believe 900 North Korean special forces had been shipped to the Russian "
               "Far East.")
    assert [(tuple(x.country for x in a), tuple(x.country for x in r)) for _e, a, r in got] \
        == [(("PRK",), ("RUS",))]


def test_past_perfect_takes_no_narrative_date():
    got = _aid("On Monday the minister arrived in Moscow. Earlier, 800 North Korean soldiers "
               "had been sent to Russia.")
    assert len(got) == 1 and got[0][0].date.value is None
    assert "date:anterior-tense" in got[0][0].cues


def test_past_perfect_keeps_its_own_time_expression():
    got = _aid("North Korean troops had been sent to Russia in October 2024, the report said.",
               day="2025-01-10")
    assert len(got) == 1 and got[0][0].date.value == "2024-10"


def test_no_sender_without_troops_or_nationality():
    assert _aid("Two North Korean diplomats were sent to Russia.") == []
    assert _aid("Soldiers were sent to Russia last month.") == []


def test_german_past_perfect_passive():
    got = _aid("Am Dienstag traf der Minister in Moskau ein. Zuvor waren nordkoreanische Soldaten "
               "nach Russland geschickt worden.", lang="de")
    assert len(got) == 1
    ev, actors, recips = got[0]
    assert [x.country for x in actors] == ["PRK"] and [x.country for x in recips] == ["RUS"]
    assert ev.date.value is None


def test_fusion_joins_an_undated_past_perfect_report_within_a_news_week():
    from chronik.fusion.match import Mention, compatible
    from chronik.timeline.dates import period

    def m(i, value, day, anterior=False):
        return Mention(i, f"a{i}", "v1", "AID", frozenset({1}), frozenset({2}),
                       period(value) if value else None, date.fromisoformat(day), False,
                       anterior=anterior)

    first = m(1, "2024-10-18", "2024-10-18")
    # "troops had been shipped", six days later, no date of its own: the same shipment
    assert compatible(first, m(2, None, "2024-10-24", anterior=True))
    # an undated report in the simple past six days later may be a new happening
    assert not compatible(first, m(5, None, "2024-10-24"))
    assert compatible(first, m(6, None, "2024-10-20"))  # two days later: the same news
    assert not compatible(first, m(3, None, "2024-11-05", anterior=True))  # weeks later
    assert not compatible(first, m(4, None, "2024-10-10", anterior=True))  # before it happened
