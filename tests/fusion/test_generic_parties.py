"""Generic groups of the events stage ("police", "protesters (GEO)") in fusion: a group with no
country is no evidence that two reports tell one event; with a country it is a party like any."""

from __future__ import annotations

from chronik.fusion.match import is_vague_key
from chronik.model import Article
from chronik.pipeline import analyze


def _arrest(place: str, art_id: str, source: str):
    who = "zwei mutmaßliche Schleuser" if art_id.endswith("1") else "drei Verdächtige"
    text = f"Die Polizei hat am Montag{place} {who} festgenommen."
    return analyze(Article(id=art_id, text=text, date="2024-03-12", lang="de", source=source))


def _entries(store) -> int:
    return store.query_one("SELECT count(*) FROM timeline_events")[0]


def test_police_without_a_country_does_not_tie_two_reports(store, write):
    a, b = _arrest("", "a1", "Nordblatt"), _arrest("", "a2", "Südkurier")
    assert [v.type for v in a.events] == ["COERCE"]  # the events stage coded the group
    write(a, b)
    assert _entries(store) == 2


def test_police_of_one_country_on_one_day_is_one_event(store, write):
    write(_arrest(" in Hamburg", "b1", "Nordblatt"), _arrest(" in Hamburg", "b2", "Südkurier"))
    assert _entries(store) == 1


def test_generic_names_are_not_remembered_as_names_of_other_entities(store, write):
    write(_arrest("", "c1", "Nordblatt"))
    keys = [r[0] for r in store.query("SELECT key FROM entities")]
    assert any(is_vague_key(k) for k in keys)
    assert store.query_one(
        "SELECT count(*) FROM entity_names n JOIN entities e ON e.id = n.entity_id "
        "WHERE e.key LIKE 'name:generic:%'")[0] == 0


def test_vague_keys():
    assert is_vague_key("name:generic:police")
    assert not is_vague_key("name:generic:police:GEO")
    assert not is_vague_key("kb:Q159")
    assert not is_vague_key(None)
