"""The German CRF tagger called through crfsuite's C interface, with attribute ids.

Why: python-crfsuite's `Tagger.tag` turns every attribute string of every token into a C++
string and looks it up in the model's string dictionary on each call; with building those
strings, that was over half of the actors stage's time (quotes-de dev: 1.00 → 1.45 MB/s). The C library it ships exports crfsuite's documented C API
(`crfsuite_create_instance_from_file`, the `crfsuite_tagger_t` interface), so the same
tagger code can be handed attribute *ids* directly: the features of a word type, a
neighbour or a word pair are resolved to ids and packed as `crfsuite_attribute_t` records
once (`PackedFeatures`), and a token's item is a concatenation of such byte strings. The
tags and marginals are those of `pycrfsuite.Tagger` (same C functions, same attributes in
the same order); `DirectTagger.load` checks that on a probe sequence and returns None when
anything is amiss, and callers then use python-crfsuite as before.
"""

from __future__ import annotations

import ctypes
import itertools
import struct
import sys
import threading
from array import array
from ctypes import POINTER, PYFUNCTYPE, Structure, byref, c_char_p, c_double, c_int, c_void_p

from chronik.analysis.actors.ner_features import (
    KnownFeatures,
)

_ATTR = struct.Struct("<i4xd")  # crfsuite_attribute_t: int aid; (padding); double value


class _Instance(Structure):
    """crfsuite_instance_t (crfsuite.h, 0.12)."""

    _fields_ = [("num_items", c_int), ("cap_items", c_int), ("items", c_void_p),
                ("labels", c_void_p), ("weight", c_double), ("group", c_int)]


# PYFUNCTYPE: the calls keep the GIL (as python-crfsuite's do), so no other thread runs
# between them; a lock keeps the set → viterbi → marginal steps of one text together
_REF = PYFUNCTYPE(c_int, c_void_p)
_SET = PYFUNCTYPE(c_int, c_void_p, POINTER(_Instance))
_VITERBI = PYFUNCTYPE(c_int, c_void_p, POINTER(c_int), POINTER(c_double))
_MARGINAL = PYFUNCTYPE(c_int, c_void_p, c_int, c_int, POINTER(c_double))
_GET = PYFUNCTYPE(c_int, c_void_p, POINTER(c_void_p))


class _Tagger(Structure):
    """crfsuite_tagger_t: the tagger interface (a table of function pointers)."""

    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", _REF), ("release", _REF),
                ("set", _SET), ("length", _REF), ("viterbi", _VITERBI), ("score", c_void_p),
                ("lognorm", c_void_p), ("marginal_point", _MARGINAL), ("marginal_path", c_void_p)]


class _Model(Structure):
    """crfsuite_model_t: the model interface."""

    _fields_ = [("internal", c_void_p), ("nref", c_int), ("addref", _REF), ("release", _REF),
                ("get_tagger", _GET), ("get_labels", _GET), ("get_attrs", _GET),
                ("dump", c_void_p)]


def _cqdb(b: bytes, off: int) -> dict[int, str]:
    """id → string of a CQDB chunk of a crfsuite model (its backward array of records)."""
    cid, _size, _flag, _order, n, bwd = struct.unpack_from("<4sIIIII", b, off)
    if cid != b"CQDB":
        raise ValueError("not a CQDB chunk")
    out = {}
    for o in struct.unpack_from(f"<{n}I", b, off + bwd):
        i, ks = struct.unpack_from("<II", b, off + o)
        out[i] = b[off + o + 8:off + o + 7 + ks].decode("utf-8")
    return out


def model_dictionaries(path: str) -> tuple[dict[int, str], dict[int, str]]:
    """(label id → label, attribute id → attribute) of a crfsuite CRF1d model file."""
    with open(path, "rb") as fh:
        b = fh.read()
    if len(b) < 48 or b[:4] != b"lCRF" or b[8:12] != b"FOMC":
        raise ValueError("not a crfsuite CRF1d model")
    size, = struct.unpack_from("<I", b, 4)
    offsets = struct.unpack_from("<5I", b, 28)  # features, labels, attrs, label and attr refs
    if size != len(b) or not all(48 <= o < size for o in offsets):
        raise ValueError("a damaged crfsuite model")
    labels, attrs = _cqdb(b, offsets[1]), _cqdb(b, offsets[2])
    if sorted(labels) != list(range(len(labels))) or sorted(attrs) != list(range(len(attrs))):
        raise ValueError("a damaged crfsuite model")
    return labels, attrs


