"""MkDocs events of the editor's reviewer (kb.checks): front matter, links, images, headings
and raw HTML on every page, the page files themselves, what pages and stylesheets would load
from another host, and a crawl of the built site for what the theme and hooks write.

A fallback copy of another language's page is checked in that language's build. Anchors are
checked once every page of a language has its ids (on_env, before any page is written).
KB_SKIP_CHECKS=1 builds without the checks, for the build benchmark; the files as written
are checked even then (size, encoding, direction controls, nesting, symbolic links), and
MkDocs converts each page as the one scan of docs/ read it, never a symbolic link's target.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from kb.checks.config_text import config_text_findings
from kb.checks.content_facts import ContentFactsExtension
from kb.checks.external_resources import page_findings, stylesheet_findings
from kb.checks.headings import heading_findings, heading_id_parity
from kb.checks.links import AnchorLink, PageSource, draft_link_notices, image_findings, link_findings, missing_anchor_findings
from kb.checks.page_fields import page_meta
from kb.checks.page_files import missing_from_nav_findings, orphan_translation_findings, unknown_language_findings
from kb.checks.page_html import page_html_findings
from kb.checks.shipped_hosts import SHIPPED_TEXT_SUFFIXES, shipped_host_findings
from kb.checks.site_crawl import BuiltPage, crawl, read_built_page, unread_page_finding
from kb.components.glossary import page_glossaries
from kb.core.findings import WrittenFile, display_path
from kb.core.html_tree import html_references
from kb.core.interface_text import INTERFACE_TEXT_FOLDER
from kb.core.languages import neutral_path
from kb.core.parity import Variant
from kb.publishing.releases import LATEST
from kb.site.build import SiteBuild, checks_enabled, current_build
from kb.site.extensions import add_once, registered
from kb.site.i18n import (
    build_language,
    built_languages,
    configured_texts,
    is_main_build,
    is_own_language_page,
    language_links,
    project_dir,
    source_path,
)

log = get_plugin_logger(__name__)


@dataclass
class CheckState:
    """What one build learns for the checks at the end of each language and of the build."""

    site_dir: Path | None = None
    excluded: frozenset[str] = frozenset()
    heading_ids: dict[str, list[Variant]] = field(default_factory=dict)
    # Per build language: the ids each page has, and the links into pages by #fragment.
    page_ids: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    anchor_links: dict[str, list[AnchorLink]] = field(default_factory=dict)
    # Per built file (under the site folder): the URLs its content holds, checked at their
    # source, and the page's source (as editors see it, and its text).
    checked_urls: dict[str, frozenset[str]] = field(default_factory=dict)
    # Per built file: the page as written, read once for the crawl at the end.
    built_pages: dict[str, BuiltPage] = field(default_factory=dict)
    # The languages whose navigation sidebar has been read: the first page of each reads it,
    # the others leave it out (kb.core.html_tree.SITE_NAVIGATION).
    navigation_read: set[str] = field(default_factory=set)
    # Every file an editor writes that can reach a page, read when a fault in a built page is
    # not in the page's own source (a table cell, a glossary, another page's title, a config string).
    other_sources: list[WrittenFile] | None = None


def own_host(config: MkDocsConfig) -> str | None:
    """The site's host name (site_url's): its files are the site's own."""
    return urlsplit(config.site_url or "").hostname


def editor_sources(build: SiteBuild, config: MkDocsConfig) -> list[WrittenFile]:
    """Every file editors write that can reach a built page: the tables, snippets and pages
    of the scan of docs/, mkdocs.yml and the interface text."""
    docs, project = build.docs, project_dir(config)
    sources = [WrittenFile(f"{build.docs_display}/{table.path_in_docs}", table.text) for table in docs.tables.values()]
    sources += [WrittenFile(f"{build.docs_display}/{path}", snippet.text) for path, snippet in docs.snippets.items()]
    sources += [WrittenFile(file.path, file.text) for file in docs.page_files()]
    configuration = [Path(config.config_file_path), *sorted((project / INTERFACE_TEXT_FOLDER).glob("*.yml"))]
    sources += [
        WrittenFile(display_path(path, project_dir=project), path.read_text(encoding="utf-8", errors="replace")) for path in configuration
    ]
    return sources


