"""Which dates move the narrative time (the day anaphora such as "am selben Tag" refer to).

A story's reference day advances with the dates of its main line (simple past, perfect, present)
but not with dates of background: a flashback in the pluperfect ("hatte die Wahl am Vortag
gewonnen", "had flown in on June 2"), a relative clause ("…, der am 2. Juni eröffnet wurde")
or a subordinate background clause ("nachdem", "after", "before"). The cues are data, in the
`narrative` section of resources/<lang>/time.yaml:

- `background`: regexes tried on the expression's clause (punctuation-delimited, case-sensitive);
  a match makes the clause background (a verb-final pluperfect, say).
- `subordinators`: words that, between the clause start and the expression, open a background
  clause (caseless).
- `schedule`: words that fix a day for a plan ("angesetzt", "scheduled"; caseless): a day of a
  month-only DCT's month named in such a clause is still ahead.
- `relative`: a regex matched at the clause start (case-sensitive): a relative pronoun.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chronik.errors import ResourceError
from chronik.resources import load_yaml

_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
REACH = 300  # characters around an expression that its clause checks look at


@dataclass(frozen=True, slots=True)
class NarrativeCues:
    background: tuple[re.Pattern[str], ...]
    subordinator: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    reporting: re.Pattern[str] | None = None
    schedule: re.Pattern[str] | None = None  # words fixing a day for a plan ("angesetzt")
    # clause marks plus the language's sentence end (for text given without sentence offsets)
    marks: re.Pattern[str] = _CLAUSE_MARK

    @property
    def empty(self) -> bool:
        return (not self.background and self.subordinator is None and self.relative is None
                and self.reporting is None)


_NONE = NarrativeCues((), None, None)


def _words(words: list[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE)


@functools.cache
def narrative_cues(lang: str) -> NarrativeCues:
    """The language's background-clause cues (none when its time.yaml has no `narrative`)."""
    try:
        data = load_yaml(lang, "time.yaml") or {}
    except ResourceError:
        return _NONE
    sect = data.get("narrative") if isinstance(data, dict) else None
    if not isinstance(sect, dict):
        return _NONE
    where = f"resources/{lang}/time.yaml"
    try:
        background = tuple(re.compile(str(p)) for p in sect.get("background") or ())
        sub = _words([str(w) for w in sect.get("subordinators") or ()])
        rel = re.compile(str(sect["relative"])) if sect.get("relative") else None
        rep = _words([str(w) for w in sect.get("reporting") or ()])
        sched = _words([str(w) for w in sect.get("schedule") or ()])
        end = sect.get("sentence_end")
        marks = re.compile(f"{_CLAUSE_MARK.pattern}|{end}") if end else _CLAUSE_MARK
    except re.error as exc:
        raise ResourceError(where, f"narrative: bad regex: {exc}") from exc
    return NarrativeCues(background, sub, rel, rep, sched, marks)


def clause_bounds(text: str, start: int, end: int, lo: int, hi: int,
                  marks: re.Pattern[str] = _CLAUSE_MARK, reach: int = 300) -> tuple[int, int]:
    """The stretch of the sentence [lo, hi) between the punctuation marks around [start, end),
    looking at most `reach` characters to either side (a bound for very long sentences)."""
    a = lo
    for m in marks.finditer(text, max(lo, start - reach), start):
        a = m.end()
    m2 = marks.search(text, end, min(hi, end + reach))
    b = m2.start() if m2 else hi
    return a, b


def clause_role(cues: NarrativeCues, text: str, start: int, end: int, lo: int, hi: int) -> str:
    """The role of the clause holding [start, end) in the sentence [lo, hi): `background`
    (flashback, relative or background clause), `report` (a reporting verb: "KCNA berichtete am
    Donnerstag" dates the report, and news tell the reported event in the pluperfect) or `main`."""
    if cues.empty:
        return "main"
    a, b = clause_bounds(text, start, end, lo, hi, cues.marks)
    # a clause without punctuation may be very long (repetitive text): the checks look at most
    # REACH characters to either side of the expression, so each call costs the same
    wa, wb = max(a, start - REACH), min(b, end + REACH)
    clause = text[wa:wb].rstrip(" \t\n.!?\"'»«“”")
    if any(rx.search(clause) for rx in cues.background):
        return "background"
    if cues.subordinator is not None:
        # a conjunction opening the clause, not a preposition right before the date ("after Oct. 12")
        for m in cues.subordinator.finditer(text, wa, start):
            if text[m.end():start].strip():
                return "background"
    if cues.relative is not None and a > lo and cues.relative.match(text, a, start) is not None:
        return "background"
    if cues.reporting is not None and cues.reporting.search(clause):
        return "report"
    return "main"


def scheduled(cues: NarrativeCues, text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Does the clause holding [start, end) fix a day for a plan ("ist für den 14. März
    angesetzt", "is scheduled for March 14")?"""
    if cues.schedule is None:
        return False
    a, b = clause_bounds(text, start, end, lo, hi, cues.marks)
    return cues.schedule.search(text, max(a, start - REACH), min(b, end + REACH)) is not None
