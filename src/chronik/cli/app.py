"""The `chronik` Typer app. Each verb lives in its own module with a `register(app)`.

Modules are imported in the order of COMMAND_MODULES; a module that is not there yet is
skipped, so every verb can be added without touching this file.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="chronik",
    help="Turn news articles into a sourced, dated timeline of events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score chronik against gold data (TimeML, NER, quotes, events).",
                       no_args_is_help=True)
kb_app = typer.Typer(help="Knowledge base: inspect, import a Wikidata dump.", no_args_is_help=True)
spark_app = typer.Typer(help="Run the analysis on Apache Spark.", no_args_is_help=True)

COMMAND_MODULES = (
    "analyze", "ingest", "search", "stats", "demo", "timeml", "ner", "kb",
    "eval_timeml", "eval_ner", "eval_quotes", "eval_events", "timeline", "export",
    "reanalyze", "entity_merge", "serve", "spark", "load",
)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            mod = importlib.import_module(f"chronik.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"chronik.cli.{name}":
                continue
            raise
        mod.register(app)
    app.add_typer(eval_app, name="eval")
    app.add_typer(kb_app, name="kb")
    app.add_typer(spark_app, name="spark")


_register_all()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
