"""Features of the German CRF name tagger: cue words, name lists, wide context, windows."""

from __future__ import annotations

from chronik.analysis.actors import names
from chronik.analysis.actors.ner_features import (
    REACH,
    cues,
    gazetteer,
    sentence_features,
    word_features,
)
from chronik.model import Span


def test_cue_words_and_role_endings_are_features():
    words, ends = cues()
    assert words["Herr"] == "TITLE" and words["GmbH"] == "ORGSUF"
    assert ("minister", "ROLEEND") in ends
    assert "cue=TITLE" in word_features("Frau")
    assert "cue=ORGSUF" in word_features("AG")
    # a compound the list does not hold is a role noun by its ending
    assert "cue=ROLEEND" in word_features("Landwirtschaftsministerin")
    assert not any(f.startswith("cue=") for f in word_features("gestern"))


def test_gazetteer_knows_first_names_surnames_and_cities():
    gz = gazetteer()
    assert "FIRST" in gz.get("julia", ())
    assert "LAST" in gz.get("schneider", ())
    assert {"LOC", "CITY"} & set(gz.get("regensburg", ()))
    assert "gz=FIRST" in word_features("Julia")


def test_features_reach_two_words_each_side():
    words = ["Gestern", "traf", "Julia", "Schneider", "den", "Vorstand", "."]
    items = sentence_features(words)
    assert len(items) == len(words)
    assert any(f.startswith(f"-{REACH}:w=") for f in items[2])
    assert any(f.startswith(f"+{REACH}:w=") for f in items[2])
    assert "BOS" in items[0] and "EOS" in items[-1]
    assert "first:lcseen" in items[0] or "first:lcunseen" in items[0]


def test_window_tagging_matches_whole_sentence_features(monkeypatch):
    """A window's words are tagged with the features they have in the whole sentence."""
    seen: list[list[list[str]]] = []

    class Recorder:
        def tag(self, items):
            seen.append(items)
            return ["O"] * len(items)

        def marginal(self, label, i):
            return 1.0

    monkeypatch.setattr(names, "_crf_tagger", lambda: Recorder())
    monkeypatch.setattr(names, "_common_words", lambda: frozenset())
    text = "am frühen morgen sprach gestern Julia mit allen leuten dort ."
    names.german_names(text, (Span.of(text, 0, len(text)),))
    whole = sentence_features(text.split())
    assert seen and seen[0] == whole[4:7]  # "gestern Julia mit": ±1 window around Julia
