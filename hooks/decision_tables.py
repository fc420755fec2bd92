"""MkDocs hook: decision tables. Checks every *.table.yml, places tables where pages
say `::: decision-table file.table.yml`. Each row is a search result of its own
(hooks/search_index.py reads the rows from the built pages).

Thin adapter over kb.decision_tables. mkdocs-static-i18n builds the other languages
from inside the main build: tables are loaded and checked once, in the main build;
each fault is reported once (hooks/reporting.py) however many language builds meet it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from markdown_extensions import add_once, registered
from kb.decision_tables.load import load_checked_table
from kb.decision_tables.markdown_extension import TABLE_FILE_SUFFIX, DecisionTableExtension, PageInfo, Placement
from kb.decision_tables.model import DecisionTable
from kb.decision_tables.validate import missing_row_link_anchors, table_placement_parity
from kb.parity import Variant
from i18n_config import build_language, is_main_build, is_own_language_page, page_language, site_languages, source_path
from kb.findings import Finding, display_path
from reporting import report
from kb.html_ids import element_ids
from kb.languages import neutral_path

log = get_plugin_logger(__name__)


@dataclass
class _SiteState:
    """What one `mkdocs build` (all languages) learns, for the checks at its end."""

    tables: dict[str, tuple[DecisionTable | None, bool]] = field(default_factory=dict)
    placements: dict[tuple[str, str], list[Placement]] = field(default_factory=dict)
    ids: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    variants: dict[str, list[Variant]] = field(default_factory=dict)

    def report(self, findings: list[Finding]) -> None:
        report(findings, log)


_state = _SiteState()


def _extension(config: MkDocsConfig) -> DecisionTableExtension:
    return registered(config, DecisionTableExtension)


def _load_table(path_in_docs: str) -> tuple[DecisionTable | None, bool]:
    return _state.tables.get(path_in_docs, (None, False))


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    # Called once per language build: register once.
    return add_once(config, DecisionTableExtension, lambda: DecisionTableExtension(load_table=_load_table))


def on_pre_build(*, config: MkDocsConfig) -> None:
    global _state
    if is_main_build(config):
        _state = _SiteState()


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    if not is_main_build(config):
        return files
    docs_dir = Path(config.docs_dir)
    project_dir = Path(config.config_file_path).parent
    languages, _ = site_languages(config)
    docs_files = frozenset(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*.md"))
    for table_file in sorted(docs_dir.rglob(f"*{TABLE_FILE_SUFFIX}")):
        path_in_docs = table_file.relative_to(docs_dir).as_posix()
        table, findings = load_checked_table(
            table_file.read_text(encoding="utf-8"),
            path=display_path(table_file, project_dir=project_dir),
            path_in_docs=path_in_docs,
            languages=languages,
            docs_files=docs_files,
        )
        _state.tables[path_in_docs] = (table, bool(findings))
        _state.report(findings)
    return files


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    _extension(config).begin_page(
        PageInfo(
            source_path=source_path(page, config),
            path_in_docs=page.file.src_uri,
            # The file as written, front matter included, so reported lines match the file.
            markdown=page.file.content_string,
            language=page_language(page, config),
        )
    )
    return markdown


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    languages, _ = site_languages(config)
    language = build_language(config)
    extension = _extension(config)
    page_path = neutral_path(page.file.src_uri, languages=languages)
    _state.placements[(language, page.file.src_uri)] = extension.log.placements
    _state.ids[(language, page_path)] = element_ids(html)
    # A fallback copy of another language's page is checked in that language's build.
    if extension.page is not None and is_own_language_page(page, config):
        _state.report(extension.log.findings)
        placed = frozenset(placement.table.path_in_docs for placement in extension.log.placements)
        _state.variants.setdefault(page_path, []).append(Variant(extension.page.source_path, language, placed))
    return html


def on_post_build(*, config: MkDocsConfig) -> None:
    # Runs at the end of each language's build, before static-i18n starts the next one
    # and before a strict build stops at that language's warnings.
    built = build_language(config)
    ids_by_page = {page: ids for (language, page), ids in _state.ids.items() if language == built}
    for (language, _), placements in _state.placements.items():
        if language == built:
            for placement in placements:
                _state.report(missing_row_link_anchors(placement.table, ids_by_page=ids_by_page))
    # Each finding compares variants already built, so it holds whatever is built later.
    for variants in _state.variants.values():
        _state.report(table_placement_parity(variants))
