"""English name types (names written for these tests): company and place suffixes decide
the type; a weekday after a place name is no part of it."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def _ents(text: str) -> dict[str, str]:
    an = analyze(Article.create(text, date="1998-03-06", lang="en"))
    return {e.name: e.type for e in an.entities}


@pytest.mark.parametrize("text, name, etype", [
    ("Investors bought shares of Harlow Widget Co on Monday.", "Harlow Widget Co", "ORG"),
    ("Analysts at Brenner Securities expect losses.", "Brenner Securities", "ORG"),
    ("Guests at the Seaview Hotel were evacuated.", "Seaview Hotel", "LOC"),
    ("The road from Harwick County was closed.", "Harwick County", "LOC"),
])
def test_suffix_decides_type(text, name, etype):
    assert _ents(text).get(name) == etype


def test_weekday_after_a_place_is_cut():
    ents = _ents("Officials met in Port Halwick Thursday to discuss the budget.")
    assert not any("Thursday" in n for n in ents)


@pytest.mark.parametrize("text, name", [
    ("The shareholders of Halvorsen & Pike Co voted on Monday.", "Halvorsen & Pike Co"),
    ("Analysts said Brandt & Kessler raised its prices.", "Brandt & Kessler"),
])
def test_ampersand_joins_a_firm_name(text, name):
    assert _ents(text).get(name) == "ORG"
