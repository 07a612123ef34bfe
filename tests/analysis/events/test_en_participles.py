"""English reduced clauses (sentences written for these tests): a participle after a noun is
done by that noun's referent, an adverbial ", killing …" by the main clause's opening subject,
and name spans that ran into the clause ("On Friday", "… has formally") are no actors."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Vladimir Putin": ("PER", "RUS", ["Vladimir Putin", "Putin"]),
    "Russia": ("GPE", "RUS", ["Russia", "Russian"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine", "Ukrainian"]),
    "United States": ("GPE", "USA", ["U.S", "United States"]),
    "Kyiv": ("LOC", "UKR", ["Kyiv"]),
    "Anna Berg": ("PER", None, ["Anna Berg"]),
    "On Friday": ("ORG", None, ["On Friday"]),
    "Dutch government has formally": ("ORG", None, ["Dutch government has formally"]),
}


def _events(text: str):
    an = find_events(make(text, "en", entities=ENTS))
    return [(v.type, [an.entity(a).name for a in v.actors], v.trigger.text if v.trigger else "")
            for v in an.events]


def _by_trigger(text: str, trigger: str):
    return [e for e in _events(text) if e[2] == trigger]


def test_ing_after_common_noun_takes_no_name_further_back():
    text = "Putin praised the farmers in Kyiv on Tuesday, while crowds demanding higher wages gathered."
    assert _by_trigger(text, "demanding") == []


def test_ing_after_plural_head_noun_takes_its_name():
    got = _by_trigger("The report described Russian troops massing near the border.", "massing")
    assert [e[1] for e in got] in ([], [["Russia"]])


def test_past_participle_after_noun_before_preposition():
    text = "Ukraine said it would free the sailors captured during the raid near Kyiv."
    assert all(e[1] != ["Ukraine"] for e in _by_trigger(text, "captured"))


def test_finite_past_after_noun_still_has_its_subject():
    got = _by_trigger("Russian soldiers captured the village on Sunday.", "captured")
    assert got and got[0][1] == ["Russia"]


def test_infinitive_after_past_is_no_reduced_clause():
    got = _by_trigger("The officials of Ukraine then refused to sign the paper.", "refused")
    assert got and got[0][1] == ["Ukraine"]


def test_comma_participle_with_name_inside_a_phrase_gets_no_actor():
    text = "A truck bomb went off near the U.S. consulate on Monday, killing nine people."
    assert all(e[1] != ["United States"] for e in _by_trigger(text, "killing"))


def test_comma_participle_takes_the_opening_subject():
    got = _by_trigger("Russian troops entered the village, killing four civilians.", "killing")
    assert got and got[0][1] == ["Russia"]


def test_message_noun_participle_is_the_authors():
    got = _by_trigger("Anna Berg sent a letter asking Putin to release the prisoners.", "asking")
    assert got and got[0][1] == ["Anna Berg"]


def test_junk_name_spans_are_no_actors():
    got = _events("On Friday, the mayor called for calm, vowing to rebuild the school.")
    assert all("On Friday" not in e[1] for e in got)
    got = _events("The Dutch government has formally called for new talks with Russia.")
    assert all("Dutch government has formally" not in e[1] for e in got)
