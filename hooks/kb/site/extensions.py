"""Add a KB Markdown extension to MkDocs once, and find it again.

MkDocs runs on_config once per language build (static-i18n), so a handler registering an
extension instance must not add a second one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from markdown.extensions import Extension
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from kb.core.markdown_markers import PageMarkerExtension
from kb.site.build import current_build
from kb.site.i18n import page_language

ExtensionType = TypeVar("ExtensionType", bound=Extension)


def _extensions(config: MkDocsConfig) -> list[str | Extension]:
    # MkDocs types the list as names; Python-Markdown takes extension instances as well.
    return cast("list[str | Extension]", config.markdown_extensions)


def add_once(config: MkDocsConfig, kind: type[ExtensionType], make: Callable[[], ExtensionType]) -> MkDocsConfig:
    """Append make() to the Markdown extensions unless an instance of kind is there."""
    if not any(isinstance(item, kind) for item in _extensions(config)):
        _extensions(config).append(make())
    return config


def registered(config: MkDocsConfig, kind: type[ExtensionType]) -> ExtensionType:
    """The instance of kind among the Markdown extensions."""
    return next(item for item in _extensions(config) if isinstance(item, kind))


def registered_if_any(config: MkDocsConfig, kind: type[ExtensionType]) -> ExtensionType | None:
    """The instance of kind among the Markdown extensions, if its hook registered one."""
    return next((item for item in _extensions(config) if isinstance(item, kind)), None)


def begin_marker_page(config: MkDocsConfig, page: Page, kind: type[PageMarkerExtension]) -> None:
    """Tell a page-marker extension which page comes next, in which language and words."""
    build = current_build(config)
    language = page_language(page, build.languages)
    registered(config, kind).begin_page(page_path=page.file.src_uri, language=language, ui=build.language_data.ui_text(language))
