"""A local, server-rendered API reference built from the app's OpenAPI schema.

FastAPI's default /docs loads Swagger UI from a CDN, which does not work offline and would
break the Content-Security-Policy; chronik disables it and renders this page instead
(the machine-readable schema stays at /openapi.json).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Param:
    name: str
    where: str
    type: str
    required: bool
    description: str
    default: Any = None


@dataclass
class Operation:
    method: str
    path: str
    summary: str
    description: str
    params: list[Param] = field(default_factory=list)
    body: list[Param] = field(default_factory=list)
    responses: list[tuple[str, str]] = field(default_factory=list)


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if schema.get("type") == "array":
        return f"list[{_type(schema.get('items', {}))}]"
    return str(schema.get("type", "any"))


def _body(op: dict[str, Any], components: dict[str, Any]) -> list[Param]:
    content = op.get("requestBody", {}).get("content", {})
    schema = next(iter(content.values()), {}).get("schema", {}) if content else {}
    if "$ref" in schema:
        schema = components.get(schema["$ref"].rsplit("/", 1)[-1], {})
    req = set(schema.get("required", ()))
    return [Param(n, "body", _type(s), n in req, s.get("description", ""), s.get("default"))
            for n, s in schema.get("properties", {}).items()]


def describe(openapi: dict[str, Any]) -> list[Operation]:
    components = openapi.get("components", {}).get("schemas", {})
    ops = []
    for path, methods in openapi.get("paths", {}).items():
        for method, op in methods.items():
            params = [Param(p["name"], p.get("in", ""), _type(p.get("schema", {})),
                            bool(p.get("required")), p.get("description", ""),
                            p.get("schema", {}).get("default"))
                      for p in op.get("parameters", ())]
            ops.append(Operation(method.upper(), path, op.get("summary", ""),
                                 op.get("description", ""), params, _body(op, components),
                                 [(code, r.get("description", ""))
                                  for code, r in op.get("responses", {}).items()]))
    return ops
