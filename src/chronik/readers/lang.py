"""Offline language detection (stub until the readers issue wires in a bundled model)."""

from __future__ import annotations

import re

_DE = re.compile(r"\b(der|die|das|und|nicht|mit|von|ist|sich|auf|für|dem|den|des|ein|eine|wurde|hat)\b", re.I)
_EN = re.compile(r"\b(the|and|of|to|in|is|was|for|on|with|that|by|has|have|from|said)\b", re.I)


def detect_language(text: str) -> str | None:
    sample = text[:2000]
    de, en = len(_DE.findall(sample)), len(_EN.findall(sample))
    if de == en == 0:
        return None
    return "de" if de >= en else "en"
