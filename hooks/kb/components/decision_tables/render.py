"""A decision table as an accessible HTML element tree, in one language.

Above it, hidden until decision-tables.js runs (without JavaScript the reader gets the whole
table): the filter box, the guided questions (kb.components.decision_tables.guide) and the
answer card's place. Columns empty in every row are left out; every cell carries its column's
label, which narrow screens show beside the value (rows as cards).

Cell texts stay Markdown: the tree goes back into Python-Markdown, whose inline
processors format them and whose link handling (MkDocs) resolves row links.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.util import AtomicString

from kb.components.decision_tables.cell_text import CellLanguage, add_lines, add_script_lines
from kb.components.decision_tables.guide import choices_attribute, questions, row_choices
from kb.components.decision_tables.model import Column, ConditionCell, DecisionTable, Row, Text
from kb.core.findings import SOURCE_ATTRIBUTE
from kb.core.interface_text import UiText


def _sub(parent: etree.Element, tag: str, text: str | None = None, **attrs: str) -> etree.Element:
    element = etree.SubElement(parent, tag, {name.rstrip("_").replace("_", "-"): value for name, value in attrs.items()})
    if text is not None:
        element.text = text
    return element


def _written_at(element: etree.Element, table: DecisionTable, line: int) -> None:
    """Marks a cell with the table file's line, where faults found in it are reported."""
    element.set(SOURCE_ATTRIBUTE, f"{table.path}:{line}")


def _plain(element: etree.Element, text: str) -> None:
    element.text = AtomicString(text)


def _language(table: DecisionTable, language: str) -> CellLanguage:
    return CellLanguage(page=language, source=table.source_language)


def _label(table: DecisionTable, column: Column, language: str) -> str:
    return column.label.in_language(language, fallback=table.source_language)


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


def _guide(parent: etree.Element, table: DecisionTable, language: str, ui: UiText) -> None:
    """The questions, one radio group per condition column, and the answer card's place."""
    guide = _sub(parent, "details", class_="kb-dt-guide", data_kb_guide="", hidden="hidden")
    _plain(_sub(guide, "summary"), ui.guide)
    for question in questions(table, language=language):
        fieldset = _sub(guide, "fieldset", data_kb_question=question.column.key)
        _plain(_sub(fieldset, "legend"), _label(table, question.column, language))
        choices = _sub(fieldset, "div", class_="kb-dt-choices")
        for choice in question.choices:
            label = _sub(choices, "label", class_="kb-dt-choice")
            _sub(label, "input", type="radio", name=f"kb-guide-{table.id}-{question.column.key}", value=choice.key)
            text = _sub(label, "span")
            add_lines(text, choice.label, _language(table, language), atomic=not choice.is_markdown)
            _sub(label, "span", class_="kb-dt-choice-count", data_kb_choice_count="")
    actions = _sub(guide, "div", class_="kb-dt-guide-actions")
    _plain(_sub(actions, "button", type="button", class_="md-button", data_kb_guide_back=""), ui.guide_back)
    _plain(_sub(actions, "button", type="button", class_="md-button", data_kb_guide_reset=""), ui.guide_reset)
    answer = _sub(
        guide, "div", class_="kb-dt-answer", role="region", data_kb_answer="", hidden="hidden", tabindex="-1", aria_label=ui.answer
    )
    _plain(_sub(answer, "p", class_="kb-dt-answer-title"), ui.answer)


def _empty_state(parent: etree.Element, ui: UiText) -> None:
    """What the reader sees when nothing matches: what was searched, and a way back."""
    empty = _sub(parent, "div", class_="kb-dt-empty", data_kb_empty="", hidden="hidden")
    _sub(empty, "p", data_kb_empty_text="", data_template=ui.no_match_filter, data_kb_guide_template=ui.no_match_guide)
    _plain(_sub(empty, "button", type="button", class_="md-button", data_kb_empty_clear=""), ui.clear)


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


def _report_link(cell: etree.Element, address: str, row_name: str, ui: UiText) -> None:
    """The row's "Report a problem" link: a plain link to the issue form, built with the site,
    so it works without JavaScript. Its visible mark is a flag; its name says what it does."""
    link = _sub(
        cell, "a", class_="kb-dt-report", href=address, aria_label=f"{ui.report_row_problem}: {row_name}", title=ui.report_row_problem
    )
    _plain(link, "\u2691")


