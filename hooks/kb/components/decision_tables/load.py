"""Read and check one decision-table file: the structure, then every table rule."""

from __future__ import annotations

from collections.abc import Collection

from kb.components.decision_tables.model import DecisionTable
from kb.components.decision_tables.parse import parse_table
from kb.components.decision_tables.validate import table_findings
from kb.core.findings import Finding


def load_checked_table(
    text: str, *, path: str, path_in_docs: str, languages: Collection[str]
) -> tuple[DecisionTable | None, list[Finding]]:
    """The table (None if it cannot be read) and all its faults, structural first."""
    table, findings = parse_table(text, path=path, path_in_docs=path_in_docs, languages=languages)
    if table is None:
        return None, findings
    return table, findings + table_findings(table)
