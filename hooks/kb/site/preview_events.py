"""MkDocs events of the editor's preview: `mkdocs serve` keeps serving whatever a build finds.

- MkDocs' server waits for a rebuild to succeed before it answers any request, so one failed
  check made every address hang until the edit was undone. The server's builder is wrapped:
  an error that stops a rebuild is reported, and the server answers with what is there.
- Every warning of a build (the KB's findings and MkDocs' own) is collected and written to
  kb-preview/findings.json; every page loads kb-preview/overlay.js, which shows them over
  the page, with file:line and the fix; a missing page shows them as its error page.
- `make serve` runs with --no-strict, so the first build is served too: the overlay says what
  the strict build (CI, publishing) would refuse.

Only `mkdocs serve` does any of this: MkDocs calls on_startup with command "serve" first.
The logic is kb.preview; this is its adapter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import mkdocs
from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files

from kb.preview.session import (
    OVERLAY_SCRIPT,
    error_pages,
    finish,
    finished_building,
    is_serving,
    never_stuck,
    start_collecting,
    start_serving,
    write_overlay_script,
)
from kb.site.i18n import is_main_build

log = get_plugin_logger(__name__)


def _finish(*, stopped_by: BaseException | None = None) -> None:
    report = finish(stopped_by=stopped_by)
    if report.refused:
        log.info(
            f"The preview shows {len(report.problems)} problem(s) over every page; the strict build (CI, publishing) refuses the site until they are fixed"
        )


class PreviewEvents:
    def on_startup(self, *, command: str, dirty: bool) -> None:
        if command == "serve":
            start_serving(dirty=dirty)

    @event_priority(100)  # first: collect the warnings of every other handler
    def on_config(self, config: MkDocsConfig, /) -> MkDocsConfig:
        if is_serving() and is_main_build(config):
            # The builder's own logger, whose warnings strict mode counts: "mkdocs", or
            # "properdocs" under ProperDocs, which answers imports of mkdocs with itself.
            start_collecting(Path(config.site_dir), logger=logging.getLogger(mkdocs.__name__))
            if OVERLAY_SCRIPT not in config.extra_javascript:
                config.extra_javascript.append(OVERLAY_SCRIPT)
        return config

    def on_env(self, env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
        # After MkDocs has emptied the site folder for this build.
        if is_serving() and is_main_build(config):
            write_overlay_script(Path(config.site_dir))
        return env

    @event_priority(-2000)  # after every language is built and the findings are said (-1000)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if is_serving() and is_main_build(config):
            finished_building(Path(config.site_dir))
            _finish()

    def on_build_error(self, *, error: Exception) -> None:
        if is_serving():
            _finish(stopped_by=error)

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]) -> LiveReloadServer:
        server.builder = never_stuck(server.builder, log=log)
        server.error_handler = error_pages(Path(config.site_dir), server.error_handler)
        return server
