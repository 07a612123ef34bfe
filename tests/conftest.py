"""Shared fixtures, written by the team. Tests that need ../shared skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "000_e7a62df085985c21.txt"
SEED_GOLD = SHARED / "gold" / "000_e7a62df085985c21.gold.json"


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared is not beside this checkout")
    return path


@pytest.fixture
def seed_path() -> Path:
    return need_shared(SEED)


@pytest.fixture
def seed_gold() -> dict:
    import json

    return json.loads(need_shared(SEED_GOLD).read_text("utf-8"))
