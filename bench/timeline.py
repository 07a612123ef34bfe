"""Timeline store benchmarks (figures printed, never asserted):

1. query latency on a synthetic store of 1,000,000 fused events and 100,000 entities
   (skewed popularity, like news): p50/p95 of timeline(one entity), timeline(dyad) and
   timeline(type over a year), each returning the first page of 50 entries;
2. storing + fusing analysed articles on one core (synthetic analyses with entities,
   mentions, timexes and events that often report the same happenings);
3. fusion precision/recall on the bundled demo corpus against its answer key.

    python bench/timeline.py [--events 1000000] [--entities 100000] [--articles 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from chronik.model import PLOVER_TYPES, Analysis, Article, Entity, Event, EventDate, Span, Timex
from chronik.store import open_store
from chronik.store.write import Writer
from chronik.timeline.dates import period_class
from chronik.timeline.queries import timeline

DAY0 = date(2015, 1, 1)
DAYS = 3650


def _skewed(rnd: random.Random, n: int) -> int:
    """An index in [0, n) with a heavy head (a few entities take part in many events)."""
    return min(n - 1, int(n * rnd.random() ** 3))


def build_synthetic(db: Path, n_events: int, n_entities: int) -> None:
    store = open_store(db)
    conn = store.conn
    rnd = random.Random(1)
    t0 = time.perf_counter()
    with store.transaction():
        conn.executemany("INSERT INTO entities (id, key, name, type, country) VALUES (?, ?, ?, ?, ?)",
                         ((i, f"name:entity {i}", f"Entity {i}", "PER" if i % 3 else "GPE",
                           f"C{i % 200:02d}") for i in range(1, n_entities + 1)))
        conn.executemany("INSERT INTO entity_names (entity_id, name_key, name) VALUES (?, ?, ?)",
                         ((i, f"entity {i}", f"Entity {i}") for i in range(1, n_entities + 1)))
    batch = 100_000
    for start in range(0, n_events, batch):
        ev, parts, srcs, pairs = [], [], [], []
        for tid in range(start + 1, min(n_events, start + batch) + 1):
            d = DAY0 + timedelta(days=rnd.randrange(DAYS))
            r = rnd.random()
            if r < 0.8:
                value, s, e = d.isoformat(), d, d
            elif r < 0.95:
                s = d.replace(day=1)
                e = (s + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                value = s.isoformat()[:7]
            else:
                s, e, value = d.replace(month=1, day=1), d.replace(month=12, day=31), str(d.year)
            span = (e - s).days + 1
            prec = {1: "day"}.get(span, "month" if span < 40 else "year")
            cls = period_class(span)
            a = _skewed(rnd, n_entities) + 1
            b = _skewed(rnd, n_entities) + 1
            n_src = 1 + int(rnd.random() ** 4 * 6)
            ev.append((tid, PLOVER_TYPES[rnd.randrange(16)], value, s.isoformat(), e.isoformat(), span,
                       cls, prec, "asserted", 0.7, f"synthetic event {tid}", n_src, n_src, n_src,
                       d.isoformat(), d.isoformat(), tid))
            parts.append((tid, "actor", a, s.isoformat(), span, cls))
            if b != a:
                parts.append((tid, "recipient", b, s.isoformat(), span, cls))
                pairs.append((tid, min(a, b), max(a, b), s.isoformat(), span, cls))
            srcs.append((tid, f"Source {tid % 500}", "publisher"))
        with store.transaction():
            conn.executemany(
                "INSERT INTO timeline_events (id, type, date, date_start, date_end, date_span, "
                "period_class, precision, modality, confidence, summary, n_mentions, n_articles, "
                "n_sources, first_reported, last_reported, fusion_group) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ev)
            conn.executemany("INSERT INTO timeline_event_participants (timeline_event_id, role, entity_id, "
                             "date_start, date_span, period_class) VALUES (?, ?, ?, ?, ?, ?)", parts)
            conn.executemany("INSERT INTO timeline_event_pairs (timeline_event_id, entity_a, entity_b, "
                             "date_start, date_span, period_class) VALUES (?, ?, ?, ?, ?, ?)", pairs)
            conn.executemany("INSERT INTO timeline_event_sources (timeline_event_id, name, kind) "
                             "VALUES (?, ?, ?)", srcs)
    conn.execute("ANALYZE")
    store.close()
    print(f"built {n_events:,} events, {n_entities:,} entities in {time.perf_counter() - t0:.0f} s")


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def bench_queries(db: Path, n_entities: int, runs: int) -> None:
    store = open_store(db)
    rnd = random.Random(2)
    n_pairs = store.query_one("SELECT max(rowid) FROM timeline_event_pairs")[0] or 1

    def known_dyad() -> list[str]:
        """Two entities that do share events (a random stored pair)."""
        row = store.query_one("SELECT entity_a, entity_b FROM timeline_event_pairs WHERE rowid >= ? "
                              "LIMIT 1", (rnd.randrange(1, n_pairs + 1),))
        return [str(row[0]), str(row[1])]

    cases = {
        "one entity": lambda: timeline(store, [str(_skewed(rnd, n_entities) + 1)], limit=50),
        "one entity, a year": lambda: timeline(store, [str(_skewed(rnd, n_entities) + 1)],
                                               since=str(2015 + rnd.randrange(10)),
                                               until=None, limit=50),
        "dyad": lambda: timeline(store, [str(_skewed(rnd, n_entities) + 1)],
                                 [str(_skewed(rnd, n_entities) + 1)], limit=50),
        "dyad with shared events": lambda: timeline(store, *(lambda d: ([d[0]], [d[1]]))(known_dyad()),
                                                    limit=50),
        "type over a year": lambda: timeline(store, type=PLOVER_TYPES[rnd.randrange(16)],
                                             since=(y := str(2015 + rnd.randrange(10))), until=y,
                                             limit=50),
        "hub entity (most events)": lambda: timeline(store, ["1"], limit=50),
    }
    for name, fn in cases.items():
        fn()  # warm the cache
        times, cpu = [], []
        for _ in range(runs):
            t, c = time.perf_counter(), time.process_time()
            fn()
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        print(f"  {name:<26} p50 {statistics.median(times):6.2f} ms   p95 {_pct(times, 95):6.2f} ms"
              f"   (CPU p95 {_pct(cpu, 95):6.2f} ms)")
    store.close()


FIRST = ["Anna", "Boris", "Chen", "Dana", "Emil", "Farid", "Greta", "Hana", "Ivan", "Jonas"]
LAST = ["Berg", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Sato"]


def synthetic_analyses(n: int) -> list[Analysis]:
    """Articles about a pool of people meeting each other: many report the same meeting."""
    rnd = random.Random(3)
    people = [f"{first} {last}" for first in FIRST for last in LAST]
    out = []
    for i in range(n):
        pub = DAY0 + timedelta(days=rnd.randrange(365))
        parts, spans, ents, evs, tmx = [], [], {}, [], []
        pos = 0
        for j in range(12):
            a, b = rnd.sample(people[:60], 2)
            day = pub - timedelta(days=rnd.randrange(3))
            sent = f"{a} traf am {day.day}. des Monats {b} zu Gesprächen über Handel und Energie. "
            parts.append(sent)
            s0 = pos
            spans.append((s0, s0 + len(sent) - 1))
            for name in (a, b):
                k = sent.index(name)
                ents.setdefault(name, []).append((s0 + k, s0 + k + len(name)))
            k = sent.index("am ")
            tmx.append((f"t{j + 1}", s0 + k + 3, s0 + k + 3 + len(f"{day.day}. des Monats"),
                        day.isoformat()))
            if j < 4:
                evs.append((a, b, s0, s0 + len(sent) - 1, day.isoformat(), f"t{j + 1}"))
            pos += len(sent)
        text = "".join(parts)
        art = Article.create(text, date=pub.isoformat(), lang="de", source=f"Blatt {i % 7}")
        ids = {name: f"e{k + 1}" for k, name in enumerate(sorted(ents))}
        out.append(Analysis(
            article=art,
            sentences=tuple(Span.of(text, s, e) for s, e in spans),
            timexes=tuple(Timex(t, Span.of(text, s, e), "DATE", v, "dct") for t, s, e, v in tmx),
            entities=tuple(Entity(ids[n], n, "PER", tuple(Span.of(text, s, e) for s, e in ms))
                           for n, ms in sorted(ents.items())),
            events=tuple(Event(f"v{k + 1}", "CONSULT", Span.of(text, s, e), actors=(ids[a],),
                               recipients=(ids[b],), date=EventDate(d, t), confidence=0.6)
                         for k, (a, b, s, e, d, t) in enumerate(evs))))
    return out


def bench_store_fuse(n: int) -> None:
    docs = synthetic_analyses(n)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "f.db")
        w = Writer(store)
        t, c = time.perf_counter(), time.process_time()
        for k in range(0, len(docs), 200):
            w.write_many([(d, True) for d in docs[k:k + 200]])
        dt, cpu = time.perf_counter() - t, time.process_time() - c
        ev = store.query_one("SELECT count(*) FROM events")[0]
        tl = store.query_one("SELECT count(*) FROM timeline_events")[0]
        print(f"  store + fuse: {n / dt:.0f} articles/s wall, {n / cpu:.0f} articles/s of CPU time "
              f"({n} articles, {ev} event reports → {tl} timeline events, {dt:.1f} s)")
        store.close()


def bench_demo_precision() -> None:
    try:
        from chronik.cli.demo import build_demo
        from chronik.demo import events_key
        from chronik.fusion.evaluate import score_fusion
    except ImportError as exc:
        print(f"  skipped: {exc}")
        return
    with tempfile.TemporaryDirectory() as tmp:
        store, report = build_demo(Path(tmp) / "demo.db", on_error=lambda e: None)
        score = score_fusion(store, events_key())
        print(f"  demo corpus: {report.ingested} articles stored, {len(report.rejected)} rejected")
        for line in score.describe().splitlines():
            print("  " + line)
        store.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--entities", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--db", help="Keep the synthetic store here (reused when it exists).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "synthetic.db"
        if not db.exists():
            build_synthetic(db, args.events, args.entities)
        print(f"timeline queries ({args.runs} runs each, first page of 50):")
        bench_queries(db, args.entities, args.runs)
    print("storing + fusing analysed articles (one core):")
    bench_store_fuse(args.articles)
    print("fusion precision on the demo corpus:")
    bench_demo_precision()
    return 0


if __name__ == "__main__":
    sys.exit(main())
