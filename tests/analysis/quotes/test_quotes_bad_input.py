"""Bad input never crashes the quotes stage and never makes one quote of a whole article."""

from __future__ import annotations

import pytest
from quotes_helpers import run


@pytest.mark.parametrize("text", [
    "",
    "   \n\n  ",
    "„",
    "\"\"\"\"",
    "„„„ “ “ »« «»",
    "Er sagte: „",
    "sagte sagte sagte laut zufolge, so.",
    "Der Monitor (27\") und das Tablet (10\") kosten zusammen 900 Euro.",
    "Das Modell „X-200“ und die Serie „Nova“ verkaufen sich gut.",
    "It's the players' ball and the fans' day, isn't it?",
    "Laut",
    ", so",
    "\u200b„\u200b“\u200b",
])
def test_quotes_bad_input_does_not_crash(text):
    r = run(text)
    for q in r.quotes:
        assert text[q.span.start:q.span.end] == q.span.text


def test_quotes_bad_input_unbalanced_quote_does_not_swallow_the_article():
    paragraphs = ["Er sagte: „Das reicht jetzt."] + [
        f"Absatz {i}: Die Stadt baut eine neue Schule und einen Park." for i in range(20)]
    text = "\n\n".join(paragraphs)
    r = run(text)
    assert r.quotes
    assert max(q.span.end - q.span.start for q in r.quotes) < len(paragraphs[0])


def test_quotes_bad_input_product_names_are_not_quotes():
    r = run("Der Konzern stellte das Telefon „Orbit Max“ mit einem 6\" Bildschirm vor.")
    assert all(q.type != "direct" for q in r.quotes)


def test_quotes_bad_input_article_long_quote_is_kept_when_the_text_says_so():
    body = " ".join(f"Satz {i} der Rede handelt von der Zukunft." for i in range(30))
    text = f"Die Präsidentin sagte: „{body}“"
    r = run(text)
    direct = [q for q in r.quotes if q.type == "direct"]
    assert direct and direct[0].span.end == len(text)
