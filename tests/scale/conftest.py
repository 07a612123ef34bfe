"""Fixtures for the scale tests: a throw-away PostgreSQL database per test (on the server that
`scripts/test` starts, $CHRONIK_TEST_PG), hand-made analyses, a small Spark session."""

from __future__ import annotations

import os
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fusion"))

from analyses import make  # noqa: E402

PG_ENV = "CHRONIK_TEST_PG"


def pg_server() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"${PG_ENV} is not set: no PostgreSQL server to test against "
                    "(`bash scripts/test` starts one)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install 'chronik[postgres]'")
    return url


@pytest.fixture
def pg_server_url() -> str:
    """The test server's URL (skips without one)."""
    return pg_server()


@pytest.fixture
def pg_url():
    """The URL of a new, empty database on the test server; dropped afterwards."""
    import psycopg

    server = pg_server()
    name = "chronik_t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(server)
    yield urlunsplit(parts._replace(path="/" + name))
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def make_analysis():
    return make
