"""Time stage: TIMEX3 expressions, normalized against the publication date (issue 3).

`find_timexes(analysis)` finds dates, times, durations and sets with the language's rules
(resources/<lang>/time*.yaml), resolves each against the right reference — the publication date
(DCT) for deictic expressions, the narrative time (the last day named in the story's main line,
not in a flashback or background clause: see narrative.py) for anaphoric ones — and refines a
coarse DCT when the text pins the reporting day. `tag_text()` is the same without an Analysis
(used by the TimeML CLI and the benchmarks).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from chronik.analysis.time.anchor import Ref, valid_date, year_for_month
from chronik.analysis.time.clean import matching_text
from chronik.analysis.time.narrative import clause_bounds, clause_role, narrative_cues, scheduled
from chronik.analysis.time.normalize import Context, Resolved, read_slots, resolve, side_slots
from chronik.analysis.time.patterns import Grammar, Rule, grammar
from chronik.analysis.time.refine import in_period, refine, weekday_date_day
from chronik.errors import ResourceError
from chronik.model import Analysis, Span, Timex
from chronik.resources import available_languages

__all__ = ["TagResult", "find_timexes", "tag_text"]

# what the left side of a range borrows from the right ("10. bis 18. Mai", "zwei bis drei Tage")
_INHERIT = ("month", "year", "yrel", "unit", "part", "weekday")


@dataclass(frozen=True, slots=True)
class TagResult:
    timexes: tuple[Timex, ...]
    date_refined: str | None
    warnings: tuple[str, ...]


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    rule: Rule
    slots: dict[str, Any]
    direction: str = "near"
    sentence: int = 0


def find_timexes(analysis: Analysis) -> Analysis:
    """Stage function: fill `timexes` and `article.date_refined` (warnings on conflicts)."""
    art = analysis.article
    res = tag_text(art.text, art.lang, art.date,
                   sentence_starts=[s.start for s in analysis.sentences] or None)
    article = art
    if res.date_refined and res.date_refined != art.date_refined:
        article = replace(art, date_refined=res.date_refined)
    return analysis.replace(article=article, timexes=res.timexes,
                            warnings=analysis.warnings + res.warnings)


@functools.cache
def _languages() -> frozenset[str]:
    return frozenset(available_languages())


def _grammar_for(lang: str | None) -> Grammar | None:
    code = (lang or "").split("-")[0].lower()
    if code and code in _languages():
        try:
            return grammar(code)
        except ResourceError as exc:  # a language without time resources: no timexes, no crash
            if exc.reason != "no time resources for this language":
                raise
            return None
    return None


def tag_text(text: str, lang: str | None, dct: str | None, *,
             sentence_starts: list[int] | None = None) -> TagResult:
    """Find and normalize the timexes of `text` written in `lang` and published at `dct`.

    `lang` None means German (the project's first language); a language without time
    resources gives no timexes. `sentence_starts` (offsets) scope tense cues and clock times.
    """
    g = _grammar_for(lang or "de")
    if g is None or not text:
        return TagResult((), None, ())
    mt, back = matching_text(text)
    cands = _candidates(g, mt)
    if not cands:
        return TagResult((), None, ())
    starts = _sentence_starts(sentence_starts, back, len(mt))
    _directions(g, mt, cands, starts)
    ref = Ref.parse(dct)
    refined, warnings = _refine(g, cands, ref, mt)
    dct_ref = refined or ref
    timexes = _resolve_all(g, cands, dct_ref, mt, text, back, starts)
    return TagResult(tuple(timexes), refined.value() if refined else None, tuple(warnings))


def _sentence_starts(starts: list[int] | None, back: list[int] | None, n: int) -> list[int]:
    if not starts:
        return [0]
    if back is None:
        return starts
    return [bisect.bisect_left(back, s) for s in starts]


_WORD = re.compile(r"\w+")
_QUARTER = re.compile(r"^[0-9]{4}-Q[1-4]$")
_YEAR = re.compile(r"^[0-9]{4}(?:$|-)")
_YEAR_ONLY = re.compile(r"^[0-9]{4}$")
_BIG_YEAR = re.compile(r"^[0-9]{5}")  # a year past 9999 ("1930" and "199" are fine)
_CLOCK = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]")
_CALENDAR = re.compile(r"^[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?$")
LOOKBACK = 3  # words before a trigger where an expression may start ("den vergangenen zwei Jahren")


def _starts(g: Grammar, mt: str) -> list[int]:
    """Offsets where an expression may start: a few words before each trigger word or number.

    Scanning the combined regex at every character is slow in Python; every expression contains a
    number or a trigger word, so only the words just before those are tried.
    """
    held = _TRIGGER_MEMO.get(g.lang)
    if held is None or held[0] is not g:  # a grammar compiled anew (resources reloaded)
        held = _TRIGGER_MEMO[g.lang] = (g, {})
    memo = held[1]
    found = list(_WORD.finditer(mt))
    starts: set[int] = set()
    for i, m in enumerate(found):
        w = m.group()
        hit = memo.get(w)
        if hit is None:
            hit = _is_trigger(g, w.casefold())
            if len(memo) < _MEMO_MAX:
                memo[w] = hit
        if not hit:
            continue
        for j in range(max(0, i - LOOKBACK), i + 1):
            p = found[j].start()
            starts.add(p)
            if p and mt[p - 1] in "'’":
                starts.add(p - 1)
    return sorted(starts)


# words already classified as trigger or not, per language (the same words recur in every text)
_TRIGGER_MEMO: dict[str, tuple[Grammar, dict[str, bool]]] = {}
_MEMO_MAX = 100_000


def _is_trigger(g: Grammar, w: str) -> bool:
    """Does the (case-folded) word hold a number, a trigger word, a trigger's start ("Vorjahres")
    or a trigger ending ("dreitägigen")?"""
    if w[0].isdigit() or w in g.triggers:
        return True
    trig = g.triggers
    if len(w) > 4 and w[:4] in g.prefix4:
        for n in range(4, min(len(w), 12)):
            if w[:n] in trig:
                return True
    suf = g.suffixes
    if suf and len(w) > 5 and w[-4:] in g.suffix4:
        return any(w[-n:] in suf for n in range(4, 10))
    return False


def _matches(g: Grammar, mt: str):
    """Like finditer over the whole text, but tried only at the candidate starts."""
    match = g.dispatch.match
    covered = 0
    for p in _starts(g, mt):
        if p < covered:
            continue
        m = match(mt, p)
        if m is not None and m.end() > m.start():
            covered = m.end()
            yield m


def _candidates(g: Grammar, mt: str) -> list[_Cand]:
    out: list[_Cand] = []
    rules = g.rules
    for m in _matches(g, mt):
        rule = rules[m.lastgroup]  # type: ignore[index]
        raw = {slot: m.group(gname) for gname, slot in rule.slots if m.group(gname) is not None}
        slots = read_slots(g, raw)
        if rule.sides is None:
            s, e = m.span(rule.span_group)
            out.append(_Cand(s, e, rule, slots))
            continue
        items = rule.params.get("items")
        if items:  # a list ("am 3., 4. und 7. Mai"): every item of the left side is a timex
            right = side_slots(slots, "r", _INHERIT)
            ls, le = m.span(rule.sides[0])
            for im in _items_regex(str(items)).finditer(mt, ls, le):
                own = read_slots(g, {k: v for k, v in im.groupdict().items() if v is not None})
                for k in _INHERIT:
                    if k not in own and k in right:
                        own[k] = right[k]
                out.append(_Cand(im.start(), im.end(), rule, own))
            s, e = m.span(rule.sides[1])
            out.append(_Cand(s, e, rule, right))
            continue
        for side, gname in zip(("l", "r"), rule.sides, strict=True):
            s, e = m.span(gname)
            out.append(_Cand(s, e, rule, side_slots(slots, side, _INHERIT)))
    return out


@functools.cache
def _items_regex(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _directions(g: Grammar, mt: str, cands: list[_Cand], starts: list[int]) -> None:
    """Past or future for each candidate: the nearest tense cue in its sentence, else a default.

    Cues are only searched in the sentences that hold an expression whose direction they decide.
    """
    cues: list[tuple[int, str]] = []
    cue_pos: list[int] = []
    scanned: set[int] = set()
    for c in cands:
        si = bisect.bisect_right(starts, c.start) - 1
        c.sentence = si
        lo = starts[si] if si >= 0 else 0
        hi = starts[si + 1] if si + 1 < len(starts) else len(mt)
        key = "weekday" if "weekday" in c.slots and "day" not in c.slots else "month"
        # a rule may keep its default whatever the tense ("get around Wednesday's ruling": a
        # possessive day names an event already reported)
        # movable feasts follow the tense where the language lists them ("holiday" in `cued`)
        needs_cue = (key in g.cued and g.cues is not None
                     and (c.rule.kind in ("date", "relative", "range")
                          or (c.rule.kind == "holiday" and "holiday" in g.cued))
                     and not c.rule.params.get("uncued"))
        if needs_cue and si not in scanned:
            scanned.add(si)
            found = [(m.start(), m.lastgroup or "") for m in g.cues.finditer(mt, lo, hi)]  # type: ignore[union-attr]
            if found:  # sentences come in text order: their cues extend the sorted list
                if cues and found[0][0] < cues[-1][0]:
                    cues = sorted(cues + found)
                    cue_pos[:] = [p for p, _ in cues]
                else:
                    cues.extend(found)
                    cue_pos.extend(p for p, _ in found)
        limit = g.window.get(key, 1 << 30)
        best: tuple[int, int, str] | None = None
        if cues:
            # the expression's own clause first (a verb-final subordinate clause: "…, das am
            # Montag stattgefunden hat"), then the whole sentence
            cl_lo, cl_hi = clause_bounds(mt, c.start, c.end, lo, hi, reach=200)
            skip = "inf" if key == "weekday" else None
            best = _nearest_cue(cues, cue_pos, c, cl_lo, cl_hi, limit, skip)
            if (best is None or best[2] == "weak") and (cl_lo, cl_hi) != (lo, hi):
                # a deadline alone in its clause: a past perfect elsewhere in the sentence
                # puts it behind ("Until Thursday, police had not named him")
                best = _nearest_cue(cues, cue_pos, c, lo, hi, limit, skip) or best
        if best is not None and best[2] in _CUE_TENSE:
            best = (best[0], best[1], _CUE_TENSE[best[2]])
        if best is not None and best[2] == "present":
            best = None  # the present tense tells nothing more than the default
        if best is not None and key in g.cued and not c.rule.params.get("uncued"):
            default = g.default_direction.get(key, "near")
            c.direction = f"same:{best[2]}" if default == "same" else best[2]
        else:
            c.direction = g.default_direction.get(key, "near")


# cue groups that stand for a tense: a past perfect is a past; a deadline left weak is ahead
_CUE_TENSE = {"perfect": "past", "weak": "future", "inf": "future"}


def _nearest_cue(cues: list[tuple[int, str]], cue_pos: list[int], c: _Cand, lo: int, hi: int,
                 limit: int, skip: str | None = None) -> tuple[int, int, str] | None:
    """The best tense cue in [lo, hi): one before the expression (its clause's finite verb,
    mostly) beats one after, then the nearest. A deadline ("until", "by": a weak cue) is
    behind when a past perfect is in reach ("had filed reports by Wednesday"), else "weak".
    Cues of kind `skip` are passed over (a walk bounded by the clause's own cues).
    Bisections: a long sentence full of cues costs no more than a short one."""
    i, j = bisect.bisect_left(cue_pos, lo), bisect.bisect_left(cue_pos, hi)
    best: tuple[int, int, str] | None = None
    k = bisect.bisect_left(cue_pos, c.start, i, j)
    while skip and k > i and cues[k - 1][1] == skip and k > i + 1:
        k -= 1
    if k > i and c.start - cue_pos[k - 1] <= limit and cues[k - 1][1] != skip:
        best = (0, c.start - cue_pos[k - 1], cues[k - 1][1])
    else:
        k = bisect.bisect_left(cue_pos, c.end, i, j)  # cues inside the expression do not count
        while skip and k < j - 1 and cues[k][1] == skip:
            k += 1
        if k < j and cue_pos[k] - c.start <= limit and cues[k][1] != skip:
            best = (1, cue_pos[k] - c.start, cues[k][1])
    if best is not None and best[2] == "weak":
        # the nearest few cues either side (bounded: a hostile sentence of cues stays linear)
        k = bisect.bisect_left(cue_pos, c.start, i, j)
        for n in range(max(i, k - _PERFECT_REACH), min(j, k + _PERFECT_REACH)):
            if cues[n][1] == "perfect" and abs(cue_pos[n] - c.start) <= limit:
                return (best[0], best[1], "perfect")
    return best


_PERFECT_REACH = 8  # cues looked at on either side of a deadline for a past perfect


# a dateline: an optional place and a comma before the date at a line's start, an optional
# agency in brackets and a dash after it ("Berlin, 11. November (dpa) –", "PARIS, Nov. 3 -")
_DATELINE_BEFORE = re.compile(r"[ \t]*(?:[^\W\d_][\w.'’-]*(?:[ /][^\W\d_(][\w.'’()-]*){0,3}[ \t]*,[ \t]*)?")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[–—-]")
_DATELINE_REACH = 300  # a dateline opens the article: only its first lines are looked at


def _dateline(cands: list[_Cand], ref: Ref | None, mt: str) -> Ref | None:
    """The reporting day a dateline names, when the DCT is coarse and the day falls in it."""
    if ref is None or ref.day is not None:
        return None
    for c in cands:
        if c.start > _DATELINE_REACH:
            break
        s = c.slots
        day, month = s.get("day"), s.get("month")
        if not (isinstance(day, int) and isinstance(month, int)) or c.rule.kind != "date":
            continue
        line = mt.rfind("\n", 0, c.start) + 1
        if not (_DATELINE_BEFORE.fullmatch(mt, line, c.start) and _DATELINE_AFTER.match(mt, c.end)):
            continue
        year = s.get("year") if isinstance(s.get("year"), int) else year_for_month(ref, month, day, "near")
        d = valid_date(year, month, day)
        if d is not None and in_period(ref, d):
            return Ref.of_date(d)
    return None


def _refine(g: Grammar, cands: list[_Cand], ref: Ref | None, mt: str) -> tuple[Ref | None, list[str]]:
    line = _dateline(cands, ref, mt)
    if line is not None:
        return line, []
    pairs: list[tuple[dt.date, bool, bool, str]] = []
    for c in cands:
        s = c.slots
        wd, day, month = s.get("weekday"), s.get("day"), s.get("month")
        if not (isinstance(wd, int) and isinstance(day, int) and isinstance(month, int)):
            continue
        if c.rule.kind == "set":
            continue
        year = s.get("year") if isinstance(s.get("year"), int) else None
        d, agrees = weekday_date_day(ref, wd, day, month, year)
        if d is not None:
            pairs.append((d, agrees, c.direction.endswith("future"), mt[c.start:c.end]))
    if not pairs:
        return None, []
    return refine(ref, pairs)


def _role(cues: Any, mt: str, c: _Cand, starts: list[int]) -> str:
    lo = starts[c.sentence] if 0 <= c.sentence < len(starts) else 0
    hi = starts[c.sentence + 1] if c.sentence + 1 < len(starts) else len(mt)
    return clause_role(cues, mt, c.start, c.end, lo, hi)


def _ahead(day: dt.date, dct: Ref | None, direction: str, plan: Callable[[], bool]) -> bool:
    """Is `day` a plan's or a schedule's, after the publication date? With a coarse DCT a day
    in its period counts as ahead when its clause is told in the future or fixes a day for a
    plan (`plan`, asked only then)."""
    if dct is None:
        return False
    if dct.date is not None:
        return day > dct.date
    period = (dct.year, dct.month or 12)
    here = (day.year, day.month if dct.month is not None else 12)
    return here > period or (here == period and (direction.endswith("future") or plan()))


def _moves_to_month(cues: Any, mt: str, c: _Cand, starts: list[int], month: Ref,
                    dct: Ref | None) -> bool:
    """Does a month named in the main line (not ahead of the DCT) move the story there?"""
    if dct is not None and dct.month is not None and (month.year, month.month) > (dct.year, dct.month):
        return False
    return not c.direction.endswith("future") and _role(cues, mt, c, starts) == "main"


def _scheduled(cues: Any, mt: str, c: _Cand, starts: list[int]) -> bool:
    lo = starts[c.sentence] if 0 <= c.sentence < len(starts) else 0
    hi = starts[c.sentence + 1] if c.sentence + 1 < len(starts) else len(mt)
    return scheduled(cues, mt, c.start, c.end, lo, hi)


def _told_in_past(cues: Any, mt: str, c: _Cand, starts: list[int]) -> bool:
    """Is the anaphor `c` told in the past (a past tense cue, a pluperfect clause), not as a
    plan ("Am Vortag war ein Treffen geplant")?"""
    return ((c.direction.endswith("past") or _role(cues, mt, c, starts) == "background")
            and not _scheduled(cues, mt, c, starts))


def _unfinished_quarter(value: str, dct: Ref | None) -> bool:
    """Is the quarter `value` ("1989-Q4") not over at the DCT? A report compares only quarters
    that have ended; the current and later ones are outlook."""
    if dct is None or dct.month is None:
        return False
    return value >= f"{dct.year:04d}-Q{(dct.month - 1) // 3 + 1}"


def _weekday_range_backwards(prev: tuple[_Cand, Resolved], c: _Cand, r: Resolved) -> bool:
    """Is `c` the right side of a weekday range whose left side (`prev`) came out later?"""
    pc, pr = prev
    return (c.rule.kind == "range" and pc.rule is c.rule and pc.end <= c.start
            and "weekday" in c.slots and "weekday" in pc.slots
            and "day" not in c.slots and "day" not in pc.slots
            and r.day is not None and pr.day is not None and r.day < pr.day
            and r.value is not None and pr.value is not None)


def _shift_days(value: str | None, days: int) -> str | None:
    """A day value ("2025-06-06", "2025-06-06TEV") moved by `days`."""
    if not value or not _CALENDAR_DAY.match(value):
        return value
    d = dt.date.fromisoformat(value[:10]) + dt.timedelta(days=days)
    return d.isoformat() + value[10:]


_CALENDAR_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}")


_DAYS_OR_WEEKS = re.compile(r"^P([0-9]{1,3})([DW])$")


def _story_later(c: _Cand, r: Resolved, mt: str, story: Ref | None, dct: Ref | None) -> dt.date | None:
    """The day a count of days or weeks "later" (the rule's `story_later` pattern after the
    expression) leads to from the story's day, when that day is named and the day reached is
    not after the publication date."""
    later = c.rule.params.get("story_later")
    if (not later or r.type != "DURATION" or not r.value or story is None or story.date is None
            or r.mod is not None):
        return None
    m = _DAYS_OR_WEEKS.match(r.value)
    if m is None or not _items_regex(str(later)).match(mt, c.end):
        return None
    day = story.date + dt.timedelta(days=int(m.group(1)) * (7 if m.group(2) == "W" else 1))
    if dct is not None and dct.date is not None and day > dct.date:
        return None
    return day


def _clock_day(last_day: Ref | None, story: Ref | None, dct: Ref | None, day_sentence: int,
               c: _Cand) -> Ref | None:
    """The day a clock time without a date falls on: the last day named in its own sentence, or
    the story's day (`story`, the narrative day: not a flashback's "Die Saison hatte am 15. März
    begonnen") when the day was named earlier, is past and the clock time's clause is not about
    the future (a story told after the fact goes on on its day: "Gestern Nachmittag ... Das
    Unwetter zog gegen 16 Uhr auf"); else the DCT (a day ahead opens a programme whose items
    name their own days; "Der Prozess wird um 9 Uhr fortgesetzt" is today's)."""
    if day_sentence == c.sentence:
        return last_day
    if (day_sentence < c.sentence and not c.direction.endswith("future")
            and story is not None and dct is not None
            and story.date is not None and dct.date is not None and story.date < dct.date):
        return story
    return dct


def _resolve_all(g: Grammar, cands: list[_Cand], dct: Ref | None, mt: str, text: str,
                 back: list[int] | None, starts: list[int] | None = None) -> list[Timex]:
    narrative = dct  # the story's day: anaphora refer to it; background clauses do not move it
    told = dct  # the last narrative day not ahead of the DCT (the story told so far)
    last_day = dct  # the last day named (a clock time in its sentence falls on it)
    narrative_sentence = -1
    main_line = False  # was the narrative day set by a main-line (not reporting) clause?
    told_main = False  # ... and the told day?
    cues = narrative_cues(g.lang)
    starts = starts or [0]
    quarter: str | None = None
    story: tuple[int, int] | None = None  # (year, sentence) of the last explicit year
    coarse: Ref | None = None
    clock_time: dt.datetime | None = None
    several = -1  # the sentence whose last dates named several days (a list, a range or a set)
    night = False  # was the last day named the eve of a night ("in der Nacht zum Sonntag")?
    story_night = False  # ... and the narrative day?
    prev: tuple[_Cand, Resolved] | None = None  # the last candidate resolved, with its value
    out: list[Timex] = []
    for c in cands:
        story_year = None
        if story and c.sentence - story[1] <= 1 and (dct is None or story[0] != dct.year):
            story_year = story[0]
        clock_day = _clock_day(last_day, narrative, dct, narrative_sentence, c)
        base = narrative
        if narrative is not told and c.rule.anchor == "narrative" and _told_in_past(cues, mt, c, starts):
            # a plan's day ("ist für den 14. März angesetzt") is no anchor for the story told in
            # the past that goes on after it ("Am Vortag hatte das Gericht ...")
            base = told
        ctx = Context(dct, base, c.direction, clock_day, quarter, story_year,
                      coarse, clock_time, several == c.sentence,
                      clock_day is not dct and ((night and clock_day is last_day)
                                                or (story_night and clock_day is narrative)))
        try:
            r: Resolved | None = resolve(g, c.rule, c.slots, ctx)
        except (OverflowError, ValueError):  # dates past year 1 or 9999 (a DCT at the calendar's edge)
            continue
        if r is None or (r.value and _BIG_YEAR.match(r.value)):  # ... or a year after 9999
            continue
        if prev is not None and _weekday_range_backwards(prev, c, r):
            # "von Montag bis Freitag": told in the past the week ends on that Friday, else it
            # starts on that Monday
            if c.direction.endswith("past") and out:
                left = out[-1]
                out[-1] = replace(left, value=_shift_days(left.value, -7))  # type: ignore[arg-type]
            else:
                r = replace(r, value=_shift_days(r.value, 7), day=r.day + dt.timedelta(days=7))  # type: ignore[operator]
        prev = (c, r)
        later = _story_later(c, r, mt, narrative if narrative_sentence >= 0 else None, dct)
        if later is not None:
            # "Two days later, ...": the stretch is the value (TimeML), but the story moved on
            # by it; the next anaphor ("the next day") counts from there
            narrative = last_day = Ref.of_date(later)
            told = narrative
            narrative_sentence, story_night = c.sentence, False
        if c.rule.params.get("unknown_day") and narrative is not None and narrative.day is not None:
            # "vor einigen Tagen": the story moves to a day no one named; "am Abend" is then
            # an evening of that month, not of the publication day
            narrative = last_day = told = Ref(narrative.year, narrative.month)
            narrative_sentence, main_line, told_main = c.sentence, False, False
            story_night = False
        if r.type == "SET" or (r.day is not None and r.type == "DATE"):
            several = c.sentence if r.type == "SET" or c.rule.kind == "range" else -1
        if r.day is not None and r.type in ("DATE", "TIME"):
            last_day = Ref.of_date(r.day)
            # a night named by the day it runs into: its small hours fall on that day
            night = bool(c.rule.params.get("night_to") and r.value and r.value.endswith("TNI"))
            narrative_sentence = c.sentence
            # a background date moves the story's day only while no main-line clause has set it
            role = _role(cues, mt, c, starts)
            # a look back from the story's day ("am Vortag", "the day before") is a flashback:
            # the next anaphor still counts from the story's day
            flashback = (c.rule.anchor == "narrative" and base is not None
                         and base.date is not None and r.day < base.date)
            if not flashback:
                if not (main_line and role == "background"):
                    narrative = last_day
                    main_line = role == "main"
                    story_night = night
                # the story told so far moves likewise, with days not ahead of the DCT only (a
                # pluperfect after a plan's day tells the past: "Der Prozess beginnt am 20. Januar.
                # Am Montag hatte die Verteidigung ...")
                if not (told_main and role == "background") and not _ahead(
                        r.day, dct, c.direction, lambda c=c: _scheduled(cues, mt, c, starts)):
                    told = last_day
                    told_main = role == "main"
        if r.type == "DATE" and r.value and _CALENDAR.match(r.value):
            coarse = Ref.parse(r.value)
            if (coarse is not None and coarse.day is None and coarse.month is not None
                    and narrative is not None and (narrative.year, narrative.month) != (coarse.year, coarse.month)
                    and c.sentence > narrative_sentence and _moves_to_month(cues, mt, c, starts, coarse, dct)):
                # "Die Ernte endete Mitte Oktober. An diesem Tag …": the story moved
                # to a month whose day is not named; its anaphora know that month only
                narrative = told = coarse
                story_night = False
        if r.type == "TIME" and r.value and _CLOCK.match(r.value):
            clock_time = dt.datetime.fromisoformat(r.value[:16])
        if (r.value and _QUARTER.match(r.value) and not c.rule.params.get("quarter_context")
                and not _unfinished_quarter(r.value, dct)):
            # "a year earlier" (1988-Q3) must not become the next one's base, nor a quarter
            # still ahead ("into the fourth quarter"); the latest ended quarter named is the one
            # reported, an earlier one ("after a flat second quarter") is background
            quarter = max(quarter or r.value, r.value)
        elif c.rule.params.get("period_context"):
            quarter = None  # "for the nine months, ... a year earlier": no longer the quarter's
        if r.type == "DATE" and r.value and (
                (r.anchor == "absolute" and _YEAR.match(r.value))
                or (r.anchor == "dct" and _YEAR_ONLY.match(r.value)
                    and not c.rule.params.get("story_offset") and not c.rule.params.get("quarter_context"))):
            # an explicit year, or a year said relative to the publication ("last year", "this
            # year"; not a year compared with, "im Vorjahr"): the story is in that year now
            story = (int(r.value[:4]), c.sentence)
        elif story and r.day is not None and r.day.year != story[0]:
            story = None  # a later day of another year ("1981 ... am Donnerstag ... im September")
        start, end = (c.start, c.end) if back is None else (back[c.start], back[c.end - 1] + 1)
        out.append(Timex(f"t{len(out) + 1}", Span.of(text, start, end), r.type,  # type: ignore[arg-type]
                         r.value, r.anchor, r.mod, c.rule.name))  # type: ignore[arg-type]
    return out
