"""Session 5: Konjunktiv I forms the closed `subjunctive` list lacks are guessed from their
shape and context (mood.py); a sentence cut off right after a quotation still lends its frame;
a name in quotation marks can be the whole speaker (every sentence here is written for the
test)."""

from __future__ import annotations

import pytest
from quotes_helpers import run

from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.mood import guess_subjunctive


def _guessed(text: str) -> list[str]:
    return [w for _pos, w in guess_subjunctive(text, lexicon("de"))]


@pytest.mark.parametrize("text, word", [
    ("Dazu gehöre vor allem die Pflege der Parks.", "gehöre"),
    ("Der Plan verlange zu viel von der Kämmerin.", "verlange"),
    ("Sie rate allen Bürgern zur Vorsicht.", "rate"),  # a t-stem listed in `forms`
    ("Das Bündnis, das die Klage unterstütze, sei klein.", "unterstütze"),
])
def test_guessed_forms(text, word):
    assert word in _guessed(text)


@pytest.mark.parametrize("text", [
    "Die neue Regel gilt ab Mai.",  # attributive adjective after a determiner
    "Die Stadt plant für neue gesetzliche Regeln.",  # after a preposition, before an adjective
    "Ich glaube nicht daran.",  # first person
    "Morgen denke ich darüber nach.",
    "Er sagte nichts, und sie machte weiter.",  # past tense in -te
    "Die zahlreiche Kritik stammende aus der Stadt war laut.",  # closed words and participles
    "Die Baden-Württemberger jubelten.",
])
def test_not_guessed(text):
    assert _guessed(text) == []


def test_english_has_no_guessing():
    assert guess_subjunctive("They made the case. Some more here.", lexicon("en")) == []


def test_guessed_form_continues_the_speech():
    r = run("Die Ministerin warnte am Montag vor neuen Risiken. "
            "Dazu gehöre vor allem die Überwachung der Kameras.")
    q = [q for q in r.quotes if q.span.text.startswith("Dazu gehöre")]
    assert q, [(x.type, x.span.text) for x in r.quotes]
    assert q[0].type == "indirect"
    assert q[0].speaker_span.text == "Die Ministerin"


def test_guessed_form_after_a_pronoun_subject():
    r = run("Die Bürgermeisterin äußerte sich kritisch. Sie rate allen Bürgern zur Vorsicht.")
    q = [q for q in r.quotes if q.span.text.startswith("Sie rate")]
    assert q and q[0].speaker_span.text == "Die Bürgermeisterin"


def test_first_person_is_no_reported_speech():
    r = run("Die Bürgermeisterin sprach am Montag. Ich glaube nicht daran.")
    assert not any("glaube" in q.span.text for q in r.quotes)


