"""The Markdown marker that places a decision table on a page: `::: decision-table file.table.yml`.

A Python-Markdown block processor, so a marker inside a code block stays text.
The table file must sit in the page's folder ("kept next to the pages that show it").
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as etree
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from markdown import Markdown
from markdown.extensions import Extension

from kb.components.decision_tables.model import DecisionTable
from kb.components.decision_tables.render import render_table
from kb.core.findings import Finding, line_of
from kb.core.interface_text import UiText
from kb.core.markdown_markers import MarkerProcessor

TABLE_FILE_SUFFIX = ".table.yml"


@dataclass(frozen=True)
class PageInfo:
    """What the marker needs to know about the page being rendered."""

    source_path: str  # as editors see it: docs/area/page.ru.md
    path_in_docs: str  # area/page.ru.md
    markdown: str
    language: str
    ui: UiText  # the interface text of the page's language
    # The address to report a problem with a row, by the row's anchor (kb.feedback); None: no
    # such links, as on a site built without the feedback hook.
    report_row: Callable[[str], str] | None = None


@dataclass(frozen=True)
class Placement:
    """A table placed on a page, for search entries and cross-checks."""

    page: PageInfo
    table: DecisionTable


@dataclass
class PlacementLog:
    """What the marker did on the current page: tables placed and faults found."""

    placements: list[Placement] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def marker_findings(marker_file: str, *, page: PageInfo, table: DecisionTable | None, table_fault: bool) -> list[Finding]:
    """Faults in placing marker_file on page; table is what was loaded from it, if anything."""
    line = line_of(page.markdown, f"::: decision-table {marker_file}") or 1
    if "/" in marker_file or not marker_file.endswith(TABLE_FILE_SUFFIX):
        return [
            Finding(
                page.source_path,
                line,
                f"decision-table marker names '{marker_file}'",
                f"name a *{TABLE_FILE_SUFFIX} file in this page's folder, without a path",
            )
        ]
    if table is None:
        if table_fault:
            return [
                Finding(page.source_path, line, f"decision table '{marker_file}' has errors (reported for that file)", "fix the table file")
            ]
        return [
            Finding(
                page.source_path,
                line,
                f"decision table '{marker_file}' does not exist next to this page",
                f"create {posixpath.join(posixpath.dirname(page.path_in_docs), marker_file)} or correct the name",
            )
        ]
    if page.language not in table.languages():
        return [
            Finding(
                page.source_path,
                line,
                f"decision table '{marker_file}' has no text in '{page.language}', the language of this page",
                f"add '{page.language}' to every text of the table, or remove the marker from this translation",
            )
        ]
    return []


class DecisionTableExtension(Extension):
    """Renders markers through `load_table(path_in_docs) -> (table, had_faults)`.

    The caller sets `page` before each page is converted and reads `log` after.
    """

    def __init__(self, *, load_table: Callable[[str], tuple[DecisionTable | None, bool]]) -> None:
        super().__init__()
        self.load_table = load_table
        self.page: PageInfo | None = None
        self.log = PlacementLog()

    def begin_page(self, page: PageInfo) -> None:
        self.page = page
        self.log = PlacementLog()

    def report_rows_at(self, address: Callable[[str], str]) -> None:
        """Give each row of the current page's tables a link to report a problem with it, to
        address(row anchor)."""
        if self.page is not None:
            self.page = replace(self.page, report_row=address)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        processor = MarkerProcessor(md.parser, name="decision-table", argument=r"\S+", place=self.place)
        md.parser.blockprocessors.register(processor, "kb_decision_table", 105)

    def place(self, parent: etree.Element, marker_file: str) -> None:
        if self.page is None:
            return
        table, had_faults = (None, False)
        if "/" not in marker_file and marker_file.endswith(TABLE_FILE_SUFFIX):
            table, had_faults = self.load_table(posixpath.join(posixpath.dirname(self.page.path_in_docs), marker_file))
        faults = marker_findings(marker_file, page=self.page, table=table, table_fault=had_faults)
        if faults or table is None:
            self.log.findings.extend(faults)
            # Shown on the page too, so an editor previewing without --strict sees it.
            box = etree.SubElement(parent, "div", {"class": "admonition failure"})
            etree.SubElement(box, "p").text = "; ".join(f"{finding.problem}. Fix: {finding.fix}" for finding in faults)
            return
        self.log.placements.append(Placement(self.page, table))
        parent.append(render_table(table, language=self.page.language, ui=self.page.ui, report_row=self.page.report_row))
