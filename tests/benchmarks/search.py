"""Benchmark: the site search, Pagefind (published) against Material's lunr index (repaired:
the `\\u200b` separator in mkdocs.yml, jieba for Chinese).

Run on demand; prints figures, asserts nothing. Each site is built once per engine
(`KB_SEARCH_ENGINE=pagefind|lunr`, build wall time recorded: Pagefind's added build time is the
difference), served locally and searched in headless Chromium through Material's search box
(tests/support/search_suite.py), one fresh browser context per language, after the search worker
has reported READY.

1. The real KB: the regression suite (tests/search/queries.yml): hit@1, hit@3, milliseconds from
   the key press to the first results (median, p95).
2. A generated KB of 1,000 pages x 5 languages (search_corpus.py): 15 queries per language made
   of the corpus's own words; timings only. `--quick` runs part 1 only.

Bytes are what a host serving gzip would send. Per search: Pagefind, what the worker fetched
between the key press and the settled results (its index chunks and fragments, stored gzipped);
lunr, the gzipped search/search_index.json, which every reader downloads on page load (all five
languages in one file) before the first search. "load" is what the search fetched while the
page loaded (worker, engine, index metadata; the whole index for lunr). Index sizes are on disk:
Pagefind per language (metadata, index chunks, fragments) and its whole bundle; lunr raw and gzip.

Targets, for Pagefind: per language hit@1 >= 90 % and hit@3 >= 98 % (queries.yml); at 1,000 x 5
pages, at most 300 KB fetched per search and p95 <= 100 ms to first results.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS_DIR), str(TESTS_DIR.parent / "hooks"), str(Path(__file__).resolve().parent)]

from playwright.sync_api import Browser, Error, Page, Response, sync_playwright  # noqa: E402
from search_corpus import corpus_queries, write_corpus  # noqa: E402

from support.browser import CHROMIUM_ARGS  # noqa: E402
from support.mkdocs_run import run_tool  # noqa: E402
from support.paths import CHROMIUM, HOOKS_DIR, LANGUAGES, REPO_ROOT  # noqa: E402
from support.search_suite import LanguageScore, QueryOutcome, SuiteQuery, language_root, open_search, run_query, score, suite  # noqa: E402
from support.static_server import serve_folder  # noqa: E402

ENGINES = ("pagefind", "lunr")
CORPUS_PAGES = 1000
CORPUS_QUERIES = 15
HIT_AT_1, HIT_AT_3 = 0.90, 0.98
MAX_BYTES_PER_SEARCH = 300_000
MAX_P95_MS = 100.0
BUILD_TIMEOUT_S = 3 * 3600
READY_TIMEOUT_MS = 300_000
LUNR_INDEX = Path("search") / "search_index.json"
GZIP_MAGIC = b"\x1f\x8b"
SEARCH_FILES = (
    "/pagefind/",
    "/search/search_index.json",
    "/javascripts/lunr/",
    "/javascripts/workers/search",
    "search-worker.js",
    "search-query.js",
)

# Before any page script: note when a worker first answers READY (Material's protocol: 1),
# which both Material's lunr worker and the KB's Pagefind worker send once they can search.
_WATCH_READY = """(() => {
  window.__kbSearchReady = null
  const NativeWorker = window.Worker
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args)
      this.addEventListener("message", ({ data }) => {
        if (data && data.type === 1 && window.__kbSearchReady === null) window.__kbSearchReady = performance.now()
      })
    }
  }
})()"""


@dataclass(frozen=True)
class Build:
    engine: str
    site_dir: Path
    seconds: float


@dataclass(frozen=True)
class LanguageRun:
    score: LanguageScore
    ready_ms: float  # from navigation start to the worker's READY
    load_bytes: int  # search files fetched while the page loaded
    search_bytes: list[int]  # per query
    answered: int  # queries that showed results


@dataclass(frozen=True)
class EngineRun:
    build: Build
    languages: list[LanguageRun]


# --- building ---------------------------------------------------------------------------


def build_site(project: Path, site_dir: Path, engine: str) -> Build:
    started = time.perf_counter()
    result = run_tool(
        "mkdocs", "build", "--strict", "--site-dir", str(site_dir), cwd=project,
        extra_env={"KB_SEARCH_ENGINE": engine, "PYTHONPATH": str(HOOKS_DIR)}, timeout=BUILD_TIMEOUT_S,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{engine} build of {project} failed after {seconds:.1f} s:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    return Build(engine, site_dir, seconds)


# --- sizes ------------------------------------------------------------------------------


def gzip_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


def wire_bytes(response: Response) -> int:
    """The response's body as a gzip-serving host sends it (Pagefind's files are gzip already)."""
    try:
        body = response.body()
    except Error:  # a worker script's body is not kept
        return max(0, response.request.sizes()["responseBodySize"])
    return len(body) if body.startswith(GZIP_MAGIC) else gzip_size(body)


def folder_bytes(folder: Path, pattern: str = "*") -> int:
    return sum(path.stat().st_size for path in folder.rglob(pattern) if path.is_file())


def pagefind_index_bytes(site_dir: Path, language: str) -> int:
    """One language's Pagefind index on disk: its metadata, index chunks and fragments."""
    bundle = site_dir / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    meta = bundle / f"pagefind.{entry['languages'][language]['hash']}.pf_meta"
    return meta.stat().st_size + folder_bytes(bundle / "index", f"{language}_*") + folder_bytes(bundle / "fragment", f"{language}_*")


