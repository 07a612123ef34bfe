"""Expression classes true of the language in general (not of one corpus): decades in words,
centuries with a part, nights named by two days, dates in brackets after a part of a weekday,
"last June" written in June, halves of the year ahead, rates and British day ranges."""

from __future__ import annotations

from chronik.analysis.time import tag_text


def found(text: str, dct: str, lang: str = "de") -> list[tuple[str, str | None, str | None]]:
    res = tag_text(text, lang, dct)
    return [(text[t.span.start:t.span.end], t.value, t.mod) for t in res.timexes]


def test_german_decades_in_words() -> None:
    assert found("In den achtziger Jahren war alles anders.", "2020-01-01") == [
        ("den achtziger Jahren", "198", None)]
    assert found("Anfang der Neunziger zog sie nach Köln.", "2020-01-01") == [
        ("Anfang der Neunziger", "199", "START")]
    assert found("Die Siebzigerjahre waren laut.", "2020-01-01") == [("Die Siebzigerjahre", "197", None)]
    # an eighty-year-old and a ticket for twenty rides are no decades
    assert found("Ein Achtziger lief den Marathon.", "2020-01-01") == []
    assert found("Die 20er-Karten werden teurer.", "2020-01-01") == []


def test_centuries_with_a_part() -> None:
    assert found("Mitte des 19. Jahrhunderts wuchs die Stadt.", "2020-01-01") == [
        ("Mitte des 19. Jahrhunderts", "18", "MID")]
    assert found("By the mid-19th century the port had silted up.", "2020-01-01", "en") == [
        ("the mid-19th century", "18", "MID")]


def test_night_between_two_days_is_one_expression() -> None:
    assert found("In der Nacht von Freitag auf Samstag brannte eine Halle.", "2025-06-09") == [
        ("der Nacht von Freitag auf Samstag", "2025-06-06TNI", None)]
    assert found("In der Nacht vom 3. auf den 4. Mai brannte eine Halle.", "2025-06-09") == [
        ("der Nacht vom 3. auf den 4. Mai", "2025-05-03TNI", None)]


def test_part_of_weekday_with_bracketed_date_refines_the_reporting_day() -> None:
    res = tag_text("Die Behörde teilte am Mittwochabend (4. Juni) mit, der Damm halte. "
                   "Am Dienstag war der Pegel gestiegen.", "de", "2025-06")
    assert res.date_refined == "2025-06-04"
    assert [t.value for t in res.timexes] == ["2025-06-04TEV", "2025-06-03"]
    res = tag_text("In der Nacht zu Donnerstag (5. Juni) fielen Raketen.", "de", "2025-06")
    assert res.date_refined == "2025-06-05"
    assert [t.value for t in res.timexes] == ["2025-06-04TNI"]


def test_demonstrative_is_not_preceded_by_a_relative_clauses_article() -> None:
    text = "Die Bilanz der dieses Jahr gewählten Räte fällt gut aus."
    assert found(text, "2025-06-05") == [("dieses Jahr", "2025", None)]


def test_last_month_name_in_that_month_is_a_year_back() -> None:
    assert found("Das Abkommen wurde im vergangenen Juni unterzeichnet.", "2025-06-12") == [
        ("vergangenen Juni", "2024-06", None)]
    assert found("The accord was signed last June.", "2025-06-12", "en") == [("last June", "2024-06", None)]
    assert found("The accord was signed last June.", "2025-10-12", "en") == [("last June", "2025-06", None)]
    assert found("Vergangenen Sommer reiste sie nach Rom.", "2014-06-12") == [
        ("Vergangenen Sommer", "2013-SU", None)]


def test_half_of_the_year_ahead() -> None:
    assert found("The mill will close in the second half of the year.", "2013-03-21", "en") == [
        ("the second half of the year", "2013-H2", None)]
    # a report looking back keeps the half just ended
    assert found("Sales rose in the second half of the year.", "2014-01-21", "en") == [
        ("the second half of the year", "2013-H2", None)]


