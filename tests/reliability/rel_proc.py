"""Helpers of the reliability tests (and benches): a hang detector, the `chronik` command
line as a subprocess, and a real `chronik serve` on loopback, stopped by its own pid."""

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
