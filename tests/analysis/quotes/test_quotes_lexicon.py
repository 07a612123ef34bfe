"""The cue lexicons load, hold only lower-case words, and a broken file names itself."""

from __future__ import annotations

import pytest

from chronik.analysis.quotes import lexicon as lexmod
from chronik.errors import ResourceError


@pytest.mark.parametrize("lang", ["de", "en"])
def test_quotes_lexicon_loads(lang):
    lex = lexmod.lexicon(lang)
    assert lex.lang == lang and lex.quote_marks and lex.speech_verbs
    assert all(w == w.lower() for w in lex.cue_words)
    assert lex.triggers >= lex.speech_verbs


def test_quotes_lexicon_unknown_language_falls_back_to_german():
    assert lexmod.lexicon("xx").lang == "de"


def test_quotes_lexicon_broken_list_raises_resource_error(monkeypatch):
    lexmod.lexicon.cache_clear()
    monkeypatch.setattr(lexmod, "load_yaml", lambda lang, name: {"speech_verbs": "sagte"})
    try:
        with pytest.raises(ResourceError, match="speech_verbs"):
            lexmod.lexicon("de")
    finally:
        monkeypatch.undo()
        lexmod.lexicon.cache_clear()
