"""Each area's Key facts: every fact of its registry, its value in the reader's language, and
the pages and decision-table rows that use it, so agents have one place for the numbers and
editors see what a change of value reaches. Made from the files at each build.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

from kb.facts.localised import Digits, render
from kb.facts.references import referenced_ids
from kb.facts.registry import Fact
from kb.pages import DocsScan


@dataclass(frozen=True)
class FactUse:
    link: str  # relative to the area's folder: 'page.md' or 'page.md#row-anchor'
    title: str


@dataclass(frozen=True)
class KeyFact:
    fact: Fact
    label: str
    value: str
    uses: tuple[FactUse, ...]


def fact_uses(scan: DocsScan, *, area: str, language: str) -> dict[str, list[FactUse]]:
    """fact id -> where the area's pages (in language, else their source) and tables use it."""
    uses: dict[str, list[FactUse]] = {}
    placed_on: dict[str, tuple[str, str]] = {}  # table path -> (link, title) of the page placing it
    area_tables = [path_in_docs for path_in_docs in scan.tables if posixpath.dirname(path_in_docs) == area]
    for page, by_language in scan.area_pages(area):
        file = by_language.get(language) or scan.source_file(page)
        if file is None:
            continue
        link = posixpath.basename(scan.file_of(page, scan.languages.default))
        title = str(file.fields.get("title") or link)
        for fact_id in sorted(referenced_ids(file.text)):
            uses.setdefault(fact_id, []).append(FactUse(link, title))
        for path_in_docs in area_tables:
            if f"::: decision-table {posixpath.basename(path_in_docs)}" in file.text:
                placed_on.setdefault(path_in_docs, (link, title))
    for path_in_docs, (link, title) in sorted(placed_on.items()):
        table = scan.tables[path_in_docs].table
        if table is None:
            continue
        caption = table.caption.in_language(language, fallback=table.source_language)
        for row in table.rows:
            texts = [cell.text.in_language(language, fallback=table.source_language) for cell in row.conditions.values() if cell.text]
            texts += [text.in_language(language, fallback=table.source_language) for text in row.outputs.values()]
            for fact_id in sorted(set().union(*(referenced_ids(text) for text in texts)) if texts else ()):
                uses.setdefault(fact_id, []).append(FactUse(f"{link}#{table.row_anchor(row)}", f"{caption} ({title})"))
    return uses


def key_facts(scan: DocsScan, *, area: str, language: str, digits: Digits = "latn") -> list[KeyFact]:
    registry = scan.area_facts(area)
    uses = fact_uses(scan, area=area, language=language)
    return [
        KeyFact(
            fact,
            fact.labels.get(language) or fact.labels.get(scan.languages.default) or fact.id,
            render(fact, language=language, digits=digits),
            tuple(uses.get(fact.id, ())),
        )
        for fact in registry.facts.values()
    ]
