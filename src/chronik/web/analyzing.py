"""Turning what a user pastes, uploads or (when allowed) names by URL into an Article, and
analyzing it without storing it — shared by the analyze page and POST /api/analyze."""

from __future__ import annotations

import io

from chronik.errors import InputError
from chronik.model import Analysis, Article
from chronik.pipeline import analyze
from chronik.readers.dates import DateError, parse_partial_date
from chronik.readers.lang import choose_lang, normalize_lang

MAX_TEXT_CHARS = 200_000


def clean_date(raw: str | None) -> str | None:
    if raw is None or not raw.strip():
        return None
    try:
        return parse_partial_date(raw.strip())
    except DateError as exc:
        raise InputError(None, str(exc)) from None


def article_from_text(text: str, *, date: str | None = None, lang: str | None = None,
                      title: str | None = None, source: str | None = None,
                      url: str | None = None) -> Article:
    """An Article from pasted text; the language is detected when not given."""
    text = (text or "").replace("\r\n", "\n").strip("\n")
    if not text.strip():
        raise InputError(None, "the text is empty: paste an article or upload a file")
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(None, f"the text is longer than {MAX_TEXT_CHARS} characters")
    lang_code = normalize_lang(lang) if lang else None
    if lang and lang_code is None:
        raise InputError(None, f"{lang!r} is not a language code (use de, en, ...)")
    return Article.create(text, date=clean_date(date), title=(title or "").strip() or None,
                          lang=choose_lang(lang_code, None, text), source=source or None,
                          url=url or None, origin="web")


def article_from_bytes(data: bytes, name: str, *, date: str | None = None,
                       lang: str | None = None, title: str | None = None,
                       url: str | None = None) -> Article:
    """The first article of an uploaded or fetched file (text record, HTML, JSON Lines...);
    plain text without a `date` header is taken as the article text itself."""
    from chronik.readers import read_stream
    from chronik.readers.common import MAX_WHOLE_BYTES
    from chronik.readers.encoding import decode_bytes

    if not data.strip():
        raise InputError(name, "the file is empty")
    problems: list[InputError] = []
    for art in read_stream(io.BytesIO(data), name, on_error=problems.append, size=len(data)):
        changes = {}
        if date:
            changes["date"] = clean_date(date)
        if lang:
            changes["lang"] = normalize_lang(lang)
        if title:
            changes["title"] = title
        if url and not art.url:
            changes["url"] = url
        if changes:
            fields = {**art.to_record(), **changes}
            fields.pop("meta", None)
            art = Article.create(fields.pop("text"), id=None, date=fields["date"],
                                 title=fields["title"], lang=fields["lang"],
                                 source=fields["source"], url=fields["url"], origin="web")
        return art
    if len(data) > MAX_WHOLE_BYTES:
        raise InputError(name, "the file is too large")
    try:
        text = decode_bytes(data, name)
    except (InputError, UnicodeDecodeError):
        raise (problems[0] if problems else InputError(name, "cannot read this file")) from None
    return article_from_text(text, date=date, lang=lang, title=title, url=url)


def analyze_article(article: Article) -> Analysis:
    return analyze(article)
