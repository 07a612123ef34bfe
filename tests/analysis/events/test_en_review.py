"""English review on wire news (sentences written for these tests): a wire dateline names a
place, not a party; "declined to comment" rejects nothing; "supplies", "demand" and
"appeals court" are nouns; publishing tapes frees nobody."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def _events(text: str):
    an = analyze(Article.create(text, date="1998-03-06", lang="en"))
    names = {e.id: e.name for e in an.entities}
    return [(v.type, v.trigger.text if v.trigger else None, [names.get(a, a) for a in v.actors],
             [names.get(r, r) for r in v.recipients]) for v in an.events]


def test_dateline_place_is_no_actor():
    got = _events("NAIROBI, Kenya (AP) _ Gunmen killed four villagers in a raid on Thursday.")
    assert not any("Kenya" in g[2] or "Kenya" in g[3] for g in got)


def test_dateline_with_dash_only():
    got = _events("TOKYO -- Armed men attacked a bank on Tuesday, the police said.")
    assert not any("Japan" in g[2] for g in got)


def test_attack_without_dateline_keeps_its_actor():
    got = _events("Kenya attacked Somalia on Thursday.")
    assert any(g[0] == "ASSAULT" and g[2] == ["Kenya"] for g in got)


@pytest.mark.parametrize("text", [
    "The minister declined to comment on the report.",
    "A spokesman for the army declined to say where the troops were.",
])
def test_declining_to_comment_is_no_rejection(text):
    assert [g for g in _events(text) if g[0] == "REJECT"] == []


def test_declining_an_offer_is_still_a_rejection():
    got = _events("Germany declined the offer from France on Monday.")
    assert any(g[0] == "REJECT" for g in got)


@pytest.mark.parametrize("text", [
    "The blockade cut Syria off from fuel supplies last month.",
    "Prices rose because of strong demand for steel in China.",
    "A federal appeals court in Boston heard the case on Monday.",
])
def test_nouns_are_no_triggers(text):
    got = _events(text)
    assert [g for g in got if g[0] in ("AID", "REQUEST")] == []


def test_releasing_tapes_frees_nobody():
    got = _events("The agency released tapes of the radio traffic on Friday.")
    assert [g for g in got if g[0] == "RETREAT"] == []


def test_releasing_prisoners_is_still_an_event():
    got = _events("Iran released ten prisoners on Friday.")
    assert any(g[0] == "RETREAT" for g in got)
