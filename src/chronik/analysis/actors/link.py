"""The linker: gazetteer hits, role nouns and unknown names → Entity objects.

Mentions are collected per entity key — ("kb", id) for KB entities, ("new", n) for unknown
names — then ordered by first mention and numbered e1, e2, …
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from chronik.analysis.actors.abbrev import find_abbreviations, occurrences
from chronik.analysis.actors.gazetteer import Gazetteer, Hit, gazetteer_for, lang_cues
from chronik.analysis.actors.names import Name, find_names, first_name_word
from chronik.analysis.actors.ner_features import word_table
from chronik.analysis.actors.roles import RoleNoun, role_matcher
from chronik.kb.load import office_of
from chronik.model import Analysis, Entity, Span
from chronik.text.segment import sentences as split_sentences

_WORD_BEFORE = re.compile(r"([\w-]+)\W*$")
_WORD_AFTER = re.compile(r"\s+([A-ZÄÖÜ][\w-]*)")
_STATE_TYPES = ("GPE",)
_NEAR_CHARS = 1000  # hits starting this far before a role noun may still end next to it
_GAP_AFTER = re.compile(r"\s*(?:(?:der|des|von|of the|of)\s*)?")  # the longest gap _role_country allows


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """chronik.kb.name_key, memoized: the same names recur in every article (several regex
    passes per word otherwise)."""
    from chronik.kb import name_key as kb_name_key

    return kb_name_key(name)


@dataclass
class _Doc:
    """Per-article working state."""

    text: str
    lang: str
    date: str | None
    kb: object
    mentions: dict[tuple, list[tuple[int, int]]] = field(default_factory=dict)
    unknown: list[dict] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)  # spans already explained
    _index: tuple | None = field(default=None, repr=False)  # see _taken_index
    # why: repetitive text gives an entity thousands of mentions; a set per key and the
    # earliest start per key keep `add` and `mentioned_before` O(1) instead of a scan
    _seen: set[tuple] = field(default_factory=set, repr=False)
    _first: dict[tuple, int] = field(default_factory=dict, repr=False)
    keys_at: dict[int, set[tuple]] = field(default_factory=dict, repr=False)  # start → keys
    # a name's start → (role key, state or body) of the role noun right before it: the role
    # the text gives that person ("CSU-Chef Söder"), shown in preference to the most senior
    stated: dict[int, tuple[str, str | None]] = field(default_factory=dict, repr=False)
    # every key's mention starts, sorted: "the last mention before" by bisection, not a scan
    _starts: dict[tuple, list[int]] = field(default_factory=dict, repr=False)
    # role phrases before a name ("GdP-Vorsitzende Konrad Freiberg"): title → the name's start;
    # the same title alone elsewhere names that person (`_link_titles`)
    titles: dict[tuple, int] = field(default_factory=dict, repr=False)
    untitled: list[tuple[tuple, int, int]] = field(default_factory=list, repr=False)
    # "NAME, der Vorsitzende": (name start, role phrase start, end) for unknown people
    appositions: list[tuple[int, int, int]] = field(default_factory=list, repr=False)

    def add(self, key: tuple, start: int, end: int) -> None:
        if (key, start, end) in self._seen:
            return
        self._seen.add((key, start, end))
        self.mentions.setdefault(key, []).append((start, end))
        insort(self._starts.setdefault(key, []), start)
        self.keys_at.setdefault(start, set()).add(key)
        if start < self._first.get(key, start + 1):
            self._first[key] = start

    def last_before(self, key: tuple, pos: int) -> int:
        """Where the key's last mention before `pos` starts; -1 if none."""
        starts = self._starts.get(key)
        if not starts:
            return -1
        i = bisect_left(starts, pos)
        return starts[i - 1] if i else -1

    def mentioned_before(self, eid: str, pos: int) -> bool:
        first = self._first.get(("kb", eid))
        return first is not None and first < pos

    def _taken_index(self) -> tuple[list[int], list[int]]:
        """`taken` sorted by start, with the running maximum of the ends: overlap tests in
        O(log n) instead of a scan per name (a long article has thousands of both).
        Rebuilt when `taken` grew (it is filled in the first steps, read in the later ones)."""
        if self._index is None or self._index[0] != len(self.taken):
            spans = sorted(self.taken)
            ends, top = [], -1
            for _, e in spans:
                top = max(top, e)
                ends.append(top)
            self._index = (len(self.taken), [s for s, _ in spans], ends)
        return self._index[1], self._index[2]

    def overlaps_taken(self, start: int, end: int) -> bool:
        starts, ends = self._taken_index()
        i = bisect_left(starts, end)  # the spans starting before `end`
        return i > 0 and ends[i - 1] > start

    def taken_follows(self, end: int) -> bool:
        """Does a taken span start right after `end` (only a space between)?"""
        starts, _ = self._taken_index()
        i = bisect_left(starts, end)
        return i < len(starts) and starts[i] - end <= 1 and not self.text[end:starts[i]].strip()

    def inside_taken(self, start: int, end: int) -> bool:
        """Is start..end inside a taken span (and not that span itself)?"""
        starts, ends = self._taken_index()
        i = bisect_right(starts, start)
        if i == 0 or ends[i - 1] < end:
            return False
        return any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.taken)


@functools.cache
def _cue_sets(lang: str) -> dict:
    cues = lang_cues(lang)
    pronoun_gender = {str(k).lower(): str(v) for k, v in (cues.get("pronoun_gender") or {}).items()}
    return {
        "locative": frozenset(str(w).lower() for w in cues.get("locative_words") or ()),
        "region": frozenset(str(w) for w in cues.get("region_words") or ()),
        "former": tuple(str(w).lower().rstrip("-") for w in cues.get("former_words") or ()),
        "current": tuple(str(w).lower() for w in cues.get("current_words") or ()),
        "role_as": frozenset(str(w).lower() for w in cues.get("role_as_words") or ()),
        "articles_all": frozenset(str(w).lower() for w in cues.get("definite_articles") or ()),
        # "NAME, [the] role noun": an apposition (`_apposition`)
        "appos_rx": re.compile(r"(\S)\s*,\s*(?:(?:" + "|".join(
            re.escape(str(w)) for w in cues.get("definite_articles") or ("\0",)) + r")\s+)?$"),
        "new": frozenset(str(w).lower() for w in cues.get("new_words") or ()),
        "deputy": tuple(str(w).lower() for w in cues.get("deputy_words") or ()),
        "office_words": frozenset(str(w).lower() for w in cues.get("office_words") or ()),
        "genitive_link": frozenset(str(w).lower() for w in cues.get("office_genitive") or ()),
        "articles": frozenset(str(w).lower() for w in cues.get("office_articles") or ()),
        "pronouns": frozenset(str(w) for w in cues.get("subject_pronouns") or ()),
        "lead": int(cues.get("lead_sentences") or 3),
        "adjectives_lowercase": bool(cues.get("adjectives_lowercase")),
        "names_capitalized": bool(cues.get("only_names_capitalized")),
        "ordinal_dot": bool(cues.get("numeral_ordinal_dot")),
        "endings": tuple(sorted((str(e) for e in cues.get("inflection_endings") or ()),
                                key=len, reverse=True)),
        "not_names": frozenset(str(w) for w in cues.get("not_names") or ()),
        "indefinite": frozenset(str(w).lower() for w in cues.get("indefinite_articles") or ()),
        "descriptors": frozenset(str(w) for w in cues.get("descriptor_heads") or ()),
        "genitive_articles": frozenset(str(w) for w in cues.get("genitive_articles") or ()),
        "name_suffixes": frozenset(str(w) for w in cues.get("name_suffixes") or ()),
        "legal_forms": frozenset(str(w) for w in cues.get("legal_forms") or ()),
        "place_adjectives": tuple((str(a), str(b)) for a, b in cues.get("place_adjective_endings") or ()),
        "noun_suffixes": tuple(sorted((str(s) for s in cues.get("noun_suffixes") or ()),
                                      key=len, reverse=True)),
        "pronoun_gender": pronoun_gender,
        "region_before": _word_rx(cues.get("region_reading_before"), r"(?:^|(?<=\W))(?:", r")\s+$"),
        "kin_after": _word_rx(cues.get("kin_after"), r"(?:['’]s|s|['’])?\s+(?:", r")(?!\w)"),
        "club_before": frozenset(str(w) for w in cues.get("club_prefixes") or ()),
        "club_after": _word_rx(cues.get("club_suffixes"), r"\s+(?:", r")(?![\w-])"),
        "language_after": _word_rx(cues.get("language_words"), r"[\s-]+(?:", r")(?![\w])"),
        "street_after": _word_rx(cues.get("street_words"), r"\s+(?:", r")(?![\w-])"),
        "region_after": _word_rx(cues.get("region_reading_after"), r"(?:['’]s)?\s+(?:", r")(?!\w)"),
        "pronoun_rx": re.compile(r"(?<!\w)(" + "|".join(sorted(map(re.escape, pronoun_gender),
                                                                key=len, reverse=True))
                                 + r")(?!\w)", re.IGNORECASE) if pronoun_gender else None,
    }


