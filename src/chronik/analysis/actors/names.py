"""Names the KB lacks: a trained CRF for German, capitalization patterns for English.

German: `resources/de/ner.crfsuite`, trained by scripts/train_ner_de.py on GermEval 2014
(outer spans; PER, ORG, LOC, OTH). The tagger runs per sentence on the segmenter's tokens,
on windows around name candidates, through crfsuite's C interface when it can (crf_direct).
English: no annotated English NER data is available to the project, so unknown English names
come from capitalization patterns, which are data in `resources/en/actors.yaml`: a run of
capitalized words (joined by connectors such as "of") not at a sentence start is a person
after a title cue ("President", "Mr"), an organization when it ends in an organization noun
("Ministry", "Agency", "Party") or starts with one ("Ministry of …"), a place when it ends in a
place noun or follows a locative preposition, and otherwise a person when it has two or three
words and a sign of one (a given name from `resources/en/first_names.txt`, an initial, a person
noun before it, "said"/"Says" before it, an age or ", who" after it, a pronoun later), else a
firm; a job noun and "at"/"with" before a name make it the employer ("an analyst at …"), a
firm's name given once with its legal form stays a firm without it ("General Mills Inc" …
"General Mills"); single unknown words count only after a title cue or as acronyms.
Other languages get the English patterns (they need only capitalization).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Container
from dataclasses import dataclass
from importlib import resources as _ir

from chronik.analysis.actors.gazetteer import lang_cues
from chronik.analysis.actors.ner_features import (
    FIRST_NAME_CLASSES,
    KnownFeatures,
    model_attributes,
    sentence_features,
    word_table,
)
from chronik.model import Span
from chronik.resources import has_resource, resource_path
from chronik.text.segment import _TOKEN

CRF_TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # OTH (works, events, …) is not an actor


@dataclass(frozen=True, slots=True)
class Name:
    start: int
    end: int
    type: str  # PER, ORG, LOC, MISC


@functools.cache
def _crf_tagger():
    """The German CRF tagger, or None when the model file is absent."""
    if not has_resource("de", "ner.crfsuite"):
        return None
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    ref = _ir.files("chronik.resources").joinpath("de", "ner.crfsuite")
    with _ir.as_file(ref) as path:
        tagger.open(str(path))
    return tagger


@functools.cache
def _featurize():
    """sentence_features, restricted to the attributes the German model knows when its
    attribute list can be read (same tags, fewer strings to build and look up)."""
    if not has_resource("de", "ner.crfsuite"):
        return sentence_features
    ref = _ir.files("chronik.resources").joinpath("de", "ner.crfsuite")
    with _ir.as_file(ref) as path:
        known = model_attributes(str(path))
    return KnownFeatures(known).items if known else sentence_features


def _features_for(tagger):
    """The feature function for a tagger: the restricted one only for the model file's own
    crfsuite tagger (whose attributes it read), the full features for any other."""
    import pycrfsuite

    return _featurize() if isinstance(tagger, pycrfsuite.Tagger) else sentence_features


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first token, after last token, class) of a BIO or BIOES label sequence: S- is a
    one-token span, E- ends one (the model is trained with BIOES labels); a stray I- or E-
    opens a span."""
    out = []
    start, cls = -1, ""
    for i, lab in enumerate(labels):
        p, _, c = lab.partition("-")
        if start >= 0 and (p not in ("I", "E") or c != cls):
            out.append((start, i, cls))
            start = -1
        if p in ("B", "S", "I", "E") and start < 0:
            start, cls = i, c
        if p in ("S", "E"):
            out.append((start, i + 1, cls))
            start = -1
    if start >= 0:
        out.append((start, len(labels), cls))
    return out


def tag_words(words: list[str]) -> list[str]:
    """BIO labels (B-PER, I-LOC, O, …) of the CRF for one tokenized German sentence."""
    tagger = _crf_tagger()
    if tagger is None or not words:
        return ["O"] * len(words)
    return spans_to_labels(len(words), bio_spans(tagger.tag(sentence_features(words))))


@functools.cache
def _common_words() -> frozenset[str]:
    """Capitalized words (almost) never inside a name (resources/de/ner_common.tsv)."""
    from chronik.analysis.actors.ner_features import read_table

    return frozenset(read_table("de", "ner_common.tsv"))


