"""Property tests over every reader: fuzzed documents of each format (and random bytes under
each extension) are written to files and read with `read_paths` and an `on_error` collector.
Nothing but an InputError may come out, every article must analyse into a valid record, and
no document may hang. Bounded for CI: a few dozen examples per format, no deadline."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rel_fuzz import (
    check_analysis,
    feed_docs,
    html_docs,
    json_records,
    read_all,
    text_records,
    warc_docs,
)
from rel_proc import time_limit

BOUND_S = 20.0  # per document, reading and analysing every article: a hang detector
# $CHRONIK_FUZZ_EXAMPLES raises the count for a longer, randomised hunt (default: 30, fixed seed)
EXAMPLES = int(os.environ.get("CHRONIK_FUZZ_EXAMPLES", "30"))
CI = settings(max_examples=EXAMPLES, deadline=None, database=None,
              derandomize="CHRONIK_FUZZ_EXAMPLES" not in os.environ,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.large_base_example])

pytestmark = pytest.mark.usefixtures("warm")


def roundtrip(data: bytes, name: str, **kw) -> None:
    """Write `data` as `name`, read every article, analyse each; the invariants hold."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        with time_limit(BOUND_S, f"{name} ({len(data)} bytes)"):
            articles, _errors = read_all(path, **kw)
            for a in articles[:5]:
                check_analysis(a)


@CI
@given(text_records())
def test_text_records(data):
    roundtrip(data, "records.txt")


@CI
@given(json_records())
def test_json_lines(data):
    roundtrip(data, "records.jsonl")


@CI
@given(json_records())
def test_json_document(data):
    roundtrip(data, "doc.json")


@CI
@given(html_docs())
def test_html(data):
    roundtrip(data, "page.html")


@CI
@given(feed_docs())
def test_feeds(data):
    roundtrip(data, "feed.rss")


@CI
@given(warc_docs())
def test_warc(data):
    roundtrip(data, "crawl.warc.gz" if data[:2] == b"\x1f\x8b" else "crawl.warc")


@CI
@given(st.binary(max_size=4096),
       st.sampled_from(["x.txt", "x.jsonl", "x.json", "x.html", "x.rss", "x.atom", "x.warc",
                        "x.gz", "x.warc.gz", "noext"]))
def test_random_bytes_under_every_extension(data, name):
    roundtrip(data, name)


@CI
@given(st.sampled_from([text_records(), json_records(), html_docs(), feed_docs(), warc_docs()])
       .flatmap(lambda s: s), st.data())
def test_sniffing_without_extension_and_gzipped(doc, data):
    """The same documents with no extension (sniffed), gzipped, or with a forced language."""
    import gzip

    lang = data.draw(st.sampled_from([None, "de", "en"]))
    roundtrip(doc, "unnamed", lang=lang)
    roundtrip(gzip.compress(doc), "unnamed.gz", lang=lang)
