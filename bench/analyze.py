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
    best = float("inf")
    events = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        events = sum(len(analyze(a).events) for a in arts)
        best = min(best, time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{len(arts)} articles, {nbytes / 1e6:.2f} MB, {events} events")
    print(f"analyze(): {len(arts) / best:.1f} articles/s, {nbytes / 1e6 / best:.3f} MB/s "
          f"(best of {args.repeat}, one core)")
    print(f"peak memory: {peak_mb:.0f} MB (ru_maxrss)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