def _word_rx(words, head: str, tail: str) -> re.Pattern | None:
    """One pattern for a cue list of words and phrases (longest first); None for no list."""
    alts = sorted((re.escape(str(w)).replace(r"\ ", r"\s+") for w in words or ()), key=len, reverse=True)
    return re.compile(head + "|".join(alts) + tail) if alts else None


# -- KB helpers -----------------------------------------------------------------------------
def _etype(kb, eid: str) -> str | None:
    e = kb.get(eid)
    return e.type if e is not None else None


def _country(kb, eid: str) -> str | None:
    e = kb.get(eid)
    return e.country if e is not None else None


def _seniority(kb, eid: str, date: str | None) -> int:
    """Rank of the entity's most senior role at `date` (lower = more senior): of two people
    in office with one surname, a bare "Kim" is the head of state, not a minister."""
    try:
        role = kb.role_at(eid, date)
    except ValueError:
        return 1000
    return kb.rank(role.key) if role is not None else 1000


def _has_role_at(kb, eid: str, date: str | None) -> bool:
    try:
        return bool(kb.roles_at(eid, date))
    except ValueError:
        return False


_INDEX_CACHE: dict[tuple[int, str], tuple[object, dict, dict]] = {}


def _indexes(kb, lang: str, gz: Gazetteer) -> tuple[dict, dict]:
    """(organization heads by (head, country), past role holders by (key, country))."""
    ck = (id(kb), lang)
    hit = _INDEX_CACHE.get(ck)
    if hit is not None and hit[0] is kb:
        return hit[1], hit[2]
    heads: dict[tuple[str, str], str] = {}
    past: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for ent in kb:
        for r in ent.roles:
            if r.country and r.end:
                past.setdefault((r.key, r.country), []).append((r.end, ent.id))
        if ent.type != "ORG" or not ent.country:
            continue
        for alias in ent.names(lang):
            words = alias.split()
            if len(words) < 2 or len(words) > 5:
                continue
            state_hits = [h for h in gz.scan(alias, longest=False)
                          if any(_etype(kb, e) in _STATE_TYPES and _country(kb, e) == ent.country
                                 for e, _ in h.readings)]
            if not state_hits:
                continue
            rest = list(alias)
            for h in state_hits:
                rest[h.start:h.end] = " " * (h.end - h.start)
            rest = "".join(rest)
            caps = [w for w in rest.split() if w[:1].isupper()]
            if len(caps) == 1:
                heads.setdefault((caps[0].lower(), ent.country), ent.id)
    _INDEX_CACHE[ck] = (kb, heads, past)
    return heads, past


# -- step 1: gazetteer hits -----------------------------------------------------------------
_TAIL_R = re.compile(r"\W*")
_RUN_R = re.compile(r"[\w-]*")
_HYPHENS = re.compile(r"-+")


def _prev_word(text: str, pos: int) -> str:
    """The word before `pos` (within 40 characters) that `_WORD_BEFORE.search` finds, read
    backwards: two anchored matches on the reversed window instead of a search that tries
    every start (a sixth of the time; tested against the regex)."""
    lo = max(0, pos - 40)
    r = text[lo:pos][::-1]
    t = _TAIL_R.match(r).end()
    if t == len(r):  # no word character: the first run of hyphens, as the search finds it
        m = _HYPHENS.search(text, lo, pos)
        return m.group() if m else ""
    j = t
    while j and r[j - 1] == "-":  # hyphens right after the word belong to its run
        j -= 1
    return r[j:_RUN_R.match(r, t).end()][::-1]


def _per_ends(tagged: list[Name]) -> dict[int, int]:
    """Start → the farthest end of the tagger's person names starting there."""
    out: dict[int, int] = {}
    for n in tagged:
        if n.type == "PER" and n.end > out.get(n.start, -1):
            out[n.start] = n.end
    return out


def _last_full_mention(doc: _Doc, eid: str, pos: int) -> int:
    """Where the entity's last mention of more than one word before `pos` starts; -1 if none."""
    return max((s for s, e in doc.mentions.get(("kb", eid), ()) if s < pos and " " in doc.text[s:e]),
               default=-1)


def _choose(doc: _Doc, hit: Hit, cues: dict, per_ends: dict[int, int]) -> list[tuple[str, str]]:
    """The readings of a hit that hold here: [(entity id, kind)], usually one.

    `per_ends` (see _per_ends): the name tagger's person spans, which tell a short name from
    the start of someone else's full name ("Kim Yo-jong").
    """
    kb, text = doc.kb, doc.text
    by_kind: dict[str, list[str]] = {}
    for eid, kind in hit.readings:
        by_kind.setdefault(kind, []).append(eid)
    locative = _prev_word(text, hit.start).lower() in cues["locative"]
    names = by_kind.get("name", [])
    if names and "short" in by_kind and not locative:
        # the short form of something named in full earlier beats a name not mentioned so far:
        # "Bayern" after "FC Bayern München" is the club, not the state
        named = [e for e in by_kind["short"] if doc.mentioned_before(e, hit.start)]
        if named and not any(doc.mentioned_before(e, hit.start) for e in names):
            return [(named[0], "short")]
    places = [e for e in names if _etype(kb, e) == "LOC"]
    if "metonym" in by_kind and (places or not names):
        # a capital or seat: the place after a locative word, else the state it stands for;
        # a metonymic organization ("Russlands Sicherheitsrat") stays the organization
        locative = locative or bool(places) and (_after_name_word(doc, hit, cues) or _dateline(doc, hit))
        if locative and places:
            return [(places[0], "name")]
        if not locative:
            return [(by_kind["metonym"][0], "metonym")]
    if names:
        best = [e for e in names if doc.mentioned_before(e, hit.start)]
        if not best and len(names) > 1:
            best = sorted((e for e in names if _has_role_at(kb, e, doc.date)),
                          key=lambda e: _seniority(kb, e, doc.date))
        return [((best or names)[0], "name")]
    shorts = by_kind.get("short", [])
    if shorts and not per_ends.get(hit.start, -1) > hit.end:
        # a surname alone: the person named in full earlier, else one in office at the date
        # (or known for no office at all); "Breuer" in 2005 is not the general of 2023
        best = [e for e in shorts if doc.mentioned_before(e, hit.start)]
        if len(best) > 1:
            # two of that surname named ("Raúl and Fidel Castro"): the one named in full last;
            # "Castro's brother" names the other one through this one: left alone
            rx = cues["kin_after"]
            if rx is not None and rx.match(text, hit.end):
                doc.taken.append((hit.start, hit.end))  # nor a new, unknown person
                return []
            best.sort(key=lambda e: -_last_full_mention(doc, e, hit.start))
        if not best:
            # (an organization's short form only after its full name: "Real" alone is a word)
            best = [e for e in shorts if _etype(kb, e) == "PER" and (
                _has_role_at(kb, e, doc.date) or not kb.get(e).roles)]
            best.sort(key=lambda e: _seniority(kb, e, doc.date))
        if not best and doc.date:
            # out of office at the date: the one who held office last before it ("Trump" in
            # November 2024); someone whose offices all lie later is someone else
            held = [(r.bounds()[1], e) for e in shorts for r in kb.get(e).roles
                    if r.bounds()[0] <= doc.date]
            if held:
                best = [max(held)[1]]
        if best:
            return [(best[0], "short")]
    for kind in ("adjective", "demonym"):
        if kind in by_kind:
            if kind == "adjective" and cues["adjectives_lowercase"] and _in_name(doc, hit):
                return []
            if kind == "adjective" and cues["language_after"] is not None \
                    and cues["language_after"].match(text, hit.end):
                return []  # "Spanish-language radio": the language, not the state
            return [(by_kind[kind][0], kind)]
    return []


_NAME_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w\s-])\s*|\s)([A-ZÄÖÜ][\w-]*[a-zäöüß])\s$")


def _after_name_word(doc: _Doc, hit: Hit, cues: dict) -> bool:
    """A capital right after a capitalized word inside the sentence is part of a name or the
    place itself ("des Sozialgerichts Berlin", "Flughafen Berlin"), not its state."""
    text = doc.text
    if not hit.start or text[hit.start - 1] != " ":
        return False
    m = _NAME_WORD_BEFORE.search(text, max(0, hit.start - 40), hit.start)
    if not m or m.group(1) in cues["not_names"] or doc.keys_at.get(m.start(1)):
        return False
    before = text[max(0, m.start(1) - 3):m.start(1)].strip()
    return bool(before) and before[-1] not in ".!?:\"„“”»«'(" and not before[-1].isdigit()


_DATELINE_AFTER = re.compile(r"\s*(?:\(|,|_|--|—|–)")


def _dateline(doc: _Doc, hit: Hit) -> bool:
    """A wire dateline opening the text ("HAVANA (AP) --", "MOSKAU, 3. Mai"): the place the
    report comes from, not its state."""
    return not doc.text[:hit.start].strip() and bool(_DATELINE_AFTER.match(doc.text, hit.end))


