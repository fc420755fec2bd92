"""The search regression suite (tests/search/queries.yml), run through the site's search box.

Used by the browser test (targets) and the search benchmark (figures). A query is typed the
way Playwright can make Material listen: fill() then End (type() sends no key events for
non-Latin text). Results are read from Material's result list once it stops changing and is not
busy (results show by title first, then their excerpts).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Page

QUERIES_FILE = Path(__file__).resolve().parents[1] / "search" / "queries.yml"
# Agents' own wording: a half that may be tuned on, and one that never is.
AGENT_SUITES = {half: QUERIES_FILE.with_name(f"agent-queries.{half}.yml") for half in ("tuning", "held-out")}

# Installed in the page: when the query was typed, when results first showed, when the list
# last changed.
_WATCH_RESULTS = """() => {
  const list = document.querySelector(".md-search-result__list")
  window.__kbSearch = { typed: null, shown: null, changed: performance.now() }
  document.querySelector("[data-md-component=search-query]").addEventListener("keydown", () => {
    window.__kbSearch = { typed: performance.now(), shown: null, changed: performance.now() }
  }, { capture: true })
  new MutationObserver(() => {
    const now = performance.now()
    window.__kbSearch.changed = now
    if (window.__kbSearch.shown === null && list.children.length) window.__kbSearch.shown = now
  }).observe(list, { childList: true })
}"""
_SETTLED = """(quietMs) => {
  const state = window.__kbSearch
  const meta = document.querySelector(".md-search-result__meta").textContent
  const busy = document.querySelector("[data-md-component=search-result][aria-busy=true]")
  return state.typed !== null && performance.now() - state.changed > quietMs && !busy
    && (state.shown !== null || performance.now() - state.typed > 1500)
}"""
_RESULT_GROUPS = """() => [...document.querySelectorAll(".md-search-result__item")].map(
  item => [...item.querySelectorAll("a[href]")].map(link => link.href))"""


@dataclass(frozen=True)
class SuiteQuery:
    language: str
    query: str
    targets: tuple[str, ...]
    category: str = ""


@dataclass(frozen=True)
class QueryOutcome:
    query: SuiteQuery
    rank: int | None  # 1-based result group that holds a target; None: not in the results
    milliseconds: float | None  # from the key press to the first results shown
    groups: list[list[str]]


def suite(languages: list[str] | None = None) -> list[SuiteQuery]:
    entries = yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))
    return [
        SuiteQuery(language, str(query), tuple(targets))
        for language, queries in entries.items()
        if not languages or language in languages
        for query, targets in queries
    ]


def agent_suite(half: str, languages: list[str] | None = None) -> list[SuiteQuery]:
    """One half of the agents' own wording (AGENT_SUITES)."""
    entries = yaml.safe_load(AGENT_SUITES[half].read_text(encoding="utf-8"))
    return [
        SuiteQuery(language, str(entry["query"]), tuple(entry["targets"]), str(entry["category"]))
        for language, queries in entries.items()
        if not languages or language in languages
        for entry in queries
    ]


def _place(url: str, *, root: str) -> str:
    """'ru/area/page/#row' for an absolute result link under root (search terms dropped)."""
    parts = urlsplit(url)
    path = parts.path.removeprefix(urlsplit(root).path)
    return f"{path}#{parts.fragment}" if parts.fragment else path


def rank_of(groups: list[list[str]], targets: tuple[str, ...], *, root: str) -> int | None:
    """The first result group with a target in it: a section or row link, or the page itself."""
    for number, links in enumerate(groups, start=1):
        places = {_place(link, root=root) for link in links}
        if places & set(targets):
            return number
    return None


def open_search(page: Page, url: str) -> None:
    """Open a page, wait for the search worker to have set up, focus the search box."""
    page.goto(url, wait_until="networkidle")
    page.evaluate(_WATCH_RESULTS)
    page.locator("[data-md-component=search-query]").focus()


def run_query(page: Page, query: SuiteQuery, *, root: str) -> QueryOutcome:
    box = page.locator("[data-md-component=search-query]")
    box.fill(query.query)
    box.press("End")
    page.wait_for_function(_SETTLED, arg=150, timeout=10_000)
    groups = page.evaluate(_RESULT_GROUPS)
    state = page.evaluate("() => window.__kbSearch")
    shown = state["shown"] - state["typed"] if state["shown"] is not None else None
    return QueryOutcome(query, rank_of(groups, query.targets, root=root), shown, groups)


def language_root(root: str, language: str, *, default: str = "en") -> str:
    return root if language == default else f"{root}{language}/"


@dataclass(frozen=True)
class LanguageScore:
    language: str
    queries: int
    hit_at_1: float
    hit_at_3: float
    median_ms: float
    p95_ms: float
    misses: list[QueryOutcome]


def score(outcomes: list[QueryOutcome]) -> LanguageScore:
    times = sorted(outcome.milliseconds for outcome in outcomes if outcome.milliseconds is not None) or [float("nan")]
    return LanguageScore(
        outcomes[0].query.language,
        len(outcomes),
        sum(1 for outcome in outcomes if outcome.rank == 1) / len(outcomes),
        sum(1 for outcome in outcomes if outcome.rank is not None and outcome.rank <= 3) / len(outcomes),
        statistics.median(times),
        times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
        [outcome for outcome in outcomes if outcome.rank != 1],
    )


def run_language(page: Page, root: str, language: str) -> LanguageScore:
    """Every suite query of one language, typed on that language's home page."""
    open_search(page, language_root(root, language))
    return score([run_query(page, query, root=root) for query in suite([language])])
