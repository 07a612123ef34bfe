"""TimeML reading/writing and the TempEval-3 scorer, on documents written for these tests."""

from __future__ import annotations

import pytest

from chronik.errors import InputError
from chronik.eval.score_timex import Mention, mentions, score_doc
from chronik.eval.timeml import annotate, insert_timexes, parse_timeml, strip_timexes

DOC = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-14" temporalFunction="false" functionInDocument="CREATION_TIME">2024-03-14</TIMEX3></DCT>
<TEXT>
Der Rat <EVENT eid="e1">tagte</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-03-13">gestern</TIMEX3> &amp; beschloss
den Haushalt f&#252;r <TIMEX3 tid="t2" type="DATE" value="2025">2025</TIMEX3>.
</TEXT>
</TimeML>
"""


def _between_tags(raw: str) -> str:
    import re

    return re.sub(r"<[^>]*>", "", raw)


def test_parse_reads_dct_text_and_gold() -> None:
    doc = parse_timeml(DOC)
    assert doc.dct == "2024-03-14"
    assert "gestern & beschloss" in doc.text
    assert [(doc.text[t.start:t.end], t.value) for t in doc.timexes] == [("gestern", "2024-03-13"),
                                                                          ("2025", "2025")]


def test_annotate_keeps_text_between_tags() -> None:
    out = annotate(DOC, "de")
    assert _between_tags(out) == _between_tags(DOC)
    doc = parse_timeml(out)
    assert [(doc.text[t.start:t.end], t.value) for t in doc.timexes] == [("gestern", "2024-03-13"),
                                                                          ("2025", "2025")]
    assert '<EVENT eid="e1">tagte</EVENT>' in out


def test_insert_skips_spans_crossing_tags() -> None:
    raw = strip_timexes(DOC)
    doc = parse_timeml(raw)
    start = doc.text.index("Rat")
    end = doc.text.index("tagte") + 2  # opens before the EVENT tag, closes inside it
    out = insert_timexes(raw, [(start, end, "DATE", "X", None)])
    assert out == raw
    inside = doc.text.index("tagte")
    out = insert_timexes(raw, [(inside, inside + 5, "DATE", "X", None)])
    assert '<EVENT eid="e1"><TIMEX3 tid="t1" type="DATE" value="X">tagte</TIMEX3></EVENT>' in out


def test_missing_dct_or_text_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="DCT"):
        parse_timeml("<TimeML><TEXT>x</TEXT></TimeML>", "a.tml")
    with pytest.raises(InputError, match="TEXT"):
        parse_timeml('<TimeML><DCT><TIMEX3 tid="t0" value="2024-01-01">x</TIMEX3></DCT></TimeML>')


def test_scorer_strict_relaxed_value() -> None:
    text = "am 3. Mai und gestern"
    g = text.index("gestern")
    gold = mentions(text, [(3, 9, "DATE", "2024-05-03"), (g, g + 7, "DATE", "2024-05-01")])
    system = mentions(text, [(0, 9, "DATE", "2024-05-03"), (g, g + 7, "DATE", "2024-05-02")])
    m = score_doc(gold, system).metrics()
    assert m["strict_f1"] == pytest.approx(0.5)
    assert m["relaxed_f1"] == pytest.approx(1.0)
    assert m["value_acc"] == pytest.approx(0.5)
    assert m["value_f1"] == pytest.approx(0.5)


def test_scorer_ignores_whitespace_differences() -> None:
    a = mentions("am  3. Mai", [(4, 10, "DATE", "v")])
    b = mentions("am 3.  Mai", [(3, 10, "DATE", "v")])
    assert a == b == [Mention(2, 7, "DATE", "v")]
