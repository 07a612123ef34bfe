#!/usr/bin/env python3
"""Regenerate src/chronik/demo/corpus.jsonl from src/chronik/demo/corpus/*.txt.

    python scripts/build_demo_jsonl.py          # write the file
    python scripts/build_demo_jsonl.py --check  # exit 1 if the file is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from chronik.demo.build import build_rows, render_jsonl  # noqa: E402

DEMO = ROOT / "src" / "chronik" / "demo"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only compare, do not write")
    args = ap.parse_args(argv)
    out = DEMO / "corpus.jsonl"
    text = render_jsonl(build_rows(DEMO / "corpus", DEMO / "corpus_meta.yaml"))
    if args.check:
        current = out.read_text("utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is out of date: run scripts/build_demo_jsonl.py", file=sys.stderr)
            return 1
        print(f"{out} is up to date")
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} articles to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
