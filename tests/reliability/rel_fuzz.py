"""What the fuzz tests share: nasty text, input documents of every format built around it,
and the invariants every reader and `analyze` must keep.

Invariants: nothing but an `InputError` (handed to `on_error`) comes out of a reader; every
article analyses without an exception into a record that validates (JSON Schema, offsets
`text[start:end] == span.text`, TIMEX3 values, ids) and that encodes as UTF-8 JSON (what the
store and every output need); and nothing takes longer than a generous bound (a hang
detector, not a speed assertion).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import strategies as st

from chronik.errors import InputError
from chronik.model import Article

# -- nasty characters -----------------------------------------------------------------------
RTL = "\u05d0\u05d1\u05d2\u05e9\u0627\u0644\u0639\u0631\u0628\u064a\u0629\u200f\u200e\u202b\u202e\u202c\u2067\u2069"
COMBINING = "\u0300\u0301\u0308\u0327\u0336\u034f\u0489\u20dd\u1ab0\ufe20"
EMOJI = "\U0001f600\U0001f1e9\U0001f1ea\U0001f44d\U0001f3fd\u200d\U0001f469\u2764\ufe0f\U0001f9d1\u200d\U0001f680"
CONTROL = "\x00\x01\x07\x08\x0b\x0c\x1b\x1f\x7f\x85\r\t\n\u2028\u2029"
SPACES = "\xa0\u202f\u2009\u200b\u2060\ufeff\u3000\u00ad\u2011"  # NBSP, thin, zero-width, soft hyphen
QUOTES = "\"'\u201e\u201c\u201d\u201a\u2018\u2019\u00bb\u00ab\u203a\u2039\u300c\u300d\u2033\u2032`\u00b4"
DIGITS = "0123456789\u0660\u0661\u0662\u06f3\u0966\uff11\uff12\u00b2\u2153\u2460"
PUNCT = ".,;:!?-\u2013\u2014()[]{}/\\|%&*#@\u2026\u00a7"
NASTY = RTL + COMBINING + EMOJI + CONTROL + SPACES + QUOTES + DIGITS + PUNCT

# words that make the stages fire: names, roles, months, cue verbs, dates, numbers
WORDS = (
    "Am", "am", "Mai", "März", "Juni", "Dezember", "May", "June", "March", "December", "Montag",
    "Monday", "gestern", "yesterday", "heute", "nächste", "Woche", "next", "week", "2024",
    "2025", "1999", "3.", "12.", "1.", "Jahr", "year", "seit", "since", "bis", "until",
    "Putin", "Wladimir", "Kim", "Jong", "Un", "Scholz", "Olaf", "Macron", "Biden", "Lawrow",
    "Russland", "Russia", "Nordkorea", "North", "Korea", "Berlin", "Moskau", "Pjöngjang",
    "UN", "EU", "NATO", "Präsident", "President", "Außenminister", "minister", "Sprecher",
    "traf", "met", "sagte", "said", "erklärte", "warned", "warnte", "unterzeichnete", "signed",
    "verhängte", "sanctions", "Sanktionen", "angegriffen", "attacked", "nicht", "not", "soll",
    "könnte", "would", "could", "laut", "according", "to", "zufolge", "und", "and", "der", "the",
    "die", "ein", "a", "in", "mit", "with", ":", ",", ".", "„", "“", "\"", "«", "»", "(", ")",
    "\n", "\n\n", " ", "  ", "-", "–",
)

nasty_chars = st.text(alphabet=st.sampled_from(NASTY), max_size=6)
any_chars = st.text(max_size=8)  # every code point hypothesis draws (no lone surrogates)
fragments = st.one_of(st.sampled_from(WORDS), st.sampled_from(WORDS), nasty_chars, any_chars)


@st.composite
def nasty_text(draw, max_parts: int = 120) -> str:
    """Words that make the stages fire, mixed with RTL, combining marks, emoji, controls,
    odd spaces, every kind of quotation mark and digit, and arbitrary code points."""
    parts = draw(st.lists(fragments, max_size=max_parts))
    sep = draw(st.sampled_from([" ", "", "\n", "\xa0", " \u200b"]))
    return sep.join(parts)


dates = st.one_of(
    st.none(), st.sampled_from(["2024", "2024-05", "2024-05-01", "1900-01-01", "2099-12-31"]),
    st.dates().map(lambda d: d.isoformat()),
)
langs = st.sampled_from([None, "de", "en", "fr", "xx"])


# -- documents of every format --------------------------------------------------------------
def _x(s: str) -> str:
    """Text fit to sit inside XML/HTML (lone controls are invalid there; the rest is not)."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\x00", ""))


