"""Reader throughput: generate N JSON Lines / text records (≈1.6 KB each, German and English
mixed) in a temp dir, read them back, print articles/s and peak RSS. Figures are printed,
never asserted.

    python bench/readers.py [N]
"""

from __future__ import annotations

import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from chronik.readers import read_paths

DE = ("Die Außenminister beider Länder trafen sich am Dienstag in der Hauptstadt zu Gesprächen "
      "über Handel, Energie und Sicherheit. Nach Angaben von Diplomaten verliefen die Gespräche "
      "konstruktiv; ein weiteres Treffen ist für den Herbst geplant. ")
EN = ("The foreign ministers of both countries met in the capital on Tuesday for talks on trade, "
      "energy and security. Diplomats said the talks were constructive and that another meeting "
      "was planned for the autumn. ")


def generate(folder: Path, n: int) -> tuple[Path, Path]:
    rnd = random.Random(7)
    jsonl, txt = folder / "bench.jsonl", folder / "bench.txt"
    with jsonl.open("w", encoding="utf-8") as fj, txt.open("w", encoding="utf-8") as ft:
        for i in range(n):
            body = (DE if i % 2 else EN) * 7
            words = body.split()
            rnd.shuffle(words)
            text = f"Meldung {i}: " + " ".join(words)
            day = f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}"
            fj.write(json.dumps({"id": f"b{i}", "date": day, "title": f"Meldung {i}", "text": text,
                                 "source": "bench", "extra": i}, ensure_ascii=False) + "\n")
            ft.write(f"date {day} Meldung {i}\n\n{text}\n\n")
    return jsonl, txt


def run(label: str, path: Path, lang: str | None) -> None:
    t0 = time.perf_counter()
    n = sum(1 for _ in read_paths([str(path)], lang=lang))
    dt = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<34} {n:>7} articles  {dt:6.2f} s  {n / dt:>9,.0f} articles/s  "
          f"peak RSS {peak:.0f} MB  ({path.stat().st_size / 1e6:.1f} MB file)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        jsonl, txt = generate(Path(tmp), n)
        from chronik.readers.lang import _model

        _model()  # load once, outside the timings
        run("jsonl, language detected", jsonl, None)
        run("jsonl, --lang de", jsonl, "de")
        run("text records, language detected", txt, None)
        run("text records, --lang de", txt, "de")


if __name__ == "__main__":
    main()
