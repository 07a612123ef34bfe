"""`chronik export FORMAT OUT`: the fused timeline (or the tables) in a file format."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from chronik.cli.common import DbOption, open_db, store_errors

console = Console(stderr=True, highlight=False)


def export_cmd(
    format: Annotated[str, typer.Argument(help="jsonl, csv, plover, gdelt, parquet or markdown.")],
    out: Annotated[str, typer.Argument(help="Output file (- for stdout); a folder for parquet.")],
    entities: Annotated[list[str] | None, typer.Option("--entity", help="Events with this entity (repeatable).")] = None,
    with_: Annotated[list[str] | None, typer.Option("--with", help="...and also with this entity.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="A PLOVER event type.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    query: Annotated[str | None, typer.Option(help="Words a report's sentence must contain.")] = None,
    min_sources: Annotated[int, typer.Option(help="Only events with at least N sources.")] = 1,
    country: Annotated[list[str] | None, typer.Option(
        "--country", help="ISO alpha-3 code; repeat for relations (--country PRK --country RUS).")] = None,
    lang: Annotated[str, typer.Option(help="Language of the markdown chronicle (de, en).")] = "de",
    title: Annotated[str | None, typer.Option(help="A heading for the markdown chronicle.")] = None,
    db: DbOption = None,
) -> None:
    """Export the fused timeline; parquet writes one table per kind (filters apply).

    Example: chronik export markdown chronik.md --entity "Kim Jong Un" --lang de
    """
    from chronik.exports import Filters, export

    store = open_db(db)
    filters = Filters(tuple(entities or ()), tuple(with_ or ()), type, since, until, query, min_sources,
                      tuple(country or ()))
    with store_errors():
        n = export(store, format, out, filters, lang=lang, title=title)
    if out != "-":
        console.print(f"wrote {n} {'rows' if format == 'parquet' else 'events'} to {out}")


def register(app: typer.Typer) -> None:
    app.command("export")(export_cmd)
