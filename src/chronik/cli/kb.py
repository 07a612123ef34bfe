"""`chronik kb`: inspect the knowledge base, import a Wikidata dump."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

import typer

from chronik.cli.common import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, die, stderr

KbOption = Annotated[list[str] | None, typer.Option("--kb", help="Extra KB file or folder (repeatable); default $CHRONIK_KB.")]


def _load(kb: list[str] | None):
    from chronik.errors import ResourceError
    from chronik.kb import load_kb

    try:
        return load_kb(kb)
    except (ResourceError, OSError) as exc:
        die(str(exc))


def import_cmd(
    dump: Annotated[str, typer.Argument(help="Wikidata JSON dump: .json, .json.gz or .json.bz2.")],
    out: Annotated[str, typer.Option("--out", "-o", help="Folder for the KB JSONL files.")] = "kb",
    min_sitelinks: Annotated[int, typer.Option(help="Keep only entities with at least this many Wikipedia articles.")] = 0,
) -> None:
    """Build a KB from a Wikidata JSON dump (humans with positions held, states, orgs, places).

    Example: chronik kb import latest-all.json.gz --out ~/.chronik/kb
    then: CHRONIK_KB=~/.chronik/kb chronik analyze article.txt
    """
    from chronik.errors import InputError
    from chronik.kb.wikidata import DumpTruncated, import_dump

    try:
        stats = import_dump(dump, out, min_sitelinks=min_sitelinks)
    except DumpTruncated as exc:
        stderr.print(f"[red]error:[/] {exc}", soft_wrap=True)
        stderr.print(f"wrote the complete records to {out}/", soft_wrap=True)
        raise typer.Exit(EXIT_REJECTED) from exc
    except InputError as exc:
        die(str(exc), EXIT_USAGE)
    kept = ", ".join(f"{n} {t}" for t, n in sorted(stats.kept.items()))
    stderr.print(f"parsed {stats.entities} candidate entities of {stats.lines} lines; kept {kept or 'none'}; "
                 f"{stats.roles} roles; skipped {stats.skipped}; wrote {out}/", soft_wrap=True)
    raise typer.Exit(EXIT_OK)


def show_cmd(
    name: Annotated[str, typer.Argument(help="A name, alias or entity id (spelling variants match).")],
    date: Annotated[str | None, typer.Option(help="Show the role valid at this date (YYYY[-MM[-DD]]).")] = None,
    kb: KbOption = None,
) -> None:
    """Print the entities a name refers to, with aliases and dated roles.

    Example: chronik kb show "Sergej Schoigu" --date 2025-06
    """
    base = _load(kb)
    found = [base[name]] if name in base else base.find(name)
    if not found:
        die(f"no entity named {name!r} in the KB", EXIT_REJECTED)
    for ent in found:
        typer.echo(f"{ent.id}  {ent.name}  [{ent.type}]  country={ent.country or '-'}")
        for lang, names in sorted(ent.aliases.items()):
            typer.echo(f"  aliases.{lang}: {', '.join(names)}")
        if ent.short:
            typer.echo(f"  short: {', '.join(ent.short)}")
        for kind in ("adjectives", "demonyms"):
            for lang, names in sorted(getattr(ent, kind).items()):
                typer.echo(f"  {kind}.{lang}: {', '.join(names)}")
        if ent.capital:
            cap = base.get(ent.capital)
            typer.echo(f"  capital: {cap.name if cap else ent.capital}")
        if ent.metonyms:
            typer.echo(f"  metonyms: {', '.join(base[m].name if m in base else m for m in ent.metonyms)}")
        if ent.metonym_of:
            typer.echo(f"  stands for: {base[ent.metonym_of].name if ent.metonym_of in base else ent.metonym_of}")
        for r in ent.roles:
            scope = r.country or ""
            if r.org:
                scope = base[r.org].name if r.org in base else r.org
            typer.echo(f"  role {r.key:<28} {r.start or '?':>10} – {r.end or 'now':<10} {r.title} ({scope})")
        if date is not None:
            role = base.role_at(ent.id, date)
            typer.echo(f"  at {date}: {role.title if role else 'no role'}")
    raise typer.Exit(EXIT_OK)


def stats_cmd(kb: KbOption = None) -> None:
    """Print counts of the loaded KB: entities per type, people with roles, ids, problems."""
    base = _load(kb)
    types = Counter(e.type for e in base)
    with_roles = sum(1 for e in base if e.roles)
    wikidata = sum(1 for e in base if e.id.startswith("Q"))
    roles = Counter(r.key for e in base for r in e.roles)
    typer.echo(f"entities: {len(base)}  " + "  ".join(f"{t}: {types.get(t, 0)}" for t in ("PER", "ORG", "GPE", "LOC")))
    typer.echo(f"people with roles: {with_roles}  roles: {sum(roles.values())}")
    typer.echo(f"Wikidata ids: {wikidata}  chronik ids: {len(base) - wikidata}")
    typer.echo("roles by key: " + ", ".join(f"{k} {n}" for k, n in roles.most_common()))
    if base.problems:
        typer.echo(f"problems: {len(base.problems)}")
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    from chronik.cli.app import kb_app

    kb_app.command("import")(import_cmd)
    kb_app.command("show")(show_cmd)
    kb_app.command("stats")(stats_cmd)
