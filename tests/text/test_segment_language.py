"""Sentence ends after a number: German writes ordinals with a dot ("am 14. März"), English
does not ("set for March 14. The delegation …"). Sentences written for this test."""

from chronik.text.segment import sentences


def test_english_number_before_a_stop_ends_the_sentence():
    got = [s.text for s in sentences("The talks are set for March 14. The team flies on Monday.", "en")]
    assert got == ["The talks are set for March 14.", "The team flies on Monday."]


def test_german_ordinal_dot_does_not():
    got = [s.text for s in sentences("Die Runde beginnt am 14. März in Potsdam.", "de")]
    assert got == ["Die Runde beginnt am 14. März in Potsdam."]


def test_german_number_before_an_article_or_pronoun_ends_the_sentence():
    text = "Der Verein gewann mit 2:0. Das zweite Tor fiel spät. Geliefert wird Baureihe 7. Er kostet viel."
    assert [s.text for s in sentences(text, "de")] == [
        "Der Verein gewann mit 2:0.", "Das zweite Tor fiel spät.", "Geliefert wird Baureihe 7.",
        "Er kostet viel."]
    assert len(sentences("Am 3. Juni und am 4. Dezember tagte der 2. Senat.", "de")) == 1
