"""Reading KB files (JSON Lines, one entity a line) into a KnowledgeBase.

A broken record is reported as a ResourceError naming file and line and skipped; the rest
loads. Conflicting role dates (an end before its start, two overlapping terms of the same
office) are reported as warnings: the record is kept as written.
"""

from __future__ import annotations

import functools
import json
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from importlib import resources as _ir
from pathlib import Path
from typing import Any

import yaml

from chronik.errors import ResourceError
from chronik.kb.base import KnowledgeBase
from chronik.kb.model import KB_TYPES, KBEntity, Role, period
from chronik.resources import parse_yaml

PACKAGE_DIR = ("chronik.resources", "common/kb")
ENV_VAR = "CHRONIK_KB"
_ALPHA3 = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

OnProblem = Callable[[ResourceError], None]


class KBWarning(UserWarning):
    """A KB record that loads but looks wrong (conflicting role dates)."""


def _raise(err: ResourceError) -> None:
    raise err


def _warn(err: ResourceError) -> None:
    warnings.warn(str(err), KBWarning, stacklevel=3)


@functools.cache
def role_keys() -> dict[str, dict[str, Any]]:
    """The closed vocabulary of role keys (resources/common/kb/role_keys.yaml)."""
    where = "resources/common/kb/role_keys.yaml"
    try:
        text = _ir.files(PACKAGE_DIR[0]).joinpath(PACKAGE_DIR[1], "role_keys.yaml").read_text("utf-8")
        data = parse_yaml(text)
    except (FileNotFoundError, yaml.YAMLError) as exc:
        raise ResourceError(where, f"cannot read the role vocabulary: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("roles"), dict):
        raise ResourceError(where, "expected a mapping 'roles: {key: {rank: N, ...}}'")
    return data["roles"]


@functools.cache
def office_words() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(office class, regex of its title words) from role_keys.yaml `offices`, in file order:
    what kind of office a role's English title names ("King of Spain": monarch)."""
    text = _ir.files(PACKAGE_DIR[0]).joinpath(PACKAGE_DIR[1], "role_keys.yaml").read_text("utf-8")
    data = parse_yaml(text) or {}
    out = []
    for name, words in (data.get("offices") or {}).items():
        alts = "|".join(re.escape(str(w)) for w in sorted(words or (), key=len, reverse=True))
        if alts:
            out.append((str(name), re.compile(r"\b(?:" + alts + r")\b")))
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def office_of(title: str | None) -> str | None:
    """The office class a role title names, or None when it names none of them."""
    if not title:
        return None
    for name, rx in office_words():
        if rx.search(title):
            return name
    return None


def role_rank() -> dict[str, int]:
    return {k: int(v.get("rank", 999)) for k, v in role_keys().items()}


# -- record parsing -------------------------------------------------------------------------
class _Bad(ValueError):
    pass


def _str(rec: dict, key: str, required: bool = False) -> str | None:
    val = rec.get(key)
    if val is None:
        if required:
            raise _Bad(f"missing '{key}'")
        return None
    if not isinstance(val, str) or not val.strip():
        raise _Bad(f"'{key}' must be a non-empty string")
    return val


def _strs(val: Any, what: str) -> tuple[str, ...]:
    if val is None:
        return ()
    if not isinstance(val, list) or not all(isinstance(x, str) and x for x in val):
        raise _Bad(f"'{what}' must be a list of non-empty strings")
    return tuple(dict.fromkeys(val))


def _lang_map(val: Any, what: str) -> dict[str, tuple[str, ...]]:
    if val is None:
        return {}
    if not isinstance(val, dict):
        raise _Bad(f"'{what}' must map language codes to lists of strings")
    return {str(lang): _strs(names, f"{what}.{lang}") for lang, names in val.items()}


def _date(val: Any, what: str) -> str | None:
    if val is None:
        return None
    if not isinstance(val, str) or not _DATE.match(val):
        raise _Bad(f"'{what}' must be an ISO date YYYY[-MM[-DD]] or null, not {val!r}")
    try:
        period(val)
    except ValueError as exc:
        raise _Bad(f"'{what}': {exc}") from exc
    return val


def _country(val: Any, what: str) -> str | None:
    if val is None:
        return None
    if not isinstance(val, str) or not _ALPHA3.match(val):
        raise _Bad(f"'{what}' must be an ISO 3166 alpha-3 code or null, not {val!r}")
    return val


GENDERS = ("f", "m")


def _gender(val: Any, typ: str) -> str | None:
    if val is None:
        return None
    if val not in GENDERS:
        raise _Bad(f"'gender' must be \"f\", \"m\" or null, not {val!r}")
    if typ != "PER":
        raise _Bad("'gender' is for people (type PER) only")
    return val


def _role(val: Any, i: int, keys: dict[str, Any]) -> Role:
    if not isinstance(val, dict):
        raise _Bad(f"roles[{i}] must be an object")
    key = _str(val, "key", required=True)
    if key not in keys:
        raise _Bad(f"roles[{i}].key {key!r} is not in role_keys.yaml")
    return Role(key=key, title=_str(val, "title", required=True) or "",
                title_de=_str(val, "title_de"), country=_country(val.get("country"), f"roles[{i}].country"),
                org=_str(val, "org"), start=_date(val.get("start"), f"roles[{i}].start"),
                end=_date(val.get("end"), f"roles[{i}].end"))


def parse_record(rec: Any, keys: dict[str, Any] | None = None) -> KBEntity:
    """One JSON object -> KBEntity; raises ValueError saying what is wrong."""
    keys = role_keys() if keys is None else keys
    if not isinstance(rec, dict):
        raise _Bad("a record must be a JSON object")
    typ = _str(rec, "type", required=True)
    if typ not in KB_TYPES:
        raise _Bad(f"'type' must be one of {', '.join(KB_TYPES)}, not {typ!r}")
    roles = rec.get("roles") or []
    if not isinstance(roles, list):
        raise _Bad("'roles' must be a list")
    metonyms = _strs(rec.get("metonyms"), "metonyms")
    return KBEntity(
        id=_str(rec, "id", required=True) or "", name=_str(rec, "name", required=True) or "",
        type=typ, country=_country(rec.get("country"), "country"),
        aliases=_lang_map(rec.get("aliases"), "aliases"), short=_strs(rec.get("short"), "short"),
        roles=tuple(_role(r, i, keys) for i, r in enumerate(roles)),
        adjectives=_lang_map(rec.get("adjectives"), "adjectives"),
        demonyms=_lang_map(rec.get("demonyms"), "demonyms"),
        capital=_str(rec, "capital"), metonyms=metonyms, metonym_of=_str(rec, "metonym_of"),
        description=_str(rec, "description"), gender=_gender(rec.get("gender"), typ),
        region=_str(rec, "region"))


def role_conflicts(ent: KBEntity) -> list[str]:
    """Reasons the entity's role dates look wrong: end before start, overlapping terms."""
    out = []
    for i, r in enumerate(ent.roles):
        if r.start and r.end and period(r.end)[0] < period(r.start)[0]:
            out.append(f"role {i} ({r.key}) ends {r.end} before it starts {r.start}")
    for i, a in enumerate(ent.roles):
        for j in range(i + 1, len(ent.roles)):
            b = ent.roles[j]
            if (a.key, a.country, a.org, a.title) != (b.key, b.country, b.org, b.title):
                continue
            (alo, ahi), (blo, bhi) = a.bounds(), b.bounds()
            if alo < bhi and blo < ahi:
                out.append(f"roles {i} and {j} ({a.key}, {a.country or a.org}) overlap")
    return out


# -- files ----------------------------------------------------------------------------------
def iter_records(text: str, where: str, on_error: OnProblem = _raise,
                 on_warning: OnProblem = _warn) -> Iterator[KBEntity]:
    """Entities of one JSON Lines text; `where` names the file in error messages."""
    keys = role_keys()
    for lineno, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        try:
            ent = parse_record(json.loads(s), keys)
        except json.JSONDecodeError as exc:
            on_error(ResourceError(where, f"invalid JSON: {exc.msg} (column {exc.colno})", f"line {lineno}"))
            continue
        except ValueError as exc:
            on_error(ResourceError(where, str(exc), f"line {lineno}"))
            continue
        for reason in role_conflicts(ent):
            on_warning(ResourceError(where, f"{ent.id}: {reason}", f"line {lineno}"))
        yield ent


def _collect(sources: Iterable[tuple[str, str]], on_error: OnProblem | None,
             on_warning: OnProblem | None) -> KnowledgeBase:
    problems: list[ResourceError] = []

    def err(e: ResourceError) -> None:
        problems.append(e)
        (on_error or _raise)(e)

    def warn(e: ResourceError) -> None:
        problems.append(e)
        (on_warning or _warn)(e)

    entities: dict[str, KBEntity] = {}
    for where, text in sources:
        seen: set[str] = set()
        for ent in iter_records(text, where, err, warn):
            if ent.id in seen:
                warn(ResourceError(where, f"duplicate id {ent.id}: the later record wins"))
            seen.add(ent.id)
            entities[ent.id] = ent  # a later file overrides an earlier one (user KB over bundled)
    return KnowledgeBase(entities.values(), role_rank(), problems)


def _expand(paths: Iterable[str | os.PathLike]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.glob("*.jsonl")) if p.is_dir() else [p])
    return out


