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


# --- session 3, round 2: prepositions that open no speaker, source phrases inside a relative
# clause, "nach" relatives that are times (sentences written for these tests) ---------------

def _triples(result) -> list[tuple[str, str, str | None]]:
    return [(q.type, q.span.text, q.speaker_span.text if q.speaker_span else None)
            for q in result.quotes]


def test_round2_prepositional_phrase_before_the_cue_is_no_speaker():
    r = run("Trotz des Regens teilte der Veranstalter mit, das Konzert finde statt.")
    assert _triples(r) == [("indirect", "das Konzert finde statt", "der Veranstalter")]


def test_round2_genitive_prepositions_and_sentence_adverbs_are_data():
    lex = lexicon("de")
    assert {"trotz", "angesichts", "wegen", "aufgrund"} <= lex.prepositions
    assert {"beispielsweise", "vermutlich", "angeblich"} <= lex.adverbs


def test_round2_source_phrase_in_a_relative_clause_quotes_that_clause():
    r = run("Die Polizei fand im Keller eine Kiste, die nach Angaben der Ermittler gestohlene "
            "Bilder enthielt, und brachte sie weg.")
    assert _triples(r) == [("indirect", "die nach Angaben der Ermittler gestohlene Bilder enthielt",
                            "Angaben der Ermittler")]


def test_round2_laut_in_a_relative_clause_quotes_that_clause():
    r = run("Der Verein verpflichtete einen Torwart, der laut seinem Berater aus Spanien kommt, "
            "für drei Jahre.")
    q = r.quotes[0]
    assert q.span.text == "der laut seinem Berater aus Spanien kommt"
    assert "Berater" in q.speaker_span.text


def test_round2_source_phrase_in_the_main_clause_still_quotes_the_sentence():
    r = run("Die Brücke ist nach Angaben der Stadt seit Montag gesperrt.")
    assert _triples(r) == [("indirect", "Die Brücke ist nach Angaben der Stadt seit Montag gesperrt",
                            "Angaben der Stadt")]


def test_round2_nach_relative_after_a_time_noun_is_no_source():
    r = run("Das Finale, nach dem die Spieler lange feierten, endete spät am Abend.")
    assert r.quotes == ()


def test_round2_nach_relative_after_a_source_noun_still_reports():
    r = run("Die Forscher veröffentlichten mehrere Studien, nach denen der Stoff ungefährlich sei.")
    assert _triples(r) == [("indirect", "der Stoff ungefährlich sei", "denen")]


def test_round2_source_phrase_frames_a_quotation_right_after_it():
    r = run("Der Bürgermeister besuchte die Unglücksstelle. Seiner Ansicht nach „ist das ein "
            "schwarzer Tag für die Stadt“.")
    assert _triples(r) == [("direct", "„ist das ein schwarzer Tag für die Stadt“", "Seiner Ansicht")]


def test_round2_prep_source_frames_a_quotation_right_after_it():
    r = run("Nach Angaben der Feuerwehr „wurde niemand verletzt“.")
    assert _triples(r) == [("direct", "„wurde niemand verletzt“", "Angaben der Feuerwehr")]


def test_round2_heisst_es_takes_the_opening_phrase_before_a_relative_clause():
    r = run("In der neuen Fassung des Berichts, die gestern erschien, heißt es, die Zahl sei "
            "gestiegen.")
    assert _triples(r) == [("indirect", "die Zahl sei gestiegen", "der neuen Fassung des Berichts")]


def test_round2_konjunktiv_one_after_a_subject_that_can_speak_reports_it():
    r = run("Der Verband legte seine Jahreszahlen vor. Die Umsätze seien leicht gestiegen.")
    assert _triples(r) == [("indirect", "Die Umsätze seien leicht gestiegen.", "Der Verband")]


def test_round2_konjunktiv_two_with_no_speaker_before_is_the_writers_own():
    for second in ("Ohne den milden Winter wäre der Umsatz kleiner gewesen.",
                   "Ohne den milden Winter hätten die Händler weniger verkauft."):
        r = run("Der Verband legte seine Jahreszahlen vor. " + second)
        assert r.quotes == (), second


def test_round2_past_subjunctive_is_data():
    lex = lexicon("de")
    assert {"wäre", "hätte"} <= lex.past_subjunctive <= lex.subjunctive


def test_round2_verb_after_a_fronted_adverb_is_no_part_of_the_subject():
    r = run("Auch lehnte die Ministerin den Vorschlag ab. Die bisherige Regel habe sich bewährt.")
    assert _triples(r) == [("indirect", "Die bisherige Regel habe sich bewährt.", "die Ministerin")]


def test_round2_noun_phrase_does_not_end_in_a_dangling_linker():
    r = run("Der Beauftragte für den Bezirk sagte, die Straße bleibe gesperrt.")
    assert _triples(r) == [("indirect", "die Straße bleibe gesperrt", "Der Beauftragte")]


def test_round2_es_wurde_bekannt_reports_without_a_speaker():
    r = run("Am Montag wurde bekannt, dass der Konzern sein Werk schließt.")
    assert _triples(r) == [("indirect", "dass der Konzern sein Werk schließt", None)]


def test_round2_wie_bekannt_wurde_reports_the_main_clause():
    r = run("Wie gestern bekannt wurde, verlässt der Trainer den Verein.")
    assert _triples(r) == [("indirect", "verlässt der Trainer den Verein", None)]


def test_round2_bekannt_as_a_particle_or_an_adjective_is_no_speakerless_cue():
    r = run("Der Minister gab bekannt, dass er zurücktritt.")
    assert _triples(r) == [("indirect", "dass er zurücktritt", "Der Minister")]
    assert run("Der Sänger ist in ganz Europa bekannt.").quotes == ()


def test_round2_speakerless_cues_are_data():
    lex = lexicon("de")
    assert "wurde" in lex.speakerless_cues["bekannt"]
    assert "bekannt" in lex.triggers


def test_round2_nach_after_a_time_word_is_a_time_not_a_source():
    assert run("Kurz nach dem Urteil verließ der Angeklagte den Saal.").quotes == ()
    assert run("Zwei Wochen nach der Untersuchung trat der Minister zurück.").quotes == ()


def test_round2_nach_with_a_source_noun_still_reports():
    r = run("Nach dem Urteil des Gerichts ist die Klausel unwirksam.")
    assert _triples(r) == [("indirect", "ist die Klausel unwirksam", "dem Urteil des Gerichts")]
