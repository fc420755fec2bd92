"""Adapter shared by the hooks: what the static-i18n plugin's configuration says.

Not a hook itself. The site's languages, the one unsuffixed page files are in,
the language being built, and whether this is the main build (static-i18n builds
the other languages from inside it, with its `building` flag set).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

from kb.findings import display_path
from kb.languages import file_language


def i18n_plugin(config: MkDocsConfig) -> BasePlugin[Any] | None:
    return config.plugins.get("i18n")


def site_languages(config: MkDocsConfig) -> tuple[list[str], str]:
    """All site languages, and the one unsuffixed page files are in."""
    i18n = i18n_plugin(config)
    if i18n is None:
        return [config.theme["language"]], config.theme["language"]
    locales = [language.locale for language in i18n.config.languages]
    default = next((language.locale for language in i18n.config.languages if language.default), locales[0])
    return locales, default


def build_language(config: MkDocsConfig) -> str:
    """The language this build renders (static-i18n sets the theme's language per build)."""
    return str(config.theme["language"])


def is_main_build(config: MkDocsConfig) -> bool:
    return not getattr(i18n_plugin(config), "building", False)


def page_language(page: Page, config: MkDocsConfig) -> str:
    """The language of the page's own file (a fallback copy keeps its file's language)."""
    languages, default = site_languages(config)
    return file_language(page.file.src_uri, languages=languages, unsuffixed=default)


def is_own_language_page(page: Page, config: MkDocsConfig) -> bool:
    """False for another language's page copied into this build as a fallback."""
    return page_language(page, config) == build_language(config)


def source_path(page: Page, config: MkDocsConfig) -> str:
    """The page's file as editors see it (docs/area/page.ru.md)."""
    return display_path(page.file.abs_src_path or page.file.src_path, project_dir=Path(config.config_file_path).parent)
