"""A trained sequence tagger for quotes, speakers and cues (German; `quotes.crfsuite`).

The rules (frames.py) find quotes with clear frames; the tagger finds what they miss:
indirect speech with cue phrases the lexicon lacks, reported statements and free indirect
speech. It labels the word tokens of one sentence (B-Q/I-Q quote, B-S/I-S speaker, C cue, O)
with a linear-chain CRF trained on quotes-de train (scripts/train_quotes_de.py). Features are
the word, its shape and suffixes, its classes in the cue lexicon, the quote-mark state and
clause position, and whether this and the neighbouring sentences hold cues, subjunctives
or quotation marks. Word-type features are cached; the model is loaded once, lazily.
The same `sentence_features` is used for training and at run time.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from chronik.analysis.quotes.lexicon import Lexicon
from chronik.analysis.quotes.phrases import Tok
from chronik.resources import has_resource, resource_path

MODEL = "quotes.crfsuite"
LABELS = ("B-Q", "I-Q", "B-S", "I-S", "C", "O")


class TypeFeatures:
    """Per word type features (word, shape, suffixes, lexicon classes), cached."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.cache: dict[str, tuple[str, ...]] = {}
        self.classes = (
            ("cue", lex.cue_words), ("spec", lex.speculation_verbs), ("deny", lex.denial_verbs),
            ("prepcue", lex.prep_cues), ("postcue", lex.post_cues), ("so", lex.so_cues),
            ("as", lex.as_cues), ("comp", lex.complementizers), ("subj", lex.subjunctive),
            ("repv", lex.reportative), ("pron", frozenset(lex.pronouns)), ("det", lex.determiners),
            ("prep", lex.prepositions), ("adv", lex.adverbs), ("conj", lex.conjunctions),
            ("aux", lex.auxiliaries), ("part", lex.particles), ("srcadv", lex.source_adverbs),
            ("title", lex.title_nouns),
        )
        self.roles = tuple(lex.role_nouns)

    def classes_of(self, low: str) -> str:
        """A compact class name of a word (for neighbour features)."""
        for name, words in self.classes:
            if low in words:
                return name
        return ""

    def __call__(self, text: str) -> tuple[str, ...]:
        f = self.cache.get(text)
        if f is not None:
            return f
        low = text.lower()
        if text[:1].isupper():
            shape = "C" if not text.isupper() or len(text) == 1 else "U"
        elif text[:1].islower():
            shape = "l"
        elif text[:1].isdigit():
            shape = "d"
        else:
            shape = "p" + text[:1]
        out = ["w=" + low, "sh=" + shape, "s2=" + low[-2:], "s3=" + low[-3:], "p3=" + low[:3]]
        out += ["k=" + name for name, words in self.classes if low in words]
        if len(low) > 3 and low.endswith(self.roles):
            out.append("k=role")
        f = tuple(out)
        if len(self.cache) < 200_000:
            self.cache[text] = f
        return f


def sentence_flags(toks: Sequence[Tok], lex: Lexicon) -> frozenset[str]:
    """Which cue classes a sentence holds (outside quotation marks), and quote marks."""
    out = set()
    for t in toks:
        if t.quoted:
            out.add("quote")
            continue
        low = t.low
        if low in lex.cue_words:
            out.add("cue")
        elif low in lex.subjunctive:
            out.add("subj")
        elif low in lex.reportative:
            out.add("repv")
        elif low in lex.prep_cues or low in lex.post_cues or low in lex.source_adverbs:
            out.add("src")
        elif low in lex.complementizers:
            out.add("comp")
    return frozenset(out)


