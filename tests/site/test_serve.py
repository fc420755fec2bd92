"""The README's first command, `make serve`, serves every language on the given address."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from support.html_query import find, parse
from support.mkdocs_run import tool_env
from support.paths import LANGUAGES, REPO_ROOT, language_prefix


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback only
        return response.read().decode("utf-8")


def wait_until_serving(url: str, process: subprocess.Popen[bytes], log: Path, deadline_s: float = 120) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"make serve exited with {process.returncode}:\n{log.read_text()}")
        try:
            fetch(url)
            return
        except OSError:
            time.sleep(0.5)
    raise AssertionError(f"nothing served at {url} after {deadline_s} s")


@pytest.fixture(scope="module")
def served_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    address = f"127.0.0.1:{free_port()}"
    log = tmp_path_factory.mktemp("serve") / "make-serve.log"
    with (
        log.open("wb") as output,
        subprocess.Popen(
            ["make", "--no-print-directory", "serve", f"ADDR={address}"],
            cwd=REPO_ROOT,
            env=tool_env(),
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


@pytest.mark.parametrize("language", LANGUAGES)
def test_make_serve_serves_the_language(served_url: str, language: str) -> None:
    for slug in ("", "using-the-kb/"):
        [html] = find(parse(fetch(f"{served_url}{language_prefix(language)}{slug}")), "html")
        assert html.attrs["lang"] == language
