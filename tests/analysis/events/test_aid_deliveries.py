"""German arms deliveries: the delivery noun with a decision verb ("beschloss
Waffenlieferungen an X") and "liefern" with the weapon named by a compound ("Luftabwehrsysteme")."""

from __future__ import annotations

import pytest

from chronik.analysis.events import find_events

from .helpers import make


@pytest.mark.parametrize("text", [
    "Die Bundesregierung hat neue Waffenlieferungen an die Ukraine beschlossen.",
    "Der Bundestag genehmigte Waffenlieferungen an die Ukraine.",
    "Deutschland liefert der Ukraine weitere Luftabwehrsysteme.",
])
def test_german_arms_deliveries_are_aid(text: str) -> None:
    ents = {"Bundesregierung": ("ORG", "DEU", ["Bundesregierung"]),
            "Bundestag": ("ORG", "DEU", ["Bundestag"]),
            "Deutschland": ("GPE", "DEU", ["Deutschland"]),
            "Ukraine": ("GPE", "UKR", ["Ukraine"])}
    out = find_events(make(text, "de", entities=ents))
    assert [(e.type, len(e.recipients)) for e in out.events] == [("AID", 1)]


@pytest.mark.parametrize("text", [
    "Die Bundesregierung hat ein Moratorium für Waffenlieferungen an die Ukraine beschlossen.",
    "Die Bundesregierung beschloss einen Stopp der Waffenlieferungen an die Ukraine.",
])
def test_a_halt_to_deliveries_is_no_aid(text: str) -> None:
    ents = {"Bundesregierung": ("ORG", "DEU", ["Bundesregierung"]),
            "Ukraine": ("GPE", "UKR", ["Ukraine"])}
    out = find_events(make(text, "de", entities=ents))
    assert "AID" not in [e.type for e in out.events]
