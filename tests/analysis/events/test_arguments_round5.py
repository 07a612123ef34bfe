"""Arguments and dates, session 5 (sentences written for these tests): an English event noun
that ends a noun phrase is no verb, a relative clause after a common noun has no named
subject, "It"/"They" take a named subject of the previous sentence and nobody after a
common-noun one, and a German present-tense clause about now takes no earlier date."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Israel": ("GPE", "ISR", ["Israel", "Israeli"]),
    "Iran": ("GPE", "IRN", ["Iran", "Iranian"]),
    "Kenya": ("GPE", "KEN", ["Kenya"]),
    "Nairobi": ("LOC", "KEN", ["Nairobi"]),
    "Sudan": ("GPE", "SDN", ["Sudan"]),
    "United States": ("GPE", "USA", ["U.S.", "United States"]),
    "South Africa": ("GPE", "ZAF", ["South Africa"]),
    "European Union": ("ORG", None, ["European Union", "EU"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine"]),
    "Anna Berg": ("PER", "DEU", ["Anna Berg", "Berg"]),
    "Polen": ("GPE", "POL", ["Polen"]),
}
TX = {"Friday": "2025-06-06", "Montag": "2025-06-02"}


def _events(text: str, lang: str = "en"):
    an = find_events(make(text, lang, entities=ENTS, timexes=TX))
    return [(v.trigger.text, v.type, [an.entity(a).name for a in v.actors],
             [an.entity(r).name for r in v.recipients], v.date.value) for v in an.events]


def _by(text: str, trigger: str, lang: str = "en"):
    return [e for e in _events(text, lang) if e[0] == trigger]


def test_object_noun_after_an_article_is_no_verb():
    # the seizing police are not the bombers
    assert _by("Police in Nairobi seized a car bomb on Friday.", "bomb") == []
    assert _by("The Israeli navy intercepted a missile attack near the coast.", "attack") == []


def test_event_noun_after_a_preposition_is_no_verb():
    got = _by("Kenya protested on Friday against U.S. missile attacks on Sudan.", "attacks")
    assert [(e[1], e[2], e[3]) for e in got] == [("ASSAULT", ["United States"], ["Sudan"])]


def test_state_adjective_before_a_compound_names_the_attacker():
    got = _by("Israel condemned the Iranian missile attack on Sudan.", "attack")
    assert got and got[0][2] == ["Iran"] and got[0][3] == ["Sudan"]


def test_a_bare_headline_verb_still_reads_as_verb():
    got = _by("Rebels attack Nairobi.", "attack")
    assert got and got[0][1] == "ASSAULT"


def test_relative_clause_after_common_noun_has_no_named_actor():
    assert _by("South Africa deplored the blasts which killed twenty people in Nairobi.", "killed") == []


def test_relative_clause_after_a_name_is_that_names():
    got = _by("Kenya thanked Israel which sent rescuers to Nairobi.", "sent")
    assert got and got[0][2] == ["Israel"]


def test_relative_after_a_place_in_a_phrase_is_the_phrases():
    text = "Anna Berg visited the embassies in Kenya, which had criticised Israel."
    assert _by(text, "criticised") == []


def test_it_after_a_named_subject_is_that_body():
    got = _by("The European Union met on Friday. It condemned the attack on Ukraine.", "condemned")
    assert got and got[0][2] == ["European Union"]


def test_it_after_a_common_noun_subject_is_nobody():
    text = ("A resolution, drafted by Kenya, Israel and South Africa, was adopted. "
            "It condemns the shelling of Ukraine.")
    assert _by(text, "condemns") == []


def test_de_present_tense_now_takes_no_earlier_date():
    text = ("Am Montag traf Anna Berg Vertreter aus Polen. "
            "Nun fordert Berg neue Gespräche mit Polen.")
    got = _by(text, "fordert", "de")
    assert got and got[0][4] is None


def test_de_present_tense_without_now_keeps_the_told_date():
    # the present goes on telling what was said on Monday
    text = ("Am Montag hat sich Anna Berg zu Polen geäußert. "
            "Berg fordert neue Gespräche mit Polen.")
    got = _by(text, "fordert", "de")
    assert got and got[0][4] == "2025-06-02"


def test_de_past_tense_keeps_the_narrative_date():
    text = ("Am Montag traf Anna Berg Vertreter aus Polen. "
            "Danach forderte Berg neue Gespräche mit Polen.")
    got = _by(text, "forderte", "de")
    assert got and got[0][4] == "2025-06-02"


def test_e_final_stems_have_an_ing_form():
    from chronik.analysis.events.lexicon import load_lexicon

    lex = load_lexicon("en")
    assert any(h.trigger.lemma == "investigate" for h in lex.lookup("investigating"))
    got = _by("The European Union is investigating Israel over the raid.", "investigating")
    assert got and got[0][2] == ["European Union"]


def test_names_inside_the_phrase_of_a_common_subject_do_not_act():
    text = "The blasts at the embassies in Nairobi, Kenya, killed twenty people on Friday."
    assert _by(text, "killed") == []


def test_title_with_of_keeps_the_person_as_subject():
    ents = dict(ENTS, **{"Max Muster": ("PER", "USA", ["Max Muster"])})
    an = find_events(make("Secretary of State Max Muster visited Kenya on Friday.", "en",
                          entities=ents, timexes=TX))
    got = [([an.entity(a).name for a in v.actors], [an.entity(r).name for r in v.recipients])
           for v in an.events if v.type == "CONSULT"]
    assert got == [(["Max Muster"], ["Kenya"])]


def test_a_states_ministry_stands_for_the_state():
    got = _by("Iran's foreign ministry condemned Israel on Friday.", "condemned")
    assert got and got[0][2] == ["Iran"] and got[0][3] == ["Israel"]


def test_de_verb_final_clause_goes_on_with_a_common_noun_relative():
    # "…, die … zerstörten, dabei … töteten": the militias kill, not the main clause's subject
    text = ("Am Montag traf Anna Berg den Anführer der Milizen, die im Mai das Dorf zerstörten, "
            "dabei zahlreiche Menschen töteten und andere vertrieben.")
    assert _by(text, "töteten", "de") == []


def test_de_main_clause_after_an_inserted_relative_keeps_its_subject():
    text = "Polen hatte dem Mann, der in Kenya lebt, im Mai die Einreise verweigert."
    got = _by(text, "verweigert", "de")
    assert got and got[0][2] == ["Polen"]


def test_agent_of_the_verb_is_not_the_event_nouns():
    # the court that judged the attack did not carry it out
    ents = dict(ENTS, **{"Gerichtshof": ("ORG", None, ["Gerichtshof"])})
    an = find_events(make("Der Angriff auf Kenya wurde vom Gerichtshof im Mai als Verbrechen eingestuft.",
                          "de", entities=ents, timexes=TX))
    assert not [v for v in an.events if v.type == "ASSAULT"]


def test_by_phrase_right_after_the_noun_names_its_actor():
    got = _by("Kenya condemned the attack by Sudan on Nairobi.", "attack")
    assert got and got[0][2] == ["Sudan"]


def test_it_after_a_report_points_into_the_reported_clause():
    text = "Officials said Israel attacked Sudan on Friday. It also threatened Kenya."
    got = _by(text, "threatened")
    assert got and got[0][2] == ["Israel"]


def test_de_attributive_participle_before_an_adjective_is_no_verb():
    # "den in Kenya stationierten polnischen Soldaten": the visitor stationed nobody
    ents = dict(ENTS, **{"Polen": ("GPE", "POL", ["Polen", "polnischen"])})
    an = find_events(make("Anna Berg stattete am Montag den in Kenya stationierten polnischen Soldaten "
                          "einen Besuch ab.", "de", entities=ents, timexes=TX))
    assert not [v for v in an.events if v.trigger.text == "stationierten"]


def test_en_present_tense_now_takes_no_earlier_date():
    text = "Israel attacked Sudan on Friday. Kenya now demands talks with Israel."
    got = _by(text, "demands")
    assert got and got[0][4] is None
    past = _by("Israel attacked Sudan on Friday. Kenya then demanded talks with Israel.", "demanded")
    assert past and past[0][4] == "2025-06-06"
