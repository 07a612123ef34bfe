"""`chronik eval timeml GOLD_DIR SYSTEM_DIR`: TempEval-3 timex metrics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def format_metrics(m: dict[str, float]) -> str:
    pct = {k: 100 * v for k, v in m.items() if isinstance(v, float)}
    return (f"timexes: gold {m['gold']}, system {m['system']}\n"
            f"strict   P {pct['strict_p']:5.1f}  R {pct['strict_r']:5.1f}  F1 {pct['strict_f1']:5.1f}\n"
            f"relaxed  P {pct['relaxed_p']:5.1f}  R {pct['relaxed_r']:5.1f}  F1 {pct['relaxed_f1']:5.1f}\n"
            f"value    accuracy {pct['value_acc']:5.1f}  F1 {pct['value_f1']:5.1f}\n"
            f"type     accuracy {pct['type_acc']:5.1f}  F1 {pct['type_f1']:5.1f}")


def eval_timeml_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold .tml files.")],
    system_dir: Annotated[Path, typer.Argument(help="Folder of system .tml files (same names).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics as JSON.")] = False,
    errors: Annotated[Path | None, typer.Option(help="Write every error as JSON Lines here.")] = None,
) -> None:
    """Strict/relaxed P/R/F1 on non-whitespace offsets, value/type accuracy, value F1.

    Example: chronik eval timeml ../shared/data/tempeval3/TimeBank out/TimeBank
    """
    from chronik.eval.score_timex import score_timeml_dirs

    for d in (gold_dir, system_dir):
        if not d.is_dir():
            typer.echo(f"error: {d} is not a folder", err=True)
            raise typer.Exit(2)
    counts, notes = score_timeml_dirs(str(gold_dir), str(system_dir))
    for n in notes:
        typer.echo(f"note: {n}", err=True)
    m = counts.metrics()
    typer.echo(json.dumps(m, indent=2) if as_json else format_metrics(m))
    if errors is not None:
        with errors.open("w", encoding="utf-8") as fh:
            for e in counts.errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")


def register(app: typer.Typer) -> None:
    from chronik.cli.app import eval_app

    eval_app.command("timeml")(eval_timeml_cmd)
