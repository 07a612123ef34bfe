"""Typed resolution steps: matched slots + reference times → a TIMEX3 value.

Each rule names one step (`date`, `relative`, `duration`, `set`, `fixed`, `range`); the slot
texts are read through the language's name tables, so nothing here knows a word of any language.
A value that cannot exist (31 February, month 13) resolves to None.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from chronik.analysis.time.anchor import (
    Ref,
    add_months,
    iso_week,
    valid_date,
    weekday_near,
    year_for_month,
)
from chronik.analysis.time.patterns import SLOT_TABLE, Grammar, Rule

_NUM = re.compile(r"^\d+(?:[.,]\d+)?$")
_MIXED = re.compile(r"^(\d+)\s+([1-3])/([24])$")
# a numeral with an ordinal suffix ("5th", "21st", "1er", "2º"): the digits are the number
_ORD_DIGITS = re.compile(r"^(\d{1,4})[^\W\d_]{1,3}$")
# a fractional amount in the next smaller unit ("2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M)
_SPLIT = {"Y": ("M", 12), "H": ("MIN", 60), "MIN": ("S", 60), "D": ("H", 24), "W": ("D", 7)}
_SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}
_TIME_UNITS = {"H", "MIN", "S"}


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str | None
    type: str
    anchor: str  # absolute | dct | narrative
    mod: str | None = None
    day: dt.date | None = None  # the day the value names, if it names one (narrative time)


@dataclass(slots=True)
class Context:
    """Reference times for one expression."""

    dct: Ref | None
    narrative: Ref | None
    direction: str  # past | future | near
    clock: Ref | None = None  # the day a clock time without a date falls on (see _clock_day)
    quarter: str | None = None  # the last quarter the text named ("2024-Q3"), for "a year earlier"
    story_year: int | None = None  # a year other than the DCT's named in this or the last sentence
    narrative_coarse: Ref | None = None  # the last date of any precision ("im Jahr 2010")
    clock_time: dt.datetime | None = None  # the last clock time named on a day ("um 10.15 Uhr")
    several_days: bool = False  # the sentence's last dates name several days ("am 3. und 4. Mai")
    after_night: bool = False  # `clock` is the first day of a night ("in der Nacht zum Sonntag")


def read_slots(g: Grammar, slots: dict[str, str]) -> dict[str, Any]:
    """Slot texts → values: digits as numbers, words through the slot's name table."""
    out: dict[str, Any] = {}
    for name, text in slots.items():
        base = name[2:] if name[:2] in ("l_", "r_") else name
        t = text.strip().rstrip(".")
        if base == "year":
            out[name] = _year(t) if any(ch.isdigit() for ch in t) else _spoken_year(g, t)
            continue
        if base in ("decade", "century"):
            out[name] = g.lookup(base, t) or t  # a table may spell decades out ("the nineties")
            continue
        if t and t[0].isdigit() and t[-1].isdigit():
            num = _figure(g, t)
            if num is not None:
                out[name] = num
                continue
        om = _ORD_DIGITS.match(t)
        if om:
            out[name] = int(om.group(1))
            continue
        fm = _MIXED.match(t)
        if fm:  # "2 1/2" years
            out[name] = int(fm.group(1)) + int(fm.group(2)) / int(fm.group(3))
            continue
        table = SLOT_TABLE.get(base)
        val = g.lookup(table, t) if table else None
        if val is None and table:
            val = g.lookup(table + "_abbr", t)
        out[name] = val if val is not None else t
    return out


def _figure(g: Grammar, t: str) -> int | float | None:
    """A figure written the language's way ("20,000" in English is twenty thousand, "2,5" in
    German two and a half); other digit strings with one mark keep the old reading (a decimal)."""
    if g.number_re.match(t):
        if g.thousands:
            t = t.replace(g.thousands, "")
        if g.decimal in t:
            return float(t.replace(g.decimal, "."))
        return int(t)
    if _NUM.match(t):
        return float(t.replace(",", ".")) if ("," in t or "." in t) else int(t)
    return None


def _spoken_year(g: Grammar, text: str) -> int | str:
    """A year in words, read through the number table: "nineteen ninety-four" (19 × 100 + 94),
    "two thousand one" (2 × 1000 + 1)."""
    words = [w for w in re.split(r"[\s-]+", text) if w and w.casefold() != "and"]
    vals = [g.lookup("number", w) or g.lookup("multiplier", w) for w in words]
    if not vals or any(not isinstance(v, int) for v in vals):
        return text
    if 1000 in vals:
        i = vals.index(1000)
        year = (vals[i - 1] if i else 1) * 1000 + sum(vals[i + 1:])
    elif len(vals) >= 2 and 10 <= vals[0] <= 99 and sum(vals[1:]) < 100:
        year = vals[0] * 100 + sum(vals[1:])
    else:
        return text
    return year if 1000 <= year <= 2099 else text


