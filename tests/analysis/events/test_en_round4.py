"""English events, session 4 (sentences written for these tests): an auxiliary of a later
clause does not make a verb passive, a plural noun after an earlier finite verb is no second
verb, English noun compounds put the event noun last, and a date after "since"/"seit"
starts a span and dates no event."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Volodymyr Zelensky": ("PER", "UKR", ["Volodymyr Zelensky", "Zelensky"]),
    "Annalena Baerbock": ("PER", "DEU", ["Annalena Baerbock", "Baerbock"]),
    "Sergei Lavrov": ("PER", "RUS", ["Sergei Lavrov", "Lavrov", "Lawrow", "Lawrows"]),
    "Russia": ("GPE", "RUS", ["Russia", "Russian", "Moscow"]),
    "North Korea": ("GPE", "PRK", ["North Korea", "Nordkorea"]),
    "Odesa": ("LOC", "UKR", ["Odesa"]),
}
TX = {"Friday": "2025-03-14", "2018": "2018"}


def _events(text: str, lang: str = "en"):
    an = find_events(make(text, lang, entities=ENTS, timexes=TX))
    return [(v.type, [an.entity(a).name for a in v.actors],
             [an.entity(r).name for r in v.recipients], v.date.value) for v in an.events]


def test_later_clause_auxiliary_does_not_make_the_verb_passive():
    got = _events("Zelensky accused Moscow of stalling the talks, saying the delays were deliberate.")
    assert ("ACCUSE", ["Volodymyr Zelensky"], ["Russia"], None) in got


def test_plural_noun_after_a_finite_verb_is_not_a_second_verb():
    got = _events("Baerbock condemned the overnight drone strikes on Odesa.")
    assert [g for g in got if g[0] == "ASSAULT"] == []  # the condemner struck nothing
    assert any(g[0] == "ACCUSE" and g[1] == ["Annalena Baerbock"] for g in got)


def test_possessor_of_a_compound_modifies_the_event_noun():
    got = _events("Baerbock condemned Russia's drone strikes on Odesa.")
    assert any(g[0] == "ASSAULT" and g[1] == ["Russia"] for g in got)


def test_possessor_does_not_reach_over_a_preposition():
    got = _events("Lavrov was in the North Korean capital for talks on Friday.")
    assert not any(g[1] == ["North Korea"] for g in got)


def test_a_verb_after_a_plural_subject_still_counts():
    got = _events("Russian drones struck Odesa on Friday.")
    assert ("ASSAULT", ["Russia"], [], "2025-03-14") in got or any(
        g[0] == "ASSAULT" and g[1] == ["Russia"] and g[3] == "2025-03-14" for g in got)


def test_since_date_dates_no_event():
    for text, lang in (("It was Lavrov's first trip to North Korea since 2018.", "en"),
                       ("Es war Lawrows erste Reise nach Nordkorea seit 2018.", "de")):
        got = _events(text, lang)
        assert got, text
        assert all(g[3] != "2018" for g in got), (text, got)


def test_name_before_a_dependent_noun_only_says_whose():
    ents = dict(ENTS, **{"Donald Trump": ("PER", "USA", ["Donald Trump", "Trump"]),
                         "Vladimir Putin": ("PER", "RUS", ["Vladimir Putin", "Putin"])})
    an = find_events(make("A Trump envoy met Putin in Moscow on Friday.", "en", entities=ents,
                          timexes=TX))
    assert not any(an.entity(a).name == "Donald Trump" for v in an.events for a in v.actors)


def test_prisoner_exchange_is_mutual_cooperation():
    for text, lang in (("Russia and Ukraine exchanged 200 prisoners on Friday.", "en"),
                       ("Russland und die Ukraine tauschten 200 Gefangene aus.", "de")):
        ents = dict(ENTS, Ukraine=("GPE", "UKR", ["Ukraine"]), Russland=("GPE", "RUS", ["Russland"]))
        an = find_events(make(text, lang, entities=ents, timexes=TX))
        got = [(v.type, {an.entity(a).name for a in (*v.actors, *v.recipients)}) for v in an.events]
        assert any(t == "COOPERATE" and "Ukraine" in p for t, p in got), (text, got)
    an = find_events(make("They exchanged views on trade.", "en", entities=ENTS, timexes=TX))
    assert an.events == ()


def test_coordinated_speech_verb_opens_its_own_clause():
    an = find_events(make("Zelensky accused Moscow of blackmail and said the government would not "
                          "give in.", "en", entities=ENTS, timexes=TX))
    acc = [v for v in an.events if v.type == "ACCUSE"]
    assert acc and acc[0].modality != "negated"  # the "not" is the second clause's


def test_until_date_dates_no_event():
    ents = dict(ENTS, Georgia=("GPE", "GEO", ["Georgia"]))
    an = find_events(make("Georgia suspended talks with Russia until 2028.", "en", entities=ents,
                          timexes={"2028": "2028"}))
    assert [v.date.value for v in an.events if v.type == "SANCTION"] == [None]


def test_regretting_another_ones_move_is_no_concession():
    got = _events("Russia said it regretted the move.")
    assert not any(g[0] == "CONCEDE" for g in got)
    got = _events("Russia said it regretted the deaths of civilians in Odesa.")
    assert any(g[0] == "CONCEDE" for g in got)


def test_relative_clause_subject_is_its_antecedent_and_not_what_the_sentence_reports():
    ents = dict(ENTS, Ukraine=("GPE", "UKR", ["Ukraine"]))
    an = find_events(make("Russia, which attacked Ukraine in 2022, denied the claims.", "en",
                          entities=ents, timexes=TX))
    got = [(v.type, [an.entity(a).name for a in v.actors], v.modality, v.date.value)
           for v in an.events]
    assert ("ASSAULT", ["Russia"], "asserted", "2018") not in got
    assert any(t == "ASSAULT" and a == ["Russia"] and m == "asserted" for t, a, m, _d in got), got


def test_main_clause_does_not_take_the_relative_clause_date():
    ents = dict(ENTS, Russland=("GPE", "RUS", ["Russland"]), Ukraine=("GPE", "UKR", ["Ukraine"]))
    an = find_events(make("Russland, das 2022 die Ukraine angriff, wies die Vorwürfe zurück.", "de",
                          entities=ents, timexes={"2022": "2022"}))
    rej = [v for v in an.events if v.type == "REJECT"]
    assert rej and rej[0].date.value is None and not rej[0].recipients


def test_a_conditional_threat_is_still_a_threat():
    ents = dict(ENTS, Iran=("GPE", "IRN", ["Iran", "Tehran"]))
    an = find_events(make("Russia threatened military action if Tehran refused the deal.", "en",
                          entities=ents, timexes=TX))
    assert [v.modality for v in an.events if v.type == "THREATEN"] == ["asserted"]


def test_missile_fired_without_a_target_is_a_weapons_test():
    ents = dict(ENTS, **{"North Korea": ("GPE", "PRK", ["North Korea"])})
    an = find_events(make("North Korea fired a ballistic missile into the sea on Friday.", "en",
                          entities=ents, timexes=TX))
    assert [(v.type, v.mode) for v in an.events] == [("MOBILIZE", "weapons")]
    an = find_events(make("Russia fired missiles at Odesa on Friday.", "en", entities=ENTS, timexes=TX))
    assert [v.type for v in an.events] == ["ASSAULT"]


def test_purpose_infinitive_is_done_by_the_subject():
    ents = dict(ENTS, **{"Joe Biden": ("PER", "USA", ["Joe Biden", "Biden"]),
                         "Keir Starmer": ("PER", "GBR", ["Keir Starmer", "Starmer"])})
    an = find_events(make("Joe Biden called Starmer on Friday to congratulate him.", "en",
                          entities=ents, timexes=TX))
    sup = [v for v in an.events if v.type == "SUPPORT"]
    an2 = find_events(make("Joe Biden called Starmer to congratulate him.", "en",
                           entities=ents, timexes=TX))
    sup2 = [v for v in an2.events if v.type == "SUPPORT"]
    assert sup2 and [an2.entity(a).name for a in sup2[0].actors] == ["Joe Biden"]
    assert all(an.entity(a).name != "Keir Starmer" for v in sup for a in v.actors)
    an3 = find_events(make("Joe Biden urged Starmer to condemn the attack.", "en", entities=ents,
                           timexes=TX))
    assert any(v.type == "REQUEST" for v in an3.events)
