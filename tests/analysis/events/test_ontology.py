"""The PLOVER ontology and CAMEO mapping resources."""

from __future__ import annotations

import pytest

from chronik.analysis.events.ontology import (
    cameo_for,
    contexts,
    modes,
    plover_for_cameo,
    plover_types,
    requires_recipient,
)
from chronik.model import PLOVER_TYPES


def test_ontology_has_the_16_types_of_the_model():
    assert plover_types() == PLOVER_TYPES


@pytest.mark.parametrize("etype,mode", [("CONSULT", "visit"), ("CONSULT", "phone"),
                                        ("ASSAULT", "aerial"), ("PROTEST", "demo"),
                                        ("SANCTION", "convict"), ("COERCE", "arrest")])
def test_ontology_modes(etype, mode):
    assert mode in modes(etype)


def test_ontology_contexts_and_recipients():
    assert {"military", "economic", "diplomatic", "cyber"} <= set(contexts())
    assert requires_recipient("AID") and not requires_recipient("AGREE")
    with pytest.raises(KeyError):
        modes("FIGHT")


@pytest.mark.parametrize("etype,mode,code", [("CONSULT", "visit", "042"), ("CONSULT", None, "040"),
                                             ("AGREE", None, "030"), ("SUPPORT", None, "050"),
                                             ("COERCE", "arrest", "173"),
                                             ("CONSULT", "meet", "040")])
def test_ontology_cameo_for(etype, mode, code):
    assert cameo_for(etype, mode) == code


def test_ontology_every_type_has_a_cameo_code():
    for t in plover_types():
        assert cameo_for(t) is not None


def test_ontology_cameo_to_plover():
    rec = plover_for_cameo("0312")
    assert rec["type"] == "AGREE" and rec["context"] == ["military"]
    assert plover_for_cameo("9999") is None
