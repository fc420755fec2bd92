"""MkDocs entry point for the site's search: Pagefind behind Material's search box.

The handlers and their state are kb.site.search_events.SearchEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.search_events import SearchEvents

globals().update(event_handlers(SearchEvents()))
