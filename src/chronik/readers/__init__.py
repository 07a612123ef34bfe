"""Readers: every input form becomes a stream of Articles; bad records go to `on_error`.

`read_paths` takes files, folders (recursive), globs, URLs and `-` (stdin) and picks a reader
per file by extension or by sniffing its first bytes (see `sniff`). Streaming formats (text
records, JSON Lines, WARC, gzip) are never loaded whole; HTML, feeds and `.json` documents are,
so they are refused above `max_bytes`. Each reader reports a bad record to `on_error` and goes
on; with `on_error=None` the first problem is raised.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers import sniff as _sniff
from chronik.readers.common import MAX_WHOLE_BYTES, OnError, mb, report
from chronik.readers.encoding import HEAD_BYTES, check_not_binary, decode_bytes, open_text
from chronik.readers.streams import InflateError, gunzip, rejoin

__all__ = ["OnError", "read_paths", "read_file", "read_stream", "iter_inputs"]

_GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Options:
    lang: str | None = None
    fetch_pages: bool = False
    max_bytes: int = MAX_WHOLE_BYTES


def iter_inputs(paths: Iterable[str], on_error: OnError | None = None) -> Iterator[str]:
    """Expand folders (recursively, hidden files skipped) and globs; keep `-` and URLs."""
    from chronik.readers.fetch import is_url

    for p in paths:
        if p == "-" or is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in sorted(files):
                    if not f.startswith("."):
                        yield os.path.join(root, f)
        elif path.exists():
            yield p
        elif _GLOB_CHARS & set(p):
            matches = sorted(m for m in glob.glob(p, recursive=True) if os.path.isfile(m))
            if not matches:
                report(on_error, InputError(p, "no file matches this pattern"))
            yield from matches
        else:
            report(on_error, InputError(p, "no such file or folder"))


def read_paths(paths: Iterable[str], *, lang: str | None = None, on_error: OnError | None = None,
               fetch_pages: bool = False, max_bytes: int = MAX_WHOLE_BYTES) -> Iterator[Article]:
    """Yield Articles from files, folders, globs, URLs or `-` (stdin)."""
    opts = Options(lang=lang, fetch_pages=fetch_pages, max_bytes=max_bytes)
    for p in iter_inputs(paths, on_error):
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", on_error=on_error, opts=opts)
        elif p.lower().startswith(("http://", "https://", "file://")):
            yield from _read_url(p, on_error, opts)
        else:
            yield from read_file(p, lang=lang, on_error=on_error, fetch_pages=fetch_pages,
                                 max_bytes=max_bytes)


def read_file(path: str | os.PathLike[str], *, lang: str | None = None,
              on_error: OnError | None = None, fetch_pages: bool = False,
              max_bytes: int = MAX_WHOLE_BYTES) -> Iterator[Article]:
    """Yield Articles from one file of any supported format."""
    name = str(path)
    opts = Options(lang=lang, fetch_pages=fetch_pages, max_bytes=max_bytes)
    try:
        fh = open(path, "rb")  # noqa: SIM115 (closed below, generator-safe)
    except OSError as exc:
        report(on_error, InputError(name, f"cannot open: {exc.strerror or exc}"))
        return
    with fh:
        yield from read_stream(fh, name, on_error=on_error, opts=opts,
                               size=os.fstat(fh.fileno()).st_size)


def _read_url(url: str, on_error: OnError | None, opts: Options) -> Iterator[Article]:
    import io

    from chronik.readers.fetch import fetch_url

    try:
        page = fetch_url(url, max_bytes=opts.max_bytes)
    except InputError as exc:
        report(on_error, exc)
        return
    fmt = _sniff.by_content(page.data[:HEAD_BYTES])
    if fmt == _sniff.HTML or (fmt is None and _sniff.by_extension(url.split("?")[0]) == _sniff.HTML):
        from chronik.readers.html import read_html_bytes

        try:
            yield read_html_bytes(page.data, url, lang=opts.lang, url=page.url, charset=page.charset)
        except InputError as exc:
            report(on_error, exc)
        return
    yield from read_stream(io.BytesIO(page.data), url, on_error=on_error, opts=opts,
                           size=len(page.data))


def _read_whole(head: bytes, rest: BinaryIO, name: str, size: int | None, limit: int) -> bytes:
    if size is not None and size > limit:
        raise InputError(name, f"file is {mb(size)}, over the {mb(limit)} limit for this format "
                               "(read whole): split it or raise the limit")
    data = head + rest.read(limit + 1 - len(head))
    if len(data) > limit:
        raise InputError(name, f"input is over the {mb(limit)} limit for this format "
                               "(read whole): split it or raise the limit")
    return data


def read_stream(raw: BinaryIO, name: str, *, on_error: OnError | None = None,
                opts: Options = Options(), size: int | None = None,  # noqa: B008
                fmt: str | None = None) -> Iterator[Article]:
    """Yield Articles from a binary stream; the format from `fmt`, the name or the content."""
    try:
        head = raw.read(HEAD_BYTES)
    except OSError as exc:
        report(on_error, InputError(name, f"cannot read: {exc}"))
        return
    if not head:
        report(on_error, InputError(name, "empty file"))
        return
    fmt = fmt or _sniff.sniff(name, head)
    try:
        if fmt == _sniff.GZIP:
            yield from _read_gzip(head, raw, name, on_error, opts)
        elif fmt == _sniff.WARC:
            from chronik.readers.warc import read_warc

            yield from read_warc(rejoin(head, raw), name, lang=opts.lang, on_error=on_error)
        elif fmt in (_sniff.TEXT, _sniff.JSONL):
            yield from _read_text_format(fmt, head, raw, name, on_error, opts)
        elif fmt in (_sniff.HTML, _sniff.FEED, _sniff.JSON):
            data = _read_whole(head, raw, name, size, opts.max_bytes)
            yield from _read_document(fmt, data, name, on_error, opts)
        else:
            check_not_binary(head, name)
            report(on_error, InputError(name, "unknown input format: expected dated text records "
                                              "('date YYYY-MM-DD lead'), JSON Lines, HTML, RSS/Atom, "
                                              "WARC or a gzip of one of them"))
    except InputError as exc:
        report(on_error, exc)
    except (OSError, UnicodeDecodeError) as exc:
        report(on_error, InputError(name, f"cannot read: {exc}"))


def _read_text_format(fmt: str, head: bytes, raw: BinaryIO, name: str,
                      on_error: OnError | None, opts: Options) -> Iterator[Article]:
    stream = open_text(head, raw, name)
    if fmt == _sniff.TEXT:
        from chronik.readers.textrecord import read_text_records

        yield from read_text_records(stream, name, lang=opts.lang, on_error=on_error)
    else:
        from chronik.readers.jsonl import read_jsonl

        yield from read_jsonl(stream, name, lang=opts.lang, on_error=on_error)


def _read_document(fmt: str, data: bytes, name: str, on_error: OnError | None,
                   opts: Options) -> Iterator[Article]:
    if fmt == _sniff.HTML:
        from chronik.readers.html import read_html_bytes

        yield read_html_bytes(data, name, lang=opts.lang)
    elif fmt == _sniff.FEED:
        from chronik.readers.feeds import read_feed_bytes

        check_not_binary(data[:HEAD_BYTES], name)
        yield from read_feed_bytes(data, name, lang=opts.lang, on_error=on_error,
                                   fetch_pages=opts.fetch_pages)
    else:
        from chronik.readers.jsonl import read_json_document

        yield from read_json_document(decode_bytes(data, name), name, lang=opts.lang,
                                      on_error=on_error)


def _peek_gunzip(head: bytes) -> bytes:
    """The start of a gzip's content, inflated from its first bytes only."""
    import zlib

    try:
        return zlib.decompressobj(31).decompress(head, HEAD_BYTES)
    except zlib.error:
        return b""


def _read_gzip(head: bytes, raw: BinaryIO, name: str, on_error: OnError | None,
               opts: Options) -> Iterator[Article]:
    if _sniff.by_content(_peek_gunzip(head)) == _sniff.WARC:
        from chronik.readers.warc import read_warc  # it inflates and checks members itself

        yield from read_warc(rejoin(head, raw), name, lang=opts.lang, on_error=on_error)
        return
    stream, inflater = gunzip(rejoin(head, raw))
    try:
        yield from read_stream(stream, _sniff.inner_name(name), on_error=on_error, opts=opts)
    except InflateError as exc:
        report(on_error, InputError(name, f"corrupt gzip data: {exc}"))
        return
    if inflater.truncated:
        report(on_error, InputError(name, "truncated gzip: the file ends inside compressed data; "
                                          "the records before the cut were read"))
