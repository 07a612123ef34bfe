"""The events stage: triggers → arguments → date → modality → confidence → dedupe → ids."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from chronik.analysis.events.arguments import find_args, gapped_subjects, main_subject_after, pp_frame_subject
from chronik.analysis.events.coref import (
    previous_subject,
    resolve_pair,
    resolve_pronoun,
    resolve_title,
)
from chronik.analysis.events.dates import AGO_RULE, DateIndex, later_than, value_of
from chronik.analysis.events.dedupe import dedupe
from chronik.analysis.events.doc import (
    Doc,
    entities_by_id,
    sentence_index,
    sentence_mentions,
)
from chronik.analysis.events.generic import KEY_PREFIX as GENERIC_PREFIX
from chronik.analysis.events.generic import Generic, load_generic, with_generic
from chronik.analysis.events.lexicon import (
    AMBIGUOUS,
    FINITE,
    INFINITIVE,
    NOUN,
    PARTICIPLE,
    Hit,
    Lexicon,
    load_lexicon,
)
from chronik.analysis.events.modality import PRIORITY, _has_seq, clause_modality, load_cues, noun_modality
from chronik.analysis.events.recover import (
    FOUND_KEY,
    agreement_parties,
    other_party,
    story_pair,
    story_persons,
)
from chronik.analysis.events.sources import own_report
from chronik.analysis.events.syntax import (
    Sentence,
    build,
    conjuncts,
    finite_word,
    resolve_coord,
    seg_range,
)
from chronik.model import Analysis, Entity, Event, EventDate, Span
from chronik.text.segment import sentences as split_sentences

_OPENERS = frozenset({'"', "„", "“", "»", "«", "(", ":", "–", "-"})
_WORD = re.compile(r"\w+")
_HYPHEN_WORD = re.compile(r"\w+(?:-\w+)+")  # "go-ahead", "sit-in": lemmas of their own
_SPEECH = re.compile(r"[:,]\s*[„\"“»«]")
SPEECH_WORD = "<speech>"  # pseudo-word for sense constraints: a colon opens a direct quote
GOVERNING_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})
OWN_ACT_TYPES = frozenset({"REJECT", "THREATEN", "AGREE"})  # the infinitive is the actor's own act
CONDITIONAL_THREATS = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # "would strike if …": a threat
MIN_CONFIDENCE = 0.45  # below this an event is not reported (precision first)
PARTY_TYPES = frozenset({"PER", "ORG", "GPE"})
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
FUTURE_TO_THREATEN = frozenset({"ASSAULT", "COERCE"})
VERBAL_TYPES = frozenset({"AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
WEAK_MODALITIES = frozenset({"speculative", "hypothetical", "negated"})
VIABLE_KEY = ("viable",)  # memo: words and triggers of the sentence just read, if it had any
WEIGHTS = {"trigger:verb": 0.45, "trigger:noun": 0.3, "trigger:light": 0.4}


def find_events(analysis: Analysis) -> Analysis:
    """Add PLOVER events read from the article's sentences."""
    art = analysis.article
    lang = (art.lang or "").split("-")[0].lower()
    lex = load_lexicon(lang) if lang else None
    if lex is None or not art.text:
        return analysis
    mentions = sorted(((m.start, m.end, e) for e in analysis.entities for m in e.mentions),
                      key=lambda x: (x[0], -x[1]))
    starts = [m[0] for m in mentions]
    # a year inside a name ("Olympia 2036") dates the name, not an event
    timexes = tuple(t for t in analysis.timexes if not _inside_mention(
        mentions, starts, t.span, year=len(t.value or "") == 4 and t.span.text.isdigit()))
    doc = Doc(analysis, lex, load_cues(lang), mentions, starts,
              DateIndex(timexes, art.text, art.date_refined or art.date,
                        lex.words.get("ago_before", frozenset()), lex.words.get("ago_after", frozenset()),
                        lex.words.get("since_preps", frozenset())),
              _skip_dateline(analysis.sentences or split_sentences(art.text, lang), art.text, lex))
    found: list[Event] = []
    doc.memo[FOUND_KEY] = found  # earlier events: the parties of an agentless agreement
    gen = _generic(doc, lang)
    for si, sspan in enumerate(doc.sents):
        evs = _sentence_events(doc, si, sspan)
        viable = doc.memo.pop(VIABLE_KEY, None)
        if gen is not None and viable is not None and _open(evs, viable[1]) and gen.maybe(viable[0]):
            gdoc = _generic_doc(doc, gen, gen.sentence(sspan))
            if gdoc is not None:
                evs = with_generic(evs, _sentence_events(gdoc, si, sspan), gen)
                doc.memo.pop(VIABLE_KEY, None)
        found.extend(evs)
    ents = {e.id: e for e in analysis.entities}
    if gen is not None:
        ents.update(gen.by_id)
    kept = dedupe(found, ents)
    kept.sort(key=lambda v: (v.evidence.start, v.trigger.start if v.trigger else 0))
    from dataclasses import replace

    events = tuple(replace(v, id=f"v{k}") for k, v in enumerate(kept, 1))
    if gen is None:
        return analysis.replace(events=events)
    return _add_generic(analysis, events, gen)


def _skip_dateline(sents: tuple[Span, ...], text: str, lex: Lexicon) -> tuple[Span, ...]:
    """Start the first sentence after a wire dateline ("PARIS (AP) _"): its place names no party."""
    pat = lex.syntax.get("dateline")
    if not pat or not sents:
        return tuple(sents)
    m = _dateline_re(pat).match(text, sents[0].start, sents[0].end)
    if m is None or m.end() >= sents[0].end:
        return tuple(sents)
    return (Span.of(text, m.end(), sents[0].end), *sents[1:])


@functools.lru_cache(maxsize=8)
def _dateline_re(pat: str) -> re.Pattern[str]:
    return re.compile(pat)


def _open(events: list[Event], triggers: list[int]) -> bool:
    """A trigger of the sentence gave no event, or one without a recipient or an actor ("…
    were abducted by gunmen"): a group may fill it."""
    full = {v.trigger.start for v in events if v.trigger and v.recipients and v.actors}
    return any(t not in full for t in triggers)


def _add_generic(analysis: Analysis, events: tuple[Event, ...], gen: Generic) -> Analysis:
    """The generic groups the events use become entities, numbered on from the others."""
    from dataclasses import replace

    used = {p for v in events for p in (*v.actors, *v.recipients, *v.sources, v.location)
            if p in gen.kinds}
    if not used:
        return analysis.replace(events=events)
    extra = gen.entities(used)
    first = min(int(e.id[1:]) for e in extra)
    ids = {e.id: f"e{first + k}" for k, e in enumerate(extra)}
    extra = [replace(e, id=ids[e.id]) for e in extra]
    events = tuple(replace(v, actors=tuple(ids.get(p, p) for p in v.actors),
                           recipients=tuple(ids.get(p, p) for p in v.recipients),
                           sources=tuple(ids.get(p, p) for p in v.sources),
                           location=ids.get(v.location, v.location) if v.location else None)
                   for v in events)
    return analysis.replace(events=events, entities=analysis.entities + tuple(extra))


def _generic(doc: Doc, lang: str) -> Generic | None:
    glex = load_generic(lang)
    if glex is None:
        return None
    ents = doc.analysis.entities
    next_id = max((int(e.id[1:]) for e in ents if e.id[1:].isdigit()), default=0) + 1
    return Generic(glex, doc.analysis.article.text, doc.mentions, doc.mention_starts, next_id,
                   doc.lex.words.get("nonstate_nouns", frozenset()))


def _generic_doc(doc: Doc, gen: Generic, found: list[tuple[int, int, Entity]]) -> Doc | None:
    """The Doc with one sentence's group nouns as mentions too (read only to add events a
    name alone did not give; see `with_generic`)."""
    if not found:
        return None
    from dataclasses import replace

    mentions = sorted([m for m in doc.mentions if (m[0], m[1]) not in gen.replaced] + found,
                      key=lambda x: (x[0], -x[1]))
    gdoc = replace(doc, mentions=mentions, mention_starts=[m[0] for m in mentions], by_id=None)
    by_id = dict(entities_by_id(doc))
    by_id.update(gen.by_id)
    gdoc.by_id = by_id
    return gdoc


def _pronoun_before_group(sent: Sentence, t: int, cs: int, found: list[int], lex: Lexicon) -> bool:
    """The actors read are generic groups later in a clause that a pronoun or demonstrative
    opens: the group is the object ("Diese soll die Polizei unterstützen")."""
    units = sent.units
    if not found or not all(i > cs + 1 and _counted_group(units[i].ent, True) for i in found):
        return False
    w = lex.words
    return cs + 1 < t and units[cs].low in (w.get("subject_pronouns", frozenset())
                                            | w.get("demonstratives", frozenset())) \
        and units[cs + 1].ent is None and not units[cs + 1].capitalized  # "Dem Mann": an article


def _party(ent: Entity) -> bool:
    """A person, organization or state, or a generic group ("die Polizei", "Demonstranten")."""
    return ent.type in PARTY_TYPES or (ent.key or "").startswith(GENERIC_PREFIX)


def _counted_group(ent: Entity | None, before: bool) -> bool:
    """A generic group counted ("Tausende Demonstranten", "rund 280 Polizisten durchsuchten")
    is still a party: a crowd anywhere, an institution's people before the verb ("sollen
    300 Polizisten entlasten" counts the ones acted on)."""
    return ent is not None and (ent.key or "").startswith(GENERIC_PREFIX) \
        and (before or ent.type == "MISC")


def _inside_mention(mentions: list, starts: list[int], span: Span, year: bool = False) -> bool:
    """The timex lies inside a name ("Olympia 2036"), or is a bare year right after one
    (`year`: the name tagger stopped before it)."""
    i = bisect.bisect_right(starts, span.start)
    return any((m[0] <= span.start and span.end <= m[1] and (m[0], m[1]) != (span.start, span.end))
               or (year and m[1] < span.start <= m[1] + 1)
               for m in mentions[max(0, i - 3):i])


def text_lower(doc: Doc, start: int, end: int) -> str:
    return doc.analysis.article.text[start:end].lower()


def _viable(h: Hit, lows: set[str], lex: Lexicon) -> bool:
    """A cheap sentence-level check before any parsing: needed words and light verbs present."""
    if not _needs_ok(h, lows):
        return False
    if h.kind == NOUN and not h.trigger.standalone:
        return any(lex.light_forms.get(w) in h.trigger.light for w in lows) or any(
            lemma in h.trigger.light and particle in lows
            for w in lows for lemma, particle in lex.light_split.get(w, ()))
    return True


def _split_light(sent: Sentence, cs: int, ce: int, light: tuple[str, ...], lex: Lexicon,
                 caps: bool) -> tuple[int, int] | None:
    """A separable light verb in verb-second order with its particle at the clause end
    ("stattete … einen Besuch ab", "legte … sein Veto ein"): (verb unit, particle unit)."""
    table = lex.light_split
    units = sent.units
    for k in range(cs, ce):
        forms = table.get(units[k].low)
        if not forms or (caps and units[k].capitalized and k > 0):
            continue
        for lemma, particle in forms:
            if lemma in light:
                p = _particle_at(sent, k, ce, particle)
                if p is not None:
                    return k, p
    return None


def _title_participle(sent: Sentence, t: int, lex: Lexicon) -> bool:
    """SVO: after an article, a coordinator or a preposition, an -ed form, one or two lower-case
    nouns and a person's name ("and accused doctor killer X", "the alleged terrorist mastermind
    X"): the participle describes the person."""
    units = sent.units
    w = lex.words
    closed = w.get("aux_finite", frozenset()) | w.get("prepositions", frozenset()) \
        | w.get("coordinators", frozenset()) | w.get("subordinators", frozenset())
    if not units[t].low.endswith("ed") or t == 0 or units[t - 1].ent is not None or not (
            units[t - 1].low in lex.det_case or units[t - 1].low in closed - w.get("aux_finite", frozenset())):
        return False  # ("Russia accused opposition leader X": a subject before it, a verb)
    k = t + 1
    while k < len(units) and k - t <= 3 and units[k].ent is None and units[k].is_word \
            and units[k].text[:1].islower() and units[k].low not in closed \
            and units[k].low not in lex.det_case and units[k].low not in lex.forms:
        k += 1
    return k > t + 1 and k < len(units) and units[k].ent is not None and units[k].ent.type == "PER"


