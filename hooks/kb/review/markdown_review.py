"""The Review status page's list as a Python-Markdown extension: `::: review-status all`.

For each owner, a table of the pages overdue for review and those due soon, as the reader's
language has them (its title, its link, its dates). Every text is an ElementTree text, so a
title or an owner's name is escaped when written, whatever an editor typed.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable, Sequence

from markdown import Markdown
from markdown.util import AtomicString

from kb.core.interface_text import UiText
from kb.core.markdown_markers import MarkerProcessor, PageMarkerExtension
from kb.review.schedule import ReviewDue, by_owner
from kb.review.wording import day_count, reader_date, when_due

MARKER = "review-status"


def link_from(page_path: str, target_path: str) -> str:
    """target_path (under docs/) as a link from the page at page_path (under docs/)."""
    return posixpath.relpath(target_path, posixpath.dirname(page_path) or ".")


def render_review_status(
    items: Sequence[ReviewDue], *, ui: UiText, language: str, links: Callable[[ReviewDue], str], horizon_days: int
) -> list[etree.Element]:
    """One table per owner (its caption names the owner): page (link), review-by date, how far
    overdue or how soon due; or a sentence saying nothing is due."""
    if not items:
        element = etree.Element("p", {"class": "kb-review-nothing-due"})
        element.text = AtomicString(ui.review_nothing_due.format(days=day_count(horizon_days, language=language)))
        return [element]
    tables = []
    for owner, owned in by_owner(items).items():
        # No class on <table>: Material styles and scroll-wraps only tables without one.
        table = etree.Element("table")
        etree.SubElement(table, "caption").text = AtomicString(ui.review_owner_caption.format(owner=owner))
        header = etree.SubElement(etree.SubElement(table, "thead"), "tr")
        for label in (ui.page_column, ui.review_by, ui.review_due_column):
            etree.SubElement(header, "th", {"scope": "col"}).text = AtomicString(label)
        body = etree.SubElement(table, "tbody")
        for item in owned:
            state = "overdue" if item.overdue else "due"
            row = etree.SubElement(body, "tr", {"class": f"kb-review kb-review--{state}", "data-page": item.page})
            link = etree.SubElement(etree.SubElement(row, "th", {"scope": "row"}), "a", {"href": links(item)})
            link.text = AtomicString(item.title)
            date = etree.SubElement(etree.SubElement(row, "td"), "time", {"datetime": item.review_by.isoformat()})
            date.text = AtomicString(reader_date(item.review_by, language=language))
            etree.SubElement(row, "td").text = AtomicString(when_due(item, ui=ui, language=language))
        tables.append(table)
    return tables


class ReviewStatusExtension(PageMarkerExtension):
    """The caller says, before each page, which page it is and in which language (begin_page),
    and gives the pages due in a language (due_for) and the file a link to a page names
    (target_of: the default language's, which static-i18n sends to the reader's)."""

    def __init__(self, *, due_for: Callable[[str], list[ReviewDue]], target_of: Callable[[str], str], horizon_days: int) -> None:
        super().__init__()
        self.due_for = due_for
        self.target_of = target_of  # page -> the file (under docs/) its links name
        self.horizon_days = horizon_days

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        processor = MarkerProcessor(md.parser, name=MARKER, argument="all", place=self.place)
        md.parser.blockprocessors.register(processor, "kb_review_status", 102)

    def place(self, parent: etree.Element, _: str) -> None:
        if self.ui is None:
            return
        parent.extend(
            render_review_status(
                self.due_for(self.language),
                ui=self.ui,
                language=self.language,
                links=lambda item: link_from(self.page_path, self.target_of(item.page)),
                horizon_days=self.horizon_days,
            )
        )
