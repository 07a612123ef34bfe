"""Security review as tests, against a real `chronik serve` on loopback and the CLI:

- SQL only through parameters: hostile search strings, entity names and filter values (quotes,
  `'; DROP TABLE articles; --`, FTS5 syntax, NUL bytes, 10 KB strings) give no 500, leak no SQL
  error, and leave every table intact;
- no path traversal through the static files or any other route;
- writes need `--allow-write` and the token; request bodies over the limit get 413;
- error pages carry no traceback, no absolute path, no token.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
from urllib.parse import quote

import httpx
import pytest
from rel_proc import Server

pytestmark = pytest.mark.slow

TOKEN = "tok-7f3a9c1e-reliability"

HOSTILE = [
    "'", '"', "''", '""', "'; DROP TABLE articles; --", "\"; DROP TABLE articles; --",
    "1' OR '1'='1", "1 OR 1=1", "' UNION SELECT text FROM articles --", "x') --",
    "NEAR(", "NEAR(a b", "NEAR(Putin Kim, 2)", '"unbalanced', "*", "Put*", "^Putin",
    "AND OR NOT", "OR", "NOT Putin", "(", ")", "a:b", "stemmed:x", "sentences_fts",
    "rank", "{col} : x", "-", "+", "%", "_", "\\", "%27", "%00", "\x00", "Putin\x00Kim",
    "\u202eKim", "\ufeff", "'" * 500, "\"" * 500, "x" * 10_000, "Putin " * 1_700,
    "/*", "*/", "--", ";", "$1", "?", "?1", ":name", "@p", "\U0001f600", "\u00b2", "\u0663",
    "99999999999999999999", "-9223372036854775809", "1e400", "0x10",
]
LEAKS = ("Traceback", "sqlite3", "OperationalError", "syntax error", "fts5:", "/work/", "/root/",
         "/home/", "/tmp/", "site-packages", TOKEN)


def _tables(db) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sentences_fts%'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def _no_leak(resp: httpx.Response, where: str, db_dir: str | None = None) -> None:
    body = resp.text
    for bad in LEAKS + ((db_dir,) if db_dir else ()):
        assert bad not in body, f"{where}: the response shows {bad!r}: {body[:300]}"


@pytest.fixture(scope="module")
def write_server(demo_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("rw") / "rw.db"
    shutil.copy(demo_db, path)
    with Server(path, "--allow-write", token=TOKEN) as srv:
        srv.db = path
        yield srv


def _get_all(base: str, db, paths: list[tuple[str, dict]]) -> None:
    with httpx.Client(base_url=base, timeout=60.0) as c:
        for path, params in paths:
            r = c.get(path, params=params)
            where = f"GET {path} {str(params)[:80]}"
            assert r.status_code < 500, f"{where}: {r.status_code} {r.text[:300]}"
            _no_leak(r, where, str(db.parent))


def test_hostile_strings_in_every_query_parameter(write_server):
    before = _tables(write_server.db)
    paths = []
    for h in HOSTILE:
        paths += [
            ("/api/search", {"q": h}), ("/search", {"q": h}), ("/api/entities", {"q": h}),
            ("/entities", {"q": h}), ("/api/timeline", {"actor": h}), ("/api/timeline", {"q": h}),
            ("/api/timeline", {"with": h, "actor": "Putin"}), ("/api/timeline", {"type": h}),
            ("/api/timeline", {"since": h}), ("/timeline", {"actor": h}), ("/timeline", {"q": h}),
            ("/timeline", {"zoom": h, "at": h}), ("/timeline", {"lanes": h, "min_sources": h}),
            ("/api/search", {"q": "Putin", "lang": h, "source": h, "type": h}),
        ]
    for at in ("0001", "0001-01", "0001-01-01", "9999", "9999-12", "9999-12-31"):  # calendar edges
        paths += [("/timeline", {"zoom": z, "at": at}) for z in ("day", "month", "year", "all")]
        paths += [("/api/timeline", {"since": at}), ("/api/timeline", {"until": at}),
                  ("/timeline", {"since": at, "until": at}), ("/api/search", {"q": "Putin", "since": at})]
    _get_all(write_server.base, write_server.db, paths)
    assert _tables(write_server.db) == before, "a hostile query changed the store"


def test_hostile_strings_in_path_segments(write_server):
    segs = [quote(h, safe="") for h in HOSTILE]
    paths = [(f"/api/entities/{h}", {}) for h in segs]
    paths += [(f"/entities/{h}", {}) for h in segs[:30]]
    paths += [(f"/api/articles/{h}", {}) for h in segs[:30]]
    paths += [(f"/articles/{h}", {}) for h in segs[:30]]
    paths += [("/api/events/1%20OR%201=1", {}), ("/events/-1", {}), ("/api/events/99999999999999999999", {})]
    before = _tables(write_server.db)
    _get_all(write_server.base, write_server.db, paths)
    assert _tables(write_server.db) == before


def test_hostile_strings_through_the_cli(demo_db):
    """The CLI's search and timeline with the same strings: a clean exit, tables intact."""
    from typer.testing import CliRunner

    from chronik.cli.app import app

    before = _tables(demo_db)
    runner = CliRunner()
    picked = ["'", "'; DROP TABLE articles; --", "1' OR '1'='1", '"unbalanced', "NEAR(", "Put*",
              "AND OR NOT", "a:b", "%", "\u202eKim", "x" * 10_000, "\u00b2", "99999999999999999999"]
    for h in picked:  # each is five CLI runs; the library test below takes every string
        if "\x00" in h:  # a NUL cannot be an argv entry; the library call takes it instead
            continue
        db = ["--db", str(demo_db)]
        for args in (["search", h, *db], ["search", h, *db, "--format", "json"],
                     ["timeline", h, *db], ["timeline", *db, "--query", h, "--format", "json"],
                     ["timeline", "Putin", *db, "--with", h, "--type", h[:50], "--since", h[:50]]):
            res = runner.invoke(app, args)
            assert res.exit_code in (0, 1, 2), f"{args[:2]} {h[:40]!r}: exit {res.exit_code}\n{res.output[-500:]}"
            assert not isinstance(res.exception, Exception) or isinstance(res.exception, SystemExit), (
                f"{args[:2]} {h[:40]!r}: {res.exception!r}")
    assert _tables(demo_db) == before


