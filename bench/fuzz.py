"""Coverage-guided fuzzing (atheris / libFuzzer) of the readers and `analyze`.

Each input picks a format by its first byte (text records, JSON Lines, JSON, HTML, RSS, Atom,
WARC, gzip, no extension, or raw text straight into `analyze`); the rest is the file content.
It is written to a temporary file and read with `read_paths` and an `on_error` collector;
every article is analysed and its record validated. A crash is anything else: an exception
escaping a reader (other than an InputError handed to on_error), an exception in `analyze`,
an invalid record (offsets, TIMEX3 values, ids, schema), a record that is not UTF-8 JSON, or an
input running past libFuzzer's -timeout.

    python bench/fuzz.py -runs=20000                  # N executions
    python bench/fuzz.py -max_total_time=600 corpus/  # N seconds, keeping a corpus
    python bench/fuzz.py -runs=0 crash-<sha>          # replay one crasher

libFuzzer flags pass through (-timeout, -rss_limit_mb, -artifact_prefix, -seed, ...); found
crashes are written as crash-<sha1> files (see -artifact_prefix): copy the small ones to
tests/reliability/crashers/ as regression tests. Needs atheris (pip install atheris==3.0.0).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile

try:
    import atheris
except ImportError:  # pragma: no cover - reported and exited in main()
    atheris = None

EXTENSIONS = (".txt", ".jsonl", ".json", ".html", ".rss", ".atom", ".warc", ".gz", "", "analyze")
MAX_ARTICLES = 3  # per input: enough to reach analyze, bounded per execution

SEEDS = {
    0: b"date 2024-05-03 Gipfel in Berlin\n\nAm Freitag traf Olaf Scholz in Berlin Emmanuel Macron. "
       b"\xe2\x80\x9eWir sind einig\xe2\x80\x9c, sagte Scholz.\n",
    1: b'{"text": "On May 3, 2024, Joe Biden met Olaf Scholz in Washington.", "date": "2024-05-04"}\n'
       b'{"text": "Putin warned the West on Monday.", "date": "2024-05", "lang": "en"}\n',
    3: b"<!doctype html><html><head><title>Treffen</title><meta property=\"article:published_time\" "
       b"content=\"2024-05-03\"></head><body><article><h1>Treffen</h1><p>Am 2. Mai 2024 sprach "
       b"Wladimir Putin in Moskau mit Kim Jong Un \xc3\xbcber Zusammenarbeit.</p></article></body></html>",
    4: b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>Sanktionen</title>'
       b"<pubDate>Mon, 06 May 2024 10:00:00 +0200</pubDate><description>Die EU verh\xc3\xa4ngte am "
       b"Montag neue Sanktionen gegen Russland.</description></item></channel></rss>",
    6: b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Date: 2025-06-05T10:00:00Z\r\nWARC-Record-ID: "
       b"<urn:uuid:00000000000000000000000000000001>\r\nWARC-Target-URI: https://example.org/a\r\n"
       b"Content-Type: application/http; msgtype=response\r\nContent-Length: 178\r\n\r\n"
       b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: 101\r\n\r\n"
       b"<html><body><p>Am 4. Juni 2025 wurde Lee Jae-myung in Seoul als Pr\xc3\xa4sident vereidigt.</p>"
       b"</body></html>\r\n\r\n",
    9: "Am 3. Mai 2024 sagte Lawrow: \u201eWir werden nicht nachgeben.\u201c Putin traf Kim.".encode(),
}


class Fuzzer:
    """The one-input check, shared by atheris, the replay of crashers and the tests."""

    def __init__(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="chronik-fuzz-")
        from chronik.model import Article
        from chronik.pipeline import analyze
        from chronik.readers import read_paths
        from chronik.schema.validate import record_errors

        self.Article, self.analyze, self.read_paths, self.record_errors = (
            Article, analyze, read_paths, record_errors)
        for lang in ("de", "en"):  # resources load once, before the clock matters
            analyze(Article.create("Am 1. Mai 2024 traf Scholz Macron.", date="2024-05-02", lang=lang))
        for prefix, body in SEEDS.items():  # and each reader's libraries (trafilatura, ...)
            self.one(bytes([prefix]) + body)

    def check_record(self, article) -> None:
        rec = self.analyze(article).to_record()
        errs = self.record_errors(rec)
        if errs:
            raise AssertionError(f"invalid record: {errs[:5]}")
        json.dumps(rec, ensure_ascii=False).encode("utf-8")

    def one(self, data: bytes) -> None:
        if not data:
            return
        ext = EXTENSIONS[data[0] % len(EXTENSIONS)]
        body = data[1:]
        if ext == "analyze":
            text = body.decode("utf-8", "replace")
            lang = ("de", "en", None)[len(body) % 3]
            self.check_record(self.Article.create(text, date="2024-05-01", lang=lang))
            return
        path = os.path.join(self.dir, "input" + ext)
        with open(path, "wb") as fh:
            fh.write(body)
        from chronik.errors import InputError

        def on_error(err) -> None:
            if not isinstance(err, InputError):
                raise AssertionError(f"on_error got {type(err).__name__}")

        n = 0
        for article in self.read_paths([path], on_error=on_error):
            if not article.text.strip():
                raise AssertionError("an article without text")
            if n < MAX_ARTICLES:
                self.check_record(article)
            n += 1


def write_seeds(corpus: str) -> None:
    os.makedirs(corpus, exist_ok=True)
    if any(os.scandir(corpus)):
        return
    for prefix, body in SEEDS.items():
        with open(os.path.join(corpus, f"seed-{prefix}"), "wb") as fh:
            fh.write(bytes([prefix]) + body)


def main() -> int:
    if atheris is None:
        print("atheris is not installed: pip install atheris==3.0.0", file=sys.stderr)
        return 2
    with atheris.instrument_imports(include=["chronik"]):
        import chronik.pipeline  # noqa: F401
        import chronik.readers  # noqa: F401
    fuzzer = Fuzzer()
    args = list(sys.argv)
    dirs = [a for a in args[1:] if not a.startswith("-") and os.path.isdir(a)]
    for d in dirs:
        write_seeds(d)
    if not any(a.startswith("-timeout=") for a in args):
        args.append("-timeout=30")  # a hang detector: seconds per input
    if not any(a.startswith("-rss_limit_mb=") for a in args):
        args.append("-rss_limit_mb=4096")
    if not any(a.startswith("-max_len=") for a in args):
        args.append("-max_len=65536")
    atheris.Setup(args, fuzzer.one)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
