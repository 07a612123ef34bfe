"""`chronik ingest`: read articles, analyze them, store and fuse them into the timeline."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

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

console = Console(stderr=True, highlight=False)


def print_summary(report, rejected: Rejections, db: str) -> None:
    """The closing summary: ingested, duplicates, rejected with reasons."""
    n_rej = rejected.count
    console.print(f"[bold]ingested[/] {report.ingested}  [bold]duplicates[/] {report.duplicates}"
                  + (f"  [bold]replaced[/] {report.replaced}" if report.replaced else "")
                  + f"  [bold]rejected[/] {n_rej}  ({report.rate:.0f} articles/s) → {db}")
    if n_rej:
        reasons: dict[str, int] = {}
        for p in rejected.problems:
            reasons[p.reason] = reasons.get(p.reason, 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:10]:
            console.print(f"  {n} × {reason}", soft_wrap=True)
    if report.interrupted:
        console.print("[yellow]interrupted[/]: everything before the interruption is stored; "
                      "run the same command again to finish (stored articles are skipped).")


def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or - for stdin.")],
    db: DbOption = None,
    lang: Annotated[str | None, typer.Option(help="Force the language (de, en) instead of detecting it.")] = None,
    no_analyze: Annotated[bool, typer.Option("--no-analyze", help="Store articles and sentences only "
                                             "(searchable); `chronik reanalyze` analyzes them later.")] = False,
    workers: Annotated[int, typer.Option(help="Analysis processes (1 = in this process).")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no per-input messages.")] = False,
) -> None:
    """Read, analyze, store and fuse articles into the timeline database.

    Re-ingesting the same input adds nothing (articles are identified by a content hash).
    Exit code 0 when everything was stored, 1 when any input was rejected, 2 on usage errors.

    Example: chronik ingest news/ --db news.db --workers 4
    """
    from chronik.engines.ingest import ingest
    from chronik.readers import read_paths
    from chronik.store import resolve_location

    if workers < 1:
        die("--workers must be at least 1", EXIT_USAGE)
    rejected = Rejections(quiet=quiet)
    store = open_db(db, must_exist=False)
    location = resolve_location(db)
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(bar_width=None),
                        TextColumn("{task.completed} articles · {task.fields[rate]:.0f}/s"),
                        TimeElapsedColumn(), console=console, transient=True, disable=quiet)
    with store_errors(), progress:
        task = progress.add_task("ingest", total=None, rate=0.0)

        def tick(report) -> None:
            progress.update(task, completed=report.seen, rate=report.rate)

        report = ingest(store, read_paths(paths, lang=lang, on_error=rejected),
                        analyze=not no_analyze, workers=workers, on_error=rejected, progress=tick)
    store.close()
    if not quiet or rejected.count:
        print_summary(report, rejected, location)
    if report.interrupted:
        raise typer.Exit(130)
    raise typer.Exit(EXIT_REJECTED if rejected.count else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
