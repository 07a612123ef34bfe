"""Guessing subjunctive verb forms the lexicon's closed list lacks.

Reported speech in German runs on Konjunktiv I, and the `subjunctive` list holds only the
frequent forms ("sei", "habe", "könne"). Most other verbs form it regularly (stem + "-e":
"gehöre", "verlange", "unterstütze"), a form that outside quotations is rarely anything else once
adjectives, past tense and first-person uses are ruled out by their context; the rules for
that are language data (`subjunctive_guess` in quote_cues.yaml). One regex pass per text finds
the candidates; only those are looked at.
"""

from __future__ import annotations

import functools
import re

from chronik.analysis.quotes.lexicon import Lexicon

_PUNCT = ",.;:!?"


@functools.cache
def _pattern(letters: str, ending: str) -> re.Pattern[str]:
    # lower-case words only (`letters`: a noun is capitalized); a hyphen after the word
    # ("Baden-…") is checked after the match: a look-around for it made the scan slow
    return re.compile(r"(?<!\S)[" + letters + r"]{2,}" + re.escape(ending) + r"\b")


_CLOSED: dict[str, frozenset[str]] = {}


def _closed(lex: Lexicon) -> frozenset[str]:
    """The words never guessed (closed classes, known moods), per language."""
    got = _CLOSED.get(lex.lang)
    if got is None:
        got = (lex.determiners | lex.prepositions | lex.adverbs | lex.conjunctions
               | frozenset(lex.pronouns) | lex.conditional | lex.subjunctive | lex.guess_not_words)
        _CLOSED[lex.lang] = got
    return got


def guess_subjunctive(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """(offset, word) of each likely subjunctive form in `text` that `lex.subjunctive` lacks."""
    if not lex.guess_ending or not lex.guess_letters:
        return []
    closed = _closed(lex)
    out = []
    for m in _pattern(lex.guess_letters, lex.guess_ending).finditer(text):
        w = m.group()
        if w in closed or (w.endswith(lex.guess_not_endings) and w not in lex.guess_forms
                           and not w.endswith(lex.guess_verb_endings)):
            continue
        a, b = m.span()
        if text[b:b + 1] == "-":
            continue
        before = text[max(0, a - 40):a].split()
        prev = before[-1].strip(_PUNCT + "„“»«\"'()").lower() if before else ""
        if prev in lex.determiners or prev in lex.prepositions or prev == lex.infinitive_marker \
                or prev in lex.first_person:  # "die neue", "für neue", "zu spät", "ich glaube"
            continue
        if text[b:b + 1] in _PUNCT:
            out.append((a, w))
            continue
        after = text[b:b + 80].split()
        nxt = after[0] if after else ""
        if nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in lex.first_person:
            continue  # "die neue Regel", "denke ich"
        if len(after) > 1 and nxt.isalpha() and nxt.islower() and nxt not in closed \
                and nxt.endswith(lex.guess_adjective_endings) and after[1][:1].isupper():
            continue  # "neue gesetzliche Regeln"
        out.append((a, w))
    return out
