"""Knowledge-base records: entities with aliases and dated roles (frozen, picklable).

Dates are ISO strings of any precision (YYYY, YYYY-MM, YYYY-MM-DD). A role's `end` is the
day its holder left office: on that day the successor holds it, so `end` is exclusive.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

KBType = Literal["PER", "ORG", "GPE", "LOC"]
KB_TYPES: tuple[str, ...] = ("PER", "ORG", "GPE", "LOC")
AliasKind = Literal["name", "short", "adjective", "demonym", "metonym"]


def period(date: str) -> tuple[str, str]:
    """The half-open day range [first, after) covered by a date of any precision."""
    parts = date.split("-")
    try:
        if len(parts) == 1:
            y = int(parts[0])
            return f"{y:04d}-01-01", f"{y + 1:04d}-01-01"
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
            return f"{y:04d}-{m:02d}-01", f"{ny:04d}-{nm:02d}-01"
        day = _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, IndexError) as exc:
        raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {date!r}") from exc
    if day == _dt.date.max:  # no day after it in datetime: the same form as the branches above
        return day.isoformat(), "10000-01-01"
    return day.isoformat(), (day + _dt.timedelta(days=1)).isoformat()


@dataclass(frozen=True, slots=True)
class Role:
    """An office held from `start` (inclusive) to `end` (exclusive; None = still held)."""

    key: str
    title: str
    title_de: str | None = None
    country: str | None = None  # ISO alpha-3 of the state the office belongs to
    org: str | None = None  # entity id of the organization (leader of NATO, of Hamas, ...)
    start: str | None = None
    end: str | None = None

    def bounds(self) -> tuple[str, str]:
        lo = period(self.start)[0] if self.start else "0000-01-01"
        if self.end is None:
            hi = "9999-12-31"
        elif len(self.end) == 10:
            hi = self.end
        else:
            hi = period(self.end)[1]
        return lo, hi

    def valid_at(self, date: str | None) -> bool:
        """True if the role overlaps the period `date` names (None: held now)."""
        lo, hi = self.bounds()
        if date is None:
            return self.end is None
        q_lo, q_hi = period(date)
        return lo < q_hi and hi > q_lo

    def to_record(self) -> dict:
        rec = {"key": self.key, "title": self.title, "title_de": self.title_de,
               "country": self.country, "org": self.org, "start": self.start, "end": self.end}
        return {k: v for k, v in rec.items() if v is not None or k in ("start", "end")}


@dataclass(frozen=True, slots=True, eq=False)
class KBEntity:
    """One entity; equality and hash go by `id`. Alias maps are language -> names."""

    id: str
    name: str
    type: str
    country: str | None = None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    short: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    adjectives: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    capital: str | None = None
    metonyms: tuple[str, ...] = ()
    metonym_of: str | None = None
    description: str | None = None
    gender: str | None = None  # people: "f" or "m" (feminine role nouns name only women)
    # a city's namesake region ("New York" the city → New York State): the reading after
    # "upstate", "northern", "governor" (analysis/actors/link.py `_region_reading`)
    region: str | None = None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KBEntity) and other.id == self.id

    def __hash__(self) -> int:
        return hash(self.id)

    def names(self, lang: str | None = None) -> tuple[str, ...]:
        """Aliases in one language (None: all languages), canonical name first, no repeats."""
        seen: dict[str, None] = {self.name: None}
        langs = [lang] if lang else list(self.aliases)
        for lg in langs:
            for a in self.aliases.get(lg, ()):
                seen.setdefault(a, None)
        return tuple(seen)

    def to_record(self) -> dict:
        rec: dict = {"id": self.id, "name": self.name, "type": self.type, "country": self.country,
                     "aliases": {k: list(v) for k, v in self.aliases.items()}}
        if self.roles:
            rec["roles"] = [r.to_record() for r in self.roles]
        if self.short:
            rec["short"] = list(self.short)
        if self.adjectives:
            rec["adjectives"] = {k: list(v) for k, v in self.adjectives.items()}
        if self.demonyms:
            rec["demonyms"] = {k: list(v) for k, v in self.demonyms.items()}
        for key in ("capital", "metonym_of", "description", "gender", "region"):
            if getattr(self, key) is not None:
                rec[key] = getattr(self, key)
        if self.metonyms:
            rec["metonyms"] = list(self.metonyms)
        return rec
