"""`chronik timeline`, `chronik entity`, `chronik event`: read the fused timeline."""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chronik.cli.common import EXIT_USAGE, DbOption, die, open_db, store_errors

console = Console(highlight=False)
FORMATS = ("table", "json", "csv", "md")


def _names(refs) -> str:
    return ", ".join(r.name for r in refs)


def render_entries(entries, format: str = "table", *, lang: str = "en", title: str | None = None) -> None:
    """Print timeline entries as a rich table, JSON Lines, CSV or a Markdown chronicle."""
    from chronik.timeline.queries import entry_record

    if format == "json":
        for e in entries:
            sys.stdout.write(json.dumps(entry_record(e), ensure_ascii=False) + "\n")
    elif format == "csv":
        from chronik.exports.csv import COLUMNS

        w = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, extrasaction="ignore")
        w.writeheader()
        for e in entries:
            rec = {k: "; ".join(v) if isinstance(v, list) else v for k, v in entry_record(e).items()}
            w.writerow(rec)
    elif format == "md":
        from chronik.exports.markdown import render

        sys.stdout.write(render(entries, lang, title))
    else:
        from chronik.exports.markdown import headline, label

        table = Table("id", "date", "event", "sources", title=title, expand=True)
        for e in entries:
            srcs = list(dict.fromkeys(x.name if x.kind == "publisher" else label(x.name, None, lang)
                                      for x in e.sources))
            table.add_row(str(e.id), e.display_date(lang),
                          f"{headline(e, lang)} [dim]{e.type}{'/' + e.mode if e.mode else ''}[/]",
                          (", ".join(srcs) + (f" [dim]({e.n_articles} articles)[/]"
                                              if e.n_articles > 1 else "")).strip())
        console.print(table)


def timeline_cmd(
    entities: Annotated[list[str] | None, typer.Argument(
        help="Entities (names, any spelling, KB ids or ids): events with any of them.")] = None,
    with_: Annotated[list[str] | None, typer.Option("--with", help="...and also with this entity (a dyad).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="A PLOVER event type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (inclusive).")] = None,
    query: Annotated[str | None, typer.Option(help="Words a report's sentence must contain.")] = None,
    min_sources: Annotated[int, typer.Option(help="Only events with at least N sources.")] = 1,
    country: Annotated[list[str] | None, typer.Option(
        "--country", help="ISO alpha-3 code; repeat for relations (--country PRK --country RUS).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 200,
    offset: Annotated[int, typer.Option(help="Skip this many events.")] = 0,
    format: Annotated[str, typer.Option("--format", "-f", help="table, json, csv or md.")] = "table",
    lang: Annotated[str, typer.Option(help="Language of dates and the md chronicle (de, en).")] = "en",
    db: DbOption = None,
) -> None:
    """The fused timeline: each event once, with all its reports, in date order.

    Example: chronik timeline "Kim Jong Un" --with Russia --since 2024 --format md
    """
    from chronik.timeline.queries import timeline

    if format not in FORMATS:
        die(f"unknown format {format!r}: use one of {', '.join(FORMATS)}", EXIT_USAGE)
    store = open_db(db)
    with store_errors():
        page = timeline(store, entities or (), with_ or (), type=type, since=since, until=until,
                        query=query, min_sources=min_sources, countries=country or (),
                        limit=limit, offset=offset)
    if not page.entries and format == "table":
        console.print("no events match these filters")
        return
    render_entries(page.entries, format, lang=lang)


def entity_cmd(
    name: Annotated[str, typer.Argument(help="A name (any spelling), a KB id or an entity id.")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """An entity's profile: spellings, roles, counterparts, events per month.

    Example: chronik entity Schoigu
    """
    from chronik.timeline.queries import entity_profile

    store = open_db(db)
    with store_errors():
        p = entity_profile(store, name)
    if format == "json":
        print(json.dumps(p.to_dict(), ensure_ascii=False, indent=2))
        return
    e = p.entity
    console.print(f"[bold]{e.name}[/] ({e.type or '?'}{', ' + e.country if e.country else ''}"
                  f"{', ' + e.kb if e.kb else ''}) · id {e.id} · {p.n_events} events in "
                  f"{p.n_articles} articles")
    console.print("spellings: " + ", ".join(p.names))
    if p.merged_from:
        console.print("merged from: " + ", ".join(f"{m.name} (id {m.id})" for m in p.merged_from))
    if p.roles:
        console.print("roles: " + "; ".join(f"{r} ({n})" for r, n in p.roles))
    if p.counterparts:
        t = Table("counterpart", "events", title="counterparts")
        for ref, n in p.counterparts[:15]:
            t.add_row(ref.name, str(n))
        console.print(t)
    if p.types:
        console.print("event types: " + ", ".join(f"{t} {n}" for t, n in p.types))
    if p.events_per_month:
        top = max(n for _, n in p.events_per_month)
        t = Table("month", "events", "", title="events per month")
        for m, n in p.events_per_month:
            t.add_row(m, str(n), "█" * max(1, round(20 * n / top)))
        console.print(t)


def event_cmd(
    event_id: Annotated[str, typer.Argument(help="A timeline event id (see `chronik timeline`).")],
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    lang: Annotated[str, typer.Option(help="Language of the date (de, en).")] = "en",
    db: DbOption = None,
) -> None:
    """One fused event with every report: sentence, article, publisher, cited sources."""
    from chronik.timeline.queries import event_detail

    store = open_db(db)
    with store_errors():
        d = event_detail(store, event_id)
    if format == "json":
        print(json.dumps(d.to_dict(), ensure_ascii=False, indent=2))
        return
    e = d.entry
    from chronik.exports.markdown import headline

    console.print(f"[bold]{e.display_date(lang)}[/] — {e.type}{'/' + e.mode if e.mode else ''}: "
                  f"{headline(e, lang)} [dim]({e.modality}, confidence {e.confidence:.2f})[/]")
    console.print(f"actors: {_names(e.actors) or '—'} · recipients: {_names(e.recipients) or '—'}"
                  + (f" · where: {e.location.name}" if e.location else ""))
    t = Table("article", "date", "source", "report", show_lines=True, expand=True)
    for ev in d.evidence:
        cited = f"\n[dim]cites: {', '.join(ev.cited_sources)}[/]" if ev.cited_sources else ""
        t.add_row(ev.article_title or ev.article_id, ev.article_date or "", ev.article_source or "",
                  f"{ev.sentence}\n[dim]{ev.type} · {ev.date or 'no date'} · {ev.modality}[/]{cited}")
    console.print(t)


def register(app: typer.Typer) -> None:
    app.command("timeline")(timeline_cmd)
    app.command("entity")(entity_cmd)
    app.command("event")(event_cmd)
