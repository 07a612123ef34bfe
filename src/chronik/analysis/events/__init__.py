"""Events stage: PLOVER events with actors, date, place, modality and evidence (issue 5).

Triggers come from per-language lexicons (resources/<lang>/event_triggers.yaml), modality
cues from resources/<lang>/modality_cues.yaml, the ontology from resources/common/plover.yaml.
Groups named by a common noun ("die Polizei", "Rebellen") act where no named party does, as
unnamed entities keyed "generic:<kind>[:<ISO3>]" (resources/<lang>/generic_actors.yaml; generic.py).
"""

from __future__ import annotations

from chronik.analysis.events.extract import find_events

__all__ = ["find_events"]
