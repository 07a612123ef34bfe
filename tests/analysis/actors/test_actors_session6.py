"""Session 6: office holders of 2024-2026, kinds of office behind role nouns, role nouns with
a default scope or an organization prefix, role nouns of bodies the KB does not know, plural
role nouns, football clubs named like places. Example sentences are our own."""

from __future__ import annotations

import pytest

from chronik.kb import load_kb
from chronik.kb.load import office_of
from chronik.model import Article
from chronik.pipeline import analyze


def ents(text: str, date: str, lang: str = "de"):
    return analyze(Article.create(text, lang=lang, date=date)).entities


def linked(text: str, date: str, lang: str = "de") -> dict[str, str]:
    """Mention text → entity name, for every mention."""
    return {m.text: e.name for e in ents(text, date, lang) for m in e.mentions}


# -- the knowledge base ---------------------------------------------------------------------
@pytest.mark.parametrize("key,scope,date,name", [
    ("head_of_government", "DEU", "2025-05-10", "Friedrich Merz"),
    ("foreign_minister", "DEU", "2025-05-10", "Johann Wadephul"),
    ("head_of_government", "GBR", "2024-07-10", "Keir Starmer"),
    ("head_of_state", "USA", "2025-02-01", "Donald Trump"),
    ("head_of_state", "KOR", "2025-06-10", "Lee Jae-myung"),
    ("head_of_state", "SDN", "2025-03-01", "Abdel Fattah al-Burhan"),
    ("head_of_state", "SYR", "2024-12-20", "Ahmed al-Sharaa"),
    ("head_of_state", "GEO", "2025-03-01", "Mikheil Kavelashvili"),
    ("head_of_state", "HUN", "2025-03-01", "Tamás Sulyok"),
    ("head_of_state", "SVK", "2025-03-01", "Peter Pellegrini"),
    ("head_of_state", "ROU", "2025-03-01", "Ilie Bolojan"),
    ("head_of_government", "EST", "2025-03-01", "Kristen Michal"),
    ("head_of_government", "PSE", "2025-03-01", "Mohammad Mustafa"),
    ("head_of_government", "TWN", "2025-03-01", "Cho Jung-tai"),
    ("foreign_minister", "SYR", "2025-03-01", "Asaad al-Shaibani"),
    ("foreign_minister", "EGY", "2025-03-01", "Badr Abdelatty"),
    ("head_of_state", "DNK", "2025-03-01", "Frederik X"),
    ("head_of_state", "CAN", "2025-03-01", "Charles III"),
    ("leader", "chronik:org-greens-de", "2025-03-01", "Franziska Brantner"),
    ("leader", "chronik:org-linke", "2025-03-01", "Ines Schwerdtner"),
    ("leader", "chronik:org-fdp", "2025-06-01", "Christian Dürr"),
    ("secretary_general", "chronik:org-ioc", "2025-07-01", "Kirsty Coventry"),
])
def test_office_holder_at_the_date(key, scope, date, name):
    assert name in [h.name for h in load_kb().holders(key, scope, date)]


def test_party_chair_who_is_a_minister_is_named_as_the_minister():
    kb = load_kb()
    role = kb.role_at("chronik:per-lars-klingbeil", "2025-07-01")
    assert role is not None and role.key in ("finance_minister", "deputy_head_of_government")


def test_office_of_reads_the_kind_of_office_from_a_title():
    assert office_of("King of Jordan") == "monarch"
    assert office_of("President of France") == "president"
    assert office_of("Supreme Leader of Iran") == "supreme_leader"
    assert office_of("Chancellor of Austria") == "chancellor"
    assert office_of("Chairman of the Sovereignty Council") is None


# -- kinds of office -------------------------------------------------------------------------
def test_the_king_is_never_the_president_named_before():
    got = linked("The French president spoke first; then the king replied in London.",
                 "2025-03-03", "en")
    assert got.get("king") != "Emmanuel Macron"


def test_a_monarch_noun_finds_the_monarch_named_before():
    got = linked("Der französische Präsident traf König Abdullah II. in Amman. Der König lobte "
                 "das Treffen.", "2025-03-03")
    assert got.get("König") == "Abdullah II"


def test_president_of_iran_is_not_the_supreme_leader():
    got = linked("Der iranische Präsident reiste am Montag nach Moskau.", "2025-01-20")
    assert got.get("iranische Präsident") == "Masoud Pezeshkian"


