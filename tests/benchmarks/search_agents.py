"""Benchmark: search on agents' own wording (tests/search/agent-queries.*.yml), per language
and per half: hit@1, hit@3 and the share of queries that showed no result at all.

Run on demand (`make bench`); prints figures, asserts nothing. The real KB is built once,
served locally and searched in headless Chromium through Material's search box, one fresh
browser context per language and half. The tuning half also lists its misses by category
(what to work on); the held-out half prints figures only: it is never tuned on.
Targets (issue 14), on the held-out half: hit@1 >= 75 %, hit@3 >= 90 %, empty results only for
queries with no word the index knows.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS_DIR), str(TESTS_DIR.parent / "hooks")]

from playwright.sync_api import sync_playwright  # noqa: E402

from support.browser import CHROMIUM_ARGS  # noqa: E402
from support.mkdocs_run import run_tool  # noqa: E402
from support.paths import CHROMIUM, LANGUAGES, REPO_ROOT  # noqa: E402
from support.search_suite import QueryOutcome, agent_suite, language_root, open_search, run_query  # noqa: E402

HALVES = ("tuning", "held-out")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        return None


@contextmanager
def served(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "    -  "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="an already built site (default: build the KB)")
    parser.add_argument("--misses", action="store_true", help="print the tuning half's misses")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        site = options.site
        if site is None:
            site = Path(scratch) / "site"
            result = run_tool("mkdocs", "build", "--strict", "--site-dir", str(site), cwd=REPO_ROOT)
            if result.returncode != 0:
                raise SystemExit(result.stderr)
        with served(site) as root, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print(f"{'lang':4} {'half':8} {'queries':>7} {'hit@1':>8} {'hit@3':>8} {'empty':>8}")
            totals: dict[str, Counter[str]] = {half: Counter() for half in HALVES}
            for language in LANGUAGES:
                for half in HALVES:
                    context = browser.new_context()
                    page = context.new_page()
                    open_search(page, language_root(root, language))
                    outcomes: list[QueryOutcome] = [run_query(page, query, root=root) for query in agent_suite(half, [language])]
                    context.close()
                    counts = Counter(
                        queries=len(outcomes),
                        hit1=sum(outcome.rank == 1 for outcome in outcomes),
                        hit3=sum(outcome.rank is not None and outcome.rank <= 3 for outcome in outcomes),
                        empty=sum(not outcome.groups for outcome in outcomes),
                    )
                    totals[half].update(counts)
                    print(
                        f"{language:4} {half:8} {counts['queries']:7} {percent(counts['hit1'], counts['queries']):>8} "
                        f"{percent(counts['hit3'], counts['queries']):>8} {percent(counts['empty'], counts['queries']):>8}",
                        flush=True,
                    )
                    if half == "tuning" and options.misses:
                        for outcome in outcomes:
                            if outcome.rank != 1:
                                shown = outcome.groups[0][0] if outcome.groups else "nothing"
                                print(f"     miss ({outcome.query.category}, rank {outcome.rank}): {outcome.query.query} -> {shown}")
            browser.close()
        for half in HALVES:
            counts = totals[half]
            print(
                f"all  {half:8} {counts['queries']:7} {percent(counts['hit1'], counts['queries']):>8} "
                f"{percent(counts['hit3'], counts['queries']):>8} {percent(counts['empty'], counts['queries']):>8}"
            )
        held = totals["held-out"]
        met = held["hit1"] >= 0.75 * held["queries"] and held["hit3"] >= 0.90 * held["queries"]
        print(f"targets on the held-out half (hit@1 >= 75 %, hit@3 >= 90 %): {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
