"""Issue 6, round 2: zu-infinitives with the marker inside the verb, "nach" nouns that mean
"after", a carried-over speaker named again next to its quotation, and short uncued
quotations that are no statement of the clause's subject. Sentences written for these tests."""

from __future__ import annotations

from quotes_helpers import entity, quote_by_cue, run

from chronik.analysis.quotes.lexicon import lexicon


def test_quotes_de_infinitive_with_inner_marker_is_content():
    q = quote_by_cue(run("Die Parteien erklärten, am Dienstag das Verfahren einzuleiten."), "erklärten")
    assert q.span.text == "am Dienstag das Verfahren einzuleiten"
    assert q.speaker_span.text == "Die Parteien" and q.type == "indirect"


def test_quotes_de_infinitive_prefixes_are_data():
    lex = lexicon("de")
    assert {"ein", "an", "auf", "zurück"} <= set(lex.infinitive_prefixes)
    assert lexicon("en").infinitive_prefixes == ()


def test_quotes_de_noun_after_a_plain_word_is_no_infinitive():
    # "Dienstag" opens no clause with a verb: no content, no quote
    r = run("Die Parteien erklärten am Dienstag ihren Austritt.")
    assert not any(q.type == "indirect" for q in r.quotes)


def test_quotes_de_nach_with_a_noun_of_time_is_no_source():
    for text in ("Nach der Auszählung der Stimmen liegt der Amtsinhaber vorn.",
                 "Aller Voraussicht nach beginnt das Turnier im Mai.",
                 "Nach der Veröffentlichung des Berichts stiegen die Kurse deutlich."):
        assert not any((q.cue or "").lower() == "nach" for q in run(text).quotes), text


def test_quotes_de_nach_with_a_noun_of_saying_is_still_a_source():
    q = quote_by_cue(run("Nach Angaben der Feuerwehr brannte die Halle vollständig aus."), "Nach")
    assert q.speaker_span.text.startswith("Angaben der Feuerwehr")


def test_quotes_de_carried_speaker_takes_its_mention_next_to_the_quotation():
    text = ("Der Gewerkschaftschef Peter Muster kritisierte die Pläne der Konzernleitung. "
            "Die Firma habe keine Strategie. "
            "In dem Verfahren sieht Muster einen „Angriff auf die Beschäftigten“.")
    ent = entity(text, "e1", "Peter Muster", "PER", "Peter Muster", "Muster")
    r = run(text, "de", (ent,))
    q = next(q for q in r.quotes if q.type == "direct")
    assert q.speaker == "e1"
    assert q.speaker_span.text == "Muster" and q.speaker_span.start > text.index("Verfahren")
    # the free indirect sentence names nobody: it keeps the earlier mention
    free = next(q for q in r.quotes if q.span.text.startswith("Die Firma"))
    assert "Muster" in free.speaker_span.text and free.speaker_span.end < text.index("Die Firma")


def test_quotes_de_short_uncued_quotation_is_no_statement_of_the_subject():
    r = run("Die Ratingagentur stufte die Bank auf „stabil“ herab.")
    assert not any(q.speaker_span is not None for q in r.quotes)


def test_quotes_de_colon_keeps_the_subject_even_for_a_short_quotation():
    q = next(q for q in run("Der Minister: „Das reicht nicht.“").quotes if q.type == "direct")
    assert q.speaker_span.text == "Der Minister"


def test_quotes_de_longer_uncued_quotation_is_still_the_subjects():
    r = run("Die Ministerin lobte die Helfer als „die stillen Heldinnen und Helden dieser Tage“.")
    q = next(q for q in r.quotes if q.type == "direct")
    assert q.speaker_span.text == "Die Ministerin"


def test_quotes_de_confirming_a_fact_is_no_reported_statement():
    assert not run("Ein Gentest bestätigte die Identität des Toten.").quotes


def test_quotes_de_speech_goes_on_as_the_outer_speakers_not_the_nested_ones():
    text = ("Das Nachrichtenportal Netzblick meldete am Morgen, der Verein Freie Daten habe den "
            "Zusammenhang bestätigt. Der Vorstand wolle gegen die Entscheidung vorgehen.")
    r = run(text)
    free = next(q for q in r.quotes if q.span.text.startswith("Der Vorstand"))
    assert free.speaker_span.text == "Das Nachrichtenportal Netzblick"


def test_quotes_de_speech_noun_after_a_verb_frame_keeps_the_verbs_speaker():
    text = ("Beispiel, der den Vorsitz im Herbst abgeben will, sagte zur "
            "Begründung, er wolle jüngeren Kollegen Platz machen. "
            "Vom Vorstand habe ihn niemand zum Gehen gedrängt.")
    free = next(q for q in run(text).quotes if q.span.text.startswith("Vom Vorstand"))
    assert free.speaker_span.text == "Beispiel"


def test_quotes_de_subjunctive_goes_back_to_the_paragraphs_older_speaker():
    lead = "Die Bürgermeisterin Eva Probe sagte am Montag, die Brücke sei marode. "
    tail = "Eine Sanierung werde mindestens zwei Jahre dauern."
    near = run(lead + "Der Verkehr staute sich am Nachmittag. Später regnete es. " + tail)
    q = next(q for q in near.quotes if q.span.text.startswith("Eine Sanierung"))
    assert q.speaker_span.text == "Die Bürgermeisterin Eva Probe" and q.cue is None
    # four sentences back is too far: the subjunctive is nobody's speech
    far = run(lead + "Der Verkehr staute sich. Später regnete es. Danach klarte es auf. " + tail)
    assert not any(q.span.text.startswith("Eine Sanierung") for q in far.quotes)
