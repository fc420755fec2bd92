"""MkDocs events of review discipline (kb.review): the "Overdue for review" banner on every page
whose `review_by` is before the build date (overrides/main.html reads `kb_review_overdue`), and
the Review status page's `::: review-status all` list, both in the page's language.

The build date is today, or KB_TODAY=YYYY-MM-DD (kb.review.schedule.build_date); it is read once
per build.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from kb.core.languages import neutral_path
from kb.review.markdown_review import ReviewStatusExtension
from kb.review.schedule import DUE_SOON_DAYS, TODAY_VARIABLE, ReviewDue, build_date, due_within, reader_files, scheduled
from kb.review.wording import overdue_notice
from kb.site.build import current_build
from kb.site.extensions import add_once, begin_marker_page
from kb.site.i18n import is_main_build, page_language

log = get_plugin_logger(__name__)


@dataclass
class ReviewState:
    """What one build judges review dates by."""

    today: datetime.date | None = None


class ReviewEvents:
    def __init__(self) -> None:
        self.state = ReviewState()
        self.config: MkDocsConfig | None = None

    def _today(self) -> datetime.date:
        if self.state.today is None:
            try:
                self.state.today = build_date()
            except ValueError as error:
                raise PluginError(str(error)) from None
            log.debug("review dates are judged as of %s (%s)", self.state.today, TODAY_VARIABLE)
        return self.state.today

    def _due_for(self, language: str) -> list[ReviewDue]:
        if self.config is None:
            return []
        scan = current_build(self.config).docs
        return due_within(reader_files(scan, language), today=self._today(), days=DUE_SOON_DAYS)

    def _target_of(self, page: str) -> str:
        if self.config is None:
            return page
        scan = current_build(self.config).docs
        return scan.file_of(page, scan.languages.default)

    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        self.config = config
        # Called once per language build: register once.
        return add_once(
            config,
            ReviewStatusExtension,
            lambda: ReviewStatusExtension(due_for=self._due_for, target_of=self._target_of, horizon_days=DUE_SOON_DAYS),
        )

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if is_main_build(config):
            self.state = ReviewState()

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        begin_marker_page(config, page, ReviewStatusExtension)
        return markdown

    def on_page_context(self, context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
        build = current_build(config)
        shown = page_language(page, build.languages)
        file = build.docs.pages.get(neutral_path(page.file.src_uri, languages=build.languages), {}).get(shown)
        item = scheduled(file, today=self._today()) if file is not None else None
        if item is not None and item.overdue:
            context["kb_review_overdue"] = overdue_notice(item, ui=build.language_data.ui_text(shown), language=shown)
        return context
