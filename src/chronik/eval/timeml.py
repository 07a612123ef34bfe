"""TempEval-3 style TimeML: read the DCT and the `<TEXT>`, strip or insert TIMEX3 tags.

The text between tags is never changed: a document is read as raw markup, its TEXT content is
mapped character by character to the plain text chronik tags, and new TIMEX3 tags are inserted
into the raw markup at the mapped offsets. Other tags (EVENT, SIGNAL, ...) stay where they are; a
timex that would cross one of their boundaries is left out rather than breaking the XML.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from chronik.errors import InputError

_DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
_TAG = re.compile(r"<[^>]*>")
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_TIMEX_TAG = re.compile(r"</?TIMEX3\b[^>]*>")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int  # offsets into TimeMLDoc.text (the plain text of <TEXT>)
    end: int
    type: str | None
    value: str | None
    mod: str | None = None
    tid: str | None = None


@dataclass(slots=True)
class TimeMLDoc:
    """A TimeML document: its raw markup, DCT value, plain text and the timexes in it."""

    raw: str
    dct: str
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)
    text_start: int = 0  # raw offset of the TEXT content
    text_end: int = 0
    path: str | None = None


def attrs(tag_body: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(tag_body)}


def _plain(raw: str) -> tuple[str, list[int], list[tuple[int, int, str]]]:
    """(plain text, raw offset of every plain char + end, tags as (plain offset, raw offset, tag))."""
    out: list[str] = []
    where: list[int] = []
    tags: list[tuple[int, int, str]] = []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "<":
            j = raw.find(">", i)
            if j < 0:
                j = n - 1
            tags.append((len(out), i, raw[i:j + 1]))
            i = j + 1
            continue
        if ch == "&":
            m = _ENTITY.match(raw, i)
            if m:
                out.append(html.unescape(m.group(0)))
                where.append(i)
                i = m.end()
                continue
        out.append(ch)
        where.append(i)
        i += 1
    where.append(n)
    return "".join(out), where, tags


def parse_timeml(raw: str, path: str | None = None) -> TimeMLDoc:
    """Read a TimeML document; a missing <DCT> TIMEX3 or <TEXT> is an InputError."""
    m = _DCT.search(raw)
    if not m:
        raise InputError(path, "no <DCT> with a TIMEX3 (TempEval-3 TimeML needs the creation time)")
    dct = attrs(m.group(1)).get("value")
    if not dct:
        raise InputError(path, "the <DCT> TIMEX3 has no value attribute")
    t = _TEXT.search(raw)
    if not t:
        raise InputError(path, "no <TEXT>...</TEXT> element")
    content = t.group(1)
    text, where, tags = _plain(content)
    timexes: list[GoldTimex] = []
    open_stack: list[tuple[int, dict[str, str]]] = []
    for pos, _raw_at, tag in tags:
        if tag.startswith("<TIMEX3"):
            a = attrs(tag)
            if tag.endswith("/>"):
                continue
            open_stack.append((pos, a))
        elif tag.startswith("</TIMEX3") and open_stack:
            start, a = open_stack.pop()
            if pos > start:
                timexes.append(GoldTimex(start, pos, a.get("type"), a.get("value"), a.get("mod"),
                                         a.get("tid")))
    timexes.sort(key=lambda x: (x.start, x.end))
    return TimeMLDoc(raw, dct, text, timexes, t.start(1), t.end(1), path)


def strip_timexes(raw: str) -> str:
    """The document with every TIMEX3 tag inside <TEXT> removed (the DCT stays)."""
    t = _TEXT.search(raw)
    if not t:
        return raw
    return raw[:t.start(1)] + _TIMEX_TAG.sub("", t.group(1)) + raw[t.end(1):]


def _balanced(tags: list[tuple[int, int, str]], lo: int, hi: int) -> bool:
    """Do the tags strictly inside raw range [lo, hi) open and close in order?"""
    depth = 0
    for _pos, at, tag in tags:
        if at < lo or at >= hi:
            continue
        if tag.startswith("</"):
            depth -= 1
            if depth < 0:
                return False
        elif not tag.endswith("/>") and not tag.startswith(("<?", "<!")):
            depth += 1
    return depth == 0


def _attr(v: str) -> str:
    return html.escape(v, quote=True)


def insert_timexes(raw: str, spans: list[tuple[int, int, str, str | None, str | None]]) -> str:
    """Insert TIMEX3 tags (plain start, end, type, value, mod) into the <TEXT> of `raw`.

    `raw` must already be free of TIMEX3 tags in its TEXT (see strip_timexes). Timexes get ids
    t1, t2, ... (t0 is the DCT) in offset order.
    """
    t = _TEXT.search(raw)
    if not t:
        raise InputError(None, "no <TEXT>...</TEXT> element")
    content = t.group(1)
    _text, where, tags = _plain(content)
    inserts: list[tuple[int, int, str]] = []  # (raw offset, order, string)
    used_ids = set(re.findall(r'tid="t(\d+)"', raw))
    n = 0
    for start, end, typ, value, mod in sorted(spans):
        if not 0 <= start < end <= len(where) - 1:
            continue
        lo = where[start]
        hi = where[end - 1] + _raw_len(content, where[end - 1])
        if not _balanced(tags, lo, hi):
            continue
        n += 1
        while str(n) in used_ids:
            n += 1
        attrs_s = f'tid="t{n}" type="{_attr(typ)}"'
        if value is not None:
            attrs_s += f' value="{_attr(value)}"'
        if mod:
            attrs_s += f' mod="{_attr(mod)}"'
        inserts.append((lo, 1, f"<TIMEX3 {attrs_s}>"))
        inserts.append((hi, 0, "</TIMEX3>"))
    out = content
    for at, _order, s in sorted(inserts, key=lambda x: (x[0], x[1]), reverse=True):
        out = out[:at] + s + out[at:]
    return raw[:t.start(1)] + out + raw[t.end(1):]


def _raw_len(content: str, at: int) -> int:
    """Length of the raw representation of the plain character at raw offset `at`."""
    if content[at] == "&":
        m = _ENTITY.match(content, at)
        if m:
            return len(m.group(0))
    return 1


def detect_lang(text: str, default: str = "en") -> str:
    """The language of a TimeML text (fastText detector), `default` when it cannot tell."""
    try:
        from chronik.readers.lang import detect_language

        return detect_language(text) or default
    except Exception:  # detector unavailable: fall back, the caller can force --lang
        return default


def annotate(raw: str, lang: str | None = None, path: str | None = None) -> str:
    """Strip any TIMEX3 tags from a TimeML document and insert chronik's."""
    from chronik.analysis.time import tag_text
    from chronik.text.segment import sentences

    clean = strip_timexes(raw)
    doc = parse_timeml(clean, path)
    code = lang or detect_lang(doc.text)
    starts = [s.start for s in sentences(doc.text, code)]
    res = tag_text(doc.text, code, doc.dct, sentence_starts=starts)
    spans = [(t.span.start, t.span.end, t.type, t.value, t.mod) for t in res.timexes]
    return insert_timexes(clean, spans)
