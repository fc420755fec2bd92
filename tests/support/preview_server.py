"""`mkdocs serve` run as editors run it, on a free port, for the preview's tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from support.mkdocs_run import tool_env


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, *, timeout: float = 5) -> str:
    """The body at url; raises when nothing answers within timeout seconds."""
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback only
        return response.read().decode("utf-8")


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path, deadline_s: float = 120) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"nothing served at {url} after {deadline_s} s:\n{log.read_text()}")


@contextmanager
def serving(command: list[str], *, cwd: Path, log: Path, extra_env: dict[str, str] | None = None) -> Iterator[str]:
    """Run a serve command (with ADDR= or --dev-addr filled in from {address}) until the block
    ends; yields the served root URL."""
    address = f"127.0.0.1:{free_port()}"
    with (
        log.open("wb") as output,
        subprocess.Popen(
            [part.replace("{address}", address) for part in command],
            cwd=cwd,
            env={**tool_env(), **(extra_env or {})},
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        ) as process,
    ):
        url = f"http://{address}/"
        try:
            wait_until_serving(url, process, log)
            yield url
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
