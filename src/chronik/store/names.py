"""The normalized name key that resolves entities without a KB id across articles.

It is the knowledge base's key (`chronik.kb.names.name_key`: case, accents, hyphens and
German/English transliteration variants folded), re-exported so the store has one import.
"""

from __future__ import annotations

from chronik.kb.names import name_key

__all__ = ["name_key"]
