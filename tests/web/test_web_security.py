"""Untrusted text stays text; writes need the token; limits, headers and URL checks."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from chronik.errors import InputError, UsageError
from chronik.web.app import create_app
from chronik.web.security import fetch_allowed, safe_url

PAGES = ["/articles/web-evil", "/timeline", "/search?q=Angriff", "/search?q=Bild",
         "/", "/entities?q=img+src"]


def _evil_event(client) -> int:
    return client.get("/api/timeline", params={"since": "2024-05-01", "until": "2024-05-01"}).json()["entries"][0]["id"]


class _Elements(HTMLParser):
    """Every element and its attributes, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def _assert_inert(html: str) -> None:
    parser = _Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        assert tag not in ("iframe", "object", "embed"), tag
        if tag == "img":
            assert (attrs.get("src") or "").startswith("/static/"), attrs
        if tag == "script":
            assert attrs.get("src") == "/static/chronik.js", attrs
        if tag == "svg":
            assert "tl" in (attrs.get("class") or "") or "bars" in (attrs.get("class") or ""), attrs
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        for key in ("href", "src", "action"):
            value = (attrs.get(key) or "").strip().lower()
            assert not value.startswith(("javascript:", "data:")), (tag, attrs)
    assert "&lt;script&gt;" in html or "&lt;img" in html or "&lt;svg" in html


@pytest.mark.parametrize("path", PAGES)
def test_hostile_article_is_escaped(client, path):
    resp = client.get(path)
    assert resp.status_code == 200
    _assert_inert(resp.text)


def test_hostile_event_and_entity_pages_are_escaped(client):
    _assert_inert(client.get(f"/events/{_evil_event(client)}").text)
    hit = client.get("/api/entities", params={"q": "img src"}).json()["entities"][0]
    _assert_inert(client.get(f"/entities/{hit['id']}").text)


def test_original_links_only_http(client):
    evil = client.get("/articles/web-evil").text
    assert "original article" not in evil  # javascript: URL is shown as text, not linked
    good = client.get("/articles/web-a1").text
    assert 'href="https://example.org/testblatt/putin-kim"' in good


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=1", True), ("http://example.org", True),
    ("javascript:alert(1)", False), ("JavaScript:alert(1)", False), ("data:text/html,x", False),
    ("//evil.example/x", False), ("/relative", False), ("https://exa mple.org", False),
    ("java\nscript:alert(1)", False), (None, False), ("ftp://example.org/f", False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


def test_security_headers(client):
    for path in ("/", "/api/timeline", "/static/chronik.css", "/nope"):
        h = client.get(path).headers
        assert "default-src 'self'" in h["content-security-policy"]
        assert h["x-content-type-options"] == "nosniff"
        assert h["referrer-policy"] == "no-referrer"


def test_pages_use_no_outside_assets(client):
    for path in ("/", "/timeline", "/articles/web-a1", "/analyze", "/docs"):
        html = client.get(path).text
        assert not re.search(r'(src|href)="(https?:)?//', html.replace(
            'href="https://example.org/testblatt/putin-kim"', ""))


def test_body_limit_413(client):
    big = b"x" * (2 * 1024 * 1024 + 1)
    resp = client.post("/api/analyze", content=big, headers={"content-type": "application/json"})
    assert resp.status_code == 413 and resp.json()["status"] == 413

    def chunks():
        for _ in range(3):
            yield b"y" * (1024 * 1024)

    resp = client.post("/api/analyze", content=chunks(), headers={"content-type": "application/json"})
    assert resp.status_code == 413


def test_read_only_server_refuses_writes(client):
    resp = client.post("/api/ingest", json={"articles": [{"text": "Ein Text.", "date": "2024"}]},
                       headers={"authorization": "Bearer anything"})
    assert resp.status_code == 403 and resp.json()["ok"] is False


def test_write_needs_the_right_token(write_client):
    from web_consts import TOKEN

    body = {"articles": [{"text": "Die Delegation traf am 2. Juni 2025 in Wien ein.",
                          "date": "2025-06-03", "lang": "de", "source": "Testblatt"}]}
    assert write_client.post("/api/ingest", json=body).status_code == 403
    assert write_client.post("/api/ingest", json=body,
                             headers={"authorization": "Bearer wrong"}).status_code == 403
    ok = write_client.post("/api/ingest", json=body, headers={"authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 200 and ok.json()["ingested"] == 1
    aid = ok.json()["ids"][0]
    assert write_client.get(f"/api/articles/{aid}").json()["article"]["source"] == "Testblatt"


def test_store_from_the_analyze_page_needs_the_token(write_client):
    from web_consts import TOKEN

    form = {"text": "Der Minister reiste am 5. Mai 2025 nach Rom.", "date": "2025-05-06",
            "lang": "de", "store": "1", "token": "wrong"}
    assert write_client.post("/analyze", data=form).status_code == 403
    resp = write_client.post("/analyze", data={**form, "token": TOKEN})
    assert resp.status_code == 200 and "Stored:" in resp.text


def test_allow_write_without_token_is_refused(small_db):
    with pytest.raises(UsageError):
        create_app(small_db, allow_write=True, token=None)


def test_fetch_is_off_without_allowlist(client):
    resp = client.post("/analyze", data={"url": "https://example.org/a"})
    assert resp.status_code == 400 and "fetching URLs is off" in resp.text


@pytest.mark.parametrize("url", ["https://other.example/x", "file:///etc/passwd",
                                 "javascript:alert(1)", "http://127.0.0.1:1/x"])
def test_fetch_allowlist(url):
    with pytest.raises(InputError):
        fetch_allowed(url, ("news.example",))


def test_errors_do_not_leak_paths(client, small_db):
    for path in ("/nope", "/api/nope", "/events/999", "/api/articles/x"):
        assert str(small_db.parent) not in client.get(path).text


@pytest.fixture
def local_site():
    """A tiny HTTP server on 127.0.0.1: one article page and a redirect to another host."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    page = ("<html lang='de'><head><title>Besuch in Rom</title></head><body><article>"
            "<h1>Besuch in Rom</h1><p>Der Minister reiste am 5. Mai 2025 nach Rom und traf dort "
            "seinen Amtskollegen zu langen Gesprächen über die Lage im Nahen Osten.</p>"
            "<p>Beide Seiten vereinbarten weitere Treffen im Sommer.</p></article></body></html>")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            if self.path == "/away":
                self.send_response(302)
                self.send_header("Location", "http://other.invalid/x")
                self.end_headers()
                return
            body = page.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def test_fetch_from_allowed_host(small_db, local_site):
    from starlette.testclient import TestClient

    with TestClient(create_app(small_db, fetch_allowlist=("127.0.0.1",))) as c:
        assert 'name="url"' in c.get("/analyze").text
        ok = c.post("/analyze", data={"url": local_site + "/rom", "date": "2025-05-06"})
        assert ok.status_code == 200 and "Rom" in ok.text and "hl-timex" in ok.text
        moved = c.post("/analyze", data={"url": local_site + "/away"})
        assert moved.status_code == 400 and "cannot fetch" in moved.text
        other = c.post("/analyze", data={"url": "http://localhost:1/x"})
        assert other.status_code == 400 and "allowlist" in other.text


def test_analyze_record_is_escaped(client):
    from stores import HOSTILE_TEXT

    html = client.post("/analyze", data={"text": HOSTILE_TEXT, "date": "2024-05-02"}).text
    _assert_inert(html)
    assert "chronik.analysis/1" in html
