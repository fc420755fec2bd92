"""Every area of the published KB in Chromium: its pages render in their language and pass axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from support.browser import record_requests, wcag_violations
from support.paths import LANGUAGES, language_prefix

pytestmark = pytest.mark.browser

# (area, a page with a decision table)
AREAS = [
    ("online-store", "send-to-branded-store"),
    ("entekhab-1699", "refunds"),
    ("home-shopping", "where-is-my-parcel"),
    ("swopify", "customer-contact-takeover"),
    ("baofeng-tv", "application-process"),
]


@pytest.mark.parametrize(("area", "table_page"), AREAS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_area_pages_render_accessibly_and_offline(page: Page, release_url: str, area: str, table_page: str, language: str) -> None:
    # Every area in every language: a Persian reader's table of Russian rules is right to left too.
    requests = record_requests(page, release_url)
    for slug in ("", f"{table_page}/"):
        page.goto(f"{release_url}{language_prefix(language)}{area}/{slug}", wait_until="load")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert wcag_violations(page) == [], f"{language}/{area}/{slug}"
    expect(page.locator(".kb-decision-table")).not_to_have_count(0)
    assert requests.third_party == []
    # Going on to the next page may cancel what the last one was still loading (its search worker).
    assert [failure for failure in requests.failed if not failure.startswith("net::ERR_ABORTED")] == []
