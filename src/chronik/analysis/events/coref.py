"""Pronouns as actors: "seines Treffens", "Er bekräftigt", "dass es Truppen … entsandt hat".
A pronoun points to the subject of its clause or of the previous sentences, else to the most
recent fitting name; word classes come from the language's trigger file."""

from __future__ import annotations

import bisect

from chronik.analysis.events.doc import Doc, sentence_index, sentence_mentions
from chronik.analysis.events.syntax import Sentence, build
from chronik.model import Entity


def resolve_pronoun(doc: Doc, sent: Sentence, k: int, depth: int = 0,
                    how: list[str] | None = None) -> Entity | None:
    """Most recent fitting mention before the pronoun (this and the two previous sentences).
    `how` (when given) receives "fallback" when only the nearest-name fallback found it.
    A personal pronoun ("er") reached through a chain of pronouns still needs a person."""
    ent = _resolve(doc, sent, k, depth, how)
    if ent is not None and depth == 0 and ent.type != "PER" \
            and sent.units[k].low in doc.lex.words.get("pron_person", ()) \
            and sent.units[k].low not in doc.lex.words.get("possessives", ()):
        return None
    return ent


def _resolve(doc: Doc, sent: Sentence, k: int, depth: int = 0,
             how: list[str] | None = None) -> Entity | None:
    lex = doc.lex
    low = sent.units[k].low
    if low in lex.words.get("generic_pronouns", ()):
        return None  # "man" names nobody
    pos = sent.units[k].start
    if low in lex.words.get("pron_person", ()):
        prefer = ("PER",)
        allowed = ("PER", "GPE", "ORG")
    elif low in lex.words.get("pron_thing", ()):
        prefer = ("GPE", "ORG")
        allowed = prefer
    else:
        prefer = ("PER", "GPE", "ORG")
        allowed = prefer
    from chronik.analysis.events.arguments import SUBJ

    if low in lex.words.get("group_pronouns", ()) and depth == 0:
        kind, ent = _group_antecedent(doc, sent, k)
        if kind == "common" or (kind == "name" and ent.type not in allowed):
            return None  # "A resolution … . It condemns …": the noun, not a name inside it
        if kind == "name":
            return ent
    subj_pron = lex.words.get("subject_pronouns", frozenset())
    agent = lex.syntax.get("passive_agent")
    if low in lex.words.get("possessives", ()) and depth < 3:
        # a possessive points to its clause's subject: "er wolle … seinen Rücktritt"
        seg_start = sent.seg_starts[sent.units[k].seg]
        for j in range(seg_start, k):
            u = sent.units[j]
            if u.ent is None and u.low in subj_pron and (
                    u.low in lex.words.get("pron_person", ()) or low not in lex.words.get("pron_person", ())):
                return resolve_pronoun(doc, sent, j, depth + 1, how)
    for j in range(k - 1, -1, -1):
        u = sent.units[j]
        if u.paren:
            continue
        if u.ent is None and u.low in subj_pron and u.low != low and depth < 3 and (
                u.low in lex.words.get("pron_person", ()) or low not in lex.words.get("pron_person", ())):
            return resolve_pronoun(doc, sent, j, depth + 1, how)
        if u.ent is None or (j in sent.modifier and j not in sent.standin):
            continue
        role = sent.roles.get(j)
        if role is not None and role.kind in SUBJ and u.seg == sent.units[k].seg \
                and low in lex.words.get("object_pronouns", ()):
            continue  # "Kim greeted him": an object pronoun never names its clause's subject
        if role is not None and (role.kind in SUBJ or role.prep == agent or role.kind == "coord") \
                and u.text[:1].isupper() and u.ent.type in allowed:
            if u.ent.name.lower() in lex.words.get("generic_names", ()):
                continue  # "Die Organisation …, sie": an anaphor itself; look further back
            return u.ent
    if k > 1 and sent.units[0].low in lex.det_case and sent.units[1].capitalized \
            and sent.units[1].ent is None and low not in lex.words.get("pron_person", ()):
        return None  # "Die Vereinigung …, indem sie …": the pronoun points to a common noun
    # the subjects of the previous sentences come first ("Dort traf er Scholz. Sein Besuch …")
    si = sentence_index(doc, pos)
    for back in (1, 2):
        if si - back < 0 or depth >= 3:
            break
        group = low in lex.words.get("group_pronouns", ())
        subj = _sentence_subject(doc, si - back, allowed, prefer, depth, how, group)
        if subj is _COMMON:
            return None  # "Cuban exiles insist …. they …": the common noun, no older name
        if subj is not None:
            return subj
    i = bisect.bisect_left(doc.mention_starts, sent.units[0].start if sent.units else pos)
    floor = pos - 600
    fallback = None
    while i > 0:
        i -= 1
        s, e, ent = doc.mentions[i]
        if s < floor:
            break
        text = doc.analysis.article.text[s:e]
        if not text[:1].isupper() or ent.type not in allowed or _genitive_attribute(doc, s) \
                or ent.name.lower() in lex.words.get("generic_names", ()):
            continue
        if prefer == ("PER",) and ent.type != "PER":
            continue  # "er" by mere proximity: only a person
        if ent.type in prefer[:1]:
            fallback = ent
            break
        if fallback is None:
            fallback = ent
    if fallback is not None and how is not None:
        how.append("fallback")
    return fallback


