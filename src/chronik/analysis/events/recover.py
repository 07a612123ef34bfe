"""Parties of an agentless passive agreement: "Der Vertrag war im Juni unterzeichnet worden"
names no signer, but an agreement is signed by its parties, and the article has already named
the agreement with them ("ratifizierte den Vertrag mit Nordkorea"). The parties are read as
states (the ratifying parliament did not sign), so fusion can join the signing's other reports.
"""

from __future__ import annotations

from collections.abc import Callable

from chronik.analysis.events.doc import Doc, entities_by_id
from chronik.analysis.events.lexicon import Lexicon
from chronik.analysis.events.syntax import Sentence
from chronik.model import Event

FOUND_KEY = ("found",)  # doc.memo: the events read so far, in text order


def _agreement_stem(words: list[str], stems: frozenset[str]) -> str | None:
    # compounds count ("Partnerschaftsvertrag" names a Vertrag)
    return next((s for w in words for s in stems if s in w), None)


def _state_of(doc: Doc, eid: str) -> str | None:
    ents = entities_by_id(doc)
    e = ents.get(eid)
    if e is None or not e.country:
        return None
    if e.type == "GPE":
        return e.id
    return next((x.id for x in doc.analysis.entities if x.type == "GPE" and x.country == e.country), None)


def earlier_agreement(doc: Doc, etype: str, clause_words: list[str]) -> Event | None:
    """The latest earlier event of the same type that names the same kind of agreement."""
    stems = doc.lex.words.get("agreement_nouns", frozenset())
    stem = _agreement_stem(clause_words, stems) if stems else None
    if stem is None:
        return None
    text = doc.analysis.article.text
    found: list[Event] = doc.memo.get(FOUND_KEY, [])  # type: ignore[assignment]
    for v in reversed(found):
        if v.type == etype and v.modality != "negated" \
                and stem in text[v.evidence.start:v.evidence.end].lower():
            return v
    return None


def agreement_parties(doc: Doc, etype: str, clause_words: list[str]) -> tuple[list[str], list[str]] | None:
    """(actors, recipients) as states of the earlier act on the same agreement, or None."""
    v = earlier_agreement(doc, etype, clause_words)
    if v is None:
        return None
    actors = list(dict.fromkeys(s for s in (_state_of(doc, e) for e in v.actors) if s))
    recips = list(dict.fromkeys(s for s in (_state_of(doc, e) for e in v.recipients)
                                if s and s not in actors))
    return (actors, recips) if actors and recips else None


def other_party(doc: Doc, etype: str, clause_words: list[str], actors: list[str]) -> list[str]:
    """The earlier act's parties of another country than `actors` ("signed during a visit of
    Putin": the treaty's partner)."""
    v = earlier_agreement(doc, etype, clause_words)
    if v is None:
        return []
    ents = entities_by_id(doc)
    mine = {ents[a].country for a in actors if a in ents}
    return [e for e in dict.fromkeys(v.actors + v.recipients)
            if e in ents and ents[e].country and ents[e].country not in mine]


def story_pair(doc: Doc) -> list[str]:
    """"the two countries" with no coordinated pair named before: the states of the latest
    earlier two-sided event ("Shoigu met Kim … the treaty the two countries signed")."""
    found: list[Event] = doc.memo.get(FOUND_KEY, [])  # type: ignore[assignment]
    for v in reversed(found):
        if v.actors and v.recipients and v.modality != "negated":
            a, r = _state_of(doc, v.actors[0]), _state_of(doc, v.recipients[0])
            return [a, r] if a and r and a != r else []
    return []


def story_persons(doc: Doc) -> list[str]:
    """"the two leaders" with no pair named in the sentences just before: the two persons of
    the latest earlier event that has exactly two ("Yeltsin and Kuchma called for …. In a
    statement the two leaders pledged …")."""
    found: list[Event] = doc.memo.get(FOUND_KEY, [])  # type: ignore[assignment]
    ents = entities_by_id(doc)
    for v in reversed(found):
        people = [e for e in dict.fromkeys(v.actors + v.recipients)
                  if e in ents and ents[e].type == "PER"]
        if len(people) == 2 and v.modality != "negated":
            return people
    return []


SENDER_TYPES = frozenset({"AID", "MOBILIZE"})  # sending or moving troops: their state acts


def _troop_head(sent: Sentence, i: int, t: int, troops: frozenset[str]) -> bool:
    """The mention at `i` names (or is followed by) a troop noun before the verb `t`:
    "North Korean special forces", "nordkoreanische Elitesoldaten" (a compound's head)."""
    def troop(w: str) -> bool:
        return any(w.endswith(n) for n in troops)
    if troop(sent.units[i].low.split()[-1]):
        return True
    for k in range(i + 1, min(i + 4, t)):  # at most two adjectives between ("special")
        u = sent.units[k]
        if u.ent is not None or not u.is_word:
            return False
        if troop(u.low):
            return True
    return False


def troop_sender(sent: Sentence, t: int, cs: int, ce: int, trigger, lex: Lexicon,
                 subj_kinds: frozenset[str], roles: Callable) -> tuple[int, list[int]] | None:
    """An agentless passive of sending troops whose subject names their nationality ("North
    Korean soldiers were sent to Russia"): (unit of that state, destination units). A state's
    troops are sent by that state; where they go is the recipient. None when the clause has
    no such subject."""
    if trigger.type not in SENDER_TYPES:
        return None
    troops = lex.words.get("troop_nouns", frozenset())
    if not troops:
        return None
    units = sent.units
    sender = next((i for i in range(cs, t) if units[i].ent is not None and not units[i].paren
                   and roles(i).kind in subj_kinds
                   and _troop_head(sent, i, t, troops)), None)
    if sender is None:
        return None
    dest = [k for k in range(t + 1, ce) if units[k].ent is not None and not units[k].paren
            and roles(k).kind == "prep" and roles(k).prep in trigger.recipient][:1]
    return sender, dest
