"""English events, session 8 (sentences written for these tests): a number's modifier ("about
200", "up to 50") opens no prepositional phrase, so a counted group is still the subject; a
counted people protests; "blamed X for the attack" gives the attack no doer; "in response to
the X strikes" is dated as "in response to X strikes"; unnamed civilians are a generic group;
an agentless passive of force with a named target has an unknown actor."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make, triples

ENTS = {
    "Volodymyr Zelensky": ("PER", "UKR", ["Volodymyr Zelensky", "Zelensky"]),
    "Donald Trump": ("PER", "USA", ["President Trump", "Trump"]),
    "Robert Mugabe": ("PER", "ZWE", ["President Mugabe", "Mugabe"]),
    "Russia": ("GPE", "RUS", ["Russia", "Russian"]),
    "Serbia": ("GPE", "SRB", ["Serbia", "Serbs"]),
    "Japan": ("GPE", "JPN", ["Japan", "Japanese"]),
    "Pakistan": ("GPE", "PAK", ["Pakistan", "Pakistani"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "Chile": ("GPE", "CHL", ["Chile", "Chilean"]),
    "Peru": ("GPE", "PER", ["Peru", "Peruvian"]),
    "France": ("GPE", "FRA", ["France", "French"]),
    "Kyiv": ("LOC", "UKR", ["Kyiv"]),
    "Lagos": ("LOC", "NGA", ["Lagos"]),
    "Algiers": ("LOC", "DZA", ["Algiers"]),
}
TX = {"Friday": "2025-03-14", "Monday": "2025-03-10", "Tuesday": "2025-03-11"}


def _analysis(text: str):
    return find_events(make(text, "en", entities=ENTS, timexes=TX, date="2025-03-14"))


def _events(text: str):
    return triples(_analysis(text))


# (1) quantified subjects

def test_number_modifier_keeps_the_group_as_subject():
    got = _events("About 300 protesters marched and demonstrated outside the parliament in Lagos on Monday.")
    assert any(t == "PROTEST" and a and a[0].startswith("protesters") and r == [] for t, a, r in got), got


def test_up_to_a_number_is_no_prepositional_phrase():
    got = _events("Up to 80 angry protesters demonstrated in Algiers on Tuesday.")
    assert [(t, a) for t, a, _r in got] == [("PROTEST", ["protesters (DZA)"])], got


def test_counted_group_after_a_preposition_and_a_modifier_is_the_target():
    got = _events("Police clashed with about 200 protesters in Lagos on Monday.")
    assert ("ASSAULT", ["police (NGA)"], ["protesters (NGA)"]) in got, got


def test_counted_people_before_the_verb_protest():
    got = _events("Up to 50 Serbs demonstrated in Algiers on Tuesday.")
    assert ("PROTEST", ["Serbia"], []) in got, got


def test_counted_people_as_object_are_still_no_actor():
    got = _events("Some 40 Serbs were arrested by police in Algiers.")
    assert all(a != ["Serbia"] for _t, a, _r in got), got


# (3) a definite noun after "for" that is the reason of blame

def test_reason_for_blame_gives_the_attack_no_doer():
    got = _events("Japan condemned Russia on Monday for the attack.")
    assert ("ACCUSE", ["Japan"], ["Russia"]) in got
    assert not any(t == "ASSAULT" for t, _a, _r in got), got


def test_blamed_for_the_attack_is_not_the_accusers_attack():
    got = _events("Israel blamed Pakistan for the attack.")
    assert got == [("ACCUSE", ["Israel"], ["Pakistan"])], got


def test_purpose_for_talks_still_has_the_subject():
    got = _events("Zelensky was in Algiers on Monday for talks with President Trump.")
    assert ("CONSULT", ["Volodymyr Zelensky"], ["Donald Trump"]) in got, got


# (4) "in response to (the) X strikes": the strikes came first, undated either way

def test_anterior_noun_with_and_without_article():
    for text in ("Russia fired missiles at Kyiv on Monday in response to the French air strikes on Chile.",
                 "Russia fired missiles at Kyiv on Monday in response to French air strikes on Chile."):
        an = _analysis(text)
        strikes = [v for v in an.events if v.trigger.text == "strikes"]
        fired = [v for v in an.events if v.trigger.text == "fired"]
        assert strikes and fired, text
        assert [an.entity(a).name for a in strikes[0].actors] == ["France"]
        assert strikes[0].date.value is None, text
        assert fired[0].date.value == "2025-03-10"


# civilians as a generic group

def test_unnamed_foreigners_are_a_generic_target():
    got = _events("Police arrested 14 foreigners in Lagos on Monday.")
    assert ("COERCE", ["police (NGA)"], ["civilians (NGA)"]) in got, got


# (2) unknown actor: agentless passive of force with a named target

def test_agentless_passive_attack_has_an_unknown_actor():
    an = _analysis("Two Japanese diplomats were killed in Lagos on Monday.")
    v = next(v for v in an.events if v.type == "ASSAULT")
    assert v.actors == ()
    assert [an.entity(r).name for r in v.recipients] == ["Japan"]
    assert v.date.value == "2025-03-10"


def test_agentless_passive_named_person():
    got = _events("President Mugabe has reportedly been attacked in Algiers.")
    assert ("ASSAULT", [], ["Robert Mugabe"]) in got, got


def test_agentless_passive_needs_a_named_target():
    assert not [e for e in _events("Three soldiers were killed near Kyiv on Monday.") if e[0] == "ASSAULT"]


def test_passive_in_a_conditional_pronoun_clause_has_no_target():
    got = _events("Chile stands ready to defend Serbia if it is attacked.")
    assert not any(t == "ASSAULT" and not a for t, a, _r in got), got


def test_passive_aux_of_another_verb_makes_no_unknown_actor():
    got = _events("The suspect was seen in Lagos days after a sniper killed President Mugabe.")
    assert not any(t == "ASSAULT" and not a for t, a, _r in got), got


def test_agent_named_keeps_the_agent():
    got = _events("Zelensky was attacked by Russia on Monday.")
    assert ("ASSAULT", ["Russia"], ["Volodymyr Zelensky"]) in got, got


# lexicon and roles: stone-throwing, partitive "scores of", "fired into", parts of a place

def test_throwing_stones_is_a_riot_against_the_target():
    got = _events("Dozens of young Serbs threw stones at French soldiers in Algiers on Friday.")
    assert ("PROTEST", ["Serbia"], ["France"]) in got, got


def test_scores_of_is_a_partitive_head():
    got = _events("Scores of protesters rallied outside the Japanese embassy in Lagos.")
    assert any(t == "PROTEST" and a == ["protesters (NGA)"] for t, a, _r in got), got


def test_fired_into_a_part_of_a_state():
    got = _events("Pakistan fired shells into northern Israel on Monday.")
    assert ("ASSAULT", ["Pakistan"], ["Israel"]) in got, got


def test_target_named_by_its_place_is_the_places_state():
    got = _events("The Japanese army shelled rebel positions in northern Chile on Monday.")
    assert ("ASSAULT", ["Japan"], ["Chile"]) in got, got


def test_target_place_of_the_doers_own_state_is_no_recipient():
    got = _events("The Chilean army shelled rebel positions in northern Chile on Monday.")
    assert ("ASSAULT", ["Chile"], []) in got, got


def test_lifting_sanctions_is_a_concession_to_the_target():
    assert ("CONCEDE", ["Japan"], ["Serbia"]) in _events("Japan lifted its sanctions against Serbia.")


def test_easing_sanctions_names_the_target():
    got = _events("Russia eased sanctions on Pakistan on Friday.")
    assert ("CONCEDE", ["Russia"], ["Pakistan"]) in got, got


def test_generic_agent_fills_the_unknown_actor():
    got = _events("Three Japanese engineers were abducted by gunmen in Lagos.")
    assert ("ASSAULT", ["rebels (NGA)"], ["Japan"]) in got, got
    assert not any(t == "ASSAULT" and not a for t, a, _r in got), got


def test_agentless_death_in_an_accident_is_no_attack():
    for text in ("Two Japanese tourists were killed in a bus crash near Lagos.",
                 "Three Chilean fishermen were killed when a storm hit the coast."):
        assert not any(t == "ASSAULT" for t, _a, _r in _events(text)), text


def test_opened_fire_without_a_target_phrase():
    got = _events("Russian troops opened fire near Kyiv on Monday.")
    assert ("ASSAULT", ["Russia"], []) in got, got


def test_injured_needs_a_party_as_target():
    assert ("ASSAULT", ["Japan"], ["Pakistan"]) in _events("Japanese troops injured three Pakistani soldiers.")
    assert not _events("President Mugabe injured his knee in Algiers.")


def test_subordinate_clause_subject_with_a_head_noun():
    got = _events("Tension rose after Japanese troops attacked Pakistani soldiers.")
    assert ("ASSAULT", ["Japan"], ["Pakistan"]) in got, got


def test_opened_fire_in_a_subordinate_clause():
    got = _events("Tension rose after Japanese troops opened fire on Pakistani soldiers.")
    assert ("ASSAULT", ["Japan"], ["Pakistan"]) in got, got


# a participle demand after a message: the addressee is asked

def test_wrote_to_someone_demanding_asks_the_addressee():
    got = _events("Zelensky wrote to President Trump on Monday, demanding that Russia return the prisoners.")
    assert ("REQUEST", ["Volodymyr Zelensky"], ["Donald Trump"]) in got, got


def test_called_someone_urging_him_asks_the_one_called():
    got = _events("Zelensky called President Trump on Tuesday, urging him to send more weapons.")
    assert ("REQUEST", ["Volodymyr Zelensky"], ["Donald Trump"]) in got, got


def test_participle_with_its_own_object_keeps_it():
    got = _events("Zelensky met President Trump in Algiers, urging Russia to end the war.")
    assert ("REQUEST", ["Volodymyr Zelensky"], ["Russia"]) in got, got


def test_a_letter_sent_is_no_aid():
    got = _events("Zelensky sent a letter to President Trump, asking for more weapons.")
    assert not any(t == "AID" for t, _a, _r in got), got
    assert ("REQUEST", ["Volodymyr Zelensky"], ["Donald Trump"]) in got, got


def test_wanting_another_party_to_act_is_a_request():
    got = _events("Zelensky wants France to send more weapons.")
    assert ("REQUEST", ["Volodymyr Zelensky"], ["France"]) in got, got


def test_wanting_to_act_oneself_is_no_request():
    assert not [e for e in _events("Zelensky wants to meet President Trump.") if e[0] == "REQUEST"]


def test_wanting_a_thing_is_no_request():
    got = _events("Serbia is opposed to joining the talks and instead wants a strong government in Algiers.")
    assert not [e for e in got if e[0] == "REQUEST"], got


def test_civilians_are_no_target_of_praise():
    got = _events("Japanese officials hailed the deal as proof that foreigners can invest in Chile.")
    assert not any(any(r.startswith("civilians") for r in rs) for _t, _a, rs in got), got


def test_number_word_after_to_is_no_infinitive():
    got = _events("Chile has granted asylum to two Peruvian officers.")
    assert ("AID", ["Chile"], ["Peru"]) in got, got


def test_possessive_after_a_preposition_keeps_the_phrase():
    got = _events("President Trump held talks with his Japanese counterpart in Algiers on Monday.")
    assert ("CONSULT", ["Donald Trump"], ["Japan"]) in got, got


def test_indirect_object_of_a_light_verb_is_the_recipient():
    got = _events("Chile granted President Mugabe asylum on Monday.")
    assert ("AID", ["Chile"], ["Robert Mugabe"]) in got, got


def test_demanded_withdrawal_asks_the_withdrawing_party():
    got = _events("Japan demanded the withdrawal of Russian forces from Chile on Monday.")
    assert ("REQUEST", ["Japan"], ["Russia"]) in got, got


def test_called_for_resignation_asks_the_person():
    got = _events("Chile called for the resignation of President Mugabe.")
    assert ("REQUEST", ["Chile"], ["Robert Mugabe"]) in got, got


def test_rejected_offer_from_a_party_answers_it():
    got = _events("Pakistan rejected a fresh offer from Chile for direct talks.")
    assert ("REJECT", ["Pakistan"], ["Chile"]) in got, got


def test_accepted_proposal_by_a_party():
    got = _events("Japan accepted the proposal by Chile.")
    assert ("AGREE", ["Japan"], ["Chile"]) in got, got


def test_threat_of_import_restrictions_targets_the_goods_state():
    got = _events("Japan threatened on Monday to impose import restrictions against Chilean goods.")
    assert ("THREATEN", ["Japan"], ["Chile"]) in got, got


def test_imposed_tariffs_are_a_sanction():
    assert ("SANCTION", ["Japan"], ["Chile"]) in _events("Japan imposed tariffs on Chilean wine.")


def test_coordinated_parties_meet_when_the_only_recipient_read_is_one_of_them():
    got = _events("Japan and Chile renewed negotiations on Monday on a Japanese troop pullback from Chile.")
    assert ("CONSULT", ["Japan"], ["Chile"]) in got, got


def test_a_leaders_warm_welcome_to_another_is_a_visit():
    got = _events("President Mugabe gave a warm welcome on Tuesday to President Trump.")
    assert ("CONSULT", ["Robert Mugabe"], ["Donald Trump"]) in got, got


def test_a_states_welcome_to_a_plan_is_support():
    got = _events("Japan gave a cautious welcome to Chile's plan.")
    assert ("SUPPORT", ["Japan"], ["Chile"]) in got, got


def test_a_place_does_not_stand_in_for_a_needed_target():
    got = _events("Japanese troops injured hundreds of people in Chile on Monday.")
    assert not [e for e in got if e[0] == "ASSAULT" and e[2] == ["Chile"]], got
