"""Trigger lexicons: per-language YAML (resources/<lang>/event_triggers.yaml) compiled into
lookup tables of inflected forms.

The YAML lists lemmas with a stem and an inflection class; every surface form (finite forms,
participles, infinitives, zu-infinitives, joined and split separable verbs, noun case forms,
compound tails) is generated here from the `inflection` patterns of the same file, so the
language knowledge stays data and the engine stays language-agnostic.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from chronik.errors import ResourceError
from chronik.resources import has_resource, load_yaml

FINITE, PARTICIPLE, INFINITIVE, NOUN = "finite", "participle", "infinitive", "noun"
AMBIGUOUS = "ambiguous"  # a light-verb form that is finite or a participle ("verhängt")


@dataclass(frozen=True, slots=True)
class Trigger:
    """One lexicon entry: what a word (with its particle or light verb) means as an event."""

    lemma: str
    type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()  # roles that mark the recipient: dat, acc, obj, mit, gegen …
    actor: tuple[str, ...] = ()  # extra roles that mark the actor (nominals): von, by, poss …
    symmetric: bool = False  # coordinated subjects: first is actor, the rest recipients
    host: bool = False  # "in/nach X" names the host (visits): X's state is the recipient
    inverse: bool = False  # subject hosts, object visits ("empfangen", "host")
    standalone: bool = True  # nouns: False = only with one of `light` in the clause
    light: tuple[str, ...] = ()  # light-verb lemmas that make the noun a predicate
    guest_light: tuple[str, ...] = ()  # light verbs of a guest ("attended a parade"): the
    # actor is the host state of the place, not the subject
    particle: str | None = None  # separable particle ("zu" in zusichern, "out" in pull out)
    needs: tuple[str, ...] = ()  # words one of which must occur in the clause
    unless_next: tuple[str, ...] = ()  # words right after the trigger (or after its object
    # pronoun or name) that rule this sense out ("asked whether": a question, no request)
    unless_right: tuple[str, ...] = ()  # words right after the trigger, no object skipped
    needs_after: int = 0  # >0: a `needs` word must follow the trigger within this many units
    # ("wants to meet X" is a plan; "wants Y to leave" a request)
    needs_near: int = 0  # >0: a `needs` word must stand within this many units of the trigger
    # ("fought against rebels", not "fighting to keep the dog with her")
    pos: str = "verb"  # verb | noun
    impersonal: tuple[str, ...] = ()  # subject pronouns that make the verb impersonal ("es droht")
    blocked: tuple[str, ...] = ()  # sense constraints: clause words (stems) that rule this sense out
    needs_all: tuple[str, ...] = ()  # words (stems) that must all occur in the clause
    unless: tuple[str, ...] = ()  # exact clause words that rule this sense out ("sich versprechen")
    unless_near: int = 0  # >0: an `unless` word counts only within this many units of the
    # trigger ("lower demand" is no request; "demanded … to lower prices" still is)
    needs_recipient: bool = False  # the sense needs a named addressee ("erwartet von X, dass",
    # "erwartet, dass X …"): "erwartet, dass die Preise steigen" is a forecast
    person_type: str | None = None  # type when a person acts on a named party without military
    # context ("Rumsfeld attackierte den Iran" is words, not violence)
    object_place: tuple[str, ...] = ()  # preps after the object noun whose state is the
    # recipient ("kritisiert den Verlauf der Wahl in Georgien": Georgia)
    actor_not: tuple[str, ...] = ()  # entity types that cannot do it ("Kenya blocked the
    # road" is no street protest: a state is no crowd)

    @property
    def cue(self) -> str:
        return f"trigger:{self.lemma}"


@dataclass(frozen=True, slots=True)
class Hit:
    """A form found in text: the entry and the grammatical kind of that form."""

    trigger: Trigger
    kind: str  # finite | participle | infinitive | noun
    split: bool = False  # finite form whose particle must stand at the clause end


@dataclass
class Lexicon:
    """All lookups the engine needs for one language."""

    lang: str
    forms: dict[str, list[Hit]] = field(default_factory=dict)
    compound_tails: dict[str, list[Hit]] = field(default_factory=dict)
    light_forms: dict[str, str] = field(default_factory=dict)  # form → light-verb lemma
    light_kinds: dict[str, str] = field(default_factory=dict)  # form → finite | participle | …
    # finite forms of separable light verbs whose particle closes the clause ("stattete … ab"):
    # form → ((lemma, particle), …); they count only with that particle, never alone
    light_split: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    # light-verb lemma → clause words that rule its light reading out ("sich aussprechen")
    light_unless: dict[str, frozenset[str]] = field(default_factory=dict)
    # finite forms (of trigger and light verbs) known to be present tense ("fordert", not
    # "forderte"): a present-tense clause is dated by itself, not by the narrative
    present: set[str] = field(default_factory=set)
    title_tails: tuple[str, ...] = ()  # title suffixes with their noun endings ("kräften")
    syntax: dict[str, Any] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # word classes (lower-case)
    det_case: dict[str, str] = field(default_factory=dict)
    contexts: dict[str, str] = field(default_factory=dict)  # cue word/stem → context
    min_tail: int = 4
    _cache: dict[str, list[Hit]] = field(default_factory=dict)
    context_re: re.Pattern[str] | None = None  # one pass over a clause for context cues

    def lookup(self, word: str) -> list[Hit]:
        """Hits for one token (exact, then as the tail of a compound noun); memoized."""
        hits = self._cache.get(word)
        if hits is None:
            if len(self._cache) > 200_000:  # bounded memory on endless streams
                self._cache.clear()
            hits = self._cache[word] = self._lookup(word)
        return hits

    def _lookup(self, word: str) -> list[Hit]:
        low = word.lower()
        hits = self.forms.get(low)
        if hits:
            return hits
        if word[:1].isupper() and len(low) > self.min_tail + 2:
            for i in range(3, len(low) - self.min_tail + 1):
                tail = self.compound_tails.get(low[i:])
                if tail:
                    return tail
        return []

    def is_(self, cls: str, word: str) -> bool:
        return word in self.words.get(cls, frozenset())

    @functools.cached_property
    def apposition_tails(self) -> tuple[str, ...]:
        """Apposition nouns long enough to count as compound heads ("Terrormiliz")."""
        return tuple(n for n in self.words.get("apposition_nouns", ()) if len(n) >= 5)


def _as_tuple(v: Any) -> tuple[str, ...]:
    if v is None:
        return ()
    if isinstance(v, str):
        return (v,)
    return tuple(str(x) for x in v)


def _verb_forms(entry: dict[str, Any], infl: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(form, kind, split) for a verb entry, from its stem/class or its explicit forms."""
    out: list[tuple[str, str, bool]] = []
    particle = entry.get("particle") or ""
    sep = infl.get("separable", True)
    cls = entry.get("class", "weak")
    stem = entry.get("stem")
    finite: list[str] = list(_as_tuple(entry.get("finite")))
    participles: list[str] = list(_as_tuple(entry.get("participle")))
    infinitives: list[str] = list(_as_tuple(entry.get("infinitive")))
    if stem is not None and cls in infl.get("classes", {}):
        spec = infl["classes"][cls]
        variant = None
        for v in spec.get("variants", ()):  # e.g. stems ending in t/d take linking e
            if any(stem.endswith(s) for s in _as_tuple(v.get("stem_ends"))):
                variant = v
                break
        endings = (variant or spec).get("finite", spec.get("finite", ()))
        # an ending after "-" replaces the stem's last letter ("investigate" → "investigating")
        finite += [stem[:-1] + e[1:] if e.startswith("-") else stem + e for e in _as_tuple(endings)]
        infinitives += [stem + e for e in _as_tuple((variant or spec).get("infinitive",
                                                                          spec.get("infinitive", ())))]
        inseparable = any(stem.startswith(p) for p in _as_tuple(infl.get("no_ge_prefixes")))
        no_ge = inseparable or any(stem.endswith(s) for s in _as_tuple(infl.get("no_ge_suffixes")))
        pat = (variant or spec).get("participle", spec.get("participle"))
        for p in _as_tuple(pat):
            form = p.format(stem=stem, ge="" if no_ge else infl.get("ge", ""))
            participles.append(form)
        if spec.get("participle_as_finite"):  # English: "met" is past and participle
            finite += participles
    for f in finite:
        if particle and sep:
            out.append((f, FINITE, True))  # "sichert … zu"
            out.append((particle + f, FINITE, False))  # "dass … zusichert"
        elif particle:  # English phrasal verb: particle follows
            out.append((f, FINITE, True))
        else:
            out.append((f, FINITE, False))
    for p in participles:
        if particle and sep:
            out.append((particle + p, PARTICIPLE, False))
        else:
            out.append((p, PARTICIPLE, bool(particle)))
    for i in infinitives:
        if particle and sep:
            out.append((particle + i, INFINITIVE, False))
            zu = infl.get("zu_infix")
            if zu:
                out.append((particle + zu + i, INFINITIVE, False))  # "auszubauen"
        else:
            out.append((i, INFINITIVE, bool(particle)))
    return out


