"""Search in agents' own words, on the published release in Chromium: colloquial queries,
typos, Latvian without diacritics and traditional Chinese find their page; queries whose words
are not all on one page still show results, and say which words they were found for; every
result says whose rule it is; the area picker narrows the results and is remembered for the
session; drafts rank below published pages and say so. (The queries here are the tests' own:
the agents' suites are run by tests/benchmarks/search_agents.py.)"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, Route, expect

from support.paths import language_prefix
from support.search_suite import SuiteQuery, open_search, run_query

pytestmark = pytest.mark.browser

# (language, kind, query, a page it must find among the first three result groups)
FINDS = [
    ("en", "colloquial", "seller away", "swopify/seller-absence/"),
    ("en", "typo", "bounced cheqeu", "entekhab-1699/cheques/"),
    ("ru", "colloquial", "деньги за возврат не пришли", "ru/home-shopping/where-is-my-money/"),
    ("ru", "typo", "заказ в статусе возрат", "ru/home-shopping/crm-statuses/"),
    ("fa", "colloquial", "چکم برگشت خورده", "fa/entekhab-1699/cheques/"),
    ("fa", "typo", "پیشفاکتر", "fa/entekhab-1699/during-purchase/"),
    ("lv", "colloquial", "kur sūtīt preci atpakaļ", "lv/home-shopping/return-address/"),
    ("lv", "typo", "atgriešanas adrse", "lv/home-shopping/return-address/"),
    ("lv", "no diacritics", "atgriesanas adrese", "lv/home-shopping/return-address/"),
    ("lv", "no diacritics", "pardevejs neatbild", "lv/swopify/customer-contact-takeover/"),
    ("zh", "colloquial", "退款还没到", "zh/home-shopping/where-is-my-money/"),
    ("zh", "typo", "baofnegtv", "zh/baofeng-tv/"),
    ("zh", "traditional", "退貨地址", "zh/home-shopping/return-address/"),
    ("zh", "traditional", "聯繫賣家", "zh/swopify/customer-contact-takeover/"),
]


def search(page: Page, release_url: str, language: str, query: str) -> list[list[str]]:
    open_search(page, f"{release_url}{language_prefix(language)}")
    return run_query(page, SuiteQuery(language, query, ()), root=release_url).groups


@pytest.mark.parametrize(("language", "kind", "query", "expected"), FINDS, ids=[f"{case[0]}-{case[1]}-{case[2]}" for case in FINDS])
def test_agents_wording_finds_its_page(page: Page, release_url: str, language: str, kind: str, query: str, expected: str) -> None:
    groups = search(page, release_url, language, query)
    pages = [group[0].removeprefix(release_url).split("?")[0].split("#")[0] for group in groups[:3]]
    assert any(found.startswith(expected) for found in pages), (kind, pages)


def test_a_query_whose_words_are_not_all_on_one_page_shows_what_it_found(page: Page, release_url: str) -> None:
    groups = search(page, release_url, "lv", "garantija zzzzqq beigusies")
    assert groups, "a query with a word the index knows must show results"
    note = page.locator(".kb-search-relaxed")
    expect(note).to_be_visible()
    expect(note).to_contain_text("Rezultāti vārdiem:")
    expect(note).to_contain_text("garantija")  # as typed, not its stem
    expect(note).not_to_contain_text("zzzzqq")
    # A query whose words are all found together says nothing.
    search(page, release_url, "lv", "atgriešanas adrese")
    expect(note).to_be_hidden()


def test_each_result_says_whose_rule_it_is(page: Page, release_url: str) -> None:
    search(page, release_url, "ru", "возврат")
    labels = page.locator(".md-search-result__item .kb-search-area")
    expect(labels.first).to_be_visible()
    names = set(labels.all_inner_texts()) - {""}  # "" : a label folded away under "more"
    assert names & {"Контакт-центр магазина на диване", "Сервисная служба Entekhab 1699", "Сервисное обслуживание Baofeng TV"}, names


def test_the_area_picker_narrows_the_results_and_is_remembered(page: Page, release_url: str) -> None:
    search(page, release_url, "ru", "возврат")
    picker = page.locator("#kb-search-scope")
    expect(picker).to_be_visible()
    picker.select_option("entekhab-1699")
    expect(page.locator(".md-search-result__item .kb-search-area").first).to_have_text("Сервисная служба Entekhab 1699")
    page.wait_for_timeout(300)
    labels = set(page.locator(".md-search-result__item .kb-search-area").all_inner_texts()) - {""}
    assert labels == {"Сервисная служба Entekhab 1699"}, labels
    # Another page of the same session: the choice holds.
    search(page, release_url, "ru", "возврат")
    expect(page.locator("#kb-search-scope")).to_have_value("entekhab-1699")
    labels = set(page.locator(".md-search-result__item .kb-search-area").all_inner_texts()) - {""}
    assert labels == {"Сервисная служба Entekhab 1699"}, labels


def test_a_query_naming_an_organisation_shows_its_rules_first(page: Page, release_url: str) -> None:
    search(page, release_url, "ru", "Entekhab возврат")
    first = page.locator(".md-search-result__item .kb-search-area").first
    expect(first).to_have_text("Сервисная служба Entekhab 1699")


def test_drafts_rank_below_published_pages_and_say_so(page: Page, release_url: str) -> None:
    # Thunderobot: a draft page of its own, and published pages that name it (a table row, the
    # area's home), which Pagefind alone ranks below the draft.
    search(page, release_url, "ru", "thunderobot")
    items = page.locator(".md-search-result__item")
    expect(items.first).to_be_visible()
    drafts = [item.locator(".kb-search-draft").count() > 0 for item in items.all()]
    assert any(drafts) and not all(drafts), drafts
    assert drafts == sorted(drafts), f"a published result after a draft: {drafts}"
    expect(page.locator(".kb-search-draft").first).to_have_text("Черновик")


def test_results_show_by_title_at_once_and_their_excerpts_fill_in(page: Page, release_url: str) -> None:
    open_search(page, f"{release_url}ru/")
    held: list[Route] = []  # the pages' texts, held back until the titles have been checked
    released = False

    def hold(route: Route) -> None:
        if released:
            route.continue_()
        else:
            held.append(route)

    page.context.route("**/pagefind/fragment/**", hold)
    box = page.locator("[data-md-component=search-query]")
    box.fill("возврат")
    box.press("End")
    results = page.locator("[data-md-component=search-result]")
    first = page.locator(".md-search-result__item").first.locator("article").first
    expect(first.locator("h1")).not_to_be_empty()
    expect(results).to_have_attribute("aria-busy", "true")
    assert first.inner_text().strip() == first.locator("h1").inner_text().strip()  # no excerpt yet
    expect(first.locator(".kb-search-area")).to_be_visible()  # whose rule it is, at once
    shown = [link.get_attribute("href") for link in page.locator(".md-search-result__item > a").all()]
    listed = page.locator(".md-search-result__list")
    titles_only = listed.inner_text()
    released = True
    for route in held:
        route.continue_()
    expect(results).to_have_attribute("aria-busy", "false")
    expect(listed).not_to_have_text(titles_only)  # excerpts and matching sections are there
    assert [link.get_attribute("href") for link in page.locator(".md-search-result__item > a").all()] == shown


def test_the_area_chosen_in_one_tab_leaves_another_tab_alone(page: Page, release_url: str) -> None:
    search(page, release_url, "ru", "возврат")
    other = page.context.new_page()
    search(other, release_url, "ru", "возврат")
    other.locator("#kb-search-scope").select_option("entekhab-1699")
    expect(other.locator(".md-search-result__item .kb-search-area").first).to_have_text("Сервисная служба Entekhab 1699")
    page.wait_for_timeout(500)  # time for a message on the channel the tabs share to arrive
    expect(page.locator("#kb-search-scope")).to_have_value("")
    labels = set(page.locator(".md-search-result__item .kb-search-area").all_inner_texts()) - {""}
    assert len(labels) > 1, labels
