"""Generic actors: groups the text names by a common noun ("die Polizei", "Rebellen",
"Tausende Menschen", "protesters") become unnamed entities, one per kind and country, so an
event whose doer (or target) is such a group is coded as GDELT/PETRARCH would (COP, MIL, REB …).

The nouns are data (resources/<lang>/generic_actors.yaml). The country comes from a place the
noun is linked to ("Polizei von Rio", "police in Lagos") or, failing that, from a place in the
sentence ("in Tiflis"); a state adjective or genitive before the noun ("die georgische
Polizei", "Israels Armee") is left to the actors stage, which already reads the state itself.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace

from chronik.model import GENERIC_KEY_PREFIX as KEY_PREFIX
from chronik.model import Entity, Event, Span
from chronik.resources import has_resource, load_yaml


@dataclass(frozen=True, slots=True)
class Kind:
    kind: str
    type: str
    name: str
    only: frozenset[str]


_WORD = re.compile(r"[\w-]+")  # a hyphenated compound is one word: "US-Truppen" names a party


@dataclass
class GenericLex:
    words: dict[str, Kind] = field(default_factory=dict)
    tails: tuple[tuple[str, Kind], ...] = ()
    tail_ends: tuple[str, ...] = ()
    # several-word forms by their last word: "armed forces" -> [(("armed",), kind)]
    multi: dict[str, list[tuple[tuple[str, ...], Kind]]] = field(default_factory=dict)
    links: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    no_recipient: frozenset[str] = frozenset()  # event types whose object is sent, not served
    determiners: frozenset[str] = frozenset()

    def kind_of(self, low: str) -> Kind | None:
        hit = self.words.get(low)
        if hit is not None:
            return hit
        if low.endswith(self.tail_ends):
            for tail, k in self.tails:  # longest tail first; a compound keeps a word before it
                if low.endswith(tail) and len(low) >= len(tail) + 3:
                    return k
        return None


@functools.cache
def load_generic(lang: str) -> GenericLex | None:
    """Compile resources/<lang>/generic_actors.yaml; None when the language has none."""
    if not has_resource(lang, "generic_actors.yaml"):
        return None
    data = load_yaml(lang, "generic_actors.yaml") or {}
    lex = GenericLex(links=frozenset(str(w).lower() for w in data.get("links") or ()),
                     place_preps=frozenset(str(w).lower() for w in data.get("place_preps") or ()),
                     no_recipient=frozenset(str(t) for t in data.get("no_recipient") or ()),
                     determiners=frozenset(str(t).lower() for t in data.get("determiners") or ()))
    tails: list[tuple[str, Kind]] = []
    for name, spec in (data.get("kinds") or {}).items():
        k = Kind(str(name), str(spec.get("type", "ORG")), str(spec.get("name", name)),
                 frozenset(str(t) for t in spec.get("only") or ()))
        for w in spec.get("forms") or ():
            parts = str(w).lower().split()
            if len(parts) == 1:
                lex.words.setdefault(parts[0], k)
            else:
                lex.multi.setdefault(parts[-1], []).append((tuple(parts[:-1]), k))
        tails.extend((str(t).lower(), k) for t in spec.get("tails") or ())
    lex.tails = tuple(sorted(tails, key=lambda x: -len(x[0])))
    lex.tail_ends = tuple(t for t, _ in lex.tails)
    return lex


def _matches(text: str, lex: GenericLex):
    """(start, end, kind) of each group noun in `text`, several-word forms whole."""
    prev: list[tuple[int, str]] = []  # the words before, for several-word forms
    for m in _WORD.finditer(text):
        low = m.group().lower()
        for before, k in lex.multi.get(low, ()):
            n = len(before)
            if len(prev) >= n and tuple(w for _, w in prev[-n:]) == before \
                    and not text[prev[-n][0]:m.start()].count("\n"):
                yield prev[-n][0], m.end(), k
                break
        else:
            # "UNMISS-Truppen": a compound whose first part names no party is a group too (one
            # that does, "US-Truppen", lies in a name and is dropped in `Generic.sentence`)
            kind = lex.kind_of(low)
            if kind is not None:
                yield m.start(), m.end(), kind
        if lex.multi:
            prev.append((m.start(), low))
            del prev[:-3]


class Generic:
    """The generic group nouns of one article, found sentence by sentence (only where the
    events stage reads a trigger), and one entity per kind and country."""

    def __init__(self, lex: GenericLex, text: str, mentions: list[tuple[int, int, Entity]],
                 starts: list[int], next_id: int, nonstate: frozenset[str] = frozenset()) -> None:
        self.lex, self.text, self.mentions, self.starts = lex, text, mentions, starts
        # group nouns a state word before does not make the state's ("die russische
        # Opposition"): the group of that country all the same
        self.nonstate = nonstate
        self.next_id = next_id
        self.by_key: dict[str, Entity] = {}
        self.by_id: dict[str, Entity] = {}
        self.kinds: dict[str, Kind] = {}  # entity id -> kind
        self.spans: dict[str, list[Span]] = {}  # entity id -> its mentions
        self.replaced: set[tuple[int, int]] = set()  # unlinked names that are group nouns
        self.replaced_ids: set[str] = set()  # their entities
        # kind -> the one country the article gave that group so far (None after a second)
        self.seen_country: dict[str, str | None] = {}

    def maybe(self, words: set[str]) -> bool:
        """A cheap test on a sentence's lower-case words: may it hold a group noun?"""
        lex = self.lex
        return any(w in lex.words or w in lex.multi or (w.endswith(lex.tail_ends)
                                                          and lex.kind_of(w) is not None)
                   for w in words)

    def sentence(self, sent: Span) -> list[tuple[int, int, Entity]]:
        """The group nouns of one sentence as mentions (start, end, entity)."""
        text, lex, mentions, starts = self.text, self.lex, self.mentions, self.starts
        found: list[tuple[int, int, Kind]] = []
        for s, e, kind in _matches(text[sent.start:sent.end], lex):
            s, e = s + sent.start, e + sent.start
            within = _unnamed_group(text, mentions, starts, s, e, lex)
            if within is not None:  # "Tausende Demonstranten" taken for a name: the group it is
                s, e = within
                self.replaced.add(within)
                i = bisect.bisect_left(starts, s)
                self.replaced_ids.update(m[2].id for m in mentions[i:i + 3] if (m[0], m[1]) == within)
            elif text[s:e].lower() in self.nonstate and _state_before(mentions, starts, s) is not None:
                pass  # "the Russian opposition": a group of its own, of that country
            elif _inside_or_after_name(text, mentions, starts, s, e) \
                    or _title_of(text, mentions, starts, e):
                continue
            if found and (found[-1][0] == s or not text[found[-1][1]:s].strip()):
                s = found.pop()[0]  # "Tausende Menschen", "Hunderte Polizisten": the last noun is the head
            found.append((s, e, kind))
        out = []
        for s, e, kind in found:
            own = _state_before(mentions, starts, s) if text[s:e].lower() in self.nonstate else None
            country = own or _country(text, mentions, starts, s, e, sent, lex)
            if country is None:  # "Die Polizei von Rio …. Polizisten durchsuchten …": the same force
                country = self.seen_country.get(kind.name)
            elif self.seen_country.setdefault(kind.name, country) != country:
                self.seen_country[kind.name] = None
            key = f"{KEY_PREFIX}{kind.name}" + (f":{country}" if country else "")
            ent = self.by_key.get(key)
            if ent is None:
                name = kind.name + (f" ({country})" if country else "")
                ent = Entity(f"e{self.next_id}", name, kind.type, (), country, None, None, key)
                self.next_id += 1
                self.by_key[key] = self.by_id[ent.id] = ent
                self.kinds[ent.id] = kind
                self.spans[ent.id] = []
            self.spans[ent.id].append(Span.of(text, s, e))
            out.append((s, e, ent))
        return out

    def entities(self, used: set[str]) -> list[Entity]:
        """The used groups as entities with all their mentions, in the order first met."""
        return [Entity(e.id, e.name, e.type, tuple(self.spans[e.id]), e.country, None, None, e.key)
                for e in self.by_id.values() if e.id in used]


