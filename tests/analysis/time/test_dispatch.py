"""The rule dispatcher: the prefix filter never drops a rule that could match."""

from __future__ import annotations

import re

from chronik.analysis.time.dispatch import PREFIX, Dispatcher, first_chars, prefixes


def _rx(alt: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.\-])(?:{alt})(?!\w)")


def test_heads_of_literals_and_classes() -> None:
    assert PREFIX == 3
    heads = prefixes(_rx(r"[mM]ai|[mM]ärz"))
    assert heads == {"Mai", "mai", "Mär", "mär"}
    digits = prefixes(_rx(r"[0-9]{1,2}\. [mM]ai"))
    assert digits is not None
    assert "7. " in digits and "12." in digits and "7.M" not in digits


def test_optional_parts_and_short_matches() -> None:
    assert prefixes(_rx(r"a(?:m )?b")) == {"am ", "ab"}  # "ab": a match may end there
    assert prefixes(_rx(r"[mM]o\.?")) == {"Mo", "mo", "Mo.", "mo."}


def test_categories_and_other_cases_leave_the_rest_open() -> None:
    assert prefixes(_rx(r"\d+ Tage")) == {""}  # a category: anything from there
    assert prefixes(_rx(r"x\s+y")) == {"x"}
    assert prefixes(_rx(r"x(?i:yz)")) is None  # a case-insensitive part: no filter
    assert prefixes(re.compile(r"ab", re.IGNORECASE)) is None


def test_dispatcher_gives_the_first_matching_rule() -> None:
    alts = [r"[mM]ontag", r"[mM]orgen", r"[mM]o\.?", r"[0-9]{1,2}\. [mM]ai", r"[0-9]+\s+[tT]age"]
    rules = [_rx(a) for a in alts]
    d = Dispatcher(rules, [first_chars(a) for a in alts])
    text = "Am Morgen, am Mo. und am 3. Mai; Moment, seit 12 Tagen, 4 Tage. Mo"
    found = [m.group() for p in range(len(text)) if (m := d.match(text, p)) is not None]
    naive = []
    for p in range(len(text)):
        for rx in rules:
            m = rx.match(text, p)
            if m is not None:
                naive.append(m.group())
                break
    assert found == naive == ["Morgen", "Mo.", "3. Mai", "4 Tage", "Mo"]
