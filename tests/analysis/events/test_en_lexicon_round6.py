"""English trigger lexicon and generic actors, round 6 (sentences written for these tests):
deportations, allegations, accession signatures, meetings that end, shows of force, police
deployments, court sanctions, crowds kept out, and the senses of "offer", "order", "appeal",
"execute" and "bombing" that are no event."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Moldova": ("GPE", "MDA", ["Moldova", "Moldovan"]),
    "Georgia": ("GPE", "GEO", ["Georgia", "Georgian"]),
    "Ghana": ("GPE", "GHA", ["Ghana", "Ghanaian"]),
    "Estonia": ("GPE", "EST", ["Estonia", "Estonian"]),
    "Latvia": ("GPE", "LVA", ["Latvia", "Latvian"]),
    "United States": ("GPE", "USA", ["United States", "US", "American"]),
    "Accra": ("GPE", "GHA", ["Accra"]),
    "Ivo Kask": ("PER", None, ["Ivo Kask", "Kask"]),
    "Lena Ozols": ("PER", None, ["Lena Ozols", "Ozols"]),
    "Tomas Brenner": ("PER", None, ["Tomas Brenner", "Brenner"]),
    "Nadia Petrescu": ("PER", None, ["Nadia Petrescu", "Petrescu"]),
    "Kestrel Holdings": ("ORG", None, ["Kestrel Holdings"]),
}


def _events(text: str):
    an = find_events(make(text, "en", entities=ENTS))
    return [(v.type, v.mode, [an.entity(a).name for a in v.actors],
             [an.entity(r).name for r in v.recipients], v.trigger.text if v.trigger else "")
            for v in an.events]


def _by_trigger(text: str, trigger: str):
    return [e for e in _events(text) if e[4] == trigger]


def test_expelling_people_is_deportation():
    got = _by_trigger("Moldova expelled three Georgian citizens on Monday.", "expelled")
    assert [(e[0], e[1], e[2], e[3]) for e in got] == [("COERCE", "deport", ["Moldova"], ["Georgia"])]


def test_expelling_diplomats_stays_a_sanction():
    got = _by_trigger("Moldova expelled two Georgian diplomats on Monday.", "expelled")
    assert [(e[0], e[1]) for e in got] == [("SANCTION", "expel")]


def test_a_party_expelling_a_member_is_no_state_act():
    assert _by_trigger("The ruling party expelled Tomas Brenner on Monday.", "expelled") == []


def test_allege_with_a_clause_is_an_accusation():
    got = _by_trigger("Estonian officials allege the raid was ordered by Tomas Brenner.", "allege")
    assert got and got[0][0] == "ACCUSE" and got[0][2] == ["Estonia"]


def test_the_alleged_culprit_is_no_allegation():
    assert _by_trigger("Ghana arrested the alleged smuggler Tomas Brenner on Monday.", "alleged") == []


def test_accession_papers_signed_by_one_state():
    got = _by_trigger("Estonian President Ivo Kask signed the accession documents on Friday.", "signed")
    assert [(e[0], e[2]) for e in got] == [("AGREE", ["Ivo Kask"])]


def test_heads_of_two_states_are_the_states():
    got = _by_trigger("The presidents of Estonia and Latvia met in Riga on Friday.", "met")
    assert got and set(got[0][2] + got[0][3]) == {"Estonia", "Latvia"}


def test_a_meeting_wrapped_up_took_place():
    got = _by_trigger("Ivo Kask wrapped up a long meeting with Lena Ozols on Sunday.", "meeting")
    assert [(e[0], e[2], e[3]) for e in got] == [("CONSULT", ["Ivo Kask"], ["Lena Ozols"])]


def test_bolstering_a_military_presence_is_mobilization():
    got = _by_trigger("Estonia is bolstering its military presence along the northern coast.", "presence")
    assert [(e[0], e[2]) for e in got] == [("MOBILIZE", ["Estonia"])]


def test_a_presence_of_journalists_is_no_mobilization():
    assert _by_trigger("Ghana is increasing its presence in the cocoa market.", "presence") == []


def test_police_deployed_at_home_mobilize():
    got = _by_trigger("Ghanaian riot police deployed in Accra on Tuesday to disperse a rally.", "deployed")
    assert got and got[0][0] == "MOBILIZE" and got[0][1] == "police"


def test_troops_deployed_to_a_partner_stay_aid():
    got = _by_trigger("The United States deployed troops to Estonia on Tuesday.", "deployed")
    assert got and got[0][0] == "AID"


def test_a_reinstated_conviction_is_a_sanction():
    got = _by_trigger("A Ghanaian court reinstated the conviction of Tomas Brenner on Monday.", "reinstated")
    assert got and got[0][0] == "SANCTION" and got[0][3] == ["Tomas Brenner"]


def test_fined_is_a_sanction():
    got = _by_trigger("Ghana fined Kestrel Holdings on Monday for illegal mining.", "fined")
    assert [(e[0], e[2], e[3]) for e in got] == [("SANCTION", ["Ghana"], ["Kestrel Holdings"])]


def test_police_barring_a_crowd_coerce():
    got = _by_trigger("Georgian police barred the crowd from the square on Monday.", "barred")
    assert got and got[0][0] == "COERCE" and got[0][1] == "restrict"


def test_kidnappers_are_a_generic_actor():
    got = _by_trigger("Kidnappers killed Tomas Brenner on Monday.", "killed")
    assert got and got[0][0] == "ASSAULT" and got[0][3] == ["Tomas Brenner"]
    an = find_events(make("Kidnappers killed Tomas Brenner on Monday.", "en", entities=ENTS))
    assert any(e.key and e.key.startswith("generic:criminals") for e in an.entities)


def test_insisting_that_something_must_happen_is_a_demand():
    got = _by_trigger("Estonia insists any deal must include Latvia.", "insists")
    assert got and got[0][0] == "REQUEST"


def test_condolences_and_rewards_are_no_offer_of_cooperation():
    assert _by_trigger("Ivo Kask offered condolences to the families on Tuesday.", "offered") == []
    assert _by_trigger("The United States is offering a reward for the capture of Tomas Brenner.",
                       "offering") == []
    assert _by_trigger("Kestrel Holdings extended its tender offer for the shares.", "offer") == []


def test_offering_help_is_still_an_offer():
    got = _by_trigger("Ivo Kask offered to send doctors to Latvia on Tuesday.", "offered")
    assert got and got[0][0] == "AGREE"


def test_restore_order_is_no_order_given():
    assert _by_trigger("Georgian police said they want to crush the gangs and restore order.", "order") == []


def test_a_legal_appeal_is_no_request_to_a_party():
    text = "Lawyers for Tomas Brenner appealed the verdict against Ghana on Monday."
    assert _by_trigger(text, "appealed") == []


def test_executing_trades_is_no_killing():
    assert _by_trigger("Kestrel Holdings executes program trades for its clients.", "executes") == []


def test_bombing_victims_are_no_bombing_by_the_visitor():
    text = "Lena Ozols paid tribute on Tuesday to bombing victims in Accra."
    assert all(e[0] != "ASSAULT" for e in _events(text))


def test_verbs_of_sharp_criticism_accuse():
    for verb in ("assailed", "deplored", "decried", "rebuked", "castigated", "lambasted"):
        got = _by_trigger(f"Estonia {verb} Latvia on Monday for the border closure.", verb)
        assert [(e[0], e[2], e[3]) for e in got] == [("ACCUSE", ["Estonia"], ["Latvia"])], verb


def test_exhorting_is_a_request():
    got = _by_trigger("Ghana exhorted Estonia on Monday to reopen the port.", "exhorted")
    assert got and got[0][0] == "REQUEST" and got[0][3] == ["Estonia"]


def test_paying_tribute_is_support():
    got = _by_trigger("Ivo Kask paid tribute to Lena Ozols on Tuesday.", "tribute")
    assert [(e[0], e[2], e[3]) for e in got] == [("SUPPORT", ["Ivo Kask"], ["Lena Ozols"])]


def test_taking_hostages_is_abduction():
    got = _by_trigger("Tomas Brenner is taking Georgian hostages, officials said.", "hostages")
    assert got and got[0][0] == "ASSAULT" and got[0][1] == "abduct"


def test_a_contribution_is_no_tribute():
    assert _by_trigger("Ghana contributed funds to Latvia on Tuesday.", "tribute") == []


def test_help_with_a_bare_verb_is_no_aid():
    assert _by_trigger("Lower taxes helped Kestrel Holdings keep its costs flat.", "helped") == []
    assert _by_trigger("Estonian jets helped end the siege of the port.", "helped") == []


def test_helping_a_party_is_still_aid():
    got = _by_trigger("Estonia helped Latvia with fuel and medicine on Tuesday.", "helped")
    assert [(e[0], e[2], e[3]) for e in got] == [("AID", ["Estonia"], ["Latvia"])]


def test_well_prepared_is_able_not_willing():
    assert _by_trigger("Ivo Kask said Latvia was well prepared to enter the bloc.", "prepared") == []
    got = _by_trigger("Ivo Kask said Latvia was prepared to join talks with Estonia.", "prepared")
    assert got and got[0][0] == "AGREE"


def test_hosting_a_website_is_no_visit():
    text = "Kestrel Holdings will host the files of Tomas Brenner on its website."
    assert _by_trigger(text, "host") == []


def test_a_jury_is_the_judiciary():
    got = _by_trigger("A jury convicted Tomas Brenner of fraud on Monday.", "convicted")
    assert [(e[0], e[3]) for e in got] == [("SANCTION", ["Tomas Brenner"])]
    an = find_events(make("A jury convicted Tomas Brenner of fraud on Monday.", "en", entities=ENTS))
    assert any(e.key and e.key.startswith("generic:judiciary") for e in an.entities)


def test_a_staged_demonstration_is_a_protest():
    text = "Thousands of students staged a demonstration against Ivo Kask in Tallinn on Monday."
    got = _by_trigger(text, "demonstration")
    assert [(e[0], e[3]) for e in got] == [("PROTEST", ["Ivo Kask"])]


def test_an_air_raid_is_an_aerial_assault():
    got = _by_trigger("American jets raided Georgian positions on Monday.", "raided")
    assert got and (got[0][0], got[0][1]) == ("ASSAULT", "aerial")
    got = _by_trigger("Georgian police raided the offices of Kestrel Holdings on Monday.", "raided")
    assert got and (got[0][0], got[0][1]) == ("COERCE", "seize")


def test_support_for_a_currency_is_no_backing():
    assert _by_trigger("Estonian central bank buying helped support the currency on Monday.",
                       "support") == []


def test_seizures_and_raids_on_property():
    got = _by_trigger("Georgian customs officers confiscated the cargo of Kestrel Holdings.", "confiscated")
    assert got and (got[0][0], got[0][1]) == ("COERCE", "seize")
    got = _by_trigger("Moldovan troops demolished the homes of two Georgian families.", "demolished")
    assert got and (got[0][0], got[0][1]) == ("ASSAULT", "destroy")
    assert _by_trigger("Kestrel Holdings demolished its old warehouse in Accra.", "demolished") == []


def test_an_ambush_is_an_assault():
    got = _by_trigger("Rebels ambushed a Ghanaian army convoy on Monday.", "ambushed")
    assert [(e[0], e[3]) for e in got] == [("ASSAULT", ["Ghana"])]
