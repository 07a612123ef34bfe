"""Spark engine: the same pure `analyze` over WARC(.gz), JSON Lines or Parquet, on a cluster.

`run_analyze(spark, inputs, output)` reads the input with Spark, runs `analyze_partition` in
`mapPartitions` (chronik's resources are loaded once per Python worker process, by the stages'
own functools caches; Spark reuses Python workers between tasks), and writes Parquet tables
partitioned by publication month:

    OUTPUT/articles/month=2024-05/part-*.parquet   one row per article, with `record`: the full
    OUTPUT/entities/…  mentions/…  timexes/…        chronik.analysis/1 record as JSON (what
    OUTPUT/events/…    quotes/…                     `chronik load` reads back, losslessly)
    OUTPUT/rejected/                                inputs that could not be read or analysed

How each input is read (one chronik reader per file, inside the partition):
  * JSON Lines (.jsonl, .ndjson, also .gz): `spark.read.text`, split by lines across tasks;
  * Parquet: `spark.read.parquet`, a row per article (text, date, title, lang, source, url, id);
  * anything else (WARC, WARC.gz, text records, HTML, feeds): the file paths are distributed,
    one file per task, and each is streamed by `chronik.readers` on the executor (the paths
    must be readable there: a shared file system, or http(s) URLs which are streamed).

PySpark is optional: `pip install 'chronik[spark]'`. Nothing here imports it at module level,
so the partition functions can be tested without Spark.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from chronik.errors import ChronikError, InputError, UsageError
from chronik.model import Analysis, Article

TABLES = ("articles", "entities", "mentions", "timexes", "events", "quotes")
JSONL_EXT = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.bz2")
PARQUET_EXT = (".parquet", ".parq")
UNDATED = "undated"


class SparkError(ChronikError):
    """Spark or Java is missing, or the job failed."""


def month_of(date: str | None) -> str:
    """The partition value: YYYY-MM of the publication date, or 'undated'."""
    if date and len(date) >= 7 and date[4] == "-":
        return date[:7]
    return UNDATED


# -- one article → rows of every table (pure Python, testable without Spark) -----------------
def analysis_rows(a: Analysis, origin: str | None, pipeline_version: str) -> dict[str, Any]:
    """The wide row of one analysed article: its columns plus nested rows of each table."""
    art = a.article
    month = month_of(art.date_refined or art.date)
    aid = art.id
    return {
        "article_id": aid, "month": month, "date": art.date, "date_refined": art.date_refined,
        "lang": art.lang, "source": art.source, "url": art.url, "title": art.title,
        "text": art.text, "origin": origin, "pipeline_version": pipeline_version,
        "record": json.dumps(a.to_record(), ensure_ascii=False), "error": None,
        "entities": [(e.id, e.name, e.type, e.kb, e.country, e.role, len(e.mentions))
                     for e in a.entities],
        "mentions": [(e.id, m.start, m.end, m.text) for e in a.entities for m in e.mentions],
        "timexes": [(t.id, t.span.start, t.span.end, t.span.text, t.type, t.value, t.anchor, t.mod)
                    for t in a.timexes],
        "events": [(v.id, v.type, v.mode, v.date.value, v.modality, float(v.confidence),
                    v.evidence.start, v.evidence.end, v.evidence.text, list(v.actors),
                    list(v.recipients), list(v.sources), v.location)
                   for v in a.events],
        "quotes": [(i, q.span.start, q.span.end, q.span.text, q.type, q.speaker, q.speaker_text,
                    q.cue) for i, q in enumerate(a.quotes)],
    }


def rejected_row(origin: str, error: str) -> dict[str, Any]:
    row: dict[str, Any] = {k: None for k in WIDE_FIELDS}
    row.update(origin=origin, error=error, month=UNDATED)
    for t in TABLES[1:]:
        row[t] = []
    return row


def _analyze_articles(articles: Iterable[Article], errors: list[InputError]) -> Iterator[dict]:
    import chronik
    from chronik.engines.local import _analyze_one

    for art in articles:
        while errors:
            e = errors.pop(0)
            yield rejected_row(str(e.path) + (f":{e.line}" if e.line else ""), e.reason)
        out = _analyze_one(art, frozenset())
        if out.analysis is None:
            yield rejected_row(art.origin or art.id, out.error or "analysis failed")
        else:
            yield analysis_rows(out.analysis, art.origin, chronik.PIPELINE_VERSION)
    while errors:
        e = errors.pop(0)
        yield rejected_row(str(e.path) + (f":{e.line}" if e.line else ""), e.reason)


def _open_input(path: str):
    if path.lower().startswith(("http://", "https://")):
        import urllib.request

        return urllib.request.urlopen(path, timeout=60)  # noqa: S310 - a user-given input
    return open(path, "rb")  # noqa: SIM115 - closed by the caller


def files_partition(paths: Iterable[Any], lang: str | None = None) -> Iterator[dict]:
    """mapPartitions over file paths: each file streamed by chronik.readers, then analysed."""
    from chronik.readers import Options, read_stream

    errors: list[InputError] = []
    for item in paths:
        path = item if isinstance(item, str) else item[0]

        def articles(path: str = path) -> Iterator[Article]:
            try:
                fh = _open_input(path)
            except OSError as exc:
                errors.append(InputError(path, f"cannot open: {exc}"))
                return
            with fh:
                yield from read_stream(fh, path, on_error=errors.append, opts=Options(lang=lang))

        yield from _analyze_articles(articles(), errors)


def jsonl_partition(lines: Iterable[Any], lang: str | None = None) -> Iterator[dict]:
    """mapPartitions over (line, file) rows of JSON Lines input."""
    from chronik.readers.jsonl import record_to_article

    errors: list[InputError] = []

    def articles() -> Iterator[Article]:
        for row in lines:
            line, where = row[0], row[1]
            if not line or not line.strip():
                continue
            try:
                yield record_to_article(json.loads(line.lstrip("\ufeff")), where, lang)
            except (ValueError, TypeError) as exc:  # JSONDecodeError is a ValueError
                errors.append(InputError(where, f"bad record: {exc}"))

    yield from _analyze_articles(articles(), errors)


def parquet_partition(rows: Iterable[Any], lang: str | None = None) -> Iterator[dict]:
    """mapPartitions over Parquet rows with chronik's article fields (text required)."""
    from chronik.readers.jsonl import record_to_article

    errors: list[InputError] = []

    def articles() -> Iterator[Article]:
        for row in rows:
            rec = {k: (v.isoformat()[:10] if k == "date" and hasattr(v, "isoformat") else v)
                   for k, v in row.asDict().items() if v is not None and k != "_origin"}
            where = row["_origin"]
            try:
                yield record_to_article(rec, where, lang)
            except (ValueError, TypeError) as exc:
                errors.append(InputError(where, f"bad record: {exc}"))

    yield from _analyze_articles(articles(), errors)


