"""Actors, recipients and location of one trigger, from the units of its clause.

German verb-second order, verb-final subordinate clauses, subject after the verb, passive with
"von", coordination and possessives are read from word order and case cues (see syntax.py);
the language files say which words play which part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronik.analysis.events.lexicon import FINITE, NOUN, PARTICIPLE, Hit, Lexicon
from chronik.analysis.events.syntax import Sentence, conjuncts, resolve_coord

SUBJ = frozenset({"bare", "nom", "nom_acc", "nom_dat"})


@dataclass
class Args:
    actors: list[int] = field(default_factory=list)  # unit indices (entities)
    recipients: list[int] = field(default_factory=list)
    pronoun_actor: int | None = None  # unit index of a pronoun to resolve
    location: int | None = None
    host: int | None = None
    cues: list[str] = field(default_factory=list)


def _eff(sent: Sentence, i: int):
    return sent.roles[resolve_coord(sent, i)]


def _cands(sent: Sentence, cs: int, ce: int) -> list[int]:
    return [i for i in range(cs, ce) if sent.units[i].ent is not None and not sent.units[i].paren
            and (i not in sent.modifier or i in sent.standin)]


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
    taken = set(a.actors)
    cut = _next_clause(sent, t, ce, lex) if verbal else ce
    cands = [i for i in cands if i < cut or i < t]
    # recipients by the frame
    if not a.recipients:
        # in SVO order the object follows the verb; verb-second German may front it
        svo = lex.syntax.get("word_order") == "svo"
        after = [i for i in cands if i not in taken and (i > t or (verbal and not svo))]
        for i in after:
            role = _eff(sent, i)
            if role.kind == "gen" and role.head is not None and \
                    units[role.head].low in lex.words.get("beneficiary", ()):
                a.recipients = _group(sent, i)
                a.cues.append("recipient:beneficiary")
                break
            if any(_matches(role, w) for w in trig.recipient):
                if role.kind == "gen" and verbal:
                    continue
                a.recipients = [k for k in _group(sent, i) if k not in taken]
                a.cues.append(f"recipient:{role.prep or role.kind}")
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
        for i, head in sorted(sent.modifier.items()):
            if i > t and i < ce and i not in taken and i not in sent.standin \
                    and not units[i].text[:1].islower() and units[head].ent is None:
                a.recipients = [i]
                a.cues.append("recipient:possessor")
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
        if not verbal and i < t:
            continue
        if role.prep in host_preps and a.host is None:
            a.host = i
        if role.head is not None and role.head != t:
            continue  # "Gespräche über den Krieg in der Ukraine": not where it happened
        if role.prep in loc_preps and a.location is None and units[i].ent.type != "ORG":
            a.location = i
    if trig.inverse:
        a.actors, a.recipients = a.recipients, a.actors
        a.cues.append("roles:inverse")
    if trig.symmetric and not a.recipients and len(a.actors) > 1:
        a.actors, a.recipients = a.actors[:1], a.actors[1:]
        a.cues.append("roles:symmetric")
    return a


def _after_direction(sent: Sentence, i: int, dirs: frozenset[str]) -> bool:
    """"nordöstlich von Budapest": the preposition belongs to a place description."""
    return i >= 2 and sent.units[i - 2].low in dirs


def _next_clause(sent: Sentence, t: int, ce: int, lex: Lexicon) -> int:
    """Where a coordinated clause starts after the trigger ("begrüßte X und griff Y an"): a
    coordinator followed by a lower-case verb form. Its names are not this verb's objects."""
    units = sent.units
    coords = lex.words.get("coordinators", frozenset())
    aux = lex.words.get("aux_finite", frozenset())
    for k in range(t + 1, ce - 1):
        nxt = units[k + 1]
        if units[k].low in coords and nxt.ent is None and not nxt.capitalized and (
                nxt.low in aux or any(h.kind != NOUN for h in lex.lookup(nxt.text))):
            return k
    return ce


def _article_before(sent: Sentence, h: int, t: int, lex: Lexicon) -> str:
    """The article of the noun phrase headed by unit `h`, skipping adjectives ("den heutigen
    Beschluss")."""
    units = sent.units
    k = h - 1
    while k > t and units[k].ent is None and units[k].is_word and not units[k].capitalized \
            and units[k].low not in lex.det_case and h - k < 4:
        k -= 1
    return units[k].low


