"""MkDocs events of policy facts (kb.facts): each area's registry read with the scan of docs/,
`{{fact:id}}` rendered in every page and decision-table cell in the page's language and
digits, each area's Key facts list, and what is wrong reported once per build: a reference to
no fact (at its line, with the nearest ids), a value written by hand that a fact holds, and,
as advice, a fact nothing uses.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb.core.front_matter import page_area
from kb.facts.key_facts import KeyFact, key_facts
from kb.facts.localised import Digits, page_digits
from kb.facts.markdown_facts import FactExtension, FactPage
from kb.facts.usage import fact_findings, unused_facts
from kb.site.build import checks_enabled, current_build
from kb.site.extensions import add_once, registered
from kb.site.i18n import is_main_build, page_language

log = get_plugin_logger(__name__)


class FactEvents:
    def __init__(self) -> None:
        self.config: MkDocsConfig | None = None

    def _key_facts(self, area: str, language: str, digits: Digits) -> list[KeyFact]:
        if self.config is None:
            return []
        return key_facts(current_build(self.config).docs, area=area, language=language, digits=digits)

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        self.config = config
        # Called once per language build: register once.
        return add_once(config, FactExtension, lambda: FactExtension(list_for=self._key_facts))

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if is_main_build(config) and checks_enabled():
            build = current_build(config)
            build.reporter.report(fact_findings(build.docs), log)
            build.reporter.notice(unused_facts(build.docs), log)
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        build = current_build(config)
        language = page_language(page, build.languages)
        script_language = page.meta.get("source_language")
        registered(config, FactExtension).begin_page(
            FactPage(
                facts=build.docs.area_facts(page_area(page.file.src_uri)),
                language=language,
                digits=page_digits(page.file.content_string, language=language),
                script_language=script_language if isinstance(script_language, str) else language,
            ),
            ui=build.language_data.ui_text(language),
        )
        return markdown
