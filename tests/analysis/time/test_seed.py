"""The seed article: all nine gold timexes with the gold value, and the refined reporting day."""

from __future__ import annotations

from chronik.pipeline import analyze
from chronik.readers import read_paths


def test_seed_timexes(seed_path, seed_gold) -> None:
    article = next(iter(read_paths([str(seed_path)])))
    result = analyze(article)
    assert result.article.date_refined == "2025-06-05"
    found = list(result.timexes)
    for gold in seed_gold["timexes"]:
        occurrence = gold.get("occurrence", 1)
        hits = [t for t in found if gold["text"] in t.span.text or t.span.text in gold["text"]]
        matching = [t for t in hits if gold["text"] in t.span.text]
        assert len(matching) >= occurrence, f"{gold['text']!r} not found"
        timex = matching[occurrence - 1]
        assert timex.value == gold["value"], (gold["text"], timex.value, gold["value"])
        assert timex.type == gold["type"]