class PackedFeatures(KnownFeatures):
    """KnownFeatures whose per-type parts are packed crfsuite attribute records (bytes), so a
    token's item is one concatenation of a few byte strings."""

    def __init__(self, ids: dict[str, int], max_words: int = 40_000) -> None:
        self.ids = ids
        self._rec: dict[int, bytes] = {}
        super().__init__(frozenset(), max_words)  # which packs eos and inq with _keep

    def _keep(self, feats: tuple[str, ...]) -> bytes:  # type: ignore[override]
        ids, rec = self.ids, self._rec
        out = []
        for x in feats:
            a = ids.get(x)
            if a is not None:
                r = rec.get(a)
                if r is None:
                    r = rec[a] = _ATTR.pack(a, 1.0)
                out.append(r)
        return b"".join(out)

    _cat = staticmethod(b"".join)  # a token's item: one concatenation of its packed parts


def _item_array(buf: bytes, blobs: list[bytes]) -> array:
    """The crfsuite_item_t records (int num_contents, int cap_contents, attribute pointer)
    of items whose packed attributes `blobs` lie one after another in `buf`."""
    base = ctypes.cast(c_char_p(buf), c_void_p).value or 0
    lens = list(map(len, blobs))
    arr = array("q", bytes(16 * len(blobs)))
    arr[0::2] = array("q", [(n >> 4) * 0x100000001 for n in lens])  # both counts at once
    arr[1::2] = array("q", [base + o for o in itertools.accumulate(lens, initial=0)][:-1])
    return arr


