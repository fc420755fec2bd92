"""Decision tables in real Chromium: filtering as you type, row counts, URL state, row links."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from support.browser import record_requests, wcag_violations

pytestmark = pytest.mark.browser

RUSSIAN_PAGE = "ru/"
PERSIAN_PAGE = "fa/refunds/"


def filter_rows(page: Page, query: str) -> None:
    """Enter a query as the filter sees typing. Playwright's type() inserts non-Latin
    text without key events; fill() fires the input event the filter listens to."""
    box = page.locator(".kb-decision-table").get_by_role("searchbox")
    box.fill(query)
    box.press("End")


def visible_row_ids(page: Page) -> list[str]:
    return page.locator(".kb-decision-table tbody tr:visible").evaluate_all("rows => rows.map(row => row.id)")


def test_cyrillic_filter_is_case_insensitive_and_counts_rows(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}")
    expect(page.locator(".kb-dt-count")).to_have_text("Показано строк: 3 из 3")
    filter_rows(page, "буфер")
    assert visible_row_ids(page) == ["parcel-status--buffer-courier", "parcel-status--buffer-post"]
    expect(page.locator(".kb-dt-count")).to_have_text("Показано строк: 2 из 3")
    filter_rows(page, "буфер почта")
    assert visible_row_ids(page) == ["parcel-status--buffer-post"]
    filter_rows(page, "ОТГРУЖЕН")
    assert visible_row_ids(page) == ["parcel-status--shipped-any"]


def test_filter_state_is_in_the_url_and_survives_a_reload(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}")
    filter_rows(page, "курьер")
    assert "filter-parcel-status=%D0%BA%D1%83%D1%80%D1%8C%D0%B5%D1%80" in page.url
    page.goto(page.url)  # a colleague opens the shared link
    expect(page.locator(".kb-decision-table").get_by_role("searchbox")).to_have_value("курьер")
    assert visible_row_ids(page) == ["parcel-status--buffer-courier"]


def test_clear_button_and_escape_show_every_row(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}?filter-parcel-status=почта")
    assert len(visible_row_ids(page)) == 1
    page.locator(".kb-decision-table").get_by_role("button", name="Очистить").click()
    assert len(visible_row_ids(page)) == 3
    assert "filter-parcel-status" not in page.url
    expect(page.locator(".kb-decision-table").get_by_role("searchbox")).to_be_focused()
    filter_rows(page, "почта")
    page.keyboard.press("Escape")
    assert len(visible_row_ids(page)) == 3


def test_ascii_digits_find_persian_digits_on_the_rtl_page(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}{PERSIAN_PAGE}")
    assert page.evaluate("getComputedStyle(document.querySelector('.kb-decision-table table')).direction") == "rtl"
    expect(page.locator(".kb-dt-count")).to_have_text("نمایش ۲ ردیف از ۲")
    filter_rows(page, "500000")
    assert visible_row_ids(page) == ["refund-thresholds--up-to-500000"]
    expect(page.locator(".kb-dt-count")).to_have_text("نمایش ۱ ردیف از ۲")
    filter_rows(page, "3,000,000")
    assert visible_row_ids(page) == ["refund-thresholds--up-to-3000000"]
    filter_rows(page, "۵۰۰")
    assert visible_row_ids(page) == ["refund-thresholds--up-to-500000"]


def test_english_digits_match_persian_separators_and_latin_diacritics(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}refunds/")
    filter_rows(page, "500 000")
    assert visible_row_ids(page) == ["refund-thresholds--up-to-500000"]
    assert page.evaluate("kbDecisionTables.normalize('Atbildē ĀTRI')") == "atbilde atri"


def test_row_link_scrolls_to_and_highlights_the_row(page: Page, tables_site_url: str) -> None:
    page.set_viewport_size({"width": 1000, "height": 400})
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}#parcel-status--shipped-any")
    row = page.locator("#parcel-status--shipped-any")
    expect(row).to_be_in_viewport()
    assert row.evaluate("row => row.matches(':target')")
    highlighted = row.locator("td").first.evaluate("cell => getComputedStyle(cell).backgroundColor")
    plain = page.locator("#parcel-status--buffer-post td").first.evaluate("cell => getComputedStyle(cell).backgroundColor")
    assert highlighted != plain


def test_row_link_wins_over_a_filter_that_would_hide_its_row(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}?filter-parcel-status=курьер#parcel-status--shipped-any")
    expect(page.locator("#parcel-status--shipped-any")).to_be_visible()


def test_without_javascript_the_whole_table_is_shown(browser, tables_site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}?filter-parcel-status=курьер")
    expect(page.locator(".kb-dt-filter")).to_be_hidden()
    assert len(visible_row_ids(page)) == 3
    context.close()


def test_keyboard_reaches_the_filter_and_the_row_links(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}")
    page.locator(".kb-decision-table").get_by_role("searchbox").focus()
    page.keyboard.type("shipped")  # Latin: real key events
    page.keyboard.press("Tab")
    expect(page.locator(".kb-dt-filter").get_by_role("button", name="Очистить")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".kb-decision-table").get_by_role("searchbox")).to_have_value("")


@pytest.mark.parametrize("path", [RUSSIAN_PAGE, PERSIAN_PAGE, ""])
def test_table_pages_meet_wcag_and_stay_on_the_site(page: Page, tables_site_url: str, path: str) -> None:
    requests = record_requests(page, tables_site_url)
    page.goto(f"{tables_site_url}{path}", wait_until="networkidle")
    filter_rows(page, "1")
    assert wcag_violations(page) == []
    assert requests.third_party == []
    assert requests.failed == []


def test_site_search_lands_on_the_row(page: Page, tables_site_url: str) -> None:
    page.goto(f"{tables_site_url}{RUSSIAN_PAGE}")
    page.keyboard.press("s")  # Material's shortcut to the search box
    search = page.locator(".md-search__input")
    search.fill("почта")
    search.press("End")
    # Material groups results by page: the page link first, then its matching sections.
    first = page.locator(".md-search-result__item a[href*='#']").first
    expect(first).to_have_attribute("href", re.compile(r"#parcel-status--buffer-post$"))
    expect(first).to_contain_text("Буфер · Почта России")
    first.click()
    expect(page.locator("#parcel-status--buffer-post")).to_be_in_viewport()