def _noun_complement(sent: Sentence, t: int, lex: Lexicon, nouns: frozenset[str]) -> bool:
    """"the ability to deliver", "broad authority to seize", "Amir's plan to kill": the
    infinitive at `t` follows one of `nouns` that an article, a possessive or up to two
    adjectives mark as a noun ("they need to meet" has a verb there)."""
    units = sent.units
    if t < 3 or units[t - 1].low != lex.syntax.get("infinitive_marker") \
            or units[t - 2].ent is not None or units[t - 2].low not in nouns:
        return False
    marks = frozenset(lex.det_case) | lex.words.get("possessives", frozenset())
    poss = tuple(lex.syntax.get("possessive_marks", ()))
    closed = lex.words.get("aux_finite", frozenset()) | lex.words.get("subject_pronouns", frozenset())
    k = t - 3
    for n in range(3):
        u = units[k]
        if u.low in marks or (poss and u.text.endswith(poss)):
            return True
        if k == 0 or u.ent is not None or not u.is_word or not u.text[:1].islower() \
                or u.low in closed or u.low in lex.forms or u.low.endswith("s"):
            # ("the two countries plan to sign": a plural subject before a verb; "gives broad
            # authority to": an adjective before the noun)
            return n > 0
        k -= 1
    return True


def _next_word(sent: Sentence, t: int, lex: Lexicon) -> str:
    """The word after the trigger at `t`, past one object name or object pronoun."""
    units = sent.units
    k = t + 1
    if k < len(units) and (units[k].ent is not None
                           or units[k].low in lex.words.get("object_pronouns", ())):
        k += 1
    return units[k].low if k < len(units) else ""


def _near_words(sent: Sentence, t: int, n: int) -> set[str]:
    """The words within `n` units of the trigger at `t` (a name's head noun too)."""
    units = sent.units
    return {w for k in range(max(0, t - n), min(len(units), t + n + 1))
            for w in (units[k].low, units[k].low.rsplit(None, 1)[-1])}


def _blocked(hit: Hit, words: set[str]) -> bool:
    """A sense constraint of the entry fires: a word of the sentence starts with one of its
    blocked stems ("Angriff" next to "Tor" or "Stürmer" is football, not violence)."""
    blocked = hit.trigger.blocked
    return bool(blocked) and any(w.startswith(blocked) for w in words)


def _needs_ok(hit: Hit, words: set[str]) -> bool:
    if hit.trigger.needs_all and not all(
            any(w.startswith(n) for w in words) for n in hit.trigger.needs_all):
        return False
    needs = hit.trigger.needs
    if not needs:
        return True
    exact, stems = _need_forms(needs)
    return not exact.isdisjoint(words) or (bool(stems) and any(w.startswith(stems) for w in words))