# -- Spark schema and job -----------------------------------------------------------------------
WIDE_FIELDS = ("article_id", "month", "date", "date_refined", "lang", "source", "url", "title",
               "text", "origin", "pipeline_version", "record", "error")


def wide_schema():
    from pyspark.sql import types as T

    s, i, d = T.StringType(), T.LongType(), T.DoubleType()

    def arr(*cols):
        return T.ArrayType(T.StructType([T.StructField(n, t) for n, t in cols]))

    strs = T.ArrayType(s)
    return T.StructType([T.StructField(n, s) for n in WIDE_FIELDS] + [
        T.StructField("entities", arr(("local_id", s), ("name", s), ("type", s), ("kb", s),
                                      ("country", s), ("role", s), ("n_mentions", i))),
        T.StructField("mentions", arr(("entity", s), ("start", i), ("end", i), ("text", s))),
        T.StructField("timexes", arr(("local_id", s), ("start", i), ("end", i), ("text", s),
                                     ("type", s), ("value", s), ("anchor", s), ("mod", s))),
        T.StructField("events", arr(("local_id", s), ("type", s), ("mode", s), ("date", s),
                                    ("modality", s), ("confidence", d), ("evidence_start", i),
                                    ("evidence_end", i), ("evidence_text", s), ("actors", strs),
                                    ("recipients", strs), ("sources", strs), ("location", s))),
        T.StructField("quotes", arr(("idx", i), ("start", i), ("end", i), ("text", s), ("type", s),
                                    ("speaker", s), ("speaker_text", s), ("cue", s))),
    ])


@dataclass
class SparkReport:
    articles: int = 0
    rejected: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejections: list[tuple[str, str]] = field(default_factory=list)  # the first few


def _kind(path: str) -> str:
    low = path.lower()
    if low.endswith(PARQUET_EXT):
        return "parquet"
    if low.endswith(JSONL_EXT):
        return "jsonl"
    return "files"


