"""Loading KB files: the record format, broken lines, conflicting role dates, user KBs."""

from __future__ import annotations

import json
import pickle
import warnings

import pytest

from chronik.errors import ResourceError
from chronik.kb import KBEntity, KBWarning, KnowledgeBase, Role, load_kb
from chronik.kb.model import period


def _rec(**kw):
    rec = {"id": "X1", "name": "Anna Beispiel", "type": "PER", "country": "DEU",
           "aliases": {"en": ["Anna Beispiel"], "de": ["Anna Beispiel"]}, "short": ["Beispiel"]}
    rec.update(kw)
    return rec


def _write(path, records):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records), "utf-8")
    return path


@pytest.mark.parametrize("date,first,after", [
    ("2024", "2024-01-01", "2025-01-01"),
    ("2024-02", "2024-02-01", "2024-03-01"),
    ("2024-12", "2024-12-01", "2025-01-01"),
    ("2024-05-12", "2024-05-12", "2024-05-13"),
])
def test_kb_period_of_a_date(date, first, after):
    assert period(date) == (first, after)


def test_kb_period_rejects_non_dates():
    with pytest.raises(ValueError):
        period("2024-13-40")


def test_kb_role_end_is_exclusive_and_precision_is_respected():
    old = Role("defence_minister", "Minister", country="RUS", start="2012-11-06", end="2024-05-12")
    new = Role("security_council_secretary", "Secretary", country="RUS", start="2024-05-12")
    assert old.valid_at("2024-05-11") and not old.valid_at("2024-05-12")
    assert new.valid_at("2024-05-12") and not new.valid_at("2024-05-11")
    assert old.valid_at("2024-05") and new.valid_at("2024-05")  # the month overlaps both
    assert old.valid_at("2012") and not old.valid_at("2011")
    assert new.valid_at(None) and not old.valid_at(None)  # None = now


def test_kb_from_files_reads_records_and_indexes_them(tmp_path):
    path = _write(tmp_path / "people.jsonl", [
        "# a comment line",
        _rec(roles=[{"key": "foreign_minister", "title": "Foreign Minister", "country": "DEU",
                     "start": "2020-01-01", "end": "2022-01-15"},
                    {"key": "head_of_government", "title": "Chancellor", "country": "DEU",
                     "start": "2021-06-01", "end": None}]),
        {"id": "X2", "name": "Bert Muster", "type": "PER", "country": "DEU",
         "roles": [{"key": "foreign_minister", "title": "Foreign Minister", "country": "DEU",
                    "start": "2022-01-15", "end": None}]},
    ])
    kb = KnowledgeBase.from_files([path])
    assert len(kb) == 2 and kb.get("X1").name == "Anna Beispiel" and kb.get("nope") is None
    assert [e.id for e in kb.by_type("PER")] == ["X1", "X2"]
    # two roles valid in 2021-07: the more senior one wins
    assert kb.role_at("X1", "2021-07").key == "head_of_government"
    assert [r.key for r in kb.roles_at("X1", "2021-07")] == ["head_of_government", "foreign_minister"]
    assert kb.role_at("X1", "2019") is None
    assert kb.role_at("missing", "2021") is None
    assert [e.id for e in kb.holders("foreign_minister", "DEU", "2021")] == ["X1"]
    assert [e.id for e in kb.holders("foreign_minister", "DEU", "2023-03-01")] == ["X2"]
    # the month the office changed hands: the newcomer first
    assert [e.id for e in kb.holders("foreign_minister", "DEU", "2022-01")] == ["X2", "X1"]
    assert kb.holders("foreign_minister", "FRA", "2021") == []


def test_kb_broken_lines_are_reported_with_file_and_line_and_the_rest_loads(tmp_path):
    path = _write(tmp_path / "broken.jsonl", [
        _rec(id="A"),
        '{"id": "B", "name": "Cut off',
        _rec(id="C", type="THING"),
        _rec(id="D", country="Germany"),
        _rec(id="E", roles=[{"key": "grand_vizier", "title": "Grand Vizier"}]),
        _rec(id="F", roles=[{"key": "head_of_state", "title": "President", "start": "2020-31-01"}]),
        {"name": "No id", "type": "PER"},
        _rec(id="G"),
    ])
    problems = []
    kb = KnowledgeBase.from_files([path], on_error=problems.append)
    assert sorted(e.id for e in kb) == ["A", "G"]
    lines = [p.entry for p in problems]
    assert lines == ["line 2", "line 3", "line 4", "line 5", "line 6", "line 7"]
    assert all(isinstance(p, ResourceError) and p.file == str(path) for p in problems)
    assert "invalid JSON" in str(problems[0]) and f"{path} [line 2]" in str(problems[0])
    assert "'type' must be one of" in problems[1].reason
    assert "alpha-3" in problems[2].reason
    assert "grand_vizier" in problems[3].reason
    assert "ISO date" in problems[4].reason or "not an ISO date" in problems[4].reason
    assert "missing 'id'" in problems[5].reason


