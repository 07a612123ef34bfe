"""The bundled demo corpus: shape, languages, txt/JSONL agreement and the answer key."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from chronik.demo import corpus_dir, corpus_jsonl, corpus_meta, events_key
from chronik.demo.build import build_rows, parse_record, read_corpus, render_jsonl

HEADER = re.compile(r"^\s*date\s+\d{4}(-\d{2}(-\d{2})?)?\s+\S")
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
KEY_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# A few very frequent function words: enough to tell German from English in 80+ words.
MARKERS = {
    "de": {"der", "die", "das", "und", "nicht", "mit", "den", "sich", "hat"},
    "en": {"the", "and", "of", "to", "said", "was", "with", "has"},
}


@pytest.fixture(scope="module")
def txt_files() -> list[Path]:
    return sorted(corpus_dir().glob("*.txt"))


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    with corpus_jsonl().open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def texts(rows) -> dict[str, str]:
    return {r["id"]: r["text"] for r in rows}


def test_corpus_size_and_names(txt_files):
    assert 30 <= len(txt_files) <= 40
    for p in txt_files:
        assert re.fullmatch(r"\d{3}_[a-z0-9_]+\.txt", p.name), p.name


def test_every_file_is_a_seed_format_record(txt_files):
    for p in txt_files:
        raw = p.read_text("utf-8")
        first, _, rest = raw.partition("\n")
        assert HEADER.match(first), p.name
        assert rest.startswith("\n"), f"{p.name}: no blank line after the header"
        rec = parse_record(raw, p.stem)
        words = len(rec.text.split())
        assert 80 <= words <= 250, f"{p.name}: {words} words"
        # a body line that looks like a header would start a new record in the reader
        assert not any(HEADER.match(line) for line in rec.body.splitlines()), p.name


def test_the_package_reader_sees_one_article_per_file(txt_files):
    from chronik.readers.textrecord import read_text_records

    for p in txt_files[:5] + txt_files[-5:]:
        with p.open(encoding="utf-8") as fh:
            arts = list(read_text_records(fh, str(p), lang="de"))
        rec = parse_record(p.read_text("utf-8"), p.stem)
        assert len(arts) == 1
        assert arts[0].text == rec.text
        assert arts[0].date == rec.date


def test_both_languages_roughly_half(rows):
    counts = Counter(r["lang"] for r in rows)
    assert set(counts) == {"de", "en"}
    assert min(counts.values()) >= len(rows) * 0.35


def test_declared_language_matches_the_text(rows):
    for r in rows:
        words = Counter(w.lower() for w in re.findall(r"\w+", r["text"]))
        score = {lang: sum(words[w] for w in ws) for lang, ws in MARKERS.items()}
        assert max(score, key=score.get) == r["lang"], (r["id"], score)


def test_month_and_day_precision_both_present(rows):
    lengths = Counter(len(r["date"]) for r in rows)
    assert lengths[10] >= 25 and lengths[7] >= 2


def test_jsonl_matches_txt_files(rows, txt_files):
    recs = read_corpus(corpus_dir())
    assert [r["id"] for r in rows] == [p.stem for p in txt_files] == [r.id for r in recs]
    for row, rec in zip(rows, recs, strict=True):
        assert row["text"] == rec.text
        assert row["title"] == rec.lead
        assert row["date"] == rec.date
        assert row["text"].startswith(row["title"] + "\n\n")
        assert row["url"].startswith("https://example.org/")
        assert set(row) == {"id", "url", "date", "title", "text", "lang", "source"}


def test_jsonl_is_exactly_what_the_build_script_writes():
    expected = render_jsonl(build_rows(corpus_dir(), corpus_meta()))
    assert corpus_jsonl().read_text("utf-8") == expected, "run scripts/build_demo_jsonl.py"


def test_parse_record_rejects_bad_records():
    with pytest.raises(ValueError):
        parse_record("date gestern Etwas geschah.\n\nText.", "x")
    with pytest.raises(ValueError):
        parse_record("date 2024-05 Lead\nno blank line\n", "x")
    with pytest.raises(ValueError):
        parse_record("date 2024-05 Lead\n\n\n", "x")
    rec = parse_record("  date 2024-05 A lead.\n\nFirst.\n\nSecond.\n", "x")
    assert (rec.date, rec.lead, rec.text) == ("2024-05", "A lead.", "A lead.\n\nFirst.\n\nSecond.")


def test_key_entries_are_well_formed():
    key = events_key()
    ids = [e["id"] for e in key]
    assert len(ids) == len(set(ids))
    for e in key:
        assert KEY_DATE.match(e["date"]), e["id"]
        assert e["types"] and set(e["types"]) <= PLOVER, e["id"]  # a PLOVER interaction
        assert e["actors"], e["id"]
        assert e.get("part_of") in (None, *ids) and e.get("part_of") != e["id"]
        assert e["reports"], e["id"]


def test_key_evidence_occurs_in_the_cited_articles(texts):
    for e in events_key():
        for rep in e["reports"]:
            assert rep["article"] in texts, (e["id"], rep["article"])
            assert rep["role"] in ("main", "background")
            assert rep["evidence"], (e["id"], rep["article"])
            for sentence in rep["evidence"]:
                assert sentence in texts[rep["article"]], (e["id"], rep["article"], sentence)


def test_key_has_events_reported_several_times_in_both_languages(rows):
    lang = {r["id"]: r["lang"] for r in rows}
    multi = [e for e in events_key() if len({r["article"] for r in e["reports"]}) >= 2]
    assert len(multi) >= 8
    bilingual = [e for e in multi if len({lang[r["article"]] for r in e["reports"]}) == 2]
    assert len(bilingual) >= 8
    # every article reports at least one keyed event
    cited = {r["article"] for e in events_key() for r in e["reports"]}
    assert cited == set(lang)


def test_events_key_returns_a_fresh_copy():
    first = events_key()
    first[0]["id"] = "changed"
    assert events_key()[0]["id"] != "changed"
