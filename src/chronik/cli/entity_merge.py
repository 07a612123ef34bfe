"""`chronik entity-merge A B`: make B an alias of A (explained, undoable)."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from chronik.cli.common import EXIT_USAGE, DbOption, die, open_db, store_errors

console = Console(highlight=False)


def entity_merge_cmd(
    keep: Annotated[str | None, typer.Argument(help="The entity that stays (name, KB id or id).")] = None,
    alias: Annotated[str | None, typer.Argument(help="The entity merged into it.")] = None,
    reason: Annotated[str | None, typer.Option(help="Why they are the same (stored with the merge).")] = None,
    undo: Annotated[int | None, typer.Option("--undo", help="Undo the merge with this id.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List merges.")] = False,
    db: DbOption = None,
) -> None:
    """Merge two entities that are one (their events are re-fused), undo a merge, or list them.

    Example: chronik entity-merge "Kim Jong Un" "Kim Jong-un" --reason "same person"
    """
    from chronik.store.entities import list_merges, merge_entities, undo_merge
    from chronik.timeline.queries import _entity_ref, resolve_entity

    store = open_db(db)
    with store_errors():
        if list_:
            t = Table("id", "kept", "merged", "reason", "when", "undone")
            for m in list_merges(store):
                t.add_row(str(m.id), f"{_entity_ref(store, m.winner).name} ({m.winner})",
                          f"{_entity_ref(store, m.loser).name} ({m.loser})", m.reason, m.created_at,
                          m.undone_at or "")
            console.print(t)
            return
        if undo is not None:
            m = undo_merge(store, undo)
            console.print(f"undid merge {m.id}: {_entity_ref(store, m.loser).name} is its own entity again")
            return
        if not keep or not alias:
            die("give two entities (A B), or --undo MERGE_ID, or --list", EXIT_USAGE)
        a, b = resolve_entity(store, keep), resolve_entity(store, alias)
        m = merge_entities(store, a.id, b.id, reason or f"{b.name} is {a.name} (merged by hand)")
        console.print(f"merge {m.id}: {b.name} (id {b.id}) → {a.name} (id {a.id}); "
                      f"undo with `chronik entity-merge --undo {m.id}`")


def register(app: typer.Typer) -> None:
    app.command("entity-merge")(entity_merge_cmd)
