"""Session 7: the optional `gender` of KB people (schema, validation, bundled data, Wikidata
P21 import) and the G8. People and dumps below are invented."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chronik.cli.app import app
from chronik.kb import KnowledgeBase, load_kb
from chronik.kb.load import parse_record
from chronik.kb.model import KBEntity

_SPEC = importlib.util.spec_from_file_location(
    "make_mini_dump", Path(__file__).parent / "fixtures" / "make_mini_dump.py")
mini = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(mini)


def _person(**extra) -> dict:
    return {"id": "chronik:per-test", "name": "Test Person", "type": "PER", **extra}


# -- schema and validation ------------------------------------------------------------------
@pytest.mark.parametrize("value", ["f", "m"])
def test_gender_is_read_and_written_back(value):
    ent = parse_record(_person(gender=value))
    assert ent.gender == value
    assert ent.to_record()["gender"] == value
    assert parse_record(ent.to_record()).gender == value


def test_gender_is_optional():
    ent = parse_record(_person())
    assert ent.gender is None
    assert "gender" not in ent.to_record()


@pytest.mark.parametrize("value", ["F", "female", "x", 1, ""])
def test_gender_other_values_are_refused(value):
    with pytest.raises(ValueError, match="gender"):
        parse_record(_person(gender=value))


def test_gender_is_for_people_only():
    with pytest.raises(ValueError, match="people"):
        parse_record({"id": "chronik:org-x", "name": "X", "type": "ORG", "gender": "f"})


def test_user_kb_with_a_bad_gender_warns_and_keeps_the_rest(tmp_path):
    path = tmp_path / "people.jsonl"
    path.write_text(json.dumps(_person(gender="w")) + "\n"
                    + json.dumps(_person(id="chronik:per-other", gender="f")) + "\n", "utf-8")
    kb = KnowledgeBase.from_files([path], on_error=lambda e: None)
    assert "chronik:per-other" in kb and "chronik:per-test" not in kb


def test_kbentity_default_has_no_gender():
    assert KBEntity("x", "X", "PER").gender is None


# -- bundled data ---------------------------------------------------------------------------
@pytest.mark.parametrize("eid,gender", [
    ("Q567", "f"),  # Angela Merkel
    ("Q61053", "m"),  # Olaf Scholz
    ("Q264766", "f"),  # Theresa May
    ("Q7747", "m"),  # Vladimir Putin
    ("Q9682", "f"),  # Elizabeth II
])
def test_bundled_people_have_their_gender(eid, gender):
    assert load_kb()[eid].gender == gender


def test_every_bundled_person_has_a_gender_and_nothing_else_has_one():
    for ent in load_kb():
        if ent.type == "PER":
            assert ent.gender in ("f", "m"), ent.id
        else:
            assert ent.gender is None, ent.id


def test_g8_is_in_the_bundled_kb():
    kb = load_kb()
    assert [e.id for e in kb.find("G8")] == ["chronik:org-g8"]
    assert "chronik:org-g8" in {e.id for e in kb.find("G-8")}


# -- Wikidata import ------------------------------------------------------------------------
def _dump_with_genders(path: Path) -> Path:
    """A made-up dump: two office holders with P21 (female, male), one with an unmapped value."""
    ents = [e for e in mini.ENTITIES if e["id"] in ("P31", "Q9001", "Q9009")]

    def holder(qid, name, sex):
        claims = {"P31": [mini.claim("P31", "Q5")], "P27": [mini.claim("P27", "Q9001")],
                  "P39": [mini.held("Q9009", "2020-01-01")]}
        if sex:
            claims["P21"] = [mini.claim("P21", sex)]
        return mini.item(qid, name, claims=claims)

    ents += [holder("Q9101", "Mara Velt", "Q6581072"), holder("Q9102", "Oskar Velt", "Q6581097"),
             holder("Q9103", "Sam Velt", "Q48270")]
    lines = [json.dumps(e, ensure_ascii=False) for e in ents]
    out = path / "dump.json.gz"
    out.write_bytes(gzip.compress(("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")))
    return out


def test_wikidata_import_reads_gender_from_p21(tmp_path):
    from chronik.kb.wikidata import import_dump

    import_dump(_dump_with_genders(tmp_path), tmp_path / "kb")
    kb = KnowledgeBase.from_files([tmp_path / "kb"])
    assert kb.problems == ()
    assert kb["Q9101"].gender == "f"
    assert kb["Q9102"].gender == "m"
    assert kb["Q9103"].gender is None  # a P21 value the KB has no letter for


def test_kb_import_cli_writes_gender(tmp_path):
    out = tmp_path / "kb"
    res = CliRunner().invoke(app, ["kb", "import", str(_dump_with_genders(tmp_path)), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in (out / "people.jsonl").read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert {r["id"]: r.get("gender") for r in rows} == {"Q9101": "f", "Q9102": "m", "Q9103": None}
