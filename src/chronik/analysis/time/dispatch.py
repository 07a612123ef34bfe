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
        # prefix filter: per rule, the first PREFIX characters a match can start with (None:
        # cannot tell), read from the compiled pattern, where case variants are spelled out;
        # parsed on a rule's first use (one entry per rule)
        self._prefixes: dict[re.Pattern[str], frozenset[str] | None] = {}
        self._by_key: dict[str, tuple[re.Pattern[str], ...]] = {}

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        key = text[pos:pos + PREFIX]
        if len(key) == PREFIX:
            rules = self._by_key.get(key)
            if rules is None:
                rules = self._key_rules(key)
        else:  # near the end of the text
            rules = self._table.get(key[0], self._default)
        for rx in rules:
            m = rx.match(text, pos)
            if m is not None:
                return m
        return None

    def _key_rules(self, key: str) -> tuple[re.Pattern[str], ...]:
        """The rules at the key's first character whose matches can start with the key, in order."""
        out = []
        for rx in self._table.get(key[0], self._default):
            if rx in self._prefixes:
                heads = self._prefixes[rx]
            else:
                heads = self._prefixes[rx] = prefixes(rx)
            # a head shorter than PREFIX: the match may end there, anything may follow
            if heads is None or key in heads or any(key.startswith(h) for h in heads if len(h) < PREFIX):
                out.append(rx)
        if len(self._by_key) >= _KEYS_MAX:  # bounded on any text
            self._by_key.clear()
        rules = self._by_key[key] = tuple(out)
        return rules


PREFIX = 3  # characters looked at before trying rules
_KEYS_MAX = 20_000
_HEADS_MAX = 1_000  # more possible heads than that: fewer characters (bounded memory)


def prefixes(rx: re.Pattern[str]) -> frozenset[str] | None:
    """For a compiled (case-sensitive) pattern, the strings of PREFIX characters its matches can
    start with, plus shorter ones where a match may end sooner; None when that cannot be told
    (too many heads, too deep); a head ends early where a category (\\s) or another
    construct comes, as it does at the end of a match. An over-estimate: a rule left out by it
    cannot match there."""
    if _p is None or rx.flags & re.IGNORECASE or _INLINE_I.search(rx.pattern):
        return None
    try:
        items = list(_p.parse(rx.pattern, rx.flags))
    except Exception:  # an unexpected construct: no filter for this rule
        return None
    for k in range(PREFIX, 1, -1):  # fewer characters where too many heads (or too deep)
        heads = _heads(items, k, 0, [_BUDGET])
        if heads is not None:
            return frozenset(heads)  # shorter than PREFIX: any continuation
    return None


_INLINE_I = re.compile(r"\(\?[aiLmsux-]*i")  # an inline case-insensitive flag anywhere
_MAX_DEPTH = 40
_BUDGET = 20_000  # calls per pattern: a nest of optional branches gives up, not blows up


def _heads(items: list[Any], k: int, depth: int, budget: list[int]) -> set[str] | None:
    """The strings of up to k characters a match of `items` can start with ("" at its end)."""
    budget[0] -= 1
    if depth > _MAX_DEPTH or budget[0] < 0:
        return None
    if k == 0:
        return {""}
    for n, (op, av) in enumerate(items):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero-width
        rest = items[n + 1:]
        if op is _c.LITERAL or op is _c.IN:
            firsts, _ = _first([(op, av)])
            if firsts is None:  # a category (\\s, \\d): any character from here on
                return {""}
            tails = _heads(rest, k - 1, depth + 1, budget)
            if tails is None or len(firsts) * len(tails) > _HEADS_MAX:
                return None
            return {ch + t for ch in firsts for t in tails}
        if op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return {""}
            return _heads(list(av[-1]) + rest, k, depth + 1, budget)
        if op is _c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                sub = _heads(list(alt) + rest, k, depth + 1, budget)
                if sub is None:
                    return None
                out |= sub
                if len(out) > _HEADS_MAX:
                    return None
            return out
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub_items = av
            if hi == 0:
                return _heads(rest, k, depth + 1, budget)
            more = [(op, (max(lo - 1, 0), hi if hi >= _c.MAXREPEAT else hi - 1, sub_items))]
            once = _heads(list(sub_items) + more + rest, k, depth + 1, budget)
            if lo > 0 or once is None:
                return once
            skip = _heads(rest, k, depth + 1, budget)
            if skip is None:
                return None
            return once | skip
        return {""}  # another construct: any character from here on
    return {""}  # the match may end here: anything may follow
