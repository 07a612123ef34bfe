"""German news constructions checked against ordinary (not South Tyrolean) news: duration
adjectives, month ranges sharing a year, genitive months, tense cues of German verb order,
nights before today, and what is no timex (ages in a list, "eines Tages", a count before a
thousands figure). Sentences are made up for the tests."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text


def _values(text: str, dct: str = "2014-03-13") -> list[tuple[str, str, str | None]]:
    return [(t.span.text, t.type, t.value) for t in tag_text(text, "de", dct).timexes]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Der Präsident strebt eine dritte sechsjährige Amtszeit an.", "sechsjährige", "P6Y"),
    ("Das Gericht verhängte eine dreieinhalbjährige Haftstrafe.", "dreieinhalbjährige", "P3.5Y"),
    ("Nach einer 15-jährigen Pause kehrt die Band zurück.", "15-jährigen", "P15Y"),
    ("Die Regierung verhängte ein einmonatiges Versammlungsverbot.", "einmonatiges", "P1M"),
    ("Die Halle entstand in neunmonatiger Bauzeit.", "neunmonatiger", "P9M"),
    ("Ihm droht eine mehrjährige Haftstrafe.", "mehrjährige", "PXY"),
    ("Nach einer mehrwöchigen Suche wurde der Hund gefunden.", "mehrwöchigen", "PXW"),
])
def test_duration_adjectives(text: str, span: str, value: str) -> None:
    assert (span, "DURATION", value) in _values(text)


@pytest.mark.parametrize("text", [
    "Ein 24-jähriger Radfahrer wurde verletzt.",
    "Die 20-jährige Studentin gewann den Preis.",
    "Er verletzte seine Söhne (drei, sieben und zwölf Jahre) schwer.",
])
def test_ages_are_no_durations(text: str) -> None:
    assert [v for v in _values(text) if v[1] == "DURATION"] == []


def test_month_range_shares_the_year_of_its_end() -> None:
    vals = _values("Von Februar bis Oktober 2010 zählte die Behörde 900 Angriffe.", "2011-06-16")
    assert ("Februar", "DATE", "2010-02") in vals
    assert ("Oktober 2010", "DATE", "2010-10") in vals


def test_month_range_with_a_relative_year() -> None:
    vals = _values("Von März bis Mai dieses Jahres stieg der Absatz.", "2005-07-15")
    assert ("März", "DATE", "2005-03") in vals


def test_genitive_month_after_a_day() -> None:
    assert ("11. Septembers 2001", "DATE", "2001-09-11") in _values(
        "Seit den Anschlägen des 11. Septembers 2001 gelten strengere Regeln.")


@pytest.mark.parametrize(("text", "value"), [
    ("Die Bank meldet für das abgelaufene Jahr einen Gewinn.", "2009"),
    ("Im abgelaufenen Geschäftsjahr stieg der Umsatz.", "2009"),
    ("Die diesjährige Messe zog viele Besucher an.", "2010"),
    ("Der letztjährige Gewinner fehlte.", "2009"),
    ("Im letzten Quartal des Jahres 2008 brach der Absatz ein.", "2008-Q4"),
    ("Im letzten Quartal stieg der Absatz.", "2009-Q4"),
])
def test_relative_years_and_quarters(text: str, value: str) -> None:
    assert [v[2] for v in _values(text, "2010-01-23")] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("In der Nacht zum heutigen Sonntag brannte eine Lagerhalle.", "2013-03-30TNI"),
    ("In der Nacht zu heute brannte eine Scheune.", "2013-03-30TNI"),
    ("In der gestrigen Nacht brachen zwei Häftlinge aus.", "2013-03-30TNI"),
    ("Laut Angaben vom gestrigen Samstagabend bleibt die Brücke gesperrt.", "2013-03-30TEV"),
])
def test_nights_and_evenings_before_today(text: str, value: str) -> None:
    assert [v[2] for v in _values(text, "2013-03-31")] == [value]


def test_deictic_day_with_its_weekday_in_brackets() -> None:
    assert _values("Für morgen (Donnerstag) ist eine Demonstration angemeldet.", "2009-04-08") == [
        ("morgen (Donnerstag)", "DATE", "2009-04-09")]


@pytest.mark.parametrize(("text", "value"), [
    # "seit" puts a month behind even in the present or the passive
    ("Seit April wird an der Brücke gebaut.", "2016-04"),
    # a perfect with "sein" in its own clause outweighs a modal in another
    ("Die Helfer, die das Tier suchen sollen, sind am Samstag angekommen.", "2016-06-04"),
    # "in Kraft treten": a rule's day ahead
    ("Zum 1. Februar tritt die neue Verordnung in Kraft.", "2017-02-01"),
    # "ab" with a past tense in its clause is no plan
    ("Die Prüfung verlief gut, so dass die Seilbahn ab Montag wieder in Betrieb war.", "2016-06-06"),
    # a verb-final clause: the future verb is far from the month
    ("Die Gäste kommen zu einem Treffen, das im September in einer großen Halle am Stadtrand stattfinden wird.", "2016-09"),
])
def test_tense_cues(text: str, value: str) -> None:
    assert [v[2] for v in _values(text, "2016-06-08")] == [value]


def test_present_tense_of_other_verbs_is_no_cue() -> None:
    # "treten ... auf" (perform) is no rule taking effect: the nearest March stays
    assert _values("3. März: Die Sieger treten gemeinsam in Wien auf.", "2015-05-24") == [
        ("3. März", "DATE", "2015-03-03")]


@pytest.mark.parametrize(("text", "value"), [
    ("Das war auch in der Vergangenheit schon so.", "PAST_REF"),
    ("Eine Einigung ist in naher Zukunft nicht zu erwarten.", "FUTURE_REF"),
])
def test_past_and_future_references(text: str, value: str) -> None:
    assert [v[2] for v in _values(text)] == [value]


@pytest.mark.parametrize("text", [
    "Sie hofft, eines Tages zurückzukehren.",
    "Die Truppe wächst von 3000 auf rund 12.000 Soldaten.",
    "In der Stadt Chiang Mai regnete es stark.",
    "Die Vergangenheit holt den Politiker ein.",
])
def test_no_timex(text: str) -> None:
    assert _values(text) == []


def test_last_day_alone_is_not_yesterday() -> None:
    assert _values("Auch am letzten Tag kamen noch viele Besucher.") == [
        ("letzten Tag", "DATE", "XXXX-XX-XX")]


def test_in_the_course_of_the_week() -> None:
    assert _values("Die Gutachter sollen im Laufe der Woche anreisen.", "2006-06-06") == [
        ("der Woche", "DATE", "2006-W23")]


def test_a_later_day_of_another_year_ends_the_story_year() -> None:
    # the year 1985 opened a background clause; the Thursday named after it is this year's, so
    # a bare month after it is not 1985's
    vals = _values("Die Firma, die seit 1985 besteht, meldete am Donnerstag die Zahlen vom Mai.",
                   "2005-07-31")
    assert ("Mai", "DATE", "2005-05") in vals


@pytest.mark.parametrize(("text", "value"), [
    # a movable feast told in the past is behind the publication day, one told ahead is ahead
    ("Am Ostermontag gab es lange Staus.", "2015-04-06"),
    ("Am Ostermontag wird es lange Staus geben.", "2016-03-28"),
])
def test_movable_feast_follows_the_tense(text: str, value: str) -> None:
    assert [v[2] for v in _values(text, "2016-03-10")] == [value]


@pytest.mark.parametrize(("text", "value"), [
    ("In der ersten Hälfte des Jahres stieg der Umsatz.", "2016-H1"),
    ("Gemessen wurde zwischen dem 1. und dem 15. Juni.", "2016-06-01"),
])
def test_halves_and_day_ranges(text: str, value: str) -> None:
    assert value in [v[2] for v in _values(text, "2016-09-10")]


@pytest.mark.parametrize(("text", "value"), [
    # a present form that announces a fixture or a decision
    ("Der Verein empfängt am Samstag den Tabellenführer.", "2006-05-20"),
    ("Die Entscheidung fällt am Montag.", "2006-05-22"),
    # an attributive participle: past ("verletzte"), present ("beginnende") looks ahead
    ("Der am Dienstag im Training verletzte Torwart reist nun doch mit.", "2006-05-16"),
    ("Die am Montag beginnende Konferenz dauert drei Tage.", "2006-05-22"),
    # a relative clause is no attributive phrase: its own verb decides
    ("Der Sprecher, der am Montag in der angrenzenden Provinz war, schwieg.", "2006-05-15"),
    # reported speech and the past of "sollen" tell the past
    ("Der Minister habe am Sonntag eine Erhöhung in Aussicht gestellt.", "2006-05-14"),
    ("Der Bericht sollte am Donnerstag veröffentlicht werden.", "2006-05-18"),
    ("Die Leiche sei am Mittwoch gefunden worden.", "2006-05-17"),
    ("Nach der Abstimmung vom Sonntag zeichnet sich ein knappes Ergebnis ab.", "2006-05-14"),
    # a deadline with a past modal is behind
    ("Bis Samstag konnten die Behörden keine Angaben machen.", "2006-05-13"),
])
def test_weekday_direction_cues(text: str, value: str) -> None:
    assert value in [v[2] for v in _values(text, "2006-05-19")]


def test_an_age_after_mit_is_no_duration() -> None:
    assert _values("Mit 13 Jahren bekam sie ihre erste Geige.") == []
    assert ("zehn Jahren", "DURATION", "P10Y") in _values("Er wurde mit zehn Jahren Haft bestraft.")


def test_weekend_of_named_days() -> None:
    assert _values("Die Proteste erreichten am Wochenende des 20. und 21. September einen Höhepunkt.",
                   "2014-09-22") == [("Wochenende des 20. und 21. September", "DATE", "2014-W38-WE")]


@pytest.mark.parametrize(("text", "value"), [
    ("Die Zahl der Gäste sank im Vergleich zum Vorjahreszeitraum um drei Prozent.", "2015"),
    ("Im zweiten Quartal 2015 sank der Gewinn gegenüber dem Vorjahreszeitraum.", "2014-Q2"),
])
def test_same_period_a_year_earlier(text: str, value: str) -> None:
    assert value in [v[2] for v in _values(text, "2016-03-10")]


def test_a_number_word_is_no_adjective_of_a_duration() -> None:
    assert ("acht Monate", "DURATION", "P8M") in _values("Nach einem acht Monate langen Flug landete die Sonde.")
