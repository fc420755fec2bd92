"""The shape of a decision table: columns, condition domains, rows and their texts."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

HitPolicy = Literal["unique", "first", "collect"]
HIT_POLICIES: tuple[HitPolicy, ...] = ("unique", "first", "collect")
ColumnKind = Literal["condition", "output"]
# In a condition cell, "-" means "any value" (as in DMN decision tables).
ANY_VALUE = "-"


@dataclass(frozen=True)
class Text:
    """One piece of text in several languages, with the line it was written on."""

    by_language: Mapping[str, str]
    line: int

    def languages(self) -> frozenset[str]:
        return frozenset(self.by_language)

    def in_language(self, language: str, *, fallback: str) -> str:
        return self.by_language.get(language) or self.by_language.get(fallback, "")


@dataclass(frozen=True)
class DomainValue:
    key: str
    label: Text


@dataclass(frozen=True)
class Domain:
    """The declared values a condition can take, e.g. every CRM order status."""

    key: str
    values: tuple[DomainValue, ...]
    line: int

    def keys(self) -> tuple[str, ...]:
        return tuple(value.key for value in self.values)

    def value(self, key: str) -> DomainValue | None:
        return next((value for value in self.values if value.key == key), None)


@dataclass(frozen=True)
class Column:
    key: str
    kind: ColumnKind
    label: Text
    domain: str | None
    required: bool
    line: int
    # An output column whose cells hold words agents say (in the source language): each
    # cell's script gets a copy button and its own language and direction.
    script: bool = False


@dataclass(frozen=True)
class ConditionCell:
    """A condition: a set of domain values, free text, or any value (both None)."""

    values: frozenset[str] | None
    text: Text | None
    line: int

    @property
    def is_any(self) -> bool:
        return self.values is None and self.text is None


@dataclass(frozen=True)
class Row:
    id: str
    line: int
    conditions: Mapping[str, ConditionCell]
    outputs: Mapping[str, Text]
    link: str | None
    link_line: int
    # How customers and agents ask for this situation, per language (kb.core.customer_says).
    customer_says: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class NotApplicable:
    """A combination of conditions that cannot happen, declared so coverage stays complete."""

    conditions: Mapping[str, ConditionCell]
    reason: Text | None
    line: int


@dataclass(frozen=True)
class DecisionTable:
    id: str
    # As editors see it ("docs/area/x.table.yml"), and relative to docs/ ("area/x.table.yml").
    path: str
    path_in_docs: str
    source_language: str
    caption: Text
    hit_policy: HitPolicy
    columns: tuple[Column, ...]
    domains: Mapping[str, Domain]
    rows: tuple[Row, ...]
    not_applicable: tuple[NotApplicable, ...]
    rows_line: int
    # Per translated language, the hash of the source-language texts it was made from.
    translated_from: Mapping[str, str] = field(default_factory=dict)

    @property
    def condition_columns(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.kind == "condition")

    @property
    def output_columns(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.kind == "output")

    def row_anchor(self, row: Row) -> str:
        """The row's HTML id: the same in every language, so links work everywhere."""
        return f"{self.id}--{row.id}"

    def texts(self) -> list[tuple[str, Text]]:
        """Every translatable text with a short description of where it is."""
        found: list[tuple[str, Text]] = [("caption", self.caption)]
        found += [(f"column {column.key} label", column.label) for column in self.columns]
        for domain in self.domains.values():
            found += [(f"domain {domain.key} value {value.key}", value.label) for value in domain.values]
        for row in self.rows:
            found += [(f"row '{row.id}', column '{key}'", cell.text) for key, cell in row.conditions.items() if cell.text]
            found += [(f"row '{row.id}', column '{key}'", text) for key, text in row.outputs.items()]
        return found

    def languages(self) -> frozenset[str]:
        """Every language the table has any text in."""
        return frozenset().union(*(text.languages() for _, text in self.texts()))


# A change to a table's texts: (text, its language, whether it is a script) -> the new text.
TextChange = Callable[[str, str, bool], str]


def _changed(text: Text, change: TextChange, *, script: bool = False) -> Text:
    return replace(text, by_language={language: change(value, language, script) for language, value in text.by_language.items()})


def _changed_cell(cell: ConditionCell, change: TextChange) -> ConditionCell:
    return cell if cell.text is None else replace(cell, text=_changed(cell.text, change))


def with_texts_changed(table: DecisionTable, change: TextChange) -> DecisionTable:
    """The table with every text passed through change (script columns marked as such): a
    page's policy facts written out in its language, everywhere the table shows text,
    attributes and search labels included."""
    scripts = {column.key for column in table.columns if column.script}
    return replace(
        table,
        caption=_changed(table.caption, change),
        columns=tuple(replace(column, label=_changed(column.label, change)) for column in table.columns),
        domains={
            key: replace(domain, values=tuple(replace(value, label=_changed(value.label, change)) for value in domain.values))
            for key, domain in table.domains.items()
        },
        rows=tuple(
            replace(
                row,
                conditions={key: _changed_cell(cell, change) for key, cell in row.conditions.items()},
                outputs={key: _changed(text, change, script=key in scripts) for key, text in row.outputs.items()},
            )
            for row in table.rows
        ),
        not_applicable=tuple(
            replace(
                item,
                conditions={key: _changed_cell(cell, change) for key, cell in item.conditions.items()},
                reason=None if item.reason is None else _changed(item.reason, change),
            )
            for item in table.not_applicable
        ),
    )
