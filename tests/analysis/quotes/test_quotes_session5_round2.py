"""Issue 6, session 5 round 2: a fronted particle before a quotation ("Von einer „…“ sprach
X"), the next sentence's back reference framing a quotation, the opinion holder of "Für X ist
…", back references over two sentences, ", so schätzen X, …" in mid-sentence, a relative
clause after a source phrase that opens the sentence, and a few more verbs of saying.
Sentences written for these tests."""

from __future__ import annotations

from quotes_helpers import quote_by_cue, run

from chronik.analysis.quotes.lexicon import lexicon


def test_quotes_de_fronted_particle_before_a_quotation_is_the_cue():
    r = run("Die Gespräche verliefen zäh. Von einer „herben Enttäuschung“ sprach der "
            "Vorsitzende Karl Huber.")
    q = quote_by_cue(r, "Von sprach")
    assert q.type == "direct" and q.span.text == "„herben Enttäuschung“"
    assert q.speaker_span.text == "der Vorsitzende Karl Huber"


def test_quotes_de_fronted_preposition_without_quotation_is_no_cue():
    r = run("Von der Bühne sprach der Präsident zu den Gästen im Saal.")
    assert not any(q.cue == "Von sprach" for q in r.quotes)


def test_quotes_de_next_sentence_back_reference_frames_a_quotation():
    r = run("Der Verein kämpft um den Klassenerhalt. „Wir geben bis zum letzten Spieltag "
            "alles.“ Das sagte Trainer Hans Berger am Montag.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "Trainer Hans Berger"
    assert q[0].cue == "sagte"


def test_quotes_de_back_reference_in_a_new_paragraph_frames_nothing_before():
    r = run("„Wir geben nicht auf.“\n\nDas sagte Trainer Hans Berger am Montag.")
    assert not any(q.type == "direct" and q.speaker_span is not None
                   and q.speaker_span.text == "Trainer Hans Berger" for q in r.quotes)


def test_quotes_de_opinion_holder_opening_the_sentence_speaks_the_quotation():
    r = run("Die Zahl der Fälle steigt. Für den Gesundheitsminister Paul Wendt ist die Lage "
            "„äußerst bedrohlich“.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "den Gesundheitsminister Paul Wendt"


def test_quotes_de_opinion_preposition_needs_a_phrase_that_can_speak():
    r = run("Für die Gärten gibt es einen „Plan der Zukunft“ im neuen Stadtteil.")
    assert not any(q.type == "direct" and q.speaker_span is not None for q in r.quotes)


def test_quotes_de_opinion_prepositions_are_data():
    assert "für" in lexicon("de").opinion_preps
    assert lexicon("en").opinion_preps == frozenset()


def test_quotes_de_back_reference_covers_the_two_sentences_before():
    text = ("Im Ort gab es Streit. Die Stadt baut eine neue Brücke über den Fluss. Die Kosten "
            "liegen bei zwei Millionen Euro. Das teilte der Bürgermeister am Montag mit.")
    q = quote_by_cue(run(text), "teilte mit")
    assert q.span.text.startswith("Die Stadt baut") and q.span.text.endswith("Das")
    assert q.speaker_span.text == "der Bürgermeister"


def test_quotes_de_back_reference_stops_at_a_sentence_with_its_own_frame():
    text = ("Die Stadt baut eine Brücke, sagte der Planer. Die Kosten liegen bei zwei Millionen "
            "Euro. Das teilte der Bürgermeister am Montag mit.")
    q = quote_by_cue(run(text), "teilte mit")
    assert q.span.text.startswith("Die Kosten")


def test_quotes_de_so_with_a_verb_in_mid_sentence_quotes_the_words_before():
    q = quote_by_cue(run("Bis zum Herbst, so glauben die Gärtner, soll der Teich wieder "
                         "voll sein."), "glauben")
    assert q.span.text == "Bis zum Herbst, so glauben die Gärtner, soll der Teich wieder voll sein"
    assert q.speaker_span.text == "die Gärtner"


def test_quotes_de_relative_clause_after_an_opening_source_is_not_content():
    q = quote_by_cue(run("Laut einem Bericht der Zeitung, der sich auf Zahlen der Bank stützt, "
                         "leben viele Familien in Armut."), "Laut")
    assert q.span.text == "leben viele Familien in Armut"
    assert q.speaker_span.text == "einem Bericht der Zeitung"


def test_quotes_de_opening_source_with_its_verb_right_after_keeps_the_clause():
    q = quote_by_cue(run("Laut Polizei wurden zwei Männer, die am Tor standen, leicht verletzt."),
                     "Laut")
    assert q.span.text == "wurden zwei Männer, die am Tor standen, leicht verletzt"


def test_quotes_de_more_verbs_of_saying_take_a_content_clause():
    q = quote_by_cue(run("Die Kläger bemängeln, dass das Gericht viel zu langsam arbeite."),
                     "bemängeln")
    assert q.span.text == "dass das Gericht viel zu langsam arbeite"
    assert q.speaker_span.text == "Die Kläger"


def test_quotes_de_inverted_inquit_with_any_verb_names_the_speaker():
    r = run("„Das war ein starkes Spiel“, freute sich der Trainer nach dem Abpfiff.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "der Trainer" and q[0].cue == "freute sich"


def test_quotes_de_clause_after_a_quotation_without_a_speaking_phrase_is_no_inquit():
    r = run("„Das war ein starkes Spiel“, damit endete der Abend im Stadion.")
    assert not any(q.type == "direct" for q in r.quotes)


def test_quotes_de_sentence_of_quotation_alone_takes_the_subject_before():
    r = run("Der Abgeordnete Tom Weiss verurteilte die Politik der Regierung. „Diese Regierung "
            "hat Erfolge vorzuweisen. Aber ihre Politik im Osten gilt als ungerecht.“")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "Der Abgeordnete Tom Weiss"


def test_quotes_de_quotation_inside_a_sentence_does_not_take_the_subject_before():
    r = run("Der Abgeordnete Tom Weiss verurteilte die Politik der Regierung. Viele nennen "
            "das Vorhaben „ein teures Abenteuer ohne Ziel“ im Landtag.")
    assert not any(q.type == "direct" and q.speaker_span is not None
                   and q.speaker_span.text == "Der Abgeordnete Tom Weiss" for q in r.quotes)


def test_quotes_de_quotation_opening_the_next_paragraph_continues_the_speech():
    text = ("Der Abgeordnete Tom Weiss verurteilte die Politik der Regierung. „Diese Regierung "
            "hat Erfolge vorzuweisen.“\n\n„Wir werden dennoch alles tun, um sie zu ändern.“\n\n"
            "Die Regierung schwieg am Abend.")
    q = [q for q in run(text).quotes if q.type == "direct"]
    assert len(q) == 2
    assert all(x.speaker_span.text == "Der Abgeordnete Tom Weiss" for x in q)


def test_quotes_de_paragraph_after_plain_text_does_not_continue_a_quotation():
    text = ("Der Abgeordnete Tom Weiss verurteilte die Politik der Regierung. „Diese Regierung "
            "hat Erfolge vorzuweisen.“ Die Sitzung endete am Abend.\n\n„Wir werden dennoch alles "
            "tun, um sie zu ändern.“")
    q = [q for q in run(text).quotes if q.type == "direct"]
    assert len(q) == 1


def test_quotes_de_back_reference_with_an_auxiliary_frames_the_quotation_before():
    r = run("Die Lage ist ernst. „Ja, es gibt Probleme.“ Das musste der Minister Karl Huber am "
            "Montag einräumen.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "der Minister Karl Huber"
    assert q[0].cue == "einräumen"


def test_quotes_de_latter_is_a_speaker_pronoun():
    r = run("„Wir haben keine Wahl“, so letztere am Montag.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "letztere"
    assert lexicon("de").pronouns["letzterer"] == "PER"


def test_quotes_de_demonstrative_right_after_the_cue_is_the_speaker():
    q = quote_by_cue(run("Für die Firma, so schrieb diese in einer Mitteilung, sei das ein "
                         "großer Erfolg."), "schrieb")
    assert q.speaker_span.text == "diese"


def test_quotes_de_inquit_after_a_question_needs_no_comma():
    r = run("„Wie soll das nur gehen?“ wunderte sich der Trainer nach dem Spiel.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "der Trainer"


def test_quotes_de_statement_without_comma_takes_no_inquit():
    r = run("„Ein Abend im Regen“ ist der Titel des neuen Buches.")
    assert not any(q.type == "direct" and q.speaker_span is not None for q in r.quotes)


def test_quotes_de_opinion_holder_speaks_a_subjunctive_sentence():
    r = run("Der Streit dauert an. Für den Verband der Bauern sei die Lage sehr ernst.")
    q = [q for q in r.quotes if q.type == "indirect"]
    assert len(q) == 1 and q[0].speaker_span.text == "den Verband der Bauern"


def test_quotes_de_demonstrative_object_after_the_verb_is_no_speaker():
    r = run("Er bezeichnete diese als eine „sehr mutige Entscheidung“.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "Er"


def test_quotes_de_accusative_pronoun_after_the_verb_leaves_the_subject_speaking():
    r = run("Der Verband kritisierte die Regeln. Der Geschäftsführer des Verbandes nannte sie "
            "„völlig fahrlässig“.")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "Der Geschäftsführer des Verbandes"


def test_quotes_de_pronoun_after_the_verb_speaks_after_an_adverbial():
    q = quote_by_cue(run("Am Montag sagte sie, die Lage sei ernst."), "sagte")
    assert q.speaker_span.text == "sie"
    assert "sie" in lexicon("de").object_pronouns and not lexicon("en").object_pronouns


def test_quotes_de_apposition_after_an_opening_source_belongs_to_the_source():
    q = quote_by_cue(run("Nach Angaben von Peter Lang, dem Leiter, befanden sich zwei Besucher "
                         "im Turm."), "Nach")
    assert q.span.text == "befanden sich zwei Besucher im Turm"
    assert q.speaker_span.text == "Angaben von Peter Lang, dem Leiter"
