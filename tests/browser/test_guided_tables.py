"""On a live call, in the published site and real Chromium, in every language: guided decisions
by keyboard only, answer cards whose copy button copies the script, state that survives a
reload and a language switch, row links that copy the row's address and keep it, tooltips
inside the viewport, tables as cards on a phone, printing without the controls."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from playwright.sync_api import Locator, Page, expect

from support.browser import wcag_violations
from support.paths import LANGUAGES, language_prefix

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 768}


@dataclass(frozen=True)
class GuidedTable:
    page: str
    table: str
    # Which choice to make for each question, in order (the first enabled one when None).
    choices: tuple[str | None, ...]
    row: str
    has_script: bool


TABLES = (
    GuidedTable("baofeng-tv/application-process/", "after-sales-steps", ("step-4",), "after-sales-steps--step-4", False),
    GuidedTable(
        "home-shopping/where-is-my-parcel/", "parcel-status", ("exported-arrived", "post"), "parcel-status--exported-arrived-post", True
    ),
    # Hit policy "first": once every question is answered, the first row left is the answer.
    GuidedTable("entekhab-1699/address-change/", "entekhab-address-change", ("after", None), "", False),
)

# Records what the page copies: Material's clipboard handler selects the text and runs the
# copy command, which fires this event with the selection it copies.
RECORD_COPIES = """() => {
  window.kbCopied = [];
  document.addEventListener("copy", () => window.kbCopied.push(document.getSelection().toString()), true);
}"""


def table_locator(page: Page, table: str) -> Locator:
    return page.locator(f".kb-decision-table[data-kb-table='{table}']")


def visible_rows(page: Page, table: str) -> list[str]:
    return table_locator(page, table).locator("tbody tr:visible").evaluate_all("rows => rows.map(row => row.id)")


def guide_by_keyboard(page: Page, case: GuidedTable) -> None:
    """Open guided mode and answer each question with the keyboard only."""
    container = table_locator(page, case.table)
    container.locator("[data-kb-filter]").focus()
    summary = container.locator("summary")
    for _ in range(4):  # filter box, (disabled clear button skipped), summary
        page.keyboard.press("Tab")
        if summary.evaluate("element => element === document.activeElement"):
            break
    expect(summary).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    for wanted in case.choices:
        focused = page.evaluate("document.activeElement.type")
        assert focused == "radio"
        if wanted is not None:
            for _ in range(40):
                if page.evaluate("document.activeElement.value") == wanted:
                    break
                page.keyboard.press("ArrowDown")
            assert page.evaluate("document.activeElement.value") == wanted
        page.keyboard.press("Space")
        page.keyboard.press("Enter")


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", TABLES, ids=lambda case: case.table)
def test_guided_mode_reaches_one_row_by_keyboard_and_keeps_it(page: Page, release_url: str, language: str, case: GuidedTable) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(f"{release_url}{language_prefix(language)}{case.page}")
    page.evaluate(RECORD_COPIES)
    guide_by_keyboard(page, case)

    rows = visible_rows(page, case.table)
    if case.row:
        assert rows == [case.row]
    card = table_locator(page, case.table).locator("[data-kb-answer]")
    expect(card).to_be_visible()
    expect(card).to_be_focused()
    count = table_locator(page, case.table).locator("[data-kb-count]")
    assert count.get_attribute("role") == "status"
    page.wait_for_url(re.compile(rf"[?&]guide-{case.table}="))

    if case.has_script:
        script = card.locator(".kb-script-text").first
        expected = script.inner_text()
        card.locator(".kb-script-copy").first.click()
        copied = page.evaluate("window.kbCopied")
        assert copied and copied[-1].strip() == expected.strip()
        assert "«" in expected and "\n" not in expected.strip()  # the script, not its meaning line

    # Reload: the same single row and its answer.
    page.goto(page.url)
    assert visible_rows(page, case.table) == rows
    expect(table_locator(page, case.table).locator("[data-kb-answer]")).to_be_visible()

    # Escape steps back one choice.
    first_choice = table_locator(page, case.table).locator("input[type=radio]:checked").first
    first_choice.focus()
    page.keyboard.press("Escape")
    assert len(visible_rows(page, case.table)) > 1


@pytest.mark.parametrize(("language", "other"), [("en", "fa"), ("fa", "zh"), ("ru", "lv"), ("lv", "en"), ("zh", "ru")])
def test_language_switch_keeps_the_guided_choice_and_the_row_anchor(page: Page, release_url: str, language: str, other: str) -> None:
    case = TABLES[1]
    query = f"?guide-{case.table}=status:exported-arrived,delivery:post"
    page.goto(f"{release_url}{language_prefix(language)}{case.page}{query}#{case.row}")
    assert visible_rows(page, case.table) == [case.row]
    switcher = page.locator(f"a.md-select__link[hreflang='{other}']")
    switcher.focus()
    page.keyboard.press("Enter")
    target = f"{release_url}{language_prefix(other)}{case.page}"
    page.wait_for_url(lambda url: url.startswith(target))
    assert page.url.endswith(f"#{case.row}")
    assert visible_rows(page, case.table) == [case.row]
    expect(table_locator(page, case.table).locator("[data-kb-answer]")).to_be_visible()


@pytest.mark.parametrize("language", LANGUAGES)
def test_row_link_copies_the_rows_absolute_address_and_the_address_keeps_it(page: Page, release_url: str, language: str) -> None:
    case = TABLES[1]
    address = f"{release_url}{language_prefix(language)}{case.page}"
    page.goto(address)
    page.evaluate(RECORD_COPIES)
    row = page.locator(f"#{case.row}")
    row.hover()
    row.locator(".kb-dt-permalink").click()
    assert page.evaluate("window.kbCopied")[-1] == f"{address}#{case.row}"
    page.mouse.wheel(0, 1500)
    page.wait_for_timeout(2000)
    assert page.url == f"{address}#{case.row}"


def test_an_empty_result_says_what_was_searched_and_clears(page: Page, release_url: str) -> None:
    case = TABLES[1]
    page.goto(f"{release_url}ru/{case.page}")
    container = table_locator(page, case.table)
    box = container.locator("[data-kb-filter]")
    box.fill("жжжжж")
    box.press("End")
    empty = container.locator("[data-kb-empty]")
    expect(empty).to_be_visible()
    expect(empty).to_contain_text("«жжжжж»")
    expect(container.locator("table")).to_be_hidden()
    empty.get_by_role("button").click()
    expect(container.locator("table")).to_be_visible()
    assert len(visible_rows(page, case.table)) > 1


@pytest.mark.parametrize("language", ["en", "fa"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_glossary_tooltips_open_inside_the_viewport_by_keyboard(
    page: Page, release_url: str, language: str, viewport: dict[str, int]
) -> None:
    page.set_viewport_size(viewport)
    page.goto(f"{release_url}{language_prefix(language)}home-shopping/where-is-my-parcel/")
    terms = page.locator(".md-typeset abbr.kb-abbr")
    assert terms.count() > 0
    # The term nearest the inline end of a line is the one that overflowed before.
    for index in range(min(terms.count(), 6)):
        term = terms.nth(index)
        term.scroll_into_view_if_needed()
        term.focus()
        tip = page.locator("#kb-abbr-tip")
        expect(tip).to_be_visible()
        box = tip.bounding_box()
        assert box is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
        assert box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]
        assert tip.inner_text() == term.get_attribute("data-kb-tip")
        page.keyboard.press("Escape")
        expect(tip).to_be_hidden()


@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_are_cards_without_sideways_scrolling_on_a_phone(page: Page, release_url: str, language: str) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{release_url}{language_prefix(language)}home-shopping/where-is-my-parcel/")
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    row = page.locator("#parcel-status--exported-arrived-post")
    assert row.evaluate("row => getComputedStyle(row).display") == "block"
    label = row.locator("td[data-kb-output]").first.evaluate("cell => getComputedStyle(cell, '::before').content")
    assert label.strip('"') == row.locator("td[data-kb-output]").first.get_attribute("data-kb-label")


# Printed on A4, the "where is my parcel" page took 12 sheets before tables had a print style.
PRINTED_SHEETS_BEFORE = 12


def test_the_parcel_page_prints_on_half_the_sheets(page: Page, release_url: str) -> None:
    page.goto(f"{release_url}home-shopping/where-is-my-parcel/")
    pdf = page.pdf(format="A4")
    sheets = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 0 < sheets <= PRINTED_SHEETS_BEFORE // 2


def test_search_result_titles_keep_the_persian_half_space(page: Page, release_url: str) -> None:
    page.goto(f"{release_url}fa/home-shopping/crm-statuses/")
    page.keyboard.press("s")
    search = page.locator(".md-search__input")
    search.fill("وضعیت‌ها")
    search.press("End")
    title = page.locator(".md-search-result__item h1, .md-search-result__item h2").first
    expect(title).to_contain_text("وضعیت\u200cها")


def test_printing_hides_the_controls_and_states_the_choice(page: Page, release_url: str) -> None:
    case = TABLES[1]
    page.goto(f"{release_url}{case.page}?guide-{case.table}=status:buffer")
    container = table_locator(page, case.table)
    page.emulate_media(media="print")
    expect(container.locator(".kb-dt-filter")).to_be_hidden()
    expect(container.locator("[data-kb-guide]")).to_be_hidden()
    expect(container.locator(".kb-dt-permalink").first).to_be_hidden()
    stated = container.evaluate("element => getComputedStyle(element, '::before').content")
    assert "«Буфер»" in stated
    assert visible_rows(page, case.table) == ["parcel-status--buffer"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("case", TABLES, ids=lambda case: case.table)
def test_guided_mode_open_meets_wcag(page: Page, release_url: str, language: str, case: GuidedTable) -> None:
    page.goto(f"{release_url}{language_prefix(language)}{case.page}")
    table_locator(page, case.table).locator("summary").click()
    table_locator(page, case.table).locator("input[type=radio]:enabled").first.check()
    assert wcag_violations(page) == []
