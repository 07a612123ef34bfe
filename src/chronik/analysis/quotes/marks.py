"""Direct quotations: balanced quotation-mark pairs, capped at the paragraph end.

One left-to-right scan per paragraph. Pairs with distinct open/close characters („…“, »…«)
are matched directly; a symmetric mark (" or ') opens only before a word and closes only after
one, and a digit before it makes it an inch mark (12" display). A nested pair inside a quote is
skipped with it. An open mark without its close runs to the end of its paragraph, never further.
"""

from __future__ import annotations

import functools
import re

from chronik.analysis.quotes.lexicon import Lexicon

_PARA = re.compile(r"\n\s*\n|\n")


@functools.cache
def _mark_pattern(marks: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    chars = sorted({c for pair in marks for c in pair})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line-separated block of `text`."""
    out, start = [], 0
    for m in _PARA.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in "([{—–-/:,;") and not after.isspace()


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def find_direct(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character spans of quotations, marks included, in text order."""
    opens: dict[str, tuple[str, ...]] = {}
    for o, c in lex.quote_marks:
        opens.setdefault(o, ())
        opens[o] = (*opens[o], c)
    pat = _mark_pattern(lex.quote_marks)
    out: list[tuple[int, int]] = []
    for lo, hi in paragraphs(text):
        pos = lo
        while True:
            m = pat.search(text, pos, hi)
            if m is None:
                break
            i, ch = m.start(), m.group()
            pos = i + 1
            closers = opens.get(ch)
            if not closers:
                continue
            symmetric = ch in closers
            if symmetric:
                if not _can_open(text, i, lo, hi) or (i > lo and text[i - 1].isdigit()):
                    continue
                if ch == "'" and i > lo and text[i - 1].isalpha():
                    continue
            end = _find_close(text, i + 1, lo, hi, closers, symmetric)
            if end is None:
                if symmetric or ch in "“":  # a stray symmetric mark or a German closer: no quote
                    continue
                end = hi  # unbalanced opener: the quote runs to the paragraph end
            if _has_word(text, i + 1, end):
                out.append((i, end))
            pos = end
    return out


def _find_close(text: str, start: int, lo: int, hi: int, closers: tuple[str, ...],
                symmetric: bool) -> int | None:
    j = start
    while j < hi:
        k = min((p for p in (text.find(c, j, hi) for c in closers) if p >= 0), default=-1)
        if k < 0:
            return None
        if not symmetric or _can_close(text, k, lo, hi):
            if not (symmetric and text[k] == "'" and k + 1 < hi and text[k + 1].isalpha()):
                return k + 1
        j = k + 1
    return None


def _has_word(text: str, start: int, end: int) -> bool:
    return any(ch.isalnum() for ch in text[start:end])
