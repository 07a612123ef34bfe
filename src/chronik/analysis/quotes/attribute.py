"""Putting frames and quotation marks together into Quotes and Attributions.

Per sentence, frames (cue + speaker + content) give indirect and reported quotes and
attributions; each direct quotation takes the nearest frame of the sentences it touches, else a
"Name: „…“" lead-in, else the speaker of the last two sentences (a quote continuing a speech).
A sentence in the subjunctive without a frame ("Die Lage sei ernst.") continues the last
speaker's indirect speech.
"""

from __future__ import annotations

import functools
import re

from chronik.analysis.quotes.frames import Frame, FrameFinder
from chronik.analysis.quotes.lexicon import lexicon
from chronik.analysis.quotes.marks import find_direct
from chronik.analysis.quotes.phrases import Tok, tokenize
from chronik.analysis.quotes.speakers import SpeakerLinker
from chronik.model import Analysis, Attribution, Entity, Quote, Span
from chronik.text.segment import sentences as split_sentences

CONTINUE_SENTENCES = 2  # a speaker carries over this many sentences
MIN_UNATTRIBUTED_WORDS = 12  # shorter quotes without a speaker are titles or scare quotes
_WORD = re.compile(r"\w+")
_MODALITY = {"speculation": "speculative", "denial": "negated"}


@functools.cache
def _finder(lang: str | None) -> FrameFinder:
    return FrameFinder(lexicon(lang))


class _Speaker:
    __slots__ = ("span", "eid", "text", "sent")

    def __init__(self, span: tuple[int, int] | None, eid: str | None, text: str | None,
                 sent: int) -> None:
        self.span, self.eid, self.text, self.sent = span, eid, text, sent


