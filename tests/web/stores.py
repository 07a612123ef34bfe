"""Small stores for the web tests, built through the store's own API (our own sentences).

`hand_made()` returns analyses with entities, time expressions, events (with triggers),
quotes and sources, so the pages have something to show even before the events stage
finds events in real text; `hostile()` is an article full of markup that must never run.
"""

from __future__ import annotations

import re
from pathlib import Path

from chronik.model import (
    Analysis,
    Article,
    Entity,
    Event,
    EventDate,
    Quote,
    Span,
    Timex,
)

KB = {
    "Vladimir Putin": ("Q7747", "PER", "RUS"), "Kim Jong Un": ("Q56226", "PER", "PRK"),
    "Sergei Shoigu": ("Q315", "PER", "RUS"), "Sergei Lavrov": ("Q80518", "PER", "RUS"),
    "Russia": ("Q159", "GPE", "RUS"), "North Korea": ("Q423", "GPE", "PRK"),
    "European Union": ("Q458", "ORG", None), "Pyongyang": ("Q18808", "GPE", "PRK"),
}


# a sentence ends at . ! ? after a non-digit, before a space and a capital or a quote
_SENTENCE = re.compile(r"\S.*?(?:(?<=\D[.!?])(?=\s+[A-ZÄÖÜ„\"])|$)", re.S | re.M)


