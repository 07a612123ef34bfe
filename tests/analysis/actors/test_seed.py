"""The seed article: all 13 gold entities with the gold country; Shoigu's role in June 2025."""

from __future__ import annotations

import unicodedata

from chronik.analysis.actors import find_entities
from chronik.analysis.actors.kbsource import default_kb, fixture_kb
from chronik.analysis.segment import find_sentences
from chronik.model import Analysis, Article


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def test_seed_entities(seed_path, seed_gold):
    text = seed_path.read_text("utf-8")
    kb = default_kb()
    if not len(kb):  # a tree without the bundled KB data: the fixture KB stands in
        kb = fixture_kb()
    art = Article.create(text, date="2025-06", lang="de", date_refined="2025-06-05")
    ents = find_entities(find_sentences(Analysis.empty(art)), kb).entities
    for gold in seed_gold["entities"]:
        names = {_fold(gold["name"])} | {_fold(s) for s in gold["surface"]}
        match = [e for e in ents if _fold(e.name) in names and e.type == gold["type"]]
        assert match, f"gold entity {gold['name']} not found"
        ent = match[0]
        assert ent.country == gold["country"], gold["name"]
        surfaces = {_fold(m.text) for m in ent.mentions}
        assert surfaces & {_fold(s) for s in gold["surface"]}, gold["name"]
    shoigu = next(e for e in ents if e.name == "Sergei Shoigu")
    assert shoigu.role and "Security Council" in shoigu.role
    pyongyang = next(e for e in ents if e.name == "Pyongyang")
    assert pyongyang.type == "LOC"
