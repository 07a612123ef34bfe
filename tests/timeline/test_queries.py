"""Timeline queries: granularity ordering, filters, profiles, event detail, errors."""

from __future__ import annotations

import pytest

from chronik.errors import UsageError
from chronik.timeline.queries import entity_profile, event_detail, stats, timeline

PK = {"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"}


def ev(make, text, value, pub, *, type="CONSULT", names=PK, actors=("Vladimir Putin",),
       recipients=("Kim Jong Un",), lang="de", source=None):
    return make(text, date=pub, lang=lang, source=source, names=names,
                events=[dict(type=type, actors=list(actors), recipients=list(recipients), date=value)])


@pytest.fixture
def filled(store, write, make_analysis):
    m = make_analysis
    write(
        ev(m, "Putin traf Kim am 30. Mai.", "2024-05-30", "2024-05-31", source="A"),
        ev(m, "Putin lobte Kim im Juni.", "2024-06", "2024-07-02", type="SUPPORT", source="B"),
        ev(m, "Putin traf Kim am 2. Juni.", "2024-06-02", "2024-06-03", type="ASSAULT", source="C"),
        ev(m, "Kim dankte Putin am 1. Juli.", "2024-07-01", "2024-07-02", type="AGREE",
           actors=("Kim Jong Un",), recipients=("Vladimir Putin",), source="D"),
        ev(m, "Putin traf Lukaschenko am 5. Juni.", "2024-06-05", "2024-06-06",
           names={"Putin": "Vladimir Putin", "Lukaschenko": "Alexander Lukashenko"},
           recipients=("Alexander Lukashenko",), source="E"),
        ev(m, "Putin met Kim on May 30 in the capital.", "2024-05-30", "2024-06-01", lang="en",
           source="F"),
        ev(m, "Putin besuchte Kim 2023.", "2023", "2024-01-05", source="G"),
    )
    return store


def test_timeline_month_sorts_before_its_days_and_after_the_month_before(filled):
    dates = [e.date for e in timeline(filled).entries]
    assert dates == ["2023", "2024-05-30", "2024-06", "2024-06-02", "2024-06-05", "2024-07-01"]


def test_timeline_month_is_displayed_as_the_month(filled):
    e = [x for x in timeline(filled).entries if x.date == "2024-06"][0]
    assert e.display_date("de") == "Juni 2024" and e.display_date("en") == "June 2024"
    assert e.precision == "month" and e.date_start == "2024-06-01" and e.date_end == "2024-06-30"


def test_timeline_entity_and_dyad(filled):
    assert len(timeline(filled, ["Putin"]).entries) == 6
    assert len(timeline(filled, ["Putin"], ["Lukaschenko"]).entries) == 1
    assert len(timeline(filled, ["Kim Jong-un"]).entries) == 5


def test_timeline_type_and_range_filters(filled):
    assert [e.date for e in timeline(filled, type="consult").entries] == ["2023", "2024-05-30", "2024-06-05"]
    assert [e.date for e in timeline(filled, since="2024-06-10", until="2024-06-30").entries] == ["2024-06"]
    assert [e.date for e in timeline(filled, since="2024-07").entries] == ["2024-07-01"]


def test_timeline_min_sources_and_query(filled):
    (e,) = timeline(filled, min_sources=2).entries
    assert e.date == "2024-05-30" and {s.name for s in e.sources} == {"A", "F"}
    assert [x.date for x in timeline(filled, query="dankte").entries] == ["2024-07-01"]
    assert [x.date for x in timeline(filled, query="capital").entries] == ["2024-05-30"]


def test_timeline_countries(filled):
    assert len(timeline(filled, countries=["PRK", "RUS"]).entries) == 5
    assert len(timeline(filled, countries=["BLR"]).entries) == 1


def test_timeline_paging_and_count(filled):
    page = timeline(filled, limit=2, offset=1, count=True)
    assert page.total == 6 and [e.date for e in page.entries] == ["2024-05-30", "2024-06"]


def test_timeline_unknown_entity_suggests_close_matches(filled):
    with pytest.raises(UsageError, match=r"unknown entity 'Putn'\. Did you mean: .*Putin"):
        timeline(filled, ["Putn"])


def test_timeline_inverted_range_is_an_error(filled):
    with pytest.raises(UsageError, match="inverted"):
        timeline(filled, since="2024-07", until="2024-06")


@pytest.mark.parametrize("bad", ["gestern", "2024-13"])
def test_timeline_bad_date_is_an_error(filled, bad):
    with pytest.raises(UsageError, match="is not a date"):
        timeline(filled, since=bad)


def test_timeline_unknown_type_is_an_error(filled):
    with pytest.raises(UsageError, match="CONSULT"):
        timeline(filled, type="CONSULTT")


def test_entity_profile(filled):
    p = entity_profile(filled, "Wladimir Putin")
    assert p.entity.name == "Vladimir Putin" and p.n_events == 6
    assert p.counterparts[0][0].name == "Kim Jong Un" and p.counterparts[0][1] == 5
    assert dict(p.events_per_month)["2024-06"] == 3
    assert "Putin" in p.names


def test_event_detail_lists_every_report(filled):
    (e,) = timeline(filled, min_sources=2).entries
    d = event_detail(filled, e.id)
    assert [ev.article_source for ev in d.evidence] == ["A", "F"]
    assert {ev.lang for ev in d.evidence} == {"de", "en"}
    with pytest.raises(UsageError, match="no timeline event"):
        event_detail(filled, 9999)


def test_stats_counts(filled):
    s = stats(filled)
    assert s.articles == 7 and s.timeline_events == 6 and s.fused_multi_report == 1
    assert dict(s.articles_by_lang) == {"de": 6, "en": 1}
