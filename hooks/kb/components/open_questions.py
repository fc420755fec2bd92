"""Each area's open questions: where its source policy is silent, and who to ask.

The marker `::: open-questions <area>` on a page lists, in the page's language, every draft
page of the area and every place that holds the "not given in the source" placeholder
(kb.components.not_given), in page text or in a decision-table cell, each with a link and the
owner to ask. The list is made from the files at each build, so it cannot fall behind them.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as etree
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from markdown import Markdown
from markdown.extensions import Extension
from markdown.util import AtomicString

from kb.components.decision_tables.model import DecisionTable
from kb.components.not_given import PLACEHOLDER
from kb.core.interface_text import UiText
from kb.core.markdown_markers import MarkerProcessor
from kb.pages import DocsScan, PageFile

EXCERPT_LENGTH = 140
_CODE_SPAN = re.compile(r"`[^`]*`")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_LINE_MARKERS = re.compile(r"^\s*(?:#+\s+|[-*+]\s+|\d+[.)]\s+|>\s*)*")
_HEADING_ID = re.compile(r"\s*\{[^}]*\}\s*$")
_EMPHASIS = re.compile(r"(\*{1,3}|_{2,3})(?=\S)(.+?)(?<=\S)\1")


@dataclass(frozen=True)
class OpenQuestion:
    """One place where the source is silent: a draft page, or a line holding the placeholder."""

    link: str  # relative to the area's folder: 'page.md' or 'page.md#row-anchor'
    title: str
    owner: str
    # The line around the placeholder, as plain text; empty for a draft page.
    excerpt: str


def _field(file: PageFile, name: str) -> str:
    value = file.fields.get(name)
    return value if isinstance(value, str) else ""


def excerpt(line: str) -> str:
    """A line of Markdown as short plain text: no list or heading marks, links as their words."""
    text = _EMPHASIS.sub(r"\2", _HEADING_ID.sub("", _LINE_MARKERS.sub("", _LINK.sub(r"\1", line)))).strip()
    if len(text) <= EXCERPT_LENGTH:
        return text
    start = max(0, min(text.index(PLACEHOLDER) - EXCERPT_LENGTH // 2, len(text) - EXCERPT_LENGTH))
    return ("…" if start else "") + text[start : start + EXCERPT_LENGTH].strip() + "…"


def _gap_lines(text: str) -> list[str]:
    """The lines holding the placeholder as a gap (a placeholder in code only names it)."""
    return [line for line in text.splitlines() if PLACEHOLDER in _CODE_SPAN.sub("", line)]


def _area_files(scan: DocsScan, area: str, language: str) -> list[PageFile]:
    files = []
    for page, by_language in scan.area_pages(area):
        file = by_language.get(language) or scan.source_file(page)
        if file is not None:
            files.append(file)
    return files


def _placements(files: Iterable[PageFile], table: DecisionTable) -> list[PageFile]:
    marker = f"::: decision-table {posixpath.basename(table.path_in_docs)}"
    folder = posixpath.dirname(table.path_in_docs)
    return [file for file in files if posixpath.dirname(file.path_in_docs) == folder and marker in file.text]


def _table_gaps(table: DecisionTable, language: str) -> list[tuple[str, str]]:
    """(row anchor or '', text) for each text of the table that holds the placeholder."""
    gaps: list[tuple[str, str]] = []
    texts = [("", table.caption)] + [("", value.label) for domain in table.domains.values() for value in domain.values]
    for row in table.rows:
        texts += [(table.row_anchor(row), cell.text) for cell in row.conditions.values() if cell.text]
        texts += [(table.row_anchor(row), text) for text in row.outputs.values()]
    for anchor, text in texts:
        gaps += [(anchor, line) for line in _gap_lines(text.in_language(language, fallback=table.source_language))]
    return gaps


def open_questions(scan: DocsScan, *, area: str, language: str) -> list[OpenQuestion]:
    """The area's open questions in language: drafts first, then gaps, in page order."""
    files = _area_files(scan, area, language)
    link = {file.path_in_docs: posixpath.basename(scan.file_of(file.page, scan.languages.default)) for file in files}
    found = [
        OpenQuestion(link[file.path_in_docs], _field(file, "title"), _field(file, "owner"), "")
        for file in files
        if _field(file, "status") == "draft"
    ]
    for file in files:
        found += [
            OpenQuestion(link[file.path_in_docs], _field(file, "title"), _field(file, "owner"), excerpt(line))
            for line in _gap_lines(file.text)
        ]
    for table_file in sorted(scan.tables.values(), key=lambda table_file: table_file.path_in_docs):
        table = table_file.table
        placed = _placements(files, table) if table else []
        if table is None or not placed:
            continue
        page = placed[0]
        for anchor, line in _table_gaps(table, language):
            target = f"{link[page.path_in_docs]}#{anchor}" if anchor else link[page.path_in_docs]
            found.append(OpenQuestion(target, _field(page, "title"), _field(page, "owner"), excerpt(line)))
    return found


def _cell(row: etree.Element, text: str, *, markdown: bool = False) -> etree.Element:
    cell = etree.SubElement(row, "td")
    cell.text = text if markdown else AtomicString(text)
    return cell


def render_open_questions(questions: list[OpenQuestion], ui: UiText) -> etree.Element:
    """The list as a table: page (link), what is open, owner to ask."""
    if not questions:
        element = etree.Element("p")
        element.text = AtomicString(ui.no_open_questions)
        return element
    table = etree.Element("table")
    header = etree.SubElement(etree.SubElement(table, "thead"), "tr")
    for label in (ui.page_column, ui.open_question, ui.owner):
        etree.SubElement(header, "th", {"scope": "col"}).text = AtomicString(label)
    body = etree.SubElement(table, "tbody")
    for question in questions:
        row = etree.SubElement(body, "tr")
        title = question.title.replace("[", "\\[").replace("]", "\\]")
        _cell(row, f"[{title}]({question.link})", markdown=True)
        _cell(row, question.excerpt or f"{ui.draft}: {ui.draft_notice}")
        _cell(row, question.owner)
    return table


class OpenQuestionsExtension(Extension):
    """Renders `::: open-questions <area>` with `list_for(area, language)`; the caller says,
    before each page, which language it is in."""

    def __init__(self, *, list_for: Callable[[str, str], list[OpenQuestion]]) -> None:
        super().__init__()
        self.list_for = list_for
        self.language = ""
        self.ui: UiText | None = None

    def begin_page(self, *, language: str, ui: UiText) -> None:
        self.language, self.ui = language, ui

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        processor = MarkerProcessor(md.parser, name="open-questions", argument=r"[a-z0-9-]+", place=self.place)
        md.parser.blockprocessors.register(processor, "kb_open_questions", 104)

    def place(self, parent: etree.Element, area: str) -> None:
        if self.ui is not None:
            parent.append(render_open_questions(self.list_for(area, self.language), self.ui))
