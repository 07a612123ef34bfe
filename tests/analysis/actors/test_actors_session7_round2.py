"""Session 7, round 2: a city's name read as its namesake region, two KB people of one surname,
English capitalized pairs without a sign of a person, clubs and streets named after places.
Every example sentence is our own invention."""

from __future__ import annotations

import pytest

from chronik.analysis.actors import find_entities
from chronik.analysis.segment import find_sentences
from chronik.model import Analysis, Article

CITY = "chronik:place-new-york-city"
STATE = "chronik:place-new-york-state"


def ents(text: str, date: str, lang: str = "en"):
    """The actors stage alone, on the segmenter's sentences."""
    art = Article.create(text, lang=lang, date=date)
    return find_entities(find_sentences(Analysis(article=art))).entities


def kb_at(text: str, date: str, pos: int, lang: str = "en") -> str | None:
    """The KB id of the entity with a mention starting at `pos` ("missing" if none)."""
    for e in ents(text, date, lang):
        if any(m.start == pos for m in e.mentions):
            return e.kb
    return "missing"


def type_of(text: str, mention: str, date: str = "1999-05-01", lang: str = "en") -> str | None:
    for e in ents(text, date, lang):
        if any(m.text == mention for m in e.mentions):
            return e.type
    return None


# -- 1. the region reading of a name shared by a city and a region -----------------------------
@pytest.mark.parametrize("text,lang", [
    ("Snow closed roads across upstate New York overnight.", "en"),
    ("Flooding hit parts of northern New York on Friday.", "en"),
    ("The New York governor signed the budget late on Friday.", "en"),
    ("New York's legislature passed the bill.", "en"),
    ("The governor of New York vetoed the plan.", "en"),
    ("Im nördlichen New York fiel viel Schnee.", "de"),
    ("Der Gouverneur von New York unterschrieb das Gesetz.", "de"),
    ("New Yorks Gouverneur unterschrieb das Gesetz.", "de"),
])
def test_region_reading_after_compass_words_and_regional_offices(text, lang):
    pos = text.index("New York")
    assert kb_at(text, "2008-03-01", pos, lang) == STATE


@pytest.mark.parametrize("text,lang", [
    ("The mayor spoke in New York on Monday.", "en"),
    ("New York's subway stopped for an hour.", "en"),
    ("In New York fuhr am Montag keine U-Bahn.", "de"),
])
def test_city_reading_stays_without_region_cues(text, lang):
    pos = text.index("New York")
    assert kb_at(text, "2008-03-01", pos, lang) == CITY


@pytest.mark.parametrize("text,lang,region", [
    ("The Washington governor toured eastern Washington after the floods.", "en", "eastern"),
    ("Der Gouverneur von Washington besuchte das östliche Washington.", "de", "östliche"),
])
def test_a_capital_that_names_a_state_too_gets_the_state_after_region_cues(text, lang, region):
    pos = text.index("Washington", text.index(region))
    assert kb_at(text, "1999-01-01", pos, lang) == "chronik:place-washington-state"
    text = "Washington rejected the offer on Monday."
    assert kb_at(text, "1999-01-01", 0, "en") == "Q30"  # the capital for the state


def test_a_dateline_abbreviation_of_the_state_does_not_make_the_city_the_state():
    text = "BUFFALO, N.Y. The suspects were held in a jail in New York for a week."
    assert kb_at(text, "1999-06-07", text.index("New York"), "en") == CITY


# -- 2. two KB people of one surname ---------------------------------------------------------
FIDEL, RAUL = "chronik:per-fidel-castro", "chronik:per-raul-castro"
GWB, GHWB = "chronik:per-george-w-bush", "chronik:per-george-h-w-bush"


def test_bare_surname_is_the_one_named_in_full_last():
    text = ("Fidel Castro spoke first in the morning. Then Raúl Castro answered the questions. "
            "Castro said the harvest was good.")
    assert kb_at(text, "2008-03-01", text.rindex("Castro said"), "en") == RAUL
    text = ("George H. W. Bush visited the ranch. George W. Bush greeted him at the gate. "
            "Bush then spoke to reporters.")
    assert kb_at(text, "2002-03-01", text.rindex("Bush then"), "en") == GWB
    text = ("George W. Bush greeted his father George H. W. Bush at the gate. "
            "Bush, aged 78, then spoke to reporters.")
    assert kb_at(text, "2002-03-01", text.rindex("Bush, aged"), "en") == GHWB


