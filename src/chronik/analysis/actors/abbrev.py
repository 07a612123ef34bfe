"""Abbreviations a text defines: "Long Name (ABBR)" names one entity twice.

Why: the gazetteer and the name tagger see the long name and its abbreviation apart (or only
part of the long name: a KB name at its start, a tagged name without its first word), so
"the Free Farmers League (FFL) … the FFL" gave two entities, or three. The long name is the
shortest run of words before the parenthesis whose initials spell the abbreviation: each
capitalized word gives one letter or more (a compound: "Bundeskriminalamt (BKA)"), a
lower-case word its initial or nothing ("Alternative für Deutschland (AfD)"). Language-free:
only capitalization and the letters are read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import dataclass

# "(ABBR)": a capital, then letters, at least two capitals in all (checked below)
_PAREN = re.compile(r"\((?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöü&]{1,9})\)")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# what ends the stretch before the parenthesis a long name may come from
_BREAK = re.compile(r"[,;:!?()\[\]\"„“”«»]|\.\s|\s[-–—]\s")
_MAX_WORDS = 10
_CLOSING = "\"'“”»«’"


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """text[start:end] is the long name, text[abbr_start:abbr_end] its abbreviation."""

    start: int
    end: int
    abbr_start: int
    abbr_end: int

    def abbr(self, text: str) -> str:
        return text[self.abbr_start:self.abbr_end]


def _spells(words: tuple[str, ...], letters: str, compounds: bool = True) -> bool:
    """Do the words, in order, spell `letters` (lower-case) by the rules above? Without
    `compounds` (where only names are capitalized, as in English) a word gives one letter:
    "Federation" alone is no "(FAI)"."""

    @functools.cache
    def can(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w = words[i].lower()
        if not words[i][:1].isupper():  # a function word: its initial or nothing
            return can(i + 1, j) or (j < len(letters) and w[0] == letters[j] and can(i + 1, j + 1))
        if j == len(letters) or w[0] != letters[j]:
            return False
        # the initial, then further letters found in order inside the word (a compound)
        k, pos = j + 1, 1
        if can(i + 1, k):
            return True
        while compounds and k < len(letters):
            pos = w.find(letters[k], pos) + 1
            if not pos:
                return False
            k += 1
            if can(i + 1, k):
                return True
        return False

    return can(0, 0)


def find_abbreviations(text: str, not_names: Container[str] = (),
                       compounds: bool = True) -> list[Abbreviation]:
    """Every "Long Name (ABBR)" of the text, long name found by its initials (`compounds`:
    see `_spells`)."""
    out: list[Abbreviation] = []
    if "(" not in text:
        return out
    for m in _PAREN.finditer(text):
        abbr = m.group("abbr")
        if sum(c.isupper() for c in abbr) < 2 or not text[m.start() - 1:m.start()].isspace():
            continue
        end = m.start() - 1
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end > 0 and text[end - 1] in _CLOSING:  # „Nuclear Security Summit“ (NSS)
            end -= 1
        lo = max(0, end - 200)
        breaks = [b.end() for b in _BREAK.finditer(text, lo, end)]
        lo = breaks[-1] if breaks else lo
        spans = [(w.start(), w.end()) for w in _WORD.finditer(text, lo, end)][-_MAX_WORDS:]
        if not spans or spans[-1][1] != end:
            continue
        words = tuple(text[s:e] for s, e in spans)
        letters = "".join(c for c in abbr if c.isalpha()).lower()
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if not w[:1].isupper() or w in not_names or w[0].lower() != letters[0]:
                continue
            if _spells(words[i:], letters, compounds):
                out.append(Abbreviation(spans[i][0], end, m.start("abbr"), m.end("abbr")))
                break
    return out


def occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Where `surface` stands as a word of its own (a hyphen may follow: "NFD-Chef")."""
    rx = re.compile(r"(?<![\w-])" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in rx.finditer(text)]
