"""Who speaks: a state named as the whole subject speaks ("Russland warf X vor"), and in a
source phrase the gold marks whole ("nach Angaben des Kremls") the speaker is the owner."""

from __future__ import annotations

from quotes_helpers import entity, run


def test_a_state_as_subject_speaks_not_the_dative_object() -> None:
    text = "Russland warf der Bundesregierung vor, den Krieg zu verlängern."
    ents = (entity(text, "e1", "Russia", "GPE", "Russland", country="RUS"),
            entity(text, "e2", "Federal Government of Germany", "ORG", "Bundesregierung"))
    r = run(text, entities=ents)
    assert [(q.span.text, q.speaker) for q in r.quotes] == [("den Krieg zu verlängern", "e1")]


def test_a_non_speaking_subject_still_yields_to_the_noun_phrase_after_the_verb() -> None:
    text = "Die Zahl der Verletzten bezifferte das Rote Kreuz mit 40."
    r = run(text, entities=(entity(text, "e1", "Red Cross", "ORG", "Rote Kreuz"),))
    assert [q.speaker for q in r.quotes] == ["e1"]


def test_the_owner_of_a_source_phrase_is_the_speaker() -> None:
    text = "Nach Angaben des Kremls wurden zwei Soldaten verletzt."
    r = run(text, entities=(entity(text, "e1", "Russia", "GPE", "Kremls", country="RUS"),))
    (q,) = r.quotes
    assert q.speaker_span.text == "Angaben des Kremls"  # the span as quotes-de marks it
    assert q.speaker == "e1"


def test_an_unknown_owner_becomes_the_new_entity_not_the_source_noun() -> None:
    text = "Nach Angaben von Augenzeugen wurden zwei Soldaten verletzt."
    r = run(text)
    (q,) = r.quotes
    names = {e.id: e.name for e in r.entities}
    assert names[q.speaker] == "Augenzeugen"
