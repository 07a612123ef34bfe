"""The fusion scorer on a hand-made store: what counts as split, missing and as a pair to fuse."""

from __future__ import annotations

from chronik.fusion.evaluate import score_fusion


def _consult(make, text, day, recipient, pub, lang="de"):
    names = {"Putin": "Vladimir Putin", recipient[0]: recipient[1]}
    return make(text, date=pub, lang=lang, names=names,
                events=[dict(type="CONSULT", actors=["Vladimir Putin"], recipients=[recipient[1]],
                             date=day)])


def _key(arrival, talks_de, talks_en, silent):
    def rep(a):
        return {"article": a.article.id, "role": "main", "evidence": [a.article.text]}
    return [
        {"id": "talks", "types": ["CONSULT"], "actors": ["Vladimir Putin"],
         "recipients": ["Kim Jong Un"], "reports": [rep(talks_de), rep(talks_en)]},
        # a step of the talks, told in one article and in another one the analysis misses
        {"id": "arrival", "types": ["CONSULT"], "actors": ["Vladimir Putin"], "part_of": "talks",
         "recipients": ["North Korea"], "reports": [rep(arrival), rep(silent)]},
    ]


def test_score_fusion_counts_pairs_of_one_event_and_missing_reports(store, write, make_analysis):
    arrival = _consult(make_analysis, "Putin kam am 18. Juni in Nordkorea an.", "2024-06-18",
                       ("Nordkorea", "North Korea"), "2024-06-18")
    talks_de = _consult(make_analysis, "Putin traf Kim am 19. Juni.", "2024-06-19",
                        ("Kim", "Kim Jong Un"), "2024-06-19")
    talks_en = _consult(make_analysis, "Putin met Kim on June 19.", "2024-06-19",
                        ("Kim", "Kim Jong Un"), "2024-06-20", lang="en")
    silent = make_analysis("Der Gast war seit Dienstag im Land.", date="2024-06-20")
    write(arrival, talks_de, talks_en, silent)
    score = score_fusion(store, _key(arrival, talks_de, talks_en, silent))
    assert (score.key_events, score.found, score.reports) == (2, 1, 4)
    assert score.ok and score.precision == 1.0
    # the arrival (a day earlier) stays apart from the talks: acceptable, not a missed pair
    assert (score.pairs_true, score.pairs_recalled, score.recall) == (1, 1, 1.0)
    assert score.missing == [f"arrival: no report found in {silent.article.id}"]
    assert score.report_recall == 0.75 and "reports found 3/4" in score.describe()
