"""`chronik kb show | stats | import` through the CLI."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from chronik.cli.app import app

FIXTURE = Path(__file__).parent / "fixtures" / "mini-dump.json.gz"
runner = CliRunner()


def test_kb_cli_show_resolves_spelling_variants_and_dates():
    res = runner.invoke(app, ["kb", "show", "Sergej Schoigu", "--date", "2025-06"])
    assert res.exit_code == 0, res.output
    assert "Q32024  Sergei Shoigu  [PER]  country=RUS" in res.output
    assert "at 2025-06: Secretary of the Security Council of Russia" in res.output


def test_kb_cli_show_unknown_name_fails():
    res = runner.invoke(app, ["kb", "show", "Nobody Atall"])
    assert res.exit_code == 1


def test_kb_cli_stats():
    res = runner.invoke(app, ["kb", "stats"])
    assert res.exit_code == 0 and "entities:" in res.output and "people with roles:" in res.output


def test_kb_cli_import_then_show_with_the_user_kb(tmp_path):
    out = tmp_path / "kb"
    res = runner.invoke(app, ["kb", "import", str(FIXTURE), "--out", str(out)])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["kb", "show", "Pawel Orlow", "--kb", str(out), "--date", "2023"])
    assert res.exit_code == 0, res.output
    assert "at 2023: Minister of Defence of Veltravia" in res.output


def test_kb_cli_import_truncated_dump_exits_non_zero(tmp_path):
    cut = tmp_path / "cut.json.gz"
    cut.write_bytes(FIXTURE.read_bytes()[:-40])
    res = runner.invoke(app, ["kb", "import", str(cut), "--out", str(tmp_path / "kb")])
    assert res.exit_code == 1
    assert (tmp_path / "kb" / "people.jsonl").exists()
