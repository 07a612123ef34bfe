"""Direct quotations: quotation-mark pairs, and the bad input they come with."""

from __future__ import annotations

import pytest

from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.marks import find_direct


def spans(text: str, lang: str = "de") -> list[str]:
    return [text[a:b] for a, b in find_direct(text, lexicon(lang))]


@pytest.mark.parametrize("text, expected", [
    ("Sie rief: „Wir bleiben hier.“ Dann ging sie.", ["„Wir bleiben hier.“"]),
    ("Er nannte das »völlig absurd« und ging.", ["»völlig absurd«"]),
    ("Der Trainer sprach von \"Pech\" und \"Zufall\".", ["\"Pech\"", "\"Zufall\""]),
    ("„Das Spiel ist vorbei. Wir fahren nach Hause.“ Mehr sagte er nicht.",
     ["„Das Spiel ist vorbei. Wir fahren nach Hause.“"]),
    ("„Wir haben“, sagte sie, „noch Hoffnung.“", ["„Wir haben“", "„noch Hoffnung.“"]),
])
def test_quotes_marks_pairs(text, expected):
    assert spans(text) == expected


def test_quotes_marks_inch_mark_is_no_quote():
    assert spans('Das Gerät hat ein 12" Display und wiegt wenig.') == []


def test_quotes_marks_nested_quote_stays_inside():
    text = "Sie sagte: „Er rief ‚Halt‘ und lief weg.“"
    assert spans(text) == ["„Er rief ‚Halt‘ und lief weg.“"]


def test_quotes_marks_unbalanced_quote_stops_at_paragraph_end():
    text = "Er sagte: „Das wird schwer.\n\nIm zweiten Absatz geht es um etwas anderes."
    assert spans(text) == ["„Das wird schwer."]


def test_quotes_marks_stray_closing_mark_is_ignored():
    assert spans("Ein einzelnes “ Zeichen steht hier.") == []


def test_quotes_marks_english_apostrophes_are_no_quotes():
    text = "The minister didn't say it's over; the 'plan' stays."
    assert spans(text, "en") == ["'plan'"] or spans(text, "en") == []
    assert "didn" not in " ".join(spans(text, "en"))
