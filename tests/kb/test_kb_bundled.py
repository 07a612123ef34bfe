"""The bundled KB: coverage, the dated roles that must be right, and the seed's entities."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from chronik.kb import load_kb
from chronik.kb.model import period
from chronik.kb.names import name_key


@pytest.fixture(scope="module")
def kb():
    return load_kb([])


def test_kb_bundled_loads_without_problems(kb):
    assert kb.problems == ()


def test_kb_bundled_coverage(kb):
    types = Counter(e.type for e in kb)
    assert types["GPE"] >= 249
    assert sum(1 for e in kb if e.type == "PER" and e.roles) >= 300
    assert types["ORG"] >= 100 and types["LOC"] >= 200
    # every UN member has adjectives in both languages
    with_adj = [e for e in kb.by_type("GPE") if e.adjectives.get("de") and e.adjectives.get("en")]
    assert len(with_adj) >= 193


def test_kb_bundled_states_have_unique_codes_and_capitals(kb):
    codes = [e.country for e in kb.by_type("GPE")]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    for state in kb.by_type("GPE"):
        if state.capital:
            cap = kb[state.capital]
            assert cap.type == "LOC" and cap.metonym_of == state.id and cap.country == state.country
        for mid in state.metonyms:
            assert kb[mid].metonym_of == state.id


@pytest.mark.parametrize("name,lang,code", [
    ("Russland", "de", "RUS"), ("Iran", "de", "IRN"), ("Nordkorea", "de", "PRK"), ("Südkorea", "de", "KOR"),
    ("USA", "de", "USA"), ("Vereinigte Staaten", "de", "USA"), ("Amerika", "de", "USA"),
    ("Großbritannien", "de", "GBR"), ("Tschechien", "de", "CZE"), ("Türkei", "de", "TUR"),
    ("Elfenbeinküste", "de", "CIV"), ("Weißrussland", "de", "BLR"),
    ("North Korea", "en", "PRK"), ("South Korea", "en", "KOR"), ("Britain", "en", "GBR"),
    ("Russia", "en", "RUS"), ("Ukraine", "en", "UKR"), ("Kosovo", "en", "XKX"),
])
def test_kb_bundled_everyday_state_names(kb, name, lang, code):
    ids = {eid for alias, eid, kind in kb.aliases(lang) if alias == name and kind == "name"}
    assert {kb[i].country for i in ids if kb[i].type == "GPE"} == {code}


@pytest.mark.parametrize("code,de_adj,en_adj,de_dem", [
    ("PRK", "nordkoreanisch", "North Korean", "Nordkoreaner"),
    ("KOR", "südkoreanisch", "South Korean", "Südkoreaner"),
    ("RUS", "russisch", "Russian", "Russen"),
    ("UKR", "ukrainisch", "Ukrainian", "Ukrainer"),
    ("DEU", "deutsch", "German", "Deutschen"),
    ("USA", "amerikanisch", "American", "Amerikaner"),
])
def test_kb_bundled_adjectives_and_demonyms(kb, code, de_adj, en_adj, de_dem):
    state = next(e for e in kb.by_type("GPE") if e.country == code)
    assert de_adj in state.adjectives["de"] and en_adj in state.adjectives["en"]
    assert de_dem in state.demonyms["de"]


def test_kb_bundled_demonyms_never_equal_a_state_name(kb):
    names = {n for e in kb.by_type("GPE") for n in e.names("de")}
    clashes = {d for e in kb.by_type("GPE") for d in e.demonyms.get("de", ()) if d in names}
    assert clashes == set()  # "Polen" is the country, not the plural of "Pole"


@pytest.mark.parametrize("alias,lang,code", [
    ("Pjöngjang", "de", "PRK"), ("Moskau", "de", "RUS"), ("Kreml", "de", "RUS"), ("Kiew", "de", "UKR"),
    ("Kyjiw", "de", "UKR"), ("Weißes Haus", "de", "USA"), ("Peking", "de", "CHN"),
    ("Kremlin", "en", "RUS"), ("White House", "en", "USA"), ("Downing Street", "en", "GBR"),
    ("Élysée", "en", "FRA"), ("Blue House", "en", "KOR"), ("Pentagon", "en", "USA"), ("Kyiv", "en", "UKR"),
])
def test_kb_bundled_metonyms_stand_for_their_state(kb, alias, lang, code):
    ids = {eid for a, eid, kind in kb.aliases(lang) if a == alias and kind == "metonym"}
    assert {kb[i].country for i in ids} == {code}


def test_kb_bundled_shoigu_and_belousov(kb):
    shoigu = kb["Q32024"]
    assert {"Sergej Schoigu", "Sergei Schoigu"} <= set(shoigu.aliases["de"])
    assert {"Shoigu", "Schoigu", "Shoygu"} <= set(shoigu.short)
    role = kb.role_at("Q32024", "2025-06")
    assert role.key == "security_council_secretary" and role.country == "RUS" and role.start == "2024-05-12"
    assert kb.role_at("Q32024", "2023-01").key == "defence_minister"
    assert kb.role_at("Q32024", "2024-05-11").key == "defence_minister"
    assert kb.role_at("Q32024", "2024-05-12").key == "security_council_secretary"
    assert [e.name for e in kb.holders("defence_minister", "RUS", "2023-01")] == ["Sergei Shoigu"]
    belousov = kb.holders("defence_minister", "RUS", "2025-06")
    assert [e.name for e in belousov] == ["Andrey Belousov"]
    assert next(r for r in belousov[0].roles if r.key == "defence_minister").start == "2024-05-12"
    assert [e.name for e in kb.holders("security_council_secretary", "RUS", "2023")] == ["Nikolai Patrushev"]


@pytest.mark.parametrize("key,code,date,name", [
    ("head_of_state", "KOR", "2025-06-04", "Lee Jae-myung"),
    ("head_of_state", "KOR", "2025-07", "Lee Jae-myung"),
    ("head_of_state", "KOR", "2023-03-01", "Yoon Suk Yeol"),
    ("head_of_state", "KOR", "2024-06", "Yoon Suk Yeol"),
    ("head_of_state", "PRK", "2025-06", "Kim Jong-un"),
    ("head_of_state", "RUS", "2010", "Dmitry Medvedev"),
    ("head_of_state", "RUS", "2025-06", "Vladimir Putin"),
    ("head_of_state", "USA", "2023", "Joe Biden"),
    ("head_of_state", "USA", "2025-06", "Donald Trump"),
    ("head_of_state", "UKR", "2025-06", "Volodymyr Zelenskyy"),
    ("head_of_government", "DEU", "2024", "Olaf Scholz"),
    ("head_of_government", "DEU", "2025-06", "Friedrich Merz"),
    ("foreign_minister", "RUS", "2025-06", "Sergey Lavrov"),
    ("foreign_minister", "USA", "2025-06", "Marco Rubio"),
    ("defence_minister", "DEU", "2025-06", "Boris Pistorius"),
    ("head_of_government", "GBR", "2025-06", "Keir Starmer"),
    ("head_of_government", "ISR", "2025-06", "Benjamin Netanyahu"),
    ("head_of_state", "CHN", "2025-06", "Xi Jinping"),
    ("secretary_general", "Q1065", "2025-06", "António Guterres"),
    ("secretary_general", "Q7184", "2025-06", "Mark Rutte"),
    ("secretary_general", "Q7184", "2020", "Jens Stoltenberg"),
])
def test_kb_bundled_holders_at_a_date(kb, key, code, date, name):
    assert [e.name for e in kb.holders(key, code, date)] == [name]


def test_kb_bundled_roles_do_not_overlap_for_single_seat_offices(kb):
    # one holder at a time for the offices the recognizer resolves by date (acting terms aside)
    for key in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister"):
        for code in ("RUS", "UKR", "USA", "DEU", "FRA", "GBR", "CHN", "JPN", "KOR", "PRK", "ISR", "IRN", "TUR"):
            terms = sorted((period(r.start)[0], r.end, e.name) for e in kb for r in e.roles
                           if r.key == key and r.country == code and not r.org and r.start
                           and "acting" not in r.title.lower())
            for (_, end, a), (start, _, b) in zip(terms, terms[1:], strict=False):
                assert end is not None and period(end)[0] <= start, f"{key} {code}: {a} and {b} overlap"


def test_kb_bundled_suspended_president_and_acting_president_both_listed(kb):
    names = [e.name for e in kb.holders("head_of_state", "KOR", "2025-04-03")]
    assert names == ["Han Duck-soo", "Yoon Suk Yeol"]


@pytest.mark.parametrize("agency,code", [
    ("dpa", "DEU"), ("AFP", "FRA"), ("Reuters", "GBR"), ("AP", "USA"), ("KCNA", "PRK"), ("TASS", "RUS"),
    ("RIA Novosti", "RUS"), ("Interfax", "RUS"), ("Xinhua", "CHN"), ("Yonhap", "KOR"), ("Ukrinform", "UKR"),
    ("Kyodo", "JPN"), ("ANSA", "ITA"), ("EFE", "ESP"), ("APA", "AUT"), ("Keystone-SDA", "CHE"),
    ("epd", "DEU"), ("KNA", "DEU"),
])
def test_kb_bundled_news_agencies(kb, agency, code):
    found = [e for e in kb.find(agency) if e.type == "ORG"]
    assert found and found[0].country == code


@pytest.mark.parametrize("name", [
    "UN", "UN Security Council", "NATO", "EU", "European Commission", "African Union", "ASEAN", "OSCE",
    "IAEA", "G7", "G20", "BRICS", "WHO", "IMF", "World Bank", "ICC", "ICRC",
    "Security Council of Russia", "Kremlin", "Pentagon", "Bundestag", "Bundeswehr", "Russian Armed Forces",
    "Korean People's Army", "Hamas", "Hezbollah", "Houthis", "Ansar Allah", "Taliban", "ISIS",
    "Wagner Group", "al-Shabaab", "Boko Haram", "PKK",
])
def test_kb_bundled_organizations_and_institutions(kb, name):
    assert kb.find(name), name


def test_kb_bundled_ids_are_wikidata_or_chronik(kb):
    for ent in kb:
        assert re.fullmatch(r"Q\d+|chronik:[a-z0-9-]+", ent.id), ent.id
        for r in ent.roles:
            assert r.org is None or r.org in kb


def test_kb_bundled_seed_entities(kb, seed_gold):
    """Every entity of the seed's gold is in the KB with the gold type and country."""
    for gold in seed_gold["entities"]:
        cands = {e.id: e for s in gold["surface"] for e in kb.find(s)}
        cands.update({e.id: e for e in kb.find(gold["name"])})
        match = [e for e in cands.values() if e.type == gold["type"] and e.country == gold["country"]]
        assert match, gold["name"]
    shoigu = next(e for e in kb.find("Sergei Schoigu") if e.type == "PER")
    assert kb.role_at(shoigu.id, "2025-06").key == "security_council_secretary"


def test_kb_bundled_name_keys_of_people_are_mostly_unique(kb):
    keys = Counter(name_key(e.name) for e in kb.by_type("PER"))
    assert [k for k, n in keys.items() if n > 1] == []


def test_kb_bundled_short_forms_are_never_regnal_numerals(kb):
    # "II" alone must not stand for Elizabeth II ("Papst Johannes Paul II." is someone else)
    import re

    shorts = [(alias, eid) for alias, eid, kind in kb.aliases() if kind == "short"]
    assert shorts
    assert not [s for s in shorts if re.fullmatch(r"[IVXLC]+\.?", s[0])]
