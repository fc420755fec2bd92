"""MkDocs entry point for policy facts: `{{fact:id}}` in pages and tables, each area's Key facts, and the registry's checks.

The handlers are kb.site.fact_events.FactEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.fact_events import FactEvents

globals().update(event_handlers(FactEvents()))
