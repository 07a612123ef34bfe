"""The normalized name key that resolves entities without a KB id across articles.

Uses the knowledge base's `name_key` (chronik.kb.names) when it is installed; until then a
small fallback folds case, diacritics, punctuation and common German/English transliteration
variants ("Schoigu" / "Shoigu", "Lawrow" / "Lavrov", "Pjöngjang" / "Pyongyang").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
# applied in order on the folded, lower-case name (German spelling -> English spelling)
_TRANSLIT = (
    ("tsch", "ch"), ("dsch", "j"), ("sch", "sh"), ("ch", "kh"), ("ij", "y"), ("yj", "y"),
    ("ow", "ov"), ("ew", "ev"), ("w", "v"), ("j", "y"), ("ph", "f"), ("ck", "k"),
    ("ae", "a"), ("oe", "o"), ("ue", "u"), ("ou", "u"),
)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    return "".join(c for c in text if not unicodedata.combining(c))


def fallback_name_key(name: str) -> str:
    """Lower case, no diacritics or punctuation, transliteration variants folded."""
    words = _NON_WORD.sub(" ", _fold(name)).split()
    out = []
    for w in words:
        for a, b in _TRANSLIT:
            w = w.replace(a, b)
        out.append(w)
    return " ".join(out)


@functools.cache
def _kb_name_key() -> Callable[[str], str] | None:
    try:
        from chronik.kb.names import name_key  # the knowledge base's key, when installed
    except ImportError:
        return None
    return name_key


def name_key(name: str) -> str:
    """The key two spellings of one name share (the KB's function when available)."""
    fn = _kb_name_key()
    if fn is not None:
        try:
            key = fn(name)
        except Exception:  # a KB bug must not stop ingest: fall back, keys stay stable per name
            key = None
        if key:
            return key
    return fallback_name_key(name)