def test_cue_after_a_cut_off_question():
    # the sentence splitter ends the sentence after "?“"; the lower-case rest holds the cue
    r = run("„Wozu das alles?“ fragen sich viele Fachleute.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert q and q[0].speaker_span.text == "viele Fachleute"
    assert q[0].cue == "fragen sich"  # the reflexive is part of the cue


def test_so_opening_a_cut_off_sentence():
    r = run("„Offenbar ist das zu teuer.“ so das Fazit der Prüfer.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert q and q[0].cue == "so"
    assert "der Prüfer" in q[0].speaker_span.text


@pytest.mark.parametrize("text, speaker", [
    ("„Der Plan ist gescheitert“, schrieb „Die Woche“ am Montag.", "„Die Woche“"),
    ("Der Plan sei gescheitert, schrieb „Die Woche“ am Montag.", "„Die Woche“"),
])
def test_quoted_name_as_speaker(text, speaker):
    r = run(text)
    assert r.quotes, text
    q = r.quotes[0]
    assert q.cue == "schrieb"
    assert q.speaker_span.text == speaker


def test_short_quotation_after_a_cue_is_not_the_speaker():
    r = run("„Nein“, sagte der Minister.")
    assert r.quotes and r.quotes[0].speaker_span.text == "der Minister"


def test_content_clause_opening_with_a_quoted_name():
    r = run("Die Partei beschloss am Sonntag, der „Sozialen Liste“ beizutreten.")
    q = [q for q in r.quotes if q.cue == "beschloss"]
    assert q and q[0].span.text.startswith("der „Sozialen Liste“")


@pytest.mark.parametrize("text, speaker", [
    # "ließ" and modal verbs stand where an auxiliary does: the subject follows them
    ("„Wir helfen gern“, ließ ein Sprecher aus Berlin kurz verlauten.", "ein Sprecher aus Berlin"),
    ("„Wir prüfen das“, wollte die Ministerin Eva Roth am Abend nur erklären.",
     "die Ministerin Eva Roth"),
])
def test_subject_after_let_or_a_modal(text, speaker):
    r = run(text)
    assert r.quotes and r.quotes[0].speaker_span.text == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Vor kurzem hatte ein Sprecher der Regierung, Hans Maier, erklärt, die Lage sei ruhig.",
     "ein Sprecher der Regierung"),
    ("Am Montag hat ein Vertreter auf deutscher Seite, Max Weber, gesagt, man werde sparen.",
     "ein Vertreter auf deutscher Seite"),
])
def test_subject_after_the_auxiliary_before_an_apposition(text, speaker):
    r = run(text)
    assert r.quotes, text
    assert r.quotes[0].speaker_span.text == speaker
    assert r.quotes[0].type == "indirect"


def test_head_with_a_quoted_name_before_an_apposition():
    r = run("Der Geschäftsführer von „Solaris“, Jan Berg, sagte, das Geschäft sei gut gelaufen.")
    q = [q for q in r.quotes if q.cue == "sagte"]
    assert q and q[0].speaker_span.text.startswith("Der Geschäftsführer")


def test_open_frame_clause_in_the_subjunctive_is_no_frame():
    # the second sentence goes on with the minister's conditions; its own subject ("die
    # Regierung") frames nothing
    r = run("Der Minister Karl Berg nannte am Montag mehrere Bedingungen. So müsse die Regierung "
            "des Landes zustimmen, es müsse außerdem ein Mandat geben.")
    assert not any(q.speaker_span is not None and q.speaker_span.text.startswith("die Regierung")
                   for q in r.quotes)
    assert any(q.speaker_span is not None and "Minister" in q.speaker_span.text
               and "Mandat" in q.span.text for q in r.quotes)


@pytest.mark.parametrize("second", [
    # the reporting mood only in a purpose or relative clause: the writer's own statement
    "Die Regel hatte der Verein beschlossen, um zu vermeiden, dass Mitglieder doppelt "
    "zahlten und dann verärgert wären.",
    "Die Firma hält zurzeit ein Viertel der Anteile, die bald aufgestockt werden sollen.",
])
def test_mood_only_in_a_subordinate_clause_continues_no_speech(second):
    r = run("Die Ministerin Eva Roth sprach am Montag. " + second)
    assert not any(q.span.text.startswith(second[:12]) for q in r.quotes)


@pytest.mark.parametrize("second", [
    "Damit sei der Kurs nicht mehr klar.",  # "Damit" as an adverb, not "so that"
    "Wenn der Plan scheitere, müsse man neu beginnen.",  # the main clause after the "wenn" one
    "Die Verletzten seien Touristen, die aus Bonn kamen.",
])
def test_mood_in_the_main_clause_continues_the_speech(second):
    r = run("Die Ministerin Eva Roth sprach am Montag. " + second)
    q = [q for q in r.quotes if q.span.text.startswith(second[:12])]
    assert q and q[0].speaker_span.text == "Die Ministerin Eva Roth"


