"""Benchmark: an editor's save-to-reload latency under `make serve` and `make serve-<lang>`.

Serves a copy of the KB as the Makefile's serve targets do, saves a change to one page
(a new paragraph at its end), and times how long until the served page shows it: what an
editor waits for between saving and seeing the change in the browser (livereload fetches
the page as soon as the rebuild ends). Each case saves SAVES times; the median counts.

Run on demand (`make bench`); prints figures, asserts nothing. Targets (issue 19): at most
3 s when one language is served (`make serve-ru`), at most 8 s with all five (`make serve`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parents[1]
sys.path.insert(0, str(BENCH_DIR))

from scaled_kb import scaled_kb  # noqa: E402

from support.preview_server import free_port  # noqa: E402

SAVES = int(os.environ.get("KB_BENCH_SAVES", "3"))
PAGE = "swopify/seller-absence.ru.md"
PAGE_URL = "ru/swopify/seller-absence/"
TARGETS = {"one language (make serve-ru)": 3.0, "all five languages (make serve)": 8.0}
FIRST_BUILD_TIMEOUT = 300.0
RELOAD_TIMEOUT = 120.0


def page_text(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - the local server
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def wait_for(url: str, needle: str, *, timeout: float) -> float:
    """Seconds until the page at url holds needle."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        text = page_text(url)
        if text is not None and needle in text:
            return time.perf_counter() - started
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show {needle!r} within {timeout:.0f} s")


def save_latencies(project: Path, *, make_target: str) -> list[float]:
    """Serve project with the Makefile's serve command for make_target, save the page SAVES
    times, and return each save's latency."""
    port = free_port()
    serve = subprocess.run(
        ["make", "-s", "-n", make_target, f"ADDR=127.0.0.1:{port}"], cwd=REPO, capture_output=True, text=True, check=True
    )
    command = serve.stdout.strip().splitlines()[-1].replace("/.venv/", f"{REPO}/.venv/").replace(".venv/bin/", f"{REPO}/.venv/bin/", 1)
    server = subprocess.Popen(  # noqa: S602 - the Makefile's own command line
        command,
        shell=True,
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(project / "hooks")},
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/{PAGE_URL}"
    page = project / "docs" / PAGE
    latencies = []
    try:
        wait_for(url, "<html", timeout=FIRST_BUILD_TIMEOUT)
        for save in range(SAVES):
            marker = f"kb-bench-save-{save}-{time.time_ns()}"
            time.sleep(1.0)  # a new modification time, and the watcher settled
            page.write_text(page.read_text(encoding="utf-8") + f"\n\n{marker}\n", encoding="utf-8")
            latencies.append(wait_for(url, marker, timeout=RELOAD_TIMEOUT))
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
    return latencies


def main() -> None:
    print(f"Save to reload (median of {SAVES} saves of docs/{PAGE}; livereload fetches the page when the rebuild ends)")
    print("| served | median | each save | target |")
    print("|---|---|---|---|")
    cases = {"one language (make serve-ru)": "serve-ru", "all five languages (make serve)": "serve"}
    with tempfile.TemporaryDirectory() as scratch:
        for name, target in cases.items():
            kb = scaled_kb(Path(scratch) / target, copies=1)
            latencies = save_latencies(kb.project, make_target=target)
            each = ", ".join(f"{latency:.1f} s" for latency in latencies)
            print(f"| {name} | {statistics.median(latencies):.1f} s | {each} | ≤ {TARGETS[name]:.0f} s |")


if __name__ == "__main__":
    main()
