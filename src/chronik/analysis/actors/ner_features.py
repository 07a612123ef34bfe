"""Token features for the German CRF name tagger, shared by training and tagging.

Why this shape: python-crfsuite spends most of its time on the Python side building feature
strings, so every feature of a word *type* is computed once (`functools.lru_cache`) and the
features of a position are a concatenation of cached tuples: the word's own features and the
prefixed features of its neighbours. Word clusters (`ner_clusters.tsv`, distributional
classes built from unlabeled news text by scripts/train_ner_de.py) and a token gazetteer
(`ner_gazetteer.tsv`: KB name tokens by type, first names, surnames and city names, written
at training time so tagging sees exactly the gazetteer the model was trained with) and cue
words (`ner_cues.tsv`: titles, organization suffixes and heads, place heads, role-noun
endings) are loaded lazily once.

A position's features: the word's own (lower-cased form, shape, prefixes and suffixes of 1–5
letters, capitalization, hyphen and digit flags, word classes at several granularities, how
often its lower-cased form occurs, gazetteer and cue classes — the gazetteer also holds the
German Wiktionary's common nouns and news frequency bands — and the gazetteer classes of its
stem and compound parts), most of those of the words one to each side, a few of the words
two to each side (`REACH`), the bigrams with both neighbours, the shape bigram with the
previous word, whether it stands between quotation marks (and whether those follow a noun a
title follows, such as "Roman", and it is the first word inside them), and for a capitalized
first word of a sentence whether it is also seen lower-cased (then most likely a common noun).
The model is trained with BIOES labels (names.bio_spans reads them).
"""

from __future__ import annotations

import functools
import itertools
import re
import sys

from chronik.resources import has_resource, resource_path

_SHAPE_SUBS = ((re.compile(r"[A-ZÄÖÜ]"), "X"), (re.compile(r"[a-zäöüß]"), "x"),
               (re.compile(r"\d"), "d"))


_ROW = re.compile(r"^([^#\t\n][^\t\n]*)(?:\t([^\n]*))?$", re.M)


def read_table(lang: str, name: str) -> dict[str, tuple[str, ...]]:
    """A `word<TAB>value<TAB>value…` resource as a dict (empty when the file is absent).

    Why this way: the gazetteer has 400,000 rows but a few hundred distinct value lists, so
    the rows are matched by one regex pass and every value list is split into one shared
    tuple (a quarter of the time and far less memory than a tuple per row)."""
    if not has_resource(lang, name):
        return {}
    out: dict[str, tuple[str, ...]] = {}
    values: dict[str, tuple[str, ...]] = {}
    with resource_path(lang, name).open("r", encoding="utf-8") as fh:
        while chunk := fh.readlines(1 << 16):  # 64 KB at a time: a low memory peak
            rows = _ROW.findall("".join(chunk))
            for v in {v for _, v in rows} - values.keys():
                values[v] = tuple(v.split("\t")) if v else ()
            out.update({k: values[v] for k, v in rows})
    return out


@functools.cache
def clusters() -> dict[str, tuple[str, ...]]:
    return read_table("de", "ner_clusters.tsv")


# the token gazetteer's classes of first names (KB, Faker, Wiktionary)
FIRST_NAME_CLASSES = frozenset({"FIRST", "VORN"})


@functools.cache
def word_table(lang: str) -> dict[str, tuple[str, ...]]:
    """A language's token gazetteer (`ner_gazetteer.tsv`; empty when it has none), loaded once."""
    return read_table(lang, "ner_gazetteer.tsv")


def gazetteer() -> dict[str, tuple[str, ...]]:
    return word_table("de")


@functools.cache
def cues() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Cue words (`ner_cues.tsv`: titles, organization suffixes and heads, place heads) and
    cue word endings ("-minister" → a role noun), as (word → class, ((ending, class), …))."""
    words: dict[str, str] = {}
    ends: list[tuple[str, str]] = []
    for w, vals in read_table("de", "ner_cues.tsv").items():
        if not vals:
            continue
        if w.startswith("-"):
            ends.append((w[1:].lower(), vals[0]))
        else:
            words[w] = vals[0]
    return words, tuple(sorted(ends, key=lambda e: -len(e[0])))


@functools.cache
def _cue_ending() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One regex for every cue ending (longest first), and ending → class."""
    ends = cues()[1]
    if not ends:
        return None, {}
    rx = re.compile("(?:" + "|".join(re.escape(e) for e, _ in ends) + ")$")
    return rx, dict(ends)


