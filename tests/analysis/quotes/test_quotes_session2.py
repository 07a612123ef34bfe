"""Issue 6, second pass: speaker noun phrases that are not names, adverbial clauses that are
no content, speech continued after an unframed sentence, reported announcements, and the
speaker-attributed token measure. Sentences written for these tests."""

from __future__ import annotations

from quotes_helpers import entity, quote_by_cue, run

from chronik.eval.score_quotes import GoldDoc, GoldQuote, PredQuote, QuoteScores, score_doc
from chronik.text.segment import tokens


def test_quotes_en_name_before_a_verb_is_the_speaker_not_a_new_entity():
    text = 'Freedonia test-fired two rockets: "We will keep testing for years to come."'
    ent = entity(text, "e1", "Freedonia", "GPE", "Freedonia")
    r = run(text, "en", (ent,))
    q = next(q for q in r.quotes if q.type == "direct")
    assert q.speaker_span.text == "Freedonia" and q.speaker == "e1"
    assert [e.id for e in r.entities] == ["e1"]  # no "Freedonia test-fired" entity


def test_quotes_en_modifier_before_a_speaker_is_no_second_cue():
    r = run("Freedonia launched a new rocket, state media reported on Monday.", "en")
    assert [(q.cue, q.speaker_span.text) for q in r.quotes] == [("reported", "state media")]


def test_quotes_de_adverbial_clause_before_the_cue_is_no_content():
    r = run("Weil das Wetter schlecht war, erklärte der Trainer die Pause.")
    assert not any(q.span.text.startswith("Weil") for q in r.quotes)


def test_quotes_de_clause_before_the_cue_with_two_clauses_is_still_content():
    q = quote_by_cue(run("Weil das Wetter schlecht sei, falle das Training aus, erklärte der Trainer."),
                     "erklärte")
    assert q.span.text.startswith("Weil") and q.speaker_span.text == "der Trainer"


def test_quotes_de_subjunctive_after_a_speaking_subject_is_its_speech():
    text = ("Das Landesinstitut sieht derzeit keine Gefahr für die Region. "
            "Nur Betriebe mit vielen Tieren seien besonders zu schützen.")
    r = run(text)
    q = next(q for q in r.quotes if q.span.text.startswith("Nur Betriebe"))
    assert q.type == "indirect" and q.speaker_span.text == "Das Landesinstitut"


def test_quotes_de_plan_with_soll_needs_a_recent_speaker():
    r = run("Die Brücke wurde im Mai gesperrt. Sie soll im Herbst wieder für den Verkehr öffnen.")
    assert r.quotes == ()


def test_quotes_de_announcement_without_a_clause_is_reported():
    q = quote_by_cue(run("Die Bürgermeisterin hat neue Radwege für die Innenstadt angekündigt."),
                     "angekündigt")
    assert q.type == "reported" and q.speaker_span.text == "Die Bürgermeisterin"


TEXT = "Die Ministerin sagte, die Lage sei ernst. „Wir handeln“, erklärte sie."


