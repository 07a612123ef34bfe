"""Features of the German CRF name tagger: cue words, name lists, wide context, windows."""

from __future__ import annotations

from chronik.analysis.actors import names
from chronik.analysis.actors.ner_features import (
    REACH,
    cues,
    gazetteer,
    sentence_features,
    word_features,
)
from chronik.model import Span


def test_cue_words_and_role_endings_are_features():
    words, ends = cues()
    assert words["Herr"] == "TITLE" and words["GmbH"] == "ORGSUF"
    assert ("minister", "ROLEEND") in ends
    assert "cue=TITLE" in word_features("Frau")
    assert "cue=ORGSUF" in word_features("AG")
    # a compound the list does not hold is a role noun by its ending
    assert "cue=ROLEEND" in word_features("Landwirtschaftsministerin")
    assert not any(f.startswith("cue=") for f in word_features("gestern"))


def test_gazetteer_knows_first_names_surnames_and_cities():
    gz = gazetteer()
    assert "FIRST" in gz.get("julia", ())
    assert "LAST" in gz.get("schneider", ())
    assert {"LOC", "CITY"} & set(gz.get("regensburg", ()))
    assert "gz=FIRST" in word_features("Julia")


def test_features_reach_two_words_each_side():
    words = ["Gestern", "traf", "Julia", "Schneider", "den", "Vorstand", "."]
    items = sentence_features(words)
    assert len(items) == len(words)
    assert any(f.startswith(f"-{REACH}:w=") for f in items[2])
    assert any(f.startswith(f"+{REACH}:w=") for f in items[2])
    assert "BOS" in items[0] and "EOS" in items[-1]
    assert "first:lcseen" in items[0] or "first:lcunseen" in items[0]


def test_window_tagging_matches_whole_sentence_features(monkeypatch):
    """A window's words are tagged with the features they have in the whole sentence."""
    seen: list[list[list[str]]] = []

    class Recorder:
        def tag(self, items):
            seen.append(items)
            return ["O"] * len(items)

        def marginal(self, label, i):
            return 1.0

    monkeypatch.setattr(names, "_crf_tagger", lambda: Recorder())
    monkeypatch.setattr(names, "_common_words", lambda: frozenset())
    text = "am frühen morgen sprach gestern Julia mit allen leuten dort ."
    names.german_names(text, (Span.of(text, 0, len(text)),))
    whole = sentence_features(text.split())
    left, right = names.WINDOW_LEFT, names.WINDOW_RIGHT
    assert seen and seen[0] == whole[5 - left:6 + right]  # the window around "Julia"


def test_gazetteer_holds_common_nouns_and_frequency_bands():
    """The German Wiktionary's nouns (every inflected form) and news frequency bands."""
    gz = gazetteer()
    assert "NOUN" in gz.get("häusern", ())
    assert any(c.startswith("FQ") for c in gz.get("haus", ()))
    assert "gz=NOUN" in word_features("Bäckereien")


def test_gazetteer_classes_of_word_pieces(monkeypatch):
    """Names inside derivations, hyphenated and closed compounds are seen through."""
    from chronik.analysis.actors import ner_features as nf

    table = {"kanada": ("LOC",), "reise": ("NOUN",), "kanadareise": ("NOUN",),
             "strategie": ("NOUN",), "mainz": ("CITY",)}
    monkeypatch.setattr(nf, "gazetteer", lambda: table)
    nf.word_features.cache_clear()
    try:
        assert "cmp=LOC" in nf.word_features("Kanadareise")  # name + common noun
        assert "gzh=LOC" in nf.word_features("Kanada-Strategie")
        assert "gzt=NOUN" in nf.word_features("Kanada-Strategie")
        assert "gzs=CITY" in nf.word_features("Mainzer")  # demonym/adjective ending
        assert "gzs=LOC" in nf.word_features("Kanadas")  # genitive
        assert not any(f.startswith(("gzs=", "cmp=")) for f in nf.word_features("Reisen"))
    finally:
        nf.word_features.cache_clear()


def test_words_between_quotation_marks_are_marked():
    words = ["Er", "las", "„", "Die", "lange", "Reise", "“", "gestern", "."]
    items = sentence_features(words)
    assert ["inq" in it for it in items] == [False, False, False, True, True, True, False, False, False]
    # a window of the sentence gets the same mark
    assert sentence_features(words, 4, 6) == items[4:6]
    assert not any("inq" in it for it in sentence_features(["Ohne", "Anführung", "."]))


def test_quoted_title_after_a_work_noun_is_marked():
    """A quote after a noun like "Roman" holds a title (inqw); its first word gets inq0."""
    words = ["Sie", "schrieb", "den", "Roman", "„", "Blaue", "Stunden", "“", "."]
    items = sentence_features(words)
    assert "cue=WORK" in word_features("Roman")
    assert "inqw" in items[5] and "inqw" in items[6]
    assert "inq0" in items[5] and "inq0" not in items[6]
    other = sentence_features(["Er", "sagte", "„", "Blaue", "Stunden", "“", "."])
    assert "inq" in other[3] and "inqw" not in other[3] and "inq0" in other[3]
    assert sentence_features(words, 6, 7) == items[6:7]  # a window gets the same marks


def test_known_features_keep_the_quote_marks():
    from chronik.analysis.actors.ner_features import KnownFeatures

    words = ["Sie", "las", "das", "Buch", "„", "Blaue", "Stunden", "“", "gestern", "."]
    known = frozenset(f for it in sentence_features(words) for f in it)
    enc = KnownFeatures(known).items(words)
    assert enc == [tuple(f.encode() for f in it) for it in sentence_features(words)]


def test_resource_tables_share_equal_value_tuples():
    """Hundreds of thousands of entries, a few hundred distinct class lists: one tuple each."""
    values = list(gazetteer().values())
    assert len({id(v) for v in values}) == len(set(values)) < len(values)


def test_word_shape_classes():
    from chronik.analysis.actors.ner_features import shape

    assert shape("Müller-Lüdenscheidt") == "XxpXx"
    assert shape("G7") == "Xd"
    assert shape("ÖVP") == "X"
    assert shape("Élysée") == "oxox"  # letters outside the German alphabet
    assert shape("") == "" and shape("x") == "x"


def test_read_table_rows_values_and_comments(tmp_path, monkeypatch):
    from chronik.analysis.actors import ner_features as nf

    path = tmp_path / "t.tsv"
    rows = "".join(f"wort{i}\tA\tB\n" for i in range(5000))  # more than one read chunk
    path.write_text("# comment\tline\n" + rows + "solo\n\nandere\tC\n", encoding="utf-8")
    monkeypatch.setattr(nf, "has_resource", lambda lang, name: True)
    monkeypatch.setattr(nf, "resource_path", lambda lang, name: path)
    table = nf.read_table("de", "t.tsv")
    assert len(table) == 5002 and "# comment" not in table
    assert table["wort0"] == ("A", "B") and table["wort0"] is table["wort4999"]
    assert table["solo"] == () and table["andere"] == ("C",)
