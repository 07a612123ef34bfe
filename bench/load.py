"""Load test of `chronik serve` on loopback: N requests from C concurrent clients, a mix of
timeline, search, entity, event and article pages and the JSON API; prints throughput,
p50/p95/p99 latency per kind and the error count (which must be zero).

Loopback only: the script starts its own server on 127.0.0.1 (or takes --url, which must be a
loopback address). The loop stops by itself: after --requests requests or --max-seconds.

    python bench/load.py                      # builds the demo store in a temp folder
    python bench/load.py --db news.db --requests 5000 --clients 50
    python bench/load.py --url http://127.0.0.1:8000 --db news.db   (a running server)
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

WORDS = ["Putin", "Kim", "Vertrag", "treaty", "Sanktionen", "sanctions", "Moskau", "Pyongyang",
         "Rakete", "missile", "Truppen", "troops", "Gipfel", "summit", "Lawrow", "Schoigu"]


@dataclass
class Result:
    kind: str
    status: int
    seconds: float
    error: str | None = None


@dataclass
class Report:
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    error_samples: list[str] = field(default_factory=list)

    def add(self, r: Result) -> None:
        self.requests += 1
        self.by_kind.setdefault(r.kind, []).append(r.seconds)
        if r.error is not None or r.status >= 400:
            self.errors += 1
            if len(self.error_samples) < 10:
                self.error_samples.append(f"{r.kind}: {r.status} {r.error or ''}".strip())

    def summary(self) -> dict:
        every = sorted(x for v in self.by_kind.values() for x in v)
        return {
            "requests": self.requests, "errors": self.errors,
            "seconds": round(self.seconds, 2),
            "throughput_rps": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
            "latency_ms": percentiles(every),
            "by_kind": {k: {"n": len(v), **percentiles(sorted(v))} for k, v in sorted(self.by_kind.items())},
            "error_samples": self.error_samples,
        }


def percentiles(sorted_s: list[float]) -> dict[str, float]:
    if not sorted_s:
        return {"p50": 0.0, "p95": 0.0, "p99": 0.0, "max": 0.0}

    def p(q: float) -> float:
        return round(1000 * sorted_s[min(len(sorted_s) - 1, int(q * len(sorted_s)))], 1)

    return {"p50": p(0.50), "p95": p(0.95), "p99": p(0.99), "max": round(1000 * sorted_s[-1], 1)}


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def request_mix(db: Path, seed: int = 1) -> list[tuple[str, str]]:
    """(kind, path) pairs drawn from what the store holds: real event, entity, article ids."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        events = [r[0] for r in conn.execute("SELECT id FROM timeline_events ORDER BY id LIMIT 500")]
        entities = [r[0] for r in conn.execute(
            "SELECT entity_id FROM article_entities GROUP BY entity_id ORDER BY count(*) DESC LIMIT 100")]
        articles = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id LIMIT 200")]
    finally:
        conn.close()
    rnd = random.Random(seed)
    mix: list[tuple[str, str]] = [("page:/", "/"), ("page:timeline", "/timeline"),
                                  ("api:timeline", "/api/timeline?limit=50"), ("api:stats", "/api/stats")]
    for w in WORDS:
        mix += [("page:search", f"/search?q={quote(w)}"), ("api:search", f"/api/search?q={quote(w)}"),
                ("api:entities", f"/api/entities?q={quote(w)}")]
    for e in entities[:40]:
        mix += [("page:entity", f"/entities/{e}"), ("api:entity", f"/api/entities/{e}"),
                ("api:timeline", f"/api/timeline?actor={e}&limit=20")]
    for v in rnd.sample(events, min(60, len(events))):
        mix += [("page:event", f"/events/{v}"), ("api:event", f"/api/events/{v}")]
    for a in rnd.sample(articles, min(20, len(articles))):
        mix += [("page:article", f"/articles/{a}"), ("api:article", f"/api/articles/{a}")]
    return mix


async def _run(base: str, mix: list[tuple[str, str]], n: int, clients: int, max_seconds: float,
               seed: int) -> Report:
    import httpx

    report = Report()
    rnd = random.Random(seed)
    plan = [rnd.choice(mix) for _ in range(n)]
    nxt = 0
    t0 = time.perf_counter()
    deadline = t0 + max_seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def worker(client) -> None:
        nonlocal nxt
        while nxt < len(plan) and time.perf_counter() < deadline:
            kind, path = plan[nxt]
            nxt += 1
            s = time.perf_counter()
            try:
                r = await client.get(path)
                await r.aread()
                res = Result(kind, r.status_code, time.perf_counter() - s)
            except httpx.HTTPError as exc:
                res = Result(kind, 0, time.perf_counter() - s, f"{type(exc).__name__}: {exc}")
            report.add(res)

    async with httpx.AsyncClient(base_url=base, timeout=30.0, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(clients)))
    report.seconds = time.perf_counter() - t0
    return report


def run_load(base: str, db: Path, *, requests: int = 5000, clients: int = 50,
             max_seconds: float = 300.0, seed: int = 1) -> dict:
    """Run the load against a server at `base` (loopback only); returns the summary."""
    if not is_loopback(base):
        raise SystemExit(f"refusing to load {base}: loopback addresses only")
    mix = request_mix(db, seed)
    return asyncio.run(_run(base, mix, requests, clients, max_seconds, seed)).summary()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(db: Path, log) -> tuple[subprocess.Popen, str]:
    import httpx

    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "chronik.cli.app", "serve", "--db", str(db),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit(f"chronik serve exited with {proc.returncode}")
        try:
            if httpx.get(base + "/api/stats", timeout=2).status_code == 200:
                return proc, base
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("chronik serve did not start within 60 s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, help="the store (default: build the demo store in a temp folder)")
    ap.add_argument("--url", help="a running server on a loopback address (default: start one)")
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--max-seconds", type=float, default=300.0, help="stop after this long in any case")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "demo.db"
            print("building the demo store ...", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "chronik.cli.app", "demo", "--db", str(db)],
                           check=True, stdout=subprocess.DEVNULL)
        proc = None
        with open(Path(tmp) / "serve.log", "wb") as log:
            try:
                base = args.url
                if base is None:
                    proc, base = _serve(db, log)
                out = run_load(base, db, requests=args.requests, clients=args.clients,
                               max_seconds=args.max_seconds, seed=args.seed)
            finally:
                if proc is not None:
                    proc.send_signal(signal.SIGINT)
                    try:
                        proc.wait(10)
                    except subprocess.TimeoutExpired:
                        proc.kill()
    if args.json:
        print(json.dumps(out, indent=2))
    else:
        lat = out["latency_ms"]
        print(f"{out['requests']} requests, {args.clients} clients, {out['seconds']} s: "
              f"{out['throughput_rps']} req/s; latency p50 {lat['p50']} ms, p95 {lat['p95']} ms, "
              f"p99 {lat['p99']} ms, max {lat['max']} ms; errors {out['errors']}")
        for kind, s in out["by_kind"].items():
            print(f"  {kind:14} n={s['n']:5}  p50 {s['p50']:7.1f}  p95 {s['p95']:7.1f}  p99 {s['p99']:7.1f} ms")
        for e in out["error_samples"]:
            print("  error:", e)
    return 1 if out["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
