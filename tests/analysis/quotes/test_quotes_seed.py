"""The seed article: the gold quotations with an accepted speaker and the gold attributions."""

from __future__ import annotations

from chronik.pipeline import analyze
from chronik.readers import read_paths


def _norm(s: str) -> str:
    return s.strip(" \"'„“”»«").lower()


def _accepts(names: set[str], accepted: set[str]) -> bool:
    """A name is accepted when it contains an accepted one ("nachrichtenagentur kcna")."""
    return any(a and a in n for n in names for a in accepted)


def _names(result, entity_id: str | None, text: str | None) -> set[str]:
    names = {_norm(text or "")}
    ent = result.entity(entity_id)
    if ent is not None:
        names.add(_norm(ent.name))
        names.update(_norm(m.text) for m in ent.mentions)
    return names


def test_quotes_seed_gold_quotes_and_attributions(seed_path, seed_gold):
    art = next(iter(read_paths([str(seed_path)])))
    result = analyze(art, skip=frozenset({"events"}))
    for gold in seed_gold["quotes"]:
        accepted = {_norm(s) for s in gold["speaker"]}
        found = [q for q in result.quotes if _norm(q.span.text) == _norm(gold["text"])]
        assert found, f"quote {gold['text']!r} not found"
        assert any(_accepts(_names(result, q.speaker, q.speaker_text), accepted) for q in found), (
            gold["text"], [(q.speaker, q.speaker_text) for q in found])
    for gold in seed_gold["attributions"]:
        accepted = {_norm(s) for s in gold["source"]}
        hits = [a for a in result.attributions
                if any(_accepts(_names(result, s, a.source_text), accepted)
                       for s in a.sources or (None,))]
        assert hits, f"no attribution to {gold['source']}"
        if gold.get("via"):
            via = {_norm(s) for s in gold["via"]}
            assert any(_accepts(_names(result, v, None), via) for a in hits for v in a.via), gold["via"]
        if gold.get("modality"):
            assert any(a.modality == gold["modality"] for a in hits), gold
