"""The events stage: triggers → arguments → date → modality → confidence → dedupe → ids."""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from chronik.analysis.events.arguments import find_args
from chronik.analysis.events.coref import resolve_pronoun
from chronik.analysis.events.dates import DateIndex, later_than, value_of
from chronik.analysis.events.dedupe import dedupe
from chronik.analysis.events.doc import Doc, entities_by_id, sentence_mentions
from chronik.analysis.events.lexicon import INFINITIVE, NOUN, Hit, Lexicon, load_lexicon
from chronik.analysis.events.modality import clause_modality, load_cues
from chronik.analysis.events.sources import own_report
from chronik.analysis.events.syntax import Sentence, build, seg_range
from chronik.model import Analysis, Entity, Event, EventDate, Span
from chronik.text.segment import sentences as split_sentences

_OPENERS = frozenset({'"', "„", "“", "»", "«", "(", ":", "–", "-"})
_WORD = re.compile(r"\w+(?:-\w+)*")
_SPEECH = re.compile(r"[:,]\s*[„\"“»«]")
SPEECH_WORD = "<speech>"  # pseudo-word for sense constraints: a colon opens a direct quote
GOVERNING_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})
MIN_CONFIDENCE = 0.45  # below this an event is not reported (precision first)
PARTY_TYPES = frozenset({"PER", "ORG", "GPE"})
FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
FUTURE_TO_THREATEN = frozenset({"ASSAULT", "COERCE"})
WEAK_MODALITIES = frozenset({"speculative", "hypothetical", "negated"})
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
    doc = Doc(analysis, lex, load_cues(lang), mentions, [m[0] for m in mentions],
              DateIndex(analysis.timexes), analysis.sentences or split_sentences(art.text, lang))
    found: list[Event] = []
    for si, sspan in enumerate(doc.sents):
        found.extend(_sentence_events(doc, si, sspan))
    ents = {e.id: e for e in analysis.entities}
    kept = dedupe(found, ents)
    kept.sort(key=lambda v: (v.evidence.start, v.trigger.start if v.trigger else 0))
    from dataclasses import replace

    events = tuple(replace(v, id=f"v{k}") for k, v in enumerate(kept, 1))
    return analysis.replace(events=events)


def text_lower(doc: Doc, start: int, end: int) -> str:
    return doc.analysis.article.text[start:end].lower()


def _viable(h: Hit, lows: set[str], lex: Lexicon) -> bool:
    """A cheap sentence-level check before any parsing: needed words and light verbs present."""
    if not _needs_ok(h, lows):
        return False
    if h.kind == NOUN and not h.trigger.standalone:
        return any(lex.light_forms.get(w) in h.trigger.light for w in lows)
    return True


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
    for n in needs:
        if len(n) <= 3:
            if n in words:
                return True
        elif any(w.startswith(n) for w in words):
            return True
    return False


def _particle_at(sent: Sentence, t: int, ce: int, particle: str) -> int | None:
    units = sent.units
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
    if not any(_viable(h, lows, lex) for w in words for h in lex.lookup(w)):
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
    consumed: set[int] = set()
    picked: list[tuple[int, Hit, int | None, int, int]] = []
    for t, hits in raw:
        cs, ce = seg_range(sent, units[t].seg)
        clause_start = _clause_start(sent, units[t].seg)
        words = {units[k].low for k in range(clause_start, _clause_end(sent, units[t].seg))}
        if SPEECH_WORD in lows:
            words.add(SPEECH_WORD)
        best = None
        for h in hits:
            if not _needs_ok(h, words) or _blocked(h, lows) or any(
                    w in words for w in h.trigger.unless):
                continue
            if caps_nouns and h.kind != NOUN and units[t].capitalized and t > 0 \
                    and units[t - 1].text not in _OPENERS:
                continue  # a capitalized word inside a German sentence is a noun
            if h.kind != NOUN and t > 0 and units[t - 1].low in preps:
                continue  # "mit einigen der Traditionen": no verb right after a preposition
            light = None
            if h.kind == NOUN and h.trigger.light:
                light = next((k for k in range(clause_start, _clause_end(sent, units[t].seg))
                              if lex.light_forms.get(units[k].low) in h.trigger.light
                              and not (caps_nouns and units[k].capitalized and k > 0)), None)
                if light is None and not h.trigger.standalone:
                    continue
            elif h.kind == NOUN and not h.trigger.standalone:
                continue
            if h.split:
                p = _particle_at(sent, t, _clause_end(sent, units[t].seg), h.trigger.particle or "")
                if p is None:
                    continue
                consumed.add(p)
            prev = units[t - 1].low if t else ""
            rank = (bool(h.trigger.needs), h.split, light is not None, _kind_fit(h, words, lex, prev))
            if best is None or rank > best[0]:
                best = (rank, h, light)
        if best is not None:
            picked.append((t, best[1], best[2], cs, ce))
            if best[2] is not None:
                consumed.add(best[2])
    events = []
    governors = [t for t, h, _l, _c, _e in picked if h.trigger.type in GOVERNING_TYPES]
    intent = lex.words.get("intent_verbs", frozenset())
    governors += [k for k, u in enumerate(units) if u.ent is None and u.low in intent]
    for t, hit, light, _cs, _ce in picked:
        if t in consumed:
            continue
        marker = lex.syntax.get("infinitive_marker")
        infinitival = hit.kind == INFINITIVE or (
            light is not None and light > 0 and units[light - 1].low == marker)
        if infinitival and any(g < t for g in governors):
            continue  # "forderte X auf, … zu liefern": the request is the event
        if hit.kind == NOUN and light is None and any(
                g < t and units[g].seg == units[t].seg for g in governors):
            continue  # "verlangte einen Rückzug": the demanded act is no event of its own
        ev = _event(doc, si, sspan, sent, t, hit, light)
        if ev is not None:
            events.append(ev)
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


