from chronik.model import Analysis, Article, Span
from chronik.pipeline import STAGES, analyze
from chronik.schema.validate import is_timex_value, record_errors


def test_span_of_cuts_from_source():
    s = Span.of("Kim traf Schoigu", 9, 16)
    assert s.text == "Schoigu"


def test_empty_analysis_is_valid_record():
    art = Article.create("Ein Text.", date="2025-06", lang="de")
    rec = analyze(art).to_record()
    assert record_errors(rec) == []
    assert rec["schema"] == "chronik.analysis/1"
    assert rec["article"]["date"] == "2025-06"


def test_record_roundtrip():
    art = Article.create("Kim traf Schoigu. Dann reiste er ab.", date="2025-06-04", lang="de")
    a = analyze(art)
    assert Analysis.from_record(a.to_record()).to_record() == a.to_record()


def test_every_stage_requirement_is_assigned_earlier():
    assigned: set[str] = set()
    for stage in STAGES:
        for req in stage.requires:
            assert req in assigned, f"{stage.name} requires {req} which no earlier stage assigns"
        assigned.update(stage.assigns)


def test_bad_offsets_are_reported():
    art = Article.create("abc", lang="en")
    rec = analyze(art).to_record()
    rec["sentences"] = [{"start": 0, "end": 2, "text": "xx"}]
    assert record_errors(rec)


def test_timex_values():
    for v in ["2025", "2025-06", "2025-06-04", "2024-W23", "P3D", "XXXX-WXX-1", "PRESENT_REF",
              "2025-06-04T14:30", "2025-Q1", "PT2H", "199", "2025-SU", "2025-06-04TNI",
              "2005-09-24TMI", "P3WE", "TMI",
              # against a coarse publication date: a weekday afternoon of a month-only date,
              # an unknown month or quarter of a year-only one
              "2018-WXX-5TAF", "1989-XX", "1989-QX", "1989-XX-XXTAF"]:
        assert is_timex_value(v), v
    for v in ["2025-13", "June", "2025-06-32", "", "2025-Q5", "2025-W23-8"]:
        assert not is_timex_value(v), v
