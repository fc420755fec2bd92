"""A decision table as an accessible HTML element tree, in one language.

Cell texts stay Markdown: the tree goes back into Python-Markdown, whose inline
processors format them and whose link handling (MkDocs) resolves row links.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown.util import AtomicString

from kb.components.decision_tables.model import Column, ConditionCell, DecisionTable, Row, Text
from kb.core.findings import SOURCE_ATTRIBUTE
from kb.core.interface_text import UiText
from kb.core.passages import language_attributes, source_passage_language


def _sub(parent: etree.Element, tag: str, text: str | None = None, **attrs: str) -> etree.Element:
    element = etree.SubElement(parent, tag, {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _append_text(element: etree.Element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _set_markdown_text(element: etree.Element, markdown_text: str, *, table: DecisionTable, language: str) -> None:
    """Markdown text with its line breaks kept as <br>; a line in the source's own wording
    (a script beside its meaning) marked with its language and direction."""
    for index, line in enumerate(markdown_text.split("\n")):
        if index:
            _sub(element, "br")
        passage = source_passage_language(line, page_language=language, source_language=table.source_language)
        if passage:
            _sub(element, "span", line, **language_attributes(passage, page_language=language))
        else:
            _append_text(element, line)


def _written_at(element: etree.Element, table: DecisionTable, line: int) -> None:
    """Marks a cell with the table file's line, where faults found in it are reported."""
    element.set(SOURCE_ATTRIBUTE, f"{table.path}:{line}")


def _plain(element: etree.Element, text: str) -> None:
    element.text = AtomicString(text)


def condition_text(table: DecisionTable, column: Column, cell: ConditionCell, language: str, ui: UiText) -> tuple[str, bool]:
    """The cell's words and whether they are Markdown (free text) or plain labels."""
    if cell.is_any:
        return ui.any_value, False
    if cell.text is not None:
        return cell.text.in_language(language, fallback=table.source_language), True
    domain = table.domains[column.domain or ""]
    labels = [
        value.label.in_language(language, fallback=table.source_language) for value in domain.values if value.key in (cell.values or ())
    ]
    return ", ".join(labels), False


def _filter_box(parent: etree.Element, table: DecisionTable, ui: UiText) -> None:
    # Hidden until the script runs: without JavaScript the reader gets the full table.
    # <search>, not a nested <div>: Material's search indexer matches elements by tag,
    # and a nested div would end the wrapper's data-search-exclude early.
    box = _sub(parent, "search", class_="kb-dt-filter", hidden="hidden")
    input_id = f"kb-filter-{table.id}"
    _plain(_sub(box, "label", for_=input_id), ui.filter_label)
    _sub(
        box,
        "input",
        id=input_id,
        type="search",
        autocomplete="off",
        spellcheck="false",
        placeholder=ui.filter_placeholder,
        aria_controls=f"kb-table-{table.id}",
        data_kb_filter="",
    )
    _plain(_sub(box, "button", type="button", class_="md-button kb-dt-clear", data_kb_clear=""), ui.clear)
    _sub(box, "p", class_="kb-dt-count", role="status", aria_live="polite", data_kb_count="", data_template=ui.row_count)


def _asked_as(cell: etree.Element, phrasings: tuple[str, ...], ui: UiText) -> None:
    """How customers ask for the row's situation: quiet, searchable, matched by the filter."""
    if not phrasings:
        return
    line = _sub(cell, "p", class_="kb-asked-as")
    _plain(_sub(line, "strong"), ui.also_asked_as)
    for index, phrasing in enumerate(phrasings):
        quote = _sub(line, "q")
        _plain(quote, phrasing)
        if index < len(phrasings) - 1:
            quote.tail = " · "


def _row(tbody: etree.Element, table: DecisionTable, row: Row, language: str, ui: UiText, *, with_links: bool) -> None:
    anchor = table.row_anchor(row)
    tr = _sub(tbody, "tr", id=anchor, data_kb_row=row.id)
    for index, column in enumerate(table.condition_columns):
        # Marked so that the search index can title the row with all its conditions.
        cell = _sub(tr, "th", scope="row") if index == 0 else _sub(tr, "td", data_kb_condition="")
        condition = row.conditions[column.key]
        text, is_markdown = condition_text(table, column, condition, language, ui)
        _written_at(cell, table, condition.line)
        content = _sub(cell, "span")
        if is_markdown:
            _set_markdown_text(content, text, table=table, language=language)
        else:
            _plain(content, text)
        if index == 0:
            link = _sub(cell, "a", class_="kb-dt-permalink", href=f"#{anchor}", aria_label=f"{ui.row_link}: {text}", title=ui.row_link)
            _plain(link, "#")
            _asked_as(cell, row.customer_says.get(language, ()), ui)
    for column in table.output_columns:
        cell = _sub(tr, "td")
        output: Text | None = row.outputs.get(column.key)
        if output is not None:
            _written_at(cell, table, output.line)
            _set_markdown_text(cell, output.in_language(language, fallback=table.source_language), table=table, language=language)
    if with_links:
        cell = _sub(tr, "td")
        if row.link:
            _written_at(cell, table, row.link_line)
            cell.text = f"[{ui.details}]({row.link})"


def render_table(table: DecisionTable, *, language: str, ui: UiText) -> etree.Element:
    """The table with its filter box, for a page in language."""
    wrapper = etree.Element("div", {"class": "kb-decision-table", "data-kb-table": table.id, "data-search-exclude": ""})
    _filter_box(wrapper, table, ui)
    # No class on <table>: Material styles and scroll-wraps only tables without one.
    html_table = _sub(wrapper, "table", id=f"kb-table-{table.id}")
    caption = _sub(html_table, "caption")
    _written_at(caption, table, table.caption.line)
    _set_markdown_text(caption, table.caption.in_language(language, fallback=table.source_language), table=table, language=language)
    with_links = any(row.link for row in table.rows)
    header = _sub(_sub(html_table, "thead"), "tr")
    for column in (*table.condition_columns, *table.output_columns):
        _plain(_sub(header, "th", scope="col"), column.label.in_language(language, fallback=table.source_language))
    if with_links:
        _plain(_sub(header, "th", scope="col"), ui.details)
    tbody = _sub(html_table, "tbody")
    for row in table.rows:
        _row(tbody, table, row, language, ui, with_links=with_links)
    return wrapper
