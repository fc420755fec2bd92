"""MkDocs events of translation tracking (kb.translation): every page and table × language
classified, the outdated or not-yet-translated notice on pages (overrides/main.html), the
`::: translation-status` table, and fact parity (each translation states its source's facts,
digit for digit).

All of it reads the one scan of docs/ (kb.pages), once per build, in the main build.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.core.languages import direction, neutral_path
from kb.core.markdown_markers import MarkerProcessor
from kb.core.release_links import language_page_url
from kb.site.build import checks_enabled, current_build
from kb.site.extensions import add_once, registered
from kb.site.i18n import build_language, is_main_build, page_language
from kb.translation.fact_parity import scan_fact_findings
from kb.translation.status_table import status_table
from kb.translation.sync_history import UNCHANGED_FIELD
from kb.translation.tracking import State, never_synced_notices, site_states

log = get_plugin_logger(__name__)


@dataclass
class TranslationState:
    """Every page and table's state in every language, and their titles, for one build."""

    states: dict[str, dict[str, State]] = field(default_factory=dict)
    titles: dict[str, dict[str, str]] = field(default_factory=dict)


class StatusExtension(Extension):
    """`::: translation-status all` renders the matrix in the language being built."""

    def __init__(self, events: TranslationEvents) -> None:
        super().__init__()
        self.events = events
        self.site_config: MkDocsConfig | None = None

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.parser.blockprocessors.register(
            MarkerProcessor(md.parser, name="translation-status", argument="all", place=self.place), "kb_translation_status", 103
        )

    def place(self, parent: etree.Element, _: str) -> None:
        if self.site_config is None:
            return
        build = current_build(self.site_config)
        language = build_language(self.site_config)
        state = self.events.state
        titles = {
            page: by_language.get(language) or by_language.get(build.languages.default) or page
            for page, by_language in state.titles.items()
        }
        unchanged: dict[str, dict[str, str]] = {}
        for file in build.docs.translations():
            if isinstance(reason := file.fields.get(UNCHANGED_FIELD), str):
                unchanged.setdefault(file.page, {})[file.language] = reason
        ui = build.language_data.ui_text(language)
        parent.append(status_table(state.states, titles=titles, languages=build.languages.codes, ui=ui, unchanged=unchanged))


def last_commit_date(path: Path) -> str | None:
    """When git last committed the file (YYYY-MM-DD); None outside a repository.

    The source's review date stands in where there is no history (a scratch build).
    """
    command = ["git", "log", "-1", "--format=%cs", "--", path.name]  # the file name after --: never an option
    result = subprocess.run(command, cwd=path.parent, capture_output=True, text=True, check=False)  # noqa: S603 - git from PATH, as editors run it
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


class TranslationEvents:
    def __init__(self) -> None:
        self.state = TranslationState()

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        # Called once per language build: register once.
        return add_once(config, StatusExtension, lambda: StatusExtension(self))

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if is_main_build(config):
            self.state = TranslationState()

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if not is_main_build(config):
            return files
        build = current_build(config)
        scan = build.docs
        if checks_enabled():
            build.reporter.report(scan_fact_findings(scan), log)
            build.reporter.notice(never_synced_notices(scan), log)
        self.state.states = site_states(scan)
        for page, by_language in scan.pages.items():
            self.state.titles[page] = {
                language: str(file.fields["title"]) for language, file in by_language.items() if file.fields.get("title")
            }
        for path_in_docs, table_file in scan.tables.items():
            if table_file.table is not None:
                self.state.titles[path_in_docs] = dict(table_file.table.caption.by_language)
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        registered(config, StatusExtension).site_config = config
        return markdown

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
        build = current_build(config)
        built, shown = build_language(config), page_language(page, current_build(config).languages)
        key = neutral_path(page.file.src_uri, languages=build.languages)
        if key not in self.state.states:
            return context
        scan = build.docs
        source_language = scan.source_language(key)
        ui = build.language_data.ui_text(built)
        notice = None
        if shown != built:
            notice = ui.missing_notice.format(language=ui.language_names[built], shown=ui.language_names[shown])
        elif self.state.states[key].get(built) == State.OUTDATED:
            source = scan.source_file(key)
            reviewed = str(source.fields.get("last_reviewed", "")) if source else ""
            changed = last_commit_date(Path(config.docs_dir) / scan.file_of(key, source_language)) or reviewed
            notice = ui.outdated_notice.format(language=ui.language_names[source_language], date=changed)
        # Marks a page shown in place of a missing translation: kept out of this language's search,
        # and its content marked with its own language and direction.
        context["kb_fallback"] = shown != built
        context["kb_shown_language"] = shown
        context["kb_shown_direction"] = direction(shown)
        if notice:
            context["kb_translation_notice"] = notice
            context["kb_translation_link_text"] = ui.read_original
            context["kb_translation_source_url"] = language_page_url(
                page.url, from_language=built, to_language=source_language, default=build.languages.default
            )
        return context
