"""The FastAPI application: `create_app(db_path, ...)`.

One store connection per worker thread (SQLite connections are cheap; a read-only server
sets `PRAGMA query_only`). Pages and API share one error handler: chronik's exception
classes map to HTTP statuses, the API always answers `{"ok": false, "error", "status"}`,
pages show a plain error page — neither ever shows a path, a traceback or a secret.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from importlib import resources as _ir
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from chronik.errors import ChronikError, InputError, StoreError, UsageError
from chronik.store import open_store, resolve_location
from chronik.web.security import MAX_BODY, BodyLimit, SecurityHeaders

log = logging.getLogger("chronik.web")
WEB_DIR = Path(str(_ir.files("chronik.web")))


class NotFound(UsageError):
    """A page or record that does not exist (404)."""


class Forbidden(ChronikError):
    """A write without the right token, or a write on a read-only server (403)."""


class Conflict(ChronikError):
    """A request that cannot be answered by this server's configuration (409)."""


@dataclass
class Settings:
    location: str
    allow_write: bool = False
    token: str | None = None
    fetch_allowlist: tuple[str, ...] = ()
    max_body: int = MAX_BODY
    stores: list[Any] = field(default_factory=list)


class StoreProvider:
    """A store connection per thread, opened on first use and closed at shutdown."""

    def __init__(self, location: str, *, read_only: bool) -> None:
        self.location = location
        self.read_only = read_only
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one writer at a time
        self.get()  # fail early: a missing or broken database stops the server from starting

    def get(self):
        store = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.location, create=False)
            if self.read_only and store.dialect == "sqlite":
                store.execute("PRAGMA query_only = ON")
            self._local.store = store
            with self._lock:
                self._all.append(store)
        return store

    def close(self) -> None:
        with self._lock:
            for s in self._all:
                try:
                    s.close()
                except Exception:  # noqa: BLE001 — closing at shutdown must not raise
                    pass
            self._all.clear()


STATUS = ((NotFound, 404), (Forbidden, 403), (Conflict, 409), (UsageError, 400),
          (InputError, 400), (StoreError, 503))


def status_of(exc: BaseException) -> int:
    for cls, code in STATUS:
        if isinstance(exc, cls):
            return code
    return 500


def public_message(exc: BaseException, status: int) -> str:
    """What the client is told: the error's own message for chronik errors, never a path."""
    if status >= 500 and not isinstance(exc, StoreError):
        return "internal error (see the server log)"
    if isinstance(exc, StoreError):
        return "the store is not available right now"
    if isinstance(exc, InputError):
        return exc.reason
    return str(exc)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def error_response(request: Request, status: int, message: str,
                   errors: list | None = None) -> Any:
    if wants_json(request):
        body: dict[str, Any] = {"ok": False, "error": message, "status": status}
        if errors:
            body["errors"] = errors
        return JSONResponse(body, status_code=status)
    from chronik.web.render import render_page

    return render_page(request, "error.html", {"status": status, "message": message},
                       status=status)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ChronikError)
    async def chronik_error(request: Request, exc: ChronikError):
        status = status_of(exc)
        if status >= 500:
            log.error("store error on %s: %s", request.url.path, exc)
        return error_response(request, status, public_message(exc, status))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [{"loc": [str(x) for x in e.get("loc", ())], "msg": e.get("msg", "")}
                  for e in exc.errors()]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(x for x in first["loc"] if x not in ("query", "body", "path"))
        return error_response(request, 422, f"{where}: {first['msg']}" if where else first["msg"],
                              errors)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error (see the server log)")


def create_app(db_path: str | Path | None = None, allow_write: bool = False,
               token: str | None = None, fetch_allowlist: tuple[str, ...] | list[str] = (),
               *, max_body: int = MAX_BODY) -> FastAPI:
    """The chronik web application over the store at `db_path` (default: $CHRONIK_DB or
    ./chronik.db). Writes need `allow_write=True` and a token; URL fetching an allowlist."""
    if allow_write and not token:
        raise UsageError("--allow-write needs a token (--token or $CHRONIK_TOKEN): "
                         "writes are never open to anyone")
    location = resolve_location(db_path)
    settings = Settings(location, allow_write, token, tuple(fetch_allowlist), max_body)
    provider = StoreProvider(location, read_only=not allow_write)

    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        provider.close()

    import chronik

    app = FastAPI(
        title="chronik",
        version=chronik.__version__,
        summary="A sourced, dated timeline of events read from news articles.",
        description=("JSON API of a chronik store. Lists are paginated with `limit`/`offset` "
                     "and report `total`. Every error has the shape "
                     '`{"ok": false, "error": "...", "status": N}`.'),
        docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.stores = provider
    _install_error_handlers(app)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")

    from chronik.web import api, pages

    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(BodyLimit, limit=max_body)
    app.add_middleware(SecurityHeaders)
    return app


def store_of(request: Request):
    return request.app.state.stores.get()


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


__all__ = ["Conflict", "Forbidden", "NotFound", "Settings", "create_app", "error_response",
           "settings_of", "store_of"]

