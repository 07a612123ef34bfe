"""`chronik timeml IN [OUT]`: annotate TempEval-3 style TimeML with chronik's TIMEX3 tags."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from chronik.errors import InputError


def timeml_cmd(
    src: Annotated[Path, typer.Argument(help="A .tml file or a folder of them.")],
    out: Annotated[Path | None, typer.Argument(help="Output file or folder (default: stdout for a file).")] = None,
    lang: Annotated[str | None, typer.Option(help="Language (de, en); default: detect from the text.")] = None,
) -> None:
    """Annotate TimeML: DCT from the <DCT> TIMEX3, text in <TEXT>; existing TIMEX3 tags are replaced.

    Example: chronik timeml ../shared/data/krauts/KRAUTS_Dolomiten-42_raw-text out/ --lang de
    """
    from chronik.eval.timeml import annotate

    if not src.exists():
        typer.echo(f"error: {src} does not exist", err=True)
        raise typer.Exit(2)
    files = sorted(src.glob("*.tml")) if src.is_dir() else [src]
    if src.is_dir():
        if out is None:
            typer.echo("error: give an output folder for a folder of TimeML files", err=True)
            raise typer.Exit(2)
        out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for f in files:
        try:
            result = annotate(f.read_text("utf-8"), lang, str(f))
        except InputError as exc:
            typer.echo(f"error: {exc}", err=True)
            failed += 1
            continue
        if src.is_dir():
            (out / f.name).write_text(result, "utf-8")  # type: ignore[operator]
        elif out is not None:
            out.write_text(result, "utf-8")
        else:
            sys.stdout.write(result)
    if src.is_dir():
        typer.echo(f"{len(files) - failed} of {len(files)} files annotated into {out}", err=True)
    raise typer.Exit(1 if failed else 0)


def register(app: typer.Typer) -> None:
    app.command("timeml")(timeml_cmd)
