"""A short, bounded coverage-guided fuzz session (bench/fuzz.py under atheris) in a
subprocess: it must end without a crash. The long run is `python bench/fuzz.py
-max_total_time=N corpus/` (see docs/reliability.md)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rel_proc import child_env

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz.py"
RUNS = 2000


def test_bounded_atheris_session(tmp_path):
    pytest.importorskip("atheris", reason="atheris is not installed (pip install atheris==3.0.0)")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    proc = subprocess.run(
        [sys.executable, str(BENCH), f"-runs={RUNS}", "-seed=1", "-max_total_time=10",
         f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=240, env=child_env(), cwd=tmp_path)
    out = proc.stdout + proc.stderr
    crashes = sorted(p.name for p in tmp_path.glob("crash-*")) + sorted(
        p.name for p in tmp_path.glob("timeout-*"))
    assert proc.returncode == 0 and not crashes, f"fuzzing found {crashes}:\n{out[-4000:]}"
    assert "Done" in out, out[-2000:]