def read_files(paths: Iterable[str | os.PathLike], on_error: OnProblem | None = None,
               on_warning: OnProblem | None = None) -> KnowledgeBase:
    """A KB from JSON Lines files or folders of them (later files override earlier ids)."""
    def sources() -> Iterator[tuple[str, str]]:
        for path in _expand(paths):
            try:
                yield str(path), path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                e = ResourceError(str(path), f"cannot read: {exc}")
                (on_error or _raise)(e)
    return _collect(sources(), on_error, on_warning)


def bundled_sources() -> Iterator[tuple[str, str]]:
    root = _ir.files(PACKAGE_DIR[0]).joinpath(PACKAGE_DIR[1])
    for item in sorted(root.iterdir(), key=lambda t: t.name):
        if item.name.endswith(".jsonl"):
            yield f"resources/common/kb/{item.name}", item.read_text("utf-8")


def _bundled_raises_user_warns(err: ResourceError) -> None:
    if err.file.startswith("resources/"):
        raise err  # the package's own data must be clean (tests check it)
    _warn(err)


@functools.cache
def _load(extra: tuple[str, ...]) -> KnowledgeBase:
    def sources() -> Iterator[tuple[str, str]]:
        yield from bundled_sources()
        for path in _expand(extra):
            try:
                yield str(path), path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                _warn(ResourceError(str(path), f"cannot read: {exc}"))
    return _collect(sources(), _bundled_raises_user_warns, None)


def load_kb(extra: Iterable[str | os.PathLike] | None = None) -> KnowledgeBase:
    """The bundled KB plus user KB files (`extra`, else $CHRONIK_KB: paths joined by os.pathsep).

    Loaded once per process and set of paths. A broken bundled record raises ResourceError;
    a broken record in a user file is a KBWarning (kept in `problems`) and the rest loads.
    """
    if extra is None:
        env = os.environ.get(ENV_VAR, "")
        extra = [p for p in env.split(os.pathsep) if p]
    return _load(tuple(str(p) for p in extra))
