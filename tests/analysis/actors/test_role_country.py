"""A role noun takes its state only from a real attachment: adjective, genitive, of/von."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def names(text: str, lang: str = "de", date: str = "2024-06-26") -> list[str]:
    return [e.name for e in analyze(Article.create(text, lang=lang, date=date)).entities]


@pytest.mark.parametrize("text,lang", [
    ("Der Präsident Russlands empfing am Mittwoch Gäste.", "de"),
    ("Der russische Präsident empfing am Mittwoch Gäste.", "de"),
    ("The President of Russia received guests on Wednesday.", "en"),
])
def test_role_noun_with_its_state_is_the_office_holder(text, lang):
    assert "Vladimir Putin" in names(text, lang)


def test_state_as_object_after_the_role_noun_is_not_its_state():
    # "Russland" is what the president visits, not whose president he is
    assert "Vladimir Putin" not in names("Ob der Präsident Russland bald besucht, ist offen.")
