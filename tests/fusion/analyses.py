"""Hand-made analyses for store, fusion and timeline tests (our own sentences)."""

from __future__ import annotations

from chronik.model import Analysis, Article, Entity, Event, EventDate, Span

KB = {  # name -> (kb id, type, country)
    "Vladimir Putin": ("Q7747", "PER", "RUS"),
    "Kim Jong Un": ("Q56226", "PER", "PRK"),
    "Sergei Shoigu": ("Q315", "PER", "RUS"),
    "Russia": ("Q159", "GPE", "RUS"),
    "North Korea": ("Q423", "GPE", "PRK"),
    "Alexander Lukashenko": ("Q5044", "PER", "BLR"),
    "KCNA": ("Q327693", "ORG", "PRK"),
    "Ukraine": ("Q212", "GPE", "UKR"),
}


def make(text: str, *, date: str | None, lang: str = "de", source: str | None = None,
         events: list[dict] = (), names: dict[str, str] | None = None, kb: bool = True,
         title: str | None = None) -> Analysis:
    """An Analysis of `text`: `names` maps surface text in `text` -> canonical name; each event
    dict has type, actors, recipients (canonical names), date, modality, sources, mode."""
    art = Article.create(text, date=date, lang=lang, source=source, title=title)
    names = names or {}
    ents, ids = [], {}
    for i, (surface, canon) in enumerate(names.items(), 1):
        start = text.index(surface)
        kbid, typ, country = KB.get(canon, (None, "PER", None))
        eid = f"e{i}"
        ids[canon] = eid
        ents.append(Entity(eid, canon, typ, (Span.of(text, start, start + len(surface)),),
                           country=country, kb=kbid if kb else None))
    sent = Span.of(text, 0, len(text))
    evs = []
    for j, ev in enumerate(events, 1):
        evs.append(Event(
            id=f"v{j}", type=ev["type"], evidence=sent,
            actors=tuple(ids[n] for n in ev.get("actors", ())),
            recipients=tuple(ids[n] for n in ev.get("recipients", ())),
            sources=tuple(ids[n] for n in ev.get("sources", ())),
            mode=ev.get("mode"), date=EventDate(ev.get("date")),
            modality=ev.get("modality", "asserted"), confidence=ev.get("confidence", 0.7)))
    return Analysis(article=art, sentences=(sent,), entities=tuple(ents), events=tuple(evs))