def sentence_features(toks: Sequence[Tok], tf: TypeFeatures, flags: frozenset[str],
                      prev: frozenset[str], nxt: frozenset[str], para_start: bool
                      ) -> list[list[str]]:
    """Feature lists of the tokens of one sentence (`prev`/`nxt`: flags of the neighbours)."""
    n = len(toks)
    sent = ["S" + f for f in flags] + ["P" + f for f in prev] + ["N" + f for f in nxt]
    if para_start:
        sent.append("para")
    lows = [t.low for t in toks]
    cls = [tf.classes_of(w) for w in lows]
    first_cue = next((k for k in range(n) if cls[k] in ("cue", "spec", "deny") and not toks[k].quoted), n)
    last_cue = next((k for k in range(n - 1, -1, -1) if cls[k] in ("cue", "spec", "deny")
                     and not toks[k].quoted), -1)
    out = []
    commas = 0
    colon = False
    for k, t in enumerate(toks):
        f = list(tf(t.text))
        f += sent
        f.append("q" if t.quoted else "nq")
        f.append(f"cm{min(commas, 3)}")
        if colon:
            f.append("aftercolon")
        f.append("bc" if k < first_cue else "ac" if k > last_cue else "mc" if first_cue < n else "nc")
        if k == 0:
            f.append("BOS")
        else:
            f.append("w-1=" + lows[k - 1])
            f.append("k-1=" + cls[k - 1])
            if k > 1:
                f.append("w-2=" + lows[k - 2])
        if k == n - 1:
            f.append("EOS")
        else:
            f.append("w+1=" + lows[k + 1])
            f.append("k+1=" + cls[k + 1])
            if toks[k + 1].quoted != t.quoted:
                f.append("qedge")
            if k + 2 < n:
                f.append("w+2=" + lows[k + 2])
        if t.text == ",":
            commas += 1
        elif t.text == ":":
            colon = True
        out.append(f)
    return out


@functools.cache
def tagger(lang: str | None):
    """The CRF tagger for `lang`, or None when no model is installed (or no pycrfsuite)."""
    code = lang or "de"
    if not has_resource(code, MODEL):
        return None
    try:
        import pycrfsuite
    except ImportError:  # pragma: no cover - optional at run time
        return None
    tg = pycrfsuite.Tagger()
    tg.open(str(resource_path(code, MODEL)))
    return tg


def spans_of(labels: Sequence[str], kind: str) -> list[tuple[int, int]]:
    """Token ranges [a, b) labelled B-kind/I-kind (or `kind` for the cue)."""
    out: list[tuple[int, int]] = []
    start = None
    for k, lab in enumerate(labels):
        if lab == "B-" + kind or (lab == kind and (start is None)) or (
                lab == "I-" + kind and start is None):
            if start is not None:
                out.append((start, k))
            start = k
        elif lab in ("I-" + kind, kind):
            continue
        elif start is not None:
            out.append((start, k))
            start = None
    if start is not None:
        out.append((start, len(labels)))
    return out


def article_features(text: str, sents: Sequence, toks_of, lex: Lexicon, tf: TypeFeatures,
                     wanted: Sequence[int] | None = None) -> dict[int, list[list[str]]]:
    """Feature lists per sentence index (all, or only `wanted`); `toks_of(k)` gives the
    tokens of sentence k (the caller's cached tokenization)."""
    n = len(sents)
    idx = range(n) if wanted is None else wanted
    flags: dict[int, frozenset[str]] = {}

    def fl(k: int) -> frozenset[str]:
        if k < 0 or k >= n:
            return frozenset()
        if k not in flags:
            flags[k] = sentence_flags(toks_of(k), lex)
        return flags[k]

    out = {}
    for k in idx:
        toks = toks_of(k)
        if not toks:
            continue
        para = k == 0 or "\n" in text[sents[k - 1].end:sents[k].start]
        out[k] = sentence_features(toks, tf, fl(k), fl(k - 1), fl(k + 1), para)
    return out


def rule_marks(toks: Sequence[Tok], quotes: Sequence, prev_quoted: bool) -> list[list[str]]:
    """Features saying what the rules found at each token: inside a rule quote (and its
    type), its speaker or its cue; and whether the sentence or the one before holds one."""
    out: list[list[str]] = [[] for _ in toks]
    if not toks:
        return out
    a0, b0 = toks[0].start, toks[-1].end
    here = [q for q in quotes if q.span.start < b0 and q.span.end > a0
            or (q.speaker_span is not None and q.speaker_span.start < b0 and q.speaker_span.end > a0)]
    sent = ["rprev"] if prev_quoted else []
    if any(q.span.start < b0 and q.span.end > a0 for q in here):
        sent.append("rsent")
    for k, t in enumerate(toks):
        f = out[k]
        for q in here:
            if q.span.start <= t.start and t.end <= q.span.end:
                f.append("rQ")
                f.append("rQ=" + q.type)
                if q.speaker_span is None:
                    f.append("rQnosp")
            sp = q.speaker_span
            if sp is not None and sp.start <= t.start and t.end <= sp.end:
                f.append("rS")
            c = q.cue_span
            if c is not None and c.start <= t.start and t.end <= c.end:
                f.append("rC")
        f += sent
    return out
