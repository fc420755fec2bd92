"""One folding table, read the same way in Python and in the browser: the search index
(kb.core.folding, Python), the search worker's queries and the decision-table filter
(text-fold.js, Chromium) agree on tricky inputs in every language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from kb.core.folding import ascii_digits, fold, fold_for_index, loose
from kb.core.numbers import SEPARATORS

pytestmark = pytest.mark.browser

# What agents type and pages hold: letter variants, joiners, marks, digits of every script,
# invisible characters, compatibility forms. (language, text)
TRICKY = [
    ("en", "Ｆｕｌｌ-width ＡＢＣ１２３ and naïve café"),
    ("en", "tab\tand\u00a0no-break\u202fspace"),
    ("ru", "Ёлка ЁЖИК й Й"),
    ("ru", "заказ\u00adотгружен, тел. +7 (495) 660-35-29"),
    ("fa", "كارت ويژه"),
    ("fa", "پیش\u200cفاکتور ثبت\u200cنام"),
    ("fa", "آدرس مدرسة خانۀ إيران أحمد"),
    ("fa", "مـــدیر کِتابٌ"),
    ("fa", "کمتر از ۵۰۰٫۰۰۰ تومان و ٣٠٠ ريال"),
    ("lv", "Ātrums darbdienām ķīniešu ŅŠŽ"),
    ("lv", "atbilde uz ziņojumu"),
    ("zh", "７天包退、３０天包换"),
    ("zh", "退換貨 售后\u200b服务"),
    ("zh", "第三方 १२३"),
    ("zh", "售後服務 聯繫客服 點擊"),  # traditional characters (OpenCC's pairs)
    ("fa", "\u200e\u200fRLM \ufeffBOM a\u2060b c\u200dd"),
]


@pytest.fixture(scope="module")
def folded_in_the_browser(browser_page_on_content_site: Page) -> list[dict[str, str]]:
    return browser_page_on_content_site.evaluate(
        """cases => cases.map(text => ({
             fold: kbTextFold.fold(text),
             digits: kbTextFold.asciiDigits(text),
             loose: kbTextFold.loose(kbTextFold.fold(text)),
             filter: kbDecisionTables.normalize(text),
           }))""",
        [text for _, text in TRICKY],
    )


@pytest.fixture(scope="module")
def browser_page_on_content_site(browser: Browser, content_site_url: str) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{content_site_url}shop/greeting/")
    page.wait_for_function("window.kbTextFold && window.kbDecisionTables")
    yield page
    context.close()


@pytest.mark.parametrize("case", range(len(TRICKY)), ids=[f"{language}-{number}" for number, (language, _) in enumerate(TRICKY)])
def test_python_and_javascript_fold_alike(folded_in_the_browser: list[dict[str, str]], case: int) -> None:
    _, text = TRICKY[case]
    browser = folded_in_the_browser[case]
    assert browser["fold"] == fold(text)
    assert browser["digits"] == ascii_digits(text)
    # Search matches loosely on both sides (Pagefind): the index's text and the query agree.
    assert browser["loose"] == loose(fold(text)) == loose(fold_for_index(text))
    # The table filter reads rows and queries the same way, with digit scripts as ASCII and
    # a number's thousands groups joined.
    grouped = loose(fold(ascii_digits(text)))
    assert browser["filter"] == " ".join(re.sub(rf"(\d)[{SEPARATORS}\s](?=\d{{3}}(?!\d))", r"\1", grouped).split())


def test_the_filter_reads_thousands_groups_as_one_number(browser_page_on_content_site: Page) -> None:
    normalized = browser_page_on_content_site.evaluate(
        "texts => texts.map(kbDecisionTables.normalize)", ["500 000", "500,000", "۵۰۰٫۰۰۰", "1 2"]
    )
    assert normalized == ["500000", "500000", "500000", "1 2"]
