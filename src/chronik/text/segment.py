"""Sentence and token segmentation with character offsets.

Fast and rule-based: a sentence ends at . ! ? (optionally followed by closing quotes or
brackets) before whitespace and an upper-case letter, digit or opening quote, unless the
word before the stop is a known abbreviation (per-language `abbreviations.yaml`) or an
ordinal ("5. Juni"). Line breaks that separate paragraphs or headlines always end a sentence.
"""

from __future__ import annotations

import functools
import re

from chronik.model import Span
from chronik.resources import has_resource, load_yaml

_TOKEN = re.compile(r"\w+(?:[-'’.:]\w+)*|[^\w\s]", re.UNICODE)
# (the lookahead's second branch: a stop with no space after it between a lower-case word and a
# capitalized one, "… die Fähre sank.Die Küstenwache …", a typo that still ends the sentence)
_CANDIDATE = re.compile(r"[.!?…]+[\"'“”»«‘’)\]]*(?=\s+[\"'„“»«‘(\[]?[\w]"
                        r"|(?<=[a-zäöüß]{3}[.!?])[A-ZÄÖÜ][a-zäöüß]{2})")
_PARA = re.compile(r"\n\s*\n|\n(?=\s*\S)")
_WORD_BEFORE = re.compile(r"(\S+)$")
_ROMAN = re.compile(r"[IVXLC]{2,7}")
_NEXT_WORD = re.compile(r"\s*(\w)")
_NEXT_TOKEN = re.compile(r"\s*(\w+)")
_NUMERIC_DAY = re.compile(r"\d{1,2}\.\d{1,2}")


def _next_is_lower(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos + 1, pos + 40)
    return bool(m) and m.group(1).islower()
MAX_SENTENCE_CHARS = 2000  # very long "sentences" (tables, no punctuation) are cut here


@functools.cache
def _abbreviation_file(code: str | None) -> dict:
    """A language's abbreviations.yaml, read once ({} when it has none)."""
    if code and has_resource(code, "abbreviations.yaml"):
        return load_yaml(code, "abbreviations.yaml") or {}
    return {}


@functools.cache
def _abbreviations(lang: str | None) -> frozenset[str]:
    out: set[str] = set()
    for code in {lang or "", "common"}:
        out.update(a.lower().rstrip(".") for a in _abbreviation_file(code).get("abbreviations", ()))
    return frozenset(out)


@functools.cache
def _final_abbreviations(lang: str | None) -> frozenset[str]:
    """Abbreviations that also end sentences ("Acme Inc. meldet …" goes on, "… der Firma
    Acme Inc. Später …" does not): `final_abbreviations` in abbreviations.yaml; their
    stop ends the sentence unless a lower-case word follows."""
    return frozenset(str(a).lower().rstrip(".")
                     for a in _abbreviation_file(lang).get("final_abbreviations", ()))


@functools.cache
def _ordinal_dot(lang: str | None) -> bool:
    """Does the language write ordinals with a dot ("5. Juni")? `ordinal_dot` in its
    abbreviations.yaml; languages without the key are read as if they did (the careful side:
    no cut inside "am 5. Juni")."""
    return bool(_abbreviation_file(lang).get("ordinal_dot", True))


@functools.cache
def _sentence_openers(lang: str | None) -> frozenset[str]:
    """Words no ordinal precedes ("Modell 3. Ein Sprecher …": the dot ends a sentence):
    `sentence_openers` in the language's abbreviations.yaml."""
    return frozenset(str(w) for w in _abbreviation_file(lang).get("sentence_openers", ()))


def _is_boundary(text: str, pos: int, abbrevs: frozenset[str], ordinal_dot: bool = True,
                 openers: frozenset[str] = frozenset(), finals: frozenset[str] = frozenset()) -> bool:
    """`pos` is the index of the stop character; decide if it ends a sentence."""
    if text[pos] != ".":
        return True
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    word = m.group(1) if m else ""
    word = word.lstrip("\"'„“(»«[")
    if not word:
        return True
    if pos + 1 < len(text) and text[pos + 1].isalpha():  # no space: "… wurden.Das Schiff …"
        m = _NEXT_TOKEN.match(text, pos + 1, pos + 60)
        after = text[m.end():m.end() + 2] if m else ""
        return word.isalpha() and word.lower() not in abbrevs \
            and not (after[:1] == "." and after[1:].isalpha())  # not "www.Example.com"
    if word.isdigit() and len(word) <= 2 and ordinal_dot:
        # "am 5. Juni", "der 2. Weltkrieg": an ordinal, unless a capitalized sentence start
        # follows that is not a month/noun — we cannot tell, so be conservative: not a boundary
        m = _NEXT_TOKEN.match(text, pos + 1, pos + 40)
        if m and m.group(1) in openers:
            return True
        nxt = text[pos + 1:pos + 3].strip()
        return not nxt[:1].isalpha() and not nxt[:1].isdigit()
    lw = word.lower()
    if lw in finals:  # "GmbH & Co. KG", "Co. B.V.": a legal form goes on in capitals
        m = _NEXT_TOKEN.match(text, pos + 1, pos + 40)
        return not _next_is_lower(text, pos) and not (m and m.group(1).isupper() and len(m.group(1)) <= 4)
    if lw in abbrevs:
        return False
    if _ROMAN.fullmatch(word) and _next_is_lower(text, pos):
        # a regnal or ordinal numeral inside a name ("Benedikt XVI. am Samstag", "Henry VIII. and")
        return False
    if _NUMERIC_DAY.fullmatch(word) and _next_is_lower(text, pos):
        return False  # "am 23.06. dann", "bis 5.6. in Berlin": a numeric date's closing dot
    if len(word) == 1 and word.isalpha():  # initials: "G. Bush"
        return False
    if re.fullmatch(r"(?:\w\.)+\w", word):  # "z.B", "U.S"
        # "… based in Raleigh, N.C. The deal …": an upper-case initialism before a word that
        # opens sentences (`sentence_openers`) ends the sentence
        m = _NEXT_TOKEN.match(text, pos + 1, pos + 40) if word.isupper() else None
        return bool(m) and m.group(1) in openers
    return True


def sentences(text: str, lang: str | None = None) -> tuple[Span, ...]:
    """Split `text` into sentence spans (stripped of surrounding whitespace)."""
    abbrevs = _abbreviations(lang)
    ordinal = _ordinal_dot(lang)
    openers = _sentence_openers(lang)
    finals = _final_abbreviations(lang)
    out: list[Span] = []

    def emit(start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        while end - start > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start, start + MAX_SENTENCE_CHARS)
            if cut <= start:
                cut = start + MAX_SENTENCE_CHARS
            out.append(Span.of(text, start, cut))
            start = cut
            while start < end and text[start].isspace():
                start += 1
        if end > start:
            out.append(Span.of(text, start, end))

    para_start = 0
    for pm in list(_PARA.finditer(text)) + [None]:
        para_end = pm.start() if pm else len(text)
        s = para_start
        for cm in _CANDIDATE.finditer(text, para_start, para_end):
            if _is_boundary(text, cm.start(), abbrevs, ordinal, openers, finals):
                emit(s, cm.end())
                s = cm.end()
        emit(s, para_end)
        if pm is None:
            break
        para_start = pm.end()
    return tuple(out)


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word and punctuation tokens of text[start:end], with offsets into `text`."""
    return [Span(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end if end is not None else len(text))]
