"""Modality of an event from cue words (resources/<lang>/modality_cues.yaml) and from the
attributions the quotes stage found: asserted, reported, future, hypothetical, speculative,
negated. Each decision names the cue that fired."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from chronik.resources import has_resource, load_yaml

PRIORITY = ("negated", "hypothetical", "speculative", "future", "reported")


@dataclass(frozen=True)
class Cues:
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    governing: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    except_: tuple[tuple[str, ...], ...] = ()
    future_aux: frozenset[str] = frozenset()
    reported: dict[str, Any] = field(default_factory=dict)
    # adjectives right before a noun trigger: "a possible trip", "the planned summit"
    attributive: dict[str, frozenset[str]] = field(default_factory=dict)


def _seqs(items: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(x).lower().split()) for x in items or ())


@functools.cache
def load_cues(lang: str) -> Cues:
    if not has_resource(lang, "modality_cues.yaml"):
        return Cues()
    data = load_yaml(lang, "modality_cues.yaml") or {}
    words, phrases, gov = {}, {}, {}
    for mod in PRIORITY:
        spec = data.get(mod) or {}
        words[mod] = frozenset(str(w).lower() for w in spec.get("words") or ())
        phrases[mod] = _seqs(spec.get("phrases"))
        gov[mod] = _seqs(spec.get("governing"))
    # nouns that make an event noun a subject of talks, not an occurrence ("war Thema")
    words["topic"] = frozenset(str(w).lower() for w in data.get("topic") or ())
    rep = data.get("reported") or {}
    attributive = {mod: frozenset(str(w).lower() for w in (data.get(mod) or {}).get("attributive") or ())
                   for mod in PRIORITY}
    return Cues(words, phrases, gov, _seqs((data.get("negated") or {}).get("except")),
                frozenset(str(w).lower() for w in (data.get("future") or {}).get("aux") or ()),
                {k: ([str(x).lower() for x in v] if isinstance(v, list) else v)
                 for k, v in rep.items()}, attributive)


def noun_modality(cues: Cues, before: list[str]) -> tuple[str, str] | None:
    """The modality an adjective before a noun trigger gives it ("a possible visit" is
    speculative, "the planned summit" future): the words between the article and the noun."""
    for mod in PRIORITY:
        w = next((w for w in before if w in cues.attributive.get(mod, ())), None)
        if w:
            return mod, w
    return None


GAP = "…"  # in a phrase: any words between ("soll … haben")


def _has_seq(words: list[str], seq: tuple[str, ...]) -> bool:
    if GAP in seq:  # ordered parts with gaps: "soll X bedroht haben"
        at = 0
        for part in " ".join(seq).split(GAP):
            chunk = part.split()
            n = len(chunk)
            at = next((i + n for i in range(at, len(words) - n + 1) if words[i:i + n] == chunk), -1)
            if at < 0:
                return False
        return True
    n = len(seq)
    if n == 1 or seq[0] not in words:  # the C-level membership test rules most out at once
        return seq[0] in words
    return any(words[i:i + n] == list(seq) for i in range(len(words) - n + 1))


def _all_words(words: list[str], seq: tuple[str, ...]) -> bool:
    return all(w in words for w in seq)


def clause_modality(cues: Cues, clause: list[str], governing: list[str], *,
                    infinitive: bool) -> tuple[str, str | None]:
    """(modality, cue) from the event's clause and its governing clause (lower-case words)."""
    found: dict[str, str] = {}
    cleaned = clause
    for seq in cues.except_:
        if _has_seq(clause, seq):
            cleaned = [w for w in clause if w not in seq]
    for mod in PRIORITY[:-1]:
        if mod == "future":
            if infinitive:
                aux = next((w for w in cleaned if w in cues.future_aux), None)
                if aux:
                    found[mod] = aux
            w = next((w for w in cleaned if w in cues.words.get(mod, ())), None)
            if w and mod not in found:
                found[mod] = w
        else:
            w = next((w for w in cleaned if w in cues.words.get(mod, ())), None)
            if w:
                found[mod] = w
        if mod not in found:
            p = next((p for p in cues.phrases.get(mod, ()) if _has_seq(cleaned, p)), None)
            if p:
                found[mod] = " ".join(p)
        if mod not in found and governing:
            g = next((g for g in cues.governing.get(mod, ()) if _all_words(governing, g)), None)
            if g:
                found[mod] = " ".join(g)
    for mod in PRIORITY[:-1]:
        if mod in found:
            return mod, found[mod]
    return "asserted", None
