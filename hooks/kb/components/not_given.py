"""Where the source policy is silent: editors write `〔…〕`, readers see who to ask.

A gap in the source (a word missing from the seed, an e-mail address never given) is kept
visible, never filled in. Editors mark it with the placeholder `〔…〕` in page text or a
decision-table cell; the page shows, in its own language, "not given in the source policy —
ask <owner>", where owner is the page's `owner` field. The area's open-questions page
(kb.components.open_questions) lists every such place.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.inlinepatterns import InlineProcessor
from markdown.util import AtomicString

PLACEHOLDER = "〔…〕"
NOT_GIVEN_CLASS = "kb-not-given"


def placeholder_lines(text: str) -> list[int]:
    """The 1-based lines of text that hold the placeholder."""
    return [number for number, line in enumerate(text.splitlines(), start=1) if PLACEHOLDER in line]


def marker(words: str) -> etree.Element:
    """The element shown for the placeholder: the words in brackets, marked for styling."""
    element = etree.Element("span", {"class": NOT_GIVEN_CLASS})
    element.text = AtomicString(f"〔{words}〕")
    return element


class _PlaceholderProcessor(InlineProcessor):
    def __init__(self, extension: NotGivenExtension) -> None:
        super().__init__(re.escape(PLACEHOLDER))
        self.extension = extension

    # The stubs type the older one-argument form; InlineProcessor is called with (match, data).
    def handleMatch(self, m: re.Match[str], data: str) -> tuple[etree.Element, int, int]:  # type: ignore[override]  # noqa: N802
        return marker(self.extension.words), m.start(0), m.end(0)


class NotGivenExtension(Extension):
    """The caller says, before each page, what the placeholder reads as on that page."""

    def __init__(self) -> None:
        super().__init__()
        self.words = ""

    def begin_page(self, *, template: str, owner: str) -> None:
        self.words = template.replace("{owner}", owner)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        md.inlinePatterns.register(_PlaceholderProcessor(self), "kb_not_given", 175)
