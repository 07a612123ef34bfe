"""`chronik kb import`: streaming a Wikidata dump into KB files, truncated and broken dumps."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pytest

from chronik.errors import InputError
from chronik.kb import KnowledgeBase
from chronik.kb.wikidata import DumpTruncated, import_dump, iter_dump, role_key_for, wd_date

FIXTURE = Path(__file__).parent / "fixtures" / "mini-dump.json.gz"


def _dump_text() -> str:
    return gzip.decompress(FIXTURE.read_bytes()).decode("utf-8")


def test_kb_wikidata_import_builds_a_loadable_kb(tmp_path):
    stats = import_dump(FIXTURE, tmp_path)
    assert stats.kept == {"GPE": 1, "LOC": 2, "PER": 2, "ORG": 1}
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "organizations.jsonl", "people.jsonl", "places.jsonl", "states.jsonl"]
    kb = KnowledgeBase.from_files([tmp_path])
    assert kb.problems == ()
    orlov = kb["Q9005"]
    assert orlov.type == "PER" and orlov.country == "VLT"
    assert orlov.aliases["de"] == ("Pawel Orlow",) and "Pavel Orlov Jr." in orlov.aliases["en"]
    assert kb.role_at("Q9005", "2023-01").key == "defence_minister"
    assert kb.role_at("Q9005", "2025-06").key == "security_council_secretary"
    assert kb.role_at("Q9005", "2025-06").title_de == "Sekretär des Sicherheitsrats Veltraviens"
    assert [e.id for e in kb.holders("defence_minister", "VLT", "2020")] == ["Q9005"]
    # year precision kept; the deprecated claim is dropped
    marek = kb["Q9008"]
    assert [(r.key, r.start) for r in marek.roles] == [("head_of_state", "2020")]
    # a human without positions held is not kept; a property entity is skipped
    assert "Q9006" not in kb and "P31" not in kb
    state = kb["Q9001"]
    assert state.type == "GPE" and state.country == "VLT" and state.capital == "Q9002"
    assert state.demonyms == {"en": ("Veltravian",), "de": ("Veltravier",)}
    assert kb["Q9002"].metonym_of == "Q9001" and kb["Q9010"].metonym_of is None
    agency = kb["Q9007"]
    assert agency.type == "ORG" and agency.country == "VLT" and "VNA" in agency.aliases["en"]


@pytest.mark.parametrize("suffix", [".json", ".json.bz2"])
def test_kb_wikidata_reads_plain_and_bz2(tmp_path, suffix):
    path = tmp_path / f"dump{suffix}"
    data = _dump_text().encode("utf-8")
    path.write_bytes(bz2.compress(data) if suffix.endswith(".bz2") else data)
    stats = import_dump(path, tmp_path / "out")
    assert stats.kept["PER"] == 2


def test_kb_wikidata_truncated_plain_dump_keeps_complete_records(tmp_path):
    text = _dump_text()
    lines = text.splitlines(keepends=True)
    cut = "".join(lines[:7]) + lines[7][: len(lines[7]) // 2]  # line 8 (Lena Marek) cut in half
    path = tmp_path / "cut.json"
    path.write_text(cut, "utf-8")
    with pytest.raises(DumpTruncated) as err:
        import_dump(path, tmp_path / "out")
    assert err.value.line == 8 and "ends inside the record on line 8" in str(err.value)
    kb = KnowledgeBase.from_files([tmp_path / "out"])
    assert "Q9005" in kb and "Q9008" not in kb  # complete records kept, the cut one not


def test_kb_wikidata_truncated_gzip_dump(tmp_path):
    raw = FIXTURE.read_bytes()
    path = tmp_path / "cut.json.gz"
    path.write_bytes(raw[: int(len(raw) * 0.8)])
    with pytest.raises(DumpTruncated, match="ends"):
        import_dump(path, tmp_path / "out")
    assert (tmp_path / "out" / "states.jsonl").exists()


def test_kb_wikidata_broken_line_inside_the_dump_is_skipped(tmp_path):
    lines = _dump_text().splitlines(keepends=True)
    lines[3] = '{"type": "item", "id": "Q9002", "labels": {\n'
    path = tmp_path / "broken.json"
    path.write_text("".join(lines), "utf-8")
    bad = []
    ents = list(iter_dump(path, on_bad=bad.append))
    assert [b.line for b in bad] == [4] and all(e["id"] != "Q9002" for e in ents)
    stats = import_dump(path, tmp_path / "out")
    assert stats.skipped == 1 and stats.kept["PER"] == 2


def test_kb_wikidata_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        import_dump(tmp_path / "nope.json.gz", tmp_path / "out")


@pytest.mark.parametrize("value,iso", [
    ({"time": "+2012-11-06T00:00:00Z", "precision": 11}, "2012-11-06"),
    ({"time": "+2012-11-00T00:00:00Z", "precision": 10}, "2012-11"),
    ({"time": "+2012-00-00T00:00:00Z", "precision": 9}, "2012"),
    ({"time": "+2012-11-06T00:00:00Z", "precision": 9}, "2012"),
    ({"time": "nonsense"}, None),
    (None, None),
])
def test_kb_wikidata_dates(value, iso):
    assert wd_date(value) == iso


@pytest.mark.parametrize("title,key", [
    ("Minister of Defence of Russia", "defence_minister"),
    ("United States Secretary of Defense", "defence_minister"),
    ("Secretary of State for Defence", "defence_minister"),
    ("United States Secretary of State", "foreign_minister"),
    ("Minister of Foreign Affairs of Ukraine", "foreign_minister"),
    ("Secretary of the Security Council of Russia", "security_council_secretary"),
    ("President of Russia", "head_of_state"),
    ("President of the European Commission", "secretary_general"),
    ("President of the Bundestag", "speaker"),
    ("Vice President of the United States", "deputy_head_of_state"),
    ("Prime Minister of Japan", "head_of_government"),
    ("Federal Chancellor of Germany", "head_of_government"),
    ("Secretary-General of NATO", "secretary_general"),
    ("Minister of Culture", "minister"),
    ("member of the Bundestag", "office"),
    ("Minister-President of Saxony", "regional_head"),
    ("Governor of the Central Bank of Iceland", "central_bank_governor"),
])
def test_kb_wikidata_role_keys_from_position_labels(title, key):
    assert role_key_for(title) == key


def test_kb_wikidata_fixture_is_in_dump_layout():
    text = _dump_text()
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    assert all(line.endswith(",") for line in lines[1:-2]) and not lines[-2].endswith(",")
    assert all(json.loads(line.rstrip(","))["id"] for line in lines[1:-1])


def test_kb_wikidata_dump_cut_between_records_is_reported(tmp_path):
    lines = _dump_text().splitlines(keepends=True)
    path = tmp_path / "cut.json"
    path.write_text("".join(lines[:6]), "utf-8")  # complete lines, but no closing "]"
    with pytest.raises(DumpTruncated, match="without its closing"):
        import_dump(path, tmp_path / "out")
    kb = KnowledgeBase.from_files([tmp_path / "out"])
    assert "Q9001" in kb and "Q9005" not in kb


def test_kb_wikidata_json_lines_without_brackets_are_accepted(tmp_path):
    lines = [line for line in _dump_text().splitlines() if line not in ("[", "]")]
    path = tmp_path / "lines.json"
    path.write_text("\n".join(line.rstrip(",") for line in lines) + "\n", "utf-8")
    assert import_dump(path, tmp_path / "out").kept["PER"] == 2
