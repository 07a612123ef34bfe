"""Who the text cites for an event when the quotes stage found no attribution: "laut X",
"X zufolge", "berichtete X", "X reported", and a next sentence that attributes this one
("Dies berichtete X am Donnerstag", which also gives a report date)."""

from __future__ import annotations

from chronik.analysis.events.doc import Doc, sentence_mentions
from chronik.analysis.events.syntax import Sentence, build


def own_report(doc: Doc, si: int, sent: Sentence, t: int, cs: int, ce: int):
    """Source named by a reporting cue in this sentence ("laut X", "berichtete X",
    "X zufolge") outside the event's clause, or by a back-referring next sentence
    ("Dies berichtete X am …", which also gives a report date)."""
    rep = doc.cues.reported
    if not rep:
        return None, None, None
    units = sent.units
    verbs = set(rep.get("verbs", ()))
    before = set(rep.get("before", ()))
    after = set(rep.get("after", ()))
    # phrases by their first word: a unit is compared only with the phrases it can start
    phrases: dict[str, list[list[str]]] = {}
    for p in rep.get("before_phrases", ()):
        words = p.split()
        if words:
            phrases.setdefault(words[0], []).append(words)
    lows = [u.low for u in units]
    src = via = None
    for k, u in enumerate(units):
        if u.ent is not None:
            continue
        p = next((p for p in phrases.get(lows[k], ()) if lows[k:k + len(p)] == p), None)
        if p is not None:  # "nach Angaben der Nachrichtenagentur X", "according to X"
            src = _next_entity(units, k + len(p), sent)
        elif u.low in before and k + 1 < len(units):
            src = _next_entity(units, k + 1, sent)
        elif u.low in after and k > 0:
            src = _prev_entity(units, k)
        elif u.low in verbs and not (cs <= k < ce):
            if k >= ce and _coordinated(doc, lows, k):
                continue  # "X thanked Y and said …": the speech reports what follows, not Y's act
            src = _next_entity(units, k + 1, sent) if doc.lex.syntax.get("word_order") == "v2" \
                else (_prev_entity(units, k) or _next_entity(units, k + 1, sent))
        if src is not None:
            via = _via(doc, units, k)
            return src, via, None
    # the next sentence attributes this one: "Dies berichtete X am Donnerstag."
    if si + 1 < len(doc.sents):
        nxt = doc.sents[si + 1]
        head = doc.analysis.article.text[nxt.start:nxt.start + 40].lower().split()
        if len(head) >= 2 and head[0] in rep.get("backref", ()) and head[1] in verbs:
            nsent = build(doc.analysis.article.text, nxt.start, nxt.end,
                          sentence_mentions(doc, nxt.start, nxt.end), doc.lex)
            src = _next_entity(nsent.units, 2, nsent)
            tx = doc.dates.nearest(nxt.start, nxt.end, nxt.start)
            return src, _via(doc, nsent.units, 1), tx
    return None, None, None


def _coordinated(doc: Doc, lows: list[str], k: int) -> bool:
    """The speech verb opens a coordinated clause of its own ("… and said", "… and later
    added"): its speaker is the sentence's subject and it cites nothing said before it."""
    w = doc.lex.words
    skip = w.get("preverbal_adverbs", frozenset())
    j = k - 1
    while j >= 0 and lows[j] in skip:
        j -= 1
    return j >= 0 and lows[j] in w.get("coordinators", frozenset())


def _next_entity(units, k: int, sent: Sentence | None = None) -> str | None:
    for j in range(k, min(len(units), k + 8)):
        u = units[j]
        if sent is not None and j in sent.modifier and j not in sent.standin:
            continue
        if u.ent is not None and u.text[:1].isupper() and u.ent.type in ("ORG", "PER", "GPE"):
            nxt = units[j + 1] if j + 1 < len(units) else None
            if nxt is not None and nxt.ent is not None and nxt.ent.type in ("ORG", "PER"):
                return nxt.ent.id  # "Nordkoreas … KCNA": the head, not the genitive
            return u.ent.id
        if u.text in (".", ";"):
            break
    return None


def _prev_entity(units, k: int) -> str | None:
    for j in range(k - 1, max(-1, k - 6), -1):
        u = units[j]
        if u.ent is not None and u.text[:1].isupper():
            return u.ent.id
    return None


def _via(doc: Doc, units, k: int) -> str | None:
    phrases = [p.split() for p in doc.cues.reported.get("via", ())]
    lows = [u.low for u in units]
    for p in phrases:
        n = len(p)
        for j in range(k, len(lows) - n + 1):
            if lows[j:j + n] == p:
                return _next_entity(units, j + n)
    return None
