"""Guided mode: a decision table's condition columns as questions the agent answers.

Every condition column is a question; its choices are the domain values the rows use, or, for
a free-text condition, the distinct texts of its cells. Each row says which choice of each
question it answers to (`data-kb-choices="status=new delivery=*"`, `*` for "any value"), and the
browser (decision-tables.js) narrows the rows as choices are made, then shows the last row left
as an answer card. Nothing here is per table: every table gets it from its YAML.
"""

from __future__ import annotations

from dataclasses import dataclass

from kb.components.decision_tables.model import Column, DecisionTable, Row

ANY_CHOICE = "*"


@dataclass(frozen=True)
class Choice:
    key: str
    # A domain value's label (plain text), or the row's own condition text (Markdown).
    label: str
    is_markdown: bool


@dataclass(frozen=True)
class Question:
    column: Column
    choices: tuple[Choice, ...]


def _text_keys(table: DecisionTable, column: Column, language: str) -> dict[str, str]:
    """For a free-text condition: each distinct text (in language) and its choice key."""
    keys: dict[str, str] = {}
    for row in table.rows:
        cell = row.conditions[column.key]
        if cell.text is not None:
            text = cell.text.in_language(language, fallback=table.source_language)
            keys.setdefault(text, f"t{len(keys) + 1}")
    return keys


def row_choices(table: DecisionTable, row: Row, *, language: str) -> dict[str, tuple[str, ...]]:
    """Which choice of each question the row answers to."""
    choices: dict[str, tuple[str, ...]] = {}
    for column in table.condition_columns:
        cell = row.conditions[column.key]
        if cell.is_any:
            choices[column.key] = (ANY_CHOICE,)
        elif cell.values is not None:
            order = table.domains[column.domain or ""].keys()
            choices[column.key] = tuple(key for key in order if key in cell.values)
        elif cell.text is not None:
            text = cell.text.in_language(language, fallback=table.source_language)
            choices[column.key] = (_text_keys(table, column, language)[text],)
    return choices


def choices_attribute(choices: dict[str, tuple[str, ...]]) -> str:
    """The row's `data-kb-choices` value."""
    return " ".join(f"{question}={key}" for question, keys in choices.items() for key in keys)


def questions(table: DecisionTable, *, language: str) -> tuple[Question, ...]:
    """The table's questions, each with the choices some row answers to, in the table's order."""
    found: list[Question] = []
    for column in table.condition_columns:
        used = {key for row in table.rows for key in row_choices(table, row, language=language)[column.key]}
        if column.domain is not None:
            domain = table.domains[column.domain]
            choices = tuple(
                Choice(value.key, value.label.in_language(language, fallback=table.source_language), False)
                for value in domain.values
                if ANY_CHOICE in used or value.key in used
            )
        else:
            choices = tuple(Choice(key, text, True) for text, key in _text_keys(table, column, language).items())
        found.append(Question(column, choices))
    return tuple(found)
