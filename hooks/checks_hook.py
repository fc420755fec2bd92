"""MkDocs entry point for the editor's reviewer: front matter, links, images, headings, raw HTML, page files, what pages would load from other hosts, and a crawl of the built site.

The handlers and their state are kb.site.check_events.CheckEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.check_events import CheckEvents
from kb.site.entry_points import event_handlers

globals().update(event_handlers(CheckEvents()))
