"""One scan of docs/: every file, every page file with its language and front matter, and
every decision table and glossary read and checked.

Every file is read once, through kb.core.source_text (size, encoding, byte-order mark,
direction controls); a page's Markdown is checked for nesting too, and the text MkDocs
converts leaves out what would stop the build (kb.site.check_events hands it over).
Symbolic links are not followed: their target may lie outside the repository.

A build reads docs/ once through it (kb.site.build), and so do `make mark-synced` and the
tests: the checks, translation tracking, fact parity and the decision tables all see the
same files.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kb.checks.nesting import checked_nesting
from kb.checks.snippet_includes import SNIPPETS_FOLDER, checked_page_includes, checked_snippet_includes
from kb.checks.tab_indents import tab_indent_findings
from kb.components.decision_tables.load import load_checked_table
from kb.components.decision_tables.model import DecisionTable
from kb.components.glossary import GLOSSARY_FOLDER
from kb.core.findings import Finding
from kb.core.front_matter import declared_fields, page_area, with_readable_front_matter
from kb.core.languages import Languages, PagePath, language_file, parse_page_path
from kb.core.source_text import SourceText, read_source, size_finding
from kb.facts.registry import FACTS_FILE, AreaFacts, read_area_facts

TABLE_SUFFIX = ".table.yml"
# Every other file (images, fonts, stylesheets, scripts) is published as it is: agents load
# it on every call, over the intranet.
MAX_ASSET_BYTES = 2_000_000


@dataclass(frozen=True)
class PageFile:
    """One language's file of a page."""

    path_in_docs: str  # area/page.ru.md
    where: PagePath
    text: str  # as written (decoded, without a byte-order mark)
    docs_display: str  # how editors see docs/: 'docs'
    # What MkDocs converts: the text without what would stop the build (too deep nesting,
    # front matter the KB's YAML loader refuses, includes of a snippet that cannot be
    # served), each reported in findings.
    markdown: str = ""
    findings: tuple[Finding, ...] = ()
    snippets: tuple[str, ...] = ()  # the snippets it includes, as paths under docs/

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
    files: frozenset[str]  # every file under docs/, relative to it (symbolic links left out)
    pages: dict[str, dict[str, PageFile]]  # page -> language -> its file
    tables: dict[str, TableFile] = field(default_factory=dict)
    # Every file of docs/snippets/ (pages include them; the build appends glossaries): path under docs/ -> text
    snippets: dict[str, SourceText] = field(default_factory=dict)
    symlinks: tuple[str, ...] = ()  # files and folders under docs/ that are symbolic links
    docs_display: str = "docs"  # how editors see docs/
    asset_findings: tuple[Finding, ...] = ()  # the other files' (over the size limit)
    facts: dict[str, AreaFacts] = field(default_factory=dict)  # area -> its docs/<area>/facts.yml

    def area_facts(self, area: str) -> AreaFacts:
        """The area's fact registry; empty when it has none."""
        return self.facts.get(area) or AreaFacts(area, f"{self.docs_display}/{area}/{FACTS_FILE}")

    @cached_property
    def glossaries(self) -> dict[str, SourceText]:
        """The area glossaries among the snippets: path under docs/ -> text."""
        return {path: text for path, text in self.snippets.items() if posixpath.dirname(path) == GLOSSARY_FOLDER and path.endswith(".md")}

    def area_pages(self, area: str) -> list[tuple[str, dict[str, PageFile]]]:
        """The area's pages in page order, each with its file per language."""
        return [(page, self.pages[page]) for page in self._pages_by_area.get(area, ())]

    @cached_property
    def _pages_by_area(self) -> dict[str, list[str]]:
        # The area hubs (key facts, open questions) each look at their area's pages only.
        by_area: dict[str, list[str]] = {}
        for page in sorted(self.pages):
            by_area.setdefault(page_area(page), []).append(page)
        return by_area

    def page_file(self, path_in_docs: str) -> PageFile | None:
        return self._by_path.get(path_in_docs)

    @cached_property
    def _by_path(self) -> dict[str, PageFile]:
        return {file.path_in_docs: file for file in self.page_files()}

    def is_symlinked(self, path_in_docs: str) -> bool:
        """Whether the file is, or lies in a folder that is, a symbolic link."""
        return any(path_in_docs == link or path_in_docs.startswith(f"{link}/") for link in self.symlinks)

    def input_findings(self) -> list[Finding]:
        """What is wrong with the files as written: links, size, encoding, direction controls,
        nesting (a table's own findings are reported with the table)."""
        return (
            [symlink_finding(path, docs_display=self.docs_display) for path in self.symlinks]
            + list(self.asset_findings)
            + [finding for file in self.page_files() for finding in file.findings]
            + [finding for text in self.snippets.values() for finding in text.findings]
            + [finding for registry in self.facts.values() for finding in registry.findings]
        )

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


