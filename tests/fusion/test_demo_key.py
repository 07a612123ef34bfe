"""Fusion on the bundled demo corpus against its answer key: every real-world event that
several articles report must be one timeline event with all its reports.

This measures the whole pipeline (the analysis stages find the events, fusion joins them);
the failure message lists each split and each wrong merge.
"""

from __future__ import annotations

import pytest

from chronik.fusion.evaluate import score_fusion


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    demo = pytest.importorskip("chronik.demo")
    if not demo.corpus_jsonl().exists():
        pytest.skip("the demo corpus is not bundled")
    from chronik.cli.demo import build_demo

    store, _ = build_demo(tmp_path_factory.mktemp("demo") / "demo.db", on_error=lambda e: None)
    yield store, demo.events_key()
    store.close()


def test_demo_key_fusion_has_no_wrong_merges(demo_store):
    # a wrong merge here comes from an analysis error (a wrong event date or missing
    # participants) that fusion must not paper over; the message names each one
    store, key = demo_store
    score = score_fusion(store, key)
    assert not score.wrongly_merged, score.describe()


def test_demo_key_every_multi_report_event_appears_once_with_all_reports(demo_store):
    store, key = demo_store
    score = score_fusion(store, key)
    assert score.found == score.key_events and score.ok and not score.missing, score.describe()


# What the pipeline reaches now (raise these as the analysis improves; a drop is a regression).
FLOOR_FOUND = 25  # key events found in at least two articles (of 25)
FLOOR_RECALL = 1.0  # pairwise fusion recall over cross-article pairs of one key event's reports
FLOOR_REPORTS = 1.0  # share of the key's reports the analysis finds (65 of 65)
MAX_SPLIT = 0


def test_demo_key_fusion_does_not_fall_below_its_floor(demo_store):
    store, key = demo_store
    score = score_fusion(store, key)
    assert not score.wrongly_merged, score.describe()
    assert score.precision == 1.0, score.describe()
    assert score.found >= FLOOR_FOUND, score.describe()
    assert score.recall >= FLOOR_RECALL, score.describe()
    assert score.report_recall >= FLOOR_REPORTS, score.describe()
    assert len(score.split) <= MAX_SPLIT, score.describe()
