"""Time stage: TIMEX3 expressions, normalized against the publication date (issue 3)."""

from __future__ import annotations

from chronik.model import Analysis


def find_timexes(analysis: Analysis) -> Analysis:
    """Not built yet: returns the analysis unchanged (no timexes)."""
    return analysis
