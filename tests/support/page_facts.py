"""What the link checker sees of a Markdown text: kb.checks.content_facts run on it alone."""

from __future__ import annotations

import markdown

from kb.checks.content_facts import ContentFactsExtension, PageFacts


def facts_of(text: str) -> PageFacts:
    extension = ContentFactsExtension()
    markdown.markdown(text, extensions=["attr_list", "toc", "md_in_html", "pymdownx.superfences", extension])
    return extension.facts