def _year(text: str) -> int | str:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        return "YY" + digits  # century decided against the reference
    return int(digits) if digits else text


def _full_year(y: Any, ref: Ref | None) -> int | None:
    if isinstance(y, int):
        return y
    if isinstance(y, str) and y.startswith("YY"):
        yy = int(y[2:])
        base = ref.year if ref else 2000
        cand = (base // 100) * 100 + yy
        return cand - 100 if cand > base + 10 else cand
    return None


def _fmt_num(n: Any) -> str:
    if isinstance(n, float):
        return f"{n:g}"
    return str(n)


def _time_suffix(s: dict[str, Any], p: dict[str, Any]) -> str | None:
    if p.get("drop_part") and s.get("hour") is None:
        return None
    hour = s.get("hour", p.get("hour"))
    if isinstance(hour, int | float) and not isinstance(hour, bool):
        h = int(hour)
        minute = s.get("minute", 0)
        m = int(minute) if isinstance(minute, int) else 0
        part = s.get("part") or p.get("part")
        if part in ("AF", "EV", "NI", "PM") and h < 12 and part != "NI" or (part == "NI" and 6 <= h < 12):
            h += 12
        elif part == "AM" and h == 12:
            h = 0
        if not (0 <= h <= 24 and 0 <= m <= 59):
            return ""
        return f"T{h:02d}:{m:02d}"
    part = s.get("part") or p.get("part")
    if isinstance(part, str) and part.isupper() and part not in ("AM", "PM"):
        return f"T{part}"
    return None


def _day_prefix(ref: Ref | None) -> str:
    if ref is None:
        return "XXXX-XX-XX"
    if ref.day is not None:
        return ref.value()
    if ref.month is not None:
        return f"{ref.year:04d}-{ref.month:02d}-XX"
    return f"{ref.year:04d}-XX-XX"


def resolve(g: Grammar, rule: Rule, slots: dict[str, Any], ctx: Context) -> Resolved | None:
    kind = rule.params.get("kind", "date") if rule.kind == "range" else rule.kind
    step = _STEPS.get(kind)
    return step(rule, slots, ctx) if step else None


def _mod(s: dict[str, Any], p: dict[str, Any]) -> str | None:
    m = s.get("mod") or p.get("mod")
    return m if isinstance(m, str) and m.isupper() else None


def resolve_date(rule: Rule, s: dict[str, Any], ctx: Context) -> Resolved | None:
    """Calendar dates and times from whatever parts are given (day, month, year, weekday, ...)."""
    p = rule.params
    if isinstance(p.get("clock_offset"), int) and isinstance(s.get("hour"), int):
        # "halb acht" (7:30), "Viertel vor acht" (7:45): minutes from the full hour named
        total = (s["hour"] * 60 + int(p["clock_offset"])) % (24 * 60)
        s = {**s, "hour": total // 60, "minute": total % 60}
    ref = ctx.narrative if rule.anchor == "narrative" and ctx.narrative else (ctx.dct or ctx.narrative)
    mod = _mod(s, p)
    direction = ctx.direction
    rel = s.get("rel")
    if isinstance(rel, int):
        direction = "past" if rel < 0 else ("future" if rel > 0 else "near")
    if isinstance(s.get("weekday"), int) and direction.startswith("same"):
        direction = direction[5:] or "near"
    anchor = "absolute"
    if "decade" in s:
        d = re.sub(r"\D", "", str(s["decade"]))
        if len(d) == 2:
            # "die 20er Jahre": a decade not yet begun at the reference is last century's
            if ref is not None:
                d = ("20" if 2000 + int(d) <= ref.year else "19") + d
            else:
                d = ("20" if int(d) < 30 else "19") + d
        return Resolved(d[:3] if len(d) >= 3 else None, rule.type or "DATE", anchor, mod)
    if "century" in s:
        c = s["century"]
        c = int(re.sub(r"\D", "", str(c)) or 0) if not isinstance(c, int) else c
        return Resolved(f"{c - 1:02d}" if c else None, rule.type or "DATE", anchor, mod)
    year = _full_year(s.get("year"), ref)
    if p.get("iso_week"):
        return _iso_week(rule, s, ref, year, mod)
    month = s.get("month") if isinstance(s.get("month"), int) else p.get("month")
    day = s.get("day") if isinstance(s.get("day"), int) else p.get("day")
    weekday = s.get("weekday") if isinstance(s.get("weekday"), int) else None
    if "month" in s and month is None or "day" in s and day is None:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    yoff = s.get("yrel") if isinstance(s.get("yrel"), int) else p.get("year_offset")
    if year is None and yoff is not None:
        if ref is None:
            return Resolved(None, rule.type or "DATE", "dct", mod)
        year = ref.year + int(yoff)
        anchor = rule.anchor
    season = s.get("season") if isinstance(s.get("season"), str) else None
    quarter = s.get("quarter") if isinstance(s.get("quarter"), int) else p.get("quarter")
    half = s.get("half") if isinstance(s.get("half"), int) else p.get("half")
    if p.get("quarter_context") and ctx.quarter and isinstance(year, int) and quarter is None:
        quarter = int(ctx.quarter[-1])  # "the 1988 period" in a quarterly report: that quarter
    day_date: dt.date | None = None
    if year is None:
        if ref is None:
            pass  # no reference: the year stays unknown (XXXX)
        elif (month is not None and p.get("story_year") and ctx.story_year and rel is None
              and not direction.endswith("future")):
            year = ctx.story_year  # "1991 wurde sie verkauft ... im April ..." (narrative year)
            anchor = "narrative"
        elif month is not None:
            year = _rel_year(ref, month, rel, p.get("rel_gap"))
            if year is None:
                year = ref.year if rel == 0 else year_for_month(ref, month, day, direction)
            anchor = rule.anchor
        elif season is not None or quarter is not None or half is not None:
            m = _SEASON_MONTH.get(season or "", 0) or ((quarter or half or 1) - 1) * 3 + 2
            if rel == 0:
                year = ref.year
            elif season and _rel_year(ref, m, rel, p.get("rel_gap")) is not None:
                year = _rel_year(ref, m, rel, p.get("rel_gap"))
            elif season or rel:
                year = year_for_month(ref, m, None, direction)
            elif (half is not None and quarter is None and direction.endswith("future")
                  and ref.month is not None):
                # "will close in the second half of the year": the half not over yet
                year = ref.year if half * 6 >= ref.month else ref.year + 1
            elif (quarter is not None and p.get("ahead_if_future") and direction.endswith("future")
                  and ref.month is not None and quarter * 3 >= ref.month):
                # "will open in the fourth quarter" (a rule for the noun, not "fourth-quarter
                # results"): this year's, not over yet
                year = ref.year
            else:  # a quarter or half without a year: the current or the last one (a report
                # "expects third-quarter losses" when that quarter is over)
                year = year_for_month(ref, m, None, p.get("direction", "past"))
            anchor = rule.anchor
        elif day is not None and month is None and p.get("ref_month") and ref.month is not None:
            # "on the 21st": a day of the reference's month, or of the month before (after) it
            # when the tense puts the day behind (ahead) and the reference day is past it; with
            # no tense, the nearer one ("on the 2nd" written on the 28th is next month's)
            year, month = ref.year, ref.month
            past, future = direction.endswith("past"), direction.endswith("future")
            if isinstance(rel, int):  # "the 5th of next month": the month is named
                year, month = add_months(year, month, rel)
            elif weekday is not None:  # "on Monday the 16th": the nearest month where they agree
                year, month = _month_for_weekday(ref, day, weekday) or (year, month)
            elif ref.day is not None and day > ref.day and (past or (not future and day - ref.day > 15)):
                year, month = add_months(year, month, -1)
            elif ref.day is not None and day < ref.day and (future or (not past and ref.day - day > 15)):
                year, month = add_months(year, month, 1)
            anchor = rule.anchor
        elif weekday is not None and day is None:
            anchor = rule.anchor
            base = ref.date
            if base is None:
                value = f"{ref.year:04d}-WXX-{weekday}"
                return Resolved(value + (_time_suffix(s, p) or ""), _type(rule, s, p), anchor, mod)
            strict = isinstance(rel, int) and rel != 0
            if p.get("in_week") and isinstance(rel, int):
                # "Donnerstag vergangener Woche": that weekday of the week `rel` weeks away
                monday = base - dt.timedelta(days=base.isoweekday() - 1) + dt.timedelta(weeks=rel)
                day_date = monday + dt.timedelta(days=weekday - 1)
            else:
                day_date = (weekday_near(base, weekday, direction, strict)
                            + dt.timedelta(days=int(p.get("shift_days", 0))))
        elif s.get("hour") is not None or s.get("part") is not None or p.get("part"):
            undated = p.get("undated_prefix")
            if isinstance(undated, str) and (p.get("undated") or ctx.several_days):
                # a clock time on each of several days ("am 3. und 4. Mai, jeweils 20 Uhr"): no day
                suffix = _time_suffix(s, p)
                return Resolved(undated + suffix, _type(rule, s, p), "absolute", mod) if suffix else None
            tref = (ctx.narrative if rule.anchor == "narrative" else ctx.clock) or ctx.dct
            anchor = "narrative" if tref is not ctx.dct else "dct"
            if tref is not None and tref.day is not None:
                day_date = tref.date
                hour = s.get("hour", p.get("hour"))
                if (ctx.after_night and tref is ctx.clock and isinstance(hour, int)
                        and hour < 12 and (s.get("part") or p.get("part")) not in ("PM", "AF", "EV")):
                    # "in der Nacht zum Sonntag ... gegen 3 Uhr": the small hours are the next day's
                    day_date += dt.timedelta(days=1)  # type: ignore[operator]
            else:
                suffix = _time_suffix(s, p)
                if suffix == "":
                    return None
                return Resolved(_day_prefix(tref) + (suffix or ""), _type(rule, s, p), anchor, mod)
        else:
            return None
    if p.get("nth_week") and isinstance(s.get("week"), int) and isinstance(year, int) and month is not None:
        # "the first week of December": the week holding the month's first (n-th, last) days
        last = calendar.monthrange(year, month)[1]
        day = last if s["week"] < 0 else 1 + 7 * (s["week"] - 1)
        if not 1 <= day <= last:
            return None
    if day_date is None:
        if year is None:
            y = "XXXX"
        else:
            y = f"{year:04d}"
        if month is not None and day is not None:
            if year is None:
                value = f"{y}-{month:02d}-{day:02d}"
            else:
                day_date = valid_date(year, month, day)
                if day_date is None:
                    return None
                shift = int(p.get("shift_days", 0))
                day_date += dt.timedelta(days=shift)
        elif month is not None:
            value = f"{y}-{month:02d}"
        elif season is not None:
            value = f"{y}-{season}"
        elif quarter is not None:
            if not 1 <= quarter <= 4:
                return None
            value = f"{y}-Q{quarter}"
        elif half is not None:
            if not 1 <= half <= 2:
                return None
            value = f"{y}-H{half}"
        elif day is not None:
            # a bare day number in a range ("10." of "10. bis 18. Mai") without month
            return None
        else:
            value = y
    if day_date is not None:
        if p.get("week_of"):  # "the week of March 6": the week holding the day (or its weekend)
            return Resolved(iso_week(day_date) + ("-WE" if p.get("weekend") else ""),
                            _type(rule, s, p), anchor, mod)
        value = day_date.isoformat()
    suffix = _time_suffix(s, p)
    if suffix == "":
        return None
    if suffix:
        value += suffix
    return Resolved(value, _type(rule, s, p), anchor, mod, day_date)


def _iso_week(rule: Rule, s: dict[str, Any], ref: Ref | None, year: int | None,
              mod: str | None) -> Resolved | None:
    """A calendar week by its number ("KW 12", "Kalenderwoche 12/2024"): of the year given, else
    of the reference's year, or the one before (after) when the week is more than half a year
    behind (ahead of) the reference's week."""
    week = s.get("week")
    if not isinstance(week, int) or isinstance(week, bool) or not 1 <= week <= 53:
        return None
    anchor = "absolute"
    if year is None:
        if ref is None:
            return Resolved(f"XXXX-W{week:02d}", rule.type or "DATE", anchor, mod)
        year, anchor = ref.year, rule.anchor
        if ref.date is not None:
            now = ref.date.isocalendar()[1]
            year += 1 if now - week > 26 else (-1 if week - now > 26 else 0)
    if week == 53 and dt.date(year, 12, 28).isocalendar()[1] != 53:
        return None  # a year of 52 weeks
    return Resolved(f"{year:04d}-W{week:02d}", rule.type or "DATE", anchor, mod)


def _month_for_weekday(ref: Ref, day: int, weekday: int) -> tuple[int, int] | None:
    """The month (this one, the one before or after the reference's) whose `day` is a
    `weekday`, the nearest to the reference day first."""
    base = ref.date or dt.date(ref.year, ref.month or 1, 1)
    found: list[tuple[int, int, int]] = []
    for k in (0, -1, 1):
        y, m = add_months(ref.year, ref.month or 1, k)
        d = valid_date(y, m, day)
        if d is not None and d.isoweekday() == weekday:
            found.append((abs((d - base).days), y, m))
    return min(found)[1:] if found else None


def _rel_year(ref: Ref, month: int, rel: Any, gap: Any) -> int | None:
    """The year of "last June", "next spring" (`month` a season's middle one): the nearest such
    month at least `gap` months before (after) the reference, else a year further ("last June"
    written in June is a year back; in English also "last February" written in March). None
    when the rule sets no `rel_gap` or the rel is no step back or ahead."""
    if not isinstance(gap, int) or not isinstance(rel, int) or rel == 0 or ref.month is None:
        return None
    if rel < 0:
        return ref.year if ref.month - month >= gap else ref.year - 1
    return ref.year if month - ref.month >= gap else ref.year + 1


def _type(rule: Rule, s: dict[str, Any], p: dict[str, Any]) -> str:
    if rule.type:
        return rule.type
    if p.get("drop_part") and s.get("hour") is None:
        return "DATE"
    if (s.get("hour") is not None or s.get("part") is not None or p.get("part")
            or p.get("hour") is not None):  # "noon Friday" is a clock time too
        return "TIME"
    return "DATE"


def _offset(s: dict[str, Any], p: dict[str, Any]) -> int | None:
    sign = int(p.get("sign", 1))
    if isinstance(s.get("deictic"), int):
        return s["deictic"]
    if "week" in s:  # "in der dritten Woche": the n-th week counting the reference's as the first
        w = s["week"]
        return w - 1 if isinstance(w, int) and not isinstance(w, bool) and w >= 1 else None
    n = s.get("num", p.get("num"))
    if isinstance(s.get("rel"), int):
        n = s["rel"]
    if n is None:
        n = p.get("offset", 0)
    if not isinstance(n, int | float) or isinstance(n, bool):
        return None
    if isinstance(n, float):
        if n != int(n):
            return None
        n = int(n)
    return sign * n


def shift_value(ref: Ref, unit: str, n: int) -> tuple[str | None, dt.date | None]:
    """The value `n` units away from `ref`, at the unit's precision and the ref's knowledge."""
    if unit == "D":
        if ref.day is None:
            if n == 0 and ref.month is not None:
                return f"{ref.year:04d}-{ref.month:02d}-XX", None
            return (_day_prefix(ref) if ref.month is not None else None), None
        d = ref.date + dt.timedelta(days=n)  # type: ignore[operator]
        return d.isoformat(), d
    if unit in ("W", "WE"):
        if ref.day is None:
            return f"{ref.year:04d}-WXX" + ("-WE" if unit == "WE" else ""), None
        w = iso_week(ref.date + dt.timedelta(weeks=n))  # type: ignore[operator]
        return w + ("-WE" if unit == "WE" else ""), None
    if unit == "M":
        if ref.month is None:
            return f"{ref.year:04d}-XX", None
        y, m = add_months(ref.year, ref.month, n)
        return f"{y:04d}-{m:02d}", None
    if unit == "Q":
        if ref.month is None:
            return f"{ref.year:04d}-QX", None
        y, m = add_months(ref.year, ref.month, 3 * n)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}", None
    if unit == "H2":
        if ref.month is None:
            return f"{ref.year:04d}-HX", None
        y, m = add_months(ref.year, ref.month, 6 * n)
        return f"{y:04d}-H{(m - 1) // 6 + 1}", None
    if unit == "Y":
        return f"{ref.year + n:04d}", None
    if unit == "DE":
        return f"{(ref.year // 10 + n):03d}", None
    if unit == "CE":
        return f"{(ref.year // 100 + n):02d}", None
    return None, None


def resolve_relative(rule: Rule, s: dict[str, Any], ctx: Context) -> Resolved | None:
    """Deictic (DCT) and anaphoric (narrative) offsets: gestern, last week, zwei Tage später."""
    p = rule.params
    unit = s.get("unit") if isinstance(s.get("unit"), str) else p.get("unit", "D")
    ref = ctx.narrative if rule.anchor == "narrative" else ctx.dct
    coarse = ctx.narrative_coarse
    if rule.anchor == "narrative" and coarse is not None and (
            unit in ("Y", "DE", "CE") or (unit in ("M", "Q", "H2") and coarse.month is not None)):
        ref = coarse  # "im Folgejahr" after "im Jahr 2010": years count from the last year named
    if ref is None:
        ref = ctx.dct or ctx.narrative
    if isinstance(s.get("deictic"), int) and "unit" not in s:
        unit = p.get("unit", "D")
    n = _offset(s, p)
    typ = _type(rule, s, p)
    mod = _mod(s, p)
    if n is None and ref is not None and unit in _FRACTION_STEP:
        fractional = _fractional(rule, s, p, ref, unit)
        if fractional is not None:
            return Resolved(fractional[0], typ, rule.anchor, mod, fractional[1])
    if n is None or ref is None:
        return Resolved(None, typ, rule.anchor, mod)
    if unit in _TIME_UNITS:
        return _clock_shift(rule, typ, mod, ref, unit, n, ctx, p)
    if unit in ("DE", "CE") and p.get("decades_in_years"):
        # "a decade ago" names a year ten years back, not the decade before this one
        n, unit = n * (10 if unit == "DE" else 100), "Y"
    if (unit == "WE" and p.get("tense_aware") and ref.day is not None and n == 0
            and ctx.direction.endswith("past")
            and int(p.get("past_from_weekday", 1)) <= ref.date.isoweekday() < 6):  # type: ignore[union-attr]
        # "over the weekend" in a past-tense sentence written on a weekday: the last one
        # (KRAUTS counts the weekend just past as the publication week's on Monday and Tuesday)
        n = -1
    if (unit == "WE" and n == 1 and p.get("upcoming_weekend") and ref.day is not None
            and ref.date.isoweekday() < 6):  # type: ignore[union-attr]
        # "am kommenden Wochenende" written on a weekday: the weekend still ahead in this week
        n = 0
    if unit == "Y" and n == 0 and p.get("story_year") and ctx.story_year and not ctx.direction.endswith("future"):
        return Resolved(f"{ctx.story_year:04d}", typ, "narrative", mod)
    if unit == "Y" and p.get("quarter_context") and ctx.quarter:
        # quarterly reports: "a year earlier" is the same quarter of the year before
        return Resolved(f"{int(ctx.quarter[:4]) + n:04d}{ctx.quarter[4:]}", typ, rule.anchor, mod)
    if (unit == "Y" and p.get("story_offset") and ctx.story_year
            and not ctx.direction.endswith("future")):
        # "2019 stieg der Umsatz ... im Vorjahr": a year before the year the story moved to
        return Resolved(f"{ctx.story_year + n:04d}", typ, "narrative", mod)
    if unit == "Q" and p.get("quarter_before") and ctx.quarter:
        # "from the previous quarter" after a quarter was named: the one before that
        y, q = divmod(int(ctx.quarter[:4]) * 4 + int(ctx.quarter[-1]) - 1 + n, 4)
        return Resolved(f"{y:04d}-Q{q + 1}", typ, "narrative", mod)
    if unit == "Q" and p.get("quarter_anaphor") and ctx.quarter:
        # "the quarter" after a quarter was named: that one ("in the fiscal first quarter ...
        # break even for the quarter")
        return Resolved(ctx.quarter, typ, "narrative", mod)
    if unit == "Y" and p.get("own_quarter") and ref.month is not None:
        # "the year-ago quarter" before any quarter is named: the last one ended, a year back
        q = (ref.month - 1) // 3
        return Resolved(f"{(ref.year if q else ref.year - 1) + n:04d}-Q{q or 4}", typ, rule.anchor, mod)
    if _end_behind(p, s, n, unit, mod, ref, ctx):
        n = -1  # "sales rose at the end of the year" written in spring: last year's end
    value, day = shift_value(ref, unit, n)
    if value is None:
        return None
    suffix = _time_suffix(s, p)
    if suffix == "":
        return None
    if suffix:
        value += suffix
    return Resolved(value, typ, rule.anchor, mod, day)


def _end_behind(p: dict[str, Any], s: dict[str, Any], n: int, unit: str, mod: str | None, ref: Ref,
                ctx: Context) -> bool:
    """Is "the end of the year (month)" told in the past the previous one's? Yes when the
    reference (the publication date) is still far from the current one's end (before October
    for a year, before the 21st for a month) and the story named no time of its own ("The hall
    burned on March 5. By the end of the month ..." is March's end)."""
    if not p.get("end_behind") or n != 0 or mod != "END" or (isinstance(s.get("rel"), int) and s["rel"] != 0):
        return False
    if not ctx.direction.endswith("past") or ref is not ctx.dct or ctx.narrative not in (None, ctx.dct):
        return False
    coarse = ctx.narrative_coarse
    if coarse is not None and coarse.year not in (ref.year, ref.year - 1):
        return False  # the story is in another year ("founded in 2019 ... at the end of the year")
    if unit == "Y":
        return ref.month is not None and ref.month <= 9
    if unit == "M":
        return ref.day is not None and ref.day <= 20
    return False


_TIME_DELTA = {"H": "hours", "MIN": "minutes", "S": "seconds"}
# a fractional amount counts in the next smaller unit and names the larger one's period
_FRACTION_STEP = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7)}
_PERIOD_LEN = {"Y": 4, "M": 7}


