"""Helpers for the decision-table unit tests: tables from small YAML snippets."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kb.decision_tables.model import DecisionTable
from kb.decision_tables.parse import parse_table

LANGUAGES = ("en", "ru", "fa", "lv", "zh")
VALID_TABLE = Path(__file__).resolve().parents[2] / "fixtures" / "decision-tables" / "valid" / "parcel-status.table.yml"


def table_from(yaml_text: str, *, path_in_docs: str = "area/t.table.yml") -> DecisionTable:
    table, findings = parse_table(textwrap.dedent(yaml_text), path=f"docs/{path_in_docs}", path_in_docs=path_in_docs, languages=LANGUAGES)
    assert table is not None and findings == [], findings
    return table


@pytest.fixture
def parcel_table() -> DecisionTable:
    return table_from(VALID_TABLE.read_text(encoding="utf-8"))
