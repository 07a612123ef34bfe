"""Short German and English sentences (written for these tests) with the expected event:
every PLOVER type in both languages, tricky word orders, separable verbs and negatives.
Entities and timexes are built by hand (helpers.make), so only the events stage is tested."""

from __future__ import annotations

import pytest

from chronik.analysis.events import find_events

from .helpers import make

ENTS = {
    "Vladimir Putin": ("PER", "RUS", ["Wladimir Putin", "Vladimir Putin", "Putin"]),
    "Xi Jinping": ("PER", "CHN", ["Xi Jinping", "Xi"]),
    "Emmanuel Macron": ("PER", "FRA", ["Emmanuel Macron", "Macron"]),
    "Olaf Scholz": ("PER", "DEU", ["Olaf Scholz", "Scholz"]),
    "Russia": ("GPE", "RUS", ["Russland", "Russlands", "Russia", "russischen", "russische", "Russian"]),
    "China": ("GPE", "CHN", ["China", "Chinas", "chinesischen", "Chinese"]),
    "France": ("GPE", "FRA", ["Frankreich", "France"]),
    "Germany": ("GPE", "DEU", ["Deutschland", "Germany"]),
    "Ukraine": ("GPE", "UKR", ["Ukraine"]),
    "Israel": ("GPE", "ISR", ["Israel"]),
    "Iran": ("GPE", "IRN", ["Iran"]),
    "European Union": ("ORG", None, ["EU", "European Union"]),
    "Beijing": ("LOC", "CHN", ["Peking", "Beijing"]),
    "Hamas": ("ORG", None, ["Hamas"]),
    "Amnesty International": ("ORG", None, ["Amnesty International"]),
}
TX = {"Mittwoch": "2025-06-04", "Montag": "2025-06-02", "Wednesday": "2025-06-04",
      "Monday": "2025-06-02", "im März": "2025-03", "in March": "2025-03"}

