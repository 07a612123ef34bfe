#!/usr/bin/env python3
"""Score English event types and actor countries on the OEDA PLOVER gold-standard records.

    python eval/plover_gsr.py [--part dev|check|all] [--errors] [--file PATH]

The records (../shared/data/plover/PLOVER_GSR_CAMEO.txt, a JSON list, CC BY-SA) are one English
sentence each with one coded event: an older PLOVER label, source/target actor codes (ISO3 +
sector) and a date. Each sentence is analyzed on its own (lang en, the record's date as the
publication date); the old label is mapped to the current ontology with
eval/plover_gsr_labels.yaml. Reported:

- type recall: share of records where chronik emits an event of the gold type (any modality;
  an old label that the current codebook splits accepts each of its types);
- type precision: share of emitted events whose type is the record's gold type (a lower
  bound: the records code one event per sentence, a sentence may hold more);
- source / target country agreement, over records whose type was found and whose gold side has
  a state code: a found event of that type has an actor (recipient) of a gold country. Records
  marked SRC/TAR (symmetric, "A and B agreed") compare actors and recipients together.

Split: records whose numeric id suffix is even are `dev`, odd are `check` (never tune on it).
No record text is stored in the repository; the script skips when the file is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GSR = ROOT.parent / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
LABELS = Path(__file__).resolve().with_name("plover_gsr_labels.yaml")


def load_map(path: Path = LABELS) -> dict:
    """The label map (labels, mode overrides, non-state codes, code fixes) as data."""
    return yaml.safe_load(path.read_text("utf-8"))


def part_of(rec: dict) -> str:
    """`dev` for an even numeric id suffix, `check` for an odd one (deterministic split)."""
    tail = str(rec.get("id", "")).rsplit("-", 1)[-1]
    return "dev" if tail.isdigit() and int(tail) % 2 == 0 else "check"


def gold_types(rec: dict, lmap: dict) -> tuple[str, ...]:
    """The current PLOVER types a record's older label may be (a mode override first; the
    usual one first), or () when the label has none."""
    label = rec.get("event") or ""
    mode = rec.get("mode") or ""
    got = (lmap.get("modes") or {}).get(f"{label}/{mode}") or (lmap.get("labels") or {}).get(label)
    if not got:
        return ()
    return (got,) if isinstance(got, str) else tuple(got)


def _actors(value) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def state_codes(value, lmap: dict) -> set[str]:
    """The ISO3 state codes of a record's source or target field (non-state codes dropped)."""
    fixes = lmap.get("code_fixes") or {}
    skip = set(lmap.get("non_state") or ())
    out = set()
    for a in _actors(value):
        code = str(a.get("code") or "").upper()[:3]
        code = fixes.get(code, code)
        if len(code) == 3 and code.isalpha() and code not in skip:
            out.add(code)
    return out


def markup(rec: dict) -> str:
    info = rec.get("textInfo")
    return info.get("markup", "") if isinstance(info, dict) else str(info or "")


@dataclass
class Pred:
    """One emitted event reduced to what is scored: type and the participants' countries."""
    type: str
    actors: set[str] = field(default_factory=set)
    recipients: set[str] = field(default_factory=set)


@dataclass
class Tally:
    records: int = 0
    hit: int = 0
    emitted: int = 0
    emitted_ok: int = 0
    src_n: int = 0
    src_ok: int = 0
    tgt_n: int = 0
    tgt_ok: int = 0
    missed: Counter = field(default_factory=Counter)

    def add(self, gtypes: tuple[str, ...], src: set[str], tgt: set[str], symmetric: bool,
            preds: list[Pred]) -> bool:
        """Score one record; True when an event of a gold type was emitted."""
        self.records += 1
        self.emitted += len(preds)
        same = [p for p in preds if p.type in gtypes]
        self.emitted_ok += len(same)
        if not same:
            self.missed[gtypes[0]] += 1
            return False
        self.hit += 1
        if symmetric:
            gold = src | tgt
            if gold:
                self.src_n += 1
                self.src_ok += any(gold & (p.actors | p.recipients) for p in same)
            return True
        if src:
            self.src_n += 1
            self.src_ok += any(src & p.actors for p in same)
        if tgt:
            self.tgt_n += 1
            self.tgt_ok += any(tgt & p.recipients for p in same)
        return True

    def lines(self) -> list[str]:
        def r(a: int, b: int) -> str:
            return f"{a / b:.3f} ({a}/{b})" if b else "-"
        return [f"records {self.records}",
                f"type recall     {r(self.hit, self.records)}",
                f"type precision  {r(self.emitted_ok, self.emitted)}",
                f"source country  {r(self.src_ok, self.src_n)}",
                f"target country  {r(self.tgt_ok, self.tgt_n)}",
                "missed by type  " + ", ".join(f"{t} {n}" for t, n in self.missed.most_common())]


def predict(rec: dict) -> tuple[list[Pred], object]:
    from chronik.model import Article
    from chronik.pipeline import analyze

    an = analyze(Article.create(rec["text"], date=rec.get("date"), lang="en",
                                origin=str(rec.get("id"))))
    country = {e.id: e.country for e in an.entities}
    preds = [Pred(v.type, {country[x] for x in v.actors if country.get(x)},
                  {country[x] for x in v.recipients if country.get(x)}) for v in an.events]
    return preds, an


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("dev", "check", "all"), default="dev")
    ap.add_argument("--errors", action="store_true", help="list misses and extra types")
    ap.add_argument("--file", type=Path, default=GSR)
    a = ap.parse_args(argv)
    if not a.file.is_file():
        print(f"skip: {a.file} absent (the PLOVER records live in ../shared)", file=sys.stderr)
        return 0
    lmap = load_map()
    records = [r for r in json.loads(a.file.read_text("utf-8"))
               if r.get("event") != "DOCUMENT" and r.get("text")]
    tally = Tally()
    unmapped: Counter = Counter()
    for rec in records:
        if a.part != "all" and part_of(rec) != a.part:
            continue
        gtypes = gold_types(rec, lmap)
        if not gtypes:
            unmapped[rec.get("event")] += 1
            continue
        preds, _an = predict(rec)
        src = state_codes(rec.get("source"), lmap)
        tgt = state_codes(rec.get("target"), lmap)
        ok = tally.add(gtypes, src, tgt, "SRC/TAR" in markup(rec), preds)
        if a.errors and (not ok or any(p.type not in gtypes for p in preds)):
            print(f"{rec['id']} gold {'/'.join(gtypes)} src {sorted(src)} tgt {sorted(tgt)}"
                  f" -> {[(p.type, sorted(p.actors), sorted(p.recipients)) for p in preds]}")
            print(f"    {markup(rec)[:220]}")
    print(f"PLOVER GSR part {a.part}: {a.file.name}")
    for line in tally.lines():
        print("  " + line)
    if unmapped:
        print("  unmapped labels: " + ", ".join(f"{k} {n}" for k, n in unmapped.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
