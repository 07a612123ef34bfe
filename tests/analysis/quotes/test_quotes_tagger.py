"""The features and span decoding of the (optional) trained quote tagger."""

from __future__ import annotations

from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.marks import find_direct
from chronik.analysis.quotes.phrases import tokenize
from chronik.analysis.quotes.tagger import (
    TypeFeatures,
    article_features,
    rule_marks,
    sentence_flags,
    spans_of,
)
from chronik.model import Quote, Span
from chronik.text.segment import sentences


def test_spans_of_decodes_bio_and_cue_runs():
    labels = ["O", "B-Q", "I-Q", "B-Q", "O", "B-S", "I-S", "C", "C", "I-Q"]
    assert spans_of(labels, "Q") == [(1, 3), (3, 4), (9, 10)]
    assert spans_of(labels, "S") == [(5, 7)]
    assert spans_of(labels, "C") == [(7, 9)]


def test_features_per_token_and_sentence_flags():
    text = "Der Sprecher sagte, die Lage sei ruhig. „Alles gut“, hieß es."
    lex = lexicon("de")
    sents = sentences(text, "de")
    directs = find_direct(text, lex)

    def toks_of(k):
        s = sents[k]
        return tokenize(text, s.start, s.end, [q for q in directs if q[0] < s.end and q[1] > s.start])

    feats = article_features(text, sents, toks_of, lex, TypeFeatures(lex))
    assert set(feats) == {0, 1}
    assert len(feats[0]) == len(toks_of(0))
    sagte = feats[0][2]
    assert "w=sagte" in sagte and "k=cue" in sagte and "Scue" in sagte and "Ssubj" in sagte
    assert "Nquote" in sagte  # the next sentence holds a quotation
    assert "q" in feats[1][1]  # "Alles" is inside quotation marks
    assert sentence_flags(toks_of(1), lex) >= {"quote"}


def test_rule_marks_follow_rule_quotes():
    text = "Der Sprecher sagte, die Lage sei ruhig."
    toks = tokenize(text, 0, len(text), [])
    q = Quote(Span.of(text, 20, 38), "indirect", None, "Der Sprecher", "sagte",
              Span.of(text, 0, 12), Span.of(text, 13, 18))
    marks = rule_marks(toks, [q], prev_quoted=False)
    assert "rS" in marks[0] and "rC" in marks[2] and "rQ" in marks[4] and "rQ=indirect" in marks[4]
    assert all("rsent" in m for m in marks)