def _genitive_attribute(doc: Doc, start: int) -> bool:
    """The name follows a common noun ("die Ehrung Salman Rushdies"): a genitive attribute,
    not someone who can be "er"/"sie" later. Titles ("Präsident Putin") do not count."""
    text = doc.analysis.article.text
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] == "-"):
        i -= 1
    word = text[i:j]
    lex = doc.lex
    if word.lower() in lex.words.get("genitive_articles", ()):  # "die Haltung der Hamas"
        return _genitive_attribute(doc, i)
    if not word[:1].isupper() or i == 0 or text[:i].rstrip()[-1:] in ".!?:\"„“»«":
        return False
    low = word.lower()
    titles = tuple(lex.words.get("title_suffixes", ()))
    return not (low.endswith(titles) or low in lex.words.get("head_nouns", ())
                or low in lex.det_case)


_COMMON = Entity("", "", "MISC", ())  # a sentence whose subject is a common noun a name only modifies


def _sentence_subject(doc: Doc, si: int, allowed, prefer, depth: int,
                      how: list[str] | None = None, group: bool = False) -> Entity | None:
    """The subject of sentence `si` (prefield name, or a subject pronoun resolved in turn),
    when its type fits. For a group pronoun (`group`: "they", "it"), `_COMMON` when the
    subject is a common noun that a name only modifies ("Cuban exiles insist …")."""
    from chronik.analysis.events.arguments import SUBJ

    lex = doc.lex
    sp = doc.sents[si]
    sent = build(doc.analysis.article.text, sp.start, sp.end,
                 sentence_mentions(doc, sp.start, sp.end), lex)
    units = sent.units
    aux = lex.words.get("aux_finite", frozenset())
    f = next((k for k, u in enumerate(units) if u.ent is None and u.text[:1].islower()
              and (u.low in aux or u.low in lex.forms)), None)
    if f is None:
        return None
    subj_pron = lex.words.get("subject_pronouns", frozenset())
    for k in list(range(0, f)) + list(range(f + 1, min(len(units), f + 3))):
        u = units[k]
        if group and k < f and k in sent.modifier and k not in sent.standin and not u.paren \
                and sent.roles[k].kind in SUBJ and units[sent.modifier[k]].ent is None \
                and sent.modifier[k] < f:
            return _COMMON
        if u.paren or (k in sent.modifier and k not in sent.standin):
            continue
        if u.ent is not None and sent.roles[k].kind in SUBJ and u.ent.type in allowed \
                and u.text[:1].isupper() and not _after_noun(sent, k, lex):
            return u.ent if u.ent.type in prefer[:1] or len(prefer) > 1 else None
        if u.ent is None and u.low in subj_pron:
            return resolve_pronoun(doc, sent, k, depth + 1, how)
    return None


def _after_noun(sent: Sentence, k: int, lex) -> bool:
    """"die Haltung der Hamas": a name after a common noun and its article is a genitive
    attribute, not the subject."""
    units = sent.units
    if k < 2 or units[k - 1].low not in lex.words.get("genitive_articles", ()):
        return False
    prev = units[k - 2]
    return prev.ent is None and prev.capitalized and prev.low not in lex.det_case and k - 2 > 0


