"""Full-text search with stemming: inflected forms find each other (German and English)."""

from __future__ import annotations

import pytest

from chronik.model import Analysis, Article, Span
from chronik.store.stem import stem_text
from chronik.timeline.queries import search


def sentence_doc(text: str, lang: str, date: str = "2024-03-01") -> Analysis:
    art = Article.create(text, date=date, lang=lang, title=text[:20])
    return Analysis(article=art, sentences=(Span.of(text, 0, len(text)),))


@pytest.fixture
def filled(store, write):
    write(sentence_doc("Das Treffen der Außenminister fand in Wladiwostok statt.", "de"),
          sentence_doc("Die Minister haben sich zuletzt im Mai getroffen.", "de"),
          sentence_doc("Der Präsident traf seinen Amtskollegen am Montag.", "de"),
          sentence_doc("The two leaders met in the Far East.", "en"),
          sentence_doc("Further meetings are planned for the autumn.", "en"))
    return store


@pytest.mark.parametrize("query,lang,expected", [
    ("treffen", "de", 3),
    ("getroffen", "de", 3),
    ("Minister", "de", 1),  # whole words: "Außenminister" is another word
    ("meeting", "en", 2),
    ("meets", "en", 2),
    ("Wladiwostok", None, 1),
    ("treffen Außenminister", "de", 1),
])
def test_search_stemmed_forms(filled, query, lang, expected):
    hits = search(filled, query, lang=lang)
    assert len(hits) == expected


def test_search_highlights_the_inflected_word(filled):
    (hit,) = [h for h in search(filled, "treffen", lang="de") if "traf" in h.sentence]
    (s, e), = hit.highlights
    assert hit.sentence[s:e] == "traf"


def test_search_folds_umlauts_and_case():
    assert stem_text("AUSSENMINISTER Außenminister", "de").split()[0] == \
        stem_text("Außenminister", "de")


def test_search_empty_query_is_a_usage_error(filled):
    from chronik.errors import UsageError

    with pytest.raises(UsageError):
        search(filled, "  ")
