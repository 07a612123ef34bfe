"""Human-readable rendering of an Analysis for the terminal (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from chronik.model import Analysis

console = Console()


def render_analysis(a: Analysis) -> None:
    art = a.article
    console.rule(f"[bold]{art.title or art.id}")
    console.print(f"date: {art.date}  refined: {art.date_refined}  lang: {art.lang}  "
                  f"source: {art.source}")
    if a.timexes:
        t = Table("id", "text", "type", "value", "anchor", title="time expressions")
        for x in a.timexes:
            t.add_row(x.id, x.span.text, x.type, str(x.value), x.anchor)
        console.print(t)
    if a.entities:
        t = Table("id", "name", "type", "country", "kb", "role", "mentions", title="entities")
        for e in a.entities:
            t.add_row(e.id, e.name, e.type, str(e.country), str(e.kb), str(e.role),
                      ", ".join(sorted({m.text for m in e.mentions})))
        console.print(t)
    names = {e.id: e.name for e in a.entities}
    if a.events:
        t = Table("id", "type", "actors", "recipients", "date", "where", "modality", "sources",
                  title="events")
        for v in a.events:
            t.add_row(v.id, v.type + (f"/{v.mode}" if v.mode else ""),
                      ", ".join(names.get(i, i) for i in v.actors),
                      ", ".join(names.get(i, i) for i in v.recipients),
                      str(v.date.value), names.get(v.location or "", "") or "", v.modality,
                      ", ".join(names.get(i, i) for i in v.sources))
        console.print(t)
    if a.quotes:
        t = Table("quote", "type", "speaker", "cue", title="quotes")
        for q in a.quotes:
            t.add_row(q.span.text[:80], q.type, q.speaker_text or "", q.cue or "")
        console.print(t)
