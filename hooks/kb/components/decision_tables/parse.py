"""Read a decision-table YAML file into the model, reporting every structural fault.

Every fault names the file and line and says how to fix it; nothing an editor
wrote is ignored: unknown keys are errors, not silently dropped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from kb.components.decision_tables.model import (
    ANY_VALUE,
    HIT_POLICIES,
    Column,
    ConditionCell,
    DecisionTable,
    Domain,
    DomainValue,
    NotApplicable,
    Row,
    Text,
)
from kb.core.customer_says import CUSTOMER_SAYS, CUSTOMER_SAYS_FIX, phrasings, phrasings_problem
from kb.core.findings import Finding, quoted
from kb.core.yaml_source import LineDict, LineList, SourceError, load_yaml

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
TABLE_KEYS = frozenset(
    {"id", "source_language", "caption", "hit_policy", "domains", "columns", "rows", "not_applicable", "translated_from"}
)
COLUMN_KEYS = frozenset({"key", "kind", "label", "domain", "required", "script"})
DOMAIN_KEYS = frozenset({"values"})
RESERVED_ROW_KEYS = frozenset({"id", "link", CUSTOMER_SAYS})
# Checked before any row is read or any situation listed: the checks compare every row with
# every other and with every combination of the condition domains' values.
# 500: the largest table the filter and guided-mode benchmark measures (tests/benchmarks).
MAX_ROWS = 500
MAX_SITUATIONS = 1_000


@dataclass
class _Reader:
    """Turns located YAML data into model objects, collecting findings on the way."""

    path: str
    languages: Collection[str]
    findings: list[Finding] = field(default_factory=list)

    def fault(self, line: int, problem: str, fix: str) -> None:
        self.findings.append(Finding(self.path, line, problem, fix))

    def unknown_keys(self, data: LineDict, allowed: Collection[str], where: str) -> None:
        for key in data:
            if key not in allowed:
                self.fault(data.line_of(key), f"unknown key '{key}' in {where}", f"use one of: {', '.join(sorted(allowed))}")

    def identifier(self, value: Any, line: int, what: str) -> str | None:
        if isinstance(value, str) and ID_PATTERN.fullmatch(value):
            return value
        self.fault(
            line,
            f"{what} {quoted(value)} is not a valid id",
            "use lower-case ASCII letters, digits and single hyphens, e.g. buffer-courier",
        )
        return None

    def text(self, value: Any, line: int, what: str) -> Text | None:
        if not isinstance(value, LineDict) or not value:
            self.fault(
                line, f"{what} must give its text per language", "write it as a mapping, e.g. `ru: Текст` and `en: Text` on separate lines"
            )
            return None
        by_language: dict[str, str] = {}
        for language, text in value.items():
            key_line = value.line_of(language)
            if language not in self.languages:
                self.fault(
                    key_line,
                    f"{what} has text in unknown language '{language}'",
                    f"use one of the site's languages: {', '.join(self.languages)}",
                )
            elif not isinstance(text, str):
                self.fault(
                    key_line,
                    f"{what} in '{language}' is {type(text).__name__}, not text",
                    "put the text in quotes so YAML keeps it exactly as written",
                )
            elif not text.strip():
                self.fault(
                    key_line, f"{what} in '{language}' is empty", "write the text, or remove the language if it is not translated yet"
                )
            else:
                by_language[language] = text.strip()
        return Text(by_language, value.line) if by_language else None

    def domains(self, data: Any, line: int) -> dict[str, Domain]:
        if data is None:
            return {}
        if not isinstance(data, LineDict):
            self.fault(line, "domains must be a mapping of domain name to its values", "see the decision-table format in CONTRIBUTING.md")
            return {}
        domains: dict[str, Domain] = {}
        for key, body in data.items():
            key_line = data.line_of(key)
            name = self.identifier(key, key_line, "domain")
            if not isinstance(body, LineDict) or not isinstance(body.get("values"), LineDict) or not body["values"]:
                self.fault(key_line, f"domain '{key}' has no values", "give it `values:` with one `key: {language: label}` entry per value")
                continue
            self.unknown_keys(body, DOMAIN_KEYS, f"domain '{key}'")
            values = []
            for value_key, label in body["values"].items():
                value_line = body["values"].line_of(value_key)
                checked = self.identifier(value_key, value_line, f"value of domain '{key}'")
                text = self.text(label, value_line, f"label of value '{value_key}'")
                if checked and text:
                    values.append(DomainValue(checked, text))
            if name:
                domains[name] = Domain(name, tuple(values), key_line)
        return domains

    def columns(self, data: Any, line: int, domains: dict[str, Domain]) -> tuple[Column, ...]:
        if not isinstance(data, LineList) or not data:
            self.fault(line, "columns must be a list", "list the columns, each with key, kind (condition or output) and label")
            return ()
        columns: list[Column] = []
        for item, item_line in zip(data, data.item_lines, strict=True):
            if not isinstance(item, LineDict):
                self.fault(item_line, "a column must be a mapping", "write `- key: status` with kind and label below it")
                continue
            self.unknown_keys(item, COLUMN_KEYS, "a column")
            key = self.identifier(item.get("key"), item.line_of("key"), "column key")
            if key in RESERVED_ROW_KEYS:
                self.fault(item.line_of("key"), f"column key '{key}' is reserved for rows", "choose another key")
                key = None
            if key and any(column.key == key for column in columns):
                self.fault(item.line_of("key"), f"column '{key}' is declared twice", "give each column its own key")
                key = None
            kind = item.get("kind")
            if kind not in ("condition", "output"):
                self.fault(item.line_of("kind"), f"column '{item.get('key')}' has kind {quoted(kind)}", "set kind to condition or output")
            label = self.text(item.get("label"), item.line_of("label"), f"label of column '{item.get('key')}'")
            domain = item.get("domain")
            if domain is not None and (kind != "condition" or domain not in domains):
                problem = "only condition columns take a domain" if kind != "condition" else f"domain '{domain}' is not declared"
                self.fault(
                    item.line_of("domain"),
                    f"column '{item.get('key')}': {problem}",
                    f"declare it under domains: (declared: {', '.join(domains) or 'none'})",
                )
                domain = None
            required = item.get("required", True)
            if not isinstance(required, bool):
                self.fault(item.line_of("required"), "required must be true or false", "write required: false for optional outputs")
                required = True
            script = item.get("script", False)
            if not isinstance(script, bool) or (script and kind != "output"):
                self.fault(
                    item.line_of("script"),
                    "script must be true or false, and only on an output column",
                    "write script: true on the output column whose cells hold the words agents say",
                )
                script = False
            if key and kind in ("condition", "output") and label:
                columns.append(Column(key, kind, label, domain, required, item.line, script))
        if columns and not any(column.kind == "condition" for column in columns):
            self.fault(line, "the table has no condition column", "add a column with kind: condition (what the agent looks up)")
        if columns and not any(column.kind == "output" for column in columns):
            self.fault(line, "the table has no output column", "add a column with kind: output (what the agent does or says)")
        return tuple(columns)

    def condition(self, value: Any, line: int, column: Column, domains: dict[str, Domain], where: str) -> ConditionCell | None:
        if value == ANY_VALUE:
            return ConditionCell(None, None, line)
        if column.domain is None:
            text = self.text(value, line, f"{where}, condition '{column.key}'")
            return ConditionCell(None, text, line) if text else None
        domain = domains[column.domain]
        keys = list(value) if isinstance(value, LineList) else [value]
        unknown = [key for key in keys if not isinstance(key, str) or domain.value(key) is None]
        if unknown or not keys:
            self.fault(
                line,
                f"{where}: {quoted(unknown or keys)} is not a value of domain '{domain.key}'",
                f"use one of: {', '.join(domain.keys())}, a list of them, or '{ANY_VALUE}' for any",
            )
            return None
        return ConditionCell(frozenset(keys), None, line)

    def conditions(
        self, data: LineDict, columns: tuple[Column, ...], domains: dict[str, Domain], where: str
    ) -> dict[str, ConditionCell] | None:
        cells: dict[str, ConditionCell] = {}
        complete = True
        for column in columns:
            if column.kind != "condition":
                continue
            if column.key not in data:
                self.fault(
                    data.line,
                    f"{where} has no condition '{column.key}'",
                    f"add `{column.key}:` with a value, or '{ANY_VALUE}' for any value",
                )
                complete = False
                continue
            cell = self.condition(data[column.key], data.line_of(column.key), column, domains, where)
            if cell is None:
                complete = False
            else:
                cells[column.key] = cell
        return cells if complete else None

    def situations(self, line: int, columns: tuple[Column, ...], domains: dict[str, Domain]) -> bool:
        """Whether the combinations of the condition domains' values stay under MAX_SITUATIONS."""
        sizes = [len(domains[column.domain].values) for column in columns if column.kind == "condition" and column.domain in domains]
        count = math.prod(sizes)
        if count <= MAX_SITUATIONS:
            return True
        self.fault(
            line,
            f"the condition domains make {count:,} situations ({' × '.join(map(str, sizes))}), more than {MAX_SITUATIONS:,}",
            "split the table by its first condition, or make a condition free text instead of a domain",
        )
        return False

    def rows(self, data: Any, line: int, columns: tuple[Column, ...], domains: dict[str, Domain]) -> tuple[Row, ...]:
        if not isinstance(data, LineList) or not data:
            self.fault(line, "rows must be a non-empty list", "add rows, each starting with `- id: a-stable-id`")
            return ()
        if len(data) > MAX_ROWS:
            self.fault(line, f"the table has {len(data)} rows, more than {MAX_ROWS}", "split it into several tables, one per question")
            return ()
        rows: list[Row] = []
        known = {column.key for column in columns} | RESERVED_ROW_KEYS
        for item, item_line in zip(data, data.item_lines, strict=True):
            if not isinstance(item, LineDict):
                self.fault(item_line, "a row must be a mapping", "start the row with `- id: a-stable-id`")
                continue
            row_id = self.identifier(item.get("id"), item.line_of("id"), "row id")
            where = f"row {quoted(row_id or item.get('id'))}"
            for key in item:
                if key not in known:
                    self.fault(
                        item.line_of(key),
                        f"{where}: unknown column '{key}'",
                        f"use the declared columns: {', '.join(column.key for column in columns)}",
                    )
            conditions = self.conditions(item, columns, domains, where)
            outputs: dict[str, Text] = {}
            for column in columns:
                if column.kind != "output":
                    continue
                if column.key not in item:
                    if column.required:
                        self.fault(
                            item.line,
                            f"{where} has no '{column.key}'",
                            f"add `{column.key}:` with its text per language, or mark the column required: false",
                        )
                    continue
                text = self.text(item[column.key], item.line_of(column.key), f"{where}, column '{column.key}'")
                if text:
                    outputs[column.key] = text
            link = item.get("link")
            if link is not None and (not isinstance(link, str) or not link.strip()):
                self.fault(item.line_of("link"), f"{where}: link must be a page path", "write e.g. link: ../returns.md#defect")
                link = None
            customer_says = self.customer_says(item, where)
            if row_id and conditions is not None:
                rows.append(Row(row_id, item.line, conditions, outputs, link, item.line_of("link"), customer_says))
        return tuple(rows)

    def customer_says(self, item: LineDict, where: str) -> dict[str, tuple[str, ...]]:
        """A row's phrasings per language: `customer_says: {ru: [...], lv: [...]}`."""
        if CUSTOMER_SAYS not in item:
            return {}
        value, line = item[CUSTOMER_SAYS], item.line_of(CUSTOMER_SAYS)
        if not isinstance(value, LineDict):
            self.fault(line, f"{where}: {CUSTOMER_SAYS} must map each language to its phrasings", CUSTOMER_SAYS_FIX)
            return {}
        by_language: dict[str, tuple[str, ...]] = {}
        for language, listed in value.items():
            problem = (
                f"'{language}' is not a site language ({', '.join(self.languages)})"
                if language not in self.languages
                else phrasings_problem(listed)
            )
            if problem:
                self.fault(value.line_of(language), f"{where}: {problem}", CUSTOMER_SAYS_FIX)
            else:
                by_language[str(language)] = phrasings(listed)
        return by_language

    def not_applicable(self, data: Any, line: int, columns: tuple[Column, ...], domains: dict[str, Domain]) -> tuple[NotApplicable, ...]:
        if data is None:
            return ()
        if not isinstance(data, LineList):
            self.fault(line, "not_applicable must be a list", "list each impossible combination of conditions")
            return ()
        entries = []
        allowed = {column.key for column in columns if column.kind == "condition"} | {"reason"}
        for item, item_line in zip(data, data.item_lines, strict=True):
            if not isinstance(item, LineDict):
                self.fault(
                    item_line,
                    "a not_applicable entry must be a mapping of conditions",
                    "write e.g. `- {status: cancelled, delivery: courier}`",
                )
                continue
            self.unknown_keys(item, allowed, "a not_applicable entry")
            conditions = self.conditions(item, columns, domains, "a not_applicable entry")
            reason = self.text(item["reason"], item.line_of("reason"), "the reason") if "reason" in item else None
            if conditions is not None:
                entries.append(NotApplicable(conditions, reason, item.line))
        return tuple(entries)


