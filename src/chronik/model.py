"""The data model: one text owns all offsets; every annotation holds a Span into it.

Frozen, slotted dataclasses are cheap, hashable and picklable, so the same objects move
through a test, a process pool and a Spark executor. `Analysis.to_record()` produces the
public `chronik.analysis/1` record (../shared/spec/analysis.md); `from_record()` reads it back.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any, Literal

SCHEMA_ID = "chronik.analysis/1"
# the `key` of a generic group the events stage codes ("generic:police:GEO", "generic:police"
# when the text gives no country): the store, fusion and the events stage all read it
GENERIC_KEY_PREFIX = "generic:"

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Anchor = Literal["dct", "narrative", "absolute"]
EntityType = Literal["PER", "ORG", "GPE", "LOC", "MISC"]
Modality = Literal["asserted", "reported", "future", "hypothetical", "speculative", "negated"]
QuoteType = Literal["direct", "indirect", "reported"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES: tuple[str, ...] = (
    "asserted", "reported", "future", "hypothetical", "speculative", "negated",
)


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A character range of `Article.text`; `text == source[start:end]` always holds."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The one constructor stages use: the text is always cut from the source."""
        return cls(start, end, source[start:end])

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Span:
        return cls(int(rec["start"]), int(rec["end"]), rec["text"])

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def content_id(text: str, date: str | None = None, title: str | None = None) -> str:
    """A stable article id from its content: re-reading the same input gives the same id."""
    h = hashlib.sha256()
    for part in (date or "", title or "", text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """A dated article as read from any input; `text` never changes after construction."""

    id: str
    text: str
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD: the precision given
    title: str | None = None
    lang: str | None = None
    source: str | None = None
    url: str | None = None
    date_refined: str | None = None  # set by the time stage when the text pins the day
    origin: str | None = None  # file[:line] the article came from (diagnostics only)
    meta: tuple[tuple[str, Any], ...] = ()  # unknown input fields, kept

    @classmethod
    def create(cls, text: str, *, date: str | None = None, title: str | None = None,
               id: str | None = None, **kw: Any) -> Article:
        meta = kw.pop("meta", None) or {}
        return cls(id=id or content_id(text, date, title), text=text, date=date,
                   title=title, meta=tuple(sorted(meta.items())), **kw)

    @property
    def metadata(self) -> dict[str, Any]:
        return dict(self.meta)

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id, "title": self.title, "date": self.date,
            "date_refined": self.date_refined, "lang": self.lang,
            "source": self.source, "url": self.url, "text": self.text,
        }
        if self.meta:
            rec["meta"] = dict(self.meta)
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Article:
        return cls(id=rec["id"], text=rec["text"], date=rec.get("date"),
                   title=rec.get("title"), lang=rec.get("lang"), source=rec.get("source"),
                   url=rec.get("url"), date_refined=rec.get("date_refined"),
                   meta=tuple(sorted((rec.get("meta") or {}).items())))


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 expression with its normalized value and what it was resolved against."""

    id: str
    span: Span
    type: TimexType
    value: str | None
    anchor: Anchor = "absolute"
    mod: str | None = None  # TIMEX3 mod: START, MID, END, BEFORE, AFTER, APPROX, ...
    rule: str | None = None  # name of the resource rule that found it (explainability)

    def to_record(self) -> dict[str, Any]:
        rec = {"id": self.id, "text": self.span.text, "start": self.span.start,
               "end": self.span.end, "type": self.type, "value": self.value,
               "anchor": self.anchor}
        if self.mod:
            rec["mod"] = self.mod
        if self.rule:
            rec["rule"] = self.rule
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Timex:
        return cls(rec["id"], Span(rec["start"], rec["end"], rec["text"]), rec["type"],
                   rec.get("value"), rec.get("anchor", "absolute"), rec.get("mod"),
                   rec.get("rule"))


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organization, state, place or other named thing, with all its mentions."""

    id: str
    name: str  # canonical, English where known
    type: EntityType
    mentions: tuple[Span, ...]
    country: str | None = None  # ISO 3166 alpha-3
    kb: str | None = None  # Wikidata Q-id or other KB id; None for unknown names
    role: str | None = None  # role valid at the article date
    key: str | None = None  # normalized name key (stable for names without a KB id)

    def to_record(self) -> dict[str, Any]:
        rec = {"id": self.id, "name": self.name, "type": self.type,
               "country": self.country, "kb": self.kb, "role": self.role,
               "mentions": [m.to_record() for m in self.mentions]}
        if self.key:
            rec["key"] = self.key
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Entity:
        return cls(rec["id"], rec["name"], rec["type"],
                   tuple(Span.from_record(m) for m in rec["mentions"]),
                   rec.get("country"), rec.get("kb"), rec.get("role"), rec.get("key"))


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None = None
    timex: str | None = None  # id of the timex it came from, if any

    def to_record(self) -> dict[str, Any]:
        return {"value": self.value, "timex": self.timex}


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event read from one sentence, with the cues that explain its confidence."""

    id: str
    type: str  # one of PLOVER_TYPES
    evidence: Span
    actors: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    mode: str | None = None
    context: tuple[str, ...] = ()
    location: str | None = None
    date: EventDate = field(default_factory=EventDate)
    modality: Modality = "asserted"
    sources: tuple[str, ...] = ()
    confidence: float = 0.5
    trigger: Span | None = None
    cues: tuple[str, ...] = ()  # which rules and cues fired

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "id": self.id, "type": self.type, "mode": self.mode,
            "context": list(self.context), "actors": list(self.actors),
            "recipients": list(self.recipients), "location": self.location,
            "date": self.date.to_record(), "modality": self.modality,
            "sources": list(self.sources), "evidence": self.evidence.to_record(),
            "confidence": round(float(self.confidence), 3),
        }
        if self.trigger is not None:
            rec["trigger"] = self.trigger.to_record()
        if self.cues:
            rec["cues"] = list(self.cues)
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Event:
        d = rec.get("date") or {}
        trig = rec.get("trigger")
        return cls(
            id=rec["id"], type=rec["type"], evidence=Span.from_record(rec["evidence"]),
            actors=tuple(rec.get("actors", ())), recipients=tuple(rec.get("recipients", ())),
            mode=rec.get("mode"), context=tuple(rec.get("context", ())),
            location=rec.get("location"),
            date=EventDate(d.get("value"), d.get("timex")),
            modality=rec.get("modality", "asserted"), sources=tuple(rec.get("sources", ())),
            confidence=float(rec.get("confidence", 0.5)),
            trigger=Span.from_record(trig) if trig else None,
            cues=tuple(rec.get("cues", ())),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation or reported statement with its speaker and cue."""

    span: Span
    type: QuoteType
    speaker: str | None = None  # entity id
    speaker_text: str | None = None
    cue: str | None = None
    speaker_span: Span | None = None
    cue_span: Span | None = None
    addressee: str | None = None

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "text": self.span.text, "start": self.span.start, "end": self.span.end,
            "type": self.type, "speaker": self.speaker, "speaker_text": self.speaker_text,
            "cue": self.cue,
        }
        if self.speaker_span is not None:
            rec["speaker_span"] = self.speaker_span.to_record()
        if self.cue_span is not None:
            rec["cue_span"] = self.cue_span.to_record()
        if self.addressee is not None:
            rec["addressee"] = self.addressee
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Quote:
        ss, cs = rec.get("speaker_span"), rec.get("cue_span")
        return cls(Span(rec["start"], rec["end"], rec["text"]), rec["type"],
                   rec.get("speaker"), rec.get("speaker_text"), rec.get("cue"),
                   Span.from_record(ss) if ss else None,
                   Span.from_record(cs) if cs else None, rec.get("addressee"))


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim the text attributes to a source ("berichtete KCNA", "laut Tass", "Experten
    vermuten"): the events stage marks events inside `span` as reported or speculative."""

    span: Span  # the attributed content (clause, sentence or the sentence "Dies" points back to)
    sources: tuple[str, ...] = ()  # entity ids of the sources, outermost first
    via: tuple[str, ...] = ()  # entity ids the source cites ("unter Berufung auf ...")
    source_text: str | None = None  # the text naming the source when no entity could be linked
    cue: str | None = None
    cue_span: Span | None = None
    modality: Modality = "reported"  # reported | speculative | negated (a denial)

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {"start": self.span.start, "end": self.span.end,
                               "text": self.span.text, "sources": list(self.sources),
                               "via": list(self.via), "source_text": self.source_text,
                               "cue": self.cue, "modality": self.modality}
        if self.cue_span is not None:
            rec["cue_span"] = self.cue_span.to_record()
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Attribution:
        cs = rec.get("cue_span")
        return cls(Span(rec["start"], rec["end"], rec["text"]), tuple(rec.get("sources", ())),
                   tuple(rec.get("via", ())), rec.get("source_text"), rec.get("cue"),
                   Span.from_record(cs) if cs else None, rec.get("modality", "reported"))


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything chronik read from one article. Stages return a new Analysis."""

    article: Article
    sentences: tuple[Span, ...] = ()
    timexes: tuple[Timex, ...] = ()
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    warnings: tuple[str, ...] = ()

    @classmethod
    def empty(cls, article: Article) -> Analysis:
        return cls(article=article)

    def replace(self, **changes: Any) -> Analysis:
        return replace(self, **changes)

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def timex(self, timex_id: str | None) -> Timex | None:
        for t in self.timexes:
            if t.id == timex_id:
                return t
        return None

    def to_record(self) -> dict[str, Any]:
        rec: dict[str, Any] = {
            "schema": SCHEMA_ID,
            "article": self.article.to_record(),
            "sentences": [s.to_record() for s in self.sentences],
            "timexes": [t.to_record() for t in self.timexes],
            "entities": [e.to_record() for e in self.entities],
            "events": [v.to_record() for v in self.events],
            "quotes": [q.to_record() for q in self.quotes],
            "attributions": [a.to_record() for a in self.attributions],
        }
        if self.warnings:
            rec["warnings"] = list(self.warnings)
        return rec

    @classmethod
    def from_record(cls, rec: dict[str, Any]) -> Analysis:
        return cls(
            article=Article.from_record(rec["article"]),
            sentences=tuple(Span.from_record(s) for s in rec.get("sentences", ())),
            timexes=tuple(Timex.from_record(t) for t in rec.get("timexes", ())),
            entities=tuple(Entity.from_record(e) for e in rec.get("entities", ())),
            events=tuple(Event.from_record(v) for v in rec.get("events", ())),
            quotes=tuple(Quote.from_record(q) for q in rec.get("quotes", ())),
            attributions=tuple(Attribution.from_record(a) for a in rec.get("attributions", ())),
            warnings=tuple(rec.get("warnings", ())),
        )
