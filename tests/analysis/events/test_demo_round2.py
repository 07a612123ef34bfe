"""Demo chronology, round 2 (sentences written for these tests): idioms of signing and
siding with someone, a reported German "werde" pledge, two acts of one subject kept apart,
publishing is no release, a report dated after its occasion, and the parties of a treaty
signed in an agentless passive."""

from __future__ import annotations

from chronik.analysis.events import find_events
from chronik.model import Article
from chronik.pipeline import analyze

from .helpers import make

ENTS = {
    "Vladimir Putin": ("PER", "RUS", ["Vladimir Putin", "Wladimir Putin", "Putin"]),
    "Kim Jong-un": ("PER", "PRK", ["Kim Jong-un", "Kim"]),
    "Choe Son-hui": ("PER", "PRK", ["Choe"]),
    "Sergey Lavrov": ("PER", "RUS", ["Lavrov", "He"]),
    "Russia": ("GPE", "RUS", ["Russia", "Russland", "Russlands", "russische", "Moskau"]),
    "North Korea": ("GPE", "PRK", ["North Korea", "Nordkorea", "nordkoreanischen", "Pyongyang", "Pjöngjang"]),
    "State Duma": ("ORG", "RUS", ["Staatsduma", "Duma"]),
    "KCNA": ("ORG", "PRK", ["KCNA"]),
}
TX = {"on Tuesday": "2024-06-18", "am Dienstag": "2024-06-18", "am Freitag": "2025-06-06",
      "im Mai": "2024-05"}


def _events(text: str, lang: str):
    an = find_events(make(text, lang, entities=ENTS, timexes=TX, date="2025-06-07"))
    return [(v.type, sorted(an.entity(a).name for a in v.actors),
             sorted(an.entity(r).name for r in v.recipients), v.modality, v.date.value, v.cues)
            for v in an.events]


def test_put_names_to_a_treaty_is_signing_it():
    got = _events("Putin and Kim put their names to a new defence treaty on Tuesday.", "en")
    assert any(g[0] == "SUPPORT" and {*g[1], *g[2]} == {"Vladimir Putin", "Kim Jong-un"}
               and g[4] == "2024-06-18" for g in got), got


def test_put_names_without_an_agreement_is_nothing():
    got = _events("Putin and Kim put their names on a list of guests.", "en")
    assert not any(g[0] == "SUPPORT" for g in got), got


def test_an_der_seite_stehen_is_support_for_the_genitive():
    got = _events("Nordkorea steht fest an der Seite Russlands.", "de")
    assert ("SUPPORT", ["North Korea"], ["Russia"]) in [g[:3] for g in got], got


def test_reported_werde_pledge_stays_support():
    # Konjunktiv I after a speech verb: a declaration made now, like "said X would stand by Y"
    got = _events("Choe versicherte, ihr Land werde an der Seite Russlands stehen.", "de")
    assert [g[:4] for g in got] == [("SUPPORT", ["Choe Son-hui"], ["Russia"], "future")], got


def test_plain_future_pledge_is_still_agree():
    got = _events("Nordkorea werde an der Seite Russlands stehen.", "de")
    assert [g[0] for g in got] == ["AGREE"], got


def test_two_verbs_of_one_subject_are_two_acts():
    got = _events("Lavrov praised the close ties between the two armies. "
                  "He thanked North Korea for its position.", "en")
    supports = [g for g in got if g[0] == "SUPPORT"]
    assert len(supports) == 2, got
    assert any("trigger:praise" in g[5] for g in supports), got


def test_releasing_a_video_is_no_release():
    got = _events("Russia released a video of the talks with North Korea.", "en")
    assert not any(g[0] == "RETREAT" for g in got), got


def test_report_after_a_meeting_does_not_date_the_pledge():
    text = ("Kim Jong-un hat Russland erneut seine Unterstützung zugesichert. "
            "Das meldete KCNA am Freitag nach einem Treffen mit einem Gesandten aus Moskau.")
    got = _events(text, "de")
    pledge = [g for g in got if g[0] == "SUPPORT" and g[1] == ["Kim Jong-un"]]
    assert pledge and pledge[0][4] != "2025-06-06", got


def test_agentless_signing_takes_the_treaty_parties_as_states():
    text = ("Die russische Staatsduma hat den Vertrag mit Nordkorea ratifiziert. "
            "Der Vertrag war am Dienstag in Pjöngjang unterzeichnet worden.")
    got = _events(text, "de")
    assert ("SUPPORT", ["State Duma"], ["North Korea"]) in [g[:3] for g in got], got
    signed = [g for g in got if "actor:agreement-parties" in g[5]]
    assert [(g[1], g[2], g[4]) for g in signed] == [(["Russia"], ["North Korea"], "2024-06-18")], got


def test_agentless_signing_without_an_earlier_treaty_is_nothing():
    got = _events("Der Vertrag war am Dienstag in Pjöngjang unterzeichnet worden.", "de")
    assert got == [], got


def test_signing_during_a_visit_finds_the_other_party():
    text = ("Die Staatsduma hat das Abkommen mit Nordkorea ratifiziert. Das Abkommen war im Mai "
            "während eines Besuchs von Wladimir Putin unterzeichnet worden.")
    got = _events(text, "de")
    assert any(g[0] == "SUPPORT" and g[1] == ["Vladimir Putin"] and g[2] == ["North Korea"]
               for g in got), got


def test_short_name_before_a_place_object_is_linked():
    # the name tagger may read "Kim Moskau" as one person; the known place ends it
    text = ("Kim Jong-un empfing am Mittwoch einen Gast aus Russland. "
            "Dabei sicherte Kim Moskau seine Unterstützung zu.")
    an = analyze(Article.create(text, date="2025-06-05", lang="de"))
    kim = next(e for e in an.entities if e.name == "Kim Jong-un")
    assert [m.text for m in kim.mentions] == ["Kim Jong-un", "Kim"]


def test_attending_a_parade_makes_the_host_state_its_actor():
    got = _events("Putin nahm am Dienstag an einer Militärparade in Pjöngjang teil.", "de")
    assert [g[:3] for g in got] == [("MOBILIZE", ["North Korea"], [])], got
    got = _events("Lavrov attended a military parade in Pyongyang on Tuesday.", "en")
    assert [g[:3] for g in got] == [("MOBILIZE", ["North Korea"], [])], got


def test_attending_a_parade_without_a_place_is_nothing():
    assert _events("Lavrov attended a military parade on Tuesday.", "en") == []


def test_staging_a_parade_keeps_its_subject():
    got = _events("North Korea staged a military parade on Tuesday.", "en")
    assert [g[:3] for g in got] == [("MOBILIZE", ["North Korea"], [])], got


def test_the_two_countries_are_the_states_of_the_story():
    text = ("Lavrov met Kim Jong-un in Pyongyang on Tuesday. It was a short stay for Russia's envoy. "
            "The talks covered the treaty the two countries signed in May.")
    got = _events(text, "en")
    signed = [g for g in got if "actor:story-pair" in g[5]]
    assert [(g[0], {*g[1], *g[2]}) for g in signed] == [("SUPPORT", {"Russia", "North Korea"})], got
