"""The classic baselines of eval/quotes_baseline.py: quoted spans, cue and nearest speaker."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from chronik.analysis.quotes.lexicon import lexicon
from chronik.model import Article
from chronik.pipeline import analyze

SCRIPT = Path(__file__).resolve().parents[3] / "eval" / "quotes_baseline.py"


def _module():
    spec = importlib.util.spec_from_file_location("quotes_baseline", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_quoted_spans_need_three_words_and_do_not_overlap():
    mod = _module()
    text = "Der Film „Nordlicht“ lief. „Wir bauen die Brücke bis zum Herbst“, sagte sie."
    spans = mod.quoted_spans(text, lexicon("de").quote_marks)
    assert [text[s:e] for s, e in spans] == ["„Wir bauen die Brücke bis zum Herbst“"]


def test_marks_and_cue_take_the_name_nearest_the_verb():
    mod = _module()
    text = ("Die Stadt Kassel plant eine neue Brücke. „Wir bauen die Brücke bis zum Herbst“, "
            "sagte Bürgermeisterin Anna Berger am Montag.")
    res = analyze(Article.create(text, date="2024-05-06", lang="de"), skip=frozenset({"events"}))
    preds = mod.baseline_quotes(res, "de", with_cue=True)
    assert len(preds) == 1
    q = preds[0]
    assert text[q.cue[0]:q.cue[1]] == "sagte"
    assert "Berger" in text[q.speaker[0]:q.speaker[1]]
    # without a speech verb the quote is not kept by the cue baseline, but is by the marks one
    bare = "Die Stadt plant. „Wir bauen die Brücke bis zum Herbst“ steht auf dem Plakat."
    res2 = analyze(Article.create(bare, date="2024-05-06", lang="de"), skip=frozenset({"events"}))
    assert mod.baseline_quotes(res2, "de", with_cue=True) == []
    assert len(mod.baseline_quotes(res2, "de", with_cue=False)) == 1
