"""The knowledge base's own logic, one folder per concern.

core/ is what every concern shares (findings, YAML with lines, languages, folding, numbers);
checks/, translation/, search/ and components/ are the concerns; pages.py is the one scan of
docs/. Only site/ imports MkDocs: it adapts the rest to MkDocs' events, and hooks/*_hook.py
hand those to MkDocs. So the checks and models outlive the site generator and are tested
without it.
"""