def cue_class(word: str, low: str) -> str | None:
    """The cue class of a word: listed as it is, else by its ending (not for short words)."""
    c = cues()[0].get(word)
    if c is None and len(low) > 5:
        rx, classes = _cue_ending()
        m = rx.search(low) if rx is not None else None
        if m:
            c = classes[m.group()]
    return c


class _ShapeTable(dict):
    """str.translate table of shape classes, filled per character on first sight: X upper
    case, x lower case (German letters), d digit, p punctuation, o any other letter."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        rep = next((r for rx, r in _SHAPE_SUBS if rx.fullmatch(ch)), None)
        if rep is None:
            rep = "o" if ch.isalnum() else "p"
        self[code] = rep
        return rep


_SHAPE_TABLE = _ShapeTable()


def shape(word: str) -> str:
    """Character classes with repeats collapsed: "Müller-Lüdenscheidt" → "XxpXx", "G7" → "Xd"."""
    s = word.translate(_SHAPE_TABLE)
    return "".join(k for k, _ in itertools.groupby(s)) if len(s) > 1 else s


@functools.lru_cache(maxsize=50_000)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a word type, independent of its position."""
    low = word.lower()
    f = ["w=" + low, "sh=" + shape(word)]
    if len(low) > 3:
        f += ["s3=" + low[-3:], "s4=" + low[-4:], "p3=" + low[:3], "p4=" + low[:4]]
    if len(low) > 4:
        f += ["s5=" + low[-5:], "p5=" + low[:5]]
    if len(low) > 2:
        f += ["s2=" + low[-2:], "p2=" + low[:2]]
    if len(low) > 1:
        f.append("s1=" + low[-1:])
    f.append("len=" + str(min(len(word), 12)))
    if word[:1].isupper():
        f.append("cap")
        if word.isupper() and len(word) > 1:
            f.append("allcap")
    if "-" in word:
        f.append("hyph")
        head, _, tail = word.rpartition("-")
        f.append("hd=" + head.lower()[-4:])
        f.append("tl=" + tail.lower())
    if any(ch.isdigit() for ch in word):
        f.append("digit")
    table = clusters()
    cl = table.get(word) or table.get(low)
    if word[:1].isupper() and low in table:
        f.append("lcseen")  # also written lower-case: a sentence-initial common word?
    if cl:
        f += [f"c{i}={c}" for i, c in enumerate(cl)]
        if word[:1].isupper() and low != word and low in table:
            f.append("lcf=" + table[low][-1])  # how often the lower-case form occurs
    else:
        f.append("c=unk")
    gaz = gazetteer()
    for g in gaz.get(low, ()):
        f.append("gz=" + g)
    f += _gazetteer_parts(low, gaz)
    c = cue_class(word, low)
    if c is not None:
        f.append("cue=" + c)
    return tuple(map(sys.intern, f))  # shared strings: a cached word costs little memory


# endings that turn a name into a genitive, a plural or an adjective/demonym ("Palermos",
# "Osnabrücker", "Kanadier"); the stem is looked up in the gazetteer
_STEM_ENDINGS = ("s", "es", "n", "en", "er", "ern", "ers", "ier", "iern", "isch", "ische",
                 "ischen", "ischer", "isches", "ischem")
_NOUN_ONLY = frozenset(("NOUN",))


