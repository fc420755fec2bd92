"""kb.review.schedule: which pages are overdue or due soon, by owner, as of the build date."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from kb.core.languages import Languages
from kb.pages import DocsScan, scan_docs
from kb.review.schedule import build_date, by_owner, due_within, is_overdue, reader_files, scheduled

LANGUAGES = Languages(("en", "ru"), "en")
TODAY = datetime.date(2027, 5, 1)


def front(title: str, owner: str, review_by: str, source_language: str = "en") -> str:
    return (
        f"---\ntitle: {title}\narea: general\nsource_language: {source_language}\nowner: {owner}\n"
        f"last_reviewed: 2026-11-22\nreview_by: {review_by}\nstatus: published\n---\n\n# {title}\n"
    )


def scan(tmp_path: Path, pages: dict[str, str]) -> DocsScan:
    for name, text in pages.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return scan_docs(tmp_path, languages=LANGUAGES)


def test_a_page_is_overdue_only_after_its_review_date() -> None:
    assert is_overdue(datetime.date(2027, 4, 30), today=TODAY)
    assert not is_overdue(TODAY, today=TODAY)  # due today is not yet overdue
    assert not is_overdue(datetime.date(2027, 5, 2), today=TODAY)


@pytest.mark.parametrize(
    ("review_by", "days_left", "listed_within_14"),
    [
        ("2027-04-30", -1, True),  # a day overdue
        ("2027-05-01", 0, True),  # due today
        ("2027-05-15", 14, True),  # the last day of the window
        ("2027-05-16", 15, False),  # a day past it
    ],
)
def test_due_within_takes_the_overdue_and_those_due_up_to_the_last_day(
    tmp_path: Path, review_by: str, days_left: int, listed_within_14: bool
) -> None:
    docs = scan(tmp_path, {"page.md": front("Page", "kb-a", review_by)})
    [item] = [scheduled(file, today=TODAY) for file in docs.page_files()]
    assert item is not None and item.days_left == days_left and item.overdue == (days_left < 0)
    assert item.line == 7  # the review_by line, for CI's annotation
    assert bool(due_within(docs.page_files(), today=TODAY, days=14)) == listed_within_14


def test_a_page_without_a_readable_review_date_is_not_scheduled(tmp_path: Path) -> None:
    docs = scan(tmp_path, {"page.md": front("Page", "kb-a", "someday"), "other.md": "# No front matter\n"})
    assert due_within(docs.page_files(), today=TODAY, days=30) == []


def test_pages_are_grouped_by_owner_most_overdue_first(tmp_path: Path) -> None:
    docs = scan(
        tmp_path,
        {
            "b.md": front("B", "kb-b", "2027-05-10"),
            "a.md": front("A", "kb-b", "2027-04-01"),
            "c.md": front("C", "kb-a", "2027-05-03"),
            "later.md": front("Later", "kb-a", "2027-09-01"),
        },
    )
    groups = by_owner(due_within(docs.page_files(), today=TODAY, days=30))
    assert {owner: [(item.title, item.days_left) for item in items] for owner, items in groups.items()} == {
        "kb-a": [("C", 2)],
        "kb-b": [("A", -30), ("B", 9)],
    }
    assert list(groups) == ["kb-a", "kb-b"]


def test_the_reader_sees_their_language_s_file_or_the_default_one(tmp_path: Path) -> None:
    docs = scan(
        tmp_path,
        {
            "both.md": front("Both", "kb-a", "2027-04-01", "ru"),
            "both.ru.md": front("Оба", "kb-a", "2027-04-02", "ru"),
            "english-only.md": front("English only", "kb-a", "2027-04-03"),
        },
    )
    assert [file.path_in_docs for file in reader_files(docs, "ru")] == ["both.ru.md", "english-only.md"]
    assert [file.path_in_docs for file in reader_files(docs, "en")] == ["both.md", "english-only.md"]


def test_kb_today_overrides_the_build_date() -> None:
    assert build_date({"KB_TODAY": "2030-01-31"}) == datetime.date(2030, 1, 31)
    assert build_date({}) == datetime.date.today()
    with pytest.raises(ValueError, match=re.escape("KB_TODAY='31.01.2030' is not a date; write it as YYYY-MM-DD")):
        build_date({"KB_TODAY": "31.01.2030"})


def test_kb_today_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KB_TODAY", "2031-02-03")
    assert build_date() == datetime.date(2031, 2, 3)
