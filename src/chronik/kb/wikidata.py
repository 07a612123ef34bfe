"""Build a KB from a Wikidata JSON dump (`chronik kb import`).

The dump is one JSON array with one entity per line, each line ending in ",". It is read
as a stream (plain, .gz or .bz2), twice: the first pass keeps humans with positions held
(P39), states, organizations and places (classes in resources/common/kb/wikidata.yaml) and
notes which other items it needs (positions, countries); the second pass collects those
items' labels and countries. Memory grows with the kept entities, not with the dump.

A dump that ends mid-record keeps every complete record and raises DumpTruncated naming
the line where it stopped, after the output has been written.
"""

from __future__ import annotations

import bz2
import functools
import gzip
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources as _ir
from pathlib import Path
from typing import IO, Any

import yaml

from chronik.errors import InputError, ResourceError
from chronik.kb.load import parse_record, role_keys
from chronik.resources import parse_yaml

LANGS = ("en", "de")
OUT_FILES = {"PER": "people.jsonl", "GPE": "states.jsonl", "ORG": "organizations.jsonl",
             "LOC": "places.jsonl"}


class DumpTruncated(InputError):
    """The dump ended inside a record; the complete records before it were kept."""


@dataclass
class ImportStats:
    lines: int = 0
    entities: int = 0  # records parsed (lines the class pre-filter let through)
    kept: dict[str, int] = field(default_factory=dict)
    roles: int = 0
    skipped: int = 0


@functools.cache
def _config() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    where = "resources/common/kb/wikidata.yaml"
    try:
        data = parse_yaml(_ir.files("chronik.resources").joinpath("common/kb/wikidata.yaml")
                          .read_text("utf-8"))
        classes = {qid: typ for typ, qids in data["classes"].items() for qid in qids}
        keys = role_keys()
        patterns = []
        for row in data["role_patterns"]:
            if row["key"] not in keys:
                raise ResourceError(where, f"role key {row['key']!r} is not in role_keys.yaml")
            patterns.append((re.compile(row["pattern"], re.IGNORECASE), row["key"]))
    except (KeyError, TypeError, yaml.YAMLError, re.error) as exc:
        raise ResourceError(where, f"broken import configuration: {exc}") from exc
    return classes, patterns


@functools.cache
def genders() -> dict[str, str]:
    """Values of P21 (sex or gender) -> the KB's `gender` ("f", "m"), from wikidata.yaml."""
    data = parse_yaml(_ir.files("chronik.resources").joinpath("common/kb/wikidata.yaml")
                      .read_text("utf-8")) or {}
    return {str(q): str(g) for q, g in (data.get("genders") or {}).items()}


def role_key_for(title: str) -> str:
    """The role key of a position by its English label (first matching pattern; else office)."""
    for pat, key in _config()[1]:
        if pat.search(title):
            return key
    return "office"


# -- reading the dump -----------------------------------------------------------------------
def _open(path: str | Path) -> IO[bytes]:
    p = str(path)
    if p.endswith(".gz"):
        return gzip.open(p, "rb")
    if p.endswith(".bz2"):
        return bz2.open(p, "rb")
    return open(p, "rb")


def iter_dump(path: str | Path, on_line: Callable[[int], None] | None = None,
              on_bad: Callable[[InputError], None] | None = None,
              keep: Callable[[bytes], bool] | None = None) -> Iterator[dict]:
    """Entities of a dump; raises DumpTruncated where a record is cut off.

    A broken line inside the dump (not the last) goes to `on_bad` and is skipped. `keep`
    sees each raw line first: lines it rejects are never parsed (most of a full dump).
    """
    lineno = 0
    pending: int | None = None
    opened = closed = False  # a dump is one JSON array: "[" first, "]" last
    try:
        with _open(path) as raw:
            for line in raw:
                lineno += 1
                if on_line:
                    on_line(lineno)
                s = line.strip()
                if s.endswith(b","):
                    s = s[:-1]
                if not s:
                    continue
                if s in (b"[", b"]"):
                    opened, closed = opened or s == b"[", s == b"]"
                    continue
                closed = False
                if pending is not None:
                    if on_bad:
                        on_bad(InputError(str(path), "invalid JSON record, skipped", pending))
                    pending = None
                if keep is not None and not keep(s) and s.endswith(b"}"):
                    continue  # an unwanted record (an unterminated one is still parsed: truncation)
                try:
                    yield json.loads(s)
                except json.JSONDecodeError:
                    pending = lineno
    except FileNotFoundError as exc:
        raise InputError(str(path), "no such file") from exc
    except (EOFError, zlib.error, OSError) as exc:
        raise DumpTruncated(str(path), f"the compressed dump ends early ({exc}); "
                            f"the complete records before line {lineno + 1} were kept", lineno + 1) from exc
    if pending is not None:
        raise DumpTruncated(str(path), f"the dump ends inside the record on line {pending}; "
                            f"the complete records before it were kept", pending)
    if opened and not closed:
        raise DumpTruncated(str(path), f"the dump stops at line {lineno} without its closing ']'; "
                            f"the complete records before it were kept", lineno)


