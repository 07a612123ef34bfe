"""`chronik stats`: what the store holds."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.columns import Columns
from rich.console import Console
from rich.table import Table

from chronik.cli.common import DbOption, open_db

console = Console(highlight=False)


def _table(title: str, rows, head: str) -> Table:
    t = Table(head, "n", title=title)
    for k, n in rows:
        t.add_row(str(k), str(n))
    return t


def stats_cmd(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Counts: articles by language and month, entities, events by type, fused events, sources."""
    from chronik.timeline.queries import stats

    store = open_db(db)
    s = stats(store)
    if format == "json":
        print(json.dumps(s.to_dict(), ensure_ascii=False, indent=2))
        return
    console.print(f"[bold]{s.articles}[/] articles ({s.unanalyzed} not analyzed) · "
                  f"[bold]{s.entities}[/] entities · [bold]{s.events}[/] event reports · "
                  f"[bold]{s.timeline_events}[/] timeline events "
                  f"({s.fused_multi_report} reported by several articles)")
    console.print(Columns([
        _table("articles by language", s.articles_by_lang, "lang"),
        _table("articles by month", s.articles_by_month, "month"),
        _table("entities by type", s.entities_by_type, "type"),
        _table("event reports by type", s.events_by_type, "type"),
        _table("sources", s.sources, "source"),
    ]))


def register(app: typer.Typer) -> None:
    app.command("stats")(stats_cmd)
