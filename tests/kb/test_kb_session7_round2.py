"""Session 7, round 2: the optional `region` of a KB place (a city's namesake region, read
after "upstate", "governor" …). The places below are invented, except the bundled New York."""

from __future__ import annotations

from chronik.kb import load_kb
from chronik.kb.load import parse_record


def _place(**extra) -> dict:
    return {"id": "chronik:place-testville", "name": "Testville", "type": "LOC", "country": "USA",
            "aliases": {"en": ["Testville"]}, **extra}


def test_region_is_read_and_written_back():
    ent = parse_record(_place(region="chronik:place-testville-state"))
    assert ent.region == "chronik:place-testville-state"
    assert ent.to_record()["region"] == "chronik:place-testville-state"
    assert parse_record(ent.to_record()).region == ent.region


def test_region_is_optional_and_not_written_when_absent():
    ent = parse_record(_place())
    assert ent.region is None
    assert "region" not in ent.to_record()


def test_bundled_regions_point_to_places_of_the_same_country():
    kb = load_kb()
    with_region = [e for e in kb if e.region]
    assert any(e.id == "chronik:place-new-york-city" for e in with_region)
    for ent in with_region:
        region = kb.get(ent.region)
        assert region is not None, ent.id
        assert region.type in ("LOC", "GPE") and region.country == ent.country
