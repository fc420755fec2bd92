"""MkDocs entry point for review discipline: the "Overdue for review" banner and the Review status page.

The handlers and their state are kb.site.review_events.ReviewEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.review_events import ReviewEvents

globals().update(event_handlers(ReviewEvents()))
