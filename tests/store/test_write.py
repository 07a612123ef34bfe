"""Writing articles: idempotent re-ingest, one transaction per article, re-analysis."""

from __future__ import annotations

import pytest

from chronik.engines.ingest import ingest
from chronik.model import Article
from chronik.store.write import Writer

COUNTED = ("articles", "sentences", "entities", "mentions", "events", "timeline_events")


def counts(store) -> dict[str, int]:
    return {t: store.query_one(f"SELECT count(*) FROM {t}")[0] for t in COUNTED}


def docs(make):
    names = {"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"}
    return [
        make("Putin traf Kim am 19. Juni.", date="2024-06-20", names=names,
             events=[dict(type="CONSULT", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                          date="2024-06-19")]),
        make("Kim met Putin on June 19.", date="2024-06-21", lang="en", names=names,
             events=[dict(type="CONSULT", actors=["Kim Jong Un"], recipients=["Vladimir Putin"],
                          date="2024-06-19")]),
        make("Kim sprach mit Putin über Raketen.", date="2024-06-22", names=names),
    ]


def test_write_twice_adds_nothing(store, write, make_analysis):
    first = write(*docs(make_analysis))
    before = counts(store)
    second = write(*docs(make_analysis))
    assert first.ingested == 3 and second.duplicates == 3 and second.ingested == 0
    assert counts(store) == before


def test_write_failure_rolls_back_that_article_only(store, make_analysis, monkeypatch):
    w = Writer(store)
    a, b, c = docs(make_analysis)
    real = w._write_events

    def flaky(analysis, ids):
        if analysis.article.id == b.article.id:
            raise RuntimeError("disk full")
        return real(analysis, ids)

    monkeypatch.setattr(w, "_write_events", flaky)
    summary = w.write_many([(a, True), (b, True), (c, True)])
    assert summary.ingested == 2
    assert summary.failed == [(b.article.id, f"cannot store article {b.article.id}: disk full")]
    assert store.query_one("SELECT count(*) FROM articles WHERE id = ?", (b.article.id,))[0] == 0
    for table in ("sentences", "mentions", "article_entities", "events"):
        assert store.query_one(f"SELECT count(*) FROM {table} WHERE article_id = ?",
                               (b.article.id,))[0] == 0


def test_write_interrupted_ingest_leaves_only_whole_articles(store, make_analysis, monkeypatch):
    arts = [Article.create(f"Satz Nummer {i}. Noch ein Satz über Raketen.", date="2024-01-02", lang="de")
            for i in range(25)]
    import chronik.engines.local as local

    real = local.analyze
    calls = {"n": 0}

    def interrupting(article, skip=frozenset()):
        calls["n"] += 1
        if calls["n"] == 18:
            raise KeyboardInterrupt
        return real(article, skip=skip)

    monkeypatch.setattr(local, "analyze", interrupting)
    report = ingest(store, arts, analyze=False, batch=5)
    assert report.interrupted
    n = store.query_one("SELECT count(*) FROM articles")[0]
    assert 15 <= n <= 17  # whole batches, and what was analysed before the interruption
    orphans = store.query_one("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                              "(SELECT 1 FROM sentences s WHERE s.article_id = a.id)")[0]
    assert orphans == 0
    monkeypatch.setattr(local, "analyze", real)
    again = ingest(store, arts, analyze=False, batch=5)  # the rerun completes
    assert (again.ingested, again.duplicates) == (25 - n, n)


def test_write_worker_exception_rejects_one_article(store, monkeypatch):
    import chronik.engines.local as local

    real = local.analyze

    def broken(article, skip=frozenset()):
        if "kaputt" in article.text:
            raise ValueError("stage bug")
        return real(article, skip=skip)

    monkeypatch.setattr(local, "analyze", broken)
    arts = [Article.create("Ein guter Text.", date="2024-01-01", lang="de", origin="a.txt"),
            Article.create("Ein kaputt Text.", date="2024-01-01", lang="de", origin="b.txt"),
            Article.create("Noch ein guter Text.", date="2024-01-01", lang="de", origin="c.txt")]
    seen = []
    report = ingest(store, arts, analyze=False, on_error=seen.append)
    assert report.ingested == 2 and len(report.rejected) == 1
    assert seen[0].path == "b.txt" and "stage bug" in seen[0].reason


@pytest.mark.parametrize("workers", [2])
def test_write_process_pool_keeps_order_and_rejects(store, workers):
    arts = [Article.create(f"Text {i}. Ein zweiter Satz.", date="2024-01-01", lang="de") for i in range(40)]
    report = ingest(store, arts, analyze=False, workers=workers)
    assert report.ingested == 40
    assert store.query_one("SELECT count(*) FROM sentences")[0] >= 40


def test_write_reanalysis_replaces_rows(store, write, make_analysis):
    a = docs(make_analysis)[0]
    write(a)
    before = counts(store)
    summary = Writer(store).write_many([(a, True)], replace=True)
    assert summary.replaced == 1
    assert counts(store) == before


def test_write_stored_articles_round_trip(store, write, make_analysis):
    from chronik.store.articles import stored_articles

    a = docs(make_analysis)[0]
    write(a)
    (back,) = list(stored_articles(store))
    assert (back.id, back.text, back.date, back.lang) == (a.article.id, a.article.text, "2024-06-20", "de")
    assert list(stored_articles(store, "1")) == []
    assert len(list(stored_articles(store, "2"))) == 1
