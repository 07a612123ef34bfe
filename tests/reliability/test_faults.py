"""Bad inputs and faults end to end: one `chronik ingest` over a folder holding every kind of
bad input next to good ones stores the good ones, names each bad one with its reason, exits 1,
and leaves a consistent store; an oversized file is refused without being read; an unreachable
store is a one-line error, never a traceback. (The per-reader details are in tests/readers.)"""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

import pytest
from rel_corpus import store_problems, stored_ids
from rel_fuzz import http_response, read_all, warc_record
from rel_proc import child_env, chronik_cmd

GOOD_TEXT = "date 2024-05-03 Treffen in Berlin\n\nAm Freitag traf Olaf Scholz in Berlin Emmanuel Macron.\n"


def _bad_folder(root: Path) -> dict[str, str]:
    """Write the inputs; returns {file name: a word its rejection reason must contain}."""
    root.mkdir()
    (root / "good.txt").write_text(GOOD_TEXT, "utf-8")
    (root / "good.jsonl").write_text(
        json.dumps({"id": "ok1", "text": "On May 2, 2024, Joe Biden met Olaf Scholz.", "date": "2024-05-02"})
        + "\n{broken json\n"
        + json.dumps({"id": "ok2", "text": "Putin warned the West.", "date": "2024-05-06"}) + "\n", "utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "binary.jsonl").write_bytes(b"\x00\x01\x02PNG\x00" * 100)
    (root / "bad_date.txt").write_text("date 2024-13-45 Kaputt\n\nText.\n\n" + GOOD_TEXT.replace("Freitag", "Samstag"), "utf-8")
    (root / "invalid_utf8.txt").write_bytes("date 2024-05-04 Gr\u00fc\u00dfe\n\nAm Samstag sprach Macron in Paris.\n"
                                            .encode("utf-8")[:-10] + b"\xff\xfe\xc3(" + b" Ende.\n")
    (root / "no_text.html").write_text("<html><head></head><body><script>var a = 1;</script> </body></html>", "utf-8")
    good_page = b"<html><body><article><p>" + b"Am 5. Juni 2025 traf Lee Jae-myung in Seoul Vertreter der Opposition. " * 3 + b"</p></article></body></html>"
    warc = b"".join(gzip.compress(warc_record(f"https://example.org/{i}", http_response(good_page + bytes([48 + i]))))
                    for i in range(3))
    (root / "truncated.warc.gz").write_bytes(warc[: len(warc) - 40])
    (root / "unknown.dat").write_bytes(b"just some words without any header or markup\n")
    return {"empty.txt": "empty", "binary.jsonl": "binary", "bad_date.txt": "date",
            "good.jsonl": "JSON", "no_text.html": "text", "truncated.warc.gz": "truncated",
            "unknown.dat": "format"}


def test_ingest_folder_of_bad_inputs_keeps_the_good_ones(tmp_path):
    folder = tmp_path / "inputs"
    expect = _bad_folder(folder)
    db = tmp_path / "faults.db"
    proc = subprocess.run(chronik_cmd("ingest", str(folder), "--db", str(db), "--workers", "1"),
                          capture_output=True, text=True, timeout=240, env=child_env(COLUMNS="400"))
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out[-3000:]
    assert "Traceback" not in out
    for name, word in expect.items():
        lines = [ln for ln in out.splitlines() if name in ln]
        assert lines, f"{name} is not reported:\n{out[-3000:]}"
        assert any(word.lower() in ln.lower() for ln in lines), f"{name}: {lines}"
    ids = stored_ids(db)
    assert {"ok1", "ok2"} <= set(ids)
    # good.txt, the good record of bad_date.txt, invalid_utf8.txt, the WARC records before the cut
    assert len(ids) >= 6, (ids, out[-2000:])
    assert not store_problems(db)
    # a second run adds nothing and loses nothing
    again = subprocess.run(chronik_cmd("ingest", str(folder), "--db", str(db), "--workers", "1", "-q"),
                           capture_output=True, text=True, timeout=240, env=child_env())
    assert again.returncode == 1
    assert sorted(stored_ids(db)) == sorted(ids)


def test_200_mb_file_is_refused_without_reading_it(tmp_path):
    for name in ("huge.html", "huge.rss", "huge.json"):
        p = tmp_path / name
        with open(p, "wb") as fh:  # sparse: 200 MB on paper, nothing on disk
            fh.write(b"<html><body>")
            fh.truncate(200 * 1024 * 1024)
        articles, errors = read_all(p)
        assert not articles and len(errors) == 1
        assert "limit" in errors[0].reason or "binary" in errors[0].reason, errors[0].reason


def test_huge_streamed_file_of_nul_bytes_is_refused_as_binary(tmp_path):
    p = tmp_path / "huge.jsonl"
    with open(p, "wb") as fh:
        fh.truncate(200 * 1024 * 1024)
    articles, errors = read_all(p)
    assert not articles and "binary" in errors[0].reason


def test_store_folder_missing_is_a_one_line_error(tmp_path):
    proc = subprocess.run(chronik_cmd("ingest", "-", "--db", str(tmp_path / "no" / "such" / "x.db")),
                          input=GOOD_TEXT, capture_output=True, text=True, timeout=120, env=child_env())
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and "does not exist" in proc.stderr, proc.stderr[-1000:]


def test_postgresql_unreachable_is_a_clear_error():
    pytest.importorskip("psycopg", reason="psycopg is not installed: pip install 'chronik[postgres]'")
    proc = subprocess.run(chronik_cmd("stats", "--db", "postgresql://chronik@127.0.0.1:1/nothing"),
                          capture_output=True, text=True, timeout=120, env=child_env())
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "cannot connect" in proc.stderr and "127.0.0.1:1" in proc.stderr, proc.stderr[-1000:]


def test_dates_at_the_calendar_edges(tmp_path):
    """Articles dated 0001-01-01 and 9999-12-31 (with "tomorrow", "yesterday", "next year"
    in the text) are analysed, stored and fused, and every page over that store answers."""
    import logging

    from starlette.testclient import TestClient

    from chronik.engines.ingest import ingest
    from chronik.readers import read_paths
    from chronik.store import open_store
    from chronik.web.app import create_app

    src = Path(__file__).resolve().parent / "crashers" / "text-calendar-edge-dates.txt"
    db = tmp_path / "edge.db"
    store = open_store(str(db))
    try:
        report = ingest(store, read_paths([str(src)]), workers=1)
    finally:
        store.close()
    assert report.ingested == 4 and not report.rejected, [str(e) for e in report.rejected]
    assert not store_problems(db)
    logging.getLogger("chronik.web").disabled = True
    try:
        with TestClient(create_app(db), raise_server_exceptions=False) as c:
            for path in ("/", "/timeline", "/timeline?lanes=actor", "/timeline?full=1",
                         "/timeline?zoom=day&at=9999-12-31", "/timeline?zoom=month&at=0001-01",
                         "/timeline?zoom=year&at=9999", "/timeline?since=0001&until=0001",
                         "/api/timeline?since=0001&until=9999", "/entities/1", "/api/entities/1",
                         "/events/1", "/search?q=Macron"):
                r = c.get(path)
                assert r.status_code < 500, f"{path}: {r.status_code}"
    finally:
        logging.getLogger("chronik.web").disabled = False
