"""Dated text records, the seed's format.

    date 2025-06 Lead or title on the same line
    <blank line>
    Body ...

Optional leading whitespace; the date keeps its precision (a month stays a month). Several
records may follow each other in one file, each starting with its own `date` header line
after a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TextIO

from chronik.errors import InputError
from chronik.model import Article

HEADER = re.compile(r"^\s*date\s+(\S+)[ \t]*(.*)$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MAX_HEADER_CHARS = 10_000


def parse_date(raw: str) -> str:
    """Check a YYYY, YYYY-MM or YYYY-MM-DD date and return it unchanged; else ValueError."""
    import datetime as _dt

    m = DATE.match(raw)
    if not m:
        raise ValueError(f"bad date {raw[:40]!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.groups()
    if mo is not None and not 1 <= int(mo) <= 12:
        raise ValueError(f"bad date {raw!r}: month {mo} out of range")
    if d is not None:
        try:
            _dt.date(int(y), int(mo), int(d))
        except ValueError as exc:
            raise ValueError(f"bad date {raw!r}: {exc}") from None
    return raw


def read_text_records(stream: TextIO, path: str, *, lang: str | None = None,
                      on_error: Callable[[InputError], None] | None = None,
                      source: str | None = None) -> Iterator[Article]:
    """Yield one Article per `date ...` record in `stream`, streaming line by line."""
    from chronik.readers.lang import detect_language

    def finish(header_line: int, date: str, title: str, body: list[str]) -> Article | None:
        text_body = "\n".join(body).strip("\n")
        title = title.strip()
        text = title + ("\n\n" + text_body if text_body else "") if title else text_body
        if not text.strip():
            err = InputError(path, "record has a date header but no text", line=header_line)
            if on_error is None:
                raise err
            on_error(err)
            return None
        return Article.create(text, date=date, title=title or None,
                              lang=lang or detect_language(text), source=source,
                              origin=f"{path}:{header_line}")

    current: tuple[int, str, str] | None = None
    body: list[str] = []
    prev_blank = True
    seen_any = False
    for lineno, line in enumerate(stream, 1):
        line = line.rstrip("\r\n")
        if line.startswith("\ufeff"):
            line = line[1:]
        m = HEADER.match(line) if prev_blank and len(line) < MAX_HEADER_CHARS * 10 else None
        if m and (current is None or prev_blank):
            if current is not None:
                art = finish(current[0], current[1], current[2], body)
                if art:
                    yield art
            current, body = None, []
            seen_any = True
            try:
                date = parse_date(m.group(1)[:MAX_HEADER_CHARS])
            except ValueError as exc:
                err = InputError(path, str(exc), line=lineno)
                if on_error is None:
                    raise err from None
                on_error(err)
                current = (lineno, "", "\x00skip")
            else:
                current = (lineno, date, m.group(2))
        elif current is not None:
            body.append(line)
        elif line.strip():
            seen_any = True
            err = InputError(path, "expected a header line 'date YYYY[-MM[-DD]] title'", line=lineno)
            if on_error is None:
                raise err
            on_error(err)
            # skip until the next header
            current = (lineno, "", "\x00skip")
        prev_blank = not line.strip()
        if current is not None and current[2] == "\x00skip" and not line.strip():
            current = None
    if current is not None and current[2] != "\x00skip":
        art = finish(current[0], current[1], current[2], body)
        if art:
            yield art
    elif not seen_any:
        err = InputError(path, "empty file: no article found")
        if on_error is None:
            raise err
        on_error(err)
