"""What one `mkdocs build` shares across the KB's hooks and all its languages.

The site's languages, the one scan of docs/ (kb.pages), the language files' interface text
and search words, and the reporter that reports each finding once. A new build (a `mkdocs
serve` rebuild included) loads a new configuration object, and with it gets a new SiteBuild;
static-i18n's language builds reuse the main build's configuration, and so its SiteBuild.
"""

from __future__ import annotations

import datetime
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger

from kb.core.findings import display_path
from kb.core.interface_text import INTERFACE_TEXT_FOLDER, LanguageData, load_language_data
from kb.core.languages import Languages, is_known_language
from kb.pages import DocsScan, scan_docs
from kb.preview.session import is_dirty_rebuild
from kb.review.change_dates import last_change_dates
from kb.site.i18n import configured_languages, project_dir
from kb.site.reporting import Reporter

log = get_plugin_logger(__name__)


def checks_enabled() -> bool:
    """False when KB_SKIP_CHECKS=1: a build without the checks, for the build benchmark."""
    return os.environ.get("KB_SKIP_CHECKS") != "1"


@dataclass
class SiteBuild:
    config: MkDocsConfig
    reporter: Reporter = field(default_factory=Reporter)
    # A `mkdocs serve --dirty` rebuild over a complete earlier build: MkDocs converts and
    # writes only the pages whose files changed, the checks of the built site read only
    # those, and the search index is the earlier build's. Decided when the main build starts,
    # while site_dir is still the site's root (static-i18n moves it for each other language).
    is_dirty_rebuild: bool = field(init=False)

    def __post_init__(self) -> None:
        self.is_dirty_rebuild = is_dirty_rebuild(Path(self.config.site_dir))

    @cached_property
    def languages(self) -> Languages:
        languages = configured_languages(self.config)
        unknown = [language for language in languages if not is_known_language(language)]
        if unknown:
            # Names and direction come from CLDR: a code it does not know cannot be built.
            raise PluginError(f"mkdocs.yml: {', '.join(unknown)} is not a language CLDR knows; use an ISO 639 code such as de or pt-BR")
        return languages

    @cached_property
    def docs_display(self) -> str:
        """docs/ as editors see it, relative to mkdocs.yml."""
        return display_path(self.config.docs_dir, project_dir=project_dir(self.config))

    @cached_property
    def docs(self) -> DocsScan:
        """The one scan of docs/ this build reads."""
        return scan_docs(Path(self.config.docs_dir), languages=self.languages, docs_display=self.docs_display)

    @cached_property
    def change_dates(self) -> dict[str, datetime.date]:
        """When each file under docs/ last changed in git, by its path there (one git log)."""
        return last_change_dates(Path(self.config.docs_dir))

    @cached_property
    def language_data(self) -> LanguageData:
        """Interface text and search words of every language (languages/<code>.yml), checked."""
        try:
            data, findings = load_language_data(project_dir(self.config) / INTERFACE_TEXT_FOLDER, languages=self.languages)
        except FileNotFoundError as missing:
            raise PluginError(f"{missing}. Fix: restore it; every other language's file is checked against it") from missing
        self.reporter.report(findings, log)
        return data


_current: SiteBuild | None = None


def current_build(config: MkDocsConfig) -> SiteBuild:
    """The build this configuration belongs to; a new configuration starts a new build.

    The old configuration stays referenced until then, so its identity cannot be reused."""
    global _current
    if _current is None or _current.config is not config:
        _current = SiteBuild(config)
    return _current


def last_build() -> SiteBuild | None:
    """The build started last, if any: for events MkDocs calls without the configuration."""
    return _current
