"""MkDocs hook: area glossaries. Adds each area's abbreviations (tooltips) to its pages
and renders `::: glossary <area>` on the glossary page. Adapter over kb.glossary.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from reporting import report
from markdown_extensions import add_once, registered
from i18n_config import is_own_language_page, page_language, source_path
from kb.front_matter import GENERAL_AREA, page_area
from kb.glossary import FALLBACK_LANGUAGE, GLOSSARY_FOLDER, GlossaryExtension, GlossaryPage, entries, glossary_files, snippet_includes

log = get_plugin_logger(__name__)

_available: dict[str, str] = {}


def _read(language: str, area: str) -> list[tuple[str, str]] | None:
    files = glossary_files(area, language, available=_available)
    return [entry for path in files for entry in entries(_available[path])] if files else None


def _extension(config: MkDocsConfig) -> GlossaryExtension:
    return registered(config, GlossaryExtension)


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    # Called once per language build: register once.
    return add_once(config, GlossaryExtension, lambda: GlossaryExtension(read=_read))


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    folder = Path(config.docs_dir) / GLOSSARY_FOLDER
    _available.clear()
    for path in sorted(folder.glob("*.md")):
        _available[f"{GLOSSARY_FOLDER}/{path.name}"] = path.read_text(encoding="utf-8")
    return files


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    language = page_language(page, config)
    # The file as written, front matter included, so reported lines match the file.
    _extension(config).begin_page(GlossaryPage(language, source_path(page, config), page.file.content_string))
    area = page_area(page.file.src_uri)
    if area == GENERAL_AREA:
        return markdown
    paths = glossary_files(area, language, available=_available) or glossary_files(area, FALLBACK_LANGUAGE, available=_available)
    return markdown + snippet_includes(paths)


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    glossary_page = _extension(config).page
    if glossary_page is not None and is_own_language_page(page, config):
        report(glossary_page.findings, log)
    return html