@st.composite
def text_records(draw) -> bytes:
    """`date ...` records: good, bad and odd headers, nasty leads and bodies."""
    out = []
    for _ in range(draw(st.integers(1, 3))):
        header = draw(st.one_of(dates.map(lambda d: d or "2024"),
                                st.sampled_from(["2025-13", "gestern", "0000-00-00", "2024-02-30",
                                                 "1" * 200, "-1", "2024-5-1", "２０２４"]),
                                st.text(min_size=1, max_size=12).filter(lambda s: not any(c.isspace() for c in s))))
        lead = draw(nasty_text(max_parts=12))
        body = draw(nasty_text())
        out.append(f"date {header} {lead}\n\n{body}\n")
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"]))
    return sep.join(out).encode(enc, "replace")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


@st.composite
def json_records(draw) -> bytes:
    """JSON Lines: plausible records with fields of any type, plus broken lines."""
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.integers(0, 9))
        if kind <= 5:
            rec = {"text": draw(st.one_of(nasty_text(), json_values))}
            for key in ("date", "title", "id", "lang", "source", "url", "published", "body", "extra"):
                if draw(st.booleans()):
                    rec[key] = draw(st.one_of(dates, nasty_text(max_parts=5), json_values))
            lines.append(json.dumps(rec, ensure_ascii=draw(st.booleans()), allow_nan=True))
        elif kind <= 7:
            lines.append(json.dumps(draw(json_values), allow_nan=True))
        else:
            lines.append(draw(st.sampled_from(['{"text": "abc', '{"text": "\\ud800x"}', "{", "[]",
                                               '{"text": "\\udc00\\ud83d"}', "\x00", "null",
                                               '{"text": 1e999}', "[" * 3000 + "]" * 3000])))
    return "\n".join(lines).encode("utf-8", "surrogatepass")


TAGS = ("p", "div", "span", "article", "h1", "h2", "b", "i", "a", "table", "tr", "td", "li",
        "script", "style", "noscript", "br", "time", "header", "footer", "nav", "blockquote")


@st.composite
def html_docs(draw) -> bytes:
    """HTML with random nesting, scripts, comments, entities, meta dates and nasty text."""
    parts = []
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(st.sampled_from(TAGS))
        kind = draw(st.integers(0, 5))
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(["<!--", "-->", "&amp;", "&#0;", "&#xD800;", "&nbsp;",
                                               "&#x1F600;", "<![CDATA[", "]]>", "<", ">", "&"])))
        else:
            parts.append(f"<{tag}>{_x(draw(nasty_text(max_parts=30)))}</{tag}>")
    title = _x(draw(nasty_text(max_parts=6)))
    date = draw(st.one_of(dates, st.text(max_size=12)))
    head = (f'<meta property="article:published_time" content="{_x(date or "")}">'
            f'<meta charset="{draw(st.sampled_from(["utf-8", "latin-1", "bogus", "utf-16"]))}">')
    doc = f"<!doctype html><html><head><title>{title}</title>{head}</head><body>{''.join(parts)}</body></html>"
    return doc.encode(draw(st.sampled_from(["utf-8", "latin-1", "cp1252"])), "replace")


