"""The in-memory knowledge base: lookup by id, type, dated role and alias."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from chronik.kb.model import AliasKind, KBEntity, Role
from chronik.kb.names import name_key


class KnowledgeBase:
    """Entities indexed by id, type, (role key, country or org) and name key."""

    def __init__(self, entities: Iterable[KBEntity], role_rank: dict[str, int] | None = None,
                 problems: Iterable[Exception] = ()) -> None:
        self._by_id: dict[str, KBEntity] = {}
        for ent in entities:
            self._by_id[ent.id] = ent
        self._rank = dict(role_rank or {})
        self.problems: tuple[Exception, ...] = tuple(problems)
        self._by_type: dict[str, list[KBEntity]] = {}
        self._holders: dict[tuple[str, str], list[tuple[Role, str]]] = {}
        for ent in self._by_id.values():
            self._by_type.setdefault(ent.type, []).append(ent)
            for role in ent.roles:
                for scope in {role.country, role.org} - {None}:
                    self._holders.setdefault((role.key, scope), []).append((role, ent.id))
        self._keys: dict[str, list[str]] | None = None

    @classmethod
    def from_files(cls, paths, on_error=None, on_warning=None) -> KnowledgeBase:
        """A KB from JSON Lines files or folders of them (see chronik.kb.load.read_files)."""
        from chronik.kb.load import read_files

        return read_files(paths, on_error=on_error, on_warning=on_warning)

    # -- basic access -------------------------------------------------------------------
    def get(self, entity_id: str) -> KBEntity | None:
        return self._by_id.get(entity_id)

    def __getitem__(self, entity_id: str) -> KBEntity:
        return self._by_id[entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def by_type(self, type_: str) -> list[KBEntity]:
        return list(self._by_type.get(type_, ()))

    def rank(self, role_key: str) -> int:
        """Seniority of a role key (lower = more senior; unknown keys last)."""
        return self._rank.get(role_key, 999)

    # -- dated roles --------------------------------------------------------------------
    def roles_at(self, entity_id: str, date: str | None) -> list[Role]:
        """Every role of the entity valid at `date` (None: now), most senior first."""
        ent = self._by_id.get(entity_id)
        if ent is None:
            return []
        valid = [r for r in ent.roles if r.valid_at(date)]
        valid.sort(key=lambda r: r.start or "", reverse=True)
        valid.sort(key=lambda r: self.rank(r.key))
        return valid

    def role_at(self, entity_id: str, date: str | None) -> Role | None:
        """The role valid at `date` (YYYY, YYYY-MM or YYYY-MM-DD; None: now); most senior wins."""
        roles = self.roles_at(entity_id, date)
        return roles[0] if roles else None

    def holders(self, role_key: str, country: str, date: str | None) -> list[KBEntity]:
        """Who held `role_key` of `country` (alpha-3, or an org's entity id) at `date`.

        Latest start first, so a month in which the office changed hands lists the
        newcomer first.
        """
        pairs = [(r, eid) for r, eid in self._holders.get((role_key, country), ()) if r.valid_at(date)]
        pairs.sort(key=lambda p: p[0].start or "", reverse=True)
        out: list[KBEntity] = []
        for _, eid in pairs:
            ent = self._by_id[eid]
            if ent not in out:
                out.append(ent)
        return out

    # -- names --------------------------------------------------------------------------
    def aliases(self, lang: str | None = None) -> Iterator[tuple[str, str, AliasKind]]:
        """Yield (alias, entity id, kind) for one language (None: every language).

        kind: name (label or alias), short (surname usable after the full name), adjective
        and demonym (states), metonym (a capital's or seat's names standing for a state).
        """
        for ent in self._by_id.values():
            langs = [lang] if lang else sorted(set(ent.aliases) | set(ent.adjectives) | set(ent.demonyms))
            seen: set[str] = set()
            names = [ent.name] if (lang in (None, "en")) else []
            for lg in langs:
                names.extend(ent.aliases.get(lg, ()))
            for n in names:
                if n not in seen:
                    seen.add(n)
                    yield n, ent.id, "name"
            for n in ent.short:
                yield n, ent.id, "short"
            for lg in langs:
                for n in ent.adjectives.get(lg, ()):
                    yield n, ent.id, "adjective"
                for n in ent.demonyms.get(lg, ()):
                    yield n, ent.id, "demonym"
            for mid in ent.metonyms:
                met = self._by_id.get(mid)
                if met is None:
                    continue
                for n in (met.names(lang) if lang else met.names()):
                    yield n, ent.id, "metonym"

    def find(self, name: str) -> list[KBEntity]:
        """Entities one of whose names has the same name key as `name` (see names.name_key)."""
        if self._keys is None:
            keys: dict[str, list[str]] = {}
            for ent in self._by_id.values():
                for n in set(ent.names()) | {ent.id}:
                    ids = keys.setdefault(name_key(n), [])
                    if ent.id not in ids:
                        ids.append(ent.id)
            self._keys = keys
        return [self._by_id[i] for i in self._keys.get(name_key(name), ())]