def _fractional(rule: Rule, s: dict[str, Any], p: dict[str, Any], ref: Ref,
                unit: str) -> tuple[str, dt.date | None] | None:
    """"eineinhalb Monate zuvor", "two and a half years later": the period of the unit named
    that holds the shifted day or month (a value at the unit's own precision)."""
    n = s.get("num", p.get("num"))
    if not isinstance(n, float) or n.is_integer() or isinstance(s.get("rel"), int) or "week" in s:
        return None
    small, k = _FRACTION_STEP[unit]
    value, day = shift_value(ref, small, int(p.get("sign", 1)) * round(n * k))
    if value is None:
        return None
    if unit == "W":
        return (iso_week(day), day) if day is not None else None
    return (value[:_PERIOD_LEN[unit]], None) if len(value) >= _PERIOD_LEN[unit] else None


def _clock_shift(rule: Rule, typ: str, mod: str | None, ref: Ref, unit: str, n: int, ctx: Context,
                 p: dict[str, Any]) -> Resolved | None:
    """Minutes or hours from the narrative ("drei Minuten später"): the clock time when the
    story named one on its day, else the story's day itself (a TIMEX3 value cannot say
    "some time that day" more precisely). Rules without the `clock` param keep no value; a rule
    with `unknown_clock` gives that value instead of the day, for the `unknown_clock_units` if
    listed (KRAUTS: "drei Minuten später" in a match report without a clock time is
    `XXXX-XX-XXTXX:XX`)."""
    if not p.get("clock"):
        return Resolved(None, typ, rule.anchor, mod)
    clock = ctx.clock_time
    if clock is not None and ref.date is not None and clock.date() == ref.date:
        t = clock + dt.timedelta(**{_TIME_DELTA[unit]: n})
        return Resolved(t.strftime("%Y-%m-%dT%H:%M"), "TIME", rule.anchor, mod, t.date())
    unknown, units = p.get("unknown_clock"), p.get("unknown_clock_units")
    if isinstance(unknown, str) and (not units or unit in units):
        return Resolved(unknown, "TIME", rule.anchor, mod)
    if ref.date is None:
        return Resolved(None, typ, rule.anchor, mod)
    return Resolved(ref.value(), "DATE", rule.anchor, mod, ref.date)


