"""Publication dates from input metadata, kept at the precision given (YYYY, YYYY-MM, YYYY-MM-DD).

Timestamps become days: the day as written (local to the publisher), not converted to UTC,
because that is the date a reader of the article saw.
"""

from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_tz

_PARTIAL = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_BASIC = re.compile(r"(\d{4})(\d{2})(\d{2})")
# An ISO date followed by a time part: 2025-06-05T10:00:00Z, 2025-06-05 10:00+02:00, ...
_STAMP = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
                    r"(?:Z|[+-]\d{2}:?\d{2})?", re.I)
MAX_SHOWN = 40


class DateError(ValueError):
    """A date that is not one of the accepted forms, or not a real day."""


def _shown(raw: str) -> str:
    return repr(raw if len(raw) <= MAX_SHOWN else raw[:MAX_SHOWN] + "…")


def _check(raw: str, y: str, mo: str | None, d: str | None) -> str:
    year = int(y)
    if year < 1:
        raise DateError(f"bad date {_shown(raw)}: year 0 does not exist")
    if mo is None:
        return f"{year:04d}"
    month = int(mo)
    if not 1 <= month <= 12:
        raise DateError(f"bad date {_shown(raw)}: month {month} is not 1-12")
    if d is None:
        return f"{year:04d}-{month:02d}"
    try:
        day = _dt.date(year, month, int(d))
    except ValueError as exc:
        raise DateError(f"bad date {_shown(raw)}: {exc}") from None
    return day.isoformat()


def parse_partial_date(raw: str) -> str:
    """`YYYY`, `YYYY-MM` or `YYYY-MM-DD` exactly (the text-record header form)."""
    m = _PARTIAL.fullmatch(raw) if len(raw) <= 10 else None
    if not m or (m.group(2) and len(m.group(2)) != 2) or (m.group(3) and len(m.group(3)) != 2):
        raise DateError(f"bad date {_shown(raw)}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    return _check(raw, *m.groups())


def parse_date(raw: str) -> str:
    """Any ISO form (partial dates, basic YYYYMMDD, timestamps) or an RFC 2822 date."""
    s = raw.strip()
    if len(s) > 64:
        raise DateError(f"bad date {_shown(s)}: too long for a date")
    m = _PARTIAL.fullmatch(s)
    if m and all(g is None or len(g) == 2 for g in m.groups()[1:]):
        return _check(s, *m.groups())
    m = _BASIC.fullmatch(s)
    if m:
        return _check(s, *m.groups())
    m = _STAMP.fullmatch(s)
    if m:
        return _check(s, *m.groups())
    parts = parsedate_tz(s) if re.search(r"[A-Za-z]{3}", s) else None
    if parts and parts[0] > 0:
        return _check(s, str(parts[0]), str(parts[1]), str(parts[2]))
    raise DateError(f"bad date {_shown(s)}: expected an ISO date (2025, 2025-06, 2025-06-05, "
                    "2025-06-05T10:00:00Z) or an RFC 2822 date")
