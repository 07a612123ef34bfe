"""JSON Lines: one article object per line, streamed (bounded memory).

Known fields: id, url, date, title, text, lang, source (plus `body`/`content` as aliases of
text, `published` of date). Every other field is kept in `Article.meta`. A malformed line, a
record without text or with a bad date is reported with its line number; the rest are read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any, TextIO

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers.common import MAX_RECORD_CHARS, OnError, report
from chronik.readers.dates import DateError, parse_date
from chronik.readers.lang import choose_lang

KNOWN = ("id", "url", "date", "title", "text", "lang", "source")
ALIASES = {"body": "text", "content": "text", "published": "date", "language": "lang"}
_decode = json.JSONDecoder().decode
# JSON may escape a lone UTF-16 surrogate ("\ud800"): Python keeps it, but it cannot be encoded
# (language detection, the store and every output would fail), so it becomes U+FFFD
TOO_DEEP = "JSON nested too deeply (an article record is a flat object)"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrub(value: Any) -> Any:
    """`value` with lone surrogates in every string replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    if isinstance(value, dict):
        return {_scrub(k): _scrub(v) for k, v in value.items()}
    return value


def _skip_rest_of_line(stream: TextIO) -> None:
    while True:
        piece = stream.readline(MAX_RECORD_CHARS)
        if not piece or piece.endswith("\n"):
            return


def _str_field(rec: dict[str, Any], name: str) -> str | None:
    value = rec.get(name)
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and name in ("id", "date"):
        return str(value)
    if not isinstance(value, str):
        raise ValueError(f"field {name!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def record_to_article(rec: Any, origin: str, lang: str | None = None) -> Article:
    """One decoded JSON object as an Article; ValueError says what is wrong with it."""
    if not isinstance(rec, dict):
        raise ValueError(f"expected a JSON object per line, got {type(rec).__name__}")
    rec = _scrub(rec)
    for alias, name in ALIASES.items():
        if alias in rec and rec.get(name) in (None, ""):
            rec[name] = rec.pop(alias)
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("record has no 'text' (a non-empty string is required)")
    fields = {name: _str_field(rec, name) for name in KNOWN if name != "text"}
    date = parse_date(fields["date"]) if fields["date"] else None
    meta = {k: v for k, v in rec.items() if k not in KNOWN}
    return Article.create(text, date=date, title=fields["title"], id=fields["id"],
                          lang=choose_lang(lang, fields["lang"], text), source=fields["source"],
                          url=fields["url"], origin=origin, meta=meta)


def read_jsonl(stream: TextIO, path: str, *, lang: str | None = None,
               on_error: OnError | None = None) -> Iterator[Article]:
    """Yield one Article per good line of `stream`; report each bad line and go on."""
    lineno, seen = 0, False
    while True:
        line = stream.readline(MAX_RECORD_CHARS)
        if not line:
            break
        lineno += 1
        if not line.endswith("\n") and len(line) >= MAX_RECORD_CHARS:
            _skip_rest_of_line(stream)
            report(on_error, InputError(
                path, f"line longer than {MAX_RECORD_CHARS:,} characters: skipped", lineno))
            continue
        if not line.strip():
            continue
        seen = True
        try:
            rec = _decode(line.lstrip("\ufeff"))
        except json.JSONDecodeError as exc:
            report(on_error, InputError(path, f"malformed JSON: {exc.msg} (column {exc.pos + 1})", lineno))
            continue
        except RecursionError:
            report(on_error, InputError(path, TOO_DEEP, lineno))
            continue
        except ValueError:  # a number over Python's digit limit for int()
            report(on_error, InputError(path, "malformed JSON: a number with too many digits", lineno))
            continue
        try:
            yield record_to_article(rec, f"{path}:{lineno}", lang)
        except RecursionError:
            report(on_error, InputError(path, TOO_DEEP, lineno))
        except DateError as exc:
            report(on_error, InputError(path, str(exc), lineno))
        except ValueError as exc:
            report(on_error, InputError(path, str(exc), lineno))
    if not seen:
        report(on_error, InputError(path, "empty file: no JSON record"))


def read_json_document(text: str, path: str, *, lang: str | None = None,
                       on_error: OnError | None = None) -> Iterator[Article]:
    """A whole `.json` file: one article object or an array of them. Several objects on
    separate lines ("Extra data") are JSON Lines after all and are read as such."""
    import io

    try:
        doc = _decode(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":
            yield from read_jsonl(io.StringIO(text), path, lang=lang, on_error=on_error)
            return
        report(on_error, InputError(path, f"malformed JSON: {exc.msg}", exc.lineno))
        return
    except RecursionError:
        report(on_error, InputError(path, TOO_DEEP))
        return
    except ValueError:  # a number over Python's digit limit for int()
        report(on_error, InputError(path, "malformed JSON: a number with too many digits"))
        return
    records = doc if isinstance(doc, list) else [doc]
    for i, rec in enumerate(records, 1):
        origin = f"{path}#{i}" if isinstance(doc, list) else path
        try:
            yield record_to_article(rec, origin, lang)
        except RecursionError:
            report(on_error, InputError(origin, TOO_DEEP))
        except ValueError as exc:
            report(on_error, InputError(origin, str(exc)))
