"""One scan of docs/: every file, every page file with its language and front matter, and
every decision table read and checked.

A build reads docs/ once through it (kb.site.build), and so do `make mark-synced` and the
tests: the checks, translation tracking, fact parity and the decision tables all see the
same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kb.components.decision_tables.load import load_checked_table
from kb.components.decision_tables.model import DecisionTable
from kb.core.findings import Finding
from kb.core.front_matter import declared_fields
from kb.core.languages import Languages, PagePath, language_file, parse_page_path

TABLE_SUFFIX = ".table.yml"
# Read by pages (glossaries, through pymdownx.snippets), not pages themselves.
SNIPPETS_FOLDER = "snippets"


@dataclass(frozen=True)
class PageFile:
    """One language's file of a page."""

    path_in_docs: str  # area/page.ru.md
    where: PagePath
    text: str
    docs_display: str  # how editors see docs/: 'docs'

    @property
    def path(self) -> str:
        """As editors see it: docs/area/page.ru.md."""
        return f"{self.docs_display}/{self.path_in_docs}"

    @property
    def page(self) -> str:
        return self.where.page

    @property
    def language(self) -> str:
        return self.where.language

    @cached_property
    def fields(self) -> dict[str, object]:
        """The front matter's fields, unchecked (kb.checks.page_fields checks them)."""
        return declared_fields(self.text)


@dataclass(frozen=True)
class TableFile:
    """A decision table file, read and checked once per scan."""

    path_in_docs: str
    text: str
    table: DecisionTable | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class DocsScan:
    languages: Languages
    files: frozenset[str]  # every file under docs/, relative to it
    pages: dict[str, dict[str, PageFile]]  # page -> language -> its file
    tables: dict[str, TableFile] = field(default_factory=dict)

    def page_files(self) -> list[PageFile]:
        return [file for by_language in self.pages.values() for file in by_language.values()]

    def source_language(self, page: str) -> str:
        """The language the page's policy was written in, as its files declare it (the default
        language when none declares a site language)."""
        for file in self.pages[page].values():
            declared = file.fields.get("source_language")
            if isinstance(declared, str) and declared in self.languages:
                return declared
        return self.languages.default

    def source_file(self, page: str) -> PageFile | None:
        return self.pages[page].get(self.source_language(page))

    def translations(self) -> list[PageFile]:
        """Every page file that is not its page's source."""
        return [
            file
            for page, by_language in self.pages.items()
            for language, file in by_language.items()
            if language != self.source_language(page)
        ]

    def file_of(self, page: str, language: str) -> str:
        """The path under docs/ of a page's file in a language, whether it exists or not."""
        return language_file(page, language, languages=self.languages)

    @cached_property
    def drafts(self) -> frozenset[str]:
        """The page files whose front matter says status: draft."""
        return frozenset(file.path_in_docs for file in self.page_files() if file.fields.get("status") == "draft")


def is_page_file(path_in_docs: str) -> bool:
    return path_in_docs.endswith(".md") and path_in_docs.split("/", 1)[0] != SNIPPETS_FOLDER


def scan_docs(docs_dir: Path, *, languages: Languages, docs_display: str = "docs") -> DocsScan:
    """Everything under docs_dir, read once."""
    files = frozenset(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*") if path.is_file())
    pages: dict[str, dict[str, PageFile]] = {}
    tables: dict[str, TableFile] = {}
    for relative in sorted(files):
        if is_page_file(relative):
            where = parse_page_path(relative, languages=languages)
            text = (docs_dir / relative).read_text(encoding="utf-8")
            pages.setdefault(where.page, {})[where.language] = PageFile(relative, where, text, docs_display)
        elif relative.endswith(TABLE_SUFFIX):
            text = (docs_dir / relative).read_text(encoding="utf-8")
            table, findings = load_checked_table(text, path=f"{docs_display}/{relative}", path_in_docs=relative, languages=languages)
            tables[relative] = TableFile(relative, text, table, tuple(findings))
    return DocsScan(languages, files, pages, tables)
