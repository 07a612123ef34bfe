"""English reported speech, session 4 (sentences written for these tests): "that" is often
left out ("X said the talks had failed"), "told" names a listener first, a comma after the
cue opens no content, the subject stands right before the verb even inside an adverbial
clause, and ", while …" ends what was said."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def _quotes(text: str):
    an = analyze(Article.create(text, date="2025-05-20", lang="en"))
    return [(q.type, q.speaker_text, q.span.text) for q in an.quotes]


@pytest.mark.parametrize("text, speaker, content", [
    ("Judge Brian Murphy said the agency had ignored his order.", "Brian Murphy",
     "the agency had ignored his order"),
    ("Dmitry Peskov told reporters the summit was being prepared.", "Dmitry Peskov",
     "the summit was being prepared"),
    ("Volodymyr Zelensky told Reuters the front line had held.", "Volodymyr Zelenskyy",
     "the front line had held"),
    ("Joe Biden said Russia attacked Ukraine without provocation.", "Joe Biden",
     "Russia attacked Ukraine without provocation"),
])
def test_content_without_that(text, speaker, content):
    assert ("indirect", speaker, content) in _quotes(text)


def test_no_content_without_a_finite_verb():
    assert _quotes("Vladimir Putin said goodbye to the guests.") == []


def test_conditional_stays_inside_the_content():
    got = _quotes("The European Commission said it would raise tariffs if the talks failed.")
    assert ("indirect", "European Commission", "it would raise tariffs if the talks failed") in got


def test_comma_after_the_cue_opens_no_content():
    got = _quotes("Iran and Oman will hold talks on Saturday, Abbas Araghchi said, two days after "
                  "the deadline expired.")
    assert got and got[0][2] == "Iran and Oman will hold talks on Saturday"


def test_subject_right_before_the_verb_inside_an_adverbial_clause():
    got = _quotes("Crowds gathered in Tbilisi after Prime Minister Irakli Kobakhidze announced "
                  "that the talks would stop.")
    assert got and got[0][1] == "Irakli Kobakhidze"


def test_while_ends_the_content():
    got = _quotes("The European Union said it regretted the step, while the United States said "
                  "it would respond.")
    assert ("indirect", "European Union", "it regretted the step") in got


def test_a_phrase_without_a_verb_before_the_cue_is_no_content():
    got = _quotes("In his first speech outside parliament, Keir Starmer promised to rebuild trust.")
    assert not any(q[0] == "indirect" and q[2].startswith("In his first speech") for q in got)


def test_irregular_past_counts_as_a_finite_verb():
    assert ("indirect", "Volodymyr Zelenskyy", "the front held") in _quotes(
        "In Kyiv, Volodymyr Zelensky said the front held.")
