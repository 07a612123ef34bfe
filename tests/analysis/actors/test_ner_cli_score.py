"""GermEval-format scoring and the `chronik ner` / `chronik eval ner` commands."""

from __future__ import annotations

import io

from typer.testing import CliRunner

from chronik.cli.app import app
from chronik.cli.ner import tag_conll
from chronik.eval.score_ner import fold_label, score_sequences, spans

GOLD = """#\tsource one
1\tGestern\tO\tO
2\tsprach\tO\tO
3\tAnna\tB-PER\tO
4\tKowalski\tI-PER\tO
5\tin\tO\tO
6\tHamburg\tB-LOC\tO
7\t.\tO\tO

#\tsource two
1\tDie\tO\tO
2\tbayerische\tB-LOCderiv\tO
3\tFirma\tO\tO
4\tKrautwerk\tB-ORG\tO
5\twächst\tO\tO
"""


def test_fold_and_spans():
    assert fold_label("B-LOCderiv") == "B-LOC"
    assert fold_label("I-ORGpart") == "I-ORG"
    assert fold_label("O") == "O"
    assert spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG"]) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG")}


def test_scores_per_class():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "I-PER", "O", "B-ORG"]]
    s = score_sequences(gold, pred)
    assert (s["PER"].tp, s["LOC"].fn, s["ORG"].fp) == (1, 1, 1)
    assert round(s["ALL"].f1, 3) == 0.5


def test_ner_and_eval_commands(tmp_path):
    gold = tmp_path / "gold.tsv"
    gold.write_text(GOLD, "utf-8")
    out = io.StringIO()
    assert tag_conll(io.StringIO(GOLD), out) == 2
    rows = [r for r in out.getvalue().splitlines() if r and not r.startswith("#")]
    assert len(rows) == 12 and all(len(r.split("\t")) == 5 for r in rows)
    runner = CliRunner()
    res = runner.invoke(app, ["ner", "--conll", str(gold)])
    assert res.exit_code == 0, res.output
    pred = tmp_path / "pred.tsv"
    pred.write_text(res.output, "utf-8")
    res = runner.invoke(app, ["eval", "ner", str(gold), str(pred)])
    assert res.exit_code == 0, res.output
    assert "PER" in res.output and "ALL" in res.output
    res = runner.invoke(app, ["eval", "ner", str(gold), str(tmp_path / "missing.tsv")])
    assert res.exit_code == 2
