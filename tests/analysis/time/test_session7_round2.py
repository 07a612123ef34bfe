"""Session 7, round 2: error classes read off news text never used for time development
(sentences written for these tests). German: ages listed after "im Alter von", "N Jahre jung",
running times written like a clock ("2:46 Stunden"), fractional amounts before "zuvor"/"später",
a season word that is a surname or part of a name ("Prager Frühling"), two-digit decades after
the publication date, "Weihnachtsfeiertag", "heutig" with a one-off event noun, "heute" as
nowadays in a relative clause of state, Sunday papers, Easter and Whitsun weekends, counts per
period ("dreimal im Jahr"). English: an infinitive of a plan putting a month or date ahead, a
show title that is no future cue, capitalized seasons with a year or after "last"/"next", the
Easter weekend, "just hours after"."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text
from chronik.text.segment import sentences


def _found(text: str, lang: str, dct: str) -> list[tuple[str, str | None]]:
    starts = [s.start for s in sentences(text, lang)]
    return [(t.span.text, t.value) for t in tag_text(text, lang, dct, sentence_starts=starts).timexes]


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a running time like a clock is hours and minutes, not "46 Stunden"
    ("Nach 2:46 Stunden verwandelte die Favoritin den Matchball.", "2020-01-26", "2:46 Stunden", "PT2H46M"),
    # fractions before "zuvor"/"später" count in the next smaller unit
    ("Am 6. Januar 2006 fiel ein Triebwerk aus. Ein ähnlicher Defekt war eineinhalb Monate zuvor "
     "aufgetreten.", "2006-01-09", "eineinhalb Monate zuvor", "2005-11"),
    ("Am 6. Januar 2006 begann der Bau. Zweieinhalb Jahre später war die Brücke fertig.", "2009-01-09",
     "Zweieinhalb Jahre später", "2008"),
    ("Am 6. Januar 2006 begann der Bau. Eineinhalb Wochen später kam der Kran.", "2006-03-01",
     "Eineinhalb Wochen später", "2006-W03"),
    # the holidays of Christmas by their usual name
    ("Am ersten Weihnachtsfeiertag blieben alle Läden zu.", "2025-12-28", "ersten Weihnachtsfeiertag", "2025-12-25"),
    ("Am zweiten Weihnachtsfeiertag fuhren viele heim.", "2025-12-28", "zweiten Weihnachtsfeiertag", "2025-12-26"),
    # a count per period is one SET with its count
    ("Der Beirat tagt dreimal im Jahr.", "2020-04-15", "dreimal im Jahr", "P1Y"),
    ("Sie übt zweimal pro Woche mit dem Chor.", "2020-04-15", "zweimal pro Woche", "P1W"),
    ("Der Markt findet einmal im Monat statt.", "2020-04-15", "einmal im Monat", "P1M"),
    # the weekend of a movable feast: that week's weekend
    ("Am Osterwochenende staute sich der Verkehr am Brenner.", "2020-04-15", "Osterwochenende", "2020-W15-WE"),
    ("Zum Pfingstwochenende 2019 kamen viele Gäste an den See.", "2020-04-15", "Pfingstwochenende 2019",
     "2019-W23-WE"),
    # "heutig" with a one-off event: the publication day, not the present in general
    ("Die Opposition kritisierte den heutigen Beschluss des Kabinetts.", "2019-03-12", "heutigen", "2019-03-12"),
    ("Mit ihrem heutigen Rücktritt endet eine lange Amtszeit.", "2019-03-12", "heutigen", "2019-03-12"),
    # a two-digit decade not yet begun at the publication date is last century's
    ("Schon in den 20er Jahren gab es hier ein Kino.", "2008-08-19", "den 20er Jahren", "192"),
    ("Seit den 90er Jahren wächst die Stadt.", "2008-08-19", "den 90er Jahren", "199"),
    ("Die Mode der 00er Jahre kehrt zurück.", "2019-08-19", "der 00er Jahre", "200"),
    ("Mit seiner heutigen Erklärung lenkte der Minister ein.", "2019-03-12", "heutigen", "2019-03-12"),
    ("Der heutige Protestzug endet vor dem Rathaus.", "2019-03-12", "heutige", "2019-03-12"),
    ("Die Gewerkschaft ruft zu einer Kundgebung am heutigen 12. März auf.", "2019-03-12", "heutigen",
     "2019-03-12"),
    # "heute" in a relative clause that tells a state: the present in general
    ("Das Label, das heute zu einem Medienkonzern gehört, begann in einer Garage.", "2020-05-05",
     "heute", "PRESENT_REF"),
    ("Sie besuchte den Fotografen, der heute in Lissabon lebt.", "2020-05-05", "heute", "PRESENT_REF"),
    # ... but an event in it is the publication day's
    ("Der Bericht, der heute in Genf vorgestellt wurde, warnt vor Dürren.", "2020-05-05", "heute",
     "2020-05-05"),
    # a season word after "Anfang" is still a season
    ("Anfang Herbst soll die Halle öffnen.", "2020-03-01", "Anfang Herbst", "2020-FA"),
])
def test_found(text: str, dct: str, span: str, value: str) -> None:
    found = _found(text, "de", dct)
    assert (span, value) in found, found


@pytest.mark.parametrize(("text", "dct"), [
    ("Die drei Angeklagten im Alter von 51, 58 und 63 Jahren schwiegen vor Gericht.", "2020-01-01"),
    ("Eine 19 Jahre junge Läuferin gewann das Rennen.", "2020-01-01"),
    ("Die Siegerin brauchte 1:12:40 Minuten für die Strecke.", "2020-01-01"),
    ("Die Untersuchung leitete die Ärztin Lea Herbst aus Kiel.", "2020-01-01"),
    ("Den Vorsitz übernimmt der Abgeordnete Hans Winter.", "2020-01-01"),
    ("Die Proteste gelten als Teil des Leipziger Frühlings.", "2020-01-01"),
    # a Sunday paper names no day
    ("Der Trainer sagte der „Welt am Sonntag“, er bleibe.", "2020-01-01"),
    ("Wie die Bild am Sonntag schreibt, ist der Vertrag fertig.", "2020-01-01"),
])
def test_not_a_timex(text: str, dct: str) -> None:
    assert _found(text, "de", dct) == []


def test_young_only_after_years() -> None:
    # "an sechs Tagen junge Sportler": the days are a duration, only "Jahre jung" is an age
    found = _found("Dort sah man an sechs Tagen junge Sportler aus aller Welt.", "de", "2020-01-01")
    assert ("sechs Tagen", "P6D") in found, found


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # an order or offer to do something on a date: ahead of the publication day
    ("The court told the ex-governor to appear October 16 with his lawyers, aides said Wednesday.",
     "2000-01-05", "October 16", "2000-10-16"),
    ("Both parties turned down a plan to hold fresh talks in mid-July.", "2000-01-05", "mid-July", "2000-07"),
    # a weekday does not follow the infinitive: "declined to comment" on a day already past
    ("The spokesman declined to comment on Friday.", "2020-06-10", "Friday", "2020-06-05"),
    ("Officials refused to say on Monday whether the border would reopen.", "2020-06-10", "Monday",
     "2020-06-08"),
    # a show's title is no plan: "Meet" capitalized is no future cue
    ("The senator appeared on Meet the Press on Sunday.", "2020-06-10", "Sunday", "2020-06-07"),
    ("Finance ministers meet on Monday in Lisbon.", "2020-06-10", "Monday", "2020-06-15"),
    # a past event with a past month stays behind
    ("Rebels attacked the town in August, officials said.", "2000-01-05", "August", "1999-08"),
])
def test_en_direction(text: str, dct: str, span: str, value: str) -> None:
    found = _found(text, "en", dct)
    assert (span, value) in found, found


@pytest.mark.parametrize(("text", "dct", "span", "value"), [
    # a capitalized season with a year or after "last"/"next" is a season, not a name
    ("The museum closed in Spring 2005 for repairs.", "2025-11-12", "Spring 2005", "2005-SP"),
    ("The new wing opens in Summer 2026.", "2025-11-12", "Summer 2026", "2026-SU"),
    ("Last Summer the river ran dry.", "2025-11-12", "Last Summer", "2025-SU"),
])
def test_en_capitalized_season(text: str, dct: str, span: str, value: str) -> None:
    found = _found(text, "en", dct)
    assert (span, value) in found, found


def test_en_easter_weekend() -> None:
    found = _found("Roads were jammed over the Easter weekend.", "en", "2020-04-15")
    assert ("the Easter weekend", "2020-W15-WE") in found, found


def test_en_bare_plural_between_events() -> None:
    # "just hours after the vote": a vague stretch, as "hours later" already is
    found = _found("The clashes began just hours after the vote closed.", "en", "2020-04-15")
    assert ("hours", "PTXH") in found, found


def test_en_season_in_a_name() -> None:
    # "the Arab Spring of 2011": a named event; only the year is a timex
    found = _found("The Arab Spring of 2011 changed the region.", "en", "2025-11-12")
    assert found == [("2011", "2011")], found