@functools.lru_cache(maxsize=4096)
def _need_forms(needs: tuple[str, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    """A trigger's needed words split once into exact words ("bereit$": this word exactly,
    "bereits" is no "bereit"; short words such as "to" too) and stems any word may start
    with: one set test and one startswith(tuple) per word instead of a loop per need."""
    exact = frozenset(n[:-1] if n.endswith("$") else n for n in needs
                      if n.endswith("$") or len(n) <= 3)
    stems = tuple(n for n in needs if not n.endswith("$") and len(n) > 3)
    return exact, stems


def _complement_words(sent: Sentence, t: int, lex: Lexicon, reach: int = 0) -> set[str]:
    """The words of the complement clause right after the trigger's clause, opened by a
    complementizer within reach of the trigger ("warned X that …"; a noun's reaches over its
    own phrases: "warnings from Paris on Monday that …"), but its prepositions; empty when
    there is none."""
    reach = reach or COMPLEMENT_REACH
    units = sent.units
    ce = _clause_end(sent, units[t].seg)
    comps = lex.words.get("complementizers", frozenset())
    k = ce + 1 if ce < len(units) and units[ce].text == "," else ce
    if k >= len(units) or units[k].low not in comps or k - t > reach + 1:
        return set()
    s, e = seg_range(sent, units[k].seg)
    preps = lex.words.get("prepositions", frozenset())  # a preposition there is another verb's
    return {w for j in range(s, e) for w in (units[j].low, units[j].low.rsplit(None, 1)[-1])
            if w not in preps}


def _particle_at(sent: Sentence, t: int, ce: int, particle: str,
                 adjacent: frozenset[str] | None = None) -> int | None:
    """The particle of a separable verb at the clause end (German); with `adjacent` (SVO
    phrasal verbs) right after the verb or after one of those object pronouns ("call it off")."""
    units = sent.units
    if adjacent is not None:
        for k in (t + 1, t + 2):
            if k < ce and units[k].low == particle and (k == t + 1 or units[t + 1].low in adjacent):
                return k
        if particle in adjacent:  # "pulled its troops out": a short object before an adverb particle
            for k in range(t + 2, min(ce, t + 5)):
                if units[k - 1].ent is not None or not units[k - 1].is_word \
                        or units[k - 1].capitalized:
                    break
                if units[k].low == particle:
                    return k
        return None
    for k in range(t + 1, ce):
        if units[k].low == particle and (k + 1 >= len(units) or not units[k + 1].is_word
                                         or units[k + 1].low in ("und", "and", "oder", "or")):
            return k
    return None


def _clause_end(sent: Sentence, seg: int) -> int:
    """End of the clause a segment opens: following segments that do not open a new clause
    (appositions, insertions) stay with it, so a particle after an insertion is found."""
    k = seg + 1
    while k < len(sent.seg_starts) and not sent.seg_sub[k]:
        k += 1
        break
    return seg_range(sent, k - 1)[1]


def _sentence_events(doc: Doc, si: int, sspan: Span) -> list[Event]:
    text = doc.analysis.article.text
    lex = doc.lex
    words = _WORD.findall(text, sspan.start, sspan.end)
    lows = {w.lower() for w in words}
    if _SPEECH.search(text, sspan.start, sspan.end):
        lows.add(SPEECH_WORD)  # "griff X an: „…“" introduces words, not blows
    # a hyphenated lemma ("go-ahead", "sit-in") is a trigger word of its own
    hyphened = [w for w in _HYPHEN_WORD.findall(text, sspan.start, sspan.end) if w.lower() in lex.forms] \
        if text.find("-", sspan.start, sspan.end) >= 0 else []
    # each distinct word once: a sentence repeats its articles and names
    if not any(_viable(h, lows, lex) for w in dict.fromkeys(words + hyphened) for h in lex.lookup(w)):
        return []  # no usable trigger word: skip building units
    times = [(t.span.start, t.span.end) for t in doc.dates.within(sspan.start, sspan.end)]
    sent = build(text, sspan.start, sspan.end, sentence_mentions(doc, sspan.start, sspan.end), lex,
                 times)
    units = sent.units
    raw = []
    for t, u in enumerate(units):
        if u.ent is None and u.is_word:
            hits = lex.lookup(u.text)
            if hits:
                raw.append((t, hits))
    if not raw:
        return []
    caps_nouns = bool(lex.syntax.get("nouns_capitalized"))
    marker = lex.syntax.get("infinitive_marker")
    preps = lex.words.get("prepositions", frozenset()) - {marker}
    noun_marks = (frozenset(lex.det_case) | lex.words.get("possessives", frozenset())) \
        - lex.words.get("object_pronouns", frozenset())
    poss_marks = tuple(lex.syntax.get("possessive_marks", ()))
    consumed: set[int] = set()
    phrasal = (lex.words.get("object_pronouns", frozenset()) | lex.words.get("pron_thing", frozenset())
               | lex.words.get("adverb_particles", frozenset())
               if lex.syntax.get("word_order") == "svo" else None)
    picked: list[tuple[int, Hit, int | None, int, int]] = []
    seg_words: dict[int, frozenset[str]] = {}  # a clause's words, read once per segment
    for t, hits in raw:
        cs, ce = seg_range(sent, units[t].seg)
        clause_start = _clause_start(sent, units[t].seg)
        words = seg_words.get(units[t].seg)
        if words is None:
            # a name's head noun counts too ("nordkoreanische Soldaten" as one mention)
            got = {w for k in range(clause_start, _clause_end(sent, units[t].seg))
                   for w in (units[k].low, units[k].low.rsplit(None, 1)[-1])}
            if SPEECH_WORD in lows:
                got.add(SPEECH_WORD)
            ante = _relative_antecedent(sent, clause_start, lex)
            if ante is not None:  # "der Anschlag, zu dem sich X bekannte": the noun it is about
                got.add(units[ante].low)
            words = seg_words[units[t].seg] = frozenset(got)
        best = None
        comp_words = None
        for h in hits:
            if h.trigger.needs and not h.trigger.needs_near and not _needs_ok(h, words):
                # "warned X that force would follow": the complement says it
                if comp_words is None:
                    comp_words = _complement_words(
                        sent, t, lex, NOUN_COMPLEMENT_REACH if h.kind == NOUN else 0)
                if not comp_words or not _needs_ok(h, words | comp_words):
                    continue
            if not _needs_ok(h, words | (comp_words or set())) or _blocked(h, lows):
                continue
            if h.trigger.unless and any(w in (_near_words(sent, t, h.trigger.unless_near)
                                              if h.trigger.unless_near else words)
                                        for w in h.trigger.unless):
                continue
            if h.trigger.needs_near and not _needs_ok(h, _near_words(sent, t, h.trigger.needs_near)):
                continue  # "fighting to keep the dog with her": the "with" is not the verb's
            if h.trigger.needs_after and not _needs_ok(h, {units[k].low for k in range(
                    t + 1, min(len(units), t + 1 + h.trigger.needs_after))}):
                continue  # "wants X to …": the infinitive follows the object
            if h.trigger.unless_right and t + 1 < len(units) and units[t + 1].low in h.trigger.unless_right:
                continue  # "wants to meet X": the subject's own plan, no request
            if h.trigger.unless_next and _next_word(sent, t, lex) in h.trigger.unless_next:
                continue  # "reporters asked whether …": a question
            if caps_nouns and h.kind != NOUN and units[t].capitalized and t > 0 \
                    and units[t - 1].text not in _OPENERS:
                continue  # a capitalized word inside a German sentence is a noun
            if h.kind != NOUN and t > 0 and units[t - 1].low in preps:
                continue  # "mit einigen der Traditionen": no verb right after a preposition
            if h.kind == FINITE and caps_nouns and _attributive_participle(sent, t, lex):
                continue  # "hat den … verurteilten Schweizer begnadigt": an adjective
            if h.kind != NOUN and t > 0 and not caps_nouns and (
                    units[t - 1].low in noun_marks or (poss_marks and units[t - 1].text.endswith(poss_marks))
                    or (poss_marks and t > 1 and units[t - 1].text in ("'", "’")
                        and units[t - 2].low.endswith("s") and units[t - 2].is_word)):
                continue  # "a visit", "Putin's visit", "the bombers' arrest": no verb after a possessive
            if h.kind != NOUN and phrasal is not None and _title_participle(sent, t, lex):
                continue  # "accused doctor killer X": a participle in a name's title
            if h.kind == FINITE and phrasal is not None and _second_finite(sent, t, picked, lex):
                continue  # "condemned the drone strikes": one finite verb per English clause
            if h.kind in (FINITE, INFINITIVE) and phrasal is not None and _in_noun_phrase(sent, t, lex):
                continue  # "seized a car bomb", "in response to missile attacks": a noun
            light = None
            if h.kind == NOUN and h.trigger.light:
                lights = tuple(x for x in h.trigger.light
                               if not lex.light_unless.get(x, frozenset()) & words)
                light_end = _clause_end(sent, units[t].seg)
                if phrasal is not None and (units[clause_start].low in preps
                                            or units[clause_start].low in lex.words.get("subordinators", ())):
                    # "After talks with X, Y said inspections would resume": a fronted phrase's
                    # noun takes no light verb from the main clause
                    light_end = min(light_end, seg_range(sent, units[t].seg)[1])
                light = next((k for k in range(clause_start, light_end)
                              if lex.light_forms.get(units[k].low) in lights
                              and not (caps_nouns and units[k].capitalized and k > 0)), None)
                if light is None:
                    sl = _split_light(sent, clause_start, _clause_end(sent, units[t].seg),
                                      lights, lex, caps_nouns)
                    if sl is not None:
                        light = sl[0]
                        consumed.add(sl[1])
                if light is None and not h.trigger.standalone:
                    continue
            elif h.kind == NOUN and not h.trigger.standalone:
                continue
            if h.split:
                p = _particle_at(sent, t, _clause_end(sent, units[t].seg), h.trigger.particle or "",
                                 phrasal)
                if p is None:
                    continue
                consumed.add(p)
            prev = units[t - 1].low if t else ""
            # English auxiliaries precede their verb: a later clause's "were" is not this one's
            fit_words = words if phrasal is None else {units[k].low for k in range(clause_start, t)}
            rank = (bool(h.trigger.needs), h.split, light is not None,
                    _kind_fit(h, fit_words, lex, prev))
            if best is None or rank > best[0]:
                best = (rank, h, light)
        if best is not None:
            picked.append((t, best[1], best[2], cs, ce))
            if best[2] is not None:
                consumed.add(best[2])
    # a sentence worth reading again with generic groups: its words and its trigger offsets
    doc.memo[VIABLE_KEY] = (lows, [units[t].start for t, *_ in picked if t not in consumed])
    events = []
    governors = [t for t, h, _l, _c, _e in picked if h.trigger.type in GOVERNING_TYPES]
    # "warf X vor, Y zu unterstützen": an accusation governs its infinitive too
    accusers = [t for t, h, _l, _c, _e in picked if h.trigger.type == "ACCUSE"]
    intent = lex.words.get("intent_verbs", frozenset())
    governors += [k for k, u in enumerate(units) if u.ent is None and u.low in intent]
    comps = lex.words.get("complementizers", frozenset())
    complement_nouns = lex.words.get("complement_nouns", frozenset())
    own_act = {t for t, h, _l, _c, _e in picked if h.trigger.type in OWN_ACT_TYPES}
    governed: list[tuple[int, int, Hit, int | None]] = []  # (governor, infinitive, hit, light)
    event_at: dict[int, int] = {}  # trigger unit -> index in `events`
    for t, hit, light, _cs, _ce in picked:
        if t in consumed:
            continue
        marker = lex.syntax.get("infinitive_marker")
        infinitival = hit.kind == INFINITIVE or (
            light is not None and light > 0 and units[light - 1].low == marker) or (
            # "wirft X vor, Soldaten geschickt zu haben": a perfect infinitive
            hit.kind == PARTICIPLE and t + 2 < len(units) and units[t + 1].low == marker
            and units[t + 2].low in lex.words.get("perfect_infinitive", frozenset()))
        if infinitival and any(g < t for g in governors + accusers):
            # "forderte X auf, … zu liefern": the request is the event; a threat or promise
            # of one's own act takes that act's target ("threatened to cut ties with X")
            g = max(g for g in governors + accusers if g < t)
            if g in own_act:
                governed.append((g, t, hit, light))
            continue
        if infinitival and complement_nouns and light is None and _noun_complement(
                sent, t, lex, complement_nouns):
            continue  # "the authority to seize", "a rally to press for": a noun's complement
        seg_first = units[seg_range(sent, units[t].seg)[0]].low
        if seg_first in comps and any(units[g].seg == units[t].seg - 1 for g in governors
                                      if g < t and units[g].ent is None):
            continue  # "forderte, dass Israel die Blockade aufhebt": demanded, not done
        if hit.kind == NOUN and light is None and any(
                g != t and units[g].seg == units[t].seg for g in governors) \
                and not _framed(sent, t, hit, governors, lex):
            # "verlangte einen Rückzug", "hatte seinen Rückzug erwogen": the demanded or
            # intended act is no event of its own
            continue
        ev = _event(doc, si, sspan, sent, t, hit, light)
        if ev is not None:
            event_at[t] = len(events)
            events.append(ev)
            if hit.kind != NOUN or light is not None:
                events.extend(_gapped(doc, sent, t, ev))
    for g, t, hit, light in governed:
        _take_target(doc, si, sspan, sent, events, event_at.get(g), g, t, hit, light)
    # one event per type and clause: keep the more informative
    out: list[Event] = []
    for ev in events:
        dup = next((k for k, o in enumerate(out) if o.type == ev.type and set(o.actors) == set(ev.actors)
                    and set(o.recipients) <= set(ev.recipients) | set(o.recipients)
                    and o.evidence == ev.evidence and _same_clause(sent, o, ev)), None)
        if dup is None:
            out.append(ev)
        elif ev.confidence > out[dup].confidence:
            out[dup] = ev
    return out


def _take_target(doc: Doc, si: int, sspan: Span, sent: Sentence, events: list[Event],
                 k: int | None, g: int, t: int, hit: Hit, light: int | None) -> None:
    """A threat, promise or refusal without a recipient takes the target of the act it
    governs ("threatened to break off relations with X", "offered to negotiate with X"); a
    readiness to use force is a threat."""
    if k is None:
        return
    # "stands prepared to declare a curfew", "vowed to strike": readiness to use force is a threat
    readiness = events[k].type == "AGREE" and sent.units[g].low in doc.lex.words.get(
        "force_governors", frozenset())
    force = readiness and hit.trigger.type in FUTURE_TO_THREATEN
    own = events[k]
    ev = _event(doc, si, sspan, sent, t, hit, light) if not own.recipients else None
    if ev is None and not force:
        return
    from dataclasses import replace

    got = tuple(r for r in ev.recipients if r not in own.actors and r not in own.sources) \
        if ev is not None else ()
    if got:
        own = replace(own, recipients=got, cues=(*own.cues, "recipient:governed-act"))
    if force:
        own = replace(own, type="THREATEN", mode=None, cues=(*own.cues, "type:governed-force->THREATEN"))
    events[k] = own


def _framed(sent: Sentence, t: int, hit: Hit, governors: list[int], lex: Lexicon) -> bool:
    """A meeting noun in a framing phrase ("In einem Telefonat mit X forderte Y …", "forderte
    bei einem Treffen mit X …"): the setting of the demand, not what is demanded."""
    if hit.trigger.type != "CONSULT":
        return False
    k = _frame_prep(sent, t, lex)
    return k is not None and not (
        k - 1 in governors and sent.units[k].low in lex.words.get("demand_preps", frozenset()))


def _frame_prep(sent: Sentence, t: int, lex: Lexicon) -> int | None:
    """The framing preposition ("bei", "nach", "in" …) a noun at `t` follows, past up to
    two words ("nach einem langen Treffen"); None when there is none."""
    frame = lex.words.get("frame_preps", frozenset())
    units = sent.units
    k = t - 1
    while frame and k >= 0 and units[k].ent is None and units[k].is_word \
            and not units[k].capitalized and units[k].low not in frame and t - k <= 3:
        k -= 1
    return k if frame and k >= 0 and units[k].low in frame else None


def _comma_relative(sent: Sentence, seg: int, lex: Lexicon) -> bool:
    """Does segment `seg` open with a relative word right after a comma (", which …",
    ", das …")?"""
    units = sent.units
    cs = sent.seg_starts[seg]
    return sent.seg_sub[seg] and cs > 0 and units[cs - 1].text == "," \
        and units[cs].low in lex.words.get("relatives", frozenset())


def _in_other_relative(sent: Sentence, pos: int, t: int, lex: Lexicon) -> bool:
    """Is character `pos` inside a relative clause after a comma that does not hold unit `t`?"""
    units = sent.units
    for seg in range(len(sent.seg_starts)):
        if seg == units[t].seg:
            continue
        cs, ce = seg_range(sent, seg)
        if units[cs].start <= pos <= units[ce - 1].end:
            return _comma_relative(sent, seg, lex)
    return False


def _after_relative_word(sent: Sentence, t: int, pos: int, lex: Lexicon) -> bool:
    """A relative word without a comma before it ("the man who …") stands between the trigger
    at `t` and character `pos` in the trigger's segment: `pos` lies in a restrictive relative
    clause of the trigger's object, which tells of another act. Only SVO languages open
    relative clauses without a comma (German "die" after a word is an article)."""
    if lex.syntax.get("word_order") != "svo":
        return False
    units = sent.units
    rels = lex.words.get("relatives_nom", frozenset())
    seg = units[t].seg
    for k in range(t + 1, len(units)):
        u = units[k]
        if u.start >= pos or u.seg != seg:
            return False
        if u.low in rels and u.ent is None and units[k - 1].is_word:
            return True
    return False


def _complement_date(sent: Sentence, t: int, hit: Hit, tx, lex: Lexicon,
                     published: str | None) -> bool:
    """A promise, demand, threat or invitation is made now; a date in the infinitive that
    follows it in its clause ("agreed to meet on Monday") is the date of the act promised.
    When the marker is a preposition ("invited X to a summit in May", "agreed last week to
    talks") only a date after publication is surely the act's. A time ago ("two
    weeks ago") is the promise's own."""
    marker = lex.syntax.get("infinitive_marker")
    if not marker or hit.trigger.type not in GOVERNING_TYPES or tx.rule == AGO_RULE \
            or hit.kind == NOUN:
        return False
    words = tx.span.text.lower().split()
    if words and (words[-1] in lex.words.get("ago_after", ()) or words[0] in lex.words.get(
            "ago_before", ())):
        return False  # "invited X back a week ago": the invitation's own time
    units = sent.units
    for k in range(t + 1, len(units) - 1):
        if units[k].start >= tx.span.start or finite_word(units[k], lex):
            return False  # ("…, the minister said on Monday": another verb's clause)
        if units[k].low == marker:
            if units[k + 1].low in lex.det_case or units[k + 1].ent is not None:
                return later_than(value_of(tx).value, published)
            return True
    return False


def _in_other_subclause(sent: Sentence, pos: int, t: int, lex: Lexicon) -> bool:
    """Is character `pos` inside a relative clause before the trigger at `t`, one a relative
    word opens with or without a comma ("the states that chair the forum until May, invited X …")?"""
    units = sent.units
    rels = lex.words.get("relatives", frozenset())
    for seg in range(units[t].seg):
        s, e = seg_range(sent, seg)
        if units[s].start <= pos <= units[e - 1].end:
            # (after a lower-case word or a comma: "But that dispute …" opens no relative)
            return sent.seg_sub[seg] and units[s].low in rels and s > 0 and (
                units[s - 1].text == "," or (units[s - 1].is_word and units[s - 1].text[:1].islower()))
    return False


def _relative_span(sent: Sentence, t: int, lex: Lexicon) -> tuple[int, int] | None:
    """The character span of the relative clause after a comma that holds unit `t`, else None:
    "Russia, which attacked Ukraine in 2022, denied the claims" denies the claims, not the
    attack the relative clause takes as known."""
    units = sent.units
    if not _comma_relative(sent, units[t].seg, lex):
        return None
    cs, ce = seg_range(sent, units[t].seg)
    return units[cs].start, units[ce - 1].end


def _second_finite(sent: Sentence, t: int, picked: list, lex: Lexicon) -> bool:
    """An English clause has one finite verb: a form that reads as a finite verb after an
    earlier finite trigger of the same clause, with no coordinator between ("condemned the
    overnight drone strikes on Odesa"), is a plural noun."""
    units = sent.units
    coords = lex.words.get("coordinators", frozenset()) | lex.words.get("relatives_nom", frozenset())
    return any(p < t and h.kind == FINITE and units[p].seg == units[t].seg
               and not any(units[k].low in coords for k in range(p + 1, t))
               for p, h, *_ in picked)


NP_REACH = 4  # modifiers between an article or preposition and the head noun


def _in_noun_phrase(sent: Sentence, t: int, lex: Lexicon) -> bool:
    """SVO languages: a bare or -s form that ends a noun phrase ("seized a car bomb",
    "intercepted a missile attack", "after the Ruritanian drone strikes") is the phrase's
    head noun, not a verb. Read back over the modifiers (open lower-case words, names) to
    what opens the phrase: a preposition other than a subordinator, an indefinite article,
    or another article after a preposition, an auxiliary or a verb form. "the rebels attack
    the town" (an article opening the clause) stays a verb; -ed forms stay verbs."""
    units = sent.units
    low = units[t].low
    if low.endswith(("ed", *lex.words.get("nonfinite_endings", ()))):
        return False  # "sent a letter asking …": a reduced clause (see `_reduced_clause`)
    if t in sent.modifier.values():
        return True  # "the Iranian (missile) attack": a demonym or possessor modifies it
    w = lex.words
    if t > 0 and t + 1 < len(units) and units[t + 1].low in w.get("aux_finite", frozenset()) \
            and units[t - 1].ent is None and units[t - 1].low not in w.get("subject_pronouns", ()):
        return True  # "what the fence was built from": a verb is no subject of an auxiliary
    closed = (w.get("aux_finite", frozenset()) | w.get("subordinators", frozenset())
              | w.get("coordinators", frozenset()) | w.get("subject_pronouns", frozenset())
              | w.get("object_pronouns", frozenset()) | w.get("preverbal_adverbs", frozenset())
              | w.get("catenatives", frozenset()) | w.get("relatives", frozenset()))
    preps = w.get("prepositions", frozenset())
    marker = lex.syntax.get("infinitive_marker")
    adverbs = tuple(w.get("adverb_endings", ()))
    k, mods = t - 1, 0
    while k >= 0 and t - k <= NP_REACH:
        u = units[k]
        if u.paren or not (u.is_word or u.text == "."):
            return False
        if u.ent is None and (u.low in closed or u.low in preps or u.low in lex.det_case
                              or u.low in w.get("possessives", frozenset()) or u.low == marker
                              or (adverbs and u.low.endswith(adverbs))
                              or u.low in lex.light_forms
                              or (lex.lookup(u.text) and u.low.endswith(("ed", "ing")))):
            break  # ("the terrorist bomb attacks": a bare trigger form modifies too)
        if (u.ent is None and u.capitalized and k == 0) or (u.ent is not None and k not in sent.modifier):
            return False  # "Rebels attack …", "… Max Muster met …": the clause's subject
        mods += u.is_word
        k -= 1
    if k < 0 or mods == 0 or t - k > NP_REACH:
        return False
    u = units[k]
    if u.low in preps:
        return u.low not in w.get("subordinators", frozenset())  # "to U.S. missile attacks"
    if u.low in w.get("indefinite_articles", frozenset()):
        return True
    if u.low not in lex.det_case and u.low not in w.get("possessives", frozenset()):
        return False
    if k == 0:
        return False
    prev = units[k - 1]
    return prev.ent is None and (prev.low in preps or prev.low in w.get("aux_finite", frozenset())
                                 or prev.low in lex.light_forms or (prev.low.endswith("ed") and not prev.capitalized)
                                 or any(h.kind != NOUN for h in lex.lookup(prev.text)))


def _attributive_participle(sent: Sentence, t: int, lex: Lexicon) -> bool:
    """A form that is a participle with an adjective ending before a noun ("den im März
    verurteilten Schweizer", "die unterzeichneten Verträge"), in a clause whose finite verb
    stands before it or whose article opens a phrase with no noun yet: no finite verb."""
    units = sent.units
    n = t + 1  # "den … stationierten deutschen Truppen": adjectives may stand between
    while n < len(units) and n - t <= 2 and units[n].is_word and not units[n].capitalized \
            and units[n].low.endswith(tuple(lex.words.get("adjective_endings", ()))) \
            and (units[n].ent is not None or not lex.lookup(units[n].text)):
        n += 1  # ("deutschen" may be a name of its own: the state it names)
    if n >= len(units) or not units[n].is_word or not (units[n].capitalized or (
            units[n].ent is not None and any(w[:1].isupper() for w in units[n].text.split()))):
        return False  # (a name may hold the adjective and the noun: "deutschen Truppen")
    low = units[t].low
    ends = [e for e in lex.words.get("adjective_endings", ()) if low.endswith(e) and len(low) > len(e) + 3]
    if not any(x.kind == PARTICIPLE for e in ends for x in lex.lookup(low[:-len(e)])):
        return False
    s = sent.seg_starts[units[t].seg]
    coords = lex.words.get("coordinators", frozenset())
    s = max([s] + [k + 1 for k in range(s, t) if units[k].low in coords])  # "… und kritisierte X"
    aux = lex.words.get("aux_finite", frozenset())
    if any(units[k].ent is None and not units[k].capitalized and (
            units[k].low in aux or units[k].low in lex.light_split  # "stattete … ab"
            or lex.light_kinds.get(units[k].low) == FINITE
            or any(x.kind == FINITE for x in lex.lookup(units[k].text))) for k in range(s, t)):
        return True
    return units[s].low in lex.det_case and all(
        units[k].ent is None and (units[k].time or not units[k].capitalized or k == s)
        for k in range(s, t)) or _article_led(sent, s, t, lex)


def _article_led(sent: Sentence, s: int, t: int, lex: Lexicon) -> bool:
    """Adverbs and prepositional phrases lead back from the form to an article that opens
    its noun phrase ("die seit Jahren in der Region stationierten Soldaten")."""
    units = sent.units
    preps = lex.words.get("prepositions", frozenset())
    aux = lex.words.get("aux_finite", frozenset())
    k = t - 1
    while k >= s:
        u = units[k]
        in_pp = k > s and units[k - 1].low in preps
        if u.ent is None and u.low in lex.det_case:
            if not in_pp:
                return True
            k -= 2  # "in der Stadt"
        elif u.ent is None and u.is_word and not u.capitalized and u.low not in aux \
                and not any(x.kind == FINITE for x in lex.lookup(u.text)):
            k -= 1  # "bereits", and a preposition
        elif u.is_word and u.capitalized and (in_pp or (
                k > s + 1 and units[k - 1].low in lex.det_case and units[k - 2].low in preps)):
            k -= 1  # the noun of a phrase ("im Land", "in der Stadt", "in Polen")
        else:
            return False
    return False


def _gapped(doc: Doc, sent: Sentence, t: int, ev: Event) -> list[Event]:
    """The same act by the subject of a verbless conjunct after the clause ("…, im November
    dann auch der Föderationsrat"), dated by the conjunct's own time expression."""
    from dataclasses import replace

    out = []
    verbs = frozenset(doc.cues.reported.get("verbs", ())) if doc.cues.reported else frozenset()
    cited = {x for a in _attributions_at(doc, sent.units[t].start) for x in a.sources}
    for i, s, e in gapped_subjects(sent, sent.units[t].seg, doc.lex, bool(ev.recipients), verbs):
        ent = sent.units[i].ent
        if ent.id in ev.actors or ent.id in ev.recipients or ent.id in cited:
            continue  # (the source the clause is reported by is no second actor)
        own = doc.dates.within(sent.units[s].start, sent.units[e - 1].end, ago=True)
        date = value_of(own[0]) if own else ev.date
        out.append(replace(ev, actors=(ent.id,), date=date, cues=ev.cues + ("actor:gapping",)))
    return out


def _topic_of(doc: Doc, sent: Sentence, t: int, clause_words: list[str]) -> bool:
    """The event noun is what a conversation was about ("Ein Gegenbesuch war Thema", "stand
    auf der Tagesordnung"): the clause holds a `topic` cue and the noun is no prepositional
    frame ("Bei dem Treffen war X Thema" tells of a meeting that took place)."""
    topic = doc.cues.words.get("topic", frozenset())
    if not topic or not topic & {x for w in clause_words for x in w.split()}:
        return False  # (a name tagger may have swallowed the cue: "Angaben aus Moskau Thema")
    preps = doc.lex.words.get("prepositions", frozenset())
    k = t - 1
    while k >= 0 and sent.units[k].is_word and not sent.units[k].capitalized \
            and sent.units[k].low not in preps and t - k <= 3:
        k -= 1
    return not (k >= 0 and sent.units[k].low in preps)


NOUN_COMPLEMENT_REACH = 6  # a noun's complement may follow its phrases ("warnings from X on Friday that")
COMPLEMENT_REACH = 3  # units from the trigger to a comma-less complementizer ("demanded that")


def _addressee(sent: Sentence, end: int, lex: Lexicon) -> int | None:
    """The last name before unit `end` that a message word a few words before it addresses
    ("wrote to Y", "a letter to Y", "called Y"): a prepositional "to" object or a bare one."""
    units = sent.units
    words = lex.words.get("addressee_words", frozenset())
    for k in range(end - 1, 0, -1):
        if units[k].ent is None:
            continue
        role = sent.roles.get(resolve_coord(sent, k))
        if role is None or not ((role.kind == "prep" and role.prep == "to") or role.kind in ("bare", "acc")):
            continue
        if any(units[j].ent is None and units[j].low in words for j in range(max(0, k - 5), k)):
            return k
    return None


def _complement_party(doc: Doc, sent: Sentence, ce: int, actors: list[str], t: int) -> int | None:
    """The party a demand, refusal, threat or promise is about when its verb names none: the
    subject of a following "dass" clause, or the object of a following infinitive clause ("…,
    in Gespräche mit dem Iran einzutreten"). Only the segment right after the clause."""
    from chronik.analysis.events.arguments import SUBJ

    units, lex = sent.units, doc.lex
    comps = lex.words.get("complementizers", frozenset())
    if ce >= len(units) or (units[ce - 1].text != "," and (
            units[ce].low not in comps or ce - t > COMPLEMENT_REACH)):
        # (English opens a "that" clause without a comma, right after the verb or its object:
        # "urged X to tell Y that …" is the telling's complement)
        return None
    seg = units[ce].seg
    s, e = seg_range(sent, seg)
    comp = units[s].low in comps
    if sent.seg_sub[seg] and not comp:
        return None  # a relative or adverbial clause says nothing about the addressee
    marker = lex.syntax.get("infinitive_marker")
    if not comp and not any(u.low == marker for u in units[s:e]) and not any(
            marker and marker in u.low[2:-2] and not u.capitalized for u in units[s:e]):
        return None  # neither "dass" nor a zu-infinitive
    want = SUBJ if comp else {"prep", "acc", "dat", "nom_acc", "nom_dat", "bare"}
    preps = set(lex.words.get("complement_preps", ()))
    for i in range(s, e):
        u = units[i]
        if u.ent is None or u.paren or u.ent.id in actors or u.ent.type not in PARTY_TYPES \
                or (i in sent.modifier and i not in sent.standin):
            continue
        role = sent.roles.get(i)
        if role is None or role.kind not in want or (role.kind == "prep" and role.prep not in preps):
            continue
        if comp and _passive_after(sent, i, lex):
            return None  # "demanded that Elian be returned": the boy is what is asked for
        return i
    return None


def _passive_after(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """SVO: the name at `i` is the subject of a passive ("X be returned", "X was freed")."""
    if lex.syntax.get("word_order") != "svo":
        return False
    units = sent.units
    aux = lex.words.get("passive_aux", frozenset())
    past = tuple(lex.words.get("past_endings", ()))
    k = i + 1
    while k < len(units) and units[k].low in lex.words.get("aux_finite", ()) and units[k].low not in aux:
        k += 1  # "X should be returned", "X has been freed"
    if k + 1 >= len(units) or units[k].low not in aux:
        return False
    nxt = units[k + 1]
    return nxt.ent is None and ((bool(past) and nxt.low.endswith(past)) or any(
        h.kind == PARTICIPLE for h in lex.lookup(nxt.text)))


def _condition_party(doc: Doc, sent: Sentence, ce: int, actors: list[str]) -> int | None:
    """The subject of a conditional clause right after the threat's clause ("…, if X does not
    withdraw", "…, wenn X nicht …"): the party the threat is addressed to."""
    from chronik.analysis.events.arguments import SUBJ

    units, lex = sent.units, doc.lex
    k = ce + 1 if ce < len(units) and units[ce].text == "," else ce
    if k >= len(units) or units[k].low not in lex.words.get("conditionals", ()):
        return None
    s, e = seg_range(sent, units[k].seg)
    for i in range(s, e):
        u = units[i]
        if u.ent is None or u.paren or (i in sent.modifier and i not in sent.standin):
            continue
        role = sent.roles.get(i)
        if u.ent.id in actors or u.ent.type not in PARTY_TYPES or role is None \
                or role.kind not in SUBJ:
            return None  # the first name is no other party's subject: none
        return i
    return None


def _kind_fit(h: Hit, words: set[str], lex: Lexicon, prev: str) -> int:
    """Prefer the reading of an ambiguous form that fits the clause: a participle next to an
    auxiliary ("wurde … unterzeichnet"), an infinitive next to a modal ("wird … unterstützen")
    or after the infinitive marker ("zu entsenden", "to meet")."""
    if prev and prev == lex.syntax.get("infinitive_marker"):
        return 3 if h.kind == INFINITIVE else 0
    if prev and prev in lex.words.get("reduced_openers", ()):
        # "said when asked", "if attacked": a clause without subject is a passive participle
        return 3 if h.kind == PARTICIPLE else 0
    aux = words & lex.words.get("aux_finite", frozenset())
    if not aux and words & lex.words.get("stative_verbs", frozenset()):
        return 2 if h.kind == PARTICIPLE else 0  # "bleiben inhaftiert": a state, no act
    if not aux:
        return 1 if h.kind == "finite" else 0
    if h.kind == "participle":
        return 2 if aux & lex.words.get("passive_aux", frozenset()) or aux else 0
    if h.kind == INFINITIVE:
        return 2 if aux & lex.words.get("future_aux", frozenset()) else 1
    return 0


def _same_clause(sent: Sentence, a: Event, b: Event) -> bool:
    def seg(v: Event) -> int:
        for u in sent.units:
            if v.trigger and u.start == v.trigger.start:
                return u.seg
        return -1
    return seg(a) == seg(b)


def _apposition(sent: Sentence, seg: int, trigger_seg: int, preps: frozenset[str] = frozenset()) -> bool:
    """A comma-delimited insertion without a verb ("Ewald Nowotny, Ratsmitglied der EZB,
    drängte"): its names are no arguments of the verb."""
    if seg == trigger_seg or sent.seg_sub[seg] or seg == 0:
        return False
    s, e = seg_range(sent, seg)
    for u in sent.units[s:e]:
        if u.is_word and u.ent is None and u.text[:1].islower() and not u.time \
                and u.low not in preps:
            if u.low in ("der", "die", "das", "des", "dem", "den", "the", "of", "a", "an") or \
                    u.low.endswith(("e", "en", "er", "es", "em")) and u.low not in ("werden", "haben"):
                continue
            return False
    return True


def _relative_at(sent: Sentence, k: int, lex: Lexicon) -> bool:
    """Unit `k` opens a relative clause (", den das Gericht …", ", in dem …")."""
    units = sent.units
    rels = lex.words.get("relatives", frozenset())
    return k > 0 and sent.seg_sub[units[k].seg] and (units[k].low in rels or (
        units[k].low in lex.words.get("prepositions", ()) and k + 1 < len(units)
        and units[k + 1].low in rels))


def _fronted_phrase(sent: Sentence, t: int, lex: Lexicon) -> bool:
    """SVO: the noun at `t` stands in a prepositional phrase that opens the sentence ("After
    talks with X, …", "During a meeting with X, …")."""
    units = sent.units
    return lex.syntax.get("word_order") == "svo" and units[t].seg == 0 and bool(units) \
        and units[0].low in lex.words.get("prepositions", frozenset()) \
        and all(units[k].ent is None and not any(h.kind != NOUN for h in lex.lookup(units[k].text))
                for k in range(1, t))


def _described_name(sent: Sentence, i: int, start: int) -> int | None:
    """The name an apposition holding mention `i` describes, when one stands right before its
    comma ("Antony Blinken, the U.S. secretary of state, met …": Blinken); else None."""
    s = sent.seg_starts[sent.units[i].seg]
    k = s - 2
    if k >= start and sent.units[s - 1].text == "," and sent.units[k].ent is not None \
            and not sent.units[k].paren and k not in sent.modifier:
        return k
    return None


def _described(sent: Sentence, i: int) -> bool:
    """The segment of mention `i` holds more than the name ("Sprecher der Y-Fraktion"): a
    description of someone else, not a name set off by commas ("…, Karl Muster, …")."""
    s, e = seg_range(sent, sent.units[i].seg)
    return any(sent.units[k].is_word for k in range(s, e) if k != i)


def _relative_antecedent(sent: Sentence, cs: int, lex: Lexicon) -> int | None:
    """The noun before ", (zu) dem …" when the clause at `cs` is a relative clause (German
    nouns are capitalized; other languages find none)."""
    units = sent.units
    k = cs + (cs < len(units) and units[cs].low in lex.words.get("prepositions", frozenset()))
    if cs < 2 or k >= len(units) or units[cs - 1].text != "," \
            or units[k].low not in lex.words.get("relatives", frozenset()):
        return None
    j = cs - 2
    while j > 0 and cs - 2 - j < 2 and units[j].is_word and not units[j].capitalized:
        j -= 1  # "des Anschlags sein, zu dem …": the verb after the noun
    return j if units[j].is_word and units[j].capitalized and units[j].ent is None else None


def _clause_start(sent: Sentence, seg: int) -> int:
    return sent.seg_starts[seg]


def _verb_final(sent: Sentence, t: int, cs: int, ce: int, lex: Lexicon) -> bool:
    """Verb-final order (verb-second languages): the trigger ends its segment after other
    words, the order of a subordinate clause ("…, bei dem sie drei Dörfer zerstörten")."""
    if lex.syntax.get("word_order") != "v2" or t <= cs or any(
            h.kind == PARTICIPLE for h in lex.lookup(sent.units[t].text)):
        return False  # ("hatte dem Mann, der …, die Erlaubnis entzogen": a participle)
    nxt = next((u for u in sent.units[t + 1:ce] if u.is_word), None)  # "… töteten und …"
    return nxt is None or nxt.low in lex.words.get("coordinators", frozenset())


def _extended_start(sent: Sentence, seg: int) -> int:
    """Start of the clause a segment continues: back to the nearest segment that opens a
    subordinate clause, or the sentence start."""
    k = seg
    while k > 0 and not sent.seg_sub[k]:
        k -= 1
    return sent.seg_starts[k]


def _event(doc: Doc, si: int, sspan: Span, sent: Sentence, t: int, hit: Hit,
           light: int | None) -> Event | None:
    lex, units = doc.lex, sent.units
    seg = units[t].seg
    cs, ce = seg_range(sent, seg)
    sub = sent.seg_sub[seg]
    cend = _clause_end(sent, seg)
    args = find_args(sent, t, hit, cs, ce, lex, light, sub, cend)
    cues = [hit.trigger.cue]
    if seg > 0 and _zu_infinitive(sent, t, hit, lex) and not sub:
        # "kündigte an, zurückzutreten": the infinitive's subject is the governing clause's
        args.actors, args.pronoun_actor = [], None
    own_subject = {"actor:non-entity-subject", "actor:unknown-prefield",
                   "actor:relative-common-noun"} & set(args.cues)
    if "actor:agentless" in args.cues and any(
            units[k].ent is None and (units[k].low in lex.words.get("subject_pronouns", ())
                                      or units[k].low in lex.words.get("demonstratives", ()))
            for k in range(cs, t)):
        # "…, dieser sei nicht festgenommen worden": a passive with its own subject takes no
        # agent from the clause before
        own_subject = {"actor:agentless"}
    if not args.actors and args.pronoun_actor is None and args.plural_actor is None \
            and args.title_actor is None \
            and not sub and not own_subject:
        # (", die Regierung werde … eingreifen": a clause with its own subject shares none)
        xs = _extended_start(sent, seg)
        if xs > 0 and xs < cs and hit.kind == FINITE and light is None and _relative_at(sent, xs, lex) \
                and _verb_final(sent, t, cs, ce, lex):
            # "…, die … legten, dabei … töteten": a verb-final clause goes on with the relative
            # clause before it, whose subject is the relative pronoun's antecedent
            ante = xs - 2
            if not (units[xs - 1].text == "," and units[ante].ent is not None
                    and not units[ante].paren and ante not in sent.modifier):
                return None  # a common noun ("die Milizen, die …"): no named actor
            args.actors = [ante]
            cues.append("actor:relative-antecedent")
        while xs > 0 and _relative_at(sent, xs, lex) and "actor:relative-antecedent" not in cues:
            # a relative clause before it ("…, den das Gericht betont hatte, verboten …")
            # shares no subject: the clause goes on before it
            xs = _extended_start(sent, units[xs].seg - 1)
        if xs < cs:  # continuation of an earlier clause: shared subject ("… und versprochen, …")
            own = args
            args = find_args(sent, t, hit, xs, ce, lex, light, sent.seg_sub[units[xs].seg], cend)
            # the trigger's own clause knows its objects best; names before it are subjects
            args.recipients = own.recipients or [
                i for i in args.recipients if not _apposition(sent, units[i].seg, seg)
                and not _in_other_relative(sent, units[i].start, t, lex)]
            # "X, Sprecher der Y-Fraktion, rügte …": a name inside an apposition is no subject
            preps = lex.words.get("prepositions", frozenset())
            args.actors = [_described_name(sent, i, xs) if _apposition(sent, units[i].seg, seg, preps)
                           and _described(sent, i) else i for i in args.actors
                           if not (units[i].seg != units[xs].seg
                                   and _relative_at(sent, sent.seg_starts[units[i].seg], lex))]
            args.actors = [i for i in dict.fromkeys(args.actors) if i is not None]
            cs = xs
            cues.append("clause:extended")
    quant = lex.words.get("quantifiers", frozenset())
    # ("1,500 North Korean soldiers were sent": the counted troops' state still sends them)
    counted = {i for i in args.actors if not _counted_group(units[i].ent, i < t) and ((i > 0 and (
        units[i - 1].low in quant or units[i - 1].text[:1].isdigit())) or _counted_mention(units[i].text, quant))} \
        if "actor:troops-nationality" not in args.cues else set()
    if counted and hit.trigger.type.lower() in lex.words.get("counted_actor_types", ()):
        # "some 300 Kurds marched": a counted crowd of a people before the verb protests
        counted = {i for i in counted if i > t}
    if counted:  # "nahmen … zwei Iraner fest": counted people are no acting party
        cues.append("actor:counted-dropped")
    actors = [units[i].ent.id for i in args.actors if i not in counted]
    if args.pronoun_actor is not None:
        how: list[str] = []
        ent = resolve_pronoun(doc, sent, args.pronoun_actor, how=how)
        if hit.kind == NOUN and light is None \
                and units[args.pronoun_actor].low in lex.words.get("possessives", frozenset()):
            # "Bei seinem Besuch in Kiew sagte Scholz …": the possessive in a framing phrase
            # is the clause's subject, which may follow it
            k = pp_frame_subject(sent, t, ce, lex, {t})
            if k is not None:
                ent, how = units[k].ent, []
        if ent is not None:
            actors = [ent.id]
            cues.append("actor:pronoun-resolved")
            if how:
                cues.append("actor:pronoun-fallback")  # only the nearest name: weak
            if units[args.pronoun_actor].low in lex.words.get("pron_any", ()):
                cues.append("actor:ambiguous-pronoun")  # "sie": she, they or a feminine noun
    if args.title_actor is not None:
        holder = resolve_title(doc, sent, args.title_actor)
        if holder is not None:
            actors = [holder.id]
            cues.append("actor:pronoun-resolved")
    if args.plural_actor is not None:
        pair = resolve_pair(doc, sent, args.plural_actor)
        if pair:
            actors = [e.id for e in pair]
            cues.append("actor:pronoun-resolved")
        elif units[args.plural_actor].low.split()[-1] in lex.words.get("plural_states", ()):
            actors = story_pair(doc)
            if actors:
                cues.append("actor:story-pair")
        elif units[args.plural_actor].low.split()[-1] in lex.words.get("plural_persons", ()):
            actors = story_persons(doc)
            if actors:
                cues.append("actor:story-pair")
    if light is not None and hit.trigger.guest_light \
            and _light_is(sent, light, ce, lex, hit.trigger.guest_light):
        # "attended a military parade in Pyongyang": the guest's host holds the parade
        host = _place_state(doc, sent, t, ce, lex)
        if host is None:
            return None  # whose parade it was is not said
        actors, args.recipients, args.location, args.host = [host.id], [], None, None
        cues.append("actor:host-of-place")
    if not actors and hit.kind == NOUN and light is None and hit.trigger.symmetric \
            and args.recipients:
        # "Bei Gesprächen mit X sagte Y …": the talks in a fronted phrase are the subject's
        k = pp_frame_subject(sent, t, ce, lex, set(args.recipients))
        if k is not None:
            actors = [units[k].ent.id]
            cues.append("actor:subject-of-frame")
        elif _fronted_phrase(sent, t, lex) and (k := main_subject_after(sent, lex)) is not None \
                and k >= 0 and units[k].ent is not None:
            # "After talks with X in Tehran, the IAEA chief said …": the fronted talks are the
            # main clause subject's
            actors = [units[k].ent.id]
            cues.append("actor:subject-of-frame")
        elif pp_frame_subject(sent, t, ce, lex, set(args.recipients), impersonal=True) == -1:
            # "Bei Gesprächen mit X ging es um …": the person the story is about
            prev = previous_subject(doc, si)
            if prev is not None:
                actors = [prev.id]
                cues.append("actor:previous-subject")
    elif actors and args.actors and not args.recipients and hit.kind == NOUN and light is None \
            and hit.trigger.symmetric:
        # "Am Rande eines Treffens der EU-Minister erklärte X …", "X nahm an einem Treffen der
        # OSZE teil": the genitive's party met the frame's subject
        k = pp_frame_subject(sent, t, ce, lex, set(args.actors))
        if k is not None and units[k].ent.id not in actors:
            args.recipients = list(args.actors)
            actors = [units[k].ent.id]
            cues.append("actor:subject-of-frame")
    generic = lex.words.get("generic_names", frozenset())
    if hit.trigger.type in VERBAL_TYPES and lex.syntax.get("word_order") == "svo" \
            and {"actor:subject-position", "actor:from"} & set(args.cues) \
            and "actor:relative-antecedent" not in args.cues:
        # "warnings from Moscow", "Washington urged": a city speaks for the state it lies in
        actors = [_speaking_state(doc, a) for a in actors]
    actors = [a for a in dict.fromkeys(actors) if entities_by_id(doc).get(a) is not None
              and _party(entities_by_id(doc)[a])
              and (entities_by_id(doc)[a].name.lower() not in generic  # (a group's label may
                   or (entities_by_id(doc)[a].key or "").startswith(GENERIC_PREFIX))]  # be one)
    if actors and _pronoun_before_group(sent, t, cs, args.actors, lex):
        return None  # "Diese soll die Polizei unterstützen": the pronoun is the subject
    recovered: list[str] = []
    if not actors and "actor:agentless" in args.cues and hit.trigger.symmetric:
        # "Der Vertrag war … unterzeichnet worden": the parties the article gave the treaty
        got = agreement_parties(doc, hit.trigger.type, [u.low for u in units[cs:ce]])
        if got is not None:
            actors, args.recipients = got[0], []
            recovered = got[1]
            cues.append("actor:agreement-parties")
    # "Three soldiers were killed on Monday": an attack whose doer the text does not name
    # has an unknown actor (PLOVER codes it so); kept only with a named target, below
    unknown_actor = not actors and {"actor:agentless", "recipient:passive-subject"} <= set(args.cues) \
        and hit.trigger.type.lower() in lex.words.get("unknown_actor_types", ())
    if not actors and not unknown_actor:
        return None  # never invent an actor
    if hit.trigger.actor_not and all(
            (e := entities_by_id(doc).get(a)) is not None and e.type in hit.trigger.actor_not
            for a in actors):
        return None  # "Kenya blocked the road": a state does not protest in the street
    recipients = list(recovered)
    for i in args.recipients:  # a place as target stands for its state ("griffen Charkiw an")
        ent = units[i].ent
        if ent.type == "LOC":
            ent = _host_state(doc, ent)
        if ent.id not in actors and _party(ent):
            recipients.append(ent.id)
        elif ent.type == "LOC" and args.location is None:
            # "a visit to Pyongyang", "Raketen auf Aschkelon" in a text that never names the
            # state: the place is where it happened
            args.location = i
    location = None
    if args.location is not None:
        location = units[args.location].ent.id
    if args.host is not None and not recipients:
        # "reiste nach Paris und Warschau": every coordinated place names a host
        homes = {by_actor.country for by_actor in (entities_by_id(doc).get(a) for a in actors)
                 if by_actor is not None}
        domestic = 0
        for j in conjuncts(sent, resolve_coord(sent, args.host)):
            if units[j].ent.type not in ("GPE", "LOC"):
                continue
            host = _host_state(doc, units[j].ent)
            if host.country and homes == {host.country}:
                domestic += 1  # "the president arrived in Philadelphia": a trip at home
                continue
            if host.id not in actors and host.id not in recipients:
                recipients.append(host.id)
        if domestic and not recipients:
            return None  # no visit to anyone
        if recipients:
            cues.append("recipient:host")
        if location is None:
            location = units[args.host].ent.id
    recipients = list(dict.fromkeys(recipients))
    if not recipients and actors and args.location is not None and args.location > t \
            and not hit.trigger.needs_recipient \
            and hit.trigger.type.lower() in lex.words.get("place_target_types", ()):
        # "shelled rebel positions in northern Syria": a target named only by where it lies
        # stands for that place's state, when the doer is not of that state
        host = _host_state(doc, units[args.location].ent)
        homes = {e.country for e in (entities_by_id(doc).get(a) for a in actors) if e is not None}
        if host.type == "GPE" and host.country and host.country not in homes and _party(host):
            recipients = [host.id]
            cues.append("recipient:target-place")
    if unknown_actor:
        if not recipients:
            return None  # no doer and no named target: nothing to code
        accidents = lex.words.get("accident_words", frozenset())
        if any(u.low in accidents for u in units):
            return None  # "were killed in a bus crash": no attack at all
        cues.append("actor:unknown")
    if hit.trigger.symmetric and not recipients and len(actors) > 1 \
            and ("actor:pronoun-pair" in args.cues or args.recipients):
        # "the two leaders met": as "X and Y met"; so too when the only recipient read was one
        # of the actors ("X and Y renewed talks on an X pullback")
        actors, recipients = actors[:1], actors[1:]
        cues.append("roles:symmetric")
    if not recipients and "actor:participle-main-subject" in args.cues \
            and hit.trigger.type.lower() in lex.words.get("addressed_types", ()):
        # "X wrote to Y, demanding that …", "X called Y, urging him to …": the one the main
        # clause addresses is asked
        k = _addressee(sent, seg_range(sent, seg)[0], lex)
        if k is not None and units[k].ent.id not in actors and _party(units[k].ent):
            recipients = [units[k].ent.id]
            cues.append("recipient:addressee")
    if not recipients and (hit.trigger.type in GOVERNING_TYPES or hit.trigger.type == "ACCUSE"):
        k = _complement_party(doc, sent, ce, actors, t)
        if k is not None:  # "drohte, die Ukraine anzugreifen", "forderte, dass Israel …",
            # "alleged that X …": the accusation is against X
            recipients = [units[k].ent.id]
            cues.append("recipient:complement")
    if hit.trigger.symmetric and actors and not recipients and "actor:passive-" in " ".join(args.cues):
        # "war während eines Besuchs von Putin unterzeichnet worden": the treaty's other party
        recipients = other_party(doc, hit.trigger.type, [u.low for u in units[cs:ce]], actors)
        if recipients:
            cues.append("recipient:agreement-party")
    if hit.trigger.symmetric and hit.trigger.type != "AGREE" and not recipients:
        return None  # a meeting or signing needs a named partner
    if hit.trigger.needs_recipient and not recipients:
        return None  # "erwartet, dass die Preise steigen": a forecast, no demand
    if hit.trigger.host and not recipients and location is None:
        return None  # "besuchte Gefängnisse": a visit needs a named host or place
    cues += args.cues
    etype, mode = hit.trigger.type, hit.trigger.mode
    context = list(hit.trigger.context)
    if lex.context_re is not None:  # a cue starts a word of the clause ("Militärhilfe")
        for m in lex.context_re.finditer(text_lower(doc, units[cs].start, units[ce - 1].end)):
            ctx = lex.contexts[m.group(0)]
            if ctx not in context:
                context.append(ctx)
    by_id = entities_by_id(doc)
    if hit.trigger.person_type and recipients and "military" not in context and all(
            by_id[a].type == "PER" for a in actors):
        etype, mode = hit.trigger.person_type, None
        cues.append(f"type:person-sense->{etype}")
    # date
    c_start, c_end = units[cs].start, units[ce - 1].end
    date = EventDate()
    if args.opener is not None:  # "a day after X tested …": the main clause's date is not its
        c_start = units[args.opener].start
        cues.append("date:subordinate")
    tx = _clause_timex(doc, c_start, c_end, units[t].start)
    if tx is not None and "clause:extended" in cues and (
            _in_other_relative(sent, tx.span.start, t, lex)
            or _in_other_subclause(sent, tx.span.start, t, lex)):
        # "Russland, das 2022 … angriff, wies … zurück": the relative clause's date; the
        # clause may have its own ("…, invited X back a week ago")
        tx = _clause_timex(doc, c_start, c_end, units[t].start, skip=lambda x: (
            _in_other_relative(sent, x.span.start, t, lex)
            or _in_other_subclause(sent, x.span.start, t, lex)))
    if tx is not None and _after_relative_word(sent, t, tx.span.start, lex):
        # "arrested the man who robbed a bank last week": the relative clause's own date
        tx = None
        cues.append("date:relative-clause")
    if tx is not None and _complement_date(sent, t, hit, tx, lex, doc.analysis.article.date_refined
                                                   or doc.analysis.article.date):
        tx = None  # "invited X to a summit on 12 March": the date of the summit
        cues.append("date:complement")
    earlier = _anterior_noun(sent, t, hit, light, lex)
    if tx is None and args.opener is not None:
        pass  # no date of its own: unknown rather than the main clause's
    elif earlier is not None and tx is not None and tx.span.start < units[earlier].start:
        # "berichtete am Donnerstag nach einem Treffen": the date is the report's; the
        # meeting came before it, on a day the clause does not give
        cues.append("date:anterior-noun")
    elif tx is not None:
        date = value_of(tx)
        cues.append("date:clause-timex")
    elif _pluperfect(sent, cs, t, hit, light, lex):
        # "reported on Friday that troops had been sent": it happened before the report and
        # the narrative time, on a day the clause does not give
        cues.append("date:anterior-tense")
    else:
        tx = doc.dates.nearest(sspan.start, sspan.end, units[t].start)
        if tx is not None and _possessive_elsewhere(doc, tx, units[t].start):
            tx = None  # "a rally to urge him to run in this year's election": the election's
        if tx is not None and (not sent.seg_sub[seg] and (
                _in_relative_clause(doc, tx) or _in_other_relative(sent, tx.span.start, t, lex))
                or _after_relative_word(sent, t, tx.span.start, lex)
                or _complement_date(sent, t, hit, tx, lex, doc.analysis.article.date_refined
                                                   or doc.analysis.article.date)) \
                and not _date_apposition(doc, tx):
            tx = None  # "…, die X im September getroffen hatte": the relative clause's own time
        if tx is not None:
            date = value_of(tx)
            cues.append("date:sentence-timex")
        elif hit.kind != NOUN or light is not None:
            tx = _narrative(doc, si)
            if tx is not None and any(units[k].low in lex.words.get("ongoing_adverbs", ())
                                      for k in range(cs, ce)):
                tx = None  # "wies … vorerst zurück": a stand that holds up to the time of writing
                cues.append("date:ongoing")
            elif tx is not None and _present_perfect(sent, cs, t, hit, light, lex):
                tx = None  # "has invited X": told as the present
                cues.append("date:present-perfect")
            if tx is not None and (_present_clause(sent, cs, ce, t, hit, light, lex)
                                   or _reported_now(doc, si, sent, cs, ce, t, hit, light)) \
                    and value_of(tx).value != (doc.analysis.article.date_refined
                                               or doc.analysis.article.date):
                tx = None  # "Nun fordert X …": the time of writing, not the time told before
                cues.append("date:present-tense")
            if tx is not None:
                date = value_of(tx)
                cues.append("date:narrative")
    # modality and sources
    # "(darunter keine Deutschen)" negates nothing; "aus nicht geklärten Gründen": a negation
    # inside a noun phrase is no clause negation; "nahe der geplanten Grenze": a future
    # adjective of another noun dates nothing
    local = lex.words.get("local_negation", frozenset())
    fut = doc.cues.words.get("future", frozenset())
    ends = tuple(lex.words.get("adjective_endings", ()))
    clause_words = [units[k].low for k in _kept(units, cs if sub else _extended_start(sent, seg),
                                                ce, local, lex)
                    if not (units[k].low in fut and units[k].low.endswith(ends)
                            and _before_other_noun(units, k, t))]
    gov_words: list[str] = []
    if sub and seg > 0:
        gs = _extended_start(sent, seg - 1)
        gov_words = [units[k].low for k in range(gs, cs)]
    infinitive = hit.kind == INFINITIVE or hit.kind == NOUN or any(
        h.kind == INFINITIVE for h in lex.lookup(units[t].text))
    mkey = ("modality", tuple(clause_words), tuple(gov_words), infinitive)
    got = doc.memo.get(mkey)
    if got is None:
        got = doc.memo[mkey] = clause_modality(doc.cues, clause_words, gov_words, infinitive=infinitive)
    modality, mcue = got
    if modality == "negated" and hit.kind == NOUN and light is None \
            and "actor:subject-of-frame" in cues and _frame_prep(sent, t, lex) is not None:
        # "nach dem Gespräch mit X gab Y keine Erklärung ab": the talks took place
        modality, mcue = "asserted", ""
    if modality == "hypothetical" and hit.trigger.type == "THREATEN" and hit.kind != NOUN \
            and mcue in lex.words.get("conditionals", frozenset()):
        modality, mcue = "asserted", ""  # "threatened military action if Tehran refused": a threat is conditional
    elif modality == "hypothetical" and etype in CONDITIONAL_THREATS and hit.kind != NOUN \
            and _conditioned(sent, t, cs if sub else _extended_start(sent, seg), ce, lex):
        # "X may halt its aid if the fighting goes on": force or a sanction made conditional
        # on the other side's conduct is a threat (PLOVER THREATEN)
        etype, mode, modality, mcue = "THREATEN", None, "asserted", ""
        cues.append("type:conditional-force->THREATEN")
    if hit.kind == NOUN and light is None and modality in ("asserted", "future") \
            and _topic_of(doc, sent, t, clause_words):
        modality, mcue = "hypothetical", "topic"  # "Ein Gegenbesuch war Thema": only discussed
    if modality == "hypothetical" and mcue in lex.words.get("backshift_future", ()) \
            and _reported_future(doc, sent, t, clause_words, mcue):
        modality, mcue = "future", f"{mcue}:reported"  # "said X would stand by Y": will, told
    elif modality == "future" and mcue in lex.words.get("reported_future", ()) \
            and _reported_future(doc, sent, t, clause_words, mcue):
        mcue = f"{mcue}:reported"  # "versicherte, ihr Land werde … stehen": Konjunktiv I, told
    if hit.kind == NOUN:  # "a possible visit", "the planned summit": the noun's own adjective
        k = t - 1
        while k >= cs and t - k <= 3 and units[k].ent is None and units[k].is_word \
                and units[k].low not in lex.det_case:
            k -= 1
        nm = noun_modality(doc.cues, [units[j].low for j in range(k + 1, t)])
        if nm is not None and (modality == "asserted" or (
                modality in PRIORITY and PRIORITY.index(nm[0]) < PRIORITY.index(modality))):
            modality, mcue = nm
    if mcue:
        cues.append(f"modality:{modality}:{mcue}")
    sources: list[str] = []
    tspan = Span.of(doc.analysis.article.text, units[t].start, units[t].end)
    rel = _relative_span(sent, t, lex)
    attr = next((a for a in _attributions_at(doc, units[t].start)
                 if not (a.cue_span is not None and a.cue_span.overlaps(tspan))
                 and (rel is None or (a.cue_span is not None
                                      and rel[0] <= a.cue_span.start < rel[1]))), None)
    if attr is not None:
        sources = list(attr.sources) + [v for v in attr.via if v not in attr.sources]
        if modality in ("asserted", "future", "reported"):
            if attr.modality in ("speculative", "negated"):
                modality = attr.modality
            elif modality == "asserted" and not set(sources) <= set(actors):
                modality = "reported"
        cues.append(f"source:attribution:{attr.cue or ''}")
        if date.value is None and attr.cue_span is not None and not {"date:anterior-noun", "date:subordinate", "date:anterior-tense"} & set(cues):
            k = sentence_index(doc, attr.cue_span.start)
            if k >= 0 and k != si:
                cs_ = doc.sents[k]
                rep = doc.dates.nearest(cs_.start, cs_.end, attr.cue_span.start)
                if rep is not None and not _report_follows(doc, rep):
                    date = value_of(rep)
                    cues.append("date:report")
    elif rel is None:  # a relative clause's own facts are told, not what the sentence reports
        rkey = ("report", si, cs, ce)  # own_report depends on the clause, not the trigger
        got = doc.memo.get(rkey)
        if got is None:
            got = doc.memo[rkey] = own_report(doc, si, sent, t, cs, ce)
        src, via, rep_date = got
        if src:
            sources = [src] + ([via] if via else [])
            if modality == "asserted" and src not in actors:
                modality = "reported"
            cues.append("source:cue")
        if rep_date is not None and date.value is None and not {"date:anterior-noun", "date:subordinate", "date:anterior-tense"} & set(cues) \
                and not _report_follows(doc, rep_date):
            date = value_of(rep_date)
            cues.append("date:report")
    if sources and set(recipients) & set(sources):  # the cited source is no participant
        recipients = [r for r in recipients if r not in sources]
    if unknown_actor and not any(not (entities_by_id(doc)[r].key or "").startswith(GENERIC_PREFIX)
                                 for r in recipients):
        return None  # an unknown doer needs a named target ("three soldiers were killed": none)
    if modality == "asserted" and "date:clause-timex" in cues and later_than(
            date.value, doc.analysis.article.date_refined or doc.analysis.article.date):
        modality = "future"
        cues.append("modality:future:date-after-publication")
    if modality == "future" and etype == "SUPPORT" and (mcue or "").endswith(":reported"):
        pass  # "said X would stand by Y": a declaration of support made now (PLOVER SUPPORT)
    elif modality == "future" and etype in FUTURE_TO_AGREE:
        etype, mode = "AGREE", None
        cues.append("type:future-cooperation->AGREE")
    elif modality == "future" and etype in FUTURE_TO_THREATEN:
        etype, mode = "THREATEN", None  # announced force is a threat (PLOVER THREATEN)
        cues.append("type:future-force->THREATEN")
    elif modality == "future" and etype == "RETREAT":
        etype = "CONCEDE"  # an announced withdrawal is a verbal concession
        cues.append("type:future-retreat->CONCEDE")
    if etype == "THREATEN" and not recipients:
        k = _condition_party(doc, sent, ce, actors)
        if k is not None:  # "will strike …, if X does not stop": the threat is X's to heed
            recipients = [units[k].ent.id]
            cues.append("recipient:condition")
    cues += _quality_cues(doc, actors, "actor") + _quality_cues(doc, recipients, "recipient")
    off = lex.words.get("off_topic", frozenset())
    if (off and any(u.low in off for u in units)) or doc_is_sport(doc):
        cues.append("context:off-topic")
    if hit.kind == NOUN and light is None and modality in WEAK_MODALITIES:
        cues.append("modality:weak-nominal")  # "ein Abzug … sei unwahrscheinlich": little said
    conf = _confidence(cues, hit, light)
    if conf < MIN_CONFIDENCE:
        return None
    return Event(id="", type=etype, evidence=sspan, actors=tuple(actors),
                 recipients=tuple(recipients), mode=mode, context=tuple(context),
                 location=location, date=date, modality=modality, sources=tuple(sources),
                 confidence=conf, trigger=Span.of(doc.analysis.article.text, units[t].start,
                                                  units[t].end), cues=tuple(cues))


SPORT_MIN = 3  # distinct sport words that make an article a sports report


def doc_is_sport(doc: Doc) -> bool:
    """A sports report ("empfing Borussia Dortmund den HSV"): its attacks, visits and shots
    are games. Decided once per article from the `senses.sport` stems (memoized on doc)."""
    cached = getattr(doc, "_sport", None)
    if cached is None:
        rx = _sport_re(doc.lex.lang)
        found = {m.group(0) for m in rx.finditer(doc.analysis.article.text.lower())} if rx else set()
        cached = len(found) >= SPORT_MIN
        object.__setattr__(doc, "_sport", cached)
    return cached


@functools.cache
def _sport_re(lang: str) -> re.Pattern[str] | None:
    from chronik.resources import load_yaml

    stems = ((load_yaml(lang, "event_triggers.yaml") or {}).get("senses") or {}).get("sport")
    if not stems:
        return None
    alts = sorted((re.escape(str(w).lower()) for w in stems if str(w).isalpha()), key=len,
                  reverse=True)
    # a hyphenated compound is one mention ("Fußball-Weltmeisterschaft" is not two sports words)
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")[\w-]*")


def _attributions_at(doc: Doc, pos: int) -> list:
    """The attributions whose span holds `pos`, in their original order. Why an index (by
    start, with the running maximum of the ends, built once per article): every trigger
    scanned all attributions, and a long text has thousands of both."""
    index = doc.memo.get(("attributions",))
    if index is None:
        attrs = doc.analysis.attributions
        order = sorted(range(len(attrs)), key=lambda i: attrs[i].span.start)
        starts = [attrs[i].span.start for i in order]
        ends = list(itertools.accumulate((attrs[i].span.end for i in order), max))
        index = doc.memo[("attributions",)] = (order, starts, ends)
    order, starts, ends = index
    attrs = doc.analysis.attributions
    hits = [i for i in order[bisect.bisect_right(ends, pos):bisect.bisect_right(starts, pos)]
            if pos < attrs[i].span.end]
    return [attrs[i] for i in sorted(hits)]


def _reported_future(doc: Doc, sent: Sentence, t: int, clause_words: list[str], aux: str) -> bool:
    """A backshifted "will" ("Choe said North Korea would stand by Russia"): the auxiliary
    follows a speech verb of the sentence, the clause has no other conditional or modal cue
    and no verb of intent ("would consider visiting" stays hypothetical)."""
    cues, lex = doc.cues, doc.lex
    other = cues.words.get("hypothetical", frozenset()) - {aux}
    if any(w in other for w in clause_words) or any(
            _has_seq(clause_words, p) for p in cues.phrases.get("hypothetical", ())) \
            or any(w in lex.words.get("intent_verbs", ()) for w in clause_words) \
            or any(w in lex.words.get("hard_subordinators", ())
                   and w not in lex.words.get("speech_complementizers", ()) for w in clause_words):
        return False
    speech = set(cues.reported.get("verbs", ()))
    units = sent.units
    at = next((k for k in range(t - 1, -1, -1) if units[k].low == aux), None)
    return at is not None and any(units[k].low in speech for k in range(at))


def _conditioned(sent: Sentence, t: int, start: int, end: int, lex: Lexicon) -> bool:
    """A conditional word after the trigger in its clause ("would strike if attacked"), or
    opening the sentence ("If X attacks, Y would …"); "unclear if X would attack" is a question."""
    conds = lex.words.get("conditionals", frozenset())
    units = sent.units
    return bool(conds) and ((units[0].low in conds and units[t].seg > 0) or any(
        units[k].low in conds for k in range(t + 1, min(end, len(units)))))


def _kept(units, start: int, end: int, local: frozenset[str], lex: Lexicon) -> list[int]:
    """Indices of the units that the clause word list keeps (same filter, same order)."""
    return [k for k in range(start, end) if not units[k].paren and not (
        units[k].low in local and k > 0 and (units[k - 1].low in lex.det_case
                                             or units[k - 1].low in lex.words.get("prepositions", ())))]


def _before_other_noun(units, k: int, t: int) -> bool:
    """Unit k is an attributive word before a capitalized noun other than the trigger."""
    j = k + 1
    while j < len(units) and units[j].is_word and not units[j].capitalized and j - k < 3:
        j += 1
    return j < len(units) and j != t and units[j].capitalized and units[j].is_word


def _zu_infinitive(sent: Sentence, t: int, hit: Hit, lex: Lexicon) -> bool:
    """A zu-infinitive ("zu liefern", "zurückzutreten"): it has no subject of its own."""
    if hit.kind != INFINITIVE:
        return False
    marker = lex.syntax.get("infinitive_marker")
    if t > 0 and sent.units[t - 1].low == marker:
        return True
    p = hit.trigger.particle
    return bool(p and marker and sent.units[t].low.startswith(p + marker))


def _counted_mention(text: str, quant: frozenset[str]) -> bool:
    """A "name" that starts with a number word ("Acht Tote", "Zwölf Todesopfer")."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in quant or first.isdigit()


def _report_follows(doc: Doc, rep) -> bool:
    """"Das berichtete KCNA am Donnerstag nach einem Treffen": the report came after the
    occasion of what it reports, so its date is not the event's."""
    k = sentence_index(doc, rep.span.start)
    end = doc.sents[k].end if k >= 0 else rep.span.end
    words = doc.analysis.article.text[rep.span.end:end].lower().split()[:1]
    return bool(words) and words[0] in doc.lex.words.get("anterior_preps", frozenset())


def _anterior_noun(sent: Sentence, t: int, hit: Hit, light: int | None, lex: Lexicon) -> int | None:
    """The unit of "nach"/"after" governing a nominal trigger ("nach einem Treffen"): the
    noun names something earlier than the clause it sits in."""
    if hit.kind != NOUN or light is not None:
        return None
    preps = lex.words.get("anterior_preps", frozenset())
    nouns = lex.words.get("anterior_nouns", frozenset())
    # up to five words back: "in response to the U.S. missile strikes" as "… to U.S. missile
    # strikes" (the phrase's own words stop the walk)
    for k in range(t - 1, max(t - 6, -1), -1):
        u = sent.units[k]
        if u.low in preps:
            return k
        if k > 0 and sent.units[k - 1].low in nouns and u.low in lex.words.get("prepositions", ()):
            return k  # "in response to the rebels' rocket attacks": the attacks came first
        if (u.ent is not None and k not in sent.modifier) or not u.is_word \
                or (u.ent is None and u.capitalized and u.low not in lex.det_case):
            return None
    return None


def _pluperfect(sent: Sentence, cs: int, t: int, hit: Hit, light: int | None, lex: Lexicon) -> bool:
    """A past perfect ("had been sent", "waren … gebracht worden"): a past participle verb
    after a pluperfect auxiliary of its clause."""
    aux = lex.words.get("pluperfect_aux", frozenset())
    v = light if light is not None and hit.kind == NOUN else t
    if not aux or not any(u.low in aux for u in sent.units[cs:v]):
        return False
    if v == t:
        return hit.kind == PARTICIPLE or any(h.kind == PARTICIPLE for h in lex.lookup(sent.units[t].text))
    return lex.light_kinds.get(sent.units[v].low) in (PARTICIPLE, AMBIGUOUS)


def _present_perfect(sent: Sentence, cs: int, t: int, hit: Hit, light: int | None,
                     lex: Lexicon) -> bool:
    """The verb is in a present perfect that tells of the present (`present_perfect_aux`,
    English "has invited"; German tells its past in the perfect and lists none): it stands
    at the time of writing, not at the time the sentences before told."""
    aux = lex.words.get("present_perfect_aux", frozenset())
    if not aux:
        return False
    v = light if light is not None and hit.kind == NOUN else t
    kind = hit.kind if v == t else lex.light_kinds.get(sent.units[v].low, FINITE)
    if kind not in (PARTICIPLE, AMBIGUOUS, FINITE):
        return False
    k = v - 1
    while k > cs and v - k <= 2 and sent.units[k].ent is None and sent.units[k].low not in aux \
            and sent.units[k].is_word and sent.units[k].low not in lex.det_case:
        k -= 1  # "has also invited", "has not yet"
    return k >= cs and sent.units[k].low in aux and sent.units[k].ent is None


def _reported_now(doc: Doc, si: int, sent: Sentence, cs: int, ce: int, t: int, hit: Hit,
                  light: int | None) -> bool:
    """A present-tense clause that tells what a report in an earlier sentence says, where
    that report is made now ("Das Ministerium äußerte sich jetzt … Demnach erwartet X, …"):
    the time of writing, not the time the story told before."""
    lex = doc.lex
    adverbs = lex.words.get("present_adverbs", frozenset())
    by_id = entities_by_id(doc)
    for a in _attributions_at(doc, sent.units[t].start):
        if a.cue_span is None:
            continue
        k = sentence_index(doc, a.cue_span.start)
        if k == si and si > 0 and not any(
                doc.sents[si].start <= m.start < doc.sents[si].end
                for x in a.sources if x in by_id for m in by_id[x].mentions):
            k = si - 1  # "Demnach …": the source, and its report, are the sentence before
        if k < 0 or k == si:
            continue
        sp = doc.sents[k]
        words = {w.lower() for w in _WORD.findall(doc.analysis.article.text, sp.start, sp.end)}
        return bool(words & adverbs) and _present_clause(sent, cs, ce, t, hit, light, lex,
                                                         adverb=False)
    return False


def _present_clause(sent: Sentence, cs: int, ce: int, t: int, hit: Hit, light: int | None,
                    lex: Lexicon, adverb: bool = True) -> bool:
    """A main clause told in the present tense about now ("Nun fordert X …", "X will derzeit
    … besuchen"): a `present_adverbs` word in it, no past or perfect auxiliary, and its verb
    a known present form, or a participle or infinitive with a present auxiliary. Such a
    statement is about the time of writing, not the time of the sentences before it. Only
    languages whose lexicon names present forms (`present` endings) say so."""
    if not lex.present or sent.seg_sub[sent.units[t].seg]:
        return False
    w = lex.words
    if adverb and not any(u.low in w.get("present_adverbs", ()) for u in sent.units[cs:ce]):
        # without "nun"/"derzeit" the present often goes on telling a dated statement
        # ("hat sich am Dienstag geäußert. Er fordert …"): the narrative time still holds
        return False
    past = w.get("past_markers", frozenset()) | w.get("perfect_aux", frozenset()) \
        | w.get("stative_aux", frozenset())
    units = sent.units
    lows = [units[k].low for k in range(cs, ce) if units[k].ent is None]
    if any(x in past for x in lows):
        return False
    v = light if light is not None and hit.kind == NOUN else t
    low = units[v].low
    kind = hit.kind if v == t else lex.light_kinds.get(low, FINITE)
    if kind == FINITE and low in lex.present:
        return True
    present_aux = w.get("present_aux", frozenset())
    return kind != FINITE and any(x in present_aux for x in lows)


def _clause_timex(doc: Doc, start: int, end: int, pos: int, skip=None):
    """The clause's own time expression nearest the trigger. A date right after a noun ("die
    Geiselnahme in der Botschaft 1979") dates that noun, not the clause: used only when the
    clause has no other."""
    ts = [x for x in doc.dates.within(start, end, ago=True)
          if (x.rule != AGO_RULE or not _in_relative_clause(doc, x))
          and (skip is None or not skip(x)) and not _possessive_elsewhere(doc, x, pos)]
    if len(ts) > 1:
        text = doc.analysis.article.text
        poss = tuple(doc.lex.syntax.get("possessive_marks", ()))
        # "last month's summit": a possessive date names the noun after it, not the clause
        own = [x for x in ts if not _attributive(text, x.span.start, doc.lex)
               and not (poss and text.startswith(poss, x.span.end))]
        ts = own or ts
    return min(ts, key=lambda x: abs(x.span.start - pos)) if ts else None


POSSESSIVE_REACH = 40  # characters from a possessive date to the noun it dates


def _possessive_elsewhere(doc: Doc, tx, pos: int) -> bool:
    """"to run in this year's vote": a possessive date names the noun right after it;
    a trigger anywhere else takes no date from it ("last year's bombings" keeps its own)."""
    poss = tuple(doc.lex.syntax.get("possessive_marks", ()))
    text = doc.analysis.article.text
    if not poss or not text.startswith(poss, tx.span.end):
        return False
    gap = text[tx.span.end:pos]
    return not (0 <= pos - tx.span.end <= POSSESSIVE_REACH and not any(c in gap for c in ",;.("))


def _attributive(text: str, start: int, lex: Lexicon) -> bool:
    words = text[max(0, start - 40):start].split()
    if not words:
        return False
    prev = words[-1].strip(",;")
    low = prev.lower()
    return prev[:1].isupper() and low not in lex.det_case and low not in lex.words.get(
        "prepositions", ()) and low not in lex.words.get("date_modifiers", ())


NARRATIVE_SENTENCES = 3  # how far back the narrative time carries


def _narrative(doc: Doc, si: int):
    """The most recent dated timex of the last few sentences, if it is specific enough: a bare
    year ("1956") other than the publication year sets no narrative time."""
    tx = doc.dates.before(doc.sents[si].start)
    if tx is None:
        return None
    first = doc.sents[max(0, si - NARRATIVE_SENTENCES)].start
    if tx.span.start < first:
        return None
    pub = doc.analysis.article.date or ""
    if len(tx.value or "") == 4 and pub[:4] != tx.value:
        return None
    text = doc.analysis.article.text
    here = doc.sents[si].start
    br = text.rfind("\n\n", tx.span.end, here)
    if br >= 0 and any(br < x.start < here for x in doc.sents[max(0, si - NARRATIVE_SENTENCES):si]):
        return None  # deep in a new paragraph: a new scene (its first sentence may continue)
    if later_than(tx.value, doc.analysis.article.date_refined or pub):
        return None  # a date still to come ("bis zum 1. Juli") sets no narrative time
    before = text[max(0, tx.span.start - 16):tx.span.start].lower().split()[-2:]
    if any(w in doc.lex.words.get("deadline_preps", ()) for w in before):
        return None  # "Frist bis März": a deadline, not when things happened
    if _in_relative_clause(doc, tx):
        return None  # "…, die seit einem Vertrag im Mai andauern": background, not the story
    if _flashback(doc, tx):
        return None  # "Bereits im Januar hatte X Y getroffen.": a look back, not the story's time
    return tx


def _flashback(doc: Doc, tx) -> bool:
    """The timex's sentence is told in the past perfect after the timex ("Bereits im Januar
    hatte Scholz Selenskyj getroffen", "In March, Kim had visited …"): it recalls an earlier
    time, so the sentences after it do not happen then."""
    aux = doc.lex.words.get("pluperfect_aux", frozenset())
    if not aux:
        return False
    k = sentence_index(doc, tx.span.start)
    if k < 0:
        return False
    text = doc.analysis.article.text
    words = [m.group() for m in _WORD.finditer(text, tx.span.end, doc.sents[k].end)]
    at = next((i for i, w in enumerate(words) if w.lower() in aux), None)
    return at is not None and any(h.kind == PARTICIPLE for w in words[at + 1:]
                                  for h in doc.lex.lookup(w))


def _date_apposition(doc: Doc, tx) -> bool:
    """"Am Montag, dem 21. Juli, …": the date right after a relative-looking article restates
    a date; it opens no relative clause."""
    text = doc.analysis.article.text
    rels = doc.lex.words.get("relatives", frozenset())
    first = tx.span.text.split(maxsplit=1)[0].lower() if tx.span.text.strip() else ""
    if first in rels:
        return True
    head = text[max(0, tx.span.start - 16):tx.span.start].rstrip()
    words = head.split()
    if not words or words[-1].lower() not in rels:
        return False
    # the restated date closes its apposition: "dem 21. Juli, …" (not ", das 2022 die Ukraine …")
    closes = text[tx.span.end:tx.span.end + 3].lstrip()[:1] in (",", ")", ".", ";", "")
    return closes and head[:len(head) - len(words[-1])].rstrip().endswith(",")


def _in_relative_clause(doc: Doc, tx) -> bool:
    """The timex stands in a relative clause of its sentence (memoized per timex)."""
    key = ("relative-timex", tx.span.start)
    got = doc.memo.get(key)
    if got is None:
        k = sentence_index(doc, tx.span.start)
        sp = doc.sents[max(k, 0)]
        sent = build(doc.analysis.article.text, sp.start, sp.end,
                     sentence_mentions(doc, sp.start, sp.end), doc.lex)
        u = next((j for j, x in enumerate(sent.units) if x.start >= tx.span.start), None)
        got = u is not None and _relative_at(sent, sent.seg_starts[sent.units[u].seg], doc.lex)
        doc.memo[key] = got
    return bool(got)


def _quality_cues(doc: Doc, ids: list[str], role: str) -> list[str]:
    """Known (KB-linked) participants make an event more credible; an unlinked one-word
    "person" is often a misread noun ("Bataillons")."""
    out = []
    for x in ids[:1]:
        e = entities_by_id(doc)[x]
        if e.kb:
            out.append(f"{role}-kb")
        elif e.type == "PER" and len(e.name.split()) < 2 and not _titled(doc, e):
            out.append(f"{role}-unlinked-single")
        else:
            out.append(f"{role}-unlinked")
    return out


def _titled(doc: Doc, e: Entity) -> bool:
    """A one-word name right after a title ("Finanzministerin Muster",
    "Parteichefin Muster") is a person's surname, not a misread noun."""
    from chronik.analysis.events.syntax import _title

    text = doc.analysis.article.text
    for m in e.mentions[:3]:
        words = text[max(0, m.start - 40):m.start].split()
        if words and words[-1][:1].isupper() and _title(words[-1].rsplit("-", 1)[-1].lower(),
                                                       doc.lex):
            return True
    return False


def _confidence(cues: list[str], hit: Hit, light: int | None) -> float:
    score = WEIGHTS["trigger:light" if light is not None else
                    "trigger:noun" if hit.kind == NOUN else "trigger:verb"]
    for c in cues:
        if c == "actor-kb":
            score += 0.05
        elif c == "actor-unlinked-single":
            score -= 0.25
        elif c == "actor-unlinked":
            score -= 0.05
        elif c.startswith("actor:") and "resolved" not in c and "pronoun" not in c:
            score += 0.15
        elif c == "actor:pronoun-resolved":
            score += 0.08
        elif c.startswith("recipient:"):
            score += 0.1
        elif c.startswith("date:clause") or c.startswith("date:sentence"):
            score += 0.08
        elif c.startswith("date:"):
            score += 0.03
        elif c == "clause:extended":
            score -= 0.05
        elif c == "actor:ambiguous-pronoun":
            score -= 0.12
        elif c == "actor:pronoun-fallback":
            score -= 0.1
        elif c == "modality:weak-nominal":
            score -= 0.1
        elif c == "context:off-topic":
            score -= 0.3
    return round(max(0.05, min(0.95, score)), 3)


def _light_is(sent: Sentence, k: int, ce: int, lex: Lexicon, lemmas: tuple[str, ...]) -> bool:
    """The light verb at unit k is one of `lemmas` (a split one by its particle: "nahm … teil")."""
    low = sent.units[k].low
    if lex.light_forms.get(low) in lemmas:
        return True
    return any(lemma in lemmas and _particle_at(sent, k, ce, particle) is not None
               for lemma, particle in lex.light_split.get(low, ()))


def _place_state(doc: Doc, sent: Sentence, t: int, ce: int, lex: Lexicon) -> Entity | None:
    """The state of the first place after the trigger named in a locative phrase ("in
    Pyongyang", "in der nordkoreanischen Hauptstadt")."""
    units = sent.units
    preps = set(lex.syntax.get("location_preps", ()))
    for k in range(t + 1, ce):
        ent = units[k].ent
        if ent is None:
            continue
        for j in range(k - 1, max(t, k - 4), -1):
            if units[j].ent is not None:
                break
            if units[j].low in preps:
                return _host_state(doc, ent) if ent.type in ("GPE", "LOC") else None
    return None


def _speaking_state(doc: Doc, eid: str) -> str:
    """A place that acts in words is its state when the text names that state; else as is."""
    ent = entities_by_id(doc).get(eid)
    if ent is None or ent.type != "LOC":
        return eid
    host = _host_state(doc, ent)
    return host.id if host.type == "GPE" else eid


def _host_state(doc: Doc, ent: Entity) -> Entity:
    """The state that hosts a visit to `ent` (a city's country), when the text names it."""
    if ent.type == "GPE" or not ent.country:
        return ent
    for e in doc.analysis.entities:
        if e.type == "GPE" and e.country == ent.country:
            return e
    return ent