def _in_name(doc: _Doc, hit: Hit) -> bool:
    """A capitalized adjective inside a sentence, before a capitalized word, starts a name
    ("Deutsche Bank"), where adjectives are otherwise written lower-case (German)."""
    text = doc.text
    if not text[hit.start:hit.start + 1].isupper():
        return False
    before = text[max(0, hit.start - 3):hit.start].strip()
    if not before or before[-1:] in ".!?:\"„“»«'(":
        return False  # sentence or quotation start
    m = _WORD_AFTER.match(text, hit.end)
    return bool(m)


_REGION_BEFORE = re.compile(r"(\w+)\s+$")


_FIRST_WORD_AT = re.compile(r"([A-ZÄÖÜ][\w'’-]*)\s")


@functools.lru_cache(maxsize=1 << 12)
def _first_keys(kb, eid: str) -> frozenset[str]:
    """The first three letters (name key) of the first words of a person's aliases."""
    ent = kb.get(eid)
    if ent is None:
        return frozenset()
    words = [a.split()[0] for als in ent.aliases.values() for a in als if " " in a]
    words.append(ent.name.split()[0])
    return frozenset(name_key(w)[:3] for w in words if name_key(w))


def _first_name(doc: _Doc, hit: Hit, per_spans: list[tuple[int, int]]) -> int | None:
    """For a surname alone (a "short" reading only) that the tagger reads as the end of a
    longer person name: -1 if that name's first name is none of the KB person's (a namesake
    or relative: "Hunter Biden"), else the start of the whole name ("José Zapatero" is a
    mention of José Luis Rodríguez Zapatero). None when the hit is no such surname."""
    if any(k != "short" for _, k in hit.readings):
        return None
    span = next(((s, e) for s, e in per_spans if s < hit.start and hit.end <= e), None)
    if span is None:
        return None
    m = _FIRST_WORD_AT.match(doc.text, span[0], hit.start)  # the first name, not a middle one
    if m is None:
        return None
    key = name_key(m.group(1))[:3]
    if not key:
        return None
    return span[0] if any(key in _first_keys(doc.kb, e) for e, _ in hit.readings) else -1


def _first_name_before(doc: _Doc, hit: Hit, firsts: dict[int, int]) -> int | None:
    """For a KB person's name right after a tagged run of first names (one space between):
    the run's start, so the mention covers the whole name ("Muhammad Husni Mubarak"); for a
    surname alone, -1 when the first name is none of the person's (`_first_name`)."""
    start = firsts.get(hit.start - 1)
    if start is None or doc.text[hit.start - 1] != " ":
        return None
    if not any(k in ("name", "short") and _etype(doc.kb, e) == "PER" for e, k in hit.readings):
        return None
    if any(k != "short" for _, k in hit.readings):
        return start
    key = name_key(doc.text[start:hit.start].split()[0])[:3]
    return start if key and any(key in _first_keys(doc.kb, e) for e, _ in hit.readings) else -1


def _namesake_before(doc: _Doc, hit: Hit, per_spans: list[tuple[int, int]],
                     tagged: bool = False) -> bool:
    """A surname alone (only "short" readings) that ends the full name of someone else the
    text named before, while the KB's bearer was not named: the earlier namesake."""
    if any(k != "short" for _, k in hit.readings) or any(
            doc.mentioned_before(e, hit.start) for e, _ in hit.readings):
        return False
    word = doc.text[hit.start:hit.end]
    return any(e <= hit.start and _full_name_of(doc.text[s:e], word, tagged, doc.lang) for s, e in per_spans)


def _full_name_of(name: str, surname: str, tagged: bool = False, lang: str | None = None) -> bool:
    """Is `name` a first name plus `surname` ("Michael Gingrich"; not "Other Bush")?
    `tagged`: a trained tagger found the name, so its first word needs no first-name list
    ("Daniil Medvedev" … "Medvedev" is not the politician). `lang`: the text's language,
    whose own list of given names counts too."""
    words = name.split()
    return len(words) > 1 and words[-1] == surname and (tagged or first_name_word(words[0], lang))


def _region_reading(doc: _Doc, hit: Hit, cues: dict) -> str | None:
    """The region a city's name also names (KB `region`) where the text means the region:
    after a compass or region word ("upstate New York"), before a regional office ("the New
    York governor"); else None. (Not merely because the text named the region before: a
    dateline's "N.Y." does not make a later "in New York" the state.)"""
    kb = doc.kb
    region = next((ent.region for e, k in hit.readings if k == "name"
                   and (ent := kb.get(e)) is not None and ent.region and kb.get(ent.region)), None)
    if region is None:
        return None
    rx = cues["region_before"]
    if rx is not None and rx.search(doc.text, max(0, hit.start - 30), hit.start):
        return region
    rx = cues["region_after"]
    return region if rx is not None and rx.match(doc.text, hit.end) else None


_TOKEN = re.compile(r"\S+")
_ORDINAL = re.compile(r"\d\.")
_CLUB_MIDDLE = re.compile(r"[A-ZÄÖÜ][\w-]*|\d{2,4}")  # "FC Hansa Rostock", "TSG 1899 Hoffenheim"


def _club_span(doc: _Doc, hit: Hit, cues: dict) -> tuple[int, int] | None:
    """The span of a sports club named after a known place ("1. FC Köln", "FC Hansa Rostock",
    "Manchester United"): a club word right before or after the place's name; else None."""
    if not any(k in ("name", "metonym") and _etype(doc.kb, e) in ("LOC", "GPE")
               for e, k in hit.readings):
        return None
    text = doc.text
    if hit.start and text[hit.start - 1].isspace() and cues["club_before"]:
        # the word before, or the one before that with a name or year between ("FC Hansa
        # Rostock", "TSG 1899 Hoffenheim"); split on a short window, no regex scan per hit
        lo = max(0, hit.start - 30)
        words = [(m.start(), m.group()) for m in _TOKEN.finditer(text, lo, hit.start)]
        for back in (2, 1):  # the longer first: "FC Hansa Rostock", not "Hansa Rostock"
            if len(words) < back or words[-back][1] not in cues["club_before"]:
                continue
            if back == 2 and not (_CLUB_MIDDLE.fullmatch(words[-1][1])):
                continue  # not across a sentence end: "… Borussia Dortmund. Bayern bleibt"
            start = words[-back][0]
            if len(words) > back and _ORDINAL.fullmatch(words[-back - 1][1]):
                start = words[-back - 1][0]  # "1. FC Köln"
            return start, hit.end
    rx = cues["club_after"]
    m = rx.match(text, hit.end) if rx is not None else None
    return (hit.start, m.end()) if m is not None else None


def _street_span(doc: _Doc, hit: Hit, cues: dict) -> tuple[int, int] | None:
    """The span of a street or square named after a known place or person ("Vermont Street",
    "Pariser Platz", "Kim Il Sung Square"): a street word right after the name or the place's
    adjective; else None."""
    rx = cues["street_after"]
    if rx is None or not any((k in ("name", "metonym", "adjective") and _etype(doc.kb, e) in ("LOC", "GPE"))
                             or (k == "name" and _etype(doc.kb, e) == "PER")
                             for e, k in hit.readings):
        return None
    m = rx.match(doc.text, hit.end)
    if m is None or _NUMBER_AFTER.match(doc.text, m.end()):
        return None  # "Platz 158": a rank, not a square (a house number keeps the place)
    return hit.start, m.end()


_NUMBER_AFTER = re.compile(r"\s*\d")


def _add_named_after(doc: _Doc, span: tuple[int, int], etype: str, cues: dict,
                     seen: dict[str, dict]) -> None:
    """A club or street named after a place, which the KB lacks: an unknown entity, one per
    name in the article."""
    surface = doc.text[span[0]:span[1]]
    words = surface.split()
    while len(words) > 1 and (words[0] in cues["club_before"] or _ORDINAL.fullmatch(words[0])):
        words = words[1:]  # "FC Hansa Rostock" … "Hansa Rostock": one club
    key = etype + ":" + (name_key(" ".join(words)) or " ".join(words).casefold())
    group = seen.get(key)
    if group is None:
        group = seen[key] = {"type": etype, "words": surface.split(), "spans": [], "country": None,
                             "key": name_key(surface) or surface.casefold(),
                             "loose": _loose(surface.split(), cues["endings"])}
        doc.unknown.append(group)
    group["spans"].append(span)
    doc.taken.append(span)


