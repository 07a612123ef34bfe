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


def sentence_mentions(doc: Doc, start: int, end: int) -> list[tuple[int, int, Entity]]:
    lo = bisect.bisect_left(doc.mention_starts, start)
    hi = bisect.bisect_left(doc.mention_starts, end)
    out, last_end = [], -1
    for m in doc.mentions[lo:hi]:
        if m[0] >= last_end:  # drop nested/overlapping mentions: keep the longest first
            out.append(m)
            last_end = m[1]
    return out


def entities_by_id(doc: Doc) -> dict[str, Entity]:
    if doc.by_id is None:
        doc.by_id = {e.id: e for e in doc.analysis.entities}
    return doc.by_id
