"""Actors, recipients and location of one trigger, from the units of its clause.

German verb-second order, verb-final subordinate clauses, subject after the verb, passive with
"von", coordination and possessives are read from word order and case cues (see syntax.py);
the language files say which words play which part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.analysis.events.lexicon import AMBIGUOUS, FINITE, NOUN, PARTICIPLE, Hit, Lexicon
from chronik.analysis.events.recover import troop_sender
from chronik.analysis.events.syntax import (
    Sentence,
    conjuncts,
    finite_word,
    quantity_words,
    resolve_coord,
    seg_range,
)

SUBJ = frozenset({"bare", "nom", "nom_acc", "nom_dat"})


@dataclass
class Args:
    actors: list[int] = field(default_factory=list)  # unit indices (entities)
    recipients: list[int] = field(default_factory=list)
    pronoun_actor: int | None = None  # unit index of a pronoun to resolve
    plural_actor: int | None = None  # head of "die beiden Länder": a pair named before
    title_actor: int | None = None  # "der Minister": the person last named with that title
    opener: int | None = None  # "after" opening the trigger's clause: dates only from there on
    location: int | None = None
    host: int | None = None
    cues: list[str] = field(default_factory=list)
    skip: set[int] = field(default_factory=set)  # mentions inside the subject phrase


def _eff(sent: Sentence, i: int):
    return sent.roles[resolve_coord(sent, i)]


def _cands(sent: Sentence, cs: int, ce: int) -> list[int]:
    return [i for i in range(cs, ce) if sent.units[i].ent is not None and not sent.units[i].paren
            and (i not in sent.modifier or i in sent.standin)]


def _junk_name(text: str, lex: Lexicon) -> bool:
    """A name span the tagger ran into the clause: it opens with a function word ("On Monday",
    "Also Sunday") or holds a lower-case auxiliary or adverb ("British government has
    formally"). Such a span is never an argument."""
    words = text.split()
    if len(words) < 2:
        return False
    w = lex.words
    first = words[0].lower()
    if first in w.get("prepositions", frozenset()) or first in w.get("preverbal_adverbs", frozenset()) \
            or first in w.get("subordinators", frozenset()):
        return True
    aux = w.get("aux_finite", frozenset())
    adverbs = tuple(w.get("adverb_endings", ()))
    return any(x.islower() and (x in aux or (adverbs and x.endswith(adverbs) and len(x) > 4))
               for x in words[1:])


_PLACES = ("GPE", "LOC")


def _place_apposition(sent: Sentence, i: int) -> bool:
    """"at the embassies in Nairobi, Kenya, and …": a state set off by a comma after a place
    only says where that place is; it is never an argument of the verb."""
    units = sent.units
    return i >= 2 and units[i].ent.type in _PLACES and units[i - 1].text == "," \
        and units[i - 2].ent is not None and units[i - 2].ent.type in _PLACES \
        and units[i - 2].ent is not units[i].ent and units[i].ent.country is not None \
        and units[i - 2].ent.country == units[i].ent.country \
        and (i + 1 >= len(units) or not units[i + 1].is_word)  # (not "Russia, Ukraine and …")


def _matches(role, want: str) -> bool:
    if role.kind == "prep":
        return role.prep == want
    if want == "obj":
        return role.kind in ("bare", "acc", "dat", "nom_acc", "nom_dat")
    if want == "acc":
        return role.kind in ("acc", "nom_acc")
    if want == "dat":
        return role.kind in ("dat", "nom_dat")
    return role.kind == want


def _group(sent: Sentence, i: int) -> list[int]:
    return conjuncts(sent, resolve_coord(sent, i))


def find_args(sent: Sentence, t: int, hit: Hit, cs: int, ce: int, lex: Lexicon,
              light: int | None, sub: bool, clause_end: int | None = None) -> Args:
    """Arguments for the trigger at unit `t` in clause units [cs, ce)."""
    trig = hit.trigger
    a = Args()
    units = sent.units
    cands = _cands(sent, cs, ce)
    if lex.syntax.get("word_order") == "svo":
        cands = [i for i in cands if not _junk_name(units[i].text, lex)
                 and not _place_apposition(sent, i)]
    verbal = hit.kind != NOUN or light is not None
    if verbal:
        _verbal(sent, t, hit, cs, ce, lex, light, sub, cands, a, clause_end or ce)
        if light is not None and not a.actors and a.pronoun_actor is None:
            # the noun is itself the subject ("Der russische Angriff … begann"): read it as a noun
            a = Args()
            verbal = False
            _nominal(sent, t, hit, ce, lex, cands, a)
    else:
        _nominal(sent, t, hit, ce, lex, cands, a)
        if not a.actors and a.pronoun_actor is None:
            _purpose_subject(sent, t, cs, lex, cands, a, trig.host)
    taken = set(a.actors) | a.skip
    cut = _next_clause(sent, t, ce, lex) if verbal else ce
    if verbal and trig.type not in GOVERNED_OBJECT_TYPES:
        cut = min(cut, _infinitive_after(sent, t, cut, lex))
    cands = [i for i in cands if i < cut or i < t]
    # "demanded the withdrawal of Russian forces": the one whose act is demanded is asked
    if not a.recipients and verbal and light is None and lex.syntax.get("word_order") == "svo" \
            and trig.type.lower() in lex.words.get("agent_of_types", ()):
        k = _agent_of_object(sent, t, cands, lex)
        if k is not None and k not in taken:
            a.recipients = [j for j in _group(sent, k) if j not in taken]
            a.cues.append("recipient:agent-of-object")
    # recipients by the frame
    if not a.recipients:
        # in SVO order the object follows the verb; verb-second German may front it
        svo = lex.syntax.get("word_order") == "svo"
        # "lobte X und kritisierte Y": a verb right after a coordinator fronts nothing
        joined = t > cs and units[t - 1].low in lex.words.get("coordinators", frozenset())
        after = [i for i in cands if i not in taken and (i > t or (verbal and not svo
                                                                    and not joined))]
        # verb-second: the prefield holds one phrase, so a prepositional phrase after a
        # prefield subject describes it ("Roth von HRW fordert …"), it is no object
        pre_end = -1
        if verbal and not svo and not sub and a.actors and "actor:prefield" in a.cues:
            aux = lex.words.get("aux_finite", frozenset())
            pre_end = next((k for k in range(cs, t) if units[k].low in aux), t)
        for i in after:
            role = _eff(sent, i)
            if role.kind == "prep" and i < pre_end and i > max(a.actors):
                continue
            if role.kind == "gen" and role.head is not None and \
                    units[role.head].low in lex.words.get("beneficiary", ()):
                a.recipients = _group(sent, i)
                a.cues.append("recipient:beneficiary")
                break
            # "fordern die Summe von X ein": a verb's "von" object may follow a noun
            if any(_matches(role, w) or (verbal and role.kind == "prep" and role.prep == f"{w}-gen")
                   for w in trig.recipient):
                if role.kind == "gen" and verbal:
                    continue
                a.recipients = [k for k in _group(sent, i) if k not in taken]
                a.cues.append(f"recipient:{role.prep or role.kind}")
                break
    # "will give Chile 20 million euros in aid", "granted X asylum": in SVO order a name right
    # after the light verb, before its noun, is the indirect object
    if not a.recipients and light is not None and light + 1 < t and verbal \
            and lex.syntax.get("word_order") == "svo" and {"to", "obj"} & set(trig.recipient):
        k = next((i for i in cands if light < i < t), None)
        if k is not None and k not in taken and _eff(sent, k).kind in SUBJ | {"acc"} and all(
                units[j].ent is None and (units[j].low in lex.det_case or (
                    units[j].is_word and units[j].text[:1].isupper())) for j in range(light + 1, k)):
            # ("granted President X asylum": a title before the name)
            a.recipients = [j for j in _group(sent, k) if j not in taken]
            a.cues.append("recipient:indirect-object")
    # "an der Seite Russlands stehen": with a light verb, the name right after the trigger
    # noun (or after its article) is the noun's genitive
    if not a.recipients and light is not None and "gen" in trig.recipient:
        for i in cands:
            if i not in taken and (i == t + 1 or (i == t + 2 and units[t + 1].low in lex.det_case)):
                a.recipients = [k for k in _group(sent, i) if k not in taken]
                a.cues.append("recipient:noun-genitive")
                break
    # "kritisierte das Vorgehen Moskaus": the owner of the object is the recipient
    if not a.recipients and verbal and trig.recipient:
        for i in cands:
            role = _eff(sent, i)
            h = role.head
            if i > t and i not in taken and role.kind == "gen" and h is not None and h > t + 1 \
                    and not any(x.kind == NOUN for x in lex.lookup(units[h].text)) \
                    and lex.det_case.get(_article_before(sent, h, t, lex)) in ("acc", "nom_acc"):
                a.recipients = [i]
                a.cues.append("recipient:genitive-of-object")
                break
    # "praised Haiti's efforts": the possessor of the object is the recipient
    if not a.recipients and verbal and trig.recipient:
        poss = tuple(lex.syntax.get("possessive_marks", ()))
        for i, head in sorted(sent.modifier.items()):
            if units[i].ent.type == "LOC" and not (poss and units[i].text.endswith(poss)) \
                    and not (i + 1 < len(units) and units[i + 1].text in poss):
                continue  # "ordered the Miami relatives": a place before a noun owns nothing
            if units[head].low in lex.words.get("kin_nouns", ()):
                continue  # "spoke to Elian's father": the father, a person of his own
            if i > t and i < ce and i not in taken and i not in sent.standin \
                    and not units[i].text[:1].islower() and units[head].ent is None:
                a.recipients = [i]
                a.cues.append("recipient:possessor")
                break
    # "wies den französischen Vorschlag zurück", "verurteilte den russischen Angriff": the state an
    # adjective names owns the object; also a fronted object when the subject follows the verb
    if not a.recipients and verbal and {"acc", "obj"} & set(trig.recipient):
        late = [k for k in a.actors + ([a.pronoun_actor] if a.pronoun_actor is not None else [])]
        fronted = bool(late) and all(k > t for k in late)
        for i, head in sorted(sent.modifier.items()):
            # "Das französische Angebot, …, wies er zurück": the object phrase before a comma
            before_comma = fronted and not sub and i < cs and units[i].seg == 0 \
                and units[0].low in lex.det_case
            if i < ce and (i >= cs or before_comma) and i not in taken and i not in sent.standin \
                    and units[i].text[:1].islower() and units[head].ent is None \
                    and (i > t or fronted) and _eff(sent, i).kind in ("acc", "nom_acc"):
                a.recipients = [i]
                a.cues.append("recipient:adjective-of-object")
                break
    # "wies den von X geplanten Schritt zurück": the author of the object is its recipient
    if not a.recipients and verbal and {"acc", "obj"} & set(trig.recipient):
        for i in cands:
            if i not in taken and i != t and _authored_object(sent, i, lex):
                a.recipients = [i]
                a.cues.append("recipient:author-of-object")
                break
    # "kritisiert den Verlauf der Wahl in Georgien": the state where the criticised thing is
    if not a.recipients and verbal and trig.object_place:
        aux = lex.words.get("aux_finite", frozenset())
        # the object stands after the finite verb; a phrase before it belongs to the subject
        fin = next((k for k in range(cs, t) if units[k].low in aux), t)
        for i in cands:
            role = _eff(sent, i)
            h = role.head
            if i > fin and i not in taken and role.kind == "prep" and role.prep in trig.object_place \
                    and h is not None and h != t and units[i].ent.type == "GPE" \
                    and units[h].low not in lex.words.get("head_nouns", ()) \
                    and not any(x.kind == NOUN for x in lex.lookup(units[h].text)):
                # "die Polizei in Kenia" is a group of that state, filled as such later
                a.recipients = [i]
                a.cues.append("recipient:object-place")
                break
    # "zwischen X und Y" after a nominal trigger
    if not verbal and not a.actors and a.pronoun_actor is None:
        betw = lex.syntax.get("between")
        for i in cands:
            if t < i <= t + 3 and _eff(sent, i).kind == "prep" and _eff(sent, i).prep == betw:
                grp = _group(sent, i)
                if len(grp) > 1:
                    a.actors, a.recipients = grp[:1], grp[1:]
                    a.cues.append(f"actor:{betw}")
                break
    # location and host
    loc_preps = set(lex.syntax.get("location_preps", ()))
    host_preps = set(lex.syntax.get("host_preps", ())) if trig.host else set()
    for i in cands:
        if i in a.actors or i in a.recipients:
            continue
        role = _eff(sent, i)
        if role.kind != "prep" or units[i].ent.type not in ("GPE", "LOC", "ORG"):
            continue
        if not verbal and (i < t or _verb_between(sent, t, i, lex)):
            continue  # ("Albright's visit to X was designed to …": a later verb's phrase)
        if role.prep in host_preps and a.host is None:
            a.host = i
        if role.head is not None and role.head != t:
            continue  # "Gespräche über den Krieg in der Ukraine": not where it happened
        if role.prep in loc_preps and a.location is None and units[i].ent.type != "ORG":
            a.location = i
    if trig.inverse:
        obj_pron = lex.words.get("object_pronouns", frozenset())
        aux = lex.words.get("aux_finite", frozenset())
        # "Kim greeted him", "Merkel hat ihn … empfangen": the one the pronoun names is the
        # visitor (right after the verb, or after the finite auxiliary of a verb-second clause)
        k = t + 1 if t + 1 < ce and units[t + 1].ent is None and units[t + 1].low in obj_pron \
            else next((j for j in range(max(cs, 1), t) if units[j].ent is None
                       and units[j].low in obj_pron and units[j - 1].low in aux), None)
        if verbal and not a.recipients and a.pronoun_actor is None and k is not None:
            a.pronoun_actor = k
            a.cues.append("actor:object-pronoun")
        a.actors, a.recipients = a.recipients, a.actors
        a.cues.append("roles:inverse")
    if trig.symmetric and not a.recipients and len(a.actors) > 1:
        a.actors, a.recipients = a.actors[:1], a.actors[1:]
        a.cues.append("roles:symmetric")
    return a


def _authored_object(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """"den von Minister X (Partei Y) geplanten Schritt": a passive agent inside
    an object's participle phrase (article, "von", name, participle adjective, noun)."""
    units = sent.units
    role = _eff(sent, i)
    if role.kind != "prep" or role.prep != lex.syntax.get("passive_agent"):
        return False
    j = i - 1
    while j >= 0 and units[j].ent is None and units[j].capitalized and units[j].is_word:
        j -= 1  # a title before the name ("von Minister X")
    if j < 1 or units[j].low != role.prep or lex.det_case.get(units[j - 1].low) not in (
            "acc", "nom_acc"):
        return False
    k = i + 1
    while k < len(units) and units[k].paren:
        k += 1
    ends = tuple(lex.words.get("adjective_endings", ()))
    return k + 1 < len(units) and units[k].is_word and not units[k].capitalized \
        and units[k].low.endswith(ends) and units[k + 1].capitalized


def _passive_subject(sent: Sentence, i: int) -> bool:
    """A nominative name, or a person right after a descriptive noun ("der gesuchte
    Verdächtige Max Muster"), which the role reader takes for a genitive."""
    role = _eff(sent, i)
    if role.kind in ("nom", "nom_acc", "nom_dat", "bare"):
        return True
    return role.kind == "gen" and role.head == i - 1 and sent.units[i].ent.type == "PER" \
        and not sent.units[i].text.endswith("s")


def _agentless_patient(sent: Sentence, v: int, cands: list[int], lex: Lexicon) -> int | None:
    """SVO: the subject of an agentless passive right before its verb ("X was killed", "X has
    reportedly been attacked"): a name whose phrase reaches the auxiliary with no clause
    boundary (comma, pronoun, conjunction) in between; None otherwise."""
    units = sent.units
    w = lex.words
    passive_aux = w.get("passive_aux", frozenset())
    skip = w.get("preverbal_adverbs", frozenset())
    adverbs = tuple(w.get("adverb_endings", ()))
    k = v - 1
    while k > 0 and units[k].ent is None and (units[k].low in skip or (
            adverbs and units[k].low.endswith(adverbs) and len(units[k].low) > 4)):
        k -= 1
    if k <= 0 or units[k].low not in passive_aux:
        return None  # "was seen … after a sniper killed X": no auxiliary of this verb
    stop = w.get("subject_pronouns", frozenset()) | w.get("subordinators", frozenset()) \
        | w.get("coordinators", frozenset()) | w.get("relatives", frozenset())
    for i in reversed([i for i in cands if i < k]):
        if any(units[j].text in (",", ";", ":") or (units[j].ent is None and units[j].low in stop)
               or (units[j].ent is None and units[j].low in lex.forms) for j in range(i + 1, k)):
            return None
        if _passive_subject(sent, i):
            return i
    return None


def _after_direction(sent: Sentence, i: int, dirs: frozenset[str]) -> bool:
    """"nordöstlich von Budapest": the preposition belongs to a place description."""
    return i >= 2 and sent.units[i - 2].low in dirs


def _next_clause(sent: Sentence, t: int, ce: int, lex: Lexicon) -> int:
    """Where a coordinated clause starts after the trigger ("begrüßte X und griff Y an"): a
    coordinator followed by a lower-case verb form. Its names are not this verb's objects."""
    units = sent.units
    coords = lex.words.get("coordinators", frozenset())
    aux = lex.words.get("aux_finite", frozenset())
    svo = lex.syntax.get("word_order") == "svo"
    for k in range(t + 1, ce - 1):
        nxt = units[k + 1]
        if units[k].low in coords and nxt.ent is None and not nxt.capitalized and (
                nxt.low in aux or any(h.kind != NOUN for h in lex.lookup(nxt.text))):
            return k
        if svo and units[k].low in coords and nxt.ent is not None and k + 2 < ce \
                and finite_word(units[k + 2], lex):
            return k  # "… kill a store owner and police found …": a new clause's subject
    return ce



def _place_phrase(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """Mention `i` is a place in a locative phrase ("the blasts at embassies in Kenya"): a
    relative clause after it tells of the phrase's head, not of the place."""
    role = _eff(sent, i)
    return role.kind == "prep" and role.prep in lex.syntax.get("location_preps", ()) \
        and sent.units[i].ent.type in ("GPE", "LOC")


def _behind_common_subject(sent: Sentence, cs: int, c: int, lex: Lexicon) -> bool:
    """SVO: the clause opens with a common-noun phrase ("The almost simultaneous attacks …",
    after a fronted phrase and its comma), and a preposition stands between it and the name
    `c` (not a person: "The head of X, Max Muster, said" names the subject): the name sits
    in a phrase of that subject, which is the doer."""
    units = sent.units
    if units[c].ent.type == "PER":
        return False
    w = lex.words
    preps = w.get("prepositions", frozenset())
    k = cs
    while k < c and not units[k].is_word:
        k += 1
    if k < c and (units[k].time or (units[k].ent is None and (
            units[k].low in preps or units[k].low in w.get("subordinators", frozenset())))):
        comma = next((j for j in range(k, c) if units[j].text == ","), None)
        if comma is None:
            return False
        k = comma + 1
    if k >= c or units[k].ent is not None or units[k].low in w.get("subject_pronouns", frozenset()):
        return False
    j = k
    while j < c and units[j].ent is None and (units[j].is_word or units[j].time or units[j].text == ".") \
            and (units[j].low not in preps or quantity_words(units, j, lex)) \
            and units[j].low not in w.get("aux_finite", frozenset()) \
            and units[j].low not in w.get("coordinators", frozenset()):
        j += 1  # the opening phrase: article, adjectives, nouns (and a date: "attacks Aug. 7");
        # "up to 100 …" modifies a number
    if j == k or j >= c or units[j].low not in preps:
        return False
    head = units[j - 1].low  # "Officials in Kenya", "The government of X": the state's own
    return head not in w.get("head_nouns", frozenset()) and head not in w.get("partitive_heads", frozenset()) \
        and not head.endswith(tuple(w.get("title_suffixes", ())))


def _relative_object(sent: Sentence, cs: int, c: int, v: int, lex: Lexicon) -> bool:
    """SVO: the name `c` is the object of a relative clause on a common noun ("Veterans of
    the war that made X president met …"): relative pronoun after
    a lower-case noun, the relative clause's own verb, then the name; the main verb `v`
    follows. The subject is the common noun's phrase, no name."""
    units = sent.units
    w = lex.words
    rels = w.get("relatives", frozenset())
    speech = w.get("clause_speech_verbs", frozenset())
    for r in range(c - 2, max(cs, 1) - 1, -1):
        u = units[r]
        if u.ent is not None:
            return False
        if u.low not in rels:
            continue
        noun, verb = units[r - 1], units[r + 1]
        # (not "said that", "a week that once …", "reports that thousands of …": no relative)
        closed = lex.det_case.keys() | w.get("prepositions", frozenset()) \
            | w.get("subordinators", frozenset()) | w.get("subject_pronouns", frozenset()) \
            | w.get("partitive_heads", frozenset()) | w.get("possessives", frozenset()) \
            | w.get("reduced_openers", frozenset())
        return noun.ent is None and noun.is_word and noun.text[:1].islower() and not noun.time \
            and noun.low not in speech and not noun.low.endswith("ed") \
            and noun.low not in lex.det_case and noun.low not in w.get("aux_finite", ()) \
            and verb.ent is None and verb.is_word and verb.text[:1].islower() \
            and not verb.time and verb.low not in closed and c < v
    return False


FRONT_NP_MAX = 4  # words of a common-noun phrase before the main clause's name ("the FBI chief")


def _fronted_participle(sent: Sentence, v: int, cands: list[int], lex: Lexicon) -> int | None:
    """SVO: the -ing verb `v` stands in a participle clause that opens the sentence ("After
    touring X and meeting with Y, the FBI chief said …", "Meeting X on Friday, Y …"): its doer
    is the main clause's subject after the comma. Returns that name's unit, a subject
    pronoun's unit, -1 when the subject has no name, None when `v` is no such participle."""
    units = sent.units
    ends = tuple(lex.words.get("nonfinite_endings", ()))
    if not ends or units[v].ent is not None or not units[v].low.endswith(ends) or units[v].seg != 0:
        return None
    first = 1 if units and units[0].low in lex.words.get("participle_openers", ()) else 0
    if first >= len(units) or units[first].ent is not None or not units[first].low.endswith(ends):
        return None
    if v != first and not (units[v - 1].low in lex.words.get("coordinators", ())
                           and units[v - 1].seg == 0):
        return None
    return main_subject_after(sent, lex)


def main_subject_after(sent: Sentence, lex: Lexicon) -> int | None:
    """The subject of the main clause after a fronted phrase or clause that fills the first
    segment and ends with a comma ("After talks with X, Y said …"): a name's or a subject
    pronoun's unit, -1 when the subject has no name, None when the first segment is not
    closed by a comma."""
    units = sent.units
    end = seg_range(sent, 0)[1]  # the comma closes the fronted part
    if end >= len(units) or units[end - 1].text != ",":
        return None
    subj = lex.words.get("subject_pronouns", frozenset())
    for k in range(end, min(len(units), end + 1 + FRONT_NP_MAX)):
        u = units[k]
        if u.ent is None and u.low in subj:
            return k
        if u.ent is not None:
            ok = not u.paren and not _junk_name(u.text, lex) and (
                _eff(sent, k).kind in SUBJ or k in sent.modifier)
            return k if ok else -1
        if not u.is_word or (u.capitalized and k > end) or any(
                h.kind != NOUN for h in lex.lookup(u.text)) or u.low in lex.words.get("aux_finite", ()):
            return -1
    return -1


def _speech_between(sent: Sentence, c: int, v: int, lex: Lexicon) -> bool:
    """SVO: a speech verb stands between the name `c` and the verb `v` and no name or pronoun
    follows it ("X says thousands of people began …"): `c` said it, the verb's subject is a
    common noun of the reported clause."""
    units = sent.units
    speech = lex.words.get("clause_speech_verbs", frozenset())
    sp = next((k for k in range(v - 1, c, -1) if units[k].ent is None and units[k].low in speech
               and units[k].seg == units[v].seg), None)  # not "X, who said …, met Y"
    if sp is None or sp + 1 >= v:
        return False
    # ("X said his board rejected …": a possessive pronoun points back at the speaker)
    subj = lex.words.get("subject_pronouns", frozenset()) | lex.words.get("group_pronouns", frozenset()) \
        | lex.words.get("possessives", frozenset())
    return not any(units[k].ent is not None or units[k].low in subj
                   or units[k].low.split("'")[0] in subj for k in range(sp + 1, v))


def _svo_common_subject(sent: Sentence, cs: int, v: int, lex: Lexicon) -> bool:
    """SVO, no name before the verb `v` in its clause: a common-noun phrase with an article
    right before the verb (auxiliaries and adverbs between) is its subject ("…, saying the
    priority had been rescuing …"); the clause before lends it none. A phrase after a
    preposition is none ("in the end had …")."""
    units = sent.units
    w = lex.words
    aux = w.get("aux_finite", frozenset())
    skip = aux | w.get("preverbal_adverbs", frozenset())
    adverbs = tuple(w.get("adverb_endings", ()))
    k = v - 1
    while k > cs and units[k].ent is None and (units[k].low in skip or (
            adverbs and units[k].low.endswith(adverbs) and len(units[k].low) > 4)):
        k -= 1
    closed = aux | w.get("prepositions", frozenset()) | w.get("coordinators", frozenset()) \
        | w.get("subordinators", frozenset()) | w.get("subject_pronouns", frozenset()) \
        | w.get("object_pronouns", frozenset())
    head = k
    while k > cs and k > head - 3 and units[k].ent is None and units[k].is_word \
            and units[k].text[:1].islower() and units[k].low not in closed \
            and units[k].low not in lex.det_case:
        k -= 1  # the noun and up to two words before it
    if k == head or units[k].ent is not None or units[k].low not in lex.det_case:
        return False
    return units[k - 1].low not in w.get("prepositions", frozenset()) if k > 0 else True


def _common_subclause(sent: Sentence, c: int, v: int, lex: Lexicon) -> bool:
    """SVO: a subordinate clause opens between the name `c` and the verb, with a common noun
    as its subject ("X tied Y to a glove left near where a thief broke in and took …"): the
    verb is that clause's, and its subject has no name."""
    units = sent.units
    w = lex.words
    subs = w.get("subordinators", frozenset()) | w.get("relatives", frozenset())
    opens = [k for k in range(c + 1, v - 1) if units[k].ent is None and units[k].low in subs]
    if not opens:
        return False
    k = opens[-1] + 1
    return units[k].ent is None and (units[k].low in lex.det_case or units[k].low in w.get(
        "possessives", ())) and all(units[j].ent is None for j in range(k, v))


def _bare_relative(sent: Sentence, cs: int, v: int, lex: Lexicon) -> int | None:
    """A subject relative pronoun inside the clause right before the verb, with only
    auxiliaries and adverbs between ("the blasts which (have) killed"): its unit, else None.
    (After a comma the relative opens a segment of its own; see the caller's other rules.)"""
    units = sent.units
    rels = lex.words.get("relatives_nom", frozenset())
    aux = lex.words.get("aux_finite", frozenset())
    adverbs = tuple(lex.words.get("adverb_endings", ()))
    pre = lex.words.get("preverbal_adverbs", frozenset())
    k = v - 1
    while k > cs and units[k].ent is None and (units[k].low in aux or units[k].low in pre or (
            adverbs and units[k].low.endswith(adverbs) and len(units[k].low) > 4)):
        k -= 1
    return k if k > cs and units[k].ent is None and units[k].low in rels else None


def _subordinate_subject(sent: Sentence, v: int, cands: list[int], lex: Lexicon) -> int | None:
    """"after North Korea tested a missile": a word that is both preposition and subordinator
    ("after", "before", "since", "until") followed by a name and then the verb (or its
    auxiliaries) opens a clause whose subject is that name, not a prepositional object."""
    prior = [i for i in cands if i < v]
    if not prior:
        return None
    last = prior[-1]
    head = resolve_coord(sent, last)
    role = sent.roles.get(head)
    if role is None or role.kind != "prep" or role.prep not in lex.words.get("subordinators", ()):
        return None
    aux = lex.words.get("aux_finite", frozenset())
    units = sent.units
    if units[v].low.endswith(tuple(lex.words.get("nonfinite_endings", ()))) \
            and not any(units[k].low in aux for k in range(last + 1, v)):
        return None  # "after the Nairobi bombing": a noun, not a clause
    adverbs = tuple(lex.words.get("adverb_endings", ()))
    heads = lex.words.get("head_nouns", frozenset())
    # "after Indian troops attacked": a state word's head noun right after it is the subject's
    start = last + 1 if last + 1 < v and units[last + 1].ent is None and units[last + 1].low in heads \
        and last in sent.modifier else last
    if all(units[k].low in aux or (adverbs and units[k].low.endswith(adverbs))
           for k in range(start + 1, v)):
        return head
    return None


def _reduced_clause(sent: Sentence, v: int, hit: Hit, cands: list[int],
                    lex: Lexicon) -> tuple[bool, int | None]:
    """A participle that opens a reduced clause (SVO languages): (True, subject) when the
    trigger is one. "rallies calling for X", "soldiers captured during the war": it modifies
    the common noun before it, whose referent is its doer, never a name further back → no
    subject ("U.S. soldiers massing": the name of the noun). ", killing dozens" and "a letter
    asking": the doer is the main clause's subject, taken only when that is a name opening the
    clause ("Police raided X, killing …"), not a name inside a phrase ("bombs exploded outside
    the U.S. embassies, killing …")."""
    endings = tuple(lex.words.get("nonfinite_endings", ()))
    if lex.syntax.get("word_order") != "svo" or not endings or v < 1:
        return False, None
    units = sent.units
    verb, prev = units[v], units[v - 1]
    ing = verb.low.endswith(endings)
    if prev.text == ",":
        return (True, _opening_subject(sent, v, cands, lex)) if ing else (False, None)
    if prev.ent is not None or not prev.is_word or prev.capitalized or prev.time:
        return False, None
    low = prev.low
    w = lex.words
    closed = (w.get("aux_finite", frozenset()) | w.get("prepositions", frozenset())
              | w.get("subordinators", frozenset()) | w.get("coordinators", frozenset())
              | w.get("subject_pronouns", frozenset()) | w.get("possessives", frozenset())
              | w.get("catenatives", frozenset()) | w.get("preverbal_adverbs", frozenset()))
    adverbs = tuple(w.get("adverb_endings", ()))
    if low in closed or low in lex.det_case or (adverbs and low.endswith(adverbs)
                                                and low not in w.get("nouns_like_adverbs", ())) \
            or low.endswith(("ed", "ing")) or low == lex.syntax.get("infinitive_marker"):
        return False, None  # ("an assembly backing X": a noun with an adverb's ending)
    if ing and low in w.get("message_nouns", frozenset()):
        return True, _opening_subject(sent, v, cands, lex)  # "issued a statement asking …"
    if not ing:
        # "soldiers captured during the war": a transitive participle right after a noun and
        # before a preposition (a finite verb would take its object there)
        nxt = units[v + 1].low if v + 1 < len(units) else ""
        if not ({"obj", "acc"} & set(hit.trigger.recipient)) or nxt in hit.trigger.recipient \
                or nxt not in w.get("prepositions", frozenset()) \
                or nxt in (lex.syntax.get("passive_agent"), lex.syntax.get("infinitive_marker")) \
                or not any(h.kind == PARTICIPLE for h in lex.lookup(verb.text)):
            return False, None
    k = v - 3 if v >= 3 and units[v - 2].text == "." else v - 2  # "U.S", "."
    if k >= 0 and units[k].ent is not None and low in w.get("head_nouns", frozenset()) \
            and low.endswith("s"):
        return True, k  # "U.S. soldiers massing …" (a plural of people, not "embassy")
    return True, None


def _opening_subject(sent: Sentence, v: int, cands: list[int], lex: Lexicon) -> int | None:
    """The subject of the clause, when it is the name that opens the sentence or the part
    after a fronted phrase's comma (a title chain "U.S. Ambassador X" ends at X)."""
    units = sent.units
    subj = next((i for i in cands if i < v and _eff(sent, i).kind in SUBJ), None)
    if subj is None:
        return None
    opener = lex.det_case
    k = subj - 1
    while k >= 0 and units[k].text != "," and (units[k].capitalized or units[k].low in opener
                                                or units[k].time or units[k].text == "."):
        k -= 1
    if k >= 0 and units[k].text != ",":
        return None
    for j in cands:  # "U.S. Ambassador Prudence Bushnell": the last name of the chain
        if subj < j < v and all(units[m].capitalized or units[m].text == "."
                                for m in range(subj + 1, j)):
            subj = j
    return subj


def _purpose_subject(sent: Sentence, t: int, cs: int, lex: Lexicon, cands: list[int], a: Args,
                     host: bool = False) -> None:
    """"X was in Moscow for talks with Y", "X flew to Beijing for a summit", "X, on a visit to
    Y, …": a noun after a purpose preposition (or a visit after "on"/"from") is the clause
    subject's own act."""
    frame = lex.words.get("visit_frame_preps", frozenset()) if host else frozenset()
    purpose = lex.words.get("purpose_preps", frozenset()) | frame
    if not purpose:
        return
    units = sent.units
    k = t - 1
    while k > cs and t - k <= 3 and units[k].ent is None and units[k].is_word \
            and not units[k].capitalized and units[k].low not in purpose:
        k -= 1  # "for a new round of talks" is too far; "for fresh talks", "for a summit"
    if k <= cs or units[k].low not in purpose:
        return
    prev = units[k - 1]
    if units[k].low not in frame and prev.ent is None and not prev.time \
            and prev.low not in lex.words.get("place_nouns", ()):
        return  # only after a place or a time: "called for talks" asks for them
    intent = lex.words.get("intent_verbs", frozenset())
    if any(units[j].low in intent or any(h.trigger.type in GOVERNED_OBJECT_TYPES
                                         for h in lex.lookup(units[j].text)) for j in range(cs, k)):
        return  # "called on Monday for talks": the talks are asked for, not held
    reason = lex.words.get("reason_for_types", frozenset())
    if reason and any(h.kind != NOUN and h.trigger.type.lower() in reason
                      for j in range(cs, k) if units[j].ent is None for h in lex.lookup(units[j].text)):
        return  # "blamed X on Friday for the attack": the reason for blame, not the subject's act
    subj = [i for i in cands if i < k and _eff(sent, i).kind in SUBJ]
    if subj and units[subj[0]].ent.type in ("PER", "GPE", "ORG"):
        a.actors = _group(sent, subj[0])
        a.cues.append("actor:purpose-subject")
        return
    pron = lex.words.get("subject_pronouns", frozenset())
    first = next((j for j in range(cs, k) if units[j].low in pron and units[j].ent is None), None)
    if first is not None:
        a.pronoun_actor = first
        a.cues.append("actor:purpose-subject")


# a demand, refusal, threat or promise is about the act of its infinitive ("urged X to leave Y")
GOVERNED_OBJECT_TYPES = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})


def _infinitive_after(sent: Sentence, t: int, end: int, lex: Lexicon) -> int:
    """Where an infinitive clause starts after the trigger in SVO order ("helped to drive X
    out"): its object belongs to that infinitive, not to the trigger. "to" counts only when a
    lower-case open word follows that is itself followed by a name, an article, a possessive or
    another verb form, so "sent aid to Ukraine" and "to the front" stay prepositions."""
    marker = lex.syntax.get("infinitive_marker")
    if not marker or lex.syntax.get("word_order") != "svo":
        return end
    units = sent.units
    closed = lex.words.get("prepositions", frozenset()) | lex.words.get(
        "possessives", frozenset()) | lex.words.get("quantifiers", frozenset()) \
        | lex.words.get("number_words", frozenset())  # "granted asylum to two officers"
    poss = lex.words.get("possessives", frozenset())
    for k in range(t + 1, end - 2):
        if units[k].low != marker:
            continue
        verb, nxt = units[k + 1], units[k + 2]
        if verb.ent is not None or not verb.is_word or verb.capitalized or verb.low in closed \
                or verb.low in lex.det_case or verb.text.isdigit():
            continue
        if nxt.ent is not None or nxt.low in lex.det_case or nxt.low in poss or any(
                h.kind != NOUN for h in lex.lookup(nxt.text)):
            return k
    return end


def _agent_of_object(sent: Sentence, t: int, cands: list[int], lex: Lexicon) -> int | None:
    """SVO: the name in "of X" right after the verb's object noun when that noun is an act of
    X ("demanded the withdrawal of Russian forces", "the resignation of X"); None otherwise."""
    units = sent.units
    acts = lex.words.get("agent_of_nouns", frozenset())
    offers = lex.words.get("proposal_nouns", frozenset())  # "an offer from X", "a call by X"
    nouns = acts | offers
    k = t + 1
    while k < len(units) and k <= t + 4 and units[k].ent is None and units[k].is_word \
            and units[k].low not in nouns and (units[k].low in lex.det_case
                                               or units[k].low in lex.words.get("possessives", ())
                                               or units[k].low not in lex.forms):
        k += 1
    if k + 1 >= len(units) or units[k].low not in nouns:
        return None
    prep = units[k + 1].low
    if not ((prep == "of" and units[k].low in acts) or (prep in ("from", "by") and units[k].low in offers)):
        return None
    return next((i for i in cands if k + 1 < i <= k + 5 and all(
        units[j].ent is None and _is_np_word(units[j], lex) for j in range(k + 2, i))), None)


def _is_np_word(u, lex: Lexicon) -> bool:
    """A word inside a noun phrase before its name: an article, a number, a title or adjective."""
    return u.low in lex.det_case or u.low in lex.words.get("number_words", ()) \
        or u.text[:1].isupper() or u.text[:1].isdigit()


def _article_before(sent: Sentence, h: int, t: int, lex: Lexicon) -> str:
    """The article of the noun phrase headed by unit `h`, skipping adjectives ("den heutigen
    Beschluss")."""
    units = sent.units
    k = h - 1
    while k > t and units[k].ent is None and units[k].is_word and not units[k].capitalized \
            and units[k].low not in lex.det_case and h - k < 4:
        k -= 1
    return units[k].low


def _purpose_infinitive_subject(sent, v: int, before: list[int], lex) -> int | None:
    """In "X called Y to congratulate him" the infinitive tells X's purpose; only after a
    verb of asking or ordering ("urged Y to", `object_control`) is Y its subject. The
    candidate before the object's verb, when the verb is no such verb; -1 when no name
    stands there ("He visited Moscow to meet X": the subject is no name); else None. A date
    or a prepositional phrase may stand between object and infinitive ("joined X on
    Thursday in a packed hall to press for …")."""
    units = sent.units
    w = lex.words
    marker = lex.syntax.get("infinitive_marker")
    obj = before[-1]
    if not marker or v < 2 or units[v - 1].low != marker:
        return None
    preps = w.get("prepositions", frozenset())
    # "joined Canadian authorities to …": the stand-in's head noun ends the object
    k = max(obj, sent.modifier.get(obj, obj)) + 1
    in_pp = False
    while k < v - 1:
        u = units[k]
        if u.time or (u.ent is None and u.low in preps):
            in_pp = u.low in preps or in_pp
        elif not (in_pp and u.ent is None and u.is_word and u.text[:1].islower()
                  and u.low not in w.get("aux_finite", ()) and u.low not in lex.forms
                  and u.low not in w.get("relatives", ()) and u.low not in w.get("subordinators", ())):
            break  # (only an article, adjectives and a noun inside the phrase)
        k += 1
    if k != v - 1:
        return None
    verb = obj - 1
    if verb < 1 or units[verb].ent is not None or not units[verb].is_word \
            or units[verb].low in w.get("object_control", frozenset()) \
            or units[verb].low in preps or units[verb].low in lex.det_case \
            or units[verb].low in w.get("coordinators", ()) \
            or not units[verb].text[:1].islower():  # "called on X to"
        return None
    if len(before) < 2:
        return -1
    main = before[-2]
    return main if main < verb else None


def _pronoun_subject(units, lo: int, hi: int, subj_pron, hit: Hit, a: Args) -> bool:
    """A subject pronoun between `lo` and `hi` (the last one; not an impersonal "es"/"it"
    of this verb) is the actor, resolved later: set it and say so."""
    pron = [k for k in range(lo, hi) if units[k].low in subj_pron
            and units[k].low not in hit.trigger.impersonal]
    if pron:
        a.pronoun_actor = pron[-1]
        a.cues.append("actor:pronoun")
    return bool(pron)


def _verbal(sent, t, hit, cs, ce, lex, light, sub, cands, a: Args, clause_end: int) -> None:
    units = sent.units
    v = light if light is not None and hit.kind == NOUN else t
    aux = lex.words.get("aux_finite", frozenset())
    passive_aux = lex.words.get("passive_aux", frozenset())
    agent = lex.syntax.get("passive_agent")
    span = range(cs, max(ce, clause_end))
    if lex.syntax.get("word_order") == "svo":
        # English auxiliaries come before their verb: the "were" of a later clause
        # ("X accused Y of stalling, saying the talks were …") is not this verb's
        span = range(cs, v)
    # a light verb's own form decides: "wurde unter Hausarrest gestellt" is passive
    vkind = hit.kind if v == t else lex.light_kinds.get(units[v].low, FINITE)
    if vkind == AMBIGUOUS:
        vkind = PARTICIPLE if any(units[k].low in aux for k in span) else FINITE
    passive = vkind == PARTICIPLE and any(units[k].low in passive_aux for k in span)
    if passive and any(units[k].low in lex.words.get("perfect_aux", ()) for k in range(cs, ce)) \
            and not any(units[k].low in passive_aux for k in range(cs, ce)):
        # "hat Klage eingereicht: Ihr wird …": the passive auxiliary is another clause's
        passive = False
    if not passive and v == t and agent and t + 2 < len(units) \
            and any(h.kind in (PARTICIPLE, AMBIGUOUS) for h in lex.lookup(units[t].text)) \
            and units[t + 1].low == agent and units[t + 2].ent is not None \
            and lex.syntax.get("word_order") == "svo":
        passive = True  # "the treaty signed by X and Y": a reduced relative clause
    if passive and hit.trigger.host and not ({"acc", "obj", "dat"} & set(hit.trigger.recipient)):
        # "war eingetroffen und … von Kim empfangen worden": an arrival has no passive; the
        # auxiliary belongs to the coordinated verb
        passive = False
    # the two rules below read the trigger verb's own frame; a light verb's participle
    # ("ist zu einem Besuch aufgebrochen") has none of its noun's objects
    if not passive and v == t and vkind == PARTICIPLE and ({"acc", "obj"} & set(hit.trigger.recipient)) \
            and not any(units[k].low in aux for k in span):
        passive = True  # "Timoschenko zu sieben Jahren verurteilt": a headline's participle
    if not passive and v == t and vkind == PARTICIPLE and ({"acc", "obj"} & set(hit.trigger.recipient)):
        # "X ist … angeklagt": sein + participle of a transitive verb is a stative passive
        stative = lex.words.get("stative_aux", frozenset())
        perfect = lex.words.get("perfect_aux", frozenset())
        passive = any(units[k].low in stative for k in span) and not any(
            units[k].low in perfect for k in span)
    if passive:
        dirs = lex.words.get("direction_words", frozenset())
        agents = [i for i in cands if _eff(sent, i).kind == "prep" and _eff(sent, i).prep == agent
                  and not _after_direction(sent, i, dirs)]
        if lex.syntax.get("word_order") == "svo":
            # an English agent follows its verb: "sources cited by X, … only to be jailed"
            agents = [i for i in agents if i > v]
        if agents and lex.syntax.get("word_order") == "svo" and v == t:
            # "could be visited by a team of monitors as laid down by the accord signed by X":
            # the verb's agent is its first "by" phrase; later ones belong to other verbs
            first = next((k for k in range(t + 1, len(units)) if units[k].low == agent), None)
            agents = [i for i in agents if first is None or i < first or next(
                (k for k in range(i - 1, t, -1) if units[k].low == agent), None) == first]
        if agents:
            a.actors = _group(sent, agents[0])
            a.cues.append(f"actor:passive-{agent}")
            if {"acc", "obj"} & set(hit.trigger.recipient):
                # "wurde der gesuchte X von Y gefasst": the passive subject is the target
                patient = next((i for i in cands if i not in a.actors and _passive_subject(sent, i)),
                               None)
                if patient is not None:
                    a.recipients = _group(sent, patient)
                    a.cues.append("recipient:passive-subject")
        else:
            a.cues.append("actor:agentless")
            if lex.syntax.get("word_order") == "svo" and ({"acc", "obj"} & set(hit.trigger.recipient)) \
                    and hit.trigger.type.lower() in lex.words.get("unknown_actor_types", ()):
                # "two Georgian soldiers were killed": the passive subject is the target
                patient = _agentless_patient(sent, v, cands, lex)
                if patient is not None:
                    a.recipients = _group(sent, patient)
                    a.cues.append("recipient:passive-subject")
            got = troop_sender(sent, t, cs, clause_end, hit.trigger, lex, SUBJ, lambda i: _eff(sent, i))
            if got is not None:  # "North Korean soldiers were sent to Russia"
                a.actors, a.recipients = [got[0]], got[1]
                a.cues.append("actor:troops-nationality")
        return
    subj_pron = lex.words.get("subject_pronouns", frozenset())
    svo = lex.syntax.get("word_order") == "svo"
    subject: int | None = None
    reduced, rsubj = _reduced_clause(sent, v, hit, cands, lex) if svo and v == t else (False, None)
    if reduced:
        if rsubj is None:
            a.cues.append("actor:reduced-clause")
            return
        a.actors = _group(sent, rsubj)
        a.cues.append("actor:participle-main-subject")
        return
    if svo and v == t:
        fp = _fronted_participle(sent, v, cands, lex)
        if fp is not None:
            if fp < 0:
                a.cues.append("actor:non-entity-subject")
            elif units[fp].ent is None:
                a.pronoun_actor = fp
                a.cues.append("actor:pronoun")
            else:
                a.actors = conjuncts(sent, resolve_coord(sent, fp))
                a.cues.append("actor:fronted-participle")
            return
    if svo:
        before = [i for i in cands if i < _coordinated_verb(sent, cs, v, lex)
                  and _eff(sent, i).kind in SUBJ]
        clause_subj = _subordinate_subject(sent, v, cands, lex)
        rel = _bare_relative(sent, cs, v, lex)
        if rel is not None and (not before or before[-1] < rel):
            # "deplored the blasts which killed 20 people": the relative clause's subject is
            # the word before "which"; a name only when it is one and no place in a phrase
            ante = rel - 1
            if ante in cands and not _place_phrase(sent, ante, lex):
                a.actors = conjuncts(sent, resolve_coord(sent, ante))
                a.cues.append("actor:relative-antecedent")
            else:
                a.cues.append("actor:relative-common-noun")
            return
        if clause_subj is not None and (not before or before[-1] < clause_subj):
            subject = clause_subj  # "a day after North Korea tested a missile"
            a.cues.append("actor:subordinate-subject")
            a.opener = clause_subj - 1
        elif before and (_behind_common_subject(sent, cs, before[-1], lex)
                         or _common_subclause(sent, before[-1], v, lex)
                         or _relative_object(sent, cs, before[-1], v, lex)):
            a.cues.append("actor:common-subject")  # "The attacks at … in X, Y, killed …"
            return
        elif before and _speech_between(sent, before[-1], v, lex):
            # "the station says hundreds of farmers started a march": the name is the
            # speaker; the reported clause's own subject has no name
            a.cues.append("actor:non-entity-subject")
            return
        elif before and units[before[-1]].ent.type == "MISC" \
                and _pair_np(sent, before[-1], v, lex) is not None:
            # "the two leaders also pledged …" tagged as a name: the pair named before
            a.plural_actor = before[-1]
            a.skip.add(before[-1])
            a.cues.append("actor:pronoun-pair")
        elif before:
            subject = resolve_coord(sent, before[-1])
            a.cues.append("actor:subject-position")
            main = _purpose_infinitive_subject(sent, v, before, lex)
            if main == -1:  # "He visited Moscow to meet X", "X's father joined Y … to press"
                if not _pronoun_subject(units, cs, before[-1], subj_pron, hit, a):
                    a.cues.append("actor:non-entity-subject")
                return
            if main is not None:  # "Biden called Starmer to congratulate him": Biden does
                subject = resolve_coord(sent, main)
                a.cues.append("actor:purpose-infinitive")
        elif sub and cs >= 2 and units[cs].low in lex.words.get("relatives_nom", ()) \
                and units[cs - 1].text == "," and units[cs - 2].ent is not None \
                and not units[cs - 2].paren and cs - 2 not in sent.modifier \
                and not _place_phrase(sent, cs - 2, lex):
            # "Netanyahu, who met Trump on Monday, …": the relative stands for the name
            # ("the bombings in Kenya, which killed …": for the phrase a place only ends)
            subject = resolve_coord(sent, cs - 2)
            a.cues.append("actor:relative-antecedent")
        elif not _pronoun_subject(units, cs, v, subj_pron, hit, a):
            # "the two leaders signed", "both sides agreed": the pair named before
            pair = next((p for p in (_pair_np(sent, k, v, lex) for k in range(cs, v))
                         if p is not None), None)
            if pair is not None:
                a.plural_actor = pair
                a.skip.add(pair)
                a.cues.append("actor:pronoun-pair")
            elif _svo_common_subject(sent, cs, v, lex):
                a.cues.append("actor:non-entity-subject")  # "saying the priority had been …"
    elif sub and cs >= 2 and units[cs].low in lex.words.get("relatives_nom", ()) \
            and units[cs - 1].text == "," and units[t].seg == units[cs].seg:
        # "das Abendland, das Israel … unterstützt": a nominative-capable relative pronoun is
        # the subject; it stands for the word before the comma, never for a name after it
        ante = cs - 2
        if units[ante].ent is not None and not units[ante].paren and (
                ante not in sent.modifier or ante in sent.standin) \
                and _eff(sent, ante).kind != "gen":  # "den Parteien Deutschlands, die …"
            subject = resolve_coord(sent, ante)
            a.cues.append("actor:relative-antecedent")
        else:
            a.cues.append("actor:relative-common-noun")
            return
    elif sub:
        for k in range(cs + 1, ce):
            u = units[k]
            if u.ent is not None and k in cands and _eff(sent, k).kind in SUBJ:
                subject = resolve_coord(sent, k)
                a.cues.append("actor:subclause-first")
                break
            if u.ent is None and u.low in subj_pron:
                if u.low in hit.trigger.impersonal:
                    break
                a.pronoun_actor = k
                a.cues.append("actor:pronoun")
                break
    else:
        f = v if vkind == FINITE else next((k for k in range(cs, ce) if units[k].low in aux), v)
        pre = [i for i in cands if i < f and _eff(sent, i).kind in SUBJ]
        if not pre and f > cs:
            pre = _titled_genitive(sent, cs, f, cands, lex)  # "Der Gesandte Chiles mahnte …"
        shared = f == cs or units[f - 1].low in lex.words.get("coordinators", ())
        if f == cs and cs > 0 and units[cs - 1].text == "," and sent.seg_sub[units[cs].seg - 1] \
                and (units[0].low in lex.words.get("subordinators", ())
                     or units[0].low in lex.words.get("prepositions", ())) \
                and units[0].low not in lex.words.get("relatives", ()):
            # "Während X zögerte, verlangte Y …", "In einem Brief, der …,
            # mahnt Z …": after a fronted adverbial clause or phrase the verb
            # comes first and its subject follows
            shared = False
        nxt = units[f + 1] if f + 1 < ce else None
        app = _apposition_before(sent, cs, lex) if shared and not pre and f == cs else None
        if app is not None:  # "Der Leiter der Behörde X, Y Z, rügte …"
            a.actors = [app]
            a.skip.update(i for i in range(sent.seg_starts[units[app - 1].seg], app)
                          if units[i].ent is not None)
            a.cues.append("actor:apposition")
            return
        if shared and not pre and f == cs and nxt is not None and nxt.ent is None \
                and nxt.low in subj_pron and nxt.low not in hit.trigger.impersonal:
            # "Das Angebot, …, lehnt er ab": the object fills the prefield before a comma
            a.pronoun_actor = f + 1
            a.cues.append("actor:pronoun")
            return
        if shared and not pre and f == cs and nxt is not None and nxt.ent is not None \
                and f + 1 in cands and _eff(sent, f + 1).kind in SUBJ:
            a.actors = conjuncts(sent, resolve_coord(sent, f + 1))
            a.cues.append("actor:subject-after-verb")
            return
        if shared and not pre:
            a.cues.append("actor:shared-subject")
            return  # "… und forderten X auf": the subject is the first conjunct's
        pair = _pair_np(sent, cs, f, lex) if f > cs else None
        if pair is not None:
            a.plural_actor = pair
            a.skip.add(pair)
            a.cues.append("actor:pronoun-pair")
        elif pre:
            app = _apposed_person(sent, pre[0], cs, f, lex)
            subject = resolve_coord(sent, pre[0] if app is None else app)
            a.cues.append("actor:prefield" if app is None else "actor:apposition")
            if app is not None:
                a.skip.add(pre[0])  # "der Behörde X" only describes the subject
                k = app + 2  # "…, Anna A., und Karl B., …": a second subject
                if k + 1 < f and units[k].low in lex.words.get("coordinators", ()) \
                        and units[k + 1].ent is not None and units[k + 1].ent.type == "PER":
                    a.actors = [app, k + 1]
                    return
        elif f > cs and units[cs].low in subj_pron:
            if units[cs].low in hit.trigger.impersonal:
                return  # "Es droht ein Krieg": no actor
            a.pronoun_actor = cs
            a.cues.append("actor:pronoun")
        elif f > cs and _title_np(sent, cs, f, lex) is not None:
            a.title_actor = _title_np(sent, cs, f, lex)  # "Der Generalsekretär forderte …"
            a.cues.append("actor:pronoun-title")
        elif f > cs and _np_subject(sent, cs, f, lex):
            a.cues.append("actor:non-entity-subject")
            return
        elif f > cs and _unknown_name(sent, cs, f, lex):
            a.cues.append("actor:unknown-prefield")  # "Lammert würdigte die Bundeswehr"
            return
        elif _pair_np(sent, f + 1, ce, lex) is not None:
            a.plural_actor = _pair_np(sent, f + 1, ce, lex)  # "verlangen die beiden Länder"
            a.skip.add(a.plural_actor)
            a.cues.append("actor:pronoun-pair")
        elif _title_np(sent, f + 1, ce, lex) is not None:
            a.title_actor = _title_np(sent, f + 1, ce, lex)  # "prangert der Generalsekretär … an"
            a.cues.append("actor:pronoun-title")
        else:
            first = next((k for k in range(f + 1, ce) if units[k].ent is not None
                          or units[k].low in subj_pron), None)
            if first is not None and units[first].ent is None \
                    and units[first].low not in hit.trigger.impersonal:
                a.pronoun_actor = first  # "Dort traf er Scholz"
                a.cues.append("actor:pronoun")
                return
            # "forderte ein Sprecher des Ministeriums X auf": a title phrase right after the
            # verb acts for the genitive name in it, the name after it is the object
            titled = _titled_genitive(sent, f + 1, ce, [i for i in cands if i > f + 1], lex) \
                if f + 2 < ce else []
            if titled:
                a.actors = conjuncts(sent, resolve_coord(sent, titled[0]))
                a.cues.append("actor:subject-case")
                return
            # the subject leads the middle field ("nahm das FBI … Mitglieder von X fest")
            post = [i for i in cands if i > f and _eff(sent, i).kind in SUBJ]
            if post:
                subject = resolve_coord(sent, post[0])
                a.cues.append("actor:subject-after-verb" if _eff(sent, post[0]).kind == "bare"
                              else "actor:subject-case")
    if subject is not None:
        a.actors = conjuncts(sent, subject)


def _coordinated_verb(sent: Sentence, cs: int, v: int, lex: Lexicon) -> int:
    """SVO: the verb at `v` right after a coordinator ("X killed A and wounded B") shares the
    subject of the verb before it, not that verb's object: the position of that earlier verb
    (a trigger or a finite form the language lists), else `v` itself."""
    units = sent.units
    coords = lex.words.get("coordinators", frozenset())
    k = v - 1
    adverbs = tuple(lex.words.get("adverb_endings", ()))
    if k > cs and units[k].ent is None and (
            units[k].low in lex.words.get("preverbal_adverbs", ()) or (
                adverbs and units[k].low.endswith(adverbs)
                and units[k].low not in lex.words.get("nouns_like_adverbs", ()))):
        k -= 1  # "… and then attacked B", "… and seriously wounded B"
    if k <= cs or units[k].low not in coords:
        return v
    for j in range(k - 1, cs - 1, -1):
        u = units[j]
        if u.ent is None and u.is_word and u.text[:1].islower() and (
                finite_word(u, lex) or any(h.kind in (FINITE, AMBIGUOUS) for h in lex.lookup(u.text))
                or u.low in lex.light_forms):
            return j
    return v


def _titled_genitive(sent: Sentence, cs: int, f: int, cands: list[int], lex: Lexicon) -> list[int]:
    """"Der Gesandte Chiles", "Die Regierung Perus", "Der Sprecher des Ministeriums":
    a prefield headed by a title or group noun in the nominative acts for the genitive name
    after it (a non-title head, "Die Haltung der Partei X", does not); so does a body's own
    paper ("Ein Bericht der OSZE kritisiert …")."""
    from chronik.analysis.events.syntax import _title

    units = sent.units
    if lex.det_case.get(units[cs].low) not in ("nom", "nom_acc", "nom_dat") and not (
            units[cs].ent is None and units[cs].capitalized and _title(units[cs].low, lex)):
        return []  # (a plural title needs no article: "Vertreter der EU forderten …")
    for i in cands:
        if i >= f:
            break
        role = _eff(sent, i)
        if role.kind != "gen" or role.head is None or role.head > cs + 3:
            continue
        head = units[role.head].low
        if _title(head, lex) or head in lex.words.get("partitive_heads", ()) \
                or head in lex.words.get("document_heads", ()):
            return [i]
    return []


def _apposition_before(sent: Sentence, cs: int, lex: Lexicon) -> int | None:
    """The verb opens its segment right after ", <person>," that follows a title phrase
    ("Der Leiter der Behörde X, Y Z, rügte"): that person is the subject."""
    from chronik.analysis.events.syntax import _title

    units = sent.units
    if cs < 4 or units[cs - 1].text != "," or units[cs - 3].text != ",":
        return None
    per = units[cs - 2]
    if per.ent is None or per.ent.type != "PER":
        return None
    seg = units[cs - 4].seg
    if sent.seg_sub[seg]:
        return None
    start = sent.seg_starts[seg]
    if any(u.ent is None and u.capitalized and _title(u.low, lex) for u in units[start:cs - 3]):
        return cs - 2
    return None


def _apposed_person(sent: Sentence, i: int, cs: int, f: int, lex: Lexicon) -> int | None:
    """"Der Leiter der Behörde X, Y Z, reiste …": a person set off by commas after a
    title phrase is the subject the title describes, not the body named in it."""
    from chronik.analysis.events.syntax import _title

    units = sent.units
    if units[i].ent.type == "PER" or not any(
            u.ent is None and u.capitalized and _title(u.low, lex) for u in units[cs:i]):
        return None
    c = i + 1
    if c + 2 < f and units[c].text == "," and units[c + 1].ent is not None \
            and units[c + 1].ent.type == "PER" and units[c + 2].text == ",":
        return c + 1
    return None


def _title_np(sent: Sentence, start: int, end: int, lex: Lexicon) -> int | None:
    """"der UN-Generalsekretär", "die Ministerin": a definite singular title phrase without a
    name (a name after it would be an entity); returns the title noun's unit."""
    units = sent.units
    if start >= end or lex.det_case.get(units[start].low) not in ("nom_dat", "nom_acc"):
        return None
    k = start + 1
    while k < end and k - start <= 3 and units[k].ent is None and units[k].is_word \
            and not units[k].capitalized:
        k += 1  # adjectives ("der russische Präsident")
    if k >= end or units[k].ent is not None or not units[k].capitalized:
        return None
    low = units[k].low.rsplit("-", 1)[-1]
    if low not in lex.words.get("person_titles", ()):
        return None
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is not None and nxt.ent is not None and (
            nxt.ent.type == "PER" or sent.roles.get(k + 1, None) is None
            or sent.roles[k + 1].kind == "gen" or nxt.text.endswith("s")):
        return None  # "der Präsident Frankreichs", "der Minister Müller": not bare
    if nxt is not None and nxt.ent is None and nxt.capitalized and nxt.is_word:
        return None
    return k


def _pair_np(sent: Sentence, start: int, end: int, lex: Lexicon) -> int | None:
    """"die beiden Länder", "die zwei Staatschefs": a nominative plural phrase that refers
    back to a pair; returns the head noun's unit (its word class gives the entity type)."""
    units = sent.units
    if start >= end:
        return None
    words = units[start].low.split()
    if units[start].ent is not None and units[start].ent.type == "MISC" and len(words) == 3:
        k = start  # the name tagger took the whole phrase for a name
    elif units[start].ent is None and end - start >= 3 and _free_head(units[start + 2], lex) \
            and units[start].low in lex.det_case:
        words, k = [units[start + i].low for i in range(3)], start + 2
    elif units[start].ent is None and end - start >= 2 and _free_head(units[start + 1], lex):
        words, k = ["", units[start].low, units[start + 1].low], start + 1  # "both sides"
    else:
        return None
    if (words[0] and lex.det_case.get(words[0]) not in ("nom", "nom_acc", "bare")) \
            or words[1] not in lex.words.get("pair_words", ()):
        return None
    if any(words[2] in lex.words.get(f"plural_{t}", ()) for t in ("states", "persons", "orgs", "any")):
        return k
    return None


def _free_head(u, lex: Lexicon) -> bool:
    """No name, or a plural group noun ("Staatschefs") that the actors stage linked to one of
    the persons it stands for (a plural never names one person)."""
    return u.ent is None or (u.ent.type in ("PER", "MISC") and any(
        u.low in lex.words.get(f"plural_{t}", ()) for t in ("persons", "any")))


def _unknown_name(sent: Sentence, cs: int, f: int, lex: Lexicon) -> bool:
    """The prefield is one to three capitalized words that are no adverb, article,
    preposition or time: most likely a name the actors stage did not know. The object after
    the verb must then not become the subject."""
    if f - cs > 3:
        return False
    closed = lex.words.get("sentence_adverbs", frozenset()) | lex.words.get(
        "prepositions", frozenset())
    return all(u.ent is None and u.is_word and u.capitalized and not u.time
               and u.low not in closed and u.low not in lex.det_case
               for u in sent.units[cs:f])


def _np_subject(sent: Sentence, cs: int, f: int, lex: Lexicon) -> bool:
    """The prefield is a common-noun phrase with a nominative article ("Die Regierung …"), or
    a state adjective and a plural noun ("Kubanische Exilanten warfen X … vor": not X)."""
    from chronik.analysis.events.syntax import _capitalized_adjective

    first = sent.units[cs]
    head = next((u for u in sent.units[cs + 1:f] if u.capitalized and u.ent is None), None)
    if head is not None and first.ent is not None and cs in sent.modifier \
            and cs not in sent.standin and cs < sent.modifier[cs] < f \
            and _capitalized_adjective(first, lex):
        # ("Russische Angriffe wehrte die Ukraine ab": an event noun is the fronted object)
        return not any(h.kind == NOUN for h in lex.lookup(head.text))
    if head is None or first.low not in lex.det_case or lex.det_case[first.low] not in (
            "nom", "nom_acc"):
        return False
    # "Ein Angebot … wies die Regierung zurück": an event noun in the prefield is the fronted
    # object when its article may be accusative; the subject follows the verb
    return not (lex.det_case[first.low] == "nom_acc"
                and any(h.kind == NOUN for h in lex.lookup(head.text)))


def _nominal(sent, t, hit, ce, lex, cands, a: Args) -> None:
    units = sent.units
    trig = hit.trigger
    poss = lex.words.get("possessives", frozenset())
    roles = set(trig.actor) or {"poss", "gen", "von", "adj"}
    if "poss" in roles:
        k = t - 1
        coords = lex.words.get("coordinators", frozenset())
        while k >= 0 and k >= t - 3 and units[k].ent is None and units[k].text[:1].islower() \
                and units[k].low not in poss and units[k].low not in lex.det_case \
                and units[k].low not in coords:
            k -= 1
        marker = lex.syntax.get("infinitive_marker")
        if k >= 0 and units[k].low in poss and not (k > 0 and units[k - 1].low == marker):
            a.pronoun_actor = k
            a.cues.append("actor:possessive")
            return
    for i, head in sent.modifier.items():
        if head == t and (("poss" in roles and not units[i].text[:1].islower())
                          or ("adj" in roles and units[i].text[:1].islower())
                          or ("adj" in roles and lex.syntax.get("adjective_mentions") == "demonym")):
            a.actors = [i]
            a.cues.append("actor:prenominal")
            return
    for i in cands:
        if i <= t or i - t > 12:
            continue
        role = _eff(sent, i)
        if "gen" in roles and role.kind == "gen" and role.head == t and (
                not trig.host or units[i].ent.type == "PER"):
            # "Besuch Putins" names the visitor; "Besuch der Fabrik" names the place
            a.actors = _group(sent, i)
            a.cues.append("actor:genitive")
            return
        # "Entsendung nordkoreanischer Soldaten": a stand-in genitive right after the noun
        if "adj" in roles and i in sent.standin and role.kind == "gen" and role.head == t:
            a.actors = [i]
            a.cues.append("actor:genitive")
            return
        agent = lex.syntax.get("passive_agent")
        if agent in roles and role.kind == "prep" and role.prep in (agent, f"{agent}-gen") \
                and not _verb_between(sent, t, i, lex):
            a.actors = _group(sent, i)
            a.cues.append(f"actor:{agent}")
            return
        if role.kind == "prep" and role.prep != agent and role.prep in roles \
                and not _verb_between(sent, t, i, lex):
            # a preposition the noun's entry names for its doer ("warnings from Moscow")
            a.actors = _group(sent, i)
            a.cues.append(f"actor:{role.prep}")
            return
    for i in sent.standin:
        if i == t + 1 or (i > t and i - t <= 2 and all(units[k].ent is None and not units[k].is_word
                                                       for k in range(t + 1, i))):
            if "adj" in roles:
                a.actors = [i]
                a.cues.append("actor:genitive")
                return


def _verb_between(sent: Sentence, t: int, i: int, lex: Lexicon) -> bool:
    """An auxiliary or a verb form stands between the noun `t` and the phrase at `i`: "Das
    Massaker … wurde vom Gerichtshof … erklärt" — the "von" phrase is that verb's agent, not
    the noun's."""
    aux = lex.words.get("aux_finite", frozenset())
    for k in range(t + 1, i):
        u = sent.units[k]
        if u.ent is None and (u.low in aux or u.low in lex.light_forms or any(
                h.kind != NOUN for h in lex.lookup(u.text))) and not (u.capitalized and k > 0):
            return True
    return False


GAP_MAX_UNITS = 8  # a gapped conjunct is short: ", im November dann auch der Föderationsrat"


def gapped_subjects(sent: Sentence, seg: int, lex: Lexicon, has_object: bool = False,
                    verbs: frozenset[str] = frozenset()) -> list[tuple[int, int, int]]:
    """Gapping: verbless segments after the trigger's clause that name a new subject and share
    its verb ("Die Duma hatte den Vertrag im Oktober ratifiziert, im November dann auch der
    Föderationsrat"). Each is (subject unit, segment start, segment end). A conjunct needs a
    time expression or a cue word of the language's `gapping_cues` ("auch", "bereits"), one
    named party as a nominative or bare noun phrase, and no verb of its own. When the verb
    has an object (`has_object`), a phrase that may be accusative ("auch China", "die
    Regierung") may be a gapped object instead: only an unambiguous subject case counts.
    `verbs` are more verbs no trigger file knows (reporting verbs: "…, berichtete KCNA am
    Samstag" names the source, not a second actor)."""
    units = sent.units
    cues = lex.words.get("gapping_cues", frozenset())
    if not cues:
        return []
    aux = lex.words.get("aux_finite", frozenset())
    preps = lex.words.get("prepositions", frozenset())
    out = []
    for g in range(seg + 1, len(sent.seg_starts)):
        s, e = seg_range(sent, g)
        if units[s - 1].text != "," or sent.seg_sub[g]:
            break
        body = [u for u in units[s:e] if u.text not in (".", "!", "?")]
        if not body or len(body) > GAP_MAX_UNITS or units[s].low in lex.words.get("coordinators", ()):
            break
        if any(u.ent is None and u.is_word and (u.low in aux or u.low in lex.light_forms
                                                 or u.low in verbs or any(
                h.kind != NOUN for h in lex.lookup(u.text))) for u in body):
            break  # a verb of its own: no gap
        if not (any(u.time for u in body) or any(u.low in cues for u in body)):
            break
        names = [i for i in range(s, e) if units[i].ent is not None and not units[i].paren
                 and (i not in sent.modifier or i in sent.standin)]
        if len(names) != 1 or units[names[0]].ent.type not in ("PER", "ORG", "GPE"):
            break
        i = names[0]
        role = sent.roles.get(i)
        if role is None or role.kind not in ("nom", "nom_acc", "nom_dat", "bare") \
                or (i > s and units[i - 1].low in preps) \
                or (has_object and role.kind in ("bare", "nom_acc")):
            break
        out.append((i, s, e))
    return out



def pp_frame_subject(sent: Sentence, t: int, ce: int, lex: Lexicon, taken: set[int],
                     impersonal: bool = False) -> int | None:
    """A meeting noun inside a fronted prepositional phrase ("Bei Gesprächen mit X in Y sagte
    Z …", "Nach einem Treffen mit X kritisierte Z …"): the main clause's subject Z, the first
    name in a subject case after the phrase. With `impersonal`, -1 when the clause's subject
    is an impersonal pronoun instead ("… ging es um …"), else None."""
    units = sent.units
    preps = lex.words.get("prepositions", frozenset())
    k = t - 1
    while k >= 0 and units[k].ent is None and units[k].is_word and not units[k].capitalized \
            and units[k].low not in preps and t - k <= 3:
        k -= 1  # "einem", "ersten", "langen"
    start = sent.seg_starts[units[t].seg]
    if k < 0 or units[k].low not in preps:
        return None
    if k != start:  # "Lawrow sagte bei Gesprächen mit X …": the prefield's subject
        if impersonal or sent.seg_sub[units[t].seg]:
            return None
        pre = [i for i in range(start, k) if units[i].ent is not None and not units[i].paren
               and (i not in sent.modifier or i in sent.standin)
               and getattr(sent.roles.get(i), "kind", None) != "gen"]  # "des Kosovos Thaçi"
        role = sent.roles.get(pre[0]) if pre else None
        ok = role is not None and role.kind in SUBJ and pre[0] not in taken \
            and units[pre[0]].ent.type in ("PER", "ORG", "GPE") \
            and all(units[j].ent is None and (units[j].time or not units[j].capitalized)
                    or (units[j].ent is not None and (units[j].ent.id == units[pre[0]].ent.id
                                                      or j in sent.modifier))
                    for j in range(pre[0] + 1, k))  # "Der Präsident Russlands Putin sagte …"
        if ok:
            return pre[0]
        if not pre or not all((r := sent.roles.get(i)) is not None and r.kind == "prep"
                              for i in pre):
            return None
        # "Am Montag in Wien bei einem Gespräch mit X erklärte Y …": a chain of fronted
        # phrases; the subject follows the verb
    last = max(taken)
    for i in range(last + 1, ce):
        u = units[i]
        if u.ent is not None and not u.paren and i not in taken and (
                i not in sent.modifier or i in sent.standin):
            role = sent.roles.get(i)
            if role is not None and role.kind in SUBJ and u.ent.type in ("PER", "ORG", "GPE"):
                return None if impersonal else i
            if role is not None and role.kind == "prep":
                continue
            return None
        if impersonal and u.ent is None and u.low in lex.words.get("impersonal_subjects", ()):
            return -1 if i > last + 1 and units[i - 1].ent is None and not units[i - 1].capitalized \
                else None
    return None
