"""Guided mode's questions: one per condition column, choices the rows use, "any" matching all."""

from __future__ import annotations

from kb.components.decision_tables.guide import ANY_CHOICE, choices_attribute, questions, row_choices
from kb.components.decision_tables.model import DecisionTable
from support.tables import VALID_TABLE, table_from


def test_each_condition_column_is_a_question_with_the_values_rows_use(parcel_table: DecisionTable) -> None:
    found = questions(parcel_table, language="en")
    assert [question.column.key for question in found] == ["status", "delivery"]
    # "cancelled" is declared but no row uses it: no choice that leads nowhere.
    assert [choice.key for choice in found[0].choices] == ["buffer", "shipped"]
    # A row with "any" delivery answers to every delivery value, so all are offered.
    assert [(choice.key, choice.label) for choice in found[1].choices] == [("courier", "Courier"), ("post", "Russian Post")]


def test_rows_say_which_choice_they_answer_to_with_any_as_a_star(parcel_table: DecisionTable) -> None:
    shipped = next(row for row in parcel_table.rows if row.id == "shipped-any")
    assert row_choices(parcel_table, shipped, language="ru") == {"status": ("shipped",), "delivery": (ANY_CHOICE,)}
    assert choices_attribute(row_choices(parcel_table, shipped, language="ru")) == "status=shipped delivery=*"


def test_free_text_conditions_offer_each_distinct_text_once() -> None:
    text = VALID_TABLE.read_text(encoding="utf-8")
    text = text.replace("  - key: delivery\n    kind: condition\n    domain: delivery\n", "  - key: delivery\n    kind: condition\n")
    for russian, english in (("courier", "Курьер"), ("post", "Почта России")):
        text = text.replace(f"    delivery: {russian}\n", f"    delivery: {{ru: {english}, en: {russian.title()}}}\n")
    table = table_from(text)
    [_, delivery] = questions(table, language="en")
    assert [(choice.key, choice.label, choice.is_markdown) for choice in delivery.choices] == [
        ("t1", "Courier", True),
        ("t2", "Post", True),
    ]
    assert [row_choices(table, row, language="en")["delivery"] for row in table.rows] == [("t1",), ("t2",), (ANY_CHOICE,)]
