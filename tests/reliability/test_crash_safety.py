"""Crash safety: a real `chronik ingest` (analysis and fusion on) is killed with SIGKILL at
random points while it writes, restarted, killed again, and finally run to the end.

After every kill the store passes `PRAGMA integrity_check` and `foreign_key_check`, holds
exactly a prefix of the input (each batch is one transaction; nothing skipped), and has no
half-stored analysis and no half-fused event (see rel_corpus.CHECKS). After the final run every
input article is stored exactly once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time

import pytest
from rel_corpus import store_problems, stored_ids, write_corpus
from rel_proc import child_env, chronik_cmd

pytestmark = pytest.mark.slow

N_ARTICLES = 1500
CYCLES = 4
SEED = 20261127


def _count(db) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or the schema is being written
        return 0


def _start(jsonl, db, log):
    # its own session: the kill takes the writer and its analysis workers, like a crash would
    return subprocess.Popen(chronik_cmd("ingest", str(jsonl), "--db", str(db), "--workers", "2",
                                        "--quiet"),
                            stdout=log, stderr=subprocess.STDOUT, env=child_env(),
                            start_new_session=True)


def _kill(proc) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(30)


def test_sigkill_during_ingest_loses_and_duplicates_nothing(tmp_path):
    jsonl, db = tmp_path / "news.jsonl", tmp_path / "news.db"
    ids = write_corpus(jsonl, N_ARTICLES, seed=SEED)
    rnd = random.Random(SEED)
    log_path = tmp_path / "ingest.log"
    survived = 0
    with open(log_path, "wb") as log:
        for cycle in range(CYCLES):
            before = _count(db)
            proc = _start(jsonl, db, log)
            deadline = time.monotonic() + 90
            # wait until this run has committed something, then kill it at a random moment
            while _count(db) <= before and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            if proc.poll() is not None:
                break  # it finished before we could kill it: nothing left to crash
            time.sleep(rnd.uniform(0.0, 1.5))
            _kill(proc)
            problems = store_problems(db)
            assert not problems, f"after kill {cycle + 1}: {problems}"
            got = stored_ids(db)
            assert sorted(got) == sorted(ids[:len(got)]), (
                f"after kill {cycle + 1}: the store is not a prefix of the input")
            survived += 1
            print(f"kill {cycle + 1}: {len(got)} of {N_ARTICLES} articles stored, store consistent")
        final = subprocess.run(chronik_cmd("ingest", str(jsonl), "--db", str(db), "--workers", "2",
                                           "--quiet"),
                               stdout=log, stderr=subprocess.STDOUT, env=child_env(), timeout=240)
    output = log_path.read_text("utf-8", "replace")
    assert final.returncode == 0, f"the final ingest failed:\n{output[-3000:]}"
    assert survived >= 2, f"only {survived} kills landed during writes:\n{output[-2000:]}"
    assert not store_problems(db)
    got = stored_ids(db)
    assert len(got) == len(set(got)) == N_ARTICLES, "an article is missing or duplicated"
    assert set(got) == set(ids)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM articles WHERE pipeline_version IS NULL"
                            ).fetchone()[0] == 0, "an article stayed unanalysed"
        assert conn.execute("SELECT count(*) FROM timeline_events").fetchone()[0] > 0
    finally:
        conn.close()
