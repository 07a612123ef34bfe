"""Dated text records, the seed's format, read line by line (bounded memory).

    date 2025-06 Lead or title on the same line
    <blank line>
    Body ...

Optional leading whitespace before `date`; the date keeps its precision (a month stays a
month). Several records may follow each other in one file, each header after a blank line.
A bad header (`date 2025-13`, `date gestern`) is reported with its line and the reader skips
to the next record. The article text is the lead, a blank line, then the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TextIO

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers.common import MAX_RECORD_CHARS, OnError, report
from chronik.readers.dates import DateError, parse_partial_date
from chronik.readers.lang import choose_lang

HEADER = re.compile(r"[ \t\ufeff]*date[ \t]+(\S+)(?:[ \t]+(.*))?")
MAX_LINE_CHARS = 1024 * 1024  # longer lines are read in pieces, never whole
_SKIP = object()  # marks a rejected record whose lines are skipped


def _lines(stream: TextIO) -> Iterator[tuple[int, str, bool]]:
    """(line number, text without newline, complete?) with lines cut at MAX_LINE_CHARS."""
    lineno, pending = 0, False
    while True:
        piece = stream.readline(MAX_LINE_CHARS)
        if not piece:
            return
        if not pending:
            lineno += 1
        ends = piece.endswith("\n")
        pending = not ends
        yield lineno, piece[:-1] if ends else piece, not pending


class _Record:
    __slots__ = ("line", "date", "title", "body", "size")

    def __init__(self, line: int, date: str, title: str) -> None:
        self.line, self.date, self.title = line, date, title
        self.body: list[str] = []
        self.size = len(title)


def read_text_records(stream: TextIO, path: str, *, lang: str | None = None,
                      on_error: OnError | None = None,
                      source: str | None = None) -> Iterator[Article]:
    """Yield one Article per `date ...` record in `stream`."""

    def finish(rec: _Record) -> Article | None:
        body = "\n".join(rec.body).strip("\n")
        title = rec.title.strip()
        text = f"{title}\n\n{body}" if title and body else (title or body)
        if not text.strip():
            report(on_error, InputError(path, "record has a date header but no text", rec.line))
            return None
        return Article.create(text, date=rec.date, title=title or None,
                              lang=choose_lang(lang, None, text), source=source,
                              origin=f"{path}:{rec.line}")

    current: _Record | object | None = None
    prev_blank, seen_text, partial = True, False, False
    for lineno, line, complete in _lines(stream):
        continued, partial = partial, not complete
        m = HEADER.fullmatch(line) if prev_blank and not continued and complete else None
        if m is None and prev_blank and not continued and not complete and line.lstrip().startswith("date"):
            m = HEADER.match(line)  # a header line longer than MAX_LINE_CHARS (absurd date)
        if m:
            seen_text = True
            if isinstance(current, _Record) and (art := finish(current)):
                yield art
            try:
                current = _Record(lineno, parse_partial_date(m.group(1)), m.group(2) or "")
            except DateError as exc:
                report(on_error, InputError(path, f"{exc} in the 'date' header", lineno))
                current = _SKIP
        elif isinstance(current, _Record):
            current.size += len(line) + 1
            if current.size > MAX_RECORD_CHARS:
                report(on_error, InputError(
                    path, f"record longer than {MAX_RECORD_CHARS:,} characters: skipped", current.line))
                current = _SKIP
            elif continued and current.body:
                current.body[-1] += line
            else:
                current.body.append(line)
        elif current is None and line.strip():
            seen_text = True
            report(on_error, InputError(
                path, "expected a header line 'date YYYY[-MM[-DD]] lead' before the text", lineno))
            current = _SKIP
        if complete:
            prev_blank = not line.strip()
        elif not continued:
            prev_blank = False
    if isinstance(current, _Record) and (art := finish(current)):
        yield art
    if not seen_text:
        report(on_error, InputError(path, "empty file: only whitespace, no record"))
