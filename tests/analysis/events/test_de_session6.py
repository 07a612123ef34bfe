"""German events, session 6 (sentences written for these tests): meetings named by a noun in a
framing phrase, the visitor an object pronoun names, several hosts, common lexicon gaps
(beating, withdrawing backing, expelling a member, courts overturning or upholding a ruling),
attributive participles after adverbs and phrases, claims of responsibility in a relative
clause, and groups the text names only by a common noun."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Condoleezza Rice": ("PER", "USA", ["Rice"]),
    "NATO": ("ORG", None, ["NATO"]),
    "Brussels": ("LOC", "BEL", ["Brüssel"]),
    "Olaf Scholz": ("PER", "DEU", ["Scholz"]),
    "Vladimir Putin": ("PER", "RUS", ["Putin"]),
    "Emmanuel Macron": ("PER", "FRA", ["Macron"]),
    "Berlin": ("LOC", "DEU", ["Berlin"]),
    "Poland": ("GPE", "POL", ["Polen"]),
    "Lithuania": ("GPE", "LTU", ["Litauen"]),
    "Russia": ("GPE", "RUS", ["Russland"]),
    "Iran": ("GPE", "IRN", ["iranischen"]),
    "Taliban": ("ORG", "AFG", ["Taliban"]),
    "Federal Court of Justice": ("ORG", "DEU", ["Bundesgerichtshof"]),
    "Max Muster": ("PER", "DEU", ["Max Muster"]),
    "Liberal Party": ("ORG", "DEU", ["Liberale Partei", "Liberalen Partei"]),
    "CUD": ("ORG", "ETH", ["CUD"]),
}
TX = {"Montag": "2025-06-09"}


def _events(text: str):
    an = find_events(make(text, "de", entities=ENTS, timexes=TX))
    return [(v.type, sorted(an.entity(a).name for a in v.actors),
             sorted(an.entity(r).name for r in v.recipients)) for v in an.events]


def _types(text: str) -> list[str]:
    return [t for t, _a, _r in _events(text)]


def test_meeting_of_a_body_in_a_framing_phrase_is_the_subjects():
    got = _events("Bei einem Treffen der NATO in Brüssel sagte Rice am Abend, man halte "
                  "sich an das Abkommen.")
    assert ("CONSULT", ["Condoleezza Rice"], ["NATO"]) in got


def test_attending_a_bodys_meeting():
    got = _events("Rice nahm am Montag an einem Treffen der NATO teil.")
    assert ("CONSULT", ["Condoleezza Rice"], ["NATO"]) in got


def test_phone_call_framing_a_demand_is_a_meeting_too():
    got = _events("In einem Telefonat mit Putin forderte Scholz eine sofortige Waffenruhe.")
    assert ("CONSULT", ["Olaf Scholz"], ["Vladimir Putin"]) in got
    assert any(t == "REQUEST" for t, _a, _r in got)


def test_demanded_talks_are_no_meeting():
    assert "CONSULT" not in _types("Scholz verlangte nach Gesprächen mit Putin.")
    assert "CONSULT" not in _types("Scholz forderte Verhandlungen mit Putin.")


def test_object_pronoun_names_the_received_visitor():
    got = _events("Macron flog am Montag nach Berlin. Dort empfing ihn Scholz im Kanzleramt.")
    assert ("CONSULT", ["Emmanuel Macron"], ["Olaf Scholz"]) in got
    got = _events("Macron flog am Montag nach Berlin. Scholz hat ihn im Kanzleramt empfangen.")
    assert ("CONSULT", ["Emmanuel Macron"], ["Olaf Scholz"]) in got


def test_every_coordinated_place_is_a_host():
    got = _events("Macron reiste am Montag nach Polen und Litauen.")
    assert ("CONSULT", ["Emmanuel Macron"], ["Lithuania", "Poland"]) in got


def test_every_listed_place_is_a_host():
    ents = dict(ENTS, **{"Latvia": ("GPE", "LVA", ["Lettland"])})
    an = find_events(make("Macron reiste am Montag nach Polen, Litauen und Lettland.", "de",
                          entities=ents, timexes=TX))
    got = [(v.type, sorted(an.entity(r).name for r in v.recipients)) for v in an.events]
    assert ("CONSULT", ["Latvia", "Lithuania", "Poland"]) in got


def test_beating_with_auf():
    got = _events("Polizisten in Berlin schlugen mit Stöcken auf die Demonstranten ein.")
    assert [t for t, _a, _r in got] == ["ASSAULT"]


def test_withdrawing_backing_is_a_sanction():
    got = _events("Die Liberale Partei kündigte am Montag ihre Mitarbeit in der Koalition auf.")
    assert ("SANCTION", ["Liberal Party"], []) in got


def test_expelling_a_member():
    got = _events("Die NATO schloss Russland am Montag aus dem Bündnis aus.")
    assert ("SANCTION", ["NATO"], ["Russia"]) in got


def test_ruling_out_is_no_expulsion():
    assert _types("Scholz schloss eine Koalition mit der Liberalen Partei aus.") == []


def test_court_overturns_and_upholds():
    assert "REJECT" in _types("Das Urteil wurde am Montag vom Bundesgerichtshof aufgehoben.")
    got = _events("Der Bundesgerichtshof hat das Urteil gegen Max Muster bestätigt.")
    assert ("SANCTION", ["Federal Court of Justice"], ["Max Muster"]) in got


def test_standing_behind_someone_is_support():
    got = _events("Scholz stellte sich am Montag hinter Max Muster.")
    assert ("SUPPORT", ["Olaf Scholz"], ["Max Muster"]) in got


def test_announced_consent_is_an_agreement():
    got = _events("Macron hatte am Montag die Zustimmung seiner Regierung zu dem Plan bekanntgegeben.")
    assert [t for t, _a, _r in got] == ["AGREE"]


def test_participle_after_adverb_and_phrase_is_an_adjective():
    assert _types("Die Resolution sieht eine Verstärkung der bereits in Polen stationierten "
                  "Truppen vor.") == []
    assert _types("Die Rebellen besetzten Gebäude in Berlin.") == ["COERCE"]


def test_claim_in_a_relative_clause_names_the_attacker():
    got = _events("Zehn Menschen starben bei dem Anschlag, zu dem sich die Taliban bekannten.")
    assert ("ASSAULT", ["Taliban"], []) in got
    assert _types("Die Regierung, zu der sich Scholz bekannte, bleibt im Amt.") == []


def test_plural_body_after_state_adjective_is_no_title():
    got = _events("Dem Reporter wird von den iranischen Behörden Betrug vorgeworfen.")
    assert ("ACCUSE", ["Iran"], []) in got


def test_government_representatives_are_the_government():
    an = find_events(make("Regierungsvertreter machen die Partei CUD für die Gewalt verantwortlich.",
                          "de", entities=ENTS, timexes=TX))
    acc = [v for v in an.events if v.type == "ACCUSE"]
    assert acc and an.entity(acc[0].actors[0]).name.startswith("government")


def test_compound_group_whose_first_part_names_no_party():
    an = find_events(make("UNMISS-Truppen retteten am Montag 500 Zivilisten.", "de",
                          entities=ENTS, timexes=TX))
    aid = [v for v in an.events if v.type == "AID"]
    assert aid and an.entity(aid[0].actors[0]).name.startswith("military")


def test_arrested_crowd_is_no_party_but_the_arrest_stays():
    an = find_events(make("Die Polizei nahm in Berlin 20 Menschen fest.", "de",
                          entities=ENTS, timexes=TX))
    got = [(v.type, [an.entity(a).name for a in v.actors], v.recipients) for v in an.events]
    assert len(got) == 1 and got[0][0] == "COERCE" and got[0][1][0].startswith("police") \
        and got[0][2] == ()


def test_invitation_to_talks_is_an_intent_to_meet():
    got = _events("Scholz lud Macron zu einem Besuch nach Berlin ein.")
    assert ("AGREE", ["Olaf Scholz"], ["Emmanuel Macron"]) in got
    assert _types("Der Verein lud die Nachbarn zu einem Fest ein.") == []


def test_announced_aid_is_a_promise():
    an = find_events(make("Die NATO kündigte weitere Hilfen für Polen an.", "de", entities=ENTS,
                          timexes=TX))
    assert [(v.type, v.modality) for v in an.events] == [("AGREE", "future")]


def test_announced_withdrawal_in_plural_is_future():
    an = find_events(make("Russland und Polen kündigten an, ihre Truppen aus Litauen abzuziehen.",
                          "de", entities=ENTS, timexes=TX))
    assert an.events and all(v.modality == "future" for v in an.events)


def test_taking_a_town_but_not_a_stance():
    assert _types("Rebellen in Polen nahmen am Montag die Stadt ein.") == ["COERCE"]
    assert _types("Russland nahm eine harte Haltung ein.") == []


def test_one_sided_exercise_is_a_show_of_force_and_a_joint_one_cooperation():
    assert _types("Russland hielt ein Manöver an der Grenze zu Polen ab.") == ["MOBILIZE"]
    assert _types("Russland und Polen hielten ein gemeinsames Manöver ab.") == ["COOPERATE"]


def test_possessive_in_a_framing_visit_is_the_following_subject():
    got = _events("Bei seinem Besuch in Polen warb Scholz für mehr Handel.")
    assert ("CONSULT", ["Olaf Scholz"], ["Poland"]) in got
    got = _events("Macron war in Berlin. Während seines Besuchs in Litauen sagte Scholz, man "
                  "stehe zusammen.")
    assert ("CONSULT", ["Olaf Scholz"], ["Lithuania"]) in got


def test_titled_subject_before_a_framing_meeting():
    # the actors stage links the title to the person: "Präsident" is a mention of Putin
    ents = dict(ENTS, **{"Xi Jinping": ("PER", "CHN", ["Xi"]),
                         "Russia": ("GPE", "RUS", ["Russland", "Russlands"]),
                         "Vladimir Putin": ("PER", "RUS", ["Putin", "Präsident"])})
    an = find_events(make("Der Präsident Russlands Putin sagte nach einem Treffen mit Xi, man werde "
                          "zusammenstehen.", "de", entities=ents, timexes=TX))
    got = [(v.type, [an.entity(a).name for a in v.actors], [an.entity(r).name for r in v.recipients])
           for v in an.events]
    assert ("CONSULT", ["Vladimir Putin"], ["Xi Jinping"]) in got


def test_negated_main_verb_leaves_the_framing_meeting_asserted():
    an = find_events(make("Scholz äußerte sich nach einem Treffen mit Putin nicht zu Details.",
                          "de", entities=ENTS, timexes=TX))
    assert [(v.type, v.modality) for v in an.events] == [("CONSULT", "asserted")]


def test_received_guest_without_a_named_host_visits_the_place():
    got = _events("Macron wurde am Montag in Polen mit militärischen Ehren empfangen.")
    assert ("CONSULT", ["Emmanuel Macron"], ["Poland"]) in got


def test_still_held_is_a_state_of_the_held():
    assert _types("Mehrere Studenten in Polen bleiben weiter inhaftiert.") == []
    assert _types("Die Polizei in Polen inhaftiert die Studenten.") == ["COERCE"]


def test_opposition_group_accuses_the_government():
    an = find_events(make("Die Opposition in Polen warf der Regierung Betrug vor.", "de",
                          entities=ENTS, timexes=TX))
    acc = [v for v in an.events if v.type == "ACCUSE"]
    assert acc and an.entity(acc[0].actors[0]).name.startswith("opposition")


def test_legal_proceedings_opened_against_a_party():
    got = _events("Die NATO leitete am Montag ein Disziplinarverfahren gegen Polen ein.")
    assert ("ACCUSE", ["NATO"], ["Poland"]) in got
    assert _types("Das Gericht in Berlin eröffnete das Insolvenzverfahren gegen die Firma.") == []


def test_crowd_control_expulsion_and_blocked_media():
    assert _types("Die Polizei in Berlin setzte Wasserwerfer gegen die Menge ein.") == ["ASSAULT"]
    got = _events("Russland wies am Montag einen Reporter aus Polen aus.")
    assert got and got[0][:2] == ("COERCE", ["Russia"])
    assert _types("Russland sperrte am Montag den Zugang zu Twitter.") == ["COERCE"]
    assert _types("Die Polizei in Berlin sperrte die Straße.") == []


def test_perfect_infinitive_under_an_accusation_is_no_event():
    got = _events("Polen wirft Russland vor, Soldaten nach Litauen geschickt zu haben.")
    assert [t for t, _a, _r in got] == ["ACCUSE"]


def test_delivery_to_a_bare_state_name():
    got = _events("Russland hat Polen am Montag Raketen geliefert.")
    assert ("AID", ["Russia"], ["Poland"]) in got
