"""Build `corpus.jsonl` from the hand-written `corpus/*.txt` records.

The .txt files are the single source of the demo corpus; the JSON Lines copy is derived
from them (plus `corpus_meta.yaml` for language and outlet) so the two cannot drift.
The text of a record is built the way the text-record reader builds it:
`lead + "\n\n" + body`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from chronik.resources import parse_yaml

HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+(\S.*)$")


@dataclass(frozen=True)
class DemoRecord:
    """One demo article as read from its .txt file."""

    id: str
    date: str
    lead: str
    body: str

    @property
    def text(self) -> str:
        return self.lead + "\n\n" + self.body


def parse_record(raw: str, name: str = "<record>") -> DemoRecord:
    """Parse one seed-format record: `date <DATE> <lead>`, blank line, body paragraphs."""
    lines = raw.replace("\r\n", "\n").lstrip("\ufeff").split("\n")
    m = HEADER.match(lines[0]) if lines else None
    if not m:
        raise ValueError(f"{name}: first line must be 'date YYYY[-MM[-DD]] <lead>'")
    if len(lines) < 3 or lines[1].strip():
        raise ValueError(f"{name}: expected a blank line after the header")
    body = "\n".join(lines[2:]).strip("\n")
    if not body.strip():
        raise ValueError(f"{name}: empty body")
    return DemoRecord(id=name, date=m.group(1), lead=m.group(2).strip(), body=body)


def read_corpus(corpus_dir: Path) -> list[DemoRecord]:
    """All records of the corpus folder, sorted by id (= file stem)."""
    return [parse_record(p.read_text("utf-8"), p.stem) for p in sorted(corpus_dir.glob("*.txt"))]


def _slug(source: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", source.lower()).strip("-")


def build_rows(corpus_dir: Path, meta_path: Path) -> list[dict]:
    """JSON Lines rows (id, url, date, title, text, lang, source) for every .txt record."""
    meta = parse_yaml(meta_path.read_text("utf-8"))["articles"]
    rows = []
    for rec in read_corpus(corpus_dir):
        if rec.id not in meta:
            raise ValueError(f"{rec.id}: no entry in {meta_path.name}")
        info = meta[rec.id]
        rows.append({
            "id": rec.id,
            "url": f"https://example.org/{_slug(info['source'])}/{rec.date}/{rec.id}",
            "date": rec.date,
            "title": rec.lead,
            "text": rec.text,
            "lang": info["lang"],
            "source": info["source"],
        })
    missing = set(meta) - {r["id"] for r in rows}
    if missing:
        raise ValueError(f"{meta_path.name} lists articles without a .txt file: {sorted(missing)}")
    return rows


def render_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
