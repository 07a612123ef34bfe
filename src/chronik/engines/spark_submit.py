"""`spark-submit` entry point: analyse WARC(.gz), JSON Lines or Parquet input on a cluster.

    spark-submit --master yarn --deploy-mode cluster \\
        --archives chronik-env.tar.gz#env --conf spark.pyspark.python=./env/bin/python \\
        chronik/engines/spark_submit.py INPUT [INPUT ...] OUTPUT [--lang de] [--partitions N]

INPUT: files, folders or globs readable from every executor (a shared file system), or a text
file of WARC paths/URLs with `--list` (one per line: the Common Crawl News `warc.paths`).
OUTPUT: a folder of Parquet tables partitioned by publication month (see chronik.engines.spark);
bring them into a store with `chronik load OUTPUT --db …`. The master, executor memory and
cores come from spark-submit. Also runnable as `python -m chronik.engines.spark_submit`
(then `--master local[*]` picks a local master).
"""

from __future__ import annotations

import argparse
import sys


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(prog="spark_submit.py", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="input files/folders/globs, then the output folder")
    ap.add_argument("--list", dest="listing", help="a file with one input path or URL per line")
    ap.add_argument("--lang", help="force the language (de, en) instead of detecting it")
    ap.add_argument("--partitions", type=int, help="tasks to split the input into")
    ap.add_argument("--master", help="Spark master when not started by spark-submit")
    ap.add_argument("--overwrite", action="store_true", help="replace an existing output folder")
    return ap.parse_args(argv)


def read_listing(path: str) -> list[str]:
    """Input paths from a listing file (blank lines and # comments skipped); Common Crawl's
    relative `crawl-data/...` paths become https://data.commoncrawl.org/ URLs."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("crawl-data/"):
                line = "https://data.commoncrawl.org/" + line
            out.append(line)
    return out


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    inputs, output = args.paths[:-1], args.paths[-1]
    if args.listing:
        inputs += read_listing(args.listing)
    if not inputs:
        print("error: no input (give paths before the output folder, or --list)", file=sys.stderr)
        return 2
    from chronik.engines.spark import make_session, run_analyze
    from chronik.errors import ChronikError

    try:
        spark = make_session(args.master, "chronik analyze")
        report = run_analyze(spark, inputs, output, lang=args.lang, partitions=args.partitions,
                             mode="overwrite" if args.overwrite else "errorifexists")
    except ChronikError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"analysed {report.articles} articles, rejected {report.rejected} → {output}")
    for table, n in report.rows.items():
        print(f"  {table}: {n} rows")
    for where, why in report.rejections:
        print(f"  rejected {where}: {why}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
