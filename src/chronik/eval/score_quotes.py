"""Scoring quotation attribution against the German Wikinews quotation gold (quotes-de).

Metrics follow the dataset paper (Petersen-Frey & Biemann, LREC-COLING 2024), which scores
each role by exact span match and by token overlap:
- quote / speaker / cue, exact: a predicted span counts when it equals a gold span (one to one);
- quote / speaker / cue, overlap: a predicted span counts when it shares a token with an
  unmatched gold span (one to one, greedy);
- quote tokens: precision and recall over the tokens inside quotes;
- attributed quotes (overlap): a predicted quote matches a gold quote when their tokens overlap
  and their speaker spans overlap too (or both have no speaker);
- attributed tokens: the speaker-attributed quote measure by token overlap: precision and recall
  over quote tokens, where a token counts only when a predicted and a gold quote share it and
  their speakers overlap (or neither has one): `quote_tokens` with the speaker required;
- paper_*: the dataset's own evaluation (its eval script, re-implemented from its definition):
  quotes are paired for the largest token overlap (Hungarian method), then token precision and
  recall per role are macro-averaged over pairs and unpaired quotes: messages = quote tokens,
  roles = speaker and cue tokens (chronik predicts no frame or addressee), joint = both.
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
class Macro:
    """Macro-averaged token precision and recall over quote groups (the dataset's own
    evaluation): each value is one group's score for one role, where it is defined."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)

    def add(self, tp: int, fp: int, fn: int) -> None:
        if tp + fp:
            self.precisions.append(tp / (tp + fp))
        if tp + fn:
            self.recalls.append(tp / (tp + fn))

    @property
    def precision(self) -> float:
        return sum(self.precisions) / len(self.precisions) if self.precisions else 0.0

    @property
    def recall(self) -> float:
        return sum(self.recalls) / len(self.recalls) if self.recalls else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "values": len(self.precisions) + len(self.recalls)}


@dataclass(slots=True)
class QuoteScores:
    metrics: dict[str, PRF] = field(default_factory=dict)
    macro: dict[str, Macro] = field(default_factory=dict)

    def get(self, name: str) -> PRF:
        return self.metrics.setdefault(name, PRF())

    def get_macro(self, name: str) -> Macro:
        return self.macro.setdefault(name, Macro())

    def as_dict(self) -> dict[str, dict[str, float | int]]:
        out = {k: v.as_dict() for k, v in self.metrics.items()}
        out.update({k: v.as_dict() for k, v in self.macro.items()})
        return out


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


def _overlap_f1(a: frozenset[int], b: frozenset[int]) -> float:
    both = len(a & b)
    return 2 * both / (len(a) + len(b)) if both else 0.0


def assign(scores: list[list[float]]) -> list[tuple[int, int]]:
    """Rows and columns paired for the largest total score (Hungarian method); pairs with a
    score of 0 are left out."""
    n = len(scores)
    m = len(scores[0]) if n else 0
    size = max(n, m)
    if not size:
        return []
    cost = [[-scores[i][j] if i < n and j < m else 0.0 for j in range(size)] for i in range(size)]
    inf = float("inf")
    u, v = [0.0] * (size + 1), [0.0] * (size + 1)
    p, way = [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (size + 1), [False] * (size + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, size + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, size + 1)
            if 0 < p[j] <= n and j <= m and scores[p[j] - 1][j - 1] > 0]


def _score_groups(scores: QuoteScores, gq: list, pq: list, idx: _TokenIndex) -> None:
    """The dataset paper's measure: gold and predicted quotes are paired for the largest token
    overlap, then token precision and recall of the quote ("messages") and of its speaker and
    cue ("roles": frame and addressee are not predicted) are macro-averaged over all pairs and
    unpaired quotes."""
    pairs = assign([[_overlap_f1(g[1], p[1]) for p in pq] for g in gq])
    seen_g = {gi for gi, _ in pairs}
    seen_p = {pi for _, pi in pairs}
    empty = frozenset()
    groups = [(gq[gi], pq[pi]) for gi, pi in pairs]
    groups += [(g, None) for gi, g in enumerate(gq) if gi not in seen_g]
    groups += [(None, p) for pi, p in enumerate(pq) if pi not in seen_p]
    for g, p in groups:
        gold_roles = {"quote": g[1] if g else empty, "speaker": g[2] if g else empty,
                      "cue": idx.ids(g[3].cue) if g else empty}
        pred_roles = {"quote": p[1] if p else empty, "speaker": p[2] if p else empty,
                      "cue": idx.ids([p[3].cue]) if p and p[3].cue else empty}
        for role, gold in gold_roles.items():
            pred = pred_roles[role]
            tp, fp, fn = len(gold & pred), len(pred - gold), len(gold - pred)
            scores.get_macro("paper_joint").add(tp, fp, fn)
            scores.get_macro("paper_messages" if role == "quote" else "paper_roles").add(tp, fp, fn)


def _same_speaker(p: tuple, g: tuple) -> bool:
    return bool(p[2] & g[2]) or (not p[2] and not g[2])


def _attributed_tokens(m: PRF, gq: list, pq: list, pt: frozenset[int], gt: frozenset[int]) -> None:
    """Quote tokens shared by a predicted and a gold quote with the same speaker: a token of
    a gold quote is found when a predicted quote holding it names that quote's speaker, and a
    predicted token is right when a gold quote holding it has the predicted speaker."""
    hit: set[int] = set()  # a shared token is right on both sides at once
    for p in pq:
        for g in gq:
            both = p[1] & g[1]
            if both and _same_speaker(p, g):
                hit |= both
    m.tp_p += len(hit)
    m.tp_g += len(hit)
    m.n_p += len(pt)
    m.n_g += len(gt)


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
         lambda p, g: bool(p[1] & g[1]) and _same_speaker(p, g))
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
    _attributed_tokens(scores.get("attributed_tokens"), gq, pq, pt, gt)
    _score_groups(scores, gq, pq, idx)
    for role in ("speaker", "cue"):
        gold = sorted({s for g in doc.quotes for s in getattr(g, role)})
        pred = sorted({getattr(p, role) for p in preds if getattr(p, role)})
        gids = [idx.ids([s]) for s in gold]
        _add(scores.get(f"{role}_exact"), pred, gold, lambda p, g: p == g)
        _add(scores.get(f"{role}_overlap"), [idx.ids([s]) for s in pred], gids,
             lambda p, g: bool(p & g))
