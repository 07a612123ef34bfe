"""English quotations and attributions, on sentences written for these tests."""

from __future__ import annotations

import pytest
from quotes_helpers import entity, quote_by_cue, run


@pytest.mark.parametrize("text, cue, speaker, qtype, content", [
    ("The mayor said on Friday that the bridge would reopen.",
     "said", "The mayor", "indirect", "that the bridge would reopen"),
    ("The harbour stays closed, the coast guard said.",
     "said", "the coast guard", "indirect", "The harbour stays closed"),
    ("Two ships collided near the port, according to the navy.",
     "according to", "the navy", "indirect", "Two ships collided near the port"),
    ("The company denied that workers had been laid off.",
     "denied", "The company", "indirect", "that workers had been laid off"),
])
def test_quotes_en_frames(text, cue, speaker, qtype, content):
    q = quote_by_cue(run(text, "en"), cue)
    assert q.speaker_span.text == speaker
    assert q.type == qtype and q.span.text == content


def test_quotes_en_direct_quotes_and_pronoun():
    text = "Maria Lopez runs the shelter. “We need blankets,” she said."
    ent = entity(text, "e1", "Maria Lopez", "PER", "Maria Lopez")
    q = quote_by_cue(run(text, "en", (ent,)), "said")
    assert q.type == "direct" and q.span.text == "“We need blankets,”"
    assert q.speaker == "e1" and q.speaker_span.text == "she"


def test_quotes_en_sources_said_and_citing():
    r = run("Rebels took the airport, officials said, citing army reports.", "en")
    att = next(a for a in r.attributions if a.cue == "said")
    assert att.source_text == "officials" and att.span.text == "Rebels took the airport"


def test_quotes_en_denial_is_negated():
    r = run("The ministry denied that the talks had failed.", "en")
    assert [a.modality for a in r.attributions] == ["negated"]
