"""Bytes to text for readers: empty and binary files refused, invalid UTF-8 detected.

A file is judged on its first `HEAD_BYTES`: a BOM names the encoding; NUL bytes or many control
characters mean a binary file; valid UTF-8 is UTF-8; anything else goes to charset-normalizer.
A stray invalid byte later in a UTF-8 file is read as cp1252 (the usual culprit in mixed
files) instead of failing the whole stream, so the articles around it are kept.
"""

from __future__ import annotations

import codecs
import io
import re
from typing import BinaryIO, TextIO

from chronik.errors import InputError
from chronik.readers.streams import rejoin

HEAD_BYTES = 64 * 1024
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_FALLBACK_ERRORS = "chronik-cp1252"


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start:err.end]
    return bad.decode("cp1252", errors="replace"), err.end


codecs.register_error(_FALLBACK_ERRORS, _cp1252_fallback)


def bom_encoding(head: bytes) -> str | None:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return None


def check_not_binary(head: bytes, path: str) -> None:
    """Raise InputError("binary file") for NUL bytes or >10% control characters."""
    if bom_encoding(head) in ("utf-16", "utf-32"):
        return
    if b"\x00" in head:
        raise InputError(path, "binary file (contains NUL bytes): not a text, HTML, feed, "
                               "JSON Lines or WARC input")
    sample = head[:8192]
    if sample and len(_CONTROL.findall(sample)) > len(sample) // 10:
        raise InputError(path, "binary file (mostly control characters): not a readable input")


def _valid_utf8(head: bytes, complete: bool) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=complete)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(head: bytes, path: str, complete: bool = False) -> str:
    """The encoding of a file starting with `head` (`complete`: head is the whole file)."""
    bom = bom_encoding(head)
    if bom:
        return bom
    if _valid_utf8(head, complete):
        return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head[:HEAD_BYTES]).best()
    if best is None:
        raise InputError(path, "not valid UTF-8 and no other text encoding fits: "
                               "convert the file to UTF-8")
    return best.encoding


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode a whole document (HTML, feed page). Valid UTF-8 wins over a declared charset
    (pages that declare Latin-1 but are UTF-8 are common; the reverse cannot validate), then
    the declared charset, then detection."""
    check_not_binary(data[:HEAD_BYTES], path)
    bom = bom_encoding(data)
    if bom:
        return data.decode(bom, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, ValueError):  # unknown or unusable name ("utf\x00-8"), or bytes
            pass                           # that do not fit it (UnicodeDecodeError)
    enc = detect_encoding(data, path, complete=True)
    return data.decode(enc, errors="replace")


def open_text(head: bytes, rest: BinaryIO | None, path: str) -> TextIO:
    """A streaming text view of `head` + `rest`; newlines normalized to "\\n"."""
    check_not_binary(head, path)
    enc = detect_encoding(head, path, complete=rest is None)
    errors = _FALLBACK_ERRORS if enc in ("utf-8", "utf-8-sig") else "replace"
    return io.TextIOWrapper(rejoin(head, rest), encoding=enc, errors=errors, newline=None)
