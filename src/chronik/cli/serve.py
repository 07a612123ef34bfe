"""`chronik serve`: the web interface and JSON API over a store (FastAPI + uvicorn)."""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from chronik.cli.common import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, die
from chronik.errors import ChronikError

ENV_TOKEN = "CHRONIK_TOKEN"


def serve_cmd(
    db: Annotated[str | None, typer.Option(help="The store (default: $CHRONIK_DB or ./chronik.db).")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    allow_write: Annotated[bool, typer.Option("--allow-write", help="Allow writes (ingest, store uploads) with the token.")] = False,
    token: Annotated[str | None, typer.Option(help=f"Write token (or ${ENV_TOKEN}); needed with --allow-write.")] = None,
    fetch_allow: Annotated[list[str], typer.Option("--fetch-allow", help="A host the analyze page may fetch URLs from (repeat).")] = [],  # noqa: B006
    get: Annotated[str | None, typer.Option("--get", help="Answer one GET request for this path, print it and exit.")] = None,
) -> None:
    """Serve the timeline, search, entity, event and article pages and the JSON API.

    Example: chronik serve --db news.db --port 8000   (then open http://127.0.0.1:8000/)

    `chronik serve --get /api/timeline?limit=5` prints one response without starting a server.
    """
    from chronik.web.app import create_app

    token = token or os.environ.get(ENV_TOKEN) or None
    try:
        app = create_app(db, allow_write=allow_write, token=token, fetch_allowlist=tuple(fetch_allow))
    except ChronikError as exc:
        die(str(exc), EXIT_USAGE)
        return
    if get is not None:
        resp = _get_once(app, get if get.startswith("/") else "/" + get)
        sys.stdout.write(resp.text)
        if not resp.text.endswith("\n"):
            sys.stdout.write("\n")
        raise typer.Exit(EXIT_OK if resp.status_code < 400 else EXIT_REJECTED)
    import uvicorn

    if host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: listening on {host}: anyone who can reach it can read the store",
              file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False,
                proxy_headers=False)


def _get_once(app, path: str):
    """One in-process GET through the whole ASGI stack (middleware included), no socket."""
    import asyncio

    import httpx

    async def go():
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)  # a 500, not a traceback
        async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as client:
            return await client.get(path)

    return asyncio.run(go())


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
