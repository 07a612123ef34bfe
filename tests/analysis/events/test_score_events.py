"""The events scorer (gold form of the seed) and the seed acceptance test."""

from __future__ import annotations

import json

from chronik.eval.score_events import norm, score
from chronik.model import Analysis, Article, Entity, Event, EventDate, Span

TEXT = "Kim traf Schoigu. Kim lobte Russland."


def _analysis(events):
    art = Article.create(TEXT, lang="de")
    ents = (Entity("e1", "Kim Jong-un", "PER", (Span.of(TEXT, 0, 3),), "PRK"),
            Entity("e2", "Sergei Shoigu", "PER", (Span.of(TEXT, 9, 16),), "RUS"),
            Entity("e3", "Russia", "GPE", (Span.of(TEXT, 28, 36),), "RUS"))
    return Analysis(article=art, entities=ents, events=tuple(events))


def _ev(vid, etype, actors, recips, date, start=0, end=17, modality="asserted"):
    return Event(vid, etype, Span.of(TEXT, start, end), tuple(actors), tuple(recips),
                 date=EventDate(date), modality=modality)


GOLD = {"events": [
    {"id": "meet", "types": ["CONSULT"], "symmetric": True,
     "actors": [{"names": ["Sergei Shoigu", "Schoigu"], "country": "RUS"}],
     "recipients": [{"names": ["Kim Jong-un", "Kim"], "country": "PRK"}], "dates": ["2025-06-04"]},
    {"id": "praise", "types": ["SUPPORT"], "optional": True,
     "actors": [{"names": ["Kim"]}], "recipients": [{"names": ["Russland"], "country": "RUS"}],
     "dates": [None]},
], "negatives": [{"id": "neg", "evidence": "Kim lobte Russland."}]}


def test_score_symmetric_match_and_optional():
    an = _analysis([_ev("v1", "CONSULT", ["e1"], ["e2"], "2025-06-04"),
                    _ev("v2", "SUPPORT", ["e1"], ["e3"], None, 18, 36)])
    sc = score(GOLD, an)
    assert sc.found == [("meet", "v1")] and not sc.missed and not sc.extra
    assert sc.recall == 1.0


def test_score_wrong_date_is_miss_and_extra():
    an = _analysis([_ev("v1", "CONSULT", ["e1"], ["e2"], "2025-06-05")])
    sc = score(GOLD, an)
    assert sc.missed == ["meet"] and sc.extra == ["v1"] and sc.precision == 0.0


def test_score_negative_violation():
    an = _analysis([_ev("v1", "ASSAULT", ["e1"], ["e3"], None, 18, 36)])
    assert score(GOLD, an).violations == [("neg", "v1")]
    an = _analysis([_ev("v1", "ASSAULT", ["e1"], ["e3"], None, 18, 36, modality="speculative")])
    assert not score(GOLD, an).violations


def test_score_names_are_accent_and_case_insensitive():
    assert norm("Pjöngjang") == norm("PJONGJANG")


def test_score_seed_end_to_end(seed_path, seed_gold):
    from chronik.pipeline import analyze
    from chronik.readers import read_paths

    art = next(iter(read_paths([str(seed_path)], lang="de")))
    sc = score(seed_gold, analyze(art))
    assert not sc.missed, sc.to_record()
    assert not sc.violations, sc.to_record()
    assert len(sc.extra) <= 2, sc.to_record()


def test_score_cli_on_seed(seed_path, seed_gold, tmp_path):
    from typer.testing import CliRunner

    from chronik.cli.app import app

    gold = tmp_path / "seed.gold.json"  # the fixture's gold, so no import of the conftest module
    gold.write_text(json.dumps(seed_gold), "utf-8")
    res = CliRunner().invoke(app, ["eval", "events", str(gold), str(seed_path)])
    assert res.exit_code == 0, res.output
    assert "precision" in res.output and "missed" not in res.output
