"""`chronik spark analyze INPUT... OUTPUT`: the analysis on Apache Spark (PySpark, optional)."""

from __future__ import annotations

from typing import Annotated

import typer

from chronik.cli.common import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, die, stderr


def analyze_cmd(
    paths: Annotated[list[str], typer.Argument(help="Input files/folders/globs (WARC, WARC.gz, JSON "
                                                    "Lines, Parquet, …), then the OUTPUT folder.")],
    master: Annotated[str, typer.Option(help="Spark master: local[N], spark://host:7077, yarn …")] = "local[*]",
    lang: Annotated[str | None, typer.Option(help="Force the language (de, en).")] = None,
    partitions: Annotated[int | None, typer.Option(help="Tasks to split the input into.")] = None,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing OUTPUT.")] = False,
) -> None:
    """Analyse articles with Spark and write Parquet tables partitioned by publication month
    (articles, entities, mentions, timexes, events, quotes; rejected inputs in `rejected`).

    Then `chronik load OUTPUT --db …` stores and fuses them. On a cluster use spark-submit
    with chronik/engines/spark_submit.py (see docs/scale.md).

    Example: chronik spark analyze crawl/*.warc.gz out/ --master local[4]
    """
    from chronik.engines.spark import make_session, run_analyze
    from chronik.errors import ChronikError, UsageError

    if len(paths) < 2:
        die("give at least one INPUT and the OUTPUT folder", EXIT_USAGE)
    inputs, output = paths[:-1], paths[-1]
    try:
        spark = make_session(master, "chronik analyze")
        report = run_analyze(spark, inputs, output, lang=lang, partitions=partitions,
                             mode="overwrite" if overwrite else "errorifexists")
    except UsageError as exc:
        die(str(exc), EXIT_USAGE)
    except ChronikError as exc:
        die(str(exc), EXIT_REJECTED)
    except Exception as exc:  # noqa: BLE001 - Spark's own errors: one line, not a JVM trace
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        die(f"the Spark job failed: {first}", EXIT_REJECTED)
    stderr.print(f"[bold]analysed[/] {report.articles}  [bold]rejected[/] {report.rejected} → {output}")
    stderr.print("  " + "  ".join(f"{t} {n}" for t, n in report.rows.items()))
    for where, why in report.rejections:
        stderr.print(f"[yellow]rejected[/] {where}: {why}", soft_wrap=True)
    raise typer.Exit(EXIT_REJECTED if report.rejected else EXIT_OK)


def register(app: typer.Typer) -> None:
    from chronik.cli.app import spark_app

    spark_app.command("analyze")(analyze_cmd)