def _link_hits(doc: _Doc, hits: list[Hit], cues: dict, names: list[Name]) -> list[tuple[Hit, str, str]]:
    chosen = []
    # a tagged person span that runs on into a known place ("sicherte Kim Moskau … zu") is
    # a name followed by an object, not someone else's full name
    places = {h.start for h in hits if any(
        k in ("name", "metonym") and _etype(doc.kb, e) in ("LOC", "GPE") for e, k in h.readings)}
    # … or into another known person ("Am Montag traf Netanjahu Trump"): two names
    places |= {h.start for h in hits if any(
        k in ("name", "short") and _etype(doc.kb, e) == "PER" for e, k in h.readings)}
    inner = sorted(places)  # bisected: a scan of every place per name is quadratic on long text

    def runs_into_place(n: Name) -> bool:
        i = bisect_right(inner, n.start)
        return i < len(inner) and inner[i] < n.end

    per_ends = _per_ends([n for n in names if not runs_into_place(n)])
    # tagged person spans that start with no known name (a first name the KB may not know)
    starts = {h.start for h in hits}
    per_spans = [(n.start, n.end) for n in names if n.type == "PER" and n.start not in starts]
    # tagged person names by the end of their first names: "Muhammad" before a known
    # "Husni Mubarak" (tagged apart, or as one name "Muhammad Husni Mubarak")
    firsts = {}
    for s, e in per_spans:
        end = s
        for m in re.finditer(r"\S+", doc.text[s:e]):
            if not first_name_word(m.group(), doc.lang) or doc.text[end:s + m.start()].strip():
                break
            end = s + m.end()
            firsts[end] = s
    clubs: dict[str, dict] = {}
    for hit in hits:
        first = _first_name(doc, hit, per_spans) if per_spans else None
        if first is None and firsts:
            first = _first_name_before(doc, hit, firsts)
        if first == -1:
            continue  # "Hunter Biden" is not Joe Biden: left to the unknown names
        if per_spans and _namesake_before(doc, hit, per_spans, not cues["names_capitalized"]):
            continue  # "… suspect Michael Gingrich … Gingrich said": not Newt Gingrich
        club = _club_span(doc, hit, cues)
        if club is not None:  # "SC Freiburg", "Manchester United": a club, not the place
            _add_named_after(doc, club, "ORG", cues, clubs)
            continue
        street = _street_span(doc, hit, cues)
        if street is not None:  # "Vermont Street", "Berliner Straße": a street, not the place
            _add_named_after(doc, street, "LOC", cues, clubs)
            continue
        for eid, kind in _choose(doc, hit, cues, per_ends):
            start = hit.start if first is None else first
            if kind in ("name", "metonym"):
                region = _region_reading(doc, hit, cues)
                if region is not None:  # "upstate New York", "the Washington governor"
                    eid, kind = region, "name"
            if _etype(doc.kb, eid) in ("LOC", "GPE") and kind == "name":
                lo = max(0, start - 30)
                m = _REGION_BEFORE.search(doc.text, lo, start)
                if m and m.group(1) in cues["region"]:
                    start = m.start(1)  # "Region Kursk"
            doc.add(("kb", eid), start, hit.end)
            doc.taken.append((start, hit.end))
            chosen.append((hit, eid, kind))
    return chosen


# -- step 1b: surnames of people named in full ----------------------------------------------
@functools.lru_cache(maxsize=1 << 12)
def _alias_last_words(kb, eid: str) -> tuple[str, ...]:
    """The last words of a KB person's multi-word aliases (their surnames), once per person."""
    return tuple(dict.fromkeys(a.split()[-1] for als in kb.get(eid).aliases.values()
                               for a in als if " " in a))


def _link_surnames(doc: _Doc, chosen: list[tuple[Hit, str, str]], names: list[Name]) -> None:
    """After a KB person's full name, the surname alone is that person, though the KB gives
    it no short form (it does not where the surname is a common word: "Kraft", "Major",
    "Lake"). Not where the text uses the word as a common word (lower-cased elsewhere in
    it, or a noun of the language's word list), nor inside another name ("Michael Lake"),
    nor where the text names someone else of that surname too."""
    text, kb = doc.text, doc.kb
    seen: dict[str, tuple[str, int]] = {}
    for hit, eid, kind in chosen:
        if kind != "name" or _etype(kb, eid) != "PER":
            continue
        words = text[hit.start:hit.end].split()
        if len(words) < 2:
            continue
        last = words[-1]
        surname = next((w for w in _alias_last_words(kb, eid) if last.startswith(w)), None)
        if surname and len(surname) > 2 and surname[:1].isupper():
            if surname in seen and seen[surname][0] != eid:
                seen[surname] = ("", 0)  # two people of that name ("Saddam Hussein", "King Hussein")
            elif surname not in seen:
                seen[surname] = (eid, hit.end)
    seen = {k: v for k, v in seen.items() if v[0]}
    if not seen:
        return
    table = word_table(doc.lang)
    endings = _cue_sets(doc.lang)["name_suffixes"]
    for surname, (eid, after) in seen.items():
        low = surname.lower()
        if (low in text and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text)) \
                or "NOUN" in table.get(low, ()):
            continue
        if any(n.type == "PER" and _full_name_of(text[n.start:n.end], surname, lang=doc.lang)
               and not doc.overlaps_taken(n.start, n.end) for n in names):
            continue  # two people of that name ("Juan Miguel Gonzalez", "Elián González")
        for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?:['’]s|s|['’])?(?![\w-])", text):
            s, e = m.start(), m.end()
            if text[s + len(surname):e] not in endings:
                e = s + len(surname)  # "Albright's": the English possessive is no part of it
            if s < after or doc.overlaps_taken(s, e):
                continue
            if any(n.start < s and e <= n.end for n in names):
                continue  # the end of another, longer name
            doc.add(("kb", eid), s, e)
            doc.taken.append((s, e))


# -- step 2: state-qualified organizations --------------------------------------------------
def _state_orgs(doc: _Doc, chosen: list[tuple[Hit, str, str]], heads: dict, cues: dict) -> None:
    text, kb = doc.text, doc.kb
    for hit, eid, kind in chosen:
        if _etype(kb, eid) not in _STATE_TYPES:
            continue
        if kind == "name" and not text[hit.start:hit.end].endswith(("s", "'", "’")):
            continue
        if kind not in ("name", "adjective"):
            continue
        m = _WORD_AFTER.match(text, hit.end)
        if not m:
            continue
        word = m.group(1)
        country = _country(kb, eid)
        org = None
        for suf in (*cues["noun_suffixes"], ""):
            if suf and not word.endswith(suf):
                continue
            base = word[: len(word) - len(suf)] if suf else word
            org = heads.get((base.lower(), country))
            if org:
                break
        if org:
            doc.add(("kb", org), hit.start, m.end(1))
            doc.taken.append((m.start(1), m.end(1)))


# -- step 3: role nouns ---------------------------------------------------------------------
def _role_country(doc: _Doc, rn: RoleNoun, chosen: list[tuple[Hit, str, str]],
                  cues: dict) -> tuple[str | None, int]:
    """The state a role noun belongs to, and where the role phrase starts.

    Before it: a state adjective ("russische"), a genitive ("Russlands", "Russia's") or a
    hyphenated prefix ("US-Präsident"), with only former-words between; inside a phrase
    ("Sekretär des russischen Sicherheitsrats"); after it: "Präsident Russlands",
    "President of Russia".
    """
    text, kb = doc.text, doc.kb
    for hit, eid, kind in chosen:
        etype = _etype(kb, eid)
        if etype == "ORG" and kind == "name":
            # an organization's office: "Nato-Generalsekretär", "Generalsekretär der Nato"
            if hit.end == rn.start - 1 and (text[hit.end] == "-" or (
                    text[hit.end] == " " and cues["names_capitalized"])):
                return eid, hit.start
            if hit.start >= rn.end and re.fullmatch(r"\s+(?:der|des|of the|of)\s+",
                                                    text[rn.end:hit.start]):
                return eid, rn.start
            continue
        if etype not in _STATE_TYPES:
            continue
        if hit.end <= rn.start and rn.start - hit.end <= 30:
            between = text[hit.end:rn.start]
            if between.startswith(("'s", "’s")):
                between = between[2:]
            words = between.replace("-", " ").split()
            if not all(any(w.lower().startswith(f) for f in cues["former"]) for w in words):
                continue
            surface = text[hit.start:hit.end]
            if kind in ("adjective", "demonym") or between.strip() == "-" or surface.endswith(
                    ("s", "'", "’")) or text[hit.end:hit.end + 2] in ("'s", "’s"):
                return _country(kb, eid), hit.start
            continue
        if rn.start <= hit.start and hit.end <= rn.end:
            return _country(kb, eid), rn.start
        if hit.start >= rn.end and kind == "name":
            # after the noun only as a genitive ("Präsident Russlands", "des Iran") or with
            # "von"/"of": in "der Präsident Russland besucht" the state is the verb's object
            gap = re.fullmatch(r"\s+((?:der|des|von|of|of the)\s+)?", text[rn.end:hit.start])
            surface = text[hit.start:hit.end]
            if cues["names_capitalized"] and _CAP_AFTER.match(text, hit.end):
                continue  # "president of U.S. Trust": the state starts a longer name
            if gap and (gap.group(1) or surface.endswith(("s", "'", "’"))):
                return _country(kb, eid), rn.start
    return None, rn.start


