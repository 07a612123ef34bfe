"""Validate `chronik.analysis/1` records: the JSON Schema plus the offset rules it can't say."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

TIMEX_VALUE = re.compile(
    r"^(?:"
    # a year, then a month ("XX": unknown, e.g. a weekday against a year-only publication
    # date), a week (its day may carry a part of day: "2018-WXX-5TAF"), a quarter ("QX":
    # unknown), a half or a season
    r"\d{4}(?:-(?:0[1-9]|1[0-2]|XX)(?:-(?:0[1-9]|[12]\d|3[01]|XX)(?:T\d{2}(?::\d{2}(?::\d{2})?)?|T(?:MO|MI|AF|EV|NI|DT))?)?"
    r"|-W(?:0[1-9]|[1-4]\d|5[0-3]|XX)(?:(?:-[1-7]|-WE)(?:T\d{2}(?::\d{2})?|T(?:MO|MI|AF|EV|NI|DT))?)?"
    r"|-Q[1-4X]|-H[12]|-(?:SP|SU|FA|WI))?"
    r"|\d{1,3}X{0,3}|XXXX(?:-[\dX]{2}(?:-[\dX]{2})?|-WXX-[1-7]|-W\d{2}|-(?:SP|SU|FA|WI))?(?:T[\dX:]+|T(?:MO|MI|AF|EV|NI|DT))?"
    # durations: ISO 8601 components ("P1Y2M", "PT1M30S", "P1DT2H"), TIMEX3 units (decades DE,
    # centuries CE, millennia L, quarters Q, halves H, weekends WE) and X for an unknown amount
    # or unit ("PXD", "PXX": "for a while")
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|WE|W|D|DE|CE|L|Q|H|X))+(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
    r"|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|T\d{2}(?::\d{2})?|T(?:MO|MI|AF|EV|NI|DT)"
    r")$"
)


@functools.cache
def schema() -> dict[str, Any]:
    text = resources.files("chronik.schema").joinpath("analysis-1.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def is_timex_value(value: str) -> bool:
    """True for the TIMEX3 values chronik emits (dates, weeks, durations, sets, refs)."""
    return bool(TIMEX_VALUE.match(value))


def record_errors(rec: dict[str, Any]) -> list[str]:
    """All problems with a record; an empty list means it is valid."""
    errs = [f"{'/'.join(map(str, e.path)) or '<root>'}: {e.message}"
            for e in _validator().iter_errors(rec)]
    if errs:
        return errs
    text = rec["article"]["text"]

    def check(kind: str, i: int, s: dict[str, Any]) -> None:
        if not (0 <= s["start"] <= s["end"] <= len(text)) or text[s["start"]:s["end"]] != s["text"]:
            errs.append(f"{kind}[{i}]: text[{s['start']}:{s['end']}] != {s['text']!r}")

    for i, s in enumerate(rec.get("sentences", [])):
        check("sentences", i, s)
    for i, t in enumerate(rec["timexes"]):
        check("timexes", i, t)
        if t["value"] is not None and not is_timex_value(t["value"]):
            errs.append(f"timexes[{i}]: malformed TIMEX3 value {t['value']!r}")
    ids = {e["id"] for e in rec["entities"]}
    tids = {t["id"] for t in rec["timexes"]}
    for i, e in enumerate(rec["entities"]):
        for j, m in enumerate(e["mentions"]):
            check(f"entities[{i}].mentions", j, m)
    for i, v in enumerate(rec["events"]):
        check("events.evidence", i, v["evidence"])
        if "trigger" in v:
            check("events.trigger", i, v["trigger"])
        for ref in [*v["actors"], *v["recipients"], *v["sources"], *([v["location"]] if v["location"] else [])]:
            if ref not in ids:
                errs.append(f"events[{i}]: unknown entity id {ref!r}")
        if v["date"]["timex"] is not None and v["date"]["timex"] not in tids:
            errs.append(f"events[{i}]: unknown timex id {v['date']['timex']!r}")
        if v["date"]["value"] is not None and not is_timex_value(v["date"]["value"]):
            errs.append(f"events[{i}]: malformed date value {v['date']['value']!r}")
    for i, q in enumerate(rec["quotes"]):
        check("quotes", i, q)
        for k in ("speaker_span", "cue_span"):
            if k in q:
                check(f"quotes.{k}", i, q[k])
        if q["speaker"] is not None and q["speaker"] not in ids:
            errs.append(f"quotes[{i}]: unknown speaker id {q['speaker']!r}")
    for i, a in enumerate(rec.get("attributions", [])):
        check("attributions", i, a)
        for ref in [*a["sources"], *a["via"]]:
            if ref not in ids:
                errs.append(f"attributions[{i}]: unknown entity id {ref!r}")
    return errs


def validate_record(rec: dict[str, Any]) -> None:
    """Raise ValueError listing every problem if the record is not valid."""
    errs = record_errors(rec)
    if errs:
        raise ValueError("invalid chronik.analysis/1 record:\n  " + "\n  ".join(errs[:20]))
