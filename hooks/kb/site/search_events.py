"""MkDocs events of the site's search (kb.search): Pagefind behind Material's search box.

- Material's search plugin keeps the search box and writes its small configuration file, but
  indexes nothing: its index is replaced by one that stays empty, so no page is parsed (nor
  Chinese segmented with jieba) for a lunr index nobody reads.
- overrides/main.html points Material's search worker at the KB's own worker through the
  Jinja filter `kb_search_worker` (kb.search.worker_config).
- A `mkdocs serve --dirty` rebuild keeps the first build's index: it writes only the
  changed pages, and the preview's search finds them as they were when serving started.
- Each page is handed to Pagefind as it is written (kb.search.index.BackgroundIndexer), so
  Pagefind indexes in its own process while the build goes on; after the last language is
  built, the bundle and each language's worker data are written.

`KB_SEARCH_ENGINE=lunr` builds Material's own lunr search instead, for the search benchmark's
comparison (tests/benchmarks/search.py); the site is published with Pagefind.
"""

from __future__ import annotations

import os
import posixpath
from pathlib import Path
from typing import Any

from jinja2 import Environment
from markupsafe import Markup
from material.plugins.search.plugin import SearchIndex
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb.components.glossary import entries
from kb.core.front_matter import GENERAL_AREA
from kb.core.interface_text import UiText
from kb.pages import DocsScan
from kb.search.index import NOT_INDEXED_PAGES, BackgroundIndexer, page_url, write_search_index
from kb.search.records import prepared_page
from kb.search.search_words import SearchWords, read_search_words
from kb.search.worker_config import with_search_worker
from kb.site.build import current_build
from kb.site.i18n import is_main_build, project_dir

log = get_plugin_logger(__name__)
MATERIAL_SEARCH = ("material/search", "search")


def uses_pagefind() -> bool:
    return os.environ.get("KB_SEARCH_ENGINE", "pagefind") != "lunr"


class ConfigOnlySearchIndex(SearchIndex):  # type: ignore[misc]  # Material ships no type information
    """Material's search index with its configuration and no documents."""

    def add_entry_from_context(self, page: Page) -> None:
        return None


def _search_worker_filter(config_html: str, worker_url: str) -> Markup:
    # The theme's own configuration script, rewritten as escaped JSON: markup, not text.
    if not uses_pagefind():
        return Markup(config_html)  # noqa: S704 - Material's template output, unchanged
    return Markup(with_search_worker(str(config_html), worker_url=worker_url))  # noqa: S704 - JSON escaped for <script>


def search_words(docs: DocsScan, *, project_dir: Path) -> SearchWords:
    """search/ read and checked, with each area's glossary abbreviations."""
    areas = {file.fields.get("area") for file in docs.page_files()} - {GENERAL_AREA, None}
    glossaries = {}
    for path, glossary in docs.glossaries.items():
        area, _, language = posixpath.basename(path).removesuffix(".md").rpartition(".")
        glossaries[(area, language)] = entries(glossary.text)
    return read_search_words(project_dir, languages=list(docs.languages), areas={str(area) for area in areas}, glossaries=glossaries)


def search_interface_text(ui: UiText) -> dict[str, str]:
    """The words the search results show: the draft label, the area picker, the relaxed note."""
    return {
        "draft": ui.draft,
        "search_scope": ui.search_scope,
        "search_all_areas": ui.search_all_areas,
        "search_relaxed": ui.search_relaxed,
    }


class SearchEvents:
    def __init__(self) -> None:
        self.indexer: BackgroundIndexer | None = None
        self.site_dir: Path | None = None

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if is_main_build(config) and uses_pagefind() and not current_build(config).is_dirty_rebuild:
            self.close()
            # static-i18n points site_dir at each language's folder while it builds that language.
            self.site_dir = Path(config.site_dir)
            self.indexer = BackgroundIndexer()

    @event_priority(-100)  # after every other handler: the page as it is written
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if self.indexer is None or self.site_dir is None or Path(page.file.dest_uri).name in NOT_INDEXED_PAGES:
            return output
        prepared = prepared_page(output, page_url=page_url(Path(config.site_dir) / page.file.dest_uri, site_dir=self.site_dir))
        if prepared is not None:
            self.indexer.add(prepared)
        return output

    def on_build_error(self, *, error: Exception) -> None:
        self.close()

    def on_shutdown(self) -> None:
        self.close()

    def close(self) -> None:
        if self.indexer is not None:
            self.indexer.close()
            self.indexer = None

    @event_priority(-50)  # after Material's search plugin (0) made its index for this language
    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        if uses_pagefind():
            for name in MATERIAL_SEARCH:
                plugin: Any = config.plugins.get(name)
                if plugin is not None and hasattr(plugin, "search_index"):
                    plugin.search_index = ConfigOnlySearchIndex(**plugin.search_index.config)
        return config

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        env.filters["kb_search_worker"] = _search_worker_filter
        return env

    @event_priority(-150)  # after static-i18n (-100) has built the other languages
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not is_main_build(config) or not uses_pagefind():
            return
        build = current_build(config)
        if build.is_dirty_rebuild:
            log.info("search index: kept from the first build (a dirty rebuild writes only the changed pages)")
            return
        words = search_words(build.docs, project_dir=project_dir(config))
        build.reporter.report(words.findings, log)
        ui = {language: search_interface_text(build.language_data.ui_text(language)) for language in build.languages}
        indexer, self.indexer = self.indexer, None
        summary = write_search_index(
            Path(config.site_dir), default_language=build.languages.default, search_words=words, ui=ui, indexer=indexer
        )
        log.info(
            f"search index: {summary.pages} pages and {summary.records} table rows and phone entries in {', '.join(summary.languages)}"
        )
