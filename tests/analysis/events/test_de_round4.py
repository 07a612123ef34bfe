"""German events, session 4 (sentences written for these tests): a name after a noun of its
kind is that noun's genitive too ("der Gewerkschaft Verdi", compounds by their head:
"der Terrormiliz X"); warning strikes; rockets fired at a place; a target place of no named
state is where it happened."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Verdi": ("ORG", "DEU", ["Verdi"]),
    "Hamas": ("ORG", "PSE", ["Hamas"]),
    "Ashkelon": ("LOC", "ISR", ["Aschkelon"]),
}
TX = {"Montag": "2025-02-10"}


def _events(text: str):
    an = find_events(make(text, "de", entities=ENTS, timexes=TX))
    return [(v.type, [an.entity(a).name for a in v.actors],
             an.entity(v.location).name if v.location else None, v.date.value) for v in an.events]


def test_name_after_a_noun_of_its_kind_is_the_genitive():
    got = _events("Die Warnstreiks der Gewerkschaft Verdi legten am Montag die Flughäfen lahm.")
    assert ("PROTEST", ["Verdi"], None, "2025-02-10") in got


def test_rockets_fired_at_a_place_locate_the_attack():
    got = _events("Die Terrormiliz Hamas feuerte Raketen auf Aschkelon.")
    assert ("ASSAULT", ["Hamas"], "Ashkelon", None) in got


def test_firing_needs_weapons():
    assert _events("Der Trainer feuerte am Montag seine Mannschaft an.") == []


def test_name_with_a_lower_case_article_is_no_adjective():
    ents = dict(ENTS, **{"al-Shabaab": ("ORG", "SOM", ["al-Shabaab"]),
                         "Kenya": ("GPE", "KEN", ["Kenias"])})
    an = find_events(make("Die al-Shabaab ist am Montag von Kenias Regierung beschuldigt worden.", "de",
                          entities=ents, timexes=TX))
    acc = [v for v in an.events if v.type == "ACCUSE"]
    assert acc and [an.entity(r).name for r in acc[0].recipients] == ["al-Shabaab"]