def _span(sub: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(sub, start)
    return (i, i + len(sub))


GOLD = GoldDoc("doc (2020-01-02).json", TEXT, "2020-01-02",
               tuple((t.start, t.end) for t in tokens(TEXT)), (
    GoldQuote((_span("die Lage sei ernst"),), (_span("Die Ministerin"),), (_span("sagte"),), "Indirect"),
    GoldQuote((_span("„Wir handeln“"),), (_span("sie", 50),), (_span("erklärte"),), "Direct"),
))


def test_attributed_tokens_counts_quote_tokens_only_with_the_right_speaker():
    scores = QuoteScores()
    score_doc(scores, GOLD, [
        PredQuote(_span("die Lage sei ernst"), _span("Die Ministerin"), _span("sagte")),  # 4 tokens, right
        PredQuote(_span("„Wir handeln“"), _span("Die Ministerin"), None),  # 4 tokens, wrong speaker
    ])
    m = scores.get("attributed_tokens")
    plain = scores.get("quote_tokens")
    assert plain.precision == 1.0 and plain.recall == 1.0
    assert (m.tp_p, m.n_p, m.tp_g, m.n_g) == (4, 8, 4, 8)
    assert m.f1 == 0.5


def test_attributed_tokens_credits_part_of_a_quote():
    scores = QuoteScores()
    score_doc(scores, GOLD, [PredQuote(_span("Lage sei ernst"), _span("Ministerin"), None)])
    m = scores.get("attributed_tokens")
    assert m.precision == 1.0 and m.recall == 3 / 8


def test_quotes_de_impersonal_statement_takes_its_place_as_source():
    q = quote_by_cue(run("Aus dem Rathaus hieß es, die Sanierung werde teurer als geplant."), "hieß es")
    assert q.speaker_span.text == "dem Rathaus" and q.speaker is not None


def test_quotes_de_impersonal_statement_without_a_place_has_no_speaker():
    q = quote_by_cue(run("Es hieß, die Sanierung werde teurer als geplant."), "hieß")
    assert q.speaker_span is None


def test_quotes_de_passive_quoting_names_its_subject_as_speaker():
    text = "„Wir bauen weiter“, wird die Architektin Jana Kolb zitiert."
    q = quote_by_cue(run(text), "zitiert")
    assert q.type == "direct" and q.speaker_span.text == "die Architektin Jana Kolb"


def test_quotes_de_subordinate_clause_opened_by_a_preposition_like_conjunction():
    text = "Während die Ministerin ankündigte, den Plan prüfen zu lassen, lehnte die Opposition ab."
    q = quote_by_cue(run(text), "ankündigte")
    assert q.speaker_span.text == "die Ministerin"
    assert q.span.text == "den Plan prüfen zu lassen"  # the main clause is not said


def test_quotes_de_source_with_a_title_in_marks():
    text = "Wie die „Aktion Saubere Flüsse“ am Montag mitteilte, sei das Wasser wieder klar."
    q = quote_by_cue(run(text), "mitteilte")
    assert q.speaker_span.text == "die „Aktion Saubere Flüsse“"
    assert q.span.text == "sei das Wasser wieder klar"


def test_quotes_de_apposition_with_an_adjective_is_no_content():
    text = "Die Brücke sei sicher, sagte Jana Kolb, leitende Ingenieurin des Bauamts."
    q = quote_by_cue(run(text), "sagte")
    assert q.span.text == "Die Brücke sei sicher" and q.speaker_span.text == "Jana Kolb, leitende Ingenieurin des Bauamts"


def test_quotes_de_source_phrase_keeps_its_genitive_adjectives():
    text = "Nach Angaben des örtlichen Krankenhauses wurden vier Menschen verletzt."
    q = quote_by_cue(run(text), "Nach")
    assert q.speaker_span.text == "Angaben des örtlichen Krankenhauses"
    assert q.span.text == "wurden vier Menschen verletzt"


def test_quotes_de_fronted_object_before_a_colon_is_no_speaker():
    text = "Jede Schuld an der Panne weist die Sprecherin von sich: „Wir haben alles richtig gemacht.“"
    q = next(q for q in run(text).quotes if q.type == "direct")
    assert q.speaker_span.text == "die Sprecherin"


def test_quotes_de_focus_particle_is_not_the_speaker():
    text = "Selbst die Wochenzeitung „Der Bote“ hatte kritisiert, dass die Stadt zu spät reagiert habe."
    q = quote_by_cue(run(text), "kritisiert")
    assert q.speaker_span.text.startswith("die Wochenzeitung")


def test_quotes_de_time_expression_is_never_a_speaker():
    from chronik.analysis.quotes import find_quotes
    from chronik.model import Analysis, Article, Span, Timex
    from chronik.text.segment import sentences

    text = "Anfang März hatte die Polizei die Suche eingestellt. Sie werde erst im Sommer fortgesetzt."
    art = Article.create(text, lang="de")
    tx = Timex("t1", Span.of(text, 0, len("Anfang März")), "DATE", "XXXX-03")
    r = find_quotes(Analysis(art, sentences=sentences(text, "de"), timexes=(tx,)))
    assert all(q.speaker_span is None or not q.speaker_span.text.startswith("Anfang")
               for q in r.quotes)


def test_quotes_de_a_known_name_in_marks_is_no_quotation():
    text = "Der Trainer gab das Hotel „Seeblick Resort“ als Quartier bekannt."
    ent = entity(text, "e1", "Seeblick Resort", "ORG", "Seeblick Resort")
    assert not any(q.type == "direct" for q in run(text, "de", (ent,)).quotes)


def test_quotes_de_noun_of_saying_frames_its_content_clause():
    r = run("In der Stadt wuchs die Befürchtung, die Lage könne sich verschärfen.")
    q = quote_by_cue(r, "die Befürchtung")
    assert q.type == "indirect" and q.span.text == "die Lage könne sich verschärfen"
    assert q.speaker_span.text == "die Befürchtung" and q.speaker is None
    assert r.entities == ()  # a noun of saying is no new entity


def test_quotes_de_noun_of_saying_as_object_takes_the_subject_as_speaker():
    r = run("Die Ärzte äußerten die Hoffnung, dass der Patient bald entlassen werde.")
    q = next(q for q in r.quotes if q.span.text.startswith("dass der Patient"))
    assert q.speaker_span.text == "Die Ärzte"


def test_quotes_de_konjunktiv_two_after_a_cue_is_its_content():
    q = quote_by_cue(run("Der Geologe warnte am Abend, es könnten weitere Beben folgen."), "warnte")
    assert q.type == "indirect" and q.span.text == "es könnten weitere Beben folgen"



def test_quotes_de_title_in_marks_inside_the_subject():
    text = "Die Initiative „Saubere Luft“ weist darauf hin, dass die Werte wieder steigen."
    q = quote_by_cue(run(text), "weist hin")
    assert q.speaker_span.text == "Die Initiative „Saubere Luft“"
    assert q.span.text == "dass die Werte wieder steigen"


def test_quotes_de_apposition_after_the_speaker_is_skipped():
    text = "Im Interview erklärte der Leiter der Behörde, Paul Brenner, der Damm halte stand."
    q = quote_by_cue(run(text), "erklärte")
    assert q.speaker_span.text == "der Leiter der Behörde, Paul Brenner"  # with its apposition
    assert q.span.text == "der Damm halte stand"
