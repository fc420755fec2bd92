"""MkDocs events of policy releases (kb.publishing): what a page needs to point at the same
page in the current release (the banner on an earlier release, overrides/main.html), and a
not-found page per language.

static-i18n renders 404.html once per language into the same file, so the last language
built would answer every missing address. Each language's not-found page is written to its
own folder (`ru/404.html`), and the release's `404.html` stays the default language's, with
a script that shows the language the address names.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.publishing.not_found import language_switch_script
from kb.publishing.releases import LATEST
from kb.site.build import current_build
from kb.site.i18n import build_language, language_links

log = get_plugin_logger(__name__)
NOT_FOUND_TEMPLATE = "404.html"


def language_home(config: MkDocsConfig, language: str) -> str:
    """A language's home relative to the release's root: '' for the default, 'ru/'."""
    return language_links(config).get(language, "/").lstrip("/")


class PublishingEvents:
    def __init__(self) -> None:
        # The default language's not-found page of the current build, by configuration.
        self.default_not_found: tuple[int, str] | None = None

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
        context["kb_latest"] = LATEST
        context["kb_language_home"] = language_home(config, build_language(config))
        return context

    def on_template_context(self, context: dict[str, Any], /, *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
        if template_name == NOT_FOUND_TEMPLATE:
            language = build_language(config)
            context["kb_ui"] = current_build(config).language_data.ui_text(language)
            context["kb_latest"] = LATEST
            context["kb_language_home"] = language_home(config, language)
        return context

    def on_post_template(self, output_content: str, /, *, template_name: str, config: MkDocsConfig) -> str:
        if template_name != NOT_FOUND_TEMPLATE:
            return output_content
        build = current_build(config)
        language = build_language(config)
        if language == build.languages.default:
            script = language_switch_script(site_path=urlsplit(config.site_url or "/").path, languages=build.languages)
            page = output_content.replace("</body>", f"{script}</body>", 1)
            self.default_not_found = (id(config), page)
            return page
        folder = Path(config.site_dir) / language_home(config, language)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / NOT_FOUND_TEMPLATE).write_text(output_content, encoding="utf-8")
        if self.default_not_found is not None and self.default_not_found[0] == id(config):
            return self.default_not_found[1]
        return output_content
