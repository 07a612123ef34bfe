"""Segmentation stage: sentence spans that later stages and the store build on."""

from __future__ import annotations

from chronik.model import Analysis
from chronik.text.segment import sentences


def find_sentences(analysis: Analysis) -> Analysis:
    art = analysis.article
    return analysis.replace(sentences=sentences(art.text, art.lang))
