"""`chronik ner --conll IN.tsv > OUT.tsv`: tag GermEval-format German text with the CRF.

Input: one token per line (tab-separated; the token is the second column when the first is
a number, as in GermEval, else the first), `#` comment lines, blank lines between sentences.
Output: the same lines with one more column, the predicted outer span (B-PER, I-LOC, O, …).
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer


def _token(row: list[str]) -> str:
    return row[1] if len(row) > 1 and row[0].isdigit() else row[0]


def tag_conll(lines, out, min_conf: float = 0.5) -> int:
    """Tag every sentence of `lines` and write the rows with a label column; returns sentences.

    A name is kept when its least likely token has a CRF marginal ≥ `min_conf`."""
    from chronik.analysis.actors.names import spans_to_labels, tag_spans

    n = 0
    block: list[str] = []

    def flush() -> None:
        nonlocal n
        rows = [b for b in block if not b.startswith("#")]
        words = [_token(r.split("\t")) for r in rows]
        labels = iter(spans_to_labels(len(words), tag_spans(words, min_conf)) if rows else [])
        for b in block:
            out.write(b + "\n" if b.startswith("#") else f"{b}\t{next(labels)}\n")
        n += bool(rows)
        block.clear()

    for line in lines:
        line = line.rstrip("\n").rstrip("\r")
        if not line.strip():
            flush()
            out.write("\n")
            continue
        block.append(line)
    flush()
    return n


def ner_cmd(
    conll: Annotated[str, typer.Option("--conll", help="GermEval-format TSV input, or - for stdin.")],
    min_conf: Annotated[float, typer.Option(help="Keep names whose weakest token has this CRF marginal.")] = 0.5,
) -> None:
    """Tag names (PER, ORG, LOC, OTH outer spans) in token-per-line German input.

    Example: chronik ner --conll NER-de-dev.tsv > out.tsv
    """
    from chronik.analysis.actors.names import _crf_tagger

    if _crf_tagger() is None:
        typer.echo("error: the German NER model resources/de/ner.crfsuite is missing; "
                   "run scripts/train_ner_de.py", err=True)
        raise typer.Exit(2)
    try:
        fh = sys.stdin if conll == "-" else open(conll, encoding="utf-8")
    except OSError as exc:
        typer.echo(f"error: {conll}: {exc.strerror}", err=True)
        raise typer.Exit(2) from exc
    with fh:
        tag_conll(fh, sys.stdout, min_conf)


def register(app: typer.Typer) -> None:
    app.command("ner")(ner_cmd)
