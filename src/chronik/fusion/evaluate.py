"""How good is fusion? Compare a store's timeline with an answer key that says which articles
report the same real-world event (the demo corpus ships one: chronik.demo.events_key()).

A stored report matches a key event when its evidence and one of the key's evidence
sentences contain each other (whitespace folded), its type is one the key accepts (a sentence
often tells two events: "sanctions over the deployment of troops" is no report of the
deployment) and, when it names participants, one of them is among the key event's actors or
recipients. Then:
  - split: a key event reported by several articles that is not exactly one timeline event,
    or whose timeline event lacks some of the articles in which the analysis found it;
  - wrongly merged: a timeline event holding reports of two key events that are not
    steps of one another (`part_of`);
  - pairwise precision/recall over cross-article pairs of matched reports: a fused pair is
    correct when both tell one key event or two related ones (a step and its whole); recall
    counts the pairs of one key event (a step may stay apart from its whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import combinations

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


@dataclass
class FusionScore:
    key_events: int = 0  # key events reported by several articles
    found: int = 0  # ... of which the analysis found reports in at least two articles
    split: list[str] = field(default_factory=list)
    wrongly_merged: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # reports the analysis did not find
    reports: int = 0  # (key event, article) reports of the key events reported several times
    pairs_true: int = 0
    pairs_fused: int = 0
    pairs_fused_true: int = 0  # fused pairs of one key event or of related ones
    pairs_recalled: int = 0  # fused pairs of one key event

    @property
    def precision(self) -> float:
        return self.pairs_fused_true / self.pairs_fused if self.pairs_fused else 1.0

    @property
    def recall(self) -> float:
        return self.pairs_recalled / self.pairs_true if self.pairs_true else 1.0

    @property
    def report_recall(self) -> float:
        """Share of the key's reports the analysis found (the whole pipeline, not fusion)."""
        return 1 - len(self.missing) / self.reports if self.reports else 1.0

    @property
    def ok(self) -> bool:
        return not self.split and not self.wrongly_merged

    def describe(self) -> str:
        lines = [f"key events reported by several articles: {self.key_events} "
                 f"(found in ≥2 articles by the analysis: {self.found})",
                 f"pairwise fusion precision {self.precision:.3f} recall {self.recall:.3f} "
                 f"({self.pairs_fused_true}/{self.pairs_fused} fused pairs correct, "
                 f"{self.pairs_recalled}/{self.pairs_true} pairs of one event fused)",
                 f"reports found {self.reports - len(self.missing)}/{self.reports} "
                 f"({self.report_recall:.3f})"]
        lines += [f"SPLIT   {s}" for s in self.split]
        lines += [f"MERGED  {s}" for s in self.wrongly_merged]
        lines += [f"MISSING {s}" for s in self.missing]
        return "\n".join(lines)


def _related(key: dict[str, dict]) -> set[frozenset[str]]:
    """Pairs of key events that may share a timeline event (a step and its whole, siblings)."""
    rel: set[frozenset[str]] = set()
    parent = {k: v.get("part_of") for k, v in key.items()}
    for k, p in parent.items():
        if p:
            rel.add(frozenset((k, p)))
            for k2, p2 in parent.items():
                if p2 == p and k2 != k:
                    rel.add(frozenset((k, k2)))
    return rel


def score_fusion(store, key_events: list[dict]) -> FusionScore:
    key = {k["id"]: k for k in key_events}
    related = _related(key)
    evidence: dict[str, list[tuple[str, str]]] = {}  # article -> [(key id, evidence)]
    for k in key_events:
        for rep in k.get("reports", ()):
            for ev in rep.get("evidence", ()):
                evidence.setdefault(rep["article"], []).append((k["id"], _norm(ev)))
    from chronik.store.names import name_key

    people = {k["id"]: {name_key(n) for n in (*k.get("actors", ()), *k.get("recipients", ()))}
              for k in key_events}
    parts: dict[int, set[str]] = {}
    for eid, name in store.query(
            "SELECT p.event_id, en.name FROM event_participants p JOIN entities en "
            "ON en.id = p.entity_id WHERE p.role IN ('actor', 'recipient')"):
        parts.setdefault(int(eid), set()).add(name_key(name))
    types = {k["id"]: set(k.get("types", ())) for k in key_events}
    rows = store.query(
        "SELECT e.id, e.article_id, e.evidence_text, e.timeline_event_id, e.type FROM events e")
    matched: dict[int, tuple[str, int, set[str]]] = {}  # event id -> (article, timeline id, keys)
    for eid, art, text, tid, etype in rows:
        t = _norm(text)
        mine = parts.get(int(eid), set())
        # the same sentence, an accepted type, and (when the report names participants) one
        # of the key's
        ks = {kid for kid, ev in evidence.get(art, ())
              if (ev in t or (t and t in ev)) and etype in types[kid]
              and (not mine or mine & people[kid])}
        if ks:
            matched[int(eid)] = (art, int(tid) if tid is not None else -int(eid), ks)
    score = FusionScore()
    for kid, k in key.items():
        arts = {r["article"] for r in k.get("reports", ())}
        if len(arts) < 2:
            continue
        score.key_events += 1
        score.reports += len(arts)
        mine = [(a, t) for a, t, ks in matched.values() if kid in ks]
        found_arts = {a for a, _ in mine}
        for a in sorted(arts - found_arts):
            score.missing.append(f"{kid}: no report found in {a}")
        if len(found_arts) < 2:
            continue
        score.found += 1
        tids = sorted({t for _, t in mine})
        if len(tids) != 1:
            parts = "; ".join(f"#{t}: {', '.join(sorted({a for a, x in mine if x == t}))}" for t in tids)
            score.split.append(f"{kid} ({k.get('date')}) is {len(tids)} timeline events — {parts}")
    by_tid: dict[int, list[set[str]]] = {}
    for _, t, ks in matched.values():
        by_tid.setdefault(t, []).append(ks)
    for t, groups in sorted(by_tid.items()):
        # two reports in one timeline event that tell different, unrelated events
        bad = t >= 0 and any(
            not (k1 & k2) and not any(frozenset((x, y)) in related for x in k1 for y in k2)
            for k1, k2 in combinations(groups, 2))
        if bad:
            names = sorted({k for ks in groups for k in ks})
            score.wrongly_merged.append(f"timeline event #{t} holds {', '.join(names)}")
    items = list(matched.values())
    for (a1, t1, k1), (a2, t2, k2) in combinations(items, 2):
        if a1 == a2:
            continue
        same = bool(k1 & k2)
        ok = same or any(frozenset((x, y)) in related for x in k1 for y in k2)
        fused = t1 == t2
        score.pairs_true += same
        score.pairs_fused += fused
        score.pairs_fused_true += ok and fused
        score.pairs_recalled += same and fused
    return score
