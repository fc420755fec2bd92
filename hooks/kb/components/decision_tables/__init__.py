"""Decision tables: YAML data files, checked, rendered as filterable HTML tables.

An agent looks up one row ("status Буфер, courier delivery -> what do I say?").
Each table is a data file next to the pages that show it; `model` holds its shape,
`parse` reads it, `validate` checks it, `render` turns it into HTML (whose rows the
search index makes results of their own, kb.search.records). Nothing here imports MkDocs.
"""
