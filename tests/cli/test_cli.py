"""The store commands end to end through the CLI (Typer's CliRunner)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from chronik.cli.app import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def inputs(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.txt").write_text("date 2024-06-20 Die Minister haben sich in Moskau getroffen.\n\n"
                             "Das Treffen dauerte drei Stunden.\n", encoding="utf-8")
    (d / "b.txt").write_text("date 2024-06 The ministers met in Moscow.\n\n"
                             "The meeting lasted three hours.\n", encoding="utf-8")
    return d


@pytest.fixture
def analysed_db(tmp_path, make_analysis):
    """A database filled with hand-made analyses (independent of the analysis stages)."""
    from chronik.store import open_store
    from chronik.store.write import Writer

    db = tmp_path / "t.db"
    s = open_store(db)
    pk = {"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"}
    Writer(s).write_many([(make_analysis(
        "Putin traf Kim am 19. Juni.", date="2024-06-20", source="Tass", names=pk,
        events=[dict(type="CONSULT", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                     date="2024-06-19")]), True)])
    s.close()
    return db


def count(db) -> int:
    from chronik.store import open_store

    s = open_store(db)
    try:
        return s.query_one("SELECT count(*) FROM articles")[0]
    finally:
        s.close()


def test_cli_ingest_twice_count_unchanged(tmp_path, inputs):
    db = tmp_path / "c.db"
    r1 = run("ingest", inputs, "--db", db, "--no-analyze")
    assert r1.exit_code == 0, r1.output
    assert "ingested 2" in r1.output
    r2 = run("ingest", inputs, "--db", db, "--no-analyze")
    assert r2.exit_code == 0 and "duplicates 2" in r2.output
    assert count(db) == 2


def test_cli_ingest_rejected_input_exit_1(tmp_path, inputs):
    (inputs / "bad.txt").write_text("date 2025-13 Kaputt.\n\nText.\n", encoding="utf-8")
    r = run("ingest", inputs, "--db", tmp_path / "r.db", "--no-analyze")
    assert r.exit_code == 1 and "rejected 1" in r.output
    assert count(tmp_path / "r.db") == 2


def test_cli_ingest_usage_error_exit_2(tmp_path, inputs):
    assert run("ingest", inputs, "--db", tmp_path / "u.db", "--workers", "-1").exit_code == 2
    assert run("ingest").exit_code == 2


def test_cli_db_from_environment(tmp_path, inputs, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("CHRONIK_DB", str(db))
    assert run("ingest", inputs, "--no-analyze").exit_code == 0
    assert count(db) == 2


def test_cli_search_stemmed(tmp_path, inputs):
    db = tmp_path / "s.db"
    run("ingest", inputs, "--db", db, "--no-analyze")
    r = run("search", "treffen", "--db", db, "--lang", "de", "--format", "json")
    hits = [json.loads(line) for line in r.output.splitlines()]
    assert r.exit_code == 0 and len(hits) == 2
    r = run("search", "meeting", "--db", db)
    assert r.exit_code == 0 and "meeting" in r.output.lower()


def test_cli_stats(analysed_db):
    r = run("stats", "--db", analysed_db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.output)["timeline_events"] == 1


def test_cli_missing_db_is_an_error(tmp_path):
    r = run("stats", "--db", tmp_path / "none.db")
    assert r.exit_code == 1 and "no such database" in r.output


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "md"])
def test_cli_timeline_formats(analysed_db, fmt):
    r = run("timeline", "Putin", "--db", analysed_db, "--format", fmt)
    assert r.exit_code == 0, r.output
    assert "Kim Jong Un" in r.output or "Kim" in r.output


def test_cli_timeline_unknown_entity_exit_2(analysed_db):
    r = run("timeline", "Putn", "--db", analysed_db)
    assert r.exit_code == 2 and "Did you mean" in r.output and "Putin" in r.output


def test_cli_timeline_inverted_range_exit_2(analysed_db):
    r = run("timeline", "--since", "2025", "--until", "2024", "--db", analysed_db)
    assert r.exit_code == 2 and "inverted" in r.output


def test_cli_entity_and_event(analysed_db):
    r = run("entity", "Kim Jong-un", "--db", analysed_db)
    assert r.exit_code == 0 and "Vladimir Putin" in r.output
    r = run("event", "1", "--db", analysed_db, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.output)["evidence"][0]["article_source"] == "Tass"


def test_cli_export_and_unwritable_path(analysed_db, tmp_path):
    out = tmp_path / "x.md"
    r = run("export", "markdown", out, "--db", analysed_db, "--lang", "de")
    assert r.exit_code == 0 and "19. Juni 2024" in out.read_text(encoding="utf-8")
    (tmp_path / "file").write_text("x")
    r = run("export", "csv", tmp_path / "file" / "x.csv", "--db", analysed_db)
    assert r.exit_code == 1 and "cannot write" in r.output
    r = run("export", "xml", out, "--db", analysed_db)
    assert r.exit_code == 2


def test_cli_entity_merge_and_undo(analysed_db):
    r = run("entity-merge", "Putin", "Kim", "--reason", "test", "--db", analysed_db)
    assert r.exit_code == 0 and "merge 1" in r.output
    assert "test" in run("entity-merge", "--list", "--db", analysed_db).output
    assert run("entity-merge", "--undo", "1", "--db", analysed_db).exit_code == 0
    assert run("entity-merge", "--undo", "1", "--db", analysed_db).exit_code == 2


def test_cli_reanalyze_outdated_articles(tmp_path, inputs):
    db = tmp_path / "re.db"
    run("ingest", inputs, "--db", db, "--no-analyze")
    r = run("reanalyze", "--db", db)
    assert "replaced" in r.output or "rejected" in r.output


def test_cli_demo_builds_a_store(tmp_path):
    pytest.importorskip("chronik.demo")
    db = tmp_path / "demo.db"
    r = run("demo", "--db", db, "--format", "md")
    assert r.exit_code in (0, 1), r.output
    assert "North Korea and Russia" in r.output
    assert count(db) > 0 or "rejected" in r.output