# -- role nouns with a default scope or an organization -------------------------------------
@pytest.mark.parametrize("text,mention,name", [
    ("Der Bundeskanzler sprach am Abend im Fernsehen.", "Bundeskanzler", "Friedrich Merz"),
    ("Der Bundesaußenminister reiste nach Kiew.", "Bundesaußenminister", "Johann Wadephul"),
    ("Der Nato-Generalsekretär besuchte Litauen.", "Nato-Generalsekretär", "Mark Rutte"),
    ("Der UN-Generalsekretär forderte eine Waffenruhe.", "UN-Generalsekretär", "António Guterres"),
])
def test_role_noun_with_default_scope_or_organization(text, mention, name):
    assert linked(text, "2025-06-20").get(mention) == name


def test_chancellor_of_a_state_named_before_wins_over_the_default():
    got = linked("Österreichs Kanzler Christian Stocker kam nach Berlin. Der Kanzler zeigte sich "
                 "zufrieden.", "2025-06-20")
    assert got.get("Kanzler") == "Christian Stocker"


def test_default_scope_not_used_when_another_state_of_the_scope_is_named():
    got = linked("Der Schweizer Politiker war einst Bundespräsident. Das Amt des "
                 "Bundespräsidenten gefiel ihm.", "2025-06-20")
    assert "Frank-Walter Steinmeier" not in got.values()


def test_office_of_something_named_after_the_noun_is_no_default():
    got = linked("Er dient künftig als Kanzler des Herzogtums Lancaster im Kabinett.", "2019-07-25")
    assert "Kanzler" not in got


# -- role nouns that name nobody in particular ----------------------------------------------
@pytest.mark.parametrize("text,lang", [
    ("Der Bundespräsident lobte den Preis. Der Bundesbank-Präsident warnte.", "de"),
    ("Der Bundespräsident lobte den Preis. Später trafen sich beide Präsidenten in Genf.", "de"),
    ("The French president spoke. Later the foreign ministers met in Brussels.", "en"),
    ("The French president spoke. He hopes to run for president again.", "en"),
    ("The French president spoke. Jane Roe, president of Acme Widgets, resigned.", "en"),
    ("The French president spoke. The National Assembly president replied.", "en"),
])
def test_role_noun_that_names_no_office_holder(text, lang):
    # only the first sentence's role noun is linked: the later one names a body the KB does
    # not know, several holders, or the office itself
    second = text.index(". ") + 2
    later = [m.text for e in ents(text, "2025-06-20", lang) if e.type == "PER" and e.kb
             for m in e.mentions if m.start >= second and m.text not in ("He", "Er")]
    assert later == []


def test_role_noun_table_values_with_office_scope_and_plural(monkeypatch):
    from chronik.analysis.actors import roles

    table = {"roles": {"Kanzler": {"key": "head_of_government", "office": "chancellor",
                                   "scope": ["DEU", "AUT"]},
                       "Minister": "minister"},
             "endings": ["", "in", "innen"], "plural_endings": ["innen"]}
    monkeypatch.setattr(roles, "has_resource", lambda lang, name: True)
    monkeypatch.setattr(roles, "load_yaml", lambda lang, name: table)
    text = "Die Kanzlerin traf zwei Ministerinnen."
    found = roles.role_matcher.__wrapped__("zz").find(text)
    assert [(text[r.start:r.end], r.key, r.office, r.scope, r.plural) for r in found] == [
        ("Kanzlerin", "head_of_government", "chancellor", ("DEU", "AUT"), False),
        ("Ministerinnen", "minister", None, (), True)]


def test_a_noun_after_a_role_noun_is_no_person():
    got = ents("Jeder Abgeordnete muss dem Bundestagspräsidenten Auskunft geben.", "2025-06-20")
    assert not [e for e in got if e.name == "Auskunft"]


# -- football clubs --------------------------------------------------------------------------
def test_club_named_like_its_city_and_region():
    got = ents("Der FC Bayern München schlug Borussia Dortmund. Bayern bleibt Tabellenführer.",
               "2025-04-12")
    by_name = {e.name: e for e in got}
    bayern = by_name["FC Bayern Munich"]
    assert bayern.type == "ORG" and {m.text for m in bayern.mentions} == {
        "FC Bayern München", "Bayern"}
    assert by_name["Borussia Dortmund"].type == "ORG"
    assert "Bavaria" not in by_name and "Munich" not in by_name


