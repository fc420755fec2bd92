"""Block markers in Markdown: a paragraph that is one `::: <name> <argument>` line.

A Python-Markdown block processor, so a marker inside a code block stays text. The KB's
markers (`::: decision-table file`, `::: glossary area`) each hand the argument to a
callback that appends what the marker stands for.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Callable

from markdown.blockparser import BlockParser
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension

from kb.core.interface_text import UiText


class MarkerProcessor(BlockProcessor):
    """Calls place(parent, argument) for every `::: <name> <argument>` paragraph."""

    def __init__(self, parser: BlockParser, *, name: str, argument: str, place: Callable[[etree.Element, str], None]) -> None:
        super().__init__(parser)
        self.pattern = re.compile(rf"^::: {re.escape(name)} (?P<argument>{argument})$")
        self.place = place

    def test(self, parent: etree.Element, block: str) -> bool:
        return self.pattern.match(block.strip()) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        match = self.pattern.match(blocks.pop(0).strip())
        if match is not None:  # test() matched this block
            self.place(parent, match["argument"])


class PageMarkerExtension(Extension):
    """A marker's extension that lists what it shows for the page being converted: the caller
    says, before each page, which page it is (its path under docs/) and its language and
    interface text (begin_page)."""

    def __init__(self) -> None:
        super().__init__()
        self.page_path = ""
        self.language = ""
        self.ui: UiText | None = None

    def begin_page(self, *, page_path: str, language: str, ui: UiText) -> None:
        self.page_path, self.language, self.ui = page_path, language, ui
