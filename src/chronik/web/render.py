"""Jinja2 rendering: one environment, autoescape on for every template, small helpers."""

from __future__ import annotations

import functools
import time
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from chronik.model import PLOVER_TYPES
from chronik.timeline.dates import display
from chronik.web.security import safe_url

# PLOVER types by family: cooperation (verbal, material), then conflict (verbal, material)
TYPE_FAMILY = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "coop-verbal"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "coop-material"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"), "conflict-verbal"),
    **dict.fromkeys(("SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "conflict-material"),
}


def qs(path: str, params: dict[str, Any] | None = None, **changes: Any) -> str:
    """`path` with the query `params` updated by `changes` (None/"" values dropped)."""
    merged = {**(params or {}), **changes}
    items = []
    for k, v in merged.items():
        if v is None or v == "" or v == [] or v == ():
            continue
        if isinstance(v, (list, tuple)):
            items.extend((k, str(x)) for x in v)
        else:
            items.append((k, str(v)))
    return path + ("?" + urlencode(items) if items else "")


def show_date(value: str | None) -> str:
    return display(value, "en") if value else "undated"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("chronik.web", "templates"),
        autoescape=True,  # every template, whatever its name
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(qs=qs, PLOVER_TYPES=PLOVER_TYPES, TYPE_FAMILY=TYPE_FAMILY)
    env.filters.update(show_date=show_date, safe_url=safe_url,
                       family=lambda t: TYPE_FAMILY.get(t, "other"),
                       plural=lambda n, word: f"{n} {word}" + ("" if n == 1 else "s"))
    return env


def render_page(request: Request, template: str, context: dict[str, Any],
                status: int = 200) -> HTMLResponse:
    settings = request.app.state.settings
    t0 = time.perf_counter()
    body = environment().get_template(template).render(
        request_path=request.url.path, allow_write=settings.allow_write,
        can_fetch=bool(settings.fetch_allowlist), **context)
    resp = HTMLResponse(body, status_code=status)
    resp.headers["Server-Timing"] = f"render;dur={(time.perf_counter() - t0) * 1000:.1f}"
    return resp
