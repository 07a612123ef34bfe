"""The PLOVER ontology and its CAMEO mapping, read from resources/common (data, not code)."""

from __future__ import annotations

import functools
from typing import Any

from chronik.errors import ResourceError
from chronik.resources import load_yaml


@functools.cache
def _plover() -> dict[str, Any]:
    data = load_yaml("common", "plover.yaml") or {}
    if not isinstance(data.get("types"), dict) or not data["types"]:
        raise ResourceError("resources/common/plover.yaml", "no `types` mapping")
    return data


@functools.cache
def _cameo() -> dict[str, Any]:
    data = load_yaml("common", "cameo2plover.yaml") or {}
    if "cameo" not in data or "plover" not in data:
        raise ResourceError("resources/common/cameo2plover.yaml",
                            "expected `cameo` and `plover`; re-run scripts/build_cameo_map.py")
    return data


def plover_types() -> tuple[str, ...]:
    """The 16 event types, in codebook order."""
    return tuple(_plover()["types"])


def modes(event_type: str) -> tuple[str, ...]:
    """The modes the codebook allows for `event_type` (empty for types without modes)."""
    spec = _plover()["types"].get(event_type)
    if spec is None:
        raise KeyError(f"unknown PLOVER type {event_type!r}")
    return tuple(spec.get("modes") or ())


def contexts() -> tuple[str, ...]:
    """All contexts; any context may go with any type."""
    return tuple(_plover().get("contexts") or ())


def requires_recipient(event_type: str) -> bool:
    return bool(_plover()["types"][event_type].get("recipient"))


def definition(event_type: str) -> str:
    return str(_plover()["types"][event_type].get("definition", "")).strip()


def cameo_for(event_type: str, mode: str | None = None) -> str | None:
    """A representative CAMEO code for (type, mode): the most general code the OEDA table maps
    to that pair, else the type's root code; None for an unknown type."""
    by_mode = _cameo()["plover"].get(event_type)
    if not by_mode:
        return None
    code = by_mode.get(mode or "_") or by_mode.get("_")
    if code is None:  # a type whose every code carries a mode: take the most general one
        code = min(by_mode.values(), key=lambda c: (len(str(c)), str(c)))
    return str(code)


def plover_for_cameo(code: str) -> dict[str, Any] | None:
    """The PLOVER type, mode and contexts of a CAMEO code (falls back to its 3-digit parent)."""
    table = _cameo()["cameo"]
    rec = table.get(str(code)) or table.get(str(code)[:3])
    return dict(rec) if rec else None
