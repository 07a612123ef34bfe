"""Fusion through the store: reports in German and English become one timeline event."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chronik.model import EventDate
from chronik.store import open_store
from chronik.store.write import Writer

PK = {"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"}


def visit_de(make, day="19", pub="2024-06-20", source="Ostzeitung"):
    return make(f"Putin traf Kim am {day}. Juni in der Hauptstadt.", date=pub, source=source,
                names=PK, events=[dict(type="CONSULT", actors=["Vladimir Putin"],
                                       recipients=["Kim Jong Un"], date=f"2024-06-{day}")])


def visit_en(make, value="2024-06", pub="2024-06-24", source="Harbour Times"):
    return make("Kim hosted Putin for talks earlier this month.", date=pub, lang="en",
                source=source, names={"Kim": "Kim Jong Un", "Putin": "Vladimir Putin"},
                events=[dict(type="CONSULT", actors=["Kim Jong Un"], recipients=["Vladimir Putin"],
                             date=value)])


def pledge(make):
    return make("Kim sagte Putin am 19. Juni volle Unterstützung zu.", date="2024-06-21",
                source="Nordblatt", names=PK,
                events=[dict(type="SUPPORT", actors=["Kim Jong Un"], recipients=["Vladimir Putin"],
                             date="2024-06-19")])


def fused(store) -> set[frozenset[tuple[str, str]]]:
    """The timeline as sets of (article id, local event id): independent of row ids."""
    out: dict[int, set] = {}
    for tid, art, local in store.query(
            "SELECT m.timeline_event_id, e.article_id, e.local_id FROM timeline_event_mentions m "
            "JOIN events e ON e.id = m.event_id"):
        out.setdefault(tid, set()).add((art, local))
    return {frozenset(v) for v in out.values()}


def test_fusion_same_event_de_en_is_one_entry(store, write, make_analysis):
    write(visit_de(make_analysis), visit_en(make_analysis))
    rows = store.query("SELECT date, precision, n_mentions, n_articles, n_sources FROM timeline_events")
    assert [tuple(r) for r in rows] == [("2024-06-19", "day", 2, 2, 2)]


def test_fusion_different_days_stay_apart(store, write, make_analysis):
    write(visit_de(make_analysis, "19"), visit_de(make_analysis, "21", pub="2024-06-22"))
    assert store.query_one("SELECT count(*) FROM timeline_events")[0] == 2


def test_fusion_vague_month_joins_one_day_only(store, write, make_analysis):
    write(visit_de(make_analysis, "19"), visit_de(make_analysis, "21", pub="2024-06-22"),
          visit_en(make_analysis))
    sizes = sorted(r[0] for r in store.query("SELECT n_mentions FROM timeline_events"))
    assert sizes == [1, 2]


def test_fusion_pledge_coded_differently_is_one_event(store, write, make_analysis):
    a = make_analysis("Kim and Putin agreed on June 19 to stand by each other.", date="2024-06-20",
                      lang="en", source="Wire", names={"Kim": "Kim Jong Un", "Putin": "Vladimir Putin"},
                      events=[dict(type="AGREE", actors=["Kim Jong Un", "Vladimir Putin"],
                                   date="2024-06-19")])
    write(pledge(make_analysis), a)
    assert store.query_one("SELECT count(*) FROM timeline_events")[0] == 1


def test_fusion_is_deterministic_across_orders(make_analysis):
    both = make_analysis("Putin met Kim on June 19 and promised him support.", date="2024-06-20",
                         lang="en", source="Wire", names={"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"},
                         events=[dict(type="CONSULT", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                                      date="2024-06-19"),
                                 dict(type="SUPPORT", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                                      date="2024-06-19")])
    docs = [visit_de(make_analysis, "19"), visit_de(make_analysis, "21", pub="2024-06-22"),
            visit_en(make_analysis), pledge(make_analysis), both,
            visit_en(make_analysis, value=None, pub="2024-06-20", source="Late Wire")]
    results = []
    for order in (docs, list(reversed(docs)), docs[3:] + docs[:3]):
        s = open_store(":memory:")
        w = Writer(s)
        for d in order:  # one article at a time: the incremental path
            w.write_many([(d, True)])
        results.append(fused(s))
        dates = sorted(tuple(r) for r in s.query("SELECT date, n_mentions FROM timeline_events"))
        results.append(dates)
        s.close()
    assert results[0] == results[2] == results[4]
    assert results[1] == results[3] == results[5]


def test_fusion_one_sentence_coded_twice_bridges_types(store, write, make_analysis):
    both = make_analysis("Putin traf Kim am 19. Juni und sagte ihm Hilfe zu.", date="2024-06-20",
                         names=PK, events=[
                             dict(type="CONSULT", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                                  date="2024-06-19"),
                             dict(type="AID", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                                  date="2024-06-19")])
    aid = make_analysis("Putin promised Kim aid on June 19.", date="2024-06-21", lang="en",
                        names={"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"},
                        events=[dict(type="AID", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                                     date="2024-06-19")])
    write(visit_en(make_analysis), both, aid)
    assert [tuple(r) for r in store.query("SELECT n_articles FROM timeline_events")] == [(3,)]


def test_fusion_one_sentence_with_two_doers_stays_two_events(store, write, make_analysis):
    # "Putin credited Kim's soldiers with a role in the fighting": praise by Putin, fighting by
    # North Korea — one sentence, two happenings with different doers
    names = {"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"}
    write(make_analysis("Putin credited Kim's soldiers with a role in the fighting on Saturday.",
                        date="2025-04-28", lang="en", names=names, events=[
                            dict(type="SUPPORT", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                                 date="2025-04-26"),
                            dict(type="ASSAULT", actors=["Kim Jong Un"], recipients=[],
                                 date="2025-04-26")]))
    rows = store.query("SELECT type FROM timeline_events ORDER BY type")
    assert [r[0] for r in rows] == ["ASSAULT", "SUPPORT"]


def test_fusion_incremental_join_keeps_the_event_id(store, write, make_analysis):
    write(visit_de(make_analysis))
    tid = store.query_one("SELECT id FROM timeline_events")[0]
    write(visit_en(make_analysis))
    assert [tuple(r) for r in store.query("SELECT id, n_articles FROM timeline_events")] == [(tid, 2)]


def test_fusion_interrupted_leaves_no_half_merged_event(store, make_analysis, monkeypatch):
    w = Writer(store)
    w.write_many([(visit_de(make_analysis), True)])
    import chronik.fusion.merge as merge

    real = merge._write_timeline_event

    def broken(*args, **kw):
        raise RuntimeError("power cut")

    monkeypatch.setattr(merge, "_write_timeline_event", broken)
    summary = w.write_many([(visit_en(make_analysis), True)])
    assert summary.failed and "power cut" in summary.failed[0][1]
    # the failed article is absent entirely; the first one's event is intact
    assert store.query_one("SELECT count(*) FROM articles")[0] == 1
    assert [tuple(r) for r in store.query("SELECT n_mentions FROM timeline_events")] == [(1,)]
    assert store.query_one("SELECT count(*) FROM events WHERE timeline_event_id IS NULL")[0] == 0
    monkeypatch.setattr(merge, "_write_timeline_event", real)
    summary = w.write_many([(visit_en(make_analysis), True)])  # the rerun completes
    assert summary.ingested == 1
    assert [tuple(r) for r in store.query("SELECT n_mentions FROM timeline_events")] == [(2,)]


def test_fusion_reanalysis_replaces_rows_and_refuses(store, write, make_analysis):
    a, b = visit_de(make_analysis), visit_en(make_analysis)
    write(a, b)
    # the same article, analysed again, now dates the talks to the 21st
    moved = a.replace(events=(replace(a.events[0], date=EventDate("2024-06-21")),))
    summary = Writer(store).write_many([(moved, True)], replace=True)
    assert summary.replaced == 1
    assert store.query_one("SELECT count(*) FROM events")[0] == 2
    rows = [tuple(r) for r in store.query("SELECT date, n_mentions FROM timeline_events")]
    assert rows == [("2024-06-21", 2)]  # the month report now supports the 21st


@pytest.mark.parametrize("lang", ["de", "en"])
def test_fusion_events_without_participants_stay_single(store, write, make_analysis, lang):
    a = make_analysis("Es gab Proteste.", date="2024-06-20", lang=lang, names={},
                      events=[dict(type="PROTEST", date="2024-06-19")])
    b = make_analysis("Es gab wieder Proteste.", date="2024-06-20", lang=lang, names={},
                      events=[dict(type="PROTEST", date="2024-06-19")])
    write(a, b)
    assert store.query_one("SELECT count(*) FROM timeline_events")[0] == 2


def test_fusion_month_dated_review_joins_an_undated_report(store, write, make_analysis):
    # a monthly review (dated "2024-06") tells the meeting with its day; a next-day report
    # leaves the day out: one meeting
    review = make_analysis("Am 19. Juni traf Putin Kim in der Hauptstadt.", date="2024-06", names=PK,
                           source="Monatsblatt",
                           events=[dict(type="CONSULT", actors=["Vladimir Putin"],
                                        recipients=["Kim Jong Un"], date="2024-06-19")])
    news = make_analysis("Putin hat Kim getroffen.", date="2024-06-20", names=PK, source="Tagblatt",
                         events=[dict(type="CONSULT", actors=["Vladimir Putin"],
                                      recipients=["Kim Jong Un"], date=None)])
    write(review, news)
    assert store.query_one("SELECT count(*) FROM timeline_events")[0] == 1