# -- claims ---------------------------------------------------------------------------------
def _claims(ent: dict, prop: str) -> list[dict]:
    return [c for c in ent.get("claims", {}).get(prop, []) if c.get("rank") != "deprecated"
            and c.get("mainsnak", {}).get("snaktype") == "value"]


def _value(snak: dict) -> Any:
    return snak.get("datavalue", {}).get("value")


def _item_ids(ent: dict, prop: str) -> list[str]:
    out = []
    for c in _claims(ent, prop):
        v = _value(c["mainsnak"])
        if isinstance(v, dict) and isinstance(v.get("id"), str):
            out.append(v["id"])
    return out


def _strings(ent: dict, prop: str) -> list[str]:
    return [v for c in _claims(ent, prop) if isinstance(v := _value(c["mainsnak"]), str)]


def _monolingual(ent: dict, prop: str, lang: str) -> list[str]:
    out = []
    for c in _claims(ent, prop):
        v = _value(c["mainsnak"])
        if isinstance(v, dict) and v.get("language") == lang and v.get("text"):
            out.append(v["text"])
    return out


def wd_date(value: Any) -> str | None:
    """A Wikidata time value -> ISO date of its precision (day, month or year)."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    m = re.match(r"^\+?(\d{4})-(\d{2})-(\d{2})", value["time"])
    if not m:
        return None
    y, mo, d = m.groups()
    prec = value.get("precision", 11)
    if prec >= 11 and d != "00":
        return f"{y}-{mo}-{d}"
    if prec >= 10 and mo != "00":
        return f"{y}-{mo}"
    return y


def _qualifier_date(claim: dict, prop: str) -> str | None:
    for q in claim.get("qualifiers", {}).get(prop, []):
        if q.get("snaktype") == "value":
            return wd_date(_value(q))
    return None


def _label(ent: dict, lang: str) -> str | None:
    lab = ent.get("labels", {}).get(lang)
    return lab.get("value") if isinstance(lab, dict) else None


def _names(ent: dict, lang: str) -> list[str]:
    names = [_label(ent, lang)] + [a.get("value") for a in ent.get("aliases", {}).get(lang, [])]
    return list(dict.fromkeys(n for n in names if n))


# -- the import -----------------------------------------------------------------------------
def _kb_type(ent: dict, classes: dict[str, str]) -> str | None:
    for cls in _item_ids(ent, "P31"):
        if cls in classes:
            return classes[cls]
    return None


def _class_filter(classes: dict[str, str]) -> Callable[[bytes], bool]:
    pat = re.compile(rb'"id":\s*"(?:' + b"|".join(re.escape(c.encode()) for c in classes) + rb')"')
    return lambda line: pat.search(line) is not None


_HEAD_ID = re.compile(rb'"id":\s*"([QP]\d+)"')


def _id_filter(ids: set[str]) -> Callable[[bytes], bool]:
    wanted = {i.encode() for i in ids}

    def keep(line: bytes) -> bool:
        m = _HEAD_ID.search(line, 0, 300)
        return m is None or m.group(1) in wanted
    return keep


def _first_pass(path: str | Path, stats: ImportStats,
                min_sitelinks: int = 0) -> tuple[dict[str, dict], set[str], Exception | None]:
    classes = _config()[0]
    kept: dict[str, dict] = {}
    needed: set[str] = set()
    stopped: Exception | None = None

    def count(n: int) -> None:
        stats.lines = n

    def bad(_: InputError) -> None:
        stats.skipped += 1

    try:
        for ent in iter_dump(path, count, bad, keep=_class_filter(classes)):
            stats.entities += 1
            if ent.get("type", "item") != "item" or not isinstance(ent.get("id"), str):
                continue
            if min_sitelinks and len(ent.get("sitelinks") or {}) < min_sitelinks:
                continue
            typ = _kb_type(ent, classes)
            if typ is None or (typ == "PER" and not _claims(ent, "P39")):
                continue
            if not (_label(ent, "en") or _label(ent, "de")):
                stats.skipped += 1
                continue
            kept[ent["id"]] = _slim(ent, typ)
            needed.update(p for p, *_ in kept[ent["id"]]["positions"])
            needed.update(kept[ent["id"]]["countries"])
    except DumpTruncated as exc:
        stopped = exc
    return kept, needed, stopped


def _slim(ent: dict, typ: str) -> dict:
    """The parts of an entity the KB needs (so the full JSON can be dropped)."""
    positions = [(_value(c["mainsnak"])["id"], _qualifier_date(c, "P580"), _qualifier_date(c, "P582"))
                 for c in _claims(ent, "P39") if isinstance(_value(c["mainsnak"]), dict)]
    return {"id": ent["id"], "type": typ,
            "names": {lg: _names(ent, lg) for lg in LANGS},
            "alpha3": next(iter(_strings(ent, "P298")), None),
            "countries": _item_ids(ent, "P27") + _item_ids(ent, "P17"),
            "capital": next(iter(_item_ids(ent, "P36")), None),
            "gender": next((genders()[q] for q in _item_ids(ent, "P21") if q in genders()), None),
            "demonyms": {lg: _monolingual(ent, "P1549", lg) for lg in LANGS},
            "positions": positions}


def _second_pass(path: str | Path, needed: set[str]) -> dict[str, dict]:
    info: dict[str, dict] = {}
    if not needed:
        return info
    try:
        for ent in iter_dump(path, keep=_id_filter(needed)):
            if ent.get("id") in needed:
                info[ent["id"]] = {"en": _label(ent, "en"), "de": _label(ent, "de"),
                                   "alpha3": next(iter(_strings(ent, "P298")), None),
                                   "countries": _item_ids(ent, "P17") + _item_ids(ent, "P1001")}
    except DumpTruncated:
        pass  # the first pass reports it
    return info


def build_records(kept: dict[str, dict], info: dict[str, dict], stats: ImportStats) -> list[dict]:
    """KB records (the bundled JSONL format) from the slimmed entities of the first pass."""
    alpha3: dict[str, str] = {}
    for qid, e in kept.items():
        if e["alpha3"]:
            alpha3[qid] = e["alpha3"]
    for qid, e in info.items():
        if e.get("alpha3"):
            alpha3.setdefault(qid, e["alpha3"])
    capitals = {e["capital"]: qid for qid, e in kept.items() if e["type"] == "GPE" and e["capital"]}
    records = []
    for qid, e in kept.items():
        name = (e["names"]["en"] or e["names"]["de"])[0]
        country = e["alpha3"] if e["type"] == "GPE" else next(
            (alpha3[c] for c in e["countries"] if c in alpha3), None)
        rec: dict[str, Any] = {"id": qid, "name": name, "type": e["type"], "country": country,
                               "aliases": {lg: e["names"][lg] for lg in LANGS if e["names"][lg]}}
        if e["type"] == "GPE":
            if e["capital"] in kept:
                rec["capital"] = e["capital"]
                rec["metonyms"] = [e["capital"]]
            dem = {lg: v for lg, v in e["demonyms"].items() if v}
            if dem:
                rec["demonyms"] = dem
        if e["type"] == "LOC" and qid in capitals:
            rec["metonym_of"] = capitals[qid]
        if e["type"] == "PER":
            rec["roles"] = _roles(e, info, alpha3, country)
            if e.get("gender"):
                rec["gender"] = e["gender"]
            stats.roles += len(rec["roles"])
            last = name.split()[-1] if " " in name else None
            if last and last[:1].isupper() and not re.fullmatch(r"[IVXLC]+\.?", last):
                rec["short"] = [last]
        try:
            parse_record(rec)
        except ValueError:
            stats.skipped += 1
            continue
        stats.kept[e["type"]] = stats.kept.get(e["type"], 0) + 1
        records.append(rec)
    return records


def _roles(e: dict, info: dict[str, dict], alpha3: dict[str, str], person_country: str | None) -> list[dict]:
    roles = []
    for pos, start, end in e["positions"]:
        p = info.get(pos, {})
        title = p.get("en") or p.get("de") or pos
        country = next((alpha3[c] for c in p.get("countries", []) if c in alpha3), None)
        role = {"key": role_key_for(p.get("en") or ""), "title": title, "country": country or person_country,
                "start": start, "end": end}
        if p.get("de"):
            role["title_de"] = p["de"]
        roles.append(role)
    return roles


def import_dump(path: str | Path, out_dir: str | Path, min_sitelinks: int = 0) -> ImportStats:
    """Read a Wikidata dump and write people/states/organizations/places JSONL into out_dir.

    `min_sitelinks` keeps only entities with at least that many Wikipedia articles (a full
    dump holds millions of office holders; 5 keeps the ones the news names). Raises
    DumpTruncated after writing when the dump ends mid-record.
    """
    stats = ImportStats()
    kept, needed, stopped = _first_pass(path, stats, min_sitelinks)
    info = _second_pass(path, needed - set(kept))
    for qid in needed & set(kept):
        e = kept[qid]
        info[qid] = {"en": (e["names"]["en"] or [None])[0], "de": (e["names"]["de"] or [None])[0],
                     "alpha3": e["alpha3"], "countries": e["countries"]}
    records = build_records(kept, info, stats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    by_file: dict[str, list[dict]] = {name: [] for name in OUT_FILES.values()}
    for rec in records:
        by_file[OUT_FILES[rec["type"]]].append(rec)
    for name, recs in by_file.items():
        with (out / name).open("w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if stopped is not None:
        raise stopped
    return stats
