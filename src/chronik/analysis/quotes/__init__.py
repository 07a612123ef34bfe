"""Quotes stage: quotations and attributions with speakers and cues (issue 6)."""

from __future__ import annotations

from chronik.model import Analysis


def find_quotes(analysis: Analysis) -> Analysis:
    """Not built yet: returns the analysis unchanged (no quotes)."""
    return analysis