def _is_former(doc: _Doc, rn: RoleNoun, start: int, cues: dict) -> bool:
    before = doc.text[max(0, start - 40):start].split()[-2:]
    prefix = re.search(r"(\w+)-$", doc.text[max(0, rn.start - 12):rn.start])  # "Ex-Präsident"
    if prefix:
        before.append(prefix.group(1))
    return any(w.lower().startswith(f) for w in before for f in cues["former"] if f)


def _incoming(doc: _Doc, rn: RoleNoun, start: int, scope: str, cues: dict) -> str | None:
    """After "der neue"/"the new", the person named before who takes the office only after
    the article's date ("der neue polnische Präsident" between election and inauguration)."""
    if not doc.date or not cues["new"]:
        return None
    before = doc.text[max(0, start - 40):start].split()[-2:]
    if not any(w.lower() in cues["new"] for w in before):
        return None
    best, best_pos = None, -1
    for k in doc.mentions:
        if k[0] != "kb":
            continue
        pos = doc.last_before(k, rn.start)
        if pos <= best_pos:
            continue
        ent = doc.kb.get(k[1])
        if ent is None or ent.type != "PER" or (rn.gender and ent.gender not in (rn.gender, None)):
            continue
        if any(r.key == rn.key and scope in (r.country, r.org) and r.bounds()[0] > doc.date
               for r in ent.roles):
            best, best_pos = k[1], pos
    return best


def _name_follows(doc: _Doc, pos: int, per_starts: set[int]) -> Name | None:
    """A person named right after `pos`: a tagged name (`per_starts`: where the person
    names start) or a KB person's mention; only where it starts matters."""
    text = doc.text
    m = re.match(r"\s+", text[pos:pos + 3])
    nxt = pos + (m.end() if m else 0)
    if nxt in per_starts:
        return Name(nxt, nxt, "PER")
    for key in doc.keys_at.get(nxt, ()):
        if key[0] == "kb" and _etype(doc.kb, key[1]) == "PER":
            return Name(nxt, nxt, "PER")
    return None


_NAME_CLASSES = frozenset({"FIRST", "VORN", "LAST", "NACHN", "PER"})
_CAP_RUN = re.compile(r"\s+((?:[A-ZÄÖÜ][\w'’-]*)(?:\s+[A-ZÄÖÜ][\w'’-]*){0,3})")


def _cue_name(doc: _Doc, pos: int, names: list[Name], cues: dict) -> Name | None:
    """A run of capitalized words right after a role noun is a person's name
    ("vom neuen Premierminister Keir Starmer") even when the tagger missed it."""
    m = _CAP_RUN.match(doc.text, pos)
    if not m:
        return None
    words = m.group(1).split()
    kept = []
    offset = m.start(1)
    for w in words:
        if w in cues["not_names"] or doc.overlaps_taken(offset, offset + len(w)):
            break
        kept.append(w)
        offset += len(w) + 1
    if not kept:
        return None
    if len(kept) == 1:
        classes = set(word_table(doc.lang).get(kept[0].lower(), ()))
        if "NOUN" in classes and not classes & _NAME_CLASSES:
            return None  # "dem Bundestagspräsidenten Auskunft geben": a noun, no name
    start = m.start(1)
    end = start + len(" ".join(kept))
    if doc.text[start:end] != " ".join(kept):
        return None
    if any(n.start < end and start < n.end for n in names):
        return None
    name = Name(start, end, "PER")
    names.append(name)
    return name


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"„“”«»–—!?]|\.\s")


def _apposition(doc: _Doc, rn: RoleNoun, start: int, per_names: dict[int, int],
                cues: dict) -> tuple | None:
    """The person a role noun stands in apposition to ("Lena Marek, the country's
    foreign minister", "X, Vorsitzender der GdP"): a KB person's key, or ("name", start) of
    a tagged person name. Not a possessive noun ("Smith, the president's aide")."""
    text = doc.text
    if text.startswith(("'s", "’s"), rn.end):
        return None
    m = cues["appos_rx"].search(text, max(0, start - 12), start)
    if m is None:
        return None
    end = m.start(1) + 1
    for key in doc.keys_at.get(_mention_start_ending(doc, end), ()):
        if key[0] == "kb" and _etype(doc.kb, key[1]) == "PER":
            return key
    if end in per_names:
        return ("name", per_names[end])
    return None


def _mention_start_ending(doc: _Doc, end: int) -> int:
    """The start of a KB mention that ends at `end` (-1 if none)."""
    for s in range(end - 1, max(-1, end - 60), -1):
        for key in doc.keys_at.get(s, ()):
            if (s, end) in doc.mentions[key]:
                return s
    return -1


def _clause_mate(doc: _Doc, key: tuple, last: int, start: int, cues: dict) -> bool:
    """Is the entity's last mention (at `last`) in the role noun's clause, a few words before
    it with no punctuation between ("Marek briefed the foreign minister")? Then the noun is
    another participant; not after "as"/"als" ("Marek as foreign minister")."""
    if start - last > 120:
        return False
    end = next((e for s, e in doc.mentions[key] if s == last), last)
    between = doc.text[end:start]
    words = between.split()
    if not words or len(words) > 5 or _CLAUSE_BREAK.search(between) \
            or words[-1].lower() in cues["role_as"]:
        return False  # far apart, or the noun describes the entity itself
    return not (len(words) == 1 and words[0].lower() in cues["articles_all"])


def _title_key(doc: _Doc, rn: RoleNoun, country: str | None) -> tuple | None:
    """What makes a role phrase one title: its role key with the body before the hyphen
    ("GdP-Vorsitzende") or the state or body it belongs to; None for a bare noun ("der
    Vorsitzende" may be anyone's chair)."""
    prefix = _prev_word(doc.text, rn.start).rstrip("-").lower() if (
        rn.start and doc.text[rn.start - 1] == "-") else None
    if not prefix and not country:
        return None
    return (prefix, rn.key, country, rn.gender)


def _prefix_start(text: str, rn: RoleNoun) -> int:
    """Where a hyphenated prefix of the noun starts ("GdP-" of "GdP-Vorsitzende")."""
    if rn.start and text[rn.start - 1] == "-":
        return rn.start - len(_prev_word(text, rn.start))
    return rn.start


def _is_person(doc: _Doc, key: tuple) -> bool:
    if key[0] == "kb":
        return _etype(doc.kb, key[1]) == "PER"
    return doc.unknown[key[1]]["type"] == "PER"


def _link_titles(doc: _Doc) -> None:
    """A title alone ("der GdP-Vorsitzende"), not linked otherwise, names the person the
    text gives that same title before a name anywhere ("GdP-Vorsitzender Konrad Freiberg")."""
    for title, start, end in doc.untitled:
        at = doc.titles.get(title)
        if at is None or any(
                _is_person(doc, k) for s in range(start, end) for k in doc.keys_at.get(s, ())):
            continue  # linked already (to the holder the KB knows)
        person = next((k for k in doc.keys_at.get(at, ()) if _is_person(doc, k)), None)
        if person is not None:
            doc.add(person, start, end)


