"""Large inputs stream: reading a ~40 MB text-record or JSONL file keeps memory small.

Peak RSS is measured in a fresh subprocess (ru_maxrss) after warming up imports, so the
figure is the reader's own growth. Timings are never asserted.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

TARGET_BYTES = 40 * 1024 * 1024
BODY = ("Die Minister der beiden Staaten trafen sich am Dienstag in der Hauptstadt, um über "
        "Handel, Energie und Sicherheit zu sprechen. Nach Angaben von Diplomaten verliefen die "
        "Gespräche konstruktiv; ein weiteres Treffen ist für den Herbst geplant. ") * 6

PROBE = """
import resource, sys
from chronik.readers import read_paths
list(read_paths([sys.argv[2]], lang="de"))  # warm up imports on a small file
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
n = sum(1 for _ in read_paths([sys.argv[1]], lang="de"))
grow = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base
print(n, grow // 1024)
"""


def _write(path, fmt: str) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        while f.tell() < TARGET_BYTES:
            n += 1
            if fmt == "text":
                f.write(f"date 2025-06-{n % 28 + 1:02d} Meldung {n}\n\n{BODY}\n\n")
            else:
                f.write(json.dumps({"id": f"r{n}", "date": "2025-06-05", "text": f"{n} {BODY}"},
                                   ensure_ascii=False) + "\n")
    return n


@pytest.mark.parametrize("fmt,ext", [("text", "txt"), ("jsonl", "jsonl")])
def test_streaming_large_file_bounded_memory(tmp_path, fmt, ext):
    big, small = tmp_path / f"big.{ext}", tmp_path / f"small.{ext}"
    n = _write(big, fmt)
    small.write_text('{"text": "Text."}\n' if fmt == "jsonl" else "date 2025-06-01 Kopf\n\nText.\n",
                     "utf-8")
    out = subprocess.run([sys.executable, "-c", PROBE, str(big), str(small)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    count, grow_mb = map(int, out.stdout.split())
    assert count == n
    assert grow_mb < 15, f"peak RSS grew by {grow_mb} MB reading a {TARGET_BYTES >> 20} MB file"