@pytest.mark.parametrize("text, speaker", [
    ("„Zorro99“ schrieb zudem, dass er bald neue Dateien hochladen werde.", "„Zorro99“"),
    ("„Die Woche“ berichtete, der Plan sei gescheitert.", "„Die Woche“"),
    ("Wie „heise online“ berichtet, sperrten die Behörden den Zugang.", "„heise online“"),
])
def test_short_name_in_marks_opening_the_sentence_is_the_subject(text, speaker):
    r = run(text)
    assert r.quotes and r.quotes[0].speaker_span.text == speaker
    assert r.quotes[0].type == "indirect"


def test_statement_in_marks_before_the_cue_stays_a_quotation():
    r = run("„Wir kommen“ sagte die Ministerin.")
    assert r.quotes and r.quotes[0].type == "direct"
    assert r.quotes[0].speaker_span.text == "die Ministerin"


def test_subject_after_an_opening_phrase_with_an_adjective():
    r = run("An die Adresse der europäischen Wächter hatte die Ministerin Gutes zu melden. "
            "Die Regierung sei wieder in der Lage zu sparen.")
    q = [q for q in r.quotes if q.span.text.startswith("Die Regierung sei")]
    assert q and q[0].speaker_span.text.startswith("die Ministerin")


def test_cue_ending_an_adverbial_clause_has_no_main_clause_content():
    r = run("Nachdem das Amt vor Pilzen aus dem Wald gewarnt hatte, zeigte eine Prüfung, "
            "dass alle essbar waren.")
    assert not any(q.cue == "gewarnt" for q in r.quotes)


@pytest.mark.parametrize("text, content", [
    ("Als der Minister erklärte, die Lage sei ernst, wurde es still.", "die Lage sei ernst"),
    ("Während die Sängerin erklärte, sehr aufgeregt zu sein, blieb der Sänger ruhig.",
     "sehr aufgeregt zu sein"),
])
def test_cue_ending_an_adverbial_clause_with_reported_content(text, content):
    r = run(text)
    assert r.quotes and r.quotes[0].span.text == content


@pytest.mark.parametrize("subject", ["Der Betreiber des Parks", "Der Geschäftsführer des Vereins",
                                     "Die Fraktion der Partei"])
def test_role_nouns_speak_for_the_next_sentence(subject):
    r = run(f"{subject} sieht das anders. Die Lage sei ruhig.")
    q = [q for q in r.quotes if q.span.text.startswith("Die Lage sei")]
    assert q and q[0].speaker_span.text == subject


def test_a_thing_does_not_speak_for_the_next_sentence():
    r = run("Der Park sieht das anders. Die Lage sei ruhig.")
    assert not r.quotes


def test_sentence_opening_with_konjunktiv_two_is_a_condition():
    r = run("Der Radfahrer gab an, nur zwei Gläser Wein gehabt zu haben. Hätte er wirklich so "
            "wenig gehabt, wäre der Messwert viel niedriger.")
    assert not any(q.span.text.startswith("Hätte er") for q in r.quotes)


@pytest.mark.parametrize("text, speaker", [
    ("Als Vorbild nannte der Trainer den Sieg in Kiel im Mai.", "der Trainer"),
    ("Als Ursache für die Verspätung nannte die Bahn, die Weichen seien vereist.",
     "die Bahn"),
    # a real clause with "als": its subject stays the one after the main verb
    ("Als die Polizei am Montag eintraf, sagte der Mann, er sei unschuldig.", "der Mann"),
])
def test_phrase_after_opening_als_is_no_speaker(text, speaker):
    r = run(text)
    assert r.quotes and r.quotes[0].speaker_span.text == speaker


def test_subject_after_opening_als_phrase_speaks_for_the_next_sentence():
    r = run("Als Grund für die Pause nannte die Ministerin Eva Roth den Haushalt. "
            "Der Plan sei zu teuer.")
    q = [q for q in r.quotes if q.span.text.startswith("Der Plan sei")]
    assert q and q[0].speaker_span.text.startswith("die Ministerin")
