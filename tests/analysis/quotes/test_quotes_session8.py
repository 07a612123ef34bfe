"""Session 8: Konjunktiv I forms of verbs in "-ieren" are guessed ("reagiere"), and a reported
statement cut off inside the quotation its colon introduces is no quote of its own. All
sentences are written for these tests."""

from __future__ import annotations

from quotes_helpers import run

from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.mood import guess_subjunctive


# --- Konjunktiv I of "-ieren" verbs -------------------------------------------------------------
def test_guess_iere_subjunctive():
    lex = lexicon("de")
    text = "Die Firma reagiere damit auf die schwache Nachfrage."
    assert [w for _, w in guess_subjunctive(text, lex)] == ["reagiere"]


def test_iere_adjective_ending_still_blocked():
    """The "-ere" block for adjectives ("weitere", "andere") stays."""
    lex = lexicon("de")
    text = "Die weitere Planung liegt bei der Stadt."
    assert guess_subjunctive(text, lex) == []


def test_iere_sentence_continues_speech():
    text = ("Die Sprecherin der Werft, Tanja Oltmann, sagte am Dienstag, die Aufträge seien "
            "eingebrochen. Das Unternehmen reagiere darauf mit Kurzarbeit für 300 Beschäftigte.")
    res = run(text)
    free = [q for q in res.quotes if q.span.text.startswith("Das Unternehmen reagiere")]
    assert len(free) == 1
    assert free[0].type == "indirect"
    assert free[0].speaker_text is not None and "Tanja Oltmann" in free[0].speaker_text
    assert free[0].span.text.endswith("Beschäftigte.")


# --- a reported statement cut off inside its quotation -------------------------------------------
def test_reported_cut_inside_colon_quotation_is_dropped():
    """The splitter cuts "… mit den Worten: „A. B.“" after "A."; the reported statement it
    leaves ends inside the quotation and is only the quotation's frame."""
    text = ("Der Trainer Lukas Brenner begründete den Wechsel mit den Worten: „Wir brauchen "
            "frisches Blut. Die Saison ist noch lang.“ Danach verließ er den Saal.")
    res = run(text)
    assert [q.type for q in res.quotes] == ["direct"]
    q = res.quotes[0]
    assert q.span.text == "„Wir brauchen frisches Blut. Die Saison ist noch lang.“"
    assert q.speaker_text is not None and "Lukas Brenner" in q.speaker_text
    assert q.cue == "begründete"


def test_reported_without_quotation_is_kept():
    text = "Die Gewerkschaft begründete ihre Forderung mit den gestiegenen Preisen."
    res = run(text)
    assert [q.type for q in res.quotes] == ["reported"]
    assert res.quotes[0].span.text == text


# --- a possessive source before a postposition -----------------------------------------------------
def test_possessive_source_drops_article_of_later_noun():
    text = "Die Ministerin wandte sich gegen die ihrer Meinung nach überzogenen Forderungen der Bauern."
    res = run(text)
    q = next(q for q in res.quotes if q.cue == "nach")
    assert q.speaker_span is not None and q.speaker_span.text == "ihrer Meinung"
    assert q.type == "indirect"


def test_relative_pronoun_before_possessive_source_still_dropped():
    text = ("Die Gewerkschaft kritisierte die Reform, die ihrer Ansicht nach den Kündigungsschutz "
            "schwächt.")
    res = run(text)
    q = next(q for q in res.quotes if q.cue == "nach")
    assert q.speaker_span is not None and q.speaker_span.text == "ihrer Ansicht"


# --- the cue of a colon quotation -------------------------------------------------------------------
def test_colon_quotation_takes_the_verb_of_saying():
    text = "Der Mann biss den Helfer und rief: „Lasst mich in Ruhe!“ Dann floh er."
    res = run(text)
    assert [(q.type, q.span.text, q.cue) for q in res.quotes] == [
        ("direct", "„Lasst mich in Ruhe!“", "rief")]
    assert res.quotes[0].speaker_text is not None and "Mann" in res.quotes[0].speaker_text


def test_colon_quotation_without_verb_of_saying_takes_first_verb():
    text = "Der Verband griff die Regierung scharf an: „Das ist ein Skandal.“"
    res = run(text)
    assert [(q.type, q.cue) for q in res.quotes] == [("direct", "griff")]


# --- a subjunctive sentence after a sentence naming a document --------------------------------------
def test_subjunctive_after_document_reports_the_document():
    text = ("Im Jahresbericht der Stiftung werden viele Fälle von Vernachlässigung aufgeführt. "
            "In den meisten Fällen sei das Jugendamt zu spät gekommen.")
    res = run(text)
    assert len(res.quotes) == 1
    q = res.quotes[0]
    assert q.type == "indirect"
    assert q.span.text == "In den meisten Fällen sei das Jugendamt zu spät gekommen."
    assert q.speaker_span is not None and q.speaker_span.text == "Jahresbericht der Stiftung"