def _link_roles(doc: _Doc, chosen, names: list[Name], cues: dict, past: dict) -> dict[int, str]:
    """Add role-noun mentions; return {name start: country} for names a role noun precedes."""
    kb, date = doc.kb, doc.date
    name_country: dict[int, str] = {}
    # _role_country looks at most 30 characters before a role noun: offer it the hits near
    # one (in their original order), not every hit of the article
    order = sorted(range(len(chosen)), key=lambda i: chosen[i][0].start)
    starts = [chosen[i][0].start for i in order]

    def near(rn: RoleNoun) -> list:
        lo = bisect_left(starts, rn.start - _NEAR_CHARS)
        hi = bisect_right(starts, _GAP_AFTER.match(doc.text, rn.end).end())  # "Präsident (von) X"
        return [chosen[i] for i in sorted(order[lo:hi])]

    def after(rn: RoleNoun) -> list:
        lo, hi = bisect_left(starts, rn.end), bisect_right(starts, rn.end + 80)
        return [chosen[i] for i in order[lo:hi]]

    per_starts = {n.start for n in names if n.type == "PER"}
    per_names = {n.end: n.start for n in names if n.type == "PER"}
    nouns = role_matcher(doc.lang).find(doc.text)
    noun_starts = {r.start for r in nouns}
    others = _Others(doc, per_starts, noun_starts)
    for rn in nouns:
        if doc.inside_taken(rn.start, rn.end):
            # a role noun inside a linked name ("Präsident-Kennedy-Platz"); a title inside a
            # person's name ("Papst Johannes Paul II.") is the role the text gives him
            outer = next((s for s, e in doc.taken if s <= rn.start and rn.end <= e), None)
            if outer is not None and outer == rn.start:
                doc.stated.setdefault(outer, (rn.key, None))
            continue
        country, start = _role_country(doc, rn, near(rn), cues)
        if country and _several_states_after(doc, rn, after(rn), noun_starts):
            continue  # "die Außenminister der USA, Frankreichs und Chinas": several people
        former = _is_former(doc, rn, start, cues)
        # "der stellvertretende SPD-Vorsitzende", "Vize-Präsident": not the chair, not the president
        deputy = _prev_word(doc.text, start).lower().startswith(cues["deputy"] or ("\0",))
        follower = _name_follows(doc, rn.end, per_starts)
        if follower is None:
            follower = _cue_name(doc, rn.end, names, cues)
            if follower is not None:
                per_starts.add(follower.start)
        title = _title_key(doc, rn, country)
        if follower is not None:
            if country and _STATE_CODE.fullmatch(country):
                name_country[follower.start] = country
            if not former and not deputy:
                doc.stated[follower.start] = (rn.key, country)
                if title:
                    doc.titles.setdefault(title, follower.start)
            continue
        if deputy:
            continue
        if rn.plural or _prev_word(doc.text, start).lower() in cues["indefinite"]:
            continue  # "der erste Besuch eines libanesischen Präsidenten": any holder, no one
        if doc.text[rn.end:rn.end + 1] == "-" or _office_itself(doc.text, start, cues):
            continue  # "US-Präsidenten-Wahl", "das Amt des Präsidenten": the office, no one
        appos = _apposition(doc, rn, start, per_names, cues)
        if appos is not None:  # "Ivo Nemec, chair of …": that person, no one else
            if appos[0] == "kb":
                doc.add(appos, start, rn.end)
            else:
                doc.appositions.append((appos[1], start, rn.end))
            continue
        if title and not former:  # taken by `_link_titles` if nothing else links it
            doc.untitled.append((title, min(start, _prefix_start(doc.text, rn)), rn.end))
        if rn.bound and not country:
            continue  # "der Chef": of what, the text does not say here
        if not country and _named_body(doc, rn, start, cues):
            continue
        target = None
        if country and not former:
            target = _incoming(doc, rn, start, country, cues) or _holder(
                kb, rn, country, date, doc, _wanted_gender(doc, rn, cues, others), past)
        elif country and former:
            target = _former_holder(kb, rn, country, date, _wanted_gender(doc, rn, cues, others), past)
        else:
            current = bool(cues["current"]) and any(
                w.lower().startswith(cues["current"]) for w in doc.text[max(0, start - 40):start].split()[-2:])
            target = _last_holder(doc, rn, former, not current, start, cues)
            if (target is None and rn.scope and not _other_scope_named(doc, rn)
                    and not _OWNER_AFTER.match(doc.text, rn.end)):
                # "der Bundeskanzler": Germany's; not "Kanzler des Herzogtums Lancaster"
                want = _wanted_gender(doc, rn, cues, others)
                target = _former_holder(kb, rn, rn.scope[0], date, want, past) if former else \
                    _holder(kb, rn, rn.scope[0], date, None, want, past)
        if target:
            doc.add(("kb", target), start, rn.end)
    return name_country


_STATE_CODE = re.compile(r"[A-Z]{3}")
_CAP_BEFORE = re.compile(r"([A-Z][\w.&'-]*)\s+$")
_OWNER_AFTER = re.compile(r"\s+(?:der|des|von|vom|of)\s")
_CAP_AFTER = re.compile(r"(?:'s|’s)? [A-Z][a-z]")
_OF_CAP = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z]")


_TO_NOUN = re.compile(r"(?:'s|’s)?[\s-]+")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|und\s+)?|\s+(?:und|and|sowie)\s+")


def _several_states_after(doc: _Doc, rn: RoleNoun, hits: list, noun_starts: set[int]) -> bool:
    """Two or more states listed right after the noun ("… der USA, Frankreichs und Chinas",
    "… of Russia and China"): the noun names one holder per state. Not where the second
    state opens the next role phrase ("the president of France and Germany's chancellor")."""
    kb, text = doc.kb, doc.text
    states = sorted((h.start, h.end) for h, eid, _ in hits
                    if h.start >= rn.end and _etype(kb, eid) in _STATE_TYPES)
    if len(states) < 2 or not _GAP_AFTER.fullmatch(text, rn.end, states[0][0]):
        return False
    if not _LIST_GAP.fullmatch(text, states[0][1], states[1][0]):
        return False
    m = _TO_NOUN.match(text, states[1][1])
    return not (m and m.end() in noun_starts)


def _office_itself(text: str, start: int, cues: dict) -> bool:
    """The role noun after "das Amt des", "the office of": it names the office, no holder."""
    words = text[max(0, start - 40):start].split()[-3:]
    words = [w.lower().strip(",;:") for w in words]
    if words and words[-1] in cues["articles"]:
        words = words[:-1]
    return len(words) >= 2 and words[-1] in cues["genitive_link"] and words[-2] in cues["office_words"]


def _named_body(doc: _Doc, rn: RoleNoun, start: int, cues: dict) -> bool:
    """The role noun names the office of a body the KB does not know, whose name stands right
    before it ("Bundesbank-Präsident", "National Assembly president") or, where only names
    are capitalized, after "of"/"for" ("president of Brown University", "Secretary of State
    for Health"): no state's holder."""
    text = doc.text
    if start == rn.start and rn.start and text[rn.start - 1] == "-":
        prefix = _prev_word(text, rn.start).rstrip("-").lower()
        if prefix and not any(prefix.startswith(f) for f in cues["former"] if f):
            return True
    if not cues["names_capitalized"]:
        return False
    if _OF_CAP.match(text, rn.end):
        return True
    m = _CAP_BEFORE.search(text, max(0, start - 40), start)
    if not m or m.group(1) in cues["not_names"] or doc.keys_at.get(m.start(1)):
        return False
    before = text[max(0, m.start(1) - 3):m.start(1)].strip()
    return bool(before) and before[-1] not in ".!?:\"“”'(" and not doc.overlaps_taken(m.start(1), m.end(1))


def _other_scope_named(doc: _Doc, rn: RoleNoun) -> bool:
    """Does the text name a state of the noun's scope other than the default one (Austria or
    Switzerland for "Bundespräsident")? Then the noun alone says not whose office it is."""
    others = set(rn.scope[1:])
    return bool(others) and any(
        k[0] == "kb" and _etype(doc.kb, k[1]) in _STATE_TYPES and _country(doc.kb, k[1]) in others
        for k in doc.mentions)


def _office_fits(rn: RoleNoun, title: str | None) -> bool:
    """A noun naming a kind of office ("König") fits a title naming no other kind."""
    if rn.office is None:
        return True
    got = office_of(title)
    return got is None or got == rn.office


def _fits_office(kb, eid: str, rn: RoleNoun, scope: str) -> bool:
    ent = kb.get(eid)
    return ent is not None and any(
        r.key == rn.key and scope in (r.country, r.org) and _office_fits(rn, r.title)
        for r in ent.roles)


def _holder(kb, rn: RoleNoun, scope: str, date: str | None, doc: _Doc | None = None,
            want: str | None = None, past: dict | None = None) -> str | None:
    """Who holds the office the noun names in `scope` (a state's alpha-3 or a body's id) at
    `date`: a holder of the noun's role key whose title fits the kind of office it names;
    failing that, a holder of another key whose title names exactly that office (Iran's
    President is not its head of state). Of several holders at once (a party's two chairs),
    a bound noun ("SPD-Chef") names the one mentioned last before it, or none. `want`: the
    gender the text gives the holder (`_wanted_gender`): a holder of the other gender only
    where the noun itself is not feminine and no one of that gender left the office shortly
    before (`_recent_holder`: "die Kanzlerin" a week after a man took over is the woman)."""
    try:
        holders = kb.holders(rn.key, scope, date)
    except ValueError:
        return None
    fitting = [h.id for h in holders if any(
        r.key == rn.key and scope in (r.country, r.org) and _office_fits(rn, r.title)
        for r in kb.roles_at(h.id, date))]
    if want:
        same = [e for e in fitting if _gender(kb, e) in (want, None)]
        if not same or all(_gender(kb, e) is None for e in same):
            recent = _recent_holder(kb, rn, scope, date, want, past)
            if recent:
                return recent
        if same or rn.gender:
            fitting = same
    if rn.bound and len(fitting) > 1:
        if doc is None:
            return None
        last = [(doc.last_before(("kb", e), rn.start), e) for e in fitting]
        pos, eid = max(last)
        return eid if pos >= 0 else None
    if fitting:
        return fitting[0]
    if rn.office is None:
        return None
    for key in ("head_of_state", "head_of_government", "secretary_general"):
        if key == rn.key:
            continue
        for h in kb.holders(key, scope, date):
            if rn.gender and h.gender not in (rn.gender, None):
                continue
            if any(r.key == key and scope in (r.country, r.org) and office_of(r.title) == rn.office
                   for r in kb.roles_at(h.id, date)):
                return h.id
    return None


def _former_holder(kb, rn: RoleNoun, scope: str, date: str | None, want: str | None,
                   past: dict) -> str | None:
    """The last holder of the office who left it by `date` ("der frühere Kanzler"); of the
    gender wanted, if one was ("die frühere Kanzlerin": the last woman in that office)."""
    ended = [(end, eid) for end, eid in past.get((rn.key, scope), ())
             if not date or end[:len(date)] <= date]
    ended = [x for x in ended if _fits_office(kb, x[1], rn, scope)]
    if want:
        ended = [x for x in ended if _gender(kb, x[1]) == want] or ([] if rn.gender else ended)
    return max(ended)[1] if ended else None


