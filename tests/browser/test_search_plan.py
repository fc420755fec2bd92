"""The search worker's query plan (docs/assets/javascripts/search-plan.js), run in Chromium:
typo corrections against the index's words, synonym and abbreviation expansion, the
organisation a query names, and query relaxation (results holding more of the query, the
telling words counting most, first)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def plan_page(browser: Browser, content_site_url: str) -> Iterator[Page]:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{content_site_url}shop/greeting/")
    page.add_script_tag(url=f"{content_site_url}assets/javascripts/search-plan.js")
    page.wait_for_function("window.kbSearchPlan")
    yield page
    context.close()


def plan(page: Page, script: str, *args: Any) -> Any:
    return page.evaluate(f"([a, b, c]) => kbSearchPlan.{script}", [*args, None, None, None][:3])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("retrun", ["return"]),  # two letters swapped: one edit
        ("custmer", ["customer"]),  # one missing
        ("возрат", ["возврат"]),
        ("garantjia", ["garantija"]),  # 9 letters: two edits allowed
        ("پيش فاکتور", []),  # not a single word: no correction
    ],
)
def test_a_word_is_corrected_to_the_index_words_one_or_two_edits_away(plan_page: Page, typed: str, expected: list[str]) -> None:
    vocabulary = ["return", "customer", "возврат", "garantija", "returns", "custom"]
    assert plan(plan_page, "corrections(a, b)", typed, vocabulary)[: len(expected)] == expected


@pytest.mark.parametrize(
    ("typed", "allowed"), [("tv", 0), ("чек", 0), ("почта", 1), ("atgriešana", 2), ("88002005888", 0), ("7天", 0), ("後聯點", 0)]
)
def test_how_far_a_word_may_be_off_depends_on_its_length(plan_page: Page, typed: str, allowed: int) -> None:
    assert plan(plan_page, "allowedEdits(a)", typed) == allowed


def test_a_word_the_index_knows_or_starts_is_not_corrected(plan_page: Page) -> None:
    known = sorted(["atbilde", "atbildēt", "garantija", "termiņš"])
    assert plan(plan_page, "isKnown(a, b)", "atbild", known) is True
    assert plan(plan_page, "isKnown(a, b)", "garantjia", known) is False


def test_synonyms_and_abbreviations_become_alternatives_of_their_slot(plan_page: Page) -> None:
    expansions = [
        {"area": "all", "term": "юрлицо", "alternatives": ["юридическое лицо", "компания"]},
        {"area": "home-shopping", "term": "опп", "alternatives": ["отдел претензий"]},
        {"area": "all", "term": "seller away", "alternatives": ["seller absence"]},
    ]
    slots = plan(plan_page, "slots(a, b, c)", ["юрлицо", "опп", "счет"], expansions, None)
    assert slots == [
        {"words": ["юрлицо"], "alternatives": ["юрлицо", "юридическое лицо", "компания"]},
        {"words": ["опп"], "alternatives": ["опп", "отдел претензий"]},
        {"words": ["счет"], "alternatives": ["счет"]},
    ]
    # Another area's expansion is left out when an area is searched; a phrase is one slot.
    assert plan(plan_page, "slots(a, b, c)", ["опп"], expansions, "swopify") == [{"words": ["опп"], "alternatives": ["опп"]}]
    assert plan(plan_page, "slots(a, b, c)", ["seller", "away"], expansions, None) == [
        {"words": ["seller", "away"], "alternatives": ["seller away", "seller absence"]}
    ]


def test_a_chinese_term_matches_the_characters_the_query_has_apart(plan_page: Page) -> None:
    expansions = [{"area": "all", "term": "快递小哥", "alternatives": ["快递员"]}]
    assert plan(plan_page, "slots(a, b, c)", ["快", "递", "小", "哥", "来", "了"], expansions, None)[0] == {
        "words": ["快", "递", "小", "哥"],
        "alternatives": ["快 递 小 哥", "快递员"],
    }
    assert plan(plan_page, "searchForm(a)", "快 递 小 哥") == "快递小哥"


@pytest.mark.parametrize(
    ("words", "area", "rest"),
    [
        (["entekhab", "refund"], "entekhab-1699", ["refund"]),
        (["暴风", "退货"], "baofeng-tv", ["退货"]),
        (["заказ", "в", "фм"], "online-store", ["заказ", "в"]),
        (["магазин", "на", "диване", "возврат"], "home-shopping", ["возврат"]),
        (["refund"], None, ["refund"]),
    ],
)
def test_a_query_naming_an_organisation_searches_its_area(plan_page: Page, words: list[str], area: str | None, rest: list[str]) -> None:
    organisations = {
        "entekhab-1699": ["entekhab", "انتخاب"],
        "baofeng-tv": ["baofeng", "暴风"],
        "online-store": ["им", "фм"],
        "home-shopping": ["магазин на диване"],
    }
    assert plan(plan_page, "namedOrganisation(a, b)", words, organisations) == {"area": area, "words": rest}


def test_results_holding_more_of_the_query_and_its_telling_words_rank_first(plan_page: Page) -> None:
    # Slot 0 ("warranty") is found in one place, slot 1 ("my") in three: a result holding the
    # telling word beats one holding only the common one, whatever Pagefind's score.
    found = [
        [[{"id": "a", "score": 1, "words": [1]}, 1]],
        [
            [{"id": "b", "score": 50, "words": [2]}, 1],
            [{"id": "c", "score": 40, "words": [3]}, 1],
            [{"id": "a", "score": 1, "words": [2]}, 1],
        ],
    ]
    merged = plan(plan_page, "merge(a, b)", found, 100)
    assert [entry["result"]["id"] for entry in merged] == ["a", "b", "c"]
    assert merged[0]["held"] > merged[1]["held"] > 0
