"""The bundled demo corpus: short dated news articles (German and English) about
North Korea, Russia and Ukraine in 2023–2025, written for chronik, plus an answer key
listing which articles report which real-world event.

Everything is package data, located with importlib.resources so it works from a wheel.
"""

from __future__ import annotations

import functools
from importlib import resources as _ir
from pathlib import Path

from chronik.resources import parse_yaml

__all__ = ["corpus_dir", "corpus_jsonl", "corpus_meta", "events_key"]


def _path(name: str) -> Path:
    # The package is installed unzipped (editable or wheel), so the Traversable is a real path.
    return Path(str(_ir.files(__name__).joinpath(name)))


def corpus_dir() -> Path:
    """Folder with one seed-format record per article (`NNN_<slug>.txt`)."""
    return _path("corpus")


def corpus_jsonl() -> Path:
    """The same corpus as JSON Lines (id, url, date, title, text, lang, source)."""
    return _path("corpus.jsonl")


def corpus_meta() -> Path:
    """Per-article language and outlet, used to build the JSON Lines copy."""
    return _path("corpus_meta.yaml")


@functools.cache
def _load_key() -> tuple[dict, ...]:
    data = parse_yaml(_path("events_key.yaml").read_text("utf-8"))
    return tuple(data["events"])


def events_key() -> list[dict]:
    """Answer key: one dict per real-world event with its PLOVER types, actors, real date
    and the corpus articles (with evidence sentences) that report it."""
    import copy

    return copy.deepcopy(list(_load_key()))