def _span(text: str, surface: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Span.of(text, start, start + len(surface))


def build(text: str, *, id: str, date: str, lang: str, source: str, title: str,
          url: str | None, names: dict[str, str], timexes: list[tuple[str, str]] = (),
          events: list[dict] = (), quotes: list[tuple[str, str, str]] = (),
          roles: dict[str, str] | None = None) -> Analysis:
    """names: surface -> canonical; timexes: (surface, value); events: dicts with type,
    trigger, actors, recipients, sources, date, timex, modality, sentence; quotes:
    (quoted text, speaker canonical, cue)."""
    art = Article(id=id, text=text, date=date, lang=lang, source=source, title=title, url=url)
    sents = [Span.of(text, m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    ents, ids = [], {}
    by_canon: dict[str, list[Span]] = {}
    for surface, canon in names.items():
        n = text.count(surface)
        by_canon.setdefault(canon, []).extend(_span(text, surface, i) for i in range(n))
    for i, (canon, spans) in enumerate(by_canon.items(), 1):
        kb, typ, country = KB.get(canon, (None, "PER", None))
        ids[canon] = f"e{i}"
        ents.append(Entity(f"e{i}", canon, typ, tuple(sorted(spans)), country=country, kb=kb,
                           role=(roles or {}).get(canon)))
    tx = [Timex(f"t{i}", _span(text, s), "DATE", v, "dct") for i, (s, v) in enumerate(timexes, 1)]
    tid = {t.span.text: t.id for t in tx}
    evs = []
    for j, ev in enumerate(events, 1):
        trig = _span(text, ev["trigger"])
        sent = next(s for s in sents if s.start <= trig.start < s.end)
        evs.append(Event(
            id=f"v{j}", type=ev["type"], evidence=sent, trigger=trig,
            actors=tuple(ids[n] for n in ev.get("actors", ())),
            recipients=tuple(ids[n] for n in ev.get("recipients", ())),
            sources=tuple(ids[n] for n in ev.get("sources", ())),
            date=EventDate(ev.get("date"), tid.get(ev.get("timex", ""))),
            modality=ev.get("modality", "asserted"), confidence=ev.get("confidence", 0.8)))
    qs = [Quote(_span(text, q), "direct", ids.get(sp), sp, cue) for q, sp, cue in quotes]
    return Analysis(article=art, sentences=tuple(sents), timexes=tuple(tx),
                    entities=tuple(ents), events=tuple(evs), quotes=tuple(qs))


def hand_made() -> list[Analysis]:
    a1 = build(
        "Wladimir Putin empfing Kim Jong Un am 13. September 2023 in Wostotschny. "
        "Die beiden sprachen stundenlang über Raumfahrt und Waffen.\n\n"
        "„Wir werden helfen“, sagte Putin nach dem Gespräch.",
        id="web-a1", date="2023-09-14", lang="de", source="Testblatt", title="Putin empfängt Kim",
        url="https://example.org/testblatt/putin-kim",
        names={"Wladimir Putin": "Vladimir Putin", "Putin": "Vladimir Putin", "Kim Jong Un": "Kim Jong Un"},
        timexes=[("13. September 2023", "2023-09-13")],
        events=[{"type": "CONSULT", "trigger": "empfing", "actors": ["Vladimir Putin"],
                 "recipients": ["Kim Jong Un"], "date": "2023-09-13", "timex": "13. September 2023"}],
        quotes=[("Wir werden helfen", "Vladimir Putin", "sagte")],
        roles={"Vladimir Putin": "President of Russia"})
    a2 = build(
        "Russian President Vladimir Putin met Kim Jong Un on 13 September 2023, state media said. "
        "The talks at the cosmodrome lasted for hours.",
        id="web-a2", date="2023-09-13", lang="en", source="Sample Wire", title="Putin meets Kim",
        url="https://example.org/sample-wire/putin-kim",
        names={"Vladimir Putin": "Vladimir Putin", "Kim Jong Un": "Kim Jong Un"},
        roles={"Vladimir Putin": "President of Russia", "Kim Jong Un": "Supreme Leader of North Korea"},
        timexes=[("13 September 2023", "2023-09-13")],
        events=[{"type": "CONSULT", "trigger": "met", "actors": ["Vladimir Putin"],
                 "recipients": ["Kim Jong Un"], "date": "2023-09-13", "timex": "13 September 2023"}])
    a3 = build(
        "Im Juni 2024 unterzeichneten Russland und Nordkorea einen Beistandsvertrag. "
        "Die Europäische Union verhängte im Dezember 2024 neue Sanktionen gegen Nordkorea.",
        id="web-a3", date="2024-12-20", lang="de", source="Testblatt", title="Vertrag und Sanktionen",
        url="javascript:alert(1)",
        names={"Russland": "Russia", "Nordkorea": "North Korea", "Europäische Union": "European Union"},
        timexes=[("Juni 2024", "2024-06"), ("Dezember 2024", "2024-12")],
        events=[{"type": "AGREE", "trigger": "unterzeichneten", "actors": ["Russia", "North Korea"],
                 "date": "2024-06", "timex": "Juni 2024"},
                {"type": "SANCTION", "trigger": "verhängte", "actors": ["European Union"],
                 "recipients": ["North Korea"], "date": "2024-12", "timex": "Dezember 2024"}])
    a4 = build(
        "Sergei Lavrov arrived in Pyongyang on 18 October 2023, the news agency KCNA reported.",
        id="web-a4", date="2023-10-19", lang="en", source="Sample Wire", title="Lavrov in Pyongyang",
        url=None,
        names={"Sergei Lavrov": "Sergei Lavrov", "Pyongyang": "Pyongyang", "KCNA": "KCNA"},
        timexes=[("18 October 2023", "2023-10-18")],
        events=[{"type": "CONSULT", "trigger": "arrived", "actors": ["Sergei Lavrov"],
                 "sources": ["KCNA"],
                 "date": "2023-10-18", "timex": "18 October 2023", "modality": "reported"}])
    return [a1, a2, a3, a4]


HOSTILE_TEXT = (
    "Angriff <script>window.__pwned = 1; document.title = 'PWNED'</script> auf die Seite. "
    "Ein Bild <img src=x onerror=\"window.__pwned = 2\"> und ein Link "
    "<a href=\"javascript:window.__pwned=3\">klick</a> trafen sich am 1. Mai 2024 mit Kim Jong Un."
    "\n\n\"><svg onload=window.__pwned=4> und '><iframe src=javascript:alert(1)></iframe> Ende."
)


def hostile() -> Analysis:
    """An article whose text, title and URL are full of markup and script."""
    a = build(
        HOSTILE_TEXT, id="web-evil", date="2024-05-02", lang="de",
        source="<b onmouseover=window.__pwned=5>Evil</b>",
        title="<script>window.__pwned=6</script>Evil title",
        url="javascript:window.__pwned=7",
        names={"Kim Jong Un": "Kim Jong Un", "<script>": "<img src=x onerror=window.__pwned=8>"},
        timexes=[("1. Mai 2024", "2024-05-01")],
        events=[{"type": "CONSULT", "trigger": "trafen", "actors": ["Kim Jong Un"],
                 "date": "2024-05-01", "timex": "1. Mai 2024"}],
        quotes=[("<svg onload=window.__pwned=4>", "Kim Jong Un", "sagte")])
    return a


def write(store, analyses: list[Analysis]) -> None:
    from chronik.store.write import Writer

    summary = Writer(store).write_many([(a, True) for a in analyses])
    assert not summary.failed, summary.failed


def small_store(path: Path):
    """A store with the hand-made analyses and the hostile article."""
    from chronik.store import open_store

    store = open_store(path)
    write(store, [*hand_made(), hostile()])
    return store


def demo_store(path: Path):
    """The demo store as `chronik demo` builds it (the real pipeline over the bundled corpus),
    plus the hand-made analyses and the hostile article."""
    from chronik.cli.demo import build_demo

    store, _report = build_demo(path, on_error=lambda e: None)
    write(store, [*hand_made(), hostile()])
    return store
