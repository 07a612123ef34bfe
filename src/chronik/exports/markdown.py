"""The Markdown chronicle: one line per fused event, readable as a "Chronik":

    - **4. Juni 2025** — Sergei Shoigu trifft Kim Jong Un in Pyongyang (KCNA, Tass)

Sentences come from per-language templates (`resources/<lang>/chronicle.yaml`); an event
without participants is told by its best evidence sentence.
"""

from __future__ import annotations

import functools
from pathlib import Path

from chronik.exports.common import Filters, iter_entries, open_output
from chronik.resources import has_resource, load_yaml
from chronik.timeline.queries import TimelineEntry


def _conf(lang: str) -> dict:
    return load_yaml(lang if has_resource(lang, "chronicle.yaml") else "en", "chronicle.yaml")


@functools.cache
def _kb():
    try:
        from chronik.kb import load_kb

        return load_kb()
    except Exception:  # no KB (or a broken one): canonical names are still right
        return None


@functools.cache
def label(name: str, kb_id: str | None, lang: str) -> str:
    """How the chronicle names an entity: its short form ("KCNA") or its name in `lang`."""
    kb = _kb()
    ent = None
    if kb is not None:
        ent = kb.get(kb_id) if kb_id else None
        if ent is None and not kb_id:
            found = kb.find(name)
            ent = found[0] if len(found) == 1 else None
    if ent is None:
        return name
    if ent.type == "ORG" and ent.short:
        return ent.short[0]
    names = ent.aliases.get(lang) or ()
    return names[0] if names and lang != "en" else ent.name


def _names(refs, conf: dict, lang: str = "en") -> str:
    groups = conf.get("group_labels") or {}
    names = [groups.get(r.name, r.name) if r.kb is None and r.name in groups
             else label(r.name, r.kb, lang) for r in refs]
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
    plural = conf.get("plural_actors") or ()  # group labels that take a plural verb
    number = "pl" if len(entry.actors) > 1 or (
        entry.actors[0].kb is None and entry.actors[0].name in plural) else "sg"
    key = number if entry.recipients else f"alone_{number}"
    text = tmpl[key].format(a=_names(entry.actors, conf, lang),
                            r=_names(entry.recipients, conf, lang))
    if entry.location is not None and entry.location.id not in {a.id for a in
                                                                 (*entry.actors, *entry.recipients)}:
        text += " " + conf["location"].format(l=label(entry.location.name, entry.location.kb, lang))
    marker = conf.get("modality", {}).get(entry.modality)
    return marker.format(s=text) if marker else text


def line(entry: TimelineEntry, lang: str = "de") -> str:
    sources = list(dict.fromkeys(s.name if s.kind == "publisher" else label(s.name, None, lang)
                                 for s in entry.sources))
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
