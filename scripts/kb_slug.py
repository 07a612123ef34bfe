"""The ASCII id part of a chronik: KB id, shared by scripts/build_kb*.py."""

from __future__ import annotations

import re
import unicodedata


def slug(text: str) -> str:
    """Letters lose their accents ("Düsseldorf" → "dusseldorf", "Höcke" → "hocke"), "ß"
    becomes "ss"; anything else separates words."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
