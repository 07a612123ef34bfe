"""Arguments, session 5 round 6 (sentences written for these tests): a body's spokesperson
speaks for the body, a reporting agency is no second actor, a state word before exiles or
the opposition names no state, and English clause shapes that tell of no act (a noun's
infinitive, "when asked", "asked whether", a metaphorical fight, a common-noun subject)."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Foreign Ministry": ("ORG", "RUS", ["russischen Außenministeriums", "Russian Foreign Ministry",
                                        "Außenministeriums in Washington"]),
    "State Department": ("ORG", "USA", ["State Department"]),
    "North Korea": ("GPE", "PRK", ["Nordkorea", "North Korea"]),
    "European Union": ("ORG", None, ["EU"]),
    "Russia": ("GPE", "RUS", ["Russland", "Russia"]),
    "Kremlin": ("ORG", "RUS", ["Kreml"]),
    "KCNA": ("ORG", "PRK", ["KCNA"]),
    "Kim": ("PER", "PRK", ["Kim"]),
    "Cuba": ("GPE", "CUB", ["Cuba", "Cuban", "kubanische", "Kubanische"]),
    "Castro": ("PER", "CUB", ["Castro"]),
    "Iran": ("GPE", "IRN", ["Iranian", "Iran"]),
    "Albania": ("GPE", "ALB", ["Albanians"]),
    "INS": ("ORG", "USA", ["INS"]),
    "Anna Berg": ("PER", "DEU", ["Anna Berg", "Berg"]),
    "Kenya": ("GPE", "KEN", ["Kenya"]),
    "East Africa": ("LOC", None, ["East Africa"]),
    "United States": ("GPE", "USA", ["U.S.", "Americans"]),
    "Iraq": ("GPE", "IRQ", ["Iraq"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "Syria": ("GPE", "SYR", ["Syria"]),
}
TX = {"Samstag": "2025-06-07", "Friday": "2025-06-06"}


def _events(text: str, lang: str = "en"):
    an = find_events(make(text, lang, entities=ENTS, timexes=TX))
    return [(v.trigger.text, v.type, [an.entity(a).name for a in v.actors],
             [an.entity(r).name for r in v.recipients]) for v in an.events]


def _by(text: str, trigger: str, lang: str = "en"):
    return [e for e in _events(text, lang) if e[0] == trigger]


# 1. a spokesperson or representative of a body acts for the body
def test_spokesman_of_a_ministry_in_the_genitive_speaks_for_it():
    got = _by("Ein Sprecher des russischen Außenministeriums forderte Nordkorea auf, die Versuche "
              "zu beenden.", "forderte", "de")
    assert got == [("forderte", "REQUEST", ["Foreign Ministry"], ["North Korea"])]
    got = _by("Ein Sprecher des Außenministeriums in Washington forderte Nordkorea auf, die "
              "Versuche zu beenden.", "forderte", "de")
    assert [(e[2], e[3]) for e in got] == [(["Foreign Ministry"], ["North Korea"])]


def test_plural_representatives_without_article_are_no_object():
    got = _by("Vertreter der EU forderten Russland auf, die Angriffe zu beenden.", "forderten", "de")
    assert got == [("forderten", "REQUEST", ["European Union"], ["Russia"])]


def test_compound_spokesman_of_a_body_is_the_body_but_a_named_one_is_the_person():
    got = _by("Ein Kreml-Sprecher forderte Nordkorea auf, die Versuche zu beenden.", "forderte", "de")
    assert [e[2] for e in got] == [["Kremlin"]]
    got = _by("Kreml-Sprecher Anna Berg forderte Nordkorea auf, die Versuche zu beenden.",
              "forderte", "de")
    assert [e[2] for e in got] == [["Anna Berg"]]


def test_english_spokesman_for_a_body_speaks_for_it():
    for text in ("A spokesman for the Russian Foreign Ministry urged North Korea to stop the tests.",
                 "A Russian Foreign Ministry spokesman urged North Korea to stop the tests.",
                 "A State Department spokeswoman urged North Korea to stop the tests."):
        got = _by(text, "urged")
        assert len(got) == 1 and got[0][3] == ["North Korea"], text
        assert got[0][2] in (["Foreign Ministry"], ["State Department"]), text


# 2. the agency that reports is no actor of what it reports
def test_reporting_agency_after_the_clause_is_no_gapped_actor():
    got = _by("Bei dem Treffen habe Anna Berg erneut ihre Unterstützung bekräftigt, berichtete "
              "KCNA am Samstag.", "bekräftigt", "de")
    assert [e[2] for e in got] == [["Anna Berg"]]
    got = _by("Anna Berg habe die Sanktionen verurteilt, meldete KCNA am Samstag.", "verurteilt", "de")
    assert [e[2] for e in got] == [["Anna Berg"]]


def test_real_gapping_still_reads_a_second_subject():
    got = _by("Die EU hatte Nordkorea kritisiert, am Samstag dann auch der Kreml.", "kritisiert", "de")
    assert [e[2] for e in got] == [["European Union"], ["Kremlin"]]


# 3. a state word before exiles, dissidents or the opposition: no state
def test_exiles_and_opposition_are_not_their_state():
    assert _by("The Ghanaian exile community demanded new elections.", "demanded") == []
    assert _by("Cuban exiles accused Castro of lying.", "accused") == []


def test_german_exiles_before_the_verb_leave_no_subject_after_it():
    assert _by("Kubanische Exilanten warfen Anna Berg Lügen vor.", "warfen", "de") == []


def test_they_after_a_common_noun_subject_is_nobody_older():
    text = ("Iraq said it was willing to talk. A Kenya report came out on Friday. In Lisbon, "
            "Angolan exiles insist nobody listens to them. Whether they are willing to return "
            "is unclear.")
    assert [e[2] for e in _by(text, "willing")] == [["Iraq"]]


# English clause shapes that tell of no act by the subject
def test_metaphorical_fight_is_no_assault():
    assert _by("Anna Berg is fighting to keep the dog with her in Kenya.", "fighting") == []
    got = _by("Iraq fought against Iranian troops on Friday.", "fought")
    assert [(e[1], e[2]) for e in got] == [("ASSAULT", ["Iraq"])]


def test_said_when_asked_is_no_request():
    assert _by("Anna Berg said when asked about the plan that it was under review.", "asked") == []


def test_asked_whether_is_a_question():
    assert _by("Anna Berg smiled when reporters asked whether Iraq would leave Kenya.", "asked") == []
    got = _by("Kenya asked Iraq to leave.", "asked")
    assert [(e[2], e[3]) for e in got] == [(["Kenya"], ["Iraq"])]


def test_infinitive_of_a_noun_is_no_act():
    # the rally presses, the authority allows: neither is an act of the main subject
    text = "In Accra, Anna Berg joined Castro at a weekly street vigil to push for the release."
    assert _by(text, "push") == []
    assert _by("The court gave Kenya broad authority to seize the assets.", "seize") == []
    assert _by("Iraq is said to lack the ability to seize the oil fields.", "seize") == []


def test_possessive_visit_takes_its_recipient_from_its_own_phrase():
    got = _by("Anna Berg's visit to Kenya was meant to show U.S. backing to Americans.", "visit")
    assert [(e[2], e[3]) for e in got] == [(["Anna Berg"], ["Kenya"])]


def test_common_noun_subject_after_saying_lends_no_actor():
    text = ("Anna Berg and other U.S. officials rejected the claim, saying the first task was "
            "rescuing everyone.")
    assert _by(text, "rescuing") == []


def test_name_before_a_decision_is_no_antecedent():
    text = ("Kenya asked Iraq to leave. After the FBI ruling came out on Friday, they have "
            "said they will appeal it.")
    assert _by(text, "appeal") == []


def test_opposition_after_a_state_word_is_that_country_s_group():
    from chronik.analysis.events import find_events as fe

    an = fe(make("The Iranian opposition condemned the arrests.", "en", entities=ENTS))
    names = [[an.entity(a).name for a in v.actors] for v in an.events]
    assert names == [["opposition (IRN)"]]


def test_asked_closing_a_quote_is_no_request():
    assert _by('"Who will pay for it?" Anna Berg asked.', "asked") == []


def test_plural_possessive_makes_a_noun():
    text = "Anna Berg pinned up a notice offering a reward after the smugglers' arrest."
    assert _by(text, "arrest") == []


def test_participle_in_a_person_s_title_is_no_verb():
    text = "Police in Kenya named the activist and accused doctor killer Anna Berg on Friday."
    assert _by(text, "accused") == []
    got = _by("Kenya accused opposition leader Anna Berg of fraud.", "accused")
    assert [(e[2], e[3]) for e in got] == [(["Kenya"], ["Anna Berg"])]


def test_passive_with_its_own_subject_takes_no_agent_from_before():
    text = ("Anna Berg wird von der Agentur KCNA mit den Worten zitiert, dieser sei nicht "
            "festgenommen worden.")
    assert _by(text, "festgenommen", "de") == []


def test_purpose_infinitive_after_a_stand_in_object_is_the_subject_s():
    got = _by("Kenya joined Iranian authorities on Friday to investigate the bombing.", "investigate")
    assert [e[2] for e in got] == [["Kenya"]]


def test_name_in_a_relative_clause_of_the_subject_is_no_actor():
    text = ("Hundreds of veterans of the war that brought Castro to power gathered on Friday to "
            "denounce Kenya.")
    assert _by(text, "denounce") == []
    got = _by("Reports said that Iraq attacked Kenya on Friday.", "attacked")
    assert [(e[2], e[3]) for e in got] == [(["Iraq"], ["Kenya"])]


def test_spokesman_phrase_after_the_verb_is_the_subject_not_the_object_after_it():
    got = _by("Am Samstag forderte ein Sprecher des russischen Außenministeriums Nordkorea auf, die "
              "Versuche zu beenden.", "forderte", "de")
    assert [(e[2], e[3]) for e in got] == [(["Foreign Ministry"], ["North Korea"])]
    got = _by("Am Samstag kritisierte ein Vertreter der EU Nordkorea scharf.", "kritisierte", "de")
    assert [(e[2], e[3]) for e in got] == [(["European Union"], ["North Korea"])]


def test_place_apposed_to_a_phrase_in_a_preposition_is_no_subject():
    text = "Anna Berg's supporters began a rally in the capital, Nairobi, to urge Kenya to act."
    ents = dict(ENTS, Nairobi=("GPE", "KEN", ["Nairobi"]))
    an = find_events(make(text, "en", entities=ents))
    # (the rally itself is the supporters' protest since session 6; no place acts)
    assert [[an.entity(a).name for a in v.actors] for v in an.events] in ([], [["supporters"]])


def test_purpose_infinitive_after_an_object_and_a_phrase_is_the_subject_s():
    text = "Kenya joined Iraq on Friday in a crowded hall to press for talks."
    assert [e[2] for e in _by(text, "press")] == [["Kenya"]]
    # the subject is no name: the object does not take its place
    text = "The boy's father joined Castro on Friday in a crowded hall to press for talks."
    assert _by(text, "push") == []


def test_name_opening_a_coordinated_clause_is_no_object():
    text = "Iraq kept its promise to attack a ship and Kenya condemned the attack on Friday."
    got = _by(text, "attack")
    assert [(e[2], e[3]) for e in got] == [(["Iraq"], [])]
