"""Entity resolution across articles, and merges that can be explained and undone."""

from __future__ import annotations

import pytest

from chronik.errors import UsageError
from chronik.store.entities import list_merges, merge_entities, undo_merge
from chronik.timeline.queries import resolve_entity


def test_entities_resolved_by_kb_id_across_languages(store, write, make_analysis):
    write(make_analysis("Schoigu kam an.", date="2024-01-01", names={"Schoigu": "Sergei Shoigu"}),
          make_analysis("Shoigu arrived.", date="2024-01-02", lang="en", names={"Shoigu": "Sergei Shoigu"}))
    assert store.query_one("SELECT count(*) FROM entities")[0] == 1
    assert resolve_entity(store, "Schoigu").name == "Sergei Shoigu"
    assert resolve_entity(store, "Q315").name == "Sergei Shoigu"


def test_entities_without_kb_resolved_by_name_key(store, write, make_analysis):
    a = make_analysis("Sergej Schoigu kam an.", date="2024-01-01", kb=False,
                      names={"Sergej Schoigu": "Sergej Schoigu"})
    b = make_analysis("Sergei Shoigu arrived.", date="2024-01-02", lang="en", kb=False,
                      names={"Sergei Shoigu": "Sergei Shoigu"})
    write(a, b)
    assert store.query_one("SELECT count(*) FROM entities")[0] == 1


def test_entities_merge_and_undo(store, write, make_analysis):
    names = {"Kim": "Kim Jong Un", "Putin": "Vladimir Putin"}
    write(make_analysis("Kim traf Putin am 2. Mai.", date="2024-05-03", names=names,
                        events=[dict(type="CONSULT", actors=["Kim Jong Un"],
                                     recipients=["Vladimir Putin"], date="2024-05-02")]),
          make_analysis("Der Machthaber traf Putin am 2. Mai.", date="2024-05-03", kb=False,
                        names={"Der Machthaber": "Der Machthaber", "Putin": "Vladimir Putin"},
                        events=[dict(type="CONSULT", actors=["Der Machthaber"],
                                     recipients=["Vladimir Putin"], date="2024-05-02")]))
    assert store.query_one("SELECT count(*) FROM timeline_events")[0] == 2
    kim, other = resolve_entity(store, "Kim"), resolve_entity(store, "Der Machthaber")
    m = merge_entities(store, kim.id, other.id, "the article's 'Machthaber' is Kim")
    assert resolve_entity(store, "Der Machthaber").id == kim.id
    assert store.query_one("SELECT count(*) FROM timeline_events")[0] == 1  # re-fused
    assert [x.reason for x in list_merges(store)] == ["the article's 'Machthaber' is Kim"]
    undo_merge(store, m.id)
    assert resolve_entity(store, "Der Machthaber").id == other.id
    assert store.query_one("SELECT count(*) FROM timeline_events")[0] == 2
    with pytest.raises(UsageError, match="already undone"):
        undo_merge(store, m.id)


def test_entities_role_nouns_do_not_resolve_to_a_person(store, write, make_analysis):
    write(make_analysis("Verteidigungsminister Schoigu kam an.", date="2024-01-01",
                        names={"Schoigu": "Sergei Shoigu"}))
    store.execute("INSERT INTO entity_names (entity_id, name_key, name) "
                  "SELECT id, 'verteidigungsminister', 'Verteidigungsminister' FROM entities")
    write(make_analysis("Der Verteidigungsminister sprach.", date="2024-02-01", kb=False,
                        names={"Verteidigungsminister": "Verteidigungsminister"}),
          make_analysis("Shoigu sprach.", date="2024-02-02", kb=False, names={"Shoigu": "Shoigu"}))
    names = sorted(r[0] for r in store.query("SELECT name FROM entities"))
    assert names == ["Sergei Shoigu", "Verteidigungsminister"]  # the surname joined the person
