"""What pages are built from besides Markdown, each a Python-Markdown extension: decision
tables, "say this" script blocks, area glossaries and phone-directory anchors."""