def _verbal(sent, t, hit, cs, ce, lex, light, sub, cands, a: Args, clause_end: int) -> None:
    units = sent.units
    v = light if light is not None and hit.kind == NOUN else t
    aux = lex.words.get("aux_finite", frozenset())
    passive_aux = lex.words.get("passive_aux", frozenset())
    agent = lex.syntax.get("passive_agent")
    vkind = hit.kind if v == t else FINITE
    span = range(cs, max(ce, clause_end))
    passive = vkind == PARTICIPLE and any(units[k].low in passive_aux for k in span)
    if passive and hit.trigger.host and not ({"acc", "obj", "dat"} & set(hit.trigger.recipient)):
        # "war eingetroffen und … von Kim empfangen worden": an arrival has no passive; the
        # auxiliary belongs to the coordinated verb
        passive = False
    if not passive and vkind == PARTICIPLE and ({"acc", "obj"} & set(hit.trigger.recipient)) \
            and not any(units[k].low in aux for k in span):
        passive = True  # "Timoschenko zu sieben Jahren verurteilt": a headline's participle
    if not passive and vkind == PARTICIPLE and ({"acc", "obj"} & set(hit.trigger.recipient)):
        # "X ist … angeklagt": sein + participle of a transitive verb is a stative passive
        stative = lex.words.get("stative_aux", frozenset())
        perfect = lex.words.get("perfect_aux", frozenset())
        passive = any(units[k].low in stative for k in span) and not any(
            units[k].low in perfect for k in span)
    if passive:
        dirs = lex.words.get("direction_words", frozenset())
        agents = [i for i in cands if _eff(sent, i).kind == "prep" and _eff(sent, i).prep == agent
                  and not _after_direction(sent, i, dirs)]
        if agents:
            a.actors = _group(sent, agents[0])
            a.cues.append(f"actor:passive-{agent}")
        return
    subj_pron = lex.words.get("subject_pronouns", frozenset())
    svo = lex.syntax.get("word_order") == "svo"
    subject: int | None = None
    if svo:
        before = [i for i in cands if i < v and _eff(sent, i).kind in SUBJ]
        if before:
            subject = resolve_coord(sent, before[-1])
            a.cues.append("actor:subject-position")
        else:
            pron = [k for k in range(cs, v) if units[k].low in subj_pron
                    and units[k].low not in hit.trigger.impersonal]
            if pron:
                a.pronoun_actor = pron[-1]
                a.cues.append("actor:pronoun")
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
        shared = f == cs or units[f - 1].low in lex.words.get("coordinators", ())
        nxt = units[f + 1] if f + 1 < ce else None
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
        if pre:
            subject = resolve_coord(sent, pre[0])
            a.cues.append("actor:prefield")
        elif f > cs and units[cs].low in subj_pron:
            if units[cs].low in hit.trigger.impersonal:
                return  # "Es droht ein Krieg": no actor
            a.pronoun_actor = cs
            a.cues.append("actor:pronoun")
        elif f > cs and _np_subject(sent, cs, f, lex):
            a.cues.append("actor:non-entity-subject")
            return
        elif f > cs and _unknown_name(sent, cs, f, lex):
            a.cues.append("actor:unknown-prefield")  # "Lammert würdigte die Bundeswehr"
            return
        else:
            first = next((k for k in range(f + 1, ce) if units[k].ent is not None
                          or units[k].low in subj_pron), None)
            if first is not None and units[first].ent is None \
                    and units[first].low not in hit.trigger.impersonal:
                a.pronoun_actor = first  # "Dort traf er Scholz"
                a.cues.append("actor:pronoun")
                return
            # the subject leads the middle field ("nahm das FBI … Mitglieder von X fest")
            post = [i for i in cands if i > f and _eff(sent, i).kind in SUBJ]
            if post:
                subject = resolve_coord(sent, post[0])
                a.cues.append("actor:subject-after-verb" if _eff(sent, post[0]).kind == "bare"
                              else "actor:subject-case")
    if subject is not None:
        a.actors = conjuncts(sent, subject)


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
    """The prefield is a common-noun phrase with a nominative article ("Die Regierung …")."""
    first = sent.units[cs]
    return first.low in lex.det_case and lex.det_case[first.low] in ("nom", "nom_acc") and any(
        u.capitalized and u.ent is None for u in sent.units[cs + 1:f])


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
        if agent in roles and role.kind == "prep" and role.prep in (agent, f"{agent}-gen"):
            a.actors = _group(sent, i)
            a.cues.append(f"actor:{agent}")
            return
    for i in sent.standin:
        if i == t + 1 or (i > t and i - t <= 2 and all(units[k].ent is None and not units[k].is_word
                                                       for k in range(t + 1, i))):
            if "adj" in roles:
                a.actors = [i]
                a.cues.append("actor:genitive")
                return
