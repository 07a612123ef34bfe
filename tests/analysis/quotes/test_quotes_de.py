"""German quotations and attributions, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quotes_helpers import entity, quote_by_cue, run

from chronik.resources import load_yaml


@pytest.mark.parametrize("text, cue, speaker, qtype, content", [
    ("Die Ministerin sagte am Montag, dass die Verhandlungen weitergehen.",
     "sagte", "Die Ministerin", "indirect", "dass die Verhandlungen weitergehen"),
    ("Am Dienstag erklärte der Bürgermeister, die Brücke sei wieder offen.",
     "erklärte", "der Bürgermeister", "indirect", "die Brücke sei wieder offen"),
    ("Der Hafen bleibt gesperrt, teilte die Küstenwache mit.",
     "teilte mit", "die Küstenwache", "indirect", "Der Hafen bleibt gesperrt"),
    ("Laut der Feuerwehr wurden zwei Häuser beschädigt.",
     "Laut", "der Feuerwehr", "indirect", "wurden zwei Häuser beschädigt"),
    ("Nach Angaben des Roten Kreuzes fehlen Decken und Zelte.",
     "Nach", "Angaben des Roten Kreuzes", "indirect", "fehlen Decken und Zelte"),
    ("Dem Wetterdienst zufolge wird es am Wochenende kälter.",
     "zufolge", "Dem Wetterdienst", "indirect", "wird es am Wochenende kälter"),
    ("Die Lage ist ernst, so ein Sprecher der Stadtwerke.",
     "so", "ein Sprecher der Stadtwerke", "indirect", "Die Lage ist ernst"),
    ("Die Fabrik schließt im Herbst, wie die Gewerkschaft mitteilte.",
     "mitteilte", "die Gewerkschaft", "indirect", "Die Fabrik schließt im Herbst"),
    ("Die Opposition forderte Neuwahlen im Frühjahr.",
     "forderte", "Die Opposition", "reported", "Die Opposition forderte Neuwahlen im Frühjahr."),
])
def test_quotes_de_frames(text, cue, speaker, qtype, content):
    q = quote_by_cue(run(text), cue)
    assert q.speaker_span is not None and q.speaker_span.text == speaker
    assert q.type == qtype
    assert q.span.text == content


def test_quotes_de_direct_quote_with_frame_after():
    r = run("„Wir geben nicht auf“, sagte die Trainerin nach dem Spiel.")
    q = quote_by_cue(r, "sagte")
    assert q.type == "direct" and q.span.text == "„Wir geben nicht auf“"
    assert q.speaker_span.text == "die Trainerin"


def test_quotes_de_interrupted_quote_keeps_one_speaker():
    r = run("„Wir haben“, sagte die Kapitänin, „noch eine Chance.“")
    direct = [q for q in r.quotes if q.type == "direct"]
    assert [q.span.text for q in direct] == ["„Wir haben“", "„noch eine Chance.“"]
    assert {q.speaker_span.text for q in direct} == {"die Kapitänin"}


def test_quotes_de_colon_lead_names_the_speaker():
    r = run("Die Direktorin wörtlich: „Das Museum bleibt geöffnet.“")
    q = next(q for q in r.quotes if q.type == "direct")
    assert q.speaker_span.text == "Die Direktorin"


def test_quotes_de_pronoun_resolves_to_last_person():
    text = "Anna Berger leitet die Klinik. Sie sagte, die Betten reichten nicht."
    ent = entity(text, "e1", "Anna Berger", "PER", "Anna Berger")
    q = quote_by_cue(run(text, entities=(ent,)), "sagte")
    assert q.speaker_span.text == "Sie"
    assert q.speaker == "e1" and q.speaker_text == "Anna Berger"


def test_quotes_de_subjunctive_sentence_continues_the_speaker():
    text = ("Der Kapitän erklärte, das Schiff sei sicher. Die Ladung habe sich nicht bewegt. "
            "Am Abend fuhr es weiter.")
    r = run(text)
    cont = [q for q in r.quotes if q.span.text.startswith("Die Ladung")]
    assert cont and cont[0].speaker_span.text == "Der Kapitän"
    assert not any(q.span.text.startswith("Am Abend") for q in r.quotes)


def test_quotes_de_back_reference_attributes_the_previous_sentence():
    text = "Der Damm ist gebrochen. Das meldete der Rundfunk am Abend."
    r = run(text)
    att = next(a for a in r.attributions if a.cue == "meldete")
    # quotes-de marks the sentence before with its full stop and the pointing word
    assert att.span.text == "Der Damm ist gebrochen. Das"
    assert att.source_text == "Rundfunk"


def test_quotes_de_source_citing_another_source_keeps_both():
    text = ("Die Gespräche sollen weitergehen, berichtete die Agentur Nordpress unter Berufung auf "
            "das Außenamt.")
    ents = (entity(text, "e1", "Nordpress", "ORG", "Agentur Nordpress"),
            entity(text, "e2", "Foreign Office", "ORG", "Außenamt"))
    r = run(text, entities=ents)
    att = next(a for a in r.attributions if a.cue == "berichtete")
    assert att.sources == ("e1",) and att.via == ("e2",)
    assert att.span.text == "Die Gespräche sollen weitergehen"
    assert att.modality == "reported"


def test_quotes_de_speculation_and_denial_modalities():
    r = run("Beobachter vermuten, dass der Streit länger dauert. "
            "Das Ministerium dementierte, dass Gelder fehlen.")
    mods = {a.cue: a.modality for a in r.attributions}
    assert mods["vermuten"] == "speculative"
    assert mods["dementierte"] == "negated"


def test_quotes_de_passive_without_agent_has_no_speaker():
    r = run("Dem Manager wird vorgeworfen, Geld veruntreut zu haben.")
    q = quote_by_cue(r, "vorgeworfen")
    assert q.speaker is None and q.speaker_span is None


def test_quotes_de_impersonal_cue_takes_the_document():
    r = run("Im Bericht heißt es, die Schulen seien überfüllt.")
    q = quote_by_cue(r, "heißt es")
    assert q.speaker_span.text == "Bericht"


def test_quotes_de_names_in_quotes_are_not_quotations():
    r = run("Sie las die Zeitung „Neue Presse“ und den Roman „Der lange Weg“ im Zug.")
    assert r.quotes == ()


def test_quotes_de_new_speaker_entity_continues_numbering():
    text = "Russland schweigt. Die russische Botschaft teilte mit, der Minister sei abgereist."
    ents = (entity(text, "e1", "Russia", "GPE", "Russland", "russische", country="RUS"),
            entity(text, "e7", "Someone", "PER", "Minister"))
    r = run(text, entities=ents)
    q = quote_by_cue(r, "teilte mit")
    new = r.entity(q.speaker)
    assert new.id == "e8" and new.type == "ORG" and new.country == "RUS" and new.kb is None
    assert [e.id for e in r.entities[:2]] == ["e1", "e7"]


def test_quotes_de_both_sides_resolve_to_a_person():
    text = "Kim traf Ivanov. Beide Seiten betonten, die Gespräche seien gut gewesen."
    ents = (entity(text, "e1", "Kim", "PER", "Kim"), entity(text, "e2", "Ivanov", "PER", "Ivanov"))
    q = quote_by_cue(run(text, entities=ents), "betonten")
    assert q.speaker in ("e1", "e2")


@pytest.mark.parametrize("lang, example", [
    (lang, ex) for lang in ("de", "en") for ex in load_yaml(lang, "quote_cues.yaml")["examples"]
], ids=lambda v: v if isinstance(v, str) else v["text"][:30])
def test_quotes_resource_examples(lang, example):
    q = quote_by_cue(run(example["text"], lang), example["cue"])
    assert q.speaker_span.text == example["speaker"] and q.type == example["type"]
