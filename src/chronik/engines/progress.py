"""Input progress for long runs: bytes read of the bytes known, so `chronik ingest` can show
articles/s and an ETA on a 10 GB input.

`read_counted(paths, ...)` reads like `chronik.readers.read_paths`, but opens each local file
through a counting wrapper: `counter.done` is how far the readers have got, `counter.total` the
summed size of every local input file (None when an input's size is unknown: stdin, URLs).
The readers are pulled only as fast as the engine takes articles, so the read position is at
most a few chunks ahead of what was analysed.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers import Options, iter_inputs, read_paths, read_stream
from chronik.readers.common import OnError, report


@dataclass
class ByteCounter:
    done: int = 0
    total: int | None = 0

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)

    def eta(self, elapsed: float) -> float | None:
        """Seconds left at the rate so far (None until there is a rate and a total)."""
        frac = self.fraction
        if frac is None or frac <= 0 or elapsed <= 0:
            return None
        return elapsed * (1 - frac) / frac


class _CountingRaw(io.RawIOBase):
    def __init__(self, fh, counter: ByteCounter) -> None:
        self.fh = fh
        self.counter = counter

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        n = self.fh.readinto(buf)
        if n:
            self.counter.done += n
        return n or 0

    def close(self) -> None:
        self.fh.close()
        super().close()


def read_counted(paths: Iterable[str], *, lang: str | None = None,
                 on_error: OnError | None = None) -> tuple[Iterator[Article], ByteCounter]:
    """(articles, counter): `read_paths` with a byte count of local files."""
    paths = list(paths)
    files = list(iter_inputs(paths, on_error=lambda _e: None))  # reported when read
    counter = ByteCounter()
    for f in files:
        try:
            if f == "-" or not os.path.isfile(f):
                counter.total = None
                break
            counter.total = (counter.total or 0) + os.path.getsize(f)
        except OSError:
            counter.total = None
            break
    if counter.total is None:
        return read_paths(paths, lang=lang, on_error=on_error), counter

    def gen() -> Iterator[Article]:
        opts = Options(lang=lang)
        for p in iter_inputs(paths, on_error):
            try:
                fh = open(p, "rb")  # noqa: SIM115 - closed below, generator-safe
            except OSError as exc:
                report(on_error, InputError(p, f"cannot open: {exc.strerror or exc}"))
                continue
            size = os.fstat(fh.fileno()).st_size
            with io.BufferedReader(_CountingRaw(fh, counter), buffer_size=1 << 16) as raw:
                yield from read_stream(raw, p, on_error=on_error, opts=opts, size=size)

    return gen(), counter
