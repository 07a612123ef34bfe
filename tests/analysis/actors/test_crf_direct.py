"""The direct crfsuite tagger gives exactly what python-crfsuite's tagger gives."""

from __future__ import annotations

import random
import re

import pytest

from chronik.analysis.actors import names
from chronik.analysis.actors.link import _prev_word
from chronik.model import Span

SENTENCES = [
    "Gestern traf Kanzlerin Petra Albers in Kassel den Vorstand der Nordwerk AG .".split(),
    ["Laut", "„", "Morgenblatt", "“", "will", "Jonas", "Berg", "zurücktreten", "."],
    "Die Vereinten Nationen und die Stadt Mainz laden Maria Lopez zur Tagung nach Genf ein .".split(),
    ["Ja", "."],
    ["Hallo"],
]


@pytest.fixture(scope="module")
def direct():
    tagger = names._direct_tagger()
    if tagger is None:
        pytest.skip("python-crfsuite's library offers no C interface here")
    return tagger


def test_labels_and_marginals_match_python_crfsuite(direct):
    crf = names._crf_tagger()
    feats = names._featurize()
    for words in SENTENCES:
        for lo in range(len(words)):
            for hi in range(lo + 1, len(words) + 1):
                want = crf.tag(feats(words, lo, hi))
                got, marginal = direct._tag_one(words, lo, hi)
                assert got == want, (words, lo, hi)
                for i, lab in enumerate(want):
                    assert marginal(i, lab) == pytest.approx(crf.marginal(lab, i), abs=1e-12)


def test_windows_of_a_text_in_one_go_equal_one_by_one(direct):
    windows = [(w, lo, hi) for w in SENTENCES for lo, hi in [(0, len(w)), (1, min(4, len(w)))]
               if lo < hi]
    for min_conf, types in ((0.5, names.CRF_TYPES), (0.0, None), (0.9, {"PER"})):
        want = [names.tag_spans(w[lo:hi], min_conf, names._featurize()(w, lo, hi), types)
                for w, lo, hi in windows]
        assert direct.tag_windows(windows, min_conf, types) == want
    assert direct.tag_windows([], 0.5, None) == []
    assert any(direct.tag_windows(windows, 0.5, names.CRF_TYPES))  # some names at all


def test_german_names_same_with_and_without_the_direct_tagger(monkeypatch):
    text = ("Gestern traf Kanzlerin Petra Albers in Kassel den Vorstand der Nordwerk AG. "
            "Laut „Morgenblatt“ will Jonas Berg zurücktreten. Ja.")
    sents = tuple(Span.of(text, m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text))
    fast = names.german_names(text, sents)
    full = names.german_names(text, sents, full=True)
    monkeypatch.setattr(names, "_direct_tagger", lambda: None)
    assert names.german_names(text, sents) == fast
    assert names.german_names(text, sents, full=True) == full


def test_tag_spans_types_keep_only_the_wanted_classes():
    words = "Gestern traf Kanzlerin Petra Albers in Kassel die Nordwerk AG .".split()
    every = names.tag_spans(words, 0.0)
    assert every
    only = names.tag_spans(words, 0.0, types={"LOC"})
    assert only == [s for s in every if s[2] == "LOC"]


_WORD_BEFORE = re.compile(r"([\w-]+)\W*$")


def test_prev_word_reads_backwards_what_the_regex_finds():
    rng = random.Random(3)
    alphabet = "ab -_.,\n–ä1"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        pos = rng.randint(0, len(text))
        m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        assert _prev_word(text, pos) == (m.group(1) if m else ""), (text, pos)
    assert _prev_word("Gespräche in Moskau", 13) == "in"
    assert _prev_word("Ex-Präsident- ", 14) == "Ex-Präsident-"


def test_threads_sharing_the_tagger_get_their_own_names(direct):
    from concurrent.futures import ThreadPoolExecutor

    windows = [[(w, 0, len(w))] for w in SENTENCES] * 20
    want = [direct.tag_windows(ws, 0.5, None) for ws in windows]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda ws: direct.tag_windows(ws, 0.5, None), windows))
    assert got == want


def test_a_missing_or_foreign_model_gives_no_direct_tagger(tmp_path, direct):
    from chronik.analysis.actors.crf_direct import DirectTagger

    check = names._crf_tagger()
    assert DirectTagger.load(str(tmp_path / "none.crfsuite"), check) is None
    junk = tmp_path / "junk.crfsuite"
    junk.write_bytes(b"not a model at all" * 10)
    assert DirectTagger.load(str(junk), check) is None


def test_token_offsets_found_by_find_are_the_regex_offsets():
    from chronik.text.segment import _TOKEN

    text = "  Dr. Anna-Lena Berg (SPD), 12.5 % – „Neu“:\tz.B. O'Neill's  Büro…  "
    for pos in (0, 2, 6):
        words = _TOKEN.findall(text, pos)
        assert names._offsets(text, words, pos) == [m.span() for m in _TOKEN.finditer(text, pos)]