@st.composite
def feed_docs(draw) -> bytes:
    """RSS 2.0 or Atom with nasty titles, dates and descriptions (escaped HTML inside)."""
    items = []
    atom = draw(st.booleans())
    for _ in range(draw(st.integers(0, 4))):
        title = _x(draw(nasty_text(max_parts=6)))
        desc = _x(draw(nasty_text()))
        date = _x(draw(st.one_of(st.sampled_from(["Mon, 06 May 2024 10:00:00 +0200",
                                                   "2024-05-06T10:00:00Z", "gestern", ""]),
                                  st.text(max_size=20))))
        link = _x(draw(st.sampled_from(["https://example.org/a", "javascript:alert(1)", "", "/rel"])))
        if atom:
            items.append(f"<entry><title>{title}</title><link href=\"{link}\"/><updated>{date}</updated>"
                         f"<content type=\"html\">{desc}</content></entry>")
        else:
            items.append(f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
                         f"<description>{desc}</description></item>")
    if atom:
        doc = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>{"".join(items)}</feed>'
    else:
        doc = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{"".join(items)}</channel></rss>'
    return doc.encode("utf-8", "replace")


def warc_record(uri: str, block: bytes, kind: str = "response",
                length: int | None = None) -> bytes:
    head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2025-06-05T10:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash((uri, kind, len(block)))):032x}>\r\n"
            f"WARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(block) if length is None else length}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def http_response(body: bytes, ctype: str = "text/html; charset=utf-8",
                  status: str = "200 OK") -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


@st.composite
def warc_docs(draw) -> bytes:
    """WARC archives of HTML responses, then cut, corrupted, mis-sized or gzipped."""
    recs = []
    for i in range(draw(st.integers(1, 3))):
        body = draw(html_docs())
        block = http_response(body, draw(st.sampled_from(["text/html; charset=utf-8", "text/html",
                                                          "application/octet-stream", "text/html; charset=bogus"])),
                              draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved"])))
        length = draw(st.one_of(st.none(), st.integers(0, len(block) + 50)))
        recs.append(warc_record(f"https://example.org/{i}", block, length=length))
    gz = draw(st.booleans())
    data = b"".join(gzip.compress(r) for r in recs) if gz else b"".join(recs)
    mode = draw(st.integers(0, 3))
    if mode == 1 and data:  # truncated
        data = data[: draw(st.integers(0, len(data)))]
    elif mode == 2 and data:  # a corrupted byte
        i = draw(st.integers(0, len(data) - 1))
        data = data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1:]
    return data


# -- running and checking -------------------------------------------------------------------
class Collector:
    """`on_error` that keeps every InputError (and checks it is one)."""

    def __init__(self) -> None:
        self.errors: list[InputError] = []

    def __call__(self, err: InputError) -> None:
        assert isinstance(err, InputError), f"on_error got {type(err).__name__}: {err!r}"
        assert str(err), "an InputError without a message"
        self.errors.append(err)


def read_all(path: Path, **kw) -> tuple[list[Article], list[InputError]]:
    """Every article of one file and every error it reported; anything raised fails."""
    from chronik.readers import read_paths

    got = Collector()
    articles = list(read_paths([str(path)], on_error=got, **kw))
    for a in articles:
        assert isinstance(a, Article)
        assert isinstance(a.text, str) and a.text.strip(), f"{path}: an article without text"
        assert a.id, f"{path}: an article without id"
    return articles, got.errors


def check_analysis(article: Article) -> dict:
    """Analyse; the record must validate and encode as UTF-8 JSON. Returns the record."""
    from chronik.pipeline import analyze
    from chronik.schema.validate import record_errors

    rec = analyze(article).to_record()
    errs = record_errors(rec)
    assert not errs, f"invalid record for {article.text[:80]!r}: {errs[:5]}"
    json.dumps(rec, ensure_ascii=False).encode("utf-8")  # lone surrogates would fail here
    return rec
