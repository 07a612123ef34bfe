"""Narrative time: anaphora ("am selben Tag", "the same day") refer to the story's main line,
not to dates in flashbacks, relative clauses or background clauses."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.analysis.time.narrative import clause_role, narrative_cues


def values(text: str, lang: str, dct: str, starts: list[int] | None = None) -> dict[str, str | None]:
    res = tag_text(text, lang, dct, sentence_starts=starts)
    return {t.span.text: t.value for t in res.timexes}


@pytest.mark.parametrize(("text", "phrase", "value"), [
    # a pluperfect flashback does not move the story's day
    ("Die Ministerin landete am 12. März in Lissabon. Ihr Sprecher war bereits am Vortag "
     "angereist. Am selben Tag unterzeichnete sie das Abkommen.", "selben Tag", "2025-03-12"),
    ("Am 12. März eröffnete der Bürgermeister die Brücke. Die Firma hatte die Arbeiten am "
     "2. März abgeschlossen. Am gleichen Tag feierten die Anrainer.", "gleichen Tag", "2025-03-12"),
    # a verb-final pluperfect in a subordinate clause
    ("Am 12. März trat der Trainer zurück, weil die Mannschaft am 9. März verloren hatte. "
     "An diesem Tag trainierte das Team nicht.", "diesem Tag", "2025-03-12"),
    # "nachdem" opens a background clause
    ("Am 12. März begann der Prozess, nachdem die Anklage am 2. März verlesen wurde. "
     "Tags darauf sagte der erste Zeuge aus.", "Tags darauf", "2025-03-13"),
    # a relative clause
    ("Am 12. März besuchte der Kanzler das Werk, das am 1. März eröffnet wurde. "
     "Am selben Tag sprach er mit den Beschäftigten.", "selben Tag", "2025-03-12"),
    # a main-line date does move it
    ("Am 12. März kam die Delegation an. Am 14. März reiste sie weiter. Am selben Tag "
     "schloss die Botschaft.", "selben Tag", "2025-03-14"),
])
def test_german_story_day(text: str, phrase: str, value: str) -> None:
    assert values(text, "de", "2025-03-20")[phrase] == value


def test_german_flashback_keeps_its_own_value() -> None:
    v = values("Die Ministerin landete am 12. März in Lissabon. Ihr Sprecher war bereits am "
               "Vortag angereist. Am selben Tag unterzeichnete sie das Abkommen.", "de", "2025-03-20")
    assert v["Vortag"] == "2025-03-11"


def test_german_report_then_pluperfect_event() -> None:
    # the reporting clause dates the report; the pluperfect tells the reported event itself
    text = ("Die Polizei meldete am Freitag einen Einbruch. Die Täter waren am Donnerstag in das "
            "Museum eingedrungen. Am selben Tag wurde auch eine Bank überfallen.")
    assert values(text, "de", "2025-03-21")["selben Tag"] == "2025-03-20"


def test_with_sentence_offsets() -> None:
    text = ("Der Gipfel begann am 12. März. Die Gäste waren schon am 10. März angereist. "
            "Am selben Tag gab es ein Konzert.")
    starts = [0, text.index("Die Gäste"), text.index("Am selben")]
    assert values(text, "de", "2025-03-20", starts)["selben Tag"] == "2025-03-12"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("The envoy landed in Nairobi on March 12. His aides had flown in on March 9. "
     "The same day he met the president.", "The same day", "2025-03-12"),
    ("The strike began on March 12, after talks collapsed on March 10. That day trains stood "
     "still.", "That day", "2025-03-12"),
    ("The court ruled on March 12 on the law, which parliament passed on March 3. "
     "The day before, protesters gathered.", "The day before", "2025-03-11"),
    ("The team arrived on March 12. It left on March 14. The same day the stadium closed.",
     "The same day", "2025-03-14"),
])
def test_english_story_day(text: str, phrase: str, value: str) -> None:
    assert values(text, "en", "2025-03-20")[phrase] == value


def test_minutes_later_follow_the_clock() -> None:
    v = values("Am 12. März um 14.05 Uhr bebte die Erde. Zehn Minuten später folgte ein "
               "Nachbeben. Drei Stunden danach öffneten die Schulen wieder.", "de", "2025-03-20")
    assert v["Zehn Minuten später"] == "2025-03-12T14:15"
    assert v["Drei Stunden danach"] == "2025-03-12T17:15"


def test_minutes_later_without_clock_name_the_day() -> None:
    v = values("Am 12. März bebte die Erde. Wenige Tage zuvor gab es Warnungen. Zwanzig "
               "Minuten später folgte ein Nachbeben.", "de", "2025-03-20")
    assert v["Zwanzig Minuten später"] == "2025-03-12"


def test_days_later_are_anaphoric() -> None:
    v = values("Am 12. März bebte die Erde. Fünf Tage später begann der Wiederaufbau.", "de",
               "2025-04-20")
    assert v["Fünf Tage später"] == "2025-03-17"


@pytest.mark.parametrize(("phrase", "value"), [("a decade ago", "2015"), ("two decades ago", "2005")])
def test_decade_ago_is_a_year(phrase: str, value: str) -> None:
    assert values(f"The mill closed {phrase}.", "en", "2025-06-05")[phrase] == value


def test_clause_roles() -> None:
    de = narrative_cues("de")
    text = "Er hatte das Haus am 3. Mai verkauft."
    i = text.index("3. Mai")
    assert clause_role(de, text, i, i + 6, 0, len(text)) == "background"
    text = "Das Haus wurde am 3. Mai verkauft."
    i = text.index("3. Mai")
    assert clause_role(de, text, i, i + 6, 0, len(text)) == "main"
    text = "Das berichtete die Zeitung am 3. Mai."
    i = text.index("3. Mai")
    assert clause_role(de, text, i, i + 6, 0, len(text)) == "report"
    # an adjective after "war" is no participle
    text = "Er war am 3. Mai zugegen."
    i = text.index("3. Mai")
    assert clause_role(de, text, i, i + 6, 0, len(text)) == "main"


def test_language_without_cues_is_all_main_line() -> None:
    none = narrative_cues("xx")
    assert none.empty
    assert clause_role(none, "He had left on May 3.", 15, 20, 0, 21) == "main"