def test_surname_before_a_kinship_word_is_left_alone_when_two_are_named():
    text = ("Fidel Castro met Raúl Castro in the capital. Castro's brother spoke later. "
            "Castro said the talks went well.")
    assert kb_at(text, "2008-03-01", text.index("Castro's"), "en") == "missing"
    text = ("Fidel Castro traf Raúl Castro in der Hauptstadt. Castros Bruder sprach später.")
    assert kb_at(text, "2008-03-01", text.index("Castros"), "de") == "missing"


def test_one_bearer_named_keeps_the_surname_before_a_kinship_word():
    text = "Fidel Castro spoke for hours. Castro's brother listened."
    assert kb_at(text, "2005-03-01", text.index("Castro's"), "en") == FIDEL


# -- 3. English capitalized pairs with no sign of a person --------------------------------------
@pytest.mark.parametrize("text,mention,etype", [
    ("Shares of the broker rose after Quentor Valdamm reported a profit.", "Quentor Valdamm", "ORG"),
    ("Roman Catholic bishops met in the capital on Sunday.", "Roman Catholic", "MISC"),
    ("The protesters gathered in Parque Central before noon.", "Parque Central", "LOC"),
    ("The crowd moved on to Fort Lauderdale by evening.", "Fort Lauderdale", "LOC"),
    ("The shop on Oakridge Boulevard closed early.", "Oakridge Boulevard", "LOC"),
    ("Talks with Middle Eastern envoys resumed.", "Middle Eastern", "MISC"),
    ("Delegates from the Central Asian states met.", "Central Asian", "MISC"),
])
def test_capitalized_pairs_typed_by_evidence(text, mention, etype):
    assert type_of(text, mention) == etype


def test_a_faith_word_that_is_not_the_head_leaves_a_body():
    assert type_of("Members of the Islamic Valdamm Front were arrested.", "Islamic Valdamm Front") != "MISC"


@pytest.mark.parametrize("text,mention", [
    ("Quentor Valdamm said he would appeal the ruling.", "Quentor Valdamm"),
    ("The loan went to Quentor Valdamm, who runs a small farm.", "Quentor Valdamm"),
    ("The farm belongs to Quentor Valdamm, 54, and his wife.", "Quentor Valdamm"),
    ("John Valdamm bought the farm last year.", "John Valdamm"),
    ("Christian Valdamm bought the farm last year.", "Christian Valdamm"),
    ("The farm was sold by J. Valdamm in May.", "J. Valdamm"),
    ("Later Quentor Valdamm, the chairman of the board, resigned.", "Quentor Valdamm"),
    ("\"The harvest was poor,\" said Quentor Valdamm of the growers' union.", "Quentor Valdamm"),
])
def test_capitalized_pairs_with_a_sign_of_a_person_stay_people(text, mention):
    assert type_of(text, mention) == "PER"


def test_surname_with_a_pronoun_elsewhere_makes_every_mention_a_person():
    text = ("The ranch was bought by Quentor Valdamm last spring. Neighbours were surprised. "
            "Valdamm said he wanted quiet.")
    assert type_of(text, "Quentor Valdamm") == "PER"


# -- 4. clubs and streets named after places ---------------------------------------------------
@pytest.mark.parametrize("text,lang,club", [
    ("Der Verteidiger wechselt vom SC Freiburg nach Spanien.", "de", "SC Freiburg"),
    ("Der FC Hansa Rostock gewann das Spiel klar.", "de", "FC Hansa Rostock"),
    ("Zuvor spielte er beim FC Basel.", "de", "FC Basel"),
    ("Im Spiel gegen Dynamo Kiew fiel kein Tor.", "de", "Dynamo Kiew"),
])
def test_club_named_after_a_place_is_an_organization(text, lang, club):
    found = {m.text: (e.type, e.kb) for e in ents(text, "2006-01-01", lang) for m in e.mentions}
    assert found[club][0] == "ORG"
    place = club.split()[-1]
    assert place not in found  # the place itself is not mentioned


