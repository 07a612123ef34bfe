"""Speakers and sources as entities: link a speaker's text span to an entity.

A span naming an entity the actors stage found links to it (persons and organizations before
places: "die russische Nachrichtenagentur Tass" is Tass, not Russia). A personal pronoun or a
definite role noun ("er", "der Minister") is resolved to the last person mentioned before it,
"beide Seiten" to the more often mentioned of the last two. A speaker that names no known entity
("die russische Botschaft", "Expert:innen") becomes a new entity, numbered after the highest
existing id; existing entities are never renumbered.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from chronik.analysis.quotes.lexicon import Lexicon
from chronik.model import Analysis, Entity, Span

_EID = re.compile(r"e(\d+)$")
_RANK = {"PER": 0, "ORG": 0, "MISC": 1, "GPE": 2, "LOC": 3}
_WORD = re.compile(r"\w+(?:[-:*_]\w+)*")

try:  # optional helpers of other stages; absent until they land
    from chronik.kb.names import name_key as _name_key
except ImportError:  # pragma: no cover - depends on the actors/kb stage
    _name_key = None


class SpeakerLinker:
    """Links speaker spans of one article; collects the new entities it had to create."""

    def __init__(self, analysis: Analysis, lex: Lexicon) -> None:
        self.text = analysis.article.text
        self.lex = lex
        self.entities: list[Entity] = list(analysis.entities)
        self.by_id = {e.id: e for e in self.entities}
        self.mentions = sorted((m.start, m.end, e.id) for e in self.entities for m in e.mentions)
        # starts, and the running maximum of the ends: where the mentions before or around
        # a position begin, by bisection (a long article has thousands of mentions)
        self._starts = [m[0] for m in self.mentions]
        self._max_ends = list(itertools.accumulate((m[1] for m in self.mentions), max))
        nums = [int(m.group(1)) for e in self.entities if (m := _EID.match(e.id))]
        self.next_num = max(nums, default=0) + 1
        self.new: dict[str, str] = {}  # name key -> id of an entity created here
        self.added: list[str] = []
        self.history: list[tuple[int, str | None, str]] = []  # (start, entity id, text)
        # nouns of source phrases ("Angaben", "Ansicht"): their owner is who speaks
        self._source_nouns = frozenset(n for ns in lex.prep_cue_nouns.values() for n in ns)

    # --- public -------------------------------------------------------------------------
    def link(self, start: int, end: int) -> tuple[str | None, str]:
        """(entity id or None, the text naming the speaker) for the span text[start:end]."""
        surface = self.text[start:end]
        words = [w.lower() for w in _WORD.findall(surface)]
        lex = self.lex
        if len(words) == 1 and words[0] in lex.pronouns:
            want = lex.pronouns[words[0]]
            if want == "NONE":
                return None, surface
            return self._antecedent(start, ("PER",) if want == "PER" else ("PER", "ORG"), surface)
        if len(words) == 1 and words[0] in lex.source_adverbs:  # "Demnach": the last source
            return self._antecedent(start, ("ORG", "PER"), surface)
        if tuple(words) in lex.plural_pronouns:
            return self._pair(start, surface)
        owner = self._source_owner(start, end)
        if owner is not None:  # "Angaben des Kremls": the Kremlin says so, not its "Angaben"
            start, end = owner
            surface = self.text[start:end]
            words = [w.lower() for w in _WORD.findall(surface)]
        eid = self._overlapping(start, end)
        if eid is not None:
            self._remember(start, eid, self.by_id[eid].name)
            return eid, self.by_id[eid].name
        if self._is_role_only(surface, words):
            eid, name = self._antecedent(start, ("PER",), None)
            if eid is not None:
                return eid, name
        return self._create(start, end, surface, words)

    def _source_owner(self, start: int, end: int) -> tuple[int, int] | None:
        """The owner in a source phrase the gold marks whole ("Angaben des ukrainischen
        Generalstabs", "Ansicht von Experten"): the span after the source noun and its genitive
        article or "von", which names who speaks."""
        toks = list(_WORD.finditer(self.text, start, end))
        if len(toks) < 3:
            return None
        first, second = toks[0].group().lower(), toks[1].group().lower()
        if first not in self._source_nouns or second not in self.lex.genitive_determiners | {"von", "vom"}:
            return None
        return toks[2].start(), end

    def new_entities(self) -> list[Entity]:
        return [self.by_id[i] for i in self.added]

    def all_entities(self) -> tuple[Entity, ...]:
        return tuple(self.entities)

    # --- resolution ---------------------------------------------------------------------
    def _remember(self, start: int, eid: str | None, text: str) -> None:
        self.history.append((start, eid, text))

    def _overlapping(self, start: int, end: int) -> str | None:
        """The entity the span names: persons and organizations first; a place only when
        it is most of the span ("Russland erklärte", not "die russische Botschaft")."""
        best, best_key = None, None
        mentions = self.mentions
        for i in range(bisect_right(self._max_ends, start), len(mentions)):
            ms, me, eid = mentions[i]
            if ms >= end:
                break
            if me > start:
                if self.by_id[eid].type in ("GPE", "LOC") and \
                        (min(me, end) - max(ms, start)) < 0.6 * self._core_len(start, end):
                    continue
                key = (_RANK.get(self.by_id[eid].type, 4), -ms)
                if best_key is None or key < best_key:
                    best, best_key = eid, key
        return best

    def _core_len(self, start: int, end: int) -> int:
        """Length of the span without a leading determiner."""
        words = self.text[start:end].split()
        while words and words[0].lower() in self.lex.determiners:
            words = words[1:]
        return max(1, len(" ".join(words)))

    def _last_mentions(self, before: int, types: tuple[str, ...], limit: int) -> list[str]:
        """The first `limit` entity ids of the given types, most recently mentioned (before
        `before`) first."""
        seen: list[str] = []
        for i in range(bisect_left(self._starts, before) - 1, -1, -1):
            eid = self.mentions[i][2]
            if self.by_id[eid].type in types and eid not in seen:
                seen.append(eid)
                if len(seen) >= limit:
                    break
        return seen

    def _antecedent(self, start: int, types: tuple[str, ...], surface: str | None
                    ) -> tuple[str | None, str]:
        cands = self._last_mentions(start, types, 1)
        if cands:
            return cands[0], self.by_id[cands[0]].name
        for _s, eid, text in reversed(self.history):
            if _s < start:
                return eid, text
        return None, surface or ""

    def _pair(self, start: int, surface: str) -> tuple[str | None, str]:
        cands = self._last_mentions(start, ("PER",), 2) or self._last_mentions(start, ("ORG",), 2)
        if cands:
            eid = max(cands, key=lambda i: len(self.by_id[i].mentions))
            return eid, self.by_id[eid].name
        return self._antecedent(start, ("PER",), surface)

    def _is_role_only(self, surface: str, words: list[str]) -> bool:
        """"der Minister", "die Sprecherin": a determiner, adjectives and a person noun."""
        if not words or words[0] not in self.lex.determiners or len(words) > 4:
            return False
        return self.lex.role_nouns.get(words[-1]) == "PER"

    def _create(self, start: int, end: int, surface: str, words: list[str]
                ) -> tuple[str | None, str]:
        lex = self.lex
        toks = surface.split()
        while toks and toks[0].lower() in lex.determiners:
            toks = toks[1:]
        name = " ".join(toks).strip(" ,;:")
        if not name:
            return None, surface
        key = _name_key(name) if _name_key else name.lower()
        etype = next((lex.role_nouns[w] for w in reversed(words) if w in lex.role_nouns), None)
        if etype is None:
            caps = [w for w in toks if w[:1].isupper()]
            etype = "PER" if len(caps) >= 2 and len(caps) == len(toks) else "MISC"
        span = Span.of(self.text, start, end)
        if key in self.new:
            eid = self.new[key]
            old = self.by_id[eid]
            upd = Entity(old.id, old.name, old.type, (*old.mentions, span), old.country,
                         old.kb, old.role, old.key)
            self.by_id[eid] = upd
            self.entities[self.entities.index(old)] = upd
        else:
            eid = f"e{self.next_num}"
            self.next_num += 1
            ent = Entity(eid, name, etype, (span,), self._country(start, end), None, None, key)
            self.entities.append(ent)
            self.by_id[eid] = ent
            self.new[key] = eid
            self.added.append(eid)
        self._remember(start, eid, name)
        return eid, name

    def _country(self, start: int, end: int) -> str | None:
        """The country of a place named inside the span ("die russische Botschaft")."""
        mentions = self.mentions
        for i in range(bisect_right(self._max_ends, start), bisect_left(self._starts, end)):
            ms, me, eid = mentions[i]
            if ms < end and me > start and self.by_id[eid].type == "GPE" and self.by_id[eid].country:
                return self.by_id[eid].country
        return None
