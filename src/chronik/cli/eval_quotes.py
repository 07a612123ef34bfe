"""`chronik eval quotes GOLD_DIR`: run the pipeline on quotes-de gold and score the quotes."""

from __future__ import annotations

import json
import sys
import time
from typing import Annotated

import typer

METRICS = ("quote_exact", "quote_overlap", "quote_tokens", "speaker_exact", "speaker_overlap",
           "cue_exact", "cue_overlap", "attributed_exact", "attributed_overlap", "attributed_tokens")
PAPER = ("paper_messages", "paper_roles", "paper_joint")


def eval_quotes_cmd(
    gold_dir: Annotated[str, typer.Argument(help="Folder of quotes-de gold *.json files.")],
    limit: Annotated[int | None, typer.Option(help="Score only the first N files.")] = None,
    skip: Annotated[list[str], typer.Option(help="Also skip this pipeline stage (repeatable).")] = [],  # noqa: B006
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score quotation attribution: precision, recall and F1 per role, exact and overlap.

    Example: chronik eval quotes ../shared/data/quotes-de/dev
    """
    from chronik.errors import InputError
    from chronik.eval.score_quotes import PredQuote, QuoteScores, read_gold_dir, score_doc
    from chronik.model import Article
    from chronik.pipeline import analyze

    try:
        docs = read_gold_dir(gold_dir, limit)
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    scores = QuoteScores()
    skip_set = frozenset(skip) | {"events"}
    t0 = time.perf_counter()
    for doc in docs:
        art = Article.create(doc.text, date=doc.date, lang="de", id=doc.name)
        res = analyze(art, skip=skip_set)
        preds = [PredQuote((q.span.start, q.span.end),
                           (q.speaker_span.start, q.speaker_span.end) if q.speaker_span else None,
                           (q.cue_span.start, q.cue_span.end) if q.cue_span else None, q.type)
                 for q in res.quotes]
        score_doc(scores, doc, preds)
    secs = time.perf_counter() - t0
    if as_json:
        json.dump({"documents": len(docs), "seconds": round(secs, 3), "scores": scores.as_dict()},
                  sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    typer.echo(f"{len(docs)} documents, {secs:.2f} s (pipeline without: {', '.join(sorted(skip_set))})")
    typer.echo(f"{'metric':<20} {'P':>7} {'R':>7} {'F1':>7} {'pred':>6} {'gold':>6}")
    for name in METRICS:
        m = scores.get(name)
        typer.echo(f"{name:<20} {m.precision:7.3f} {m.recall:7.3f} {m.f1:7.3f} {m.n_p:6d} {m.n_g:6d}")
    typer.echo("macro-averaged over quote groups, as the dataset's evaluation does:")
    for name in PAPER:
        a = scores.get_macro(name)
        typer.echo(f"{name:<20} {a.precision:7.3f} {a.recall:7.3f} {a.f1:7.3f}")


def register(app: typer.Typer) -> None:  # noqa: ARG001 - goes on the eval group
    from chronik.cli.app import eval_app

    eval_app.command("quotes")(eval_quotes_cmd)
