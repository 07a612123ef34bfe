"""Per-article state the events stage shares between sentences: the analysis, the language
resources, the entity mentions sorted by position, and the dated timexes."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from chronik.analysis.events.dates import DateIndex
from chronik.analysis.events.lexicon import Lexicon
from chronik.analysis.events.modality import Cues
from chronik.model import Analysis, Entity, Span


@dataclass
class Doc:
    """Per-article state shared by all sentences."""

    analysis: Analysis
    lex: Lexicon
    cues: Cues
    mentions: list[tuple[int, int, Entity]]
    mention_starts: list[int]
    dates: DateIndex
    sents: tuple[Span, ...]
    by_id: dict[str, Entity] | None = None
    # per-clause results shared by the triggers of one clause (a long sentence has dozens
    # of triggers, each of which rescanned its clause): own_report and clause_modality
    memo: dict[tuple, object] = field(default_factory=dict)
    sent_starts: list[int] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self.sent_starts = [s.start for s in self.sents]


def sentence_index(doc: Doc, pos: int) -> int:
    """The index of the sentence that holds `pos` (-1 before the first sentence)."""
    return bisect.bisect_right(doc.sent_starts, pos) - 1


_PARTIES = frozenset({"PER", "ORG", "GPE"})


def sentence_mentions(doc: Doc, start: int, end: int) -> list[tuple[int, int, Entity]]:
    lo = bisect.bisect_left(doc.mention_starts, start)
    hi = bisect.bisect_left(doc.mention_starts, end)
    out, last_end = [], -1
    ms = doc.mentions[lo:hi]
    for k, m in enumerate(ms):
        if m[0] >= last_end:  # drop nested/overlapping mentions: keep the longest first
            if m[2].type == "MISC" and any(n[0] < m[1] and n[2].type in _PARTIES
                                           for n in ms[k + 1:k + 4]):
                continue  # "Der Gesandte Chiles" tagged as one name: keep "Chiles"
            if _state_organ(doc, m, ms[k + 1:k + 3]):
                continue  # "Perus Regierung": the state stands for its organ
            out.append(m)
            last_end = m[1]
    return out


def entities_by_id(doc: Doc) -> dict[str, Entity]:
    if doc.by_id is None:
        doc.by_id = {e.id: e for e in doc.analysis.entities}
    return doc.by_id


def _state_organ(doc: Doc, m: tuple[int, int, Entity], inner: list) -> bool:
    """An unlinked name made of a state and an organ noun ("Perus Regierung"): the state
    mention inside it is read instead, as "die kenianische Regierung" would be."""
    if m[2].type not in ("ORG", "MISC") or m[2].kb:
        return False
    text = doc.analysis.article.text
    from chronik.analysis.events.syntax import _title

    for n in inner:
        if n[0] >= m[1] or n[2].type != "GPE" or n[1] > m[1]:
            continue
        rest = (text[m[0]:n[0]] + " " + text[n[1]:m[1]]).split()
        return len(rest) == 1 and _title(rest[0].lower(), doc.lex)
    return False