@cache
def lunr_index_gzip_bytes(site_dir: Path) -> int:
    return gzip_size((site_dir / LUNR_INDEX).read_bytes())


def index_bytes(build: Build, language: str) -> int:
    return pagefind_index_bytes(build.site_dir, language) if build.engine == "pagefind" else lunr_index_gzip_bytes(build.site_dir)


def index_summary(build: Build) -> str:
    if build.engine == "pagefind":
        return f"bundle {folder_bytes(build.site_dir / 'pagefind') / 1000:.0f} KB on disk (all languages, UI files included)"
    raw = (build.site_dir / LUNR_INDEX).stat().st_size
    return f"search_index.json {raw / 1000:.0f} KB raw, {lunr_index_gzip_bytes(build.site_dir) / 1000:.0f} KB gzip (all languages)"


# --- searching --------------------------------------------------------------------------


@contextmanager
def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def is_search_file(url: str) -> bool:
    return any(part in url for part in SEARCH_FILES)


def open_search_when_ready(page: Page, url: str) -> float:
    """search_suite.open_search, then wait for the worker's READY; milliseconds to READY."""
    page.add_init_script(_WATCH_READY)
    open_search(page, url)
    page.wait_for_function("() => window.__kbSearchReady !== null", timeout=READY_TIMEOUT_MS)
    return float(page.evaluate("() => window.__kbSearchReady"))


def measure_language(browser: Browser, root: str, language: str, queries: list[SuiteQuery], *, per_search_extra: int) -> LanguageRun:
    """Queries typed one after another on the language's home page, as search_suite.run_language does."""
    context = browser.new_context()
    try:
        page = context.new_page()
        responses: list[Response] = []
        page.on("response", lambda response: responses.append(response))  # the page's and its workers' requests
        ready_ms = open_search_when_ready(page, language_root(root, language))
        load_bytes = sum(wire_bytes(response) for response in responses if is_search_file(response.url))
        outcomes: list[QueryOutcome] = []
        search_bytes: list[int] = []
        for query in queries:
            responses.clear()
            outcomes.append(run_query(page, query, root=root))
            search_bytes.append(per_search_extra + sum(wire_bytes(response) for response in responses))
        answered = sum(1 for outcome in outcomes if outcome.milliseconds is not None)
        return LanguageRun(score(outcomes), ready_ms, load_bytes, search_bytes, answered)
    finally:
        context.close()


def measure_engine(browser: Browser, build: Build, queries_of: Callable[[str], list[SuiteQuery]]) -> EngineRun:
    extra = lunr_index_gzip_bytes(build.site_dir) if build.engine == "lunr" else 0
    with serve_folder(build.site_dir) as root:
        runs = [measure_language(browser, root, language, queries_of(language), per_search_extra=extra) for language in LANGUAGES]
    return EngineRun(build, runs)


# --- reporting --------------------------------------------------------------------------


def kb(size: float) -> str:
    return f"{size / 1000:.1f}"