def _row(
    tbody: etree.Element,
    table: DecisionTable,
    row: Row,
    language: str,
    ui: UiText,
    *,
    outputs: tuple[Column, ...],
    with_links: bool,
    report_row: Callable[[str], str] | None,
) -> None:
    anchor = table.row_anchor(row)
    choices = choices_attribute(row_choices(table, row, language=language))
    tr = _sub(tbody, "tr", id=anchor, data_kb_row=row.id, data_kb_choices=choices)
    for index, column in enumerate(table.condition_columns):
        # Marked so that the search index can title the row with all its conditions.
        cell = _sub(tr, "th", scope="row") if index == 0 else _sub(tr, "td", data_kb_condition="")
        cell.set("data-kb-label", _label(table, column, language))
        condition = row.conditions[column.key]
        text, is_markdown = condition_text(table, column, condition, language, ui)
        _written_at(cell, table, condition.line)
        add_lines(_sub(cell, "span"), text, _language(table, language), atomic=not is_markdown)
        if index == 0:
            link = _sub(cell, "a", class_="kb-dt-permalink", href=f"#{anchor}", aria_label=f"{ui.row_link}: {text}", title=ui.row_link)
            _plain(link, "#")
            if report_row is not None:
                _report_link(cell, report_row(anchor), text, ui)
            _asked_as(cell, row.customer_says.get(language, ()), ui)
    for column in outputs:
        cell = _sub(tr, "td", data_kb_output="", data_kb_label=_label(table, column, language))
        output: Text | None = row.outputs.get(column.key)
        if output is None:
            continue
        _written_at(cell, table, output.line)
        text = output.in_language(language, fallback=table.source_language)
        if column.script:
            cell.set("class", "kb-dt-script")
            add_script_lines(cell, text, _language(table, language), script_id=f"kb-script-{anchor}-{column.key}")
        else:
            add_lines(cell, text, _language(table, language))
    if with_links:
        cell = _sub(tr, "td", data_kb_output="", data_kb_label=ui.details)
        if row.link:
            _written_at(cell, table, row.link_line)
            cell.text = f"[{ui.details}]({row.link})"


def shown_outputs(table: DecisionTable, language: str) -> tuple[Column, ...]:
    """The output columns with text in some row: a column empty in every row takes no room."""
    return tuple(
        column
        for column in table.output_columns
        if any(
            (text := row.outputs.get(column.key)) and text.in_language(language, fallback=table.source_language).strip()
            for row in table.rows
        )
    )


def render_table(table: DecisionTable, *, language: str, ui: UiText, report_row: Callable[[str], str] | None = None) -> etree.Element:
    """The table with its filter box and guided questions, for a page in language; report_row
    gives each row's "Report a problem" address from the row's anchor (None: no such links)."""
    wrapper = etree.Element(
        "div", {"class": "kb-decision-table", "data-kb-table": table.id, "data-kb-hit-policy": table.hit_policy, "data-search-exclude": ""}
    )
    _filter_box(wrapper, table, ui)
    _guide(wrapper, table, language, ui)
    _empty_state(wrapper, ui)
    # No class on <table>: Material styles and scroll-wraps only tables without one.
    html_table = _sub(wrapper, "table", id=f"kb-table-{table.id}")
    caption = _sub(html_table, "caption")
    _written_at(caption, table, table.caption.line)
    add_lines(caption, table.caption.in_language(language, fallback=table.source_language), _language(table, language))
    outputs = shown_outputs(table, language)
    with_links = any(row.link for row in table.rows)
    header = _sub(_sub(html_table, "thead"), "tr")
    for column in (*table.condition_columns, *outputs):
        th = _sub(header, "th", scope="col")
        if column.script:
            th.set("class", "kb-dt-script")
        _plain(th, _label(table, column, language))
    if with_links:
        _plain(_sub(header, "th", scope="col"), ui.details)
    tbody = _sub(html_table, "tbody")
    for row in table.rows:
        _row(tbody, table, row, language, ui, outputs=outputs, with_links=with_links, report_row=report_row)
    return wrapper
