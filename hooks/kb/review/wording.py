"""Review dates and day counts as readers of each language write them: CLDR's words through
Babel, so "1 day", "3 дня", "5 дней" take the plural the number needs, and dates read the
language's way ("4 декабря 2026 г.", "2026年12月4日"), in its own digits (Persian ۰-۹).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from babel.dates import format_date

from kb.core.interface_text import UiText
from kb.core.languages import cldr_locale
from kb.facts.localised import duration, in_digits
from kb.review.schedule import ReviewDue


def reader_date(date: datetime.date, *, language: str) -> str:
    """The date as the language writes it in full."""
    return in_digits(format_date(date, format="long", locale=cldr_locale(language)), language=language, digits="native")


@dataclass(frozen=True)
class ShownDate:
    """A date as a page shows it: machine-readable (YYYY-MM-DD) and in the reader's words."""

    iso: str
    text: str


def shown_dates(dates: Mapping[str, object], *, language: str) -> dict[str, ShownDate]:
    """Each YYYY-MM-DD date (a date or its text) as the language writes it; others left out."""
    shown = {}
    for name, value in dates.items():
        try:
            date = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value))
        except ValueError:
            continue
        shown[name] = ShownDate(date.isoformat(), reader_date(date, language=language))
    return shown


def day_count(days: int, *, language: str) -> str:
    """A number of days with CLDR's plural ("1 day", "3 дня"), in the language's own digits."""
    return in_digits(duration("day", Decimal(days), language=language), language=language, digits="native")


def when_due(item: ReviewDue, *, ui: UiText, language: str) -> str:
    """How far the review date is: "3 days overdue", "due today", "due in 12 days"."""
    if item.overdue:
        return ui.review_days_overdue.format(days=day_count(item.days_overdue, language=language))
    if item.days_left == 0:
        return ui.review_due_today
    return ui.review_days_left.format(days=day_count(item.days_left, language=language))


@dataclass(frozen=True)
class OverdueNotice:
    """The overdue banner's sentence, cut around its date so the page can mark the date up
    (a <time> element): before + date + after. Plain text; the template escapes it."""

    before: str
    date: str
    after: str
    datetime: str  # YYYY-MM-DD


def overdue_notice(item: ReviewDue, *, ui: UiText, language: str) -> OverdueNotice:
    before, _, after = ui.review_overdue_notice.partition("{date}")
    # Filled in after the cut: an owner's name is never read as a placeholder.
    values = {"owner": item.owner, "days": day_count(item.days_overdue, language=language)}
    return OverdueNotice(
        before.format(**values),
        reader_date(item.review_by, language=language),
        after.format(**values),
        item.review_by.isoformat(),
    )
