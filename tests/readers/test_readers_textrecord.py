"""Dated text records: headers, precision, several records, bad dates, absurd headers."""

from __future__ import annotations

import io

import pytest

from chronik.errors import InputError
from chronik.readers import read_file
from chronik.readers.textrecord import read_text_records


def _read(text: str, errors=None, lang=None):
    return list(read_text_records(io.StringIO(text), "mem.txt", lang=lang, on_error=errors))


def test_textrecord_two_records_keep_precision(fixtures, errors):
    arts = list(read_file(fixtures / "two_records.txt", on_error=errors))
    assert errors == []
    assert [a.date for a in arts] == ["2024-06", "2025-03-14"]
    first, second = arts
    assert first.title.startswith("Ein Gipfeltreffen in der Hauptstadt")
    assert first.text.startswith(first.title + "\n\n")
    assert first.text.endswith("engeren Partnerschaft.")
    assert "Beobachter werteten" in first.text  # second body paragraph kept
    assert first.origin.endswith("two_records.txt:1") and second.origin.endswith(":7")
    assert (first.lang, second.lang) == ("de", "en")
    assert first.id != second.id and len(first.id) == 16


@pytest.mark.parametrize("header,date", [
    ("date 2025 Jahresrückblick", "2025"),
    ("date 2025-06 Juni", "2025-06"),
    ("\t  date 2025-06-05 Mit Einrückung", "2025-06-05"),
    ("date 2024-02-29 Schalttag", "2024-02-29"),
])
def test_textrecord_header_forms(header, date):
    (art,) = _read(f"{header}\n\nEin kurzer Text über die Lage.\n")
    assert art.date == date
    assert art.title == header.strip().split(" ", 2)[2]


@pytest.mark.parametrize("bad,why", [
    ("2025-13", "month 13"), ("gestern", "expected YYYY"), ("2023-02-29", "day is out of range"),
    ("25-06", "expected YYYY"), ("2025-6", "expected YYYY"),
])
def test_textrecord_bad_date_reported_next_record_read(bad, why, errors):
    text = (f"date {bad} Kaputter Kopf\n\nDieser Text wird verworfen.\n\n"
            "date 2025-01-02 Guter Kopf\n\nDieser Text wird gelesen.\n")
    arts = _read(text, errors)
    assert [a.title for a in arts] == ["Guter Kopf"]
    (err,) = errors
    assert err.path == "mem.txt" and err.line == 1 and why in err.reason
    assert "mem.txt:1:" in str(err)


def test_textrecord_fixture_bad_headers(fixtures, errors):
    arts = list(read_file(fixtures / "bad_headers.txt", on_error=errors))
    assert [a.date for a in arts] == ["2025-02-28"]
    assert [(e.line, "date" in e.reason) for e in errors] == [(1, True), (5, True)]


def test_textrecord_ten_thousand_digit_header(errors):
    text = "date " + "9" * 10_000 + " Titel\n\nText.\n\ndate 2025-05 Weiter\n\nNoch ein Text.\n"
    arts = _read(text, errors)
    assert [a.date for a in arts] == ["2025-05"]
    (err,) = errors
    assert err.line == 1 and len(str(err)) < 200  # the message does not echo 10,000 digits


def test_textrecord_raises_without_on_error():
    with pytest.raises(InputError, match="month 13"):
        _read("date 2025-13 X\n\nY\n")


def test_textrecord_text_before_first_header(errors):
    arts = _read("Ein Satz ohne Kopf.\n\ndate 2025-04-01 Kopf\n\nText.\n", errors)
    assert [a.title for a in arts] == ["Kopf"]
    assert errors[0].line == 1 and "header" in errors[0].reason


def test_textrecord_header_without_text(errors):
    assert _read("date 2025-04-01\n\n", errors) == []
    assert "no text" in errors[0].reason


def test_textrecord_only_whitespace_is_empty(errors):
    assert _read("\n  \n\n", errors) == []
    assert "empty" in errors[0].reason


def test_textrecord_lang_override():
    (art,) = _read("date 2025-04-01 The minister said the talks went well.\n\nMore text.\n", lang="de")
    assert art.lang == "de"


def test_textrecord_same_input_same_id():
    text = "date 2025-04-01 Kopf\n\nText über etwas.\n"
    assert _read(text)[0].id == _read(text)[0].id


def test_textrecord_crlf_newlines(tmp_path, errors):
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"date 2025-04-01 Kopf\r\n\r\nErste Zeile.\r\nZweite Zeile.\r\n")
    (art,) = read_file(p, on_error=errors)
    assert art.text == "Kopf\n\nErste Zeile.\nZweite Zeile."