def test_english_rates_ranges_and_clock_times() -> None:
    assert found("The board meets twice a year.", "2013-03-21", "en") == [("a year", "P1Y", None)]
    assert [v for _, v, _ in found("The summit is on 10-11 April.", "2013-03-21", "en")] == [
        "2013-04-10", "2013-04-11"]
    assert found("Shots were fired at about 10:30 p.m. Wednesday.", "2013-03-21", "en") == [
        ("about 10:30 p.m. Wednesday", "2013-03-20T22:30", "APPROX")]
    assert found("She left the day before yesterday.", "2013-03-21", "en") == [
        ("the day before yesterday", "2013-03-19", None)]


def test_german_fractions_of_units_and_parts_of_seasons() -> None:
    assert found("Er wartete eine Viertelstunde.", "2014-07-25") == [
        ("eine Viertelstunde", "PT15M", None)]
    assert found("Seit einem Vierteljahrhundert wohnt sie dort.", "2014-07-25") == [
        ("einem Vierteljahrhundert", "P25Y", None)]
    assert found("Im Spätsommer 2013 war es heiß.", "2014-07-25") == [("Spätsommer 2013", "2013-SU", None)]


def test_scheduled_event_in_the_present_lies_ahead() -> None:
    # written on a Thursday: the summit's Wednesday is the next one
    assert found("Der Gipfel beginnt am Mittwoch in Brüssel.", "2025-06-05") == [
        ("Mittwoch", "2025-06-11", None)]
    assert found("The summit opens on Wednesday in Brussels.", "2025-06-05", "en") == [
        ("Wednesday", "2025-06-11", None)]
    # told in the past it is the last one
    assert found("Der Gipfel begann am Mittwoch in Brüssel.", "2025-06-05") == [
        ("Mittwoch", "2025-06-04", None)]


def test_small_hours_of_a_night_fall_on_the_day_it_runs_into() -> None:
    text = "In der Nacht von Samstag auf Sonntag brannte eine Scheune. Gegen 3 Uhr kam die Feuerwehr."
    assert [v for _, v, _ in found(text, "2025-06-09")] == ["2025-06-07TNI", "2025-06-08T03:00"]
    text = "In der Nacht zum Sonntag brannte eine Scheune, gegen 23 Uhr kam die Feuerwehr."
    assert [v for _, v, _ in found(text, "2025-06-09")] == ["2025-06-07TNI", "2025-06-07T23:00"]
    # "die Nacht des 14. August" does not say which day its small hours belong to: that day
    text = "In der Nacht des 14. August brannte eine Scheune, gegen 3 Uhr kam die Feuerwehr."
    assert [v for _, v, _ in found(text, "2025-08-19")] == ["2025-08-14TNI", "2025-08-14T03:00"]


def test_english_weekday_with_bracketed_date_refines_the_reporting_day() -> None:
    text = "The agency reported on Thursday (June 5) that talks went well. The envoy had arrived on Wednesday."
    res = tag_text(text, "en", "2025-06")
    assert res.date_refined == "2025-06-05"
    assert [t.value for t in res.timexes] == ["2025-06-05", "2025-06-04"]
    assert found("The pact was signed on June 19 last year.", "2025-06-05", "en") == [
        ("June 19 last year", "2024-06-19", None)]


def test_weekday_range_keeps_its_order() -> None:
    # written on a Thursday: a closure ahead runs Monday to the Friday after it ...
    assert [v for _, v, _ in found("Die Straße wird von Montag bis Freitag gesperrt.", "2025-06-05")] == [
        "2025-06-09", "2025-06-13"]
    # ... one told in the past ended on the last Friday
    assert [v for _, v, _ in found("The road was closed Monday through Friday.", "2025-06-05", "en")] == [
        "2025-05-26", "2025-05-30"]
