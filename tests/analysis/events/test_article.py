"""Article-level behaviour: dedupe of lead and body, narrative and report dates, sources,
ids in offset order, records that validate against the schema."""

from __future__ import annotations

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Emmanuel Macron": ("PER", "FRA", ["Emmanuel Macron", "Macron"]),
    "Olaf Scholz": ("PER", "DEU", ["Olaf Scholz", "Scholz"]),
    "France": ("GPE", "FRA", ["Frankreich", "Frankreichs"]),
    "Germany": ("GPE", "DEU", ["Deutschland", "Deutschlands"]),
    "Berlin": ("LOC", "DEU", ["Berlin"]),
    "Agence France-Presse": ("ORG", "FRA", ["AFP"]),
}
TEXT = (
    "Frankreichs Präsident Macron sagt Deutschland volle Unterstützung zu.\n\n"
    "Frankreichs Präsident Emmanuel Macron hat Deutschland seine volle Unterstützung zugesichert. "
    "Dies meldete die Nachrichtenagentur AFP am Dienstag.\n\n"
    "Macron war am Montag in Berlin eingetroffen. Dort traf er Scholz zu einem langen Gespräch. "
    "Sein letzter Besuch in Berlin fand im Mai statt."
)
TX = {"Dienstag": "2025-06-03", "Montag": "2025-06-02", "Mai": "2025-05"}


def _events():
    an = find_events(make(TEXT, "de", entities=ENTS, timexes=TX))
    name = {e.id: e.name for e in an.entities}
    return an, [(v.type, v.mode, [name[a] for a in v.actors], [name[r] for r in v.recipients],
                 v.date.value, v.modality, [name[s] for s in v.sources]) for v in an.events]


def test_article_lead_and_body_give_one_pledge_with_report_date_and_source():
    _an, evs = _events()
    pledges = [e for e in evs if e[0] == "SUPPORT"]
    assert len(pledges) == 1
    assert pledges[0][2:5] == (["Emmanuel Macron"], ["Germany"], "2025-06-03")
    assert pledges[0][5] == "reported" and pledges[0][6] == ["Agence France-Presse"]


def test_article_visit_host_state_and_narrative_date():
    _an, evs = _events()
    consult = [e for e in evs if e[0] == "CONSULT"]
    assert any(e[2] == ["Emmanuel Macron"] and "2025-06-02" == e[4] for e in consult), consult
    march = [e for e in consult if e[4] == "2025-05"]
    assert march and march[0][3] == ["Germany"], consult  # host state of Berlin


def test_article_ids_offsets_and_schema():
    from chronik.schema.validate import record_errors

    an, _ = _events()
    assert [v.id for v in an.events] == [f"v{k}" for k in range(1, len(an.events) + 1)]
    starts = [v.evidence.start for v in an.events]
    assert starts == sorted(starts)
    ids = {e.id for e in an.entities}
    for v in an.events:
        assert set(v.actors) <= ids and set(v.recipients) <= ids and set(v.sources) <= ids
        assert TEXT[v.evidence.start:v.evidence.end] == v.evidence.text
        assert v.trigger is not None and TEXT[v.trigger.start:v.trigger.end] == v.trigger.text
        assert v.cues and 0.0 < v.confidence <= 1.0
        assert v.date.timex is None or an.timex(v.date.timex) is not None
    assert not record_errors(an.to_record())


def test_article_without_language_resources_is_unchanged():
    an = make("Quelque chose s'est passé.", "fr")
    assert find_events(an) is an


ENTS2 = {
    "Olaf Scholz": ("PER", "DEU", ["Olaf Scholz", "Scholz"]),
    "Xi Jinping": ("PER", "CHN", ["Xi Jinping", "Xi"]),
    "China": ("GPE", "CHN", ["China", "chinesischen"]),
    "Beijing": ("LOC", "CHN", ["Peking"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine"]),
    "Kharkiv": ("LOC", "UKR", ["Charkiw"]),
    "Russia": ("GPE", "RUS", ["Russland", "Moskaus", "russische"]),
    "Poland": ("GPE", "POL", ["Polen", "Polens"]),
    "Xinhua": ("ORG", "CHN", ["Xinhua"]),
}
TEXT2 = (
    "Scholz ist am Montag zu einem Besuch in Peking eingetroffen. Dort traf er am Dienstag "
    "Xi zu Gesprächen über den Krieg in der Ukraine. Xi forderte nach Angaben der "
    "Nachrichtenagentur Xinhua ein Ende der Kämpfe. Am Mittwoch griff die russische Armee die "
    "Stadt Charkiw an. Polen kritisierte am Donnerstag das Vorgehen Moskaus. Scholz sagte zu, "
    "der Ukraine weitere Hilfe zu schicken."
)
TX2 = {"Montag": "2024-04-15", "Dienstag": "2024-04-16", "Mittwoch": "2024-04-17",
       "Donnerstag": "2024-04-18"}


def test_article_news_patterns():
    an = find_events(make(TEXT2, "de", entities=ENTS2, timexes=TX2, date="2024-04-20"))
    name = {e.id: e.name for e in an.entities}
    got = {(v.type, tuple(name[a] for a in v.actors), tuple(name[r] for r in v.recipients),
            v.date.value, v.modality) for v in an.events}
    srcs = {v.type: [name[s] for s in v.sources] for v in an.events}
    # the host: the city itself when the text names no state of that country
    assert ("CONSULT", ("Olaf Scholz",), ("Beijing",), "2024-04-15", "asserted") in got
    assert ("CONSULT", ("Olaf Scholz",), ("Xi Jinping",), "2024-04-16", "asserted") in got  # "traf er"
    assert any(g[0] == "REQUEST" and g[1] == ("Xi Jinping",) and g[4] == "reported" for g in got)
    assert srcs["REQUEST"] == ["Xinhua"]  # "nach Angaben der Nachrichtenagentur X"
    assert ("ASSAULT", ("Russia",), ("Ukraine",), "2024-04-17", "asserted") in got  # city → state
    assert ("ACCUSE", ("Poland",), ("Russia",), "2024-04-18", "asserted") in got  # owner of object
    assert any(g[0] == "AGREE" and g[1] == ("Olaf Scholz",) for g in got)
    assert not any(g[0] == "AID" for g in got)  # "sagte zu, … Hilfe zu schicken" is the promise
    locs = [name.get(v.location) for v in an.events if v.type == "CONSULT"]
    assert "Ukraine" not in locs  # "Krieg in der Ukraine" is not where they met
