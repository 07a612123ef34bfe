"""Analysis rules that decide whether two articles' reports of one happening can be fused:
each test is a sentence of the kind that used to give a wrong participant or date (so the
reports were split in the timeline) or no event at all (so a report was missing)."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def _events(text: str, lang: str, date: str) -> list[tuple[str, list[str], list[str], str | None]]:
    a = analyze(Article(id="t", text=text, date=date, lang=lang))
    names = {e.id: e.name for e in a.entities}
    return [(v.type, [names[x] for x in v.actors], [names[x] for x in v.recipients], v.date.value)
            for v in a.events]


def test_body_in_a_title_is_no_recipient():
    # "<body> <title> <person>": the body is part of the person's title, not a partner
    evs = _events("NATO Secretary General Mark Rutte flew to Kyiv on Tuesday for talks with "
                  "Volodymyr Zelensky, his first visit to Ukraine in his new post.", "en", "2024-06-12")
    assert evs, "the visit is an event"
    for _, _actors, recipients, _ in evs:
        assert set(recipients) <= {"Ukraine", "Kyiv", "Volodymyr Zelensky"}, evs


def test_arrival_has_no_passive_agent_from_the_next_verb():
    # the auxiliary "worden" belongs to the coordinated "empfangen", not to "eingetroffen"
    evs = _events("Lawrow war am Montag in Peking eingetroffen und noch am selben Abend von "
                  "Xi Jinping empfangen worden.", "de", "2024-06-12")
    arrivals = [e for e in evs if e[0] == "CONSULT" and e[3] == "2024-06-10"]
    assert arrivals and all(e[1] == ["Sergey Lavrov"] for e in arrivals), evs


@pytest.mark.parametrize("lang,text", [
    ("de", "Das meldete die Agentur Xinhua am Freitag nach einem Treffen Xi Jinpings mit "
           "Wladimir Putin."),
    ("en", "Xinhua said on Friday after talks between Xi Jinping and Vladimir Putin that ties "
           "were strong."),
])
def test_a_meeting_after_which_something_was_reported_is_not_dated_by_the_report(lang, text):
    evs = [e for e in _events(text, lang, "2024-06-15") if e[0] == "CONSULT"]
    assert evs and all(e[3] != "2024-06-14" for e in evs), evs


def test_possessive_date_names_the_noun_after_it():
    evs = _events("Wang Yi met Antony Blinken in Beijing on Tuesday, a week after last month's "
                  "summit.", "en", "2024-06-12")
    assert ("CONSULT", ["Wang Yi"], ["Antony Blinken"], "2024-06-11") in evs, evs


def test_english_articles_keep_prepositional_phrases_and_coordinated_subjects():
    evs = _events("Lavrov arrived in the Chinese capital on Monday for a three-day visit.",
                  "en", "2024-06-12")
    assert ("CONSULT", ["Sergey Lavrov"], ["China"], "2024-06-10") in evs, evs
    evs = _events("The European Union and Japan on Friday imposed new sanctions on Iran.",
                  "en", "2024-06-12")
    assert any(e[0] == "SANCTION" and set(e[1]) == {"European Union", "Japan"} for e in evs), evs


def test_english_svo_object_follows_the_verb():
    # the name before the verb is its subject; nothing before it is the object of "visit"
    evs = _events("Lavrov arrived in the Chinese capital on Monday for a three-day visit.",
                  "en", "2024-06-12")
    assert all("Sergey Lavrov" not in e[2] for e in evs), evs


def test_title_of_a_coordinated_person_keeps_the_coordination():
    evs = _events("Chinese President Xi Jinping and Brazilian leader Luiz Inacio Lula da Silva "
                  "held talks on Tuesday in Beijing.", "en", "2024-06-12")
    assert any(e[0] == "CONSULT" and {*e[1], *e[2]} >= {"Xi Jinping"} and len(e[1]) + len(e[2]) == 2
               for e in evs), evs


def test_german_name_never_ends_in_a_lower_case_word(monkeypatch):
    from chronik.analysis.actors import names
    from chronik.text.segment import sentences

    if names._crf_tagger() is None:
        pytest.skip("the German NER model is not bundled")
    text = "Pistorius war am Montag in Vilnius."
    # a tagger that sweeps the verb into the name (as it may in a narrow window)
    monkeypatch.setattr(names, "tag_spans", lambda words, *a, **k: [(0, 2, "PER")])
    monkeypatch.setattr(names, "_direct_tagger", lambda: None)  # the window-by-window path
    found = names.german_names(text, tuple(sentences(text)), full=True)
    assert [text[n.start:n.end] for n in found] == ["Pistorius"]


@pytest.mark.parametrize("lang,text,actors", [
    ("en", "The United States, Canada and Japan condemned the launch.",
     {"United States", "Canada", "Japan"}),
    ("de", "Frankreich, Polen und Italien verurteilten den Angriff.", {"France", "Poland", "Italy"}),
])
def test_a_comma_list_of_subjects_is_one_coordination(lang, text, actors):
    evs = _events(text, lang, "2024-06-12")
    assert any(set(e[1]) == actors for e in evs), evs


def test_a_prepositional_phrase_before_a_comma_is_no_conjunct():
    evs = _events("According to Xinhua, Xi Jinping and Vladimir Putin held talks on Friday.",
                  "en", "2024-06-15")
    assert any(e[0] == "CONSULT" and {*e[1], *e[2]} == {"Xi Jinping", "Vladimir Putin"}
               for e in evs), evs


def test_receiving_a_guest_for_talks_is_a_visit():
    evs = _events("Recep Tayyip Erdogan received Olaf Scholz for talks in Ankara on Monday.",
                  "en", "2024-07-28")
    assert any(e[0] == "CONSULT" and e[1] == ["Olaf Scholz"] for e in evs), evs


def test_a_clause_opened_by_after_has_its_own_subject():
    # "after" here is a conjunction, not a preposition: its clause's subject is an actor
    evs = _events("The Senate backed the bill on Tuesday, after the Bundestag had approved it "
                  "last month.", "en", "2024-11-10")
    assert any(e[0] == "SUPPORT" and e[1] == ["Bundestag"] and e[3] == "2024-10" for e in evs), evs


def test_two_acts_dated_in_their_own_sentences_are_not_one():
    # a greeting and a signing on one day, each with its own date: both stay (the signing is
    # what other articles report)
    evs = _events("Scholz landete am Montag in Peking und wurde von Xi Jinping am Flughafen "
                  "begrüßt. Am Montag unterzeichneten Scholz und Xi Jinping zudem einen Vertrag "
                  "über eine Partnerschaft.", "de", "2024-06-12")
    assert len([e for e in evs if e[0] == "SUPPORT" and e[3] == "2024-06-10"]) == 2, evs
