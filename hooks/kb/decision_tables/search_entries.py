"""One site-search entry per decision-table row: title = its conditions, link = its anchor."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown

from kb.decision_tables.model import DecisionTable
from kb.decision_tables.render import condition_text
from kb.ui_text import ui_text


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(markdown_text: str) -> str:
    """What a reader sees of a Markdown snippet, without markup."""
    parser = _TextOnly()
    parser.feed(markdown.markdown(markdown_text))
    parser.close()
    return " ".join("".join(parser.parts).split())


def row_search_entries(table: DecisionTable, *, language: str, page_url: str) -> list[dict[str, str]]:
    """Search entries for every row, in the language of the page that shows the table."""
    ui = ui_text(language)
    entries = []
    for row in table.rows:
        conditions = [
            condition_text(table, column, row.conditions[column.key], language, ui)[0]
            for column in table.condition_columns
        ]
        outputs = [text.in_language(language, fallback=table.source_language) for text in row.outputs.values()]
        entries.append(
            {
                "location": f"{page_url}#{table.row_anchor(row)}",
                "title": " · ".join(plain_text(condition) for condition in conditions),
                "text": " ".join(plain_text(output) for output in outputs),
            }
        )
    return entries
