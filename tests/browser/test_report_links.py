""" "Report a problem" in real Chromium, on the published release: on a page with a decision
table in Persian (right to left) and in Chinese, the page's link and each row's are visible,
reached with the keyboard, ringed when focused and named in the page's language; axe finds no
WCAG 2.2 AA violations."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from support.browser import wcag_violations
from support.interface import ui_text

pytestmark = pytest.mark.browser

TABLE_PAGE = "online-store/send-to-branded-store/"


def tab_to(page: Page, target: Locator, *, limit: int = 600) -> None:
    """Press Tab from the top of the page until target has the focus, as a keyboard user would."""
    page.locator("body").focus()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    pytest.fail(f"Tab never reached {target}")


def focus_ring(link: Locator) -> tuple[str, str]:
    style = link.evaluate("element => { const style = getComputedStyle(element); return [style.outlineStyle, style.outlineWidth] }")
    return (style[0], style[1])


@pytest.mark.parametrize("language", ["fa", "zh"])
def test_report_links_are_visible_focusable_and_named_in_the_page_language(page: Page, release_url: str, language: str) -> None:
    ui = ui_text(language)
    page.goto(f"{release_url}{language}/{TABLE_PAGE}", wait_until="networkidle")
    assert page.evaluate("document.documentElement.lang") == language

    link = page.locator(".kb-report-problem a")
    expect(link).to_have_count(1)
    expect(link).to_be_visible()
    expect(link).to_have_accessible_name(ui.report_problem)
    tab_to(page, link)
    expect(link).to_be_in_viewport()
    assert focus_ring(link) == ("solid", "2px")

    rows = page.locator(".kb-decision-table tbody tr[data-kb-row]")
    assert rows.count() > 0
    first_row = rows.first
    report = first_row.locator(".kb-dt-report")
    expect(report).to_be_visible()
    name = report.get_attribute("aria-label") or ""
    assert name.startswith(f"{ui.report_row_problem}: ")
    # The next stop after the row's own link.
    first_row.locator(".kb-dt-permalink").focus()
    page.keyboard.press("Tab")
    expect(report).to_be_focused()
    assert focus_ring(report) == ("solid", "2px")
    assert (report.get_attribute("href") or "").endswith(f"&row={first_row.get_attribute('id')}")

    assert wcag_violations(page) == []
