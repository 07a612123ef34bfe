"""The time stage on sentences written for these tests: anchoring, precision, refinement,
combined expressions, bad input."""

from __future__ import annotations

import pytest

from chronik.analysis.segment import find_sentences
from chronik.analysis.time import find_timexes, tag_text
from chronik.analysis.time.patterns import _compile_rule
from chronik.errors import ResourceError
from chronik.model import Analysis, Article


def values(text: str, dct: str | None, lang: str = "de") -> list[str | None]:
    return [t.value for t in tag_text(text, lang, dct).timexes]


def run(text: str, dct: str | None, lang: str = "de") -> Analysis:
    art = Article.create(text, date=dct, lang=lang)
    return find_timexes(find_sentences(Analysis.empty(art)))


def test_deictic_against_dct() -> None:
    assert values("Gestern wurde der Haushalt beschlossen.", "2024-03-14") == ["2024-03-13"]
    assert values("Heute tagt der Rat.", "2024-03-14") == ["2024-03-14"]
    assert values("The board met yesterday.", "2024-03-14", "en") == ["2024-03-13"]
    assert values("Shares rose last week.", "2024-03-14", "en") == ["2024-W10"]


def test_anaphoric_against_narrative_time() -> None:
    text = "Am 2. Februar 2019 begann der Streik. Tags darauf lenkte die Firma ein."
    res = tag_text(text, "de", "2024-03-14")
    assert [t.value for t in res.timexes] == ["2019-02-02", "2019-02-03"]
    assert res.timexes[1].anchor == "narrative"
    text = "On March 3, 2020 the mayor resigned; the day before he had met the council."
    assert values(text, "2024-01-01", "en") == ["2020-03-03", "2020-03-02"]
    assert values("Der Bau begann am 1. Mai 2020, zwei Wochen später stand der Rohbau.",
                  "2024-01-01")[-1] == "2020-W20"


def test_tense_decides_past_or_future() -> None:
    assert values("Der Bürgermeister war am Montag in Bozen.", "2024-03-14") == ["2024-03-11"]
    assert values("Der Bürgermeister wird am Montag in Bozen sein.", "2024-03-14") == ["2024-03-18"]
    assert values("Die Firma hatte im Dezember Verluste gemeldet.", "2024-07-10") == ["2023-12"]
    assert values("Er kam am vergangenen Freitag.", "2024-03-14") == ["2024-03-08"]
    assert values("The talks will resume on Friday.", "2024-03-14", "en") == ["2024-03-15"]


def test_month_only_dct_keeps_precision() -> None:
    assert values("Der Minister reiste am Mittwoch ab.", "2025-06") == ["2025-WXX-3"]
    assert values("Gestern wurde gewählt.", "2025-06") == ["2025-06-XX"]
    assert values("Im März wurde gewählt.", "2025-06") == ["2025-03"]


def test_weekday_with_date_refines_the_reporting_day() -> None:
    text = ("Die Agentur meldete am Dienstag (8. April) den Rücktritt. "
            "Der Minister war am Montag nach Wien gereist.")
    result = run(text, "2025-04")
    assert result.article.date_refined == "2025-04-08"
    assert [t.value for t in result.timexes] == ["2025-04-08", "2025-04-07"]
    assert [t.id for t in result.timexes] == ["t1", "t2"]


def test_disagreeing_weekday_and_date_warns() -> None:
    result = run("Die Agentur meldete am Freitag (8. April) den Rücktritt.", "2025-04")
    assert result.article.date_refined is None
    assert any("disagree" in w for w in result.warnings)


