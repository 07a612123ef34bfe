"""Reading stored articles back (re-analysis, exports)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from chronik.model import Article


def stored_articles(store, outdated_than: str | None = None, *, page: int = 500) -> Iterator[Article]:
    """Stored articles (all, or those whose pipeline version is not `outdated_than`).

    Ids are read first, so rewriting articles while iterating is safe.
    """
    if outdated_than is None:
        ids = [r[0] for r in store.query("SELECT id FROM articles ORDER BY id")]
    else:
        ids = [r[0] for r in store.query(
            "SELECT id FROM articles WHERE pipeline_version IS NULL OR pipeline_version <> ? "
            "ORDER BY id", (outdated_than,))]
    for i in range(0, len(ids), page):
        part = ids[i:i + page]
        rows = store.query("SELECT id, text, date, title, lang, source, url, meta, origin FROM articles "
                           f"WHERE id IN ({','.join('?' * len(part))}) ORDER BY id", part)
        for r in rows:
            meta = json.loads(r[7]) if r[7] else {}
            yield Article(id=r[0], text=r[1], date=r[2], title=r[3], lang=r[4], source=r[5], url=r[6],
                          origin=r[8], meta=tuple(sorted(meta.items())))
