"""Events stage: PLOVER events with actors, date, place, modality and evidence (issue 5).

Triggers come from per-language lexicons (resources/<lang>/event_triggers.yaml), modality
cues from resources/<lang>/modality_cues.yaml, the ontology from resources/common/plover.yaml.
"""

from __future__ import annotations

from chronik.analysis.events.extract import find_events

__all__ = ["find_events"]
