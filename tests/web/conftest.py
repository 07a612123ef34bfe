"""Fixtures of the web tests: a small store built through the store API, and clients."""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

from starlette.testclient import TestClient  # noqa: E402
from web_consts import TOKEN  # noqa: E402

from chronik.web.app import create_app  # noqa: E402


@pytest.fixture(scope="session")
def small_db(tmp_path_factory) -> Path:
    from stores import small_store

    path = tmp_path_factory.mktemp("web") / "small.db"
    small_store(path).close()
    return path


@pytest.fixture(scope="session")
def client(small_db) -> TestClient:
    with TestClient(create_app(small_db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture
def write_client(tmp_path) -> TestClient:
    """A read-write server over its own copy of the small store."""
    from stores import small_store

    path = tmp_path / "rw.db"
    small_store(path).close()
    with TestClient(create_app(path, allow_write=True, token=TOKEN),
                    raise_server_exceptions=False) as c:
        yield c
