"""Every page of the published release in every language, in Chromium: the reader's own
language (no page shown in place of a missing translation, no out-of-date notice), the right
`lang` and direction, a visible title, and nothing fetched from another host."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from kb.core.languages import direction
from kb.pages import scan_docs
from support.browser import record_requests, wcag_violations
from support.paths import DOCS_DIR, LANGUAGES, SITE_LANGUAGES, language_prefix

pytestmark = pytest.mark.browser


def page_slugs() -> list[str]:
    """The URL of every page, relative to a language's home: '', 'area/', 'area/page/'."""
    slugs = []
    for page in sorted(scan_docs(DOCS_DIR, languages=SITE_LANGUAGES).pages):
        folder, _, name = page.rpartition("/")
        stem = name.removesuffix(".md")
        slugs.append("".join(f"{part}/" for part in [*filter(None, folder.split("/")), *([] if stem == "index" else [stem])]))
    return slugs


def test_the_walk_covers_every_area() -> None:
    assert {"", "online-store/", "entekhab-1699/refunds/", "swopify/seller-absence/", "baofeng-tv/time-limits/"} <= set(page_slugs())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_reads_in_the_language_itself(page: Page, release_url: str, language: str) -> None:
    requests = record_requests(page, release_url)
    problems = []
    for slug in page_slugs():
        url = f"{release_url}{language_prefix(language)}{slug}"
        page.goto(url, wait_until="domcontentloaded")
        state = page.evaluate(
            """() => ({
              lang: document.documentElement.lang,
              direction: getComputedStyle(document.querySelector(".md-content")).direction,
              title: (document.querySelector("article h1") || {}).textContent || "",
              notice: !!document.querySelector(".kb-translation-notice"),
            })"""
        )
        expected_direction = direction(language)
        if state["lang"] != language or state["direction"] != expected_direction or not state["title"].strip() or state["notice"]:
            problems.append((slug, state))
    assert problems == []
    assert requests.third_party == []
    # Going on to the next page cancels what the last one was still loading (its search worker).
    assert [failure for failure in requests.failed if not failure.startswith("net::ERR_ABORTED")] == []


# Every decision table's guided mode open, with a choice made (counts, disabled choices).
OPEN_GUIDED_MODE = """() => {
  for (const guide of document.querySelectorAll(".kb-dt-guide")) {
    guide.open = true;
    const choice = guide.querySelector("input[type=radio]:enabled");
    if (choice) choice.click();
  }
}"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_meets_wcag_with_guided_mode_open(page: Page, release_url: str, language: str) -> None:
    problems = {}
    for slug in page_slugs():
        page.goto(f"{release_url}{language_prefix(language)}{slug}", wait_until="load")
        page.evaluate(OPEN_GUIDED_MODE)
        if violations := wcag_violations(page):
            problems[slug] = violations
    assert problems == {}
