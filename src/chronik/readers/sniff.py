"""Which reader a file needs: by its extension when that says something, else by its first
bytes (`date ` header, `{` JSON, `<html`, `<?xml` + `<rss`/`<feed`, `WARC/1.`, gzip magic)."""

from __future__ import annotations

import codecs
import re

from chronik.readers.encoding import bom_encoding
from chronik.readers.streams import GZIP_MAGIC

TEXT, JSONL, JSON, HTML, FEED, WARC, GZIP = "text", "jsonl", "json", "html", "feed", "warc", "gzip"
STREAMED = frozenset({TEXT, JSONL, WARC, GZIP})  # never loaded whole

EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".jsonl": JSONL, ".ndjson": JSONL, ".jsonlines": JSONL,
    ".json": JSON, ".html": HTML, ".htm": HTML, ".xhtml": HTML, ".rss": FEED, ".atom": FEED,
    ".warc": WARC, ".arc": WARC,
}
_FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:rdf)[\s>]")
_HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html|head|body|article|meta|title)[\s>]")
_TEXT_HEADER = re.compile(r"\s*date[ \t]+\S")


def by_extension(name: str) -> str | None:
    """The format a file name promises (`.warc.gz` → warc, `.jsonl.gz` → gzip), else None."""
    low = name.lower()
    if low.endswith((".warc.gz", ".arc.gz")):
        return WARC
    if low.endswith((".gz", ".gzip")):
        return GZIP
    dot = low.rfind(".")
    return EXTENSIONS.get(low[dot:]) if dot >= 0 else None


def inner_name(name: str) -> str:
    """`x.jsonl.gz` → `x.jsonl`: the name whose extension describes the gzip's content."""
    low = name.lower()
    for suffix in (".gzip", ".gz"):
        if low.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _head_text(head: bytes) -> str:
    enc = bom_encoding(head) or "utf-8"
    return codecs.getincrementaldecoder(enc)(errors="replace").decode(head[:8192]).lstrip("\ufeff")


def by_content(head: bytes) -> str | None:
    """The format the first bytes show, else None."""
    if head.startswith(GZIP_MAGIC):
        return GZIP
    text = _head_text(head).lstrip()
    if text.startswith("WARC/1.") or text.startswith("WARC/0."):
        return WARC
    if _TEXT_HEADER.match(text):
        return TEXT
    if text.startswith("{"):
        return JSONL
    if text.startswith("["):
        return JSON
    low = text[:4096].lower()
    if low.startswith("<"):
        if _FEED_ROOT.search(low):
            return FEED
        if _HTML_ROOT.search(low):
            return HTML
    return None


def sniff(name: str, head: bytes) -> str | None:
    """Extension first, content when the extension says nothing (or claims a feed in `.xml`)."""
    fmt = by_extension(name)
    if fmt == GZIP and not head.startswith(GZIP_MAGIC):
        fmt = None  # a misnamed plain file: trust the bytes
    if fmt == TEXT:  # ".txt" says little: JSON Lines, HTML or a WARC saved as .txt are common
        return by_content(head) or TEXT
    return fmt or by_content(head)