@pytest.mark.parametrize("text,lang,street", [
    ("The shop at 40 Vermont St. was robbed.", "en", "Vermont St."),
    ("Am Pariser Platz versammelten sich Hunderte.", "de", "Pariser Platz"),
])
def test_street_named_after_a_place_is_no_mention_of_it(text, lang, street):
    found = {m.text: (e.type, e.kb) for e in ents(text, "2006-01-01", lang) for m in e.mentions}
    assert found[street] == ("LOC", None)


def test_a_rank_after_a_state_keeps_the_state():
    text = "Im Vergleich belegt Ruanda Platz 12 der Liste."
    found = {m.text: e.kb for e in ents(text, "2006-01-01", "de") for m in e.mentions}
    assert found.get("Ruanda") is not None


def test_state_adjective_before_language_names_the_language():
    text = "A Spanish-language station interviewed the mayor."
    found = {m.text for e in ents(text, "2000-01-01") for m in e.mentions}
    assert "Spanish" not in found
    text = "The Spanish ambassador met the mayor."
    found = {m.text: e.kb for e in ents(text, "2000-01-01") for m in e.mentions}
    assert found["Spanish"] == "Q29"


@pytest.mark.parametrize("word,common", [
    ("Benzin", True),  # a noun only
    ("Koch", False),  # a noun and a surname
    ("Schmidt", False),
    ("BaFin", False),  # written as a name
    ("Benzin Kanne", False),  # more than one word
])
def test_common_noun_is_a_noun_never_a_name(word, common):
    from chronik.analysis.actors.link import _common_noun

    assert _common_noun("de", word) is common
    assert _common_noun("en", word) is False  # no English word list: nothing is dropped


def test_surname_of_a_tagged_namesake_is_not_the_kb_person_de():
    text = ("Im Finale traf er auf den Tennisspieler Daniil Medvedev. "
            "Medvedev gewann den ersten Satz deutlich.")
    got = ents(text, "2022-01-30", "de")
    medvedev = [e for e in got if any(m.text == "Medvedev" for m in e.mentions)]
    assert medvedev and medvedev[0].kb is None
    assert "Daniil Medvedev" in [m.text for m in medvedev[0].mentions]


@pytest.mark.parametrize("text,lang,mention,city", [
    ("HAVANA (AP) -- Crowds filled the streets on Friday.", "en", "HAVANA", "Q1563"),
    ("MOSCOW, May 3 -- The talks went on late.", "en", "MOSCOW", "Q649"),
])
def test_a_capital_in_a_dateline_is_the_city(text, lang, mention, city):
    found = {m.text: e.kb for e in ents(text, "2000-01-15", lang) for m in e.mentions}
    assert found[mention] == city


def test_a_capital_opening_a_sentence_elsewhere_still_stands_for_its_state():
    text = "The envoy left early. Moscow rejected the offer on Friday."
    found = {m.text: e.kb for e in ents(text, "2000-01-15") for m in e.mentions}
    assert found["Moscow"] == "Q159"


def test_a_club_with_and_without_its_prefix_is_one_entity():
    text = "Der FC Hansa Rostock gewann am Samstag. Hansa Rostock bleibt damit oben."
    got = [e for e in ents(text, "2006-01-01", "de") if e.type == "ORG"]
    assert len(got) == 1 and [m.text for m in got[0].mentions] == ["FC Hansa Rostock", "Hansa Rostock"]


# -- a square or street named after a person is a place, and lends the person no mention ---------
def test_square_named_after_a_person_is_a_place_not_the_person():
    text = ("Thousands of soldiers marched across Kim Il Sung Square on Saturday. "
            "Kim waved from a balcony while Kim Jong-un's guests watched.")
    found = ents(text, "2025-10-11")
    square = [e for e in found if any(m.text == "Kim Il Sung Square" for m in e.mentions)]
    assert square and square[0].type == "LOC" and square[0].kb is None
    assert not any(e.kb == "chronik:per-kim-il-sung" for e in found)
