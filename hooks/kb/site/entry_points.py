"""What a file in hooks/ hands MkDocs: the `on_*` event handlers of one concern's events object,
and the end of every build's reporting.

Findings are kept while the languages are built and said at once at the end
(kb.site.reporting): every hook file adds that last step to its post_build (and says what was
found when the build stops on an error), so a site built with any subset of the hooks reports
them. The first to run says them all; the others find nothing left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The events MkDocs calls on hooks (mkdocs.plugins.EVENTS).
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import EVENTS, CombinedEvent, event_priority, get_plugin_logger

from kb.site.build import current_build, last_build
from kb.site.i18n import is_main_build

log = get_plugin_logger(__name__)


@event_priority(-1000)  # after everything, static-i18n's builds of the other languages included
def _report_every_language(*, config: MkDocsConfig) -> None:
    if is_main_build(config):
        current_build(config).reporter.flush(log)


def _report_before_stopping(*, error: Exception) -> None:
    build = last_build()
    if build is not None:
        build.reporter.flush(log)


def _with(handler: Callable[..., Any] | None, last: Callable[..., Any]) -> Callable[..., Any] | CombinedEvent[Any, Any]:
    return last if handler is None else CombinedEvent(handler, last)


def event_handlers(events: object) -> dict[str, Callable[..., Any] | CombinedEvent[Any, Any]]:
    """Every `on_<event>` method of events, by the name MkDocs looks up on a hook module, with
    the end of the build's reporting added."""
    handlers: dict[str, Callable[..., Any] | CombinedEvent[Any, Any]] = {
        f"on_{event}": getattr(events, f"on_{event}") for event in EVENTS if callable(getattr(events, f"on_{event}", None))
    }
    handlers["on_post_build"] = _with(handlers.get("on_post_build"), _report_every_language)
    handlers["on_build_error"] = _with(handlers.get("on_build_error"), _report_before_stopping)
    return handlers
