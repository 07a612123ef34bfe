"""KB alias gazetteer: one Aho-Corasick pass finds every alias at a word start.

Why this shape: the text is lower-cased and every non-word character becomes a space (length
kept, so offsets stay the text's), with one leading space; every key is " " + the alias
normalized the same way. A hit therefore always starts at a word boundary, and a single C
pass (pyahocorasick) replaces per-token lookups. What follows a hit decides whether it is a
word end: German genitive "s" after names ("Nordkoreas"), adjective endings after state
adjective stems ("nordkoreanisch" + "er"), both listed per language in `actors.yaml`.
Case: a capitalized alias needs a capitalized text word; short all-caps aliases ("AP", "US")
need the exact spelling.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from chronik.resources import has_resource, load_yaml

# non-word characters but the space, which would only be replaced by itself (a third faster)
_NON_WORD = re.compile(r"[^\w ]|_")


@functools.cache
def lang_cues(lang: str) -> dict:
    """The per-language `actors.yaml` (German cues when the language has none)."""
    code = lang if has_resource(lang, "actors.yaml") else "de"
    return load_yaml(code, "actors.yaml") or {}


def normalize(text: str) -> str:
    """Lower-cased, non-word characters as spaces, one leading space; same length + 1."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two characters: keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return " " + _NON_WORD.sub(" ", low)


@functools.lru_cache(maxsize=1 << 16)
def _alias_case(alias: str) -> tuple[bool, list[str] | None]:
    """Whether an alias is capitalized, and the letters of a short all-caps one ("AP", "US";
    else None): computed once per alias, not per hit."""
    letters = [c for c in alias if c.isalpha()]
    short_caps = bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 4
    return alias[:1].isupper(), letters if short_caps else None


@dataclass(frozen=True, slots=True)
class Hit:
    """An alias occurrence: text[start:end] (suffix included), its KB readings."""

    start: int
    end: int
    readings: tuple[tuple[str, str], ...]  # (entity id, kind)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(k for _, k in self.readings)


class Gazetteer:
    """The automaton over one KB's aliases in one language."""

    def __init__(self, aliases: Iterable[tuple[str, str, str]], lang: str) -> None:
        cues = lang_cues(lang)
        self.name_suffixes = tuple(cues.get("name_suffixes") or ())
        self.adj_endings = tuple(sorted(cues.get("adjective_endings") or ("",), key=len, reverse=True))
        table: dict[str, list[tuple[str, str, str]]] = {}
        for alias, eid, kind in aliases:
            alias = alias.strip()
            if len(alias) < 2:
                continue
            key = normalize(alias).rstrip()
            if len(key) < 3:
                continue
            entry = (eid, kind, alias)
            lst = table.setdefault(key, [])
            if entry not in lst:
                lst.append(entry)
        self.automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        if table:
            self.automaton.make_automaton()
        self.size = len(table)

    def _suffix_end(self, text: str, end: int, suffixes: tuple[str, ...]) -> int | None:
        """The end after an allowed suffix that reaches a word end, else None."""
        n = len(text)
        for suf in suffixes:
            e = end + len(suf)
            if text.startswith(suf, end) and (e >= n or not text[e].isalnum()):
                return e
        return None

    @staticmethod
    def _case_ok(alias: str, surface: str) -> bool:
        capitalized, letters = _alias_case(alias)
        if capitalized and not surface[:1].isupper():
            return False
        if letters is not None:
            s_letters = [c for c in surface if c.isalpha()]
            if len(letters) <= 3 or not (surface[:1].isupper() and surface[1:2].islower()):
                return s_letters[: len(letters)] == letters
        return True

    def scan(self, text: str, longest: bool = True) -> list[Hit]:
        """Leftmost-longest non-overlapping alias hits in `text` (every hit if not `longest`)."""
        if not self.size:
            return []
        norm = normalize(text)
        found: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for end_idx, (klen, entries) in self.automaton.iter(norm):
            start = end_idx - klen + 1
            end = end_idx
            surface = text[start:end]
            for eid, kind, alias in entries:
                if not self._case_ok(alias, surface):
                    continue
                if kind == "adjective":
                    e = self._suffix_end(text, end, self.adj_endings)
                else:
                    e = self._suffix_end(text, end, ("", *self.name_suffixes))
                if e is None:
                    continue
                lst = found.setdefault((start, e), [])
                if (eid, kind) not in lst:
                    lst.append((eid, kind))
        out: list[Hit] = []
        last_end = -1
        for (start, end) in sorted(found, key=lambda se: (se[0], -se[1])):
            if start < last_end and longest:
                continue
            out.append(Hit(start, end, tuple(found[(start, end)])))
            last_end = end
        return out


_CACHE: dict[tuple[int, str], tuple[object, Gazetteer]] = {}


def gazetteer_for(kb, lang: str) -> Gazetteer:
    """The gazetteer of `kb` in `lang`, built once per KB object and language."""
    key = (id(kb), lang)
    hit = _CACHE.get(key)
    if hit is None or hit[0] is not kb:
        gz = Gazetteer(kb.aliases(lang), lang)
        _CACHE[key] = (kb, gz)
        return gz
    return hit[1]