def _gender(kb, eid: str) -> str | None:
    e = kb.get(eid)
    return e.gender if e is not None else None


_RECENT_DAYS = 90  # how long after leaving an office a woman is still "die Kanzlerin" in news


def _recent_holder(kb, rn: RoleNoun, scope: str, date: str | None, want: str,
                   past: dict | None) -> str | None:
    """The last holder of `want` gender whose term ended at most _RECENT_DAYS before `date`."""
    if not date or not past:
        return None
    from chronik.kb.model import period

    lo, hi = period(date)
    floor = (_dt.date.fromisoformat(lo) - _dt.timedelta(days=_RECENT_DAYS)).isoformat()
    ended = [(period(end)[0], eid) for end, eid in past.get((rn.key, scope), ())
             if floor <= period(end)[0] < hi and _gender(kb, eid) == want
             and _fits_office(kb, eid, rn, scope)]
    return max(ended)[1] if ended else None


class _Others:
    """Sorted starts of person names and role nouns: what stands between a role noun and a
    pronoun (built once per article, when a noun first asks)."""

    def __init__(self, doc: _Doc, per_starts: set[int], noun_starts: set[int]) -> None:
        self.doc, self.per, self.nouns = doc, per_starts, noun_starts
        self._starts: list[int] | None = None

    def first_after(self, pos: int) -> int:
        if self._starts is None:
            kb = self.doc.kb
            kb_per = {s for key, spans in self.doc.mentions.items()
                      if key[0] == "kb" and _etype(kb, key[1]) == "PER" for s, _ in spans}
            self._starts = sorted(self.per | self.nouns | kb_per)
        i = bisect_right(self._starts, pos)
        return self._starts[i] if i < len(self._starts) else len(self.doc.text)


_SENT_END = re.compile(r"[.!?][\"'“”»«]?\s")


def _wanted_gender(doc: _Doc, rn: RoleNoun, cues: dict, others: _Others) -> str | None:
    """The gender of the person a role noun names: the noun's own ("Kanzlerin"), else that
    of the first personal pronoun after it ("the chancellor … she"), within that sentence or
    the next and with no other person or role noun between, else its form's ("der Kanzler")."""
    if rn.gender:
        return rn.gender
    rx = cues["pronoun_rx"]
    if rx is None:
        return rn.form
    text = doc.text
    m = rx.search(text, rn.end, min(len(text), rn.end + 300))
    if m is None or others.first_after(rn.start) < m.start():
        return rn.form
    if len(_SENT_END.findall(text, rn.end, m.start())) > 1:
        return rn.form
    return cues["pronoun_gender"].get(m.group(1).lower()) or rn.form


def _titled(doc: _Doc, key: tuple, role_key: str, pos: int) -> bool:
    """Did the text name the entity with a role noun of `role_key` before `pos` ("Papst
    Johannes Paul II. … der Papst")? Then the bare noun may be him though he held the office
    only before the article's date."""
    return any(s < pos and doc.stated.get(s, ("",))[0] == role_key for s, _ in doc.mentions[key])


def _last_holder(doc: _Doc, rn: RoleNoun, former: bool, titled: bool = True,
                 start: int | None = None, cues: dict | None = None) -> str | None:
    """The entity mentioned last before the noun that holds (or held) its role: of its
    kind of office and, for a noun with a scope ("Bundeskanzler"), in that scope (a past
    holder only when the text gave him the title, `_titled`); no man for a feminine noun
    ("die Präsidentin"). Not `titled` after "der amtierende": the holder at the date."""
    pos, key = rn.start, rn.key
    best, best_pos = None, -1
    for k in doc.mentions:
        if k[0] != "kb":
            continue
        last = doc.last_before(k, pos)
        if last < 0 or last <= best_pos:
            continue
        ent = doc.kb.get(k[1])
        if ent is None or ent.type != "PER" or (rn.gender and ent.gender not in (rn.gender, None)):
            continue
        if start is not None and cues is not None and _clause_mate(doc, k, last, start, cues):
            continue  # "Marek briefed the foreign minister": someone else
        roles = ent.roles if former or (titled and _titled(doc, k, key, pos)) \
            else doc.kb.roles_at(k[1], doc.date)
        if any(r.key == key and _office_fits(rn, r.title)
               and (not rn.scope or r.country in rn.scope or r.org in rn.scope) for r in roles):
            best, best_pos = k[1], last
    return best


# -- step 4: unknown names ------------------------------------------------------------------
def _loose(words: list[str], endings: tuple[str, ...]) -> str:
    """Words without inflection endings: "Deutschen Bank" and "Deutsche Bank" agree."""
    out = []
    for w in words:
        w = w.lower()
        for e in endings:
            if len(w) > len(e) + 3 and w.endswith(e):
                w = w[: -len(e)]
                break
        out.append(w)
    return " ".join(out)


_FIRST_WORD = re.compile(r"(\S+)\s+")


def _starts_name(surface: str) -> bool:
    c = surface[:1]
    return c.isupper() or (c.isalpha() and c.lower() == c.upper())  # caseless scripts too


