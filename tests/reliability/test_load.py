"""A small run of bench/load.py against a real `chronik serve` on the demo store: 300 mixed
page and API requests from 20 concurrent clients, zero errors (timings are printed by the
bench, never asserted)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

BENCH = Path(__file__).resolve().parents[2] / "bench" / "load.py"


def _bench():
    spec = importlib.util.spec_from_file_location("chronik_bench_load", BENCH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_mixed_load_on_the_demo_store_has_no_errors(demo_server, demo_db):
    out = _bench().run_load(demo_server.base, demo_db, requests=300, clients=20, max_seconds=120)
    assert out["errors"] == 0, out["error_samples"]
    assert out["requests"] == 300, "the run stopped at the time cap before all requests"
    kinds = set(out["by_kind"])
    assert {"api:timeline", "api:search", "api:event", "page:event", "page:entity"} <= kinds


def test_load_refuses_addresses_other_than_loopback():
    bench = _bench()
    assert bench.is_loopback("http://127.0.0.1:8000") and bench.is_loopback("http://[::1]:80")
    assert bench.is_loopback("http://localhost:1")
    for url in ("http://10.0.0.1:8000", "http://example.org", "http://0.0.0.0:8000"):
        assert not bench.is_loopback(url)
        with pytest.raises(SystemExit):
            bench.run_load(url, Path("unused.db"), requests=1, clients=1)
