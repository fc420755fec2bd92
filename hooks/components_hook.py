"""MkDocs entry point for page components: decision tables, "say this" script blocks, area glossaries, phone-directory anchors.

The handlers and their state are kb.site.component_events.ComponentEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.component_events import ComponentEvents
from kb.site.entry_points import event_handlers

globals().update(event_handlers(ComponentEvents()))
