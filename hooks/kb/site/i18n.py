"""What mkdocs-static-i18n's configuration says: the site's languages, the language being
built, and whether this is the main build.

static-i18n builds the default language first, then each other language from inside that
build's on_post_build (with its `building` flag set), reusing the same configuration object.

A preview of one language (`make serve-lv`, KB_ONLY_LANGUAGE=lv) builds the default language,
at the site's root, and that language: static-i18n's own build_only_locale would make the one
language the default, and then read the default language's files (page.md) as its pages.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils.yaml import yaml_load

from kb.checks.config_text import nav_titles
from kb.core.findings import display_path
from kb.core.languages import Languages, file_language, languages_from_config


def i18n_plugin(config: MkDocsConfig) -> BasePlugin[Any] | None:
    return config.plugins.get("i18n")


def configured_languages(config: MkDocsConfig) -> Languages:
    """Every site language in configuration order, and the default (unsuffixed) one, as the
    configuration file declares them (INHERIT included)."""
    if i18n_plugin(config) is None:
        language = str(config.theme["language"])
        return Languages((language,), language)
    with open(config.config_file_path, "rb") as config_file:
        return languages_from_config(yaml_load(config_file))


def configured_texts(config: MkDocsConfig) -> list[tuple[str, str]]:
    """The texts the configuration gives the theme: site names and descriptions, navigation
    titles, and each language's name, site name and navigation translations."""
    texts = [(setting, str(config[setting])) for setting in ("site_name", "site_description", "copyright") if config[setting]]
    texts += [("nav", title) for title in nav_titles(config.nav)]
    i18n = i18n_plugin(config)
    for language in i18n.config.languages if i18n is not None else []:
        for setting in ("name", "site_name", "site_description", "copyright"):
            value = language.get(setting)
            if isinstance(value, str) and value:
                texts.append((f"{setting} of {language.locale}", value))
        for original, translated in (language.get("nav_translations") or {}).items():
            texts += [
                (f"nav_translations of {language.locale}", str(original)),
                (f"nav_translations of {language.locale}", str(translated)),
            ]
    return texts


ONE_LANGUAGE_VARIABLE = "KB_ONLY_LANGUAGE"


def preview_one_language(config: MkDocsConfig) -> None:
    """With KB_ONLY_LANGUAGE set, build only the default language and that one."""
    only = os.environ.get(ONE_LANGUAGE_VARIABLE)
    i18n = i18n_plugin(config)
    if not only or i18n is None:
        return
    locales = [str(language.locale) for language in i18n.config.languages]
    if only not in locales:
        raise PluginError(f"{ONE_LANGUAGE_VARIABLE}={only} is not a site language: use one of {', '.join(locales)}")
    for language in i18n.config.languages:
        language.build = bool(language.default) or language.locale == only


def built_languages(config: MkDocsConfig) -> frozenset[str]:
    """The languages this build writes: all, or the default and one (`make serve-lv`)."""
    i18n = i18n_plugin(config)
    if i18n is None:
        return frozenset({str(config.theme["language"])})
    return frozenset(str(language.locale) for language in i18n.config.languages if language.build)


def language_links(config: MkDocsConfig) -> dict[str, str]:
    """Each language's home link as static-i18n sets it ('/', '/ru/')."""
    i18n = i18n_plugin(config)
    if i18n is None:
        return {}
    return {str(language.locale): str(language.link) for language in i18n.config.languages if language.link}


def build_language(config: MkDocsConfig) -> str:
    """The language this build renders (static-i18n sets the theme's language per build)."""
    return str(config.theme["language"])


def is_main_build(config: MkDocsConfig) -> bool:
    return not getattr(i18n_plugin(config), "building", False)


def page_language(page: Page, languages: Languages) -> str:
    """The language of the page's own file (a fallback copy keeps its file's language)."""
    return file_language(page.file.src_uri, languages=languages)


def is_own_language_page(page: Page, config: MkDocsConfig, languages: Languages) -> bool:
    """False for another language's page copied into this build as a fallback."""
    return page_language(page, languages) == build_language(config)


def project_dir(config: MkDocsConfig) -> Path:
    """The folder of mkdocs.yml, which paths in findings are relative to."""
    return Path(config.config_file_path).parent


def source_path(page: Page, config: MkDocsConfig) -> str:
    """The page's file as editors see it (docs/area/page.ru.md)."""
    return display_path(page.file.abs_src_path or page.file.src_path, project_dir=project_dir(config))


def localise_redirects(config: MkDocsConfig, files: Files, *, default_language: str) -> None:
    """mkdocs-redirects, per language: each language build writes its own old addresses
    ("ru/old/") forwarding to its own language's page.

    The plugin reads its map and the pages in on_files before static-i18n (priority -100)
    localises them, so alone it forwards every language to the default language's page
    (mkdocs-redirects issue #33). Called after static-i18n: one map in mkdocs.yml, written
    with the default language's file names, then serves every language.
    """
    redirects = config.plugins.get("redirects")
    if redirects is None:
        return
    language = build_language(config)
    folder = "" if language == default_language else f"{language}/"
    maps: dict[str, str] = redirects.config.get("redirect_maps", {})
    redirects.redirects = {folder + old: new for old, new in maps.items()}
    # static-i18n keeps each localised file's language-neutral name as norm_src_uri.
    redirects.doc_pages = {getattr(file, "norm_src_uri", file.src_uri): file for file in files.documentation_pages()}
