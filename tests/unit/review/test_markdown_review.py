"""kb.review.markdown_review and kb.review.wording: the Review status list and the overdue
banner's words in each language, CLDR's plurals and dates, and editors' text kept as text."""

from __future__ import annotations

import datetime

import lxml.html
import markdown
import pytest

from kb.review.markdown_review import ReviewStatusExtension, link_from, render_review_status
from kb.review.schedule import ReviewDue
from kb.review.wording import day_count, overdue_notice, reader_date, when_due
from support.interface import ui_text

HOSTILE = '<img src=x onerror="alert(1)">'


def due(days_left: int, *, title: str = "Returns", owner: str = "kb-shop", page: str = "shop/returns.md") -> ReviewDue:
    review_by = datetime.date(2027, 5, 1) + datetime.timedelta(days=days_left)
    return ReviewDue(page, page, "en", title, owner, review_by, 7, days_left)


@pytest.mark.parametrize(
    ("language", "days", "written"),
    [
        ("en", 1, "1 day"),
        ("en", 3, "3 days"),
        ("ru", 1, "1 день"),
        ("ru", 3, "3 дня"),
        ("ru", 5, "5 дней"),
        ("lv", 11, "11 dienu"),
        ("lv", 21, "21 diena"),
        ("fa", 3, "۳ روز"),
        ("zh", 3, "3天"),
    ],
)
def test_day_counts_take_cldr_s_plural_and_the_language_s_digits(language: str, days: int, written: str) -> None:
    assert day_count(days, language=language) == written


def test_dates_read_the_language_s_way() -> None:
    date = datetime.date(2027, 5, 22)
    assert reader_date(date, language="en") == "May 22, 2027"
    assert reader_date(date, language="zh") == "2027年5月22日"
    assert reader_date(date, language="fa") == "۲۲ مهٔ ۲۰۲۷"


@pytest.mark.parametrize(
    ("days_left", "language", "said"),
    [(-3, "en", "3 days overdue"), (0, "en", "today"), (12, "en", "in 12 days"), (-5, "ru", "просрочено на 5 дней")],
)
def test_how_far_the_review_date_is(days_left: int, language: str, said: str) -> None:
    assert when_due(due(days_left), ui=ui_text(language), language=language) == said


def test_the_banner_sentence_is_cut_around_its_date_and_keeps_an_owner_s_braces_as_text() -> None:
    notice = overdue_notice(due(-3, owner="{date}"), ui=ui_text("en"), language="en")
    assert (notice.before, notice.date, notice.datetime) == ("This page has been overdue for review since ", "April 28, 2027", "2027-04-28")
    assert notice.after == " (3 days): check with its owner, {date}, before relying on it."


def test_the_list_has_a_table_per_owner_with_linked_titles() -> None:
    items = [due(-3), due(5, title="Refunds", page="shop/refunds.md"), due(1, title="Greeting", owner="kb-other", page="hello.md")]
    tables = render_review_status(items, ui=ui_text("en"), language="en", links=lambda item: item.page, horizon_days=30)
    assert [table.find("caption").text for table in tables] == ["Owner: kb-other", "Owner: kb-shop"]
    shop = tables[1]
    assert [[("".join(cell.itertext())) for cell in row] for row in shop.iter("tr")][1:] == [
        ["Returns", "April 28, 2027", "3 days overdue"],
        ["Refunds", "May 6, 2027", "in 5 days"],
    ]
    assert [row.get("class") for row in shop.find("tbody")] == ["kb-review kb-review--overdue", "kb-review kb-review--due"]
    assert shop.find("tbody/tr/th/a").get("href") == "shop/returns.md"
    assert shop.find("tbody/tr/td/time").get("datetime") == "2027-04-28"


def test_nothing_due_is_said_in_the_reader_s_language() -> None:
    [sentence] = render_review_status([], ui=ui_text("ru"), language="ru", links=lambda item: "", horizon_days=30)
    assert sentence.text == "Нет страниц с просроченной проверкой или со сроком проверки в ближайшие 30 дней."


def test_links_are_relative_to_the_page_that_lists_them() -> None:
    assert link_from("review-status.md", "shop/returns.md") == "shop/returns.md"
    assert link_from("general/review-status.md", "shop/returns.md") == "../shop/returns.md"


def test_hostile_titles_and_owners_are_escaped_in_the_page() -> None:
    extension = ReviewStatusExtension(
        due_for=lambda language: [due(-1, title=HOSTILE, owner=HOSTILE)], target_of=lambda page: page, horizon_days=30
    )
    extension.begin_page(page_path="review-status.md", language="en", ui=ui_text("en"))
    html = markdown.markdown("Intro.\n\n::: review-status all\n\n`::: review-status all`\n", extensions=[extension])
    assert "<img" not in html
    assert html.count("<table>") == 1  # the marker in code stays text
    assert "Owner: &lt;img" in html
    [link] = lxml.html.fragment_fromstring(html, create_parent="div").xpath("//table//a")
    assert link.text_content() == HOSTILE  # shown as the text it is
