"""Ingest throughput: reading + storing German news articles, analysis stages off.

Reads ../shared/data/quotes-de (850 Wikinews articles: "originalText", the date from the
"(YYYY-MM-DD)" in the file name), then stores them in a fresh SQLite file on one core:
  1. articles only (record + content-hash dedupe);
  2. articles + sentences with stems for full-text search (what `ingest --no-analyze` does);
  3. a second ingest of the same articles (all duplicates).
Figures are printed, never asserted.

    python bench/ingest.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from chronik.engines.ingest import ingest
from chronik.engines.local import SEGMENT_ONLY
from chronik.model import Article
from chronik.pipeline import STAGE_NAMES
from chronik.store import open_store

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "quotes-de"
_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


def read_articles(folder: Path) -> list[Article]:
    out = []
    for f in sorted(folder.rglob("*.json")):
        rec = json.loads(f.read_text(encoding="utf-8"))
        m = _DATE.search(f.name)
        title = f.name.split(" - ", 1)[-1].rsplit(" (", 1)[0]
        out.append(Article.create(rec["originalText"], date=m[1] if m else None, title=title,
                                  lang="de", source="Wikinews", origin=str(f)))
    return out


def run(articles: list[Article], db: Path, *, skip: frozenset[str], label: str) -> None:
    import chronik.engines.local as local

    store = open_store(db)
    real = local.analyze
    local.analyze = lambda a, skip=frozenset(), _s=skip: real(a, skip=_s)  # noqa: E731
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        rep = ingest(store, articles, analyze=False)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        local.analyze = real
    n = store.query_one("SELECT count(*) FROM articles")[0]
    s = store.query_one("SELECT count(*) FROM sentences")[0]
    print(f"{label:<44} {len(articles) / dt:8.0f} articles/s wall, {len(articles) / cpu:6.0f}/s CPU "
          f"({len(articles)} in {dt:.2f} s; "
          f"stored {n} articles, {s} sentences; ingested {rep.ingested}, duplicates {rep.duplicates})")
    store.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1, help="Store the corpus this many times "
                    "(copies get distinct titles, so they are new articles).")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent (../shared is not beside this checkout)")
        return 0
    t0 = time.perf_counter()
    arts = read_articles(DATA)
    t_read = time.perf_counter() - t0
    if args.repeat > 1:
        arts = [Article.create(a.text, date=a.date, title=f"{a.title} #{i}", lang="de", source=a.source)
                for i in range(args.repeat) for a in arts]
    kb = sum(len(a.text) for a in arts) / len(arts) / 1000
    print(f"corpus: {len(arts)} articles, {kb:.1f} KB on average; read+parse JSON "
          f"{len(arts) // max(args.repeat, 1) / t_read:.0f} articles/s")
    all_stages = frozenset(STAGE_NAMES)
    with tempfile.TemporaryDirectory() as tmp:
        run(arts, Path(tmp) / "a.db", skip=all_stages, label="store articles only")
        db = Path(tmp) / "b.db"
        run(arts, db, skip=SEGMENT_ONLY, label="store articles + stemmed sentences (FTS)")
        run(arts, db, skip=SEGMENT_ONLY, label="re-ingest the same articles (duplicates)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
