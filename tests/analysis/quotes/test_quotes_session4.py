"""Session 4: a source phrase that opens a sentence is its first constituent, so it runs up to
the finite verb (German verb-second order); the statement starts there (every sentence here
is written for the test)."""

from __future__ import annotations

import pytest
from quotes_helpers import run


def _prep(result):
    found = [q for q in result.quotes if (q.cue or "").lower() in ("laut", "nach", "gemäß")]
    assert found, [(q.cue, q.span.text) for q in result.quotes]
    return found[0]


@pytest.mark.parametrize("text, speaker, content", [
    # a prepositional tail of the source ("vom Mai", "aus dem Jahr …")
    ("Laut einem Bericht der Stadtwerke vom Mai stiegen die Preise um vier Prozent.",
     "einem Bericht der Stadtwerke vom Mai", "stiegen die Preise um vier Prozent"),
    ("Nach Schätzungen der Bauern aus dem Nachbarkreis fiel die Ernte schwach aus.",
     "Schätzungen der Bauern aus dem Nachbarkreis", "fiel die Ernte schwach aus"),
    # an apposition between commas
    ("Nach Angaben des Bürgermeisters, Herrn Berger, bleibt das Freibad geschlossen.",
     "Angaben des Bürgermeisters, Herrn Berger", "bleibt das Freibad geschlossen"),
    # an attributive participle inside the phrase
    ("Laut einer am Montag veröffentlichten Umfrage halten viele Bürger den Plan für teuer.",
     "einer am Montag veröffentlichten Umfrage", "halten viele Bürger den Plan für teuer"),
])
def test_opening_source_phrase_runs_to_the_finite_verb(text, speaker, content):
    q = _prep(run(text))
    assert q.speaker_span.text == speaker
    assert q.span.text == content


@pytest.mark.parametrize("text, speaker, content", [
    # the verb right after the phrase: nothing changes
    ("Laut der Feuerwehr wurden zwei Häuser beschädigt.",
     "der Feuerwehr", "wurden zwei Häuser beschädigt"),
    # a noun phrase followed by a verb in the past plural, which ends like an adjective
    ("Nach Angaben der Behörde (BfS) stiegen die Werte im Herbst an.",
     "Angaben der Behörde (BfS)", "stiegen die Werte im Herbst an"),
])
def test_verb_right_after_the_source_phrase_starts_the_statement(text, speaker, content):
    q = _prep(run(text))
    assert q.speaker_span.text == speaker
    assert q.span.text == content


def test_relative_clause_after_the_source_phrase_is_left_alone():
    # "…, die …" is a relative clause about the source: its verb is not the main verb, so
    # the source phrase is not stretched over it
    r = run("Nach Angaben der Polizei, die den Ort abgesperrt hatte, wurde niemand verletzt.")
    q = _prep(r)
    assert q.speaker_span.text == "Angaben der Polizei"


def test_source_phrase_inside_the_sentence_is_not_stretched():
    # only a phrase that opens the sentence is its first constituent
    r = run("Die Brücke wird laut der Stadt im Sommer saniert.")
    q = _prep(r)
    assert q.speaker_span.text == "der Stadt"
    assert q.span.text == "Die Brücke wird laut der Stadt im Sommer saniert"


# --- quotations with no frame of their own --------------------------------------------------

def test_quotation_right_after_a_speaker_continues_that_speech():
    r = run("Die Ministerin sagte, der Plan sei fertig. „Wir beginnen im Herbst mit dem Bau.“")
    q = [q for q in r.quotes if q.type == "direct"]
    assert q and q[0].speaker_span.text == "Die Ministerin"


def test_quotation_two_sentences_after_a_speaker_is_not_theirs():
    # a sentence of the writer's own lies between: the quotation is left unattributed (and
    # so is dropped), not given to a speaker two sentences back
    r = run("Die Ministerin sagte, der Plan sei fertig. Am Abend regnete es in der Stadt. "
            "„Wir beginnen im Herbst mit dem Bau.“")
    assert not [q for q in r.quotes if q.type == "direct"]


def test_subject_whose_head_cannot_speak_is_no_speaker_of_a_quotation():
    # "Die Haltung des Ministers" is the subject; the minister only sits in its genitive
    r = run("Die Haltung des Ministers Karl Berger gilt als „klarer Bruch mit der bisherigen "
            "Linie der gesamten Regierung“.")
    assert not [q for q in r.quotes if q.type == "direct"]


def test_subject_with_a_speaking_head_keeps_the_quotation():
    r = run("Der Bürgermeister Karl Berger beklagte „eine tiefe Spaltung zwischen den Vierteln "
            "der Stadt“.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert q and q[0].speaker_span.text == "Der Bürgermeister Karl Berger"


# --- a postposition's source with its prepositional parts -----------------------------------

@pytest.mark.parametrize("text, speaker, content", [
    ("Berichten der Zeitung vom Montag zufolge wurden drei Häuser geräumt.",
     "Berichten der Zeitung vom Montag", "wurden drei Häuser geräumt"),
    ("Angaben eines Sprechers des Ministeriums in Berlin zufolge bleibt die Grenze offen.",
     "Angaben eines Sprechers des Ministeriums in Berlin", "bleibt die Grenze offen"),
    ("Berichten mehrerer Zeitungen zufolge fand das Treffen nicht statt.",
     "Berichten mehrerer Zeitungen", "fand das Treffen nicht statt"),
])
def test_postposition_source_keeps_its_prepositional_tail(text, speaker, content):
    r = run(text)
    assert [(q.speaker_span.text, q.span.text) for q in r.quotes] == [(speaker, content)]


def test_postposition_source_stops_at_the_verb_before_it():
    r = run("In der Stadt wurden Angaben der Polizei zufolge drei Häuser geräumt.")
    q = [q for q in r.quotes if q.cue == "zufolge"]
    assert q and q[0].speaker_span.text == "Angaben der Polizei"


# --- an adverbial opening the sentence is no speaker -----------------------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Sichtlich bewegt sagte die Sängerin, sie werde weitermachen.", "die Sängerin"),
    ("Passend zu den Gefahren warnte die Moderatorin: „Die Brücke ist morgen gesperrt.“",
     "die Moderatorin"),
])
def test_opening_adverbial_leaves_the_subject_after_the_verb(text, speaker):
    r = run(text)
    assert r.quotes and r.quotes[0].speaker_span.text == speaker


def test_name_right_before_the_verb_stays_the_speaker():
    # a name with an adverb-like ending right before the verb is still the subject
    r = run("Ludwig sagte, er sei mit dem Spiel zufrieden.")
    assert r.quotes and r.quotes[0].speaker_span.text == "Ludwig"
