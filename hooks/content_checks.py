"""MkDocs hook: the editor's reviewer. Checks links, images, heading ids and raw HTML on
every page, the page files themselves, and heading-id parity across languages.

Adapter over kb.content_facts, kb.content_checks and kb.file_checks. It also starts each
build's report (hooks/reporting.py). KB_SKIP_CHECKS=1 builds without the content checks
and the site crawl, for the build benchmark.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from markdown_extensions import add_once, registered
from i18n_config import build_language, is_main_build, is_own_language_page, site_languages, source_path
from kb.content_checks import (
    AnchorLink,
    draft_link_notices,
    heading_findings,
    heading_id_parity,
    image_findings,
    link_findings,
    missing_anchor_findings,
    raw_html_findings,
)
from kb.content_facts import ContentFactsExtension
from kb.front_matter import declared_status
from kb.file_checks import missing_from_nav_findings, orphan_translation_findings, unknown_language_findings
from kb.html_ids import element_ids
from kb.languages import neutral_path
from kb.parity import Variant
from reporting import notice, report, start_build

log = get_plugin_logger(__name__)

_heading_ids: dict[str, list[Variant]] = {}
# Per build language: the ids each page has, and the links into pages by #fragment.
_page_ids: dict[tuple[str, str], frozenset[str]] = {}
_anchor_links: dict[str, list[AnchorLink]] = {}
_docs_files: set[str] = set()
_excluded: set[str] = set()
_drafts: set[str] = set()


def _enabled() -> bool:
    return os.environ.get("KB_SKIP_CHECKS") != "1"


def _extension(config: MkDocsConfig) -> ContentFactsExtension:
    return registered(config, ContentFactsExtension)


def on_config(config: MkDocsConfig, /) -> MkDocsConfig:
    # Called once per language build: register once.
    return add_once(config, ContentFactsExtension, ContentFactsExtension)


def on_pre_build(*, config: MkDocsConfig) -> None:
    if is_main_build(config):
        start_build()
        _heading_ids.clear()
        _page_ids.clear()
        _anchor_links.clear()


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    if _enabled() and is_main_build(config):
        languages, _ = site_languages(config)
        docs_dir = Path(config.docs_dir)
        _docs_files.clear()
        _docs_files.update(path.relative_to(docs_dir).as_posix() for path in docs_dir.rglob("*") if path.is_file())
        _excluded.clear()
        _excluded.update(file.src_uri for file in files if file.inclusion.is_excluded())
        pages = [path for path in _docs_files if path.endswith(".md") and not path.startswith("snippets/")]
        _drafts.clear()
        _drafts.update(path for path in pages if declared_status((docs_dir / path).read_text(encoding="utf-8")) == "draft")
        report(
            unknown_language_findings(pages, languages=languages)
            + orphan_translation_findings(pages, languages=languages)
            + missing_from_nav_findings(pages, nav=config.nav, languages=languages),
            log,
        )
    return files


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not _enabled():
        return html
    languages, _ = site_languages(config)
    language = build_language(config)
    # The ids links can target (headings, table rows...), fallback copies included:
    # a link into a page not yet translated lands on the copy.
    _page_ids[(language, neutral_path(page.file.src_uri, languages=languages))] = element_ids(html)
    # A fallback copy of another language's page is checked in that language's build.
    if not is_own_language_page(page, config):
        return html
    facts = _extension(config).facts
    path, source, page_path = source_path(page, config), page.file.content_string, page.file.src_uri
    link_faults, anchors = link_findings(
        facts.links, path=path, path_in_docs=page_path, source=source, languages=languages, docs_files=_docs_files, excluded=_excluded
    )
    if declared_status(source) != "draft":
        notice(draft_link_notices(facts.links, path=path, path_in_docs=page_path, source=source, drafts=_drafts), log)
    report(
        link_faults
        + image_findings(facts.images, path=path, path_in_docs=page_path, source=source, docs_files=_docs_files)
        + heading_findings(facts.headings, path=path, source=source)
        + raw_html_findings(facts.raw_html, path=path, source=source),
        log,
    )
    _anchor_links.setdefault(language, []).extend(anchors)
    ids = frozenset(heading.id for heading in facts.headings if heading.id)
    _heading_ids.setdefault(neutral_path(page_path, languages=languages), []).append(Variant(path, language, ids))
    return html


def on_post_build(*, config: MkDocsConfig) -> None:
    # At the end of each language's build: before a strict build stops at its warnings.
    if _enabled():
        for variants in _heading_ids.values():
            report(heading_id_parity(variants), log)
        language = build_language(config)
        ids_by_page = {page: ids for (built, page), ids in _page_ids.items() if built == language}
        report(missing_anchor_findings(_anchor_links.get(language, []), ids_by_page=ids_by_page), log)

