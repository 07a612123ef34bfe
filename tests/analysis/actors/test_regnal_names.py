"""Names with regnal numerals: the German ordinal dot belongs to the name, and "II" alone
is nobody's surname."""

from __future__ import annotations

from chronik.model import Article
from chronik.pipeline import analyze


def entities(text: str, lang: str = "de", date: str = "2008-03-26"):
    return analyze(Article.create(text, lang=lang, date=date)).entities


def test_german_regnal_name_keeps_its_ordinal_dot_and_links():
    (queen, *_rest) = [e for e in entities("Der Gast traf Königin Elisabeth II. in Windsor.")
                       if e.type == "PER"]
    assert queen.kb == "Q9682"
    assert [m.text for m in queen.mentions] == ["Königin Elisabeth II."]


def test_pope_is_linked_by_his_german_name():
    ents = entities("Der Theologe traf Papst Benedikt XVI. am Samstag in Rom.", date="2005-09-26")
    assert any(e.name == "Pope Benedict XVI" for e in ents)


def test_a_numeral_alone_is_not_a_short_name():
    ents = entities("Papst Johannes Paul II. reiste im April nach Chile.", date="1987-04-02")
    assert all(e.kb != "Q9682" for e in ents)  # not Elizabeth II


def test_english_keeps_the_sentence_full_stop_out_of_the_name():
    ents = entities("The guests met Queen Elizabeth II. They left at noon.", lang="en")
    assert all(not m.text.endswith(".") for e in ents for m in e.mentions)
