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


def _names(kb, ent) -> set[str]:
    rec = kb.get(ent.kb) if ent.kb else None
    return {ent.name, *(rec.names() if rec is not None else ())}


def test_seed_entities(seed_path, seed_gold):
    text = seed_path.read_text("utf-8")
    kb = default_kb()
    if not len(kb):  # a tree without the bundled KB data: the fixture KB stands in
        kb = fixture_kb()
    art = Article.create(text, date="2025-06", lang="de", date_refined="2025-06-05")
    ents = find_entities(find_sentences(Analysis.empty(art)), kb).entities
    for gold in seed_gold["entities"]:
        names = {_fold(gold["name"])} | {_fold(s) for s in gold["surface"]}
        # matched by any of its names: canonical, KB aliases, or a mention's text
        match = [e for e in ents if e.type == gold["type"] and (
            {_fold(n) for n in _names(kb, e)} & names or any(_fold(m.text) in names for m in e.mentions))]
        assert match, f"gold entity {gold['name']} not found"
        ent = match[0]
        assert ent.country == gold["country"], gold["name"]
        words = {w for m in ent.mentions for w in _fold(m.text).split()} | {_fold(m.text) for m in ent.mentions}
        assert any(_fold(s) in words or set(_fold(s).split()) <= words for s in gold["surface"]), gold["name"]
    shoigu = next(e for e in ents if e.name == "Sergei Shoigu")
    assert shoigu.role and "Security Council" in shoigu.role
    pyongyang = next(e for e in ents if e.name == "Pyongyang")
    assert pyongyang.type == "LOC"