def _present_forms(entry: dict[str, Any], infl: dict[str, Any]) -> list[str]:
    """The entry's present-tense finite forms, lower-case (particle-joined ones too): a
    class's `present` endings, or listed forms that are the infinitive's stem with one of
    those endings ("weist", not "wies" or "hält"). Nothing when the language's classes name no present endings."""
    classes = infl.get("classes", {})
    if not any("present" in c for c in classes.values()):
        return []
    particle = str(entry.get("particle") or "")
    stem, cls = entry.get("stem"), entry.get("class", "weak")
    out: list[str] = []
    if stem is not None and cls in classes:
        spec = classes[cls]
        variant = next((v for v in spec.get("variants", ())
                        if any(stem.endswith(s) for s in _as_tuple(v.get("stem_ends")))), None)
        out += [stem + e for e in _as_tuple((variant or spec).get("present", spec.get("present", ())))]
    endings = {e for c in classes.values() for v in (c, *c.get("variants", ()))
               for e in _as_tuple(v.get("present"))}
    for inf in _as_tuple(entry.get("infinitive")):
        # the stem is the infinitive less its ending ("halt-en") or, without one, itself ("meet")
        bases = {inf, inf[:-2] if inf.endswith("en") else inf[:-1]}
        present = {b + e for b in bases if len(b) > 1 for e in endings}
        out += [f for f in _as_tuple(entry.get("finite")) if f in present]
    out = [f.lower() for f in out]
    if particle and infl.get("separable", True):
        out += [particle.lower() + f for f in out]
    return out