def test_combined_expressions() -> None:
    dct = "2025-06-10"
    assert values("Das geschah am 19. Juni letzten Jahres.", dct) == ["2024-06-19"]
    assert values("Das geschah im Juni vergangenen Jahres.", dct) == ["2024-06"]
    res = tag_text("Der Betrieb schloss Anfang März 2024.", "de", dct).timexes
    assert (res[0].value, res[0].mod) == ("2024-03", "START")
    res = tag_text("Mitte der Woche wird es heiß.", "de", dct).timexes
    assert (res[0].value, res[0].mod) == ("2025-W24", "MID")
    assert values("In der Nacht zum Sonntag brannte eine Scheune.", dct) == ["2025-06-07TNI"]
    assert values("Seit 2022 ist er im Amt.", dct) == ["2022"]
    res = tag_text("Die Straße bleibt bis Ende Mai gesperrt.", "de", "2025-04-02").timexes
    assert (res[0].value, res[0].mod) == ("2025-05", "END")
    assert values("Geöffnet vom 3. bis 5. Juli.", dct) == ["2025-07-03", "2025-07-05"]
    assert values("Der Streik dauerte drei Tage.", dct) == ["P3D"]
    assert values("The strike lasted two weeks.", dct, "en") == ["P2W"]
    assert values("Der Markt ist jeden Montag geöffnet.", dct) == ["XXXX-WXX-1"]
    assert values("Derzeit wird gebaut.", dct) == ["PRESENT_REF"]
    assert values("Prices are now lower.", dct, "en") == ["PRESENT_REF"]
    assert values("Stichtag ist der 05.06.2025.", dct) == ["2025-06-05"]
    assert values("The deal closed on June 5, 2025.", dct, "en") == ["2025-06-05"]
    assert values("In den 80er Jahren wuchs die Stadt.", dct) == ["198"]
    assert values("Im dritten Quartal 2024 sank der Absatz.", dct) == ["2024-Q3"]
    assert values("Im Herbst 2023 begann der Umbau.", dct) == ["2023-FA"]
    assert values("Beginn ist um 19.30 Uhr.", dct) == ["2025-06-10T19:30"]


def test_impossible_dates_have_no_value() -> None:
    assert all(v is None for v in values("Am 31. Februar 2024 geschah nichts.", "2025-01-01"))
    assert all(v is None for v in values("Datum: 2025-13-40", "2025-01-01"))
    assert all(v is None for v in values("Due on February 30, 2024.", "2025-01-01", "en"))


def test_a_megabyte_of_digits_does_not_hang(hang_guard) -> None:
    with hang_guard(60):  # linear: well under a second of CPU on an idle machine
        res = tag_text("1" * 1_000_000, "de", "2025-06-01")
    assert res.timexes == ()
    with hang_guard(60):
        tag_text("12. " * 25_000, "de", "2025-06-01")


def test_unicode_dashes_nbsp_and_soft_hyphens() -> None:
    text = "Die Messe läuft vom 10.\u201312.\u00a0Mai, am Mitt\u00adwoch ist Ruhetag."
    res = tag_text(text, "de", "2025-05-02")
    got = [(t.span.text, t.value) for t in res.timexes]
    assert ("12.\u00a0Mai", "2025-05-12") in got
    assert ("10.", "2025-05-10") in got
    assert any(t.span.text == "Mitt\u00adwoch" for t in res.timexes)
    for t in res.timexes:
        assert text[t.span.start:t.span.end] == t.span.text


def test_no_dct_gives_unanchored_values() -> None:
    assert values("Gestern wurde gewählt.", None) == [None]
    assert values("Am 3. März wurde gewählt.", None) == ["XXXX-03-03"]


def test_unknown_language_gives_no_timexes() -> None:
    assert tag_text("Le 5 juin 2025.", "xx", "2025-06").timexes == ()


def test_loader_error_names_file_and_rule() -> None:
    with pytest.raises(ResourceError) as err:
        _compile_rule(0, {"name": "broken", "pattern": "(?P<nonsense>x)"}, {}, {}, "resources/de/time.yaml")
    assert "resources/de/time.yaml" in str(err.value) and "broken" in str(err.value)
    with pytest.raises(ResourceError) as err:
        _compile_rule(0, {"name": "bad_kind", "pattern": "x", "resolve": "magic"}, {}, {}, "f.yaml")
    assert "bad_kind" in str(err.value)
