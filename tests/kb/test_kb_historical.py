"""Office holders of earlier decades are in the bundled KB, so archive news (German Wikinews
runs from 2004) links "Bush", "Schröder" or "Clinton" to the holder at the article's date.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from chronik.model import Article
from chronik.pipeline import analyze


def _people(text: str, date: str, lang: str = "de") -> dict[str, str | None]:
    an = analyze(Article.create(text, date=date, lang=lang))
    return {e.name: e.role for e in an.entities if e.type == "PER"}


def test_leaders_of_2002():
    got = _people("Bush und Schröder trafen sich in Berlin.", "2002-05-22")
    assert got == {"George W. Bush": "President of the United States",
                   "Gerhard Schröder": "Chancellor of Germany"}


@pytest.mark.parametrize("date, who", [("1995-05-10", "Bill Clinton"), ("2010-07-02", "Hillary Clinton")])
def test_one_surname_two_people_by_date(date, who):
    assert list(_people("Clinton besuchte Kiew.", date)) == [who]


def test_transliterations_link():
    got = _people("Muammar al-Gaddafi empfing Silvio Berlusconi in Tripolis.", "2009-06-10")
    assert set(got) == {"Muammar Gaddafi", "Silvio Berlusconi"}


@pytest.mark.parametrize("text, lang, name", [
    ("Verdi rief zu Warnstreiks auf.", "de", "Verdi"),
    ("Microsoft announced job cuts.", "en", "Microsoft"),
    ("Die Lufthansa strich Flüge nach Tel Aviv.", "de", "Lufthansa"),
])
def test_unions_and_companies_are_organizations(text, lang, name):
    an = analyze(Article.create(text, date="2025-02-10", lang=lang))
    assert {(e.name, e.type) for e in an.entities} >= {(name, "ORG")}
