"""Byte streams the readers build on: a sniffed head put back in front of the rest, a
streaming multi-member gunzip that notices truncation, and the forward-only stream FastWARC
accepts for pipes."""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b"
CHUNK = 256 * 1024


class InflateError(Exception):
    """The gzip stream is corrupt (not merely truncated)."""


class _ChunkStream(io.RawIOBase):
    """A readable raw stream over an iterator of byte chunks; counts bytes in `pos`."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = memoryview(b"")
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[override]
        while not self._buf.nbytes:
            nxt = next(self._chunks, None)
            if nxt is None:
                return 0
            self._buf = memoryview(nxt)
        n = min(len(buf), self._buf.nbytes)
        buf[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        self.pos += n
        return n


class ForwardStream(_ChunkStream):
    """FastWARC asks a Python stream for tell() and a no-op seek; pipes and the inflater
    cannot answer those, this can (forward only)."""

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0) -> int:
        if (whence == io.SEEK_CUR and offset == 0) or (whence == io.SEEK_SET and offset == self.pos):
            return self.pos
        raise io.UnsupportedOperation("forward-only stream")


def _prepend(head: bytes, rest: BinaryIO | None) -> Iterator[bytes]:
    if head:
        yield head
    if rest is not None:
        while data := rest.read(CHUNK):
            yield data


def rejoin(head: bytes, rest: BinaryIO | None) -> io.BufferedReader:
    """A binary stream equal to `head` followed by what is left in `rest`."""
    return io.BufferedReader(_ChunkStream(_prepend(head, rest)), buffer_size=CHUNK)


def chunks(raw: BinaryIO) -> Iterator[bytes]:
    while data := raw.read(CHUNK):
        yield data


class Inflater:
    """Inflates concatenated gzip members (WARC.gz has one per record) chunk by chunk;
    `truncated` is set when the input ends inside a member."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.truncated = False

    def __iter__(self) -> Iterator[bytes]:
        d, in_member = zlib.decompressobj(31), False
        while True:
            data = self.raw.read(CHUNK)
            if not data:
                self.truncated = in_member
                return
            while data:
                if not in_member:
                    d, in_member = zlib.decompressobj(31), True
                try:
                    out = d.decompress(data)
                except zlib.error as exc:
                    raise InflateError(str(exc)) from None
                if out:
                    yield out
                if d.eof:
                    in_member, data = False, d.unused_data
                    if data and not GZIP_MAGIC.startswith(data[:2]):
                        raise InflateError("data after a gzip member is not gzip")
                else:
                    data = b""


def gunzip(raw: BinaryIO) -> tuple[io.BufferedReader, Inflater]:
    """A decompressed binary stream over gzip `raw`, and the inflater (check `.truncated`)."""
    inf = Inflater(raw)
    return io.BufferedReader(_ChunkStream(iter(inf)), buffer_size=CHUNK), inf
