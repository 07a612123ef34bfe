"""`chronik eval ner GOLD OUT`: exact outer-span P/R/F1 of `chronik ner` output."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer


def eval_ner_cmd(
    gold: Annotated[str, typer.Argument(help="Gold GermEval TSV (outer labels in column 3).")],
    out: Annotated[str, typer.Argument(help="Tagged TSV (prediction in the last column).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score NER output: PER, ORG, LOC, OTH and overall (derivations/parts fold to their class).

    Example: chronik eval ner NER-de-dev.tsv out.tsv
    """
    from chronik.errors import InputError
    from chronik.eval.score_ner import format_scores, score_files

    try:
        scores = score_files(gold, out)
    except (InputError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if as_json:
        json.dump({c: {"precision": round(s.precision, 4), "recall": round(s.recall, 4),
                       "f1": round(s.f1, 4), "tp": s.tp, "fp": s.fp, "fn": s.fn}
                   for c, s in scores.items()}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        typer.echo(format_scores(scores))


def register(app: typer.Typer) -> None:
    from chronik.cli.app import eval_app

    eval_app.command("ner")(eval_ner_cmd)