# words tagged before and after a name candidate. Measured on the training file's held-out
# split against tagging whole sentences (capitalized PER/ORG/LOC names): one word each side
# lost 3–5 F1 points; the candidate and two words after it lose under 1 point while tagging
# as few words (38 % of a news text), two each side no better at 54 %. The words to the
# left still count through the features, which look `REACH` words to each side.
WINDOW_LEFT, WINDOW_RIGHT = 0, 2


def _candidates(words: list[str], common: frozenset[str]) -> list[int]:
    """Indices of the capitalized words that are not common nouns."""
    return [i for i, w in enumerate(words) if w[:1].isupper() and w not in common]


def _windows(words: list[str], common: frozenset[str],
             skip: list[bool] | None = None, cands: list[int] | None = None) -> list[tuple[int, int]]:
    """Token ranges worth tagging: around capitalized words that are not common nouns.

    Why: CRF tagging costs most of the stage's time, and German capitalizes every noun;
    tagging only the windows around plausible name words keeps results close to tagging the
    whole sentence at a fraction of the cost (the words of a window keep the features they
    have in the whole sentence, which look `REACH` words to each side). `cands`: the
    `_candidates` when already known.
    """
    out: list[tuple[int, int]] = []
    n = len(words)
    if cands is None:
        cands = _candidates(words, common)
    if skip is not None:
        cands = [i for i in cands if not skip[i]]
    for i in cands:
        a, b = max(0, i - WINDOW_LEFT), min(n, i + WINDOW_RIGHT + 1)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# a tagged name's weakest token must be this likely (CRF marginal). Measured on the training
# file's held-out split with candidate windows (PER/ORG/LOC): 0.5 gave the best overall F1
# (0.4: 0.675, 0.5: 0.676, 0.6: 0.668, 0.7: 0.659); the same threshold as `chronik ner`.
MIN_CONFIDENCE = 0.5


def tag_spans(words: list[str], min_conf: float = 0.0,
              items: list[tuple[str, ...]] | None = None,
              types: Container[str] | None = None) -> list[tuple[int, int, str]]:
    """(first token, after last, class) of the names the CRF finds with enough confidence.

    `items`: the words' features when computed with more context than `words` (a window of
    a sentence keeps the features its words have in the whole sentence). `types`: the
    classes wanted (default all); the marginals of the others are never computed, and a
    window holding none of them costs no forward-backward pass."""
    tagger = _crf_tagger()
    if tagger is None or not words:
        return []
    labels = tagger.tag(items if items is not None else _features_for(tagger)(words))
    if labels.count("O") == len(labels):
        return []  # the usual case: no name in the window
    out = []
    marginal = tagger.marginal
    for a, b, cls in bio_spans(labels):
        if types is not None and cls not in types:
            continue
        if min_conf <= 0 or min(marginal(labels[i], i) for i in range(a, b)) >= min_conf:
            out.append((a, b, cls))
    return out