class CheckEvents:
    def __init__(self) -> None:
        self.state = CheckState()

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        # Called once per language build: register once.
        return add_once(config, ContentFactsExtension, ContentFactsExtension)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if is_main_build(config):
            # static-i18n points site_dir at each language's folder while it builds that language.
            self.state = CheckState(site_dir=Path(config.site_dir))

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        build = current_build(config)
        for linked in [file for file in files if build.docs.is_symlinked(file.src_uri)]:
            files.remove(linked)
        if is_main_build(config):
            build.reporter.report(build.docs.input_findings(), log)
        if not checks_enabled() or not is_main_build(config):
            return files
        # MkDocs leaves InclusionLevel.is_excluded unannotated.
        self.state.excluded = frozenset(file.src_uri for file in files if file.inclusion.is_excluded())  # type: ignore[no-untyped-call]
        paths = [file.path_in_docs for file in build.docs.page_files()]
        config_path = Path(config.config_file_path)
        build.reporter.report(
            config_text_findings(
                configured_texts(config),
                config_path=display_path(config_path, project_dir=project_dir(config)),
                config_text=config_path.read_text(encoding="utf-8", errors="replace"),
            ),
            log,
        )
        build.reporter.report(
            unknown_language_findings(paths, languages=build.languages, docs_display=build.docs_display)
            + orphan_translation_findings(paths, languages=build.languages, docs_display=build.docs_display)
            + missing_from_nav_findings(paths, nav=config.nav, languages=build.languages, docs_display=build.docs_display),
            log,
        )
        # The editors' own stylesheets, checked at their source; the theme's are covered by the
        # browser tests, which record every request a page makes.
        docs_dir = Path(config.docs_dir).resolve()
        for stylesheet in files.css_files():
            if stylesheet.abs_src_path is not None and Path(stylesheet.abs_src_path).resolve().is_relative_to(docs_dir):
                path = display_path(stylesheet.abs_src_path, project_dir=project_dir(config))
                build.reporter.report(stylesheet_findings(stylesheet.content_string, path=path), log)
        return files

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        """The page as the scan of docs/ read it: the checks see it as written, MkDocs
        converts it without what would stop the build (both reported at the scan)."""
        scanned = current_build(config).docs.page_file(page.file.src_uri)
        if scanned is None:
            return None
        # The setter forgets the file's path, which findings and edit links name.
        written_at = page.file.abs_src_path
        page.file.content_string = scanned.text
        page.file.abs_src_path = written_at
        return scanned.markdown

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        build = current_build(config)
        if checks_enabled() and is_own_language_page(page, config, build.languages):
            _, findings = page_meta(
                page.file.content_string, path=source_path(page, config), path_in_docs=page.file.src_uri, languages=build.languages
            )
            build.reporter.report(findings, log)
        return markdown

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        if not checks_enabled():
            return html
        build = current_build(config)
        language = build_language(config)
        page_path = neutral_path(page.file.src_uri, languages=build.languages)
        references = html_references(html)
        # The ids links can target, fallback copies included: a link into a page not yet
        # translated lands on the copy.
        self.state.page_ids[(language, page_path)] = references.ids
        # The content's own links are checked where they were written (a fallback copy's in
        # its own language's build); the crawl leaves them out.
        if self.state.site_dir is not None:
            built = (Path(config.site_dir) / page.file.dest_uri).relative_to(self.state.site_dir).as_posix()
            self.state.checked_urls[built] = references.urls
        if not is_own_language_page(page, config, build.languages):
            return html
        facts = registered(config, ContentFactsExtension).facts
        # What the page includes: its area's glossaries, appended by the build, and its snippets.
        glossaries = page_glossaries(page.file.src_uri, language, default_language=build.languages.default, available=build.docs.glossaries)
        scanned = build.docs.page_file(page.file.src_uri)
        snippets = [*glossaries, *(scanned.snippets if scanned else ())]
        included = tuple(WrittenFile(f"{build.docs_display}/{path}", build.docs.snippets[path].text) for path in snippets)
        source = PageSource(source_path(page, config), page.file.src_uri, page.file.content_string, included)
        link_faults, anchors = link_findings(
            facts.links, page=source, languages=build.languages, docs_files=build.docs.files, excluded=self.state.excluded
        )
        # Advice, once per page: from its source-language file (its translations link the same pages).
        if page.file.src_uri not in build.docs.drafts and scanned and language == build.docs.source_language(scanned.page):
            build.reporter.notice(draft_link_notices(facts.links, page=source, drafts=build.docs.drafts), log)
        build.reporter.report(
            link_faults
            + image_findings(facts.images, page=source, docs_files=build.docs.files)
            + heading_findings(facts.headings, path=source.path, source=source.text, included=included),
            log,
        )
        self.state.anchor_links.setdefault(language, []).extend(anchors)
        ids = frozenset(heading.id for heading in facts.headings if heading.id)
        self.state.heading_ids.setdefault(page_path, []).append(Variant(source.path, language, ids, source.text))
        return html

    @event_priority(-50)  # after the theme's handler: the page as it is written
    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        if not checks_enabled() or self.state.site_dir is None:
            return output
        built_file = Path(config.site_dir) / page.file.dest_uri
        # The navigation is the same on every page of a language: its titles, links and
        # markup are read on the language's first page.
        language = build_language(config)
        built = read_built_page(output, own_host=own_host(config), with_navigation=language not in self.state.navigation_read)
        self.state.navigation_read.add(language)
        self.state.built_pages[built_file.relative_to(self.state.site_dir).as_posix()] = built
        built_path = display_path(built_file, project_dir=project_dir(config))
        # Reported now, in this language's build: a later language's faults stop the build.
        findings = page_findings(
            built.fetches, markdown=page.file.content_string, source_path=source_path(page, config), built_path=built_path
        )
        if built.unread_from is not None:
            findings.append(
                unread_page_finding(
                    built.unread_from,
                    html=output,
                    markdown=page.file.content_string,
                    source_path=source_path(page, config),
                    built_path=built_path,
                )
            )
        if built.unsafe:
            findings += page_html_findings(
                built.unsafe,
                page=WrittenFile(source_path(page, config), page.file.content_string),
                other_sources=lambda: self._other_sources(config),
                built_path=built_path,
            )
        current_build(config).reporter.report(findings, log)
        return output

    def _other_sources(self, config: MkDocsConfig) -> list[WrittenFile]:
        if self.state.other_sources is None:
            self.state.other_sources = editor_sources(current_build(config), config)
        return self.state.other_sources

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # Once per language build, when every page of the language has its content and ids.
        if not checks_enabled():
            return env
        reporter = current_build(config).reporter
        language = build_language(config)
        ids_by_page = {page: ids for (built, page), ids in self.state.page_ids.items() if built == language}
        reporter.report(missing_anchor_findings(self.state.anchor_links.get(language, []), ids_by_page=ids_by_page), log)
        return env

    @event_priority(-200)  # after static-i18n (-100) has built every other language
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not is_main_build(config):
            return
        if not checks_enabled():
            return
        # Every language is built: each page's heading ids compared across all of them, once.
        for variants in self.state.heading_ids.values():
            current_build(config).reporter.report(heading_id_parity(variants), log)
        if self.state.site_dir is not None:
            self._check_built_site(config, self.state.site_dir)

    def _check_built_site(self, config: MkDocsConfig, site_dir: Path) -> None:
        written = built_languages(config)
        unbuilt = [link.strip("/") for language, link in language_links(config).items() if language not in written]
        display_dir = display_path(site_dir, project_dir=project_dir(config))
        # A dirty rebuild wrote only the changed pages: the others were checked when written.
        rebuilt = list(self.state.built_pages) if current_build(config).is_dirty_rebuild else None
        findings = crawl(
            site_dir,
            display_dir=display_dir,
            site_path=urlsplit(config.site_url or "/").path,
            checked_at_source=self.state.checked_urls,
            unbuilt_folders=[folder for folder in unbuilt if folder],
            # The banner of an earlier release links the same page in the current one, beside it.
            other_releases=[LATEST],
            already_read=self.state.built_pages,
            own_host=own_host(config),
            only=rebuilt,
        )
        current_build(config).reporter.report(findings, log)
        shipped_files = site_dir.rglob("*") if rebuilt is None else (site_dir / page for page in rebuilt)
        shipped = {
            path.relative_to(site_dir).as_posix(): path.read_text(encoding="utf-8", errors="replace")
            for path in shipped_files
            if path.suffix in SHIPPED_TEXT_SUFFIXES and path.is_file()
        }
        current_build(config).reporter.report(shipped_host_findings(shipped, own_host=own_host(config), display_dir=display_dir), log)
