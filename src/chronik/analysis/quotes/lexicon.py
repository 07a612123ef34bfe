"""The cue lexicon of one language, loaded once from `resources/<lang>/quote_cues.yaml`.

Everything language-specific the quotes engine knows lives in that file; this module only
turns its lists into frozensets and a few precompiled patterns, and checks their shape.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from chronik.errors import ResourceError
from chronik.resources import has_resource, load_yaml

NAME = "quote_cues.yaml"
# Keys holding a plain list of words (lower-cased into frozensets of the same name).
_SETS = (
    # cues
    "speech_verbs", "speculation_verbs", "denial_verbs", "reported_verbs", "particles",
    "mined_verbs",
    "prep_cues", "post_cues", "so_cues", "as_cues", "source_adverbs", "source_relatives",
    "back_refs", "complementizers", "subjunctive", "reportative", "passive", "passive_agent",
    "source_preps", "title_nouns",
    # closed classes for noun phrases and clauses
    "determiners", "prepositions", "adverbs", "conjunctions", "coordinators", "auxiliaries",
    "reflexives", "genitive_determiners", "np_linkers", "not_speakers", "object_determiners",
    "adverbial_subordinators", "subject_passive", "speech_nouns", "conditional",
    "pronominal_adverbs", "not_content", "intent_verbs", "demonstratives", "relatives",
    "past_subjunctive", "time_before_prep",
    "bare_complement_verbs", "listener_verbs", "listener_words", "finite_markers",
    "content_breaks", "opinion_preps", "object_pronouns", "name_abbreviations", "indefinites", "adjunct_linkers",
    "np_coordinators", "possessives",
)
# Keys holding a list of word endings (lower-cased into tuples of the same name).
_SUFFIXES = ("adverb_suffixes", "female_noun_endings", "male_noun_endings")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Closed word classes and cue lists of one language (all lower case)."""

    lang: str
    quote_marks: tuple[tuple[str, str], ...]
    speech_verbs: frozenset[str]
    speculation_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    reported_verbs: frozenset[str]
    particles: frozenset[str]
    need_particle: dict[str, frozenset[str]]  # verb -> the particles it needs to be a cue
    prep_cues: frozenset[str]
    prep_cue_nouns: dict[str, tuple[str, ...]]  # prep -> nouns its phrase must hold
    post_cues: frozenset[str]
    so_cues: frozenset[str]
    as_cues: frozenset[str]
    source_adverbs: frozenset[str]
    source_relatives: frozenset[str]
    via_cues: tuple[tuple[str, ...], ...]
    back_refs: frozenset[str]
    complementizers: frozenset[str]
    subjunctive: frozenset[str]
    reportative: frozenset[str]
    passive: frozenset[str]
    passive_agent: frozenset[str]
    source_preps: frozenset[str]
    title_nouns: frozenset[str]
    pronouns: dict[str, str]  # pronoun -> PER | ANY | NONE
    plural_pronouns: tuple[tuple[str, ...], ...]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    adverbs: frozenset[str]
    conjunctions: frozenset[str]
    coordinators: frozenset[str]
    auxiliaries: frozenset[str]
    reflexives: frozenset[str]
    genitive_determiners: frozenset[str]
    object_determiners: frozenset[str]  # never open a subject ("den", "dem"): no speaker
    adverbial_subordinators: frozenset[str]  # open a clause of reason or time ("da", "obwohl")
    subject_passive: frozenset[str]  # in the passive, their subject is the speaker ("zitiert")
    speech_nouns: frozenset[str]  # nouns of saying before a content clause ("Befürchtung, …")
    conditional: frozenset[str]  # Konjunktiv II forms: reported speech only right after a cue
    pronominal_adverbs: frozenset[str]  # "berichtete darüber": what was said is told elsewhere
    not_content: frozenset[str]  # open a clause of purpose or comment, never what was said
    intent_verbs: frozenset[str]  # "X will …": X's stated intention, when X can speak
    demonstratives: frozenset[str]  # "Diese bestätigte …": a pronoun naming the one before
    time_before_prep: frozenset[str]  # "kurz nach …": the restricted prep cue means "after"
    past_subjunctive: frozenset[str]  # Konjunktiv II forms in `subjunctive` ("wäre", "hätte")
    relatives: frozenset[str]  # "Umfragen, nach denen …": relative words after a source cue
    adverb_suffixes: tuple[str, ...]  # "Sichtlich bewegt sagte X": an opening adverb, no subject
    np_linkers: frozenset[str]
    not_speakers: frozenset[str]
    role_nouns: dict[str, str]  # lower-case noun -> PER | ORG | MISC
    phrase_cues: tuple[tuple[tuple[str, ...], str], ...] = ()  # multiword cues (en: according to)
    lowercase_nouns: bool = False  # English: nouns are not capitalized
    passive_before_cue: bool = False  # English: a passive auxiliary precedes its verb
    content_after_comma: bool = True  # German ", sagte X, es sei …"; English ", X said, days after …" no
    particle_kinds: dict[str, str] | None = None  # particle -> kind ("zurück" -> denial)
    infinitive_marker: str | None = None  # "zu": a zu-infinitive clause is a content clause
    infinitive_prefixes: tuple[str, ...] = ()  # separable prefixes before an inner marker ("einzuleiten")
    impersonal: dict[str, str] | None = None  # cue -> the subject word that means "no speaker"
    speakerless_cues: dict[str, frozenset[str]] | None = None  # "bekannt" -> its auxiliaries
    container_nouns: tuple[str, ...] = ()  # "im Bericht": nouns naming where a statement is
    verb_suffixes: tuple[str, ...] = ()  # lower-case-noun languages: endings of verbs ("-ed")
    # guessing subjunctive forms the `subjunctive` list lacks (see `subjunctive_guess` in the yaml)
    guess_ending: str | None = None
    guess_letters: str = ""  # a regex character class of lower-case letters ("a-zäöüß")
    guess_not_endings: tuple[str, ...] = ()
    guess_not_words: frozenset[str] = frozenset()
    guess_forms: frozenset[str] = frozenset()  # forms guessed despite their ending ("halte")
    guess_verb_endings: tuple[str, ...] = ()  # endings guessed despite not_endings ("-iere")
    guess_adjective_endings: tuple[str, ...] = ()
    first_person: frozenset[str] = frozenset()
    object_pronouns: frozenset[str] = frozenset()  # speaker pronouns that can be objects ("sie")
    opinion_preps: frozenset[str] = frozenset()  # "Für X ist das „…“": X holds the opinion
    name_abbreviations: frozenset[str] = frozenset()  # titles with a stop inside a name ("Mr.")
    indefinites: frozenset[str] = frozenset()  # "ein Sprecher" names someone new, no antecedent
    adjunct_linkers: frozenset[str] = frozenset()  # "X in Berlin": after a name, not its part
    np_coordinators: frozenset[str] = frozenset()  # "X und Y sagten": one speaker phrase
    possessives: frozenset[str] = frozenset()  # "die seiner Ansicht nach …": the source's start
    # a pronoun speaker's gender against what the text tells of a person's: "er" is not the
    # "Ministerin" just named (speakers.py)
    pronoun_gender: dict[str, str] | None = None  # pronoun -> f | m
    gender_words: dict[str, str] | None = None  # title or first name -> f | m
    object_after_verb: bool = False  # English: a name right after a verb is its object
    female_noun_endings: tuple[str, ...] = ()  # a role noun before a name ("Ministerin X")
    male_noun_endings: tuple[str, ...] = ()  # … its masculine form ("Minister X")

    # English "X said the talks had failed": verbs whose content clause may follow bare, the
    # listeners "told" may name first ("told reporters …"), words that mark a finite clause
    bare_complement_verbs: frozenset[str] = frozenset()
    listener_verbs: frozenset[str] = frozenset()
    listener_words: frozenset[str] = frozenset()
    finite_markers: frozenset[str] = frozenset()
    content_breaks: frozenset[str] = frozenset()  # after a comma they end what was said
    cue_words: frozenset[str] = frozenset()  # all verb cues (filled by `lexicon`)
    triggers: frozenset[str] = frozenset()  # any word that can start a frame


