"""Argument finding beyond the simple clause (sentences written for these tests): asyndetic
main clauses, appositions, fronted objects, pairs ("die beiden Länder"), the party of a
complement clause, light-verb passives, and a few general triggers."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chronik.analysis.events import find_events
from chronik.model import Entity, Span

from .helpers import make

ENTS = {
    "Olaf Scholz": ("PER", "DEU", ["Olaf Scholz", "Scholz"]),
    "Emmanuel Macron": ("PER", "FRA", ["Emmanuel Macron", "Macron"]),
    "Russia": ("GPE", "RUS", ["Russland", "Russlands", "russische", "russischen"]),
    "France": ("GPE", "FRA", ["Frankreich", "französische"]),
    "Germany": ("GPE", "DEU", ["Deutschland"]),
    "Israel": ("GPE", "ISR", ["Israel", "israelische", "Israelische"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "European Union": ("ORG", None, ["EU"]),
    "NATO": ("ORG", None, ["NATO"]),
}
TX = {"Montag": "2025-06-02", "Mittwoch": "2025-06-04"}


def _events(text: str):
    an = find_events(make(text, "de", entities=ENTS, timexes=TX))
    return [(v.type, sorted(an.entity(a).name for a in v.actors),
             sorted(an.entity(r).name for r in v.recipients), v.modality) for v in an.events]


def _has(got, etype, actors, recipients=None):
    return any(g[0] == etype and g[1] == sorted(actors)
               and (recipients is None or g[2] == sorted(recipients)) for g in got)


@pytest.mark.parametrize("text,etype,actors,recipients", [
    # ", die französische Regierung verhängte …": an article after the comma, no relative clause
    ("Die Armee sicherte die Grenze, die französische Regierung verhängte am Montag den "
     "Notstand.", "COERCE", ["France"], []),
    # a person set off by commas after a title phrase is the subject
    ("Der Chef der NATO, Olaf Scholz, kritisierte Russland am Montag.", "ACCUSE",
     ["Olaf Scholz"], ["Russia"]),
    # an event noun in the prefield is the fronted object; the subject follows the verb
    ("Eine Forderung der EU lehnte die russische Regierung am Montag ab.", "REJECT",
     ["Russia"], None),
    # "die beiden Länder" refers back to the pair named before
    ("Israel und Frankreich haben die Schäden zunächst selbst bezahlt. Jetzt verlangen die "
     "beiden Länder Ersatz von Russland.", "REQUEST", ["France", "Israel"], ["Russia"]),
    # the state an adjective names owns the object (also a fronted object before a comma)
    ("Macron verurteilte am Montag den russischen Angriff.", "ACCUSE", ["Emmanuel Macron"],
     ["Russia"]),
    ("Das russische Angebot, die Gespräche fortzusetzen, lehnte Scholz am Montag ab.", "REJECT",
     ["Olaf Scholz"], ["Russia"]),
    # the party of a complement clause: "bereit, Gespräche mit X", "forderte, dass X …"
    ("Israel erklärte sich am Montag bereit, Verhandlungen mit dem Iran aufzunehmen.",
     "AGREE", ["Israel"], ["Iran"]),
    ("Die EU forderte am Montag, dass Russland seine Truppen abzieht.", "REQUEST",
     ["European Union"], ["Russia"]),
    # after a fronted adverbial clause the subject follows the verb
    ("Während Russland nichts ändern wollte, plädierte Frankreich am Montag für neue Gespräche.",
     "REQUEST", ["France"], None),
    ("In einem Bericht, der der EU vorgelegt wurde, fordert Scholz am Montag ein Ende der Gewalt.",
     "REQUEST", ["Olaf Scholz"], None),
    # a title head with a genitive name acts for it
    ("Der Vertreter Russlands rief die Bevölkerung am Montag zum Widerstand auf.", "REQUEST",
     ["Russia"], None),
    # general triggers
    ("Frankreich untersagte dem Konzern am Montag den Export nach Russland.", "COERCE",
     ["France"], None),
    ("Die EU hat am Montag ein Moratorium für Waffenlieferungen beschlossen.", "SANCTION",
     ["European Union"], None),
    ("Israelische Soldaten eröffneten am Montag das Feuer auf Demonstranten.", "ASSAULT",
     ["Israel"], None),
    ("Die israelische Armee hatte am Mittwoch mit dem Beschuss der Stadt begonnen.", "ASSAULT",
     ["Israel"], None),
])
def test_argument_cases(text, etype, actors, recipients):
    got = _events(text)
    assert _has(got, etype, actors, recipients), got


def test_demanded_act_in_dass_clause_is_no_event():
    got = _events("Die EU forderte am Montag, dass Russland seine Truppen abzieht.")
    assert [g[0] for g in got] == ["REQUEST"], got


def test_clause_with_own_common_noun_subject_shares_no_actor():
    # the second clause has its own subject ("die Regierung"): Scholz is not its actor
    got = _events("Scholz sagte, die Regierung werde nicht gegen Russland vorgehen.")
    assert not any(g[0] == "COERCE" for g in got), got


def test_light_verb_passive_names_no_actor():
    # "wurde unter Hausarrest gestellt": the person is the target, not the actor
    got = _events("Scholz wurde am Dienstag in Berlin unter Hausarrest gestellt.")
    assert not any(g[0] == "COERCE" and "Olaf Scholz" in g[1] for g in got), got


def test_intended_act_is_no_event():
    got = _events("Macron hatte im Herbst seinen Rücktritt ernsthaft erwogen.")
    assert not any(g[0] == "RETREAT" for g in got), got


def test_bereits_is_not_bereit():
    got = _events("Israel hat bereits erklärt, dass es Gespräche will.")
    assert not any(g[0] == "AGREE" for g in got), got


def test_two_requests_with_crossed_roles_stay_apart():
    got = _events("Der Vertreter Russlands rief die Armee zum Widerstand auf. "
                  "Die EU rief Russland zum Rückzug auf.")
    assert _has(got, "REQUEST", ["Russia"]) and _has(got, "REQUEST", ["European Union"], ["Russia"]), got


def test_misc_name_around_a_state_yields_to_the_state():
    # the name tagger took "Der Vertreter Russlands" for one name: the state inside it acts
    text = "Der Vertreter Russlands rief die Bevölkerung am Montag zum Widerstand auf."
    an = make(text, "de", entities=ENTS, timexes=TX)
    misc = Entity("e99", "Vertreter Russlands", "MISC", (Span.of(text, 0, 23),), "RUS")
    an = find_events(replace(an, entities=an.entities + (misc,)))
    names = [[an.entity(a).name for a in v.actors] for v in an.events if v.type == "REQUEST"]
    assert names == [["Russia"]], names


def test_name_in_a_description_is_no_subject():
    # the subject (an unknown name) is described by an apposition that names a party
    got = _events("Karl Muster, Obmann der NATO im Ausschuss, warf Russland am Montag Spionage vor.")
    assert not any(g[0] == "ACCUSE" and g[1] == ["NATO"] for g in got), got


def test_short_name_in_brackets_stands_for_its_phrase():
    # "die Vereinigung der Bauern (VdB)": only the short name is known; it is the subject
    ents = dict(ENTS, VdB=("ORG", None, ["VdB"]))
    an = find_events(make("Den von Scholz vorgeschlagenen Plan hat die Vereinigung der Bauern (VdB) "
                          "am Montag abgelehnt.", "de", entities=ents, timexes=TX))
    got = [(v.type, [an.entity(a).name for a in v.actors], [an.entity(r).name for r in v.recipients])
           for v in an.events]
    # the author of the rejected proposal is the recipient
    assert ("REJECT", ["VdB"], ["Olaf Scholz"]) in got, got


def test_year_inside_a_name_dates_no_event():
    ents = dict(ENTS, Cup=("MISC", None, ["Weltmeisterschaft 2030"]))
    an = make("Frankreich lehnte den Einsatz bei der Weltmeisterschaft 2030 ab.", "de",
              entities=ents, timexes={"2030": "2030"})
    an = find_events(an)
    dates = [v.date.value for v in an.events if v.type == "REJECT"]
    assert dates == [None], dates


@pytest.mark.parametrize("text", [
    "Russland soll die Ukraine am Montag angegriffen haben.",
    "Es heißt, dass Russland die Ukraine am Montag angegriffen haben soll.",
])
def test_sollen_with_perfect_infinitive_is_speculative(text):
    got = _events(text)
    assert any(g[0] == "ASSAULT" and g[1] == ["Russia"] and g[3] == "speculative" for g in got), got


def test_unlinked_state_organ_name_yields_to_the_state():
    # "Russlands Regierung" tagged as one unlinked name: the state acts
    text = "Die Miliz wurde am Montag von Russlands Regierung beschuldigt, die Brücke gesprengt zu haben."
    an = make(text, "de", entities=ENTS, timexes=TX)
    start = text.index("Russlands Regierung")
    organ = Entity("e99", "Russlands Regierung", "ORG", (Span.of(text, start, start + 19),), "RUS")
    an = find_events(replace(an, entities=an.entities + (organ,)))
    names = [[an.entity(a).name for a in v.actors] for v in an.events if v.type == "ACCUSE"]
    assert names == [["Russia"]], names


def test_bare_title_refers_to_the_person_last_named_with_it():
    got = _events("Präsident Emmanuel Macron besuchte Deutschland. "
                  "Am Montag kritisierte der Präsident Russland scharf.")
    assert _has(got, "ACCUSE", ["Emmanuel Macron"], ["Russia"]), got


def test_bare_title_without_a_named_holder_names_nobody():
    got = _events("Am Montag kritisierte die Ministerin Russland scharf.")
    assert not any(g[0] == "ACCUSE" for g in got), got


def test_date_in_a_relative_clause_sets_no_narrative_time():
    an = find_events(make("Die Kämpfe, die seit einem Vertrag im März andauern, sind heftig. "
                          "Russland griff die Ukraine erneut an.", "de", entities=ENTS,
                          timexes={"im März": "2025-03"}))
    dates = [v.date.value for v in an.events if v.type == "ASSAULT"]
    assert dates == [None], dates