def _noun_forms(entry: dict[str, Any], infl: dict[str, Any]) -> list[str]:
    lemma = entry["lemma"]
    forms = [lemma] + list(_as_tuple(entry.get("forms")))
    if entry.get("inflect", True):
        forms += [lemma + e for e in _as_tuple(infl.get("noun_endings"))]
    return forms


def _blocked(entry: dict[str, Any], senses: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """Blocked context stems of an entry: its own words plus named lists from `senses`
    ("block: [sport]")."""
    out = [w.lower() for w in _as_tuple(entry.get("blocked"))]
    for name in _as_tuple(entry.get("block")):
        out += senses.get(name, ())
    return tuple(dict.fromkeys(out))


def _trigger(entry: dict[str, Any], pos: str, where: str,
             senses: dict[str, tuple[str, ...]] | None = None) -> Trigger:
    senses = senses or {}
    try:
        return Trigger(
            lemma=str(entry["lemma"]), type=str(entry["type"]), mode=entry.get("mode"),
            context=_as_tuple(entry.get("context")), recipient=_as_tuple(entry.get("recipient")),
            actor=_as_tuple(entry.get("actor")), symmetric=bool(entry.get("symmetric", False)),
            host=bool(entry.get("host", False)), inverse=bool(entry.get("inverse", False)),
            standalone=bool(entry.get("standalone", True)),
            light=_as_tuple(entry.get("light")), particle=entry.get("particle"),
            guest_light=_as_tuple(entry.get("guest_light")),
            needs=tuple(w.lower() for w in _as_tuple(entry.get("needs"))), pos=pos,
            needs_near=int(entry.get("needs_near", 0)),
            unless_next=tuple(w.lower() for w in _as_tuple(entry.get("unless_next"))),
            unless_right=tuple(w.lower() for w in _as_tuple(entry.get("unless_right"))),
            needs_after=int(entry.get("needs_after", 0)),
            impersonal=tuple(w.lower() for w in _as_tuple(entry.get("impersonal"))),
            blocked=_blocked(entry, senses), person_type=entry.get("person_type"),
            unless=tuple(w.lower() for w in _as_tuple(entry.get("unless"))),
            unless_near=int(entry.get("unless_near", 0)),
            needs_recipient=bool(entry.get("needs_recipient", False)),
            needs_all=tuple(w.lower() for w in _as_tuple(entry.get("needs_all"))),
            object_place=_as_tuple(entry.get("object_place")),
            actor_not=_as_tuple(entry.get("actor_not")))
    except KeyError as exc:
        raise ResourceError(where, f"entry without {exc.args[0]!r}", entry=str(entry)[:80]) from exc


def _add(table: dict[str, list[Hit]], key: str, hit: Hit) -> None:
    hits = table.setdefault(key, [])
    if hit not in hits:
        hits.append(hit)


@functools.cache
def load_lexicon(lang: str) -> Lexicon | None:
    """Compile resources/<lang>/event_triggers.yaml; None when the language has none."""
    if not has_resource(lang, "event_triggers.yaml"):
        return None
    where = f"resources/{lang}/event_triggers.yaml"
    data = load_yaml(lang, "event_triggers.yaml") or {}
    from chronik.analysis.events.ontology import plover_types

    types = set(plover_types())
    infl = data.get("inflection") or {}
    lex = Lexicon(lang=lang, syntax=data.get("syntax") or {})
    lex.min_tail = int(infl.get("min_compound_tail", 4))
    for cls, words in (data.get("words") or {}).items():
        lex.words[cls] = frozenset(str(w).lower() for w in words)
    for case, dets in (data.get("determiners") or {}).items():
        for d in dets:
            lex.det_case.setdefault(str(d).lower(), case)
    for ctx, cues in (data.get("contexts") or {}).items():
        for c in cues:
            lex.contexts[str(c).lower()] = ctx
    if lex.contexts:
        alts = sorted(lex.contexts, key=len, reverse=True)
        lex.context_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in alts) + ")")
    senses = {str(k): tuple(str(w).lower() for w in v)
              for k, v in (data.get("senses") or {}).items()}
    suffixes = tuple(lex.words.get("title_suffixes", ()))
    lex.title_tails = suffixes + tuple(f"{s}{e}" for s in suffixes
                                       for e in _as_tuple(infl.get("noun_endings")))
    separable = infl.get("separable", True)
    for entry in data.get("light_verbs") or ():
        particle = entry.get("particle")
        if entry.get("unless"):
            lex.light_unless[str(entry["lemma"])] = frozenset(str(w).lower() for w in entry["unless"])
        lex.present.update(_present_forms(entry, infl))
        for form, _kind, split in _verb_forms(entry, infl):
            if not split:  # a split finite form alone ("stellt") is too ambiguous
                lex.light_forms[form.lower()] = entry["lemma"]
                known = lex.light_kinds.setdefault(form.lower(), _kind)
                if known != _kind:  # "verhängt": finite or participle, the clause decides
                    lex.light_kinds[form.lower()] = AMBIGUOUS
            elif _kind == "finite" and particle and separable:
                pair = (str(entry["lemma"]), str(particle).lower())
                pairs = lex.light_split.get(form.lower(), ())
                if pair not in pairs:
                    lex.light_split[form.lower()] = (*pairs, pair)
    for entry in data.get("verbs") or ():
        trig = _trigger(entry, "verb", where, senses)
        if trig.type not in types:
            raise ResourceError(where, f"unknown PLOVER type {trig.type!r}", entry=trig.lemma)
        lex.present.update(_present_forms(entry, infl))
        for form, kind, split in _verb_forms(entry, infl):
            _add(lex.forms, form.lower(), Hit(trig, kind, split))
    for entry in data.get("nouns") or ():
        trig = _trigger(entry, "noun", where, senses)
        if trig.type not in types:
            raise ResourceError(where, f"unknown PLOVER type {trig.type!r}", entry=trig.lemma)
        for form in _noun_forms(entry, infl):
            hit = Hit(trig, NOUN)
            _add(lex.forms, form.lower(), hit)
            if entry.get("compound", infl.get("compounds", False)) and len(form) >= lex.min_tail:
                _add(lex.compound_tails, form.lower(), hit)
    return lex