def test_hostile_strings_through_the_library(demo_db):
    from chronik.errors import UsageError
    from chronik.store import open_store
    from chronik.timeline.queries import entity_profile, search, timeline
    from chronik.web import data

    before = _tables(demo_db)
    store = open_store(str(demo_db), create=False)
    try:
        for h in HOSTILE:
            search(store, h)
            data.search_page(store, h)
            data.search_entities(store, h)
            timeline(store, query=h)
            for fn, arg in ((timeline, [h]), (entity_profile, h)):
                try:
                    fn(store, arg)
                except UsageError:
                    pass  # "no entity named ...": the documented answer
    finally:
        store.close()
    assert _tables(demo_db) == before


def _raw_get(port: int, target: str) -> tuple[int, bytes]:
    """A GET with the request target sent byte for byte (clients normalise `..` away)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data


TRAVERSALS = [
    "/static/../../../../etc/passwd", "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/....//....//etc/passwd",
    "/static/..\\..\\..\\etc\\passwd", "/static/chronik.css%00.html", "/static/../app.py",
    "/static/..%2fapp.py", "/static/%2e%2e/app.py", "/static/../../../pyproject.toml",
    "/../../../../etc/passwd", "/articles/..%2f..%2f..%2fetc%2fpasswd", "/api/articles/../../etc/passwd",
    "/static/" + "../" * 20 + "proc/self/environ", "//etc/passwd", "/etc/passwd",
]


@pytest.mark.parametrize("target", TRAVERSALS)
def test_no_path_traversal(demo_server, target):
    status, data = _raw_get(demo_server.port, target)
    assert status in (400, 404, 405, 422), f"{target}: {status} {data[:300]!r}"
    for secret in (b"root:x:0:0", b"def create_app", b"[project]", b"PATH=", b"Traceback"):
        assert secret not in data, f"{target} served {secret!r}"


def test_static_files_still_served(demo_server):
    r = httpx.get(demo_server.base + "/static/chronik.css", timeout=10)
    assert r.status_code == 200 and r.text.strip()


def test_writes_need_allow_write_and_the_token(write_server, demo_server):
    body = {"articles": [{"text": "Am 3. Mai 2024 traf Olaf Scholz in Berlin Emmanuel Macron.",
                          "date": "2024-05-03", "lang": "de"}]}
    with httpx.Client(base_url=write_server.base, timeout=60) as c:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                        {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer"},
                        {"Authorization": f"Bearer {TOKEN}x"}, {"Authorization": f"Bearer {TOKEN[:-1]}"},
                        {"X-Token": TOKEN}):
            r = c.post("/api/ingest", json=body, headers=headers)
            assert r.status_code == 403, f"{headers}: {r.status_code} {r.text[:200]}"
            _no_leak(r, f"ingest with {headers}")
        r = c.post("/api/ingest", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200 and r.json()["ingested"] == 1, r.text[:300]
    # the read-only server refuses even the right token
    r = httpx.post(demo_server.base + "/api/ingest", json=body,
                   headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert r.status_code == 403


def test_request_size_limits(demo_server):
    big = {"text": "Wort " * 600_000}  # 3 MB > the 2 MB limit
    r = httpx.post(demo_server.base + "/api/analyze", json=big, timeout=60)
    assert r.status_code == 413, r.status_code

    def chunks():  # no Content-Length: counted while it arrives
        for _ in range(40):
            yield b"x" * 100_000

    r = httpx.post(demo_server.base + "/api/analyze", content=chunks(),
                   headers={"Content-Type": "application/json"}, timeout=60)
    assert r.status_code == 413, r.status_code
    # a Content-Length that promises more than the limit is refused before any body is read
    with socket.create_connection(("127.0.0.1", demo_server.port), timeout=10) as s:
        s.sendall(b"POST /api/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
                  b"\r\nContent-Length: 99999999999\r\n\r\n{}")
        head = s.recv(65536)
    assert head.startswith(b"HTTP/1.1 413"), head[:100]
    # a field over its own limit (200,000 characters of text) is a clean 422
    r = httpx.post(demo_server.base + "/api/analyze", json={"text": "a" * 200_001}, timeout=60)
    assert r.status_code == 422 and r.json()["ok"] is False


def test_error_pages_leak_nothing(demo_server, demo_db):
    cases = [
        ("GET", "/no/such/page", None), ("GET", "/api/no/such", None),
        ("GET", "/api/events/abc", None), ("GET", "/events/abc", None),
        ("GET", "/api/events/999999", None), ("GET", "/api/articles/nope", None),
        ("GET", "/api/timeline?limit=-1", None), ("GET", "/api/timeline?since=2024-13-45", None),
        ("GET", "/api/timeline?since=2025&until=2024", None), ("GET", "/timeline?type=NOPE", None),
        ("GET", "/api/entities/Q000000", None), ("GET", "/entities/999999", None),
        ("POST", "/api/analyze", b"{not json"), ("POST", "/api/analyze", b'{"text": 5}'),
        ("POST", "/api/analyze", b'{"text": "\\ud800 lone surrogate"}'),
        ("PUT", "/api/timeline", b""), ("DELETE", "/api/events/1", b""),
        ("POST", "/analyze", b"text=%00%ff"),
    ]
    with httpx.Client(base_url=demo_server.base, timeout=60) as c:
        for method, path, body in cases:
            r = c.request(method, path, content=body,
                          headers={"Content-Type": "application/json" if path.startswith("/api")
                                   else "application/x-www-form-urlencoded"})
            assert r.status_code < 500, f"{method} {path}: {r.status_code} {r.text[:300]}"
            _no_leak(r, f"{method} {path}", str(demo_db.parent))
