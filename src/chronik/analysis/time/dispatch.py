"""First-character dispatch: at a start offset, try only the rules that can begin with the
character found there (computed from each rule's parsed regex), in their original order."""

from __future__ import annotations

import re
from typing import Any

try:  # Python 3.11+: the regex parser the re module itself uses
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layouts
    _p = _c = None  # type: ignore[assignment]

_ANY = None  # "can start with any character"


def _first(items: Any) -> tuple[set[str] | None, bool]:
    """(possible first characters or None for any, whether the sequence can match empty)."""
    out: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            chars: set[str] = set()
            for iop, iav in av:
                if iop is _c.LITERAL:
                    chars.add(chr(iav))
                elif iop is _c.RANGE and iav[1] - iav[0] < 256:
                    chars.update(chr(x) for x in range(iav[0], iav[1] + 1))
                elif iop is _c.NEGATE:
                    return _ANY, False
                else:  # categories (\d, \s, \w) and wide ranges
                    return _ANY, False
            out |= chars
            return out, False
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width
        if op is _c.SUBPATTERN:
            sub, empty = _first(av[-1])
            if sub is _ANY:
                return _ANY, False
            out |= sub
            if not empty:
                return out, False
            continue
        if op is _c.BRANCH:
            any_empty = False
            for alt in av[1]:
                sub, empty = _first(alt)
                if sub is _ANY:
                    return _ANY, False
                out |= sub
                any_empty |= empty
            if not any_empty:
                return out, False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, _hi, sub_items = av
            sub, empty = _first(sub_items)
            if sub is _ANY:
                return _ANY, False
            out |= sub
            if lo > 0 and not empty:
                return out, False
            continue
        return _ANY, False
    return out, True


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, or None if it cannot tell."""
    if _p is None:
        return None
    try:
        chars, empty = _first(_p.parse(pattern, 0))
    except Exception:  # an unexpected construct: no dispatch for this rule
        return None
    if chars is None or empty:
        return None
    return frozenset(chars)


class Dispatcher:
    """Per first character, the compiled rules that can start with it, in priority order.

    Trying them one by one at a start offset gives what one big alternation would (the first
    rule that matches wins) without compiling or scanning rules that cannot apply there.
    `firsts` come from the rules before case-folding; both cases of each character are tried.
    """

    def __init__(self, compiled: list[re.Pattern[str]], firsts: list[frozenset[str] | None]) -> None:
        always = [i for i, f in enumerate(firsts) if f is None]
        by_char: dict[str, set[int]] = {}
        for i, f in enumerate(firsts):
            for ch in f or ():
                for variant in {ch, ch.lower(), ch.upper()}:
                    if len(variant) == 1:
                        by_char.setdefault(variant, set()).add(i)
        self._table = {ch: tuple(compiled[i] for i in sorted(idx | set(always)))
                       for ch, idx in by_char.items()}
        self._default = tuple(compiled[i] for i in always)

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        for rx in self._table.get(text[pos], self._default):
            m = rx.match(text, pos)
            if m is not None:
                return m
        return None
