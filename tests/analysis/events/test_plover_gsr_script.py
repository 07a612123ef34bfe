"""eval/plover_gsr.py: the older-label map, the dev/check split and the scoring, on records
written for this test (no record of the OEDA file)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from chronik.analysis.events.ontology import plover_types

SCRIPT = Path(__file__).resolve().parents[3] / "eval" / "plover_gsr.py"


def _module():
    spec = importlib.util.spec_from_file_location("plover_gsr", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_every_mapped_label_is_a_current_type():
    mod = _module()
    lmap = mod.load_map()
    current = set(plover_types())
    for table in ("labels", "modes"):
        for v in lmap[table].values():
            assert set([v] if isinstance(v, str) else v) <= current


def test_old_labels_and_mode_overrides():
    mod = _module()
    lmap = mod.load_map()
    assert mod.gold_types({"event": "DEMAND"}, lmap) == ("REQUEST",)
    assert mod.gold_types({"event": "DISAPPROVE"}, lmap) == ("ACCUSE",)
    assert mod.gold_types({"event": "FIGHT", "mode": "firearms"}, lmap) == ("ASSAULT", "COERCE")
    assert mod.gold_types({"event": "COERCE", "mode": "arrest"}, lmap) == ("COERCE",)
    assert mod.gold_types({"event": "COERCE", "mode": "destroy"}, lmap) == ("ASSAULT",)
    assert mod.gold_types({"event": "NO-SUCH-LABEL"}, lmap) == ()


def test_split_by_numeric_suffix():
    mod = _module()
    assert mod.part_of({"id": "X-AGREE-0012"}) == "dev"
    assert mod.part_of({"id": "X-AGREE-0013"}) == "check"


def test_state_codes_drop_non_states_and_fix_old_codes():
    mod = _module()
    lmap = mod.load_map()
    actors = [{"code": "IGO"}, {"code": "JAP", "sector": "GOV"}, {"code": "FRAREB"}, {"code": ""}]
    assert mod.state_codes(actors, lmap) == {"JPN", "FRA"}
    assert mod.state_codes("", lmap) == set()


def test_tally_scores_type_and_countries():
    mod = _module()
    t = mod.Tally()
    P = mod.Pred
    # found, with the right source and the wrong target
    assert t.add(("ACCUSE",), {"FRA"}, {"DEU"}, False, [P("ACCUSE", {"FRA"}, {"ITA"}), P("AID")])
    # missed
    assert not t.add(("PROTEST",), {"CHL"}, set(), False, [P("ACCUSE", {"CHL"})])
    # symmetric: either side may hold either party
    assert t.add(("AGREE",), {"PER", "BOL"}, set(), True, [P("AGREE", {"BOL"}, {"PER"})])
    # a split old label accepts each of its current types
    assert t.add(("ASSAULT", "COERCE"), {"PER"}, set(), False, [P("COERCE", {"PER"})])
    assert (t.records, t.hit, t.emitted, t.emitted_ok) == (4, 3, 5, 3)
    assert (t.src_ok, t.src_n, t.tgt_ok, t.tgt_n) == (3, 3, 0, 1)
    assert t.missed == {"PROTEST": 1}


def test_main_skips_without_the_file(tmp_path, capsys):
    mod = _module()
    assert mod.main(["--file", str(tmp_path / "absent.txt")]) == 0
    assert "skip" in capsys.readouterr().err


def test_main_runs_on_own_records(tmp_path, capsys):
    mod = _module()
    recs = [{"id": "T-DOCUMENT-0001", "event": "DOCUMENT"},
            {"id": "T-DISAPPROVE-0002", "event": "DISAPPROVE", "date": "2001-05-02",
             "text": "France condemned Germany on Monday.",
             "source": [{"code": "FRA"}], "target": [{"code": "DEU"}], "textInfo": ""}]
    f = tmp_path / "gsr.json"
    f.write_text(json.dumps(recs), "utf-8")
    assert mod.main(["--file", str(f), "--part", "dev"]) == 0
    out = capsys.readouterr().out
    assert "records 1" in out and "type recall     1.000 (1/1)" in out
