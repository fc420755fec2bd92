"""The rules a parsed decision table must follow beyond its structure.

Each rule is a function from a table (and what it needs to know about the site) to
findings, so each can be tested on its own failing fixture.
"""

from __future__ import annotations

import itertools
import posixpath
from collections.abc import Collection, Iterable, Mapping

from kb.components.decision_tables.model import ConditionCell, DecisionTable, Row
from kb.core.findings import Finding
from kb.core.parity import Variant, missing_in_variants

# Past this many uncovered combinations, one finding lists the first few.
_MAX_LISTED_GAPS = 10


def duplicate_row_ids(table: DecisionTable) -> list[Finding]:
    first_line: dict[str, int] = {}
    findings = []
    for row in table.rows:
        if row.id in first_line:
            findings.append(
                Finding(
                    table.path,
                    row.line,
                    f"row id '{row.id}' is used twice (first on line {first_line[row.id]})",
                    "give each row its own id; ids are the rows' permanent links",
                )
            )
        first_line.setdefault(row.id, row.line)
    return findings


def _cells_overlap(first: ConditionCell, second: ConditionCell) -> bool:
    if first.is_any or second.is_any:
        return True
    if first.values is not None and second.values is not None:
        return bool(first.values & second.values)
    if first.text is not None and second.text is not None:
        return first.text.by_language == second.text.by_language
    return False


def _describe(conditions: Mapping[str, ConditionCell], table: DecisionTable) -> str:
    parts = []
    for key, cell in conditions.items():
        if cell.is_any:
            parts.append(f"{key}=any")
        elif cell.values is not None:
            parts.append(f"{key}={'|'.join(sorted(cell.values))}")
        elif cell.text is not None:
            parts.append(f"{key}={cell.text.in_language(table.source_language, fallback=table.source_language)!r}")
    return ", ".join(parts)


def _rows_overlap(first: Row, second: Row) -> bool:
    return all(_cells_overlap(first.conditions[key], second.conditions[key]) for key in first.conditions)


def overlapping_rows(table: DecisionTable) -> list[Finding]:
    """Under the unique hit policy, no two rows may match the same situation."""
    if table.hit_policy != "unique":
        return []
    return [
        Finding(
            table.path,
            later.line,
            f"rows '{earlier.id}' (line {earlier.line}) and '{later.id}' both match {_describe(later.conditions, table)}",
            "one row per situation: merge or narrow the two rows, or declare hit_policy: first if the earlier row should win",
        )
        for earlier, later in itertools.combinations(table.rows, 2)
        if _rows_overlap(earlier, later)
    ]


def _covers(conditions: Mapping[str, ConditionCell], combination: Mapping[str, str]) -> bool:
    def covered(cell: ConditionCell, value: str) -> bool:
        return cell.is_any or (cell.values is not None and value in cell.values)

    return all(covered(conditions[key], value) for key, value in combination.items())


def uncovered_combinations(table: DecisionTable) -> list[Finding]:
    """Every value (or combination of values) of the declared domains has a row or is not applicable."""
    domain_columns = [column for column in table.condition_columns if column.domain]
    if not domain_columns:
        return []
    keys = [column.key for column in domain_columns]
    value_lists = [table.domains[column.domain].keys() for column in domain_columns if column.domain]
    gaps = []
    for values in itertools.product(*value_lists):
        combination = dict(zip(keys, values, strict=True))
        covered = any(_covers(row.conditions, combination) for row in table.rows)
        excused = any(_covers(entry.conditions, combination) for entry in table.not_applicable)
        if not covered and not excused:
            gaps.append(", ".join(f"{key}={value}" for key, value in combination.items()))
    if not gaps:
        return []
    listed = "; ".join(gaps[:_MAX_LISTED_GAPS]) + (f"; and {len(gaps) - _MAX_LISTED_GAPS} more" if len(gaps) > _MAX_LISTED_GAPS else "")
    return [
        Finding(
            table.path,
            table.rows_line,
            f"{len(gaps)} situation(s) have no row: {listed}",
            "add a row for each, or list it under not_applicable: if it cannot happen",
        )
    ]


def contradicting_not_applicable(table: DecisionTable) -> list[Finding]:
    """A combination declared impossible must not also have a row."""
    findings = []
    for entry in table.not_applicable:
        for row in table.rows:
            if _rows_overlap_conditions(entry.conditions, row.conditions):
                findings.append(
                    Finding(
                        table.path,
                        entry.line,
                        f"not_applicable {_describe(entry.conditions, table)} overlaps row '{row.id}' (line {row.line})",
                        "remove the entry or narrow the row: a situation cannot both happen and not happen",
                    )
                )
    return findings


def _rows_overlap_conditions(first: Mapping[str, ConditionCell], second: Mapping[str, ConditionCell]) -> bool:
    return all(_cells_overlap(first[key], second[key]) for key in first)


def missing_translations(table: DecisionTable) -> list[Finding]:
    """Language parity: every text has every language the table is written in."""
    languages = table.languages()
    findings = []
    for where, text in table.texts():
        missing = sorted(languages - text.languages())
        if missing:
            findings.append(
                Finding(
                    table.path,
                    text.line,
                    f"{where} has no text in {', '.join(missing)} (other texts of this table have it)",
                    "add the translation; a table's rows must be complete in every language it has",
                )
            )
    if table.source_language not in languages:
        findings.append(
            Finding(
                table.path,
                table.caption.line,
                f"no text is in the source language '{table.source_language}'",
                "write the source-language text first; translations follow it",
            )
        )
    return findings


def table_findings(table: DecisionTable) -> list[Finding]:
    """Every rule that needs only the table. Its row links are checked on the pages that place
    it, by the one link checker (kb.checks.links), and its translations' facts with the
    translations (kb.translation.fact_parity)."""
    rules: Iterable[list[Finding]] = (
        duplicate_row_ids(table),
        overlapping_rows(table),
        uncovered_combinations(table),
        contradicting_not_applicable(table),
        missing_translations(table),
    )
    return [finding for findings in rules for finding in findings]


def table_placement_parity(variants: Collection[Variant]) -> list[Finding]:
    """Every language's file of a page places the same decision tables (items: table paths)."""

    def describe(table: str, holders: str) -> tuple[str, str]:
        return (
            f"this translation does not place decision table '{posixpath.basename(table)}', which {holders} places",
            f"add `::: decision-table {posixpath.basename(table)}` where the other languages have it",
        )

    return missing_in_variants(variants, describe=describe, written_as=lambda table: f"decision-table {posixpath.basename(table)}")
