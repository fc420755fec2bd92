"""Translation tracking: which version of its source each translation was made from.

A translation records `translated_from: <hash of the source page's text>` in its front
matter. Against the source as it is now, each page × language is up to date, outdated
(the source changed since) or missing (readers get the fallback page).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping
from enum import StrEnum

from kb.components.decision_tables.model import DecisionTable
from kb.core.findings import Finding, first_line_of
from kb.core.front_matter import body_of, declared_fields, front_matter_block
from kb.pages import DocsScan

FIELD = "translated_from"


class State(StrEnum):
    SOURCE = "source"
    UP_TO_DATE = "up-to-date"
    OUTDATED = "outdated"
    MISSING = "missing"


def source_hash(source_text: str) -> str:
    """A short hash of what a source page says (its body; front matter edits do not count)."""
    body = "\n".join(line.rstrip() for line in body_of(source_text).strip().splitlines())
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]


def page_states(texts: Mapping[str, str], *, source_language: str, languages: Collection[str]) -> dict[str, State]:
    """The state of a page in every language, from its files' texts by language."""
    states: dict[str, State] = {}
    current = source_hash(texts[source_language]) if source_language in texts else None
    for language in languages:
        if language == source_language:
            states[language] = State.SOURCE if language in texts else State.MISSING
        elif language not in texts:
            states[language] = State.MISSING
        else:
            states[language] = State.UP_TO_DATE if current and declared_fields(texts[language]).get(FIELD) == current else State.OUTDATED
    return states


def with_front_matter_line(text: str, field: str, value: str | None) -> str:
    """The page with its front matter's `field:` line set to value (None: removed); nothing
    else changes, line endings included (a file written with CRLF keeps them on that line)."""
    block = front_matter_block(text)
    if block is None:
        raise ValueError("the page has no front matter")
    ending = "\r" if "\r\n" in text else ""
    lines = text.split("\n")
    end = 1 + block[0].count("\n") + 1  # index of the closing '---'
    line = None if value is None else f"{field}: {value}{ending}"
    for index in range(1, end):
        if re.match(rf"{field}\s*:", lines[index]):
            lines[index : index + 1] = [] if line is None else [line]
            return "\n".join(lines)
    if line is not None:
        lines.insert(end, line)
    return "\n".join(lines)


def mark_synced(translation_text: str, source_text: str) -> str:
    """The translation with `translated_from` set to the source's current hash; nothing else changes."""
    return with_front_matter_line(translation_text, FIELD, source_hash(source_text))


def table_source_hash(table: DecisionTable) -> str:
    """A short hash of a decision table's source-language texts, in file order."""
    texts = [text.by_language.get(table.source_language, "") for _, text in table.texts()]
    return hashlib.sha256("\n".join(texts).encode("utf-8")).hexdigest()[:12]


def table_states(table: DecisionTable, *, languages: Collection[str]) -> dict[str, State]:
    """The state of a decision table's texts in every language."""
    current = table_source_hash(table)
    present = table.languages()
    states = {}
    for language in languages:
        if language == table.source_language:
            states[language] = State.SOURCE
        elif language not in present:
            states[language] = State.MISSING
        else:
            states[language] = State.UP_TO_DATE if table.translated_from.get(language) == current else State.OUTDATED
    return states


def mark_table_synced(table_text: str, table: DecisionTable, *, languages: Collection[str] | None = None) -> str:
    """The table file with `translated_from` set to the current hash for each of languages (every
    translated language if None); the other languages keep what they had."""
    current = table_source_hash(table)
    translated = sorted(table.languages() - {table.source_language})
    hashes = {
        language: current if languages is None or language in languages else table.translated_from.get(language) for language in translated
    }
    ending = "\r" if "\r\n" in table_text else ""
    line = "translated_from: {" + ", ".join(f"{language}: {value}" for language, value in hashes.items() if value) + "}" + ending
    lines = table_text.split("\n")
    kept = [existing for existing in lines if not existing.startswith("translated_from:")]
    anchor = next(index for index, existing in enumerate(kept) if existing.startswith("source_language:"))
    kept.insert(anchor + 1, line)
    return "\n".join(kept)


def site_states(scan: DocsScan) -> dict[str, dict[str, State]]:
    """The state of every page and decision table (by its path under docs/) in every language."""
    states: dict[str, dict[str, State]] = {}
    for page, files in scan.pages.items():
        texts = {language: file.text for language, file in files.items()}
        states[page] = page_states(texts, source_language=scan.source_language(page), languages=scan.languages)
    # Decision tables are translated in their own files: one row each on the status page.
    for path_in_docs, table_file in scan.tables.items():
        if table_file.table is not None:
            states[path_in_docs] = table_states(table_file.table, languages=scan.languages)
    return states


def never_synced_notices(scan: DocsScan) -> list[Finding]:
    """Advice for each translation never marked synced (a new page's English file, say): it
    reads "may be out of date" until `make mark-synced` records the source it matches."""
    return [
        Finding(
            file.path,
            first_line_of(file.text, "source_language:"),
            f'this translation has never been marked synced with its source, so it reads "may be out of date" ({FIELD} is missing)',
            f'once it says what the source says, run: make mark-synced PAGES="{file.path}"',
        )
        for file in scan.translations()
        if FIELD not in file.fields
    ]
