"""Stemming for full-text search: the same function stems stored sentences and queries.

Per-language settings are data (`resources/<lang>/stemming.yaml`): the Snowball algorithm
(package `snowballstemmer`, BSD) when installed, irregular forms folded onto their lemma's
stem, and a suffix list used as a fallback stemmer. With the C extension PyStemmer installed,
snowballstemmer stems whole sentences in C (with its own word cache).
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


_COMBINING = re.compile(r"[\u0300-\u036f]+")


def _fold(text: str) -> str:
    """Lower case without diacritics (ä → a, é → e), ß → ss: what FTS compares."""
    text = text.lower().replace("ß", "ss")
    if text.isascii():
        return text
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text))


def _suffix_stemmer(suffixes: list[str], min_stem: int) -> Callable[[str], str]:
    ordered = sorted(suffixes, key=len, reverse=True)

    def stem(word: str) -> str:
        for suf in ordered:
            if word.endswith(suf) and len(word) - len(suf) >= min_stem:
                return word[: -len(suf)]
        return word

    return stem


@functools.cache
def _config(lang: str | None) -> tuple[Callable[[list[str]], list[str]], dict[str, str]]:
    """(a list-of-words stemmer, irregular forms) for `lang` (unknown: English rules)."""
    code = lang if lang and has_resource(lang, "stemming.yaml") else FALLBACK_LANG
    conf = load_yaml(code, "stemming.yaml") or {}
    base: Callable[[list[str]], list[str]]
    try:
        import snowballstemmer  # uses the C extension PyStemmer when it is installed

        base = snowballstemmer.stemmer(conf.get("snowball", "english")).stemWords
    except (ImportError, KeyError):
        one = _suffix_stemmer(list(conf.get("suffixes", ())), int(conf.get("min_stem", 3)))

        def base(ws: list[str]) -> list[str]:
            return [one(w) for w in ws]

    cache: dict[str, str] = {}

    def words(ws: list[str]) -> list[str]:
        """Stems of `ws`: dictionary hits, and one stemmer call for the misses."""
        get = cache.get
        out = [get(w) for w in ws]
        if None in out:
            miss = list(dict.fromkeys(w for w, o in zip(ws, out, strict=True) if o is None))
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            cache.update(zip(miss, base(miss), strict=True))
            out = [cache[w] for w in ws]
        return out

    irregular = {str(k).lower(): str(v).lower() for k, v in (conf.get("irregular") or {}).items()}
    return words, irregular


def stemmer_for(lang: str | None) -> Callable[[str], str]:
    """A cached word → stem function for `lang` (unknown languages use English rules).
    `lang` may come from a request: only a bundled language is looked up (no path built
    from it, one cache entry per language, not per value)."""
    return _stemmer(lang if lang in _bundled() else None)


@functools.cache
def _bundled() -> frozenset[str]:
    from chronik.resources import available_languages

    return frozenset(available_languages())


@functools.cache
def _stemmer(lang: str | None) -> Callable[[str], str]:
    words, irregular = _config(lang)

    @functools.lru_cache(maxsize=_CACHE_LIMIT)
    def stem(word: str) -> str:
        low = word.lower()
        return _fold(words([irregular.get(low, low)])[0])

    return stem


def stem_text(text: str, lang: str | None) -> str:
    """The space-joined stems of every word of `text` (what the FTS index holds)."""
    words, irregular = _config(lang)
    ws = _WORD.findall(text.lower())
    if irregular:
        ws = [irregular.get(w, w) for w in ws]
    return _fold(" ".join(words(ws)))


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