def spans_to_labels(n: int, spans: list[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * n
    for a, b, cls in spans:
        labels[a] = "B-" + cls
        for i in range(a + 1, b):
            labels[i] = "I-" + cls
    return labels


def _inside_any(points: list[int], ranges: list[tuple[int, int]]) -> list[bool]:
    """For each point, whether some range a..b holds it (a <= p < b): the union of the
    ranges, then a bisection per point (a long sentence has thousands of both)."""
    starts: list[int] = []
    ends: list[int] = []
    for a, b in sorted(ranges):
        if a >= b:
            continue
        if ends and a <= ends[-1]:
            ends[-1] = max(ends[-1], b)
        else:
            starts.append(a)
            ends.append(b)
    out = []
    for p in points:
        i = bisect.bisect_right(starts, p) - 1
        out.append(i >= 0 and p < ends[i])
    return out


def german_names(text: str, sentences: tuple[Span, ...], full: bool = False,
                 known: list[tuple[int, int]] = ()) -> list[Name]:
    """CRF names of German text; `full` tags whole sentences instead of candidate windows.

    `known`: character ranges already explained (KB names); their words are not candidates.
    The windows of the whole text are tagged in one go by the direct tagger when the model
    is python-crfsuite's (`_direct_tagger`), else one by one (same names either way).
    """
    out: list[Name] = []
    common = _common_words()
    known = sorted(known)
    # the known ranges touching a sentence by bisection, not a scan per sentence (a long
    # article has thousands of both): starts, and the running maximum of the ends
    k_starts = [k[0] for k in known]
    k_ends = list(itertools.accumulate((k[1] for k in known), max))
    jobs: list[tuple[Span, list[str], int, int]] = []
    toks_at: dict[int, list[tuple[int, int]]] = {}  # token offsets by sentence start, when needed
    for sent in sentences:
        words = _TOKEN.findall(text, sent.start, sent.end)
        if not words:
            continue
        if full:
            jobs.append((sent, words, 0, len(words)))
            continue
        cands = _candidates(words, common)
        if cands and known:
            lo_k = bisect.bisect_right(k_ends, sent.start)
            inside = [k for k in known[lo_k:bisect.bisect_left(k_starts, sent.end)] if sent.start < k[1]]
            if inside:  # candidates inside a KB name are no candidates
                toks = toks_at[sent.start] = _offsets(text, words, sent.start)
                flags = _inside_any([toks[i][0] for i in cands], inside)
                cands = [i for i, f in zip(cands, flags, strict=True) if not f]
        ranges = _windows(words, common, cands=cands)
        jobs += [(sent, words, lo, hi) for lo, hi in ranges]
    if not jobs:
        return out
    tagger = _crf_tagger()
    direct = _direct_tagger() if tagger is not None and _is_crfsuite(tagger) else None
    if direct is not None:
        found = direct.tag_windows([(w, lo, hi) for _, w, lo, hi in jobs], MIN_CONFIDENCE, CRF_TYPES)
    else:
        featurize = _features_for(tagger)
        found = [tag_spans(w[lo:hi], MIN_CONFIDENCE, featurize(w, lo, hi), CRF_TYPES)
                 for _, w, lo, hi in jobs]
    for (sent, words, lo, _hi), spans in zip(jobs, found, strict=True):
        for a, b, cls in spans:
            etype = CRF_TYPES.get(cls)
            if not etype:
                continue
            while b - a > 1 and words[lo + b - 1][:1].islower():
                b -= 1  # "Schoigu war": a German name never ends in a lower-case word
            if etype == "PER":  # "Kim am Abend": a person's name holds no lower-case word but
                particles = _name_particles()  # a particle ("von", "al", "bin")
                cut = next((k for k in range(a + 1, b) if words[lo + k][:1].islower()
                            and words[lo + k] not in particles), None)
                if cut is not None:
                    b = cut
            toks = toks_at.get(sent.start)
            if toks is None:  # token offsets only for sentences with a name
                toks = toks_at[sent.start] = _offsets(text, words, sent.start)
            out.append(Name(toks[lo + a][0], toks[lo + b - 1][1], etype))
    return out


@functools.cache
def _name_particles() -> frozenset[str]:
    """Lower-case words inside German-text person names (`name_particles` in de/actors.yaml)."""
    return frozenset(str(w) for w in lang_cues("de").get("name_particles") or ())


def _offsets(text: str, words: list[str], pos: int) -> list[tuple[int, int]]:
    """(start, end) of each of a sentence's tokens (`_TOKEN.findall` from `pos`): only
    white space lies between two tokens, so each is found by `str.find` from the end of
    the one before (cheaper than a second regex pass)."""
    out = []
    find = text.find
    for w in words:
        start = find(w, pos)
        pos = start + len(w)
        out.append((start, pos))
    return out


def _is_crfsuite(tagger) -> bool:
    import pycrfsuite

    return isinstance(tagger, pycrfsuite.Tagger)


@functools.cache
def _direct_tagger():
    """The German model opened through crfsuite's C interface (crf_direct), or None."""
    from chronik.analysis.actors.crf_direct import DirectTagger

    tagger = _crf_tagger()
    if tagger is None:
        return None
    ref = _ir.files("chronik.resources").joinpath("de", "ner.crfsuite")
    with _ir.as_file(ref) as path:
        return DirectTagger.load(str(path), tagger)


@functools.cache
def _english_cues(lang: str):
    cues = lang_cues(lang if has_resource(lang, "actors.yaml") else "en")
    if "person_titles" not in cues:
        cues = lang_cues("en")
    titles = sorted((str(t) for t in cues.get("person_titles") or ()), key=len, reverse=True)
    title_rx = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(t) for t in titles) + r")\s*$")
    conn = "|".join(re.escape(str(c)) for c in cues.get("name_connectors") or ())
    # a word of a name: capitalized, or initials before the next word ("P.J. Crowley",
    # "James C. Kopp"); the dot after other words ends a run
    word = r"(?:(?:[A-Z]\.)+(?=\s+[A-Z])|[A-Z][\w'’.-]*[\w]|[A-Z])"
    run = re.compile(rf"(?<![\w'’]){word}(?:\s+(?:(?:{conn})\s+)?{word})*" if conn else
                     rf"(?<![\w'’]){word}(?:\s+{word})*")
    return {
        "lang": lang,
        "titles": frozenset(titles),
        "connectors": frozenset(str(c) for c in cues.get("name_connectors") or ()),
        "title_words": max((len(t.split()) for t in titles), default=1),
        # capitalized one-word titles that may follow a descriptor inside a run
        "inner_titles": frozenset(t.rstrip(".") for t in titles if " " not in t and t[:1].isupper()),
        "title_rx": title_rx,
        "run": run,
        "org_suffixes": frozenset(cues.get("org_suffixes") or ()),
        "org_heads": frozenset(cues.get("org_heads") or ()),
        "company_suffixes": frozenset(cues.get("company_suffixes") or ()),
        "date_words": frozenset(cues.get("date_words") or ()),
        "loc_suffixes": frozenset(cues.get("location_suffixes") or ()),
        "locative": frozenset(str(w).lower() for w in cues.get("locative_words") or ()),
        "not_names": frozenset(cues.get("not_names") or ()),
        "misc_suffixes": frozenset(cues.get("misc_suffixes") or ()),
        "misc_heads": frozenset(cues.get("misc_heads") or ()),
        "misc_words": frozenset(cues.get("misc_words") or ()),
        "loc_heads": frozenset(cues.get("location_heads") or ()),
        "loc_suffixes_not_alone": frozenset(cues.get("location_suffixes_not_alone") or ()),
        "said_before": re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, map(str, cues["speech_verbs_before"])))
                                  + r")\s+$") if cues.get("speech_verbs_before") else None,
        # ", who", ", 54,", ", a 54-year-old", ", [the] president of …" after a name: a person
        "who_age": re.compile(r"['’]?s?\s*,\s*(?:who\s|\d{1,2}\s*,|\d{1,2}\.(?!\d)|an?\s+\d{1,2}-year-old|(?:(?:the|a|an)\s+)?"
                              r"(?:former\s+)?(?:" + "|".join(sorted(
                                  {re.escape(t.lower()) for t in titles if t[-1:] != "."}, key=len, reverse=True))
                              + r")(?!\w))"),
        "he_she": re.compile(r"(?<!\w)(?:" + "|".join(
            re.escape(str(w)) for w in cues.get("person_pronouns") or ("\0",)) + r")(?!\w)"),
        "person_openers": frozenset(str(w) for w in cues.get("person_openers") or ()),
        # a lower-case person noun right before a name ("official Jane Roe", "its chairman,
        # Jane Roe", "the astronauts, Jane Roe and …")
        "noun_before": re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, map(str, cues["person_nouns_before"])),
                                                                      key=len, reverse=True))
                                  + r")s?\s*,?\s+$") if cues.get("person_nouns_before") else None,
        "firm_connectors": frozenset(str(w) for w in cues.get("non_person_connectors") or ()),
        # "an analyst at Bear Stearns", "a trader with Roe Brothers": the employer, a firm
        "affiliation_before": re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, map(str, cues["affiliation_nouns"])),
                                                                             key=len, reverse=True))
                                         + r")s?\s+(?:" + "|".join(map(re.escape, map(str, cues.get("affiliation_words") or ("at",))))
                                         + r")\s+(?:the\s+)?$") if cues.get("affiliation_nouns") else None,
        "affiliation_words": frozenset(str(w) for w in (cues.get("affiliation_words") or ("at",))
                                       if cues.get("affiliation_nouns")),
        # the last words of `person_nouns_before`, plural too: a cheap test before the regex
        "noun_ends": frozenset(e for w in cues.get("person_nouns_before") or ()
                               for e in (str(w).split()[-1], str(w).split()[-1] + "s")),
        "place_nouns_after": frozenset(str(w) for w in cues.get("place_nouns_after") or ()),
        "firm_ends": frozenset(str(w) for key in ("company_suffixes", "legal_forms") for w in cues.get(key) or ()),
        "suffixes": frozenset(str(w) for key in ("org_suffixes", "company_suffixes", "location_suffixes")
                              for w in cues.get(key) or ()),
    }


