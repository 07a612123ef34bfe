"""Issue 6, session 6: one quote for one content framed twice, the part of a sentence a
source phrase reports (after a colon, inside parentheses or a relative clause), a source
phrase over a reported statement, the head of a phrase that replaces a subject, a pronoun
after the cue in a sentence with a passive subordinate clause, abbreviations as no speakers,
and a few lexicon facts. Sentences written for these tests."""

from __future__ import annotations

from quotes_helpers import entity, run

from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.phrases import NounPhrases, tokenize


def _non_direct(r):
    return [q for q in r.quotes if q.type != "direct"]


def test_quotes_de_two_cues_for_one_content_give_one_quote():
    r = run("Ein Gutachten bestätigte die Sorge, die Uhren seien allesamt gefälscht.")
    qs = [q for q in _non_direct(r) if q.span.text == "die Uhren seien allesamt gefälscht"]
    assert len(qs) == 1
    assert qs[0].cue == "bestätigte" and qs[0].speaker_span.text == "Ein Gutachten"


def test_quotes_de_the_speaker_naming_a_person_wins_the_shared_content():
    text = ("Die Kritik der Verbände wandte sich gegen den Plan von Ministerin Eva Roth, "
            "allen Behörden einen Zugriff auf die neuen Register zu erlauben.")
    r = run(text, entities=(entity(text, "e1", "Eva Roth", "PER", "Eva Roth"),))
    qs = [q for q in _non_direct(r) if q.span.text.startswith("allen Behörden")]
    assert len(qs) == 1 and "Eva Roth" in qs[0].speaker_span.text


def test_quotes_de_source_phrase_after_a_colon_reports_what_follows_it():
    r = run("Die Bilanz fiel ernüchternd aus: Nach Angaben der Polizei wurden drei Menschen "
            "leicht verletzt.")
    q = [q for q in r.quotes if q.cue == "Nach"]
    assert len(q) == 1 and q[0].span.text == "wurden drei Menschen leicht verletzt"


def test_quotes_de_source_phrase_in_parentheses_reports_the_parenthesis():
    r = run("Der Sturm traf die Küste am Abend (nach Angaben der Behörden lag die Windstärke "
            "bei zwölf), viele Häuser wurden beschädigt.")
    q = [q for q in r.quotes if q.cue == "nach"]
    assert len(q) == 1 and q[0].span.text == "lag die Windstärke bei zwölf"


def test_quotes_de_source_phrase_right_after_a_relative_pronoun_reports_its_clause():
    r = run("Die Verbände fordern den Rücktritt des Ministers, der ihrer Meinung nach zu lange "
            "gezögert hat.")
    q = [q for q in r.quotes if q.cue == "nach"]
    assert len(q) == 1
    assert q[0].span.text == "der ihrer Meinung nach zu lange gezögert hat"


def test_quotes_de_source_phrase_after_preposition_and_relative_pronoun():
    r = run("Man entdeckte vier Taschen, unter denen sich nach Ansicht der Ermittler "
            "auch das Diebesgut befinden soll, am Bahnhof.")
    q = [q for q in r.quotes if q.cue == "nach"]
    assert len(q) == 1 and q[0].span.text.startswith("unter denen sich")


def test_quotes_de_source_phrase_takes_over_a_reported_statement():
    r = run("Die Firma Nordwerk hat nach eigenen Angaben den Bau einer neuen Halle "
            "angekündigt.")
    assert not any(q.type == "reported" for q in r.quotes)
    q = [q for q in r.quotes if q.cue == "nach"]
    assert len(q) == 1 and q[0].speaker_span.text == "eigenen Angaben"


def test_quotes_de_object_with_a_speaking_genitive_does_not_replace_the_subject():
    text = "Quandtler kritisierte die Haltung von Karl Kraus als „völlig verfehlt“."
    r = run(text, entities=(entity(text, "e1", "Karl Kraus", "PER", "Karl Kraus"),))
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span.text == "Quandtler"


def test_quotes_de_head_of_a_phrase_decides_whether_it_can_speak():
    lex = lexicon("de")
    finder = NounPhrases(lex)
    text = "die Haltung von Karl Kraus"
    toks = tokenize(text, 0, len(text), [])
    person = [(text.index("Karl"), len(text))]
    assert finder.is_animate(toks, (0, len(toks)), person)  # any mention in it counts here
    assert not finder.head_animate(toks, (0, len(toks)), person)
    text = "die Absage Hartmanns"
    toks = tokenize(text, 0, len(text), [])
    assert not finder.head_animate(toks, (0, len(toks)), [(text.index("H"), len(text))])
    text = "Frankreichs Präsident Jean Dubois"
    toks = tokenize(text, 0, len(text), [])
    assert finder.head_animate(toks, (0, len(toks)), [])


def test_quotes_de_pronoun_after_the_cue_speaks_despite_a_passive_clause_before():
    r = run("Als ihm der Preis überreicht worden war sagte er: „Damit habe ich nie "
            "gerechnet und bin sehr dankbar.“")
    q = [q for q in r.quotes if q.type == "direct"]
    assert len(q) == 1 and q[0].speaker_span is not None and q[0].speaker_span.text == "er"


def test_quotes_de_abbreviation_is_no_speaker():
    r = run("Viele Fachleute, z.B. Juristen der Universität, behaupten, das neue Gesetz sei "
            "mit der Verfassung nicht vereinbar.")
    assert all(q.speaker_span is None or q.speaker_span.text != "z.B" for q in r.quotes)


def test_quotes_de_nehmen_is_a_cue_only_with_its_particle():
    r = run("Die Reparatur werde noch Wochen in Anspruch nehmen, sagte ein Sprecher der Bahn.")
    assert not any(q.cue == "nehmen" for q in r.quotes)
    assert any(q.cue == "sagte" and q.speaker_span.text == "ein Sprecher der Bahn"
               for q in r.quotes)
    assert "an" in lexicon("de").need_particle["nehmen"]


def test_quotes_de_bekannt_gegeben_is_a_cue():
    r = run("Die Firma Nordwerk hatte am Montag bekannt gegeben, dass sie das Werk im "
            "Sommer schließen werde.")
    q = [q for q in r.quotes if q.cue == "bekannt gegeben"]
    assert len(q) == 1 and q[0].span.text == "dass sie das Werk im Sommer schließen werde"


def test_quotes_de_session6_lexicon_facts():
    lex = lexicon("de")
    for word in ("angeboten", "erwogen", "vereinbart", "darlegte"):
        assert word in lex.speech_verbs
    assert "ankündigung" in lex.prep_cue_nouns["nach"]


def test_quotes_de_relative_clause_mood_does_not_cut_a_free_indirect_sentence():
    r = run("Das Institut sieht keine Gefahr für die Bevölkerung. Lediglich Halter, die "
            "täglich mit Hühnern zu tun hätten, seien vorsichtshalber zu schützen.")
    q = [q for q in r.quotes if q.cue is None and q.type == "indirect"]
    assert len(q) == 1 and q[0].span.text.startswith("Lediglich Halter")


def test_quotes_de_phrase_without_verb_before_the_comma_stays_in_free_indirect_speech():
    r = run("Die Firma Nordwerk sieht keine Verzögerung. Im Gegenteil, es sei schon mit dem "
            "Bau der Halle begonnen worden.")
    q = [q for q in r.quotes if q.cue is None and q.type == "indirect"]
    assert len(q) == 1 and q[0].span.text.startswith("Im Gegenteil")
