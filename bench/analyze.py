#!/usr/bin/env python3
"""Throughput of the whole analyze() (all stages) on the quotes-de dev articles.

    python bench/analyze.py [DIR] [--repeat N]

Prints articles/s, MB/s (UTF-8 bytes of article text) on one core, and peak memory
(ru_maxrss). Figures are printed, never asserted. Needs ../shared (skips with a message).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
from pathlib import Path

from chronik.pipeline import STAGE_NAMES

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "quotes-de" / "dev"
DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


def load(folder: Path):
    from chronik.model import Article

    arts = []
    for f in sorted(folder.glob("*.json")):
        doc = json.loads(f.read_text("utf-8"))
        m = DATE.search(f.name)
        arts.append(Article.create(doc["originalText"], date=m.group(1) if m else None,
                                   lang="de", origin=f.name))
    return arts


def _stage_ms(arts, name: str) -> float:
    from chronik.pipeline import STAGES, analyze

    stage = next(s for s in STAGES if s.name == name)
    later = {s.name for s in STAGES[STAGES.index(stage):]}
    inputs = [analyze(a, skip=frozenset(later)) for a in arts]
    c0 = time.process_time()
    for an in inputs:
        stage.fn(an)
    return (time.process_time() - c0) / len(arts) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} is absent", file=sys.stderr)
        return 0
    from chronik.pipeline import analyze

    arts = load(args.folder)
    nbytes = sum(len(a.text.encode("utf-8")) for a in arts)
    for a in arts[:5]:  # warm up: load resources once
        analyze(a)
    best = best_cpu = float("inf")
    events = 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        events = sum(len(analyze(a).events) for a in arts)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(arts)} articles, {nbytes / 1e6:.2f} MB, {events} events")
    print(f"analyze(): {len(arts) / best:.1f} articles/s, {nbytes / 1e6 / best:.3f} MB/s "
          f"(wall clock, best of {args.repeat}, one core)")
    print(f"analyze(): {len(arts) / best_cpu:.1f} articles/s, {nbytes / 1e6 / best_cpu:.3f} MB/s "
          f"(process CPU time: less sensitive to other load on the machine)")
    for name in STAGE_NAMES:  # per-stage CPU cost, each stage run on the output of the others
        t = _stage_ms(arts, name)
        print(f"  stage {name:8s} {t:.2f} ms/article (CPU)")
    print(f"peak memory: {peak_mb:.0f} MB (ru_maxrss)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
