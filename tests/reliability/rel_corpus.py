"""Generated news-like articles for the crash, concurrency and load tests (written here: short
German and English reports of meetings, statements and sanctions with dates, so that every
stage, the store and fusion have work; many reports share an event, as real coverage does),
and the consistency checks a store must pass after any crash."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

PEOPLE_DE = [("Olaf Scholz", "Berlin"), ("Emmanuel Macron", "Paris"), ("Wladimir Putin", "Moskau"),
             ("Kim Jong Un", "Pjöngjang"), ("Xi Jinping", "Peking"), ("Joe Biden", "Washington"),
             ("Sergej Lawrow", "Moskau"), ("Antony Blinken", "Washington")]
PEOPLE_EN = [("Olaf Scholz", "Berlin"), ("Emmanuel Macron", "Paris"), ("Vladimir Putin", "Moscow"),
             ("Kim Jong Un", "Pyongyang"), ("Xi Jinping", "Beijing"), ("Joe Biden", "Washington"),
             ("Sergei Lavrov", "Moscow"), ("Antony Blinken", "Washington")]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
TOPICS_DE = ["Handel", "Sicherheit", "Energie", "die Lage in der Region", "Sanktionen"]
TOPICS_EN = ["trade", "security", "energy", "the situation in the region", "sanctions"]


def article(i: int, rnd: random.Random) -> dict:
    """One short report; `i` makes its text unique (a serial number in the last line)."""
    day, month = rnd.randint(1, 28), rnd.randint(1, 12)
    year = rnd.choice([2023, 2024, 2025])
    if rnd.random() < 0.6:
        (a, city), (b, _) = rnd.sample(PEOPLE_DE, 2)
        m = MONTHS_DE[month - 1]
        text = (f"Am {day}. {m} {year} traf {a} in {city} {b}. Die beiden sprachen über "
                f"{rnd.choice(TOPICS_DE)}. „Wir haben offen geredet“, sagte {a.split()[-1]} danach. "
                f"{b.split()[-1]} kündigte an, im nächsten Monat erneut zu reisen.\n\n"
                f"Meldung Nummer {i}.")
        lang = "de"
    else:
        (a, city), (b, _) = rnd.sample(PEOPLE_EN, 2)
        m = MONTHS_EN[month - 1]
        text = (f"{a} met {b} in {city} on {m} {day}, {year}. They discussed "
                f"{rnd.choice(TOPICS_EN)}. \"The talks were frank,\" {a.split()[-1]} said. "
                f"{b.split()[-1]} warned that sanctions would follow.\n\nReport number {i}.")
        lang = "en"
    pub = f"{year}-{month:02d}-{min(28, day + rnd.randint(0, 2)):02d}"
    return {"id": f"gen{i:06d}", "text": text, "date": pub, "lang": lang,
            "source": rnd.choice(["Agentur A", "Zeitung B", "Wire C", "Sender D"]),
            "title": f"Bericht {i}"}


def write_corpus(path: Path, n: int, seed: int = 11, start: int = 0) -> list[str]:
    """Write `n` articles as JSON Lines; returns their ids."""
    rnd = random.Random(seed)
    ids = []
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            rec = article(i, rnd)
            ids.append(rec["id"])
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return ids


# -- consistency of a store after a crash ----------------------------------------------------
CHECKS = {
    "an article without sentences":
        "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)",
    "a sentence missing from the search index":
        "SELECT (SELECT count(*) FROM sentences) - (SELECT count(*) FROM sentences_fts)",
    "an analysed article whose entity mentions lack their entity":
        "SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM article_entities ae "
        "WHERE ae.article_id = m.article_id AND ae.local_id = m.local_id)",
    "an event of an article stored without analysis":
        "SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id WHERE a.pipeline_version IS NULL",
    "an event not fused into the timeline":
        "SELECT count(*) FROM events WHERE timeline_event_id IS NULL",
    "an event whose timeline event does not exist":
        "SELECT count(*) FROM events e WHERE e.timeline_event_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM timeline_events t WHERE t.id = e.timeline_event_id)",
    "an event in more or fewer than one timeline event":
        "SELECT count(*) FROM events e WHERE (SELECT count(*) FROM timeline_event_mentions m "
        "WHERE m.event_id = e.id) != 1",
    "an event whose mention row names another timeline event":
        "SELECT count(*) FROM timeline_event_mentions m JOIN events e ON e.id = m.event_id "
        "WHERE e.timeline_event_id != m.timeline_event_id",
    "a timeline event without mentions":
        "SELECT count(*) FROM timeline_events t WHERE NOT EXISTS "
        "(SELECT 1 FROM timeline_event_mentions m WHERE m.timeline_event_id = t.id)",
    "a timeline event whose mention count is wrong":
        "SELECT count(*) FROM timeline_events t WHERE t.n_mentions != "
        "(SELECT count(*) FROM timeline_event_mentions m WHERE m.timeline_event_id = t.id)",
    "a duplicated content hash":
        "SELECT count(*) - count(DISTINCT content_hash) FROM articles",
}


def store_problems(db: Path) -> list[str]:
    """Everything wrong with a store: integrity, foreign keys, half-written analysis or fusion."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        out = []
        ok = conn.execute("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in ok] != [("ok",)]:
            out.append(f"integrity_check: {ok[:5]}")
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            out.append(f"foreign_key_check: {len(fk)} rows, e.g. {fk[:3]}")
        for what, sql in CHECKS.items():
            n = conn.execute(sql).fetchone()[0]
            if n:
                out.append(f"{n} × {what}")
        return out
    finally:
        conn.close()


def stored_ids(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM articles")]
    finally:
        conn.close()
