"""Schema migrations: numbered, named, recorded, each in its own transaction."""

from __future__ import annotations

import pytest

from chronik.errors import StoreError
from chronik.store import open_store
from chronik.store.migrations import MIGRATIONS, Migration, migrate, pending, split_statements
from chronik.store.sqlite import SQLiteStore


def test_migrations_recorded_once(tmp_path):
    db = tmp_path / "a.db"
    s = open_store(db)
    applied = s.migrations_applied()
    assert [(n, name) for n, name, _ in applied] == [(m.number, m.name) for m in MIGRATIONS]
    s.close()
    s = open_store(db)  # reopening applies nothing new
    assert s.migrations_applied() == applied
    assert pending(s) == []
    s.close()


def test_migrations_store_pragmas(tmp_path):
    s = open_store(tmp_path / "p.db")
    assert s.query_one("PRAGMA journal_mode")[0] == "wal"
    assert s.query_one("PRAGMA foreign_keys")[0] == 1
    assert s.query_one("PRAGMA busy_timeout")[0] > 0
    s.close()


def test_migrations_failure_rolls_back_and_stays_pending(tmp_path, monkeypatch):
    s = SQLiteStore(tmp_path / "f.db")
    migrate(s)
    bad = Migration(99, "broken", {"*": "schema.sql"})  # re-creating tables fails midway
    with pytest.raises(StoreError, match="migration 99 \\(broken\\)"):
        migrate(s, MIGRATIONS + (bad,))
    assert 99 not in [n for n, _, _ in s.migrations_applied()]
    s.close()


def test_migrations_split_keeps_trigger_bodies():
    script = ("CREATE TABLE a (x INTEGER);\n-- note; not a statement\n"
              "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  INSERT INTO a VALUES (1);\nEND;\n"
              "CREATE INDEX i ON a (x);\n")
    parts = split_statements(script)
    assert len(parts) == 3 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END")


def test_migrations_missing_folder_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nowhere" / "x.db")
