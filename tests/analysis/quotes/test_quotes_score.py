"""Scoring against quotes-de style gold: the metrics on hand-made documents, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronik.eval.score_quotes import (
    GoldDoc,
    GoldQuote,
    PredQuote,
    QuoteScores,
    assign,
    read_gold,
    score_doc,
)

TEXT = "Die Ministerin sagte, die Lage sei ernst. „Wir handeln“, erklärte sie."


def _tokens(text: str) -> tuple[tuple[int, int], ...]:
    from chronik.text.segment import tokens
    return tuple((t.start, t.end) for t in tokens(text))


def _span(sub: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(sub, start)
    return (i, i + len(sub))


GOLD = GoldDoc("doc (2020-01-02).json", TEXT, "2020-01-02", _tokens(TEXT), (
    GoldQuote((_span("die Lage sei ernst"),), (_span("Die Ministerin"),), (_span("sagte"),), "Indirect"),
    GoldQuote((_span("„Wir handeln“"),), (_span("sie", 50),), (_span("erklärte"),), "Direct"),
))


def test_quotes_score_perfect_prediction():
    scores = QuoteScores()
    preds = [PredQuote(g.quote[0], g.speaker[0], g.cue[0]) for g in GOLD.quotes]
    score_doc(scores, GOLD, preds)
    for name in ("quote_exact", "quote_overlap", "attributed_overlap", "speaker_exact", "cue_exact"):
        assert scores.get(name).f1 == 1.0, name


def test_quotes_score_paper_measure_is_perfect_for_a_perfect_prediction():
    scores = QuoteScores()
    score_doc(scores, GOLD, [PredQuote(g.quote[0], g.speaker[0], g.cue[0]) for g in GOLD.quotes])
    for name in ("paper_messages", "paper_roles", "paper_joint"):
        assert scores.get_macro(name).f1 == 1.0, name


def test_quotes_score_paper_measure_counts_unpaired_quotes():
    scores = QuoteScores()
    score_doc(scores, GOLD, [PredQuote(_span("„Wir handeln“"), _span("sie", 50), _span("erklärte"))])
    m = scores.get_macro("paper_messages")
    assert m.precision == 1.0 and m.recall == 0.5  # one quote found exactly, one missed


@pytest.mark.parametrize("matrix, best", [
    ([[0.5, 0.9], [0.8, 0.1]], 1.7),
    ([[1.0, 0.0, 0.0]], 1.0),
    ([[0.0], [0.3]], 0.3),
    ([[0.2, 0.3, 0.0], [0.0, 0.4, 0.1], [0.5, 0.0, 0.0]], 0.9),
])
def test_quotes_score_assignment_maximizes_the_total(matrix, best):
    pairs = assign(matrix)
    assert len({r for r, _ in pairs}) == len(pairs) == len({c for _, c in pairs})
    assert abs(sum(matrix[r][c] for r, c in pairs) - best) < 1e-9


def test_quotes_score_overlap_counts_partial_spans_but_not_wrong_speakers():
    scores = QuoteScores()
    preds = [PredQuote(_span("Lage sei ernst"), _span("Ministerin"), None),
             PredQuote(_span("„Wir handeln“"), _span("Die Ministerin"), None)]
    score_doc(scores, GOLD, preds)
    assert scores.get("quote_exact").tp_p == 1
    assert scores.get("quote_overlap").f1 == 1.0
    assert scores.get("attributed_overlap").tp_p == 1  # the direct quote has the wrong speaker
    assert scores.get("quote_tokens").recall < 1.0


def test_quotes_score_matching_is_one_to_one():
    scores = QuoteScores()
    part = _span("Lage")
    score_doc(scores, GOLD, [PredQuote(part, None, None), PredQuote(part, None, None)])
    m = scores.get("quote_overlap")
    assert (m.tp_p, m.n_p, m.tp_g, m.n_g) == (1, 2, 1, 2)


def _write_gold(folder: Path) -> Path:
    toks = [{"charBegin": a, "charEnd": b, "id": k, "text": TEXT[a:b]} for k, (a, b) in enumerate(_tokens(TEXT))]

    def role(spans):
        return {"spans": [{"charBegin": a, "charEnd": b} for a, b in spans], "text": ""}

    doc = {"originalText": TEXT, "tokens": toks, "sentences": [], "documentName": "x",
           "annotations": [{"quote": role(g.quote), "speaker": role(g.speaker), "cue": role(g.cue),
                            "frame": role(()), "addressee": role(()), "type": g.type}
                           for g in GOLD.quotes]}
    path = folder / "1 - Eine Meldung (2020-01-02).json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return path


def test_quotes_score_reads_gold_files(tmp_path):
    doc = read_gold(_write_gold(tmp_path))
    assert doc.date == "2020-01-02" and len(doc.quotes) == 2 and doc.text == TEXT


def test_quotes_score_cli_prints_every_metric(tmp_path):
    from typer.testing import CliRunner

    from chronik.cli.app import app

    _write_gold(tmp_path)
    out = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path), "--skip", "time",
                                   "--skip", "actors", "--json"])
    assert out.exit_code == 0, out.output
    scores = json.loads(out.output)["scores"]
    assert scores["attributed_overlap"]["f1"] == 1.0
    assert scores["quote_overlap"]["gold"] == 2


def test_quotes_score_cli_rejects_an_empty_folder(tmp_path):
    from typer.testing import CliRunner

    from chronik.cli.app import app

    out = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path)])
    assert out.exit_code == 2
    assert "no *.json gold files" in out.output


@pytest.mark.parametrize("bad", ["{", "[]", '{"originalText": "x"}'])
def test_quotes_score_bad_gold_file_is_an_input_error(tmp_path, bad):
    from chronik.errors import InputError

    path = tmp_path / "bad.json"
    path.write_text(bad, "utf-8")
    with pytest.raises(InputError):
        read_gold(path)