def test_region_without_a_club_stays_the_region():
    got = ents("In Bayern regnete es am Wochenende. Bayern erhöht die Hilfen.", "2025-04-12")
    assert [(e.name, e.type) for e in got if e.kb] == [("Bavaria", "LOC")]


def test_short_club_name_alone_is_no_club():
    got = ents("Real estate prices rose in Barcelona last year.", "2025-04-12", "en")
    assert all(e.type != "ORG" for e in got)


# -- bodies and places of 2024-2026 news -----------------------------------------------------
@pytest.mark.parametrize("text,name,type_", [
    ("Die Palästinensische Autonomiebehörde verurteilte den Angriff.", "Palestinian Authority", "ORG"),
    ("Die CDU/CSU-Fraktion stimmte dagegen.", "CDU/CSU", "ORG"),
    ("Der Europäische Gerichtshof hat entschieden.", "Court of Justice of the European Union",
     "ORG"),
    ("Die Partei Georgischer Traum gewann die Wahl.", "Georgian Dream", "ORG"),
    ("Schiffe meiden den Suezkanal seit Monaten.", "Suez Canal", "LOC"),
])
def test_recent_bodies_and_places(text, name, type_):
    assert (name, type_) in [(e.name, e.type) for e in ents(text, "2025-06-20")]


def test_role_named_before_a_name_is_the_role_shown():
    got = {e.name: e.role for e in ents("Der CSU-Chef Markus Söder lobte den Haushalt.",
                                        "2025-06-20")}
    assert got["Markus Söder"] == "Chairman of the CSU"
    got = {e.name: e.role for e in ents("Markus Söder lobte den Haushalt.", "2025-06-20")}
    assert got["Markus Söder"] == "Minister-President of Bavaria"


def test_party_chief_noun_needs_its_party():
    got = linked("Bundesfinanzminister Lars Klingbeil sprach. Der SPD-Chef verteidigte den Plan. "
                 "Der Chef der Firma widersprach.", "2025-07-01")
    assert got.get("SPD-Chef") == "Lars Klingbeil"
    assert "Chef" not in got


def test_deputy_chair_is_not_the_chair():
    got = linked("Die stellvertretende CDU-Vorsitzende widersprach.", "2025-07-01")
    assert "Friedrich Merz" not in got.values()


def test_the_new_president_before_taking_office_is_the_one_elected():
    got = linked("In Polen siegte Karol Nawrocki. Der neue polnische Präsident zieht im August "
                 "in den Palast.", "2025-06-02")
    assert got.get("polnische Präsident") == "Karol Nawrocki"


@pytest.mark.parametrize("text,lang", [
    ("Der Bundespräsident lobte den Preis. Sie strebt das Amt des Präsidenten an.", "de"),
    ("Der Bundespräsident lobte den Preis. Die Präsidenten-Wahl naht.", "de"),
    ("The French president spoke. She is a candidate for president.", "en"),
    ("The French president spoke. Jose Ruiz, president of Cuba's National Assembly, replied.",
     "en"),
])
def test_role_noun_naming_the_office_itself_or_another_body(text, lang):
    second = text.index(". ") + 2
    later = [m.text for e in ents(text, "2025-06-20", lang) if e.type == "PER" and e.kb
             for m in e.mentions if m.start >= second and m.text not in ("She", "Sie")]
    assert later == []


def test_us_title_finds_the_us_holder_named_before():
    got = linked("Marco Rubio met the Polish foreign minister Radoslaw Sikorski. Later the "
                 "secretary of state flew home.", "2025-06-20", "en")
    assert got.get("secretary of state") == "Marco Rubio"


def test_role_noun_before_a_list_of_states_names_several_people():
    got = linked("Die Außenminister Polens, Litauens und Lettlands berieten sich. Danach sprach "
                 "der Präsident Frankreichs mit Deutschlands Kanzler.", "2025-06-20")
    assert "Außenminister" not in got
    assert got.get("Präsident") == "Emmanuel Macron"
    assert got.get("Deutschlands Kanzler") == "Friedrich Merz"
