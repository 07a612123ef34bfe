"""`chronik eval events GOLD_JSON [ARTICLE]`: score the events stage against gold events."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def eval_events_cmd(
    gold: Annotated[Path, typer.Argument(help="Gold JSON (the seed's gold form).")],
    article: Annotated[Path | None, typer.Argument(
        help="The article; default: the gold's `document` next to the gold folder.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the score as JSON.")] = False,
) -> None:
    """Analyze ARTICLE and compare its events with GOLD_JSON: found, missed, extra, negative
    violations, precision and recall.

    Example: chronik eval events ../shared/gold/000_e7a62df085985c21.gold.json
    """
    from chronik.errors import UsageError
    from chronik.eval.score_events import score
    from chronik.pipeline import analyze
    from chronik.readers import read_paths

    doc = json.loads(gold.read_text("utf-8"))
    if article is None:
        if not doc.get("document"):
            raise UsageError("the gold names no `document`: pass the ARTICLE path")
        article = gold.resolve().parent.parent / doc["document"]
    arts = list(read_paths([str(article)], lang=doc.get("lang")))
    if not arts:
        raise UsageError(f"no article read from {article}")
    an = analyze(arts[0])
    sc = score(doc, an)
    if as_json:
        typer.echo(json.dumps(sc.to_record(), ensure_ascii=False))
        return
    names = {e.id: e.name for e in an.entities}
    by_id = {v.id: v for v in an.events}

    def show(vid: str) -> str:
        v = by_id[vid]
        return (f"{vid} {v.type} {[names.get(x, x) for x in v.actors]} -> "
                f"{[names.get(x, x) for x in v.recipients]} {v.date.value} {v.modality}")

    for gid, vid in sc.found:
        typer.echo(f"found   {gid}: {show(vid)}")
    for gid in sc.missed:
        typer.echo(f"missed  {gid}")
    for gid, vid in sc.partial:
        typer.echo(f"dup     {gid}: {show(vid)}")
    for vid in sc.extra:
        typer.echo(f"extra   {show(vid)}")
    for nid, vid in sc.violations:
        typer.echo(f"negative violated {nid}: {show(vid)}")
    typer.echo(f"precision {sc.precision:.3f}  recall {sc.recall:.3f}  "
               f"({len(sc.found)}/{sc.n_required} required, {sc.n_pred} predicted, "
               f"{len(sc.extra)} extra, {len(sc.violations)} negative violations)")


def register(app: typer.Typer) -> None:
    from chronik.cli.app import eval_app

    eval_app.command("events")(eval_events_cmd)