def test_kb_broken_line_raises_without_a_handler(tmp_path):
    path = _write(tmp_path / "bad.jsonl", [_rec(), "not json"])
    with pytest.raises(ResourceError, match=r"bad.jsonl \[line 2\]"):
        KnowledgeBase.from_files([path])


def test_kb_conflicting_role_dates_are_warnings_and_the_record_is_kept(tmp_path):
    path = _write(tmp_path / "conflict.jsonl", [
        _rec(id="A", roles=[{"key": "head_of_state", "title": "President", "country": "DEU",
                             "start": "2020-05-01", "end": "2019-01-01"}]),
        _rec(id="B", roles=[{"key": "defence_minister", "title": "Defence Minister", "country": "DEU",
                             "start": "2010-01-01", "end": "2015-01-01"},
                            {"key": "defence_minister", "title": "Defence Minister", "country": "DEU",
                             "start": "2014-01-01", "end": None}]),
    ])
    warned = []
    kb = KnowledgeBase.from_files([path], on_warning=warned.append)
    assert {e.id for e in kb} == {"A", "B"}
    assert len(warned) == 2
    assert "ends 2019-01-01 before it starts 2020-05-01" in str(warned[0]) and "[line 1]" in str(warned[0])
    assert "overlap" in str(warned[1]) and "[line 2]" in str(warned[1])
    with pytest.warns(KBWarning) as record:
        KnowledgeBase.from_files([path])
    assert any("overlap" in str(w.message) for w in record)


def test_kb_later_files_override_earlier_ids(tmp_path):
    base = _write(tmp_path / "a.jsonl", [_rec(id="A", name="Old Name")])
    user = tmp_path / "user"
    user.mkdir()
    _write(user / "b.jsonl", [_rec(id="A", name="New Name"), _rec(id="Z")])
    kb = KnowledgeBase.from_files([base, user])
    assert kb["A"].name == "New Name" and "Z" in kb


def test_kb_aliases_yield_every_kind(tmp_path):
    path = _write(tmp_path / "kb.jsonl", [
        {"id": "S", "name": "Nordland", "type": "GPE", "country": "NDL",
         "aliases": {"de": ["Nordland"], "en": ["Northland"]},
         "adjectives": {"de": ["nordländisch"], "en": ["Northlandic"]},
         "demonyms": {"de": ["Nordländer"], "en": ["Northlanders"]},
         "capital": "C", "metonyms": ["C"]},
        {"id": "C", "name": "Hauptstadt", "type": "LOC", "country": "NDL", "metonym_of": "S",
         "aliases": {"de": ["Hauptstadt"], "en": ["Capital City"]}},
        _rec(id="P"),
    ])
    kb = KnowledgeBase.from_files([path])
    de = set(kb.aliases("de"))
    assert ("Nordland", "S", "name") in de and ("Northland", "S", "name") not in de
    assert ("nordländisch", "S", "adjective") in de and ("Nordländer", "S", "demonym") in de
    assert ("Hauptstadt", "S", "metonym") in de and ("Hauptstadt", "C", "name") in de
    assert ("Beispiel", "P", "short") in de
    en = set(kb.aliases("en"))
    assert ("Northlandic", "S", "adjective") in en and ("Capital City", "S", "metonym") in en
    every = set(kb.aliases())
    assert ("Nordland", "S", "name") in every and ("Northland", "S", "name") in every


def test_kb_find_matches_spelling_variants(tmp_path):
    path = _write(tmp_path / "kb.jsonl", [_rec(id="P", name="Sergei Shoigu",
                                                 aliases={"en": ["Sergei Shoigu"]})])
    kb = KnowledgeBase.from_files([path])
    assert [e.id for e in kb.find("Sergej Schoigu")] == ["P"]
    assert kb.find("Somebody Else") == []


def test_kb_entities_are_frozen_hashable_and_picklable():
    kb = load_kb()
    ent = kb["Q7747"]
    assert isinstance(ent, KBEntity) and ent == pickle.loads(pickle.dumps(ent))
    assert len({ent, kb["Q7747"]}) == 1
    with pytest.raises(AttributeError):
        ent.name = "x"  # type: ignore[misc]
    assert kb.role_at("Q7747", "2010").key == "head_of_government"


def test_kb_load_kb_is_cached_and_takes_user_files(tmp_path, monkeypatch):
    assert load_kb() is load_kb()
    user = _write(tmp_path / "extra.jsonl", [_rec(id="chronik:test-extra")])
    monkeypatch.setenv("CHRONIK_KB", str(user))
    with_user = load_kb()
    assert "chronik:test-extra" in with_user and len(with_user) == len(load_kb([])) + 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "Q7747" in load_kb([])


def test_kb_load_kb_warns_about_broken_user_records_and_keeps_the_rest(tmp_path):
    user = _write(tmp_path / "user.jsonl", [_rec(id="chronik:ok-1"), "{broken", _rec(id="chronik:ok-2")])
    with pytest.warns(KBWarning, match=r"user.jsonl \[line 2\]"):
        kb = load_kb([user])
    assert "chronik:ok-1" in kb and "chronik:ok-2" in kb and len(kb.problems) == 1
    with pytest.warns(KBWarning, match="cannot read"):
        load_kb([tmp_path / "missing.jsonl"])
