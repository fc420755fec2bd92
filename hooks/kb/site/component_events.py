"""MkDocs events of the page components (kb.components): decision tables, "say this" script
blocks, area glossaries, phone-directory anchors and "not given in the source" markers, each a
Python-Markdown extension.

Tables are read and checked once per build, in the scan of docs/ (kb.pages); each page that
places one gets it in the page's language. Each fault is reported once, however many
language builds meet it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb.components.decision_tables.markdown_extension import DecisionTableExtension, PageInfo
from kb.components.decision_tables.model import DecisionTable, TextChange, with_texts_changed
from kb.components.decision_tables.validate import table_placement_parity
from kb.components.glossary import GlossaryExtension, GlossaryPage, appended_glossaries, entries, glossary_files, page_glossaries
from kb.components.not_given import NotGivenExtension
from kb.components.open_questions import OpenQuestion, OpenQuestionsExtension, open_questions
from kb.components.phone_directory import PhoneDirectoryExtension
from kb.components.say_blocks import SayBlockExtension
from kb.core.languages import neutral_path
from kb.core.parity import Variant
from kb.facts.markdown_facts import FactExtension
from kb.pages import DocsScan
from kb.site.build import current_build
from kb.site.extensions import add_once, registered, registered_if_any
from kb.site.i18n import build_language, is_main_build, is_own_language_page, page_language, source_path

log = get_plugin_logger(__name__)


@dataclass
class ComponentState:
    """What one build knows for the components: the tables, the glossary files, and which
    tables each language's file of a page places."""

    tables: dict[str, tuple[DecisionTable | None, bool]] = field(default_factory=dict)
    glossaries: dict[str, str] = field(default_factory=dict)  # path under docs/ -> text
    variants: dict[str, list[Variant]] = field(default_factory=dict)
    docs: DocsScan | None = None
    write_out_facts: TextChange | None = None


class ComponentEvents:
    def __init__(self) -> None:
        self.state = ComponentState()

    def _table(self, path_in_docs: str) -> tuple[DecisionTable | None, bool]:
        table, faulty = self.state.tables.get(path_in_docs, (None, False))
        # Policy facts written out for the page being rendered (kb.facts), where the facts hook runs.
        if table is not None and self.state.write_out_facts is not None:
            table = with_texts_changed(table, self.state.write_out_facts)
        return table, faulty

    def _glossary(self, language: str, area: str) -> list[tuple[str, str]] | None:
        paths = glossary_files(area, language, available=self.state.glossaries)
        return [entry for path in paths for entry in entries(self.state.glossaries[path])] if paths else None

    def _open_questions(self, area: str, language: str) -> list[OpenQuestion]:
        docs = self.state.docs
        questions = open_questions(docs, area=area, language=language) if docs else []
        write_out = self.state.write_out_facts
        # A policy fact in an excerpt ({{fact:id}}) shows its value, as on its page.
        return (
            [replace(question, excerpt=write_out(question.excerpt, language, False)) for question in questions] if write_out else questions
        )

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        # Called once per language build: register once.
        add_once(config, DecisionTableExtension, lambda: DecisionTableExtension(load_table=self._table))
        add_once(config, SayBlockExtension, SayBlockExtension)
        add_once(config, GlossaryExtension, lambda: GlossaryExtension(read=self._glossary))
        add_once(config, NotGivenExtension, NotGivenExtension)
        add_once(config, OpenQuestionsExtension, lambda: OpenQuestionsExtension(list_for=self._open_questions))
        return add_once(config, PhoneDirectoryExtension, PhoneDirectoryExtension)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if is_main_build(config):
            self.state = ComponentState()
        facts = registered_if_any(config, FactExtension)
        self.state.write_out_facts = facts.written_out if facts is not None else None

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if not is_main_build(config):
            return files
        build = current_build(config)
        for path_in_docs, table_file in build.docs.tables.items():
            self.state.tables[path_in_docs] = (table_file.table, bool(table_file.findings))
            build.reporter.report(list(table_file.findings), log)
        self.state.glossaries = {path: source.text for path, source in build.docs.glossaries.items()}
        self.state.docs = build.docs
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        build = current_build(config)
        language = page_language(page, current_build(config).languages)
        path = source_path(page, config)
        # The file as written, front matter included, so reported lines match the file.
        written = page.file.content_string
        ui = build.language_data.ui_text(language)
        registered(config, DecisionTableExtension).begin_page(
            PageInfo(source_path=path, path_in_docs=page.file.src_uri, markdown=written, language=language, ui=ui)
        )
        # Scripts are said in the language the policy was written in, whatever the page's.
        script_language = page.meta.get("source_language")
        registered(config, SayBlockExtension).begin_page(
            page_language=language, script_language=script_language if isinstance(script_language, str) else language
        )
        owner = page.meta.get("owner")
        registered(config, OpenQuestionsExtension).begin_page(language=language, ui=ui)
        registered(config, NotGivenExtension).begin_page(template=ui.not_given, owner=owner if isinstance(owner, str) else "")
        registered(config, GlossaryExtension).begin_page(GlossaryPage(language, path, written, fallback_language=build.languages.default))
        glossaries = self.state.glossaries
        paths = page_glossaries(page.file.src_uri, language, default_language=build.languages.default, available=glossaries)
        return markdown + appended_glossaries([glossaries[path] for path in paths])

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        build = current_build(config)
        tables = registered(config, DecisionTableExtension)
        # A fallback copy of another language's page is checked in that language's build.
        if not is_own_language_page(page, config, current_build(config).languages):
            return html
        glossary = registered(config, GlossaryExtension).page
        build.reporter.report(tables.log.findings + (glossary.findings if glossary else []), log)
        if tables.page is not None:
            placed = frozenset(placement.table.path_in_docs for placement in tables.log.placements)
            page_path = neutral_path(page.file.src_uri, languages=build.languages)
            self.state.variants.setdefault(page_path, []).append(
                Variant(tables.page.source_path, build_language(config), placed, page.file.content_string)
            )
        return html

    @event_priority(-200)  # after static-i18n (-100) has built every other language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # Every language is built: each page's tables compared across all of them, once.
        if is_main_build(config):
            for variants in self.state.variants.values():
                current_build(config).reporter.report(table_placement_parity(variants), log)
