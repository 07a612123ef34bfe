"""Stemming for full-text search: the same function stems stored sentences and queries.

Per-language settings are data (`resources/<lang>/stemming.yaml`): the Snowball algorithm
(package `snowballstemmer`, BSD) when installed, irregular forms folded onto their lemma's
stem, and a suffix list used as a fallback stemmer. Stems are cached per word: news text is
Zipfian, so after the first few hundred articles nearly every word is a dictionary hit.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

from chronik.resources import has_resource, load_yaml

_WORD = re.compile(r"\w+", re.UNICODE)
FALLBACK_LANG = "en"
_CACHE_LIMIT = 500_000


def _fold(word: str) -> str:
    """Lower case without diacritics (ä → a, é → e), ß → ss: what FTS compares."""
    word = word.lower().replace("ß", "ss")
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _suffix_stemmer(suffixes: list[str], min_stem: int) -> Callable[[str], str]:
    ordered = sorted(suffixes, key=len, reverse=True)

    def stem(word: str) -> str:
        for suf in ordered:
            if word.endswith(suf) and len(word) - len(suf) >= min_stem:
                return word[: -len(suf)]
        return word

    return stem


@functools.cache
def stemmer_for(lang: str | None) -> Callable[[str], str]:
    """A cached word → stem function for `lang` (unknown languages use English rules)."""
    code = lang if lang and has_resource(lang, "stemming.yaml") else FALLBACK_LANG
    conf = load_yaml(code, "stemming.yaml") or {}
    base: Callable[[str], str]
    try:
        import snowballstemmer

        base = snowballstemmer.stemmer(conf.get("snowball", "english")).stemWord
    except (ImportError, KeyError):
        base = _suffix_stemmer(list(conf.get("suffixes", ())), int(conf.get("min_stem", 3)))
    irregular = {str(k).lower(): str(v).lower() for k, v in (conf.get("irregular") or {}).items()}
    cache: dict[str, str] = {}

    def stem(word: str) -> str:
        hit = cache.get(word)
        if hit is not None:
            return hit
        low = word.lower()
        out = _fold(base(irregular.get(low, low)))
        if len(cache) < _CACHE_LIMIT:
            cache[word] = out
        return out

    return stem


def stem_text(text: str, lang: str | None) -> str:
    """The space-joined stems of every word of `text` (what the FTS index holds)."""
    stem = stemmer_for(lang)
    return " ".join(stem(w) for w in _WORD.findall(text))


def stem_terms(text: str, lang: str | None) -> list[str]:
    """Stems of the words of a query, in order, without repeats."""
    stem = stemmer_for(lang)
    out: list[str] = []
    for w in _WORD.findall(text):
        s = stem(w)
        if s not in out:
            out.append(s)
    return out


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word: used to highlight matches in the original text."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
