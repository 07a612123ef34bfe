"""Speakers and sources as entities: link a speaker's text span to an entity.

A span naming an entity the actors stage found links to it (persons and organizations before
places: "die russische Nachrichtenagentur Tass" is Tass, not Russia; a person before an
organization in an apposition). A personal pronoun ("er", "she") is the salient person: the
newest one of its sentence and the two before who is no object, genitive or part of a
prepositional phrase, back to the last speaker, and of the pronoun's gender where the text tells
it ("Ministerin X", a first name); "sie"/"they" may be a group that spoke. A definite role noun
("der Minister") is resolved to the last person mentioned before it ("ein Sprecher" is someone
new), "beide Seiten" to the more often mentioned of the last two. A speaker that names no
known entity ("die russische Botschaft", "Expert:innen") becomes a new entity, numbered after
the highest existing id; existing entities are never renumbered.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right

from chronik.analysis.quotes.lexicon import Lexicon
from chronik.model import Analysis, Entity, Span

_EID = re.compile(r"e(\d+)$")
# a person before an organization: "X, Finanzchef der Firma Y" is X, as the apposition the
# speaker span now holds names the firm too
_RANK = {"PER": 0, "ORG": 1, "MISC": 2, "GPE": 3, "LOC": 4}
_WORD = re.compile(r"\w+(?:[-:*_]\w+)*")
_BACK = re.compile(r"\w+(?:[-.']\w+)*|[^\w\s]")  # words and punctuation, for looking back
SALIENT_PRONOUNS = True  # a pronoun speaker is the salient person, not the last one named
PRONOUN_SENTENCES = 2  # … looked for in its sentence and this many before
SAME_ROLE = True  # "der Sprecher" is the last speaker called "Sprecher" in that window

try:  # optional helpers of other stages; absent until they land
    from chronik.kb.names import name_key as _name_key
except ImportError:  # pragma: no cover - depends on the actors/kb stage
    _name_key = None


class SpeakerLinker:
    """Links speaker spans of one article; collects the new entities it had to create."""

    def __init__(self, analysis: Analysis, lex: Lexicon,
                 sent_starts: list[int] | None = None) -> None:
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
        self.sent_starts = sorted(s.start for s in analysis.sentences) if sent_starts is None \
            else list(sent_starts)
        self._genders: dict[str, str | None] = {}
        self._spoke: list[tuple[int, int, str | None]] = []  # linked speaker spans, in order

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
            types = ("PER",) if want == "PER" else ("PER", "ORG")
            if not SALIENT_PRONOUNS:
                return self._antecedent(start, types, surface)
            eid, name = self._salient(start, types, (lex.pronoun_gender or {}).get(words[0]), surface)
            if eid is not None:
                self._remember(start, eid, name)
            return eid, name
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
            self._spoke.append((start, end, eid))
            return eid, self.by_id[eid].name
        if self._is_role_only(surface, words):
            found = self._same_role(start, words[-1]) if SAME_ROLE else None
            eid, name = found if found is not None else self._antecedent(start, ("PER",), None)
            if eid is not None:
                return eid, name
        eid, name = self._create(start, end, surface, words)
        self._spoke.append((start, end, eid))
        return eid, name

    def _same_role(self, start: int, noun: str) -> tuple[str, str] | None:
        """"the officer" after "a border police officer said": the last speaker of the
        window whose words hold the same role noun (not the person named since)."""
        lo = self._window_start(start)
        for s, e, eid in reversed(self._spoke):
            if s >= start or eid is None:
                continue
            if s < lo:
                break
            if noun in (w.lower() for w in _WORD.findall(self.text, s, e)):
                return eid, self.by_id[eid].name
        return None

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
            if _s < start and (eid is None or self.by_id[eid].type in types):
                return eid, text  # "The mayor" after "Police said": not the police
        return None, surface or ""

    def _salient(self, start: int, types: tuple[str, ...], gender: str | None, surface: str
                 ) -> tuple[str | None, str]:
        """The one a pronoun speaker means: the newest person of the window (this sentence and
        PRONOUN_SENTENCES before it) who is neither in a prepositional phrase, an object nor a
        genitive ("sagte X nach einem Treffen mit Y. Er …" is X), back to the last speaker;
        else that speaker; else the newest mention. A person of the other gender is skipped."""
        lo = self._window_start(start)
        speaker = next(((s, eid) for s, eid, _t in reversed(self.history)
                        if eid is not None and s < start), None)
        # a pronoun that may be plural ("sie", "they") takes a group that spoke ("Händler")
        stypes = (*types, "MISC") if len(types) > 1 else types
        if speaker is not None and (speaker[0] < lo or self.by_id[speaker[1]].type not in stypes
                                    or not self._gender_ok(speaker[1], gender)):
            speaker = None
        # a speaker named in a source phrase ("nach Angaben der X") does not end the search
        stop = speaker[0] if speaker is not None and not self._oblique(speaker[0]) else lo
        newest = None
        for i in range(bisect_left(self._starts, start) - 1, -1, -1):
            ms, _me, eid = self.mentions[i]
            if ms < stop:
                break
            if self.by_id[eid].type not in types or not self._gender_ok(eid, gender):
                continue
            if not self._oblique(ms):
                return eid, self.by_id[eid].name
            newest = newest or eid
        eid = speaker[1] if speaker is not None else newest
        if eid is not None:
            return eid, self.by_id[eid].name
        return self._antecedent(start, types, surface)

    def _window_start(self, start: int) -> int:
        k = bisect_right(self.sent_starts, start) - 1
        return self.sent_starts[max(0, k - PRONOUN_SENTENCES)] if k >= 0 else 0

    def _oblique(self, ms: int) -> bool:
        """Does the mention at `ms` stand in a prepositional phrase, as an object or as a
        genitive ("mit dem Kollegen X", "dem Minister X", "die Partei des X")? Looks back over
        titles, determiners and adjectives to the word that opens the noun phrase."""
        lex = self.lex
        toks = _BACK.findall(self.text, max(0, ms - 80), ms)[::-1]
        for k, w in enumerate(toks[:6]):
            low = w.lower()
            if k == 0 and w == "(":
                return True  # "X (Partei)": an apposition
            if low in lex.prepositions:
                return True
            if low in lex.object_determiners:
                return True
            if low in lex.genitive_determiners or low in lex.determiners:
                nxt = toks[k + 1] if k + 1 < len(toks) else ""
                if low in lex.genitive_determiners and nxt[:1].isupper() \
                        and nxt.lower() not in lex.determiners and nxt.lower() not in lex.adverbs:
                    return True  # "die Sprecherin der X"
                continue
            if w[:1].isupper() and low not in lex.adverbs and low not in lex.conjunctions:
                continue  # a title or name ("Ministerpräsident", "Hessens")
            if w[:1].isalpha() and w.islower() and k + 1 < len(toks) and (
                    toks[k + 1].lower() in lex.determiners | lex.prepositions or (
                        lex.lowercase_nouns and low not in lex.cue_words
                        and not low.endswith(lex.verb_suffixes or ("\0",)))):
                continue  # an adjective after its article ("seinem israelischen", "his former")
            # "criticized Senator X": in a subject-verb-object language the name after a verb
            # is its object, unless the verb is the inverted cue ("said X")
            return bool(lex.object_after_verb and w[:1].isalpha() and w.islower()
                        and (low not in lex.speech_verbs or low in lex.listener_verbs
                             or low in lex.reported_verbs)
                        and low not in lex.conjunctions
                        and low not in lex.adverbs and low not in lex.coordinators)
        return False

    def _gender_ok(self, eid: str, gender: str | None) -> bool:
        g = self._gender(eid) if gender else None
        return g is None or g == gender

    def _gender(self, eid: str) -> str | None:
        """"f", "m" or None: what the words in or right before the entity's mentions tell (a
        first name, "Frau", a role noun's ending); None when they disagree or say nothing."""
        if eid in self._genders:
            return self._genders[eid]
        lex = self.lex
        words = lex.gender_words or {}
        seen: set[str] = set()
        for m in self.by_id[eid].mentions:
            inside = _BACK.findall(m.text)
            before = _BACK.findall(self.text, max(0, m.start - 40), m.start)
            for w in ([inside[0]] if inside else []) + (before[-1:] if before else []):
                low = w.lower()
                if low in words:
                    seen.add(words[low])
                elif (w[:1].isupper() or lex.lowercase_nouns) and len(w) > 4 and w not in inside and \
                        low not in lex.determiners and low not in lex.prepositions and \
                        low not in lex.adverbs and low not in lex.conjunctions:
                    if low.endswith(lex.female_noun_endings):
                        seen.add("f")
                    elif low.endswith(lex.male_noun_endings):
                        seen.add("m")
        g = next(iter(seen)) if len(seen) == 1 else None
        self._genders[eid] = g
        return g

    def _pair(self, start: int, surface: str) -> tuple[str | None, str]:
        cands = self._last_mentions(start, ("PER",), 2) or self._last_mentions(start, ("ORG",), 2)
        if cands:
            eid = max(cands, key=lambda i: len(self.by_id[i].mentions))
            return eid, self.by_id[eid].name
        return self._antecedent(start, ("PER",), surface)

    def _is_role_only(self, surface: str, words: list[str]) -> bool:
        """"der Minister", "die Sprecherin": a determiner, adjectives and a person noun."""
        if not words or words[0] not in self.lex.determiners or len(words) > 4 \
                or words[0] in self.lex.indefinites:  # "ein Sprecher" is someone new
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
