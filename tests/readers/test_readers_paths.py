"""Folders, globs, stdin, sniffing, gzip, and the bad-input cases every reader shares."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import subprocess
import sys

import pytest

from chronik.errors import InputError
from chronik.readers import read_file, read_paths, read_stream
from chronik.readers.sniff import sniff

RECORD = "date 2025-05-06 Kopfzeile\n\nEin Text über ein Treffen der Minister am Dienstag.\n"


def test_paths_folder_recursive_by_extension_and_content(tmp_path, fixtures, errors):
    shutil.copy(fixtures / "two_records.txt", tmp_path / "a.txt")
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    shutil.copy(fixtures / "feed.atom", sub / "feed")  # no extension: sniffed
    shutil.copy(fixtures / "page.html", sub / "page.dat")  # wrong extension: sniffed
    (sub / "records").write_text(RECORD, "utf-8")
    (tmp_path / ".hidden.txt").write_text(RECORD, "utf-8")
    arts = list(read_paths([str(tmp_path)], on_error=errors))
    assert errors == []
    assert sorted(a.origin.rsplit("/", 1)[1] for a in arts) == [
        "a.txt:1", "a.txt:7", "feed#1", "page.dat", "records:1"]


def test_paths_glob(tmp_path):
    for name in ("x1.txt", "x2.txt", "y.jsonl"):
        (tmp_path / name).write_text(RECORD, "utf-8")
    arts = list(read_paths([str(tmp_path / "x*.txt")]))
    assert len(arts) == 2


def test_paths_missing_and_unmatched_reported(tmp_path, errors):
    assert list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.none")], on_error=errors)) == []
    assert [e.reason for e in errors] == ["no such file or folder", "no file matches this pattern"]


@pytest.mark.parametrize("name,head,fmt", [
    ("a.txt", b"", "text"), ("a", b"  date 2025 x", "text"), ("a", b'{"text": 1}', "jsonl"),
    ("a", b"[{}]", "json"), ("a", b"<!DOCTYPE html><html>", "html"), ("a", b"<html lang=de>", "html"),
    ("a", b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"), ("a.xml", b"<?xml?><feed xmlns='x'>", "feed"),
    ("a", b"WARC/1.1\r\n", "warc"), ("a.warc.gz", b"\x1f\x8b", "warc"), ("a", b"\x1f\x8b\x08", "gzip"),
    ("a.jsonl.gz", b"\x1f\x8b", "gzip"), ("a.gz", b"date 2025 x", "text"), ("a", b"hello", None),
    ("a", "\ufeffdate 2025 x".encode(), "text"), ("a.txt", b'{"text": "x"}', "jsonl"),
    ("a.txt", b"Plain words", "text"),
])
def test_paths_sniff(name, head, fmt):
    assert sniff(name, head) == fmt


def test_paths_stdin_is_sniffed(fixtures):
    data = (fixtures / "articles.jsonl").read_bytes()
    code = ("import sys; from chronik.readers import read_paths\n"
            "errs = []\n"
            "arts = list(read_paths(['-'], on_error=errs.append))\n"
            "print(len(arts), [e.line for e in errs], arts[0].origin)")
    out = subprocess.run([sys.executable, "-c", code], input=data, capture_output=True, check=True)
    assert out.stdout.decode().split() == ["6", "[5,", "6,", "7]", "<stdin>:1"]


def test_paths_gzipped_jsonl_and_text(tmp_path):
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(json.dumps({"text": "Ein Text."}).encode() + b"\n"))
    (tmp_path / "b.gz").write_bytes(gzip.compress(RECORD.encode()))
    arts = list(read_paths([str(tmp_path)]))
    assert [a.origin.rsplit("/", 1)[1] for a in arts] == ["a.jsonl:1", "b:1"]


def test_paths_truncated_gzip_keeps_records_before_cut(tmp_path, errors):
    lines = "".join(json.dumps({"text": f"Text Nummer {i} über ein Treffen."}) + "\n" for i in range(2000))
    data = gzip.compress(lines.encode())
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(data[: len(data) // 2])
    arts = list(read_file(p, on_error=errors, lang="de"))
    assert 0 < len(arts) < 2000
    assert any("truncated gzip" in e.reason for e in errors)


def test_paths_empty_file(fixtures, errors):
    assert list(read_file(fixtures / "empty.txt", on_error=errors)) == []
    (err,) = errors
    assert err.reason == "empty file" and err.path.endswith("empty.txt")


def test_paths_binary_file(fixtures, errors):
    assert list(read_file(fixtures / "binary.bin", on_error=errors)) == []
    assert errors[0].reason.startswith("binary file")


@pytest.mark.parametrize("name", ["data.txt", "data.jsonl", "data.html", "data"])
def test_paths_binary_file_whatever_its_name(tmp_path, fixtures, name, errors):
    p = tmp_path / name
    shutil.copy(fixtures / "binary.bin", p)
    assert list(read_file(p, on_error=errors)) == []
    assert errors[0].reason.startswith("binary file")


def test_paths_latin1_file_is_decoded(fixtures, errors):
    (art,) = read_file(fixtures / "latin1.txt", on_error=errors)
    assert errors == []
    assert art.title == "Außenminister äußert sich über Gespräche in Köln"
    assert "Zölle, Märkte und Grenzübergänge" in art.text


def test_paths_stray_invalid_byte_late_in_utf8_file(tmp_path):
    good = (RECORD + "\n") * 5000  # > 64 KB of UTF-8 before the bad byte
    p = tmp_path / "mixed.txt"
    p.write_bytes(good.encode() + "date 2025-05-07 Straße\n\nGrüße aus Köln.\n".encode("cp1252"))
    arts = list(read_file(p))
    assert len(arts) == 5001 and arts[-1].text == "Straße\n\nGrüße aus Köln."


def test_paths_utf16_with_bom(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(RECORD.encode("utf-16"))
    (art,) = read_file(p)
    assert art.title == "Kopfzeile"


def test_paths_unknown_format(tmp_path, errors):
    p = tmp_path / "notes.md"
    p.write_text("# Notes\n\nNothing dated here.\n", "utf-8")
    assert list(read_file(p, on_error=errors)) == []
    assert "unknown input format" in errors[0].reason


def test_paths_bad_input_raises_without_on_error(fixtures):
    with pytest.raises(InputError, match="empty file"):
        list(read_file(fixtures / "empty.txt"))


def test_paths_good_articles_next_to_bad_files(fixtures, errors):
    arts = list(read_paths([str(fixtures)], on_error=errors))
    assert len(arts) >= 12
    bad = {e.path.rsplit("/", 1)[1].split("#")[0] for e in errors}
    assert {"empty.txt", "binary.bin", "no_text.html", "articles.jsonl", "bad_headers.txt"} <= bad


def test_paths_read_stream_with_explicit_format():
    arts = list(read_stream(io.BytesIO(RECORD.encode()), "x", fmt="text"))
    assert arts[0].date == "2025-05-06"


@pytest.mark.parametrize("data,declared,text", [
    ("Grüße aus Köln".encode(), "iso-8859-1", "Grüße aus Köln"),  # UTF-8 despite the label
    ("Grüße aus Köln".encode("cp1252"), "windows-1252", "Grüße aus Köln"),
    ("Grüße aus Köln".encode("cp1252"), "utf-8", "Grüße aus Köln"),  # wrong label: detected
    ("Grüße".encode("utf-8-sig"), None, "Grüße"),
    # labels Python cannot use: unknown, or a NUL inside (a ValueError, not a LookupError)
    ("Grüße aus Köln".encode("cp1252"), "no-such-charset", "Grüße aus Köln"),
    ("Grüße aus Köln".encode("cp1252"), "utf\x00-8", "Grüße aus Köln"),
])
def test_paths_decode_bytes(data, declared, text):
    from chronik.readers.encoding import decode_bytes

    assert decode_bytes(data, "x.html", declared) == text


def test_paths_whole_read_formats_size_limit(fixtures, errors):
    for name in ("feed.rss", "page.html"):
        assert list(read_file(fixtures / name, on_error=errors, max_bytes=200)) == []
    assert all("over the" in e.reason and "limit" in e.reason for e in errors) and len(errors) == 2


def test_paths_streamed_formats_have_no_file_limit(fixtures):
    assert len(list(read_file(fixtures / "two_records.txt", max_bytes=10))) == 2