PAIR = 2


def resolve_pair(doc: Doc, sent: Sentence, k: int) -> list[Entity]:
    """"die beiden Länder" → the two coordinated names of that kind last mentioned ("Chile und
    Peru …. Nun verlangen die beiden Länder …"): this sentence before the phrase,
    then the two previous sentences. Nothing when no such pair is found."""
    lex = doc.lex
    low = sent.units[k].low.split()[-1]  # the head noun ("die beiden Länder" as one unit too)
    types = ("GPE",) if low in lex.words.get("plural_states", ()) else (
        ("PER",) if low in lex.words.get("plural_persons", ()) else (
            ("GPE", "ORG", "PER") if low in lex.words.get("plural_any", ()) else ("ORG",)))
    found = _pair_in(sent, sent.units[k].start, types)
    if found:
        return found
    pos = sent.units[k].start
    si = sentence_index(doc, pos)
    for back in (1, 2):
        if si - back < 0:
            break
        sp = doc.sents[si - back]
        prev = build(doc.analysis.article.text, sp.start, sp.end,
                     sentence_mentions(doc, sp.start, sp.end), lex)
        found = _pair_in(prev, sp.end, types)
        if found:
            return found
        if back == 1:  # "Putin met Kim. The two leaders …": the only two such names there
            named = list(dict.fromkeys(u.ent for u in prev.units if u.ent is not None
                                       and u.ent.type in types and not u.paren))
            if len(named) == PAIR:
                return named
    return []


def _pair_in(sent: Sentence, before: int, types: tuple[str, ...]) -> list[Entity]:
    """The last coordination of exactly two different entities of `types` before `before`."""
    from chronik.analysis.events.syntax import conjuncts

    best: list[Entity] = []
    for i, u in enumerate(sent.units):
        if u.start >= before:
            break
        role = sent.roles.get(i)
        if u.ent is None or role is None or role.kind == "coord" or u.ent.type not in types:
            continue
        ents = list(dict.fromkeys(sent.units[j].ent for j in conjuncts(sent, i)
                                  if sent.units[j].ent.type in types))
        if len(ents) == PAIR:
            best = ents
    return best


TITLE_REACH = 3000  # characters back to the person a bare title refers to


def resolve_title(doc: Doc, sent: Sentence, k: int) -> Entity | None:
    """"der UN-Generalsekretär" → the person last named right after the same title ("… sagte
    Generalsekretär Max Muster …"), within the article, before the phrase."""
    title = sent.units[k].low.rsplit("-", 1)[-1]
    text = doc.analysis.article.text
    pos = sent.units[k].start
    i = bisect.bisect_left(doc.mention_starts, pos)
    while i > 0:
        i -= 1
        s, _e, ent = doc.mentions[i]
        if s < pos - TITLE_REACH:
            break
        if ent.type != "PER":
            continue
        before = text[max(0, s - 40):s].split()
        if before and before[-1].lower().rsplit("-", 1)[-1].rstrip(",") in (title, title + "in"):
            return ent
    return None


def previous_subject(doc: Doc, si: int) -> Entity | None:
    """The named subject of the sentence before `si` (a person, state or organization), for
    an act whose own clause names only its partner."""
    from chronik.analysis.events.arguments import SUBJ

    if si < 1:
        return None
    sp = doc.sents[si - 1]
    sent = build(doc.analysis.article.text, sp.start, sp.end,
                 sentence_mentions(doc, sp.start, sp.end), doc.lex)
    first = next((k for k, u in enumerate(sent.units) if u.ent is not None
                  and (k not in sent.modifier or k in sent.standin)), None)
    if first is not None and first + 1 < len(sent.units) and sent.units[first + 1].is_word \
            and not sent.units[first + 1].capitalized and sent.roles[first].kind in SUBJ \
            and sent.units[first].ent.type in ("PER", "GPE", "ORG") \
            and all(u.capitalized or u.low in doc.lex.det_case for u in sent.units[:first]):
        return sent.units[first].ent  # "Lawrow hielt sich …": the prefield's name
    return _sentence_subject(doc, si - 1, ("PER", "GPE", "ORG"), ("PER", "GPE", "ORG"), 1)