def _words(data: dict, key: str, where: str) -> frozenset[str]:
    val = data.get(key) or []
    if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
        raise ResourceError(where, f"{key!r} must be a list of strings")
    return frozenset(v.lower() for v in val)


def _genders(data: dict, key: str, where: str) -> dict[str, str]:
    """A mapping of words to "f" or "m"; `gender_words` may also list them under f: and m:."""
    val = data.get(key) or {}
    if not isinstance(val, dict):
        raise ResourceError(where, f"{key!r} must be a mapping")
    out: dict[str, str] = {}
    for k, v in val.items():
        if str(k) in ("f", "m") and isinstance(v, list):
            out.update((str(w).lower(), str(k)) for w in v)
        elif str(v) in ("f", "m"):
            out[str(k).lower()] = str(v)
        else:
            raise ResourceError(where, f"{key!r}: {k!r} must map to f or m")
    return out


@functools.cache
def lexicon(lang: str | None) -> Lexicon:
    """The lexicon for `lang`, falling back to German when the language has no cue file."""
    code = lang if lang and has_resource(lang, NAME) else "de"
    where = f"resources/{code}/{NAME}"
    data = load_yaml(code, NAME) or {}
    if not isinstance(data, dict):
        raise ResourceError(where, "expected a mapping at the top level")
    marks = data.get("quote_marks") or []
    if not all(isinstance(m, list) and len(m) == 2 for m in marks):
        raise ResourceError(where, "quote_marks must be [open, close] pairs")
    sets = {k: _words(data, k, where) for k in _SETS}
    suffixes = {k: tuple(sorted(_words(data, k, where))) for k in _SUFFIXES}
    sets["speech_verbs"] |= sets.pop("mined_verbs")  # mined from gold cues: speech verbs
    roles: dict[str, str] = {}
    for typ, nouns in (data.get("role_nouns") or {}).items():
        if typ not in ("PER", "ORG", "MISC"):
            raise ResourceError(where, f"role_nouns type {typ!r} is not PER, ORG or MISC")
        for n in nouns:
            roles.setdefault(str(n).lower(), typ)
    phrases = tuple((tuple(str(p).lower().split()), str(kind))
                    for kind, plist in (data.get("phrase_cues") or {}).items() for p in plist)
    cue_words = (sets["speech_verbs"] | sets["speculation_verbs"] | sets["denial_verbs"]
                 | sets["reported_verbs"] | sets["intent_verbs"])
    first_words = (cue_words | sets["prep_cues"] | sets["post_cues"] | sets["so_cues"]
                   | sets["source_adverbs"] | sets["source_relatives"] | sets["speech_nouns"]
                   | {str(k).lower() for k in (data.get("speakerless_cues") or {})}
                   | {p[0][0] for p in phrases if p[0]})
    guess = data.get("subjunctive_guess") or {}
    if not isinstance(guess, dict):
        raise ResourceError(where, "subjunctive_guess must be a mapping")
    return Lexicon(
        lang=code,
        guess_ending=str(guess["ending"]).lower() if guess.get("ending") else None,
        guess_letters=str(guess.get("letters") or ""),
        guess_not_endings=tuple(str(w).lower() for w in guess.get("not_endings") or ()),
        guess_not_words=_words(guess, "not_words", where),
        guess_forms=_words(guess, "forms", where),
        guess_verb_endings=tuple(str(w).lower() for w in guess.get("verb_endings") or ()),
        guess_adjective_endings=tuple(str(w).lower() for w in guess.get("adjective_endings") or ()),
        first_person=_words(guess, "first_person", where),
        cue_words=cue_words,
        triggers=frozenset(first_words),
        quote_marks=tuple((m[0], m[1]) for m in marks),
        need_particle={k.lower(): frozenset(x.lower() for x in (v or ()))
                       for k, v in (data.get("need_particle") or {}).items()},
        prep_cue_nouns={k.lower(): tuple(x.lower() for x in v)
                        for k, v in (data.get("prep_cue_nouns") or {}).items()},
        via_cues=tuple(tuple(v.lower().split()) for v in data.get("via_cues") or ()),
        pronouns={str(k).lower(): str(v) for k, v in (data.get("pronouns") or {}).items()},
        plural_pronouns=tuple(tuple(p.lower().split()) for p in data.get("plural_pronouns") or ()),
        role_nouns=roles,
        phrase_cues=phrases,
        lowercase_nouns=bool(data.get("lowercase_nouns", False)),
        passive_before_cue=bool(data.get("passive_before_cue", False)),
        content_after_comma=bool(data.get("content_after_comma", True)),
        object_after_verb=bool(data.get("object_after_verb", False)),
        particle_kinds={str(k).lower(): str(v) for k, v in (data.get("particle_kinds") or {}).items()},
        container_nouns=tuple(str(w).lower() for w in data.get("container_nouns") or ()),
        verb_suffixes=tuple(str(w).lower() for w in data.get("verb_suffixes") or ()),
        infinitive_marker=(str(data["infinitive_marker"]).lower()
                           if data.get("infinitive_marker") else None),
        infinitive_prefixes=tuple(str(w).lower() for w in data.get("infinitive_prefixes") or ()),
        impersonal={str(k).lower(): str(v).lower() for k, v in (data.get("impersonal") or {}).items()},
        speakerless_cues={str(k).lower(): frozenset(str(x).lower() for x in (v or ()))
                          for k, v in (data.get("speakerless_cues") or {}).items()},
        pronoun_gender=_genders(data, "pronoun_gender", where),
        gender_words=_genders(data, "gender_words", where),
        **sets,
        **suffixes,
    )
