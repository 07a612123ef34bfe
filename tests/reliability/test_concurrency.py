"""Concurrent use: a real `chronik serve` (uvicorn on 127.0.0.1) answers timeline, search,
entity and event queries while a `chronik ingest` subprocess writes to the same SQLite store
(WAL, busy timeouts). No request may fail; no event may be served half-made (without
mentions, sources or evidence, or with evidence that does not match its mention count); the
article count never goes down."""

from __future__ import annotations

import random
import subprocess
import threading
import time

import httpx
import pytest
from rel_corpus import store_problems, write_corpus
from rel_proc import Server, child_env, chronik_cmd

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("warm")]

SEED_ARTICLES = 150
NEW_ARTICLES = 600
CLIENTS = 4
QUERIES = ["Macron", "Putin", "Sanktionen", "sanctions", "Gespräche", "trade", "Lawrow Moskau"]


def _seed_store(db, jsonl) -> None:
    from chronik.engines.ingest import ingest
    from chronik.readers import read_paths
    from chronik.store import open_store

    store = open_store(str(db))
    try:
        report = ingest(store, read_paths([str(jsonl)]), workers=1)
        assert report.ingested == SEED_ARTICLES
    finally:
        store.close()


class Findings:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.errors: list[str] = []
        self.requests = 0
        self.gone = 0  # an event listed a moment ago and re-fused since: a clean 404
        self.counts: list[int] = []

    def bad(self, msg: str) -> None:
        with self.lock:
            self.errors.append(msg)


def _check_entry(ev: dict, where: str, f: Findings) -> None:
    if ev["n_mentions"] < 1 or ev["n_articles"] < 1:
        f.bad(f"{where}: event {ev['id']} without mentions: {ev}")
    if not ev.get("sources"):
        f.bad(f"{where}: event {ev['id']} without sources")
    if not ev.get("summary"):
        f.bad(f"{where}: event {ev['id']} without a summary sentence")
    if not ev.get("actors"):
        f.bad(f"{where}: event {ev['id']} without actors")


def _client(base: str, stop: threading.Event, f: Findings, seed: int) -> None:
    rnd = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30.0) as c:
        while True:
            last = stop.is_set()
            try:
                r = c.get("/api/timeline", params={"limit": 50, "offset": rnd.choice([0, 0, 50, 200])})
                f.requests += 1
                if r.status_code != 200:
                    f.bad(f"/api/timeline: {r.status_code} {r.text[:200]}")
                    continue
                entries = r.json()["entries"]
                for ev in entries:
                    _check_entry(ev, "/api/timeline", f)
                for ev in rnd.sample(entries, min(3, len(entries))):
                    d = c.get(f"/api/events/{ev['id']}")
                    f.requests += 1
                    if d.status_code == 404 and d.json().get("ok") is False:
                        f.gone += 1
                        continue
                    if d.status_code != 200:
                        f.bad(f"/api/events/{ev['id']}: {d.status_code} {d.text[:200]}")
                        continue
                    body = d.json()
                    _check_entry(body["event"], f"/api/events/{ev['id']}", f)
                    n, got = body["event"]["n_mentions"], len(body["evidence"])
                    if got != n or got < 1:
                        f.bad(f"/api/events/{ev['id']}: {got} evidence sentences for {n} mentions")
                    for e in body["evidence"]:
                        if not e.get("article_id"):
                            f.bad(f"/api/events/{ev['id']}: evidence without its article")
                for path, params in (("/api/search", {"q": rnd.choice(QUERIES), "limit": 20}),
                                     ("/api/entities", {"q": rnd.choice(QUERIES)}),
                                     ("/search", {"q": rnd.choice(QUERIES)}),
                                     ("/timeline", {}),
                                     ("/", {})):
                    s = c.get(path, params=params)
                    f.requests += 1
                    if s.status_code != 200:
                        f.bad(f"{path}: {s.status_code} {s.text[:200]}")
                st = c.get("/api/stats")
                f.requests += 1
                if st.status_code != 200:
                    f.bad(f"/api/stats: {st.status_code}")
                else:
                    with f.lock:
                        f.counts.append(st.json()["articles"])
            except httpx.HTTPError as exc:
                f.bad(f"transport error: {type(exc).__name__}: {exc}")
            if last:
                return


def test_serve_answers_while_ingest_writes(tmp_path):
    db = tmp_path / "live.db"
    first, more = tmp_path / "first.jsonl", tmp_path / "more.jsonl"
    write_corpus(first, SEED_ARTICLES, seed=5)
    write_corpus(more, NEW_ARTICLES, seed=6, start=SEED_ARTICLES)
    _seed_store(db, first)
    findings = Findings()
    with Server(db) as srv:
        log = open(tmp_path / "ingest.log", "wb")  # noqa: SIM115
        ingest = subprocess.Popen(chronik_cmd("ingest", str(more), "--db", str(db), "--workers", "2",
                                              "--quiet"), stdout=log, stderr=subprocess.STDOUT,
                                  env=child_env())
        stop = threading.Event()
        threads = [threading.Thread(target=_client, args=(srv.base, stop, findings, i), daemon=True)
                   for i in range(CLIENTS)]
        for t in threads:
            t.start()
        try:
            rc = ingest.wait(240)
        finally:
            if ingest.poll() is None:
                ingest.kill()
                ingest.wait(10)
            log.close()
            time.sleep(0.5)
            stop.set()
            for t in threads:
                t.join(60)
    assert rc == 0, (tmp_path / "ingest.log").read_text("utf-8", "replace")[-2000:]
    assert not findings.errors, f"{len(findings.errors)} problems, e.g.:\n" + "\n".join(findings.errors[:10])
    assert findings.requests > 50, "the clients hardly ran"
    counts = findings.counts
    assert counts and counts[-1] == SEED_ARTICLES + NEW_ARTICLES, "the server saw the final store"
    assert not store_problems(db)
    print(f"{findings.requests} requests during the ingest, {findings.gone} clean 404s for re-fused "
          f"events, article counts {counts[0]} → {counts[-1]}")
