"""Attribution frames in one sentence: a cue, the speaker's noun phrase and the content.

A frame is found from the cue outwards, on word tokens of the sentence (words inside direct
quotations are never cues):
- a speech, speculation or denial verb ("sagte", "vermuten", "dementierte"): the speaker is
  the first noun phrase of the clause when the clause starts with one ("Die Ministerin sagte"),
  else the noun phrase after the verb ("Am Montag sagte die Ministerin", "sagte er"); the
  subject of a passive "zitiert" ("wird X zitiert"); the place an impersonal "hieß es" names
  ("Aus Paris hieß es");
  the content is a following complement clause (", dass …", ", sie sei …", ": …"), the clause
  before (", sagte X", unless it is one adverbial clause: "Da …, entschied X"), the main clause
  around "wie X mitteilte", or the previous sentence ("Dies berichtete X"); verbs with an object
  instead ("forderte Neuwahlen") report the sentence (not when the subject is "man");
- a source preposition ("laut X", "nach Angaben X"), a postposition ("X zufolge") or ", so X.":
  the content is the rest of the sentence; a source phrase that opens the sentence is its
  first constituent and runs up to the finite verb ("Laut einem Bericht der Zeitung vom Mai
  stiegen …": the source is "einem Bericht der Zeitung vom Mai"), and a postposition's source
  keeps its prepositional parts ("Berichten der Zeitung vom Montag zufolge");
- a noun of saying before a comma and a content clause ("die Befürchtung, die Lage könne …"):
  the speaker is the clause's subject when it can speak ("X äußerte die Hoffnung, dass …"),
  else the noun phrase itself, as quotes-de annotates it;
- a verb of intention ("Die Partei will …"): the sentence is its speaking subject's statement;
- a speakerless predicate with its auxiliary ("Es wurde bekannt, dass …", "Wie bekannt wurde,
  …"): the content clause, with no speaker;
- an open frame, in a sentence with none of the above: a speaking subject, a verb and a
  content clause after a comma ("Die Forscher kamen zu dem Schluss, dass …").
Content spans follow quotes-de: a source phrase inside the sentence ("Die Zahl ist laut X
gestiegen") leaves the whole sentence as the content, unless it sits in a relative or
subordinate clause (", die laut X … enthielt,"), which is then the content; a source phrase
right before a quotation in marks frames that quotation; a whole reported sentence keeps its
full stop. A source phrase that opens the sentence with a relative clause about it ("Laut
einem Bericht, der sich auf X beruft, leben …") leaves the clause out of the content; ", so
schätzen X, …" in mid-sentence quotes the words before it too; a particle fronted before a
quotation completes its verb ("Von einer „Krise“ sprach X"); "Das hat X gesagt." points back
like "Das sagte X."; an accusative-capable pronoun after the verb is no speaker when a
speaking noun phrase opens the clause ("Der Minister nannte sie „…“"). A source phrase after
a colon or semicolon or inside parentheses reports only that part of the sentence; one right
after a relative pronoun (", die nach Angaben X …", ", unter denen sich laut X …") reports the
relative clause. The phrase after the verb replaces a subject that cannot speak only when its
head can ("X kritisierte die Haltung des Ministers": not the minister's phrase). A possessive
source before a postposition starts at the possessive ("die seiner Ansicht nach wachsende
Gefahr"), and a relative source ("…, nach denen …") may name its noun before a prepositional
phrase ("Umfragen im Land, nach denen …"). A cue verb coordinated with the verb of a
subordinate clause shares that clause's subject ("…, während Y den Plan unterstützt und fordert").
All the words involved come from the language's `quote_cues.yaml`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

from chronik.analysis.quotes.lexicon import Lexicon
from chronik.analysis.quotes.phrases import ADJ_END, OPENERS, NounPhrases, Tok

_END_PUNCT = ".!?;"
_FINAL = ".!?"
QUOTED_SOURCE = True  # "Nach Angaben X „…“": the source phrase frames the quotation after it
INNER_CLAUSE = True  # a source phrase inside a relative or subordinate clause reports that clause
REST_AROUND = True  # a source phrase inside its content: the content is the whole sentence
INLINE_BACK_REF = True  # "…, das teilte X mit": the clause before in the same sentence
NOBODY_PRONOUN = True  # "man" as a cue's subject names no speaker (quotes-de marks none)
TITLE_TOKENS = 6  # a quoted run this short after a cue is a title, not the quotation
POST_TAIL = True  # "Berichten der Zeitung vom Montag zufolge": the whole phrase is the source
APPOSITION_AFTER_AUX = True  # "hatte ein Sprecher, Herr X, erklärt": the phrase after the auxiliary
POST_APPOSITION = True  # "sagte der Leiter, Max Berger, …": the apposition is the speaker's
CUT_SIBLINGS = True  # "X said …, but Y insisted …": X's content ends before Y's clause
OPEN_NOT_SUBJUNCTIVE = True  # an open frame's own clause is not in the subjunctive
QUOTED_SUBJECT = True  # a short name in marks right before the cue is its subject
ADVERBIAL_CUE = True  # a cue in an adverbial clause takes only a "dass" clause after it
AS_PREDICATIVE = True  # "Als Grund nannte X …": X, not the "Grund", is the speaker
OPENING_ADVERB = True  # "Sichtlich bewegt sagte X": the adverb is no speaker
V2_SOURCE = True  # a source phrase opening the sentence runs up to the finite verb
V2_MAX_TOKENS = 12  # … when the verb is this near
V2_RELATIVE = True  # … and past a relative clause about the source ("Laut X, der …, leben …")
SO_VERB = True  # ", so schätzen X, …": the content runs from the sentence start
BACK_REF_AUX = True  # "Das hat X gesagt." points back like "Das sagte X."
FRONTED_PARTICLE = True  # "Von einer „…“ sprach X": a fronted particle before a quotation
RELATIVE_PAST_PP = True  # "Umfragen im Land, nach denen …": the source noun before a PP
COORD_IN_SUBCLAUSE = True  # "…, während Y … unterstützt und fordert": Y, not the main subject
POSSESSIVE_SOURCE = True  # "die seiner Meinung nach …": the source starts at the possessive

@dataclass(slots=True)
class Frame:
    kind: str  # speech | speculation | denial | reported | prep | post | so
    cue: tuple[int, int]
    cue_text: str
    speaker: tuple[int, int] | None
    content: tuple[int, int] | None
    content_type: str = "indirect"  # indirect | reported
    via: tuple[int, int] | None = None
    back_ref: bool = False  # content is the previous sentence


class FrameFinder(NounPhrases):
    """Finds the frames of a sentence with one language's lexicon."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__(lex)
        inf = lex.infinitive_marker or ""
        self._inner_inf = tuple(p + inf for p in lex.infinitive_prefixes) if inf else ()
        self.subordinators = (lex.conjunctions | lex.prepositions | lex.as_cues) - lex.complementizers
        # after a cue, Konjunktiv II marks reported speech too ("warnte, es könnten …"); alone
        # in a sentence it is mostly the writer's own conditional
        self.reported_mood = lex.subjunctive | lex.conditional
        # words opening a subordinate clause (not "und", "aber"): its verbs share its subject
        self.subclause_openers = (lex.adverbial_subordinators | lex.complementizers) - lex.coordinators
        self._animate: list[tuple[int, int]] = []  # per sentence, set by frames()/open_frame()
        self._states: list[tuple[int, int]] = []
        self._mood: frozenset[str] = frozenset()  # per sentence: guessed subjunctive forms

    # --- frames -------------------------------------------------------------------------
    def frames(self, toks: list[Tok], animate: list[tuple[int, int]] | None = None,
               states: list[tuple[int, int]] | None = None,
               mood: frozenset[str] = frozenset()) -> list[Frame]:
        """Frames of one sentence; `animate` are character spans of persons and organizations
        (from the actors stage) that make a noun phrase a likely speaker; `states` those of
        states, which speak when one names the whole subject ("Russland warf X vor")."""
        self._animate = animate or []
        self._states = states or []
        self._mood = mood
        lex = self.lex
        out: list[Frame] = []
        n = len(toks)
        i = 0
        while i < n:
            t = toks[i]
            low = t.low
            if t.quoted:
                i += 1
                continue
            f = None
            if low in lex.cue_words and (not t.cap or (i == 0 and not self._post_cue_follows(toks))) and not (
                    0 < i < n - 1 and toks[i + 1].cap and not toks[i - 1].cap
                    and (toks[i - 1].low in lex.determiners or toks[i - 1].low in lex.adverbs)) \
                    and not (lex.lowercase_nouns and i > 0 and toks[i - 1].low in lex.determiners):
                # not "die erwartete Wende" (attributive), nor "these claims", "the reported
                # attack" (English: a noun or adjective after its determiner)
                f = self._verb_frame(toks, i)
            elif low in lex.prep_cues or low in lex.post_cues:
                f = self._prep_frame(toks, i) if low in lex.prep_cues else None
                if f is None and low in lex.post_cues:
                    f = self._post_frame(toks, i)
            elif low in lex.so_cues and ((i > 0 and toks[i - 1].text in ",–—")
                                         or (i == 0 and t.text[:1].islower())):
                # (a sentence opening with lower-case "so" was cut off after its quotation)
                f = self._so_frame(toks, i)
            elif low in lex.source_adverbs:  # "Demnach …": the source named just before
                f = self.adverb_frame(toks, i)
            elif low in lex.source_relatives and i > 1 and toks[i - 1].text == ",":
                f = self._relative_frame(toks, i)
            elif lex.speakerless_cues and low in lex.speakerless_cues and (not t.cap or i == 0):
                f = self._speakerless_frame(toks, i)
            elif t.cap and low in lex.speech_nouns:
                f = self._noun_frame(toks, i)
            elif lex.phrase_cues:
                f = self._phrase_frame(toks, i)
            if f is not None:
                out.append(f)
            i += 1
        return self._cut_at_siblings(toks, out) if CUT_SIBLINGS and len(out) > 1 else out

    def _with_apposition(self, toks: list[Tok], sp: tuple[int, int]) -> tuple[int, int]:
        """The speaker after its verb with an apposition set off by commas ("sagte der Leiter
        der Behörde, Max Berger, …"), as quotes-de marks it: a noun phrase up to the next
        comma, colon or the sentence end, not a clause."""
        n = len(toks)
        k = sp[1]
        if k + 1 >= n or toks[k].text != "," or toks[k].quoted:
            return sp
        e = next((x for x in range(k + 1, n) if toks[x].text in ",;:" or toks[x].quoted), n)
        if e == n and toks[n - 1].text in ".!?":
            e = n - 1
        if e < n and toks[e].quoted:
            return sp
        lex = self.lex
        first = toks[k + 1].low
        if not (first in lex.determiners or (first not in lex.relatives
                                             and first not in lex.conjunctions)):
            return sp
        app = self.np_forward(toks, k + 1, e)
        if app is None or app[1] != e or not any(t.cap for t in toks[k + 1:e]):
            return sp
        return (sp[0], e)

    def _cut_at_siblings(self, toks: list[Tok], frames: list[Frame]) -> list[Frame]:
        """A frame's content ends where a coordinated sibling frame's speaker opens its own
        clause ("X said the plan was sound, but Y insisted that …": Y and what follows are
        not X's words): at the comma or semicolon before a coordinator and that speaker."""
        starts = [t.start for t in toks]
        lex = self.lex
        out = []
        for f in frames:
            c = f.content
            for g in frames:
                sp = g.speaker
                if c is None or g is f or sp is None or not (c[0] < sp[0] < c[1]) \
                        or sp[1] > g.cue[0]:
                    continue
                k = bisect_left(starts, sp[0])
                lo = max(0, k - 5)
                while k > lo and (toks[k - 1].low in lex.determiners or (
                        lex.lowercase_nouns and toks[k - 1].text.isalpha()
                        and toks[k - 1].low not in lex.cue_words
                        and toks[k - 1].low not in lex.coordinators
                        and toks[k - 1].low not in lex.conjunctions)):
                    k -= 1  # "the opposition leader Y"
                if k >= 2 and toks[k - 1].low in lex.coordinators \
                        and toks[k - 2].text == "," and not toks[k - 2].quoted:
                    k -= 2
                elif k >= 1 and toks[k - 1].text == ";":
                    k -= 1
                else:
                    continue
                if k > 0 and toks[k - 1].end > c[0]:
                    c = (c[0], toks[k - 1].end)
            out.append(f if c == f.content else replace(f, content=c))
        return out

    def adverb_frame(self, toks: list[Tok], i: int) -> Frame | None:
        """A source adverb at i ("Demnach …"): it stands for the source, and the rest of the
        sentence is what the source says."""
        t = toks[i]
        content = self._rest(toks, i, i + 1)
        return Frame("prep", (t.start, t.end), t.text, (t.start, t.end), content) if content else None

    def _post_cue_follows(self, toks: list[Tok]) -> bool:
        """Does a postposition close the sentence's first clause ("Berichten der Zeitung
        zufolge …": the capital word opening it is a noun, not the verb "berichten")?"""
        return POST_TAIL and any(t.low in self.lex.post_cues and not t.quoted
                                 for t in toks[1:self._clause_end(toks, 1)])

    def open_frame(self, toks: list[Tok], animate: list[tuple[int, int]] | None = None,
                   mood: frozenset[str] = frozenset()) -> Frame | None:
        """A frame with no known cue: a main clause whose subject can speak, then a comma and
        a content clause (", dass …", ", sie sei …"), as in "Die Experten kamen zu dem
        Ergebnis, dass …". The cue is the clause's first verb-like word."""
        self._animate = animate or []
        self._states = []
        self._mood = mood
        lex = self.lex
        n = len(toks)
        k = next((x for x in range(1, n - 2) if toks[x].text == "," and not toks[x].quoted), None)
        if k is None or toks[0].quoted \
                or (toks[0].low in lex.conjunctions and toks[0].low not in lex.determiners) \
                or toks[0].low in lex.adverbial_subordinators or toks[0].low in lex.prepositions:
            return None
        nxt = toks[k + 1]
        end = self._clause_end(toks, k + 1)
        if nxt.low in lex.not_content or not (
                nxt.low in lex.complementizers or (
                    nxt.low not in lex.conjunctions and nxt.low not in lex.prepositions
                    and any((t.low in lex.subjunctive or t.low in self._mood) and not t.quoted
                            for t in toks[k + 1:end]))):
            return None
        if OPEN_NOT_SUBJUNCTIVE and any((t.low in lex.subjunctive or t.low in self._mood)
                                        and not t.quoted for t in toks[:k]):
            return None  # "So müsse die Regierung zustimmen, es müsse …": speech, no frame
        np = self.subject_tokens(toks, k)
        if np is None or not self.is_animate(toks, np) or not self.speaks(toks, np) \
                or any(t.quoted for t in toks[np[0]:np[1]]):
            return None
        verb = next((x for x in range(np[1], k) if toks[x].text[:1].islower()
                     and toks[x].text.isalpha()), None) if np[0] == 0 else \
            next((x for x in range(0, np[0]) if toks[x].text[:1].islower()
                  and toks[x].text.isalpha()), None)
        if verb is None:
            return None
        content = self._span(toks, k + 1, n)
        if content is None:
            return None
        return Frame("speech", (toks[verb].start, toks[verb].end), toks[verb].text,
                     self.chars(toks, np), content)

    def _clause_start(self, toks: list[Tok], i: int) -> int:
        k = i - 1
        if k >= 0 and toks[k].quoted:  # „…“ sagte X: the clause starts at the verb, unless
            q = k                      # the marks close a title: "Die Gruppe „X“ weist …"
            while q > 0 and toks[q - 1].quoted:
                q -= 1
            if q == 0 or not toks[q - 1].text[:1].isalnum() or k - q > 8:
                return i
            k = q - 1
        depth = 0  # a comma inside parentheses ends no clause: "X (Authority, NEMA) sagte"
        while k >= 0 and (depth or toks[k].text not in ",;:–—"):
            if toks[k].text == ")":
                depth += 1
            elif toks[k].text == "(" and depth:
                depth -= 1
            k -= 1
        return k + 1

    def _clause_end(self, toks: list[Tok], i: int) -> int:
        k = i
        while k < len(toks) and (toks[k].text not in ",;:" or toks[k].quoted):
            k += 1
        return k

    def _verb_frame(self, toks: list[Tok], i: int) -> Frame | None:
        lex = self.lex
        t = toks[i]
        low = t.low
        n = len(toks)
        cend = self._clause_end(toks, i + 1)
        cue_end = i
        need = lex.need_particle.get(low)
        cue_start = i
        if need is not None:
            hit = self._particle(toks, i, need)
            if hit is None:
                return None
            if hit < i:
                cue_start = hit  # "wie X bekannt gab"
            else:
                cue_end = hit
        particle = toks[cue_end].low if cue_end != i else toks[cue_start].low if cue_start != i else None
        kind = self._kind(low, particle)
        cue_text = t.text if cue_end == i else f"{t.text} {toks[cue_end].text}"
        if cue_end > i and cue_end + 1 < n and toks[cue_end].low in lex.pronominal_adverbs \
                and toks[cue_end + 1].low in lex.particles and not toks[cue_end + 1].quoted:
            cue_end += 1  # "geht davon aus": the verb's own particle after the adverb
            cue_text = f"{cue_text} {toks[cue_end].text}"
        if cue_start < i:
            cue_text = f"{toks[cue_start].text} {t.text}"
        cue = (toks[cue_start].start, toks[cue_end].end)
        lo = self._clause_start(toks, i)
        speaker, passive, impersonal, back_ref = self._verb_speaker(toks, i, lo, cend)
        if speaker is None and not passive and not impersonal:
            return None
        nobody = speaker is not None and not self.speaks(toks, speaker)
        where = speaker or (i, i + 1)  # the subject's place decides where the content is
        if nobody and NOBODY_PRONOUN:  # "so glaubt man": no one in particular, no speaker span
            speaker = None
        if low in lex.intent_verbs and (speaker is None or not self.is_animate(toks, speaker)
                                        or any(t.quoted for t in toks[speaker[0]:speaker[1]])):
            return None  # "Das Gesetz will …" states no one's intention
        inline = None  # "…, das teilte X mit": "das" points to the clause before, not a sentence
        if back_ref and INLINE_BACK_REF and lo >= 2 and toks[lo - 1].text == ",":
            inline = self._span(toks, 0, lo - 1)
            back_ref = inline is None
        if speaker is not None and speaker[0] > i and speaker[1] < n \
                and toks[speaker[1]].low in lex.cue_words and not toks[speaker[1]].quoted:
            return None  # "state media reported": the word modifies the speaker of the next cue
        if POST_APPOSITION and speaker is not None and speaker[0] > i:
            wider = self._with_apposition(toks, speaker)
            if where == speaker:
                where = wider
            speaker = wider
        # via: "unter Berufung auf X" after the cue
        via = self._via(toks, i + 1, n)
        content, ctype = self._content(toks, i, cue_end, lo, where, back_ref,
                                       "reported" if low in lex.reported_verbs and kind == "speech"
                                       and low not in lex.speech_verbs else kind)
        if inline is not None:
            content, ctype = inline, "indirect"
        if SO_VERB and content is not None and i >= 2 and toks[i - 1].low in lex.so_cues \
                and toks[i - 2].text in ",–—" and not toks[i - 1].quoted:
            # "In zehn Jahren, so schätzen Forscher, sei …": the words before count too
            before = self._span(toks, 0, i - 2)
            if before is not None and before[0] < content[0]:
                content = (before[0], content[1])
        if content is None and (kind in ("reported", "denial") or low in lex.reported_verbs
                                or low in lex.intent_verbs) \
                and not (passive and speaker is None) and not back_ref and not nobody \
                and (speaker is None or self.speaks(toks, speaker)) \
                and not any(t.low in lex.pronominal_adverbs for t in toks[i + 1:i + 4]):
            content, ctype = self._sentence(toks), "reported"  # not "berichtete darüber"
        return Frame(kind, cue, cue_text, self.chars(toks, speaker) if speaker else None, content, ctype,
                     self.chars(toks, via) if via else None, back_ref)

    def speaks(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """Can this subject make a statement? Not "man" ("Als X bezeichnet man …" defines,
        nobody is reported). Requiring a subject that can speak (a known name or role) cost
        more true statements by unknown surnames than it saved."""
        return not (np[1] - np[0] == 1 and self.lex.pronouns.get(toks[np[0]].low) == "NONE")

    def _verb_speaker(self, toks: list[Tok], i: int, lo: int, cend: int
                      ) -> tuple[tuple[int, int] | None, bool, bool, bool]:
        """(speaker tokens, passive, impersonal, back reference) for the cue verb at i: the
        agent of a passive, a pronoun right after the verb, the subject of a coordinated verb,
        the clause's first noun phrase (unless it cannot speak and the one after the verb
        can), the subject before an apposition, after an auxiliary or after "wie", the noun
        phrase after the verb, and last the document it comes from ("im Bericht")."""
        lex = self.lex
        low = toks[i].low
        speaker = None
        after = i + 1
        while after < cend and toks[after].low in self.skip_after:
            after += 1
        back_ref = False
        j = lo
        stop = next((k for k in range(i + 1, cend) if toks[k].low in lex.complementizers), cend)
        # English passive auxiliaries stand before the verb ("was told"): a "was" after it is
        # the content's ("said the talks were …")
        passive = any(toks[k].low in lex.passive
                      for k in range(lo, i if lex.passive_before_cue else stop) if k != i)
        if passive and after < cend and toks[after].low in lex.pronouns \
                and toks[after].low not in lex.object_pronouns and toks[after - 1].low not in lex.passive:
            passive = False  # "Als … eröffnet worden war, sagte er": the passive is another clause's
        if passive:
            agent = next((k for k in range(lo, cend) if toks[k].low in lex.passive_agent), None)
            if low in lex.subject_passive:  # "X wird von der Zeitung zitiert": X said it
                speaker = self._passive_subject(toks, lo, i)
            if speaker is None and agent is not None:
                speaker = self.np_forward(toks, agent + 1, cend)
        elif after < cend and ((toks[after].low in lex.pronouns
                                and not self._object_pronoun(toks, lo, i, after)) or (
                toks[after].low in lex.demonstratives and not toks[after].cap
                and (i == lo or toks[i - 1].low in lex.so_cues)  # ", so schrieb diese"
                and (after + 1 >= cend or not toks[after + 1].cap))):
            speaker = (after, after + 1)  # "sagte er", "schrieb diese in einem Brief"
        elif i > lo and toks[i - 1].low in lex.coordinators:
            speaker = None
            if COORD_IN_SUBCLAUSE and 0 < lo < i - 2 and toks[lo].low in self.subclause_openers:
                # "…, während Y den Plan unterstützt und fordert, …": the subordinate clause's subject
                sub = self.subject_tokens(toks[lo + 1:i - 1], i - 2 - lo)
                speaker = (sub[0] + lo + 1, sub[1] + lo + 1) if sub is not None else None
            if speaker is None:
                speaker = self.subject_tokens(toks, i - 1)  # "X befand … und nannte …"
        elif lex.passive_before_cue and (adj := self._mention_before(toks, lo, i)) is not None:
            speaker = adj  # "… after Prime Minister X announced that …": English subject before the verb
        else:
            back_ref = lo + 1 == i and toks[lo].low in lex.back_refs and not (
                after >= cend and toks[lo].low in lex.demonstratives)  # "Diese bestätigte, …"
            if BACK_REF_AUX and not back_ref and lo == 0 and i > 2 and toks[0].low in lex.back_refs \
                    and toks[0].low not in lex.demonstratives and toks[1].low in lex.auxiliaries \
                    and (i + 1 >= len(toks) or toks[i + 1].text in ".!?"):
                back_ref = True  # "Das musste X einräumen.": the verb closes the sentence
            j = self._first_constituent(toks, lo, i)
            if j < i and toks[j].low not in lex.prepositions and not back_ref \
                    and not self._opening_adverb(toks, j, i):
                speaker = self.np_forward(toks, j, i)
                if speaker is None and toks[j].low in lex.determiners:
                    speaker = self.loose_np(toks, j, i)  # "Ein nicht genannter Vertreter …"
                if speaker is not None and AS_PREDICATIVE and j > lo and toks[j - 1].cap \
                        and toks[j - 1].low in lex.adverbial_subordinators \
                        and not self._verbish(toks[speaker[1]:i]) \
                        and not self.is_animate(toks, speaker):
                    # "Als Grund nannte die NASA …": the phrase after "Als" is what was named
                    speaker = self.np_forward(toks, after, cend) or speaker
                if speaker is not None and toks[speaker[0]].low in lex.object_determiners:
                    speaker = self.np_forward(toks, after, cend)  # "Den Unmut … brachte X …"
                elif speaker is not None and not self.is_animate(toks, speaker) \
                        and not self._names_a_state(toks, speaker) and not (
                            lex.object_after_verb and speaker[1] == i):
                    # (in subject-verb-object order a phrase right before the verb is its
                    # subject: "Acme said Ms. Y quit" is Acme's)
                    alt = self.np_forward(toks, after, cend)  # "Die Zahl … bezifferte die Agentur"
                    if alt is not None and self._animate_np(toks, alt):
                        speaker = alt  # not "X kritisierte die Haltung des Ministers"
            if speaker is None and j + 1 == i and toks[j].low in lex.demonstratives:
                speaker = (j, i)  # "Diese bestätigte, dass …": the one named before
            if speaker is None and j < i:  # "Von der Leyen betonte": a name the actors found
                speaker = self._mention_at(toks, j, i)
                if speaker is None and j + 1 < i and toks[j].low in lex.determiners:
                    m = self._mention_at(toks, j + 1, i)  # "Die taz vermutet"
                    speaker = (j, m[1]) if m is not None else None
            if speaker is None and lo >= 2 and toks[lo - 1].text == "," and (
                    j == i or toks[j].low in lex.auxiliaries):
                speaker = self.head_before_comma(toks, lo - 1)
                if speaker is None and APPOSITION_AFTER_AUX and j == i:
                    speaker = self._subject_before_apposition(toks, lo - 1)
                if speaker is not None and not self.is_animate(toks, speaker):
                    # "Die Zahl der Opfer, die …, bezifferte die Agentur mit 13"; in English
                    # only when the phrase ends the clause ("…, said a company spokeswoman."),
                    # not "X, whose …, said Y filed …"
                    alt = self.np_forward(toks, after, cend)
                    if alt is not None and self._animate_np(toks, alt) and not (
                            lex.object_after_verb and self._verbish(toks[alt[1]:cend])):
                        speaker = alt
            if speaker is None:
                aux = next((k for k in range(j, i) if toks[k].low in lex.auxiliaries), None)
                if aux is not None:  # "Am Freitag hatte X … erklärt"
                    a = aux + 1
                    while a < i and toks[a].low in self.skip_after:
                        a += 1
                    speaker = self.np_forward(toks, a, i)
            if speaker is None and not (lex.passive_before_cue and j + 1 == i
                                        and toks[j].low in lex.not_speakers):
                # "It said the talks …": in SVO the phrase after the verb is no speaker
                speaker = self.np_forward(toks, after, cend) or self.loose_np(toks, after, cend)
            if speaker is None:  # "Wie der Sprecher, Herr X, in Berlin mitteilte"
                w = next((k for k in range(i - 1, -1, -1) if toks[k].low in lex.as_cues
                          or toks[k].quoted), None)
                if w is not None and not toks[w].quoted:
                    speaker = self.np_forward(toks, w + 1, i)
                elif w is not None and w == i - 1 and QUOTED_SUBJECT:  # "Wie „heise online“ berichtet"
                    q = w
                    while q > 0 and toks[q - 1].quoted:
                        q -= 1
                    if 0 < q and i - q <= 6 and toks[q - 1].low in lex.as_cues:
                        speaker = (q, i)
            if speaker is None and QUOTED_SUBJECT and 2 < i <= 6 and toks[1].cap \
                    and all(t.quoted for t in toks[:i]) and toks[i - 2].text not in ".!?,":
                # "„Muslix64“ erwähnte, dass …": a short name in marks opening the sentence is
                # the subject (a statement in marks would end in punctuation or a comma)
                speaker = (0, i)
        subj = lex.impersonal.get(low) if lex.impersonal else None
        impersonal = subj is not None and subj in (toks[after].low if after < cend else "",
                                                  toks[j].low if j < i else "")
        if speaker is None:  # "heißt es im Bericht", "geht aus einer Mitteilung hervor"
            speaker = self.container(toks, lo, cend)
        if speaker is None and impersonal:
            speaker = self.place_of_saying(toks, lo, cend, i)  # "Aus Paris hieß es"
        return speaker, passive, impersonal, back_ref

    def _animate_np(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """Can the phrase speak, judged by its head: "die Haltung des
        Ministers" cannot, though the minister could."""
        return self.head_animate(toks, np)

    def _object_pronoun(self, toks: list[Tok], lo: int, i: int, after: int) -> bool:
        """Is the pronoun after the verb its object ("Der Minister nannte sie „…“")? So when
        it can be accusative and a noun phrase that can speak opens the clause."""
        lex = self.lex
        if toks[after].low not in lex.object_pronouns:
            return False
        j = self._first_constituent(toks, lo, i)
        if j >= i or toks[j].low in lex.prepositions or toks[j].low in lex.object_determiners:
            return False
        np = self.np_forward(toks, j, i)
        return np is not None and np[1] == i and self.is_animate(toks, np)

    def _subject_before_apposition(self, toks: list[Tok], comma: int) -> tuple[int, int] | None:
        """"Vor kurzem hatte ein Sprecher der Stadt, Hans Maier, erklärt": the cue's clause is
        cut by an apposition; its subject is the noun phrase right after the auxiliary, which
        runs up to the apposition's opening comma."""
        lex = self.lex
        c2 = next((k for k in range(comma - 1, max(-1, comma - 8), -1) if toks[k].text == ","), None)
        if c2 is None or c2 < 2 or any(t.quoted for t in toks[c2 + 1:comma]) \
                or not all(t.cap or t.text in ".-" for t in toks[c2 + 1:comma]):
            return None
        lo2 = self._clause_start(toks, c2)
        aux = next((k for k in range(c2 - 1, lo2 - 1, -1) if toks[k].low in lex.auxiliaries
                    and not toks[k].quoted), None)
        if aux is None or (aux == lo2 and lo2 > 0):  # an auxiliary opening a later clause
            return None
        a = aux + 1
        while a < c2 and toks[a].low in self.skip_after:
            a += 1
        np = self.np_forward(toks, a, c2)
        if np is None or c2 - np[1] > 4 or self._verbish(
                [t for t in toks[np[1]:c2] if t.low not in lex.prepositions]):
            return None  # "ein Sprecher auf deutscher Seite, X, …": a short tail belongs to it
        return (np[0], c2)

    def _opening_adverb(self, toks: list[Tok], j: int, i: int) -> bool:
        """Is the capital word at j, opening the sentence before the verb at i, an adverbial
        ("Sichtlich bewegt sagte X", "Passend dazu warnte X") and not a name or a noun?"""
        if not OPENING_ADVERB or j != 0 or j + 1 >= i:
            return False
        t, nxt = toks[j], toks[j + 1]
        return t.cap and len(t.low) > 5 and t.low.endswith(self.lex.adverb_suffixes) \
            and (not nxt.cap or nxt.low in self.lex.prepositions) and nxt.text[:1].isalpha() \
            and not self.is_animate(toks, (j, j + 1)) and not self._names_a_state(toks, (j, j + 1))

    def _names_a_state(self, toks: list[Tok], np: tuple[int, int]) -> bool:
        """The noun phrase is a state's name and nothing else (a determiner aside)."""
        k = np[0]
        while k < np[1] - 1 and toks[k].low in self.lex.determiners:
            k += 1
        a, b = toks[k].start, toks[np[1] - 1].end
        return any(s <= a and e >= b for s, e in self._states)

    def _mention_before(self, toks: list[Tok], lo: int, i: int) -> tuple[int, int] | None:
        """A person or organization mention that ends right before the verb at i (past
        preverbal adverbs: "X also said"), starting after the clause start: in English the
        subject stands there even when the clause opens with other phrases."""
        e = i
        while e - 1 > lo and toks[e - 1].low in self.lex.adverbs:
            e -= 1
        for k in range(e - 1, max(lo, e - 8) - 1, -1):
            m = self._mention_at(toks, k, e)
            if m is not None and m[1] == e:
                return m if m[0] > lo else None  # a mention opening the clause: the usual path
        return None

    def _mention_at(self, toks: list[Tok], j: int, limit: int) -> tuple[int, int] | None:
        """The tokens of a person or organization mention starting at token j (before
        `limit`), from the actors stage."""
        start = toks[j].start
        end = next((b for a, b in self._animate if a == start), None)
        if end is None:
            return None
        k = j
        while k < limit and toks[k].end <= end:
            k += 1
        return (j, k) if k > j else None

    def place_of_saying(self, toks: list[Tok], lo: int, hi: int, i: int) -> tuple[int, int] | None:
        """Where an impersonal statement comes from: the noun phrase of a source preposition
        in its clause, any noun ("Auf der Homepage heißt es", "hieß es aus Paris")."""
        for k in (*range(lo, i), *range(i + 1, hi - 1)):
            if toks[k].low in self.lex.source_preps and not toks[k].quoted:
                np = self.np_forward(toks, k + 1, hi if k > i else i)
                if np is not None:
                    return np
        if lo > 2 and toks[0].low in self.lex.source_preps and not toks[0].quoted:
            # "In der Fassung des Berichts, die gestern erschien, heißt es": the phrase that
            # opens the sentence, before a relative clause about it
            return self.np_forward(toks, 1, lo)
        return None

    def _passive_subject(self, toks: list[Tok], lo: int, i: int) -> tuple[int, int] | None:
        """The subject of a passive clause: after its auxiliary ("In der Meldung wird X
        zitiert"), else before it ("X wird mit den Worten zitiert")."""
        lex = self.lex
        aux = next((k for k in range(lo, i) if toks[k].low in lex.passive), None)
        if aux is None:
            return None
        a = aux + 1
        while a < i and toks[a].low in self.skip_after:
            a += 1
        np = self.np_forward(toks, a, i)
        if np is None and aux > lo and toks[lo].low not in lex.prepositions:
            np = self.np_forward(toks, lo, aux)
        return np

    def _first_constituent(self, toks: list[Tok], lo: int, i: int) -> int:
        """Where the clause's first constituent starts: past a quotation, an auxiliary after
        it ("„…“ wird X zitiert"), conjunctions and adverbs (not a determiner or a leading
        preposition)."""
        lex = self.lex
        j = lo
        verb_last = i + 1 >= len(toks) or toks[i + 1].text in ",.;:"
        while j < i and (toks[j].quoted or toks[j].text == ","):
            j += 1
        if j < i and toks[j].low in lex.auxiliaries and j > lo:
            j += 1
        while j < i and (toks[j].low in lex.conjunctions or toks[j].low in lex.adverbs
                         or toks[j].low in lex.as_cues) and not (
                             toks[j].low in lex.determiners and j + 1 < i
                             and (toks[j + 1].cap or toks[j + 1].text[:1].isdigit()
                                  or toks[j + 1].text in OPENERS  # die „Aktion X“
                                  or toks[j + 1].low.endswith(ADJ_END))
                         ) and not (toks[j].low in lex.prepositions and j == lo and not (
                             toks[j].low in lex.conjunctions and verb_last)):
            j += 1  # "Während X ankündigte, …": a conjunction when the verb ends the clause
        return j

    def _kind(self, low: str, particle: str | None) -> str:
        """speech, speculation, denial or reported; with a separable particle the particle
        decides ("wies … zurück" denies, "wies … hin" states)."""
        lex = self.lex
        if particle is not None and particle in lex.particle_kinds:
            return lex.particle_kinds[particle]
        if low in lex.denial_verbs and (particle is None or low not in lex.need_particle):
            return "denial"
        if low in lex.speculation_verbs:
            return "speculation"
        return "speech" if low in lex.speech_verbs else "reported"

    def _particle(self, toks: list[Tok], i: int, need: frozenset[str]) -> int | None:
        """Where the separable particle of the verb at `i` is: later in the clause, across
        appositions ("teilte der Direktor, Herr X, mit"), or just before a final verb."""
        if i > 0 and toks[i - 1].low in need and not toks[i - 1].quoted:
            return i - 1
        if FRONTED_PARTICLE and i > 1 and toks[i - 1].quoted:
            # "Von einer „Krise“ sprach X": the preposition opens the clause, a quotation
            # stands between it and the verb
            lo = self._clause_start(toks, i)
            if lo < i - 1 and toks[lo].low in need and toks[lo].low in self.lex.prepositions \
                    and not toks[lo].quoted:
                return lo
        for k in range(i + 1, min(len(toks), i + 25)):
            t = toks[k]
            if t.quoted:
                continue
            if t.low in need:
                return k
            if t.text in ":;" or t.low in self.lex.complementizers:
                return None
        return None

    def _content(self, toks: list[Tok], i: int, cue_end: int, lo: int, speaker: tuple[int, int],
                 back_ref: bool, kind: str) -> tuple[tuple[int, int] | None, str]:
        lex = self.lex
        n = len(toks)
        if back_ref:
            return None, "indirect"  # the caller takes the previous sentence
        # English "X said the talks had failed" (no "that"): before any later "if"/"that"
        bare = self._bare_complement(toks, i, cue_end, speaker)
        if bare is not None:
            span = self._span(toks, bare, self._main_resumes(toks, lo, bare))
            if span:
                return span, "indirect"
        # clause after the cue: ", dass …", ": …", ", sie sei …"
        k = max(cue_end + 1, speaker[1] if speaker[0] > i else 0)
        while k < n and toks[k].text not in ",:;":
            if toks[k].quoted:  # past a title in marks ("sagte der „Zeitung“, …")
                e = k
                while e < n and toks[e].quoted:
                    e += 1
                if e - k > TITLE_TOKENS or e >= n or k == cue_end + 1:
                    break
                k = e
                continue
            if toks[k].low in lex.complementizers:
                break
            k += 1
        if k < n and not toks[k].quoted and not (toks[k].text == "," and not lex.content_after_comma):
            j = k + 1 if toks[k].text in ",:" else k
            if j < n and any(tuple(t.low for t in toks[j:j + len(v)]) == v for v in lex.via_cues):
                j = n  # ", citing X" names a source, it is no content
            for _ in range(2):  # past an apposition: "sagte der Direktor, Herr X, es sei …"
                ce = self._clause_end(toks, j) if j < n else n
                if ce < n - 1 and toks[ce].text == "," and ce - j <= 6 and toks[k].text == "," \
                        and (toks[j].cap or toks[j].low in lex.determiners) \
                        and not self._verbish(toks[j:ce]) and speaker[0] > i:
                    j = ce + 1
                else:
                    break
            # a cue ending a clause of time or reason ("Nachdem X gewarnt hatte, stellte sich
            # heraus, …"): the main clause after it is not what was said, unless it is a
            # "dass", infinitive or subjunctive clause
            adverbial = ADVERBIAL_CUE and toks[lo].low in lex.adverbial_subordinators \
                and toks[lo].low not in lex.complementizers and toks[k].text == "," \
                and all(t.low in lex.auxiliaries for t in toks[cue_end + 1:k])
            if adverbial and j < n:
                after = toks[j:self._clause_end(toks, j)]
                adverbial = toks[j].low not in lex.complementizers and not self._infinitive(after) \
                    and not any((x.low in self.reported_mood or x.low in self._mood) and not x.quoted
                                for x in after)
            if j < n and toks[j].low not in lex.not_content and not adverbial:
                nxt = toks[j]
                clause = toks[j:self._clause_end(toks, j)]
                if toks[k].text == ":" or nxt.low in lex.complementizers or (
                        any(x.low in self.reported_mood or x.low in self._mood
                            for x in toks[j:n] if not x.quoted)) or (
                        kind != "reported" and self._verbish(clause) and (
                            nxt.low not in self.subordinators
                            or (nxt.low in lex.determiners and j + 1 < n
                                and (toks[j + 1].cap or toks[j + 1].text in OPENERS))
                            or (nxt.low not in lex.conjunctions and self._infinitive(clause)))):
                    span = self._span(toks, j, self._main_resumes(toks, lo, j))
                    if span:
                        return span, "indirect"
        # clause before the cue: "…, sagte X" / "…, berichtete X"
        if lo >= 2 and toks[lo - 1].text == "," and (
                lo == i or speaker == (lo, i)
                or (speaker[0] > i and all(t.low in lex.adverbs for t in toks[lo:i])) # ", so glaubt man"
                or (toks[lo].low in lex.auxiliaries and speaker[0] == lo + 1)) \
                and speaker[0] >= lo and not self._adverbial(toks, lo - 1) \
                and not (lex.finite_markers and toks[0].low in lex.prepositions
                         and not self._finite_in(toks, 0, lo - 1)):
            # not "X, der Minister, sagte": X is no content; in English not a phrase without
            # a verb ("In his first speech outside Downing Street, X promised …")
            span = self._span(toks, 0, lo - 1)
            if span:
                return span, "indirect"
        # "wie X mitteilte": the rest of the sentence
        if lo < i and toks[lo].low in lex.as_cues:
            end = self._clause_end(toks, i + 1)
            if lo > 0:
                span = self._span(toks, 0, lo - 1)
                after = self._span(toks, end + 1, n) if REST_AROUND and end < n - 1 \
                    and toks[end].text == "," else None
                if span and after:  # "Die Kürzung verstoße, wie X entschied, gegen …"
                    span = (span[0], after[1])
            else:
                span = self._span(toks, end + 1, n)
            if span:
                return span, "indirect"
        return None, "indirect"

    def _finite_in(self, toks: list[Tok], a: int, b: int) -> bool:
        """Does toks[a:b] hold a finite verb, by the language's markers ("was", "will") or
        verb endings ("-ed")?"""
        lex = self.lex
        return any(t.low in lex.finite_markers or (
            lex.verb_suffixes and k > a and t.text[:1].islower() and t.low.endswith(lex.verb_suffixes)
            and toks[k - 1].low not in lex.determiners) for k, t in enumerate(toks[a:b], a))

    def _bare_complement(self, toks: list[Tok], i: int, cue_end: int,
                         speaker: tuple[int, int]) -> int | None:
        """Where a content clause without "that" starts right after the cue ("Judge X said the
        government had violated his order"; "told reporters the talks …"), else None. Only for
        languages that list such verbs, after a speaker named before the cue, and only for a
        clause that shows a finite verb within its first words."""
        lex = self.lex
        if toks[i].low not in lex.bare_complement_verbs or speaker[0] > i:
            return None
        n = len(toks)
        j = cue_end + 1
        if toks[i].low in lex.listener_verbs and j < n:
            if toks[j].low in lex.listener_words:
                j += 1
            else:  # "told Reuters …", "told the BBC …"
                k = j + 1 if toks[j].low in lex.determiners and j + 1 < n and toks[j + 1].cap else j
                e = k
                while e < n and toks[e].cap and not toks[e].quoted:
                    e += 1
                if e == k:
                    return None
                j = e
        if j >= n or toks[j].quoted or not toks[j].text[:1].isalnum():
            return None
        first = toks[j].low
        if first in lex.prepositions or first in lex.conjunctions or first in lex.not_content \
                or first in lex.adverbial_subordinators or first in lex.complementizers:
            return None
        window = toks[j + 1:j + 8]
        for k, t in enumerate(window):
            if t.text in ",;:" or t.quoted:
                break
            if t.low in lex.finite_markers:
                return j
            prev = toks[j + k]
            if lex.verb_suffixes and t.text[:1].islower() and t.low.endswith(lex.verb_suffixes) \
                    and prev.low not in lex.determiners and not prev.low.endswith(lex.verb_suffixes):
                return j
        return None

    def _speakerless_frame(self, toks: list[Tok], i: int) -> Frame | None:
        """A statement that names no one: "Es wurde bekannt, dass …", "Wie bekannt wurde,
        …" (the cue with one of its auxiliaries next to it): no speaker, as quotes-de marks it."""
        lex = self.lex
        aux = lex.speakerless_cues[toks[i].low]
        if not any(0 <= k < len(toks) and toks[k].low in aux for k in (i - 2, i - 1, i + 1, i + 2)):
            return None
        n = len(toks)
        end = self._clause_end(toks, i)
        content = None
        if end < n - 2 and toks[end].text == "," and toks[end + 1].low in lex.complementizers:
            content = self._span(toks, end + 1, self._main_resumes(toks, None, end + 1))
        elif self._clause_start(toks, i) == 0 and toks[0].low in lex.as_cues and end < n - 2:
            content = self._span(toks, end + 1, n)
        if content is None:
            return None
        return Frame("speech", (toks[i].start, toks[i].end), toks[i].text, None, content)

    def _noun_frame(self, toks: list[Tok], i: int) -> Frame | None:
        """A noun of saying with its content clause after a comma: "die Befürchtung, die Lage
        könne eskalieren", "mit der Begründung, dass …", "der Vorschlag, X zu tun". The noun
        phrase is the speaker, as quotes-de annotates it (it names no entity)."""
        n = len(toks)
        np = self.np_forward(toks, i, n)
        if np is None or np[1] >= n - 1 or toks[np[1]].text != ",":
            return None
        start = self.np_backward(toks, i + 1, 0)
        a = start[0] if start is not None else i
        j = np[1] + 1
        clause = toks[j:self._clause_end(toks, j)]
        lex = self.lex
        if toks[j].low in lex.not_content:
            return None
        if not (toks[j].low in lex.complementizers or self._infinitive(clause)
                or any((x.low in self.reported_mood or x.low in self._mood) and not x.quoted
                       for x in clause)):
            return None
        content = self._span(toks, j, self._main_resumes(toks, None, j))
        if content is None:
            return None
        cue, cue_text = (toks[i].start, toks[i].end), toks[i].text
        if i > 0 and toks[i - 1].low in self.lex.determiners and not toks[i - 1].quoted:
            # "die Forderung, …": the noun with its article, as quotes-de marks it
            cue, cue_text = (toks[i - 1].start, toks[i].end), f"{toks[i - 1].text} {toks[i].text}"
        subj = self.subject_tokens(toks, a) if a > 0 else None
        if subj is not None and self.is_animate(toks, subj):  # "X vertrat die Ansicht, …"
            return Frame("speech", cue, cue_text, self.chars(toks, subj), content)
        return Frame("noun", cue, cue_text, (toks[a].start, toks[np[1] - 1].end), content)

    def _main_resumes(self, toks: list[Tok], lo: int | None, j: int) -> int:
        """Where the content clause from j ends: the sentence end, or, when the cue stands in
        an adverbial clause ("Während X ankündigte, …, lehnte Y ab"), the comma before the
        main clause's verb."""
        n = len(toks)
        breaks = self.lex.content_breaks  # English ", while the United States announced …"
        if breaks:
            for k in range(j + 1, n - 1):
                if toks[k].text == "," and toks[k + 1].low in breaks and not toks[k].quoted:
                    return k
        if lo is not None and toks[lo].low not in self.lex.adverbial_subordinators:
            return n
        lex = self.lex
        for k in range(j + 1, n - 1):
            nxt = toks[k + 1]
            if toks[k].text == "," and not toks[k].quoted and nxt.text[:1].islower() \
                    and nxt.text.isalpha() and nxt.low not in lex.conjunctions \
                    and nxt.low not in lex.determiners and nxt.low not in lex.prepositions \
                    and nxt.low not in lex.complementizers and nxt.low not in lex.adverbs:
                return k
        return n

    def _adverbial(self, toks: list[Tok], end: int) -> bool:
        """Is toks[:end] one adverbial clause ("Da der Flug ausfiel, entschied der Pilot …"),
        a reason or time of the act, not what was said?"""
        k = 0
        while k < end and (toks[k].quoted or not toks[k].text[:1].isalnum()):
            k += 1
        if k >= end or toks[k].low not in self.lex.adverbial_subordinators:
            return False
        return not any(t.text in ",;:" and not t.quoted for t in toks[k:end])

    def _verbish(self, clause: list[Tok]) -> bool:
        """Could the clause hold a verb (a lower-case word outside the closed classes)? Not
        an apposition after the speaker (", sagte X, ein Anwalt des Vereins")."""
        lex = self.lex
        return any(t.text[:1].islower() and t.text.isalpha() and not t.quoted
                   and t.low not in lex.determiners and t.low not in lex.prepositions
                   and t.low not in lex.conjunctions and t.low not in lex.adverbs
                   and not (k + 1 < len(clause) and clause[k + 1].cap
                            and t.low.endswith(ADJ_END))  # "kanadischer General"
                   for k, t in enumerate(clause))

    def _infinitive(self, clause: list[Tok]) -> bool:
        """A zu-infinitive clause ("…, vor Gericht zu ziehen", "…, das Verfahren einzuleiten")."""
        inf = self.lex.infinitive_marker
        if not inf:
            return False
        inner = self._inner_inf
        return any((t.low == inf and k + 1 < len(clause) and clause[k + 1].text.islower())
                   or (inner and t.text.islower() and t.low.startswith(inner)
                       and t.low.endswith("n") and len(t.low) > 7)
                   for k, t in enumerate(clause))

    def _prep_frame(self, toks: list[Tok], i: int) -> Frame | None:
        lex = self.lex
        n = len(toks)
        nouns = lex.prep_cue_nouns.get(toks[i].low)
        if nouns is not None and i > 0 and toks[i - 1].low in lex.time_before_prep:
            return None  # "kurz nach dem Urteil", "zwei Monate nach der Wahl": a time
        if 0 < i < n - 3 and toks[i - 1].text == "," and toks[i + 1].low in lex.relatives:
            # "Umfragen, nach denen 72 Prozent …": the relative word stands for the source,
            # when it names one ("das Spiel, nach dem …" is a time, not a source)
            src = self.np_backward(toks, i - 1, 0) if nouns is not None else None
            if RELATIVE_PAST_PP and src is not None and src[0] > 1 \
                    and toks[src[0] - 1].low in lex.prepositions \
                    and not any(t.low.endswith(nouns) for t in toks[src[0]:src[1]]):
                src = self.np_backward(toks, src[0] - 1, 0)  # "Umfragen im Land, nach denen …"
            if nouns is not None and not (src and any(t.low.endswith(nouns)
                                                      for t in toks[src[0]:src[1]])):
                return None
            content = self._span(toks, i + 2, self._clause_end(toks, i + 2))
            return Frame("prep", (toks[i].start, toks[i].end), toks[i].text,
                         (toks[i + 1].start, toks[i + 1].end), content) if content else None
        a = i + 1
        while a < n - 1 and toks[a].low in lex.adverbs and not toks[a].cap:
            a += 1  # "nach bisher unbestätigten Berichten"
        np = self.np_forward(toks, a, n)
        if np is None and i + 1 < n and toks[i + 1].quoted and toks[i + 1].text in OPENERS:
            e = i + 1
            while e < n and toks[e].quoted and e - i <= 8:
                e += 1
            np = (i + 1, e) if e - i <= 8 else None  # laut „Welt“
        if np is None and nouns is None and i + 1 < n and toks[i + 1].text[:1].isalpha() \
                and toks[i + 1].low not in self.np_stop and toks[i + 1].low not in lex.pronouns:
            np = (i + 1, i + 2)  # laut taz, laut ai-Bericht
        if np is None:
            return None
        if nouns is not None:
            head = [t.low for t in toks[np[0]:np[1]]]
            if not any(w.endswith(nouns) for w in head):
                return None
        if np[1] - np[0] == 1 and toks[np[0]].low in lex.pronouns:
            return None
        start = None  # where the content starts when not right after the source phrase
        if V2_SOURCE and all(t.low in lex.adverbs or t.low in lex.conjunctions for t in toks[:i]):
            end = self._to_finite_verb(toks, np[1])
            past = self._past_relative(toks, np[1]) if V2_RELATIVE and end == np[1] else None
            if past is not None:
                end, start = past
            np = (np[0], end)
        content = self._inner_clause(toks, i, np[1]) or self._rest(toks, i, start or np[1])
        if content is None and not self._quotation_after(toks, np[1]):
            return None
        return Frame("prep", (toks[i].start, toks[i].end), toks[i].text,
                     self.chars(toks, np), content)

    def _past_relative(self, toks: list[Tok], e: int) -> tuple[int, int] | None:
        """A source phrase opening the sentence with a relative clause about it ("Laut einem
        Bericht der Zeitung, der sich auf X beruft, leben …"): (the end of the phrase before
        the clause, the finite verb after it), when the verb follows the clause's comma."""
        lex = self.lex
        n = len(toks)
        k = next((x for x in range(e, min(n - 2, e + V2_MAX_TOKENS)) if toks[x].text == ","
                  and not toks[x].quoted), None)
        if k is None or not all(t.quoted or t.cap or t.text[:1].isdigit() or t.low in lex.determiners
                                or t.low in lex.prepositions for t in toks[e:k]) \
                or not (toks[k + 1].low in lex.relatives or (toks[k + 1].low in lex.determiners
                                                             and not toks[k + 2].cap)):
            return None
        c = next((x for x in range(k + 2, min(n - 1, k + 25)) if toks[x].text in ",;:."
                  and not toks[x].quoted), None)
        if c is None or toks[c].text != ",":
            return None
        v = toks[c + 1]
        if v.quoted or not v.text.isalpha() or not v.text.islower() or v.low in lex.conjunctions \
                or v.low in lex.determiners or v.low in lex.prepositions or v.low in lex.relatives:
            return None
        if toks[k + 2].cap and all(t.cap or t.low in lex.determiners for t in toks[k + 1:c]):
            return c, c + 1  # "Nach Angaben von X, dem Dekan, …": an apposition is the source's
        return k, c + 1

    def _to_finite_verb(self, toks: list[Tok], e: int) -> int:
        """Where the source phrase that opens a sentence ends: at its finite verb, as the
        phrase is the first constituent ("Laut einem Bericht der Zeitung vom Mai wurden …",
        "Nach Angaben von X, dem Dekan, befanden sich …"); `e` when no verb is near or a
        relative clause comes first."""
        lex = self.lex
        n = len(toks)
        k = e
        while k < n and k - e <= V2_MAX_TOKENS:
            t = toks[k]
            low = t.low
            after = toks[k + 2] if k + 2 < n else t
            if t.text == "," and k + 1 < n and (
                    toks[k + 1].low in lex.relatives
                    or (toks[k + 1].low in lex.determiners and not after.cap)
                    or (toks[k + 1].low in lex.prepositions and after.low in lex.relatives)):
                return e  # ", die aber …": a relative clause, where the verb is not the main one
            if t.quoted or t.text in ",()–-" or t.text[:1].isdigit() or t.cap:
                k += 1
                continue
            if not t.text[:1].isalpha():
                return e
            if k == e and low not in lex.determiners and low not in lex.prepositions:
                return e  # the verb right after the phrase
            if low in lex.determiners or low in lex.prepositions or low in lex.coordinators \
                    or (k + 1 < n and toks[k + 1].cap and low not in lex.auxiliaries and (
                        low.endswith(ADJ_END)  # "einer am Montag veröffentlichten Studie"
                        or (len(low) <= 3 and toks[k - 1].cap))):  # "Institute of Technology"
                k += 1
                continue
            if low in lex.conjunctions:
                return e
            while k > e and toks[k - 1].text in ",–-":
                k -= 1
            return k
        return e

    def _post_frame(self, toks: list[Tok], i: int) -> Frame | None:
        lo = self._clause_start(toks, i)
        np = self.np_backward(toks, i, lo)
        if np is None:
            return None
        if POST_TAIL:
            np = self._with_tail_before(toks, np, lo)
        if np[0] == lo > 0 and np[1] - np[0] > 2 and toks[lo - 1].text == "," \
                and toks[lo + 1].low in self.lex.determiners and toks[lo].low in self.lex.determiners:
            np = (lo + 1, np[1])  # ", die ihrer Meinung nach …": the relative pronoun is no source
        elif POSSESSIVE_SOURCE and np[1] - np[0] > 2 and toks[np[0]].low in self.lex.determiners \
                and toks[np[0] + 1].low in self.lex.possessives:
            np = (np[0] + 1, np[1])  # "die seiner Ansicht nach wachsende Gefahr": the article is the noun's
        nouns = self.lex.prep_cue_nouns.get(toks[i].low)
        if nouns is not None and not any(t.low.endswith(nouns) for t in toks[np[0]:np[1]]):
            return None
        content = self._inner_clause(toks, np[0], i + 1) or self._rest(toks, np[0], i + 1)
        if content is None and not self._quotation_after(toks, i + 1):
            return None
        return Frame("post", (toks[i].start, toks[i].end), toks[i].text,
                     self.chars(toks, np), content)

    def _with_tail_before(self, toks: list[Tok], np: tuple[int, int], lo: int) -> tuple[int, int]:
        """The source phrase before a postposition with its prepositional parts ("Berichten
        der Zeitung vom Montag zufolge": not just "Montag"); it starts at its first article,
        noun or name after the verb or clause start before it."""
        lex = self.lex
        k = np[0] - 1
        while k >= lo and not toks[k].quoted and (
                toks[k].cap or toks[k].low in lex.determiners or toks[k].low in lex.prepositions
                or toks[k].text[:1].isdigit() or toks[k].text in "()"
                or (toks[k].low.endswith(ADJ_END) and toks[k + 1].cap and k > lo and (
                    toks[k - 1].low in lex.determiners or toks[k - 1].low in lex.prepositions
                    or (toks[k].low.endswith("er") and len(toks[k].low) > 4)))):  # "mehrerer"
            k -= 1
        k += 1
        while k < np[0] and (not (toks[k].cap or toks[k].low in lex.determiners)
                             or toks[k].low in lex.adverbs or toks[k].low in lex.prepositions):
            k += 1  # "Auch …", a leading preposition: not part of the source
        return (k, np[1])

    def _relative_frame(self, toks: list[Tok], i: int) -> Frame | None:
        """"ein Bericht der Agentur X, wonach …": the noun phrase before the comma says it."""
        np = self.np_backward(toks, i - 1, 0)
        content = self._span(toks, i + 1, len(toks))
        if np is None or content is None:
            return None
        return Frame("prep", (toks[i].start, toks[i].end), toks[i].text, self.chars(toks, np), content)

    def _so_frame(self, toks: list[Tok], i: int) -> Frame | None:
        n = len(toks)
        np = self.np_forward(toks, i + 1, n)
        if np is None:
            return None
        e = np[1]
        while e < n and toks[e].low in self.lex.adverbs:
            e += 1
        if e < n and toks[e].text[:1].islower() and toks[e].low not in self.lex.prepositions:
            return None  # "…, so dass …", "so X sagte": a verb follows, not a source
        content = self._span(toks, 0, i - 1)  # None when a direct quote is all there is
        after = self._span(toks, e, n) if REST_AROUND and e < n and toks[e].text == "," \
            and self._verbish(toks[e + 1:self._clause_end(toks, e + 1)]) else None  # no apposition
        if content is not None and after is not None:  # "Die Lage sei ernst, so X, man müsse …"
            content = (content[0], after[1])
        if content is None and i <= 2:  # "Dennoch, so X, habe …": the clause after the source
            content = self._span(toks, e, n)
        if POST_APPOSITION and after is None and e == np[1]:
            np = self._with_apposition(toks, np)  # "…, so X, die Leiterin der Stelle."
        return Frame("so", (toks[i].start, toks[i].end), toks[i].text, self.chars(toks, np), content)

    def _phrase_frame(self, toks: list[Tok], i: int) -> Frame | None:
        for words, kind in self.lex.phrase_cues:
            m = len(words)
            if tuple(t.low for t in toks[i:i + m]) != words:
                continue
            n = len(toks)
            if kind == "prep":
                np = self.np_forward(toks, i + m, n)
                if np is None:
                    return None
                content = self._rest(toks, i, np[1])
                if content is None:
                    return None
                return Frame("prep", (toks[i].start, toks[i + m - 1].end),
                             " ".join(t.text for t in toks[i:i + m]), self.chars(toks, np), content)
        return None

    def _via_positions(self, toks: list[Tok]) -> list[list[int]]:
        """Where each via cue occurs in a sentence, computed once per sentence (the last one
        asked about): a long sentence with many cue verbs rescanned itself per verb."""
        cached = getattr(self, "_via_cache", None)
        if cached is not None and cached[0] is toks:
            return cached[1]
        lows = [t.low for t in toks]
        n = len(lows)
        pos = []
        for words in self.lex.via_cues:
            m, first = len(words), words[0]
            pos.append([k for k in range(n - m + 1)
                        if lows[k] == first and tuple(lows[k:k + m]) == words])
        self._via_cache = (toks, pos)
        return pos

    def _via(self, toks: list[Tok], start: int, n: int) -> tuple[int, int] | None:
        for words, at in zip(self.lex.via_cues, self._via_positions(toks), strict=True):
            j = bisect_left(at, start)
            if j < len(at) and at[j] <= n - len(words):
                return self.np_forward(toks, at[j] + len(words), n)
        return None

    @staticmethod
    def _quotation_after(toks: list[Tok], k: int) -> bool:
        """Does a quotation in marks follow at token k ("Seiner Ansicht nach „…“")? Then
        the source phrase frames that quotation, though no words of its own are left."""
        return QUOTED_SOURCE and k < len(toks) and toks[k].quoted

    # --- spans --------------------------------------------------------------------------
    def _inner_clause(self, toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
        """The relative or subordinate clause a source phrase [a, b) sits in ("…, die nach
        Angaben der Polizei … enthalten sollte, …"): that clause is what the source says,
        not the main clause around it."""
        lo = self._clause_start(toks, a)
        if INNER_CLAUSE and 0 < lo < a and toks[lo - 1].text == "," and (
                toks[lo].low in self.lex.relatives or (toks[lo].low in self.lex.conjunctions
                                                       and toks[lo].low not in self.lex.coordinators)
                or toks[lo].low in self.lex.adverbial_subordinators
                or self._relative_opening(toks, lo, a)):
            hi = self._clause_end(toks, b)
            span = self._span(toks, lo, hi)
            return span if span is not None and (hi - lo) >= 4 else None
        return None

    def _relative_opening(self, toks: list[Tok], lo: int, a: int) -> bool:
        """Does a relative clause open at lo, the source phrase at a inside it: an article
        right before the phrase (", die nach Angaben X …", ", die ihrer Meinung nach …") or a
        preposition with a relative pronoun (", unter denen sich nach X …")?"""
        lex = self.lex
        t = toks[lo]
        if t.quoted:
            return False
        if t.low in lex.determiners and lo < a <= lo + 2 \
                and all(x.low in lex.determiners for x in toks[lo + 1:a]):
            return True  # (", die ihrer Meinung nach …": a possessive before the source)
        return t.low in lex.prepositions and lo + 2 < a and toks[lo + 1].low in lex.relatives \
            and not toks[lo + 2].cap and not toks[lo + 2].quoted

    def _segment(self, toks: list[Tok], a: int, b: int) -> tuple[int, int]:
        """The part of the sentence a source phrase [a, b) stands in: after a colon or
        semicolon before it, up to a semicolon after it, inside parentheses around it
        ("…: Nach Meinung von X werden …", "(nach anderen Angaben liegt …)")."""
        lo, hi = 0, len(toks)
        hit = _bracket_scan(toks, range(a - 1, -1, -1), ")", "(", ":;")
        if hit is not None:
            lo = hit[0] + 1
        hit = _bracket_scan(toks, range(b, len(toks)), "(", ")", ";")
        if hit is not None and (not hit[1] or (lo > 0 and toks[lo - 1].text == "(")):
            hi = hit[0]
        return lo, hi

    def _rest(self, toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
        """The sentence outside tokens [a, b): with words on both sides ("Die Zahl soll laut
        X steigen") the whole sentence, as the content goes on around the source phrase."""
        lo, hi = self._segment(toks, a, b)
        before = self._span(toks, lo, a)
        after = self._span(toks, b, hi)
        if REST_AROUND:  # one word on the other side still belongs to it ("ist laut X unklar")
            before = before or (self._word_span(toks, lo, a) if after else None)
            after = after or (self._word_span(toks, b, hi) if before else None)
        if before and after:
            if REST_AROUND:
                return (before[0], after[1])
            return before if before[1] - before[0] > after[1] - after[0] else after
        return before or after

    def _word_span(self, toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
        """Tokens [a, b) without punctuation at either end, when a word is left."""
        while a < b and not toks[a].text[:1].isalnum():
            a += 1
        while b > a and not toks[b - 1].text[:1].isalnum():
            b -= 1
        if all(t.low in self.lead_stop for t in toks[a:b]):
            return None  # "Auch X zufolge …": an adverb is no part of what was said
        return (toks[a].start, toks[b - 1].end)

    def _span(self, toks: list[Tok], a: int, b: int) -> tuple[int, int] | None:
        while a < b and (toks[a].text in ",:;–—-" ):
            a += 1
        while b > a and toks[b - 1].text in _END_PUNCT + ",:–—-" and not toks[b - 1].quoted:
            b -= 1
        if b - a < 2 or not any(t.text[:1].isalpha() and not t.quoted for t in toks[a:b]):
            return None
        return (toks[a].start, toks[b - 1].end)

    def _sentence(self, toks: list[Tok]) -> tuple[int, int] | None:
        """The whole sentence as a reported statement, with its final full stop (quotes-de
        quotes a whole sentence with it)."""
        span = self._span(toks, 0, len(toks))
        if span is not None and toks[-1].text in _FINAL and not toks[-1].quoted \
                and toks[-1].start >= span[1]:
            return (span[0], toks[-1].end)
        return span


def _bracket_scan(toks: list[Tok], ks: range, inner: str, outer: str, stops: str
                  ) -> tuple[int, bool] | None:
    """Walk `ks` outside quotations, skipping bracketed parts (an `inner` bracket opens one,
    seen from this direction): the first stop character or unmatched `outer` bracket at
    depth 0, with True for the bracket; None when neither comes. One helper for both
    directions of a source phrase's segment."""
    depth = 0
    for k in ks:
        t = toks[k]
        if t.quoted:
            continue
        if t.text == inner:
            depth += 1
        elif t.text == outer:
            if depth == 0:
                return k, True
            depth -= 1
        elif t.text in stops and depth == 0:
            return k, False
    return None
