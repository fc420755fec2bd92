"""MkDocs hook: a language switcher that keeps the reader on the same page and release.

mkdocs-static-i18n gives home pages site-absolute switcher links ("/ru/"), which
under mike's /<version>/ folders send the reader to another release. This hook runs
after the i18n plugin has set the links and makes them page-relative. It also drops
the <head> hreflang tags that make Material fetch missing sitemaps on every view.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from i18n_config import i18n_plugin
from kb.site_links import release_absolute, release_relative, without_head_hreflang_links


def on_page_context(
    context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    site_path = urlsplit(config.site_url or "/").path
    for alternate in _switcher_entries(config):
        alternate["link"] = release_relative(alternate["link"], site_path=site_path)
    return context


def on_post_page(output: str, /, *, page: Page, config: MkDocsConfig) -> str:
    return without_head_hreflang_links(output)


def on_template_context(context: dict[str, Any], /, *, template_name: str, config: MkDocsConfig) -> dict[str, Any]:
    # The 404 page has no translations of its own and is rendered after the last page,
    # whose switcher links it would otherwise inherit: send each language to its home.
    # It is served at any missing URL, so its links stay absolute (within the release).
    if template_name == "404.html":
        homes = _language_homes(config, site_path=urlsplit(config.site_url or "/").path)
        for alternate in _switcher_entries(config):
            alternate["link"] = homes.get(alternate["lang"], alternate["link"])
    return context


def _language_homes(config: MkDocsConfig, *, site_path: str) -> dict[str, str]:
    """Each language's home ("/0.1/", "/0.1/ru/", ...) from the i18n plugin's configuration."""
    i18n = i18n_plugin(config)
    if i18n is None:
        return {}
    return {
        language.locale: release_absolute(language.link, site_path=site_path)
        for language in i18n.config.languages
        if language.link
    }


def _switcher_entries(config: MkDocsConfig) -> list[dict[str, str]]:
    """The entries the theme renders, looked up the way Jinja does: attribute first.

    The i18n plugin assigns `config.extra.alternate` as an attribute on every page,
    which shadows the `extra["alternate"]` item it set at configuration time.
    """
    entries = getattr(config.extra, "alternate", None)
    if entries is None:
        entries = config.extra.get("alternate")
    return entries or []
