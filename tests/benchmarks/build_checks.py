"""Benchmark: the real KB's build time with and without the content checks, as a ratio.

Run on demand (`make bench`); prints figures, asserts nothing. Target: the checks
(hooks/checks_hook.py: the checks of every page and the built-site crawl) add at most 10 %. Each variant is
built three times, alternating, and the fastest run of each counts.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS_DIR), str(TESTS_DIR.parent / "hooks")]

from support.mkdocs_run import run_tool  # noqa: E402
from support.paths import LANGUAGES, REPO_ROOT  # noqa: E402

RUNS = 5
TARGET = 0.10


def build_seconds(site_dir: Path, *, skip_checks: bool) -> float:
    started = time.perf_counter()
    result = run_tool(
        "mkdocs", "build", "--strict", "--site-dir", str(site_dir), cwd=REPO_ROOT, extra_env={"KB_SKIP_CHECKS": "1" if skip_checks else "0"}
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    shutil.rmtree(site_dir, ignore_errors=True)
    return elapsed


def main() -> None:
    timings: dict[bool, list[float]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as scratch:
        for run in range(RUNS):
            for skip in (True, False):
                timings[skip].append(build_seconds(Path(scratch) / f"site-{run}-{skip}", skip_checks=skip))
    without, with_checks = min(timings[True]), min(timings[False])
    added = with_checks / without - 1
    print(f"pages built: {sum(1 for _ in (REPO_ROOT / 'docs').rglob('*.md'))} source files, {len(LANGUAGES)} languages")
    print(f"build without checks: {without:.2f} s; with checks: {with_checks:.2f} s (fastest of {RUNS})")
    print(
        f"checks add {added:.1%} (ratio {with_checks / without:.3f}); target <= {TARGET:.0%} -> {'met' if added <= TARGET else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