_POSSESSIVE = re.compile(r"['’]s?$")
_POSSESSIVE_END = re.compile(r"[\w.]['’]s$")  # "Inc.'s" too


def _segments(words: list[tuple[int, int, str]], known: list[tuple[int, int]],
              suffixes: frozenset[str]) -> list[tuple[list[tuple[int, int, str]], bool, bool]]:
    """A capitalized run cut into the names it holds, each with whether KB words were cut
    from its start and whether it ends in a possessive. Why: a possessive ends a name
    ("Elian Gonzalez's father", "Kenya's President Moi") unless only a name's suffix follows
    ("Standard & Poor's Corp", "Hudson's Bay"), and KB names the gazetteer found at a run's
    start are no part of an unknown name ("U.S. National Security Council" names the
    council)."""
    segs: list[list[tuple[int, int, str]]] = [[]]
    poss: list[bool] = [False]
    for i, (a, b, w) in enumerate(words):
        rest = words[i + 1:]
        if _POSSESSIVE_END.search(w) and not (len(rest) == 1 and rest[0][2].rstrip(".,") in suffixes):
            cut = 3 if w[-3] == "." else 2  # "Inc.'s" names "Inc", as "Inc." would
            segs[-1].append((a, b - cut, w[:-cut]))
            poss[-1] = True
            segs.append([])
            poss.append(False)
        else:
            segs[-1].append((a, b, w))
    out = []
    for seg, p in zip(segs, poss, strict=True):
        cut = False
        while seg and any(s <= seg[0][0] and seg[0][1] <= e for s, e in known):
            seg, cut = seg[1:], True
        if seg and not (cut and all(w[2].rstrip(".,") in suffixes for w in seg)):
            out.append((seg, cut, p))  # "Oklahoma City", "New York Times": the KB name's own
    return out


