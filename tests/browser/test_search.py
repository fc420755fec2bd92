"""Site search in Chromium, on the published release: the regression suite's targets, results
in the reader's language and release only, rows as results, keyboard use, and query folding
that agrees with the index (search-query.js against kb.search.text)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from kb.search.text import searchable
from support.browser import record_requests
from support.paths import LANGUAGES, language_prefix
from support.search_suite import SuiteQuery, open_search, run_language, run_query

pytestmark = pytest.mark.browser

HIT_AT_1, HIT_AT_3 = 0.90, 0.98


@pytest.mark.parametrize("language", LANGUAGES)
def test_query_suite_meets_its_targets(page: Page, release_url: str, language: str) -> None:
    requests = record_requests(page, release_url)
    result = run_language(page, release_url, language)
    report = [(miss.query.query, miss.rank, miss.groups[:2]) for miss in result.misses]
    assert result.queries >= 15
    assert result.hit_at_1 >= HIT_AT_1, report
    assert result.hit_at_3 >= HIT_AT_3, report
    assert requests.third_party == [] and requests.failed == []


@pytest.mark.parametrize(
    ("language", "query"), [("en", "Thunderobot"), ("ru", "Thunderobot"), ("fa", "SWOPiFY"), ("lv", "SWOPiFY"), ("zh", "Baofeng")]
)
def test_results_are_in_the_readers_language_and_release_only(page: Page, release_url: str, language: str, query: str) -> None:
    open_search(page, f"{release_url}{language_prefix(language)}")
    outcome = run_query(page, SuiteQuery(language, query, ()), root=release_url)
    links = [link for group in outcome.groups for link in group]
    assert links, f"{query!r} found nothing in {language}"
    home = f"{release_url}{language_prefix(language)}"
    others = [f"{release_url}{other}/" for other in LANGUAGES if other not in ("en", language)]
    for link in links:
        assert link.startswith(home), link
        assert not any(link.startswith(other) for other in others), link


def test_a_phone_entry_is_a_result_that_opens_at_its_row(page: Page, release_url: str) -> None:
    open_search(page, f"{release_url}ru/")
    run_query(page, SuiteQuery("ru", "сдэк", ()), root=release_url)
    page.locator(".md-search-result__item").first.locator('a[href*="#phone-78002500405"]').click()
    expect(page).to_have_url(re.compile(r"/ru/home-shopping/phone-directory/.*#phone-78002500405$"))
    expect(page.locator("#phone-78002500405")).to_contain_text("8 800 250 04 05")


def test_search_works_from_the_keyboard(page: Page, release_url: str) -> None:
    page.goto(f"{release_url}lv/", wait_until="networkidle")
    page.keyboard.press("/")  # Material's shortcut to the search box
    box = page.locator("[data-md-component=search-query]")
    expect(box).to_be_focused()
    box.fill("prombūtne")
    box.press("End")
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    # The results settle (every index chunk fetched) before the keys; under load the list can
    # still be drawn again as the key arrives, so ArrowDown is pressed until a result has the
    # focus (a press that moved it stops the loop: the first result is the one opened).
    page.wait_for_load_state("networkidle")
    focused = page.locator(".md-search-result :focus")
    for _ in range(10):
        page.keyboard.press("ArrowDown")
        if focused.count():
            break
        page.wait_for_timeout(300)
    expect(focused).to_have_count(1)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/lv/swopify/"))


FOLDING_CASES = [
    ("fa", "500000", "کمتر از ۵۰۰٫۰۰۰ تومان"),
    ("fa", "۵۰۰۰۰۰", "under 500 000"),
    ("fa", "۳,۰۰۰,۰۰۰", "حدود ۳٬۰۰۰٬۰۰۰ تومان"),
    ("ru", "3 000 000", "до 3000000 руб."),
    ("ru", "88002005888", "Почта России 8 800 200 58 88"),
    ("ru", "8 800 200 58 88", "Почта России 88002005888"),
    ("ru", "+7 800 200-58-88", "Почта России 8 800 200 58 88"),
    ("fa", "كارت جشنواره", "کارت جشنواره"),
    ("fa", "پیش فاکتور", "پیش‌فاکتور معتبر"),
    ("fa", "پیش‌فاکتور", "پیش فاکتور معتبر"),
    ("zh", "7天包退", "7天包退（以发票日期为基准）"),
    ("lv", "atbildes", "Atbilde jāsniedz"),
    ("lv", "darbdienām", "ilgāk par 5 darbdienas"),
]


@pytest.mark.parametrize(("language", "query", "page_text"), FOLDING_CASES)
def test_query_folding_meets_the_index_folding(page: Page, release_url: str, language: str, query: str, page_text: str) -> None:
    page.goto(release_url)  # a UTF-8 page: the script's Persian digits must be read as such
    page.add_script_tag(url=f"{release_url}assets/javascripts/search-query.js")
    terms = page.evaluate("([query, language]) => kbSearchQuery.normalise(query, language)", [query, language]).split()
    indexed = re.split(r"[\s\u200b]+", searchable(page_text).lower())
    # Pagefind matches a query word to the start of an indexed word.
    assert all(any(word.startswith(term.lower()) for word in indexed) for term in terms), (terms, indexed)


STOP_WORD_CASES = [
    ("en", "returning the parcel", "returning parcel"),
    ("en", "the", "the"),  # nothing else typed: searched as typed
    ("ru", "ошибка в адресе", "ошибка адресе"),
    ("fa", "کارت به دستم نرسید", "کارت دستم نرسید"),
    ("lv", "atbilde uz ziņojumu", "atbild ziņojum"),
    ("zh", "7天包退", "7 天 包 退"),  # every Chinese character is kept
]


@pytest.mark.parametrize(("language", "query", "searched"), STOP_WORD_CASES)
def test_stop_words_are_dropped_from_a_query_of_several_words(
    page: Page, release_url: str, language: str, query: str, searched: str
) -> None:
    page.goto(release_url)
    page.add_script_tag(url=f"{release_url}assets/javascripts/search-query.js")
    result = page.evaluate(
        "([query, language]) => kbSearchQuery.withoutStopWords(kbSearchQuery.normalise(query, language), language)", [query, language]
    )
    assert result == searched
