"""MkDocs entry point for translation tracking: outdated and missing notices, the translation-status table, fact parity.

The handlers and their state are kb.site.translation_events.TranslationEvents; this file hands MkDocs its on_* methods.
"""

from kb.site.entry_points import event_handlers
from kb.site.translation_events import TranslationEvents

globals().update(event_handlers(TranslationEvents()))
