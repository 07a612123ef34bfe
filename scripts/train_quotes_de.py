"""Train the German quote/speaker/cue tagger (src/chronik/resources/de/quotes.crfsuite).

Reads quotes-de train (default /work/shared/data/quotes-de/train), cuts each article into
sentences and tokens exactly as the quotes stage does at run time, labels each token from the
gold spans (cue > speaker > quote; B-/I- for quotes and speakers) and trains a linear-chain
CRF (python-crfsuite, L-BFGS, fixed settings, so the result is reproducible). The features
include what the rules of the quotes stage found (run here with the tagger switched off), so
the tagger learns where to trust, correct and extend them.

    python scripts/train_quotes_de.py [TRAIN_DIR] [--out PATH] [--c1 0.05] [--c2 0.01]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pycrfsuite

import chronik.analysis.quotes.attribute  # noqa: F401 - its USE_MODEL is set below
from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.marks import find_direct
from chronik.analysis.quotes.phrases import tokenize
from chronik.analysis.quotes.tagger import TypeFeatures, article_features, rule_marks
from chronik.model import Article
from chronik.pipeline import analyze
from chronik.text.segment import sentences

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/chronik/resources/de/quotes.crfsuite"


def _spans(role: dict | None) -> list[tuple[int, int]]:
    return [(int(s["charBegin"]), int(s["charEnd"])) for s in (role or {}).get("spans") or ()]


def doc_items(path: Path, lex, tf) -> list[tuple[list[list[str]], list[str]]]:
    d = json.loads(path.read_text("utf-8"))
    text = d["originalText"]
    ana = analyze(Article.create(text, lang="de", id=path.name), skip=frozenset({"events"}))
    sents = ana.sentences or sentences(text, "de")
    directs = find_direct(text, lex)
    cache: dict[int, list] = {}

    def toks_of(k: int):
        if k not in cache:
            s = sents[k]
            inside = [q for q in directs if q[0] < s.end and q[1] > s.start]
            cache[k] = tokenize(text, s.start, s.end, inside)
        return cache[k]

    roles = []  # (priority, kind, spans of one annotation)
    for a in d.get("annotations") or ():
        roles.append((0, "C", _spans(a.get("cue"))))
        roles.append((1, "S", _spans(a.get("speaker"))))
        roles.append((2, "Q", _spans(a.get("quote"))))
    feats = article_features(text, sents, toks_of, lex, tf)
    out = []
    prev = False
    for k, f in feats.items():
        toks = toks_of(k)
        marks = rule_marks(toks, ana.quotes, prev)
        prev = "rsent" in marks[0]
        f = [x + y for x, y in zip(f, marks, strict=True)]
        labels = []
        prev_span = None
        for t in toks:
            lab, span_id = "O", None
            for _prio, kind, spans in sorted(roles, key=lambda r: r[0]):
                hit = next((i for i, (a, b) in enumerate(spans) if a < t.end and b > t.start), None)
                if hit is not None:
                    lab, span_id = kind, (id(spans), hit)
                    break
            if lab in ("Q", "S"):
                lab = ("I-" if prev_span == span_id else "B-") + lab
            prev_span = span_id
            labels.append(lab)
        out.append((f, labels))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("train", nargs="?", default="/work/shared/data/quotes-de/train")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=150)
    args = ap.parse_args()
    lex = lexicon("de")
    stage = sys.modules["chronik.analysis.quotes.attribute"]
    use_model, stage.USE_MODEL = stage.USE_MODEL, False  # the features come from the rules alone
    tf = TypeFeatures(lex)
    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    n = 0
    for path in sorted(Path(args.train).glob("*.json")):
        for f, labels in doc_items(path, lex, tf):
            trainer.append(f, labels)
            n += 1
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 2})
    trainer.train(args.out)
    stage.USE_MODEL = use_model
    size = Path(args.out).stat().st_size
    print(f"{n} sentences, {time.perf_counter() - t0:.1f} s, {args.out} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
