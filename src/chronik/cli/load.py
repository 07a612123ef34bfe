"""`chronik load PARQUET_DIR`: store and fuse what `chronik spark analyze` wrote."""

from __future__ import annotations

from typing import Annotated

import typer

from chronik.cli.common import EXIT_OK, EXIT_REJECTED, DbOption, Rejections, open_db, stderr, store_errors


def load_cmd(
    folder: Annotated[str, typer.Argument(help="The OUTPUT folder of `chronik spark analyze`.")],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No per-file messages.")] = False,
) -> None:
    """Bring Spark's Parquet tables into a store (SQLite file or postgresql:// URL) and fuse
    their events into the timeline. Articles already stored are skipped; a corrupt Parquet
    file is reported and the others are loaded. Exit 0 when all was loaded, 1 otherwise.

    Example: chronik load out/ --db postgresql://chronik@db.example/chronik
    """
    from chronik.engines.load import load_parquet
    from chronik.store import resolve_location

    rejected = Rejections(quiet=quiet)
    with store_errors():
        store = open_db(db, must_exist=False)
        try:
            report = load_parquet(store, folder, on_error=rejected)
        finally:
            store.close()
    stderr.print(f"[bold]loaded[/] {report.ingested}  [bold]duplicates[/] {report.duplicates}  "
                 f"[bold]rejected[/] {rejected.count}  from {report.files} files → {resolve_location(db)}")
    raise typer.Exit(EXIT_REJECTED if rejected.count else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("load")(load_cmd)