def _place_of_adjective(kb, word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    """The KB place a place adjective names ("Bremer" → Bremen), by `place_adjective_endings`."""
    for adj, base in endings:
        if word.endswith(adj) and len(word) > len(adj) + 2:
            place = next((e.id for e in kb.find(word[: -len(adj)] + base) if e.type == "LOC"), None)
            if place:
                return place
    return None


_NAME_CLASSES_ANY = frozenset({"FIRST", "VORN", "LAST", "NACHN", "PER", "LOC", "ORG", "CITY", "TOPO",
                               "EIGEN", "DEM"})


def _common_noun(lang: str, word: str) -> bool:
    """One word that the language's word list has as a noun and never as a name of any kind
    (a person, place, firm), written as a noun is (not all capitals)."""
    if " " in word or "-" in word or not word[1:].islower():
        return False  # "BaFin", "NATO": written as a name
    classes = word_table(lang).get(word.lower())
    return bool(classes) and "NOUN" in classes and _NAME_CLASSES_ANY.isdisjoint(classes)


def _link_unknown(doc: _Doc, names: list[Name], name_country: dict[int, str], cues: dict) -> None:
    text = doc.text
    groups: list[dict] = []  # {"type", "words", "key", "loose", "spans", "country", "surfaces"}
    for n in sorted(names, key=lambda n: n.start):
        start, end = n.start, n.end
        # leading function words the tagger swept in
        while True:
            m = _FIRST_WORD.match(text, start, end)
            if m and m.group(1) in cues["not_names"]:
                start = m.end()
                continue
            if m and m.group(1) in cues["descriptors"]:
                # "Vertreter der jemenitischen Armee": the people who speak for a body are
                # not its name; the body after the genitive article is
                g = _FIRST_WORD.match(text, m.end(), end)
                if g and g.group(1) in cues["genitive_articles"]:
                    start = g.end()
                    n = Name(start, end, "ORG") if n.type == "PER" else n
                    continue
            break
        surface = text[start:end]
        if not _starts_name(surface) or surface in cues["not_names"] or len(surface) < 2:
            continue
        if doc.overlaps_taken(start, end):
            continue
        if n.type == "PER" and _common_noun(doc.lang, surface):
            continue  # "Benzin", "Schöffen": the tagger's person is a word of the language
        if n.type == "LOC" and cues["place_adjectives"]:
            place = _place_of_adjective(doc.kb, surface, cues["place_adjectives"])
            if place:  # "Berliner": a mention of Berlin, as "russische" is one of Russia
                doc.add(("kb", place), start, end)
                continue
        if n.type != "PER" and " " not in surface and doc.taken_follows(end):
            continue  # a descriptor before a known name: "die Terrormiliz al-Shabaab"
        key = name_key(surface)
        if not key:  # a script the key function cannot fold: keep the surface itself
            key = surface.casefold()
        words = surface.split()
        loose = _loose(words, cues["endings"])
        group = None
        for g in groups:
            if (g["type"] == "ORG" and len(g["words"]) > len(words)
                    and g["words"][-1].rstrip(".") in cues["legal_forms"]
                    and g["words"][:-1] == words):
                group = g  # "Norton Co" … "Norton": the firm without its legal form
                break
            if g["type"] != n.type:
                continue
            if g["key"] == key or (n.type != "PER" and g["loose"] == loose):
                group = g
                break
            if n.type == "PER":
                gw = g["words"]
                if (len(words) == 1 and (words[0] in (gw[0], gw[-1]) or words[0].rstrip("s") in (gw[0], gw[-1]))
                        and len(gw) > 1) or (len(gw) == 1 and gw[0] in (words[0], words[-1])):
                    group = g
                    break
        if group is None:
            # the tagger may give one name two types in one article ("Verdi" ORG, then PER):
            # the same name is the same entity, of the type it was given first
            group = next((g for g in groups if g["key"] == key), None)
        if group is None:
            group = {"type": n.type, "words": words, "key": key, "loose": loose, "spans": [],
                     "country": None}
            groups.append(group)
        elif n.type == "PER" and len(words) > len(group["words"]):
            group["words"], group["key"] = words, key  # the full name names the person
        elif n.type != "PER" and len(surface) < len(" ".join(group["words"])):
            group["words"], group["key"] = words, key  # the uninflected variant is shortest
        group["spans"].append((start, end))
        if n.start in name_country and not group["country"]:
            group["country"] = name_country[n.start]
    groups = doc.unknown + groups  # the abbreviations' groups came first (see link_entities)
    doc.unknown = []
    for i, g in enumerate(groups):
        doc.unknown.append(g)
        for s, e in g["spans"]:
            doc.add(("new", i), s, e)


# -- step 4b: defined abbreviations ----------------------------------------------------------
def _abbreviations(doc: _Doc, hits: list[Hit], names: list[Name],
                   cues: dict) -> tuple[list[Hit], list[dict]]:
    """"Long Name (ABBR)" (abbrev.find_abbreviations): both name one entity, and so does
    ABBR alone anywhere in the text. The KB entity of either side, if the KB knows one
    (gazetteer hits are added for the other side), else one unknown entity, returned as
    groups in `_link_unknown`'s form. KB hits inside an unknown long name are dropped ("National
    Front" inside "National Front for Democracy (NFD)"). Not after a person's name: "(SPD)"
    after a politician is a party."""
    text = doc.text
    defs = find_abbreviations(text, cues["not_names"], not cues["names_capitalized"])
    if not defs:
        return hits, []
    groups: list[dict] = []
    for d in defs:
        ls, le, abbr = d.start, d.end, d.abbr(text)
        inside = [h for h in hits if h.start < le and ls < h.end]
        if any(h.start < ls or h.end > le for h in inside):
            continue  # a known name runs across the long name's edge
        if any(n.type == "PER" and n.end == le for n in names) or any(
                _etype(doc.kb, e) == "PER" for h in inside for e, _ in h.readings):
            continue
        exact = [(e, k) for h in inside if (h.start, h.end) == (ls, le) for e, k in h.readings
                 if k == "name"]
        short = [(e, k) for h in hits if (h.start, h.end) == (d.abbr_start, d.abbr_end)
                 for e, k in h.readings if k == "name"]
        if exact and short:
            continue  # the KB knows both (the same entity, or the text says otherwise)
        taken = [(h.start, h.end) for h in hits if not (ls <= h.start and h.end <= le)]
        free = [(s, e) for s, e in occurrences(text, abbr) if not _overlaps(taken, s, e)]
        if exact or short:
            extra = [Hit(s, e, tuple(exact)) for s, e in free] if exact else [Hit(ls, le, tuple(short))]
            hits = sorted([h for h in hits if h not in inside or exact] + extra,
                          key=lambda h: (h.start, -h.end))
            continue
        surface = text[ls:le]
        typ = next((n.type for n in names if (n.start, n.end) == (ls, le)), None)
        if typ is None and " " not in surface and "-" not in surface:
            continue  # one word the tagger takes for no name: "Bruttoinlandsprodukt (BIP)"
        hits = [h for h in hits if h not in inside]
        typ = "ORG"  # what gets an abbreviation is an organization far more often than a place
        spans = sorted({*free, *occurrences(text, surface)})
        groups.append({"type": typ, "words": surface.split(), "key": name_key(surface) or surface.casefold(),
                       "loose": _loose(surface.split(), cues["endings"]), "spans": spans,
                       "country": None, "long": (ls, le)})
    return hits, groups


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# -- step 5: pronouns in the lead -----------------------------------------------------------
def _link_pronouns(doc: _Doc, sentences: tuple[Span, ...], cues: dict) -> None:
    if not cues["pronouns"]:
        return
    for i in range(1, min(len(sentences), cues["lead"])):
        sent = sentences[i]
        first = sent.text.split(None, 1)[0] if sent.text.split() else ""
        if first not in cues["pronouns"]:
            continue
        prev = sentences[i - 1]
        persons = set()
        for key, spans in doc.mentions.items():
            is_per = (key[0] == "kb" and _etype(doc.kb, key[1]) == "PER") or (
                key[0] == "new" and doc.unknown[key[1]]["type"] == "PER")
            if is_per and any(prev.start <= s < prev.end for s, _ in spans):
                persons.add(key)
        if len(persons) == 1:
            key = persons.pop()
            said = cues["pronoun_gender"].get(first.lower())
            if said and key[0] == "kb" and _gender(doc.kb, key[1]) not in (said, None):
                continue  # "She …" after a sentence about one man: someone else
            doc.add(key, sent.start, sent.start + len(first))


# -- assembly -------------------------------------------------------------------------------
def _valid_date(date: str | None) -> str | None:
    """The date if the KB can compare it (YYYY, YYYY-MM, YYYY-MM-DD), else None."""
    if not date:
        return None
    from chronik.kb.model import period

    try:
        period(date)
    except ValueError:
        return None
    return date


def link_entities(analysis: Analysis, kb) -> tuple[Entity, ...]:
    art = analysis.article
    text = art.text
    if not text:
        return ()
    lang = (art.lang or "de").split("-")[0].lower()
    date = _valid_date(art.date_refined) or _valid_date(art.date)
    sentences = analysis.sentences or split_sentences(text, lang)
    cues = _cue_sets(lang)
    doc = _Doc(text, lang, date, kb)
    gz = gazetteer_for(kb, lang)
    heads, past = _indexes(kb, lang, gz)
    hits = gz.scan(text)
    known = [(h.start, h.end) for h in hits if h.kinds != {"short"}]
    all_names = find_names(text, sentences, lang, known)
    defined: list[dict] = []
    if "(" in text:
        hits, defined = _abbreviations(doc, hits, all_names, cues)
    chosen = _link_hits(doc, hits, cues, all_names)
    _link_surnames(doc, chosen, all_names)
    _state_orgs(doc, chosen, heads, cues)
    for g in defined:  # an unknown long name and its abbreviation: one entity, first of all
        spans = [se for se in g["spans"] if not doc.overlaps_taken(*se)]
        if len(spans) > 1 or g["long"] in spans:
            g["spans"] = spans
            doc.unknown.append(g)
            doc.taken.extend(spans)
    names = [n for n in all_names if not doc.overlaps_taken(n.start, n.end)]
    name_country = _link_roles(doc, chosen, names, cues, past)
    _link_unknown(doc, names, name_country, cues)
    if doc.untitled and doc.titles:
        _link_titles(doc)
    for at, s, e in doc.appositions:
        person = next((k for k in doc.keys_at.get(at, ()) if _is_person(doc, k)), None)
        if person is not None:
            doc.add(person, s, e)
    _link_pronouns(doc, sentences, cues)
    return _assemble(doc, cues["ordinal_dot"])


_REGNAL_END = re.compile(r"(?<![\w.])[IVXLC]+$")


def _with_ordinal_dot(text: str, start: int, end: int) -> int:
    """The end of a name whose last word is a regnal numeral written with its ordinal dot
    ("Elisabeth II.", "Benedikt XVI."): the dot belongs to the name, not to the sentence."""
    if end < len(text) and text[end] == "." and _REGNAL_END.search(text, start, end):
        return end + 1
    return end


def _stated_role(doc: _Doc, key: tuple, bounds: list[tuple[int, int]]):
    """The entity's role at the date that a role noun before one of its mentions names."""
    for s, _ in bounds:
        stated = doc.stated.get(s)
        if stated is None:
            continue
        rkey, scope = stated
        for r in doc.kb.roles_at(key[1], doc.date):
            if r.key == rkey and (scope is None or scope in (r.country, r.org)):
                return r
    return None


def _assemble(doc: _Doc, ordinal_dot: bool = False) -> tuple[Entity, ...]:
    kb, text = doc.kb, doc.text
    order = sorted(doc.mentions, key=lambda k: min(doc.mentions[k]))
    out = []
    for i, key in enumerate(order, 1):
        bounds = sorted(set(doc.mentions[key]))
        if ordinal_dot:
            bounds = [(s, _with_ordinal_dot(text, s, e)) for s, e in bounds]
        spans = tuple(Span.of(text, s, e) for s, e in bounds)
        if key[0] == "kb":
            ent = kb.get(key[1])
            try:
                role = _stated_role(doc, key, bounds) or kb.role_at(key[1], doc.date)
            except ValueError:
                role = None
            out.append(Entity(f"e{i}", ent.name, ent.type, spans, ent.country, ent.id,
                              role.title if role else None, name_key(ent.name)))
        else:
            g = doc.unknown[key[1]]
            name = " ".join(g["words"])
            if ordinal_dot and spans[0].text.endswith(".") and _REGNAL_END.search(name):
                name += "."
            out.append(Entity(f"e{i}", name, g["type"], spans, g["country"], None, None,
                              g["key"]))
    return tuple(out)