def resolve_duration(rule: Rule, s: dict[str, Any], ctx: Context) -> Resolved | None:
    """Amounts of time: P3D, PT2H, PXY (vague), P1.5Y."""
    p = rule.params
    unit = s.get("unit") if isinstance(s.get("unit"), str) else p.get("unit")
    if not isinstance(unit, str) or not unit.isupper():
        return None
    n = s.get("num", p.get("num", "X"))
    if not isinstance(n, int | float) or isinstance(n, bool):
        n = "X"
    if unit == "H2":
        unit, n = "M", (6 * n if n != "X" else "X")
    if unit == "Q":
        unit, n = "M", (3 * n if n != "X" else "X")
    if unit in ("DE", "CE"):
        n = n * (10 if unit == "DE" else 100) if n != "X" else "X"
        unit = "Y"
    code = {"MIN": "M"}.get(unit, unit)
    minutes = s.get("minute")
    if unit == "H" and isinstance(n, int) and isinstance(minutes, int) and 0 < minutes < 60:
        # a running time written like a clock ("nach 2:46 Stunden"): PT2H46M
        return Resolved(_split_value(n, "H", minutes, "MIN"), rule.type or "DURATION", "absolute",
                        _mod(s, p))
    if p.get("split_fraction") and isinstance(n, float) and not n.is_integer() and unit in _SPLIT:
        small, k = _SPLIT[unit]
        whole, rest = int(n), (n - int(n)) * k
        if rest.is_integer():
            return Resolved(_split_value(whole, unit, int(rest), small), rule.type or "DURATION",
                            "absolute", _mod(s, p))
    value = f"PT{_fmt_num(n)}{code}" if unit in _TIME_UNITS else f"P{_fmt_num(n)}{code}"
    return Resolved(value, rule.type or "DURATION", "absolute", _mod(s, p))


