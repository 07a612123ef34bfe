"""Score two classic rule baselines for German quotation attribution beside chronik.

    python eval/quotes_baseline.py [GOLD_DIR]      # default ../shared/data/quotes-de/dev

Why: the quotes issue asks for a comparison with the rule-based baseline and Citron of the
dataset's paper (Petersen-Frey & Biemann 2024), whose figures we could not retrieve. Both are
described there as direct-quote systems with high precision and low recall. These two
re-implementations of that kind of system, scored with the same metrics as
`chronik eval quotes`, show where chronik stands against the class (they are *not* the paper's
systems, and their figures are not the paper's):

- ``marks``: every span between quotation marks of three or more words is a direct quote,
  without speaker or cue (the upper bound of quote recall a marks-only system reaches);
- ``marks+cue``: as ``marks``, kept only when the quote's sentence has a speech verb outside
  the marks; the speaker is the PER/ORG mention (chronik's names) or the personal pronoun
  nearest that verb outside the marks (the rule of the classic German quote extractors).

Both use chronik's sentence splitter, names and German cue lexicon, so the difference to
chronik is what its frame and speaker analysis adds.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from chronik.analysis.quotes.lexicon import lexicon
from chronik.eval.score_quotes import PredQuote, QuoteScores, read_gold_dir, score_doc
from chronik.model import Analysis, Article
from chronik.pipeline import analyze

ROOT = Path(__file__).resolve().parents[1]
_WORD = re.compile(r"\w+")
MIN_WORDS = 3
SPEAKER_TYPES = frozenset({"PER", "ORG"})


def quoted_spans(text: str, marks: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """Spans between an opening mark and the next closing mark (marks included), at most 2,000
    characters apart and holding at least MIN_WORDS words; earlier starts win overlaps."""
    found: list[tuple[int, int]] = []
    for open_mark, close_mark in marks:
        pat = re.compile(re.escape(open_mark) + r"[^" + re.escape(close_mark) + r"]{1,2000}?"
                         + re.escape(close_mark))
        for m in pat.finditer(text):
            if len(_WORD.findall(m.group())) >= MIN_WORDS:
                found.append((m.start(), m.end()))
    found.sort()
    kept: list[tuple[int, int]] = []
    for s, e in found:
        if not kept or s >= kept[-1][1]:
            kept.append((s, e))
    return kept


def _region(res: Analysis, start: int, end: int) -> tuple[int, int]:
    """From the start of the sentence holding `start` to the end of the one holding `end - 1`."""
    lo, hi = start, end
    for sent in res.sentences:
        if sent.start <= start < sent.end:
            lo = sent.start
        if sent.start < end <= sent.end:
            hi = sent.end
    return lo, hi


def cue_and_speaker(res: Analysis, quote: tuple[int, int], lang: str
                    ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The first speech verb outside the quote in its sentences, and the name or personal
    pronoun outside the quote nearest that verb."""
    lex = lexicon(lang)
    text = res.article.text
    lo, hi = _region(res, *quote)
    outside = [(m.start() + lo, m.end() + lo) for m in _WORD.finditer(text[lo:hi])
               if not (quote[0] <= m.start() + lo < quote[1])]
    cue = next(((s, e) for s, e in outside if text[s:e].lower() in lex.speech_verbs), None)
    if cue is None:
        return None, None
    cands = [(m.start, m.end) for ent in res.entities if ent.type in SPEAKER_TYPES
             for m in ent.mentions
             if lo <= m.start and m.end <= hi and not (quote[0] <= m.start < quote[1])]
    cands += [(s, e) for s, e in outside if text[s:e].lower() in lex.pronouns
              and lex.pronouns[text[s:e].lower()] != "NONE"]
    if not cands:
        return cue, None
    speaker = min(cands, key=lambda sp: min(abs(sp[0] - cue[1]), abs(cue[0] - sp[1])))
    return cue, speaker


def baseline_quotes(res: Analysis, lang: str, with_cue: bool) -> list[PredQuote]:
    marks = lexicon(lang).quote_marks
    preds: list[PredQuote] = []
    for span in quoted_spans(res.article.text, marks):
        if not with_cue:
            preds.append(PredQuote(span, None, None, "direct"))
            continue
        cue, speaker = cue_and_speaker(res, span, lang)
        if cue is not None and speaker is not None:
            preds.append(PredQuote(span, speaker, cue, "direct"))
    return preds


def chronik_quotes(res: Analysis) -> list[PredQuote]:
    return [PredQuote((q.span.start, q.span.end),
                      (q.speaker_span.start, q.speaker_span.end) if q.speaker_span else None,
                      (q.cue_span.start, q.cue_span.end) if q.cue_span else None, q.type)
            for q in res.quotes]


ROWS = ("quote_overlap", "quote_tokens", "speaker_overlap", "attributed_overlap", "attributed_tokens")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/quotes-de/dev"))
    args = ap.parse_args()
    if not Path(args.gold).is_dir():
        print(f"skipped: {args.gold} is not a folder (quotes-de lives in ../shared/data)")
        return 0
    docs = read_gold_dir(args.gold)
    systems = {"marks": QuoteScores(), "marks+cue": QuoteScores(), "chronik": QuoteScores()}
    for doc in docs:
        res = analyze(Article.create(doc.text, date=doc.date, lang="de", id=doc.name),
                      skip=frozenset({"events"}))
        score_doc(systems["marks"], doc, baseline_quotes(res, "de", with_cue=False))
        score_doc(systems["marks+cue"], doc, baseline_quotes(res, "de", with_cue=True))
        score_doc(systems["chronik"], doc, chronik_quotes(res))
    print(f"{len(docs)} documents from {args.gold}")
    print(f"{'system':<11} {'metric':<20} {'P':>7} {'R':>7} {'F1':>7}")
    for name, scores in systems.items():
        for row in ROWS:
            m = scores.get(row)
            print(f"{name:<11} {row:<20} {m.precision:7.3f} {m.recall:7.3f} {m.f1:7.3f}")
        a = scores.get_macro("paper_joint")
        print(f"{name:<11} {'paper_joint (macro)':<20} {a.precision:7.3f} {a.recall:7.3f} {a.f1:7.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