def print_table(title: str, runs: list[EngineRun], *, with_hits: bool) -> None:
    print(f"\n== {title} ==")
    builds = {run.build.engine: run.build.seconds for run in runs}
    if set(ENGINES) <= builds.keys():
        print(
            f"build wall time: pagefind {builds['pagefind']:.1f} s, lunr {builds['lunr']:.1f} s -> Pagefind adds {builds['pagefind'] - builds['lunr']:+.1f} s"
        )
    header = f"{'engine':<9}{'lang':<5}{'queries':>8}{'answered':>9}" + (f"{'hit@1':>7}{'hit@3':>7}" if with_hits else "")
    header += f"{'med ms':>8}{'p95 ms':>8}{'ready ms':>10}{'load KB':>9}{'KB/search med':>15}{'max':>8}{'index KB':>10}"
    for run in runs:
        print(f"{run.build.engine}: {index_summary(run.build)}")
    print(header)
    print("-" * len(header))
    for run in runs:
        for language in run.languages:
            result = language.score
            row = f"{run.build.engine:<9}{result.language:<5}{result.queries:>8}{language.answered:>9}"
            row += f"{result.hit_at_1:>7.0%}{result.hit_at_3:>7.0%}" if with_hits else ""
            row += f"{result.median_ms:>8.1f}{result.p95_ms:>8.1f}{language.ready_ms:>10.0f}{kb(language.load_bytes):>9}"
            row += f"{kb(statistics.median(language.search_bytes)):>15}{kb(max(language.search_bytes)):>8}{kb(index_bytes(run.build, result.language)):>10}"
            print(row)
    print("(answered: queries that showed results, the only ones timed; index KB: Pagefind, that language's index")
    print(" on disk; lunr, the one gzipped index of all languages; KB = 1,000 bytes)")


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def print_summary(real: EngineRun, corpus: EngineRun | None) -> None:
    scores = [language.score for language in real.languages]
    print("\n== Targets (Pagefind) ==")
    worst_1 = min(scores, key=lambda result: result.hit_at_1)
    worst_3 = min(scores, key=lambda result: result.hit_at_3)
    print(
        f"real KB hit@1 >= {HIT_AT_1:.0%} per language: lowest {worst_1.hit_at_1:.0%} ({worst_1.language}) -> {verdict(worst_1.hit_at_1 >= HIT_AT_1)}"
    )
    print(
        f"real KB hit@3 >= {HIT_AT_3:.0%} per language: lowest {worst_3.hit_at_3:.0%} ({worst_3.language}) -> {verdict(worst_3.hit_at_3 >= HIT_AT_3)}"
    )
    if corpus is None:
        print("1,000 x 5 corpus targets (<= 300 KB per search, p95 <= 100 ms): not measured (--quick)")
        return
    most = max(corpus.languages, key=lambda language: max(language.search_bytes))
    slowest = max(corpus.languages, key=lambda language: language.score.p95_ms)
    print(
        f"corpus bytes per search <= {kb(MAX_BYTES_PER_SEARCH)} KB: max {kb(max(most.search_bytes))} KB ({most.score.language}) -> {verdict(max(most.search_bytes) <= MAX_BYTES_PER_SEARCH)}"
    )
    print(
        f"corpus p95 to first results <= {MAX_P95_MS:.0f} ms: highest {slowest.score.p95_ms:.1f} ms ({slowest.score.language}) -> {verdict(slowest.score.p95_ms <= MAX_P95_MS)}"
    )


# --- scenarios --------------------------------------------------------------------------


def run_scenario(
    browser: Browser, label: str, project: Path, scratch: Path, queries_of: Callable[[str], list[SuiteQuery]]
) -> list[EngineRun]:
    runs = []
    for engine in ENGINES:
        build = build_site(project, scratch / f"site-{engine}", engine)
        print(f"built the {label} with {engine} in {build.seconds:.1f} s", flush=True)
        runs.append(measure_engine(browser, build, queries_of))
    return runs


def real_kb(browser: Browser, scratch: Path) -> list[EngineRun]:
    return run_scenario(browser, "real KB", REPO_ROOT, scratch, lambda language: suite([language]))


def generated_kb(browser: Browser, scratch: Path, pages: int) -> list[EngineRun]:
    started = time.perf_counter()
    project = write_corpus(scratch / "corpus", pages)
    print(f"wrote the corpus ({pages} pages x {len(LANGUAGES)} languages) in {time.perf_counter() - started:.1f} s", flush=True)
    queries = {
        language: [SuiteQuery(language, query, ()) for query in corpus_queries(project, language, CORPUS_QUERIES)] for language in LANGUAGES
    }
    for language, items in queries.items():
        print(f"  {language} queries: {', '.join(query.query for query in items)}")
    return run_scenario(browser, "generated KB", project, scratch, queries.__getitem__)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the real KB only, no generated corpus")
    parser.add_argument("--pages", type=int, default=CORPUS_PAGES, help="generated pages per language")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-search-bench-") as scratch, chromium() as browser:
        real = real_kb(browser, Path(scratch) / "real")
        print_table("Real KB: query suite (tests/search/queries.yml)", real, with_hits=True)
        corpus = None if options.quick else generated_kb(browser, Path(scratch) / "generated", options.pages)
        if corpus is not None:
            print_table(
                f"Generated KB: {options.pages} pages x {len(LANGUAGES)} languages, {CORPUS_QUERIES} queries each", corpus, with_hits=False
            )
        print_summary(real[0], corpus[0] if corpus else None)


if __name__ == "__main__":
    main()
