"""Decision-table rows a release added, removed and changed, by row id.

Each `*.table.yml` that changed is read at both commits with the project's own parser
(kb.components.decision_tables.parse.parse_table) and its rows compared by id: a row changed
when any of its texts, conditions, link or customer phrasings did, in the languages whose
texts differ. A table that cannot be read at one of the commits counts as having no rows
there (the build reports a broken table at HEAD anyway).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Literal

from kb.changes.history import FileChange
from kb.components.decision_tables.model import DecisionTable, Row, Text
from kb.components.decision_tables.parse import parse_table
from kb.pages import TABLE_SUFFIX

RowChangeKind = Literal["added", "removed", "changed"]


@dataclass(frozen=True)
class RowChange:
    """One row's change; table is the table as it is now (as it was, for a removed row)."""

    kind: RowChangeKind
    table: DecisionTable
    row: Row
    languages: tuple[str, ...] = ()  # whose texts changed (a changed row)

    @property
    def anchor(self) -> str:
        return self.table.row_anchor(self.row)


def _texts(text: Text | None) -> dict[str, str]:
    return dict(text.by_language) if text is not None else {}


def row_texts(row: Row) -> dict[str, dict[str, str]]:
    """Every text of a row by where it is, each by language (lines left out)."""
    texts = {f"condition {key}": _texts(cell.text) for key, cell in row.conditions.items()}
    texts |= {f"output {key}": _texts(text) for key, text in row.outputs.items()}
    texts["customer says"] = {language: "\n".join(phrasings) for language, phrasings in row.customer_says.items()}
    return texts


def _shape(row: Row) -> tuple[object, ...]:
    """What a row decides apart from its texts: its condition values and link."""
    return (sorted((key, sorted(cell.values or ())) for key, cell in row.conditions.items()), row.link)


def changed_languages(old: Row, new: Row, *, languages: Collection[str]) -> tuple[str, ...] | None:
    """The languages whose texts differ between two versions of a row (every language when
    its conditions or link changed); None when the row is the same."""
    before, after = row_texts(old), row_texts(new)
    changed = {
        language
        for where in before.keys() | after.keys()
        for language in languages
        if before.get(where, {}).get(language, "") != after.get(where, {}).get(language, "")
    }
    if _shape(old) != _shape(new):
        changed = set(languages)
    return tuple(language for language in languages if language in changed) if changed else None


def compare_tables(old: DecisionTable | None, new: DecisionTable | None, *, languages: Collection[str]) -> list[RowChange]:
    """The rows of new that old did not have, those it lost and those that changed, in row order."""
    old_rows = {row.id: row for row in old.rows} if old else {}
    new_rows = {row.id: row for row in new.rows} if new else {}
    changes: list[RowChange] = []
    if new is not None:
        for row in new.rows:
            if row.id not in old_rows:
                changes.append(RowChange("added", new, row))
                continue
            changed = changed_languages(old_rows[row.id], row, languages=languages)
            if changed:
                changes.append(RowChange("changed", new, row, changed))
    if old is not None:
        changes += [RowChange("removed", old, row) for row in old.rows if row.id not in new_rows]
    return changes


def table_text_changes(
    files: Iterable[FileChange],
    *,
    docs: str,
    languages: Collection[str],
    before: Callable[[str], str | None],
    now: Callable[[str], str | None],
) -> list[RowChange]:
    """The row changes of every table file that changed; before and now read a file (relative
    to the project) at the previous release and at HEAD."""
    prefix = docs.rstrip("/") + "/"
    changes: list[RowChange] = []
    for change in files:
        if not change.path.endswith(TABLE_SUFFIX) or not change.path.startswith(prefix):
            continue
        old_path = change.old_path or change.path
        old = _table(before(old_path) if change.status != "A" else None, old_path, prefix, languages)
        new = _table(now(change.path) if change.status != "D" else None, change.path, prefix, languages)
        changes += compare_tables(old, new, languages=languages)
    return changes


def _table(text: str | None, path: str, prefix: str, languages: Collection[str]) -> DecisionTable | None:
    if text is None:
        return None
    table, _ = parse_table(text, path=path, path_in_docs=path[len(prefix) :], languages=languages)
    return table


def table_page(table_path_in_docs: str, pages: dict[str, str]) -> str | None:
    """The page (under docs/) that shows a table, from the pages' Markdown by page: the first
    whose `::: decision-table <file>` marker names it."""
    folder, name = posixpath.split(table_path_in_docs)
    marker = re.compile(rf"^::: decision-table {re.escape(name)}\s*$", re.MULTILINE)
    for page, markdown in sorted(pages.items()):
        if posixpath.dirname(page) == folder and marker.search(markdown):
            return page
    return None
