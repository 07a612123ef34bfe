"""Highlighted text built from character offsets — safely.

Article text is untrusted. `render()` cuts the text at every mark boundary and escapes each
piece on its own; the only markup added is tags we write, with class names from a fixed set
and attribute values escaped too. Overlapping marks are fine: each piece is wrapped in the
marks active over it, outermost (sentence-level) first, so the HTML is always well nested.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape

from chronik.model import Analysis

# outermost first: sentence-level layers, then names and dates, then the event trigger
KINDS = ("evidence", "quote", "entity", "timex", "trigger", "match")
ENTITY_TYPES = ("PER", "ORG", "GPE", "LOC", "MISC")
_RANK = {k: i for i, k in enumerate(KINDS)}


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str = ""  # tooltip
    sub: str | None = None  # entity type, event type, quote type ... (a CSS class suffix)
    href: str | None = None  # a site-relative link we built (never text from the article)


def _css(mark: Mark) -> str:
    sub = mark.sub if mark.sub and mark.sub.replace("_", "").isalnum() else None
    return f"hl hl-{mark.kind}" + (f" hl-{mark.kind}-{sub}" if sub else "")


def _link(group: list[Mark]) -> str | None:
    href = next((m.href for m in group if m.href), None)
    return href if href is not None and href.startswith("/") and not href.startswith("//") else None


def _open(group: list[Mark], href: str | None) -> str:
    label = "; ".join(dict.fromkeys(m.label for m in group if m.label))
    title = f' title="{escape(label)}"' if label else ""
    if href is not None:
        return f'<a class="{_css(group[0])}" href="{escape(href)}"{title}>'
    return f'<mark class="{_css(group[0])}"{title}>'


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` as HTML with `marks` (offsets into `text`) as <mark>/<a> elements."""
    n = len(text)
    ms = sorted((m for m in marks if m.kind in _RANK and 0 <= m.start < m.end <= n),
                key=lambda m: (m.start, -m.end, _RANK[m.kind]))
    if not ms:
        return Markup(escape(text))
    cuts = sorted({0, n, *(m.start for m in ms), *(m.end for m in ms)})
    out: list[str] = []
    active: list[Mark] = []
    i = 0
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [m for m in active if m.end > a]
        while i < len(ms) and ms[i].start <= a:
            active.append(ms[i])
            i += 1
        piece = str(escape(text[a:b]))
        if not active:
            out.append(piece)
            continue
        by_kind: dict[str, list[Mark]] = {}
        for m in active:
            by_kind.setdefault(m.kind, []).append(m)
        closing: list[str] = []
        linked = False
        for k in KINDS:
            if k in by_kind:
                href = None if linked else _link(by_kind[k])
                linked = linked or href is not None  # links never nest
                out.append(_open(by_kind[k], href))
                closing.append("</a>" if href is not None else "</mark>")
        out.append(piece)
        out.extend(reversed(closing))
    return Markup("".join(out))


def analysis_marks(a: Analysis, *, entity_ids: dict[str, int] | None = None,
                   timeline_ids: dict[str, int] | None = None) -> list[Mark]:
    """Marks for everything an analysis found: time expressions, entity mentions, event
    evidence and triggers, quotes. Entities and events link to their pages when ids are known."""
    entity_ids = entity_ids or {}
    timeline_ids = timeline_ids or {}
    names = {e.id: e.name for e in a.entities}
    marks: list[Mark] = []
    for t in a.timexes:
        label = f"{t.type} {t.value or '?'}" + (f" ({t.anchor})" if t.anchor else "")
        marks.append(Mark(t.span.start, t.span.end, "timex", label, t.type))
    for e in a.entities:
        gid = entity_ids.get(e.id)
        label = f"{e.name} · {e.type}" + (f" · {e.role}" if e.role else "")
        for m in e.mentions:
            marks.append(Mark(m.start, m.end, "entity", label, e.type,
                              f"/entities/{int(gid)}" if gid is not None else None))
    for v in a.events:
        who = ", ".join(names.get(x, x) for x in v.actors)
        whom = ", ".join(names.get(x, x) for x in v.recipients)
        label = f"{v.type} ({v.modality})" + (f": {who}" if who else "") + \
            (f" → {whom}" if whom else "") + (f" · {v.date.value}" if v.date.value else "")
        tid = timeline_ids.get(v.id)
        href = f"/events/{int(tid)}" if tid is not None else None
        marks.append(Mark(v.evidence.start, v.evidence.end, "evidence", label, v.modality))
        if v.trigger is not None:
            marks.append(Mark(v.trigger.start, v.trigger.end, "trigger", label, v.type, href))
    for q in a.quotes:
        label = f"{q.type} quote" + (f" · {q.speaker_text}" if q.speaker_text else "") + \
            (f" · {q.cue}" if q.cue else "")
        marks.append(Mark(q.span.start, q.span.end, "quote", label, q.type))
    return marks
