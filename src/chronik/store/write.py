"""Writing articles and their analyses: one article, one transaction (a savepoint inside a
batch), so a failure rolls back exactly that article and names it.

`Writer.write(analysis)` stores the article record, its sentences (with stems for search),
entities (resolved to global ones), mentions, timexes, events with participants, quotes and
attributions, then fuses its events into the timeline. A second write of the same content is
a duplicate and adds nothing; `replace=True` (re-analysis) swaps the article's rows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from chronik.errors import StoreError
from chronik.fusion.match import ANTERIOR_CUE, Mention, is_vague_key, publication_days
from chronik.fusion.merge import KEY_INSERT
from chronik.fusion.merge import key_rows as fusion_key_rows
from chronik.model import Analysis, Article, content_id
from chronik.periods import period
from chronik.store.entities import EntityResolver, entity_key
from chronik.store.stem import stem_text


@dataclass
class WriteSummary:
    """What a batch of writes did; failures name their article."""

    ingested: int = 0
    duplicates: int = 0
    replaced: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (article id/origin, reason)

    def add(self, other: WriteSummary) -> None:
        self.ingested += other.ingested
        self.duplicates += other.duplicates
        self.replaced += other.replaced
        self.failed.extend(other.failed)


def _json(value) -> str | None:
    return json.dumps(list(value), ensure_ascii=False) if value else None


class Writer:
    """The single writer of a store: resolves entities and fuses events as it writes."""

    def __init__(self, store, *, pipeline_version: str | None = None, fuse: bool = True) -> None:
        import chronik

        self.store = store
        self.resolver = EntityResolver(store)
        self.pipeline_version = pipeline_version or chronik.PIPELINE_VERSION
        self.fuse = fuse
        self._refuse_after: list[int] | None = None
        self._mentions: dict = {}  # the article's events as fusion sees them (no re-read)

    # -- batches ------------------------------------------------------------------------
    def write_many(self, items: Iterable[tuple[Analysis, bool]], *,
                   replace: bool = False) -> WriteSummary:
        """Write (analysis, analyzed) pairs in one transaction, each article in a savepoint."""
        summary = WriteSummary()
        with self.store.transaction():
            written: list[str] = []
            for analysis, analyzed in items:
                one = self._write_one(analysis, analyzed, replace)
                if one.ingested or one.replaced:
                    written.append(analysis.article.id)
                summary.add(one)
            self.store.index_sentences(written)  # searchable in the same transaction
        return summary

    def write(self, analysis: Analysis, *, analyzed: bool = True,
              replace: bool = False) -> WriteSummary:
        """Store one article and everything read from it, atomically."""
        return self.write_many([(analysis, analyzed)], replace=replace)

    def _write_one(self, analysis: Analysis, analyzed: bool, replace: bool) -> WriteSummary:
        art = analysis.article
        out = WriteSummary()
        try:
            with self.store.transaction():
                status = self._write_article(art, analyzed, replace)
                if status == "duplicate":
                    out.duplicates += 1
                    return out
                self._write_analysis(analysis)
        except Exception as exc:  # roll back this article only, name it, carry on
            self.resolver.clear()  # cached ids may belong to rolled-back rows
            out.failed.append((art.origin or art.id, f"cannot store article {art.id}: {exc}"))
            return out
        if status == "replaced":
            out.replaced += 1
        else:
            out.ingested += 1
        return out

    # -- one article --------------------------------------------------------------------
    def _write_article(self, art: Article, analyzed: bool, replace: bool) -> str:
        p = period(art.date)
        chash = content_id(art.text, art.date, art.title)
        row = (art.id, chash, art.date, art.date_refined, p.granularity if p else None, art.lang,
               art.source, art.url, art.title, art.text,
               json.dumps(dict(art.meta), ensure_ascii=False, default=str) if art.meta else None,
               art.origin, self.pipeline_version if analyzed else None,
               datetime.now(UTC).isoformat(timespec="seconds"))
        got = self.store.query_one(
            "INSERT INTO articles (id, content_hash, date, date_refined, precision, lang, source, "
            "url, title, text, meta, origin, pipeline_version, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id", row)
        if got is not None:
            return "ingested"
        if not replace:
            return "duplicate"
        existing = self.store.query_one("SELECT id FROM articles WHERE id = ? OR content_hash = ?",
                                        (art.id, chash))
        if existing is None:
            raise StoreError(f"article {art.id} conflicts with a stored one but cannot be found")
        if existing[0] != art.id:
            raise StoreError(f"article {art.id} has the content of stored article {existing[0]}")
        groups = clear_analysis(self.store, art.id)
        self.store.execute(
            "UPDATE articles SET date_refined = ?, lang = ?, pipeline_version = ? WHERE id = ?",
            (art.date_refined, art.lang, self.pipeline_version if analyzed else None, art.id))
        self._refuse_after = groups
        return "replaced"

    def _write_analysis(self, a: Analysis) -> None:
        art, st = a.article, self.store
        aid = art.id
        st.executemany(
            "INSERT INTO sentences (article_id, idx, start_char, end_char, text, stemmed) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, i, s.start, s.end, s.text, stem_text(s.text, art.lang))
             for i, s in enumerate(a.sentences)])
        ids: dict[str, tuple[int, int]] = {}
        ent_rows, mention_rows = [], []
        for e in a.entities:
            cur, orig = self.resolver.resolve(e)
            ids[e.id] = (cur, orig)
            ent_rows.append((aid, e.id, cur, orig, e.name, e.type, e.role))
            mention_rows.extend((aid, e.id, cur, orig, m.start, m.end, m.text) for m in e.mentions)
        st.executemany("INSERT INTO article_entities (article_id, local_id, entity_id, entity_orig, "
                       "name, type, role) VALUES (?, ?, ?, ?, ?, ?, ?)", ent_rows)
        st.executemany("INSERT INTO mentions (article_id, local_id, entity_id, entity_orig, "
                       "start_char, end_char, text) VALUES (?, ?, ?, ?, ?, ?, ?)", mention_rows)
        st.executemany(
            "INSERT INTO timexes (article_id, local_id, start_char, end_char, text, type, value, "
            "anchor, mod, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, t.id, t.span.start, t.span.end, t.span.text, t.type, t.value, t.anchor, t.mod,
              t.rule) for t in a.timexes])
        glob = lambda local: ids[local][0] if local in ids else None  # noqa: E731
        st.executemany(
            "INSERT INTO quotes (article_id, idx, start_char, end_char, text, type, speaker, "
            "speaker_text, cue, addressee) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, i, q.span.start, q.span.end, q.span.text, q.type, glob(q.speaker),
              q.speaker_text, q.cue, glob(q.addressee)) for i, q in enumerate(a.quotes)])
        st.executemany(
            "INSERT INTO attributions (article_id, idx, start_char, end_char, text, sources, via, "
            "source_text, cue, modality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, i, x.span.start, x.span.end, x.span.text,
              _json(g for g in map(glob, x.sources) if g is not None),
              _json(g for g in map(glob, x.via) if g is not None), x.source_text, x.cue,
              x.modality) for i, x in enumerate(a.attributions)])
        event_ids = self._write_events(a, ids)
        groups, self._refuse_after = self._refuse_after, None
        if self.fuse:
            from chronik.fusion.merge import fuse_events, refuse_groups

            if groups:
                refuse_groups(st, groups)
            fuse_events(st, event_ids, known=self._mentions)

    def _write_events(self, a: Analysis, ids: dict[str, tuple[int, int]]) -> list[int]:
        st, aid = self.store, a.article.id
        day, last = publication_days(a.article.date, a.article.date_refined)
        vague = {ids[e.id][0] for e in a.entities if e.id in ids and is_vague_key(entity_key(e))}
        out: list[int] = []
        part_rows, key_rows = [], []
        self._mentions = {}
        next_id = int(st.query_one("SELECT coalesce(max(id), 0) FROM events")[0]) + 1
        event_rows = []
        for v in a.events:
            p = period(v.date.value)
            loc = ids.get(v.location or "", (None, None))[0]
            eid, next_id = next_id, next_id + 1  # explicit ids: one executemany, no RETURNING
            event_rows.append(
                (eid, aid, v.id, v.type, v.mode, _json(v.context), loc, v.date.value, v.date.timex,
                 p.start.isoformat() if p else None, p.end.isoformat() if p else None, v.modality,
                 float(v.confidence), v.evidence.start, v.evidence.end, v.evidence.text,
                 v.trigger.start if v.trigger else None, v.trigger.end if v.trigger else None,
                 v.trigger.text if v.trigger else None, _json(v.cues)))
            out.append(eid)
            seen: set[tuple[str, int]] = set()
            parties: set[int] = set()
            roles: dict[str, set[int]] = {"actor": set(), "recipient": set()}
            for role, locals_ in (("actor", v.actors), ("recipient", v.recipients),
                                  ("source", v.sources)):
                for local in locals_:
                    if local in ids and (role, ids[local][0]) not in seen:
                        seen.add((role, ids[local][0]))
                        part_rows.append((eid, role, ids[local][0], ids[local][1]))
                        if role != "source":
                            parties.add(ids[local][0])
                            roles[role].add(ids[local][0])
            info = {g: self.resolver.info(g) for g in parties}
            self._mentions[eid] = m = Mention(
                eid, aid, v.id, v.type, frozenset(roles["actor"]),
                frozenset(roles["recipient"] - roles["actor"]), p, day, v.modality == "negated",
                float(v.confidence), None, (v.evidence.start, v.evidence.end),
                tuple(sorted((g, info[g][1]) for g in parties if info[g][1])),
                frozenset(g for g in parties if info[g][0] == "GPE" and info[g][1]),
                ANTERIOR_CUE in v.cues, last if last != day else None,
                frozenset(g for g in parties if g in vague))
            key_rows.extend(fusion_key_rows(m))
        st.executemany(
            "INSERT INTO events (id, article_id, local_id, type, mode, context, location, date, "
            "date_timex, date_start, date_end, modality, confidence, evidence_start, evidence_end, "
            "evidence_text, trigger_start, trigger_end, trigger_text, cues) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", event_rows)
        st.executemany("INSERT INTO event_participants (event_id, role, entity_id, entity_orig) "
                       "VALUES (?, ?, ?, ?)", part_rows)
        st.executemany(KEY_INSERT, key_rows)
        return out


def clear_analysis(store, article_id: str) -> list[int]:
    """Delete everything read from an article (not the article); returns the fusion groups
    its events belonged to, which the caller re-fuses."""
    groups = sorted({int(r[0]) for r in store.query(
        "SELECT DISTINCT fusion_group FROM events WHERE article_id = ? AND fusion_group IS NOT NULL",
        (article_id,))})
    tl = [int(r[0]) for r in store.query(
        "SELECT DISTINCT timeline_event_id FROM events WHERE article_id = ? "
        "AND timeline_event_id IS NOT NULL", (article_id,))]
    for table in ("events", "sentences", "mentions", "article_entities", "timexes", "quotes",
                  "attributions"):
        store.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    for t in tl:
        store.execute("DELETE FROM timeline_events WHERE id = ? AND NOT EXISTS "
                      "(SELECT 1 FROM timeline_event_mentions WHERE timeline_event_id = ?)", (t, t))
    return groups
