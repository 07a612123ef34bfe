"""Tokens and noun phrases of one sentence: who a speaker or source can be.

No parser: a noun phrase is a run of determiners, adjectives (before a capitalized noun),
capitalized nouns and names, genitive attributes and a few linking prepositions ("Präsident
von Frankreich"); English (where nouns are lower case) takes any word outside the closed
classes. The closed classes come from the language's `quote_cues.yaml`.
"""

from __future__ import annotations

import itertools
import re

from chronik.analysis.quotes.lexicon import Lexicon

APPOSITION_IN_SPEAKER = True  # "X, der Sprecher der Y, sagte": the apposition is the speaker's
VERB_SKIPS_CLOSED = True  # "Auf X und den derzeit Y blickt der Analyst": adverbs and "und" are no verb
_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S" (its last stop is a token of its own)
TOKEN = re.compile(r"\w+(?:[-'’:*_.]\w+)*|[^\w\s]")
ADJ_END = ("e", "en", "er", "es", "em")
OPENERS = frozenset("„“\"»«‚‘›‹")


def _name_like(word: str) -> bool:
    """A lower-case word that is still a name: "al-Dschasira", "t-online.de"."""
    if "." in word[1:-1] and word[:1].isalpha():
        return True
    head, _, tail = word.partition("-")
    return bool(tail) and head.isalpha() and tail[:1].isupper()


class Tok:
    """A token of a sentence: offsets, text, lower-cased text, inside a direct quote or not."""

    __slots__ = ("start", "end", "text", "low", "quoted", "cap")

    def __init__(self, start: int, end: int, text: str, low: str, quoted: bool) -> None:
        self.start, self.end, self.text, self.low, self.quoted = start, end, text, low, quoted
        self.cap = text[:1].isupper()


