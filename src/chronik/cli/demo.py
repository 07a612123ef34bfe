"""`chronik demo`: build a fresh store from the bundled corpus and show the fused chronology
of North Korea–Russia relations 2023–2025, each entry with its sources."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from chronik.cli.common import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, Rejections, die, store_errors

console = Console(stderr=True, highlight=False)
DEMO_DB = "chronik-demo.db"
COUNTRIES = ("PRK", "RUS")


def _fresh(path: Path) -> None:
    """Remove an old demo database (only a chronik database, never another file)."""
    if not path.exists():
        return
    import sqlite3

    try:
        with sqlite3.connect(path) as conn:
            conn.execute("SELECT 1 FROM chronik_migrations LIMIT 1")
    except sqlite3.Error:
        die(f"{path} exists and is not a chronik database: choose another --db", EXIT_USAGE)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def build_demo(db: str | Path, *, workers: int = 1, on_error=None):
    """Ingest the bundled corpus into a fresh store at `db`; returns (store, report)."""
    from chronik.demo import corpus_jsonl
    from chronik.engines.ingest import ingest
    from chronik.readers import read_paths
    from chronik.store import open_store

    _fresh(Path(db))
    store = open_store(str(db))
    report = ingest(store, read_paths([str(corpus_jsonl())], on_error=on_error), workers=workers,
                    on_error=on_error)
    return store, report


def demo_cmd(
    db: Annotated[str, typer.Option("--db", help="Where to build the demo database (replaced).")] = DEMO_DB,
    format: Annotated[str, typer.Option("--format", "-f", help="table, md, json or csv.")] = "table",
    lang: Annotated[str, typer.Option(help="Language of dates and sentences (en, de).")] = "en",
    all_events: Annotated[bool, typer.Option("--all", help="Every event, not only North Korea–Russia.")] = False,
    workers: Annotated[int, typer.Option(help="Analysis processes.")] = 1,
) -> None:
    """Build a store from the bundled demo corpus and print the fused chronology.

    Example: chronik demo --format md --lang de
    """
    from chronik.cli.timeline import FORMATS, render_entries
    from chronik.timeline.queries import stats, timeline

    if format not in FORMATS:
        die(f"unknown format {format!r}: use one of {', '.join(FORMATS)}", EXIT_USAGE)
    rejected = Rejections()
    with store_errors():
        with console.status("analysing the demo corpus …"):
            store, report = build_demo(db, workers=workers, on_error=rejected)
        s = stats(store)
        page = timeline(store, countries=() if all_events else COUNTRIES,
                        since="2023", until="2025", limit=1000)
    console.print(f"[bold]{s.articles}[/] articles ({', '.join(f'{n} {k}' for k, n in s.articles_by_lang)}) "
                  f"→ {s.events} event reports → [bold]{s.timeline_events}[/] timeline events, "
                  f"{s.fused_multi_report} reported by several articles · {report.seconds:.1f} s")
    title = ("Chronik: Nordkorea und Russland 2023–2025" if lang == "de"
             else "Chronology: North Korea and Russia 2023–2025")
    if all_events:
        title = "Chronik 2023–2025" if lang == "de" else "Chronology 2023–2025"
    render_entries(page.entries, format, lang=lang, title=title)
    console.print(f"[dim]explore: chronik timeline --db {db} \"Kim Jong Un\" · chronik event ID --db {db} · "
                  f"chronik search Gipfel --db {db}[/]")
    store.close()
    raise typer.Exit(EXIT_REJECTED if rejected.count else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_cmd)