class DirectTagger:
    """A crfsuite CRF1d model opened through the C interface of python-crfsuite's library."""

    def __init__(self, lib: ctypes.CDLL, path: str) -> None:
        labels, attrs = model_dictionaries(path)  # first: crfsuite trusts the file it reads
        create = lib.crfsuite_create_instance_from_file
        create.argtypes = [c_char_p, POINTER(c_void_p)]
        create.restype = c_int
        model_ptr = c_void_p()
        if create(path.encode(), byref(model_ptr)) or not model_ptr.value:
            raise OSError(f"crfsuite cannot open {path}")
        self._model_ptr = model_ptr  # the tagger keeps its own reference to the model
        model = ctypes.cast(model_ptr, POINTER(_Model)).contents
        tagger_ptr = c_void_p()
        if model.get_tagger(model_ptr, byref(tagger_ptr)) or not tagger_ptr.value:
            raise OSError("crfsuite has no tagger for the model")
        self._ptr = tagger_ptr
        tagger = ctypes.cast(tagger_ptr, POINTER(_Tagger)).contents
        self._set, self._viterbi, self._marginal = tagger.set, tagger.viterbi, tagger.marginal_point
        self.labels = [labels[i] for i in range(len(labels))]
        self.o = self.labels.index("O")
        self.features = PackedFeatures({a: i for i, a in attrs.items()})
        self._inst = _Instance(0, 0, None, None, 1.0, 0)
        self._pinst = ctypes.pointer(self._inst)
        self._out = (c_int * 64)()
        self._score = c_double()
        self._prob = c_double()
        self._lock = threading.Lock()

    @classmethod
    def load(cls, path: str, check) -> DirectTagger | None:
        """The direct tagger of the model at `path`, or None when python-crfsuite's library
        does not offer the C interface or tags `check` (a pycrfsuite.Tagger of the same
        model) differently on a probe sentence."""
        if sys.byteorder != "little" or ctypes.sizeof(c_void_p) != 8:
            return None  # the records are packed for little-endian 64-bit layouts only
        try:
            from pycrfsuite import _pycrfsuite

            tagger = cls(ctypes.CDLL(_pycrfsuite.__file__), path)
            probe = ("Gestern sagte Kanzlerin Anna Berg in Kassel , die Firma Nordwerk AG "
                     "werde „ Neue Wege “ gehen .").split()
            from chronik.analysis.actors.ner_features import sentence_features

            want = check.tag(sentence_features(probe))
            got, marg = tagger._tag_one(probe, 0, len(probe))
            if got != want or any(abs(marg(i, lab) - check.marginal(lab, i)) > 1e-9
                                  for i, lab in enumerate(want)):
                return None
            return tagger
        except (OSError, AttributeError, KeyError, IndexError, ValueError, ImportError, struct.error):
            return None

    def _tag_one(self, words: list[str], lo: int, hi: int):
        """Labels of one window and a marginal(position, label) function (for the check)."""
        items = self.features.items(words, lo, hi)
        buf = b"".join(items)
        arr = _item_array(buf, items)
        ids = self._run(arr.buffer_info()[0], len(items))
        labels = [self.labels[i] for i in ids]
        lid = {lab: i for i, lab in enumerate(self.labels)}
        return labels, lambda t, lab: self._marginal_at(lid[lab], t)

    def _run(self, items_addr: int, n: int) -> list[int]:
        """Set a sequence of `n` items (crfsuite_item_t at `items_addr`) and decode it."""
        inst = self._inst
        inst.num_items = inst.cap_items = n
        inst.items = items_addr
        if len(self._out) < n:
            self._out = (c_int * (2 * n))()
        self._set(self._ptr, self._pinst)
        self._viterbi(self._ptr, self._out, byref(self._score))
        return self._out[:n]

    def _marginal_at(self, label: int, t: int) -> float:
        self._marginal(self._ptr, label, t, byref(self._prob))
        return self._prob.value

    def tag_windows(self, windows: list[tuple[list[str], int, int]], min_conf: float,
                    types) -> list[list[tuple[int, int, str]]]:
        """For each window (words, lo, hi): (first, after last, class) of the names found in
        words[lo:hi] (offsets within the window) whose class is in `types` and whose least
        likely token has a marginal of at least `min_conf` — what names.tag_spans gives."""
        with self._lock:
            return self._tag_windows(windows, min_conf, types)

    def _tag_windows(self, windows: list[tuple[list[str], int, int]], min_conf: float,
                     types) -> list[list[tuple[int, int, str]]]:
        from chronik.analysis.actors.names import bio_spans

        feats = self.features
        blobs: list[bytes] = []
        sizes = []
        for words, lo, hi in windows:
            items = feats.items(words, lo, hi)
            blobs += items
            sizes.append(len(items))
        buf = b"".join(blobs)  # every item's attributes, alive until the end of this call
        arr = _item_array(buf, blobs)
        addr = arr.buffer_info()[0]
        o, names = self.o, self.labels
        inst, pinst, ptr, set_, viterbi = self._inst, self._pinst, self._ptr, self._set, self._viterbi
        marginal, prob = self._marginal, self._prob
        pprob = byref(prob)
        if len(self._out) < max(sizes, default=0):
            self._out = (c_int * max(sizes))()
        labels, score = self._out, byref(self._score)
        out: list[list[tuple[int, int, str]]] = []
        start = 0
        for n in sizes:
            found: list[tuple[int, int, str]] = []
            out.append(found)
            if not n:
                continue
            inst.num_items = inst.cap_items = n
            inst.items = addr + 16 * start
            start += n
            set_(ptr, pinst)
            viterbi(ptr, labels, score)
            ids = labels[:n]
            if ids.count(o) == n:
                continue  # the usual case: no name in the window
            for a, b, cls in bio_spans([names[i] for i in ids]):
                if types is not None and cls not in types:
                    continue
                weakest = 1.0
                if min_conf > 0:
                    for i in range(a, b):
                        marginal(ptr, ids[i], i, pprob)
                        weakest = min(weakest, prob.value)
                if weakest >= min_conf:
                    found.append((a, b, cls))
        return out
