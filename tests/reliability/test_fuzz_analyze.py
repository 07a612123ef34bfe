"""Property tests over `chronik.pipeline.analyze`: random Unicode (RTL, combining marks,
emoji, control characters, NBSP, soft hyphens, every kind of quotation mark and digit) mixed
with words that make every stage fire, and pathological structure. Every record validates
(schema, offsets, TIMEX3 values, ids), encodes as UTF-8 JSON, and finishes within a generous
bound (a hang detector, not a speed assertion)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rel_fuzz import WORDS, check_analysis, dates, langs, nasty_text
from rel_proc import time_limit

from chronik.model import Article

BOUND_S = 10.0
EXAMPLES = int(os.environ.get("CHRONIK_FUZZ_EXAMPLES", "60"))
CI = settings(max_examples=EXAMPLES, deadline=None, database=None,
              derandomize="CHRONIK_FUZZ_EXAMPLES" not in os.environ,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

pytestmark = pytest.mark.usefixtures("warm")


def bounded(article: Article, bound: float = BOUND_S) -> dict:
    with time_limit(bound, f"analyze of {len(article.text)} characters"):
        return check_analysis(article)


@CI
@given(nasty_text(max_parts=300), dates, langs, st.one_of(st.none(), st.text(max_size=30)))
def test_analyze_nasty_unicode(text, date, lang, title):
    bounded(Article.create(text, date=date, lang=lang, title=title))


@CI
@given(st.text(max_size=2000), dates, st.sampled_from(["de", "en"]))
def test_analyze_any_code_points(text, date, lang):
    bounded(Article.create(text, date=date, lang=lang))


@CI
@given(st.binary(max_size=3000), st.sampled_from(["utf-8", "latin-1", "utf-16-le", "cp1252"]),
       st.sampled_from(["de", "en"]))
def test_analyze_random_bytes_decoded(data, encoding, lang):
    """Bytes as a careless reader would decode them (replacement characters, mojibake)."""
    bounded(Article.create(data.decode(encoding, "replace"), date="2024-05-01", lang=lang))


@CI
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=400), st.sampled_from(["de", "en"]),
       st.sampled_from(["", ".", "\n", " | ", "\t"]))
def test_analyze_word_salad(words, lang, sep):
    """Dense cue words: names, roles, months, quote marks and verbs in every order."""
    bounded(Article.create(sep.join(words), date="2025-06-01", lang=lang))


@CI
@given(st.lists(st.sampled_from(["\u201e", "\u201c", "\u201d", "\"", "\u00bb", "\u00ab", "\u201a",
                                 "\u2018", "\u2019", "'", "sagte er", "Putin", ":", ",", " "]),
                max_size=600), st.sampled_from(["de", "en"]))
def test_analyze_unbalanced_quotes(parts, lang):
    bounded(Article.create("".join(parts), date="2024-05-01", lang=lang))
