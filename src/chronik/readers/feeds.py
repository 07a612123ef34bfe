"""RSS and Atom feeds (feedparser): each entry becomes an Article.

Title, summary or content (HTML cleaned to text), published date (the day as written in the
feed, not shifted to UTC), link as url, feed title as source. The linked pages are fetched
only with `fetch_pages=True`; a page that cannot be fetched or has no text falls back to the
entry's own text (noted in `meta["page_error"]`), so the entry is never lost.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from chronik.errors import InputError
from chronik.model import Article
from chronik.readers.common import OnError, report
from chronik.readers.dates import DateError, parse_date
from chronik.readers.lang import choose_lang

_BLOCK = re.compile(r"(?is)<\s*(?:br|/p|/div|/li|/h[1-6]|/blockquote|/tr|p|li|h[1-6])\b[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_NEWLINES = re.compile(r"\n\s*\n\s*(?:\n\s*)*")


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (feed summaries): blocks become line breaks, entities decoded."""
    if "<" not in fragment and "&" not in fragment:
        return _NEWLINES.sub("\n\n", _SPACES.sub(" ", fragment)).strip()
    import lxml.html

    marked = _BLOCK.sub(lambda m: "\n" + m.group(0), fragment)
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
        for bad in root.xpath("//script|//style"):
            bad.drop_tree()
        text = root.text_content()
    except Exception:  # lxml refuses some fragments; fall back to tag stripping
        import html as _html

        text = _html.unescape(re.sub(r"<[^>]+>", " ", marked))
    lines = (_SPACES.sub(" ", ln).strip() for ln in text.split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _entry_date(entry: Any) -> str | None:
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed"),
                                ("created", "created_parsed")):
        raw = entry.get(raw_key)
        if raw:
            try:
                return parse_date(raw)
            except DateError:
                pass
        parsed = entry.get(parsed_key)
        if parsed and 1 <= parsed.tm_year <= 9999:
            # feedparser's own parse of odd forms can yield years like 24: check it the same way
            try:
                return parse_date(f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}")
            except DateError:
                pass
    return None


def _entry_text(entry: Any) -> str:
    # feedparser may hand back None for a broken element's value: treat it as empty
    candidates = [c.get("value") or "" for c in entry.get("content") or ()]
    candidates.append(entry.get("summary") or "")
    best = max(candidates, key=len)
    return html_fragment_text(best) if best else ""


def _fetched_page(link: str, path: str, date: str | None, lang: str | None,
                  source: str | None, origin: str) -> Article:
    from chronik.readers.fetch import fetch_url
    from chronik.readers.html import read_html_bytes

    page = fetch_url(link)
    art = read_html_bytes(page.data, link, lang=lang, url=page.url, date=date,
                          charset=page.charset, origin=origin)
    from dataclasses import replace

    return replace(art, source=source or art.source)


def read_feed_bytes(data: bytes, path: str, *, lang: str | None = None,
                    on_error: OnError | None = None, fetch_pages: bool = False) -> Iterator[Article]:
    """Yield one Article per entry of the RSS/Atom document `data`."""
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        why = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed: {why}" if why else "feed has no entries"
        report(on_error, InputError(path, reason))
        return
    feed = parsed.get("feed") or {}
    source = html_fragment_text(feed.get("title", "")) or None
    feed_lang = feed.get("language")
    for i, entry in enumerate(entries, 1):
        origin = f"{path}#{i}"
        title = html_fragment_text(entry.get("title", "")) or None
        body = _entry_text(entry)
        link = entry.get("link") or None
        date = _entry_date(entry)
        meta = {k: entry[k] for k in ("id", "author") if entry.get(k)}
        if fetch_pages and link:
            try:
                yield _fetched_page(link, path, date, lang, source, origin)
                continue
            except InputError as exc:
                meta["page_error"] = exc.reason
        if body and title and body.startswith(title):
            body = body[len(title):].lstrip()
        text = f"{title}\n\n{body}" if title and body else (title or body or "")
        if not text.strip():
            report(on_error, InputError(origin, "feed entry has no title and no text"))
            continue
        yield Article.create(text, date=date, title=title, url=link, source=source,
                             lang=choose_lang(lang, entry.get("language") or feed_lang, text),
                             origin=origin, meta=meta)
