"""WARC and WARC.gz (FastWARC): HTML `response` records become Articles.

Each article gets the record's WARC-Target-URI as url and its WARC-Date as the date (day
precision); the page goes through the html module. Non-HTML and non-2xx records are skipped.

Truncation is checked here, not left to the parser: FastWARC (like warcio) silently stops at
a cut-off file. So gzip is inflated by our own streaming reader (which notices a member that
never ends), and each record's block must be as long as its Content-Length. The complete
records are read first; then one InputError names the file, the record number and its offset.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers.common import MAX_WHOLE_BYTES, OnError, mb, report
from chronik.readers.dates import DateError, parse_date
from chronik.readers.html import read_html_bytes
from chronik.readers.streams import GZIP_MAGIC, ForwardStream, InflateError, Inflater, chunks, rejoin

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _dechunk(body: bytes) -> bytes:
    out, pos = [], 0
    while True:
        end = body.find(b"\r\n", pos)
        if end < 0:
            break
        size_txt = body[pos:end].split(b";", 1)[0].strip()
        try:
            size = int(size_txt, 16)
        except ValueError:
            return body  # not really chunked: keep as is
        if size == 0:
            break
        out.append(body[end + 2:end + 2 + size])
        pos = end + 2 + size + 2
    return b"".join(out)


def _decode_body(body: bytes, headers: dict[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    enc = headers.get("content-encoding", "").lower().strip()
    if enc in ("gzip", "x-gzip", "deflate"):
        try:
            body = zlib.decompress(body, 47 if "gzip" in enc else 15)
        except zlib.error:
            try:
                body = zlib.decompress(body, -15)
            except zlib.error:
                pass  # many archives store the decoded body but keep the header
    return body


def split_http(block: bytes) -> tuple[int, dict[str, str], bytes] | None:
    """(status, lower-cased headers, decoded body) of a stored HTTP response, else None."""
    head_end = block.find(b"\r\n\r\n")
    sep = 4
    if head_end < 0:
        head_end, sep = block.find(b"\n\n"), 2
    if head_end < 0 or not block.startswith(b"HTTP/"):
        return None
    lines = block[:head_end].decode("latin-1").splitlines()
    parts = lines[0].split(None, 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isascii() and parts[1].isdigit() else 0  # not '²00'
    headers: dict[str, str] = {}
    for ln in lines[1:]:
        name, colon, value = ln.partition(":")
        if colon:
            headers[name.strip().lower()] = value.strip()
    return status, headers, _decode_body(block[head_end + sep:], headers)


def _content_type(value: str) -> tuple[str, str | None]:
    mime, _, params = value.partition(";")
    charset = None
    for p in params.split(";"):
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _html_payload(kind: str, block: bytes, warc_ctype: str) -> tuple[bytes, str | None] | None:
    if kind == "response":
        parsed = split_http(block)
        if parsed is None:
            return None
        status, headers, body = parsed
        mime, charset = _content_type(headers.get("content-type", ""))
        if not 200 <= status < 300:
            return None
        if mime in HTML_TYPES or (not mime and b"<html" in body[:2048].lower()):
            return body, charset
        return None
    mime, charset = _content_type(warc_ctype)  # a `resource` record holds the page itself
    return (block, charset) if mime in HTML_TYPES else None


def read_warc(raw: BinaryIO, path: str, *, lang: str | None = None,
              on_error: OnError | None = None) -> Iterator[Article]:
    """Yield Articles from the HTML response records of a (gzipped) WARC stream."""
    from fastwarc.warc import ArchiveIterator

    head = raw.read(2)
    source_stream = rejoin(head, raw)
    inflater = Inflater(source_stream) if head == GZIP_MAGIC else None
    stream = ForwardStream(iter(inflater) if inflater else chunks(source_stream))
    where = "offset" if inflater is None else "uncompressed offset"
    n, broken = 0, False
    try:
        for rec in ArchiveIterator(stream, parse_http=False, stream_detect=False):
            n += 1
            pos = rec.stream_pos
            origin = f"{path}#{n}"
            declared = rec.headers.get("Content-Length")
            if declared is None or not (declared.strip().isascii() and declared.strip().isdigit()):
                report(on_error, InputError(path, f"truncated WARC: record {n} at {where} {pos} "
                                                  "has an incomplete header"))
                broken = True
                break
            kind = rec.headers.get("WARC-Type", "")
            wanted = kind in ("response", "resource") and int(declared) <= MAX_WHOLE_BYTES
            block = rec.reader.read() if wanted else b""
            got = len(block) if wanted else rec.reader.consume()
            if got < int(declared):
                report(on_error, InputError(
                    path, f"truncated WARC: record {n} at {where} {pos} ends after {got} "
                          f"of {declared} bytes; the {n - 1} records before it were read"))
                broken = True
                break
            if not wanted:
                if kind in ("response", "resource"):
                    report(on_error, InputError(origin, f"record is {mb(int(declared))}, over the "
                                                        f"{mb(MAX_WHOLE_BYTES)} limit: skipped"))
                continue
            payload = _html_payload(kind, block, rec.headers.get("Content-Type", ""))
            if payload is None:
                continue
            url = rec.headers.get("WARC-Target-URI") or None
            try:
                date = parse_date(rec.headers.get("WARC-Date", "")) if rec.headers.get("WARC-Date") else None
            except DateError:
                date = None
            try:
                yield read_html_bytes(payload[0], origin, lang=lang, url=url, date=date,
                                      charset=payload[1], origin=origin)
            except InputError as exc:
                report(on_error, InputError(origin, f"{exc.reason} ({url})" if url else exc.reason))
    except InflateError as exc:
        report(on_error, InputError(path, f"corrupt gzip data after record {n}: {exc}"))
        return
    except OSError as exc:
        report(on_error, InputError(path, f"unreadable WARC after record {n}: {exc}"))
        return
    if inflater is not None and inflater.truncated and not broken:
        report(on_error, InputError(path, f"truncated WARC.gz: the file ends inside a gzip member "
                                          f"after record {n} (uncompressed offset {stream.pos})"))
    elif n == 0 and not broken:
        report(on_error, InputError(path, "no WARC records found (expected 'WARC/1.0' or 'WARC/1.1')"))
