"""Mine cue verbs from the quotes-de gold (train) into resources/de/quote_cues.yaml.

A word becomes a cue when annotators marked it as (part of) a cue often and precisely: at
least MIN_COUNT times, and in at least MIN_PRECISION of its occurrences in the articles
(outside quotation marks). Only lower-case words outside the lexicon's closed classes and
existing cues are kept (verbs, in practice: "befürchtet", "vertritt"). The result replaces the
`mined_verbs` list of the YAML file (between its BEGIN/END marker lines), sorted, one fact per
word; nothing else in the file changes.

    python scripts/mine_quote_cues.py [TRAIN_DIR] [--min-count 3] [--min-precision 0.4] [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from chronik.analysis.quotes.lexicon import lexicon
from chronik.resources import load_yaml

ROOT = Path(__file__).resolve().parents[1]
YAML = ROOT / "src/chronik/resources/de/quote_cues.yaml"
BEGIN, END = "# BEGIN mined_verbs", "# END mined_verbs"
_WORD = re.compile(r"\w+")
_QUOTED = re.compile(r"„[^“”]*[“”]|»[^«]*«|\"[^\"]*\"")


def mine(folder: Path, min_count: int, min_precision: float) -> list[tuple[str, int, float]]:
    lex = lexicon("de")
    mined = frozenset(w.lower() for w in (load_yaml("de", "quote_cues.yaml") or {}).get("mined_verbs") or ())
    known = lex.triggers - mined  # a re-run mines afresh, not from its own last result
    closed = (lex.determiners | lex.prepositions | lex.adverbs | lex.conjunctions
              | lex.auxiliaries | lex.particles | lex.reflexives | lex.subjunctive
              | lex.reportative | lex.complementizers | frozenset(lex.pronouns))
    cue, seen = Counter(), Counter()
    for path in sorted(folder.glob("*.json")):
        d = json.loads(path.read_text("utf-8"))
        text = d["originalText"]
        for a in d.get("annotations") or ():
            for s in (a.get("cue") or {}).get("spans") or ():
                for m in _WORD.finditer(text, s["charBegin"], s["charEnd"]):
                    cue[m.group()] += 1
        for m in _WORD.finditer(_QUOTED.sub(" ", text)):
            seen[m.group()] += 1
    out = []
    for word, n in cue.items():
        low = word.lower()
        if word != low or not word.isalpha() or len(word) < 4 or low in closed \
                or low in known:
            continue
        prec = n / max(seen[word], n)
        if n >= min_count and prec >= min_precision:
            out.append((low, n, prec))
    return sorted(out)


def write(words: list[str]) -> None:
    text = YAML.read_text("utf-8")
    a, b = text.index(BEGIN), text.index(END)
    body = "mined_verbs: [" + ", ".join(words) + "]\n"
    YAML.write_text(text[:a] + BEGIN + "\n" + body + text[b:], "utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", nargs="?", default="/work/shared/data/quotes-de/train")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-precision", type=float, default=0.4)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    rows = mine(Path(args.train), args.min_count, args.min_precision)
    for w, n, p in rows:
        print(f"{w:<24} {n:4d} {p:5.2f}")
    if not args.dry_run:
        write([w for w, _n, _p in rows])
        print(f"{len(rows)} words written to {YAML}")


if __name__ == "__main__":
    main()
