"""Events stage: PLOVER events with actors, date, place, modality and evidence (issue 5)."""

from __future__ import annotations

from chronik.model import Analysis


def find_events(analysis: Analysis) -> Analysis:
    """Not built yet: returns the analysis unchanged (no events)."""
    return analysis
