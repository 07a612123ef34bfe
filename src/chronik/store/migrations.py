"""Numbered, named schema migrations, each applied in its own transaction and recorded in
`chronik_migrations` in that same transaction (a failed step stays pending).

Migration 1 is the whole portable schema (`schema.sql`); later steps may be backend-specific
(a step without a script for a backend is recorded as applied there without doing anything).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources as _ir

from chronik.errors import StoreError


@dataclass(frozen=True, slots=True)
class Migration:
    number: int
    name: str
    scripts: dict[str, str] = field(default_factory=dict)  # dialect or "*" -> file in store/

    def script_for(self, dialect: str) -> str | None:
        name = self.scripts.get(dialect, self.scripts.get("*"))
        if name is None:
            return None
        return _ir.files("chronik.store").joinpath(name).read_text(encoding="utf-8")


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", {"*": "schema.sql", "postgresql": "schema_postgres.sql"}),
    Migration(2, "sentence_search", {"sqlite": "fts_sqlite.sql", "postgresql": "fts_postgres.sql"}),
    Migration(3, "fusion_sides", {"*": "fusion_sides.sql"}),
)

CREATE_TABLE = """CREATE TABLE IF NOT EXISTS chronik_migrations (
    number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"""


def split_statements(script: str) -> list[str]:
    """Split an SQL script at `;` line ends, keeping BEGIN ... END; trigger bodies whole."""
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    for line in script.splitlines():
        code = line.split("--", 1)[0].strip()
        if not code and not buf:
            continue
        buf.append(line)
        upper = code.upper()
        if upper.endswith("BEGIN"):
            depth += 1
        if depth and upper.startswith("END;"):
            depth -= 1
            if depth == 0:
                out.append("\n".join(buf).strip().rstrip(";"))
                buf = []
            continue
        if not depth and code.endswith(";"):
            out.append("\n".join(buf).strip().rstrip(";"))
            buf = []
    if "".join(buf).strip():
        out.append("\n".join(buf).strip().rstrip(";"))
    return out


def pending(store) -> list[Migration]:
    """Migrations not yet applied to `store` (read only)."""
    done = {n for n, _, _ in store.migrations_applied()}
    return [m for m in MIGRATIONS if m.number not in done]


def migrate(store, migrations: tuple[Migration, ...] = MIGRATIONS) -> list[Migration]:
    """Apply every pending migration, each in its own transaction; return those applied."""
    lock = getattr(store, "migration_lock", None)  # PostgreSQL: one migrating server at a time
    if lock is not None:
        with lock():
            return _migrate(store, migrations)
    return _migrate(store, migrations)


def _migrate(store, migrations: tuple[Migration, ...]) -> list[Migration]:
    store.execute(CREATE_TABLE)
    done = {n for n, _, _ in store.migrations_applied()}
    applied: list[Migration] = []
    for m in sorted(migrations, key=lambda m: m.number):
        if m.number in done:
            continue
        script = m.script_for(store.dialect)
        try:
            with store.transaction():
                for stmt in split_statements(script or ""):
                    store.execute(stmt)
                store.execute("INSERT INTO chronik_migrations (number, name, applied_at) VALUES (?, ?, ?)",
                              (m.number, m.name, datetime.now(UTC).isoformat(timespec="seconds")))
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(f"{store.location}: migration {m.number} ({m.name}) failed: {exc}") from exc
        applied.append(m)
    return applied
