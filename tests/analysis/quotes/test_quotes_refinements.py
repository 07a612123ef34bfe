"""Refinements of the quotes rules found on quotes-de train errors (sentences written here)."""

from __future__ import annotations

from quotes_helpers import quote_by_cue, run

from chronik.analysis.quotes.lexicon import lexicon
from chronik.resources import load_yaml


def _texts(result) -> list[tuple[str, str, str | None]]:
    return [(q.type, q.span.text, q.speaker_span.text if q.speaker_span else None)
            for q in result.quotes]


def test_apposition_after_speaker_is_no_content():
    r = run("„Wir bleiben hier“, sagte Maria Beispiel, eine Sprecherin des Vereins.")
    assert [t for t, _s, _p in _texts(r)] == ["direct"]
    assert r.quotes[0].speaker_span.text == "Maria Beispiel, eine Sprecherin des Vereins"


def test_speaker_before_apposition_is_no_content():
    r = run("Karl Muster, der Verkehrsminister des Landes, sagte am Montag, die Brücke werde "
            "gesperrt.")
    assert not any(s.startswith("Karl Muster") for _t, s, _p in _texts(r)), _texts(r)
    assert any(s == "die Brücke werde gesperrt" for _t, s, _p in _texts(r)), _texts(r)


def test_sentence_initial_preposition_is_no_speaker():
    r = run("In einer Videobotschaft sagte der Bürgermeister, man werde weiterkämpfen.")
    q = next(q for q in r.quotes if q.cue == "sagte")
    assert q.speaker_span.text == "der Bürgermeister"


def test_free_indirect_sentences_of_one_speaker_make_one_quote():
    r = run("Die Ministerin sagte, die Lage sei ernst. Man habe alle Kräfte gebündelt. "
            "Die Hilfe werde bald eintreffen.")
    texts = _texts(r)
    assert ("indirect", "die Lage sei ernst", "Die Ministerin") in texts
    assert ("indirect", "Man habe alle Kräfte gebündelt. Die Hilfe werde bald eintreffen.",
            "Die Ministerin") in texts
    assert len(texts) == 2


def test_reported_statement_around_a_quotation_quotes_the_quotation_only():
    # quotes-de mostly marks only the quotation; the statement stays an attribution
    r = run("Der Trainer nannte das Spiel einen „bitteren Abend für alle“.")
    assert [t for t, _s, _p in _texts(r)] == ["direct"]
    assert all(q.speaker_span.text == "Der Trainer" for q in r.quotes)
    assert any(a.cue == "nannte" for a in r.attributions)


def test_mined_verbs_are_speech_verbs():
    mined = load_yaml("de", "quote_cues.yaml").get("mined_verbs") or []
    lex = lexicon("de")
    assert all(w.lower() in lex.speech_verbs for w in mined)
    assert all(w == w.lower() and " " not in w for w in mined)  # words, not phrases


def test_object_in_front_is_no_speaker():
    r = run("Den Rücktritt des Bürgermeisters forderte die Opposition am Dienstag.")
    q = quote_by_cue(r, "forderte")
    assert q.speaker_span.text == "die Opposition"


def test_long_subject_before_the_verb_is_the_speaker():
    r = run("Ein nicht genannter Vertreter der Firma bezeichnete den Kauf als „strategisch“.")
    q = next(q for q in r.quotes if q.type == "direct")
    assert q.speaker_span.text.startswith("Ein nicht genannter Vertreter")


def test_short_capitalized_quotation_right_after_its_frame_is_a_quote():
    r = run("Die Sprecherin sagte, „Es gibt Gesprächsbedarf“.")
    assert [(q.type, q.speaker_span.text) for q in r.quotes] == [("direct", "Die Sprecherin")]
    assert not run("Die Zeitung „Neue Zürcher Zeitung“ berichtete darüber ausführlich.").quotes
