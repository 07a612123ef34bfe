"""Building Analysis objects by hand for the quotes tests (no other stage needed)."""

from __future__ import annotations

import re

from chronik.analysis.quotes import find_quotes
from chronik.model import Analysis, Article, Entity, Span
from chronik.text.segment import sentences


def entity(text: str, eid: str, name: str, etype: str, *surfaces: str,
           country: str | None = None) -> Entity:
    """An entity with a mention at every occurrence of each surface form in `text`."""
    mentions = []
    for surface in surfaces:
        pos = text.find(surface)
        while pos >= 0:
            mentions.append(Span.of(text, pos, pos + len(surface)))
            pos = text.find(surface, pos + 1)
    return Entity(eid, name, etype, tuple(sorted(mentions)), country)


def run(text: str, lang: str = "de", entities: tuple[Entity, ...] = ()) -> Analysis:
    art = Article.create(text, lang=lang)
    return find_quotes(Analysis(art, sentences=sentences(text, lang), entities=entities))


def quote_by_cue(result: Analysis, cue: str):
    found = [q for q in result.quotes if q.cue == cue]
    if not found:  # a reported statement names no cue: its verb is inside it ("X forderte Y.")
        found = [q for q in result.quotes if q.type == "reported" and q.cue is None
                 and re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", q.span.text)]
    assert found, f"no quote with cue {cue!r} in {[(q.cue, q.span.text) for q in result.quotes]}"
    return found[0]
