"""Every export format parses back; unwritable paths are clear errors."""

from __future__ import annotations

import csv
import json

import pytest

from chronik.exports import ExportError, Filters, export

PK = {"Putin": "Vladimir Putin", "Kim": "Kim Jong Un"}


@pytest.fixture
def filled(store, write, make_analysis):
    m = make_analysis
    write(m("Putin besuchte Kim am 19. Juni.", date="2024-06-20", source="Tass", names=PK,
            events=[dict(type="CONSULT", mode="visit", actors=["Vladimir Putin"],
                         recipients=["Kim Jong Un"], date="2024-06-19")]),
          m("Putin visited Kim in June.", date="2024-06-25", lang="en", source="KCNA", names=PK,
            events=[dict(type="CONSULT", actors=["Vladimir Putin"], recipients=["Kim Jong Un"],
                         date="2024-06")]),
          m("Kim drohte der Ukraine im Juli.", date="2024-07-02", source="dpa",
            names={"Kim": "Kim Jong Un", "Ukraine": "Ukraine"},
            events=[dict(type="THREATEN", actors=["Kim Jong Un"], recipients=["Ukraine"],
                         date="2024-07", modality="reported")]))
    return store


def test_export_jsonl_native_with_mentions(filled, tmp_path):
    out = tmp_path / "t.jsonl"
    assert export(filled, "jsonl", out) == 2
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert recs[0]["date"] == "2024-06-19" and len(recs[0]["mentions"]) == 2
    assert recs[0]["actor_ids"] == ["Q7747"] and recs[1]["type"] == "THREATEN"


def test_export_csv(filled, tmp_path):
    out = tmp_path / "t.csv"
    export(filled, "csv", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["sources"] == "KCNA; Tass" and rows[1]["date"] == "2024-07"


def test_export_plover_fields(filled, tmp_path):
    out = tmp_path / "p.jsonl"
    export(filled, "plover", out)
    rec = json.loads(out.read_text().splitlines()[0])
    for f in ("id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "cite_info"):
        assert f in rec
    assert rec["event"] == ["CONSULT"] and rec["actor"][0]["code"] == "RUS"
    assert {c["publication"] for c in rec["cite_info"]} == {"Tass", "KCNA"}
    month = json.loads(out.read_text().splitlines()[1])
    assert (month["date"], month["enddate"], month["date_precision"]) == ("2024-07-01", "2024-07-31", "month")


def test_export_gdelt_rows(filled, tmp_path):
    out = tmp_path / "g.tsv"
    export(filled, "gdelt", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8"), delimiter="\t"))
    assert rows[0]["SQLDATE"] == "20240619" and rows[0]["Actor1CountryCode"] == "RUS"
    assert rows[0]["QuadClass"] == "1" and rows[1]["QuadClass"] == "3"
    assert rows[0]["NumArticles"] == "2"


def test_export_parquet_tables(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    export(filled, "parquet", tmp_path / "pq")
    for table in ("articles", "entities", "mentions", "timexes", "events", "quotes", "timeline_events"):
        assert (tmp_path / "pq" / f"{table}.parquet").exists()
    t = pq.read_table(tmp_path / "pq" / "timeline_events.parquet")
    assert t.num_rows == 2 and "date" in t.column_names
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == 3


def test_export_parquet_applies_the_timeline_filters(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    export(filled, "parquet", tmp_path / "pq", Filters(type="THREATEN"))

    def table(name):
        return pq.read_table(tmp_path / "pq" / f"{name}.parquet").to_pylist()

    (threat,) = table("timeline_events")
    assert threat["type"] == "THREATEN"
    assert {r["timeline_event_id"] for r in table("timeline_event_mentions")} == {threat["id"]}
    (event,) = table("events")
    assert event["type"] == "THREATEN"
    (article,) = table("articles")
    assert article["id"] == event["article_id"]
    assert {r["article_id"] for r in table("mentions")} == {article["id"]}
    names = {r["name"] for r in table("entities")}
    assert {"Kim Jong Un", "Ukraine"} <= names and "Vladimir Putin" not in names


def test_export_parquet_with_no_match_writes_empty_tables(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    assert export(filled, "parquet", tmp_path / "pq", Filters(type="ASSAULT")) == 0
    t = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert t.num_rows == 0 and "type" in t.column_names


@pytest.mark.parametrize("lang,template", [
    ("de", "- **19. Juni 2024** — {putin} besucht {kim} (KCNA, Tass)"),
    ("en", "- **19 June 2024** — {putin} visits {kim} (KCNA, Tass)"),
])
def test_export_markdown_chronicle(filled, tmp_path, lang, template):
    from chronik.exports.markdown import label

    out = tmp_path / "c.md"
    export(filled, "markdown", out, lang=lang, title="Chronik")
    lines = out.read_text(encoding="utf-8").splitlines()
    putin, kim = label("Vladimir Putin", "Q7747", lang), label("Kim Jong Un", "Q56226", lang)
    assert lines[0] == "# Chronik" and lines[2] == template.format(putin=putin, kim=kim)
    assert lines[3].startswith("- **Juli 2024**" if lang == "de" else "- **July 2024**")


def test_export_markdown_names_entities_in_the_chronicle_language():
    from chronik.exports.markdown import label

    pytest.importorskip("chronik.kb")
    assert label("North Korea", "Q423", "de") == "Nordkorea"
    assert label("North Korea", "Q423", "en") == "North Korea"
    assert label("Some Unknown Name", None, "de") == "Some Unknown Name"


def test_export_filters(filled, tmp_path):
    out = tmp_path / "f.jsonl"
    assert export(filled, "jsonl", out, Filters(entities=("Ukraine",))) == 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "plover", "gdelt", "markdown", "parquet"])
def test_export_unwritable_path_is_a_clear_error(filled, tmp_path, fmt):
    target = tmp_path / "missing-dir" / "deeper" / "out"
    blocker = tmp_path / "missing-dir"
    blocker.write_text("a file, not a folder")
    with pytest.raises(ExportError, match="cannot write"):
        export(filled, fmt, target)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "protesters protest against Elena Varga"),
    ("de", "Demonstranten protestieren gegen Elena Varga"),
])
def test_chronicle_tells_a_group_in_plural_and_in_the_chronicle_language(lang, expected):
    from chronik.exports.markdown import headline
    from chronik.timeline.queries import EntityRef, TimelineEntry

    entry = TimelineEntry(1, "2024-12-03", "2024-12-03", "2024-12-03", "day", "PROTEST", None,
                          (EntityRef(1, "protesters", "MISC"),),
                          (EntityRef(2, "Elena Varga", "PER"),), None, "asserted", 0.9,
                          "", 1, 1, 1, (), None, None)
    assert headline(entry, lang) == expected
