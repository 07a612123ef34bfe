"""Shallow syntax for argument finding: tokens merged with entity mentions into units, clause
segments, and the grammatical role of each mention read from the words before it (preposition,
article case, coordination, genitive, apposition). No tagger: one regex pass plus word lists
from the language's trigger file.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from chronik.analysis.events.lexicon import NOUN, Lexicon
from chronik.model import Entity

_TOKEN = re.compile(r"\d+(?:,\d+)+|\w+(?:[-'’.]\w+)*|[^\w\s]")  # "1,500", "3,5": one number
_BOUNDARY = frozenset({",", ";", ":", "–", "—", "-"})
_OPEN, _CLOSE = frozenset("(["), frozenset(")]")
_QUOTES = frozenset('"„“”»«‘’\'')
_PUNCT_END = frozenset({",", ".", ";", ":", "!", "?", ")", '"', "“", "”", "»", "«"})
MAX_UNITS = 400  # longer "sentences" (tables, run-ons) are cut: bounded work per sentence


@dataclass(slots=True)
class Unit:
    """A token, or a whole entity mention."""

    start: int
    end: int
    text: str
    low: str
    ent: Entity | None = None
    seg: int = 0
    time: bool = False  # inside a time expression
    paren: bool = False  # inside (…) or […]: an aside, never an argument

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Role:
    """How a mention attaches: kind is prep | gen | coord | bare | nom | acc | dat | nom_acc."""

    kind: str
    prep: str | None = None
    head: int | None = None  # governing noun (gen) or coordinated mention (coord)
    case: str | None = None


@dataclass(slots=True)
class Sentence:
    units: list[Unit]
    seg_starts: list[int]  # index of the first unit of each segment
    seg_sub: list[bool]  # segment opens with a subordinator/relative
    roles: dict[int, Role]
    modifier: dict[int, int]  # entity unit → noun it modifies (not an argument itself)
    standin: set[int]  # modifier that stands for a group head ("die russische Armee")


def build(text: str, start: int, end: int, mentions: list[tuple[int, int, Entity]],
          lex: Lexicon, times: list[tuple[int, int]] = ()) -> Sentence:
    """Units for text[start:end]; `mentions` are (start, end, entity) sorted by start."""
    units: list[Unit] = []
    mi = 0
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        while mi < len(mentions) and mentions[mi][1] <= s:
            mi += 1
        if mi < len(mentions) and mentions[mi][0] < e and s < mentions[mi][1]:
            ms, me, ent = mentions[mi]
            if (e > me and text[me:e][:1] in "-‐–" and len(text[me:e]) > 2) or (s < ms and text[s:ms][-1:] in "-‐"):
                # "Ukraine-Krieg", "US-Präsident": the name only modifies a compound noun;
                # "UN-Mitarbeiter", "US-Truppen": a group of the named party stands for it
                group = s == ms and text[me:e][:1] in "-‐" and text[me + 1:e].lower() in \
                    lex.words.get("group_heads", ())
                units.append(Unit(s, e, m.group(), m.group().lower(), ent if group else None))
                continue
            if units and units[-1].ent is ent and units[-1].end > ms:
                units[-1].end = max(units[-1].end, e)
                units[-1].text = text[units[-1].start:units[-1].end]
                continue
            units.append(Unit(min(s, ms), max(e, min(me, end)), "", "", ent))
            units[-1].end = e
            units[-1].text = text[units[-1].start:e]
            continue
        units.append(Unit(s, e, m.group(), m.group().lower()))
        if len(units) >= MAX_UNITS:
            break
    depth = 0
    for u in units:
        if u.text in _CLOSE:
            depth = max(0, depth - 1)
        u.paren = depth > 0 or u.text in _OPEN or u.text in _CLOSE
        if u.text in _OPEN:
            depth = min(depth + 1, 3)
        if u.ent is not None:
            u.low = u.text.lower()
        elif times:
            for ts, te in times:
                if ts <= u.start < te:
                    u.time = True
                    break
    seg_starts, seg_sub = _segments(units, lex)
    sent = Sentence(units, seg_starts, seg_sub, {}, {}, set())
    _modifiers(sent, text, lex)
    for i, u in enumerate(units):
        if u.ent is not None:
            sent.roles[i] = _role(sent, i, lex)
    for i, u in enumerate(units):
        if u.ent is not None and u.paren:
            head = _abbreviated_phrase(sent, i, lex)
            if head is not None:  # "die Vereinigung der Bauern (VdB)": the short name
                u.paren = False  # stands for the phrase, in the phrase's role
                sent.roles[i] = _role(sent, head, lex)
    return sent


def _abbreviated_phrase(sent: Sentence, i: int, lex: Lexicon) -> int | None:
    """`i` is a name alone in brackets right after a common-noun phrase the name tagger did
    not know ("die Vereinigung der Bauern (VdB)"): the first noun of that phrase, else None."""
    units = sent.units
    if i < 3 or i + 1 >= len(units) or units[i - 1].text != "(" or units[i + 1].text != ")" \
            or units[i].ent.type not in ("ORG", "GPE"):
        return None
    k = i - 2
    seg_start = sent.seg_starts[units[i].seg]
    gen = lex.words.get("genitive_articles", ())
    if units[k].ent is not None or not units[k].capitalized or not units[k].is_word:
        return None
    head = k
    while k - 1 >= seg_start:
        prev = units[k - 1]
        if prev.ent is not None or prev.paren:
            return None  # a name inside the phrase: it is no unknown name
        if prev.low in lex.det_case and (k - 2 < seg_start or not units[k - 2].capitalized
                                         or prev.low not in gen):
            return head  # the phrase's article
        if prev.is_word and (prev.capitalized or prev.low in gen or _is_filler(prev, lex)):
            if prev.capitalized:
                head = k - 1
            k -= 1
            continue
        return None
    return None


def _segments(units: list[Unit], lex: Lexicon) -> tuple[list[int], list[bool]]:
    subs = lex.words.get("subordinators", frozenset())
    rels = lex.words.get("relatives", frozenset())
    coords = lex.words.get("coordinators", frozenset())
    speech = lex.words.get("clause_speech_verbs", frozenset())
    starts, sub = [0], [bool(units) and units[0].low in subs]
    seg = 0
    for i, u in enumerate(units):
        if u.text in _BOUNDARY and i + 1 < len(units):
            nxt = units[i + 1]
            starts.append(i + 1)
            nxt2 = units[i + 2] if i + 2 < len(units) else None
            comma = u.text == ","  # relative clauses open after a comma only
            sub.append(nxt.low in subs or (comma and nxt.low in rels
                                           and not _article_clause(units, i + 1, lex)) or (
                comma and nxt.low in lex.words.get("prepositions", ()) and nxt2 is not None
                and nxt2.low in rels))
            seg += 1
        elif u.low in subs and i > 0 and units[i - 1].text not in _BOUNDARY and u.low in (
                lex.words.get("hard_subordinators", frozenset())):
            starts.append(i)
            sub.append(True)
            seg += 1
        elif u.low in coords and i > 0 and i + 1 < len(units) and units[i + 1].low in speech \
                and units[i - 1].text not in _BOUNDARY:
            # "accused X of blackmail and said the government would not give in": the second
            # verb's clause has its own objects, negation and modality
            starts.append(i)
            sub.append(False)
            seg += 1
        u.seg = seg
    return starts, sub


def _article_clause(units: list[Unit], k: int, lex: Lexicon) -> bool:
    """", die spanische Regierung verhängte den Notstand": the word after the comma is an
    article, not a relative pronoun, when a common-noun phrase follows it and then a finite
    verb with more of the clause behind it (a relative clause ends with its verb)."""
    j = k + 1
    while j < len(units) and j - k <= 3 and units[j].is_word and not units[j].capitalized \
            and (units[j].ent is not None or _is_filler(units[j], lex)):  # "spanische"
        j += 1
    if j >= len(units) or units[j].ent is not None or not units[j].capitalized \
            or not units[j].is_word or units[j].low in lex.forms:
        return False
    j += 1
    if j + 2 >= len(units) or units[j].capitalized or not units[j].is_word:
        return False
    verb = units[j].low in lex.words.get("aux_finite", ()) or any(
        h.kind == "finite" for h in lex.lookup(units[j].text)) or units[j].low in lex.light_forms
    return verb and units[j + 1].is_word and units[j + 1].text not in _PUNCT_END


def seg_range(sent: Sentence, seg: int) -> tuple[int, int]:
    s = sent.seg_starts[seg]
    e = sent.seg_starts[seg + 1] if seg + 1 < len(sent.seg_starts) else len(sent.units)
    return s, e


def _capitalized_adjective(u: Unit, lex: Lexicon) -> bool:
    """"US-amerikanische", "Britische": an adjective, though capitalized (hyphen compound
    with a lower-case tail, or an adjective suffix)."""
    tail = u.text.rsplit("-", 1)[-1]
    if tail[:1].islower():
        return True
    return u.low.endswith(tuple(lex.syntax.get("adjective_suffixes", ())))


def _title(low: str, lex: Lexicon) -> bool:
    """A title or group noun, inflected too ("Sicherheitskräften", "Präsidenten")."""
    return low in lex.words.get("head_nouns", frozenset()) or low.endswith(
        lex.title_tails or tuple(lex.words.get("title_suffixes", ())))


def _is_filler(u: Unit, lex: Lexicon) -> bool:
    """NP material between an article and its head: adjectives, numbers, titles, quotes."""
    if u.text in _QUOTES or u.text[:1].isdigit():
        return True
    if u.ent is not None:
        return False
    if u.low in lex.forms or u.low in lex.words.get("aux_finite", ()):
        return False
    if u.low in lex.words.get("number_words", ()) and u.low not in lex.det_case:
        return True  # "to two Peruvian officers": a number word counts the noun
    if u.text[:1].islower():
        # a lower-case compound with a hyphen ("anti-government", "pro-russische") modifies
        # the noun after it; so do the adjectives a language lists (English has no endings)
        return u.low.endswith(tuple(lex.words.get("adjective_endings", ()))) \
            or ("-" in u.low[1:-1] and u.is_word) or u.low in lex.words.get("np_adjectives", ())
    return False


_ARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-ZÄÖÜ]")  # "al-Shabaab", "el-Sisi": a name, no adjective


def _apposition_noun(low: str, lex: Lexicon) -> bool:
    """A noun that names the kind of the name after it ("die Gewerkschaft Verdi"); German
    compounds count by their head ("die Terrormiliz Hamas"), for heads of five letters or
    more ("Ausland" does not end in a "land" of this kind)."""
    nouns = lex.words.get("apposition_nouns", frozenset())
    if low in nouns:
        return True
    return bool(lex.syntax.get("nouns_capitalized")) and low.endswith(lex.apposition_tails)


def _verb_like(u: Unit, lex: Lexicon) -> bool:
    """A word that ends a noun compound: an auxiliary or a past form ("by Turkish police
    sparked protests": "sparked" is the verb, not part of the police's name)."""
    past = tuple(lex.words.get("past_endings", ()))
    return u.low in lex.words.get("aux_finite", ()) or u.low in lex.words.get("past_forms", ()) \
        or (bool(past) and u.low.endswith(past) and not any(h.kind == NOUN for h in lex.lookup(u.text)))


def _compound_head(units, k: int, lex: Lexicon) -> int:
    """English noun compounds put the head last: after "Russia's drone" an event noun
    ("strikes", "attack") within two words is the head the possessor or adjective modifies."""
    j = k
    w = lex.words
    if any(h.kind == NOUN for h in lex.lookup(units[k].text)) or units[k].low in w.get(
            "place_nouns", ()) or (units[k].low in w.get("head_nouns", ()) and units[k].low.endswith("s")):
        return k  # "Russia's troops attack …", "the Kenya embassy bombing": not the event's owner
    stop = w.get("prepositions", frozenset()) | w.get("coordinators", frozenset()) \
        | w.get("subordinators", frozenset()) | w.get("complementizers", frozenset())
    while j + 1 < len(units) and j + 1 - k <= 2 and units[j + 1].ent is None \
            and units[j + 1].is_word and units[j + 1].text[:1].islower() \
            and units[j + 1].low not in lex.det_case and units[j + 1].low not in stop \
            and units[j].low not in stop and not _verb_like(units[j + 1], lex):
        j += 1
        if any(h.kind == NOUN for h in lex.lookup(units[j].text)) \
                or units[j].low in w.get("head_nouns", ()):
            return j  # ("China's foreign ministry": the group noun the state stands for)
    return k


@functools.cache
def state_adjectives(lang: str) -> frozenset[str]:
    """The adjectives of the states in the knowledge base ("Iraqi", "irakisch"), lower-case:
    an adjective before an event noun names the actor; a bare place name ("the Kuwait
    invasion", "the Nairobi bombing") names the target or the place. Read from the KB the
    actors stage loaded (the same records, parsed once), not from its file again."""
    from chronik.analysis.actors.kbsource import default_kb

    return frozenset(a.lower() for ent in default_kb() for a in ent.adjectives.get(lang, ()))


def _adjective_mention(u: Unit, lex: Lexicon) -> bool:
    """A state's adjective ("Iranian") or an abbreviation used as one ("U.S.", "US")."""
    t = u.text.rstrip(".")
    return u.low in state_adjectives(lex.lang) or (t.replace(".", "").isupper() and len(t) <= 4)


def _event_head(units, k: int, lex: Lexicon) -> bool:
    """Unit k, or the noun after it when k is a plain modifier ("missile attack"), is an
    event noun (a verb form or adverb at k ends the phrase: "quickly announced support")."""
    def event(u) -> bool:
        return any(h.kind == NOUN for h in lex.lookup(u.text))
    u = units[k]
    if event(u):
        return True
    return k + 1 < len(units) and u.ent is None and u.is_word and not u.low.endswith(("ed", "ly")) \
        and not lex.lookup(u.text) and u.low not in lex.light_forms and event(units[k + 1])


def _modifiers(sent: Sentence, text: str, lex: Lexicon) -> None:
    """Mark mentions that modify a following noun: adjectives ("russischen"), prenominal
    genitives ("Nordkoreas Staatschef"), possessives ("Korea's"); some stand in for a group."""
    units = sent.units
    gen_suffix = lex.syntax.get("genitive_suffix")
    possessive = tuple(lex.syntax.get("possessive_marks", ()))
    preps = lex.words.get("prepositions", frozenset())
    adj_mentions = lex.syntax.get("adjective_mentions", "lowercase")
    for i, u in enumerate(units):
        if u.ent is None:
            continue
        nxt = i + 1
        if nxt < len(units) and units[nxt].text == "." and "." in u.text and nxt + 1 < len(units) \
                and units[nxt + 1].is_word:
            nxt += 1  # "U.S. missile attacks", "U.S. President X": the abbreviation's own dot
        while nxt < len(units) and units[nxt].ent is None and units[nxt].text[:1].islower() \
                and units[nxt].low not in lex.det_case and _is_filler(units[nxt], lex):
            nxt += 1
        if nxt >= len(units):
            continue
        n = units[nxt]
        if n.ent is None and n.low in lex.words.get("nonstate_nouns", ()) \
                and u.ent.type in ("GPE", "MISC", "LOC"):
            # "the Cuban exile community", "die russische Opposition": people of a state who
            # are not its government; the state adjective only says whose
            sent.modifier[i] = nxt
            continue
        last = u.text.rsplit(None, 1)[-1]  # "russische Truppen" is a whole phrase, not an adjective
        is_adj = (adj_mentions == "lowercase" and (last == u.text or last[:1].islower())
                  and not _ARTICLE_NAME.match(u.text) and (
            u.text[:1].islower() or u.low.endswith(
            tuple(lex.syntax.get("adjective_suffixes", ()))))) or (
            adj_mentions == "demonym" and u.ent.type in ("GPE", "MISC") and n.ent is None
            and n.is_word and (n.text[:1].isupper() or _title(n.low, lex)
                               or n.low in lex.words.get("head_nouns", ())
                               or (_adjective_mention(u, lex) and _event_head(units, nxt, lex))))
        # ("an Iranian missile attack", "U.S. air strikes"; "the Kuwait invasion" names the target)
        demonym = tuple(lex.syntax.get("demonym_suffixes", ()))
        if not is_adj and demonym and u.ent.type == "GPE" and u.text.endswith(demonym) \
                and " " not in u.text and nxt == i + 1 and n.is_word and n.capitalized \
                and not n.time and not _capitalized_adjective(u, lex) \
                and (n.ent is None or n.ent.type == "PER"):  # "der Schweizer Max Muster"
            is_adj = True  # "der Schweizer Politiker": an indeclinable place adjective
        is_poss = bool(possessive) and (text.startswith(possessive, u.end)
                                        or u.text.endswith(possessive))
        is_gen = (bool(gen_suffix) and u.text.endswith(gen_suffix) and n.capitalized
                  and n.is_word and not (i > 0 and units[i - 1].low in preps and not (
                      _title(n.low, lex) or (n.ent is not None and n.ent.type == "PER"))))
        if is_poss:
            nxt = i + 1
            while nxt < len(units) and (units[nxt].text in ("'", "’", "s") or not units[nxt].is_word):
                nxt += 1
            if nxt >= len(units):
                continue
            n = units[nxt]
            if n.ent is not None and n.ent.type in ("LOC", "GPE") and nxt + 1 < len(units) \
                    and units[nxt + 1].ent is None \
                    and units[nxt + 1].low in lex.words.get("dependent_nouns", ()):
                sent.modifier[i] = nxt + 1  # "Elian's Miami relatives": the relatives, not Elian
                continue
        if n.ent is not None and n.ent.type == "PER" and not n.time and (
                _title(u.low, lex) or u.low.endswith(tuple(lex.words.get("title_suffixes", ())))):
            sent.modifier[i] = nxt
            continue
        if u.ent.type == "ORG" and n.ent is None and n.capitalized and _title(n.low, lex):
            # "Security Council Secretary Sergei Shoigu": the body is part of the person's title
            k = nxt
            while k + 1 < len(units) and k - nxt < 2 and units[k + 1].ent is None \
                    and units[k + 1].capitalized and _title(units[k + 1].low, lex):
                k += 1
            per = units[k + 1] if k + 1 < len(units) else None
            if per is not None and per.ent is not None and per.ent.type == "PER":
                sent.modifier[i] = k + 1
                continue
        if adj_mentions == "demonym" and u.ent.type == "LOC" and i > 0 and (
                units[i - 1].low in lex.det_case
                or (bool(possessive) and units[i - 1].text.endswith(possessive))) \
                and nxt == i + 1 and n.ent is None and n.is_word and n.text[:1].islower() \
                and n.low not in lex.det_case and n.low not in preps \
                and n.low not in lex.words.get("aux_finite", ()) \
                and n.low not in lex.words.get("coordinators", ()):
            # "the Miami relatives", "the Nairobi blast": an article before a place and a noun
            # after it make the place a noun's modifier; it stands for no state there
            sent.modifier[i] = nxt
            continue
        if adj_mentions == "demonym" and u.ent.type == "LOC" and i > 0 and units[i - 1].low in lex.det_case \
                and i + 4 < len(units) and units[i + 1].text == "," and units[i + 3].text == "," \
                and units[i + 2].ent is not None and units[i + 2].ent.type in ("LOC", "GPE") \
                and units[i + 4].ent is None and units[i + 4].is_word \
                and units[i + 4].text[:1].islower() and units[i + 4].low not in lex.det_case \
                and units[i + 4].low not in preps \
                and units[i + 4].low not in lex.words.get("aux_finite", ()) \
                and units[i + 4].low not in lex.words.get("coordinators", ()) \
                and units[i + 4].low not in lex.words.get("relatives", ()):
            # "a Springfield, Ill., lawyer": the place with its state before a noun
            sent.modifier[i] = sent.modifier[i + 2] = i + 4
            continue
        if nxt == i + 1 and n.ent is None and n.low in lex.words.get("dependent_nouns", ()):
            sent.modifier[i] = nxt  # "a Trump envoy met Putin": the envoy, not Trump
            if u.ent.type != "PER" and n.low in lex.words.get("voice_nouns", ()):
                sent.standin.add(i)  # "a State Department spokesman urged": the body speaks
            continue
        if adj_mentions == "demonym" and u.ent.type == "ORG" and not is_poss and nxt == i + 1 \
                and i > 0 and units[i - 1].low in lex.det_case and n.ent is None and n.is_word \
                and n.text[:1].islower() and _event_head(units, nxt, lex):
            # "the US military buildup", "the NATO bombing": a body before an event noun is
            # that event's doer
            sent.modifier[i] = nxt
            continue
        if not (is_adj or is_gen or is_poss) or n.time:
            continue
        if n.ent is not None and n.ent.type == "PER":
            sent.modifier[i] = nxt
        elif n.ent is None and (n.capitalized or is_poss or is_adj):
            if lex.syntax.get("word_order") == "svo":
                nxt = _compound_head(units, nxt, lex)  # "Russia's drone strikes"
                n = units[nxt]
            sent.modifier[i] = nxt
            k = nxt
            while not (_title(units[k].low, lex) or units[k].low in lex.words.get("head_nouns", ())) \
                    and k + 1 < len(units) and k - nxt < 3 and units[k + 1].capitalized \
                    and units[k + 1].ent is None and units[k + 1].is_word:
                k += 1
            if _title(units[k].low, lex) or units[k].low in lex.words.get("head_nouns", ()):
                n, nxt = units[k], k
            after = units[nxt + 1] if nxt + 1 < len(units) else None
            named_head = after is not None and (after.ent is not None or (
                after.capitalized and after.is_word and not after.time
                and after.low not in lex.forms and not _title(after.low, lex)))
            if named_head and after.ent is None and lex.syntax.get("word_order") == "svo" \
                    and n.low.endswith("s") and n.low in lex.words.get("head_nouns", frozenset()):
                named_head = False  # "U.S. forces Thursday launched …": a plural names no one
            if named_head and after.ent is None and n.low in lex.words.get("plural_heads", frozenset()):
                named_head = False  # "von den russischen Behörden Betrug vorgeworfen": a noun follows
            if not named_head and (n.low in lex.words.get("head_nouns", frozenset())
                                   or _title(n.low, lex)):
                sent.standin.add(i)
        elif n.ent is not None and is_adj:
            sent.modifier[i] = nxt


def _role(sent: Sentence, i: int, lex: Lexicon) -> Role:
    units = sent.units
    preps = lex.words.get("prepositions", frozenset())
    canon = lex.syntax.get("prep_canonical", {})
    coords = lex.words.get("coordinators", frozenset())
    seg_start = sent.seg_starts[units[i].seg]
    if i >= 2 and units[i - 1].text == "," and units[i - 2].ent is not None \
            and _list_goes_on(sent, i, coords) and i - 2 in sent.roles \
            and (sent.roles[resolve_coord(sent, i - 2)].kind != "prep"
                 or _place_list(sent, i, lex)):
        # "A, B und C": B is a conjunct, not a new clause ("Laut Tass, A und B …" is none)
        return Role("coord", head=i - 2)
    app = _pp_apposition(sent, i, seg_start, preps, lex)
    if app is not None:  # "in the capital, Abuja, …": the name is the phrase's apposition
        return Role("prep", canon.get(app, app))
    case: str | None = None
    j = i - 1
    steps = 0
    while j >= seg_start and steps < 7:
        u = units[j]
        steps += 1
        if u.paren:
            j -= 1
            continue
        if u.ent is not None:
            if j in sent.modifier and j not in sent.standin:
                j -= 1
                continue
            break
        if u.time:
            break
        if u.low in preps and j > seg_start and units[j - 1].low in lex.words.get("partitive_heads", ()):
            j -= 2  # "a group of X" / "eine Delegation aus X": X heads the phrase
            continue
        q = quantity_words(units, j, lex)
        if q:
            j -= q  # "about 200 X", "up to 50 X": a number's modifier, no prepositional phrase
            continue
        if u.low in preps and units[i].ent is not None and units[i].ent.type == "PER" and j > seg_start \
                and i > j + 1 and units[j - 1].ent is None and units[j - 1].capitalized and _title(units[j - 1].low, lex) \
                and all(units[x].ent is None and units[x].is_word and units[x].capitalized
                        for x in range(j + 1, i)):
            j -= 1  # "Secretary of State Max Muster": the preposition is part of the title
            continue
        if u.low in preps and j == seg_start and sent.seg_sub[units[i].seg] \
                and u.low in lex.words.get("subordinators", ()):
            break  # ", after the Duma had approved it": a conjunction opens the clause
        if u.low in preps:
            prep = canon.get(u.low, u.low)
            if prep == lex.syntax.get("passive_agent") and lex.syntax.get("agent_after_noun_is_genitive") \
                    and j > seg_start and units[j - 1].ent is None and units[j - 1].capitalized \
                    and units[j - 1].is_word and not units[j - 1].time and not _title(units[j - 1].low, lex) \
                    and units[j - 1].low not in lex.forms and units[j - 1].low not in lex.det_case:
                return Role("prep", prep + "-gen", head=j - 1, case=case)
            head = None
            if j > seg_start and units[j - 1].ent is None and units[j - 1].capitalized \
                    and units[j - 1].is_word and not units[j - 1].time \
                    and units[j - 1].low not in lex.det_case:  # "Den von X …": an article
                head = j - 1  # "der Krieg in der Ukraine": the PP modifies a noun
            return Role("prep", prep, head=head, case=case)
        if u.low in coords:
            k = j - 1
            while k >= seg_start and units[k].ent is None and _is_filler(units[k], lex):
                k -= 1
            if k >= seg_start and units[k].ent is not None:
                return Role("coord", head=k)
            break
        if u.low in lex.det_case:
            if case is None:
                case = lex.det_case[u.low]
            j -= 1
            continue
        if lex.syntax.get("word_order") == "svo" and u.low in lex.words.get("possessives", ()) \
                and j > seg_start and units[j - 1].low in preps:
            j -= 1  # "with his Chinese counterpart": the possessive opens the phrase
            continue
        if u.ent is None and u.capitalized and u.is_word and u.low not in lex.det_case:
            if case == "gen" and _title(u.low, lex) \
                    and lex.syntax.get("postnominal_genitive", True):
                # "Ein Sprecher des Ministeriums": a title before a genitive article heads
                # the phrase; it is no part of the name ("Präsident Putin" has no article)
                return Role("gen", head=j, case=case)
            if _title(u.low, lex) or _apposition_noun(u.low, lex) \
                    or j in sent.modifier.values() or _capitalized_adjective(u, lex):
                j -= 1
                continue
            if _close_apposition(sent, i, j, lex):
                return _apposition_role(sent, j, seg_start, lex)
            if j > seg_start or lex.syntax.get("word_order") == "svo":
                # a common noun right before: postnominal genitive ("Besuch Putins")
                if lex.syntax.get("postnominal_genitive", True):
                    return Role("gen", head=j, case=case)
            break
        if _is_filler(u, lex) or (u.is_word and u.ent is None and _title(u.low, lex)
                                  and j in sent.modifier.values()):
            # "… and North Korean leader Kim": the title of a named person is part of the name
            j -= 1
            continue
        break
    return Role(case or "bare", case=case)


def quantity_words(units, j: int, lex: Lexicon) -> int:
    """How many words end at unit `j` that modify the number right after them ("about",
    "up to", "more than"): a quantity, not a prepositional phrase; 0 when none do."""
    if j + 1 >= len(units):
        return 0
    nxt = units[j + 1]
    if nxt.ent is not None or not (nxt.text[:1].isdigit() or nxt.low in lex.words.get("number_words", ())):
        return 0
    for phrase in sorted(lex.words.get("quantity_modifiers", ()), key=len, reverse=True):
        parts = phrase.split()
        n = len(parts)
        if j - n + 1 >= 0 and all(units[j - n + 1 + k].ent is None and units[j - n + 1 + k].low == w
                                  for k, w in enumerate(parts)):
            return n
    return 0


def finite_word(u: Unit, lex: Lexicon) -> bool:
    """SVO: a lower-case word that is a finite verb after a name: an auxiliary, a speech verb
    or a past form the language file lists (`past_forms`); "and police found …" opens a
    clause of its own."""
    w = lex.words
    return lex.syntax.get("word_order") == "svo" and u.ent is None and u.is_word \
        and u.text[:1].islower() and (
            u.low in w.get("aux_finite", frozenset()) or u.low in w.get("clause_speech_verbs", frozenset())
            or u.low in w.get("past_forms", frozenset()))


def _pp_apposition(sent: Sentence, i: int, seg_start: int, preps: frozenset[str],
                   lex: Lexicon) -> str | None:
    """SVO: the name at `i` stands between commas (or a comma and the sentence end) right
    after a phrase a preposition opens and an apposition noun ends ("in the capital, Abuja,
    to urge …"): the preposition of that phrase, else None."""
    units = sent.units
    if lex.syntax.get("word_order") != "svo" or i < 3 or units[i - 1].text != "," \
            or (i + 1 < len(units) and units[i + 1].text not in (",", ".", ";")):
        return None
    k = i - 2
    if units[k].ent is not None or not units[k].text[:1].islower() \
            or not _apposition_noun(units[k].low, lex):
        return None  # ("In a related move, X, …": a fronted phrase, then the subject)
    while k > 0 and i - k <= 5 and units[k - 1].ent is None and units[k - 1].is_word \
            and units[k - 1].text[:1].islower() and units[k - 1].low not in preps:
        k -= 1  # the article and adjectives of the phrase (in the segment before the comma)
    if k >= 1 and units[k - 1].low in preps and units[k].low in lex.det_case:
        return units[k - 1].low
    return None


# possessive ending → the definite article of the same case ("seinem" → "dem"); German-like
# languages only (the word list `possessives` decides whether any applies)
POSSESSIVE_CASE = {"em": "dem", "en": "den", "er": "der", "es": "des", "e": "die"}


def _apposition_role(sent: Sentence, j: int, seg_start: int, lex: Lexicon) -> Role:
    """The role of a name in close apposition to the noun at `j`: the case of that noun's
    article ("der prominente Kirchen- und Vatikankritiker"), bare at the clause start; else,
    as before, a genitive of the noun (nothing safer can be said)."""
    units = sent.units
    coords = lex.words.get("coordinators", frozenset())
    k = j - 1
    while k >= seg_start and j - k <= 6:
        u = units[k]
        if u.low in lex.det_case or u.low in lex.words.get("possessives", ()):
            # "der Kritiker X"; "seinem Parteifreund X"; "gegen die Vorsitzende X"
            art = u.low if u.low in lex.det_case else (
                POSSESSIVE_CASE.get(u.low[-2:]) or POSSESSIVE_CASE.get(u.low[-1:]) or "")
            case = lex.det_case.get(art)
            prev = units[k - 1] if k > seg_start else None
            if prev is not None and prev.low in lex.words.get("prepositions", ()):
                canon = lex.syntax.get("prep_canonical", {})
                return Role("prep", canon.get(prev.low, prev.low), case=case)
            return Role(case or "bare", case=case)
        if u.ent is not None and k in sent.modifier:
            k -= 1  # "Berlins früherer Bürgermeister": a prenominal genitive
            continue
        if u.low in coords and k >= 2 and units[k - 1].ent is None and units[k - 1].capitalized \
                and units[k - 1].is_word:
            k -= 2  # "CDU-Landeschef und Spitzenkandidat X": coordinated descriptions
            continue
        if u.low in coords and k >= 3 and units[k - 1].text in ("-", "‐") \
                and units[k - 2].capitalized:
            k -= 3  # "Kirchen- und Vatikankritiker": a shortened compound (its hyphen
            seg_start = min(seg_start, sent.seg_starts[units[k].seg])  # split the segment)
            continue
        if u.ent is None and u.is_word and (u.text[:1].isdigit() or (
                u.text[:1].islower() and u.low not in lex.words.get("aux_finite", ())
                and u.low.endswith(tuple(lex.words.get("adjective_endings", ()))))):
            k -= 1  # "bekannte", "prominente" (some look like verb forms: no verb here)
            continue
        return Role("gen", head=j)
    return Role("bare") if k < seg_start else Role("gen", head=j)


def _close_apposition(sent: Sentence, i: int, j: int, lex: Lexicon) -> bool:
    """"der prominente Kritiker Hans Küng", "Schriftsteller Max Muster": a person's name
    right after a descriptive noun is a close apposition, not a genitive, unless it carries
    the genitive ending ("der Besuch Putins"). Only in languages with a genitive suffix."""
    gen = lex.syntax.get("genitive_suffix")
    u = sent.units[i]
    return bool(gen) and j == i - 1 and u.ent is not None and u.ent.type == "PER" \
        and not u.text.endswith(gen) and u.text[-1:].isalpha() \
        and not any(h.kind == "noun" for h in lex.lookup(sent.units[j].text))


def _place_list(sent: Sentence, i: int, lex: Lexicon) -> bool:
    """"reist nach Polen, Litauen und Lettland": places listed after a host preposition (in a
    verb-second language a fronted phrase is followed by the verb, never by a subject list)."""
    units = sent.units
    first = resolve_coord(sent, i - 2)
    places = ("GPE", "LOC")
    return lex.syntax.get("word_order") == "v2" \
        and sent.roles[first].prep in set(lex.syntax.get("host_preps", ())) \
        and units[i].ent.type in places and units[i - 2].ent.type in places


def _list_goes_on(sent: Sentence, i: int, coords: frozenset[str]) -> bool:
    """"The United States, South Korea and Japan": the mention after a comma is a conjunct
    when a comma or "and" and another mention follow it (not an apposition or a prefield)."""
    units = sent.units
    return i + 2 < len(units) and (units[i + 1].text == "," or units[i + 1].low in coords) \
        and units[i + 2].ent is not None


def resolve_coord(sent: Sentence, i: int) -> int:
    """The first conjunct a coordinated mention belongs to."""
    seen = 0
    while sent.roles.get(i) is not None and sent.roles[i].kind == "coord" and seen < 10:
        i = sent.roles[i].head  # type: ignore[assignment]
        seen += 1
    return i


def conjuncts(sent: Sentence, i: int) -> list[int]:
    """`i` and every mention coordinated with it (`i` must be a first conjunct)."""
    out = [i]
    for k, r in sent.roles.items():
        if k in sent.modifier and k not in sent.standin:
            continue
        if r.kind == "coord" and k != i and resolve_coord(sent, k) == i:
            out.append(k)
    return sorted(out)