# (lang, sentence, type, actor, recipient or None, modality, date)
CASES = [
    # German: every type
    ("de", "Russland und China vereinbarten am Montag eine engere Abstimmung.", "AGREE", "Russia", "China", "asserted", "2025-06-02"),
    ("de", "Am Mittwoch traf Putin den chinesischen Präsidenten in Peking.", "CONSULT", "Vladimir Putin", "China", "asserted", "2025-06-04"),
    ("de", "Macron besuchte im März Deutschland.", "CONSULT", "Emmanuel Macron", "Germany", "asserted", "2025-03"),
    ("de", "Scholz sicherte der Ukraine am Montag weitere Unterstützung zu.", "SUPPORT", "Olaf Scholz", "Ukraine", "asserted", "2025-06-02"),
    ("de", "Der Vertrag wurde am Mittwoch von Putin und Xi unterzeichnet.", "SUPPORT", "Vladimir Putin", "Xi Jinping", "asserted", "2025-06-04"),
    ("de", "Macron räumte am Montag Fehler ein.", "CONCEDE", "Emmanuel Macron", None, "asserted", "2025-06-02"),
    ("de", "Frankreich und Deutschland arbeiten bei der Rüstung eng zusammen.", "COOPERATE", "France", "Germany", "asserted", None),
    ("de", "Deutschland lieferte der Ukraine am Montag Waffen.", "AID", "Germany", "Ukraine", "asserted", "2025-06-02"),
    ("de", "Russland zog am Mittwoch seine Truppen aus der Ukraine ab.", "RETREAT", "Russia", "Ukraine", "asserted", "2025-06-04"),
    ("de", "Die EU forderte Russland am Montag zum Rückzug auf.", "REQUEST", "European Union", "Russia", "asserted", "2025-06-02"),
    ("de", "Am Montag warf Israel dem Iran Spionage vor.", "ACCUSE", "Israel", "Iran", "asserted", "2025-06-02"),
    ("de", "China lehnte den Vorschlag der EU am Mittwoch ab.", "REJECT", "China", None, "asserted", "2025-06-04"),
    ("de", "Russland drohte der Ukraine am Montag mit Vergeltung.", "THREATEN", "Russia", "Ukraine", "asserted", "2025-06-02"),
    ("de", "Amnesty International demonstrierte am Montag gegen Russland.", "PROTEST", "Amnesty International", "Russia", "asserted", "2025-06-02"),
    ("de", "Die EU verhängte am Mittwoch neue Sanktionen gegen Russland.", "SANCTION", "European Union", "Russia", "asserted", "2025-06-04"),
    ("de", "Russland mobilisierte am Montag weitere Reservisten.", "MOBILIZE", "Russia", None, "asserted", "2025-06-02"),
    ("de", "Russland nahm am Montag zwei Journalisten aus Frankreich fest.", "COERCE", "Russia", None, "asserted", "2025-06-02"),
    ("de", "Russland griff die Ukraine am Mittwoch mit Drohnen an.", "ASSAULT", "Russia", "Ukraine", "asserted", "2025-06-04"),
    # German: word order, subordinate clauses, nominalizations, modality
    ("de", "Gestern berichtete Amnesty International, dass Xi Putin in Peking getroffen habe.", "CONSULT", "Xi Jinping", "Vladimir Putin", "reported", None),
    ("de", "Den Präsidenten Macron empfing Scholz am Montag.", "CONSULT", "Emmanuel Macron", "Olaf Scholz", "asserted", "2025-06-02"),
    ("de", "Der russische Angriff auf die Ukraine begann am Mittwoch.", "ASSAULT", "Russia", "Ukraine", "asserted", "2025-06-04"),
    ("de", "Putin wird Xi im März in Peking treffen.", "AGREE", "Vladimir Putin", "Xi Jinping", "future", "2025-03"),
    ("de", "Russland hat die Ukraine nicht angegriffen.", "ASSAULT", "Russia", "Ukraine", "negated", None),
    ("de", "Experten vermuten, dass Russland die Ukraine möglicherweise angegriffen hat.", "ASSAULT", "Russia", "Ukraine", "speculative", None),
    ("de", "Laut Amnesty International hat Russland die Ukraine am Montag angegriffen.", "ASSAULT", "Russia", "Ukraine", "reported", "2025-06-02"),
    ("de", "Frankreich weigerte sich am Montag, der Ukraine Waffen zu liefern.", "REJECT", "France", None, "asserted", "2025-06-02"),
    ("de", "Dort griff Russland am Mittwoch erneut die Ukraine an.", "ASSAULT", "Russia", "Ukraine", "asserted", "2025-06-04"),
    ("de", "Das Abkommen sieht vor, dass Frankreich Deutschland hilft, falls es angegriffen wird.", "AID", "France", "Germany", "hypothetical", None),
    # English: every type
    ("en", "Russia and China agreed on Monday to expand trade.", "AGREE", "Russia", "China", "asserted", "2025-06-02"),
    ("en", "Putin met Xi in Beijing on Wednesday.", "CONSULT", "Vladimir Putin", "Xi Jinping", "asserted", "2025-06-04"),
    ("en", "Macron praised Germany on Monday.", "SUPPORT", "Emmanuel Macron", "Germany", "asserted", "2025-06-02"),
    ("en", "Macron pardoned two activists on Monday.", "CONCEDE", "Emmanuel Macron", None, "asserted", "2025-06-02"),
    ("en", "France cooperated with Germany on the investigation.", "COOPERATE", "France", "Germany", "asserted", None),
    ("en", "Germany supplied Ukraine with air defence systems on Monday.", "AID", "Germany", "Ukraine", "asserted", "2025-06-02"),
    ("en", "Russia withdrew its troops from Ukraine on Wednesday.", "RETREAT", "Russia", "Ukraine", "asserted", "2025-06-04"),
    ("en", "The European Union urged Russia on Monday to end the war.", "REQUEST", "European Union", "Russia", "asserted", "2025-06-02"),
    ("en", "Israel accused Iran of espionage on Monday.", "ACCUSE", "Israel", "Iran", "asserted", "2025-06-02"),
    ("en", "China rejected the proposal on Wednesday.", "REJECT", "China", None, "asserted", "2025-06-04"),
    ("en", "Russia threatened Ukraine on Monday.", "THREATEN", "Russia", "Ukraine", "asserted", "2025-06-02"),
    ("en", "Amnesty International protested against Russia on Monday.", "PROTEST", "Amnesty International", "Russia", "asserted", "2025-06-02"),
    ("en", "The European Union imposed sanctions on Russia on Wednesday.", "SANCTION", "European Union", "Russia", "asserted", "2025-06-04"),
    ("en", "Russia mobilized reservists on Monday.", "MOBILIZE", "Russia", None, "asserted", "2025-06-02"),
    ("en", "Russia arrested two French journalists on Monday.", "COERCE", "Russia", None, "asserted", "2025-06-02"),
    ("en", "Russia attacked Ukraine on Wednesday.", "ASSAULT", "Russia", "Ukraine", "asserted", "2025-06-04"),
    # English: passive, future, negation, speculation, attribution
    ("en", "The treaty was signed by Putin and Xi on Wednesday.", "SUPPORT", "Vladimir Putin", "Xi Jinping", "asserted", "2025-06-04"),
    ("en", "Putin will visit China in March.", "AGREE", "Vladimir Putin", "China", "future", "2025-03"),
    ("en", "Russia did not attack Ukraine.", "ASSAULT", "Russia", "Ukraine", "negated", None),
    ("en", "Russia reportedly attacked Ukraine on Monday.", "ASSAULT", "Russia", "Ukraine", "speculative", "2025-06-02"),
    ("en", "According to Amnesty International, Russia attacked Ukraine on Monday.", "ASSAULT", "Russia", "Ukraine", "reported", "2025-06-02"),
]


