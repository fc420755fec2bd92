"""MkDocs hook: once every language is built, crawl the built site (kb.site_crawl) and
report any href, src or #fragment that leads nowhere, theme and switcher links included.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugin_logger

from i18n_config import is_main_build
from kb.findings import display_path
from kb.site_crawl import crawl
from reporting import report

log = get_plugin_logger(__name__)

_site_dir: list[Path] = []


def on_pre_build(*, config: MkDocsConfig) -> None:
    # static-i18n points site_dir at each language's folder while it builds that language.
    if is_main_build(config):
        _site_dir[:] = [Path(config.site_dir)]


@event_priority(-200)  # after static-i18n (-100) has built every other language
def on_post_build(*, config: MkDocsConfig) -> None:
    if os.environ.get("KB_SKIP_CHECKS") == "1" or not is_main_build(config) or not _site_dir:
        return
    site_dir = _site_dir[0]
    display_dir = display_path(site_dir, project_dir=Path(config.config_file_path).parent)
    report(crawl(site_dir, display_dir=display_dir, site_path=urlsplit(config.site_url or "/").path), log)
