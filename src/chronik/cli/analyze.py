"""`chronik analyze`: print the chronik.analysis/1 record of each article (no store)."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from chronik.cli.common import EXIT_OK, EXIT_REJECTED, Rejections
from chronik.pipeline import STAGE_NAMES, analyze
from chronik.readers import read_paths


def analyze_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs or - for stdin.")],
    format: Annotated[str, typer.Option("--format", "-f", help="json (JSON Lines) or text.")] = "json",
    lang: Annotated[str | None, typer.Option(help="Force the language (de, en) instead of detecting it.")] = None,
    skip: Annotated[list[str], typer.Option(help=f"Skip a stage: {', '.join(STAGE_NAMES)}.")] = [],  # noqa: B006
    pretty: Annotated[bool, typer.Option(help="Indent the JSON.")] = False,
) -> None:
    """Analyze articles and print one chronik.analysis/1 JSON record per article.

    Example: chronik analyze article.txt --format json
    """
    rejected = Rejections()
    out = sys.stdout
    for article in read_paths(paths, lang=lang, on_error=rejected):
        result = analyze(article, skip=frozenset(skip))
        if format == "text":
            from chronik.cli.render import render_analysis

            render_analysis(result)
        else:
            out.write(json.dumps(result.to_record(), ensure_ascii=False,
                                 indent=2 if pretty else None) + "\n")
    raise typer.Exit(EXIT_REJECTED if rejected.count else EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("analyze")(analyze_cmd)
