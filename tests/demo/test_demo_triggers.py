"""Lexicon and KB entries the demo chronology needs, checked on our own sentences (the
demo corpus reports weapons tests, captured soldiers, airport welcomes, troop shipments,
invitations and a vote of Russia's upper house)."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def events(text: str, lang: str, date: str = "2024-11-08") -> list[tuple[str, list[str], list[str]]]:
    a = analyze(Article.create(text, date=date, lang=lang))
    name = {e.id: e.name for e in a.entities}
    return [(v.type, [name[x] for x in v.actors], [name[x] for x in v.recipients]) for v in a.events]


@pytest.mark.parametrize("text,lang,expected", [
    ("North Korea tested a new long-range missile on Thursday.", "en",
     ("MOBILIZE", ["North Korea"], [])),
    ("Ukrainian troops have captured three Russian soldiers near the border.", "en",
     ("ASSAULT", ["Armed Forces of Ukraine"], ["Russia"])),
    ("Kim Jong-un greeted Vladimir Putin at the airport.", "en",
     ("CONSULT", ["Vladimir Putin"], ["Kim Jong-un"])),  # the visitor acts, the host receives
    ("North Korea shipped thousands of troops to Russia last month.", "en",
     ("AID", ["North Korea"], ["Russia"])),
    ("North Korea sent troops to fight for Russia.", "en",
     ("AID", ["North Korea"], ["Russia"])),  # "for X": the side the troops are sent to help
    ("Germany said it would stand firmly by Ukraine.", "en",
     ("SUPPORT", ["Germany"], ["Ukraine"])),
    ("North Korea launched a ballistic missile into the sea on Friday.", "en",
     ("MOBILIZE", ["North Korea"], [])),
    ("President Yoon Suk Yeol declared martial law in a late-night address.", "en",
     ("COERCE", ["Yoon Suk Yeol"], [])),
    ("North Korea staged a military parade in Pyongyang on Thursday.", "en",
     ("MOBILIZE", ["North Korea"], [])),
    ("Nordkorea hat eine große Militärparade abgehalten.", "de",
     ("MOBILIZE", ["North Korea"], [])),
    ("Die Ukraine hat drei russische Soldaten gefangen genommen.", "de",
     ("ASSAULT", ["Ukraine"], ["Russia"])),
    ("Ukrainische Einheiten nahmen am Dienstag zwei Russen gefangen.", "de",
     ("ASSAULT", ["Ukraine"], ["Russia"])),
])
def test_demo_trigger_codes_the_event(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("The minister tested positive for the virus on Monday.", "en"),
    ("Russian navy ships carried the cargo to Vladivostok.", "en"),  # "ships" is a noun
    ("The city held a parade for its football team.", "en"),
    ("The company launched a new phone and a rocket-shaped toy.", "en"),
    ("The parliament passed a new law on elections.", "en"),
    ("Russia stands to gain more from the deal than by waiting.", "en"),  # no partner: no pledge
    ("Russland hat die Vorschläge der Ukraine zur Kenntnis genommen.", "de"),
])
def test_demo_trigger_needs_its_sense(text, lang):
    assert events(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("Kim Jong-un invited Vladimir Putin to visit Pyongyang.", "en"),
    ("Kim Jong-un lud Wladimir Putin zu einem Besuch in Pjöngjang ein.", "de"),
])
def test_demo_invitation_is_no_visit(text, lang):
    # PLOVER: an invitation to a visit is AGREE, never the visit itself
    assert not any(t == "CONSULT" for t, _, _ in events(text, lang))


def test_demo_federation_council_is_known_in_german():
    found = events("Der Föderationsrat hat dem Abkommen am Mittwoch zugestimmt.", "de")
    assert ("AGREE", ["Federation Council"], []) in found
