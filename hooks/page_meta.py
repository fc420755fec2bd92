"""MkDocs hook: checks every page's front matter and hands it, checked, to the theme.

Adapter over kb.front_matter; overrides/main.html renders the draft notice and the
page's owner, review dates and original language in the page's language.
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from reporting import report
from i18n_config import build_language, is_own_language_page, page_language, site_languages, source_path
from kb.front_matter import PageMeta, page_meta
from kb.ui_text import ui_text

log = get_plugin_logger(__name__)

_meta: dict[str, PageMeta | None] = {}


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    languages, _ = site_languages(config)
    meta, findings = page_meta(page.file.content_string, path=source_path(page, config), path_in_docs=page.file.src_uri, languages=languages)
    _meta[page.file.src_uri] = meta
    # Material shows page.meta["status"] as an icon in the navigation: keep it for
    # drafts only, so published pages carry no icon (the template reads kb_page_meta).
    if page.meta.get("status") != "draft":
        page.meta.pop("status", None)
    # A fallback copy of another language's page is checked in that language's build.
    if is_own_language_page(page, config):
        report(findings, log)
    return markdown


def on_page_context(context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    context["kb_page_meta"] = _meta.get(page.file.src_uri)
    context["kb_ui"] = ui_text(page_language(page, config))
    # The navigation's tooltip for draft pages, in the language being built.
    config.extra["status"] = {"draft": ui_text(build_language(config)).draft}
    return context