def _gazetteer_parts(low: str, gaz: dict[str, tuple[str, ...]]) -> list[str]:
    """Gazetteer classes of a word's pieces: of its stem without an inflection or derivation
    ending (gzs=), of the parts of a hyphenated compound (gzh= first, gzt= last), and of a
    name at the start of a closed compound whose rest is a common noun ("Russlandreise":
    cmp=LOC). Why: German glues names into compounds and derivations that no list holds."""
    out: list[str] = []
    for end in _STEM_ENDINGS:
        if len(low) - len(end) >= 3 and low.endswith(end):
            for g in gaz.get(low[: -len(end)], ()):
                if g != "NOUN":
                    out.append("gzs=" + g)
    if "-" in low:
        parts = low.split("-")
        out += ["gzh=" + g for g in gaz.get(parts[0], ())]
        out += ["gzt=" + g for g in gaz.get(parts[-1], ())]
    elif len(low) >= 8:
        for i in range(len(low) - 3, 3, -1):
            head = gaz.get(low[:i])
            if head and set(head) - _NOUN_ONLY and "NOUN" in gaz.get(low[i:], ()):
                out += ["cmp=" + g for g in head if g != "NOUN"]
                break
    return list(dict.fromkeys(out))


# what a neighbour contributes: one word away, most of its features; two away, fewer
_CONTEXT_KEEP = ("w=", "sh=", "c0=", "c1=", "gz=", "s3=", "cue=")
_WIDE_KEEP = ("w=", "c1=", "cue=", "gz=")


@functools.lru_cache(maxsize=10_000)  # the taggers keep their own copies (KnownFeatures)
def context_features(word: str, offset: int) -> tuple[str, ...]:
    """A neighbour's features, prefixed with its offset ("-1:w=der")."""
    p = f"{offset:+d}:"
    keep = _CONTEXT_KEEP if -1 <= offset <= 1 else _WIDE_KEEP
    return tuple([sys.intern(p + x) for x in word_features(word) if x.startswith(keep)])


REACH = 2  # features look this many words to each side
_BOS = ("BOS",)
_EOS = ("EOS",)


@functools.lru_cache(maxsize=50_000)
def _shape_of(word: str) -> str:
    return shape(word)[:4]


