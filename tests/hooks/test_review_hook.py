"""hooks/review_hook.py on the content fixture built as of KB_TODAY: the overdue banner on the
one page past its review date (in each of its languages) and on no other, and the Review status
page listing it, and the pages due soon, under their owner."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from lxml.html import HtmlElement

from support.mkdocs_run import warnings_in
from support.review_site import OVERDUE_PAGE, build_review_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built, output = build_review_site(tmp_path_factory.mktemp("review"))
    assert warnings_in(output) == [], output
    return built


def page(site: Path, path: str) -> HtmlElement:
    root: HtmlElement = lxml.html.parse(str(site / path / "index.html")).getroot()
    return root


def banner_text(site: Path, path: str) -> str | None:
    found = page(site, path).xpath('//div[contains(@class, "kb-review-overdue")]')
    return " ".join(found[0].text_content().split()) if found else None


def test_the_overdue_page_has_the_banner_in_its_language(site: Path) -> None:
    assert banner_text(site, OVERDUE_PAGE) == (
        "Overdue for review This page has been overdue for review since April 20, 2027 (11 days): "
        "check with its owner, kb-shop, before relying on it."
    )
    assert banner_text(site, f"ru/{OVERDUE_PAGE}") == (
        "Проверка просрочена Срок проверки этой страницы истёк 20 апреля 2027 г. (11 дней назад): "
        "прежде чем полагаться на неё, уточните у владельца — kb-shop."
    )
    [time] = page(site, OVERDUE_PAGE).xpath('//div[contains(@class, "kb-review-overdue")]//time')
    assert time.get("datetime") == "2027-04-20"


def test_the_banner_follows_the_draft_notice_and_is_a_note(site: Path) -> None:
    [banner] = page(site, OVERDUE_PAGE).xpath('//div[contains(@class, "kb-review-overdue")]')
    assert banner.get("role") == "note"
    assert banner.getparent().tag == "article"


@pytest.mark.parametrize("path", ["shop/greeting", "ru/shop/greeting", "shop/draft-article", "review-status", "ru/review-status"])
def test_pages_not_yet_due_have_no_banner(site: Path, path: str) -> None:
    assert banner_text(site, path) is None


def rows(site: Path, path: str) -> dict[str, list[tuple[str, str, str]]]:
    """caption -> (page, review-by date, how due) of each row of its table."""
    return {
        table.xpath("caption")[0].text_content(): [
            tuple(cell.text_content().strip() for cell in row.xpath("th|td")) for row in table.xpath("tbody/tr")
        ]
        for table in page(site, path).xpath("//article//table[caption]")
    }


def test_the_review_status_page_lists_each_owner_s_pages_overdue_and_due_soon(site: Path) -> None:
    assert rows(site, "review-status") == {
        "Owner: kb-shop": [
            ("Phones", "April 20, 2027", "11 days overdue"),
            # Then by date, and by file: the Review status page itself is due after 30 days.
            ("Glossary", "May 22, 2027", "in 21 days"),
            ("Home", "May 22, 2027", "in 21 days"),
            ("Delivery and payment", "May 22, 2027", "in 21 days"),
            ("Greeting", "May 22, 2027", "in 21 days"),
            ("Translation status", "May 22, 2027", "in 21 days"),
        ]
    }
    assert rows(site, "ru/review-status")["Владелец: kb-shop"][0] == ("Телефоны", "20 апреля 2027\u202fг.", "просрочено на 11 дней")
    # Each title links to the page in the reader's language.
    links = page(site, "ru/review-status").xpath("//article//table//a/@href")
    assert "../shop/phones/" in links


def test_the_list_uses_the_reader_s_language_or_the_page_shown_in_its_place(site: Path) -> None:
    lv = rows(site, "lv/review-status")
    assert next(iter(lv)) == "Atbildīgais: kb-shop"
    # No Latvian file of the page: the site shows the English one in its place, and so does the list.
    assert lv["Atbildīgais: kb-shop"][0] == (
        "Phones",
        "2027. gada 20. aprīlis",
        "kavējums: 11 dienu",
    )  # CLDR: 11 takes Latvian's "zero" form
