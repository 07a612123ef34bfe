"""German recall, round 3 (sentences written for these tests): the target of a threatened
attack, the offering party of refused help, the state where a criticised thing is, name-calling
as an accusation, a body's report as the subject, and hyphenated compounds in the sports test."""

from __future__ import annotations

from chronik.analysis.events import find_events
from chronik.analysis.events.extract import _sport_re

from .helpers import make

ENTS = {
    "al-Qaeda": ("ORG", None, ["Al-Kaida"]),
    "France": ("GPE", "FRA", ["Frankreich", "Frankreichs"]),
    "Germany": ("GPE", "DEU", ["Deutschland"]),
    "Georgia": ("GPE", "GEO", ["Georgien"]),
    "China": ("GPE", "CHN", ["China"]),
    "OSCE": ("ORG", None, ["OSZE"]),
    "Yulia Tymoshenko": ("PER", "UKR", ["Timoschenko"]),
    "Vladimir Putin": ("PER", "RUS", ["Putin"]),
    "Central Council": ("ORG", "DEU", ["Zentralrat"]),
}


def _events(text: str):
    an = find_events(make(text, "de", entities=ENTS))
    return [(v.type, sorted(an.entity(a).name for a in v.actors),
             sorted(an.entity(r).name for r in v.recipients)) for v in an.events]


def test_threatened_attacks_name_their_target():
    got = _events("Al-Kaida hat in einer Botschaft neue Anschläge auf Frankreich angedroht.")
    assert ("THREATEN", ["al-Qaeda"], ["France"]) in got
    got = _events("Al-Kaida drohte mit weiteren Angriffen auf Frankreich.")
    assert ("THREATEN", ["al-Qaeda"], ["France"]) in got


def test_refused_help_names_the_giver():
    got = _events("Frankreich verweigerte die Annahme von Hilfsgütern aus Deutschland.")
    assert ("REJECT", ["France"], ["Germany"]) in got


def test_criticised_thing_in_a_state():
    got = _events("Die OSZE kritisiert den Ablauf der Parlamentswahl in Georgien.")
    assert ("ACCUSE", ["OSCE"], ["Georgia"]) in got
    got = _events("Die OSZE hat die Lage der Gefangenen in China scharf kritisiert.")
    assert ("ACCUSE", ["OSCE"], ["China"]) in got


def test_place_in_the_subject_is_no_recipient():
    got = _events("Der Zentralrat in Deutschland kritisiert die Zustände in den Lagern.")
    assert all(g[2] != ["Germany"] for g in got if g[0] == "ACCUSE")


def test_name_calling_is_an_accusation():
    got = _events("Timoschenko bezeichnete Putin am Abend als Diktator.")
    assert ("ACCUSE", ["Yulia Tymoshenko"], ["Vladimir Putin"]) in got


def test_plain_description_is_no_accusation():
    got = _events("Timoschenko bezeichnete Putin als erfahrenen Verhandlungspartner.")
    assert not any(g[0] == "ACCUSE" for g in got)


def test_report_of_a_body_speaks_for_it():
    got = _events("Ein Bericht der OSZE kritisiert den Ablauf der Wahl in Georgien.")
    assert ("ACCUSE", ["OSCE"], ["Georgia"]) in got


def test_hyphenated_compound_counts_once_for_sport():
    rx = _sport_re("de")
    assert rx is not None
    found = {m.group(0) for m in rx.finditer("die fußball-weltmeisterschaft im land")}
    assert len(found) == 1


GROUP_ENTS = {
    "Lagos": ("LOC", "NGA", ["Lagos"]),
    "Nairobi": ("LOC", "KEN", ["Nairobi"]),
}


def _group_events(text: str):
    an = find_events(make(text, "de", entities=GROUP_ENTS))
    return [(v.type, [an.entity(a).name for a in v.actors]) for v in an.events]


def test_group_keeps_the_country_given_before():
    got = _group_events("Die Polizei von Lagos hat am Morgen ein Gefängnis gestürmt. "
                        "Danach durchsuchten Polizisten die Häuser nach Waffen.")
    assert ("COERCE", ["police (NGA)"]) in got


def test_group_with_two_countries_stays_unplaced():
    got = _group_events("Die Polizei von Lagos hat ein Viertel gestürmt. Die Polizei in Nairobi "
                        "stürmte ein Gefängnis. Danach durchsuchten Polizisten die Häuser.")
    assert ("COERCE", ["police"]) in got
