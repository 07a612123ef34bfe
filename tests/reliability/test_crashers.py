"""Regression tests from the crashers fuzzing found (tests/reliability/crashers/): each file
is read with `read_paths` and every article analysed; the invariants of the fuzz tests hold.
Files named `*.fuzz` are raw atheris inputs (first byte: the format) replayed through
bench/fuzz.py's check. README.md in that folder says what each one broke."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rel_fuzz import check_analysis, read_all
from rel_proc import time_limit

CRASHERS = Path(__file__).resolve().parent / "crashers"
FILES = sorted(p for p in CRASHERS.iterdir() if p.is_file() and p.name != "README.md")
BENCH = Path(__file__).resolve().parents[2] / "bench" / "fuzz.py"

pytestmark = pytest.mark.usefixtures("warm")


@pytest.fixture(scope="module")
def fuzzer():
    spec = importlib.util.spec_from_file_location("chronik_bench_fuzz", BENCH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod.Fuzzer()


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_crasher_is_handled(path, fuzzer, tmp_path):
    with time_limit(30, path.name):
        if path.suffix == ".fuzz":
            fuzzer.one(path.read_bytes())
            return
        articles, errors = read_all(path)
        assert articles or errors, f"{path.name}: neither an article nor a reason"
        for a in articles:
            check_analysis(a)


def test_lone_surrogates_become_replacement_characters():
    articles, errors = read_all(CRASHERS / "jsonl-lone-surrogate.jsonl")
    assert len(articles) == 2 and not errors
    for a in articles:
        a.text.encode("utf-8")  # storable, printable
        assert "\ufffd" in a.text
    assert articles[0].title == "\ufffd"


def test_too_deep_and_too_long_json_are_input_errors():
    for name in ("jsonl-deep-nesting.jsonl", "json-deep-nesting.json", "jsonl-huge-number.jsonl"):
        articles, errors = read_all(CRASHERS / name)
        assert errors, name
        assert all(e.reason.startswith(("JSON nested too deeply", "malformed JSON")) for e in errors), \
            [e.reason for e in errors]
    articles, _ = read_all(CRASHERS / "jsonl-deep-nesting.jsonl")
    assert [a.text for a in articles] == []  # both lines nest deeper than the decoder goes
