"""Generic actors (sentences written for these tests): a group named by a common noun ("die
Polizei", "Tausende Menschen", "rebels") acts where no named party does, as an unnamed entity
keyed by kind and country; it never replaces a named party, and a crowd only protests."""

from __future__ import annotations

import pytest

from chronik.analysis.events import find_events
from chronik.analysis.events.generic import KEY_PREFIX, load_generic

from .helpers import make

ENTS = {
    "Georgia": ("GPE", "GEO", ["Georgien", "georgische", "Georgia", "Georgian"]),
    "Tbilisi": ("LOC", "GEO", ["Tiflis", "Tbilisi"]),
    "Hamburg": ("LOC", "DEU", ["Hamburg"]),
    "Nigeria": ("GPE", "NGA", ["Nigeria"]),
    "Lagos": ("LOC", "NGA", ["Lagos"]),
    "Kenya": ("GPE", "KEN", ["Kenia", "Kenya"]),
    "Nairobi": ("LOC", "KEN", ["Nairobi"]),
    "Anna Beispiel": ("PER", "DEU", ["Anna Beispiel", "Beispiel"]),
    "Max Muster": ("PER", "DEU", ["Max Muster", "Muster"]),
    "Amnesty International": ("ORG", None, ["Amnesty International"]),
}
TX = {"am Montag": "2025-06-09", "am Dienstag": "2025-06-10", "on Monday": "2025-06-09",
      "on Tuesday": "2025-06-10"}


def _run(text: str, lang: str = "de"):
    return find_events(make(text, lang, entities=ENTS, timexes=TX))


def _events(text: str, lang: str = "de"):
    an = _run(text, lang)
    return [(v.type, [an.entity(a).name for a in v.actors],
             [an.entity(r).name for r in v.recipients]) for v in an.events]


@pytest.mark.parametrize("text,lang,expected", [
    ("Die Polizei hat am Montag in Hamburg zwei Männer festgenommen.", "de",
     ("COERCE", ["police (DEU)"], [])),
    ("Tausende Menschen demonstrierten am Dienstag in Tiflis gegen die Regierung.", "de",
     ("PROTEST", ["protesters (GEO)"], ["government (GEO)"])),
    ("Am Montag griffen Rebellen ein Dorf an.", "de", ("ASSAULT", ["rebels"], [])),
    ("Soldaten eröffneten in Nairobi das Feuer auf Demonstranten.", "de",
     ("ASSAULT", ["military (KEN)"], ["protesters (KEN)"])),
    ("Die Staatsanwaltschaft hat Anklage gegen Max Muster erhoben.", "de",
     ("ACCUSE", ["judiciary"], ["Max Muster"])),
    ("Police arrested two men in Lagos on Monday.", "en", ("COERCE", ["police (NGA)"], [])),
    ("Protesters clashed with police in Nairobi on Tuesday.", "en",
     ("ASSAULT", ["protesters (KEN)"], ["police (KEN)"])),
])
def test_generic_actor(text, lang, expected):
    assert expected in _events(text, lang)


def test_named_recipient_missing_is_filled():
    """A named actor keeps its place; the group fills the recipient it lacked."""
    got = _events("Amnesty International kritisierte am Montag die Polizei in Kenia.")
    assert ("ACCUSE", ["Amnesty International"], ["police (KEN)"]) in got


def test_named_actor_never_replaced():
    """"die georgische Polizei": the state the adjective names acts; no second, generic actor."""
    an = _run("Die georgische Polizei hat am Montag in Tiflis drei Männer festgenommen.")
    assert [(v.type, [an.entity(a).name for a in v.actors]) for v in an.events] == [("COERCE", ["Georgia"])]
    assert not any((e.key or "").startswith(KEY_PREFIX) for e in an.entities)


def test_crowd_only_protests():
    """"Menschen" is a party only of a protest: people who "forderten" are not coded."""
    assert _events("Tausende Menschen forderten am Montag mehr Geld.") == []


def test_title_before_name_is_one_person():
    """"Richter Max Muster" is the judge himself, no court beside him."""
    got = _events("Richter Max Muster kritisierte am Montag Anna Beispiel.")
    assert all("judiciary" not in a for _t, a, _r in got)


def test_pronoun_subject_keeps_group_as_object():
    assert _events("Diese soll die Polizei in Hamburg unterstützen.") == []


def test_sent_troops_are_no_recipient():
    got = _events("Max Muster hat am Montag Soldaten nach Georgien geschickt.")
    assert all("military" not in " ".join(r) for _t, _a, r in got)


def test_entity_records_and_keys():
    """Generic entities are numbered on from the others, keyed by kind and country, and
    their mentions index the text; the record validates against the package schema."""
    an = _run("Die Polizei hat am Montag in Hamburg zwei Männer festgenommen. "
              "Auch in Tiflis nahm die Polizei am Dienstag Demonstranten fest.")
    gen = [e for e in an.entities if (e.key or "").startswith(KEY_PREFIX)]
    assert sorted(e.key for e in gen) == ["generic:police:DEU", "generic:police:GEO",
                                          "generic:protesters:GEO"]
    ids = [e.id for e in an.entities]
    assert len(set(ids)) == len(ids)
    for e in gen:
        assert e.kb is None and e.type == ("MISC" if "protesters" in e.key else "ORG")
        for m in e.mentions:
            assert an.article.text[m.start:m.end] == m.text
    used = {p for v in an.events for p in (*v.actors, *v.recipients)}
    assert {e.id for e in gen} <= used
    _validate(an)


def _validate(an) -> None:
    from chronik.schema.validate import record_errors

    assert record_errors(an.to_record()) == []


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_group_noun_is_a_trigger(lang):
    """A word both group and trigger ("Anklage": prosecution and indictment) would hide
    the trigger once read as a group."""
    from chronik.analysis.events.lexicon import load_lexicon

    lex, words = load_lexicon(lang), load_generic(lang)
    assert lex is not None and words is not None
    assert not [w for w in words.words if lex.lookup(w)]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_resources_load(lang):
    lex = load_generic(lang)
    assert lex is not None and lex.words
    kinds = {k.name for k in lex.words.values()}
    assert {"police", "military", "government", "rebels", "protesters", "judiciary"} <= kinds
    assert all(k.type in ("ORG", "MISC") for k in lex.words.values())


def test_unlinked_compound_name_stays_named():
    """An unlinked name that ends in a group noun ("Bundesverwaltungsgericht") is one body."""
    an = find_events(make("Das Bundesverwaltungsgericht hat den Antrag am Montag abgelehnt.",
                          entities={"Bundesverwaltungsgericht": ("ORG", "DEU", ["Bundesverwaltungsgericht"])},
                          timexes=TX))
    assert [(v.type, [an.entity(a).name for a in v.actors]) for v in an.events] == \
        [("REJECT", ["Bundesverwaltungsgericht"])]


def test_group_tagged_as_name_becomes_group():
    """"Tausende Demonstranten" returned as a name by the tagger is a crowd, not a name."""
    an = find_events(make("Tausende Demonstranten protestierten am Montag in Tiflis gegen das Gesetz.",
                          entities={**ENTS, "Tausende Demonstranten": ("MISC", None, ["Tausende Demonstranten"])},
                          timexes=TX))
    assert [(v.type, [an.entity(a).name for a in v.actors]) for v in an.events] == \
        [("PROTEST", ["protesters (GEO)"])]
