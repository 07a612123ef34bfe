"""`chronik search`: full-text search over stored sentences, any inflected form."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from chronik.cli.common import EXIT_OK, DbOption, open_db, store_errors

console = Console(highlight=False)


def search_cmd(
    query: Annotated[str, typer.Argument(help="Words to find (every word must occur; stemmed).")],
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option(help="Only articles in this language (de, en).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many sentences.")] = 20,
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Find sentences containing the query words in any inflected form.

    Example: chronik search "Treffen Pjöngjang"   (also finds "traf", "getroffen")
    """
    from chronik.timeline.queries import search

    store = open_db(db)
    with store_errors():
        hits = search(store, query, lang=lang, limit=limit)
    if format == "json":
        import json
        from dataclasses import asdict

        for h in hits:
            print(json.dumps(asdict(h), ensure_ascii=False))
        raise typer.Exit(EXIT_OK)
    if not hits:
        console.print(f"no sentence matches {query!r}")
        raise typer.Exit(EXIT_OK)
    table = Table("date", "article", "sentence", show_lines=True)
    for h in hits:
        text = Text(h.sentence)
        for s, e in h.highlights:
            text.stylize("bold yellow", s, e)
        title = h.title or h.article_id
        if len(title) > 70:
            title = title[:69].rstrip() + "…"
        table.add_row(h.date or "", Text(title + (f"\n({h.source})" if h.source else "")), text)
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("search")(search_cmd)
