"""The knowledge base's own logic: plain Python that needs neither MkDocs nor a theme.

MkDocs hooks in the parent folder are thin adapters over these modules, so the
checks and models outlive the site generator and are tested without it.
"""
