"""Scoring quotation attribution against the German Wikinews quotation gold (quotes-de).

Metrics follow the dataset paper (Petersen-Frey & Biemann, LREC-COLING 2024), which scores
each role by exact span match and by token overlap:
- quote / speaker / cue, exact: a predicted span counts when it equals a gold span (one to one);
- quote / speaker / cue, overlap: a predicted span counts when it shares a token with an
  unmatched gold span (one to one, greedy);
- quote tokens: precision and recall over the tokens inside quotes;
- attributed quotes (overlap): a predicted quote matches a gold quote when their tokens overlap
  and their speaker spans overlap too (or both have no speaker).
Tokens are the gold file's own tokens, so both sides are cut the same way.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from chronik.errors import InputError

_DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")
Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldQuote:
    quote: Spans
    speaker: Spans
    cue: Spans
    type: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    name: str
    text: str
    date: str | None
    tokens: tuple[tuple[int, int], ...]
    quotes: tuple[GoldQuote, ...]


@dataclass(frozen=True, slots=True)
class PredQuote:
    quote: tuple[int, int]
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    type: str = "direct"


def _spans(role: dict) -> Spans:
    return tuple((int(s["charBegin"]), int(s["charEnd"])) for s in role.get("spans") or ())


def read_gold(path: Path) -> GoldDoc:
    try:
        d = json.loads(path.read_text("utf-8"))
        text = d["originalText"]
        toks = tuple((int(t["charBegin"]), int(t["charEnd"])) for t in d["tokens"])
        quotes = tuple(GoldQuote(_spans(a["quote"]), _spans(a.get("speaker") or {}),
                                 _spans(a.get("cue") or {}), str(a.get("type", "")))
                       for a in d.get("annotations") or () if _spans(a["quote"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(str(path), f"not a quotes-de gold file: {exc}") from exc
    m = _DATE.search(path.name)
    return GoldDoc(path.name, text, m.group(1) if m else None, toks, quotes)


def read_gold_dir(folder: Path | str, limit: int | None = None) -> list[GoldDoc]:
    paths = sorted(Path(folder).glob("*.json"))
    if not paths:
        raise InputError(str(folder), "no *.json gold files in this folder")
    return [read_gold(p) for p in paths[:limit]]


@dataclass(slots=True)
class PRF:
    tp_p: int = 0  # predictions that matched
    n_p: int = 0
    tp_g: int = 0  # gold items that were matched
    n_g: int = 0

    @property
    def precision(self) -> float:
        return self.tp_p / self.n_p if self.n_p else 0.0

    @property
    def recall(self) -> float:
        return self.tp_g / self.n_g if self.n_g else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "predicted": self.n_p, "gold": self.n_g}


@dataclass(slots=True)
class QuoteScores:
    metrics: dict[str, PRF] = field(default_factory=dict)

    def get(self, name: str) -> PRF:
        return self.metrics.setdefault(name, PRF())

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        return {k: v.as_dict() for k, v in self.metrics.items()}


class _TokenIndex:
    def __init__(self, tokens: tuple[tuple[int, int], ...]) -> None:
        self.starts = [t[0] for t in tokens]
        self.ends = [t[1] for t in tokens]

    def ids(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        out: set[int] = set()
        for a, b in spans:
            i = bisect.bisect_right(self.ends, a)
            while i < len(self.starts) and self.starts[i] < b:
                out.add(i)
                i += 1
        return frozenset(out)


def _match(pred: list, gold: list, ok) -> tuple[int, int]:
    """Maximum one-to-one matching (augmenting paths); returns (matched pred, matched gold)."""
    edges = [[gi for gi, g in enumerate(gold) if ok(p, g)] for p in pred]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(pi: int, seen: set[int]) -> bool:
        for gi in edges[pi]:
            if gi in seen:
                continue
            seen.add(gi)
            if gi not in owner or augment(owner[gi], seen):
                owner[gi] = pi
                return True
        return False

    tp = sum(1 for pi in range(len(pred)) if edges[pi] and augment(pi, set()))
    return tp, tp


def _add(m: PRF, pred: list, gold: list, ok) -> None:
    tp_p, tp_g = _match(pred, gold, ok)
    m.tp_p += tp_p
    m.tp_g += tp_g
    m.n_p += len(pred)
    m.n_g += len(gold)


def score_doc(scores: QuoteScores, doc: GoldDoc, preds: list[PredQuote]) -> None:
    idx = _TokenIndex(doc.tokens)
    gq = [(set(g.quote), idx.ids(g.quote), idx.ids(g.speaker), g) for g in doc.quotes]
    pq = [({p.quote}, idx.ids([p.quote]), idx.ids([p.speaker]) if p.speaker else frozenset(), p)
          for p in preds]
    ext = {id(g): (g.quote[0][0], g.quote[-1][1]) for *_x, g in gq}
    _add(scores.get("quote_exact"), pq, gq,
         lambda p, g: p[3].quote in g[0] or p[3].quote == ext[id(g[3])])
    _add(scores.get("quote_overlap"), pq, gq, lambda p, g: bool(p[1] & g[1]))
    _add(scores.get("attributed_overlap"), pq, gq,
         lambda p, g: bool(p[1] & g[1]) and (bool(p[2] & g[2]) or (not p[2] and not g[2])))
    _add(scores.get("attributed_exact"), pq, gq,
         lambda p, g: (p[3].quote in g[0] or p[3].quote == ext[id(g[3])])
         and ((p[3].speaker in g[3].speaker) or (p[3].speaker is None and not g[3].speaker)))
    tok = scores.get("quote_tokens")
    pt = frozenset().union(*(p[1] for p in pq)) if pq else frozenset()
    gt = frozenset().union(*(g[1] for g in gq)) if gq else frozenset()
    tok.tp_p += len(pt & gt)
    tok.tp_g += len(pt & gt)
    tok.n_p += len(pt)
    tok.n_g += len(gt)
    for role in ("speaker", "cue"):
        gold = sorted({s for g in doc.quotes for s in getattr(g, role)})
        pred = sorted({getattr(p, role) for p in preds if getattr(p, role)})
        gids = [idx.ids([s]) for s in gold]
        _add(scores.get(f"{role}_exact"), pred, gold, lambda p, g: p == g)
        _add(scores.get(f"{role}_overlap"), [idx.ids([s]) for s in pred], gids,
             lambda p, g: bool(p & g))