def _split_value(whole: int, unit: str, rest: int, small: str) -> str:
    """P2Y6M, PT5H30M, PT1M30S, P1DT12H, P10D: a whole amount and a remainder in a smaller unit."""
    if unit == "W":
        return f"P{whole * 7 + rest}D"
    code = {"MIN": "M"}
    big = f"{whole}{code.get(unit, unit)}" if whole else ""
    sm = f"{rest}{code.get(small, small)}"
    if unit in _TIME_UNITS:
        return f"PT{big}{sm}"
    if small in _TIME_UNITS:
        return f"P{big}T{sm}"
    return f"P{big}{sm}"


def resolve_set(rule: Rule, s: dict[str, Any], ctx: Context) -> Resolved | None:
    """Recurrences: jeden Montag (XXXX-WXX-1), täglich (P1D), every evening (XXXX-XX-XXTEV)."""
    p = rule.params
    if isinstance(s.get("weekday"), int):
        value = f"XXXX-WXX-{s['weekday']}"
        suffix = _time_suffix(s, p)
        return Resolved(value + (suffix or ""), "SET", "absolute", _mod(s, p))
    if isinstance(s.get("month"), int):
        return Resolved(f"XXXX-{s['month']:02d}", "SET", "absolute", _mod(s, p))
    if isinstance(s.get("season"), str) and s["season"].isupper():  # every summer: XXXX-SU
        return Resolved(f"XXXX-{s['season']}", "SET", "absolute", _mod(s, p))
    unit = s.get("unit") if isinstance(s.get("unit"), str) else p.get("unit")
    if isinstance(unit, str) and unit.isupper():
        n = s.get("num", p.get("num", 1))  # a rule may fix it: "every other week" (2)
        n = n if isinstance(n, int) else 1
        code = {"MIN": "M"}.get(unit, unit)
        return Resolved(f"PT{n}{code}" if unit in _TIME_UNITS else f"P{n}{code}", "SET", "absolute", _mod(s, p))
    suffix = _time_suffix(s, p)
    if suffix:
        return Resolved("XXXX-XX-XX" + suffix, "SET", "absolute", _mod(s, p))
    value = p.get("value")
    return Resolved(str(value), "SET", "absolute", _mod(s, p)) if value else None


