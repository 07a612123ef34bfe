"""JSON Lines: known fields, meta, dates, a malformed line 7, records without text."""

from __future__ import annotations

import io
import json

import pytest

from chronik.readers import read_file
from chronik.readers.jsonl import read_json_document, read_jsonl


def test_jsonl_fixture_good_lines_read_bad_lines_reported(fixtures, errors):
    arts = list(read_file(fixtures / "articles.jsonl", on_error=errors))
    assert [a.origin.rsplit(":", 1)[1] for a in arts] == ["1", "2", "3", "4", "8", "9"]
    assert [(e.line, e.path.endswith("articles.jsonl")) for e in errors] == [
        (5, True), (6, True), (7, True)]
    assert "day is out of range" in errors[0].reason
    assert "no 'text'" in errors[1].reason
    assert "malformed JSON" in errors[2].reason and "articles.jsonl:7" in str(errors[2])


def test_jsonl_fields_and_meta(fixtures):
    first, second, third, fourth, eighth, ninth = read_file(fixtures / "articles.jsonl",
                                                            on_error=lambda e: None)
    assert (first.id, first.url, first.date, first.title, first.lang, first.source) == (
        "a1", "https://news.example/a1", "2025-06-05", "Minister besucht Hauptstadt", "de",
        "Beispielzeitung")
    assert first.metadata == {"section": "Politik"}
    assert second.metadata == {"tags": ["diplomacy", "talks"]}
    assert second.date == "2025-06-05" and second.lang == "en"  # timestamp → day; detected
    assert third.id and len(third.id) == 16 and third.date == "2025-06"  # content hash id
    assert fourth.id == "4" and fourth.date == "2024"
    assert eighth.date == "2025-06-05"  # the day as written, not shifted to UTC
    assert ninth.date == "2025-06-05" and ninth.text.startswith("Die Nachrichtenagentur")


@pytest.mark.parametrize("raw,value", [
    ("2025", "2025"), ("2025-06", "2025-06"), ("2025-06-05", "2025-06-05"),
    ("2025-06-05T10:00:00Z", "2025-06-05"), ("2025-06-05 10:00", "2025-06-05"),
    ("2025-06-05T10:00:00.123+02:00", "2025-06-05"), ("20250605", "2025-06-05"),
    ("Thu, 05 Jun 2025 08:00:00 GMT", "2025-06-05"),
])
def test_jsonl_date_forms(raw, value):
    line = json.dumps({"date": raw, "text": "Ein kurzer Text über ein Treffen."})
    (art,) = read_jsonl(io.StringIO(line + "\n"), "m.jsonl")
    assert art.date == value


@pytest.mark.parametrize("raw", ["2025-13", "gestern", "2025-06-31T10:00:00Z", "1" * 500])
def test_jsonl_bad_dates_rejected(raw, errors):
    line = json.dumps({"date": raw, "text": "Text."})
    assert list(read_jsonl(io.StringIO(line), "m.jsonl", on_error=errors)) == []
    assert errors[0].line == 1 and "bad date" in errors[0].reason


@pytest.mark.parametrize("line,why", [
    ('["a list"]', "JSON object"), ('{"text": ""}', "no 'text'"), ('{"text": 5}', "no 'text'"),
    ('{"text": "x", "title": {"a": 1}}', "must be a string"),
])
def test_jsonl_bad_records(line, why, errors):
    assert list(read_jsonl(io.StringIO(line + "\n"), "m.jsonl", on_error=errors)) == []
    assert why in errors[0].reason


def test_jsonl_lang_override_wins_over_field():
    line = json.dumps({"text": "Ein Text.", "lang": "de"})
    (art,) = read_jsonl(io.StringIO(line), "m.jsonl", lang="en")
    assert art.lang == "en"


def test_jsonl_overlong_line_skipped(monkeypatch, errors):
    from chronik.readers import jsonl

    monkeypatch.setattr(jsonl, "MAX_RECORD_CHARS", 100)
    big = json.dumps({"text": "x" * 500})
    ok = json.dumps({"text": "Ein kurzer Text."})
    arts = list(read_jsonl(io.StringIO(f"{big}\n{ok}\n"), "m.jsonl", on_error=errors))
    assert [a.text for a in arts] == ["Ein kurzer Text."]
    assert errors[0].line == 1 and "longer than" in errors[0].reason


def test_json_document_array_and_object():
    arr = json.dumps([{"text": "Erster Text."}, {"text": "Zweiter Text.", "id": "z"}])
    assert [a.id for a in read_json_document(arr, "a.json")][1] == "z"
    (one,) = read_json_document(json.dumps({"text": "Nur einer."}), "o.json")
    assert one.origin == "o.json"


def test_json_document_that_is_jsonl(tmp_path):
    p = tmp_path / "x.json"
    p.write_text('{"text": "Eins."}\n{"text": "Zwei."}\n', "utf-8")
    assert [a.text for a in read_file(p)] == ["Eins.", "Zwei."]
