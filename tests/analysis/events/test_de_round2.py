"""German clause structure, round 2 (sentences written for these tests): separable light
verbs in verb-second order, close appositions, gapping, agentless passives, plural role
nouns, meeting nouns in a fronted phrase, indirect questions and topics, and the scorer's
reading of gold negatives."""

from __future__ import annotations

import pytest

from chronik.analysis.events import find_events
from chronik.eval.score_events import negative_types, score
from chronik.model import Analysis, Article, Entity, Event, EventDate, Span

from .helpers import make

ENTS = {
    "Olaf Scholz": ("PER", "DEU", ["Olaf Scholz", "Scholz"]),
    "Emmanuel Macron": ("PER", "FRA", ["Emmanuel Macron", "Macron"]),
    "Russia": ("GPE", "RUS", ["Russland"]),
    "France": ("GPE", "FRA", ["Frankreich"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "State Duma": ("ORG", "RUS", ["Duma"]),
    "Federation Council": ("ORG", "RUS", ["Föderationsrat"]),
}
TX = {"Montag": "2025-06-02", "Mittwoch": "2025-06-04", "im Mai": "2025-05"}


def _events(text: str, ents: dict | None = None):
    an = find_events(make(text, "de", entities=ents or ENTS, timexes=TX))
    return [(v.type, sorted(an.entity(a).name for a in v.actors),
             sorted(an.entity(r).name for r in v.recipients), v.modality,
             v.date.value) for v in an.events]


def _has(got, etype, actors, recipients=None, modality=None):
    return any(g[0] == etype and g[1] == sorted(actors)
               and (recipients is None or g[2] == sorted(recipients))
               and (modality is None or g[3] == modality) for g in got)


# 1. separable light verbs: the particle at the clause end joins the finite verb
@pytest.mark.parametrize("text, etype, actors, recipients", [
    ("Olaf Scholz stattete Frankreich am Montag einen Besuch ab.", "CONSULT", ["Olaf Scholz"],
     ["France"]),
    ("Am Montag stattete Olaf Scholz seinem Kollegen Emmanuel Macron einen Besuch ab.",
     "CONSULT", ["Olaf Scholz"], ["Emmanuel Macron"]),
    ("Russland legte am Montag im Sicherheitsrat sein Veto ein.", "REJECT", ["Russia"], []),
])
def test_split_light_verb(text, etype, actors, recipients):
    assert _has(_events(text), etype, actors, recipients)


def test_split_light_verb_needs_its_particle():
    # "legte … vor" is another verb: no veto was cast
    assert not _events("Russland legte am Montag einen Bericht über das Veto vor.")


def test_reflexive_light_verb_is_a_stance():
    # "sich gegen ein Verbot aussprechen" takes a stance; it issues no ban
    got = _events("Olaf Scholz sprach sich am Montag gegen ein Verbot für Macron aus.")
    assert not any(g[0] == "COERCE" for g in got)


# 2. a description before the name is a close apposition, not a genitive
@pytest.mark.parametrize("text, etype, actors, recipients", [
    ("Der bekannte Kritiker Olaf Scholz hat Emmanuel Macron am Montag einen Besuch abgestattet.",
     "CONSULT", ["Olaf Scholz"], ["Emmanuel Macron"]),
    ("Der Schriftsteller Olaf Scholz kritisierte am Montag Russland.", "ACCUSE",
     ["Olaf Scholz"], ["Russia"]),
    ("Olaf Scholz gratulierte am Montag seinem Parteifreund Emmanuel Macron.", "SUPPORT",
     ["Olaf Scholz"], ["Emmanuel Macron"]),
    ("Seinen Gegner Emmanuel Macron forderte Olaf Scholz am Montag zum Rücktritt auf.",
     "REQUEST", ["Olaf Scholz"], ["Emmanuel Macron"]),
])
def test_close_apposition(text, etype, actors, recipients):
    assert _has(_events(text), etype, actors, recipients)


def test_apposition_inside_prepositional_phrase_is_no_subject():
    got = _events("Olaf Scholz erhob am Montag Vorwürfe gegen den Politiker Emmanuel Macron.")
    assert _has(got, "ACCUSE", ["Olaf Scholz"], ["Emmanuel Macron"])
    assert not any("Emmanuel Macron" in g[1] for g in got)


# 3. gapping: a verbless conjunct shares the verb
def test_gapped_subject_shares_the_verb():
    got = _events("Die Duma hatte den Vertrag mit Iran im Mai ratifiziert, am Mittwoch dann auch "
                  "der Föderationsrat.")
    assert _has(got, "SUPPORT", ["State Duma"], ["Iran"])
    assert any(g[0] == "SUPPORT" and g[1] == ["Federation Council"] and g[4] == "2025-06-04"
               for g in got)


def test_gapped_phrase_that_may_be_an_object_makes_no_new_actor():
    got = _events("Russland kritisierte Israel am Montag scharf, am Mittwoch auch Iran.")
    assert _has(got, "ACCUSE", ["Russia"], ["Israel"])
    assert not any(g[1] == ["Iran"] for g in got)


# 4. agentless passive: no invented actor
def test_agentless_passive_has_no_event():
    assert not _events("Der Vertrag war bereits im Mai unterzeichnet worden.")


# 5. plural role nouns refer back to a pair
@pytest.mark.parametrize("phrase", ["Die beiden Staatschefs", "Die beiden Politiker",
                                    "Beide Seiten"])
def test_pair_of_leaders(phrase):
    got = _events(f"Olaf Scholz und Emmanuel Macron trafen sich am Montag. {phrase} "
                  "kritisierten Russland.")
    assert _has(got, "ACCUSE", ["Emmanuel Macron", "Olaf Scholz"], ["Russia"])


def test_pair_noun_linked_to_one_person_still_means_both():
    ents = dict(ENTS)
    ents["Emmanuel Macron"] = ("PER", "FRA", ["Emmanuel Macron", "Macron", "Staatschefs"])
    got = _events("Olaf Scholz und Emmanuel Macron trafen sich am Montag. Die beiden Staatschefs "
                  "kritisierten Russland.", ents)
    assert _has(got, "ACCUSE", ["Emmanuel Macron", "Olaf Scholz"], ["Russia"])


# 6. a meeting noun in a fronted phrase belongs to the clause's subject
def test_meeting_in_fronted_phrase_takes_the_subject():
    got = _events("Bei Gesprächen mit Emmanuel Macron in Paris kritisierte Olaf Scholz Russland.")
    assert _has(got, "CONSULT", ["Olaf Scholz"], ["Emmanuel Macron"])
    assert _has(got, "ACCUSE", ["Olaf Scholz"], ["Russia"])


def test_meeting_in_impersonal_clause_takes_the_previous_subject():
    got = _events("Olaf Scholz reiste am Montag nach Paris. Bei Gesprächen mit Emmanuel Macron "
                  "ging es um den Handel.")
    assert _has(got, "CONSULT", ["Olaf Scholz"], ["Emmanuel Macron"])


def test_meeting_without_any_subject_has_no_actor():
    assert not _events("Bei Gesprächen mit Emmanuel Macron ging es um den Handel.")


# 7. indirect questions and topics are not asserted
def test_indirect_question_is_not_asserted():
    got = _events("Reporter fragten am Montag, ob Russland Israel angreifen werde.")
    assert got and all(g[3] != "asserted" for g in got)


def test_topic_of_talks_is_not_asserted():
    got = _events("Ein Besuch von Olaf Scholz in Frankreich war am Montag ebenfalls Thema.")
    assert all(g[3] != "asserted" for g in got)


def test_time_of_a_relative_clause_dates_nothing_else():
    got = _events("Olaf Scholz reiste am Montag nach Paris. Bei Gesprächen mit Emmanuel Macron "
                  "ging es um Pläne, die Russland im Mai vorgelegt hatte.")
    assert any(g[0] == "CONSULT" and g[4] != "2025-05" for g in got)


# 8. the scorer: a negative blocks the types it names
TEXT = "Kim traf Schoigu. Kim lobte Russland."


def _analysis(events):
    art = Article.create(TEXT, lang="de")
    ents = (Entity("e1", "Kim Jong-un", "PER", (Span.of(TEXT, 0, 3),), "PRK"),
            Entity("e3", "Russia", "GPE", (Span.of(TEXT, 28, 36),), "RUS"))
    return Analysis(article=art, entities=ents, events=tuple(events))


def _ev(vid, etype):
    return Event(vid, etype, Span.of(TEXT, 18, 36), ("e1",), ("e3",), date=EventDate(None),
                 modality="asserted")


@pytest.mark.parametrize("neg, blocked", [
    ({"description": "A provision: no asserted AID/ASSAULT/COOPERATE event may come from it."},
     {"AID", "ASSAULT", "COOPERATE"}),
    ({"description": "Any event from this sentence must be marked speculative."}, set()),
    ({"types": ["SUPPORT"], "description": "NOT AN ASSAULT"}, {"SUPPORT"}),
])
def test_negative_types(neg, blocked):
    assert negative_types(neg) == blocked


def test_negative_blocks_only_the_types_it_names():
    gold = {"events": [], "negatives": [
        {"id": "n", "evidence": "Kim lobte Russland.", "description": "no asserted ASSAULT"}]}
    assert score(gold, _analysis([_ev("v1", "ASSAULT")])).violations == [("n", "v1")]
    sc = score(gold, _analysis([_ev("v1", "SUPPORT")]))
    assert not sc.violations and sc.extra == ["v1"]
    untyped = {"events": [], "negatives": [{"id": "n", "evidence": "Kim lobte Russland."}]}
    assert score(untyped, _analysis([_ev("v1", "SUPPORT")])).violations == [("n", "v1")]


# attributive participles and place adjectives
def test_attributive_participle_is_no_verb():
    got = _events("Olaf Scholz hat den im Mai verurteilten Politiker Emmanuel Macron begnadigt.")
    assert not any(g[0] == "ACCUSE" for g in got)
    assert not _has(_events("Die im Mai von Russland unterzeichneten Verträge gelten."),
                    "SUPPORT", ["Russia"])


def test_finite_verb_after_coordination_stays_a_verb():
    got = _events("Olaf Scholz lobte am Montag Frankreich und kritisierte Russland.")
    assert _has(got, "SUPPORT", ["Olaf Scholz"], ["France"])
    assert _has(got, "ACCUSE", ["Olaf Scholz"], ["Russia"])
    assert _has(_events("Frankreich und Israel verurteilten Russland am Montag."), "ACCUSE",
                ["France", "Israel"], ["Russia"])


def test_place_adjective_in_er_modifies_the_noun():
    ents = dict(ENTS)
    ents["Switzerland"] = ("GPE", "CHE", ["Schweizer"])
    got = _events("Der Schweizer Politiker Olaf Scholz hat am Montag angekündigt, Russland zu "
                  "verlassen.", ents)
    assert not any(g[1] == ["Switzerland"] for g in got)
    got = _events("Olaf Scholz hat den Schweizer Emmanuel Macron am Montag kritisiert.", ents)
    assert _has(got, "ACCUSE", ["Olaf Scholz"], ["Emmanuel Macron"])


def test_meeting_phrase_in_the_middle_field_takes_the_prefield_subject():
    got = _events("Olaf Scholz sagte am Montag bei einer Besprechung mit Emmanuel Macron, man sei "
                  "sich einig.")
    assert _has(got, "CONSULT", ["Olaf Scholz"], ["Emmanuel Macron"])
    # a phrase that only names what was praised is no meeting of the subject's
    got = _events("Olaf Scholz lobte am Montag die Ergebnisse der Gespräche mit Emmanuel Macron.")
    assert not any(g[0] == "CONSULT" for g in got)