def symlink_finding(path_in_docs: str, *, docs_display: str) -> Finding:
    return Finding(
        f"{docs_display}/{path_in_docs}",
        1,
        "this is a symbolic link: what it points to (possibly outside the repository) would be published",
        "replace the link with the file itself, or remove it",
    )


def _walk(docs_dir: Path) -> tuple[frozenset[str], tuple[str, ...]]:
    """Every file under docs_dir, and every symbolic link (not followed), relative to it."""
    files: set[str] = set()
    symlinks: list[str] = []
    for folder, folders, names in os.walk(docs_dir):
        here = Path(folder)
        for name in sorted(folders + names):
            relative = (here / name).relative_to(docs_dir).as_posix()
            if (here / name).is_symlink():
                symlinks.append(relative)
            elif name in names:
                files.add(relative)
        folders[:] = [name for name in folders if not (here / name).is_symlink()]
    return frozenset(files), tuple(sorted(symlinks))


def _page_file(
    docs_dir: Path, relative: str, *, languages: Languages, docs_display: str, snippets: Collection[str], refused: Collection[str]
) -> PageFile:
    """A page file as read and checked. snippets: the files of docs/snippets/; refused: those
    with findings, which the build does not include."""
    path = f"{docs_display}/{relative}"
    source = read_source(docs_dir / relative, path=path)
    nesting = checked_nesting(source.text, path=path)
    markdown, include_findings, included = checked_page_includes(nesting.text, path=path, snippets=snippets, refused=refused)
    where = parse_page_path(relative, languages=languages)
    return PageFile(
        relative,
        where,
        source.text,
        docs_display,
        with_readable_front_matter(markdown),
        source.findings + nesting.findings + include_findings + tuple(tab_indent_findings(source.text, path=path)),
        included,
    )


def _table_file(docs_dir: Path, relative: str, *, languages: Languages, docs_display: str) -> TableFile:
    path = f"{docs_display}/{relative}"
    source = read_source(docs_dir / relative, path=path)
    if not source.text and source.findings:
        return TableFile(relative, source.text, None, source.findings)
    table, findings = load_checked_table(source.text, path=path, path_in_docs=relative, languages=languages)
    return TableFile(relative, source.text, table, source.findings + tuple(findings))


def _snippet(docs_dir: Path, relative: str, *, docs_display: str) -> SourceText:
    """A snippet as read and checked; pages get its text, so it is checked as a page is."""
    path = f"{docs_display}/{relative}"
    source = read_source(docs_dir / relative, path=path)
    nesting = checked_nesting(source.text, path=path)
    text, include_findings = checked_snippet_includes(nesting.text, path=path)
    return SourceText(text, source.findings + nesting.findings + include_findings)


def scan_docs(docs_dir: Path, *, languages: Languages, docs_display: str = "docs") -> DocsScan:
    """Everything under docs_dir, read once."""
    files, symlinks = _walk(docs_dir)
    pages: dict[str, dict[str, PageFile]] = {}
    tables: dict[str, TableFile] = {}
    snippets = {
        relative: _snippet(docs_dir, relative, docs_display=docs_display)
        for relative in sorted(files)
        if relative.startswith(f"{SNIPPETS_FOLDER}/")
    }
    refused = frozenset(path for path, snippet in snippets.items() if snippet.findings)
    for relative in sorted(files):
        if is_page_file(relative):
            page_file = _page_file(docs_dir, relative, languages=languages, docs_display=docs_display, snippets=snippets, refused=refused)
            pages.setdefault(page_file.page, {})[page_file.language] = page_file
        elif relative.endswith(TABLE_SUFFIX):
            tables[relative] = _table_file(docs_dir, relative, languages=languages, docs_display=docs_display)
    facts = {
        posixpath.dirname(relative): read_area_facts(
            docs_dir / relative, area=posixpath.dirname(relative), display=f"{docs_display}/{relative}", languages=languages.codes
        )
        for relative in sorted(files)
        if posixpath.basename(relative) == FACTS_FILE and posixpath.dirname(relative) and "/" not in posixpath.dirname(relative)
    }
    assets = sorted(
        files
        - set(snippets)
        - set(tables)
        - {f"{area}/{FACTS_FILE}" for area in facts}
        - {file.path_in_docs for by_language in pages.values() for file in by_language.values()}
    )
    asset_findings = [
        size_finding(
            docs_dir / relative,
            path=f"{docs_display}/{relative}",
            limit=MAX_ASSET_BYTES,
            fix="make it smaller (an image: crop it, save it as WebP or PNG at screen size)",
        )
        for relative in assets
    ]
    return DocsScan(languages, files, pages, tables, snippets, symlinks, docs_display, tuple(filter(None, asset_findings)), facts)
