"""Sentence ends after a number: German writes ordinals with a dot ("am 14. März"), English
does not ("set for March 14. The delegation …"). Sentences written for this test."""

from chronik.text.segment import sentences


def test_english_number_before_a_stop_ends_the_sentence():
    got = [s.text for s in sentences("The talks are set for March 14. The team flies on Monday.", "en")]
    assert got == ["The talks are set for March 14.", "The team flies on Monday."]


def test_german_ordinal_dot_does_not():
    got = [s.text for s in sentences("Die Runde beginnt am 14. März in Potsdam.", "de")]
    assert got == ["Die Runde beginnt am 14. März in Potsdam."]
