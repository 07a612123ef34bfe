"""German review round: a prefield phrase describes the subject (no recipient), suicides
and collisions are no events, "der mexikanische Staat" names its state, "Politiker von X"
act for X, and a few seizure/killing verbs."""

from __future__ import annotations

import pytest

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Kenneth Roth": ("PER", None, ["Kenneth Roth"]),
    "Human Rights Watch": ("ORG", None, ["Human Rights Watch"]),
    "Syria": ("GPE", "SYR", ["Syriens", "Syrien"]),
    "Mexico": ("GPE", "MEX", ["mexikanische"]),
    "SPD": ("ORG", "DEU", ["SPD"]),
    "Greens": ("ORG", "DEU", ["Grünen"]),
    "Merz": ("PER", "DEU", ["Merz"]),
    "Russia": ("GPE", "RUS", ["Russland", "russische"]),
    "Taliban": ("ORG", "AFG", ["Taliban"]),
    "Venezuela": ("GPE", "VEN", ["Venezuelas"]),
    "Exxon": ("ORG", "USA", ["Exxon"]),
    "Bauern": ("MISC", None, ["Bauern"]),
    "Hirten": ("MISC", None, ["Hirten"]),
    "Anna Berg": ("PER", None, ["Anna Berg"]),
    "Frankreich": ("GPE", "FRA", ["Frankreich"]),
}


def _events(text: str):
    out = find_events(make(text, "de", entities=ENTS))
    names = {e.id: e.name for e in out.entities}
    return [(e.type, [names[a] for a in e.actors], [names[r] for r in e.recipients])
            for e in out.events]


def test_prefield_affiliation_is_no_recipient() -> None:
    evs = _events("Kenneth Roth von Human Rights Watch verlangt von der Regierung Syriens Aufklärung.")
    assert evs == [("REQUEST", ["Kenneth Roth"], ["Syria"])]
    evs = _events("Kenneth Roth von Human Rights Watch forderte eine rasche Untersuchung.")
    assert evs == [("REQUEST", ["Kenneth Roth"], [])]


def test_fronted_von_object_still_counts() -> None:
    assert _events("Von Frankreich forderte Russland eine Erklärung.") == [
        ("REQUEST", ["Russia"], ["Frankreich"])]


@pytest.mark.parametrize("text", [
    "Die Ermittler vermuten, dass Anna Berg sich selbst erschossen hat.",
    "Nach Angaben der Familie tötete sich Anna Berg am Montag.",
])
def test_a_suicide_is_no_assault(text: str) -> None:
    assert [e[0] for e in _events(text)] == []


def test_interests_colliding_is_no_meeting() -> None:
    assert _events("In der Region treffen die Interessen der Bauern mit denen der Hirten aufeinander.") == []


def test_broadcast_reception_is_no_visit() -> None:
    assert _events("Der Kanal ist ab sofort über Satellit auch in Frankreich zu empfangen.") == []


def test_adjective_with_state_noun_names_the_state() -> None:
    assert _events("Der mexikanische Staat verlangt die Rückgabe der Krone.") == [
        ("REQUEST", ["Mexico"], [])]


def test_politicians_of_parties_act_for_them() -> None:
    evs = _events("Abgeordnete von SPD und Grünen kritisierten am Dienstag den Plan von Merz.")
    assert [(t, a) for t, a, _r in evs] == [("ACCUSE", ["SPD", "Greens"])]


@pytest.mark.parametrize("text, etype", [
    ("Die Taliban exekutierten am Montag zwei Männer.", "ASSAULT"),
    ("Russland schoss am Montag eine Drohne ab.", "ASSAULT"),
    ("Die Regierung Venezuelas enteignete den Konzern Exxon.", "COERCE"),
    ("Russische Truppen haben die Stadt erobert.", "COERCE"),
])
def test_seizure_and_killing_verbs(text: str, etype: str) -> None:
    assert [e[0] for e in _events(text)] == [etype]


def test_winning_a_majority_is_no_seizure() -> None:
    assert _events("Die SPD eroberte bei der Wahl die Mehrheit der Stimmen.") == []
