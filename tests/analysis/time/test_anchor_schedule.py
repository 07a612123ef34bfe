"""Anaphora told in the past count from the story told so far, not from a day still ahead
(a plan or schedule); a month named in the main line moves the story to that month; "am
Vorabend" is the evening before the story's day."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.text.segment import sentences


def values(text: str, lang: str, dct: str) -> dict[str, str | None]:
    starts = [s.start for s in sentences(text, lang)] or None
    return {t.span.text: t.value for t in tag_text(text, lang, dct, sentence_starts=starts).timexes}


DE_PLAN = ("Die Lokführer haben am Montag den Bahnverkehr bestreikt. Die nächste Verhandlung ist "
           "für den 21. Mai in Erfurt angesetzt. Am Vortag hatte ein Arbeitsgericht den Eilantrag "
           "der Bahn zurückgewiesen.")


def test_german_plan_is_no_anchor_for_past_anaphor() -> None:
    v = values(DE_PLAN, "de", "2025-05-14")  # a Wednesday: the strike was on 12 May
    assert v["21. Mai"] == "2025-05-21"
    assert v["Vortag"] == "2025-05-11"


def test_german_plan_with_month_only_dct_keeps_the_known_precision() -> None:
    v = values(DE_PLAN, "de", "2025-05")
    assert v["Montag"] == "2025-WXX-1"
    assert v["Vortag"] == "2025-05-XX"  # not 20 May, the eve of the planned day


def test_german_future_anaphor_still_counts_from_the_plan() -> None:
    text = ("Der Verband tagte am 3. Juni in Graz. Die Abstimmung soll am 17. Juni stattfinden. "
            "Am Vortag wird der Vorstand die Vorlage beraten.")
    assert values(text, "de", "2025-06-05")["Vortag"] == "2025-06-16"


@pytest.mark.parametrize(("dct", "value"), [("2025-05-14", "2025-05-11"), ("2025-05", "2025-05-XX")])
def test_english_schedule_is_no_anchor_for_past_anaphor(dct: str, value: str) -> None:
    text = ("Pilots walked out on Monday. The next round of talks is scheduled for May 21 in "
            "Denver. The day before, a judge had rejected the airline's motion.")
    assert values(text, "en", dct)["The day before"] == value


def test_month_named_in_main_line_moves_the_story() -> None:
    text = ("Am 2. März 1990 kam die Sängerin in Leipzig zur Welt. Ihr erstes Konzert gab sie "
            "im April 2012. An diesem Tag spielte sie vor zweihundert Gästen.")
    assert values(text, "de", "2025-06-05")["diesem Tag"] == "2012-04-XX"


def test_month_in_pluperfect_does_not_move_the_story() -> None:
    text = ("Am 12. März eröffnete die Ministerin das Museum. Die Pläne hatte sie im Januar "
            "vorgestellt. Am selben Tag besuchte sie eine Schule.")
    assert values(text, "de", "2025-03-20")["selben Tag"] == "2025-03-12"


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("Am 9. Mai 2019 trat der Minister zurück. Am Vorabend hatte er mit der Kanzlerin "
     "telefoniert.", "Vorabend", "2019-05-08TEV"),
    ("Am 9. Mai 2019 fiel der Beschluss, der seit dem Vorabend feststand.", "dem Vorabend",
     "2019-05-08TEV"),
])
def test_german_eve(text: str, phrase: str, value: str) -> None:
    assert values(text, "de", "2025-06-05")[phrase] == value


def test_german_eve_of_a_named_event_is_not_tagged() -> None:
    assert "Vorabend" not in " ".join(values("Am Vorabend des Gipfels demonstrierten viele.", "de",
                                             "2025-06-05"))


def test_pluperfect_after_a_plan_tells_the_past() -> None:
    # the plan's day set the narrative; the pluperfect day still becomes the story told so far
    text = ("Das Verfahren beginnt am 20. Januar. Am Montag hatte die Verteidigung neue Gutachten "
            "eingereicht. Am selben Tag war der Angeklagte in eine andere Anstalt gebracht worden.")
    v = values(text, "de", "2020-01-10")
    assert v["Montag"] == "2020-01-06"
    assert v["selben Tag"] == "2020-01-06"


@pytest.mark.parametrize(("phrase", "value"), [("The following week", "2016-W19"),
                                               ("That week", "2016-W18")])
def test_english_week_anaphora_count_from_the_story(phrase: str, value: str) -> None:
    text = f"The ferry sank on May 3, 2016. {phrase}, the port stayed closed."
    assert values(text, "en", "2019-05-03")[phrase] == value


def test_clock_time_follows_the_story_not_a_flashback() -> None:
    text = ("In der Nacht auf Sonntag brannte eine Scheune in Kirchberg nieder. Der Bauer hatte sie "
            "erst am 3. Mai renoviert. Die Feuerwehr wurde um 2:15 Uhr alarmiert.")
    v = values(text, "de", "2025-06-09")  # a Monday: the night ran into Sunday 8 June
    assert v["3. Mai"] == "2025-05-03"
    assert v["2:15 Uhr"] == "2025-06-08T02:15"


def test_plan_told_in_the_past_tense_keeps_the_plans_day() -> None:
    text = ("Der Gipfel findet am 14. März in Rom statt. Am Vortag war ein Treffen der "
            "Außenminister geplant.")
    assert values(text, "de", "2025-03-05")["Vortag"] == "2025-03-13"
