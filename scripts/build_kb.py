"""Build the bundled knowledge base (src/chronik/resources/common/kb/*.jsonl).

Run: python scripts/build_kb.py
Inputs: pycountry (codes, ISO names, German ISO names via its gettext catalogue), Babel (CLDR
everyday country names in German and English) and the team's hand-written tables in
scripts/build_kb_data_*.py. Build-time only: chronik itself never imports pycountry or Babel.
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

import pycountry
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_kb_data_orgs as orgs_data  # noqa: E402
import build_kb_data_people as people_data  # noqa: E402
import build_kb_data_places as places_data  # noqa: E402
import build_kb_data_states as states_data  # noqa: E402
from kb_slug import slug  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "chronik" / "resources" / "common" / "kb"
_INVERT = re.compile(r"(Republic|Republik|State|Staat|Kingdom|Königreich|Federation|Föderation|Federated|"
                     r"Islamic|Islamische|Democratic|Demokratische|Plurinational|Bolivarian|Bolivarische|"
                     r"United|Vereinigte|The )")


def split(field: str) -> list[str]:
    return [x.strip() for x in field.split(",") if x.strip()]


def uniq(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def clean(name: str) -> str:
    """Drop parenthetical parts: 'Heiliger Stuhl (Staat Vatikanstadt)' -> 'Heiliger Stuhl'."""
    return re.sub(r"\s+", " ", re.sub(r"\s*\([^)]*\)", "", name)).strip()


def iso_forms(name: str) -> list[str]:
    """ISO style 'Korea, Republic of' -> also 'Republic of Korea'; odd comma names dropped."""
    if ", " not in name:
        return [name]
    a, b = name.split(", ", 1)
    return [f"{b} {a}"] if _INVERT.match(b) else []


def german_demonyms(field: str, avoid: set[str]) -> list[str]:
    forms = split(field)
    if len(forms) == 1:
        f = forms[0]
        if f.endswith("er"):
            forms = [f, f + "in", f + "innen", f + "n"]
        elif f.endswith("e"):
            forms = [f, f + "n", f[:-1] + "in", f[:-1] + "innen"]
    return [f for f in uniq(forms) if f not in avoid]


def build_states() -> tuple[list[dict], list[dict]]:
    de_iso = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    de_cldr, en_cldr = Locale("de").territories, Locale("en").territories
    table = {}
    for line in states_data.STATES.strip().splitlines():
        f = line.split("|")
        if len(f) < 6 or any(f[9:]):
            raise SystemExit(f"build_kb_data_states: need 9 fields: {line}")
        table[f[0]] = (f + [""] * 9)[:9]
    seats: dict[str, list[list[str]]] = {}
    for line in states_data.SEATS.strip().splitlines():
        f = line.split("|")
        seats.setdefault(f[0], []).append(f)
    countries = [(c.alpha_3, c.alpha_2, c) for c in pycountry.countries]
    countries.append(("XKX", "XK", None))  # Kosovo: not in ISO 3166-1, user-assigned code
    states, places = [], []
    state_names: set[str] = set()
    for a3, a2, c in countries:
        cldr_en = en_cldr.get(a2, "")
        if any(ch in cldr_en for ch in "(-,") or "&" in cldr_en:
            cldr_en = ""  # "Congo - Kinshasa", "Myanmar (Burma)": ISO/common names read better
        en = [states_data.NAMES.get(a3, ""), cldr_en]
        de = [de_cldr.get(a2, "")]
        if c is not None:
            for attr in ("common_name", "name", "official_name"):
                val = getattr(c, attr, None)
                if val:
                    en += iso_forms(val)
                    de += iso_forms(de_iso.gettext(val))
        state_names.update(en + de)
        row = table.get(a3)
        qid, cap_qid = states_data.QIDS.get(a3, ("", ""))
        sid = qid or f"chronik:state-{a3.lower()}"
        rec = {"id": sid, "name": "", "type": "GPE", "country": a3, "aliases": {}, "short": []}
        if row:
            de += split(row[7])
            en += split(row[8])
        if c is not None and not any(en):
            en.append(c.name.split(",")[0])  # "Saint Helena, Ascension and Tristan da Cunha"
        en, de = uniq(map(clean, en)), uniq(map(clean, de))
        rec["name"] = en[0] if en else a3
        rec["aliases"] = {"en": en, "de": de}
        if row:
            adj_de, adj_en = split(row[1]), split(row[3])
            dem_en = split(row[4]) or [a + "s" for a in adj_en[:1] if not a.endswith(("s", "sh", "ch", "ese"))]
            rec["adjectives"] = {"de": adj_de, "en": adj_en}
            rec["demonyms"] = {"de": german_demonyms(row[2], set(de)), "en": dem_en}
            cap_en, cap_de = split(row[5].replace("Washington, D.C.", "Washington D.C.")), split(row[6])
            if cap_en and cap_en[0] not in state_names | set(en):
                cid = cap_qid or f"chronik:city-{slug(cap_en[0])}"
                en_forms = uniq(cap_en + (["Washington", "Washington, D.C."] if a3 == "USA" else []))
                places.append({"id": cid, "name": en_forms[0], "type": "LOC", "country": a3,
                               "aliases": {"en": en_forms, "de": uniq(cap_de or cap_en[:1])},
                               "metonym_of": sid, "description": f"capital of {rec['name']}"})
                rec["capital"] = cid
                rec["metonyms"] = [cid]
        for _, pid, name_en, de_forms, en_more, de_more in seats.get(a3, []):
            places.append({"id": pid, "name": name_en, "type": "LOC", "country": a3,
                           "aliases": {"en": uniq([name_en] + split(en_more)),
                                       "de": uniq(split(de_forms) + split(de_more))},
                           "metonym_of": sid, "description": f"seat of government of {rec['name']}"})
            rec.setdefault("metonyms", []).append(pid)
        states.append(rec)
    return states, places


def build_historical() -> list[dict]:
    """States that no longer exist (Soviet Union, Yugoslavia, …): names, adjectives, demonyms."""
    out = []
    for line in states_data.HISTORICAL.strip().splitlines():
        f = line.split("|")
        if len(f) != 10:
            raise SystemExit(f"build_kb_data_states.HISTORICAL: need 10 fields: {line}")
        a3, qid, name, years, adj_de, dem_de, adj_en, dem_en, de, en = f
        rec = {"id": qid or f"chronik:state-{a3.lower()}", "name": name, "type": "GPE", "country": a3,
               "aliases": {"en": uniq([name] + split(en)), "de": uniq(split(de))},
               "adjectives": {"de": split(adj_de), "en": split(adj_en)},
               "demonyms": {"de": german_demonyms(dem_de, set(split(de))), "en": split(dem_en)},
               "description": f"historical state, {years}"}
        for key in ("adjectives", "demonyms"):
            rec[key] = {lang: v for lang, v in rec[key].items() if v}
        out.append(rec)
    return out


def build_places(state_ids: dict[str, str]) -> list[dict]:
    out = []
    for line in places_data.PLACES.strip().splitlines():
        pid, name, a3, en, de = (line.split("|") + [""] * 5)[:5]
        out.append({"id": pid or f"chronik:place-{slug(name)}", "name": name, "type": "LOC",
                    "country": a3 or None, "aliases": {"en": uniq([name] + split(en)), "de": uniq(split(de))}})
    return out


_ARABIC_ARTICLE = re.compile(r"^([Aa]l|[Ee]l|[Aa][dnrst]|[Aa]sh)-(?=[A-ZÄÖÜ])")


def article_variants(aliases: list[str]) -> list[str]:
    """Arabic names are written with "al-"/"Al-" (also "el-", "ad-", "ash-", …) in both cases,
    often within one article; the gazetteer matches capitalized aliases case-sensitively, so
    every alias with such an article gets its other-case twin."""
    out = list(aliases)
    for alias in aliases:
        m = _ARABIC_ARTICLE.match(alias)
        if m:
            art = m.group(1)
            twin = (art[0].swapcase() + art[1:]) + alias[m.end(1):]
            if twin not in out:
                out.append(twin)
    return out


def write(name: str, records: list[dict]) -> None:
    path = OUT / name
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            if isinstance(rec.get("aliases"), dict):
                rec["aliases"] = {lang: article_variants(al) for lang, al in rec["aliases"].items()}
            rec = {k: v for k, v in rec.items() if v not in ([], {}, "")}
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    print(f"{path.relative_to(OUT.parents[4])}: {len(records)} records")


def check_unique(*groups: list[dict]) -> None:
    """Two records with one id would make the KB loader keep one silently: refuse to write."""
    seen: set[str] = set()
    for rec in (r for g in groups for r in g):
        if rec["id"] in seen:
            raise SystemExit(f"duplicate KB id {rec['id']} ({rec.get('name')})")
        seen.add(rec["id"])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    states, capitals = build_states()
    states += build_historical()
    state_ids = {s["country"]: s["id"] for s in states}
    places = capitals + build_places(state_ids)
    orgs = orgs_data.build(state_ids)
    org_ids = orgs_data.id_map()
    people = people_data.build(state_ids)
    for person in people:
        for role in person["roles"]:
            if role.get("org"):
                if role["org"] not in org_ids:
                    raise SystemExit(f"{person['name']}: unknown organization {role['org']}")
                role["org"] = org_ids[role["org"]]
    # institutions that stand for a state become its metonyms too
    by_id = {s["id"]: s for s in states}
    for org in orgs:
        if org.get("metonym_of"):
            by_id[org["metonym_of"]].setdefault("metonyms", []).append(org["id"])
    check_unique(places, states, people, orgs)
    write("places.jsonl", places)
    write("states.jsonl", states)
    write("people.jsonl", people)
    write("organizations.jsonl", orgs)


if __name__ == "__main__":
    main()
