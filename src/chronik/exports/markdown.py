"""The Markdown chronicle: one line per fused event, readable as a "Chronik":

    - **4. Juni 2025** — Sergei Shoigu trifft Kim Jong Un in Pyongyang (KCNA, Tass)

Sentences come from per-language templates (`resources/<lang>/chronicle.yaml`); an event
without participants is told by its best evidence sentence.
"""

from __future__ import annotations

from pathlib import Path

from chronik.exports.common import Filters, iter_entries, open_output
from chronik.resources import has_resource, load_yaml
from chronik.timeline.queries import TimelineEntry


def _conf(lang: str) -> dict:
    return load_yaml(lang if has_resource(lang, "chronicle.yaml") else "en", "chronicle.yaml")


def _names(refs, conf: dict) -> str:
    names = [r.name for r in refs]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {conf['and']} " + names[-1]


def headline(entry: TimelineEntry, lang: str = "de") -> str:
    """The sentence that tells what happened, e.g. "Sergei Shoigu trifft Kim Jong Un"."""
    conf = _conf(lang)
    types = conf["types"]
    tmpl = types.get(f"{entry.type}/{entry.mode}") or types.get(entry.type)
    if not entry.actors or tmpl is None:
        text = entry.summary.strip()
        return text if len(text) <= 200 else text[:197].rstrip() + "…"
    number = "pl" if len(entry.actors) > 1 else "sg"
    key = number if entry.recipients else f"alone_{number}"
    text = tmpl[key].format(a=_names(entry.actors, conf), r=_names(entry.recipients, conf))
    if entry.location is not None and entry.location.id not in {a.id for a in
                                                                 (*entry.actors, *entry.recipients)}:
        text += " " + conf["location"].format(l=entry.location.name)
    marker = conf.get("modality", {}).get(entry.modality)
    return marker.format(s=text) if marker else text


def line(entry: TimelineEntry, lang: str = "de") -> str:
    sources = [s.name for s in entry.sources]
    src = f" ({', '.join(sources)})" if sources else ""
    return f"- **{entry.display_date(lang)}** — {headline(entry, lang)}{src}"


def render(entries, lang: str = "de", title: str | None = None) -> str:
    out = [f"# {title}", ""] if title else []
    out += [line(e, lang) for e in entries]
    return "\n".join(out) + "\n"


def write(store, out: str | Path, filters: Filters = Filters(), *, lang: str = "de",
          title: str | None = None, **_: object) -> int:
    n = 0
    with open_output(out) as fh:
        if title:
            fh.write(f"# {title}\n\n")
        for entry in iter_entries(store, filters):
            fh.write(line(entry, lang) + "\n")
            n += 1
    return n