def parse_table(text: str, *, path: str, path_in_docs: str, languages: Collection[str]) -> tuple[DecisionTable | None, list[Finding]]:
    """The table in a YAML file, or None, with every structural fault found.

    path is how editors see the file (docs/area/x.table.yml); path_in_docs is the
    same file relative to docs/, which row links are resolved against.
    """
    try:
        data = load_yaml(text, path=path)
    except SourceError as error:
        return None, [error.finding]
    reader = _Reader(path, tuple(languages))
    if not isinstance(data, LineDict):
        reader.fault(
            1, "a decision table file must be a YAML mapping", "start with `id:`, `source_language:`, `caption:`, `columns:` and `rows:`"
        )
        return None, reader.findings
    reader.unknown_keys(data, TABLE_KEYS, "the table")
    for key in ("id", "source_language", "caption", "columns", "rows"):
        if key not in data:
            reader.fault(data.line, f"the table has no '{key}'", f"add `{key}:` (see the decision-table format in CONTRIBUTING.md)")
    table_id = reader.identifier(data.get("id"), data.line_of("id"), "table id")
    source_language = data.get("source_language")
    if not isinstance(source_language, str) or source_language not in reader.languages:
        reader.fault(
            data.line_of("source_language"),
            f"source_language {quoted(source_language)} is not a site language",
            f"use one of: {', '.join(reader.languages)}",
        )
    hit_policy = data.get("hit_policy", "unique")
    if hit_policy not in HIT_POLICIES:
        reader.fault(
            data.line_of("hit_policy"),
            f"hit_policy {quoted(hit_policy)} is unknown",
            "use unique (one row per situation, the default), first or collect",
        )
    caption = reader.text(data.get("caption"), data.line_of("caption"), "caption")
    domains = reader.domains(data.get("domains"), data.line_of("domains"))
    columns = reader.columns(data.get("columns"), data.line_of("columns"), domains)
    if not reader.situations(data.line_of("columns"), columns, domains):
        return None, reader.findings
    rows = reader.rows(data.get("rows"), data.line_of("rows"), columns, domains)
    not_applicable = reader.not_applicable(data.get("not_applicable"), data.line_of("not_applicable"), columns, domains)
    translated_from = data.get("translated_from", {})
    if not isinstance(translated_from, dict) or not all(isinstance(value, str) for value in translated_from.values()):
        reader.fault(
            data.line_of("translated_from"), "translated_from must map languages to source hashes", "let `make mark-synced` write it"
        )
        translated_from = {}
    if reader.findings or not (table_id and caption and columns and rows and isinstance(source_language, str)):
        return None, reader.findings
    table = DecisionTable(
        id=table_id,
        path=path,
        path_in_docs=path_in_docs,
        source_language=source_language,
        caption=caption,
        hit_policy=hit_policy,
        columns=columns,
        domains=domains,
        rows=rows,
        not_applicable=not_applicable,
        rows_line=data.line_of("rows"),
        translated_from=dict(translated_from),
    )
    return table, reader.findings
