"""Per-language resource files (package data), loaded lazily once per process.

Language knowledge lives here as data: `resources/<lang>/<name>.yaml` (or `.jsonl`).
`common/` holds what is shared by every language. The engines that apply these files
know no language; a new language is a new folder.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources as _ir
from typing import Any

import yaml

from chronik.errors import ResourceError


class _Loader(yaml.SafeLoader):
    """YAML 1.2 booleans: only true/false. YAML 1.1 also reads On/Off/Yes/No/Y/N as booleans,
    which silently turns the English word "On" in a word list into `True`."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))


def parse_yaml(text: str) -> Any:
    """Parse resource YAML (booleans only from true/false)."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)


def resource_path(lang: str, name: str):
    """A Traversable for `resources/<lang>/<name>` (works from a wheel or a zip)."""
    return _ir.files("chronik.resources").joinpath(lang, name)


def available_languages() -> tuple[str, ...]:
    root = _ir.files("chronik.resources")
    return tuple(sorted(p.name for p in root.iterdir()
                        if p.is_dir() and p.name not in ("common", "__pycache__")))


@functools.cache
def load_yaml(lang: str, name: str) -> Any:
    """Parse `resources/<lang>/<name>`; a missing or broken file raises ResourceError."""
    path = resource_path(lang, name)
    where = f"resources/{lang}/{name}"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(where, "file not found") from exc
    try:
        return parse_yaml(text)
    except yaml.YAMLError as exc:
        raise ResourceError(where, f"invalid YAML: {exc}") from exc


def has_resource(lang: str, name: str) -> bool:
    return resource_path(lang, name).is_file()


def iter_jsonl(lang: str, name: str, on_error=None):
    """Yield records of a JSON Lines resource; a broken line goes to `on_error` (or raises)."""
    where = f"resources/{lang}/{name}"
    text = resource_path(lang, name).read_text(encoding="utf-8")
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            err = ResourceError(where, f"invalid JSON: {exc.msg}", entry=f"line {lineno}")
            if on_error is None:
                raise err from exc
            on_error(err)
