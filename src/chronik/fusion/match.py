"""When two event mentions from (possibly different) articles report the same happening.

`compatible` (the evidence linking two reports) is pairwise and symmetric, so the connected
components it induces do not depend on the order articles arrive in; `merge.py` then splits
each component into clusters in which every member is linked to another and `conflict`s with
none (2024-06-19 and 2024-06-21 never end up together through a vague "June 2024").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date

from chronik.model import GENERIC_KEY_PREFIX
from chronik.periods import Period, period
from chronik.periods import compatible as periods_compatible
from chronik.resources import parse_yaml

# undated reports fuse only with reports this close in time; a report in the past perfect
# ("troops had been shipped", cue "date:anterior-tense") recalls something that happened before
# its article's news, so it may stand up to a news week away from the first report
NULL_DATE_WINDOW_DAYS = 3
ANTERIOR_WINDOW_DAYS = 7
ANTERIOR_CUE = "date:anterior-tense"


def window_days(*mentions: Mention) -> int:
    """How far apart in publication days undated reports of one happening may be."""
    return ANTERIOR_WINDOW_DAYS if any(m.anterior for m in mentions) else NULL_DATE_WINDOW_DAYS


@functools.cache
def _rules() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    from importlib import resources

    data = parse_yaml(resources.files("chronik.fusion").joinpath("types.yaml")
                      .read_text(encoding="utf-8")) or {}
    compat: dict[str, set[str]] = {}
    for group in data.get("compatible", ()):
        for t in group:
            compat.setdefault(t, {t}).update(group)
    return frozenset(data.get("symmetric", ())), {k: frozenset(v) for k, v in compat.items()}


def compatible_types(t: str) -> frozenset[str]:
    """Types a report of type `t` may be fused with (itself included)."""
    return _rules()[1].get(t, frozenset((t,)))


def is_symmetric(t: str) -> bool:
    return t in _rules()[0]


@dataclass(frozen=True, slots=True)
class Mention:
    """An article-level event as fusion sees it (participants are global entity ids)."""

    event_id: int
    article_id: str
    local_id: str
    type: str
    actors: frozenset[int]
    recipients: frozenset[int]
    period: Period | None
    day: date | None  # the article's publication day
    negated: bool
    confidence: float = 0.5
    group: int | None = None
    evidence: tuple[int, int] | None = None  # the sentence's offsets in its article
    sides: tuple[tuple[int, str], ...] = ()  # (party, its country) for parties with one
    states: frozenset[int] = frozenset()  # parties that are states (GPE): a whole side
    anterior: bool = False  # told in the past perfect: happened some time before the article
    # the last day the article may have appeared: a month-only date ("2025-06") may be any
    # day of June, so `day` is its first day and `day_last` its last (None: the same as `day`)
    day_last: date | None = None
    # parties that are generic groups with no country ("police" somewhere): they take part,
    # but two reports sharing only such a party are no evidence of one event
    vague: frozenset[int] = frozenset()

    @property
    def last_day(self) -> date | None:
        return self.day_last or self.day

    def side(self, entity_id: int) -> str:
        for e, c in self.sides:
            if e == entity_id:
                return c
        return f"#{entity_id}"  # no country: a side of its own (the EU, the UN)

    def sides_of(self, ids: frozenset[int]) -> frozenset[str]:
        return frozenset(self.side(e) for e in ids)

    @property
    def parties(self) -> frozenset[int]:
        return self.actors | self.recipients

    @property
    def anchors(self) -> frozenset[int]:
        """The parties that can tie two reports together (all but vague generic groups)."""
        return self.parties - self.vague if self.vague else self.parties

    @property
    def fusable(self) -> bool:
        return bool(self.anchors) and (self.period is not None or self.day is not None)

    def sort_key(self) -> tuple:
        """Canonical order: most precise date first, then content ids (never row ids)."""
        p = self.period
        return (p.rank if p else 99, p.start.isoformat() if p else "9999", -len(self.parties),
                self.type, self.article_id, self.local_id)


def is_vague_key(key: str | None) -> bool:
    """A global entity key of a generic group with no country ("name:generic:police")."""
    prefix = "name:" + GENERIC_KEY_PREFIX
    return bool(key) and key.startswith(prefix) and ":" not in key[len(prefix):]


def publication_days(date_value: str | None, refined: str | None) -> tuple[date | None, date | None]:
    """First and last day the article may have appeared: the refined day when the text pins
    it, else the whole period of its given date (a month-only date is any day of the month).
    A date coarser than a month says too little to place undated reports: (None, None)."""
    p = period(refined) or period(date_value)
    if p is None or p.span > 31:
        return None, None
    return p.start, p.end


def day_gap(a_lo: date, a_hi: date, b_lo: date, b_hi: date) -> int:
    """Days between two ranges of days (0 when they overlap)."""
    return max(0, (b_lo - a_hi).days, (a_lo - b_hi).days)


def _nested(a: frozenset[int], b: frozenset[int]) -> bool:
    return a <= b or b <= a


def _sets_agree(a: Mention, a_ids: frozenset[int], b: Mention, b_ids: frozenset[int]) -> bool:
    """Two reports' participants (in one role) agree: the people and bodies they name contain
    each other, and so do the sides (countries) they belong to; a state stands for its side."""
    return _nested(a_ids - a.states, b_ids - b.states) and \
        _nested(a.sides_of(a_ids), b.sides_of(b_ids))


def participants_compatible(a: Mention, b: Mention) -> bool:
    """Same participants up to roles: shared ones, and neither side adds a conflicting one."""
    if not (a.anchors & b.anchors):
        return False
    if a.type == b.type and not is_symmetric(a.type):
        return _sets_agree(a, a.actors, b, b.actors) and _sets_agree(a, a.recipients, b, b.recipients) \
            and not (a.actors & b.recipients and not a.actors & b.actors)
    return _sets_agree(a, a.parties, b, b.parties)


def states_link(a: Mention, b: Mention) -> bool:
    """No shared participant, but the same states on the same day doing the same thing:
    "Putin met Kim on 19 June" and "Russia and North Korea held talks on 19 June"."""
    if a.type != b.type or a.period is None or b.period is None:
        return False
    if a.period.granularity != "day" or a.period.value != b.period.value:
        return False
    if not (a.states or b.states):  # one report must speak of the states themselves
        return False
    sa, sb = a.sides_of(a.parties), b.sides_of(b.parties)
    if len(sa) < 2 or sa != sb or not _nested(a.parties - a.states, b.parties - b.states):
        return False
    if is_symmetric(a.type):
        return True
    return a.sides_of(a.actors) == b.sides_of(b.actors) and \
        a.sides_of(a.recipients) == b.sides_of(b.recipients)


def _times_agree(a: Mention, b: Mention) -> bool:
    """Dates that may name one happening; an undated report only close to the other's time.
    A publication day is a range when the article's date is coarse (`Mention.last_day`)."""
    if a.period is not None and b.period is not None:
        if not periods_compatible(a.period, b.period):
            return False
        if a.period.span == b.period.span:
            return True
        # a vague date ("2023") cannot stand for something that happened after its article
        coarse, fine = (a, b) if a.period.span > b.period.span else (b, a)
        assert fine.period is not None
        return coarse.last_day is None or (fine.period.start - coarse.last_day).days <= 1
    if a.day is None or b.day is None:
        return False
    window = window_days(a, b)
    if a.period is None and b.period is None:
        return day_gap(a.day, a.last_day, b.day, b.last_day) <= window
    dated, undated = (a, b) if a.period is not None else (b, a)
    assert dated.period is not None and undated.day is not None
    # reported this many days after it ended (a range when the undated article's date is coarse)
    lag_lo = (undated.day - dated.period.end).days
    lag_hi = (undated.last_day - dated.period.end).days
    if lag_hi < -1 or lag_lo > window:
        # a coarse date that holds the day the undated report appeared ("the Duma approved
        # it in October" and an undated report of 24 October): the same time, however far
        # apart the two articles are (but not a day after the dated report was written)
        return dated.period.start <= undated.last_day and undated.day <= dated.period.end and (
            dated.day is None or (undated.day - dated.last_day).days <= 1)
    if dated.period.granularity == "day":
        # the undated report appeared just after the day the other names: when the dated
        # report was written does not matter (a recap of 4 June, or a month-dated article)
        return True
    return dated.day is None or day_gap(dated.day, dated.last_day, undated.day, undated.last_day) <= window


