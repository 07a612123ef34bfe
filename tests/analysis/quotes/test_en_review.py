"""English quote cues on wire news (sentences written for these tests): the nouns
"dispute", "demand", "promise" and "suspects" are no cues, and a wire dateline's agency
is no speaker."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def _quotes(text: str):
    an = analyze(Article.create(text, date="1998-03-06", lang="en"))
    return [(q.type, q.speaker_text, q.cue) for q in an.quotes]


@pytest.mark.parametrize("text", [
    "The two neighbours have a long dispute over water rights.",
    "Exports grew on strong demand from Asian buyers.",
    "The rebels kept their promise to free the hostages.",
    "Police questioned two suspects about the fire.",
])
def test_noun_is_no_cue(text):
    assert _quotes(text) == []


def test_verb_cue_still_found():
    got = _quotes("The mayor said the bridge would reopen in May.")
    assert ("indirect", "mayor", "said") in [(t, s.split()[-1], c) for t, s, c in got]


def test_denial_participle_still_a_cue():
    got = _quotes("The company disputed that its product was unsafe.")
    assert any(c == "disputed" for _, _, c in got)


@pytest.mark.parametrize("text", [
    "The ministry issued a statement on Monday. It said the talks had failed.",
    "The army entered the valley. It accused the rebels of looting shops.",
])
def test_it_subject_leaves_no_object_speaker(text):
    """SVO: after "It said" the next phrase is the content or an object, never the speaker,
    and the sentence before is not what was said."""
    got = _quotes(text)
    assert not any(s in ("talks had failed", "rebels", "the rebels") for _, s, _ in got)
    an = analyze(Article.create(text, date="1998-03-06", lang="en"))
    assert not any(q.span.start == 0 for q in an.quotes)
