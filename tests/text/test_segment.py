"""Sentence boundaries: a full stop ends a sentence unless it belongs to a word."""

from __future__ import annotations

import pytest

from chronik.text.segment import sentences


def split(text: str, lang: str = "de") -> list[str]:
    return [s.text for s in sentences(text, lang)]


@pytest.mark.parametrize("text,expected", [
    # a regnal numeral followed by a lower-case word is inside the sentence
    ("Papst Leo XIV. empfing am Montag den Präsidenten. Danach reiste er ab.",
     ["Papst Leo XIV. empfing am Montag den Präsidenten.", "Danach reiste er ab."]),
    ("King Charles III. and his wife arrived. They left on Friday.",
     ["King Charles III. and his wife arrived.", "They left on Friday."]),
    # ... but a capitalized word after it starts a new sentence
    ("Gekrönt wurde Karl III. Die Feier dauerte zwei Stunden.",
     ["Gekrönt wurde Karl III.", "Die Feier dauerte zwei Stunden."]),
    # an ordinal date is not a boundary
    ("Am 5. Juni traf er ihn. Dann ging er.", ["Am 5. Juni traf er ihn.", "Dann ging er."]),
    # a numeric date's closing dot before a lower-case word is not a boundary either
    ("Sie treffen sich am 23.06. wieder in Wien. Danach ist Pause.",
     ["Sie treffen sich am 23.06. wieder in Wien.", "Danach ist Pause."]),
])
def test_sentence_boundaries(text, expected):
    assert split(text) == expected


def test_roman_numeral_check_does_not_swallow_text_at_the_end():
    assert split("Es sprach Papst Johannes Paul II.") == ["Es sprach Papst Johannes Paul II."]
