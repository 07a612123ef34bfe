"""German expressions added for South Tyrolean news: midnight, "in der Früh" (the morning),
and "jeden zweiten Tag" (a set of every other day)."""

from __future__ import annotations

import pytest

from chronik.analysis.time import tag_text


def _values(text: str, dct: str = "2014-03-13") -> list[tuple[str, str, str | None]]:
    return [(t.span.text, t.type, t.value) for t in tag_text(text, "de", dct).timexes]


def test_midnight_is_a_clock_time() -> None:
    assert _values("Um Mitternacht läuteten die Glocken.") == [("Mitternacht", "TIME", "2014-03-13T24:00")]


def test_midnight_of_a_named_day() -> None:
    vals = _values("Die Frist endet am 15.3. um Mitternacht.")
    assert ("Mitternacht", "TIME", "2014-03-15T24:00") in vals


@pytest.mark.parametrize(("text", "value"), [
    ("Heute in der Früh wurde der Wagen gefunden.", "2014-03-13TMO"),
    ("Am Sonntag in der Früh brach das Feuer aus.", "2014-03-09TMO"),
])
def test_in_der_frueh_is_the_morning(text: str, value: str) -> None:
    assert ("Früh", "TIME", value) in _values(text)


def test_the_adverb_frueh_is_no_time() -> None:
    assert _values("Der Bauer steht früh auf.") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Der Bus fährt jeden zweiten Tag.", "P2D"),
    ("Der Stammtisch trifft sich jede zweite Woche.", "P2W"),
])
def test_every_other_unit(text: str, value: str) -> None:
    assert [(t, v) for _, t, v in _values(text)] == [("SET", value)]


@pytest.mark.parametrize(("text", "dct", "value"), [
    ("Am Josefitag bleibt das Amt geschlossen.", "2014-03-13", "2014-03-19"),
    ("Zu Mariä Empfängnis öffnet der Christkindlmarkt.", "2014-11-20", "2014-12-08"),
    ("Zu Dreikönig ziehen die Sternsinger los.", "2014-12-20", "2015-01-06"),
    ("Am Faschingsdienstag zieht der Umzug durch das Dorf.", "2014-02-20", "2014-03-04"),
    ("Zu Allerseelen wird der Toten gedacht.", "2014-10-20", "2014-11-02"),
])
def test_south_tyrolean_feast_days(text: str, dct: str, value: str) -> None:
    assert [v for _, _, v in _values(text, dct)] == [value]
