"""What a file in hooks/ hands MkDocs: the `on_*` event handlers of one concern's events object."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# The events MkDocs calls on hooks (mkdocs.plugins.EVENTS).
from mkdocs.plugins import EVENTS


def event_handlers(events: object) -> dict[str, Callable[..., Any]]:
    """Every `on_<event>` method of events, by the name MkDocs looks up on a hook module."""
    return {f"on_{event}": getattr(events, f"on_{event}") for event in EVENTS if callable(getattr(events, f"on_{event}", None))}
