"""Server time per page of `chronik serve`, on the demo store and on a synthetic store with
~10,000 timeline events (target: every page < 300 ms). Prints p50/p95 per page; asserts nothing.

    python bench/web.py [--runs 20] [--events 10000] [--keep DIR]

Requests go through the whole ASGI app (middleware, routing, rendering) in process, so the
figures are server time without the network.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "web"))

DEMO_PAGES = [
    "/", "/timeline", "/timeline?lanes=actor", "/timeline?zoom=year&at=2024",
    "/timeline?zoom=month&at=2024-06", "/timeline?actor=Kim+Jong-un&with=Vladimir+Putin",
    "/search?q=Treffen", "/search?q=Kim&lang=de", "/entities", "/entities/{entity}",
    "/events/{event}", "/articles/001_schoigu_bei_kim_2023", "/analyze", "/docs",
    "/api/timeline?limit=50", "/api/events/{event}", "/api/entities/{entity}",
    "/api/search?q=Treffen", "/api/articles/001_schoigu_bei_kim_2023",
]
BIG_PAGES = [
    "/", "/timeline", "/timeline?lanes=actor", "/timeline?zoom=year&at=2023",
    "/timeline?zoom=month&at=2023-06", "/timeline?zoom=day&at=2023-06-15",
    "/timeline?actor=Person+7", "/timeline?actor=Person+7&with=Person+8", "/timeline?type=CONSULT",
    "/timeline?page=100", "/timeline?full=1", "/search?q=talks", "/entities/{entity}",
    "/events/{event}", "/api/timeline?limit=500&offset=5000",
]


def synthetic(path: Path, n_events: int, seed: int = 7) -> float:
    """A store of one-sentence articles, one event each, spread over five years."""
    from chronik.model import PLOVER_TYPES, Analysis, Article, Entity, Event, EventDate, Span
    from chronik.store import open_store
    from chronik.store.write import Writer

    rnd = random.Random(seed)
    people = [f"Person {i}" for i in range(60)]
    outlets = [f"Outlet {i}" for i in range(12)]
    store = open_store(path)
    writer = Writer(store)
    t0 = time.perf_counter()
    batch = []
    for i in range(n_events):
        a, b = rnd.sample(people, 2)
        typ = rnd.choice(PLOVER_TYPES)
        y, m, d = 2021 + rnd.randrange(5), 1 + rnd.randrange(12), 1 + rnd.randrange(28)
        value = f"{y}-{m:02d}" if rnd.random() < 0.15 else f"{y}-{m:02d}-{d:02d}"
        text = f"{a} held talks number {i} with {b} about item {rnd.randrange(10**6)}."
        art = Article.create(text, date=f"{y}-{m:02d}-{min(28, d + 1):02d}", lang="en",
                             source=rnd.choice(outlets), title=f"Report {i}")
        sent = Span.of(text, 0, len(text))
        ents = (Entity("e1", a, "PER", (Span.of(text, 0, len(a)),)),
                Entity("e2", b, "PER", (Span.of(text, text.index(b), text.index(b) + len(b)),)))
        ev = Event("v1", typ, sent, actors=("e1",), recipients=("e2",), date=EventDate(value),
                   trigger=Span.of(text, len(a) + 1, len(a) + 5), confidence=0.7)
        batch.append((Analysis(art, (sent,), (), ents, (ev,)), True))
        if len(batch) == 500:
            writer.write_many(batch)
            batch = []
    if batch:
        writer.write_many(batch)
    secs = time.perf_counter() - t0
    store.close()
    return secs


def demo(path: Path) -> None:
    from stores import demo_store

    demo_store(path).close()


def measure(db: Path, pages: list[str], runs: int) -> list[tuple[str, int, float, float]]:
    import httpx

    from chronik.store import open_store
    from chronik.web.app import create_app

    store = open_store(db)
    ent = store.query_one("SELECT entity_id FROM timeline_event_participants GROUP BY entity_id "
                          "ORDER BY count(*) DESC LIMIT 1")[0]
    event = store.query_one("SELECT id FROM timeline_events ORDER BY n_mentions DESC, id LIMIT 1")[0]
    store.close()
    app = create_app(db)
    out = []

    async def go():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            for page in pages:
                path = page.format(entity=ent, event=event)
                resp = await client.get(path)  # warm-up (caches, first connection per thread)
                times = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    resp = await client.get(path)
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
                out.append((path, resp.status_code, statistics.median(times), p95))

    asyncio.run(go())
    app.state.stores.close()
    return out


def report(title: str, rows) -> None:
    print(f"\n{title}")
    print(f"{'page':58} {'status':>6} {'p50 ms':>8} {'p95 ms':>8}")
    for path, status, p50, p95 in rows:
        flag = "" if p95 < 300 else "  > 300 ms"
        print(f"{path[:58]:58} {status:>6} {p50:8.1f} {p95:8.1f}{flag}")
    worst = max(r[3] for r in rows)
    print(f"slowest p95: {worst:.1f} ms ({'within' if worst < 300 else 'over'} the 300 ms target)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--keep", type=Path, help="Build the stores in this folder and keep them.")
    ap.add_argument("--reuse", action="store_true", help="Reuse stores already in --keep.")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="chronik-bench-web-"))
    folder.mkdir(parents=True, exist_ok=True)
    demo_db, big_db = folder / "demo.db", folder / f"synthetic{args.events}.db"
    if not args.reuse:
        for db in (demo_db, big_db):
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
    if not demo_db.exists():
        t0 = time.perf_counter()
        demo(demo_db)
        print(f"demo store built in {time.perf_counter() - t0:.1f} s")
    report("demo store", measure(demo_db, DEMO_PAGES, args.runs))
    if not big_db.exists():
        secs = synthetic(big_db, args.events)
        print(f"\nsynthetic store: {args.events} one-event articles written and fused in {secs:.1f} s")
    from chronik.store import open_store

    st = open_store(big_db)
    n = st.query_one("SELECT count(*) FROM timeline_events")[0]
    st.close()
    report(f"synthetic store, {n} timeline events", measure(big_db, BIG_PAGES, args.runs))


if __name__ == "__main__":
    main()