def classify_inputs(inputs: Iterable[str]) -> dict[str, list[str]]:
    """Input files by how Spark reads them: parquet, jsonl, files (folders are expanded;
    a folder of part-*.parquet files counts as Parquet)."""
    from chronik.readers import iter_inputs

    out: dict[str, list[str]] = {"parquet": [], "jsonl": [], "files": []}
    missing: list[str] = []
    for p in iter_inputs(list(inputs), on_error=lambda e: missing.append(str(e))):
        name = os.path.basename(p)
        if p.lower().startswith(("http://", "https://")):
            out["files"].append(p)  # streamed by the executor that reads it
            continue
        if name.startswith(("_", ".")) or name.endswith(".crc"):
            continue  # Spark/Hadoop markers (_SUCCESS, .crc)
        out[_kind(p)].append(p)
    if missing:
        raise UsageError("; ".join(missing))
    if not any(out.values()):
        raise UsageError("no input files found")
    return out


def make_session(master: str | None = None, app_name: str = "chronik", *,
                 shuffle_partitions: int | None = None):
    """A SparkSession (an existing one is reused); a clear SparkError without pyspark/Java."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise SparkError("PySpark is not installed: pip install 'chronik[spark]'") from exc
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    builder = (builder.config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false")
               .config("spark.python.worker.reuse", "true"))
    if shuffle_partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(shuffle_partitions))
    try:
        spark = builder.getOrCreate()
        spark.sparkContext.setLogLevel(os.environ.get("CHRONIK_SPARK_LOG", "ERROR"))
        return spark
    except Exception as exc:  # Java missing or the JVM failed to start
        raise SparkError(f"cannot start Spark ({master or 'default master'}): {exc}. "
                         "Spark needs Java 17 (JAVA_HOME or java on PATH).") from exc


def _wide_frame(spark, kinds: dict[str, list[str]], lang: str | None, partitions: int | None):
    from pyspark.sql import functions as F

    schema = wide_schema()
    rdds = []
    if kinds["files"]:
        n = partitions or len(kinds["files"])
        rdd = spark.sparkContext.parallelize(kinds["files"], max(1, min(n, len(kinds["files"]))))
        rdds.append(rdd.mapPartitions(lambda it: files_partition(it, lang)))
    if kinds["jsonl"]:
        df = spark.read.text(kinds["jsonl"]).select("value", F.input_file_name().alias("f"))
        # small files are one split each: spread their lines over every core
        df = df.repartition(partitions or max(df.rdd.getNumPartitions(),
                                              spark.sparkContext.defaultParallelism))
        rdds.append(df.rdd.mapPartitions(lambda it: jsonl_partition(it, lang)))
    if kinds["parquet"]:
        df = spark.read.parquet(*kinds["parquet"]).withColumn("_origin", F.input_file_name())
        if partitions:
            df = df.repartition(partitions)
        rdds.append(df.rdd.mapPartitions(lambda it: parquet_partition(it, lang)))
    rdd = rdds[0] if len(rdds) == 1 else spark.sparkContext.union(rdds)
    names = [f.name for f in schema.fields]
    return spark.createDataFrame(rdd.map(lambda d: tuple(d[n] for n in names)), schema)


def _table_frames(wide):
    from pyspark.sql import functions as F

    ok = wide.filter(F.col("error").isNull())
    frames = {"articles": ok.select("article_id", "month", "date", "date_refined", "lang", "source",
                                    "url", "title", "text", "origin", "pipeline_version", "record")}
    for table in TABLES[1:]:
        frames[table] = ok.select("article_id", "month", F.explode(table).alias("r")) \
            .select("article_id", "month", "r.*")
    return frames


def run_analyze(spark, inputs: Iterable[str], output: str, *, lang: str | None = None,
                partitions: int | None = None, mode: str = "errorifexists") -> SparkReport:
    """Analyse every input on `spark` and write the Parquet tables under `output`."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    kinds = classify_inputs(inputs)
    wide = _wide_frame(spark, kinds, lang, partitions).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        report = SparkReport()
        for table, frame in _table_frames(wide).items():
            frame.write.mode(mode).partitionBy("month").parquet(os.path.join(output, table))
        bad = wide.filter(F.col("error").isNotNull()).select("origin", "error")
        bad.write.mode(mode).parquet(os.path.join(output, "rejected"))
        ok = F.col("error").isNull()
        agg = wide.agg(F.sum(F.when(ok, 1).otherwise(0)).alias("ok"),
                       F.sum(F.when(ok, 0).otherwise(1)).alias("bad"),
                       *[F.sum(F.when(ok, F.size(t)).otherwise(0)).alias(t) for t in TABLES[1:]]
                       ).collect()[0]
        report.articles, report.rejected = int(agg["ok"] or 0), int(agg["bad"] or 0)
        report.rows = {"articles": report.articles, **{t: int(agg[t] or 0) for t in TABLES[1:]}}
        if report.rejected:
            report.rejections = [(r["origin"], r["error"]) for r in bad.limit(20).collect()]
        return report
    finally:
        wide.unpersist()
