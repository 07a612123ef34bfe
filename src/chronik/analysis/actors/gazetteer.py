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

from chronik.analysis.actors.ner_features import FIRST_NAME_CLASSES, word_table
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


def _case_fits(capitalized: bool, letters: list[str] | None, surface: str) -> bool:
    """Does a text word fit an alias's case (`_alias_case`)? A capitalized alias needs a
    capitalized word; a short all-caps one its exact letters, unless it has four letters
    and the word is written as a name ("Nato" for "NATO")."""
    if capitalized and not surface[:1].isupper():
        return False
    if letters is not None:
        s_letters = [c for c in surface if c.isalpha()]
        if len(letters) <= 3 or not (surface[:1].isupper() and surface[1:2].islower()):
            return s_letters[: len(letters)] == letters
    return True


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
        self.lang = lang
        self.name_suffixes = tuple(cues.get("name_suffixes") or ())
        self.adj_endings = tuple(sorted(cues.get("adjective_endings") or ("",), key=len, reverse=True))
        inflect = bool(cues.get("inflect_leading_adjectives"))
        table: dict[str, list[tuple[str, str, str]]] = {}
        for alias, eid, kind in aliases:
            alias = alias.strip()
            if len(alias) < 2:
                continue
            for form in self._adjective_forms(alias) if inflect else (alias,):
                key = normalize(form).rstrip()
                if len(key) < 3:
                    continue
                entry = (eid, kind, form)
                lst = table.setdefault(key, [])
                if entry not in lst:
                    lst.append(entry)
        self.automaton = ahocorasick.Automaton()
        name_ends = ("", *self.name_suffixes)
        for key, entries in table.items():
            # per reading, what a hit needs (computed here once, not per hit): the alias's
            # case rules (_alias_case) and the endings allowed after it
            # an abbreviation's own final dot ("U.S.", "N.Y.", "Calif.") belongs to the hit and
            # must be there ("Mass." is no "Mass"); the key, like the text, has it as a space
            checks = tuple((eid, kind, *_alias_case(alias),
                            self.adj_endings if kind == "adjective"
                            else (".",) if alias.endswith(".") else name_ends)
                           for eid, kind, alias in entries)
            self.automaton.add_word(key, (len(key), checks))
        if table:
            self.automaton.make_automaton()
        self.size = len(table)

    def _adjective_forms(self, alias: str) -> list[str]:
        """An alias in the forms inflection gives it inside (`inflect_leading_adjectives` in
        actors.yaml): opened by an adjective, in every ending (the KB lists "russisches
        Außenministerium", the text says "das russische Außenministerium", "im russischen
        Außenministerium"); a head noun before its attribute, with its genitive ending."""
        first, sep, rest = alias.partition(" ")
        if not sep:
            return [alias]
        if first[:1].isupper() and rest.split(" ", 1)[0].islower() and " " in rest:
            # a head noun before its attribute takes the genitive ending itself:
            # "Außenministerium in Washington" → "des Außenministeriums in Washington"
            return [alias] + [f"{first}{suf} {rest}" for suf in self.name_suffixes
                              if suf.isalpha()]
        if not first[:1].islower():
            return [alias]
        for ending in self.adj_endings:  # longest first
            if ending and first.endswith(ending) and len(first) > len(ending) + 3:
                stem = first[: -len(ending)]
                return [alias] + [f"{stem}{e} {rest}" for e in self.adj_endings
                                  if e and e != ending]
        return [alias]

    def _suffix_end(self, text: str, end: int, suffixes: tuple[str, ...]) -> int | None:
        """The end after an allowed suffix that reaches a word end, else None."""
        n = len(text)
        for suf in suffixes:
            e = end + len(suf)
            if text.startswith(suf, end) and (e >= n or not text[e].isalnum()):
                return e
        return None

    def _own_word(self, word: str, base: str) -> bool:
        """Is a name plus an ending a word of its own ("Hans" is no genitive of "Han")? Read
        from the language's token gazetteer: a first name is; a common noun is unless the
        name is a noun there too ("Kremls", "Chinas" are the genitives of nouns it lists)."""
        table = word_table(self.lang)
        classes = table.get(word.lower(), ())
        if not FIRST_NAME_CLASSES.isdisjoint(classes):
            return True
        return "NOUN" in classes and "NOUN" not in table.get(base.lower(), ())

    def scan(self, text: str, longest: bool = True) -> list[Hit]:
        """Leftmost-longest non-overlapping alias hits in `text` (every hit if not `longest`)."""
        if not self.size:
            return []
        norm = normalize(text)
        found: dict[tuple[int, int], list[tuple[str, str]]] = {}
        suffix_end = self._suffix_end
        for end, (klen, checks) in self.automaton.iter(norm):
            start = end - klen + 1
            if start > 1 and text[start - 1] in "'’" and text[start - 2].isalpha():
                continue  # inside a name: "D'Amato", "O'Brien" hold no "Amato", "Brien"
            surface = text[start:end]
            for eid, kind, capitalized, letters, endings in checks:
                if (capitalized or letters is not None) and not _case_fits(capitalized, letters, surface):
                    continue
                e = suffix_end(text, end, endings)
                if e is None or (e > end and kind != "adjective" and self._own_word(text[start:e], surface)):
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
