"""MkDocs events of release notes (kb.changes): the What changed page's `::: release-notes all`
list and, on every page whose files changed since the previous release, a "Changed in
<release>" note after its page details linking to its entry there (overrides/main.html reads
`kb_changed_in`), both in the page's language.

The release history is read from git once per build (the first page that needs it), and the
change fragments are checked once per build, each fault reported at its file and line.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.changes.history import build_release, read_history
from kb.changes.markdown_changes import MARKER, ReleaseNotesExtension
from kb.changes.release_notes import ReleaseNotes, release_notes
from kb.core.languages import neutral_path
from kb.pages import DocsScan
from kb.site.build import checks_enabled, current_build
from kb.site.extensions import add_once, begin_marker_page
from kb.site.i18n import is_main_build, page_language, project_dir

log = get_plugin_logger(__name__)


@dataclass
class ChangeState:
    """What one build worked out: the notes, and the page that lists them."""

    notes: ReleaseNotes | None = None
    notes_page: str | None = None


def redirect_maps(config: MkDocsConfig) -> dict[str, str]:
    """mkdocs.yml's `redirects` plugin's redirect_maps (old page -> new page, under docs/)."""
    plugin = config.plugins.get("redirects")
    maps = plugin.config.get("redirect_maps", {}) if plugin is not None else {}
    return {str(old): str(new) for old, new in (maps or {}).items()}


class ChangeEvents:
    def __init__(self) -> None:
        self.state = ChangeState()
        self.config: MkDocsConfig | None = None

    def _notes(self) -> ReleaseNotes | None:
        if self.config is None:
            return None
        if self.state.notes is None:
            build = current_build(self.config)
            project = project_dir(self.config)
            docs = os.path.relpath(self.config.docs_dir, project).replace(os.sep, "/")
            history = read_history(project, release=build_release())
            self.state.notes = release_notes(history, scan=build.docs, docs=docs, redirects=redirect_maps(self.config))
            if not history.available:
                log.info("the release history is not available (no git, or a shallow clone without the earlier releases)")
        return self.state.notes

    def _notes_and_scan(self) -> tuple[ReleaseNotes, DocsScan] | None:
        notes = self._notes()
        return (notes, current_build(self.config).docs) if notes is not None and self.config is not None else None

    def _notes_page(self, scan: DocsScan) -> str:
        """The page that lists the release notes (its marker in the default language's file)."""
        if self.state.notes_page is None:
            marker = f"::: {MARKER} all"
            default = scan.languages.default
            self.state.notes_page = next(
                (page for page, files in sorted(scan.pages.items()) if default in files and marker in files[default].text), ""
            )
        return self.state.notes_page

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        self.config = config
        # Called once per language build: register once.
        return add_once(config, ReleaseNotesExtension, lambda: ReleaseNotesExtension(notes_for=self._notes_and_scan))

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if is_main_build(config):
            self.state = ChangeState()

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if is_main_build(config) and checks_enabled():
            notes = self._notes()
            if notes is not None:
                current_build(config).reporter.report(list(notes.findings), log)
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        begin_marker_page(config, page, ReleaseNotesExtension)
        return markdown

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
        build = current_build(config)
        notes = self._notes()
        page_path = neutral_path(page.file.src_uri, languages=build.languages)
        notes_page = self._notes_page(build.docs)
        change = notes.page_change(page_path) if notes is not None and page_path != notes_page else None
        if notes is None or change is None or not notes.history.previous:
            return context
        # Looked for only on a changed page: the navigation lists every page.
        listing = next((item for item in nav.pages if neutral_path(item.file.src_uri, languages=build.languages) == notes_page), None)
        if listing is None:
            return context
        ui = build.language_data.ui_text(page_language(page, build.languages))
        history = notes.history
        text = (
            ui.changes_page_note.format(release=history.release)
            if history.release
            else ui.changes_page_note_unreleased.format(previous=history.previous)
        )
        context["kb_changed_in"] = {"text": text, "href": f"{listing.url}#{change.anchor}"}
        return context