def _unnamed_group(text: str, mentions: list, starts: list[int], s: int, e: int,
                   lex: GenericLex) -> tuple[int, int] | None:
    """The span of an unlinked name that is only a group noun with an article, a number or
    a quantity before it ("Tausende Demonstranten", "Die Kriminalpolizei"): no name at all.
    An adjective keeps it a name ("syrische Regierung" says whose government it is), and so
    does a compound ("Das Bundesverwaltungsgericht" is one court)."""
    i = bisect.bisect_right(starts, s)
    for ms, me, ent in mentions[max(0, i - 3):i]:
        if ms <= s and e == me and not ent.kb and ent.type in ("MISC", "ORG") \
                and " ".join(text[s:e].lower().split()) in lex.words:
            words = text[ms:s].split()
            if all(w[:1].isdigit() or w.lower() in lex.determiners or lex.kind_of(w.lower())
                   for w in words):
                return ms, me
    return None


def _inside_or_after_name(text: str, mentions: list, starts: list[int], s: int, e: int) -> bool:
    """The noun lies in a name, or right after one ("georgische Polizei", "US-Truppen",
    "Israels Armee"): the named party is the actor there."""
    i = bisect.bisect_left(starts, e)
    for ms, me, _ent in mentions[max(0, i - 4):i]:
        if ms < e and s < me:
            return True
        if me <= s and s - me <= 1 and not text[me:s].strip(" -‐"):
            return True
    return False


