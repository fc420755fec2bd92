"""MkDocs entry point for what the theme shows: page details and interface text in the page's language, a language switcher that stays in the release, the browser's language data.

The handlers and their state are kb.site.theme_events.ThemeEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.theme_events import ThemeEvents

globals().update(event_handlers(ThemeEvents()))
