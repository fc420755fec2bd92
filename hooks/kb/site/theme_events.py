"""MkDocs events that feed the theme: each page's checked front matter and the KB's interface
text in the page's language (overrides/main.html), a language switcher that stays in the
release being read, and the language data the browser scripts share.

- static-i18n gives home pages site-absolute switcher links ("/ru/"), which under mike's
  /<version>/ folders send the reader to another release: they are made page-relative.
- The <head> hreflang tags make Material fetch a missing sitemap per language on every
  view: they are dropped; the header switcher links each language's version of the page.
- `make serve-lv` (KB_ONLY_LANGUAGE=lv) builds the default language and Latvian only.
- Old addresses of merged pages (mkdocs-redirects, `redirects` in mkdocs.yml) forward to the
  reader's own language's page.
- assets/javascripts/language-data.js is written by the build: the folding table
  (kb.core.folding) and each language's search words (languages/<code>.yml), for the
  decision-table filter and the search worker.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.checks.page_fields import page_meta
from kb.core.folding import folding_table
from kb.core.navigation_sections import RenderedSections
from kb.core.release_links import release_absolute, release_relative, without_head_hreflang_links
from kb.core.template_cache import COMPILED_TEMPLATES
from kb.review.schedule import build_date
from kb.review.wording import shown_dates
from kb.site.build import current_build
from kb.site.i18n import build_language, is_main_build, language_links, localise_redirects, page_language, preview_one_language, source_path

LANGUAGE_DATA_SCRIPT = "assets/javascripts/language-data.js"


def language_data_script(config: MkDocsConfig) -> str:
    """The browser's copy of the folding table and of every language's search words."""
    build = current_build(config)
    folding = json.loads(folding_table().as_json())
    search = {language: words.as_dict() for language, words in build.language_data.search.items()}
    data = json.dumps({"folding": folding, "search": search}, ensure_ascii=False, sort_keys=True)
    return f"/* Written by the build from hooks/kb/core/text_folding.yml and languages/*.yml. */\nself.kbLanguageData = {data}\n"


def switcher_entries(config: MkDocsConfig) -> list[dict[str, str]]:
    """The entries the theme renders, looked up the way Jinja does: attribute first.

    The i18n plugin assigns `config.extra.alternate` as an attribute on every page,
    which shadows the `extra["alternate"]` item it set at configuration time.
    """
    entries = getattr(config.extra, "alternate", None)
    if entries is None:
        entries = config.extra.get("alternate")
    return entries or []


class ThemeEvents:
    def __init__(self) -> None:
        self.navigation_sections = RenderedSections()

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        # Before static-i18n (-100) reads which languages to build.
        preview_one_language(config)
        return config

    @event_priority(-110)  # after static-i18n's (-100), which localises the files
    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        # The build's languages, read from mkdocs.yml once for all five language builds.
        localise_redirects(config, files, default_language=current_build(config).languages.default)
        return files

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # Every language's build, and every serve rebuild, has an environment of its own.
        env.bytecode_cache = COMPILED_TEMPLATES
        # The navigation's sections rendered once per place, not per page (overrides/partials/nav.html).
        env.globals["kb_navigation_item"] = self.navigation_sections.template_function()
        return env

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # Written once, at the site's root, where every language's pages load it from
        # (static-i18n cannot take a generated file into its per-language file lists).
        if is_main_build(config):
            path = Path(config.site_dir) / LANGUAGE_DATA_SCRIPT
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(language_data_script(config), encoding="utf-8")

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        # Material shows page.meta["status"] as an icon in the navigation: keep it for drafts
        # only, so published pages carry no icon (the template reads kb_page_meta).
        if page.meta.get("status") != "draft":
            page.meta.pop("status", None)
        return markdown

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
        build = current_build(config)
        meta, _ = page_meta(
            page.file.content_string, path=source_path(page, config), path_in_docs=page.file.src_uri, languages=build.languages
        )
        context["kb_page_meta"] = meta
        language = page_language(page, build.languages)
        context["kb_ui"] = build.language_data.ui_text(language)
        # Review dates, and when the page's file last changed in git (kb.review.change_dates;
        # the build's date for a file not committed yet), in the reader's words.
        dates: dict[str, object] = {"last_reviewed": meta.last_reviewed, "review_by": meta.review_by} if meta else {}
        dates["last_changed"] = build.change_dates.get(page.file.src_uri) or build_date()
        context["kb_dates"] = shown_dates(dates, language=language)
        # The navigation's tooltip for draft pages, in the language being built.
        config.extra["status"] = {"draft": build.language_data.ui_text(build_language(config)).draft}
        site_path = urlsplit(config.site_url or "/").path
        for alternate in switcher_entries(config):
            alternate["link"] = release_relative(alternate["link"], site_path=site_path)
        return context

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        return without_head_hreflang_links(output)

    def on_template_context(self, context: dict[str, Any], /, *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
        # The 404 page has no translations of its own and is rendered after the last page,
        # whose switcher links it would otherwise inherit: send each language to its home.
        # It is served at any missing URL, so its links stay absolute (within the release).
        if template_name == "404.html":
            site_path = urlsplit(config.site_url or "/").path
            homes = {language: release_absolute(link, site_path=site_path) for language, link in language_links(config).items()}
            for alternate in switcher_entries(config):
                alternate["link"] = homes.get(alternate["lang"], alternate["link"])
        return context