def first_name_word(word: str, lang: str | None = None) -> bool:
    """Is a word a first name in the token gazetteer (KB, Faker and Wiktionary first names),
    or, for a text in `lang`, in that language's list of given names (`first_names` in its
    actors.yaml: English has one)? Only a person named by first name or title makes a later
    bare surname a person: two capitalized words may be a firm ("Banque Paribas")."""
    if not FIRST_NAME_CLASSES.isdisjoint(word_table("de").get(word.lower(), ())):
        return True
    return lang is not None and word.lower() in _given_names(lang)


@functools.cache
def _given_names(lang: str) -> frozenset[str]:
    """The given names of `first_names` in a language's actors.yaml (a whitespace-separated
    word list beside it, "#" comments), lower-cased; a language without actors.yaml gets the
    English cues' list, as it gets their patterns. Loaded once per language."""
    src = lang if has_resource(lang, "actors.yaml") else "en"
    name = lang_cues(src).get("first_names")
    if not name or not has_resource(src, str(name)):
        return frozenset()
    text = resource_path(src, str(name)).read_text(encoding="utf-8")
    return frozenset(w.lower() for line in text.splitlines() if not line.lstrip().startswith("#")
                     for w in line.split())


def english_names(text: str, sentences: tuple[Span, ...], lang: str = "en",
                  known: list[tuple[int, int]] = ()) -> list[Name]:
    """Unknown-name candidates of an English (or other capitalizing) text, from capitalized
    runs, titles and suffixes: English has no trained tagger here. `known`: KB hits."""
    cues = _english_cues(lang)
    out: list[Name] = []
    surnames: set[str] = set()  # last words of the people named so far: "Albright met …"
    # firms named so far with their legal form, by the leading words of the rest: "Polly Peck
    # International Inc" gives "Polly Peck" and "Polly Peck International"
    firms: set[str] = set()
    for sent in sentences:
        for m in cues["run"].finditer(text, sent.start, sent.end):
            n_before = len(out)
            words = [(m.start() + w.start(), m.start() + w.end(), w.group())
                     for w in re.finditer(r"\S+", m.group())]
            for seg, cut, poss in _segments(words, known, cues["suffixes"]):
                name = _english_name(text, sent, list(seg), cues, cued_only=cut, possessive=poss,
                                     firms=firms)
                if len(seg) == 1 and seg[0][2] in surnames and (name is None or name.type == "LOC"):
                    name = Name(seg[0][0], seg[0][1], "PER")
                if (name is None or name.type == "PER") and any(w[2] == "and" for w in seg):
                    # "and" joins the words of a firm or a body, and names otherwise:
                    # "met James Kopp and Janet Reno" holds two people
                    ands = [i for i, w in enumerate(seg) if w[2] == "and"]
                    parts = [seg[a + 1:b] for a, b in zip([-1, *ands], [*ands, len(seg)], strict=True)]
                    out.extend(n for p in parts if p
                               and (n := _english_name(text, sent, p, cues)) is not None)
                elif name is not None:
                    out.append(name)
            firms.update(" ".join(ws[:k]) for n in out[n_before:] if n.type == "ORG"
                         and len(ws := text[n.start:n.end].split()) > 2 and ws[-1].rstrip(".,") in cues["firm_ends"]
                         for k in range(2, len(ws)))
            surnames.update(text[n.start:n.end].split()[-1] for n in out[n_before:]
                            if n.type == "PER" and " " in text[n.start:n.end]
                            and (first_name_word(text[n.start:n.end].split()[0], lang)
                                 or cues["title_rx"].search(text, sent.start, n.start)))
    return _settle_unsure(text, out, cues)


