"""Entity resolution across articles, and explainable, undoable merges.

An article's entity becomes a global entity by its KB id ("kb:Q…"); a name without one by its
normalized name key ("name:…"), or by the one known entity already called that way. A merge
(`chronik entity-merge A B`) points B at A and moves B's rows; every row keeps the entity
resolution first chose (`entity_orig`), so undoing a merge moves exactly those rows back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from chronik.errors import UsageError
from chronik.model import GENERIC_KEY_PREFIX, Entity
from chronik.store.names import name_key

# generic groups of the events stage ("police (GEO)"): resolved by their key alone
_GENERIC = "name:" + GENERIC_KEY_PREFIX
# tables whose rows hold (entity_id current, entity_orig as resolved)
_ENTITY_TABLES = ("article_entities", "mentions", "event_participants")


def entity_key(ent: Entity) -> str:
    if ent.kb:
        return f"kb:{ent.kb}"
    return "name:" + (ent.key or name_key(ent.name))


class EntityResolver:
    """Maps article entities to global entity ids; caches keys for the life of a writer."""

    def __init__(self, store) -> None:
        self.store = store
        self._ids: dict[str, int] = {}
        self._canon: dict[int, int] = {}
        self._names: set[tuple[int, str]] = set()
        self._info: dict[int, tuple[str | None, str | None]] = {}

    def clear(self) -> None:
        self._info.clear()
        self._ids.clear()
        self._canon.clear()
        self._names.clear()

    def canonical(self, entity_id: int) -> int:
        """Follow merges to the entity that stands for `entity_id` now."""
        hit = self._canon.get(entity_id)
        if hit is not None:
            return hit
        cur, seen = entity_id, set()
        while cur not in seen:
            seen.add(cur)
            row = self.store.query_one("SELECT merged_into FROM entities WHERE id = ?", (cur,))
            if row is None or row[0] is None:
                break
            cur = int(row[0])
        self._canon[entity_id] = cur
        return cur

    def resolve(self, ent: Entity) -> tuple[int, int]:
        """(current id, original id) of the global entity for one article entity."""
        key = entity_key(ent)
        eid = self._ids.get(key)
        if eid is None:
            row = self.store.query_one("SELECT id FROM entities WHERE key = ?", (key,))
            if row is None and not ent.kb and not key.startswith(_GENERIC):
                eid = self._by_name(key[5:])
            elif row is not None:
                eid = int(row[0])
            if eid is None:
                eid = self.store.insert_id(
                    "INSERT INTO entities (key, kb, name, type, country) VALUES (?, ?, ?, ?, ?) "
                    "RETURNING id", (key, ent.kb, ent.name, ent.type, ent.country))
                self._info[eid] = (ent.type, ent.country)
            self._ids[key] = eid
        if not key.startswith(_GENERIC):  # "Polizei" names no one entity across articles
            self._remember_names(eid, ent)
        return self.canonical(eid), eid

    def info(self, entity_id: int) -> tuple[str | None, str | None]:
        """(type, country) of a global entity as stored (what fusion compares everywhere)."""
        hit = self._info.get(entity_id)
        if hit is None:
            row = self.store.query_one("SELECT type, country FROM entities WHERE id = ?", (entity_id,))
            hit = self._info[entity_id] = (row[0], row[1]) if row else (None, None)
        return hit

    def _by_name(self, nkey: str) -> int | None:
        """The one known entity whose name this is: its full name, or its surname part
        ("Shoigu" for "Sergei Shoigu"); never a role noun that happened to refer to it."""
        rows = self.store.query(
            "SELECT DISTINCT n.entity_id, e.name FROM entity_names n JOIN entities e "
            "ON e.id = n.entity_id WHERE n.name_key = ?", (nkey,))
        ids = set()
        for eid, canonical in rows:
            words = canonical.split()
            if name_key(canonical) == nkey or (len(words) > 1 and name_key(words[-1]) == nkey):
                ids.add(self.canonical(int(eid)))
        return ids.pop() if len(ids) == 1 else None

    def _remember_names(self, eid: int, ent: Entity) -> None:
        names = {ent.name, *(m.text for m in ent.mentions)}
        rows = []
        for n in names:
            k = name_key(n)
            if k and (eid, k) not in self._names:
                self._names.add((eid, k))
                rows.append((eid, k, n))
        if rows:
            self.store.executemany(
                "INSERT INTO entity_names (entity_id, name_key, name) VALUES (?, ?, ?) "
                "ON CONFLICT DO NOTHING", rows)


@dataclass(frozen=True, slots=True)
class MergeRecord:
    id: int
    winner: int
    loser: int
    reason: str
    created_at: str
    undone_at: str | None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _canonical(store, entity_id: int) -> int:
    return EntityResolver(store).canonical(entity_id)


def _affected_events(store, entity_ids: list[int]) -> list[int]:
    marks = ",".join("?" * len(entity_ids))
    return [int(r[0]) for r in store.query(
        f"SELECT DISTINCT event_id FROM event_participants WHERE entity_id IN ({marks})", entity_ids)]


def merge_entities(store, winner: int, loser: int, reason: str) -> MergeRecord:
    """Make `loser` an alias of `winner` (one transaction; fused events are re-fused)."""
    from chronik.fusion.merge import refresh_fusion_keys, refuse_events

    winner, loser = _canonical(store, winner), _canonical(store, loser)
    if winner == loser:
        raise UsageError("these names already stand for the same entity")
    with store.transaction():
        store.execute("UPDATE entities SET merged_into = ? WHERE id = ?", (winner, loser))
        for table in _ENTITY_TABLES:
            store.execute(f"UPDATE {table} SET entity_id = ? WHERE entity_id = ?", (winner, loser))
        mid = store.insert_id(
            "INSERT INTO entity_merges (winner, loser, reason, created_at) VALUES (?, ?, ?, ?) "
            "RETURNING id", (winner, loser, reason, _now()))
        affected = _affected_events(store, [winner])
        refresh_fusion_keys(store, affected)
        refuse_events(store, affected)
    return get_merge(store, mid)


def undo_merge(store, merge_id: int) -> MergeRecord:
    """Undo one merge: the loser (and what was merged into it) gets its own rows back."""
    from chronik.fusion.merge import refresh_fusion_keys, refuse_events

    rec = get_merge(store, merge_id)
    if rec.undone_at:
        raise UsageError(f"merge {merge_id} was already undone at {rec.undone_at}")
    with store.transaction():
        store.execute("UPDATE entities SET merged_into = NULL WHERE id = ? AND merged_into = ?",
                      (rec.loser, rec.winner))
        store.execute("UPDATE entity_merges SET undone_at = ? WHERE id = ?", (_now(), merge_id))
        resolver = EntityResolver(store)
        touched: set[int] = set()
        for table in _ENTITY_TABLES:
            origs = [int(r[0]) for r in store.query(
                f"SELECT DISTINCT entity_orig FROM {table} WHERE entity_id = ?", (rec.winner,))]
            for orig in origs:
                now = resolver.canonical(orig)
                if now != rec.winner:
                    store.execute(f"UPDATE {table} SET entity_id = ? WHERE entity_orig = ?",
                                  (now, orig))
                    touched.add(now)
        affected = _affected_events(store, [rec.winner, *sorted(touched)])
        refresh_fusion_keys(store, affected)
        refuse_events(store, affected)
    return get_merge(store, merge_id)


def get_merge(store, merge_id: int) -> MergeRecord:
    row = store.query_one("SELECT id, winner, loser, reason, created_at, undone_at "
                          "FROM entity_merges WHERE id = ?", (merge_id,))
    if row is None:
        raise UsageError(f"no merge with id {merge_id} (see `chronik entity-merge --list`)")
    return MergeRecord(*row)


def list_merges(store) -> list[MergeRecord]:
    return [MergeRecord(*r) for r in store.query(
        "SELECT id, winner, loser, reason, created_at, undone_at FROM entity_merges ORDER BY id")]
