#!/usr/bin/env python3
"""Score the events stage over a folder of gold files (the seed's gold form).

    python eval/events.py [GOLD_DIR ...] [--errors] [--dump ARTICLE]

Each gold names its article in `document`: a quotes-de id ("dev/58562"), a TempEval-3
document ("tempeval3/AQUAINT/APW19980807.0261.tml": the text of <TEXT> without tags, dated by
its <DCT>), or a path relative to ../shared/data/quotes-de (or to the gold folder's parent
for the seed). Golds whose article is absent are skipped with a message.
Prints micro precision / recall / F1 over all articles and per PLOVER type (precision per
predicted type, recall per first accepted gold type). `--errors` lists extras and misses;
`--dump ARTICLE` prints the events of one quotes-de article (for annotating).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
QUOTES = SHARED / "data" / "quotes-de"
DATE = re.compile(r"\((\d{4}-\d{2}-\d{2})\)")


def article_path(gold_file: Path, doc: dict) -> Path:
    """The gold's article: `document` is a quotes-de id ("dev/58562": split/number, resolved
    to the file of that number) or a path relative to quotes-de or the gold folder's parent."""
    rel = doc.get("document") or ""
    if rel.startswith("tempeval3/"):
        return SHARED / "data" / rel
    m = re.fullmatch(r"(train|dev)/(\d+)", rel)
    if m:
        found = sorted((QUOTES / m.group(1)).glob(f"{m.group(2)} - *"))
        return found[0] if found else QUOTES / rel
    for base in (QUOTES, gold_file.resolve().parent.parent, SHARED / "gold" / ".."):
        p = base / rel
        if p.is_file():
            return p
    return QUOTES / rel


def analyze_file(path: Path, lang: str = "de"):
    from chronik.model import Article
    from chronik.pipeline import analyze
    from chronik.readers import read_paths

    if path.suffix == ".tml":
        # a TempEval-3 document: the text of <TEXT> without its tags, entities unescaped
        # (the offsets of eval/events_en_gold), dated by the TIMEX3 of <DCT>
        raw = path.read_text("utf-8")
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        dct = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
        if body is None:
            raise SystemExit(f"{path}: no <TEXT> element")
        art = Article.create(html.unescape(re.sub(r"<[^>]+>", "", body.group(1))),
                             date=dct.group(1)[:10] if dct else None, lang=lang, origin=path.name)
    elif path.suffix == ".json":
        raw = json.loads(path.read_text("utf-8"))
        m = DATE.search(path.name)
        art = Article.create(raw["originalText"], date=m.group(1) if m else None, lang=lang,
                             origin=path.name)
    else:
        art = next(iter(read_paths([str(path)], lang=lang)))
    return analyze(art)


def resolve_evidence(doc: dict, text: str) -> None:
    """Gold files keep evidence as offsets (`evidence_at`) so no article text is stored in
    the repository; fill the `evidence` field the scorer expects from the article itself."""
    for item in (*doc.get("events", ()), *doc.get("negatives", ())):
        at = item.get("evidence_at")
        if at and "evidence" not in item:
            item["evidence"] = text[at[0]:at[1]]


def show(an, v) -> str:
    names = {e.id: e.name for e in an.entities}
    trig = v.trigger.text if v.trigger else ""
    return (f"{v.type:9} {[names.get(x, x) for x in v.actors]} -> "
            f"{[names.get(x, x) for x in v.recipients]} {v.date.value} {v.modality} "
            f"c={v.confidence} «{trig}»")


def run(dirs: list[Path], errors: bool) -> int:
    from chronik.eval.score_events import score

    tp = n_pred = found = required = skipped = 0
    pred_t: Counter[str] = Counter()
    ok_t: Counter[str] = Counter()
    req_t: Counter[str] = Counter()
    hit_t: Counter[str] = Counter()
    for d in dirs:
        for gf in sorted(d.glob("*.gold.json")):
            doc = json.loads(gf.read_text("utf-8"))
            ap = article_path(gf, doc)
            if not ap.is_file():
                skipped += 1
                print(f"skip {gf.name}: article {ap} absent", file=sys.stderr)
                continue
            an = analyze_file(ap, doc.get("lang") or "de")
            resolve_evidence(doc, an.article.text)
            sc = score(doc, an)
            bad = set(sc.extra) | {v for _n, v in sc.violations}
            by_id = {v.id: v for v in an.events}
            for v in an.events:
                pred_t[v.type] += 1
                ok_t[v.type] += v.id not in bad
            golds = {g["id"]: g for g in doc.get("events") or []}
            for g in golds.values():
                if not g.get("optional"):
                    req_t[(g.get("types") or ["*"])[0]] += 1
            for gid, _v in sc.found:
                hit_t[(golds[gid].get("types") or ["*"])[0]] += 1
            tp += sc.n_pred - len(bad)
            n_pred += sc.n_pred
            found += len(sc.found)
            required += sc.n_required
            if errors and (bad or sc.missed):
                print(f"== {gf.name}  P {sc.precision:.2f} R {sc.recall:.2f}")
                for vid in sc.extra:
                    v = by_id[vid]
                    print(f"  extra  {show(an, v)}\n         | {v.evidence.text[:160]}")
                for nid, vid in sc.violations:
                    print(f"  NEG {nid}: {show(an, by_id[vid])}")
                for gid in sc.missed:
                    g = golds[gid]
                    print(f"  missed {gid} {g.get('types')} | {g.get('evidence', '')[:120]}")
    p = tp / n_pred if n_pred else 1.0
    r = found / required if required else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"articles scored over {', '.join(str(d) for d in dirs)} (skipped {skipped})")
    print(f"micro precision {p:.3f} ({tp}/{n_pred})  recall {r:.3f} ({found}/{required})  F1 {f:.3f}")
    print("per type: precision (ok/predicted)   recall (found/required)")
    for t in sorted(set(pred_t) | set(req_t)):
        pp = f"{ok_t[t]}/{pred_t[t]}" if pred_t[t] else "-"
        rr = f"{hit_t[t]}/{req_t[t]}" if req_t[t] else "-"
        print(f"  {t:10} {pp:>8}   {rr:>8}")
    return 0


def dump(path: Path) -> int:
    """Print the timexes and events of one article (a file, or a quotes-de id "dev/58562")."""
    if not path.exists():
        path = article_path(path, {"document": str(path)})
    an = analyze_file(path, "en" if path.suffix == ".tml" else "de")
    for tx in an.timexes:
        print(f"  timex {tx.span.text!r} = {tx.value}")
    for v in an.events:
        print(f"{v.id:4} {show(an, v)}\n     | {v.evidence.text[:200]}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path,
                    default=[ROOT / "eval" / "events_dev_gold"])
    ap.add_argument("--errors", action="store_true", help="list extras and misses")
    ap.add_argument("--dump", type=Path, help="print the events of one article")
    a = ap.parse_args(argv)
    if a.dump:
        return dump(a.dump)
    if not SHARED.is_dir():
        print(f"skip: {SHARED} absent", file=sys.stderr)
        return 0
    return run(a.dirs, a.errors)


if __name__ == "__main__":
    sys.exit(main())