@functools.lru_cache(maxsize=20_000)  # KnownFeatures keeps its own copy at run time
def _pair(left: str, right: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Bigram features of two adjacent words: (for the right word, for the left word)."""
    lo = left.lower() + "|" + right.lower()
    return ("b=" + lo, "ps=" + _shape_of(left) + "|" + _shape_of(right)), ("bn=" + lo,)


@functools.lru_cache(maxsize=50_000)
def _first(word: str) -> tuple[str, ...]:
    """Sentence-initial word: a capitalized one seen lower-cased is most likely a common noun."""
    if not word[:1].isupper():
        return _BOS
    return (*_BOS, "first:" + ("lcseen" if word.lower() in clusters() else "lcunseen"))


def sentence_features(words: list[str], lo: int = 0, hi: int | None = None) -> list[tuple[str, ...]]:
    """The CRF items of a sentence's words lo..hi-1 (default: all), with the whole sentence
    as context: a window of a sentence gets exactly the features it has in the sentence."""
    return _items(words, lo, hi, word_features, context_features, _pair, _first, _EOS, _INQ)


def _items(words: list[str], lo: int, hi: int | None, wf, cf, pair, first,
           eos: tuple, inq: tuple) -> list[tuple]:
    """sentence_features over given per-type feature functions (see KnownFeatures)."""
    n = len(words)
    out: list[tuple[str, ...]] = []
    for i in range(lo, n if hi is None else hi):
        w = words[i]
        if 1 < i < n - 2:  # the common case in one step
            prev, nxt = words[i - 1], words[i + 1]
            out.append((*wf(w), *cf(prev, -1), *pair(prev, w)[0],
                        *cf(words[i - 2], -2), *cf(nxt, 1),
                        *pair(w, nxt)[1], *cf(words[i + 2], 2)))
            continue
        out.append(_edge_item(words, i, wf, cf, pair, first, eos))
    if _QUOTES.intersection(words):
        _mark_quoted(words, lo, out, inq)
    return out


def _edge_item(words: list[str], i: int, wf, cf, pair, first, eos: tuple) -> tuple:
    """The item of a word less than two words from a sentence end (see _items)."""
    n = len(words)
    w = words[i]
    f = wf(w)
    if i == 0:
        f += first(w)
    else:
        prev = words[i - 1]
        f += cf(prev, -1) + pair(prev, w)[0]
        if i > 1:
            f += cf(words[i - 2], -2)
    if i == n - 1:
        f += eos
    else:
        nxt = words[i + 1]
        f += cf(nxt, 1) + pair(w, nxt)[1]
        if i < n - 2:
            f += cf(words[i + 2], 2)
    return f


_QUOTES = frozenset('„“”"«»‹›')
# marks of a quoted word: inside quotes; the quote follows a WORK cue noun (a title:
# "der Film „…“"); the first word inside the quotes
_INQ = (("inq",), ("inq", "inqw"), ("inq", "inq0"), ("inq", "inqw", "inq0"))


def _mark_quoted(words: list[str], lo: int, out: list[tuple], inq: tuple = _INQ) -> None:
    """Add quote marks (`_INQ`) to the items of words between quotation marks (each mark
    opens or closes): titles of works and names of events are often quoted, their inner
    words not capitalized, and a title mostly follows a noun such as "Film" or "Roman"
    (cue class WORK). Holdout, 5 folds: OTH F1 +1.6 with the WORK and first-word marks."""
    inside = False
    kind = 0
    for i, w in enumerate(words):
        if w in _QUOTES:
            inside = not inside
            if inside:
                prev = words[i - 1] if i else ""
                kind = 2 + (i > 0 and cue_class(prev, prev.lower()) == "WORK")
            continue
        if inside:
            if lo <= i < lo + len(out):
                out[i - lo] = out[i - lo] + inq[kind]
            kind &= 1  # only the first word gets inq0


class KnownFeatures:
    """The features of sentence_features restricted to the attributes a trained model knows,
    as UTF-8 bytes, for python-crfsuite's own tagger only.

    Why: crfsuite drops unknown attributes when it reads an item, so leaving them out gives
    the very same tagging, while building, encoding and looking up about a sixth fewer
    feature strings (rare words, unseen bigrams). Filtering and encoding (crfsuite takes
    bytes as they are; a str is encoded per call) happen once per word type, and the
    per-type parts live in plain dicts, one per neighbour offset, because a dict lookup is
    several times cheaper than an lru_cache call with two arguments; a dict that outgrows
    `max_words` is emptied (bounded memory, same output). The encoded attributes are shared
    (bounded by the model's attribute count), so a cached word costs a tuple of pointers.
    """

    def __init__(self, known: frozenset[str], max_words: int = 50_000) -> None:
        self.known = known
        self.max_words = max_words
        self._enc: dict[str, bytes] = {}  # one bytes object per attribute, shared by all words
        self._word: dict[str, tuple[bytes, ...]] = {}
        self._ctx: dict[int, dict[str, tuple[bytes, ...]]] = {o: {} for o in (-2, -1, 1, 2)}
        self._ctx4 = tuple(self._ctx[o] for o in (-2, -1, 1, 2))
        self._pair: dict[tuple[str, str], tuple[tuple[bytes, ...], tuple[bytes, ...]]] = {}
        self._first: dict[str, tuple[bytes, ...]] = {}
        self._bigram: dict[tuple[str, str], tuple[tuple[bytes, ...], tuple[bytes, ...]]] = {}
        self.eos = self._keep(_EOS)
        self.inq = tuple(self._keep(m) for m in _INQ)

    def _keep(self, feats: tuple[str, ...]) -> tuple[bytes, ...]:
        known, enc = self.known, self._enc
        out = []
        for x in feats:
            if x in known:
                b = enc.get(x)
                if b is None:
                    b = enc[x] = x.encode()
                out.append(b)
        return tuple(out)

    def _edge(self, words: list[str], i: int) -> tuple[bytes, ...]:
        """The item of a word less than two words from a sentence end: _edge_item with the
        cached parts (a word pair's `bigram` part holds the neighbour's context features)."""
        n = len(words)
        w = words[i]
        f = [self._word.get(w) or self.word(w)]
        if i == 0:
            f.append(self.first(w))
        else:
            f.append(self.bigram(words[i - 1], w)[0])
            if i > 1:
                f.append(self.context(words[i - 2], -2))
        if i == n - 1:
            f.append(self.eos)
        else:
            f.append(self.bigram(w, words[i + 1])[1])
            if i < n - 2:
                f.append(self.context(words[i + 2], 2))
        return self._cat(f)

    @staticmethod
    def _cat(parts) -> tuple[bytes, ...]:
        """One item from a token's parts (a subclass with other part types overrides only
        this)."""
        return tuple(itertools.chain.from_iterable(parts))

    def _bounded(self, table: dict) -> dict:
        if len(table) >= self.max_words:
            table.clear()
        return table

    def word(self, w: str) -> tuple[bytes, ...]:
        f = self._word.get(w)
        if f is None:
            f = self._bounded(self._word)[w] = self._keep(word_features(w))
        return f

    def context(self, w: str, off: int) -> tuple[bytes, ...]:
        table = self._ctx[off]
        f = table.get(w)
        if f is None:
            f = self._bounded(table)[w] = self._keep(context_features(w, off))
        return f

    def pair(self, a: str, b: str) -> tuple[tuple[bytes, ...], tuple[bytes, ...]]:
        f = self._pair.get((a, b))
        if f is None:
            f = self._bounded(self._pair)[a, b] = tuple(self._keep(x) for x in _pair(a, b))
        return f

    def first(self, w: str) -> tuple[bytes, ...]:
        f = self._first.get(w)
        if f is None:
            f = self._bounded(self._first)[w] = self._keep(_first(w))
        return f

    def bigram(self, a: str, b: str) -> tuple[tuple[bytes, ...], tuple[bytes, ...]]:
        """What an adjacent pair a, b gives its words: (for b: a's context features and the
        pair's; for a: b's context features and the pair's), each in item order."""
        f = self._bigram.get((a, b))
        if f is None:  # the pair's own part is not kept twice (a bigram holds it)
            p = self._pair.get((a, b)) or tuple(self._keep(x) for x in _pair(a, b))
            f = self._bounded(self._bigram)[a, b] = (self.context(a, -1) + p[0],
                                                     self.context(b, 1) + p[1])
        return f

    def items(self, words: list[str], lo: int = 0, hi: int | None = None) -> list[tuple[bytes, ...]]:
        """sentence_features(words, lo, hi), filtered and encoded; the common case (two
        words on each side) inlined as dict lookups: the word, the two bigrams it is in
        (`bigram`: the next position reuses the right one) and the words two away."""
        n = len(words)
        wd, bg, cat = self._word, self._bigram, self._cat
        cm2, _, _, cp2 = self._ctx4
        out: list[tuple[bytes, ...]] = []
        left = None  # the bigram (words[i - 1], words[i]) when the previous step looked it up
        for i in range(lo, n if hi is None else hi):
            if not 1 < i < n - 2:
                out.append(self._edge(words, i))
                left = None
                continue
            w, nxt = words[i], words[i + 1]
            w2, n2 = words[i - 2], words[i + 2]
            if left is None:
                left = bg.get((words[i - 1], w)) or self.bigram(words[i - 1], w)
            right = bg.get((w, nxt)) or self.bigram(w, nxt)
            out.append(cat((wd.get(w) or self.word(w), left[0],
                            cm2.get(w2) or self.context(w2, -2), right[1],
                            cp2.get(n2) or self.context(n2, 2))))
            left = right
        if _QUOTES.intersection(words):
            _mark_quoted(words, lo, out, self.inq)
        return out


def model_attributes(path: str) -> frozenset[str] | None:
    """The attribute names of a crfsuite CRF1d model file, read from its attribute
    dictionary (a CQDB chunk: a backward array of offsets to (id, size, name) records);
    None when the file does not have that layout."""
    import struct

    try:
        with open(path, "rb") as fh:
            b = fh.read()
        if b[:4] != b"lCRF" or b[8:12] != b"FOMC":
            return None
        n_attrs, off = struct.unpack_from("<I", b, 24)[0], struct.unpack_from("<I", b, 36)[0]
        cid, _size, _flag, _order, n, bwd = struct.unpack_from("<4sIIIII", b, off)
        if cid != b"CQDB" or n != n_attrs:
            return None
        out = set()
        for o in struct.unpack_from(f"<{n}I", b, off + bwd):
            _id, ks = struct.unpack_from("<II", b, off + o)
            out.add(b[off + o + 8:off + o + 7 + ks].decode("utf-8"))
        return frozenset(out)
    except (OSError, struct.error, UnicodeDecodeError):
        return None
