"""Session 7: everyday news timexes in German and English (sentences written for these tests),
bare ordinal days ("on the 21st"), today's day in German adjectives ("am heutigen Dienstag",
"die heutige Sitzung") against the present in general, figures written with the language's
thousands and decimal marks, and "the year before" relative to the year the story is in."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.analysis.time.normalize import read_slots
from chronik.analysis.time.patterns import grammar
from chronik.text.segment import sentences

EN_DCT = "2026-11-12"  # a Thursday
DE_DCT = "2026-11-11"  # a Wednesday


def _found(text: str, lang: str, dct: str) -> list[tuple[str, str | None, str | None]]:
    starts = [s.start for s in sentences(text, lang)]
    return [(t.span.text, t.value, t.mod)
            for t in tag_text(text, lang, dct, sentence_starts=starts).timexes]


def _has(text: str, lang: str, dct: str, span: str, value: str, mod: str | None = None) -> None:
    found = _found(text, lang, dct)
    assert (span, value, mod) in found, found


@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("The mayor resigned on Tuesday (Nov. 10) after weeks of pressure.", "Tuesday (Nov. 10)", "2026-11-10", None),
    ("The plant closed earlier this month.", "earlier this month", "2026-11", "START"),
    ("Officials said late Tuesday that the talks had failed.", "Tuesday", "2026-11-10", None),
    ("Prices have risen sharply over the past 12 months.", "the past 12 months", "P12M", None),
    ("The bridge is expected to reopen next spring.", "next spring", "2027-SP", None),
    ("The merger should be completed by mid-2027.", "mid-2027", "2027", "MID"),
    ("Revenue in fiscal 2025 rose by a fifth.", "fiscal 2025", "2025", None),
    ("The firm expects to break even in fiscal year 2028.", "fiscal year 2028", "2028", None),
    ("Crime fell steadily during the 1990s.", "the 1990s", "199", None),
    ("The strike ended last Friday.", "last Friday", "2026-11-06", None),
    ("Voters go to the polls on Sunday.", "Sunday", "2026-11-15", None),
    ("The hearing was postponed until early next year.", "early next year", "2027", "START"),
    ("Two years ago the factory employed 3,000 people.", "Two years ago", "2024", None),
    ("The talks will resume later this week.", "later this week", "2026-W46", "END"),
    ("The deal was signed this morning.", "this morning", "2026-11-12TMO", None),
    ("He will step down at the end of the month.", "the end of the month", "2026-11", "END"),
    ("Protesters gathered every Saturday for months.", "every Saturday", "XXXX-WXX-6", None),
    ("The company has been in business for more than 150 years.", "more than 150 years", "P150Y", "MORE_THAN"),
])
def test_english_news_phrases(text: str, span: str, value: str, mod: str | None) -> None:
    _has(text, "en", EN_DCT, span, value, mod)


@pytest.mark.parametrize(("text", "span", "value", "mod"), [
    ("Der Minister trat am Dienstag (10. November) zurück.", "Dienstag (10. November)", "2026-11-10", None),
    ("Ende vergangener Woche kam es zu Protesten.", "Ende vergangener Woche", "2026-W45", "END"),
    ("In der Nacht zu Mittwoch brannte eine Scheune.", "der Nacht zu Mittwoch", "2026-11-10TNI", None),
    ("Anfang kommenden Jahres soll mit dem Bau begonnen werden.", "Anfang kommenden Jahres", "2027", "START"),
    ("In den 90er Jahren wuchs die Stadt rasch.", "den 90er Jahren", "199", None),
    ("Gestern Abend kam es zu einem Unfall.", "Gestern Abend", "2026-11-10TEV", None),
    ("Das Gesetz tritt am 1. Januar in Kraft.", "1. Januar", "2027-01-01", None),
    ("Mitte Dezember soll das Urteil fallen.", "Mitte Dezember", "2026-12", "MID"),
    ("Am Donnerstag vergangener Woche wurde er festgenommen.", "Donnerstag vergangener Woche", "2026-11-05", None),
    ("Im Herbst 2025 begann der Umbau.", "Herbst 2025", "2025-FA", None),
    ("Der Vertrag läuft bis Ende 2028.", "Ende 2028", "2028", "END"),
    ("Am kommenden Wochenende wird gewählt.", "kommenden Wochenende", "2026-W46-WE", None),
    ("Am vergangenen Wochenende wurde gewählt.", "vergangenen Wochenende", "2026-W45-WE", None),
])
def test_german_news_phrases(text: str, span: str, value: str, mod: str | None) -> None:
    _has(text, "de", DE_DCT, span, value, mod)


@pytest.mark.parametrize(("text", "value"), [
    ("The vote will take place on the 21st.", "2026-11-21"),  # ahead, this month
    ("He was detained on the 3rd and freed days later.", "2026-11-03"),  # behind, this month
    ("Rebels had taken the port on the 28th, the army said.", "2026-10-28"),  # behind: last month
    ("Offers are due by the 5th, the city said.", "2026-12-05"),  # ahead: next month
])
def test_bare_ordinal_day_is_a_day_of_the_current_month(text: str, value: str) -> None:
    assert [v for _, v, _ in _found(text, "en", EN_DCT) if v and v[:1] == "2"] == [value]


def test_bare_ordinal_day_without_tense_is_the_nearer_one() -> None:
    found = _found("The talks are on the 2nd.", "en", "2026-11-28")
    assert ("the 2nd", "2026-12-02", None) in found


def test_bare_ordinal_day_takes_the_month_the_story_is_in() -> None:
    found = _found("Fighting broke out in March. On the 21st, the rebels withdrew.", "en", EN_DCT)
    assert ("the 21st", "2026-03-21", None) in found


@pytest.mark.parametrize("text", [
    "The regiment fought in the 21st century wars.",
    "She lives on the 3rd floor.",
    "He finished the race in the 5th place.",
])
def test_ordinal_before_a_noun_is_no_day(text: str) -> None:
    assert all(v is None or not v.startswith("2026-1") for _, v, _ in _found(text, "en", EN_DCT))


@pytest.mark.parametrize(("text", "span"), [
    ("Am heutigen Mittwoch berät der Landtag.", "heutigen Mittwoch"),
    ("Der heutige Tag ist ein Gedenktag.", "Der heutige Tag"),
    ("Bis zum heutigen Tag fehlt von dem Mann jede Spur.", "heutigen Tag"),
    ("In der heutigen Sitzung stimmt der Rat ab.", "heutigen"),
    ("Vor dem heutigen Gemeinderatstreffen gab es Protest.", "heutigen"),
    ("Bei ihrem heutigen Auftritt sprach sie über Steuern.", "heutigen"),
])
def test_heutig_naming_today_is_the_publication_day(text: str, span: str) -> None:
    _has(text, "de", DE_DCT, span, "2026-11-11")


@pytest.mark.parametrize("text", [
    "Die heutige Jugend liest weniger Zeitung.",
    "Das Dorf liegt im heutigen Slowenien.",
])
def test_heutig_in_general_is_the_present(text: str) -> None:
    assert [v for _, v, _ in _found(text, "de", DE_DCT)] == ["PRESENT_REF"]


def test_figures_follow_the_languages_marks() -> None:
    en, de = grammar("en"), grammar("de")
    assert read_slots(en, {"num": "20,000"}) == {"num": 20000}
    assert read_slots(en, {"num": "2.5"}) == {"num": 2.5}
    assert read_slots(de, {"num": "20.000"}) == {"num": 20000}
    assert read_slots(de, {"num": "2,5"}) == {"num": 2.5}


@pytest.mark.parametrize(("text", "lang", "span", "value"), [
    ("The pilot had flown for 1,500 hours before the crash.", "en", "1,500 hours", "PT1500H"),
    ("Die Gefangenen saßen 2.500 Tage in Haft.", "de", "2.500 Tage", "P2500D"),
    ("Der Bau dauerte 1,5 Jahre.", "de", "1,5 Jahre", "P1.5Y"),
])
def test_durations_with_grouped_figures(text: str, lang: str, span: str, value: str) -> None:
    _has(text, lang, EN_DCT if lang == "en" else DE_DCT, span, value)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Der Umsatz stieg gegenüber dem Vorjahr um zehn Prozent.", "dem Vorjahr", "2025"),
    ("2019 wuchs die Firma kräftig. Im Vorjahr war sie noch geschrumpft.", "Vorjahr", "2018"),
    ("Die Arbeitslosigkeit sank gegenüber dem Vormonat.", "dem Vormonat", "2026-10"),
    ("Im Mai sank die Arbeitslosigkeit gegenüber dem Vormonat.", "dem Vormonat", "2026-04"),
    ("In der Vorwoche hatte es gestürmt.", "der Vorwoche", "2026-W45"),
])
def test_german_previous_period(text: str, span: str, value: str) -> None:
    _has(text, "de", DE_DCT, span, value)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("In 2019 the firm earned $3 million. A year earlier it had earned less.", "A year earlier", "2018"),
    ("Profit rose to $5 million from $4 million a year earlier.", "a year earlier", "2025"),
    ("In 2019 the firm earned $3 million, up from $2 million the previous year.", "the previous year", "2018"),
    ("Output grew in the third quarter from the previous quarter.", "the previous quarter", "2026-Q2"),
])
def test_english_previous_period(text: str, span: str, value: str) -> None:
    _has(text, "en", EN_DCT, span, value)


@pytest.mark.parametrize(("text", "lang", "day", "weekday_value"), [
    ("Hamburg, 11. November (dpa) – Der Senat hat am Mittwoch getagt.", "de", "2026-11-11", "2026-11-11"),
    ("LONDON, Nov. 12 (AP) - Ministers met on Thursday.", "en", "2026-11-12", "2026-11-12"),
])
def test_a_dateline_pins_the_reporting_day(text: str, lang: str, day: str, weekday_value: str) -> None:
    res = tag_text(text, lang, "2026-11")
    assert res.date_refined == day
    assert res.timexes[-1].value == weekday_value


def test_a_date_inside_a_sentence_is_no_dateline() -> None:
    res = tag_text("Der Rat tagte am 12. November - und stimmte ab.", "de", "2026-11")
    assert res.date_refined is None


@pytest.mark.parametrize(("text", "lang", "span", "value"), [
    ("Der Alarm ging um halb acht los.", "de", "halb acht", "2026-11-11T07:30"),
    ("Die Fähre legte um Viertel nach neun ab.", "de", "Viertel nach neun", "2026-11-11T09:15"),
    ("In der ersten Dezemberwoche wird die Straße gesperrt.", "de", "der ersten Dezemberwoche", "2026-W49"),
    ("Die Tarife steigen ab dem ersten Januar.", "de", "ersten Januar", "2027-01-01"),
    ("Am Wochenende vom 14. auf den 15. November wird gewählt.", "de",
     "Wochenende vom 14. auf den 15. November", "2026-W46-WE"),
    ("The depot shuts in the first week of December.", "en", "the first week of December", "2026-W49"),
    ("Ministers meet again on Saturday to mourn the victims of Tuesday's blast.", "en", "Tuesday", "2026-11-10"),
    ("The envoy heads to Cairo on Saturday.", "en", "Saturday", "2026-11-14"),
    ("The stock slid this past weekend.", "en", "this past weekend", "2026-W45-WE"),
    ("Margins improved in H1 2026.", "en", "H1 2026", "2026-H1"),
])
def test_more_news_phrases(text: str, lang: str, span: str, value: str) -> None:
    _has(text, lang, EN_DCT if lang == "en" else DE_DCT, span, value)


@pytest.mark.parametrize(("text", "lang", "span", "value"), [
    ("Zu Silvester wird es ein Feuerwerk geben.", "de", "Silvester", "2026-12-31"),
    ("Die Frist endet am 20. dieses Monats.", "de", "20. dieses Monats", "2026-11-20"),
    ("Am 5. nächsten Monats wird abgestimmt.", "de", "5. nächsten Monats", "2026-12-05"),
    ("Bids close on the 5th of next month.", "en", "the 5th of next month", "2026-12-05"),
    ("Am ersten Advent öffnet der Markt.", "de", "ersten Advent", "2026-11-29"),
    ("Am Tag der Deutschen Einheit ruhte die Arbeit.", "de", "Tag der Deutschen Einheit", "2026-10-03"),
    ("Die Anhörung ist für kommenden Montag, den 16. November, angesetzt.", "de",
     "kommenden Montag, den 16. November", "2026-11-16"),
])
def test_days_named_by_feasts_and_months(text: str, lang: str, span: str, value: str) -> None:
    _has(text, lang, EN_DCT if lang == "en" else DE_DCT, span, value)


def test_zukuenftig_as_adjective_is_the_future() -> None:
    assert [v for _, v, _ in _found("Die Regel soll zukünftige Streitfälle verhindern.", "de", DE_DCT)] \
        == ["FUTURE_REF"]


@pytest.mark.parametrize(("text", "lang", "span", "value"), [
    ("The runoff is on Monday the 16th.", "en", "Monday the 16th", "2026-11-16"),
    ("The blast came on Friday, the 30th.", "en", "Friday, the 30th", "2026-10-30"),  # the 30th that is a Friday
    ("Die Stichwahl ist am Montag, dem 16., geplant.", "de", "Montag, dem 16.", "2026-11-16"),
    ("Im Monat Mai stiegen die Mieten.", "de", "Mai", "2026-05"),
])
def test_weekday_with_a_bare_day(text: str, lang: str, span: str, value: str) -> None:
    _has(text, lang, EN_DCT if lang == "en" else DE_DCT, span, value)


@pytest.mark.parametrize(("text", "dct", "span", "value", "mod"), [
    ("Der Versorger hat mitgeteilt, er hebe die Tarife ab 1. Oktober an.", "2011-08-31", "1. Oktober", "2011-10-01",
     None),
    ("Der Beschluss sieht für Anfang Juni eine Entscheidung vor.", "2011-01-10", "Anfang Juni", "2011-06", "START"),
    ("Ab 1. Oktober war der Laden geschlossen.", "2011-03-01", "1. Oktober", "2010-10-01", None),  # a shop
    ("Der Prozess wurde auf den 2. Januar vertagt.", "2005-12-19", "2. Januar", "2006-01-02", None),
    ("Die Dividende wird im Mai jeden Jahres gezahlt.", "2012-12-08", "Mai jeden Jahres", "XXXX-05", None),
])
def test_german_deadlines_and_sets(text: str, dct: str, span: str, value: str, mod: str | None) -> None:
    _has(text, "de", dct, span, value, mod)


def test_this_coming_weekend_is_this_weeks() -> None:
    _has("The vote takes place this coming weekend.", "en", EN_DCT, "this coming weekend", "2026-W46-WE")


@pytest.mark.parametrize(("text", "lang", "dct", "span", "value"), [
    ("Last year the firm earned $3 million. A year earlier it had earned $2 million.", "en", EN_DCT,
     "A year earlier", "2024"),
    ("Für das abgelaufene Jahr meldet die Bank Rekordzahlen. Der Gewinn stieg gegenüber dem Vorjahr.", "de",
     "2027-01-20", "dem Vorjahr", "2025"),
    # a year compared with does not move the story: the month after it stays in the DCT's year
    ("Im Mai 2026 sank der Absatz im Vergleich zum Vorjahr. Im Mai fehlten Teile.", "de", DE_DCT, "Mai", "2026-05"),
])
def test_a_year_said_relative_to_today_moves_the_story(text: str, lang: str, dct: str, span: str, value: str) -> None:
    _has(text, lang, dct, span, value)


@pytest.mark.parametrize("dct", ["0001-01-01", "9999-12-31"])
def test_a_feast_at_the_calendars_edge_does_not_crash(dct: str) -> None:
    res = tag_text("Zu Ostern gab es Streit, am ersten Advent auch.", "de", dct)
    assert all(t.value is None or t.value[:1] in "0123456789XP" for t in res.timexes)
