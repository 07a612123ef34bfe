"""The readers seen through `chronik analyze`: the seed's record, and exit codes 0 / 1."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from chronik.pipeline import STAGE_NAMES
from chronik.schema.validate import record_errors

CHRONIK = [sys.executable, "-c", "from chronik.cli.app import main; main()"]
SKIP_ALL = [arg for name in STAGE_NAMES for arg in ("--skip", name)]


def _analyze(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*CHRONIK, "analyze", *args], capture_output=True, text=True, timeout=120)


def test_cli_seed_record(seed_path):
    out = _analyze(str(seed_path), "--format", "json")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert len(lines) == 1
    rec = json.loads(lines[0])
    assert record_errors(rec) == []
    art = rec["article"]
    assert (art["date"], art["lang"]) == ("2025-06", "de")
    raw = seed_path.read_text("utf-8")
    header, _, body = raw.partition("\n\n")
    lead = header.strip().split(" ", 2)[2].strip()
    assert art["title"] == lead
    assert art["text"] == f"{lead}\n\n{body.strip()}"


def test_cli_exit_code_0_when_all_read(fixtures):
    out = _analyze(str(fixtures / "two_records.txt"), *SKIP_ALL)
    assert out.returncode == 0, out.stderr
    assert len(out.stdout.splitlines()) == 2


@pytest.mark.parametrize("bad", ["bad_headers.txt", "articles.jsonl", "empty.txt", "binary.bin",
                                 "no_text.html"])
def test_cli_exit_code_1_when_something_rejected(tmp_path, fixtures, bad):
    shutil.copy(fixtures / "two_records.txt", tmp_path / "good.txt")
    shutil.copy(fixtures / bad, tmp_path / bad)
    out = _analyze(str(tmp_path), *SKIP_ALL)
    assert out.returncode == 1
    assert bad in out.stderr and "rejected" in out.stderr
    titles = [json.loads(line)["article"]["title"] for line in out.stdout.splitlines()]
    assert any(t and t.startswith("Ein Gipfeltreffen") for t in titles)  # good file still read
