"""Which pages are overdue for review, and which are due soon, grouped by owner.

Plain data in, plain data out: each page file's own front matter (`review_by`, `owner`,
`title`) and the build date. A page is overdue when its `review_by` is before the build
date; due within N days when it falls between the build date and N days later. The build
date is today, or `KB_TODAY=YYYY-MM-DD` for builds and tests that must not depend on the
day they run.

Fields are read unchecked (kb.checks.page_fields reports a missing or malformed date at its
line): a page without a readable `review_by` is not scheduled here.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kb.core.findings import first_line_of
from kb.pages import DocsScan, PageFile

TODAY_VARIABLE = "KB_TODAY"
# How far ahead the Review status page looks; CI's warning looks as far as it is told.
DUE_SOON_DAYS = 30


def build_date(environ: Mapping[str, str] | None = None) -> datetime.date:
    """The date a build judges review dates by: KB_TODAY if set, else today."""
    value = (os.environ if environ is None else environ).get(TODAY_VARIABLE, "").strip()
    if not value:
        return datetime.date.today()
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{TODAY_VARIABLE}={value!r} is not a date; write it as YYYY-MM-DD") from None


@dataclass(frozen=True)
class ReviewDue:
    """A page file whose review is overdue or coming up."""

    page: str  # the page, without its language: area/page.md
    path_in_docs: str  # the file: area/page.ru.md
    language: str
    title: str
    owner: str
    review_by: datetime.date
    line: int  # of `review_by:` in the file
    days_left: int  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def days_overdue(self) -> int:
        return max(0, -self.days_left)


def is_overdue(review_by: datetime.date, *, today: datetime.date) -> bool:
    return review_by < today


def review_date(fields: Mapping[str, object]) -> datetime.date | None:
    """The front matter's review_by, when it is a date (YAML reads YYYY-MM-DD as one)."""
    value = fields.get("review_by")
    if isinstance(value, datetime.datetime):
        return value.date()
    return value if isinstance(value, datetime.date) else None


def scheduled(file: PageFile, *, today: datetime.date) -> ReviewDue | None:
    """The file's review as of today; None without a readable review_by."""
    review_by = review_date(file.fields)
    if review_by is None:
        return None
    title, owner = file.fields.get("title"), file.fields.get("owner")
    return ReviewDue(
        page=file.page,
        path_in_docs=file.path_in_docs,
        language=file.language,
        title=title if isinstance(title, str) and title.strip() else file.path_in_docs,
        owner=owner if isinstance(owner, str) and owner.strip() else "",
        review_by=review_by,
        line=first_line_of(file.text, "review_by:"),
        days_left=(review_by - today).days,
    )


def due_within(files: Iterable[PageFile], *, today: datetime.date, days: int) -> list[ReviewDue]:
    """The files overdue for review or due within days of today, most overdue first."""
    due = [item for file in files if (item := scheduled(file, today=today)) is not None and item.days_left <= days]
    return sorted(due, key=lambda item: (item.review_by, item.path_in_docs))


def reader_files(scan: DocsScan, language: str) -> list[PageFile]:
    """Each page's file a reader of language sees: their language's, or else the one the site
    shows in its place (the default language's; static-i18n's fallback), or else the source's."""
    files = []
    for page in sorted(scan.pages):
        by_language = scan.pages[page]
        file = by_language.get(language) or by_language.get(scan.languages.default) or scan.source_file(page)
        if file is not None:
            files.append(file)
    return files


def by_owner(items: Iterable[ReviewDue]) -> dict[str, list[ReviewDue]]:
    """The items grouped by owner (owners in alphabetical order), each group in the order given."""
    groups: dict[str, list[ReviewDue]] = {}
    for item in items:
        groups.setdefault(item.owner, []).append(item)
    return dict(sorted(groups.items()))
