"""A matching copy of the text: soft hyphens and zero-width marks dropped, Unicode dashes and
non-breaking spaces made ASCII, with a map back to the original offsets."""

from __future__ import annotations

import re

_SAME_LEN = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u2019": "'", "\u00b4": "'",
})
_DROP = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


_SPECIAL = re.compile("[\u00a0\u2007\u2009\u202f\u2002\u2003\u2010-\u2015\u2212\u2019\u00b4"
                      "\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def matching_text(text: str) -> tuple[str, list[int] | None]:
    """(text to match on, offsets back into `text` or None when they are the same)."""
    if not _SPECIAL.search(text):
        return text, None
    out = text.translate(_SAME_LEN)
    if not _DROP.search(out):
        return out, None
    keep = [i for i, ch in enumerate(out) if not _DROP.match(ch)]
    keep.append(len(out))
    return "".join(out[i] for i in keep[:-1]), keep
