"""HTML pages: trafilatura finds the main text, title, date and site name.

Extraction falls back explicitly: trafilatura's default (precision-leaning) pass first, then a
recall-favouring pass when the first finds nothing; a page that still yields no text is an
InputError. The HTML is decoded before extraction (declared charset, else detection), so the
Article text never depends on trafilatura's guess.
"""

from __future__ import annotations

import re
from typing import Any

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers.dates import DateError, parse_date
from chronik.readers.encoding import decode_bytes
from chronik.readers.lang import choose_lang

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.I)
_BLANK_LINES = re.compile(r"\n{3,}")


def declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def _extract(html: str, url: str | None) -> Any:
    import trafilatura

    for recall in (False, True):
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=recall,
                                          include_comments=False, include_tables=True)
        if doc is not None and (doc.text or "").strip():
            return doc
    return None


def html_to_article(html: str, path: str, *, url: str | None = None, date: str | None = None,
                    lang: str | None = None, source: str | None = None,
                    origin: str | None = None) -> Article:
    """One page as an Article; `url`/`date` given by the caller (WARC, feed) win over the page's."""
    try:
        doc = _extract(html, url)
    except (ValueError, TypeError, LookupError, RecursionError) as exc:  # lxml/trafilatura on odd markup
        raise InputError(path, f"HTML could not be parsed: {exc}") from exc
    if doc is None:
        raise InputError(path, "HTML without text: no main text found in the page")
    text = _BLANK_LINES.sub("\n\n", doc.text.strip())
    if date is None and doc.date:
        try:
            date = parse_date(doc.date)
        except DateError:
            date = None
    m = _HTML_LANG.search(html, 0, 4096)
    meta = {k: v for k, v in (("author", doc.author), ("description", doc.description),
                              ("hostname", doc.hostname)) if v}
    return Article.create(text, date=date, title=(doc.title or "").strip() or None,
                          lang=choose_lang(lang, m.group(1) if m else None, text),
                          source=source or doc.sitename or doc.hostname, url=url or doc.url,
                          origin=origin or path, meta=meta)


def read_html_bytes(data: bytes, path: str, *, lang: str | None = None, url: str | None = None,
                    date: str | None = None, charset: str | None = None,
                    origin: str | None = None) -> Article:
    """Decode and extract one HTML document (already size-checked by the caller)."""
    html = decode_bytes(data, path, charset or declared_charset(data))
    if not html.strip():
        raise InputError(path, "empty file")
    return html_to_article(html, path, url=url, date=date, lang=lang, origin=origin)
