"""Build Analysis objects by hand for event tests: entities and timexes from surface strings,
so the events stage can be tested without the actors and time stages."""

from __future__ import annotations

import re

from chronik.model import Analysis, Article, Entity, Span, Timex
from chronik.text.segment import sentences


def make(text: str, lang: str = "de", *, entities: dict[str, tuple[str, str | None, list[str]]] | None = None,
         timexes: dict[str, str] | None = None, date: str | None = "2025-06-10") -> Analysis:
    """`entities`: name → (type, country, surfaces); `timexes`: surface → value.
    Every occurrence of a surface (whole word, longest first) becomes a mention."""
    art = Article.create(text, date=date, lang=lang)
    taken: list[tuple[int, int]] = []
    ents: list[Entity] = []
    pairs = [(s, name) for name, (_t, _c, surf) in (entities or {}).items() for s in surf]
    pairs.sort(key=lambda p: -len(p[0]))
    spans: dict[str, list[Span]] = {}
    for surface, name in pairs:
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            spans.setdefault(name, []).append(Span.of(text, m.start(), m.end()))
    for k, (name, (etype, country, _s)) in enumerate((entities or {}).items(), 1):
        if name in spans:
            ents.append(Entity(f"e{k}", name, etype, tuple(sorted(spans[name])), country))
    txs: list[Timex] = []
    for surface, value in (timexes or {}).items():
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            txs.append(Timex("", Span.of(text, m.start(), m.end()), "DATE", value))
    txs.sort(key=lambda t: t.span.start)
    txs = [Timex(f"t{k}", t.span, t.type, t.value) for k, t in enumerate(txs, 1)]
    return Analysis(article=art, sentences=sentences(text, lang), timexes=tuple(txs),
                    entities=tuple(ents))


def triples(an) -> list[tuple[str, list[str], list[str]]]:
    """Each event of an analysis as (type, actor names, recipient names): what most event
    tests compare."""
    return [(v.type, [an.entity(a).name for a in v.actors],
             [an.entity(r).name for r in v.recipients]) for v in an.events]