def _kind_fit(h: Hit, words: set[str], lex: Lexicon, prev: str) -> int:
    """Prefer the reading of an ambiguous form that fits the clause: a participle next to an
    auxiliary ("wurde … unterzeichnet"), an infinitive next to a modal ("wird … unterstützen")
    or after the infinitive marker ("zu entsenden", "to meet")."""
    if prev and prev == lex.syntax.get("infinitive_marker"):
        return 3 if h.kind == INFINITIVE else 0
    aux = words & lex.words.get("aux_finite", frozenset())
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


def _apposition(sent: Sentence, seg: int, trigger_seg: int) -> bool:
    """A comma-delimited insertion without a verb ("Ewald Nowotny, Ratsmitglied der EZB,
    drängte"): its names are no arguments of the verb."""
    if seg == trigger_seg or sent.seg_sub[seg] or seg == 0:
        return False
    s, e = seg_range(sent, seg)
    for u in sent.units[s:e]:
        if u.is_word and u.ent is None and u.text[:1].islower() and not u.time:
            if u.low in ("der", "die", "das", "des", "dem", "den", "the", "of", "a", "an") or \
                    u.low.endswith(("e", "en", "er", "es", "em")) and u.low not in ("werden", "haben"):
                continue
            return False
    return True


def _clause_start(sent: Sentence, seg: int) -> int:
    return sent.seg_starts[seg]


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
    if not args.actors and args.pronoun_actor is None and not sub:
        xs = _extended_start(sent, seg)
        if xs < cs:  # continuation of an earlier clause: shared subject ("… und versprochen, …")
            own = args
            args = find_args(sent, t, hit, xs, ce, lex, light, sent.seg_sub[units[xs].seg], cend)
            args.recipients = [i for i in args.recipients
                               if not _apposition(sent, units[i].seg, seg)] or own.recipients
            cs = xs
            cues.append("clause:extended")
    quant = lex.words.get("quantifiers", frozenset())
    counted = {i for i in args.actors if (i > 0 and (
        units[i - 1].low in quant or units[i - 1].text.isdigit())) or _counted_mention(units[i].text, quant)}
    if counted:  # "nahmen … zwei Iraner fest": counted people are no acting party
        cues.append("actor:counted-dropped")
    actors = [units[i].ent.id for i in args.actors if i not in counted]
    if args.pronoun_actor is not None:
        how: list[str] = []
        ent = resolve_pronoun(doc, sent, args.pronoun_actor, how=how)
        if ent is not None:
            actors = [ent.id]
            cues.append("actor:pronoun-resolved")
            if how:
                cues.append("actor:pronoun-fallback")  # only the nearest name: weak
            if units[args.pronoun_actor].low in lex.words.get("pron_any", ()):
                cues.append("actor:ambiguous-pronoun")  # "sie": she, they or a feminine noun
    generic = lex.words.get("generic_names", frozenset())
    actors = [a for a in dict.fromkeys(actors) if entities_by_id(doc).get(a) is not None
              and entities_by_id(doc)[a].type in PARTY_TYPES
              and entities_by_id(doc)[a].name.lower() not in generic]
    if not actors:
        return None  # never invent an actor
    recipients = []
    for i in args.recipients:  # a place as target stands for its state ("griffen Charkiw an")
        ent = units[i].ent
        if ent.type == "LOC":
            ent = _host_state(doc, ent)
        if ent.id not in actors and ent.type in PARTY_TYPES:
            recipients.append(ent.id)
    location = None
    if args.location is not None:
        location = units[args.location].ent.id
    if args.host is not None and not recipients:
        host = _host_state(doc, units[args.host].ent)
        if host.id not in actors:
            recipients = [host.id]
            cues.append("recipient:host")
        if location is None:
            location = units[args.host].ent.id
    recipients = list(dict.fromkeys(recipients))
    if hit.trigger.symmetric and hit.trigger.type != "AGREE" and not recipients:
        return None  # a meeting or signing needs a named partner
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
    tx = _clause_timex(doc, c_start, c_end, units[t].start)
    earlier = _anterior_noun(sent, t, hit, light, lex)
    if earlier is not None and tx is not None and tx.span.start < units[earlier].start:
        # "berichtete am Donnerstag nach einem Treffen": the date is the report's; the
        # meeting came before it, on a day the clause does not give
        cues.append("date:anterior-noun")
    elif tx is not None:
        date = value_of(tx)
        cues.append("date:clause-timex")
    else:
        tx = doc.dates.nearest(sspan.start, sspan.end, units[t].start)
        if tx is not None:
            date = value_of(tx)
            cues.append("date:sentence-timex")
        elif hit.kind != NOUN or light is not None:
            tx = _narrative(doc, si)
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
    if mcue:
        cues.append(f"modality:{modality}:{mcue}")
    sources: list[str] = []
    tspan = Span.of(doc.analysis.article.text, units[t].start, units[t].end)
    attr = next((a for a in _attributions_at(doc, units[t].start)
                 if not (a.cue_span is not None and a.cue_span.overlaps(tspan))), None)
    if attr is not None:
        sources = list(attr.sources) + [v for v in attr.via if v not in attr.sources]
        if modality in ("asserted", "future", "reported"):
            if attr.modality in ("speculative", "negated"):
                modality = attr.modality
            elif modality == "asserted" and not set(sources) <= set(actors):
                modality = "reported"
        cues.append(f"source:attribution:{attr.cue or ''}")
        if date.value is None and attr.cue_span is not None and "date:anterior-noun" not in cues:
            k = bisect.bisect_right([s.start for s in doc.sents], attr.cue_span.start) - 1
            if k >= 0 and k != si:
                cs_ = doc.sents[k]
                rep = doc.dates.nearest(cs_.start, cs_.end, attr.cue_span.start)
                if rep is not None:
                    date = value_of(rep)
                    cues.append("date:report")
    else:
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
        if rep_date is not None and date.value is None and "date:anterior-noun" not in cues:
            date = value_of(rep_date)
            cues.append("date:report")
    if sources and set(recipients) & set(sources):  # the cited source is no participant
        recipients = [r for r in recipients if r not in sources]
    if modality == "asserted" and "date:clause-timex" in cues and later_than(
            date.value, doc.analysis.article.date_refined or doc.analysis.article.date):
        modality = "future"
        cues.append("modality:future:date-after-publication")
    if modality == "future" and etype in FUTURE_TO_AGREE:
        etype, mode = "AGREE", None
        cues.append("type:future-cooperation->AGREE")
    elif modality == "future" and etype in FUTURE_TO_THREATEN:
        etype, mode = "THREATEN", None  # announced force is a threat (PLOVER THREATEN)
        cues.append("type:future-force->THREATEN")
    elif modality == "future" and etype == "RETREAT":
        etype = "CONCEDE"  # an announced withdrawal is a verbal concession
        cues.append("type:future-retreat->CONCEDE")
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
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")\w*")


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


