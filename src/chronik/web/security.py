"""What keeps the web server safe to run in a newsroom: security headers, a request size
limit, the write token, safe links to original articles and the URL-fetch allowlist.
"""

from __future__ import annotations

import secrets
import urllib.error
import urllib.parse
import urllib.request

from chronik.errors import InputError

MAX_BODY = 2 * 1024 * 1024  # bytes; larger requests get 413
FETCH_TIMEOUT_S = 10.0
FETCH_MAX_BYTES = 2 * 1024 * 1024

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeaders:
    """ASGI middleware adding the security headers to every HTTP response."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in HEADERS if k not in names]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _reply_413(scope, send, limit: int) -> None:
    import json

    path = scope.get("path", "")
    if path.startswith("/api"):
        body = json.dumps({"ok": False, "error": f"request body larger than {limit} bytes",
                           "status": 413}).encode()
        ctype = b"application/json"
    else:
        body = (f"<!doctype html><title>413 Request too large</title><h1>Request too large</h1>"
                f"<p>The request body is larger than {limit // 1024} KB.</p>").encode()
        ctype = b"text/html; charset=utf-8"
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """ASGI middleware refusing request bodies over `limit` bytes with 413: by the
    Content-Length header when given, else by counting (the body is buffered up to the limit)."""

    def __init__(self, app, limit: int = MAX_BODY) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.limit
            except ValueError:
                too_big = True
            if too_big:
                await _reply_413(scope, send, self.limit)
                return
            await self.app(scope, receive, send)
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        chunks, total = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            total += len(message.get("body", b""))
            if total > self.limit:
                await _reply_413(scope, send, self.limit)
                return
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def token_ok(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of the write token; no token configured means no writes."""
    if not expected or not given:
        return False
    return secrets.compare_digest(expected.encode("utf-8"), given.encode("utf-8"))


def bearer(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def safe_url(url: str | None) -> str | None:
    """`url` if it is an absolute http(s) URL without control characters, else None
    (so `javascript:`, `data:` and relative tricks never become links)."""
    if not url or not isinstance(url, str) or len(url) > 4096:
        return None
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102
        raise urllib.error.HTTPError(newurl, code, "redirects are not followed", headers, fp)


def fetch_allowed(url: str, allowlist: tuple[str, ...]) -> bytes:
    """GET an http(s) URL whose host is on the allowlist (no redirects, size and time
    limits); InputError when it is not allowed or cannot be fetched."""
    if not allowlist:
        raise InputError(url, "fetching URLs is off on this server (start it with --fetch-allow HOST)")
    if safe_url(url) is None:
        raise InputError(url, "only http and https URLs can be fetched")
    host = (urllib.parse.urlsplit(url).hostname or "").lower().rstrip(".")
    if host not in {h.lower().rstrip(".") for h in allowlist}:
        raise InputError(url, f"host {host!r} is not on this server's fetch allowlist")
    opener = urllib.request.build_opener(_NoRedirect)
    req = urllib.request.Request(url, headers={"User-Agent": "chronik-web/0.1"})
    try:
        with opener.open(req, timeout=FETCH_TIMEOUT_S) as resp:
            data = resp.read(FETCH_MAX_BYTES + 1)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise InputError(url, f"cannot fetch: {getattr(exc, 'reason', None) or exc}") from exc
    if len(data) > FETCH_MAX_BYTES:
        raise InputError(url, f"the page is larger than {FETCH_MAX_BYTES // 1024} KB")
    return data