def attribute(analysis: Analysis) -> tuple[tuple[Quote, ...], tuple[Attribution, ...],
                                            tuple[Entity, ...]]:
    art = analysis.article
    text = art.text
    finder = _finder(art.lang)
    lex = finder.lex
    sents = analysis.sentences or split_sentences(text, art.lang)
    directs = find_direct(text, lex)
    linker = SpeakerLinker(analysis, lex)

    toks_of: list[list[Tok] | None] = [None] * len(sents)
    frames_of: list[list[Frame]] = []

    def toks_at(k: int) -> list[Tok]:
        if toks_of[k] is None:
            sk = sents[k]
            inside = [q for q in directs if q[0] < sk.end and q[1] > sk.start]
            toks_of[k] = tokenize(text, sk.start, sk.end, inside)
        return toks_of[k]

    animate = sorted((m.start, m.end) for e in analysis.entities if e.type in ("PER", "ORG")
                     for m in e.mentions)
    words_of = [frozenset(_WORD.findall(s.text.lower())) for s in sents]
    speechy = lex.subjunctive | lex.reportative
    for k, s in enumerate(sents):  # only sentences with a cue word need a closer look
        if not lex.triggers.isdisjoint(words_of[k]):
            here = [m for m in animate if m[0] < s.end and m[1] > s.start]
            frames_of.append(finder.frames(toks_at(k), here))
        else:
            frames_of.append([])

    resolved: dict[int, _Speaker] = {}

    def speaker_of(f: Frame, si: int) -> _Speaker | None:
        key = id(f)
        if key not in resolved and f.speaker is not None:
            eid, name = linker.link(*f.speaker)
            resolved[key] = _Speaker(f.speaker, eid, name, si)
        return resolved.get(key)

    quotes: list[Quote] = []
    attrs: list[Attribution] = []
    last: _Speaker | None = None
    di = 0
    for si, s in enumerate(sents):
        frames = frames_of[si]
        for f in frames:
            content = f.content
            if f.back_ref and si > 0:
                content = _trimmed(text, sents[si - 1])
            if content is None:
                if f.speaker is not None:
                    last = _Pending(f, si)
                continue
            sp = speaker_of(f, si) or _NOBODY
            via = ()
            if f.via is not None:
                vid, _ = linker.link(*f.via)
                via = (vid,) if vid else ()
            cue_span = Span.of(text, *f.cue)
            attrs.append(Attribution(Span.of(text, *content), (sp.eid,) if sp.eid else (), via,
                                     sp.text, f.cue_text, cue_span,
                                     _MODALITY.get(f.kind, "reported")))
            if _words_outside(text, content, directs) >= 2:
                quotes.append(Quote(Span.of(text, *content), f.content_type, sp.eid, sp.text,
                                    f.cue_text, Span.of(text, *sp.span) if sp.span else None,
                                    cue_span))
            if sp is not _NOBODY:
                last = _Speaker(sp.span, sp.eid, sp.text, si)
        # direct quotations that start in this sentence
        while di < len(directs) and directs[di][0] < s.end:
            q = directs[di]
            di += 1
            if q[0] < s.start and si > 0:
                continue  # started before: handled with an earlier sentence
            sj = si
            while sj + 1 < len(sents) and sents[sj].end < q[1]:
                sj += 1
            best = _nearest_frame(q, [(f, k) for k in range(si, sj + 1) for f in frames_of[k]])
            sp, cue, cue_span = None, None, None
            if best is not None:
                f, k = best
                sp = speaker_of(f, k)
                cue, cue_span = f.cue_text, Span.of(text, *f.cue)
            if _is_title(text, q, lex.title_nouns) or any(
                    f.speaker and f.speaker[0] <= q[0] and q[1] <= f.speaker[1]
                    for k in range(si, sj + 1) for f in frames_of[k]):
                continue  # a name or title in quotes, not a quotation
            if sp is None and not frames_of[si] and last is not None \
                    and 0 < si - last.sent <= CONTINUE_SENTENCES \
                    and not lex.subjunctive.isdisjoint(words_of[si]) and any(
                        t.low in lex.subjunctive and not t.quoted for t in toks_at(si)):
                sp = last = _resolve(last, speaker_of)  # a quote inside reported speech
            if sp is None:
                lead = _subject_of(finder, toks_at(si), q, animate)
                if lead is not None:
                    eid, name = linker.link(*lead)
                    sp = _Speaker(lead, eid, name, si)
            if sp is None and last is not None and si - last.sent <= CONTINUE_SENTENCES:
                sp = last = _resolve(last, speaker_of)
            if sp is None and _word_count(text, q) < MIN_UNATTRIBUTED_WORDS:
                continue
            quotes.append(Quote(Span.of(text, *q), "direct", sp.eid if sp else None,
                                sp.text if sp else None, cue,
                                Span.of(text, *sp.span) if sp else None, cue_span))
            if sp is not None:
                attrs.append(Attribution(Span.of(text, *q), (sp.eid,) if sp.eid else (), (),
                                         sp.text, cue, cue_span, "reported"))
                last = _Speaker(sp.span, sp.eid, sp.text, sj)
        # free indirect speech: a subjunctive sentence continuing the last speaker
        if not frames and last is not None and si > last.sent and si - last.sent <= CONTINUE_SENTENCES \
                and not speechy.isdisjoint(words_of[si]):
            toks = toks_at(si)
            if any((t.low in lex.subjunctive or t.low in lex.reportative) and not t.quoted
                   for t in toks):
                last = _resolve(last, speaker_of)
                content = _trimmed(text, s)
                if content is not None and _words_outside(text, content, directs) >= 3:
                    quotes.append(Quote(Span.of(text, *content), "indirect", last.eid, last.text,
                                        None, Span.of(text, *last.span), None))
                    attrs.append(Attribution(Span.of(text, *content),
                                             (last.eid,) if last.eid else (), (), last.text,
                                             None, None, "reported"))
                    last = _Speaker(last.span, last.eid, last.text, si)
    quotes.sort(key=lambda q: (q.span.start, q.span.end))
    attrs.sort(key=lambda a: (a.span.start, a.span.end))
    return tuple(quotes), tuple(attrs), linker.all_entities()


class _Pending:
    """A frame whose speaker is linked only if a later quote needs it."""

    __slots__ = ("frame", "sent")

    def __init__(self, frame: Frame, sent: int) -> None:
        self.frame, self.sent = frame, sent


_NOBODY = _Speaker(None, None, None, -1)  # impersonal cues ("heißt es")


def _resolve(last, speaker_of) -> _Speaker:
    if isinstance(last, _Pending):
        sp = speaker_of(last.frame, last.sent)
        return _Speaker(sp.span, sp.eid, sp.text, last.sent)
    return last


def _is_title(text: str, q: tuple[int, int], title_nouns: frozenset[str]) -> bool:
    """„New York Times“, „Ärzte ohne Grenzen“, mit dem Titel „…“: a name, not a quotation."""
    before = text[max(0, q[0] - 30):q[0]].split()
    if before and before[-1].strip(",:").lower() in title_nouns:
        return True
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
    if np is None or any(t.quoted for t in toks[np[0]:np[1]]):
        return None
    if not colon and not finder.is_animate(toks, np, animate):
        return None
    return (toks[np[0]].start, toks[np[1] - 1].end)


def _trimmed(text: str, s: Span) -> tuple[int, int] | None:
    a, b = s.start, s.end
    while b > a and text[b - 1] in ".!?;: ":
        b -= 1
    return (a, b) if b > a else None


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