def _anterior_noun(sent: Sentence, t: int, hit: Hit, light: int | None, lex: Lexicon) -> int | None:
    """The unit of "nach"/"after" governing a nominal trigger ("nach einem Treffen"): the
    noun names something earlier than the clause it sits in."""
    if hit.kind != NOUN or light is not None:
        return None
    preps = lex.words.get("anterior_preps", frozenset())
    for k in range(t - 1, max(t - 4, -1), -1):
        u = sent.units[k]
        if u.low in preps:
            return k
        if u.ent is not None or not u.is_word or (u.capitalized and u.low not in lex.det_case):
            return None
    return None


def _clause_timex(doc: Doc, start: int, end: int, pos: int):
    """The clause's own time expression nearest the trigger. A date right after a noun ("die
    Geiselnahme in der Botschaft 1979") dates that noun, not the clause: used only when the
    clause has no other."""
    ts = doc.dates.within(start, end)
    if len(ts) > 1:
        text = doc.analysis.article.text
        poss = tuple(doc.lex.syntax.get("possessive_marks", ()))
        # "last month's summit": a possessive date names the noun after it, not the clause
        own = [x for x in ts if not _attributive(text, x.span.start, doc.lex)
               and not (poss and text.startswith(poss, x.span.end))]
        ts = own or ts
    return min(ts, key=lambda x: abs(x.span.start - pos)) if ts else None


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
    return tx


def _quality_cues(doc: Doc, ids: list[str], role: str) -> list[str]:
    """Known (KB-linked) participants make an event more credible; an unlinked one-word
    "person" is often a misread noun ("Bataillons")."""
    out = []
    for x in ids[:1]:
        e = entities_by_id(doc)[x]
        if e.kb:
            out.append(f"{role}-kb")
        elif e.type == "PER" and len(e.name.split()) < 2:
            out.append(f"{role}-unlinked-single")
        else:
            out.append(f"{role}-unlinked")
    return out


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


def _host_state(doc: Doc, ent: Entity) -> Entity:
    """The state that hosts a visit to `ent` (a city's country), when the text names it."""
    if ent.type == "GPE" or not ent.country:
        return ent
    for e in doc.analysis.entities:
        if e.type == "GPE" and e.country == ent.country:
            return e
    return ent


