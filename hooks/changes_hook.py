"""MkDocs entry point for release notes: the What changed page and each changed page's "Changed in" note.

The handlers and their state are kb.site.change_events.ChangeEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.change_events import ChangeEvents
from kb.site.entry_points import event_handlers

globals().update(event_handlers(ChangeEvents()))
