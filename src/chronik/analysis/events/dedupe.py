"""One event per happening within an article: the lead and the body often state the same event
twice. Two events are the same when type, modality class and date agree (a missing date agrees
with any) and one's participants are contained in the other's (a state matches any participant
of its country), unless one's actor is only the other's recipient; the more informative one
is kept, sources are merged."""

from __future__ import annotations

from chronik.model import Entity, Event


def _compatible_dates(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _covers(big: set[str], small: set[str], ents: dict[str, Entity], by_country: bool) -> bool:
    for s in small:
        if s in big:
            continue
        es = ents.get(s)
        if es is None or not es.country:
            return False
        if not any((eb := ents.get(b)) is not None and eb.country == es.country
                   and _state_pair(es, eb, by_country) for b in big):
            return False
    return True


def _state_pair(a: Entity, b: Entity, same_date: bool) -> bool:
    """A state stands for its people on the same day; for its organs (army, government) always."""
    if "GPE" not in (a.type, b.type):
        return False
    return same_date or {a.type, b.type} == {"GPE", "ORG"}


def _trigger_cue(v: Event) -> str:
    return next((c for c in v.cues if c.startswith("trigger:")), "")


def _separately_dated(a: Event, b: Event) -> bool:
    """Two sentences that each date their own act with a different verb ("wurde am Flughafen
    von Kim begrüßt" / "unterzeichneten am Mittwoch einen Vertrag") tell two acts of one day,
    not the lead and the body of one: a restatement repeats the act or leaves its date out."""
    return a.evidence != b.evidence and "date:clause-timex" in a.cues \
        and "date:clause-timex" in b.cues and _trigger_cue(a) != _trigger_cue(b)


_SUBJECT_CUES = frozenset({"actor:subject-position", "actor:prefield", "actor:subject-after-verb",
                           "actor:subject-case"})


def _two_verbs(a: Event, b: Event) -> bool:
    """Two sentences in which the same subject does different things ("Lavrov praised the ties.
    He thanked Pyongyang …"): two acts; a restatement repeats the verb, nominalizes it or
    recasts the subject. Not for meetings, which a report retells with many verbs (met,
    greeted, received)."""
    return a.type != "CONSULT" and a.evidence != b.evidence and _trigger_cue(a) != _trigger_cue(b) \
        and bool(_SUBJECT_CUES & set(a.cues)) and bool(_SUBJECT_CUES & set(b.cues))


def _borrowed(a: Event, b: Event) -> bool:
    """An agentless signing takes its parties from an earlier act on the same treaty
    (extract: "actor:agreement-parties"); that act is another one, not a restatement."""
    return _trigger_cue(a) != _trigger_cue(b) and (
        "actor:agreement-parties" in a.cues or "actor:agreement-parties" in b.cues)


def _crossed(a: Event, b: Event) -> bool:
    """One event's actor is only the other's recipient ("Chile calls on its army" and "the
    council calls on Chile"): two acts, not one told twice."""
    if set(a.actors) & set(b.actors):
        return False
    return bool(set(a.actors) & set(b.recipients) or set(b.actors) & set(a.recipients))


_WEAK = frozenset({"hypothetical", "speculative"})


def _info(v: Event) -> tuple:
    """A told act before a merely possible one ("has asked the court" over "would allow it
    to push for"), then the more participants, date and place."""
    return (v.modality not in _WEAK, bool(v.actors) + bool(v.recipients) + bool(v.date.value)
            + bool(v.location) + len(v.date.value or "") / 100, v.confidence)


def dedupe(events: list[Event], ents: dict[str, Entity]) -> list[Event]:
    kept: list[Event] = []
    for v in events:
        parts_v = set(v.actors) | set(v.recipients)
        for k, w in enumerate(kept):
            if w.type != v.type or (w.modality == "negated") != (v.modality == "negated"):
                continue
            if not _compatible_dates(w.date.value, v.date.value):
                continue
            if _separately_dated(w, v) or _two_verbs(w, v) or _borrowed(w, v):
                continue
            parts_w = set(w.actors) | set(w.recipients)
            by_country = bool(w.date.value) and w.date.value == v.date.value
            if not (_covers(parts_w, parts_v, ents, by_country)
                    or _covers(parts_v, parts_w, ents, by_country)):
                continue
            if _crossed(w, v):
                continue
            best = v if _info(v) > _info(w) else w
            other = w if best is v else v
            sources = best.sources or other.sources
            cues = tuple(dict.fromkeys(best.cues + ("dedupe:merged",)))
            from dataclasses import replace

            kept[k] = replace(best, sources=sources, cues=cues)
            break
        else:
            kept.append(v)
    return kept
