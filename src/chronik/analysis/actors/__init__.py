"""Actors stage: people, organizations, states and places linked to the KB (issue 4)."""

from __future__ import annotations

from chronik.model import Analysis


def find_entities(analysis: Analysis) -> Analysis:
    """Not built yet: returns the analysis unchanged (no entities)."""
    return analysis
