#!/usr/bin/env python
"""Throughput of the actors stage (recognition + linking) on German news, one core.

    python bench/actors.py [--shared ../shared] [--split all|train|dev] [--limit N]
                           [--repeat N] [--fixture-kb]

Input: the Wikinews articles of ../shared/data/quotes-de/{train,dev} (field "originalText",
the publication date from the file name). Sentences are split beforehand and not timed.
Prints MB/s and ms per article for the whole stage and for the CRF name tagger alone, and
the process RSS after loading the KB and models. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronik.analysis.actors import find_entities  # noqa: E402
from chronik.analysis.actors.names import german_names  # noqa: E402
from chronik.analysis.segment import find_sentences  # noqa: E402
from chronik.model import Analysis, Article  # noqa: E402

_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--split", choices=("all", "train", "dev"), default="all",
                    help="quotes-de split(s) to read")
    ap.add_argument("--fixture-kb", action="store_true", help="use the small test KB")
    ap.add_argument("--repeat", type=int, default=1,
                    help="time each warm pass this many times and print the fastest (a shared "
                         "machine's load only ever slows a run down)")
    args = ap.parse_args()
    splits = ("train", "dev") if args.split == "all" else (args.split,)
    files = [f for sp in splits for f in sorted(glob.glob(str(args.shared / f"data/quotes-de/{sp}/*.json")))]
    if not files:
        sys.exit(f"no articles under {args.shared}/data/quotes-de")
    if args.limit:
        files = files[: args.limit]
    docs = []
    for f in files:
        text = json.loads(Path(f).read_text("utf-8")).get("originalText") or ""
        m = _DATE.search(Path(f).name)
        art = Article.create(text, date=m.group(1) if m else None, lang="de")
        docs.append(find_sentences(Analysis.empty(art)))
    nbytes = sum(len(d.article.text.encode("utf-8")) for d in docs)
    rss0 = rss_mb()
    if args.fixture_kb:
        from chronik.analysis.actors.kbsource import fixture_kb

        kb = fixture_kb()
    else:
        from chronik.analysis.actors.kbsource import default_kb

        kb = default_kb()
    find_entities(docs[0], kb)  # load KB, automaton, CRF model
    print(f"KB entities: {len(kb)}; RSS after loading: {rss_mb():.0f} MB (before: {rss0:.0f} MB)")
    for label, fn in (("actors stage, first pass (cold word caches)", lambda d: find_entities(d, kb)),
                      ("actors stage, second pass", lambda d: find_entities(d, kb)),
                      ("CRF tagger only", lambda d: german_names(d.article.text, d.sentences))):
        runs = []
        for _ in range(1 if "first pass" in label else max(1, args.repeat)):
            t0, c0 = time.perf_counter(), time.process_time()
            n_ent = 0
            for d in docs:
                out = fn(d)
                n_ent += len(out.entities) if isinstance(out, Analysis) else len(out)
            runs.append((time.process_time() - c0, time.perf_counter() - t0))
        cpu, dt = min(runs)
        print(f"{label}: {len(docs)} articles, {nbytes / 1e6:.2f} MB; CPU {cpu:.2f} s = "
              f"{nbytes / 1e6 / cpu:.2f} MB/s, {cpu / len(docs) * 1000:.2f} ms/article "
              f"(wall {dt:.2f} s; {nbytes / len(docs) / 1000:.1f} KB avg), {n_ent} entities/names")
    print(f"peak RSS: {rss_mb():.0f} MB (word caches filled)")


if __name__ == "__main__":
    main()
