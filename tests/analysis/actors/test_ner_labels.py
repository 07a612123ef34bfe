"""BIOES labels of the German CRF and the training script's label helpers."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from chronik.analysis.actors.names import bio_spans, spans_to_labels

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "train_ner_de.py"


@pytest.fixture(scope="module")
def trainer():
    spec = importlib.util.spec_from_file_location("train_ner_de", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bio_spans_reads_bio_and_bioes():
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG"]) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG")]
    # S- is a one-token name even before another one of its class; E- closes a name
    assert bio_spans(["S-PER", "S-PER", "B-LOC", "E-LOC", "O", "B-OTH", "I-OTH", "E-OTH"]) == [
        (0, 1, "PER"), (1, 2, "PER"), (2, 4, "LOC"), (5, 8, "OTH")]
    assert bio_spans(["O", "E-ORG", "I-ORG"]) == [(1, 2, "ORG"), (2, 3, "ORG")]  # stray tags
    assert bio_spans([]) == []


def test_bioes_round_trip(trainer):
    bio = ["B-PER", "I-PER", "O", "B-LOC", "B-LOCpart", "O", "B-ORG", "I-ORG", "I-ORG"]
    tags = trainer.bioes(bio)
    assert tags == ["B-PER", "E-PER", "O", "S-LOC", "S-LOCpart", "O", "B-ORG", "I-ORG", "E-ORG"]
    assert trainer.bioes(tags) == tags  # idempotent
    assert spans_to_labels(len(tags), bio_spans(tags)) == bio


def test_mention_replacement_keeps_context_and_classes(trainer):
    data = [
        (["Gestern", "kam", "Anna", "Berg", "nach", "Kiel", "."],
         ["O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"]),
        (["Dort", "wartete", "Udo", "."], ["O", "O", "B-PER", "O"]),
        (["die", "deutsche", "Mannschaft"], ["O", "B-LOC", "O"]),  # lower case: kept as is
        (["Niemand", "war", "da", "."], ["O", "O", "O", "O"]),
    ]
    out = trainer.replace_mentions(data, 2, seed=3)
    assert len(out) == 4  # two copies of the two sentences with a capitalized name
    assert out == trainer.replace_mentions(data, 2, seed=3)  # deterministic
    for words, labels in out:
        assert len(words) == len(labels)
        names = {(" ".join(words[a:b]), c) for a, b, c in bio_spans(labels)}
        assert names <= {("Anna Berg", "PER"), ("Udo", "PER"), ("Kiel", "LOC")}
        assert words[-1] == "." and labels[0] == "O"
