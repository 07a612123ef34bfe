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


def test_minutes_later_without_clock_are_an_unknown_time() -> None:
    # KRAUTS: minutes after a moment whose clock time the text never gives are a time of no
    # known value; hours after it still fall on the story's day
    v = values("Am 12. März bebte die Erde. Wenige Tage zuvor gab es Warnungen. Zwanzig "
               "Minuten später folgte ein Nachbeben. Zwei Stunden danach kam Regen.", "de",
               "2025-03-20")
    assert v["Zwanzig Minuten später"] == "XXXX-XX-XXTXX:XX"
    assert v["Zwei Stunden danach"] == "2025-03-12"


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


def test_looking_back_does_not_move_the_story_day() -> None:
    # "am Tag zuvor" and "vom Vortag" both count from the race day: the first is no new base
    v = values("Am Freitag fuhr die Läuferin auf Rang drei. Sie gewann wie schon am Tag zuvor, "
               "ihr Sieg vom Vortag war knapp.", "de", "2025-03-10")
    assert v["Freitag"] == "2025-03-07"
    assert v["Tag zuvor"] == "2025-03-06"
    assert v["Vortag"] == "2025-03-06"
    # a day after still moves the story forward
    v = values("Am 3. Mai kam er an. Am folgenden Tag reiste er weiter. Tags darauf war er in "
               "Wien.", "de", "2024-06-01")
    assert v["Tags darauf"] == "2024-05-05"


def test_clock_time_goes_on_on_a_past_story_day() -> None:
    text = ("Gestern Nachmittag schlug bei einem Fest ein Blitz ein. Viele Helfer waren vor Ort. "
            "Das Gewitter zog gegen 16 Uhr auf.")
    starts = [0, text.index("Viele"), text.index("Das Gewitter")]
    assert values(text, "de", "2025-08-28", starts)["16 Uhr"] == "2025-08-27T16:00"


def test_clock_time_of_a_future_clause_is_not_the_past_story_day() -> None:
    text = "Am 3. März wurde der Mann festgenommen. Der Prozess wird um 9 Uhr fortgesetzt."
    starts = [0, text.index("Der Prozess")]
    assert values(text, "de", "2025-03-10", starts)["9 Uhr"] == "2025-03-10T09:00"


def test_clock_time_after_a_day_ahead_stays_on_the_publication_day() -> None:
    # a programme: "morgen" in one item does not date the next item's hours
    text = "Meran: Markt, heute und morgen. Brixen: Basar in der Schule, 10-17 Uhr."
    starts = [0, text.index("Brixen")]
    got = values(text, "de", "2025-11-29", starts)
    assert got["17 Uhr"] == "2025-11-29T17:00"


def test_postponed_to_a_weekday_is_ahead() -> None:
    v = values("Die für Montag geplante Entscheidung wurde auf Dienstag verschoben.", "de",
               "2008-04-07")
    assert v["Dienstag"] == "2008-04-08"
    # the night to a day is no postponement
    assert values("In der Nacht auf Sonntag brannte eine Scheune.", "de", "2008-04-07")[
        "der Nacht auf Sonntag"] == "2008-04-05TNI"


def test_same_year_is_the_story_year() -> None:
    v = values("Die Partei scheiterte 2013 in Hessen, bei der im selben Jahr folgenden Wahl "
               "ebenso.", "de", "2017-08-29")
    assert v["selben Jahr"] == "2013"
    v = values("Im März 2010 kam die Sperre, im gleichen Monat gab es erste Fälle.", "de",
               "2021-01-05")
    assert v["gleichen Monat"] == "2010-03"
    # with no date named before, the same year is the publication's
    assert values("Im selben Jahr wurde gebaut.", "de", "2021-01-05")["selben Jahr"] == "2021"
