"""Every area of the published KB in Chromium: its pages render in their language and pass axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from support.browser import record_requests, wcag_violations
from support.paths import language_prefix

pytestmark = pytest.mark.browser

# (area, source language, a page with a decision table)
AREAS = [
    ("online-store", "ru", "send-to-branded-store"),
    ("entekhab-1699", "fa", "refunds"),
    ("home-shopping", "ru", "where-is-my-parcel"),
    ("swopify", "lv", "customer-contact-takeover"),
    ("baofeng-tv", "zh", "application-process"),
]


@pytest.mark.parametrize(("area", "source_language", "table_page"), AREAS)
@pytest.mark.parametrize("in_source_language", [True, False], ids=["source", "english"])
def test_area_pages_render_accessibly_and_offline(page: Page, release_url: str, area: str, source_language: str, table_page: str, in_source_language: bool) -> None:
    language = source_language if in_source_language else "en"
    requests = record_requests(page, release_url)
    for slug in ("", f"{table_page}/"):
        page.goto(f"{release_url}{language_prefix(language)}{area}/{slug}", wait_until="networkidle")
        expect(page.locator("html")).to_have_attribute("lang", language)
        assert wcag_violations(page) == [], f"{language}/{area}/{slug}"
    expect(page.locator(".kb-decision-table")).not_to_have_count(0)
    assert requests.third_party == []
    assert requests.failed == []
