"""Putting frames and quotation marks together into Quotes and Attributions.

Per sentence, frames (cue + speaker + content) give indirect and reported quotes and
attributions; each direct quotation takes the nearest frame of the sentences it touches, else
the speaker of the reported speech it sits in, else the subject before a colon ("Name: „…“")
or a subject that can speak, else the speaker of the last two sentences. A sentence in the
subjunctive without a frame ("Die Lage sei ernst.") continues the last speaker's speech, or with
no recent speaker is the speech of the previous sentence's subject when that can speak ("Das
Institut sieht keine Gefahr. Nur Züchter seien zu schützen."); several such sentences in a row
make one quote. A reported statement around a quotation ("nannte ihn „…“") is kept as an
attribution, but the quote is the quotation alone, as quotes-de mostly marks it. Time
expressions are never speakers.
A speaker carried over to a quotation takes its own mention in the quotation's sentence when
the sentence names it again; a short quotation with neither cue nor colon ("stufte sie auf
„stabil“ herab") is a word in quotes, not its subject's statement. The speech that goes on is
the outer frame's, not that of a frame nested in its content; a subjunctive sentence with no
recent speaker and no speaking subject before it goes back to the paragraph's speaker of up to
three sentences back; with no recent speaker only Konjunktiv I ("sei") does so, as a lone
Konjunktiv II ("wäre") is mostly the writer's own conditional. A quotation with no frame takes
the last speaker only from the sentence right before (two sentences back it was right in none
of the train cases), and a sentence's subject speaks it only when that subject's head can
speak ("Die Haltung des Ministers gilt als „…“" is no statement of the minister).
Konjunktiv I forms the closed list lacks ("gehöre", "unterstütze") are guessed per sentence
(mood.py); a free indirect sentence needs its mood word in a main clause, not only in a
relative or subordinate one (", die … sollen"); a sentence the splitter cut right after a
quotation ("„…?“ fragen sich Experten.") still lends its frame to the quotation.
A quotation with no frame of its own also takes: the back reference of the next sentence
("„…“ Das sagte X."), the holder of an opinion phrase opening its sentence ("Für X ist das
„…“"), the phrase after any verb of an inverted inquit ("„…“, freute sich X"), the speaking
subject of the sentence before when the quotation is a whole sentence ("X verurteilte Y. „…“"),
and the speaker of a quotation that closed the paragraph before (a quote over paragraphs). A
back reference ("Dies berichtete X") reports up to two sentences of its paragraph.
Two frames of one sentence with the same content give one quote (the one whose speaker names a
person or organization, else a verb's over a noun's: "bestätigte den Verdacht, …"); a reported
statement in a sentence with a source phrase ("X hat nach Angaben Y … angekündigt") is Y's
report, not a second quote. The mood of a relative clause ("Nur Halter, die … hätten, seien …")
does not cut the free indirect sentence at its comma, nor does a phrase with no verb before the
comma ("Im Gegenteil, es sei …").
A subjunctive sentence with no speaker at all reports the document the sentence before names
("Im Bericht werden … aufgeführt. In vielen Fällen sei …"); a reported statement that the
splitter cut inside the quotation its colon opens ("… mit den Worten: „A. B.“") is left to the
quotation, whose cue is the clause's verb of saying when it has one ("X biss Y und rief: „…“").
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from bisect import bisect_left, bisect_right

from chronik.analysis.quotes.frames import Frame, FrameFinder
from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.marks import find_direct
from chronik.analysis.quotes.mood import guess_subjunctive
from chronik.analysis.quotes.phrases import ADJ_END, Tok, tokenize
from chronik.analysis.quotes.speakers import SpeakerLinker
from chronik.analysis.quotes.tagger import (
    TypeFeatures,
    article_features,
    rule_marks,
    spans_of,
    tagger,
)
from chronik.model import Analysis, Attribution, Entity, Quote, Span
from chronik.text.segment import sentences as split_sentences

CONTINUE_SENTENCES = 2  # a speaker carries over this many sentences (within a paragraph)
DIRECT_CONTINUE = 1  # … to a quotation with no frame of its own, only from the sentence before
PARAGRAPH_RESET = True  # a new paragraph ends the last speaker's speech
DROP_REPORTED_AROUND_DIRECT = True  # "nannte ihn „…“": the quotation only (as quotes-de mostly)
REPORTED_CUT_IN_DIRECT = True  # … also when the sentence was cut inside the quotation after a colon
SUBJECT_BEFORE_KONJ1 = True  # … and OLDER_SPEAKER: only Konjunktiv I ("sei"), not "wäre" (the writer's "if")
SUBJECT_BEFORE = True  # a subjunctive sentence with no recent speaker: the last sentence's subject
CONTAINER_BEFORE = True  # … else the document the last sentence names ("Im Bericht wird …")
NAMED_SHARE = 0.8  # a quotation this much covered by entity mentions is a name („Figaro“)
LOCAL_MENTION = True  # a carried-over speaker named again in the quote's sentence: that mention
SUBJECT_HEAD = True  # a quotation's speaking subject (no cue, no colon) needs a head that can speak
SUBJECT_MIN_WORDS = 5  # a shorter quotation with no cue or colon is no statement of the subject
KEEP_OUTER = True  # a frame nested in another's content does not become the last speaker
OLDER_SPEAKER = 3  # no recent speaker nor a speaking subject before: one up to this many back
CUT_AFTER_QUOTE = True  # a lower-case sentence right after a quotation holds its frame
GUESS_SUBJUNCTIVE = True  # Konjunktiv I forms the lexicon lacks ("gehöre") are guessed (mood.py)
FREE_END_PUNCT = True  # a free indirect sentence is quoted with its final full stop
OPEN_FRAMES = True  # a speaking subject before a content clause frames it without a cue word
REPORTATIVE_SUBJECT = False  # "soll" continues the speech of a speaking subject just before
REPORTATIVE_SENTENCES = 1  # "soll" continues speech only right after the speaker's sentence
CONDITIONAL_NEXT = False  # Konjunktiv II right after a speaker's sentence continues the speech
BACK_REF_WORD = True  # "Dies berichtete X" quotes the sentence before and the "Dies"
FREE_MIN_WORDS = 2  # words outside quotation marks a free indirect sentence needs
FREE_FROM_MOOD_CLAUSE = True  # an indicative clause before the first subjunctive one is left out
V1_CONDITIONAL = True  # a sentence opening with "Hätte"/"Wäre" is a condition, not speech
MAIN_CLAUSE_MOOD = True  # a free indirect sentence has its mood word in a main clause
MERGE_FREE = True  # consecutive free indirect sentences of one speaker make one quote
NESTED_DIRECT_WORDS = 0  # a quotation of at most this many words inside indirect speech is dropped
NEXT_BACK_REF = True  # "„…“ Das sagte X.": the next sentence's back reference frames the quotation
OPINION_HOLDER = True  # "Für X ist das „…“": X, for a quotation with no frame
BACK_REF_SENTENCES = 2  # "Dies berichtete X" reports up to this many sentences of its paragraph
INQUIT_AFTER = True  # "„…“, freute sich X": the phrase after any verb right after the quotation
QUOTE_SENTENCE_SUBJECT = True  # "X verurteilte Y. „…“": X, when the quotation is the sentence
QUOTE_PARAGRAPHS = True  # „…“ closing a paragraph, „…“ opening the next: one speaker
# A reported statement ("Die Gewerkschaft verlangte mehr Lohn.") is quoted whole, its verb
# inside: quotes-de marks no cue for it (288 of the 293 train Reported quotes have none), so
# the quote names none; the attribution keeps the verb as its cue.
REPORTED_CUE = False
CUE_CLITIC = True  # "äußerte sich", "heißt es": the reflexive or "es" is part of the cue
COLON_VERB_CUE = True  # "Hier warnte X: „…“": the clause's verb is the quotation's cue
COLON_SPEECH_VERB = True  # … its last verb of saying, when it has one ("X biss Y und rief: „…“")
FRAME_GAP = 10  # characters: a quotation this close to a speech frame without content is its quote
# A quotation nobody can be found for is left out: short ones are titles or scare quotes, and
# on quotes-de train no long one was a speakerless quote either (605 tokens, none in gold as
# such), so keeping them only cost precision.
KEEP_UNATTRIBUTED = False
MIN_UNATTRIBUTED_WORDS = 12  # with KEEP_UNATTRIBUTED: shorter ones are titles or scare quotes
MIN_MODEL_WORDS = 3  # shorter tagged quotes are mostly noise
MIN_MODEL_PROB = 0.5  # mean marginal probability of a tagged quote's tokens
MODEL_NEEDS_SPEAKER = True
MODEL_SPEAKERS = True  # the tagger may overrule a frame's speaker
DROP_PROB = 0.2  # a rule's indirect quote the tagger gives less than this is dropped
# The trained tagger (tagger.py, scripts/train_quotes_de.py) is off: on held-out train articles
# it did not beat the rules (adding quotes, dropping rule quotes or moving speakers each cost
# 0.3-0.9 points of speaker-attributed F1), see the helper report of issue 6. Measured again in
# session 2 (trained on the first 500 train files, scored on the other 200): rules alone 0.632
# attributed_overlap F1, with the tagger 0.602 (0.626 in its best setting: no speaker moves,
# no drops, tagged quotes kept above 0.9 probability).
USE_MODEL = False
_WORD = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")
_MODALITY = {"speculation": "speculative", "denial": "negated"}


@functools.cache
def _finder(lang: str | None) -> FrameFinder:
    return FrameFinder(lexicon(lang))


@functools.cache
def _type_features(lang: str | None) -> TypeFeatures:
    return TypeFeatures(lexicon(lang))



class _SpanIndex:
    """Character spans sorted by start, with the running maximum of their ends: the spans
    touching a range are one slice, found by bisection instead of a scan per sentence."""

    def __init__(self, spans) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.max_ends = list(itertools.accumulate((b for _, b in self.spans), max))

    def overlapping(self, a: int, b: int) -> list[tuple[int, int]]:
        lo = bisect_right(self.max_ends, a)
        return [m for m in self.spans[lo:bisect_left(self.starts, b)] if m[1] > a]

class _Speaker:
    __slots__ = ("span", "eid", "text", "sent")

    def __init__(self, span: tuple[int, int] | None, eid: str | None, text: str | None,
                 sent: int) -> None:
        self.span, self.eid, self.text, self.sent = span, eid, text, sent


def attribute(analysis: Analysis) -> tuple[tuple[Quote, ...], tuple[Attribution, ...],
                                            tuple[Entity, ...]]:
    """Quotes, attributions and all entities (with any new speakers) of one analysis."""
    return _Article(analysis).run()


class _Article:
    """The quotes pass over one article: sentence by sentence, keeping the last speaker."""

    def __init__(self, analysis: Analysis) -> None:
        art = analysis.article
        self.text = art.text
        self.finder = _finder(art.lang)
        self.lex = self.finder.lex
        self.sents = analysis.sentences or split_sentences(self.text, art.lang)
        self.directs = find_direct(self.text, self.lex)
        # quotations are in text order and do not overlap, so both their starts and their
        # ends ascend: the ones touching a range are one slice, found by bisection
        self._d_starts = [q[0] for q in self.directs]
        self._d_ends = [q[1] for q in self.directs]
        self.linker = SpeakerLinker(analysis, self.lex, [s.start for s in self.sents])
        self.animate = _SpanIndex((m.start, m.end) for e in analysis.entities
                                  if e.type in ("PER", "ORG") for m in e.mentions)
        self.states = _SpanIndex((m.start, m.end) for e in analysis.entities
                                 if e.type == "GPE" for m in e.mentions)
        self.times = sorted((t.span.start, t.span.end) for t in analysis.timexes)
        self.mentions_of = {e.id: sorted((m.start, m.end) for m in e.mentions)
                            for e in analysis.entities}
        self.names = sorted({(m.start, m.end) for e in analysis.entities for m in e.mentions})
        self._n_starts = [a for a, _ in self.names]
        self._n_ends = list(itertools.accumulate((b for _, b in self.names), max))
        self.words_of = [frozenset(_WORD.findall(s.text.lower())) for s in self.sents]
        self._guessed_last: dict[int, int] = {}
        self.guessed_of = self._guessed() if GUESS_SUBJUNCTIVE else [frozenset()] * len(self.sents)
        self._open_words = self.lex.complementizers | self.lex.subjunctive
        self._konj1 = self.lex.subjunctive - self.lex.past_subjunctive  # "sei", not "wäre"
        self._toks: list[list[Tok] | None] = [None] * len(self.sents)
        self._resolved: dict[int, _Speaker] = {}
        self.frames_of = [self._frames(k) for k in range(len(self.sents))]
        self.quotes: list[Quote] = []
        self.attrs: list[Attribution] = []
        self.last: _Speaker | _Pending | None = None
        self.tagger = tagger(self.lex.lang) if USE_MODEL else None
        self.last_at: list[_Speaker | _Pending | None] = []
        self._last_direct: tuple[int, _Speaker] | None = None  # the last quotation's end, speaker
        self._free_prev: tuple[int, _Speaker, Quote] | None = None  # the last free indirect quote  # the last speaker after each sentence

    def run(self) -> tuple[tuple[Quote, ...], tuple[Attribution, ...], tuple[Entity, ...]]:
        di = 0
        for si, s in enumerate(self.sents):
            if PARAGRAPH_RESET and si and "\n" in self.text[self.sents[si - 1].end:s.start]:
                self.last = None  # a new paragraph: no speech carries over
            self._frame_quotes(si)
            while di < len(self.directs) and self.directs[di][0] < s.end:
                q = self.directs[di]
                di += 1
                if q[0] >= s.start or si == 0:  # else it started in an earlier sentence
                    self._direct_quote(si, q)
            self._free_indirect(si)
            self.last_at.append(self.last)
        if self.tagger is not None:
            self._model_pass()
        self.quotes = _drop_nested(self.quotes)
        self.quotes.sort(key=lambda q: (q.span.start, q.span.end))
        self.attrs.sort(key=lambda a: (a.span.start, a.span.end))
        return tuple(self.quotes), tuple(self.attrs), self.linker.all_entities()

    # --- helpers ------------------------------------------------------------------------
    def directs_in(self, a: int, b: int) -> list[tuple[int, int]]:
        """The quotations overlapping a..b (end > a and start < b), in text order."""
        return self.directs[bisect_right(self._d_ends, a):bisect_left(self._d_starts, b)]

    def states_in(self, a: int, b: int) -> list[tuple[int, int]]:
        """The state (GPE) mentions overlapping a..b, in order."""
        return self.states.overlapping(a, b)

    def animate_in(self, a: int, b: int) -> list[tuple[int, int]]:
        """The person and organization mentions overlapping a..b, in order."""
        return self.animate.overlapping(a, b)

    def _named(self, q: tuple[int, int]) -> bool:
        """Is the quotation mostly a name the actors stage found („Forte Village“, „Figaro“)?"""
        a, b = q[0] + 1, q[1] - 1
        if b <= a:
            return False
        lo = bisect_right(self._n_ends, a)
        covered = sum(min(e, b) - max(s, a) for s, e in self.names[lo:bisect_left(self._n_starts, b)]
                      if e > a and s < b)
        return covered >= NAMED_SHARE * len(self.text[a:b].strip())

    def is_time(self, span: tuple[int, int]) -> bool:
        """Does a time expression open this span ("Anfang November hatte die Polizei …")?"""
        i = bisect_right(self.times, (span[0], float("inf")))
        return i > 0 and self.times[i - 1][0] <= span[0] < self.times[i - 1][1]

    def toks_at(self, k: int) -> list[Tok]:
        if self._toks[k] is None:
            sk = self.sents[k]
            inside = self.directs_in(sk.start, sk.end)
            self._toks[k] = tokenize(self.text, sk.start, sk.end, inside)
        return self._toks[k]

    def _frames(self, k: int) -> list[Frame]:
        """Frames of sentence k; only sentences with a cue word need a closer look. A
        sentence with none whose speaking subject opens a content clause ("Die Experten kamen
        zu dem Ergebnis, dass …") has an open frame: the cue is a phrase no list holds."""
        words = self.words_of[k]
        mood = self.guessed_of[k]
        if self.lex.triggers.isdisjoint(words):
            if not OPEN_FRAMES or (self._open_words.isdisjoint(words) and not self._mood_after_comma(k)):
                return []
            s = self.sents[k]
            f = self.finder.open_frame(self.toks_at(k), self.animate_in(s.start, s.end), mood)
            return [f] if f is not None else []
        s = self.sents[k]
        here = self.animate_in(s.start, s.end)
        found = self.finder.frames(self.toks_at(k), here, self.states_in(s.start, s.end), mood)
        if not found and OPEN_FRAMES and (not self._open_words.isdisjoint(words) or mood):
            f = self.finder.open_frame(self.toks_at(k), here, mood)
            return [f] if f is not None else []
        return found

    def speaker_of(self, f: Frame, si: int) -> _Speaker | None:
        key = id(f)
        if key not in self._resolved and f.speaker is not None:
            if f.kind == "noun":  # "die Befürchtung": a speaker span, never a new entity
                self._resolved[key] = _Speaker(f.speaker, None, self.text[slice(*f.speaker)], si)
                return self._resolved[key]
            eid, name = self.linker.link(*f.speaker)
            self._resolved[key] = _Speaker(f.speaker, eid, name, si)
        return self._resolved.get(key)

    def _last(self) -> _Speaker:
        if isinstance(self.last, _Pending):
            sp = self.speaker_of(self.last.frame, self.last.sent)
            self.last = _Speaker(sp.span, sp.eid, sp.text, self.last.sent)
        return self.last

    def _local(self, sp: _Speaker, si: int, q: tuple[int, int] | None = None) -> _Speaker:
        """The carried-over speaker `sp`, at its mention in sentence si when the sentence names
        it again outside the quotation q ("…, sieht Osterloh einen „Angriff“"): annotators
        mark the nearest naming of the speaker."""
        if not LOCAL_MENTION or sp.eid is None or sp.sent == si:
            return sp
        s = self.sents[si]
        here = [m for m in self.mentions_of.get(sp.eid, ())
                if s.start <= m[0] and m[1] <= s.end and (q is None or m[1] <= q[0] or m[0] >= q[1])
                and not any(a <= m[0] < b for a, b in self.directs_in(*m))]
        if not here:
            return sp
        m = here[0]
        return _Speaker(m, sp.eid, sp.text, si)

    def _colon_before(self, si: int, q: tuple[int, int]) -> bool:
        """Does a colon open the quotation q ("Merkel: „…“")?"""
        before = [t for t in self.toks_at(si) if t.end <= q[0]]
        return bool(before) and before[-1].text == ":"

    def _recent(self, si: int) -> bool:
        return self.last is not None and 0 < si - self.last.sent <= CONTINUE_SENTENCES

    def _subjunctive(self, si: int, words: frozenset[str], guess: bool = False) -> bool:
        """Does the sentence (outside its quotations) use one of `words` (or, with `guess`,
        a subjunctive form the lexicon lacks)?"""
        if guess and self.guessed_of[si]:
            words = words | self.guessed_of[si]
        return not words.isdisjoint(self.words_of[si]) and any(
            t.low in words and not t.quoted for t in self.toks_at(si))

    def _guessed(self) -> list[frozenset[str]]:
        """Per sentence, the subjunctive forms guessed in it (mood.py); `_guessed_last` keeps
        where the last of them stands."""
        out: list[set[str]] = [set() for _ in self.sents]
        starts = [s.start for s in self.sents]
        for pos, w in guess_subjunctive(self.text, self.lex):
            k = bisect_right(starts, pos) - 1
            if k >= 0:
                out[k].add(w)
                self._guessed_last[k] = pos
        return [frozenset(x) for x in out]

    def _mood_after_comma(self, k: int) -> bool:
        """Is a guessed subjunctive form after the first comma of sentence k (where an open
        frame's content clause would be)? A cheap test before tokenizing the sentence."""
        pos = self._guessed_last.get(k)
        if pos is None:
            return False
        s = self.sents[k]
        comma = self.text.find(",", s.start, s.end)
        return 0 <= comma < pos

    def _emit(self, span: tuple[int, int], qtype: str, sp: _Speaker | None, cue: str | None,
              cue_span: Span | None, modality: str = "reported", via: tuple[str, ...] = (),
              quote: bool = True, attribution: bool = True) -> None:
        text = self.text
        if cue_span is not None and CUE_CLITIC:
            wider = self._with_clitic(cue_span)
            if wider is not cue_span:
                cue = f"{cue} {text[cue_span.end:wider.end].strip()}" if cue else wider.text
                cue_span = wider
        if sp is not None and attribution:
            self.attrs.append(Attribution(Span.of(text, *span), (sp.eid,) if sp.eid else (), via,
                                          sp.text, cue, cue_span, modality))
        if quote and qtype == "reported" and not REPORTED_CUE and cue_span is not None \
                and span[0] <= cue_span.start and cue_span.end <= span[1]:
            cue, cue_span = None, None  # the verb is part of the reported statement itself
        if quote:
            self.quotes.append(Quote(Span.of(text, *span), qtype, sp.eid if sp else None,
                                     sp.text if sp else None, cue,
                                     Span.of(text, *sp.span) if sp and sp.span else None,
                                     cue_span))

    def _with_clitic(self, cue_span: Span) -> Span:
        """The cue with a reflexive or the impersonal subject right after it ("äußerte sich",
        "heißt es"), as quotes-de marks it."""
        m = _NEXT_WORD.match(self.text, cue_span.end)
        if m is None:
            return cue_span
        word, verb = m.group(1).lower(), cue_span.text.lower()
        if word in self.lex.reflexives or (self.lex.impersonal or {}).get(verb) == word:
            return Span.of(self.text, cue_span.start, m.end())
        return cue_span

    # --- the three kinds of quotes ------------------------------------------------------
    def _frame_quotes(self, si: int) -> None:
        """Indirect and reported statements from the cue frames of sentence si. The speech
        that goes on in the next sentences is the outer frame's: a frame inside another's
        content ("meldete X, Y habe … bestätigt") does not take over as the last speaker."""
        outer: list[tuple[int, int]] = []
        frames = self.frames_of[si]
        for f in frames:
            content = f.content
            if content is not None and not f.back_ref and any(
                    g is not f and g.content == content and not g.back_ref
                    and self._frame_rank(g) < self._frame_rank(f) for g in frames):
                continue  # another frame of this sentence frames the same words
            if f.content_type == "reported" and content is not None and any(
                    g.kind in ("prep", "post") and g.content is not None and g.speaker is not None
                    and g.content[0] < content[1] and content[0] < g.content[1] for g in frames):
                continue  # "X hat nach Angaben Y … angekündigt": Y's report, not X's statement
            if f.back_ref and si > 0:  # "… gefordert. Dies berichtete X": up to "Dies"
                prev = _trimmed(self.text, self.sents[self._back_ref_start(si)], keep_end=True)
                content = (prev[0], _back_word_end(self.text, self.sents[si].start)) \
                    if prev is not None and BACK_REF_WORD else prev
            nested = KEEP_OUTER and (any(a <= f.cue[0] < b for a, b in outer) or (
                f.kind == "noun" and self.last is not None and self.last.sent == si))
            if content is None:
                if f.speaker is not None and not nested:
                    self.last = _Pending(f, si)  # a frame for a direct quote, maybe
                continue
            sp = self.speaker_of(f, si) or _NOBODY
            via = ()
            if f.via is not None:
                vid, _ = self.linker.link(*f.via)
                via = (vid,) if vid else ()
            # "X forderte Neuwahlen" is X's own act, not a claim someone reports: no attribution
            # (a denial still is one: what is denied must not read as fact)
            self._emit(content, f.content_type, sp, f.cue_text, Span.of(self.text, *f.cue),
                       _MODALITY.get(f.kind, "reported"), via,
                       quote=_words_outside(self.text, content, self.directs_in(*content)) >= 2,
                       attribution=f.content_type != "reported" or f.kind == "denial")
            outer.append(content)
            if sp is not _NOBODY and not nested:
                self.last = _Speaker(sp.span, sp.eid, sp.text, si)

    def _frame_rank(self, f: Frame) -> tuple[bool, bool, int]:
        """Which of two frames of the same content speaks it (lower first): one whose speaker
        names a person or organization, then a verb's over a noun's ("bestätigte den
        Verdacht, …"), then the first."""
        named = f.speaker is not None and bool(self.animate_in(*f.speaker))
        return (not named, f.kind == "noun", f.cue[0])

    def _direct_quote(self, si: int, q: tuple[int, int]) -> None:
        """A quotation in marks: nearest frame, else reported speech around it, else the
        clause's subject, else the last speaker."""
        sj = si
        while sj + 1 < len(self.sents) and self.sents[sj].end < q[1]:
            sj += 1
        if CUT_AFTER_QUOTE and sj + 1 < len(self.sents) and not self.text[q[1]:self.sents[sj].end].strip(".,!? ") \
                and self.sents[sj + 1].text[:1].islower():
            sj += 1  # "„…?“ fragen sich Experten.": the sentence was cut after the quotation
        frames = [(f, k) for k in range(si, sj + 1) for f in self.frames_of[k]]
        framed = any(f.speaker is not None and f.content is None and _gap(q, f.cue) <= FRAME_GAP
                     for f, _k in frames)  # "sagte X: „Es besteht Bedarf“" is no title
        if _is_title(self.text, q, self.lex.title_nouns, caps=not framed) or any(
                f.speaker and f.speaker[0] <= q[0] and q[1] <= f.speaker[1] for f, _k in frames) \
                or self._named(q):
            return  # a name or title in quotes, not a quotation
        sp, cue, cue_span = None, None, None
        best = _nearest_frame(q, frames)
        if best is None and NEXT_BACK_REF:
            best = self._back_ref_after(sj, q)
        if best is not None:
            sp = self.speaker_of(*best)
            cue, cue_span = best[0].cue_text, Span.of(self.text, *best[0].cue)
        if sp is None and not self.frames_of[si] and self._recent(si) \
                and self._subjunctive(si, self.lex.subjunctive, guess=True):
            sp = self._local(self._last(), si, q)  # a quote inside reported speech
        if sp is None and OPINION_HOLDER:
            sp = self._opinion_holder(si, q)
        if sp is None and INQUIT_AFTER:
            found = self._inquit_after(sj, q)
            if found is not None:
                sp, cue_span = found
                cue = cue_span.text
        if sp is None and (_word_count(self.text, q) >= SUBJECT_MIN_WORDS or self._colon_before(si, q)):
            lead = _subject_of(self.finder, self.toks_at(si), q,
                               self.animate_in(self.sents[si].start, self.sents[si].end))
            if lead is not None and not self.is_time(lead):
                eid, name = self.linker.link(*lead)
                sp = _Speaker(lead, eid, name, si)
                if COLON_VERB_CUE and cue_span is None and self._colon_before(si, q):
                    cue_span = self._clause_verb(si, lead, q)  # "Hier warnte X: „…“"
                    cue = cue_span.text if cue_span is not None else None
        if sp is None and self.last is not None and si - self.last.sent <= DIRECT_CONTINUE:
            sp = self._local(self._last(), si, q)
        if sp is None and QUOTE_SENTENCE_SUBJECT and not (
                self.text[self.sents[si].start:q[0]] + self.text[q[1]:self.sents[sj].end]).strip(" .,:;!?"):
            # "X verurteilte die Politik. „…“": a sentence that is all quotation, after one
            # whose subject can speak
            sp = self._subject_before(si)
        if sp is None and QUOTE_PARAGRAPHS and self._last_direct is not None:
            # a quotation opening the paragraph right after one that closed the paragraph
            # before goes on with the same speech (a quote over several paragraphs)
            before, prev = self._last_direct
            gap = self.text[before:q[0]]
            if "\n" in gap and not gap.strip(" .,;\n\t"):
                sp = prev
        if sp is None and (not KEEP_UNATTRIBUTED
                           or _word_count(self.text, q) < MIN_UNATTRIBUTED_WORDS):
            return
        self._emit(q, "direct", sp, cue, cue_span)
        if sp is not None:
            self.last = _Speaker(sp.span, sp.eid, sp.text, sj)
            self._last_direct = (q[1], sp)

    def _clause_verb(self, si: int, lead: tuple[int, int], q: tuple[int, int]) -> Span | None:
        """The finite verb of the clause before a colon ("Hier warnte der Minister: „…“",
        "X griff Y an: „…“"): its first open-class lower-case word outside the subject."""
        lex = self.lex
        closed = lex.determiners | lex.prepositions | lex.adverbs | lex.conjunctions \
            | lex.pronouns.keys() | lex.reflexives
        toks = self.toks_at(si)
        first = said = None
        for k, t in enumerate(toks):
            if t.end > q[0]:
                break
            if lead[0] <= t.start < lead[1] or t.quoted or not t.text.isalpha() \
                    or not t.text.islower() or t.low in closed or (
                        t.low.endswith(ADJ_END) and k + 1 < len(toks) and toks[k + 1].cap):
                continue  # (not an adjective before its noun: "den iranischen Präsidenten")
            if first is None:
                first = t
                if not COLON_SPEECH_VERB:
                    break
            if t.low in lex.cue_words:
                said = t
        t = said or first  # "X biss den Helfer und rief: „…“": the verb of saying
        return Span.of(self.text, t.start, t.end) if t is not None else None

    def _back_ref_start(self, si: int) -> int:
        """The first sentence a back reference ("Dies berichtete X") at sentence si points to:
        the one before, and up to BACK_REF_SENTENCES back within the paragraph while the
        sentences have no frame or quote of their own."""
        k = si - 1
        while si - k < BACK_REF_SENTENCES and k > 0 and not self.frames_of[k - 1] \
                and "\n" not in self.text[self.sents[k - 1].end:self.sents[k].start] \
                and not (self.quotes and self.quotes[-1].span.end > self.sents[k - 1].start):
            k -= 1
        return k

    def _inquit_after(self, sj: int, q: tuple[int, int]) -> tuple[_Speaker, Span] | None:
        """The speaker of an inverted inquit right after the quotation ("„…“, freute sich der
        Trainer", "„…?“ wunderte sich X"): any verb there, then a noun phrase that can speak.
        `sj` is the sentence the quotation ends in (or the one cut off right after it)."""
        toks = self.toks_at(sj)
        v = next((x for x, t in enumerate(toks) if t.start >= q[1]), None)
        if v is not None and toks[v].text == ",":
            v += 1
        elif v is not None and self.text[q[0]:q[1]].rstrip()[-2:-1] not in ("?", "!"):
            return None  # only a question or exclamation needs no comma before the verb
        if v is None or v + 1 >= len(toks):
            return None
        verb = toks[v]
        lex = self.lex
        if verb.quoted or not verb.text.isalpha() or not verb.text.islower() \
                or verb.low in lex.conjunctions or verb.low in lex.determiners \
                or verb.low in lex.prepositions or verb.low in lex.relatives or verb.low in lex.so_cues:
            return None
        a = v + 1
        while a < len(toks) and toks[a].low in self.finder.skip_after:
            a += 1
        end = self.finder._clause_end(toks, a)
        speaker = self._speaking_np(toks, self.finder.np_forward(toks, a, end), sj)
        return None if speaker is None else (speaker, Span.of(self.text, verb.start, verb.end))

    def _opinion_holder(self, si: int, q: tuple[int, int]) -> _Speaker | None:
        """Who a quotation in a sentence opening with an opinion preposition belongs to:
        "Für den Minister ist die Lage „ernst“" is the minister's view. The phrase must be
        the whole first constituent (the finite verb right after it) and able to speak."""
        toks = self.toks_at(si)
        if len(toks) < 4 or toks[0].quoted or toks[0].low not in self.lex.opinion_preps:
            return None
        limit = next((k for k, t in enumerate(toks) if t.quoted or t.end > q[0]), len(toks))
        np = self.finder.np_forward(toks, 1, limit)
        if np is None or np[1] >= limit or not toks[np[1]].text.isalpha() \
                or not toks[np[1]].text.islower():
            return None
        s = self.sents[si]
        if not self.finder.is_animate(toks, np, self.animate_in(s.start, s.end)):
            return None
        span = (toks[np[0]].start, toks[np[1] - 1].end)
        eid, name = self.linker.link(*span)
        return _Speaker(span, eid, name, si)

    def _back_ref_after(self, sj: int, q: tuple[int, int]) -> tuple[Frame, int] | None:
        """The frame of the next sentence pointing back at a quotation that ends sentence sj
        ("„…“ Das sagte X am Montag."), in the same paragraph."""
        k = sj + 1
        if k >= len(self.sents) or self.text[q[1]:self.sents[sj].end].strip(".,!?;: ") \
                or "\n" in self.text[self.sents[sj].end:self.sents[k].start]:
            return None
        return next(((f, k) for f in self.frames_of[k] if f.back_ref and f.speaker is not None),
                    None)

    def _free_indirect(self, si: int) -> None:
        """A subjunctive sentence without a frame continues the last speaker's speech (or,
        with none recent, is the speech of the previous sentence's subject)."""
        if self.frames_of[si]:
            return
        # a quotation of this very sentence made its speaker the last one: still recent
        recent = self._recent(si) or (self.last is not None and self.last.sent == si)
        if not recent and not SUBJECT_BEFORE:
            return
        mood = self.lex.subjunctive
        if (recent and si - self.last.sent <= REPORTATIVE_SENTENCES) or REPORTATIVE_SUBJECT:
            mood = mood | self.lex.reportative  # "soll" alone may be a plan, not a report
        if recent and CONDITIONAL_NEXT and si - self.last.sent == 1:
            mood = mood | self.lex.conditional  # "Ein Streik hätte Folgen" right after a speaker
        if not self._subjunctive(si, mood, guess=True):
            return
        mood = mood | self.guessed_of[si]
        if V1_CONDITIONAL and self._v1_conditional(si):
            return  # "Hätte er nur Bier getrunken, so müsste …": the writer's own "if"
        if MAIN_CLAUSE_MOOD and not self._main_clause_mood(si, mood):
            return  # "Der Passus wurde eingeführt, damit niemand unter Druck stünde."
        content = _trimmed(self.text, self.sents[si], keep_end=FREE_END_PUNCT)
        if content is not None and FREE_FROM_MOOD_CLAUSE:
            content = self._from_mood_clause(si, content, mood)
        if content is None or _words_outside(self.text, content,
                                             self.directs_in(*content)) < FREE_MIN_WORDS:
            return
        # with no recent speaker only Konjunktiv I ("sei", not "wäre") reports someone's speech
        konj1 = not SUBJECT_BEFORE_KONJ1 or self._subjunctive(si, self._konj1, guess=True)
        sp = self._opinion_holder(si, (self.sents[si].end, self.sents[si].end)) \
            if OPINION_HOLDER else None  # "Für den Verband sei die Lage ernst."
        if sp is None:
            sp = self._last() if recent else (self._subject_before(si) if konj1 else None)
        if sp is None and konj1 and self.last is not None and si - self.last.sent <= OLDER_SPEAKER:
            # the subjunctive (not "soll"): the paragraph's speaker of a few sentences back, or
            # of a quotation in this very sentence
            sp = self._last()
        if sp is None and konj1 and CONTAINER_BEFORE and not recent:
            sp = self._container_before(si)  # "Im Bericht wird X genannt. Y sei …": the report
        if sp is None:
            return
        prev = self._free_prev
        if MERGE_FREE and prev is not None and prev[0] == si - 1 and prev[1].span == sp.span and prev[1].eid == sp.eid \
                and self.quotes and self.quotes[-1] is prev[2]:
            # the speech goes on: one quotation across the sentences, as readers see it
            q = prev[2]
            span = Span.of(self.text, q.span.start, content[1])
            self.quotes[-1] = dataclasses.replace(q, span=span)
            if self.attrs and self.attrs[-1].span == q.span:
                self.attrs[-1] = dataclasses.replace(self.attrs[-1], span=span)
            self._free_prev = (si, sp, self.quotes[-1])
        else:
            self._emit(content, "indirect", sp, None, None)
            self._free_prev = (si, sp, self.quotes[-1])
        self.last = _Speaker(sp.span, sp.eid, sp.text, si)

    def _v1_conditional(self, si: int) -> bool:
        """Does sentence si open with a Konjunktiv II verb ("Hätte er …", "Wäre das …"), a
        conditional clause with no "wenn"?"""
        toks = self.toks_at(si)
        return bool(toks) and not toks[0].quoted and toks[0].low in self.lex.past_subjunctive

    def _main_clause_mood(self, si: int, mood: frozenset[str]) -> bool:
        """Is one of the `mood` words in a main clause of sentence si, not only in a relative
        or subordinate clause (", die … sollen", ", damit … wäre")? A clause opens at a comma
        (or the sentence start) and is subordinate when a subordinator or a relative pronoun
        (an article not followed by a noun) opens it."""
        lex = self.lex
        toks = self.toks_at(si)
        opens = lex.complementizers | lex.adverbial_subordinators | lex.not_content
        relative = (lex.determiners & lex.conjunctions) | lex.relatives
        sub = False
        n = len(toks)
        for k, t in enumerate(toks):
            if t.quoted:
                continue
            if k == 0 and t.text != ",":
                # "Wenn …, sei …": a subordinate clause first, when a verb opens the clause
                # after its comma ("Damit sei …", "Als Ministerin habe sie …" are main clauses)
                sub = t.low in opens and any(
                    toks[c].text == "," and not toks[c].quoted and c + 1 < n
                    and toks[c + 1].text.isalpha() and toks[c + 1].text.islower()
                    and toks[c + 1].low not in opens and toks[c + 1].low not in lex.conjunctions
                    and toks[c + 1].low not in lex.determiners for c in range(2, n - 1))
            elif t.text == "," and k + 1 < n:
                nxt = toks[k + 1]
                after = toks[k + 2] if k + 2 < n else None
                sub = not nxt.quoted and (nxt.low in opens or (
                    nxt.low in relative and after is not None and not after.cap
                    and not after.quoted and not after.text[:1].isdigit()))
                continue
            if not sub and t.low in mood:
                return True
        return False

    def _from_mood_clause(self, si: int, content: tuple[int, int], mood: frozenset[str]
                          ) -> tuple[int, int]:
        """Start a free indirect sentence at its first clause in the reporting mood when an
        indicative clause opens it ("Zwölf wurden verletzt, die Verletzten seien Touristen")."""
        toks = self.toks_at(si)
        lex = self.lex
        relative = lex.relatives | (lex.determiners & lex.conjunctions)
        start = None  # index after the last comma before the first mood word
        for k, t in enumerate(toks):
            if t.quoted:
                continue
            if t.text == ",":
                start = k + 1
            elif t.low in mood:
                if start is not None and start < k \
                        and toks[start].low in relative and not toks[start + 1].cap:
                    continue  # "Nur Personen, die … hätten, seien …": a relative clause's mood
                break
        if start is None or start >= len(toks) or (
                toks[start].low in lex.conjunctions and toks[start].low not in lex.determiners) \
                or toks[0].low in lex.adverbial_subordinators or toks[0].low in lex.conjunctions \
                or toks[start].low in mood \
                or not self.finder._verbish(toks[:start - 1]):
            return content  # "Nachdem er …, habe er …": the clause belongs to the speech
        return (max(content[0], toks[start].start), content[1])

    def _subject_before(self, si: int) -> _Speaker | None:
        """The subject of the sentence before, in the same paragraph, when it can speak: "Das
        Institut sieht keine Gefahr. Nur Züchter seien zu schützen." reports the institute."""
        if si == 0 or "\n" in self.text[self.sents[si - 1].end:self.sents[si].start]:
            return None
        toks = self.toks_at(si - 1)
        return self._speaking_np(toks, self.finder.subject_tokens(toks, len(toks)), si - 1)

    def _container_before(self, si: int) -> _Speaker | None:
        """The document the sentence before names as a place ("Im Bericht werden … genannt"),
        in the same paragraph: a subjunctive sentence after it reports what it says."""
        if si == 0 or "\n" in self.text[self.sents[si - 1].end:self.sents[si].start]:
            return None
        toks = self.toks_at(si - 1)
        np = self.finder.container(toks, 0, len(toks))
        if np is None or any(t.quoted for t in toks[np[0]:np[1]]):
            return None
        span = (toks[np[0]].start, toks[np[1] - 1].end)
        if self.is_time(span):
            return None
        eid, name = self.linker.link(*span)
        return _Speaker(span, eid, name, si - 1)

    def _speaking_np(self, toks: list, np: tuple[int, int] | None, si: int) -> _Speaker | None:
        """The speaker a noun phrase of sentence `si` names: not quoted, someone who can speak
        ("man" says nothing), not a time; linked to its entity."""
        if np is None or any(t.quoted for t in toks[np[0]:np[1]]):
            return None
        s = self.sents[si]
        if not self.finder.is_animate(toks, np, self.animate_in(s.start, s.end)) \
                or not self.finder.speaks(toks, np):
            return None
        span = (toks[np[0]].start, toks[np[1] - 1].end)
        if self.is_time(span):
            return None
        eid, name = self.linker.link(*span)
        return _Speaker(span, eid, name, si)

    # --- the tagger, after the rules ---------------------------------------------------
    def _model_pass(self) -> None:
        """Tag every sentence with the rules' findings as features; then drop rule quotes
        the tagger does not believe, move a speaker to the one the tagger marks, and add
        the quotes the tagger finds where the rules found none."""
        feats = article_features(self.text, self.sents, self.toks_at, self.lex,
                                 _type_features(self.lex.lang))
        tg = self.tagger
        prev = False
        for si in range(len(self.sents)):
            f = feats.get(si)
            if f is None:
                continue
            toks = self.toks_at(si)
            marks = rule_marks(toks, self.quotes, prev)
            prev = "rsent" in marks[0]
            labels = tg.tag([x + y for x, y in zip(f, marks, strict=True)])
            qprob = [tg.marginal("B-Q", i) + tg.marginal("I-Q", i) for i in range(len(toks))]
            self._check_rules(si, toks, labels, qprob)
            self._model_quotes(si, toks, labels, qprob)

    def _check_rules(self, si: int, toks: list[Tok], labels: list[str], qprob: list[float]) -> None:
        s = self.sents[si]
        speakers = [(toks[a].start, toks[b - 1].end) for a, b in spans_of(labels, "S")]
        for qi, q in enumerate(self.quotes):
            if not (s.start <= q.span.start < s.end):
                continue
            probs = [p for t, p in zip(toks, qprob, strict=True)
                     if q.span.start <= t.start and t.end <= q.span.end]
            if q.type != "direct" and probs and sum(probs) / len(probs) < DROP_PROB:
                self.quotes[qi] = None
                continue
            sp = q.speaker_span
            if MODEL_SPEAKERS and speakers and sp is not None and s.start <= sp.start < s.end \
                    and not any(a < sp.end and b > sp.start for a, b in speakers):
                c = q.cue_span or sp
                a, b = min(speakers, key=lambda r: abs(r[0] - c.start))
                eid, name = self.linker.link(a, b)
                self.quotes[qi] = dataclasses.replace(q, speaker=eid, speaker_text=name,
                                                      speaker_span=Span.of(self.text, a, b))
        self.quotes = [q for q in self.quotes if q is not None]

    def _model_quotes(self, si: int, toks: list[Tok], labels: list[str], qprob: list[float]) -> None:
        """A quote the tagger finds in sentence si where no rule found one: its speaker is
        a tagged speaker of the sentence, else the last speaker (when recent)."""
        s = self.sents[si]
        if any(q.span.end > s.start and q.span.start < s.end for q in self.quotes):
            return  # the rules covered this sentence; a tagged piece would split their quote
        qs = spans_of(labels, "Q")
        if not qs:
            return
        a, b = qs[0][0], qs[-1][1]  # one quote per sentence, across a speaker or cue inside it
        words = sum(1 for t in toks[a:b] if t.text[:1].isalnum() and not t.quoted)
        prob = [p for p, lab in zip(qprob[a:b], labels[a:b], strict=True) if lab.endswith("Q")]
        if words < MIN_MODEL_WORDS or sum(prob) / len(prob) < MIN_MODEL_PROB:
            return
        span = (toks[a].start, toks[b - 1].end)
        sp = None
        speakers = spans_of(labels, "S")
        if speakers:
            r = min(speakers, key=lambda r: a - r[1] if r[1] <= a else max(0, r[0] - b))
            sspan = (toks[r[0]].start, toks[r[1] - 1].end)
            eid, name = self.linker.link(*sspan)
            sp = _Speaker(sspan, eid, name, si)
        else:
            last = self.last_at[si - 1] if si else None
            if last is not None and 0 < si - last.sent <= CONTINUE_SENTENCES:
                self.last = last
                sp = self._last()
        if MODEL_NEEDS_SPEAKER and sp is None:
            return
        cues = spans_of(labels, "C")
        cue, cue_span = None, None
        if cues:
            c = min(cues, key=lambda r: abs(r[0] - a))
            cue_span = Span.of(self.text, toks[c[0]].start, toks[c[1] - 1].end)
            cue = cue_span.text
        qtype = "indirect" if self._subjunctive(si, self.lex.subjunctive | self.lex.complementizers) \
            else "reported"
        self._emit(span, qtype, sp, cue, cue_span)
        if sp is not None:
            self.last_at[si] = _Speaker(sp.span, sp.eid, sp.text, si)


def _drop_nested(quotes: list[Quote]) -> list[Quote]:
    """One quotation, not two, where a rule quote holds a direct one: a reported statement
    around a quotation ("nannte ihn „…“") is the quotation; a short quotation inside
    indirect speech (a word or two in marks) is part of that speech."""
    directs = [q for q in quotes if q.type == "direct"]
    if not directs:
        return quotes
    # why indexes: a long text of many quotations made the containment tests a scan of
    # every quote per quote. Direct quotes by start with the minimum end from there on
    # ("is one inside q?"); the other quotes by start with the running maximum end
    # ("is q inside one?").
    d_spans = sorted((d.span.start, d.span.end) for d in directs)
    d_starts = [a for a, _ in d_spans]
    d_min_end = [b for _, b in d_spans]
    for i in range(len(d_min_end) - 2, -1, -1):
        d_min_end[i] = min(d_min_end[i], d_min_end[i + 1])
    o_spans = sorted((o.span.start, o.span.end) for o in quotes if o.type != "direct")
    o_starts = [a for a, _ in o_spans]
    o_max_end = list(itertools.accumulate((b for _, b in o_spans), max))
    out = []
    for q in quotes:
        if q.type == "reported" and DROP_REPORTED_AROUND_DIRECT:
            j = bisect_left(d_starts, q.span.start)
            if j < len(d_starts) and (d_min_end[j] <= q.span.end or (
                    REPORTED_CUT_IN_DIRECT and d_starts[j] < q.span.end)):
                continue  # a direct quote inside it, or one it was cut off in ("… mit den Worten: „A. B.“")
        if q.type == "direct" and _word_count(q.span.text, (0, len(q.span.text))) <= NESTED_DIRECT_WORDS:
            j = bisect_right(o_starts, q.span.start)
            if j and o_max_end[j - 1] >= q.span.end:
                continue
        out.append(q)
    return out


class _Pending:
    """A frame whose speaker is linked only if a later quote needs it."""

    __slots__ = ("frame", "sent")

    def __init__(self, frame: Frame, sent: int) -> None:
        self.frame, self.sent = frame, sent


_NOBODY = _Speaker(None, None, None, -1)  # impersonal cues ("heißt es")


def _gap(q: tuple[int, int], cue: tuple[int, int]) -> int:
    """Characters between a quotation and a cue."""
    return q[0] - cue[1] if cue[1] <= q[0] else cue[0] - q[1] if cue[0] >= q[1] else 0


def _is_title(text: str, q: tuple[int, int], title_nouns: frozenset[str], caps: bool = True) -> bool:
    """„New York Times“, „Ärzte ohne Grenzen“, mit dem Titel „…“: a name, not a quotation
    (capitalized words count only when `caps`)."""
    before = text[max(0, q[0] - 30):q[0]].split()
    if before and before[-1].strip(",:").lower() in title_nouns:
        return True
    if not caps:
        return False
    words = [w for w in text[q[0] + 1:min(q[1] - 1, q[0] + 120)].split()
             if any(c.isalpha() for c in w)]
    if not words or len(words) > 5:
        return False
    caps = sum(1 for w in words if w.lstrip("„“\"'»«(")[:1].isupper())
    return caps == len(words) or (caps >= len(words) - 1 and len(words) >= 3 and words[0][:1].isupper())


def _nearest_frame(q: tuple[int, int], cands: list[tuple[Frame, int]]) -> tuple[Frame, int] | None:
    best, dist = None, None
    for f, k in cands:
        if f.speaker is None:
            continue
        d = q[0] - f.cue[1] if f.cue[1] <= q[0] else f.cue[0] - q[1] if f.cue[0] >= q[1] else 0
        if dist is None or d < dist:
            best, dist = (f, k), d
    return best


def _subject_of(finder: FrameFinder, toks: list[Tok], q: tuple[int, int],
                animate: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Who a quote without a cue belongs to: the subject of the clause before a colon
    ("Merkel: „…“", "Der Text lautete: „…“"), else the sentence's subject if it can speak
    ("Der Präsident beklagte eine „Kluft“")."""
    before = [k for k, t in enumerate(toks) if t.end <= q[0]]
    colon = bool(before) and toks[before[-1]].text == ":"
    limit = before[-1] if colon else len(toks)
    np = finder.subject_tokens(toks, limit)
    if np is not None and colon and not finder.is_animate(toks, _head(finder, toks, np), animate):
        # "Jede Schuld weist X von sich: „…“"; "Die Lesart des Gesetzes durch den Minister
        # bezweifelte X: „…“" (the head, not a phrase after it, must be able to speak)
        alt = finder.np_after_verb(toks, np[1], limit)
        if alt is not None and finder.is_animate(toks, alt, animate):
            np = alt
    if np is None or any(t.quoted for t in toks[np[0]:np[1]]):
        return None
    if not colon and not finder.is_animate(toks, _head(finder, toks, np), animate):
        return None  # "Die Sichtweise von Minister X …": the view, not the minister, is subject
    return (toks[np[0]].start, toks[np[1] - 1].end)


def _head(finder: FrameFinder, toks: list[Tok], np: tuple[int, int]) -> tuple[int, int]:
    """The noun phrase up to its first noun and any name right after it ("Der Bundespräsident",
    "Minister Karl Berger"), without a genitive or prepositional complement."""
    if not SUBJECT_HEAD:
        return np
    lex = finder.lex
    k = np[0]
    while k < np[1] - 1 and (not toks[k].cap or toks[k].low in lex.determiners):
        k += 1
    e = k + 1
    while e < np[1] and toks[e].cap and toks[e].low not in lex.determiners:
        e += 1
    return (np[0], e)


def _trimmed(text: str, s: Span, keep_end: bool = False) -> tuple[int, int] | None:
    """The sentence s without trailing blanks and punctuation; `keep_end` keeps a final
    full stop, question or exclamation mark (quotes-de puts it into a whole-sentence quote)."""
    a, b = s.start, s.end
    while b > a and text[b - 1] in (";: " if keep_end else ".!?;: "):
        b -= 1
    return (a, b) if b > a else None


def _back_word_end(text: str, start: int) -> int:
    """The end of the first word from `start` (the "Dies" of "Dies berichtete X")."""
    m = _WORD.search(text, start)
    return m.end() if m else start


def _word_count(text: str, q: tuple[int, int]) -> int:
    return len(text[q[0]:q[1]].split())


def _words_outside(text: str, span: tuple[int, int], directs: list[tuple[int, int]]) -> int:
    a, b = span
    parts, pos = [], a
    for qa, qb in directs:
        if qb <= a or qa >= b:
            continue
        parts.append(text[pos:max(pos, qa)])
        pos = max(pos, qb)
    parts.append(text[pos:b])
    return sum(1 for p in parts for w in p.split() if any(c.isalpha() for c in w))