def tokenize(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> list[Tok]:
    """Word and punctuation tokens of text[start:end]; `quoted` marks those inside `quotes`."""
    if not quotes:
        return [Tok(m.start(), m.end(), w, w.lower(), False)
                for m in TOKEN.finditer(text, start, end) for w in (m.group(),)]
    toks = []
    qi, nq = 0, len(quotes)
    for m in TOKEN.finditer(text, start, end):
        s = m.start()
        while qi < nq and quotes[qi][1] <= s:
            qi += 1
        w = m.group()
        toks.append(Tok(s, m.end(), w, w.lower(), qi < nq and quotes[qi][0] <= s))
    return toks


class NounPhrases:
    """Noun-phrase finders over `Tok` lists, driven by one lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.lower_nouns = lex.lowercase_nouns
        self.skip_after = lex.adverbs | lex.reflexives
        self.role_suffixes = tuple(lex.role_nouns)
        self.verb_suffixes = lex.verb_suffixes
        self._animate: list[tuple[int, int]] = []
        self.genitive = lex.genitive_determiners
        self.np_stop = (lex.prepositions | lex.conjunctions | lex.cue_words | lex.adverbs
                        | lex.complementizers | lex.particles | lex.subjunctive
                        | lex.auxiliaries) - lex.determiners
        self.lead_stop = (lex.prepositions | lex.conjunctions | lex.adverbs
                          | lex.complementizers) - lex.determiners - lex.cue_words

    def np_forward(self, toks: list[Tok], j: int, limit: int) -> tuple[int, int] | None:
        """Token range of a noun phrase starting at `j` (before `limit`), or None."""
        lex = self.lex
        if j >= limit:
            return None
        t = toks[j]
        if t.low in lex.pronouns and not t.quoted:
            return (j, j + 1)
        k, noun = j, False
        while k < limit:
            t = toks[k]
            if t.quoted:
                e = k
                while e < limit and toks[e].quoted and e - k <= 8:
                    e += 1
                if k > j and t.text in OPENERS and e - k <= 8 and (e >= limit or not toks[e].quoted) \
                        and k + 1 < e and toks[k + 1].cap:
                    noun, k = True, e  # a title in quotes: die Zeitung „Die Welt“
                    continue
                if k == j and t.text in OPENERS and e - k <= 6 and (e >= limit or not toks[e].quoted) \
                        and k + 1 < e - 1 and all(x.cap for x in toks[k + 1:e - 1] if x.text[:1].isalpha()):
                    noun, k = True, e  # a name in quotes as the whole phrase: schrieb „Die Zeit“
                    continue
                break
            low = t.low
            if low in lex.determiners:
                if noun and low not in self.genitive and toks[k - 1].low not in self.genitive:
                    break  # (after a genitive article a numeral may follow: "der drei Länder")
                k += 1
                continue
            if "." in low and low[:1].isalpha() and low not in self.np_stop \
                    and low.index(".") > 1:  # not "z.B", "u.a": abbreviations, no names
                noun = True  # "t-online.de"
                k += 1
                continue
            if noun and self.lower_nouns and not t.cap and self._verb_after_name(toks, k, limit):
                break  # "North Korea test-fired a missile": the predicate, not the phrase
            if t.text[:1].isalpha() and (t.cap or (self.lower_nouns and (
                    low not in self.np_stop or (k == j and low in lex.cue_words)))):
                if low in self.np_stop and not (k == j and low in lex.cue_words) and (
                        not t.cap or low in self.lead_stop):
                    break  # a capital at the start of a sentence: "In einer Rede sagte X"
                if t.cap and low in lex.cue_words and k > j and self.lower_nouns \
                        and not self._in_name(t):
                    break  # (not "States" of "the United States", a name the actors found)
                noun = True
                k += 1
                continue
            if t.text[:1].isdigit() and "-" in t.text and t.text.rsplit("-", 1)[1][:1].isupper():
                noun = True  # "der 39-Jährige": a nominalized age is the noun
                k += 1
                continue
            if t.text[:1].isdigit():
                if noun and k + 1 < limit and toks[k + 1].cap and not toks[k + 1].quoted:
                    break  # "laut Statistik 2.000 Passagiere": a number opens the next phrase
                k += 1
                continue
            if t.text[:1].isalpha() and low.endswith(ADJ_END) and low not in self.np_stop \
                    and any(x.cap for x in toks[k + 1:min(limit, k + 3)]) \
                    and (not noun or (k - j == 1 and toks[j].low.endswith("s"))  # Nordkoreas staatliche
                         or toks[k - 1].low in self.genitive):  # des österreichischen Standards
                k += 1
                continue
            if low in lex.np_linkers and noun and k + 1 < limit \
                    and (toks[k + 1].cap or toks[k + 1].low in lex.determiners) \
                    and not (low in lex.adjunct_linkers and self._name_ends_at(toks[k - 1].end)):
                k += 1
                continue
            if low in lex.np_coordinators and noun and k + 1 < limit and not toks[k + 1].quoted \
                    and (toks[k + 1].cap or toks[k + 1].low in lex.determiners):
                k += 1  # "X und Y sagten": coordinated speakers are one phrase
                continue
            if low == "(" and k + 2 < limit and toks[k + 2].text == ")" and noun:
                k += 3
                continue
            if low == "-" and noun and k + 1 < limit and toks[k + 1].cap:
                k += 1
                continue
            if low == "." and noun and toks[k - 1].end == t.start and (
                    toks[k - 1].low in lex.name_abbreviations
                    or ((len(toks[k - 1].text) == 1 or _INITIALISM.fullmatch(toks[k - 1].text))
                        and toks[k - 1].cap and k + 1 < limit
                        and (toks[k + 1].cap or self.lower_nouns))):
                k += 1  # "Mr. Lane", "Acme Corp.", an initial ("John M. Smith", "U.S. Army")
                continue
            break
        # a linker or determiner the phrase stopped after opens no part of it ("der Grund für")
        while k > j and (toks[k - 1].low in lex.determiners or toks[k - 1].low in lex.np_linkers):
            k -= 1
        if not noun or k <= j or toks[j].text[:1].isdigit() or (
                k - j == 1 and toks[j].low in lex.not_speakers):
            return None
        return (j, k)

    def _name_ends_at(self, pos: int) -> bool:
        """Does a person or organization the actors found end at `pos`? After a name a place
        preposition (`adjunct_linkers`) opens an adjunct: "Minister X in Berlin" is the
        minister, "in Berlin" where he spoke ("X von der Firma Y" stays whole)."""
        return any(b == pos for _a, b in self._animate)

    def _in_name(self, t: Tok) -> bool:
        """Is the token inside a person, organization or state the actors stage found?"""
        return any(a <= t.start and t.end <= b
                   for a, b in itertools.chain(self._animate, getattr(self, "_states", ())))

    def _verb_after_name(self, toks: list[Tok], k: int, limit: int) -> bool:
        """In a language with lower-case nouns, a lower-case word after a capitalized name is
        its verb when it has a verb ending or an object (a determiner or number) follows."""
        if not toks[k - 1].cap:
            return False
        low = toks[k].low
        if self.verb_suffixes and low.endswith(self.verb_suffixes):
            return True
        nxt = toks[k + 1] if k + 1 < limit else None
        return nxt is not None and (nxt.low in self.lex.determiners or nxt.text[:1].isdigit())

    def np_backward(self, toks: list[Tok], i: int, lo: int) -> tuple[int, int] | None:
        """A noun phrase ending right before token `i` ("Angaben der Polizei zufolge")."""
        k = i - 1
        lex = self.lex
        while k >= lo:
            t = toks[k]
            if t.quoted or not (t.cap or _name_like(t.text) or t.low in lex.determiners
                                or t.text[:1].isdigit()
                                or (t.text[:1].isalpha() and t.low.endswith(ADJ_END)
                                    and t.low not in self.np_stop)):
                break
            if not t.cap and not _name_like(t.text) and t.low not in lex.determiners \
                    and not t.text[:1].isdigit() and (
                    t.low in lex.auxiliaries or (k > lo and toks[k - 1].cap
                                                 and toks[k - 1].low not in lex.determiners)):
                break  # "Sie entstammen Berichten zufolge": a verb after a noun, no adjective
            k -= 1
        k += 1
        while k < i and ((toks[k].low not in lex.determiners and not toks[k].cap
                          and not _name_like(toks[k].text))
                         or toks[k].low in self.lead_stop):  # "Auch dem Sender zufolge"
            k += 1
        return (k, i) if k < i and any(t.cap or _name_like(t.text) for t in toks[k:i]) else None

    def is_animate(self, toks: list[Tok], np: tuple[int, int],
                   animate: list[tuple[int, int]] | None = None) -> bool:
        """Can this noun phrase speak? A pronoun, a person or organization the actors stage
        found, a role noun ("Polizeisprecher", "Regierung") or a multi-word name (not an
        adjective and a noun opening the sentence: "Jegliche Verantwortung …")."""
        words = toks[np[0]:np[1]]
        if len(words) == 1 and words[0].low in self.lex.pronouns:
            return True
        a, b = words[0].start, words[-1].end
        if any(s < b and e > a for s, e in (self._animate if animate is None else animate)):
            return True
        if any(w.low.endswith(self.role_suffixes) for w in words):
            return True
        det = self.lex.determiners
        return any(x.cap and y.cap and x.low not in det
                   and not (x is toks[0] and x.low.endswith(ADJ_END))  # "Neue Regeln …"
                   for x, y in zip(words, words[1:], strict=False))

    def head_animate(self, toks: list[Tok], np: tuple[int, int],
                     animate: list[tuple[int, int]] | None = None) -> bool:
        """Can this noun phrase speak, judged without what follows its head noun: a genitive
        or prepositional attribute ("die Äußerungen des Ministers", "die Absage Hartmanns")
        does not make a phrase a speaker ("Frankreichs Präsident X" keeps its name)."""
        lex = self.lex
        e, noun = np[0], False
        while e < np[1]:
            t = toks[e]
            if noun and (t.low in lex.determiners or t.low in lex.prepositions or (
                    t.cap and t.low.endswith("s") and (e + 1 >= np[1] or not toks[e + 1].cap))):
                break
            noun = noun or (t.cap and t.low not in lex.determiners)
            e += 1
        return self.is_animate(toks, (np[0], e), animate)

    def container(self, toks: list[Tok], lo: int, hi: int) -> tuple[int, int] | None:
        """The document or group a statement comes from: "in dem Bericht", "aus Kreisen"."""
        for k in range(lo, hi - 1):
            if toks[k].low in self.lex.source_preps and not toks[k].quoted:
                np = self.np_forward(toks, k + 1, hi)
                if np is not None and any(t.low.endswith(self.lex.container_nouns)
                                          for t in toks[np[0]:np[1]]):
                    return np
        return None

    def head_before_comma(self, toks: list[Tok], comma: int) -> tuple[int, int] | None:
        """"X, der Polizeichef der Region, sagte": the sentence's first noun phrase, when a
        comma closes it (the apposition or relative clause after it is left out)."""
        lex = self.lex
        k = 0
        while k < comma and toks[k].low in lex.adverbs and toks[k].low not in lex.determiners:
            k += 1
        head = self.np_forward(toks, k, comma)
        if head is None:
            return None
        e = head[1]  # "Der Doktorvater zu Guttenbergs, X, erklärte": a short tail is fine
        while e < comma and e - head[1] < 10 and (toks[e].cap or toks[e].text in "()-/" or toks[e].quoted
                                                   or toks[e].low in lex.prepositions
                                                   or toks[e].low in lex.determiners
                                                   or toks[e].low in lex.coordinators):
            e += 1
        if e >= comma or toks[e].text != ",":
            return None
        if APPOSITION_IN_SPEAKER and e + 1 < comma:
            app = self.np_forward(toks, e + 1, comma)
            first = toks[e + 1].low
            # (not a relative clause: "der" opens both, but a relative clause has a verb,
            # so no phrase reaches the comma; "who", "whose" open only relative clauses)
            opener = first in lex.determiners or (first not in lex.relatives
                                                  and first not in lex.conjunctions)
            if app is not None and app[1] == comma and opener \
                    and not any(t.quoted for t in toks[e + 1:comma]):
                return (head[0], comma)  # "X, die Leiterin der Stelle, sagte": all of it
        return head

    def loose_np(self, toks: list[Tok], j: int, limit: int) -> tuple[int, int] | None:
        """A determiner up to the next comma ("der für X zuständige Koordinator"), when the
        strict noun phrase grammar gives up; at most 12 tokens with a capitalized word."""
        if j >= limit or toks[j].low not in self.lex.determiners:
            return None
        k = j
        while k < limit and k - j < 12 and not toks[k].quoted and toks[k].text not in ".,;:!?":
            k += 1
        if k - j >= 12 or not any(t.cap for t in toks[j + 1:k]):
            return None
        return (j, k)

    def subject(self, toks: list[Tok], limit: int) -> tuple[int, int] | None:
        """Character span of the subject of a main clause (see `subject_tokens`)."""
        np = self.subject_tokens(toks, limit)
        return self.chars(toks, np) if np else None

    def subject_tokens(self, toks: list[Tok], limit: int) -> tuple[int, int] | None:
        """The subject of a main clause: its first noun phrase, or the one after the verb."""
        lex = self.lex
        j = 0
        while j < limit and (toks[j].low in lex.adverbs or toks[j].low in lex.conjunctions) \
                and toks[j].low not in lex.determiners:
            j += 1
        if j < limit and toks[j].low not in lex.prepositions and not (
                j > 0 and toks[j].text[:1].islower() and toks[j].low not in lex.determiners
                and toks[j].low not in lex.pronouns):  # "Auch lehnte X …": the verb, then X
            np = self.np_forward(toks, j, limit)
            if np is not None and not (j > 0 and toks[j - 1].cap
                                       and toks[j - 1].low in lex.adverbial_subordinators
                                       and not self.is_animate(toks, np)):
                return np  # (not the phrase after "Als": "Als Grund nannte X …")
        return self.np_after_verb(toks, j, limit)

    def np_after_verb(self, toks: list[Tok], j: int, limit: int) -> tuple[int, int] | None:
        """The noun phrase right after the first verb-like (lower-case, open-class) word from
        `j` on: the subject of an inverted clause ("Im Mai sagte die Ministerin")."""
        lex = self.lex
        k = j
        while k < limit and not (toks[k].text[:1].islower() and toks[k].low not in lex.determiners
                                 and toks[k].low not in lex.prepositions
                                 and not (VERB_SKIPS_CLOSED and (toks[k].low in lex.adverbs
                                                                 or toks[k].low in lex.coordinators))
                                 and not (k + 1 < limit and toks[k + 1].cap
                                          and toks[k].low.endswith(ADJ_END)
                                          and toks[k].low not in lex.auxiliaries)):
            k += 1  # (not an adjective before its noun: "An die europäischen Wächter hatte X …")
        k += 1
        while k < limit and toks[k].low in self.skip_after:
            k += 1
        return self.np_forward(toks, k, limit)

    @staticmethod
    def chars(toks: list[Tok], rng: tuple[int, int]) -> tuple[int, int]:
        return (toks[rng[0]].start, toks[rng[1] - 1].end)
