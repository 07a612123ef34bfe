"""The time stage stays linear on long repetitive text without punctuation or sentence offsets
(every clause check used to read the whole sentence), and the bisecting cue search picks the
same cue as a scan of every cue."""

from __future__ import annotations

import random
from dataclasses import dataclass

from chronik.analysis.time import _nearest_cue, tag_text

HANG_SECONDS = 60  # a hang detector: the quadratic version needed minutes, now a few seconds


def test_one_long_clause_of_dates_finishes(hang_guard) -> None:
    tag_text("am 7. Juli", "de", "2021-03-04")  # compile the grammar outside the guard
    text = "Paris traf Rom am 7. Juli " * 8000
    with hang_guard(HANG_SECONDS):
        res = tag_text(text, "de", "2021-03-04")
    assert len(res.timexes) == 8000
    assert {t.value for t in res.timexes} == {"2020-07-07"}  # past tense, a July before March


@dataclass
class _C:
    start: int
    end: int


def _scan(cues, c, lo, hi, limit):
    """The reference: every cue in [lo, hi) outside the expression, before beats after, nearest."""
    best = None
    for pos, tense in cues:
        if not lo <= pos < hi or c.start <= pos < c.end:
            continue
        d = abs(pos - c.start)
        rank = (0 if pos < c.start else 1, d)
        if d <= limit and (best is None or rank < best[:2]):
            best = (rank[0], rank[1], tense)
    return best


def test_nearest_cue_agrees_with_a_full_scan() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        positions = sorted(rng.sample(range(200), rng.randint(0, 12)))
        cues = [(p, rng.choice(("past", "future"))) for p in positions]
        start = rng.randrange(0, 190)
        c = _C(start, start + rng.randint(1, 10))
        lo, hi = rng.randint(0, c.start), rng.randint(c.end, 200)
        limit = rng.choice((5, 30, 1 << 30))
        assert _nearest_cue(cues, positions, c, lo, hi, limit) == _scan(cues, c, lo, hi, limit)
