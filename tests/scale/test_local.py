"""The local engine: order, bounded read-ahead, a failing or dying worker, Ctrl-C, progress."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from chronik.engines.ingest import ingest
from chronik.engines.local import CRASH_ENV, EXIT_ENV, analyze_stream, default_workers
from chronik.engines.progress import read_counted
from chronik.model import Article
from chronik.store import open_store

CITIES = ["Berlin", "Paris", "Wien", "Prag", "Rom", "Madrid", "Oslo", "Bern"]


def articles(n: int, marks: dict[int, str] | None = None) -> list[Article]:
    marks = marks or {}
    return [Article.create(f"Am {i % 28 + 1}. Mai 2024 besuchte die Ministerin {CITIES[i % 8]}. "
                           f"Dort sprach sie mit dem Bürgermeister über Brücke {i}. {marks.get(i, '')}",
                           date="2024-05-30", lang="de", origin=f"test.jsonl:{i + 1}")
            for i in range(n)]


def test_local_pool_keeps_order_and_reports_a_failing_and_a_dying_worker(monkeypatch):
    monkeypatch.setenv(CRASH_ENV, "KAPUTT")
    monkeypatch.setenv(EXIT_ENV, "ABSTURZ")
    arts = articles(40, {7: "KAPUTT", 21: "ABSTURZ"})
    outs = list(analyze_stream(arts, workers=2, chunksize=4))
    assert [o.article.id for o in outs] == [a.id for a in arts]
    failed = {i: o.error for i, o in enumerate(outs) if o.error}
    assert set(failed) == {7, 21}
    assert "InjectedFailure" in failed[7]
    assert "worker process died" in failed[21]
    assert all(o.analysis is not None and o.analysis.sentences for i, o in enumerate(outs)
               if i not in failed)


def test_local_pool_reads_ahead_a_bounded_number_of_articles():
    pulled = 0

    def source():
        nonlocal pulled
        for a in articles(200):
            pulled += 1
            yield a

    stream = analyze_stream(source(), workers=2, chunksize=4, in_flight=3)
    next(stream)
    assert pulled <= 3 * 4
    stream.close()


def test_local_ingest_stores_the_rest_when_one_article_kills_its_worker(monkeypatch, tmp_path):
    monkeypatch.setenv(EXIT_ENV, "ABSTURZ")
    store = open_store(tmp_path / "c.db")
    report = ingest(store, articles(24, {5: "ABSTURZ"}), workers=2, batch=10)
    assert report.ingested == 23
    assert [e.path for e in report.rejected] == ["test.jsonl:6"]
    assert store.query_one("SELECT count(*) FROM articles")[0] == 23
    store.close()


def test_local_ingest_interrupted_keeps_whole_batches(tmp_path):
    store = open_store(tmp_path / "i.db")

    def interrupted():
        yield from articles(23)
        raise KeyboardInterrupt  # Ctrl-C while reading

    report = ingest(store, interrupted(), workers=2, batch=5)
    assert report.interrupted
    n = store.query_one("SELECT count(*) FROM articles")[0]
    assert n == report.ingested == 23  # every article read before Ctrl-C
    # every stored article is whole: its sentences are there
    assert store.query_one("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)")[0] == 0
    store.close()
    again = open_store(tmp_path / "i.db")
    report = ingest(again, articles(23), workers=1)
    assert report.ingested == 23 - n and report.duplicates == n
    again.close()


def test_local_ctrl_c_stops_a_real_run_cleanly(tmp_path):
    db = tmp_path / "sig.db"
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for a in articles(400):
            f.write(json.dumps({"text": a.text, "date": a.date, "lang": "de"}, ensure_ascii=False) + "\n")
    code = ("import sys\nfrom chronik.engines.ingest import ingest\nfrom chronik.readers import read_paths\n"
            "from chronik.store import open_store\n"
            f"s = open_store({str(db)!r})\n"
            f"r = ingest(s, read_paths([{str(src)!r}]), workers=2, batch=5)\n"
            "print('interrupted' if r.interrupted else 'finished', r.ingested)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with sqlite3.connect(db) as c:
                    if c.execute("SELECT count(*) FROM articles").fetchone()[0] >= 10:
                        break
            except sqlite3.Error:
                pass
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    state, n = out.split()
    with sqlite3.connect(db) as c:
        stored = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert stored == int(n) and stored >= 10
    assert state == "interrupted" or stored == 400
    assert "Traceback" not in err


def test_local_progress_counts_input_bytes(tmp_path):
    src = tmp_path / "p.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for a in articles(30):
            f.write(json.dumps({"text": a.text, "date": a.date}) + "\n")
    arts, counter = read_counted([str(src)], lang="de")
    assert counter.total == os.path.getsize(src) and counter.done == 0
    assert len(list(arts)) == 30
    assert counter.done == counter.total and counter.eta(2.0) == 0


def test_local_default_workers_is_every_core():
    assert default_workers() >= 1
    if hasattr(os, "sched_getaffinity"):
        assert default_workers() == len(os.sched_getaffinity(0))


@pytest.mark.parametrize("workers", [1, 2])
def test_local_engine_gives_the_same_analyses_in_and_out_of_process(workers):
    arts = articles(6)
    outs = [o.analysis.to_record() for o in analyze_stream(arts, workers=workers, chunksize=2)]
    from chronik.pipeline import analyze

    assert outs == [analyze(a).to_record() for a in arts]


def test_local_small_input_is_analysed_without_starting_a_pool(monkeypatch):
    import chronik.engines.local as local

    def no_pool(*_a, **_k):
        raise AssertionError("a pool was started for a handful of articles")

    monkeypatch.setattr(local, "_Pool", no_pool)
    outs = list(analyze_stream(articles(5), workers=2, chunksize=8))
    assert len(outs) == 5 and all(o.analysis is not None for o in outs)