def resolve_fixed(rule: Rule, s: dict[str, Any], ctx: Context) -> Resolved | None:
    """A value given by the rule or by a table (PRESENT_REF, PAST_REF, FUTURE_REF, ...)."""
    p = rule.params
    value = s.get("ref") if isinstance(s.get("ref"), str) else p.get("value")
    if value is None:
        return None
    return Resolved(str(value), rule.type or "DATE", "absolute", _mod(s, p))


def easter(year: int) -> dt.date:
    """Easter Sunday of the Gregorian calendar (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _holiday_date(p: dict[str, Any], year: int) -> dt.date | None:
    """A movable feast in `year`: Easter plus `easter` days, or the `nth` `weekday` of `month`."""
    if "easter" in p:
        return easter(year) + dt.timedelta(days=int(p["easter"]))
    month, weekday, nth = p.get("month"), p.get("weekday"), p.get("nth")
    if not (isinstance(month, int) and isinstance(weekday, int) and isinstance(nth, int)):
        return None
    if nth > 0:
        first = dt.date(year, month, int(p.get("from_day", 1)))  # "the Tuesday after the 1st Monday"
        return first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-nth - 1))


def resolve_holiday(rule: Rule, s: dict[str, Any], ctx: Context) -> Resolved | None:
    """Movable holidays (Easter, Pfingsten, Thanksgiving): the year given, else the one the
    reference and the tense point to, like a month and day without a year."""
    p = rule.params
    year = s.get("year") if isinstance(s.get("year"), int) else None
    anchor = "absolute"
    if year is None:
        ref = ctx.dct
        if ref is None:
            return Resolved(None, "DATE", "dct", _mod(s, p))
        d0 = _holiday_date(p, ref.year)
        if d0 is None:
            return None
        year = year_for_month(ref, d0.month, d0.day, ctx.direction)
        anchor = "dct"
        d1 = _holiday_date(p, year)
        if d1 is not None and ref.date is not None and ctx.direction.endswith("past") and d1 > ref.date:
            year -= 1  # a feast told in the past is behind the publication day ("at Easter, ...")
    d = _holiday_date(p, year)
    if d is None:
        return None
    if p.get("weekend"):  # "Osterwochenende", "Easter weekend": the weekend of the feast's week
        return Resolved(f"{iso_week(d)}-WE", "DATE", anchor, _mod(s, p))
    return Resolved(d.isoformat(), "DATE", anchor, _mod(s, p), d)


_STEPS = {
    "date": resolve_date, "relative": resolve_relative, "duration": resolve_duration,
    "set": resolve_set, "fixed": resolve_fixed, "holiday": resolve_holiday,
}


def side_slots(slots: dict[str, Any], side: str, inherit: tuple[str, ...]) -> dict[str, Any]:
    """The slots of one side of a range; the left side borrows `inherit` slots from the right,
    a right side with a bare day borrows the left's month and year ("April 24 and 25")."""
    own = {k[2:]: v for k, v in slots.items() if k.startswith(side + "_")}
    if side == "l":
        other = {k[2:]: v for k, v in slots.items() if k.startswith("r_")}
        for name in inherit:
            if name not in own and name in other:
                own[name] = other[name]
    elif "day" in own and "month" not in own:
        other = {k[2:]: v for k, v in slots.items() if k.startswith("l_")}
        for name in ("month", "year", "yrel"):
            if name not in own and name in other:
                own[name] = other[name]
    return own