def _group_antecedent(doc: Doc, sent: Sentence, k: int) -> tuple[str | None, Entity | None]:
    """"It"/"they" as a subject (SVO languages, `group_pronouns`): the subject of the
    previous sentence when the pronoun opens its sentence, else of its own sentence when that
    subject stands before it ("The gun was sent … to see whether it …"). ("name", entity) for
    a named subject, ("common", None) for a common noun ("A resolution", "U.S. officials"),
    (None, None) when unsure (the other rules decide)."""
    units = sent.units
    lex = doc.lex
    opens = all(not u.is_word or u.low in lex.words.get("coordinators", ()) for u in units[:k])
    if opens:
        si = sentence_index(doc, units[k].start)
        if si < 1:
            return None, None
        sp = doc.sents[si - 1]
        prev = build(doc.analysis.article.text, sp.start, sp.end,
                     sentence_mentions(doc, sp.start, sp.end), lex)
        return _svo_subject(prev, len(prev.units), lex, reported=True)
    return _svo_subject(sent, k, lex)


def _svo_subject(sent: Sentence, end: int, lex,
                 reported: bool = False) -> tuple[str | None, Entity | None]:
    """The subject phrase that opens the sentence (after a fronted phrase and its comma),
    read before unit `end`: see `_group_antecedent`. With `reported` (the previous
    sentence), a common-noun subject of a speech verb ("Officials said Russia attacked X. It
    also …") decides nothing: the pronoun may point to the reported clause's subject, which
    the other rules find. ("The ministry said it …" in one sentence: the ministry.)"""
    kind, ent = _opening_subject(sent, end, lex)
    if reported and (kind == "common" or (kind == "name" and ent.type not in ("PER", "ORG", "GPE"))):
        speech = lex.words.get("clause_speech_verbs", frozenset())
        if any(u.low in speech for u in sent.units[:end]):
            return None, None
    return kind, ent


def _opening_subject(sent: Sentence, end: int, lex) -> tuple[str | None, Entity | None]:
    """(kind, entity) of the phrase that opens the sentence: see `_svo_subject`."""
    units = sent.units
    w = lex.words
    fronted = w.get("prepositions", frozenset()) | w.get("subordinators", frozenset())
    k = 0
    while k < end and not units[k].is_word:
        k += 1
    if k < end and (units[k].time or (units[k].ent is None and units[k].low in fronted)):
        comma = next((j for j in range(k, end) if units[j].text == ","), None)
        if comma is None:
            return None, None
        k = comma + 1
    while k < end and not units[k].is_word:
        k += 1
    if k >= end:
        return None, None
    u = units[k]
    if u.ent is None and u.low in w.get("subject_pronouns", frozenset()):
        return None, None  # a pronoun in turn: the other rules follow the chain
    if u.ent is None and (u.low in lex.det_case or u.low in w.get("possessives", ())):
        closed = fronted | w.get("aux_finite", frozenset()) | w.get("coordinators", frozenset())
        j, last = k + 1, None
        while j < end and units[j].is_word and (units[j].ent is not None or (
                units[j].low not in closed and units[j].low not in lex.forms)):
            if units[j].ent is not None:
                last = j  # "the European Union", "the Iranian government"
            j += 1
        if last is None:
            return "common", None  # "A resolution was adopted …"
        if last + 1 < j:  # a common noun after the name heads the phrase
            return ("name", units[last].ent) if last in sent.standin else ("common", None)
        k, u = last, units[last]
    if u.ent is not None:
        if k in sent.modifier and k not in sent.standin:
            head = sent.modifier[k]
            if units[head].ent is not None:
                return "name", units[head].ent  # "Germany's foreign minister Annalena Baerbock"
            return "common", None  # "U.S. officials", "the Iranian delegation"
        return "name", u.ent
    if u.is_word and u.low not in lex.forms and u.low not in w.get("aux_finite", ()) \
            and u.low not in fronted and u.low not in w.get("preverbal_adverbs", ()):
        return "common", None
    return None, None