def _state_before(mentions: list, starts: list[int], s: int) -> str | None:
    """The country of a state or people name ending right before `s` ("russische Opposition")."""
    i = bisect.bisect_left(starts, s)
    for _ms, me, ent in mentions[max(0, i - 2):i]:
        if s - me <= 1 and ent.type in ("GPE", "MISC") and ent.country:
            return ent.country
    return None


def _title_of(text: str, mentions: list, starts: list[int], e: int) -> bool:
    """The noun is a title before a person's name ("Richter Seidling"): one person."""
    i = bisect.bisect_left(starts, e)
    return i < len(mentions) and mentions[i][2].type == "PER" and not text[e:mentions[i][0]].strip()


def _country(text: str, mentions: list, starts: list[int], s: int, e: int, sent: Span,
             lex: GenericLex) -> str | None:
    """The country of the place the noun is linked to, else of a place in the sentence."""
    i = bisect.bisect_left(starts, e)
    if i < len(mentions):
        ms, _me, ent = mentions[i]
        gap = text[e:ms].lower().split()
        if ent.type in ("GPE", "LOC") and ent.country and len(gap) <= 2 \
                and all(w in lex.links for w in gap) and "," not in text[e:ms]:
            return ent.country
    countries = []
    lo = bisect.bisect_left(starts, sent.start)
    hi = bisect.bisect_left(starts, sent.end)
    for ms, _me, ent in mentions[lo:hi]:
        if ent.type not in ("GPE", "LOC") or not ent.country:
            continue
        before = text[max(sent.start, ms - 12):ms].lower().split()
        if before and before[-1] in lex.place_preps:
            countries.append((abs(ms - s), ent.country))
    if not countries:
        return None
    return min(countries)[1]


# parties read from elsewhere than the clause's own argument slots: a group is none there
# ("Soldiers were sent": no nationality to send them; "forderte, dass weder Polizei …")
# Only the role so read is barred: "Rebels demanded that Mugabe resign" keeps the group as
# the actor of a recipient read from the complement.
_INDIRECT_ACTOR = frozenset({"actor:troops-nationality", "actor:agreement-parties", "actor:story-pair"})
_INDIRECT_RECIPIENT = frozenset({"recipient:complement", "recipient:agreement-party", "recipient:host"})


def _indirect_group(v: Event, gen: Generic) -> bool:
    """A generic group holds a role the event read from elsewhere than its own clause."""
    cues = set(v.cues)
    return bool((cues & _INDIRECT_ACTOR and any(p in gen.kinds for p in v.actors))
                or (cues & _INDIRECT_RECIPIENT and any(p in gen.kinds for p in v.recipients)))


def with_generic(named: list[Event], read: list[Event], gen: Generic) -> list[Event]:
    """Merge one sentence's events read without (`named`) and with (`read`) generic mentions.
    A generic group never replaces a named party: an event with a generic party is added only
    for a trigger that gave no event by names alone, or fills the recipient a named event
    lacks ("Kiew kritisierte die Polizei"); its kind must allow the event type."""
    out = list(named)
    if not read:
        return out
    by_trigger = {(v.trigger.start if v.trigger else -1): k for k, v in enumerate(named)}
    for v in read:
        # a group whose kind acts only in some types ("Tausende", "20 Menschen": PROTEST) is
        # no party as the target of another type ("nahm 20 Menschen fest"): drop it, keep the act
        odd = [p for p in v.recipients if p in gen.kinds and gen.kinds[p].only
               and v.type not in gen.kinds[p].only]
        if odd:
            v = replace(v, recipients=tuple(p for p in v.recipients if p not in odd))
        gens = [p for p in (*v.actors, *v.recipients) if p in gen.kinds]
        if not gens or _indirect_group(v, gen) \
                or any(gen.kinds[p].only and v.type not in gen.kinds[p].only for p in gens) \
                or (v.type in gen.lex.no_recipient and any(p in gen.kinds for p in v.recipients)):
            continue
        k = by_trigger.get(v.trigger.start if v.trigger else -1)
        if k is None:
            if any(p in gen.replaced_ids for p in (*v.actors, *v.recipients)):
                continue
            out.append(v)
            by_trigger[v.trigger.start if v.trigger else -1] = len(out) - 1
            continue
        old = out[k]
        if old.type == v.type and _swap_ok(old.actors, v.actors, gen) \
                and _swap_ok(old.recipients, v.recipients, gen):
            out[k] = v
    return out


def _swap_ok(old: tuple[str, ...], new: tuple[str, ...], gen: Generic) -> bool:
    """The new parties keep every named one: they only add generic groups, or put one in
    place of an unlinked name that is a group noun ("Police" tagged as a name)."""
    return set(old) - set(new) <= gen.replaced_ids and all(p in gen.kinds for p in set(new) - set(old))
