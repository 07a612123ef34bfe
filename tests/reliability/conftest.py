"""Fixtures of the reliability tests: a hang detector, a real `chronik serve` on loopback,
the demo store, and the `chronik` command line as a subprocess.

Slow tests are marked `slow` (registered here) but still run by default; deselect them with
`-m "not slow"` for a quick pass.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "slow: a reliability test that takes seconds to tens of "
                                       "seconds (subprocesses, servers); runs by default")


# -- the hang detector ----------------------------------------------------------------------
class Hang(AssertionError):
    """An input took longer than the generous bound: a hang or a super-linear blow-up."""


@contextmanager
def time_limit(seconds: float, what: str = "input") -> Iterator[None]:
    """Fail (not a speed assertion: the bound is generous) when the block runs longer."""
    if not hasattr(signal, "SIGALRM"):  # pragma: no cover - Windows
        yield
        return

    def fire(signum, frame):
        raise Hang(f"{what} did not finish within {seconds:.0f} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="session")
def warm() -> None:
    """Load every stage's resources once, so the time bound measures the input, not loading."""
    from chronik.model import Article
    from chronik.pipeline import analyze

    for lang in ("de", "en"):
        analyze(Article.create("Am 1. Mai 2024 traf Olaf Scholz in Paris Emmanuel Macron.",
                               date="2024-05-02", lang=lang))


# -- subprocesses ---------------------------------------------------------------------------
def chronik_cmd(*args: str) -> list[str]:
    """The command line (`python -m chronik.cli.app ...`) with this interpreter."""
    return [sys.executable, "-m", "chronik.cli.app", *args]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CHRONIK_TOKEN", None)
    env["PYTHONUNBUFFERED"] = "1"
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A `chronik serve` subprocess on 127.0.0.1; stopped (by its own pid) on exit."""

    def __init__(self, db: Path, *extra: str, token: str | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = db.parent / f"serve-{self.port}.log"
        args = chronik_cmd("serve", "--db", str(db), "--host", "127.0.0.1", "--port",
                           str(self.port), *extra)
        env = child_env(**({"CHRONIK_TOKEN": token} if token else {}))
        self._log = open(self.log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(args, stdout=self._log, stderr=subprocess.STDOUT, env=env,
                                     cwd=str(db.parent))

    def wait_ready(self, timeout: float = 60.0) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chronik serve exited with {self.proc.returncode}:\n"
                                   + self.log.read_text("utf-8", "replace")[-3000:])
            try:
                if httpx.get(self.base + "/api/stats", timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("chronik serve did not answer within "
                           f"{timeout:.0f} s:\n" + self.log.read_text("utf-8", "replace")[-3000:])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._log.close()

    def __enter__(self) -> Server:
        try:
            self.wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo store (`chronik demo`'s corpus), built once in this process."""
    from chronik.cli.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    store, report = build_demo(path, workers=1)
    store.close()
    assert report.ingested > 0, "the demo corpus stored nothing"
    return path


@pytest.fixture(scope="session")
def demo_server(demo_db) -> Iterator[Server]:
    """A read-only `chronik serve` over the demo store, shared by the tests of a session."""
    with Server(demo_db) as srv:
        yield srv
