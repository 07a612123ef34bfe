"""Quotes stage: quotations and attributions with speakers and cues (issue 6).

Runs after segment, time and actors, before events. It fills `Analysis.quotes` (direct quotes
in quotation marks, indirect speech, reported statements: each with speaker, cue and type) and
`Analysis.attributions` (content the text attributes to a source, which the events stage marks
as reported, speculative or denied). Speakers that name no known entity are appended as new
entities. Rules driven by `resources/<lang>/quote_cues.yaml` (its `mined_verbs` come from the
quotes-de train cues, scripts/mine_quote_cues.py); see frames.py and marks.py. tagger.py holds
an optional trained CRF (scripts/train_quotes_de.py), switched off: it did not beat the rules.
"""

from __future__ import annotations

from chronik.analysis.quotes.attribute import attribute
from chronik.model import Analysis


def find_quotes(analysis: Analysis) -> Analysis:
    """Return `analysis` with quotes, attributions and any new speaker entities."""
    if not analysis.article.text.strip():
        return analysis
    quotes, attributions, entities = attribute(analysis)
    return analysis.replace(quotes=quotes, attributions=attributions, entities=entities)
