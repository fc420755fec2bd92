"""Decision tables from small YAML snippets, for unit tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from kb.components.decision_tables.model import DecisionTable
from kb.components.decision_tables.parse import parse_table
from support.paths import LANGUAGES

VALID_TABLE = Path(__file__).resolve().parents[1] / "fixtures" / "decision-tables" / "valid" / "parcel-status.table.yml"


def table_from(yaml_text: str, *, path_in_docs: str = "area/t.table.yml") -> DecisionTable:
    """The table in yaml_text, which must be valid."""
    table, findings = parse_table(textwrap.dedent(yaml_text), path=f"docs/{path_in_docs}", path_in_docs=path_in_docs, languages=LANGUAGES)
    assert table is not None and findings == [], findings
    return table
