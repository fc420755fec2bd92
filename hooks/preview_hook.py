"""MkDocs entry point for the editor's preview: `mkdocs serve` keeps serving and shows the build's findings over every page.

The handlers are kb.site.preview_events.PreviewEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.preview_events import PreviewEvents

globals().update(event_handlers(PreviewEvents()))
