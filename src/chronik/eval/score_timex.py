"""TempEval-3 timex metrics: strict and relaxed span P/R/F1, value and type accuracy, value F1.

Spans are compared on non-whitespace character offsets (so differences in spacing or line
breaks between gold and system text do not matter). Gold and system timexes are paired one to
one, exact matches first, then by the largest overlap. Attribute accuracy is measured over the
relaxed pairs; value F1 = value accuracy × relaxed F1, as in TempEval-3.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Mention:
    start: int  # non-whitespace offsets
    end: int
    type: str | None
    value: str | None


@dataclass(slots=True)
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value_ok: int = 0
    type_ok: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.value_ok += other.value_ok
        self.type_ok += other.type_ok
        self.errors.extend(other.errors)

    def metrics(self) -> dict[str, float]:
        def prf(tp: int) -> tuple[float, float, float]:
            p = tp / self.system if self.system else 0.0
            r = tp / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        sp, sr, sf = prf(self.strict)
        rp, rr, rf = prf(self.relaxed)
        vacc = self.value_ok / self.relaxed if self.relaxed else 0.0
        tacc = self.type_ok / self.relaxed if self.relaxed else 0.0
        return {"gold": self.gold, "system": self.system,
                "strict_p": sp, "strict_r": sr, "strict_f1": sf,
                "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
                "value_acc": vacc, "type_acc": tacc,
                "value_f1": vacc * rf, "type_f1": tacc * rf}


def nonws_offsets(text: str) -> list[int]:
    """For every char offset (and the end), how many non-whitespace chars come before it."""
    out = [0] * (len(text) + 1)
    k = 0
    for i, ch in enumerate(text):
        out[i] = k
        if not ch.isspace():
            k += 1
    out[len(text)] = k
    return out


def mentions(text: str, spans: Iterable[tuple[int, int, str | None, str | None]]) -> list[Mention]:
    nw = nonws_offsets(text)
    out = []
    for s, e, typ, val in spans:
        if 0 <= s < e <= len(text) and nw[e] > nw[s]:
            out.append(Mention(nw[s], nw[e], typ, val))
    return out


def score_doc(gold: Sequence[Mention], system: Sequence[Mention], doc: str = "") -> Counts:
    c = Counts(gold=len(gold), system=len(system))
    used: set[int] = set()
    pairs: dict[int, int] = {}
    by_span = {}
    for j, m in enumerate(system):
        by_span.setdefault((m.start, m.end), []).append(j)
    for i, g in enumerate(gold):
        for j in by_span.get((g.start, g.end), []):
            if j not in used:
                used.add(j)
                pairs[i] = j
                c.strict += 1
                break
    for i, g in enumerate(gold):
        if i in pairs:
            continue
        best, best_ov = None, 0
        for j, m in enumerate(system):
            if j in used:
                continue
            ov = min(g.end, m.end) - max(g.start, m.start)
            if ov > best_ov:
                best, best_ov = j, ov
        if best is not None:
            used.add(best)
            pairs[i] = best
    c.relaxed = len(pairs)
    for i, j in pairs.items():
        g, m = gold[i], system[j]
        c.value_ok += g.value == m.value
        c.type_ok += g.type == m.type
        if g.value != m.value:
            c.errors.append({"doc": doc, "kind": "value", "gold": g.value, "system": m.value,
                             "gold_span": (g.start, g.end), "system_span": (m.start, m.end)})
    for i, g in enumerate(gold):
        if i not in pairs:
            c.errors.append({"doc": doc, "kind": "missed", "gold": g.value, "gold_span": (g.start, g.end)})
    for j, m in enumerate(system):
        if j not in used:
            c.errors.append({"doc": doc, "kind": "spurious", "system": m.value,
                             "system_span": (m.start, m.end)})
    return c


def score_timeml_dirs(gold_dir: str, system_dir: str,
                      only: set[str] | None = None) -> tuple[Counts, list[str]]:
    """Score every gold `*.tml` (or those named in `only`) against the same-named system file.

    Returns the summed counts (with per-timex errors carrying text snippets) and notes about
    missing system files (scored as empty).
    """
    from pathlib import Path

    from chronik.eval.timeml import parse_timeml

    total = Counts()
    notes: list[str] = []
    gold_files = [p for p in sorted(Path(gold_dir).glob("*.tml")) if only is None or p.name in only]
    for gp in gold_files:
        gdoc = parse_timeml(gp.read_text("utf-8"), str(gp))
        sp = Path(system_dir) / gp.name
        gm = mentions(gdoc.text, [(t.start, t.end, t.type, t.value) for t in gdoc.timexes])
        if sp.exists():
            sdoc = parse_timeml(sp.read_text("utf-8"), str(sp))
            sm = mentions(sdoc.text, [(t.start, t.end, t.type, t.value) for t in sdoc.timexes])
        else:
            notes.append(f"{sp}: missing, scored as no timexes")
            sm = []
        c = score_doc(gm, sm, gp.name)
        _add_snippets(c, gdoc.text, gdoc.dct)
        total.add(c)
    return total, notes


def _add_snippets(c: Counts, text: str, dct: str) -> None:
    """Attach the text of each error's spans (for reading errors; scoring does not use it)."""
    nw = nonws_offsets(text)
    pos: dict[int, int] = {}
    for i in range(len(text) - 1, -1, -1):
        if not text[i].isspace():
            pos[nw[i]] = i

    def cut(span: tuple[int, int] | None) -> str | None:
        if span is None or span[0] not in pos or span[1] - 1 not in pos:
            return None
        s, e = pos[span[0]], pos[span[1] - 1] + 1
        return text[s:e]

    for err in c.errors:
        err["dct"] = dct
        err["gold_text"] = cut(err.get("gold_span"))
        err["system_text"] = cut(err.get("system_span"))
        anchor = err.get("gold_span") or err.get("system_span")
        if anchor and anchor[0] in pos:
            s = pos[anchor[0]]
            err["context"] = text[max(0, s - 60):s + 60].replace("\n", " ")