def _english_name(text: str, sent: Span, words: list[tuple[int, int, str]],
                  cues: dict, cued_only: bool = False, possessive: bool = False,
                  firms: Container[str] = ()) -> Name | None:
    """The name one segment of a capitalized run gives, typed by its cues, or None.
    `cued_only`: the rest of a run after a KB name ("New York Stock Exchange") is a name
    only when a title or suffix types it, not by the two-capitalized-words default.
    `possessive`: the name ends in "'s", so a preposition before it governs the next noun
    ("in Elian's case" names no place). `firms`: names of firms the text gave with their legal
    form ("General Mills" of "General Mills Inc"), which a title opening them does not cut."""
    # titles at the start of the run are cues, not part of the name
    cue = False
    titled = list(words)
    title_at = -1  # where the last title cut from the run starts
    while words:
        # the longest title the run starts with: "Secretary of State", "Prime Minister", "Gen."
        k = next((k for k in range(min(len(words), cues["title_words"]), 0, -1)
                  if " ".join(w[2] for w in words[:k]) in cues["titles"]
                  or " ".join(w[2] for w in words[:k]).rstrip(".") in cues["titles"]), 0)
        if not k:
            break
        title_at = len(titled) - len(words)
        del words[:k]
        cue = True
    # a title inside the run ends a descriptor: "Police Superintendent Pedro Toledo",
    # "Senate Majority Leader Trent Lott" name the person after it
    inner = [i for i, w in enumerate(words[:-1]) if i and w[2].rstrip(".") in cues["inner_titles"]]
    if inner and 1 <= len(words) - inner[-1] - 1 <= 3:
        title_at = len(titled) - len(words) + inner[-1]
        del words[:inner[-1] + 1]
        cue = True
    if cue and ((len(words) > 1 and words[-1][2].rstrip(".,") in cues["firm_ends"])
                or " ".join(w[2] for w in titled[title_at:]) in firms):
        words, cue = titled[title_at:], False  # "General Mills Inc": a firm's name holds the title
        if words[-1][2].rstrip(".,") not in cues["firm_ends"]:
            return Name(words[0][0], words[-1][1], "ORG")  # "General Mills" after "General Mills Inc"
    while words and (_POSSESSIVE.sub("", words[0][2]) in cues["not_names"]
                     or words[0][2] in cues["connectors"]):
        words.pop(0)  # "Thursday's general election": the possessive changes nothing
    # "Says Jane Roe, …", "I'm Jane Roe": a speaker opening the sentence (with a name left)
    while len(words) > 2 and words[0][2] in cues["person_openers"]:
        del words[0]
        cue = True
    while words and words[-1][2].lower() in ("of", "for", "and", "de", "al", "van", "von", "der"):
        words.pop()
    while len(words) > 1 and words[-1][2].rstrip(".,") in cues["date_words"]:
        words.pop()  # "in Dar es Salaam Thursday": the weekday dates, it names nothing
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    before = text[sent.start:start]
    cue = cue or bool(cues["title_rx"].search(before))
    prev = before.split()[-1].lower() if before.split() and not possessive else ""
    at_start = not before.strip() or before.rstrip()[-1:] in "\"'“‘(:"
    first, last = words[0][2], words[-1][2].rstrip(".,")
    head = words[-2][2] if len(words) > 1 and re.fullmatch(r"[IVX]+", last) else last
    if not cue and first not in cues["org_heads"] and (
            head in cues["misc_suffixes"] or first in cues["misc_heads"]):
        return None  # "the Sixth Amendment", "Hurricane Hugo": no actor
    if cue:
        etype = "PER"
    elif last in cues["org_suffixes"] or first in cues["org_heads"] \
            or any(w[2] == "&" for w in words) \
            or (len(words) > 1 and last in cues["company_suffixes"]):  # "Procter & Gamble": a firm
        etype = "ORG"
    elif prev in cues["affiliation_words"] and len(words) <= 3 and not cued_only \
            and cues["affiliation_before"].search(text, max(sent.start, start - 40), start):
        etype = "ORG"  # "an analyst at Roe Brothers", "an economist with Jane Roe Securities"
    elif 2 <= len(words) <= 3 and cues["who_age"].match(text, end) and last not in cues["loc_suffixes"]:
        etype = "PER"  # "to Jane Roe, who …", "in Jane Roe, 54, …": a person after all
    elif 2 <= len(words) <= 3 and prev in cues["locative"] and last not in cues["loc_suffixes"] \
            and not cued_only and _named_person(words, cues) and not _place_noun_after(text, end, cues):
        etype = "PER"  # "belonged to Jorge Ruiz", "according to Ann Q. Lee"
    elif (last in cues["loc_suffixes"] and (len(words) > 1 or last not in cues["loc_suffixes_not_alone"])) \
            or prev in cues["locative"]:
        etype = "LOC"
    elif at_start and len(words) > 1 and all(w[2].isupper() for w in words) \
            and text[end:end + 2].lstrip()[:1] in (",", "("):
        etype = "LOC"  # a wire dateline: "DAR ES SALAAM, Tanzania (AP)"
    elif len(words) == 1 and first.isupper() and 2 <= len(first) <= 6:
        etype = "ORG"
    elif first in cues["loc_heads"] and len(words) > 1:
        etype = "LOC"  # "Parque Central", "Fort Lauderdale"
    elif len(words) > 1 and last in cues["misc_words"] and all(w[2] != "and" for w in words):
        # "Roman Catholic", "Middle Eastern": a faith or a people, no actor (but "Muslim
        # Brotherhood", "Islamic Jihad" are bodies: the faith word must be the head)
        etype = "MISC"
    elif 2 <= len(words) <= 3 and not (at_start and len(words) == 1) and not cued_only:
        # a person's with some sign of one, else decided over the whole text (`_UNSURE`)
        if " ".join(w[2] for w in words) in firms:
            return Name(start, end, "ORG")  # "Polly Peck" after "Polly Peck International Inc"
        if any(w[2] in cues["firm_connectors"] for w in words):
            return Name(start, end, "ORG")  # "of", "for" join no person's name: "House of Lords"
        etype = "PER" if any(w[2] == "and" for w in words) or _person_evidence(
            text, sent, words, cues) else _UNSURE
        if _place_noun_after(text, end, cues):
            etype = "LOC"  # "the Jane Roe airport", "Jane Roe stadium": a place named after her
    else:
        return None
    if at_start and len(words) == 1 and etype == "LOC" and prev not in cues["locative"]:
        return None
    return Name(start, end, etype)


