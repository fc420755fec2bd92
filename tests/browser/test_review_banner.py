"""The overdue-for-review banner and the Review status page in Chromium: no WCAG 2.2 A/AA
violation (axe) in any language, Persian right to left included. One build of the content
fixture as of a day when one page is overdue (tests/support/review_site.py), shared."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from support.browser import wcag_violations
from support.paths import LANGUAGES, language_prefix
from support.review_site import OVERDUE_PAGE, build_review_site
from support.static_server import serve_folder

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def review_site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    site, _ = build_review_site(tmp_path_factory.mktemp("review-browser"))
    with serve_folder(site) as url:
        yield url


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_banner_and_the_review_status_page_meet_wcag(browser: Browser, review_site_url: str, language: str) -> None:
    page = browser.new_page()
    page.goto(f"{review_site_url}{language_prefix(language)}{OVERDUE_PAGE}/", wait_until="networkidle")
    expect(page.locator(".kb-review-overdue[role=note] time")).to_have_attribute("datetime", "2027-04-20")
    assert wcag_violations(page) == []
    page.goto(f"{review_site_url}{language_prefix(language)}review-status/", wait_until="networkidle")
    expect(page.locator("article table caption").first).to_be_visible()
    if language == "fa":
        assert page.evaluate("getComputedStyle(document.querySelector('article table')).direction") == "rtl"
    assert wcag_violations(page) == []
    page.close()
