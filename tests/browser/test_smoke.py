"""The published KB in real headless Chromium: the switcher, the self-hosted font, WCAG on the
home and content pages (every page of every language: test_every_page.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from support.browser import record_requests, wcag_violations
from support.paths import LANGUAGES, language_prefix
from support.publish import LATEST_ALIAS, PUBLISHED_VERSION

pytestmark = pytest.mark.browser

CONTENT_PAGE = "using-the-kb/"


def open_page(page: Page, url: str) -> None:
    page.goto(url, wait_until="networkidle")


def switch_language(page: Page, language: str) -> None:
    """Choose a language in the header's language menu, as a reader does."""
    page.locator(".md-header .md-select").hover()
    page.locator(f'a.md-select__link[hreflang="{language}"]').click()
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("target", [language for language in LANGUAGES if language != "en"])
def test_switcher_keeps_the_page_and_the_release(page: Page, release_url: str, target: str) -> None:
    open_page(page, f"{release_url}{CONTENT_PAGE}")
    switch_language(page, target)
    assert page.url == f"{release_url}{target}/{CONTENT_PAGE}"
    expect(page.locator("html")).to_have_attribute("lang", target)


@pytest.mark.parametrize(("source", "target"), [("fa", "lv"), ("zh", "en"), ("en", "ru")])
def test_switcher_from_a_home_page_stays_in_the_release(page: Page, release_url: str, source: str, target: str) -> None:
    open_page(page, f"{release_url}{language_prefix(source)}")
    switch_language(page, target)
    assert page.url == f"{release_url}{language_prefix(target)}"
    expect(page.locator("html")).to_have_attribute("lang", target)


def test_persian_uses_the_self_hosted_font(page: Page, release_url: str) -> None:
    requests = record_requests(page, release_url)
    open_page(page, f"{release_url}fa/")
    expect(page.locator("body")).to_have_attribute("dir", "rtl")
    assert page.evaluate("document.fonts.ready.then(() => document.fonts.check('16px Vazirmatn', 'پایگاه دانش'))")
    assert [url for url in requests.requested if url.endswith("vazirmatn-arabic-wght-normal.woff2")]
    assert requests.failed == []


def test_version_selector_shows_the_release(page: Page, release_url: str) -> None:
    open_page(page, f"{release_url}ru/{CONTENT_PAGE}")
    current = page.locator(".md-version__current")
    expect(current).to_contain_text(PUBLISHED_VERSION)
    expect(current).to_contain_text(LATEST_ALIAS)


def test_site_root_redirects_to_the_latest_release(page: Page, published_url: str) -> None:
    open_page(page, published_url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    assert page.url == f"{published_url}{LATEST_ALIAS}/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_meet_wcag_22_aa(page: Page, release_url: str, language: str) -> None:
    for slug in ("", CONTENT_PAGE):
        open_page(page, f"{release_url}{language_prefix(language)}{slug}")
        assert wcag_violations(page) == [], f"{language_prefix(language)}{slug}"