_INITIAL = re.compile(r"(?:[A-Z]\.)+")
_UNSURE = "PER?"  # two or three capitalized words with no sign of a person yet


def _settle_unsure(text: str, out: list[Name], cues: dict) -> list[Name]:
    """Unsure names (`_UNSURE`) are people where the text gives their surname (last word)
    to a person elsewhere: a name with a first name or title, or a pronoun soon after the
    surname ("… Gonzalez, who said he"); otherwise a firm or body ("Bear Stearns")."""
    if not any(n.type == _UNSURE for n in out):
        return out
    people = {text[n.start:n.end].split()[-1] for n in out if n.type == "PER"}
    verdict: dict[str, bool] = {}
    res = []
    for n in out:
        if n.type == _UNSURE:
            last = text[n.start:n.end].split()[-1]
            if last not in verdict:
                verdict[last] = last in people or any(
                    cues["he_she"].search(text, m.end(), m.end() + 60)
                    for m in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", text))
            n = Name(n.start, n.end, "PER" if verdict[last] else "ORG")
        res.append(n)
    return res


def _named_person(words: list[tuple[int, int, str]], cues: dict) -> bool:
    """Does a name open with a given name or hold an initial ("Ann Lee", "J. Smith")?"""
    return first_name_word(words[0][2], cues["lang"]) or any(_INITIAL.fullmatch(w[2]) for w in words)


def _place_noun_after(text: str, end: int, cues: dict) -> bool:
    """Is a name followed by a lower-case place noun ("the Jane Roe airport")?"""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and m.group(1) in cues["place_nouns_after"]


_NEXT_WORD = re.compile(r"\s+([a-z]+)(?![\w-])")


def _person_evidence(text: str, sent: Span, words: list[tuple[int, int, str]], cues: dict) -> bool:
    """Two or three capitalized words are a person's name only with some sign of one: a known
    first name, an initial ("J. Smith", "Lee C. Smith"), ", who"/an age/a title after it, "said"
    before it, or a personal pronoun later in the sentence; otherwise it may be a firm's
    ("Bear Stearns"), which `_settle_unsure` decides over the whole text."""
    if _named_person(words, cues):
        return True
    end = words[-1][1]
    rx = cues["noun_before"]
    before = text[max(sent.start, words[0][0] - 40):words[0][0]].split()
    if rx is not None and before and before[-1].rstrip(",").lower() in cues["noun_ends"] \
            and rx.search(text, max(sent.start, words[0][0] - 40), words[0][0]):
        return True  # "immigration official Jane Roe", "its chairman, Jane Roe"
    if cues["who_age"].match(text, end):
        return True
    rx = cues["said_before"]
    if rx is not None and rx.search(text, max(sent.start, words[0][0] - 12), words[0][0]):
        return True  # "…,'' said Jane Roe": an inverted speech verb names a speaker
    return bool(cues["he_she"].search(text, end, sent.end))  # the rest of the sentence


# Runs of words in another script than the text's Latin one: names a German or English
# text quotes in the original ("Дмитрий Кузнецов", "محمد"), kept as unknown names (MISC).
_SCRIPTS = (r"[\u0400-\u04FF\u0370-\u03FF\u0590-\u05FF\u0600-\u06FF\u0900-\u097F\u0E00-\u0E7F"
            r"\u10A0-\u10FF\u3040-\u30FF\u4E00-\u9FFF\uAC00-\uD7AF]")
_FOREIGN = re.compile(rf"(?:{_SCRIPTS}+[\s\u200c-]*)+")
_FOREIGN_CHAR = re.compile(_SCRIPTS)  # the cheap test first: most texts have none (7x faster)
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


def foreign_names(text: str) -> list[Name]:
    """Words in a non-Latin script inside a mostly Latin-script text."""
    if not _FOREIGN_CHAR.search(text) or len(_LATIN.findall(text)) < len(text) // 3:
        return []
    out = []
    for m in _FOREIGN.finditer(text):
        raw = m.group()
        end = m.start() + len(raw.rstrip(" \u200c-\n\t"))
        if end > m.start():
            out.append(Name(m.start(), end, "MISC"))
    return out


def find_names(text: str, sentences: tuple[Span, ...], lang: str,
               known: list[tuple[int, int]] = ()) -> list[Name]:
    """Unknown-name candidates of a text (the linker drops those the gazetteer covers)."""
    if lang == "de" and _crf_tagger() is not None:
        found = german_names(text, sentences, known=known)
    else:
        found = english_names(text, sentences, lang, known)
    extra = [n for n in foreign_names(text) if not any(f.start < n.end and n.start < f.end for f in found)]
    return sorted(found + extra, key=lambda n: n.start) if extra else found
