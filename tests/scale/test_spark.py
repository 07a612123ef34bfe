"""The Spark engine in local[2] mode (one Spark job for the whole module: the JVM start is the
cost), `chronik load`, and the partition functions without Spark."""

from __future__ import annotations

import dataclasses
import gzip
import json
import os
import shutil

import pytest
from typer.testing import CliRunner

from chronik.engines.load import load_parquet
from chronik.engines.spark import TABLES, jsonl_partition, month_of
from chronik.engines.spark_submit import read_listing
from chronik.store import open_store
from chronik.timeline.queries import stats, timeline

# our own sentences
JSONL = [
    {"date": "2024-05-06", "lang": "de", "source": "Blatt A",
     "text": "Die Außenministerin reiste am Montag nach Warschau. Dort traf sie ihren polnischen "
             "Amtskollegen zu Gesprächen über die Grenzsicherung."},
    {"date": "2024-05-07", "lang": "de", "source": "Blatt B",
     "text": "In Warschau haben die Außenminister am 6. Mai über die Grenzsicherung verhandelt. "
             "„Wir arbeiten eng zusammen“, sagte der polnische Minister."},
    {"date": "2024-06-12", "lang": "en", "source": "Wire C",
     "text": "The mayor of Hamburg opened a new bridge on Tuesday. Thousands of residents "
             "attended the ceremony, the city said."},
    {"date": "2024-06-20", "lang": "de", "source": "Blatt A",
     "text": "Das Parlament in Wien stimmte am Mittwoch dem neuen Haushalt zu. Die Opposition "
             "kritisierte die Pläne scharf."},
]
PAGES = [
    ("https://news.example/a", "2024-06-03",
     "Der Stadtrat von Leipzig beschloss am Freitag den Bau einer neuen Schule. Die Arbeiten "
     "sollen im Herbst beginnen, teilte die Verwaltung mit."),
    ("https://news.example/b", "2024-07-01",
     "Die Feuerwehr in Bremen löschte am Sonntag einen Brand in einer Lagerhalle. Verletzt "
     "wurde niemand, berichtete die Polizei."),
]


def _warc(path):
    out = []
    for i, (url, day, text) in enumerate(PAGES):
        html = (f"<html><head><title>Meldung {i}</title></head><body><article><h1>Meldung {i}</h1>"
                f"<p>{text}</p></article></body></html>").encode()
        block = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                 f"Content-Length: {len(html)}\r\n\r\n").encode() + html
        head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: {day}T08:00:00Z\r\n"
                f"WARC-Record-ID: <urn:uuid:{i:032x}>\r\nWARC-Target-URI: {url}\r\n"
                f"Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(block)}\r\n\r\n").encode()
        out.append(gzip.compress(head + block + b"\r\n\r\n"))
    path.write_bytes(b"".join(out))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("spark-in")
    jl = d / "news.jsonl"
    jl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in JSONL)
                  + "{not json\n", encoding="utf-8")
    warc = d / "crawl.warc.gz"
    _warc(warc)
    return [str(jl), str(warc)]


@pytest.fixture(scope="module")
def spark_out(inputs, tmp_path_factory):
    """Runs `chronik spark analyze` once (local[2]) and returns the output folder."""
    pytest.importorskip("pyspark", reason="PySpark is not installed: pip install 'chronik[spark]'")
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        pytest.skip("no Java (java on PATH or JAVA_HOME): Spark needs Java 17")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from chronik.cli.app import app
    from chronik.engines.spark import make_session

    spark = make_session("local[2]", "chronik-tests", shuffle_partitions=2)
    out = tmp_path_factory.mktemp("spark-out") / "out"
    try:
        res = CliRunner().invoke(app, ["spark", "analyze", *inputs, str(out), "--master", "local[2]",
                                       "--partitions", "2"])
    finally:
        spark.stop()
    assert res.exit_code == 1, res.output  # the malformed line is rejected, the rest analysed
    assert "analysed 6" in res.output and "rejected 1" in res.output
    return out


def test_spark_writes_every_table_partitioned_by_month(spark_out):
    import pyarrow.dataset as ds

    for table in TABLES:  # every table is written (one with no rows has no month folders)
        assert (spark_out / table / "_SUCCESS").exists(), table
    for table in ("articles", "entities", "mentions"):
        assert any(p.name.startswith("month=") for p in (spark_out / table).iterdir()), table
    arts = ds.dataset(spark_out / "articles", format="parquet", partitioning="hive").to_table()
    assert arts.num_rows == 6
    assert sorted(set(arts.column("month").to_pylist())) == ["2024-05", "2024-06", "2024-07"]
    records = [json.loads(r) for r in arts.column("record").to_pylist()]
    n_ent = sum(len(r["entities"]) for r in records)
    ents = ds.dataset(spark_out / "entities", format="parquet", partitioning="hive").to_table()
    assert ents.num_rows == n_ent
    rej = ds.dataset(spark_out / "rejected", format="parquet").to_table().to_pylist()
    assert len(rej) == 1 and rej[0]["origin"].endswith("news.jsonl")


