"""The fast paths of the actors stage give exactly what the plain code gives."""

from __future__ import annotations

import pytest

from chronik.analysis.actors import names
from chronik.analysis.actors.gazetteer import Gazetteer, _alias_case
from chronik.analysis.actors.ner_features import KnownFeatures, sentence_features
from chronik.model import Span

SENTENCES = [
    "Gestern traf Kanzlerin Petra Albers in Kassel den Vorstand der Nordwerk AG .".split(),
    ["Laut", "„", "Morgenblatt", "“", "will", "Jonas", "Berg", "zurücktreten", "."],
    ["Ja", "."],
    ["Hallo"],
]


def _decoded(items):
    return [tuple(x.decode() for x in it) for it in items]


def _every_window(words):
    n = len(words)
    return [(lo, hi) for lo in range(n) for hi in range(lo + 1, n + 1)]


@pytest.mark.parametrize("max_words", [100_000, 3])
def test_known_features_are_the_filtered_sentence_features(max_words):
    """Every window of every sentence (sentence ends, quotes, two-word sentences), with a
    model that knows some attributes only, and with caches small enough to be emptied."""
    every = {f for words in SENTENCES for it in sentence_features(words) for f in it}
    known = frozenset(f for i, f in enumerate(sorted(every)) if i % 3)  # two thirds known
    kf = KnownFeatures(known, max_words=max_words)
    for words in SENTENCES:
        for lo, hi in _every_window(words):
            want = [tuple(f for f in it if f in known) for it in sentence_features(words, lo, hi)]
            got = kf.items(words, lo, hi)
            assert all(isinstance(x, bytes) for it in got for x in it)
            assert _decoded(got) == want, (words, lo, hi)
        assert _decoded(kf.items(words)) == [tuple(f for f in it if f in known)
                                             for it in sentence_features(words)]
    assert len(kf._word) <= max_words and all(len(t) <= max_words for t in kf._ctx.values())


def test_quoted_words_keep_their_mark_in_the_fast_path():
    words = ["Er", "las", "gestern", "„", "Die", "Reise", "“", "im", "Zug", "vor", "."]
    kf = KnownFeatures(frozenset({"inq", "cap"}))
    assert [b"inq" in it for it in kf.items(words, 3, 8)] == [False, True, True, False, False]


def test_windows_start_at_capitalized_uncommon_words_and_merge():
    words = "Die Firma Nordwerk hat in Kassel und Fulda gebaut .".split()
    common = frozenset({"Die", "Firma"})
    assert names._windows(words, common) == [(2, 10)]  # touching windows merge
    # words already explained (KB names) are not candidates
    skip = [False] * len(words)
    skip[5] = True
    assert names._windows(words, common, skip) == [(2, 5), (7, 10)]
    assert names._windows(["nur", "klein", "."], frozenset()) == []


def test_foreign_script_names_only_when_such_a_script_occurs():
    assert names.foreign_names("Ein Text ganz ohne fremde Schrift, mit Umlauten: Größe.") == []
    text = "Die Sängerin Анна Петрова trat in Wien auf und wurde gefeiert."
    found = names.foreign_names(text)
    assert [(text[n.start:n.end], n.type) for n in found] == [("Анна Петрова", "MISC")]


def test_alias_case_is_computed_per_alias():
    assert _alias_case("AP") == (True, ["A", "P"])
    assert _alias_case("Kassel") == (True, None)
    assert _alias_case("nordisch") == (False, None)
    assert _alias_case("NORDWERKE") == (True, None)  # long all-caps: no exact-spelling rule


def test_gazetteer_case_rules_unchanged():
    gz = Gazetteer([("AP", "Q1", "name"), ("Kassel", "Q2", "name"), ("UNO", "Q3", "name")], "de")
    text = "Die AP meldet aus Kassel, ap und kassel nicht; Uno und UNO ja."
    got = [(text[h.start:h.end], h.readings[0][0]) for h in gz.scan(text)]
    assert got == [("AP", "Q1"), ("Kassel", "Q2"), ("UNO", "Q3")]  # short all-caps: exact


def test_german_names_offsets_only_for_sentences_with_names(monkeypatch):
    """Token offsets are computed lazily; names still get the right character spans, and a
    sentence without candidates is not tagged at all."""
    tagged: list[int] = []

    class Marks:
        def tag(self, items):
            tagged.append(len(items))
            return ["B-PER" if "w=jonas" in it else "I-PER" if "w=berg" in it else "O" for it in items]

        def marginal(self, label, i):
            return 0.9

    monkeypatch.setattr(names, "_crf_tagger", lambda: Marks())
    monkeypatch.setattr(names, "_common_words", lambda: frozenset({"Heute", "Dann"}))
    text = "Heute kam niemand. Dann sprach  Jonas Berg lange."
    sents = (Span.of(text, 0, 18), Span.of(text, 19, len(text)))
    found = names.german_names(text, sents)
    assert [(text[n.start:n.end], n.type) for n in found] == [("Jonas Berg", "PER")]
    assert tagged == [4]  # one window, "Jonas" to the sentence end; none in the first sentence


def test_role_nouns_found_behind_the_first_letter_filter(monkeypatch):
    from chronik.analysis.actors import roles

    table = {"roles": {"Oberbürgermeister": "mayor", "Kanzler": "chancellor"},
             "endings": ["", "in", "s"]}
    monkeypatch.setattr(roles, "has_resource", lambda lang, name: True)
    monkeypatch.setattr(roles, "load_yaml", lambda lang, name: table)
    text = "Der Kanzler traf die Oberbürgermeisterin; ein Vizekanzler nicht."
    found = roles.role_matcher.__wrapped__("zz").find(text)
    assert [(text[r.start:r.end], r.key) for r in found] == [
        ("Kanzler", "chancellor"), ("Oberbürgermeisterin", "mayor")]
    table = {"roles": {}}  # no role nouns at all: no filter, no matches, no error
    assert roles.role_matcher.__wrapped__("zz").find(text) == []
