"""Every rule's `examples` in resources/<lang>/time*.yaml is a test case."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.analysis.time.patterns import _merge
from chronik.schema.validate import is_timex_value


def _cases():
    for lang in ("de", "en"):
        merged, _origin = _merge(lang)
        for rule in merged["rules"]:
            for i, ex in enumerate(rule.get("examples") or []):
                yield pytest.param(lang, rule["name"], ex, id=f"{lang}-{rule['name']}-{i}")


@pytest.mark.parametrize(("lang", "rule", "example"), list(_cases()))
def test_rule_example(lang: str, rule: str, example: dict) -> None:
    res = tag_text(example["text"], lang, example.get("dct"))
    values = [t.value for t in res.timexes]
    bad = [v for v in values if v is not None and not is_timex_value(v)]
    assert not bad, f"{rule}: {example['text']!r} gave values the record contract refuses: {bad}"
    want = example.get("value")
    if want is None:
        assert all(v is None for v in values), f"{rule}: expected no value in {example['text']!r}, got {values}"
        return
    assert want in values, f"{rule}: {example['text']!r} gave {values}, expected {want}"
    if example.get("mod"):
        mods = [t.mod for t in res.timexes if t.value == want]
        assert example["mod"] in mods


def test_every_rule_has_examples_somewhere() -> None:
    """Most rules carry examples; the count guards against a file silently losing them."""
    for lang in ("de", "en"):
        merged, _ = _merge(lang)
        with_examples = [r for r in merged["rules"] if r.get("examples")]
        assert len(with_examples) >= 0.75 * len(merged["rules"])
