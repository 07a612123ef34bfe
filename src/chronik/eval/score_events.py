"""Score events against gold in the seed's gold form (../shared/gold/*.gold.json).

Matching rules (from the gold's notes): a predicted event matches a gold event when its type
is one of the gold's accepted `types` ("*" accepts any), its date value is one of the accepted
`dates` (null included when listed), and the participants match: every gold actor and
recipient is named by a predicted participant, where a participant matches by any of its
names (case- and accent-insensitive) or, for a state (GPE), by ISO alpha-3 code; symmetric
events may swap actor and recipient. Optional gold events count neither as misses nor as false
positives. A prediction that matches no gold event is extra; one whose evidence lies in a gold
negative and is `asserted` is a negative violation. Precision = matched predictions / all
predictions; recall = found required events / required events. A negative blocks only the
types it names (a `types` list, or the PLOVER types its description names, as the seed's do:
"no asserted AID/ASSAULT/COOPERATE event"); one that names none blocks every type.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from chronik.model import Analysis, Entity, Event


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


@dataclass
class Score:
    found: list[tuple[str, str]] = field(default_factory=list)  # (gold id, event id)
    missed: list[str] = field(default_factory=list)
    partial: list[tuple[str, str]] = field(default_factory=list)  # duplicates of a gold event
    extra: list[str] = field(default_factory=list)
    violations: list[tuple[str, str]] = field(default_factory=list)  # (negative id, event id)
    n_pred: int = 0
    n_required: int = 0

    @property
    def precision(self) -> float:
        if not self.n_pred:
            return 1.0
        return (self.n_pred - len(self.extra) - len(self.violations)) / self.n_pred

    @property
    def recall(self) -> float:
        return len(self.found) / self.n_required if self.n_required else 1.0

    def to_record(self) -> dict[str, Any]:
        return {"found": self.found, "missed": self.missed, "duplicates": self.partial,
                "extra": self.extra, "negative_violations": self.violations,
                "predicted": self.n_pred, "required": self.n_required,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3)}


def _names(ent: Entity) -> set[str]:
    out = {norm(ent.name)} | {norm(m.text) for m in ent.mentions}
    return out


def _part_match(gold_part: dict[str, Any], ent: Entity | None) -> bool:
    if ent is None:
        return False
    names = {norm(n) for n in gold_part.get("names", ())}
    if names & _names(ent):
        return True
    country = gold_part.get("country")
    return bool(country) and ent.type == "GPE" and ent.country == country


def _covers(gold_parts: list[dict], ents: list[Entity | None]) -> bool:
    return all(any(_part_match(g, e) for e in ents) for g in gold_parts)


def _consistent(gold_parts: list[dict], ents: list[Entity | None]) -> bool:
    """Every predicted participant is one of the gold participants."""
    return all(any(_part_match(g, e) for g in gold_parts) for e in ents)


def matches(gold: dict[str, Any], ev: Event, an: Analysis, *, full: bool) -> bool:
    types = gold.get("types") or []
    if "*" not in types and ev.type not in types:
        return False
    if ev.date.value not in (gold.get("dates") or [None]):
        return False
    actors = [an.entity(x) for x in ev.actors]
    recips = [an.entity(x) for x in ev.recipients]
    ga, gr = gold.get("actors") or [], gold.get("recipients") or []
    if not full:  # a prediction is not extra when it names only gold participants
        return bool(actors) and _consistent(ga + gr, actors + recips) and (
            gold.get("symmetric") or _consistent(ga, actors) or not ga)
    if _covers(ga, actors) and _covers(gr, recips):
        return True
    if gold.get("symmetric"):
        both = actors + recips
        return _covers(ga, recips) and _covers(gr, actors) or _covers(ga + gr, both)
    return False


_TYPE_WORD = re.compile(r"\b[A-Z]{3,}\b")


def negative_types(neg: dict[str, Any]) -> frozenset[str]:
    """The event types a negative rules out: its `types` field, else the PLOVER types its
    description names ("no asserted AID/ASSAULT/COOPERATE event may come from it"); empty
    means every type ("any event from this sentence must be marked speculative")."""
    from chronik.analysis.events.ontology import plover_types

    if neg.get("types"):
        return frozenset(str(t) for t in neg["types"])
    known = set(plover_types())
    return frozenset(w for w in _TYPE_WORD.findall(neg.get("description") or "") if w in known)


def _negative_covers(neg: dict[str, Any], ev: Event) -> bool:
    types = negative_types(neg)
    return not types or ev.type in types


def _in_evidence(snippet: str, ev: Event) -> bool:
    a, b = norm(snippet)[:60], norm(ev.evidence.text)
    return a in b or b[:60] in norm(snippet)


def score(gold_doc: dict[str, Any], an: Analysis) -> Score:
    sc = Score(n_pred=len(an.events))
    golds = gold_doc.get("events") or []
    required = [g for g in golds if not g.get("optional")]
    sc.n_required = len(required)
    used: set[str] = set()
    for g in required:
        hit = next((v for v in an.events if v.id not in used and matches(g, v, an, full=True)), None)
        if hit is None:
            sc.missed.append(g["id"])
        else:
            used.add(hit.id)
            sc.found.append((g["id"], hit.id))
    for v in an.events:
        for neg in gold_doc.get("negatives") or []:
            if v.modality == "asserted" and _in_evidence(neg.get("evidence", ""), v) \
                    and _negative_covers(neg, v):
                sc.violations.append((neg["id"], v.id))
        if v.id in used or any(v.id == n[1] for n in sc.violations):
            continue
        g = next((g for g in golds if matches(g, v, an, full=True)), None) or next(
            (g for g in golds if matches(g, v, an, full=False)), None)
        if g is None:
            sc.extra.append(v.id)
        elif not g.get("optional"):
            sc.partial.append((g["id"], v.id))
    return sc
