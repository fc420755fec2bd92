"""The KB on MkDocs: the only modules that import MkDocs.

Each `*_events` module holds one concern's MkDocs event handlers, with its state in one
object reset at the start of every build; hooks/*_hook.py hand them to MkDocs. The rest
(build, i18n, reporting, extensions) is what the handlers share.
"""
