"""What a page's Markdown contains, as Python-Markdown parsed it: links, images, headings, raw HTML.

A tree processor records the facts after attr_list has set explicit heading ids and
before toc adds generated ones and MkDocs rewrites links to URLs, so the checks see
exactly what the editor wrote.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from dataclasses import dataclass, field

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from kb.core.findings import SOURCE_ATTRIBUTE

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True)
class Link:
    href: str
    text: str
    # Where a component wrote it, when that is another file than the page (a table's cell).
    written_at: tuple[str, int] | None = None


@dataclass(frozen=True)
class Image:
    src: str
    alt: str
    written_at: tuple[str, int] | None = None


@dataclass(frozen=True)
class RawHtml:
    """HTML the editor wrote, as Python-Markdown stashed it."""

    html: str
    written_at: tuple[str, int] | None = None  # a table cell's file and line


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    id: str | None  # None when the editor wrote no {#id}


@dataclass
class PageFacts:
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    raw_html: list[RawHtml] = field(default_factory=list)


def _text(element: etree.Element) -> str:
    return " ".join("".join(element.itertext()).split())


class _StashMark(Preprocessor):
    """Notes how many blocks the HTML stash holds when it runs, under a name.

    Code blocks and other extensions also stash rendered HTML; only what the raw-HTML
    steps (block: the html_block preprocessor; inline: the inline tree processor)
    stash between two marks is HTML the editor wrote.
    """

    def __init__(self, md: Markdown, extension: ContentFactsExtension, name: str) -> None:
        super().__init__(md)
        self.extension = extension
        self.name = name

    def run(self, lines: list[str]) -> list[str]:
        self.extension.marks[self.name] = len(self.md.htmlStash.rawHtmlBlocks)
        return lines


class _StashMarkTree(Treeprocessor):
    def __init__(self, md: Markdown, extension: ContentFactsExtension, name: str) -> None:
        super().__init__(md)
        self.extension = extension
        self.name = name

    def run(self, root: etree.Element) -> None:
        self.extension.marks[self.name] = len(self.md.htmlStash.rawHtmlBlocks)


class _FactsTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, extension: ContentFactsExtension) -> None:
        super().__init__(md)
        self.extension = extension

    def run(self, root: etree.Element) -> None:
        facts = PageFacts()
        stashed_at: dict[int, tuple[str, int]] = {}
        self._collect(root, facts, stashed_at)
        # Raw HTML is kept out of the tree; Python-Markdown stashes it verbatim.
        stash, marks = self.md.htmlStash.rawHtmlBlocks, self.extension.marks
        written = [
            *range(marks.get("block_start", 0), marks.get("block_end", 0)),
            *range(marks.get("inline_start", 0), marks.get("inline_end", 0)),
        ]
        facts.raw_html = [RawHtml(str(stash[index]), stashed_at.get(index)) for index in written if index < len(stash)]
        self.extension.facts = facts

    def _collect(self, root: etree.Element, facts: PageFacts, stashed_at: dict[int, tuple[str, int]]) -> None:
        """Walks the tree in document order (without recursion: pages may nest deeply);
        SOURCE_ATTRIBUTE marks, and is removed from, what a component rendered from another file
        (stashed_at: where the raw HTML stashed inside such elements was written)."""
        pending: list[tuple[etree.Element, tuple[str, int] | None]] = [(root, None)]
        while pending:
            element, written_at = pending.pop()
            source = element.attrib.pop(SOURCE_ATTRIBUTE, None)
            path, _, line = (source or "").rpartition(":")
            if path and line.isascii() and line.isdigit():
                written_at = (path, int(line))
            if element.tag == "a" and "href" in element.attrib:
                facts.links.append(Link(element.get("href", ""), _text(element), written_at))
            elif element.tag == "img":
                facts.images.append(Image(element.get("src", ""), element.get("alt", ""), written_at))
            if written_at is not None:
                texts = [element.text or "", *(child.tail or "" for child in element)]
                for placeholder in HTML_PLACEHOLDER_RE.finditer("".join(texts)):
                    stashed_at[int(placeholder.group(1))] = written_at
            elif element.tag in HEADINGS:
                facts.headings.append(Heading(int(element.tag[1]), _text(element), element.get("id")))
            pending.extend((child, written_at) for child in reversed(element))


class ContentFactsExtension(Extension):
    """After each conversion, `facts` holds what the page contained."""

    def __init__(self) -> None:
        super().__init__()
        self.facts = PageFacts()
        self.marks: dict[str, int] = {}

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        self.marks = {}
        # Around the raw-HTML steps: html_block preprocessor (20), inline tree processor (20).
        md.preprocessors.register(_StashMark(md, self, "block_start"), "kb_stash_block_start", 20.1)
        md.preprocessors.register(_StashMark(md, self, "block_end"), "kb_stash_block_end", 19.9)
        md.treeprocessors.register(_StashMarkTree(md, self, "inline_start"), "kb_stash_inline_start", 20.1)
        md.treeprocessors.register(_StashMarkTree(md, self, "inline_end"), "kb_stash_inline_end", 19.9)
        # After attr_list (8) sets explicit ids, before toc (5) generates the rest.
        md.treeprocessors.register(_FactsTreeprocessor(md, self), "kb_content_facts", 6)
