"""MkDocs hook: translation tracking. Classifies every page × language (kb.translations),
puts the outdated or not-yet-translated notice on pages (overrides/main.html), and renders
`::: translation-status` on the translation-status page.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as etree
from collections import defaultdict
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from markdown_extensions import add_once, registered
from i18n_config import build_language, is_main_build, page_language, site_languages
from kb.front_matter import declared_fields
from kb.languages import file_language, neutral_path
from kb.markdown_markers import MarkerProcessor
from kb.site_links import language_page_url
from kb.translation_status_table import status_table
from kb.decision_tables.parse import parse_table
from kb.translations import State, page_states, table_states
from kb.ui_text import ui_text


class _StatusExtension(Extension):
    """`::: translation-status all` renders the matrix in the language being built."""

    def __init__(self) -> None:
        super().__init__()
        self.language = "en"

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.parser.blockprocessors.register(MarkerProcessor(md.parser, name="translation-status", argument="all", place=self.place), "kb_translation_status", 103)

    def place(self, parent: etree.Element, _: str) -> None:
        titles = {page: by_language.get(self.language) or by_language.get("en") or page for page, by_language in _titles.items()}
        parent.append(status_table(_states, titles=titles, languages=_languages, ui=ui_text(self.language)))


_states: dict[str, dict[str, State]] = {}
_titles: dict[str, dict[str, str]] = defaultdict(dict)
_sources: dict[str, tuple[str, str]] = {}  # page -> (source language, source's last review date)
_languages: list[str] = []
_source_files: dict[str, str] = {}  # page -> its source-language file under docs/


def _last_commit_date(path: Path) -> str | None:
    """When git last committed the file (YYYY-MM-DD); None outside a repository.

    The source's review date stands in where there is no history (a scratch build).
    """
    result = subprocess.run(["git", "log", "-1", "--format=%cs", "--", path.name], cwd=path.parent, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


def _extension(config: MkDocsConfig) -> _StatusExtension:
    return registered(config, _StatusExtension)


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    # Called once per language build: register once.
    return add_once(config, _StatusExtension, _StatusExtension)


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    if not is_main_build(config):
        return files
    languages, default = site_languages(config)
    _languages[:] = languages
    docs_dir = Path(config.docs_dir)
    texts: dict[str, dict[str, str]] = defaultdict(dict)
    for path in sorted(docs_dir.rglob("*.md")):
        relative = path.relative_to(docs_dir).as_posix()
        if not relative.startswith("snippets/"):
            texts[neutral_path(relative, languages=languages)][file_language(relative, languages=languages, unsuffixed=default)] = path.read_text(encoding="utf-8")
    _states.clear()
    _titles.clear()
    _sources.clear()
    _source_files.clear()
    for page, by_language in texts.items():
        fields = {language: declared_fields(text) for language, text in by_language.items()}
        source_language = next((str(field.get("source_language")) for field in fields.values() if field.get("source_language")), default)
        _states[page] = page_states(by_language, source_language=source_language, languages=languages)
        _titles[page] = {language: str(field.get("title", "")) for language, field in fields.items() if field.get("title")}
        _sources[page] = (source_language, str(fields.get(source_language, {}).get("last_reviewed", "")))
        stem, extension = page.rsplit(".", 1)
        _source_files[page] = page if source_language == default else f"{stem}.{source_language}.{extension}"
    # Decision tables are translated in their own files: one row each on the status page.
    for table_file in sorted(docs_dir.rglob("*.table.yml")):
        relative = table_file.relative_to(docs_dir).as_posix()
        table, _ = parse_table(table_file.read_text(encoding="utf-8"), path=relative, path_in_docs=relative, languages=languages)
        if table is not None:
            _states[relative] = table_states(table, languages=languages)
            _titles[relative] = dict(table.caption.by_language)
    return files


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    _extension(config).language = build_language(config)
    return markdown


def on_page_context(context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    languages, default = site_languages(config)
    built, shown = build_language(config), page_language(page, config)
    key = neutral_path(page.file.src_uri, languages=languages)
    if key not in _states:
        return context
    source_language, reviewed = _sources[key]
    ui = ui_text(built)
    notice = None
    if shown != built:
        notice = ui.missing_notice.format(language=ui.language_names[built], shown=ui.language_names[shown])
    elif _states[key].get(built) == State.OUTDATED:
        changed = _last_commit_date(Path(config.docs_dir) / _source_files[key]) or reviewed
        notice = ui.outdated_notice.format(language=ui.language_names[source_language], date=changed)
    # Marks a page shown in place of a missing translation: kept out of this language's search.
    context["kb_fallback"] = shown != built
    if notice:
        context["kb_translation_notice"] = notice
        context["kb_translation_link_text"] = ui.read_original
        context["kb_translation_source_url"] = language_page_url(page.url, from_language=built, to_language=source_language, default=default)
    return context
