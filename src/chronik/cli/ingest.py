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
    workers: Annotated[int, typer.Option(help="Analysis processes (default 0: all cores; "
                                         "1 = in this process).")] = 0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no per-input messages.")] = False,
) -> None:
    """Read, analyze, store and fuse articles into the timeline database.

    Re-ingesting the same input adds nothing (articles are identified by a content hash).
    Exit code 0 when everything was stored, 1 when any input was rejected, 2 on usage errors.

    Example: chronik ingest news/ --db news.db --workers 4
    """
    from chronik.engines.ingest import ingest
    from chronik.engines.local import default_workers
    from chronik.engines.progress import read_counted
    from chronik.store import resolve_location

    if workers < 0:
        die("--workers must be 0 (all cores) or more", EXIT_USAGE)
    workers = workers or default_workers()
    rejected = Rejections(quiet=quiet)
    store = open_db(db, must_exist=False)
    location = resolve_location(db)
    articles, counter = read_counted(paths, lang=lang, on_error=rejected)
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(bar_width=None),
                        TextColumn("{task.fields[seen]} articles · {task.fields[rate]:.0f}/s"
                                   " · {task.fields[eta]}"),
                        TimeElapsedColumn(), console=console, transient=True, disable=quiet)
    with store_errors(), progress:
        task = progress.add_task("ingest", total=counter.total, seen=0, rate=0.0, eta="")

        def tick(report) -> None:  # input bytes drive the bar and the ETA when sizes are known
            left = counter.eta(report.seconds)
            progress.update(task, completed=counter.done, seen=report.seen, rate=report.rate,
                            eta="" if left is None else f"ETA {int(left // 60)}:{int(left % 60):02d}")

        report = ingest(store, articles, analyze=not no_analyze, workers=workers,
                        on_error=rejected, progress=tick)
    store.close()
    if not quiet or rejected.count:
        print_summary(report, rejected, location)
    if report.interrupted:
        raise typer.Exit(130)
    raise typer.Exit(EXIT_REJECTED if rejected.count else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
