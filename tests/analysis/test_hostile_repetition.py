"""Long repetitive text must not make analyze() super-linear.

Each input repeats one short phrase thousands of times (≈170 KB). Fuzzing found scans of
every earlier mention, quote or clause word per item, which turned such texts into minutes
of work. The alarm is a hang detector with a generous bound, not a speed assertion.
"""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze

HANG_SECONDS = 20
REPEAT = 8000


def _analyze(phrase: str, hang_guard):
    text = phrase * REPEAT
    with hang_guard(HANG_SECONDS):
        return analyze(Article.create(text, date="2021-03-04", lang="de")), text


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load models and resources outside the guarded block."""
    analyze(Article.create("Olaf Scholz sagte am 2. Juni in Paris: „Wir helfen.“",
                           date="2021-03-04", lang="de"))


def test_repeated_names_link_every_mention(hang_guard):
    an, text = _analyze("Scholz und Macron und Biden ", hang_guard)
    assert an.entities
    for e in an.entities:
        for m in e.mentions:
            assert text[m.start:m.end] == m.text
    most = max(len(e.mentions) for e in an.entities)
    assert most > REPEAT // 2  # a name repeated throughout is linked throughout


def test_repeated_quotations_are_all_found(hang_guard):
    an, text = _analyze("Sie erklärte: „Das bleibt so“ ", hang_guard)
    direct = [q for q in an.quotes if q.type == "direct"]
    assert len(direct) > REPEAT // 2
    assert all(text[q.span.start:q.span.end] == q.span.text for q in direct)


def test_repeated_meeting_clauses_finish(hang_guard):
    an, text = _analyze("Paris traf Rom am 7. Juli ", hang_guard)
    assert an.timexes
    assert an.events
    for ev in an.events:
        assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