def _name(an, eid):
    e = an.entity(eid)
    return e.name if e else eid


@pytest.mark.parametrize("lang,text,etype,actor,recipient,modality,date", CASES,
                         ids=[f"{c[0]}-{c[2]}-{k}" for k, c in enumerate(CASES)])
def test_sentences_expected_event(lang, text, etype, actor, recipient, modality, date):
    an = find_events(make(text, lang, entities=ENTS, timexes=TX))
    got = [(v.type, [_name(an, a) for a in v.actors], [_name(an, r) for r in v.recipients],
            v.modality, v.date.value) for v in an.events]
    match = [g for g in got if g[0] == etype and actor in g[1]]
    assert match, f"no {etype} by {actor} in {got}"
    typ, actors, recipients, mod, dval = match[0]
    if recipient is not None:
        assert recipient in recipients + actors[1:], got
    assert mod == modality, got
    assert dval == date, got


def test_sentences_governed_infinitive_is_no_event():
    an = find_events(make("Frankreich weigerte sich am Montag, der Ukraine Waffen zu liefern.", "de",
                          entities=ENTS, timexes=TX))
    assert [v.type for v in an.events] == ["REJECT"]


def test_sentences_every_type_covered_in_both_languages():
    from chronik.analysis.events.ontology import plover_types

    for lang in ("de", "en"):
        assert set(plover_types()) <= {c[2] for c in CASES if c[0] == lang}


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Regierung kritisierte Russland scharf."),  # subject is no named entity
    ("de", "Ein Angriff wäre eine Katastrophe."),  # trigger without any actor
    ("en", "The attack was condemned."),
])
def test_sentences_no_invented_actor(lang, text):
    an = find_events(make(text, lang, entities=ENTS, timexes=TX))
    for v in an.events:
        assert v.actors and all(an.entity(a) for a in v.actors)
        assert _name(an, v.actors[0]) != "Russia" or v.type != "ACCUSE"


@pytest.mark.parametrize("text", [
    " ".join(["Russland griff die Ukraine an und"] * 900) + ".",  # ~5,000 tokens, one sentence
    " ".join(["Putin traf Xi in Peking"] * 400),  # no punctuation at all
    "\n".join(f"Russland | {k} | Ukraine | angegriffen | {k * 3}" for k in range(300)),  # a table
], ids=["5000-tokens", "no-punctuation", "table"])
def test_sentences_bad_input_is_bounded(text):
    an = find_events(make(text, "de", entities=ENTS, timexes=TX))
    ids = {e.id for e in an.entities}
    for v in an.events:
        assert set(v.actors) <= ids and set(v.recipients) <= ids
        assert text[v.evidence.start:v.evidence.end] == v.evidence.text