def _plain(obj):
    if dataclasses.is_dataclass(obj):
        return {k: _plain(v) for k, v in dataclasses.asdict(obj).items() if k != "id"}
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items() if k != "id"}
    if isinstance(obj, (list, tuple)):
        return [_plain(v) for v in obj]
    return obj


def test_spark_then_load_gives_the_store_a_local_ingest_gives(spark_out, inputs, tmp_path):
    from chronik.engines.ingest import ingest
    from chronik.readers import read_paths

    loaded = open_store(tmp_path / "spark.db")
    report = load_parquet(loaded, spark_out)
    assert report.ingested == 6 and not report.rejected
    local = open_store(tmp_path / "local.db")
    ingest(local, read_paths(inputs, on_error=lambda e: None), workers=1)
    assert _plain(timeline(loaded).entries) == _plain(timeline(local).entries)
    s1, s2 = stats(loaded), stats(local)
    assert (s1.articles, s1.entities, s1.events, s1.timeline_events) == \
        (s2.articles, s2.entities, s2.events, s2.timeline_events)
    again = load_parquet(loaded, spark_out)  # loading twice adds nothing
    assert again.ingested == 0 and again.duplicates == 6
    loaded.close()
    local.close()


def test_load_reports_a_corrupt_parquet_file_and_loads_the_rest(spark_out, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(spark_out / "articles", copy / "articles")
    bad = copy / "articles" / "month=2024-05" / "part-99999-broken.parquet"
    bad.write_bytes(b"PAR1 this is not a parquet file")
    errors = []
    store = open_store(tmp_path / "c.db")
    report = load_parquet(store, copy, on_error=errors.append)
    assert report.ingested == 6
    assert [e.path for e in errors] == [str(bad)] and "cannot read this Parquet file" in errors[0].reason
    store.close()


def test_spark_cli_load_command(spark_out, tmp_path):
    from chronik.cli.app import app

    db = tmp_path / "cli.db"
    res = CliRunner().invoke(app, ["load", str(spark_out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "loaded 6" in res.output


# -- without Spark ------------------------------------------------------------------------------
def test_spark_partition_function_reports_bad_lines_and_analyses_the_rest():
    rows = [(json.dumps(JSONL[0], ensure_ascii=False), "f.jsonl"), ("[1, 2", "f.jsonl"), ("", "f.jsonl")]
    out = list(jsonl_partition(rows))
    assert [r["error"] is None for r in out] == [True, False]
    good = out[0]
    assert good["month"] == "2024-05" and json.loads(good["record"])["article"]["text"] == JSONL[0]["text"]
    assert "bad record" in out[1]["error"] and out[1]["origin"] == "f.jsonl"


def test_spark_parquet_rows_become_articles_with_their_dates():
    pytest.importorskip("pyspark", reason="PySpark is not installed: pip install 'chronik[spark]'")
    from datetime import date

    from pyspark.sql import Row

    from chronik.engines.spark import parquet_partition

    rows = [Row(text=JSONL[2]["text"], date=date(2024, 6, 12), lang="en", title="Bridge",
                _origin="in.parquet"),
            Row(text=None, date=None, lang=None, title=None, _origin="in.parquet")]
    out = list(parquet_partition(rows))
    assert out[0]["error"] is None and out[0]["date"] == "2024-06-12" and out[0]["title"] == "Bridge"
    assert out[1]["error"] and out[1]["origin"] == "in.parquet"


@pytest.mark.parametrize(("date", "month"), [("2024-05-06", "2024-05"), ("2024-05", "2024-05"),
                                             ("2024", "undated"), (None, "undated")])
def test_spark_month_partition_value(date, month):
    assert month_of(date) == month


def test_spark_submit_listing_turns_common_crawl_paths_into_urls(tmp_path):
    lst = tmp_path / "warc.paths"
    lst.write_text("# CC-NEWS\ncrawl-data/CC-NEWS/2024/05/CC-NEWS-20240501000000-00001.warc.gz\n\n"
                   "/data/local.warc.gz\n")
    assert read_listing(str(lst)) == [
        "https://data.commoncrawl.org/crawl-data/CC-NEWS/2024/05/CC-NEWS-20240501000000-00001.warc.gz",
        "/data/local.warc.gz"]
