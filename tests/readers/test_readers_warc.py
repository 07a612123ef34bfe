"""WARC / WARC.gz: HTML responses become Articles; other records skipped; truncation reported.

The archives are built here by hand (the WARC 1.1 layout is simple), per-record gzip members
like crawlers write them.
"""

from __future__ import annotations

import gzip
import io

import pytest

from chronik.errors import InputError
from chronik.readers import read_file, read_stream
from chronik.readers.warc import read_warc, split_http

PARAGRAPH = ("Die Delegationen trafen sich am Dienstag zu Gesprächen über Handel und Sicherheit. "
             "Nach mehreren Stunden einigten sie sich auf eine gemeinsame Erklärung. ")


def page(n: int) -> bytes:
    return (f"<html><head><title>Bericht {n}</title></head><body><article><h1>Bericht {n}</h1>"
            f"<p>{PARAGRAPH * 3}</p><p>Meldung Nummer {n}.</p></article></body></html>").encode()


def record(kind: str, uri: str, block: bytes, date: str = "2025-06-05T10:00:00Z",
           content_type: str = "application/http; msgtype=response") -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: {date}\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((uri, kind))):032x}>\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def http(body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK",
         extra: str = "") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{extra}"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def archive() -> list[bytes]:
    chunked = b"".join(f"{len(part):x}\r\n".encode() + part + b"\r\n"
                       for part in (page(3)[:100], page(3)[100:])) + b"0\r\n\r\n"
    return [
        record("warcinfo", "", b"software: hand-made\r\n", content_type="application/warc-fields"),
        record("request", "https://a.example/1", b"GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n",
               content_type="application/http; msgtype=request"),
        record("response", "https://a.example/1", http(page(1))),
        record("response", "https://a.example/logo.png", http(b"\x89PNG\r\n\x1a\n" + bytes(40), "image/png")),
        record("response", "https://a.example/gone", http(b"<html>gone</html>", status="404 Not Found")),
        record("response", "https://a.example/2", http(gzip.compress(page(2)), extra="Content-Encoding: gzip\r\n"),
               date="2025-06-06T23:59:59Z"),
        record("response", "https://a.example/3", http(chunked, extra="Transfer-Encoding: chunked\r\n")),
    ]


@pytest.fixture
def warc_gz(tmp_path):
    p = tmp_path / "crawl.warc.gz"
    p.write_bytes(b"".join(gzip.compress(r) for r in archive()))
    return p


def test_warc_gz_html_responses_become_articles(warc_gz, errors):
    arts = list(read_file(warc_gz, on_error=errors))
    assert errors == []
    assert [a.url for a in arts] == ["https://a.example/1", "https://a.example/2", "https://a.example/3"]
    assert [a.date for a in arts] == ["2025-06-05", "2025-06-06", "2025-06-05"]
    assert [a.title for a in arts] == ["Bericht 1", "Bericht 2", "Bericht 3"]
    assert all("gemeinsame Erklärung" in a.text and a.lang == "de" for a in arts)
    assert arts[0].origin == f"{warc_gz}#3"  # record number in the archive


def test_warc_plain_file_and_sniffed_without_extension(tmp_path):
    p = tmp_path / "crawl.bin"
    p.write_bytes(b"".join(archive()))
    assert len(list(read_file(p))) == 3


def test_warc_from_pipe_stream():
    raw = io.BufferedReader(io.BytesIO(b"".join(gzip.compress(r) for r in archive())))
    assert len(list(read_stream(raw, "<stdin>"))) == 3


@pytest.mark.parametrize("gz", [False, True])
@pytest.mark.parametrize("cut", [0.35, 0.6, 0.97])
def test_warc_truncated_reads_complete_records_then_reports(tmp_path, gz, cut, errors):
    recs = archive()
    data = b"".join(gzip.compress(r) if gz else r for r in recs)
    p = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    p.write_bytes(data[: int(len(data) * cut)])
    arts = list(read_file(p, on_error=errors))
    ends, total = [], 0
    for r in recs:
        total += len(gzip.compress(r)) if gz else len(r)
        ends.append(total)
    complete_pages = sum(1 for i in (2, 5, 6) if ends[i] <= len(data) * cut)
    assert complete_pages <= len(arts) <= complete_pages + 1
    (err,) = errors
    assert err.path == str(p) and "truncated" in err.reason
    assert "record" in err.reason and "offset" in err.reason
    assert all(a.text.rstrip().endswith(".") for a in arts)  # complete pages only


def test_warc_truncated_raises_without_on_error(tmp_path):
    data = b"".join(gzip.compress(r) for r in archive())
    p = tmp_path / "cut.warc.gz"
    p.write_bytes(data[:-30])
    with pytest.raises(InputError, match="truncated"):
        list(read_file(p))


def test_warc_not_a_warc(errors):
    assert list(read_warc(io.BytesIO(b"hello world\n" * 10), "x.warc", on_error=errors)) == []
    assert errors[0].path == "x.warc" and "WARC" in errors[0].reason


def test_warc_html_without_text_reported_by_url(tmp_path, errors):
    p = tmp_path / "empty.warc"
    p.write_bytes(record("response", "https://a.example/blank", http(b"<html><body></body></html>")))
    assert list(read_file(p, on_error=errors)) == []
    assert "https://a.example/blank" in errors[0].reason and errors[0].path.endswith("#1")


def test_warc_split_http_parses_status_and_headers():
    status, headers, body = split_http(http(b"<p>x</p>", extra="X-Test: 1\r\n"))
    assert status == 200 and headers["x-test"] == "1" and body == b"<p>x</p>"