def test_subjunctive_after_plain_place_is_not_reported():
    """A place that is no document ("im Hafen") reports nothing."""
    text = "Im Hafen lagen am Morgen drei Frachter. Die Ladung sei verdorben."
    res = run(text)
    assert res.quotes == ()


# --- a German opening mark closed by a straight one -------------------------------------------------
def test_low_opening_mark_closed_by_straight_mark():
    text = "„Wir bleiben hier\", sagte die Sprecherin der Mieterinitiative am Freitag."
    res = run(text)
    assert [(q.type, q.span.text, q.cue) for q in res.quotes] == [
        ("direct", "„Wir bleiben hier\"", "sagte")]
    assert res.quotes[0].speaker_span is not None
    assert res.quotes[0].speaker_span.text.startswith("die Sprecherin")


def test_low_opening_mark_keeps_its_curly_close():
    text = "„Wir bleiben hier“, sagte die Sprecherin. Sie nannte den Plan \"absurd\"."
    res = run(text)
    direct = [q.span.text for q in res.quotes if q.type == "direct"]
    assert direct[0] == "„Wir bleiben hier“"


# --- "…, nach denen …": the source noun before a prepositional phrase ------------------------------
def test_relative_source_past_prepositional_phrase():
    text = ("Die Regierung reagiert auf Umfragen im Land, nach denen 60 Prozent der Bürger "
            "die Reform ablehnen.")
    res = run(text)
    q = next(q for q in res.quotes if q.cue == "nach")
    assert q.type == "indirect"
    assert q.span.text == "60 Prozent der Bürger die Reform ablehnen"
    assert q.speaker_span is not None and q.speaker_span.text == "denen"


def test_relative_after_rumours_is_a_source():
    text = "Seit Wochen gibt es Gerüchte, nach denen der Trainer den Verein verlassen will."
    res = run(text)
    q = next(q for q in res.quotes if q.cue == "nach")
    assert q.span.text == "der Trainer den Verein verlassen will"


def test_relative_after_person_is_no_source():
    text = "Im Finale traf sie auf die Meisterin aus Chile, nach der das Turnier benannt ist."
    res = run(text)
    assert res.quotes == ()


# --- the subject after the verb, past adverbs and "und" in the fronted phrase -----------------------
def test_inverted_subject_past_coordinated_object():
    text = ("Auch auf die hohen Zinsen und den derzeit schwachen Euro blickt der Analyst Tom Reich "
            "mit Sorge. Der Preis sei trotz großer Nachfrage zu hoch.")
    res = run(text)
    assert [(q.type, q.span.text) for q in res.quotes] == [
        ("indirect", "Der Preis sei trotz großer Nachfrage zu hoch.")]
    assert res.quotes[0].speaker_span is not None
    assert res.quotes[0].speaker_span.text == "der Analyst Tom Reich"


# --- "verweisen" (plural present) -------------------------------------------------------------------
def test_plural_verweisen_frames_content_clause():
    text = "Die Ärzte verweisen darauf, dass die Betten knapp seien."
    res = run(text)
    assert [(q.type, q.span.text, q.cue) for q in res.quotes] == [
        ("indirect", "dass die Betten knapp seien", "verweisen")]
    assert res.quotes[0].speaker_span is not None and res.quotes[0].speaker_span.text == "Die Ärzte"


def test_plural_verweisen_speaker_continues():
    text = "Mehrere Analysten verweisen auf die hohen Zinsen. Der Preis sei trotz großer Nachfrage zu hoch."
    res = run(text)
    assert [(q.type, q.span.text) for q in res.quotes] == [
        ("indirect", "Der Preis sei trotz großer Nachfrage zu hoch.")]
    assert res.quotes[0].speaker_span is not None
    assert res.quotes[0].speaker_span.text == "Mehrere Analysten"


# --- a coordinated cue verb inside a subordinate clause ----------------------------------------------
def test_coordinated_cue_in_subordinate_clause_takes_its_subject():
    text = ("Der Bauernverband lehnt den Plan ab, während die Umweltgruppe Grüne Aue ihn unterstützt "
            "und fordert, dass er schnell umgesetzt wird.")
    res = run(text)
    q = next(q for q in res.quotes if q.cue == "fordert")
    assert q.span.text == "dass er schnell umgesetzt wird"
    assert q.speaker_span is not None and q.speaker_span.text == "die Umweltgruppe Grüne Aue"


def test_coordinated_cue_in_main_clause_takes_main_subject():
    text = "Der Minister kam am Morgen und sagte, die Lage sei ernst."
    res = run(text)
    q = next(q for q in res.quotes if q.cue == "sagte")
    assert q.speaker_span is not None and q.speaker_span.text == "Der Minister"
