"""MkDocs entry point for policy releases: links to the same page in the current release, and a not-found page per language.

The handlers are kb.site.publishing_events.PublishingEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.publishing_events import PublishingEvents

globals().update(event_handlers(PublishingEvents()))