def dates_compatible(a: Mention, b: Mention) -> bool:
    """Compatible dates; with an undated report only on a strong match: the same type and
    participants that contain each other (reports close in time, see `_times_agree`)."""
    if a.period is None or b.period is None:
        if a.type != b.type or not _sets_agree(a, a.parties, b, b.parties):
            return False
    return _times_agree(a, b)


def compatible(a: Mention, b: Mention) -> bool:
    """Can `a` and `b` be reports of one happening? (the evidence that links them)"""
    if a.event_id == b.event_id:
        return True
    if a.negated != b.negated or not a.fusable or not b.fusable:
        return False
    if same_sentence(a, b):  # one sentence coded twice (a pledge made at a signing)
        return _same_doer(a, b) and _times_agree(a, b)
    if b.type not in compatible_types(a.type):
        return False
    if states_link(a, b):
        return True
    return participants_compatible(a, b) and dates_compatible(a, b)


def _same_doer(a: Mention, b: Mention) -> bool:
    """Two codings of one sentence are one happening only when the same party acts in both
    ("Putin met Kim and pledged aid"); "X credited Y's soldiers with a role in the fighting"
    holds two happenings with different doers (for a meeting, either side is a doer)."""
    if a.actors & b.actors:
        return True
    if is_symmetric(a.type) or is_symmetric(b.type):
        return len(a.parties & b.parties) >= 2
    return False


def same_sentence(a: Mention, b: Mention) -> bool:
    return a.article_id == b.article_id and a.evidence is not None and a.evidence == b.evidence


def conflict(a: Mention, b: Mention) -> bool:
    """Evidence that `a` and `b` are different happenings: a denial against a report, dates
    that exclude each other, or participants that differ on both sides."""
    if a.event_id == b.event_id:
        return False
    if a.negated != b.negated or not _times_agree(a, b):
        return True
    return bool(a.parties and b.parties) and not _sets_agree(a, a.parties, b, b.parties)


def affinity(a: Mention, b: Mention) -> int:
    """How well two compatible mentions agree (picks the best cluster for a mention)."""
    score = 2 * len(a.parties & b.parties)
    if a.type == b.type:  # the kind of happening outweighs a shared date string
        score += 4
    if a.period is not None and b.period is not None and a.period.value == b.period.value:
        score += 3
    if a.article_id == b.article_id:
        score -= 1
    return score
