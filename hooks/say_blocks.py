"""MkDocs hook: registers the 'say this' script blocks (kb.say_blocks) with Markdown, and
tells them before each page which language its scripts are said in (the page's source)."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from i18n_config import page_language
from markdown_extensions import add_once, registered
from kb.say_blocks import SayBlockExtension


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    # Called once per language build: register once.
    return add_once(config, SayBlockExtension, SayBlockExtension)


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    language = page_language(page, config)
    script_language = page.meta.get("source_language")
    registered(config, SayBlockExtension).begin_page(page_language=language, script_language=script_language if isinstance(script_language, str) else language)
    return markdown
