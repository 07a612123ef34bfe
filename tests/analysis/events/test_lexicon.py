"""Trigger lexicons: generated forms, separable verbs, compounds, and resource checks."""

from __future__ import annotations

import pytest

from chronik.analysis.events.lexicon import load_lexicon
from chronik.analysis.events.ontology import plover_types


@pytest.mark.parametrize("form,lemma,kind", [
    ("zugesichert", "zusichern", "participle"),
    ("zuzusichern", "zusichern", "infinitive"),
    ("sichert", "zusichern", "finite"),  # split: "sichert … zu"
    ("besucht", "besuchen", "participle"),
    ("kritisiert", "kritisieren", "participle"),
    ("verhandelten", "verhandeln", "finite"),
    ("angegriffen", "angreifen", "participle"),
    ("griff", "angreifen", "finite"),
    ("entsandt", "entsenden", "participle"),
    ("unterzeichnet", "unterzeichnen", "participle"),
    ("Staatsbesuch", "Besuch", "noun"),  # compound tail
    ("Treffens", "Treffen", "noun"),
    ("Luftangriffe", "Luftangriff", "noun"),
])
def test_lexicon_de_forms(form, lemma, kind):
    hits = load_lexicon("de").lookup(form)
    assert any(h.trigger.lemma == lemma and h.kind == kind for h in hits), hits


@pytest.mark.parametrize("form,lemma", [("met", "meet"), ("visited", "visit"), ("agreed", "agree"),
                                        ("criticised", "criticise"), ("sanctions", "sanctions"),
                                        ("withdrew", "withdraw"), ("talks", "talks")])
def test_lexicon_en_forms(form, lemma):
    assert any(h.trigger.lemma == lemma for h in load_lexicon("en").lookup(form))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_lexicon_covers_every_type(lang):
    lex = load_lexicon(lang)
    types = {h.trigger.type for hits in lex.forms.values() for h in hits}
    assert types == set(plover_types())


def test_lexicon_missing_language_is_none():
    assert load_lexicon("xx") is None


def test_lexicon_light_verbs_skip_split_forms():
    lex = load_lexicon("de")
    assert lex.light_forms.get("stellt") == "stellen"  # not "bereitstellen" without its particle
    assert lex.light_forms.get("bereitgestellt") == "bereitstellen"
    assert lex.light_forms.get("verhängte") == "verhängen"
