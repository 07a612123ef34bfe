"""English events, session 7 (sentences written for these tests): a coordinated speech verb
cites nothing before it ("X thanked Y and said …"), an English passive agent follows its
verb, a threat or offer takes the target of the act it governs, a group noun acts with a
recipient read from the complement, a told act outlives a merely possible one in dedupe,
and lexicon entries (obligations reported with "must", hunger strikes, road blockades,
halted aid, "opposed to", jailing, blowing up, complaints)."""

from __future__ import annotations

import pytest

from chronik.analysis.events import find_events

from .helpers import make, triples

ENTS = {
    "Volodymyr Zelensky": ("PER", "UKR", ["Volodymyr Zelensky", "Zelensky"]),
    "Donald Trump": ("PER", "USA", ["President Trump", "Trump"]),
    "Robert Mugabe": ("PER", "ZWE", ["President Mugabe", "Mugabe"]),
    "Russia": ("GPE", "RUS", ["Russia", "Russian"]),
    "Georgia": ("GPE", "GEO", ["Georgia"]),
    "Japan": ("GPE", "JPN", ["Japan"]),
    "Serbia": ("GPE", "SRB", ["Serbia"]),
    "Pakistan": ("GPE", "PAK", ["Pakistan"]),
    "Chile": ("GPE", "CHL", ["Chile"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "France": ("GPE", "FRA", ["France", "French"]),
    "Kyiv": ("LOC", "UKR", ["Kyiv"]),
    "Lagos": ("LOC", "NGA", ["Lagos"]),
    "Algiers": ("LOC", "DZA", ["Algiers"]),
    "Daily Mirror": ("ORG", "GBR", ["Daily Mirror"]),
}
TX = {"Friday": "2025-03-14", "Monday": "2025-03-10", "Tuesday": "2025-03-11"}


def _analysis(text: str):
    return find_events(make(text, "en", entities=ENTS, timexes=TX, date="2025-03-14"))


def _events(text: str):
    return triples(_analysis(text))


def test_thanked_person_is_the_recipient_not_a_source():
    an = _analysis("Zelensky thanked President Trump and said the talks had gone well.")
    support = [v for v in an.events if v.type == "SUPPORT"]
    assert support, "thanking is verbal support"
    v = support[0]
    assert [an.entity(a).name for a in v.actors] == ["Volodymyr Zelensky"]
    assert [an.entity(r).name for r in v.recipients] == ["Donald Trump"]
    assert not v.sources  # the later "said" reports the talks, not the thanks


def test_postposed_speech_verb_still_cites_the_clause_before():
    an = _analysis("Russia attacked Kyiv on Monday, Zelensky said.")
    v = next(v for v in an.events if v.type == "ASSAULT")
    assert [an.entity(s).name for s in v.sources] == ["Volodymyr Zelensky"]


def test_passive_agent_before_the_verb_is_not_its_actor():
    got = _events("According to figures cited by the Daily Mirror, the man flew home that "
                  "spring, only to be arrested for fraud.")
    assert not any(t == "COERCE" and actors == ["Daily Mirror"] for t, actors, _r in got)


def test_threat_takes_the_target_of_the_governed_act():
    got = _events("Pakistan threatened on Monday to break off relations with Chile.")
    assert ("THREATEN", ["Pakistan"], ["Chile"]) in got


def test_offer_takes_the_target_of_the_governed_act():
    got = _events("Russia offered to negotiate with Georgia.")
    assert ("AGREE", ["Russia"], ["Georgia"]) in got


def test_group_noun_demands_of_a_named_recipient():
    got = _events("Rebels demanded that President Mugabe resign.")
    assert ("REQUEST", ["rebels"], ["Robert Mugabe"]) in got


def test_reported_obligation_is_a_demand():
    got = _events("Russia said on Tuesday that Georgia must give back the seized trucks.")
    assert ("REQUEST", ["Russia"], ["Georgia"]) in got


def test_guess_with_must_in_a_quote_is_no_demand():
    got = _events('"Trump must have misread the letter," Zelensky said on Friday.')
    assert not any(t == "REQUEST" for t, _a, _r in got)


def test_hunger_strike_in_two_words():
    got = _events("Hundreds of workers began a hunger strike in Algiers on Monday.")
    assert any(t == "PROTEST" for t, _a, _r in got)


def test_protesters_blocking_roads_but_not_police():
    got = _events("Angry protesters blocked roads in Algiers on Friday.")
    assert any(t == "PROTEST" for t, _a, _r in got)
    got = _events("Police blocked roads in Algiers on Friday.")
    assert not any(t == "PROTEST" for t, _a, _r in got)


def test_halted_aid_is_a_sanction():
    got = _events("Japan halted economic aid to Serbia on Monday.")
    assert ("SANCTION", ["Japan"], ["Serbia"]) in got


def test_opposed_to_is_a_rejection():
    got = _events("Israel is opposed to any role for France in the vote.")
    assert any(t == "REJECT" and a == ["Israel"] for t, a, _r in got)


def test_jailed_and_blew_up():
    got = _events("Police in Lagos jailed twelve activists on Monday.")
    assert any(t == "COERCE" for t, _a, _r in got)
    got = _events("Rebels blew up a bridge near Lagos on Tuesday.")
    assert any(t == "ASSAULT" for t, _a, _r in got)


def test_exploding_plane_is_no_assault():
    got = _events("The Russian plane blew up in the air on Friday.")
    assert not any(t == "ASSAULT" for t, _a, _r in got)


def test_complaint_is_disapproval():
    got = _events("France complained on Tuesday about the Russian air raids.")
    assert any(t == "ACCUSE" and a == ["France"] for t, a, _r in got)


def test_told_act_outlives_a_possible_one_in_dedupe():
    an = _analysis("Japan has asked Serbia to release the crew. A new deal would allow Japan to "
                   "ask for more on Tuesday.")
    req = [v for v in an.events if v.type == "REQUEST"]
    assert req and req[0].modality != "hypothetical"
    assert [an.entity(r).name for r in req[0].recipients] == ["Serbia"]


def test_readiness_to_use_force_is_a_threat():
    got = _events("Israel stands prepared to declare a curfew across the south.")
    assert any(t == "THREATEN" and a == ["Israel"] for t, a, _r in got)
    assert not any(t == "AGREE" for t, _a, _r in got)


def test_force_made_conditional_is_a_threat_but_a_question_is_not():
    got = _events("Japan may halt its aid to Serbia if the fighting goes on.")
    assert ("THREATEN", ["Japan"], ["Serbia"]) in got
    got = _events("It is unclear if Russia would attack Georgia.")
    assert not any(t == "THREATEN" for t, _a, _r in got)
    got = _events("If Russia attacks, Georgia would answer.")
    assert not any(t == "THREATEN" and a == ["Russia"] for t, a, _r in got)


def test_crimes_committed_are_no_promise():
    got = _events("Chile investigated crimes committed by Russia in the war.")
    assert not any(t == "AGREE" for t, _a, _r in got)
    got = _events("Russia has committed to a ceasefire with Georgia.")
    assert any(t == "AGREE" and a == ["Russia"] for t, a, _r in got)


def test_lifted_sanctions_is_no_sanction():
    got = _events("France lifted sanctions on Chile on Monday.")
    assert not any(t == "SANCTION" for t, _a, _r in got)
    got = _events("France lifted the embargo on Chile on Monday.")
    assert ("CONCEDE", ["France"], ["Chile"]) in got


def test_relaxed_curfew_is_a_concession():
    got = _events("Chile relaxed the curfew on Monday.")
    assert any(t == "CONCEDE" and a == ["Chile"] for t, a, _r in got)


def test_violence_verbs():
    assert any(t == "ASSAULT" for t, _a, _r in _events(
        "Gunmen shot dead a policeman in Lagos on Monday."))
    assert any(t == "ASSAULT" for t, _a, _r in _events(
        "Police tear-gassed protesters in Lagos on Monday."))
    assert any(t == "ASSAULT" for t, _a, _r in _events(
        "Soldiers beat demonstrators in Lagos on Monday."))
    assert not any(t == "ASSAULT" for t, _a, _r in _events(
        "Chile beat Pakistan in the final on Monday."))
    assert not any(t == "ASSAULT" for t, _a, _r in _events(
        "Zelensky wound up his speech on Monday."))


def test_reduced_relations():
    assert ("SANCTION", ["Chile"], ["Israel"]) in _events("Chile cut diplomatic ties with Israel on Monday.")
    assert ("SANCTION", ["Chile"], ["Israel"]) in _events("Chile downgraded relations with Israel.")
    assert any(t == "SANCTION" for t, _a, _r in _events("France closed its embassy in Chile on Monday."))
    assert not any(t == "SANCTION" for t, _a, _r in _events("Chile cut its budget on Monday."))


def test_more_acts_by_groups_and_persons():
    got = _events("Police in Lagos rounded up dozens of activists on Monday.")
    assert any(t == "COERCE" for t, _a, _r in got)
    got = _events("Gunmen gunned down a judge in Lagos on Monday.")
    assert any(t == "ASSAULT" for t, _a, _r in got)
    got = _events("Zelensky stepped down on Monday.")
    assert ("RETREAT", ["Volodymyr Zelensky"], []) in got
    got = _events("Rebels walked out of the talks in Lagos on Monday.")
    assert any(t == "REJECT" for t, _a, _r in got)
    got = _events("Zelensky granted an amnesty to political prisoners on Monday.")
    assert any(t == "CONCEDE" and a == ["Volodymyr Zelensky"] for t, a, _r in got)


def test_drills_alone_mobilize_and_joint_ones_cooperate():
    assert any(t == "MOBILIZE" for t, _a, _r in _events(
        "Russia conducted military exercises near Kyiv on Monday."))
    got = _events("Russia and Georgia conducted joint military exercises on Monday.")
    assert any(t == "COOPERATE" for t, _a, _r in got)
    assert not any(t == "MOBILIZE" for t, _a, _r in got)


def test_murder_noun_and_nuclear_test_are_no_assault():
    assert not any(t == "ASSAULT" for t, _a, _r in _events(
        "Chile sought the man for an alleged murder on Monday."))
    assert not any(t == "ASSAULT" for t, _a, _r in _events(
        "Pakistan detonated a nuclear device on Monday."))


def test_told_to_is_an_order_and_the_ordered_act_no_event():
    got = _events("Russia told Georgia to withdraw its troops on Monday.")
    assert ("REQUEST", ["Russia"], ["Georgia"]) in got
    assert not any(t == "RETREAT" for t, _a, _r in got)
    assert not any(t == "REQUEST" for t, _a, _r in _events(
        "Zelensky told reporters on Monday that the talks went well."))


def test_vowed_revenge_or_retaliation_is_a_threat():
    assert any(t == "THREATEN" and a == ["Israel"] for t, a, _r in _events(
        "Israel vowed revenge on Monday."))
    assert ("THREATEN", ["Russia"], ["Georgia"]) in _events(
        "Russia vowed to retaliate against Georgia.")


@pytest.mark.parametrize(("text", "etype"), [
    ("France would prohibit all aid to Chile from Monday.", "SANCTION"),
    ("Chile shut down the opposition newspaper on Monday.", "COERCE"),
    ("Russia closed its border with Georgia on Monday.", "COERCE"),
    ("Rebels torched a police station in Lagos on Monday.", "ASSAULT"),
    ("Rebels set fire to a school in Lagos on Monday.", "ASSAULT"),
    ("A bomber detonated explosives in Lagos on Monday.", "ASSAULT"),
    ("France airlifted supplies to Chile on Monday.", "AID"),
    ("France defended the right of Chile to hold the vote.", "SUPPORT"),
    ("Chile is pushing for new talks with Pakistan.", "REQUEST"),
])
def test_more_english_triggers(text, etype):
    assert any(t == etype for t, _a, _r in _events(text)), _events(text)
