"""MkDocs events of agents' reports (kb.feedback): a "Report a problem" link at the end of every
page (overrides/main.html, `kb_report_url`) and on every decision-table row, each opening the
repository's issue form filled in with the page, the row, the language, the release and the
commit being read.

The repository is mkdocs.yml's repo_url, the one place it is written; a site without one gets
no report links. The release and commit are read once per build (the deploy workflow sets
KB_RELEASE, GitHub Actions GITHUB_SHA; otherwise git's HEAD of docs/).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.components.decision_tables.markdown_extension import DecisionTableExtension
from kb.feedback.report_link import ReportedPlace, SiteVersion, page_address, report_url, site_version
from kb.site.build import current_build
from kb.site.extensions import registered_if_any
from kb.site.i18n import is_main_build, page_language

log = get_plugin_logger(__name__)


@dataclass
class FeedbackState:
    """What one build knows for the reports: the release and commit it is built from."""

    version: SiteVersion | None = None


class FeedbackEvents:
    def __init__(self) -> None:
        self.state = FeedbackState()

    def _version(self, config: MkDocsConfig) -> SiteVersion:
        if self.state.version is None:
            self.state.version = site_version(Path(config.docs_dir))
        return self.state.version

    def _place(self, page: Page, config: MkDocsConfig) -> ReportedPlace:
        # Front matter gives every KB page its title (kb.checks.page_fields), so the title is
        # the same before rendering (the rows) as after it (the page's link).
        return ReportedPlace(
            page_title=str(page.title or ""),
            page_url=page_address(config.site_url, page.url),
            language=page_language(page, current_build(config).languages),
            version=self._version(config),
        )

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        # Each language's build reuses the main build's release and commit.
        if is_main_build(config):
            self.state = FeedbackState()
            version = self._version(config)
            log.debug("reports name release %s, commit %s", version.release, version.commit)

    @event_priority(-10)  # after the components' (0), which begin the page's decision tables
    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        tables = registered_if_any(config, DecisionTableExtension)
        repo_url = config.repo_url
        if tables is not None and repo_url:
            place = self._place(page, config)
            tables.report_rows_at(lambda anchor: report_url(repo_url, replace(place, row=anchor)))
        return markdown

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
        context["kb_report_url"] = report_url(config.repo_url, self._place(page, config)) if config.repo_url else None
        return context
