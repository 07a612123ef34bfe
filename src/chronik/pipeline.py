"""The analysis pipeline: an ordered tuple of named stages over an immutable Analysis.

`analyze(article)` is a pure function: no I/O, no mutable globals; each stage loads its
language resources lazily once per process (functools.cache), so the same call works in a
test, a process pool and a Spark executor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from chronik.analysis.actors import find_entities
from chronik.analysis.events import find_events
from chronik.analysis.quotes import find_quotes
from chronik.analysis.segment import find_sentences
from chronik.analysis.time import find_timexes
from chronik.model import Analysis, Article

StageFn = Callable[[Analysis], Analysis]


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


STAGES: tuple[Stage, ...] = (
    Stage("segment", find_sentences, requires=(), assigns=("sentences",)),
    Stage("time", find_timexes, requires=("sentences",), assigns=("timexes", "article.date_refined")),
    Stage("actors", find_entities, requires=("sentences",), assigns=("entities",)),
    Stage("quotes", find_quotes, requires=("sentences", "entities"), assigns=("quotes", "attributions", "entities")),
    Stage("events", find_events, requires=("sentences", "timexes", "entities", "quotes", "attributions"),
          assigns=("events", "entities")),
)
STAGE_NAMES = tuple(s.name for s in STAGES)


def analyze(article: Article, *, skip: frozenset[str] | set[str] = frozenset()) -> Analysis:
    """Run every stage not in `skip`, in order, and return the Analysis."""
    result = Analysis.empty(article)
    for stage in STAGES:
        if stage.name in skip:
            continue
        out = stage.fn(result)
        if not isinstance(out, Analysis):  # a programming error in a stage, not bad input
            raise TypeError(f"stage {stage.name!r} returned {type(out).__name__}, not Analysis")
        result = out
    return result


def analyze_many(pairs: Iterable[tuple[Article, object]], *,
                 skip: frozenset[str] = frozenset()) -> Iterator[tuple[Analysis, object]]:
    """Analyze (article, context) pairs, keeping the context with each result."""
    for article, ctx in pairs:
        yield analyze(article, skip=skip), ctx
