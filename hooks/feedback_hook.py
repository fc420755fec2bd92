"""MkDocs entry point for agents' reports: a "Report a problem" link on every page and every decision-table row, to the repository's issue form filled in for what the agent is reading.

The handlers and their state are kb.site.feedback_events.FeedbackEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.feedback_events import FeedbackEvents

globals().update(event_handlers(FeedbackEvents()))
