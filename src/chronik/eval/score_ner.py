"""Scoring of NER output in GermEval 2014 format: exact outer spans, per class and overall.

GermEval labels are folded to four classes: the derivation and part labels (`LOCderiv`,
`ORGpart`, …) count as their base class (`LOC`, `ORG`), because for chronik a "russischen"
or a "Nordkorea-Besuch" still points at the named thing. Both files are read the same way;
the label column is given by index (GermEval: 2 is the outer gold column; `chronik ner`
writes its prediction as the last column).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chronik.errors import InputError

CLASSES = ("PER", "ORG", "LOC", "OTH")


def fold_label(label: str) -> str:
    """B-LOCderiv → B-LOC; anything unknown → O."""
    if label in ("", "O", "-"):
        return "O"
    prefix, _, cls = label.partition("-")
    if prefix not in ("B", "I") or not cls:
        return "O"
    for base in CLASSES:
        if cls.startswith(base):
            return f"{prefix}-{base}"
    return "O"


def read_conll(path: Path | str) -> Iterator[list[list[str]]]:
    """Sentences of a GermEval-style TSV as lists of rows (comment lines skipped)."""
    sent: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if sent:
                    yield sent
                    sent = []
                continue
            row = line.split("\t")
            if len(row) < 2:
                raise InputError(str(path), f"expected tab-separated columns, got {line!r}", lineno)
            sent.append(row)
    if sent:
        yield sent


def spans(labels: Iterable[str]) -> set[tuple[int, int, str]]:
    """(start, end, class) chunks of a BIO sequence; a stray I- opens a chunk."""
    from chronik.analysis.actors.names import bio_spans

    return set(bio_spans([fold_label(lab) for lab in labels]))


@dataclass(frozen=True, slots=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_sequences(gold: Iterable[list[str]], pred: Iterable[list[str]]) -> dict[str, Score]:
    """Per-class and overall ("ALL") scores of aligned label sequences."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise InputError(None, f"sentence length differs: gold {len(g)} tokens, output {len(p)}")
        gs, ps = spans(g), spans(p)
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    out = {c: Score(tp[c], fp[c], fn[c]) for c in CLASSES}
    out["ALL"] = Score(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return out


def score_files(gold: Path | str, out: Path | str, gold_col: int = 2,
                pred_col: int = -1) -> dict[str, Score]:
    """Score `out` (predictions in column `pred_col`) against `gold` (labels in `gold_col`)."""
    g = [[r[gold_col] if len(r) > gold_col else "O" for r in s] for s in read_conll(gold)]
    p = [[r[pred_col] for r in s] for s in read_conll(out)]
    if len(g) != len(p):
        raise InputError(str(out), f"{len(p)} sentences, gold {gold} has {len(g)}")
    return score_sequences(g, p)


def format_scores(scores: dict[str, Score]) -> str:
    lines = [f"{'class':<6}{'P':>8}{'R':>8}{'F1':>8}{'gold':>7}{'pred':>7}"]
    for c, s in scores.items():
        lines.append(f"{c:<6}{s.precision:8.4f}{s.recall:8.4f}{s.f1:8.4f}"
                     f"{s.tp + s.fn:7d}{s.tp + s.fp:7d}")
    return "\n".join(lines)
