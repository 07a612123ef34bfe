"""Resource YAML is read with YAML 1.2 booleans: English words such as "On", "No" and "Yes"
in a word list stay words (YAML 1.1 would turn them into True/False)."""

from __future__ import annotations

from chronik.analysis.actors.names import english_names
from chronik.model import Span
from chronik.resources import load_yaml, parse_yaml


def test_yaml_words_that_yaml_1_1_reads_as_booleans_stay_strings() -> None:
    data = parse_yaml("words: [On, Off, Yes, No, y, n]\nflag: true\nother: False\n")
    assert data == {"words": ["On", "Off", "Yes", "No", "y", "n"], "flag": True, "other": False}


def test_no_bundled_word_list_holds_a_boolean() -> None:
    cues = load_yaml("en", "actors.yaml")
    assert "On" in cues["not_names"]
    assert not any(isinstance(w, bool) for w in cues["not_names"])


def test_a_weekday_after_on_is_no_english_name() -> None:
    text = "On Monday, the envoy Maria Okafor met reporters in Lagos."
    names = english_names(text, (Span.of(text, 0, len(text)),))
    found = [text[n.start:n.end] for n in names]
    assert "On Monday" not in found and "Monday" not in found
    assert "Maria Okafor" in found


def test_common_acronyms_are_no_english_organizations() -> None:
    text = "Spending rose to 3% of GDP, the CEO of Acme Corp told TV reporters."
    found = [text[n.start:n.end] for n in english_names(text, (Span.of(text, 0, len(text)),))]
    assert not {"GDP", "CEO", "TV"} & set(found)


def test_a_group_noun_opening_a_sentence_is_no_english_name() -> None:
    text = "Police arrested two men. Rebels attacked the town. The Metropolitan Police said nothing."
    found = [text[n.start:n.end] for n in english_names(text, (Span.of(text, 0, len(text)),))]
    assert "Police" not in found and "Rebels" not in found
    assert "Metropolitan Police" in found
