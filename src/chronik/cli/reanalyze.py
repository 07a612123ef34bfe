"""`chronik reanalyze`: re-run the pipeline on stored articles (a newer pipeline version)."""

from __future__ import annotations

from typing import Annotated

import typer

from chronik.cli.common import (
    EXIT_OK,
    EXIT_REJECTED,
    EXIT_USAGE,
    DbOption,
    Rejections,
    die,
    open_db,
    store_errors,
)


def reanalyze_cmd(
    db: DbOption = None,
    all: Annotated[bool, typer.Option("--all", help="Every article, not only outdated ones.")] = False,
    workers: Annotated[int, typer.Option(help="Analysis processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
) -> None:
    """Re-analyze stored articles analysed by another pipeline version (or all with --all).

    Their rows are replaced and their events re-fused.
    """
    import chronik
    from chronik.cli.ingest import print_summary
    from chronik.engines.ingest import ingest
    from chronik.store import resolve_location
    from chronik.store.articles import stored_articles

    if workers < 1:
        die("--workers must be at least 1", EXIT_USAGE)
    store = open_db(db)
    rejected = Rejections(quiet=quiet)
    with store_errors():
        arts = stored_articles(store, None if all else chronik.PIPELINE_VERSION)
        report = ingest(store, arts, workers=workers, replace=True, on_error=rejected)
    print_summary(report, rejected, resolve_location(db))
    raise typer.Exit(EXIT_REJECTED if rejected.count else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("reanalyze")(reanalyze_cmd)
